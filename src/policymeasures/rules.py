"""Rules and rule sets: the data that tells the engine what to look for.

A rule set is plain data, read from TOML files that users can write by hand (see
docs/rules.md). The shipped default rules use the same format and the same loader as a
user's own, so anything the defaults do a user's rule set can do too.

A rule file has these top-level tables, all optional:

``[ruleset]``
    ``name``, ``version``, ``description`` of the rule set.
``[[rules]]``
    One table per rule: ``id``, ``kind`` and ``triggers`` and/or ``patterns``, plus the
    optional ``action``, ``status``, ``require``, ``exclude``, ``priority`` (see :class:`Rule`).
``[cues]``
    Words that set a measure's action (``[cues.action]``), status (``[cues.status]``),
    negation (``negation``) and clause boundaries (``clause_breaks``).
``[[actors]]``, ``[[products]]``, ``[units]``
    Lexicon additions, in the schema of the packaged ``actors.toml``, ``products.toml``
    and ``units.toml``.

A trigger is a phrase of words separated by spaces; a space matches any run of spaces
or hyphens, a word ending in ``*`` matches any ending ("tariff*" matches "tariffs"),
and matching ignores case. ``patterns`` are full regular expressions (the ``regex``
module's syntax) for what a phrase list cannot say.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from policymeasures._data import tomllib
from policymeasures.errors import RuleConflictError, RuleError
from policymeasures.records import Action, Status, to_kind

__all__ = ["Rule", "RuleSet", "trigger_to_regex"]

_ACTIONS = frozenset(a.value for a in Action)
_STATUSES = frozenset(s.value for s in Status)
_RULE_FIELDS = frozenset(
    {"id", "kind", "triggers", "patterns", "action", "status", "require", "exclude", "priority",
     "description"}
)
_TOP_LEVEL = frozenset({"ruleset", "rules", "cues", "actors", "products", "units"})
_TRIGGER_WORD = regex.compile(r"^[\w.'&/+-]+\*?$")


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


def _check_trigger(trigger: object) -> str | None:
    if not isinstance(trigger, str) or not trigger.strip():
        return f"trigger {trigger!r} must be a non-empty string"
    for word in trigger.split():
        if not _TRIGGER_WORD.match(word) or word == "*":
            return f"trigger {trigger!r}: word {word!r} may hold letters, digits and .'&/+- and end in *"
    return None


def _check_pattern(pattern: object, what: str) -> str | None:
    if not isinstance(pattern, str) or not pattern:
        return f"{what} {pattern!r} must be a non-empty string"
    try:
        regex.compile(pattern, regex.IGNORECASE | regex.VERSION1)
    except regex.error as exc:
        return f"{what} {pattern!r} is not a valid regular expression: {exc}"
    return None


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen(slots=True)
class Rule:
    """One rule: which words signal a measure of which kind, and how to read it.

    ``triggers`` and ``patterns`` find candidate mentions; a mention is kept only when the
    sentence matches one of ``require`` (if any) and the trigger does not lie inside a
    match of one of ``exclude`` ("General Agreement on Tariffs and Trade"). ``action``
    is the action when no cue in the sentence says otherwise; ``status``, when set, fixes
    the status whatever the cues say. Where two triggers overlap the longer wins, then
    the higher ``priority``.
    """

    id: str
    kind: str
    triggers: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    patterns: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    action: str = "impose"
    status: str | None = None
    require: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    exclude: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    priority: int = 0
    description: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Rule:
        """Build a rule from its table in a rule file; raise :class:`RuleError` if invalid."""
        problems = validate_rule(data)
        if problems:
            raise RuleError([f"{data.get('id', '?')}: {p}" for p in problems])
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
    """Every problem with one rule's table, as messages without location."""
    problems: list[str] = []
    if not isinstance(data, Mapping):
        return [f"a rule must be a table, not {type(data).__name__}"]
    unknown = sorted(set(data) - _RULE_FIELDS)
    if unknown:
        problems.append(f"unknown field(s) {', '.join(unknown)}")
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        problems.append("missing or empty 'id'")
    kind = data.get("kind")
    if not isinstance(kind, str) or not kind.strip():
        problems.append("missing or empty 'kind'")
    else:
        to_kind(kind)
    triggers = data.get("triggers", [])
    patterns = data.get("patterns", [])
    if isinstance(triggers, str):
        triggers = [triggers]
    if isinstance(patterns, str):
        patterns = [patterns]
    if not triggers and not patterns:
        problems.append("needs at least one of 'triggers' or 'patterns'")
    for trigger in triggers:
        problem = _check_trigger(trigger)
        if problem:
            problems.append(problem)
    for name in ("patterns", "require", "exclude"):
        values = data.get(name, [])
        for pattern in [values] if isinstance(values, str) else values:
            problem = _check_pattern(pattern, name.rstrip("s") if name == "patterns" else name)
            if problem:
                problems.append(problem)
    if data.get("action", "impose") not in _ACTIONS:
        problems.append(f"action {data.get('action')!r} is not one of {sorted(_ACTIONS)}")
    status = data.get("status")
    if status is not None and status not in _STATUSES:
        problems.append(f"status {status!r} is not one of {sorted(_STATUSES)}")
    if not isinstance(data.get("priority", 0), int):
        problems.append("priority must be an integer")
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
    """A named collection of rules with the cues and lexicon additions they rely on."""

    name: str
    rules: tuple[Rule, ...] = attrs.field(default=(), converter=tuple)
    cues: Mapping[str, Any] = attrs.field(factory=dict)
    actors: tuple[Mapping[str, Any], ...] = attrs.field(default=(), converter=tuple)
    products: tuple[Mapping[str, Any], ...] = attrs.field(default=(), converter=tuple)
    units: Mapping[str, Any] = attrs.field(factory=dict)
    version: str = ""
    description: str = ""
    source: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, name: str | None = None,
                  source: str = "") -> RuleSet:
        """Build a rule set from the parsed content of a rule file.

        Every problem is collected first and raised together as one :class:`RuleError`.
        """
        problems = []
        where = f"{source}: " if source else ""
        for key in sorted(set(data) - _TOP_LEVEL):
            problems.append(f"{where}unknown top-level table {key!r}")
        rules = []
        seen: set[str] = set()
        for index, table in enumerate(data.get("rules", [])):
            rule_problems = validate_rule(table)
            rule_id = table.get("id", f"#{index + 1}") if isinstance(table, Mapping) else "?"
            if rule_id in seen:
                rule_problems.append(f"duplicate rule id {rule_id!r}")
            seen.add(rule_id)
            if rule_problems:
                problems.extend(f"{where}{rule_id}: {p}" for p in rule_problems)
            else:
                rules.append(Rule.from_dict(table))
        if problems:
            raise RuleError(problems)
        meta = data.get("ruleset", {})
        return cls(
            name=name or meta.get("name") or "unnamed",
            rules=rules,
            cues=dict(data.get("cues", {})),
            actors=list(data.get("actors", [])),
            products=list(data.get("products", [])),
            units=dict(data.get("units", {})),
            version=str(meta.get("version", "")),
            description=str(meta.get("description", "")),
            source=source,
        )

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> RuleSet:
        """Load a rule file, or every ``*.toml`` file of a directory as one rule set."""
        path = Path(path)
        if path.is_dir():
            files = sorted(path.glob("*.toml"))
            parts = [cls.from_file(f) for f in files]
            meta = next((p for p in parts if p.name != "unnamed"), None)
            return combine(parts, name=meta.name if meta else path.name,
                           version=meta.version if meta else "",
                           description=meta.description if meta else "", source=str(path))
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RuleError([f"{path}: cannot read rule file: {exc.strerror or exc}"]) from exc
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RuleError([f"{path}: {exc}"]) from exc
        return cls.from_dict(data, source=str(path))

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


def combine(rulesets: Sequence[RuleSet], *, name: str = "combined", on_conflict: str = "raise",
            version: str = "", description: str = "", source: str = "") -> RuleSet:
    """One rule set holding the rules and lexicons of several.

    ``on_conflict`` says what happens when two rule sets define the same rule id:
    ``"raise"`` (the default) raises :class:`RuleConflictError`, ``"replace"`` keeps the
    later rule, ``"keep"`` keeps the earlier one.
    """
    if on_conflict not in {"raise", "replace", "keep"}:
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
                    conflicts.append(f"{ruleset.source or ruleset.name}: {rule.id}: rule id already "
                                     f"defined by {origin[rule.id]}")
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
