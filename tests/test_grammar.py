"""The clause model: verb groups, clauses and their invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grammar_cases import CLAUSES, VERB_GROUPS
from policymeasures.grammar import GrammarLexicon, analyse, tokenize
from policymeasures.registry import default_rules
from strategies import any_text


@pytest.fixture(scope="module")
def lexicon() -> GrammarLexicon:
    return GrammarLexicon(default_rules().cues)


_LEXICON = GrammarLexicon(default_rules().cues)


@pytest.mark.parametrize(("sentence", "expected"), VERB_GROUPS,
                         ids=[case[0][:40] for case in VERB_GROUPS])
def test_verb_groups(sentence: str, expected: list[tuple[str, str, bool, bool]],
                     lexicon: GrammarLexicon) -> None:
    """Auxiliaries, modals and negation form one group with their verb, with its tense."""
    model = analyse(sentence, lexicon)
    found = [(sentence[g.start:g.end], g.tense.value, g.passive, g.negated)
             for g in model.groups]
    assert found == expected


@pytest.mark.parametrize(("sentence", "expected"), CLAUSES,
                         ids=[case[0][:40] for case in CLAUSES])
def test_clauses(sentence: str, expected: list[tuple[str, str]], lexicon: GrammarLexicon) -> None:
    """Subordinators, relativizers, complementizers and strong punctuation open clauses;
    short asides and quoted words do not."""
    model = analyse(sentence, lexicon)
    found = [(c.kind.value, model.tokens[c.first].text) for c in model.clauses]
    assert found == expected


def test_subject_of_a_verb_after_a_fronted_phrase(lexicon: GrammarLexicon) -> None:
    """A fronted phrase ends at its comma: the subject is what follows it."""
    sentence = "In response to the war, the ministry banned exports."
    model = analyse(sentence, lexicon)
    [group] = model.groups
    span = model.subject_span(group)
    assert span is not None
    assert " ".join(t.text for t in model.tokens[span[0]:span[1]]) == "the ministry"


def test_subject_before_an_aside(lexicon: GrammarLexicon) -> None:
    """ "Lyng, the agriculture secretary, said": the subject stands before the aside."""
    sentence = "Lyng, the agriculture secretary, said prices would rise."
    model = analyse(sentence, lexicon)
    span = model.subject_span(model.groups[0])
    assert span is not None
    assert [t.text for t in model.tokens[span[0]:span[1]]] == ["Lyng"]


def test_infinitive_is_controlled_by_the_verb_before_it(lexicon: GrammarLexicon) -> None:
    """ "agreed to delay": the infinitive depends on the verb that takes it."""
    model = analyse("Beijing agreed to delay the curbs.", lexicon)
    agreed, delay = model.groups
    assert model.controller(delay) == agreed


@pytest.mark.parametrize(("sentence", "governed"), [
    # a verb of demanding takes its object and a bare verb, with no "that"
    ("Farmers want Ottawa to demand the EU scrap the levy.", True),
    # not across a preposition, and not any verb before
    ("Farmers want Ottawa to wait for the EU scrap decision.", False),
    ("Ottawa wants to see Brussels scrap the levy.", False),
])
def test_a_demand_governs_the_bare_verb_it_asks_for(lexicon: GrammarLexicon, sentence: str,
                                                    governed: bool) -> None:
    """ "to demand the EU scrap the levy": "scrap" hangs from "demand"."""
    model = analyse(sentence, lexicon)
    last = model.groups[-1]
    controller = model.controller(last)
    demanded = controller is not None and model.tokens[controller.head].lower == "demand"
    assert demanded is governed


@pytest.mark.parametrize(("sentence", "controller"), [
    # a bare verb after "and" that shares the modal before it is its partner's equal
    ("Officials said Tokyo must stop the subsidies and buy more rice.", "said"),
    ("Tokyo must stop the subsidies and buy more rice.", None),
])
def test_a_bare_verb_sharing_a_modal_hangs_where_its_partner_does(
        lexicon: GrammarLexicon, sentence: str, controller: str | None) -> None:
    """ "must stop X and buy Y": "buy" is no complement of "stop"."""
    model = analyse(sentence, lexicon)
    above = model.controller(model.groups[-1])
    assert (model.tokens[above.head].lower if above is not None else None) == controller


def test_passive_agent(lexicon: GrammarLexicon) -> None:
    """The words after "by" that follow a passive verb are its agent."""
    sentence = "The duties were imposed by the European Union."
    model = analyse(sentence, lexicon)
    span = model.agent(model.groups[0])
    assert span is not None
    assert sentence[model.tokens[span[0]].start:model.tokens[span[1] - 1].end] == (
        "the European Union")


@pytest.mark.parametrize("sentence", ["The duties were imposed by", "Duties imposed by ,"])
def test_passive_with_nothing_after_by_has_no_agent(sentence: str,
                                                    lexicon: GrammarLexicon) -> None:
    """A "by" with no words after it names no agent (an empty span would slice nothing)."""
    model = analyse(sentence, lexicon)
    assert model.groups
    assert model.agent(model.groups[0]) is None


def test_measure_nouns_hold_no_verb(lexicon: GrammarLexicon) -> None:
    """ "led to export controls": with the trigger's span marked as a noun, neither
    "export" (after "to") nor "controls" (after a noun) is read as a verb."""
    sentence = "The dispute led to export controls that limit sales."
    start = sentence.index("export")
    plain = analyse(sentence, lexicon)
    assert "to export" in [sentence[g.start:g.end] for g in plain.groups]
    model = analyse(sentence, lexicon, noun_spans=[(start, start + len("export controls"))])
    assert [sentence[g.start:g.end] for g in model.groups] == ["led", "limit"]


def test_names_and_demonyms_are_not_verbs(lexicon: GrammarLexicon) -> None:
    """ "Beijing" does not end in a participle; "Chinese companies" is a noun phrase."""
    sentence = "Beijing added Chinese companies to the list."
    demonym = sentence.index("Chinese")
    model = analyse(sentence, lexicon, actor_spans=[(0, 7), (demonym, demonym + 7)],
                    demonym_spans=[(demonym, demonym + 7)])
    assert [sentence[g.start:g.end] for g in model.groups] == ["added"]


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_tokens_and_groups_slice_the_sentence(text: str) -> None:
    """Every token, verb group and clause is a span of the sentence; clauses tile it."""
    model = analyse(text, _LEXICON)
    for token in model.tokens:
        assert text[token.start:token.end] == token.text
    for group in model.groups:
        assert 0 <= group.start < group.end <= len(text)
        assert group.first <= group.head <= group.last < len(model.tokens)
    covered = [i for clause in model.clauses for i in range(clause.first, clause.last)]
    assert covered == list(range(len(model.tokens)))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes_on_any_string(text: str) -> None:
    """Any string gets a model, whatever its characters."""
    model = analyse(text, _LEXICON)
    assert len(model.tokens) == len(tokenize(text, _LEXICON))


def test_wire_capitals_after_an_abbreviation_keep_verbs_verbs(lexicon: GrammarLexicon) -> None:
    """Wire copy capitalises the word after "U.S.": "the U.S. Determines that", "the U.S.
    Would act"; a verb or a modal there keeps its tags, and a name stays a name."""
    tokens = tokenize("the U.S. Determines that the U.S. Would act as U.S. Steel did",
                      lexicon)
    tags = {t.text: t.tags for t in tokens}
    assert "capital" not in tags["Determines"] and "verb" in tags["Determines"]
    assert "modals" in tags["Would"]
    assert "capital" in tags["Steel"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    [chr(code) for code in range(128)] + ["ab", "Z9", "n't", "U.S.", "'s ", " - "]),
    max_size=40).map("".join))
def test_ascii_tokens_are_the_regex_s(text: str) -> None:
    """An ASCII sentence is cut into the tokens the Unicode token pattern cuts it into,
    though the standard library's engine reads it (the separator controls included)."""
    from policymeasures.grammar import _ASCII_TOKEN, _TOKEN

    assert [m.span() for m in _ASCII_TOKEN.finditer(text)] == [
        m.span() for m in _TOKEN.finditer(text)]
