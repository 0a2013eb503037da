"""Tracking across documents: measures, events, conflicting reports, state on a day, JSON."""

from __future__ import annotations

import datetime
import json

import attrs
import pytest
from hypothesis import given, settings

from builders import Said, document
from policymeasures import (
    Action,
    SettingsError,
    Status,
    TrackedMeasure,
    Tracker,
    TrackingRules,
    select,
)
from policymeasures.timeline import Event, Reported, most_reported
from strategies import feeds

D = datetime.date


def usa_on_china(rate: float | None, *, action: str = "impose", status: str = "effective",
                 date: datetime.date | None = None, confidence: float = 0.5,
                 products: tuple[str, ...] = (), extra_target: bool = False) -> Said:
    """A sentence about U.S. tariffs on China, with the figure given."""
    figure = f" of {rate:g}%" if rate is not None else ""
    goods = " and ".join(products) or "goods"
    mexico = " and Mexico" if extra_target else ""
    text = f"Washington set tariffs{figure} on {goods} from China{mexico}."
    return Said(text, "tariff", action=action, status=status, imposer=("USA", "Washington"),
                targets=(("CHN", "China"),) + ((("MEX", "Mexico"),) if extra_target else ()),
                rate=(rate, f"{rate:g}%") if rate is not None else None, products=products,
                date=date, confidence=confidence)


def track(*docs: tuple[str, datetime.date, list[Said]],
          rules: TrackingRules | None = None) -> Tracker:
    tracker = Tracker(rules)
    for doc_id, day, sentences in docs:
        _, measures = document(*sentences)
        tracker.add(measures, doc_id, day)
    return tracker


def only(tracker: Tracker) -> TrackedMeasure:
    [measure] = tracker.measures()
    return measure


# ---------------------------------------------------------------------- which measure


def test_reports_of_one_level_are_one_event() -> None:
    """Two articles giving the same level report one event, first dated by the earlier."""
    measure = only(track(("b", D(2025, 4, 12), [usa_on_china(145)]),
                         ("a", D(2025, 4, 10), [usa_on_china(145)])))
    [event] = measure.events
    assert event.reports == 2 and event.date == D(2025, 4, 10)
    assert [s.doc for s in event.sources] == ["a", "b"]
    assert measure.imposer == "USA" and measure.targets == ("CHN",)


def test_later_recall_of_an_old_level_joins_the_old_event() -> None:
    """A December article recalling the 145% tariff does not make 145% new in December."""
    tracker = track(("a", D(2025, 4, 10), [usa_on_china(145)]),
                    ("b", D(2025, 5, 12), [usa_on_china(30, action="decrease")]),
                    ("c", D(2025, 12, 1), [usa_on_china(145)]))
    measure = only(tracker)
    assert [(e.action, e.rate.value if e.rate else None) for e in measure.events] == [
        (Action.IMPOSE, 145.0), (Action.DECREASE, 30.0)]
    state = measure.state(on=D(2025, 12, 31))
    assert state.rate is not None and state.rate.value == 30


def test_targets_are_followed_apart() -> None:
    """A record naming two targets reports on two measures."""
    tracker = track(("a", D(2025, 2, 1), [usa_on_china(10, extra_target=True)]))
    assert [m.targets for m in tracker.measures()] == [("CHN",), ("MEX",)]


def test_goods_of_other_families_are_other_measures() -> None:
    """Tariffs on all goods, on cars and on steel are three measures; steel again joins steel."""
    tracker = track(("a", D(2024, 5, 14), [usa_on_china(100, products=("cars",))]),
                    ("b", D(2024, 5, 20), [usa_on_china(25, products=("steel",))]),
                    ("c", D(2024, 6, 1), [usa_on_china(60, status="threatened")]),
                    ("d", D(2024, 6, 2), [usa_on_china(25, products=("steel",))]))
    by_goods = {m.hs_families: m for m in tracker.measures()}
    assert set(by_goods) == {(), ("87",), ("72", "73")}
    assert by_goods[("72", "73")].events[0].reports == 2


def test_an_increase_acts_on_the_measure_it_raises() -> None:
    """An increase naming goods of no family of the parties' measures joins their measure."""
    tracker = track(("a", D(2025, 2, 4), [usa_on_china(10)]),
                    ("b", D(2025, 3, 4), [usa_on_china(20, action="increase",
                                                       products=("soybeans",))]))
    measure = only(tracker)
    assert [e.action for e in measure.events] == [Action.IMPOSE, Action.INCREASE]


def test_a_long_silence_ends_a_measure() -> None:
    """Mentions further apart than max_gap_days are two measures."""
    tracker = track(("a", D(2018, 7, 6), [usa_on_china(25)]),
                    ("b", D(2025, 2, 4), [usa_on_china(10)]))
    assert [m.id for m in tracker.measures()] == ["tariff:USA>CHN:all",
                                                  "tariff:USA>CHN:all#2"]


def test_negated_and_unattributed_records_are_left_out() -> None:
    """Denials and records with no imposer even after linking are counted, not tracked."""
    tracker = track(("a", D(2025, 2, 4), [
        attrs.evolve(usa_on_china(10), negated=True),
        Said("Tariffs were in the news.", "tariff")]))
    assert tracker.measures() == []
    assert tracker.skipped == {"negated": 1, "no imposer": 1}


def test_a_document_reports_an_event_once() -> None:
    """An article repeating a figure is one report of the event."""
    tracker = track(("a", D(2025, 4, 10), [usa_on_china(145), usa_on_china(145)]))
    assert only(tracker).events[0].reports == 1


def test_linked_mentions_are_tracked_with_their_inherited_slots() -> None:
    """'The levy' in a later sentence reports on Canada's tariff and says it was linked."""
    canada = Said("Canada imposed a 25% tariff on U.S. steel.", "tariff",
                  imposer=("CAN", "Canada"), targets=(("USA", "U.S."),), rate=(25, "25%"),
                  products=("steel",))
    lift = Said("The levy was lifted in May.", "tariff", action="lift")
    measure = only(track(("a", D(2025, 6, 1), [canada, lift])))
    assert [e.action for e in measure.events] == [Action.IMPOSE, Action.LIFT]
    assert measure.events[1].sources[0].inferred == ("imposer", "products", "targets")


# ---------------------------------------------------------------------- conflicts


def test_conflicting_reports_are_kept_and_one_chosen() -> None:
    """25% in two articles and 10% in one, for the same effective day: 25% chosen, 10% kept."""
    day = D(2025, 3, 4)
    tracker = track(("a", D(2025, 3, 1), [usa_on_china(25, date=day)]),
                    ("b", D(2025, 3, 2), [usa_on_china(10, date=day)]),
                    ("c", D(2025, 3, 3), [usa_on_china(25, date=day)]))
    [event] = only(tracker).events
    assert event.conflicting
    assert event.rate is not None and event.rate.value == 25
    assert sorted((r.value.value, r.reports) for r in event.rates) == [(10, 1), (25, 2)]
    assert {s.rate.value for s in event.sources if s.rate} == {10, 25}
    assert [s.joined for s in event.sources] == ["new_event", "same_effective_date",
                                                 "same_level"]


def test_tie_goes_to_the_more_confident_reports() -> None:
    """One report each: the more confident figure is chosen."""
    day = D(2025, 3, 4)
    tracker = track(("a", D(2025, 3, 1), [usa_on_china(25, date=day, confidence=0.4)]),
                    ("b", D(2025, 3, 2), [usa_on_china(10, date=day, confidence=0.9)]))
    rate = only(tracker).events[0].rate
    assert rate is not None and rate.value == 10


def test_full_tie_goes_to_the_first_report() -> None:
    """Same count, same confidence: the figure reported first is chosen."""
    first = D(2025, 3, 1)
    chosen = most_reported([Reported(10, 1, 0.5, first + datetime.timedelta(days=1)),
                            Reported(25, 1, 0.5, first)])
    assert chosen is not None and chosen.value == 25


def test_sources_are_capped_but_every_figure_keeps_one() -> None:
    """Past max_sources_per_event the count goes on and each figure still has a source."""
    day = D(2025, 3, 4)
    rules = attrs.evolve(TrackingRules.default(), max_sources_per_event=3)
    docs = [(f"d{i:02}", D(2025, 3, 1) + datetime.timedelta(days=i), [usa_on_china(25, date=day)])
            for i in range(10)]
    docs.append(("late", D(2025, 3, 20), [usa_on_china(10, date=day)]))
    [event] = only(track(*docs, rules=rules)).events
    assert event.reports == 11 and len(event.sources) == 3
    assert {s.rate.value for s in event.sources if s.rate} == {10, 25}
    assert [s.doc for s in event.sources][:2] == ["d00", "d01"]


# ---------------------------------------------------------------------- state on a day


def test_a_threat_never_carried_out_stays_a_threat() -> None:
    """Only threats: never in force, status threatened, the threat pending."""
    measure = only(track(("a", D(2024, 11, 26), [usa_on_china(60, status="threatened")])))
    state = measure.state(on=D(2026, 1, 1))
    assert (state.status, state.in_force, state.rate) == ("threatened", False, None)
    assert state.pending is not None and state.pending.rate is not None
    assert state.pending.rate.value == 60
    assert measure.state(on=D(2024, 11, 1)).status is None


def test_levels_step_through_time() -> None:
    """Each effective level holds from its report until the next one."""
    measure = only(track(("a", D(2025, 2, 4), [usa_on_china(10)]),
                         ("b", D(2025, 4, 3), [usa_on_china(54)]),
                         ("c", D(2025, 4, 10), [usa_on_china(145, action="increase")]),
                         ("d", D(2025, 5, 14), [usa_on_china(30, action="decrease")])))
    levels = {day: measure.state(on=day).rate for day in
              (D(2025, 3, 1), D(2025, 4, 5), D(2025, 5, 1), D(2025, 6, 1))}
    assert [r.value if r else None for r in levels.values()] == [10, 54, 145, 30]
    assert measure.state(on=D(2025, 4, 5)).since == D(2025, 4, 3)


def test_a_suspended_measure_is_not_in_force() -> None:
    """A suspension takes the measure out of force; the level put back on a day restores it."""
    measure = only(track(("a", D(2025, 3, 4), [usa_on_china(25)]),
                         ("b", D(2025, 3, 6), [usa_on_china(None, action="suspend")]),
                         ("c", D(2025, 4, 7), [usa_on_china(25, date=D(2025, 4, 7))])))
    suspended = measure.state(on=D(2025, 3, 10))
    assert (suspended.status, suspended.in_force, suspended.rate) == ("suspended", False, None)
    back = measure.state(on=D(2025, 4, 10))
    assert back.in_force and back.rate is not None and back.rate.value == 25


def test_a_lifted_measure_is_gone() -> None:
    """After a lift the measure is not in force and has no level."""
    measure = only(track(("a", D(2025, 3, 4), [usa_on_china(25)]),
                         ("b", D(2025, 6, 1), [usa_on_china(None, action="lift")])))
    state = measure.state(on=D(2025, 7, 1))
    assert (state.status, state.in_force, state.rate) == ("lifted", False, None)


def test_an_announcement_takes_effect_on_its_date() -> None:
    """Announced with an effective date: pending before it, in force from it."""
    measure = only(track(("a", D(2025, 2, 1), [usa_on_china(25, status="announced",
                                                             date=D(2025, 3, 4))])))
    before, after = measure.state(on=D(2025, 3, 3)), measure.state(on=D(2025, 3, 4))
    assert (before.status, before.in_force) == ("announced", False)
    assert after.in_force and after.rate is not None and after.rate.value == 25


def test_a_threat_while_in_force_leaves_the_level() -> None:
    """A new threat is pending; the level in force stays."""
    measure = only(track(("a", D(2025, 2, 4), [usa_on_china(10)]),
                         ("b", D(2025, 3, 1), [usa_on_china(60, status="threatened")])))
    state = measure.state(on=D(2025, 3, 2))
    assert state.status == "effective" and state.rate is not None and state.rate.value == 10
    assert state.pending is not None and state.pending.status is Status.THREATENED


def test_percentage_points_add_to_the_level() -> None:
    """An increase stated in percentage points is added to the level in percent."""
    said = attrs.evolve(usa_on_china(10, action="increase"), unit="pp")
    measure = only(track(("a", D(2025, 2, 4), [usa_on_china(10)]), ("b", D(2025, 3, 4), [said])))
    rate = measure.state(on=D(2025, 3, 5)).rate
    assert rate is not None and (rate.value, rate.unit) == (20, "%")


# ---------------------------------------------------------------------- JSON and selection


def _history() -> Tracker:
    return track(("a", D(2024, 11, 26), [usa_on_china(60, status="threatened")]),
                 ("b", D(2025, 3, 1), [usa_on_china(25, date=D(2025, 3, 4))]),
                 ("c", D(2025, 3, 2), [usa_on_china(10, date=D(2025, 3, 4))]),
                 ("d", D(2025, 4, 10), [usa_on_china(145, action="increase")]))


def test_json_round_trip() -> None:
    """A tracked measure survives to_dict, JSON text and from_dict unchanged."""
    for measure in _history().measures():
        data = json.loads(json.dumps(measure.to_dict()))
        assert TrackedMeasure.from_dict(data) == measure


def test_json_shape_is_the_documented_one() -> None:
    """The documented keys are there, dates as YYYY-MM-DD, rates as in Measure.to_dict."""
    data = _history().measures()[0].to_dict()
    assert {"kind", "imposer", "targets", "products", "events"} <= set(data)
    event = data["events"][1]
    assert {"date", "effective_date", "action", "status", "rate", "amount", "sources"} <= set(
        event)
    assert event["effective_date"] == "2025-03-04"
    assert event["rate"]["unit"] == "%" and event["rate"]["bound"] == "exact"
    assert {"doc", "start", "end", "text"} <= set(event["sources"][0])


def test_a_loaded_tracker_goes_on_where_it_stopped() -> None:
    """Saving, loading and adding more gives what adding everything at once gives."""
    first, later = ("a", D(2025, 3, 1), [usa_on_china(25)]), ("b", D(2025, 4, 1),
                                                               [usa_on_china(25)])
    saved = [TrackedMeasure.from_dict(m.to_dict()) for m in track(first).measures()]
    resumed = Tracker.load(saved)
    _, measures = document(*later[2])
    resumed.add(measures, later[0], later[1])
    assert resumed.measures() == track(first, later).measures()


def test_select_filters_parties_and_window() -> None:
    """select keeps the measures asked for, with the events inside the window."""
    tracker = _history()
    chosen = select(tracker.measures(), kind="tariff", imposer="USA", target="CHN",
                    since=D(2025, 1, 1))
    assert [e.date.year for e in chosen[0].events] == [2025, 2025]
    assert select(tracker.measures(), target="JPN") == []


def test_settings_report_every_problem() -> None:
    """Bad tracking settings are reported together."""
    with pytest.raises(SettingsError) as caught:
        TrackingRules.from_dict({"max_gap_days": 0, "min_confidence": 2, "speed": 1})
    assert len(caught.value.problems) == 3


# ---------------------------------------------------------------------- properties


@settings(max_examples=60)
@given(feeds())
def test_events_are_in_time_order(feed: list[tuple[str, datetime.date, str, list]]) -> None:
    """Every measure's events come in the order of their place on the time line."""
    tracker = Tracker()
    for doc_id, day, _, measures in feed:
        tracker.add(measures, doc_id, day)
    for measure in tracker.measures():
        whens = [(e.when, e.date) for e in measure.events]
        assert whens == sorted(whens)


@settings(max_examples=60)
@given(feeds())
def test_every_source_slices_its_document(
        feed: list[tuple[str, datetime.date, str, list]]) -> None:
    """Each source's offsets cut its text out of the document it names."""
    tracker = Tracker()
    texts = {}
    for doc_id, day, text, measures in feed:
        tracker.add(measures, doc_id, day)
        texts[doc_id] = text
    for measure in tracker.measures():
        for event in measure.events:
            assert 1 <= len(event.sources) <= tracker.rules.max_sources_per_event
            assert event.reports >= len(event.sources)
            for source in event.sources:
                assert texts[source.doc][source.start:source.end] == source.text


@settings(max_examples=60)
@given(feeds())
def test_state_agrees_with_itself(feed: list[tuple[str, datetime.date, str, list]]) -> None:
    """On any day, a measure in force is effective with a level or none; out of force, no level."""
    tracker = Tracker()
    for doc_id, day, _, measures in feed:
        tracker.add(measures, doc_id, day)
    for measure in tracker.measures():
        for event in measure.events:
            state = measure.state(on=event.when)
            assert state.status is not None
            if state.in_force:
                assert state.status == "effective"
            else:
                assert state.rate is None and state.amount is None


@settings(max_examples=30)
@given(feeds())
def test_round_trip_holds_for_any_feed(feed: list[tuple[str, datetime.date, str, list]]) -> None:
    """Whatever was fed, every measure survives JSON."""
    tracker = Tracker()
    for doc_id, day, _, measures in feed:
        tracker.add(measures, doc_id, day)
    for measure in tracker.measures():
        assert TrackedMeasure.from_dict(json.loads(json.dumps(measure.to_dict()))) == measure


@settings(max_examples=30)
@given(feeds())
def test_repeated_mentions_add_reports_not_measures(
        feed: list[tuple[str, datetime.date, str, list]]) -> None:
    """The same feed again under new document ids: more reports, no new measure, sources capped."""
    tracker = Tracker()
    for doc_id, day, _, measures in feed:
        tracker.add(measures, doc_id, day)
    before = sorted(m.id for m in tracker.measures())
    reports = tracker.reports
    for doc_id, day, _, measures in feed:
        tracker.add(measures, doc_id + "/again", day)
    # The same measures; their order may change, as a later report can move a first date.
    assert sorted(m.id for m in tracker.measures()) == before
    assert tracker.reports == 2 * reports
    cap = tracker.rules.max_sources_per_event
    assert all(len(e.sources) <= cap for m in tracker.measures() for e in m.events)


def test_event_without_reports_of_figures_has_no_level() -> None:
    """An event built from reports with no figure has no rate, amount or date chosen."""
    event = Event(action="impose", status="effective", date=D(2025, 1, 1))
    assert (event.rate, event.amount, event.effective_date, event.conflicting) == (
        None, None, None, False)
