"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import datetime

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
