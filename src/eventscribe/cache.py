"""The user cache directory, where eventscribe keeps what it builds once and reuses: the compiled
dictionaries and the gazetteer index. Everything in it can be deleted at any time.

Where (the first that applies): ``$EVENTSCRIBE_CACHE_DIR`` (an empty value switches caching off),
``$XDG_CACHE_HOME/eventscribe``, ``~/.cache/eventscribe``; if that cannot be written, a directory of
the user's own under the system's temporary directory; if none can be had, nothing is cached.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

__all__ = ["CACHE_ENV", "cache_dir", "read_cache_file", "write_cache_file"]

CACHE_ENV = "EVENTSCRIBE_CACHE_DIR"


def cache_dir() -> Path | None:
    """The directory to cache in, created if need be; None when caching is off or impossible."""
    setting = os.environ.get(CACHE_ENV)
    if setting == "":
        return None
    if setting is not None:
        preferred = Path(setting)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        preferred = (Path(xdg) if xdg else Path.home() / ".cache") / "eventscribe"
    return _usable(preferred) or _private_temp_dir()


def _usable(path: Path) -> Path | None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path if os.access(path, os.W_OK | os.X_OK) else None


def _private_temp_dir() -> Path | None:
    """``<tmp>/eventscribe-<uid>``, mode 0700. The cache holds pickles, which run code when read,
    so a directory that someone else owns or can write to is not used."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    path = Path(tempfile.gettempdir()) / f"eventscribe-{uid if uid is not None else 'user'}"
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = path.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return None
    if uid is not None and info.st_uid != uid:
        return None
    return path


def read_cache_file(path: Path) -> bytes | None:
    """The file's bytes, or None if it is absent or unreadable (the caller rebuilds)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_cache_file(path: Path, data: bytes) -> bool:
    """Writes ``data`` atomically (a reader sees the old file or the new one, never half of one).
    A read-only or full disk only means building again next time: returns False, raises nothing."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=path.name + ".", suffix=".tmp", delete=False
        ) as handle:
            tmp = handle.name
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
    return True
