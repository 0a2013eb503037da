"""The decisions that fill a measure's fields, as ordered lists of small named rules.

Each rule has a name, the part of the annotation scheme it implements, a condition on a
:class:`~policymeasures.reading.View` (what the sentence's structure says about one
trigger) and a result. For each field the first rule whose condition holds decides, and
its name is kept with the record (``Reading.decided_by``), so every value can be traced to
the rule that chose it and the confidence model can weigh how reliable that rule is.

The words the rules look for are cue categories of the rule set (``[cues]``), and their
reaches are ``[cues.reach]``: a plug-in extends the language, not this code.

Fields are decided in this order: demand (is it a measure at all?), action, negation,
status, imposer, targets; later fields may read earlier ones.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar

import attrs
import regex

from policymeasures.actors import FIRM_FORM, ActorMention, names_people
from policymeasures.grammar import (
    ACTOR,
    ADVERB,
    ED,
    ING,
    NEGATION,
    NUM,
    POSSESSIVE,
    PUNCT,
    VERB,
    WORD,
    ClauseKind,
    GrammarLexicon,
    SentenceModel,
    Tense,
    Token,
    VerbGroup,
    inverted_condition,
)
from policymeasures.records import Action, Magnitude, Status
from policymeasures.view import INTENTION_STATUS, Link, SentenceIndex, View, takes_object

__all__ = [
    "ACTION_RULES",
    "IMPOSER_RULES",
    "NEGATION_RULES",
    "STATUS_RULES",
    "TARGET_FALLBACKS",
    "TARGET_RULES",
    "FieldRule",
    "Fields",
    "decide_fields",
    "goods_flow_before",
    "outside_policy",
]

T = TypeVar("T")


@attrs.frozen
class FieldRule(Generic[T]):
    """One named decision: when ``condition`` holds for a view, the field is ``result``."""

    name: str
    section: str
    condition: Callable[[View], bool]
    result: Callable[[View], T]


# What a memo holds for a reading not worked out yet (None is a reading's answer).
_NOT_READ = object()


def _memoised(reader: Callable[[View], T],
              memo_of: Callable[[View], dict[object, object]]) -> Callable[[View], T]:
    """``reader`` worked out once per memo that ``memo_of`` gives for a view.

    Rules ask for these readings some sixty times a trigger: one ``get`` with a marker
    for "not read yet" looks the reading up once, where ``in`` and an index did twice.
    """
    @functools.wraps(reader)
    def once(view: View) -> T:
        memo = memo_of(view)
        value = memo.get(reader, _NOT_READ)
        if value is _NOT_READ:
            value = memo[reader] = reader(view)
        return value  # type: ignore[return-value]

    return once


# The memos of a view and of its sentence, read by C-level getters, not Python lambdas.
_VIEW_MEMO: Callable[[View], dict[object, object]] = operator.attrgetter("memo")
_SENTENCE_MEMO: Callable[[View], dict[object, object]] = operator.attrgetter("sentence_memo")


def _per_view(reader: Callable[[View], T]) -> Callable[[View], T]:
    """A reading of a view that several rules ask for, worked out once per view."""
    return _memoised(reader, _VIEW_MEMO)


def _per_sentence(reader: Callable[[View], T]) -> Callable[[View], T]:
    """A reading of the sentence alone (its words, cues and actors, not the trigger) that
    every trigger of the sentence asks for, worked out once per sentence."""
    return _memoised(reader, _SENTENCE_MEMO)


def _found(reader: Callable[[View], T | None]) -> tuple[Callable[[View], bool],
                                                      Callable[[View], T]]:
    """The condition "the reader finds something" and the result "what it found", for a
    rule whose condition and result are one search: the search runs once per view."""
    remembered = _per_view(reader)

    def condition(view: View) -> bool:
        return remembered(view) is not None

    def result(view: View) -> T:
        found = remembered(view)
        assert found is not None  # the condition held
        return found

    return condition, result


def decide(rules: Sequence[FieldRule[T]], view: View, default: T,
           default_name: str) -> tuple[T, str]:
    """The result of the first rule whose condition holds, with that rule's name."""
    for rule in rules:
        if rule.condition(view):
            return rule.result(view), rule.name
    return default, default_name


# ---------------------------------------------------------------------- helpers on views

_STATUS_ORDER = ("threatened", "proposed", "agreed", "announced", "effective")


def _status_in(categories: frozenset[str]) -> Status | None:
    """The status a set of cue categories names, the most tentative first."""
    for status in _STATUS_ORDER:
        if f"status:{status}" in categories:
            return Status(status)
    return None


def _action_in(categories: frozenset[str]) -> Action | None:
    found = [c[len("action:"):] for c in categories if c.startswith("action:")]
    if not found:
        return None
    for action in ("lift", "suspend", "decrease", "increase", "impose"):
        if action in found:
            return Action(action)
    return None


def _head_action(view: View, group: VerbGroup) -> Action | None:
    """The action a verb group's head word says, if any ("to lapse", "eliminated")."""
    head = view.model.tokens[group.head]
    return _action_in(view.categories_at(head.start, head.end))


def _is_reporting(link: Link) -> bool:
    return "reporting" in link.categories and not any(
        c.startswith(("action:", "status:threatened")) for c in link.categories)


@_per_view
def _demand_link(view: View) -> Link | None:
    """A verb of another party's demand, advice or persuasion above the trigger."""
    for link in view.verb_links:
        if link.group is not None and inverted_condition(view.model.tokens, link.group.first):
            continue  # "Should Washington impose tariffs, ...": a condition, not advice
        if link.categories & {"demand", "advice", "persuasion"} and link.relation != "subject":
            if "persuasion" in link.categories and _instrument_compels(view, link.group):
                continue  # "a requirement that would have forced Reagan to impose quotas"
            return link
        if link.group is not None and link.group.tense is Tense.OBLIGATION and (
                link.relation != "subject") and not _asked_question(view, link.group) and (
                not _required_by_pattern(view, link.group)):
            return link
    for link in view.chain:
        if link.kind in ("noun", "premodifier") and "demand" in link.categories:
            return link  # "calls for sanctions", "calls to sanction Israel"
    return _recommending_predicate(view) or _imperative(view)


def _instrument_compels(view: View, group: VerbGroup | None) -> bool:
    """A legal instrument is the subject of the verb of persuasion: "a requirement that
    would have forced Reagan to", "the bill obliges the president to". The measure is the
    instrument's, proposed with it, not a party's demand."""
    if group is None:
        return False
    model = view.model
    tokens = model.tokens
    span = model.subject_span(group)
    if span is not None:
        words = tokens[span[0]:span[1]]
    else:
        clause = model.clauses[model.clause_of(group.head)]
        if clause.kind is not ClauseKind.RELATIVE:
            return False
        words = tokens[max(0, clause.first - 1):clause.first]  # the relative's noun
    return any(t.lower in model.lexicon.instrument_nouns for t in words)


def _required_by_pattern(view: View, group: VerbGroup) -> bool:
    """The obligation is the words of the rule's own pattern, which states a requirement in
    force: "exporters must obtain a licence to ship chips" (§8), not advice."""
    start = view.model.tokens[group.first].start
    # a bare verb that took its modal from a partner ("must stop ... and buy") has no
    # obligation of its own inside the pattern
    return view.hit.from_pattern and group.first != group.head and (
        view.hit.start <= start < view.hit.end)


def _asked_question(view: View, group: VerbGroup) -> bool:
    """An obligation in a clause that "whether" or "if" opens is a question weighed, not
    advice: "to determine whether a duty should be imposed" (§3: under consideration)."""
    model = view.model
    clause = model.clauses[model.clause_of(group.first)]
    if clause.marker == "whether":
        return True
    # "if" asks only right after a verb ("determine if"); elsewhere it states a condition
    # ("If he thinks the industry should have funding, ...": advice inside it)
    return clause.marker == "if" and clause.first > 0 and model.group_at(
        clause.first - 1) is not None


def _imperative(view: View) -> Link | None:
    """ "Reduce import duties on consumer goods.", "Scrap the levy on maize": a verb of
    action opening its clause with no subject is advice (§1); the measure stands."""
    tokens = view.model.tokens
    first = view.np_first
    if first >= view.first:
        return None
    if view.governor is not None and view.governor.relation == "subject":
        return None  # "Cut tariffs took effect": the phrase is a subject, not an object
    clause_start, _ = view.model.clause_span(view.model.clause_of(first))
    opening = view.model.token_at(clause_start)
    while opening < first and tokens[opening].tags & {PUNCT}:
        opening += 1  # ": Reduce ..."
    word = tokens[first]
    if opening != first or not word.text[:1].isupper() or word.lower.endswith(
            _INFLECTED_ENDINGS) or word.lower not in view.model.lexicon.verbs:
        return None
    for link in view.chain:
        if link.kind == "premodifier" and link.start == word.start and _action_in(
                link.categories) not in (None, Action.IMPOSE):
            return link
    return None


# Endings of words that are no bare imperative: "Raises", "Raised", "Raising", and the
# comparatives "Lower", "Higher" ("Lower tariffs took effect").
_INFLECTED_ENDINGS = ("s", "ed", "ing", "er")


# The ending of the gerund that names the action recommended.
_ING_ENDING = "ing"


@_per_view
def _recommending_predicate(view: View) -> Link | None:
    """ "Easing FDI restrictions would be a good start": an action on the measure, named as
    the subject of "be" with a recommendation for predicate, is advice (§1), not an action
    taken; the measure stays as it stands."""
    tokens = view.model.tokens
    opening = tokens[view.np_first] if view.np_first < view.first else None
    if opening is None or not (ING in opening.tags or opening.lower.endswith(_ING_ENDING)):
        return None  # (a capital hides the ending from the tags: "Easing FDI curbs ...")
    governor = view.governor
    if governor is None or governor.relation != "subject" or governor.group is None or (
            "be_forms" not in tokens[governor.group.head].tags) or (
            governor.group.tense is Tense.PAST):
        return None  # "Easing the sanctions was the first step": it was done
    _, clause_end = view.model.clause_span(view.model.clause_of(governor.group.head))
    if any(governor.end <= c.start < clause_end for c in view.cues_of("recommendation")):
        return governor
    return None


def _below(view: View, limit: Link | None) -> list[Link]:
    """The chain's links below a given link (all of them when it is None)."""
    if limit is None:
        return list(view.chain)
    return list(view.chain[:view.chain.index(limit)])


def _has_object(view: View, link: Link) -> bool:
    """Whether a verb group that follows the trigger takes an object of its own ("the
    sanctions will end all cooperation"): then the trigger is its agent, not its object."""
    group = link.group
    if group is None:
        return False
    tokens = view.model.tokens
    after = group.last + 1
    if after >= len(tokens):
        return False
    if tokens[after].lower in _DEGREE_WORDS:
        return False  # "tariffs will rise more sharply": how much, not what
    return takes_object(view.model, after)  # not "introduced this year": when, not what


_DEGREE_WORDS = frozenset(("more", "less", "further", "much", "sharply", "significantly",
                           "again", "steeply"))

@_per_view
def _action_links(view: View) -> list[Link]:
    """Links whose action cue applies to the measure, nearest first: the trigger's own
    words, its noun phrase, a noun governing it, and its governing verb, when below any
    demand, and not a verb the measure is the agent of."""
    demand = _demand_link(view)
    found: list[Link] = []
    governor_seen = False
    for link in _below(view, demand):
        if link.kind in ("self", "compound", "premodifier", "noun"):
            if (link.kind == "self" and view.hit.from_pattern) or _action_in(
                    link.categories) is Action.IMPOSE:
                # a pattern's own verb ("limit exports") is the measure itself, and a noun
                # that is also a verb of imposing ("levy") says nothing more
                continue
            found.append(link)
            continue
        if link.kind != "verb" or governor_seen:
            continue
        governor_seen = True
        if link.relation == "subject" and _has_object(view, link):
            continue
        if link.relation == "self" and view.hit.from_pattern:
            continue
        found.append(link)
        if link.group is not None and link.group.tense in (Tense.INFINITIVE, Tense.GERUND):
            governor_seen = False  # "agreed to" adds nothing, but "moved to cut" reads on
    return found


# Kinds whose own name may be an easing ("tax relief", "tax exemptions"): that names the
# measure, it does not ease it.
_RELIEF_KINDS = frozenset(("subsidy",))


@_per_view
def _stacked(view: View) -> bool:
    """ "A 34% tariff on top of the 20% duties", "an additional 44% duty from July 8, on top
    of the existing rate": the measure is laid over one in force, so the level rises (§3).
    The stacking words must follow it within its arguments, with no verb of their own
    between ("the new tariffs came on top of a weak yen" says nothing of the tariffs), and
    a governing word that says another change than imposing wins ("cut the duty ...")."""
    if view.rule.action != "impose" or (
            _first_action(view) is not None and _cue_action(view) is not Action.IMPOSE):
        return False
    model = view.model
    end = min(len(model.tokens), view.last + 1 + model.lexicon.argument_tokens)
    limit = model.tokens[end - 1].end if end > view.last + 1 else view.hit.end
    for cue in view.cues_of("stacking"):
        if not view.hit.end <= cue.start <= limit:
            continue
        between = range(view.last + 1, model.token_at(cue.start))
        return not any((group := model.group_at(p)) is not None and group.finite
                       for p in between)
    return False


@_per_view
def _first_action(view: View) -> tuple[Action, Link] | None:
    """The nearest action said of the measure; imposing says no more than the default,
    so a change said further up wins ("the pause on rolling out the tariffs")."""
    imposed: tuple[Action, Link] | None = None
    own: tuple[Action, Link] | None = None
    exemption = any(view.hit.start <= c.start < view.hit.end
                    for c in view.cues_of("exemptions"))
    for link in _action_links(view):
        action = _action_in(link.categories)
        if action is Action.DECREASE and link.kind in ("self", "compound") and (
                str(view.rule.kind) in _RELIEF_KINDS):
            continue  # "tax relief", "tax exemptions" for exporters: easing is the aid
        if action is Action.IMPOSE:
            imposed = imposed or (action, link)
        elif action is not None:
            if exemption and link.kind in ("self", "compound"):
                # "the tariff exclusions were ended": an exemption eases by being one;
                # what is done to it is said further up
                own = own or (action, link)
                continue
            return action, link
    return own or imposed


# ---------------------------------------------------------------------- demand

@_per_view
def demanded_action(view: View) -> Action | None:
    """The action another party asks for ("urged Japan to lift", "Britain should scrap"),
    or None when no demand governs the measure."""
    demand = _demand_link(view)
    if demand is None:
        return None
    if any("compliance" in link.categories for link in [*_below(view, demand), demand]):
        return None  # "must comply with US sanctions": asked to keep to one in force
    for link in [*_below(view, demand), demand]:
        if link.kind == "self" and view.hit.from_pattern:
            continue
        action = _action_in(link.categories)
        if link.kind == "self" and action is Action.IMPOSE:
            continue  # "to scrap the levy": the noun "levy" is no imposing asked for
        if action is not None:
            # "asked Japan to raise its beef quota": a larger allowance is an easing asked for
            return _inverted(action, view, link.kind == "verb")
    wanted = _object_participle_action(view)
    return wanted if wanted is not None else Action(view.rule.action)


def _object_participle_action(view: View) -> Action | None:
    """A participle right after the measure that says what is wanted done to it: "wants
    farm subsidies eliminated", "wanted the quotas lifted"."""
    model = view.model
    after = model.group_after(view.last, _OBJECT_PARTICIPLE_TOKENS)
    if after is None or ED not in model.tokens[after.head].tags or after.first != view.last + 1:
        return None
    action = _head_action(view, after)
    return _inverted(action, view, True) if action is not None else None


# How far after the measure's words its object participle may stand ("subsidies eliminated").
_OBJECT_PARTICIPLE_TOKENS = 1


@_per_view
def is_demand_for_new_measure(view: View) -> bool:
    """Another party asks for a measure to be taken or tightened: no measure yet. Not when
    the measure is someone's already and the verb asked for does not say to impose or
    tighten it ("wants the US to revisit its apparel quota": the quota is in force)."""
    demanded = demanded_action(view)
    if demanded not in (Action.IMPOSE, Action.INCREASE) or _status_below_demand(view) is not None:
        return False
    if _asked_to_refrain(view):
        return False  # "persuade the U.S. not to impose tariffs": the U.S. weighs them
    return not (_owned_phrase(view) and not any(
        _action_in(link.categories) is not None for link in _below(view, _demand_link(view))
        if link.kind == "verb"))


@_per_view
def _asked_to_refrain(view: View) -> bool:
    """Another party asks a government not to take or tighten a measure, the verb asked
    for denied right before its "to": "urged Tokyo not to raise tariffs", "persuade the
    U.S. never to impose quotas". Nobody asks a government to refrain from a measure it is
    not weighing: the measure is its own, threatened (§3)."""
    if demanded_action(view) not in (Action.IMPOSE, Action.INCREASE):
        return False
    tokens = view.model.tokens
    return any(link.kind == "verb" and link.group is not None
               and link.group.tense is Tense.INFINITIVE and link.group.first > 0
               and NEGATION in tokens[link.group.first - 1].tags
               for link in _below(view, _demand_link(view)))


def _owned_phrase(view: View) -> bool:
    """Whether the measure's noun phrase opens with an owner: "its quota", "Japan's curbs"."""
    token = view.model.tokens[view.np_first]
    return bool(token.tags & {POSSESSIVE, "possessive_pronouns"})


def _status_below_demand(view: View) -> Status | None:
    """A status said of the measure itself under a demand: "its threatened levies"."""
    for link in _below(view, _demand_link(view)):
        if link.kind in ("premodifier", "compound"):
            status = _status_in(link.categories)
            if status is not None:
                return status
    return None


# ---------------------------------------------------------------------- action

def _rule_action(view: View) -> Action:
    return Action(view.rule.action)


def _let_to_act(view: View) -> Action | None:
    """The measure is the object of a verb that lets it act, and an infinitive after it
    says what it does: "allowed the controls on oil equipment to lapse", "let the
    tariffs expire" (§3: lift)."""
    governor = view.governor
    model = view.model
    if governor is None or governor.group is None or governor.relation != "object" or (
            model.tokens[governor.group.head].lower not in model.lexicon.permitting_verbs):
        return None
    after = model.group_after(view.last, model.lexicon.object_tokens)
    if after is None or after.tense not in (Tense.INFINITIVE, Tense.PRESENT):
        return None  # "to lapse", or bare after "let": "let the tariffs expire"
    return _head_action(view, after)


def _cue_action(view: View) -> Action:
    found = _first_action(view)
    assert found is not None
    return found[0]


def _order_kept(view: View) -> bool:
    """A finding that revoking an anti-dumping or countervailing order would lead to the
    "continuation or recurrence" of dumping, subsidies or injury keeps the order: the
    revoking is only weighed (GUIDELINES §8)."""
    return str(view.rule.kind) == "tariff" and view.has_cue("order_continues") and (
        not _order_revoked(view))


def _order_revoked(view: View) -> bool:
    """A trade-remedy notice revoking the order it is about, in whole or in part ("Commerce
    is revoking the AD orders", "final results ... to revoke the order, in part"): the
    order is lifted (GUIDELINES §8)."""
    return str(view.rule.kind) == "tariff" and view.has_cue("order_revoked")


@_per_view
def _quota_change(view: View) -> Action | None:
    """A quota set at a level "compared with" or "against" the one before it ("a quota
    of 737,987 tonnes against 762,860 tonnes for the previous allocation"): the allowance
    shrinks, so the measure tightens (`increase`), or grows and loosens (`decrease`)."""
    if "allowances" not in view.categories_at(view.hit.start, view.hit.end):
        return None
    levels = _new_and_old_level(view)
    if levels is None:
        return None
    new, old = levels
    return Action.INCREASE if new.value < old.value else Action.DECREASE


def _new_and_old_level(view: View) -> tuple[Magnitude, Magnitude] | None:
    """The measure's new level and the old one it is compared with, in its clause: "a quota
    of 737,987 tonnes against 762,860", "tariffs of 100 per cent - up from five per cent"."""
    c_start, c_end = view.model.clause_span(view.clause)
    figures = [m for m in view.magnitudes if c_start <= m.start and m.end <= c_end]
    for new, old in itertools.pairwise(figures):
        if new.unit != old.unit or new.value == old.value or not (
                view.hit.start - _QUOTA_LEVEL_CHARS <= new.start):
            continue
        if _AGAINST_PREVIOUS.fullmatch(view.sentence, new.end, old.start) and (
                _level_of_quota(view, new)):
            return new, old
    return None


@_per_view
def _level_change(view: View) -> Action | None:
    """A rate or a charge set at a level "up from" or "down from" the one before it ("tariffs
    of 100 per cent - up from about five per cent"): a higher level tightens the measure,
    a lower one eases it. Quotas go the other way (`_quota_change`)."""
    if "allowances" in view.categories_at(view.hit.start, view.hit.end):
        return None
    levels = _new_and_old_level(view)
    if levels is None or levels[0].start > view.hit.end + _QUOTA_LEVEL_CHARS:
        return None
    new, old = levels
    return Action.INCREASE if new.value > old.value else Action.DECREASE


def _level_of_quota(view: View, figure: Magnitude) -> bool:
    """Whether a figure is the quota's own level: no verb stands between them but one that
    sets a level or a copula ("a quota of 737,987 tonnes", "the quota has been set at",
    "the duty is now 5%"), unlike "imports under the quota totalled 5,988 tonnes"."""
    model = view.model
    first, last = sorted((view.last, model.token_at(figure.start)))
    setting = model.lexicon.level_setting_verbs
    return all(model.tokens[g.head].lower in setting or (
        "be_forms" in model.tokens[g.first].tags and not g.passive)
               for g in model.groups if first < g.head < last)


@_per_view
def _coverage_change(view: View) -> Action | None:
    """A measure that defines what a relative clause covers, under a verb that widens or
    narrows that coverage: "expands the scope of items that require a license for
    export" tightens the licence requirement (`increase`); "narrows the list of goods that
    need a permit" eases it."""
    if view.clause_kind is not ClauseKind.RELATIVE:
        return None
    model = view.model
    tokens = model.tokens
    clause = model.clauses[view.clause]
    position = clause.first - 1  # the antecedent: "items"
    reach = position - _COVERAGE_TOKENS
    while position > max(0, reach):
        token = tokens[position]
        if token.lower in model.lexicon.coverage_nouns:
            group = model.group_before(position, _COVERAGE_TOKENS)
            if group is None:
                return None
            action = _head_action(view, group)
            return action if action in (Action.INCREASE, Action.DECREASE) else None
        if model.group_at(position) is not None or PUNCT in token.tags:
            return None
        position -= 1
    return None


# Words from a relative clause's antecedent back to the noun of coverage ("the scope of
# certain items"), and from that noun back to its verb ("expands the scope").
_COVERAGE_TOKENS = 4


# Action rules that say the measure's strength itself, which no allowance inverts.
_STRENGTH_RULES = frozenset(("quota-against-previous", "coverage-widened",
                             "level-against-previous"))
# A new level, then a few words and the word comparing it with the old one.
_AGAINST_PREVIOUS = regex.compile(
    r"[\s,]+(?:[\w-]+\s+){0,5}?(?:compared\s+(?:with|to)|against|versus|vs\.?|down\s+from|up\s+from)\s+",
    regex.IGNORECASE)
# How far before the quota's word its new level may stand ("set 737,987 tonnes as the quota").
_QUOTA_LEVEL_CHARS = 60


@_per_view
def _dropped_intention(view: View) -> Link | None:
    """A verb that ends or drops the plan, proposal or bid the measure is the object of:
    "dropped plans for an export tax", "abandoned a proposal to impose quotas". The plan is
    dropped; the measure is denied, not lifted (§3)."""
    chain = view.chain
    for index, link in enumerate(chain[:-1]):
        if link.kind != "noun" or not any(c in _INTENTION_STATUSES for c in link.categories):
            continue
        above = chain[index + 1]
        if above.kind == "verb" and _action_in(above.categories) in _ENDING:
            return above
        return None
    return None


# What a plan or a proposal says of the measure, and the actions that end such a plan.
_INTENTION_STATUSES = frozenset(("status:proposed", "status:announced"))
_ENDING = frozenset((Action.LIFT, Action.SUSPEND))


def _below_dropped_intention(view: View) -> Action:
    """The action said of the measure under the dropped plan ("plans to cut tariffs"), else
    the rule's."""
    verb = _dropped_intention(view)
    for link in view.chain:
        if link is verb:
            break
        action = _action_in(link.categories)
        if action is not None and link.kind != "noun":
            return action
    return Action(view.rule.action)


def _ruled_unlawful(view: View) -> bool:
    """A court's verb of ruling takes the measure as its object and an adjective of
    unlawfulness stands within a few tokens after the trigger: "a federal court ruled the
    fentanyl tariffs illegal", "judges declared the levy unconstitutional"."""
    governor = view.governor
    lexicon = view.model.lexicon
    if governor is None or governor.group is None or governor.relation != "object":
        return False
    tokens = view.model.tokens
    if tokens[governor.group.head].lower not in lexicon.ruling_verbs:
        return False
    span = view.model.subject_span(governor.group)
    if span is None or not any(t.lower in lexicon.court_nouns for t in tokens[span[0]:span[1]]):
        return False
    end = min(len(tokens), view.last + 1 + _VOIDING_TOKENS)
    return any(t.lower in lexicon.unlawful_adjectives for t in tokens[view.last + 1:end])


# Tokens after the measure's trigger in which the adjective of unlawfulness stands.
_VOIDING_TOKENS = 4


def _investigation_ended(view: View) -> bool:
    """ "The antidumping duty investigation on honey from Ukraine is terminated": the case
    that proposed a duty is closed without one, as talks that failed (§3, §8)."""
    found = _first_action(view)
    return str(view.rule.kind) == "tariff" and found is not None and (
        found[0] is Action.LIFT) and _names_investigation(view)


ACTION_RULES: list[FieldRule[Action]] = [
    FieldRule("intention-dropped", "§3 a dropped plan denies its measure, lifts nothing",
              lambda v: _dropped_intention(v) is not None, _below_dropped_intention),
    FieldRule("ruled-unlawful", "§3 a court that rules a measure unlawful lifts it",
              _ruled_unlawful, lambda v: Action.LIFT),
    FieldRule("order-revoked", "§8 a revocation lifts the order",
              _order_revoked, lambda v: Action.LIFT),
    FieldRule("order-kept-on-review", "§8 a sunset review that continues an order",
              _order_kept, lambda v: Action.IMPOSE),
    FieldRule("refraining-asked", "§3 'urged Tokyo not to raise tariffs': the step it weighs",
              _asked_to_refrain, lambda v: demanded_action(v) or Action.IMPOSE),
    FieldRule("demand-leaves-measure-in-force", "§1 a demand to ease names the measure in force",
              lambda v: demanded_action(v) is not None, lambda v: Action.IMPOSE),
    FieldRule("investigation-ended", "§3 an investigation ended is a proposal that failed",
              _investigation_ended, lambda v: Action.IMPOSE),
    FieldRule("trigger-names-action", "§3 action: the trigger says it (duty-free, relief)",
              lambda v: v.rule.action != "impose" and (
                  v.hit.from_pattern or _first_action(v) is None
                  or _cue_action(v) is Action.IMPOSE),
              _rule_action),
    FieldRule("measure-let-to-act", "§3 'allowed the controls to lapse': the object's verb",
              *_found(_let_to_act)),
    FieldRule("stacked-on-one-in-force", "§3 'a 34% tariff on top of the 20%': increase",
              _stacked, lambda v: Action.INCREASE),
    FieldRule("governing-action-cue", "§3 action: the nearest governing word",
              lambda v: _first_action(v) is not None, _cue_action),
    FieldRule("coverage-widened", "§3 'widen to more goods': the scope a measure covers grows",
              lambda v: _coverage_change(v) is not None,
              lambda v: _coverage_change(v) or Action.IMPOSE),
    FieldRule("quota-against-previous", "§3 a smaller quota is an increase, a larger one a "
              "decrease", lambda v: _quota_change(v) is not None,
              lambda v: _quota_change(v) or Action.IMPOSE),
    FieldRule("level-against-previous", "§3 a rate 'up from' the old one is an increase",
              lambda v: _first_action(v) is None and _level_change(v) is not None,
              lambda v: _level_change(v) or Action.IMPOSE),
]


def _says_strictness(view: View, deciding: tuple[Action, Link] | None) -> bool:
    """The words that change the measure say how strict it gets, not how big: "eased its
    import quotas" loosens them whatever a quota's size means (§3)."""
    if deciding is None:
        return False
    verbs = view.model.lexicon.strictness_verbs
    return any(word.lower() in verbs
               for word in view.text(deciding[1].start, deciding[1].end).split())


def _inverted(action: Action, view: View, from_cue: bool) -> Action:
    """A larger allowance loosens a restriction ("raised its import quota" is a decrease);
    ending or suspending an exemption tightens the measure it exempts from ("removes
    licence exception eligibility" is an increase)."""
    def inside(category: str) -> bool:
        return any(view.hit.start <= c.start < view.hit.end for c in view.cues_of(category))

    if action in (Action.INCREASE, Action.DECREASE) and (
            inside("allowances") or (from_cue and inside("exemptions"))):
        return Action.DECREASE if action is Action.INCREASE else Action.INCREASE
    if from_cue and action in (Action.LIFT, Action.SUSPEND) and inside("exemptions"):
        return Action.INCREASE
    if from_cue and _exemption_ended(view):
        return Action.INCREASE  # "eliminates all exemptions for the steel tariffs"
    return action


def _exemption_ended(view: View) -> bool:
    """The measure is what exemptions are from, and a verb above them ends or suspends
    them: the measure gets stronger."""
    seen = False
    for link in view.chain:
        if link.kind == "noun" and "exemptions" in link.categories:
            seen = True
        elif seen and link.kind == "verb":
            return bool(link.categories & _ENDING_ACTIONS)
    return False


_ENDING_ACTIONS = frozenset(("action:lift", "action:suspend"))


# ---------------------------------------------------------------------- negation

def _blocked(view: View, start: int) -> bool:
    """Words right after a negation that take it back: "did not say whether"."""
    return any(start <= c.start <= start + 14 for c in view.cues_of("negation_blockers"))


@_per_view
def _negating_link(view: View) -> Link | None:
    """A denial on the words that govern the measure, up to the first reporting verb, and
    up to a demand that leaves the measure in force: "Japan rejected calls to cut its rice
    tariffs" denies the calls; the tariffs stand (§1)."""
    chain = _below(view, _demand_link(view)) if demanded_action(view) is not None else (
        view.chain)
    for link in chain:
        if link.relation == "self" and view.hit.from_pattern and _NEGATION_WORD.search(
                view.sentence, view.hit.start, view.hit.end):
            continue  # "not allowed to sell" is the measure's own wording
        if link.kind == "verb" and _is_reporting(link):
            return None
        if _reduced_relative_over(view, link):
            return None  # "no shipments of merchandise covered by the order": not the order
        if (link.kind == "verb" and link.group is not None and link.group.negated
                and not _blocked(view, link.group.start) and not _blocked(view, link.start)):
            if _agent_of_denied_passive(view, link) or _denied_effect(view, link) or (
                    _contrasted(view, link.group)):
                return None  # "was not bothered by the UK sanctions": the sanctions stand
            return link
        if "negation" in link.categories and not _blocked(view, link.end):
            if link.kind == "verb" and link.relation == "subject" and not _proposal_head(view):
                continue  # "the tariffs failed to curb imports": in place all the same
            if link.kind == "verb" and _denied_effect(view, link):
                return None
            return link
    return None


def _contrasted(view: View, group: VerbGroup) -> bool:
    """ "Not a sanction but a reciprocal tariff", "imposed not tariffs but quotas": what
    comes after the "but" of a denial is affirmed."""
    tokens = view.model.tokens
    return group.end <= view.hit.start and any(
        token.lower in view.model.lexicon.contrast_words
        for token in tokens[group.last + 1:view.np_first])


def _reduced_relative_over(view: View, link: Link) -> bool:
    """A participle after another noun, whose argument the measure is ("merchandise covered
    by the order"), modifies that noun: nothing above it speaks of the measure."""
    group = link.group
    if link.kind != "verb" or group is None or group.tense is not Tense.PARTICIPLE or (
            link.relation not in ("prep_object", "object")) or group.first == 0:
        return False
    if view.model.tokens[group.head].lower in view.model.lexicon.purpose_participles:
        return False  # "discussions aimed at restoring quotas": what they are about
    before = view.model.tokens[group.first - 1]
    return bool(WORD in before.tags and not before.tags & {PUNCT}) and (
        view.model.group_at(group.first - 1) is None)


def _denied_effect(view: View, link: Link) -> bool:
    """What is denied is what the measure does or what someone feels about it: "the
    tariffs may not make America great", "is not optimistic about the tariffs"; or a
    copula's predicate above it: "is not the first to announce that ...". But a noun of
    status after the copula is the measure's own standing: "a levy is not an option" rules
    the levy out."""
    if link.relation == "subject" and _equated_status(view) is not None:
        return False
    if link.relation == "subject" and _agent_of_effect(view, link):
        return True
    group = link.group
    tokens = view.model.tokens
    if group is not None and link.relation == "control" and (
            "be_forms" in tokens[group.first].tags) and not tokens[group.head].tags & {
            VERB, ED} and (tokens[group.head].lower in _BARE_DENIALS or "negation" not in (
            view.categories_at(tokens[group.head].start, tokens[group.head].end))):
        return True  # but "is unlikely to" denies what follows
    if group is not None and link.relation == "subject" and (
            "be_forms" in tokens[group.first].tags) and not tokens[group.head].tags & {
            VERB, ED} and not view.cues_in(group.start, group.end + _PREDICATE_CHARS, "status:"):
        return True  # "the tariff is not a sanction": the predicate is denied; but "the
        # tariffs are not in force" denies that they apply
    if group is None or link.relation != "prep_object" or link.categories & {"exposure"}:
        return False  # "is not subject to the tariffs": they do not apply
    if not any(c.startswith(("action:", "status:")) for c in link.categories) and (
            view.np_first > 0 and tokens[view.np_first - 1].lower
            in view.model.lexicon.topic_prepositions):
        # "would not retaliate against the tariffs", "did not respond to them": the verb
        # is denied, not the measure it is about; but "not retaliate with tariffs"
        return True
    head = view.model.tokens[group.head]
    return group.head != group.first and not head.tags & {VERB, ED}  # a copula's adjective


# How far after a denied copula a status phrase ("not in force") is looked for.
_PREDICATE_CHARS = 12


# Words that deny only the verb group they stand in.
_BARE_DENIALS = frozenset(("not", "never"))


def _agent_of_denied_passive(view: View, link: Link) -> bool:
    """The measure is the agent ("by the tariffs") of the passive verb that is denied:
    what is denied is its effect, not the measure."""
    group = link.group
    if group is None or not group.passive or link.relation != "prep_object":
        return False
    before = view.np_first - 1
    return before >= 0 and view.model.tokens[before].lower == "by"


# A negation inside a pattern's own words: "not allowed to sell", "isn't allowed".
_NEGATION_WORD = regex.compile(r"\b(?:not|no|never)\b|n['\u2019]t\b", regex.IGNORECASE)


def _proposal_head(view: View) -> bool:
    """The measure's word qualifies talks, a bill or a proposal ("the quota talks
    collapsed", "the tariff bill failed"), or its verb complements one ("talks on lifting
    the sanctions collapsed"): what befalls them befalls the measure (§3)."""
    return any(link.kind in ("compound", "noun") and (
        "status:proposed" in link.categories or "negotiation" in link.categories)
               for link in view.chain)


def _negation_before_phrase(view: View) -> bool:
    """ "no new tariffs", "without tariffs": a negation word opening the noun phrase."""
    start, _ = view.premodifier_span
    tokens = view.model.tokens
    before = view.np_first - 1
    words = [t.lower for t in tokens[view.np_first:view.first]]
    if "no" in words or "nor" in words:
        return True
    return before >= 0 and tokens[before].lower in ("without", "nor") and start >= 0


def _action_without(view: View) -> bool:
    """ "Retaliated without imposing new tariffs": the verb that acts on the measure is a
    gerund after "without", so the action is denied. Only a verb of action: "without
    violating export controls" leaves the controls in force."""
    governor = view.governor
    if governor is None or governor.kind != "verb" or governor.relation != "object" or (
            governor.group is None or not any(
                c.startswith("action:") for c in governor.categories)):
        return False
    first = governor.group.first
    # a clause that opens with it is a condition: "Without phasing out para tariffs, we
    # will underperform" weighs the step, it does not deny it
    return first > 0 and view.model.tokens[first - 1].lower == "without" and (
        view.model.tokens[first - 1].start > view.model.clause_span(view.clause)[0])


# Rules whose measures a dumping or subsidy investigation determines.
_INVESTIGATED_RULES = frozenset[str](("tariff.antidumping",))


NEGATION_RULES: list[FieldRule[bool]] = [
    FieldRule("intention-dropped", "§3 negated: the plan for the measure was dropped",
              lambda v: _dropped_intention(v) is not None, lambda v: True),
    FieldRule("order-revoked", "§8 a revocation is done, whatever finding it quotes",
              _order_revoked, lambda v: False),
    FieldRule("no-dumping-found-in-review", "§8 a review finding no dumping keeps the order",
              lambda v: v.rule.id in _INVESTIGATED_RULES and v.has_cue("review_context"),
              lambda v: False),
    FieldRule("investigation-ended", "§3 an investigation ended: its duty will not come",
              _investigation_ended, lambda v: True),
    FieldRule("no-before-measure", "§3 negated: 'no tariffs', 'without a quota'",
              _negation_before_phrase, lambda v: True),
    FieldRule("action-without", "§3 negated: 'retaliated without imposing new tariffs'",
              _action_without, lambda v: True),
    FieldRule("denial-governs-measure", "§3 negated: the governing verb is denied",
              lambda v: _negating_link(v) is not None, lambda v: True),
]


# ---------------------------------------------------------------------- status

# Verbs whose subject meets the measure rather than acts on it: "exports will face
# tariffs", "Vietnam will benefit from lower duties".
_MEETING_CATEGORIES = frozenset(("exposure", "winning"))


def _link_status(view: View, link: Link) -> Status | None:
    """What one link of the chain says of the status, or None when it says nothing."""
    if _names_offer(view, link):
        return Status.PROPOSED  # "a subsidy offer", "the offer of duty-free access"
    cue = _status_in(link.categories)
    if link.kind != "verb" or link.group is None:
        return cue
    tense = link.group.tense
    # "exports will face tariffs", "would have faced a 36% tariff": the one exposed meets
    # the measure when the verb says, so the verb's tense is the measure's
    exposed = bool(link.categories & _MEETING_CATEGORIES)
    if cue is None and "causing" in link.categories and tense in _MODAL_TENSES and (
            link.relation in ("object", "prep_object")):
        return Status.PROPOSED  # "could trigger tariffs", "will provoke retaliation": foreseen
    if cue is None and _action_in(link.categories) is None and link.relation in (
            "object", "prep_object") and tense in _MODAL_TENSES and not exposed and (
            view.model.tokens[link.group.head].lower not in view.model.lexicon.light_verbs) and (
            view.model.tokens[link.group.head].lower not in view.model.lexicon.permitting_verbs
            and not _instrument_of(view, link)):
        # "strategies would trump Trump's tariffs": the modal is the verb's; but "could
        # respond with tariffs" is the measure's own
        return None
    if cue is Status.THREATENED:
        return cue
    if tense is Tense.POSSIBLE or (tense is Tense.OBLIGATION and _asked_question(
            view, link.group)):
        return Status.PROPOSED  # "may impose", "to determine whether a duty should apply"
    if tense is Tense.COUNTERFACTUAL:
        return Status.ANNOUNCED if link.relation == "subject" or exposed else Status.PROPOSED
    if tense is Tense.FUTURE:
        return cue if cue in (Status.PROPOSED, Status.AGREED) else Status.ANNOUNCED
    if tense is Tense.CONDITIONAL:
        if cue not in (None, Status.EFFECTIVE):
            return cue
        # "said it would impose": reported intent; otherwise "would" is a hypothesis
        return Status.ANNOUNCED if _reported(view, link) else Status.PROPOSED
    if tense is Tense.INFINITIVE and link.group.passive and link.relation == "passive" and (
            _action_in(link.categories) is not None) and (
            str(view.rule.kind) not in _NEVER_THREATS):
        # "sanctions to be imposed upon the firm": still to come; but an aid or a purchase
        # "to be paid in certificates" says how it is carried out (the kinds that are never
        # threats are the ones that pay or buy)
        return Status.ANNOUNCED
    if tense in (Tense.INFINITIVE, Tense.GERUND):
        return cue if cue is not Status.EFFECTIVE else None
    if cue is not None:
        return cue
    if _action_in(link.categories) is not None or tense is Tense.PARTICIPLE:
        return Status.EFFECTIVE
    return None


def _instrument_of(view: View, link: Link) -> bool:
    """The measure is what a verb of answering acts with: "could respond with tariffs",
    "will hit back through quotas"; not "cannot compete with subsidised goods"."""
    tokens = view.model.tokens
    lexicon = view.model.lexicon
    return link.relation == "prep_object" and link.group is not None and (
        view.np_first > 0) and (
        tokens[view.np_first - 1].lower in lexicon.instrument_prepositions) and (
        tokens[link.group.head].lower in lexicon.answering_verbs)


def _reported(view: View, link: Link) -> bool:
    """Whether a verb of the chain sits under a reporting or announcing verb above it."""
    above = view.chain[view.chain.index(link) + 1:]
    noun = next((i for i, other in enumerate(above) if other.kind == "noun"), None)
    if noun is not None:
        above = above[:noun]  # "confirmed the report that ... would": the report is said
    return any(other.kind == "verb" and other.relation != "subject" and (
        "reporting" in other.categories or "status:announced" in other.categories
        or "status:agreed" in other.categories or "status:threatened" in other.categories)
        for other in above) or (link.relation == "complement") or (
        _ATTRIBUTION_AFTER.search(view.sentence, link.end) is not None)


# A speaker named after what was said, at the end of the sentence: "..., officials said."
_ATTRIBUTION_AFTER = regex.compile(
    r",\s*(?:[\w.\x27\u2019-]+\s+){0,6}?(?:said|says|told\s+\w+|added|reported)"
    r"(?:\s+[\w.\x27\u2019-]+){0,6}(?:,[^,.;!?]{0,80})?\s*[.!]?[\x22\u201d]?\s*$",
    regex.IGNORECASE)


def _agent_of_effect(view: View, link: Link) -> bool:
    """The measure is the subject of a verb with an object of its own ("the tariffs will
    deliver a blow", "the pause may soothe markets", "tariffs could threaten the rebound"):
    the verb says what the measure does, not how far it has got."""
    return link.kind == "verb" and link.relation == "subject" and (
        "predicates" not in link.categories) and _has_object(view, link)


def is_commentary(view: View) -> bool:
    """A measure named only in commentary: tariffs in general, with no determiner, as the
    agent of an effect ("Lower tariffs will make the island competitive") or inside an
    adverbial phrase ("Even with tariffs, ...", "Thanks to lower tariffs, ..."), with no
    jurisdiction to pin it down. "The tariffs will hurt exporters" names a measure."""
    tokens = view.model.tokens
    if any(t.tags & {"determiners", "possessive_pronouns", ACTOR, POSSESSIVE}
           for t in tokens[view.np_first:view.first]):
        return False  # "the tariffs", "these levies", "Trump's tariffs": a specific measure
    # "Even with tariffs, the goods would be cheaper", "not to mention tariffs": whatever
    # verb or noun stands over the phrase
    before = view.np_first - 1
    words = [tokens[before].lower] if before >= 0 else []
    if before >= 1:
        words.append(f"{tokens[before - 1].lower} {tokens[before].lower}")
    if view.np_first < view.first:
        words.append(tokens[view.np_first].lower)  # "that's not to mention tariffs"
    if any(word in _ADJUNCT_PREPOSITIONS for word in words):
        return True
    if any(link.kind == "noun" for link in view.chain):
        return False  # "the planned relaxation of import restrictions will help"
    if _recommending_predicate(view) is not None:
        return False  # "Easing FDI curbs would be a good start": curbs in place
    governor = view.governor
    return governor is not None and _agent_of_effect(view, governor) and not (
        _effect_reported(view) and not _listed_among_conditions(view))


# The fewest items of a list in which a bare measure is one condition among others.
_LIST_OF_CONDITIONS = 3
# Tokens that end the stretch of nouns a list is read in.
_LIST_BREAKS = frozenset((";", ":", "(", ")", '"', "\u201c", "\u201d"))


def _listed_among_conditions(view: View) -> bool:
    """ "High costs, tariffs, red tape and weak courts reduced investment", "The weaponisation
    of the dollar, arbitrary tariffs, and declining finance": a bare measure as one item of
    a list of three or more names conditions in general, not a measure someone took (§1).
    The list is the run of words around the measure with no verb in it; the measure must
    stand between two of its separators or at one end."""
    model = view.model
    tokens = model.tokens

    def separator(index: int) -> bool:
        token = tokens[index]
        return token.text == "," or ("coordinators" in token.tags and token.lower in (
            "and", "or"))

    def inside(index: int) -> bool:
        return 0 <= index < len(tokens) and model.group_at(index) is None and (
            tokens[index].text not in _LIST_BREAKS) and not (
            tokens[index].tags & {"subordinators", "relativizers", "complementizers"})

    if not ((view.np_first > 0 and separator(view.np_first - 1)) or (
            view.last + 1 < len(tokens) and separator(view.last + 1))):
        return False
    first = view.np_first
    while inside(first - 1):
        first -= 1
    last = view.last
    while inside(last + 1):
        last += 1
    separators = [i for i in range(first, last + 1) if separator(i)]
    # "and" after a comma closes the list: one separator, not two
    items = 1 + sum(1 for i in separators if not (
        tokens[i].text != "," and i - 1 in separators))
    return items >= _LIST_OF_CONDITIONS and any(tokens[i].text == "," for i in separators)


def _described_in_aside(view: View) -> bool:
    """ "VAT and import duties, which burden the poor": a relative clause set off by a comma
    adds to what is already there, so the measure it describes exists (§1)."""
    model = view.model
    tokens = model.tokens
    comma = view.last + 1
    if comma + 2 >= len(tokens) or tokens[comma].text != "," or (
            tokens[comma + 1].lower != "which"):
        return False
    return model.clauses[model.clause_of(comma + 1)].kind is ClauseKind.RELATIVE


def _undergone(view: View) -> bool:
    """ "Mills enjoyed tariff protection", "exporters faced quotas": a party that has a
    measure, to its gain or loss, reports the measure in place (§1: a status is read)."""
    governor = view.governor
    return governor is not None and governor.relation == "object" and bool(
        governor.categories & _MEETING_CATEGORIES) and governor.group is not None and (
        governor.group.tense in (Tense.PAST, Tense.PRESENT))


def _effect_reported(view: View) -> bool:
    """ "Export restrictions have throttled access to chips": what a measure did reports a
    measure in place, where "Tariffs may hurt exporters" is a comment (§1)."""
    governor = view.governor
    return governor is not None and governor.group is not None and (
        governor.group.tense is Tense.PAST) and _agent_of_effect(view, governor)


# Prepositions that set a measure in a comment rather than report it.
_ADJUNCT_PREPOSITIONS = frozenset(("beyond", "despite", "amid", "with", "thanks to", "due to",
                                   "like", "mention", "besides", "unlike", "regardless of"))


def definite_reference(view: View) -> bool:
    """"The tariffs", "this levy", "their quotas": one particular measure, so one in place,
    which is a status read from the sentence (§1), not tariffs as a topic. Not when the
    trigger only qualifies another noun ("the tariff issue", "the quota talks")."""
    if view.compound_span is not None:
        return False
    return any(t.tags & {"definite_determiners", "possessive_pronouns"}
               for t in view.model.tokens[view.np_first:view.first])


def outside_policy(sentence: SentenceIndex) -> bool:
    """Company results, finance or sport with no government in the sentence: the trigger
    word is used in another sense ("loan loss provisions", "the federation's sanction").
    It reads the sentence alone, so the engine asks it before reading any trigger: in
    such a sentence none is a measure."""
    if not sentence.has_cue("non_policy_context"):
        return False
    return not (sentence.has_cue("government_nouns") or any(m.form == "body"
                                                              for m in sentence.actors))


# Kinds whose own verb's subject is the one who pays or buys.
_PAYING_KINDS = frozenset(("subsidy", "purchase_commitment"))


def _reporter_subject(view: View, group: VerbGroup) -> tuple[int, int] | None:
    """The subject of the verb of saying a pronoun's clause hangs from: "Acme Corp said it
    agreed to buy" gives "Acme Corp"."""
    controller = view.model.controller(group)
    while controller is not None:
        span = view.model.subject_span(controller)
        if span is not None:
            return span
        controller = view.model.controller(controller)
    return None


def _non_state_subject(view: View) -> bool:
    """A company, a bank, a club or a school as the subject of the verbs over the measure,
    with no jurisdiction in it: "the company imposed a fuel surcharge", "the federation
    imposed sanctions on the club" are not a government's measures."""
    # the subject of "subsidises" pays, the subject of "agreed to buy" buys
    groups = [view.model.group_at(p) for p in range(view.first, view.last + 1)] if str(
        view.rule.kind) in _PAYING_KINDS else []
    groups += [link.group for link in view.verb_links
               if link.relation not in ("subject", "passive") and link.group is not None
               and any(c.startswith("action:") for c in link.categories)]
    for group in groups:
        if group is None:
            continue
        if group.tense is Tense.INFINITIVE:
            group = view.model.controller(group)  # "profits are used to subsidise farms"
            if group is None:
                continue
        span = view.model.subject_span(group)
        if span is None:
            continue
        tokens = view.model.tokens
        if span[1] - span[0] == 1 and "subject_pronouns" in tokens[span[0]].tags:
            reporter = _reporter_subject(view, group)  # "Acme Corp said it agreed to buy"
            span = reporter if reporter is not None else span
        start, end = tokens[span[0]].start, tokens[span[1] - 1].end
        heads = [c.start for c in view.cues_of("non_state_actors") if start <= c.start < end]
        # A name before the private noun qualifies it ("Australian port unions", "U.S.
        # firms"); one elsewhere in the subject may be a government acting with them.
        return bool(heads) and not any(
            tokens[p].tags & {ACTOR} and tokens[p].start > min(heads) for p in range(*span))
    return False


def _topic_only(view: View) -> bool:
    """A bare measure named right after a topic frame: "a dispute over aircraft
    subsidies", "centred on the idea of reciprocal tariff actions" (§1: a topic, no
    action). "A dispute over the U.S. tariffs" still reports the tariffs."""
    tokens = view.model.tokens
    if any(t.tags & {"determiners", "possessive_pronouns", ACTOR, POSSESSIVE}
           for t in tokens[view.np_first:view.first]):
        return False
    start = tokens[view.np_first].start
    return any(start - _FRAME_GAP <= c.end <= start for c in view.cues_of("topic_frames"))


# Characters between a topic frame and the measure's phrase (a space, an article).
_FRAME_GAP = 5


def _natural_cause(view: View) -> bool:
    """A harvest, a drought or prices as the subject of the measure's own verb, or a
    strike as the agent of its passive: "the drought could limit exports", "a poor
    harvest, which could limit exports", "exports were halted by a strike". Trade is
    limited, but nobody decides it (§1)."""
    for link in view.verb_links:
        if link.relation != "self" or link.group is None:
            continue
        span = view.model.agent(link.group) if link.group.passive else (
            view.model.subject_span(link.group) or _antecedent_span(view, link.group))
        if span is not None:
            tokens = view.model.tokens
            start, end = tokens[span[0]].start, tokens[span[1] - 1].end
            if any(start <= c.start < end for c in view.cues_of("natural_causes")):
                return True
    return False


def _antecedent_span(view: View, group: VerbGroup) -> tuple[int, int] | None:
    """The words a relative clause's "which" or "that" stands for, when it is the subject:
    "a poor sugar harvest, which could limit exports" (the few tokens before the clause)."""
    model = view.model
    clause = model.clauses[model.clause_of(group.head)]
    if clause.kind is not ClauseKind.RELATIVE or group.first != clause.first + 1:
        return None
    last = clause.first
    while last > 0 and model.tokens[last - 1].tags & {PUNCT}:
        last -= 1
    first = max(0, last - _ANTECEDENT_TOKENS)
    return (first, last) if first < last else None


# How many tokens before a relative clause its antecedent is looked for in.
_ANTECEDENT_TOKENS = 4


# Tenses whose modality belongs to the verb, not to a measure it merely mentions.
_MODAL_TENSES = frozenset((Tense.POSSIBLE, Tense.CONDITIONAL, Tense.FUTURE,
                           Tense.COUNTERFACTUAL))


# Stages a measure has reached before it is in force, and the relations of a verb to the
# measure that is its subject ("the tariffs took effect", "the duties were imposed").
_EARLIER_STAGES = frozenset((Status.THREATENED, Status.PROPOSED, Status.ANNOUNCED))
_SUBJECT_RELATIONS = frozenset(("subject", "passive"))
# The categories of a verb that puts its subject in force ("took effect", "came into force",
# "were imposed"), now or on a date to come; not one that only issues it ("the proposed
# incentives were issued": a proposal made public).
_ENTRY_INTO_FORCE = frozenset(("predicates", "action:impose"))


@_per_view
def _chain_status(view: View) -> tuple[Status, Link] | None:
    """The status from the lowest link that says one, raised by a threat or an agreement
    above it ("warned it could impose", "agreed that it will lift")."""
    found: tuple[Status, Link] | None = None
    demand = _demand_link(view)
    for link in view.chain:
        if link is demand:
            break
        if _agent_of_effect(view, link):
            # what a measure does says nothing of how far it has got, unless it is what
            # it would do: "the tariffs would raise prices" (a hypothesis), "would have
            # raised costs" (announced, then averted)
            tense = link.group.tense if link.group is not None else None
            if found is None and tense in _EFFECT_STATUSES:
                found = (_EFFECT_STATUSES[tense], link)
            break
        if link.kind == "verb" and _is_reporting(link):
            continue
        if link.kind == "verb" and "complaint" in link.categories:
            break  # "exporters continue to complain of barriers": the complaint goes on
        if _states_purpose(view, link):
            continue  # "the duties are intended to protect farmers": what it is for
        if link.relation == "purpose" and not (
                _acted_on(view) and link.group is not None and link.group.finite):
            # "would be used to finance the subsidy": the purpose's own status; but a
            # purpose that acts on the measure takes its status from the verb it serves
            # ("would launch measures to further reduce import tariffs")
            continue
        status = _link_status(view, link)
        if found is None:
            if status is not None and not (link.kind == "self" and view.hit.from_pattern
                                           and status is Status.EFFECTIVE):
                found = (status, link)
            continue
        threat_above = status is Status.THREATENED and found[0] in (Status.PROPOSED,
                                                                   Status.ANNOUNCED)
        agreement_above = status is Status.AGREED and found[0] is Status.ANNOUNCED
        # "discussed a deal to lower tariffs": a deal under discussion is not yet made
        talks_above = status is Status.PROPOSED and found[0] is Status.AGREED
        # "the quota agreement took effect", "bought wheat under the accord": the
        # agreement is carried out
        done_above = status is Status.EFFECTIVE and found[0] is Status.AGREED and (
            found[1].kind in ("self", "compound") and link.kind == "verb"
            and link.relation in ("subject", "self"))
        # "will import wheat at reduced duty rates", "has proposed reduced duties": a
        # participle before the measure says what was done to it, the verb above how far
        # that has got
        # (only a participle: "existing tariffs", "current curbs" say they are in force)
        participle_below = found[0] is Status.EFFECTIVE and found[1].kind == "premodifier" and (
            ED in view.model.tokens[view.model.token_at(found[1].start)].tags
            and link is view.governor and link.group is not None and link.group.finite
            and status is not None and status is not Status.EFFECTIVE)
        # "the proposed tariffs went into effect", "the threatened duties were imposed": a
        # participle before the measure says the stage it had reached, the verb it is the
        # subject of that it has now come into force (or will: "will take effect")
        stage_passed = found[1].kind == "premodifier" and found[0] in _EARLIER_STAGES and (
            link is view.governor and link.relation in _SUBJECT_RELATIONS
            and link.group is not None and link.group.finite
            and not _ENTRY_INTO_FORCE.isdisjoint(link.categories)
            and status in (Status.EFFECTIVE, Status.ANNOUNCED)
            and view.clause_kind is not ClauseKind.CONDITIONAL)  # "if it is imposed": a guess
        # "has accepted a bonus offer": an offer taken up is no longer only put forward
        offer_taken = found[0] is Status.PROPOSED and _names_offer(view, found[1]) and (
            status in (Status.EFFECTIVE, Status.AGREED) and link.kind == "verb"
            and link.relation == "object")
        if status is not None and (threat_above or agreement_above or talks_above
                                   or done_above or participle_below or offer_taken
                                   or stage_passed):
            found = (status, link)  # "warned it could impose", "agreed that it will lift"
        elif status is Status.PROPOSED and found[0] is Status.ANNOUNCED and (
                (link.relation == "complement" and "status:proposed" in link.categories)
                or (link.group is not None and link.group.tense is Tense.POSSIBLE)):
            # "speculated that the administration will offer", "the rumour that Tokyo
            # will lift the ban"
            found = (status, link)
    return found


def _retaliation_weighed(view: View) -> bool:
    """A retaliation only weighed is a threat: "our only option is retaliation", "the
    risk would be counter-measures against imports", as "could retaliate" is (§3). But
    one foreseen as what something else may cause is others' speculation: "the tax could
    prompt retaliation" stays proposed, and so does one in an "if" clause ("especially if
    others introduce retaliatory tariffs"), a hypothesis."""
    if view.clause_kind is ClauseKind.CONDITIONAL or any(
            "causing" in link.categories for link in view.chain):
        return False
    phrase_start = view.premodifier_span[0]
    return any(phrase_start <= cue.start < view.hit.end for cue in view.cues_of("retaliation"))


def _names_offer(view: View, link: Link) -> bool:
    """The link is a noun of an offer over the measure: "a subsidy offer", "the offer of"."""
    return link.kind in ("compound", "noun") and (
        view.sentence[link.start:link.end].lower() in view.model.lexicon.offer_nouns)


def _states_purpose(view: View, link: Link) -> bool:
    """The measure is the subject of a participle of purpose: "the duties are intended to
    protect farmers", "the curbs were designed to slow imports". What a measure is for says
    nothing of how far it has got, though "intended" is a word of plans (§3)."""
    group = link.group
    return link.kind == "verb" and link.relation in ("subject", "passive") and (
        group is not None
        and view.model.tokens[group.head].lower in view.model.lexicon.purpose_participles)


def _in_force_at_once(view: View) -> bool:
    """ "The duties will apply with immediate effect": the words of immediacy stand in the
    clause of the verb that governs the measure, after it (§3: in force is effective)."""
    if not view.has_cue("immediacy"):
        return False  # no words of immediacy anywhere: no clause to look through
    governor = view.governor
    if governor is None or governor.group is None:
        return False
    start = view.model.tokens[governor.group.first].start
    _, end = view.model.clause_span(view.model.clause_of(governor.group.head))
    return any(start <= c.start < end for c in view.cues_of("immediacy"))


def _acted_on(view: View) -> bool:
    """The verb that takes the measure says what is done to it ("to reduce tariffs")."""
    governor = view.governor
    return governor is not None and governor.relation in ("object", "passive") and (
        _action_in(governor.categories) is not None)


@_per_view
def _goes_on(view: View) -> bool:
    """The measure is said to go on: "the tariffs will remain", "are expected to stay",
    "Beijing is likely to continue its ban". It is in force now, whatever the hedge over
    its going on (§3: effective is in force)."""
    governor = view.governor
    if governor is None or governor.group is None or governor.group.negated:
        return False
    if _noun_below(view, governor):
        return False  # "continued talks on tariffs": the talks go on
    if "continuation" in governor.categories:
        return True
    if governor.relation not in ("subject", "passive"):
        return False
    # "the tariffs are expected to remain": the measure is the subject of a verb that
    # raises the one saying it goes on
    model = view.model
    after = model.group_after(governor.group.last, model.lexicon.object_tokens)
    if after is None or after.tense is not Tense.INFINITIVE or model.controller(
            after) is not governor.group:
        return False
    head = model.tokens[after.head]
    return "continuation" in view.categories_at(head.start, head.end)


def _noun_below(view: View, link: Link) -> bool:
    """A noun stands between the measure and ``link``: what the verb says is said of it."""
    return any(below.kind == "noun" for below in _below(view, link))


# The status a measure has when the sentence says what it would do.
_EFFECT_STATUSES = {Tense.CONDITIONAL: Status.PROPOSED, Tense.COUNTERFACTUAL: Status.ANNOUNCED}


def _elliptical_condition(view: View) -> bool:
    """Another clause is a condition with no subject, "if" or "unless" right before a
    past participle: "If implemented,", "if re-elected,", "unless approved,"."""
    if view.clause_kind is ClauseKind.CONDITIONAL:
        return False
    tokens = view.model.tokens
    for clause in view.model.clauses:
        if clause.kind is not ClauseKind.CONDITIONAL or clause.marker not in ("if", "unless"):
            continue
        after = clause.first + 1
        if after < clause.last and ED in tokens[after].tags:
            return True
    return False


def _conditional_elsewhere(view: View) -> bool:
    """A conditional clause in the sentence that does not hold the trigger: "if ... will"."""
    return view.clause_kind is not ClauseKind.CONDITIONAL and any(
        clause.kind is ClauseKind.CONDITIONAL for clause in view.model.clauses)


def _enacted_bill(view: View) -> bool:
    """A bill that holds the measure ("the bill imposing quotas on textiles") whose own verb
    enacts it ("was signed into law", "was enacted", "became law"): the measure is in
    force. A verb below the bill ("a proposal to write the tariffs into law") enacts
    nothing yet."""
    tokens = view.model.tokens
    enactments = view.cues_of("enactment")
    chain = view.chain
    for index, link in enumerate(chain):
        if link.kind == "verb" or "status:proposed" not in link.categories:
            continue
        for upper in chain[index + 1:]:
            group = upper.group
            if upper.kind != "verb" or group is None:
                continue
            start = tokens[group.first].start
            end = tokens[group.last].end + _ENACTMENT_REACH
            if any(start <= c.start <= end for c in enactments):
                return True
        return False
    return False


# Characters after a verb group in which the words making it an enactment stand ("signed
# into law").
_ENACTMENT_REACH = 12


def _suspended_by_agreement(view: View) -> bool:
    """ "the Agreement Suspending the Antidumping Duty Investigation on Lemon Juice": the
    investigation is suspended by an agreement its parties signed, so the suspension is
    in force (§8), whatever the investigation's own status."""
    if view.rule.id not in _INVESTIGATED_RULES:
        return False
    model = view.model
    for cue in view.cues_in(0, view.hit.start, "action:suspend"):
        before = model.token_before(cue.start)
        if before >= 0 and model.tokens[before].lower in model.lexicon.agreement_nouns and (
                len(view.sentence[cue.end:view.hit.start].split()) <= _SUSPENSION_REACH_WORDS):
            return True
    return False


# Words between "Agreement Suspending" and the case it suspends: "the", "Antidumping".
_SUSPENSION_REACH_WORDS = 2


@_per_view
def _equated_status(view: View) -> Status | None:
    """The measure is the subject of "be" and the noun it is equated with says how far it
    has got: "export curbs are one possibility" (proposed), "phasing out the levies has
    been a stated goal" (announced), "a levy is not an option" (proposed, and denied). The
    noun is read up to the first preposition, verb or punctuation after "be" (§3)."""
    governor = view.governor
    if governor is None or governor.group is None or governor.relation != "subject":
        return None
    model = view.model
    tokens = model.tokens
    group = governor.group
    if not any("be_forms" in tokens[p].tags for p in range(group.first, group.head + 1)) or (
            "be_forms" not in tokens[group.head].tags and VERB in tokens[group.head].tags):
        return None  # "be" may end its group or stand before "not": "is not an option"
    found: Status | None = None
    aims = model.lexicon.aim_nouns
    # the group may end in the noun itself ("are possibilities"): read from there
    noun_head = not tokens[group.head].tags & {"be_forms", VERB, ING, ED, NEGATION, ADVERB}
    first = group.head if noun_head else group.last + 1
    for position in range(first, min(len(tokens), first + _EQUATED_NOUN_TOKENS)):
        token = tokens[position]
        if (position != group.head and model.group_at(position) is not None) or (
                token.tags & {PUNCT, "prepositions", ADVERB}):
            break  # "are less likely", "is likely": a hedge, read by the governing words
        categories = view.categories_at(token.start, token.end)
        status = Status.ANNOUNCED if token.lower in aims else _status_in(categories)
        found = status if status in _EQUATED_STATUSES else found
    return found


# What a noun after "be" can say: "the tariffs are a threat to the recovery" names a harm,
# not a coercive signal, and "the levy is in place" is read by the governing verb's words.
_EQUATED_STATUSES = frozenset((Status.PROPOSED, Status.ANNOUNCED, Status.AGREED))
# How many words after "be" may hold the noun a measure is equated with ("a stated policy
# goal").
_EQUATED_NOUN_TOKENS = 5


def _alternative_of_choice(view: View) -> bool:
    """The measure is one of the alternatives "between" which a choice is made: "the choice
    lies between regular tenders and a special levy", "Ottawa must choose between quotas
    and higher duties". Weighed, not decided (§3). The alternatives hold no verb; the
    choice word stands before "between" in the measure's clause."""
    model = view.model
    tokens = model.tokens
    lexicon = model.lexicon
    position = view.np_first - 1
    opening = model.clauses[view.clause].first
    floor = max(opening, view.np_first - 1 - lexicon.argument_tokens)
    while position >= floor and tokens[position].lower != "between":
        token = tokens[position]
        if (model.group_at(position) is not None and token.lower not in ("and", "or")) or (
                token.text in (";", ":", "(", ")")):
            return False
        position -= 1
    if position < floor:
        return False
    start = max(opening, position - lexicon.object_tokens)
    return any(tokens[p].lower in lexicon.choice_words for p in range(start, position))


STATUS_RULES: list[FieldRule[Status]] = [
    FieldRule("rule-fixes-status", "§8 the rule states it (investigations)",
              lambda v: v.rule.status is not None, lambda v: Status(str(v.rule.status))),
    FieldRule("refraining-asked", "§3 asked not to take it: a step its holder threatens",
              _asked_to_refrain, lambda v: Status.THREATENED),
    FieldRule("status-under-demand", "§1 the measure a demand is about, as it stands",
              lambda v: demanded_action(v) is not None,
              lambda v: _status_below_demand(v) or Status.EFFECTIVE),
    FieldRule("order-kept-on-review", "§8 a sunset review that continues an order",
              _order_kept, lambda v: Status.EFFECTIVE),
    FieldRule("notice-framing", "§8 a proposed rule or a determination frames the notice",
              lambda v: v.has_cue("proposed_framing"), lambda v: Status.PROPOSED),
    FieldRule("order-revoked", "§8 a notice revoking its order has done it",
              _order_revoked, lambda v: Status.EFFECTIVE),
    FieldRule("determination-in-investigation", "§8 a dumping or subsidy determination",
              lambda v: v.rule.id in _INVESTIGATED_RULES and v.has_cue("determination")
              and not v.has_cue("review_context"), lambda v: Status.PROPOSED),
    FieldRule("suspension-agreement", "§8 an investigation an agreement suspends: in force",
              _suspended_by_agreement, lambda v: Status.EFFECTIVE),
    FieldRule("case-under-investigation", "§8 an anti-dumping or countervailing investigation",
              lambda v: v.rule.id in _INVESTIGATED_RULES and _names_investigation(v)
              and not v.has_cue("review_context"), lambda v: Status.PROPOSED),
    FieldRule("measure-goes-on", "§3 effective: a measure said to remain is in force",
              _goes_on, lambda v: Status.EFFECTIVE),
    FieldRule("bill-enacted", "§3 a bill is proposed until enacted, then in force",
              _enacted_bill, lambda v: Status.EFFECTIVE),
    FieldRule("equated-with-status-noun", "§3 'tariffs are one option': the noun it is",
              *_found(_equated_status)),
    FieldRule("alternative-of-a-choice", "§3 proposed: 'a choice between tenders and a levy'",
              _alternative_of_choice, lambda v: Status.PROPOSED),
    FieldRule("governing-status", "§3 status: the nearest governing words and verb forms",
              lambda v: _chain_status(v) is not None,
              lambda v: _chain_status(v)[0]),  # type: ignore[index]
    FieldRule("under-negotiation", "§3 negotiations to set a measure are proposed",
              lambda v: _negotiated(v), lambda v: Status.PROPOSED),
]


def _names_investigation(view: View) -> bool:
    """The trigger modifies a noun of investigation in its own phrase, maybe across a
    coordinated modifier: "antidumping and countervailing duty investigations"."""
    model = view.model
    tokens = model.tokens
    for position in range(view.last + 1, min(len(tokens),
                                              view.last + 1 + model.lexicon.premodifier_tokens)):
        token = tokens[position]
        if view.categories_at(token.start, token.end) & {"investigation_heads"}:
            return True
        if model.group_at(position) is not None or token.tags & {PUNCT} or (
                "prepositions" in token.tags):
            return False
    return False


def _negotiated(view: View) -> bool:
    """Words of negotiation earlier in the measure's clause, and nothing governing it that
    says how far it has got: "negotiations on a deal for Iran to scale back in return for
    relief from sanctions" (§3)."""
    model = view.model
    clause_start, _ = model.clause_span(view.clause)
    for cue in view.cues_of("negotiation"):
        if not clause_start <= cue.start < view.hit.start:
            continue
        between = range(model.token_at(cue.end - 1) + 1, view.first)
        if not any((group := model.group_at(p)) is not None and group.finite for p in between):
            return True  # no verb of its own stands between ("at discussions, spoke on")
    return False


def _someones_effort(view: View) -> bool:
    """The measure is what an effort or a bid is for ("efforts in Congress to limit
    imports ... and would respond if"): an "if" elsewhere is not its condition, as it is
    for a plan or an intention ("his intention to impose tariffs unless")."""
    return view.intention_span() is not None and any(
        link.kind == "noun" and link.categories == INTENTION_STATUS for link in view.chain)


# Kinds whose conditional pledge rewards, not punishes: never a threat.
_NEVER_THREATS = frozenset(("purchase_commitment", "subsidy"))


# Kinds that punish the party they fall on: a vow to take one is no deal's term.
_PUNITIVE_KINDS = frozenset(("tariff", "sanction"))


def _vowed_punishment(view: View, status: Status, action: Action) -> bool:
    """ "Trump promised to impose 25% tariffs on Canada", "vowed sanctions on Moscow": a
    vow to punish another party is made to one's own public, so it states that the measure
    will come (announced), not a commitment to a partner (§3 agreed is a deal's; its
    "pledged" stays agreed). A vow in a sentence that names a deal ("promised under the
    accord", "agreed and promised") stays agreed, and so does one made to a party
    ("promised Washington it would impose duties")."""
    if status is not Status.AGREED or action not in (Action.IMPOSE, Action.INCREASE) or (
            str(view.rule.kind) not in _PUNITIVE_KINDS):
        return False
    found = _chain_status(view)
    if found is None or found[1].group is None:
        return False
    vows = view.model.lexicon.vow_verbs
    tokens = view.model.tokens
    if tokens[found[1].group.head].lower not in vows:
        return False
    return not _promisee(view) and not _in_deal_frame(view, 0, len(view.sentence)) and all(
        view.sentence[cue.start:cue.end].lower() in vows for cue in view.cues_of("status:agreed"))


def _framed(view: View, status: Status, action: Action) -> tuple[Status, str | None]:
    """The clause the measure stands in can change its status ("if ... will impose")."""
    if view.clause_kind is ClauseKind.CONDITIONAL and status in (Status.EFFECTIVE,
                                                                 Status.ANNOUNCED):
        if definite_reference(view) and action in (Action.IMPOSE, Action.INCREASE) and (
                str(view.rule.kind) not in _NEVER_THREATS):
            # "if Reagan imposed the tariffs", "if the tariff went ahead": a measure already
            # on the table, weighed before it strikes, is a threat (§3)
            return Status.THREATENED, "pending-measure-in-if-clause"
        return Status.PROPOSED, "inside-if-clause-is-hypothesis"
    elliptical = _elliptical_condition(view)
    if elliptical and status in (Status.EFFECTIVE, Status.ANNOUNCED) and (
            view.governor is not None and view.governor.relation == "subject"):
        # "If implemented, the new tariffs will raise costs", "if approved, the levy will
        # take effect in May": a condition with no subject of its own is on the measure
        # itself, not yet decided (§3)
        return Status.PROPOSED, "condition-on-the-measure"
    # "if re-elected, Biden would use tariffs": a condition on the author's own fate is
    # no threat to another party
    if not elliptical and _conditional_elsewhere(view) and (status in (
            Status.ANNOUNCED, Status.PROPOSED) or (
            # "vowed to impose tariffs if they act": a pledge to punish is a threat; a
            # pledge to buy or to pay on a condition is a deal's term
            status is Status.AGREED and str(view.rule.kind) not in _NEVER_THREATS)) and (
            action in (Action.IMPOSE, Action.INCREASE)) and not _someones_effort(view):
        return Status.THREATENED, "if-then-is-threat"
    if _vowed_punishment(view, status, action):
        return Status.ANNOUNCED, "vow-to-punish-is-intent"
    if status in (Status.ANNOUNCED, Status.AGREED) and any(
            cue.start < view.hit.start and not _NEW_CLAUSE.search(
                view.sentence, cue.end, view.hit.start) for cue in view.cues_of("pending_deal")):
        # "close to a deal that will eliminate tariffs": the deal is still being made (§3)
        return Status.PROPOSED, "deal-not-yet-reached"
    verb_start = view.governor.start if view.governor is not None else view.hit.start
    # in a clause of its own ("before the tariffs are to take effect"), only a deal named
    # in that clause makes the measure its term
    deal_from = view.model.clause_span(view.clause)[0] if (
        view.clause_kind is ClauseKind.SUBORDINATE) else 0
    if status in (Status.ANNOUNCED, Status.PROPOSED) and (any(
        deal_from <= c.start < verb_start for c in view.cues_of("status:agreed")
    ) or _in_deal_frame(view, deal_from, verb_start)) and any(
            link.group is not None and link.group.tense in (Tense.CONDITIONAL, Tense.FUTURE)
            for link in view.verb_links[:1]):
        return Status.AGREED, "will-as-deal-term"
    if status is Status.ANNOUNCED and _observers_forecast(view):
        return Status.PROPOSED, "observers-forecast"
    if status is Status.EFFECTIVE and _prevented(view):
        return Status.THREATENED, "averted-measure-is-threat"
    if status is Status.ANNOUNCED and _in_force_at_once(view):
        return Status.EFFECTIVE, "in-force-at-once"
    if status in (Status.EFFECTIVE, Status.AGREED, Status.ANNOUNCED) and _proposing_subject(view):
        return Status.PROPOSED, "bill-or-committee-proposes"
    if status in (Status.EFFECTIVE, Status.ANNOUNCED) and view.sentence.rstrip().endswith(
            "?") and not _QUESTION_AFTER_COMMA.search(view.sentence, view.hit.end):
        # "Given rising US tariffs, what role can China play?": the tariffs stand in a
        # phrase before the question, not in it
        return Status.PROPOSED, "question-is-speculation"
    return status, None


def _observers_forecast(view: View) -> bool:
    """Observers, not the government, say the measure will come: "tariffs will rise next
    year, economists predict", "analysts said Seoul would ease the curbs" (§3: others'
    speculation is proposed). Their verb may stand before the measure or after it."""
    observers = view.cues_of("observers")
    if not observers:
        return False
    governor = view.governor
    if governor is None or governor.group is None or governor.group.tense not in (
            Tense.FUTURE, Tense.CONDITIONAL):
        return False
    model = view.model
    chain_groups = [link.group for link in view.chain if link.group is not None]
    for group in model.groups:
        if group is governor.group:
            continue
        if not any(group is other for other in chain_groups) and not (
                group.start > view.hit.end and _closes_attribution(model, group)):
            continue  # only the verb over the measure, or an attribution after it
        head = model.tokens[group.head]
        categories = view.categories_at(head.start, head.end)
        if "reporting" not in categories and "status:proposed" not in categories:
            continue
        subject = model.subject_span(group)
        if subject is None:
            continue
        start, end = model.tokens[subject[0]].start, model.tokens[subject[1] - 1].end
        if any(start <= cue.start < end for cue in observers):
            return True
    return False


# A clause of its own after a comma or a semicolon: "nearing a deal, but Washington said
# it will impose tariffs" (the deal is not the tariffs').
_NEW_CLAUSE = regex.compile(r"[,;]\s*(?:but|while|whereas|and|yet)\b|;", regex.IGNORECASE)


def _closes_attribution(model: SentenceModel, group: VerbGroup) -> bool:
    """A verb with nothing of its own after it: ", economists predict." or ", analysts
    said, as markets rallied", not "a move analysts expect to hurt growth"."""
    after = group.last + 1
    if after >= len(model.tokens):
        return True
    token = model.tokens[after]
    return bool(token.tags & {PUNCT, "subordinators"}) or token.lower in _CLOSING_WORDS


# Words after a verb that start no object of its own: ", analysts said as markets fell".
_CLOSING_WORDS = frozenset(("as", "while", "on", "last", "this", "in", "after", "before"))


# A question opening after a comma: what comes before it is not asked.
_QUESTION_AFTER_COMMA = regex.compile(
    r",\s+(?:what|how|why|which|who|whom|where|when|can|could|will|would|should|is|are|"
    r"does|do|did)\b", regex.IGNORECASE)


def _proposing_subject(view: View) -> bool:
    """A bill, a committee or talks as the subject of the verbs over the measure, or the
    agent of a passive one: still a proposal until enacted ("the subcommittee agreed to
    bar imports", "was promoted by the chairman of a subcommittee")."""
    if not view.has_cue("status:proposed"):
        return False  # no word of a proposal anywhere: no subject names one
    for link in view.verb_links:
        if link.relation == "subject" or link.group is None:
            continue
        # a passive's proposer is its agent: "was promoted by the chairman of a subcommittee"
        span = view.model.agent(link.group) if link.relation == "passive" else (
            view.model.subject_span(link.group))
        if span is None:
            continue
        tokens = view.model.tokens
        start, end = tokens[span[0]].start, tokens[span[1] - 1].end
        if any(start <= c.start < end for c in view.cues_of("enactment")):
            return False  # "the bill that Trump signed into law wound down the subsidies"
        return any(start <= c.start < end
                   and view.text(c.start, c.end).lower() not in _NOT_PROPOSING
                   for c in view.cues_of("status:proposed"))
    return False


# A government's committee decides; only a legislature's committee or a bill proposes.
# Firms "not selected for individual examination" in a review propose nothing.
_NOT_PROPOSING = frozenset(("committee", "examination", "examinations"))


# "Under the new agreement, ...": a deal whose terms the sentence states.
_DEAL_FRAME = regex.compile(
    r"\bunder\s+(?:the|a|an|this|its|their)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:agreement|accord|deal|pact|arrangement|protocol|truce|understanding)\b",
    regex.IGNORECASE)


def _in_deal_frame(view: View, start: int, end: int) -> bool:
    """Whether "under the new agreement" or the like stands within ``[start, end)``."""
    return view.may_match(_DEAL_FRAME) and _DEAL_FRAME.search(
        view.sentence, start, end) is not None


@_per_view
def _prevented(view: View) -> bool:
    """Someone tries to head off or avert the measure: it is a threat, not yet in force."""
    return any("prevention" in link.categories for link in view.verb_links)


# ---------------------------------------------------------------------- imposer

# Patterns the field rules run on every trigger, compiled once.
_BY_AFTER = regex.compile(r"\s*(?:\w+\s+){0,2}?by\s+")
_BRACKETED = regex.compile(r"\s*\([^)]{0,40}\)\s*")
_FRONTED_PARTY = regex.compile(r"(?:In\s+addition,\s+)?(?:for|against|with|toward|towards)\s+"
                               r"([^,]{2,80}),", regex.IGNORECASE)
_GOODS_OF_BEFORE = regex.compile(
    r"\b(?:goods|products|imports|exports|steel|produce|origin)\s+of\s+(?:the\s+)?$")
_STRONG_STOP = regex.compile(r"[;:]")

_TARGET_LIKE_AFTER = regex.compile(
    r"\s+(?:(?:also|already|now|\w+ly)\s+)?"
    r"(?:(?:has|have|had)(?:\s+(?:also|already|now|since|\w+ly))?\s+been|was|were|is|are"
    r"|(?:will|could|may|might|would)\s+be)"
    r"(?:\s+(?:also|already|now|\w+ly))?\s+(?:being\s+)?"
    r"(?:threatened|hit|targeted|slapped|punished|sanctioned|penali[sz]ed|blacklisted)\b",
    regex.IGNORECASE)
_GOVERNMENT_OF = regex.compile(
    r"\b(?:government|ministry|department|minister|president|prime\s+minister|parliament|"
    r"cabinet|state\s+council|authorities|customs)(?:\s+(?:of|for)(?:\s+[\w&,-]+){1,6})?"
    r"\s+of\s+(?:the\s+)?$"
    # "officials in Beijing", "new policies in Russia": who governs there
    r"|\b(?:governments?|authorities|officials|lawmakers|legislators|regulators|policymakers|"
    r"policy|policies|rules|regulations|laws|ministries|ministers)\s+in\s+(?:the\s+)?$",
    regex.IGNORECASE)


def _before_is(view: View, mention: ActorMention, category: str, reach: int = 12) -> bool:
    """Whether a cue of a category ends just before a mention (only "the" between)."""
    for cue in view.cues_of(category):
        if 0 <= mention.actor.start - cue.end <= reach:
            gap = view.text(cue.end, mention.actor.start).strip().lower()
            if gap in ("", "the", "u.s.", "the u.s."):
                return True
    return False


# Imports named with their origin after them: the name before them is the importer.
_IMPORTS_FROM = regex.compile(r"imports\s+from\b", regex.IGNORECASE)


def _goods_after(view: View, mention: ActorMention, category: str = "goods_nouns") -> bool:
    """ "Chinese goods", "U.S. farm products": the mention qualifies goods after it.

    Kept per view: a trigger's rules ask it of the same name several times (as a target,
    an owner, one who can act). The answer depends on the name only through where it
    ends and its form.
    """
    key = (_goods_after, mention.actor.end, mention.form, category)
    found = view.memo.get(key)
    if found is None:
        found = view.memo[key] = _qualifies_goods(view, mention.actor.end, mention.form,
                                                  category)
    return bool(found)


def _qualifies_goods(view: View, end: int, form: str, category: str) -> bool:
    """Whether a name ending at ``end`` qualifies goods (or, for ``target_nouns``, a
    programme) named right after it: see :func:`_goods_after`."""
    for cue in view.cues_of(category):
        if end <= cue.start <= end + 25:
            if end <= view.hit.start and view.hit.end <= cue.start:
                continue  # "Chinese tariffs on soybeans": the name qualifies the measure
            if view.may_match(_IMPORTS_FROM) and _IMPORTS_FROM.match(view.sentence, cue.start):
                return False  # "US imports from China": the US imports, China is hit
            if category == "target_nouns" and not (
                    _programme_name(view.sentence, cue.start, cue.end)
                    or view.sentence[cue.start:cue.start + 1] == "-") and form in (
                    "abbreviation", "demonym", "metonym", "bloc"):
                return False  # "US sanctions" are the U.S.'s; "Iran Sanctions Regulations" hit Iran
            between = view.text(end, cue.start)
            words = between.split()
            programme = category == "target_nouns" and all(w[:1].isupper() for w in words)
            if (len(words) > (_PROGRAMME_WORDS if programme else 2)) or any(
                    p in between for p in ",;:()"):
                return False  # "Russian Harmful Foreign Activities Sanctions Regulations"
            if form != "demonym" and (len(words) > 1 or any(
                    w.endswith("ed") for w in words)):
                return False
            model = view.model
            if any(model.group_at(index) is not None
                   for index in range(model.token_at(end - 1) + 1, model.token_at(cue.start))):
                return False  # "Trump escalates metals tariffs": a verb stands between
            if any(end <= c.start <= end + 2 for c in view.cues_of("government_nouns")):
                return False
            return view.model.group_at(view.model.token_at(cue.start)) is None
    return False


def _original(view: View, mention: ActorMention) -> ActorMention:
    """A name repeated in brackets, "the Republic of Turkey (Turkey)", stands for the first."""
    start = mention.actor.start
    if start == 0 or view.sentence[start - 1] != "(":
        return mention
    for other in view.actors:
        if other.actor.code == mention.actor.code and 0 <= start - 1 - other.actor.end <= 2:
            return other
    return mention


def _programme_name(sentence: str, start: int, end: int) -> bool:
    """A capitalised noun that goes on into a name ("Iran Sanctions Regulations"), not one
    a wire service capitalised after "U.S." ("U.S. Sanctions have cost Poland")."""
    return sentence[start:start + 1].isupper() and (
        _CAPITALISED_NEXT.match(sentence, end) is not None)


# The next word of a name: capitalised, after a space.
_CAPITALISED_NEXT = regex.compile(r"\s+(?-i:[A-Z])")


def can_act(view: View, mention: ActorMention) -> bool:
    """A mention that can be the one who acts: not a target, a place or goods' origin."""
    mention = _original(view, mention)
    if _target_like_after(view, mention) or _based_in(view, mention) or (
            mention.form == FIRM_FORM):
        return False
    if mention.form == "demonym":
        following = view.text(mention.actor.end, mention.actor.end + 30).lower()
        governed = any(mention.actor.end <= c.start <= mention.actor.end + 2
                       for c in view.cues_of("government_nouns"))
        if not governed and not (view.text(max(0, mention.actor.start - 4),
                                           mention.actor.start).lower().endswith("the ")
                                 and following[:1] == " " and not _goods_after(view, mention)):
            return False
    possessive = view.text(mention.actor.end, mention.actor.end + 2) in ("'s", "\u2019s")
    if possessive and mention.form != "body" and any(
            _after_word(view, mention, word) for word in _MEASURE_TARGET_PREPOSITIONS) and (
            not _POSSESSIVE_PHRASE.fullmatch(
            view.sentence, mention.actor.end, max(mention.actor.end, view.hit.start))):
        return False  # "sanctions on Russia's banks ... as well as secondary sanctions"
    if mention.form == "body" or possessive:
        return True
    government = _GOVERNMENT_OF.search(
        view.sentence, max(0, mention.actor.start - 90), mention.actor.start,
    ) if view.may_match(_GOVERNMENT_OF) else None
    if government is not None:
        # "the government of Iran" acts, unless the phrase is what a measure is "on" or
        # "against": "sanctions on the government of Iran"
        return _HIT_PHRASE_BEFORE.search(view.sentence, max(0, government.start() - 12),
                                         government.start()) is None
    if _goods_after(view, mention) or _goods_after(view, mention, "target_nouns"):
        return False
    if mention.form != "body" and _private_after(view, mention):
        return False  # "London traders said", "U.S. firms agreed": the market, not the state
    if mention.form != "bloc" and _before_is(view, mention, "genitive_prepositions", 5):
        return False
    if _listed_after_target(view, mention):
        return False  # "tariffs on Mexico and Canada"
    if _before_is(view, mention, "target_locators"):
        return False  # "beef produced in Brazil", "entities in China": where the hit are
    return not (_before_is(view, mention, "target_prepositions")
                or _before_is(view, mention, "non_agent_prepositions"))


# "on" or "against" and a determiner just before a phrase: "sanctions on the government of".
_HIT_PHRASE_BEFORE = regex.compile(r"\b(?:on|against)\s+(?:the\s+|its\s+|their\s+)?$",
                                   regex.IGNORECASE)
# Prepositions after a measure that open whom it hits: "sanctions on Russia's banks".
_MEASURE_TARGET_PREPOSITIONS = ("on", "against")
# A possessive and the words of its phrase up to the measure it owns: "Japan's new".
_POSSESSIVE_PHRASE = regex.compile(r"['\u2019]s(?:\s+[\w-]+){0,3}\s+")


def _target_like_after(view: View, mention: ActorMention) -> bool:
    """ "Canada has been hit", "Iran was sanctioned": the verb after the name casts it as
    one a measure strikes."""
    return view.may_match(_TARGET_LIKE_AFTER) and _TARGET_LIKE_AFTER.match(
        view.sentence, mention.actor.end) is not None


def _based_in(view: View, mention: ActorMention) -> bool:
    """ "the Paris-based OECD", "a Geneva-based body", "the Hong Kong-listed firm": the
    place says where another stands or trades, and does not act itself."""
    return view.may_match(_BASED_AFTER) and _BASED_AFTER.match(
        view.sentence, mention.actor.end) is not None


_BASED_AFTER = regex.compile(r"[\s-](?:based|listed|headquartered)\b", regex.IGNORECASE)


def _private_after(view: View, mention: ActorMention) -> bool:
    """A name right before a private actor's noun qualifies it: "London traders", "Japanese
    millers", "U.S. firms"."""
    end = mention.actor.end
    return any(0 < c.start - end <= _PRIVATE_REACH and _PRIVATE_GAP.fullmatch(
        view.sentence, end, c.start) for c in view.cues_of("non_state_actors"))


# What may stand between a name and the private noun it qualifies: a space, an adjective.
_PRIVATE_GAP = regex.compile(r"\s+(?:[a-z]+\s+)?")
_PRIVATE_REACH = 20


def _listed_after_target(view: View, mention: ActorMention) -> bool:
    """A name joined by a list to one after a target preposition: "on Mexico and Canada"."""
    earlier = [m for m in view.actors if m.actor.end <= mention.actor.start]
    current = mention
    for other in reversed(earlier):
        if not _coordinated_with_previous(view, current, [other]):
            return False
        if _before_is(view, other, "target_prepositions"):
            return True
        current = other
    return False


def _in_trigger_body(view: View) -> ActorMention | None:
    """ "under the Export Enhancement Program": a body or programme named in the trigger
    acts, except in a purchase, where the programme is the seller's ("tender for U.S.
    soyoil under PL-480" is the tendering country's purchase)."""
    if _is_purchase(view):
        return None
    return _trigger_body(view)


def _is_purchase(view: View) -> bool:
    return str(view.rule.kind) == "purchase_commitment"


def _seller_programme(view: View) -> list[ActorMention]:
    """The seller's programme a purchase is made under is the seller."""
    body = _trigger_body(view) if _is_purchase(view) else None
    return [attrs.evolve(body, form="name")] if body is not None else []


def _trigger_body(view: View) -> ActorMention | None:
    for mention in view.actors:
        if (view.hit.start <= mention.actor.start and mention.actor.end <= view.hit.end
                and mention.form == "body"):
            return mention
    return None


def _attributive_owner(view: View) -> ActorMention | None:
    """ "U.S. tariffs", "Chinese export controls", "EU anti-dumping duties": a jurisdiction
    right before the measure's noun, not qualifying goods ("Canadian lumber duties")."""
    if view.model.group_at(view.first) is not None or (
            "modals" in view.model.tokens[view.first].tags
            or view.model.tokens[view.first].lower == "to"):
        return None  # "talks with Moscow to buy oil": a verb phrase has no attributive owner
    start, end = view.premodifier_span
    for mention in sorted(view.actors, key=lambda a: -a.actor.start):
        if not (start <= mention.actor.start and mention.actor.end <= end):
            continue
        after = view.text(mention.actor.end, view.hit.start)
        if after.startswith(("-specific", "-related", "-origin", "-made")):
            continue
        if _goods_after(view, mention) or _goods_after(view, mention, "target_nouns"):
            continue
        if len(after.split()) > 3:
            continue
        if _given_to(view, mention) or names_people(mention):
            continue
        return mention
    return None


def _named_before_goods(view: View) -> ActorMention | None:
    """A country's name (not its demonym) before goods before the measure's noun ("an
    exemption from US steel tariffs", "the Japan rice import ban", "the European Community
    grain levy"): the one the measure belongs to, as news and notices most often mean it.
    A demonym qualifies the goods ("Chinese steel tariffs" hit Chinese steel); the rules
    above this one give a measure with an owner of its own ("Trump's Canada energy
    tariff") to that owner first. A headline's "Canada lumber duties", the US's duties on
    Canadian lumber, is read wrong."""
    start, end = view.premodifier_span
    for mention in view.actors:
        if not (start <= mention.actor.start and mention.actor.end <= end) or (
                mention.form in ("demonym", "body")) or names_people(mention):
            continue
        if _goods_after(view, mention) and not _given_to(view, mention):
            return mention
    return None


def _given_to(view: View, mention: ActorMention) -> bool:
    """A name right after a verb of giving receives what is given: "offered the Soviet
    Union subsidised wheat", "granted China tariff exemptions"."""
    model = view.model
    position = _word_before(view, mention)
    return position >= 0 and model.group_at(position) is not None and (
        model.tokens[position].lower in model.lexicon.giving_verbs)


def _agent(view: View) -> ActorMention | None:
    """ "tariffs imposed by the EU": the agent of a passive verb in the chain."""
    for link in view.verb_links:
        group = link.group
        assert group is not None
        subject = view.model.subject_span(group)
        # "a tariff imposed on US goods by": a participle after its own measure's noun
        reduced = link.relation == "passive" or (
            link.relation == "self" and group.tense is Tense.PAST and (
                subject is None or subject[1] - 1 >= view.first))
        if not group.passive and not reduced:
            continue
        span = view.model.agent(group)
        if span is None:
            continue
        tokens = view.model.tokens
        start, end = tokens[span[0]].start, tokens[span[1] - 1].end
        for mention in view.actors:
            if start <= mention.actor.start and mention.actor.end <= end and not (
                    _based_in(view, mention)):
                return mention
        named = None if start <= view.hit.start < end else _enumerated_after(view, end)
        if named is not None:
            return named  # "by the main economic powers, namely, China and the EU"
    after = view.text(view.hit.end, min(len(view.sentence), view.hit.end + 40))
    match = _BY_AFTER.match(after) if view.may_match(_BY_AFTER) else None
    if match:
        for mention in view.actors:
            if (mention.actor.start == view.hit.end + match.end() or (
                    0 <= mention.actor.start - (view.hit.end + match.end()) <= 4)) and not (
                    _based_in(view, mention)):
                return mention
    return None


def _enumerated_after(view: View, end: int) -> ActorMention | None:
    """The first name of a list that spells out a phrase ending at ``end``: "countries in
    Trump's hit list, namely, Mexico, Canada, China and the EU"."""
    match = _ENUMERATION.match(view.sentence, end) if view.may_match(_ENUMERATION) else None
    if match is None:
        return None
    for mention in view.actors:
        if match.end() <= mention.actor.start <= match.end() + _ENUMERATION_GAP:
            return mention
    return None


# Words that open a list spelling out a noun phrase, and how far its first name may be.
_SPELLING_OUT = (r"namely", r"including", r"such\s+as", r"notably")
ENUMERATION_OPENERS = (*_SPELLING_OUT, r"led\s+by")
_ENUMERATION = regex.compile(
    r"[^.;:]{0,60}?,?\s*(?:" + "|".join(ENUMERATION_OPENERS) + r")\s*,?\s*",
    regex.IGNORECASE)
_ENUMERATION_GAP = 5


def _demanded_of(view: View) -> ActorMention | None:
    """ "urged Japan to lift its quotas": the one asked to act owns the measure in force."""
    demand = _demand_link(view)
    if demand is None or demand.group is None:
        return None
    for link in view.verb_links:
        if link is demand:
            break
        assert link.group is not None
        found = view.object_actors(demand.group, link.group)
        if found:
            return found[-1]
    return None


def _relative_subject(view: View) -> ActorMention | None:
    """ "the quotas, which Tokyo says must remain", "the duties that Beijing imposed": the
    subject of a relative clause right after the measure, whose object the measure is."""
    group = view.relative_group()
    if group is None or view.model.subject_span(group) is None:
        return None
    for mention in view.subject_actors(group):
        if can_act(view, mention):
            return mention
    return None


def _chain_subject(view: View) -> ActorMention | None:
    """The subject of the verbs that govern the measure: "Washington imposed", "Japan said
    it would", "Beijing agreed to delay". The one who heads off or fears a measure is hit
    by it, not its author."""
    links = view.verb_links
    owners = view.model.lexicon.owner_prepositions
    for index, link in enumerate(links):
        if link.relation == "subject" and _agent_of_effect(view, link):
            return None  # "said the sanctions set a dangerous precedent": a comment on them
        if link.relation in ("subject", "passive"):
            continue
        if link.relation.startswith("oblique:") and link.relation[len("oblique:"):] not in owners:
            return None  # "took a hardline stance on the quotas": not the quotas' owner
        if link.relation == "prep_object" and link.group is not None and (
                _preposition_after(view, link.group) in _NOT_OWNING_PREPOSITIONS):
            return None  # "Moscow would buy under a subsidy offer": Moscow pays nothing
        if link.categories & {"prevention", "exposure", "complaint"}:
            return None  # "Brussels complained about Chinese subsidies": not Brussels's
        if _relief_won(view, link) or ("winning" in link.categories and link.relation == "object"):
            # "Dhaka secured a lower tariff", "London secured a 10% tariff on its cars":
            # the one who wins a measure gets it from another, it is not its author
            return None
        if link.categories & {"demand", "advice", "persuasion"}:
            return None
        group = link.group
        assert group is not None
        if group.tense is Tense.PARTICIPLE and view.model.tokens[group.head].lower in (
                view.model.lexicon.topic_participles):
            continue  # "provisions of the pact with Canada related to duty deferral": the
            # noun before names a topic's holder, not who acts
        above = links[index + 1] if index + 1 < len(links) else None
        if group.tense is Tense.INFINITIVE and above is not None and above.group is not None and (
                above.relation == "control" and "status:agreed" not in above.categories):
            # "analysts expect the EU to raise duties", "forced Tokyo to cut": the object
            # of the verb above does what the infinitive says ("promised Seoul to buy" is
            # the promiser's)
            before_to = view.model.tokens[group.first - 1].end if group.first > 0 else -1
            objects = [m for m in view.object_actors(above.group, group)
                       if can_act(view, m) and m.actor.end == before_to]
            if objects:
                return objects[-1]  # not "understandings with Canada, respectively, to"
        acting = [m for m in view.subject_actors(group) if can_act(view, m)]
        exporter = _exporter_among(view, acting)
        if exporter is not None:
            return exporter
        if acting:
            # the subject's head comes first; later names sit in its modifiers: "Commerce
            # and a representative of the Government of Mexico have signed"
            return min(acting, key=lambda m: m.actor.start)
        if view.model.subject_span(group) is not None and not _is_reporting(link) and (
                group.tense not in (Tense.INFINITIVE, Tense.GERUND)) and not (
                above is not None and above.relation == "complement"
                and not _is_reporting(above)):
            return None  # a subject that names no jurisdiction ("the company agreed")
    return None


def _exporter_among(view: View, parties: list[ActorMention]) -> ActorMention | None:
    """Of several parties that agree to limit exports, the one whose exports they are
    limits them (§2: "the U.S. and Japan agreed to limit Japanese machine tool exports" is
    Japan's export control, the U.S. its target)."""
    if len(parties) < 2 or str(view.rule.kind) != "export_control":
        return None
    owners = {m.actor.code for m in view.actors if m.form == "demonym"
              and view.hit.start <= m.actor.start < view.hit.end}
    return next((m for m in parties if m.actor.code in owners), None)


# Prepositions after a verb whose object is a measure the verb's subject only meets:
# "buy under a subsidy offer", "shipped despite the quotas".
_NOT_OWNING_PREPOSITIONS = frozenset(("under", "despite"))


def _preposition_after(view: View, group: VerbGroup) -> str:
    """The word right after a verb group, lower-cased ("" at the end)."""
    tokens = view.model.tokens
    return tokens[group.last + 1].lower if group.last + 1 < len(tokens) else ""


def _blocking_jurisdiction(view: View) -> ActorMention | None:
    """The sanctions formula names who blocks: "property subject to U.S. jurisdiction",
    "U.S. persons are prohibited from dealing with them"."""
    if str(view.rule.kind) != "sanction":
        return None
    for mention in view.actors:
        if view.may_match(_BLOCKING_AFTER) and _BLOCKING_AFTER.match(view.sentence,
                                                                     mention.actor.end):
            return mention
    return None


_BLOCKING_AFTER = regex.compile(
    r"\s+(?:jurisdiction\b|persons\s+are\s+(?:no\s+longer\s+)?(?:generally\s+)?"
    r"(?:prohibited|barred))",
    regex.IGNORECASE)


def _intention_owner(view: View) -> ActorMention | None:
    """ "Mexico condemned Trump's threat to impose tariffs", "a bid by Brussels to ban
    imports": the measure is the intention of the one the noun phrase names, not of the
    one reacting to it."""
    span = view.intention_span()
    if span is None:
        return None
    start, end = span
    noun = next(link for link in view.chain if link.kind == "noun"
                and link.relation == "complement")
    if "demand" in noun.categories:
        return None  # "the U.S. demand that Japan lift the quotas": asked of Japan, Japan's
    before = view.actors_within(start, noun.start)
    for mention in reversed(before):  # "the U.S. Senate's push": the nearest name
        if mention.form == "demonym" or can_act(view, mention):
            return mention  # "Chinese efforts to curb exports"
    for mention in view.actors:
        # the preposition names the owner here ("moves in Congress to"), so it is not the
        # place or the goods' origin it would be elsewhere; goods still are not owners
        if noun.end <= mention.actor.start and mention.actor.end <= end and not (
                _goods_after(view, mention)):
            return mention
    return None


# Words of a noun phrase read back from its head for a name that owns it ("the US's
# reckless imposition").
_ACTION_NOUN_PHRASE_WORDS = 4


def _action_noun_owner(view: View) -> ActorMention | None:
    """ "oppose the US's reckless imposition of tariffs", "the Japanese lifting of the
    ban": the name owning the noun that says what is done to the measure owns it; so does
    the name owning a proposal of it ("a Colombian initiative on export quotas")."""
    for token in _owner_words(view):
        if token.tags & {ACTOR, POSSESSIVE}:
            for mention in view.actors:
                if mention.actor.start <= token.start < mention.actor.end + 1 and (
                        mention.form == "demonym" or can_act(view, mention)):
                    return mention
    return None


def _owner_words(view: View) -> Iterator[Token]:
    """The words before the noun that says what is done to the measure (or proposes it),
    nearest first, as far as its phrase goes: where a name owning that noun stands."""
    noun = next((link for link in view.chain if link.kind == "noun" and link.relation == "of"
                 and (_action_in(link.categories) is not None
                      or "proposal_heads" in link.categories)), None)
    if noun is None:
        return
    tokens = view.model.tokens
    position = view.model.token_at(noun.start) - 1
    floor = max(0, position - _ACTION_NOUN_PHRASE_WORDS)
    while position >= floor:
        token = tokens[position]
        yield token  # "the U.S. imposition": a name may end in a stop
        if token.tags & {PUNCT, "prepositions"} or view.model.group_at(position) is not None:
            return
        position -= 1


@_per_view
def _unnamed_action_owner(view: View) -> bool:
    """The noun that says what is done to the measure (or proposes it) has an owner that
    names no jurisdiction: "the West's imposition of sanctions", "the alliance's lifting of
    the ban". The owner holds the measure, so no other name in the sentence does (§4)."""
    owner = next((token for token in _owner_words(view) if POSSESSIVE in token.tags), None)
    return owner is not None and ACTOR not in owner.tags and not view.actors_within(
        owner.start, owner.end)


def _blamed(view: View) -> ActorMention | None:
    """ "criticised Washington for the tax", "accused Beijing over its curbs": the one
    blamed for a measure is the one who took it."""
    governor = view.governor
    if governor is None or governor.group is None or "complaint" not in governor.categories:
        return None
    if governor.relation not in ("oblique:for", "oblique:over"):
        return None
    tokens = view.model.tokens
    start = tokens[governor.group.last].end
    found = view.actors_within(start, view.hit.start)
    return found[0] if found else None


def _agency_anywhere(view: View) -> ActorMention | None:
    """An agency or programme named anywhere in the sentence acts, unless the sentence
    casts it as hit, as goods' origin or as the audience ("told the House of Commons")."""
    for mention in view.actors:
        if mention.form != "body" or _goods_after(view, mention):
            continue
        if _before_is(view, mention, "target_prepositions") and mention.actor.start > (
                view.hit.end) and not _pays_from(view, mention):
            continue
        if _addressed(view, mention) or _before_is(
                view, mention, "non_agent_prepositions", 6):
            continue
        return mention
    return None


def _pays_from(view: View, mention: ActorMention) -> bool:
    """ "paid in commodities from the CCC inventory": an agency after "from" is where a
    subsidy's money or goods come from, its payer, not a party it hits (§4)."""
    return str(view.rule.kind) == "subsidy" and _preposition_before(view, mention) == "from"


def _addressed(view: View, mention: ActorMention) -> bool:
    """The one spoken to, not the one who acts: "told the House of Commons"; but the body
    after "said" is the subject of what was said ("traders said the EC Commission will")."""
    before = view.text(max(0, mention.actor.start - _ADDRESS_REACH), mention.actor.start)
    return _before_is(view, mention, "reporting", 6) and not _SAID_BEFORE.search(before)


_ADDRESS_REACH = 12
_SAID_BEFORE = regex.compile(r"\b(?:said|says|say|saying)\s+(?:that\s+)?(?:the\s+)?$",
                             regex.IGNORECASE)


def _payer_after(view: View) -> ActorMention | None:
    """A subsidy's payer named after it: "rebates granted at the European Community
    tender", "paid from the CCC inventory" (but not whom it is paid to)."""
    if str(view.rule.kind) != "subsidy":
        return None
    _, c_end = view.model.clause_span(view.clause)
    for mention in view.actors:
        if not (view.hit.end <= mention.actor.start < c_end) or mention.form == "demonym":
            continue
        preposition = _preposition_before(view, mention)
        if preposition in ("to", "for", "against", "on", "into", "of"):
            continue
        if can_act_owner(view, mention):
            return mention
    return None


# Nouns that may follow a trigger inside its compound ("grant scheme", "aid package").
_COMPOUND_HEAD_WORDS = 2


def _plain_word(view: View, position: int) -> bool:
    """A word that is neither a verb, a preposition nor punctuation."""
    token = view.model.tokens[position]
    return WORD in token.tags and not token.tags & {"prepositions", PUNCT} and (
        view.model.group_at(position) is None)


def _payer_from(view: View) -> ActorMention | None:
    """ "approved a EUR 200 million grant scheme from Spain", "subsidies from Beijing": a
    subsidy's phrase followed by "from" and a jurisdiction names its payer, ahead of the
    verb's subject (the Commission that approves a member state's aid does not pay it)."""
    if str(view.rule.kind) != "subsidy":
        return None
    tokens = view.model.tokens
    following = view.last + 1
    while following < len(tokens) and following - view.last <= _COMPOUND_HEAD_WORDS and (
            tokens[following].lower != "from") and _plain_word(view, following):
        following += 1  # "a direct grant scheme from Spain": the compound's head first
    if following >= len(tokens) or tokens[following].lower != "from":
        return None
    position = following + 1
    while position < len(tokens) and "determiners" in tokens[position].tags:
        position += 1
    if position >= len(tokens):
        return None
    start = tokens[position].start
    for mention in view.actors:
        if mention.actor.start == start and mention.form not in ("demonym", "body") and (
                can_act_owner(view, mention)):
            return mention
    return None


def _place_of_measure(view: View) -> ActorMention | None:
    """ "import restrictions in Japan", "curbs on Chinese investment in the United
    States": the jurisdiction a measure stands in keeps it. Not past a verb ("beef
    produced in Brazil") or a comma, and not a people ("in Japanese hands")."""
    found = _named_after(view, _PLACE_PREPOSITIONS, view.model.lexicon.argument_tokens)
    if found is None or found.form in ("demonym", "body") or not can_act_owner(view, found):
        return None
    within = _word_before(view, found)
    if within >= 0 and _shared_preposition(view, within) is not None:
        return None  # "exports to and within Russia": a destination, not where it stands
    return found


def _exporting_country(view: View) -> ActorMention | None:
    """An export control on goods "from" a country is that country's, when no subject
    says who acts: "suspending the export of cobalt from the Democratic Republic of
    Congo" (§2: the exporter limits its exports)."""
    if str(view.rule.kind) != "export_control":
        return None
    owner = _owner_of_exports(view)
    if owner is not None:
        return owner
    found = _named_after(view, _FROM, _EXPORTER_REACH)
    if found is None or found.form in ("demonym", "body") or _EXPORTS_OF.search(
            view.sentence, view.hit.start, found.actor.start) is None:
        return None  # "granted export quotas from the USA": who grants them, not the goods
    return found


def _owner_of_exports(view: View) -> ActorMention | None:
    """ "Curbs on U.S. technology exports", "Japanese chip exports": the country named
    with strategic goods in the control's own words holds them back (§2); with other
    goods ("curbs on EC textile exports") it is more often the buyer who curbs them."""
    strategic = view.model.lexicon.strategic_goods
    for mention in view.actors:
        if not view.hit.start <= mention.actor.start < view.hit.end or mention.form == "body":
            continue
        owned = _OWNED_EXPORTS.match(view.sentence, mention.actor.end, view.hit.end)
        if owned is not None and any(word.lower() in strategic
                                     for word in owned.group("goods").split()):
            return mention
    return None


def _legal_basis_owner(view: View) -> ActorMention | None:
    """The jurisdiction whose law a measure is taken under: "introduced tariffs on China
    under a broad reading of U.S. trade laws", "sanctions placed under British law". Only a
    law's maker can take a measure under it (§4)."""
    _, clause_end = view.model.clause_span(view.clause)
    for mention in view.actors:
        if not view.hit.end <= mention.actor.start < clause_end or mention.form == "body":
            continue
        if _names_law(view, mention) and _LEGAL_BASIS_BEFORE.search(
                view.sentence, view.hit.end, mention.actor.start):
            return mention
    return None


def _names_law(view: View, mention: ActorMention) -> bool:
    """The name qualifies a law after it, one word at most between: "U.S. trade laws"."""
    tokens = view.model.tokens
    position = view.model.token_at(mention.actor.end - 1) + 1
    laws = view.model.lexicon.instrument_nouns
    for offset in range(_LAW_NOUN_GAP + 1):
        if position + offset >= len(tokens):
            return False
        token = tokens[position + offset]
        if token.lower in laws:
            return True
        if WORD not in token.tags or view.model.group_at(position + offset) is not None:
            return False
    return False


# Words between a name and the law it qualifies ("U.S. trade laws").
_LAW_NOUN_GAP = 1
# "under" or "pursuant to" opens the phrase of a measure's legal basis, a short way before
# the law's name, with no clause break between.
_LEGAL_BASIS_BEFORE = regex.compile(
    r"\b(?:under|pursuant\s+to)\b[^,;:.()]{0,60}$", regex.IGNORECASE)


def _importer_under_measure(view: View) -> ActorMention | None:
    """A country's own imports said to come in under the measure: "monitoring U.S. coffee
    imports under quotas", "Japan's beef imports within the quota". The importer holds an
    import measure (§4); its origin would follow "from"."""
    if str(view.rule.kind) not in _IMPORT_SIDE_KINDS:
        return None
    for mention in view.actors:
        if mention.actor.end > view.hit.start or mention.form in ("demonym", "body"):
            continue
        if view.may_match(_IMPORTS_UNDER) and _IMPORTS_UNDER.fullmatch(
                view.sentence, mention.actor.end, view.hit.start):
            return mention
    return None


def _importer_with_origin(view: View) -> ActorMention | None:
    """Imports named by their importer and then their origin: "tariffs on US imports from
    Canada", "a ban on Indian imports of palm oil from Malaysia". The goods come from the
    origin into the first name's market, whose measure it is at its border (§4); "tariffs
    on US imports" alone, with no origin, may be the US's goods and says nothing."""
    if str(view.rule.kind) not in _IMPORT_SIDE_KINDS or not view.may_match(
            _IMPORTS_FROM_ORIGIN):
        return None
    sentence = view.sentence
    origins = {mention.actor.start for mention in view.actors}
    for mention in view.actors:
        if mention.actor.start <= view.hit.start or mention.form == "body":
            continue  # the trigger's own words may hold it: "a ban on Indian imports"
        if not _MEASURE_ON.fullmatch(sentence, view.hit.start, mention.actor.start):
            return None  # only the measure's own argument, right after it
        imports = _IMPORTS_FROM_ORIGIN.match(sentence, mention.actor.end)
        return mention if imports is not None and imports.end() in origins else None
    return None


# The measure's words, a few more with no comma ("of 25%"), then "on" or "against" and
# an article before the name of its argument.
_MEASURE_ON = regex.compile(r"\S+(?:\s+[^\s,;]+){0,5}?\s+(?:on|against)\s+(?:the\s+)?",
                            regex.IGNORECASE)
# A name's imports, a word or two of goods before or a few after "of", then "from" and
# the origin's name: "'s steel imports from ", " imports of palm oil from the ".
_IMPORTS_FROM_ORIGIN = regex.compile(
    r"(?:['\u2019]s)?(?:\s+[\w-]+){0,2}?\s+imports(?:\s+of(?:\s+[\w-]+){1,3}?)?"
    r"\s+from\s+(?:the\s+)?",
    regex.IGNORECASE)


# Kinds a country applies to what it imports.
_IMPORT_SIDE_KINDS = frozenset(("import_restriction", "tariff"))
# A country's imports, one or two words of goods between, then the words that put them
# under the measure that follows: "U.S. coffee imports under", "Japan's beef imports
# within the".
_IMPORTS_UNDER = regex.compile(
    r"(?:['\u2019]s)?(?:\s+[\w-]+){0,2}?\s+imports\s+(?:under|within|subject\s+to)"
    r"(?:\s+(?:the|its|their|a|an|existing|current|new))?\s+",
    regex.IGNORECASE)


# A country's own exports, named right after it with one or two words of goods between:
# "U.S. technology exports", "Japanese chip equipment exports".
_OWNED_EXPORTS = regex.compile(r"(?P<goods>(?:\s+[\w-]+){1,2}?)\s+exports\b",
                               regex.IGNORECASE)


# The goods leaving ("the export of cobalt from"), and how many tokens after the measure
# "from" may name the country they leave.
_EXPORTS_OF = regex.compile(r"\bexports?\s+of\b", regex.IGNORECASE)
_EXPORTER_REACH = 5


def _named_after(view: View, prepositions: frozenset[str], reach: int,
                 ) -> ActorMention | None:
    """The name that one of ``prepositions`` opens within ``reach`` tokens after the
    measure's words, in its phrase: not past a verb ("beef produced in Brazil"), a comma
    or its clause. A preposition that opens no name is passed ("in place in India")."""
    model = view.model
    tokens = model.tokens
    _, clause_end = model.clause_span(view.clause)
    position = view.last + 1
    while position < len(tokens) and position - view.last <= reach:
        token = tokens[position]
        if token.start >= clause_end or model.group_at(position) is not None or (
                token.text in _PHRASE_ENDS):
            return None
        if token.lower in prepositions:
            found = next((m for m in view.actors if _word_before(view, m) == position), None)
            if found is not None:
                return found
        position += 1
    return None


def _grantor_of_relief(view: View) -> ActorMention | None:
    """ "won tariff relief from Washington", "securing tariff rollbacks from the US": the
    one relief comes from holds the measure it eases; the one who wins it is hit (§4). A
    pattern's own verb imposes the measure it matches ("suspended poultry imports from
    Brazil" bans them): it eases nothing."""
    if not _eases(view, _PATTERN_EASING if view.hit.from_pattern else _TRIGGER_EASING):
        return None
    found = _named_after(view, _FROM, _GRANTOR_REACH)
    return found if found is not None and found.form not in ("demonym", "body") else None


def _eases(view: View, kinds: frozenset[str] | None = None) -> bool:
    """Whether the measure's own words ease it ("tariff relief"), or with ``kinds`` its
    modifiers and the nouns over it too ("a lower tariff", "exemptions from the tariffs")."""
    kinds = _TRIGGER_EASING if kinds is None else kinds
    return any(link.kind in kinds and _action_in(link.categories) in _EASING
               for link in view.chain)


def _relief_won(view: View, link: Link) -> bool:
    """ "Seoul won exemptions from the tariffs", "Dhaka secured a lower tariff": the one who
    wins an easing is the one it relieves."""
    return "winning" in link.categories and _eases(view, _EASING_WORDS)


# Links whose words may say the measure is eased, for a trigger (its own words too) and
# for a pattern (whose own words hold the verb that imposes it).
_TRIGGER_EASING = frozenset(("self", "compound"))
_PATTERN_EASING = frozenset(("compound",))
# Links whose words may say the measure is eased: its own, its modifiers, nouns over it.
_EASING_WORDS = frozenset(("self", "compound", "premodifier", "noun"))


# Actions that ease a measure, and how many tokens after it "from" may name who eases it.
_EASING = frozenset((Action.DECREASE, Action.LIFT, Action.SUSPEND))
_GRANTOR_REACH = 3
_FROM = frozenset(("from",))


def _origin_of_subsidised_goods(view: View) -> ActorMention | None:
    """ "a subsidy on U.S. wheat", "subsidies for Chinese electric cars": a state pays for
    its own goods, so the goods' origin pays the subsidy (§2, §4)."""
    if str(view.rule.kind) != "subsidy":
        return None
    _, clause_end = view.model.clause_span(view.clause)
    for mention in view.actors:
        if view.hit.end <= mention.actor.start < clause_end and mention.form != "body" and (
                _preposition_just_before(view, mention) in ("on", "for")) and _goods_after(
                view, mention):
            return mention
    return None


# Words that may stand between a nationality and the firm it qualifies ("a Chinese copper
# mining firm").
_FIRM_MODIFIER_WORDS = 3


# Kinds that protect their imposer's own producers; sanctions protect others ("sanctions to
# protect Ukrainian sovereignty" are not Ukraine's).
_PROTECTIVE_KINDS = frozenset(("tariff", "import_restriction", "subsidy", "export_control"))
# What may stand between a verb of protecting and the protected jurisdiction's name.
_BEFORE_PROTECTED = regex.compile(r"\s+(?:(?:the|its|their)\s+)?")
# How far after the verb the protected jurisdiction's name may start, in characters: room
# for the spaces and the determiner above.
_PROTECTED_REACH = 9
# A name followed by a word modifies it ("Japanese farmers", "U.S. security interests"):
# the jurisdiction's own producers or interests, not a state defended as a whole.
_MODIFIED_WORD = regex.compile(r"\s+\w")


def _protected_owner(view: View) -> ActorMention | None:
    """A trade measure that protects a jurisdiction's own producers or interests is that
    jurisdiction's (§4): "tariffs were raised to protect Japanese farmers", "these rules
    protect U.S. security interests by restricting China's access to chips". The verb of
    protecting stands in the measure's clause or in that of a verb over it."""
    if str(view.rule.kind) not in _PROTECTIVE_KINDS:
        return None
    model = view.model
    clauses = {view.clause} | {model.clause_of(link.group.head)
                               for link in view.verb_links if link.group is not None}
    for position in _protecting_verbs(view):
        if model.clause_of(position) not in clauses:
            continue
        end = model.tokens[position].end
        for mention in view.actors_within(end, end + _PROTECTED_REACH):
            if (_BEFORE_PROTECTED.fullmatch(view.sentence, end, mention.actor.start)
                    and _MODIFIED_WORD.match(view.sentence, mention.actor.end)
                    and mention.form not in ("body", "person")
                    and not _protected_from(view, mention)):
                return mention
    return None


@_per_sentence
def _protecting_verbs(view: View) -> tuple[int, ...]:
    """Where the sentence's verbs of protecting stand, found once for all its triggers."""
    verbs = view.model.lexicon.protecting_verbs
    return tuple(i for i, token in enumerate(view.model.tokens) if token.lower in verbs)


def _protected_from(view: View, protected: ActorMention) -> bool:
    """The measure comes after the protected party, past a word that names what it is
    protected from: "shield Canada and Mexico from Trump's tariff plans"."""
    model = view.model
    between = model.tokens[model.token_at(protected.actor.end):model.token_at(view.hit.start)]
    return any(token.lower in model.lexicon.protection_sources for token in between)


def _currency_issuer(view: View) -> ActorMention | None:
    """A measure priced in a currency that one jurisdiction alone issues is that
    jurisdiction's: "a restitution of 125 Ecus a tonne" is the EC's (§4). Only a figure in
    the measure's own clause counts, and only a rate per unit: a sum may be a loan raised
    in that currency by anyone ("Portugal contracted a 150 mln ECU loan")."""
    start, end = view.model.clause_span(view.clause)
    for mention in view.issuers_within(start, end):
        figure = next((m for m in view.magnitudes if m.start == mention.actor.start), None)
        if figure is not None and "/" in figure.unit:
            return mention
    return None


def _state_of_recipient_firm(view: View) -> ActorMention | None:
    """ "a Chinese copper firm disclosed government subsidies": with no payer named, a
    state pays its own firms, so the recipient's nationality pays the subsidy (§2, §4).
    Only a name or nationality right before a firm noun counts."""
    if str(view.rule.kind) != "subsidy":
        return None
    for mention in view.actors:
        if mention.form == FIRM_FORM and not _based_in(view, mention):
            return mention  # "Yunnan Copper Co. disclosed government subsidies"
    firms = view.cues_of("non_state_actors")
    for mention in view.actors:
        if mention.form in ("body", "metonym"):
            continue  # "London traders": the market's place, not the firms' state
        for firm in firms:
            between = view.text(mention.actor.end, firm.start)
            if firm.start >= mention.actor.end and not any(p in between for p in ",;:()") and (
                    len(between.split()) <= _FIRM_MODIFIER_WORDS) and not (
                    mention.actor.start <= view.hit.start < firm.start):
                return mention
    return None


def _place_named_before_where(view: View) -> ActorMention | None:
    """ "the EU and the UK, where duty-free access remains": a measure in a "where"
    clause stands in the place the clause hangs from (§4)."""
    clause = view.model.clauses[view.clause]
    if clause.marker != "where":
        return None
    start = view.model.tokens[clause.first].start
    before = [m for m in view.actors if m.actor.end <= start and not view.text(
        m.actor.end, start).strip(" ,") and m.form not in ("demonym", "body")]
    return before[-1] if before else None


# Punctuation that ends the measure's phrase.
_PHRASE_ENDS = frozenset(",;:()")


# What a sentence's main verb may say of its subject that puts it on the receiving end of
# measures, so no author of one ("Ottawa faces tariffs, with more levies threatened").
_SUBJECT_NOT_ACTING = frozenset(("exposure", "prevention", "complaint", "winning"))


def _sentence_subject(view: View) -> ActorMention | None:
    """Fallback: the jurisdiction the sentence is about, the subject of its first main
    verb ("Due to the import ban, Sri Lanka now depends on ..."), when it can act and no
    verb over the measure casts it as hit or as asking."""
    if any(link.categories & {"prevention", "exposure", "persuasion", "demand", "advice"}
           or _relief_won(view, link) for link in view.verb_links):
        return None
    if any(link.group is not None and link.group.tense in (Tense.GERUND, Tense.INFINITIVE)
           for link in view.verb_links[:1]):
        return None  # "the observance of ... not imposing restrictions": nobody is said
    for group in view.model.groups:
        clause = view.model.clauses[view.model.clause_of(group.head)]
        if clause.kind is not ClauseKind.MAIN or not group.finite:
            continue
        if view.model.clause_of(group.head) != view.clause:
            return None  # another clause's subject: "..., and ultimately, Trump can argue"
        head = view.model.tokens[group.head]
        if head.start < view.hit.start and view.categories_at(
                head.start, head.end) & _SUBJECT_NOT_ACTING:
            return None  # "Ottawa faces tariffs, with more levies threatened": hit, not acting
        for mention in view.subject_actors(group):
            if can_act(view, mention) and not _before_is(view, mention, "target_prepositions"):
                return mention
        return None
    return None


def _advised_before_colon(view: View) -> ActorMention | None:
    """An imperative after a colon spells out the advice before it: in "Sri Lanka should
    simplify import tariffs: Reduce import duties on watches" Sri Lanka is to reduce them."""
    if _imperative(view) is None:
        return None
    model = view.model
    tokens = model.tokens
    opening = model.clauses[view.clause].first
    colon = next((i for i in range(opening, view.np_first) if tokens[i].text == ":"), None)
    if colon is None:
        colon = opening - 1 if opening > 0 and tokens[opening - 1].text == ":" else None
    if colon is None:
        return None
    before = [g for g in model.groups if g.last < colon and g.finite]
    if not before:
        return None
    found = [m for m in view.subject_actors(before[-1]) if can_act(view, m)]
    return found[0] if found else None


def _quota_body(view: View) -> ActorMention | None:
    """Quotas under a commodity agreement are set by its organisation (the ICO), named
    anywhere in the sentence."""
    if not any(view.hit.start <= c.start < view.hit.end for c in view.cues_of("allowances")):
        return None
    for mention in view.actors:
        if mention.form == "bloc" and mention.actor.code != "EU":
            return mention
    return None


def _set_off_subject(view: View) -> ActorMention | None:
    """ "Donald Trump, reducing green subsidies, ...": a participle set off by a comma or a
    dash after a name has that name as its subject."""
    governor = view.governor
    if governor is None or governor.group is None or governor.group.tense is not Tense.GERUND:
        return None
    tokens = view.model.tokens
    before = governor.group.first - 1
    if before < 0 or tokens[before].text not in (",", "\u2014", "\u2013", "-", "--"):
        return None
    end = tokens[before].start
    found = [m for m in view.actors if 0 <= end - m.actor.end <= 2]
    return found[0] if found and can_act(view, found[0]) else None


def _nearest_before(view: View) -> ActorMention | None:
    """Fallback for a measure no verb governs: the nearest jurisdiction that can act, before
    it in its clause and close."""
    if view.verb_links:
        return None
    c_start, _ = view.model.clause_span(view.clause)
    reach = view.model.lexicon.fallback_chars
    for mention in sorted(view.actors, key=lambda a: -a.actor.start):
        if mention.actor.end > view.hit.start or mention.actor.start < c_start:
            continue
        if view.hit.start - mention.actor.end > reach:
            break
        if can_act(view, mention) and not _receives_in_clause(view, mention):
            return mention
    return None


def _receives_in_clause(view: View, mention: ActorMention) -> bool:
    """The mention is the subject of a verb of its clause that puts it on the receiving end
    ("Peru will benefit from ... lower levies", "Ottawa faces duties"), however deep the
    measure sits in that verb's object."""
    model = view.model
    for group in model.groups:
        head = model.tokens[group.head]
        if model.clause_of(group.head) != view.clause or head.start > view.hit.start:
            continue
        if view.categories_at(head.start, head.end) & _SUBJECT_NOT_ACTING and (
                mention in view.subject_actors(group)):
            return True
    return False


@_per_sentence
def _market_granting_access(view: View) -> ActorMention | None:
    """ "duty-free access to the EU under GSP+": the market one has access to is the one
    whose tariff it is; the exporter who gets it is the target."""
    for mention in view.actors:
        # the words of access before the name first: they are rare, and cheap to look for
        if mention.form == "body" or not (
                _before_is(view, mention, "market_access") or _access_for_goods_before(
                    view, mention)):
            continue
        if _goods_after(view, mention) or (mention.form == "demonym" and not _MARKET_AFTER.match(
                view.sentence, mention.actor.end)):
            continue  # not "duty-free access to Sri Lankan garments": their origin
        return mention
    return None


def _access_for_goods_before(view: View, mention: ActorMention) -> bool:
    """ "zero-duty access for garments to the UK": access for goods, then the market."""
    return view.may_match(_ACCESS_FOR_GOODS) and _ACCESS_FOR_GOODS.search(
        view.text(max(0, mention.actor.start - _ACCESS_REACH), mention.actor.start)) is not None


# "zero-duty access for garments to the UK": the goods named between the access and the
# market it opens, within a few words.
_ACCESS_REACH = 64
_GOODS_CHARS = 40  # the goods' words between "for" and "to", at most
_ACCESS_FOR_GOODS = regex.compile(
    rf"\b(?:access|entry)\s+for\s+[^,;.()]{{1,{_GOODS_CHARS}}}?\s(?:to|into)\s+(?:the\s+)?$",
    regex.IGNORECASE)
# "the Swiss market": a demonym before "market" names the market's country.
_MARKET_AFTER = regex.compile(r"\s+markets?\b", regex.IGNORECASE)


@_per_view
def _export_destination(view: View) -> ActorMention | None:
    """ "India's exports to the US face a 50% tariff": goods meet the tariffs and import
    rules of the market they go to, so that market imposes them; the exporter is hit."""
    if str(view.rule.kind) not in _IMPORT_SIDE_KINDS:
        return None
    return _goods_destination(view)


@_per_sentence
def _goods_destination(view: View) -> ActorMention | None:
    """The first jurisdiction named as where goods go: "exports to the US", "EVs imported
    into Canada"."""
    model = view.model
    for mention in view.actors:
        if mention.form == "body":
            continue
        before = _preposition_before_market(model, mention)
        if goods_flow_before(model, mention) is not None:
            return mention
        if before >= 1 and model.tokens[before].lower in ("into", "to") and (
                model.tokens[before - 1].lower in model.lexicon.goods_entry_words
                or _entry_of_goods_before(model.tokens, before, model.lexicon)):
            return mention  # "EVs imported into Canada", "imports of rice to Japan"
    return None


def _controlled_sale_destinations(view: View) -> list[ActorMention]:
    """Where an export control stops goods going, named after a verb of selling or sending
    that follows the measure: "export controls that limit what chips Nvidia can sell to
    China", "rules barring firms from shipping tools to Russia". The destination is hit
    (§2); the verb may have a few words of goods between it and "to"."""
    model = view.model
    tokens = model.tokens
    sales = model.lexicon.sale_verbs
    measure_end = model.token_at(view.hit.end - 1)
    last = measure_end + _SALE_REACH
    found: list[ActorMention] = []
    for mention in view.actors:
        if mention.actor.start < view.hit.end or mention.form == "body":
            continue
        if found:  # the rest of a list of destinations: "to Iran, Russia, or Belarus"
            if not _coordinated_with_previous(view, mention, found):
                break
            found.append(mention)
            continue
        to = _preposition_before_market(model, mention)
        if to > last:
            return []
        if to < 1 or tokens[to].lower != "to":
            continue
        gap = range(to - 1, max(to - 2 - _SALE_OBJECT_TOKENS, measure_end), -1)
        if any(tokens[k].lower in sales for k in gap):
            found.append(mention)
    return found


# How many tokens after the measure the verb of sale's "to" may stand, and how many words
# of goods may come between that verb and "to" ("sell advanced AI chips to China").
_SALE_REACH = 16
_SALE_OBJECT_TOKENS = 3


def _preposition_before_market(model: SentenceModel, mention: ActorMention) -> int:
    """The token right before a jurisdiction's name, past "the": the preposition that
    says where goods go ("exports to the US"); -1 at the sentence's start."""
    before = model.token_before(mention.actor.start)
    if before >= 0 and "definite_determiners" in model.tokens[before].tags:
        before -= 1
    return before


def goods_flow_before(model: SentenceModel, mention: ActorMention) -> int | None:
    """Where the word of goods going out stands in "exports to the US", before "to" and
    the market's name; None when the name follows no such words."""
    to = _preposition_before_market(model, mention)
    if to >= 1 and model.tokens[to].lower == "to" and (
            model.tokens[to - 1].lower in model.lexicon.goods_flow_words):
        return to - 1
    return None


def _entry_of_goods_before(tokens: Sequence[Token], to: int, lexicon: GrammarLexicon) -> bool:
    """ "Imports of rice to Japan", "imports of frozen beef into China": a word of goods
    coming in, then "of" and the goods, right before "to" or "into"."""
    for position in range(to - 1, max(0, to - 1 - _GOODS_OF_TOKENS), -1):
        token = tokens[position]
        if token.lower == "of":
            return position >= 1 and tokens[position - 1].lower in lexicon.goods_entry_words
        if not token.tags & {WORD} or token.tags & {ACTOR, PUNCT}:
            return False
    return False


# How many tokens before "to" are searched for "of" (itself counted): the goods between
# "imports of" and "to" take at most three words ("imports of frozen beef into").
_GOODS_OF_TOKENS = 4


def _exporter_to_market(view: View) -> list[ActorMention]:
    """ "India's exports to the US face a 50% tariff", "Kenyan tea shipments to Pakistan":
    the jurisdiction whose goods go to the market that imposes the measure is hit by it."""
    if _export_destination(view) is None:
        return []
    model = view.model
    flows = model.lexicon.goods_flow_words
    found = []
    for mention in view.actors:
        if mention.form == "body":
            continue
        first = model.token_before(mention.actor.end) + 1  # past "Costa Rica's"
        for index in range(first, min(len(model.tokens) - 1, first + _FLOW_WORDS_AFTER)):
            if model.tokens[index].lower in flows:
                if model.tokens[index + 1].lower == "to":
                    found.append(mention)
                break
    return found


# How many tokens after a jurisdiction's name the word for its goods going out may come:
# "India's exports", "Kenyan black tea exports", "Mauritius's quota for sugar exports".
_FLOW_WORDS_AFTER = 5


def _possessive(view: View) -> ActorMention | None:
    owner = view.possessive_owner()
    if owner is None or not can_act_owner(view, owner):
        return None
    return owner


def can_act_owner(view: View, mention: ActorMention) -> bool:
    """A possessive owner acts unless the sentence casts it as hit ("Japan's exports") or
    only as where another stands ("the Paris-based OECD")."""
    return not (_target_like_after(view, mention) or _based_in(view, mention)
                or mention.form == FIRM_FORM)


def _recipient(view: View) -> ActorMention | None:
    """ "X will supply India with gas", "sell wheat to Egypt": the one supplied buys."""
    start = view.hit.start
    end = min(len(view.sentence), view.hit.end + view.model.lexicon.fallback_chars)
    for mention in view.actors:
        if not (start <= mention.actor.start < end) or mention.form == "body":
            continue
        before = view.text(max(start, mention.actor.start - 12), mention.actor.start).lower()
        after = view.text(mention.actor.end, mention.actor.end + 6).lower()
        if before.rstrip().endswith((" to", " to the")) or after.startswith(" with"):
            return mention
    return None


def _subject_is_target(view: View) -> bool:
    return view.rule.subject_is == "target"


def _leader_in_office(view: View) -> ActorMention | None:
    """ "Tariffs on China will rise earlier in Mr Trump's term", "levies that grew under
    Lula's presidency": a leader named as holding office is the government that acts in
    the sentence, when no verb or phrase names the measure's owner (§4: a leader resolves
    to the jurisdiction while in office, which the gazetteer's dates already check)."""
    model = view.model
    tokens = model.tokens
    for mention in view.actors:
        if mention.form != "person":
            continue
        index = model.token_at(mention.actor.end - 1)
        if POSSESSIVE not in tokens[index].tags:
            continue
        for position in range(index + 1, min(len(tokens),
                                             index + 1 + model.lexicon.premodifier_tokens)):
            if tokens[position].lower in model.lexicon.office_nouns:
                return mention
            if tokens[position].tags & {PUNCT} or model.group_at(position) is not None:
                break
    return None


IMPOSER_RULES: list[FieldRule[ActorMention | None]] = [
    FieldRule("labelled-in-brackets", "§4 'Vietnam (46% tariff)': the level Vietnam faces",
              lambda v: _bracketed_label(v) is not None, lambda v: None),
    FieldRule("recipient-of-supply", "§4 for a purchase, the buyer: the one supplied",
              _subject_is_target, _recipient),
    FieldRule("programme-in-trigger", "§4 a jurisdiction's programme names the measure",
              *_found(_in_trigger_body)),
    FieldRule("market-of-destination", "§4 'exports to the US face a tariff': the US's",
              *_found(_export_destination)),
    FieldRule("grantor-of-relief", "§4 'won tariff relief from Washington': Washington's",
              *_found(_grantor_of_relief)),
    FieldRule("possessive-owner", "§4 'China's curbs', 'its ban'",
              *_found(_possessive)),
    FieldRule("market-granting-access", "§4 'duty-free access to the EU': the EU's tariff",
              *_found(_market_granting_access)),
    FieldRule("attributive-owner", "§4 'U.S. tariffs', 'Chinese export controls'",
              *_found(_attributive_owner)),
    FieldRule("passive-agent", "§4 'imposed by the EU'",
              *_found(_agent)),
    FieldRule("asked-to-act", "§1 'urged Japan to lift its quotas': Japan's quotas",
              *_found(_demanded_of)),
    FieldRule("owner-of-intention", "§4 'Trump's threat to impose', 'a bid by Brussels to'",
              *_found(_intention_owner)),
    FieldRule("owner-of-action-noun", "§4 'the US's imposition of tariffs': the US's",
              *_found(_action_noun_owner)),
    FieldRule("owner-named-no-jurisdiction", "§4 'the West's imposition of sanctions': none",
              lambda v: _unnamed_action_owner(v), lambda v: None),
    FieldRule("relative-clause-subject", "§4 'the duties, which Beijing imposed'",
              *_found(_relative_subject)),
    FieldRule("payer-after-from", "§4 'a grant scheme from Spain': Spain pays",
              *_found(_payer_from)),
    FieldRule("subject-of-governing-verb", "§4 the subject of the verbs over the measure",
              *_found(_chain_subject)),
    FieldRule("jurisdiction-of-legal-basis", "§4 'tariffs under U.S. trade law': the U.S.'s",
              *_found(_legal_basis_owner)),
    FieldRule("importer-under-measure", "§4 'U.S. coffee imports under quotas': the U.S.'s",
              *_found(_importer_under_measure)),
    FieldRule("importer-before-origin", "§4 'tariffs on US imports from Canada': the US's",
              *_found(_importer_with_origin)),
    FieldRule("exporting-country", "§2 'suspending the export of cobalt from the DRC'",
              *_found(_exporting_country)),
    FieldRule("blamed-for-measure", "§4 'criticised Washington for the tax'",
              *_found(_blamed)),
    FieldRule("participle-after-name", "§4 'Trump, reducing green subsidies'",
              *_found(_set_off_subject)),
    FieldRule("organisation-sets-quotas", "§4 quotas under a commodity agreement",
              *_found(_quota_body)),
    FieldRule("jurisdiction-it-stands-in", "§4 'import restrictions in Japan': Japan's",
              *_found(_place_of_measure)),
    FieldRule("place-before-where", "§4 'the UK, where duty-free access remains': the UK's",
              *_found(_place_named_before_where)),
    FieldRule("jurisdiction-that-blocks", "§8 'property subject to U.S. jurisdiction is blocked'",
              *_found(_blocking_jurisdiction)),
    FieldRule("agency-named-anywhere", "§8 the issuing agency acts wherever named",
              *_found(_agency_anywhere)),
    FieldRule("origin-of-subsidised-goods", "§4 'a subsidy on U.S. wheat': the U.S. pays",
              *_found(_origin_of_subsidised_goods)),
    FieldRule("name-before-goods", "§4 'US steel tariffs' with no other owner: the US's",
              *_found(_named_before_goods)),
    FieldRule("protector-of-own-producers", "§4 'quotas to protect Japanese farmers': Japan's",
              *_found(_protected_owner)),
    FieldRule("issuer-of-currency", "§4 'a restitution of 125 Ecus a tonne': the EC's",
              *_found(_currency_issuer)),
    FieldRule("nearest-actor-before", "§4 fallback: a jurisdiction just before the measure",
              *_found(_nearest_before)),
    FieldRule("payer-named-after", "§4 a subsidy's payer named after it",
              *_found(_payer_after)),
    FieldRule("state-of-recipient-firm", "§4 'a Chinese firm received subsidies': China pays",
              *_found(_state_of_recipient_firm)),
    FieldRule("advised-before-colon", "§4 'Sri Lanka should simplify tariffs: Reduce duties'",
              *_found(_advised_before_colon)),
    FieldRule("leader-in-office", "§4 'tariffs will rise in Mr Trump's term': the USA",
              *_found(_leader_in_office)),
    FieldRule("sentence-subject", "§4 fallback: the jurisdiction the sentence is about",
              *_found(_sentence_subject)),
]


# ---------------------------------------------------------------------- targets

def _argument_targets(view: View) -> list[ActorMention]:
    """Jurisdictions in the measure's prepositional arguments after it: "on Canada and
    Mexico", "on imports from Japan", "against the EU", "to China"; for a pattern that
    holds its own verb ("impose curbs on Japanese exports"), inside it too. The one who
    sells to a buyer is named by "from"; its destination ("into Spain") is not hit."""
    position = view.first + 1 if view.hit.from_pattern else view.last + 1
    return _arguments_after(view, view.last, position)


def _investigated_imports(view: View) -> list[ActorMention]:
    """An anti-dumping or countervailing case is about imports from somewhere, which a
    notice often names long after the case ("investigations ... to determine whether an
    industry is injured by reason of imports of PET sheet from Korea and Oman"): the
    first words for goods coming in after the case open the arguments that name them."""
    tokens = view.model.tokens
    entry_words = view.model.lexicon.goods_entry_words
    for index in range(view.last + 1, len(tokens)):
        if tokens[index].lower in entry_words:
            return _arguments_after(view, index, index + 1)
    return []


def _relative_arguments(view: View) -> list[ActorMention]:
    """ "the duties that Washington has threatened to impose on Korean cars": the
    arguments of the relative clause's verbs are the measure's, whose object it is."""
    group = view.relative_group()
    if group is None:
        return []
    last = group
    for following in view.model.groups:
        if following.first > last.last and following.first - last.last <= 1 and (
                following.tense is Tense.INFINITIVE):
            last = following
    return _arguments_after(view, last.last, last.last + 1)


def _helped_by_goods(view: View) -> list[ActorMention]:
    """An export control on goods "that could help China develop advanced chips": the
    one the goods would help is the one the control is aimed at."""
    if str(view.rule.kind) != "export_control":
        return []
    model = view.model
    tokens = model.tokens
    reach = min(len(tokens), view.last + 1 + model.lexicon.argument_tokens)
    for position in range(view.last + 1, reach):
        token = tokens[position]
        if token.text in (";", ":") or (model.group_at(position) is not None and (
                model.clause_of(position) == view.clause)):
            return []  # a verb of the measure's own clause: its arguments have ended
        if "relativizers" not in token.tags and token.lower != "that":
            continue
        for verb in range(position + 1, min(reach, position + _HELP_VERB_TOKENS + 1)):
            word = tokens[verb]
            if "beneficiary" in view.categories_at(word.start, word.end):
                after = tokens[verb + 1].start if verb + 1 < len(tokens) else word.end
                return [m for m in view.actors if m.form != "body"
                        and after <= m.actor.start < after + _HELPED_CHARS][:1]
        return []
    return []


# Words between "that" and its verb of helping ("that could help"), and characters
# between that verb and the one helped ("help China", "help Beijing's military").
_HELP_VERB_TOKENS = 3
_HELPED_CHARS = 3


def _bracketed_label(view: View) -> ActorMention | None:
    """A jurisdiction right before a bracket that holds the measure ("Bangladesh (37%
    tariff)"): the bracket labels the jurisdiction with the level it faces, as in a
    comparison of partners' rates; it is hit, and nothing says who imposes."""
    tokens = view.model.tokens
    bracket = view.np_first - 1
    if bracket < 1 or tokens[bracket].text != "(":
        return None
    before = tokens[bracket - 1]
    for mention in view.actors:
        if mention.actor.start <= before.start and before.end <= mention.actor.end and (
                mention.form != "body"):
            return mention
    return None


def _arguments_after(view: View, anchor: int, position: int) -> list[ActorMention]:
    """Target jurisdictions in the prepositional arguments that open at token
    ``position``, after the measure's words (or the verb that takes it) end at ``anchor``."""
    model = view.model
    tokens = model.tokens
    count = len(tokens)
    if position >= count or bisect.bisect_left(
            view.actor_starts, tokens[position].start) == len(view.actors):
        return []  # no name after the arguments open: none to walk them for
    reach = model.lexicon.argument_tokens
    listed_reach = model.lexicon.listed_tokens
    end_token = position
    # the measure's own predicate does not end its arguments ("duties on steel were
    # imposed on Japan", "tariffs cover 60% of imports from China"), unless that verb
    # takes an object of its own ("may signal a shift toward Chinese firms": the verb's)
    predicate = view.governor.group if view.governor is not None and (
        view.governor.relation in ("passive", "subject")) and (
        "scope" in view.governor.categories or not _has_object(view, view.governor)) else None
    bracketed = 0  # tokens of short asides, which do not use up the reach: "(China)"
    # tokens of the first list of names, which do not use it up either ("from Argentina,
    # Colombia, ... and the UAE"), up to their own reach
    listed = 0
    list_open = True
    while end_token < count and end_token - anchor - bracketed - listed <= reach:
        token = tokens[end_token]
        text, tags = token.text, token.tags
        if list_open and listed < listed_reach and _in_list_of_names(tokens, end_token):
            listed += 1
        elif listed:
            list_open = False  # the list has ended: later names use up the reach
        group = model.group_at(end_token)
        if group is not None and "prepositions" not in tags and (
                group is not predicate and group.tense is not Tense.PARTICIPLE
                and not group.passive) and (end_token > anchor):
            break  # another verb's arguments; a passive's are still the measure's
        if text in ("(", "[") and _closes_soon(tokens, end_token):
            closing = next(p for p in range(end_token + 1, count)
                           if tokens[p].text in (")", "]"))
            bracketed += closing - end_token + 1
            end_token += 1
            continue
        if text in _ARGUMENT_STOPS and not (text in (")", "]") and end_token > position):
            break
        if not tags.isdisjoint(_CLAUSE_OPENERS) and token.lower not in ("after",):
            break
        if text == "," and _new_subject_after_list(tokens, position, end_token):
            break  # "on Mexico, Canada and China, Sri Lanka engage in": the list has closed
        if (text == "," or "coordinators" in tags) and _figure_opens(
                tokens, end_token + 1) and tokens[end_token + 1].start > token.end:
            break  # "10% tariffs on steel, 25% tariffs on cars": the next measure's own
        end_token += 1
    if end_token <= position:
        return []
    start, end = tokens[position].start, tokens[end_token - 1].end
    sellers_only = _is_purchase(view)
    found: list[ActorMention] = []
    opened = False
    for mention in view.actors_within(start, end):
        if mention.form == "body" or _after_word(view, mention, "by"):
            continue
        if _owns_parties(view, mention) and any(
                _after_word(view, mention, word) for word in _MEASURE_TARGET_PREPOSITIONS):
            continue  # "on America's allies, such as India": the allies are hit
        if view.may_match(_IMPORTS_FROM) and _IMPORTS_FROM.match(view.sentence,
                                                                 mention.actor.end + 1):
            continue  # "on US imports from China": the US imports them, China is hit
        if _names_argument_target(view, mention, anchor, sellers_only, found):
            found.append(mention)
            opened = True
        elif opened and _coordinated_with_previous(view, mention, found):
            found.append(mention)
    return found


def _names_argument_target(view: View, mention: ActorMention, anchor: int,
                           sellers_only: bool, found: list[ActorMention]) -> bool:
    """Whether a name in the measure's arguments after ``anchor`` is hit: spelt out in a
    list, after a target preposition ("on Japan"), a locator, "of" with goods or a state
    ("products of the EU", "the government of Iran"), or before goods ("Chinese steel").

    The cheap tests come first and the search for goods after the name only when they
    fail: a trigger asks this of every name in its arguments.
    """
    start = mention.actor.start
    if view.may_match(_ENUMERATED_BEFORE) and _ENUMERATED_BEFORE.search(
            view.sentence, max(0, start - _ENUMERATION_REACH), start) is not None:
        return True
    preposition = _preposition_before(view, mention)
    if (preposition in _SELLER_PREPOSITIONS if sellers_only else (
            preposition is not None and preposition != "of")) or _before_is(
            view, mention, "target_locators", 30):
        return True
    names_goods = _goods_after(view, mention) or _goods_after(view, mention, "target_nouns")
    if preposition == "of" and (names_goods or found or _before_is_goods_of(view, mention) or (
            view.may_match(_STATE_OF)
            and _STATE_OF.search(view.sentence, max(0, start - _STATE_OF_REACH), start))):
        return True
    return names_goods and (preposition is not None
                            or view.model.token_at(start) - anchor <= _OBJECT_GAP)


def _in_list_of_names(tokens: Sequence[Token], position: int) -> bool:
    """A name, or a comma, "and" or "the" right after a name or its bracketed short form:
    the words of "Argentina, Egypt, the Republic of Turkey (Turkey), and the UAE"."""
    token = tokens[position]
    if ACTOR in token.tags:
        return True
    if position == 0 or not (token.text in _LIST_MARKS or token.lower in _LIST_JOINERS):
        return False
    before = tokens[position - 1]
    if token.text in ("(", ")"):
        return ACTOR in before.tags  # "the Republic of Turkey (Turkey)"
    return ACTOR in before.tags or before.text == ")" or before.text == "," or (
        before.lower in _LIST_JOINERS)


# Words and marks that join the names of a list: "Egypt, and the Netherlands", "the
# Republic of Turkey (Turkey), and".
_LIST_JOINERS = frozenset(("and", "or", "the"))
_LIST_MARKS = frozenset((",", "(", ")"))


# "sanctions on the government of Iran", "on the apartheid state of South Africa": the
# state a measure is on is hit through the noun that stands for it.
_STATE_OF = regex.compile(
    r"\b(?:government|state|regime|republic|kingdom|people|authorities|leadership)\s+of\s+"
    r"(?:the\s+)?$", regex.IGNORECASE)
_STATE_OF_REACH = 40


def _owns_parties(view: View, mention: ActorMention) -> bool:
    """A possessive before a noun of parties ("America's allies", "China's neighbours"):
    it says whose partners they are, and the partners, not it, are hit."""
    after = _POSSESSIVE_NOUN.match(view.sentence, mention.actor.end)
    return after is not None and after.group(1).lower() in _PARTNER_NOUNS


# A possessive and the noun it owns: "'s allies".
_POSSESSIVE_NOUN = regex.compile(r"['\u2019]s\s+(?:[\w-]+\s+)?([\w-]+)")
# Nouns of other states a state has, not of its own people or firms ("Iran's officials"
# are Iran's: sanctions on them hit Iran).
_PARTNER_NOUNS = frozenset(("allies", "partners", "neighbours", "neighbors", "rivals",
                            "adversaries", "friends", "foes"))
# Parties a measure is on, spelt out by a list: "tariffs on America's allies, such as
# India"; and how far before the first name the phrase may start.
_ENUMERATION_REACH = 80
_ENUMERATED_BEFORE = regex.compile(
    r"\b(?:on|against)\s+(?:[\w.\x27\u2019-]+\s+){0,3}?(?:allies|partners|countries|"
    r"nations|neighbou?rs|economies|states|rivals|adversaries)\s*,?\s*(?:"
    + "|".join((*_SPELLING_OUT, r"like", r"especially")) + r")\s*,?\s+(?:the\s+)?$",
    regex.IGNORECASE)


def _figure_opens(tokens: Sequence[Token], position: int) -> bool:
    """Whether a figure opens the phrase at ``position``, past a determiner: after a comma
    or "and" it opens the next measure of a list ("and a 25% tariff on cars")."""
    if position < len(tokens) and "determiners" in tokens[position].tags:
        position += 1
    return position < len(tokens) and (NUM in tokens[position].tags
                                       or tokens[position].text in _CURRENCY_SIGNS)


# Signs that open a figure before its number.
_CURRENCY_SIGNS = frozenset(("$", "\u20ac", "\u00a3", "\u00a5"))


def _new_subject_after_list(tokens: Sequence[Token], first: int, comma: int) -> bool:
    """A comma after a list closed by "and" or "or", before a name that no comma or
    coordinator follows: the name opens a clause of its own ("tariffs on Mexico, Canada
    and China, Sri Lanka must diversify")."""
    if not any("coordinators" in t.tags for t in tokens[first:comma]):
        return False
    after = comma + 1
    while after < len(tokens) and ACTOR in tokens[after].tags:
        after += 1
    return after > comma + 1 and after < len(tokens) and tokens[after].text not in (
        ",", ")", ";") and "coordinators" not in tokens[after].tags


# How many capitalised words a programme's name may hold between its jurisdiction and
# "Sanctions": "the Russian Harmful Foreign Activities Sanctions Regulations".
_PROGRAMME_WORDS = 4
# How many tokens after a measure's words goods may stand as its object ("resume
# purchasing U.S. farm goods").
_OBJECT_GAP = 3
# Prepositions that name the seller of a purchase.
_SELLER_PREPOSITIONS = frozenset(("from", "of"))
# Punctuation that ends a measure's arguments.
# Tags of a word that opens a clause of its own, which ends a measure's arguments.
_CLAUSE_OPENERS = frozenset(("relativizers", "subordinators"))
_ARGUMENT_STOPS = frozenset((";", ":", "(", ")", "[", "]", "\u2014", "\u2013", "--"))
# Words that may stand between a target preposition and its jurisdiction: "on all
# Chinese goods", "on countries like Sri Lanka", "on imports from".
_LIST_INTRODUCERS = frozenset(("like", "including", "such", "as", "especially", "notably"))
_PREPOSITION_GAP = 4


def _shared_preposition(view: View, position: int) -> Token | None:
    """The preposition coordinated before the one at ``position``, which governs the same
    name: "to" in "exports to and within Russia", "to or within"."""
    tokens = view.model.tokens
    if position < 2 or "prepositions" not in tokens[position].tags or (
            "coordinators" not in tokens[position - 1].tags):
        return None
    before = tokens[position - 2]
    return before if "prepositions" in before.tags else None


def _preposition_before(view: View, mention: ActorMention) -> str | None:
    """The target preposition a mention's phrase opens with, within a few words: "on
    selected Burmese ministries", "on countries like Sri Lanka", "from the"."""
    model = view.model
    position = model.token_before(mention.actor.start)
    steps = 0
    target = _target_preposition_starts(view)
    own = view.rule.target_prepositions  # "invest in X": a rule's own target prepositions
    while position >= 0 and steps <= _PREPOSITION_GAP:
        token = model.tokens[position]
        if "prepositions" in token.tags and (token.start in target or token.lower in own):
            if position >= 1 and model.tokens[position - 1].lower in (
                    model.lexicon.separation_words):
                return None  # "different from Trump's tariffs": compared, not hit
            return token.lower
        shared = _shared_preposition(view, position)
        if shared is not None and shared.start in target:
            return shared.lower  # "exports to and within Russia": "to" governs Russia too
        if token.lower in _LIST_INTRODUCERS:
            position -= 1
            steps += 1
            continue
        if model.group_at(position) is not None or token.tags & {"prepositions", PUNCT,
                                                                  "coordinators"}:
            return None
        position -= 1
        steps += 1
    return None


@_per_sentence
def _target_preposition_starts(view: View) -> frozenset[int]:
    """Where the sentence's cues for target prepositions stand ("on", "against", "of")."""
    return frozenset(c.start for category in ("target_prepositions", "genitive_prepositions")
                     for c in view.cues_of(category))


def _after_word(view: View, mention: ActorMention, word: str) -> bool:
    """Whether a mention's phrase follows a given word ("by the EU")."""
    before = view.model.token_before(mention.actor.start)
    while before >= 0 and "determiners" in view.model.tokens[before].tags:
        before -= 1
    return before >= 0 and view.model.tokens[before].lower == word


def _closes_soon(tokens: Sequence[object], index: int) -> bool:
    """A bracket that closes within a few tokens: "(25%)", "(China)"."""
    for position in range(index + 1, min(len(tokens), index + _ASIDE_TOKENS)):
        if getattr(tokens[position], "text", "") in (")", "]"):
            return True
    return False


_ASIDE_TOKENS = 8


def _coordinated_with_previous(view: View, mention: ActorMention,
                               found: list[ActorMention]) -> bool:
    """ "on China, Hong Kong and Macau": a name joined to a target by a list."""
    if not found:
        return False
    between = view.text(found[-1].actor.end, mention.actor.start).strip().lower()
    if view.may_match(_BRACKETED):
        between = _BRACKETED.sub(" ", between)
    between = between.strip()
    if between in (",", ", the"):
        return _list_goes_on(view, mention)
    return between in ("and", "or", ", and", ", or", "&", "and the", ", and the",
                       "as well as", "and on")


def _list_goes_on(view: View, mention: ActorMention) -> bool:
    """After a comma, a name is in a list unless a verb comes before the list's "and" or
    "or": "on Canada, Mexico and China", but not "on Belarus, the UK minister said"."""
    model = view.model
    tokens = model.tokens
    for index in range(model.token_at(mention.actor.end), len(tokens)):
        if "coordinators" in tokens[index].tags or tokens[index].text in (";", ":"):
            return True
        group = model.group_at(index)
        if group is not None and group.finite:
            return False
    return True


def _before_targets(view: View) -> list[ActorMention]:
    """ "imports from Japan face duties": a jurisdiction in the subject of the verb that
    takes the measure, after "from" or as goods' origin; "For Belarus and Russia, this rule
    amends ...": a fronted phrase naming whom a notice is about."""
    spans: list[tuple[int, int]] = []
    governor = view.governor
    if governor is not None and governor.group is not None and governor.relation in (
            "object", "prep_object"):
        span = view.model.subject_span(governor.group)
        if span is not None:
            tokens = view.model.tokens
            spans.append((tokens[span[0]].start, tokens[span[1] - 1].end))
    c_start, _ = view.model.clause_span(view.clause)
    fronted = _FRONTED_PARTY.match(view.sentence, c_start) if view.may_match(
        _FRONTED_PARTY) else None
    if not spans and fronted is None:
        return []  # no subject to read and no fronted phrase: no name can be one
    found = []
    for mention in view.actors:
        if fronted and fronted.start(1) <= mention.actor.start < fronted.end(1):
            found.append(mention)
            continue
        if not any(start <= mention.actor.start and mention.actor.end <= end
                   for start, end in spans):
            continue
        if _before_is(view, mention, "target_prepositions_before") or _goods_after(
                view, mention) or (_before_is(view, mention, "genitive_prepositions", 5)
                                   and _before_is_goods_of(view, mention)):
            found.append(mention)
    return found


def _before_is_goods_of(view: View, mention: ActorMention) -> bool:
    """ "products of the EU": "of" after goods names their origin."""
    text = view.text(max(0, mention.actor.start - 30), mention.actor.start).lower()
    return view.may_match(_GOODS_OF_BEFORE) and bool(_GOODS_OF_BEFORE.search(text))


def _verb_object_targets(view: View) -> list[ActorMention]:
    """The object of the verb that puts goods or firms into or out of a measure: "slapped
    Canada with tariffs", "added 12 Chinese companies to the Entity List", "exempted
    Mexican steel from the surcharge"."""
    governor = view.governor
    if governor is None or governor.group is None or not (
            governor.relation == "prep_object" or governor.relation.startswith("oblique")):
        return []
    if governor.relation.removeprefix("oblique:") in view.model.lexicon.terms_prepositions:
        return []  # "ship maize into Portugal at a reduced levy": the route, no party hit
    tokens = view.model.tokens
    start = tokens[governor.group.last].end
    found = [m for m in view.actors_within(start, view.hit.start)
             if m.form != "body" and not _after_word(view, m, "by")]
    return found[:_OBJECT_TARGETS]


# At most this many jurisdictions are read from one verb's object.
_OBJECT_TARGETS = 4


# How a measure stands to a verb of meeting or heading it off whose subject it hits: the
# verb's object ("faces tariffs", "evaded sanctions"), after its preposition ("hit by"),
# or its own subject when passive. Not a verb the measure's clause hangs from ("by
# imposing tariffs, the US defies economics").
_MET_RELATIONS = frozenset(("object", "prep_object", "passive", "self"))


def _exposed_subjects(view: View) -> list[ActorMention]:
    """The subject of a verb of prevention or exposure over the measure ("Seoul moved to head
    off the duties", "Japan faces sanctions"), or of a passive victim ("was hit with")."""
    for link in view.verb_links:
        if (link.categories & {"prevention", "exposure"} or _relief_won(view, link)) and (
                link.relation in _MET_RELATIONS):
            assert link.group is not None
            found = [m for m in view.subject_actors(link.group) if m.form != "body"][:2]
            return _with_listed_before(view, found)
    victims = [m for m in view.actors if m.actor.end <= view.hit.start
               and _target_like_after(view, m)]
    return victims[-1:]


def _facing_pending_measure(view: View) -> bool:
    """A measure already on the table weighed in an "if" clause: "Colombo avoided mass
    layoffs if the tariff went ahead", "exporters would be hard hit if Washington
    implemented the tariffs". The clause it conditions says what would befall whom."""
    return view.clause_kind is ClauseKind.CONDITIONAL and definite_reference(view)


def _main_clause_subjects(view: View) -> list[ActorMention]:
    """The jurisdictions that are the subject of the verb an "if" clause conditions: the
    last finite verb of its clause before the "if", or the first of the main clause after
    a fronted "if" clause. They would meet the measure (§4 targets)."""
    model = view.model
    condition = model.clauses[view.clause]
    # a fronted "if" clause conditions the main clause after it
    parent = condition.parent if condition.parent is not None else next(
        (index for index, clause in enumerate(model.clauses)
         if clause.first >= condition.last and clause.kind is ClauseKind.MAIN), None)
    if parent is None:
        return []
    clause = model.clauses[parent]
    finite = [g for g in model.groups if clause.first <= g.head < clause.last
              and model.clause_of(g.head) == parent and g.finite
              and ING not in model.tokens[g.head].tags]  # "With the US having ...,"
    before = [g for g in finite if g.head < condition.first]
    # coordinated verbs share the subject of the first: "chose ... and avoided ..."
    candidates = list(reversed(before)) if before else finite[:1]
    group, span = next(((g, s) for g in candidates
                        if (s := model.subject_span(g)) is not None), (None, None))
    if group is None or span is None:
        return []
    first, last = span
    tokens = model.tokens
    if "prepositions" in tokens[first].tags:
        return []  # "With the US having ...": no subject, a fronted phrase
    pronoun = last - first == 1 and "subject_pronouns" in tokens[first].tags
    # the subject itself names them, or is a pronoun standing for them ("it would")
    return [m for m in view.subject_actors(group) if m.form != "body" and (
        pronoun or tokens[first].start <= m.actor.start < tokens[last - 1].end)][:1]


def _harmed_objects(view: View) -> list[ActorMention]:
    """The measure is the subject of a verb of harm, whose object names who is hit: "the
    tariffs hit Vietnam hardest", "the sanctions target Russian banks"."""
    governor = view.governor
    if governor is None or governor.group is None or governor.relation != "subject" or (
            "harm" not in governor.categories):
        return []
    model = view.model
    tokens = model.tokens
    first = governor.group.last + 1
    found: list[ActorMention] = []
    for index in range(first, min(len(tokens), first + _HARMED_OBJECT_TOKENS)):
        token = tokens[index]
        if model.group_at(index) is not None or (
                "prepositions" in token.tags and token.lower not in _LIST_INTRODUCERS) or (
                PUNCT in token.tags and ACTOR not in token.tags):
            break  # "punish poor countries like Lesotho": a list introducer is no break
        for mention in view.actors:
            if mention.actor.start == token.start and mention.form != "body":
                found.append(mention)
    return _with_listed_after_all(view, found)


def _with_listed_after_all(view: View, found: list[ActorMention]) -> list[ActorMention]:
    """Found names with those that follow the last of them in one series."""
    if not found:
        return found
    listed = list(found)
    for mention in _with_listed_after(view, found[-1]):
        if mention not in listed:
            listed.append(mention)
    return listed


# How far after a verb of harm its object may name who is hit ("hit Vietnam", "target
# three Russian banks", "punish poor countries like Lesotho").
_HARMED_OBJECT_TOKENS = 6


def _with_listed_before(view: View, found: list[ActorMention]) -> list[ActorMention]:
    """Found names with those listed before them in one series: "China, India, Malaysia
    and Thailand face tariffs" hits all four, not only the one next to the verb."""
    if not found:
        return found
    current = min(found, key=lambda m: m.actor.start)
    listed = list(found)
    for other in sorted((m for m in view.actors if m.actor.end <= current.actor.start),
                        key=lambda m: -m.actor.start):
        if not _coordinated_with_previous(view, current, [other]):
            break
        listed.append(other)
        current = other
    return sorted(listed, key=lambda m: m.actor.start)


def _persuader(view: View) -> list[ActorMention]:
    """ "Japan has little chance of convincing the U.S. to drop threatened sanctions":
    the one that asks another to drop a measure is the one the measure hits."""
    demand = _demand_link(view)
    if demand is None or demand.group is None or "persuasion" not in demand.categories:
        return []
    return _demander(view, demand)


def _party_giving_in_return(view: View) -> list[ActorMention]:
    """ "an agreement for Iran to scale back its programme in return for relief from US
    sanctions": the one who gives something in exchange for an easing is relieved by it."""
    if not _eases(view, _EASING_WORDS):
        return []
    first = min([view.hit.start] + [link.start for link in view.chain
                                    if link.kind in ("noun", "premodifier")])
    model = view.model
    tokens = model.tokens
    before_easing = model.token_at(first) - 1
    while before_easing > 0 and "determiners" in tokens[before_easing].tags:
        before_easing -= 1  # "in exchange for an easing of"
    opening = before_easing - 2  # "in return for" right before the easing
    if opening < 0 or not (tokens[opening].lower == "in" and tokens[opening + 1].lower in (
            model.lexicon.exchange_nouns) and tokens[opening + 2].lower == "for"):
        return []
    before = [g for g in model.groups if g.last < opening]
    if not before:
        return []
    group = before[-1]
    if group.tense is Tense.INFINITIVE and group.first >= 2 and (
            tokens[group.first - 2].lower == "for"):
        # "for Iran to scale back": the name between "for" and "to" is the subject
        named = [m for m in view.actors if m.actor.start == tokens[group.first - 1].start]
        if named:
            return named
    return [m for m in view.subject_actors(group) if m.form != "body"][:1]


def _easing_demander(view: View) -> list[ActorMention]:
    """ "China called on the United States to remove curbs on its exports": when no target
    is named, the one demanding that a measure be eased is the one it hits. Only a demand
    to ease says so: "urged Washington to impose tariffs" names no target."""
    demand = _demand_link(view)
    if demand is None or demand.group is None or "demand" not in demand.categories or (
            not _easing_asked(view, demand)):
        return []
    return _demander(view, demand)


def _demander(view: View, demand: Link) -> list[ActorMention]:
    """The subject of a demand's verb, or the last name before it."""
    assert demand.group is not None
    found = view.subject_actors(demand.group)
    if found:
        return found[:1]
    before = [m for m in view.actors if m.actor.end <= demand.start and m.form != "body"]
    return before[-1:]


def _easing_asked(view: View, demand: Link) -> bool:
    """Whether a verb between the demand and the measure eases it ("to remove", "to ease")."""
    for link in view.verb_links:
        if link is demand:
            return False
        action = _action_in(link.categories)
        if action is not None and _inverted(action, view, True) in (
                Action.LIFT, Action.SUSPEND, Action.DECREASE):
            return True  # "to raise its beef quota" eases it too
    return False


def _attributive_targets(view: View) -> list[ActorMention]:
    """ "the Canada energy tariff", "a China-specific surcharge": goods or specifics of
    a jurisdiction before the measure's noun."""
    start, end = view.premodifier_span
    found = []
    for mention in view.actors:
        if not (start <= mention.actor.start and mention.actor.end <= end):
            continue
        after = view.text(mention.actor.end, view.hit.start)
        if after.startswith(("-specific", "-related", "-origin", "-made")) or _goods_after(
                view, mention) or _goods_after(view, mention, "target_nouns"):
            found.append(mention)
    return found


def _supplier(view: View) -> list[ActorMention]:
    """The subject of a verb of supplying is the seller: the purchase's target."""
    for link in view.verb_links:
        if link.group is not None and link.relation not in ("subject", "passive"):
            return [m for m in view.subject_actors(link.group) if m.form != "body"][:1]
    return []


def _located_entities(view: View) -> list[ActorMention]:
    """ "... removing three persons under the destination of Canada, ...", "transactions
    involving Russia and Belarus": jurisdictions a locator phrase names after the measure,
    however long the notice's list."""
    found: list[ActorMention] = []
    locators = [c for c in view.cues_of("target_locators") if c.start >= view.hit.start]
    if not locators:
        return found  # the first one found must follow a locator: none can be
    for mention in view.actors:
        if mention.form == "body" or mention.actor.start < view.hit.start:
            continue
        if any(0 <= mention.actor.start - c.end <= _LOCATOR_GAP and not _STRONG_STOP.search(
                view.sentence, c.end, mention.actor.start) for c in locators) or (
                found and _coordinated_with_previous(view, mention, found)):
            found.append(mention)
    return found


# Characters between a locator ("under the destination of") and the jurisdiction.
_LOCATOR_GAP = 12


def _verb_trigger_object(view: View) -> list[ActorMention]:
    """ "the UK sanctions former Sri Lankan commanders", "Washington blacklisted Chinese
    firms": the object of a measure's own verb is whom it hits."""
    group = view.model.group_at(view.first)
    if group is None or group.head != view.first or group.passive:
        return []
    tokens = view.model.tokens
    end = tokens[min(len(tokens) - 1, group.last + _OBJECT_TOKENS)].end
    return [m for m in view.actors if tokens[group.last].end <= m.actor.start < end
            and m.form != "body"][:_OBJECT_TARGETS]


# How many tokens after a measure's own verb its object's jurisdiction may stand.
_OBJECT_TOKENS = 5


def _promisee(view: View) -> list[ActorMention]:
    """ "the EC has promised the United States it will import maize", "Tokyo pledged to
    Washington that it would lift the ban": the one a promise is made to is the party
    the measure is for (§4)."""
    model = view.model
    for link in view.verb_links:
        if link.group is None or "status:agreed" not in link.categories:
            continue
        position = link.group.last + 1
        tokens = model.tokens
        while position < len(tokens) and (
                "determiners" in tokens[position].tags or tokens[position].lower == "to"):
            position += 1
        if position >= len(tokens):
            return []
        start = tokens[position].start
        return [m for m in view.actors if m.actor.start == start and m.form != "demonym"]
    return []


# Kinds aimed at another party: with nobody else named, the one other state is hit.
_AIMED_KINDS = frozenset(("tariff", "sanction"))


def _the_other_party(view: View) -> list[ActorMention]:
    """A tariff or sanction whose sentence names its imposer and one other state and no
    more ("The Trump tariff is the shock Sri Lanka needed"): that state is hit (§4)."""
    imposer = _decided_imposer(view)[0]
    if imposer is None:
        return []
    others = {m.actor.code: m for m in view.actors
              if m.form not in ("body", "bloc") and m.actor.code != imposer.actor.code}
    if len(others) != 1:
        return []
    [other] = others.values()
    first, last = sorted((other.actor.start, view.hit.start))
    if any(first <= c.start < last for c in view.cues_of("hard_breaks")):
        return []  # "the Trump tariffs are no trade issue; Sri Lanka is unprepared"
    if _preposition_just_before(view, other) in _PLACE_PREPOSITIONS:
        return []  # "imported into Spain": where the goods go
    after = view.model.group_after(view.model.token_at(other.actor.end - 1),
                                   view.model.lexicon.subject_tokens)
    if after is not None and "reporting" in view.categories_at(
            view.model.tokens[after.head].start, view.model.tokens[after.head].end):
        return []  # "Philippine minister Concepcion said ...": the one who speaks
    return [other]


@_per_view
def _decided_imposer(view: View) -> tuple[ActorMention | None, str]:
    """The imposer and the rule that decided it, worked out once per view: the fields and
    the target fallbacks both ask."""
    return decide(IMPOSER_RULES, view, None, "no-imposer")



# Prepositions before the other state that make it a place, not a party.
_PLACE_PREPOSITIONS = frozenset(("in", "into", "within", "inside"))


def _word_before(view: View, mention: ActorMention) -> int:
    """The token before a mention's phrase, past its determiners ("into the UK": "into"),
    or -1 at the start of the sentence."""
    model = view.model
    position = model.token_before(mention.actor.start)
    while position >= 0 and "determiners" in model.tokens[position].tags:
        position -= 1
    return position


def _preposition_just_before(view: View, mention: ActorMention) -> str:
    """The word before a mention's phrase, past a determiner: "into Spain", "in the UK"."""
    position = _word_before(view, mention)
    return view.model.tokens[position].lower if position >= 0 else ""


def _export_limit_partners(view: View) -> list[ActorMention]:
    """The other parties to an agreement that limits one party's exports are those it is
    limited for: "the U.S. and Japan agreed to limit Japanese car exports" (§2)."""
    for link in view.verb_links:
        if link.group is None:
            continue
        acting = [m for m in view.subject_actors(link.group) if can_act(view, m)]
        exporter = _exporter_among(view, acting)
        if exporter is not None:
            return [m for m in acting if m.actor.code != exporter.actor.code]
    return []


TARGET_RULES: list[FieldRule[list[ActorMention]]] = [
    FieldRule("partner-in-export-limit", "§2 'the U.S. and Japan agreed to limit Japanese "
              "exports': the U.S.", lambda v: str(v.rule.kind) == "export_control",
              _export_limit_partners),
    FieldRule("labelled-in-brackets", "§4 'Vietnam (46% tariff)': the level Vietnam faces",
              *_found(lambda v: [m] if (m := _bracketed_label(v)) is not None else None)),
    FieldRule("located-entities", "§8 entities under the destination of a country",
              lambda v: True, _located_entities),
    FieldRule("object-of-measure-verb", "§4 'the UK sanctions Sri Lankan commanders'",
              lambda v: True, _verb_trigger_object),
    FieldRule("programme-sells", "§4 for a purchase, the seller's programme: 'under PL-480'",
              _is_purchase, _seller_programme),
    FieldRule("supplier-sells", "§4 for a purchase, the seller: the one who supplies",
              _subject_is_target, _supplier),
    FieldRule("arguments-after-measure", "§4 'on Canada and Mexico', 'against Japan'",
              lambda v: True, _argument_targets),
    FieldRule("arguments-of-relative-verb", "§4 'the duties that Washington imposed on Japan'",
              lambda v: True, _relative_arguments),
    FieldRule("destination-of-controlled-sale", "§2 'controls that limit what chips Nvidia "
              "can sell to China'", lambda v: str(v.rule.kind) == "export_control",
              _controlled_sale_destinations),
    FieldRule("attributive-goods", "§4 'the Canada energy tariff', 'China-specific'",
              lambda v: True, _attributive_targets),
    FieldRule("imports-under-investigation", "§8 a case on 'imports of PET sheet from Oman'",
              lambda v: v.rule.id in _INVESTIGATED_RULES, _investigated_imports),
    FieldRule("origin-before-measure", "§4 'imports from Japan face duties'",
              lambda v: True, _before_targets),
    FieldRule("exporter-to-market", "§4 'India's exports to the US face a tariff': India",
              lambda v: True, _exporter_to_market),
    FieldRule("object-put-in-measure", "§4 'added Chinese firms to the Entity List'",
              lambda v: True, _verb_object_targets),
    FieldRule("promised-to", "§4 'promised the United States it will import'",
              lambda v: True, _promisee),
    FieldRule("object-of-harm", "§4 'the tariffs hit Vietnam hardest': Vietnam",
              lambda v: True, _harmed_objects),
    FieldRule("helped-by-the-goods", "§4 controls on chips 'that could help China develop'",
              *_found(lambda v: _helped_by_goods(v) or None)),
    FieldRule("exposed-subject", "§4 the one who heads off, fears or is hit by it",
              lambda v: True, _exposed_subjects),
    FieldRule("faces-pending-measure", "§4 'Seoul would suffer if the tariff went ahead'",
              _facing_pending_measure, _main_clause_subjects),
    FieldRule("persuader-is-hit", "§4 the one that asks for a measure to be dropped",
              lambda v: True, _persuader),
]

# Tried in order only when no rule above found a target and the imposer is known.
TARGET_FALLBACKS: list[FieldRule[list[ActorMention]]] = [
    FieldRule("the-other-party", "§4 a tariff or sanction hits the one other state named",
              lambda v: str(v.rule.kind) in _AIMED_KINDS, _the_other_party),
    FieldRule("demander-of-easing-is-hit", "§4 the one that demands a measure be eased",
              lambda v: True, _easing_demander),
    FieldRule("gives-in-return", "§4 'Iran curbs enrichment in return for sanctions relief'",
              lambda v: True, _party_giving_in_return),
]


# ---------------------------------------------------------------------- all fields


@attrs.frozen
class Fields:
    """Every field a rule decided for one trigger, with the names of the rules."""

    action: Action
    status: Status
    negated: bool
    imposer: ActorMention | None
    targets: tuple[ActorMention, ...]
    action_explicit: bool
    explicit: bool
    status_source: int
    status_words: str
    decided_by: tuple[tuple[str, str], ...]
    # Jurisdictions named together with the imposer as owners of the measure ("the EU and
    # the UK, where ...", "US and UN sanctions"): each holds the measure as well.
    joint_imposers: tuple[ActorMention, ...] = ()


# Imposer rules that read the owner inside the measure's own phrase, where a coordinated
# name owns the measure too ("U.S. and EU tariffs"). A subject ("Iran and the US began
# talks") is not among them: the parties to talks do not each hold the measure.
_PHRASE_OWNER_RULES = frozenset(("possessive-owner", "attributive-owner", "passive-agent",
                                 "jurisdiction-it-stands-in", "place-before-where"))
# What stands between two coordinated names: "US and UN", "the EU, and the UK".
_COORDINATION = regex.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?", regex.IGNORECASE)


def _joint_imposers(view: View, imposer: ActorMention) -> tuple[ActorMention, ...]:
    """The names coordinated with the imposer: "the European Union and the United
    Kingdom", "US and UN sanctions"."""
    joint: list[ActorMention] = []
    code, start, end = imposer.actor.code, imposer.actor.start, imposer.actor.end
    for mention in view.actors:
        if mention.actor.code == code or (mention.form == "body" and imposer.form != "body"):
            continue
        # the words between the two names, whichever comes first (a sentence may name
        # a hundred: no list is sorted for each)
        if mention.actor.start <= start:
            between = (mention.actor.end, start)
        else:
            between = (end, mention.actor.start)
        if view.may_match(_COORDINATION) and _COORDINATION.fullmatch(view.sentence, *between):
            joint.append(mention)
    if imposer.form != "body":  # "namely, Mexico, Canada, China, and the EU": the series
        listed = _with_listed_before(view, [imposer]) + _with_listed_after(view, imposer)
        joint.extend(m for m in listed if m not in joint and m.actor.code != imposer.actor.code)
    return tuple(joint)


def _with_listed_after(view: View, first: ActorMention) -> list[ActorMention]:
    """The names that follow ``first`` in one series ("Mexico, Canada, China, and EU")."""
    listed: list[ActorMention] = []
    current = first
    # the actors are in text order (see SentenceIndex): those after the first one are a
    # slice, and the series is read only as far as it goes
    after = bisect.bisect_left(view.actor_starts, first.actor.end)
    for other in (m for m in view.actors[after:] if m.form != "body"):
        if not _coordinated_with_previous(view, other, [current]):
            break
        listed.append(other)
        current = other
    return listed


def decide_fields(view: View) -> Fields | None:
    """Every field of the measure a trigger names, or None when it names only a demand."""
    decided: list[tuple[str, str]] = []
    if is_demand_for_new_measure(view) or _natural_cause(view) or _topic_only(view):
        return None
    action, action_rule = decide(ACTION_RULES, view, Action(view.rule.action), "rule-default")
    deciding = _first_action(view)
    inverted = _inverted(action, view, action_rule == "governing-action-cue" and (
        deciding is not None and deciding[1].kind not in ("self", "compound")))
    if inverted is not action and action_rule not in _STRENGTH_RULES and not (
            _says_strictness(view, deciding)):
        action, action_rule = inverted, "allowance-inverts-strength"
    decided.append(("action", action_rule))

    negated, negation_rule = decide(NEGATION_RULES, view, False, "no-denial")
    decided.append(("negated", negation_rule))

    status, status_rule = decide(STATUS_RULES, view, Status.EFFECTIVE, "default-effective")
    if status_rule in ("governing-status", "default-effective"):
        framed, frame_rule = _framed(view, status, action)
        if frame_rule is not None:
            status, status_rule = framed, frame_rule
    if negated and status is Status.AGREED:
        status, status_rule = Status.PROPOSED, "failed-agreement-is-proposal"
    if status is Status.PROPOSED and not negated and _retaliation_weighed(view):
        status, status_rule = Status.THREATENED, "weighed-retaliation-is-threat"
    decided.append(("status", status_rule))

    imposer, imposer_rule = _decided_imposer(view)
    decided.append(("imposer", imposer_rule))
    if imposer is None and _non_state_subject(view):
        return None  # "rural industry subsidises grain output": no government acts

    targets: dict[str, ActorMention] = {}
    target_rules: list[str] = []
    if view.rule.targets:
        for rule in TARGET_RULES:
            if not rule.condition(view):
                continue
            found = [m for m in rule.result(view)
                     if m.form != "body" and (imposer is None or m.actor.code != imposer.actor.code)
                     and m.actor.code not in targets]
            if found:
                target_rules.append(rule.name)
            for mention in found:
                targets.setdefault(mention.actor.code, mention)
    if not targets and imposer is not None and view.rule.targets:
        for fallback in TARGET_FALLBACKS:
            if not fallback.condition(view):
                continue
            found = [m for m in fallback.result(view) if m.actor.code != imposer.actor.code]
            if found:
                targets = {m.actor.code: m for m in found}
                target_rules.append(fallback.name)
                break
    decided.append(("targets", "+".join(target_rules) or "no-targets"))
    if imposer is None and not targets and is_commentary(view):
        return None
    if outside_policy(view.index):
        return None

    status_link = _chain_status(view)
    words = view.text(status_link[1].start, status_link[1].end) if status_link else ""
    explicit = bool(
        action_rule not in ("rule-default",) or status_rule not in ("default-effective",)
        or negated or view.rule.status or view.rule.action != "impose"
        or definite_reference(view) or _effect_reported(view) or _undergone(view)
        or _described_in_aside(view))
    return Fields(
        action=action,
        status=status,
        negated=negated,
        imposer=imposer,
        targets=tuple(targets.values()),
        action_explicit=action_rule not in ("rule-default", "demand-leaves-measure-in-force"),
        explicit=explicit,
        status_source=1 if status_rule == "rule-fixes-status" else (
            0 if status_rule == "default-effective" else 2),
        status_words=words,
        decided_by=tuple(decided),
        joint_imposers=_joint_imposers(view, imposer) if imposer is not None and (
            imposer_rule in _PHRASE_OWNER_RULES or _joint_subject_acts(view, imposer_rule))
        else (),
    )


def _joint_subject_acts(view: View, imposer_rule: str) -> bool:
    """Names coordinated as the subject of a verb that acts on the measure ("the US and the
    EU raised tariffs") each hold it; parties to talks about it do not ("Iran and the US
    began talks on relief")."""
    governor = view.governor
    if imposer_rule != "subject-of-governing-verb" or governor is None or (
            governor.relation not in ("object", "self")):
        return False
    if any(c.startswith("action:") for c in governor.categories):
        return True
    group = governor.group
    return group is not None and (
        view.model.tokens[group.head].lower in view.model.lexicon.holding_verbs)


__all__ += ["PUNCT", "can_act", "decide"]
