"""Checks on the package's source that the linters do not make.

A module-level name bound twice is a silent bug: the second binding replaces the first
for every function of the module, also those written against the first (two rules each
naming their own ``_IMPORTS_FROM``). Ruff reports redefined imports and functions, not
reassigned constants, so this test reads each module's top level itself.
"""

from __future__ import annotations

import ast
import importlib.util
import pkgutil
from collections import Counter
from pathlib import Path

import pytest

import policymeasures

# Names a module may rebind on purpose: the public list grows as a module is read.
REBOUND_ON_PURPOSE = frozenset(("__all__",))


def _module_names() -> list[str]:
    return [policymeasures.__name__] + [
        info.name for info in pkgutil.walk_packages(policymeasures.__path__,
                                                     prefix="policymeasures.")]


def _top_level_bindings(tree: ast.Module) -> Counter[str]:
    """How many times each name is bound by an assignment, a function or a class at the
    module's top level (an ``if TYPE_CHECKING`` branch or a ``try`` is not top level)."""
    bound: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] += 1
    return bound


def test_the_check_sees_a_rebinding() -> None:
    tree = ast.parse("_WORDS = 1\ndef f():\n    return _WORDS\n_WORDS = 2\n")
    assert _top_level_bindings(tree)["_WORDS"] == 2


@pytest.mark.parametrize("name", _module_names())
def test_no_module_binds_a_name_twice(name: str) -> None:
    spec = importlib.util.find_spec(name)  # found, not imported: no optional extra needed
    assert spec is not None and spec.origin is not None
    source = Path(spec.origin).read_text(encoding="utf-8")
    twice = sorted(bound for bound, count in _top_level_bindings(ast.parse(source)).items()
                   if count > 1 and bound not in REBOUND_ON_PURPOSE)
    assert twice == []
