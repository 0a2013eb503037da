"""The examples in the installed package's docstrings run and give what they show.

They are found with ``doctest`` on the imported modules rather than by pytest's
``--doctest-modules``, which collects ``src/`` as files: beside a non-editable install
(a test run from the sdist) that imports every module twice and fails collection. Here
the modules come from wherever ``import policymeasures`` finds them, so the same test
checks a checkout, an editable install and an installed sdist or wheel.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import policymeasures
from extras import missing_dependency

# pytest's own default for doctests, kept so examples read the same in both runners.
OPTION_FLAGS = doctest.ELLIPSIS


def _package_modules() -> list[str]:
    """The package and every submodule, private ones included: their examples are tests too."""
    names = [policymeasures.__name__]
    for info in pkgutil.walk_packages(policymeasures.__path__, prefix="policymeasures."):
        names.append(info.name)
    return sorted(names)


def _import(name: str) -> ModuleType:
    """The module, or a skip when it needs an optional extra that is not installed."""
    try:
        return importlib.import_module(name)
    except ImportError as error:
        missing = missing_dependency(error)
        if missing is None:
            raise
        pytest.skip(f"{name} needs {missing!r}, from an optional extra that is not installed")


@pytest.mark.parametrize("name", _package_modules())
def test_docstring_examples_run(name: str) -> None:
    """Every docstring example of the module gives the output it shows."""
    module = _import(name)
    tests = [test for test in doctest.DocTestFinder().find(module, name) if test.examples]
    runner = doctest.DocTestRunner(optionflags=OPTION_FLAGS)
    report: list[str] = []
    failed = sum(runner.run(test, out=report.append).failed for test in tests)
    assert failed == 0, "".join(report)


def test_every_module_with_examples_is_found() -> None:
    """The walk reaches the submodules, so a new module's examples cannot go untested."""
    names = _package_modules()
    assert {"policymeasures.records", "policymeasures.magnitudes"} <= set(names)


@pytest.mark.parametrize(("error", "expected"), [
    (ModuleNotFoundError("No module named 'dask'", name="dask"), "dask"),
    (ModuleNotFoundError("no", name="policymeasures.nothing"), None),
    (ImportError("install policymeasures[spark]"), None),
])
def test_missing_dependency_names_third_party_modules_only(
        error: ImportError, expected: str | None) -> None:
    """An import error counts as a missing extra only when a third-party module is missing."""
    assert missing_dependency(error) == expected


def test_missing_dependency_follows_the_cause() -> None:
    """An error naming the extra, raised from the missing module's error, names that module."""
    try:
        try:
            raise ModuleNotFoundError("No module named 'pyspark'", name="pyspark")
        except ModuleNotFoundError as cause:
            raise ImportError("install policymeasures[spark]") from cause
    except ImportError as error:
        assert missing_dependency(error) == "pyspark"
