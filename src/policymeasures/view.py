"""What a sentence's structure says about one trigger: the :class:`View` field rules read.

The engine finds triggers; for each one a :class:`View` gathers from the clause model
(:mod:`policymeasures.grammar`) and the cue scan:

* the trigger's **noun phrase**: its premodifiers ("the threatened duties", "China's new
  export curbs", "U.S. tariffs") and the cue words in it;
* its **governor chain**, read upward: the noun that takes it as a complement ("the
  lifting of the ban", "talks on quotas"), the verb group that takes it as object
  ("imposed tariffs") or subject ("the duties took effect", "tariffs were raised"), and
  the verbs that control that verb ("agreed to delay", "said it would impose");
* its **arguments** after it ("on Chinese steel", "against Japan", "from Canada");
* the **subjects** of the chain's verbs and the **agent** of a passive ("by the EU").

The ordered rules of :mod:`policymeasures.field_rules` decide each field from a view.
Offsets are relative to the sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any, Generic, NamedTuple, TypeVar, overload

import regex

from policymeasures._screen import fold, holds, needed_words
from policymeasures.actors import ActorMention
from policymeasures.cues import Cue
from policymeasures.grammar import (
    ACTOR,
    ADVERB,
    AUXILIARY,
    BRACKET_ASIDE_TOKENS,
    CAPITAL,
    ED,
    ING,
    NUM,
    POSSESSIVE,
    PUNCT,
    VERB,
    WORD,
    ClauseKind,
    SentenceModel,
    Tense,
    Token,
    VerbGroup,
)
from policymeasures.records import Magnitude
from policymeasures.rules import Rule

__all__ = ["Hit", "Link", "SentenceIndex", "View", "gerund_after_means"]

_T = TypeVar("_T")


class _once(Generic[_T]):
    """A property worked out on first reading and kept in the instance, like
    ``functools.cached_property`` but without the lock that one takes on every first
    reading until Python 3.12 (a view is read by one thread, and is built by the
    thousand on a text full of measures)."""

    def __init__(self, reader: Callable[[Any], _T]) -> None:
        self._reader = reader
        self._name = reader.__name__
        self.__doc__ = reader.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> _once[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type[Any]) -> _T: ...

    def __get__(self, instance: object | None, owner: type[Any]) -> _once[_T] | _T:
        if instance is None:
            return self
        value = instance.__dict__[self._name] = self._reader(instance)
        return value

#: No cue phrase is longer than this many characters ("under the destinations of"), so a
#: cue that overlaps a word starts at most this far before it.
LONGEST_CUE = 80

class Hit(NamedTuple):
    """A trigger found in a sentence by a rule."""

    rule: Rule
    start: int
    end: int
    # A pattern's own verb ("limit exports") is the measure itself, not a cue about it.
    from_pattern: bool


class Link(NamedTuple):
    """One step of a trigger's governor chain, from the trigger upward.

    ``kind`` is ``self`` (cue words inside the trigger: "tariff relief"), ``premodifier``
    (a word before it in its noun phrase: "threatened"), ``noun`` (a noun that takes it
    as complement: "the lifting of"), ``verb`` (a verb group). ``relation`` says how the
    step holds the one below: ``object``, ``subject``, ``passive``, ``control`` (an
    infinitive or gerund under its verb), ``complement`` (a clause under its verb).
    """

    kind: str
    relation: str
    start: int
    end: int
    categories: frozenset[str]
    group: VerbGroup | None


def model_relative_object(model: SentenceModel, group: VerbGroup, trigger_last: int) -> bool:
    """Whether a verb group after the trigger has a subject of its own after the trigger,
    so that the trigger is its object: "the duties, which Beijing imposed", "the tariffs
    Washington imposed"."""
    if "be_forms" in model.tokens[group.first].tags and (
            group.head == group.first or not model.tokens[group.head].tags & {VERB, ED, ING}):
        return False  # a copula takes no object: "the tariffs that trade deficits are not"
    clause = model.clauses[model.clause_of(group.head)]
    if clause.kind is ClauseKind.RELATIVE and clause.first > trigger_last:
        span = model.subject_span(group)
        return span is not None and span[0] > trigger_last
    between = model.tokens[trigger_last + 1:group.first]
    return bool(between) and len(between) <= _ZERO_RELATIVE_SUBJECT and all(
        t.tags & {ACTOR, "subject_pronouns", "determiners"} for t in between) and any(
        t.tags & {ACTOR, "subject_pronouns"} for t in between)


def _scare_quoted(tokens: Sequence[Token], index: int, floor: int) -> bool:
    """A quotation mark around a word or two inside a noun phrase: 'a 32% "reciprocal"
    tariff'. The closing mark stands at ``index``; its opening mark is a few words left."""
    if tokens[index].text not in _CLOSING_QUOTES:
        return tokens[index].text in _OPENING_QUOTES and index + 1 < len(tokens) and (
            any(tokens[p].text in _CLOSING_QUOTES
                for p in range(index + 1, min(len(tokens), index + _SCARE_QUOTE_WORDS + 2))))
    return any(tokens[p].text in _OPENING_QUOTES
               for p in range(max(floor, index - _SCARE_QUOTE_WORDS - 1), index))


# Punctuation that stays inside a noun phrase: hyphens, figures, currencies, initials.
_INSIDE_PHRASE = frozenset(("-", "%", "$", "'", "\u2019", "\u20ac", "\u00a3", "\u00a5", ".",
                            "&", "/"))
# Tags of a word that can end or start one member of a list of objects.
_LIST_MEMBER = frozenset((WORD, ACTOR, CAPITAL, NUM))
_OPENING_QUOTES = frozenset(('"', "\u201c"))
_CLOSING_QUOTES = frozenset(('"', "\u201d"))
# Besides verbs that act on measures, the verbs that take both of two coordinated
# measures by meaning: threatening them, and gaining them ("will benefit from a larger
# quota and reduced levies").
_SHARING_CATEGORIES = frozenset(("status:threatened", "winning"))
# The most words a scare quote holds inside a noun phrase.
_SCARE_QUOTE_WORDS = 2


def takes_object(model: SentenceModel, after: int) -> bool:
    """Whether a noun phrase, not a preposition, a time or another verb, stands at token
    ``after``, right after a verb: its object ("raised prices"), so its subject acts."""
    tokens = model.tokens
    if after >= len(tokens) or is_time_phrase(tokens, after) or model.group_at(after) is not None:
        return False
    tags = tokens[after].tags
    return bool(tags & {"determiners", WORD, ACTOR, NUM}) and not tags & {
        "prepositions", ADVERB}


def is_time_phrase(tokens: Sequence[Token], index: int) -> bool:
    """ "this year", "last month": when something happened, not what it acted on."""
    return index + 1 < len(tokens) and tokens[index].lower in TIME_DETERMINERS and (
        tokens[index + 1].lower in TIME_NOUNS)


TIME_DETERMINERS = frozenset(("this", "last", "next", "that", "each", "every", "early",
                              "late"))
TIME_NOUNS = frozenset(("year", "month", "week", "day", "quarter", "season", "spring",
                        "summer", "autumn", "fall", "winter", "morning", "afternoon",
                        "evening", "time", "decade"))
# How far back the noun phrase an infinitive complements may reach ("the U.S.
# government's latest attempt to").
_NOUN_PHRASE_REACH = 6
# The statuses a noun before an infinitive gives whatever the tense: "the threat to
# impose", "a proposal to cut", "a deal to lower" (a "decision to offer" says nothing: it
# may be long carried out).
_INFINITIVE_NOUN_STATUSES = frozenset(("status:threatened", "status:proposed",
                                       "status:agreed"))
# What an intention noun before an infinitive says of it when no cue says more.
INTENTION_STATUS = frozenset(("status:proposed",))
# Verbs whose object is what someone tries to avoid: "attempts to ward off sanctions" are
# no proposal of sanctions.
_AVERTING = frozenset(("prevention", "exposure"))
# What a verb may say of a measure even when the measure only qualifies its subject's
# noun ("a barrage of tariffs hit Canada", "a raft of duties covers half of imports").
_SAID_OF_MEASURES = frozenset(("harm", "scope", "exposure", "negation"))
# Prepositions whose object and infinitive make a clause of the sentence's ("called for
# the quotas to be lifted", "is phased in, with duties to be levied from 2026").
_CLAUSE_OPENING_PREPOSITIONS = frozenset(("for", "with"))
# Verbs of asking whose object may be the subject of the infinitive after it.
_DEMANDING = frozenset(("demand", "persuasion"))
# The longest phrase between an intention noun and its infinitive that says whose it is:
# "a bid by the European Commission to".
_INTENTION_AGENT_TOKENS = 7
# Prepositions after which a name is a place something happens in.
_LOCATIVES = frozenset(("in", "at"))
# Words that open an embedded question: the verb after them is not the trigger's.
_WH_WORDS = frozenset(("how", "what", "why", "who", "whom", "where", "when", "whether"))
# The longest subject of a relative clause with no relativizer: "the tariffs the United
# States imposed".
_ZERO_RELATIVE_SUBJECT = 5


def _may_own(pronoun: str, mention: ActorMention) -> bool:
    """Whether a possessive pronoun can stand for a mention: "his" and "her" for a person,
    "its" for a state, a bloc or a body; "their" for any."""
    if pronoun in _PERSONAL_POSSESSIVES:
        return mention.form == "person"
    if pronoun == "its":
        return mention.form != "person"
    return True


_PERSONAL_POSSESSIVES = frozenset(("his", "her"))


class SentenceIndex:
    """What every trigger of a sentence reads, indexed once: the cues by start, for
    bisection, and by category; the actors by start; and the readings of the sentence
    that do not depend on the trigger (``memo``). A sentence may hold hundreds of cues and
    names and a dozen triggers; every view reads the same index."""

    __slots__ = ("actor_starts", "actors", "by_category", "cues", "issuers", "memo", "starts")

    def __init__(self, cues: Sequence[Cue], actors: Sequence[ActorMention],
                 issuers: Sequence[ActorMention] = ()) -> None:
        self.cues = cues
        self.starts = [c.start for c in cues]  # the scanner gives cues in order of start
        self.by_category: dict[str, list[Cue]] = {}
        for cue in cues:
            self.by_category.setdefault(cue.category, []).append(cue)
        self.actors = actors
        # the engine gives actors in text order, as the gazetteer finds them
        self.actor_starts = [m.actor.start for m in actors]
        #: The issuers of the currencies the sentence's figures are priced in, kept apart
        #: from ``actors``: a currency is never a party a rule may read as one.
        self.issuers = issuers
        #: What the field rules' sentence-wide searches found, each search run once.
        self.memo: dict[object, object] = {}

    def actors_within(self, start: int, end: int) -> list[ActorMention]:
        """The actors inside ``[start, end]``, in text order, found by bisection: rules ask
        about a few words, and a sentence may name hundreds of jurisdictions."""
        starts = self.actor_starts
        return [m for m in self.actors[bisect.bisect_left(starts, start):
                                       bisect.bisect_right(starts, end)] if m.actor.end <= end]

    def has_cue(self, category: str) -> bool:
        """Whether the sentence holds a cue of the category."""
        return category in self.by_category


# How many prepositional phrases of its own a verb may have between its object and a
# phrase of terms ("imported into Spain at reduced rates").
_TERMS_PHRASES_CROSSED = 1


def _only_list_commas(tokens: Sequence[Token]) -> bool:
    """Whether every comma in ``tokens`` separates the items of a list that a coordinator
    closes later on ("on steel, aluminium and copper"): such commas stay inside a noun
    phrase, any other comma ends it ("the ban on rice, officials said")."""
    last_coordinator = max(
        (index for index, token in enumerate(tokens) if "coordinators" in token.tags),
        default=-1)
    return all(index < last_coordinator for index, token in enumerate(tokens)
               if token.text == ",")


def gerund_after_means(model: SentenceModel, position: int) -> bool:
    """Whether the token at ``position`` is a gerund after a preposition of means
    ("without violating US export controls", "by evading sanctions"): it heads a phrase of
    its own, whose object the noun after it is, and is never a word of that noun's phrase."""
    return position > 0 and ING in model.tokens[position].tags and (
        model.tokens[position - 1].lower in model.lexicon.means_prepositions)


class View:
    """What a sentence's structure says about one trigger; the field rules read it."""

    def __init__(self, sentence: str, hit: Hit, model: SentenceModel, index: SentenceIndex,
                 magnitudes: Sequence[Magnitude] = ()) -> None:
        self.sentence = sentence
        #: The sentence's figures, for rules that compare levels.
        self.magnitudes = magnitudes
        self.hit = hit
        self.rule = hit.rule
        self.model = model
        self._index = index
        self.cues = index.cues
        self.actors = index.actors
        #: What the field rules' searches found in the sentence, shared by its views.
        self.sentence_memo = index.memo
        #: What the field rules' searches found on this view, each search run once.
        self.memo: dict[object, object] = {}
        self.first = model.token_at(hit.start)
        self.last = max(self.first, model.token_before(hit.end))
        self.clause = model.clause_of(self.first)
        self.clause_kind = model.clauses[self.clause].kind
        self.np_first = self._noun_phrase_start()
        self.chain = self._chain()

    # ------------------------------------------------------------------ cues

    def _cues_starting(self, start: int, end: int) -> Sequence[Cue]:
        """The cues that start within ``[start, end)``, found by bisection: every rule asks
        about a few words, and a sentence may hold hundreds of cues."""
        starts = self._index.starts
        return self.cues[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def cues_of(self, category: str) -> list[Cue]:
        """The sentence's cues of one category, in order."""
        return self._index.by_category.get(category, [])

    def cues_in(self, start: int, end: int, prefix: str = "") -> list[Cue]:
        """Cues of a family (category prefix) starting within ``[start, end)``."""
        return [c for c in self._cues_starting(start, end) if c.category.startswith(prefix)]

    def categories_at(self, start: int, end: int) -> frozenset[str]:
        """The categories of cues that start within ``[start, end)``."""
        return frozenset(c.category for c in self._cues_starting(start, end))

    def categories_over(self, start: int, end: int) -> frozenset[str]:
        """The categories of cues that overlap ``[start, end)``: a noun at the end of a
        longer cue ("phased removal") carries it."""
        return frozenset(c.category for c in self._cues_starting(start - LONGEST_CUE, end)
                         if start < c.end)

    @property
    def actor_starts(self) -> list[int]:
        """Where each of the sentence's actors starts, in text order, for bisection."""
        return self._index.actor_starts

    def issuers_within(self, start: int, end: int) -> list[ActorMention]:
        """The issuers of currencies that figures inside ``[start, end)`` are priced in."""
        return [m for m in self._index.issuers if start <= m.actor.start < end]

    def actors_within(self, start: int, end: int) -> list[ActorMention]:
        """The actors inside ``[start, end]``, in text order: see
        :meth:`SentenceIndex.actors_within`."""
        return self._index.actors_within(start, end)

    def has_cue(self, category: str) -> bool:
        return self._index.has_cue(category)

    @property
    def index(self) -> SentenceIndex:
        """What every trigger of the sentence reads (rules of the sentence alone ask it)."""
        return self._index

    def text(self, start: int, end: int) -> str:
        return self.sentence[start:end]

    def may_match(self, pattern: regex.Pattern[str]) -> bool:
        """Whether the sentence holds the words every match of ``pattern`` needs (see
        :mod:`policymeasures._screen`). Where it does not, no piece of the sentence, in
        any case, matches: the rules' searches of a few words around a name, each a
        walk of the regex engine over every position, are skipped. Kept per sentence.
        """
        memo = self.sentence_memo
        possible = memo.get(pattern)
        if possible is None:
            needs = needed_words(pattern.pattern)
            possible = memo[pattern] = needs is None or holds(self._folded(), needs)
        return bool(possible)

    def _folded(self) -> str:
        """The sentence as needed words are compared with it, worked out once."""
        memo = self.sentence_memo
        folded = memo.get(fold)
        if not isinstance(folded, str):
            folded = memo[fold] = fold(self.sentence)
        return folded

    # ------------------------------------------------------------------ noun phrase

    def _noun_phrase_start(self) -> int:
        """The first token of the trigger's noun phrase: its premodifiers, walking left over
        determiners, adjectives, nouns, names, possessives, figures and hyphens."""
        model = self.model
        clause = model.clauses[self.clause]
        position = self.first - 1
        limit = model.lexicon.premodifier_tokens
        bracketed = 0
        while position >= clause.first and self.first - position - bracketed <= limit:
            token = model.tokens[position]
            if model.group_at(position) is not None:
                break
            opening = self._bracket_opening(position, clause.first)
            if opening is not None:
                # "a CAD 27 million (USD 20.07 million) loan": the aside is inside
                bracketed += position - opening + 1
                position = opening - 1
                continue
            tags = token.tags
            if "prepositions" in tags or "coordinators" in tags or "subordinators" in tags or (
                "relativizers" in tags or "complementizers" in tags
            ) or "subject_pronouns" in tags:
                break
            if PUNCT in tags and ACTOR not in tags and token.text not in _INSIDE_PHRASE and (
                    not _scare_quoted(model.tokens, position, clause.first)):
                break
            # "newly imposed duties" keeps the adverb; "already" before a verb does not
            # ... and an adverb right before the trigger is its adjective: "approved
            # further sanctions"
            if ADVERB in tags and "determiners" not in tags and position < self.first - 1 and (
                    position == clause.first or model.group_at(position - 1) is not None):
                break
            if gerund_after_means(model, position):
                break  # "without violating US export controls": the gerund's object
            position -= 1
        return position + 1

    def _bracket_opening(self, closing: int, floor: int) -> int | None:
        """The "(" of a short bracketed aside with no verb that ends at ``closing``."""
        tokens = self.model.tokens
        if tokens[closing].text != ")":
            return None
        for position in range(closing - 1, max(floor, closing - BRACKET_ASIDE_TOKENS) - 1, -1):
            if tokens[position].text == "(":
                return position
            if tokens[position].text == ")" or self.model.group_at(position) is not None:
                return None
        return None

    @_once
    def premodifier_span(self) -> tuple[int, int]:
        """Character span of the words before the trigger in its noun phrase."""
        if self.np_first >= self.first:
            return (self.hit.start, self.hit.start)
        return self.model.tokens[self.np_first].start, self.hit.start

    # ------------------------------------------------------------------ governors

    def _chain(self) -> list[Link]:
        chain: list[Link] = []
        inside = frozenset(c.category for c in self._cues_starting(self.hit.start, self.hit.end)
                           if c.end <= self.hit.end)
        if inside:
            chain.append(Link("self", "self", self.hit.start, self.hit.end, inside, None))
        compound = self.compound_span
        if compound is not None:
            categories = self.categories_at(*compound)
            if categories:
                chain.append(Link("compound", "modifier", compound[0], compound[1],
                                  categories, None))
        pre_start, pre_end = self.premodifier_span
        for cue in sorted(self.cues_in(pre_start, pre_end), key=lambda c: -c.start):
            chain.append(Link("premodifier", "modifier", cue.start, cue.end,
                              frozenset((cue.category,)), None))
        own = self._own_group()
        group: VerbGroup | None = None
        if own is not None:
            group = own
            chain.append(self._verb_link(own, "self"))
        else:
            group, links = self._governor_left()
            if group is None and not links:
                shared = self._shared_governor()
                if shared is not None:
                    # "would place a 60% tariff on China and a 10% tariff on all others"
                    group, links = shared.group, [shared]
            predicate = self._own_predicate_after(group, links)
            if predicate is not None and group is not None:
                # "officials said the tariffs would be lifted": the measure is the subject
                # of the verb after it; the verb before takes that whole clause
                chain.append(predicate)
                links = [links[-1]._replace(relation="complement")]
            relative = self.relative_group()
            if relative is not None and model_relative_object(self.model, relative, self.last) and (
                    not any(c.startswith(("action:", "status:")) for link in links
                            for c in link.categories)):
                # "discuss the tariffs Washington imposed": the relative says what was done
                # unless the main verb after it says it: "the tariffs Ottawa imposed on
                # steel will be lifted"
                main = self._predicate_after_relative(relative) if group is None else None
                if main is not None:
                    chain.append(main)
                chain.append(self._verb_link(relative, "object"))
            chain.extend(links)
            if group is None and any(link.kind == "noun" and any(
                    c.startswith("status:") for c in link.categories) for link in links):
                # "proposals by the Commission for a tax remain hard to predict", "plans
                # for quotas were dropped": the verb after is the head noun's, and the noun
                # says the status; only the verb's denial reaches the measure, also from
                # a relative clause ("talks on quotas, which broke down")
                after = self._predicate_after
                if after is not None:
                    denial = self._subject_link(after)
                    if after.negated or "negation" in denial.categories:
                        chain.append(denial)
            elif group is None:
                after = self._predicate_after
                if after is not None and self._under_plain_noun and not any(
                        c.startswith(("action:", "status:")) or c in _SAID_OF_MEASURES
                        for c in self._verb_link(after, "subject").categories):
                    # "challenges from high US tariffs cannot be ignored", "the impact of
                    # tariffs was severe": the verb is the head noun's, and says nothing
                    # of the measure
                    after = None
                if after is not None:
                    reduced = not after.passive and self._patient_of(after)
                    relation = "passive" if after.passive or reduced else "subject"
                    if model_relative_object(self.model, after, self.last):
                        relation = "object"  # "the duties, which Beijing imposed"
                    later = self._coordinated_predicate(after) if relation != "object" else None
                    if later is not None:
                        # "the duties took effect in May but were suspended in July": the
                        # later of two predicates of the measure says where it stands
                        chain.append(self._verb_link(later, "passive" if later.passive
                                                     else "subject"))
                    main = self._predicate_after_relative(after, reduced=bool(reduced))
                    if main is not None and relation != "object":
                        # "the sanctions, which took effect, were lifted", "the tariff,
                        # first announced in April, took effect on Thursday"
                        chain.append(main)
                    link = self._verb_link(after, relation)
                    raised = self._raised_infinitive(after) if relation != "object" else None
                    if raised is not None:
                        # "the tariffs are set to rise", "the embargo is expected to be
                        # lifted": the infinitive says what happens to the measure, the
                        # predicate how sure it is
                        actions = frozenset(c for c in self._verb_link(raised, relation).categories
                                            if c.startswith("action:"))
                        if actions and not any(c.startswith("action:") for c in link.categories):
                            link = link._replace(categories=link.categories | actions)
                    chain.append(link)
                    # a participle after its noun ("sanctions announced last week")
                    # hangs from nothing above it, nor does an infinitive after a
                    # preposition's noun ("talks regarding tariffs to be imposed on")
                    group = None if reduced or self._infinitive_after_preposition(after) else (
                        after)
        steps = 0
        while group is not None and steps < self.model.lexicon.chain_links:
            noun = self._complemented_noun(group)
            if noun is not None:
                # "the threat to impose tariffs", "announced his intention to impose"
                chain.append(noun[0])
                group, links = self._governor_left(noun[1])
                chain.extend(links)
                if group is None:
                    # "talks on lifting the sanctions collapsed": the noun's own verb
                    predicate = self._noun_predicate()
                    if predicate is not None:
                        chain.append(predicate)
                steps += 1
                continue
            controller = self.model.controller(group)
            if controller is None:
                predicate = self._noun_predicate() if group.tense is Tense.PARTICIPLE and (
                    group.first > 0) else None
                if predicate is not None:
                    # "the discussions aimed at restoring quotas broke down": the noun the
                    # participle qualifies is denied, and the measure with it
                    qualified = self.model.tokens[group.first - 1]
                    chain.append(Link("noun", "complement", qualified.start, qualified.end,
                                      self.categories_at(qualified.start, qualified.end),
                                      None))
                    chain.append(predicate)
                break
            if self._coordinated_infinitives(group, controller):
                # "his promise to increase deportations and use tariffs": the tariffs are
                # used, not increased; both infinitives hang from the promise
                group = controller
                steps += 1
                continue
            relation = "control" if group.tense in (Tense.INFINITIVE, Tense.GERUND) else (
                "complement")
            link = self._verb_link(controller, relation)
            if relation == "control" and self._purpose(controller, group, link):
                link = link._replace(relation="purpose")
            chain.append(link)
            group = controller
            steps += 1
        return chain

    def _coordinated_infinitives(self, group: VerbGroup, controller: VerbGroup) -> bool:
        """An infinitive after "and" or "or" whose controller is the infinitive before it,
        with an object of its own between them: the two are coordinated, and neither
        governs the other's object. With none ("to impose and maintain tariffs") they
        share the object, and the first one governs it too."""
        tokens = self.model.tokens
        coordinator = group.first - 1
        return (group.tense is Tense.INFINITIVE and controller.tense is Tense.INFINITIVE
                and coordinator > controller.last + 1
                and "coordinators" in tokens[coordinator].tags)

    def _raised_infinitive(self, group: VerbGroup) -> VerbGroup | None:
        """The infinitive right after a raising predicate ("is set to", "are expected to",
        "is due to"): its subject is the subject of the predicate."""
        model = self.model
        if model.tokens[group.head].lower not in model.lexicon.raising_predicates:
            return None
        index = model.group_index(group) + 1
        if index >= len(model.groups):
            return None
        following = model.groups[index]
        if following.tense is not Tense.INFINITIVE or following.first != group.last + 1:
            return None
        return following

    def _complemented_noun(self, group: VerbGroup) -> tuple[Link, int] | None:
        """The noun an infinitive complements when it says a tentative status ("the threat
        to", "a proposal to"), with the first token of its noun phrase, so the walk can go
        on to the verb that takes that noun."""
        model = self.model
        content = self._content_noun(group)
        if content is not None:
            # "denied reports that Washington would offer", "the rumour that Tokyo will":
            # the walk goes on through the noun to the verb that takes it
            # the noun may end a longer cue: "their request that" asks for it
            token = model.tokens[content]
            return (Link("noun", "complement", token.start, token.end,
                         self.categories_over(token.start, token.end), None),
                    self._noun_phrase_before(content))
        if group.tense is Tense.GERUND and group.first >= 2 and "prepositions" in (
                model.tokens[group.first - 1].tags) and (
                model.tokens[group.first - 1].lower not in model.lexicon.means_prepositions):
            noun = group.first - 2  # "a pause on rolling out the tariffs"
        elif group.tense is Tense.INFINITIVE and group.first > 0:
            noun = self._intention_before(group.first)
        else:
            return None
        token = model.tokens[noun]
        if model.group_at(noun) is not None or token.tags & {PUNCT} or WORD not in token.tags:
            return None
        categories = self.categories_at(token.start, token.end) | frozenset(
            c.category for c in self._cues_starting(token.start - LONGEST_CUE, token.start + 1)
            if token.start < c.end)
        head = model.tokens[group.head]
        if token.lower in model.lexicon.intention_nouns and not any(
                c.startswith("status:") for c in categories) and not self.categories_at(
                head.start, head.end) & _AVERTING:
            categories |= INTENTION_STATUS  # "a bid to", "efforts to": not yet done
        if group.tense is Tense.GERUND:
            if not any(c.startswith(("action:", "status:")) for c in categories):
                return None
        elif not categories & _INFINITIVE_NOUN_STATUSES and "demand" not in categories and (
                token.lower not in model.lexicon.intention_nouns):
            return None  # "a decision to offer" may be long carried out; "a threat to" not
        return (Link("noun", "complement", token.start, token.end, categories, None),
                self._noun_phrase_before(noun))

    def _content_noun(self, group: VerbGroup) -> int | None:
        """The noun whose "that" clause the group is the first verb of, when it is a noun
        of what is said ("reports", "rumour"), or None."""
        model = self.model
        clause = model.clauses[model.clause_of(group.first)]
        if clause.kind is not ClauseKind.COMPLEMENT or clause.marker != "that" or (
                clause.first < 1 or model.tokens[clause.first].lower != "that"):
            return None
        noun = clause.first - 1
        if model.tokens[noun].lower not in model.lexicon.content_nouns:
            return None
        first_group = next((g for g in model.groups if g.first > clause.first), None)
        return noun if first_group is group else None

    def _noun_phrase_before(self, noun: int) -> int:
        """The first token of the noun phrase a complemented noun heads ("the U.S.
        government's latest attempt")."""
        model = self.model
        start = noun
        first = model.clauses[model.clause_of(noun)].first  # not past "that" or "which"
        while start > first and noun - start < _NOUN_PHRASE_REACH and model.group_at(
                start - 1) is None and model.tokens[start - 1].tags & {
                WORD, "determiners", "possessive_pronouns", ACTOR, POSSESSIVE}:
            start -= 1
        return start

    def intention_span(self) -> tuple[int, int] | None:
        """Characters from the start of the noun phrase whose infinitive the measure is to
        that infinitive's "to", less the noun itself: where its owner is named ("Trump's
        threat to", "a bid by Brussels to"). None when no such noun governs the measure."""
        model = self.model
        for index, link in enumerate(self.chain):
            if link.kind != "noun" or link.relation != "complement":
                continue
            below = self.chain[index - 1] if index else None
            if below is None or below.group is None:
                return None
            noun = model.token_at(link.start)
            start = model.tokens[self._noun_phrase_before(noun)].start
            return start, model.tokens[below.group.first].start
        return None

    def _intention_before(self, to: int) -> int:
        """The noun an infinitive complements: the word before "to", or an intention noun
        before a short phrase that names whose intention it is ("a bid by Brussels to
        ban", "protectionist moves in Congress to limit")."""
        model = self.model
        tokens = model.tokens
        position = to - 1
        bracketed = 0  # a short aside does not lengthen the phrase: "the Organisation (ICO)"
        while position > 0 and to - position - bracketed <= _INTENTION_AGENT_TOKENS:
            token = tokens[position]
            if token.text in ("(", ")"):
                bracketed += 1
                position -= 1
                continue
            if token.lower in model.lexicon.intention_agent_prepositions:
                noun = tokens[position - 1]
                if position < to - 1 and noun.lower in model.lexicon.intention_nouns:
                    return position - 1
                break
            if model.group_at(position) is not None or not token.tags & {
                    WORD, ACTOR, "determiners"} or (
                    PUNCT in token.tags and ACTOR not in token.tags):
                break
            position -= 1
        return to - 1

    @_once
    def compound_span(self) -> tuple[int, int] | None:
        """Nouns right after the trigger that it modifies: "quota talks", "tariff relief",
        "anti-dumping investigation"."""
        tokens = self.model.tokens
        position = self.last + 1
        end = position
        while end < len(tokens) and end - position < 3 and WORD in tokens[end].tags and (
                self.model.group_at(end) is None) and not tokens[end].tags & {ACTOR, ADVERB}:
            end += 1
        if end == position:
            return None
        return tokens[position].start, tokens[end - 1].end

    def _purpose(self, controller: VerbGroup, group: VerbGroup, link: Link) -> bool:
        """An infinitive of purpose ("sent envoys to Washington to head off", "would be used
        to finance"), not a verb's complement ("agreed to delay", "urged Japan to lift"):
        its controller says nothing of the measure's status."""
        if group.tense is not Tense.INFINITIVE:
            return False
        if link.categories & {"demand", "persuasion", "advice", "prevention", "exposure"} or any(
                c.startswith(("status:", "action:", "negation")) for c in link.categories):
            return group.first > controller.last + 1 and not link.categories & {
                "demand", "persuasion", "advice"} and not any(
                c.startswith(("status:", "negation")) for c in link.categories)
        return group.first > controller.last + 1 or controller.passive

    def _verb_link(self, group: VerbGroup, relation: str) -> Link:
        tokens = self.model.tokens
        head = tokens[group.head]
        end = tokens[group.last].end
        # The words of the group from its head count ("has no plans"); before the head, a
        # hedge's status ("is likely to", "is expected to"); modals and auxiliaries are
        # read through the group's tense, not as cues.
        categories = frozenset(
            c.category for c in self._cues_starting(group.start, end)
            if head.start <= c.start or c.end > head.start or (
                c.category.startswith("status:") and not self._opens_with_auxiliary(c))
        )
        return Link("verb", relation, head.start, end, categories, group)

    def _opens_with_auxiliary(self, cue: Cue) -> bool:
        """Whether a cue starts with an auxiliary or modal ("will", "would have", "is set
        to"): the group's tense says what it says."""
        token = self.model.tokens[self.model.token_at(cue.start)]
        return bool(token.tags & AUXILIARY)

    def _own_group(self) -> VerbGroup | None:
        """The verb group inside the trigger itself ("limit exports", "agreed to buy")."""
        for position in range(self.first, self.last + 1):
            group = self.model.group_at(position)
            if group is not None and group.head <= self.last and self.hit.from_pattern:
                return group
        return None

    def _governor_left(self, np_first: int | None = None) -> tuple[VerbGroup | None, list[Link]]:
        """Walk left from the noun phrase to the verb that takes it as object, through nouns
        that take it as complement ("announced the lifting of its ban") and coordinated
        objects ("imposed quotas and tariffs")."""
        model = self.model
        tokens = model.tokens
        # a noun the walk went through may stand in the clause above ("denied reports that")
        clause = model.clauses[self.clause if np_first is None else model.clause_of(np_first)]
        links: list[Link] = []
        position = (self.np_first if np_first is None else np_first) - 1
        budget = model.lexicon.object_tokens
        shares = 0
        while position >= clause.first and budget > 0:
            group = model.group_at(position)
            if group is not None:
                relation = "object"
                if position < self.np_first - 1 and "prepositions" in tokens[
                        group.last + 1].tags if group.last + 1 < len(tokens) else False:
                    relation = "prep_object"
                return group, [*links, self._verb_link(group, relation)]
            token = tokens[position]
            tags = token.tags
            if position == clause.first and clause.kind is not ClauseKind.MAIN and (
                    "subordinators" in tags):
                return None, links  # "before the tariffs ... take effect": the clause's own
            if "prepositions" in tags:
                noun = self._past_agent(position - 1, clause.first)
                categories = self.categories_over(tokens[noun].start, tokens[noun].end) if (
                    noun >= clause.first) else frozenset()
                if any(c.startswith(("action:", "status:")) or c in (
                        "demand", "prevention", "negation", "proposal_heads")
                       for c in categories
                       ) and model.group_at(noun) is None:
                    links.append(Link("noun", "of", tokens[noun].start, tokens[noun].end,
                                      categories, None))
                    position = noun - 1
                    budget -= 2
                    continue
                if token.lower == "of" and tokens[noun].lower in model.lexicon.share_nouns and (
                        shares < model.lexicon.chain_links):
                    # "notice of the allocations of the in-quota quantity of the TRQ": a
                    # part of the measure stands for it, and the walk starts again above it
                    position = noun - 1
                    budget = model.lexicon.object_tokens
                    shares += 1
                    continue
                outer = self._verb_over_participle(position - 1, clause.first, budget - 1) if (
                    token.lower == "from") else None
                if outer is not None:
                    return outer, [*links, self._verb_link(outer, "oblique:from")]
                if model.group_at(position - 1) is not None:
                    group = model.group_at(position - 1)
                    assert group is not None
                    return group, [*links, self._verb_link(group, "prep_object")]
                if token.lower == "of" and tokens[position - 1].lower in (
                        model.lexicon.effect_nouns):
                    return None, links  # "weighed the impact of the tariffs": the impact's
                oblique = self._verb_over_phrase(
                    position - 1, clause.first, budget - 1, lists=token.lower == "from",
                    hops=_TERMS_PHRASES_CROSSED if token.lower in model.lexicon.terms_prepositions
                    else 0) if (
                    token.lower in model.lexicon.argument_prepositions) else None
                link = self._verb_link(oblique, "oblique:" + token.lower) if (
                    oblique is not None) else None
                if oblique is not None and link is not None and (
                        link.categories or token.lower != "from"):
                    # "exempted potash from the tariffs", "will receive 90 pct of payments";
                    # but "from" after a verb that says nothing of measures hangs from the
                    # noun before it: "managing the fallout from the tariffs"
                    return oblique, [*links, link]
                return None, links  # the trigger hangs from another noun: "the impact of"
            if "subordinators" in tags or "relativizers" in tags or (
                    "complementizers" in tags and token.lower == "whether"):
                return None, links
            opening = self._bracket_opening(position, clause.first) if (
                token.text == ")" and "coordinators" not in tokens[position + 1].tags
            ) else None
            if opening is not None:
                # "the Fiscal Year (FY) 2023 quantity": a short aside with no verb stands
                # beside the phrase, not between its words; but an aside that ends a
                # conjunct ends its phrase ("antidumping duty (AD) and countervailing duty")
                position = opening - 1
                budget -= 1
                continue
            if PUNCT in tags and ACTOR not in tags and token.text not in (
                    ",", "-", "%", "$", "'", "\u2019"):
                return None, links
            if token.text == "," and not self._coordination_before(position):
                return None, links
            position -= 1
            budget -= 1
        return None, links

    def _verb_over_participle(self, position: int, floor: int,
                              budget: int) -> VerbGroup | None:
        """A participle that qualifies a noun ("the persons listed below"), ending at
        ``position`` or one word before it, says nothing of the measure after it; the verb
        that takes that noun may: "is removing the persons listed below from the SDN List"
        lifts the listing."""
        model = self.model
        participle = model.group_at(position)
        if participle is None and position - 1 >= floor and not model.tokens[position].tags & {
                ACTOR, PUNCT, "determiners"}:
            # "listed below", "named herein": a word before "from" is no noun's preposition
            participle = model.group_at(position - 1)
        if participle is None or participle.first - 1 < floor or not (
                participle.tense is Tense.PARTICIPLE or self._reduced_past(participle)):
            return None
        outer = self._verb_over_phrase(participle.first - 1, floor, budget, lists=True)
        if outer is None or not self._verb_link(outer, "oblique:from").categories:
            return None
        return outer

    def _reduced_past(self, group: VerbGroup) -> bool:
        """A bare "-ed" form right after the object of a finite verb of its clause, with
        no conjunction between: a participle qualifying that object ("removed the persons
        listed"), since one clause has one finite verb."""
        model = self.model
        if group.tense is not Tense.PAST or group.first != group.head:
            return False
        previous = model.previous_group(group)
        if previous is None or not previous.finite or model.clause_of(
                previous.head) != model.clause_of(group.head):
            return False
        between = model.tokens[previous.last + 1:group.first]
        return bool(between) and not any(
            t.tags & {PUNCT, "coordinators", "relativizers", "complementizers",
                      "subject_pronouns"} for t in between)

    def _past_agent(self, position: int, floor: int) -> int:
        """The noun before a "by" phrase naming its agent, when ``position`` ends one:
        "proposals by the European Commission for a tax" hang the tax from "proposals".
        Otherwise ``position`` itself."""
        tokens = self.model.tokens
        first = position
        while first > floor and position - first < _INTENTION_AGENT_TOKENS and (
                tokens[first].tags & {ACTOR, CAPITAL, "determiners"}):
            first -= 1
        if first == position or tokens[first].lower != "by" or first - 1 < floor:
            return position
        return first - 1

    def _verb_over_phrase(self, position: int, floor: int, budget: int,
                          lists: bool = False, hops: int = 0) -> VerbGroup | None:
        """The verb whose object is the noun phrase ending at ``position``: one noun phrase
        is crossed, never another preposition or a clause boundary. With ``lists``, one
        list of noun phrases: what is exempted or excluded "from" a measure is often
        several goods ("exempted phones, computers and other devices from the tariffs")."""
        model = self.model
        while position >= floor and budget > 0:
            group = model.group_at(position)
            if group is not None:
                return group
            token = model.tokens[position]
            tags = token.tags
            if hops and token.lower in model.lexicon.argument_prepositions:
                # "will be imported into Spain at reduced levy rates": the terms a verb
                # sets cross the phrase of where its goods go
                hops -= 1
                position -= 1
                budget -= 1
                continue
            if token.lower == "of" or token.text in ("(", ")") or (
                    lists and self._listed(position)):
                # "reallocations of the 2020 in-quota quantity of the TRQ"; "exempted
                # smartphones, computers and other devices from the tariffs"
                position -= 1
                budget -= 1
                continue
            if ACTOR not in tags and tags & {"prepositions", "subordinators", "relativizers",
                                             "complementizers", "coordinators", PUNCT} and (
                    token.text not in ("-", "%", "$", "'", "\u2019")):
                return None
            position -= 1
            budget -= 1
        return None

    def _shared_governor(self) -> Link | None:
        """The verb of the first of two coordinated objects, for the second: in "would place
        a 60% tariff on China and a 10% tariff on all others" the second tariff is placed
        too, and in "threatened 10% tariffs on steel and 25% tariffs on cars" threatened.
        Only a verb that acts on measures or threatens them counts, and only when no verb
        of its own follows the measure ("quotas on steel and tariffs were raised")."""
        model = self.model
        tokens = model.tokens
        before = self.np_first - 1
        clause = model.clauses[self.clause]
        if before <= clause.first or "coordinators" not in tokens[before].tags or (
                self._predicate_after is not None):
            return None
        position = before - 1
        while position >= clause.first and before - position <= 2 * model.lexicon.object_tokens:
            group = model.group_at(position)
            if group is not None:
                link = self._verb_link(group, "object")
                return link if any(c.startswith("action:") or c in _SHARING_CATEGORIES
                                   for c in link.categories) else None
            if tokens[position].text in (";", ":") or tokens[position].tags & {
                    "subordinators", "relativizers", "complementizers"}:
                return None
            position -= 1
        return None

    def _listed(self, position: int) -> bool:
        """A comma or a coordinator between two nouns of one list of objects, neither a
        verb: "smartphones, computers and other devices"."""
        tokens = self.model.tokens
        token = tokens[position]
        if token.text == ",":
            return self._coordination_before(position)
        return bool("coordinators" in token.tags and token.lower in ("and", "or")
                and 0 < position < len(tokens) - 1
                and tokens[position - 1].tags & _LIST_MEMBER
                and tokens[position + 1].tags & {*_LIST_MEMBER, "determiners"}
                and self.model.group_at(position - 1) is None
                and self.model.group_at(position + 1) is None)

    def _coordination_before(self, comma: int) -> bool:
        """A comma inside a list of objects ("tariffs, quotas and bans", "10% tariffs on
        steel, 25% tariffs on cars and ...")."""
        tokens = self.model.tokens
        after = comma + 1
        if not (after < len(tokens) and self.model.group_at(after) is None
                and tokens[after].tags & {WORD, NUM} and comma > 0
                and WORD in tokens[comma - 1].tags and self.model.group_at(comma - 1) is None):
            return False
        # A list goes on to "and" or "or" before any verb: "To curb inflation, tariffs
        # were cut" is a fronted phrase, and "tariffs" the subject of what follows.
        for index in range(after, len(tokens)):
            if "coordinators" in tokens[index].tags:
                return True
            group = self.model.group_at(index)
            if (group is not None and group.finite) or tokens[index].text in (";", ":"):
                return False
        return True

    def _patient_of(self, group: VerbGroup) -> bool:
        """A measure does not impose or raise anything: before a bare past form of a verb
        of imposing ("restrictions introduced this year", "tariffs raised in May") it is
        what was done, a participle's subject."""
        if group.first != group.head or group.tense is not Tense.PAST:
            return False
        tokens = self.model.tokens
        head = tokens[group.head]
        if not any(c.category.startswith(("action:", "status:")) and c.start == head.start
                   for c in self._cues_starting(head.start, head.start + 1)):
            return False  # "sanctions announced last week", "duties imposed in May"
        # "barriers reduced competitiveness": an active verb with its object is no participle.
        after = group.last + 1
        has_object = (after < len(tokens)
                      and bool(tokens[after].tags & {WORD, ACTOR, NUM, "determiners"})
                      and not is_time_phrase(tokens, after))
        return not has_object

    @_once
    def _predicate_after(self) -> VerbGroup | None:
        """The verb group after a trigger that stands as its subject: "the duties on Chinese
        tyres take effect", "tariffs were raised", "the ban, which took effect"."""
        model = self.model
        tokens = model.tokens
        position = self.last + 1
        reach = model.lexicon.subject_tokens
        count = len(tokens)
        while position < count and position - self.last <= reach:
            group = model.group_at(position)
            if group is not None:
                if "reporting" in self.categories_at(group.start, group.end):
                    return None  # "the tariffs on cars, officials said": measures say nothing
                if model.clause_of(position) == self.clause:
                    return group
                clause = model.clauses[model.clause_of(position)]
                if clause.kind is ClauseKind.RELATIVE and clause.marker in ("which", "that") and (
                        clause.first - self.last <= 2):
                    # "the tariffs, which took effect": the relative's subject; "the quotas,
                    # which Tokyo says must remain": its object, read as the verb's
                    return group
                return None
            token = tokens[position]
            if token.text in (";", ":", "(", ")") or (
                    "subordinators" in token.tags and token.lower not in ("after", "before")):
                return None
            if "subject_pronouns" in token.tags or token.lower in _WH_WORDS:
                return None  # "regardless of how much acreage they planted": another subject
            if "complementizers" in token.tags and token.lower == "whether":
                return None
            if "coordinators" in token.tags and position + 1 < count and model.group_at(
                    position + 1) is not None:
                return None  # "tariffs and raised": a new verb phrase, not the trigger's
            position += 1
        return None

    def _coordinated_predicate(self, first: VerbGroup) -> VerbGroup | None:
        """A finite verb group joined to ``first`` by "and" or "but" in its clause, with no
        subject of its own between ("took effect in May but were suspended in July"), when
        it changes the measure: a later "will be paid" only says how it is carried out."""
        model = self.model
        tokens = model.tokens
        position = first.last + 1
        end = min(len(tokens), position + model.lexicon.subject_tokens)
        while position < end:
            token = tokens[position]
            inner = model.group_at(position)
            if inner is not None and inner.tense is Tense.INFINITIVE:
                position = inner.last + 1  # "were supposed to take effect ... but"
                continue
            if inner is not None or token.text in (";", ":", "(", ")") or (
                    token.tags & {"subject_pronouns", ACTOR, "subordinators", "relativizers",
                                  "complementizers"}):
                return None
            if token.lower in model.lexicon.predicate_coordinators:
                later = model.group_at(position + 1) if position + 1 < len(tokens) else None
                if later is None or not later.finite or later.tense is Tense.PARTICIPLE or (
                        model.clause_of(later.head) != model.clause_of(first.head)):
                    return None
                says = self._verb_link(later, "subject").categories
                changes = any(c.startswith("action:") and c != "action:impose" for c in says)
                return later if changes else None
            position += 1
        return None

    @_once
    def _own_finite_predicate(self) -> VerbGroup | None:
        """The finite verb after the measure, in its clause, whose subject the measure can
        be: not a participle, not a relative clause's verb with a subject of its own."""
        after = self._predicate_after
        if after is None or not after.finite or after.tense is Tense.PARTICIPLE or (
                self.model.clause_of(after.head) != self.clause) or model_relative_object(
                self.model, after, self.last):
            return None
        return after

    def _subject_link(self, group: VerbGroup) -> Link:
        """The link to a verb whose subject the measure is (the patient, when passive)."""
        return self._verb_link(group, "passive" if group.passive else "subject")

    def _noun_predicate(self) -> Link | None:
        """The finite verb after the measure that denies the noun the measure's verb
        complements ("talks on lifting the sanctions collapsed", "a bid to ban imports
        failed"), in the measure's clause. Only a denial is read: what else befalls the
        noun ("plans to impose tariffs were dropped") is not done to the measure."""
        after = self._own_finite_predicate
        if after is None:
            return None
        link = self._subject_link(after)
        return link if after.negated or "negation" in link.categories else None

    def _own_predicate_after(self, governor: VerbGroup | None, links: list[Link]) -> Link | None:
        """The finite verb right after the measure's noun phrase when a verb before it
        seems to take the phrase as object: a noun phrase followed by a finite verb is that
        verb's subject ("said the tariffs would be lifted", "hoped the ban will end").
        A verb after a subject of its own ("the tariffs Washington imposed") is a
        relative clause, not this."""
        if governor is None or len(links) != 1 or not governor.finite:
            return None  # "plans to impose tariffs were dropped": the plans were
        infinitive = self._infinitive_subject_of()
        if infinitive is not None and (links[0].categories & _DEMANDING or (
                infinitive.passive and links[0].relation == "object")):
            # "called for Japan's quotas to be lifted", "expects the duties to be lifted":
            # the measure is the subject of the infinitive after it (a purpose infinitive,
            # "imposed tariffs to protect farmers", is active and asks nothing; after a
            # preposition, "talks regarding tariffs to be imposed", the infinitive only
            # qualifies the noun)
            return self._subject_link(infinitive)
        if links[0].relation != "object":
            return None
        model = self.model
        after = self._own_finite_predicate
        if after is None:
            return None
        if after.first == after.head:
            # a bare verb may be the phrase's own head ("an export offer") or a participle
            # modifying it ("sanctions imposed against Japan"): only an auxiliary tells
            return None
        between = model.tokens[self.last + 1:after.first]
        if between and ("prepositions" not in between[0].tags or not _only_list_commas(between)):
            return None  # only the phrase's own arguments may stand between ("the ban on rice")
        return self._subject_link(after)

    def _infinitive_after_preposition(self, after: VerbGroup) -> bool:
        """An infinitive right after a measure that is a preposition's object qualifies it
        ("regarding tariffs to be imposed on"); after "for" it is the clause's verb
        ("called for the quotas to be lifted")."""
        tokens = self.model.tokens
        before = self.np_first - 1
        return after.tense is Tense.INFINITIVE and before >= 0 and (
            "prepositions" in tokens[before].tags) and tokens[before].lower not in (
            _CLAUSE_OPENING_PREPOSITIONS)

    @_once
    def _under_plain_noun(self) -> bool:
        """Whether the measure's phrase is a preposition's object after a noun that says
        nothing of measures ("challenges from tariffs", "the impact of the levy")."""
        tokens = self.model.tokens
        preposition, noun = self.np_first - 1, self.np_first - 2
        if noun < 0 or "prepositions" not in tokens[preposition].tags:
            return False
        head = tokens[noun]
        return WORD in head.tags and not head.tags & {ACTOR, NUM, PUNCT} and (
            self.model.group_at(noun) is None) and not self.categories_at(head.start, head.end)

    def _infinitive_subject_of(self) -> VerbGroup | None:
        """The infinitive right after the measure's noun phrase and its own arguments ("the
        sanctions on Russia to be extended"), in its clause."""
        after = self._predicate_after
        if after is None or after.tense is not Tense.INFINITIVE:
            return None
        between = self.model.tokens[self.last + 1:after.first]
        if between and ("prepositions" not in between[0].tags or any(
                t.text == "," for t in between)):
            return None
        return after

    def _after_cue_words(self, group: VerbGroup) -> int:
        """The first token after a verb group and the words of the cues it opens: a cue's
        words are the verb's ("took effect" is one verb, "effect" no object)."""
        tokens = self.model.tokens
        following = group.last + 1
        for cue in self.cues_in(group.start, group.end):
            while following < len(tokens) and tokens[following].end <= cue.end:
                following += 1
        return following

    def _predicate_after_relative(self, relative: VerbGroup, *,
                                  reduced: bool = False) -> Link | None:
        """The main clause's verb after a relative clause on the measure, whose subject the
        measure is: "the tariffs that Ottawa imposed on steel will be lifted", "the
        sanctions, which took effect in 2019, were lifted", when that verb says what
        happens to the measure (a passive's action, or a status). Only adjuncts (a preposition's
        phrase, a comma) may stand between: a noun right after the relative's verb is its
        object and may be the next verb's subject ("the quotas Tokyo says exporters must
        respect"). A participle right after the measure ("the tariff, first announced in
        April, took effect") is a relative clause cut short: ``reduced``."""
        model = self.model
        tokens = model.tokens
        if not reduced and relative != self.relative_group():
            return None
        following = self._after_cue_words(relative)  # "that took effect in March"
        main = model.group_after(following - 1, model.lexicon.subject_tokens)
        if main is None or not main.finite or main.tense is Tense.PARTICIPLE:
            return None
        if model.resumes_main(main):
            pass  # "the sanctions, which took effect in 2019, were lifted": the aside closed
        elif following < len(tokens) and not (
                tokens[following].tags & {"prepositions", PUNCT} or model.group_at(following)
                or is_time_phrase(tokens, following)):
            return None  # only an adjunct between: "imposed last year will be lifted"
        for token in tokens[following:main.first]:
            if token.tags & {"subject_pronouns", "complementizers", "coordinators",
                             "relativizers"} or token.text in (";", ":"):
                return None
        if reduced and not main.passive and takes_object(model, self._after_cue_words(main)):
            # "the tariffs introduced in 2025 raised Sri Lanka's rate": what the measure
            # does; the participle says what was done to it
            return None
        link = self._subject_link(main)
        says = ("action:", "status:") if main.passive else ("status:",)
        if not any(c.startswith(says) for c in link.categories) and not (
                "be_forms" in tokens[main.head].tags and not main.passive):
            return None  # "the tariffs that will be imposed ... will give": the tariffs act
        return link  # or a copula: "easing curbs that have piled up would be a good start"

    def relative_group(self) -> VerbGroup | None:
        """The first verb of a relative clause opening right after the trigger (a comma
        between at most): "the quotas, which Tokyo says must remain"."""
        model = self.model
        position = self.last + 1
        if position < len(model.tokens) and model.tokens[position].text == ",":
            position += 1
        if position >= len(model.tokens):
            return None
        clause = model.clauses[model.clause_of(position)]
        if clause.kind is not ClauseKind.RELATIVE or clause.first != position:
            # "the tariffs Washington imposed": a relative clause with no relativizer
            following = model.group_after(self.last, 3)
            if following is not None and following.finite and model_relative_object(
                    model, following, self.last):
                return following
            return None
        for group in model.groups:
            if clause.first <= group.first < clause.last:
                return group
        return None

    # ------------------------------------------------------------------ questions

    @_once
    def verb_links(self) -> list[Link]:
        return [link for link in self.chain if link.kind == "verb"]

    @_once
    def governor(self) -> Link | None:
        """The first verb of the chain: the one that takes the trigger."""
        return self.verb_links[0] if self.verb_links else None

    def link_with(self, category_prefix: str) -> Link | None:
        """The lowest link whose head has a cue of the family."""
        for link in self.chain:
            if any(c.startswith(category_prefix) for c in link.categories):
                return link
        return None

    def subject_actors(self, group: VerbGroup) -> list[ActorMention]:
        """The jurisdictions in the subject of a verb group, nearest to the verb first; the
        subject of "to" infinitives and gerunds is the controller's."""
        span = self.model.subject_span(group)
        if span is None:
            owners = self._noun_complement_owner(group)
            if owners:
                return owners  # "the US's attempt to impose", "Reagan's decision to offer"
            tokens = self.model.tokens
            if group.tense is Tense.INFINITIVE and group.first > 0 and tokens[
                    group.first].lower != "to" and "object_pronouns" in tokens[
                    group.first - 1].tags:
                return []  # "help them avoid": "them", not the helper, avoids
            if group.tense in (Tense.INFINITIVE, Tense.GERUND):
                controller = self.model.controller(group)
                if controller is not None:
                    categories = self._verb_link(controller, "control").categories
                    if categories & {"demand", "persuasion", "advice"}:
                        objects = self.object_actors(controller, group)
                        if objects:
                            return objects
                    return self.subject_actors(controller)
            previous = self.model.previous_group(group)
            if previous is not None and self._coordinated(previous, group):
                return self.subject_actors(previous)
            main = self._main_verb_after_fronted_phrase(group)
            if main is not None and self.model.subject_span(main) is not None:
                # "To protect farmers, Tokyo raised duties", "Explaining the decision to
                # impose sanctions, the foreign secretary said": the main clause's subject
                return self.subject_actors(main)
            clause = self.model.clauses[self.model.clause_of(group.first)]
            if clause.kind is ClauseKind.RELATIVE and clause.first > 0:
                return self._antecedent_actors(clause.first)
            return []
        first, last = span
        tokens = self.model.tokens
        start, end = tokens[first].start, tokens[last - 1].end
        found = self.actors_within(start, end)
        if not found:
            pronoun = [t for t in tokens[first:last] if "subject_pronouns" in t.tags]
            if pronoun:
                if self.model.clauses[self.model.clause_of(first)].kind is (
                        ClauseKind.CONDITIONAL):
                    hearer = self._hearer_before(first)
                    if hearer:
                        return hearer
                return self._pronoun_antecedent(tokens[first].start)
        return sorted(found, key=lambda a: -a.actor.start)

    def _main_verb_after_fronted_phrase(self, group: VerbGroup) -> VerbGroup | None:
        """The finite verb after the comma that closes a phrase opening the sentence, when
        ``group`` (an infinitive or gerund) stands in that phrase."""
        if group.tense not in (Tense.INFINITIVE, Tense.GERUND):
            return None
        model = self.model
        if any(other.finite and other.first < group.first for other in model.groups):
            return None
        tokens = model.tokens
        comma = next((i for i in range(group.last + 1, len(tokens))
                      if tokens[i].text in (",", ";", ":") or model.group_at(i) is not None),
                     None)
        if comma is None or tokens[comma].text != ",":
            return None
        return next((other for other in model.groups if other.first > comma and other.finite),
                    None)

    def _noun_complement_owner(self, group: VerbGroup) -> list[ActorMention]:
        """The jurisdictions owning the noun an infinitive complements: "the US's attempt
        to impose", "Beijing's plan to curb", "the Canadian government decision to apply"."""
        if group.tense is not Tense.INFINITIVE or group.first == 0:
            return []
        model = self.model
        before = group.first - 1
        if model.group_at(before) is not None or WORD not in model.tokens[before].tags:
            return []
        position = before
        while position > 0 and before - position < _NOUN_PHRASE_REACH and (
                model.group_at(position - 1) is None) and not (
                model.tokens[position - 1].tags & {PUNCT, "prepositions", "coordinators"}
                and ACTOR not in model.tokens[position - 1].tags):
            position -= 1
        start, end = model.tokens[position].start, model.tokens[before].end
        return self.actors_within(start, end)

    def _coordinated(self, previous: VerbGroup, group: VerbGroup) -> bool:
        tokens = self.model.tokens
        between = tokens[previous.last + 1:group.first]
        return any("coordinators" in t.tags for t in between) and (
            self.model.clause_of(previous.head) == self.model.clause_of(group.head)
            or any(t.text == "," for t in between))

    def object_actors(self, controller: VerbGroup, group: VerbGroup) -> list[ActorMention]:
        """The jurisdictions between a verb and the infinitive it controls: "urged Japan to"."""
        tokens = self.model.tokens
        if controller.last + 1 >= group.first:
            return []
        start, end = tokens[controller.last + 1].start, tokens[group.first].start
        return self.actors_within(start, end)

    def _antecedent_actors(self, relativizer: int) -> list[ActorMention]:
        """Who the relative pronoun stands for: a jurisdiction just before it, or else,
        when its noun is a verb's object, that verb's subject ("Canberra announced a
        programme which would provide grants": Canberra provides them)."""
        tokens = self.model.tokens
        end = tokens[relativizer].start
        near = sorted([a for a in self.actors if a.actor.end <= end
                       and end - a.actor.end <= 40], key=lambda a: -a.actor.start)[:1]
        if near:
            return near
        position = relativizer - 1
        if position >= 0 and tokens[position].text == ",":
            position -= 1  # "the programme, which would provide"
        while position >= 0 and relativizer - position <= self.model.lexicon.object_tokens:
            token = tokens[position]
            group = self.model.group_at(position)
            if group is not None:
                return self.subject_actors(group) if group.finite and not group.passive else []
            if token.tags & {PUNCT, "prepositions"} and token.text not in ("(", ")"):
                return []  # "a grant for the plan, which": not a verb's object
            position -= 1
        return []

    def _hearer_before(self, index: int) -> list[ActorMention]:
        """The jurisdiction a verb of telling addresses before a condition: in "Lyng warned
        the EC it will face retaliation if it enacts the tax" the condition is the hearer's
        deed, so its "it" is the EC, not the speaker."""
        model = self.model
        for group in model.groups:
            if group.first >= index:
                break
            if model.tokens[group.head].lower not in model.lexicon.telling_verbs:
                continue
            following = next((g for g in model.groups if g.first > group.last), None)
            end = min(index, following.first if following is not None else index)
            if group.last + 1 < end:
                found = self.actors_within(model.tokens[group.last + 1].start,
                                           model.tokens[end - 1].end)
                if found:
                    return found[:1]
        return []

    def _pronoun_antecedent(self, before: int) -> list[ActorMention]:
        """A subject pronoun stands for the subject of the verb that reports or controls it
        ("Japan said it would"), else for the nearest jurisdiction before it that can act."""
        for group in self.model.groups:
            if group.end > before:
                break
            span = self.model.subject_span(group)
            if span is None:
                continue
            tokens = self.model.tokens
            start, end = tokens[span[0]].start, tokens[span[1] - 1].end
            found = self.actors_within(start, end)
            if found:
                return sorted(found, key=lambda a: -a.actor.start)
        return []

    def possessive_owner(self) -> ActorMention | None:
        """ "China's export curbs", "its ban": whose measure the noun phrase says it is."""
        start, end = self.premodifier_span
        tokens = self.model.tokens
        for position in range(self.np_first, self.first):
            token = tokens[position]
            if POSSESSIVE in token.tags or ACTOR in token.tags:
                nxt = position + 1
                if ACTOR in token.tags and not (
                    POSSESSIVE in token.tags
                    or (nxt < len(tokens) and tokens[nxt].text in ("'", "\u2019"))
                ):
                    continue
                for mention in self.actors:
                    if mention.actor.start <= token.start < mention.actor.end + 1 and (
                            start <= mention.actor.start < end):
                        return mention
            if "possessive_pronouns" in token.tags:
                return self._possessive_pronoun_owner(token.start, token.lower)
        return None

    def _possessive_pronoun_owner(self, before: int, pronoun: str) -> ActorMention | None:
        """ "its quotas": the jurisdiction the clause is about, the subject of the verbs above
        the trigger or the one a demand names ("urged Japan to lift its quotas"); after a
        verb of blame, the one blamed ("criticised Beijing for its export curbs")."""
        for link in self.verb_links:
            if "complaint" in link.categories and link.end <= before:
                blamed = [a for a in self.actors if link.end <= a.actor.start < before]
                if blamed:
                    return blamed[0]
        for link in self.verb_links:
            assert link.group is not None
            if link.group.start > before:
                continue
            found = [a for a in self.subject_actors(link.group) if _may_own(pronoun, a)]
            if found:
                return found[0]
        # not a place something happens in: "the board met in London without reopening
        # debate on its quotas" (the board's, not London's)
        candidates = [a for a in self.actors if a.actor.end <= before and _may_own(pronoun, a)
                      and not self._after_locative(a)]
        return candidates[-1] if candidates else None

    def _after_locative(self, mention: ActorMention) -> bool:
        """The mention follows "in" or "at": a place, not a party."""
        position = self.model.token_before(mention.actor.start)
        return position >= 0 and self.model.tokens[position].lower in _LOCATIVES


