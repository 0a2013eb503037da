"""The cue scanner: phrases by category, found in one pass."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policymeasures.cues import CueScanner

CUES = {
    "action": {"increase": ["rais*", "double"], "lift": ["lift", "lifted"]},
    "status": {"effective": ["raised", "took effect"], "announced": ["will"]},
    "continuation": ["endure"],
    "demand": ["will end"],
    "negation": ["not", "didn't"],
    "clause_breaks": [";", ", and"],
}


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.category, text[c.start:c.end]) for c in CueScanner(CUES).scan(text)]


def test_a_word_in_two_categories_reports_both() -> None:
    """'raised' is an increase (as rais*) and effective (as itself)."""
    assert _found("Canada raised duties") == [("action:increase", "raised"),
                                              ("status:effective", "raised")]


def test_longest_phrase_wins_and_wildcards_take_endings() -> None:
    """'took effect' is one cue; 'raising' matches rais*; 'raisin' does not confuse 'lift'."""
    assert _found("The rule took effect; tariffs are raising") == [
        ("status:effective", "took effect"), ("clause_breaks", ";"),
        ("action:increase", "raising")]


def test_a_longer_run_that_is_no_cue_gives_back_the_cues_inside_it() -> None:
    """'will end' + 'ure' is no cue: 'will' and 'endure' are read instead."""
    assert _found("The duties will endure") == [("status:announced", "will"),
                                                ("continuation", "endure")]
    assert _found("It will end soon") == [("demand", "will end")]


def test_whole_words_only_and_typographic_apostrophes() -> None:
    """'not' does not fire inside 'nothing'; a typographic apostrophe matches a straight one."""
    assert _found("nothing happened") == []
    assert _found("Japan didn\u2019t lift it") == [("negation", "didn\u2019t"),
                                                   ("action:lift", "lift")]


@given(st.text(max_size=300))
def test_cues_slice_the_text(text: str) -> None:
    """Every cue's offsets lie in the text and are in order."""
    previous = 0
    for cue in CueScanner(CUES).scan(text):
        assert 0 <= cue.start < cue.end <= len(text)
        assert cue.start >= previous
        previous = cue.start


def test_default_cues_read_a_question_as_reporting_not_a_demand() -> None:
    """ "Asked about the levy" puts a question; "asked Canberra to ease" makes a demand."""
    from policymeasures import default_rules

    scanner = CueScanner(default_rules().cues)

    def categories(text: str, words: str) -> set[str]:
        start = text.index(words)
        return {c.category for c in scanner.scan(text) if c.start == start}

    question = "Asked about the levy, the minister said Ottawa would raise it."
    assert categories(question, "Asked about") == {"reporting"}
    demand = "Jakarta asked Canberra to ease its export controls."
    assert "demand" in categories(demand, "asked")


def test_default_cues_read_the_ing_form_of_verbs_ending_in_e() -> None:
    """ "impose*" takes "imposes" and "imposed" but not "imposing" (the e drops): the -ing
    form must be listed too, or "by imposing tariffs" reads no action at all."""
    from policymeasures import default_rules

    scanner = CueScanner(default_rules().cues)

    def categories(word: str) -> set[str]:
        return {c.category for c in scanner.scan(f"They were {word} it.")}

    for verb in ("impose", "hike", "waive", "concede", "continue", "escape", "brace"):
        ing = verb[:-1] + "ing"
        assert categories(verb + "s"), verb
        # tense is the one thing the two forms may say differently ("imposes": in force)
        tensed = {"status:effective"}
        assert categories(ing) - tensed == categories(verb + "s") - tensed, ing
