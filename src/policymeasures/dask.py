"""Measures from a corpus on Dask: a bag of documents, a bag of records, a DataFrame of rows.

Needs the ``dask`` extra (``pip install 'policymeasures[dask]'``). Each partition is read
by one extractor: the default one is built once per worker process; one of your own is
shipped to the workers as its rule sets and compiled once per process (see
:class:`~policymeasures.engine.Extractor`). Any Dask scheduler works: the default for
bags (processes), ``dask.config.set(scheduler="synchronous")`` for debugging, or a
``distributed`` cluster::

    from policymeasures import dask as pmdask

    docs = pmdask.read_corpus("corpora/*.jsonl", blocksize="64MiB")
    frame = pmdask.extract_frame(docs)          # a dask DataFrame, one row a measure
    frame.groupby("imposer").size().compute()

    records = pmdask.extract_records(docs)      # a bag of JSON-shaped dicts
    records.map(json.dumps).to_textfiles("out/*.jsonl")

Documents are read as by :func:`policymeasures.corpus.read_documents` from JSON-lines
files (local paths, globs or any URL Dask can read, compressed or not), with the same
field options. A line that cannot be read raises :class:`~policymeasures.DocumentError`
by default; ``on_error="skip"`` drops it with a warning on the ``policymeasures``
logger instead. A date that cannot be read is always only a warning: the document
keeps ``default_date``.
"""

from __future__ import annotations

import datetime
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from policymeasures._optional import require
from policymeasures.corpus import Document, DocumentError, document_from_record
from policymeasures.serialize import measure_to_dict
from policymeasures.tables import Explode, Row, document_row, to_frame, to_rows

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

    from policymeasures.engine import Extractor
    from policymeasures.records import Measure

__all__ = ["extract_frame", "extract_records", "read_corpus"]

logger = logging.getLogger("policymeasures")

OnError = Literal["raise", "skip"]
# Bytes of a file per partition: a few thousand news articles, a few seconds of work.
DEFAULT_BLOCKSIZE = "8MiB"


def _handler(on_error: OnError) -> Callable[[DocumentError], None]:
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")

    def handle(error: DocumentError) -> None:
        if error.skipped and on_error == "raise":
            raise error
        logger.warning("%s", error)

    return handle


def _documents(lines: Iterable[tuple[str, str]], fields: dict[str, Any],
               on_error: OnError) -> Iterator[Document]:
    """The documents of one partition's ``(line, path)`` pairs."""
    handle = _handler(on_error)
    for raw, path in lines:
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError as exc:
            handle(DocumentError(path, f"not valid JSON: {exc}"))
            continue
        document = document_from_record(record, source=path, on_error=handle, **fields)
        if document is not None:
            yield document


def read_corpus(
    urlpath: str | list[str],
    *,
    text_field: str | None = None,
    date_field: str | None = "date",
    id_field: str | None = "id",
    default_date: datetime.date | None = None,
    blocksize: str | int | None = DEFAULT_BLOCKSIZE,
    on_error: OnError = "raise",
) -> dask.bag.Bag:
    """A bag of :class:`~policymeasures.corpus.Document` from JSON-lines files.

    ``blocksize`` splits large files into partitions of about that many bytes;
    ``None`` makes one partition per file. Line numbers are not known inside a block,
    so ``Document.line`` is ``None`` and a record without an id is named by its path.
    """
    bag = require("dask.bag", "dask", "policymeasures.dask")
    _handler(on_error)  # refuse a bad value here, not in a worker
    fields = {"text_field": text_field, "date_field": date_field, "id_field": id_field,
              "default_date": default_date}
    lines = bag.read_text(urlpath, blocksize=blocksize, include_path=True)
    return lines.map_partitions(_documents, fields, on_error)


def _extract(docs: Iterable[Document], extractor: Extractor | None
             ) -> Iterator[tuple[Document, list[Measure]]]:
    """Each document with its measures, by this worker's extractor."""
    if extractor is None:
        from policymeasures.api import default_extractor

        extractor = default_extractor()  # built once per process, then reused
    for doc in docs:
        yield doc, extractor.extract(doc.text, reference_date=doc.date)


def _records(docs: Iterable[Document], extractor: Extractor | None) -> list[dict[str, Any]]:
    return [{**document_row(doc), **measure_to_dict(m)}
            for doc, measures in _extract(docs, extractor) for m in measures]


def _rows(docs: Iterable[Document], extractor: Extractor | None,
          explode: Explode | None) -> list[Row]:
    return [row for doc, measures in _extract(docs, extractor)
            for row in to_rows(measures, doc=doc, explode=explode)]


def extract_records(documents: dask.bag.Bag, *,
                    extractor: Extractor | None = None) -> dask.bag.Bag:
    """A bag of one dict a measure: its JSON shape with the keys naming its document.

    The dicts are those ``policymeasures extract --format jsonl`` writes: ``document``,
    ``file``, ``line`` and ``document_date``, then the measure's fields.
    """
    return documents.map_partitions(_records, extractor)


def _frame(docs: Iterable[Document], extractor: Extractor | None,
           explode: Explode | None) -> Any:
    return to_frame(_rows(docs, extractor, explode), document=True)


def extract_frame(documents: dask.bag.Bag, *, extractor: Extractor | None = None,
                  explode: Explode | None = None) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of one row a measure (or a target or product with ``explode``).

    The columns and their types are those of :func:`policymeasures.to_frame` with the
    document columns first; each partition of documents gives one partition of rows.
    """
    dataframe = require("dask.dataframe", "dask", "policymeasures.dask")
    delayed = require("dask", "dask", "policymeasures.dask").delayed
    meta = to_frame([], document=True)
    parts = [delayed(_frame)(part, extractor, explode) for part in documents.to_delayed()]
    return dataframe.from_delayed(parts, meta=meta)
