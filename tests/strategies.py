"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import strategies as st

# Sentences written for these tests, each holding at least one measure.
MEASURE_SENTENCES = [
    "Canada imposed a 25% tariff on U.S. steel.",
    "Ottawa threatened duties of up to 40% on American dairy products.",
    "India lifted its ban on wheat exports.",
    "The European Commission said it would impose anti-dumping duties on Chinese bicycles.",
    "Japan agreed to delay its export restrictions on semiconductor materials.",
    "Mexico raised the duty on imported footwear to 35%.",
    "Australia imposed sanctions on three Russian banks.",
    "Brazil will cut import tariffs on machinery next month.",
]

# Sentences written for these tests that hold no measure.
PLAIN_SENTENCES = [
    "The weather in Lisbon was mild this week.",
    "Shares of the carmaker rose 3% in early trading.",
    "The orchestra will tour six cities in the spring.",
    "Analysts expect the central bank to hold rates steady.",
]

trade_words = st.sampled_from(
    ["tariff", "tariffs", "duty", "export", "ban", "on", "China", "U.S.", "Washington",
     "imposed", "will", "not", "lift", "25%", "$3 bln", "quota", "sanctions", "Jan.",
     "Corp.", ".", ",", ";", "\n\n", "subsidies", "agreed", "to", "buy", "soybeans",
     "from", "March", "1", "Friday", "may", "if", "the", "of", "\u200b", "\u202e", "\x00"]
)

# Text built from the words measures are made of, so the engine's slow paths run.
trade_text = st.lists(trade_words, max_size=60).map(" ".join)

any_text = st.one_of(st.text(max_size=400), trade_text)



# Calendar days as corpora write them: (the day, how it is written).
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _renderings(day: datetime.date) -> list[str]:
    month = _MONTH_NAMES[day.month - 1]
    weekday = _WEEKDAY_NAMES[day.weekday()]
    return [
        day.isoformat(),
        f"{day.isoformat()}T08:30:00+01:00",
        f"{day.isoformat()} 23:59:59Z",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
        f"{day.day}-{month[:3].upper()}-{day.year} 15:01:11.79",
        f"{day.day} {month} {day.year}",
        f"{month[:3]}. {day.day}, {day.year}",
        f"{month} {day.day} {day.year}",
        f"{weekday}, {day.day:02d} {month[:3]} {day.year} 10:00:00 +0000",
    ]


written_dates = st.dates(min_value=datetime.date(1000, 1, 1)).flatmap(
    lambda day: st.tuples(st.just(day), st.sampled_from(_renderings(day))))


# ---------------------------------------------------------------------- tracking feeds

_PARTIES = [("USA", "Washington"), ("CHN", "Beijing"), ("CAN", "Ottawa"), ("MEX", "Mexico City")]
_GOODS = ["steel", "cars", "soybeans", "goods"]


@st.composite
def _said(draw: st.DrawFn) -> object:
    """A sentence written for these tests with the record read from it."""
    from builders import Said

    imposer = draw(st.sampled_from([*_PARTIES, None]))
    target = draw(st.sampled_from(_PARTIES))
    kind = draw(st.sampled_from(["tariff", "export_control"]))
    noun = "tariffs" if kind == "tariff" else "export curbs"
    goods = draw(st.sampled_from(_GOODS))
    rate = draw(st.sampled_from([None, 10.0, 25.0, 34.0, 145.0]))
    figure = f" of {rate:g}%" if rate is not None else ""
    lead = imposer[1] if imposer else "The"
    text = f"{lead} set {noun}{figure} on {goods} from {target[1]}."
    return Said(
        text, kind,
        action=draw(st.sampled_from(["impose", "increase", "decrease", "suspend", "lift"])),
        status=draw(st.sampled_from(["threatened", "proposed", "announced", "agreed",
                                     "effective"])),
        imposer=imposer, targets=((target[0], target[1]),),
        rate=(rate, f"{rate:g}%") if rate is not None else None,
        products=(goods,) if goods != "goods" else (),
        date=draw(st.none() | st.dates(datetime.date(2024, 1, 1), datetime.date(2026, 12, 31))),
        negated=draw(st.booleans()),
        confidence=draw(st.floats(0, 1)),
    )


@st.composite
def feeds(draw: st.DrawFn) -> list[tuple[str, datetime.date, str, list[Any]]]:
    """Documents as a tracker gets them: id, date, text and hand-built records."""
    from builders import document

    count = draw(st.integers(1, 8))
    days = draw(st.lists(st.dates(datetime.date(2024, 1, 1), datetime.date(2026, 12, 31)),
                         min_size=count, max_size=count))
    out = []
    for index, day in enumerate(days):
        sentences = draw(st.lists(_said(), min_size=1, max_size=4))
        text, measures = document(*sentences)
        out.append((f"doc{index}", day, text, measures))
    return out
