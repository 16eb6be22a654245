"""The standard exports of the event store: GDELT (events, mentions), ICEWS, PLOVER, Parquet, CSV.

``export(con, format, output, filters)`` writes one; ``output`` None writes text formats to stdout.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import duckdb

from eventscribe.errors import ConfigError
from eventscribe.store.queries import EventFilters

__all__ = ["FORMATS", "export"]

FORMATS: tuple[str, ...] = ("gdelt", "gdelt-mentions", "icews", "plover", "parquet", "csv")


def export(
    con: duckdb.DuckDBPyConnection,
    format: str,
    output: str | Path | None = None,
    filters: EventFilters | None = None,
) -> int:
    """Write the events matching ``filters`` in ``format`` to ``output``; returns the row count."""
    from eventscribe.exports import csv, gdelt, icews, parquet, plover

    if format not in FORMATS:
        raise ConfigError(f"--format takes {', '.join(FORMATS)}, not {format!r}", code="E430")
    if format == "parquet":
        if output is None:
            raise ConfigError("the parquet export needs -o DIRECTORY", code="E430")
        return parquet.write_events(con, output, filters)
    writers = {
        "gdelt": gdelt.write_events,
        "gdelt-mentions": gdelt.write_mentions,
        "icews": icews.write_events,
        "plover": plover.write_events,
        "csv": csv.write_events,
    }
    write = writers[format]
    if output is None:
        return write(con, sys.stdout, filters)
    with open(output, "w", encoding="utf-8", newline="") as out:
        stream: TextIO = out
        return write(con, stream, filters)
