"""Measures with a history: the frozen records a :class:`~policymeasures.tracking.Tracker`
returns, and what a measure's history says about one day.

A :class:`TrackedMeasure` is one measure (a kind, an imposer, a target, a family of
goods) followed through the documents that mention it. Its :class:`Event` list says what
happened to it, in time order: each event is one action at one stage (a threat of 60%, an
increase to 145% in force, a suspension announced), with every figure reported for it
and the sources that reported them.

Reports of one event may disagree (one article says 25%, another 10%). Every figure is
kept with how many reports gave it, and one is chosen by a single rule,
:func:`most_reported`: the figure the most reports give; on a tie, the one whose reports
are the more confident in total; then the one reported first.

:meth:`TrackedMeasure.state` reads the history on a given day: what is in force and at
what level, and what is only threatened, proposed or announced.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

import attrs

from policymeasures.records import Action, Kind, Magnitude, Status, to_kind

__all__ = [
    "Event",
    "MeasureState",
    "Reported",
    "Source",
    "TrackedMeasure",
    "level_key",
    "most_reported",
]

T = TypeVar("T")

#: Actions that set the measure's level; suspensions and lifts take it out of force.
LEVEL_ACTIONS = frozenset({Action.IMPOSE, Action.INCREASE, Action.DECREASE})
#: Statuses whose stated effective date, once reached, puts the event in force.
DATED_STATUSES = frozenset({Status.ANNOUNCED, Status.AGREED})
#: Unit of a change in percentage points: added to the level in force (10% raised by 5 pp).
POINTS = "pp"


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _reported(values: Iterable[Reported[Any]]) -> tuple[Reported[Any], ...]:
    return tuple(values)


def _sources(values: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(values)


def _events(values: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(values)


@attrs.frozen(slots=True)
class Reported(Generic[T]):
    """A value reported for an event: how many reports gave it, how confidently, since when.

    ``weight`` is the sum of the reports' confidence; ``first`` the date of the first report.
    """

    value: T
    reports: int
    weight: float
    first: datetime.date


def most_reported(values: Sequence[Reported[T]]) -> Reported[T] | None:
    """The value chosen among conflicting reports: most reports, then weight, then first.

    >>> d = datetime.date
    >>> most_reported([Reported(25, 1, 0.9, d(2025, 3, 4)), Reported(10, 2, 1.0, d(2025, 3, 5))])
    Reported(value=10, reports=2, weight=1.0, first=datetime.date(2025, 3, 5))
    >>> most_reported([Reported(25, 1, 0.5, d(2025, 3, 4)), Reported(10, 1, 0.5, d(2025, 3, 5))])
    Reported(value=25, reports=1, weight=0.5, first=datetime.date(2025, 3, 4))
    """
    best: Reported[T] | None = None
    for item in values:
        if best is None or (item.reports, item.weight, -item.first.toordinal()) > (
            best.reports, best.weight, -best.first.toordinal()
        ):
            best = item
    return best


def level_key(rate: Magnitude | None, amount: Magnitude | None) -> tuple[Any, ...] | None:
    """What makes two reports name the same level: the rate, or failing it the amount.

    Bounds and wording do not count: "up to 60%" and "60%" name one level.

    >>> level_key(Magnitude(60.0, "%", bound="upper"), None)
    ('rate', 60.0, None, '%')
    >>> level_key(None, None) is None
    True
    """
    if rate is not None:
        return ("rate", round(rate.value, 6), rate.high, rate.unit)
    if amount is not None:
        return ("amount", round(amount.value, 6), amount.high, amount.unit)
    return None


@attrs.frozen(slots=True, kw_only=True)
class Source:
    """One report of an event: where it was read and what it said.

    ``doc`` is the document's id and ``date`` its date; ``start``, ``end`` and ``text`` the
    evidence sentence, so ``document[start:end] == text``; ``rule`` the extraction rule
    that read it and ``joined`` the tracking rule that put it in this event. ``rate``,
    ``amount`` and ``effective_date`` are this report's own readings; ``inferred`` names
    the slots that linking filled from an earlier sentence of the same document.
    """

    doc: str
    date: datetime.date
    start: int
    end: int
    text: str
    rule: str
    joined: str
    rate: Magnitude | None = None
    amount: Magnitude | None = None
    effective_date: datetime.date | None = None
    confidence: float = 0.5
    inferred: tuple[str, ...] = attrs.field(default=(), converter=_strings)


@attrs.frozen(slots=True, kw_only=True)
class Event:
    """One thing that happened to a measure: an action at one stage, with its reports.

    ``date`` is when the event was first reported; ``rates``, ``amounts`` and
    ``effective_dates`` every value reported for it, and ``rate``, ``amount`` and
    ``effective_date`` the values chosen among them by :func:`most_reported`.
    ``reports`` counts every report (one per document); ``sources`` keeps a few of them
    (see ``max_sources_per_event`` in the tracking rules).
    """

    action: Action = attrs.field(converter=Action)
    status: Status = attrs.field(converter=Status)
    date: datetime.date
    rates: tuple[Reported[Magnitude], ...] = attrs.field(default=(), converter=_reported)
    amounts: tuple[Reported[Magnitude], ...] = attrs.field(default=(), converter=_reported)
    effective_dates: tuple[Reported[datetime.date], ...] = attrs.field(default=(),
                                                                       converter=_reported)
    reports: int = 1
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)

    @property
    def rate(self) -> Magnitude | None:
        """The rate chosen among the reports, or None when none gave one."""
        chosen = most_reported(self.rates)
        return chosen.value if chosen else None

    @property
    def amount(self) -> Magnitude | None:
        """The amount chosen among the reports, or None when none gave one."""
        chosen = most_reported(self.amounts)
        return chosen.value if chosen else None

    @property
    def effective_date(self) -> datetime.date | None:
        """The effective date chosen among the reports that state one."""
        chosen = most_reported(self.effective_dates)
        return chosen.value if chosen else None

    @property
    def when(self) -> datetime.date:
        """Where the event stands on a time line: its effective date if stated, else its date."""
        return self.effective_date or self.date

    @property
    def conflicting(self) -> bool:
        """True when the reports disagree on the rate, the amount or the effective date."""
        return len(self.rates) > 1 or len(self.amounts) > 1 or len(self.effective_dates) > 1


@attrs.frozen(slots=True, kw_only=True)
class MeasureState:
    """A measure on one day.

    ``status`` is ``effective`` while in force, ``suspended`` or ``lifted`` once taken out
    of force, otherwise the stage of the latest step towards it (``threatened``,
    ``proposed``, ``announced``, ``agreed``), and None before the first report. ``rate``
    and ``amount`` are the level in force (None when not in force or never stated);
    ``pending`` is the latest event since then that is not in force: a threat, a
    proposal, an announcement.
    """

    on: datetime.date
    status: str | None = None
    in_force: bool = False
    rate: Magnitude | None = None
    amount: Magnitude | None = None
    since: datetime.date | None = None
    pending: Event | None = None


@attrs.frozen(slots=True, kw_only=True)
class TrackedMeasure:
    """One measure followed through time: who imposes it on whom, on what, and its events.

    ``targets`` holds one jurisdiction, or none when the reports name no target (a
    measure on all partners); ``hs_families`` the HS chapters of its goods (empty for all
    goods or goods without a code); ``products`` the first few goods named. ``events`` are
    in time order (:attr:`Event.when`, then first report).
    """

    id: str
    kind: Kind | str = attrs.field(converter=to_kind)
    imposer: str
    targets: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    hs_families: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    products: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_events)

    def state(self, on: datetime.date) -> MeasureState:
        """The measure on the day ``on``: in force or not, at what level, what is pending.

        Effective events set the level from their date (the stated effective date, else
        the first report); an announced or agreed event with an effective date takes
        effect on that date; a threat or proposal never does, and stays pending.
        """
        return state_on(self.events, on)

    def between(self, since: datetime.date | None = None,
                until: datetime.date | None = None) -> TrackedMeasure:
        """The same measure with only the events that stand between two days (inclusive)."""
        kept = tuple(e for e in self.events
                     if (since is None or e.when >= since) and (until is None or e.when <= until))
        return attrs.evolve(self, events=kept)

    def to_dict(self) -> dict[str, Any]:
        """This measure as plain JSON-compatible data (see docs/tracking.md)."""
        from policymeasures.serialize import tracked_to_dict

        return tracked_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrackedMeasure:
        """Rebuild a measure from :meth:`to_dict` output."""
        from policymeasures.serialize import tracked_from_dict

        return tracked_from_dict(data)


def _moments(events: Sequence[Event]) -> list[tuple[datetime.date, int, Event, bool]]:
    """Each event at the day it is reported, and again at its effective date when it
    comes into force then; the bool says whether the moment puts it in force."""
    moments = []
    for order, event in enumerate(events):
        effective = event.effective_date
        if event.status is Status.EFFECTIVE:
            moments.append((effective or event.date, order, event, True))
        elif event.status in DATED_STATUSES and effective is not None:
            moments.append((min(event.date, effective), order, event, False))
            moments.append((effective, order, event, True))
        else:
            moments.append((event.when, order, event, False))
    moments.sort(key=lambda m: (m[0], m[1], m[3]))
    return moments


def next_level(current: Magnitude | None, event: Event) -> Magnitude | None:
    """The level after a level-setting event: its own, or the one in force when it has none.

    A change stated in percentage points adds to (or takes from) a level in percent:
    rule ``points_add_to_level``.
    """
    rate = event.rate
    if rate is None:
        return current
    if rate.unit == POINTS and current is not None and current.unit == "%":
        sign = -1.0 if event.action is Action.DECREASE else 1.0
        return attrs.evolve(current, value=current.value + sign * rate.value, previous=None)
    return rate


def state_on(events: Sequence[Event], on: datetime.date) -> MeasureState:
    """What a history of events says about the day ``on`` (see :meth:`TrackedMeasure.state`)."""
    status: str | None = None
    in_force = False
    rate: Magnitude | None = None
    amount: Magnitude | None = None
    since: datetime.date | None = None
    pending: Event | None = None
    for day, _, event, takes_effect in _moments(events):
        if day > on:
            break
        if not takes_effect:
            pending = event
            if not in_force and status not in ("suspended", "lifted"):
                status = event.status.value
            continue
        pending = None
        since = day
        if event.action in LEVEL_ACTIONS:
            in_force, status = True, Status.EFFECTIVE.value
            rate = next_level(rate, event)
            amount = event.amount or amount
        else:
            in_force = False
            status = "suspended" if event.action is Action.SUSPEND else "lifted"
            if event.action is Action.LIFT:
                rate = amount = None
    if not in_force:
        return MeasureState(on=on, status=status, since=since, pending=pending)
    return MeasureState(on=on, status=status, in_force=True, rate=rate, amount=amount,
                        since=since, pending=pending)
