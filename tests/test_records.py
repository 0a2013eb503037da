"""Records: validation, enums, custom kinds and the JSON round trip."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from policymeasures import Action, Actor, Bound, Kind, Magnitude, Measure, Product, Span, Status


def test_offsets_are_validated() -> None:
    """Negative offsets and an end before the start are refused."""
    with pytest.raises(ValueError, match="start"):
        Actor(code="USA", name="United States", text="US", start=-1, end=1)
    with pytest.raises(ValueError, match="end"):
        Span(text="x", start=5, end=4)


def test_records_are_frozen() -> None:
    """A record cannot be changed in place; attrs.evolve makes a new one."""
    span = Span(text="x", start=0, end=1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    assert attrs.evolve(span, start=1, end=2).start == 1


def test_builtin_kinds_become_enums_and_custom_kinds_stay_strings() -> None:
    """'tariff' becomes Kind.TARIFF; a user's 'stockpiling' stays a string."""
    common = {"action": "impose", "status": "announced", "start": 0, "end": 1, "text": "x",
              "rule": "r"}
    assert Measure(kind="tariff", **common).kind is Kind.TARIFF
    assert Measure(kind="stockpiling", **common).kind == "stockpiling"
    with pytest.raises(ValueError):
        Measure(kind="", **common)
    with pytest.raises(ValueError):
        Measure(kind="tariff", **{**common, "action": "explode"})


def test_enums_are_strings() -> None:
    """The enums compare equal to their values and print as them."""
    assert Action.LIFT == "lift" and str(Status.AGREED) == "agreed"
    assert Bound("upper") is Bound.UPPER


actors = st.builds(Actor, code=st.sampled_from(["USA", "CHN", "EU"]), name=st.text(max_size=5),
                   text=st.text(max_size=5), start=st.integers(0, 50), end=st.integers(50, 99))
magnitudes = st.builds(
    Magnitude, value=st.floats(allow_nan=False, allow_infinity=False),
    unit=st.sampled_from(["%", "USD", "t", "USD/bu"]), bound=st.sampled_from(list(Bound)),
    high=st.none() | st.floats(allow_nan=False, allow_infinity=False),
    text=st.text(max_size=5), start=st.integers(0, 50), end=st.integers(50, 99),
    previous=st.none() | st.floats(allow_nan=False, allow_infinity=False),
)
products = st.builds(Product, text=st.text(max_size=8), start=st.integers(0, 50),
                     end=st.integers(50, 99), hs=st.lists(st.sampled_from(["72", "1001", "854231"]),
                                                          max_size=2))
measures = st.builds(
    Measure,
    kind=st.sampled_from([*(k.value for k in Kind), "stockpiling"]),
    action=st.sampled_from(list(Action)), status=st.sampled_from(list(Status)),
    negated=st.booleans(), imposer=st.none() | actors, targets=st.lists(actors, max_size=3),
    rate=st.none() | magnitudes, amount=st.none() | magnitudes,
    products=st.lists(products, max_size=3),
    date=st.none() | st.dates(min_value=datetime.date(1900, 1, 1)),
    date_span=st.none() | st.builds(Span, text=st.text(max_size=5), start=st.integers(0, 50),
                                    end=st.integers(50, 99)),
    start=st.integers(0, 100), end=st.integers(100, 200), text=st.text(max_size=20),
    rule=st.text(min_size=1, max_size=10),
)


@given(measures)
def test_to_dict_from_dict_round_trip(measure: Measure) -> None:
    """Any measure survives to_dict then from_dict unchanged."""
    assert Measure.from_dict(measure.to_dict()) == measure
