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
from policymeasures.corpus import Document, DocumentError, read_documents
from policymeasures.engine import Extractor
from policymeasures.errors import (
    MissingExtraError,
    PolicyMeasuresError,
    RuleConflictError,
    RuleError,
    SettingsError,
)
from policymeasures.linking import Inference, LinkedMeasure, LinkingRules, link
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
from policymeasures.tables import to_frame, to_rows
from policymeasures.timeline import Event, MeasureState, Reported, Source, TrackedMeasure
from policymeasures.tracking import Tracker, TrackingRules, select

try:
    __version__ = version("policymeasures")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Action",
    "Actor",
    "Bound",
    "Document",
    "DocumentError",
    "Event",
    "Extractor",
    "Inference",
    "Kind",
    "LinkedMeasure",
    "LinkingRules",
    "Magnitude",
    "Measure",
    "MeasureState",
    "MissingExtraError",
    "PolicyMeasuresError",
    "Product",
    "Reported",
    "Rule",
    "RuleConflictError",
    "RuleError",
    "RuleSet",
    "SettingsError",
    "Source",
    "Span",
    "Status",
    "TrackedMeasure",
    "Tracker",
    "TrackingRules",
    "__version__",
    "available_rulesets",
    "default_rules",
    "extract",
    "link",
    "load_ruleset",
    "parse_magnitudes",
    "read_documents",
    "resolve_actor",
    "resolve_product",
    "select",
    "to_frame",
    "to_rows",
]
