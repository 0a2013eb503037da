"""One place that turns records into JSON-compatible dicts and back (docs/reference.md,
docs/tracking.md)."""

from __future__ import annotations

import datetime
from typing import Any

from policymeasures.records import Actor, Magnitude, Measure, Product, Span
from policymeasures.timeline import Event, Reported, Source, TrackedMeasure


def _actor_to_dict(actor: Actor) -> dict[str, Any]:
    return {"code": actor.code, "name": actor.name, "text": actor.text,
            "start": actor.start, "end": actor.end}


def magnitude_to_dict(mag: Magnitude) -> dict[str, Any]:
    """A rate or amount as in a measure's JSON: value, unit, bound, high, previous, words."""
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
        "rate": magnitude_to_dict(measure.rate) if measure.rate else None,
        "amount": magnitude_to_dict(measure.amount) if measure.amount else None,
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


def magnitude_from_dict(data: dict[str, Any]) -> Magnitude:
    """Inverse of :func:`magnitude_to_dict`."""
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
        rate=magnitude_from_dict(data["rate"]) if data.get("rate") else None,
        amount=magnitude_from_dict(data["amount"]) if data.get("amount") else None,
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


# ---------------------------------------------------------------------- tracked measures


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _source_to_dict(source: Source) -> dict[str, Any]:
    return {
        "doc": source.doc, "date": source.date.isoformat(), "start": source.start,
        "end": source.end, "text": source.text, "rule": source.rule, "joined": source.joined,
        "rate": magnitude_to_dict(source.rate) if source.rate else None,
        "amount": magnitude_to_dict(source.amount) if source.amount else None,
        "effective_date": _iso(source.effective_date), "confidence": source.confidence,
        "inferred": list(source.inferred),
    }


def _source_from_dict(data: dict[str, Any]) -> Source:
    return Source(
        doc=data["doc"], date=datetime.date.fromisoformat(data["date"]), start=data["start"],
        end=data["end"], text=data["text"], rule=data["rule"], joined=data["joined"],
        rate=magnitude_from_dict(data["rate"]) if data.get("rate") else None,
        amount=magnitude_from_dict(data["amount"]) if data.get("amount") else None,
        effective_date=_day(data.get("effective_date")),
        confidence=data.get("confidence", 0.5), inferred=data.get("inferred", ()),
    )


def _reported_to_dict(item: Reported[Any], value: Any) -> dict[str, Any]:
    return {"value": value, "reports": item.reports, "weight": item.weight,
            "first": item.first.isoformat()}


def _reported_magnitude(data: dict[str, Any]) -> Reported[Magnitude]:
    return Reported(magnitude_from_dict(data["value"]), data["reports"], data["weight"],
                    datetime.date.fromisoformat(data["first"]))


def _reported_day(data: dict[str, Any]) -> Reported[datetime.date]:
    return Reported(datetime.date.fromisoformat(data["value"]), data["reports"],
                    data["weight"], datetime.date.fromisoformat(data["first"]))


def event_to_dict(event: Event) -> dict[str, Any]:
    """An event: the documented fields first, then every figure reported for it."""
    return {
        "date": event.date.isoformat(),
        "effective_date": _iso(event.effective_date),
        "action": event.action.value,
        "status": event.status.value,
        "rate": magnitude_to_dict(event.rate) if event.rate else None,
        "amount": magnitude_to_dict(event.amount) if event.amount else None,
        "sources": [_source_to_dict(s) for s in event.sources],
        "reports": event.reports,
        "rates": [_reported_to_dict(r, magnitude_to_dict(r.value)) for r in event.rates],
        "amounts": [_reported_to_dict(r, magnitude_to_dict(r.value)) for r in event.amounts],
        "effective_dates": [_reported_to_dict(r, r.value.isoformat())
                            for r in event.effective_dates],
    }


def event_from_dict(data: dict[str, Any]) -> Event:
    """Inverse of :func:`event_to_dict`; the chosen values are recomputed from the reports."""
    return Event(
        action=data["action"], status=data["status"],
        date=datetime.date.fromisoformat(data["date"]),
        rates=[_reported_magnitude(r) for r in data.get("rates", [])],
        amounts=[_reported_magnitude(r) for r in data.get("amounts", [])],
        effective_dates=[_reported_day(r) for r in data.get("effective_dates", [])],
        reports=data.get("reports", len(data.get("sources", [])) or 1),
        sources=[_source_from_dict(s) for s in data.get("sources", [])],
    )


def tracked_to_dict(measure: TrackedMeasure) -> dict[str, Any]:
    """The documented JSON shape of a tracked measure (docs/tracking.md)."""
    kind = measure.kind.value if hasattr(measure.kind, "value") else measure.kind
    return {
        "id": measure.id,
        "kind": kind,
        "imposer": measure.imposer,
        "targets": list(measure.targets),
        "products": list(measure.products),
        "hs_families": list(measure.hs_families),
        "events": [event_to_dict(e) for e in measure.events],
    }


def tracked_from_dict(data: dict[str, Any]) -> TrackedMeasure:
    """Inverse of :func:`tracked_to_dict`: ``tracked_from_dict(tracked_to_dict(m)) == m``."""
    return TrackedMeasure(
        id=data["id"], kind=data["kind"], imposer=data["imposer"],
        targets=data.get("targets", ()), hs_families=data.get("hs_families", ()),
        products=data.get("products", ()),
        events=[event_from_dict(e) for e in data.get("events", [])],
    )
