"""policymeasures: typed records of trade-policy measures from English news and official text.

>>> import datetime, policymeasures
>>> [m] = policymeasures.extract("Canada imposed a 25% tariff on U.S. steel.")
>>> m.kind.value, m.action.value, m.status.value, m.imposer.code, m.rate.value
('tariff', 'impose', 'effective', 'CAN', 25.0)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from policymeasures.actors import resolve_actor
from policymeasures.api import extract
from policymeasures.engine import Extractor
from policymeasures.errors import PolicyMeasuresError, RuleConflictError, RuleError
from policymeasures.magnitudes import parse_magnitudes
from policymeasures.products import resolve_product
from policymeasures.records import (
    Action,
    Actor,
    Bound,
    Kind,
    Magnitude,
    Measure,
    Product,
    Span,
    Status,
)
from policymeasures.registry import available_rulesets, default_rules, load_ruleset
from policymeasures.rules import Rule, RuleSet

try:
    __version__ = version("policymeasures")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Action",
    "Actor",
    "Bound",
    "Extractor",
    "Kind",
    "Magnitude",
    "Measure",
    "PolicyMeasuresError",
    "Product",
    "Rule",
    "RuleConflictError",
    "RuleError",
    "RuleSet",
    "Span",
    "Status",
    "__version__",
    "available_rulesets",
    "default_rules",
    "extract",
    "load_ruleset",
    "parse_magnitudes",
    "resolve_actor",
    "resolve_product",
]
