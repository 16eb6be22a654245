"""The surname index: every person of the actor dictionaries by the last word of their name, with
the offices they hold and when. Built with the phrase table and kept in the compiled cache; the
coder resolves a surname alone from it ("Scholz said", ``coding/surnames.py``).

An office is a dated role that is not an elite one (``ELI``: "before taking office", "former
...") and not ``[---]``. The PETRARCH-format files (Phoenix) leave roles open that ended after
the file was last written (Hamid Karzai is AFGGOV "from 2001-12-22"): an open role of such a file
is read as ending on the latest date the file writes. The YAML files close every role that ended
(``actors check`` W211), so their open roles run on.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventscribe.dictionaries.model import ActorEntry

__all__ = ["Bearer", "Office", "SurnameIndex", "surname_of"]

_YAML_SUFFIXES = (".yaml", ".yml")
_MIN_LETTERS = 3  # "II", "JR", "Xi"'s given name "JINPING" is kept; two-letter words are not


# an office: its code and its first and last days (inclusive; None: open)
Office = tuple[str, dt.date | None, dt.date | None]


@dataclass(frozen=True)
class Bearer:
    """A person who bears a surname: the entry, the surname's words and the person's offices."""

    entry: ActorEntry
    surname: tuple[str, ...]
    offices: tuple[Office, ...]

    def office_on(self, day: dt.date) -> Office | None:
        for office in self.offices:
            _, start, end = office
            if (start is None or day >= start) and (end is None or day <= end):
                return office
        return None

    @property
    def label(self) -> str:
        return " ".join(self.entry.name)


@dataclass(frozen=True)
class SurnameIndex:
    """People by the last word of their surname, in the dictionaries' priority order (those with
    no office too: the article may have named them in full earlier, "Sarah Palin ... Palin");
    the last words of those who hold an office at some time (``holders``); and people with an
    office by the other words of their name ("Kim" of Kim Jong Un, whose family name comes
    first): people a word alone may also mean. Only the entries are kept (the compiled cache
    reads them back at every start); a ``Bearer`` with the offices is made when asked for."""

    by_last: dict[str, tuple[ActorEntry, ...]]
    by_other: dict[str, tuple[ActorEntry, ...]] = field(default_factory=dict)
    horizons: dict[str, dt.date] = field(default_factory=dict)  # PETRARCH files' latest dates
    holders: frozenset[str] = frozenset()

    def bearers(self, last_word: str) -> tuple[Bearer, ...]:
        return tuple(self._bearer(e) for e in self.by_last.get(last_word, ()))

    def others(self, word: str) -> tuple[Bearer, ...]:
        """People with an office whose name holds ``word`` elsewhere than as their surname."""
        return tuple(self._bearer(e) for e in self.by_other.get(word, ()))

    def __contains__(self, last_word: object) -> bool:
        return last_word in self.by_last

    def _bearer(self, entry: ActorEntry) -> Bearer:
        return Bearer(entry, surname_of(entry.name) or (), _offices(entry, self.horizons))

    @classmethod
    def build(cls, actors: Sequence[ActorEntry]) -> SurnameIndex:
        """The index of ``actors`` (priority order). A name that a higher-priority entry already
        holds is the same person overridden (the update over Phoenix): counted once."""
        horizons = _horizons(actors)
        seen: set[tuple[str, ...]] = set()
        by_last: dict[str, list[ActorEntry]] = defaultdict(list)
        by_other: dict[str, list[ActorEntry]] = defaultdict(list)
        holders: set[str] = set()
        for entry in actors:
            if len(entry.name) < 2 or entry.name in seen:
                continue
            seen.update(p for p in entry.phrases if len(p) >= 2)
            surname = surname_of(entry.name) or ()
            if surname:
                by_last[surname[-1]].append(entry)
            if not _offices(entry, horizons):
                continue
            if surname:
                holders.add(surname[-1])
            for word in dict.fromkeys(entry.name[: len(entry.name) - len(surname)]):
                if _is_name_word(word):
                    by_other[word].append(entry)
        return cls(
            {k: tuple(v) for k, v in by_last.items()},
            {k: tuple(v) for k, v in by_other.items() if k in holders},
            horizons,
            frozenset(holders),
        )


def _offices(entry: ActorEntry, horizons: dict[str, dt.date]) -> tuple[Office, ...]:
    horizon = horizons.get(_file_of(entry.origin))
    return tuple(
        (role.code, role.start, role.end if role.end is not None else horizon)
        for role in entry.roles
        if (role.start is not None or role.end is not None) and _is_office(role.code)
    )


def surname_of(name: tuple[str, ...]) -> tuple[str, ...] | None:
    """The surname's words of a person's name (normalised words): the last word of three letters
    or more ("ROBERT F KENNEDY JR" -> KENNEDY), with a hyphenated part ("OKONJO - IWEALA");
    None for a one-word name or one with no such word."""
    words = list(name)
    while words and not _is_name_word(words[-1]):
        words.pop()
    if len(words) < 2:
        return None
    if len(words) >= 4 and words[-2] == "-" and _is_name_word(words[-3]):
        return tuple(words[-3:])
    return (words[-1],)


def _is_name_word(word: str) -> bool:
    letters = word.replace("'", "")
    return len(letters) >= _MIN_LETTERS and letters.isalpha() and not _is_roman(word)


def _is_roman(word: str) -> bool:
    return all(ch in "IVX" for ch in word)


def _is_office(code: str) -> bool:
    blocks = {code[k : k + 3] for k in range(3, len(code), 3)}
    return not code.startswith("---") and "ELI" not in blocks


def _file_of(origin: str) -> str:
    return origin.rsplit(":", 1)[0]


def _horizons(actors: Sequence[ActorEntry]) -> dict[str, dt.date]:
    """The latest date each PETRARCH-format file writes (YAML files have none: their open roles
    are meant to be open)."""
    latest: dict[str, dt.date] = {}
    for entry in actors:
        path = _file_of(entry.origin)
        if path.endswith(_YAML_SUFFIXES):
            continue
        for role in entry.roles:
            for day in (role.start, role.end):
                if day is not None and (path not in latest or day > latest[path]):
                    latest[path] = day
    return latest
