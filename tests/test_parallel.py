"""Extractors that pickle as their rule sets, and extraction spread over processes in order."""

from __future__ import annotations

import datetime
import itertools
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policymeasures import Extractor, RuleSet
from strategies import MEASURE_SENTENCES, PLAIN_SENTENCES, trade_text

RULES = Path(__file__).parent / "data" / "rules"
REF = datetime.date(2025, 3, 12)
# The pickle of the default extractor is its rule sets: well under this many bytes.
PICKLE_BUDGET = 1_000_000
TEXTS = [*MEASURE_SENTENCES, *PLAIN_SENTENCES] * 5


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """One default extractor for the module: building one takes a moment."""
    return Extractor()


def test_extractor_pickles_small_and_extracts_the_same(extractor: Extractor) -> None:
    """An unpickled extractor is built from the rule sets alone and finds the same measures."""
    data = pickle.dumps(extractor)
    assert len(data) < PICKLE_BUDGET
    copy = pickle.loads(data)
    assert [copy.extract(t, reference_date=REF) for t in TEXTS] == [
        extractor.extract(t, reference_date=REF) for t in TEXTS]


def test_unpickling_twice_compiles_once(extractor: Extractor) -> None:
    """Two unpickles of one definition in one process share one compiled extractor."""
    data = pickle.dumps(extractor)
    assert pickle.loads(data) is pickle.loads(data)


def test_custom_rule_sets_survive_pickling() -> None:
    """A user's rule set and conflict policy travel with the pickle."""
    tiny = RuleSet.from_file(RULES / "tiny.toml")
    original = Extractor([tiny], on_conflict="keep")
    copy = pickle.loads(pickle.dumps(original))
    assert copy.ruleset == original.ruleset
    text = "Atlantis began building a strategic reserve of grain."
    found = copy.extract(text)
    assert [m.kind for m in found] == ["stockpiling"]
    assert found == original.extract(text)


def test_processes_keep_input_order_with_dates(extractor: Extractor) -> None:
    """With two processes and small batches the results equal the serial ones, in order."""
    items = [(t, REF) for t in TEXTS]
    serial = list(extractor.extract_many(items))
    assert list(extractor.extract_many(items, n_process=2, batch_size=3)) == serial
    assert list(extractor.extract_many(TEXTS, n_process=-1, batch_size=1)) == list(
        extractor.extract_many(TEXTS))


def test_processes_read_the_input_lazily(extractor: Extractor) -> None:
    """An endless input still gives results: only a few batches are read ahead."""
    endless = itertools.cycle(MEASURE_SENTENCES)
    results = extractor.extract_many(endless, n_process=2, batch_size=4)
    first = list(itertools.islice(results, 10))
    results.close()  # type: ignore[attr-defined]  # a generator; closing stops the workers
    assert [len(r) for r in first] == [len(extractor.extract(t))
                                       for t in MEASURE_SENTENCES * 2][:10]


def test_worker_errors_reach_the_caller(extractor: Extractor) -> None:
    """A text that is not a string fails in the worker and raises ``TypeError`` in the caller."""
    with pytest.raises(TypeError, match="text must be str"):
        list(extractor.extract_many(["fine", 42], n_process=2))  # type: ignore[list-item]


@pytest.mark.parametrize(("n_process", "batch_size"), [(0, 10), (-2, 10), (2, 0)])
def test_bad_process_counts_and_batch_sizes_are_refused(
    extractor: Extractor, n_process: int, batch_size: int
) -> None:
    """Zero or negative counts (other than -1) raise ``ValueError`` before any work."""
    with pytest.raises(ValueError):
        list(extractor.extract_many(["x"], n_process=n_process, batch_size=batch_size))


@settings(max_examples=8)
@given(st.lists(trade_text, max_size=12), st.integers(1, 5))
def test_parallel_equals_serial_on_any_texts(texts: list[str], batch_size: int) -> None:
    """Whatever the texts and batch size, two processes return exactly the serial results."""
    extractor = pickle.loads(pickle.dumps(Extractor()))
    assert list(extractor.extract_many(texts, n_process=2, batch_size=batch_size)) == list(
        extractor.extract_many(texts))
