"""The readers: article files (txt with a date header, JSON Lines, CSV/TSV, HTML, directories,
stdin) in, a stream of Article records out, and a Reject (file:line, code, what to do) for the rest.

Formats are chosen by extension (``.gz`` variants too). A directory is read recursively, files in
sorted order; files with other extensions and hidden files (``.name``) are skipped without a Reject,
so a directory of mixed files can be read as it is. A file named explicitly with an unknown
extension, and standard input (``-``), are sniffed: JSON object lines are JSON Lines, an HTML
document is HTML, anything else is one plain-text article.

Decisions worth knowing:

* Nothing raises out of :func:`read_articles`: every problem is a :class:`Reject` and reading goes
  on with the next line (JSONL, CSV) or the next file. Whole-file problems (not found, unreadable,
  binary, empty) have the path as origin; problems inside a file have ``path:line``.
* An article whose date is given but wrong (not a calendar date, not a date, more than a year in
  the future) is rejected rather than read undated: a silently undated article would be coded
  with the wrong date context. Articles with no date take ``default_date`` (the CLI's ``--date``).
* Ids: the ``id`` field where there is one (numbers become strings), else a hash of the normalised
  text (:func:`eventscribe.records.content_id`), so a text gets the same id wherever it is read
  from. Plain-text and HTML files always use the hash; the path is in ``origin``.
* Text is normalised (:func:`normalise_text`): NUL removed, CRLF/CR -> LF, lone surrogates ->
  U+FFFD, NFC, outer whitespace stripped.
* Encodings: UTF-8 (a BOM is dropped), UTF-16/UTF-32 with a BOM; a text, HTML or CSV file that is
  not UTF-8 is read as cp1252 (latin-1 where cp1252 cannot) and a warning is logged. JSON Lines
  must be UTF-8 (RFC 8259): a line that is not is a Reject.
* For a JSON or CSV article, ``outlet`` is preferred to ``source`` for the article's source: where
  both are present (the AllSides corpus) ``source`` names the data set and ``outlet`` the outlet.
* HTML: the main text is extracted by trafilatura (offline, never fetching); the date comes from
  the page's metadata (meta tags, JSON-LD, ``<time>``), never from dates in the body text, which
  are event dates. Paragraphs are separated by blank lines; a first line equal to the title is
  dropped (the title is in ``Article.title``).
"""

from __future__ import annotations

import argparse
import codecs
import csv
import datetime as dt
import gzip
import io
import json
import logging
import os
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, cast

from eventscribe.errors import ERRORS, ArticleError
from eventscribe.records import Article, Reject, content_id

__all__ = [
    "READABLE_SUFFIXES",
    "REJECT_CODES",
    "ArticleFields",
    "add_field_options",
    "normalise_text",
    "parse_date",
    "read_articles",
]

logger = logging.getLogger(__name__)

#: Every Reject code the readers give, with what it means.
REJECT_CODES: Mapping[str, str] = {
    code: entry.meaning for code, entry in ERRORS.items() if "E110" <= code <= "E122"
}

#: Extensions read inside directories (each also with ``.gz``).
READABLE_SUFFIXES: Mapping[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".html": "html",
    ".htm": "html",
}

_CHUNK = 1 << 20
_SNIFF_BYTES = 8192
_BINARY_SAMPLE = 1 << 16
# A text file has almost no C0 control bytes besides tab, LF, VT, FF, CR (and ESC in old files).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_BINARY_RATIO = 0.05
_STDIN_NAME = "<stdin>"

_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_DATE_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)
_DATETIME_ISO = re.compile(r"\d{4}-?\d{2}-?\d{2}T\S+", re.ASCII)
# " date 2023-11-23 Text..." or "date: 2023-11-23\nText...": the token must look like a date, so an
# article that begins "Date palms..." keeps its first word.
_DATE_HEADER = re.compile(
    r"(?a)\A(?i:date)[ \t]*:?[ \t]*"
    r"(?P<date>\d{4}-?\d{2}-?\d{2}(?:T[0-9:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)"
    r"(?=\s|\Z)"
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class ArticleFields:
    """The CSV columns (case-insensitive) or JSON Lines keys that hold an article's text, date and
    id: ``text``, ``date`` and ``id`` unless the user names others (``--text-column`` ...)."""

    text: str = "text"
    date: str = "date"
    id: str = "id"

    def option(self, field: str) -> str:
        """How the user names a field's column: ``--text-column``."""
        return f"--{field}-column"

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> ArticleFields:
        """The names given with --text-column, --date-column and --id-column (add_field_options)."""
        return cls(
            text=getattr(args, "text_column", "text"),
            date=getattr(args, "date_column", "date"),
            id=getattr(args, "id_column", "id"),
        )

    def lower(self) -> ArticleFields:
        """The names as a CSV header is compared (lower case, stripped)."""
        return ArticleFields(
            text=self.text.strip().lower(),
            date=self.date.strip().lower(),
            id=self.id.strip().lower(),
        )


_FIELD_HINT = "--text-column, --date-column and --id-column name other columns or keys"


def add_field_options(parser: argparse.ArgumentParser) -> None:
    """--text-column, --date-column, --id-column: the CSV columns or JSON Lines keys of an article,
    for the commands that read articles (``code``, ``ingest``); see ArticleFields.from_args."""
    group = parser.add_argument_group("CSV columns and JSON Lines keys")
    for field in ("text", "date", "id"):
        group.add_argument(
            f"--{field}-column",
            metavar="NAME",
            default=field,
            help=f"the column (CSV, case-insensitive) or key (JSON Lines) of the article's {field} "
            f"(default {field})",
        )


@dataclass(frozen=True)
class _Context:
    default_date: dt.date | None
    today: dt.date
    fields: ArticleFields = ArticleFields()


def read_articles(
    paths: Sequence[str | os.PathLike[str]],
    *,
    default_date: dt.date | None = None,
    stdin: TextIO | BinaryIO | None = None,
    fields: ArticleFields | None = None,
) -> Iterator[Article | Reject]:
    """Read articles from files, directories and ``-`` (standard input), one record at a time.

    Yields an :class:`Article` for each usable article and a :class:`Reject` for each unusable one
    (see :data:`REJECT_CODES`); never raises for bad input and never stops early. ``default_date``
    dates the articles that carry no date. ``stdin`` replaces ``sys.stdin`` for ``-``. ``fields``
    names the CSV columns and JSON keys of the text, date and id (default: text, date, id).
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]  # one path given bare: do not iterate its characters
    ctx = _Context(
        default_date=default_date, today=dt.date.today(), fields=fields or ArticleFields()
    )
    for given in paths:
        name = os.fspath(given)
        if name == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, ctx)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_directory(path, ctx)
        else:
            yield from _read_file(path, name, _format_of(path), ctx)


def parse_date(text: str, *, origin: str, today: dt.date | None = None) -> dt.date:
    """Parse ``YYYY-MM-DD``, ``YYYYMMDD`` or an ISO datetime (``2023-11-23T10:00:00Z``) to a date.

    The datetime's date is taken as written (no conversion to UTC): it is the publisher's day.
    Raises :class:`ArticleError` (E119 not a date, E120 more than a year after ``today``).
    """
    value = text.strip()
    try:
        if match := _DATE_ISO.fullmatch(value) or _DATE_COMPACT.fullmatch(value):
            year, month, day = (int(part) for part in match.groups())
            date = dt.date(year, month, day)
        elif _DATETIME_ISO.fullmatch(value):
            date = dt.datetime.fromisoformat(value).date()
        else:
            raise ArticleError(
                f"{value[:40]!r} is not a date; write dates as YYYY-MM-DD "
                "(YYYYMMDD and ISO datetimes such as 2023-11-23T10:00:00Z are also read)",
                origin=origin,
                code="E119",
            )
    except ValueError as e:
        raise ArticleError(
            f"{value[:40]!r} is not a calendar date ({e}); check the day and month",
            origin=origin,
            code="E119",
        ) from e
    today = today or dt.date.today()
    if date > _one_year_after(today):
        raise ArticleError(
            f"date {date.isoformat()} is more than a year after today ({today.isoformat()}); "
            "check the year, or leave the date out",
            origin=origin,
            code="E120",
        )
    return date


def normalise_text(text: str) -> str:
    """The text as articles carry it: no NUL, LF line ends, no lone surrogates, NFC, stripped."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.strip()


# --- sources ---------------------------------------------------------------------------------


class _Source:
    """An open byte stream, its first bytes (for sniffing) and the line being read (for origins)."""

    def __init__(self, name: str, stream: IO[bytes]) -> None:
        self.name = name
        self.line = 0
        self._read = getattr(stream, "read1", stream.read)
        head = b""
        while len(head) < _SNIFF_BYTES and (chunk := self._read(_CHUNK)):
            head += chunk
        self.head = head

    def chunks(self) -> Iterator[bytes]:
        if self.head:
            yield self.head
        while chunk := self._read(_CHUNK):
            yield chunk

    def origin(self, line: int | None = None) -> str:
        return f"{self.name}:{self.line if line is None else line}"


class _EncodedLines:
    """A text stream seen as bytes (UTF-8), for a ``stdin`` given as text without ``.buffer``."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        line = self._stream.readline()
        try:
            return line.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return line.encode("utf-8", "surrogatepass")


def _format_of(path: Path) -> str | None:
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return READABLE_SUFFIXES.get(suffixes[-1]) if suffixes else None


def _read_directory(top: Path, ctx: _Context) -> Iterator[Article | Reject]:
    problems: list[OSError] = []
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(top, onerror=problems.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        base = Path(folder)
        found.extend(
            base / f
            for f in filenames
            if not f.startswith(".")
            and _format_of(Path(f)) is not None
            and (base / f).is_file()  # not a FIFO or socket, which would block or fail
        )
    for problem in problems:
        yield Reject(
            origin=str(problem.filename or top),
            reason=f"cannot read directory: {problem.strerror or problem}; check its permissions",
            code="E111",
        )
    for path in sorted(found, key=lambda p: p.relative_to(top).parts):
        yield from _read_file(path, str(path), _format_of(path), ctx)


def _read_file(path: Path, name: str, fmt: str | None, ctx: _Context) -> Iterator[Article | Reject]:
    try:
        stream = _open_binary(path)
    except FileNotFoundError:
        yield Reject(origin=name, reason="file not found; check the path", code="E110")
        return
    except OSError as e:
        yield Reject(
            origin=name,
            reason=f"cannot open the file ({e.strerror or e}); check that it is a readable file",
            code="E111",
        )
        return
    with stream:
        yield from _read_stream(name, stream, fmt, ctx)


def _open_binary(path: Path) -> IO[bytes]:
    # Opened apart from the ``with`` that closes it, to tell open errors (E110/E111 on the path)
    # from errors while reading (E111 on path:line).
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _read_stdin(stream: TextIO | BinaryIO, ctx: _Context) -> Iterator[Article | Reject]:
    # Not probed with read(0): a pipe-like object may ignore the size and lose a line.
    if isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding"):
        buffer = getattr(stream, "buffer", None)
        binary = buffer if buffer is not None else _EncodedLines(cast(IO[str], stream))
        yield from _read_stream(_STDIN_NAME, cast(IO[bytes], binary), None, ctx)
    else:
        yield from _read_stream(_STDIN_NAME, cast(IO[bytes], stream), None, ctx)


def _read_stream(
    name: str, stream: IO[bytes], fmt: str | None, ctx: _Context
) -> Iterator[Article | Reject]:
    source: _Source | None = None
    try:
        source = _Source(name, stream)
        if not source.head.strip():
            yield Reject(
                origin=name, reason="the file is empty; give it some article text", code="E112"
            )
            return
        if _bom_encoding(source.head) is None and _looks_binary(source.head[:_BINARY_SAMPLE]):
            yield Reject(
                origin=name,
                reason="this is a binary file, not text (many NUL or control bytes); give text, "
                "JSON Lines, CSV or HTML (UTF-16 text needs a byte-order mark)",
                code="E121",
            )
            return
        fmt = fmt or _sniff(source.head)
        if fmt == "jsonl":
            yield from _read_jsonl(source, ctx)
        elif fmt in ("csv", "tsv"):
            yield from _read_csv(source, ctx, delimiter="\t" if fmt == "tsv" else ",")
        elif fmt == "html":
            yield from _read_html(source, ctx)
        else:
            yield from _read_txt(source, ctx)
    except UnicodeDecodeError as e:
        yield Reject(
            origin=source.origin() if source else name,
            reason=f"cannot decode the bytes as {e.encoding} ({e.reason}); re-encode as UTF-8",
            code="E115",
        )
    except (OSError, EOFError, zlib.error) as e:
        yield Reject(
            origin=source.origin() if source else name,
            reason=f"reading stopped: {e}; check the file is complete (a .gz may be truncated)",
            code="E111",
        )


def _sniff(head: bytes) -> str:
    encoding = _bom_encoding(head)
    text = head.decode(encoding, "ignore") if encoding else head.decode("latin-1")
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("{"):
        return "jsonl"
    if start[:15].lower().startswith(("<!doctype html", "<html")):
        return "html"
    return "txt"


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > _BINARY_RATIO


def _one_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


# --- line splitting and decoding --------------------------------------------------------------


def _split_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Lines with their ``\\n``, without splitting on anything else (U+2028 is text in JSON)."""
    pending: list[bytes] = []
    for chunk in chunks:
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            if pending:
                pending.append(chunk[start : end + 1])
                yield b"".join(pending)
                pending.clear()
            else:
                yield chunk[start : end + 1]
            start = end + 1
        if start < len(chunk):
            pending.append(chunk[start:])
    if pending:
        yield b"".join(pending)


def _split_text_lines(chunks: Iterable[bytes], encoding: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)()
    pending = ""
    for chunk in chunks:
        pending += decoder.decode(chunk)
        *lines, pending = pending.split("\n")
        for line in lines:
            yield line + "\n"
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending


def _lines(source: _Source) -> Iterator[bytes | str]:
    """Lines as bytes, or as text where a UTF-16/32 byte-order mark says bytes cannot be split."""
    encoding = _bom_encoding(source.head)
    if encoding in ("utf-16", "utf-32"):
        yield from _split_text_lines(source.chunks(), encoding)
        return
    for number, line in enumerate(_split_lines(source.chunks()), 1):
        yield line[len(codecs.BOM_UTF8) :] if number == 1 and encoding else line


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that are not valid UTF-8 hold more valid multi-byte UTF-8 characters than
    invalid bytes: then they are UTF-8 with a few strays, not a legacy encoding (where valid
    multi-byte sequences almost never occur by chance)."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return good > 0 and good >= bad


def _decode_legacy(data: bytes, origin: str, *, warn: bool = True) -> str:
    """Bytes that are not UTF-8: cp1252 (what such news files nearly always are), else latin-1."""
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    if warn:
        logger.warning("%s: not valid UTF-8, read as %s", origin, encoding)
    return text


def _decode_document(data: bytes, origin: str, *, html: bool = False) -> str:
    encoding = _bom_encoding(data)
    if encoding is not None:
        return data.decode(encoding)  # UnicodeDecodeError -> E115 in _read_stream
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        # a UTF-8 file with a few stray bytes: keep its UTF-8, mark the strays (U+FFFD)
        logger.warning("%s: invalid UTF-8 bytes replaced with U+FFFD", origin)
        return data.decode("utf-8", "replace")
    if html and (declared := _META_CHARSET.search(data[:_SNIFF_BYTES])):
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii"))
        except LookupError:
            codec = None
        if codec is not None and codec.name != "utf-8":
            return data.decode(codec.name, "replace")
    return _decode_legacy(data, origin)


# --- the formats ------------------------------------------------------------------------------


def _read_txt(source: _Source, ctx: _Context) -> Iterator[Article | Reject]:
    source.line = 1  # one article a file: decoding errors are reported on line 1
    origin = source.origin()
    text = normalise_text(_decode_document(b"".join(source.chunks()), source.name))
    date = ctx.default_date
    if header := _DATE_HEADER.match(text):
        text = text[header.end() :].strip()
        try:
            date = parse_date(header.group("date"), origin=origin, today=ctx.today)
        except ArticleError as e:
            yield Reject(origin=origin, reason=f"date header: {e.message}", code=e.code)
            return
    if not text:
        yield Reject(
            origin=origin,
            reason="the article text is empty (only a date header or whitespace); "
            "put the text after the date line",
            code="E112",
        )
        return
    yield Article(id=content_id(text), text=text, date=date, origin=origin)


def _read_html(source: _Source, ctx: _Context) -> Iterator[Article | Reject]:
    import trafilatura  # heavy import, only for HTML input

    source.line = 1  # one article a file: decoding errors are reported on line 1
    origin = source.origin()
    html = _decode_document(b"".join(source.chunks()), source.name, html=True)
    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            # Only the page's own metadata dates it: a date in the body is an event date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, RecursionError) as e:  # lxml on pathological markup
        document = None
        logger.debug("%s: trafilatura failed: %s", origin, e)
    extracted = getattr(document, "text", None)
    title = _clean_optional(getattr(document, "title", None))
    text = normalise_text(extracted or "")
    if title and text.split("\n", 1)[0].strip() == title:
        text = text.split("\n", 1)[1].strip() if "\n" in text else ""
    text = re.sub(r"\n+", "\n\n", text)
    if not text:
        yield Reject(
            origin=origin,
            reason="no article text found in this HTML page; check it is an article page, "
            "or save its text as .txt",
            code="E112",
        )
        return
    date = ctx.default_date
    page_date = getattr(document, "date", None)
    if isinstance(page_date, str) and page_date:
        try:
            date = parse_date(page_date, origin=origin, today=ctx.today)
        except ArticleError as e:
            yield Reject(origin=origin, reason=f"page date: {e.message}", code=e.code)
            return
    yield Article(
        id=content_id(text),
        text=text,
        date=date,
        title=title,
        url=_clean_optional(getattr(document, "url", None)),
        source=_clean_optional(getattr(document, "sitename", None)),
        origin=origin,
    )


def _read_jsonl(source: _Source, ctx: _Context) -> Iterator[Article | Reject]:
    seen = False
    for number, raw in enumerate(_lines(source), 1):
        source.line = number
        if not raw.strip():
            continue
        seen = True
        origin = source.origin()
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield Reject(
                    origin=origin,
                    reason=f"line is not valid UTF-8 (byte 0x{raw[e.start]:02x} at column "
                    f"{e.start + 1}); JSON Lines must be UTF-8: re-encode the file "
                    "(e.g. iconv -f cp1252 -t utf-8)",
                    code="E115",
                )
                continue
        else:
            line = raw
        yield _article_from_json(line, origin, ctx)
    if not seen:
        yield Reject(
            origin=source.name,
            reason="the file has no JSON lines; give one article object a line",
            code="E112",
        )


def _article_from_json(line: str, origin: str, ctx: _Context) -> Article | Reject:
    try:
        value = json.loads(line, strict=False)  # strict=False: raw tabs in strings are common
    except json.JSONDecodeError as e:
        return Reject(
            origin=origin,
            reason=f"malformed JSON at column {e.colno}: {e.msg}; "
            "each line must be one complete JSON object",
            code="E116",
        )
    except RecursionError:
        return Reject(
            origin=origin,
            reason="the JSON nests too deeply to be read; each line must be one flat JSON object",
            code="E116",
        )
    except ValueError as e:  # a number too long to convert, and the like: its whole message
        return Reject(
            origin=origin,
            reason=f"unreadable JSON: {_sentence(str(e))}; each line must be one JSON object",
            code="E116",
        )
    if not isinstance(value, dict):
        return Reject(
            origin=origin,
            reason=f"a JSON {_json_type(value)} where an article object was expected; "
            'write {"id": ..., "date": ..., "text": ...}',
            code="E117",
        )
    return _article_from_fields(value, origin, ctx)


def _sentence(text: str, limit: int = 300) -> str:
    """An exception's message whole, or cut at a word and marked when it is very long."""
    text = " ".join(text.split()).rstrip(".")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " ..."


def _read_csv(source: _Source, ctx: _Context, *, delimiter: str) -> Iterator[Article | Reject]:
    # Process-wide setting; the default (131,072 characters) is smaller than a long article.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.reader(_csv_lines(source), delimiter=delimiter)
    header: list[str] | None = None
    rows = 0
    while True:
        start = reader.line_num + 1
        source.line = start
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            yield Reject(
                origin=source.origin(start),
                reason=f"malformed CSV row ({e}); check its quoting",
                code="E122",
            )
            continue
        if not any(field.strip() for field in row):
            continue
        if header is None:
            header = [field.strip().lstrip("\ufeff").lower() for field in row]
            wanted = ctx.fields.lower()
            missing = [
                (field, name)
                for field, name in (("text", wanted.text), ("date", wanted.date), ("id", wanted.id))
                if name not in header and (field == "text" or name != field)
            ]
            if missing:
                field, name = missing[0]
                given = f" (from {ctx.fields.option(field)})" if name != field else ""
                yield Reject(
                    origin=source.origin(start),
                    reason=f"the CSV header has no {name!r} column{given} (it has "
                    f"{', '.join(header)}); name the article's {field} column with "
                    f"{ctx.fields.option(field)} NAME, or call it {field!r} (optional columns: "
                    "id, date, title, url, source; --date-column and --id-column name others)",
                    code="E113",
                )
                return
            continue
        rows += 1
        if len(row) > len(header):
            yield Reject(
                origin=source.origin(start),
                reason=f"the row has {len(row)} fields but the header has {len(header)}; "
                "quote fields that contain the delimiter",
                code="E122",
            )
            continue
        fields = {key: value for key, value in zip(header, row, strict=False) if value != ""}
        yield _article_from_fields(fields, source.origin(start), ctx, csv_row=True)
    if not rows:
        yield Reject(
            origin=source.name,
            reason="the CSV file has a header but no rows; add one article a row",
            code="E112",
        )


def _csv_lines(source: _Source) -> Iterator[str]:
    warned = False  # once a file: its other non-UTF-8 lines are surely the same encoding
    for line in _lines(source):
        if isinstance(line, str):
            yield line
            continue
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError:
            yield _decode_legacy(line, source.origin(), warn=not warned)
            warned = True


# --- fields -----------------------------------------------------------------------------------


def _article_from_fields(
    fields: Mapping[str, Any], origin: str, ctx: _Context, *, csv_row: bool = False
) -> Article | Reject:
    names = ctx.fields if not csv_row else ctx.fields.lower()
    raw_id = fields.get(names.id)
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | None):
        return _wrong_type(names.id, raw_id, "a string or an integer", origin)
    given_id = str(raw_id).strip() if raw_id is not None else ""
    article_id = given_id or None

    raw_text = fields.get(names.text)
    if raw_text is None:
        keys = ", ".join(repr(k) for k in list(fields)[:12]) or "none"
        return Reject(
            origin=origin,
            reason=f"the article has no {names.text!r} field (it has {keys}); put the article "
            f"text in {names.text!r}, or name its key with --text-column KEY ({_FIELD_HINT})",
            code="E113",
            article_id=article_id,
        )
    if not isinstance(raw_text, str):
        return Reject(
            origin=origin,
            reason=f"the {names.text!r} field is a {_json_type(raw_text)}; give the article text "
            "as one string (paragraphs separated by blank lines)",
            code="E114",
            article_id=article_id,
        )
    text = normalise_text(raw_text)
    if not text:
        return Reject(
            origin=origin,
            reason="the article text is empty or only whitespace; drop the article or fill it in",
            code="E112",
            article_id=article_id,
        )

    optional: dict[str, str | None] = {}
    for key in ("title", "url", "source", "outlet"):
        value = fields.get(key)
        if value is not None and not isinstance(value, str):
            return _wrong_type(key, value, "a string", origin, article_id)
        optional[key] = _clean_optional(value)

    raw_date = fields.get(names.date)
    date = ctx.default_date
    if isinstance(raw_date, str) and raw_date.strip():
        try:
            date = parse_date(raw_date, origin=origin, today=ctx.today)
        except ArticleError as e:
            return Reject(origin=origin, reason=e.message, code=e.code, article_id=article_id)
    elif raw_date is not None and not isinstance(raw_date, str):
        return _wrong_type(
            names.date, raw_date, 'a string "YYYY-MM-DD" (or null)', origin, article_id
        )

    return Article(
        id=article_id or content_id(text),
        text=text,
        date=date,
        title=optional["title"],
        url=optional["url"],
        source=optional["outlet"] or optional["source"],
        origin=origin,
    )


def _wrong_type(
    key: str, value: object, expected: str, origin: str, article_id: str | None = None
) -> Reject:
    shown = json.dumps(value, default=str)[:40] if not isinstance(value, float) else repr(value)
    return Reject(
        origin=origin,
        reason=f"field '{key}' is a {_json_type(value)} ({shown}); write it as {expected}",
        code="E118",
        article_id=article_id,
    )


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _clean_optional(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = normalise_text(value)
    return cleaned or None
