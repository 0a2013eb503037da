"""Telling a module that needs an optional extra from a module that is broken."""

from __future__ import annotations


def missing_dependency(error: ImportError) -> str | None:
    """The third-party module an import error is about, or None when it is about our own code.

    Modules behind an optional extra may fail to import without it, directly or through
    an error that names the extra; either way the missing module is in the chain.
    """
    current: BaseException | None = error
    while current is not None:
        name = getattr(current, "name", None)
        if name:
            return None if name.split(".")[0] == "policymeasures" else name
        current = current.__cause__
    return None
