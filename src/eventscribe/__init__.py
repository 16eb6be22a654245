"""eventscribe: reads dated news articles and writes the political events they report, in CAMEO and
PLOVER, each event with the sentence, spans and rule that produced it."""

from __future__ import annotations

__version__ = "0.1.0"
