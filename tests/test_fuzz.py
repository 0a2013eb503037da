"""The fuzz targets' checks in CI: every kept finding replayed, and a short search.

The long searches run with atheris (``fuzz/run.py``); what they found, and the
reproducers of earlier bugs, live in ``fuzz/crashers`` and are replayed here for ever.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import hostile_text, rule_file_lines

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
sys.path.insert(0, str(FUZZ))

from checks import check_rules, check_text  # noqa: E402  # fuzz/ is not a package

KEPT = sorted(path for kind in ("crashers", "seeds") for path in (FUZZ / kind).glob("*/*")
              if path.is_file())


@pytest.mark.parametrize("path", KEPT, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/"
                                                     f"{p.name}")
def test_kept_fuzz_input_passes_its_checks(path: Path) -> None:
    """Each kept input (a past finding or a seed) passes every check of its target."""
    check = check_text if path.parent.name == "text" else check_rules
    check(path.read_bytes())


def test_there_are_findings_for_both_targets() -> None:
    """The crasher folders are not silently empty: both targets have kept inputs."""
    assert any((FUZZ / "crashers" / "rules").iterdir())
    assert any((FUZZ / "crashers" / "text").iterdir())


@settings(max_examples=60)
@given(st.one_of(st.binary(max_size=300), hostile_text.map(lambda t: b"\x01" + t.encode())))
def test_text_target_holds_on_short_inputs(data: bytes) -> None:
    """The article checks hold on random bytes and on hostile text."""
    check_text(data)


@settings(max_examples=60)
@given(st.one_of(st.binary(max_size=300), rule_file_lines.map(str.encode)))
def test_rules_target_holds_on_short_inputs(data: bytes) -> None:
    """The rule-file checks hold on random bytes and on broken rule files."""
    check_rules(data)
