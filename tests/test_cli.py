"""The ``policymeasures extract`` command: corpus inputs, formats, streaming and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from policymeasures.cli import DATE_PROBLEMS_SHOWN, main

ARTICLE = ("Canada imposed a 25% tariff on U.S. steel. The weather was mild. "
           "India lifted its ban on wheat exports.")
NEXT_MONTH = "Canada will impose a 25% tariff on U.S. steel next month."


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A text file holding two measures."""
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _corpus(path: Path, *records: object) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A JSON-lines corpus whose documents have their own dates, one broken line between them."""
    return _corpus(
        tmp_path / "news.jsonl",
        {"id": "a", "date": "2025-03-12", "body": NEXT_MONTH},
        '{"id": "b", "date": "2025-03-',
        {"id": "c", "date": "26-FEB-1987 15:01:11.79", "body": NEXT_MONTH},
        {"id": "d", "body": "India lifted its ban on wheat exports. " + NEXT_MONTH},
    )


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_table_lists_every_measure(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The default table has a header and one row per measure naming its document."""
    assert main(["extract", str(article), "--date", "2025-03-12"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["document", "kind", "action", "status"]
    rows = lines[2:]
    assert len(rows) == 2
    document = str(article) if len(str(article)) <= 20 else "\u2026" + str(article)[-19:]
    assert rows[0].startswith(document)
    header_kind = lines[0].index("kind")
    assert rows[0][header_kind:].startswith("tariff")  # aligned under its header
    assert rows[1][header_kind:].startswith("export_control")
    assert "tariff" in rows[0] and "CAN" in rows[0] and "USA" in rows[0] and "25 %" in rows[0]
    assert "export_control" in rows[1] and "lift" in rows[1]


def test_table_says_when_nothing_was_found(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A run without measures prints one plain line instead of an empty table."""
    path = tmp_path / "plain.txt"
    path.write_text("The orchestra will tour six cities.", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    assert capsys.readouterr().out == "no measures found\n"


def test_jsonl_is_one_measure_per_line(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """JSON lines carry the documented measure shape plus the keys naming the document."""
    assert main(["extract", str(article), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["kind"] for r in records] == ["tariff", "export_control"]
    assert records[0]["file"] == str(article) and records[0]["document"] == str(article)
    assert records[0]["line"] is None
    assert records[0]["rate"]["value"] == 25.0
    assert ARTICLE[records[0]["start"]:records[0]["end"]] == records[0]["text"]


def test_json_groups_measures_by_document(article: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """JSON output is one list of {document, file, measures}, empty documents included."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["extract", str(article), str(empty), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [(p["file"], len(p["measures"])) for p in payload] == [(str(article), 2),
                                                                  (str(empty), 0)]


def test_json_of_nothing_is_an_empty_list(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """An input with no documents still gives valid JSON."""
    path = _corpus(tmp_path / "none.jsonl", "")
    assert main(["extract", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_reads_standard_input(monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    """'-' (or no input) reads UTF-8 text from standard input as one document."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    assert main(["extract", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["document"] for r in records] == ["<stdin>", "<stdin>"]


def test_reads_json_lines_from_standard_input(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """``--jsonl`` reads standard input as a corpus, one document a line."""
    lines = "".join(json.dumps({"id": i, "body": ARTICLE}) + "\n" for i in (1, 2))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8"))))
    assert main(["extract", "--jsonl", "--format", "csv"]) == 0
    assert [r["document"] for r in _csv(capsys.readouterr().out)] == ["1", "1", "2", "2"]


def test_csv_rows_are_dated_by_their_own_document(corpus: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Each record's date is resolved against its own document's date, else --date."""
    status = main(["extract", str(corpus), "--format", "csv", "--date", "2020-06-15"])
    captured = capsys.readouterr()
    rows = _csv(captured.out)
    assert [(r["document"], r["line"], r["document_date"], r["date"]) for r in rows
            if r["kind"] == "tariff"] == [
        ("a", "1", "2025-03-12", "2025-04-01"),
        ("c", "3", "1987-02-26", "1987-03-01"),
        ("d", "4", "2020-06-15", "2020-07-01"),
    ]
    assert [r["kind"] for r in rows if r["document"] == "d"] == ["export_control", "tariff"]
    assert status == 1
    assert f"{corpus}:2: not valid JSON" in captured.err


def test_a_broken_line_is_named_and_the_rest_kept(corpus: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A corrupted record is reported once on stderr with its line; exit 1; others written."""
    assert main(["extract", str(corpus), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "(skipped)" in captured.err
    assert {json.loads(line)["document"] for line in captured.out.splitlines()} == {"a", "c",
                                                                                    "d"}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("latin1.txt", "caf\xe9 tariffs".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_unreadable_files_are_skipped_and_others_read(
    name: str, content: bytes | None, message: str, article: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing or undecodable file is named on stderr; the next file is still read; exit 1."""
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    assert main(["extract", str(bad), str(article), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert captured.err.splitlines() == [f"policymeasures: {bad}: {message}"
                                         + (" (byte 3)" if content else "") + " (skipped)"]


def test_directories_are_read_recursively_with_a_glob(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory input reads its files below it that match ``--glob``, in sorted order."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "more.txt").write_text(NEXT_MONTH, encoding="utf-8")
    (tmp_path / "notes.md").write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--glob", "**/*.txt", "--format", "csv"]) == 0
    documents = [r["document"] for r in _csv(capsys.readouterr().out)]
    assert documents == [str(article), str(article), str(tmp_path / "sub" / "more.txt")]


def test_many_date_problems_are_counted_not_listed(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Dates that name no day are shown a few times, then counted; they do not fail the run."""
    many = DATE_PROBLEMS_SHOWN + 4
    path = _corpus(tmp_path / "c.jsonl",
                   *({"id": i, "date": "2004-2005", "body": ARTICLE} for i in range(many)))
    assert main(["extract", str(path), "--format", "csv", "--date", "2005-01-01"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == DATE_PROBLEMS_SHOWN + 1
    assert "dated 2005-01-01 from --date" in err[0]
    assert err[-1].startswith("policymeasures: 4 more documents with a date")


def test_two_jobs_write_what_one_job_writes(corpus: Path, article: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """With worker processes the output is identical, in the same order."""
    args = ["extract", str(corpus), str(article), str(corpus), "--format", "csv"]
    main(args)
    serial = capsys.readouterr()
    main([*args, "--jobs", "2", "--batch-size", "1"])
    parallel = capsys.readouterr()
    assert parallel.out == serial.out and parallel.err == serial.err


def test_output_file(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--output`` writes the table to a file and nothing to standard output."""
    target = tmp_path / "out.csv"
    main(["extract", str(corpus), "--format", "csv", "--output", str(target), "--quiet"])
    assert capsys.readouterr().out == ""
    assert len(_csv(target.read_text(encoding="utf-8"))) == 4


def test_parquet_needs_an_output_file(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Parquet is not written to a terminal: without --output it is a usage error."""
    assert main(["extract", str(corpus), "--format", "parquet"]) == 2
    assert "--output" in capsys.readouterr().err


def test_parquet_output(corpus: Path, tmp_path: Path) -> None:
    """``--format parquet`` writes the same rows as CSV, typed, exploded when asked."""
    parquet = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "out.parquet"
    main(["extract", str(corpus), "--format", "parquet", "-o", str(target),
          "--explode", "products"])
    table = parquet.read_table(target)
    assert table.column("document").to_pylist() == ["a", "c", "d", "d"]
    assert table.column("products").to_pylist() == ["steel", "steel", "wheat", "steel"]


class _Terminal(io.StringIO):
    """A stand-in for a terminal on stderr."""

    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_and_not_when_quiet(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal stderr shows documents, measures and speed, then erases the line."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["extract", str(corpus), "--format", "csv"])
    shown = terminal.getvalue()
    assert "/4 documents" in shown and "measures" in shown and "chars/s" in shown
    assert shown.endswith("\r\x1b[K")
    quiet = _Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    main(["extract", str(corpus), "--format", "csv", "--quiet"])
    assert "documents" not in quiet.getvalue()
    assert "not valid JSON" in quiet.getvalue()
    capsys.readouterr()


def test_no_progress_when_the_rows_go_to_the_terminal(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows printed on the terminal are the progress: no status line is cut into them."""
    monkeypatch.setattr(sys, "stderr", _Terminal())
    monkeypatch.setattr(sys, "stdout", _Terminal())
    main(["extract", str(corpus), "--format", "csv"])
    assert "documents" not in sys.stderr.getvalue()  # type: ignore[attr-defined]
    assert sys.stdout.getvalue().startswith("document,")  # type: ignore[attr-defined]


def test_bad_date_is_a_usage_error(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A date not in YYYY-MM-DD form is refused by the argument parser with exit 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(article), "--date", "12/03/2025"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_bad_rule_set_is_a_usage_error(article: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A rule set that cannot be loaded stops the run before any output, with exit 2."""
    assert main(["extract", str(article), "--rules", str(tmp_path / "nope.toml")]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "no rule set of that name" in captured.err


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    """``python -m policymeasures`` is the command; a missing file gives exit 1, no traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "policymeasures", "extract", str(tmp_path / "missing.txt")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"policymeasures: {tmp_path / 'missing.txt'}: no such file (skipped)"]


def _restore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_tidily_with_status_130(jobs: str) -> None:
    """Ctrl-C during a run prints one line, no traceback, and exits 130; rows so far are kept."""
    process = subprocess.Popen(
        [sys.executable, "-m", "policymeasures", "extract", "--jsonl", "--format", "csv",
         "--jobs", jobs, "--batch-size", "1"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        # a suite run in the background inherits Ctrl-C ignored; the run under test must
        # see it as a terminal user's would
        preexec_fn=_restore_ctrl_c,
    )
    assert process.stdin is not None and process.stdout is not None
    record = json.dumps({"id": "x", "body": ARTICLE}).encode("utf-8") + b"\n"
    process.stdin.write(record * 50)
    process.stdin.flush()
    header = process.stdout.readline()
    first_row = process.stdout.readline()  # a row out: the run is under way
    os.kill(process.pid, signal.SIGINT)
    # the rows written meanwhile are drained, or a full pipe would hold the exiting run
    assert process.stderr is not None
    drained: dict[str, bytes] = {}
    readers = [threading.Thread(target=lambda name=name, pipe=pipe: drained.__setitem__(
        name, pipe.read())) for name, pipe in (("out", process.stdout), ("err", process.stderr))]
    for reader in readers:
        reader.start()
    status = process.wait(timeout=60)  # stdin stays open: the run ends by the signal alone
    for reader in readers:
        reader.join(timeout=60)
    err = drained["err"]
    process.stdin.close()
    process.stdout.close()
    process.stderr.close()
    assert header.startswith(b"document,file,line,document_date,kind")
    assert first_row.startswith(b"x,<stdin>")
    assert status == 130
    assert err.decode().splitlines() == ["policymeasures: interrupted"]


def test_unwritable_parquet_output_is_a_usage_error(corpus: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A Parquet file in a folder that does not exist is refused in one line with exit 2."""
    pytest.importorskip("pyarrow")
    target = tmp_path / "no" / "such" / "m.parquet"
    assert main(["extract", str(corpus), "--format", "parquet", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"policymeasures: {target}: cannot write") and "Traceback" not in err
