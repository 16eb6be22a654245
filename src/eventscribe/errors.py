"""Every error eventscribe raises on purpose, each with a code and a message that says what to do.

Hierarchy::

    EventscribeError            base; .code like "E001", .status the HTTP status the API maps it to
    +-- InputError              a user's input cannot be read (names the file and line) -> 400/422
    |   +-- ArticleError        one article is unusable (empty, undecodable, bad date, bad JSON)
    |   +-- DictionaryError     a dictionary file has a syntax error (file:line)
    +-- ConfigError             a setting or option is wrong -> 400
    +-- StoreError              the database cannot be used (locked, newer schema, disk full) -> 503
"""

from __future__ import annotations


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
