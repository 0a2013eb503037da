"""Access to the data files shipped inside the package."""

from __future__ import annotations

import sys
from importlib import resources
from typing import Any

__all__ = ["data_path", "load_toml", "tomllib"]

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
