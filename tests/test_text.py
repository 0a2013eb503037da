"""Sentence splitting: boundaries, abbreviations and offsets into the original text."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from policymeasures.text import _WORD_BEFORE, _word_before, split_sentences
from strategies import any_text

CASES = [
    ("The U.S. raised duties. Japan protested.", ["The U.S. raised duties.", "Japan protested."]),
    ("Acme Corp. said it would comply. Shares fell.",
     ["Acme Corp. said it would comply.", "Shares fell."]),
    ("The rule takes effect Jan. 5 in all ports. It was expected.",
     ["The rule takes effect Jan. 5 in all ports.", "It was expected."]),
    ("J. Smith of the U.K. Treasury spoke. He left.",
     ["J. Smith of the U.K. Treasury spoke.", "He left."]),
    ("Duties rose to 25.5 pct. Imports fell 3.2 pct.",
     ["Duties rose to 25.5 pct.", "Imports fell 3.2 pct."]),
    ('"We will retaliate." The minister left.', ['"We will retaliate."', "The minister left."]),
    ("Is it legal? Nobody knows!", ["Is it legal?", "Nobody knows!"]),
    ("First paragraph without a stop\n\nSecond one",
     ["First paragraph without a stop", "Second one"]),
    ("Prices fell to 3 dlrs in the U.S.\n\nA new paragraph.",
     ["Prices fell to 3 dlrs in the U.S.", "A new paragraph."]),
    ("lower case after a stop. does not split", ["lower case after a stop. does not split"]),
    # web text glues sentences; initials, abbreviations and addresses stay whole
    ("Refiners cut emissions.The latest sanctions hit Russia.",
     ["Refiners cut emissions.", "The latest sanctions hit Russia."]),
    ("What next?Much depends on the U.S.The duties stay.",
     ["What next?", "Much depends on the U.S.The duties stay."]),
    ("Acme Inc.The firm agreed.", ["Acme Inc.The firm agreed."]),
    ("See www.example.Com for details.", ["See www.example.Com for details."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_splits_like_a_reader(text: str, expected: list[str]) -> None:
    """Sentences end at terminal punctuation, not after abbreviations, initials or decimals."""
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_empty_and_blank_text_have_no_sentences() -> None:
    """Nothing but whitespace gives no sentence."""
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


@given(any_text)
def test_spans_are_ordered_disjoint_and_trimmed(text: str) -> None:
    """Every span lies in the text, follows the previous one and has no outer whitespace."""
    previous_end = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end


@given(st.text(max_size=300))
def test_all_non_space_text_is_covered(text: str) -> None:
    """Splitting loses no visible character: every one lies in some sentence."""
    spans = split_sentences(text)
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@given(st.text(alphabet="ab.-_1\u00e9 \n", max_size=60), st.data())
def test_the_word_before_a_stop_is_read_as_a_forward_search_would(text: str,
                                                                  data: st.DataObject) -> None:
    """Read right to left from the stop, the word before it is the one a forward search of
    the 30 characters before the stop finds."""
    forward = regex.compile(r"([\w.\-]{1,30})$")
    end = data.draw(st.integers(0, len(text)))
    start = max(0, end - 30)
    found, expected = _WORD_BEFORE.search(text, start, end), forward.search(text, start, end)
    assert (found and found.group(1)) == (expected and expected.group(1))


@given(st.text(alphabet="aZ9_.-\u00e9\u0301\u4e2d\u2170 \n,", max_size=60), st.data())
def test_the_word_before_a_stop_walked_back_is_the_regex_s(text: str,
                                                           data: st.DataObject) -> None:
    """Walking back over ASCII word characters finds the word the regex finds, whatever
    script, mark or newline stands before it."""
    end = data.draw(st.integers(0, len(text)))
    found = _WORD_BEFORE.search(text, max(0, end - 30), end)
    assert _word_before(text, end) == (found and found.group(1))
