"""Dask scale-out and the Parquet lake (issue 6): same events as a plain run, lake round trips."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventscribe import scale
from eventscribe.errors import ConfigError, StoreError
from eventscribe.records import Article, Event
from eventscribe.store.db import Store
from eventscribe.store.synthetic import make_article, make_event
from support import SCALE_ARTICLES, run_store_cli, store_snapshot


def synthetic_batch(first: int, count: int) -> list[tuple[Article, list[Event]]]:
    pairs: list[tuple[Article, list[Event]]] = []
    for number in range(first, first + count):
        date = dt.date(2020, 1 + number % 3, 1 + number)
        article = make_article(f"a{number}", text=f"text {number}", date=date)
        events = [make_event(article.id, "CHNGOV", "RUSLEG", "036", date=date)]
        if number % 2:
            events.append(make_event(article.id, "USA", "", "112", date=date, sentence_index=1))
        pairs.append((article, events))
    return pairs


def test_scale_parse_dask_target() -> None:
    assert scale.parse_dask_target("local") == scale.DaskTarget(address=None, workers=2)
    assert scale.parse_dask_target("local:3") == scale.DaskTarget(address=None, workers=3)
    assert scale.parse_dask_target("tcp://10.0.0.5:8786").address == "tcp://10.0.0.5:8786"
    for wrong in ("local:0", "somehost:8786", "local:two"):
        with pytest.raises(ConfigError) as error:
            scale.parse_dask_target(wrong)
        assert error.value.code == "E440"


def test_scale_skip_known_asks_once_per_chunk_and_keeps_order() -> None:
    articles = [make_article(f"a{n}", text=f"t{n}") for n in range(7)]
    asked: list[int] = []
    skipped: list[int] = []

    def known(chunk: object) -> set[str]:
        assert isinstance(chunk, list)
        asked.append(len(chunk))
        return {"a1", "a4", "a5", "zz"}

    kept = list(scale.skip_known(articles, known, chunk=3, on_skip=skipped.append))
    assert [a.id for a in kept] == ["a0", "a2", "a3", "a6"]
    assert asked == [3, 3, 1]
    assert skipped == [1, 2]
    with pytest.raises(ConfigError):
        list(scale.batched(articles, 0))


def test_scale_lake_round_trip_equals_a_direct_ingest(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    first, second = synthetic_batch(0, 5), synthetic_batch(5, 4)
    assert scale.write_lake_batch(lake, first) == (7, 0)
    assert scale.write_lake_batch(lake, second)[0] == 6
    assert scale.write_lake_batch(lake, first[:2])[0] == 3  # a batch written twice (a rerun)
    assert sorted(p.name for p in lake.iterdir()) == ["articles", "mentions"]
    assert {p.name for p in (lake / "mentions").iterdir()} == {"year=2020"}
    assert {p.name for p in (lake / "mentions" / "year=2020").iterdir()} == {
        "month=1",
        "month=2",
        "month=3",
    }
    known = scale.lake_known(lake)
    changed = make_article("a0", text="another text", date=dt.date(2020, 1, 1))
    assert known([first[0][0], changed, make_article("new", text="x")]) == {"a0"}

    with scale.lake_connection(lake) as con:
        row = con.execute("SELECT count(*), count(DISTINCT id) FROM mentions").fetchone()
        assert row == (13, 13)

    with Store.open(tmp_path / "direct.duckdb") as store:
        store.ingest(first + second)
    with Store.open(tmp_path / "lake.duckdb") as store:
        stats = scale.load_lake(store, lake, batch_size=4)
    assert (stats.articles, stats.new, stats.mentions) == (9, 9, 13)
    assert store_snapshot(tmp_path / "lake.duckdb") == store_snapshot(tmp_path / "direct.duckdb")


def test_scale_lake_ignores_a_batch_cut_short(tmp_path: Path) -> None:
    """A batch whose article file never arrived (a crash) leaves mentions that readers ignore."""
    lake = tmp_path / "lake"
    scale.write_lake_batch(lake, synthetic_batch(0, 2))
    cut = tmp_path / "cut"
    scale.write_lake_batch(cut, synthetic_batch(2, 2))
    for part in (cut / "mentions").rglob("*.parquet"):
        target = lake / "mentions" / part.relative_to(cut / "mentions")
        target.parent.mkdir(parents=True, exist_ok=True)
        part.rename(target)
    with scale.lake_connection(lake) as con:
        ids = {row[0] for row in con.execute("SELECT DISTINCT article_id FROM mentions").fetchall()}
    assert ids == {"a0", "a1"}
    assert [article.id for article, _ in scale.read_lake(lake)] == ["a0", "a1"]


def test_scale_missing_lake_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as error:
        scale.lake_connection(tmp_path / "nothing")
    assert error.value.code == "E442" and "--lake" in error.value.message


@pytest.mark.slow
@pytest.mark.issue(6)
def test_scale_local_cluster_of_two_workers_matches_a_plain_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, on_dask, from_lake = (tmp_path / f"{n}.duckdb" for n in ("plain", "dask", "lake"))
    lake = tmp_path / "lake"
    assert run_store_cli("ingest", str(SCALE_ARTICLES), "--db", str(plain), "--workers", "1") == 0
    assert "10 new" in capsys.readouterr().out
    assert (
        run_store_cli(
            "ingest",
            str(SCALE_ARTICLES),
            "--db",
            str(on_dask),
            "--dask",
            "local:2",
            "--batch-size",
            "3",
        )
        == 0
    )
    assert "10 new" in capsys.readouterr().out
    expected = store_snapshot(plain)
    assert len(expected[0]) >= 10  # the fixture's sentences do code
    assert store_snapshot(on_dask) == expected

    args = ("--dask", "local:2", "--batch-size", "4", "--lake", str(lake))
    assert run_store_cli("ingest", str(SCALE_ARTICLES), *args) == 0
    assert "10 new" in capsys.readouterr().out
    assert run_store_cli("ingest", "--from-lake", str(lake), "--db", str(from_lake)) == 0
    assert store_snapshot(from_lake) == expected


@pytest.mark.issue(12)
def test_scale_lake_keeps_confidence_and_only_countries(tmp_path: Path) -> None:
    import dataclasses

    day = dt.date(2021, 4, 5)
    events = [
        dataclasses.replace(
            make_event("c1", "IGOWSTNAT", "RUSMIL", "190", date=day), confidence=0.7
        ),
        make_event("c1", "FRA", "DEU", "040", date=day, sentence_index=1),
    ]
    scale.write_lake_batch(tmp_path / "lake", [(make_article("c1", date=day), events)])
    ((_, read_back),) = list(scale.read_lake(tmp_path / "lake"))
    assert [e.confidence for e in read_back] == [0.7, None]
    with scale.lake_connection(tmp_path / "lake") as con:
        countries = con.execute(
            "SELECT source_code, source_country FROM mentions ORDER BY 1"
        ).fetchall()
    assert countries == [("FRA", "FRA"), ("IGOWSTNAT", None)]
    with Store.open(tmp_path / "s.duckdb") as store:
        scale.load_lake(store, tmp_path / "lake")
        assert store.con.execute(
            "SELECT source_code, confidence FROM events ORDER BY 1"
        ).fetchall() == [("FRA", None), ("IGOWSTNAT", 0.7)]
