"""The standard exports of the event store: GDELT (events, mentions), ICEWS, PLOVER, Parquet, CSV.

``export(con, format, output, filters)`` writes one; ``output`` None writes text formats to stdout.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import duckdb

from eventscribe.errors import ConfigError
from eventscribe.store.queries import EventFilters

__all__ = ["FORMATS", "TEXT_FORMATS", "export", "export_lines"]

FORMATS: tuple[str, ...] = ("gdelt", "gdelt-mentions", "icews", "plover", "parquet", "csv")


TEXT_FORMATS: tuple[str, ...] = tuple(f for f in FORMATS if f != "parquet")


def _check_format(format: str) -> None:
    if format not in FORMATS:
        raise ConfigError(f"--format takes {', '.join(FORMATS)}, not {format!r}", code="E430")


def export_lines(
    con: duckdb.DuckDBPyConnection,
    format: str,
    filters: EventFilters | None = None,
    *,
    limit: int | None = None,
) -> Iterator[str]:
    """The text export ``format`` (any but parquet) a line at a time, for streaming (the API)."""
    from eventscribe.exports import csv, gdelt, icews, plover

    _check_format(format)
    if format == "parquet":
        raise ConfigError(
            "the parquet export writes a directory: use `eventscribe export --format parquet "
            "-o DIR`, or a text format here (" + ", ".join(TEXT_FORMATS) + ")",
            code="E430",
        )
    lines = {
        "gdelt": gdelt.event_lines,
        "gdelt-mentions": gdelt.mention_lines,
        "icews": icews.lines,
        "plover": plover.lines,
        "csv": csv.lines,
    }[format]
    return lines(con, filters, limit=limit)


def export(
    con: duckdb.DuckDBPyConnection,
    format: str,
    output: str | Path | None = None,
    filters: EventFilters | None = None,
    *,
    limit: int | None = None,
) -> int:
    """Write the events matching ``filters`` in ``format`` to ``output``; returns the row count.

    ``limit``: only the first so many events, oldest first (a quick sample).
    """
    from eventscribe.exports import csv, gdelt, icews, parquet, plover

    _check_format(format)
    if format == "parquet":
        if output is None:
            raise ConfigError("the parquet export needs -o DIRECTORY", code="E430")
        return parquet.write_events(con, output, filters, limit=limit)
    writers = {
        "gdelt": gdelt.write_events,
        "gdelt-mentions": gdelt.write_mentions,
        "icews": icews.write_events,
        "plover": plover.write_events,
        "csv": csv.write_events,
    }
    write = writers[format]
    if output is None:
        return write(con, sys.stdout, filters, limit=limit)
    with open(output, "w", encoding="utf-8", newline="") as out:
        stream: TextIO = out
        return write(con, stream, filters, limit=limit)
