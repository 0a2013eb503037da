"""Product lexicon: goods, sectors and technologies -> :class:`Product` with HS codes.

The terms live in ``data/default/products.toml``; each entry names a good, its aliases and its
Harmonized System codes (2, 4 or 6 digits). Matching ignores case, treats a hyphen like
a space ("rare-earth" = "rare earth") and knows plurals ("battery" finds "batteries").

>>> [(p.text, p.hs) for p in default_product_lexicon().find("tariffs on Soybeans and EVs")]
[('Soybeans', ('1201',)), ('EVs', ('870380',))]
>>> resolve_product("Japanese semiconductors").hs
('8541', '8542')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import regex

from policymeasures._data import lexicon_entries, load_toml
from policymeasures._trie import compile_scanner, trie_pattern
from policymeasures.errors import RuleError
from policymeasures.records import Product

__all__ = ["ProductLexicon", "default_product_lexicon", "resolve_product", "validate_entries"]

_HS = regex.compile(r"\d{2}(?:\d{2}(?:\d{2})?)?")
# The standard library's "\s", like the scanner's (compile_scanner): it also takes the
# separator controls \x1c-\x1f, so whatever the scanner matched has a key.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2013]+")
_LETTERS = regex.compile(r"[^\W\d_]+")
_KNOWN_KEYS = frozenset({"name", "aliases", "hs", "blocked"})
#: Words that alone never name goods: resolve() gives None for a phrase made only of them.
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "for",
        "on",
        "in",
        "to",
        "from",
        "with",
        "by",
        "at",
        "as",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "some",
        "all",
        "any",
        "other",
        "such",
        "more",
        "most",
        "new",
        "it",
        "they",
        "we",
        "he",
        "she",
    }
)


def _key(surface: str) -> str:
    """How surfaces are compared: case-folded, hyphens and space runs as one space.

    >>> _key("Rare-Earth  Elements")
    'rare earth elements'
    """
    return _SEPARATORS.sub(" ", surface).strip().casefold()


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _inflections(surface: str) -> Iterator[str]:
    """A surface and the plural of its last word ("battery" -> "batteries")."""
    yield surface
    if surface[-1:].isalpha() and not surface.endswith("s"):
        head, _, last = surface.rpartition(" ")
        yield f"{head} {_plural(last)}".strip()


def validate_entries(entries: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every problem of ``[[products]]`` entries as the lexicon reads them ("products[2]: ...").

    The same reading as :meth:`ProductLexicon.from_entries` without compiling the terms.

    >>> validate_entries([{"name": "rice", "hs": ["1006x"]}])
    ["products[0] (rice): HS code '1006x' must be 2, 4 or 6 digits"]
    """
    try:
        _parse(entries, "products")
    except RuleError as exc:
        return exc.problems
    return []


def _parse(
    entries: Iterable[Mapping[str, Any]], origin: str
) -> tuple[dict[str, tuple[str, ...]], set[str]]:
    """Surfaces -> HS codes, and blocked phrases; raises RuleError listing every problem."""
    problems: list[str] = []
    listed: dict[str, tuple[str, ...]] = {}
    generated: dict[str, tuple[str, ...]] = {}
    owner: dict[str, str] = {}
    blocked: set[str] = set()
    for where, entry in lexicon_entries(entries, origin, _KNOWN_KEYS, problems):
        blocked.update(_key(phrase) for phrase in _string_list(entry, "blocked", where, problems))
        name = entry.get("name")
        if name is None:
            if "blocked" not in entry:
                problems.append(f"{where}: an entry needs a 'name' (or only 'blocked')")
            continue
        if not isinstance(name, str) or not _key(name):
            problems.append(f"{where}: 'name' must be a non-empty string")
            continue
        codes = _string_list(entry, "hs", where, problems)
        for code in codes:
            if not _HS.fullmatch(code):
                problems.append(f"{where} ({name}): HS code {code!r} must be 2, 4 or 6 digits")
        for surface in [name, *_string_list(entry, "aliases", where, problems)]:
            key = _key(surface)
            if owner.setdefault(key, name) != name:
                problems.append(f"{where}: {key!r} names both {owner[key]!r} and {name!r}")
            listed[key] = tuple(codes)
            for form in _inflections(key):
                generated.setdefault(form, tuple(codes))
    if problems:
        raise RuleError(problems)
    # A form listed in the data wins over a plural made for another entry.
    return {**generated, **listed}, blocked


def _string_list(entry: Mapping[str, Any], key: str, where: str, problems: list[str]) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.append(f"{where}: {key!r} must be a list of strings")
        return []
    return list(value)


class ProductLexicon:
    """Known goods compiled into one case-insensitive trie expression. Build once, reuse."""

    __slots__ = ("_blocked", "_entries", "_pattern", "_terms")

    def __init__(
        self,
        entries: Sequence[Mapping[str, Any]],
        terms: Mapping[str, tuple[str, ...]],
        blocked: Iterable[str],
    ) -> None:
        self._entries = tuple(entries)
        self._terms = dict(terms)
        self._blocked = frozenset(blocked)
        names = trie_pattern(set(self._terms) | self._blocked, separator=r"[\s\-\u2010-\u2013]+")
        self._pattern = compile_scanner(f"\\b(?<!-)(?:{names or '(?!)'})(?![\\w-])",
                                        ignore_case=True)

    @classmethod
    def from_entries(cls, entries: Iterable[Mapping[str, Any]]) -> ProductLexicon:
        """A lexicon of ``entries`` alone; raises :class:`RuleError` listing every problem."""
        entries = list(entries)
        terms, blocked = _parse(entries, "products")
        return cls(entries, terms, blocked)

    def merged(self, entries: Iterable[Mapping[str, Any]]) -> ProductLexicon:
        """This lexicon with a user's entries on top: a term the user lists takes their codes."""
        extra = list(entries)
        terms, blocked = _parse(extra, "user products")
        combined = {key: value for key, value in self._terms.items() if key not in blocked}
        combined.update(terms)
        return ProductLexicon(
            [*self._entries, *extra], combined, (self._blocked - set(terms)) | blocked
        )

    def find(self, text: str) -> list[Product]:
        """Every known product mention in ``text``, in order, longest term first."""
        _check_text(text)
        products = []
        for match in self._pattern.finditer(text):
            key = _key(match.group())
            if key in self._blocked:
                continue
            codes = self._terms[key]
            # attrs' converter=tuple leaves this parameter generic for mypy (records.py).
            products.append(Product(match.group(), match.start(), match.end(), codes))
        return products

    def resolve(self, text: str) -> Product | None:
        """A product phrase as one Product whose HS codes come from its head term.

        The last known term decides ("steel pipes" -> pipes); terms joined by "and",
        "or" or commas all count ("steel and aluminium"). A phrase with no known term
        is a product with no codes; empty or function-word-only text gives None.
        """
        _check_text(text)
        stripped = text.strip()
        words = _LETTERS.findall(stripped.casefold())
        if not words or all(word in _FUNCTION_WORDS for word in words):
            return None
        codes: list[str] = []
        found = self.find(stripped)
        for index, here in enumerate(found):
            after = found[index + 1] if index + 1 < len(found) else None
            if after is not None and not stripped[here.end : after.start].strip(" -"):
                continue  # a modifier of the next term: "steel" in "steel pipes"
            codes.extend(code for code in here.hs if code not in codes)
        # attrs' converter=tuple leaves this parameter generic for mypy (records.py).
        return Product(stripped, 0, len(stripped), tuple(codes))

    def __len__(self) -> int:
        """The number of distinct terms (with plurals) known."""
        return len(self._terms)

    def terms(self) -> dict[str, tuple[str, ...]]:
        """Each known term (case-folded) with its HS codes, for inspection and tests."""
        return dict(self._terms)


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")


def _default_entries() -> list[dict[str, Any]]:
    """The ``[[products]]`` entries of the packaged ``data/default/products.toml``."""
    entries: list[dict[str, Any]] = load_toml("default/products.toml").get("products", [])
    return entries


@functools.cache
def default_product_lexicon() -> ProductLexicon:
    """The lexicon built from the packaged ``data/default/products.toml``, built once."""
    return ProductLexicon.from_entries(_default_entries())


def resolve_product(text: str) -> Product | None:
    """Resolve a phrase with the default lexicon (see :meth:`ProductLexicon.resolve`)."""
    return default_product_lexicon().resolve(text)
