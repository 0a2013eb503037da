"""The one-call API over a cached default :class:`~policymeasures.engine.Extractor`."""

from __future__ import annotations

import datetime
import functools

from policymeasures.engine import Extractor
from policymeasures.records import Measure

__all__ = ["default_extractor", "extract"]


@functools.cache
def default_extractor() -> Extractor:
    """The extractor built from the default rules, compiled on first use and then reused."""
    return Extractor()


def extract(text: str, *, reference_date: datetime.date | None = None) -> list[Measure]:
    """Every trade-policy measure in ``text``, with the default rules.

    >>> [m.kind.value for m in extract("Canada imposed a 25% tariff on U.S. steel.")]
    ['tariff']
    """
    return default_extractor().extract(text, reference_date=reference_date)
