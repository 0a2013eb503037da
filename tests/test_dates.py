"""Tests for policymeasures.dates: the case table in date_cases.toml, then properties."""

from __future__ import annotations

import copy
import datetime
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policymeasures import dates
from policymeasures.dates import (
    DateFinder,
    DateMention,
    VocabularyError,
    find_date,
    resolve_date,
)
from policymeasures.records import Span

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CASES: dict[str, Any] = tomllib.loads(
    (Path(__file__).parent / "date_cases.toml").read_text(encoding="utf-8")
)
FINDER = DateFinder()


def _param(case: dict[str, Any], case_id: str) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
    return pytest.param(case, id=case_id, marks=marks)


FIND_CASES = [_param(case, case["id"]) for case in CASES["find"]]
RESOLVE_CASES = [_param(case, case["phrase"]) for case in CASES["resolve"]]


# --- the case table --------------------------------------------------------------------


def test_case_ids_are_unique() -> None:
    """Every find case in the table has its own id."""
    ids = [case["id"] for case in CASES["find"]]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", FIND_CASES)
def test_find_case(case: dict[str, Any]) -> None:
    """find_date returns the tabled date and phrase, or None where the table has no date."""
    text = case["text"]
    anchor = text.index(case["anchor"]) if "anchor" in case else None
    found = find_date(text, case.get("reference"), prefer=case.get("prefer"), anchor=anchor)
    if "date" not in case:
        assert found is None
        return
    assert found is not None
    assert (found.date, found.span.text) == (case["date"], case["phrase"])
    assert text[found.span.start : found.span.end] == found.span.text


@pytest.mark.parametrize("case", RESOLVE_CASES)
def test_resolve_case(case: dict[str, Any]) -> None:
    """resolve_date turns the tabled phrase into the tabled date, or None."""
    resolved = resolve_date(case["phrase"], case.get("reference"), prefer=case.get("prefer"))
    assert resolved == case.get("date")


# --- specific behaviours ----------------------------------------------------------------


def test_candidates_in_text_order() -> None:
    """candidates lists every date phrase, blocked ones included, in text order."""
    text = "After talks on Monday, duties rose from May 1 through June 30, 2025 and today."
    assert [s.text for s in FINDER.candidates(text)] == [
        "Monday",
        "May 1",
        "June 30, 2025",
        "today",
    ]


def test_candidates_exclude_non_dates() -> None:
    """Modal may, bare years, seasons, fiscal years and section numbers are no candidates."""
    text = (
        "The U.S. may act in 1987, in the 1986-87 season, in 1987/88, for fiscal 1988, "
        "in spring, under Section 301, in the January-March quarter; it may march on."
    )
    assert FINDER.candidates(text) == []


def test_mention_is_a_frozen_record() -> None:
    """A DateMention is a frozen attrs record holding the date and its Span."""
    mention = DateMention(date=datetime.date(2025, 1, 1), span=Span("today", 0, 5))
    with pytest.raises(AttributeError):
        mention.date = datetime.date(2025, 1, 2)  # type: ignore[misc]  # frozen on purpose


def test_span_offsets_index_the_sentence() -> None:
    """The span's offsets point into the sentence passed in, not into the phrase."""
    text = "Duties of 10% apply from March 4, 2025, officials said."
    found = find_date(text, datetime.date(2025, 3, 1))
    assert found is not None
    assert found.span == Span("March 4, 2025", 25, 38)


@pytest.mark.parametrize(
    ("weekday", "future", "past"),
    [
        ("Monday", datetime.date(2025, 3, 10), datetime.date(2025, 3, 3)),
        ("Tuesday", datetime.date(2025, 3, 11), datetime.date(2025, 3, 4)),
        ("Wednesday", datetime.date(2025, 3, 12), datetime.date(2025, 3, 5)),
        ("Thursday", datetime.date(2025, 3, 6), datetime.date(2025, 3, 6)),
        ("Friday", datetime.date(2025, 3, 7), datetime.date(2025, 2, 28)),
        ("Saturday", datetime.date(2025, 3, 8), datetime.date(2025, 3, 1)),
        ("Sunday", datetime.date(2025, 3, 9), datetime.date(2025, 3, 2)),
    ],
)
def test_every_weekday_around_a_thursday(
    weekday: str, future: datetime.date, past: datetime.date
) -> None:
    """Each weekday resolves to its next and its most recent occurrence around a Thursday."""
    thursday = datetime.date(2025, 3, 6)
    assert resolve_date(weekday, thursday, prefer="future") == future
    assert resolve_date(weekday, thursday, prefer="past") == past


def test_last_and_next_weekday_skip_the_reference_day() -> None:
    """'last Thursday' and 'next Thursday' on a Thursday are a week away, not that day."""
    thursday = datetime.date(2025, 3, 6)
    assert resolve_date("last Thursday", thursday) == datetime.date(2025, 2, 27)
    assert resolve_date("next Thursday", thursday) == datetime.date(2025, 3, 13)


def test_last_and_next_month_name_around_the_year() -> None:
    """'last November' is in the previous year before November; 'next March' after March."""
    april = datetime.date(1987, 4, 8)
    assert resolve_date("last November", april) == datetime.date(1986, 11, 1)
    assert resolve_date("last March", april) == datetime.date(1987, 3, 1)
    assert resolve_date("next March", april) == datetime.date(1988, 3, 1)
    assert resolve_date("next May", april) == datetime.date(1987, 5, 1)


def test_prefer_is_passed_to_dateparser() -> None:
    """A month-day without a year lands in the next or the previous year as preferred."""
    reference = datetime.date(2025, 10, 31)
    assert resolve_date("March 4", reference, prefer="future") == datetime.date(2026, 3, 4)
    assert resolve_date("March 4", reference, prefer="past") == datetime.date(2025, 3, 4)


@pytest.mark.parametrize("year", ["0000", "0001", "1987", "2025", "9999"])
@pytest.mark.parametrize("prefer", [None, "past", "future"])
@pytest.mark.parametrize("reference", [None, datetime.date(2025, 10, 31)])
def test_month_of_a_year_is_read_as_dateparser_reads_it(
    year: str, prefer: Any, reference: datetime.date | None,
) -> None:
    """'March 1987' is built directly, without dateparser, as the first of the month: the
    same date dateparser gives for it under every preference and article date."""
    for month in (1, 2, 12):
        phrase = f"{dates.MONTH_NAMES[month - 1]} {year}"
        expected = dates._parse_calendar(phrase, reference, prefer)
        assert resolve_date(phrase, reference, prefer=prefer) == expected


def test_month_of_a_year_does_not_import_dateparser() -> None:
    """Resolving a month of a given year leaves dateparser unimported."""
    code = (
        "import sys, policymeasures.dates as d\n"
        "assert str(d.resolve_date('in March 1987', None)) == '1987-03-01'\n"
        "assert 'dateparser' not in sys.modules, 'dateparser imported for a month of a year'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_bad_prefer_is_rejected() -> None:
    """An unknown prefer value raises ValueError naming the allowed values."""
    with pytest.raises(ValueError, match="future"):
        find_date("on Friday", datetime.date(2025, 1, 1), prefer="soon")  # type: ignore[arg-type]  # wrong on purpose


def test_import_does_not_import_dateparser() -> None:
    """Importing policymeasures and its dates module leaves dateparser unimported."""
    code = (
        "import sys, policymeasures, policymeasures.dates as d\n"
        "d.DateFinder().candidates('on March 4')\n"
        "assert 'dateparser' not in sys.modules, 'dateparser imported eagerly'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_resolutions_are_cached() -> None:
    """A phrase resolved twice with the same reference and preference is computed once."""
    finder = DateFinder()
    reference = datetime.date(2025, 3, 6)
    finder.resolve("on April 9", reference, prefer="future")
    finder.resolve("from April 9", reference, prefer="future")
    info = finder._resolve_cached.cache_info()  # type: ignore[attr-defined]  # lru_cache wrapper
    assert (info.hits, info.misses) == (1, 1)


def test_default_vocabulary_is_data() -> None:
    """The default finder reads data/dates.toml; a finder built from a copy behaves alike."""
    from policymeasures._data import load_toml

    vocabulary = load_toml("dates.toml")
    text = "The duties rise from Sept. 4."
    reference = datetime.date(2025, 8, 1)
    assert DateFinder(vocabulary).find(text, reference) == FINDER.find(text, reference)


def test_custom_vocabulary_adds_words() -> None:
    """A user's vocabulary adds cue words: here 'parley' marks a meeting's date."""
    from policymeasures._data import load_toml

    vocabulary = copy.deepcopy(load_toml("dates.toml"))
    text = "The parley on Friday set tariffs."
    reference = datetime.date(2025, 3, 6)
    assert DateFinder(vocabulary).find(text, reference) is not None
    vocabulary["cues"]["non_effective"].append("parley")
    assert DateFinder(vocabulary).find(text, reference) is None


def test_a_phrase_set_off_after_a_meeting_dates_the_meeting() -> None:
    """ "The talks, starting on April 14, ...": the comma ends the window of words read
    before the date, but an aside right after a meeting's noun still dates the meeting."""
    reference = datetime.date(1987, 4, 10)
    assert FINDER.find("The talks, starting on April 14, will cover tariffs.", reference) is None
    found = FINDER.find("The tariffs, starting on April 14, will cover cars.", reference)
    assert found is not None and found.date == datetime.date(1987, 4, 14)


def test_invalid_vocabulary_lists_every_problem() -> None:
    """An invalid vocabulary raises VocabularyError with one line per problem."""
    from policymeasures._data import load_toml

    vocabulary = copy.deepcopy(load_toml("dates.toml"))
    vocabulary["version"] = 2
    vocabulary["months"]["may"]["number"] = 4
    vocabulary["cues"]["window"] = 0
    with pytest.raises(VocabularyError) as raised:
        DateFinder(vocabulary)
    problems = raised.value.problems
    assert len(problems) == 3
    assert any("[months.may]" in p for p in problems)
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "within 30 day\u017f",
        "la\u017ft Friday",
        "La\u017ft November",
        "within \u017fix days",
        "m\u0131d-March",
    ],
)
def test_unicode_case_lookalikes_do_not_crash(text: str) -> None:
    """Letters that fold to ASCII under Unicode rules (long s, dotless i) cause no crash."""
    found = find_date(text, datetime.date(2025, 3, 6))
    assert found is None or found.span.text in {"Friday", "November", "March"}


def test_no_break_space_between_words() -> None:
    """A no-break space inside a phrase is still whitespace: "March\u00a04", "next\u00a0month"."""
    reference = datetime.date(2025, 3, 1)
    assert resolve_date("March\u00a04", reference) == datetime.date(2025, 3, 4)
    assert resolve_date("next\u00a0month", reference) == datetime.date(2025, 4, 1)


def test_scan_is_linear_on_hostile_input() -> None:
    """The candidate scan stays fast on long runs of near-matches."""
    hostile = "in " * 20000 + "by the end of " * 5000 + "March  " * 5000 + "1" * 20000
    started = time.perf_counter()
    FINDER.candidates(hostile)
    assert time.perf_counter() - started < 2.0


# --- properties -------------------------------------------------------------------------

PHRASES = [
    "on Friday",
    "from March 1",
    "effective April 17",
    "next month",
    "by the end of June",
    "within 30 days",
    "today",
    "March 4, 2025",
    "1 March 2025",
    "Jan. 15",
    "mid-March",
    "in May",
    "last Tuesday",
    "through April 1",
    "talks on March 3",
]
FILLER = ["the", "ministry", "said", "tariffs", "on", "steel", "would", "rise", "exports", "of"]
DATE_WORD = re.compile(r"\d|day|month|year|week|today|tonight|tomorrow")

references = st.one_of(st.none(), st.dates())
prefers = st.sampled_from([None, "future", "past"])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of filler words with up to two date phrases among them."""
    words = draw(st.lists(st.sampled_from(FILLER), min_size=1, max_size=12))
    for phrase in draw(st.lists(st.sampled_from(PHRASES), max_size=2)):
        words.insert(draw(st.integers(0, len(words))), phrase)
    return "The " + " ".join(words) + "."


clauses = st.lists(st.sampled_from(FILLER), min_size=1, max_size=8).map(
    lambda words: ", and " + " ".join(words) + "."
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), reference=references, prefer=prefers)
def test_no_crash_on_any_text(text: str, reference: datetime.date | None, prefer: Any) -> None:
    """find_date accepts any string with any reference date and returns a mention or None."""
    found = find_date(text, reference, prefer=prefer)
    assert found is None or isinstance(found, DateMention)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(), sentences()), reference=references, prefer=prefers)
def test_no_candidates_means_no_date(
    text: str, reference: datetime.date | None, prefer: Any
) -> None:
    """find never returns a date when candidates finds no date phrase."""
    if not FINDER.candidates(text):
        assert FINDER.find(text, reference, prefer=prefer) is None


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(text=sentences(), reference=references, prefer=prefers)
def test_spans_slice_the_text(text: str, reference: datetime.date | None, prefer: Any) -> None:
    """Every candidate span and the found span satisfy text[start:end] == span.text."""
    for span in FINDER.candidates(text):
        assert text[span.start : span.end] == span.text
    found = FINDER.find(text, reference, prefer=prefer)
    if found is not None:
        assert text[found.span.start : found.span.end] == found.span.text
        assert found.span in FINDER.candidates(text)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=sentences(),
    clause=clauses,
    reference=references,
    prefer=prefers,
    anchor_at=st.floats(0, 1),
)
def test_unrelated_clause_changes_nothing(
    text: str, clause: str, reference: datetime.date | None, prefer: Any, anchor_at: float
) -> None:
    """Appending a clause without dates leaves the result for a sentence unchanged."""
    assert not DATE_WORD.search(clause)
    anchor = int(anchor_at * len(text))
    alone = FINDER.find(text, reference, prefer=prefer, anchor=anchor)
    extended = FINDER.find(text[:-1] + clause, reference, prefer=prefer, anchor=anchor)
    assert alone == extended


@settings(max_examples=100)
@given(reference=st.dates(), offset=st.integers(0, 400))
def test_within_n_days_adds_n_days(reference: datetime.date, offset: int) -> None:
    """'within N days' is the reference date plus N days, or None past the calendar's end."""
    resolved = resolve_date(f"within {offset} days", reference)
    try:
        expected: datetime.date | None = reference + datetime.timedelta(days=offset)
    except OverflowError:
        expected = None
    assert resolved == expected


@settings(max_examples=100)
@given(reference=st.dates(), weekday=st.sampled_from([("Monday", 0), ("Friday", 4), ("Sunday", 6)]))
def test_weekday_lies_within_a_week(reference: datetime.date, weekday: tuple[str, int]) -> None:
    """A bare weekday resolves to that weekday at most six days from the reference date."""
    for prefer in ("future", "past"):
        resolved = resolve_date(weekday[0], reference, prefer=prefer)
        if resolved is None:  # only at the very ends of the calendar
            continue
        assert resolved.weekday() == weekday[1]
        assert abs((resolved - reference).days) <= 6
        assert (resolved >= reference) == (prefer == "future") or resolved == reference


@pytest.mark.parametrize("ignore_case", [False, True])
def test_phrase_tries_match_as_the_phrases_listed_longest_first(ignore_case: bool) -> None:
    """The trie of phrases finds what the phrases tried longest first find, case variants
    included ("Sep", "SEPT."): where they would not, the phrases are listed instead."""
    phrases = ["Sep", "Sept", "Sept.", "SEPT", "September", "end of", "end", "mid-",
               "middle", "Jan", "Jan.", "end  of the"]
    listed = "(?:" + "|".join(dates._phrase_regex(p) for p in sorted(
        set(phrases), key=lambda p: (-len(p), p))) + ")"
    flags = re.IGNORECASE if ignore_case else 0
    trie = re.compile(dates._alternation(phrases, ignore_case=ignore_case), flags)
    plain = re.compile(listed, flags)
    text = ("Sept. 4, SEPT 5 and sep. 6; the end of May, END OF the year, mid-June, "
            "the middle of Jan. and jan 3, september, Septembers, end  of the  month")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert dates._case_free(["Sept", "Sep", "end of"])
    assert not dates._case_free(["Sept", "SEP"])
