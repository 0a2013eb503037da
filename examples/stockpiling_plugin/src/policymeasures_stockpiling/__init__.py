"""Rules for governments building strategic stockpiles and reserves of goods.

The rule set is data, in ``rules.toml`` beside this file; the package's entry point in
the group ``policymeasures.rulesets`` names that file, so ``policymeasures`` finds it
once the package is installed::

    >>> import policymeasures
    >>> policymeasures.load_ruleset("stockpiling").name  # doctest: +SKIP
    'stockpiling'
"""

from __future__ import annotations

__all__ = ["RULES_FILE"]

#: The rule file the entry point names, for those who load it by path.
RULES_FILE = "rules.toml"
