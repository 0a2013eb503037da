"""Linking inside a document: later mentions of a measure joined to the mention they recall.

A news story names a measure once ("Canada imposed a 25% tariff on U.S. steel") and then
recalls it ("the levy takes effect on Monday"). Extraction reads each sentence alone, so
the second record has no imposer and no target. :func:`link` joins such a mention to its
antecedent and fills the slots its sentence leaves open, marking every filled value as
inferred, with the offsets of the words it came from. The records themselves are never
changed: a :class:`LinkedMeasure` wraps the record as read.

Three small rules decide, in this order (their words and distances are data, in
``data/linking.toml``):

1. ``definite_mention``: the sentence recalls a measure of the record's kind through a
   determiner and a measure noun ("the tariffs", "these restrictions", "its ban").
2. ``agrees_with_sentence``: the antecedent is the nearest earlier record of the same
   kind whose slots do not contradict what the sentence states (another imposer, other
   targets, other goods) and which ends within ``max_distance`` characters.
3. ``fill_open_slots``: the imposer, targets and goods the sentence leaves open are taken
   from the antecedent as linked, so a chain of recalls reaches the first full mention.

>>> from policymeasures import extract
>>> text = ("Canada imposed a 25% tariff on U.S. steel. "
...         "Ottawa said the levy would stay until talks succeed.")
>>> first, second = link(extract(text))
>>> second.measure.targets, [t.code for t in second.targets]
((), ['USA'])
>>> [(i.slot, i.source.text, i.rule) for i in second.inferred]
[('targets', 'U.S.', 'fill_open_slots'), ('products', 'steel', 'fill_open_slots')]
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
import regex

from policymeasures._data import load_toml
from policymeasures._trie import trie_pattern
from policymeasures.errors import SettingsError
from policymeasures.records import Actor, Measure, Product, Span

__all__ = ["Inference", "LinkedMeasure", "LinkingRules", "hs_families", "link"]

#: The key under ``[nouns]`` whose words recall a measure of any kind.
ANY_KIND = "any"
#: Digits of an HS code that name its family (the chapter): 8703 and 870380 are both 87.
HS_FAMILY_DIGITS = 2

_SLOTS = ("imposer", "targets", "products")


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _actors(values: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(values)


def _products(values: Iterable[Product]) -> tuple[Product, ...]:
    return tuple(values)


def _inferences(values: Iterable[Inference]) -> tuple[Inference, ...]:
    return tuple(values)


def _noun_table(values: Iterable[tuple[str, tuple[str, ...]]]
                ) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(values)


@attrs.frozen(slots=True)
class Inference:
    """One value a record got from its antecedent rather than from its own sentence.

    ``slot`` is ``imposer``, ``targets`` or ``products``; ``source`` is the words that
    named the value, with offsets into the document; ``antecedent`` is the evidence
    sentence of the record it was taken from; ``rule`` is the linking rule that filled it.
    """

    slot: str
    source: Span
    antecedent: Span
    rule: str


@attrs.frozen(slots=True)
class LinkedMeasure:
    """A record as read, with the slots its sentence left open filled from its antecedent.

    ``imposer``, ``targets`` and ``products`` are the record's own values where its
    sentence gives them and the antecedent's otherwise; ``inferred`` says which values
    were filled and from where. ``antecedent`` is the index, in the list :func:`link`
    returned, of the record this one recalls; ``anaphor`` the words that recall it.
    """

    measure: Measure
    imposer: Actor | None = None
    targets: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    products: tuple[Product, ...] = attrs.field(default=(), converter=_products)
    antecedent: int | None = None
    anaphor: Span | None = None
    inferred: tuple[Inference, ...] = attrs.field(default=(), converter=_inferences)

    @classmethod
    def unlinked(cls, measure: Measure) -> LinkedMeasure:
        """A record that recalls nothing: its slots are its own."""
        return cls(measure, measure.imposer, measure.targets, measure.products)

    def inferred_slots(self) -> frozenset[str]:
        """The names of the slots filled from the antecedent."""
        return frozenset(i.slot for i in self.inferred)


@attrs.frozen(slots=True)
class LinkingRules:
    """The words and the distance the linking rules use (``data/linking.toml``).

    ``nouns`` pairs a kind with the nouns that recall a measure of it (pairs rather than
    a dict, so the rules are hashable and their compiled patterns can be cached); the
    ``any`` entry serves every kind.
    """

    determiners: tuple[str, ...] = attrs.field(converter=_strings)
    nouns: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(converter=_noun_table)
    not_modifiers: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    max_modifiers: int = 2
    max_distance: int = 2000

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], origin: str = "<linking>") -> LinkingRules:
        """Rules from a parsed table; every problem is reported at once (``SettingsError``)."""
        problems: list[str] = []
        known = {"determiners", "nouns", "not_modifiers", "max_modifiers", "max_distance"}
        unknown = sorted(set(data) - known)
        if unknown:
            problems.append(f"{origin}: unknown keys {unknown}; allowed: {sorted(known)}")
        determiners = _words(data.get("determiners"), f"{origin}: determiners", problems)
        not_modifiers = _words(data.get("not_modifiers", []), f"{origin}: not_modifiers",
                               problems)
        nouns_table = data.get("nouns", {})
        nouns: dict[str, tuple[str, ...]] = {}
        if not isinstance(nouns_table, Mapping):
            problems.append(f"{origin}: nouns must be a table of kind = [words]")
        else:
            for kind, words in nouns_table.items():
                nouns[kind] = _words(words, f"{origin}: nouns.{kind}", problems)
        numbers = {}
        for key in ("max_modifiers", "max_distance"):
            value = data.get(key, attrs.fields_dict(cls)[key].default)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                problems.append(f"{origin}: {key} must be a whole number >= 0, not {value!r}")
                value = 0
            numbers[key] = value
        if problems:
            raise SettingsError(problems)
        return cls(determiners=determiners, nouns=tuple(nouns.items()),
                   not_modifiers=not_modifiers, **numbers)

    @classmethod
    def default(cls) -> LinkingRules:
        """The shipped rules, read once."""
        return _default_rules()

    def nouns_for(self, kind: str) -> frozenset[str]:
        """The nouns that recall a measure of ``kind``: its own and those of any kind."""
        return frozenset(w for k, words in self.nouns if k in (kind, ANY_KIND) for w in words)


def _words(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        problems.append(f"{where} must be a list of non-empty strings")
        return ()
    return tuple(w.strip().lower() for w in value)


@functools.cache
def _default_rules() -> LinkingRules:
    return LinkingRules.from_dict(load_toml("linking.toml"), "linking.toml")


@functools.cache
def _anaphor_regex(rules: LinkingRules, kind: str) -> regex.Pattern[str]:
    """Determiner, up to ``max_modifiers`` words, then a noun recalling a measure of ``kind``."""
    nouns = rules.nouns_for(kind)
    noun_pattern = trie_pattern(sorted(nouns)) if nouns else r"(?!)"
    determiner = trie_pattern(sorted(rules.determiners))
    stop = set(rules.not_modifiers) | set(rules.determiners)
    barrier = rf"(?!(?:{trie_pattern(sorted(stop))})\s)" if stop else ""
    modifier = rf"{barrier}[\w%.$\u2019'\-]+\s+"
    return regex.compile(
        rf"\b(?:{determiner})\s+(?:{modifier}){{0,{rules.max_modifiers}}}(?:{noun_pattern})\b",
        regex.IGNORECASE,
    )


def hs_families(products: Sequence[Product]) -> frozenset[str]:
    """The HS families (chapters) of some goods; empty when none has a code.

    >>> sorted(hs_families([Product("EVs", 0, 3, hs=("870380",)), Product("steel", 4, 9,
    ...                                                                    hs=("72", "73"))]))
    ['72', '73', '87']
    """
    return frozenset(code[:HS_FAMILY_DIGITS] for p in products for code in p.hs)


# ---------------------------------------------------------------------- the rules


def definite_mention(measure: Measure, rules: LinkingRules) -> Span | None:
    """Rule 1: the words in the record's sentence that recall an earlier measure, if any.

    >>> from policymeasures.records import Measure
    >>> m = Measure(kind="tariff", action="impose", status="effective", start=100, end=128,
    ...             text="The levy takes effect today.", rule="r")
    >>> definite_mention(m, LinkingRules.default())
    Span(text='The levy', start=100, end=108)
    """
    kind = str(measure.kind)
    found = _anaphor_regex(rules, kind).search(measure.text)
    if found is None:
        return None
    return Span(found.group(), measure.start + found.start(), measure.start + found.end())


def agrees_with_sentence(measure: Measure, candidate: LinkedMeasure,
                         rules: LinkingRules) -> bool:
    """Rule 2: ``candidate`` may be the antecedent of ``measure``.

    It must come before the record's sentence and end near it, be of the same kind, and
    not contradict what the sentence states: another imposer, targets none of which the
    sentence names, or goods of other HS families.
    """
    earlier = candidate.measure
    if earlier.end > measure.start or measure.start - earlier.end > rules.max_distance:
        return False
    if str(earlier.kind) != str(measure.kind):
        return False
    if measure.imposer and candidate.imposer and measure.imposer.code != candidate.imposer.code:
        return False
    stated = {t.code for t in measure.targets}
    if stated and candidate.targets and not stated & {t.code for t in candidate.targets}:
        return False
    goods, their_goods = hs_families(measure.products), hs_families(candidate.products)
    return not (goods and their_goods and not goods & their_goods)


def fill_open_slots(measure: Measure, antecedent: LinkedMeasure, index: int,
                    anaphor: Span) -> LinkedMeasure:
    """Rule 3: the record with the slots its sentence leaves open taken from its antecedent."""
    rule = "fill_open_slots"
    where = Span(antecedent.measure.text, antecedent.measure.start, antecedent.measure.end)
    inferred: list[Inference] = []
    imposer = measure.imposer
    if imposer is None and antecedent.imposer is not None:
        imposer = antecedent.imposer
        inferred.append(Inference("imposer", _span(imposer), where, rule))
    targets = measure.targets
    if not targets:
        own = imposer.code if imposer else None
        targets = tuple(t for t in antecedent.targets if t.code != own)
        inferred.extend(Inference("targets", _span(t), where, rule) for t in targets)
    products = measure.products
    if not products:
        products = antecedent.products
        inferred.extend(Inference("products", _span(p), where, rule) for p in products)
    return LinkedMeasure(measure, imposer, targets, products, index, anaphor, inferred)


def _span(value: Actor | Product) -> Span:
    return Span(value.text, value.start, value.end)


def _has_open_slot(measure: Measure) -> bool:
    return measure.imposer is None or not measure.targets or not measure.products


# ---------------------------------------------------------------------- linking


def link(measures: Sequence[Measure], rules: LinkingRules | None = None) -> list[LinkedMeasure]:
    """The records of one document, in text order, each linked to the mention it recalls.

    ``measures`` are one document's records as :func:`~policymeasures.extract` returns
    them (offsets into that document). A record whose sentence recalls an earlier
    measure gets the slots its sentence leaves open from it; every other record comes
    back with its own slots and no antecedent.
    """
    rules = rules or LinkingRules.default()
    linked: list[LinkedMeasure] = []
    for measure in measures:
        linked.append(_link_one(measure, linked, rules))
    return linked


def _link_one(measure: Measure, earlier: Sequence[LinkedMeasure],
              rules: LinkingRules) -> LinkedMeasure:
    if not _has_open_slot(measure):
        return LinkedMeasure.unlinked(measure)
    anaphor = definite_mention(measure, rules)
    if anaphor is None:
        return LinkedMeasure.unlinked(measure)
    for index in range(len(earlier) - 1, -1, -1):
        candidate = earlier[index]
        if measure.start - candidate.measure.end > rules.max_distance:
            break  # records come in text order: the rest are further still
        if agrees_with_sentence(measure, candidate, rules):
            return fill_open_slots(measure, candidate, index, anaphor)
    return LinkedMeasure.unlinked(measure)
