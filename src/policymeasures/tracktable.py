"""Tracked measures as text: a table to read, CSV rows (one per event) and JSON.

These are the outputs of ``policymeasures track``; they are plain functions so a
program can write the same things.

>>> import datetime, io
>>> from policymeasures.timeline import Event, Reported, Source, TrackedMeasure
>>> from policymeasures.records import Magnitude
>>> day = datetime.date(2025, 2, 4)
>>> source = Source(doc="a1", date=day, start=0, end=33, rule="r", joined="new_event",
...                 text="Washington set 10% tariffs on China.")
>>> event = Event(action="impose", status="effective", date=day,
...               rates=[Reported(Magnitude(10.0, "%"), 1, 0.5, day)], sources=[source])
>>> measure = TrackedMeasure(id="tariff:USA>CHN:all", kind="tariff", imposer="USA",
...                          targets=["CHN"], events=[event])
>>> out = io.StringIO()
>>> write_table([measure], out)
>>> print(out.getvalue().rstrip())
tariff USA → CHN, all goods (tariff:USA>CHN:all): 1 event
  date        effective   action    status      rate        amount        reports
  2025-02-04              impose    effective   10 %                      1
      a1 (2025-02-04): Washington set 10% tariffs on China.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

from policymeasures.records import Magnitude
from policymeasures.timeline import Event, TrackedMeasure

__all__ = ["CSV_COLUMNS", "event_rows", "write_csv", "write_json", "write_table"]

#: Table columns and their widths.
TABLE_COLUMNS = (("date", 10), ("effective", 10), ("action", 8), ("status", 10),
                 ("rate", 10), ("amount", 12), ("reports", 7))
#: Sources shown under each event in the table, and characters of their evidence.
TABLE_SOURCES = 2
TABLE_EVIDENCE = 100
CSV_COLUMNS = ("measure", "kind", "imposer", "targets", "products", "date",
               "effective_date", "action", "status", "rate", "rate_unit", "rate_bound",
               "amount", "amount_unit", "reports", "conflicting", "documents", "evidence")
_BOUND_SIGNS = {"upper": "<=", "lower": ">=", "approx": "~"}


def _figure(magnitude: Magnitude | None) -> str:
    """A rate or amount as a short cell: "<=60 %", "60-100 %", "18,000,000,000 USD"."""
    if magnitude is None:
        return ""
    value = f"{magnitude.value:,.4f}".rstrip("0").rstrip(".")
    if magnitude.high is not None:
        value += "-" + f"{magnitude.high:,.4f}".rstrip("0").rstrip(".")
    return f"{_BOUND_SIGNS.get(magnitude.bound.value, '')}{value} {magnitude.unit}"


def _heading(measure: TrackedMeasure) -> str:
    targets = ", ".join(measure.targets) or "all partners"
    goods = ", ".join(measure.products[:3]) if measure.hs_families else "all goods"
    count = len(measure.events)
    return (f"{measure.kind} {measure.imposer} \u2192 {targets}, {goods} ({measure.id}): "
            f"{count} event{'s' if count != 1 else ''}")


def _line(cells: Sequence[str]) -> str:
    padded = [c.ljust(w) for c, (_, w) in zip(cells, TABLE_COLUMNS, strict=True)]
    return "  " + "  ".join(padded).rstrip() + "\n"


def _cells(event: Event) -> list[str]:
    rate = _figure(event.rate) + (" *" if len(event.rates) > 1 else "")
    return [str(event.date), str(event.effective_date or ""), event.action.value,
            event.status.value, rate, _figure(event.amount), str(event.reports)]


def write_table(measures: Sequence[TrackedMeasure], out: TextIO) -> None:
    """Each measure's heading, then one line per event and its first sources.

    A rate marked ``*`` was chosen among conflicting reports (see the JSON for all).
    """
    if not measures:
        out.write("no measures found\n")
        return
    for index, measure in enumerate(measures):
        if index:
            out.write("\n")
        out.write(_heading(measure) + "\n")
        out.write(_line([name for name, _ in TABLE_COLUMNS]))
        for event in measure.events:
            out.write(_line(_cells(event)))
            for source in event.sources[:TABLE_SOURCES]:
                text = " ".join(source.text.split())
                if len(text) > TABLE_EVIDENCE:
                    text = text[:TABLE_EVIDENCE] + "\u2026"
                out.write(f"      {source.doc} ({source.date}): {text}\n")


def event_rows(measures: Sequence[TrackedMeasure]) -> list[dict[str, Any]]:
    """One flat row per event, with its measure's columns (``CSV_COLUMNS``)."""
    rows = []
    for measure in measures:
        for event in measure.events:
            rate, amount = event.rate, event.amount
            rows.append({
                "measure": measure.id, "kind": str(measure.kind), "imposer": measure.imposer,
                "targets": ";".join(measure.targets), "products": ";".join(measure.products),
                "date": event.date.isoformat(),
                "effective_date": event.effective_date.isoformat()
                if event.effective_date else "",
                "action": event.action.value, "status": event.status.value,
                "rate": rate.value if rate else "", "rate_unit": rate.unit if rate else "",
                "rate_bound": rate.bound.value if rate else "",
                "amount": amount.value if amount else "",
                "amount_unit": amount.unit if amount else "",
                "reports": event.reports, "conflicting": event.conflicting,
                "documents": ";".join(dict.fromkeys(s.doc for s in event.sources)),
                "evidence": event.sources[0].text if event.sources else "",
            })
    return rows


def write_csv(measures: Sequence[TrackedMeasure], out: TextIO) -> None:
    """The events as CSV with a header line (``CSV_COLUMNS``)."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(event_rows(measures))


def write_json(measures: Sequence[TrackedMeasure], out: TextIO) -> None:
    """A JSON list of the measures as :meth:`TrackedMeasure.to_dict` gives them."""
    json.dump([m.to_dict() for m in measures], out, ensure_ascii=False, indent=2)
    out.write("\n")
