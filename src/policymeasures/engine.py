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
import collections
import contextvars
import datetime
import functools
import pickle
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal, NamedTuple

import attrs
import regex

from policymeasures._screen import Needs, Screen, either, fold, needed_words
from policymeasures._trie import trie_pattern
from policymeasures.actors import FORUM_FORM, ActorMention, Gazetteer
from policymeasures.confidence import ConfidenceModel, default_model, record_features
from policymeasures.cues import Cue, CueScanner
from policymeasures.dates import DateFinder
from policymeasures.errors import PatternTimeoutWarning, RuleError
from policymeasures.field_rules import ENUMERATION_OPENERS, outside_policy
from policymeasures.grammar import GrammarLexicon, SentenceModel, Tense, analyse
from policymeasures.magnitudes import MagnitudeParser, UnitTables
from policymeasures.products import ProductLexicon
from policymeasures.reading import Context, Hit, Reading, read_trigger
from policymeasures.records import Actor, Magnitude, Measure, Product, Span, Status
from policymeasures.rules import (
    Rule,
    RuleSet,
    combine,
    compile_pattern,
    compile_patterns,
    pattern_order,
    trigger_to_regex,
    validate_cues,
    validate_rule,
)
from policymeasures.text import SentenceSplitter, default_splitter
from policymeasures.view import SentenceIndex

__all__ = ["Extractor"]


# Tenses of a governing verb that put a date without a year ahead of the article.
_FORWARD_TENSES = frozenset(("future", "conditional", "possible"))
# Cue categories whose words are verbs when they follow a subject.
_VERB_CATEGORIES = frozenset(("reporting", "demand", "persuasion", "prevention", "exposure",
                              "negation", "predicates", "complaint", "harm", "winning"))
# A real sentence is rarely longer than this; a longer run of text without a full stop
# (a table, a list, hostile input) is read in pieces of at most this size, split at
# whitespace, so the work per trigger stays bounded and extraction stays linear.
MAX_SENTENCE = 1200
# How many triggers of one sentence are read. Reading at most eight loses no record over
# the Reuters, news and Federal Register corpora (10,685 records either way; four would
# lose three); text with a trigger in every word ("tariff tariff tariff ...") is read for
# its first ones, so that the work per sentence stays bounded.
MAX_TRIGGERS = 8
# How many sentences' readings an extractor remembers (a few megabytes at most).
MEMO_SENTENCES = 4096
# How many distinct indexed words an extractor remembers the rules of.
MEMO_WORDS = 50_000
# How many distinct sets of record features an extractor remembers the confidence of: a
# record's features are its rule, its fields' deciding rules and a few bucketed counts,
# so a corpus holds a few thousand combinations.
MEMO_SCORES = 20_000
# How long one of a rule's own regular expressions (``patterns``, ``require``, ``exclude``)
# may run on one sentence, in seconds. The shipped patterns take microseconds; a user's
# pattern that backtracks catastrophically ("(?:a|aa)+b") would take minutes. Past the
# budget the rule is skipped for the rest of the text, with a PatternTimeoutWarning.
PATTERN_TIMEOUT = 0.25

# The ids of the rules that ran out of time in the text being read. A context variable,
# set by extract() around one text, so one Extractor may serve many threads at once.
_TIMED_OUT: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "policymeasures_timed_out", default=None)


# Texts sent to a worker process at a time by ``extract_many(n_process=...)``: large
# enough that sending them costs little beside reading them, small enough that the
# first results come out at once and the workers stay evenly loaded.
DEFAULT_BATCH_SIZE = 64
# Extractors rebuilt from pickles that one process keeps (see ``_restore``).
RESTORED_EXTRACTORS = 8


class _IndexedRules(NamedTuple):
    """The rules the index holds under one word (see :meth:`Extractor._rules_under`)."""

    triggers: tuple[str, ...]  # rules whose triggers may start at the word, by id
    keywords: frozenset[str]  # rules whose patterns are looked for in its sentence


class Extractor:
    """Extracts measures with a fixed set of rule sets, compiled once.

    ``Extractor()`` uses the default rules; ``Extractor(rulesets=[default_rules(), mine])``
    adds a user's. The lexicons (actors, products, units) and cues come from the rule
    sets alone, so a rule set may be tested on its own without any shipped data.
    ``on_conflict`` decides what happens when two rule sets define one rule id
    (``"raise"``, ``"replace"`` or ``"keep"``). ``confidence`` is the model that scores
    each record (:mod:`policymeasures.confidence`), fitted for the default rules unless
    given. ``pattern_timeout`` bounds, in seconds, each run of a rule's own regular
    expressions on a sentence (see ``PATTERN_TIMEOUT``).
    """

    def __init__(
        self,
        rulesets: Sequence[RuleSet] | None = None,
        *,
        on_conflict: str = "raise",
        splitter: SentenceSplitter | None = None,
        confidence: ConfidenceModel | None = None,
        pattern_timeout: float = PATTERN_TIMEOUT,
    ) -> None:
        from policymeasures.registry import default_rules

        if rulesets is None:
            rulesets = [default_rules()]
        if isinstance(rulesets, RuleSet) or not isinstance(rulesets, Sequence) or not all(
                isinstance(r, RuleSet) for r in rulesets):
            raise TypeError("rulesets must be a list of RuleSet objects, not "
                            f"{_describe(rulesets)}")
        if splitter is not None and not isinstance(splitter, SentenceSplitter):
            raise TypeError(f"splitter must be a SentenceSplitter, not {_describe(splitter)}")
        if isinstance(pattern_timeout, bool) or not isinstance(pattern_timeout, (int, float)) \
                or not pattern_timeout > 0:
            raise ValueError(f"pattern_timeout must be a positive number of seconds, not "
                             f"{pattern_timeout!r}")
        self._pattern_timeout = float(pattern_timeout)
        # What the extractor is made from, kept so that it pickles as its definition.
        self._definition = (type(self), tuple(rulesets), on_conflict, splitter, confidence,
                            float(pattern_timeout))
        self.ruleset = combine(list(rulesets), on_conflict=on_conflict)
        _check(self.ruleset)
        self._splitter = splitter or default_splitter()
        self._rules = self.ruleset.rules
        self._rule_by_id = {rule.id: rule for rule in self._rules}
        # The index: the first word of every trigger and every keyword, one trie-shaped
        # regex over the whole text. Only sentences it hits are scanned rule by rule.
        self._keyword_regex, self._rules_by_stem, self._unindexed = _compile_index(self._rules)
        self._lower_ascii_keywords = _lower_ascii_twin(self._keyword_regex)
        # Inside a sentence every rule is matched on its own, so that one rule's trigger
        # never hides another's at the same place. A trigger starts with an indexed word,
        # so it is only tried where the index hit; patterns are searched in the sentence.
        self._trigger_regexes = {
            rule.id: _compile_alternatives([trigger_to_regex(t) for t in rule.triggers])
            for rule in self._rules if rule.triggers
        }
        # The shipped rules' patterns are ours, kept linear by the hostile benchmark and
        # fuzzing: they run without the time budget, whose checks triple a match's cost.
        # A user's rule, or a shipped rule a user changed, runs with it.
        shipped = set(default_rules().rules)
        self._trusted = frozenset(rule.id for rule in self._rules if rule in shipped)
        self._all_trusted = len(self._trusted) == len(self._rules)
        # With the words their matches need: a pattern of a shipped rule is searched only
        # in a sentence that holds them.
        self._pattern_regexes = {rule.id: _rule_patterns(rule, rule.id in self._trusted)
                                 for rule in self._rules if rule.patterns}
        self._require = {r.id: _listed([compile_pattern(p) for p in r.require],
                                       [needed_words(p) for p in r.require], r.id in self._trusted)
                         for r in self._rules}
        self._exclude = {r.id: _listed([compile_pattern(p) for p in r.exclude],
                                       [needed_words(p) for p in r.exclude], r.id in self._trusted)
                         for r in self._rules}
        self._cues = CueScanner(self.ruleset.cues)
        self._grammar = GrammarLexicon(self.ruleset.cues)
        self._gazetteer = Gazetteer.from_entries(self.ruleset.actors)
        self._products = ProductLexicon.from_entries(self.ruleset.products)
        self._magnitudes = MagnitudeParser(_unit_tables(rulesets))
        self._dates = DateFinder()
        self._confidence = confidence or default_model()
        # Confidences already worked out, by the features they were read from.
        self._scores: dict[tuple[tuple[str, float], ...], float] = {}
        # Readings of sentences already read, by sentence and reference date: feeds and
        # notices repeat their sentences (boilerplate, wire stories run again).
        # An OrderedDict: dropping a plain dict's oldest entry walks past every entry
        # dropped before it, once the memo is full and every new sentence evicts one.
        self._read: collections.OrderedDict[
            tuple[str, datetime.date | None], tuple[list[Reading], int]] = (
            collections.OrderedDict())
        self._read_lock = threading.Lock()
        self._ids_by_word: dict[str, _IndexedRules] = {}

    # ------------------------------------------------------------------ public API

    def extract(self, text: str, *, reference_date: datetime.date | None = None) -> list[Measure]:
        """Every measure mentioned in ``text``, in text order.

        ``reference_date`` is the article's date: relative dates ("next month") and
        leaders' terms of office are resolved against it (a ``datetime`` counts as its
        date).
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {_describe(text)}")
        reference_date = _as_date(reference_date)
        if not text.strip():
            return []
        candidates, words = self._candidate_sentences(text)
        word_starts = [start for start, _ in words or ()]
        measures: list[Measure] = []
        token = _TIMED_OUT.set(set())  # each text starts with every rule
        try:
            for start, end in candidates:
                for piece_start, piece_end in _pieces(text, start, end):
                    found = None if words is None else _words_inside(
                        text, words, word_starts, piece_start, piece_end)
                    measures.extend(self._read_sentence(text, piece_start, piece_end,
                                                        reference_date, found))
        finally:
            _TIMED_OUT.reset(token)
        return measures

    def extract_many(
        self,
        texts: Iterable[str | tuple[str, datetime.date | None]],
        *,
        n_process: int = 1,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> Iterator[list[Measure]]:
        """Lazily, one list of measures per input, in input order.

        An input is a text or a ``(text, reference_date)`` pair; ``texts`` must be an
        iterable of them: a single string is refused at once (iterating it would read one
        character at a time). With ``n_process`` above 1 (``-1``: one per CPU) the texts
        are read by that many worker processes, ``batch_size`` texts at a time, each worker
        with its own copy of this extractor; results still come out in input order and as
        soon as they are ready, and the input is read only a few batches ahead, so it may
        be a generator over a corpus of any size. Worth it from a few hundred texts on:
        workers take a moment to start.
        """
        if isinstance(texts, (str, bytes, bytearray)) or not isinstance(texts, Iterable):
            raise TypeError(f"texts must be an iterable of texts, not {_describe(texts)}; "
                            "for one text use extract()")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        return self._extract_each(texts, n_process, batch_size)

    def _extract_each(
        self, texts: Iterable[str | tuple[str, datetime.date | None]], n_process: int,
        batch_size: int,
    ) -> Iterator[list[Measure]]:
        from policymeasures._parallel import extract_in_processes, resolve_processes

        processes = resolve_processes(n_process)
        if processes > 1:
            yield from extract_in_processes(self, texts, processes=processes,
                                            batch_size=batch_size)
            return
        for item in texts:
            if isinstance(item, tuple):
                if len(item) != 2:
                    raise TypeError("a (text, reference_date) pair must have two items, "
                                    f"not {len(item)}")
                text, reference_date = item
                yield self.extract(text, reference_date=reference_date)
            else:
                yield self.extract(item)

    def __reduce__(self) -> tuple[Any, ...]:
        # The compiled tables hold objects that cannot be pickled and would be large if
        # they could; the rule sets they are compiled from are plain data.
        return _restore, (pickle.dumps(self._definition, protocol=pickle.HIGHEST_PROTOCOL),)

    # ------------------------------------------------------------------ sentences

    def _candidate_sentences(
        self, text: str,
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]] | None]:
        """Sentences holding an indexed word (the rest are never read), and those words.

        The words found in the whole text are handed on to the sentences, so that a
        sentence is not scanned for them a second time (see :func:`_words_inside`).
        With rules the index cannot hold, every sentence is read and scanned itself.
        """
        if self._unindexed:
            return self._splitter.spans(text), None
        words = self._keyword_spans(text)
        if not words:
            return [], []
        sentences = self._splitter.spans(text)
        starts = [s for s, _ in sentences]
        wanted = {max(0, bisect.bisect_right(starts, start) - 1) for start, _ in words}
        return [sentences[i] for i in sorted(wanted)], words

    def _index_hits(self, sentence: str, words: list[tuple[int, int]] | None,
                    ) -> list[tuple[int, _IndexedRules]]:
        """Where the sentence holds an indexed word, and the rules indexed under it.

        ``words`` are the spans of those words when the text's scan already found them.
        """
        if words is None:
            words = self._keyword_spans(sentence)
        return [(start, self._rules_under(sentence[start:end].lower())) for start, end in words]

    def _keyword_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the index's words are in ``text``.

        An ASCII text is scanned lower-cased by the index's standard-library twin (see
        :func:`_lower_ascii_twin`), two to three times faster on news and notices; the
        separator controls, whitespace to that engine only, send a text to the regex one.
        """
        twin = self._lower_ascii_keywords
        if twin is not None and text.isascii() and not any(
                control in text for control in _SEPARATOR_CONTROLS):
            return [m.span() for m in twin.finditer(text.lower())]
        return [m.span() for m in self._keyword_regex.finditer(text)]

    def _rules_under(self, word: str) -> _IndexedRules:
        """The rules indexed under every stem a word begins with, remembered per word, and
        sorted out once per word rather than at every hit: the ids of the rules whose
        triggers may start there, in id order (the order their hits are tried in), and of
        the rules whose keyword it is."""
        known = self._ids_by_word.get(word)
        if known is None:
            found: set[str] = set()
            for length in range(1, len(word) + 1):
                found.update(self._rules_by_stem.get(word[:length], ()))
            known = _IndexedRules(
                triggers=tuple(sorted(i for i in found if not i.startswith(_KEYWORD_MARK))),
                keywords=frozenset(i[1:] for i in found if i.startswith(_KEYWORD_MARK)))
            if len(self._ids_by_word) < MEMO_WORDS:
                self._ids_by_word[word] = known
        return known

    def _hits(self, sentence: str, words: list[tuple[int, int]] | None = None) -> list[Hit]:
        """Trigger hits inside one sentence, overlaps resolved, rule filters applied.

        The order is total, ties between rules going to the rule id, so that the same
        sentence gives the same measures under any hash seed and in any process. With
        only shipped rules, the hits after the first ``MAX_TRIGGERS`` outside web addresses
        (the ones read) are left out: filtering them would change nothing.
        """
        found: list[Hit] = []
        with_patterns = {rule.id for rule in self._unindexed}
        folded = fold(sentence)  # once for every screen the sentence's rules look through
        for position, indexed in self._index_hits(sentence, words):
            # A rule's patterns are looked for where its keywords are; its triggers where
            # their first words are.
            with_patterns.update(indexed.keywords)
            if len(found) >= 2 * MAX_TRIGGERS:
                continue  # enough to fill the triggers read, overlaps and vetoes aside
            for rule_id in indexed.triggers:
                trigger = self._trigger_regexes.get(rule_id)
                match = trigger.match(sentence, position) if trigger else None
                if match and match.end() > match.start():
                    found.append(Hit(self._rule_by_id[rule_id], match.start(), match.end(),
                                      False))
        for rule_id in sorted(with_patterns):
            patterns = self._pattern_regexes.get(rule_id)
            if patterns is None:
                continue
            matches = self._matches(rule_id, sentence, folded, patterns, overlapped=True)
            for match in matches or ():
                if match.end() > match.start():
                    found.append(Hit(self._rule_by_id[rule_id], match.start(), match.end(),
                                      True))
        found.sort(key=lambda h: (h.start, -(h.end - h.start), -h.rule.priority, h.rule.id,
                                  h.from_pattern))
        kept: list[Hit] = []
        vetoes: dict[str, list[tuple[int, int]] | None] = {}
        addresses = _address_spans(sentence)
        readable = 0  # kept hits outside web addresses: the first MAX_TRIGGERS are read
        for hit in found:
            if readable >= MAX_TRIGGERS and self._all_trusted:
                # no later hit is read, and with no rule on a clock (whose time-out would
                # skip it for the rest of the text) deciding them changes nothing
                break
            if kept and kept[-1].start <= hit.start and hit.end <= kept[-1].end:
                continue  # inside a longer trigger ("quota" inside "export quotas")
            if any(k.start <= hit.start and hit.end <= k.end for k in kept[-8:]):
                continue
            if hit.rule.id not in vetoes:
                vetoes[hit.rule.id] = self._vetoes(hit.rule, sentence, folded)
            excluded = vetoes[hit.rule.id]
            if excluded is None:
                continue  # the rule's required context is missing from the sentence
            if not any(a <= hit.start < b or hit.start <= a < hit.end for a, b in excluded):
                kept.append(hit)
                if not any(a <= hit.start < b for a, b in addresses):
                    readable += 1
        return kept

    def _vetoes(self, rule: Rule, sentence: str, folded: str) -> list[tuple[int, int]] | None:
        """Where a rule may not fire in a sentence, or None when it may not fire at all.
        ``folded`` is the sentence as screens read it (:func:`fold`)."""
        requires = self._require[rule.id]
        if requires.patterns and not self._matches(rule.id, sentence, folded, requires,
                                                   first=True):
            return None
        excluded = self._matches(rule.id, sentence, folded, self._exclude[rule.id])
        return None if excluded is None else [m.span() for m in excluded]

    def _matches(self, rule_id: str, sentence: str, folded: str, listed: _Patterns,
                 *, overlapped: bool = False, first: bool = False,
                 ) -> list[regex.Match[str]] | None:
        """The matches of a rule's own regexes in a sentence (with ``first``, the first
        match at most), or None when the rule ran out of time in this text.

        A rule that runs out of time is reported once, with a PatternTimeoutWarning, and
        skipped for the rest of the text; the other rules are read as usual.
        """
        timed_out = _TIMED_OUT.get()
        if timed_out is None:  # called outside extract(): this sentence is the whole text
            timed_out = set()
        if rule_id in timed_out:
            return None
        if rule_id in self._trusted:
            patterns = listed.patterns
            passing = [patterns[i] for i in listed.screen.passing(folded)]
            if listed.branches:
                return _branch_matches(sentence, passing)
            return _untimed_matches(sentence, passing, overlapped=overlapped, first=first)
        found: list[regex.Match[str]] = []
        timeout = self._pattern_timeout
        try:
            for pattern in listed.patterns:
                if first:
                    match = pattern.search(sentence, timeout=timeout)
                    if match is not None:
                        return [match]
                else:
                    found.extend(pattern.finditer(sentence, overlapped=overlapped,
                                                  timeout=timeout))
        except TimeoutError:
            timed_out.add(rule_id)
            warnings.warn(PatternTimeoutWarning(
                f"rule {rule_id!r}: a pattern ran longer than {self._pattern_timeout:g} s on "
                f"the sentence {_preview(sentence)}; the rule is skipped for the rest of this "
                "text"), stacklevel=2)
            return None
        return found

    # ------------------------------------------------------------------ reading

    def _read_sentence(
        self, text: str, start: int, end: int, reference_date: datetime.date | None,
        words: list[tuple[int, int]] | None = None,
    ) -> list[Measure]:
        sentence = text[start:end]
        key = (sentence, reference_date)
        known = self._read.get(key)
        if known is None:
            known = self._read_new(sentence, reference_date, words)
            timed_out = _TIMED_OUT.get()
            if not timed_out:  # a reading with a rule skipped is this text's only
                with self._read_lock:
                    if len(self._read) >= MEMO_SENTENCES:
                        self._read.popitem(last=False)  # the oldest goes first
                    self._read[key] = known
        readings, count = known
        return [_to_measure(r, text, start, end, self._score, count) for r in readings]

    def _score(self, features: dict[str, float]) -> float:
        """The confidence model's score of a record's features, remembered: the score is
        a function of the features alone, and records share a few thousand of them."""
        key = tuple(features.items())
        score = self._scores.get(key)
        if score is None:
            score = self._confidence.score(features)
            if len(self._scores) < MEMO_SCORES:
                self._scores[key] = score
        return score

    def _read_new(self, sentence: str, reference_date: datetime.date | None,
                  words: list[tuple[int, int]] | None = None,
                  ) -> tuple[list[Reading], int]:
        """The dated readings of one sentence, offsets relative to it, and their number."""
        hits = _outside_addresses(sentence, self._hits(sentence, words))[:MAX_TRIGGERS]
        if not hits:
            return [], 0
        cues = self._cues.scan(sentence)
        magnitudes = self._magnitudes.parse(sentence)
        named = _outside_figures(
            _in_context(_parties(self._gazetteer.find(sentence, on=reference_date)), cues),
            magnitudes)
        # the words of a programme's name are the trigger's, not a name to parse around
        actors = self._programmes_in_triggers(sentence, hits, named, reference_date)
        issuers = self._issuers(sentence, magnitudes)
        index = SentenceIndex(cues, actors, issuers)
        if outside_policy(index):
            return [], 0  # no trigger of it is a measure: the costly reading is skipped
        model = analyse(sentence, self._grammar,
                        verb_spans=_verb_spans(sentence, cues, self._grammar),
                        actor_spans=[(a.actor.start, a.actor.end) for a in named],
                        figure_spans=[(m.start, m.end) for m in magnitudes],
                        demonym_spans=[(a.actor.start, a.actor.end) for a in named
                                       if a.form == "demonym"],
                        noun_spans=_compound_modifiers(sentence, hits)
                        + _compound_heads(sentence, hits, self._grammar.compound_heads))
        context = Context(sentence=sentence, model=model, cues=cues, actors=actors,
                          products=self._products.find(sentence), magnitudes=magnitudes,
                          with_codes=self._with_codes,
                          in_local_currency=self._magnitudes.in_local_currency,
                          trigger_spans=[(hit.start, hit.end) for hit in hits],
                          issuers=issuers, index=index)
        read = [read_trigger(context, hit) for hit in hits]
        # A measure named only as a topic, with no actor, cue, figure or goods, is not one
        # ("the tariff issue was discussed"); some rules need an actor, a figure or goods
        # whatever the cues ("its agreement to buy Getty" is a takeover).
        readings = [r for r in read if r is not None and (
            _has_details(r) or (r.explicit and not r.hit.rule.needs_details))]
        merged = _merge([one for r in readings for one in _each_imposer(r)], sentence)
        return [self._dated(r, sentence, reference_date, model) for r in merged], len(merged)

    def _issuers(self, sentence: str, magnitudes: Sequence[Magnitude]) -> list[ActorMention]:
        """The jurisdictions that issue the currencies the sentence's figures are priced in,
        one per figure ("125 Ecus a tonne": the EC), for the rule that reads a measure
        priced in a currency only one jurisdiction uses as that jurisdiction's."""
        found = (self._gazetteer.issuer(m.unit.split("/")[0], sentence, m.start, m.end)
                 for m in magnitudes)
        return [mention for mention in found if mention is not None]

    def _programmes_in_triggers(self, sentence: str, hits: Sequence[Hit],
                                actors: list[ActorMention],
                                on: datetime.date | None) -> list[ActorMention]:
        """A programme's name written in lower case ("the department's export enhancement
        program") is still its country's (§4): the gazetteer finds only capitalised names,
        so a trigger whose words are a known name in any case adds it."""
        found = list(actors)
        for hit in hits:
            words = sentence[hit.start:hit.end]
            if _LOWER_CASE_NAME.fullmatch(words) is None or any(
                    hit.start <= m.actor.start < hit.end for m in actors):
                continue
            start, actor = hit.start, self._gazetteer.resolve(words, on)
            # a longer name ending in the trigger is another programme: "its unreliable
            # entity list" is China's, not the Commerce Department's Entity List
            before = _LOWER_WORDS_BEFORE.search(sentence, max(0, hit.start - _NAME_REACH),
                                                hit.start)
            for word in _WORD_START.finditer(sentence, before.start(), hit.start) if (
                    before is not None) else ():
                longer = self._gazetteer.resolve(sentence[word.start():hit.end], on)
                if longer is not None and (actor is None or longer.code != actor.code):
                    start, actor = word.start(), longer
                    break
            if actor is not None:
                found.append(ActorMention(attrs.evolve(
                    actor, start=start, end=hit.end), "body"))
        return sorted(found, key=lambda m: m.actor.start) if len(found) > len(actors) else actors

    def _with_codes(self, product: Product) -> Product:
        """A phrase read around the trigger ("imported footwear") gets its head word's HS codes."""
        if product.hs:
            return product
        known = self._products.resolve(product.text)
        return attrs.evolve(product, hs=known.hs) if known is not None and known.hs else product

    def _dated(self, reading: Reading, sentence: str,
               reference_date: datetime.date | None, model: SentenceModel) -> Reading:
        """Dates are read last, once per measure: resolving them is the costly step."""
        # Done measures look back; announced ones forward; a threat or proposal made in the
        # past tense ("threatened on Tuesday") dates the action, so it looks back too.
        past = reading.status is Status.EFFECTIVE or (
            reading.status in (Status.THREATENED, Status.PROPOSED)
            and reading.status_words.lower().endswith("ed"))
        if reading.tense in _FORWARD_TENSES:
            past = False  # "will impose duties from March 1"
        elif reading.tense == "past":
            past = True
        prefer: Literal["future", "past"] = "past" if past else "future"
        mention = self._dates.find(sentence, reference_date, prefer=prefer,
                                   anchor=reading.hit.start,
                                   nearest=reading.tense == "present")
        if mention is None:
            return reading
        if not (reading.clause_start <= mention.span.start < reading.clause_end):
            return reading  # another clause's date is another event's
        dating = _dating_direction(model, mention.span.start)
        if dating is not None and dating != prefer:
            # "will lift the duties it imposed on April 17": the date's own verb decides
            again = self._dates.find(sentence, reference_date, prefer=dating,
                                     anchor=reading.hit.start)
            if again is not None and again.span == mention.span:
                mention = again
        dated = attrs.evolve(reading, date=mention.date, date_span=mention.span)
        return _not_yet_in_force(dated, reference_date)


def _untimed_matches(sentence: str, patterns: Sequence[regex.Pattern[str]], *,
                     overlapped: bool, first: bool) -> list[regex.Match[str]]:
    """What :meth:`Extractor._matches` finds for a shipped rule, which runs without a
    time budget, with the patterns its screen let through.

    The regex module parses keyword arguments slowly: ``finditer(s, timeout=None)`` costs
    twice ``finditer(s)``, and a plain ``search(s)`` a quarter. A sentence holds no match
    of most of a rule's patterns (the sixty ``exclude`` patterns of tariffs), so each
    pattern is first searched plainly and only iterated when it matches, from where the
    search found the first match (no match starts before it; look-behinds still see the
    text before): the same matches, in the same order, at a third of the cost. Before
    that, a pattern is not searched at all in a sentence that holds none of the words it
    needs (see :mod:`policymeasures._screen`).
    """
    found: list[regex.Match[str]] = []
    for pattern in patterns:
        match = pattern.search(sentence)
        if match is None:
            continue
        if first:
            return [match]
        if overlapped:
            found.extend(pattern.finditer(sentence, match.start(), overlapped=True))
        else:
            found.extend(pattern.finditer(sentence, match.start()))
    return found


def _branch_matches(sentence: str, branches: Sequence[regex.Pattern[str]],
                    ) -> list[regex.Match[str]]:
    """The overlapped matches of the alternation of ``branches`` (in its order), found
    branch by branch: :func:`_rule_patterns` says why.

    An overlapped search of an alternation finds, at every position where one of its
    branches matches, the match of the first such branch: so does this, keeping at each
    position the match of the earliest branch. A branch the screen left out matches
    nowhere in the sentence, and decides no position.
    """
    by_start: dict[int, regex.Match[str]] = {}
    for branch in branches:
        for found in branch.finditer(sentence, overlapped=True):
            by_start.setdefault(found.start(), found)
    return [by_start[start] for start in sorted(by_start)]


class _Patterns(NamedTuple):
    """A rule's compiled patterns of one kind, with the screen of the words they need.
    With ``branches``, they are the branches of the rule's one alternation of
    ``patterns``, searched as it would be (see :func:`_branch_matches`)."""

    patterns: list[regex.Pattern[str]]
    screen: Screen
    branches: bool = False


def _rule_patterns(rule: Rule, trusted: bool) -> _Patterns:
    """A rule's ``patterns``, searched as their one alternation (:func:`compile_patterns`).

    A shipped rule's are kept apart, each with its own screen, and searched one by one
    (:func:`_branch_matches`): the regex engine searches an alternation of long patterns
    much slower than each of them ("sanction.verb": fifteen times, on long sentences),
    and a sentence holds the words of few of them. Only when each pattern alone compiles
    with the alternation's flags: under ``VERSION0`` an inline flag of one pattern holds
    for the whole alternation.
    """
    whole = compile_patterns(rule.patterns)
    if trusted:
        ordered = pattern_order(rule.patterns)
        branches = [compile_pattern(pattern) for pattern in ordered]
        if all(branch.flags == whole.flags for branch in branches):
            return _Patterns(branches, Screen([needed_words(p) for p in ordered]),
                             branches=True)
    return _listed([whole], [either(needed_words(source) for source in rule.patterns)],
                   trusted)


def _listed(patterns: list[regex.Pattern[str]], needs: Sequence[Needs | None],
            trusted: bool) -> _Patterns:
    """Patterns with their screen; a user's patterns, which run with a time budget, have
    none (see :mod:`policymeasures._screen`)."""
    return _Patterns(patterns, Screen(needs if trusted else [None] * len(patterns)))


def _not_yet_in_force(reading: Reading, reference_date: datetime.date | None) -> Reading:
    """Field rule `dated-after-article` (§3 announced: "from next month"): a measure read
    as in force, with no past verb, whose date is after the article's ("the tariffs on
    trucks are activated on November 1" in August) is announced, not yet in force."""
    if reading.status is not Status.EFFECTIVE or reading.tense not in _UNDATED_TENSES or (
            reference_date is None or reading.date is None or reading.date <= reference_date):
        return reading
    decided = dict(reading.decided_by)
    decided["status"] = "dated-after-article"
    return attrs.evolve(reading, status=Status.ANNOUNCED, decided_by=tuple(decided.items()))


# Tenses that say nothing of when: a present verb, or no verb over the measure.
_UNDATED_TENSES = frozenset(("present", ""))


def _dating_direction(model: SentenceModel, offset: int) -> Literal["future", "past"] | None:
    """Which way from the article's date a date lies, by the verb just before it: a past
    verb ("imposed ... on April 17", "duties announced on May 2") looks back, a future or
    modal one ("will take effect on March 1") forward; None when no verb is that near."""
    group = model.group_before(model.token_at(offset), model.lexicon.date_verb_tokens)
    if group is None:
        return None
    if group.tense in (Tense.PAST, Tense.PARTICIPLE):
        return "past"
    if group.tense.value in _FORWARD_TENSES:
        return "future"
    return None


@functools.lru_cache(maxsize=RESTORED_EXTRACTORS)
def _restore(definition: bytes) -> Extractor:
    """The extractor a pickle defines, compiled once per process for each definition.

    Dask and Spark unpickle a task's function, extractor included, for every task; the
    cache, keyed by the pickled rule sets, turns that into one compilation per process.
    """
    cls, rulesets, on_conflict, splitter, confidence, pattern_timeout = pickle.loads(definition)
    extractor: Extractor = cls(rulesets, on_conflict=on_conflict, splitter=splitter,
                               confidence=confidence, pattern_timeout=pattern_timeout)
    return extractor


def _unit_tables(rulesets: Sequence[RuleSet]) -> UnitTables:
    """Each rule set's ``[units]`` laid over the previous ones by the tables' own merge,
    so a later set's cue moves a word between bounds instead of listing it twice."""
    tables = UnitTables.from_dict({})
    for ruleset in rulesets:
        if ruleset.units:
            tables = tables.merged(UnitTables.from_dict(ruleset.units))
    return tables


_WORD_CHARACTER = regex.compile(r"\w")


def _words_inside(text: str, words: list[tuple[int, int]], word_starts: list[int],
                  start: int, end: int) -> list[tuple[int, int]] | None:
    """The indexed words of ``text[start:end]``, relative to it, from the whole text's scan.

    They are the words a scan of the sentence alone would find, unless a word of the
    text runs across either end of the sentence, or a word character touches either end
    (the index's word boundaries would then differ): then None, and the sentence is
    scanned on its own. A sentence reads the same whatever text surrounds it.
    """
    if (start > 0 and _WORD_CHARACTER.match(text, start - 1)) or (
            end < len(text) and _WORD_CHARACTER.match(text, end)):
        return None
    first = bisect.bisect_left(word_starts, start)
    if first > 0 and words[first - 1][1] > start:
        return None  # a word from before runs into the sentence
    inside: list[tuple[int, int]] = []
    for index in range(first, len(words)):
        word_start, word_end = words[index]
        if word_start >= end:
            break
        if word_end > end:
            return None  # a word runs out of the sentence
        inside.append((word_start - start, word_end - start))
    return inside


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


# Ends an exact word in the index trie (no rule word holds this character).
_WORD_END = "\x01"
# Marks a keyword's entry in the index (rule ids never start with it).
_KEYWORD_MARK = "#"


def _stem(word: str) -> str:
    return word.rstrip("*").lower()


def _compile_index(
    rules: Sequence[Rule],
) -> tuple[regex.Pattern[str], dict[str, list[str]], list[Rule]]:
    """The keyword index: a trie of word stems, the rules under each, the unindexed rules."""
    by_stem: dict[str, list[str]] = {}
    unindexed = []
    exact: set[str] = set()  # "ban": the word itself, not "bank"
    prefixes: set[str] = set()  # "tariff*": any word it begins
    entries = []
    for rule in rules:
        if rule.patterns and not rule.keywords:
            unindexed.append(rule)
        entries += [(t.split()[0], rule.id) for t in rule.triggers]
        # A keyword is marked "#" so that only its rule's patterns are looked for there.
        entries += [(word, _KEYWORD_MARK + rule.id) for word in rule.keywords]
    for word, entry in entries:
        stem = _stem(word)
        by_stem.setdefault(stem, []).append(entry)
        # Words are matched as written ("ban" is not "bank"); "*" stands for any ending.
        (prefixes if word.endswith("*") else exact).add(stem)
    # A straight apostrophe in a stem also stands for the typographic one.
    for group in (exact, prefixes):
        group |= {s.replace("'", "\u2019") for s in group if "'" in s}
    for stem in list(by_stem):
        if "'" in stem:
            by_stem[stem.replace("'", "\u2019")] = by_stem[stem]
    # One trie: an exact word ends in a mark that becomes "no word character follows".
    words = sorted(prefixes | {stem + _WORD_END for stem in exact})
    body = trie_pattern(words, separator=r"[\s\-]+").replace(_WORD_END, r"(?!\w)")
    return regex.compile(rf"\b(?:{body or '(?!)'})", regex.IGNORECASE), by_stem, unindexed


# U+001C-U+001F: whitespace to the standard library's ``\s``, not to the regex module's;
# on any other ASCII character the two engines' ``\s``, ``\w`` and ``\b`` agree.
_SEPARATOR_CONTROLS = ("\x1c", "\x1d", "\x1e", "\x1f")


def _lower_ascii_twin(index: regex.Pattern[str]) -> re.Pattern[str] | None:
    """The keyword index compiled by the standard library, case-sensitive, to scan an
    ASCII text lower-cased: it finds the same spans (lower-casing ASCII keeps every
    offset), and scans a trie much faster than the regex module with ``IGNORECASE``.

    None when the index is not all lower-case ASCII (a typographic apostrophe aside, which
    has no case): a non-ASCII letter, such as the Kelvin sign, could match an ASCII one
    under ``IGNORECASE`` but not here; or when the standard library cannot read it.
    """
    pattern = index.pattern
    if not pattern.replace("\u2019", "").isascii() or pattern != pattern.lower():
        return None
    try:
        return re.compile(pattern)
    except re.error:
        return None


def _compile_alternatives(bodies: list[str]) -> regex.Pattern[str]:
    """One rule's triggers as one alternation, longer ones tried first."""
    ordered = sorted(bodies, key=len, reverse=True)
    return regex.compile("|".join(f"(?:{b})" for b in ordered), regex.IGNORECASE)


# ---------------------------------------------------------------------- arguments


def _check(ruleset: RuleSet) -> None:
    """Rules and cues as a rule file's would be checked: a rule set built in code, not
    loaded from a file, must not break the extractor either (a few milliseconds)."""
    problems = [f"{rule.id}: {problem}" for rule in ruleset.rules
                for problem in validate_rule(rule.to_dict())]
    problems += [f"[cues]: {problem}" for problem in validate_cues(ruleset.cues)]
    if problems:
        raise RuleError(problems)


def _describe(value: object) -> str:
    return type(value).__name__


def _as_date(value: object) -> datetime.date | None:
    """An article's date: a date, a datetime (its date) or None; anything else is refused."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    raise TypeError(f"reference_date must be a datetime.date or None, not {_describe(value)}")


def _preview(sentence: str, length: int = 60) -> str:
    """The start of a sentence for a message, quoted."""
    return repr(sentence[:length] + ("..." if len(sentence) > length else ""))


# ---------------------------------------------------------------------- merging


def _verb_spans(sentence: str, cues: Sequence[Cue], grammar: GrammarLexicon,
                ) -> list[tuple[int, int]]:
    """Where a cue marks a verb of interest for the clause model: its action and status
    words and the verb categories, but not the nouns among them ("the spending bill",
    "the talks"), which a cue must not turn into verbs."""
    return [(c.start, c.end) for c in cues
            if (c.category in _VERB_CATEGORIES or c.category.startswith(("action:", "status:")))
            and sentence[c.start:c.end].lower() not in grammar.noun_cues]


def _parties(actors: list[ActorMention]) -> list[ActorMention]:
    """The mentions that can act or be hit: not a forum ("a complaint with the GATT that
    Japan was curbing imports": Japan curbs them, the GATT hears the complaint)."""
    return [a for a in actors if a.form != FORUM_FORM]


def _in_context(actors: list[ActorMention], cues: Sequence[Cue]) -> list[ActorMention]:
    """Actors that only their sentence can resolve: "the Commission" is the European
    Commission in a sentence set in Europe (GUIDELINES §4), and in a U.S. notice the
    International Trade Commission, which the sentence must then name otherwise."""
    if any(c.category == "european_context" for c in cues):
        return actors
    return [a for a in actors if _BARE_COMMISSION.fullmatch(a.actor.text) is None]


def _has_details(reading: Reading) -> bool:
    """Whether a reading names a party, a figure or goods."""
    return bool(reading.imposer or reading.targets or reading.rate or reading.amount
                or reading.products)


def _outside_figures(actors: list[ActorMention],
                     magnitudes: Sequence[Magnitude]) -> list[ActorMention]:
    """Actors that are not a figure's currency: in "a 48.3 mln U.S. dlr financing package"
    or "5 bln Hong Kong dollars" the name says which dollars, not who acts."""
    if not magnitudes:
        return actors
    return [a for a in actors if not any(
        m.start <= a.actor.start and a.actor.end <= m.end for m in magnitudes)]


# Two or more lower-case words: a name the gazetteer would only find capitalised.
_LOWER_CASE_NAME = regex.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*)+")
# Lower-case words right before a trigger that may begin a longer name ending in it, and
# how far back they are looked for, in characters.
_NAME_WORDS_BEFORE = 2
_LOWER_WORDS_BEFORE = regex.compile(
    rf"(?<![\w'\u2019-])(?:[a-z][a-z-]*\s+){{1,{_NAME_WORDS_BEFORE}}}$")
_WORD_START = regex.compile(r"\b[a-z]")
_NAME_REACH = 30
_BARE_COMMISSION = regex.compile(r"(?:the\s+)?commission", regex.IGNORECASE)


# A web address: its words ("united-states-imposes-new-tariffs") are no prose. It opens
# with a literal prefix, so the scan stays linear on any text.
_ADDRESS = regex.compile(r"(?:\bhttps?://|\bwww\.)\S+", regex.IGNORECASE)


def _address_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence holds web addresses."""
    if "://" not in sentence and "www." not in sentence.lower():
        return []
    return [m.span() for m in _ADDRESS.finditer(sentence)]


def _outside_addresses(sentence: str, hits: list[Hit]) -> list[Hit]:
    """The hits that do not stand inside a web address."""
    spans = _address_spans(sentence)
    return [h for h in hits if not any(a <= h.start < b for a, b in spans)] if spans else hits


def _each_imposer(reading: Reading) -> list[Reading]:
    """A measure held by several jurisdictions named together ("US and UN sanctions") is
    one record per holder (§1: one government acting is one mention)."""
    holders = [reading.imposer, *reading.joint_imposers] if reading.imposer else []
    if len(holders) < 2:
        return [reading]
    codes = {holder.actor.code for holder in holders}
    targets = tuple(t for t in reading.targets if t.actor.code not in codes)
    return [attrs.evolve(reading, imposer=holder, joint_imposers=(), targets=targets)
            for holder in holders]


def _merge(readings: list[Reading], sentence: str) -> list[Reading]:
    """One measure per kind, action and imposer in a sentence: repeats of one measure merge.
    Not across a semicolon: the statements it joins are each their own ("expands the
    licence requirements for Iran; this rule also expands the Iran FDP rule")."""
    merged: list[Reading] = []
    for reading in readings:
        for index, other in enumerate(merged):
            if other.hit.rule.kind != reading.hit.rule.kind:
                continue
            if ";" in sentence[min(other.hit.end, reading.hit.end):
                               max(other.hit.start, reading.hit.start)]:
                continue
            if other.action != reading.action and other.action_explicit and (
                reading.action_explicit
            ) and not _spelt_out(sentence, other, reading):
                continue  # two things done to measures of one kind: two entries
            if (other.rate and reading.rate and (other.rate.value, other.rate.unit)
                    != (reading.rate.value, reading.rate.unit)):
                continue  # two levels named: two measures ("25% on all, 10% more on China")
            if (other.amount and reading.amount and other.amount.start != reading.amount.start
                    and (other.amount.value, other.amount.unit)
                    != (reading.amount.value, reading.amount.unit)):
                continue  # two quantities: "a quota of 5,000 tonnes ... levies on 550,000"
            a = other.imposer.actor.code if other.imposer else None
            b = reading.imposer.actor.code if reading.imposer else None
            if a is not None and b is not None and a != b:
                continue
            if a in {t.actor.code for t in reading.targets} or b in {
                    t.actor.code for t in other.targets}:
                continue  # one hits whom the other has act: two measures, not one
            merged[index] = _combine(other, reading)
            break
        else:
            merged.append(reading)
    return merged


# A measure named after "including" or "such as" behind one of its kind is a part of it
# and shares what is done to it: "exempted phones from the tariffs, including the 125%
# duties applied to imports from China" exempts from both (GUIDELINES §1: one mention).
_SPELT_OUT = regex.compile(
    r"[^.;:]{0,60}?,\s*(?:" + "|".join(ENUMERATION_OPENERS) + r")\s[^.;:,]{0,40}",
    regex.IGNORECASE)


def _spelt_out(sentence: str, first: Reading, second: Reading) -> bool:
    """The second measure is spelt out as part of the first, right after it."""
    return second.hit.start >= first.hit.end and _SPELT_OUT.fullmatch(
        sentence, first.hit.end, second.hit.start) is not None


def _combine(first: Reading, second: Reading) -> Reading:
    targets = {m.actor.code: m for m in first.targets + second.targets}
    seen_products = {(p.start, p.end): p for p in first.products + second.products}
    decided = dict(first.decided_by)
    others = dict(second.decided_by)
    if second.action_explicit and not first.action_explicit:
        first = attrs.evolve(first, action=second.action, action_explicit=True)
        decided["action"] = others.get("action", decided.get("action", ""))
    status, source = first.status, first.status_source
    if second.status_source > source:  # a status read from cues beats a rule's default
        status, source = second.status, second.status_source
        decided["status"] = others.get("status", decided.get("status", ""))
    if first.imposer is None and second.imposer is not None:
        decided["imposer"] = others.get("imposer", decided.get("imposer", ""))
    if second.negated and not first.negated:
        decided["negated"] = others.get("negated", decided.get("negated", ""))
    if second.targets and not first.targets:
        decided["targets"] = others.get("targets", decided.get("targets", ""))
    return attrs.evolve(
        first,
        decided_by=tuple(decided.items()),
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
    """An actor moved by ``offset`` characters, built directly: ``attrs.evolve`` reads the
    class's fields anew on every call, and a measure moves every record it holds."""
    return Actor(actor.code, actor.name, actor.text, actor.start + offset, actor.end + offset)


def _shift_magnitude(record: Magnitude | None, offset: int) -> Magnitude | None:
    if record is None:
        return None
    return Magnitude(record.value, record.unit, record.bound, record.high, record.text,
                     record.start + offset, record.end + offset, record.previous)


def _shift_product(product: Product, offset: int) -> Product:
    return Product(product.text, product.start + offset, product.end + offset, product.hs)


def _to_measure(reading: Reading, text: str, start: int, end: int,
                score: Callable[[dict[str, float]], float], siblings: int) -> Measure:
    span = reading.date_span
    return Measure(
        kind=reading.hit.rule.kind,
        action=reading.action,
        status=reading.status,
        negated=reading.negated,
        imposer=_shift_actor(reading.imposer.actor, start) if reading.imposer else None,
        targets=[_shift_actor(m.actor, start) for m in reading.targets],
        rate=_shift_magnitude(reading.rate, start),
        amount=_shift_magnitude(reading.amount, start),
        products=[_shift_product(p, start) for p in reading.products],
        date=reading.date,
        date_span=Span(span.text, span.start + start, span.end + start) if span else None,
        start=start,
        end=end,
        text=text[start:end],
        rule=reading.hit.rule.id,
        decided_by=reading.decided_by,
        confidence=score(record_features(
            reading.hit.rule.id, dict(reading.decided_by), measures=siblings,
            length=end - start, has_rate=reading.rate is not None,
            has_amount=reading.amount is not None, targets=len(reading.targets),
            has_imposer=reading.imposer is not None)),
    )


# A trigger phrase of several words: "export controls", "import ban".
_COMPOUND = regex.compile(r"[\w.'&/+]+[\s-]+\w")


# The word right after a trigger, past a hyphen or spaces.
_NEXT_WORD = regex.compile(r"[\s-]{1,3}+(\w++)")


def _compound_heads(sentence: str, hits: Sequence[Hit], heads: frozenset[str],
                    ) -> list[tuple[int, int]]:
    """Spans of the plural nouns that head a compound a trigger starts: "talks" in "the
    quota talks resumed" and "cuts" in "tariff cuts on cars" are nouns, not verbs."""
    spans = []
    for hit in hits:
        word = _NEXT_WORD.match(sentence, hit.end)
        if word is not None and word.group(1).lower() in heads:
            spans.append(word.span(1))
    return spans


def _compound_modifiers(sentence: str, hits: Sequence[Hit]) -> list[tuple[int, int]]:
    """Spans of noun-compound triggers, which hold no verb: "led to export controls" has
    no verb "export" nor "controls", "Japan's import curbs" no verb "import". A pattern's
    words may be a verb of its own ("restrict investments"), and a one-word trigger may be
    used as a verb ("the UK sanctions two generals"), so only phrases of triggers count."""
    return [(hit.start, hit.end) for hit in hits
            if not hit.from_pattern and _COMPOUND.match(sentence, hit.start, hit.end)]
