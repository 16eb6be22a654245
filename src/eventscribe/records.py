"""The frozen records that travel between eventscribe's stages: Article in, Event out.

``EVENT_FIELDS`` declares the event record's shape once: ``Event.to_dict`` (the JSON record of
docs/event-record.md), the store's columns and Arrow types and the row-to-record conversions are
derived from it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def content_id(text: str, *, prefix: str = "a") -> str:
    """A stable id from text: the same text always gives the same id."""
    return prefix + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One dated news article. ``origin`` is where it came from (``path:line``) for messages."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""


@dataclass(frozen=True)
class Reject:
    """Input that could not be used, with the reason; ``origin`` is ``path:line``."""

    origin: str
    reason: str
    code: str = "E100"
    article_id: str | None = None

    def message(self) -> str:
        return f"{self.origin}: [{self.code}] {self.reason}"


@dataclass(frozen=True)
class ActorRef:
    """A coded actor as it appears in an event: the code and the words that gave it."""

    code: str  # e.g. "CHNGOV"
    country: str | None  # ISO3 or IGO/NGO/... block, the first three letters of ``code``
    sectors: tuple[str, ...]  # the 3-letter blocks after the first ("GOV",)
    name: str | None  # the dictionary entry's name ("XI_JINPING") where a named entry fired
    text: str  # the words of the sentence
    start: int  # character offsets in the sentence
    end: int
    entry: str | None = None  # dictionary origin "file:line" of the actor entry
    agents: tuple[str, ...] = ()  # origins of the agent entries applied

    def to_dict(self) -> dict[str, Any]:
        return _part_dict(self, "source")


@dataclass(frozen=True)
class Location:
    """Where an event happened: the GeoNames place and the words of the sentence that name it."""

    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    geonameid: int | None
    text: str = ""  # the words of the sentence
    start: int | None = None  # character offsets of ``text`` in the sentence
    end: int | None = None
    feature_class: str | None = None  # "country", "admin1", "admin2", "populated place", "region"
    admin1: str | None = None  # GeoNames first-level division code ("09"), None for a country

    def to_dict(self) -> dict[str, Any]:
        return _part_dict(self, "location")


@dataclass(frozen=True)
class Trigger:
    text: str
    start: int  # character offsets in the sentence
    end: int


@dataclass(frozen=True)
class Rule:
    """What fired: the verb entry, the pattern line, and the actor entries, each with file:line."""

    verb: str  # e.g. "MEET_WITH (CAMEO.2.0.txt:5437)"
    pattern: str | None  # the pattern line as written, with file:line; None: the verb's own code
    actors: tuple[str, ...] = ()  # actor and agent entries that coded source and target
    notes: tuple[str, ...] = ()  # e.g. "reported speech: source from the speaker"

    def to_dict(self) -> dict[str, Any]:
        return {
            "verb": self.verb,
            "pattern": self.pattern,
            "actors": list(self.actors),
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Rule:
        """The Rule of a ``to_dict`` (read back from the store or the lake)."""
        return cls(
            verb=str(data.get("verb", "")),
            pattern=data.get("pattern"),
            actors=tuple(data.get("actors", ())),
            notes=tuple(data.get("notes", ())),
        )


# how precisely an event's date is known (Event.date_precision; coding/dates.py finds them, the
# store filters on them): "before" is on or before ``date``, how long before unknown
PRECISIONS = ("day", "week", "month", "year", "decade", "before")


@dataclass(frozen=True)
class Event:
    """One coded event with its evidence."""

    id: str
    article_id: str
    sentence_index: int
    date: dt.date | None
    source: ActorRef
    target: ActorRef | None
    cameo: str
    event: str | None  # PLOVER type
    mode: str | None
    context: str | None
    quad_class: int | None
    goldstein: float | None
    location: Location | None
    text: str
    trigger: Trigger
    rule: Rule
    date_text: str | None = None  # the words that dated the event, None: the article's date
    date_precision: str | None = None  # one of PRECISIONS; None: no date
    date_source: str | None = None  # "clause" (a time in the event's clause) or "article"
    sentence_start: int = 0  # where the sentence starts in the article text
    # how likely the event really happened as coded (0-1), from the coder's scorer; None: not scored
    confidence: float | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON event record (docs/event-record.md), in EVENT_FIELDS order."""
        return _record(self)


@dataclass(frozen=True)
class IngestStats:
    """What one write of coded articles did (so far, when passed to a progress callback): a
    ``Store.ingest``, a lake's batches, a server's summaries, the lines `code` wrote."""

    articles: int = 0  # articles read
    new: int = 0  # articles stored for the first time
    replaced: int = 0  # articles whose text changed: their mentions were replaced
    unchanged: int = 0  # articles already stored with the same text: skipped
    mentions: int = 0  # mentions written
    events: int = 0  # events the store gained (its event count after minus before)
    rejects: int = 0  # rejects written (new ones; a reject already stored is not counted)
    seconds: float = 0.0  # time spent in the store (reading and coding the input excluded)


def event_id(
    article_id: str,
    sentence_index: int,
    trigger_start: int,
    source: str,
    target: str | None,
    cameo: str,
) -> str:
    """Stable event id: the same article always gives the same ids."""
    key = f"{article_id}|{sentence_index}|{trigger_start}|{source}|{target or ''}|{cameo}"
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# -- the event record's shape, written once --------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One field of the event record.

    ``path`` is the key in the JSON record, dotted inside a part (``source.country``); the flat
    column of the store, the lake and the exports is the path with ``_`` (``source_country``).
    ``type`` is one of FIELD_TYPES; ``since`` is the store schema version that added the column.
    """

    path: str
    type: str
    nullable: bool
    doc: str
    since: int = 1

    @property
    def column(self) -> str:
        return self.path.replace(".", "_")

    @property
    def part(self) -> str | None:
        """The part (``source``, ``target``, ``location``, ``trigger``) holding it, or None."""
        return self.path.split(".", 1)[0] if "." in self.path else None

    @property
    def name(self) -> str:
        """The key within its part (or the record)."""
        return self.path.rsplit(".", 1)[-1]


#: The kinds of value a field holds; store/schema.py and store/rows.py map them to DuckDB and Arrow.
#: "str[]" is a tuple of strings in the record; "json" a Rule, stored as the JSON of Rule.to_dict().
FIELD_TYPES = ("str", "int8", "int32", "int64", "float64", "date", "str[]", "json")

#: The parts of the record, their record class, and whether the part may be null as a whole.
PARTS: Mapping[str, tuple[type[Any], bool]] = {
    "source": (ActorRef, False),
    "target": (ActorRef, True),
    "location": (Location, True),
    "trigger": (Trigger, False),
}


def _actor_fields(side: str, doc: str) -> tuple[Field, ...]:
    return (
        Field(f"{side}.code", "str", False, f"{doc}: CAMEO actor code valid on the event's date"),
        Field(f"{side}.country", "str", True, "ISO3 (the store: only countries; see docs)"),
        Field(f"{side}.sectors", "str[]", False, "the 3-letter blocks after the first"),
        Field(f"{side}.name", "str", True, "the dictionary entry's name where a named one fired"),
        Field(f"{side}.text", "str", False, "the words of the sentence that named the actor"),
        Field(f"{side}.start", "int32", False, "character offset of text in the sentence"),
        Field(f"{side}.end", "int32", False, "character offset of the end of text"),
    )


#: The event record, in the order of its JSON keys (docs/event-record.md). Add a field here (and
#: the attribute to its dataclass); to_dict, the store's columns, Arrow types and the conversions
#: from rows follow. A new store column also needs SCHEMA_VERSION + 1 and a migration.
EVENT_FIELDS: tuple[Field, ...] = (
    Field("id", "str", False, "stable id: hash of article, sentence, trigger, actors and code"),
    Field("article_id", "str", False, "the article's id"),
    Field("sentence_index", "int32", False, "the sentence's position in the article, from 0"),
    Field("date", "date", True, "the event's date (its clause's time, else the article's)"),
    *_actor_fields("source", "who acted"),
    *_actor_fields("target", "to whom (the whole target is null for a one-sided event)"),
    Field("cameo", "str", False, "CAMEO event code, leading zeros kept"),
    Field("event", "str", True, "PLOVER event type"),
    Field("mode", "str", True, "PLOVER mode"),
    Field("context", "str", True, "PLOVER context"),
    Field("quad_class", "int8", True, "1-4: verbal/material cooperation, verbal/material conflict"),
    Field("goldstein", "float64", True, "Goldstein value of the CAMEO code"),
    Field("location.name", "str", False, "the GeoNames place (the whole location may be null)"),
    Field("location.country", "str", True, "ISO3"),
    Field("location.lat", "float64", True, "latitude"),
    Field("location.lon", "float64", True, "longitude"),
    Field("location.geonameid", "int64", True, "GeoNames id"),
    Field("location.text", "str", False, "the words of the sentence that name it", since=3),
    Field("location.start", "int32", True, "character offset of text in the sentence", since=3),
    Field("location.end", "int32", True, "character offset of the end of text", since=3),
    Field(
        "location.feature_class", "str", True, "country, admin1, admin2, populated place, region", 3
    ),
    Field("location.admin1", "str", True, "GeoNames first-level division code", since=3),
    Field("text", "str", False, "the sentence"),
    Field("trigger.text", "str", False, "the verb (with its particle) that fired"),
    Field("trigger.start", "int32", False, "character offset of the trigger in the sentence"),
    Field("trigger.end", "int32", False, "character offset of the end of the trigger"),
    Field("rule", "json", False, "{verb, pattern, actors, notes}: what fired, with file:line"),
    Field("date_text", "str", True, "the words that dated the event (null: the article's date)"),
    Field(
        "date_precision",
        "str",
        True,
        "day, week, month, year, decade, or before (on or before the date); null: no date",
        since=3,
    ),
    Field("date_source", "str", True, "clause or article; null: no date", since=3),
    Field("sentence_start", "int32", False, "where the sentence starts in the article text"),
    Field("confidence", "float64", True, "0-1 from the coder's scorer; null: not scored", since=2),
)

# The record's top-level keys in order: a field's name, or a part's name at its first field.
_KEYS: tuple[str, ...] = tuple(dict.fromkeys(f.part or f.path for f in EVENT_FIELDS))
_PART_FIELDS: dict[str, tuple[Field, ...]] = {
    part: tuple(f for f in EVENT_FIELDS if f.part == part) for part in PARTS
}
_TOP_FIELDS: dict[str, Field] = {f.path: f for f in EVENT_FIELDS if f.part is None}
_EMPTY: Mapping[str, Any] = {"str": "", "int8": 0, "int32": 0, "int64": 0, "float64": 0.0}


def _to_json(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "date":
        return value.isoformat()
    if kind == "str[]":
        return list(value)
    if kind == "json":
        return value.to_dict()
    return value


def _part_dict(part: Any, name: str) -> dict[str, Any]:
    return {f.name: _to_json(getattr(part, f.name), f.type) for f in _PART_FIELDS[name]}


def _record(event: Event) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for key in _KEYS:
        value = getattr(event, key)
        if key in PARTS:
            record[key] = None if value is None else _part_dict(value, key)
        else:
            record[key] = _to_json(value, _TOP_FIELDS[key].type)
    return record


def _part_present(row: Mapping[str, Any], part: str) -> bool:
    # a null part leaves its columns null; the store's target_code is '' for no target
    return row.get(_PART_FIELDS[part][0].column) not in (None, "")


def _from_column(value: Any, kind: str) -> Any:
    """A column's value as the JSON record holds it."""
    if kind == "str[]":
        return list(value or [])
    if kind == "json":
        return json.loads(value) if value else None
    if kind == "date":
        return value.isoformat() if value else None
    return value


def record_from_columns(row: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON record (``Event.to_dict``'s keys) of a flat row with EVENT_FIELDS' columns, such as
    the store's or the lake's; a column the row lacks (an older file) reads as null."""
    record: dict[str, Any] = {}
    for key in _KEYS:
        if key in PARTS:
            record[key] = (
                {f.name: _from_column(row.get(f.column), f.type) for f in _PART_FIELDS[key]}
                if _part_present(row, key) or not PARTS[key][1]
                else None
            )
        else:
            field_ = _TOP_FIELDS[key]
            record[key] = _from_column(row.get(field_.column), field_.type)
    return record


def _from_row(row: Mapping[str, Any], field_: Field) -> Any:
    value = row.get(field_.column)
    if field_.type == "str[]":
        return tuple(value or ())
    if field_.type == "json":
        return Rule.from_dict(json.loads(value) if value else {})
    if value is None and not field_.nullable:
        return _EMPTY.get(field_.type)
    return value


def event_from_columns(row: Mapping[str, Any]) -> Event:
    """The Event of a flat row with EVENT_FIELDS' columns (the lake's); empty text and offsets
    where a column the record needs is null."""
    values: dict[str, Any] = {}
    for key in _KEYS:
        if key in PARTS:
            cls, optional = PARTS[key]
            present = _part_present(row, key) or not optional
            values[key] = (
                cls(**{f.name: _from_row(row, f) for f in _PART_FIELDS[key]}) if present else None
            )
        else:
            values[key] = _from_row(row, _TOP_FIELDS[key])
    return Event(**values)
