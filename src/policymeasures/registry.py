"""Named rule sets: the packaged default and those that plug-ins register.

A plug-in package registers a rule set under the entry-point group
``policymeasures.rulesets``; the entry point names either a rule file or directory
(``"my_package:rules/stockpiling.toml"``, a path inside the package) or a zero-argument
callable returning a :class:`~policymeasures.rules.RuleSet`.
"""

from __future__ import annotations

import functools
import os
from importlib import metadata, resources
from pathlib import Path

import attrs

from policymeasures.errors import RuleError
from policymeasures.rules import RuleSet

__all__ = ["ENTRY_POINT_GROUP", "available_rulesets", "default_rules", "load_ruleset"]

ENTRY_POINT_GROUP = "policymeasures.rulesets"
DEFAULT_NAME = "default"


def _default_path() -> Path:
    return Path(str(resources.files("policymeasures").joinpath("data", "default")))


@functools.cache
def default_rules() -> RuleSet:
    """The shipped rule set, loaded from its TOML files by the same loader as a user's."""
    return RuleSet.from_file(_default_path())


def _entry_points() -> dict[str, metadata.EntryPoint]:
    return {ep.name: ep for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)}


def available_rulesets() -> dict[str, str]:
    """Every rule set that can be loaded by name, mapped to where it comes from."""
    found = {DEFAULT_NAME: f"policymeasures (built in): {_default_path()}"}
    for name, entry_point in sorted(_entry_points().items()):
        dist = entry_point.dist.name if entry_point.dist else "unknown distribution"
        found.setdefault(name, f"{dist} (plug-in): {entry_point.value}")
    return found


def _load_entry_point(entry_point: metadata.EntryPoint) -> RuleSet:
    """The rule set an entry point names: a file or directory in a package, or a callable."""
    module, _, attribute = entry_point.value.partition(":")
    where = f"entry point {entry_point.name!r} ({entry_point.value})"
    try:
        if attribute and ("/" in attribute or attribute.strip().endswith(".toml")):
            path = resources.files(module.strip()).joinpath(attribute.strip())
            ruleset: object = RuleSet.from_file(Path(str(path)))
        else:
            loaded = entry_point.load()
            ruleset = loaded() if callable(loaded) else loaded
    except RuleError:
        raise
    except Exception as exc:  # a plug-in's own bug: name the plug-in, keep the cause
        raise RuleError([f"{where}: cannot load: {type(exc).__name__}: {exc}"]) from exc
    if not isinstance(ruleset, RuleSet):
        raise RuleError([f"{where} did not give a RuleSet but {type(ruleset).__name__}"])
    return attrs.evolve(ruleset, name=entry_point.name,
                        source=ruleset.source or entry_point.value)


def load_ruleset(name_or_path: str | os.PathLike[str]) -> RuleSet:
    """A rule set by registered name (``"default"``, a plug-in's name) or by file path.

    A registered name wins over a file of the same name in the working directory; write
    ``./name`` to mean the file.
    """
    if not isinstance(name_or_path, (str, os.PathLike)):
        raise TypeError(f"name_or_path must be a name or a path, not {type(name_or_path).__name__}")
    name = os.fspath(name_or_path)
    if not isinstance(name, str):
        raise TypeError("name_or_path must be a str or a str path, not bytes")
    if name == DEFAULT_NAME:
        return default_rules()
    entry_points = _entry_points()
    if name in entry_points:
        return _load_entry_point(entry_points[name])
    path = Path(name)
    if path.exists():
        return RuleSet.from_file(path)
    known = ", ".join(sorted(available_rulesets()))
    raise RuleError([f"{name}: no rule set of that name (known: {known}) and no such file"])
