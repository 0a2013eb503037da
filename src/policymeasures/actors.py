"""Gazetteer lookup: names, demonyms, capitals, bodies and leaders -> :class:`Actor`.

All names live in ``data/default/actors_*.toml``; this module only compiles them. A gazetteer
is built once from plain entries (the ``[[actors]]`` tables of a data or rule file) into
one regular expression shaped like a trie, so :meth:`Gazetteer.find` scans a sentence in
a single pass whatever the number of names, and backtracks at most over one name's length.

Matching is case-sensitive: the data lists capitalised forms ("US", "Turkey", "China"),
so the pronoun "us", the bird and the porcelain never match.

>>> gazetteer = default_gazetteer()
>>> [(m.actor.code, m.form) for m in gazetteer.find("Washington and Beijing")]
[('USA', 'metonym'), ('CHN', 'metonym')]
>>> resolve_actor("the Kremlin", on=datetime.date(1987, 3, 1)).code
'SUN'
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from policymeasures._data import data_path, lexicon_entries, load_toml
from policymeasures._trie import Scan, Scanner, compile_scanner, trie_pattern
from policymeasures.dates import CALENDAR_WORDS
from policymeasures.errors import RuleError
from policymeasures.records import Actor

__all__ = [
    "CURRENCY_FORM",
    "FIRM_FORM",
    "FORMS",
    "FORUM_FORM",
    "ActorMention",
    "Gazetteer",
    "default_gazetteer",
    "resolve_actor",
    "validate_entries",
]

#: The list keys of an entry and the mention form each gives its names.
_FORM_KEYS: dict[str, str] = {
    "names": "name",
    "abbreviations": "abbreviation",
    "demonyms": "demonym",
    "metonyms": "metonym",
    "bodies": "body",
    "persons": "person",
    "blocs": "bloc",
    "forums": "forum",
}
#: The mention forms, in the order of their list keys.
FORMS: tuple[str, ...] = tuple(_FORM_KEYS.values())
#: The form of a forum where members make rules and settle disputes ("the WTO", "the
#: GATT"): it sets no measure and is hit by none, so the reader leaves it out.
FORUM_FORM = "forum"
#: The form of a jurisdiction known only from the currency a measure is priced in ("a
#: restitution of 125 Ecus a tonne" is the EC's): never found in text as a name.
CURRENCY_FORM = "currency"
#: The form of a name inside a company's name ("Korea Electric Power Corp"): it says
#: where the company is from, and is never the state acting.
FIRM_FORM = "firm"

#: Lists of an entry that need no code: phrases that are never mentions, titles, and the
#: words that end a company's name.
_CONTROL_KEYS = ("blocked", "titles", "company_suffixes")
#: Other lists of an entry: person names heard only after a title ("President Moon"),
#: and names that resolve() accepts but find() never reports because they are ambiguous.
_EXTRA_KEYS = ("titled", "ambiguous")
# A capitalised word right before a leader's bare surname, itself after a lower-case word
# or a comma (so not a sentence's first word: "But Trump", "Meanwhile Xi"): another first
# name, so another person ("the sanctioning of Francesca Albanese", "said Eric Trump").
_OTHER_GIVEN_NAME = re.compile(r"[a-z,]\s+([A-Z][a-z]+)\s+$")
# Capitalised words before a name that are no first names: days and months.
# How far back from a surname that first name is looked for, in characters.
_GIVEN_NAME_REACH = 40
_SCALAR_KEYS = ("code", "name", "from", "to")
#: The ISO 4217 codes of the currencies a jurisdiction alone issues: a charge or payment
#: priced in one is that jurisdiction's (GUIDELINES §4).
_CURRENCY_KEY = "currencies"
_KNOWN_KEYS = (frozenset(_FORM_KEYS) | set(_CONTROL_KEYS) | set(_EXTRA_KEYS)
               | set(_SCALAR_KEYS) | {_CURRENCY_KEY})

# The standard library's "\s", like the scanner's (compile_scanner): it also takes the
# separator controls \x1c-\x1f, so whatever the scanner matched is keyed alike.
_SPACES = re.compile(r"\s+")


@attrs.frozen(slots=True)
class ActorMention:
    """One actor named in a text, and how it was named (one of :data:`FORMS`)."""

    actor: Actor
    form: str


@attrs.frozen(slots=True)
class _Sense:
    """What one surface form means while ``start <= date < end``."""

    code: str
    name: str
    form: str
    start: datetime.date | None = None
    end: datetime.date | None = None
    titled: bool = False
    findable: bool = True
    # The entry that gave this meaning ("actors[3]"), for messages only.
    origin: str = attrs.field(default="", eq=False, repr=False)

    def holds_on(self, on: datetime.date | None) -> bool:
        if on is None:
            return True
        if self.start is not None and on < self.start:
            return False
        return self.end is None or on < self.end

    def overlaps(self, other: _Sense) -> bool:
        lo = max(self.start or datetime.date.min, other.start or datetime.date.min)
        hi = min(self.end or datetime.date.max, other.end or datetime.date.max)
        return lo < hi


def normalize(surface: str) -> str:
    """A surface form with runs of whitespace made one space, as names are keyed.

    >>> normalize("  United\\n States ")
    'United States'
    """
    return _SPACES.sub(" ", surface).strip()


def _is_acronym(surface: str) -> bool:
    """Acronyms ("US", "U.S.", "EU") keep their case even in :meth:`Gazetteer.resolve`."""
    letters = [ch for ch in surface if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(letters) <= 6


def _date(value: Any, where: str, problems: list[str]) -> datetime.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)")
    return None


def _strings(entry: Mapping[str, Any], key: str, where: str, problems: list[str]) -> list[str]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.append(f"{where}: {key!r} must be a list of strings")
        return []
    cleaned = [normalize(item) for item in value]
    if any(not item for item in cleaned):
        problems.append(f"{where}: {key!r} holds an empty name")
    return [item for item in cleaned if item]


def _variants(surface: str, form: str = "name") -> Iterator[str]:
    """A surface and, for "the Commission", its sentence-initial "The Commission"; for a
    demonym in -an or -i, its plural, the people or their government ("sanctions on four
    Sri Lankans", "an understanding with the Canadians")."""
    yield surface
    if surface.startswith("the "):
        yield "The " + surface[4:]
    if form == "demonym" and _PLURAL_DEMONYM.search(surface):
        yield surface + "s"
    entities = _with_sgml_entities(surface)
    if entities != surface and entities[0].isalpha():  # a name starts with a letter
        yield entities


def _with_sgml_entities(surface: str) -> str:
    """A name as SGML entities spell its accented letters: official notices print
    "Türkiye" as "T[uuml]rkiye" and "Québec" as "Qu[eacute]bec"."""
    if surface.isascii():
        return surface
    out = []
    for char in surface:
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        accent = _SGML_ACCENTS.get(marks) if len(marks) == 1 else None
        out.append(f"[{base}{accent}]" if accent else char)
    return "".join(out)


# Combining marks and their SGML entity suffixes ("u" + diaeresis is "[uuml]").
_SGML_ACCENTS = {"\u0301": "acute", "\u0300": "grave", "\u0302": "circ", "\u0308": "uml",
                 "\u0303": "tilde", "\u0327": "cedil", "\u030a": "ring"}


# Demonyms that take a plural in -s: "Iranian", "Iraqi" (not "Chinese", "French", "Swiss").
_PLURAL_DEMONYM = re.compile(r"(?:an|i)$")


def names_people(mention: ActorMention) -> bool:
    """A demonym in the plural names people ("four Sri Lankans sanctioned by the UK"),
    never a state's adjective before a measure ("Sri Lankan duties")."""
    text = mention.actor.text
    return mention.form == "demonym" and text.endswith("s") and bool(
        _PLURAL_DEMONYM.search(text[:-1]))


@attrs.frozen(slots=True)
class _Parsed:
    """Entries read into senses, blocked phrases and titles."""

    senses: dict[str, list[_Sense]]
    blocked: set[str]
    titles: set[str]
    company_suffixes: set[str]
    # currency code -> (jurisdiction code, canonical name)
    issuers: dict[str, tuple[str, str]] = attrs.field(factory=dict)


def validate_entries(entries: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every problem of ``[[actors]]`` entries as the gazetteer reads them ("actors[2]: ...").

    The same reading as :meth:`Gazetteer.from_entries` without compiling the names, so
    a rule file is checked in full, and cheaply, when it is loaded.

    >>> for problem in validate_entries([{"code": "ZZZ", "names": ["Zland"], "from": "May 1"}]):
    ...     print(problem)
    actors[0] 'from': 'May 1' is not an ISO date (YYYY-MM-DD)
    actors[0]: no entry gives code 'ZZZ' its canonical 'name'
    """
    try:
        _parse(entries, "actors")
    except RuleError as exc:
        return exc.problems
    return []


def _parse(entries: Iterable[Mapping[str, Any]], origin: str) -> _Parsed:
    """Read entries, collecting every problem before raising :class:`RuleError`.

    A code the shipped data names needs no canonical ``name`` again: a user's entry may
    add names to "USA" without repeating "United States".
    """
    problems: list[str] = []
    raw: list[tuple[str, Mapping[str, Any]]] = []
    names_by_code: dict[str, str] = {}
    for where, entry in lexicon_entries(entries, origin, _KNOWN_KEYS, problems):
        code, name = entry.get("code"), entry.get("name")
        if code is not None and (not isinstance(code, str) or not code.strip()):
            problems.append(f"{where}: 'code' must be a non-empty string")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            problems.append(f"{where}: 'name' must be a non-empty string")
        if isinstance(code, str) and isinstance(name, str) and name.strip():
            names_by_code.setdefault(code, name.strip())
        raw.append((where, entry))

    parsed = _Parsed(senses={}, blocked=set(), titles=set(), company_suffixes=set())
    for where, entry in raw:
        for key in _CONTROL_KEYS:
            target = {"blocked": parsed.blocked, "titles": parsed.titles,
                      "company_suffixes": parsed.company_suffixes}[key]
            for surface in _strings(entry, key, where, problems):
                target.update([surface] if key == "company_suffixes" else _variants(surface))
        has_names = any(entry.get(key) for key in (*_FORM_KEYS, *_EXTRA_KEYS))
        code = entry.get("code")
        _read_currencies(entry, where, names_by_code, parsed.issuers, problems)
        # dates are checked on every entry, also one that only names a code's canonical
        # name: whatever validates must be what it says
        start = _date(entry.get("from"), f"{where} 'from'", problems)
        end = _date(entry.get("to"), f"{where} 'to'", problems)
        if not has_names:
            if code is not None:
                continue  # an entry may only give a code its canonical name
            if not any(entry.get(key) for key in _CONTROL_KEYS):
                problems.append(f"{where}: an entry needs a 'code' and names, or 'blocked'")
            continue
        if not isinstance(code, str) or not code.strip():
            problems.append(f"{where}: names need a 'code'")
            continue
        if start and end and end <= start:
            problems.append(f"{where}: 'to' ({end}) must come after 'from' ({start})")
        canonical = names_by_code.get(code) or _shipped_names().get(code)
        if canonical is None:
            problems.append(f"{where}: no entry gives code {code!r} its canonical 'name'")
            continue
        titled = set(_strings(entry, "titled", where, problems))
        ambiguous = set(_strings(entry, "ambiguous", where, problems))
        lists = [(key, form) for key, form in _FORM_KEYS.items()]
        lists += [("titled", "person"), ("ambiguous", "name")]
        for key, form in lists:
            for surface in _strings(entry, key, where, problems):
                sense = _Sense(
                    code=code,
                    name=canonical,
                    form=form,
                    start=start,
                    end=end,
                    titled=surface in titled,
                    findable=surface not in ambiguous,
                    origin=where,
                )
                for variant in _variants(surface, form):
                    known = parsed.senses.setdefault(variant, [])
                    if sense not in known:
                        known.append(sense)
    problems.extend(_conflicts(parsed.senses, origin))
    if problems:
        raise RuleError(problems)
    return parsed


def _read_currencies(entry: Mapping[str, Any], where: str, names_by_code: Mapping[str, str],
                     issuers: dict[str, tuple[str, str]], problems: list[str]) -> None:
    """The currencies an entry's jurisdiction issues, into ``issuers``; one issuer each."""
    currencies = _strings(entry, _CURRENCY_KEY, where, problems)
    if not currencies:
        return
    code = entry.get("code")
    canonical = None
    if isinstance(code, str):
        canonical = names_by_code.get(code) or _shipped_names().get(code)
    if not isinstance(code, str) or canonical is None:
        problems.append(f"{where}: 'currencies' need a 'code' with a canonical 'name'")
        return
    for currency in currencies:
        known = issuers.setdefault(currency.strip(), (code, canonical))
        if known[0] != code:
            problems.append(f"{where}: currency {currency!r} is already issued by {known[0]}")


def _conflicts(senses: Mapping[str, Sequence[_Sense]], origin: str) -> Iterator[str]:
    """One name must not mean two codes at once (date-bounded meanings may follow each other)."""
    for surface, meanings in senses.items():
        for i, first in enumerate(meanings):
            for second in meanings[i + 1 :]:
                if first.code != second.code and first.overlaps(second):
                    yield (
                        f"{second.origin or origin}: {surface!r} means both {first.code} and "
                        f"{second.code} over overlapping dates; bound them with 'from'/'to'"
                    )


# A generic body ("the Council", "the Commission") followed by "for" or "on" and a
# capitalised word other than a day or a month is the start of another body's name: "the
# Council for Economic Planning", "the Commission on Human Rights".
_LONGER_BODY_NAME = re.compile(
    r"\s+(?:for|on)\s+(?:the\s+)?(?!(?:" + "|".join(sorted(CALENDAR_WORDS)) + r")\b)[A-Z]")
# Capitalised words of a company's name between a place's name and its suffix.
_COMPANY_NAME_WORDS = 5


def _company_tail(suffixes: Iterable[str]) -> re.Pattern[str] | None:
    """What follows a place's name inside a company's name: up to a few capitalised
    words, maybe bracketed, then a suffix ("Electric Power Corp", "Industrial Wire Co.",
    "Northern Rare Earth (Group) High-Tech Co."). Case matters."""
    if not suffixes:
        return None
    ending = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return re.compile(
        rf"(?:\s+\(?[A-Z][\w&\x27\u2019-]*\)?){{0,{_COMPANY_NAME_WORDS}}}?\s+(?:{ending})"
        r"(?![\w-])")


class Gazetteer:
    """Names of jurisdictions compiled for fast lookup. Build it once and reuse it.

    Entries are mappings with the schema of ``[[actors]]`` in ``data/default/actors_*.toml``.
    Several entries may share a code; dated entries (``from`` inclusive, ``to``
    exclusive) only resolve on dates inside their range when a date is given.
    """

    __slots__ = ("_bare", "_bare_source", "_blocked", "_company_tail", "_entries", "_folded",
                 "_issuers", "_pattern", "_senses", "_titles")

    def __init__(self, entries: Sequence[Mapping[str, Any]], parsed: _Parsed) -> None:
        self._entries = tuple(entries)
        self._senses = {key: tuple(value) for key, value in parsed.senses.items()}
        self._blocked = frozenset(parsed.blocked)
        self._titles = frozenset(parsed.titles)
        self._company_tail = _company_tail(parsed.company_suffixes)
        self._issuers = dict(parsed.issuers)
        folded: dict[str, list[_Sense]] = {}
        for surface, meanings in self._senses.items():
            if not _is_acronym(surface):
                folded.setdefault(surface.casefold(), []).extend(meanings)
        self._folded = {key: tuple(value) for key, value in folded.items()}
        self._pattern = self._compile()

    def _compile(self) -> Scanner:
        names = trie_pattern(set(self._senses) | self._blocked)
        titles = trie_pattern(self._titles)
        title_group = f"(?:(?P<title>(?i:{titles}))\\s+)?" if titles else "(?P<title>(?!))?"
        # A name stands alone: no word character may touch either end of it.
        name_group = f"(?P<name>{names or '(?!)'})(?![\\w$])"
        # The same names without a title, wanted only when a title was out of its term:
        # compiled on first use, since the names trie is the slowest regex to build.
        self._bare: Scanner | None = None
        self._bare_source = f"(?P<title>(?!))?{name_group}"
        # Every name and title starts with a letter, so a word boundary is the same as
        # "(?<!\\w)" here, and an engine scans for it several times faster.
        return compile_scanner(f"\\b{title_group}{name_group}")

    @classmethod
    def from_entries(cls, entries: Iterable[Mapping[str, Any]]) -> Gazetteer:
        """A gazetteer of ``entries`` alone; raises :class:`RuleError` listing every problem."""
        entries = list(entries)
        return cls(entries, _parse(entries, "actors"))

    def merged(self, entries: Iterable[Mapping[str, Any]]) -> Gazetteer:
        """This gazetteer with a user's entries on top.

        A name the user gives replaces every built-in meaning of that name, and a
        phrase the user blocks stops matching; everything else is kept.
        """
        extra = list(entries)
        base = _parse(self._entries, "actors")
        user = _parse([*_canonical_names(self._entries), *extra], "user actors")
        for surface in user.senses:
            base.senses.pop(surface, None)
            base.blocked.discard(surface)
        for surface in user.blocked:
            base.senses.pop(surface, None)
        base.senses.update(user.senses)
        base.blocked.update(user.blocked)
        base.titles.update(user.titles)
        base.company_suffixes.update(user.company_suffixes)
        base.issuers.update(user.issuers)
        return Gazetteer([*self._entries, *extra], base)

    def find(self, text: str, on: datetime.date | None = None) -> list[ActorMention]:
        """Every actor mention in ``text``, in text order, longest name first.

        With ``on`` set, dated names (leaders, former states) count only on that date; a
        ``datetime`` counts as its date.
        """
        _check_text(text, "text")
        on = _as_date(on)
        mentions: list[ActorMention] = []
        pos = 0
        while (match := self._pattern.search(text, pos)) is not None:
            surface = normalize(match.group("name"))
            if surface in self._blocked:
                pos = match.end()
                continue
            mention = self._mention(match, on)
            if mention is None and match.group("title") is not None:
                # "U.S. Trade Representative Katherine Tai" out of her term: the title
                # may still be a name on its own.
                if self._bare is None:
                    self._bare = compile_scanner(self._bare_source)
                bare = self._bare.match(text, match.start())
                if bare is not None and normalize(bare.group("name")) not in self._blocked:
                    mention = self._mention(bare, on)
            if mention is None:
                # A name out of its dates hides the names inside it too: "East Germany"
                # in 1995 is no mention of Germany, "Donald Trump" in 1987 none of anyone.
                pos = match.end()
                continue
            if _LONGER_BODY_NAME.match(text, mention.actor.end) and (
                    mention.actor.text[:4].lower() == "the "):
                # "the Council for Economic Planning and Development": another body
                pos = match.end()
                continue
            if self._in_company_name(text, mention):
                # "Korea Zinc Co.": the company's home, which never acts as a state
                mention = ActorMention(mention.actor, FIRM_FORM)
            mentions.append(mention)
            pos = mention.actor.end
        return mentions

    def _in_company_name(self, text: str, mention: ActorMention) -> bool:
        """ "Korea Electric Power Corp", "The Siam Industrial Wire Co.": a place's name
        that a few capitalised words and a company's suffix follow names the company."""
        if self._company_tail is None or mention.form == "person":
            return False
        return self._company_tail.match(text, mention.actor.end) is not None

    def _namesake(self, text: str, start: int) -> bool:
        """Another first name stands before the surname at ``start``: a capitalised word
        that is no known name, title, day or month ("in Washington Trump said" is Trump)."""
        found = _OTHER_GIVEN_NAME.search(text, max(0, start - _GIVEN_NAME_REACH), start)
        if found is None:
            return False
        word = found.group(1)
        return word not in CALENDAR_WORDS and word not in self._senses and (
            word not in self._titles)

    def _mention(self, match: Scan, on: datetime.date | None) -> ActorMention | None:
        titled = match.group("title") is not None
        surface = normalize(match.group("name"))
        sense = self._pick(self._senses.get(surface, ()), on, titled, for_find=True)
        if sense is None:
            return None
        text = match.string
        if sense.form == "person" and not titled and " " not in surface and (
                self._namesake(text, match.start("name"))):
            return None  # "Francesca Albanese", "Eric Trump": a namesake, not the leader
        start = match.start() if titled and sense.form == "person" else match.start("name")
        actor = Actor(sense.code, sense.name, text[start : match.end()], start, match.end())
        return ActorMention(actor, sense.form)

    def resolve(self, name: str, on: datetime.date | None = None) -> Actor | None:
        """The actor a whole name denotes, or None. Case is ignored except in acronyms.

        ``name`` is stripped; the Actor's offsets run over the stripped name.
        """
        _check_text(name, "name")
        on = _as_date(on)
        stripped = name.strip()
        if not stripped:
            return None
        mentions = self.find(stripped, on)
        if len(mentions) == 1 and mentions[0].actor.text == stripped:
            return mentions[0].actor
        key = normalize(stripped)
        folded = key.casefold()
        candidates = [self._senses.get(key, ()), self._folded.get(folded, ())]
        if folded.startswith("the "):
            candidates.append(self._folded.get(folded[4:], ()))
        for senses in candidates:
            sense = self._pick(senses, on, titled=True, for_find=False)
            if sense is not None:
                return Actor(sense.code, sense.name, stripped, 0, len(stripped))
        return None

    @staticmethod
    def _pick(
        senses: Sequence[_Sense], on: datetime.date | None, titled: bool, for_find: bool
    ) -> _Sense | None:
        """The sense in force; without a date, the current one, else the latest."""
        fitting = [
            sense
            for sense in senses
            if sense.holds_on(on)
            and (titled or not sense.titled)
            and (sense.findable or not for_find)
        ]
        if not fitting:
            return None
        return max(
            fitting,
            key=lambda s: (s.end is None, s.end or datetime.date.min, s.start or datetime.date.min),
        )

    def issuer(self, currency: str, text: str, start: int, end: int) -> ActorMention | None:
        """The jurisdiction that alone issues ``currency`` (an ISO 4217 code), named by the
        figure ``text[start:end]`` priced in it; None for a currency no entry claims (the
        dollar prices every country's trade, so it names no one)."""
        found = self._issuers.get(currency)
        if found is None:
            return None
        code, name = found
        return ActorMention(Actor(code, name, text[start:end], start, end), CURRENCY_FORM)

    def __len__(self) -> int:
        """The number of distinct names (surface forms) known."""
        return len(self._senses)

    def codes(self) -> frozenset[str]:
        """Every code a name can resolve to."""
        return frozenset(sense.code for senses in self._senses.values() for sense in senses)

    def names(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Each known name with its (code, form) meanings, for inspection and tests."""
        return {
            surface: tuple((sense.code, sense.form) for sense in senses)
            for surface, senses in self._senses.items()
        }


def _check_text(value: object, what: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be str, not {type(value).__name__}")


def _as_date(on: object) -> datetime.date | None:
    """The date to resolve names on: a date, a datetime (its date) or None."""
    if on is None:
        return None
    if isinstance(on, datetime.datetime):
        return on.date()  # a datetime would not compare with the entries' dates
    if isinstance(on, datetime.date):
        return on
    raise TypeError(f"on must be a datetime.date or None, not {type(on).__name__}")


def _canonical_names(entries: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, str]]:
    """Name-only entries so that user entries may use built-in codes without renaming them."""
    for entry in entries:
        code, name = entry.get("code"), entry.get("name")
        if isinstance(code, str) and isinstance(name, str):
            yield {"code": code, "name": name}


@functools.cache
def _shipped_names() -> dict[str, str]:
    """The canonical name of every code in the shipped data, read once when first needed."""
    names: dict[str, str] = {}
    for entry in _default_entries():
        code, name = entry.get("code"), entry.get("name")
        if isinstance(code, str) and isinstance(name, str) and name.strip():
            names.setdefault(code, name.strip())
    return names


def _default_entries() -> list[dict[str, Any]]:
    """The ``[[actors]]`` entries of the default rule set's ``actors_*.toml`` files."""
    folder = data_path("default")
    entries: list[dict[str, Any]] = []
    for item in sorted(folder.iterdir(), key=lambda path: path.name):
        if item.name.startswith("actors_") and item.name.endswith(".toml"):
            entries.extend(load_toml(f"default/{item.name}").get("actors", []))
    return entries


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer built from the packaged data, built once per process."""
    return Gazetteer.from_entries(_default_entries())


def resolve_actor(name: str, on: datetime.date | None = None) -> Actor | None:
    """Resolve ``name`` with the default gazetteer (see :meth:`Gazetteer.resolve`).

    >>> resolve_actor(" U.S. ")
    Actor(code='USA', name='United States', text='U.S.', start=0, end=4)
    >>> resolve_actor("Reagan", on=datetime.date(2020, 1, 1)) is None
    True
    """
    return default_gazetteer().resolve(name, on)
