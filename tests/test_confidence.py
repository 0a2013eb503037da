"""The confidence model: fitting, calibration on a labelled fixture, and records' scores."""

from __future__ import annotations

import functools
import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from policymeasures import Extractor
from policymeasures.confidence import (
    ConfidenceModel,
    Outcome,
    default_model,
    fit,
    record_features,
)

#: A fixture of labelled records: records read by a reliable rule are right nine times in
#: ten, those read by a guess three times in ten, those with both one time in two.
SHARES = {("passive-agent",): 0.9, ("sentence-subject",): 0.3,
          ("passive-agent", "sentence-subject"): 0.5}
PER_GROUP = 200


def _fixture(seed: int = 7) -> list[Outcome]:
    rng = random.Random(seed)
    outcomes = []
    for names, share in SHARES.items():
        for index in range(PER_GROUP):
            features = {"bias": 1.0, **{f"imposer={name}": 1.0 for name in names}}
            outcomes.append(Outcome(features, index < share * PER_GROUP))
    rng.shuffle(outcomes)
    return outcomes


@functools.cache
def _fixture_model() -> ConfidenceModel:
    return fit(_fixture())


def _features(*names: str) -> dict[str, float]:
    return {"bias": 1.0, **{f"imposer={name}": 1.0 for name in names}}


def test_fitted_confidence_matches_the_share_right_in_each_group() -> None:
    """Calibrated: a group right 90% of the time is scored about 0.9, and so on."""
    model = _fixture_model()
    for names, share in SHARES.items():
        assert abs(model.score(_features(*names)) - share) <= 0.1, names


def test_fitted_confidence_orders_groups_by_how_often_they_are_right() -> None:
    model = _fixture_model()
    reliable = model.score(_features("passive-agent"))
    mixed = model.score(_features("passive-agent", "sentence-subject"))
    guess = model.score(_features("sentence-subject"))
    assert reliable > mixed > guess


def test_trusted_band_holds_its_promise_on_fresh_records_of_the_fixture() -> None:
    """Fitted on one draw, among fresh records scored 0.8 or more, at least 80% right."""
    model = fit(_fixture(seed=1))
    fresh = _fixture(seed=2)
    trusted = [o for o in fresh if model.score(o.features) >= 0.8]
    assert trusted
    assert sum(o.full for o in trusted) / len(trusted) >= 0.8


def test_fit_of_nothing_is_the_identity_model() -> None:
    model = fit([])
    assert model.weights == {}
    assert model.score({"bias": 1.0}) == 0.5


def test_model_table_round_trips_through_json() -> None:
    model = _fixture_model()
    table = json.loads(json.dumps(model.to_table()))
    again = ConfidenceModel.from_table(table)
    for names in SHARES:
        assert abs(again.score(_features(*names)) - model.score(_features(*names))) < 1e-3


def test_unknown_features_count_as_nothing() -> None:
    model = _fixture_model()
    plain = model.score(_features("passive-agent"))
    assert model.score({**_features("passive-agent"), "rule=my.own.rule": 1.0}) == plain


@settings(max_examples=60)
@given(st.dictionaries(st.text(max_size=20), st.floats(-50, 50), max_size=8))
def test_score_is_a_probability_for_any_features(features: dict[str, float]) -> None:
    for model in (default_model(), _fixture_model()):
        assert 0.0 <= model.score(features) <= 1.0


@settings(max_examples=40)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.booleans()), max_size=40))
def test_fitted_curve_is_monotone(labels: list[tuple[str, bool]]) -> None:
    """Whatever the labels, a higher raw score never gets a lower confidence."""
    model = fit([Outcome({"bias": 1.0, f"rule={name}": 1.0}, full) for name, full in labels])
    # One weight w gives the raw score sigmoid(w): walk it upward through the curve.
    values = [ConfidenceModel(weights={"x": w / 4}, curve=model.curve).score({"x": 1.0})
              for w in range(-40, 41)]
    assert values == sorted(values)
    assert all(0.0 <= value <= 1.0 for value in values)


def test_default_model_prefers_a_record_read_from_structure_to_a_guess() -> None:
    model = default_model()
    common = {"measures": 1, "length": 90, "has_rate": True, "has_amount": False,
              "targets": 1, "has_imposer": True}
    read = record_features("tariff.noun", {"imposer": "possessive-owner",
                                           "status": "governing-status",
                                           "negated": "no-denial"}, **common)
    guessed = record_features("tariff.noun", {"imposer": "agency-named-anywhere",
                                              "status": "default-effective",
                                              "negated": "no-denial"}, **common)
    assert model.score(read) > model.score(guessed)


def test_every_extracted_record_carries_its_confidence_and_deciding_rules() -> None:
    text = ("Canada imposed a 25% tariff on steel from China. "
            "Officials said they might consider sanctions at some point.")
    records = Extractor().extract(text)
    assert records
    for record in records:
        assert 0.0 <= record.confidence <= 1.0
        data = record.to_dict()
        assert data["confidence"] == record.confidence
        assert dict(data["decided_by"]) == dict(record.decided_by)
        assert {"action", "status", "imposer"} <= set(dict(record.decided_by))
