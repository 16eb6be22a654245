"""Exports load back into pandas/DuckDB as the same events (issue 4)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from eventscribe.errors import ConfigError, StoreError
from eventscribe.exports import FORMATS, export, gdelt, icews
from eventscribe.store.db import Store
from eventscribe.store.queries import EventFilters
from eventscribe.store.synthetic import synthetic_pairs


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    opened = Store.open(tmp_path_factory.mktemp("exports") / "x.duckdb")
    # Few days and sources: many events have several mentions, articles and sources.
    opened.ingest(synthetic_pairs(600, seed=11, days=30, num_sources=5))
    yield opened  # type: ignore[misc]
    opened.close()


def _expected(store: Store) -> pd.DataFrame:
    return store.con.execute(
        "SELECT gid, id, strftime(event_date, '%Y%m%d') AS day, source_code, target_code, cameo, "
        "num_mentions, num_sources, num_articles FROM events ORDER BY gid"
    ).fetchdf()


def _text(store: Store, fmt: str, filters: EventFilters | None = None) -> str:
    out = io.StringIO()
    writer = {
        "gdelt": gdelt.write_events,
        "gdelt-mentions": gdelt.write_mentions,
        "icews": icews.write_events,
    }
    if fmt in writer:
        writer[fmt](store.con, out, filters)
    else:
        from eventscribe.exports import csv as csv_export
        from eventscribe.exports import plover

        {"plover": plover.write_events, "csv": csv_export.write_events}[fmt](
            store.con, out, filters
        )
    return out.getvalue()


def test_exports_roundtrip_gdelt_events(store: Store) -> None:
    table = pd.read_csv(
        io.StringIO(_text(store, "gdelt")), sep="\t", header=None, dtype=str, keep_default_na=False
    )
    assert table.shape[1] == 61 == len(gdelt.EVENT_COLUMNS)
    table.columns = list(gdelt.EVENT_COLUMNS)
    loaded = pd.DataFrame(
        {
            "gid": table["GLOBALEVENTID"].astype("int64"),
            "day": table["SQLDATE"],
            "source_code": table["Actor1Code"],
            "target_code": table["Actor2Code"],
            "cameo": table["EventCode"],
            "num_mentions": table["NumMentions"].astype(int),
            "num_sources": table["NumSources"].astype(int),
            "num_articles": table["NumArticles"].astype(int),
        }
    ).sort_values("gid", ignore_index=True)
    expected = _expected(store).drop(columns="id")
    pd.testing.assert_frame_equal(loaded, expected, check_dtype=False)
    assert {"010", "0211"} <= set(table["EventCode"])  # leading zeros kept
    assert (table["EventRootCode"] == table["EventCode"].str[:2]).all()
    beijing = table[table["ActionGeo_FeatureID"] == "1816670"]
    assert len(beijing) > 0 and set(beijing["ActionGeo_CountryCode"]) == {"CH"}  # FIPS, not ISO


def test_exports_roundtrip_gdelt_mentions(store: Store) -> None:
    table = pd.read_csv(
        io.StringIO(_text(store, "gdelt-mentions")),
        sep="\t",
        header=None,
        dtype=str,
        keep_default_na=False,
    )
    assert table.shape == (store.counts()["mentions"], len(gdelt.MENTION_COLUMNS))
    table.columns = list(gdelt.MENTION_COLUMNS)
    per_event = table.groupby(table["GLOBALEVENTID"].astype("int64")).size().sort_index()
    expected = _expected(store).set_index("gid")["num_mentions"]
    assert per_event.to_dict() == expected.to_dict()


def test_exports_roundtrip_icews(store: Store) -> None:
    table = pd.read_csv(
        io.StringIO(_text(store, "icews")), sep="\t", dtype=str, keep_default_na=False
    )
    assert tuple(table.columns) == icews.COLUMNS
    loaded = sorted(
        zip(
            table["Event ID"].astype("int64"),
            table["CAMEO Code"],
            table["Event Date"].str.replace("-", ""),
            strict=True,
        )
    )
    expected = _expected(store)
    assert loaded == sorted(zip(expected["gid"], expected["cameo"], expected["day"], strict=True))


def test_exports_roundtrip_plover(store: Store) -> None:
    records = [json.loads(line) for line in _text(store, "plover").splitlines()]
    loaded = sorted(
        (
            r["id"],
            r["date"].replace("-", ""),
            r["actor"][0]["actor_code"],
            r["recipient"][0]["actor_code"] if r["recipient"] else "",
            r["cameo"],
            r["num_mentions"],
        )
        for r in records
    )
    expected = _expected(store)
    assert loaded == sorted(
        zip(
            expected["id"],
            expected["day"],
            expected["source_code"],
            expected["target_code"],
            expected["cameo"],
            expected["num_mentions"],
            strict=True,
        )
    )
    assert all(
        set(r)
        >= {
            "id",
            "date",
            "actor",
            "recipient",
            "event",
            "mode",
            "context",
            "quad_code",
            "event_loc",
            "event_text",
            "text",
            "cite_info",
        }
        for r in records
    )


def test_exports_roundtrip_csv(store: Store) -> None:
    table = pd.read_csv(io.StringIO(_text(store, "csv")), dtype=str, keep_default_na=False)
    loaded = sorted(
        zip(
            table["id"],
            table["date"].str.replace("-", ""),
            table["source_code"],
            table["target_code"],
            table["cameo"],
            table["num_mentions"].astype(int),
            strict=True,
        )
    )
    expected = _expected(store)
    assert loaded == sorted(
        zip(
            expected["id"],
            expected["day"],
            expected["source_code"],
            expected["target_code"],
            expected["cameo"],
            expected["num_mentions"],
            strict=True,
        )
    )


def test_exports_roundtrip_parquet_is_partitioned(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "events"
    count = export(store.con, "parquet", target)
    assert count == store.counts()["events"]
    assert sorted(p.name for p in target.iterdir())[0].startswith("year=")
    assert any(p.name.startswith("month=") for p in next(target.iterdir()).iterdir())
    loaded = duckdb.sql(
        f"SELECT gid, id, strftime(event_date, '%Y%m%d') AS day, source_code, target_code, cameo, "
        "num_mentions, num_sources, num_articles "
        f"FROM read_parquet('{target}/**/*.parquet', hive_partitioning = true) ORDER BY gid"
    ).fetchdf()
    pd.testing.assert_frame_equal(loaded, _expected(store), check_dtype=False)


def test_exports_roundtrip_parquet_refuses_a_full_directory(store: Store, tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(StoreError, match="not an empty directory"):
        export(store.con, "parquet", tmp_path / "full")


def test_exports_roundtrip_filters_apply(store: Store) -> None:
    filters = EventFilters(cameo="19")
    rows = [line.split("\t") for line in _text(store, "gdelt", filters).splitlines()]
    assert rows and all(row[26].startswith("19") for row in rows)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "parquet"])
def test_exports_roundtrip_every_text_format_writes_a_file(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"out.{fmt}"
    count = export(store.con, fmt, target, EventFilters(dyad="CHN:"))
    assert count > 0 and target.stat().st_size > 0


def test_exports_roundtrip_unknown_format(store: Store) -> None:
    with pytest.raises(ConfigError):
        export(store.con, "xml")
