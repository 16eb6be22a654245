"""Turns Article and Event records into the column batches the store inserts (Arrow tables).

Column-wise lists built in one pass keep ingest well above 50,000 events/s without the coder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from eventscribe.records import Article, Event, Reject
from eventscribe.store.schema import country_of

__all__ = ["ArticleBatch", "above_confidence", "text_hash"]

_DATE_MISSING_CODE = "E410"


def text_hash(text: str) -> str:
    """The hash that tells a re-ingested article with other text from the same one."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def above_confidence(events: Sequence[Event], minimum: float | None) -> list[Event]:
    """The events whose confidence is at least ``minimum``; events not scored (None) always pass,
    and ``minimum`` None keeps every event (``ingest --min-confidence``)."""
    if minimum is None:
        return list(events)
    return [e for e in events if e.confidence is None or e.confidence >= minimum]


_STRING = pa.string()
_SECTORS = pa.list_(pa.string())

_MENTION_TYPES: dict[str, pa.DataType] = {
    "id": _STRING,
    "date": pa.date32(),
    "event_date": pa.date32(),
    "source_code": _STRING,
    "target_code": _STRING,
    "cameo": _STRING,
    "article_id": _STRING,
    "sentence_index": pa.int32(),
    "source_country": _STRING,
    "source_sectors": _SECTORS,
    "source_name": _STRING,
    "source_text": _STRING,
    "source_start": pa.int32(),
    "source_end": pa.int32(),
    "target_country": _STRING,
    "target_sectors": _SECTORS,
    "target_name": _STRING,
    "target_text": _STRING,
    "target_start": pa.int32(),
    "target_end": pa.int32(),
    "event": _STRING,
    "mode": _STRING,
    "context": _STRING,
    "quad_class": pa.int8(),
    "goldstein": pa.float64(),
    "location_name": _STRING,
    "location_country": _STRING,
    "location_lat": pa.float64(),
    "location_lon": pa.float64(),
    "location_geonameid": pa.int64(),
    "text": _STRING,
    "trigger_text": _STRING,
    "trigger_start": pa.int32(),
    "trigger_end": pa.int32(),
    "rule": _STRING,
    "date_text": _STRING,
    "sentence_start": pa.int32(),
    "article_source": _STRING,
    "confidence": pa.float64(),
    "date_precision": _STRING,
    "date_source": _STRING,
    "location_text": _STRING,
    "location_start": pa.int32(),
    "location_end": pa.int32(),
    "location_feature_class": _STRING,
    "location_admin1": _STRING,
}

_ARTICLE_TYPES: dict[str, pa.DataType] = {
    "id": _STRING,
    "date": pa.date32(),
    "title": _STRING,
    "url": _STRING,
    "source": _STRING,
    "origin": _STRING,
    "text": _STRING,
    "text_hash": _STRING,
    "num_mentions": pa.int32(),
    "ingested_at": pa.timestamp("us"),
}


def _get(name: str, items: Sequence[Any]) -> list[Any]:
    return list(map(operator.attrgetter(name), items))


class ArticleBatch:
    """Articles and their events on their way into one transaction.

    An article seen twice in one batch keeps its last version. Events without a date (neither their
    own nor the article's) cannot be keyed and become rejects (E410).
    """

    def __init__(self) -> None:
        self.articles: dict[str, tuple[Article, Sequence[Event]]] = {}
        self.text_hashes: dict[str, str] = {}
        self.num_events = 0

    def add(self, article: Article, events: Sequence[Event]) -> None:
        previous = self.articles.pop(article.id, None)
        if previous is not None:
            self.num_events -= len(previous[1])
        self.articles[article.id] = (article, events)
        self.text_hashes[article.id] = text_hash(article.text)
        self.num_events += len(events)

    def __len__(self) -> int:
        return len(self.articles)

    def articles_table(self, ids: Sequence[str], now: dt.datetime) -> pa.Table:
        columns: dict[str, list[object]] = {name: [] for name in _ARTICLE_TYPES}
        for article_id in ids:
            article, events = self.articles[article_id]
            columns["id"].append(article.id)
            columns["date"].append(article.date)
            columns["title"].append(article.title)
            columns["url"].append(article.url)
            columns["source"].append(article.source)
            columns["origin"].append(article.origin)
            columns["text"].append(article.text)
            columns["text_hash"].append(self.text_hashes[article_id])
            # the mentions stored: an event with no date (nor its article) is a reject, not one
            columns["num_mentions"].append(
                sum(1 for e in events if e.date is not None or article.date is not None)
            )
            columns["ingested_at"].append(now)
        return pa.table(
            {name: pa.array(values, _ARTICLE_TYPES[name]) for name, values in columns.items()}
        )

    def hashes(self) -> pa.Table:
        ids = list(self.articles)
        return pa.table(
            {
                "id": pa.array(ids, _STRING),
                "text_hash": pa.array([self.text_hashes[i] for i in ids], _STRING),
            }
        )

    def mentions_table(self, ids: Sequence[str]) -> tuple[pa.Table, list[Reject]]:
        """The mentions of the given articles, and the rejects for events that have no date."""
        rejects: list[Reject] = []
        events: list[Event] = []
        dates: list[dt.date] = []
        article_ids: list[str] = []
        article_sources: list[str | None] = []
        for article_id in ids:
            article, article_events = self.articles[article_id]
            undated = [e for e in article_events if (e.date or article.date) is None]
            if undated:
                # one reject per article, in input order (issue 13), not one per event
                rejects.append(
                    Reject(
                        origin=article.origin or article.id,
                        reason=f"{len(undated)} event(s) have no date and the article has none "
                        "either: give the article a date (--date)",
                        code=_DATE_MISSING_CODE,
                        article_id=article.id,
                    )
                )
            for event in article_events:
                date = event.date or article.date
                if date is None:
                    continue
                events.append(event)
                dates.append(date)
                article_ids.append(article.id)
                article_sources.append(article.source)
        # One comprehension per column: several times faster than appending field by field.
        sources = _get("source", events)
        targets = _get("target", events)
        locations = _get("location", events)
        triggers = _get("trigger", events)
        source_codes = _get("code", sources)
        rule_cache: dict[int, str] = {}
        for event in events:
            if id(event.rule) not in rule_cache:
                rule_cache[id(event.rule)] = json.dumps(event.rule.to_dict(), ensure_ascii=False)
        columns: dict[str, list[Any]] = {
            "id": _get("id", events),
            "date": dates,
            "event_date": dates,
            "source_code": source_codes,
            "target_code": [t.code if t is not None else "" for t in targets],
            "cameo": _get("cameo", events),
            "article_id": article_ids,
            "sentence_index": _get("sentence_index", events),
            # only countries: the coder's ActorRef.country is the code's first block (IGO, MED ...)
            "source_country": [country_of(code) for code in source_codes],
            "source_sectors": _get("sectors", sources),
            "source_name": _get("name", sources),
            "source_text": _get("text", sources),
            "source_start": _get("start", sources),
            "source_end": _get("end", sources),
            "target_country": [country_of(t.code) if t is not None else None for t in targets],
            "target_sectors": [t.sectors if t is not None else None for t in targets],
            "target_name": [t.name if t is not None else None for t in targets],
            "target_text": [t.text if t is not None else None for t in targets],
            "target_start": [t.start if t is not None else None for t in targets],
            "target_end": [t.end if t is not None else None for t in targets],
            "event": _get("event", events),
            "mode": _get("mode", events),
            "context": _get("context", events),
            "quad_class": _get("quad_class", events),
            "goldstein": _get("goldstein", events),
            "location_name": [x.name if x is not None else None for x in locations],
            "location_country": [x.country if x is not None else None for x in locations],
            "location_lat": [x.lat if x is not None else None for x in locations],
            "location_lon": [x.lon if x is not None else None for x in locations],
            "location_geonameid": [x.geonameid if x is not None else None for x in locations],
            "text": _get("text", events),
            "trigger_text": _get("text", triggers),
            "trigger_start": _get("start", triggers),
            "trigger_end": _get("end", triggers),
            "rule": [rule_cache[id(e.rule)] for e in events],
            "date_text": _get("date_text", events),
            "sentence_start": _get("sentence_start", events),
            "article_source": article_sources,
            "confidence": _get("confidence", events),
            "date_precision": _get("date_precision", events),
            "date_source": _get("date_source", events),
            "location_text": [x.text if x is not None else None for x in locations],
            "location_start": [x.start if x is not None else None for x in locations],
            "location_end": [x.end if x is not None else None for x in locations],
            "location_feature_class": [
                x.feature_class if x is not None else None for x in locations
            ],
            "location_admin1": [x.admin1 if x is not None else None for x in locations],
        }
        table = pa.table(
            {name: pa.array(columns[name], kind) for name, kind in _MENTION_TYPES.items()}
        )
        return table, rejects
