"""policymeasures: typed records of trade-policy measures from English news and official text."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from policymeasures.errors import PolicyMeasuresError, RuleConflictError, RuleError
from policymeasures.records import Action, Actor, Bound, Kind, Magnitude, Measure, Product, Span, Status

try:
    __version__ = version("policymeasures")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Action",
    "Actor",
    "Bound",
    "Kind",
    "Magnitude",
    "Measure",
    "PolicyMeasuresError",
    "Product",
    "RuleConflictError",
    "RuleError",
    "Span",
    "Status",
    "__version__",
]
