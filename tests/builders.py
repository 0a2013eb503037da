"""Hand-built records for the linking and tracking tests, independent of the extractor.

A document is written sentence by sentence; each sentence may carry a record whose actors,
goods and figures are found by their words inside that sentence, so every offset slices
the document exactly as the extractor's would.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from policymeasures import Actor, Magnitude, Measure, Product

NAMES = {
    "USA": "United States", "CHN": "China", "CAN": "Canada", "MEX": "Mexico",
    "EU": "European Union", "IND": "India", "JPN": "Japan", "BGD": "Bangladesh",
}
HS = {"steel": ("72", "73"), "cars": ("8703",), "electric vehicles": ("870380",),
      "soybeans": ("1201",), "wheat": ("1001",), "gallium": ("8112",), "chips": ("8542",)}


@attrs.frozen
class Said:
    """One sentence and, optionally, the record read from it (words to look up inside it)."""

    text: str
    kind: str | None = None
    action: str = "impose"
    status: str = "effective"
    imposer: tuple[str, str] | None = None  # (code, words in the sentence)
    targets: tuple[tuple[str, str], ...] = ()
    rate: tuple[float, str] | None = None  # (value, words in the sentence)
    products: tuple[str, ...] = ()
    date: datetime.date | None = None
    negated: bool = False
    confidence: float = 0.5
    unit: str = "%"


def _find(sentence: str, words: str, offset: int) -> tuple[int, int]:
    at = sentence.index(words)
    return offset + at, offset + at + len(words)


def _actor(code: str, words: str, sentence: str, offset: int) -> Actor:
    start, end = _find(sentence, words, offset)
    return Actor(code=code, name=NAMES.get(code, code), text=words, start=start, end=end)


def document(*sentences: Said | str) -> tuple[str, list[Measure]]:
    """The text of the sentences joined by spaces, and the records they carry, in order."""
    parts: list[str] = []
    measures: list[Measure] = []
    offset = 0
    for item in sentences:
        said = Said(item) if isinstance(item, str) else item
        if said.kind is not None:
            measures.append(_measure(said, offset))
        parts.append(said.text)
        offset += len(said.text) + 1
    return " ".join(parts), measures


def _measure(said: Said, offset: int) -> Measure:
    text = said.text
    rate = None
    if said.rate is not None:
        value, words = said.rate
        start, end = _find(text, words, offset)
        rate = Magnitude(value, said.unit, text=words, start=start, end=end)
    products = []
    for words in said.products:
        start, end = _find(text, words, offset)
        products.append(Product(words, start, end, hs=HS.get(words, ())))
    fields: dict[str, Any] = {}
    if said.imposer is not None:
        fields["imposer"] = _actor(*said.imposer, text, offset)
    return Measure(
        kind=said.kind, action=said.action, status=said.status, negated=said.negated,
        targets=[_actor(code, words, text, offset) for code, words in said.targets],
        rate=rate, products=products, date=said.date, start=offset,
        end=offset + len(text), text=text, rule="test", confidence=said.confidence, **fields,
    )
