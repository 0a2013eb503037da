"""policymeasures.spark: measures from a Spark DataFrame in local mode, one extractor per worker."""

from __future__ import annotations

import datetime
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark", reason="the spark extra is not installed "
                                      "(pip install 'policymeasures[spark]')")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java: no java on PATH and no JAVA_HOME", allow_module_level=True)

from pyspark.sql import SparkSession

from examples_support import load_example, measure_counts
from policymeasures import DocumentError, Extractor, RuleSet, to_rows
from policymeasures.corpus import Document, parse_date
from policymeasures.spark import extract_measures, spark_schema
from policymeasures.tables import column_names

RULES = Path(__file__).parent / "data" / "rules"
NEXT_MONTH = "Canada will impose a 25% tariff on U.S. steel next month."
DOCUMENTS = [
    ("a", "2025-03-12", NEXT_MONTH),
    ("b", "26-FEB-1987 15:01:11.79", "India lifted its ban on wheat exports. " + NEXT_MONTH),
    ("c", None, NEXT_MONTH),
    ("d", "2020-01-01", "The orchestra will tour six cities in the spring."),
]
DEFAULT = datetime.date(2010, 6, 15)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """A local Spark with two cores whose Python workers run this interpreter."""
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("policymeasures-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _expected() -> list[tuple[str, str, datetime.date | None]]:
    extractor = Extractor()
    rows = []
    for doc_id, date, text in DOCUMENTS:
        day = parse_date(date) if date else DEFAULT
        doc = Document(id=doc_id, text=text, date=day)
        for row in to_rows(extractor.extract(text, reference_date=day), doc=doc):
            rows.append((row["document"], row["kind"],
                         datetime.date.fromisoformat(row["date"]) if row["date"] else None))
    return rows


def test_measures_of_each_document_dated_by_its_own_date(spark: Any) -> None:
    """Each row names its document and its date is resolved against that document's date."""
    frame = spark.createDataFrame(DOCUMENTS, "id string, date string, body string")
    result = extract_measures(frame, default_date=DEFAULT, source="news")
    assert result.columns == column_names(document=True)
    rows = sorted(result.collect(), key=lambda r: (r["document"], r["start"]))
    assert [(r["document"], r["kind"], r["date"]) for r in rows] == _expected()
    assert {r["file"] for r in rows} == {"news"}
    assert rows[0]["document_date"] == datetime.date(2025, 3, 12)
    assert rows[0]["date"] == datetime.date(2025, 4, 1)


def test_schema_types_follow_the_columns(spark: Any) -> None:
    """Dates are Spark dates, offsets longs, flags booleans, values doubles."""
    frame = spark.createDataFrame(DOCUMENTS[:1], "id string, date string, body string")
    types = dict(extract_measures(frame).dtypes)
    assert (types["document_date"], types["start"], types["negated"], types["rate"]) == (
        "date", "bigint", "boolean", "double")
    assert spark_schema().startswith("`document` string")


def test_a_custom_extractor_and_a_text_column_of_another_name(spark: Any) -> None:
    """A user's rule set reaches the workers; the text column and missing ids can be named."""
    frame = spark.createDataFrame(
        [("Atlantis began building a strategic reserve of grain.",)], "story string")
    extractor = Extractor([RuleSet.from_file(RULES / "tiny.toml")])
    rows = extract_measures(frame, text_col="story", id_col=None, date_col=None,
                            extractor=extractor).collect()
    assert [(r["kind"], r["document_date"]) for r in rows] == [("stockpiling", None)]


def test_rows_without_text_fail_the_job_or_are_skipped(spark: Any) -> None:
    """A null text raises DocumentError in the task, unless on_error='skip' drops it."""
    frame = spark.createDataFrame([("x", "2025-01-01", None), ("y", "2025-01-01", NEXT_MONTH)],
                                  "id string, date string, body string")
    assert [r["document"] for r in extract_measures(frame, on_error="skip").collect()] == ["y"]
    # Spark re-raises a task's error as its own exception type, the message kept.
    with pytest.raises(Exception, match="no 'text' field"):
        extract_measures(frame).collect()
    with pytest.raises(ValueError, match="on_error"):
        extract_measures(frame, on_error="ignore")  # type: ignore[arg-type]
    assert issubclass(DocumentError, ValueError)


def test_the_example_counts_what_is_extracted_here(spark: Any) -> None:
    """examples/dask_and_spark.py on Spark counts the measures extracted here one by one."""
    example = load_example("dask_and_spark")
    rows = example.with_spark(spark, [str(example.SAMPLE)])
    assert {(r["kind"], r["imposer"]): r["count"] for r in rows} == measure_counts(
        example.SAMPLE)
