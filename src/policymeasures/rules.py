"""Rules and rule sets: the data that tells the engine what to look for.

A rule set is plain data, read from TOML files that users can write by hand (see
docs/rules.md). The shipped default rules use the same format and the same loader as a
user's own, so anything the defaults do a user's rule set can do too.

A rule file has these top-level tables, all optional:

``[ruleset]``
    ``name``, ``version``, ``description`` of the rule set.
``[[rules]]``
    One table per rule: ``id``, ``kind`` and ``triggers`` and/or ``patterns``, plus the
    optional ``action``, ``status``, ``require``, ``exclude``, ``priority`` and
    ``description`` (see :class:`Rule`).
``[cues]``
    Words that set a measure's action (``[cues.action]``), status (``[cues.status]``),
    negation (``negation``) and clause boundaries (``clause_breaks``), and the other
    categories of :mod:`policymeasures.cues`.
``[[actors]]``, ``[[products]]``, ``[units]``
    Lexicon additions, in the schema of the packaged ``actors/*.toml``, ``products.toml``
    and ``units.toml`` (a rule file's ``[units]`` holds what ``units.toml`` holds at its
    top level: ``[units.units]``, ``[units.scales]``...).

A trigger is a phrase of words separated by spaces; a space matches any run of spaces
or hyphens, a word ending in ``*`` matches any ending ("tariff*" matches "tariffs"),
and matching ignores case. ``patterns`` are full regular expressions (the ``regex``
module's syntax) for what a phrase list cannot say.

Every problem of a rule file is reported at once, in one :class:`RuleError` whose
``problems`` read ``file:line: rule-id: message``:

>>> RuleSet.from_toml('''
... [[rules]]
... id = "stockpile"
... kind = "stockpiling"
... triggers = ["stockpil*"]
... action = "hoard"
... ''', source="mine.toml")
Traceback (most recent call last):
...
policymeasures.errors.RuleError: mine.toml:6: stockpile: action 'hoard' is not one of ...
"""

from __future__ import annotations

import datetime
import difflib
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import regex

from policymeasures._data import tomllib
from policymeasures.errors import RuleConflictError, RuleError
from policymeasures.records import Action, Status, to_kind

__all__ = [
    "CONFLICT_POLICIES",
    "Rule",
    "RuleSet",
    "combine",
    "compile_pattern",
    "compile_patterns",
    "pattern_order",
    "trigger_to_regex",
    "validate_cues",
    "validate_rule",
]

#: What :func:`combine` may do when two rule sets define one rule id.
CONFLICT_POLICIES = ("raise", "replace", "keep")

_ACTIONS = frozenset(a.value for a in Action)
_STATUSES = frozenset(s.value for s in Status)
_RULE_FIELDS = frozenset(
    {"id", "kind", "triggers", "patterns", "keywords", "action", "status", "require", "exclude",
     "priority",
     "description", "targets", "subject_is", "target_prepositions", "needs_details"}
)
#: Who the subject of a rule's own verb is: who acts (buys, imposes), or whom the measure
#: favours or hits while someone else acts ("X will supply Y": Y commits to buy).
SUBJECT_ROLES = ("imposer", "target")
_LIST_FIELDS = ("triggers", "patterns", "keywords", "require", "exclude")
_TOP_LEVEL = ("ruleset", "rules", "cues", "actors", "products", "units")
_META_FIELDS = ("name", "version", "description")
_CUE_TABLES = ("action", "status")
# The flat cue categories of policymeasures.cues.FLAT_CATEGORIES; kept here as data
# because rules.py sits before cues.py in the chain and must not import it.
CUE_LISTS = ("negation", "negation_blockers", "conditional", "clause_breaks",
             "government_nouns", "goods_nouns", "target_prepositions",
             "non_agent_prepositions", "demand", "allowances", "predicates",
             "target_prepositions_before", "hard_breaks", "genitive_prepositions",
             "target_nouns", "quantity_nouns", "advice", "idioms", "proposed_framing",
             "reporting", "persuasion", "prevention", "exposure", "winning", "observers",
             "pending_deal",
             "target_locators",
             "complaint", "non_policy_context", "non_state_actors", "exemptions",
             "market_access", "stacking", "proposal_heads", "recommendation", "level_changes",
             "continuation",
             "negotiation", "compliance", "determination", "review_context",
             "investigation_heads", "order_continues", "beneficiary",
             "natural_causes", "topic_frames", "european_context",
             "enactment", "harm", "scope", "immediacy", "causing", "order_revoked",
             "retaliation")
# Closed word classes read token by token by the clause model (grammar.py), never scanned
# as phrases: single lower-case words.
GRAMMAR_LISTS = ("be_forms", "have_forms", "do_forms", "modals", "future_modals",
                 "possibility_modals", "obligation_modals", "conditional_modals",
                 "determiners", "definite_determiners", "possessive_pronouns",
                 "subject_pronouns", "object_pronouns",
                 "prepositions", "coordinators", "subordinators", "relativizers",
                 "complementizers", "adverbs", "not_adverbs", "irregular_past",
                 "irregular_participles", "particles", "reporting_nouns",
                 "argument_prepositions", "owner_prepositions", "goods_flow_words",
                 "goods_entry_words", "sale_verbs",
                 "compound_heads", "giving_verbs", "light_verbs", "clause_prepositions",
                 "means_prepositions", "predicate_coordinators", "topic_prepositions",
                 "instrument_prepositions", "answering_verbs",
                 "contrast_words", "separation_words",
                 "noun_cues", "prepositional_to", "intention_nouns", "content_nouns",
                 "intention_agent_prepositions", "participle_adjectives", "measure_adjectives",
                 "strategic_goods", "frame_prepositions", "choice_words", "effect_nouns",
                 "court_nouns", "ruling_verbs", "unlawful_adjectives", "permitting_verbs",
                 "purpose_participles", "topic_participles", "agreement_nouns", "vow_verbs",
                 "aim_nouns", "offer_nouns", "protecting_verbs", "protection_sources",
                 "strictness_verbs",
                 "share_nouns",
                 "terms_prepositions",
                 "level_setting_verbs", "coverage_nouns", "office_nouns", "rate_bases",
                 "holding_verbs",
                 "party_nouns", "raising_predicates", "exchange_nouns", "change_verbs",
                 "telling_verbs", "mandative_verbs", "flow_nouns", "instrument_nouns",
                 "verbs")
# Reach limits of the clause model, in tokens or characters: [cues.reach].
REACH_KEYS = ("object_tokens", "subject_tokens", "premodifier_tokens", "chain_links",
              "argument_tokens", "listed_tokens", "fallback_chars", "date_verb_tokens",
              "frame_tokens")
_TRIGGER_WORD = regex.compile(r"^[\w.'&/+-]+\*?$")
_RULE_ID = regex.compile(r"^[\w.:/-]+$")
# The engine compiles every pattern with these flags, a rule's patterns into one alternation.
_ENGINE_FLAGS = regex.IGNORECASE | regex.VERSION0
# A reference to a group by number, not preceded by an escaping backslash: "\1", "\g<1>",
# a recursion "(?1)", "(?R)", "(?+1)" or a condition "(?(1)...)".
_BACKREFERENCE = regex.compile(
    r"(?<!\\)(?:\\\\)*(?:\\(?:[1-9]|g<)|\(\?(?:[+-]?\d|R\)|\(\d))")


#: What compiling a regular expression may raise: ``regex.error`` for most mistakes, but
#: ``ValueError`` for clashing flags ("(?V1)") and ``RecursionError`` for deep nesting.
COMPILE_ERRORS = (regex.error, ValueError, OverflowError, RecursionError)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)


def compile_pattern(pattern: str) -> regex.Pattern[str]:
    """A ``require``/``exclude`` pattern compiled as the engine runs it (case ignored).

    Raises one of ``COMPILE_ERRORS`` when the pattern is invalid; validation reports that
    first.
    """
    return regex.compile(pattern, _ENGINE_FLAGS)


def compile_patterns(patterns: Sequence[str]) -> regex.Pattern[str]:
    """A rule's ``patterns`` as the one alternation the engine runs, longer ones first.

    Each pattern sits in a group of its own, where inline flags such as ``(?x)`` stay. A
    verbose pattern may end in a ``# comment``, which would swallow the closing bracket
    of its group: a newline, which verbose mode ignores, closes the comment first.

    >>> compile_patterns(["(?x) ban \\\\s+ on  # a ban on something", "embargo"]).findall(
    ...     "an embargo and a ban on rice")
    ['embargo', 'ban on']
    """
    return regex.compile("|".join(f"(?:{p}{_comment_end(p)})" for p in pattern_order(patterns)),
                         _ENGINE_FLAGS)


def pattern_order(patterns: Sequence[str]) -> list[str]:
    """A rule's ``patterns`` in the order :func:`compile_patterns` tries them: longer ones
    first (a longer pattern is the more specific), ties in the order written."""
    return sorted(patterns, key=len, reverse=True)


def _comment_end(pattern: str) -> str:
    try:
        verbose = bool(regex.compile(pattern, _ENGINE_FLAGS).flags & regex.VERBOSE)
    except COMPILE_ERRORS:
        return ""  # reported by validation; compiling the alternation raises it again
    return "\n" if verbose else ""


def trigger_to_regex(trigger: str) -> str:
    """The regular expression a trigger phrase stands for.

    >>> trigger_to_regex("export control*")
    '\\\\bexport[\\\\s\\\\-]+control\\\\w*'
    """
    parts = []
    for word in trigger.split():
        stem = word[:-1] if word.endswith("*") else word
        # A straight apostrophe also matches the typographic one news text uses.
        escaped = regex.escape(stem, literal_spaces=True).replace("'", "['\u2019]")
        parts.append(escaped + (r"\w*" if word.endswith("*") else ""))
    body = r"[\s\-]+".join(parts)
    head = r"\b" if trigger.strip()[0].isalnum() else ""
    if trigger.split()[-1].endswith("*") or not trigger[-1].isalnum():
        return head + body
    return head + body + r"\b"


class _Issue(NamedTuple):
    """One problem in one rule or table: the field it lies in and the offending value."""

    message: str
    field: str | None = None
    value: object = None


def _check_trigger(trigger: object) -> str | None:
    if not isinstance(trigger, str) or not trigger.strip():
        return f"trigger {trigger!r} must be a non-empty string"
    for word in trigger.split():
        if not _TRIGGER_WORD.match(word) or word == "*":
            return (f"trigger {trigger!r}: word {word!r} may hold letters, digits and .'&/+- "
                    "and end in *")
    return None


def _check_pattern(pattern: object, what: str, *, embedded: bool) -> str | None:
    """A problem with a regular expression, or None.

    ``embedded`` patterns are compiled by the engine inside one large alternation where
    each sits in a named group of its own; they may not name groups or refer back to
    groups by number, and must not match an empty string.
    """
    if not isinstance(pattern, str) or not pattern:
        return f"{what} {pattern!r} must be a non-empty string"
    try:
        compiled = regex.compile(pattern, _ENGINE_FLAGS)
    except COMPILE_ERRORS as exc:
        return f"{what} {pattern!r} is not a valid regular expression: {_reason(exc)}"
    if not embedded:
        return None
    if compiled.groupindex:
        names = ", ".join(sorted(compiled.groupindex))
        return (f"{what} {pattern!r} has named group(s) {names}: the engine names each "
                "pattern's group itself; use (?:...) instead")
    if _BACKREFERENCE.search(pattern):
        return (f"{what} {pattern!r} refers back to a group: group numbers change when "
                "patterns are combined, so backreferences are not supported")
    if any(m.end() == m.start() for sample in ("", "a b") for m in compiled.finditer(sample)):
        return f"{what} {pattern!r} can match an empty string"
    return None


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _rule_tuple(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(rules)


def _table_tuple(tables: Iterable[Mapping[str, Any]]) -> tuple[Mapping[str, Any], ...]:
    return tuple(tables)


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


@attrs.frozen(slots=True)
class Rule:
    """One rule: which words signal a measure of which kind, and how to read it.

    ``triggers`` and ``patterns`` find candidate mentions; a mention is kept only when the
    sentence matches one of ``require`` (if any) and the trigger does not lie inside a
    match of one of ``exclude`` ("General Agreement on Tariffs and Trade"). ``action``
    is the action when no cue in the sentence says otherwise; ``status``, when set, fixes
    the status whatever the cues say. Where two triggers overlap the longer wins, then
    the higher ``priority``.

    ``targets = false`` says the measure has no targets to read: an export subsidy is
    paid by its government, and the buyers it names are not targets.
    ``subject_is = "target"`` says the subject of the rule's own verb is the measure's
    target and its recipient ("to X", "X with") the imposer: "Qatar will supply India
    with gas" is India's commitment to buy, from Qatar.
    ``needs_details = true`` keeps a measure only when it names a party, goods or a
    figure: a bare "buy more" or "halted purchases" is most often a firm's or a market's.
    ``target_prepositions`` adds prepositions that open a target for this rule's
    measures only ("invest in X": ``["in"]``), beside the rule set's
    ``[cues] target_prepositions`` that hold for every kind.

    ``keywords`` index the rule's patterns: words (trigger syntax) of which every match
    of the patterns contains one. The engine looks for the patterns only in sentences
    that hold one of its keywords, which is what keeps it fast; a rule with patterns
    and no keywords is tried on every sentence, correct but slow.

    >>> rule = Rule.from_dict({"id": "reserve", "kind": "stockpiling",
    ...                        "triggers": ["strategic reserve*"]})
    >>> rule.triggers, rule.action
    (('strategic reserve*',), 'impose')
    >>> Rule.from_dict(rule.to_dict()) == rule
    True
    """

    id: str
    kind: str
    triggers: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    patterns: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    action: str = "impose"
    status: str | None = None
    require: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    exclude: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    priority: int = 0
    description: str = ""
    targets: bool = True
    subject_is: str = "imposer"
    target_prepositions: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    needs_details: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Rule:
        """Build a rule from its table in a rule file; raise :class:`RuleError` if invalid."""
        if not isinstance(data, Mapping):
            raise TypeError(f"data must be a mapping (a rule's table), not {type(data).__name__}")
        issues = _rule_issues(data)
        if issues:
            rule_id = data.get("id", "?") if isinstance(data, Mapping) else "?"
            raise RuleError([f"{rule_id}: {issue.message}" for issue in issues])
        return cls(**{k: v for k, v in data.items() if k in _RULE_FIELDS})

    def to_dict(self) -> dict[str, Any]:
        """The rule as its table in a rule file; fields at their defaults are left out."""
        out: dict[str, Any] = {"id": self.id, "kind": self.kind}
        for field in attrs.fields(Rule):
            if field.name in out:
                continue
            value = getattr(self, field.name)
            if value != field.default:
                out[field.name] = list(value) if isinstance(value, tuple) else value
        return out


def validate_rule(data: Mapping[str, Any]) -> list[str]:
    """Every problem with one rule's table, as messages without location.

    >>> for problem in validate_rule({"id": "r", "kind": "tariff", "trigers": ["duty"]}):
    ...     print(problem)
    unknown field 'trigers' (did you mean 'triggers'?)
    needs at least one of 'triggers' or 'patterns'
    """
    return [issue.message for issue in _rule_issues(data)]


def _rule_issues(data: object) -> list[_Issue]:
    if not isinstance(data, Mapping):
        return [_Issue(f"a rule must be a table, not {type(data).__name__}")]
    issues = [
        _Issue(f"unknown field {key!r}{_suggest(str(key), _RULE_FIELDS)}", str(key))
        for key in sorted(set(data) - _RULE_FIELDS, key=str)
    ]
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        issues.append(_Issue("missing or empty 'id'", "id"))
    elif not _RULE_ID.match(rule_id):
        issues.append(_Issue(f"id {rule_id!r} may hold only letters, digits and _.:/-", "id"))
    kind = data.get("kind")
    if not isinstance(kind, str) or not kind.strip():
        issues.append(_Issue("missing or empty 'kind'", "kind"))
    else:
        to_kind(kind)
    lists: dict[str, list[object]] = {}
    for name in _LIST_FIELDS:
        value = data.get(name, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            issues.append(_Issue(f"{name!r} must be a string or a list of strings", name))
            value = []
        lists[name] = value
    if not lists["triggers"] and not lists["patterns"]:
        issues.append(_Issue("needs at least one of 'triggers' or 'patterns'"))
    for name in ("triggers", "keywords"):
        for trigger in lists[name]:
            problem = _check_trigger(trigger)
            if problem:
                issues.append(_Issue(problem, name, trigger))
    for name in ("patterns", "require", "exclude"):
        what = "pattern" if name == "patterns" else name
        problems = [_check_pattern(p, what, embedded=name == "patterns") for p in lists[name]]
        issues.extend(_Issue(problem, name, pattern)
                      for problem, pattern in zip(problems, lists[name], strict=True) if problem)
        if name == "patterns" and lists[name] and not any(problems):
            try:
                compile_patterns(lists[name])  # type: ignore[arg-type]  # strings, checked above
            except COMPILE_ERRORS as exc:
                issues.append(_Issue(f"the patterns cannot be combined into one expression: "
                                     f"{_reason(exc)}", name))
    action = data.get("action", "impose")
    if not isinstance(action, str) or action not in _ACTIONS:
        issues.append(_Issue(f"action {action!r} is not one of {sorted(_ACTIONS)}", "action"))
    status = data.get("status")
    if status is not None and (not isinstance(status, str) or status not in _STATUSES):
        issues.append(_Issue(f"status {status!r} is not one of {sorted(_STATUSES)}", "status"))
    priority = data.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        issues.append(_Issue(f"priority {priority!r} must be an integer", "priority"))
    if not isinstance(data.get("description", ""), str):
        issues.append(_Issue("description must be a string", "description"))
    if not isinstance(data.get("targets", True), bool):
        issues.append(_Issue("targets must be true or false", "targets"))
    if not isinstance(data.get("needs_details", False), bool):
        issues.append(_Issue("needs_details must be true or false", "needs_details"))
    if data.get("subject_is", "imposer") not in SUBJECT_ROLES:
        issues.append(_Issue(f"subject_is must be one of {list(SUBJECT_ROLES)}", "subject_is"))
    prepositions = data.get("target_prepositions", [])
    if not _is_string_list(prepositions) or any(
            not w or w != w.strip().lower() or " " in w for w in prepositions):
        issues.append(_Issue("target_prepositions must be a list of single lower-case words",
                             "target_prepositions"))
    return issues


# ---------------------------------------------------------------------- lexicon shapes


def _is_string_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _phrase_issues(where: str, field: str, phrases: object) -> list[_Issue]:
    """A cue list must hold phrases: an empty one would match everywhere."""
    if not _is_string_list(phrases):
        return [_Issue(f"{where} must be a list of strings", field)]
    assert isinstance(phrases, list)
    return [_Issue(f"{where}: phrase {phrase!r} is empty: it would match everywhere", field,
                   phrase or None)
            for phrase in phrases if not phrase.strip()]


def validate_cues(cues: object) -> list[str]:
    """Every problem with a ``[cues]`` table, as messages without location.

    >>> validate_cues({"negation": ["not", ""]})
    ["cues.negation: phrase '' is empty: it would match everywhere"]
    """
    return [issue.message for issue in _cue_issues(cues)]


def _cue_issues(cues: object) -> list[_Issue]:
    if not isinstance(cues, Mapping):
        return [_Issue(f"[cues] must be a table, not {type(cues).__name__}")]
    issues = []
    for key, value in cues.items():
        if key in _CUE_TABLES:
            allowed = _ACTIONS if key == "action" else _STATUSES
            if not isinstance(value, Mapping):
                issues.append(_Issue(f"cues.{key} must be a table of lists", key))
                continue
            for name, phrases in value.items():
                if name not in allowed:
                    issues.append(_Issue(f"cues.{key}.{name}: {name!r} is not one of "
                                         f"{sorted(allowed)}", name))
                else:
                    issues.extend(_phrase_issues(f"cues.{key}.{name}", name, phrases))
        elif key == "reach":
            issues.extend(_reach_issues(value))
        elif key in CUE_LISTS:
            issues.extend(_phrase_issues(f"cues.{key}", key, value))
        elif key in GRAMMAR_LISTS:
            if not _is_string_list(value):
                issues.append(_Issue(f"cues.{key} must be a list of strings", key))
            elif any(not w or w != w.strip().lower() or " " in w for w in value):
                issues.append(_Issue(f"cues.{key} must hold single lower-case words", key))
        else:
            known = (*_CUE_TABLES, "reach", *CUE_LISTS, *GRAMMAR_LISTS)
            issues.append(_Issue(f"unknown cue category {key!r}{_suggest(key, known)}", key))
    return issues


def _reach_issues(reach: object) -> list[_Issue]:
    if not isinstance(reach, Mapping):
        return [_Issue("cues.reach must be a table of whole numbers", "reach")]
    issues = []
    for name, value in reach.items():
        if name not in REACH_KEYS:
            issues.append(_Issue(f"cues.reach.{name}: unknown limit"
                                 f"{_suggest(name, REACH_KEYS)}", name))
        elif not isinstance(value, int) or isinstance(value, bool) or value < 0:
            issues.append(_Issue(f"cues.reach.{name} must be a whole number >= 0", name))
    return issues


def _entry_issues(kind: str, entry: object) -> list[_Issue]:
    """The shape of one ``[[actors]]`` or ``[[products]]`` entry; its content is the lexicon's."""
    if not isinstance(entry, Mapping):
        return [_Issue(f"a {kind} entry must be a table, not {type(entry).__name__}")]
    issues = []
    for key, value in entry.items():
        scalar = isinstance(value, (str, int, float, datetime.date))
        if not (scalar or _is_string_list(value) or isinstance(value, Mapping)):
            issues.append(_Issue(f"{key!r} must be a string or a list of strings", str(key)))
    return issues


# "actors[3] 'from': ..." or "products[2] (rice): ...": the entry a lexicon's problem is in.
_LEXICON_PROBLEM = regex.compile(
    r"^(?:actors|products)\[(\d+)\](?:\s+'(\w+)')?[:\s]*(?:\([^)]*\):\s*)?")


def _lexicon_issues(kind: str, entries: list[object]) -> list[tuple[int, _Issue]]:
    """Problems of ``[[actors]]`` or ``[[products]]`` entries, as their lexicon reads them.

    Each file's entries are checked in full when it is loaded, by the lexicon's own
    reading, so that a rule file that loads also builds an extractor.
    """
    if not all(isinstance(entry, Mapping) for entry in entries):
        return []  # reported by the shape check
    try:
        if kind == "actors":
            from policymeasures.actors import validate_entries
        else:
            from policymeasures.products import validate_entries
    except ImportError:  # pragma: no cover - only while the package is being assembled
        return []
    found = []
    for problem in validate_entries(entries):  # type: ignore[arg-type]  # checked above
        match = _LEXICON_PROBLEM.match(problem)
        index = int(match.group(1)) if match and int(match.group(1)) < len(entries) else 0
        named = match.group(2) if match else None
        message = problem[match.end():] if match else problem
        if named:
            message = f"{named!r}: {message}"
        field, value = _quoted_field(entries[index], message) if entries else (None, None)
        found.append((index, _Issue(message, named or field, value)))
    return found


def _quoted_field(entry: object, message: str) -> tuple[str | None, object]:
    """The key of ``entry`` holding a value the message quotes, and that value: where the
    problem stands ("HS code '1006x'" lies in the ``hs`` list)."""
    assert isinstance(entry, Mapping)
    for key, value in entry.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item and repr(item) in message:
                return str(key), item
    return None, None


def _unit_issues(units: object) -> list[_Issue]:
    if not isinstance(units, Mapping):
        return [_Issue(f"[units] must be a table, not {type(units).__name__}")]
    try:
        # magnitudes.py owns the schema of the unit tables; it sits after rules.py in the
        # chain, so it is imported only when there is something to check.
        from policymeasures.magnitudes import UnitTables
    except ImportError:  # pragma: no cover - only while the package is being assembled
        return []
    try:
        UnitTables.from_dict(units)
    except RuleError as exc:
        issues = []
        for problem in exc.problems:
            message = problem.removeprefix("units: ").removeprefix("units.")
            # "scales.lakh: ..." stands on the line of the key "lakh".
            key = _UNIT_KEY.match(message)
            issues.append(_Issue(message, key.group(1) if key else None))
        return issues
    return []


_UNIT_KEY = regex.compile(r"^\w+\.([^.:]+)")


# ---------------------------------------------------------------------- locations


# A table header: "[name]" or "[[name]]", whose dotted parts may be quoted ('a\b', "x y").
_HEADER = regex.compile(
    r"""^\s*(\[\[?)\s*((?:[\w.\- ]|"[^"\n]*"|'[^'\n]*')+?)\s*\]\]?\s*(?:#.*)?$""")


class _Locator:
    """Finds the lines of tables and fields in a rule file's text.

    ``tomllib`` gives no positions, so lines are found by scanning the text: the n-th
    ``[[rules]]`` header is the n-th rule, and a field is the first ``field =`` line
    inside its table (or inside an inline table when the array is written inline).
    """

    def __init__(self, source: str, text: str | None) -> None:
        self.source = source
        # TOML ends a line at "\n" only; str.splitlines() would also split at "\x0b",
        # "\x85" or "\u2028" and put every later line number out of step with tomllib's.
        self._lines = text.split("\n") if text is not None else None
        self._headers: list[tuple[int, str, str]] = []  # (line index, "[" or "[[", name)
        for index, line in enumerate(self._lines or ()):
            match = _HEADER.match(line)
            if match:
                name = regex.sub(r"[\"'\s]", "", match.group(2))
                self._headers.append((index, match.group(1), name))

    def _table_range(self, array: str | None, index: int) -> tuple[int, int] | None:
        """Line indexes [first, end) of the index-th ``[[array]]`` table, or of ``[array]``."""
        if self._lines is None:
            return None
        found = [i for i, (line, brackets, name) in enumerate(self._headers)
                 if name == array and (brackets == "[[") == (index >= 0)]
        if index < 0 and not found:  # no [cues] header, only [cues.action] and kin
            found = [i for i, (_, _, name) in enumerate(self._headers)
                     if name.startswith(f"{array}.")]
        if index >= 0 and index < len(found):
            position = found[index]
        elif index < 0 and found:
            position = found[0]
        else:
            return None
        first = self._headers[position][0]
        later = [line for line, _, name in self._headers[position + 1:]
                 if not (index < 0 and name.startswith(f"{array}."))]
        return first, later[0] if later else len(self._lines)

    def _key_line(self, key: str, first: int, end: int) -> int | None:
        assert self._lines is not None
        # "key = ..." or a dotted key "key.part = ..."
        pattern = regex.compile(rf"^\s*[\"']?{regex.escape(key)}[\"']?\s*[=.]")
        for index in range(first, end):
            if pattern.match(self._lines[index]):
                return index
        return None

    def line(self, array: str | None, index: int, issue: _Issue | None = None) -> int | None:
        """The 1-based line of a table (``index`` -1 for a plain table) or of a field in it."""
        if self._lines is None:
            return None
        if array is None and issue is not None and issue.field is not None:
            header = self.header_line(issue.field)
            if header is not None:
                return header  # a top-level table: "[tarifs]" is reported where it opens
        span = self._table_range(array, index) if array else (0, len(self._lines))
        if span is None:
            # An array written inline (rules = [{...}]) or a dotted key: the key's own line.
            at = self._key_line(array, 0, len(self._lines)) if array else None
            return None if at is None else at + 1
        first, end = span
        if issue is None or issue.field is None:
            return first + 1
        at = self._key_line(issue.field, first, end)
        if at is None:
            return first + 1
        if isinstance(issue.value, str) and issue.value:
            # A value in a multi-line list: the line that holds it.
            for line in range(at, end):
                if issue.value in self._lines[line]:
                    return line + 1
        return at + 1

    def header_lines(self) -> list[int]:
        """The 0-based line of every table header, in order."""
        return [line for line, _, _ in self._headers]

    def header_line(self, name: str) -> int | None:
        """The 1-based line of the first header of table ``name`` or of one inside it."""
        for line, _, header in self._headers:
            if header == name or header.startswith(f"{name}."):
                return line + 1
        return None

    def format(self, line: int | None, what: str, message: str) -> str:
        """``file:line: what: message``, leaving out what is unknown.

        With the file's text known a problem always gets a line, the first when nothing
        nearer can be found, so that editors and ``grep`` can read every one.
        """
        if not self.source:
            return f"{what}: {message}"
        if line is None and self._lines is not None:
            line = 1
        if line is None:
            return f"{self.source}: {what}: {message}"
        return f"{self.source}:{line}: {what}: {message}"

    def rule_at(self, line: int) -> str | None:
        """The id of the ``[[rules]]`` table around a 1-based line, if it can be read."""
        if self._lines is None:
            return None
        rule_tables = [i for i, brackets, name in self._headers if name == "rules"]
        starts = [i for i in rule_tables if i < line]
        if not starts:
            return None
        later = [i for i, _, _ in self._headers if i > starts[-1]]
        if later and later[0] < line - 1:
            return None
        for text in self._lines[starts[-1]:line - 1]:
            match = regex.match(r"^\s*id\s*=\s*[\"']([^\"']*)[\"']", text)
            if match:
                return match.group(1)
        return None


_TOML_POSITION = regex.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)$")
# tomllib's words for a bracket or string that is never closed: the parser gives up
# further down, but the mistake is where the bracket or string opened.
_UNCLOSED = ("Unclosed", "Unterminated")


def _syntax_problems(source: str, text: str, exc: tomllib.TOMLDecodeError) -> list[str]:
    """Every TOML syntax error of a file, as ``file:line: rule-id: message``.

    ``tomllib`` stops at the first error. The tables that start at or after the line
    where it stopped are then parsed again one at a time, each alone (a table's syntax
    does not depend on the tables before it), so one run reports an error per table.
    """
    locator = _Locator(source, text)
    problems: dict[int, str] = {}
    stopped = _add_syntax_problem(problems, locator, text, exc, first_line=1)
    lines = text.split("\n")
    starts = [line for line in locator.header_lines() if line + 1 >= stopped]
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        table = "\n".join(lines[start:end])
        try:
            tomllib.loads(table)
        except tomllib.TOMLDecodeError as table_exc:
            _add_syntax_problem(problems, locator, table, table_exc, first_line=start + 1)
    return [problems[line] for line in sorted(problems)]


def _add_syntax_problem(problems: dict[int, str], locator: _Locator, text: str,
                        exc: tomllib.TOMLDecodeError, first_line: int) -> int:
    """Add the problem ``exc`` reports in ``text`` (which starts at ``first_line`` of the
    file) under its line, unless that line has one; return the line where parsing stopped.
    """
    message = str(exc)
    match = _TOML_POSITION.search(message)
    reason = message[:match.start()] if match else message
    if match and match.group(1):
        line, column = int(match.group(1)), int(match.group(2))
        lines = text.split("\n")
        offset = sum(len(part) + 1 for part in lines[:line - 1]) + column - 1
        stopped_at = f"line {line + first_line - 1}, column {column}"
    else:  # at the end of the text: the file's, or the table's when a table was read alone
        line, column, offset = text.count("\n") + 1, 0, len(text)
        stopped_at = "the end of the file" if first_line == 1 else "the end of its table"
    opened = _opening_line(text, offset) if reason.startswith(_UNCLOSED) or not column else None
    stopped = line + first_line - 1
    if opened is not None:
        at = opened + first_line - 1
        detail = f"{reason}: it opens here and is still open at {stopped_at}"
    else:
        at = stopped
        detail = f"{reason} (column {column})" if column else f"{reason} (at {stopped_at})"
    problems.setdefault(at, locator.format(at, locator.rule_at(at) or "-",
                                           f"invalid TOML: {detail}"))
    return stopped


def _opening_line(text: str, end: int) -> int | None:
    r"""The line of the multi-line string, or of the outermost bracket, still open at ``end``.

    A small scan of TOML's lexical structure: comments, the four kinds of string, and
    brackets outside them. Linear in ``end``.

    >>> _opening_line('a = [1,\n  "]",\n  2\n[b]\n', 20)
    1
    """
    opened: list[int] = []
    line = 1
    index = 0
    while index < end:
        char = text[index]
        if char == "#":
            newline = text.find("\n", index)
            index = end if newline < 0 else newline
            continue
        if char in "\"'":
            quote = char * 3 if text.startswith(char * 3, index) else char
            close = _string_end(text, index + len(quote), quote)
            if close > end and len(quote) == 3:
                return line
            line += text.count("\n", index, min(close, end))
            index = close
            continue
        if char == "\n":
            line += 1
        elif char in "[{":
            opened.append(line)
        elif char in "]}" and opened:
            opened.pop()
        index += 1
    return opened[0] if opened else None


def _string_end(text: str, start: int, quote: str) -> int:
    """The offset just after the string that opened with ``quote`` before ``start``.

    A one-line string also ends at the end of its line (TOML refuses it there); a string
    that never closes ends with the text.
    """
    index = start
    while index < len(text):
        if text.startswith(quote, index):
            return index + len(quote)
        if text[index] == "\\" and quote[0] == '"':
            index += 2  # an escape in a basic string: \" does not close it
            continue
        if text[index] == "\n" and len(quote) == 1:
            return index
        index += 1
    return len(text) + 1


# ---------------------------------------------------------------------- rule sets


def _duplicates_across(loaded: Sequence[tuple[Path, RuleSet]]) -> list[str]:
    """Rule ids that two files of one directory both define, located in the later file."""
    problems = []
    first: dict[str, str] = {}
    for file, part in loaded:
        locator = _Locator(str(file), file.read_text(encoding="utf-8"))
        for index, rule in enumerate(part.rules):
            line = locator.line("rules", index, _Issue("", "id"))
            if rule.id in first:
                problems.append(locator.format(
                    line, rule.id, f"duplicate rule id {rule.id!r} (first in {first[rule.id]})"))
            else:
                first[rule.id] = f"{file}:{line}" if line else str(file)
    return problems


def _lexicons_across(loaded: Sequence[tuple[Path, RuleSet]]) -> list[str]:
    """Problems that only the files of a directory together have: a name two files give
    two codes, a code whose canonical name no file gives. Located in the file concerned."""
    problems = []
    for kind in ("actors", "products"):
        owners: list[tuple[Path, int]] = []  # (file, index in that file) of each entry
        entries: list[object] = []
        for file, part in loaded:
            tables = getattr(part, kind)
            owners.extend((file, index) for index in range(len(tables)))
            entries.extend(tables)
        found = _lexicon_issues(kind, entries)
        locators: dict[Path, _Locator] = {}
        for index, issue in found:
            file, local = owners[index] if index < len(owners) else (loaded[0][0], 0)
            if file not in locators:
                locators[file] = _Locator(str(file), file.read_text(encoding="utf-8"))
            locator = locators[file]
            problems.append(locator.format(locator.line(kind, local, issue),
                                           f"{kind}[{local + 1}]", issue.message))
    return problems


def _merge_cues(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Tables merge key by key and lists by union; any other value is replaced by the later one."""
    merged: dict[str, Any] = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping):
            merged[key] = _merge_cues(merged.get(key, {}), value)
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + [v for v in value if v not in merged[key]]
        else:
            merged[key] = value
    return merged


@attrs.frozen(slots=True)
class RuleSet:
    """A named collection of rules with the cues and lexicon additions they rely on.

    Two rule sets are equal when their content is; ``source`` (where one was loaded
    from) is kept for messages and does not count.

    >>> ruleset = RuleSet.from_dict({
    ...     "ruleset": {"name": "mine", "version": "1.0"},
    ...     "rules": [{"id": "reserve", "kind": "stockpiling",
    ...                "triggers": ["strategic reserve*"]}],
    ... })
    >>> [rule.id for rule in ruleset.rules], ruleset.name
    (['reserve'], 'mine')
    >>> RuleSet.from_dict(ruleset.to_dict()) == ruleset
    True
    >>> RuleSet.from_toml(ruleset.to_toml()) == ruleset
    True
    """

    name: str
    rules: tuple[Rule, ...] = attrs.field(default=(), converter=_rule_tuple)
    cues: Mapping[str, Any] = attrs.field(factory=dict)
    actors: tuple[Mapping[str, Any], ...] = attrs.field(default=(), converter=_table_tuple)
    products: tuple[Mapping[str, Any], ...] = attrs.field(default=(), converter=_table_tuple)
    units: Mapping[str, Any] = attrs.field(factory=dict)
    version: str = ""
    description: str = ""
    source: str = attrs.field(default="", eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, name: str | None = None,
                  source: str = "") -> RuleSet:
        """Build a rule set from the parsed content of a rule file.

        Every problem is collected first and raised together as one :class:`RuleError`;
        ``source`` names the data in the messages.
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"data must be a mapping (parsed TOML), not {type(data).__name__}")
        return cls._build(data, _Locator(source, None), name=name)

    @classmethod
    def from_toml(cls, text: str, *, name: str | None = None, source: str = "<string>") -> RuleSet:
        """Build a rule set from the text of a rule file; problems carry their line."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str (decoded TOML), not {type(text).__name__}")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(_syntax_problems(source, text, exc)) from exc
        return cls._build(data, _Locator(source, text), name=name)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> RuleSet:
        """Load a rule file, or every ``*.toml`` file of a directory as one rule set.

        The files of a directory must not define one rule id twice.
        """
        path = Path(path)
        if path.is_dir():
            return cls._from_directory(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise RuleError([f"{path}:1: -: cannot read rule file: {reason}"]) from exc
        return cls.from_toml(text, source=str(path))

    @classmethod
    def _from_directory(cls, path: Path) -> RuleSet:
        files = sorted(path.glob("*.toml"))
        if not files:
            raise RuleError([f"{path}:1: -: directory holds no *.toml rule files"])
        loaded: list[tuple[Path, RuleSet]] = []
        problems: list[str] = []
        for file in files:
            try:
                loaded.append((file, cls.from_file(file)))
            except RuleError as exc:
                problems.extend(exc.problems)  # each names its own file
        problems.extend(_duplicates_across(loaded))
        if not problems:
            problems.extend(_lexicons_across(loaded))
        if problems:
            raise RuleError(problems)
        parts = [part for _, part in loaded]
        meta = next((p for p in parts if p.name != "unnamed"), None)
        return combine(parts, name=meta.name if meta else path.name,
                       version=meta.version if meta else "",
                       description=meta.description if meta else "", source=str(path))

    @classmethod
    def _build(cls, data: Mapping[str, Any], where: _Locator, *, name: str | None) -> RuleSet:
        problems: list[str] = []

        def report(array: str | None, index: int, what: str, issue: _Issue) -> None:
            line = where.line(array, index, issue)
            if line is None and array is not None:
                line = where.header_line(array)  # at least the table it lies in
            problems.append(where.format(line, what, issue.message))

        for key in sorted(set(data) - set(_TOP_LEVEL)):
            report(None, -1, "-", _Issue(f"unknown top-level table {key!r}"
                                         f"{_suggest(key, _TOP_LEVEL)}", key))
        meta = data.get("ruleset", {})
        if not isinstance(meta, Mapping):
            report(None, -1, "[ruleset]", _Issue("[ruleset] must be a table", "ruleset"))
            meta = {}
        for key, value in meta.items():
            if key not in _META_FIELDS:
                report("ruleset", -1, "[ruleset]", _Issue(
                    f"unknown field {key!r}{_suggest(key, _META_FIELDS)}", key))
            elif not isinstance(value, str):
                report("ruleset", -1, "[ruleset]", _Issue(f"{key!r} must be a string", key))

        rules: list[Rule] = []
        seen: dict[str, int] = {}
        tables = data.get("rules", [])
        if not isinstance(tables, list):
            report(None, -1, "-", _Issue("'rules' must be an array of tables ([[rules]])",
                                         "rules"))
            tables = []
        for index, table in enumerate(tables):
            issues = _rule_issues(table)
            rule_id = table.get("id") if isinstance(table, Mapping) else None
            label = rule_id if isinstance(rule_id, str) and rule_id else f"rule #{index + 1}"
            if isinstance(rule_id, str) and rule_id in seen:
                first = where.line("rules", seen[rule_id], _Issue("", "id"))
                also = f" (first at line {first})" if first else ""
                issues.append(_Issue(f"duplicate rule id {rule_id!r}{also}", "id"))
            elif isinstance(rule_id, str):
                seen[rule_id] = index
            for issue in issues:
                report("rules", index, label, issue)
            if not issues:
                rules.append(Rule.from_dict(table))

        for issue in _cue_issues(data.get("cues", {})):
            report("cues", -1, "[cues]", issue)
        for kind in ("actors", "products"):
            entries = data.get(kind, [])
            if not isinstance(entries, list):
                report(None, -1, f"[[{kind}]]",
                       _Issue(f"{kind!r} must be an array of tables ([[{kind}]])", kind))
                continue
            misshapen = set()
            for index, entry in enumerate(entries):
                for issue in _entry_issues(kind.rstrip("s"), entry):
                    report(kind, index, f"{kind}[{index + 1}]", issue)
                    misshapen.add(index)
            for index, issue in _lexicon_issues(kind, entries):
                if index not in misshapen:  # its shape is reported, once is enough
                    report(kind, index, f"{kind}[{index + 1}]", issue)
        for issue in _unit_issues(data.get("units", {})):
            report("units", -1, "[units]", issue)
        if problems:
            raise RuleError(problems)
        return cls(
            name=name or meta.get("name") or "unnamed",
            rules=rules,
            cues=dict(data.get("cues", {})),
            actors=list(data.get("actors", [])),
            products=list(data.get("products", [])),
            units=dict(data.get("units", {})),
            version=str(meta.get("version", "")),
            description=str(meta.get("description", "")),
            source=where.source,
        )

    def to_dict(self) -> dict[str, Any]:
        """The rule set as the content of a rule file (``from_dict(to_dict())`` round-trips)."""
        out: dict[str, Any] = {"ruleset": {"name": self.name}}
        if self.version:
            out["ruleset"]["version"] = self.version
        if self.description:
            out["ruleset"]["description"] = self.description
        out["rules"] = [rule.to_dict() for rule in self.rules]
        if self.cues:
            out["cues"] = dict(self.cues)
        if self.actors:
            out["actors"] = [dict(a) for a in self.actors]
        if self.products:
            out["products"] = [dict(p) for p in self.products]
        if self.units:
            out["units"] = dict(self.units)
        return out

    def to_toml(self) -> str:
        """The rule set as the text of a rule file: ``from_toml(to_toml())`` round-trips.

        >>> print(RuleSet("mine", [Rule("reserve", "stockpiling", ["reserve*"])]).to_toml())
        [ruleset]
        name = "mine"
        <BLANKLINE>
        [[rules]]
        id = "reserve"
        kind = "stockpiling"
        triggers = ["reserve*"]
        <BLANKLINE>
        """
        return dumps_toml(self.to_dict())

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the rule set to a rule file that :meth:`from_file` reads back."""
        Path(path).write_text(self.to_toml(), encoding="utf-8")


def combine(rulesets: Sequence[RuleSet], *, name: str = "combined", on_conflict: str = "raise",
            version: str = "", description: str = "", source: str = "") -> RuleSet:
    """One rule set holding the rules and lexicons of several.

    ``on_conflict`` says what happens when two rule sets define the same rule id:
    ``"raise"`` (the default) raises :class:`RuleConflictError` naming every clash,
    ``"replace"`` keeps the later rule in the earlier one's place, ``"keep"`` keeps the
    earlier one. Cues and units merge table by table; actors and products add up.

    >>> a = RuleSet("a", [Rule("r", "tariff", ["duty"])])
    >>> b = RuleSet("b", [Rule("r", "subsidy", ["grant*"])])
    >>> combine([a, b], on_conflict="replace").rules[0].kind
    'subsidy'
    >>> combine([a, b])
    Traceback (most recent call last):
    ...
    policymeasures.errors.RuleConflictError: b: r: rule id already defined by a
    """
    if on_conflict not in CONFLICT_POLICIES:
        raise ValueError(f"on_conflict must be 'raise', 'replace' or 'keep', not {on_conflict!r}")
    rules: dict[str, Rule] = {}
    origin: dict[str, str] = {}
    conflicts = []
    cues: dict[str, Any] = {}
    actors: list[Mapping[str, Any]] = []
    products: list[Mapping[str, Any]] = []
    units: dict[str, Any] = {}
    for ruleset in rulesets:
        for rule in ruleset.rules:
            if rule.id in rules and on_conflict != "replace":
                if on_conflict == "raise":
                    conflicts.append(f"{ruleset.source or ruleset.name}: {rule.id}: rule id "
                                     f"already defined by {origin[rule.id]}")
                continue
            rules[rule.id] = rule
            origin[rule.id] = ruleset.source or ruleset.name
        cues = _merge_cues(cues, ruleset.cues)
        actors.extend(ruleset.actors)
        products.extend(ruleset.products)
        units = _merge_cues(units, ruleset.units)
    if conflicts:
        raise RuleConflictError(conflicts)
    return RuleSet(name=name, rules=list(rules.values()), cues=cues, actors=actors,
                   products=products, units=units, version=version, description=description,
                   source=source)


def iter_rules(rulesets: Iterable[RuleSet]) -> Iterable[Rule]:
    """Every rule of several rule sets, in order."""
    for ruleset in rulesets:
        yield from ruleset.rules


# ---------------------------------------------------------------------- writing TOML

_BARE_KEY = regex.compile(r"^[A-Za-z0-9_-]+$")
_LINE_WIDTH = 88


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_string(key)


def _toml_string(value: str) -> str:
    """A TOML string: a literal '...' string when that needs no escapes (regexes read
    better without doubled backslashes), else a basic "..." string."""
    printable = all(ch == "\t" or (ch >= " " and ch != "\x7f") for ch in value)
    if "\\" in value and "'" not in value and printable:
        return f"'{value}'"
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch < " " or ch == "\x7f":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        pairs = ", ".join(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + pairs + " }" if pairs else "{}"
    if isinstance(value, (list, tuple)):
        items = [_toml_value(v) for v in value]
        inline = "[" + ", ".join(items) + "]"
        if len(inline) <= _LINE_WIDTH or any("\n" in item for item in items):
            return inline
        return "[\n" + "".join(f"  {item},\n" for item in items) + "]"
    raise TypeError(f"cannot write a {type(value).__name__} to TOML: {value!r}")


def _write_table(lines: list[str], header: str, table: Mapping[str, Any], depth: int) -> None:
    """A table's plain keys under its header, then its sub-tables under their own headers.

    Tables nest at most two deep under headers (``[cues.action]``, ``[units.units]``);
    deeper ones are written inline (``quintals = { unit = "t", factor = 0.1 }``).
    """
    inline = depth >= 2
    plain = {k: v for k, v in table.items() if inline or not isinstance(v, Mapping)}
    nested = {k: v for k, v in table.items() if k not in plain}
    if plain or not nested:
        if lines:
            lines.append("")
        lines.append(f"[{header}]")
        lines.extend(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in plain.items())
    for key, value in nested.items():
        _write_table(lines, f"{header}.{_toml_key(str(key))}", value, depth + 1)


def dumps_toml(data: Mapping[str, Any]) -> str:
    """TOML text for rule-file data: tables, arrays of tables and plain values.

    >>> print(dumps_toml({"units": {"units": {"quintals": {"unit": "t", "factor": 0.1}}}}))
    [units.units]
    quintals = { unit = "t", factor = 0.1 }
    <BLANKLINE>
    """
    lines: list[str] = []
    plain = {k: v for k, v in data.items()
             if not isinstance(v, Mapping) and not _is_table_array(v)}
    lines.extend(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in plain.items())
    for key, value in data.items():
        if isinstance(value, Mapping):
            _write_table(lines, _toml_key(str(key)), value, 1)
        elif _is_table_array(value):
            for table in value:
                if lines:
                    lines.append("")
                lines.append(f"[[{_toml_key(str(key))}]]")
                lines.extend(f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in table.items())
    return "\n".join(lines) + "\n"


def _is_table_array(value: object) -> bool:
    return isinstance(value, (list, tuple)) and bool(value) and all(
        isinstance(v, Mapping) for v in value)
