"""The coder's word lists and code tables, read from ``coding/data/lexicon.txt`` with file:line.

Linguists read and change these in the data file, not in Python. A table is a set of upper-case
words (or lemmas) or a mapping from a key to a value; ``origin`` cites the line, as dictionary
entries do, so ``explain`` can say which entry decided. The format is ``eventscribe.tables``.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from eventscribe.errors import DictionaryError
from eventscribe.tables import LEXICON_FILE, Table, parse_lexicon

__all__ = ["LEXICON_FILE", "Table", "load_lexicon", "parse_lexicon", "table"]


@functools.cache
def load_lexicon(path: Path | None = None) -> dict[str, Table]:
    """The shipped lexicon (or ``path``), parsed once per process."""
    if path is not None:
        return parse_lexicon(path.read_text(encoding="utf-8"), source=path.name)
    data = resources.files("eventscribe.coding").joinpath("data", LEXICON_FILE)
    return parse_lexicon(data.read_text(encoding="utf-8"))


def table(name: str) -> Table:
    """A table of the shipped lexicon by name."""
    try:
        return load_lexicon()[name]
    except KeyError as e:  # pragma: no cover - a programming error, caught by the tests
        raise DictionaryError(f"no table [{name}]", origin=LEXICON_FILE, code="E215") from e
