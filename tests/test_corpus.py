"""Reading corpora: files, directories, JSON lines, standard input, problems and dates."""

from __future__ import annotations

import contextlib
import datetime
import gzip
import io
import json
import pickle
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policymeasures.corpus import (
    Document,
    DocumentError,
    count_documents,
    parse_date,
    read_documents,
)
from strategies import written_dates

DAY = datetime.date(2025, 3, 12)


def _jsonl(path: Path, *records: object) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(inputs: list[str | Path], **options: object) -> tuple[list[Document],
                                                               list[DocumentError]]:
    problems: list[DocumentError] = []
    docs = list(read_documents(inputs, on_error=problems.append, **options))  # type: ignore[arg-type]
    return docs, problems


def test_text_file_is_one_document_dated_by_default(tmp_path: Path) -> None:
    """A plain file is one document named by its path and dated by ``default_date``."""
    path = tmp_path / "note.txt"
    path.write_text("\ufeffBrazil cut its tariff on tractors.", encoding="utf-8")
    [doc] = read_documents([path], default_date=DAY)
    assert doc == Document(id=str(path), text="Brazil cut its tariff on tractors.", date=DAY,
                           source=str(path), line=None)


def test_directory_is_walked_recursively_in_sorted_order_with_a_glob(tmp_path: Path) -> None:
    """A directory yields its matching files, sorted, subfolders included, hidden ones left out."""
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/two.txt", "a.txt", "c.md", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    docs, problems = _read([tmp_path], glob="**/*.txt")
    assert [d.text for d in docs] == ["a.txt", "b/two.txt"]
    assert problems == []


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    """A directory where the glob finds nothing is reported rather than silently read as empty."""
    docs, problems = _read([tmp_path], glob="*.txt")
    assert docs == []
    assert [p.where for p in problems] == [str(tmp_path)]
    assert "*.txt" in problems[0].reason


def test_jsonl_records_carry_their_own_id_date_and_line(tmp_path: Path) -> None:
    """Each record is a document with its id, its date read from its field, and its line."""
    path = _jsonl(tmp_path / "c.jsonl",
                  {"id": 41, "date": "2-MAR-1987 10:00:00.00", "body": "Tokyo eased quotas."},
                  {"id": "x", "date": "2024-05-15T03:35:54+00:00", "text": "Oslo banned fish."},
                  {"date": None, "body": "No id here."})
    docs, problems = _read([path], default_date=DAY)
    assert [(d.id, d.date, d.line, d.text) for d in docs] == [
        ("41", datetime.date(1987, 3, 2), 1, "Tokyo eased quotas."),
        ("x", datetime.date(2024, 5, 15), 2, "Oslo banned fish."),
        (f"{path}:3", DAY, 3, "No id here."),
    ]
    assert problems == []


def test_body_is_preferred_to_text_and_a_named_field_wins(tmp_path: Path) -> None:
    """Without ``text_field`` the ``body`` is read before ``text``; a named field is used alone."""
    path = _jsonl(tmp_path / "c.jsonl", {"body": "B", "text": "T", "headline": "H"})
    assert [d.text for d in read_documents([path])] == ["B"]
    assert [d.text for d in read_documents([path], text_field="headline")] == ["H"]


def test_field_names_can_be_changed(tmp_path: Path) -> None:
    """``id_field`` and ``date_field`` name other fields; ``date_field=None`` ignores dates."""
    path = _jsonl(tmp_path / "c.jsonl", {"key": "k1", "published": "2020-01-02", "body": "x"})
    [doc] = read_documents([path], id_field="key", date_field="published")
    assert (doc.id, doc.date) == ("k1", datetime.date(2020, 1, 2))
    [doc] = read_documents([path], date_field=None, default_date=DAY)
    assert doc.date == DAY


def test_bad_lines_are_reported_and_skipped_and_the_rest_kept(tmp_path: Path) -> None:
    """Broken JSON, a non-object, a record without text and non-text are skipped, each named."""
    path = _jsonl(tmp_path / "c.jsonl",
                  {"id": 1, "body": "first"},
                  '{"id": 2, "body": "trunc',
                  "[1, 2]",
                  {"id": 4, "title": "no body"},
                  {"id": 5, "body": 17},
                  "",
                  {"id": 7, "body": "last"})
    docs, problems = _read([path])
    assert [d.id for d in docs] == ["1", "7"]
    assert [p.where for p in problems] == [f"{path}:2", f"{path}:3", f"{path}:4 (id 4)",
                                           f"{path}:5 (id 5)"]
    assert all(p.skipped for p in problems)
    assert "not valid JSON" in problems[0].reason
    assert "JSON object" in problems[1].reason
    assert "'body' or 'text'" in problems[2].reason
    assert "int, not text" in problems[3].reason


def test_undecodable_line_spoils_only_itself(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 on one line skip that line only."""
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"body": "caf\xe9"}\n{"body": "fine"}\n')
    docs, problems = _read([path])
    assert [d.text for d in docs] == ["fine"]
    assert [p.where for p in problems] == [f"{path}:1"]


def test_unreadable_date_keeps_the_document_with_the_default_date(tmp_path: Path) -> None:
    """A date field that names no day is reported with ``skipped=False``; the text is still read."""
    path = _jsonl(tmp_path / "c.jsonl", {"id": "a", "date": "2004-2005 (not given)", "body": "x"})
    docs, problems = _read([path], default_date=DAY)
    assert [(d.id, d.date) for d in docs] == [("a", DAY)]
    assert [(p.where, p.skipped) for p in problems] == [(f"{path}:1 (id a)", False)]
    assert "'date'" in problems[0].reason


def test_missing_and_undecodable_files_are_reported_and_skipped(tmp_path: Path) -> None:
    """A missing file and a Latin-1 file are named with a reason; the good file is still read."""
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9 tariffs".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("fine", encoding="utf-8")
    docs, problems = _read([tmp_path / "missing.txt", bad, good])
    assert [d.text for d in docs] == ["fine"]
    assert [(Path(p.where).name, p.reason) for p in problems] == [
        ("missing.txt", "no such file"), ("latin1.txt", "not valid UTF-8 (byte 3)")]


def test_gzip_files_are_decompressed_and_corrupt_ones_reported(tmp_path: Path) -> None:
    """``.jsonl.gz`` is a compressed corpus; a file that is not gzip is reported, not raised."""
    packed = tmp_path / "c.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": 1, "body": "zipped"}) + "\n")
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(b"plainly not gzip")
    docs, problems = _read([packed, broken])
    assert [(d.id, d.text) for d in docs] == [("1", "zipped")]
    assert [p.where for p in problems] == [str(broken)]
    assert "gzip" in problems[0].reason


def test_jsonl_option_overrides_the_file_name(tmp_path: Path) -> None:
    """``jsonl=False`` reads a ``.jsonl`` file as one text; ``jsonl=True`` a ``.txt`` as lines."""
    path = _jsonl(tmp_path / "c.jsonl", {"body": "x"})
    [doc] = read_documents([path], jsonl=False)
    assert doc.text.startswith("{")
    other = _jsonl(tmp_path / "c.txt", {"body": "x"}, {"body": "y"})
    assert [d.text for d in read_documents([other], jsonl=True)] == ["x", "y"]


def test_standard_input_as_text_or_as_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """``-`` reads standard input: one text, or JSON lines with ``jsonl=True``."""
    lines = b'{"id": "s1", "body": "a"}\n{"id": "s2", "body": "b"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    assert [(d.id, d.source) for d in read_documents(["-"], jsonl=True)] == [
        ("s1", "<stdin>"), ("s2", "<stdin>")]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Plain words.")))
    assert [(d.id, d.text) for d in read_documents("-")] == [("<stdin>", "Plain words.")]


def test_without_a_handler_the_first_problem_is_raised(tmp_path: Path) -> None:
    """``on_error=None`` raises the first ``DocumentError``, a ``ValueError`` naming the line."""
    path = _jsonl(tmp_path / "c.jsonl", {"body": "ok"}, "{oops")
    reader = read_documents([path])
    assert next(reader).text == "ok"
    with pytest.raises(ValueError, match=r"c\.jsonl:2: not valid JSON"):
        next(reader)


def test_document_error_survives_pickling() -> None:
    """Errors cross process boundaries with every attribute intact."""
    error = pickle.loads(pickle.dumps(DocumentError("f.jsonl:3", "bad", skipped=False)))
    assert (error.where, error.reason, error.skipped, str(error)) == (
        "f.jsonl:3", "bad", False, "f.jsonl:3: bad")


def test_count_documents_counts_records_and_files(tmp_path: Path) -> None:
    """Counting sees every non-blank record line and one per text file; stdin is unknown."""
    _jsonl(tmp_path / "c.jsonl", {"body": "x"}, "", {"body": "y"}, "{broken")
    (tmp_path / "t.txt").write_text("z", encoding="utf-8")
    assert count_documents([tmp_path]) == 4
    assert count_documents([tmp_path, "-"]) is None


@given(written_dates)
def test_parse_date_reads_every_shape_of_a_day(case: tuple[datetime.date, str]) -> None:
    """ISO dates and date-times, Reuters' stamps and written-out dates all name their day."""
    day, written = case
    assert parse_date(written) == day


@given(st.text(max_size=40))
def test_parse_date_fails_only_with_value_error(text: str) -> None:
    """Any text either names a day or raises ``ValueError``, never another exception."""
    with contextlib.suppress(ValueError):
        assert isinstance(parse_date(text), datetime.date)


@pytest.mark.parametrize("text", ["2019", "2025-03", "2004-2005 (exact date not given)",
                                  "31-FEB-1987", "Smarch 3, 2020", "Fri, 2020"])
def test_parse_date_refuses_what_is_not_a_day(text: str) -> None:
    """A year, a month, a range, an impossible day or an unknown month name is not a date."""
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(text)


@given(st.lists(st.tuples(st.integers(0, 10**6), st.text(max_size=30)), max_size=12))
def test_jsonl_round_trip_keeps_order_ids_and_texts(records: list[tuple[int, str]]) -> None:
    """Whatever the texts, a corpus written as JSON lines is read back in order, unchanged."""
    lines = "".join(json.dumps({"id": i, "body": t}) + "\n" for i, t in records)
    stdin = io.TextIOWrapper(io.BytesIO(lines.encode("utf-8")))
    original = sys.stdin
    sys.stdin = stdin
    try:
        docs = list(read_documents("-", jsonl=True))
    finally:
        sys.stdin = original
    assert [(d.id, d.text, d.line) for d in docs] == [
        (str(i), t, n) for n, (i, t) in enumerate(records, start=1)]
