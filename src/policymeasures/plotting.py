"""A picture of measures through time: the level in force as a step line, with markers.

Each measure is drawn as a step line of its level in force (:meth:`TrackedMeasure.state`
on every day something happened), dropping to nothing while suspended or after a lift,
and a marker for every event that is not simply a level in force: threats,
proposals, announcements, agreements, suspensions and lifts, each at the level it names
(or the level in force when it names none).

:func:`plot_series` computes what to draw and needs nothing but the library, so it is
tested on its own. :func:`plot` draws it: ``.html`` with plotly (sources on hover),
``.png``, ``.svg`` or ``.pdf`` with matplotlib; both come with the ``plot`` extra
(``pip install 'policymeasures[plot]'``).

>>> import datetime
>>> from policymeasures.timeline import Event, Reported, TrackedMeasure
>>> from policymeasures.records import Magnitude
>>> def event(day, status, value):
...     rate = Reported(Magnitude(value, "%"), 1, 0.5, day)
...     return Event(action="impose", status=status, date=day, rates=[rate])
>>> measure = TrackedMeasure(id="t", kind="tariff", imposer="USA", targets=["CHN"], events=[
...     event(datetime.date(2024, 11, 26), "threatened", 60.0),
...     event(datetime.date(2025, 2, 4), "effective", 10.0)])
>>> series = plot_series(measure)
>>> [(str(day), level) for day, level in series.steps]
[('2024-11-26', None), ('2025-02-04', 10.0)]
>>> [(m.label, m.level) for m in series.markers]
[('threat', 60.0), ('level', 10.0)]
"""

from __future__ import annotations

import datetime
import html
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from policymeasures._optional import require
from policymeasures.errors import PolicyMeasuresError
from policymeasures.records import Action, Magnitude, Status
from policymeasures.timeline import LEVEL_ACTIONS, Event, TrackedMeasure

__all__ = ["Marker", "Series", "plot", "plot_series"]

#: How each marker looks: (matplotlib marker, plotly symbol, colour).
MARKER_STYLES = {
    "threat": ("X", "x", "#d62728"),
    "proposal": ("D", "diamond", "#7f7f7f"),
    "announcement": ("^", "triangle-up", "#ff7f0e"),
    "agreement": ("v", "triangle-down", "#1f77b4"),
    "suspension": ("s", "square", "#9467bd"),
    "lift": ("o", "circle-open", "#2ca02c"),
    "level": (".", "circle", "#000000"),
}
#: Characters of evidence shown per source on hover, and sources shown per event.
HOVER_TEXT = 160
HOVER_SOURCES = 4
#: Picture size in inches and resolution for matplotlib output.
FIGURE_SIZE = (10.0, 5.0)
FIGURE_DPI = 110
HTML_SUFFIXES = frozenset({".html", ".htm"})
IMAGE_SUFFIXES = frozenset({".png", ".svg", ".pdf"})


@attrs.frozen(slots=True)
class Marker:
    """One event on the picture: its day, the level it stands at, what it is, its hover text."""

    day: datetime.date
    level: float | None
    label: str
    hover: str


@attrs.frozen(slots=True)
class Series:
    """What to draw for one measure: a step line of ``(day, level or None)`` and markers."""

    name: str
    unit: str
    steps: tuple[tuple[datetime.date, float | None], ...]
    markers: tuple[Marker, ...]


def _level(magnitude: Magnitude | None) -> float | None:
    return magnitude.value if magnitude is not None else None


def _label(event: Event) -> str:
    """The marker an event gets: by its status, or by its action once in force."""
    if event.status is Status.EFFECTIVE:
        if event.action is Action.SUSPEND:
            return "suspension"
        if event.action is Action.LIFT:
            return "lift"
        return "level"
    return {Status.THREATENED: "threat", Status.PROPOSED: "proposal",
            Status.ANNOUNCED: "announcement", Status.AGREED: "agreement"}[event.status]


def _hover(event: Event) -> str:
    """The event in a line, then a few of its sources: document, date and evidence."""
    rate = event.rate or event.amount
    figure = f" {rate.value:g}{rate.unit}" if rate else ""
    head = f"{event.action.value} {event.status.value}{figure} (reported {event.date}"
    head += f", effective {event.effective_date})" if event.effective_date else ")"
    lines = [head, f"{event.reports} report{'s' if event.reports != 1 else ''}"]
    for source in event.sources[:HOVER_SOURCES]:
        text = source.text if len(source.text) <= HOVER_TEXT else source.text[:HOVER_TEXT] + "…"
        lines.append(f"{source.doc} ({source.date}): {text}")
    return "\n".join(lines)


def _unit(measure: TrackedMeasure) -> str:
    """The unit drawn: the rates' commonest unit, or the amounts' when no event has a rate."""
    for figures in ([e.rate for e in measure.events], [e.amount for e in measure.events]):
        units = Counter(m.unit for m in figures if m is not None)
        if units:
            return units.most_common(1)[0][0]
    return ""


def _in_unit(unit: str, *figures: Magnitude | None) -> float | None:
    """The first figure given in the unit drawn: a level in another unit is not drawn."""
    return next((m.value for m in figures if m is not None and m.unit == unit), None)


def plot_series(measure: TrackedMeasure) -> Series:
    """The step line and markers of one measure (see the module docstring).

    One unit is drawn per measure (:func:`_unit`): rates in percent and amounts in dollars
    do not share an axis.
    """
    unit = _unit(measure)
    days = sorted({e.when for e in measure.events} | {e.date for e in measure.events})
    steps = []
    for day in days:
        state = measure.state(on=day)
        steps.append((day, _in_unit(unit, state.rate, state.amount)))
    markers = []
    for event in measure.events:
        level = _in_unit(unit, event.rate, event.amount)
        if level is None:
            # A figureless event stands at the level in force; a suspension or a lift at
            # the level it took out of force, the day before.
            day = event.when
            if event.action not in LEVEL_ACTIONS:
                day -= datetime.timedelta(days=1)
            state = measure.state(on=day)
            level = _in_unit(unit, state.rate, state.amount)
        markers.append(Marker(event.when, level, _label(event), _hover(event)))
    targets = ",".join(measure.targets) or "all"
    name = f"{measure.kind} {measure.imposer}\u2192{targets}"
    if measure.hs_families:
        goods = f" ({measure.products[0]})" if measure.products else ""
        name += f", HS {'+'.join(measure.hs_families)}{goods}"
    return Series(name, unit, tuple(steps), tuple(markers))


def _drawable(series: Series) -> bool:
    """A series with at least one level to draw (a line or a marker)."""
    return any(v is not None for _, v in series.steps) or any(
        m.level is not None for m in series.markers)


def plot(measures: Sequence[TrackedMeasure], path: str | Path, *,
         since: datetime.date | None = None, until: datetime.date | None = None,
         title: str | None = None) -> Path:
    """Draw the measures to ``path``: HTML with plotly, PNG/SVG/PDF with matplotlib.

    ``since`` and ``until`` bound the time axis; the levels before ``since`` still count.
    Measures with no level to draw are left out. Returns the path written.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    series = [item for item in map(plot_series, measures) if _drawable(item)]
    title = title or "Measures through time"
    if suffix in HTML_SUFFIXES:
        _plotly(series, target, since, until, title)
    elif suffix in IMAGE_SUFFIXES:
        _matplotlib(series, target, since, until, title)
    else:
        known = ", ".join(sorted(HTML_SUFFIXES | IMAGE_SUFFIXES))
        raise PolicyMeasuresError(f"{target}: cannot draw a {suffix or 'file without suffix'};"
                                  f" use one of {known}")
    return target


def _axis_unit(series: Sequence[Series]) -> str:
    units = sorted({s.unit for s in series if s.unit})
    return "level" if len(units) != 1 else f"level ({units[0]})"


#: Columns of the legend under a static picture.
LEGEND_COLUMNS = 2


def _matplotlib(series: Sequence[Series], path: Path, since: datetime.date | None,
                until: datetime.date | None, title: str) -> None:
    matplotlib = require("matplotlib", "plot", "drawing a PNG, SVG or PDF")
    matplotlib.use("Agg")  # no display: draw to a file
    pyplot = require("matplotlib.pyplot", "plot", "drawing a PNG, SVG or PDF")
    figure, axes = pyplot.subplots(figsize=FIGURE_SIZE, dpi=FIGURE_DPI)
    last = max((d for item in series for d, _ in item.steps), default=None)
    for item in series:
        days = [d for d, _ in item.steps]
        levels = [float("nan") if v is None else v for _, v in item.steps]
        if days:
            # The last level holds until the right edge of the picture.
            days.append(until or last or days[-1])
            levels.append(levels[-1])
            axes.step(days, levels, where="post", label=item.name, linewidth=2)
    seen: set[str] = set()
    for item in series:
        for marker in item.markers:
            if marker.label == "level" or marker.level is None:
                continue
            shape, _, colour = MARKER_STYLES[marker.label]
            axes.scatter([marker.day], [marker.level], marker=shape, color=colour, s=60,
                         zorder=3, label=marker.label if marker.label not in seen else None)
            seen.add(marker.label)
    axes.set_xlim(left=since, right=until)
    axes.set_ylabel(_axis_unit(series))
    axes.set_title(title)
    axes.grid(True, alpha=0.3)
    # Below the axes, so that it never hides a line however many measures there are.
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=LEGEND_COLUMNS,
                fontsize="small", frameon=False)
    figure.autofmt_xdate()
    figure.savefig(path, bbox_inches="tight")
    pyplot.close(figure)


def _plotly(series: Sequence[Series], path: Path, since: datetime.date | None,
            until: datetime.date | None, title: str) -> None:
    graph_objects: Any = require("plotly.graph_objects", "plot", "drawing HTML")
    figure = graph_objects.Figure()
    for item in series:
        figure.add_trace(graph_objects.Scatter(
            x=[d for d, _ in item.steps], y=[v for _, v in item.steps], mode="lines",
            line={"shape": "hv", "width": 2}, name=item.name, hoverinfo="skip"))
        by_label: dict[str, list[Marker]] = {}
        for marker in item.markers:
            by_label.setdefault(marker.label, []).append(marker)
        for label, markers in by_label.items():
            _, symbol, colour = MARKER_STYLES[label]
            figure.add_trace(graph_objects.Scatter(
                x=[m.day for m in markers], y=[m.level for m in markers], mode="markers",
                marker={"symbol": symbol, "size": 10, "color": colour},
                name=f"{item.name}: {label}", legendgroup=item.name,
                hovertext=[html.escape(m.hover).replace("\n", "<br>") for m in markers],
                hoverinfo="text"))
    figure.update_layout(title=title, yaxis_title=_axis_unit(series), hovermode="closest",
                         xaxis_range=[since, until] if since or until else None)
    figure.write_html(str(path), include_plotlyjs=True, full_html=True)
