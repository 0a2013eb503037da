"""Regular expressions shaped as tries, for large word lists matched in one pass."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import regex

__all__ = ["trie_pattern"]


def trie_pattern(phrases: Iterable[str], separator: str = r"\s+") -> str:
    """A regular expression matching any of ``phrases``, longest first, shaped as a trie.

    Each space in a phrase matches ``separator``. Alternatives at each node begin with
    different characters, so the expression never tries two branches at once.

    >>> trie_pattern(["US", "USA", "UK"])
    'U(?:K|S(?:A)?)'
    """
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root, separator)


def _emit(node: Mapping[str, Any], separator: str) -> str:
    alternatives = []
    for char in sorted(key for key in node if key):
        head = separator if char == " " else regex.escape(char)
        alternatives.append(head + _emit(node[char], separator))
    if not alternatives:
        return ""
    body = "|".join(alternatives)
    if "" in node:
        return f"(?:{body})?"
    return body if len(alternatives) == 1 else f"(?:{body})"
