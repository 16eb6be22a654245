"""A one-line progress display on stderr for long ingests (only on a terminal, no dependency)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from eventscribe.store.db import IngestStats

__all__ = ["Progress"]


class Progress:
    """Redraws ``N articles  R articles/s  E events  J rejects`` at most every ``interval`` seconds.

    Silent unless ``stream`` is a terminal (or ``enabled`` is forced), so logs and pipes stay clean.
    """

    def __init__(
        self, stream: TextIO | None = None, *, enabled: bool | None = None, interval: float = 0.2
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.interval = interval
        self.started = time.monotonic()
        self._last = 0.0
        self._width = 0
        self.extra_rejects = 0  # rejects counted outside the store (the readers')

    def line(self, stats: IngestStats) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return (
            f"{stats.articles:,} articles  {stats.articles / elapsed:,.1f} articles/s  "
            f"{stats.mentions:,} events  {stats.rejects + self.extra_rejects:,} rejects"
        )

    def update(self, stats: IngestStats) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        self._draw(self.line(stats))

    def _draw(self, text: str) -> None:
        padding = " " * max(0, self._width - len(text))
        self.stream.write("\r" + text + padding)
        self.stream.flush()
        self._width = len(text)

    def clear(self) -> None:
        """Erase the line (before printing a message, and at the end)."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
