"""The typed records that extraction returns.

Records are frozen and slotted so they can be hashed, shared between threads and
stored without defensive copies. Every record that comes from text carries ``start``
and ``end`` offsets into the string the caller passed in, and ``text`` equal to
``source[start:end]``, so a user can always go back to the evidence.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable
from typing import Any

import attrs

__all__ = [
    "Action",
    "Actor",
    "Bound",
    "Kind",
    "Magnitude",
    "Measure",
    "Product",
    "Span",
    "Status",
]


class _StrEnum(str, enum.Enum):
    """A str-valued enum that prints as its value, so records read naturally in text."""

    def __str__(self) -> str:
        return str(self.value)


class Kind(_StrEnum):
    """The built-in measure kinds (docs/fields.md). Custom rule sets may use other strings."""

    TARIFF = "tariff"
    EXPORT_CONTROL = "export_control"
    PURCHASE_COMMITMENT = "purchase_commitment"
    SANCTION = "sanction"
    IMPORT_RESTRICTION = "import_restriction"
    INVESTMENT_RESTRICTION = "investment_restriction"
    SUBSIDY = "subsidy"


class Action(_StrEnum):
    """What the sentence says is done to the measure (docs/fields.md)."""

    IMPOSE = "impose"
    INCREASE = "increase"
    DECREASE = "decrease"
    SUSPEND = "suspend"
    LIFT = "lift"


class Status(_StrEnum):
    """How far the action has got (docs/fields.md)."""

    THREATENED = "threatened"
    PROPOSED = "proposed"
    ANNOUNCED = "announced"
    AGREED = "agreed"
    EFFECTIVE = "effective"


class Bound(_StrEnum):
    """How a magnitude's value relates to the true figure (docs/fields.md)."""

    EXACT = "exact"
    UPPER = "upper"
    LOWER = "lower"
    APPROX = "approx"
    RANGE = "range"


def to_kind(value: Kind | str) -> Kind | str:
    """A built-in kind becomes its enum member; any other non-empty string stays as it is."""
    if isinstance(value, Kind):
        return value
    if not isinstance(value, str) or not value:
        raise ValueError(f"a kind must be a non-empty string, not {value!r}")
    try:
        return Kind(value)
    except ValueError:
        return value


def _check_offsets(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")
    if attribute.name == "end" and value < instance.start:
        raise ValueError(f"end ({value}) must be >= start ({instance.start})")


@attrs.frozen(slots=True)
class Span:
    """A piece of the source text: ``source[start:end] == text``."""

    text: str
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)


@attrs.frozen(slots=True)
class Actor:
    """A jurisdiction named in the text.

    ``code`` is ISO 3166-1 alpha-3, ``EU``, ``SUN`` or an organisation's acronym;
    ``name`` is the jurisdiction's canonical English name; ``text`` is the words that
    named it ("Washington", "the Commerce Department", "Chinese").
    """

    code: str
    name: str
    text: str
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)


@attrs.frozen(slots=True)
class Magnitude:
    """A number with its unit: a percentage, a money amount, a quantity or a specific rate.

    ``unit`` is ``%``, ``pp``, an ISO 4217 code (``USD``), a quantity unit (``t``, ``bu``,
    ``bbl``, ``head``...) or a per-unit rate such as ``USD/bu``. ``high`` is set for
    ranges only; ``previous`` keeps the old level of a change "from 10% to 25%".
    """

    value: float
    unit: str
    bound: Bound = attrs.field(default=Bound.EXACT, converter=Bound)
    high: float | None = None
    text: str = ""
    start: int = attrs.field(default=0, validator=_check_offsets)
    end: int = attrs.field(default=0, validator=_check_offsets)
    previous: float | None = None


def _to_codes(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Product:
    """Goods, a sector or a technology a measure covers, with HS codes where known."""

    text: str
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    hs: tuple[str, ...] = attrs.field(default=(), converter=_to_codes)


def _check_confidence(instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must be between 0 and 1, got {value}")


def _to_pairs(value: Any) -> tuple[tuple[str, str], ...]:
    if isinstance(value, dict):
        value = value.items()
    return tuple((str(field), str(rule)) for field, rule in value)


def _to_actors(value: Any) -> tuple[Actor, ...]:
    return tuple(value)


def _to_products(value: Any) -> tuple[Product, ...]:
    return tuple(value)


@attrs.frozen(slots=True, kw_only=True)
class Measure:
    """One trade-policy measure mentioned in one sentence.

    ``text`` is the evidence, the sentence the measure was read from, and
    ``source[start:end] == text``. ``rule`` is the id of the rule that fired, so users can
    trace a record to its rule. ``date_span`` is the phrase ``date`` was resolved from.
    ``confidence`` (0 to 1) is how likely every field of the record is right, calibrated
    so that records at 0.8 or above are fully right at least four times in five.
    ``decided_by`` names, for each field, the reading rule that decided it
    (``("status", "if-then-is-threat")``), so a surprising value can be traced.
    """

    kind: Kind | str = attrs.field(converter=to_kind)
    action: Action = attrs.field(converter=Action)
    status: Status = attrs.field(converter=Status)
    negated: bool = False
    imposer: Actor | None = None
    targets: tuple[Actor, ...] = attrs.field(default=(), converter=_to_actors)
    rate: Magnitude | None = None
    amount: Magnitude | None = None
    products: tuple[Product, ...] = attrs.field(default=(), converter=_to_products)
    date: datetime.date | None = None
    date_span: Span | None = None
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str
    rule: str
    confidence: float = attrs.field(default=0.5, converter=float, validator=_check_confidence)
    decided_by: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_to_pairs)

    def to_dict(self) -> dict[str, Any]:
        """This measure as plain JSON-compatible data (see docs/reference.md)."""
        from policymeasures.serialize import measure_to_dict

        return measure_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Measure:
        """Rebuild a measure from :meth:`to_dict` output."""
        from policymeasures.serialize import measure_from_dict

        return measure_from_dict(data)
