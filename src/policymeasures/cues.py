"""Cue words compiled into one scanner: what the words around a trigger say.

The cue lexicon (``[cues]`` in a rule file) lists phrases by category: the five actions,
the five statuses, negation and its blockers, conditionals, clause breaks, government
nouns, goods nouns and target prepositions. One compiled alternation finds them all in
a sentence in a single pass; a phrase listed under several categories reports each.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

import regex

from policymeasures.rules import CUE_LISTS, trigger_to_regex

__all__ = ["Cue", "CueScanner"]

# Flat categories of the [cues] table; the nested [cues.action] and [cues.status] tables
# become "action:<value>" and "status:<value>".
FLAT_CATEGORIES = CUE_LISTS


class Cue(NamedTuple):
    """One cue found in a sentence; offsets are into the scanned string."""

    category: str
    start: int
    end: int


def _phrase_regex(phrase: str) -> str:
    if any(ch.isalnum() for ch in phrase):
        return trigger_to_regex(phrase)
    return regex.escape(phrase, literal_spaces=True)  # punctuation such as ";" or " - "


class CueScanner:
    """Finds every cue of a cue lexicon in a sentence with one regex pass."""

    def __init__(self, cues: Mapping[str, Any]) -> None:
        by_category: dict[str, list[str]] = {}
        for category, phrases in _categories(cues):
            by_category.setdefault(category, []).extend(_phrase_regex(p) for p in phrases)
        # Longer phrases first, so "took effect" wins over "took" at the same place.
        ordered = sorted({p for ps in by_category.values() for p in ps}, key=len, reverse=True)
        self._regex = regex.compile("|".join(ordered) or r"(?!)", regex.IGNORECASE)
        # The same words may be listed in several categories in different forms ("raised"
        # under one, "rais*" under another): each category checks the words found.
        self._categories = [
            (category, regex.compile("|".join(sorted(ps, key=len, reverse=True)), regex.IGNORECASE))
            for category, ps in by_category.items() if ps
        ]

    def scan(self, text: str) -> list[Cue]:
        """Every cue in ``text``, in order; words in several categories give several cues."""
        found: list[Cue] = []
        for match in self._regex.finditer(text):
            words = match.group()
            for category, pattern in self._categories:
                if pattern.fullmatch(words):
                    found.append(Cue(category, match.start(), match.end()))
        return found


def _categories(cues: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for table in ("action", "status"):
        for value, phrases in dict(cues.get(table, {})).items():
            out.append((f"{table}:{value}", list(phrases)))
    for name in FLAT_CATEGORIES:
        out.append((name, list(cues.get(name, []))))
    return out
