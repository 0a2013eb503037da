"""Extraction throughput over a JSON-lines corpus: characters per second and peak memory.

    python benchmarks/throughput.py ../shared/corpora/reuters21578.jsonl [--limit N]

Each line's ``body`` (or ``text``) field is one document. The extractor is built and
warmed up before timing, so the figure is the steady-state speed of ``extract``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc

from policymeasures import Extractor


def _documents(path: str, limit: int | None) -> list[str]:
    texts = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record.get("body") or record.get("text") or ""
            if text:
                texts.append(text)
            if limit and len(texts) >= limit:
                break
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=None, help="documents to read at most")
    parser.add_argument("--memory", action="store_true",
                        help="also trace Python allocations (slower; reports peak traced memory)")
    args = parser.parse_args()
    texts = _documents(args.corpus, args.limit)
    chars = sum(len(t) for t in texts)
    extractor = Extractor()
    extractor.extract(texts[0] if texts else "warm up")
    if args.memory:
        tracemalloc.start()
    started = time.perf_counter()
    measures = 0
    for text in texts:
        measures += len(extractor.extract(text))
    seconds = time.perf_counter() - started
    print(f"documents       {len(texts):>12,}")
    print(f"characters      {chars:>12,}")
    print(f"measures        {measures:>12,}")
    print(f"seconds         {seconds:>12.2f}")
    print(f"chars/second    {chars / seconds:>12,.0f}")
    if args.memory:
        _, peak = tracemalloc.get_traced_memory()
        print(f"peak traced MB  {peak / 1e6:>12.1f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS MB     {rss / 1024:>12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
