"""Access to the data files shipped inside the package."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

__all__ = ["data_path", "lexicon_entries", "load_toml", "tomllib"]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


def data_path(name: str) -> resources.abc.Traversable:
    """The packaged data file ``name`` (relative to ``policymeasures/data``)."""
    return resources.files("policymeasures").joinpath("data", name)


def load_toml(name: str) -> dict[str, Any]:
    """Parse a packaged TOML data file."""
    return tomllib.loads(data_path(name).read_text(encoding="utf-8"))


def lexicon_entries(
    entries: Iterable[Any], origin: str, known_keys: frozenset[str], problems: list[str]
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The tables of a lexicon section with where each stands ("actors[3]").

    Entries that are not tables and keys outside ``known_keys`` are added to
    ``problems`` (so every problem is reported at once); the tables are still yielded.
    """
    for index, entry in enumerate(entries):
        where = f"{origin}[{index}]"
        if not isinstance(entry, Mapping):
            problems.append(f"{where}: an entry must be a table, not {type(entry).__name__}")
            continue
        unknown = sorted(set(entry) - known_keys)
        if unknown:
            problems.append(f"{where}: unknown keys {unknown}; allowed: {sorted(known_keys)}")
        yield where, entry
