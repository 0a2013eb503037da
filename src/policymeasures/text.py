"""Sentence splitting with offsets into the original string.

The splitter never rewrites the text: every sentence is a ``(start, end)`` pair into the
caller's string, so offsets computed inside a sentence only need the sentence's start
added. A full stop ends a sentence when whitespace and a plausible sentence opening
follow and the word before it is not an abbreviation ("U.S.", "Corp.", "Jan."), an
initial ("J. Smith") or part of a number. Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Iterable

import regex

from policymeasures._data import load_toml

__all__ = ["SentenceSplitter", "split_sentences"]

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then
# whitespace; or a blank line. A run of stops is taken whole, possessively, and only from
# its first character: otherwise "....." with no space after costs a scan of the rest of
# the run from each of its characters, quadratic time on a long run.
_BOUNDARY = regex.compile(
    r"""(?<![.!?])(?P<stop>[.!?]++)(?P<close>["'\u201d\u2019)\]]{0,3})(?P<space>\s+)"""
    r"""|(?P<para>\n[ \t]*+\n\s*)"""
    # text scraped from web pages glues sentences: "emissions.The", "matter?Much"
    r"""|(?<=\p{Ll}\p{Ll})(?P<glued>[.!?])(?=\p{Lu}\p{Ll})"""
)
# The shortest word before a stop with no space after it that may end a sentence.
_GLUED_WORD = 3
# The word before a stop, read right to left ("(?r)") from the stop: the same match as a
# forward search of the 30 characters before it, which would try every one as a start.
_WORD_BEFORE_REACH = 30
_WORD_BEFORE = regex.compile(rf"(?r)([\w.\-]{{1,{_WORD_BEFORE_REACH}}})$")
# The characters of such a word that are ASCII: most words before a stop are read by
# walking back over these, and only the rest by the regex.
_ASCII_WORD = frozenset(string.ascii_letters + string.digits + "_.-")
_OPENING = regex.compile(r"""["'\u201c\u2018(\[]?[\p{Lu}\p{N}]""")
# The boundary's groups by number: a match reads a group by number several times faster
# than by name, and a text full of abbreviations has a candidate boundary every few words.
_STOP, _SPACE, _PARA, _GLUED = (_BOUNDARY.groupindex[name]
                                for name in ("stop", "space", "para", "glued"))
# A lower-case ASCII letter after a stop opens no sentence; other characters are left to
# ``_OPENING``.
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


class SentenceSplitter:
    """Splits text into sentences, knowing a set of abbreviations that do not end them."""

    def __init__(self, abbreviations: Iterable[str]) -> None:
        if isinstance(abbreviations, str):
            raise TypeError("abbreviations must be an iterable of strings, not one str")
        self._abbreviations = frozenset(a.lower().rstrip(".") for a in abbreviations)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The ``(start, end)`` of every sentence, leading and trailing whitespace excluded.

        >>> s = "The U.S. raised duties to 25.5 pct. Japan said it regretted it."
        >>> [s[a:b] for a, b in default_splitter().spans(s)]
        ['The U.S. raised duties to 25.5 pct.', 'Japan said it regretted it.']
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        spans: list[tuple[int, int]] = []
        start = 0
        for match in _BOUNDARY.finditer(text):
            if match.group(_GLUED) is not None:
                if not self._glued_end(text, match):
                    continue
                self._add(text, start, match.end(), spans)
                start = match.end()
                continue
            paragraph = match.group(_PARA) is not None
            if not paragraph and not self._ends_sentence(text, match):
                continue
            end = match.start() if paragraph else match.start(_SPACE)
            self._add(text, start, end, spans)
            start = match.end()
        self._add(text, start, len(text), spans)
        return spans

    def _ends_sentence(self, text: str, match: regex.Match[str]) -> bool:
        if match.group(_SPACE).count("\n") >= 2:
            return True  # a paragraph break ends a sentence whatever precedes it
        after = match.end()
        if text[after:after + 1] in _ASCII_LOWER or not _OPENING.match(text, after):
            return False
        if match.group(_STOP) != ".":
            return True
        before = _word_before(text, match.start())
        if before is None:
            return True
        word = before.lower().lstrip(".-")
        if len(word) == 1 and word.isalpha():
            return False  # an initial: "J. Smith", "U. S."
        return word not in self._abbreviations

    def _glued_end(self, text: str, match: regex.Match[str]) -> bool:
        """A stop with no space after it ends a sentence when a word of three letters or
        more, not an abbreviation, stands before it: "emissions.The", not "Inc.The"."""
        before = _word_before(text, match.start())
        if before is None:
            return False
        word = before.lower().lstrip(".-")
        return len(word) >= _GLUED_WORD and "." not in word and word not in self._abbreviations

    @staticmethod
    def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))


def _word_before(text: str, end: int) -> str | None:
    """The word right before ``end`` as ``_WORD_BEFORE`` finds it (up to 30 word
    characters, stops and hyphens), or None. An ASCII word is read by walking back, a
    few times faster than the regex; a word that meets another script, or none found (the
    regex's "$" may also match before a final newline), is left to the regex."""
    start = max(0, end - _WORD_BEFORE_REACH)
    position = end
    while position > start and text[position - 1] in _ASCII_WORD:
        position -= 1
    if position == end or (position > start and not text[position - 1].isascii()):
        found = _WORD_BEFORE.search(text, start, end)
        return None if found is None else found.group(1)
    return text[position:end]


@functools.cache
def default_splitter() -> SentenceSplitter:
    """The splitter built from the packaged abbreviation list."""
    return SentenceSplitter(load_toml("text.toml")["abbreviations"])


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` with the default abbreviations."""
    return default_splitter().spans(text)
