"""Parquet export: the events table (all columns) as a hive-partitioned dataset.

The directories are year=YYYY/month=M; DuckDB and pandas read the partition columns back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds

from eventscribe.errors import StoreError
from eventscribe.store.queries import EventFilters, export_events_sql

__all__ = ["write_events"]


def write_events(
    con: duckdb.DuckDBPyConnection,
    directory: str | Path,
    filters: EventFilters | None = None,
    *,
    limit: int | None = None,
) -> int:
    """Write the matching events under ``directory`` (created; must be empty or absent)."""
    target = Path(directory)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise StoreError(
            f"the parquet export writes a directory: {target} exists and is not an empty directory",
            code="E431",
        )
    events_sql, params = export_events_sql(filters, limit=limit)
    sql = (
        "SELECT e.*, a.url AS article_url, "
        "year(e.event_date) AS year, month(e.event_date) AS month "
        f"FROM {events_sql} e LEFT JOIN articles a ON a.id = e.article_id "
        "ORDER BY e.event_date, e.id"
    )
    reader = con.sql(sql, params=params).to_arrow_reader(100_000)
    count = 0

    def batches() -> Iterator[pa.RecordBatch]:
        nonlocal count
        for batch in reader:
            count += batch.num_rows
            yield batch

    ds.write_dataset(
        batches(),
        target,
        schema=reader.schema,
        format="parquet",
        partitioning=["year", "month"],
        partitioning_flavor="hive",
        existing_data_behavior="overwrite_or_ignore",
    )
    return count
