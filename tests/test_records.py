"""The event record's shape written once (issue 10): records.EVENT_FIELDS drives to_dict, the
store's columns, the Arrow types and the conversions from rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import duckdb
import pytest

from eventscribe import scale
from eventscribe.records import (
    EVENT_FIELDS,
    FIELD_TYPES,
    PARTS,
    ActorRef,
    Event,
    Location,
    Rule,
    Trigger,
    event_from_columns,
    record_from_columns,
)
from eventscribe.store.rows import ARROW_TYPES, ArticleBatch
from eventscribe.store.schema import DUCKDB_TYPES, TABLES, create_schema
from eventscribe.store.synthetic import make_article

DAY = dt.date(2023, 11, 22)


def _event(**changes: object) -> Event:
    event = Event(
        id="e1",
        article_id="a1",
        sentence_index=2,
        date=DAY,
        source=ActorRef("CHNGOV", "CHN", ("GOV",), "XI_JINPING", "Xi", 0, 2, entry="f:1"),
        target=ActorRef("RUSLEG", "RUS", ("LEG",), None, "the Duma", 13, 21),
        cameo="040",
        event="CONSULT",
        mode=None,
        context="diplomatic",
        quad_class=1,
        goldstein=1.0,
        location=Location(
            "Beijing", "CHN", 39.9, 116.4, 1816670, "Beijing", 25, 32, "populated place", "22"
        ),
        text="Xi met with the Duma in Beijing on Wednesday.",
        trigger=Trigger("met with", 3, 11),
        rule=Rule("MEET_WITH (f:5)", None, ("f:1",), ("a note",)),
        date_text="on Wednesday",
        date_precision="day",
        date_source="clause",
        sentence_start=40,
        confidence=0.75,
    )
    return dataclasses.replace(event, **changes)  # type: ignore[arg-type]


@pytest.mark.issue(10)
def test_records_field_table_covers_the_dataclasses() -> None:
    assert {f.type for f in EVENT_FIELDS} <= set(FIELD_TYPES)
    top = {f.path for f in EVENT_FIELDS if f.part is None} | set(PARTS)
    assert top == {f.name for f in dataclasses.fields(Event)} - {"extra"}
    not_in_the_record = {ActorRef: {"entry", "agents"}, Location: set(), Trigger: set()}
    for part, (cls, _) in PARTS.items():
        names = {f.name for f in EVENT_FIELDS if f.part == part}
        assert names == {f.name for f in dataclasses.fields(cls)} - not_in_the_record[cls], part


@pytest.mark.issue(10)
def test_records_to_dict_is_the_documented_record() -> None:
    assert _event().to_dict() == {
        "id": "e1",
        "article_id": "a1",
        "sentence_index": 2,
        "date": "2023-11-22",
        "source": {
            "code": "CHNGOV",
            "country": "CHN",
            "sectors": ["GOV"],
            "name": "XI_JINPING",
            "text": "Xi",
            "start": 0,
            "end": 2,
        },
        "target": {
            "code": "RUSLEG",
            "country": "RUS",
            "sectors": ["LEG"],
            "name": None,
            "text": "the Duma",
            "start": 13,
            "end": 21,
        },
        "cameo": "040",
        "event": "CONSULT",
        "mode": None,
        "context": "diplomatic",
        "quad_class": 1,
        "goldstein": 1.0,
        "location": {
            "name": "Beijing",
            "country": "CHN",
            "lat": 39.9,
            "lon": 116.4,
            "geonameid": 1816670,
            "text": "Beijing",
            "start": 25,
            "end": 32,
            "feature_class": "populated place",
            "admin1": "22",
        },
        "text": "Xi met with the Duma in Beijing on Wednesday.",
        "trigger": {"text": "met with", "start": 3, "end": 11},
        "rule": {
            "verb": "MEET_WITH (f:5)",
            "pattern": None,
            "actors": ["f:1"],
            "notes": ["a note"],
        },
        "date_text": "on Wednesday",
        "date_precision": "day",
        "date_source": "clause",
        "sentence_start": 40,
        "confidence": 0.75,
    }
    # key order is the JSON record's (docs/event-record.md), not only the keys
    assert list(_event().to_dict()) == list(dict.fromkeys(f.part or f.path for f in EVENT_FIELDS))
    one_sided = _event(target=None, location=None, date=None).to_dict()
    assert (one_sided["target"], one_sided["location"], one_sided["date"]) == (None, None, None)


def _mention_rows(events: list[Event]) -> list[dict[str, object]]:
    batch = ArticleBatch()
    batch.add(make_article("a1", date=DAY), events)
    table, rejects = batch.mentions_table(["a1"])
    assert rejects == []
    rows: list[dict[str, object]] = table.to_pylist()
    return rows


@pytest.mark.issue(10)
@pytest.mark.parametrize(
    "changes", [{}, {"target": None, "location": None, "confidence": None, "date_text": None}]
)
def test_records_rows_give_back_the_record(changes: dict[str, object]) -> None:
    event = _event(**changes)
    (row,) = _mention_rows([event])
    assert record_from_columns(row) == event.to_dict()
    assert event_from_columns(row) == dataclasses.replace(
        event, source=dataclasses.replace(event.source, entry=None)
    )


@pytest.mark.issue(10)
def test_records_store_columns_follow_the_field_table(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    create_schema(con)
    for table in ("mentions", "events"):
        columns = dict(TABLES[table])
        for f in EVENT_FIELDS:
            if f.column == "date" and table == "events":
                continue  # an event is keyed by event_date
            assert columns[f.column].split()[0] == DUCKDB_TYPES[f.type], (table, f.column)
    # the Arrow batch the ingest inserts has the mentions table's types, column for column
    batch = ArticleBatch()
    batch.add(make_article("a1", date=DAY), [_event()])
    table, _ = batch.mentions_table(["a1"])
    stored = {
        name: kind
        for name, kind in con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'mentions'"
        ).fetchall()
    }
    con.register("batch", table)
    loaded = {row[0]: row[1] for row in con.execute("DESCRIBE SELECT * FROM batch").fetchall()}
    assert loaded == {name: kind for name, kind in stored.items() if name != "ingested_at"}
    assert set(ARROW_TYPES) == set(DUCKDB_TYPES) == set(FIELD_TYPES)


@pytest.mark.issue(10)
def test_records_lake_keeps_every_field(tmp_path: Path) -> None:
    """The lake read back every field (before issue 10 it dropped the dates' precision and source
    and the place's words, span, feature class and admin1)."""
    event = _event()
    scale.write_lake_batch(tmp_path / "lake", [(make_article("a1", date=DAY), [event])])
    ((_, (read_back,)),) = list(scale.read_lake(tmp_path / "lake"))
    assert read_back.to_dict() == event.to_dict()
