"""Measures as flat rows for spreadsheets, CSV, Parquet and data frames.

:func:`to_rows` is the one conversion from measures to table rows; the CSV and Parquet
writers, :func:`to_frame` and the Dask and Spark integrations all use it, and it is built
on :func:`~policymeasures.serialize.measure_to_dict`, the one conversion to plain data.

A row has one column per scalar, in the order of :data:`COLUMNS`. An actor is its code,
with its name beside it; a magnitude is its value with its unit, bound, top of range,
previous level and words beside it; an empty slot is ``None``. The lists (targets,
products) are joined with :data:`LIST_SEPARATOR`, or exploded into one row per item
with ``explode="targets"`` or ``explode="products"``, the columns staying the same.
Offsets of actors, magnitudes and products are left out: they are in the JSON shape.
Given the :class:`~policymeasures.corpus.Document` a measure came from, a row starts
with the :data:`DOCUMENT_COLUMNS` that name it.

>>> import datetime
>>> from policymeasures import extract
>>> [m] = extract("Mexico raised the duty on imported footwear to 35% from March 1.",
...               reference_date=datetime.date(2025, 2, 10))
>>> row = to_rows([m])[0]
>>> row["kind"], row["imposer"], row["rate"], row["rate_unit"], row["products"], row["date"]
('tariff', 'MEX', 35.0, '%', 'footwear', '2025-03-01')
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TextIO

from policymeasures._optional import require
from policymeasures.serialize import measure_to_dict

if TYPE_CHECKING:
    import os

    import pandas

    from policymeasures.corpus import Document
    from policymeasures.records import Measure

__all__ = [
    "COLUMNS",
    "DOCUMENT_COLUMNS",
    "LIST_SEPARATOR",
    "Column",
    "ParquetWriter",
    "column_names",
    "document_row",
    "to_frame",
    "to_rows",
    "write_csv",
]

Row = dict[str, Any]
ColumnType = Literal["string", "int", "float", "bool", "date"]
Explode = Literal["targets", "products"]

# Joins the codes, names and goods of one measure in one cell. Codes and HS numbers
# never hold it, and goods named in news almost never do.
LIST_SEPARATOR = ";"
# Rows a Parquet writer gathers before writing them as one row group.
PARQUET_ROW_GROUP = 50_000


class Column(NamedTuple):
    """A table column: its name, the type of its values and what it holds."""

    name: str
    type: ColumnType
    description: str


DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("document", "string", "the id of the document the measure was read from"),
    Column("file", "string", "the file it came from (<stdin> for standard input)"),
    Column("line", "int", "its line in a JSON-lines file"),
    Column("document_date", "date", "the document's date, the reference for relative dates"),
)

COLUMNS: tuple[Column, ...] = (
    Column("kind", "string", "tariff, export_control, ... or a custom rule set's kind"),
    Column("action", "string", "impose, increase, decrease, suspend or lift"),
    Column("status", "string", "threatened, proposed, announced, agreed or effective"),
    Column("negated", "bool", "the sentence denies the action"),
    Column("imposer", "string", "the imposer's code (ISO 3166 alpha-3, EU, ...)"),
    Column("imposer_name", "string", "the imposer's English name"),
    Column("imposer_text", "string", "the words that named the imposer"),
    Column("targets", "string", "the targets' codes, joined (or one, exploded)"),
    Column("target_names", "string", "the targets' names, joined (or one, exploded)"),
    Column("rate", "float", "the rate's value (a share or a price per unit)"),
    Column("rate_unit", "string", "%, pp, a currency per unit such as USD/bu"),
    Column("rate_bound", "string", "exact, upper, lower, approx or range"),
    Column("rate_high", "float", "the top of a range of rates"),
    Column("rate_previous", "float", "the level before a change"),
    Column("rate_text", "string", "the words of the rate"),
    Column("amount", "float", "the amount's value: money or a quantity"),
    Column("amount_unit", "string", "a currency code or a quantity unit"),
    Column("amount_bound", "string", "exact, upper, lower, approx or range"),
    Column("amount_high", "float", "the top of a range of amounts"),
    Column("amount_previous", "float", "the amount before a change"),
    Column("amount_text", "string", "the words of the amount"),
    Column("products", "string", "the goods' words, joined (or one, exploded)"),
    Column("hs", "string", "their HS codes, joined"),
    Column("date", "date", "when the measure takes or took effect"),
    Column("date_text", "string", "the words the date was read from"),
    Column("confidence", "float", "how likely the whole record is right, 0 to 1"),
    Column("rule", "string", "the id of the rule that fired"),
    Column("start", "int", "where the evidence sentence starts in the document"),
    Column("end", "int", "where it ends"),
    Column("text", "string", "the evidence sentence"),
)

_EXPLODE = ("targets", "products")


def column_names(*, document: bool) -> list[str]:
    """The names of a row's columns, with or without the document columns first."""
    columns = (*DOCUMENT_COLUMNS, *COLUMNS) if document else COLUMNS
    return [c.name for c in columns]


def _joined(values: Iterable[str]) -> str | None:
    unique = list(dict.fromkeys(v for v in values if v))
    return LIST_SEPARATOR.join(unique) if unique else None


def _magnitude(prefix: str, data: dict[str, Any] | None) -> Row:
    data = data or {}
    return {prefix: data.get("value"), f"{prefix}_unit": data.get("unit"),
            f"{prefix}_bound": data.get("bound"), f"{prefix}_high": data.get("high"),
            f"{prefix}_previous": data.get("previous"), f"{prefix}_text": data.get("text")}


def _measure_row(data: dict[str, Any]) -> Row:
    imposer = data["imposer"] or {}
    targets, products = data["targets"], data["products"]
    date_span = data["date_span"] or {}
    return {
        "kind": data["kind"],
        "action": data["action"],
        "status": data["status"],
        "negated": data["negated"],
        "imposer": imposer.get("code"),
        "imposer_name": imposer.get("name"),
        "imposer_text": imposer.get("text"),
        "targets": _joined(t["code"] for t in targets),
        "target_names": _joined(t["name"] for t in targets),
        **_magnitude("rate", data["rate"]),
        **_magnitude("amount", data["amount"]),
        "products": _joined(p["text"] for p in products),
        "hs": _joined(code for p in products for code in p["hs"]),
        "date": data["date"],
        "date_text": date_span.get("text"),
        "confidence": data["confidence"],
        "rule": data["rule"],
        "start": data["start"],
        "end": data["end"],
        "text": data["text"],
    }


def document_row(doc: Document | None) -> Row:
    """The document columns of a row: the id, file, line and date of ``doc``."""
    if doc is None:
        return {}
    return {"document": doc.id, "file": doc.source or None, "line": doc.line,
            "document_date": doc.date.isoformat() if doc.date else None}


def _exploded(row: Row, data: dict[str, Any], explode: Explode | None) -> list[Row]:
    if explode == "targets" and data["targets"]:
        return [{**row, "targets": t["code"], "target_names": t["name"]}
                for t in data["targets"]]
    if explode == "products" and data["products"]:
        return [{**row, "products": p["text"], "hs": _joined(p["hs"])}
                for p in data["products"]]
    return [row]


def to_rows(measures: Iterable[Measure], *, doc: Document | None = None,
            explode: Explode | None = None) -> list[Row]:
    """Flat rows of the measures: one a measure, or one a target or product when exploded.

    ``doc``, the document the measures were read from, adds the document columns.
    A measure with no targets (or products) still gives one row when exploded, with
    that column empty, so no measure is lost.

    >>> from policymeasures import extract
    >>> found = extract("Canada imposed duties on Chinese and Japanese steel, copper "
    ...                 "and aluminium.")
    >>> [(r["imposer"], r["targets"], r["products"], r["hs"]) for r in to_rows(found)]
    [('CAN', 'CHN;JPN', 'steel;copper;aluminium', '72;73;74;76')]
    >>> [r["targets"] for r in to_rows(found, explode="targets")]
    ['CHN', 'JPN']
    >>> [(r["products"], r["hs"]) for r in to_rows(found, explode="products")]
    [('steel', '72;73'), ('copper', '74'), ('aluminium', '76')]
    """
    if explode is not None and explode not in _EXPLODE:
        raise ValueError(f"explode must be 'targets', 'products' or None, not {explode!r}")
    prefix = document_row(doc)
    rows: list[Row] = []
    for measure in measures:
        data = measure_to_dict(measure)
        rows.extend(_exploded({**prefix, **_measure_row(data)}, data, explode))
    return rows


def write_csv(rows: Iterable[Row], out: TextIO, *, document: bool = True,
              header: bool = True) -> None:
    """Rows as CSV (the standard ``csv`` dialect), in the order of the columns.

    ``document`` says whether the rows carry the document columns; ``header=False``
    appends to a table already begun, which is how a long run streams its rows.
    Empty values are empty cells.
    """
    writer = csv.DictWriter(out, fieldnames=column_names(document=document),
                            extrasaction="raise", lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(rows)


def _columns_of(rows: Sequence[Row], document: bool | None) -> tuple[Column, ...]:
    if document is None:
        document = bool(rows) and "document" in rows[0]
    return (*DOCUMENT_COLUMNS, *COLUMNS) if document else COLUMNS


def to_frame(rows: Iterable[Row], *, document: bool | None = None) -> pandas.DataFrame:
    """A pandas DataFrame of rows from :func:`to_rows`, columns in order and typed.

    Dates become ``datetime64``, counts nullable integers, flags booleans, and empty
    cells missing values. ``document`` says whether the document columns are there;
    by default the first row tells, and an empty frame has the measure columns only.
    Needs the ``pandas`` extra (``pip install 'policymeasures[pandas]'``).
    """
    pd = require("pandas", "pandas", "to_frame()")
    rows = list(rows)
    columns = _columns_of(rows, document)
    frame = pd.DataFrame.from_records(rows, columns=[c.name for c in columns])
    for column in columns:
        if column.type == "date":
            frame[column.name] = pd.to_datetime(frame[column.name], format="ISO8601").astype(
                DATE_DTYPE)
        else:
            frame[column.name] = frame[column.name].astype(_PANDAS_TYPES[column.type])
    return frame


# Days in seconds' resolution: one type whatever pandas infers, and any year a text names.
DATE_DTYPE = "datetime64[s]"
_PANDAS_TYPES = {"string": "string", "int": "Int64", "float": "float64", "bool": "boolean"}


class ParquetWriter:
    """Rows written to a Parquet file as they come, in row groups of a bounded size.

    Use as a context manager; closing writes what is left and the file's footer.
    Needs the ``parquet`` extra (``pip install 'policymeasures[parquet]'``).
    """

    def __init__(self, path: str | os.PathLike[str], *, document: bool = True) -> None:
        self._pa = require("pyarrow", "parquet", "Parquet output")
        parquet = require("pyarrow.parquet", "parquet", "Parquet output")
        self._columns = (*DOCUMENT_COLUMNS, *COLUMNS) if document else COLUMNS
        self._schema = self._pa.schema(
            [(c.name, self._arrow_type(c.type)) for c in self._columns])
        self._writer = parquet.ParquetWriter(path, self._schema)
        self._pending: list[Row] = []

    def _arrow_type(self, kind: ColumnType) -> Any:
        pa = self._pa
        return {"string": pa.string(), "int": pa.int64(), "float": pa.float64(),
                "bool": pa.bool_(), "date": pa.date32()}[kind]

    def write(self, rows: Iterable[Row]) -> None:
        """Add rows; they are written once a row group's worth has gathered."""
        self._pending.extend(rows)
        if len(self._pending) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        pa = self._pa
        arrays = []
        for column in self._columns:
            values = [row.get(column.name) for row in self._pending]
            if column.type == "date":
                arrays.append(pa.array(values, type=pa.string()).cast(pa.date32()))
            else:
                arrays.append(pa.array(values, type=self._arrow_type(column.type)))
        self._writer.write_table(pa.Table.from_arrays(arrays, schema=self._schema))
        self._pending = []

    def close(self) -> None:
        """Write the rows still gathered and finish the file."""
        self._flush()
        self._writer.close()

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
