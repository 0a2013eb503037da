"""policymeasures.dask: a corpus read into a bag, measures as records and as a DataFrame."""

from __future__ import annotations

import datetime
import json
import logging
from pathlib import Path

import pytest

dask = pytest.importorskip("dask", reason="the dask extra is not installed "
                                          "(pip install 'policymeasures[dask]')")
pytest.importorskip("dask.dataframe", reason="the dask extra is not installed")
pytest.importorskip("pandas", reason="the dask extra is not installed")

from policymeasures import DocumentError, Extractor, RuleSet, to_frame, to_rows  # noqa: E402
from policymeasures import dask as pmdask  # noqa: E402
from policymeasures.corpus import read_documents  # noqa: E402

RULES = Path(__file__).parent / "data" / "rules"
SENTENCES = [
    "Canada will impose a 25% tariff on U.S. steel next month.",
    "India lifted its ban on wheat exports.",
    "The orchestra will tour six cities in the spring.",
    "Japan agreed to delay its export restrictions on semiconductor materials.",
    "Brazil will cut import tariffs on machinery next month.",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Forty dated records, enough for several partitions of a small block size."""
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(40):
            day = datetime.date(2024, 1, 1) + datetime.timedelta(days=9 * i)
            record = {"id": f"n{i}", "date": day.isoformat(),
                      "body": SENTENCES[i % len(SENTENCES)]}
            out.write(json.dumps(record) + "\n")
    return path


def _local_rows(path: Path) -> list[dict[str, object]]:
    extractor = Extractor()
    return [row for doc in read_documents([path])
            for row in to_rows(extractor.extract(doc.text, reference_date=doc.date), doc=doc)]


def test_read_corpus_gives_the_documents_of_read_documents(corpus: Path) -> None:
    """Split in blocks, the corpus yields the same documents in order, lines unknown."""
    bag = pmdask.read_corpus(str(corpus), blocksize=500)
    assert bag.npartitions > 1
    found = bag.compute(scheduler="synchronous")
    expected = list(read_documents([corpus]))
    assert [(d.id, d.text, d.date, d.line) for d in found] == [
        (d.id, d.text, d.date, None) for d in expected]


def test_records_carry_the_json_shape_and_their_document(corpus: Path) -> None:
    """Records computed partition by partition equal the measures extracted locally."""
    records = pmdask.extract_records(pmdask.read_corpus(str(corpus), blocksize=700))
    found = records.compute(scheduler="synchronous")
    local = _local_rows(corpus)
    assert [(r["document"], r["kind"], r["date"]) for r in found] == [
        (r["document"], r["kind"], r["date"]) for r in local]
    assert found[0]["file"] == str(corpus) and found[0]["document_date"] == "2024-01-01"


def test_frame_has_the_typed_columns_of_to_frame(corpus: Path) -> None:
    """The Dask DataFrame has the columns and types of ``to_frame`` and the same rows."""
    frame = pmdask.extract_frame(pmdask.read_corpus(str(corpus), blocksize=700),
                                 explode="products")
    expected = to_frame([], document=True)
    assert list(frame.columns) == list(expected.columns)
    assert list(frame.dtypes) == list(expected.dtypes)
    computed = frame.compute(scheduler="synchronous").reset_index(drop=True)
    assert list(computed["document"]) == [r["document"] for r in _local_rows(corpus)]
    assert computed["document_date"].iloc[0] == datetime.datetime(2024, 1, 1)


def test_bad_lines_raise_or_are_skipped_with_a_warning(
    corpus: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A broken line raises DocumentError by default; with on_error='skip' it is logged."""
    with corpus.open("a", encoding="utf-8") as out:
        out.write('{"id": "broken", "body": \n')
    with pytest.raises(DocumentError, match="not valid JSON"):
        pmdask.read_corpus(str(corpus)).compute(scheduler="synchronous")
    with caplog.at_level(logging.WARNING, logger="policymeasures"):
        docs = pmdask.read_corpus(str(corpus), on_error="skip").compute(scheduler="synchronous")
    assert len(docs) == 40
    assert "not valid JSON" in caplog.text
    with pytest.raises(ValueError, match="on_error"):
        pmdask.read_corpus(str(corpus), on_error="ignore")  # type: ignore[arg-type]


def test_a_custom_extractor_travels_to_the_workers(tmp_path: Path) -> None:
    """A user's rule set reaches worker processes as its definition and finds its measures."""
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": 1, "body": "Atlantis began building a strategic "
                                                 "reserve of grain."}) + "\n", encoding="utf-8")
    extractor = Extractor([RuleSet.from_file(RULES / "tiny.toml")])
    records = pmdask.extract_records(pmdask.read_corpus(str(path)), extractor=extractor)
    assert [r["kind"] for r in records.compute(scheduler="processes", num_workers=2)] == [
        "stockpiling"]


def test_on_a_local_distributed_cluster(corpus: Path) -> None:
    """On a two-worker local cluster the DataFrame holds the rows extracted locally."""
    distributed = pytest.importorskip("distributed",
                                      reason="distributed (part of the dask extra) is missing")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        frame = pmdask.extract_frame(pmdask.read_corpus(str(corpus), blocksize=700))
        computed = frame.compute()
    assert sorted(computed["document"]) == sorted(r["document"] for r in _local_rows(corpus))
