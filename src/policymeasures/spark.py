"""Measures from a Spark DataFrame of documents, by ``mapInPandas``: one extractor per worker.

Needs the ``spark`` extra (``pip install 'policymeasures[spark]'``) and Java. Each
Python worker of each executor builds the default extractor once and reuses it for
every partition it is given; an extractor of your own is shipped as its rule sets and
compiled once per worker (see :class:`~policymeasures.engine.Extractor`)::

    from pyspark.sql import SparkSession
    from policymeasures.spark import extract_measures

    spark = SparkSession.builder.getOrCreate()
    documents = spark.read.json("corpora/*.jsonl")      # id, date, body, ...
    measures = extract_measures(documents)              # one row a measure
    measures.groupBy("kind", "imposer").count().show()

The result has the columns of :func:`policymeasures.to_rows` with the document
columns first (:func:`spark_schema`), typed: dates are Spark dates, offsets and line
numbers longs. Each row's reference date is its document's own date column, read by
:func:`policymeasures.corpus.parse_date` (strings in the usual shapes, dates,
timestamps), else ``default_date``.

A row without text raises :class:`~policymeasures.DocumentError` in the task by
default; ``on_error="skip"`` drops it with a warning on the ``policymeasures`` logger
(in the executor's log). A date that cannot be read is only a warning.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from policymeasures._optional import require
from policymeasures.corpus import DEFAULT_TEXT_FIELDS, OnError, document_from_record, error_policy
from policymeasures.tables import COLUMNS, DOCUMENT_COLUMNS, Explode, Row, to_frame, to_rows

if TYPE_CHECKING:
    import pandas
    import pyspark.sql

    from policymeasures.engine import Extractor

__all__ = ["extract_measures", "spark_schema"]

_SPARK_TYPES = {"string": "string", "int": "bigint", "float": "double", "bool": "boolean",
                "date": "date"}
# The names the selected document columns take inside the job.
_ID, _TEXT, _DATE = "id", "text", "date"


def spark_schema() -> str:
    """The DDL schema of the result: the document columns, then one column per field.

    >>> spark_schema().split(", ")[:3]
    ['`document` string', '`file` string', '`line` bigint']
    """
    return ", ".join(f"`{c.name}` {_SPARK_TYPES[c.type]}"
                     for c in (*DOCUMENT_COLUMNS, *COLUMNS))


def _partition(batches: Iterator[pandas.DataFrame], *, extractor: Extractor | None,
               default_date: datetime.date | None, source: str, explode: Explode | None,
               on_error: OnError) -> Iterator[pandas.DataFrame]:
    """The measures of one partition, batch by batch, by this worker's extractor."""
    if extractor is None:
        from policymeasures.api import default_extractor

        extractor = default_extractor()  # built once per Python worker, then reused
    handle = error_policy(on_error)
    for batch in batches:
        # Missing values (None, NaN, NaT) become None, which a record treats as absent.
        clean = batch.astype(object).where(batch.notna(), None)
        rows: list[Row] = []
        for record in clean.to_dict("records"):
            doc = document_from_record(record, source=source, text_field=_TEXT,
                                       date_field=_DATE, id_field=_ID,
                                       default_date=default_date, on_error=handle)
            if doc is not None:
                measures = extractor.extract(doc.text, reference_date=doc.date)
                rows.extend(to_rows(measures, doc=doc, explode=explode))
        yield to_frame(rows, document=True)


def extract_measures(
    documents: pyspark.sql.DataFrame,
    *,
    text_col: str | None = None,
    id_col: str | None = "id",
    date_col: str | None = "date",
    default_date: datetime.date | None = None,
    source: str = "",
    extractor: Extractor | None = None,
    explode: Explode | None = None,
    on_error: OnError = "raise",
) -> pyspark.sql.DataFrame:
    """A DataFrame of one row a measure (or a target or product with ``explode``).

    ``text_col`` is the column holding each document's text (by default ``body``, or
    ``text`` when there is no ``body``); ``id_col`` and ``date_col`` name its id and
    date (``None``: no ids, every document dated ``default_date``). ``source`` fills
    the ``file`` column, for instance with the corpus's name.
    """
    functions = require("pyspark.sql.functions", "spark", "policymeasures.spark")
    error_policy(on_error)  # refuse a bad value here, not in an executor
    if text_col is None:
        text_col = next((c for c in DEFAULT_TEXT_FIELDS if c in documents.columns), None)
        if text_col is None:
            raise ValueError(f"no text column: name one with text_col "
                             f"(columns: {', '.join(documents.columns)})")
    selected = documents.select(
        functions.col(id_col).cast("string").alias(_ID) if id_col
        else functions.lit(None).cast("string").alias(_ID),
        functions.col(text_col).alias(_TEXT),
        functions.col(date_col).alias(_DATE) if date_col
        else functions.lit(None).cast("string").alias(_DATE),
    )
    work = functools.partial(_partition, extractor=extractor, default_date=default_date,
                             source=source, explode=explode, on_error=on_error)
    return selected.mapInPandas(work, schema=spark_schema())
