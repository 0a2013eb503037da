"""Numbers with units: percentages, money, quantities and specific rates (GUIDELINES §5).

The lexicon (units, currencies, scale words, number words, bound cues) is data in
``data/units.toml``; this module is the engine that reads it. A :class:`MagnitudeParser`
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

"pounds" is money (``GBP``) unless "of" follows it ("5 mln pounds of sugar" -> ``lb``);
"per pound" and "a lb" are always weight.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import sys
import types
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, NamedTuple

import attrs

from policymeasures.errors import RuleError
from policymeasures.records import Bound, Magnitude

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 uses the backport named in pyproject.toml
    import tomli as tomllib

__all__ = [
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
)
_SPEC_KEYS = frozenset({"unit", "factor", "family", "of_unit"})
# Scales below this multiply the words before them instead of closing a group:
# "two hundred thousand" is (2 * 100) * 1000.
_GROUP_SCALE = Decimal(1000)
# How far before a number a cue, an opening word and a prefix may reach, beyond the
# longest surfaces themselves (for the spaces between them).
_LEFT_SLACK = 12


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


@attrs.frozen
class UnitTables:
    """The parser's lexicon, with the same schema as ``data/units.toml``.

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
        units.scales.lakh: expected a positive number, got 'many'
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
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            self.problems.append(f"{where}: expected a positive number, got {value!r}")
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
        if self._number(f"{where}.factor", factor) is None or factor == 0:
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
    """The shipped tables from ``data/units.toml``, read once.

    >>> default_unit_tables().units["dlrs"].unit
    'USD'
    """
    source = importlib.resources.files("policymeasures").joinpath("data/units.toml")
    return UnitTables.from_dict(tomllib.loads(source.read_text(encoding="utf-8")))


# ---------------------------------------------------------------------------------------
# Regex building


def _surface_pattern(surface: str, *, lead: bool, trail: bool) -> str:
    """A regex for one normalised surface; word edges are guarded where asked.

    >>> _surface_pattern("u.s. cts", lead=True, trail=True)
    '(?<!\\\\w)u\\\\.s\\\\.\\\\s+cts(?!\\\\w)'
    """
    body = r"\s+".join(re.escape(word) for word in surface.split(" "))
    if lead and (surface[0].isalnum() or surface[0] == "_"):
        body = r"(?<!\w)" + body
    if trail and (surface[-1].isalnum() or surface[-1] == "_"):
        body += r"(?!\w)"
    return body


def _alternation(surfaces: Iterable[str], *, lead: bool = False, trail: bool = True) -> str:
    """Longest surfaces first, so "pct points" wins over "pct"; never matches if empty."""
    ordered = sorted(set(surfaces), key=lambda s: (-len(s), s))
    if not ordered:
        return "(?!)"
    return "(?:" + "|".join(_surface_pattern(s, lead=lead, trail=trail) for s in ordered) + ")"


def _decimal(value: float) -> Decimal:
    """The decimal a table number was written as (0.01, not 0.01000000000000000020816...)."""
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _key(surface: str) -> str:
    return " ".join(surface.lower().split())


class _Unit(NamedTuple):
    """A resolved unit: its name and the factor that turns the raw number into it."""

    name: str
    factor: Decimal


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


class MagnitudeParser:
    """Reads magnitudes from text with one set of tables, compiled once.

    The parser holds no mutable state after ``__init__``, so one instance may serve many
    threads.

    >>> parser = MagnitudeParser(default_unit_tables())
    >>> [(m.value, m.unit, m.high) for m in parser.parse("between 10 and 25 percent")]
    [(10.0, '%', 25.0)]
    """

    __slots__ = (
        "_articles",
        "_bounds",
        "_change_by",
        "_change_from",
        "_change_to",
        "_denominators",
        "_fractions",
        "_join",
        "_left",
        "_left_reach",
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
        "_token",
        "_units",
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
        self._phrases = dict(tables.phrases)
        self._bounds = dict(tables.bounds)
        self._articles = frozenset(grammar.get("article", ()))
        self._range_open = frozenset(grammar.get("range_open", ()))
        self._change_from = frozenset(grammar.get("change_from", ()))
        self._change_by = frozenset(grammar.get("change_by", ()))
        self._range_and = frozenset(grammar.get("range_and", ()))
        self._range_to = frozenset(grammar.get("range_to", ()))
        self._change_to = frozenset(grammar.get("change_to", ()))
        self._prefix_ends = frozenset(p[-1] for p in self._prefixes)
        self._token = self._compile_token(tables)
        self._right = self._compile_right(tables)
        self._left, self._left_reach = self._compile_left(tables)
        self._join = self._compile_join(tables)

    # -- compiling ---------------------------------------------------------------------

    @staticmethod
    def _compile_token(tables: UnitTables) -> re.Pattern[str]:
        grammar = tables.grammar
        number = _alternation(tables.numbers, lead=True)
        scale = _alternation((s for s in tables.scales if s.isalpha()), lead=True)
        article = _alternation(grammar.get("article", ()), lead=True)
        of = _alternation(grammar.get("of", ()), lead=True)
        # "and" may only follow a scale word: "one hundred and five", never "ten and twenty".
        after_scale = (
            "|".join(f"(?<={re.escape(s)})" for s in sorted(tables.scales) if s.isalpha()) or "(?!)"
        )
        and_words = _alternation(grammar.get("range_and", ()), lead=True)
        word = f"(?:{number}|{scale})"
        words = (
            rf"(?:{number}|{article}\s+{scale})"
            rf"(?:(?:\s+|-){word}|(?:{after_scale})\s+{and_words}\s+{number})*"
        )
        fraction = (
            rf"(?:{article}\s+)?{_alternation(tables.fractions, lead=True)}"
            rf"\s+(?:{of}\s+)?{article}\s+{scale}"
        )
        digits = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.\d+)?"
        phrase = _alternation(tables.phrases, lead=True)
        return re.compile(
            rf"(?P<digits>{digits})|(?<![\w-])(?:(?P<fraction>{fraction})|(?P<words>{words}))"
            rf"|(?P<phrase>{phrase})",
            re.IGNORECASE,
        )

    @staticmethod
    def _compile_right(tables: UnitTables) -> re.Pattern[str]:
        grammar = tables.grammar
        sep = r"\s*(?:-\s*)?"
        count = r"\d{1,3}(?:,\d{3})+|\d+"
        denominator = _alternation(tables.denominators)
        of = _alternation(grammar.get("of", ()))
        return re.compile(
            rf"(?:(?P<suffix>{_alternation(tables.suffixes)})"
            rf"|{sep}(?P<scale>{_alternation(tables.scales)}))?"
            rf"(?:{sep}(?:(?P<qualifier>{_alternation(tables.qualifiers)})\s*)?"
            rf"(?P<unit>{_alternation(tables.units)}))?"
            rf"(?:\s*{_alternation(grammar.get('per', ()))}\s*"
            rf"(?:(?P<denominator>{denominator})|(?P<count>{count})\s*(?P<counted>{denominator})))?"
            # Looked at, not consumed: "pounds of sugar" is weight but the span ends at "pounds".
            rf"(?=\s+(?P<of>{of}))?",
            re.IGNORECASE,
        )

    @staticmethod
    def _compile_left(tables: UnitTables) -> tuple[re.Pattern[str], int]:
        grammar = tables.grammar
        openers = [
            *grammar.get("range_open", ()),
            *grammar.get("change_from", ()),
            *grammar.get("change_by", ()),
        ]
        prefixes = [normalize_surface(p) for p in tables.prefixes]
        pattern = re.compile(
            rf"(?:(?P<opener>{_alternation(openers, lead=True)})\s+)?"
            rf"(?:(?P<cue>{_alternation(tables.bounds, lead=True)})\s+)?"
            rf"(?:(?P<prefix>{_alternation(prefixes, lead=True, trail=False)})\s*)?\Z",
            re.IGNORECASE,
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
        return re.compile(rf"\s*(?P<joiner>{_alternation(joiners)})\s*", re.IGNORECASE)

    # -- reading -----------------------------------------------------------------------

    def parse(self, text: str) -> list[Magnitude]:
        """Every magnitude in ``text``, in order and without overlaps.

        >>> [m.text for m in MagnitudeParser(default_unit_tables()).parse(
        ...     "quotas of 12 mln tonnes and a $1-2 billion fund")]
        ['12 mln tonnes', '$1-2 billion']
        """
        found: list[Magnitude] = []
        tokens = list(self._token.finditer(text))
        position = 0
        index = 0
        while index < len(tokens):
            token = tokens[index]
            index += 1
            if token.start() < position:
                continue
            if token.lastgroup == "phrase":
                found.append(self._phrase(token))
                position = token.end()
                continue
            first = self._piece(text, token, floor=position)
            if first is None:
                continue
            joined = self._join_next(text, first, tokens, index)
            if joined is not None:
                found.append(joined)
                position = joined.end
            elif first.unit is not None:
                found.append(self._single(text, first))
                position = first.end
        return found

    def _phrase(self, token: re.Match[str]) -> Magnitude:
        phrase = self._phrases[_key(token.group())]
        return Magnitude(
            phrase.value, phrase.unit, Bound.EXACT, None, token.group(), token.start(), token.end()
        )

    def _piece(self, text: str, token: re.Match[str], *, floor: int) -> _Piece | None:
        """The number at ``token`` with its scale, unit and left context; None if not one."""
        raw = self._value(token)
        if raw is None:
            return None
        right = self._right.match(text, token.end())
        assert right is not None  # every group of the right-hand pattern is optional
        if right.end() < len(text) and text[right.end() - 1 : right.end() + 1].isalnum():
            return None  # digits glued to letters: "1st", "747s", "3D"
        left = self._left_context(text, token.start(), floor)
        if left is None:
            return None
        opener, cue, prefix, opener_start, cue_start = left
        unit, end = self._unit_of(right, prefix, token.end())
        digits = token.group("digits")
        return _Piece(
            start=opener_start,
            cue_start=cue_start,
            end=end,
            raw=raw,
            scale=self._scale_of(right),
            unit=unit,
            prefixed=prefix is not None,
            bound=self._bounds[_key(cue)] if cue else Bound.EXACT,
            opener=opener,
            year_like=digits is not None and _YEAR_LIKE.fullmatch(digits) is not None,
        )

    def _value(self, token: re.Match[str]) -> Decimal | None:
        """The token's number; words like "twelve million" carry their scale inside."""
        digits = token.group("digits")
        if digits is not None:
            return Decimal(digits.replace(",", ""))
        fraction = token.group("fraction")
        if fraction is not None:
            words = _key(fraction).split(" ")
            share = next(self._fractions[w] for w in words if w in self._fractions)
            return share * self._scales[words[-1]]
        return self._words_value(_key(token.group("words")).replace("-", " ").split(" "))

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
        if denominator is None or (count is not None and int(count.replace(",", "")) == 0):
            return _Unit(name, factor), end
        per = self._denominators[_key(denominator)]
        size = _decimal(per.factor) * (Decimal(count.replace(",", "")) if count else 1)
        end = right.end("denominator") if right.group("denominator") else right.end("counted")
        return _Unit(f"{name}/{per.unit}", factor / size), end

    def _left_context(
        self, text: str, start: int, floor: int
    ) -> tuple[str | None, str | None, str | None, int, int] | None:
        """Opening word, cue and prefix just before ``start``; None if glued to a word."""
        window = max(floor, start - self._left_reach)
        before = text[start - 1] if start > 0 else " "
        if before.isspace() or before.lower() in self._prefix_ends or before.isalnum():
            match = self._left.search(text, window, start)
        else:
            match = None
        if match is None or match.start() == start:
            if before.isalnum():
                return None  # "F16", "A320": letters glued to digits with no currency
            return None, None, None, start, start
        prefix = match.group("prefix")
        if before.isalnum() and prefix is None:
            return None
        opener_word = match.group("opener")
        opener = self._opener_kind(_key(opener_word)) if opener_word else None
        cue_start = match.start("cue") if match.group("cue") else match.start("prefix")
        if prefix is None and match.group("cue") is None:
            cue_start = start
        opener_start = cue_start if opener is None else match.start("opener")
        unit = self._prefixes[_key(prefix)] if prefix else None
        return opener, match.group("cue"), unit, opener_start, cue_start

    def _opener_kind(self, word: str) -> str:
        if word in self._range_open:
            return "range"
        if word in self._change_from:
            return "change"
        return "by"

    # -- joining -----------------------------------------------------------------------

    def _join_next(
        self, text: str, first: _Piece, tokens: list[re.Match[str]], index: int
    ) -> Magnitude | None:
        """A range or change made of ``first`` and the next number, if they join."""
        if index >= len(tokens) or tokens[index].lastgroup == "phrase":
            return None
        join = self._join.match(text, first.end)
        if join is None:
            return None
        joiner = _key(join.group("joiner"))
        kind = self._join_kind(first.opener, joiner)
        if kind is None:
            return None
        second = self._piece(text, tokens[index], floor=join.end())
        if second is None or second.cue_start != join.end():
            return None
        unit = self._shared_unit(first, second)
        if unit is None or (first.unit is None and first.year_like):
            return None
        first_scale = first.scale
        if first_scale is None and second.scale is not None and first.raw <= second.raw:
            first_scale = second.scale  # "$1-2 billion", "10 to 15 mln tonnes"
        low = self._amount(first.raw, first_scale, first.unit or unit)
        high = self._amount(second.raw, second.scale, second.unit or unit)
        name = unit.name
        if kind == "range":
            start = first.start if first.opener == "range" else first.cue_start
            return Magnitude(
                low, name, Bound.RANGE, high, text[start : second.end], start, second.end
            )
        start = first.start if kind == "change" else first.cue_start
        previous = low if kind == "change" else None
        return Magnitude(
            high, name, second.bound, None, text[start : second.end], start, second.end, previous
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
    def _amount(raw: Decimal, scale: Decimal | None, unit: _Unit) -> float:
        value = raw * (scale if scale is not None else 1) * unit.factor
        return float(value)

    def _single(self, text: str, piece: _Piece) -> Magnitude:
        assert piece.unit is not None
        value = self._amount(piece.raw, piece.scale, piece.unit)
        start = piece.cue_start
        return Magnitude(
            value, piece.unit.name, piece.bound, None, text[start : piece.end], start, piece.end
        )


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
