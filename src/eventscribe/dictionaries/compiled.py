"""The dictionaries compiled once and kept in the user cache directory (``eventscribe.cache``), so
that a command starts in about a second instead of parsing 4 MB of dictionaries every time.

A compiled file is the pickled result of parsing (and merging, and building the phrase table),
named by a key: the SHA-256 of the content of every input file (shipped, ``data/actors/*.yaml``
and ``--dictionary`` files, with their paths as given), the package version, the Python version,
the source of the dictionary parsers and ``FORMAT``. Change any of them and the key changes, so the
file is rebuilt on the next load; nothing is ever read by modification time. A file that cannot be
read, is truncated or corrupt, or holds another key's data is ignored and rebuilt.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import datetime as dt
import functools
import gc
import hashlib
import io
import logging
import pickle
import struct
import sys
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

from eventscribe import __version__
from eventscribe.cache import cache_dir, read_cache_file, write_cache_file
from eventscribe.dictionaries import model
from eventscribe.dictionaries.parsers import unreadable

__all__ = ["FORMAT", "cache_path", "compiled", "input_key"]

logger = logging.getLogger(__name__)

# Bump when the compiled layout changes in a way the parsers' source does not show.
FORMAT = 1
_MAGIC = b"ESDICT01"
_HEADER = struct.Struct("<8sI")  # magic, CRC-32 of the pickle
_KEEP_PER_KIND = 4  # compiled files of one kind kept (several --dictionary sets in use)

T = TypeVar("T")


@functools.cache
def _code_digest() -> bytes:
    """The dictionary package's own source: a parser change must not read an old compilation."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.digest()


def input_key(kind: str, files: Sequence[Path], settings: Sequence[str] = ()) -> str:
    """The key of a compilation of ``files`` (in this order) with ``settings``: hex SHA-256.

    Raises DictionaryError for a file that cannot be read, as parsing it would."""
    digest = hashlib.sha256()
    for part in (
        f"eventscribe {__version__}",
        f"format {FORMAT}",
        f"python {sys.version_info[0]}.{sys.version_info[1]}",
        kind,
        *settings,
    ):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(_code_digest())
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise unreadable(path, e) from e
        digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def cache_path(kind: str, key: str) -> Path | None:
    """Where the compilation of ``kind`` with ``key`` is kept; None when caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"dictionaries-{kind}-{key[:40]}.pickle"


def compiled(kind: str, key: str, build: Callable[[], T], expected: type) -> T:
    """The compilation ``kind``/``key`` from the cache, or ``build()`` stored there for next time.

    ``expected`` is the type of what ``build`` returns: anything else read back is ignored."""
    path = cache_path(kind, key)
    if path is not None:
        found = _read(path, kind, key, expected)
        if found is not None:
            return cast(T, found)  # its type was checked: ``expected``
    value = build()
    if path is not None:
        _write(path, kind, key, value)
    return value


def _read(path: Path, kind: str, key: str, expected: type) -> object | None:
    raw = read_cache_file(path)
    if raw is None or len(raw) < _HEADER.size:
        return None
    magic, crc = _HEADER.unpack_from(raw)
    body = memoryview(raw)[_HEADER.size :]
    if magic != _MAGIC or zlib.crc32(body) != crc:
        logger.debug("%s: not a compiled dictionary file, or damaged; rebuilding", path)
        return None
    # unpickling makes a few hundred thousand objects: the cyclic GC would walk them all, several
    # times, for nothing (none is garbage), which costs more than the unpickling itself
    enabled = gc.isenabled()
    gc.disable()
    try:
        stored = pickle.loads(body)
    except Exception:  # a damaged file can fail in many ways; it is only ever rebuilt
        logger.debug("%s: cannot be unpickled; rebuilding", path, exc_info=True)
        return None
    finally:
        if enabled:
            gc.enable()
    if (
        not isinstance(stored, tuple)
        or len(stored) != 3
        or stored[:2] != (kind, key)
        or not isinstance(stored[2], expected)
    ):
        return None
    _touch(path)
    return stored[2]


def _by_fields(record: Any) -> tuple[type, tuple[object, ...]]:
    """A record pickled as a call of its class with its fields: rebuilt a fifth faster than
    pickle's default for instances (a new object, then its __dict__ filled key by key)."""
    return type(record), tuple(getattr(record, f.name) for f in dataclasses.fields(record))


# the dictionary records, tens of thousands of each: every field is an __init__ argument, in order
_DISPATCH: dict[type, Callable[[Any], Any]] = {
    **copyreg.dispatch_table,
    **{
        cls: _by_fields
        for cls in (
            model.ActorEntry,
            model.ActorSlot,
            model.AgentEntry,
            model.AnyPhrase,
            model.NounPhrase,
            model.PrepPhrase,
            model.Role,
            model.SynsetRef,
            model.Transformation,
            model.VerbEntry,
            model.VerbPattern,
            model.Word,
        )
    },
}


def _write(path: Path, kind: str, key: str, value: object) -> None:
    try:
        # compacted on a private copy: the caller's objects are left as they are
        copy = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = _DISPATCH
        pickler.dump((kind, key, _Compactor().compact(copy)))
        body = buffer.getvalue()
    except (pickle.PicklingError, TypeError, AttributeError) as e:  # pragma: no cover - a bug
        logger.warning("compiled dictionaries not cached: %s", e)
        return
    if write_cache_file(path, _HEADER.pack(_MAGIC, zlib.crc32(body)) + body):
        _prune(path.parent, kind)


def _touch(path: Path) -> None:
    """Marks a file as used, so that pruning keeps the files in use."""
    with contextlib.suppress(OSError):
        path.touch()


def _prune(folder: Path, kind: str) -> None:
    """Keeps the ``_KEEP_PER_KIND`` most recently used compilations of ``kind``."""
    try:
        files = sorted(
            folder.glob(f"dictionaries-{kind}-*.pickle"),
            key=lambda p: p.stat().st_mtime_ns,
            reverse=True,
        )
        for old in files[_KEEP_PER_KIND:]:
            old.unlink()
    except OSError:
        pass


class _Compactor:
    """Makes equal immutable values one object: words, codes, dates, phrases and roles repeat
    thousands of times (54,136 role dates are 6,325 distinct), and pickle writes, then rebuilds,
    every distinct object: a third less to unpickle. Only values are merged: records that code
    tells apart by identity (a verb pattern, an actor entry) stay as many as they were."""

    _ATOMS = frozenset({str, dt.date, int, float, bool, type(None)})
    _MERGED_RECORDS = frozenset({model.Role})

    def __init__(self) -> None:
        # keyed by type as well as value: 1, 1.0 and True are equal, and must stay apart
        self.canonical: dict[tuple[type, object], object] = {}
        self.values: set[int] = set()  # ids of the canonical objects
        self.done: set[int] = set()  # ids of the containers and records already walked
        self.walked: list[object] = []  # ... kept alive, so that no id is reused meanwhile

    def _one(self, kind: type, ident: object, value: object) -> Any:
        found = self.canonical.setdefault((kind, ident), value)
        self.values.add(id(found))
        return found

    def compact(self, value: Any) -> Any:
        kind = type(value)
        if kind in self._ATOMS:
            return self._one(kind, value, value)
        if kind is tuple:
            members = tuple(self.compact(v) for v in value)
            if all(id(m) in self.values for m in members):
                return self._one(tuple, tuple(id(m) for m in members), members)
            return members
        if id(value) in self.done:
            return value
        self.done.add(id(value))
        self.walked.append(value)
        if kind is list:
            value[:] = [self.compact(v) for v in value]
        elif kind is dict:
            items = [(self.compact(k), self.compact(v)) for k, v in value.items()]
            value.clear()
            value.update(items)
        elif dataclasses.is_dataclass(value):
            fields = [f.name for f in dataclasses.fields(value)]
            for name in fields:
                # the copy is private and the new value equal to the old: frozen or not
                object.__setattr__(value, name, self.compact(getattr(value, name)))
            if kind in self._MERGED_RECORDS and all(
                id(getattr(value, name)) in self.values for name in fields
            ):
                return self._one(kind, tuple(id(getattr(value, name)) for name in fields), value)
        return value
