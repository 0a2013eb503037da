"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

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
