"""Coding at scale: bounded batches on a Dask cluster, a Parquet "lake" of coded batches, resuming.

docs/scale-out.md shows the commands; `eventscribe ingest --dask/--lake/--from-lake` calls these.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds

from eventscribe.errors import ConfigError, StoreError
from eventscribe.pipeline import CodeFunction, CoderLike, batched, make_coder, skip_known
from eventscribe.records import Article, Event, IngestStats, event_from_columns
from eventscribe.store.rows import ArticleBatch, text_hash

if TYPE_CHECKING:
    from distributed import Client

    from eventscribe.store.db import Store

__all__ = [
    "DaskTarget",
    "Pairs",
    "batched",
    "code_batch",
    "code_on_dask",
    "count_articles",
    "dask_client",
    "dask_coder",
    "lake_connection",
    "lake_known",
    "load_lake",
    "parse_dask_target",
    "read_lake",
    "skip_known",
    "worker_coder",
    "worker_threads",
    "write_lake_batch",
]

Pairs = list[tuple[Article, list[Event]]]

DEFAULT_LOCAL_WORKERS = 2
# Per local worker: spaCy's small pipeline and the dictionaries take about 0.5 GB, a batch of 64
# news articles a few tens of MB more; the nanny restarts a worker that passes the limit.
LOCAL_WORKER_MEMORY = "2GiB"
_LOCAL_RE = re.compile(r"local(?::(\d+))?")
_LAKE_TABLES = ("articles", "mentions")


# -- batches and resuming ------------------------------------------------------------------------


def count_articles(paths: Sequence[str | os.PathLike[str]]) -> int | None:
    """How many articles ``paths`` hold (a reading pass without coding: about 1% of the coding
    time); None when one of them is standard input, which cannot be read twice."""
    if any(os.fspath(p) == "-" for p in paths):
        return None
    from eventscribe.articles import read_articles

    return sum(1 for item in read_articles(paths) if isinstance(item, Article))


# -- Dask ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DaskTarget:
    """Where to code: a running scheduler (``address``), or a LocalCluster of ``workers``
    processes (``address`` None)."""

    address: str | None = None
    workers: int = DEFAULT_LOCAL_WORKERS


def parse_dask_target(text: str) -> DaskTarget:
    """``tcp://host:8786`` (any scheduler address), ``local`` or ``local:N``."""
    local = _LOCAL_RE.fullmatch(text.strip())
    if local:
        workers = int(local.group(1)) if local.group(1) else DEFAULT_LOCAL_WORKERS
        if workers < 1:
            raise ConfigError(f"--dask local:N takes 1 or more workers, not {workers}", code="E440")
        return DaskTarget(address=None, workers=workers)
    if "://" not in text:
        raise ConfigError(
            "--dask takes a scheduler address (tcp://host:8786), 'local' or 'local:N', "
            f"not {text!r}",
            code="E440",
        )
    return DaskTarget(address=text.strip())


@contextmanager
def dask_client(target: DaskTarget) -> Iterator[Client]:
    """A client of the scheduler at ``target.address``, or of a LocalCluster started (and stopped)
    here: ``target.workers`` processes of one thread each, so each holds one Coder."""
    from distributed import Client, LocalCluster

    if target.address is not None:
        try:
            client = Client(target.address, timeout="30s")  # type: ignore[no-untyped-call]
        except OSError as error:
            raise ConfigError(
                f"cannot reach the Dask scheduler at {target.address} ({error}); start one with "
                "`dask scheduler` and workers with `dask worker ADDRESS` (docs/scale-out.md)",
                code="E441",
            ) from error
        with client:
            yield client
        return
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=target.workers,
        threads_per_worker=1,
        processes=True,
        memory_limit=LOCAL_WORKER_MEMORY,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


@functools.cache
def worker_coder(dictionary_files: tuple[str, ...] = ()) -> CoderLike:
    """The process's Coder for these dictionary files: built on a worker's first batch, reused."""
    return make_coder(dictionary_files=dictionary_files)


def code_batch(articles: Sequence[Article], dictionary_files: tuple[str, ...] = ()) -> Pairs:
    """Code one batch in this process (the task a Dask worker runs)."""
    coder = worker_coder(dictionary_files)
    return list(coder.code_articles(articles, batch_size=max(1, len(articles)), n_process=1))


def worker_threads(client: Client) -> int:
    """The threads of all the cluster's workers (one per worker as eventscribe starts them)."""
    threads: dict[str, int] = client.nthreads()  # type: ignore[no-untyped-call]
    return sum(threads.values())


def code_on_dask(
    client: Client,
    articles: Iterable[Article],
    *,
    batch_size: int = 64,
    in_flight: int | None = None,
    dictionary_files: Sequence[str] = (),
) -> Iterator[Pairs]:
    """Send ``articles`` to the cluster in batches and yield each coded batch as it completes.

    At most ``in_flight`` batches (default: two per worker thread) are sent and not yet gathered,
    so memory stays flat however long the input; batches come back in completion order. A worker
    that dies has its batches recomputed elsewhere by the scheduler.
    """
    from distributed import KilledWorker, as_completed

    if in_flight is None:
        in_flight = 2 * max(1, worker_threads(client))
    files = tuple(str(p) for p in dictionary_files)
    batches = batched(articles, batch_size)

    def submit(batch: list[Article]) -> Any:
        return client.submit(code_batch, batch, files, pure=False)

    first = [submit(b) for b in islice(batches, max(1, in_flight))]
    pending = as_completed(first)  # type: ignore[no-untyped-call]
    for future in pending:
        try:
            result: Pairs = future.result()
        except KilledWorker as error:
            raise ConfigError(
                f"a batch of {batch_size} articles killed the workers that coded it ({error}); "
                "give the workers more memory or lower --batch-size, then run the same command "
                "again: it resumes where it stopped",
                code="E444",
            ) from error
        future.release()
        following = next(batches, None)
        if following is not None:
            pending.add(submit(following))  # type: ignore[no-untyped-call]
        yield result


def dask_coder(
    client: Client, *, batch_size: int = 64, dictionary_files: Sequence[str] = ()
) -> CodeFunction:
    """The pipeline's coding stage on the cluster (``code_on_dask``): each article with its
    events, batch after batch in completion order."""

    def code(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        batches = code_on_dask(
            client, articles, batch_size=batch_size, dictionary_files=dictionary_files
        )
        for batch in batches:
            yield from batch

    return code


# -- the lake: coded batches as Parquet ---------------------------------------------------------
#
# DIR/articles/year=Y/month=M/part-<batch>-0.parquet  the articles (text, text_hash, ingested_at)
# DIR/mentions/year=Y/month=M/part-<batch>-0.parquet  the store's mention columns + article_hash
#
# Each batch is written to a staging directory first and its files moved in with os.replace,
# mentions before articles: an article file in the lake says its mentions are there too. A batch
# cut short leaves mentions without their article; readers ignore those, and a rerun writes the
# batch again (readers keep one row per mention id).


def _month_columns(table: pa.Table, dates: pa.ChunkedArray) -> pa.Table:
    years = [d.year if d is not None else None for d in dates.to_pylist()]
    months = [d.month if d is not None else None for d in dates.to_pylist()]
    table = table.append_column("year", pa.array(years, pa.int32()))
    return table.append_column("month", pa.array(months, pa.int32()))


def _write_partitioned(table: pa.Table, directory: Path, name: str) -> None:
    # The layout of `eventscribe export --format parquet` (exports/parquet.py): hive year/month.
    ds.write_dataset(
        table,
        directory,
        format="parquet",
        partitioning=["year", "month"],
        partitioning_flavor="hive",
        basename_template=f"part-{name}-{{i}}.parquet",
        existing_data_behavior="overwrite_or_ignore",
    )


def write_lake_batch(
    directory: str | os.PathLike[str], pairs: Sequence[tuple[Article, Sequence[Event]]]
) -> tuple[int, int]:
    """Write one coded batch into the lake at ``directory``; returns the mentions written and the
    events left out because neither they nor their article have a date (the store rejects those)."""
    if not pairs:
        return 0, 0
    lake = Path(directory)
    batch = ArticleBatch()
    for article, events in pairs:
        batch.add(article, events)
    ids = list(batch.articles)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    articles = batch.articles_table(ids, now)
    mentions, undated = batch.mentions_table(ids)
    hashes = [batch.text_hashes[i] for i in mentions.column("article_id").to_pylist()]
    mentions = mentions.append_column("article_hash", pa.array(hashes, pa.string()))
    name = uuid.uuid4().hex
    staging = lake / "_staging" / name
    try:
        _write_partitioned(
            _month_columns(mentions, mentions.column("date")), staging / "mentions", name
        )
        _write_partitioned(
            _month_columns(articles, articles.column("date")), staging / "articles", name
        )
        for table in _LAKE_TABLES:  # mentions first: see the layout note above
            for part in sorted((staging / table).rglob("*.parquet")):
                final = lake / table / part.relative_to(staging / table)
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(part, final)
    except OSError as error:
        raise StoreError(f"cannot write the lake at {lake}: {error}", code="E442") from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        with contextlib.suppress(OSError):  # another writer's batch may be staging there
            staging.parent.rmdir()
    return mentions.num_rows, len(undated)


def _has_parts(lake: Path, table: str) -> bool:
    return any((lake / table).rglob("*.parquet")) if (lake / table).is_dir() else False


def lake_connection(directory: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with views ``articles`` (latest version of each article) and
    ``mentions`` (one row per mention of those articles) over the lake at ``directory``."""
    lake = Path(directory)
    if not _has_parts(lake, "articles"):
        raise StoreError(
            f"there is no lake at {lake} (no articles/**/*.parquet): write one with "
            f"`eventscribe ingest PATH --lake {lake}`",
            code="E442",
        )
    con = duckdb.connect()
    source = {t: str(lake / t / "**" / "*.parquet").replace("'", "''") for t in _LAKE_TABLES}
    con.execute(
        "CREATE VIEW articles AS SELECT * EXCLUDE (year, month) FROM read_parquet("
        f"'{source['articles']}', hive_partitioning = true, union_by_name = true) "
        "QUALIFY row_number() OVER (PARTITION BY id ORDER BY ingested_at DESC, text_hash) = 1"
    )
    if _has_parts(lake, "mentions"):
        con.execute(
            "CREATE VIEW mentions AS SELECT m.* EXCLUDE (year, month) FROM read_parquet("
            f"'{source['mentions']}', hive_partitioning = true, union_by_name = true) m "
            "SEMI JOIN articles a ON a.id = m.article_id AND a.text_hash = m.article_hash "
            "QUALIFY row_number() OVER (PARTITION BY m.id ORDER BY m.article_hash) = 1"
        )
    else:  # a lake of articles without a single event
        con.execute(
            "CREATE VIEW mentions AS SELECT NULL::VARCHAR AS id, NULL::VARCHAR AS article_id "
            "WHERE false"
        )
    return con


def lake_known(directory: str | os.PathLike[str]) -> Callable[[Sequence[Article]], set[str]]:
    """A ``known`` function for ``skip_known``: the articles already in the lake with this text.

    Reads the lake's (id, text_hash) pairs once (about 60 bytes an article in memory).
    """
    lake = Path(directory)
    stored: set[tuple[str, str]] = set()
    if _has_parts(lake, "articles"):
        with lake_connection(lake) as con:
            stored = {
                (str(i), str(h))
                for i, h in con.execute("SELECT id, text_hash FROM articles").fetchall()
            }

    def known(articles: Sequence[Article]) -> set[str]:
        return {a.id for a in articles if (a.id, text_hash(a.text)) in stored}

    return known


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = con.sql(sql).to_arrow_table().to_pylist()
    return rows


def read_lake(
    directory: str | os.PathLike[str], *, chunk: int = 2_000
) -> Iterator[tuple[Article, list[Event]]]:
    """Every article of the lake with its events, rebuilt as records (for ``Store.ingest``), in
    id order, ``chunk`` articles at a time (memory stays flat)."""
    with lake_connection(directory) as con:
        con.execute("CREATE TEMP TABLE _ids AS SELECT id FROM articles ORDER BY id")
        total = int((con.execute("SELECT count(*) FROM _ids").fetchone() or (0,))[0])
        for offset in range(0, total, chunk):
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _chunk AS SELECT id FROM _ids ORDER BY id "
                f"LIMIT {chunk} OFFSET {offset}"
            )
            articles = _rows(
                con, "SELECT a.* FROM articles a SEMI JOIN _chunk c ON c.id = a.id ORDER BY a.id"
            )
            mentions = _rows(
                con,
                "SELECT m.* FROM mentions m SEMI JOIN _chunk c ON c.id = m.article_id "
                "ORDER BY m.article_id, m.sentence_index, m.id",
            )
            events: dict[str, list[Event]] = {}
            for row in mentions:
                events.setdefault(row["article_id"], []).append(event_from_columns(row))
            for row in articles:
                article = Article(
                    id=row["id"],
                    text=row["text"] or "",
                    date=row["date"],
                    title=row["title"],
                    url=row["url"],
                    source=row["source"],
                    origin=row["origin"] or "",
                )
                yield article, events.get(article.id, [])


def load_lake(
    store: Store,
    directory: str | os.PathLike[str],
    *,
    batch_size: int = 2_000,
    progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Load the lake at ``directory`` into ``store`` (idempotent, like every ingest)."""
    return store.ingest(
        read_lake(directory, chunk=batch_size), batch_size=batch_size, progress=progress
    )
