"""Optional dependencies, imported where they are needed, with an error naming the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

from policymeasures.errors import MissingExtraError

__all__ = ["require"]


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """The module ``module``, or :class:`MissingExtraError` saying which extra installs it.

    >>> require("json", "none", "a doctest").__name__
    'json'
    >>> try:
    ...     require("no_such_module", "pandas", "to_frame()")
    ... except ImportError as exc:
    ...     print(exc)
    to_frame() needs no_such_module: pip install 'policymeasures[pandas]'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(
            f"{purpose} needs {module.split('.')[0]}: pip install 'policymeasures[{extra}]'"
        ) from exc
