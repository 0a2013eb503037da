"""Tests for the magnitude parser: the golden case table, the tables, and properties."""

from __future__ import annotations

import math
import time
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from magnitude_cases import CASES, KNOWN_MISSES, Case
from policymeasures.errors import RuleError
from policymeasures.magnitudes import (
    MagnitudeParser,
    UnitSpec,
    UnitTables,
    default_unit_tables,
    parse_magnitudes,
)
from policymeasures.records import Bound, Magnitude

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _close(got: float | None, want: float | None) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)


def _check_case(case: Case) -> None:
    found = parse_magnitudes(case.phrase)
    for magnitude in found:
        assert case.phrase[magnitude.start : magnitude.end] == magnitude.text
    summary = [(m.value, m.unit, str(m.bound), m.high, m.previous, m.text) for m in found]
    assert len(found) == len(case.expected), summary
    for magnitude, want in zip(found, case.expected, strict=True):
        assert _close(magnitude.value, want.value), summary
        assert magnitude.unit == want.unit, summary
        assert magnitude.bound == Bound(want.bound), summary
        assert _close(magnitude.high, want.high), summary
        assert _close(magnitude.previous, want.previous), summary
        if want.text is not None:
            assert magnitude.text == want.text, summary


# -- the case table ------------------------------------------------------------------------


def test_case_table_is_large_and_unique() -> None:
    """The golden table holds at least 150 distinct phrases, negatives included."""
    phrases = [case.phrase for case in CASES]
    assert len(phrases) >= 150
    assert len(set(phrases)) == len(phrases)
    assert sum(1 for case in CASES if not case.expected) >= 20


@pytest.mark.parametrize("case", CASES, ids=[case.phrase or "<empty>" for case in CASES])
def test_golden_case(case: Case) -> None:
    """Each golden phrase yields exactly its expected magnitudes, with slicing offsets."""
    _check_case(case)


@pytest.mark.parametrize(
    "case",
    [pytest.param(case, marks=pytest.mark.xfail(strict=True)) for case in KNOWN_MISSES],
    ids=[case.phrase for case in KNOWN_MISSES],
)
def test_known_miss(case: Case) -> None:
    """Known misses stay visible: each fails today, and a fix makes the xfail loud."""
    _check_case(case)


def test_worked_example_from_guidelines() -> None:
    """The GUIDELINES §7 sentence gives one 130 % upper-bound rate and nothing else."""
    sentence = (
        "Washington threatened tariffs of up to 130 % on Chinese goods, and Beijing "
        "responded by significantly limiting exports of rare-earth elements."
    )
    assert parse_magnitudes(sentence) == [
        Magnitude(130.0, "%", Bound.UPPER, None, "up to 130 %", 33, 44)
    ]


def test_values_are_plain_floats() -> None:
    """Values, highs and previous levels are floats even when the text has integers."""
    (magnitude,) = parse_magnitudes("from 10 to 25 pct")
    assert type(magnitude.value) is float
    assert type(magnitude.previous) is float
    (ranged,) = parse_magnitudes("10-25 pct")
    assert type(ranged.high) is float


def test_decimal_arithmetic_keeps_written_digits() -> None:
    """Cents and per-100-kilo conversions give the written decimal, not float noise."""
    assert parse_magnitudes("84.9 cts")[0].value == 0.849
    assert parse_magnitudes("43.147 ECUs per 100 kilos")[0].value == 431.47


# -- tables --------------------------------------------------------------------------------


def test_default_tables_load_once() -> None:
    """The shipped tables are read once and shared."""
    assert default_unit_tables() is default_unit_tables()


def test_tables_round_trip_through_dict() -> None:
    """to_dict then from_dict rebuilds equal tables."""
    tables = default_unit_tables()
    assert UnitTables.from_dict(tables.to_dict()) == tables


def test_tables_report_every_problem_at_once() -> None:
    """An invalid units document raises one RuleError listing each problem with its place."""
    with pytest.raises(RuleError) as caught:
        UnitTables.from_dict(
            {
                "version": 2,
                "widgets": {},
                "scales": {"lakh": -1},
                "units": {"quintals": {"unit": "t", "factor": 0}, "gizmos": {"unitt": "g"}},
                "bounds": {"sideways": ["about"], "upper": "up to"},
                "grammar": {"per": ["per"], "whence": ["from"]},
            }
        )
    problems = caught.value.problems
    assert "units: unknown section 'widgets'" in problems
    assert "units.version: expected 1, got 2" in problems
    assert any(p.startswith("units.scales.lakh:") for p in problems)
    assert any(p.startswith("units.units.quintals") for p in problems)
    assert any(p.startswith("units.units.gizmos") for p in problems)
    assert any("unknown bound 'sideways'" in p for p in problems)
    assert any(p.startswith("units.bounds.upper:") for p in problems)
    assert any("unknown role 'whence'" in p for p in problems)


def test_tables_normalise_surfaces() -> None:
    """Keys are lower-cased with whitespace collapsed, so lookups match the text."""
    tables = UnitTables.from_dict({"units": {"Metric   Tonnes": "t"}})
    assert set(tables.units) == {"metric tonnes"}
    assert tables.units["metric tonnes"] == UnitSpec("t")


def test_merged_adds_and_replaces() -> None:
    """Merged tables keep the defaults, add the user's words and let the user's win."""
    user = UnitTables.from_dict(
        {
            "units": {"quintals": {"unit": "t", "factor": 0.1}, "marks": "EUR"},
            "bounds": {"approx": ["give or take"]},
            "grammar": {"per": ["for each"]},
        }
    )
    parser = MagnitudeParser(default_unit_tables().merged(user))
    assert [(m.value, m.unit) for m in parser.parse("40 quintals")] == [(4.0, "t")]
    assert parser.parse("5 marks")[0].unit == "EUR"
    assert parser.parse("give or take 5 pct")[0].bound == Bound.APPROX
    assert parser.parse("2 dlrs for each bushel")[0].unit == "USD/bu"
    assert parser.parse("12 mln tonnes")[0].value == 12e6


def test_engine_runs_on_tiny_tables() -> None:
    """The engine knows nothing but its tables: a three-word lexicon reads its own units."""
    tables = UnitTables.from_dict(
        {
            "units": {"widgets": "widget", "crowns": "SEK"},
            "scales": {"gross": 144},
            "bounds": {"lower": ["beyond"]},
            "grammar": {"range_to": ["through"]},
        }
    )
    parser = MagnitudeParser(tables)
    assert [(m.value, m.unit, m.bound) for m in parser.parse("beyond 2 gross widgets")] == [
        (288.0, "widget", Bound.LOWER)
    ]
    (ranged,) = parser.parse("3 through 5 crowns")
    assert (ranged.value, ranged.high, ranged.unit) == (3.0, 5.0, "SEK")
    assert parser.parse("5 pct and $3") == []


def test_empty_tables_find_nothing() -> None:
    """A parser built on empty tables compiles and finds no magnitudes."""
    assert MagnitudeParser(UnitTables()).parse("5 pct of $3 mln, about ten tonnes") == []


_QUANTITY_UNITS = {"%", "pp", "t", "bu", "bbl", "kg", "lb", "oz", "bale", "bag", "head", "car"}
_QUANTITY_UNITS |= {"unit", "cwt"}


def test_shipped_units_are_iso_codes_or_known_quantities() -> None:
    """Every unit in units.toml is a three-letter currency code or a documented quantity."""
    tables = default_unit_tables()
    units = {spec.unit for spec in tables.units.values()}
    units |= {spec.of_unit for spec in tables.units.values() if spec.of_unit}
    units |= {spec.unit for spec in tables.denominators.values()}
    units |= set(tables.prefixes.values())
    units |= {code for codes in tables.qualifiers.values() for code in codes.values()}
    odd = {u for u in units if u not in _QUANTITY_UNITS and not (len(u) == 3 and u.isupper())}
    assert odd == set()


def test_shipped_qualifiers_name_known_families() -> None:
    """Each qualifier's currency family is a family some unit word belongs to."""
    tables = default_unit_tables()
    families = {spec.family for spec in tables.units.values() if spec.family}
    used = {family for codes in tables.qualifiers.values() for family in codes}
    assert used <= families


# -- properties ----------------------------------------------------------------------------

_TEMPLATES: dict[str, list[str]] = {
    "%": ["{n} pct", "{n}%", "{n} percent", "{n} per cent", "{n}-percent"],
    "pp": ["{n} percentage points", "{n} pct points"],
    "USD": ["${n}{s}", "{n}{s} dlrs", "US${n}{s}", "{n}{s} U.S. dollars", "USD {n}{s}"],
    "EUR": ["€{n}{s}", "{n}{s} euros", "EUR {n}{s}"],
    "JPY": ["{n}{s} yen", "¥{n}{s}"],
    "CAD": ["C${n}{s}", "{n}{s} Canadian dlrs"],
    "t": ["{n}{s} tonnes", "{n}{s} metric tons", "{n}{s} tons of wheat"],
    "bale": ["{n}{s} bales"],
    "USD/bu": ["{n} dlrs a bushel", "${n} per bushel"],
    "JPY/t": ["{n} yen per tonne"],
}
_SCALED_UNITS = {"USD", "EUR", "JPY", "CAD", "t", "bale"}
_SCALES = {"": 1, " mln": 10**6, " million": 10**6, " billion": 10**9, "bn": 10**9}


def _cues(bound: Bound) -> list[str]:
    return sorted(cue for cue, b in default_unit_tables().bounds.items() if b == bound)


def _render_number(value: Decimal, grouped: bool) -> str:
    text = f"{value:,}" if grouped else f"{value}"
    return text


@st.composite
def rendered_magnitudes(draw: st.DrawFn) -> tuple[str, float, str, Bound]:
    """A phrase rendered from a (value, unit, bound) triple, with the triple."""
    unit = draw(st.sampled_from(sorted(_TEMPLATES)))
    template = draw(st.sampled_from(_TEMPLATES[unit]))
    cents = draw(st.integers(min_value=1, max_value=10**8))
    number = Decimal(cents) / 100 if draw(st.booleans()) else Decimal(cents)
    scale = draw(st.sampled_from(sorted(_SCALES))) if unit in _SCALED_UNITS else ""
    bound = draw(st.sampled_from([Bound.EXACT, Bound.UPPER, Bound.LOWER, Bound.APPROX]))
    cue = "" if bound == Bound.EXACT else draw(st.sampled_from(_cues(bound))) + " "
    shown = _render_number(number, grouped=draw(st.booleans()))
    phrase = cue + template.format(n=shown, s=scale)
    return phrase, float(number * _SCALES[scale]), unit, bound


@PROPERTY_SETTINGS
@given(rendered_magnitudes())
def test_rendered_triples_parse_back(rendered: tuple[str, float, str, Bound]) -> None:
    """A (value, unit, bound) rendered through any surface template parses back to itself."""
    phrase, value, unit, bound = rendered
    found = parse_magnitudes(phrase)
    assert len(found) == 1, (phrase, found)
    (magnitude,) = found
    assert math.isclose(magnitude.value, value, rel_tol=1e-12), phrase
    assert (magnitude.unit, magnitude.bound) == (unit, bound), phrase


@st.composite
def rendered_ranges(draw: st.DrawFn) -> tuple[str, float, float, str]:
    """A range phrase rendered from (low, high, unit), with those values."""
    low = draw(st.integers(min_value=1, max_value=500))
    high = low + draw(st.integers(min_value=1, max_value=500))
    unit, words = draw(st.sampled_from([("%", "pct"), ("%", "percent"), ("t", "tonnes")]))
    template = draw(
        st.sampled_from(
            ["between {a} and {b} {u}", "{a}-{b} {u}", "{a} to {b} {u}", "{a} {u} to {b} {u}"]
        )
    )
    return template.format(a=low, b=high, u=words), float(low), float(high), unit


@PROPERTY_SETTINGS
@given(rendered_ranges())
def test_rendered_ranges_parse_back(rendered: tuple[str, float, float, str]) -> None:
    """A range rendered as "between/to/-" parses back to one range with its low and high."""
    phrase, low, high, unit = rendered
    (magnitude,) = parse_magnitudes(phrase)
    assert (magnitude.value, magnitude.high, magnitude.unit) == (low, high, unit)
    assert magnitude.bound == Bound.RANGE
    assert magnitude.text == phrase


_PREFIXES = ["", "Officials said that ", "On Tuesday, ", "The ministry set "]
_SUFFIXES = ["", " would apply.", ", the ministry said.", " on Friday"]


@PROPERTY_SETTINGS
@given(rendered_magnitudes(), st.sampled_from(_PREFIXES), st.sampled_from(_SUFFIXES))
def test_result_does_not_depend_on_surrounding_sentence(
    rendered: tuple[str, float, str, Bound], before: str, after: str
) -> None:
    """A phrase parses the same alone and inside a sentence, with offsets shifted."""
    phrase = rendered[0]
    alone = parse_magnitudes(phrase)
    inside = parse_magnitudes(before + phrase + after)
    shift = len(before)
    assert [
        (m.value, m.unit, m.bound, m.high, m.text, m.start + shift, m.end + shift) for m in alone
    ] == [(m.value, m.unit, m.bound, m.high, m.text, m.start, m.end) for m in inside]


_PIECES = [
    "5", "1,000", "12.5", "7-1/2", "twenty", "a million", "half a", "$", "US$", "€", "Rmb",
    "pct", "%", "percent", "dlrs", "cts", "yen", "tonnes", "bales", "mln", "bn", "k", "per",
    "a", "bushel", "100 kilos", "up to", "about", "between", "and", "from", "to", "by", "-",
    "\u2013", "of", "pounds", "U.S.", "Canadian", "1987", "March", " ", ",", ".", "/", "duty-free",
]  # fmt: skip


@PROPERTY_SETTINGS
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join) | st.text(max_size=200))
def test_offsets_slice_the_text_in_order(text: str) -> None:
    """On any text, magnitudes come in order, never overlap and their offsets slice ``text``."""
    found = parse_magnitudes(text)
    previous_end = 0
    for magnitude in found:
        assert text[magnitude.start : magnitude.end] == magnitude.text
        assert magnitude.start >= previous_end
        assert magnitude.end > magnitude.start
        assert isinstance(magnitude.value, float)
        assert magnitude.high is None or magnitude.bound == Bound.RANGE
        previous_end = magnitude.end


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_no_crash_on_any_string(text: str) -> None:
    """Any string parses without raising."""
    parse_magnitudes(text)


def _seconds(text: str) -> float:
    best = math.inf
    for _ in range(3):
        started = time.perf_counter()
        parse_magnitudes(text)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize(
    "unit",
    ["1,", "1 ", "9", "$", ", ", "1-", "1.", "1,000,", "between 1 and ", "up to ", "12 mln "],
)
def test_hostile_input_takes_linear_time(unit: str) -> None:
    """A 100x longer hostile string takes at most a few hundred times longer, not 10,000x."""
    small = unit * (2_000 // len(unit))
    large = unit * (200_000 // len(unit))
    ratio = _seconds(large) / max(_seconds(small), 1e-6)
    assert ratio < 400, ratio


def test_long_ordinary_line_completes() -> None:
    """A 100k-character line of news-like text parses and finds every repeated magnitude."""
    line = "Tariffs of up to 25 pct on 1,000 tonnes were set on Friday. " * 1_700
    found = parse_magnitudes(line)
    assert len(found) == 2 * 1_700


@pytest.mark.parametrize(("phrase", "jurisdiction", "unit"), [
    ("a levy of Rs 25 per kilogram", "LKA", "LKR/kg"),
    ("a levy of Rs.25 per kilogram", "PAK", "PKR/kg"),
    ("a duty of 300 rupees a tonne", "NPL", "NPR/t"),
    ("an export tax of 20 pesos per tonne", "ARG", "ARS/t"),
    # a qualified or coded currency is kept, and so is one the jurisdiction does not share
    ("a levy of 25 Indian rupees per kilogram", "LKA", "INR/kg"),
    ("a levy of INR 25 per kilogram", "LKA", "INR/kg"),
    ("a levy of Rs 25 per kilogram", "IND", "INR/kg"),
    ("a duty of $3 a bushel", "LKA", "USD/bu"),
])
def test_shared_currency_words_take_the_imposers_currency(phrase: str, jurisdiction: str,
                                                          unit: str) -> None:
    parser = MagnitudeParser(default_unit_tables())
    (found,) = parser.parse(phrase)
    assert parser.in_local_currency(found, jurisdiction).unit == unit


def test_local_currencies_table_is_validated() -> None:
    """A family without words, or a currency that is not a string, is reported by place."""
    with pytest.raises(RuleError) as caught:
        UnitTables.from_dict({"local_currencies": {
            "rupee": {"words": [], "currencies": {"LKA": "LKR"}},
            "peso": {"words": ["pesos"], "currencies": {"ARG": 3}},
        }})
    problems = " ".join(caught.value.problems)
    assert "local_currencies.rupee.words" in problems
    assert "local_currencies.peso.currencies.ARG" in problems
