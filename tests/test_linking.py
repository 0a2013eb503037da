"""Linking inside a document: which mentions recall which, and what they inherit."""

from __future__ import annotations

import attrs
import pytest

from builders import Said, document
from policymeasures import LinkedMeasure, LinkingRules, SettingsError, extract, link

CANADA_STEEL = Said("Canada imposed a 25% tariff on U.S. steel.", "tariff",
                    imposer=("CAN", "Canada"), targets=(("USA", "U.S."),),
                    rate=(25, "25%"), products=("steel",))


def _codes(linked: LinkedMeasure) -> tuple[str | None, list[str], list[str]]:
    return (linked.imposer.code if linked.imposer else None,
            [t.code for t in linked.targets], [p.text for p in linked.products])


# (case, sentences, what the last record ends up with: imposer, targets, goods; linked?)
CASES = [
    ("the levy recalls the tariff",
     [CANADA_STEEL, Said("The levy takes effect on Monday.", "tariff")],
     ("CAN", ["USA"], ["steel"]), True),
    ("these restrictions recall export curbs",
     [Said("China restricted exports of gallium to the United States.", "export_control",
           imposer=("CHN", "China"), targets=(("USA", "United States"),),
           products=("gallium",)),
      Said("These restrictions will be reviewed in June.", "export_control",
           status="announced")],
     ("CHN", ["USA"], ["gallium"]), True),
    ("the ban recalls an export ban",
     [Said("India banned wheat exports to Bangladesh.", "export_control",
           imposer=("IND", "India"), targets=(("BGD", "Bangladesh"),), products=("wheat",)),
      Said("The ban will be lifted next year.", "export_control", action="lift",
           status="announced")],
     ("IND", ["BGD"], ["wheat"]), True),
    ("its tariffs, with a possessive",
     [CANADA_STEEL, Said("Officials expect its new tariffs to last a year.", "tariff")],
     ("CAN", ["USA"], ["steel"]), True),
    ("a stated target is kept, the imposer inherited",
     [CANADA_STEEL, Said("The duties on Mexico will follow in May.", "tariff",
                         status="announced", targets=(("MEX", "Mexico"),))],
     (None, ["MEX"], []), False),
    ("no determiner: a new mention, not a recall",
     [CANADA_STEEL, Said("Tariffs will rise next month.", "tariff", status="announced")],
     (None, [], []), False),
    ("another kind is not an antecedent",
     [Said("India banned wheat exports to Bangladesh.", "export_control",
           imposer=("IND", "India"), targets=(("BGD", "Bangladesh"),)),
      Said("The tariffs will stay.", "tariff")],
     (None, [], []), False),
    ("another imposer named in the sentence is not overruled",
     [CANADA_STEEL, Said("Washington said the tariffs would be answered.", "tariff",
                         imposer=("USA", "Washington"))],
     ("USA", [], []), False),
    ("'that' opening a clause recalls nothing",
     [CANADA_STEEL, Said("Officials said that tariffs would rise.", "tariff")],
     (None, [], []), False),
    ("the impact of tariffs recalls nothing",
     [CANADA_STEEL, Said("Economists studied the impact of tariffs on prices.", "tariff")],
     (None, [], []), False),
    ("goods of another family point past the nearest record",
     [CANADA_STEEL,
      Said("Mexico imposed a 10% tariff on U.S. cars.", "tariff", imposer=("MEX", "Mexico"),
           targets=(("USA", "U.S."),), rate=(10, "10%"), products=("cars",)),
      Said("The duties on steel took effect at once.", "tariff", products=("steel",))],
     ("CAN", ["USA"], ["steel"]), True),
]


@pytest.mark.parametrize(("sentences", "expected", "linked"),
                         [pytest.param(s, e, k, id=c) for c, s, e, k in CASES])
def test_linking_case(sentences: list[Said], expected: tuple[object, ...],
                      linked: bool) -> None:
    """Each case of the table: the slots the last record ends up with, and whether it linked."""
    _, measures = document(*sentences)
    last = link(measures)[-1]
    assert _codes(last) == expected
    assert (last.antecedent is not None) is linked


def test_inferred_values_point_at_their_words() -> None:
    """Every inferred value names its slot and slices the document where it was read."""
    text, measures = document(CANADA_STEEL, Said("The levy takes effect on Monday.", "tariff"))
    second = link(measures)[1]
    assert second.antecedent == 0
    assert second.anaphor is not None and text[second.anaphor.start:second.anaphor.end] == (
        "The levy")
    assert sorted(second.inferred_slots()) == ["imposer", "products", "targets"]
    for inference in second.inferred:
        assert text[inference.source.start:inference.source.end] == inference.source.text
        assert inference.antecedent.text == CANADA_STEEL.text
        assert inference.rule == "fill_open_slots"


def test_record_as_read_is_unchanged() -> None:
    """Linking wraps the record: its own slots stay as the sentence gave them."""
    _, measures = document(CANADA_STEEL, Said("The levy takes effect on Monday.", "tariff"))
    second = link(measures)[1]
    assert second.measure is measures[1]
    assert second.measure.imposer is None and second.measure.targets == ()


def test_chain_of_recalls_reaches_the_first_mention() -> None:
    """A recall of a recall inherits from the first full mention, with its offsets."""
    text, measures = document(CANADA_STEEL, Said("The levy takes effect on Monday.", "tariff"),
                              Said("The duties will be reviewed in a year.", "tariff"))
    third = link(measures)[2]
    assert _codes(third) == ("CAN", ["USA"], ["steel"])
    imposer = next(i for i in third.inferred if i.slot == "imposer")
    assert text[imposer.source.start:imposer.source.end] == "Canada"
    assert imposer.source.start < len(CANADA_STEEL.text)


def test_far_antecedent_is_not_recalled() -> None:
    """An antecedent further back than max_distance characters is out of reach."""
    filler = "Markets were calm through the week. " * 80
    _, measures = document(CANADA_STEEL, filler.strip(),
                           Said("The levy takes effect on Monday.", "tariff"))
    assert link(measures)[-1].antecedent is None
    near = LinkingRules.default()
    wide = LinkingRules(determiners=near.determiners, nouns=near.nouns,
                        not_modifiers=near.not_modifiers, max_distance=10_000)
    assert link(measures, wide)[-1].antecedent == 0


def test_record_in_the_same_sentence_is_not_an_antecedent() -> None:
    """Two records of one sentence are read together by extraction, never linked."""
    said = Said("Canada imposed a 25% tariff on U.S. steel and the levy doubled.", "tariff",
                imposer=("CAN", "Canada"))
    _, [first] = document(said)
    second = attrs.evolve(first, imposer=None, action="increase")
    assert [m.antecedent for m in link([first, second])] == [None, None]


def test_full_record_is_left_alone() -> None:
    """A record whose sentence names imposer, targets and goods needs no antecedent."""
    _, measures = document(CANADA_STEEL, CANADA_STEEL)
    assert link(measures)[1].antecedent is None


def test_target_equal_to_inherited_imposer_is_dropped() -> None:
    """An inherited target that is the record's own imposer is left out."""
    _, measures = document(
        Said("Tariffs on American and Canadian steel were imposed.", "tariff",
             targets=(("USA", "American"), ("CAN", "Canadian"))),
        Said("Washington said the tariffs were unfair.", "tariff",
             imposer=("USA", "Washington")))
    assert [t.code for t in link(measures)[1].targets] == ["CAN"]


def test_settings_report_every_problem() -> None:
    """Bad linking settings are reported together, each with where it is."""
    with pytest.raises(SettingsError) as caught:
        LinkingRules.from_dict({"determiners": "the", "nouns": {"tariff": [3]},
                                "max_distance": -1, "colour": "red"})
    problems = caught.value.problems
    assert len(problems) == 4
    assert any("colour" in p for p in problems)


def test_end_to_end_recall_of_a_levy() -> None:
    """On extracted records: a later sentence's levy inherits Canada's target and goods."""
    text = ("Canada imposed a 25% tariff on U.S. steel. "
            "Ottawa said the levy would stay until talks succeed.")
    _, second = link(extract(text))
    assert second.measure.targets == ()
    assert [t.code for t in second.targets] == ["USA"]
    assert "targets" in second.inferred_slots()


def test_end_to_end_recall_of_duties() -> None:
    """On extracted records: 'The duties' take the EU as imposer and China as target."""
    text = ("The EU imposed tariffs on Chinese electric vehicles. "
            "The duties, of up to 35%, took effect in October.")
    linked = link(extract(text))
    assert len(linked) == 2
    assert _codes(linked[1])[:2] == ("EU", ["CHN"])
    assert {"imposer", "targets"} <= linked[1].inferred_slots()
