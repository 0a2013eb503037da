"""How well the confidence of records is calibrated, on gold-labelled sentences.

    python benchmarks/calibration.py [--gold FILE.jsonl ...] [--fit FILE.jsonl ...]

For each gold file (default: the project's dev set, ``../shared/eval/dev.jsonl``), runs the
default extractor, pairs its records with the gold measures the way the project's grader
does (``../shared/eval/score.py``), and prints, per confidence band, how many records there
are and how many are fully right (a real measure with action, status, negation, imposer,
targets, rate and amount all right). ``--fit`` first refits the confidence model on the
records of the files it names (together) and writes ``src/policymeasures/data/confidence.toml``;
report on other files than those fitted on to see how the promise holds on new text.

The promise to users is the last line: among records at 0.8 or more, the share fully
right; it should be at least 0.8 on any real text, not only on the file it was fitted on.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from policymeasures import Extractor, Measure
from policymeasures.confidence import (
    ConfidenceModel,
    Outcome,
    default_model,
    fit,
    record_features,
)

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)
TRUSTED = 0.8


def _grader(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"calibration: cannot load the grader at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def outcomes(gold_path: Path, grader: ModuleType, extractor: Extractor) -> list[Outcome]:
    """Every extracted record in the gold file's sentences, with what the gold says of it."""
    sentences = [json.loads(line) for line in gold_path.open(encoding="utf-8") if line.strip()]
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for sentence in sentences:
        by_doc[sentence["doc"]].append(sentence)
    wanted: dict[str, set[str]] = defaultdict(set)
    for doc in by_doc:
        corpus, _, ident = doc.partition(":")
        wanted[corpus].add(ident)
    texts = {f"{corpus}:{ident}": grader.doc_text(record)
             for corpus, ids in wanted.items()
             for ident, record in grader.load_corpus(corpus, ids).items()}
    found: list[Outcome] = []
    for doc, group in by_doc.items():
        reference = group[0].get("ref_date")
        records = extractor.extract(texts[doc], reference_date=datetime.date.fromisoformat(
            reference) if reference else None)
        for sentence in group:
            mine = [m for m in records if sentence["start"] <= m.start < sentence["end"]]
            found.extend(_judge(sentence, mine, grader))
    return found


def _judge(sentence: dict[str, Any], mine: list[Measure], grader: ModuleType) -> list[Outcome]:
    predicted = [grader.normalise(m) for m in mine]
    golds = [grader.gold_measure(g) for g in sentence["measures"]]
    matched, _, spurious = grader.match(golds, predicted)
    result = []
    for gold, pred in matched:
        record = mine[predicted.index(pred)]
        full = all(grader.SLOTS[f](gold, pred) for f in grader.FULL)
        result.append(Outcome(features(record, len(mine)), full))
    for pred in spurious:
        record = mine[predicted.index(pred)]
        result.append(Outcome(features(record, len(mine)), False))
    return result


def features(record: Measure, siblings: int) -> dict[str, float]:
    """The features the engine scores a record by, read back from the record."""
    return record_features(record.rule, dict(record.decided_by), measures=siblings,
                           length=record.end - record.start, has_rate=record.rate is not None,
                           has_amount=record.amount is not None, targets=len(record.targets),
                           has_imposer=record.imposer is not None)


def report(name: str, scored: list[tuple[float, Outcome]]) -> None:
    print(f"{name}: {len(scored)} records")
    print(f"  {'confidence':>12} {'records':>8} {'fully right':>12} {'share':>6}")
    for low, high in itertools.pairwise(BANDS):
        band = [o for c, o in scored if low <= c < high]
        right = sum(1 for o in band if o.full)
        shown = f"{right / len(band):.2f}" if band else "-"
        print(f"  {low:>5.1f} - {min(high, 1.0):<4.1f} {len(band):>8} {right:>12} {shown:>6}")
    trusted = [o for c, o in scored if c >= TRUSTED]
    right = sum(1 for o in trusted if o.full)
    share = right / len(trusted) if trusted else 0.0
    print(f"  at >= {TRUSTED}: {len(trusted)} records, {right} fully right ({share:.2f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs="*", default=[str(EVAL / "dev.jsonl")])
    parser.add_argument("--grader", default=str(EVAL / "score.py"))
    parser.add_argument("--fit", nargs="+", metavar="FILE", default=[],
                        help="refit on these gold files (together) before reporting")
    args = parser.parse_args(argv)
    grader = _grader(Path(args.grader))
    model: ConfidenceModel | None = None
    if args.fit:
        plain = Extractor()
        model = fit([o for gold in args.fit for o in outcomes(Path(gold), grader, plain)])
        target = ROOT / "src" / "policymeasures" / "data" / "confidence.toml"
        names = ", ".join(Path(gold).name for gold in args.fit)
        target.write_text(_toml(model, names), encoding="utf-8")
        print(f"fitted on {names}; wrote {target.relative_to(ROOT)}")
    extractor = Extractor(confidence=model) if model else Extractor()
    scorer = model or default_model()
    for gold in args.gold:
        found = outcomes(Path(gold), grader, extractor)
        report(Path(gold).name, [(scorer.score(o.features), o) for o in found])
    return 0


def _toml(model: ConfidenceModel, fitted_on: str) -> str:
    table = model.to_table()
    lines = [
        "# Feature weights and calibration curve of the confidence model (confidence.py).",
        f"# Fitted by benchmarks/calibration.py --fit on {fitted_on}; do not edit by hand.",
        "curve = [" + ", ".join(f"[{a}, {b}]" for a, b in table["curve"]) + "]",
        "",
        "[weights]",
    ]
    lines += [f'"{name}" = {value}' for name, value in table["weights"].items()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
