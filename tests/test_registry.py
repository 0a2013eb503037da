"""Named rule sets, entry-point plug-ins and the `policymeasures rules` / `extract --rules` CLI."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import policymeasures
from policymeasures.cli import main
from policymeasures.errors import RuleError
from policymeasures.registry import ENTRY_POINT_GROUP, available_rulesets, load_ruleset
from policymeasures.rules import RuleSet

RULES = Path(__file__).parent / "data" / "rules"


@pytest.fixture
def plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A distribution on sys.path registering three rule sets: a file, a callable, a bug."""
    package = tmp_path / "fake_rules_pkg"
    package.mkdir()
    (package / "rules.toml").write_text((RULES / "tiny.toml").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    (package / "__init__.py").write_text(textwrap.dedent("""
        from policymeasures import Rule, RuleSet

        def build():
            return RuleSet("built", [Rule("built.rule", "subsidy", ["grant*"])])

        def broken():
            raise RuntimeError("plug-in bug")

        def not_a_ruleset():
            return {"rules": []}
    """), encoding="utf-8")
    dist = tmp_path / "fake_rules_pkg-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-rules-pkg\nVersion: 1.0\n",
                                   encoding="utf-8")
    (dist / "entry_points.txt").write_text(textwrap.dedent(f"""
        [{ENTRY_POINT_GROUP}]
        tinyfile = fake_rules_pkg:rules.toml
        built = fake_rules_pkg:build
        broken = fake_rules_pkg:broken
        wrongtype = fake_rules_pkg:not_a_ruleset
    """), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_default_rules_are_public_and_cached() -> None:
    """policymeasures.default_rules() is the shipped rule set, built once."""
    rules = policymeasures.default_rules()
    assert rules is policymeasures.default_rules()
    assert rules.name == "default"
    assert {"tariff", "export_control"} <= {r.kind for r in rules.rules}


def test_available_rulesets_lists_default_and_plugins(plugins: Path) -> None:
    """available_rulesets() names the built-in default and every entry point, with origins."""
    found = available_rulesets()
    assert found["default"].startswith("policymeasures (built in)")
    assert found["tinyfile"] == "fake-rules-pkg (plug-in): fake_rules_pkg:rules.toml"
    assert found["built"] == "fake-rules-pkg (plug-in): fake_rules_pkg:build"


def test_entry_point_naming_a_file_loads_it_under_the_entry_point_name(plugins: Path) -> None:
    """An entry point 'module:file.toml' loads the file inside the package."""
    ruleset = load_ruleset("tinyfile")
    assert ruleset.name == "tinyfile"
    assert [r.id for r in ruleset.rules] == ["stock.noun", "stock.release"]
    assert ruleset.source.endswith("rules.toml")


def test_entry_point_naming_a_callable_calls_it(plugins: Path) -> None:
    """An entry point 'module:function' is called and must return a RuleSet."""
    ruleset = policymeasures.load_ruleset("built")
    assert ruleset.name == "built"
    assert [r.id for r in ruleset.rules] == ["built.rule"]


@pytest.mark.parametrize(("name", "message"), [
    ("broken", "entry point 'broken' (fake_rules_pkg:broken): cannot load: RuntimeError: "
               "plug-in bug"),
    ("wrongtype", "entry point 'wrongtype' (fake_rules_pkg:not_a_ruleset) did not give a "
                  "RuleSet but dict"),
])
def test_a_broken_plugin_is_a_rule_error_naming_it(plugins: Path, name: str,
                                                    message: str) -> None:
    """A plug-in that fails or returns the wrong thing raises RuleError naming it."""
    with pytest.raises(RuleError) as excinfo:
        load_ruleset(name)
    assert excinfo.value.problems == [message]


def test_load_ruleset_by_path_and_by_default_name() -> None:
    """load_ruleset takes a file path (str or Path) or the name 'default'."""
    assert load_ruleset(RULES / "tiny.toml") == RuleSet.from_file(RULES / "tiny.toml")
    assert load_ruleset(str(RULES / "tiny.toml")).name == "tiny"
    assert load_ruleset("default") is policymeasures.default_rules()


def test_load_ruleset_unknown_name_lists_the_known_ones() -> None:
    """An unknown name that is no file either raises RuleError listing the known names."""
    with pytest.raises(RuleError, match=r"no-such-rules: no rule set of that name \(known: .*"
                                        r"default.*\) and no such file"):
        load_ruleset("no-such-rules")


# ---------------------------------------------------------------------- CLI


def test_cli_rules_list_shows_names_and_origins(plugins: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`rules list` prints each available name with where it comes from."""
    assert main(["rules", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    by_name = {line.split()[0]: line.split(None, 1)[1] for line in lines}
    assert by_name["default"].startswith("policymeasures (built in)")
    assert by_name["built"] == "fake-rules-pkg (plug-in): fake_rules_pkg:build"


def test_cli_validate_clean_file_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """`rules validate` on a good file says ok and exits 0."""
    path = RULES / "tiny.toml"
    assert main(["rules", "validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{path}: ok (2 rules)\n"
    assert captured.err == ""


def test_cli_validate_prints_every_problem_as_file_line_id_message(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`rules validate` prints one `file:line: rule-id: message` line per problem, exit 1."""
    good, broken, syntax = (RULES / "tiny.toml", RULES / "broken_rules.toml",
                            RULES / "broken_syntax.toml")
    assert main(["rules", "validate", str(good), str(broken), str(syntax)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == f"{good}: ok (2 rules)"
    problems = lines[1:]
    assert len(problems) == 10
    for line in problems:
        file, number, rule_id, message = line.split(":", 3)
        assert file in (str(broken), str(syntax))
        assert int(number) > 0
        assert rule_id.strip() and message.startswith(" ")
    assert f"{broken}:13: typo.field: unknown field 'trigers' (did you mean 'triggers'?)" in lines
    assert problems[-1].startswith(f"{syntax}:11: missing.value: invalid TOML:")
    assert captured.err == "policymeasures: 10 problems found\n"


def test_cli_validate_missing_file_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist is a problem in the same shape, not a traceback."""
    assert main(["rules", "validate", "no/such.toml"]) == 1
    assert capsys.readouterr().out.startswith("no/such.toml:1: -: cannot read rule file")


def test_cli_extract_with_rules_path_adds_to_defaults(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`extract --rules FILE` finds the file's kind next to the default kinds."""
    article = tmp_path / "article.txt"
    article.write_text("Canada imposed a 25% tariff on U.S. steel. "
                       "Atlantis began stockpiling cobalt.", encoding="utf-8")
    assert main(["extract", "--rules", str(RULES / "tiny.toml"), "--format", "jsonl",
                 str(article)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {(r["kind"], r["rule"]) for r in records} >= {("stockpiling", "stock.noun")}
    assert "tariff" in {r["kind"] for r in records}


def test_cli_extract_rules_is_repeatable_and_names_plugins(
        plugins: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--rules may be given several times, with registered names as well as paths."""
    article = tmp_path / "article.txt"
    article.write_text("Atlantis began stockpiling cobalt. Lemuria will grant subsidies.",
                       encoding="utf-8")
    assert main(["extract", "--rules", "tinyfile", "--rules", "built", "--format", "jsonl",
                 str(article)]) == 0
    rules = {json.loads(line)["rule"] for line in capsys.readouterr().out.splitlines()}
    assert {"stock.noun", "built.rule"} <= rules


def test_cli_extract_with_conflicting_rules_fails_cleanly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A rule set reusing a default rule id stops extract with a one-line error, exit 2."""
    clash = tmp_path / "clash.toml"
    clash.write_text('[[rules]]\nid = "tariff.noun"\nkind = "tariff"\ntriggers = ["x"]\n',
                     encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Nothing here.", encoding="utf-8")
    assert main(["extract", "--rules", str(clash), str(article)]) == 2
    assert "tariff.noun: rule id already defined by" in capsys.readouterr().err
