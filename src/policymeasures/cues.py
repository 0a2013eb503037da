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

from policymeasures._trie import compile_scanner, trie_pattern
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


def _is_plain(phrase: str) -> bool:
    """Words with at most a final wildcard: these go into the trie."""
    words = phrase.split()
    return (phrase.strip()[:1].isalnum() and all(not w[:-1].count("*") for w in words)
            and all(not w.endswith("*") for w in words[:-1]))


class CueScanner:
    """Finds every cue of a cue lexicon in a sentence with one regex pass.

    Plain phrases are compiled into a trie (a wildcard becomes a trailing ``\\w*``); the
    words found are then confirmed against each category's own phrases, and that answer
    is remembered, since a text repeats few distinct cue words.
    """

    def __init__(self, cues: Mapping[str, Any]) -> None:
        by_category: dict[str, list[str]] = {}
        plain: set[str] = set()
        other: set[str] = set()
        for category, phrases in _categories(cues):
            for phrase in phrases:
                by_category.setdefault(category, []).append(_phrase_regex(phrase))
                if _is_plain(phrase):
                    plain.add(phrase.replace("*", "").lower().replace("\u2019", "'"))
                else:
                    other.add(_phrase_regex(phrase))
        stems = plain | {p.replace("'", "\u2019") for p in plain if "'" in p}
        parts = sorted(other, key=len, reverse=True)  # tried first: they are rarer
        if stems:
            parts.append(r"\b(?:" + trie_pattern(stems, separator=r"[\s\-]+") + r")\w*")
        self._regex = compile_scanner("|".join(parts) or r"(?!)", ignore_case=True)
        self._categories = [
            (category, regex.compile("|".join(sorted(ps, key=len, reverse=True)), regex.IGNORECASE))
            for category, ps in by_category.items() if ps
        ]
        self._known: dict[str, tuple[str, ...]] = {}

    def _categories_of(self, words: str) -> tuple[str, ...]:
        key = words.lower()
        found = self._known.get(key)
        if found is None:
            found = tuple(c for c, pattern in self._categories if pattern.fullmatch(words))
            if len(self._known) < 50_000:  # bounded: hostile text cannot grow it forever
                self._known[key] = found
        return found

    def scan(self, text: str) -> list[Cue]:
        """Every cue in ``text``, in order; words in several categories give several cues.

        The scanner takes the longest run of cue words it can, with any word ending
        ("will end" + "ure"); when that run is no cue ("will endure"), the longest cue
        inside it that starts there is taken instead ("will"), and scanning goes on after
        it, so that "endure" is still read.
        """
        found: list[Cue] = []
        position = 0
        while (match := self._regex.search(text, position)) is not None:
            categories = self._categories_of(match.group())
            end = match.end()
            if not categories:
                shorter = self._shorter(text, match.start(), end)
                if shorter is not None:
                    categories = self._categories_of(text[match.start():shorter])
                    end = shorter
            for category in categories:
                found.append(Cue(category, match.start(), end))
            position = max(end, match.start() + 1)
        return found

    def _shorter(self, text: str, start: int, end: int) -> int | None:
        """The end of the longest cue inside ``text[start:end]`` that starts at ``start``,
        cut at a word boundary; None when there is none."""
        cut = end
        while True:
            cut = max(text.rfind(" ", start, cut), text.rfind("-", start, cut))
            if cut <= start:
                return None
            inner = self._regex.match(text, start, cut)
            if inner is not None and self._categories_of(inner.group()):
                return inner.end()


def _categories(cues: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for table in ("action", "status"):
        for value, phrases in dict(cues.get(table, {})).items():
            out.append((f"{table}:{value}", list(phrases)))
    for name in FLAT_CATEGORIES:
        out.append((name, list(cues.get(name, []))))
    return out
