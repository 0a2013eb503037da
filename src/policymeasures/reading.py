"""Reading one trigger in its sentence: which words govern it, and what fills its slots.

The engine finds triggers; this module reads each one where it stands. Everything is
read inside the trigger's sentence, most of it inside its clause: the action cue that
governs it, the status, negation, who acts and who is hit, the figures and the goods.
The rules of thumb are written from how English states policy (GUIDELINES §3 to §6); the
words they use are data in the rule set's ``[cues]``.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Callable
from typing import NamedTuple

import attrs
import regex

from policymeasures.actors import ActorMention
from policymeasures.cues import Cue
from policymeasures.records import Action, Magnitude, Product, Span, Status
from policymeasures.rules import Rule

__all__ = ["Hit", "Reading", "clause_breaks", "read_trigger"]

# How far (in characters) a cue may stand from the trigger it governs. Verbs govern
# their object from a few words before it ("agreed to delay implementation of"); a noun
# modifier or passive verb stands just after it ("tariff relief", "tariffs were raised").
_ACTION_BEFORE = 70
_ACTION_AFTER = 30
_STATUS_AFTER = 45
_NEGATION_REACH = 30
_TARGET_REACH = 90
_PRODUCT_REACH = 80
_MAGNITUDE_REACH = 140
# A noun phrase after "on"/"of" naming goods: a few words, stopping at punctuation or a
# function word. Bounded repetition keeps it linear.
_NOUN_PHRASE = regex.compile(
    r"\s*(?:the\s+|certain\s+|all\s+|some\s+|its\s+|their\s+|new\s+)?"
    r"((?:(?!(?:from|to|in|at|by|with|and|or|under|that|which|as|after|before|since|because|if"
    r"|was|were|is|are|will|would|for|on|of|the|a|an|its)\b)[\w'\u2019-]+"
    r"(?:\s+|$)){1,4})",
    regex.IGNORECASE,
)


class Hit(NamedTuple):
    """A trigger found in a sentence by a rule."""

    rule: Rule
    start: int
    end: int
    # A pattern's own verb ("limit exports") is the measure itself, not a cue about it.
    from_pattern: bool


@attrs.frozen
class Reading:
    """One trigger read in its sentence; offsets are relative to the sentence."""

    hit: Hit
    action: Action
    status: Status
    negated: bool
    explicit: bool
    # Whether a cue or the rule named the action, rather than the default "impose".
    action_explicit: bool
    # Where the status came from: 2 a cue in the sentence, 1 the rule, 0 the default.
    status_source: int
    clause_start: int
    clause_end: int
    # The status cue's words, whose tense says which way an ambiguous date lies.
    status_words: str
    imposer: ActorMention | None
    targets: tuple[ActorMention, ...]
    rate: Magnitude | None
    amount: Magnitude | None
    products: tuple[Product, ...]
    date: datetime.date | None
    date_span: Span | None


def read_trigger(
    sentence: str,
    hit: Hit,
    cues: list[Cue],
    breaks: list[int],
    actors: list[ActorMention],
    products: list[Product],
    magnitudes: list[Magnitude],
    with_codes: Callable[[Product], Product],
) -> Reading | None:
    """Read one trigger in its sentence: action, status, negation and slots.

    Offsets are relative to the sentence; ``None`` when the trigger names a demand,
    which is no measure. ``with_codes`` gives a product read around the trigger its
    HS codes.
    """
    clause_start, clause_end = _clause_of(hit.start, breaks, len(sentence))
    in_clause = [c for c in cues if clause_start <= c.start and c.end <= clause_end]
    action_cue = _governing(in_clause, "action:", hit, _ACTION_BEFORE, _ACTION_AFTER,
                            sentence)
    # Words between the governing verb and the trigger describe the object ("agreed to
    # suspend its planned surcharge"): the status is read before the verb.
    status_cues = in_clause if action_cue is None or action_cue[0].end > hit.start else [
        c for c in in_clause if c.end <= action_cue[0].end or c.start >= hit.start]
    status_cue = _status_cue(sentence, hit, status_cues, clause_start)
    demand = _demand(sentence, hit, in_clause, clause_start)
    if demand and (status_cue is None or demand[0].start > status_cue[0].start
                   or status_cue[1] == "proposed"):
        # Another party's demand is not a measure (GUIDELINES §1); a demand to lift
        # or ease one is about the measure in force.
        if (action_cue and action_cue[1] in ("impose", "increase")) or (
            not action_cue and hit.rule.action == "impose"
        ):
            return None
        action_cue, status_cue = None, None
    action = Action(action_cue[1]) if action_cue else Action(hit.rule.action)
    if hit.rule.action != "impose" and (action is Action.IMPOSE or hit.from_pattern):
        action = Action(hit.rule.action)  # the trigger itself says it: "duty-free"
    if demand and (status_cue is None) and action is not Action.IMPOSE:
        action = Action.IMPOSE
    if action in _INVERTED and any(
        c.category == "allowances" and hit.start <= c.start < hit.end for c in in_clause
    ):
        action = _INVERTED[action]  # "raised its import quota": a looser restriction
    status = _status(sentence, hit, status_cue, in_clause, cues, action)
    negated = _negated(sentence, in_clause, hit, [c for c in (action_cue, status_cue) if c])
    if negated and status is Status.AGREED:
        status = Status.PROPOSED  # talks that failed (GUIDELINES §3)
    imposer = _imposer(sentence, hit, actors, cues, clause_start)
    targets = _targets(sentence, hit, actors, cues, clause_start, clause_end, imposer)
    rate, amount = _magnitudes_for(hit, magnitudes, clause_start, clause_end, sentence)
    found_products = tuple(
        with_codes(p) for p in _products_for(sentence, hit, products, actors, cues,
                                                  clause_start, clause_end))
    return Reading(
        hit=hit,
        action=action,
        status=status,
        negated=negated,
        action_explicit=bool(action_cue) or hit.rule.action != "impose",
        explicit=bool(action_cue or status_cue or negated or hit.rule.status
                      or hit.rule.action != "impose"),
        status_source=2 if status_cue else (1 if hit.rule.status else 0),
        clause_start=clause_start,
        clause_end=clause_end,
        status_words=sentence[status_cue[0].start:status_cue[0].end] if status_cue else "",
        imposer=imposer,
        targets=targets,
        rate=rate,
        amount=amount,
        products=found_products,
        date=None,
        date_span=None,
    )


def _status_cue(sentence: str, hit: Hit, in_clause: list[Cue],
                clause_start: int) -> tuple[Cue, str] | None:
    """The status word governing the trigger: before it in its clause, or after it when
    only auxiliaries stand between ("a subsidy is offered"), a verb of the measure follows
    it, or it is a predicate of the measure ("the duties take effect")."""
    cue = _governing(in_clause, "status:", hit, hit.start - clause_start, _STATUS_AFTER)
    if cue is None or cue[0].start <= hit.end:
        return cue
    word = cue[0]
    if _AUXILIARIES.fullmatch(sentence, hit.end, word.start) and not _MODAL.fullmatch(
        sentence, word.start, word.end
    ):
        return cue
    if _verb_follows(in_clause, word) or any(
        c.category == "predicates" and c.start == word.start for c in in_clause
    ):
        return cue
    return None  # "the pause in export controls may soothe markets"


def _demand(sentence: str, hit: Hit, in_clause: list[Cue],
            clause_start: int) -> tuple[Cue, str] | None:
    """Another party's demand or advice governing the trigger ("urged Japan to lift")."""
    demand = _governing(in_clause, "demand", hit, hit.start - clause_start, 0)
    if demand and not _COMPLEMENT.search(sentence, demand[0].end, hit.start):
        demand = None  # "at the urging of the chairman": no demand governs the trigger
    return demand or _governing(in_clause, "advice", hit, hit.start - clause_start, 0)


# Only auxiliaries and adverbs between a trigger and the participle that says its status:
# "a subsidy is offered", "the plan was strongly promoted", "quota talks".
_AUXILIARIES = regex.compile(
    r"\s*(?:(?:is|are|was|were|be|been|being|has|have|had|will|would|to|\w+ly)\s+){0,3}",
    regex.IGNORECASE)
_INVERTED = {Action.INCREASE: Action.DECREASE, Action.DECREASE: Action.INCREASE}
# A comma, or a coordination opening a new verb phrase ("and lead to", "but will"),
# ends what a verb governs; coordinated objects ("tariffs and quotas") share it.
_COORDINATION = regex.compile(
    r",|\b(?:and|or|but)\s+(?:\w+\s+)?(?:to|will|would|may|might|could|can|should|must)\b",
    regex.IGNORECASE)
_MODAL = regex.compile(r"may|might|could|can|will|would|shall|should|must", regex.IGNORECASE)
# A demand governs what follows only through its complement: "urged Japan to", "insisted that".
_COMPLEMENT = regex.compile(r"\b(?:to|that)\b", regex.IGNORECASE)


# ---------------------------------------------------------------------- clauses and cues


def clause_breaks(cues: list[Cue], length: int) -> list[int]:
    return sorted({c.start for c in cues if c.category == "clause_breaks"} | {0, length})


def _clause_of(position: int, breaks: list[int], length: int) -> tuple[int, int]:
    index = bisect.bisect_right(breaks, position) - 1
    start = breaks[max(0, index)]
    end = breaks[index + 1] if index + 1 < len(breaks) else length
    return start, end


def _governing(
    cues: list[Cue], prefix: str, hit: Hit, before: int, after: int, sentence: str = ""
) -> tuple[Cue, str] | None:
    """The cue of a family nearest the trigger: inside it, before it, or just after it.

    A pattern's own verb ("limit exports") is the measure, so for actions the words
    inside a pattern's match are not read as cues about it; and an action verb before
    the trigger governs it only when no coordination or comma stands between ("boost
    sentiment and lead to curbs" does not boost the curbs).
    """
    best: tuple[int, Cue] | None = None
    for cue in cues:
        if not cue.category.startswith(prefix):
            continue
        if cue.start >= hit.start and cue.end <= hit.end:
            if hit.from_pattern and prefix == "action:":
                continue
            distance = 0
        elif cue.end <= hit.start and hit.start - cue.end <= before:
            if sentence and _COORDINATION.search(sentence, cue.end, hit.start):
                continue
            distance = hit.start - cue.end
        elif cue.start >= hit.end and cue.start - hit.end <= after:
            distance = (cue.start - hit.end) * 2  # a cue after the trigger binds less
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, cue)
    if best is None:
        return None
    return best[1], best[1].category[len(prefix):]


def _is_would(cue: Cue, sentence: str) -> bool:
    return sentence[cue.start:cue.end].lower() in ("would", "will", "shall")


def _status(
    sentence: str,
    hit: Hit,
    status_cue: tuple[Cue, str] | None,
    clause_cues: list[Cue],
    sentence_cues: list[Cue],
    action: Action,
) -> Status:
    if hit.rule.status:
        return Status(hit.rule.status)
    if any(c.category == "proposed_framing" for c in sentence_cues):
        return Status.PROPOSED  # "In this proposed rule, BIS would ...": the notice frames it
    status = Status(status_cue[1]) if status_cue else Status.EFFECTIVE
    if status in (Status.PROPOSED, Status.ANNOUNCED) and any(
        c.category == "status:threatened" and c.end <= hit.start for c in clause_cues
    ):
        return Status.THREATENED  # "warned it could impose": the modal serves the threat
    # "would" or "will" as a deal's term: "under the accord, the EC will import"
    if (
        status is Status.ANNOUNCED
        and status_cue
        and _is_would(status_cue[0], sentence)
        and any(c.category == "status:agreed" and c.start < hit.start for c in sentence_cues)
    ):
        return Status.AGREED
    # A threat's measure stands in the main clause: the "if" follows the trigger, or a
    # comma closes the if-clause before it. A measure inside the if-clause is the condition.
    conditional = any(
        c.category == "conditional"
        and (c.start > hit.end or "," in sentence[c.end:hit.start])
        for c in sentence_cues
    )
    if (
        conditional
        and status is Status.ANNOUNCED
        and action in (Action.IMPOSE, Action.INCREASE)
    ):
        return Status.THREATENED  # "if ... will impose": a coercive signal
    condition = any(
        c.category == "conditional" and c.end <= hit.start
        and "," not in sentence[c.end:hit.start]
        for c in clause_cues
    )
    if condition and status in (Status.EFFECTIVE, Status.ANNOUNCED):
        return Status.PROPOSED  # "if the tariffs are implemented": a hypothesis
    return status


def _negated(sentence: str, clause_cues: list[Cue], hit: Hit,
             governors: list[tuple[Cue, str]]) -> bool:
    """A negation close before the trigger or before the word that governs it."""
    anchors = [hit.start] + [cue.start for cue, _ in governors if cue.start < hit.start]
    anchor = min(anchors)
    for cue in clause_cues:
        if cue.category != "negation":
            continue
        if "," in sentence[cue.end:anchor]:
            continue  # "If Tokyo does not act, Washington will impose": another clause
        if any(b.category == "negation_blockers" and cue.end <= b.start <= cue.end + 12
               for b in clause_cues):
            continue  # "did not say whether", "no less than"
        if cue.end <= anchor and anchor - cue.end <= _NEGATION_REACH:
            return True
        if cue.start >= anchor and cue.end <= hit.start:
            return True  # "agreed not to impose": between the governor and the trigger
    return False


def _verb_follows(cues: list[Cue], status_cue: Cue) -> bool:
    """A status word after the trigger counts only with a verb of the measure after it."""
    for cue in cues:
        if cue is status_cue or not (status_cue.end <= cue.start <= status_cue.end + 25):
            continue
        if cue.category.startswith("action:") or cue.category == "status:effective":
            return True
    return status_cue.category == "status:effective"


# ---------------------------------------------------------------------- actors


def _followed_by(cues: list[Cue], category: str, position: int, reach: int) -> Cue | None:
    for cue in cues:
        if cue.category == category and position <= cue.start <= position + reach:
            return cue
    return None


def _preceded_by_preposition(
    sentence: str, cues: list[Cue], start: int, category: str = "target_prepositions"
) -> bool:
    for cue in cues:
        if cue.category == category and 0 <= start - cue.end <= 12:
            gap = sentence[cue.end:start].strip().lower()
            if gap in ("", "the", "u.s.", "the u.s."):
                return True
        # "goods of China": "of" makes a target only when goods stand right before it
        if (category in ("target_prepositions", "genitive_prepositions_after_goods")
                and cue.category == "genitive_prepositions"
                and 0 <= start - cue.end <= 5
                and sentence[cue.end:start].strip().lower() in ("", "the")
                and any(g.category in ("goods_nouns", "quantity_nouns")
                        and 0 <= cue.start - g.end <= 2 for g in cues)):
            return True
    return False


_PUNCTUATION = regex.compile(r"[,;:()\u2014]")
_ON_OR_OF = regex.compile(r"\s+(?:on|of)\b", regex.IGNORECASE)
_POSSESSIVE = regex.compile(r"['\u2019]s?\b")


def _possessive(sentence: str, mention: ActorMention) -> bool:
    """ "China's return to purchases": the owner of what follows, so its actor."""
    return bool(_POSSESSIVE.match(sentence, mention.actor.end))


_VERB_BEFORE_GOODS = regex.compile(
    r"\b(?:will|would|shall|may|might|could|can|must|to|did|does|do)\b", regex.IGNORECASE)


def _names_goods(sentence: str, mention: ActorMention, cues: list[Cue],
                 category: str = "goods_nouns") -> Cue | None:
    """The goods noun a mention qualifies ("Chinese goods", "U.S. farm products")."""
    goods = _followed_by(cues, category, mention.actor.end, 25)
    if goods is None or _followed_by(cues, "government_nouns", mention.actor.end, 2):
        return None
    between = sentence[mention.actor.end:goods.start]
    words = between.split()
    if len(words) > 2 or _PUNCTUATION.search(between):
        return None
    if mention.form != "demonym" and (len(words) > 1 or any(w.endswith("ed") for w in words)):
        return None  # "Washington offered wheat" is a subject and its verb
    if _VERB_BEFORE_GOODS.search(between):
        return None  # "the EC will import": a verb, not goods
    if any(c.category in ("target_prepositions", "non_agent_prepositions")
           and mention.actor.end <= c.start < goods.start for c in cues):
        return None
    return goods


# "the government of Canada", "the Minister of Energy and Mineral Resources of Indonesia"
_GOVERNMENT_OF = regex.compile(
    r"\b(?:government|ministry|department|minister|president|prime\s+minister|parliament|"
    r"cabinet|state\s+council|authorities|customs)(?:\s+(?:of|for)(?:\s+[\w&,-]+){1,6})?"
    r"\s+of\s+(?:the\s+)?$",
    regex.IGNORECASE)
# "the Soviets agreed", "the Japanese have refused": a people standing for its government.
_PASSIVE_VICTIM = regex.compile(
    r"\s+(?:has|have|had|was|were|is|are|will\s+be|could\s+be|may\s+be)\s+(?:been\s+|being\s+)?"
    r"(?:threatened|hit|targeted|slapped|punished|sanctioned|penali[sz]ed|blacklisted)\b",
    regex.IGNORECASE)
_ONE_WORD = regex.compile(r"\s+[\w-]+\s+")
_PEOPLE_AS_SUBJECT = regex.compile(r"\bthe\s+$", regex.IGNORECASE)
_NEXT_WORD = regex.compile(r"\s+([a-z]+)\b")


def _repeats(sentence: str, mention: ActorMention, actors: list[ActorMention]) -> ActorMention:
    """A name repeated in brackets, "the Republic of Turkey (Turkey)", stands in for the first."""
    if mention.actor.start == 0 or sentence[mention.actor.start - 1] != "(":
        return mention
    for other in actors:
        if (other.actor.code == mention.actor.code
                and 0 <= mention.actor.start - 1 - other.actor.end <= 2):
            return other
    return mention


def _is_target_like(sentence: str, mention: ActorMention, cues: list[Cue]) -> bool:
    """A mention that names whose goods or trade a measure hits, or a place, not who acts."""
    if _PASSIVE_VICTIM.match(sentence, mention.actor.end):
        return True  # "Beijing has been threatened with sanctions"
    if _possessive(sentence, mention) or mention.form == "body":
        return False  # an agency or programme acts wherever it stands
    if _GOVERNMENT_OF.search(sentence, max(0, mention.actor.start - 90), mention.actor.start):
        return False  # "the government of Canada" acts
    if _names_goods(sentence, mention, cues) or _names_goods(sentence, mention, cues,
                                                             "target_nouns"):
        return True
    if mention.form not in ("bloc",) and _preceded_by_preposition(
        sentence, cues, mention.actor.start, "genitive_prepositions"
    ):
        return True  # "partners of the United States": not who acts
    return _preceded_by_preposition(sentence, cues, mention.actor.start) or (
        _preceded_by_preposition(sentence, cues, mention.actor.start, "non_agent_prepositions"))


def _can_act(sentence: str, mention: ActorMention, cues: list[Cue]) -> bool:
    """Whether a mention can be the one who acts: a demonym only as a people or government."""
    if mention.form != "demonym":
        return True
    if _followed_by(cues, "government_nouns", mention.actor.end, 2):
        return True  # "the Japanese government"
    people = _PEOPLE_AS_SUBJECT.search(sentence, max(0, mention.actor.start - 4),
                                       mention.actor.start)
    following = _NEXT_WORD.match(sentence, mention.actor.end)
    return bool(people and following and not _followed_by(cues, "goods_nouns",
                                                          mention.actor.end, 2))


def _imposer(
    sentence: str,
    hit: Hit,
    actors: list[ActorMention],
    cues: list[Cue],
    clause_start: int,
) -> ActorMention | None:
    """The nearest acting jurisdiction before the trigger, never across a hard break."""
    for mention in actors:  # the trigger names its programme: "the Export Enhancement Program"
        if (hit.start <= mention.actor.start and mention.actor.end <= hit.end
                and mention.form == "body"):
            return mention
    for mention in actors:  # "Chinese tariffs", "U.S. export controls": whose measure it is
        # Before a noun ("the Trump tariffs") a preposition governs the whole phrase; before
        # a verb-led pattern ("honey from Brazil sold below value") it governs the name.
        if (0 < hit.start - mention.actor.end <= 2 or _ONE_WORD.fullmatch(
                sentence, mention.actor.end, hit.start)) and not _names_goods(
                sentence, mention, cues, "target_nouns") and not (
                hit.from_pattern
                and _is_target_like(sentence, _repeats(sentence, mention, actors), cues)):
            return mention
    floor = max((c.end for c in cues if c.category == "hard_breaks" and c.end <= hit.start),
                default=0)
    before = [m for m in actors if floor <= m.actor.start and m.actor.end <= hit.start]
    for mention in sorted(before, key=lambda m: -m.actor.start):
        if not _can_act(sentence, mention, cues):
            continue
        if _is_target_like(sentence, _repeats(sentence, mention, actors), cues):
            continue
        return mention
    after = [m for m in actors if m.actor.start >= hit.end]
    for mention in after:  # "tariffs imposed by the EU"
        if sentence[max(hit.end, mention.actor.start - 8):mention.actor.start].rstrip().lower(
        ).endswith(("by", "by the")):
            return mention
    for mention in after:  # "paid ... from the CCC inventory": an agency named later
        if mention.form == "body" and not _names_goods(sentence, mention, cues):
            return mention
    return None


def _targets(
    sentence: str,
    hit: Hit,
    actors: list[ActorMention],
    cues: list[Cue],
    clause_start: int,
    clause_end: int,
    imposer: ActorMention | None,
) -> tuple[ActorMention, ...]:
    if not hit.rule.targets:
        return ()
    chosen: dict[str, ActorMention] = {}
    for mention in actors:
        if imposer is not None and mention.actor.code == imposer.actor.code:
            continue
        if mention.form == "body":
            continue  # an agency acts; it is not what a measure hits
        near = (hit.start - _TARGET_REACH <= mention.actor.start <= hit.end + _TARGET_REACH)
        if not near or not (clause_start <= mention.actor.start < clause_end):
            continue
        original = _repeats(sentence, mention, actors)
        after_preposition = (mention.actor.start >= hit.end and _preceded_by_preposition(
            sentence, cues, original.actor.start))
        before_preposition = mention.actor.end <= hit.start and (
            _preceded_by_preposition(sentence, cues, original.actor.start,
                                     "target_prepositions_before")
            or _preceded_by_preposition(sentence, cues, original.actor.start,
                                        "genitive_prepositions_after_goods"))
        if after_preposition or before_preposition or (
            (_names_goods(sentence, mention, cues)
             or _names_goods(sentence, mention, cues, "target_nouns"))
            and not _followed_by(cues, "government_nouns", mention.actor.end, 2)
        ):
            chosen.setdefault(mention.actor.code, mention)
    return tuple(chosen.values())


# ---------------------------------------------------------------------- magnitudes, products


def _is_rate(magnitude: Magnitude) -> bool:
    return magnitude.unit in ("%", "pp") or "/" in magnitude.unit


_CHANGE_AFTER = regex.compile(
    r"\s*(?:cut|cuts|reduction|increase|rise|drop|decline|fall|hike|jump|share)\b", regex.I)


def _magnitudes_for(
    hit: Hit, magnitudes: list[Magnitude], clause_start: int, clause_end: int, sentence: str
) -> tuple[Magnitude | None, Magnitude | None]:
    rate: tuple[int, Magnitude] | None = None
    amount: tuple[int, Magnitude] | None = None
    for magnitude in magnitudes:
        if not (clause_start <= magnitude.start and magnitude.end <= clause_end):
            continue
        if hit.start <= magnitude.start and magnitude.end <= hit.end:
            distance = 0  # inside the pattern's own words: "will import two mln tonnes"
        else:
            distance = min(abs(magnitude.start - hit.end), abs(hit.start - magnitude.end))
        if distance > _MAGNITUDE_REACH:
            continue
        if _CHANGE_AFTER.match(sentence, magnitude.end) and _is_rate(magnitude):
            continue  # "a 50 pct cut": a change, not the measure's level
        if _is_rate(magnitude):
            if rate is None or distance < rate[0]:
                rate = (distance, magnitude)
        elif amount is None or distance < amount[0]:
            amount = (distance, magnitude)
    return (rate[1] if rate else None, amount[1] if amount else None)


def _products_for(
    sentence: str,
    hit: Hit,
    products: list[Product],
    actors: list[ActorMention],
    cues: list[Cue],
    clause_start: int,
    clause_end: int,
) -> tuple[Product, ...]:
    near = [
        p for p in products
        if clause_start <= p.start and p.end <= clause_end
        and hit.start - _PRODUCT_REACH <= p.start <= hit.end + _PRODUCT_REACH
    ]
    if near:
        return tuple(near)
    # "Chinese goods", "U.S. agricultural products": a country named on goods.
    for mention in actors:
        goods = _names_goods(sentence, mention, cues)
        if goods and clause_start <= mention.actor.start and goods.end <= clause_end and (
            hit.start - _PRODUCT_REACH <= mention.actor.start <= hit.end + _PRODUCT_REACH
        ):
            return (Product(text=sentence[mention.actor.start:goods.end],
                            start=mention.actor.start, end=goods.end),)
    # "high-end chip exports", "certain high-tech export restrictions"
    qualified = _qualifier_of_trade_word(sentence, hit, clause_start)
    if qualified is not None:
        return (qualified,)
    # "tariffs on consumer electronics products", "exports of rare-earth elements"
    tail = _ON_OR_OF.match(sentence[hit.end:clause_end])
    if tail:
        phrase = _NOUN_PHRASE.match(sentence, hit.end + tail.end(), clause_end)
        if phrase and phrase.group(1).strip():
            start = phrase.start(1)
            end = start + len(phrase.group(1).rstrip())
            return (Product(text=sentence[start:end], start=start, end=end),)
    return ()


_TRADE_WORD = regex.compile(r"\b(?:exports?|imports?|export|import)\b", regex.IGNORECASE)
_QUALIFIER = regex.compile(
    r"(\b(?:(?!(?:on|of|to|from|the|a|an|its|their|all|strict|new|further|certain|some|any|and"
    r"|or|in|for|by|with|tighter|tight|no|not|nor|more|less|such|these|those|this|that|is|are"
    r"|was|were|be|been|has|have|had|will|would)\b)[\w'\u2019-]+\s+){1,3})$",
    regex.IGNORECASE,
)


def _qualifier_of_trade_word(sentence: str, hit: Hit, clause_start: int) -> Product | None:
    """The goods words just before "exports"/"imports" in or at the trigger."""
    trade = _TRADE_WORD.search(sentence, hit.start, hit.end)
    if trade is None:
        return None
    window_start = max(clause_start, trade.start() - 60)
    found = _QUALIFIER.search(sentence, window_start, trade.start())
    if found is None:
        return None
    start, end = found.start(1), found.start(1) + len(found.group(1).rstrip())
    return Product(text=sentence[start:end], start=start, end=end)
