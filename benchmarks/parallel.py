"""Speed-up of extraction with 1, 2 and all cores, in the library and through the command.

    python benchmarks/parallel.py [CORPUS.jsonl] [--limit N] [--repeat K] [--cli]

The corpus defaults to Reuters-21578 in ../shared/corpora (read at run time, never
shipped); without it the script says so and exits. For each number of processes it
prints the best of ``--repeat`` runs: wall seconds, CPU seconds (parent and workers),
characters a second and the speed-up over one process.

Other programs on the machine take cores away, so beside each figure it prints the
speed-up that a trivially parallel pure-Python loop gets at the same moment: the
ceiling the machine allows right now. ``--cli`` also times the whole command,
``policymeasures extract CORPUS --format csv --jobs N``, including reading the corpus
and writing CSV, with the time to its first row.
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import multiprocessing
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from policymeasures import Extractor
from policymeasures._parallel import cpu_count
from policymeasures.corpus import read_documents

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / (
    "reuters21578.jsonl")
# Iterations of the reference loop per process: about a second of pure Python work.
CEILING_WORK = 8_000_000


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _spin(iterations: int) -> int:
    total = 0
    for i in range(iterations):
        total += i & 7
    return total


def _ceiling(processes: int) -> float:
    """Wall seconds for ``processes`` equal pure-Python loops run side by side."""
    started = time.perf_counter()
    if processes == 1:
        _spin(CEILING_WORK)
    else:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            pool.map(_spin, [CEILING_WORK] * processes)
    return time.perf_counter() - started


def _library(extractor: Extractor, items: list[tuple[str, datetime.date | None]], processes: int,
             batch_size: int) -> tuple[float, float, int]:
    cpu = _cpu_seconds()
    started = time.perf_counter()
    measures = sum(len(found) for found in extractor.extract_many(
        items, n_process=processes, batch_size=batch_size))
    return time.perf_counter() - started, _cpu_seconds() - cpu, measures


def _command(corpus: Path, processes: int) -> tuple[float, float, int]:
    """Wall seconds to the first CSV row and to the end, and the rows written."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "policymeasures", "extract", str(corpus), "--format", "csv",
         "--jobs", str(processes), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    process.stdout.readline()  # the header
    first = process.stdout.readline()
    first_row = time.perf_counter() - started
    rows = (1 if first else 0) + sum(1 for _ in process.stdout)
    process.wait()
    return first_row, time.perf_counter() - started, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=None, help="documents to read at most")
    parser.add_argument("--repeat", type=int, default=2, help="runs per setting; best kept")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--cli", action="store_true", help="also time the whole command")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"no corpus at {corpus}: pass the path of a JSON-lines corpus")
        return 0
    docs = read_documents([corpus], on_error=lambda error: None)
    items = [(d.text, d.date) for d in itertools.islice(docs, args.limit)]
    chars = sum(len(text) for text, _ in items)
    extractor = Extractor()
    extractor.extract("Canada imposed a 25% tariff on U.S. steel from March 4, 2025.")
    counts = sorted({1, 2, cpu_count()})
    print(f"{len(items):,} documents, {chars:,} characters, {cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f}, batch size {args.batch_size}")
    print(f"{'processes':>9} {'wall s':>8} {'cpu s':>8} {'chars/s':>12} {'speed-up':>9} "
          f"{'ceiling':>8}")
    base_wall = base_ceiling = 0.0
    for processes in counts:
        runs = [_library(extractor, items, processes, args.batch_size)
                for _ in range(args.repeat)]
        wall, cpu, _ = min(runs)
        ceiling = min(_ceiling(processes) for _ in range(args.repeat))
        base_wall = base_wall or wall
        base_ceiling = base_ceiling or ceiling
        # The loop does one unit of work per process: n units in the time of one is n times.
        ideal = processes * base_ceiling / ceiling
        print(f"{processes:>9} {wall:>8.2f} {cpu:>8.2f} {chars / wall:>12,.0f} "
              f"{base_wall / wall:>8.2f}x {ideal:>7.2f}x")
    if args.cli:
        print(f"\ncommand: policymeasures extract {corpus.name} --format csv --jobs N")
        print(f"{'jobs':>9} {'first row s':>12} {'total s':>8} {'rows':>7} {'speed-up':>9}")
        base_total = 0.0
        for processes in counts:
            first_row, total, rows = min(_command(corpus, processes)
                                         for _ in range(args.repeat))
            base_total = base_total or total
            print(f"{processes:>9} {first_row:>12.2f} {total:>8.2f} {rows:>7,} "
                  f"{base_total / total:>8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
