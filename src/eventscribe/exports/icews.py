"""ICEWS export: the ICEWS coded-event columns, tab-separated with a header row."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from typing import Any, TextIO

import duckdb

from eventscribe.exports._common import cameo_name, country_geonameid, country_name, number
from eventscribe.store.queries import EventFilters, iter_event_rows

__all__ = ["COLUMNS", "icews_row", "write_events"]

COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)  # fmt: skip


def _name(row: Mapping[str, Any], side: str) -> str:
    name = row[f"{side}_name"]
    if name:
        return " ".join(part.capitalize() for part in str(name).replace("_", " ").split())
    return " ".join(str(row[f"{side}_text"] or "").split())


def _side(row: Mapping[str, Any], side: str) -> list[str]:
    if not row[f"{side}_code"]:
        return ["", "", ""]
    return [
        _name(row, side),
        ",".join(row[f"{side}_sectors"] or []),
        country_name(row[f"{side}_country"]),
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


def write_events(
    con: duckdb.DuckDBPyConnection, out: TextIO, filters: EventFilters | None = None
) -> int:
    """Write the ICEWS table with its header; returns the number of events."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in iter_event_rows(con, filters):
        writer.writerow(icews_row(row))
        count += 1
    return count
