"""The product lexicon: terms to HS codes, plurals, case, heads, blocked phrases, integrity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policymeasures._data import load_toml
from policymeasures.errors import RuleError
from policymeasures.products import ProductLexicon, default_product_lexicon, resolve_product
from policymeasures.records import Product

HS_CASES = [
    ("wheat", ("1001",)),
    ("corn", ("1005",)),
    ("maize", ("1005",)),
    ("soybeans", ("1201",)),
    ("soybean", ("1201",)),
    ("soya beans", ("1201",)),
    ("soybean oil", ("1507",)),
    ("soybean meal", ("2304",)),
    ("rice", ("1006",)),
    ("sugar", ("1701",)),
    ("coffee", ("0901",)),
    ("cocoa", ("1801",)),
    ("cotton", ("5201",)),
    ("steel", ("72", "73")),
    ("aluminium", ("76",)),
    ("aluminum", ("76",)),
    ("copper", ("74",)),
    ("rare earths", ("2805", "2846")),
    ("rare-earth elements", ("2805", "2846")),
    ("rare earth metals", ("2805", "2846")),
    ("gallium", ("811292",)),
    ("germanium", ("811292",)),
    ("graphite", ("2504", "3801")),
    ("lithium", ("2825", "2836")),
    ("semiconductors", ("8541", "8542")),
    ("chips", ("8541", "8542")),
    ("high-end chips", ("8541", "8542")),
    ("solar panels", ("854143", "854142")),
    ("batteries", ("8507",)),
    ("battery", ("8507",)),
    ("cars", ("8703",)),
    ("electric vehicles", ("870380",)),
    ("EVs", ("870380",)),
    ("aircraft", ("8802",)),
    ("machinery", ("84",)),
    ("pharmaceuticals", ("30",)),
    ("lumber", ("4407",)),
    ("softwood lumber", ("4407",)),
    ("crude oil", ("2709",)),
    ("natural gas", ("2711",)),
    ("LNG", ("271111",)),
    ("fertilisers", ("31",)),
    ("fertilizer", ("31",)),
    ("beef", ("0201", "0202")),
    ("pork", ("0203",)),
    ("poultry", ("0207",)),
    ("dairy products", ("04",)),
    ("apparel", ("61", "62")),
    ("footwear", ("64",)),
    ("auto parts", ("8708",)),
    ("technology", ()),
    ("high-tech", ()),
    ("farm goods", tuple(f"{n:02d}" for n in range(1, 25))),
]


@pytest.mark.parametrize(("term", "hs"), HS_CASES)
def test_terms_to_hs(term: str, hs: tuple[str, ...]) -> None:
    """Each known term is found in a sentence with its HS codes."""
    text = f"The ministry curbed shipments of {term} on Monday."
    start = text.index(term)
    assert default_product_lexicon().find(text) == [Product(term, start, start + len(term), hs)]


FIND_CASES = [
    ("tariffs on Soybeans and WHEAT", ["Soybeans", "WHEAT"]),
    ("rare earth and rare-earth magnets", ["rare earth", "rare-earth magnets"]),
    ("curbs on rare\nearth elements", ["rare\nearth elements"]),
    ("soybean oil and soybeans", ["soybean oil", "soybeans"]),
    ("steel pipes and steel", ["steel pipes", "steel"]),
    ("the talks hope to iron out differences", []),
    ("a bargaining chip in the talks", []),
    ("a white paper on trade", []),
    ("greenhouse gas emissions", []),
    ("the cornerstone of the accord", []),
    ("Steelers and Corning shares", []),
    ("the leader said", []),
    # a trade case's placeholder names no goods
    ("sales of subject merchandise below normal value", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find(text: str, expected: list[str]) -> None:
    """find() ignores case, hyphens and line breaks, prefers longer terms and skips idioms."""
    assert [p.text for p in default_product_lexicon().find(text)] == expected


RESOLVE_CASES = [
    ("Japanese semiconductors", ("8541", "8542")),
    ("Chinese goods", ()),
    ("steel pipes", ("7304", "7305", "7306")),
    ("steel and aluminium", ("72", "73", "76")),
    ("wheat, corn and soybeans", ("1001", "1005", "1201")),
    ("U.S. soybeans", ("1201",)),
    ("widgets", ()),
    ("rare-earth elements", ("2805", "2846")),
    ("American dairy products", ("04",)),
]


@pytest.mark.parametrize(("phrase", "hs"), RESOLVE_CASES)
def test_resolve(phrase: str, hs: tuple[str, ...]) -> None:
    """resolve_product() gives the whole phrase with the codes of its head or coordinated terms."""
    assert resolve_product(f" {phrase} ") == Product(phrase, 0, len(phrase), hs)


@pytest.mark.parametrize("text", ["", "   ", "the", "of the", "123", "--"])
def test_resolve_none(text: str) -> None:
    """Empty text or text with no content word is not a product."""
    assert resolve_product(text) is None


# ---------------------------------------------------------------- engine on tiny data

TINY = [
    {"name": "widget", "aliases": ["gizmo", "whatsit box"], "hs": ["8479"]},
    {"name": "gadget", "hs": []},
    {"blocked": ["gadget show"]},
]


def test_tiny_lexicon() -> None:
    """Plurals are generated, aliases matched, blocked phrases skipped."""
    lexicon = ProductLexicon.from_entries(TINY)
    found = lexicon.find("Widgets, gizmos, whatsit-boxes, a gadget show and gadgets")
    assert [(p.text, p.hs) for p in found] == [
        ("Widgets", ("8479",)),
        ("gizmos", ("8479",)),
        ("whatsit-boxes", ("8479",)),
        ("gadgets", ()),
    ]


def test_merged_overrides_codes_and_blocks() -> None:
    """A user's entry re-codes a term and a user's block removes one; the original stays."""
    base = ProductLexicon.from_entries(TINY)
    merged = base.merged([{"name": "gadget", "hs": ["8543"]}, {"blocked": ["widget"]}])
    assert [(p.text, p.hs) for p in merged.find("widget and gadget")] == [("gadget", ("8543",))]
    assert [p.text for p in base.find("widget and gadget")] == ["widget", "gadget"]


def test_problems_are_reported_together() -> None:
    """Invalid entries raise one RuleError listing every problem."""
    bad = [
        {"name": "widget", "hs": ["84790"], "colour": "red"},
        {"aliases": ["nameless"]},
        {"name": "gizmo", "aliases": ["widget"], "hs": "8479"},
    ]
    with pytest.raises(RuleError) as info:
        ProductLexicon.from_entries(bad)
    text = str(info.value)
    for fragment in ["'84790'", "colour", "needs a 'name'", "'hs' must be a list", "names both"]:
        assert fragment in text


# ---------------------------------------------------------------- data integrity

ENTRIES = load_toml("default/products.toml")["products"]


def test_hs_codes_are_well_formed() -> None:
    """Every HS code is a string of 2, 4 or 6 digits whose chapter exists (01-97)."""
    for entry in ENTRIES:
        for code in entry.get("hs", []):
            assert len(code) in (2, 4, 6) and code.isdigit(), (entry["name"], code)
            assert 1 <= int(code[:2]) <= 97 and code[:2] != "77", (entry["name"], code)


def test_at_least_two_hundred_goods() -> None:
    """The shipped lexicon lists at least 200 goods, each named once."""
    names = [entry["name"] for entry in ENTRIES if "name" in entry]
    assert len(names) >= 200
    assert len(names) == len(set(names))


# ---------------------------------------------------------------- properties

TERMS = sorted(default_product_lexicon().terms())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TERMS), st.text(max_size=10)), max_size=8))
def test_offsets_slice_the_mention(parts: list[str]) -> None:
    """Every product's offsets slice its text, in order and without overlap."""
    text = " ".join(parts)
    end = 0
    for product in default_product_lexicon().find(text):
        assert text[product.start : product.end] == product.text
        assert product.start >= end
        end = product.end


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(TERMS))
def test_case_is_ignored(term: str) -> None:
    """A term is found with the same codes in upper, title or lower case."""
    lexicon = default_product_lexicon()
    expected = lexicon.terms()[term]
    for variant in (term, term.upper(), term.title()):
        found = lexicon.find(f"new curbs cover {variant} today")
        assert [p.hs for p in found] == [expected], variant


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_find_never_crashes(text: str) -> None:
    """find() and resolve() accept any string."""
    default_product_lexicon().find(text)
    default_product_lexicon().resolve(text)


def test_a_control_separator_between_words_is_a_space() -> None:
    """The scanner reads \\x1e as whitespace; the term it matched must still be found."""
    found = default_product_lexicon().find("duties on softwood\x1elumber")
    assert [p.text for p in found] == ["softwood\x1elumber"]
    assert found[0].hs == default_product_lexicon().find("softwood lumber")[0].hs
