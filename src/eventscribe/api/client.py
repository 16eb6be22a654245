"""Talking to a running `eventscribe serve`: ingest through it, and find the server holding a store.

While `serve` runs it holds its DuckDB file open for writing, so no other process can open that
file. It leaves a note next to the file (``STORE.server.json``: URL and PID) so that a refused
`eventscribe ingest` can name the server and say how to ingest through it (docs/api.md).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from eventscribe.api import TOKEN_ENV
from eventscribe.errors import InputError, StoreError
from eventscribe.records import Article
from eventscribe.store.db import IngestStats

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
_SUMMARY_FIELDS = ("articles", "new", "replaced", "unchanged", "mentions", "rejects")


@dataclass(frozen=True)
class ServerNote:
    """What `serve` writes next to its store while it runs."""

    url: str
    pid: int
    started: str


def note_path(db: str | os.PathLike[str]) -> Path:
    """Where the server note of the store ``db`` lives: ``DB.server.json``."""
    path = Path(db)
    return path.with_name(path.name + ".server.json")


def write_note(db: str | os.PathLike[str], url: str) -> Path:
    """Record that this process serves ``db`` at ``url``."""
    path = note_path(db)
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    path.write_text(
        json.dumps({"url": url, "pid": os.getpid(), "started": started}), encoding="utf-8"
    )
    return path


def remove_note(db: str | os.PathLike[str]) -> None:
    """Remove the note if this process wrote it."""
    note = read_note(db, check_alive=False)
    if note is not None and note.pid == os.getpid():
        note_path(db).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def read_note(db: str | os.PathLike[str], *, check_alive: bool = True) -> ServerNote | None:
    """The note of the server holding ``db``; None without one, or when its process is gone."""
    try:
        data = json.loads(note_path(db).read_text(encoding="utf-8"))
        note = ServerNote(url=str(data["url"]), pid=int(data["pid"]), started=str(data["started"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if check_alive and not _alive(note.pid):
        return None
    return note


def server_hint(db: str | os.PathLike[str]) -> str | None:
    """A sentence naming the server that holds ``db`` and how to ingest through it, or None."""
    note = read_note(db)
    if note is None:
        return None
    return (
        f"`eventscribe serve` (PID {note.pid}, started {note.started}) holds {db} at {note.url}: "
        f"ingest through it with `eventscribe ingest --server {note.url} PATH...` "
        f"(--token or ${TOKEN_ENV} if it asks for one)"
    )


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
    batch: list[dict[str, Any]] = []
    size = 2
    for article in articles:
        item = _article_json(article)
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
) -> IngestStats:
    """Send ``articles`` to the server's POST /v1/ingest in batches of at most ``batch_bytes`` of
    JSON; returns the summed summary (``seconds``: the whole time, coding included).

    ``token`` defaults to $EVENTSCRIBE_TOKEN. Raises InputError when the server refuses the input
    (400, 413, 422) and StoreError when it cannot be reached or fails.
    """
    token = token or os.environ.get(TOKEN_ENV) or None
    headers = {"authorization": f"Bearer {token}"} if token else {}
    endpoint = url.rstrip("/") + "/v1/ingest"
    totals = dict.fromkeys(_SUMMARY_FIELDS, 0)
    started = dt.datetime.now()

    def snapshot() -> IngestStats:
        seconds = (dt.datetime.now() - started).total_seconds()
        return IngestStats(**totals, seconds=seconds)

    with httpx.Client(headers=headers, timeout=timeout, transport=transport) as client:
        for batch in _batches(articles, batch_bytes):
            try:
                response = client.post(endpoint, json=batch)
            except httpx.HTTPError as error:
                raise StoreError(
                    f"cannot reach the server at {url} ({error}); is `eventscribe serve` running?",
                    code="E507",
                ) from error
            if response.status_code != 200:
                _raise_for(response, url)
            summary = response.json()["summary"]
            for key in _SUMMARY_FIELDS:
                totals[key] += int(summary.get(key, 0))
            if progress is not None:
                progress(snapshot())
    return snapshot()
