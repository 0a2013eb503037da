"""One place that turns records into JSON-compatible dicts and back (docs/reference.md)."""

from __future__ import annotations

import datetime
from typing import Any

from policymeasures.records import Actor, Magnitude, Measure, Product, Span


def _actor_to_dict(actor: Actor) -> dict[str, Any]:
    return {"code": actor.code, "name": actor.name, "text": actor.text,
            "start": actor.start, "end": actor.end}


def _magnitude_to_dict(mag: Magnitude) -> dict[str, Any]:
    return {"value": mag.value, "unit": mag.unit, "bound": mag.bound.value, "high": mag.high,
            "previous": mag.previous, "text": mag.text, "start": mag.start, "end": mag.end}


def _product_to_dict(product: Product) -> dict[str, Any]:
    return {"text": product.text, "start": product.start, "end": product.end,
            "hs": list(product.hs)}


def _span_to_dict(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def measure_to_dict(measure: Measure) -> dict[str, Any]:
    """The documented JSON shape of a measure; enums become their string values."""
    kind = measure.kind.value if hasattr(measure.kind, "value") else measure.kind
    return {
        "kind": kind,
        "action": measure.action.value,
        "status": measure.status.value,
        "negated": measure.negated,
        "imposer": _actor_to_dict(measure.imposer) if measure.imposer else None,
        "targets": [_actor_to_dict(a) for a in measure.targets],
        "rate": _magnitude_to_dict(measure.rate) if measure.rate else None,
        "amount": _magnitude_to_dict(measure.amount) if measure.amount else None,
        "products": [_product_to_dict(p) for p in measure.products],
        "date": measure.date.isoformat() if measure.date else None,
        "date_span": _span_to_dict(measure.date_span) if measure.date_span else None,
        "start": measure.start,
        "end": measure.end,
        "text": measure.text,
        "rule": measure.rule,
        "confidence": measure.confidence,
        "decided_by": dict(measure.decided_by),
    }


def _magnitude_from_dict(data: dict[str, Any]) -> Magnitude:
    return Magnitude(
        value=float(data["value"]),
        unit=data["unit"],
        bound=data.get("bound", "exact"),
        high=data.get("high"),
        previous=data.get("previous"),
        text=data.get("text", ""),
        start=data.get("start", 0),
        end=data.get("end", 0),
    )


def measure_from_dict(data: dict[str, Any]) -> Measure:
    """Inverse of :func:`measure_to_dict`: ``measure_from_dict(measure_to_dict(m)) == m``."""
    date = data.get("date")
    return Measure(
        kind=data["kind"],
        action=data["action"],
        status=data["status"],
        negated=bool(data.get("negated", False)),
        imposer=Actor(**data["imposer"]) if data.get("imposer") else None,
        targets=[Actor(**a) for a in data.get("targets", [])],
        rate=_magnitude_from_dict(data["rate"]) if data.get("rate") else None,
        amount=_magnitude_from_dict(data["amount"]) if data.get("amount") else None,
        products=[Product(text=p["text"], start=p["start"], end=p["end"], hs=p.get("hs", ()))
                  for p in data.get("products", [])],
        date=datetime.date.fromisoformat(date) if date else None,
        date_span=Span(**data["date_span"]) if data.get("date_span") else None,
        start=data["start"],
        end=data["end"],
        text=data["text"],
        rule=data["rule"],
        confidence=data.get("confidence", 0.5),
        decided_by=data.get("decided_by", {}),
    )
