"""ICEWS export: the ICEWS coded-event columns, tab-separated with a header row."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from typing import Any, TextIO

import duckdb

from eventscribe.actor_codes import country_name as actor_country_name
from eventscribe.actor_codes import parse_actor_code
from eventscribe.exports._common import (
    cameo_name,
    country_geonameid,
    country_name,
    number,
    write_lines,
)
from eventscribe.exports.names import actor_display_name
from eventscribe.store.queries import EventFilters, iter_event_rows

__all__ = ["COLUMNS", "icews_row", "lines", "write_events"]

COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)  # fmt: skip


def _side(row: Mapping[str, Any], side: str) -> list[str]:
    """Name, Sectors and Country of one actor: the dictionary's display name (or the sector and
    country of a generic actor, "Police (France)"), and the country only if the code names one."""
    code = row[f"{side}_code"]
    if not code:
        return ["", "", ""]
    return [
        actor_display_name(code, row[f"{side}_name"]),
        ",".join(row[f"{side}_sectors"] or []),
        actor_country_name(parse_actor_code(code).country),
    ]


def icews_row(row: Mapping[str, Any]) -> list[str]:
    """The ICEWS fields of one events-table row (from iter_event_rows)."""
    iso3 = row["location_country"]
    city = ""
    if row["location_name"] is not None and row["location_geonameid"] != country_geonameid(iso3):
        city = row["location_name"]
    return [
        str(row["gid"]),
        row["event_date"].isoformat(),
        *_side(row, "source"),
        cameo_name(row["cameo"]),
        row["cameo"],
        number(row["goldstein"]),
        *_side(row, "target"),
        row["article_id"],
        str(row["sentence_index"] + 1),
        row["article_publisher"] or row["article_source"] or "",
        city,
        "",
        "",
        country_name(iso3) if row["location_name"] is not None else "",
        number(row["location_lat"]),
        number(row["location_lon"]),
    ]


def _line(fields: list[str] | tuple[str, ...]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t", lineterminator="\n").writerow(fields)
    return buffer.getvalue()


def lines(
    con: duckdb.DuckDBPyConnection, filters: EventFilters | None = None, *, limit: int | None = None
) -> Iterator[str]:
    """The ICEWS table, a line at a time: the header, then one line an event."""
    yield _line(COLUMNS)
    for row in iter_event_rows(con, filters, limit=limit):
        yield _line(icews_row(row))


def write_events(
    con: duckdb.DuckDBPyConnection,
    out: TextIO,
    filters: EventFilters | None = None,
    *,
    limit: int | None = None,
) -> int:
    """Write the ICEWS table with its header; returns the number of events."""
    return write_lines(out, lines(con, filters, limit=limit)) - 1
