"""The store's tables, its schema version, and the migrations that bring an older file up to date.

docs/store.md describes every table; ``MIGRATIONS[v]`` turns a version-v file into version v + 1.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import duckdb

from eventscribe.actor_codes import parse_actor_code
from eventscribe.errors import StoreError
from eventscribe.records import EVENT_FIELDS


def country_of(code: str | None) -> str | None:
    """The country an actor code names (ISO3 as GDELT uses them), or None: IGO, NGO, MED, regions
    and groups are not countries (issue 12)."""
    return parse_actor_code(code).country


__all__ = [
    "DUCKDB_TYPES",
    "EVENT_KEY",
    "MIGRATIONS",
    "REPRESENTATIVE_COLUMNS",
    "SCHEMA_VERSION",
    "TABLES",
    "country_of",
    "create_schema",
    "fetch_one",
    "migrate",
    "read_version",
]

SCHEMA_VERSION = 3

#: The DuckDB type of each records.FIELD_TYPES kind.
DUCKDB_TYPES: dict[str, str] = {
    "str": "VARCHAR",
    "int8": "TINYINT",
    "int32": "INTEGER",
    "int64": "BIGINT",
    "float64": "DOUBLE",
    "date": "DATE",
    "str[]": "VARCHAR[]",
    "json": "VARCHAR",  # JSON text of Rule.to_dict()
}

# The key columns the store writes itself (NOT NULL; target_code is '' for no target), before the
# record's other columns.
_KEYED = frozenset({"id", "date", "source_code", "target_code", "cameo", "article_id"})


def _record_columns() -> tuple[tuple[str, str], ...]:
    """The columns one coded report (mention) carries besides its key, from records.EVENT_FIELDS,
    in the order the schema versions added them (a new file has the order a migrated one has).

    Every one takes NULL: older files and lakes lack the later columns. The deduplicated event
    copies them from its representative mention, so queries never join the mentions table.
    """
    fields = sorted((f for f in EVENT_FIELDS if f.column not in _KEYED), key=lambda f: f.since)
    columns = [(f.column, DUCKDB_TYPES[f.type]) for f in fields]
    # Article.source, copied here so num_sources needs no join (schema version 1)
    version_1 = sum(1 for f in fields if f.since == 1)
    columns.insert(version_1, ("article_source", "VARCHAR"))
    return tuple(columns)


_MENTION_RECORD: tuple[tuple[str, str], ...] = (
    ("article_id", "VARCHAR NOT NULL"),
    *_record_columns(),
)

# The columns an event copies from its representative mention; its confidence is the highest of
# its mentions' instead (an event is as sure as its surest report).
REPRESENTATIVE_COLUMNS: tuple[str, ...] = tuple(
    name for name, _ in _MENTION_RECORD if name != "confidence"
)

# The deduplication key of an event; target_code is '' for events without a target.
EVENT_KEY: tuple[str, ...] = ("event_date", "source_code", "target_code", "cameo")

TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "meta": (("key", "VARCHAR NOT NULL"), ("value", "VARCHAR")),
    "articles": (
        ("id", "VARCHAR NOT NULL"),
        ("date", "DATE"),
        ("title", "VARCHAR"),
        ("url", "VARCHAR"),
        ("source", "VARCHAR"),
        ("origin", "VARCHAR"),
        ("text", "VARCHAR"),
        ("text_hash", "VARCHAR NOT NULL"),
        ("num_mentions", "INTEGER"),
        ("ingested_at", "TIMESTAMP"),
    ),
    "mentions": (
        ("id", "VARCHAR NOT NULL"),
        ("date", "DATE NOT NULL"),
        ("event_date", "DATE NOT NULL"),
        ("source_code", "VARCHAR NOT NULL"),
        ("target_code", "VARCHAR NOT NULL"),
        ("cameo", "VARCHAR NOT NULL"),
        *_MENTION_RECORD,
        ("ingested_at", "TIMESTAMP"),
    ),
    "events": (
        ("id", "VARCHAR NOT NULL"),
        ("gid", "BIGINT NOT NULL"),  # numeric id for GDELT's GLOBALEVENTID, below 2^53
        ("event_date", "DATE NOT NULL"),
        ("source_code", "VARCHAR NOT NULL"),
        ("target_code", "VARCHAR NOT NULL"),
        ("cameo", "VARCHAR NOT NULL"),
        ("num_mentions", "INTEGER NOT NULL"),
        ("num_articles", "INTEGER NOT NULL"),
        ("num_sources", "INTEGER NOT NULL"),
        ("first_seen", "TIMESTAMP"),
        ("last_seen", "TIMESTAMP"),
        ("last_date", "DATE"),
        ("mention_id", "VARCHAR NOT NULL"),
        *_MENTION_RECORD,
    ),
    "rejects": (
        ("origin", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("code", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("time", "TIMESTAMP"),
    ),
}


def fetch_one(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()
) -> tuple[Any, ...] | None:
    """The first row of a query, with the result fully consumed (DuckDB refuses new work on a
    connection while a result is still open)."""
    rows = con.execute(sql, list(params)).fetchall()
    return rows[0] if rows else None


def _table_ddl(name: str) -> str:
    columns = ", ".join(f'"{column}" {kind}' for column, kind in TABLES[name])
    return f'CREATE TABLE IF NOT EXISTS "{name}" ({columns})'


def create_schema(con: duckdb.DuckDBPyConnection, *, window_days: int = 0) -> None:
    """Create every table of the current version in an empty database."""
    for name in TABLES:
        con.execute(_table_ddl(name))
    _set_meta(con, "schema_version", str(SCHEMA_VERSION))
    _set_meta(con, "window_days", str(window_days))


def _set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute("DELETE FROM meta WHERE key = ?", [key])
    con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])


def _existing_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {str(row[0]) for row in rows}


def read_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The file's schema version; None for an empty database; 0 for a pre-versioning layout.

    Raises StoreError when the file holds other tables than eventscribe's.
    """
    tables = _existing_tables(con)
    if not tables:
        return None
    if "meta" not in tables:
        if "articles" in tables and "mentions" in tables:
            return 0
        raise StoreError(
            "this file is a DuckDB database but not an eventscribe store "
            f"(tables: {', '.join(sorted(tables))}); pass another --db file",
            code="E403",
        )
    row = fetch_one(con, "SELECT value FROM meta WHERE key = 'schema_version'")
    if row is None or not str(row[0]).isdigit():
        raise StoreError(
            "the store's meta table has no valid schema_version; the file is damaged", code="E403"
        )
    return int(row[0])


def _add_missing_tables_and_columns(con: duckdb.DuckDBPyConnection) -> None:
    tables = _existing_tables(con)
    for name, columns in TABLES.items():
        if name not in tables:
            con.execute(_table_ddl(name))
            continue
        present = {
            str(row[0])
            for row in con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'main' AND table_name = ?",
                [name],
            ).fetchall()
        }
        for column, kind in columns:
            if column not in present:
                # NOT NULL cannot be added to filled tables; the migration fills the column itself.
                plain = kind.replace(" NOT NULL", "")
                con.execute(f'ALTER TABLE "{name}" ADD COLUMN "{column}" {plain}')


def _migrate_0_to_1(con: duckdb.DuckDBPyConnection) -> None:
    """v0 (development snapshots): no meta table, mentions without article_source, no events table.

    Adds what is missing, copies the articles' source onto their mentions; the caller then
    recomputes the deduplicated events.
    """
    _add_missing_tables_and_columns(con)
    con.execute(
        "UPDATE mentions SET article_source = a.source FROM articles a "
        "WHERE mentions.article_id = a.id AND mentions.article_source IS NULL"
    )
    con.execute("UPDATE mentions SET event_date = date WHERE event_date IS NULL")
    con.execute("UPDATE mentions SET target_code = '' WHERE target_code IS NULL")
    con.execute(
        "UPDATE articles SET num_mentions = (SELECT count(*) FROM mentions m "
        "WHERE m.article_id = articles.id) WHERE num_mentions IS NULL"
    )
    _set_meta(con, "window_days", "0")


def _migrate_1_to_2(con: duckdb.DuckDBPyConnection) -> None:
    """v1 -> v2 (issue 12): mentions and events get ``confidence`` (NULL: not scored); the actors'
    ``*_country`` hold only countries (v1 copied the code's first block: IGO, MED, MEA ...); event
    gids shrink below 2^53. The caller recomputes the events, which gives them the new gids.
    """
    _add_missing_tables_and_columns(con)
    codes = con.execute(
        "SELECT DISTINCT source_code FROM mentions UNION SELECT DISTINCT target_code FROM mentions"
    ).fetchall()
    countries = [(str(code), country_of(str(code))) for (code,) in codes]
    con.execute("CREATE OR REPLACE TEMP TABLE _countries (code VARCHAR, country VARCHAR)")
    if countries:
        con.executemany("INSERT INTO _countries VALUES (?, ?)", countries)
    for side in ("source", "target"):
        con.execute(
            f"UPDATE mentions SET {side}_country = c.country FROM _countries c "
            f"WHERE mentions.{side}_code = c.code "
            f"AND mentions.{side}_country IS DISTINCT FROM c.country"
        )
    con.execute("DROP TABLE _countries")


def _migrate_2_to_3(con: duckdb.DuckDBPyConnection) -> None:
    """v2 -> v3 (issue 13): mentions and events get ``date_precision`` and ``date_source`` and the
    location's words, span, feature class and admin1 code. Earlier coders dated every event to a
    day, from its words (``date_text``) or else the article; their places' other fields stay NULL.
    """
    _add_missing_tables_and_columns(con)
    for table in ("mentions", "events"):
        con.execute(
            f"UPDATE {table} SET date_precision = 'day', date_source = CASE WHEN date_text IS "
            "NULL THEN 'article' ELSE 'clause' END WHERE date_source IS NULL"
        )


# MIGRATIONS[v] turns a version-v file into version v + 1. Each must be safe inside one transaction.
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {
    0: _migrate_0_to_1,
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
}


def migrate(con: duckdb.DuckDBPyConnection, from_version: int) -> None:
    """Run the migrations from ``from_version`` to SCHEMA_VERSION (in the caller's transaction)."""
    for version in range(from_version, SCHEMA_VERSION):
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(
                f"no migration from schema version {version}; "
                "this eventscribe cannot read the file",
                code="E405",
            )
        step(con)
        _set_meta(con, "schema_version", str(version + 1))
