"""Linking across documents: a :class:`Tracker` turns a stream of records into measures
with a history.

Feed it one document at a time (``add(measures, doc_id, date)``), in any order: the
rules compare dates, not arrival (though a report with no figure joins what has arrived
so far, so a few such choices can differ with the order). Each
record is first linked inside its document (:mod:`policymeasures.linking`), then every
report it makes is placed by small named rules, tried in order. The constants they use
are data (``data/tracking.toml``, :class:`TrackingRules`).

**Which measure.** A record reports on one measure per target it names (tariffs on Canada
and Mexico are two measures, which later go their own ways); a record with no target
reports on the imposer's measure on all partners.

1. ``same_parties``: same kind, same imposer, same target.
2. ``recent_enough``: the measure was mentioned within ``max_gap_days`` of the report.
3. ``same_goods``: the goods are of the same HS families (chapters), or both are
   unnamed or have no code; among several, the most families shared, then the latest.
4. ``acts_on_existing``: an increase, decrease, suspension or lift with other goods acts
   on the measure it changes: the parties' measure on all goods, else their latest.
5. ``new_measure``: otherwise the report starts a measure.

**Which event.** Inside the measure, a report joins an event of its own action and
status:

1. ``same_level``: the same rate (or amount), whenever it was reported: a later article
   recalling "the 145% tariff" reports the old event, not a new one. A different stated
   effective date makes a new event (a level put back in force on a new day).
2. ``same_effective_date``: the same stated effective date; if the figures differ, the
   event holds conflicting reports and :func:`~policymeasures.timeline.most_reported`
   chooses.
3. ``fills_level``: an event with no level yet (and no other effective date), reported
   within ``fill_window_days``.
4. ``recent_unlevelled``: a report stating neither a level nor a date joins the latest
   event reported within ``unlevelled_window_days``.
5. ``new_event``: otherwise the report starts an event.

Reports left out are counted in :attr:`Tracker.skipped`: negated records (a denial
changes nothing), records with no imposer even after linking, records below
``min_confidence``, and records with no date at all.

Memory grows with measures and events, not with mentions: each event keeps a count and
every distinct figure with its tally, but at most ``max_sources_per_event`` sources (the
earliest, and one for each figure reported).
"""

from __future__ import annotations

import datetime
import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from policymeasures._data import load_toml
from policymeasures.errors import SettingsError
from policymeasures.linking import LinkedMeasure, LinkingRules, hs_families, link
from policymeasures.records import Action, Measure, Status
from policymeasures.timeline import (
    Event,
    Reported,
    Source,
    TrackedMeasure,
    level_key,
)

__all__ = ["Tracker", "TrackingRules", "select"]

#: Actions that change a measure already there rather than announce one.
CHANGES = frozenset({Action.INCREASE, Action.DECREASE, Action.SUSPEND, Action.LIFT})


@attrs.frozen(slots=True, kw_only=True)
class TrackingRules:
    """The windows and limits of the tracking rules (``data/tracking.toml``)."""

    max_gap_days: int = 730
    unlevelled_window_days: int = 60
    fill_window_days: int = 7
    max_sources_per_event: int = 8
    max_products: int = 6
    min_confidence: float = 0.0

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], origin: str = "<tracking>") -> TrackingRules:
        """Rules from a parsed table; every problem is reported at once (``SettingsError``)."""
        fields = attrs.fields_dict(cls)
        problems = []
        unknown = sorted(set(data) - set(fields))
        if unknown:
            problems.append(f"{origin}: unknown keys {unknown}; allowed: {sorted(fields)}")
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name not in fields:
                continue
            if name == "min_confidence":
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
                        0 <= value <= 1):
                    problems.append(f"{origin}: {name} must be a number from 0 to 1, "
                                    f"not {value!r}")
                else:
                    values[name] = float(value)
            elif isinstance(value, bool) or not isinstance(value, int) or value < 1:
                problems.append(f"{origin}: {name} must be a whole number >= 1, not {value!r}")
            else:
                values[name] = value
        if problems:
            raise SettingsError(problems)
        return cls(**values)

    @classmethod
    def default(cls) -> TrackingRules:
        """The shipped rules, read once."""
        return _default_rules()


@functools.cache
def _default_rules() -> TrackingRules:
    return TrackingRules.from_dict(load_toml("tracking.toml"), "tracking.toml")


# ---------------------------------------------------------------------- mutable state


@attrs.define
class _Tally:
    """A value reported for an event, counted as reports come in."""

    value: Any
    reports: int
    weight: float
    first: datetime.date

    def add(self, weight: float, date: datetime.date) -> None:
        self.reports += 1
        self.weight += weight
        self.first = min(self.first, date)


def _count(tallies: dict[Any, _Tally], key: Any, value: Any, weight: float,
           date: datetime.date) -> None:
    if key in tallies:
        tallies[key].add(weight, date)
    else:
        tallies[key] = _Tally(value, 1, weight, date)


@attrs.define
class _EventLog:
    """One event being built: its key, tallies of every figure, a few sources."""

    action: Action
    status: Status
    first: datetime.date
    last: datetime.date
    rates: dict[Any, _Tally] = attrs.field(factory=dict)
    amounts: dict[Any, _Tally] = attrs.field(factory=dict)
    dates: dict[Any, _Tally] = attrs.field(factory=dict)
    reports: int = 0
    sources: list[Source] = attrs.field(factory=list)

    def levels(self) -> set[Any]:
        return {level_key(t.value, None) for t in self.rates.values()} | {
            level_key(None, t.value) for t in self.amounts.values()}

    def add(self, source: Source, limit: int) -> None:
        self.reports += 1
        self.first, self.last = min(self.first, source.date), max(self.last, source.date)
        weight = source.confidence
        if source.rate is not None:
            _count(self.rates, level_key(source.rate, None), source.rate, weight, source.date)
        if source.amount is not None:
            _count(self.amounts, level_key(None, source.amount), source.amount, weight,
                   source.date)
        if source.effective_date is not None:
            _count(self.dates, source.effective_date, source.effective_date, weight,
                   source.date)
        self._keep(source, limit)

    def _keep(self, source: Source, limit: int) -> None:
        """Keep the earliest sources, and at least one for every figure reported."""
        self.sources.append(source)
        self.sources.sort(key=lambda s: (s.date, s.doc, s.start))
        while len(self.sources) > limit:
            shown = Counter(_figure(s) for s in self.sources)
            for index in range(len(self.sources) - 1, -1, -1):
                if shown[_figure(self.sources[index])] > 1:
                    del self.sources[index]  # the latest whose figure another still shows
                    break
            else:
                del self.sources[-1]  # more figures than room: the latest goes

    def freeze(self) -> Event:
        def reported(tallies: dict[Any, _Tally]) -> list[Reported[Any]]:
            return [Reported(t.value, t.reports, round(t.weight, 6), t.first)
                    for t in tallies.values()]

        return Event(action=self.action, status=self.status, date=self.first,
                     rates=reported(self.rates), amounts=reported(self.amounts),
                     effective_dates=reported(self.dates), reports=self.reports,
                     sources=self.sources)

    @classmethod
    def thaw(cls, event: Event) -> _EventLog:
        def tallies(items: Sequence[Reported[Any]], key: Any) -> dict[Any, _Tally]:
            return {key(r.value): _Tally(r.value, r.reports, r.weight, r.first) for r in items}

        last = max([s.date for s in event.sources] + [event.date])
        return cls(
            action=event.action, status=event.status, first=event.date, last=last,
            rates=tallies(event.rates, lambda m: level_key(m, None)),
            amounts=tallies(event.amounts, lambda m: level_key(None, m)),
            dates=tallies(event.effective_dates, lambda d: d),
            reports=event.reports, sources=list(event.sources),
        )


@attrs.define
class _Thread:
    """One measure being followed."""

    id: str
    kind: str
    imposer: str
    target: str | None
    families: frozenset[str]
    first: datetime.date
    last: datetime.date
    products: list[str] = attrs.field(factory=list)
    events: list[_EventLog] = attrs.field(factory=list)

    def freeze(self) -> TrackedMeasure:
        events = sorted((e.freeze() for e in self.events),
                        key=lambda e: (e.when, e.date, e.action.value, e.status.value))
        return TrackedMeasure(id=self.id, kind=self.kind, imposer=self.imposer,
                              targets=(self.target,) if self.target else (),
                              hs_families=sorted(self.families), products=self.products,
                              events=events)


@attrs.frozen(slots=True)
class _Report:
    """What one record says about one measure, ready to be placed."""

    kind: str
    imposer: str
    target: str | None
    families: frozenset[str]
    products: tuple[str, ...]
    action: Action
    status: Status
    source: Source

    @property
    def date(self) -> datetime.date:
        return self.source.date

    @property
    def level(self) -> Any:
        return level_key(self.source.rate, self.source.amount)


# ---------------------------------------------------------------------- which measure


def same_parties(report: _Report, threads: Iterable[_Thread]) -> list[_Thread]:
    """Rule 1: the measures of the report's kind, imposer and target."""
    return [t for t in threads if (t.kind, t.imposer, t.target) ==
            (report.kind, report.imposer, report.target)]


def recent_enough(report: _Report, threads: Iterable[_Thread],
                  rules: TrackingRules) -> list[_Thread]:
    """Rule 2: the measures mentioned within ``max_gap_days`` of the report."""
    gap = datetime.timedelta(days=rules.max_gap_days)
    return [t for t in threads if t.first - gap <= report.date <= t.last + gap]


def same_goods(report: _Report, threads: Sequence[_Thread]) -> _Thread | None:
    """Rule 3: the measure on goods of the report's HS families (or on unnamed goods)."""
    best: tuple[int, datetime.date] | None = None
    chosen = None
    for thread in threads:
        shared = len(thread.families & report.families)
        if thread.families != report.families and not shared:
            continue
        score = (shared, thread.last)
        if best is None or score > best:
            best, chosen = score, thread
    return chosen


def acts_on_existing(report: _Report, threads: Sequence[_Thread]) -> _Thread | None:
    """Rule 4: a change acts on the parties' measure on all goods, else on their latest."""
    if report.action not in CHANGES or not threads:
        return None
    broad = [t for t in threads if not t.families]
    return max(broad or threads, key=lambda t: t.last)


# ---------------------------------------------------------------------- which event


def _dates_agree(report: _Report, event: _EventLog) -> bool:
    """The report states no effective date, the event none yet, or both the same."""
    day = report.source.effective_date
    return day is None or not event.dates or day in event.dates


def same_level(report: _Report, events: Sequence[_EventLog]) -> _EventLog | None:
    """Rule 1: the event that already holds the report's rate (or amount), unless the two
    state different effective dates (a level put back in force on a new day)."""
    if report.level is None:
        return None
    found = [e for e in events if report.level in e.levels() and _dates_agree(report, e)]
    return min(found, key=lambda e: abs((e.first - report.date).days), default=None)


def same_effective_date(report: _Report, events: Sequence[_EventLog]) -> _EventLog | None:
    """Rule 2: the event stated to take effect on the same day."""
    day = report.source.effective_date
    if day is None:
        return None
    return next((e for e in events if day in e.dates), None)


def fills_level(report: _Report, events: Sequence[_EventLog],
                rules: TrackingRules) -> _EventLog | None:
    """Rule 3: a nearby event that has no level yet and no other effective date."""
    if report.level is None:
        return None
    window = rules.fill_window_days
    found = [e for e in events
             if not e.rates and not e.amounts and _dates_agree(report, e)
             and abs((e.first - report.date).days) <= window]
    return min(found, key=lambda e: abs((e.first - report.date).days), default=None)


def recent_unlevelled(report: _Report, events: Sequence[_EventLog],
                      rules: TrackingRules) -> _EventLog | None:
    """Rule 4: a report stating neither a level nor an effective date joins the latest
    event reported close to it ("the tariffs took effect")."""
    if report.level is not None or report.source.effective_date is not None:
        return None
    window = datetime.timedelta(days=rules.unlevelled_window_days)
    found = [e for e in events if e.first - window <= report.date <= e.last + window]
    return max(found, key=lambda e: e.last, default=None)


# ---------------------------------------------------------------------- the tracker


class Tracker:
    """Measures with a history, built incrementally from documents' records.

    >>> import datetime
    >>> from policymeasures import extract
    >>> tracker = Tracker()
    >>> day = datetime.date(2025, 3, 4)
    >>> tracker.add(extract("Canada imposed a 25% tariff on U.S. steel."), "a1", day)
    >>> tracker.add(extract("Canada raised its tariff on U.S. steel to 50%."), "a2",
    ...             day + datetime.timedelta(days=30))
    >>> [measure] = tracker.measures()
    >>> [(e.action.value, e.rate.value) for e in measure.events]
    [('impose', 25.0), ('increase', 50.0)]
    >>> measure.state(on=day).rate.value
    25.0
    """

    def __init__(self, rules: TrackingRules | None = None,
                 linking: LinkingRules | None = None) -> None:
        self.rules = rules or TrackingRules.default()
        self.linking = linking or LinkingRules.default()
        self._threads: dict[tuple[str, str, str | None], list[_Thread]] = {}
        self._serial: Counter[str] = Counter()
        #: Reports left out, by reason.
        self.skipped: Counter[str] = Counter()
        #: Reports placed in a measure.
        self.reports = 0

    def add(self, measures: Sequence[Measure], doc_id: str,
            date: datetime.date | None) -> None:
        """Add one document's records (in text order, offsets into that document).

        ``doc_id`` names the document in the sources; ``date`` is the document's date,
        the date of every report it makes; without one, a record's own date stands in.
        """
        placed: set[int] = set()  # events this document has reported: one report each
        for linked in link(measures, self.linking):
            for report in self._reports(linked, doc_id, date):
                thread = self._thread_for(report)
                event, joined = self._event_for(report, thread)
                if id(event) in placed:
                    continue  # the document says again what it said before
                placed.add(id(event))
                event.add(attrs.evolve(report.source, joined=joined),
                          self.rules.max_sources_per_event)
                thread.first = min(thread.first, report.date)
                thread.last = max(thread.last, report.date)
                self._note_products(thread, report.products)
                self.reports += 1

    def measures(self) -> list[TrackedMeasure]:
        """Every measure followed so far, by kind, imposer, target and first report."""
        threads = [t for group in self._threads.values() for t in group]
        threads.sort(key=lambda t: (t.kind, t.imposer, t.target or "", t.first, t.id))
        return [t.freeze() for t in threads]

    @classmethod
    def load(cls, measures: Iterable[TrackedMeasure], rules: TrackingRules | None = None,
             linking: LinkingRules | None = None) -> Tracker:
        """A tracker that goes on from measures saved earlier (``TrackedMeasure.from_dict``)."""
        tracker = cls(rules, linking)
        for measure in measures:
            kind = str(measure.kind)
            target = measure.targets[0] if measure.targets else None
            events = [_EventLog.thaw(e) for e in measure.events]
            dates = [e.first for e in events] + [e.last for e in events]
            first, last = (min(dates), max(dates)) if dates else (datetime.date.min,) * 2
            thread = _Thread(measure.id, kind, measure.imposer, target,
                             frozenset(measure.hs_families), first, last,
                             list(measure.products), events)
            tracker._threads.setdefault((kind, measure.imposer, target), []).append(thread)
            tracker._serial[_base_id(kind, measure.imposer, target, thread.families)] += 1
            tracker.reports += sum(e.reports for e in events)
        return tracker

    # ------------------------------------------------------------------ placing

    def _reports(self, linked: LinkedMeasure, doc: str,
                 date: datetime.date | None) -> list[_Report]:
        measure = linked.measure
        reason = self._left_out(linked, date)
        if reason:
            self.skipped[reason] += 1
            return []
        day = date or measure.date
        assert linked.imposer is not None and day is not None  # checked by _left_out
        imposer = linked.imposer.code
        # A jurisdiction does not impose a measure on itself: such a target is a misreading.
        targets: list[str | None] = list(
            dict.fromkeys(t.code for t in linked.targets if t.code != imposer))
        source = Source(
            doc=doc, date=day, start=measure.start,
            end=measure.end, text=measure.text, rule=measure.rule, joined="",
            rate=measure.rate, amount=measure.amount,
            effective_date=measure.date, confidence=measure.confidence,
            inferred=sorted(linked.inferred_slots()),
        )
        families = hs_families(linked.products)
        products = tuple(dict.fromkeys(p.text for p in linked.products))
        return [_Report(str(measure.kind), imposer, target, families, products,
                        measure.action, measure.status, source)
                for target in (targets or [None])]

    def _left_out(self, linked: LinkedMeasure, date: datetime.date | None) -> str | None:
        measure = linked.measure
        if measure.negated:
            return "negated"
        if linked.imposer is None:
            return "no imposer"
        if measure.confidence < self.rules.min_confidence:
            return "below min_confidence"
        if date is None and measure.date is None:
            return "no date"
        return None

    def _thread_for(self, report: _Report) -> _Thread:
        group = self._threads.setdefault((report.kind, report.imposer, report.target), [])
        candidates = recent_enough(report, same_parties(report, group), self.rules)
        thread = same_goods(report, candidates) or acts_on_existing(report, candidates)
        if thread is None:
            base = _base_id(report.kind, report.imposer, report.target, report.families)
            self._serial[base] += 1
            suffix = f"#{self._serial[base]}" if self._serial[base] > 1 else ""
            thread = _Thread(base + suffix, report.kind, report.imposer, report.target,
                             report.families, report.date, report.date)
            group.append(thread)
        return thread

    def _event_for(self, report: _Report, thread: _Thread) -> tuple[_EventLog, str]:
        events = [e for e in thread.events
                  if (e.action, e.status) == (report.action, report.status)]
        for name, found in (
            ("same_level", same_level(report, events)),
            ("same_effective_date", same_effective_date(report, events)),
            ("fills_level", fills_level(report, events, self.rules)),
            ("recent_unlevelled", recent_unlevelled(report, events, self.rules)),
        ):
            if found is not None:
                return found, name
        event = _EventLog(report.action, report.status, report.date, report.date)
        thread.events.append(event)
        return event, "new_event"

    def _note_products(self, thread: _Thread, products: Sequence[str]) -> None:
        for text in products:
            if len(thread.products) >= self.rules.max_products:
                return
            if text not in thread.products:
                thread.products.append(text)


def _figure(source: Source) -> Any:
    return level_key(source.rate, source.amount)


def _base_id(kind: str, imposer: str, target: str | None, families: frozenset[str]) -> str:
    goods = "+".join(sorted(families)) or "all"
    return f"{kind}:{imposer}>{target or 'all'}:{goods}"


def select(measures: Iterable[TrackedMeasure], *, kind: str | None = None,
           imposer: str | None = None, target: str | None = None,
           since: datetime.date | None = None,
           until: datetime.date | None = None) -> list[TrackedMeasure]:
    """The measures of a kind, imposer and target, with their events between two days.

    Measures left with no event in the window are dropped.
    """
    chosen = []
    for measure in measures:
        if kind is not None and str(measure.kind) != kind:
            continue
        if imposer is not None and measure.imposer != imposer:
            continue
        if target is not None and target not in measure.targets:
            continue
        window = measure.between(since, until)
        if window.events:
            chosen.append(window)
    return chosen
