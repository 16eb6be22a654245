"""Store queries: prefix filters, keyset paging, series zeros, top actors, article (issue 4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventscribe.errors import ConfigError
from eventscribe.records import Location
from eventscribe.store import queries
from eventscribe.store.db import Store
from eventscribe.store.queries import EventFilters
from eventscribe.store.synthetic import make_article, make_event, synthetic_pairs


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "q.duckdb")
    jan, mar = dt.date(2020, 1, 15), dt.date(2020, 3, 2)
    beijing = Location("Beijing", "CHN", 39.9, 116.4, 1816670, text="Beijing")
    opened.ingest(
        [
            (
                make_article("a1", date=jan),
                [
                    make_event(
                        "a1",
                        "CHNGOV",
                        "RUSLEG",
                        "036",
                        date=jan,
                        text="Xi met the Duma speaker in Beijing.",
                        location=beijing,
                    ),
                    make_event(
                        "a1",
                        "RUSGOV",
                        "CHNGOV",
                        "057",
                        date=jan,
                        sentence_index=1,
                        event="AGREE",
                        text="Russia signed the deal.",
                    ),
                ],
            ),
            (
                make_article("a2", date=mar, source="other.org"),
                [
                    make_event(
                        "a2",
                        "CHN",
                        "RUS",
                        "112",
                        date=mar,
                        event="ACCUSE",
                        quad_class=3,
                        goldstein=-2.0,
                        text="China accused Russia of delays.",
                    ),
                    make_event(
                        "a2",
                        "USAGOV",
                        "IRN",
                        "173",
                        date=mar,
                        sentence_index=2,
                        event="COERCE",
                        quad_class=4,
                        goldstein=-5.0,
                        text="Sanctions on 100% of trade.",
                    ),
                ],
            ),
        ]
    )
    yield opened  # type: ignore[misc]
    opened.close()


def _dyads(records: list[dict[str, object]]) -> list[tuple[str, str]]:
    return [
        (r["source"]["code"], (r["target"] or {}).get("code", ""))  # type: ignore[index,union-attr]
        for r in records
    ]


def test_store_queries_dyad_matches_by_prefix(store: Store) -> None:
    found = queries.events(store.con, EventFilters(dyad="CHN:RUS"))
    assert sorted(_dyads(found)) == [("CHN", "RUS"), ("CHNGOV", "RUSLEG")]


def test_store_queries_actor_matches_either_side(store: Store) -> None:
    found = queries.events(store.con, EventFilters(actor="rus"))
    assert len(found) == 3


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilters(country="IRN"), [("USAGOV", "IRN")]),
        (EventFilters(event="agree"), [("RUSGOV", "CHNGOV")]),
        (EventFilters(cameo="17"), [("USAGOV", "IRN")]),
        (EventFilters(quad=3), [("CHN", "RUS")]),
        (EventFilters(since=dt.date(2020, 2, 1), dyad="CHN:"), [("CHN", "RUS")]),
        (EventFilters(until=dt.date(2020, 2, 1), dyad=":CHN"), [("RUSGOV", "CHNGOV")]),
        (EventFilters(text="duma BEIJING"), [("CHNGOV", "RUSLEG")]),
        (EventFilters(text="100%"), [("USAGOV", "IRN")]),
        (EventFilters(text="1_0"), []),
    ],
)
def test_store_queries_filters(
    store: Store, filters: EventFilters, expected: list[tuple[str, str]]
) -> None:
    assert _dyads(queries.events(store.con, filters)) == expected


def test_store_queries_records_carry_core_keys_and_counts(store: Store) -> None:
    record = queries.events(store.con, EventFilters(dyad="CHNGOV:RUSLEG"))[0]
    core = set(make_event("x", "A", "B", "010").to_dict())
    assert core <= set(record)
    assert (record["num_mentions"], record["num_articles"], record["num_sources"]) == (1, 1, 1)
    assert record["location"]["name"] == "Beijing"
    assert record["rule"]["verb"].startswith("MEET_WITH")


@pytest.mark.parametrize(
    "filters",
    [
        EventFilters(dyad="CHNRUS"),
        EventFilters(country="RUSSIA"),
        EventFilters(cameo="0x"),
        EventFilters(quad=5),
        EventFilters(cursor="garbage!"),
        EventFilters(limit=0),
    ],
)
def test_store_queries_bad_filters_raise_config_error(store: Store, filters: EventFilters) -> None:
    with pytest.raises(ConfigError) as info:
        queries.events(store.con, filters)
    assert info.value.code.startswith("E4")


def test_store_queries_cursor_pages_through_everything_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.duckdb") as store:
        store.ingest(synthetic_pairs(230, seed=4, days=5))
        everything = queries.events(store.con, EventFilters(limit=1000))
        seen: list[str] = []
        cursor = None
        while True:
            page = queries.events_page(store.con, EventFilters(limit=50, cursor=cursor))
            seen += [r["id"] for r in page.records]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert seen == [r["id"] for r in everything]
        assert len(seen) == len(set(seen)) == store.counts()["events"]


def test_store_queries_series_has_zero_periods(store: Store) -> None:
    rows = queries.series(store.con, "CHN:RUS", freq="month")
    assert rows == [
        {"period": "2020-01-01", "count": 1},
        {"period": "2020-02-01", "count": 0},
        {"period": "2020-03-01", "count": 1},
    ]


def test_store_queries_series_both_directions_and_quad(store: Store) -> None:
    rows = queries.series(store.con, "CHN:RUS", both=True, freq="month", measure="quad")
    assert rows[0] == {"period": "2020-01-01", "quad1": 2, "quad2": 0, "quad3": 0, "quad4": 0}
    assert rows[1] == {"period": "2020-02-01", "quad1": 0, "quad2": 0, "quad3": 0, "quad4": 0}
    assert rows[2] == {"period": "2020-03-01", "quad1": 0, "quad2": 0, "quad3": 1, "quad4": 0}


def test_store_queries_series_goldstein_and_explicit_range(store: Store) -> None:
    rows = queries.series(
        store.con,
        "CHN:RUS",
        freq="week",
        measure="goldstein",
        since=dt.date(2020, 3, 1),
        until=dt.date(2020, 3, 20),
    )
    # 2020-03-01 is a Sunday: weeks start on Mondays.
    assert [r["period"] for r in rows] == ["2020-02-24", "2020-03-02", "2020-03-09", "2020-03-16"]
    assert [(r["count"], r["goldstein"]) for r in rows] == [(0, 0.0), (1, -2.0), (0, 0.0), (0, 0.0)]


def test_store_queries_series_of_an_absent_dyad_is_empty(store: Store) -> None:
    assert queries.series(store.con, "FRA:DEU") == []


def test_store_queries_top_actors(store: Store) -> None:
    top = queries.top_actors(store.con, limit=2)
    assert top[0] == {"code": "CHNGOV", "events": 2, "as_source": 1, "as_target": 1, "mentions": 2}
    assert len(top) == 2


def test_store_queries_article_has_text_and_spans(store: Store) -> None:
    found = queries.article(store.con, "a1")
    assert found is not None
    assert found["text"] == "Article text."
    assert [e["sentence_index"] for e in found["events"]] == [0, 1]
    first, second = found["events"]
    assert first["text"][first["trigger"]["start"] : first["trigger"]["end"]] == "met"
    assert second["trigger"]["start"] == 10  # "met" is not in its sentence: the default offset
    assert first["event_id"].startswith("g")
    assert queries.article(store.con, "missing") is None


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("filters", "valid"),
    [
        (EventFilters(event="MEET"), "CONSULT"),  # not a PLOVER type: the types are listed
        (EventFilters(event="asault"), "did you mean ASSAULT"),
        (EventFilters(cameo="99"), "root codes are 01 to 20"),
        (EventFilters(cameo="0999"), "no CAMEO code starts with it"),
        (EventFilters(country="IGO"), "--actor IGO"),
        (EventFilters(since=dt.date(2020, 3, 1), until=dt.date(2020, 1, 1)), "swap them"),
        (EventFilters(min_confidence=1.5), "0 to 1"),
    ],
)
def test_store_queries_filters_that_cannot_match_name_the_valid_values(
    store: Store, filters: EventFilters, valid: str
) -> None:
    with pytest.raises(ConfigError, match=valid) as info:
        queries.events(store.con, filters)
    assert info.value.code == "E420"


@pytest.mark.issue(12)
def test_store_queries_series_since_after_until_is_refused(store: Store) -> None:
    with pytest.raises(ConfigError, match="swap them"):
        queries.series(store.con, "CHN:RUS", since=dt.date(2021, 1, 1), until=dt.date(2020, 1, 1))


@pytest.mark.issue(12)
def test_store_queries_series_goldstein_mean(store: Store) -> None:
    rows = queries.series(store.con, "CHN:RUS", both=True, freq="month", measure="goldstein-mean")
    assert rows == [
        {"period": "2020-01-01", "count": 2, "goldstein_mean": 1.0},
        {"period": "2020-02-01", "count": 0, "goldstein_mean": None},
        {"period": "2020-03-01", "count": 1, "goldstein_mean": -2.0},
    ]


@pytest.mark.issue(12)
def test_store_queries_min_confidence_keeps_unscored_events(tmp_path: Path) -> None:
    import dataclasses

    day = dt.date(2020, 5, 5)
    events = [
        dataclasses.replace(
            make_event("c1", "FRA", "DEU", cameo, date=day, sentence_index=i), confidence=value
        )
        for i, (cameo, value) in enumerate((("040", 0.9), ("042", 0.2), ("043", None)))
    ]
    with Store.open(tmp_path / "c.duckdb") as store:
        store.ingest([(make_article("c1", date=day), events)])
        kept = queries.events(store.con, EventFilters(min_confidence=0.5))
        assert sorted((r["cameo"], r["confidence"]) for r in kept) == [
            ("040", 0.9),
            ("043", None),
        ]
        assert len(queries.events(store.con, EventFilters(min_confidence=0.0))) == 3
        rows = queries.series(store.con, "FRA:DEU", freq="year", min_confidence=0.95)
        assert rows == [{"period": "2020-01-01", "count": 1}]


@pytest.mark.issue(13)
def test_store_queries_date_precision_before(tmp_path: Path) -> None:
    """An event the text places before its article without a time is stored with its precision
    'before' and found by --date-precision before, not by day."""
    import dataclasses

    day = dt.date(2023, 11, 23)
    background = dataclasses.replace(
        make_event("b1", "USAGOV", "RUS", "172", date=day, text="The agency had fired him."),
        date_precision="before",
        date_source="article",
        date_text="had",
    )
    news = dataclasses.replace(
        make_event("b1", "USAGOV", "CHN", "036", date=day, sentence_index=1),
        date_precision="day",
        date_source="article",
    )
    opened = Store.open(tmp_path / "p.duckdb")
    opened.ingest([(make_article("b1", date=day), [background, news])])
    found = queries.events(opened.con, EventFilters(date_precision="before"))
    assert [(r["cameo"], r["date_precision"], r["date_text"]) for r in found] == [
        ("172", "before", "had")
    ]
    assert _dyads(queries.events(opened.con, EventFilters(date_precision="day"))) == [
        ("USAGOV", "CHN")
    ]
