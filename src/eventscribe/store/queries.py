"""Questions asked of the store: filtered event pages with a keyset cursor, dyad series, top actors,
one article with its events, rejects. Every value reaches SQL as a parameter.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import difflib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

import duckdb

from eventscribe.errors import ConfigError
from eventscribe.records import PRECISIONS, record_from_columns

__all__ = [
    "FREQUENCIES",
    "MEASURES",
    "EventFilters",
    "EventPage",
    "article",
    "check_cameo_prefix",
    "check_country",
    "check_dates",
    "check_event_type",
    "check_min_confidence",
    "event_record",
    "events",
    "events_page",
    "export_events_sql",
    "iter_event_rows",
    "iter_mention_rows",
    "parse_dyad",
    "rejects",
    "series",
    "top_actors",
    "where_sql",
]

Frequency = Literal["day", "week", "month", "year"]
Measure = Literal["count", "goldstein", "goldstein-mean", "quad"]
FREQUENCIES: tuple[str, ...] = ("day", "week", "month", "year")
MEASURES: tuple[str, ...] = ("count", "goldstein", "goldstein-mean", "quad")
MAX_LIMIT = 10_000


@dataclass(frozen=True)
class EventFilters:
    """Which events to return. Code filters match by prefix; None means no filter.

    ``actor``: either side's code starts with it; ``dyad``: "SRC:TGT", source starts with SRC and
    target with TGT (either side may be empty); ``country``: either actor's country (ISO3);
    ``event``: PLOVER type; ``cameo``: code prefix; ``quad``: 1-4; ``since``/``until``: event date,
    inclusive; ``text``: every word appears in the sentence (case-insensitive); ``min_confidence``:
    events whose confidence is at least this (0-1; events not scored, confidence None, always
    pass); ``date_precision``: events dated that precisely (day, week, month, year; issue 13);
    ``limit``: page size (None: all, for exports); ``cursor``: ``EventPage.next_cursor`` of
    the previous page. A filter that can match nothing (an unknown PLOVER type or CAMEO prefix, a
    code that is not a country, ``since`` after ``until``) raises ConfigError [E420] naming the
    valid values.
    """

    actor: str | None = None
    dyad: str | None = None
    country: str | None = None
    event: str | None = None
    cameo: str | None = None
    quad: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    limit: int | None = 100
    cursor: str | None = None
    min_confidence: float | None = None
    date_precision: str | None = None


@dataclass(frozen=True)
class EventPage:
    """One page of events (newest first) and the cursor of the next page (None: last page)."""

    records: list[dict[str, Any]]
    next_cursor: str | None


def parse_dyad(dyad: str) -> tuple[str, str]:
    """ "CHN:RUS" -> ("CHN", "RUS"); raises ConfigError [E420] for anything else."""
    parts = dyad.split(":")
    if len(parts) != 2 or not (parts[0].strip() or parts[1].strip()):
        raise ConfigError(
            f"a dyad is SOURCE:TARGET (code prefixes, e.g. CHN:RUS), not {dyad!r}", code="E420"
        )
    return parts[0].strip().upper(), parts[1].strip().upper()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _did_you_mean(given: str, valid: Sequence[str]) -> str:
    close = difflib.get_close_matches(given, valid, n=1, cutoff=0.7)
    return f" (did you mean {close[0]}?)" if close else ""


def check_event_type(event: str) -> str:
    """``event`` as a PLOVER type (upper case); ConfigError [E420] listing the types if not one."""
    from eventscribe.ontology import plover_event_types

    name = event.strip().upper()
    types = list(plover_event_types())
    if name not in types:
        raise ConfigError(
            f"--event takes a PLOVER event type, not {event!r}{_did_you_mean(name, types)}; "
            f"the types are {', '.join(types)} (CAMEO codes: --cameo)",
            code="E420",
        )
    return name


def check_cameo_prefix(cameo: str) -> str:
    """``cameo`` if some CAMEO code starts with it; ConfigError [E420] otherwise."""
    from eventscribe.ontology import cameo_codes

    prefix = cameo.strip()
    codes = cameo_codes()
    if not prefix.isdigit() or not any(code.startswith(prefix) for code in codes):
        roots = sorted({code[:2] for code in codes})
        raise ConfigError(
            f"--cameo takes the start of a CAMEO code such as 04 or 0211, not {cameo!r}: no CAMEO "
            f"code starts with it (the root codes are {roots[0]} to {roots[-1]}, each followed "
            "by more digits; e.g. 04 consult, 042 make a visit, 190 use conventional force)",
            code="E420",
        )
    return prefix


def check_country(country: str) -> str:
    """``country`` as an upper-case country code; ConfigError [E420] for anything else (IGO, MED,
    regions and groups are not countries: they match with --actor)."""
    from eventscribe.actor_codes import is_country

    code = country.strip().upper()
    if not is_country(code):
        if len(code) == 3 and code.isalpha():
            raise ConfigError(
                f"--country takes a country's ISO3 code such as RUS or USA; {code} is not a "
                "country (IGOs, NGOs, media, regions and groups match with --actor, e.g. "
                "--actor IGO or --actor IGOWSTNAT)",
                code="E420",
            )
        raise ConfigError(f"--country takes an ISO3 code such as RUS, not {country!r}", code="E420")
    return code


def check_min_confidence(value: float | None) -> float | None:
    """``value`` if it is None or between 0 and 1; ConfigError [E420] otherwise."""
    if value is not None and not (0.0 <= value <= 1.0):  # NaN fails both
        raise ConfigError(
            f"--min-confidence takes a number from 0 to 1 (e.g. 0.5), not {value}", code="E420"
        )
    return value


def check_dates(since: dt.date | None, until: dt.date | None) -> None:
    """ConfigError [E420] when ``since`` is after ``until`` (nothing could match)."""
    if since is not None and until is not None and since > until:
        raise ConfigError(
            f"--since {since.isoformat()} is after --until {until.isoformat()}: no event can "
            "match; swap them",
            code="E420",
        )


def _where(filters: EventFilters) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.actor:
        actor = filters.actor.strip().upper()
        clauses.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
        params += [actor, actor]
    if filters.dyad:
        source, target = parse_dyad(filters.dyad)
        if source:
            clauses.append("starts_with(source_code, ?)")
            params.append(source)
        if target:
            clauses.append("starts_with(target_code, ?)")
            params.append(target)
    if filters.country:
        country = check_country(filters.country)
        clauses.append("(source_country = ? OR target_country = ?)")
        params += [country, country]
    if filters.event:
        clauses.append("event = ?")
        params.append(check_event_type(filters.event))
    if filters.cameo:
        clauses.append("starts_with(cameo, ?)")
        params.append(check_cameo_prefix(filters.cameo))
    if filters.quad is not None:
        if filters.quad not in (1, 2, 3, 4):
            raise ConfigError(f"--quad takes 1, 2, 3 or 4, not {filters.quad}", code="E420")
        clauses.append("quad_class = ?")
        params.append(filters.quad)
    check_dates(filters.since, filters.until)
    if filters.since is not None:
        clauses.append("event_date >= ?")
        params.append(filters.since)
    if filters.until is not None:
        clauses.append("event_date <= ?")
        params.append(filters.until)
    if filters.min_confidence is not None:
        clauses.append("(confidence IS NULL OR confidence >= ?)")
        params.append(check_min_confidence(filters.min_confidence))
    if filters.date_precision:
        if filters.date_precision not in PRECISIONS:
            raise ConfigError(
                f"--date-precision takes {', '.join(PRECISIONS)}, not {filters.date_precision}",
                code="E420",
            )
        clauses.append("date_precision = ?")
        params.append(filters.date_precision)
    if filters.text:
        for word in filters.text.split():
            clauses.append("text ILIKE ? ESCAPE '\\'")
            params.append(f"%{_escape_like(word)}%")
    return clauses, params


def where_sql(filters: EventFilters) -> tuple[str, list[Any]]:
    """`` WHERE ...`` (or '') over the events table for ``filters`` (cursor and limit ignored)."""
    clauses, params = _where(filters)
    return ((" WHERE " + " AND ".join(clauses)) if clauses else ""), params


def _encode_cursor(date: dt.date, event_id: str) -> str:
    raw = json.dumps([date.isoformat(), event_id]).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str) -> tuple[dt.date, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        date_text, event_id = json.loads(raw)
        return dt.date.fromisoformat(date_text), str(event_id)
    except (ValueError, TypeError, binascii.Error) as error:
        raise ConfigError(
            "the cursor is not one this store gave out; start again without --cursor", code="E421"
        ) from error


def event_record(row: dict[str, Any], *, mention: bool = False) -> dict[str, Any]:
    """The JSON event record (records.Event.to_dict's keys) of an events (or mentions) table row.

    Events also carry num_mentions, num_articles, num_sources, mention_id (their representative
    mention), last_date, first_seen and last_seen; their ``id`` is the deduplicated event's id and
    their ``confidence`` the highest of their mentions'.
    """
    record = record_from_columns(row)
    if not mention:
        date = row["event_date"]
        record["date"] = date.isoformat() if date else None
        record["num_mentions"] = row["num_mentions"]
        record["num_articles"] = row["num_articles"]
        record["num_sources"] = row["num_sources"]
        record["mention_id"] = row["mention_id"]
        record["last_date"] = row["last_date"].isoformat() if row["last_date"] else None
        record["first_seen"] = row["first_seen"].isoformat() if row["first_seen"] else None
        record["last_seen"] = row["last_seen"].isoformat() if row["last_seen"] else None
    return record


def _dicts(result: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [column[0] for column in result.description or ()]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def events_page(con: duckdb.DuckDBPyConnection, filters: EventFilters | None = None) -> EventPage:
    """The events matching ``filters``, newest first (event date, then id, descending)."""
    filters = filters or EventFilters()
    clauses, params = _where(filters)
    if filters.cursor:
        date, event_id = _decode_cursor(filters.cursor)
        clauses.append("(event_date < ? OR (event_date = ? AND id < ?))")
        params += [date, date, event_id]
    sql = "SELECT * FROM events"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY event_date DESC, id DESC"
    limit = filters.limit
    if limit is not None:
        if limit < 1 or limit > MAX_LIMIT:
            raise ConfigError(f"--limit takes 1 to {MAX_LIMIT}, not {limit}", code="E420")
        sql += " LIMIT ?"
        params.append(limit + 1)
    rows = _dicts(con.execute(sql, params))
    next_cursor = None
    if limit is not None and len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = _encode_cursor(last["event_date"], last["id"])
    return EventPage([event_record(row) for row in rows], next_cursor)


def events(
    con: duckdb.DuckDBPyConnection, filters: EventFilters | None = None
) -> list[dict[str, Any]]:
    """The event records of one page (see events_page)."""
    return events_page(con, filters).records


def export_events_sql(
    filters: EventFilters | None = None, *, limit: int | None = None
) -> tuple[str, list[Any]]:
    """``(SELECT * FROM events ...)`` of the events an export writes (the filters' page size and
    cursor ignored) and its parameters: the first ``limit`` events, oldest first, or all."""
    filters = replace(filters or EventFilters(), limit=None, cursor=None)
    where, params = where_sql(filters)
    sql = f"(SELECT * FROM events{where}"
    if limit is not None:
        if limit < 1:
            raise ConfigError(f"--limit takes 1 or more events, not {limit}", code="E420")
        sql += " ORDER BY event_date, id LIMIT ?"
        params.append(limit)
    return sql + ")", params


def iter_event_rows(
    con: duckdb.DuckDBPyConnection,
    filters: EventFilters | None = None,
    *,
    chunk: int = 10_000,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Every matching events-table row (flat, with the representative article's url, title and
    source as article_url, article_title, article_publisher), oldest first: for exports.
    ``limit``: only the first so many events (a quick sample)."""
    events_sql, params = export_events_sql(filters, limit=limit)
    sql = (
        "SELECT e.*, a.url AS article_url, a.title AS article_title, a.source AS article_publisher "
        f"FROM {events_sql} e LEFT JOIN articles a ON a.id = e.article_id "
        "ORDER BY e.event_date, e.id"
    )
    result = con.execute(sql, params)
    names = [column[0] for column in result.description or ()]
    while rows := result.fetchmany(chunk):
        for row in rows:
            yield dict(zip(names, row, strict=True))


def iter_mention_rows(
    con: duckdb.DuckDBPyConnection,
    filters: EventFilters | None = None,
    *,
    chunk: int = 10_000,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Every mention of the matching events, with the event's gid, id and first_seen and the
    article's url and text length (event_gid, event_id, event_first_seen, article_url,
    article_length): for the GDELT mentions export. ``limit``: the mentions of the first so many
    events."""
    events_sql, params = export_events_sql(filters, limit=limit)
    sql = (
        "SELECT m.*, e.gid AS event_gid, e.id AS event_id, e.first_seen AS event_first_seen, "
        "a.url AS article_url, length(a.text) AS article_length "
        f"FROM {events_sql} e "
        "JOIN mentions m ON m.event_date = e.event_date AND m.source_code = e.source_code "
        "AND m.target_code = e.target_code AND m.cameo = e.cameo "
        "LEFT JOIN articles a ON a.id = m.article_id "
        "ORDER BY e.event_date, e.id, m.date, m.id"
    )
    result = con.execute(sql, params)
    names = [column[0] for column in result.description or ()]
    while rows := result.fetchmany(chunk):
        for row in rows:
            yield dict(zip(names, row, strict=True))


def series(
    con: duckdb.DuckDBPyConnection,
    dyad: str,
    *,
    both: bool = False,
    freq: str = "month",
    measure: str = "count",
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_confidence: float | None = None,
) -> list[dict[str, Any]]:
    """The dyad's events per period, every period from ``since`` (default: the first event) to
    ``until`` (default: the last) present, empty ones as zeros.

    ``both``: the two directions together. ``measure``: count -> {period, count}; goldstein ->
    {period, count, goldstein} (the sum of the events' Goldstein values); goldstein-mean ->
    {period, count, goldstein_mean} (their mean, as GDELT users average GoldsteinScale; None for a
    period without events); quad -> {period, quad1, quad2, quad3, quad4}. Periods start on the
    day, Monday, first of the month or of the year. ``min_confidence``: as in EventFilters.
    """
    if freq not in FREQUENCIES:
        raise ConfigError(f"--freq takes {', '.join(FREQUENCIES)}, not {freq!r}", code="E422")
    if measure not in MEASURES:
        raise ConfigError(f"--measure takes {', '.join(MEASURES)}, not {measure!r}", code="E422")
    source, target = parse_dyad(dyad)
    check_dates(since, until)
    one_way = "starts_with(source_code, ?) AND starts_with(target_code, ?)"
    condition = f"({one_way})"
    params: list[Any] = [source, target]
    if both:
        condition = f"(({one_way}) OR ({one_way}))"
        params += [target, source]
    if min_confidence is not None:
        condition += " AND (confidence IS NULL OR confidence >= ?)"
        params.append(check_min_confidence(min_confidence))
    if since is not None:
        condition += " AND event_date >= ?"
        params.append(since)
    if until is not None:
        condition += " AND event_date <= ?"
        params.append(until)
    # freq is one of FREQUENCIES (checked above), so it may be spliced into the SQL.
    sql = f"""
        WITH ev AS (SELECT event_date, quad_class, goldstein FROM events WHERE {condition}),
        bounds AS (
            SELECT coalesce(?::DATE, min(event_date)) AS lo,
                   coalesce(?::DATE, max(event_date)) AS hi
            FROM ev
        ),
        calendar AS (
            SELECT unnest(generate_series(date_trunc('{freq}', lo), date_trunc('{freq}', hi),
                                          INTERVAL 1 {freq}))::DATE AS period
            FROM bounds WHERE lo IS NOT NULL AND hi IS NOT NULL AND lo <= hi
        ),
        agg AS (
            SELECT date_trunc('{freq}', event_date)::DATE AS period,
                   count(*) AS count,
                   sum(coalesce(goldstein, 0)) AS goldstein,
                   avg(goldstein) AS goldstein_mean,
                   count(*) FILTER (WHERE quad_class = 1) AS quad1,
                   count(*) FILTER (WHERE quad_class = 2) AS quad2,
                   count(*) FILTER (WHERE quad_class = 3) AS quad3,
                   count(*) FILTER (WHERE quad_class = 4) AS quad4
            FROM ev GROUP BY 1
        )
        SELECT c.period, coalesce(a.count, 0) AS count,
               round(coalesce(a.goldstein, 0), 4) AS goldstein,
               round(a.goldstein_mean, 4) AS goldstein_mean,
               coalesce(a.quad1, 0) AS quad1, coalesce(a.quad2, 0) AS quad2,
               coalesce(a.quad3, 0) AS quad3, coalesce(a.quad4, 0) AS quad4
        FROM calendar c LEFT JOIN agg a USING (period)
        ORDER BY c.period
    """
    rows = con.execute(sql, [*params, since, until]).fetchall()
    result: list[dict[str, Any]] = []
    for period, count, goldstein, mean, q1, q2, q3, q4 in rows:
        item: dict[str, Any] = {"period": period.isoformat()}
        if measure == "quad":
            item.update(quad1=int(q1), quad2=int(q2), quad3=int(q3), quad4=int(q4))
        else:
            item["count"] = int(count)
            if measure == "goldstein":
                item["goldstein"] = float(goldstein)
            elif measure == "goldstein-mean":
                item["goldstein_mean"] = None if mean is None else float(mean)
        result.append(item)
    return result


def top_actors(
    con: duckdb.DuckDBPyConnection,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """The actor codes in most events (as source or target): {code, events, as_source, as_target,
    mentions}, most events first."""
    if limit < 1 or limit > MAX_LIMIT:
        raise ConfigError(f"--limit takes 1 to {MAX_LIMIT}, not {limit}", code="E420")
    where, params = where_sql(EventFilters(since=since, until=until))
    sql = f"""
        WITH ev AS (SELECT source_code, target_code, num_mentions FROM events{where}),
        sides AS (
            SELECT source_code AS code, 1 AS s, 0 AS t, num_mentions FROM ev
            UNION ALL
            SELECT target_code, 0, 1, num_mentions FROM ev WHERE target_code <> ''
        )
        SELECT code, count(*) AS events, sum(s) AS as_source, sum(t) AS as_target,
               sum(num_mentions) AS mentions
        FROM sides GROUP BY code ORDER BY events DESC, code LIMIT ?
    """
    return [
        {
            "code": code,
            "events": int(n),
            "as_source": int(s),
            "as_target": int(t),
            "mentions": int(m),
        }
        for code, n, s, t, m in con.execute(sql, [*params, limit]).fetchall()
    ]


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article with its text and its mentions, or None when the store has no such article.

    Mention spans are offsets in the sentence; ``sentence_start`` places the sentence in the text;
    ``event_id`` names the deduplicated event the mention belongs to.
    """
    rows = _dicts(con.execute("SELECT * FROM articles WHERE id = ?", [article_id]))
    if not rows:
        return None
    row = rows[0]
    mentions = _dicts(
        con.execute(
            "SELECT m.*, e.id AS event_id FROM mentions m LEFT JOIN events e "
            "ON m.event_date = e.event_date AND m.source_code = e.source_code "
            "AND m.target_code = e.target_code AND m.cameo = e.cameo "
            "WHERE m.article_id = ? ORDER BY m.sentence_index, m.trigger_start, m.id",
            [article_id],
        )
    )
    records = []
    for mention in mentions:
        record = event_record(mention, mention=True)
        record["event_id"] = mention["event_id"]
        records.append(record)
    return {
        "id": row["id"],
        "date": row["date"].isoformat() if row["date"] else None,
        "title": row["title"],
        "url": row["url"],
        "source": row["source"],
        "origin": row["origin"],
        "text": row["text"],
        "ingested_at": row["ingested_at"].isoformat() if row["ingested_at"] else None,
        "events": records,
    }


def rejects(con: duckdb.DuckDBPyConnection, *, limit: int | None = None) -> list[dict[str, Any]]:
    """The stored rejects, oldest first: {origin, reason, code, article_id, time}."""
    sql = "SELECT origin, reason, code, article_id, time FROM rejects ORDER BY time, origin"
    params: Sequence[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params = [limit]
    return [
        {**row, "time": row["time"].isoformat() if row["time"] else None}
        for row in _dicts(con.execute(sql, list(params)))
    ]
