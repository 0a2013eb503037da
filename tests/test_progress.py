"""The progress line: what it shows, how often it redraws, and that it leaves no trace."""

from __future__ import annotations

import io
from collections.abc import Iterator

from policymeasures._progress import ESTIMATE_AFTER_SECONDS, REFRESH_SECONDS, Progress

CLEAR = "\r\x1b[K"


def _clock(times: list[float]) -> Iterator[float]:
    yield from times


def test_time_left_only_with_a_total_and_after_a_while() -> None:
    """Without a total there is no estimate; with one it comes once the speed is known."""
    out = io.StringIO()
    ticks = _clock([0.0, ESTIMATE_AFTER_SECONDS * 2])
    Progress(out, None, clock=lambda: next(ticks)).advance(chars=10, measures=1)
    assert out.getvalue() == CLEAR + "1 documents, 1 measures, 0k chars/s"
    out = io.StringIO()
    ticks = _clock([0.0, ESTIMATE_AFTER_SECONDS * 2])
    Progress(out, 3, clock=lambda: next(ticks)).advance(chars=10, measures=1)
    assert out.getvalue().endswith("0:00:08 left")


def test_redraws_at_most_every_refresh_interval() -> None:
    """Documents done faster than the refresh interval are counted without a redraw."""
    out = io.StringIO()
    moments = [0.0, 0.0] + [REFRESH_SECONDS / 10] * 5 + [REFRESH_SECONDS * 2]
    ticks = _clock(moments)
    progress = Progress(out, None, clock=lambda: next(ticks))
    for _ in range(7):
        progress.advance(chars=1, measures=0)
    assert out.getvalue().count(CLEAR) == 2
    assert out.getvalue().split(CLEAR)[-1].startswith("7 documents")


def test_notes_go_above_and_finish_erases_the_line() -> None:
    """A note replaces the status line with a message line; finish leaves the line empty."""
    out = io.StringIO()
    ticks = _clock([0.0, 0.1, 0.2])
    progress = Progress(out, 2, clock=lambda: next(ticks))
    progress.advance(chars=5, measures=0)
    progress.note("policymeasures: a.txt: no such file (skipped)")
    progress.advance(chars=5, measures=2)
    progress.finish()
    lines = out.getvalue().split(CLEAR)
    assert lines[2] == "policymeasures: a.txt: no such file (skipped)\n"
    assert lines[3].startswith("2/2 documents, 2 measures") and lines[-1] == ""
