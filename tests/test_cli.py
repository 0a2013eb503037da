"""The ``policymeasures extract`` command: inputs, formats and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from policymeasures.cli import main

ARTICLE = ("Canada imposed a 25% tariff on U.S. steel. The weather was mild. "
           "India lifted its ban on wheat exports.")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_table_lists_every_measure(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The default table has a header and one row per measure with its kind and codes."""
    assert main(["extract", str(article), "--date", "2025-03-12"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["file", "kind", "action", "status"]
    rows = lines[2:]
    assert len(rows) == 2
    assert "tariff" in rows[0] and "CAN" in rows[0] and "USA" in rows[0] and "25 %" in rows[0]
    assert "export_control" in rows[1] and "lift" in rows[1]


def test_jsonl_is_one_measure_per_line(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """JSON lines carry the documented measure shape plus the file name."""
    assert main(["extract", str(article), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["kind"] for r in records] == ["tariff", "export_control"]
    assert records[0]["file"] == str(article)
    assert records[0]["rate"]["value"] == 25.0
    assert ARTICLE[records[0]["start"]:records[0]["end"]] == records[0]["text"]


def test_json_groups_measures_by_file(article: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """JSON output is a list of {file, measures}, one entry per input file."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["extract", str(article), str(empty), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [(p["file"], len(p["measures"])) for p in payload] == [(str(article), 2),
                                                                  (str(empty), 0)]


def test_reads_standard_input(monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    """'-' (or no file) reads UTF-8 from standard input."""
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["extract", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "no/such/file.txt"], "no such file"),
        (["extract", "{bad}"], "not valid UTF-8"),
        (["extract", "{dir}"], "is a directory"),
    ],
)
def test_bad_inputs_give_one_line_and_non_zero_exit(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file, undecodable bytes or a directory: one line on stderr, exit 2, no output."""
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9 tariffs".encode("latin-1"))
    args = [a.replace("{bad}", str(bad)).replace("{dir}", str(tmp_path)) for a in args]
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert message in captured.err


def test_bad_date_is_a_usage_error(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A date not in YYYY-MM-DD form is refused by the argument parser with exit 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(article), "--date", "12/03/2025"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    """The installed command exits non-zero on a missing file with no traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "policymeasures.cli", "extract", str(tmp_path / "missing.txt")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
