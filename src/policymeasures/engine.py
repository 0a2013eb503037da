"""The extraction engine: text -> sentences -> triggers -> slots -> measures.

An :class:`Extractor` compiles its rule sets once: every trigger phrase and pattern of
every rule goes into one alternation, so a text is scanned for triggers in a single
pass and a sentence without a trigger costs nothing more. Only sentences with a trigger
are read closely: cues, actors, products, magnitudes and dates are looked for there,
inside the sentence alone, so a sentence's measures never depend on the text around it.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal, NamedTuple

import attrs
import regex

from policymeasures._trie import trie_pattern
from policymeasures.actors import ActorMention, Gazetteer
from policymeasures.cues import Cue, CueScanner
from policymeasures.dates import DateFinder
from policymeasures.magnitudes import MagnitudeParser, UnitTables
from policymeasures.products import ProductLexicon
from policymeasures.records import Action, Actor, Magnitude, Measure, Product, Span, Status
from policymeasures.rules import Rule, RuleSet, combine, trigger_to_regex
from policymeasures.text import SentenceSplitter, default_splitter

__all__ = ["Extractor"]


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
# A real sentence is rarely longer than this; a longer run of text without a full stop
# (a table, a list, hostile input) is read in pieces of at most this size, split at
# whitespace, so the work per trigger stays bounded and extraction stays linear.
MAX_SENTENCE = 1200
_WORD = regex.compile(r"[\w.'\u2019-]+")
# A noun phrase after "on"/"of" naming goods: a few words, stopping at punctuation or a
# function word. Bounded repetition keeps it linear.
_NOUN_PHRASE = regex.compile(
    r"\s*(?:the\s+|certain\s+|all\s+|some\s+|its\s+|their\s+|new\s+)?"
    r"((?:(?!(?:from|to|in|at|by|with|and|or|under|that|which|as|after|before|since|because|if"
    r"|was|were|is|are|will|would|for|on|of|the|a|an|its)\b)[\w'\u2019-]+"
    r"(?:\s+|$)){1,4})",
    regex.IGNORECASE,
)


class _Hit(NamedTuple):
    rule: Rule
    start: int
    end: int
    # A pattern's own verb ("limit exports") is the measure itself, not a cue about it.
    from_pattern: bool


@attrs.frozen
class _Reading:
    """One trigger read in its sentence; offsets are relative to the sentence."""

    hit: _Hit
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


class Extractor:
    """Extracts measures with a fixed set of rule sets, compiled once.

    ``Extractor()`` uses the default rules; ``Extractor(rulesets=[default_rules(), mine])``
    adds a user's. The lexicons (actors, products, units) and cues come from the rule
    sets alone, so a rule set may be tested on its own without any shipped data.
    ``on_conflict`` decides what happens when two rule sets define one rule id
    (``"raise"``, ``"replace"`` or ``"keep"``).
    """

    def __init__(
        self,
        rulesets: Sequence[RuleSet] | None = None,
        *,
        on_conflict: str = "raise",
        splitter: SentenceSplitter | None = None,
    ) -> None:
        if rulesets is None:
            from policymeasures.registry import default_rules

            rulesets = [default_rules()]
        self.ruleset = combine(list(rulesets), on_conflict=on_conflict)
        self._splitter = splitter or default_splitter()
        self._rules = self.ruleset.rules
        self._rule_by_id = {rule.id: rule for rule in self._rules}
        # The index: the first word of every trigger and every keyword, one trie-shaped
        # regex over the whole text. Only sentences it hits are scanned rule by rule.
        self._keyword_regex, self._rules_by_stem, self._unindexed = _compile_index(self._rules)
        # Inside a sentence every rule is matched on its own, so that one rule's trigger
        # never hides another's at the same place. A trigger starts with an indexed word,
        # so it is only tried where the index hit; patterns are searched in the sentence.
        self._trigger_regexes = {
            rule.id: _compile_alternatives([trigger_to_regex(t) for t in rule.triggers])
            for rule in self._rules if rule.triggers
        }
        self._pattern_regexes = {
            rule.id: _compile_alternatives(list(rule.patterns))
            for rule in self._rules if rule.patterns
        }
        self._require = {r.id: [regex.compile(p, regex.IGNORECASE) for p in r.require]
                         for r in self._rules}
        self._exclude = {r.id: [regex.compile(p, regex.IGNORECASE) for p in r.exclude]
                         for r in self._rules}
        self._cues = CueScanner(self.ruleset.cues)
        self._gazetteer = Gazetteer.from_entries(self.ruleset.actors)
        self._products = ProductLexicon.from_entries(self.ruleset.products)
        self._magnitudes = MagnitudeParser(UnitTables.from_dict(self.ruleset.units))
        self._dates = DateFinder()

    # ------------------------------------------------------------------ public API

    def extract(self, text: str, *, reference_date: datetime.date | None = None) -> list[Measure]:
        """Every measure mentioned in ``text``, in text order.

        ``reference_date`` is the article's date: relative dates ("next month") and
        leaders' terms of office are resolved against it.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        if reference_date is not None and not isinstance(reference_date, datetime.date):
            raise TypeError(
                f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
        if isinstance(reference_date, datetime.datetime):
            reference_date = reference_date.date()
        if not text.strip():
            return []
        candidates = self._candidate_sentences(text)
        measures: list[Measure] = []
        for start, end in candidates:
            for piece_start, piece_end in _pieces(text, start, end):
                measures.extend(self._read_sentence(text, piece_start, piece_end,
                                                    reference_date))
        return measures

    def extract_many(
        self, texts: Iterable[str | tuple[str, datetime.date | None]]
    ) -> Iterator[list[Measure]]:
        """Lazily, one list of measures per input: a text, or a ``(text, reference_date)`` pair."""
        for item in texts:
            if isinstance(item, tuple):
                text, reference_date = item
                yield self.extract(text, reference_date=reference_date)
            else:
                yield self.extract(item)

    # ------------------------------------------------------------------ sentences

    def _candidate_sentences(self, text: str) -> list[tuple[int, int]]:
        """Sentences holding an indexed word; the rest are never read."""
        if self._unindexed:
            return self._splitter.spans(text)
        hits = [m.start() for m in self._keyword_regex.finditer(text)]
        if not hits:
            return []
        sentences = self._splitter.spans(text)
        starts = [s for s, _ in sentences]
        wanted = {max(0, bisect.bisect_right(starts, hit) - 1) for hit in hits}
        return [sentences[i] for i in sorted(wanted)]

    def _index_hits(self, sentence: str) -> list[tuple[int, set[str]]]:
        """Where the sentence holds an indexed word, and the ids of the rules indexed under it."""
        hits = []
        for match in self._keyword_regex.finditer(sentence):
            word = match.group().lower()
            ids: set[str] = set()
            for length in range(1, len(word) + 1):
                ids.update(self._rules_by_stem.get(word[:length], ()))
            hits.append((match.start(), ids))
        return hits

    def _hits(self, sentence: str) -> list[_Hit]:
        """Trigger hits inside one sentence, overlaps resolved, rule filters applied."""
        found: list[_Hit] = []
        with_patterns = {rule.id for rule in self._unindexed}
        for position, ids in self._index_hits(sentence):
            with_patterns.update(ids)
            for rule_id in ids:
                trigger = self._trigger_regexes.get(rule_id)
                match = trigger.match(sentence, position) if trigger else None
                if match and match.end() > match.start():
                    found.append(_Hit(self._rule_by_id[rule_id], match.start(), match.end(),
                                      False))
        for rule_id in with_patterns:
            patterns = self._pattern_regexes.get(rule_id)
            if patterns is None:
                continue
            for match in patterns.finditer(sentence, overlapped=True):
                if match.end() > match.start():
                    found.append(_Hit(self._rule_by_id[rule_id], match.start(), match.end(),
                                      True))
        found.sort(key=lambda h: (h.start, -(h.end - h.start), -h.rule.priority))
        kept: list[_Hit] = []
        vetoes: dict[str, list[tuple[int, int]] | None] = {}
        for hit in found:
            if kept and kept[-1].start <= hit.start and hit.end <= kept[-1].end:
                continue  # inside a longer trigger ("quota" inside "export quotas")
            if any(k.start <= hit.start and hit.end <= k.end for k in kept[-8:]):
                continue
            if hit.rule.id not in vetoes:
                vetoes[hit.rule.id] = self._vetoes(hit.rule, sentence)
            excluded = vetoes[hit.rule.id]
            if excluded is None:
                continue  # the rule's required context is missing from the sentence
            if not any(a <= hit.start < b or hit.start <= a < hit.end for a, b in excluded):
                kept.append(hit)
        return kept

    def _vetoes(self, rule: Rule, sentence: str) -> list[tuple[int, int]] | None:
        """Where a rule may not fire in a sentence, or None when it may not fire at all."""
        requires = self._require[rule.id]
        if requires and not any(p.search(sentence) for p in requires):
            return None
        return [m.span() for p in self._exclude[rule.id] for m in p.finditer(sentence)]

    # ------------------------------------------------------------------ reading

    def _read_sentence(
        self, text: str, start: int, end: int, reference_date: datetime.date | None
    ) -> list[Measure]:
        sentence = text[start:end]
        hits = self._hits(sentence)
        if not hits:
            return []
        cues = self._cues.scan(sentence)
        breaks = _clause_breaks(cues, len(sentence))
        actors = self._gazetteer.find(sentence, on=reference_date)
        products = self._products.find(sentence)
        magnitudes = self._magnitudes.parse(sentence)
        read = [
            self._read_hit(sentence, hit, cues, breaks, actors, products, magnitudes,
                           reference_date)
            for hit in hits
        ]
        # A measure named only as a topic, with no actor, cue, figure or goods, is not one
        # (GUIDELINES §1: "the tariff issue was discussed").
        readings = [r for r in read if r is not None and (r.explicit or r.imposer or r.targets
                    or r.rate or r.amount or r.products)]
        return [_to_measure(self._dated(r, sentence, reference_date), text, start, end)
                for r in _merge(readings)]

    def _with_codes(self, product: Product) -> Product:
        """A phrase read around the trigger ("imported footwear") gets its head word's HS codes."""
        if product.hs:
            return product
        known = self._products.resolve(product.text)
        return attrs.evolve(product, hs=known.hs) if known is not None and known.hs else product

    def _dated(self, reading: _Reading, sentence: str,
               reference_date: datetime.date | None) -> _Reading:
        """Dates are read last, once per measure: resolving them is the costly step."""
        # Done measures look back; announced ones forward; a threat or proposal made in the
        # past tense ("threatened on Tuesday") dates the action, so it looks back too.
        past = reading.status is Status.EFFECTIVE or (
            reading.status in (Status.THREATENED, Status.PROPOSED)
            and reading.status_words.lower().endswith("ed"))
        prefer: Literal["future", "past"] = "past" if past else "future"
        mention = self._dates.find(sentence, reference_date, prefer=prefer,
                                   anchor=reading.hit.start)
        if mention is None:
            return reading
        if not (reading.clause_start <= mention.span.start < reading.clause_end):
            return reading  # another clause's date is another event's
        return attrs.evolve(reading, date=mention.date, date_span=mention.span)

    def _read_hit(
        self,
        sentence: str,
        hit: _Hit,
        cues: list[Cue],
        breaks: list[int],
        actors: list[ActorMention],
        products: list[Product],
        magnitudes: list[Magnitude],
        reference_date: datetime.date | None,
    ) -> _Reading | None:
        clause_start, clause_end = _clause_of(hit.start, breaks, len(sentence))
        in_clause = [c for c in cues if clause_start <= c.start and c.end <= clause_end]
        action_cue = _governing(in_clause, "action:", hit, _ACTION_BEFORE, _ACTION_AFTER,
                                sentence)
        status_cue = _governing(in_clause, "status:", hit, hit.start - clause_start,
                                _STATUS_AFTER)
        if (status_cue and status_cue[0].start > hit.end
                and not (_AUXILIARIES.fullmatch(sentence, hit.end, status_cue[0].start)
                         and not _MODAL.fullmatch(sentence, *status_cue[0][1:]))
                and not _verb_follows(in_clause, status_cue[0])
                and not any(c.category == "predicates" and c.start == status_cue[0].start
                            for c in in_clause)):
            status_cue = None  # "the pause in export controls may soothe markets"
        demand = _governing(in_clause, "demand", hit, hit.start - clause_start, 0)
        if demand and not _COMPLEMENT.search(sentence, demand[0].end, hit.start):
            demand = None  # "at the urging of the chairman": no demand governs the trigger
        demand = demand or _governing(in_clause, "advice", hit, hit.start - clause_start, 0)
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
            self._with_codes(p) for p in _products_for(sentence, hit, products, actors, cues,
                                                      clause_start, clause_end))
        return _Reading(
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


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A sentence, or an over-long one cut at whitespace into pieces of bounded length."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


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


# ---------------------------------------------------------------------- compiling


def _stem(word: str) -> str:
    return word.rstrip("*").lower()


def _compile_index(
    rules: Sequence[Rule],
) -> tuple[regex.Pattern[str], dict[str, list[str]], list[Rule]]:
    """The keyword index: a trie of word stems, the rules under each, the unindexed rules."""
    by_stem: dict[str, list[str]] = {}
    unindexed = []
    for rule in rules:
        words = [t.split()[0] for t in rule.triggers] + list(rule.keywords)
        if rule.patterns and not rule.keywords:
            unindexed.append(rule)
        for word in words:
            by_stem.setdefault(_stem(word), []).append(rule.id)
    # A straight apostrophe in a stem also stands for the typographic one.
    stems = set(by_stem) | {s.replace("'", "\u2019") for s in by_stem if "'" in s}
    for stem in list(by_stem):
        if "'" in stem:
            by_stem[stem.replace("'", "\u2019")] = by_stem[stem]
    body = trie_pattern(sorted(stems), separator=r"[\s\-]+") if stems else r"(?!)"
    return regex.compile(rf"\b(?:{body})", regex.IGNORECASE), by_stem, unindexed


def _compile_alternatives(bodies: list[str]) -> regex.Pattern[str]:
    """One rule's triggers or patterns as one alternation, longer ones tried first."""
    ordered = sorted(bodies, key=len, reverse=True)
    return regex.compile("|".join(f"(?:{b})" for b in ordered), regex.IGNORECASE)


# ---------------------------------------------------------------------- clauses and cues


def _clause_breaks(cues: list[Cue], length: int) -> list[int]:
    return sorted({c.start for c in cues if c.category == "clause_breaks"} | {0, length})


def _clause_of(position: int, breaks: list[int], length: int) -> tuple[int, int]:
    index = bisect.bisect_right(breaks, position) - 1
    start = breaks[max(0, index)]
    end = breaks[index + 1] if index + 1 < len(breaks) else length
    return start, end


def _governing(
    cues: list[Cue], prefix: str, hit: _Hit, before: int, after: int, sentence: str = ""
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
    hit: _Hit,
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


def _negated(sentence: str, clause_cues: list[Cue], hit: _Hit,
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


_GOVERNMENT_OF = regex.compile(
    r"\b(?:government|ministry|department|minister|president|prime\s+minister|parliament|"
    r"cabinet|state\s+council|authorities|customs)\s+of\s+(?:the\s+)?$",
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
    if _GOVERNMENT_OF.search(sentence, max(0, mention.actor.start - 40), mention.actor.start):
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
    hit: _Hit,
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
    hit: _Hit,
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
    hit: _Hit, magnitudes: list[Magnitude], clause_start: int, clause_end: int, sentence: str
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
    hit: _Hit,
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


def _qualifier_of_trade_word(sentence: str, hit: _Hit, clause_start: int) -> Product | None:
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


# ---------------------------------------------------------------------- merging


def _merge(readings: list[_Reading]) -> list[_Reading]:
    """One measure per kind, action and imposer in a sentence (GUIDELINES §2)."""
    merged: list[_Reading] = []
    for reading in readings:
        for index, other in enumerate(merged):
            if other.hit.rule.kind != reading.hit.rule.kind:
                continue
            if other.action != reading.action and other.action_explicit and (
                reading.action_explicit
            ):
                continue  # two things done to measures of one kind: two entries
            if (other.rate and reading.rate and (other.rate.value, other.rate.unit)
                    != (reading.rate.value, reading.rate.unit)):
                continue  # two levels named: two measures ("25% on all, 10% more on China")
            a = other.imposer.actor.code if other.imposer else None
            b = reading.imposer.actor.code if reading.imposer else None
            if a is not None and b is not None and a != b:
                continue
            merged[index] = _combine(other, reading)
            break
        else:
            merged.append(reading)
    return merged


def _combine(first: _Reading, second: _Reading) -> _Reading:
    targets = {m.actor.code: m for m in first.targets + second.targets}
    seen_products = {(p.start, p.end): p for p in first.products + second.products}
    if second.action_explicit and not first.action_explicit:
        first = attrs.evolve(first, action=second.action, action_explicit=True)
    status, source = first.status, first.status_source
    if second.status_source > source:  # a status read from cues beats a rule's default
        status, source = second.status, second.status_source
    return attrs.evolve(
        first,
        status=status,
        status_source=source,
        negated=first.negated or second.negated,
        explicit=True,
        imposer=first.imposer or second.imposer,
        targets=tuple(targets.values()),
        rate=first.rate or second.rate,
        amount=first.amount or second.amount,
        products=tuple(sorted(seen_products.values(), key=lambda p: p.start)),
        date=first.date or second.date,
        date_span=first.date_span or second.date_span,
    )


def _shift_actor(actor: Actor, offset: int) -> Actor:
    return attrs.evolve(actor, start=actor.start + offset, end=actor.end + offset)


def _to_measure(reading: _Reading, text: str, start: int, end: int) -> Measure:
    def shift(record: Magnitude | None) -> Magnitude | None:
        if record is None:
            return None
        return attrs.evolve(record, start=record.start + start, end=record.end + start)

    span = reading.date_span
    return Measure(
        kind=reading.hit.rule.kind,
        action=reading.action,
        status=reading.status,
        negated=reading.negated,
        imposer=_shift_actor(reading.imposer.actor, start) if reading.imposer else None,
        targets=[_shift_actor(m.actor, start) for m in reading.targets],
        rate=shift(reading.rate),
        amount=shift(reading.amount),
        products=[attrs.evolve(p, start=p.start + start, end=p.end + start)
                  for p in reading.products],
        date=reading.date,
        date_span=attrs.evolve(span, start=span.start + start, end=span.end + start)
        if span else None,
        start=start,
        end=end,
        text=text[start:end],
        rule=reading.hit.rule.id,
    )
