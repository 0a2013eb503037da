"""Who acts and whom a measure hits; which sentences hold measures; which rule decided."""

from __future__ import annotations

import datetime

import pytest

from attribution_cases import ATTRIBUTION
from detection_cases import FOUND, NOT_MEASURES
from policymeasures import Measure, extract
from policymeasures.field_rules import (
    ACTION_RULES,
    IMPOSER_RULES,
    NEGATION_RULES,
    STATUS_RULES,
    TARGET_RULES,
    _goods_after,
    _qualifies_goods,
)
from view_support import CASE_SENTENCES, recorded_views

REF = datetime.date(2025, 3, 12)


def _the_measure(text: str, kind: str) -> Measure:
    found = [m for m in extract(text, reference_date=REF) if str(m.kind) == kind]
    assert len(found) == 1, extract(text, reference_date=REF)
    return found[0]


@pytest.mark.parametrize(("text", "kind", "imposer", "targets"), ATTRIBUTION,
                         ids=[case[0][:50] for case in ATTRIBUTION])
def test_imposer_and_targets(text: str, kind: str, imposer: str | None,
                             targets: list[str]) -> None:
    """The sentence's structure says who takes the measure and whom it hits."""
    measure = _the_measure(text, kind)
    assert (measure.imposer.code if measure.imposer else None) == imposer
    assert sorted(t.code for t in measure.targets) == sorted(targets)


@pytest.mark.parametrize(("text", "kind", "action", "status"), FOUND,
                         ids=[case[0][:50] for case in FOUND])
def test_measures_found(text: str, kind: str, action: str, status: str) -> None:
    """Purchase commitments and modern controls are found, with their action and status."""
    measure = _the_measure(text, kind)
    assert (measure.action.value, measure.status.value) == (action, status)


@pytest.mark.parametrize("text", NOT_MEASURES, ids=[text[:50] for text in NOT_MEASURES])
def test_not_measures(text: str) -> None:
    """Company, sport and utility senses, commentary and demands are not measures."""
    assert extract(text, reference_date=REF) == []


def test_a_rate_levied_in_a_second_clause_is_its_own_tariff() -> None:
    """ "..., while Peru imposes only 9%": the percentage stands for the duty."""
    first, second = extract("Ecuador imposes 40% duties on cars, while Peru imposes only 9%.",
                            reference_date=REF)
    assert (first.imposer and first.imposer.code, first.rate and first.rate.value) == ("ECU", 40)
    assert (second.rule, second.imposer and second.imposer.code) == ("tariff.rate_levied", "PER")
    assert second.rate is not None and second.rate.value == 9


def test_a_passive_reaches_only_its_own_subject() -> None:
    """ "Exports grew while some imports were banned": the banned imports are the measure,
    the exports that grew are not."""
    found = extract("Exports grew while some imports were banned by Japan.", reference_date=REF)
    assert [str(m.kind) for m in found] == ["import_restriction"]


def test_every_field_names_the_rule_that_decided_it() -> None:
    """A record says which rule chose each field, by a name found in the rule lists."""
    [measure] = extract("Ottawa will raise duties on Chinese steel.", reference_date=REF)
    decided = dict(measure.decided_by)
    assert set(decided) == {"action", "negated", "status", "imposer", "targets"}
    names = {rule.name for rules in (ACTION_RULES, NEGATION_RULES, STATUS_RULES,
                                     IMPOSER_RULES, TARGET_RULES) for rule in rules}
    assert decided["imposer"] in names
    assert decided["status"] in names
    assert decided["targets"] == "arguments-after-measure"


def test_rules_have_unique_names_and_sections() -> None:
    """Every field rule has a distinct name and says what part of the scheme it implements."""
    for rules in (ACTION_RULES, NEGATION_RULES, STATUS_RULES, IMPOSER_RULES, TARGET_RULES):
        names = [rule.name for rule in rules]
        assert len(names) == len(set(names))
        assert all(rule.section for rule in rules)


def test_subject_search_ends_on_a_verb_with_no_subject() -> None:
    """An imperative opening the sentence has no subject: the search for the subject of
    a verb after it must end there, not go back and forth between the two verbs."""
    sentence = ("Consider the firms that stand to gain most from the Ports and Shipping Act, "
                "which offers $3.5 billion in subsidies for shipyards and docks.")
    [record] = extract(sentence)
    assert str(record.kind) == "subsidy"
    assert record.imposer is None


def test_liberation_day_tariffs_are_american_from_april_2025() -> None:
    """The programme named after 2 April 2025 resolves to the United States only after it."""
    text = "The Liberation Day tariffs hit Vietnam hardest."
    [after] = extract(text, reference_date=datetime.date(2025, 6, 1))
    [before] = extract(text, reference_date=datetime.date(2025, 3, 1))
    assert after.imposer is not None and after.imposer.code == "USA"
    assert [t.code for t in after.targets] == ["VNM"]
    assert before.imposer is None


@pytest.mark.parametrize(("text", "kind", "holders"), [
    ("U.S. and EU tariffs on Chinese steel rose.", "tariff", {"USA", "EU"}),
    ("Traders must comply with UK and Swiss sanctions on Belarus.", "sanction",
     {"GBR", "CHE"}),
    ("Buyers turned to Japan and Korea, where duties on beef stay low.", "tariff",
     {"JPN", "KOR"}),
    ("Tariffs were imposed on U.S. goods by China and the European Union.", "tariff",
     {"CHN", "EU"}),
    # states named together as the subject of a verb acting on the measure each hold it
    ("The US and the EU raised tariffs on Chinese electric cars.", "tariff", {"USA", "EU"}),
    ("Canada, Mexico and Chile imposed duties on steel.", "tariff", {"CAN", "MEX", "CHL"}),
    # or of a verb by which a state holds its own measure
    ("Japan and Korea maintain quotas on rice imports.", "import_restriction",
     {"JPN", "KOR"}),
    ("Peru, Chile and Ghana have used tax holidays to attract exporters.", "subsidy",
     {"PER", "CHL", "GHA"}),
    # an agent spelt out by a list: each listed state holds its own
    ("Duties were imposed on US goods by several partners, namely, Mexico, Canada and "
     "Japan.", "tariff", {"MEX", "CAN", "JPN"}),
    # the parties to talks do not each hold the measure they talk about
    ("Iran and the US began talks on relief from US sanctions.", "sanction", {"USA"}),
])
def test_names_coordinated_as_owners_each_hold_the_measure(text: str, kind: str,
                                                           holders: set[str]) -> None:
    """One record per jurisdiction named together as the measure's owner (§1)."""
    found = [m for m in extract(text, reference_date=REF) if str(m.kind) == kind]
    assert {m.imposer.code for m in found if m.imposer} == holders
    assert len(found) == len(holders)
    for measure in found:
        assert not {t.code for t in measure.targets} & holders


@pytest.mark.parametrize(("text", "unit"), [
    ("Colombo set a levy of Rs 40 per kg on imported onions.", "LKR/kg"),
    ("Delhi set a duty of Rs 40 per kg on imported onions.", "INR/kg"),
])
def test_a_shared_currency_word_is_the_imposers_currency(text: str, unit: str) -> None:
    """ "Rs" is Sri Lankan rupees in a Sri Lankan levy, Indian rupees in an Indian duty."""
    measure = _the_measure(text, "tariff")
    assert measure.rate is not None and measure.rate.unit == unit


@pytest.mark.parametrize(("text", "status", "targets"), [
    # the verb of the noun the measure qualifies says nothing of the measure...
    ("The impact of the new tariffs on Mexico will be severe.", "effective", ["MEX"]),
    # ...unless it acts on it, says its status or says whom it hits
    ("A package of tariffs on Mexico will take effect in May.", "announced", ["MEX"]),
    ("A barrage of tariffs hit Canada.", "effective", ["CAN"]),
])
def test_a_verb_after_a_noun_the_measure_qualifies(text: str, status: str,
                                                   targets: list[str]) -> None:
    measure = _the_measure(text, "tariff")
    assert str(measure.status) == status
    assert [t.code for t in measure.targets] == targets


def test_a_list_of_measures_shares_its_verb_and_keeps_its_own_arguments() -> None:
    """ "threatened 10% tariffs on all imports, 30% tariffs on Chinese steel and 25% tariffs
    on Mexican cars": each is threatened, and each hits only what its own phrase names."""
    text = ("Ottawa threatened 10% tariffs on all imports, 30% tariffs on Chinese steel and "
            "25% tariffs on Mexican cars.")
    found = sorted(extract(text, reference_date=REF), key=lambda m: m.start)
    assert [(m.rate.value if m.rate else None) for m in found] == [10.0, 30.0, 25.0]
    assert {str(m.status) for m in found} == {"threatened"}
    assert [[t.code for t in m.targets] for m in found] == [[], ["CHN"], ["MEX"]]


@pytest.mark.parametrize(("text", "products"), [
    # a phrase after "on" that names parties says whom the measure hits, not its goods
    ("Washington imposed blanket tariffs on its main trading partners.", []),
    ("Ottawa imposed duties on all other countries.", []),
    ("Ottawa imposed duties on hake fillets.", ["hake fillets"]),
])
def test_parties_after_on_are_no_goods(text: str, products: list[str]) -> None:
    measure = _the_measure(text, "tariff")
    assert [p.text for p in measure.products] == products


@pytest.mark.parametrize(("text", "kind", "products"), [
    # the words of a name before a capitalised trade word name no goods
    ("The rule adds filing requirements in the Automated Export System for exports to "
     "Syria.", "export_control", []),
    # an owner alone before the trade word names no goods: whose, not what
    ("Several exporters were hurt by Malaysia's own export controls.", "export_control", []),
    ("Two refiners felt the bite of Chile's export curbs.", "export_control", []),
    # but an owner before "exports" names the flow the measure is on
    ("Washington imposed curbs on Korean exports to the United States.",
     "import_restriction", ["Korean exports"]),
    # goods before the trade word stay goods
    ("Jakarta imposed curbs on nickel exports.", "export_control", ["nickel"]),
])
def test_an_owner_alone_is_no_goods(text: str, kind: str, products: list[str]) -> None:
    measure = _the_measure(text, kind)
    assert [p.text for p in measure.products] == products


def test_goods_past_another_measure_with_its_own_arguments_are_that_measures() -> None:
    """ "duties on steel, while ... levies on cars": each measure keeps its own goods; a
    list of measures before shared goods shares them."""
    found = extract("Ottawa imposed tariffs on steel, plus export controls on nickel.",
                    reference_date=REF)
    assert sorted((str(m.kind), [p.text for p in m.products]) for m in found) == [
        ("export_control", ["nickel"]), ("tariff", ["steel"])]
    shared = extract("Washington imposed tariffs, duties and quotas on steel.",
                     reference_date=REF)
    assert shared and all([p.text for p in m.products] == ["steel"] for m in shared)


def test_a_record_never_hits_its_own_imposer() -> None:
    """Two measures of one kind, one hitting a state and one that state takes, stay two:
    merged, the state would hit itself."""
    found = extract("Ottawa faces tariffs on steel, with more levies on cars threatened "
                    "from May.", reference_date=REF)
    assert found
    for measure in found:
        codes = {t.code for t in measure.targets}
        assert measure.imposer is None or measure.imposer.code not in codes
        # the state that faces tariffs is no fallback author of the other levies either
        assert measure.imposer is None or measure.imposer.code != "CAN"


def test_the_verb_sanction_before_a_possessive_is_no_lifted_noun() -> None:
    """ "end our support, sanction your staff": "end" governs the support, and "sanction"
    before a possessive is a verb, never a noun that "end" lifts."""
    found = extract("We will end all our support for the tribunal, sanction your staff and "
                    "close the office.", reference_date=REF)
    assert not any(m.action.value == "lift" for m in found)


@pytest.mark.parametrize(("text", "products"), [
    # a phrase opening the sentence names the goods the rest is about
    ("For the apparel sector, exporters should favour Britain, where duty-free access is "
     "expected to remain.", ["apparel"]),
    ("Regarding maize, traders expect Brussels, which meets on Tuesday, to keep the "
     "special levy.", ["maize"]),
    # a phrase with no goods in it names none
    ("For example, Washington raised tariffs on imports from Canada.", []),
])
def test_goods_of_a_sentence_opening_phrase(text: str, products: list[str]) -> None:
    measure = next(m for m in extract(text, reference_date=REF))
    assert [p.text for p in measure.products] == products


def test_goods_after_a_name_kept_per_view_are_that_names(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What a view keeps of the goods after each name answers for that name and that kind
    of noun alone: asked in any order, every answer is the one worked out afresh."""
    views = recorded_views(monkeypatch, " ".join(CASE_SENTENCES))
    asked = 0
    for view in views:
        questions = [(m, c) for m in view.actors for c in ("goods_nouns", "target_nouns")]
        for order in (questions, questions[::-1]):
            view.memo.clear()
            for mention, category in order:
                expected = _qualifies_goods(view, mention.actor.end, mention.form, category)
                assert _goods_after(view, mention, category) == expected
                asked += expected
    assert asked > 0
