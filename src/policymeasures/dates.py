"""Date phrases of measures: find the one that belongs to a measure and resolve it.

A measure's ``date`` (docs/fields.md) is when it takes (or took) effect, or failing that the
date of the action, resolved against the article's date. A month alone is its first day,
"by the end of June" is June 30, "today" is the article's date; a year alone, a season, a
meeting's date, a negotiating deadline and an end date ("through April 1") are not dates.

The work is done in two steps:

1. :meth:`DateFinder.candidates` scans a sentence with one compiled regex for every date
   phrase ("on Friday", "March 4, 2025", "next month", "within 30 days"). The regex holds
   only bounded quantifiers and alternations of literal words, so it runs in linear time.
2. :meth:`DateFinder.find` drops the phrases that name something other than the measure
   (an end date, a meeting, a deadline), ranks the rest (an effective-date cue first,
   then nearness to the measure's trigger word) and resolves the best one.

Calendar phrases ("March 4", "Jan. 15, 2025", "in May") are resolved by ``dateparser``
on the phrase alone, with ``languages=["en"]`` and a fixed ``RELATIVE_BASE``; weekdays
and relative phrases ("next month", "within 30 days") are plain date arithmetic, which
is exact where dateparser is not. ``dateparser`` is imported lazily: importing
``policymeasures`` does not import it.

All words live in ``data/dates.toml``; a user's vocabulary with the same schema can be
passed to :class:`DateFinder`.

>>> import datetime
>>> mention = find_date("The duties take effect on March 4.", datetime.date(2025, 2, 20))
>>> mention.date, mention.span.text
(datetime.date(2025, 3, 4), 'March 4')
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, TypeGuard

import attrs

from policymeasures._data import load_toml
from policymeasures._trie import trie_pattern
from policymeasures.errors import PolicyMeasuresError
from policymeasures.records import Span

__all__ = [
    "DateFinder",
    "DateMention",
    "Prefer",
    "VocabularyError",
    "find_date",
    "resolve_date",
    "validate_vocabulary",
]

Prefer = Literal["future", "past"]

_VOCABULARY_FILE = "dates.toml"
_SCHEMA_VERSION = 1
# Whitespace between the words of a phrase: bounded so that no part of the scan can
# backtrack over an unbounded run.
# No-break and thin spaces are listed because case-insensitive parts of the scan use
# ASCII matching (below), where \s alone would miss them.
_WS = r"[\s\u00a0\u2009\u202f]{1,3}"
_OPT_WS = r"[\s\u00a0\u2009\u202f]{0,3}"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9]|[.,][0-9])"
_YEAR = r"[0-9]{4}(?![0-9])"
# How far back from a phrase the context (introducing cue, window words) is read.
_LOOKBACK = 160
# How many sentences' scans a finder keeps (see DateFinder._scan).
_SCANS_KEPT = 8
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# The marks that end the window of words before a date phrase (see DateFinder._window_text).
# A noun, a comma and at most two words before a date phrase: "the talks, starting on".
_APPOSITIVE_AFTER_NOUN = re.compile(r"(\w+),\s+(?:[\w-]+\s+){0,2}$")
_WINDOW_MARKS = re.compile(r"[(),;:]")
# A hyphen after a year, or an en dash after a figure, right before a date phrase: the
# phrase ends a range of dates ("October 1, 2022-September 30, 2023", "May 1\u2013June 30"),
# an end date like "through September 30" ("12-March" is a day's way of writing).
_RANGE_END = re.compile(r"(?:\d{4}\s*-|\d\s*\u2013)\s*$")
# What is not a digit in a day's number ("1st", "21st").
_NON_DIGIT = re.compile(r"\D")
# A possessive right after a date phrase, and the word it qualifies: "May's quota".
_POSSESSIVE_WORD = re.compile(r"['\u2019]s ([A-Za-z]+)")
# How far after a date phrase that possessive is read.
_POSSESSIVE_REACH = 40
_OPEN_QUOTES = frozenset('"\u201c')
# English month names for dateparser; calendar.month_name follows the process locale.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Capitalised words that name a day or a month, never a person, a body or goods.
CALENDAR_WORDS = frozenset(MONTH_NAMES + WEEKDAY_NAMES)
_CLOSE_QUOTES = frozenset('"\u201d')


class VocabularyError(PolicyMeasuresError, ValueError):
    """A date vocabulary is invalid. The message lists every problem found, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems) if self.problems else "invalid date vocabulary")


@attrs.frozen(slots=True)
class DateMention:
    """A resolved date and the phrase it was read from (offsets into the text searched)."""

    date: datetime.date
    span: Span


@attrs.frozen(slots=True)
class _Candidate:
    """A date phrase found in a sentence, with what its context says about it."""

    span: Span
    blocked: bool  # an end date, a deadline, a meeting's date or an attribute of a noun
    strong: bool  # introduced by an effective-date cue


# ---------------------------------------------------------------------------------------
# Vocabulary: validation and compilation
# ---------------------------------------------------------------------------------------


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _is_int_map(value: Any) -> TypeGuard[Mapping[str, int]]:
    return isinstance(value, Mapping) and all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
        for k, v in value.items()
    )


def _check_named_units(
    vocabulary: Mapping[str, Any], table: str, numbers: range, problems: list[str]
) -> None:
    entries = vocabulary.get(table)
    if not isinstance(entries, Mapping) or not entries:
        problems.append(f"[{table}] must be a table of named entries")
        return
    seen: dict[int, str] = {}
    for name, entry in entries.items():
        where = f"[{table}.{name}]"
        if not isinstance(entry, Mapping):
            problems.append(f"{where} must be a table")
            continue
        number = entry.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number not in numbers:
            problems.append(
                f"{where} number must be an integer in {numbers.start}..{numbers.stop - 1}"
            )
        elif number in seen:
            problems.append(f"{where} number {number} is already used by [{table}.{seen[number]}]")
        else:
            seen[number] = name
        if not _is_str_list(entry.get("names")) or not entry.get("names"):
            problems.append(f"{where} names must be a non-empty list of strings")
        if not _is_str_list(entry.get("abbreviations", [])):
            problems.append(f"{where} abbreviations must be a list of strings")
    missing = sorted(set(numbers) - set(seen))
    if missing and len(seen) == len(entries):
        problems.append(f"[{table}] has no entry for number(s) {missing}")


def _check_lists(
    vocabulary: Mapping[str, Any], table: str, keys: Iterable[str], problems: list[str]
) -> None:
    section = vocabulary.get(table)
    if not isinstance(section, Mapping):
        problems.append(f"[{table}] must be a table")
        return
    for key in keys:
        if not _is_str_list(section.get(key)):
            problems.append(f"[{table}] {key} must be a list of non-empty strings")


def validate_vocabulary(vocabulary: Mapping[str, Any]) -> None:
    """Raise :class:`VocabularyError` listing every problem in ``vocabulary``, if any.

    >>> validate_vocabulary({"version": 1})
    Traceback (most recent call last):
    ...
    policymeasures.dates.VocabularyError: [months] must be a table of named entries
    [weekdays] must be a table of named entries
    [relative] must be a table
    [qualifiers] must be a table
    [cues] must be a table
    """
    problems: list[str] = []
    if vocabulary.get("version") != _SCHEMA_VERSION:
        problems.append(f"version must be {_SCHEMA_VERSION}, not {vocabulary.get('version')!r}")
    _check_named_units(vocabulary, "months", range(1, 13), problems)
    _check_named_units(vocabulary, "weekdays", range(7), problems)
    relative = vocabulary.get("relative")
    if not isinstance(relative, Mapping):
        problems.append("[relative] must be a table")
    else:
        for key in ("days", "steps", "numbers", "day_units", "month_units"):
            if not _is_int_map(relative.get(key)):
                problems.append(f"[relative] {key} must be a table of integers")
        steps = relative.get("steps")
        if _is_int_map(steps) and any(v not in (-1, 0, 1) for v in steps.values()):
            problems.append("[relative] steps must be -1, 0 or 1")
        for key in ("numbers", "day_units", "month_units"):
            table = relative.get(key)
            if _is_int_map(table) and any(v <= 0 for v in table.values()):
                problems.append(f"[relative] {key} must be positive")
        if not _is_str_list(relative.get("duration_openers")):
            problems.append("[relative] duration_openers must be a list of non-empty strings")
    _check_lists(
        vocabulary, "qualifiers", ("end", "mid", "first", "year_end", "month_end"), problems
    )
    qualifiers = vocabulary.get("qualifiers")
    if isinstance(qualifiers, Mapping):
        mid_day = qualifiers.get("mid_day")
        if not isinstance(mid_day, int) or isinstance(mid_day, bool) or not 1 <= mid_day <= 28:
            problems.append("[qualifiers] mid_day must be an integer in 1..28")
    cue_lists = ("effective", "effective_context", "end", "month_alone", "non_effective")
    _check_lists(vocabulary, "cues", (*cue_lists, "attributive"), problems)
    cues = vocabulary.get("cues")
    if isinstance(cues, Mapping):
        window = cues.get("window")
        if not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 20:
            problems.append("[cues] window must be an integer in 1..20")
    if problems:
        raise VocabularyError(problems)


def _phrase_regex(phrase: str) -> str:
    """A vocabulary phrase as a regex: its words joined by bounded whitespace."""
    words = phrase.split()
    body = _WS.join(re.escape(word) for word in words)
    # A word boundary after a phrase that ends in a letter or digit: "Jan" must not
    # match the start of "January"; "Jan." and "mid-" end where they end.
    return body + (r"\b" if phrase[-1].isalnum() else "")


# Marks the end of a phrase that ends in a letter or digit, where a word boundary
# follows; it sorts after every character, so that a longer phrase is tried first.
_PHRASE_END = "\U0010ffff"


def _alternation(phrases: Iterable[str], *, ignore_case: bool) -> str:
    """Longest first, so that "effective on" wins over "effective" at the same place.

    The phrases are a trie (:func:`~policymeasures._trie.trie_pattern`): at each place
    only the branch of the next character is tried, instead of every phrase in turn (the
    date scan runs at every word of every sentence read). Only phrases that are prefixes
    of one another can match at one place, and along a branch the longer is tried first:
    the matches are those of the phrases listed longest first. With ``ignore_case`` two
    branches ("Sept", "SEPTEMBER") may match at one place, so the phrases are listed
    instead, unless no two of them differ in case that way.
    """
    unique = set(phrases)
    if not unique:
        return "(?!)"
    if ignore_case and not _case_free(unique):
        ordered = sorted(unique, key=lambda p: (-len(p), p))
        return "(?:" + "|".join(_phrase_regex(p) for p in ordered) + ")"
    words = {" ".join(p.split()) + (_PHRASE_END if p[-1].isalnum() else "") for p in unique}
    return "(?:" + trie_pattern(words, separator=_WS).replace(_PHRASE_END, r"\b") + ")"


def _case_free(phrases: Iterable[str]) -> bool:
    """Whether ASCII phrases that begin one another when case is ignored ("Sep" and
    "SEPT") only ever do so as written ("Sep", "Sept"): then when case is ignored too,
    the phrases that match at one place lie along one branch of their trie."""
    forms = sorted((" ".join(p.lower().split()), " ".join(p.split())) for p in phrases)
    if not all(p.isascii() for _, p in forms):
        return False
    for index, (folded, written) in enumerate(forms):
        for other_folded, other_written in forms[index + 1:]:
            if not other_folded.startswith(folded):
                break  # sorted: no later form begins with this one either
            if not other_written.startswith(written):
                return False
    return True


def _key(word: str) -> str:
    """The lookup key of a vocabulary word as it appears in text."""
    return " ".join(word.lower().rstrip(".").split())


def _cased_forms(forms: Iterable[str]) -> list[str]:
    """A month or weekday as written in the data and in capitals: "May", "MAY"."""
    out: list[str] = []
    for form in forms:
        out.extend((form, form.upper()))
    return out


# The most whitespace characters ``_WS`` matches.
_MOST_WS = 3


class _Ending:
    """Whether a text ends with one of ``phrases`` and whitespace.

    A search for a phrase anchored at the end still tries every position of the text;
    but a match is at most ``reach`` characters long (the phrases' words, at most
    ``_MOST_WS`` whitespace characters between and after them, each pattern character
    one text character), so the search starts that far from the end. The look-behind
    still sees the character before, so the answer is the same.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        phrases = list(phrases)
        self.pattern = re.compile(
            r"(?<![\w\-])" + _alternation(phrases, ignore_case=True) + _WS + r"\Z",
            re.IGNORECASE)
        self.reach = max((sum(map(len, p.split())) + _MOST_WS * len(p.split())
                          for p in phrases), default=0)

    def ends(self, text: str) -> bool:
        return self.pattern.search(text, max(0, len(text) - self.reach)) is not None


def _any_word(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w\-])" + _alternation(phrases, ignore_case=True) + r"(?![\w\-])",
                      re.IGNORECASE)


def _units(vocabulary: Mapping[str, Any], table: str) -> tuple[dict[str, int], set[str]]:
    """``{form: number}`` for a months or weekdays table, and the abbreviated forms."""
    numbers: dict[str, int] = {}
    abbreviations: set[str] = set()
    for entry in vocabulary[table].values():
        for name in entry["names"]:
            numbers[_key(name)] = entry["number"]
        for abbreviation in entry.get("abbreviations", []):
            numbers[_key(abbreviation)] = entry["number"]
            abbreviations.add(_key(abbreviation))
    return numbers, abbreviations


def _all_forms(vocabulary: Mapping[str, Any], table: str) -> list[str]:
    forms: list[str] = []
    for entry in vocabulary[table].values():
        forms.extend(entry["names"])
        forms.extend(entry.get("abbreviations", []))
    return _cased_forms(forms)


# ---------------------------------------------------------------------------------------
# Date arithmetic
# ---------------------------------------------------------------------------------------


def _month_shift(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _last_day(day: datetime.date) -> datetime.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _add_months(day: datetime.date, months: int) -> datetime.date:
    year, month = _month_shift(day.year, day.month, months)
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


def _weekday(
    reference: datetime.date, weekday: int, step: int | None, prefer: Prefer | None
) -> datetime.date:
    """The weekday meant relative to ``reference``.

    "last Friday" is strictly before the reference date and "next Friday" strictly after;
    a bare "Friday" is the next one for ``prefer="future"`` and the most recent one
    otherwise (news reports mostly say what happened), the reference date itself if it
    is a Friday. "this Friday" is the coming one unless ``prefer="past"``.

    >>> thursday = datetime.date(2025, 3, 6)
    >>> _weekday(thursday, 4, None, "future"), _weekday(thursday, 4, None, "past")
    (datetime.date(2025, 3, 7), datetime.date(2025, 2, 28))
    """
    ahead = (weekday - reference.weekday()) % 7
    back = (reference.weekday() - weekday) % 7
    if step == 1:
        return reference + datetime.timedelta(days=ahead or 7)
    if step == -1:
        return reference - datetime.timedelta(days=back or 7)
    if prefer == "future" or (step == 0 and prefer != "past"):
        return reference + datetime.timedelta(days=ahead)
    return reference - datetime.timedelta(days=back)


def _dateparser_settings(
    reference_date: datetime.date | None, prefer: Prefer | None
) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if reference_date is not None:
        settings["RELATIVE_BASE"] = datetime.datetime.combine(reference_date, datetime.time())
    if prefer is not None:
        settings["PREFER_DATES_FROM"] = prefer
    return settings


def _parse_calendar(
    phrase: str, reference_date: datetime.date | None, prefer: Prefer | None
) -> datetime.date | None:
    """A normalised calendar phrase ("March 4 2025", "June") through dateparser."""
    import dateparser  # lazy: slow to import, and only calendar phrases need it

    try:
        parsed = dateparser.parse(
            phrase, languages=["en"], settings=_dateparser_settings(reference_date, prefer)
        )
    except (ValueError, OverflowError):  # a base date at the end of the calendar
        return None
    return parsed.date() if parsed is not None else None


# ---------------------------------------------------------------------------------------
# The finder
# ---------------------------------------------------------------------------------------


_HAS_YEAR = re.compile(r"\b\d{4}\b")
_HAS_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


class DateFinder:
    """Finds and resolves the date phrases of measures, with a vocabulary compiled once.

    ``vocabulary`` follows the schema of ``data/dates.toml`` (``None`` loads that file);
    an invalid one raises :class:`VocabularyError` listing every problem.
    """

    def __init__(self, vocabulary: Mapping[str, Any] | None = None) -> None:
        if vocabulary is None:
            vocabulary = load_toml(_VOCABULARY_FILE)
        validate_vocabulary(vocabulary)
        self._months, self._month_abbreviations = _units(vocabulary, "months")
        self._weekdays, _ = _units(vocabulary, "weekdays")
        relative = vocabulary["relative"]
        self._day_words = {_key(k): v for k, v in relative["days"].items()}
        self._steps = {_key(k): v for k, v in relative["steps"].items()}
        self._numbers = {_key(k): v for k, v in relative["numbers"].items()}
        self._day_units = {_key(k): v for k, v in relative["day_units"].items()}
        self._month_units = {_key(k): v for k, v in relative["month_units"].items()}
        qualifiers = vocabulary["qualifiers"]
        self._qualifier_kinds: dict[str, str] = {}
        for kind in ("first", "mid", "end"):
            for word in qualifiers[kind]:
                self._qualifier_kinds[_key(word)] = kind
        self._mid_day: int = qualifiers["mid_day"]
        self._pattern = self._compile_scan(vocabulary, _all_forms(vocabulary, "months"))
        cues = vocabulary["cues"]
        self._effective_intro = _Ending(cues["effective"])
        self._end_intro = _Ending(cues["end"])
        self._attributive_intro = _Ending(cues["attributive"])
        self._month_alone_intro = _Ending(
            [*cues["month_alone"], *cues["effective"], *cues["end"]]
        )
        self._effective_context = _any_word(cues["effective_context"])
        self._non_effective = _any_word(cues["non_effective"])
        self._window: int = cues["window"]
        self._after_month = re.compile(
            _OPT_WS + "[-\u2013/]" + _OPT_WS
            + _alternation(_all_forms(vocabulary, "months"), ignore_case=False)
        )
        self._before_month = re.compile(
            _alternation(_all_forms(vocabulary, "months"), ignore_case=False)
            + _OPT_WS
            + "[-\u2013/]"
            + _OPT_WS
            + r"\Z"
        )
        self._range_after = re.compile(
            _WS + r"(?:to|or)" + _WS + r"(?:[0-9]|"
            + _alternation(self._numbers, ignore_case=True) + ")",
            re.IGNORECASE,
        )
        # Resolutions are cached per finder: the key is (phrase, reference_date, prefer),
        # and a finder's phrases mean what its own vocabulary says.
        self._resolve_cached: Callable[
            [str, datetime.date | None, Prefer | None], datetime.date | None
        ] = functools.lru_cache(maxsize=4096)(self._resolve_phrase)
        # A sentence with many measures is searched once for each: the scan of the last
        # few sentences is kept, so that costs one scan a sentence, not one a measure.
        self._scan: Callable[[str], tuple[_Candidate, ...]] = functools.lru_cache(
            maxsize=_SCANS_KEPT)(self._scan_text)

    # -- compiling ---------------------------------------------------------------------

    def _compile_scan(
        self, vocabulary: Mapping[str, Any], month_forms: list[str]
    ) -> re.Pattern[str]:
        # Case-insensitive parts match ASCII letters only, "(?ai:...)": Unicode case
        # folding would let "la\u017ft" or "m\u0131d-" match and then miss the vocabulary lookup.
        relative = vocabulary["relative"]
        qualifiers = vocabulary["qualifiers"]
        months = _alternation(month_forms, ignore_case=False)
        weekdays = _alternation(_all_forms(vocabulary, "weekdays"), ignore_case=False)
        steps = "(?ai:" + _alternation(relative["steps"], ignore_case=True) + ")"
        quals = (
            "(?ai:"
            + _alternation([*qualifiers["first"], *qualifiers["mid"], *qualifiers["end"]],
                           ignore_case=True)
            + ")"
        )
        end_quals = "(?ai:" + _alternation(qualifiers["end"], ignore_case=True) + ")"
        numbers = _alternation(relative["numbers"], ignore_case=True)
        units = _alternation([*relative["day_units"], *relative["month_units"]],
                             ignore_case=True)
        openers = _alternation(relative["duration_openers"], ignore_case=True)
        calendar_pattern = (
            rf"(?:(?P<c_qual>{quals}){_OPT_WS}|(?P<c_step>{steps}){_WS})?"
            rf"(?P<c_month>{months})"
            rf"(?:{_WS}(?P<c_day>{_DAY})(?:{_OPT_WS}[-\u2013]{_OPT_WS}{_DAY})?"
            rf"(?:,?{_WS}(?P<c_year>{_YEAR}))?"
            rf"|,?{_WS}(?:of{_WS})?(?P<c_year2>{_YEAR}))?"
        )
        day_first = (
            rf"(?<![0-9.,$%/\-])(?P<d_day>{_DAY})(?:{_WS}of)?{_WS}(?P<d_month>{months})"
            rf"(?:,?{_WS}(?P<d_year>{_YEAR}))?"
        )
        alternatives = {
            "iso": r"(?<![0-9\-])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])",
            "period_end": (
                rf"{end_quals}{_OPT_WS}(?:(?P<pe_step>{steps})|(?ai:the)){_WS}"
                r"(?P<pe_unit>(?ai:month|year))\b"
            ),
            "year_end": "(?ai:" + _alternation(qualifiers["year_end"], ignore_case=True) + ")",
            "month_end": "(?ai:" + _alternation(qualifiers["month_end"], ignore_case=True) + ")",
            "calendar": calendar_pattern,
            "day_first": day_first,
            "weekday": rf"(?:(?P<w_step>{steps}){_WS})?(?P<w_day>{weekdays})",
            "day_word": "(?ai:" + _alternation(relative["days"], ignore_case=True) + ")",
            "month_step": rf"(?P<m_step>{steps}){_WS}(?ai:month)\b",
            "duration": (
                rf"(?ai:{openers}{_WS}(?P<du_num>[0-9]{{1,4}}(?![0-9,.])|{numbers})"
                rf"{_WS}(?:calendar{_WS})?(?P<du_unit>{units}))"
            ),
        }
        body = "|".join(f"(?P<k_{name}>{regex})" for name, regex in alternatives.items())
        return re.compile(rf"(?<![\w])(?:{body})(?![^\W_])")

    # -- scanning ----------------------------------------------------------------------

    def candidates(self, text: str) -> list[Span]:
        """Every date phrase in ``text``, in text order; a cheap scan, no dateparser.

        >>> [s.text for s in DateFinder().candidates("Talks on Friday; duties from May 1.")]
        ['Friday', 'May 1']
        """
        return [
            Span(text=match.group(), start=match.start(), end=match.end())
            for match in self._pattern.finditer(text)
            if self._is_date_phrase(text, match)
        ]

    def _scan_text(self, text: str) -> tuple[_Candidate, ...]:
        """The candidates with what their context says about them."""
        return tuple(self._judge(text, span) for span in self.candidates(text))

    def _is_date_phrase(self, text: str, match: re.Match[str]) -> bool:
        """Context checks the regex cannot make: a bare month, ranges, quoted titles."""
        start, end = match.span()
        before = text[max(0, start - _LOOKBACK) : start]
        if before[-1:] in _OPEN_QUOTES and text[end : end + 2].lstrip(",.")[:1] in _CLOSE_QUOTES:
            return False  # a title such as the NBC programme "Today"
        if match.group("k_duration") is not None and self._range_after.match(text, end):
            return False  # "within the next ten days to two weeks" names no day
        if match.group("k_calendar") is None:
            return True
        if match.group("c_day") or match.group("c_year") or match.group("c_year2"):
            return True
        # A month named alone: "in May" is a date, "the U.S. May impose" is not; and
        # "the January-March quarter", "Aug-July" are periods, not dates.
        if _key(match.group("c_month")) in self._month_abbreviations:
            return False
        if self._after_month.match(text, end) or self._before_month.search(before):
            return False
        if match.group("c_qual") or match.group("c_step"):
            return True
        return self._month_alone_intro.ends(before)

    def _window_text(self, before: str) -> str:
        """The last few words before a phrase, stopping at a clause break.

        A comma, semicolon or colon ends the window, and so does an opening bracket that
        is not closed before the phrase; a closed one ("period of review (POR)") does not,
        nor does the comma right after it ("the period of review (POR), May 1, 2021").
        Only those marks are read, right to left, not every character.
        """
        depth = 0
        cut = 0
        for mark in reversed(list(_WINDOW_MARKS.finditer(before))):
            char = mark.group()
            if char == ")":
                depth += 1
            elif char == "(":
                if depth == 0:
                    cut = mark.end()
                    break
                depth -= 1
            elif depth == 0:  # a comma, semicolon or colon
                if char == "," and before[mark.start() - 1:mark.start()] == ")":
                    continue  # "the period of review (POR), May 1": the bracket's noun
                cut = mark.end()
                break
        words = _WORD.findall(before, cut)
        return " ".join(words[-self._window :])

    def _set_off_from_non_effective(self, before: str) -> bool:
        """ "The talks, starting on April 14, ...": a short phrase set off by a comma right
        after a meeting's noun dates the meeting, though the comma ends the window."""
        aside = _APPOSITIVE_AFTER_NOUN.search(before)
        return aside is not None and self._non_effective.fullmatch(aside.group(1)) is not None

    def _judge(self, text: str, span: Span) -> _Candidate:
        before = text[max(0, span.start - _LOOKBACK) : span.start]
        window = self._window_text(before)
        if text[span.end : span.end + 1] == " " and (after := _WORD.match(text, span.end + 1)):
            next_word = after.group()
        else:
            possessive = _POSSESSIVE_WORD.match(text, span.end, span.end + _POSSESSIVE_REACH)
            next_word = possessive.group(1) if possessive else ""
        blocked = (
            self._end_intro.ends(before)
            or _RANGE_END.search(before) is not None
            or self._attributive_intro.ends(before)
            or self._non_effective.search(window) is not None
            or self._non_effective.fullmatch(next_word) is not None
            or self._set_off_from_non_effective(before)
        )
        strong = (
            self._effective_intro.ends(before)
            or self._effective_context.search(window) is not None
        )
        return _Candidate(span=span, blocked=blocked, strong=strong)

    # -- choosing ----------------------------------------------------------------------

    def find(
        self,
        text: str,
        reference_date: datetime.date | None,
        *,
        prefer: Prefer | None = None,
        anchor: int | None = None,
        nearest: bool = False,
    ) -> DateMention | None:
        """The date of the measure in sentence ``text``, or ``None``.

        ``anchor`` is the offset of the measure's trigger word; the phrase chosen is the
        one introduced by an effective-date cue, then the one nearest the anchor (or the
        first, without an anchor). End dates, deadlines and meeting dates are skipped.
        If the chosen phrase cannot be resolved (a weekday with no ``reference_date``),
        the result is ``None``: another phrase would be another event's date. With
        ``nearest`` (a verb in the present tense: "the tariffs are activated on November
        1"), a month-day without a year takes the year that puts it nearer the article.

        >>> day = datetime.date(1987, 3, 29)
        >>> s = "On Friday, Washington announced tariffs on Japanese goods from April 17."
        >>> DateFinder().find(s, day, prefer="future").date
        datetime.date(1987, 4, 17)
        """
        _check_prefer(prefer)
        eligible = [c for c in self._scan(text) if not c.blocked]
        if not eligible:
            return None

        def rank(candidate: _Candidate) -> tuple[int, int]:
            span = candidate.span
            if anchor is None:
                distance = span.start
            elif span.start <= anchor < span.end:
                distance = 0
            else:
                distance = min(abs(anchor - span.start), abs(anchor - span.end))
            return (0 if candidate.strong else 1, distance)

        best = min(eligible, key=rank)
        if ((best.strong or nearest) and reference_date is not None
                and _HAS_DAY.search(best.span.text) and not _HAS_YEAR.search(best.span.text)):
            resolved = self._nearest(best.span.text, reference_date)
        else:
            resolved = self._resolve_cached(best.span.text, reference_date, prefer)
        return DateMention(date=resolved, span=best.span) if resolved is not None else None

    def _nearest(self, phrase: str, reference_date: datetime.date) -> datetime.date | None:
        """An effective month-day without a year ("from March 1") is the measure's start,
        which may lie on either side of the article's date whatever the verb's tense: the
        reading nearer the article's date wins, the future one on a tie."""
        ahead = self._resolve_cached(phrase, reference_date, "future")
        behind = self._resolve_cached(phrase, reference_date, "past")
        if ahead is None or behind is None:
            return ahead or behind
        if abs((behind - reference_date).days) < abs((ahead - reference_date).days):
            return behind
        return ahead

    # -- resolving ---------------------------------------------------------------------

    def resolve(
        self, phrase: str, reference_date: datetime.date | None, *, prefer: Prefer | None = None
    ) -> datetime.date | None:
        """The date named by the first date phrase in ``phrase``; cue words may precede it.

        >>> DateFinder().resolve("by the end of June", datetime.date(2025, 3, 1))
        datetime.date(2025, 6, 30)
        """
        _check_prefer(prefer)
        found = self._scan(phrase)
        if not found:
            return None
        return self._resolve_cached(found[0].span.text, reference_date, prefer)

    def _resolve_phrase(
        self, phrase: str, reference_date: datetime.date | None, prefer: Prefer | None
    ) -> datetime.date | None:
        match = self._pattern.fullmatch(phrase)
        if match is None:
            return None
        try:
            if match.group("k_iso") is not None:
                return datetime.date.fromisoformat(phrase)
            if match.group("k_calendar") is not None or match.group("k_day_first") is not None:
                return self._resolve_calendar(match, reference_date, prefer)
            if reference_date is None:
                return None  # everything else is relative to the article's date
            return self._resolve_relative(match, reference_date, prefer)
        except (ValueError, OverflowError):  # out of the calendar's range, or "June 31"
            return None

    def _resolve_relative(
        self, match: re.Match[str], reference: datetime.date, prefer: Prefer | None
    ) -> datetime.date | None:
        if match.group("k_weekday") is not None:
            step = match.group("w_step")
            weekday = self._weekdays[_key(match.group("w_day"))]
            return _weekday(reference, weekday, self._steps[_key(step)] if step else None, prefer)
        if match.group("k_day_word") is not None:
            return reference + datetime.timedelta(days=self._day_words[_key(match.group())])
        if match.group("k_month_step") is not None:
            year, month = _month_shift(
                reference.year, reference.month, self._steps[_key(match.group("m_step"))]
            )
            return datetime.date(year, month, 1)
        if match.group("k_year_end") is not None:
            return datetime.date(reference.year, 12, 31)
        if match.group("k_month_end") is not None:
            return _last_day(reference)
        if match.group("k_period_end") is not None:
            step = self._steps[_key(match.group("pe_step"))] if match.group("pe_step") else 0
            if _key(match.group("pe_unit")) == "year":
                return datetime.date(reference.year + step, 12, 31)
            year, month = _month_shift(reference.year, reference.month, step)
            return _last_day(datetime.date(year, month, 1))
        return self._resolve_duration(match, reference)

    def _resolve_duration(self, match: re.Match[str], reference: datetime.date) -> datetime.date:
        number_text = _key(match.group("du_num"))
        count = int(number_text) if number_text.isdigit() else self._numbers[number_text]
        unit = _key(match.group("du_unit"))
        if unit in self._month_units:
            return _add_months(reference, count * self._month_units[unit])
        return reference + datetime.timedelta(days=count * self._day_units[unit])

    def _resolve_calendar(
        self, match: re.Match[str], reference_date: datetime.date | None, prefer: Prefer | None
    ) -> datetime.date | None:
        if match.group("k_day_first") is not None:
            month_text, day, year = (
                match.group("d_month"),
                match.group("d_day"),
                match.group("d_year"),
            )
            qualifier = step_text = None
        else:
            month_text, day = match.group("c_month"), match.group("c_day")
            year = match.group("c_year") or match.group("c_year2")
            qualifier, step_text = match.group("c_qual"), match.group("c_step")
        month = self._months[_key(month_text)]
        if year is None and reference_date is None:
            return None  # documented fallback: without an article date only full dates resolve
        if step_text and not day and not year and reference_date is not None:
            resolved = self._stepped_month(month, self._steps[_key(step_text)], reference_date)
        else:
            if step_text:  # "last March 27" is the latest one, "next May 2" the coming one
                step = self._steps[_key(step_text)]
                prefer = "past" if step < 0 else "future" if step > 0 else prefer
            day_number = _NON_DIGIT.sub("", day) if day else ""
            if day_number and year:
                # A full date needs no reading: building it directly gives what dateparser
                # would, without its few milliseconds a call.
                try:
                    return datetime.date(int(year), month, int(day_number))
                except ValueError:
                    return None
            if year and not day_number:
                # A month of a given year is its first day (PREFER_DAY_OF_MONTH), whatever
                # the preference and article date: dateparser gives the same for every
                # year, month and setting, and importing it costs a large part of a second.
                try:
                    resolved = datetime.date(int(year), month, 1)
                except ValueError:  # year 0
                    return None
            else:
                words = (MONTH_NAMES[month - 1], day_number, year or "")
                normalised = " ".join(word for word in words if word)
                parsed = _parse_calendar(normalised, reference_date, prefer)
                if parsed is None:
                    return None
                resolved = parsed
        if day or not qualifier:
            return resolved
        kind = self._qualifier_kinds[_key(qualifier)]
        if kind == "end":
            return _last_day(resolved)
        if kind == "mid":
            return resolved.replace(day=self._mid_day)
        return resolved.replace(day=1)

    @staticmethod
    def _stepped_month(month: int, step: int, reference: datetime.date) -> datetime.date:
        """The month named with a step: "last November" is the latest before this month.

        >>> DateFinder._stepped_month(11, -1, datetime.date(1987, 4, 8))
        datetime.date(1986, 11, 1)
        """
        year = reference.year
        if step == -1 and month >= reference.month:
            year -= 1
        elif step == 1 and month <= reference.month:
            year += 1
        return datetime.date(year, month, 1)


def _check_prefer(prefer: object) -> None:
    if prefer not in (None, "future", "past"):
        raise ValueError(f'prefer must be "future", "past" or None, not {prefer!r}')


@functools.lru_cache(maxsize=1)
def _default_finder() -> DateFinder:
    return DateFinder()


def find_date(
    text: str,
    reference_date: datetime.date | None,
    *,
    prefer: Prefer | None = None,
    anchor: int | None = None,
) -> DateMention | None:
    """:meth:`DateFinder.find` with the default vocabulary (built once, then cached).

    >>> find_date("The U.S. may impose tariffs.", datetime.date(2025, 3, 1)) is None
    True
    """
    return _default_finder().find(text, reference_date, prefer=prefer, anchor=anchor)


def resolve_date(
    phrase: str, reference_date: datetime.date | None, *, prefer: Prefer | None = None
) -> datetime.date | None:
    """:meth:`DateFinder.resolve` with the default vocabulary.

    >>> resolve_date("within 30 days", datetime.date(2025, 3, 1))
    datetime.date(2025, 3, 31)
    >>> resolve_date("Friday", None) is None
    True
    """
    return _default_finder().resolve(phrase, reference_date, prefer=prefer)
