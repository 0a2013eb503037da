"""The ``policymeasures`` command: extract measures from a corpus, follow them through time
(``track``), list and validate rule sets.

``extract`` reads files, directories and JSON-lines corpora (``corpus.py``) and writes
each document's measures as soon as it is read, in input order, so a long run shows
its first rows at once and an interrupted one keeps what it wrote. A document that
cannot be read is named on stderr and skipped; the others are read as usual.

Exit status:

- 0: every document was read;
- 1: some documents could not be read and were skipped (each named on stderr);
- 2: nothing was done: a bad option, rule set or output file (one line on stderr);
- 130: interrupted (Ctrl-C); what was written so far stays, closed properly.

When the reader of the output stops early (``| head``) the command stops quietly with 1.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from policymeasures.corpus import Document, DocumentError
from policymeasures.engine import DEFAULT_BATCH_SIZE
from policymeasures.errors import PolicyMeasuresError, RuleError
from policymeasures.records import Magnitude, Measure

if TYPE_CHECKING:
    from policymeasures.engine import Extractor

__all__ = ["EXIT_FAILED_DOCUMENTS", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_FAILED_DOCUMENTS = 1
EXIT_USAGE = 2
# 128 + SIGINT, what shells report for a command stopped by Ctrl-C.
EXIT_INTERRUPTED = 130

FORMATS = ("table", "json", "jsonl", "csv", "parquet")
TRACK_FORMATS = ("table", "json", "csv")
# Date problems shown one by one before the rest are only counted: a corpus whose date
# field is never a day (a year, "2004-2005") would otherwise flood the terminal.
DATE_PROBLEMS_SHOWN = 3
# Table columns and their widths: the table is written as it goes, so the widths are
# fixed beforehand; a longer cell pushes its row out of line rather than being cut.
TABLE_COLUMNS = (("document", 20), ("kind", 22), ("action", 14), ("status", 11),
                 ("imposer", 7), ("targets", 15), ("rate", 12), ("amount", 20),
                 ("products", 40), ("date", 10))
PRODUCTS_WIDTH = dict(TABLE_COLUMNS)["products"]


class _UsageError(Exception):
    """A problem with the command line or its output, reported as one line."""


def _parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}: use YYYY-MM-DD") from None


def _parse_jobs(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"invalid job count {value!r}: use 1, 2, ... or 0")
    return int(value)


def _build_parser() -> argparse.ArgumentParser:
    from policymeasures import __version__

    parser = argparse.ArgumentParser(
        prog="policymeasures",
        description="Extract trade-policy measures from English news and official text.",
        epilog="Exit status: 0 all read, 1 some documents skipped, 2 usage error, "
               "130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract", help="extract measures from files, directories, JSON-lines corpora or stdin",
        epilog="Exit status: 0 all read, 1 some documents skipped, 2 usage error, "
               "130 interrupted.")
    extract.add_argument(
        "inputs", nargs="*", metavar="INPUT",
        help="a UTF-8 text file (one document), a directory (its files, recursively), a "
             "JSON-lines corpus (*.jsonl, *.ndjson, also .gz: one document a line); "
             "'-' or none reads standard input")
    extract.add_argument("--date", type=_parse_date, metavar="YYYY-MM-DD",
                         help="the reference date of documents that carry none of their own")
    extract.add_argument("--format", choices=FORMATS, default="table",
                         help="output format (default: table); parquet needs --output")
    extract.add_argument("-o", "--output", metavar="PATH",
                         help="write to this file instead of standard output")
    extract.add_argument("--explode", choices=("targets", "products"),
                         help="csv and parquet: one row per target or product")
    extract.add_argument("--rules", action="append", default=[], metavar="NAME_OR_PATH",
                         help="a rule set to add to the defaults (repeatable)")
    _add_corpus_arguments(extract)
    run = extract.add_argument_group("running")
    run.add_argument("-j", "--jobs", type=_parse_jobs, default=1, metavar="N",
                     help="worker processes (default: 1; 0: one per CPU)")
    run.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N",
                     help=f"documents sent to a worker at a time (default: "
                          f"{DEFAULT_BATCH_SIZE})")
    run.add_argument("-q", "--quiet", action="store_true",
                     help="no progress line (shown only when stderr is a terminal and the "
                          "output is not)")

    _add_track_parser(commands)

    rules = commands.add_parser("rules", help="list or validate rule sets")
    rule_commands = rules.add_subparsers(dest="rules_command", required=True)
    rule_commands.add_parser("list", help="the rule sets available by name")
    validate = rule_commands.add_parser("validate", help="check rule files; exit 1 on problems")
    validate.add_argument("files", nargs="+", metavar="FILE")
    return parser


def _add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """How documents are read from directories and JSON-lines corpora (extract, track)."""
    corpus = parser.add_argument_group("corpus input")
    corpus.add_argument("--glob", default="**/*", metavar="PATTERN",
                        help="files to read in directories (default: **/*)")
    corpus.add_argument("--jsonl", action="store_true",
                        help="read every input, stdin included, as JSON lines")
    corpus.add_argument("--text-field", metavar="NAME",
                        help="a record's text field (default: body, else text)")
    corpus.add_argument("--date-field", default="date", metavar="NAME",
                        help="a record's date field (default: date)")
    corpus.add_argument("--id-field", default="id", metavar="NAME",
                        help="a record's id field (default: id)")


def _add_track_parser(commands: Any) -> None:
    track = commands.add_parser(
        "track", help="follow measures through a corpus: events in time order, with sources",
        epilog="Exit status: 0 all read, 1 some documents skipped, 2 usage error, "
               "130 interrupted.")
    track.add_argument("inputs", nargs="*", metavar="CORPUS",
                       help="files, directories and JSON-lines corpora, as for extract")
    track.add_argument("--imposer", metavar="CODE", help="only measures of this imposer (USA)")
    track.add_argument("--target", metavar="CODE", help="only measures on this target (CHN)")
    track.add_argument("--kind", metavar="KIND", help="only measures of this kind (tariff)")
    track.add_argument("--since", type=_parse_date, metavar="YYYY-MM-DD",
                       help="only events from this day on")
    track.add_argument("--until", type=_parse_date, metavar="YYYY-MM-DD",
                       help="only events up to this day")
    track.add_argument("--format", choices=TRACK_FORMATS, default="table",
                       help="output format (default: table)")
    track.add_argument("-o", "--output", metavar="PATH",
                       help="write to this file instead of standard output")
    track.add_argument("--plot", metavar="FILE",
                       help="also draw the measures: FILE.html (plotly) or FILE.png/.svg/.pdf "
                            "(matplotlib); needs the plot extra")
    track.add_argument("--date", type=_parse_date, metavar="YYYY-MM-DD",
                       help="the date of documents that carry none of their own")
    track.add_argument("--rules", action="append", default=[], metavar="NAME_OR_PATH",
                       help="a rule set to add to the defaults (repeatable)")
    _add_corpus_arguments(track)
    run = track.add_argument_group("running")
    run.add_argument("-j", "--jobs", type=_parse_jobs, default=1, metavar="N",
                     help="worker processes (default: 1; 0: one per CPU)")
    run.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N",
                     help=f"documents sent to a worker at a time (default: "
                          f"{DEFAULT_BATCH_SIZE})")
    run.add_argument("-q", "--quiet", action="store_true",
                     help="no progress line (shown only when stderr is a terminal)")


# ---------------------------------------------------------------------- output formats


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


class _Writer:
    """Writes each document's measures as they come; ``close`` finishes the output."""

    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        self.out = out
        self.args = args

    def write(self, doc: Document, measures: list[Measure]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.out.flush()


class _JsonLines(_Writer):
    def write(self, doc: Document, measures: list[Measure]) -> None:
        from policymeasures.tables import document_row

        head = document_row(doc)
        for measure in measures:
            self.out.write(json.dumps({**head, **measure.to_dict()}, ensure_ascii=False,
                                      allow_nan=False))
            self.out.write("\n")
        if measures:
            self.out.flush()


class _Json(_Writer):
    """One JSON array of documents, written element by element and closed at the end."""

    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        super().__init__(out, args)
        self._count = 0

    def write(self, doc: Document, measures: list[Measure]) -> None:
        from policymeasures.tables import document_row

        entry = {**document_row(doc), "measures": [m.to_dict() for m in measures]}
        text = json.dumps(entry, ensure_ascii=False, indent=2, allow_nan=False)
        self.out.write(("[\n" if self._count == 0 else ",\n") + text)
        self._count += 1
        if measures:
            self.out.flush()

    def close(self) -> None:
        self.out.write("[]\n" if self._count == 0 else "\n]\n")
        super().close()


class _Csv(_Writer):
    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        from policymeasures.tables import write_csv

        super().__init__(out, args)
        write_csv([], out)  # the header, at once, so an empty run is still a table

    def write(self, doc: Document, measures: list[Measure]) -> None:
        from policymeasures.tables import to_rows, write_csv

        if measures:
            write_csv(to_rows(measures, doc=doc, explode=self.args.explode), self.out,
                      header=False)
            self.out.flush()


class _Parquet(_Writer):
    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        from policymeasures.tables import ParquetWriter

        super().__init__(out, args)
        self._writer = ParquetWriter(args.output)

    def write(self, doc: Document, measures: list[Measure]) -> None:
        from policymeasures.tables import to_rows

        self._writer.write(to_rows(measures, doc=doc, explode=self.args.explode))

    def close(self) -> None:
        self._writer.close()


class _Table(_Writer):
    """Aligned columns for reading by eye, the header written before the first row."""

    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        super().__init__(out, args)
        self._rows = 0

    def _line(self, cells: Sequence[str]) -> str:
        padded = [_fit(c, w).ljust(w) for c, (_, w) in zip(cells, TABLE_COLUMNS, strict=True)]
        return "  ".join(padded).rstrip() + "\n"

    def write(self, doc: Document, measures: list[Measure]) -> None:
        if measures and self._rows == 0:
            self.out.write(self._line([name for name, _ in TABLE_COLUMNS]))
            self.out.write("  ".join("-" * w for _, w in TABLE_COLUMNS) + "\n")
        for m in measures:
            self.out.write(self._line([
                doc.id,
                str(m.kind),
                m.action.value + (" (not)" if m.negated else ""),
                m.status.value,
                m.imposer.code if m.imposer else "",
                ",".join(t.code for t in m.targets),
                _magnitude_cell(m.rate),
                _magnitude_cell(m.amount),
                "; ".join(p.text for p in m.products)[:PRODUCTS_WIDTH],
                m.date.isoformat() if m.date else "",
            ]))
            self._rows += 1
        if measures:
            self.out.flush()

    def close(self) -> None:
        if self._rows == 0:
            self.out.write("no measures found\n")
        super().close()


def _fit(cell: str, width: int) -> str:
    """A cell cut to its column, keeping its end ("…sample_article.txt"): the end of a
    path or id tells documents apart, and the columns stay aligned."""
    return cell if len(cell) <= width else "\u2026" + cell[len(cell) - width + 1:]


_WRITERS: dict[str, type[_Writer]] = {
    "table": _Table, "json": _Json, "jsonl": _JsonLines, "csv": _Csv, "parquet": _Parquet}


# ---------------------------------------------------------------------- problems and progress


class _Reporter:
    """Names each unreadable document on stderr, above the progress line if there is one."""

    def __init__(self, stderr: TextIO, show_progress: bool, total: int | None,
                 default_date: datetime.date | None) -> None:
        from policymeasures._progress import Progress

        self._stderr = stderr
        self._progress = Progress(stderr, total) if show_progress else None
        self._default_date = default_date
        self.skipped = 0
        self.undated = 0

    def _say(self, message: str) -> None:
        if self._progress is not None:
            self._progress.note(message)
        else:
            self._stderr.write(message + "\n")

    def problem(self, error: DocumentError) -> None:
        if error.skipped:
            self.skipped += 1
            self._say(f"policymeasures: {error.where}: {error.reason} (skipped)")
            return
        self.undated += 1
        if self.undated <= DATE_PROBLEMS_SHOWN:
            self._say(f"policymeasures: {error.where}: {error.reason} ({self._fallback()})")

    def _fallback(self) -> str:
        return f"dated {self._default_date} from --date" if self._default_date else "undated"

    def done(self, doc: Document, measures: list[Measure]) -> None:
        if self._progress is not None:
            self._progress.advance(chars=len(doc.text), measures=len(measures))

    def finish(self) -> None:
        if self._progress is not None:
            self._progress.finish()
        hidden = self.undated - DATE_PROBLEMS_SHOWN
        if hidden > 0:
            self._stderr.write(f"policymeasures: {hidden:,} more documents with a date that "
                               f"could not be read ({self._fallback()})\n")
        if self.skipped > 1:  # one is named above and needs no count
            self._stderr.write(f"policymeasures: {self.skipped:,} documents could not be read "
                               f"and were skipped\n")


# ---------------------------------------------------------------------- extract


def _extracted(extractor: Extractor, docs: Iterable[Document], jobs: int,
               batch_size: int) -> Iterator[tuple[Document, list[Measure]]]:
    """Each document with its measures, in order, however many processes do the work."""
    waiting: deque[Document] = deque()

    def items() -> Iterator[tuple[str, datetime.date | None]]:
        for doc in docs:
            waiting.append(doc)
            yield doc.text, doc.date

    n_process = jobs or -1  # --jobs 0: one per CPU
    for measures in extractor.extract_many(items(), n_process=n_process,
                                           batch_size=batch_size):
        yield waiting.popleft(), measures


def _open_output(args: argparse.Namespace) -> TextIO:
    if args.format == "parquet":
        if not args.output:
            raise _UsageError("parquet output needs a file: add --output PATH")
        return sys.stdout  # the Parquet writer opens the file itself
    if not args.output:
        return sys.stdout
    try:
        return open(args.output, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise _UsageError(f"{args.output}: cannot write: {exc.strerror}") from None


def _extract(args: argparse.Namespace) -> int:
    from policymeasures.corpus import count_documents, read_documents
    from policymeasures.engine import Extractor
    from policymeasures.registry import default_rules, load_ruleset

    if args.batch_size < 1:
        raise _UsageError(f"--batch-size must be at least 1, not {args.batch_size}")
    inputs = args.inputs or ["-"]
    extractor = Extractor([default_rules(), *(load_ruleset(r) for r in args.rules)])
    # Progress goes to a terminal, but not to the one the rows are printed on: there the
    # rows show the progress, and a status line would be cut into them.
    rows_on_terminal = not args.output and sys.stdout.isatty()
    show_progress = not args.quiet and sys.stderr.isatty() and not rows_on_terminal
    total = count_documents(inputs, glob=args.glob, jsonl=args.jsonl or None) if (
        show_progress) else None
    reporter = _Reporter(sys.stderr, show_progress, total, args.date)
    out = _open_output(args)
    try:
        writer = _WRITERS[args.format](out, args)
    except OSError as exc:  # the Parquet file cannot be created
        raise _UsageError(f"{args.output}: cannot write: {exc}") from None
    try:
        docs = read_documents(
            inputs, text_field=args.text_field, date_field=args.date_field or None,
            id_field=args.id_field or None, glob=args.glob, default_date=args.date,
            jsonl=args.jsonl or None, on_error=reporter.problem)
        for doc, measures in _extracted(extractor, docs, args.jobs, args.batch_size):
            writer.write(doc, measures)
            reporter.done(doc, measures)
    finally:
        # Also on Ctrl-C: close the JSON array and the Parquet footer over what was done.
        writer.close()
        if out is not sys.stdout:
            out.close()
        reporter.finish()
    return EXIT_FAILED_DOCUMENTS if reporter.skipped else EXIT_OK


def _track(args: argparse.Namespace) -> int:
    """Extract every document, follow the measures across them, print the ones asked for."""
    from policymeasures import tracktable
    from policymeasures.corpus import count_documents, read_documents
    from policymeasures.engine import Extractor
    from policymeasures.registry import default_rules, load_ruleset
    from policymeasures.tracking import Tracker, select

    if args.batch_size < 1:
        raise _UsageError(f"--batch-size must be at least 1, not {args.batch_size}")
    if args.plot:
        _check_plot_path(args.plot)
    inputs = args.inputs or ["-"]
    extractor = Extractor([default_rules(), *(load_ruleset(r) for r in args.rules)])
    show_progress = not args.quiet and sys.stderr.isatty()
    total = count_documents(inputs, glob=args.glob, jsonl=args.jsonl or None) if (
        show_progress) else None
    reporter = _Reporter(sys.stderr, show_progress, total, args.date)
    tracker = Tracker()
    try:
        docs = read_documents(
            inputs, text_field=args.text_field, date_field=args.date_field or None,
            id_field=args.id_field or None, glob=args.glob, default_date=args.date,
            jsonl=args.jsonl or None, on_error=reporter.problem)
        for doc, measures in _extracted(extractor, docs, args.jobs, args.batch_size):
            tracker.add(measures, doc.id, doc.date)
            reporter.done(doc, measures)
    finally:
        reporter.finish()
    every = select(tracker.measures(), kind=args.kind, imposer=args.imposer,
                   target=args.target)
    shown = select(every, since=args.since, until=args.until)
    writers = {"table": tracktable.write_table, "json": tracktable.write_json,
               "csv": tracktable.write_csv}
    out = _open_output(args)
    try:
        writers[args.format](shown, out)
    finally:
        if out is not sys.stdout:
            out.close()
    if args.plot:
        from policymeasures.plotting import plot

        # The whole history is drawn, so the level on the first day shown is right.
        kept = {m.id for m in shown}
        plot([m for m in every if m.id in kept], args.plot, since=args.since,
             until=args.until, title=_plot_title(args))
    return EXIT_FAILED_DOCUMENTS if reporter.skipped else EXIT_OK


def _check_plot_path(path: str) -> None:
    """Fail before reading the corpus when the picture could not be written."""
    from policymeasures.plotting import HTML_SUFFIXES, IMAGE_SUFFIXES

    suffix = os.path.splitext(path)[1].lower()
    if suffix not in HTML_SUFFIXES | IMAGE_SUFFIXES:
        known = ", ".join(sorted(HTML_SUFFIXES | IMAGE_SUFFIXES))
        raise _UsageError(f"--plot {path}: use a file ending in one of {known}")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise _UsageError(f"--plot {path}: no such directory {folder}")


def _plot_title(args: argparse.Namespace) -> str:
    parts = [args.kind or "measures", args.imposer or "", "\u2192" if args.target else "",
             args.target or ""]
    return " ".join(p for p in parts if p) + " through time"


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


def _silence_stdout() -> None:
    """After a closed pipe (``| head``), send what is left to /dev/null, not to a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (tests capture it): nothing will be flushed


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "track":
            return _track(args)
        return _rules(args, sys.stdout)
    except (_UsageError, PolicyMeasuresError) as exc:
        message = str(exc).splitlines() or ["error"]
        sys.stderr.write(f"policymeasures: {message[0]}\n")
        for extra in message[1:]:
            sys.stderr.write(f"  {extra}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("policymeasures: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_FAILED_DOCUMENTS


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
