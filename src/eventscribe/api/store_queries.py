"""Questions the API asks that eventscribe.store.queries does not answer: actor search and the
network of the top actors. A thin adapter over the events table; every value is a parameter.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import duckdb

from eventscribe.errors import ConfigError
from eventscribe.geo.countries import country_codes
from eventscribe.store.queries import check_min_confidence

__all__ = ["NetworkGroup", "network", "search_actors"]

NetworkGroup = Literal["actor", "country"]

# The expression that names a node; chosen from this table, never from the request. A country node
# is the actor's country: IGOs, media, regions and groups are no country's (issue 12).
_NODE_KEY: dict[str, str] = {"actor": "{side}_code", "country": "{side}_country"}


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _date_clause(since: dt.date | None, until: dt.date | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if since is not None:
        clauses.append("event_date >= ?")
        params.append(since)
    if until is not None:
        clauses.append("event_date <= ?")
        params.append(until)
    return " AND ".join(clauses), params


def _countries_matching(con: duckdb.DuckDBPyConnection, query: str) -> dict[str, str]:
    """ISO3 -> name of the store's countries whose code starts with ``query`` or whose name holds
    it (names from GeoNames; three letters at least, so that "a" does not match every country)."""
    folded = query.strip().lower()
    prefixes = con.execute(
        "SELECT DISTINCT left(source_code, 3) FROM events UNION "
        "SELECT DISTINCT left(target_code, 3) FROM events WHERE target_code <> ''"
    ).fetchall()
    found: dict[str, str] = {}
    for (prefix,) in prefixes:
        codes = country_codes(str(prefix))
        if codes is None:
            continue
        if codes.iso3.lower().startswith(folded) or (
            len(folded) >= 3 and folded in codes.name.lower()
        ):
            found[codes.iso3] = codes.name
    return found


def search_actors(
    con: duckdb.DuckDBPyConnection,
    query: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Countries and actor codes in the store that match ``query``, most events first.

    A country (``kind: "country"``, the 3-letter prefix every dyad filter accepts) matches by its
    ISO3 code or its name; an actor code (``kind: "actor"``) matches by code prefix, by dictionary
    entry name or by the words that named it in a sentence. Each item: {kind, code, label, events,
    names}; ``names`` lists up to five of the words that named the actor.
    """
    text = query.strip()
    if not text:
        raise ConfigError("the actor search needs some text (a code or a name)", code="E420")
    date_sql, date_params = _date_clause(since, until)
    where = f"WHERE {date_sql}" if date_sql else ""
    pattern = f"%{_escape_like(text)}%"
    sides = f"""
        WITH ev AS (SELECT source_code, source_name, source_text, target_code, target_name,
                           target_text FROM events {where}),
        sides AS (
            SELECT source_code AS code, source_name AS name, source_text AS words FROM ev
            UNION ALL
            SELECT target_code, target_name, target_text FROM ev WHERE target_code <> ''
        )
    """
    rows = con.execute(
        sides
        + """
        SELECT code, count(*) AS n,
               list(DISTINCT words ORDER BY words) FILTER (WHERE words IS NOT NULL) AS names
        FROM sides
        WHERE starts_with(code, ?) OR name ILIKE ? ESCAPE '\\' OR words ILIKE ? ESCAPE '\\'
        GROUP BY code ORDER BY n DESC, code LIMIT ?
        """,
        [*date_params, text.upper(), pattern, pattern, limit],
    ).fetchall()
    actors: list[dict[str, Any]] = [
        {
            "kind": "actor",
            "code": str(code),
            "label": ", ".join(list(names or [])[:2]) or str(code),
            "events": int(n),
            "names": list(names or [])[:5],
        }
        for code, n, names in rows
    ]
    countries = _countries_matching(con, text)
    for item in actors:  # a country whose actors matched by name ("russian") is offered too
        codes = country_codes(item["code"][:3])
        if codes is not None:
            countries.setdefault(codes.iso3, codes.name)
    result: list[dict[str, Any]] = []
    if countries:
        counted = con.execute(
            sides
            + """
            SELECT left(code, 3) AS country, count(*) AS n FROM sides
            WHERE list_contains(?, left(code, 3)) GROUP BY 1 ORDER BY n DESC, country
            """,
            [*date_params, sorted(countries)],
        ).fetchall()
        result = [
            {
                "kind": "country",
                "code": str(iso3),
                "label": countries[str(iso3)],
                "events": int(n),
                "names": [],
            }
            for iso3, n in counted
        ]
    known = {item["code"] for item in result}
    result += [item for item in actors if item["code"] not in known]
    return result[:limit]


def network(
    con: duckdb.DuckDBPyConnection,
    *,
    group: NetworkGroup = "actor",
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 12,
    min_confidence: float | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """The ``limit`` actors (or countries) in most dyadic events and the edges between them.

    {"nodes": [{code, events}], "edges": [{source, target, events, goldstein}]}; ``goldstein`` is
    the mean Goldstein value of the edge's events (None when none has one). Self-loops are left out.
    By country, an event counts when both its actors have a country (``source_country``,
    ``target_country``: never IGO, MED or a region). ``min_confidence`` as in EventFilters.
    """
    if group not in _NODE_KEY:
        raise ConfigError(f"group takes actor or country, not {group!r}", code="E422")
    if limit < 1 or limit > 200:
        raise ConfigError(f"limit takes 1 to 200, not {limit}", code="E420")
    date_sql, params = _date_clause(since, until)
    extra = f" AND {date_sql}" if date_sql else ""
    if min_confidence is not None:
        extra += " AND (confidence IS NULL OR confidence >= ?)"
        params.append(check_min_confidence(min_confidence))
    source_key = _NODE_KEY[group].format(side="source")
    target_key = _NODE_KEY[group].format(side="target")
    rows = con.execute(
        f"""
        WITH ev AS (
            SELECT {source_key} AS s, {target_key} AS t, goldstein FROM events
            WHERE target_code <> ''
              AND {source_key} IS NOT NULL AND {target_key} IS NOT NULL{extra}
        ),
        nodes AS (
            SELECT code, count(*) AS n FROM (SELECT s AS code FROM ev UNION ALL SELECT t FROM ev)
            GROUP BY code ORDER BY n DESC, code LIMIT ?
        )
        SELECT 'node' AS kind, code, NULL AS t, n, NULL AS g FROM nodes
        UNION ALL
        SELECT 'edge', s, t, count(*), avg(goldstein) FROM ev
        WHERE s IN (SELECT code FROM nodes) AND t IN (SELECT code FROM nodes) AND s <> t
        GROUP BY s, t
        """,
        [*params, limit],
    ).fetchall()
    nodes: list[dict[str, Any]] = [
        {"code": str(code), "events": int(n)} for kind, code, _, n, _ in rows if kind == "node"
    ]
    nodes.sort(key=lambda node: (-node["events"], node["code"]))
    edges: list[dict[str, Any]] = [
        {
            "source": str(code),
            "target": str(target),
            "events": int(n),
            "goldstein": None if mean is None else round(float(mean), 3),
        }
        for kind, code, target, n, mean in rows
        if kind == "edge"
    ]
    edges.sort(key=lambda edge: (-edge["events"], edge["source"], edge["target"]))
    return {"nodes": nodes, "edges": edges}
