"""Measures as flat rows: columns, joined and exploded lists, CSV, Parquet and pandas."""

from __future__ import annotations

import csv
import datetime
import io
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings

from policymeasures import Document, Measure, MissingExtraError, extract, tables, to_frame, to_rows
from policymeasures.serialize import measure_to_dict
from policymeasures.tables import ParquetWriter, column_names, write_csv
from strategies import MEASURE_SENTENCES, trade_text

REF = datetime.date(2025, 3, 12)
DOC = Document(id="art-1", text="", date=REF, source="news.jsonl", line=4)
SENTENCE = "Canada imposed duties of up to 30% on Chinese and Japanese steel and copper."
SCALARS = (str, int, float, bool, type(None))


def _measures(text: str = SENTENCE) -> list[Measure]:
    return extract(text, reference_date=REF)


def test_rows_follow_the_columns_and_name_their_document() -> None:
    """Every row has exactly the documented columns, in order, document columns first."""
    [row] = to_rows(_measures(), doc=DOC)
    assert list(row) == column_names(document=True)
    assert (row["document"], row["file"], row["line"], row["document_date"]) == (
        "art-1", "news.jsonl", 4, "2025-03-12")
    assert list(to_rows(_measures())[0]) == column_names(document=False)


def test_slots_become_scalars_and_lists_are_joined() -> None:
    """Actors give codes and names, a magnitude its value, unit and bound, lists one cell."""
    [row] = to_rows(_measures())
    assert (row["imposer"], row["imposer_name"], row["targets"]) == ("CAN", "Canada", "CHN;JPN")
    assert (row["rate"], row["rate_unit"], row["rate_bound"]) == (30.0, "%", "upper")
    assert row["amount"] is None and row["amount_unit"] is None
    assert (row["products"], row["hs"]) == ("steel;copper", "72;73;74")
    assert SENTENCE[row["start"]:row["end"]] == row["text"]


def test_explode_gives_one_row_per_item_and_keeps_bare_measures() -> None:
    """Exploding targets or products repeats the measure per item; none still gives one row."""
    measures = _measures()
    assert [r["targets"] for r in to_rows(measures, explode="targets")] == ["CHN", "JPN"]
    assert [(r["products"], r["hs"]) for r in to_rows(measures, explode="products")] == [
        ("steel", "72;73"), ("copper", "74")]
    bare = extract("India lifted its ban on wheat exports.")
    assert [r["targets"] for r in to_rows(bare, explode="targets")] == [None]


def test_unknown_explode_is_refused() -> None:
    """Only targets and products can be exploded."""
    with pytest.raises(ValueError, match="explode"):
        to_rows(_measures(), explode="imposer")  # type: ignore[arg-type]


@settings(max_examples=60)
@given(trade_text)
def test_rows_are_flat_and_agree_with_the_json_shape(text: str) -> None:
    """For any text, each row holds scalars only and repeats the JSON shape's values."""
    measures = extract(text)
    rows = to_rows(measures)
    assert len(rows) == len(measures)
    for measure, row in zip(measures, rows, strict=True):
        data = measure_to_dict(measure)
        assert all(isinstance(v, SCALARS) for v in row.values())
        for key in ("kind", "action", "status", "negated", "date", "rule", "confidence",
                    "start", "end", "text"):
            assert row[key] == data[key]


def test_csv_round_trips_through_the_standard_reader() -> None:
    """CSV has the header once and one line a row; the reader gets every value back as text."""
    out = io.StringIO()
    rows = [row for s in MEASURE_SENTENCES for row in to_rows(extract(s), doc=DOC)]
    write_csv(rows[:3], out)
    write_csv(rows[3:], out, header=False)
    read = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(read) == len(rows)
    assert [r["kind"] for r in read] == [r["kind"] for r in rows]
    assert [r["rate"] for r in read] == ["" if r["rate"] is None else str(r["rate"])
                                         for r in rows]


def test_to_frame_types_its_columns() -> None:
    """The frame has the columns in order with dates, nullable integers and booleans."""
    pd = pytest.importorskip("pandas")
    frame = to_frame(to_rows(_measures(), doc=DOC))
    assert list(frame.columns) == column_names(document=True)
    assert frame["document_date"].iloc[0] == pd.Timestamp("2025-03-12")
    assert str(frame["line"].dtype) == "Int64" and str(frame["negated"].dtype) == "boolean"
    assert frame["rate"].iloc[0] == 30.0 and pd.isna(frame["amount"].iloc[0])
    assert list(to_frame([]).columns) == column_names(document=False)


def test_parquet_writer_writes_typed_row_groups(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows written in several groups read back with the same values and typed dates."""
    parquet = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(tables, "PARQUET_ROW_GROUP", 2)
    rows = [row for s in MEASURE_SENTENCES for row in to_rows(extract(s), doc=DOC)]
    path = tmp_path / "m.parquet"
    with ParquetWriter(path) as writer:
        for row in rows:
            writer.write([row])
    table = parquet.read_table(path)
    assert table.column_names == column_names(document=True)
    assert table.num_rows == len(rows)
    assert parquet.ParquetFile(path).num_row_groups > 1
    assert table.column("document_date").to_pylist()[0] == REF
    assert table.column("kind").to_pylist() == [r["kind"] for r in rows]


def test_missing_extra_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, to_frame raises an ImportError naming the extra to install."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"policymeasures\[pandas\]"):
        to_frame([])
    with pytest.raises(ImportError):
        to_frame([])
