"""GDELT 2.0 exports: the event table (61 tab-separated columns, codebook order, no header) and the
mentions table (16 columns). docs/store.md says how each column is filled and what stays empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any, TextIO
from urllib.parse import urlsplit

import duckdb

from eventscribe.actor_codes import parse_actor_code
from eventscribe.exports._common import (
    country_fips,
    country_geonameid,
    country_name,
    number,
    timestamp,
    write_lines,
)
from eventscribe.exports.names import gdelt_actor_name
from eventscribe.store.queries import EventFilters, iter_event_rows, iter_mention_rows

__all__ = [
    "EVENT_COLUMNS",
    "MENTION_COLUMNS",
    "event_lines",
    "event_row",
    "mention_lines",
    "mention_row",
    "source_name",
    "write_events",
    "write_mentions",
]

_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR),
    *(f"Actor2{name}" for name in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GEO),
    *(f"Actor2Geo_{name}" for name in _GEO),
    *(f"ActionGeo_{name}" for name in _GEO),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
    "Extras",
)  # fmt: skip

_NO_GEO = ["0", "", "", "", "", "", "", ""]
_US = "USA"


def _clean(text: str | None) -> str:
    """Tabs and newlines would break the row."""
    return " ".join(text.split()) if text else ""


def _actor(row: Mapping[str, Any], side: str) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code and
    Type1Code-Type3Code of one actor, each block of the code in its own codebook field."""
    code = row[f"{side}_code"] or ""
    if not code:
        return [""] * len(_ACTOR)
    parts = parse_actor_code(code)
    types = [*parts.types[:3], "", "", ""][:3]
    return [
        code,
        _clean(gdelt_actor_name(code, row[f"{side}_name"])),
        parts.country or "",
        parts.known_group or "",
        parts.ethnic or "",
        parts.religion1 or "",
        parts.religion2 or "",
        *types,
    ]


def _action_geo(row: Mapping[str, Any]) -> list[str]:
    name = row["location_name"]
    if name is None:
        return list(_NO_GEO)
    iso3 = row["location_country"]
    fips = country_fips(iso3)
    geonameid = row["location_geonameid"]
    feature = row.get("location_feature_class")  # issue 13; None in stores before it
    country_level = feature == "country" or (
        feature is None
        and (
            row["location_lat"] is None
            or (geonameid is not None and geonameid == country_geonameid(iso3))
        )
    )
    country = country_name(iso3)
    if country_level:
        kind, full_name = "1", country or name
    else:
        # GDELT's types: 2 US state, 5 world state (a division or a region), 3 US city, 4 world city
        us = iso3 == _US
        area = feature in ("admin1", "admin2", "region")
        kind = ("2" if us else "5") if area else ("3" if us else "4")
        full_name = f"{name}, {country}" if country and country != name else name
    admin1 = row.get("location_admin1")
    # GDELT's ADM1Code: the country's FIPS code and the division's (GeoNames keeps FIPS codes for
    # most countries' first-level divisions, US states by their postal code as GDELT does)
    adm1 = fips if country_level else (f"{fips}{admin1}" if fips and admin1 else "")
    return [
        kind,
        _clean(full_name),
        fips,
        adm1,
        "",
        number(row["location_lat"]),
        number(row["location_lon"]),
        "" if geonameid is None else str(geonameid),
    ]


def event_row(row: Mapping[str, Any]) -> list[str]:
    """The 61 GDELT fields of one events-table row (from iter_event_rows)."""
    date: dt.date = row["event_date"]
    fraction = date.year + (date.timetuple().tm_yday - 1) / 365.0
    cameo: str = row["cameo"]
    return [
        str(row["gid"]),
        date.strftime("%Y%m%d"),
        date.strftime("%Y%m"),
        str(date.year),
        f"{fraction:.4f}",
        *_actor(row, "source"),
        *_actor(row, "target"),
        "1" if row["sentence_index"] == 0 else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        number(row["quad_class"]),
        number(row["goldstein"]),
        str(row["num_mentions"]),
        str(row["num_sources"]),
        str(row["num_articles"]),
        "",
        *_NO_GEO,
        *_NO_GEO,
        *_action_geo(row),
        timestamp(row["first_seen"]),
        _clean(row["article_url"] or row["article_id"]),
    ]


def source_name(url: str | None, publisher: str | None) -> str:
    """GDELT's MentionSourceName of a web mention: the URL's domain without ``www.``
    (``nytimes.com``), else the publisher's name."""
    if url:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        host = host.removeprefix("www.")
        if "." in host:
            return host
    return _clean(publisher)


def _offset(row: Mapping[str, Any], side: str) -> str:
    """A span's start in the article text (GDELT's offsets are document offsets): -1 for none."""
    start = row[f"{side}_start"]
    if start is None:
        return "-1"
    return str((row["sentence_start"] or 0) + start)


def mention_row(row: Mapping[str, Any]) -> list[str]:
    """The 16 GDELT mentions fields of one mention (from iter_mention_rows)."""
    confidence = row.get("confidence")
    return [
        str(row["event_gid"]),
        timestamp(row["event_first_seen"]),
        timestamp(row["ingested_at"]),
        "1",  # WEB
        source_name(row["article_url"], row["article_source"]),
        _clean(row["article_url"] or row["article_id"]),
        str(row["sentence_index"] + 1),
        _offset(row, "source"),
        _offset(row, "target") if row["target_code"] else "-1",
        _offset(row, "trigger"),
        "1",
        # GDELT's percent confidence; an event no scorer has seen is as sure as the rule
        "100" if confidence is None else str(max(1, round(confidence * 100))),
        number(row["article_length"]),
        "",
        "",
        "",
    ]


def event_lines(
    con: duckdb.DuckDBPyConnection, filters: EventFilters | None = None, *, limit: int | None = None
) -> Iterator[str]:
    """The GDELT event table, a line at a time (no header)."""
    for row in iter_event_rows(con, filters, limit=limit):
        yield "\t".join(event_row(row)) + "\n"


def mention_lines(
    con: duckdb.DuckDBPyConnection, filters: EventFilters | None = None, *, limit: int | None = None
) -> Iterator[str]:
    """The GDELT mentions table (every mention of the matching events), a line at a time."""
    for row in iter_mention_rows(con, filters, limit=limit):
        yield "\t".join(mention_row(row)) + "\n"


def write_events(
    con: duckdb.DuckDBPyConnection,
    out: TextIO,
    filters: EventFilters | None = None,
    *,
    limit: int | None = None,
) -> int:
    """Write the GDELT event table; returns the number of rows."""
    return write_lines(out, event_lines(con, filters, limit=limit))


def write_mentions(
    con: duckdb.DuckDBPyConnection,
    out: TextIO,
    filters: EventFilters | None = None,
    *,
    limit: int | None = None,
) -> int:
    """Write the GDELT mentions table (every mention of the matching events); returns the rows."""
    return write_lines(out, mention_lines(con, filters, limit=limit))
