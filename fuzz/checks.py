"""What must hold for any input: the checks the fuzz targets run, with no fuzzer in them.

``check_text`` reads bytes as an article and checks everything extraction promises:
nothing raises but a documented error, offsets slice the text, values are finite, the
JSON is strict, a second run gives the same records. ``check_rules`` reads bytes as a
rule file: it loads with problems that each name a line, or it builds an extractor that
runs. A violated promise raises ``AssertionError`` (any other exception is a crash too).

``fuzz/run.py`` drives these with atheris for hours; ``tests/test_fuzz.py`` replays the
inputs kept in ``fuzz/crashers`` and runs a short Hypothesis search in CI.
"""

from __future__ import annotations

import datetime
import functools
import json
import math
import warnings

from policymeasures import (
    Extractor,
    Measure,
    RuleError,
    RuleSet,
    parse_magnitudes,
    resolve_actor,
    resolve_product,
)
from policymeasures.magnitudes import MAX_VALUE
from policymeasures.records import Magnitude
from policymeasures.text import split_sentences

# The first byte of a text input picks the article's date: none, a date, a datetime.
REFERENCES: tuple[datetime.date | None, ...] = (
    None, datetime.date(2025, 3, 12), datetime.datetime(1987, 3, 1, 9, 30),
    datetime.date(1, 1, 1), datetime.date(9999, 12, 31))
# How much of a text the name resolvers get: they take phrases, not articles.
RESOLVE_LENGTH = 200
# The time budget of a fuzzed rule file's own regexes, in seconds: short, so a pattern
# that backtracks without end costs the fuzzer little.
PATTERN_TIMEOUT = 0.05
# A text every fuzzed rule file is run on: triggers, names, figures and cues.
# The run of "a" after "levy" is where a pattern like "levy (?:a|aa)+b" backtracks.
SAMPLE = ("Atlantis put a levy on rice; Uncle Sam will not lift the 25% duty. An export ban "
          "on 12 mln tonnes of tin was lifted on March 4. Atlantis put a levy "
          "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa on tin.")


@functools.cache
def _extractor() -> Extractor:
    return Extractor()


def _check_magnitude(text: str, magnitude: Magnitude | None) -> None:
    if magnitude is None:
        return
    assert text[magnitude.start:magnitude.end] == magnitude.text, magnitude
    for value in (magnitude.value, magnitude.high, magnitude.previous):
        assert value is None or (math.isfinite(value) and abs(value) <= MAX_VALUE), magnitude


def check_measure(text: str, measure: Measure) -> None:
    """Every part of a measure slices the text, its values are finite, its JSON strict."""
    assert text[measure.start:measure.end] == measure.text, measure
    for part in [measure.imposer, *measure.targets, *measure.products, measure.date_span]:
        if part is not None:
            assert text[part.start:part.end] == part.text, part
    _check_magnitude(text, measure.rate)
    _check_magnitude(text, measure.amount)
    json.dumps(measure.to_dict(), allow_nan=False)
    assert Measure.from_dict(measure.to_dict()) == measure


def check_text(data: bytes) -> None:
    """Everything the library promises about one article made of ``data``."""
    reference = REFERENCES[data[0] % len(REFERENCES)] if data else None
    text = data[1:].decode("utf-8", errors="replace")
    measures = _extractor().extract(text, reference_date=reference)
    for measure in measures:
        check_measure(text, measure)
    assert _extractor().extract(text, reference_date=reference) == measures, "not repeatable"

    previous_end = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end
    previous_end = 0
    for magnitude in parse_magnitudes(text):
        _check_magnitude(text, magnitude)
        assert previous_end <= magnitude.start < magnitude.end
        previous_end = magnitude.end

    phrase = text[:RESOLVE_LENGTH]
    actor = resolve_actor(phrase, on=reference)
    assert actor is None or actor.text == phrase.strip()
    product = resolve_product(phrase)
    assert product is None or product.text == phrase.strip()


def check_rules(data: bytes) -> None:
    """A rule file made of ``data`` gives located problems, or an extractor that runs."""
    text = data.decode("utf-8", errors="replace")
    try:
        ruleset = RuleSet.from_toml(text, source="fuzz.toml")
    except RuleError as exc:
        assert exc.problems, "a RuleError without problems"
        lines = text.count("\n") + 1
        for problem in exc.problems:
            source, line, _ = problem.split(":", 2)
            assert source == "fuzz.toml" and 1 <= int(line) <= lines, problem
        return
    extractor = Extractor([ruleset], pattern_timeout=PATTERN_TIMEOUT)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a pattern may time out: that is reported, not a bug
        for measure in extractor.extract(SAMPLE, reference_date=REFERENCES[1]):
            check_measure(SAMPLE, measure)


TARGETS = {"text": check_text, "rules": check_rules}
