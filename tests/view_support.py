"""The views the extractor reads: tests of what field rules keep per view or sentence."""

from __future__ import annotations

from typing import Any

import pytest

from detection_cases import FOUND, NOT_MEASURES
from policymeasures import Extractor, reading
from policymeasures.view import View

#: Every sentence of the detection tables, measures and not.
CASE_SENTENCES = [case[0] for case in FOUND] + list(NOT_MEASURES)


def recorded_views(monkeypatch: pytest.MonkeyPatch, text: str) -> list[View]:
    """The views a fresh extractor builds, one for each trigger it reads in ``text``."""
    views: list[View] = []

    class Recorded(View):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            views.append(self)

    monkeypatch.setattr(reading, "View", Recorded)
    Extractor().extract(text)
    return views
