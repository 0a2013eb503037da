"""Measures found in text that holds none: a check on precision the project keeps.

    python benchmarks/negatives.py [--corpora DIR] [--show N]

Runs the default extractor over documents that should yield (almost) no trade-policy
measures -- Reuters-21578 company results (topic ``earn``) and BBC sport and entertainment
stories -- and prints how many measures it returns in all, per million characters, and by
rule id, so that a rule starting to fire on the wrong text shows at once. ``--show N``
prints the first N evidence sentences for each rule. Not a test: the figures are read by
people, and the budgets below are what the project aims at.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from policymeasures import Extractor

# What the project aims at (issue: "find every measure and nothing else").
BUDGETS = {"reuters-earn": 20, "bbc-sport-entertainment": 5}
MILLION = 1_000_000


def _reuters_earn(corpora: Path) -> Iterator[str]:
    with (corpora / "reuters21578.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if "earn" in record.get("topics", []) and record.get("body"):
                yield record["body"]


def _bbc_sport_entertainment(corpora: Path) -> Iterator[str]:
    with (corpora / "bbc_news_2004_2005.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("category") in ("sport", "entertainment") and record.get("body"):
                yield record["body"]


SOURCES = {"reuters-earn": _reuters_earn, "bbc-sport-entertainment": _bbc_sport_entertainment}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=str(Path(__file__).resolve().parents[2]
                                                 / "shared" / "corpora"))
    parser.add_argument("--show", type=int, default=0, help="evidence sentences per rule")
    args = parser.parse_args(argv)
    corpora = Path(args.corpora)
    if not corpora.is_dir():
        print(f"negatives: no corpora at {corpora}", file=sys.stderr)
        return 2
    extractor = Extractor()
    for name, read in SOURCES.items():
        documents = characters = 0
        by_rule: Counter[str] = Counter()
        examples: dict[str, list[str]] = defaultdict(list)
        for text in read(corpora):
            documents += 1
            characters += len(text)
            for measure in extractor.extract(text):
                by_rule[measure.rule] += 1
                if len(examples[measure.rule]) < args.show:
                    examples[measure.rule].append(measure.text[:200])
        found = sum(by_rule.values())
        rate = found / characters * MILLION if characters else 0.0
        print(f"{name}: {documents:,} documents, {characters:,} characters, {found} measures "
              f"({rate:.1f} per million characters; budget {BUDGETS[name]})")
        for rule, count in by_rule.most_common():
            print(f"    {count:4d}  {rule}")
            for sentence in examples[rule]:
                print(f"          | {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
