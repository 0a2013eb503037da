"""The words a pattern needs: a sentence without them is never one the pattern matches."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from detection_cases import FOUND, NOT_MEASURES
from policymeasures import field_rules
from policymeasures import view as view_module
from policymeasures._screen import Screen, fold, holds, needed_words
from policymeasures.registry import default_rules
from policymeasures.rules import compile_pattern
from view_support import CASE_SENTENCES, recorded_views

_FLAGS = regex.IGNORECASE | regex.VERSION0
# A few shipped-style patterns and the words their matches hold, one of each set.
_CASES = [
    (r"\btariffs?\s+(?:hike|cut)s?\b", [{"tariff"}, {"cut", "hike"}]),
    (r"(?:hike|cut)\s+\w+", [{"cut", "hike"}]),
    (r"\b(?:stamp|excise)\s+dut(?:y|ies)\b", [{"dut"}, {"stamp", "excise"}, {"y", "ies"}]),
    (r"(?s)^(?=.*\b(?:grid|kWh)\b)(?!.*\bimports?\b).*", [{"grid", "kwh"}]),
    (r"(?-i:\bLevy\s+said\b)", [{"levy"}, {"said"}]),
    (r"\bGeneral\s+Agreement\s+on\s+Tariffs",
     [{"agreement"}, {"general"}, {"tariffs"}, {"on"}]),
    (r"\b(?:tariff|duty)\s+(?:lines?|codes?)\b", [{"tariff", "duty"}, {"line", "code"}]),
]


def test_needed_words_of_sequences_alternations_and_look_arounds() -> None:
    """Each literal run of a sequence, the words of every branch of an alternation, a
    look-ahead's words; fewest and longest words first."""
    for pattern, expected in _CASES:
        needs = needed_words(pattern)
        assert needs is not None, pattern
        assert sorted(map(sorted, needs)) == sorted(map(sorted, expected)), pattern
        assert [len(words) for words in needs] == sorted(len(words) for words in needs)


def test_patterns_that_need_nothing_have_no_screen() -> None:
    """Optional words, classes, negative look-arounds, back-references, fuzzy braces and
    syntax only regex reads all give None: the pattern is always searched."""
    for pattern in (r"\w+\s+\d", r"(?:tariff)?\s+\d+", r"(?!tariff)\w+", r"(a)\1",
                    r"(?:tariff){e<=1}", r"\p{Lu}tariff", r"[[:alpha:]]+x", r"tariff|\d"):
        assert needed_words(pattern) is None, pattern


def test_every_character_that_folds_to_ascii_is_folded() -> None:
    """The characters outside ASCII that regex matches to an ASCII letter or digit when
    case is ignored are exactly those fold() maps onto one."""
    ascii_class = regex.compile("[a-z0-9]", _FLAGS)
    folding = [chr(code) for code in range(0x80, 0x110000) if ascii_class.match(chr(code))]
    assert [fold(char) for char in folding] == ["i", "s", "k"]


def _shipped_patterns() -> list[str]:
    rules = default_rules().rules
    return [p for rule in rules for p in (*rule.patterns, *rule.require, *rule.exclude)]


def test_every_shipped_pattern_has_a_screen() -> None:
    """The shipped patterns all name a word they need, so none is searched in vain."""
    assert [p for p in _shipped_patterns() if needed_words(p) is None] == []


def test_shipped_screens_never_hide_a_match_in_the_case_tables() -> None:
    """Over every sentence of the detection tables, a shipped pattern that matches holds
    one of its needed words."""
    sentences = [case[0] for case in FOUND] + list(NOT_MEASURES)
    for source in _shipped_patterns():
        needs = needed_words(source)
        assert needs is not None
        pattern = compile_pattern(source)
        for sentence in sentences:
            if pattern.search(sentence):
                assert holds(fold(sentence), needs), (source, sentence)


_PIECES = ["tariff", "TARIFFS", "duty", "dut", "ies", "excise", "stamp", "levy", "Levy",
           "said", "grid", "kWh", "imports", "general", "Agreement", "on", "hike", "cut",
           "lines", "Code",
           "TAR\u0130FF", "\u017ftamp", "\u212aWh", " ", "  ", "-", ".", "s"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_a_match_always_holds_a_needed_word(pieces: list[str]) -> None:
    """Whatever text is made of the patterns' own words, in any case, a match holds one
    of the needed words once folded."""
    text = "".join(pieces)
    for source, _ in _CASES:
        needs = needed_words(source)
        assert needs is not None
        if regex.search(source, text, _FLAGS):
            assert holds(fold(text), needs), (source, text)


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_a_screen_passes_the_patterns_whose_needs_are_held(pieces: list[str]) -> None:
    """A list's screen lets through, in order, exactly the patterns whose needed words
    the sentence holds, and the patterns without a screen."""
    folded = fold("".join(pieces))
    needs = [needed_words(source) for source, _ in _CASES] + [None, needed_words(r"\w+")]
    expected = [index for index, need in enumerate(needs)
                if need is None or holds(folded, need)]
    assert Screen(needs).passing(folded) == expected


def _field_rule_patterns() -> list[regex.Pattern[str]]:
    """The patterns the field rules search around names and words (some screened by
    ``View.may_match``), each with needed words."""
    found = [value for module in (field_rules, view_module) for value in vars(module).values()
             if isinstance(value, regex.Pattern)]
    return [pattern for pattern in found if needed_words(pattern.pattern) is not None]


_RULE_PIECES = sorted({word for pattern in _field_rule_patterns()
                       for words in needed_words(pattern.pattern) or () for word in words}
                      | {"The", "HIT", "Was", "\u0130", "\u017f", "\u212a", " ", "  ", ",",
                         "'s", "-", "(", ")", "Canada", "steel"})


@given(st.lists(st.sampled_from(_RULE_PIECES), max_size=16), st.integers(0, 60),
       st.integers(0, 60))
def test_a_field_rule_pattern_never_matches_where_its_words_are_missing(
        pieces: list[str], start: int, end: int) -> None:
    """A sentence without the words a field rule's pattern needs holds no match of it:
    not in the whole sentence, in a piece of it (the rules search a few words around a
    name), nor in that piece in lower case. So ``View.may_match`` may skip the search."""
    text = " ".join(pieces)
    folded = fold(text)
    for pattern in _field_rule_patterns():
        needs = needed_words(pattern.pattern)
        assert needs is not None
        if holds(folded, needs):
            continue
        assert pattern.search(text) is None, (pattern.pattern, text)
        assert pattern.search(text, start, end) is None, (pattern.pattern, text)
        assert pattern.search(text[start:end].lower()) is None, (pattern.pattern, text)


def test_a_views_screen_is_its_own_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each view says a pattern may match exactly when its own sentence holds the words
    the pattern needs, and never rules out a pattern that matches the sentence: the
    answers kept for one sentence are not another's."""
    views = recorded_views(monkeypatch, " ".join(CASE_SENTENCES))
    assert len({v.sentence for v in views}) > len(CASE_SENTENCES) // 2
    patterns = _field_rule_patterns()
    for view in views:
        for pattern in patterns:
            needs = needed_words(pattern.pattern)
            assert needs is not None
            assert view.may_match(pattern) == holds(fold(view.sentence), needs)
            if pattern.search(view.sentence) or pattern.search(view.sentence.lower()):
                assert view.may_match(pattern), (pattern.pattern, view.sentence)
