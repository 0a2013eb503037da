"""The example plug-in, installed into a temporary directory and found through its entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from policymeasures.cli import main
from policymeasures.registry import available_rulesets, load_ruleset
from policymeasures.rules import RuleSet

EXAMPLE = Path(__file__).parent.parent / "examples" / "stockpiling_plugin"
ARTICLE = (
    "Japan will build up its reserves of critical minerals by 30,000 tonnes. "
    "Canada imposed a 25% tariff on U.S. steel. "
    "China began releasing 2 million tonnes of corn from its state reserves."
)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example built and installed with pip, offline, into a fresh target directory."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--target", str(target), str(EXAMPLE)],
        check=True, capture_output=True, timeout=300,
    )
    return target


@pytest.fixture
def on_path(installed: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The installed plug-in importable and its entry points visible, for one test."""
    monkeypatch.syspath_prepend(str(installed))
    yield installed
    sys.modules.pop("policymeasures_stockpiling", None)


def test_plugin_is_not_found_before_installation() -> None:
    """Without the package on sys.path there is no 'stockpiling' rule set."""
    assert "stockpiling" not in available_rulesets()


def test_installed_plugin_is_listed_with_its_distribution(on_path: Path) -> None:
    """After pip install, available_rulesets() names the plug-in and its distribution."""
    assert available_rulesets()["stockpiling"] == (
        "policymeasures-stockpiling (plug-in): policymeasures_stockpiling:rules.toml")


def test_installed_plugin_loads_by_name(on_path: Path) -> None:
    """load_ruleset('stockpiling') reads the TOML file installed inside the package."""
    ruleset = load_ruleset("stockpiling")
    assert ruleset.name == "stockpiling"
    assert ruleset.version == "1.0.0"
    assert {rule.kind for rule in ruleset.rules} == {"stockpiling"}
    assert Path(ruleset.source).is_relative_to(on_path)
    source = EXAMPLE / "src" / "policymeasures_stockpiling" / "rules.toml"
    assert ruleset == attrs.evolve(RuleSet.from_file(source), name="stockpiling")

def test_cli_extract_finds_stockpiling_next_to_default_kinds(
        on_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`policymeasures extract --rules stockpiling` reports stockpiling and tariff records."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", "--rules", "stockpiling", "--format", "jsonl", str(article)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    stockpiles = [r for r in records if r["kind"] == "stockpiling"]
    assert [(r["imposer"]["code"], r["action"], r["rule"]) for r in stockpiles] == [
        ("JPN", "impose", "stockpiling.build_up"),
        ("CHN", "decrease", "stockpiling.release"),
    ]
    assert [p["text"] for p in stockpiles[0]["products"]] == ["critical minerals"]
    assert (stockpiles[0]["amount"]["value"], stockpiles[0]["amount"]["unit"]) == (30000, "t")
    assert "tariff" in {r["kind"] for r in records}


def test_cli_rules_list_shows_the_plugin(on_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`policymeasures rules list` shows the installed plug-in beside the default."""
    assert main(["rules", "list"]) == 0
    out = capsys.readouterr().out
    assert "stockpiling  policymeasures-stockpiling (plug-in)" in out
    assert out.startswith("default ")
