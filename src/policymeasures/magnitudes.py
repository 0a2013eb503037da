"""Numbers with units: percentages, money, quantities and specific rates (docs/fields.md).

The lexicon (units, currencies, scale words, number words, bound cues) is data in
``data/default/units.toml``; this module is the engine that reads it. A :class:`MagnitudeParser`
compiles its tables once and is then a pure function of its input text.

>>> [(m.value, m.unit, str(m.bound), m.text) for m in parse_magnitudes(
...     "Washington threatened tariffs of up to 130% on Chinese goods.")]
[(130.0, '%', 'upper', 'up to 130%')]
>>> m = parse_magnitudes("a price of 84.9 U.S. cts a bushel")[0]
>>> (m.value, m.unit)
(0.849, 'USD/bu')
>>> m = parse_magnitudes("tariffs rise from 10 pct to 25 pct")[0]
>>> (m.value, m.previous, m.text)
(25.0, 10.0, 'from 10 pct to 25 pct')
>>> parse_magnitudes("Section 301 covers 25 products from 1987")
[]

How a phrase is read, left to right:

1. A number is digits ("1,250.5") or number words ("twenty-five", "half a million").
   Digits glued to letters ("1st", "747s", "F16") are not numbers unless the letters
   are a scale suffix ("3.5bn", "200k") or a unit ("10pct", "5kg").
2. After it may come a scale word, then a unit word (with an optional qualifier such as
   "Canadian" or "U.S."), then a per-word and a denominator ("a bushel", "per 100 kilos").
3. Before it may come a currency prefix ("US$"), before that a bound cue ("up to"), and
   before that an opening word ("between", "from", "by").
4. Two numbers joined by "to", "-" or "and" (after "between") form a range or a change
   and may share a unit ("10 to 25 pct") and a scale ("$1-2 billion").
5. A number that ends with no unit is dropped: years, dates, section and model numbers,
   plain counts ("25 products") are not magnitudes.
6. So is a figure too large or too long to be real: more than ``MAX_NUMBER_LENGTH``
   characters of digits, or a value above ``MAX_VALUE`` once scaled ("1" and 400 zeros
   "pct", "one hundred hundred ... tonnes"). Every value returned is a finite float.

"pounds" is money (``GBP``) unless "of" follows it ("5 mln pounds of sugar" -> ``lb``);
"per pound" and "a lb" are always weight.
"""

from __future__ import annotations

import functools
import importlib.resources
import math
import re
import types
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, NamedTuple

import attrs

from policymeasures._data import tomllib
from policymeasures.errors import RuleError
from policymeasures.records import Bound, Magnitude

__all__ = [
    "MAX_NUMBER_LENGTH",
    "MAX_VALUE",
    "MagnitudeParser",
    "UnitSpec",
    "UnitTables",
    "default_unit_tables",
    "parse_magnitudes",
]

SCHEMA_VERSION = 1

_MAPPING_SECTIONS = (
    "numbers",
    "fractions",
    "scales",
    "suffixes",
    "prefixes",
    "units",
    "denominators",
    "qualifiers",
    "phrases",
    "local_currencies",
)
_BOUND_NAMES = ("upper", "lower", "approx")
_GRAMMAR_KEYS = (
    "range_open",
    "range_and",
    "range_to",
    "change_from",
    "change_by",
    "change_to",
    "per",
    "article",
    "of",
    "cue_blockers",
    "upper_after",
    "lower_after",
)
_SPEC_KEYS = frozenset({"unit", "factor", "family", "of_unit"})
# Scales below this multiply the words before them instead of closing a group:
# "two hundred thousand" is (2 * 100) * 1000.
_GROUP_SCALE = Decimal(1000)
# How far before a number a cue, an opening word and a prefix may reach, beyond the
# longest surfaces themselves (for the spaces between them).
_LEFT_SLACK = 12
#: The longest run of digits, with its commas and decimal point, read as a number: the
#: longest real figures ("1,250,000,000,000.25") are about twenty characters; longer runs
#: are serial numbers, hashes or noise.
MAX_NUMBER_LENGTH = 40
#: The largest value a magnitude may have, in its unit: a quintillion. World output is
#: about 1e14 dollars, and the largest sums in the weakest currencies stay below this;
#: anything above is a typo or noise and is dropped, so no value is ever inf or nan.
MAX_VALUE = 1e18
_MAX_DECIMAL = Decimal(repr(MAX_VALUE))


def normalize_surface(surface: str) -> str:
    """A surface as the tables key it: lower case, whitespace runs as one space.

    >>> normalize_surface("  Metric   TONS ")
    'metric tons'
    """
    return " ".join(surface.lower().split())


def _freeze(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return types.MappingProxyType(dict(mapping))


@attrs.frozen(slots=True)
class UnitSpec:
    """What a unit word means: its unit, a factor into that unit, and how qualifiers apply.

    >>> UnitSpec.from_value("cts") == UnitSpec("cts")
    True
    >>> UnitSpec.from_value({"unit": "USD", "factor": 0.01}).factor
    0.01
    """

    unit: str
    factor: float = 1.0
    family: str | None = None
    of_unit: str | None = None

    @classmethod
    def from_value(cls, value: str | Mapping[str, Any]) -> UnitSpec:
        """A spec from the TOML form: a unit string, or a table with ``unit`` and options."""
        if isinstance(value, str):
            return cls(value)
        return cls(
            unit=value["unit"],
            factor=float(value.get("factor", 1.0)),
            family=value.get("family"),
            of_unit=value.get("of_unit"),
        )

    def to_value(self) -> str | dict[str, Any]:
        """The TOML form of this spec (a plain string when only the unit is set)."""
        if self == UnitSpec(self.unit):
            return self.unit
        data: dict[str, Any] = {"unit": self.unit}
        if self.factor != 1.0:
            data["factor"] = self.factor
        if self.family is not None:
            data["family"] = self.family
        if self.of_unit is not None:
            data["of_unit"] = self.of_unit
        return data


@attrs.frozen(slots=True)
class Phrase:
    """A fixed phrase that is a magnitude by itself ("duty-free" is 0 %)."""

    value: float
    unit: str


@attrs.frozen(slots=True)
class LocalCurrency:
    """Currency words several jurisdictions share ("Rs", "rupees") and the currency each
    of them means by the bare word, keyed by the jurisdiction's code ("LKA": "LKR")."""

    words: tuple[str, ...]
    currencies: Mapping[str, str] = attrs.field(converter=_freeze)


@attrs.frozen
class UnitTables:
    """The parser's lexicon, with the same schema as ``data/default/units.toml``.

    Mappings are keyed by normalised surfaces (see :func:`normalize_surface`); ``bounds``
    maps each cue to its :class:`~policymeasures.records.Bound`, ``grammar`` each grammar
    role to its words. Build one with :meth:`from_dict`; instances are read-only.

    >>> extra = UnitTables.from_dict({"units": {"quintals": {"unit": "t", "factor": 0.1}}})
    >>> tables = default_unit_tables().merged(extra)
    >>> tables.units["quintals"].factor, tables.units["tonnes"].unit
    (0.1, 't')
    """

    numbers: Mapping[str, float] = attrs.field(factory=dict, converter=_freeze)
    fractions: Mapping[str, float] = attrs.field(factory=dict, converter=_freeze)
    scales: Mapping[str, float] = attrs.field(factory=dict, converter=_freeze)
    suffixes: Mapping[str, float] = attrs.field(factory=dict, converter=_freeze)
    prefixes: Mapping[str, str] = attrs.field(factory=dict, converter=_freeze)
    units: Mapping[str, UnitSpec] = attrs.field(factory=dict, converter=_freeze)
    denominators: Mapping[str, UnitSpec] = attrs.field(factory=dict, converter=_freeze)
    qualifiers: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict, converter=_freeze)
    phrases: Mapping[str, Phrase] = attrs.field(factory=dict, converter=_freeze)
    # Currency words several jurisdictions share, per family: in a measure one of them
    # imposes, the bare word means its own currency ("Rs 25" in a Sri Lankan levy is LKR).
    local_currencies: Mapping[str, LocalCurrency] = attrs.field(
        factory=dict, converter=_freeze)
    bounds: Mapping[str, Bound] = attrs.field(factory=dict, converter=_freeze)
    grammar: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_freeze)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnitTables:
        """Tables from parsed TOML; every problem is reported at once in a ``RuleError``.

        Sections may be missing (a rule file's ``[units]`` usually adds a few words).

        >>> UnitTables.from_dict({"scales": {"lakh": 1e5}}).scales["lakh"]
        100000.0
        >>> UnitTables.from_dict({"scales": {"lakh": "many"}, "colours": {}})
        Traceback (most recent call last):
        ...
        policymeasures.errors.RuleError: units: unknown section 'colours'
        units.scales.lakh: expected a finite number >= 0, got 'many'
        """
        return _TablesReader(data).read()

    def to_dict(self) -> dict[str, Any]:
        """These tables as TOML-ready data; ``from_dict(t.to_dict()) == t``."""
        bounds: dict[str, list[str]] = {name: [] for name in _BOUND_NAMES}
        for cue, bound in self.bounds.items():
            bounds[bound.value].append(cue)
        return {
            "version": SCHEMA_VERSION,
            "numbers": dict(self.numbers),
            "fractions": dict(self.fractions),
            "scales": dict(self.scales),
            "suffixes": dict(self.suffixes),
            "prefixes": dict(self.prefixes),
            "units": {key: spec.to_value() for key, spec in self.units.items()},
            "denominators": {key: spec.to_value() for key, spec in self.denominators.items()},
            "qualifiers": {key: dict(value) for key, value in self.qualifiers.items()},
            "phrases": {
                key: {"value": phrase.value, "unit": phrase.unit}
                for key, phrase in self.phrases.items()
            },
            "bounds": {name: cues for name, cues in bounds.items() if cues},
            "grammar": {role: list(words) for role, words in self.grammar.items()},
            "local_currencies": {
                family: {"words": list(local.words), "currencies": dict(local.currencies)}
                for family, local in self.local_currencies.items()
            },
        }

    def merged(self, other: UnitTables) -> UnitTables:
        """These tables with ``other`` on top: its keys replace ours, its words are added.

        A bound cue moves to the bound ``other`` gives it.

        >>> base = UnitTables.from_dict({"bounds": {"lower": ["over"]}})
        >>> top = UnitTables.from_dict({"bounds": {"approx": ["over", "about"]}})
        >>> sorted((cue, str(b)) for cue, b in base.merged(top).bounds.items())
        [('about', 'approx'), ('over', 'approx')]
        """
        grammar = {role: list(words) for role, words in self.grammar.items()}
        for role, words in other.grammar.items():
            known = grammar.setdefault(role, [])
            known.extend(word for word in words if word not in known)
        return UnitTables(
            numbers={**self.numbers, **other.numbers},
            fractions={**self.fractions, **other.fractions},
            scales={**self.scales, **other.scales},
            suffixes={**self.suffixes, **other.suffixes},
            prefixes={**self.prefixes, **other.prefixes},
            units={**self.units, **other.units},
            denominators={**self.denominators, **other.denominators},
            qualifiers={**self.qualifiers, **other.qualifiers},
            phrases={**self.phrases, **other.phrases},
            local_currencies={**self.local_currencies, **other.local_currencies},
            bounds={**self.bounds, **other.bounds},
            grammar={role: tuple(words) for role, words in grammar.items()},
        )


class _TablesReader:
    """Validates one units document, collecting every problem before raising."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.problems: list[str] = []

    def read(self) -> UnitTables:
        if not isinstance(self.data, Mapping):
            raise RuleError([f"units: expected a table, got {type(self.data).__name__}"])
        known = {"version", "bounds", "grammar", *_MAPPING_SECTIONS}
        for section in self.data:
            if section not in known:
                self.problems.append(f"units: unknown section {section!r}")
        version = self.data.get("version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            self.problems.append(f"units.version: expected {SCHEMA_VERSION}, got {version!r}")
        tables = UnitTables(
            numbers=self._entries("numbers", self._number),
            fractions=self._entries("fractions", self._number),
            scales=self._entries("scales", self._number),
            suffixes=self._entries("suffixes", self._number),
            prefixes=self._entries("prefixes", self._string),
            units=self._entries("units", self._spec),
            denominators=self._entries("denominators", self._spec),
            qualifiers=self._entries("qualifiers", self._qualifier),
            phrases=self._entries("phrases", self._phrase),
            local_currencies=self._entries("local_currencies", self._local_currency),
            bounds=self._bounds(),
            grammar=self._grammar(),
        )
        if self.problems:
            raise RuleError(self.problems)
        return tables

    def _section(self, name: str) -> Mapping[str, Any]:
        section = self.data.get(name, {})
        if not isinstance(section, Mapping):
            self.problems.append(f"units.{name}: expected a table, got {section!r}")
            return {}
        return section

    def _entries(self, name: str, convert: Any) -> dict[str, Any]:
        entries: dict[str, Any] = {}
        for surface, value in self._section(name).items():
            key = normalize_surface(str(surface))
            where = f"units.{name}.{surface}"
            if not key:
                self.problems.append(f"{where}: the surface is empty")
                continue
            converted = convert(where, value)
            if converted is not None:
                entries[key] = converted
        return entries

    def _number(self, where: str, value: Any) -> float | None:
        if (isinstance(value, bool) or not isinstance(value, (int, float))
                or not math.isfinite(value) or value < 0):
            self.problems.append(f"{where}: expected a finite number >= 0, got {value!r}")
            return None
        return float(value)

    def _string(self, where: str, value: Any) -> str | None:
        if not isinstance(value, str) or not value:
            self.problems.append(f"{where}: expected a non-empty string, got {value!r}")
            return None
        return value

    def _spec(self, where: str, value: Any) -> UnitSpec | None:
        if isinstance(value, str):
            return UnitSpec(value) if self._string(where, value) is not None else None
        if not isinstance(value, Mapping):
            self.problems.append(f"{where}: expected a unit string or a table, got {value!r}")
            return None
        unknown = sorted(set(value) - _SPEC_KEYS)
        if unknown:
            self.problems.append(f"{where}: unknown keys {unknown}")
        ok = self._string(f"{where}.unit", value.get("unit")) is not None
        factor = value.get("factor", 1.0)
        if self._number(f"{where}.factor", factor) is None:
            ok = False
        elif factor == 0:
            self.problems.append(f"{where}.factor: must be greater than zero")
            ok = False
        for key in ("family", "of_unit"):
            if key in value and self._string(f"{where}.{key}", value[key]) is None:
                ok = False
        return UnitSpec.from_value(value) if ok and not unknown else None

    def _qualifier(self, where: str, value: Any) -> Mapping[str, str] | None:
        if not isinstance(value, Mapping) or not value:
            self.problems.append(f"{where}: expected a table of family = code, got {value!r}")
            return None
        codes = {
            str(family): self._string(f"{where}.{family}", code) for family, code in value.items()
        }
        if any(code is None for code in codes.values()):
            return None
        return types.MappingProxyType({family: str(code) for family, code in codes.items()})

    def _local_currency(self, where: str, value: Any) -> LocalCurrency | None:
        if not isinstance(value, Mapping) or set(value) != {"words", "currencies"}:
            self.problems.append(f"{where}: expected a table with words and currencies, got "
                                 f"{value!r}")
            return None
        words = value["words"]
        if not isinstance(words, list) or not words or not all(
                isinstance(w, str) and w.strip() for w in words):
            self.problems.append(f"{where}.words: expected a list of non-empty strings, got "
                                 f"{words!r}")
            return None
        currencies = self._qualifier(f"{where}.currencies", value["currencies"])
        if currencies is None:
            return None
        return LocalCurrency(tuple(normalize_surface(w) for w in words),
                             {code.upper(): currency for code, currency in currencies.items()})

    def _phrase(self, where: str, value: Any) -> Phrase | None:
        if not isinstance(value, Mapping) or set(value) != {"value", "unit"}:
            self.problems.append(f"{where}: expected a table with value and unit, got {value!r}")
            return None
        number = self._number(f"{where}.value", value["value"])
        unit = self._string(f"{where}.unit", value["unit"])
        return Phrase(number, unit) if number is not None and unit is not None else None

    def _words(self, where: str, value: Any) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            self.problems.append(f"{where}: expected a list of non-empty strings, got {value!r}")
            return []
        return [normalize_surface(word) for word in value]

    def _bounds(self) -> dict[str, Bound]:
        cues: dict[str, Bound] = {}
        for name, words in self._section("bounds").items():
            if name not in _BOUND_NAMES:
                self.problems.append(f"units.bounds: unknown bound {name!r} (use {_BOUND_NAMES})")
                continue
            for cue in self._words(f"units.bounds.{name}", words):
                cues[cue] = Bound(name)
        return cues

    def _grammar(self) -> dict[str, tuple[str, ...]]:
        grammar: dict[str, tuple[str, ...]] = {}
        for role, words in self._section("grammar").items():
            if role not in _GRAMMAR_KEYS:
                self.problems.append(f"units.grammar: unknown role {role!r}")
                continue
            grammar[role] = tuple(self._words(f"units.grammar.{role}", words))
        return grammar


@functools.cache
def default_unit_tables() -> UnitTables:
    """The shipped tables: the ``[units]`` table of ``data/default/units.toml``, read once.

    >>> default_unit_tables().units["dlrs"].unit
    'USD'
    """
    source = importlib.resources.files("policymeasures").joinpath("data/default/units.toml")
    return UnitTables.from_dict(tomllib.loads(source.read_text(encoding="utf-8"))["units"])


# ---------------------------------------------------------------------------------------
# Regex building. Patterns run on lower-cased text, so they need no IGNORECASE (which
# would stop the regex engine's first-character optimisations), and word lists are
# compiled as tries so each position costs a few character tests, not one per word.


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _trie(surfaces: Iterable[str], *, lead: bool = False, trail: bool = True) -> str:
    """A regex matching any of ``surfaces``, longest first, as a trie of alternatives.

    With ``lead`` a surface that starts with a letter or digit may not follow one; with
    ``trail`` one that ends with a letter or digit may not be followed by one. A space in
    a surface matches any run of whitespace.

    >>> _trie(["pct", "pct points", "per cent"])
    '(?:p(?:ct(?:\\\\s+points(?!\\\\w)|(?!\\\\w))|er\\\\s+cent(?!\\\\w)))'
    >>> re.fullmatch(_trie(["a", "an"]), "an") is not None
    True
    >>> _trie([])
    '(?!)'
    """
    root: dict[str, Any] = {}
    for surface in set(surfaces):
        node = root
        for char in surface:
            node = node.setdefault(char, {})
        node[""] = {}
    if not root:
        return "(?!)"
    return "(?:" + _trie_node(root, "", lead=lead, trail=trail) + ")"


def _trie_node(node: Mapping[str, Any], previous: str, *, lead: bool, trail: bool) -> str:
    branches = []
    for char in sorted(key for key in node if key):
        piece = r"\s+" if char == " " else re.escape(char)
        if lead and not previous and _is_word_char(char):
            piece = r"(?<!\w)" + piece
        branches.append(piece + _trie_node(node[char], char, lead=lead, trail=trail))
    if "" in node:  # a surface ends here; longer ones were tried first
        branches.append(r"(?!\w)" if trail and _is_word_char(previous) else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _reversed_surfaces(surfaces: Iterable[str]) -> list[str]:
    return [surface[::-1] for surface in surfaces]


def _decimal(value: float) -> Decimal:
    """The decimal a table number was written as (0.01, not 0.01000000000000000020816...)."""
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _key(surface: str) -> str:
    return " ".join(surface.lower().split())


def _lower(text: str) -> str:
    """``text`` lower-cased character for character, so offsets stay valid.

    >>> _lower("TO BREACH 140 YEN")
    'to breach 140 yen'
    >>> len(_lower("İ5 pct")) == len("İ5 pct")
    True
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered  # no character grew, so each maps to exactly one
    return "".join(char if len(low := char.lower()) != 1 else low for char in text)


def _char_before(text: str, position: int) -> str:
    """The last character before ``position`` that is not whitespace, or "".

    Walks back over the whitespace alone, so reading every number of a text costs time
    linear in the text (slicing the text up to each number would be quadratic).
    """
    index = position - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return text[index] if index >= 0 else ""


def _digits_value(digits: str) -> Decimal:
    """The value of a digit token, vulgar fractions included.

    >>> [str(_digits_value(d)) for d in ("1,250.5", "7-1/2", "7 3/4", "1/8")]
    ['1250.5', '7.5', '7.75', '0.125']
    """
    whole, _, fraction = digits.replace(",", "").replace("-", " ").rpartition(" ")
    if "/" not in fraction:
        return Decimal(fraction)
    numerator, _, denominator = fraction.partition("/")
    return Decimal(whole or 0) + Decimal(numerator) / Decimal(denominator)


class _Token(NamedTuple):
    """A number's own characters: digits, number words, a fraction phrase or a fixed phrase."""

    start: int
    end: int
    kind: str
    text: str


class _Unit(NamedTuple):
    """A resolved unit: its name and the factor that turns the raw number into it."""

    name: str
    factor: Decimal


class _Left(NamedTuple):
    """What stands just before a number: opening word, bound cue and currency prefix."""

    opener: str | None
    cue: str | None
    prefix: str | None
    opener_start: int
    cue_start: int


_NO_LEFT_CONTEXT = (None, None, None)


class _Piece(NamedTuple):
    """One number read with its context, before ranges and changes are joined."""

    start: int  # first character, opening word included
    cue_start: int  # first character without the opening word
    end: int
    raw: Decimal
    scale: Decimal | None
    unit: _Unit | None
    prefixed: bool  # the unit came from a currency prefix ("$1-2 bln" shares it forward)
    bound: Bound
    opener: str | None  # "range", "change" or "by"
    year_like: bool


_YEAR_LIKE = re.compile(r"(?:18|19|20)\d\d")
# A new level written bare ("to 20.0") is in the old level's scale only while it is of the
# same order: at most this many times the old figure.
_BARE_LEVEL_RATIO = 1000
# The word right after a figure's unit, read for the bound it may set.
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")


def _bare(piece: _Piece) -> bool:
    """A number with no unit or cue of its own that is not a year ("to 20.0", "to 57 mln")."""
    return piece.unit is None and piece.bound is Bound.EXACT and (
        not piece.year_like)
# A digit not preceded by a digit, a decimal point, a thousands comma or a slash ("88" in
# "1987/88" is not a number); then a fraction such as "1/2", or grouped thousands or a
# plain run with an optional decimal part and an optional fraction ("7-1/2", "7 3/4",
# the way wire copy writes eighths). Starting with \d lets the regex engine skip
# non-digits quickly.
_DENOMINATOR = r"/(?:2|3|4|8|16|32|64)(?![\d/])"
_DIGITS = re.compile(
    r"\d(?:(?<![\d.,/]\d)|(?<=[A-Za-z]\.\d))"  # not inside "1.5"; after "Rs." it starts
    rf"(?:\d?{_DENOMINATOR}"  # "1/2", "15/16"
    rf"|(?:\d{{0,2}}(?:,\d{{3}})+(?!\d|,\d)|\d*)(?:\.\d+)?"  # "1,250.5", "7"
    rf"(?:[- ]\d{{1,2}}{_DENOMINATOR})?)"  # "7-1/2", "7 3/4"
)


class MagnitudeParser:
    """Reads magnitudes from text with one set of tables, compiled once.

    The parser holds no mutable state after ``__init__``, so one instance may serve many
    threads.

    >>> parser = MagnitudeParser(default_unit_tables())
    >>> [(m.value, m.unit, m.high) for m in parser.parse("between 10 and 25 percent")]
    [(10.0, '%', 25.0)]
    """

    __slots__ = (
        "_bounds",
        "_bounds_after",
        "_change_by",
        "_change_from",
        "_change_to",
        "_cue_blockers",
        "_denominators",
        "_fractions",
        "_join",
        "_left",
        "_left_reach",
        "_local_words",
        "_numbers",
        "_phrases",
        "_prefix_ends",
        "_prefixes",
        "_qualifiers",
        "_range_and",
        "_range_open",
        "_range_to",
        "_right",
        "_scales",
        "_suffixes",
        "_units",
        "_words",
    )

    def __init__(self, tables: UnitTables) -> None:
        grammar = tables.grammar
        self._numbers = {k: _decimal(v) for k, v in tables.numbers.items()}
        self._fractions = {k: _decimal(v) for k, v in tables.fractions.items()}
        self._scales = {k: _decimal(v) for k, v in tables.scales.items()}
        self._suffixes = {k: _decimal(v) for k, v in tables.suffixes.items()}
        self._prefixes = {normalize_surface(k): v for k, v in tables.prefixes.items()}
        self._units = dict(tables.units)
        self._denominators = dict(tables.denominators)
        self._qualifiers = dict(tables.qualifiers)
        self._local_words = self._compile_local_words(tables)
        self._phrases = dict(tables.phrases)
        self._bounds = dict(tables.bounds)
        self._range_open = frozenset(grammar.get("range_open", ()))
        self._change_from = frozenset(grammar.get("change_from", ()))
        self._change_by = frozenset(grammar.get("change_by", ()))
        self._range_and = frozenset(grammar.get("range_and", ()))
        self._range_to = frozenset(grammar.get("range_to", ()))
        self._change_to = frozenset(grammar.get("change_to", ()))
        self._cue_blockers = frozenset(grammar.get("cue_blockers", ()))
        self._bounds_after = {
            **{word: Bound.UPPER for word in grammar.get("upper_after", ())},
            **{word: Bound.LOWER for word in grammar.get("lower_after", ())},
        }
        self._prefix_ends = frozenset(prefix[-1] for prefix in self._prefixes)
        self._words = self._compile_words(tables)
        self._right = self._compile_right(tables)
        self._left, self._left_reach = self._compile_left(tables)
        self._join = self._compile_join(tables)

    # -- compiling ---------------------------------------------------------------------

    @staticmethod
    def _compile_local_words(tables: UnitTables) -> list[tuple[re.Pattern[str], LocalCurrency]]:
        """Per shared currency, a pattern finding one of its bare words with no qualifier
        before it ("Rs", "rupees", but not "Indian rupees")."""
        found = []
        for family, local in sorted(tables.local_currencies.items()):
            qualifiers = sorted((q for q, codes in tables.qualifiers.items() if family in codes),
                                key=len, reverse=True)
            unqualified = "".join(rf"(?<!{re.escape(q)}\s)" for q in qualifiers)
            words = sorted(local.words, key=len, reverse=True)
            # a word ending in a stop ("rs.") needs no word boundary after it
            pattern = unqualified + r"\b(?:" + "|".join(
                re.escape(w) + (r"\b" if w[-1].isalnum() else "") for w in words) + ")"
            found.append((re.compile(pattern), local))
        return found

    def in_local_currency(self, magnitude: Magnitude, jurisdiction: str) -> Magnitude:
        """The magnitude in the jurisdiction's own currency when its currency was only a
        shared bare word: "a levy of Rs 25 per kilogram" imposed by Sri Lanka is 25
        ``LKR/kg``, not Indian rupees. A qualified or coded currency is kept."""
        currency, slash, per = magnitude.unit.partition("/")
        low = _lower(magnitude.text)
        for pattern, local in self._local_words:
            code = local.currencies.get(jurisdiction)
            if code is not None and currency != code and pattern.search(low):
                return attrs.evolve(magnitude, unit=code + slash + per)
        return magnitude

    @staticmethod
    def _compile_words(tables: UnitTables) -> re.Pattern[str]:
        """Number words, fractions of scales and fixed phrases."""
        grammar = tables.grammar
        scale_words = [s for s in tables.scales if s.isalpha()]
        number = _trie(tables.numbers)
        scale = _trie(scale_words)
        article = _trie(grammar.get("article", ()))
        of = _trie(grammar.get("of", ()))
        # "and" may only follow a scale word: "one hundred and five", never "ten and twenty".
        after_scale = "|".join(f"(?<={re.escape(s)})" for s in sorted(scale_words)) or "(?!)"
        and_words = _trie(grammar.get("range_and", ()))
        word = f"(?:{number}|{scale})"
        words = (
            rf"(?:{number}|{article}\s+{scale})"
            rf"(?:(?:\s+|-){word}|(?:{after_scale})\s+{and_words}\s+{number})*"
        )
        fraction = rf"(?:{article}\s+)?{_trie(tables.fractions)}\s+(?:{of}\s+)?{article}\s+{scale}"
        return re.compile(
            # a phrase first: "zero tariffs" is one, not the number "zero"
            rf"(?<![\w-])(?:(?P<phrase>{_trie(tables.phrases)})(?![\w-])"
            rf"|(?P<fraction>{fraction})|(?P<words>{words}))"
        )

    @staticmethod
    def _compile_right(tables: UnitTables) -> re.Pattern[str]:
        """Scale, unit, rate denominator and a peek at "of", all optional, after a number."""
        grammar = tables.grammar
        sep = r"\s*(?:-\s*)?"
        # A count of units ("per 100 kilos"): a dozen digits at most, never an endless run.
        count = r"\d{1,3}(?:,\d{3}){1,4}|\d{1,12}"
        denominator = _trie(tables.denominators)
        return re.compile(
            rf"(?:(?P<suffix>{_trie(tables.suffixes)})"
            rf"|{sep}(?P<scale>{_trie(tables.scales)}))?"
            rf"(?:{sep}(?:(?P<qualifier>{_trie(tables.qualifiers)})\s*)?"
            rf"(?P<unit>{_trie(tables.units)}))?"
            rf"(?:\s*{_trie(grammar.get('per', ()))}\s*"
            rf"(?:(?P<denominator>{denominator})|(?P<count>{count})\s*(?P<counted>{denominator})))?"
            # Looked at, not consumed: "pounds of sugar" is weight but the span ends at "pounds".
            rf"(?=\s+(?P<of>{_trie(grammar.get('of', ()))}))?"
        )

    @staticmethod
    def _compile_left(tables: UnitTables) -> tuple[re.Pattern[str], int]:
        """Prefix, cue and opening word before a number, matched on the reversed text.

        Reading backwards from the number makes this one anchored match instead of a
        search over a window.
        """
        grammar = tables.grammar
        openers = [
            *grammar.get("range_open", ()),
            *grammar.get("change_from", ()),
            *grammar.get("change_by", ()),
        ]
        prefixes = [normalize_surface(p) for p in tables.prefixes]
        # Reversed, a surface's leading word edge becomes a trailing one.
        pattern = re.compile(
            rf"(?:\s*(?P<prefix>{_trie(_reversed_surfaces(prefixes))}))?"
            rf"(?:\s+(?P<cue>{_trie(_reversed_surfaces(tables.bounds))}))?"
            rf"(?:\s+(?P<opener>{_trie(_reversed_surfaces(openers))}))?"
        )
        reach = sum(
            max((len(s) for s in group), default=0) for group in (openers, tables.bounds, prefixes)
        )
        return pattern, reach + _LEFT_SLACK

    @staticmethod
    def _compile_join(tables: UnitTables) -> re.Pattern[str]:
        grammar = tables.grammar
        joiners = {*grammar.get("range_and", ()), *grammar.get("range_to", ())}
        joiners |= set(grammar.get("change_to", ()))
        return re.compile(rf"\s*(?P<joiner>{_trie(joiners)})\s*")

    # -- reading -----------------------------------------------------------------------

    def parse(self, text: str) -> list[Magnitude]:
        """Every magnitude in ``text``, in order and without overlaps.

        >>> [m.text for m in MagnitudeParser(default_unit_tables()).parse(
        ...     "quotas of 12 mln tonnes and a $1-2 billion fund")]
        ['12 mln tonnes', '$1-2 billion']
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        low = _lower(text)
        tokens = self._tokens(low)
        found: list[Magnitude] = []
        position = 0
        for index, token in enumerate(tokens):
            if token.start < position:
                continue
            if token.kind == "phrase":
                phrase = self._phrases[_key(token.text)]
                found.append(
                    Magnitude(
                        phrase.value, phrase.unit, Bound.EXACT, None,
                        text[token.start : token.end], token.start, token.end,
                    )
                )  # fmt: skip
                position = token.end
                continue
            first = self._piece(low, token, floor=position, has_next=index + 1 < len(tokens))
            if first is None:
                continue
            joined = self._join_next(text, low, first, tokens, index + 1)
            if joined is not None:
                found.append(joined)
                position = joined.end
            elif first.unit is not None:
                single = self._single(text, first)
                if single is not None:
                    found.append(single)
                position = first.end
        return found

    def _tokens(self, low: str) -> list[_Token]:
        digits = [_Token(m.start(), m.end(), "digits", m.group()) for m in _DIGITS.finditer(low)]
        words = [
            _Token(m.start(), m.end(), m.lastgroup or "words", m.group())
            for m in self._words.finditer(low)
        ]
        if not words:
            return digits
        return sorted(digits + words)

    def _piece(
        self, low: str, token: _Token, *, floor: int, has_next: bool | None
    ) -> _Piece | None:
        """The number at ``token`` with its scale, unit and left context; None if not one.

        ``has_next`` is None for the second number of a range, which may lack a unit.
        """
        right = self._right.match(low, token.end)
        assert right is not None  # every group of the right-hand pattern is optional
        after = right.end()
        if after < len(low) and _is_word_char(low[after]) and _is_word_char(low[after - 1]):
            return None  # digits glued to letters: "1st", "747s", "3d"
        if (
            has_next is not None
            and right.group("unit") is None
            and not self._may_have_unit(low, token, right, has_next)
        ):
            return None  # the cheap way out for years, dates and plain counts
        left = self._left_context(low, token.start, floor)
        if left is None:
            return None
        value = self._value(token)
        if value is None:
            return None
        raw, inner_scale = value
        scale = self._scale_of(right)
        if inner_scale is not None:
            scale = inner_scale if scale is None else inner_scale * scale
        unit, end = self._unit_of(right, left.prefix, token.end)
        return _Piece(
            start=left.opener_start,
            cue_start=left.cue_start,
            end=end,
            raw=raw,
            scale=scale,
            unit=unit,
            prefixed=left.prefix is not None,
            bound=self._bounds[_key(left.cue)] if left.cue else self._bound_after(low, end),
            opener=left.opener,
            year_like=token.kind == "digits" and _YEAR_LIKE.fullmatch(token.text) is not None,
        )

    def _bound_after(self, low: str, end: int) -> Bound:
        """The bound a noun right after the figure sets: "a 15% ceiling on tariffs" is at
        most 15%, "a 10% floor" at least 10%."""
        word = _WORD_AFTER.match(low, end)
        return self._bounds_after.get(word.group(1), Bound.EXACT) if word else Bound.EXACT

    def _may_have_unit(self, low: str, token: _Token, right: re.Match[str], has_next: bool) -> bool:
        """Whether a number with no unit word could still get one from a prefix or a range."""
        before = _char_before(low, token.start)
        if before and before in self._prefix_ends:
            return True
        return has_next and self._join.match(low, self._scale_end(right, token.end)) is not None

    def _value(self, token: _Token) -> tuple[Decimal, Decimal | None] | None:
        """The token's number and, for words ending in a scale ("three billion"), that scale.

        Keeping the scale apart lets a range share it: "between two and three billion".
        """
        if token.kind == "digits":
            if len(token.text) > MAX_NUMBER_LENGTH:
                return None
            return _digits_value(token.text), None
        words = _key(token.text).replace("-", " ").split(" ")
        if token.kind == "fraction":
            share = next(self._fractions[w] for w in words if w in self._fractions)
            return share, self._scales[words[-1]]
        value = self._words_value(words)
        if value is None:
            return None
        scale = self._scales.get(words[-1])
        if scale is None or scale < _GROUP_SCALE:
            return value, None
        return value / scale, scale

    def _words_value(self, words: list[str]) -> Decimal | None:
        total = Decimal(0)
        current = Decimal(0)
        seen_number = False
        for word in words:
            if word in self._numbers:
                current += self._numbers[word]
                seen_number = True
            elif word in self._scales:
                scale = self._scales[word]
                if scale < _GROUP_SCALE:
                    current = (current or Decimal(1)) * scale
                else:
                    total += (current or Decimal(1)) * scale
                    current = Decimal(0)
                seen_number = True
            if total + current > _MAX_DECIMAL:
                return None  # "one hundred hundred hundred ...": no real figure
        return total + current if seen_number else None

    def _scale_of(self, right: re.Match[str]) -> Decimal | None:
        suffix = right.group("suffix")
        if suffix:
            return self._suffixes[_key(suffix)]
        scale = right.group("scale")
        return self._scales[_key(scale)] if scale else None

    @staticmethod
    def _scale_end(right: re.Match[str], token_end: int) -> int:
        if right.group("suffix"):
            return right.end("suffix")
        return right.end("scale") if right.group("scale") else token_end

    def _unit_of(
        self, right: re.Match[str], prefix: str | None, token_end: int
    ) -> tuple[_Unit | None, int]:
        """The unit the words after the number (or a currency prefix) give, and its end.

        A currency prefix wins over a unit word ("US$5 mln dlrs" is USD); a rate's
        denominator needs a unit to divide ("$2 a bushel", "84.9 cts a bushel").
        """
        surface = right.group("unit")
        name = prefix
        factor = Decimal(1)
        end = right.end("unit") if surface is not None else self._scale_end(right, token_end)
        if surface is not None:
            spec = self._units[_key(surface)]
            if prefix is None:
                name = spec.of_unit if right.group("of") and spec.of_unit else spec.unit
                factor = _decimal(spec.factor)
            qualifier = right.group("qualifier")
            if prefix is None and qualifier is not None and spec.family is not None:
                name = self._qualifiers[_key(qualifier)].get(spec.family, name)
        if name is None:
            return None, end
        denominator = right.group("denominator") or right.group("counted")
        count = right.group("count")
        if denominator is None or (count is not None and Decimal(count.replace(",", "")) == 0):
            return _Unit(name, factor), end
        per = self._denominators[_key(denominator)]
        size = _decimal(per.factor) * (Decimal(count.replace(",", "")) if count else 1)
        end = right.end("denominator") if right.group("denominator") else right.end("counted")
        return _Unit(f"{name}/{per.unit}", factor / size), end

    def _left_context(self, low: str, start: int, floor: int) -> _Left | None:
        """Opening word, cue and prefix just before ``start``; None if glued to a word."""
        window = max(floor, start - self._left_reach)
        reversed_window = low[window:start][::-1]
        match = self._left.match(reversed_window)
        assert match is not None  # every group is optional
        glued = start > 0 and _is_word_char(low[start - 1])
        prefix = match.group("prefix")
        if glued and prefix is None:
            return None  # "F16", "A320", "covid19": letters glued to the digits
        if match.end() == 0:
            return _Left(None, None, None, start, start)
        cue = match.group("cue")
        opener_word = match.group("opener")
        if cue and not opener_word and self._cue_blocked(low, start - match.end("cue")):
            # "edged up to 6.14 pct" is a move, not a ceiling: keep the number, drop the cue.
            return self._left_context(low, start, start - match.start("cue"))
        # Offsets in the reversed window count back from the number.
        cue_start = start - (match.end("cue") if cue else match.end("prefix") if prefix else 0)
        opener_start = start - match.end("opener") if opener_word else cue_start
        return _Left(
            opener=self._opener_kind(opener_word[::-1]) if opener_word else None,
            cue=cue[::-1] if cue else None,
            prefix=self._prefixes[_key(prefix[::-1])] if prefix else None,
            opener_start=opener_start,
            cue_start=cue_start,
        )

    def _cue_blocked(self, low: str, cue_start: int) -> bool:
        """Whether the word before a cue turns it into a plain verb phrase ("edged up to")."""
        if not self._cue_blockers:
            return False
        before = low[max(0, cue_start - 24) : cue_start].split()
        return bool(before) and before[-1] in self._cue_blockers

    def _opener_kind(self, word: str) -> str:
        word = _key(word)
        if word in self._range_open:
            return "range"
        if word in self._change_from:
            return "change"
        return "by"

    # -- joining -----------------------------------------------------------------------

    def _join_next(
        self, text: str, low: str, first: _Piece, tokens: list[_Token], index: int
    ) -> Magnitude | None:
        """A range or change made of ``first`` and the next number, if they join."""
        if index >= len(tokens) or tokens[index].kind == "phrase":
            return None
        join = self._join.match(low, first.end)
        if join is None:
            return None
        kind = self._join_kind(first.opener, _key(join.group("joiner")))
        if kind is None:
            return None
        second = self._piece(low, tokens[index], floor=join.end(), has_next=None)
        if second is None or second.cue_start != join.end():
            return None
        unit = self._shared_unit(first, second)
        second_scale = second.scale
        if unit is None and kind == "change" and _bare(second) and first.unit is not None:
            # "cut from 25.0 mln dlrs to 20.0", "from 78 mln dlrs to 57 mln": the new
            # level says its figure only, in the unit (and scale) of the old one
            unit = first.unit
            if second_scale is None and second.raw <= first.raw * _BARE_LEVEL_RATIO:
                second_scale = first.scale  # not "from 1.2 mln tonnes to 900,000"
        if unit is None or (first.unit is None and first.year_like):
            return None
        first_scale = first.scale
        if first_scale is None and second.scale is not None and first.raw <= second.raw:
            first_scale = second.scale  # "$1-2 billion", "10 to 15 mln tonnes"
        low_value = self._amount(first.raw, first_scale, first.unit or unit)
        high_value = self._amount(second.raw, second_scale, second.unit or unit)
        if low_value is None or high_value is None:
            return None
        end = second.end
        if kind == "range":
            start = first.start if first.opener == "range" else first.cue_start
            return Magnitude(
                low_value, unit.name, Bound.RANGE, high_value, text[start:end], start, end
            )
        start = first.start if kind == "change" else first.cue_start
        previous = low_value if kind == "change" else None
        return Magnitude(
            high_value, unit.name, second.bound, None, text[start:end], start, end, previous
        )

    def _join_kind(self, opener: str | None, joiner: str) -> str | None:
        if opener == "change" and joiner in self._change_to:
            return "change"
        if opener == "by" and joiner in self._change_to:
            return "by"
        if joiner in self._range_and:
            return "range" if opener == "range" else None
        if joiner in self._range_to:
            return "range"
        return None

    @staticmethod
    def _shared_unit(first: _Piece, second: _Piece) -> _Unit | None:
        if first.unit is None:
            return second.unit
        if second.unit is None:
            return first.unit if first.prefixed else None
        return first.unit if first.unit.name == second.unit.name else None

    @staticmethod
    def _amount(raw: Decimal, scale: Decimal | None, unit: _Unit) -> float | None:
        """The value in its unit, or None above ``MAX_VALUE`` (no real figure is that large)."""
        value = float(raw * (scale if scale is not None else 1) * unit.factor)
        return value if math.isfinite(value) and value <= MAX_VALUE else None

    def _single(self, text: str, piece: _Piece) -> Magnitude | None:
        assert piece.unit is not None
        value = self._amount(piece.raw, piece.scale, piece.unit)
        if value is None:
            return None
        start, end = piece.cue_start, piece.end
        return Magnitude(value, piece.unit.name, piece.bound, None, text[start:end], start, end)


@functools.cache
def _default_parser() -> MagnitudeParser:
    return MagnitudeParser(default_unit_tables())


def parse_magnitudes(text: str) -> list[Magnitude]:
    """Every magnitude in ``text`` read with the default tables.

    >>> [(m.value, m.unit) for m in parse_magnitudes("exports of 1,000 yen per tonne")]
    [(1000.0, 'JPY/t')]
    >>> [(m.value, m.unit, m.text) for m in parse_magnitudes("a $1.2bn deal for 200k bales")]
    [(1200000000.0, 'USD', '$1.2bn'), (200000.0, 'bale', '200k bales')]
    """
    return _default_parser().parse(text)
