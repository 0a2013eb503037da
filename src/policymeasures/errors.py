"""Exception types. Every error the package raises derives from :class:`PolicyMeasuresError`."""

from __future__ import annotations


class PolicyMeasuresError(Exception):
    """Base class of every error raised by policymeasures."""


class RuleError(PolicyMeasuresError, ValueError):
    """A rule set is invalid. The message lists every problem found, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems) if self.problems else "invalid rule set")


class RuleConflictError(RuleError):
    """Two combined rule sets define the same rule id and the policy is ``raise``."""


class PolicyMeasuresWarning(UserWarning):
    """Base class of every warning policymeasures issues."""


class PatternTimeoutWarning(PolicyMeasuresWarning, RuntimeWarning):
    """A rule's own regular expression ran out of time on a sentence.

    Issued once per rule and text; the rule is skipped for the rest of that text and the
    other rules' measures are kept. Python shows a repeated, identical warning once per
    place by default; ``warnings.simplefilter("always", PatternTimeoutWarning)`` shows
    every one, ``"error"`` turns them into exceptions.
    """
class SettingsError(PolicyMeasuresError, ValueError):
    """Linking or tracking settings are invalid. The message lists every problem found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems) if self.problems else "invalid settings")


class MissingExtraError(PolicyMeasuresError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""
