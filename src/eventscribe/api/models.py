"""The API's typed responses for events, generated from the event record's one field table
(records.EVENT_FIELDS), so /openapi.json documents the event record as to_dict writes it."""

from __future__ import annotations

import dataclasses
from typing import Any

from pydantic import BaseModel, Field, create_model

from eventscribe.records import EVENT_FIELDS, PARTS, Rule
from eventscribe.records import Field as RecordField

__all__ = ["EventOut", "EventsPage", "RuleOut", "StoredEventOut"]

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
