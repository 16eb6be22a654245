"""Progress of a long ingest on stderr: a redrawn line on a terminal, or one line per commit for
logs; both show the rate and, when the number of articles is known, the ETA (no dependency)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from eventscribe.store.db import IngestStats

__all__ = ["Progress", "format_duration"]


def format_duration(seconds: float) -> str:
    """``42s``, ``3m05s``, ``2h07m``."""
    whole = int(seconds + 0.5)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


class Progress:
    """``N/T articles  R articles/s  ETA 3m05s  M mentions  J rejects``, at most every ``interval``
    seconds (a bar redrawn in place) or once per commit (``log=True``: a line each, for logs).

    Silent unless ``stream`` is a terminal (or ``enabled`` is forced), so logs and pipes stay clean.
    ``total`` (the articles of the input, when known) gives the ETA; ``skipped`` counts articles a
    resumed run found already stored: they count as done but not in the coding rate.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        enabled: bool | None = None,
        interval: float = 0.2,
        total: int | None = None,
        log: bool = False,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.interval = interval
        self.total = total
        self.log = log
        self.started = time.monotonic()
        self._last = 0.0
        self._width = 0
        self._committed = 0
        self.extra_rejects = 0  # rejects counted outside the store (the readers')
        self.skipped = 0  # articles already stored, not coded again

    def line(self, stats: IngestStats) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = stats.articles / elapsed
        done = stats.articles + self.skipped
        count = f"{done:,}/{self.total:,}" if self.total is not None else f"{done:,}"
        eta = ""
        if self.total is not None:
            left = max(0, self.total - done)
            eta = f"  ETA {format_duration(left / rate)}" if rate > 0 else "  ETA ?"
        skipped = f" ({self.skipped:,} already stored)" if self.skipped else ""
        return (
            f"{count} articles{skipped}  {rate:,.1f} articles/s{eta}  "
            f"{stats.mentions:,} mentions  {stats.rejects + self.extra_rejects:,} rejects"
        )

    def update(self, stats: IngestStats) -> None:
        if not self.enabled:
            return
        if self.log:
            committed = stats.new + stats.replaced + stats.unchanged
            if committed > self._committed:
                self._committed = committed
                self.stream.write(f"committed {self.line(stats)}\n")
                self.stream.flush()
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
