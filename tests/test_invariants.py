"""Properties that hold on any input: offsets slice, values are finite, nothing raises,
the same input gives the same answer, and a rule file that loads also runs."""

from __future__ import annotations

import datetime
import json
import math
import warnings
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policymeasures import (
    Extractor,
    Measure,
    RuleError,
    RuleSet,
    extract,
    parse_magnitudes,
    resolve_actor,
    resolve_product,
)
from policymeasures.magnitudes import MAX_VALUE
from policymeasures.records import Magnitude
from policymeasures.rules import dumps_toml
from policymeasures.text import split_sentences
from strategies import (
    any_text,
    dates_or_datetimes,
    hostile_text,
    rule_file_data,
    rule_file_lines,
)

texts = st.one_of(any_text, hostile_text)
REF = datetime.date(2025, 3, 12)
# A text every rule file below is run on: triggers, names, figures, cues.
SAMPLE = ("Atlantis put a levy on rice; Uncle Sam will not lift the 25% duty. An export ban "
          "of 1" + "0" * 30 + " tonnes was lifted. aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa levy")


def _finite(magnitude: Magnitude | None) -> bool:
    if magnitude is None:
        return True
    values = [v for v in (magnitude.value, magnitude.high, magnitude.previous) if v is not None]
    return all(math.isfinite(v) and abs(v) <= MAX_VALUE for v in values)


def _check_measure(text: str, measure: Measure) -> None:
    """Everything a measure says about the text can be checked against the text."""
    assert text[measure.start:measure.end] == measure.text
    for part in [measure.imposer, *measure.targets, measure.rate, measure.amount,
                 *measure.products, measure.date_span]:
        if part is not None:
            assert text[part.start:part.end] == part.text
    assert _finite(measure.rate) and _finite(measure.amount)
    # a measure never hits the one who takes it
    assert measure.imposer is None or measure.imposer.code not in {
        t.code for t in measure.targets}
    json.dumps(measure.to_dict(), allow_nan=False)  # strict JSON


# ---------------------------------------------------------------------- extract


@settings(max_examples=150)
@given(texts)
def test_extract_slices_stays_finite_and_repeats_itself(text: str) -> None:
    """On any text every offset slices, every value is finite JSON, and a second run agrees."""
    first = extract(text, reference_date=REF)
    for measure in first:
        _check_measure(text, measure)
    assert extract(text, reference_date=REF) == first


@settings(max_examples=40)
@given(texts, dates_or_datetimes)
def test_extract_takes_any_date_or_datetime(text: str, reference: Any) -> None:
    """A datetime reference date gives what its date gives."""
    expected_on = reference.date() if isinstance(reference, datetime.datetime) else reference
    assert extract(text, reference_date=reference) == extract(text, reference_date=expected_on)


# ---------------------------------------------------------------------- parse_magnitudes


@settings(max_examples=200)
@given(texts)
def test_magnitudes_are_finite_ordered_and_slice(text: str) -> None:
    """No string raises; every value is finite and capped; magnitudes slice and never overlap."""
    previous_end = 0
    for magnitude in parse_magnitudes(text):
        assert _finite(magnitude)
        assert text[magnitude.start:magnitude.end] == magnitude.text
        assert previous_end <= magnitude.start < magnitude.end
        previous_end = magnitude.end


@given(st.from_regex(r"[0-9]{1,60}(?:\.[0-9]{1,30})?", fullmatch=True),
       st.sampled_from(["", " mln", " bln", " trillion", "k", "bn"]),
       st.sampled_from([" pct", "%", " dlrs", " tonnes", " yen per tonne"]))
def test_any_written_figure_is_finite(digits: str, scale: str, unit: str) -> None:
    """A figure of up to sixty digits with any scale and unit is read finite or not at all."""
    for magnitude in parse_magnitudes(f"a figure of {digits}{scale}{unit}"):
        assert _finite(magnitude)


# ---------------------------------------------------------------------- actors and products


@given(texts, dates_or_datetimes)
def test_resolve_actor_takes_any_text_and_date(name: str, on: Any) -> None:
    """resolve_actor never raises; what it finds spans the stripped name; a datetime is its date."""
    actor = resolve_actor(name, on=on)
    if actor is not None:
        assert actor.text == name.strip()
        assert (actor.start, actor.end) == (0, len(actor.text))
    if isinstance(on, datetime.datetime):
        assert actor == resolve_actor(name, on=on.date())


@given(texts)
def test_resolve_product_takes_any_text(text: str) -> None:
    """resolve_product never raises; a product spans the stripped text; HS codes have 2-6 digits."""
    product = resolve_product(text)
    if product is not None:
        assert product.text == text.strip()
        assert (product.start, product.end) == (0, len(product.text))
        assert all(code.isdigit() and len(code) in (2, 4, 6) for code in product.hs)


# ---------------------------------------------------------------------- the splitter


@settings(max_examples=200)
@given(texts)
def test_sentences_are_ordered_trimmed_and_cover_the_text(text: str) -> None:
    """Sentences are in order, have no outer whitespace and miss no visible character."""
    previous_end = 0
    covered = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        covered += sum(1 for ch in text[start:end] if not ch.isspace())
        previous_end = end
    assert covered == sum(1 for ch in text if not ch.isspace())


# ---------------------------------------------------------------------- rule loading


def _builds_and_runs(ruleset: RuleSet) -> None:
    """A loaded rule set builds an extractor whose measures check out on a sample text."""
    extractor = Extractor([ruleset], pattern_timeout=0.05)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a catastrophic pattern may time out: that is allowed
        for measure in extractor.extract(SAMPLE, reference_date=REF):
            _check_measure(SAMPLE, measure)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(rule_file_data)
def test_whatever_validates_builds_and_runs(data: dict[str, Any]) -> None:
    """A rule file's content either raises RuleError or builds an extractor that runs."""
    try:
        ruleset = RuleSet.from_dict(data, source="data")
    except RuleError as exc:
        assert exc.problems and all(p.startswith("data: ") for p in exc.problems)
        return
    _builds_and_runs(ruleset)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(rule_file_data)
def test_rule_file_text_loads_like_its_data(data: dict[str, Any]) -> None:
    """Written as TOML, the same content loads (or fails) the same way, with line numbers."""
    text = dumps_toml(data)
    try:
        ruleset = RuleSet.from_toml(text, source="f.toml")
    except RuleError as exc:
        lines = text.count("\n") + 1
        for problem in exc.problems:
            source, line, _ = problem.split(":", 2)
            assert source == "f.toml" and 1 <= int(line) <= lines, problem
        return
    assert ruleset == RuleSet.from_dict(data)
    _builds_and_runs(ruleset)


@settings(max_examples=300)
@given(st.one_of(rule_file_lines, st.text(max_size=200)))
def test_any_text_loads_or_gives_located_problems(text: str) -> None:
    """Any text, broken TOML included, gives a rule set or problems that each name a line."""
    try:
        ruleset = RuleSet.from_toml(text, source="f.toml")
    except RuleError as exc:
        lines = text.count("\n") + 1
        assert exc.problems
        for problem in exc.problems:
            source, line, _ = problem.split(":", 2)
            assert source == "f.toml" and 1 <= int(line) <= lines, problem
        return
    _builds_and_runs(ruleset)
