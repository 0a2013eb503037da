"""A one-line progress display on a terminal: documents, measures, speed and time left."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress"]

# Seconds between redraws: often enough to look alive, rarely enough to cost nothing.
REFRESH_SECONDS = 0.25
# ANSI "erase to end of line", after a carriage return that goes back to its start.
_CLEAR = "\r\x1b[K"


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def _rate(chars_per_second: float) -> str:
    if chars_per_second >= 1e6:
        return f"{chars_per_second / 1e6:.1f}M chars/s"
    return f"{chars_per_second / 1e3:.0f}k chars/s"


class Progress:
    """Redraws one status line on ``stream`` as documents are done.

    ``total`` is the number of documents expected, or None when unknown (standard
    input): then no time left is shown. ``clock`` is injectable so that tests need not
    wait.

    >>> import io
    >>> ticks = iter([0.0, 1.0, 1.0, 2.0])
    >>> out = io.StringIO()
    >>> progress = Progress(out, total=4, clock=lambda: next(ticks))
    >>> progress.advance(chars=3_000_000, measures=5)
    >>> out.getvalue().split("\\r\\x1b[K")[-1]
    '1/4 documents, 5 measures, 3.0M chars/s, 0:00:03 left'
    """

    def __init__(self, stream: TextIO, total: int | None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream
        self._total = total
        self._clock = clock
        self._started = clock()
        self._drawn_at: float | None = None
        self._documents = 0
        self._measures = 0
        self._chars = 0

    def advance(self, *, chars: int, measures: int) -> None:
        """Count one document done; redraw if the last redraw is old enough."""
        self._documents += 1
        self._measures += measures
        self._chars += chars
        now = self._clock()
        if self._drawn_at is None or now - self._drawn_at >= REFRESH_SECONDS:
            self._draw(now)

    def _line(self, now: float) -> str:
        elapsed = max(now - self._started, 1e-9)
        done = f"{self._documents:,}"
        if self._total:
            done += f"/{self._total:,}"
        parts = [f"{done} documents", f"{self._measures:,} measures",
                 _rate(self._chars / elapsed)]
        if self._total and self._documents:
            left = elapsed / self._documents * max(self._total - self._documents, 0)
            parts.append(f"{_duration(left)} left")
        return ", ".join(parts)

    def _draw(self, now: float) -> None:
        self._stream.write(_CLEAR + self._line(now))
        self._stream.flush()
        self._drawn_at = now

    def note(self, message: str) -> None:
        """Print a message line; the status line is redrawn below it at the next document."""
        self._stream.write(_CLEAR + message + "\n")
        self._drawn_at = None

    def finish(self) -> None:
        """Erase the status line, leaving the terminal as it was."""
        if self._drawn_at is not None:
            self._stream.write(_CLEAR)
            self._stream.flush()
