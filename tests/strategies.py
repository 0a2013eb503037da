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

# ---------------------------------------------------------------------- hostile input

# Pieces of text that once made a reader slow, wrong or crash: runs of stops with no space
# after, numbers far too long to be real, number words multiplying without end, brackets,
# control and direction characters, whitespace runs, words glued by hyphens.
_HOSTILE_PIECES = st.one_of(
    st.builds(lambda stop, n: stop * n, st.sampled_from([".", "!", "?", ".!?", "..."]),
              st.integers(1, 300)),
    st.builds(lambda digits, unit: digits + unit, st.from_regex(r"[1-9][0-9]{20,400}",
                                                                fullmatch=True),
              st.sampled_from([" pct", "%", " dlrs", " tonnes", " bln", ""])),
    st.builds(lambda n: "one " + "hundred " * n + "tonnes", st.integers(1, 120)),
    st.builds(lambda n, c: c * n, st.integers(1, 50), st.sampled_from(list("([{)]}\"'"))),
    st.text(st.sampled_from("\x00\x01\x07\x1b\x7f\u200b\u200e\u202e\ufeff\u2028\u0130"),
            min_size=1, max_size=8),
    st.builds(lambda ws, n: ws * n, st.sampled_from([" ", "\n", "\t", "\n\n", "\u00a0"]),
              st.integers(1, 80)),
    st.lists(st.sampled_from(["export", "control", "tariff", "duty", "ban"]), min_size=2,
             max_size=20).map("-".join),
    trade_words,
)

# Text made of hostile pieces and trade words, a few hundred to a few thousand characters.
hostile_text = st.lists(_HOSTILE_PIECES, max_size=25).map(" ".join)

# What a caller may pass as a date: nothing, a date, or a datetime (which counts as its date).
dates_or_datetimes = st.one_of(
    st.none(),
    st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2035, 12, 31)),
    st.datetimes(min_value=datetime.datetime(1950, 1, 1),
                 max_value=datetime.datetime(2035, 12, 31)),
)

# ---------------------------------------------------------------------- rule files

# Values for every field of a rule file, valid and invalid mixed, so that loading meets
# both: whatever loads must build an extractor that runs.
_PATTERNS = st.sampled_from([
    r"\blevy\b", r"\bban(?:s|ned)?\s+on\b", "(?x) levy \\s+ on  # a comment", "(?i)embargo",
    "(?:a|aa)+b", "(a)(?1)", r"(ban)\s+\1", "(?P<who>x)", "[unclosed", "x*", "(?V1)a",
    "(?s)duty.", r"\d+\s*%", "(?=levy)", "levy|", "(?r)levy", r"\Klevy", "",
])
_PHRASES = st.sampled_from(["not", "no longer", "", " ", "*", "a*b", "levy on", ";", "--",
                            "\u00a0", "will", "will not", "'s", "U.S.", "tariff*"])
_TRIGGERS = st.sampled_from(["levy", "levies", "duty*", "export ban", "", " ", "*",
                             "bad word!", "U.S. tariff*", "o'clock", "a/b"])
_SCALARS = st.sampled_from(["", "x", "2020-01-01", "not a date", 5, 1.5, True,
                            datetime.date(2020, 1, 1), float("inf"), float("nan"), -1])


def _lists_of(values: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.one_of(st.lists(values, max_size=3), values)


_RULE = st.fixed_dictionaries(
    {"id": st.sampled_from(["r", "r.two", "bad id", ""]),
     "kind": st.sampled_from(["tariff", "hoarding", "", "subsidy"])},
    optional={
        "triggers": _lists_of(_TRIGGERS), "patterns": _lists_of(_PATTERNS),
        "keywords": _lists_of(_TRIGGERS), "require": _lists_of(_PATTERNS),
        "exclude": _lists_of(_PATTERNS),
        "action": st.sampled_from(["lift", "hoard", ["lift"], 3, {"a": 1}]),
        "status": st.sampled_from(["effective", "rumoured", ["agreed"], 2.5]),
        "priority": _SCALARS,
        "targets": _SCALARS, "trigers": _SCALARS,
    },
)
_ACTOR = st.fixed_dictionaries({}, optional={
    "code": st.sampled_from(["USA", "ATL", "ZZZ", "", 5]),
    "name": st.sampled_from(["Atlantis", "", " "]),
    "names": _lists_of(st.sampled_from(["Atlantis", "Uncle Sam", "", "the Isle", 7])),
    "persons": _lists_of(st.sampled_from(["King Atlas", ""])),
    "blocked": _lists_of(st.sampled_from(["Atlantis Road", ""])),
    "from": _SCALARS, "to": _SCALARS, "colour": _SCALARS,
})
_PRODUCT = st.fixed_dictionaries({}, optional={
    "name": st.sampled_from(["rice", "", "tin", 3]),
    "aliases": _lists_of(st.sampled_from(["paddy", "", "rice"])),
    "hs": _lists_of(st.sampled_from(["1006", "10", "1006x", "8001", 1006])),
    "blocked": _lists_of(st.sampled_from(["rice paper"])),
})
_CUES = st.dictionaries(
    st.sampled_from(["negation", "clause_breaks", "goods_nouns", "colours"]),
    _lists_of(_PHRASES), max_size=3,
).flatmap(lambda flat: st.fixed_dictionaries({}, optional={
    "action": st.dictionaries(st.sampled_from(["lift", "hoard", "impose"]),
                              _lists_of(_PHRASES), max_size=2),
    "status": st.dictionaries(st.sampled_from(["effective", "rumoured"]),
                              _lists_of(_PHRASES), max_size=2),
}).map(lambda nested: {**flat, **nested}))
_UNITS = st.fixed_dictionaries({}, optional={
    "scales": st.dictionaries(st.sampled_from(["lakh", "crore", ""]), _SCALARS, max_size=2),
    "units": st.dictionaries(st.sampled_from(["quintals", "bales"]), st.one_of(
        st.sampled_from(["t", "bale", ""]),
        st.fixed_dictionaries({"unit": st.sampled_from(["t", ""])},
                              optional={"factor": _SCALARS})), max_size=2),
    "bounds": st.dictionaries(st.sampled_from(["upper", "lower", "sideways"]),
                              _lists_of(_PHRASES), max_size=2),
    "colours": st.just({}),
})

# The parsed content of a rule file: some tables, some of them broken.
rule_file_data = st.fixed_dictionaries({}, optional={
    "ruleset": st.fixed_dictionaries({"name": st.sampled_from(["mine", ""])},
                                     optional={"version": _SCALARS}),
    "rules": st.lists(_RULE, max_size=3),
    "actors": st.lists(_ACTOR, max_size=3),
    "products": st.lists(_PRODUCT, max_size=2),
    "cues": _CUES,
    "units": _UNITS,
    "tarifs": st.just({"rate": 1}),
})

# Lines a hand-written rule file is made of, some broken, for the syntax checks.
rule_file_lines = st.lists(st.sampled_from([
    "[[rules]]", "[[rules]", "[ruleset]", "[cues]", "[cues.action]", "[[actors]]", "[units.scales]",
    'id = "r"', 'id = "r2"', 'kind = "tariff"', "kind =", 'triggers = ["levy"]',
    'triggers = ["levy",', '  "duty"', "]", 'patterns = [\'(?x) levy # c\']', 'name = "mine"',
    'description = """open', '"""', "lift = [\"lifted\", \"\"]", "negation = [\"\"]",
    'code = "ZZZ"', 'names = ["Zland"]', 'from = "yesterday"', "lakh = inf", "x = 1 2",
    "# a comment", "", "\t", "\x00", 'a = { b = 1,', "=", "[units.'odd\\b+key']",
    "units.scales.lakh = inf", "rules = 5", 'cues.negation = [" "]', "[ruleset.x]",
]), max_size=20).map("\n".join)


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
