"""How far to trust a record: a calibrated confidence from how its fields were read.

Every field of a record is decided by a named reading rule (``Measure.decided_by``), and
the record itself comes from a named trigger rule (``Measure.rule``). Some of those rules
are nearly always right ("the agent of a passive", "a verb in the future tense"), some are
guesses ("the sentence's subject as a last resort"); a sentence that yields many measures
or a record with no actor is harder to get right than a short sentence with one. The
confidence of a record is built from such facts in two steps:

1. **Score.** Each fact about the record is a named feature (``rule=tariff.noun``,
   ``imposer=passive-agent``, ``measures=2``...). A logistic model with one weight per
   feature, fitted on gold-labelled sentences, turns them into a raw score between 0 and
   1. Weights are shrunk toward zero (L2), so a feature seen a few times moves the score
   little, and a user's own rules and reading rules count as unknown.
2. **Calibration.** The raw score is mapped through a monotone curve (isotonic: bins of
   equal size, pooled until non-decreasing) fitted on *out-of-fold* scores: each labelled
   record is scored by weights fitted without it (``FOLDS``-fold cross-fitting). A curve
   fitted on the records the weights were fitted on would promise what the model does on
   text it has seen; this one promises what it does on new text, so a confidence of 0.6
   means about six records in ten fully right on text like the labelled sentences.

The numbers live in ``data/confidence.toml``; ``benchmarks/calibration.py --fit`` refits
them on gold-labelled files, and :func:`fit` does the same on any labelled records.

>>> model = default_model()
>>> features = record_features("tariff.noun", {"imposer": "passive-agent"}, measures=1,
...                            length=80, has_rate=True, has_amount=False, targets=1,
...                            has_imposer=True)
>>> 0.0 <= model.score(features) <= 1.0
True
"""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from policymeasures._data import load_toml

__all__ = ["FIELDS", "ConfidenceModel", "Outcome", "default_model", "fit", "record_features"]

#: The fields whose deciding rules the confidence weighs.
FIELDS = ("action", "status", "negated", "imposer", "targets")
#: Strength of the pull of every weight toward zero while fitting.
L2 = 1.0
#: The calibration curve is fitted on scores from this many folds, each fitted without it.
FOLDS = 5
#: Steps and step size of the gradient descent that fits the weights.
STEPS = 400
LEARNING_RATE = 0.5
#: How many calibration bins the fitted curve has at most.
CURVE_BINS = 8
#: Sentence lengths are read in buckets of this many characters, up to the last bucket.
LENGTH_BUCKET = 100
LAST_LENGTH_BUCKET = 4
#: Counts (measures in a sentence, targets) are read up to this value.
LAST_COUNT = 3
#: Confidences are rounded to this many decimals: finer differences mean nothing.
DIGITS = 3


def record_features(rule: str, decided_by: Mapping[str, str], *, measures: int, length: int,
                    has_rate: bool, has_amount: bool, targets: int,
                    has_imposer: bool) -> dict[str, float]:
    """The named facts about one record that its confidence is read from."""
    features = {"bias": 1.0, f"rule={rule}": 1.0, f"kind={rule.split('.')[0]}": 1.0,
                f"measures={min(measures, LAST_COUNT)}": 1.0,
                f"length={min(length // LENGTH_BUCKET, LAST_LENGTH_BUCKET)}": 1.0,
                f"targets={min(targets, LAST_COUNT)}": 1.0,
                f"imposer={'yes' if has_imposer else 'no'}": 1.0}
    if has_rate:
        features["has_rate"] = 1.0
    if has_amount:
        features["has_amount"] = 1.0
    for field in FIELDS:
        name = decided_by.get(field)
        if name is not None:
            features[f"{field}={name}"] = 1.0
    return features


@attrs.frozen
class ConfidenceModel:
    """Feature weights and the curve that calibrates the score they give."""

    weights: Mapping[str, float] = attrs.field(factory=dict)
    curve: tuple[tuple[float, float], ...] = ((0.0, 0.0), (1.0, 1.0))

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> ConfidenceModel:
        """Read the model from its TOML table (see ``data/confidence.toml``)."""
        curve = tuple(sorted((float(a), float(b)) for a, b in table.get("curve", [])))
        weights = {str(k): float(v) for k, v in table.get("weights", {}).items()}
        return cls(weights=weights, curve=curve or ((0.0, 0.0), (1.0, 1.0)))

    def to_table(self) -> dict[str, Any]:
        """The model as a TOML-ready table, the inverse of :meth:`from_table`."""
        return {"curve": [[round(a, 4), round(b, 4)] for a, b in self.curve],
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())
                            if abs(v) >= 1e-4}}

    def raw(self, features: Mapping[str, float]) -> float:
        """The uncalibrated score of a record's features, between 0 and 1."""
        total = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return _sigmoid(total)

    def score(self, features: Mapping[str, float]) -> float:
        """The calibrated confidence of a record, between 0 and 1."""
        return round(_interpolate(self.curve, self.raw(features)), DIGITS)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def _interpolate(curve: Sequence[tuple[float, float]], x: float) -> float:
    """A piecewise-linear, monotone reading of the calibration curve."""
    xs = [point[0] for point in curve]
    index = bisect.bisect_right(xs, x)
    if index == 0:
        return max(0.0, min(1.0, curve[0][1]))
    if index == len(curve):
        return max(0.0, min(1.0, curve[-1][1]))
    (x0, y0), (x1, y1) = curve[index - 1], curve[index]
    share = (x - x0) / (x1 - x0) if x1 > x0 else 0.0
    return max(0.0, min(1.0, y0 + share * (y1 - y0)))


@attrs.frozen
class Outcome:
    """What gold labels say of one extracted record, for fitting: its features and
    whether it is fully right (a real measure with every scored field right)."""

    features: Mapping[str, float]
    full: bool


def fit(outcomes: Iterable[Outcome]) -> ConfidenceModel:
    """A model fitted on labelled records: logistic weights on all of them, then an
    isotonic curve through the out-of-fold scores (record ``i`` is in fold ``i % FOLDS``)."""
    outcomes = list(outcomes)
    if not outcomes:
        return ConfidenceModel()
    folds = min(FOLDS, len(outcomes))
    scored: list[tuple[float, bool]] = []
    for fold in range(folds):
        held = outcomes[fold::folds]
        rest = [o for i, o in enumerate(outcomes) if i % folds != fold] or held
        weights = _fit_weights(rest)
        scored.extend((ConfidenceModel(weights=weights).raw(o.features), o.full) for o in held)
    model = ConfidenceModel(weights=_fit_weights(outcomes))
    return attrs.evolve(model, curve=_isotonic_curve(sorted(scored)))


def _fit_weights(outcomes: Sequence[Outcome]) -> dict[str, float]:
    """Logistic weights by gradient descent, every weight but the bias pulled toward zero."""
    weights: dict[str, float] = {}
    count = len(outcomes)
    for _ in range(STEPS):
        gradient: dict[str, float] = {}
        for outcome in outcomes:
            error = _sigmoid(sum(weights.get(n, 0.0) * v for n, v in outcome.features.items())
                             ) - (1.0 if outcome.full else 0.0)
            for name, value in outcome.features.items():
                gradient[name] = gradient.get(name, 0.0) + error * value
        for name, total in gradient.items():
            penalty = 0.0 if name == "bias" else L2 * weights.get(name, 0.0)
            weights[name] = weights.get(name, 0.0) - LEARNING_RATE * (total + penalty) / count
    return weights


def _isotonic_curve(scored: Sequence[tuple[float, bool]]) -> tuple[tuple[float, float], ...]:
    """Bins of equal size, their shares of right records pooled until non-decreasing; the
    curve runs through each bin's mean score and share."""
    size = max(1, len(scored) // CURVE_BINS)
    bins: list[list[float]] = []  # [sum of scores, count, right]
    for start in range(0, len(scored), size):
        chunk = scored[start:start + size]
        bins.append([sum(s for s, _ in chunk), float(len(chunk)),
                     float(sum(1 for _, ok in chunk if ok))])
    pooled: list[list[float]] = []
    for item in bins:
        pooled.append(item)
        while len(pooled) > 1 and pooled[-2][2] / pooled[-2][1] > pooled[-1][2] / pooled[-1][1]:
            last = pooled.pop()
            pooled[-1] = [a + b for a, b in zip(pooled[-1], last, strict=True)]
    points = [(total / n, right / n) for total, n, right in pooled]
    return ((0.0, 0.0), *points, (1.0, points[-1][1]))


@functools.cache
def default_model() -> ConfidenceModel:
    """The model fitted for the default rules, from ``data/confidence.toml``."""
    return ConfidenceModel.from_table(load_toml("confidence.toml"))
