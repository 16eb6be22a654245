"""The coder's word lists and code tables, read from ``coding/data/lexicon.txt`` with file:line.

Linguists read and change these in the data file, not in Python. A table is a set of upper-case
words (or lemmas) or a mapping from a key to a value; ``origin`` cites the line, as dictionary
entries do, so ``explain`` can say which entry decided.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from eventscribe.dictionaries.model import normalise_word
from eventscribe.errors import DictionaryError
from eventscribe.nlp import token_lemma

LEXICON_FILE = "lexicon.txt"


@dataclass(frozen=True)
class Table:
    """One named table: its entries (key -> value, "" for a plain word list) and their lines."""

    name: str
    doc: str
    entries: Mapping[str, str]
    lines: Mapping[str, str] = field(repr=False)  # key -> "lexicon.txt:LINE"

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.entries.get(key, default)

    def words(self) -> frozenset[str]:
        return frozenset(self.entries)

    def matches(self, tok: Token) -> str | None:
        """The entry a parsed token matches, by its form or its lemma; None if neither is listed."""
        form = normalise_word(tok.text)
        if form in self.entries:
            return form
        lem = token_lemma(tok)
        return lem if lem in self.entries else None

    def origin(self, key: str) -> str:
        return self.lines.get(key, f"{LEXICON_FILE}:[{self.name}]")


def parse_lexicon(text: str, *, source: str = LEXICON_FILE) -> dict[str, Table]:
    """Tables from the lexicon format:

    ```
    # a comment
    [TABLE_NAME] what the table is for
    WORD
    KEY  VALUE
    ```
    Keys are upper-cased; a line after ``[NAME]`` holds a key and, optionally, a value after white
    space. An entry before any table, or a table given twice, is an error naming the line."""
    tables: dict[str, Table] = {}
    name: str | None = None
    doc = ""
    entries: dict[str, str] = {}
    lines: dict[str, str] = {}

    def close() -> None:
        if name is not None:
            tables[name] = Table(name, doc, dict(entries), dict(lines))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            close()
            head, _, rest = line[1:].partition("]")
            name, doc = head.strip(), rest.strip()
            if not name or name in tables:
                raise DictionaryError(
                    "table name missing or repeated", origin=f"{source}:{number}", code="E215"
                )
            entries, lines = {}, {}
            continue
        if name is None:
            raise DictionaryError(
                "an entry before any [TABLE] line", origin=f"{source}:{number}", code="E215"
            )
        key, _, value = line.partition(" ")
        key = key.upper()
        entries[key] = value.strip()
        lines[key] = f"{source}:{number}"
    close()
    return tables


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
