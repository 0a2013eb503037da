"""Throughput of the magnitude parser on a JSON-lines corpus.

Usage: python benchmarks/magnitudes.py CORPUS.jsonl [--limit N] [--by-sentence]

Reads the ``body`` (or ``text``) field of each line, runs ``parse_magnitudes`` on it and
prints characters per second, the number of magnitudes found, the units seen most often
and the peak memory traced while parsing.
"""

from __future__ import annotations

import argparse
import collections
import json
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from policymeasures.magnitudes import parse_magnitudes


def read_texts(path: Path, limit: int | None) -> Iterator[str]:
    """The ``body`` or ``text`` field of each JSON line, at most ``limit`` of them."""
    with path.open(encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if limit is not None and count >= limit:
                return
            record = json.loads(line)
            text = record.get("body") or record.get("text") or ""
            if isinstance(text, str) and text:
                yield text


def main(argv: list[str] | None = None) -> None:
    """Parse the corpus once for speed, then again under tracemalloc for memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="read at most N lines")
    args = parser.parse_args(argv)

    texts = list(read_texts(args.corpus, args.limit))
    chars = sum(len(text) for text in texts)
    parse_magnitudes("warm-up: 5 pct")  # build the default parser outside the timing

    started = time.perf_counter()
    units: collections.Counter[str] = collections.Counter()
    found = 0
    for text in texts:
        magnitudes = parse_magnitudes(text)
        found += len(magnitudes)
        units.update(m.unit for m in magnitudes)
    elapsed = time.perf_counter() - started

    tracemalloc.start()
    for text in texts:
        parse_magnitudes(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"texts:       {len(texts)}")
    print(f"characters:  {chars}")
    print(f"seconds:     {elapsed:.2f}")
    print(f"chars/s:     {chars / elapsed:,.0f}")
    print(f"magnitudes:  {found} ({found / max(chars, 1) * 1000:.2f} per 1,000 chars)")
    print(f"peak memory: {peak / 1024:,.0f} KiB while parsing (tracemalloc)")
    print("top units:   " + ", ".join(f"{unit} {n}" for unit, n in units.most_common(12)))


if __name__ == "__main__":
    main()
