"""Property-based fuzzing (issue 7) of what the other property tests leave out.

Already fuzzed elsewhere: arbitrary bytes and JSON lines through the readers (test_articles.py),
arbitrary text through every dictionary parser (test_dictionaries_properties.py), arbitrary text
and article dates through find_dates (test_dates.py). Here: the record writer (Event.to_dict ->
json.dumps -> json.loads, and through the store), find_dates on arbitrary unicode around date
phrases with dates anywhere in 1-9999, the readers on standard input, directories and CSV rows,
and the dictionary loader's errors naming their file.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import io
import json
import math
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscribe.articles import normalise_text, read_articles
from eventscribe.coding.dates import PRECISIONS, find_dates
from eventscribe.dictionaries.loader import read_user_file
from eventscribe.errors import DictionaryError
from eventscribe.records import (
    ActorRef,
    Article,
    Event,
    Location,
    Reject,
    Rule,
    Trigger,
    event_id,
)
from eventscribe.store import queries
from eventscribe.store.db import Store

pytestmark = pytest.mark.issue(7)

# Text as it reaches the writer: anything a normalised article can hold (no lone surrogates).
TEXT = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=80)
ANY_TEXT = st.text(max_size=80)  # with lone surrogates too, for the JSON round trip alone
# A CSV field: no control characters (a file of them is binary, E121: test_articles.py).
FIELD = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40)
CODE = st.from_regex(r"[A-Z]{3}([A-Z]{3}){0,2}", fullmatch=True)
FLOAT = st.none() | st.floats(allow_nan=False, allow_infinity=False)
DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@st.composite
def actor_refs(draw: st.DrawFn, text: st.SearchStrategy[str]) -> ActorRef:
    code = draw(CODE)
    start = draw(st.integers(0, 10_000))
    return ActorRef(
        code=code,
        country=code[:3],
        sectors=tuple(code[i : i + 3] for i in range(3, len(code), 3)),
        name=draw(st.none() | text),
        text=draw(text),
        start=start,
        end=start + draw(st.integers(0, 100)),
    )


@st.composite
def events(draw: st.DrawFn, text: st.SearchStrategy[str] = TEXT) -> Event:
    article_id = draw(st.text(alphabet="abcdef0123456789", min_size=1, max_size=16))
    source = draw(actor_refs(text))
    target = draw(st.none() | actor_refs(text))
    cameo = draw(st.from_regex(r"[01][0-9]{1,3}", fullmatch=True))
    sentence_index = draw(st.integers(0, 100_000))
    trigger_start = draw(st.integers(0, 10_000))
    location = draw(
        st.none()
        | st.builds(
            Location,
            name=text,
            country=st.none() | CODE.map(lambda c: c[:3]),
            lat=FLOAT,
            lon=FLOAT,
            geonameid=st.none() | st.integers(0, 2**40),
        )
    )
    return Event(
        id=event_id(article_id, sentence_index, trigger_start, source.code, None, cameo),
        article_id=article_id,
        sentence_index=sentence_index,
        date=draw(st.none() | DATES),
        source=source,
        target=target,
        cameo=cameo,
        event=draw(st.none() | st.sampled_from(["CONSULT", "ACCUSE", "ASSAULT"])),
        mode=draw(st.none() | text),
        context=draw(st.none() | text),
        quad_class=draw(st.none() | st.integers(1, 4)),
        goldstein=draw(FLOAT),
        location=location,
        text=draw(text),
        trigger=Trigger(draw(text), trigger_start, trigger_start + 3),
        rule=Rule(
            verb=draw(text),
            pattern=draw(st.none() | text),
            actors=tuple(draw(st.lists(text, max_size=3))),
            notes=tuple(draw(st.lists(text, max_size=3))),
        ),
        date_text=draw(st.none() | text),
        sentence_start=draw(st.integers(0, 10_000_000)),
    )


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(event=events(ANY_TEXT))
def test_reliability_fuzz_record_writer_round_trips_through_json(event: Event) -> None:
    record = event.to_dict()
    for ascii_only in (True, False):
        line = json.dumps(record, ensure_ascii=ascii_only)
        assert json.loads(line) == record
        # One record a line, whatever the text holds (U+2028 and friends are fine in JSON Lines
        # read by lines on "\n", which every JSONL reader does).
        assert "\n" not in line and "\r" not in line
    assert record["date"] == (event.date.isoformat() if event.date else None)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(event=events())
def test_reliability_fuzz_record_writer_line_is_utf8_as_the_cli_writes_it(event: Event) -> None:
    """What `eventscribe code` writes: ensure_ascii=False, encoded as UTF-8, read back."""
    line = json.dumps(event.to_dict(), ensure_ascii=False) + "\n"
    data = line.encode("utf-8")
    assert json.loads(data.decode("utf-8")) == event.to_dict()
    assert data.count(b"\n") == 1
    for value in (event.goldstein, event.location.lat if event.location else None):
        assert value is None or math.isfinite(value)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@pytest.mark.slow
@given(batch=st.lists(events(), min_size=1, max_size=4, unique_by=lambda e: e.id))
def test_reliability_fuzz_events_survive_the_store(tmp_path: Path, batch: list[Event]) -> None:
    """Arbitrary unicode in every text field comes back from the store unchanged. (Ids are
    unique in a batch, as the coder's are: an id hashes the event's key.)"""
    article = Article(id="fuzz", text="x", date=dt.date(2020, 1, 1), title="t", origin="fuzz.txt:1")
    pairs = [(article, [dataclasses.replace(e, article_id="fuzz") for e in batch])]
    with (
        tempfile.TemporaryDirectory(dir=tmp_path) as folder,
        Store.open(Path(folder) / "s.duckdb") as store,
    ):
        store.ingest(pairs)  # undated events take the article's date
        found = queries.article(store.con, "fuzz")
    assert found is not None
    stored = {m["id"]: m for m in found["events"]}
    for event in pairs[0][1]:
        record = stored[event.id]
        assert record["text"] == event.text
        assert record["trigger"]["text"] == event.trigger.text
        assert record["source"]["text"] == event.source.text
        assert record["cameo"] == event.cameo


# -- dates --------------------------------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
# Around the phrase: any script but Latin letters and digits (CJK, Arabic, Hebrew, symbols,
# spaces, controls), so the phrase is never glued to a word.
NOISE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Lu", "Ll", "Lt", "Lm", "N")), max_size=40
)


def _suffix(day: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")


def _phrases(day: dt.date) -> list[str]:
    month = MONTHS[day.month - 1]
    return [
        f"{month} {day.day}, {day.year:04d}",
        f"{day.day} {month} {day.year:04d}",
        f"{day.year:04d}-{day.month:02d}-{day.day:02d}",
        f"the {day.day}{_suffix(day.day)} of {month} {day.year:04d}",
    ]


@settings(max_examples=400, deadline=None)
@given(
    before=NOISE,
    after=NOISE,
    day=DATES,
    article=st.none() | DATES | st.sampled_from([dt.date.min, dt.date.max]),
    form=st.integers(0, 3),
    future=st.booleans(),
)
def test_reliability_fuzz_find_dates_explicit_dates_anywhere_in_unicode(
    before: str, after: str, day: dt.date, article: dt.date | None, form: int, future: bool
) -> None:
    phrase = _phrases(day)[form]
    text = f"{before} {phrase} {after}"
    mentions = find_dates(text, article, future=future)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.precision in PRECISIONS
        assert isinstance(mention.date, dt.date)
    if 1900 <= day.year <= 2099:  # an explicit full date means itself, whatever surrounds it
        assert any(m.date == day and phrase in m.text for m in mentions), (text, mentions)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=300),
    words=st.lists(
        st.sampled_from(
            [
                "yesterday",
                "tomorrow",
                "last week",
                "next year",
                "3 days ago",
                "on Monday",
                "in March",
                "since 2019",
                "the 31st",
                "February 29",
            ]
        ),
        max_size=5,
    ),
    article=st.sampled_from([dt.date.min, dt.date.max, dt.date(1, 1, 7), dt.date(9999, 12, 25)]),
    future=st.booleans(),
)
def test_reliability_fuzz_find_dates_relative_phrases_at_the_calendar_edges(
    text: str, words: list[str], article: dt.date, future: bool
) -> None:
    sentence = " ".join([text, *words, text[::-1]])
    for mention in find_dates(sentence, article, future=future):
        assert sentence[mention.start : mention.end] == mention.text


# -- readers ------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=3000), as_text=st.booleans())
def test_reliability_fuzz_stdin_never_raises(data: bytes, as_text: bool) -> None:
    stream: io.BytesIO | io.TextIOWrapper = io.BytesIO(data)
    if as_text:
        stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")
    records = list(read_articles(["-"], stdin=stream))
    assert records and all(isinstance(r, Article | Reject) for r in records)
    for record in records:
        assert record.origin.startswith("<stdin>")
        if isinstance(record, Article):
            assert record.text == normalise_text(record.text) and record.text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    files=st.dictionaries(
        st.sampled_from(
            ["a.txt", "b.jsonl", "c/d.csv", "c/e.html", "f.tsv", ".hidden.txt", "g.bin"]
        ),
        st.binary(max_size=500),
        min_size=1,
    )
)
def test_reliability_fuzz_directory_of_arbitrary_files(
    tmp_path: Path, files: dict[str, bytes]
) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        top = Path(folder)
        for name, data in files.items():
            (top / name).parent.mkdir(parents=True, exist_ok=True)
            (top / name).write_bytes(data)
        records = list(read_articles([top]))
        read = {Path(r.origin.split(":", 1)[0]) for r in records}
    expected = {top / n for n in files if not n.startswith(".") and not n.endswith(".bin")}
    assert read == expected  # every readable file gives something; hidden and other files nothing


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.lists(FIELD, min_size=3, max_size=3), min_size=1, max_size=8))
def test_reliability_fuzz_csv_rows_give_one_record_each(
    tmp_path: Path, rows: list[list[str]]
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "title", "text"])
    writer.writerows(rows)
    path = tmp_path / "fuzz.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    records = list(read_articles([path]))
    nonblank = [r for r in rows if any(field.strip() for field in r)]
    if not nonblank:
        assert len(records) == 1 and isinstance(records[0], Reject)
        return
    assert len(records) == len(nonblank), (rows, records)
    for row, record in zip(nonblank, records, strict=True):
        if isinstance(record, Article):
            assert record.text == normalise_text(row[2])
            assert unicodedata.is_normalized("NFC", record.text)


# -- dictionaries -------------------------------------------------------------------------------

DICTIONARY_TEXT = st.text(
    alphabet=st.sampled_from(list("AB_ +-[]{}()<>:#\t\n019.,'\"\\&|*!")) | st.characters(),
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(text=DICTIONARY_TEXT, name=st.sampled_from(["u.yaml", "u.actors.txt", "u.agents.txt"]))
def test_reliability_fuzz_dictionary_errors_name_the_file(text: str, name: str) -> None:
    """The loader (kind detection, then the parser) raises DictionaryError only, naming the file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        for strict in (True, False):
            try:
                read_user_file(path, strict=strict)
            except DictionaryError as error:
                assert str(error).startswith(str(path)), str(error)
                assert error.code.startswith("E2")
        with contextlib.suppress(DictionaryError):
            _, _, warnings = read_user_file(path)
            assert all(isinstance(w, str) for w in warnings)
