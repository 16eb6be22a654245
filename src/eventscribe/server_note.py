"""The note `eventscribe serve` leaves next to the store it holds (``STORE.server.json``: URL and
PID), so that a command refused the store can name the server and say what to do instead.

While `serve` runs it holds its DuckDB file open for writing, so no other process can open that
file (docs/api.md). Neutral ground: the store's commands read the note, the API writes it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "TOKEN_ENV",
    "ServerNote",
    "note_path",
    "read_note",
    "remove_note",
    "server_hint",
    "write_note",
]

TOKEN_ENV = "EVENTSCRIBE_TOKEN"  # the server's token, for serve and for the ingest client


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


def server_hint(db: str | os.PathLike[str], *, reading: bool = False) -> str | None:
    """A sentence naming the server that holds ``db`` and what to do instead, or None: ingest
    through it, or (``reading``, the query commands) query its API or restart it read-only."""
    note = read_note(db)
    if note is None:
        return None
    held = f"`eventscribe serve` (PID {note.pid}, started {note.started}) holds {db} at {note.url}"
    if reading:
        return (
            f"{held}: query it through its API instead ({note.url}/v1/events, /v1/series, "
            f"/v1/export?format=csv, or the dashboard at {note.url}/), or stop it and start it "
            "again with `eventscribe serve --read-only`, which lets read-only commands such as "
            "this one open the store at the same time"
        )
    return (
        f"{held}: ingest through it with `eventscribe ingest --server {note.url} PATH...` "
        f"(--token or ${TOKEN_ENV} if it asks for one)"
    )
