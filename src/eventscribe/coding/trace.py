"""What the coder saw and decided, for ``eventscribe explain``: a recorder handed to the one path.

``code`` runs with the ``NullRecorder`` (which keeps nothing); ``explain`` runs the same path with a
``TraceRecorder``. Lines may be given as callables, so that costly ones are only built when kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

Line = str | Callable[[], str]


class Recorder(Protocol):
    def add(self, line: Line) -> None: ...


class NullRecorder:
    """Keeps nothing: the recorder of ``code``, ``ingest`` and the API."""

    def add(self, line: Line) -> None:
        return None


@dataclass
class TraceRecorder:
    """Keeps every line, in order."""

    lines: list[str] = field(default_factory=list)

    def add(self, line: Line) -> None:
        self.lines.append(line() if callable(line) else line)


NULL = NullRecorder()
