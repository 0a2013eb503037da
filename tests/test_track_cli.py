"""The ``policymeasures track`` command and the outputs it writes."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import pytest

from builders import Said, document
from policymeasures import TrackedMeasure, Tracker
from policymeasures.cli import main
from policymeasures.plotting import plot, plot_series
from policymeasures.tracktable import CSV_COLUMNS, write_csv, write_table

D = datetime.date


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """Three dated articles: Canada's steel tariff imposed, raised, and India's ban lifted."""
    records = [
        {"id": "a", "date": "2025-03-04", "body": "Canada imposed a 25% tariff on U.S. steel."},
        {"id": "b", "date": "2025-04-10",
         "body": "Canada raised its tariff on U.S. steel to 50%."},
        {"id": "c", "date": "2025-05-01", "body": "India lifted its ban on wheat exports."},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_json_lists_measures_with_dated_events(news: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints the measures asked for, events dated by their documents."""
    assert main(["track", str(news), "--imposer", "CAN", "--format", "json"]) == 0
    [measure] = json.loads(capsys.readouterr().out)
    assert (measure["kind"], measure["imposer"], measure["targets"]) == ("tariff", "CAN",
                                                                         ["USA"])
    assert [(e["date"], e["action"], e["rate"]["value"]) for e in measure["events"]] == [
        ("2025-03-04", "impose", 25.0), ("2025-04-10", "increase", 50.0)]
    assert [s["doc"] for s in measure["events"][0]["sources"]] == ["a"]


def test_filters_and_window(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--kind, --target and --since narrow what is shown."""
    assert main(["track", str(news), "--kind", "tariff", "--target", "USA", "--since",
                 "2025-04-01", "--format", "json"]) == 0
    [measure] = json.loads(capsys.readouterr().out)
    assert [e["action"] for e in measure["events"]] == ["increase"]
    assert main(["track", str(news), "--kind", "sanction"]) == 0
    assert capsys.readouterr().out == "no measures found\n"


def test_table_and_csv(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The table heads each measure and lists its events; CSV has one row per event."""
    assert main(["track", str(news), "--imposer", "CAN"]) == 0
    table = capsys.readouterr().out
    assert table.startswith("tariff CAN \u2192 USA")
    assert "a (2025-03-04): Canada imposed a 25% tariff on U.S. steel." in table
    assert main(["track", str(news), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["imposer"] for r in rows].count("CAN") == 2
    assert set(rows[0]) == set(CSV_COLUMNS)


def test_plot_path_is_checked_before_reading(news: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A picture file of an unknown type is a usage error, before any work."""
    assert main(["track", str(news), "--plot", "out.gif"]) == 2
    assert "--plot out.gif" in capsys.readouterr().err


def _measures() -> list[TrackedMeasure]:
    tracker = Tracker()
    for doc, day, said in [
        ("a", D(2024, 11, 26), Said("Washington threatened 60% tariffs on China.", "tariff",
                                    status="threatened", imposer=("USA", "Washington"),
                                    targets=(("CHN", "China"),), rate=(60, "60%"))),
        ("b", D(2025, 2, 4), Said("Washington imposed 10% tariffs on China.", "tariff",
                                  imposer=("USA", "Washington"), targets=(("CHN", "China"),),
                                  rate=(10, "10%"))),
        ("c", D(2025, 5, 14), Said("Washington suspended its tariffs on China.", "tariff",
                                   action="suspend", imposer=("USA", "Washington"),
                                   targets=(("CHN", "China"),))),
    ]:
        _, measures = document(said)
        tracker.add(measures, doc, day)
    return tracker.measures()


def test_series_steps_and_markers() -> None:
    """The step line follows the level in force; threats and suspensions are markers."""
    series = plot_series(_measures()[0])
    assert [(str(d), v) for d, v in series.steps] == [
        ("2024-11-26", None), ("2025-02-04", 10.0), ("2025-05-14", None)]
    assert [(m.label, m.level) for m in series.markers] == [
        ("threat", 60.0), ("level", 10.0), ("suspension", 10.0)]
    assert series.unit == "%"
    assert "a (2024-11-26): Washington threatened 60% tariffs on China." in (
        series.markers[0].hover)


def test_outputs_as_functions() -> None:
    """write_table and write_csv give the same events the command prints."""
    out = io.StringIO()
    write_csv(_measures(), out)
    assert len(list(csv.DictReader(io.StringIO(out.getvalue())))) == 3
    out = io.StringIO()
    write_table(_measures(), out)
    assert out.getvalue().count("\n      ") == 3  # one source line per event


def test_png_picture(tmp_path: Path) -> None:
    """A PNG is drawn with matplotlib (plot extra)."""
    pytest.importorskip("matplotlib")
    path = plot(_measures(), tmp_path / "t.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_html_picture_has_sources_on_hover(tmp_path: Path) -> None:
    """An HTML page is drawn with plotly, the evidence in its hover text (plot extra)."""
    pytest.importorskip("plotly")
    page = plot(_measures(), tmp_path / "t.html").read_text(encoding="utf-8")
    assert "Washington threatened 60% tariffs on China." in page


def test_unknown_picture_type_is_refused(tmp_path: Path) -> None:
    """plot() names the file types it can draw."""
    from policymeasures import PolicyMeasuresError

    with pytest.raises(PolicyMeasuresError, match=r"\.html"):
        plot(_measures(), tmp_path / "t.gif")


def test_missing_extra_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without matplotlib, drawing a PNG says which extra to install."""
    import sys

    from policymeasures import MissingExtraError

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtraError, match=r"policymeasures\[plot\]"):
        plot(_measures(), tmp_path / "t.png")
