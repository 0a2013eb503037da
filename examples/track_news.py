"""Draw the picture in docs/tracking.md: U.S. tariffs on Chinese goods, 2024-2026 news.

    python examples/track_news.py ../shared/corpora/news_long_lk_trade_2024_2026.jsonl \
        docs/tracking-usa-china.png

Reads the corpus (JSON lines with ``id``, ``date`` and ``body``), follows every measure
through it, and draws the U.S. tariff on Chinese goods in general (the measure whose goods
have no HS family), which is the thread the news of those years tells. Needs the plot
extra (``pip install 'policymeasures[plot]'``).
"""

from __future__ import annotations

import sys

from policymeasures import Extractor, Tracker, read_documents, select
from policymeasures.plotting import plot


def main(corpus: str, picture: str) -> int:
    extractor = Extractor()
    tracker = Tracker()
    for doc in read_documents([corpus]):
        tracker.add(extractor.extract(doc.text, reference_date=doc.date), doc.id, doc.date)
    chosen = [m for m in select(tracker.measures(), kind="tariff", imposer="USA", target="CHN")
              if not m.hs_families]
    plot(chosen, picture, title="U.S. tariffs on Chinese goods, as the 2024-2026 news tells it")
    for measure in chosen:
        print(measure.id, len(measure.events), "events")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
