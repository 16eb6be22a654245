"""The frozen records that travel between eventscribe's stages: Article in, Event out.

``Event.to_dict`` gives the JSON event record documented in docs/event-record.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
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
        return {
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
            "name": self.name,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


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
    feature_class: str | None = None  # "country", "admin1", "admin2" or "populated place"
    admin1: str | None = None  # GeoNames first-level division code ("09"), None for a country

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "feature_class": self.feature_class,
            "admin1": self.admin1,
        }


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
    date_precision: str | None = None  # "day", "week", "month" or "year"; None: no date
    date_source: str | None = None  # "clause" (a time in the event's clause) or "article"
    sentence_start: int = 0  # where the sentence starts in the article text
    # how likely the event really happened as coded (0-1), from the coder's scorer; None: not scored
    confidence: float | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "event": self.event,
            "mode": self.mode,
            "context": self.context,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "location": self.location.to_dict() if self.location else None,
            "text": self.text,
            "trigger": {
                "text": self.trigger.text,
                "start": self.trigger.start,
                "end": self.trigger.end,
            },
            "rule": self.rule.to_dict(),
            "date_text": self.date_text,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "sentence_start": self.sentence_start,
            "confidence": self.confidence,
        }


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
