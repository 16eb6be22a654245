"""The store: ingest, idempotency, replacement, dedup, windows, migrations, locks (issue 4)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from eventscribe.errors import StoreError
from eventscribe.records import Reject
from eventscribe.store import schema
from eventscribe.store.db import Store
from eventscribe.store.synthetic import make_article, make_event, synthetic_pairs
from support import make_v0_file

D = dt.date(2023, 11, 23)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "test.duckdb")
    yield opened  # type: ignore[misc]
    opened.close()


def _events(store: Store) -> list[tuple[object, ...]]:
    return store.con.execute(
        "SELECT event_date, source_code, target_code, cameo, "
        "num_mentions, num_articles, num_sources "
        "FROM events ORDER BY ALL"
    ).fetchall()


def _snapshot(store: Store) -> tuple[object, ...]:
    return (
        store.con.execute("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id").fetchall(),
        store.con.execute("SELECT * FROM mentions ORDER BY id").fetchall(),
        store.con.execute("SELECT * FROM events ORDER BY id").fetchall(),
        store.con.execute("SELECT origin, reason, code FROM rejects ORDER BY ALL").fetchall(),
    )


def test_store_db_creates_schema_with_version(store: Store) -> None:
    assert store.schema_version == schema.SCHEMA_VERSION
    assert store.window_days == 0
    assert store.counts() == {"articles": 0, "mentions": 0, "events": 0, "rejects": 0}


def test_store_db_ingest_is_idempotent(store: Store) -> None:
    pairs = list(synthetic_pairs(500, seed=3))
    rejects = [Reject(origin="bad.jsonl:4", reason="no text", code="E102")]
    first = store.ingest(pairs, rejects, batch_size=120)
    assert (first.new, first.mentions, first.rejects) == (100, 500, 1)
    before = _snapshot(store)
    second = store.ingest(pairs, rejects, batch_size=120)
    assert (second.new, second.unchanged, second.mentions, second.rejects) == (0, 100, 0, 0)
    assert _snapshot(store) == before


def test_store_db_dedup_counts_mentions_articles_sources(store: Store) -> None:
    a1 = make_article("a1", source="bbc.co.uk")
    a2 = make_article("a2", source="bbc.co.uk")
    a3 = make_article("a3", source="reuters.com")
    pairs = [
        (
            a1,
            [
                make_event("a1", "CHNGOV", "RUSLEG", "036"),
                make_event("a1", "CHNGOV", "RUSLEG", "036", sentence_index=3),
            ],
        ),
        (a2, [make_event("a2", "CHNGOV", "RUSLEG", "036")]),
        (
            a3,
            [make_event("a3", "CHNGOV", "RUSLEG", "036"), make_event("a3", "CHNGOV", None, "010")],
        ),
    ]
    store.ingest(pairs)
    assert _events(store) == [
        (D, "CHNGOV", "", "010", 1, 1, 1),
        (D, "CHNGOV", "RUSLEG", "036", 4, 3, 2),
    ]
    assert store.counts()["mentions"] == 5


@pytest.mark.slow
def test_store_db_dedup_is_the_same_in_one_batch_or_many(tmp_path: Path) -> None:
    pairs = list(synthetic_pairs(3000, seed=5, days=20, num_sources=4))
    with Store.open(tmp_path / "one.duckdb") as one, Store.open(tmp_path / "many.duckdb") as many:
        one.ingest(pairs, batch_size=100_000)
        many.ingest(pairs, batch_size=37)
        assert _events(one) == _events(many)
        # 20 days x few codes: real duplicates happen, so the test checks merging, not just copying.
        assert len(_events(one)) < 3000


def test_store_db_changed_text_replaces_the_articles_mentions(store: Store) -> None:
    a1 = make_article("a1", text="first version")
    a2 = make_article("a2", source="other.org")
    store.ingest(
        [
            (a1, [make_event("a1", "USA", "IRN", "112"), make_event("a1", "CHN", "RUS", "036")]),
            (a2, [make_event("a2", "CHN", "RUS", "036")]),
        ]
    )
    assert (D, "CHN", "RUS", "036", 2, 2, 2) in _events(store)
    changed = make_article("a1", text="second version")
    stats = store.ingest([(changed, [make_event("a1", "USA", "IRN", "173")])])
    assert (stats.replaced, stats.new) == (1, 0)
    assert _events(store) == [
        (D, "CHN", "RUS", "036", 1, 1, 1),
        (D, "USA", "IRN", "173", 1, 1, 1),
    ]
    text = store.con.execute("SELECT text FROM articles WHERE id = 'a1'").fetchall()
    assert text == [("second version",)]


def test_store_db_event_without_any_date_becomes_a_reject(store: Store) -> None:
    article = make_article("nodate", date=None)
    stats = store.ingest([(article, [make_event("nodate", "USA", "IRN", "112", date=None)])])
    assert (stats.mentions, stats.rejects) == (0, 1)
    assert store.con.execute("SELECT code FROM rejects").fetchall() == [("E410",)]
    # the article counts the mentions stored, not the rejected event (regression: it counted 1,
    # found over a 100,000-article streaming run of undated corpus articles)
    counted = store.con.execute("SELECT num_mentions FROM articles WHERE id = 'nodate'").fetchall()
    assert counted == [(0,)]


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        # days 1, 2, 4, 9: window 0 -> four events; 2 -> {1,2} {4} {9}; 3 -> {1,2,4} {9}
        (0, [(1, 1), (2, 1), (4, 1), (9, 1)]),
        (2, [(1, 2), (4, 1), (9, 1)]),
        (3, [(1, 3), (9, 1)]),
    ],
)
def test_store_db_window_chains_from_the_earliest_date(
    tmp_path: Path, window: int, expected: list[tuple[int, int]]
) -> None:
    days = [4, 9, 1, 2]  # ingest order must not matter
    with Store.open(tmp_path / "w.duckdb", window_days=window) as store:
        for day in days:
            date = dt.date(2023, 11, day)
            article = make_article(f"a{day}", date=date, source=f"s{day}")
            store.ingest([(article, [make_event(f"a{day}", "USA", "IRN", "112", date=date)])])
        rows = store.con.execute(
            "SELECT day(event_date), num_mentions FROM events ORDER BY 1"
        ).fetchall()
        assert rows == expected


def test_store_db_changing_the_window_recomputes_every_event(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    pairs = list(synthetic_pairs(400, seed=9, days=10, num_sources=3))
    with Store.open(path) as store:
        store.ingest(pairs)
        same_day = store.counts()["events"]
    with Store.open(path, window_days=30) as store:
        assert store.window_days == 30
        wide = store.counts()["events"]
        total = store.con.execute("SELECT sum(num_mentions) FROM events").fetchall()[0][0]
    assert wide < same_day
    assert total == 400


def test_store_db_migrates_a_v0_file(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    make_v0_file(path)
    with Store.open(path) as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        assert _events(store) == [(dt.date(2020, 1, 2), "USA", "IRN", "112", 2, 2, 2)]


def test_store_db_read_only_open_migrates_first(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    make_v0_file(path)
    with Store.open(path, read_only=True) as store:
        assert store.schema_version == schema.SCHEMA_VERSION


def test_store_db_refuses_a_file_from_a_newer_eventscribe(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(schema.SCHEMA_VERSION + 1)]
    )
    con.close()
    with pytest.raises(StoreError, match="newer eventscribe") as info:
        Store.open(path)
    assert info.value.code == "E402"


def test_store_db_refuses_a_foreign_duckdb_file(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an eventscribe store"):
        Store.open(path)


def test_store_db_read_only_open_of_a_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="eventscribe ingest"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_store_db_file_locked_by_another_process_gives_store_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}); "
            "print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError, match="in use by another process") as info:
            Store.open(path)
        assert info.value.code == "E401"
        assert str(holder.pid) in str(info.value)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    time.sleep(0.1)
    Store.open(path).close()  # usable again once the other process is gone


def test_store_db_failed_batch_leaves_the_store_unchanged(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.ingest(list(synthetic_pairs(50, seed=1)))
    before = _snapshot(store)

    def broken(self: Store) -> None:
        self.con.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(Store, "_recompute_keys", broken)
    with pytest.raises(StoreError, match="rolled back"):
        store.ingest(list(synthetic_pairs(50, seed=2)))
    assert _snapshot(store) == before


@pytest.mark.issue(12)
def test_store_db_event_confidence_is_its_surest_mention(store: Store) -> None:
    import dataclasses

    first = dataclasses.replace(make_event("a1", "FRA", "DEU", "040", date=D), confidence=0.4)
    second = dataclasses.replace(make_event("a2", "FRA", "DEU", "040", date=D), confidence=0.8)
    unscored = make_event("a3", "FRA", "DEU", "040", date=D)
    stats = store.ingest(
        [
            (make_article("a1", source="x"), [first]),
            (make_article("a2", source="y"), [second]),
            (make_article("a3", source="z"), [unscored]),
        ]
    )
    assert (stats.mentions, stats.events) == (3, 1)
    assert store.con.execute("SELECT confidence FROM events").fetchall() == [(0.8,)]
    assert sorted(store.con.execute("SELECT confidence FROM mentions").fetchall(), key=str) == [
        (0.4,),
        (0.8,),
        (None,),
    ]


@pytest.mark.issue(12)
def test_store_db_countries_are_only_countries_and_gids_fit_a_double(store: Store) -> None:
    store.ingest(
        [
            (
                make_article("a1"),
                [
                    make_event("a1", "IGOWSTNAT", "MEDGOV", "040", date=D),
                    make_event("a1", "MEAREB", "RUSGOV", "190", date=D, sentence_index=1),
                ],
            ),
            *synthetic_pairs(200, seed=9),
        ]
    )
    countries = store.con.execute(
        "SELECT DISTINCT c FROM (SELECT source_country c FROM mentions UNION ALL "
        "SELECT target_country FROM mentions UNION ALL SELECT source_country FROM events) "
        "WHERE c IS NOT NULL"
    ).fetchall()
    assert countries and all(len(c) == 3 and c not in ("IGO", "MED", "MEA") for (c,) in countries)
    row = store.con.execute(
        "SELECT source_country, target_country FROM events WHERE source_code = 'MEAREB'"
    ).fetchall()
    assert row == [(None, "RUS")]
    assert store.con.execute(
        "SELECT max(gid) < 2 ** 53, count(DISTINCT gid) FROM events"
    ).fetchall()[0] == (True, store.counts()["events"])


def _make_v1_file(path: Path) -> None:
    """A version-1 store: no confidence column, country columns holding the code's first block
    (IGO, MED), 60-bit gids."""
    with Store.open(path) as store:
        store.ingest(
            [
                (
                    make_article("a1"),
                    [
                        make_event("a1", "IGOWSTNAT", "RUSGOV", "040", date=D),
                        make_event("a1", "MED", "USA", "010", date=D, sentence_index=1),
                    ],
                )
            ]
        )
    con = duckdb.connect(str(path))
    for table in ("mentions", "events"):
        con.execute(f"ALTER TABLE {table} DROP COLUMN confidence")
        con.execute(f"UPDATE {table} SET source_country = left(source_code, 3)")
    con.execute("UPDATE events SET gid = gid * 256 + 255")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()


@pytest.mark.issue(12)
def test_store_db_migrates_a_v1_file(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    _make_v1_file(path)
    with Store.open(path, read_only=True) as store:
        assert store.schema_version == schema.SCHEMA_VERSION == 3
        rows = store.con.execute(
            "SELECT source_code, source_country, confidence, gid < 2 ** 53 FROM events ORDER BY 1"
        ).fetchall()
    assert rows == [("IGOWSTNAT", None, None, True), ("MED", None, None, True)]
