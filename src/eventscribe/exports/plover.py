"""PLOVER export: one JSON event record a line, with the fields the PLOVER manual defines.

Beyond the manual's fields each record carries eventscribe's ``cameo``, ``goldstein``,
``num_mentions``, ``num_articles``, ``num_sources`` and ``confidence`` (PLOVER consumers ignore
unknown keys). An event without a target has ``recipient: []``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, TextIO

import duckdb

from eventscribe import __version__
from eventscribe.exports._common import country_name, write_lines
from eventscribe.exports.names import actor_display_name
from eventscribe.store.queries import EventFilters, iter_event_rows

__all__ = ["lines", "plover_record", "write_events"]

CODEBOOK = "plover-0.8"


def _entity(row: Mapping[str, Any], side: str) -> list[dict[str, Any]]:
    code = row[f"{side}_code"]
    if not code:
        return []
    sectors = list(row[f"{side}_sectors"] or [])
    entity: dict[str, Any] = {
        "code": row[f"{side}_country"] or code[:3],
        "sector": sectors[0] if sectors else None,
        "entity_text": row[f"{side}_text"],
        "actor_code": code,
    }
    if row[f"{side}_name"]:
        entity["entity_name"] = actor_display_name(code, row[f"{side}_name"])
    return [entity]


def plover_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The PLOVER record of one events-table row (from iter_event_rows)."""
    location = None
    if row["location_name"] is not None:
        location = {
            "extracted_place": row["location_name"],
            "resolved_place": row["location_name"],
            "geonameid": row["location_geonameid"],
            "lat": row["location_lat"],
            "lon": row["location_lon"],
            "country": country_name(row["location_country"]),
            "country_code": row["location_country"],
        }
    text = row["text"] or ""
    first_seen = row["first_seen"]
    return {
        "id": row["id"],
        "date": row["event_date"].isoformat(),
        "actor": _entity(row, "source"),
        "recipient": _entity(row, "target"),
        "event": [row["event"]] if row["event"] else [],
        "mode": [row["mode"]] if row["mode"] else [],
        "context": row["context"].split(";") if row["context"] else [],
        "quad_code": row["quad_class"],
        "event_loc": location,
        "event_text": [row["trigger_text"]] if row["trigger_text"] else [],
        "text": text,
        "text_info": {
            "sequence": row["sentence_index"],
            "start": row["sentence_start"],
            "end": (row["sentence_start"] or 0) + len(text),
        },
        "cite_info": {
            "citation": row["article_id"],
            "url": row["article_url"],
            "title": row["article_title"],
            "publication": row["article_publisher"],
            "language": "en",
            "coder": "eventscribe",
            "codebook": CODEBOOK,
            "version": __version__,
        },
        "coder": f"eventscribe {__version__}",
        "coded_date": first_seen.date().isoformat() if first_seen else None,
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "num_mentions": row["num_mentions"],
        "num_articles": row["num_articles"],
        "num_sources": row["num_sources"],
        "confidence": row.get("confidence"),
    }


def lines(
    con: duckdb.DuckDBPyConnection, filters: EventFilters | None = None, *, limit: int | None = None
) -> Iterator[str]:
    """PLOVER JSON lines, one an event."""
    for row in iter_event_rows(con, filters, limit=limit):
        yield json.dumps(plover_record(row), ensure_ascii=False) + "\n"


def write_events(
    con: duckdb.DuckDBPyConnection,
    out: TextIO,
    filters: EventFilters | None = None,
    *,
    limit: int | None = None,
) -> int:
    """Write PLOVER JSON lines; returns the number of events."""
    return write_lines(out, lines(con, filters, limit=limit))
