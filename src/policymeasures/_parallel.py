"""Extraction spread over worker processes, results in input order.

Each worker holds one :class:`~policymeasures.engine.Extractor`, given to it once when
the worker starts, and extracts whole batches of texts; the parent sends batches and
yields their results in the order the texts came. At most :data:`BATCHES_IN_FLIGHT`
batches per worker are waiting at any time, so a corpus of millions of documents is
never read far ahead of what has been written out.

On Linux the workers are forked: they inherit the parent's compiled extractor and
start at once. Elsewhere they are spawned and rebuild it from its rule sets (about a
second each, in parallel).
"""

from __future__ import annotations

import datetime
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING

from policymeasures.records import Measure

if TYPE_CHECKING:
    from policymeasures.engine import Extractor

__all__ = ["BATCHES_IN_FLIGHT", "cpu_count", "extract_in_processes", "resolve_processes"]

Item = str | tuple[str, datetime.date | None]

# Batches per worker sent ahead of the one being written: enough that no worker waits
# for work, few enough that memory stays flat whatever the corpus size.
BATCHES_IN_FLIGHT = 2
# Forked workers share the parent's compiled rules; fork is only safe to rely on on Linux.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"

# The extractor of a worker process, set once by _start_worker when the worker starts.
# (Pool workers receive shared state through their initializer; this is that state.)
_worker_extractor: Extractor | None = None


def cpu_count() -> int:
    """The CPUs this process may run on (its affinity where the platform tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def resolve_processes(n_process: int) -> int:
    """``n_process`` as a number of processes: ``-1`` means one per CPU."""
    if n_process == -1:
        return cpu_count()
    if n_process < 1:
        raise ValueError(f"n_process must be a positive number or -1, not {n_process}")
    return n_process


def _start_worker(extractor: Extractor) -> None:
    # Ctrl-C goes to the whole process group; only the parent should act on it, by
    # stopping the pool, so that the user sees one tidy message and no worker tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_extractor
    _worker_extractor = extractor


def _extract_batch(batch: list[Item]) -> list[list[Measure]]:
    extractor = _worker_extractor
    assert extractor is not None, "worker started without an extractor"
    return list(extractor.extract_many(batch))


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_in_processes(extractor: Extractor, items: Iterable[Item], *, processes: int,
                         batch_size: int) -> Iterator[list[Measure]]:
    """One list of measures per item, computed by ``processes`` workers, in input order."""
    context = multiprocessing.get_context(START_METHOD)
    limit = processes * BATCHES_IN_FLIGHT
    with context.Pool(processes, initializer=_start_worker, initargs=(extractor,)) as pool:
        pending: deque[AsyncResult[list[list[Measure]]]] = deque()
        for batch in _batches(items, batch_size):
            pending.append(pool.apply_async(_extract_batch, (batch,)))
            while len(pending) > limit or (pending and pending[0].ready()):
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
