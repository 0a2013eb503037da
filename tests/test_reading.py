"""How the engine reads a measure: action, status, negation and date, on case tables."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policymeasures import Measure, extract
from reading_cases import (
    ACTIONS,
    AUDITED,
    CLAUSE_DATES,
    DATES,
    DATES_BY_THEIR_VERB,
    EFFECTIVE_DATES,
    GOVERNING,
    MORE,
    NEGATIONS,
    NOT_MEASURES,
    NOT_MEASURES_AUDITED,
    NOT_MEASURES_SECOND,
    NOT_MEASURES_THIRD,
    SECOND_AUDIT,
    STATUSES,
    THIRD_AUDIT,
)

REF = datetime.date(2025, 3, 12)
CASES = (ACTIONS + STATUSES + NEGATIONS + MORE + AUDITED + GOVERNING + SECOND_AUDIT
         + THIRD_AUDIT)


def _the_measure(text: str, kind: str) -> Measure:
    found = [m for m in extract(text, reference_date=REF) if str(m.kind) == kind]
    assert len(found) == 1, extract(text, reference_date=REF)
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "action", "status", "negated"), CASES, ids=[c[0][:50] for c in CASES]
)
def test_action_status_negation(
    text: str, kind: str, action: str, status: str, negated: bool
) -> None:
    """The governing words give the action, the status and whether it is denied."""
    measure = _the_measure(text, kind)
    assert (measure.action.value, measure.status.value, measure.negated) == (
        action,
        status,
        negated,
    )


# The verbs of news writing for each action, past tense: every one must be read as its
# action, on a tariff and on an export ban alike.
_ACTION_VERBS = {
    "impose": ["introduced", "levied", "slapped", "enforced", "adopted", "reimposed",
               "restored", "reinstated"],
    "increase": ["raised", "hiked", "doubled", "tightened", "widened", "stepped up",
                 "ratcheted up", "bumped up", "jacked up", "toughened", "broadened"],
    "decrease": ["cut", "reduced", "eased", "lowered", "relaxed", "loosened", "trimmed",
                 "slashed", "halved", "softened", "scaled back", "watered down", "rolled back"],
    "suspend": ["suspended", "delayed", "postponed", "paused", "deferred"],
    "lift": ["lifted", "removed", "scrapped", "repealed", "ended", "eliminated", "revoked",
             "abolished", "dropped", "terminated", "rescinded", "withdrew", "phased out",
             "cancelled", "axed", "ditched", "dismantled", "retracted", "struck down"],
}
_VERB_CASES = [(verb, action) for action, verbs in _ACTION_VERBS.items() for verb in verbs]


@pytest.mark.parametrize(("verb", "action"), _VERB_CASES, ids=[v for v, _ in _VERB_CASES])
@pytest.mark.parametrize("template", ["Lima {} its tariffs on Bolivian wine.",
                                      "Lima {} the export ban on zinc ore."])
def test_every_verb_of_an_action_reads_as_it(template: str, verb: str, action: str) -> None:
    """A verb of the news's usual stock gives its action, whatever the measure."""
    [measure] = extract(template.format(verb), reference_date=REF)
    assert measure.action.value == action


# The verb groups of news writing for each status: each must give its status.
_STATUS_VERBS = {
    "threatened": ["threatened to impose", "warned it would impose", "warned it could impose"],
    "proposed": ["is considering imposing", "is weighing", "mulled", "proposed", "floated",
                 "may impose", "could impose", "is studying", "drafted", "is exploring",
                 "is debating", "is contemplating", "suggested", "is reviewing whether to impose",
                 "recommended", "sought"],
    "announced": ["announced", "will impose", "plans to impose", "decided to impose",
                  "is set to impose", "intends to impose", "unveiled", "is due to impose",
                  "is to impose", "is going to impose", "is poised to impose",
                  "is preparing to impose", "promised to impose", "vowed to impose"],
    "agreed": ["agreed to impose", "pledged to impose", "committed to imposing",
               "undertook to impose"],
    "effective": ["imposed", "has imposed", "began imposing", "started levying", "is enforcing",
                  "maintains", "applies", "introduced", "levied", "slapped"],
}
_STATUS_CASES = [(verb, status) for status, verbs in _STATUS_VERBS.items() for verb in verbs]


@pytest.mark.parametrize(("verb", "status"), _STATUS_CASES, ids=[v for v, _ in _STATUS_CASES])
def test_every_verb_group_of_a_status_reads_as_it(verb: str, status: str) -> None:
    """A verb group of the news's usual stock gives its status."""
    [measure] = extract(f"Lima {verb} tariffs on Bolivian wine.", reference_date=REF)
    assert measure.status.value == status


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[c[0][:50] for c in DATES])
def test_dates(text: str, expected: str | None) -> None:
    """The date phrase of the measure resolves against the article's date; others give none."""
    [measure] = extract(text, reference_date=REF)
    assert (measure.date.isoformat() if measure.date else None) == expected
    if measure.date_span is not None:
        assert text[measure.date_span.start : measure.date_span.end] == measure.date_span.text


UNRELATED_CLAUSES = [
    ", officials said",
    ", according to two people familiar with the matter",
    " as markets rallied in Asia",
    ", a spokesman told reporters on the phone",
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(CASES), st.sampled_from(UNRELATED_CLAUSES))
def test_an_unrelated_clause_changes_nothing(
    case: tuple[str, str, str, str, bool], clause: str
) -> None:
    """Adding a clause about something else does not change the action or the status. The
    one exception is the point of an attribution: it makes a bare "would" reported intent
    (GUIDELINES §3, "said it would" is announced), so "Seoul would lift the ban" is
    proposed and "Seoul would lift the ban, officials said" announced."""
    text = case[0]
    longer = text[:-1] + clause + text[-1]
    before = [
        (str(m.kind), m.action, m.status, m.negated) for m in extract(text, reference_date=REF)
    ]
    after = [
        (str(m.kind), m.action, m.status, m.negated) for m in extract(longer, reference_date=REF)
    ]
    if clause in _ATTRIBUTIONS and " would " in text and len(after) == len(before):
        after = [(kind, action, "proposed" if (status, old[2]) == ("announced", "proposed")
                  else status, negated)
                 for (kind, action, status, negated), old in zip(after, before, strict=True)]
    assert after == before


# The clauses above that name who said the sentence.
_ATTRIBUTIONS = frozenset((", officials said", ", a spokesman told reporters on the phone"))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([c[0] for c in CASES]))
def test_no_date_without_a_date_phrase(text: str) -> None:
    """A measure gets a date only when its sentence holds the phrase it came from."""
    for measure in extract(text, reference_date=REF):
        if measure.date is not None:
            assert measure.date_span is not None
            assert measure.date_span.text in text
        else:
            assert measure.date_span is None


@pytest.mark.parametrize(("text", "reference", "expected"), EFFECTIVE_DATES)
def test_effective_dates_take_the_nearer_year(text: str, reference: str, expected: str) -> None:
    """'from March 1' resolves to the nearer March 1, before or after the article's date."""
    [measure] = extract(text, reference_date=datetime.date.fromisoformat(reference))
    assert measure.date == datetime.date.fromisoformat(expected)


@pytest.mark.parametrize("text", NOT_MEASURES + NOT_MEASURES_AUDITED + NOT_MEASURES_SECOND
                         + NOT_MEASURES_THIRD)
def test_not_measures(text: str) -> None:
    """Firms' purchases, advice to a government and names of agreements are not measures."""
    assert extract(text, reference_date=REF) == []


@pytest.mark.parametrize(("text", "expected"), CLAUSE_DATES)
def test_dates_stay_in_their_clause(text: str, expected: str | None) -> None:
    """Only a date in the measure's own clause dates it."""
    [measure] = extract(text, reference_date=REF)
    assert (measure.date.isoformat() if measure.date else None) == expected


@pytest.mark.parametrize(("text", "expected"), DATES_BY_THEIR_VERB)
def test_a_date_takes_the_direction_of_its_own_verb(text: str, expected: str) -> None:
    """A month and day without a year lie before the article when the verb they date is in
    the past ("the duties it imposed on March 4"), even under a future governing verb."""
    [measure] = extract(text, reference_date=REF)
    assert measure.date == datetime.date.fromisoformat(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru imposed a duty of 25% of the customs value on imported tyres.", 25.0),
    ("Peru imposed a 25% tariff on 60% of its imports from Chile.", 25.0),
    ("Farmers will get 90 pct of their support payments whatever they plant.", 90.0),
    ("Import taxes in Peru make up 28% of the total tax take.", None),
])
def test_a_share_is_not_a_rate(text: str, expected: float | None) -> None:
    """A percentage of imports or of revenue is a share; of the value, or of the measure
    itself, it is the rate."""
    [measure] = extract(text, reference_date=REF)
    assert (measure.rate.value if measure.rate else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the verb of change is said of something else: its figure is that thing's change
    ("Despite the duties on steel, Korean exports still grew by 4.5% last year.", None),
    ("Despite US tariffs, Thailand's shipments rose 12% in May.", None),
    ("The new tariffs cut Chinese exports to Chile by 20%.", None),
    ("Growth should reach 3.5% this year despite the new US tariffs.", None),
    # ... said of the measure, or of the cost of goods it taxes: the measure's level
    ("Tariffs on Chinese steel rose 5% last year.", 5.0),
    ("Ottawa cut its duties on dairy by 15%.", 15.0),
    ("The duty would have raised the cost of Kenyan tea by 30%.", 30.0),
    ("Chile's tariff rate has fallen to 8% from 11%.", 8.0),
    ("US tariffs on Chilean copper will reach 50% in June.", 50.0),
])
def test_a_change_said_of_something_else_is_not_a_rate(text: str,
                                                       expected: float | None) -> None:
    """GUIDELINES §5: a rate is the measure's level, not how much exports or prices moved."""
    [measure] = extract(text, reference_date=REF)
    assert (measure.rate.value if measure.rate else None) == expected


def test_a_sum_is_read_as_first_stated_not_as_converted() -> None:
    """ "AUD 15 million (approx. USD 10 million)": the bracketed sum converts the first one;
    the aside stays inside the noun phrase, so the grant is still the government's."""
    [measure] = extract("The Australian government announced an AUD 15 million (approx. "
                        "USD 10 million) grant to a lithium miner.", reference_date=REF)
    assert measure.amount is not None
    assert (measure.amount.value, measure.amount.unit) == (15_000_000, "AUD")
    assert measure.imposer is not None and measure.imposer.code == "AUS"
    assert str(measure.status) == "announced"


@pytest.mark.parametrize("text", [
    "Lima threatened to impose 10 per cent import taxes on Chile from March 1.",
    "Would Lima cut his import tariffs on Chilean goods further?",
])
def test_figures_and_possessives_are_no_goods(text: str) -> None:
    """Words before a trade word name goods only if they are not a figure or a bare
    possessive."""
    for measure in extract(text, reference_date=REF):
        assert not any(p.text.lower() in ("10 per cent", "his") for p in measure.products)


def test_the_second_of_two_coordinated_objects_shares_the_verb() -> None:
    """Two measures, one verb: both are placed, both announced."""
    text = ("Lima said it would place a 30% tariff on Chilean wine and a 10% tariff on "
            "Chilean fruit.")
    found = sorted((m.rate.value if m.rate else None, m.action.value, m.status.value)
                   for m in extract(text, reference_date=REF))
    assert found == [(10.0, "impose", "announced"), (30.0, "impose", "announced")]


def test_subsidies_alleged_in_a_countervailing_case_are_no_separate_measure() -> None:
    """GUIDELINES §8: the subsidies a countervailing case is about are part of that case."""
    text = ("The Commission instituted antidumping and countervailing duty investigations of "
            "paper boxes from Vietnam, alleged to be sold at less than fair value, and of "
            "paper boxes alleged to be subsidized by the Government of Vietnam.")
    assert {str(m.kind) for m in extract(text, reference_date=REF)} == {"tariff"}


def test_a_commodity_body_s_quotas_are_on_its_commodity() -> None:
    """Export quotas the International Coffee Organization sets are on coffee when no
    nearer words name the goods."""
    found = extract("Delegates said efforts would continue toward a regional consensus on "
                    "export quotas which could eventually be presented to the International "
                    "Coffee Organization.", reference_date=datetime.date(1987, 4, 1))
    assert [(m.imposer.code if m.imposer else None, [p.text for p in m.products])
            for m in found] == [("ICO", ["Coffee"])]


def test_a_non_defining_relative_clause_names_the_goods() -> None:
    """ "the duties, which will be levied on washing machines": the relative clause after
    the comma says what the measure hits."""
    found = extract("Exporters fear Washington will impose the duties, which will be levied "
                    "on washing machines from Korea.")
    assert [[p.text for p in m.products] for m in found] == [["washing machines"]]
