"""CSV export: one flat row per event (actor sectors joined by ','), with a header.

``FLAT_COLUMNS`` and ``flat_row`` also serve the CLI's ``events --format csv``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from typing import Any, TextIO

import duckdb

from eventscribe.exports._common import write_lines
from eventscribe.store.queries import EventFilters, iter_event_rows

__all__ = ["FLAT_COLUMNS", "flat_row", "lines", "write_events"]

FLAT_COLUMNS: tuple[str, ...] = (
    "id", "date", "source_code", "source_country", "source_sectors", "source_name", "source_text",
    "target_code", "target_country", "target_sectors", "target_name", "target_text", "cameo",
    "event", "mode", "context", "quad_class", "goldstein", "num_mentions", "num_articles",
    "num_sources", "location_name", "location_country", "location_lat", "location_lon",
    "location_geonameid", "article_id", "sentence_index", "text", "trigger_text", "url",
    "confidence",
)  # fmt: skip


def flat_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """The flat CSV fields of an events-table row (iter_event_rows) or of an event record."""
    if "source" in row and isinstance(row["source"], dict):  # an event record (queries.events)
        source, target = row["source"], row["target"] or {}
        location = row["location"] or {}
        flat: dict[str, Any] = {
            "id": row["id"],
            "date": row["date"],
            "source_code": source["code"],
            "source_country": source["country"],
            "source_sectors": ",".join(source["sectors"]),
            "source_name": source["name"],
            "source_text": source["text"],
            "target_code": target.get("code", ""),
            "target_country": target.get("country"),
            "target_sectors": ",".join(target.get("sectors", [])),
            "target_name": target.get("name"),
            "target_text": target.get("text"),
            "location_name": location.get("name"),
            "location_country": location.get("country"),
            "location_lat": location.get("lat"),
            "location_lon": location.get("lon"),
            "location_geonameid": location.get("geonameid"),
            "trigger_text": row["trigger"]["text"],
            "url": None,
        }
    else:
        flat = {
            "id": row["id"],
            "date": row["event_date"].isoformat(),
            "source_sectors": ",".join(row["source_sectors"] or []),
            "target_sectors": ",".join(row["target_sectors"] or []),
            "url": row.get("article_url"),
        }
    for column in FLAT_COLUMNS:
        if column not in flat:
            flat[column] = row.get(column)
    return {column: flat[column] for column in FLAT_COLUMNS}


def lines(
    con: duckdb.DuckDBPyConnection, filters: EventFilters | None = None, *, limit: int | None = None
) -> Iterator[str]:
    """The CSV, a row at a time: the header, then one row an event."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FLAT_COLUMNS, lineterminator="\n")

    def take() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writeheader()
    yield take()
    for row in iter_event_rows(con, filters, limit=limit):
        writer.writerow(flat_row(row))
        yield take()


def write_events(
    con: duckdb.DuckDBPyConnection,
    out: TextIO,
    filters: EventFilters | None = None,
    *,
    limit: int | None = None,
) -> int:
    """Write the events as CSV with a header; returns the number of events."""
    return write_lines(out, lines(con, filters, limit=limit)) - 1
