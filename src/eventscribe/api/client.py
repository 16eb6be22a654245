"""Talking to a running `eventscribe serve`: ingest through it (``ingest_via_server``).

The note a running server leaves next to its store (``read_note``, ``server_hint`` ...) lives in
``eventscribe.server_note``, where the store's commands read it; it is re-exported here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import httpx

from eventscribe.errors import InputError, StoreError
from eventscribe.records import Article, IngestStats, Reject
from eventscribe.server_note import (
    TOKEN_ENV,
    ServerNote,
    note_path,
    read_note,
    remove_note,
    server_hint,
    write_note,
)

__all__ = [
    "TOKEN_ENV",
    "ServerNote",
    "ingest_via_server",
    "note_path",
    "read_note",
    "remove_note",
    "server_hint",
    "write_note",
]

_BATCH_BYTES = 900_000  # under the server's default 1 MiB body limit
_SUMMARY_FIELDS = ("articles", "new", "replaced", "unchanged", "mentions", "events", "rejects")


def _article_json(article: Article) -> dict[str, Any]:
    body: dict[str, Any] = {"id": article.id, "text": article.text}
    if article.date is not None:
        body["date"] = article.date.isoformat()
    for key in ("title", "url", "source"):
        value = getattr(article, key)
        if value:
            body[key] = value
    return body


def _batches(articles: Iterable[Article], limit: int) -> Iterator[list[dict[str, Any]]]:
    return _json_batches((_article_json(article) for article in articles), limit)


def _json_batches(items: Iterable[dict[str, Any]], limit: int) -> Iterator[list[dict[str, Any]]]:
    """Lists of ``items`` whose JSON stays under ``limit`` bytes (one item alone may be more)."""
    batch: list[dict[str, Any]] = []
    size = 2
    for item in items:
        item_size = len(json.dumps(item).encode("utf-8")) + 1
        if batch and size + item_size > limit:
            yield batch
            batch, size = [], 2
        batch.append(item)
        size += item_size
    if batch:
        yield batch


def _raise_for(response: httpx.Response, url: str) -> None:
    try:
        error = response.json()["error"]
        code, message = str(error["code"]), str(error["message"])
    except (ValueError, KeyError, TypeError):
        code, message = "E507", f"HTTP {response.status_code}: {response.text[:200]}"
    if response.status_code == 401:
        message += f"; pass --token or set ${TOKEN_ENV}"
    if response.status_code in (400, 413, 422):
        raise InputError(f"the server at {url} refused the articles: {message}", code=code)
    raise StoreError(f"the server at {url} could not ingest: {message}", code=code)


def ingest_via_server(
    url: str,
    articles: Iterable[Article],
    token: str | None = None,
    *,
    batch_bytes: int = _BATCH_BYTES,
    timeout: float = 600.0,
    progress: Callable[[IngestStats], None] | None = None,
    transport: httpx.BaseTransport | None = None,
    rejects: Callable[[], Sequence[Reject]] | None = None,
    min_confidence: float | None = None,
) -> IngestStats:
    """Send ``articles`` to the server's POST /v1/ingest in batches of at most ``batch_bytes`` of
    JSON; returns the summed summary (``seconds``: the whole time, coding included).

    ``rejects`` gives, once the articles are sent, what the reader could not use: the server
    stores it (POST /v1/rejects) as a local ingest would, and the summary counts it.
    ``min_confidence``: the server drops events under it before storing them. ``token`` defaults
    to $EVENTSCRIBE_TOKEN. Raises InputError when the server refuses the input (400, 413, 422) and
    StoreError when it cannot be reached or fails.
    """
    token = token or os.environ.get(TOKEN_ENV) or None
    headers = {"authorization": f"Bearer {token}"} if token else {}
    endpoint = url.rstrip("/") + "/v1/ingest"
    if min_confidence is not None:
        endpoint += f"?min_confidence={min_confidence!r}"
    totals = dict.fromkeys(_SUMMARY_FIELDS, 0)
    started = dt.datetime.now()

    def snapshot() -> IngestStats:
        seconds = (dt.datetime.now() - started).total_seconds()
        return IngestStats(**totals, seconds=seconds)

    def post(client: httpx.Client, where: str, body: list[dict[str, Any]]) -> Any:
        try:
            response = client.post(where, json=body)
        except httpx.HTTPError as error:
            raise StoreError(
                f"cannot reach the server at {url} ({error}); is `eventscribe serve` running?",
                code="E507",
            ) from error
        if response.status_code != 200:
            _raise_for(response, url)
        return response.json()

    with httpx.Client(headers=headers, timeout=timeout, transport=transport) as client:
        for batch in _batches(articles, batch_bytes):
            summary = post(client, endpoint, batch)["summary"]
            for key in _SUMMARY_FIELDS:
                totals[key] += int(summary.get(key, 0))
            if progress is not None:
                progress(snapshot())
        items = [_reject_json(r) for r in rejects()] if rejects is not None else []
        for batch in _json_batches(items, batch_bytes):
            totals["rejects"] += int(post(client, url.rstrip("/") + "/v1/rejects", batch)["added"])
    return snapshot()


def _reject_json(reject: Reject) -> dict[str, Any]:
    return {
        "origin": reject.origin,
        "reason": reject.reason,
        "code": reject.code,
        "article_id": reject.article_id,
    }
