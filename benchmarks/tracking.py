"""Tracking overhead over extraction, and the tracker's memory as mentions grow.

    python benchmarks/tracking.py ../shared/corpora/news_long_lk_trade_2024_2026.jsonl \
        [--limit N] [--repeats 1,2,4,8]

Each line's ``body`` (or ``text``) is one document, dated by its ``date`` field. The
figures printed:

- extraction time, and linking plus tracking time over the same records, with the ratio;
- for the feed repeated k times (each copy under new document ids, so every mention is
  reported k times), the mentions fed, the measures and events built, the sources kept
  and the memory the tracker holds (traced by ``tracemalloc``). Mentions grow with k;
  measures, events, sources and memory should not.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
import tracemalloc

from policymeasures import Extractor, Measure, Tracker
from policymeasures.corpus import parse_date

Feed = list[tuple[str, datetime.date | None, list[Measure]]]


def _documents(path: str, limit: int | None) -> list[tuple[str, datetime.date | None, str]]:
    docs = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            record = json.loads(line)
            text = record.get("body") or record.get("text") or ""
            if text:
                day = parse_date(record["date"]) if record.get("date") else None
                docs.append((str(record.get("id", number)), day, text))
            if limit and len(docs) >= limit:
                break
    return docs


def _track(feed: Feed, repeats: int) -> Tracker:
    tracker = Tracker()
    for copy in range(repeats):
        for doc_id, day, measures in feed:
            tracker.add(measures, f"{doc_id}/{copy}", day)
    return tracker


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=None, help="documents to read at most")
    parser.add_argument("--repeats", default="1,2,4,8",
                        help="how many times to feed the records, comma-separated")
    args = parser.parse_args()
    docs = _documents(args.corpus, args.limit)
    extractor = Extractor()
    extractor.extract("Canada imposed a 25% tariff on U.S. steel.")  # warm up
    started = time.perf_counter()
    feed: Feed = [(doc_id, day, extractor.extract(text, reference_date=day))
                  for doc_id, day, text in docs]
    extracting = time.perf_counter() - started
    _track(feed[:5], 1)  # warm up: compile the linking patterns
    started = time.perf_counter()
    tracker = _track(feed, 1)
    tracking = time.perf_counter() - started
    records = sum(len(m) for _, _, m in feed)
    print(f"documents            {len(docs):>10,}")
    print(f"records              {records:>10,}")
    print(f"extraction seconds   {extracting:>10.2f}")
    print(f"link+track seconds   {tracking:>10.3f}")
    print(f"overhead             {tracking / extracting:>10.1%}")
    print(f"records/second       {records / tracking:>10,.0f}  (link + track)")
    print(f"skipped              {dict(tracker.skipped)}")
    print()
    print(f"{'repeats':>7} {'mentions':>9} {'measures':>8} {'events':>7} {'sources':>8} "
          f"{'memory KB':>10}")
    for repeats in (int(r) for r in args.repeats.split(",")):
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        tracker = _track(feed, repeats)
        held = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        measures = tracker.measures()
        events = sum(len(m.events) for m in measures)
        sources = sum(len(e.sources) for m in measures for e in m.events)
        print(f"{repeats:>7} {tracker.reports:>9,} {len(measures):>8,} {events:>7,} "
              f"{sources:>8,} {held / 1024:>10,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
