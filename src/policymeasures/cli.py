"""The ``policymeasures`` command: extract measures from files, list and validate rule sets.

Errors a user can cause (a missing file, a bad date, undecodable bytes, a broken rule
file) end in a one-line message on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from policymeasures.errors import PolicyMeasuresError, RuleError
from policymeasures.records import Magnitude, Measure

__all__ = ["main"]


class _UsageError(Exception):
    """A problem with the command line or its inputs, reported as one line."""


def _parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}: use YYYY-MM-DD") from None


def _build_parser() -> argparse.ArgumentParser:
    from policymeasures import __version__

    parser = argparse.ArgumentParser(
        prog="policymeasures",
        description="Extract trade-policy measures from English news and official text.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract measures from text files or stdin")
    extract.add_argument("files", nargs="*", metavar="FILE",
                         help="UTF-8 text files; '-' or none reads standard input")
    extract.add_argument("--date", type=_parse_date, metavar="YYYY-MM-DD",
                         help="the article's date, for relative dates and leaders' terms")
    extract.add_argument("--format", choices=("json", "jsonl", "table"), default="table",
                         help="output format (default: table)")
    extract.add_argument("--rules", action="append", default=[], metavar="NAME_OR_PATH",
                         help="a rule set to add to the defaults (repeatable)")

    rules = commands.add_parser("rules", help="list or validate rule sets")
    rule_commands = rules.add_subparsers(dest="rules_command", required=True)
    rule_commands.add_parser("list", help="the rule sets available by name")
    validate = rule_commands.add_parser("validate", help="check rule files; exit 1 on problems")
    validate.add_argument("files", nargs="+", metavar="FILE")
    return parser


def _read_input(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        where = "<stdin>"
    else:
        try:
            with open(name, "rb") as handle:
                data = handle.read()
        except FileNotFoundError:
            raise _UsageError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise _UsageError(f"{name}: is a directory") from None
        except OSError as exc:
            raise _UsageError(f"{name}: cannot read: {exc.strerror}") from None
        where = name
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _UsageError(f"{where}: not valid UTF-8 (byte {exc.start})") from None


def _number(value: float) -> str:
    """A readable number: 8000000000 as 8,000,000,000 and 0.849 as 0.849."""
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text or "0"


def _magnitude_cell(magnitude: Magnitude | None) -> str:
    if magnitude is None:
        return ""
    signs = {"upper": "<=", "lower": ">=", "approx": "~"}
    bound = signs.get(magnitude.bound.value, "")
    value = _number(magnitude.value)
    if magnitude.high is not None:
        value = f"{value}-{_number(magnitude.high)}"
    return f"{bound}{value} {magnitude.unit}"


def _table_rows(file: str, measures: list[Measure]) -> list[list[str]]:
    rows = []
    for m in measures:
        kind = m.kind.value if hasattr(m.kind, "value") else str(m.kind)
        rows.append([
            file,
            kind,
            m.action.value + (" (not)" if m.negated else ""),
            m.status.value,
            m.imposer.code if m.imposer else "",
            ",".join(t.code for t in m.targets),
            _magnitude_cell(m.rate),
            _magnitude_cell(m.amount),
            "; ".join(p.text for p in m.products)[:40],
            m.date.isoformat() if m.date else "",
        ])
    return rows


def _write_table(rows: list[list[str]], out: TextIO) -> None:
    header = ["file", "kind", "action", "status", "imposer", "targets", "rate", "amount",
              "products", "date"]
    if not rows:
        out.write("no measures found\n")
        return
    widths = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(len(header))]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    out.write(line.rstrip() + "\n" + "  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _extract(args: argparse.Namespace, out: TextIO) -> int:
    from policymeasures.engine import Extractor
    from policymeasures.registry import default_rules, load_ruleset

    files = args.files or ["-"]
    texts = [(name, _read_input(name)) for name in files]  # fail before any output
    extractor = Extractor([default_rules(), *(load_ruleset(r) for r in args.rules)])
    results: list[tuple[str, list[Measure]]] = [
        (name, extractor.extract(text, reference_date=args.date)) for name, text in texts
    ]
    if args.format == "json":
        payload: list[dict[str, Any]] = [
            {"file": name, "measures": [m.to_dict() for m in measures]}
            for name, measures in results
        ]
        # allow_nan=False: strict JSON; values are always finite (magnitudes.MAX_VALUE).
        json.dump(payload, out, ensure_ascii=False, indent=2, allow_nan=False)
        out.write("\n")
    elif args.format == "jsonl":
        for name, measures in results:
            for measure in measures:
                out.write(json.dumps({"file": name, **measure.to_dict()}, ensure_ascii=False,
                                     allow_nan=False))
                out.write("\n")
    else:
        rows = [row for name, measures in results for row in _table_rows(name, measures)]
        _write_table(rows, out)
    return 0


def _rules(args: argparse.Namespace, out: TextIO) -> int:
    """``rules list`` and ``rules validate``: problems print as ``file:line: rule-id: message``."""
    from policymeasures.registry import available_rulesets
    from policymeasures.rules import RuleSet

    if args.rules_command == "list":
        found = available_rulesets()
        width = max(len(name) for name in found)
        for name, origin in found.items():
            out.write(f"{name.ljust(width)}  {origin}\n")
        return 0
    status = 0
    count = 0
    for path in args.files:
        try:
            ruleset = RuleSet.from_file(path)
        except RuleError as exc:
            # Problems are the command's output, one per line as linters print them, so
            # editors and grep can read them; the summary goes to stderr.
            for problem in exc.problems:
                out.write(problem + "\n")
            count += len(exc.problems)
            status = 1
        else:
            out.write(f"{path}: ok ({len(ruleset.rules)} rules)\n")
    if count:
        sys.stderr.write(f"policymeasures: {count} problem{'s' if count > 1 else ''} found\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args, sys.stdout)
        return _rules(args, sys.stdout)
    except (_UsageError, PolicyMeasuresError) as exc:
        message = str(exc).splitlines() or ["error"]
        sys.stderr.write(f"policymeasures: {message[0]}\n")
        for extra in message[1:]:
            sys.stderr.write(f"  {extra}\n")
        return 2
    except BrokenPipeError:
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
