"""The API's typed responses for events, generated from the event record's one field table
(records.EVENT_FIELDS), so /openapi.json documents the event record as to_dict writes it."""

from __future__ import annotations

import dataclasses
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from eventscribe.records import EVENT_FIELDS, PARTS, Rule
from eventscribe.records import Field as RecordField

__all__ = [
    "ActorsFound",
    "ArticleOut",
    "CodedArticle",
    "EventOut",
    "EventsPage",
    "Health",
    "Ingested",
    "Network",
    "RejectsAdded",
    "RuleOut",
    "Series",
    "StoredEventOut",
]

# The JSON type of each records.FIELD_TYPES kind ("date" is an ISO date string, "json" a Rule).
_JSON_TYPES: dict[str, Any] = {
    "str": str,
    "int8": int,
    "int32": int,
    "int64": int,
    "float64": float,
    "date": str,
    "str[]": list[str],
}


class RuleOut(BaseModel):
    """What fired: the verb entry, the pattern line and the actor entries, each with file:line."""

    verb: str
    pattern: str | None
    actors: list[str]
    notes: list[str]


# Rule.to_dict's keys are RuleOut's fields (checked here rather than written a third time).
if [f.name for f in dataclasses.fields(Rule)] != list(RuleOut.model_fields):  # pragma: no cover
    raise RuntimeError("RuleOut and records.Rule disagree")


def _annotation(field_: RecordField) -> Any:
    kind = RuleOut if field_.type == "json" else _JSON_TYPES[field_.type]
    # a column a later schema version added is null in the rows of a file migrated from before
    return kind | None if field_.nullable or field_.since > 1 else kind


def _definition(field_: RecordField) -> Any:
    return (_annotation(field_), Field(description=field_.doc))


def _model(name: str, doc: str, fields: dict[str, Any]) -> type[BaseModel]:
    model: type[BaseModel] = create_model(name, __doc__=doc, **fields)
    return model


_PART_MODELS: dict[str, type[BaseModel]] = {
    part: _model(
        f"{cls.__name__}Out",
        cls.__doc__ or part,
        {f.name: _definition(f) for f in EVENT_FIELDS if f.part == part},
    )
    for part, (cls, _) in PARTS.items()
    if part != "target"  # the target is an actor like the source
}
_PART_MODELS["target"] = _PART_MODELS["source"]


def _event_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for f in EVENT_FIELDS:
        if f.part is None:
            fields[f.path] = _definition(f)
        elif f.part not in fields:
            model = _PART_MODELS[f.part]
            fields[f.part] = (model | None, ...) if PARTS[f.part][1] else (model, ...)
    return fields


EventOut: type[BaseModel] = _model(
    "EventOut", "One coded event (docs/event-record.md).", _event_fields()
)


class StoredEventOut(EventOut):  # type: ignore[misc, valid-type]
    """A deduplicated event of the store: the record of its representative mention, with its
    counts; ``id`` is the event's, ``confidence`` the highest of its mentions'."""

    num_mentions: int
    num_articles: int
    num_sources: int
    mention_id: str = Field(description="the representative mention's id")
    last_date: str | None
    first_seen: str | None
    last_seen: str | None


class EventsPage(BaseModel):
    """A page of events, newest first, and the cursor of the next page (null: the last)."""

    events: list[StoredEventOut]
    next: str | None


# -- the other routes' bodies (documented in /openapi.json; tests/test_api_models.py checks that
# each route's real body validates against its model) ---------------------------------------------


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoreInfo(_Body):
    name: str = Field(description="the store file's name")
    read_only: bool
    schema_version: int
    counts: dict[str, int] = Field(description="rows of articles, mentions, events, rejects")


class Health(_Body):
    """Liveness and what the server holds."""

    status: str
    version: str
    store: StoreInfo
    coder: str = Field(description="'loaded' or 'loads on first use'")
    ingest: str = Field(description="who may ingest: 'open', 'token' or 'disabled'")
    token_all: bool
    max_body: int = Field(description="the largest request body accepted, in bytes")


class CodedArticle(_Body):
    """One article coded, nothing stored; event offsets are in the sentence (add sentence_start)."""

    article_id: str
    date: str | None
    text: str
    events: list[EventOut]  # type: ignore[valid-type]


class IngestSummary(_Body):
    """What an ingest did (records.IngestStats)."""

    articles: int
    new: int
    replaced: int
    unchanged: int
    mentions: int
    events: int
    rejects: int
    seconds: float


class Ingested(_Body):
    """The summary of an ingest and the events it stored (their mentions' records)."""

    summary: IngestSummary
    events: list[EventOut]  # type: ignore[valid-type]


class RejectsAdded(_Body):
    added: int = Field(description="rejects stored (one already stored is not stored again)")


class Series(_Body):
    """The dyad's events per period; every period present, empty ones as zeros."""

    dyad: str
    both: bool
    freq: str
    measure: str
    series: list[dict[str, Any]] = Field(
        description="{period, ...}: count, goldstein, goldstein_mean or the four quad counts"
    )


class ActorsFound(_Body):
    """Actors that match the search (kind, code, label, events, names) or, without one, the actors
    in most events (code, events, as_source, as_target, mentions)."""

    actors: list[dict[str, Any]]


class NetworkNode(_Body):
    code: str
    events: int


class NetworkEdge(_Body):
    source: str
    target: str
    events: int
    goldstein: float | None = Field(description="mean Goldstein of the edge's events")


class Network(_Body):
    """The top actors (or countries) and the edges between them."""

    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class ArticleEvent(EventOut):  # type: ignore[misc, valid-type]
    """A mention of the article with its spans as article offsets and its CAMEO name."""

    event_id: str
    spans: dict[str, list[int] | None]
    cameo_name: str | None


class ArticleOut(_Body):
    """One stored article with its text and every event in it."""

    id: str
    date: str | None
    title: str | None
    url: str | None
    source: str | None
    origin: str | None
    text: str
    ingested_at: str | None
    events: list[ArticleEvent]
