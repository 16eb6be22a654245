"""Every error eventscribe raises on purpose, each with a code and a message that says what to do.

Hierarchy::

    EventscribeError            base; .code like "E001", .status the HTTP status the API maps it to
    +-- InputError              a user's input cannot be read (names the file and line) -> 400/422
    |   +-- ArticleError        one article is unusable (empty, undecodable, bad date, bad JSON)
    |   +-- DictionaryError     a dictionary file has a syntax error (file:line)
    +-- ConfigError             a setting or option is wrong -> 400
    +-- StoreError              the database cannot be used (locked, newer schema, disk full) -> 503
    +-- ApiError                an HTTP-level refusal (size, token, not found): its own status

``ERRORS`` is the catalogue, spaCy-style: every code eventscribe gives, with its class, what it
means, the HTTP status the API answers with and the exit status of a command it stops. A code has
one meaning; tests/test_errors.py checks that every code in the source is here, raised with its
class. Codes by block: E1xx input (E11x-E12x articles, E16x gold files), E2xx dictionaries, E3xx
settings, E4xx the store and its options (E42x query options, E43x exports, E44x scale-out), E5xx
the HTTP API.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


class EventscribeError(Exception):
    """Base of eventscribe's own errors; str() gives ``[CODE] message``."""

    code = "E000"
    status = 500

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(EventscribeError):
    """Input that cannot be read; ``origin`` names the file and line (``path:line``)."""

    code = "E100"
    status = 422

    def __init__(self, message: str, *, origin: str | None = None, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.origin = origin

    def __str__(self) -> str:
        where = f"{self.origin}: " if self.origin else ""
        return f"{where}[{self.code}] {self.message}"


class ArticleError(InputError):
    """One article is unusable; the rest of the input is still read."""

    code = "E101"


class DictionaryError(InputError):
    """A dictionary file has a syntax error or an impossible value."""

    code = "E200"


class ConfigError(EventscribeError):
    """An option or setting is wrong."""

    code = "E300"
    status = 400


class StoreError(EventscribeError):
    """The event store cannot be used as asked."""

    code = "E400"
    status = 503


class ApiError(EventscribeError):
    """An HTTP-level refusal (size, token, not found): ``status`` is the HTTP status."""

    code = "E500"

    def __init__(self, message: str, *, status: int, code: str) -> None:
        super().__init__(message, code=code)
        self.status = status


@dataclass(frozen=True)
class ErrorCode:
    """One entry of the catalogue."""

    code: str
    cls: type[EventscribeError]
    meaning: str
    status: int  # the HTTP status the API answers with
    exit_status: int = 1  # the exit status of a command it stops (a warning: only with --strict)


def _entries(cls: type[EventscribeError], *rows: tuple[str, str]) -> list[ErrorCode]:
    return [ErrorCode(code, cls, meaning, cls.status) for code, meaning in rows]


def _api(*rows: tuple[str, int, str]) -> list[ErrorCode]:
    return [ErrorCode(code, ApiError, meaning, status) for code, status, meaning in rows]


_CATALOGUE: list[ErrorCode] = [
    *_entries(EventscribeError, ("E000", "an unexpected error (a bug: please report it)")),
    *_entries(InputError, ("E100", "input that cannot be read")),
    *_entries(
        ArticleError,
        ("E101", "an article is unusable"),
        ("E110", "file or directory not found"),
        ("E111", "file cannot be read (permissions, a read error, a corrupt .gz)"),
        ("E112", "empty: an empty file, or an article whose text is empty or only whitespace"),
        (
            "E113",
            "no text: the article has no 'text' field (or the CSV header has no 'text' column, or "
            "none of the name given with --text-column, --date-column or --id-column)",
        ),
        ("E114", "the 'text' field is not a string"),
        ("E115", "bytes that cannot be decoded (JSON Lines must be UTF-8)"),
        ("E116", "malformed JSON line"),
        ("E117", "a JSON line that is not an object"),
        ("E118", "a field of the wrong type (id, date, title, url, source)"),
        ("E119", "a date that is not a date or not a calendar date (2023-02-30)"),
        ("E120", "a date more than a year after today"),
        ("E121", "a binary file (many NUL or control bytes), not text"),
        ("E122", "a malformed CSV row (more fields than the header, broken quoting)"),
    ),
    *_entries(
        InputError,
        ("E160", "gold file not found"),
        ("E161", "a gold XML file that is not well-formed"),
        ("E162", "a gold record or its environment lacks a part it needs"),
        ("E163", "a toy dictionary named in a gold file is not next to it"),
        ("E164", "a gold <Sentence> without id, text or a valid EventCoding"),
        ("E165", "a PLOVER gold record that is not valid JSON or lacks text, event or actors"),
        ("E166", "a ConfliBERT line that is not `sentence<TAB>class` with class 0-4"),
        ("E167", "a ConfliBERT NER line that is not `token TAG`"),
    ),
    *_entries(
        DictionaryError,
        ("E200", "a dictionary file has a syntax error"),
        ("E201", "(warning) a dictionary line is read with a guess or skipped"),
        ("E202", "(warning) a dictionary file that is not valid UTF-8"),
        ("E203", "(warning) an actor's role that cannot be read"),
        ("E204", "a YAML dictionary with a syntax error or a wrong value"),
        ("E205", "(warning) an unknown key in a YAML dictionary, ignored"),
        ("E206", "a dictionary whose kind (actors or agents) cannot be told"),
        ("E207", "(actors check) an unknown actor code"),
        ("E208", "(actors check) an inverted date range"),
        ("E209", "(actors check, warning) a hole or an overlap in a person's dated roles"),
        ("E215", "the coder's lexicon file has a malformed table"),
    ),
    *_entries(
        ConfigError,
        ("E300", "an option or setting is wrong"),
        ("E301", "the spaCy model package is missing"),
        ("E306", "an unknown scorer name"),
        ("E307", "a --min-confidence outside 0-1 given to the coder"),
        ("E360", "an unknown or undetectable gold format"),
        ("E361", "a negative evaluation limit"),
    ),
    *_entries(
        StoreError,
        ("E400", "the store cannot be used as asked"),
        ("E401", "the store is locked by another process"),
        ("E402", "the store was written by a newer eventscribe"),
        ("E403", "no store at that path, not an eventscribe store, or not openable"),
        ("E404", "writing to a store opened read-only"),
        ("E405", "no migration from the file's schema version"),
        ("E406", "a write failed; the batch was rolled back"),
        ("E407", "a deduplication window below 0 days given to Store.open or set_window"),
        ("E410", "(reject) an event has no date and neither has its article"),
        ("E431", "the parquet export's target exists and is not an empty directory"),
        ("E442", "no lake at that directory, or the lake cannot be written"),
        ("E507", "the ingest server cannot be reached or answered with an error"),
    ),
    *_entries(
        ConfigError,
        ("E420", "a filter or option value is wrong, or a filter cannot match anything"),
        ("E421", "a cursor this store did not give out"),
        ("E422", "an unknown series frequency or measure, or node grouping"),
        ("E430", "an unknown export format, or an export that needs -o"),
        ("E440", "a --dask local:N with fewer than 1 worker"),
        ("E441", "the Dask scheduler cannot be reached"),
        ("E443", "ingest options that do not go together"),
        ("E444", "a batch of articles killed the workers that coded it"),
    ),
    *_api(
        ("E500", 500, "an internal error of the API (see the server's log)"),
        ("E501", 413, "the request body is over --max-body"),
        ("E502", 401, "the token is missing or wrong"),
        ("E503", 403, "ingest is disabled (public address without a token, or --read-only)"),
        ("E504", 404, "no such article or route"),
        ("E505", 422, "a parameter or body field has the wrong type, range or pattern"),
        ("E506", 405, "wrong method"),
    ),
]

#: The catalogue: every code eventscribe gives, by code.
ERRORS: Mapping[str, ErrorCode] = {entry.code: entry for entry in _CATALOGUE}
