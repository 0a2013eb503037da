"""Documents from files, directories, JSON-lines corpora and standard input.

A corpus is read one :class:`Document` at a time, so a run over millions of articles
holds one of them in memory, and every document carries its own reference date::

    read_documents(inputs, *, text_field=None, date_field="date", id_field="id",
                   glob="**/*", default_date=None, jsonl=None, on_error=None)
        -> Iterator[Document]

``inputs`` are paths and ``"-"`` (standard input), in the order given:

- a **directory** is walked recursively; the files whose path relative to it matches
  ``glob`` are read in sorted order (names starting with a dot are left out);
- a file named ``*.jsonl`` or ``*.ndjson`` is a **JSON-lines corpus**: one JSON object a
  line, each a document. Its text is the ``text_field`` (by default ``body``, or
  ``text`` when there is no ``body``), its id the ``id_field`` (else ``path:line``), its
  date the ``date_field``, read by :func:`parse_date`;
- any other file, and standard input, is **one document** of UTF-8 text whose id is its
  path (``<stdin>`` for standard input) and whose date is ``default_date``.

Files ending in ``.gz`` are decompressed first (``news.jsonl.gz`` is a corpus).
``jsonl=True`` reads every input, standard input included, as JSON lines;
``jsonl=False`` reads every input as one text.

**Problems never stop the run.** A document that cannot be read (a missing file, bytes
that are not UTF-8, a line that is not JSON, a record without text) is skipped, and a
:class:`DocumentError` naming it (path, ``path:line`` or id) and the reason is passed to
``on_error``; the documents before and after it are read as usual. A record whose date
cannot be read is kept, dated ``default_date``, and reported the same way with
``skipped=False``. With ``on_error=None`` the first problem is raised instead.

>>> import io, json, os, tempfile
>>> folder = tempfile.mkdtemp()
>>> path = os.path.join(folder, "news.jsonl")
>>> with open(path, "w", encoding="utf-8") as out:
...     _ = out.write(json.dumps({"id": 7, "date": "2025-03-12", "body": "Duties rose."}))
...     _ = out.write("\\n{not json\\n")
...     _ = out.write(json.dumps({"id": 8, "date": "4-MAR-1987 09:15:00.00",
...                               "text": "Quotas ended."}) + "\\n")
>>> problems = []
>>> for doc in read_documents([path], on_error=problems.append):
...     print(doc.id, doc.date, doc.line, doc.text)
7 2025-03-12 1 Duties rose.
8 1987-03-04 3 Quotas ended.
>>> [(p.where.endswith("news.jsonl:2"), p.skipped) for p in problems]
[(True, True)]
"""

from __future__ import annotations

import datetime
import gzip
import io
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from policymeasures.dates import MONTH_NAMES, WEEKDAY_NAMES
from policymeasures.errors import PolicyMeasuresError

__all__ = [
    "STDIN",
    "Document",
    "DocumentError",
    "count_documents",
    "document_from_record",
    "error_policy",
    "parse_date",
    "read_documents",
]

# The name that stands for standard input among the inputs, as in most Unix tools.
STDIN = "-"
# The id and source of the document read from standard input.
STDIN_NAME = "<stdin>"
# Fields tried in turn for a record's text when no text field is named.
DEFAULT_TEXT_FIELDS = ("body", "text")
# File name endings that mark a JSON-lines corpus (before any ".gz").
JSONL_SUFFIXES = (".jsonl", ".ndjson")
GZIP_SUFFIX = ".gz"


@attrs.frozen(slots=True)
class Document:
    """One document of a corpus: its text, its id, its own reference date and its origin.

    ``id`` names the document in records and messages: the record's id field in a
    JSON-lines corpus (else ``path:line``), the path of a text file, ``<stdin>``.
    ``date`` is the reference date that relative dates and leaders' terms of office in
    the text are resolved against. ``source`` is the file it came from (``<stdin>`` for
    standard input, or a corpus name given by the caller) and ``line`` its line in a
    JSON-lines file, or ``None`` for a whole file.
    """

    id: str
    text: str
    date: datetime.date | None = None
    source: str = ""
    line: int | None = None


class DocumentError(PolicyMeasuresError, ValueError):
    """A document that could not be read, or read without its date.

    ``where`` names it (a path, ``path:line`` or ``path:line (id X)``), ``reason`` says
    what is wrong. ``skipped`` is true when the document was left out, false when it was
    kept with the default date because its date could not be read.
    """

    def __init__(self, where: str, reason: str, *, skipped: bool = True) -> None:
        self.where = where
        self.reason = reason
        self.skipped = skipped
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments do not survive the default exception pickling, and
        # errors cross process boundaries in parallel and distributed runs.
        return _document_error, (self.where, self.reason, self.skipped)


def _document_error(where: str, reason: str, skipped: bool) -> DocumentError:
    return DocumentError(where, reason, skipped=skipped)


ErrorHandler = Callable[[DocumentError], None]
OnError = Literal["raise", "skip"]

logger = logging.getLogger("policymeasures")


def _raise(error: DocumentError) -> None:
    raise error


def error_policy(on_error: OnError) -> ErrorHandler:
    """The handler of a run far from its user (Dask, Spark), where no callback reaches back.

    ``"raise"`` raises a document that cannot be read, failing the task; ``"skip"`` logs
    it as a warning on the ``policymeasures`` logger. A date that cannot be read is
    logged in both cases: the document is kept.
    """
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")

    def handle(error: DocumentError) -> None:
        if error.skipped and on_error == "raise":
            raise error
        logger.warning("%s", error)

    return handle


# ---------------------------------------------------------------------- dates

_MONTHS = tuple(name.lower() for name in MONTH_NAMES)
_WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)
# The shortest spelling of a month or weekday that names it: "Feb", "Sept", "Thu".
_MIN_NAME = 3
# Whatever may follow the day in a date-time: a time, a zone, or nothing.
_REST = r"(?:$|[T\s,])"
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _REST)
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-\s]([A-Za-z]+)\.?[-\s,]+(\d{4})" + _REST)
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})" + _REST)
_WEEKDAY_PREFIX = re.compile(r"([A-Za-z]+)\.?,?\s+")


def _month(name: str) -> int:
    word = name.lower()
    for number, month in enumerate(_MONTHS, start=1):
        if len(word) >= _MIN_NAME and month.startswith(word):
            return number
    raise ValueError(f"{name!r} is not a month")


def parse_date(value: object) -> datetime.date:
    """The day a document's date field names; ``ValueError`` when it names none.

    Understood: ``datetime.date`` and ``datetime.datetime`` values; ISO 8601 dates and
    date-times (``2025-03-12``, ``2025-03-12T08:30:00+01:00``, ``2025/03/12``); day,
    month name, year (``26-FEB-1987 15:01:11.79`` as in Reuters-21578, ``26 February
    1987``); month name, day, year (``Feb. 26, 1987``); either after a weekday (``Thu,
    26 Feb 1987 15:01:11 +0000``). Times and zones are ignored: the day is the one
    written. A year or a month alone is not a day and is refused.

    >>> parse_date("26-FEB-1987 15:01:11.79"), parse_date("2024-05-15T03:35:54+00:00")
    (datetime.date(1987, 2, 26), datetime.date(2024, 5, 15))
    >>> parse_date("2019")
    Traceback (most recent call last):
    ...
    ValueError: '2019' is not a date (use YYYY-MM-DD)
    """
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"a date must be text, not {type(value).__name__}")
    text = value.strip()
    prefix = _WEEKDAY_PREFIX.match(text)
    if prefix and any(d.startswith(prefix.group(1).lower()) for d in _WEEKDAYS) and (
            len(prefix.group(1)) >= _MIN_NAME):
        text = text[prefix.end():]
    try:
        if match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
            return datetime.date(year, month, day)
        if match := _DAY_MONTH_YEAR.match(text):
            return datetime.date(int(match[3]), _month(match[2]), int(match[1]))
        if match := _MONTH_DAY_YEAR.match(text):
            return datetime.date(int(match[3]), _month(match[1]), int(match[2]))
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date ({exc})") from None
    raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD)")


# ---------------------------------------------------------------------- records


@attrs.frozen(slots=True)
class _Fields:
    """Where a record keeps its text, id and date, and the date when it has none."""

    text: str | None = None
    date: str | None = "date"
    id: str | None = "id"
    default_date: datetime.date | None = None


def document_from_record(
    record: object,
    *,
    source: str = "",
    line: int | None = None,
    text_field: str | None = None,
    date_field: str | None = "date",
    id_field: str | None = "id",
    default_date: datetime.date | None = None,
    on_error: ErrorHandler | None = None,
) -> Document | None:
    """The document one record (a parsed JSON object, a table row as a dict) holds.

    The fields are read as by :func:`read_documents`. When the record holds no
    document, the problem goes to ``on_error`` and the result is None (without
    ``on_error`` the problem is raised); an unreadable date is reported and the
    document kept with ``default_date``.

    >>> document_from_record({"id": 3, "date": "2025-03-12", "body": "Duties rose."})
    Document(id='3', text='Duties rose.', date=datetime.date(2025, 3, 12), source='', line=None)
    """
    fields = _Fields(text=text_field, date=date_field, id=id_field, default_date=default_date)
    return _record_document(record, fields, source, line, on_error or _raise)


def _record_document(record: object, fields: _Fields, source: str, line: int | None,
                     on_error: ErrorHandler) -> Document | None:
    """The document a parsed JSON record holds, or None (reported) when it holds none."""
    where = f"{source}:{line}" if line is not None else source or "<record>"
    if not isinstance(record, Mapping):
        on_error(DocumentError(where, f"a record must be a JSON object, not "
                                      f"{type(record).__name__}"))
        return None
    raw_id = record.get(fields.id) if fields.id else None
    doc_id = where if raw_id is None else str(raw_id)
    if raw_id is not None:
        where = f"{where} (id {doc_id})"
    names = (fields.text,) if fields.text else DEFAULT_TEXT_FIELDS
    name = next((n for n in names if record.get(n) is not None), None)
    if name is None:
        wanted = " or ".join(repr(n) for n in names)
        on_error(DocumentError(where, f"no {wanted} field"))
        return None
    text = record[name]
    if not isinstance(text, str):
        on_error(DocumentError(where, f"field {name!r} is {type(text).__name__}, not text"))
        return None
    date = fields.default_date
    raw_date = record.get(fields.date) if fields.date else None
    if raw_date not in (None, ""):
        try:
            date = parse_date(raw_date)
        except ValueError as exc:
            on_error(DocumentError(where, f"field {fields.date!r}: {exc}", skipped=False))
    return Document(id=doc_id, text=text, date=date, source=source, line=line)


def _json_lines(handle: Iterable[bytes], source: str, fields: _Fields,
                on_error: ErrorHandler) -> Iterator[Document]:
    """The documents of a JSON-lines stream; a bad line is reported and skipped."""
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw)
        except UnicodeDecodeError as exc:
            on_error(DocumentError(f"{source}:{number}", f"not valid UTF-8 (byte {exc.start})"))
            continue
        except ValueError as exc:
            on_error(DocumentError(f"{source}:{number}", f"not valid JSON: {exc}"))
            continue
        document = _record_document(record, fields, source, number, on_error)
        if document is not None:
            yield document


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(where, f"not valid UTF-8 (byte {exc.start})") from None


# ---------------------------------------------------------------------- inputs


def _is_jsonl(path: Path, jsonl: bool | None) -> bool:
    if jsonl is not None:
        return jsonl
    name = path.name.lower().removesuffix(GZIP_SUFFIX)
    return name.endswith(JSONL_SUFFIXES)


def _open(path: Path) -> io.BufferedIOBase:
    if path.name.lower().endswith(GZIP_SUFFIX):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _reason(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, (gzip.BadGzipFile, EOFError)):
        return f"not a valid gzip file ({exc})"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read: {exc.strerror}"
    return f"cannot read: {exc}"


def _paths(inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], glob: str,
           on_error: ErrorHandler) -> Iterator[str | Path]:
    """Every input in order, directories replaced by their matching files."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for item in inputs:
        if os.fspath(item) == STDIN:
            yield STDIN
            continue
        path = Path(item)
        if not path.is_dir():
            yield path
            continue
        found = sorted(
            p for p in path.glob(glob)
            if p.is_file() and not any(part.startswith(".")
                                       for part in p.relative_to(path).parts))
        if not found:
            on_error(DocumentError(str(path), f"no files match {glob!r} in this directory"))
        yield from found


def read_documents(
    inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    text_field: str | None = None,
    date_field: str | None = "date",
    id_field: str | None = "id",
    glob: str = "**/*",
    default_date: datetime.date | None = None,
    jsonl: bool | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Document]:
    """Every document of the inputs, lazily and in order (see the module docstring).

    ``text_field``, ``date_field`` and ``id_field`` name a JSON-lines record's fields
    (``date_field=None`` dates every document ``default_date``). ``glob`` filters the
    files found in directories (``"**/*.txt"``). ``on_error`` receives each
    :class:`DocumentError`; without it the first one is raised.
    """
    report = on_error or _raise
    fields = _Fields(text=text_field, date=date_field, id=id_field, default_date=default_date)
    for path in _paths(inputs, glob, report):
        if path == STDIN:
            yield from _read_stdin(fields, jsonl, report)
            continue
        assert isinstance(path, Path)
        source = str(path)
        try:
            handle = _open(path)
        except OSError as exc:
            report(DocumentError(source, _reason(exc)))
            continue
        with handle:
            if _is_jsonl(path, jsonl):
                try:
                    yield from _json_lines(handle, source, fields, report)
                except (OSError, EOFError) as exc:  # a truncated or corrupt compressed file
                    report(DocumentError(source, _reason(exc)))
                continue
            try:
                data = handle.read()
            except (OSError, EOFError) as exc:
                report(DocumentError(source, _reason(exc)))
                continue
        try:
            text = _decode(data, source)
        except DocumentError as exc:
            report(exc)
            continue
        yield Document(id=source, text=text, date=default_date, source=source)


def _read_stdin(fields: _Fields, jsonl: bool | None, report: ErrorHandler) -> Iterator[Document]:
    stream = getattr(sys.stdin, "buffer", None)
    handle: IO[bytes] = stream if stream is not None else io.BytesIO(
        sys.stdin.read().encode("utf-8"))
    if jsonl:
        yield from _json_lines(handle, STDIN_NAME, fields, report)
        return
    try:
        text = _decode(handle.read(), STDIN_NAME)
    except DocumentError as exc:
        report(exc)
        return
    yield Document(id=STDIN_NAME, text=text, date=fields.default_date, source=STDIN_NAME)


def count_documents(
    inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    glob: str = "**/*",
    jsonl: bool | None = None,
) -> int | None:
    """About how many documents :func:`read_documents` will read, or None if unknown.

    Counts the non-blank lines of JSON-lines files and one per other file, without
    parsing anything, so that a progress display can show an estimated time left. Inputs
    that cannot be read count as nothing; standard input makes the count unknown.
    """
    total = 0
    for path in _paths(inputs, glob, lambda error: None):
        if path == STDIN:
            return None
        assert isinstance(path, Path)
        if not _is_jsonl(path, jsonl):
            total += 1
            continue
        try:
            with _open(path) as handle:
                total += sum(1 for raw in handle if raw.strip())
        except (OSError, EOFError):
            continue
    return total
