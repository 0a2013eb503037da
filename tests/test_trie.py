"""Word-list tries and the scanners compiled from them."""

from __future__ import annotations

import re

import regex
from hypothesis import given
from hypothesis import strategies as st

from policymeasures._trie import compile_scanner, trie_pattern

# Letters that fold in interesting ways (long s, Kelvin sign, sharp s) beside plain ones,
# apostrophes, hyphens and spaces: the characters word lists hold. The Turkish dotted and
# dotless I are left out: regex folds them onto "i" and the standard library does not,
# a known difference, and no name or cue begins with them; so are the separator controls
# \x1c-\x1f, whitespace to the standard library only (see test_products).
_ALPHABET = "abcdeAIKSs\u017f\u212a\u00df\u00e9\u2019' -"
_words = st.text(alphabet=_ALPHABET, min_size=1, max_size=6).filter(lambda w: w.strip())


def _spans(scanner: re.Pattern[str] | regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in scanner.finditer(text)]


@given(st.lists(_words, min_size=1, max_size=8), st.text(alphabet=_ALPHABET + ".,\n1",
                                                         max_size=80), st.booleans())
def test_the_fast_scanner_finds_what_regex_finds(words: list[str], text: str,
                                                 ignore_case: bool) -> None:
    """Whichever engine compiles a word-boundary trie, it finds the same spans."""
    pattern = r"\b(?:" + trie_pattern(words, separator=r"[\s\-]+") + r")(?!\w)"
    slow = regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)
    assert _spans(compile_scanner(pattern, ignore_case=ignore_case), text) == _spans(slow, text)


def test_the_longest_word_of_a_trie_wins() -> None:
    """'export controls' is found whole, not as 'export' followed by another word."""
    scanner = compile_scanner(trie_pattern(["export", "export controls"]), ignore_case=True)
    assert scanner.findall("new Export Controls on chips") == ["Export Controls"]


def test_a_pattern_only_regex_reads_still_compiles() -> None:
    """A Unicode property class, unknown to the standard library, falls back to regex."""
    scanner = compile_scanner(r"\p{Lu}\w+")
    assert isinstance(scanner, regex.Pattern)
    assert scanner.findall("tariffs on Chinese and Mexican steel") == ["Chinese", "Mexican"]


def test_a_pattern_neither_engine_reads_is_refused() -> None:
    """An unbalanced bracket is an error from regex, the engine of last resort."""
    try:
        compile_scanner("(tariff")
    except regex.error:
        return
    raise AssertionError("an unbalanced pattern compiled")
