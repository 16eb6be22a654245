"""The DuckDB event store: opening (with migrations and lock errors), ingest, and deduplication.

One Store wraps one DuckDB connection; docs/store.md documents the tables and the dedup rule.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from eventscribe.errors import StoreError
from eventscribe.records import Article, Event, IngestStats, Reject
from eventscribe.store import schema
from eventscribe.store.rows import ArticleBatch, text_hash

__all__ = ["DEFAULT_PATH", "IngestStats", "Store", "default_path"]

DEFAULT_PATH = "eventscribe.duckdb"
_ENV_PATH = "EVENTSCRIBE_DB"
_ENV_MEMORY = "EVENTSCRIBE_DB_MEMORY"
_DEFAULT_MEMORY = "2GB"
_PID_RE = re.compile(r"PID (\d+)")

_KEY_MATCH = " AND ".join(f"m.{column} = k.{column}" for column in schema.EVENT_KEY)
_TRIPLE = ("source_code", "target_code", "cameo")
_TRIPLE_MATCH = " AND ".join(f"m.{column} = k.{column}" for column in _TRIPLE)


def default_path() -> Path:
    """``$EVENTSCRIBE_DB`` if set, else ``./eventscribe.duckdb``."""
    return Path(os.environ.get(_ENV_PATH) or DEFAULT_PATH)


def _aggregate_into_events(con: duckdb.DuckDBPyConnection, mentions_from: str | None) -> None:
    """Insert the deduplicated event rows of the mentions ``mentions_from`` yields (alias m).

    The touched mentions are copied once into a temp table and aggregated in three levels (per
    article, per publisher, per key: cheaper than count(DISTINCT)); the representative mention
    (earliest date, then smallest id) is joined back by rowid, which is several times faster than
    carrying whole rows through ``arg_min``.
    ``mentions_from`` None: the mentions are the batch's own, already in temp table _new_mentions.
    """
    table = "_new_mentions"
    if mentions_from is not None:
        table = "_touched_mentions"
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT m.* FROM {mentions_from}")
    rep_columns = ", ".join(f'm."{c}"' for c in schema.REPRESENTATIVE_COLUMNS)
    # 13 hex digits: 52 bits, so that GLOBALEVENTID survives JavaScript and spreadsheets (< 2^53)
    key_text = (
        "strftime(a.event_date, '%Y-%m-%d') || '|' || a.source_code || '|' || a.target_code "
        "|| '|' || a.cameo"
    )
    con.execute(
        f"""
        INSERT INTO events BY NAME
        WITH per_article AS (
            SELECT event_date, source_code, target_code, cameo,
                   coalesce(article_source, '') AS publisher, article_id,
                   count(*) AS n, min(ingested_at) AS f, max(ingested_at) AS l, max(date) AS d,
                   arg_min(rowid, (date, id)) AS r, min((date, id)) AS o,
                   max(confidence) AS c
            FROM {table}
            GROUP BY ALL
        ),
        per_source AS (
            SELECT event_date, source_code, target_code, cameo, publisher,
                   sum(n) AS n, count(*) AS articles, min(f) AS f, max(l) AS l, max(d) AS d,
                   arg_min(r, o) AS r, min(o) AS o, max(c) AS c
            FROM per_article
            GROUP BY event_date, source_code, target_code, cameo, publisher
        ),
        a AS (
            SELECT event_date, source_code, target_code, cameo,
                   sum(n)::INTEGER AS num_mentions,
                   sum(articles)::INTEGER AS num_articles,
                   count(*)::INTEGER AS num_sources,
                   min(f) AS first_seen, max(l) AS last_seen, max(d) AS last_date,
                   arg_min(r, o) AS representative, max(c) AS confidence
            FROM per_source
            GROUP BY event_date, source_code, target_code, cameo
        )
        SELECT 'g' || substr(md5({key_text}), 1, 16) AS id,
               ('0x' || substr(md5({key_text}), 1, 13))::BIGINT AS gid,
               a.event_date, a.source_code, a.target_code, a.cameo,
               a.num_mentions, a.num_articles, a.num_sources, a.first_seen, a.last_seen,
               a.last_date, m.id AS mention_id, {rep_columns}, a.confidence
        FROM a JOIN {table} m ON m.rowid = a.representative
        """
    )
    con.execute(f"DROP TABLE {table}")


def _window_anchors(
    rows: Iterable[tuple[str, str, str, dt.date]], window_days: int
) -> Iterator[tuple[str, str, str, dt.date, dt.date]]:
    """Greedy chaining from the earliest date: the first date of a triple anchors an event, every
    later date within ``window_days`` of the anchor joins it, the first date beyond starts the next.

    ``rows`` must be sorted by triple then date.
    """
    current: tuple[str, str, str] | None = None
    anchor = dt.date.min
    span = dt.timedelta(days=window_days)
    for source, target, cameo, date in rows:
        triple = (source, target, cameo)
        if triple != current or date - anchor > span:
            current = triple
            anchor = date
        yield source, target, cameo, date, anchor


class Store:
    """An eventscribe event store in one DuckDB file.

    Open with ``Store.open``; use it as a context manager.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        read_only: bool = False,
        window_days: int | None = None,
        memory_limit: str | None = None,
    ) -> Store:
        """Open (or create) the store at ``path`` (default: ``default_path()``).

        An older file is migrated; a file from a newer eventscribe, a file locked by another process
        or a file that is not a store raises StoreError. ``window_days`` given for an existing store
        with another window recomputes every event under the new window (see docs/store.md).
        """
        where = Path(path) if path is not None else default_path()
        if window_days is not None and window_days < 0:
            raise StoreError(f"window_days must be 0 or more, not {window_days}", code="E407")
        if read_only and not where.exists():
            raise StoreError(
                f"there is no store at {where}: run `eventscribe ingest PATH --db {where}` first",
                code="E403",
            )
        memory = memory_limit or os.environ.get(_ENV_MEMORY) or _DEFAULT_MEMORY
        con = _connect(where, read_only=read_only, memory_limit=memory)
        try:
            version = schema.read_version(con)
            if version is not None and version > schema.SCHEMA_VERSION:
                raise StoreError(
                    f"{where} was written by a newer eventscribe (store schema version {version}; "
                    f"this eventscribe reads versions up to {schema.SCHEMA_VERSION}): upgrade "
                    "eventscribe (pip install -U eventscribe) or pass another --db file",
                    code="E402",
                )
            if read_only and version != schema.SCHEMA_VERSION:
                # Migrate through a short writable connection, then come back read-only.
                con.close()
                Store.open(where, memory_limit=memory).close()
                return cls.open(where, read_only=True, memory_limit=memory)
            store = cls(con, where, read_only=read_only)
            if version is None:
                store._transaction(lambda: schema.create_schema(con, window_days=window_days or 0))
            elif version < schema.SCHEMA_VERSION:
                store._transaction(lambda: store._migrate(version))
            if window_days is not None and not read_only and window_days != store.window_days:
                store.set_window(window_days)
        except duckdb.Error as error:  # a truncated or damaged file fails on first read (issue 7)
            con.close()
            raise StoreError(
                f"cannot read the store {where}: {error}; the file is damaged or truncated: "
                "restore it from a copy, or pass another --db file",
                code="E403",
            ) from error
        except BaseException:
            con.close()
            raise
        return store

    def _migrate(self, version: int) -> None:
        schema.migrate(self._con, version)
        self._recompute_all()

    def close(self) -> None:
        """Close the store; a writable one is checkpointed first, so that no WAL file is left even
        when another cursor of the connection is still open (issue 12)."""
        if not self.read_only:
            # a failed transaction or a closed connection: close anyway
            with contextlib.suppress(duckdb.Error):
                self._con.execute("CHECKPOINT")
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection (for the query and export modules)."""
        return self._con

    @property
    def window_days(self) -> int:
        row = schema.fetch_one(self._con, "SELECT value FROM meta WHERE key = 'window_days'")
        return int(row[0]) if row and row[0] is not None else 0

    @property
    def schema_version(self) -> int:
        version = schema.read_version(self._con)
        return version if version is not None else 0

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, mentions, events, rejects."""
        result: dict[str, int] = {}
        for table in ("articles", "mentions", "events", "rejects"):
            row = schema.fetch_one(self._con, f"SELECT count(*) FROM {table}")
            result[table] = int(row[0]) if row else 0
        return result

    def known(self, articles: Sequence[Article]) -> set[str]:
        """The ids of ``articles`` stored already with the same text (resuming skips them)."""
        if not articles:
            return set()
        table = pa.table(
            {
                "id": pa.array([a.id for a in articles], pa.string()),
                "text_hash": pa.array([text_hash(a.text) for a in articles], pa.string()),
            }
        )
        self._con.register("_known_hashes", table)
        try:
            rows = self._con.execute(
                "SELECT DISTINCT b.id FROM _known_hashes b SEMI JOIN articles a "
                "ON a.id = b.id AND a.text_hash = b.text_hash"
            ).fetchall()
        finally:
            self._con.unregister("_known_hashes")
        return {str(row[0]) for row in rows}

    # -- writing ---------------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; open it for writing", code="E404")

    def _transaction(self, work: Callable[[], None]) -> None:
        self._con.begin()
        try:
            work()
        except BaseException:
            self._con.rollback()
            raise
        self._con.commit()

    def ingest(
        self,
        pairs: Iterable[tuple[Article, Sequence[Event]]],
        rejects: Iterable[Reject] = (),
        *,
        batch_size: int = 50_000,
        progress: Callable[[IngestStats], None] | None = None,
    ) -> IngestStats:
        """Store articles with their events, then ``rejects``; one transaction per batch.

        Idempotent: an article already stored with the same text is skipped; one whose text changed
        has its mentions replaced. Events of every touched key are recomputed. ``batch_size`` is the
        number of events per transaction (an article's events are never split). ``progress`` is
        called after every article and every commit.
        """
        self._writable()
        counters = {
            "articles": 0,
            "new": 0,
            "replaced": 0,
            "unchanged": 0,
            "mentions": 0,
            "events": 0,
            "rejects": 0,
        }
        store_seconds = 0.0
        events_before = self._count("events")

        def snapshot() -> IngestStats:
            return IngestStats(**counters, seconds=store_seconds)

        def write(batch: ArticleBatch) -> None:
            self._write_batch(batch, counters)
            counters["events"] = self._count("events") - events_before

        batch = ArticleBatch()
        for article, events in pairs:
            batch.add(article, events)
            counters["articles"] += 1
            if batch.num_events >= batch_size or len(batch) >= batch_size:
                tick = time.perf_counter()
                write(batch)
                store_seconds += time.perf_counter() - tick
                batch = ArticleBatch()
            if progress is not None:
                progress(snapshot())
        tick = time.perf_counter()
        if len(batch):
            write(batch)
        counters["rejects"] += self.add_rejects(rejects)
        store_seconds += time.perf_counter() - tick
        stats = snapshot()
        if progress is not None:
            progress(stats)
        return stats

    def add_rejects(self, rejects: Iterable[Reject]) -> int:
        """Store the rejects not stored yet (same origin, code and reason); returns how many."""
        self._writable()
        items = list(rejects)
        if not items:
            return 0
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        table = pa.table(
            {
                "origin": pa.array([r.origin for r in items], pa.string()),
                "reason": pa.array([r.reason for r in items], pa.string()),
                "code": pa.array([r.code for r in items], pa.string()),
                "article_id": pa.array([r.article_id for r in items], pa.string()),
                "time": pa.array([now] * len(items), pa.timestamp("us")),
            }
        )
        added = 0

        def work() -> None:
            nonlocal added
            before = self._count("rejects")
            self._con.register("_batch_rejects", table)
            try:
                self._con.execute(
                    "INSERT INTO rejects BY NAME SELECT DISTINCT ON (origin, code, reason) * "
                    "FROM _batch_rejects r WHERE NOT EXISTS (SELECT 1 FROM rejects x "
                    "WHERE x.origin IS NOT DISTINCT FROM r.origin AND x.code IS NOT DISTINCT FROM "
                    "r.code AND x.reason IS NOT DISTINCT FROM r.reason)"
                )
            finally:
                self._con.unregister("_batch_rejects")
            added = self._count("rejects") - before

        self._guarded(lambda: self._transaction(work))
        return added

    def _count(self, table: str) -> int:
        row = schema.fetch_one(self._con, f"SELECT count(*) FROM {table}")
        return int(row[0]) if row else 0

    def _guarded(self, work: Callable[[], None]) -> None:
        try:
            work()
        except duckdb.Error as error:
            raise StoreError(
                f"could not write to {self.path}: {error}; the last batch was rolled back",
                code="E406",
            ) from error

    def _write_batch(self, batch: ArticleBatch, counters: dict[str, int]) -> None:
        con = self._con
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        con.register("_batch_hashes", batch.hashes())
        try:
            stored = con.execute(
                "SELECT b.id, a.text_hash = b.text_hash "
                "FROM _batch_hashes b JOIN articles a USING (id)"
            ).fetchall()
        finally:
            con.unregister("_batch_hashes")
        same = {str(article_id) for article_id, equal in stored if equal}
        changed = [str(article_id) for article_id, equal in stored if not equal]
        write_ids = [article_id for article_id in batch.articles if article_id not in same]
        counters["unchanged"] += len(same)
        if not write_ids:
            return
        articles = batch.articles_table(write_ids, now)
        mentions, date_rejects = batch.mentions_table(write_ids)
        window = self.window_days

        def work() -> None:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _touched (event_date DATE, source_code VARCHAR, "
                "target_code VARCHAR, cameo VARCHAR)"
            )
            if changed:
                con.execute("CREATE OR REPLACE TEMP TABLE _changed (id VARCHAR)")
                con.executemany("INSERT INTO _changed VALUES (?)", [[i] for i in changed])
                con.execute(
                    "INSERT INTO _touched "
                    "SELECT DISTINCT event_date, source_code, target_code, cameo "
                    "FROM mentions WHERE article_id IN (SELECT id FROM _changed)"
                )
                con.execute("DELETE FROM mentions WHERE article_id IN (SELECT id FROM _changed)")
                con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _changed)")
            con.register("_batch_articles", articles)
            con.register("_batch_mentions", mentions)
            try:
                con.execute("INSERT INTO articles BY NAME SELECT * FROM _batch_articles")
                con.execute("CREATE OR REPLACE TEMP TABLE _new_mentions AS FROM mentions LIMIT 0")
                con.execute(
                    "INSERT INTO _new_mentions BY NAME SELECT *, ?::TIMESTAMP AS ingested_at "
                    "FROM _batch_mentions",
                    [now],
                )
            finally:
                con.unregister("_batch_articles")
                con.unregister("_batch_mentions")
            con.execute("INSERT INTO mentions SELECT * FROM _new_mentions")
            con.execute(
                "INSERT INTO _touched SELECT DISTINCT event_date, source_code, target_code, cameo "
                "FROM _new_mentions"
            )
            if window == 0:
                self._recompute_keys()
            else:
                con.execute(
                    "CREATE OR REPLACE TEMP TABLE _triples AS "
                    "SELECT DISTINCT source_code, target_code, cameo FROM _touched"
                )
                self._recompute_triples(window)

        self._guarded(lambda: self._transaction(work))
        counters["new"] += len(write_ids) - len(changed)
        counters["replaced"] += len(changed)
        counters["mentions"] += mentions.num_rows
        if date_rejects:
            counters["rejects"] += self.add_rejects(date_rejects)

    def _recompute_keys(self) -> None:
        """Recompute the events of the keys in temp table _touched (window 0).

        Keys that had no event before have no mentions but the batch's (every stored mention belongs
        to an event), so only the keys that had one need the mentions table scanned.
        """
        con = self._con
        con.execute("CREATE OR REPLACE TEMP TABLE _keys AS SELECT DISTINCT * FROM _touched")
        existing = con.execute(
            f"DELETE FROM events m USING _keys k WHERE {_KEY_MATCH} "
            "RETURNING m.event_date, m.source_code, m.target_code, m.cameo"
        ).fetchall()
        mentions_from = None
        if existing:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _existing (event_date DATE, source_code VARCHAR, "
                "target_code VARCHAR, cameo VARCHAR)"
            )
            con.executemany("INSERT INTO _existing VALUES (?, ?, ?, ?)", existing)
            mentions_from = (
                f"(SELECT m.* FROM _new_mentions m ANTI JOIN _existing k ON {_KEY_MATCH} "
                "UNION ALL BY NAME "
                f"SELECT m.* FROM mentions m SEMI JOIN _existing k ON {_KEY_MATCH}) m"
            )
        _aggregate_into_events(con, mentions_from)

    def _recompute_triples(self, window_days: int) -> None:
        """Re-anchor and recompute the events of the (source, target, cameo) in temp _triples."""
        con = self._con
        rows = con.execute(
            "SELECT DISTINCT m.source_code, m.target_code, m.cameo, m.date "
            f"FROM mentions m SEMI JOIN _triples k ON {_TRIPLE_MATCH} ORDER BY 1, 2, 3, 4"
        ).fetchall()
        self._apply_anchors(rows, window_days)
        con.execute("DELETE FROM events m USING _triples k WHERE " + _TRIPLE_MATCH)
        _aggregate_into_events(con, f"mentions m SEMI JOIN _triples k ON {_TRIPLE_MATCH}")

    def _apply_anchors(self, rows: Sequence[tuple[Any, ...]], window_days: int) -> None:
        anchored = list(
            _window_anchors(((str(a), str(b), str(c), d) for a, b, c, d in rows), window_days)
        )
        if not anchored:
            return
        source, target, cameo, date, anchor = zip(*anchored, strict=True)
        table = pa.table(
            {
                "source_code": pa.array(source, pa.string()),
                "target_code": pa.array(target, pa.string()),
                "cameo": pa.array(cameo, pa.string()),
                "date": pa.array(date, pa.date32()),
                "anchor": pa.array(anchor, pa.date32()),
            }
        )
        self._con.register("_anchors", table)
        try:
            self._con.execute(
                "UPDATE mentions SET event_date = k.anchor FROM _anchors k "
                "WHERE mentions.source_code = k.source_code "
                "AND mentions.target_code = k.target_code "
                "AND mentions.cameo = k.cameo AND mentions.date = k.date "
                "AND mentions.event_date <> k.anchor"
            )
        finally:
            self._con.unregister("_anchors")

    def _recompute_all(self) -> None:
        con = self._con
        window = self.window_days
        if window == 0:
            con.execute("UPDATE mentions SET event_date = date WHERE event_date <> date")
        else:
            rows = con.execute(
                "SELECT DISTINCT source_code, target_code, cameo, date FROM mentions "
                "ORDER BY 1, 2, 3, 4"
            ).fetchall()
            self._apply_anchors(rows, window)
        con.execute("DELETE FROM events")
        _aggregate_into_events(con, "mentions m")

    def set_window(self, window_days: int) -> None:
        """Change the deduplication window and recompute every event under it."""
        self._writable()
        if window_days < 0:
            raise StoreError(f"window_days must be 0 or more, not {window_days}", code="E407")

        def work() -> None:
            self._con.execute("DELETE FROM meta WHERE key = 'window_days'")
            self._con.execute("INSERT INTO meta VALUES ('window_days', ?)", [str(window_days)])
            self._recompute_all()

        self._guarded(lambda: self._transaction(work))


def _connect(path: Path, *, read_only: bool, memory_limit: str) -> duckdb.DuckDBPyConnection:
    config: dict[str, str | bool | int | float | list[str]] = {"memory_limit": memory_limit}
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.IOException as error:
        text = str(error)
        if "lock" in text.lower():
            pid = _PID_RE.search(text)
            holder = f" (PID {pid.group(1)})" if pid else ""
            raise StoreError(
                f"the store {path} is in use by another process{holder}: DuckDB lets one process "
                "write a store at a time; wait for that process (an ingest, or a server) to "
                "finish, "
                "stop it, or use another --db file",
                code="E401",
            ) from error
        raise StoreError(f"cannot open the store {path}: {text}", code="E403") from error
    except duckdb.Error as error:
        raise StoreError(f"cannot open the store {path}: {error}", code="E403") from error
