"""The clause model: tokens, verb groups and clauses of one sentence.

Windows of characters cannot tell who does what to whom; sentence structure can. This
module reads a sentence in the finite-state tradition of FASTUS, as a cascade of linear
passes, each testable alone:

1. **Tokens.** Words, numbers and punctuation with offsets, tagged by the closed word
   classes of the rule set's grammar lists (auxiliaries, modals, determiners,
   prepositions, subordinators...) and by their endings (-ed, -ing, -ly).
2. **Verb groups.** Runs of auxiliaries, modals, negation and adverbs ending in a verb
   ("would not have imposed", "is set to", "to delay"), or a lone finite verb after its
   subject ("Washington threatened"). Each has a head, its tense, voice and modality and
   whether it is negated. A word ending in -ed after a determiner or another verb is an
   adjective ("the threatened duties", "drop threatened sanctions"), not a verb.
3. **Clauses.** Boundaries at strong punctuation, subordinators ("if", "because"),
   relativizers ("which", "who"), complementizers after a verb ("said that") and quotes.
   Each clause has a kind (main, conditional, subordinate, relative, complement,
   parenthetical) and remembers the clause it hangs from.

On top of these, :class:`SentenceModel` answers the questions the reader asks: the verb
group nearest before or after a position within a clause, a verb group's subject span, the
agent of a passive ("by ..."), and the verb that controls an infinitive ("agreed to").

Everything is linear in the sentence: one tokenising regex, one pass per stage, and
lookups bounded by the reach limits in ``[cues.reach]``.
"""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import attrs
import regex

from policymeasures.dates import CALENDAR_WORDS

__all__ = [
    "Clause",
    "ClauseKind",
    "GrammarLexicon",
    "SentenceModel",
    "Tense",
    "Token",
    "VerbGroup",
    "analyse",
]

# Words (letters and digits, with inner hyphens, apostrophes, dots, slashes and ampersands)
# or one punctuation mark. A possessive "'s" stays with its word; "n't" with its verb.
_TOKEN = regex.compile(
    r"[\p{L}\p{N}]+(?:[-'\u2019./&][\p{L}\p{N}]+)*(?:['\u2019](?=\s|$))?|[^\s\p{L}\p{N}]"
)
# The same tokens in an ASCII sentence, by the standard library's engine, which scans them
# about twice as fast: letters and digits are ASCII ones there, and whitespace is spelt
# out as regex reads it (the standard library's \s also holds the controls U+001C-U+001F,
# which are punctuation tokens to regex).
_ASCII_TOKEN = re.compile(
    r"[A-Za-z0-9]+(?:[-'./&][A-Za-z0-9]+)*(?:'(?=[\t\n\v\f\r ]|$))?|[^\t\n\v\f\r A-Za-z0-9]"
)
# How many distinct token texts the lexicon remembers the tags of: a news vocabulary fits,
# and memory stays bounded on hostile text of endless distinct words.
_TOKEN_MEMO_SIZE = 200_000
# Punctuation that always ends a clause.
_HARD_PUNCTUATION = frozenset(";:\u2014\u2013()[]")
# A bracketed aside with no verb at most this many tokens long stays inside its clause
# ("(October 1, 2022 through September 30, 2023)"); the walk up from a measure crosses it.
BRACKET_ASIDE_TOKENS = 12
# A quoted phrase with no verb at most this many tokens long is a scare quote.
_SCARE_QUOTE_TOKENS = 12
# Relativizers of an aside set off by commas, after which the main clause may resume.
_ASIDE_RELATIVES = frozenset(("who", "which"))
# The marker of a complement clause coordinated with an earlier one ("but that").
COORDINATED_COMPLEMENT = "and that"
_QUOTES = frozenset('"\u201c\u201d')
_POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
# Tags given to tokens. Closed classes come from the grammar lists; the rest from form.
WORD = "word"  # an open-class word: noun, verb or adjective, decided in context
PUNCT = "punct"
NUM = "num"
CAPITAL = "capital"
ED = "ed"  # a past tense or participle form
ING = "ing"
POSSESSIVE = "possessive"
ADVERB = "adverb"
NEGATION = "negation"
TO = "to"
ACTOR = "actor"
NOUN = "noun"  # a measure's noun found by the rules ("export controls"): never a verb
DEMONYM = "demonym"  # a people's adjective ("Chinese"): it qualifies a noun, not a verb
VERB = "verb"  # a form of a verb of the lexicon: it may head a verb group after a subject
FIGURE = "figure"  # a word of a magnitude: "up to 25%", "no less than 90 pct"


class Token(NamedTuple):
    """One token of a sentence; ``start``/``end`` are offsets into the sentence."""

    text: str
    lower: str
    start: int
    end: int
    tags: frozenset[str]


class Tense(str, enum.Enum):
    """What a verb group's form says about when the action happens."""

    PAST = "past"  # imposed, has imposed, was imposed
    PRESENT = "present"  # imposes, is imposing, are in force
    FUTURE = "future"  # will impose, is to impose, 'll impose
    POSSIBLE = "possible"  # may, might, could, can impose
    CONDITIONAL = "conditional"  # would impose
    COUNTERFACTUAL = "counterfactual"  # would have imposed, could have imposed
    OBLIGATION = "obligation"  # should, must, ought to impose
    INFINITIVE = "infinitive"  # to impose
    GERUND = "gerund"  # imposing (with no auxiliary)
    PARTICIPLE = "participle"  # imposed (with no auxiliary, after a noun)


class ClauseKind(str, enum.Enum):
    """The kind of clause a stretch of a sentence is."""

    MAIN = "main"
    CONDITIONAL = "conditional"  # if, unless
    SUBORDINATE = "subordinate"  # because, although, when, after...
    RELATIVE = "relative"  # which, who, that after a noun
    COMPLEMENT = "complement"  # that/whether after a verb; reported speech
    PARENTHETICAL = "parenthetical"  # (...), quotes


@attrs.frozen(slots=True)
class VerbGroup:
    """Auxiliaries, modals, negation and adverbs with the verb they end in.

    ``first``..``head`` are token indices (``head`` inclusive, ``last`` the end of a
    particle: "head off"); ``start``/``end`` are character offsets of the whole group.
    """

    first: int
    head: int
    last: int
    start: int
    end: int
    tense: Tense
    passive: bool
    negated: bool
    modal: str | None
    finite: bool


@attrs.frozen(slots=True)
class Clause:
    """A stretch of tokens ``first`` to ``last`` (exclusive) with its kind.

    ``marker`` is the word that opened it ("if", "which", "that"), ``parent`` the index of
    the clause it hangs from, or None for a clause of its own.
    """

    first: int
    last: int
    kind: ClauseKind
    marker: str
    parent: int | None


def _inflections(base: str) -> list[tuple[str, str]]:
    """A verb's forms by the usual spelling rules, each with its kind (base, s, ed, ing).

    >>> sorted(form for form, _ in _inflections("ban"))
    ['ban', 'banned', 'banning', 'bans']
    """
    forms = [(base, "base")]
    vowels = "aeiou"
    if base.endswith(("s", "x", "z", "ch", "sh")):
        forms.append((base + "es", "s"))
    elif base.endswith("y") and len(base) > 1 and base[-2] not in vowels:
        forms.append((base[:-1] + "ies", "s"))
    else:
        forms.append((base + "s", "s"))
    doubled = (len(base) >= 3 and base[-1] not in vowels + "wxy" and base[-2] in vowels
               and base[-3] not in vowels and base[-2:] not in ("er", "en", "on", "el", "it"))
    stem = base + base[-1] if doubled else base
    if base.endswith("e"):
        forms.append((base + "d", "ed"))
        forms.append((base[:-1] + "ing" if not base.endswith("ee") else base + "ing", "ing"))
    elif base.endswith("y") and len(base) > 1 and base[-2] not in vowels:
        forms.append((base[:-1] + "ied", "ed"))
        forms.append((base + "ing", "ing"))
    else:
        forms.append((stem + "ed", "ed"))
        forms.append((stem + "ing", "ing"))
    if base.endswith(("it", "er", "el")) and doubled is False and base[-3:-2] not in vowels:
        forms.append((base + base[-1] + "ed", "ed"))  # "committed", "transferred"
        forms.append((base + base[-1] + "ing", "ing"))
    return forms


def _words(cues: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in cues.get(key, ()))


def _verb_forms(cues: Mapping[str, Any], key: str) -> frozenset[str]:
    """Every form of the verbs a grammar list gives by their base ("protect": protects,
    protected, protecting), so the data lists a verb once."""
    return frozenset(form for base in _words(cues, key) for form, _ in _inflections(base))


class GrammarLexicon:
    """The closed word classes of a rule set, as one word -> tags table built once."""

    CLASSES = ("be_forms", "have_forms", "do_forms", "modals", "determiners",
               "definite_determiners", "possessive_pronouns", "subject_pronouns",
               "object_pronouns", "prepositions", "coordinators", "subordinators",
               "relativizers", "complementizers")

    def __init__(self, cues: Mapping[str, Any]) -> None:
        tags: dict[str, set[str]] = {}
        for key in self.CLASSES:
            for word in _words(cues, key):
                tags.setdefault(word, set()).add(key)
        for word in _words(cues, "adverbs"):
            tags.setdefault(word, set()).add(ADVERB)
        for word in _words(cues, "negation") & {"not", "never", "n't", "no"}:
            tags.setdefault(word, set()).add(NEGATION)
        for word in _words(cues, "modals") | _words(cues, "be_forms") | _words(
                cues, "have_forms") | _words(cues, "do_forms"):
            if word.endswith(("n't", "n\u2019t")) or word == "cannot":
                tags.setdefault(word, set()).add(NEGATION)
        for word in _words(cues, "irregular_past") | _words(cues, "irregular_participles"):
            found = tags.setdefault(word, set())
            found.add(ED)
            if not found - {ED}:
                found.update((WORD, VERB))  # an open word: a verb or a participle
        for base in _words(cues, "verbs"):
            for form, _ in _inflections(base):
                closed = tags.get(form)
                if closed is not None:  # open words are tagged by form in token_tags
                    closed.add(VERB)
        self.verbs = _verb_forms(cues, "verbs")
        self.verb_bases = frozenset(_words(cues, "verbs"))
        self.tags = {word: frozenset(found) for word, found in tags.items()}
        self.not_adverbs = _words(cues, "not_adverbs")
        self.future = _words(cues, "future_modals")
        self.possibility = _words(cues, "possibility_modals")
        self.obligation = _words(cues, "obligation_modals")
        self.conditional = _words(cues, "conditional_modals")
        self.conditional_subordinators = _words(cues, "conditional")
        self.particles = _words(cues, "particles")
        self.argument_prepositions = _words(cues, "argument_prepositions")
        self.owner_prepositions = _words(cues, "owner_prepositions")
        self.goods_flow_words = _words(cues, "goods_flow_words")
        self.goods_entry_words = _words(cues, "goods_entry_words")
        self.sale_verbs = _words(cues, "sale_verbs")
        self.compound_heads = _words(cues, "compound_heads")
        self.clause_prepositions = _words(cues, "clause_prepositions")
        self.means_prepositions = _words(cues, "means_prepositions")
        self.topic_prepositions = _words(cues, "topic_prepositions")
        self.instrument_prepositions = _words(cues, "instrument_prepositions")
        self.answering_verbs = _verb_forms(cues, "answering_verbs")
        self.contrast_words = _words(cues, "contrast_words")
        self.separation_words = _words(cues, "separation_words")
        self.predicate_coordinators = _words(cues, "predicate_coordinators")
        self.noun_cues = _words(cues, "noun_cues")
        self.intention_nouns = _words(cues, "intention_nouns")
        self.content_nouns = _words(cues, "content_nouns")
        self.intention_agent_prepositions = _words(cues, "intention_agent_prepositions")
        self.prepositional_to = _words(cues, "prepositional_to")
        self.flow_nouns = _words(cues, "flow_nouns")
        self.instrument_nouns = _words(cues, "instrument_nouns")
        # "spoke", "took", "rose": past forms that are never participles
        self.past_only = _words(cues, "irregular_past") - _words(cues, "irregular_participles")
        self.giving_verbs = _verb_forms(cues, "giving_verbs")
        self.light_verbs = _verb_forms(cues, "light_verbs")
        self.participle_adjectives = _words(cues, "participle_adjectives")
        self.measure_adjectives = _words(cues, "measure_adjectives")
        self.strategic_goods = _words(cues, "strategic_goods")
        self.court_nouns = _words(cues, "court_nouns")
        self.permitting_verbs = _verb_forms(cues, "permitting_verbs")
        self.ruling_verbs = _verb_forms(cues, "ruling_verbs")
        self.unlawful_adjectives = _words(cues, "unlawful_adjectives")
        self.purpose_participles = _words(cues, "purpose_participles")
        self.frame_prepositions = _words(cues, "frame_prepositions")
        self.choice_words = _words(cues, "choice_words")
        self.effect_nouns = _words(cues, "effect_nouns")
        self.topic_participles = _words(cues, "topic_participles")
        self.agreement_nouns = _words(cues, "agreement_nouns")
        self.vow_verbs = _verb_forms(cues, "vow_verbs")
        self.terms_prepositions = _words(cues, "terms_prepositions")
        self.aim_nouns = _words(cues, "aim_nouns")
        self.offer_nouns = _words(cues, "offer_nouns")
        self.strictness_verbs = _verb_forms(cues, "strictness_verbs")
        self.share_nouns = _words(cues, "share_nouns")
        self.protecting_verbs = _verb_forms(cues, "protecting_verbs")
        self.protection_sources = _words(cues, "protection_sources")
        self.coverage_nouns = _words(cues, "coverage_nouns")
        self.office_nouns = _words(cues, "office_nouns")
        self.level_setting_verbs = _verb_forms(cues, "level_setting_verbs")
        self.party_nouns = _words(cues, "party_nouns")
        self.raising_predicates = _words(cues, "raising_predicates")
        self.exchange_nouns = _words(cues, "exchange_nouns")
        self.holding_verbs = _verb_forms(cues, "holding_verbs")
        self.rate_bases = frozenset(_words(cues, "rate_bases"))
        self.telling_verbs = _verb_forms(cues, "telling_verbs")
        self.mandative_verbs = _verb_forms(cues, "mandative_verbs")
        self.change_verbs = _verb_forms(cues, "change_verbs")
        self._token_memo: dict[str, frozenset[str]] = {}
        reach = dict(cues.get("reach", {}))
        self.object_tokens = int(reach.get("object_tokens", 10))
        self.subject_tokens = int(reach.get("subject_tokens", 14))
        self.premodifier_tokens = int(reach.get("premodifier_tokens", 6))
        self.chain_links = int(reach.get("chain_links", 5))
        self.argument_tokens = int(reach.get("argument_tokens", 16))
        self.listed_tokens = int(reach.get("listed_tokens", 0))
        self.fallback_chars = int(reach.get("fallback_chars", 90))
        self.date_verb_tokens = int(reach.get("date_verb_tokens", 6))
        self.frame_tokens = int(reach.get("frame_tokens", 6))

    def token_tags(self, text: str) -> frozenset[str]:
        """The tags of one token from the word lists and the word's own form."""
        known = self._token_memo.get(text)
        if known is None:
            known = self._token_tags(text)
            if len(self._token_memo) < _TOKEN_MEMO_SIZE:
                self._token_memo[text] = known
        return known

    def _token_tags(self, text: str) -> frozenset[str]:
        lower = text.lower()
        found = self.tags.get(lower)
        if found is not None:
            return found
        first = text[0]
        if not first.isalnum():
            return frozenset((PUNCT,))
        if first.isdigit():
            return frozenset((NUM,))
        tags = {WORD}
        if first.isupper():
            tags.add(CAPITAL)
        elif lower in self.verbs:
            tags.add(VERB)
        if lower.endswith(_POSSESSIVE_ENDINGS) or lower.endswith(("'", "\u2019")):
            tags.add(POSSESSIVE)
        elif first.isupper():
            pass  # "Beijing", "United": a name, whatever its ending
        elif lower.endswith("ed") and len(lower) > 3 and (
                not lower.endswith("eed") or lower in self.verbs):
            tags.add(ED)  # not "oilseed", "need", "speed"
        elif lower.endswith("ing") and len(lower) > 4:
            tags.add(ING)
        elif (lower.endswith("ly") and len(lower) > 4 and lower not in self.not_adverbs
              and not first.isupper()):
            tags.add(ADVERB)
        return frozenset(tags)


# ---------------------------------------------------------------------- the model


class SentenceModel:
    """Tokens, verb groups and clauses of one sentence, with the questions the reader asks."""

    def __init__(self, sentence: str, tokens: list[Token], groups: list[VerbGroup],
                 clauses: list[Clause], lexicon: GrammarLexicon) -> None:
        self.sentence = sentence
        self.tokens = tokens
        self.groups = groups
        self.clauses = clauses
        self.lexicon = lexicon
        self._starts = [t.start for t in tokens]
        self._group_of_token: dict[int, int] = {}
        for index, group in enumerate(groups):
            for position in range(group.first, group.last + 1):
                self._group_of_token[position] = index
        self._clause_of_token = [0] * len(tokens)
        for index, clause in enumerate(clauses):
            for position in range(clause.first, clause.last):
                self._clause_of_token[position] = index
        # Subject spans already found, by the head token of their verb group (a token
        # heads at most one group), with the group they were found for.
        self._subjects: dict[int, tuple[VerbGroup, tuple[int, int] | None]] = {}

    # ------------------------------------------------------------------ positions

    def token_at(self, offset: int) -> int:
        """The index of the token that holds or follows character ``offset``."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return 0
        if index < len(self.tokens) and self.tokens[index].end <= offset:
            return min(index + 1, len(self.tokens) - 1)
        return index

    def token_before(self, offset: int) -> int:
        """The index of the last token that ends at or before character ``offset``, or -1."""
        index = bisect.bisect_right(self._starts, offset) - 1
        while index >= 0 and self.tokens[index].end > offset:
            index -= 1
        return index

    def clause_of(self, token: int) -> int:
        """The index of the clause that holds a token; a position before the first token
        or after the last is read as that token. The reader asks this dozens of times a
        trigger: a token inside the sentence is looked up without clamping."""
        clause_of_token = self._clause_of_token
        if 0 <= token < len(clause_of_token):
            return clause_of_token[token]
        if not clause_of_token:
            return 0
        return clause_of_token[0] if token < 0 else clause_of_token[-1]

    def group_at(self, token: int) -> VerbGroup | None:
        """The verb group a token belongs to, if any."""
        index = self._group_of_token.get(token)
        return None if index is None else self.groups[index]

    def group_index(self, group: VerbGroup) -> int:
        return self._group_of_token[group.head]

    def clause_span(self, clause: int) -> tuple[int, int]:
        """The character span of a clause."""
        c = self.clauses[clause]
        if c.first >= c.last:
            return (0, 0)
        return self.tokens[c.first].start, self.tokens[c.last - 1].end

    # ------------------------------------------------------------------ verbs

    def group_before(self, token: int, reach: int) -> VerbGroup | None:
        """The verb group ending nearest before a token in its clause, within ``reach``."""
        clause = self.clauses[self.clause_of(token)]
        position = token - 1
        while position >= clause.first and token - position <= reach + 1:
            found = self.group_at(position)
            if found is not None:
                return found
            position -= 1
        return None

    def group_after(self, token: int, reach: int) -> VerbGroup | None:
        """The verb group starting nearest after a token in its clause, within ``reach``."""
        clause = self.clauses[self.clause_of(token)]
        position = token + 1
        while position < clause.last and position - token <= reach:
            found = self.group_at(position)
            if found is not None:
                return found
            position += 1
        return None

    def previous_group(self, group: VerbGroup) -> VerbGroup | None:
        """The verb group before this one in the sentence."""
        index = self.group_index(group)
        return self.groups[index - 1] if index > 0 else None

    def subject_span(self, group: VerbGroup) -> tuple[int, int] | None:
        """Token indices ``[first, last)`` of the words before a verb group that are its
        subject: from the clause start or the previous verb group to the group, with a
        leading complementizer or comma dropped. None when nothing stands there.

        Found once per group: several field rules, for every trigger of the sentence, ask
        for the subjects of the same few verbs."""
        known = self._subjects.get(group.head)
        if known is not None and known[0] is group:
            return known[1]
        span = self._subject_span(group)
        self._subjects[group.head] = (group, span)
        return span

    def _subject_span(self, group: VerbGroup) -> tuple[int, int] | None:
        if group.tense is Tense.GERUND and group.first > 0 and ACTOR in (
                self.tokens[group.first - 1].tags):
            # "we expect Mr Trump threatening a tariff": the name right before is its own
            first = group.first - 1
            while first > 0 and ACTOR in self.tokens[first - 1].tags:
                first -= 1
            return first, group.first
        if group.tense in (Tense.INFINITIVE, Tense.GERUND):
            return None  # its subject is its controller's ("Seoul sent envoys to head off")
        antecedent = self._antecedent_of_aside(group)
        if antecedent is not None:
            return antecedent  # "Reagan, who will meet Nakasone, said": Reagan said
        clause = self.clauses[self.clause_of(group.first)]
        first = clause.first
        previous = self.previous_group(group)
        if previous is not None and previous.last >= first and not self._in_aside_before(
                previous, group):
            first = previous.last + 1
        while first < group.first and (
            self.tokens[first].tags & {PUNCT, "complementizers", "coordinators", "relativizers"}
            or self.tokens[first].lower in self.lexicon.conditional_subordinators
            or "subordinators" in self.tokens[first].tags
        ):
            first += 1
        last = group.first
        while last > first and ADVERB in self.tokens[last - 1].tags:
            last -= 1
        if last <= first or "coordinators" in self.tokens[last - 1].tags:
            return None  # "... and would drop the tariffs": the subject is the first verb's
        # A fronted phrase ends at its comma ("In response to ..., the Department of
        # Commerce is"); a pronoun opens the subject ("promised the United States it will").
        commas = [p for p in range(first, last) if self.tokens[p].text == ","]
        if commas and commas[-1] == last - 1:
            # "Lyng, the agriculture secretary, said": the subject stands before the aside
            if len(commas) >= 2:
                opening = commas[-2]
                earlier = [p for p in commas[:-2]]
                first = earlier[-1] + 1 if earlier else first
                last = opening
            else:
                last -= 1
        elif commas:
            first = commas[-1] + 1
        for position in range(last - 1, first - 1, -1):
            if "subject_pronouns" in self.tokens[position].tags:
                first = position
                break
        if last <= first:
            return None
        return first, last

    def _antecedent_of_aside(self, group: VerbGroup) -> tuple[int, int] | None:
        """For the verb right after a comma that closes a "who" or "which" aside, the
        words before the aside: the main clause's subject resumes ("Reagan, who will
        meet Nakasone this week, said he would lift the tariffs"). None otherwise."""
        index = self.clause_of(group.first)
        clause = self.clauses[index]
        if clause.kind is not ClauseKind.RELATIVE or clause.marker not in _ASIDE_RELATIVES or (
                not group.finite) or group.first <= clause.first + 1 or (
                self.tokens[group.first - 1].text != ",") or clause.parent is None or (
                self.tokens[clause.first - 1].text != ","):
            return None
        if not any(clause.first < g.first < group.first for g in self.groups):
            return None  # the aside has no verb of its own: this verb is the relative's
        parent = self.clauses[clause.parent]
        first, last = parent.first, clause.first - 1
        return (first, last) if last > first else None

    def resumes_main(self, group: VerbGroup) -> bool:
        """Whether a verb closes a "who"/"which" aside and continues the main clause."""
        return self._antecedent_of_aside(group) is not None

    def controller(self, group: VerbGroup) -> VerbGroup | None:
        """The verb that an infinitive or a gerund depends on ("agreed to delay"), or the
        verb that a complement clause depends on ("said it would impose")."""
        previous = self.previous_group(group)
        if previous is None or self.resumes_main(group):
            return None
        partner = self._coordinated_partner(group)
        above = self.controller(partner) if partner is not None else None
        if above is not None:
            # "said the U.S. did not want to end the deal and would drop the tariffs": a
            # verb after "and" hangs from what its partner hangs from
            return above
        if self._shares_modal(previous, group):
            # "Japan must stop dumping chips and buy more": the bare verb after "and" is the
            # partner's equal, not its complement, and hangs from what the partner hangs from
            return self.controller(previous)
        if group.tense in (Tense.INFINITIVE, Tense.GERUND):
            if group.tense is Tense.GERUND and ACTOR in self.tokens[group.first - 1].tags:
                return None  # "dealings with Iran defying US sanctions": Iran defies
            if group.first - previous.last <= self.lexicon.object_tokens + 2:
                return previous
            return None
        clause = self.clauses[self.clause_of(group.first)]
        if clause.marker == COORDINATED_COMPLEMENT:
            # "... but that Washington had to act" hangs from the verb of the first "that",
            # or, when the first complement had none, from its clause's first verb
            sibling = self._sibling_complement_group(clause)
            if sibling is not None:
                return self.controller(sibling)
            return self._first_group_of(clause.parent)
        if clause.kind is ClauseKind.COMPLEMENT or (
            self.clause_of(previous.head) == self.clause_of(group.head)
            and group.finite and previous.finite
        ):
            return previous
        if group.finite and self._demanded_bare(previous, group):
            return previous  # "to demand the UN impose an embargo": what is demanded
        return None

    def _shares_modal(self, previous: VerbGroup, group: VerbGroup) -> bool:
        """A bare verb right after "and" or "or" that took the modal of the finite group
        before it ("must stop ... and buy"): the two are coordinated."""
        return (group.finite and previous.finite and group.first == group.head
                and previous.first != previous.head and group.tense is previous.tense
                and group.first > 0 and "coordinators" in self.tokens[group.first - 1].tags
                and self.clause_of(previous.head) == self.clause_of(group.head))

    def _demanded_bare(self, previous: VerbGroup, group: VerbGroup) -> bool:
        """A verb of demanding, then only its object before the verb it asks for, with no
        "that": "to demand the UN impose", "urging Tokyo lift its quotas"."""
        between = self.tokens[previous.last + 1:group.first]
        return self.tokens[previous.head].lower in self.lexicon.mandative_verbs and (
            0 < len(between) <= self.lexicon.object_tokens) and not any(
            t.tags & {PUNCT, "prepositions", "subordinators", "relativizers"} for t in between)

    def _in_aside_before(self, previous: VerbGroup, group: VerbGroup) -> bool:
        """A participle set off by commas right before a verb: "The bill, backed by the
        industry, would impose quotas" has "The bill" as its subject, before the aside."""
        tokens = self.tokens
        return (not previous.finite and previous.first > 0 and group.first > 0
                and tokens[previous.first - 1].text == "," and tokens[group.first - 1].text == ","
                and not any(tokens[p].text == "," for p in range(previous.last + 1,
                                                                   group.first - 1)))

    def _first_group_of(self, clause: int | None) -> VerbGroup | None:
        """The first verb group inside a clause, if any."""
        if clause is None:
            return None
        found = self.clauses[clause]
        return next((g for g in self.groups if found.first <= g.first < found.last), None)

    def _sibling_complement_group(self, clause: Clause) -> VerbGroup | None:
        """The first verb group of the "that" clause that a coordinated one ("but that")
        follows: the nearest earlier complement clause with the same parent."""
        for other in reversed(self.clauses[:self.clauses.index(clause)]):
            if other.kind is clause.kind and other.parent == clause.parent and (
                    other.marker in ("that", COORDINATED_COMPLEMENT)):
                return self._first_group_of(self.clauses.index(other))
        return None

    def _coordinated_partner(self, group: VerbGroup) -> VerbGroup | None:
        """The finite verb group that a finite group with its own auxiliary, after "and" or
        "or", is coordinated with: the nearest finite one before it in its clause."""
        if not group.finite or group.first == 0 or group.first == group.head or (
                "coordinators" not in self.tokens[group.first - 1].tags):
            return None  # a bare verb after "and" shares its partner's modal and hangs from it
        clause = self.clause_of(group.head)
        index = self.group_index(group) - 1
        while index >= 0:
            other = self.groups[index]
            if self.clause_of(other.head) != clause:
                return None
            if other.finite:
                return other
            index -= 1
        return None

    def _genitive_of(self, index: int) -> bool:
        """ "of" before a name inside a noun phrase: "the government of Kenya"."""
        tokens = self.tokens
        return tokens[index].lower == "of" and index + 1 < len(tokens) and (
            ACTOR in tokens[index + 1].tags or (
                index + 2 < len(tokens) and "determiners" in tokens[index + 1].tags
                and ACTOR in tokens[index + 2].tags))

    def agent(self, group: VerbGroup) -> tuple[int, int] | None:
        """The token span after "by" that follows a passive verb group in its clause."""
        clause = self.clauses[self.clause_of(group.head)]
        position = group.last + 1
        # "imposed on U.S. goods by China": the agent may follow the verb's own argument
        while position < clause.last and position - group.last <= self.lexicon.object_tokens:
            if self.tokens[position].lower == "by":
                end = position + 1
                while end < clause.last and end - position <= 8 and (not (
                    self.tokens[end].tags & {PUNCT, "prepositions", "relativizers"}
                ) or self._genitive_of(end)) and self.group_at(end) is None:
                    end += 1
                return (position + 1, end) if end > position + 1 else None
            if self.group_at(position) is not None:
                return None
            position += 1
        return None


# ---------------------------------------------------------------------- the cascade


def tokenize(sentence: str, lexicon: GrammarLexicon) -> list[Token]:
    """Stage 1: tokens with their tags. A capitalised "May" inside a sentence is the month,
    not the modal (unless it follows a full stop, as after "U.S.")."""
    tokens: list[Token] = []
    previous = ""
    scanner = _ASCII_TOKEN if sentence.isascii() else _TOKEN
    for match in scanner.finditer(sentence):
        text = match.group()
        tags = lexicon.token_tags(text)
        if text in _MONTH_MODALS and tokens and not previous.endswith("."):
            tags = frozenset((WORD, CAPITAL))
        elif CAPITAL in tags and _after_dotted_abbreviation(tokens) and text[1:].islower():
            # wire copy capitalises the word after "U.S.": "the U.S. Determines that"
            lowered = lexicon.token_tags(text.lower())
            if lowered & {VERB} or "modals" in lowered:
                tags = lowered
        start, end = match.span()
        tokens.append(Token(text, text.lower(), start, end, tags))
        previous = text
    return tokens


def _after_dotted_abbreviation(tokens: Sequence[Token]) -> bool:
    """Whether the last tokens are an abbreviation with inner stops and its final stop:
    "U.S" and "."."""
    return len(tokens) >= 2 and tokens[-1].text == "." and "." in tokens[-2].text and (
        tokens[-2].end == tokens[-1].start)


# Capitalised words that are months when they are not modals.
_MONTH_MODALS = frozenset(("May",))


def _is_open(token: Token) -> bool:
    return WORD in token.tags and ADVERB not in token.tags


# Tags of auxiliaries and modals, which a verb group reads through its tense.
AUXILIARY = frozenset(("be_forms", "have_forms", "do_forms", "modals"))
_NOT_SUBJECT_BEFORE = frozenset(("determiners", "prepositions", "possessive_pronouns",
                                 "complementizers", "subordinators", "coordinators"))


def _subject_before(tokens: Sequence[Token], index: int, groups_end: int) -> bool:
    """Whether the word before ``index`` can end a subject: a noun, a name or a pronoun,
    and not a determiner, a preposition or a verb."""
    position = index - 1
    while position >= 0 and ADVERB in tokens[position].tags:
        position -= 1
    if position < 0 or position < groups_end:
        return False
    tags = tokens[position].tags
    if DEMONYM in tags:
        # "the Japanese have refused" is a people; "Chinese companies" is a noun phrase
        return position > 0 and tokens[position - 1].lower == "the" and ED in tokens[index].tags
    if "subject_pronouns" in tags or ACTOR in tags:
        return True
    if tags & _NOT_SUBJECT_BEFORE or tags & AUXILIARY:
        return False
    if PUNCT in tags:
        if tokens[position].text == "," and position >= 2 and tokens[position - 1].tags & {
                PUNCT, ACTOR, WORD} and (ED in tokens[index].tags or tokens[index].lower.endswith(
                    "s")):
            return True  # "Rep. Pat Roberts, R-Kan., predicted": after an aside
        return tokens[position].text in (")", '"', "\u201d", "'", "\u2019")
    return WORD in tags or NUM in tags


def _verb_groups(tokens: list[Token], lexicon: GrammarLexicon,
                 verbs: frozenset[int]) -> list[VerbGroup]:
    """Stage 2: verb groups, left to right, each token in at most one group.

    ``verbs`` are token indices that a cue marks as a verb of interest (an action or a
    status verb, a reporting verb...): these head a group after their subject even with
    no auxiliary ("Japan cuts tariffs"). Each kind of group has its recogniser below,
    tried in order at every token; the first that recognises a group there wins.
    """
    groups: list[VerbGroup] = []
    state = _Scan(tokens, lexicon, verbs, groups)  # sees each group as it is appended
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not (WORD in token.tags or token.tags & AUXILIARY or token.lower == "to"
                or index in verbs):
            index += 1  # punctuation, numbers, determiners...: no recogniser starts here
            continue
        group = (_auxiliary_or_infinitive(state, index) or _finite_verb(state, index)
                 or _coordinated_verb(state, index) or _gerund(state, index))
        if group is None:
            index += 1
            continue
        groups.append(group)
        index = group.last + 1
    return groups


@attrs.frozen
class _Scan:
    """What the verb-group recognisers read: the tokens and the groups found so far."""

    tokens: Sequence[Token]
    lexicon: GrammarLexicon
    verbs: frozenset[int]
    groups: list[VerbGroup]

    @property
    def last_end(self) -> int:
        return self.groups[-1].last if self.groups else -1


# Words after which a verb opens a relative clause with its subject gapped ("controls
# that limit sales").
_RELATIVE_WORDS = frozenset(("which", "that", "who"))


def _single(state: _Scan, index: int, tense: Tense, *, passive: bool = False,
            finite: bool = True) -> VerbGroup:
    """A group of one verb (and its particle) with no auxiliary."""
    tokens = state.tokens
    last = _particle(tokens, index, state.lexicon)
    return VerbGroup(first=index, head=index, last=last, start=tokens[index].start,
                     end=tokens[last].end, tense=tense, passive=passive, negated=False,
                     modal=None, finite=finite)


def _auxiliary_or_infinitive(state: _Scan, index: int) -> VerbGroup | None:
    """ "would not have imposed", "is to", "to delay": a group opened by an auxiliary, a
    modal or an infinitive's "to"."""
    tags = state.tokens[index].tags
    infinitive = _starts_infinitive(state, index)
    if not (tags & AUXILIARY or infinitive):
        return None
    return _auxiliary_group(state.tokens, index, state.lexicon, infinitive)


def _starts_infinitive(state: _Scan, index: int) -> bool:
    """ "to" before a verb's base form, not before a noun ("to producers", "to Japan")."""
    tokens = state.tokens
    if tokens[index].lower != "to" or index + 1 >= len(tokens):
        return False
    head = tokens[index + 1]
    if index > 0 and tokens[index - 1].lower in state.lexicon.prepositional_to and not (
            tokens[index - 1].lower in state.lexicon.flow_nouns and VERB in head.tags
            and head.text[:1].islower() and not _plural_shape(head.lower)):
        # "due to current import curbs", "exports to China"; but a known verb after a
        # trade flow opens its purpose: "shipments to avoid sanctions"
        return False
    if head.lower in _INFINITIVE_AUXILIARIES:
        return True  # "for the quotas to be lifted", "is said to have agreed"
    if ADVERB in head.tags and index + 2 < len(tokens) and (
            index + 2 in state.verbs or VERB in tokens[index + 2].tags):
        return True  # "to automatically impose quotas": an adverb splits the infinitive
    if NOUN in head.tags:
        return False  # "led to export controls": a preposition before a measure
    known_verb = VERB in head.tags and head.text[:1].islower()  # "to agree", "to oversee"
    if not (_is_open(head) and (known_verb or _verbal_shape(head, index + 1))
            and _base_form(head.lower)):
        return False
    if head.tags & {CAPITAL, POSSESSIVE, ING} or (ED in head.tags and head.lower not in
                                                  state.lexicon.tags):
        return False  # "the first step to imposing duties": a gerund after a preposition
    if index + 1 in state.verbs or index + 2 >= len(tokens):
        return True
    after = tokens[index + 2]
    # "to producers"? "to vegetable oils"? a plural, or an unknown word before a plural
    # noun, makes a noun phrase; a known verb before one is an infinitive ("to impose
    # tariffs")
    return not (_is_open(after) and index + 2 not in state.verbs and ING not in head.tags
                and (_plural_shape(head.lower)
                     or (_plural_shape(after.lower) and VERB not in head.tags)))


# Auxiliaries whose base form an infinitive's "to" opens: "to be lifted", "to have agreed".
_INFINITIVE_AUXILIARIES = frozenset(("be", "have"))


def _plural_shape(word: str) -> bool:
    """Ends like a plural noun: "tariffs", "duties", not "discuss", "focus" or "basis"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _listed_infinitive(state: _Scan, index: int) -> bool:
    """A base form right after a comma that follows an infinitive and its object: the
    next infinitive of a list ("to boost demand, cut duties"), not a past form ("to cut
    tariffs, said an official")."""
    tokens = state.tokens
    token = tokens[index]
    return index > 0 and tokens[index - 1].text == "," and bool(state.groups) and (
        state.groups[-1].tense is Tense.INFINITIVE) and (
        ED not in token.tags or token.lower in state.lexicon.verb_bases) and (
        token.lower not in state.lexicon.past_only)


def _object_of_infinitive(state: _Scan, index: int) -> bool:
    """A word right after an infinitive and one modifier that is no name, pronoun or
    plural: the head of the infinitive's object ("to boost domestic demand"), not a verb
    with a subject of its own ("to see prices rise")."""
    tokens = state.tokens
    if not state.groups or state.groups[-1].tense is not Tense.INFINITIVE or (
            state.last_end != index - 2):
        return False
    modifier = tokens[index - 1]
    return _is_open(modifier) and not modifier.tags & {
        ACTOR, CAPITAL, "subject_pronouns", "object_pronouns", NUM} and not _plural_shape(
        modifier.lower)


def _finite_verb(state: _Scan, index: int) -> VerbGroup | None:
    """A verb with no auxiliary after its subject: "Washington threatened", "Commerce
    determines", "Japan cuts tariffs"; or a participle after a noun: "duties imposed by"."""
    tokens = state.tokens
    token = tokens[index]
    tags = token.tags
    if not _is_open(token) or tags & {POSSESSIVE, NOUN} or _after_owner(tokens, index, state):
        return None
    verbal = index in state.verbs or ED in tags or VERB in tags or _present_after_name(
        tokens, index)
    if verbal and index > 1 and tokens[index - 1].lower in _RELATIVE_WORDS and (
            tokens[index - 2].tags & {WORD, NOUN, ACTOR, PUNCT}):
        # "controls that limit sales", "duties, which rose": the relative's gapped subject
        return _single(state, index, Tense.PAST if ED in tags else Tense.PRESENT)
    if index in state.verbs and index >= 2 and "object_pronouns" in tokens[index - 1].tags and (
            state.last_end == index - 2) and "subject_pronouns" not in tokens[index - 1].tags:
        # "help them avoid the tariffs", "let us lift": a bare infinitive after an object
        return _single(state, index, Tense.INFINITIVE, finite=False)
    if not verbal or not _subject_before(tokens, index, state.last_end + 1):
        return None
    if _object_of_infinitive(state, index) or _listed_infinitive(state, index):
        # "to boost domestic demand, cut duties": the infinitive's object, and the next
        # infinitive of its list, not verbs with subjects of their own
        return None
    if ED not in tags and _plural_shape(token.lower) and index + 1 < len(tokens) and (
            tokens[index + 1].tags & AUXILIARY) and not tokens[index - 1].tags & {
            ACTOR, CAPITAL, "subject_pronouns"}:
        return None  # "the quota talks will resume": a noun before the verb group
    if VERB in tags and index not in state.verbs and ED not in tags and not _object_follows(
            tokens, index) and not _present_after_name(tokens, index):
        return None  # "steel imports fell": a noun; but "Sri Lanka now depends on" a verb
    if ED not in tags and ING not in tags and not token.lower.endswith("s") and index >= 2 and (
            tokens[index - 2].lower in _SINGULAR_DETERMINERS):
        return None  # "a Republican push in Congress": a singular subject would say "pushes"
    if ED not in tags and ING not in tags and not token.lower.endswith("s") and (
            _determined_name_before(tokens, index)
            or _singular_phrase_before(tokens, index, state.lexicon)):
        return None  # "the EC levy on oils", "a sugar quota increase": one thing would say
        # "levies", "increases"; a noun
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    before = tokens[index - 1]
    acting = bool(before.tags & {ACTOR, "subject_pronouns", CAPITAL})
    # "the pact with Chile related to tariffs": a topic's participle even after a name
    topic = token.lower in state.lexicon.topic_participles and after is not None and (
        "prepositions" in after.tags)
    participle = topic or (ED in tags and after is not None and not acting and (
        token.lower not in state.lexicon.past_only) and (
        after.lower == "by"
        or ("prepositions" in after.tags and (
            index not in state.verbs or token.lower in state.lexicon.purpose_participles))))
    known = index in state.verbs or VERB in tags
    if (not known and ED in tags and after is not None and _is_open(after) and not participle
            and (token.lower in state.lexicon.participle_adjectives
                 or not before.tags & {ACTOR, "subject_pronouns", CAPITAL})):
        # "U.S. advanced industries", "alloy steel threaded rod": an adjective before its
        # noun; an unknown -ed word takes a bare noun as object only after a name
        return None
    if participle:
        return _single(state, index, Tense.PARTICIPLE, passive=True, finite=False)
    if ING in tags and token.lower not in state.lexicon.verb_bases:
        # "Lawson urging him to oppose": an -ing word with no auxiliary is never finite;
        # after a determiner it is a noun ("the ICO meeting to agree", "a symbolic easing
        # of") when what follows fits a noun; otherwise a participle ("the redetermination
        # pertaining to the review", "the Chancellor urging him to")
        if _determiner_opens_phrase(tokens, index, state.last_end) and _noun_follows_ing(
                tokens, index):
            return None
        return _single(state, index, Tense.GERUND, finite=False)
    return _single(state, index, Tense.PAST if ED in tags else Tense.PRESENT)


def _singular_phrase_before(tokens: Sequence[Token], index: int,
                            lexicon: GrammarLexicon) -> bool:
    """A compound head in the singular ("increase", "cut": see ``compound_heads``) after a
    singular noun in a phrase an article opens ("a sugar quota increase", "the tariff
    cut"): a subject so named would take a verb in "-s", so the bare form heads the
    compound. Only those heads: a collective noun may take a plural verb ("the union
    oppose")."""
    if tokens[index].lower + "s" not in lexicon.compound_heads:
        return False
    before = tokens[index - 1] if index >= 1 else None
    if before is None or WORD not in before.tags or _plural_shape(before.lower) or (
            before.tags & {ACTOR, CAPITAL, ADVERB, "subject_pronouns", "object_pronouns",
                           "prepositions", "determiners"}):
        return False
    for position in range(index - 2, max(-1, index - 2 - _COMPOUND_TOKENS), -1):
        token = tokens[position]
        if token.lower in _ARTICLES:
            # not after "that", where a bare verb is a demand's ("asked that the
            # administration offer wheat"), nor inside a preposition's phrase
            return position == 0 or not tokens[position - 1].tags & {
                "prepositions", "complementizers"}
        if WORD not in token.tags or token.tags & {"prepositions", PUNCT}:
            return False
    return False


# How many tokens before a compound's last noun its article is looked for in (the article
# itself counted): "a sugar quota increase" holds one word between.
_COMPOUND_TOKENS = 3


def _determined_name_before(tokens: Sequence[Token], index: int) -> bool:
    """A name right before ``index`` that a determiner opens ("the EC", "the U.S.", "a
    European Community"): a subject so named would take a verb in "-s", so a bare form
    after it is a noun of the phrase."""
    position = index - 1
    while position >= 0 and ACTOR in tokens[position].tags:
        position -= 1
    # only the articles: "that" may open a clause ("demanded that Japan lift the quotas");
    # and not inside a preposition's phrase, whose verb agrees with the noun before it
    # ("Products of the European Union face tariffs")
    return position < index - 1 and position >= 0 and tokens[position].lower in _ARTICLES and (
        position == 0 or "prepositions" not in tokens[position - 1].tags)


# Words that open a noun phrase and nothing else.
_ARTICLES = frozenset(("the", "a", "an"))


# Determiners of one thing: a bare present form two words after one has a singular
# subject, with which it cannot agree, so it is a noun ("a Republican push").
_SINGULAR_DETERMINERS = frozenset(("a", "an", "another", "each", "every"))


def _after_owner(tokens: Sequence[Token], index: int, state: _Scan) -> bool:
    """The word after a possessive is its noun ("Lima's moves", "Japan's exports"), unless
    the "'s" is a contraction of "is" or "has" ("it's", "that's set to", "there's")."""
    if index == 0 or POSSESSIVE not in tokens[index - 1].tags:
        return False
    owner = tokens[index - 1].lower
    if not owner.endswith(_CONTRACTED_S):
        return True  # "producers' exports": only "'s" can stand for "is" or "has"
    stem = owner[:-len("'s")]
    return bool(stem) and stem not in _CONTRACTING_WORDS and not state.lexicon.token_tags(
        stem) & {"subject_pronouns", "relativizers", "complementizers", "determiners", ADVERB}


# Words whose "'s" is "is" or "has" and that no word list holds: "what's next".
_CONTRACTING_WORDS = frozenset(("what", "how", "let"))
# The endings of a possessive that may be a contraction.
_CONTRACTED_S = ("'s", "\u2019s")


def _coordinated_verb(state: _Scan, index: int) -> VerbGroup | None:
    """ "might boost sentiment and lead to curbs": a bare verb after "and" shares the
    tense and modal of the verb group before it."""
    tokens = state.tokens
    token = tokens[index]
    if not state.groups or index < 2 or not _is_open(token) or token.tags & {CAPITAL,
                                                                              POSSESSIVE}:
        return None
    previous = state.groups[-1]
    # "to boost demand, increase imports and give aid": a list of infinitives goes on
    # after a comma too
    listed = _listed_infinitive(state, index)
    if "coordinators" not in tokens[index - 1].tags and not listed:
        return None
    if previous.tense not in _SHARED_TENSES:
        # "dismantled the framework and reimposed sanctions": a second finite verb of the
        # same subject, in its own tense
        if previous.finite and (ED in token.tags or VERB in token.tags) and (
                _object_follows(tokens, index) or _cue_verb_with_object(state, index)
                or token.lower in state.lexicon.past_only  # "and spoke about"
        ) and index - state.last_end <= _COORDINATION_REACH and not any(
                t.text in (";", ":") for t in tokens[state.last_end + 1:index]):
            return _single(state, index, Tense.PAST if ED in token.tags else Tense.PRESENT)
        return None
    if index - state.last_end > _COORDINATION_REACH or any(
            t.text in (";", ":", ",") for t in tokens[state.last_end + 1:index - listed]):
        return None
    if not _looks_verbal(tokens, index, state.verbs):
        return None
    last = _particle(tokens, index, state.lexicon)
    return attrs.evolve(previous, first=index, head=index, last=last, start=token.start,
                        end=tokens[last].end, passive=False, negated=False)


def _gerund(state: _Scan, index: int) -> VerbGroup | None:
    """ "by limiting exports", "will involve eliminating tariffs", "with Iran defying
    sanctions", "by further restricting": an -ing verb after a preposition, a subordinator,
    a comma or dash, another verb, or a name (its subject)."""
    tokens = state.tokens
    tags = tokens[index].tags
    if ING not in tags or not (index in state.verbs or VERB in tags) or index == 0:
        return None
    # adverbs between a preposition of means and its gerund still leave it a gerund: "by
    # further restricting" (not after other words: "on not imposing", "of only adopting")
    opener = index - 1
    while opener > 0 and ADVERB in tokens[opener].tags and NEGATION not in tokens[
            opener].tags and opener > state.last_end:
        opener -= 1
    if opener != index - 1 and tokens[opener].lower not in state.lexicon.means_prepositions:
        opener = index - 1
    before = tokens[opener]
    if not (before.tags & {"prepositions", "subordinators", ACTOR}
            or before.text in (",", "\u2014", "\u2013", "-")
            or state.last_end == opener):
        return None
    return _single(state, index, Tense.GERUND, finite=False)


def _noun_follows_ing(tokens: Sequence[Token], index: int) -> bool:
    """What follows an -ing word fits a noun: "of", the end of a phrase, the verb the
    noun is subject of ("the ruling will"), or an infinitive ("the meeting to agree")."""
    if index + 1 >= len(tokens):
        return True
    following = tokens[index + 1]
    if following.lower == "of" or following.tags & (AUXILIARY | {PUNCT}):
        return True
    return following.lower == "to" and index + 2 < len(tokens) and (
        VERB in tokens[index + 2].tags)


def _determiner_opens_phrase(tokens: Sequence[Token], index: int, last_group: int) -> bool:
    """Whether a determiner stands a few words before ``index`` with only names and open
    words between: "the ICO meeting", "a symbolic easing"; not past a verb group."""
    position = index - 1
    while position > last_group and index - position <= _NOUN_PHRASE_WORDS:
        tags = tokens[position].tags
        if tags & {"determiners", "possessive_pronouns", POSSESSIVE}:
            return True
        if not (tags & {ACTOR, CAPITAL} or _is_open(tokens[position])
                or tokens[position].text in _ASIDE_BRACKETS):
            return False
        position -= 1
    return False


# Brackets of a short aside inside a noun phrase: "the Organisation (ICO) meeting".
_ASIDE_BRACKETS = frozenset(("(", ")"))


# Tokens a determiner may stand before a noun it opens ("the Coffee Organisation (ICO)
# meeting").
_NOUN_PHRASE_WORDS = 8


def _present_after_name(tokens: Sequence[Token], index: int) -> bool:
    """A present-tense verb after a name or a pronoun: "Commerce determines", "it amends".

    Only after a jurisdiction, a pronoun or a bracket closing an aside, where a plural noun
    cannot stand ("steel imports" is a noun after a noun).
    """
    lower = tokens[index].lower
    if not lower.endswith("s") or lower.endswith(("ss", "us", "is")) or CAPITAL in tokens[
            index].tags or index == 0:
        return False
    position = index - 1
    while position > 0 and ADVERB in tokens[position].tags:
        position -= 1  # "Sri Lanka now depends heavily on"
    before = tokens[position]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    # "U.S. controls to chips", "Chinese companies to": after an abbreviation or a demonym
    # a plural noun is likelier than a verb
    if DEMONYM in before.tags:
        return False
    abbreviation = before.text.replace(".", "").isupper()
    return (bool(before.tags & {ACTOR, "subject_pronouns"}) or before.text == ")") and (
        after is not None and (bool(after.tags & {"determiners", "complementizers", NUM,
                                                  "object_pronouns", ADVERB})
                               or (after.lower == "to" and not abbreviation)))


# How far after a verb group a coordinated bare verb may stand.
_COORDINATION_REACH = 12


def _cue_verb_with_object(state: _Scan, index: int) -> bool:
    """A past form the cues know as a verb, before an open word: "and reimposed sweeping
    sanctions" is a second verb, whatever adjective opens its object."""
    tokens = state.tokens
    return index in state.verbs and ED in tokens[index].tags and index + 1 < len(tokens) and (
        _is_open(tokens[index + 1]))


def _object_follows(tokens: Sequence[Token], index: int) -> bool:
    """What follows a present-tense verb of the lexicon: its object or complement ("curbs
    exports", "says that", "plans to"), not another noun of a compound ("export curbs")."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or POSSESSIVE in tokens[index].tags:
        return False
    position = index - 1
    while position > 0 and ADVERB in tokens[position].tags:
        position -= 1  # "the rules further restrict": the subject stands before the adverb
    before = tokens[position]
    # an adverb never sits inside a compound noun: "industry also subsidises" is a verb
    clear_subject = bool(before.tags & {ACTOR, "subject_pronouns", CAPITAL}) or (
        before.text == ")") or (position < index - 1 and WORD in before.tags)
    if after.tags & {"determiners", "object_pronouns", "complementizers", NUM}:
        return True
    if ACTOR in after.tags and WORD in before.tags:
        return True  # "the rule extends U.S. controls"
    return clear_subject and bool(after.tags & {ACTOR, ADVERB, WORD} or after.lower == "to")


def _looks_verbal(tokens: Sequence[Token], index: int, verbs: frozenset[int]) -> bool:
    """A word after "and" that is a verb, not a coordinated noun: a cue verb, or one
    followed by its object or by "to"."""
    if index in verbs or VERB in tokens[index].tags:
        return True
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return after is not None and (bool(after.tags & {"determiners", "object_pronouns"}) or (
        after.lower == "to" and index + 2 < len(tokens) and _is_open(tokens[index + 2])))


# Tenses that a bare verb coordinated with a verb group shares ("will impose duties and
# restrict exports").
_SHARED_TENSES = frozenset((Tense.FUTURE, Tense.POSSIBLE, Tense.CONDITIONAL, Tense.OBLIGATION,
                            Tense.INFINITIVE))


def _particle(tokens: Sequence[Token], head: int, lexicon: GrammarLexicon) -> int:
    """The index of the last word of a verb: its particle when one follows ("head off")."""
    if head + 1 < len(tokens) and tokens[head + 1].lower in lexicon.particles and not (
        head + 2 < len(tokens) and tokens[head + 2].lower in ("of", "to", "from")
        and tokens[head + 1].lower in ("out", "off")
        and tokens[head].lower not in ("head", "ward", "stave", "fend", "phase", "phased")
    ):
        return head + 1
    return head


def _auxiliary_group(tokens: Sequence[Token], first: int, lexicon: GrammarLexicon,
                     infinitive: bool) -> VerbGroup | None:
    """A verb group opened by an auxiliary, a modal or "to": "would not have imposed"."""
    count = len(tokens)
    index = first + 1 if infinitive else first
    modal: str | None = None
    negated = False
    have = be = do = False
    have_at = last_auxiliary = first
    while index < count:
        token = tokens[index]
        tags = token.tags
        if "modals" in tags:
            modal = modal or token.lower
        elif "have_forms" in tags:
            have = True
            have_at = index
        elif "be_forms" in tags:
            be = True
        elif "do_forms" in tags:
            do = True
        elif NEGATION in tags or token.lower in ("not", "never"):
            negated = True
        elif ADVERB in tags and index + 1 < count:
            pass
        elif token.lower == "to" and (modal or be or have) and index + 1 < count and (
                _is_open(tokens[index + 1])
                or tokens[index + 1].lower in _INFINITIVE_AUXILIARIES):
            # "is to impose", "have to", "ought to", "is set to" read through to the verb,
            # and "are likely to be lifted" to the participle
            pass
        elif token.text == "," and (modal or be or have) and (
                close := _aside_before_participle(tokens, index)) is not None:
            index = close + 1  # "has, as of April, banned": the aside is read through
            continue
        else:
            break
        if NEGATION in tags:
            negated = True
        last_auxiliary = index
        index += 1
    head = index
    if have and not be and head < count and ED not in tokens[head].tags:
        # "have" with no participle after it is the verb itself: "to have dealings with",
        # "they have tariffs on steel"
        head = last = have_at
        head_tags = tokens[head].tags
        have = False  # the verb itself: no perfect ("would have tariffs" is a modal)
    elif head < count and _is_open(tokens[head]) and POSSESSIVE not in tokens[head].tags and not (
        CAPITAL in tokens[head].tags and not infinitive and not (be or have or do or modal)
    ):
        last = _particle(tokens, head, lexicon)
        head_tags = tokens[head].tags
    elif infinitive:
        return None
    else:
        # a copula or an auxiliary with no verb after it: "is in place", "did so"
        head = last = last_auxiliary
        head_tags = tokens[head].tags
    passive = be and ED in head_tags and head != last_auxiliary
    tense = _tense(tokens, first, head, modal, have, be, infinitive, lexicon)
    return VerbGroup(first=first, head=head, last=last, start=tokens[first].start,
                     end=tokens[last].end, tense=tense, passive=passive,
                     negated=negated or bool(do and negated), modal=modal,
                     finite=not infinitive)


def _aside_before_participle(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma closing a short aside after an auxiliary, when a participle follows it
    (past adverbs): "has, as of late April 2022, progressively banned". None otherwise.
    The aside may be a second auxiliary sharing the participle: "are not being, or are not
    likely to be, sold"."""
    for close in range(comma + 1, min(len(tokens), comma + _ASIDE_TOKENS + 1)):
        token = tokens[close]
        if token.text in (";", ":", "(", ")") or (
                "coordinators" in token.tags and close != comma + 1):
            return None
        if token.text != ",":
            continue
        after = close + 1
        while after < len(tokens) and ADVERB in tokens[after].tags:
            after += 1
        return close if after < len(tokens) and ED in tokens[after].tags and _is_open(
            tokens[after]) else None
    return None


# The longest aside read through between an auxiliary and its participle.
_ASIDE_TOKENS = 8


def _tense(tokens: Sequence[Token], first: int, head: int, modal: str | None, have: bool,
           be: bool, infinitive: bool, lexicon: GrammarLexicon) -> Tense:
    if infinitive:
        return Tense.INFINITIVE
    if modal is not None:
        if have and modal in (lexicon.conditional | lexicon.possibility):
            return Tense.COUNTERFACTUAL
        if modal in lexicon.future:
            return Tense.FUTURE
        if modal in lexicon.possibility:
            return Tense.POSSIBLE
        if modal in lexicon.obligation:
            return Tense.OBLIGATION
        return Tense.CONDITIONAL
    words = [t.lower for t in tokens[first:head + 1]]
    if be and "to" in words:
        return Tense.FUTURE  # "is to impose", "are set to" is read by the status cues
    if any(w in ("was", "were", "had", "did", "been") for w in words) or (
        have and ED in tokens[head].tags
    ):
        return Tense.PAST
    if ED in tokens[head].tags and not be:
        return Tense.PAST
    return Tense.PRESENT


# "what sanctions, if any, should be taken": an aside, no condition.
_ASIDE_AFTER_IF = frozenset(("any", "ever", "anything", "anyone", "at"))


def _aside_if(tokens: Sequence[Token], index: int) -> bool:
    """ "if any", "if ever", "if at all": a hedge inside the clause, not a conditional."""
    return tokens[index].lower == "if" and index + 1 < len(tokens) and (
        tokens[index + 1].lower in _ASIDE_AFTER_IF) and (
        tokens[index + 1].lower != "at"
        or (index + 2 < len(tokens) and tokens[index + 2].lower == "all"))


def _clauses(tokens: list[Token], groups: list[VerbGroup],
             lexicon: GrammarLexicon) -> list[Clause]:
    """Stage 3: clause boundaries and kinds, one pass over the tokens."""
    group_heads = {g.first: g for g in groups}
    group_tokens: set[int] = set()
    for g in groups:
        group_tokens.update(range(g.first, g.last + 1))
    clauses: list[Clause] = []
    first = 0
    kind = ClauseKind.MAIN
    marker = ""
    parent: int | None = None
    main_index: int | None = None
    in_quote = False
    in_bracket = False
    skipped_quotes: set[int] = set()

    def close(at: int) -> None:
        nonlocal main_index
        if at > first:
            clauses.append(Clause(first, at, kind, marker, parent))
            if kind is ClauseKind.MAIN:
                main_index = len(clauses) - 1

    for index, token in enumerate(tokens):
        text = token.text
        new_kind: ClauseKind | None = None
        new_marker = ""
        if text in "([" and _short_aside(tokens, index, group_tokens):
            continue  # "the European Community (EC)": an aside inside the clause
        if text in ")]" and kind is not ClauseKind.PARENTHETICAL:
            continue
        if text in _HARD_PUNCTUATION:
            if text in "([":
                new_kind, in_bracket = ClauseKind.PARENTHETICAL, True
            elif text in ")]":
                new_kind, in_bracket = ClauseKind.MAIN, False
            else:
                new_kind = ClauseKind.MAIN
        elif index in skipped_quotes:
            continue
        elif text in _QUOTES and _scare_quote(tokens, index, group_tokens, in_quote):
            # 'the "superfund" tax': a quoted word inside the clause, and its closing mark
            skipped_quotes.update(p for p in range(index + 1, min(len(tokens),
                                                                  index + _SCARE_QUOTE_TOKENS))
                                  if tokens[p].text in _QUOTES)
            continue
        elif text in _QUOTES:
            in_quote = not in_quote if text == '"' else text == "\u201c"
            new_kind = ClauseKind.PARENTHETICAL if in_quote else ClauseKind.MAIN
        elif token.lower in lexicon.conditional_subordinators and token.lower != "should" and (
                not _aside_if(tokens, index)):
            new_kind, new_marker = ClauseKind.CONDITIONAL, token.lower
        elif inverted_condition(tokens, index):
            # "Should Washington impose tariffs, Beijing would retaliate": "if" inverted
            new_kind, new_marker = ClauseKind.CONDITIONAL, "should"
        elif "subordinators" in token.tags and index not in group_tokens and not (
            _aside_if(tokens, index)) and not (
            token.lower in ("since", "after", "before", "until", "so", "once")
            and index + 1 < len(tokens) and NUM in tokens[index + 1].tags
        ) and not (token.lower == "so" and index + 1 < len(tokens)
                   and tokens[index + 1].lower in ("far", "much", "many")):
            if token.lower == "whether":
                new_kind, new_marker = ClauseKind.COMPLEMENT, token.lower
            elif index + 1 < len(tokens) and index + 1 not in group_heads and not _clause_follows(
                    tokens, index + 1, group_heads):
                new_kind = None  # "after talks", "before the deadline": a phrase, no clause
            else:
                new_kind, new_marker = ClauseKind.SUBORDINATE, token.lower
        elif token.lower in lexicon.clause_prepositions and _opens_clause(
                tokens, index, group_heads):
            new_kind, new_marker = ClauseKind.SUBORDINATE, token.lower
        elif "relativizers" in token.tags and index > 0 and (
                token.lower != "where" or tokens[index - 1].text == ","):
            # "where" opens a clause after a comma ("the EU and the UK, where duty-free
            # access remains"); elsewhere it is often a question word inside the clause
            new_kind, new_marker = ClauseKind.RELATIVE, token.lower
        elif token.lower == "that" and index > 0:
            before = tokens[index - 1]
            if (index - 1) in group_tokens:
                new_kind, new_marker = ClauseKind.COMPLEMENT, "that"
            elif "coordinators" in before.tags and kind in (
                    ClauseKind.COMPLEMENT, ClauseKind.RELATIVE) and marker == "that":
                # "said that he did not foresee a war but that Washington had to act": a
                # second complement of the same verb (or of the same noun: "statements that")
                new_kind, new_marker = kind, COORDINATED_COMPLEMENT
            elif "coordinators" in before.tags and index >= 2 and tokens[index - 2].text != (
                    ",") and index + 1 < len(tokens) and index + 1 not in group_heads and (
                    _clause_follows(tokens, index + 1, group_heads)) and _has_group(
                    group_heads, first, index):
                # "said he did not foresee a war but that Washington had to act": the first
                # complement had no "that"; this one hangs from the clause's first verb
                new_kind, new_marker = ClauseKind.COMPLEMENT, COORDINATED_COMPLEMENT
            elif index + 1 < len(tokens) and index + 1 not in group_heads and _told_before(
                    tokens, group_heads, first, index, lexicon) and _clause_follows(
                    tokens, index + 1, group_heads):
                # "told reporters that Washington would lift the duties": what was told
                new_kind, new_marker = ClauseKind.COMPLEMENT, "that"
            elif (before.lower in _TIME_WORDS or NUM in before.tags) and index + 1 < len(
                    tokens) and index + 1 not in group_heads and _finite_before(
                    group_heads, first, index) and _clause_follows(tokens, index + 1,
                                                                   group_heads):
                # "said on Tuesday that it would lift the ban": a day or a date takes no
                # relative clause; "that" with a subject after it opens what the verb
                # before it says ("imposed last year that hit steel" is relative)
                new_kind, new_marker = ClauseKind.COMPLEMENT, "that"
            elif before.lower in lexicon.content_nouns and index + 1 < len(tokens) and (
                    _clause_follows(tokens, index + 1, group_heads)) and _complete_clause(
                    tokens, index, groups):
                # "denied reports that Washington would offer": what the reports say, a
                # complement of the noun, not a relative clause on it
                new_kind, new_marker = ClauseKind.COMPLEMENT, "that"
            elif (_is_open(before) or ACTOR in before.tags or before.text == ",") and (
                    index + 1 < len(tokens) and (index + 1 in group_heads or _clause_follows(
                        tokens, index + 1, group_heads))):
                new_kind, new_marker = ClauseKind.RELATIVE, "that"
        elif text == "," and index + 1 < len(tokens):
            following = tokens[index + 1]
            if "coordinators" in following.tags and following.lower != "&" and _clause_follows(
                    tokens, index + 2, group_heads) and _has_group(group_heads, first, index):
                # ", and" joins two clauses only after a verb: with none yet, it ends a list
                # of subjects ("Implementation of a program, a tightening of its rules, and
                # reconstitution of farms are possibilities")
                new_kind = ClauseKind.MAIN
            elif kind in (ClauseKind.CONDITIONAL, ClauseKind.SUBORDINATE) and (
                    clauses == [] or clauses[-1].kind is not ClauseKind.MAIN
                    or not _has_group(group_heads, clauses[-1].first, clauses[-1].last)
            ) and _clause_follows(tokens, index + 1, group_heads) and (_has_group(
                    group_heads, first, index) or (kind is ClauseKind.CONDITIONAL
                                                   and index - first <= _SHORT_CONDITION)):
                # "If Tokyo does not act, Washington will impose", also after an opening
                # adverb with no verb of its own ("However, if ..., Moscow would buy"); a
                # short condition whose verb the lexicon does not know ends at its comma
                # too ("If China retaliates, Washington will impose")
                new_kind = ClauseKind.MAIN
        if new_kind is None:
            continue
        close(index)
        first = index
        kind = new_kind
        marker = new_marker
        if new_kind is ClauseKind.MAIN and not in_quote and not in_bracket:
            parent = None
        elif new_marker == COORDINATED_COMPLEMENT:
            # the sibling's parent, not the sibling; or the clause whose verb takes both
            parent = clauses[-1].parent if clauses[-1].marker == "that" or (
                clauses[-1].marker == COORDINATED_COMPLEMENT) else len(clauses) - 1
        else:
            parent = len(clauses) - 1 if clauses else None
            if new_kind is ClauseKind.COMPLEMENT and main_index is not None:
                parent = len(clauses) - 1
    close(len(tokens))
    if not clauses:
        clauses.append(Clause(0, len(tokens), ClauseKind.MAIN, "", None))
    return clauses


# The most tokens of an "if" clause that ends at a comma before a clause even when none of
# its words is a known verb: "If China retaliates," "If prices fall further next month,".
_SHORT_CONDITION = 8

# Words of time after which "that" opens a verb's complement, never a relative clause.
_TIME_WORDS = frozenset(word.lower() for word in CALENDAR_WORDS) | frozenset((
    "today", "yesterday", "tonight", "week", "weekend", "month", "year", "morning",
    "afternoon", "evening", "night"))


def inverted_condition(tokens: Sequence[Token], index: int) -> bool:
    """ "Should" opening a clause before its subject states a condition, as "if" does:
    "Should Washington impose tariffs, ...", "though should Trump choose to ...". Its
    subject is a name, a pronoun or a determiner's noun, and a comma later closes it."""
    if tokens[index].lower != "should" or index + 1 >= len(tokens):
        return False
    before = tokens[index - 1] if index > 0 else None
    if before is not None and not (before.text in (",", "-", "\u2013", "\u2014", "(")
                                   or before.tags & {"subordinators", "coordinators"}):
        return False
    subject = tokens[index + 1]
    return bool(subject.tags & {ACTOR, CAPITAL, "subject_pronouns", "determiners"}) and any(
        t.text == "," for t in tokens[index + 2:])


def _complete_clause(tokens: Sequence[Token], that: int, groups: Sequence[VerbGroup]) -> bool:
    """Whether the clause after "that" lacks no object: its first verb is passive or takes
    one ("reports that Tokyo would lift the ban"), unlike a relative clause whose object
    is the noun before it ("the reports that Tokyo published")."""
    group = next((g for g in groups if g.first > that), None)
    if group is None or group.first - that > _CONTENT_SUBJECT_TOKENS:
        return False
    if group.passive:
        return True
    after = group.last + 1
    return after < len(tokens) and bool(tokens[after].tags & {
        WORD, ACTOR, NUM, "determiners", "object_pronouns", "possessive_pronouns"}) and not (
        tokens[after].tags & {"prepositions", PUNCT})


# Words between "that" and the first verb of the clause it opens ("that the Reagan
# administration will").
_CONTENT_SUBJECT_TOKENS = 8


def _short_aside(tokens: Sequence[Token], index: int, group_tokens: set[int],
                 closing: tuple[str, ...] = (")", "]"),
                 reach: int = BRACKET_ASIDE_TOKENS) -> bool:
    """A bracket that closes within a few tokens and holds no verb: "(EC)", "(Burma)"."""
    for position in range(index + 1, min(len(tokens), index + reach)):
        if tokens[position].text in closing:
            return True
        if position in group_tokens:
            return False
    return False


def _scare_quote(tokens: Sequence[Token], index: int, group_tokens: set[int],
                 in_quote: bool) -> bool:
    """A quotation mark around a few words with no verb ('the "superfund" tax'), or the
    closing one of such a pair: it neither opens nor closes a clause."""
    text = tokens[index].text
    if text == "\u201d" or (text == '"' and in_quote):
        # a closing mark: scare quotes when its opening mark is a few words back
        for position in range(index - 1, max(-1, index - _SCARE_QUOTE_TOKENS), -1):
            if tokens[position].text in ('"', "\u201c"):
                return not any(p in group_tokens for p in range(position, index))
        return False
    return _short_aside(tokens, index, group_tokens, closing=('"', "\u201d"),
                        reach=_SCARE_QUOTE_TOKENS)


def _has_group(group_heads: Mapping[int, VerbGroup], first: int, last: int) -> bool:
    return any(first <= index < last for index in group_heads)


def _told_before(tokens: Sequence[Token], group_heads: Mapping[int, VerbGroup], first: int,
                 that: int, lexicon: GrammarLexicon) -> bool:
    """The last verb before ``that`` tells someone, and only its hearer stands between:
    "told reporters", "assured the Senate committee"."""
    starts = [index for index in group_heads if first <= index < that]
    if not starts:
        return False
    group = group_heads[max(starts)]
    if tokens[group.head].lower not in lexicon.telling_verbs:
        return False
    hearer = range(group.last + 1, that)
    return 0 < len(hearer) <= _HEARER_TOKENS and not any(
        tokens[p].tags & {PUNCT, "prepositions"} for p in hearer)


# The most tokens of a hearer between a verb of telling and "that": "the Senate committee".
_HEARER_TOKENS = 5


def _finite_before(group_heads: Mapping[int, VerbGroup], first: int, last: int) -> bool:
    """Whether the last verb group in ``[first, last)`` is finite ("said on Tuesday"), not
    a participle ("duties imposed last year")."""
    starts = [index for index in group_heads if first <= index < last]
    return bool(starts) and group_heads[max(starts)].finite


def _opens_clause(tokens: Sequence[Token], index: int,
                  group_heads: Mapping[int, VerbGroup]) -> bool:
    """ "as markets rallied", "as Ottawa weighed a reply": a preposition opening a clause,
    with a subject of one or two words and then its verb. Not "such as", "as well as" or
    "as a result"."""
    if index > 0 and tokens[index - 1].lower in _AS_PHRASES:
        return False
    for length in (1, 2):
        head = index + 1 + length
        subject = tokens[index + 1:head]
        if head in group_heads and len(subject) == length and all(
                t.tags & {WORD, ACTOR, "subject_pronouns"} and not t.tags & {
                    "determiners", NUM, PUNCT} for t in subject):
            return True
    return False


# Words before "as" that make it part of a phrase: "such as", "as well as", "so as to".
_AS_PHRASES = frozenset(("such", "well", "so", "same", "as", "just", "known", "regarded",
                         "seen", "acting", "serve", "serves", "served"))


def _clause_follows(tokens: Sequence[Token], index: int,
                    group_heads: Mapping[int, VerbGroup]) -> bool:
    """Whether a verb group starts within a few words of ``index``: a clause, not a phrase.
    An aside between dashes or brackets does not count ("before the tariffs of 100 per
    cent - up from five per cent - are to take effect")."""
    words = 0
    position = index
    aside: str | None = None
    while position < len(tokens) and words < _CLAUSE_WORDS:
        text = tokens[position].text
        if aside is not None:
            if text == aside:
                aside = None
        elif text in _ASIDE_OPENERS and position > index:
            aside = _ASIDE_OPENERS[text]
        elif position in group_heads:
            return True
        elif text in (",", ";", ":"):
            return False
        else:
            words += 1
        position += 1
        if aside is not None and position - index > _CLAUSE_WORDS + _ASIDE_TOKENS:
            return False
    return False


# How many words a subject may hold before its verb for a subordinator to open a clause.
_CLAUSE_WORDS = 7
# The marks that open an aside, with the mark that closes it.
_ASIDE_OPENERS = {"-": "-", "\u2013": "\u2013", "\u2014": "\u2014", "(": ")"}


def analyse(sentence: str, lexicon: GrammarLexicon,
            verb_spans: Sequence[tuple[int, int]] = (),
            actor_spans: Sequence[tuple[int, int]] = (),
            figure_spans: Sequence[tuple[int, int]] = (),
            demonym_spans: Sequence[tuple[int, int]] = (),
            noun_spans: Sequence[tuple[int, int]] = ()) -> SentenceModel:
    """The clause model of one sentence.

    ``verb_spans`` are character spans of cue words that are verbs when they stand after a
    subject (action, status and reporting verbs); ``actor_spans`` are where the gazetteer
    found jurisdictions, so that "Washington threatened" reads as subject and verb, and
    ``demonym_spans`` those of them that are peoples' adjectives ("Chinese"), which
    qualify a noun; ``figure_spans`` are magnitudes, whose words ("up to", "no less than")
    are one noun phrase; ``noun_spans`` are measure nouns the rules found ("export
    controls"), which are never verbs.

    >>> from policymeasures.registry import default_rules
    >>> lexicon = GrammarLexicon(default_rules().cues)
    >>> model = analyse("Japan said it would not impose tariffs.", lexicon)
    >>> [(model.sentence[g.start:g.end], g.tense.value, g.negated) for g in model.groups]
    [('said', 'past', False), ('would not impose', 'conditional', True)]
    """
    tokens = tokenize(sentence, lexicon)
    starts = [t.start for t in tokens]  # marking a token keeps its place
    if actor_spans:
        tokens = _mark(tokens, starts, actor_spans, ACTOR)
    if figure_spans:
        tokens = _mark(tokens, starts, figure_spans, FIGURE)
    if demonym_spans:
        tokens = _mark(tokens, starts, demonym_spans, DEMONYM)
    if noun_spans:
        tokens = _mark(tokens, starts, noun_spans, NOUN)
    verbs: set[int] = set()
    for start, end in verb_spans:
        index = bisect.bisect_left(starts, start)
        if index < len(tokens) and tokens[index].start == start and tokens[index].end <= end and (
                _verbal_shape(tokens[index], index)):
            verbs.add(index)
    groups = _verb_groups(tokens, lexicon, frozenset(verbs))
    clauses = _clauses(tokens, groups, lexicon)
    return SentenceModel(sentence, tokens, groups, clauses, lexicon)


# Endings of nouns, never of verbs: a cue word with one ("commitment", "investigation")
# is not a verb whatever stands before it.
_NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities",
                 "ship", "ism", "ee", "ees")


def _base_form(word: str) -> bool:
    """Whether a word after "to" can be a verb's base form: not a plural ("to producers"),
    though "to focus", "to discuss" and "to address" are."""
    return not word.endswith("s") or word.endswith(("ss", "us", "is", "as"))


def _verbal_shape(token: Token, index: int) -> bool:
    """Whether a word can be a verb by its form: not capitalised inside the sentence, no
    capital letter or digit inside, no noun ending."""
    text = token.text
    if index > 0 and text[:1].isupper():
        return False
    if any(ch.isupper() or ch.isdigit() for ch in text[1:]):
        return False
    return not token.lower.endswith(_NOUN_ENDINGS)


def _mark(tokens: list[Token], starts: Sequence[int], spans: Sequence[tuple[int, int]],
          tag: str) -> list[Token]:
    """The tokens with ``tag`` on those inside the spans; ``starts`` are the tokens'."""
    marked = list(tokens)
    for start, end in spans:
        index = bisect.bisect_left(starts, start)
        while index < len(tokens) and tokens[index].start < end:
            token = marked[index]
            if tag == FIGURE:
                tags = frozenset((tag, NUM))
            elif tag == NOUN:
                tags = (token.tags | {tag}) - {VERB, ED, ING}  # a noun, still an open word
            else:
                tags = (token.tags | {tag}) - {WORD}
            # built directly: a named tuple's _replace goes through a dict of its fields
            marked[index] = Token(token.text, token.lower, token.start, token.end, tags)
            index += 1
    return marked
