"""Words a regular expression cannot match without: a cheap test before a costly search.

Most of a rule's ``exclude`` patterns match no sentence at all ("General Agreement on
Tariffs and Trade", "tariff lines", the sixty other senses of "duty"), yet each search
walks the whole sentence. Every match of ``\\btariffs?\\s+(?:hike|cut)`` holds "tariff"
and one of "hike" and "cut": a sentence without them cannot match and is not searched.

:func:`needed_words` reads the pattern with the standard library's parser and keeps only
what it is sure of: plain ASCII literals in sequence, the words of every branch of an
alternation, what must repeat at least once, what a positive look-around requires. Any
construct it does not know, or a pattern the standard library reads differently from
``regex`` (a syntax error, a warning, a brace that may be fuzzy matching), gives ``None``:
no screen, the pattern is always searched.

The words are compared with :func:`fold` of the sentence: lower case, and the three
characters outside ASCII that ``regex`` matches to an ASCII letter when case is ignored
(the dotted capital I, the long s and the Kelvin sign) read as that letter.

>>> [sorted(words) for words in needed_words(r"\\btariffs?\\s+(?:hike|cut)s?\\b")]
[['tariff'], ['cut', 'hike']]
>>> needed_words(r"\\b(?:on|off)?\\s+duty")
(frozenset({'duty'}),)
>>> needed_words(r"(?:tariff)?\\s+\\d+") is None
True
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

# The standard library's own regular expression parser and its opcodes (renamed in 3.11;
# the old names warn there). Imported by name: they are private, and typeshed omits them.
_NEW_NAMES = sys.version_info >= (3, 11)
sre_parse = importlib.import_module("re._parser" if _NEW_NAMES else "sre_parse")
sre_constants = importlib.import_module("re._constants" if _NEW_NAMES else "sre_constants")

__all__ = ["Needs", "Screen", "either", "fold", "holds", "needed_words"]

#: What every match of a pattern holds: one word of each set.
Needs = tuple[frozenset[str], ...]

# Characters outside ASCII that match an ASCII letter when case is ignored (checked in
# tests/test_screen.py against every code point), and the letter each stands for.
_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED = "\u0130\u017f\u212a"
# Literal characters kept in a needed word: printable ASCII, whose case folding is plain.
_PLAIN = frozenset(chr(code) for code in range(0x20, 0x7F)) - {"{", "}"}
# At most this many sets are checked for one pattern: a few words already rule out most
# sentences, and each set checked costs a little.
_MOST_SETS = 4
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
            getattr(sre_constants, "POSSESSIVE_REPEAT", sre_constants.MAX_REPEAT))


class _Unsure(Exception):
    """The pattern holds something the screen does not read the way ``regex`` does."""


def fold(text: str) -> str:
    """``text`` as needed words are compared with it.

    >>> fold("TAR\\u0130FF")
    'tariff'
    """
    if not text.isascii() and any(char in text for char in _FOLDED):
        text = text.translate(_ASCII_FOLDS)  # slow, character by character: only if needed
    return text.lower()


# Remembered per pattern: an extractor reads every shipped pattern once more when built
# (a few tens of milliseconds), and the answer never changes. Patterns are rule data, few.
@functools.lru_cache(maxsize=4096)
def needed_words(pattern: str, flags: int = re.IGNORECASE) -> Needs | None:
    """What every match of ``pattern`` holds: for each set, one of its lower-case words;
    or None when nothing is known (the pattern must always be searched).

    The sets most likely to fail a sentence come first: those of fewest, longest words.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set": read differently
            parsed = sre_parse.parse(pattern, flags)
        needs = _sequence(list(parsed))
    except (_Unsure, re.error, Warning, RecursionError, ValueError, TypeError):
        return None
    # A set that holds another is met whenever the other is: only the smaller one counts.
    kept = [words for words in needs if not any(other < words for other in needs)]
    ordered = sorted(set(kept), key=lambda words: (len(words), -_shortest(words),
                                                   sorted(words)))
    return tuple(ordered[:_MOST_SETS]) or None


def either(alternatives: Iterable[Needs | None]) -> Needs | None:
    """What every match of an alternation of patterns holds: one word of the strongest set
    of any one of them (None when one of them needs nothing).

    >>> [sorted(words) for words in either([needed_words(r"tariff\\s+lines"),
    ...                                     needed_words(r"duty\\s+station")])]
    [['station', 'tariff']]
    """
    words = _union(max(needs, key=_strength) if needs else None for needs in alternatives)
    return (words,) if words is not None else None


def holds(folded: str, needs: Needs) -> bool:
    """Whether a :func:`fold`-ed sentence holds a word of each set."""
    for words in needs:
        for word in words:
            if word in folded:
                break
        else:
            return False
    return True


class Screen:
    """The needs of a list of patterns, grouped by the set of words each needs first (its
    most selective): a sentence is checked once for each such set, not once for each
    pattern (a rule may have sixty ``exclude`` patterns, many needing "tariff" first,
    and most sentences hold the words of none).

    >>> screen = Screen([needed_words(r"tariff\\s+lines?"), None, needed_words(r"duty")])
    >>> screen.passing(fold("Tariff lines were cut"))
    [0, 1]
    """

    __slots__ = ("_by_first", "_rest", "_unscreened")

    def __init__(self, needs: Sequence[Needs | None]) -> None:
        # what each pattern needs beyond its first set, checked once that one is met
        self._rest = [need[1:] if need is not None else () for need in needs]
        self._unscreened = [index for index, need in enumerate(needs) if need is None]
        by_first: dict[frozenset[str], list[int]] = {}
        for index, need in enumerate(needs):
            if need is not None:
                by_first.setdefault(need[0], []).append(index)
        self._by_first = list(by_first.items())

    def passing(self, folded: str) -> list[int]:
        """The positions, in order, of the patterns whose needs a :func:`fold`-ed sentence
        holds (:func:`holds`); those without a screen always pass."""
        found = list(self._unscreened)
        for words, indices in self._by_first:
            for word in words:
                if word in folded:
                    found += indices
                    break
        rest = self._rest
        # most patterns need one set only: those pass without a call to holds()
        return [index for index in sorted(found) if not rest[index] or holds(folded, rest[index])]


def _sequence(items: Sequence[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The needs of a sequence: each run of literals, and each item's needs."""
    needs: list[frozenset[str]] = []
    run: list[str] = []
    for op, argument in items:
        if op is sre_constants.LITERAL:
            char = chr(argument)
            if char in "{}":
                raise _Unsure  # "{e<=1}" is fuzzy matching in regex, a literal here
            if char in _PLAIN:
                run.append(char.lower())
                continue
        if run:
            needs.append(frozenset(("".join(run),)))
            run = []
        needs.extend(_item(op, argument))
    if run:
        needs.append(frozenset(("".join(run),)))
    return needs


def _shortest(words: frozenset[str]) -> int:
    return min(len(word) for word in words)


def _strength(words: frozenset[str]) -> tuple[int, int]:
    """Longer words are rarer; fewer of them are cheaper to look for."""
    return _shortest(words), -len(words)


def _item(op: Any, argument: Any) -> list[frozenset[str]]:
    if op is sre_constants.SUBPATTERN:
        return _sequence(list(argument[-1]))
    if op is sre_constants.BRANCH:
        words = _union(max(needs, key=_strength, default=None)
                       for needs in (_sequence(list(branch)) for branch in argument[1]))
        return [words] if words is not None else []
    if op in _REPEATS:
        low, _, body = argument
        return _sequence(list(body)) if low >= 1 else []
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _sequence(list(argument))
    if op is sre_constants.ASSERT:  # what a positive look-around sees is in the text
        return _sequence(list(argument[1]))
    if op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS):
        raise _Unsure
    return []  # a class, a boundary, a negative look-around: nothing needed


def _union(alternatives: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    words: set[str] = set()
    for found in alternatives:
        if found is None:
            return None  # a branch that needs nothing: the alternation needs nothing
        words |= found
    return frozenset(words)
