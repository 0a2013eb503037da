"""The extraction engine: text -> sentences -> triggers -> slots -> measures.

An :class:`Extractor` compiles its rule sets once. An index of every trigger's first word
and every rule's keywords, one trie-shaped regex, finds in one pass the sentences worth
reading; the rest of the text costs nothing more. In those sentences each rule is
matched on its own, each trigger is read in its sentence alone (``reading.py``), and
the readings merge into one measure per kind, action and imposer, so a sentence's
measures never depend on the text around it.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import pickle
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

import attrs
import regex

from policymeasures._trie import trie_pattern
from policymeasures.actors import Gazetteer
from policymeasures.cues import CueScanner
from policymeasures.dates import DateFinder
from policymeasures.magnitudes import MagnitudeParser, UnitTables
from policymeasures.products import ProductLexicon
from policymeasures.reading import Hit, Reading, clause_breaks, read_trigger
from policymeasures.records import Actor, Magnitude, Measure, Product, Status
from policymeasures.rules import Rule, RuleSet, combine, trigger_to_regex
from policymeasures.text import SentenceSplitter, default_splitter

__all__ = ["Extractor"]


# A real sentence is rarely longer than this; a longer run of text without a full stop
# (a table, a list, hostile input) is read in pieces of at most this size, split at
# whitespace, so the work per trigger stays bounded and extraction stays linear.
MAX_SENTENCE = 1200
# Texts sent to a worker process at a time by ``extract_many(n_process=...)``: large
# enough that sending them costs little beside reading them, small enough that the
# first results come out at once and the workers stay evenly loaded.
DEFAULT_BATCH_SIZE = 64
# Extractors rebuilt from pickles that one process keeps (see ``_restore``).
RESTORED_EXTRACTORS = 8
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
        # What the extractor is made from, kept so that it pickles as its definition.
        self._definition = (tuple(rulesets), on_conflict, splitter)
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
        self._magnitudes = MagnitudeParser(_unit_tables(rulesets))
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
        self,
        texts: Iterable[str | tuple[str, datetime.date | None]],
        *,
        n_process: int = 1,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> Iterator[list[Measure]]:
        """Lazily, one list of measures per input, in input order.

        An input is a text or a ``(text, reference_date)`` pair. With ``n_process`` above
        1 (``-1``: one per CPU) the texts are read by that many worker processes,
        ``batch_size`` texts at a time, each worker with its own copy of this extractor;
        results still come out in input order and as soon as they are ready, and the
        input is read only a few batches ahead, so it may be a generator over a corpus
        of any size. Worth it from a few hundred texts on: workers take a moment to start.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        from policymeasures._parallel import extract_in_processes, resolve_processes

        processes = resolve_processes(n_process)
        if processes > 1:
            yield from extract_in_processes(self, texts, processes=processes,
                                            batch_size=batch_size)
            return
        for item in texts:
            if isinstance(item, tuple):
                text, reference_date = item
                yield self.extract(text, reference_date=reference_date)
            else:
                yield self.extract(item)

    def __reduce__(self) -> tuple[Any, ...]:
        # The compiled tables hold objects that cannot be pickled and would be large if
        # they could; the rule sets they are compiled from are plain data.
        return _restore, (pickle.dumps(self._definition, protocol=pickle.HIGHEST_PROTOCOL),)

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

    def _hits(self, sentence: str) -> list[Hit]:
        """Trigger hits inside one sentence, overlaps resolved, rule filters applied."""
        found: list[Hit] = []
        with_patterns = {rule.id for rule in self._unindexed}
        for position, ids in self._index_hits(sentence):
            with_patterns.update(ids)
            for rule_id in ids:
                trigger = self._trigger_regexes.get(rule_id)
                match = trigger.match(sentence, position) if trigger else None
                if match and match.end() > match.start():
                    found.append(Hit(self._rule_by_id[rule_id], match.start(), match.end(),
                                      False))
        for rule_id in with_patterns:
            patterns = self._pattern_regexes.get(rule_id)
            if patterns is None:
                continue
            for match in patterns.finditer(sentence, overlapped=True):
                if match.end() > match.start():
                    found.append(Hit(self._rule_by_id[rule_id], match.start(), match.end(),
                                      True))
        found.sort(key=lambda h: (h.start, -(h.end - h.start), -h.rule.priority))
        kept: list[Hit] = []
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
        breaks = clause_breaks(cues, len(sentence))
        actors = self._gazetteer.find(sentence, on=reference_date)
        products = self._products.find(sentence)
        magnitudes = self._magnitudes.parse(sentence)
        read = [
            read_trigger(sentence, hit, cues, breaks, actors, products, magnitudes,
                         self._with_codes)
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

    def _dated(self, reading: Reading, sentence: str,
               reference_date: datetime.date | None) -> Reading:
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


@functools.lru_cache(maxsize=RESTORED_EXTRACTORS)
def _restore(definition: bytes) -> Extractor:
    """The extractor a pickle defines, compiled once per process for each definition.

    Dask and Spark unpickle a task's function, extractor included, for every task; the
    cache, keyed by the pickled rule sets, turns that into one compilation per process.
    """
    rulesets, on_conflict, splitter = pickle.loads(definition)
    return Extractor(rulesets, on_conflict=on_conflict, splitter=splitter)


def _unit_tables(rulesets: Sequence[RuleSet]) -> UnitTables:
    """Each rule set's ``[units]`` laid over the previous ones by the tables' own merge,
    so a later set's cue moves a word between bounds instead of listing it twice."""
    tables = UnitTables.from_dict({})
    for ruleset in rulesets:
        if ruleset.units:
            tables = tables.merged(UnitTables.from_dict(ruleset.units))
    return tables


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


# ---------------------------------------------------------------------- merging


def _merge(readings: list[Reading]) -> list[Reading]:
    """One measure per kind, action and imposer in a sentence (GUIDELINES §2)."""
    merged: list[Reading] = []
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


def _combine(first: Reading, second: Reading) -> Reading:
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


def _to_measure(reading: Reading, text: str, start: int, end: int) -> Measure:
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
