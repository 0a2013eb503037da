"""Nothing hangs, nothing lies: hostile inputs, finite values, one answer per input.

Each test is a reproducer of a failure seen on adversarial input, kept so it cannot come
back. Inputs that used to take quadratic time are large enough here that a regression
would take minutes instead of milliseconds; no test measures time itself (that is
``benchmarks/hostile.py``).
"""

from __future__ import annotations

import datetime
import json
import math
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from policymeasures import (
    Extractor,
    RuleSet,
    default_rules,
    extract,
    parse_magnitudes,
    resolve_actor,
)
from policymeasures.api import default_extractor
from policymeasures.cli import main
from policymeasures.errors import PatternTimeoutWarning
from policymeasures.text import split_sentences

TRIGGER_SENTENCE = "Canada imposed a tariff on steel "


def _all_values(text: str) -> list[float]:
    """Every number the measures of ``text`` carry."""
    values: list[float] = []
    for measure in extract(text):
        for magnitude in (measure.rate, measure.amount):
            if magnitude is not None:
                values.extend(v for v in (magnitude.value, magnitude.high, magnitude.previous)
                              if v is not None)
    return values


# ---------------------------------------------------------------------- linear time


@pytest.mark.parametrize("stop", [".", "!", "?", ".!?"])
def test_a_run_of_stops_without_space_is_read_in_linear_time(stop: str) -> None:
    """A trigger sentence followed by 20,000 stops (once 30 s) still gives its measure."""
    measures = extract(TRIGGER_SENTENCE + stop * (20_000 // len(stop)))
    assert [m.kind.value for m in measures] == ["tariff"]


def test_splitter_takes_a_megabyte_of_full_stops() -> None:
    """One megabyte of full stops after a word is one sentence, found in one pass."""
    text = "Tariffs" + "." * 1_000_000
    assert split_sentences(text) == [(0, len(text))]


def test_splitter_still_splits_after_a_run_of_stops() -> None:
    """A run of stops followed by a space and a capital ends the sentence as before."""
    text = "Duties rose!!! Then?? They fell... Again."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Duties rose!!!", "Then??", "They fell...", "Again."]


def test_half_a_million_numbers_parse_in_linear_time() -> None:
    """'7 ' repeated 500,000 times (once quadratic) parses, to nothing: bare numbers."""
    assert parse_magnitudes("7 " * 500_000) == []


# ---------------------------------------------------------------------- finite values


def test_a_rate_with_four_hundred_zeros_is_not_infinite() -> None:
    """'a tariff of 1' and 400 zeros 'pct' gave rate.value == inf; now no such rate."""
    text = "Canada imposed a tariff of 1" + "0" * 400 + " pct on steel."
    [measure] = extract(text)
    assert measure.rate is None


def test_number_words_multiplying_without_end_are_not_infinite() -> None:
    """'one hundred hundred ... tonnes' is no quantity, and never inf."""
    text = "Japan agreed to buy one " + "hundred " * 300 + "tonnes of rice from the U.S."
    assert all(math.isfinite(v) for v in _all_values(text))
    assert parse_magnitudes("one " + "hundred " * 300 + "tonnes") == []


@pytest.mark.parametrize(
    "text",
    [
        "1" * 5_000 + " pct",  # more digits than int() converts
        "1" + "0" * 400 + " pct",
        "$" + "9" * 39 + " trillion",
        "one " + "hundred " * 200_000 + "tonnes",  # once decimal.Overflow
        "5 dlrs per " + "1" * 6_000 + " tonnes",
        "1,000,000,000,000,000,000,000 tonnes",
    ],
)
def test_parse_magnitudes_never_raises_and_stays_finite(text: str) -> None:
    """Long digit strings and number words raise nothing and give only finite values."""
    for magnitude in parse_magnitudes(text):
        assert math.isfinite(magnitude.value)
        assert magnitude.value <= 1e18


def test_real_large_figures_are_kept() -> None:
    """The cap drops noise only: a trillion-dollar figure is still read."""
    [magnitude] = parse_magnitudes("a $1.5 trillion package")
    assert magnitude.value == 1.5e12


def test_cli_json_is_strict_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json on a text with an absurd figure parses with a strict JSON parser."""
    article = tmp_path / "a.txt"
    article.write_text("Canada imposed a tariff of 1" + "0" * 400 + " pct on steel.",
                       encoding="utf-8")
    assert main(["extract", str(article), "--format", "json"]) == 0

    def refuse(constant: str) -> float:
        raise ValueError(f"not JSON: {constant}")

    payload = json.loads(capsys.readouterr().out, parse_constant=refuse)
    assert payload[0]["measures"][0]["kind"] == "tariff"


# ---------------------------------------------------------------------- determinism

_SEED_SCRIPT = """
import json, sys
from policymeasures import extract
texts = json.loads(sys.stdin.read())
print(json.dumps([[m.to_dict() for m in extract(t)] for t in texts], sort_keys=True))
"""
# Sentences where two rules fire on the same words with the same priority: the winner
# used to be whichever came first in a set, so it changed with the hash seed.
_TIED = [
    "The government granted soft loans worth $2 billion to local steelmakers.",
    "The state bank offered soft loans of 3 bln yuan to exporters.",
    "Canada imposed a 25% tariff on U.S. steel, and India lifted its ban on wheat exports.",
]


def _extract_with_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _SEED_SCRIPT], input=json.dumps(_TIED),
                          capture_output=True, text=True, env=env, check=True)
    return done.stdout


def test_same_records_under_any_hash_seed() -> None:
    """Processes with different hash seeds give the same records, rule ids included."""
    outputs = {seed: _extract_with_seed(seed) for seed in ("0", "2", "5")}
    assert len(set(outputs.values())) == 1, outputs
    assert json.loads(outputs["0"])[0][0]["rule"] == "subsidy.noun"  # ties go to the rule id


# ---------------------------------------------------------------------- user regexes

# A rule set alone has no cues or actors: a fixed status makes its mentions measures.
_SLOW = {"id": "levy.slow", "kind": "tariff", "patterns": ["levy (?:a|aa)+b"],
         "keywords": ["levy"], "status": "effective"}
_FAST = {"id": "duty.plain", "kind": "tariff", "triggers": ["duty"], "status": "effective"}
_HOSTILE_LEVY = "Canada put a levy " + "a" * 60 + " and a duty on steel."


def _timeout_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if issubclass(w.category, PatternTimeoutWarning)]


def test_a_catastrophic_pattern_times_out_and_the_other_rules_are_kept() -> None:
    """'levy (?:a|aa)+b' (once 192 s on 60 characters) is cut off; the duty is still found."""
    extractor = Extractor([RuleSet.from_dict({"rules": [_SLOW, _FAST]})], pattern_timeout=0.05)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        measures = extractor.extract(_HOSTILE_LEVY)
    assert [m.rule for m in measures] == ["duty.plain"]
    [message] = _timeout_warnings(caught)
    assert "levy.slow" in message


def test_a_timed_out_rule_is_reported_once_per_text() -> None:
    """Three hostile sentences in one text give one warning; a second text gives another."""
    extractor = Extractor([RuleSet.from_dict({"rules": [_SLOW, _FAST]})], pattern_timeout=0.05)
    text = " ".join([_HOSTILE_LEVY] * 3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = extractor.extract(text)
        second = extractor.extract(text)
    assert len(_timeout_warnings(caught)) == 2
    assert [m.rule for m in first] == [m.rule for m in second] == ["duty.plain"] * 3


def test_a_slow_require_pattern_skips_its_rule_only() -> None:
    """A require pattern that backtracks without end vetoes its own rule, not the others."""
    slow_require = {"id": "levy.req", "kind": "tariff", "triggers": ["levy"],
                    "require": ["(?:a|aa)+b"], "status": "effective"}
    extractor = Extractor([RuleSet.from_dict({"rules": [slow_require, _FAST]})],
                          pattern_timeout=0.05)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        measures = extractor.extract(_HOSTILE_LEVY)
    assert [m.rule for m in measures] == ["duty.plain"]
    assert len(_timeout_warnings(caught)) == 1


def test_shipped_rules_run_without_the_budget_and_changed_ones_with_it() -> None:
    """The shipped rules are ours and linear: even a budget no regex can meet leaves them
    working. A rule that only borrows a shipped id is a user's, and is cut off."""
    strict = Extractor(pattern_timeout=1e-9)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        measures = strict.extract("Ottawa imposed a 25% tariff on Chinese steel.")
    assert [str(m.kind) for m in measures] == ["tariff"]
    assert _timeout_warnings(caught) == []
    borrowed = dict(_SLOW, id="tariff.noun")
    user = Extractor([RuleSet.from_dict({"rules": [borrowed, _FAST]})], pattern_timeout=0.05)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = user.extract(_HOSTILE_LEVY)
    assert [m.rule for m in found] == ["duty.plain"]
    assert len(_timeout_warnings(caught)) == 1


def test_pattern_timeout_must_be_positive() -> None:
    """A zero or negative time budget is refused when the extractor is built."""
    with pytest.raises(ValueError, match="pattern_timeout"):
        Extractor(pattern_timeout=0)


def test_a_verbose_pattern_with_a_comment_validates_builds_and_runs() -> None:
    """'(?x) ... # comment' used to break the rule's combined expression after validating."""
    rules = RuleSet.from_toml("""
[[rules]]
id = "levy.verbose"
kind = "tariff"
status = "effective"
keywords = ["levy", "embargo"]
patterns = ['''(?x) levy \\s+ on   # a levy on something''', 'embargo']
""")
    measures = Extractor([rules]).extract("Canada put a levy on steel.")
    assert [m.rule for m in measures] == ["levy.verbose"]


def test_verbose_flag_stays_in_its_own_pattern() -> None:
    """A verbose pattern does not make the rule's other patterns ignore their spaces."""
    rules = RuleSet.from_dict({"rules": [{
        "id": "r", "kind": "tariff", "status": "effective",
        "patterns": ["(?x) ban # comment", "import levy"]}]})
    extractor = Extractor([rules])
    assert extractor.extract("Canada put an importlevy on steel.") == []
    assert [m.rule for m in extractor.extract("Canada put an import levy on steel.")] == ["r"]


# ---------------------------------------------------------------------- input types


def test_resolve_actor_accepts_a_datetime() -> None:
    """on=datetime(...) counts as its date instead of failing to compare with dates."""
    on = datetime.datetime(1987, 3, 1, 12, 30)
    actor = resolve_actor("Reagan", on=on)
    assert actor is not None and actor.code == "USA"
    assert resolve_actor("Reagan", on=on) == resolve_actor("Reagan", on=on.date())


def test_extract_accepts_a_datetime_reference_date() -> None:
    """A datetime article date reads as its date."""
    text = "Canada imposed a 25% tariff on U.S. steel on Friday."
    moment = datetime.datetime(2025, 3, 12, 23, 59)
    assert extract(text, reference_date=moment) == extract(text, reference_date=moment.date())


def test_extract_many_refuses_a_single_string_at_once() -> None:
    """extract_many("text") raises TypeError when called, not one list per character."""
    with pytest.raises(TypeError, match="iterable of texts"):
        default_extractor().extract_many("Canada imposed a tariff.")


def test_extract_many_takes_texts_and_pairs() -> None:
    """A list of texts and (text, date) pairs gives one list of measures per item."""
    results = list(default_extractor().extract_many(
        ["Canada imposed a 25% tariff on U.S. steel.", ("No measure here.", None)]))
    assert [len(r) for r in results] == [1, 0]


@pytest.mark.parametrize("bad", [None, b"Canada imposed a tariff.", 42, ["a text"]])
@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda v: extract(v), id="extract"),
        pytest.param(lambda v: parse_magnitudes(v), id="parse_magnitudes"),
        pytest.param(lambda v: resolve_actor(v), id="resolve_actor"),
        pytest.param(lambda v: __import__("policymeasures").resolve_product(v),
                     id="resolve_product"),
        pytest.param(lambda v: split_sentences(v), id="split_sentences"),
        pytest.param(lambda v: RuleSet.from_toml(v), id="RuleSet.from_toml"),
        pytest.param(lambda v: list(default_extractor().extract_many([v])), id="extract_many item"),
    ],
)
def test_public_functions_refuse_non_strings_with_a_type_error(call: object, bad: object) -> None:
    """None, bytes, numbers and lists where a str belongs raise TypeError naming the type."""
    assert callable(call)
    with pytest.raises(TypeError, match=type(bad).__name__):
        call(bad)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda v: extract("A tariff.", reference_date=v), id="extract"),
        pytest.param(lambda v: resolve_actor("Reagan", on=v), id="resolve_actor"),
    ],
)
@pytest.mark.parametrize("bad", ["2025-03-12", 20250312, 1.5])
def test_dates_must_be_dates(call: object, bad: object) -> None:
    """A date given as a string or a number is refused with a TypeError."""
    assert callable(call)
    with pytest.raises(TypeError, match=r"datetime\.date"):
        call(bad)


@pytest.mark.parametrize("bad", [None, 42, b"default"])
def test_load_ruleset_and_extractor_refuse_wrong_types(bad: object) -> None:
    """load_ruleset and Extractor name the type they were given instead of failing later."""
    from policymeasures import load_ruleset

    with pytest.raises(TypeError):
        load_ruleset(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list of RuleSet"):
        Extractor(default_rules())  # type: ignore[arg-type]


def test_a_rule_set_built_in_code_is_checked_by_the_extractor() -> None:
    """Rules and cues that never went through a loader are checked as a file's would be."""
    from policymeasures import Rule, RuleError

    bad = RuleSet("mine", [Rule("r", "tariff", patterns=["(?V1)levy"])],
                  cues={"negation": ["not", ""]})
    with pytest.raises(RuleError) as excinfo:
        Extractor([bad])
    assert [p.split(":")[0] for p in excinfo.value.problems] == ["r", "[cues]"]
