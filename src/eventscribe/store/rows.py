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

from eventscribe.records import EVENT_FIELDS, PARTS, Article, Event, Reject
from eventscribe.store.schema import TABLES, country_of

__all__ = ["ARROW_TYPES", "ArticleBatch", "text_hash"]

_DATE_MISSING_CODE = "E410"


def text_hash(text: str) -> str:
    """The hash that tells a re-ingested article with other text from the same one."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


_STRING = pa.string()
_SECTORS = pa.list_(pa.string())

#: The Arrow type of each records.FIELD_TYPES kind.
ARROW_TYPES: dict[str, pa.DataType] = {
    "str": _STRING,
    "int8": pa.int8(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "date": pa.date32(),
    "str[]": _SECTORS,
    "json": _STRING,
}

# The mentions table's columns (but ingested_at, which the insert adds), in the table's order.
_COLUMN_TYPES: dict[str, pa.DataType] = {
    **{f.column: ARROW_TYPES[f.type] for f in EVENT_FIELDS},
    "event_date": pa.date32(),
    "article_source": _STRING,
}
_MENTION_TYPES: dict[str, pa.DataType] = {
    name: _COLUMN_TYPES[name] for name, _ in TABLES["mentions"] if name != "ingested_at"
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
        parts = {part: _get(part, events) for part in PARTS}
        rule_cache: dict[int, str] = {}
        for event in events:
            if id(event.rule) not in rule_cache:
                rule_cache[id(event.rule)] = json.dumps(event.rule.to_dict(), ensure_ascii=False)
        columns: dict[str, list[Any]] = {}
        for f in EVENT_FIELDS:
            if f.part is None:
                columns[f.column] = _get(f.name, events)
            elif PARTS[f.part][1]:  # a part that may be null: its columns are null then
                get = operator.attrgetter(f.name)
                columns[f.column] = [get(x) if x is not None else None for x in parts[f.part]]
            else:
                columns[f.column] = _get(f.name, parts[f.part])
        # What the store writes otherwise than the record holds it:
        columns["date"] = columns["event_date"] = dates  # the event's date, else its article's
        columns["target_code"] = [t.code if t is not None else "" for t in parts["target"]]
        # only countries: the coder's ActorRef.country is the code's first block (IGO, MED ...)
        columns["source_country"] = [country_of(code) for code in columns["source_code"]]
        columns["target_country"] = [
            country_of(t.code) if t is not None else None for t in parts["target"]
        ]
        columns["rule"] = [rule_cache[id(e.rule)] for e in events]
        columns["article_id"] = article_ids
        columns["article_source"] = article_sources
        table = pa.table(
            {name: pa.array(columns[name], kind) for name, kind in _MENTION_TYPES.items()}
        )
        return table, rejects
