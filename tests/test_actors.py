"""The actor gazetteer: names, demonyms, metonyms, bodies, leaders, ambiguity, data integrity."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policymeasures.actors import (
    CURRENCY_FORM,
    FIRM_FORM,
    FORMS,
    FORUM_FORM,
    ActorMention,
    Gazetteer,
    default_gazetteer,
    resolve_actor,
    validate_entries,
)
from policymeasures.errors import RuleError
from policymeasures.records import Actor

D = datetime.date
ISO_ALPHA3 = frozenset(
    line.strip()
    for line in (Path(__file__).parent / "data" / "iso3166_alpha3.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)
# Codes that are not ISO 3166-1 alpha-3 in force: the EU, former states (ISO 3166-3),
# Kosovo's user-assigned code and the organisations that set measures.
SPECIAL_CODES = frozenset(
    {"EU", "SUN", "DDR", "CSK", "YUG", "SCG", "YMD", "ANT", "XKX"}
    | {"WTO", "UN", "ICO", "ICCO", "OPEC", "COCOM", "ASEAN", "MERCOSUR", "EFTA", "EAEU", "GCC"}
    | {"ECOWAS", "SACU", "AU", "CARICOM", "G7", "G20", "IEA", "IMF", "BRICS"}
)


def codes(text: str, on: datetime.date | None = None) -> list[str]:
    return [m.actor.code for m in default_gazetteer().find(text, on=on)]


def mentions(text: str, on: datetime.date | None = None) -> list[tuple[str, str, str]]:
    return [(m.actor.text, m.actor.code, m.form) for m in default_gazetteer().find(text, on=on)]


# ---------------------------------------------------------------- countries and demonyms

COUNTRY_CASES = [
    ("United States", "USA", "name"),
    ("United States of America", "USA", "name"),
    ("America", "USA", "name"),
    ("U.S.", "USA", "abbreviation"),
    ("US", "USA", "abbreviation"),
    ("USA", "USA", "abbreviation"),
    ("U.S.A.", "USA", "abbreviation"),
    ("U.K.", "GBR", "abbreviation"),
    ("UK", "GBR", "abbreviation"),
    ("Britain", "GBR", "name"),
    ("Great Britain", "GBR", "name"),
    ("UAE", "ARE", "abbreviation"),
    ("United Arab Emirates", "ARE", "name"),
    ("S. Korea", "KOR", "name"),
    ("South Korea", "KOR", "name"),
    ("ROK", "KOR", "abbreviation"),
    ("North Korea", "PRK", "name"),
    ("Taiwan", "TWN", "name"),
    ("Chinese Taipei", "TWN", "name"),
    ("Hong Kong", "HKG", "name"),
    ("Macau", "MAC", "name"),
    ("China", "CHN", "name"),
    ("People's Republic of China", "CHN", "name"),
    ("Japan", "JPN", "name"),
    ("Germany", "DEU", "name"),
    ("Netherlands", "NLD", "name"),
    ("Holland", "NLD", "name"),
    ("Ivory Coast", "CIV", "name"),
    ("Côte d'Ivoire", "CIV", "name"),
    ("Turkey", "TUR", "name"),
    ("Türkiye", "TUR", "name"),
    ("Vietnam", "VNM", "name"),
    ("Viet Nam", "VNM", "name"),
    ("Czechia", "CZE", "name"),
    ("Eswatini", "SWZ", "name"),
    ("Burma", "MMR", "name"),
    ("Myanmar", "MMR", "name"),
    ("Democratic Republic of Congo", "COD", "name"),
    ("Congo", "COD", "name"),
    ("Republic of the Congo", "COG", "name"),
    ("Greenland", "GRL", "name"),
    ("New Caledonia", "NCL", "name"),
    ("Chinese", "CHN", "demonym"),
    ("Japanese", "JPN", "demonym"),
    ("Dutch", "NLD", "demonym"),
    ("Argentine", "ARG", "demonym"),
    ("Argentinian", "ARG", "demonym"),
    ("Filipino", "PHL", "demonym"),
    ("Philippine", "PHL", "demonym"),
    ("American", "USA", "demonym"),
    ("European", "EU", "demonym"),
    ("Soviet", "SUN", "demonym"),
    ("Swiss", "CHE", "demonym"),
    ("Saudi", "SAU", "demonym"),
    ("South Korean", "KOR", "demonym"),
    ("Taiwanese", "TWN", "demonym"),
]


@pytest.mark.parametrize(("name", "code", "form"), COUNTRY_CASES)
def test_country_names_and_demonyms(name: str, code: str, form: str) -> None:
    """Each country name, short form, abbreviation and demonym is found with its form."""
    text = f"Officials said {name} would respond."
    assert mentions(text) == [(name, code, form)]


@pytest.mark.parametrize(("text", "expected"), [
    # a demonym in -an or -i has a plural for its people or government
    ("four Sri Lankans", [("Sri Lankans", "LKA", "demonym")]),
    ("two Iraqis and a Bahraini", [("Iraqis", "IRQ", "demonym"), ("Bahraini", "BHR", "demonym")]),
    ("talks with the Canadians", [("Canadians", "CAN", "demonym")]),
    # the others have none
    ("the Chineses", []),
    ("the Frenchs", []),
])
def test_plural_demonyms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions(text) == expected


def test_a_foreign_law_named_like_a_us_body_is_no_mention() -> None:
    assert codes("a notice under the International Trade Administration Act 2002") == []
    assert codes("the International Trade Administration said") == ["USA"]


def test_accented_names_as_sgml_entities() -> None:
    """Official notices spell accented letters as SGML entities: "T[uuml]rkiye"."""
    assert mentions("rebar from the Republic of T[uuml]rkiye (T[uuml]rkiye)") == [
        ("Republic of T[uuml]rkiye", "TUR", "name"), ("T[uuml]rkiye", "TUR", "name")]


def test_every_iso_country_has_a_name() -> None:
    """Every ISO 3166-1 alpha-3 code is reachable from at least one name."""
    assert default_gazetteer().codes() >= ISO_ALPHA3


def test_actor_name_is_canonical() -> None:
    """Actor.name is the jurisdiction's canonical English name whatever words named it."""
    found = default_gazetteer().find("Washington, Beijing and Brussels")
    assert [m.actor.name for m in found] == ["United States", "China", "European Union"]


# ---------------------------------------------------------------- metonyms and blocs

METONYM_CASES = [
    ("Washington", "USA"),
    ("the White House", "USA"),
    ("Beijing", "CHN"),
    ("Peking", "CHN"),
    ("Tokyo", "JPN"),
    ("Brussels", "EU"),
    ("Ottawa", "CAN"),
    ("Paris", "FRA"),
    ("London", "GBR"),
    ("Berlin", "DEU"),
    ("New Delhi", "IND"),
    ("Seoul", "KOR"),
    ("Canberra", "AUS"),
    ("Brasilia", "BRA"),
    ("Mexico City", "MEX"),
    ("Pretoria", "ZAF"),
    ("Ankara", "TUR"),
    ("Riyadh", "SAU"),
    ("Jakarta", "IDN"),
    ("Taipei", "TWN"),
]


@pytest.mark.parametrize(("name", "code"), METONYM_CASES)
def test_capitals_are_metonyms(name: str, code: str) -> None:
    """Capitals and seats of government resolve to their jurisdiction as metonyms."""
    found = default_gazetteer().find(f"{name} said on Monday it would act.")
    assert [(m.actor.code, m.form) for m in found] == [(code, "metonym")]


BLOC_CASES = [
    ("EU", "EU"),
    ("E.U.", "EU"),
    ("European Union", "EU"),
    ("EC", "EU"),
    ("E.C.", "EU"),
    ("European Community", "EU"),
    ("European Communities", "EU"),
    ("EEC", "EU"),
    ("the Common Market", "EU"),
    ("the Community", "EU"),
    ("the Commission", "EU"),
    ("European Commission", "EU"),
    ("European Parliament", "EU"),
    ("the Council", "EU"),
    ("ICO", "ICO"),
    ("International Coffee Organization", "ICO"),
    ("BRICS", "BRICS"),
    ("OPEC", "OPEC"),
    ("UN", "UN"),
    ("United Nations", "UN"),
    ("Security Council", "UN"),
    ("WTO", "WTO"),
    ("CoCom", "COCOM"),
    ("COCOM", "COCOM"),
    ("ASEAN", "ASEAN"),
    ("Mercosur", "MERCOSUR"),
]


@pytest.mark.parametrize(("name", "code"), BLOC_CASES)
def test_blocs_and_organisations(name: str, code: str) -> None:
    """Blocs, the EU's predecessors and its institutions, and organisations resolve."""
    assert codes(f"On Monday {name} agreed to act.") == [code]


def test_lowercase_community_is_not_the_eu() -> None:
    """Only the capitalised "the Community" is the EU; "the community" is nobody."""
    assert codes("leaders of the community agreed") == []


# ---------------------------------------------------------------- bodies and programmes

BODY_CASES = [
    ("the White House", "USA"),
    ("USTR", "USA"),
    ("U.S. Trade Representative", "USA"),
    ("the Commerce Department", "USA"),
    ("Department of Commerce", "USA"),
    ("Commerce", "USA"),
    ("BIS", "USA"),
    ("Bureau of Industry and Security", "USA"),
    ("ITA", "USA"),
    ("OFAC", "USA"),
    ("the Treasury", "USA"),
    ("CBP", "USA"),
    ("USDA", "USA"),
    ("Agriculture Department", "USA"),
    ("CCC", "USA"),
    ("Commodity Credit Corporation", "USA"),
    ("Export Enhancement Program", "USA"),
    ("EEP", "USA"),
    ("Congress", "USA"),
    ("the Senate", "USA"),
    ("the House of Representatives", "USA"),
    ("the House", "USA"),
    ("U.S. International Trade Commission", "USA"),
    ("ITC", "USA"),
    ("USITC", "USA"),
    ("the EAR", "USA"),
    ("ITAR", "USA"),
    ("the Entity List", "USA"),
    ("HTSUS", "USA"),
    ("MOFCOM", "CHN"),
    ("Ministry of Commerce", "CHN"),
    ("the State Council", "CHN"),
    ("NDRC", "CHN"),
    ("MITI", "JPN"),
    ("METI", "JPN"),
    ("the Diet", "JPN"),
    ("the European Commission", "EU"),
    ("the European Parliament", "EU"),
    ("Canada Border Services Agency", "CAN"),
    ("Secretaría de Economía", "MEX"),
    ("HM Treasury", "GBR"),
    ("DGFT", "IND"),
    ("MOTIE", "KOR"),
    ("Camex", "BRA"),
    ("Anti-Dumping Commission", "AUS"),
    ("State Duma", "RUS"),
    ("SECO", "CHE"),
    ("Bureau of Foreign Trade", "TWN"),
    ("Bundestag", "DEU"),
    ("Sri Lanka Customs", "LKA"),
    ("Special Commodity Levy", "LKA"),
    ("Natural Resources Canada", "CAN"),
    ("BMWK", "DEU"),
    ("Northern Australia Infrastructure Facility", "AUS"),
]


@pytest.mark.parametrize(("name", "code"), BODY_CASES)
def test_bodies_programmes_and_legislatures(name: str, code: str) -> None:
    """Agencies, legislatures, named programmes and regulations resolve to their country."""
    assert codes(f"A statement from {name} followed.") == [code]


def test_dated_bodies() -> None:
    """MITI gives way to METI in 2001; the BIS acronym counts only once the bureau exists;
    a party's government only while it governs."""
    assert codes("MITI said", on=D(1987, 3, 1)) == ["JPN"]
    assert codes("MITI said", on=D(2010, 3, 1)) == []
    assert codes("METI said", on=D(2010, 3, 1)) == ["JPN"]
    assert codes("the BIS said", on=D(1987, 3, 1)) == []
    assert codes("the BIS said", on=D(2020, 3, 1)) == ["USA"]
    assert codes("the NPP Government said", on=D(2023, 3, 1)) == []
    assert codes("the NPP Government said", on=D(2025, 3, 1)) == ["LKA"]
    # the Western allies' export-control committee, until it was dissolved in 1994
    assert codes("COCOM agreed", on=D(1987, 3, 1)) == ["COCOM"]
    assert codes("COCOM agreed", on=D(2010, 3, 1)) == []
    assert codes("the Department of War said", on=D(1987, 3, 1)) == []
    assert codes("the Department of War said", on=D(2025, 12, 1)) == ["USA"]


# ---------------------------------------------------------------- history

HISTORY_CASES = [
    ("Soviet Union", D(1987, 4, 1), ["SUN"]),
    ("USSR", D(1987, 4, 1), ["SUN"]),
    ("U.S.S.R.", D(1987, 4, 1), ["SUN"]),
    ("Soviet Union", D(1995, 1, 1), []),
    ("Moscow", D(1987, 4, 1), ["SUN"]),
    ("Moscow", D(1991, 12, 25), ["SUN"]),
    ("Moscow", D(1991, 12, 26), ["RUS"]),
    ("the Kremlin", D(1987, 4, 1), ["SUN"]),
    ("the Kremlin", D(2022, 3, 1), ["RUS"]),
    ("Russia", D(2022, 3, 1), ["RUS"]),
    ("West Germany", D(1987, 4, 1), ["DEU"]),
    ("Bonn", D(1987, 4, 1), ["DEU"]),
    ("East Germany", D(1987, 4, 1), ["DDR"]),
    ("East Germany", D(1995, 4, 1), []),
    ("Czechoslovakia", D(1987, 4, 1), ["CSK"]),
    ("Yugoslavia", D(1987, 4, 1), ["YUG"]),
    ("Burma", D(1987, 4, 1), ["MMR"]),
    ("CoCom", D(1987, 4, 1), ["COCOM"]),
    ("CoCom", D(2000, 1, 1), []),
]


@pytest.mark.parametrize(("name", "on", "expected"), HISTORY_CASES)
def test_historical_jurisdictions(name: str, on: datetime.date, expected: list[str]) -> None:
    """Former states and dated names resolve only inside their date range."""
    assert codes(f"Officials in {name} said", on=on) == expected


def test_moscow_without_a_date_is_current() -> None:
    """With no date every meaning counts, and the one still in force is chosen."""
    assert codes("Moscow said") == ["RUS"]
    assert codes("the Soviet Union said") == ["SUN"]


# ---------------------------------------------------------------- people

LEADER_CASES = [
    ("Reagan", D(1987, 4, 1), "USA"),
    ("President Reagan", D(1987, 4, 1), "USA"),
    ("Yeutter", D(1987, 4, 1), "USA"),
    ("Treasury Secretary James Baker", D(1987, 4, 1), "USA"),
    ("Lyng", D(1987, 4, 1), "USA"),
    ("Nakasone", D(1987, 4, 1), "JPN"),
    ("Thatcher", D(1987, 4, 1), "GBR"),
    ("Kohl", D(1987, 4, 1), "DEU"),
    ("Gorbachev", D(1987, 4, 1), "SUN"),
    ("Mitterrand", D(1987, 4, 1), "FRA"),
    ("De Clercq", D(1987, 4, 1), "EU"),
    ("Clinton", D(1995, 4, 1), "USA"),
    ("George W. Bush", D(2003, 4, 1), "USA"),
    ("Obama", D(2012, 4, 1), "USA"),
    ("Trump", D(2018, 7, 6), "USA"),
    ("President Trump", D(2025, 10, 1), "USA"),
    ("Donald Trump", D(2025, 10, 1), "USA"),
    ("Biden", D(2022, 10, 7), "USA"),
    ("Katherine Tai", D(2022, 10, 7), "USA"),
    ("Lighthizer", D(2018, 7, 6), "USA"),
    ("Ross", D(2018, 3, 1), "USA"),
    ("Raimondo", D(2023, 8, 1), "USA"),
    ("Lutnick", D(2025, 4, 2), "USA"),
    ("Scott Bessent", D(2025, 5, 12), "USA"),
    ("Greer", D(2025, 5, 12), "USA"),
    ("Mnuchin", D(2019, 5, 1), "USA"),
    ("Xi Jinping", D(2025, 10, 30), "CHN"),
    ("Li Keqiang", D(2015, 1, 1), "CHN"),
    ("Li Qiang", D(2024, 1, 1), "CHN"),
    ("Vice Premier He Lifeng", D(2025, 5, 12), "CHN"),
    ("Liu He", D(2019, 10, 11), "CHN"),
    ("Wang Wentao", D(2024, 1, 1), "CHN"),
    ("Ursula von der Leyen", D(2025, 7, 27), "EU"),
    ("Sefcovic", D(2025, 7, 27), "EU"),
    ("Hogan", D(2020, 1, 15), None),
    ("Commissioner Hogan", D(2020, 1, 15), "EU"),
    ("Malmström", D(2018, 6, 1), "EU"),
    ("Mandelson", D(2006, 1, 1), "EU"),
    ("Mandelson", D(2009, 1, 1), "GBR"),
    ("Lamy", D(2002, 1, 1), "EU"),
    ("Lamy", D(2008, 1, 1), "WTO"),
    ("Carney", D(2025, 6, 1), "CAN"),
    ("Trudeau", D(2018, 6, 1), "CAN"),
    ("Modi", D(2025, 8, 27), "IND"),
    ("Ishiba", D(2025, 7, 22), "JPN"),
    ("Kishida", D(2022, 7, 1), "JPN"),
    ("Abe", D(2019, 1, 1), "JPN"),
    ("Takaichi", D(2025, 11, 1), "JPN"),
    ("Sheinbaum", D(2025, 3, 4), "MEX"),
    ("Lula", D(2025, 7, 9), "BRA"),
    ("Starmer", D(2025, 5, 8), "GBR"),
    ("Sunak", D(2023, 5, 8), "GBR"),
    ("Merz", D(2025, 7, 1), "DEU"),
    ("Scholz", D(2023, 7, 1), "DEU"),
    ("Macron", D(2025, 7, 1), "FRA"),
    ("Putin", D(2022, 3, 1), "RUS"),
    ("President Moon", D(2019, 8, 2), "KOR"),
    ("Anura Kumara Dissanayake", D(2025, 4, 20), "LKA"),
    ("President Dissanayake", D(2025, 4, 20), "LKA"),
    ("Ranil Wickremesinghe", D(2023, 6, 1), "LKA"),
    ("President Muizzu", D(2024, 7, 1), "MDV"),
    ("Muhammad Yunus", D(2025, 2, 1), "BGD"),
    ("Shehbaz Sharif", D(2025, 5, 1), "PAK"),
]


@pytest.mark.parametrize(("name", "on", "code"), LEADER_CASES)
def test_leaders_in_office(name: str, on: datetime.date, code: str | None) -> None:
    """A leader or trade official resolves to the jurisdiction served on that date."""
    found = default_gazetteer().find(f"On Friday {name} said talks would go on.", on=on)
    if code is None:
        assert found == []
    else:
        assert [(m.actor.text, m.actor.code, m.form) for m in found] == [(name, code, "person")]


OUT_OF_OFFICE_CASES = [
    ("Trump", D(1987, 4, 1)),
    ("President Trump", D(1987, 4, 1)),
    ("Donald Trump", D(2022, 6, 1)),
    ("Reagan", D(2020, 1, 1)),
    ("Nakasone", D(1995, 1, 1)),
    ("Biden", D(2019, 1, 1)),
    ("Katherine Tai", D(2025, 6, 1)),
    ("Lighthizer", D(2023, 1, 1)),
    ("Xi Jinping", D(2005, 1, 1)),
    ("Gorbachev", D(1995, 1, 1)),
    ("Yeutter", D(1984, 1, 1)),
    ("Ishiba", D(2026, 1, 1)),
    ("Ranil Wickremesinghe", D(2025, 1, 1)),
    ("Shehbaz Sharif", D(2023, 12, 1)),
    # elected, not yet sworn in
    ("President-elect Trump", D(2024, 12, 1)),
    ("President-elect Biden", D(2020, 12, 1)),
]


@pytest.mark.parametrize(("name", "on"), OUT_OF_OFFICE_CASES)
def test_leaders_out_of_office(name: str, on: datetime.date) -> None:
    """Outside every term of office a person's name is no actor mention at all."""
    assert default_gazetteer().find(f"On Friday {name} said talks would go on.", on=on) == []


def test_person_without_date_resolves_under_any_term() -> None:
    """With no date a person resolves under any of their terms."""
    assert codes("Trump said") == ["USA"]
    assert codes("Lamy said") == ["WTO"]  # the latest term wins
    assert codes("Nakasone said") == ["JPN"]


def test_title_of_a_former_official_still_names_the_body() -> None:
    """ "U.S. Trade Representative X" out of X's term still names the USTR as a body."""
    found = default_gazetteer().find("U.S. Trade Representative Katherine Tai", on=D(2026, 1, 1))
    assert [(m.actor.text, m.form) for m in found] == [("U.S. Trade Representative", "body")]


# ---------------------------------------------------------------- ambiguity

AMBIGUITY_CASES = [
    ("Let us know what you think.", []),
    ("The U.S. and US officials met.", ["USA", "USA"]),
    ("They roasted a turkey for the holiday.", []),
    ("Turkey raised duties.", ["TUR"]),
    ("Fine china and porcelain sold well.", []),
    ("China raised duties.", ["CHN"]),
    ("Apple growers in Washington state worried.", []),
    ("Washington State University economists said", []),
    # a region resolves to its own country, never to the one its name contains
    ("Prices in New Mexico rose.", ["USA"]),
    ("Mexico raised duties.", ["MEX"]),
    ("Papua New Guinea and Guinea signed.", ["PNG", "GIN"]),
    ("Equatorial Guinea and Guinea-Bissau signed.", ["GNQ", "GNB"]),
    ("Niger and Nigeria signed.", ["NER", "NGA"]),
    ("Dominica and the Dominican Republic signed.", ["DMA", "DOM"]),
    ("Michael Jordan visited.", []),
    ("Jordan cut tariffs.", ["JOR"]),
    ("Bank of China raised its forecast.", []),
    ("Air China and China Eastern added flights.", []),
    ("Japan Tobacco shares fell.", []),
    ("American Express and American Airlines reported.", []),
    ("British Airways cut flights.", []),
    ("US Steel and U.S. Steel are one company.", []),
    ("Georgia peanut farmers complained.", []),
    ("Chad and Mali signed.", ["TCD", "MLI"]),
    ("chad and mali", []),
    ("Latin America and North America", []),
    ("The US$5 bln plan", []),
    ("British Columbia lumber mills", ["CAN"]),
    ("New South Wales and Queensland farmers", ["AUS", "AUS"]),
    ("the Chamber of Commerce said", []),
    ("Brazil's Commerce Ministry said", ["BRA"]),
]


@pytest.mark.parametrize(("text", "expected"), AMBIGUITY_CASES)
def test_ambiguous_names(text: str, expected: list[str]) -> None:
    """Pronouns, common nouns, places elsewhere, people and companies are not jurisdictions."""
    assert codes(text) == expected


def test_georgia_resolves_only_when_asked() -> None:
    """Bare "Georgia" is never found in text (the US state) but resolve() gives the country."""
    assert codes("Georgia said") == []
    assert codes("Tbilisi said") == ["GEO"]
    actor = resolve_actor("Georgia")
    assert actor is not None and actor.code == "GEO"


def test_longest_match_and_hyphens() -> None:
    """The longest name wins, and names joined by hyphens are found separately."""
    assert mentions("U.S.-China trade") == [
        ("U.S.", "USA", "abbreviation"),
        ("China", "CHN", "name"),
    ]
    assert codes("South Korean and North Korean officials") == ["KOR", "PRK"]
    assert codes("East German and West German officials", on=D(1987, 1, 1)) == ["DDR", "DEU"]


def test_names_across_line_breaks() -> None:
    """A name broken across a line or spaced twice is still one mention."""
    text = "the United\nStates and the European  Union"
    found = default_gazetteer().find(text)
    assert [m.actor.code for m in found] == ["USA", "EU"]
    assert [m.actor.text for m in found] == ["United\nStates", "European  Union"]


# ---------------------------------------------------------------- resolve

RESOLVE_CASES = [
    ("United States", "USA"),
    ("  united states ", "USA"),
    ("UNITED STATES", "USA"),
    ("the Commerce Department", "USA"),
    ("Commerce Department", "USA"),
    ("President Trump", "USA"),
    ("Cote D'ivoire", "CIV"),
    ("Trinidad And Tobago", "TTO"),
    ("Republic of Turkiye", "TUR"),
    ("Plurinational State of Bolivia", "BOL"),
    ("United Republic of Tanzania", "TZA"),
    ("DR Congo", "COD"),
    ("Viet Nam", "VNM"),
    ("european union", "EU"),
    ("U.S.", "USA"),
]


@pytest.mark.parametrize(("name", "code"), RESOLVE_CASES)
def test_resolve(name: str, code: str) -> None:
    """resolve_actor() takes a whole name, ignoring outer spaces and case except in acronyms."""
    actor = resolve_actor(name)
    stripped = name.strip()
    assert actor == Actor(code, actor.name if actor else "", stripped, 0, len(stripped))


@pytest.mark.parametrize("name", ["", "   ", "us", "usa", "the", "Atlantis", "United States Steel"])
def test_resolve_none(name: str) -> None:
    """Empty text, lowercase acronyms, unknown names and blocked phrases resolve to nothing."""
    assert resolve_actor(name) is None


def test_resolve_respects_dates() -> None:
    """A dated name resolves only on a date inside its range."""
    reagan = Actor("USA", "United States", "Reagan", 0, 6)
    assert resolve_actor("Reagan", on=D(1987, 1, 1)) == reagan
    assert resolve_actor("Reagan", on=D(2001, 1, 1)) is None


# ---------------------------------------------------------------- the engine on tiny data

TINY = [
    {"code": "AAA", "name": "Aland", "names": ["Aland"], "demonyms": ["Alandic"]},
    {"code": "BBB", "name": "Bland", "metonyms": ["Bcity"], "to": "2000-01-01"},
    {"code": "CCC", "name": "Cland", "metonyms": ["Bcity"], "from": "2000-01-01"},
    {"code": "AAA", "persons": ["Ann Ames", "Ames"], "titled": ["Ann"], "from": "1990-01-01"},
    {"blocked": ["Aland Bank"], "titles": ["Queen"]},
]


def test_tiny_gazetteer() -> None:
    """The engine works on a small entry list: forms, dates, titles and blocked phrases."""
    g = Gazetteer.from_entries(TINY)
    found = g.find("Alandic Bcity, Queen Ann and Ames met; Aland Bank too.", on=D(1995, 1, 1))
    assert found == [
        ActorMention(Actor("AAA", "Aland", "Alandic", 0, 7), "demonym"),
        ActorMention(Actor("BBB", "Bland", "Bcity", 8, 13), "metonym"),
        ActorMention(Actor("AAA", "Aland", "Queen Ann", 15, 24), "person"),
        ActorMention(Actor("AAA", "Aland", "Ames", 29, 33), "person"),
    ]
    assert [m.actor.code for m in g.find("Bcity", on=D(2005, 1, 1))] == ["CCC"]
    assert g.find("Ann said") == []  # a titled-only name needs its title
    assert len(g) == 6 and g.codes() == {"AAA", "BBB", "CCC"}


def test_a_currency_names_the_one_jurisdiction_that_issues_it() -> None:
    """``currencies`` make a figure priced in one name its issuer, with the figure as the
    words; a currency nobody claims names nobody; a user entry may add one."""
    g = Gazetteer.from_entries([*TINY, {"code": "AAA", "currencies": ["AAD"]}])
    text = "a levy of 5 AAD per tonne"
    assert g.issuer("AAD", text, 10, 25) == ActorMention(
        Actor("AAA", "Aland", "5 AAD per tonne", 10, 25), CURRENCY_FORM)
    assert g.issuer("USD", text, 10, 25) is None
    merged = g.merged([{"code": "BBB", "currencies": ["BBD"]}])
    assert merged.issuer("BBD", "9 BBD", 0, 5) is not None
    assert default_gazetteer().issuer("ECU", "9 Ecus", 0, 6) is not None


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"currencies": ["AAD"]}, "'currencies' need a 'code'"),
        ({"code": "BBB", "currencies": ["AAD"]}, "already issued by AAA"),
        ({"code": "AAA", "currencies": [""]}, "empty name"),
        ({"code": "AAA", "currencies": "AAD"}, None),
    ],
)
def test_currency_entries_are_checked(entry: dict[str, object], problem: str | None) -> None:
    problems = validate_entries([*TINY, {"code": "AAA", "currencies": ["AAD"]}, entry])
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_a_name_inside_a_company_name_is_the_firms_home() -> None:
    """A place's name, a few capitalised words and a company's suffix name a company: the
    mention says where it is from (form ``firm``), for targets, but never the state acting.
    Without the suffix, or with a lower-case word between, the name is the place."""
    g = Gazetteer.from_entries([*TINY, {"company_suffixes": ["Co.", "Ltd"]}])
    found = g.find("Aland Steel Wire Co. and Aland Mills Ltd sold to Aland steel users.")
    assert [(m.actor.text, m.form) for m in found] == [
        ("Aland", FIRM_FORM), ("Aland", FIRM_FORM), ("Aland", "name")]
    assert [m.form for m in g.find("Aland Northern Rare Earth (Group) High-Tech Co.")] == [
        FIRM_FORM]
    assert [m.form for m in g.find("Aland Co-operative members")] == ["name"]
    assert [m.form for m in g.find("Aland said its steel Co. sold more")] == ["name"]
    assert [m.form for m in default_gazetteer().find("Korea Electric Power Corp said")] == [
        FIRM_FORM]


def test_forums_are_found_with_their_own_form() -> None:
    """The WTO and the GATT are forums: found, but with a form the reader leaves out."""
    assert [(m.actor.code, m.form) for m in default_gazetteer().find(
        "a complaint to the WTO under the GATT")] == [("WTO", FORUM_FORM), ("WTO", FORUM_FORM)]


def test_merged_user_entries_override() -> None:
    """A user's names replace built-in meanings, blocked phrases stop matching, codes carry over."""
    g = Gazetteer.from_entries(TINY).merged(
        [
            {"code": "AAA", "metonyms": ["Bcity"]},
            {"code": "DDD", "name": "Dland", "names": ["Dland"]},
            {"blocked": ["Aland"]},
        ]
    )
    assert [m.actor.code for m in g.find("Bcity, Dland and Aland", on=D(1995, 1, 1))] == [
        "AAA",
        "DDD",
    ]


def test_merged_leaves_the_original_unchanged() -> None:
    """merged() returns a new gazetteer; the one it was called on is immutable."""
    g = Gazetteer.from_entries(TINY)
    g.merged([{"blocked": ["Aland"]}])
    assert [m.actor.code for m in g.find("Aland")] == ["AAA"]


def test_problems_are_reported_together() -> None:
    """Invalid entries raise one RuleError listing every problem with its entry."""
    bad = [
        {"code": "AAA", "name": "Aland", "names": ["Aland"], "colour": "red"},
        {"names": ["Nowhere"]},
        {"code": "ZZZ", "names": ["Zland"]},
        {"code": "BBB", "name": "Bland", "names": ["Aland"]},
        {"code": "AAA", "persons": ["Ames"], "from": "not a date"},
        {"code": "AAA", "persons": ["Ames"], "from": "2000-01-01", "to": "1999-01-01"},
    ]
    with pytest.raises(RuleError) as info:
        Gazetteer.from_entries(bad)
    text = str(info.value)
    assert len(info.value.problems) >= 6
    for fragment in ["colour", "actors[1]", "'ZZZ'", "'Aland' means both", "not an ISO", "after"]:
        assert fragment in text


# ---------------------------------------------------------------- data integrity


def test_every_code_is_known() -> None:
    """Every code is an ISO 3166-1 alpha-3 code in force or an allowed special code."""
    assert default_gazetteer().codes() <= ISO_ALPHA3 | SPECIAL_CODES


def test_names_are_capitalised_and_start_with_a_letter() -> None:
    """Every name holds a capital (so lowercase words never match) and starts with a letter."""
    for surface in default_gazetteer().names():
        assert any(ch.isupper() for ch in surface), surface
        assert surface[0].isalpha(), surface


def test_no_name_means_two_codes_at_once() -> None:
    """No name maps to two codes over overlapping dates (loading would raise RuleError)."""
    names = default_gazetteer().names()
    shared = {surface for surface, meanings in names.items() if len({c for c, _ in meanings}) > 1}
    assert "Moscow" in shared and "Lamy" in shared  # date-bounded, so allowed
    assert all(form in FORMS for meanings in names.values() for _, form in meanings)


def test_gazetteer_size() -> None:
    """The shipped gazetteer covers thousands of names."""
    assert len(default_gazetteer()) > 2000


# ---------------------------------------------------------------- properties

SURFACES = sorted(default_gazetteer().names())
COMMON_WORDS = st.sampled_from(
    [
        "us",
        "china",
        "turkey",
        "chad",
        "mali",
        "jordan",
        "guinea",
        "niger",
        "commerce",
        "congress",
        "treasury",
        "house",
        "senate",
        "diet",
        "community",
        "commission",
        "council",
        "washington",
        "america",
        "european",
        "the",
        "of",
        "and",
        "said",
        "trade",
        "tariffs",
        "on",
        "imports",
        "president",
        "trump",
        "reagan",
        "state",
        "bank",
        "air",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(COMMON_WORDS, max_size=30).map(" ".join))
def test_lowercase_words_never_fire(text: str) -> None:
    """Text with no capital letter holds no actor mention."""
    assert default_gazetteer().find(text) == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(SURFACES), st.text(max_size=12)), max_size=8),
    st.one_of(st.none(), st.dates(D(1980, 1, 1), D(2026, 12, 31))),
)
def test_offsets_slice_the_mention(parts: list[str], on: datetime.date | None) -> None:
    """Every mention's offsets slice its text, in order and without overlap."""
    text = " ".join(parts)
    found = default_gazetteer().find(text, on=on)
    end = 0
    for mention in found:
        actor = mention.actor
        assert text[actor.start : actor.end] == actor.text
        assert actor.start >= end
        end = actor.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_find_never_crashes(text: str) -> None:
    """find() and resolve() accept any string."""
    default_gazetteer().find(text)
    default_gazetteer().resolve(text)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SURFACES), st.sampled_from([" ", "  ", "\n", "\t "]))
def test_resolve_ignores_case_and_spacing(surface: str, space: str) -> None:
    """A name resolves the same way in upper case or with odd spacing, except acronyms' case."""
    expected = resolve_actor(surface)
    assert resolve_actor(f"{space}{surface.replace(' ', space)}{space}") is not None
    if expected is not None and not surface.isupper():
        upper = resolve_actor(surface.upper())
        assert upper is not None
        assert upper.code == expected.code


FILLED_OFFICE_CASES = [
    ("Carrie Lam", D(2019, 6, 12), "HKG"),
    ("Tung Chee-hwa", D(2000, 1, 1), "HKG"),
    ("Thani Al Zeyoudi", D(2023, 5, 1), "ARE"),
    ("Khalifa bin Zayed", D(2010, 1, 1), "ARE"),
    ("Hong Nam-ki", D(2020, 6, 1), "KOR"),
    ("Dijsselbloem", D(2015, 7, 1), "NLD"),
    ("Tremonti", D(2010, 6, 1), "ITA"),
    ("Minister Flaherty", D(2009, 1, 1), "CAN"),
    ("Solbes", D(2002, 1, 1), "EU"),
    ("Solbes", D(2006, 1, 1), "ESP"),
    ("Su Tseng-chang", D(2020, 1, 1), "TWN"),
    ("Vu Huy Hoang", D(2010, 1, 1), "VNM"),
    ("Andrzej Duda", D(2020, 1, 1), "POL"),
    ("Juppé", D(1996, 1, 1), "FRA"),
    ("Carrie Lam", D(2023, 1, 1), None),
    ("Hong Nam-ki", D(2023, 1, 1), None),
    ("Tremonti", D(2013, 1, 1), None),
    ("Khalifa bin Zayed", D(2023, 1, 1), None),
    ("Andrzej Duda", D(2025, 10, 1), None),
    ("Juppé", D(2000, 1, 1), None),
    ("Solbes", D(2010, 1, 1), None),
    ("Dijsselbloem", D(2019, 1, 1), None),
]


@pytest.mark.parametrize(("name", "on", "code"), FILLED_OFFICE_CASES)
def test_filled_offices_resolve_in_term(name: str, on: datetime.date, code: str | None) -> None:
    """Added leaders and finance and trade officials resolve only while in office."""
    actor = resolve_actor(name, on=on)
    assert (actor.code if actor else None) == code


def test_a_gap_between_offices_resolves_to_nobody() -> None:
    """A person out of office between two terms names no jurisdiction in the gap."""
    import datetime

    from policymeasures import resolve_actor

    assert resolve_actor("Macron", on=datetime.date(2017, 1, 1)) is None
    found = resolve_actor("Macron", on=datetime.date(2020, 1, 1))
    assert found is not None and found.code == "FRA"


@pytest.mark.parametrize(("sentence", "codes"), [
    # another first name before a leader's surname names another person
    ("Washington sanctioned the rapporteur Francesca Albanese in July.", ["USA"]),
    ("The plan, said Eric Trump, was his own.", []),
    # a known name, a title, a day or a sentence's first word before it does not
    ("In Canberra Albanese said talks would go on.", ["AUS", "AUS"]),
    ("On Tuesday Albanese said talks would go on.", ["AUS"]),
    ("Prime Minister Albanese said talks would go on.", ["AUS"]),
    ("Meanwhile Albanese said talks would go on.", ["AUS"]),
])
def test_a_namesake_is_not_the_leader(sentence: str, codes: list[str]) -> None:
    """Only a leader's bare surname resolves; "Francesca Albanese" is someone else."""
    found = default_gazetteer().find(sentence, on=D(2025, 8, 1))
    assert [m.actor.code for m in found] == codes
