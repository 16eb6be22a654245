"""The word-table format shared by the lexicons (``coding/data/lexicon.txt``, ``places.txt``) and
the gazetteer's word lists (``geo/data/gazetteer.txt``): named tables with file:line provenance.

It sits below every stage (no spaCy at import) so that the gazetteer, which the store, the exports
and the API use, can read its word lists without loading the coder.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventscribe.dictionaries.model import normalise_word
from eventscribe.errors import DictionaryError

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Table", "parse_lexicon"]

LEXICON_FILE = "lexicon.txt"


@dataclass(frozen=True)
class Table:
    """One named table: its entries (key -> value, "" for a plain word list) and their lines."""

    name: str
    doc: str
    entries: Mapping[str, str]
    lines: Mapping[str, str] = field(repr=False)  # key -> "lexicon.txt:LINE"
    source: str = LEXICON_FILE

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
        # imported here: the lemma needs the spaCy pipeline, which the gazetteer's users never load
        from eventscribe.nlp import token_lemma

        form = normalise_word(tok.text)
        if form in self.entries:
            return form
        lem = token_lemma(tok)
        return lem if lem in self.entries else None

    def origin(self, key: str) -> str:
        return self.lines.get(key, f"{self.source}:[{self.name}]")


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
            tables[name] = Table(name, doc, dict(entries), dict(lines), source)

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
