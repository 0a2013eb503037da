"""The engine with the default rules: what it reads from sentences written for these tests."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policymeasures
from policymeasures import Action, Extractor, Kind, Measure, Status, extract
from strategies import MEASURE_SENTENCES, PLAIN_SENTENCES, any_text

REF = datetime.date(2025, 3, 12)  # a Wednesday


def only(text: str, **kwargs: object) -> Measure:
    measures = extract(text, reference_date=REF)
    assert len(measures) == 1, measures
    return measures[0]


def test_worked_example_two_measures() -> None:
    """A capped tariff threat and a curb on exports are two measures, each with its actor."""
    text = ("Ottawa threatened duties of up to 40% on American dairy products, and Washington "
            "answered by restricting exports of softwood lumber.")
    tariff, control = extract(text, reference_date=REF)
    assert (tariff.kind, tariff.action, tariff.status) == (Kind.TARIFF, Action.IMPOSE,
                                                           Status.THREATENED)
    assert tariff.imposer is not None and tariff.imposer.code == "CAN"
    assert [t.code for t in tariff.targets] == ["USA"]
    assert tariff.rate is not None and (tariff.rate.value, tariff.rate.unit,
                                        tariff.rate.bound.value) == (40, "%", "upper")
    assert (control.kind, control.action, control.status) == (Kind.EXPORT_CONTROL, Action.IMPOSE,
                                                              Status.EFFECTIVE)
    assert control.imposer is not None and control.imposer.code == "USA"


@pytest.mark.parametrize(
    ("text", "kind", "action", "status"),
    [
        ("Canada imposed a 25% tariff on U.S. steel.", "tariff", "impose", "effective"),
        ("India lifted its ban on wheat exports.", "export_control", "lift", "effective"),
        ("Mexico raised the duty on imported footwear to 35%.", "tariff", "increase", "effective"),
        ("Japan agreed to delay its export restrictions on gallium.", "export_control",
         "suspend", "agreed"),
        ("Brazil plans to lift its import quotas on steel.", "import_restriction", "lift",
         "announced"),
        ("Seoul may ease its export controls on memory chips.", "export_control", "decrease",
         "proposed"),
        ("Australia imposed sanctions on three Russian banks.", "sanction", "impose", "effective"),
        ("Beijing pledged to purchase more American soybeans.", "purchase_commitment", "increase",
         "agreed"),
        ("The government will pay subsidies to domestic steelmakers.", "subsidy", "impose",
         "announced"),
        ("Washington threatened to double tariffs on Chinese goods.", "tariff", "increase",
         "threatened"),
        ("Indonesia postponed its ban on nickel ore exports.", "export_control", "suspend",
         "effective"),
    ],
)
def test_kind_action_and_status(text: str, kind: str, action: str, status: str) -> None:
    """The governing verb sets the action and the verbs and modals around it the status."""
    measure = only(text)
    assert (str(measure.kind), measure.action.value, measure.status.value) == (kind, action, status)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Japan said it would not impose tariffs on American rice.", True),
        ("Britain ruled out new tariffs on Norwegian salmon.", True),
        ("Korea has no plans to restrict exports of memory chips.", True),
        ("Canada imposed tariffs on American rice.", False),
    ],
)
def test_negation(text: str, negated: bool) -> None:
    """Denials close before the governing word negate the measure; plain statements do not."""
    assert only(text).negated is negated


def test_conditional_threat() -> None:
    """'If ... will impose' is a coercive signal: threatened."""
    text = "If Tokyo does not act, Washington will impose duties on Japanese cars."
    measure = only(text)
    assert measure.status is Status.THREATENED


def test_demand_for_a_new_measure_is_not_a_measure() -> None:
    """Another party urging a government to act is a demand, not a measure."""
    assert extract("Farm groups urged the administration to offer export subsidies.") == []


def test_topic_mention_is_not_a_measure() -> None:
    """A measure named only as a topic, with no actor, cue or figure, is left out."""
    assert extract("The conference discussed tariffs.") == []


def test_names_containing_trigger_words_are_not_measures() -> None:
    """The GATT's name, a parent's subsidiary and the Tariff Act are not measures."""
    assert extract("Under the General Agreement on Tariffs and Trade, members meet yearly.") == []
    assert extract("The bank sold its insurance subsidiary to a rival.") == []


@pytest.mark.parametrize(("sentence", "rate"), [
    # a change gives the new level, even after the old one was stated on its own
    ("Washington set tariffs at 44% and later revised them to 20%.", 20),
    ("The levy, at first 15%, was cut to 5% in June.", 5),
    ("Tokyo raised the duty on beef from 38.5% to 50%.", 50),
    ("Seoul imposed a 25% tariff on steel.", 25),
])
def test_the_new_level_is_the_rate(sentence: str, rate: float) -> None:
    """'revised to 20%' is the level the measure is at, not the 44% it started from."""
    [measure] = extract(sentence, reference_date=REF)
    assert measure.rate is not None and measure.rate.value == rate


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    # money after "at" is a level per unit left unsaid; the quantity is what is covered
    ("Brussels granted export refunds on 12,000 tonnes of barley at a rebate of 41 Ecus.",
     12_000, "t"),
    ("The EU will pay a subsidy of 3 mln Ecus on 20,000 tonnes of barley.", 3_000_000, "ECU"),
    ("Egypt agreed to buy $1 bln of U.S. wheat at market prices.", 1_000_000_000, "USD"),
])
def test_the_amount_is_the_total_not_a_price(sentence: str, value: float, unit: str) -> None:
    """'at a rebate of 41 Ecus' is a level per tonne; the 12,000 tonnes are the amount."""
    [measure] = extract(sentence, reference_date=REF)
    assert measure.amount is not None
    assert (measure.amount.value, measure.amount.unit) == (value, unit)


@pytest.mark.parametrize(("sentence", "found"), [
    # A particular measure, pointed at, is one in place (a status can be read)...
    ("The tariffs may hurt exporters.", True),
    ("These levies will push up feed prices.", True),
    ("This levy needlessly inflates feed prices.", True),  # an adverb starts no compound
    ("Their export bans may not survive the year.", True),
    # ...tariffs as a topic, or a word qualifying another noun, are not.
    ("Tariffs may hurt exporters.", False),
    ("The tariff issue was discussed at length.", False),
    ("It is our duty to keep the game clean.", False),
])
def test_a_measure_pointed_at_is_one_in_place(sentence: str, found: bool) -> None:
    """'the tariffs', 'these levies' name a measure; 'tariffs', 'the tariff issue' a topic."""
    measures = extract(sentence, reference_date=REF)
    assert bool(measures) is found
    assert all(m.status is Status.EFFECTIVE and m.action is Action.IMPOSE for m in measures)


def test_product_before_trade_word_is_whole_words() -> None:
    """Goods named before 'exports' are cut at word boundaries, never inside a word."""
    [measure] = extract("India lifted its ban on basmati rice exports.")
    assert [p.text for p in measure.products] == ["basmati rice"] or all(
        p.text in ("rice", "basmati rice") for p in measure.products)


@pytest.mark.parametrize(("sentence", "goods"), [
    # Words before the trade word or after "on"/"of" are goods only when they can be.
    ("Chile and Peru will meet in May to discuss export quotas.", []),
    ("The ministers agreed to restrict imports.", []),
    ("The talks were about restoring export quotas.", []),
    ("Washington said tariffs on Brazil would rise next year.", []),
    ("Seoul imposed a levy on frozen squid.", ["frozen squid"]),
    ("Seoul imposed a levy on squid, citing prices.", ["squid"]),
    ("Seoul banned frozen squid imports.", ["frozen squid"]),
    ("Brussels paid a rebate of 43.1 Ecus a tonne.", []),
    ("Lima imposed duties on Korean fishing nets.", ["Korean fishing nets"]),
    # an adjective that sizes the measure names no goods; the goods after it still count
    ("Quito imposed hefty import duties.", []),
    ("Quito kept a temporary export ban.", []),
    ("Quito raised steep cement import duties.", ["cement"]),
    # nor does a preposition before the trade word
    ("Quito imposed targeted import duties.", []),
    ("Lima adopted retaliation to be used against imports from Chile.", []),
    # a preposition ends the goods: "of oil over five years" names oil
    ("Manila agreed to purchase $20 billion of turbine blades over five years.",
     ["turbine blades"]),
    # a gerund after "without" is a verb, not goods: "violating US" names nothing sold
    ("The firm built the model for Chinese buyers without violating US export controls.",
     []),
    # a day after "on" is when, not what
    ("Quito will impose the duties on Monday.", []),
    # people named by their nation are whom, not what
    ("Ottawa imposed sanctions on three Kenyans accused of abuses.", []),
])
def test_goods_are_never_verbs_nor_a_name_alone(sentence: str, goods: list[str]) -> None:
    """The goods the lexicon does not know are read from their place, never from a verb."""
    [measure] = extract(sentence, reference_date=REF)
    assert [p.text for p in measure.products] == goods


@pytest.mark.parametrize(("sentence", "listed", "not_goods"), [
    ("Quito cut duties on consumer goods such as luxury watches, jewellery and electronics.",
     {"luxury watches", "jewellery", "electronics"}, set()),
    ("Lima banned imports of steel, including rebar and wire rod.", {"rebar", "wire rod"},
     set()),
    # a list ends at a verb, a jurisdiction, an article or a preposition
    ("Lima raised tariffs on goods such as cars, which angered Chile.", {"cars"},
     {"which angered Chile"}),
    ("Lima taxed exports to partners such as the Soviet Union.", set(), {"the Soviet Union"}),
])
def test_goods_listed_as_examples_are_named(sentence: str, listed: set[str],
                                             not_goods: set[str]) -> None:
    """The examples after "such as" or "including" are goods too, known to the lexicon or
    not; what is not a name of goods ends the list."""
    names = {p.text for m in extract(sentence, reference_date=REF) for p in m.products}
    assert listed <= names and not names & not_goods


@pytest.mark.parametrize(("sentence", "goods"), [
    # a trade case names goods the lexicon does not know between "of"/"on" and "from"
    ("Commerce found that producers of barium nitrate from Peru received countervailable "
     "subsidies.", ["barium nitrate"]),
    ("Commerce will continue the antidumping duty order on certain cast iron hinges (hinges) "
     "from Peru and Chile.", ["cast iron hinges"]),
    ("Commerce continues the antidumping duty order on 2-Amino-4, 6-Dimethylpyridine (ADP) "
     "from Chile.", ["2-Amino-4, 6-Dimethylpyridine"]),
    # a full name too long to read still has its short name in brackets before the origin
    ("Commerce finds that subsidies are provided to makers of certain forged garden tools "
     "of 10 to 20 inches, and parts thereof (garden tools) from Peru.", ["garden tools"]),
    # but not people
    ("Commerce found that officials from Peru received countervailable subsidies.", []),
    ("London imposed sanctions on four individuals from Iran.", []),
])
def test_goods_named_by_their_origin(sentence: str, goods: list[str]) -> None:
    [measure] = extract(sentence, reference_date=REF)
    assert [p.text for p in measure.products] == goods


@pytest.mark.parametrize(("sentence", "full_name"), [
    # a notice that defines a short name in brackets names the goods both ways
    ("Commerce determines that exporters of carbon steel concrete reinforcing bar (rebar) "
     "from Peru made sales below normal value during the period of review.",
     "carbon steel concrete reinforcing bar"),
    ("Commerce is revoking the antidumping duty order on certain potassium phosphate salts "
     "(phosphate salts) from Chile.", "potassium phosphate salts"),
    ("Commerce determines that producers of hardwood plywood (plywood) from Peru made sales "
     "below normal value.", "hardwood plywood"),
])
def test_goods_named_in_full_before_their_short_name(sentence: str, full_name: str) -> None:
    [measure] = extract(sentence, reference_date=REF)
    assert full_name in [p.text for p in measure.products]


@pytest.mark.parametrize("sentence", [
    # a bracket holding a phrase is no short name, and what comes before it no full name
    "Moscow sees no need for that sort of deal (a wheat subsidy), an aide said.",
])
def test_a_phrase_in_brackets_defines_no_name(sentence: str) -> None:
    names = [p.text for m in extract(sentence, reference_date=REF) for p in m.products]
    assert "deal" not in names and names


@pytest.mark.parametrize(("sentence", "goods"), [
    # goods named only as a flow to the market whose tariff they meet, with their owner
    ("Peru's exports to the US will face a 20% tariff.", ["Peru's exports"]),
    ("Chilean exports to the EU now face a new levy.", ["Chilean exports"]),
    ("Exports to Canada face a 25% surcharge.", ["Exports"]),
    # a verb's form is no goods; goods the lexicon knows are named as they are
    ("Everything shipped to the US faces a 20% tariff.", []),
    ("Peru's copper exports to the US face a 20% tariff.", ["copper"]),
])
def test_goods_flowing_to_the_market_of_the_measure(sentence: str, goods: list[str]) -> None:
    [measure] = extract(sentence, reference_date=REF)
    assert [p.text for p in measure.products] == goods


def test_goods_named_twice_are_one_good() -> None:
    """A notice repeats a name in brackets: "certain steel nails (steel nails)"."""
    [measure] = extract("Commerce imposed antidumping duties on certain steel nails (steel "
                        "nails) from Oman.", reference_date=REF)
    texts = [p.text.casefold() for p in measure.products]
    assert texts and len(texts) == len(set(texts))


def test_slots_read_on_goods_and_dates() -> None:
    """Targets from 'on' and demonyms, products from the goods named, dates from 'from March 1'."""
    measure = only("The European Union will impose duties of 17% on Chinese bicycles from "
                   "April 1.")
    assert measure.imposer is not None and measure.imposer.code == "EU"
    assert [t.code for t in measure.targets] == ["CHN"]
    assert measure.rate is not None and measure.rate.value == 17
    assert any("bicycles" in p.text for p in measure.products)
    assert measure.date == datetime.date(2025, 4, 1)


def test_leader_resolves_only_in_office() -> None:
    """A leader names a jurisdiction only within the term of office."""
    text = "Reagan imposed tariffs on Japanese electronics."
    in_term = extract(text, reference_date=datetime.date(1987, 4, 1))
    out_of_term = extract(text, reference_date=datetime.date(2020, 4, 1))
    assert in_term[0].imposer is not None and in_term[0].imposer.code == "USA"
    assert out_of_term[0].imposer is None


def test_rule_id_is_kept() -> None:
    """Every measure names the rule that produced it."""
    measure = only("Canada imposed a 25% tariff on U.S. steel.")
    assert measure.rule in {rule.id for rule in policymeasures.default_rules().rules}


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize("value", [None, 42, b"tariffs", ["tariffs"]])
def test_non_string_text_raises_type_error(value: object) -> None:
    """A text that is not a str raises TypeError naming its type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        extract(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u200b"])
def test_empty_text_gives_no_measures(text: str) -> None:
    """Empty or blank text gives an empty list."""
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "tariff " * 20000,
        "export " * 20000 + "controls",
        "1," * 50000,
        "a" * 200000,
        ("ban on " * 5000) + "imports",
        "U.S. " * 20000,
        "\ud800 tariffs \udfff on China",
        "Canada \u202eimposed\u202c a 25% tariff\u200b on U.S. steel.\x00",
    ],
)
def test_hostile_input_finishes(text: str) -> None:
    """Long repetitive, binary-looking or odd Unicode text is read without a crash or a hang."""
    for measure in extract(text):
        assert text[measure.start:measure.end] == measure.text


# ------------------------------------------------------------------ invariants


def _check_offsets(text: str, measure: Measure) -> None:
    assert text[measure.start:measure.end] == measure.text
    slots = [measure.imposer, *measure.targets, measure.rate, measure.amount,
             *measure.products, measure.date_span]
    for slot in slots:
        if slot is None:
            continue
        assert measure.start <= slot.start <= slot.end <= measure.end
        assert text[slot.start:slot.end] == slot.text
    for slot in [measure.imposer, *measure.targets, *measure.products]:
        if slot is not None and slot.start > 0 and slot.text:
            # a name or product never starts inside a word
            assert not (text[slot.start - 1].isalnum() and text[slot.start].isalnum())


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_offsets_always_slice_the_evidence(text: str) -> None:
    """On any string, every measure and every slot slices its own words of the input."""
    for measure in extract(text, reference_date=REF):
        _check_offsets(text, measure)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(MEASURE_SENTENCES), st.lists(st.sampled_from(PLAIN_SENTENCES), max_size=3),
       st.lists(st.sampled_from(PLAIN_SENTENCES), max_size=3))
def test_output_independent_of_surrounding_text(sentence: str, before: list[str],
                                                after: list[str]) -> None:
    """A sentence's measures are the same alone and among unrelated sentences (offsets shift)."""
    alone = [m.to_dict() for m in extract(sentence, reference_date=REF)]
    prefix = " ".join(before) + (" " if before else "")
    text = prefix + sentence + (" " if after else "") + " ".join(after)
    inside = extract(text, reference_date=REF)
    shift = len(prefix)

    def unshift(data: dict[str, object]) -> dict[str, object]:
        return _shifted(data, -shift)

    assert [unshift(m.to_dict()) for m in inside] == alone


def _shifted(data: object, offset: int) -> object:
    if isinstance(data, dict):
        return {k: (v + offset if k in ("start", "end") and isinstance(v, int) else
                    _shifted(v, offset)) for k, v in data.items()}
    if isinstance(data, list):
        return [_shifted(v, offset) for v in data]
    return data


@settings(max_examples=80, deadline=None)
@given(any_text)
def test_to_dict_round_trips(text: str) -> None:
    """Measure.from_dict(m.to_dict()) == m for every extracted measure."""
    for measure in extract(text + " Canada imposed a 25% tariff on U.S. steel.",
                           reference_date=REF):
        assert Measure.from_dict(measure.to_dict()) == measure


def test_extract_many_is_lazy_and_takes_pairs() -> None:
    """extract_many yields one list per input as it goes, with or without a date."""
    extractor = Extractor()
    consumed = []

    def texts():  # type: ignore[no-untyped-def]
        for text in (MEASURE_SENTENCES[0], (MEASURE_SENTENCES[1], REF), PLAIN_SENTENCES[0]):
            consumed.append(text)
            yield text

    results = extractor.extract_many(texts())
    first = next(results)
    assert len(consumed) == 1 and len(first) == 1
    assert [len(r) for r in results] == [1, 0]


def test_reference_date_type_is_checked() -> None:
    """A reference date that is not a date raises TypeError."""
    with pytest.raises(TypeError, match="reference_date"):
        extract("Canada imposed tariffs.", reference_date="2025-01-01")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "year", "imposer", "targets"),
    [
        ("The government of Canada will pay subsidies to battery makers.", 2025, "CAN", []),
        ("The Treasury amended the Iran Sanctions Regulations.", 2025, "USA", ["IRN"]),
        ("The Soviets agreed to buy nine mln tonnes of U.S. grain.", 1987, "SUN", ["USA"]),
        ("Imports from Japan will face new duties, Ottawa said.", 2025, None, ["JPN"]),
        ("Washington offered subsidized wheat to Egypt.", 2025, "USA", []),
        ("Talks were held in Seoul; later, duties were raised on steel.", 2025, None, []),
        ("Products of the European Union face Chinese tariffs.", 2025, "CHN", ["EU"]),
        ("Canada said U.S. export controls on chips hurt its firms.", 2025, "USA", []),
        ("The EC will import two mln tonnes of maize under the accord.", 1987, "EU", []),
    ],
)
def test_who_acts_and_who_is_hit(text: str, year: int, imposer: str | None,
                                 targets: list[str]) -> None:
    """Agents, genitives, peoples, programmes and hard breaks decide imposer and targets."""
    [measure] = extract(text, reference_date=datetime.date(year, 6, 1))
    assert (measure.imposer.code if measure.imposer else None) == imposer
    assert sorted(t.code for t in measure.targets) == targets


def test_products_carry_hs_codes() -> None:
    """Goods read around the trigger carry the HS codes of their head word."""
    [measure] = extract("Seoul banned imports of used steel pipes.")
    assert measure.products and measure.products[0].hs
    assert all(len(code) in (2, 4, 6) and code.isdigit() for code in measure.products[0].hs)


def test_passive_victim_is_a_target() -> None:
    """'Brazil has been threatened with sanctions by the EU': Brazil is hit, the EU acts."""
    [measure] = extract("Brazil has been threatened with sanctions by the European Union.")
    assert measure.imposer is not None and measure.imposer.code == "EU"
    assert [t.code for t in measure.targets] == ["BRA"] or measure.targets == ()


def test_two_levels_are_two_measures() -> None:
    """Two different rates of one kind in a sentence are two measures."""
    text = ("Washington imposed a 25% tariff on all imports and an additional 10% tariff on "
            "Chinese goods.")
    rates = sorted(m.rate.value for m in extract(text) if m.rate is not None)
    assert rates == [10.0, 25.0]


def test_programme_a_licence_is_issued_under_is_no_new_measure() -> None:
    """ "general licenses issued pursuant to the Belarus Sanctions Regulations": one
    easing of the sanctions, not a second entry for the programme named as its basis."""
    found = extract("OFAC published three general licenses issued pursuant to the Belarus "
                    "Sanctions Regulations.")
    assert [(str(m.kind), str(m.action)) for m in found] == [("sanction", "decrease")]
    assert [t.code for t in found[0].targets] == ["BLR"]


def test_repeats_merge_within_a_statement_not_across_a_semicolon() -> None:
    """One measure named twice in a statement is one entry; statements joined by a
    semicolon are each their own."""
    once = extract("Ottawa raised the duties on steel, and the duties went up again in May.")
    assert len([m for m in once if str(m.kind) == "tariff"]) == 1
    twice = extract("Ottawa tightened export controls on Iran; it also tightened export "
                    "controls on Russia.")
    assert sorted(t.code for m in twice for t in m.targets) == ["IRN", "RUS"]
    assert len(twice) == 2


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        ("The government of Ontario announced CAD 50 million in grants to lithium refiners.",
         "CAN"),
        ("The Minister of Energy and Mineral Resources of Indonesia banned copper ore exports.",
         "IDN"),
    ],
)
def test_regions_and_ministries_of_a_country_act_for_it(text: str, imposer: str) -> None:
    """A region's government, or a ministry named 'of' its country, is that country acting."""
    measures = extract(text)
    assert measures and measures[0].imposer is not None
    assert measures[0].imposer.code == imposer


def test_commerce_in_another_ministry_name_is_not_washington() -> None:
    """'Commerce and Industry Minister' is no U.S. department; bare 'Commerce' in a notice is."""
    from policymeasures.actors import default_gazetteer

    gazetteer = default_gazetteer()
    assert [m.actor.code for m in gazetteer.find("The Commerce and Industry Minister spoke.")] == []
    assert [m.actor.code for m in gazetteer.find("Commerce determined it.")] == ["USA"]


_EXTRACTOR = Extractor()


@settings(max_examples=200, deadline=None)
@given(any_text, st.data())
def test_words_handed_to_a_sentence_are_those_it_holds(text: str, data: st.DataObject) -> None:
    """The index words a text's scan hands a slice are what scanning the slice alone finds."""
    from policymeasures.engine import _words_inside

    index = _EXTRACTOR._keyword_regex
    words = [m.span() for m in index.finditer(text)]
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    handed = _words_inside(text, words, [s for s, _ in words], start, end)
    if handed is not None:
        assert handed == [m.span() for m in index.finditer(text[start:end])]


def test_a_word_cut_by_the_sentence_end_is_looked_for_again() -> None:
    """Where the text's scan cannot speak for a slice, the slice is scanned itself."""
    from policymeasures.engine import _words_inside

    text = "They raised tariffs on steel"
    words = [m.span() for m in _EXTRACTOR._keyword_regex.finditer(text)]
    starts = [s for s, _ in words]
    tariff = text.index("tariffs")
    assert _words_inside(text, words, starts, 0, tariff + 3) is None  # "tar|iffs"
    assert _words_inside(text, words, starts, tariff + 2, len(text)) is None
    assert _words_inside(text, words, starts, 0, len(text)) == [(tariff, tariff + 7)]


@pytest.mark.parametrize(("text", "found"), [
    ("Source: https://example.org/news/canada-imposes-new-tariffs-on-steel", 0),
    ("More at www.example.gov/sanctions-on-iran-lifted today.", 0),
    # the prose around an address is still read
    ("See www.example.gov/notice for the 25% tariff Ottawa imposed on US steel.", 1),
])
def test_words_inside_a_web_address_are_not_read(text: str, found: int) -> None:
    assert len(extract(text, reference_date=datetime.date(2025, 6, 1))) == found


# Words and near-words of the keyword index, joined by every kind of ASCII gap, the
# separator controls among them: where the standard library's scan and regex's might part.
_INDEX_PIECES = ["tariff", "TARIFFS", "Tariff-rate", "ban", "bank", "Banned", "quota", "anti",
                 "dumping", "anti-dumping", "export", "controls", "sanction", "duty", "K",
                 "s", "x"]
_INDEX_GAPS = [" ", "  ", "-", "\t", "\n", "\x0b", "\x0c", "\x1c", "\x1f", ", ", ".", "_", "'"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_INDEX_PIECES), st.sampled_from(_INDEX_GAPS),
                          st.text(max_size=3)), max_size=12))
def test_keyword_scan_of_ascii_text_is_regex_s(pieces: list[str]) -> None:
    """The keyword index's lower-cased standard-library scan of an ASCII text finds the
    spans the regex module's case-insensitive scan finds, on any text."""
    assert _EXTRACTOR._lower_ascii_keywords is not None  # the shipped index has its twin
    text = "".join(pieces)
    expected = [m.span() for m in _EXTRACTOR._keyword_regex.finditer(text)]
    assert _EXTRACTOR._keyword_spans(text) == expected


# The words of the shipped rules' patterns (and a few of their endings), for text that
# their patterns match in many ways.
_PATTERN_WORDS = sorted({word for rule in _EXTRACTOR._rules for source in rule.patterns
                         for word in re.findall(r"[A-Za-z]{2,}", source)})
_PATTERN_GAPS = [" ", "", ", ", " the ", ". ", " 25% ", " $3 bln ", " U.S. "]


def _rule_pattern_matches(rule_id: str, sentence: str) -> list[tuple[int, int]]:
    """What the engine finds of a rule's patterns, and what their alternation finds."""
    from policymeasures._screen import fold
    from policymeasures.rules import compile_patterns

    listed = _EXTRACTOR._pattern_regexes[rule_id]
    found = _EXTRACTOR._matches(rule_id, sentence, fold(sentence), listed, overlapped=True)
    whole = compile_patterns(_EXTRACTOR._rule_by_id[rule_id].patterns)
    expected = [m.span() for m in whole.finditer(sentence, overlapped=True)]
    assert [m.span() for m in found or ()] == expected, (rule_id, sentence)
    return expected


def test_shipped_rule_patterns_are_searched_one_by_one() -> None:
    """Every shipped rule's patterns are kept apart (the fast path the test below checks)."""
    with_patterns = [rule for rule in _EXTRACTOR._rules if rule.patterns]
    assert with_patterns
    assert all(_EXTRACTOR._pattern_regexes[rule.id].branches for rule in with_patterns)


def test_rule_patterns_kept_apart_find_their_alternation_s_matches_in_the_tables() -> None:
    """Over every sentence of the detection tables, the patterns searched one by one find
    exactly the matches of the one alternation of them, in order."""
    from detection_cases import FOUND, NOT_MEASURES

    sentences = [case[0] for case in FOUND] + list(NOT_MEASURES) + MEASURE_SENTENCES
    matched = 0
    for rule in _EXTRACTOR._rules:
        if rule.patterns:
            for sentence in sentences:
                matched += bool(_rule_pattern_matches(rule.id, sentence))
    assert matched > 0  # the tables do exercise the patterns


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PATTERN_WORDS), st.sampled_from(_PATTERN_GAPS)),
                max_size=30))
def test_rule_patterns_kept_apart_find_their_alternation_s_matches(
        pieces: list[tuple[str, str]]) -> None:
    """On text made of the patterns' own words, the patterns searched one by one (each
    behind its own screen) find exactly the overlapped matches of their alternation."""
    sentence = "".join(word + gap for word, gap in pieces)
    for rule in _EXTRACTOR._rules:
        if rule.patterns:
            _rule_pattern_matches(rule.id, sentence)
