"""Rule files: loading, validation with file, line and rule id, round trips, combining."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policymeasures import Extractor, default_rules
from policymeasures._data import tomllib
from policymeasures.errors import PolicyMeasuresError, RuleConflictError, RuleError
from policymeasures.records import Action, Kind, Status
from policymeasures.rules import Rule, RuleSet, combine, trigger_to_regex, validate_rule

RULES = Path(__file__).parent / "data" / "rules"


def _problems(excinfo: pytest.ExceptionInfo[RuleError]) -> list[str]:
    return excinfo.value.problems


# ---------------------------------------------------------------------- round trips


def test_file_round_trips_through_dict() -> None:
    """A rule file read into a RuleSet, written to a dict and read back is equal."""
    loaded = RuleSet.from_file(RULES / "tiny.toml")
    again = RuleSet.from_dict(loaded.to_dict())
    assert again == loaded
    assert again.to_dict() == loaded.to_dict()
    assert [r.id for r in again.rules] == ["stock.noun", "stock.release"]


def test_file_round_trips_through_toml_text(tmp_path: Path) -> None:
    """A RuleSet saved with save() loads back equal, and the text is valid TOML."""
    loaded = RuleSet.from_file(RULES / "tiny.toml")
    target = tmp_path / "saved.toml"
    loaded.save(target)
    assert tomllib.loads(target.read_text(encoding="utf-8"))["ruleset"]["name"] == "tiny"
    assert RuleSet.from_file(target) == loaded


def test_default_rules_round_trip_through_toml() -> None:
    """The shipped rule set, lexicons included, survives to_toml/from_toml unchanged."""
    from policymeasures.registry import default_rules

    rules = default_rules()
    assert RuleSet.from_toml(rules.to_toml()) == rules


def test_source_does_not_count_for_equality() -> None:
    """Where a rule set was loaded from is kept but two equal contents compare equal."""
    loaded = RuleSet.from_file(RULES / "tiny.toml")
    assert loaded.source.endswith("tiny.toml")
    assert RuleSet.from_dict(loaded.to_dict()).source == ""
    assert RuleSet.from_dict(loaded.to_dict()) == loaded


def test_to_toml_writes_regexes_as_literal_strings() -> None:
    """Patterns are written as '...' literal strings, so backslashes stay single."""
    ruleset = RuleSet("r", [Rule("x", "tariff", patterns=[r"\bduty\b"])])
    assert r"patterns = ['\bduty\b']" in ruleset.to_toml()


def test_to_toml_escapes_awkward_strings() -> None:
    """Quotes, backslashes with apostrophes, newlines and control characters round-trip."""
    text = "it's \"quoted\" \\ back\nnew\tline \x01 é"
    ruleset = RuleSet("r", [Rule("x", "tariff", ["duty"], description=text)],
                      description=text)
    assert RuleSet.from_toml(ruleset.to_toml()) == ruleset


_WORD = st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,7}", fullmatch=True)
_TRIGGER = st.lists(_WORD, min_size=1, max_size=3).map(" ".join).flatmap(
    lambda phrase: st.sampled_from([phrase, phrase + "*"]))
_PATTERN = st.one_of(
    st.sampled_from([r"\bduty\b", r"\bban(?:s|ned)?\s+on\b", r"(?:export|import)s?\s+cap",
                     r"\d+\s*%", r"levy\s+of\b"]),
    _WORD.map(lambda w: rf"\b{w}\b"),
)
_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)
_KIND = st.one_of(st.sampled_from([k.value for k in Kind]),
                  st.from_regex(r"[a-z][a-z_]{0,11}", fullmatch=True))


@st.composite
def _rules(draw: st.DrawFn, rule_id: str) -> Rule:
    triggers = draw(st.lists(_TRIGGER, max_size=4))
    patterns = draw(st.lists(_PATTERN, min_size=0 if triggers else 1, max_size=3))
    return Rule(
        id=rule_id,
        kind=draw(_KIND),
        triggers=triggers,
        patterns=patterns,
        action=draw(st.sampled_from([a.value for a in Action])),
        status=draw(st.one_of(st.none(), st.sampled_from([s.value for s in Status]))),
        require=draw(st.lists(_PATTERN, max_size=2)),
        exclude=draw(st.lists(_PATTERN, max_size=2)),
        priority=draw(st.integers(-5, 5)),
        description=draw(_TEXT),
        targets=draw(st.booleans()),
        subject_is=draw(st.sampled_from(["imposer", "target"])),
        target_prepositions=draw(st.lists(st.sampled_from(["in", "into", "with"]),
                                          max_size=2, unique=True)),
    )


@st.composite
def _rulesets(draw: st.DrawFn) -> RuleSet:
    ids = draw(st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,6}(?:\.[a-z0-9]{1,5})?",
                                      fullmatch=True), max_size=5, unique=True))
    cues = draw(st.dictionaries(
        st.sampled_from(["negation", "clause_breaks", "goods_nouns"]),
        st.lists(_WORD, max_size=3), max_size=2))
    # One name, one code: a name meaning two codes at once is refused by the gazetteer.
    actors = draw(st.lists(st.builds(
        lambda code, name: {"code": code, "name": name, "names": [name]},
        st.from_regex(r"[A-Z]{3}", fullmatch=True), _WORD), max_size=2,
        unique_by=(lambda a: a["code"], lambda a: a["name"])))
    return RuleSet(
        name=draw(_WORD),
        rules=[draw(_rules(rule_id)) for rule_id in ids],
        cues=cues,
        actors=actors,
        version=draw(st.sampled_from(["", "1.0", "2.1.3"])),
        description=draw(_TEXT),
    )


@settings(max_examples=60, deadline=None)
@given(_rulesets())
def test_any_valid_ruleset_round_trips(ruleset: RuleSet) -> None:
    """Any rule set of valid rules survives to_dict/from_dict and to_toml/from_toml."""
    assert RuleSet.from_dict(ruleset.to_dict()) == ruleset
    assert RuleSet.from_toml(ruleset.to_toml()) == ruleset


# ---------------------------------------------------------------------- validation


def test_rule_error_is_a_value_error_and_a_package_error() -> None:
    """RuleError can be caught as ValueError or as the package's base error."""
    assert issubclass(RuleError, ValueError)
    assert issubclass(RuleError, PolicyMeasuresError)
    assert issubclass(RuleConflictError, RuleError)


def test_syntax_error_reports_file_line_and_rule() -> None:
    """A TOML syntax error names the file, its line and the rule it lies in."""
    path = RULES / "broken_syntax.toml"
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_file(path)
    [problem] = _problems(excinfo)
    assert problem.startswith(f"{path}:11: missing.value: invalid TOML: ")
    assert "column" in problem


def test_syntax_error_outside_rules_has_no_rule_id() -> None:
    """A syntax error in [ruleset] reports '-' where the rule id would be."""
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_toml('[ruleset]\nname = "x\n', source="f.toml")
    assert _problems(excinfo)[0].startswith("f.toml:2: -: invalid TOML: ")


def test_every_problem_is_reported_at_once_with_its_line() -> None:
    """A broken file yields one RuleError listing every problem as file:line: id: message."""
    path = RULES / "broken_rules.toml"
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_file(path)
    problems = [p.removeprefix(f"{path}:") for p in _problems(excinfo)]
    assert problems == [
        "13: typo.field: unknown field 'trigers' (did you mean 'triggers'?)",
        "10: typo.field: needs at least one of 'triggers' or 'patterns'",
        "20: bad.pattern: pattern '(unclosed' is not a valid regular expression: "
        "missing ) at position 9",
        "26: named.group: pattern '(?P<who>embargo)' has named group(s) who: the engine "
        "names each pattern's group itself; use (?:...) instead",
        "29: good: duplicate rule id 'good' (first at line 6)",
        "37: bad.action: action 'hoard' is not one of "
        "['decrease', 'impose', 'increase', 'lift', 'suspend']",
        "38: bad.action: status 'rumoured' is not one of "
        "['agreed', 'announced', 'effective', 'proposed', 'threatened']",
        "43: bad.trigger: trigger 'duty (import)': word '(import)' may hold letters, "
        "digits and .'&/+- and end in *",
        "52: actors[2]: 'names' must be a string or a list of strings",
    ]
    assert str(excinfo.value) == "\n".join(_problems(excinfo))


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("(?<who>embargo)", "has named group(s) who"),
        (r"(ban)\s+\1", "refers back to a group"),
        ("x*", "can match an empty string"),
        ("[unclosed", "is not a valid regular expression"),
    ],
)
def test_patterns_the_engine_cannot_combine_are_rejected(pattern: str, message: str) -> None:
    """Patterns with named groups, backreferences or empty matches are refused at load."""
    rules = {"rules": [{"id": "r", "kind": "tariff", "patterns": [pattern]}]}
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_dict(rules)
    [problem] = _problems(excinfo)
    assert problem.startswith(f"r: pattern {pattern!r} ")
    assert message in problem


def test_named_groups_are_allowed_in_require_and_exclude() -> None:
    """require and exclude are compiled on their own, so named groups there are fine."""
    rule = {"id": "r", "kind": "tariff", "triggers": ["duty"], "exclude": ["(?P<x>free)"]}
    assert RuleSet.from_dict({"rules": [rule]}).rules[0].exclude == ("(?P<x>free)",)


def test_problems_in_a_pattern_list_point_at_the_pattern_line() -> None:
    """A bad item of a multi-line list is reported on its own line, not the key's."""
    text = '[[rules]]\nid = "r"\nkind = "tariff"\ntriggers = [\n  "duty",\n  "bad word!",\n]\n'
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_toml(text, source="t.toml")
    assert _problems(excinfo)[0].startswith("t.toml:6: r: trigger 'bad word!'")


def test_rule_without_id_is_named_by_position() -> None:
    """A rule missing its id is reported as 'rule #n' on its table's line."""
    text = '[[rules]]\nid = "a"\nkind = "tariff"\ntriggers = ["x"]\n\n[[rules]]\nkind = "t"\n'
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_toml(text, source="t.toml")
    assert "t.toml:6: rule #2: missing or empty 'id'" in _problems(excinfo)


def test_lexicon_tables_of_the_wrong_shape_are_rejected() -> None:
    """An actors entry that is not a table, bad cues and bad units are all reported."""
    data = {
        "actors": ["Atlantis"],
        "products": {"name": "oil"},
        "cues": {"action": {"hoard": ["keep"]}, "negation": "not", "colours": []},
        "units": {"scales": {"lakh": "many"}},
        "extra": {},
    }
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_dict(data, source="d")
    problems = _problems(excinfo)
    assert "d: -: unknown top-level table 'extra'" in problems
    assert "d: actors[1]: a actor entry must be a table, not str" in problems
    assert "d: [[products]]: 'products' must be an array of tables ([[products]])" in problems
    assert any("cues.action.hoard" in p for p in problems)
    assert "d: [cues]: cues.negation must be a list of strings" in problems
    assert any("unknown cue category 'colours'" in p for p in problems)
    assert any(p.startswith("d: [units]: scales.lakh") for p in problems)


def test_unknown_ruleset_field_is_reported_on_its_line() -> None:
    """A typo in [ruleset] is reported with the line of the key."""
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_toml('[ruleset]\nname = "x"\nversoin = "1"\n', source="m.toml")
    assert _problems(excinfo) == [
        "m.toml:3: [ruleset]: unknown field 'versoin' (did you mean 'version'?)"]


def test_missing_file_is_a_rule_error() -> None:
    """A rule file that cannot be read raises RuleError in the same shape."""
    with pytest.raises(RuleError, match=r"nope\.toml:1: -: cannot read rule file"):
        RuleSet.from_file(RULES / "nope.toml")


def test_directory_loads_as_one_ruleset_and_reports_ids_reused_across_files() -> None:
    """A directory's files form one rule set; an id in two files is located in the later."""
    split = RULES / "split"
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_file(split)
    assert _problems(excinfo) == [
        f"{split / 'b.toml'}:9: shared.id: duplicate rule id 'shared.id' "
        f"(first in {split / 'a.toml'}:5)"]


def test_rule_from_dict_validates() -> None:
    """Rule.from_dict raises RuleError naming the rule."""
    with pytest.raises(RuleError, match="r: priority 'high' must be an integer"):
        Rule.from_dict({"id": "r", "kind": "tariff", "triggers": ["x"], "priority": "high"})


@pytest.mark.parametrize("value", [["In"], ["in to"], [""], "in", [3]])
def test_target_prepositions_must_be_single_lower_case_words(value: object) -> None:
    with pytest.raises(RuleError, match="target_prepositions must be a list of single"):
        Rule.from_dict({"id": "r", "kind": "pledge", "triggers": ["x"],
                        "target_prepositions": value})


def test_a_rules_own_target_prepositions_open_targets_for_it_alone() -> None:
    """ "invest in X": "in" names the partner of a pledge, but not of a tariff."""
    pledge = RuleSet(name="pledges", rules=[Rule(
        id="pledge.invest", kind="investment_pledge", patterns=[r"\bpledged\s+to\s+invest\b"],
        keywords=["invest"], target_prepositions=["in"])])
    extractor = Extractor([default_rules(), pledge])
    [record] = extractor.extract("Seoul pledged to invest $350 billion in the United States.")
    assert (record.imposer and record.imposer.code, [t.code for t in record.targets]) == (
        "KOR", ["USA"])
    plain = RuleSet(name="plain", rules=[attrs.evolve(pledge.rules[0], target_prepositions=())])
    [record] = Extractor([default_rules(), plain]).extract(
        "Seoul pledged to invest $350 billion in the United States.")
    assert record.targets == ()
    [tariff] = extractor.extract("Seoul imposed tariffs in the United States.")
    assert tariff.targets == ()


def test_trigger_regex_matches_hyphens_endings_and_apostrophes() -> None:
    """A trigger's space matches a hyphen, '*' any ending, and ' the typographic quote."""
    import regex

    assert regex.search(trigger_to_regex("strategic reserve*"), "strategic-reserves")
    assert regex.search(trigger_to_regex("nation's stock"), "nation\u2019s stock")
    assert not regex.search(trigger_to_regex("duty"), "dutyfree")


# ---------------------------------------------------------------- validation is the whole truth


def _load_problems(text: str) -> list[str]:
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_toml(text, source="f.toml")
    return _problems(excinfo)


_RULE = '[[rules]]\nid = "r"\nkind = "tariff"\ntriggers = ["levy"]\n'


def test_actor_entries_are_checked_with_file_and_line() -> None:
    """A bad 'from' date and a code no entry names are reported where they stand."""
    text = (_RULE + '\n[[actors]]\ncode = "ZZZ"\nnames = ["Zland"]\nfrom = "yesterday"\n'
            '\n[[actors]]\ncode = "USA"\nnames = ["Uncle Sam"]\n')
    assert _load_problems(text) == [
        "f.toml:9: actors[1]: 'from': 'yesterday' is not an ISO date (YYYY-MM-DD)",
        "f.toml:7: actors[1]: no entry gives code 'ZZZ' its canonical 'name'",
    ]


def test_dates_are_checked_on_an_entry_with_no_names() -> None:
    """An entry that only names a code still has its dates checked: what validates is
    what it says (found by Hypothesis: a NaN 'from' made two loads of one file differ)."""
    text = _RULE + '\n[[actors]]\ncode = "USA"\nfrom = 2020.5\n'
    assert _load_problems(text) == [
        "f.toml:8: actors[1]: 'from': 2020.5 is not an ISO date (YYYY-MM-DD)"]


def test_a_code_the_shipped_data_names_needs_no_name() -> None:
    """An entry may add names to "USA" without repeating "United States", and they work."""
    from policymeasures.engine import Extractor

    effective = _RULE.replace('kind = "tariff"', 'kind = "tariff"\nstatus = "effective"')
    rules = RuleSet.from_toml(effective + '\n[[actors]]\ncode = "USA"\nnames = ["Uncle Sam"]\n')
    [measure] = Extractor([rules]).extract("Uncle Sam put a levy on steel.")
    assert measure.imposer is not None and measure.imposer.name == "United States"


def test_product_entries_are_checked_with_file_and_line() -> None:
    """A product's bad HS code is reported on its line."""
    text = _RULE + '\n[[products]]\nname = "rice"\nhs = ["1006x"]\n'
    assert _load_problems(text) == [
        "f.toml:8: products[1]: HS code '1006x' must be 2, 4 or 6 digits"]


@pytest.mark.parametrize("phrase", ["", " ", "\t"])
def test_empty_cue_phrases_are_refused(phrase: str) -> None:
    """negation = [""] used to negate every measure; an empty phrase is refused on its line."""
    text = _RULE + f'\n[cues]\nclause_breaks = [";"]\nnegation = ["not", "{phrase}"]\n'
    [problem] = _load_problems(text)
    assert problem.startswith("f.toml:8: [cues]: cues.negation: phrase ")
    assert "empty" in problem


def test_empty_phrases_in_action_cues_are_refused() -> None:
    """The nested [cues.action] and [cues.status] lists are checked alike."""
    text = _RULE + '\n[cues.action]\nlift = ["lifted", " "]\n'
    [problem] = _load_problems(text)
    assert problem.startswith("f.toml:7: [cues]: cues.action.lift: phrase ' ' is empty")


@pytest.mark.parametrize("number", ["inf", "nan", "-1.0"])
def test_unit_numbers_must_be_finite(number: str) -> None:
    """A scale of inf or nan would make every figure infinite: refused."""
    [problem] = _load_problems(_RULE + f"\n[units.scales]\nlakh = {number}\n")
    assert problem.startswith("f.toml:7: [units]: scales.lakh: expected a finite number")


def test_unknown_table_is_reported_at_its_header() -> None:
    """An unknown table is reported on the line of its header, not line 1."""
    assert _load_problems(_RULE + '\n[tarifs]\nrate = 1\n') == [
        "f.toml:6: -: unknown top-level table 'tarifs'"]


def test_every_toml_syntax_error_is_reported() -> None:
    """A syntax error in each of three tables gives three problems, not only the first."""
    text = ('[[rules]]\nid = "a"\nkind = \ntriggers = ["x"]\n\n'
            '[[rules]]\nid = "b"\nkind = "tariff"\ntriggers = ["y" "z"]\n\n'
            '[[rules]]\nid = "c"\nkind = "tariff"\npriority = 1 2\n')
    problems = _load_problems(text)
    assert [p.split(": ")[:2] for p in problems] == [
        ["f.toml:3", "a"], ["f.toml:9", "b"], ["f.toml:14", "c"]]
    assert all("invalid TOML" in p for p in problems)


def test_an_unclosed_bracket_is_reported_where_it_opens() -> None:
    """An array never closed is reported on the line of its bracket, not where TOML gave up."""
    text = ('[[rules]]\nid = "a"\nkind = "tariff"\ntriggers = ["x",\n  "y"\n\n'
            '[[rules]]\nid = "b"\nkind = "tariff"\ntriggers = ["z"]\n')
    [problem] = _load_problems(text)
    assert problem.startswith("f.toml:4: a: invalid TOML: Unclosed array: it opens here")
    assert "line 7" in problem


def test_an_unterminated_string_is_reported_where_it_opens() -> None:
    """A multi-line string never closed is reported on its first line."""
    [problem] = _load_problems('[[rules]]\nid = "a"\ndescription = """Tariffs\nkind = "x"\n')
    assert problem.startswith("f.toml:3: a: invalid TOML: Unterminated string: it opens here")
    assert "end of the file" in problem


def test_line_numbers_count_newlines_only() -> None:
    """A line separator or NEL inside a string does not shift later line numbers."""
    text = 'description = "a\u2028b\x85c"\n[[rules]]\nid = "r"\nkind =\n'
    [problem] = _load_problems(text)
    assert problem.startswith("f.toml:4: r: invalid TOML: Invalid value")


def test_dotted_keys_and_quoted_headers_are_located() -> None:
    """Problems under a dotted key or a quoted table name still name their line."""
    assert _load_problems("units.scales.lakh = inf\n\n" + _RULE) == [
        "f.toml:1: [units]: scales.lakh: expected a finite number >= 0, got inf"]
    [problem] = _load_problems(_RULE + "\n[units.'odd\\b+key']\nx = 1\n")
    assert problem.startswith("f.toml:6: [units]: unknown section")


def test_a_directory_with_one_broken_file_reports_that_file(tmp_path: Path) -> None:
    """A directory holding one invalid file used to raise 'zip() argument 2 is shorter'."""
    (tmp_path / "a.toml").write_text(_RULE, encoding="utf-8")
    (tmp_path / "b.toml").write_text('[[rules]]\nid = "b"\nkind = "tariff"\n',
                                     encoding="utf-8")
    (tmp_path / "c.toml").write_text(_RULE.replace('"r"', '"c"') + "oops\n", encoding="utf-8")
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_file(tmp_path)
    problems = _problems(excinfo)
    assert [p.split(":")[0] for p in problems] == [str(tmp_path / "b.toml"),
                                                     str(tmp_path / "c.toml")]


def test_a_directory_reports_names_two_files_give_two_codes(tmp_path: Path) -> None:
    """Files valid alone may clash together; the clash is located in the later file."""
    (tmp_path / "a.toml").write_text(
        _RULE + '\n[[actors]]\ncode = "ATL"\nname = "Atlantis"\nnames = ["Atlantis"]\n',
        encoding="utf-8")
    (tmp_path / "b.toml").write_text(
        '[[actors]]\ncode = "LEM"\nname = "Lemuria"\nnames = ["Atlantis"]\n', encoding="utf-8")
    with pytest.raises(RuleError) as excinfo:
        RuleSet.from_file(tmp_path)
    [problem] = _problems(excinfo)
    assert problem.startswith(f"{tmp_path / 'b.toml'}:4: actors[1]: 'Atlantis' means both")


@pytest.mark.parametrize("pattern", ["(a)(?1)", "(?R)?x", "(a)?(?(1)b|c)", r"(x)\g<1>"])
def test_patterns_that_refer_to_group_numbers_are_refused(pattern: str) -> None:
    """Recursion and conditions on group numbers change meaning in the combined expression."""
    with pytest.raises(RuleError, match="refers back to a group"):
        RuleSet.from_dict({"rules": [{"id": "r", "kind": "tariff", "patterns": [pattern]}]})


def test_rule_file_apis_refuse_wrong_types() -> None:
    """from_toml wants decoded text, from_dict a mapping: anything else is a TypeError."""
    with pytest.raises(TypeError, match="bytes"):
        RuleSet.from_toml(b"[[rules]]")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list"):
        RuleSet.from_dict([])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NoneType"):
        Rule.from_dict(None)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- combining


def _one(name: str, kind: str) -> RuleSet:
    return RuleSet(name, [Rule("shared", kind, ["duty"]), Rule(f"{name}.own", kind, ["x"])])


def test_conflicting_ids_raise_by_default() -> None:
    """Combining two rule sets that share a rule id raises RuleConflictError naming both."""
    with pytest.raises(RuleConflictError) as excinfo:
        combine([_one("a", "tariff"), _one("b", "subsidy")])
    assert excinfo.value.problems == ["b: shared: rule id already defined by a"]


def test_replace_keeps_the_later_rule() -> None:
    """on_conflict='replace' keeps the later rule, in the earlier one's place."""
    combined = combine([_one("a", "tariff"), _one("b", "subsidy")], on_conflict="replace")
    assert [(r.id, r.kind) for r in combined.rules] == [
        ("shared", "subsidy"), ("a.own", "tariff"), ("b.own", "subsidy")]


def test_keep_keeps_the_earlier_rule() -> None:
    """on_conflict='keep' keeps the first definition and drops the later one."""
    combined = combine([_one("a", "tariff"), _one("b", "subsidy")], on_conflict="keep")
    assert [(r.id, r.kind) for r in combined.rules] == [
        ("shared", "tariff"), ("a.own", "tariff"), ("b.own", "subsidy")]


def test_unknown_conflict_policy_is_refused() -> None:
    """A misspelt policy is an error, not a silent default."""
    with pytest.raises(ValueError, match="on_conflict"):
        combine([_one("a", "tariff")], on_conflict="warn")


def test_combine_merges_lexicons() -> None:
    """Cues merge list by list, actors and products add up, units merge table by table."""
    a = RuleSet("a", cues={"negation": ["not"]}, actors=[{"code": "ATL"}],
                units={"units": {"tonnes": "t"}})
    b = RuleSet("b", cues={"negation": ["not", "never"]}, actors=[{"code": "LEM"}],
                units={"units": {"bales": "bale"}})
    combined = combine([a, b])
    assert combined.cues == {"negation": ["not", "never"]}
    assert [e["code"] for e in combined.actors] == ["ATL", "LEM"]
    assert combined.units == {"units": {"tonnes": "t", "bales": "bale"}}


# ---------------------------------------------------------------------- the engine on a tiny set


def test_engine_runs_on_a_tiny_ruleset_without_shipped_data() -> None:
    """An Extractor given only a small rule set uses its rules, cues and actors alone."""
    from policymeasures.engine import Extractor

    tiny = RuleSet.from_dict({
        "rules": [
            {"id": "hoard.noun", "kind": "hoarding", "triggers": ["hoard*"]},
            {"id": "hoard.end", "kind": "hoarding", "action": "lift",
             "patterns": [r"\bstopp?(?:ed|s)?\s+hoarding\b"], "priority": 1},
        ],
        "cues": {"action": {"impose": ["began"]}, "status": {"announced": ["will"]}},
        "actors": [
            {"code": "ATL", "name": "Atlantis", "names": ["Atlantis"]},
            {"code": "LEM", "name": "Lemuria", "names": ["Lemuria"]},
        ],
    })
    extractor = Extractor(rulesets=[tiny])
    text = "Atlantis began hoarding tin. Lemuria stopped hoarding salt. China imposed tariffs."
    measures = extractor.extract(text)
    assert [(m.kind, m.action.value, m.imposer.code if m.imposer else None, m.rule)
            for m in measures] == [
        ("hoarding", "impose", "ATL", "hoard.noun"),
        ("hoarding", "lift", "LEM", "hoard.end"),
    ]
    for measure in measures:
        assert text[measure.start:measure.end] == measure.text


def test_extractor_conflict_policy_is_passed_through() -> None:
    """Extractor(rulesets=..., on_conflict=...) raises by default and replaces on request."""
    from policymeasures.engine import Extractor

    first = RuleSet("a", [Rule("r", "tariff", ["duty"])])
    second = RuleSet("b", [Rule("r", "hoarding", ["hoard*"])])
    with pytest.raises(RuleConflictError):
        Extractor(rulesets=[first, second])
    extractor = Extractor(rulesets=[first, second], on_conflict="replace")
    assert [r.kind for r in extractor.ruleset.rules] == ["hoarding"]


@pytest.mark.parametrize("page", ["rules.md", "plugins.md"])
def test_documentation_examples_run(page: str) -> None:
    """The Python examples of docs/rules.md and docs/plugins.md give what they show."""
    import doctest

    path = Path(__file__).parent.parent / "docs" / page
    result = doctest.testfile(str(path), module_relative=False,
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


def test_needs_details_is_checked() -> None:
    problems = validate_rule({"id": "x", "kind": "tariff", "triggers": ["levy"],
                              "needs_details": "yes"})
    assert any("needs_details" in p for p in problems)


def test_needs_details_drops_bare_mentions() -> None:
    """A rule that needs details keeps a mention only when it names a party, goods or a
    figure; the same rule without the flag keeps a bare one its cues make explicit."""
    rule = {"id": "stockpile.verb", "kind": "stockpiling", "triggers": ["stockpile"]}

    def found(text: str, needs: bool) -> int:
        rules = RuleSet.from_dict({"rules": [{**rule, "needs_details": needs}]})
        return len(Extractor([default_rules(), rules]).extract(text))

    assert Rule.from_dict({**rule, "needs_details": True}).needs_details
    assert found("The agency agreed to stockpile.", needs=False) == 1
    assert found("The agency agreed to stockpile.", needs=True) == 0
    assert found("Tokyo agreed to stockpile rice.", needs=True) == 1
