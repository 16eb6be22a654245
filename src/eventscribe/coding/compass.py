"""A divided country named by its compass word ("the North", "the South"), as the news names North
and South Korea, or South Sudan, once it has named the country: "The North tested ballistic
missiles", "talks between the North and the South".

The words and the countries they stand for are the lexicon's COMPASS_NAMES. "the North" stands for
a listed country when the article has named an actor of that country (the country, its capital,
its leader) before it or in its sentence, and of the listed countries only that one; it is no
actor when it is part of a longer name ("the North Atlantic", "the South China Sea"), a region of
a country ("the North of England"), or written in lower case ("the north of the country").

A compass word coordinated with another before the name they share stands for its own country
without the article's context: "North and South Korea", "North and South Korean officials", "the
leaders of South and North Korea" name both Koreas (the word joined to the shared name must be a
name of the dictionaries: "North Korea", "North Korean").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from eventscribe.coding.actors import ActorIndex, PhraseMatch, resolve_entries
from eventscribe.coding.lexicon import table
from eventscribe.coding.trace import Recorder
from eventscribe.dictionaries.model import ActorEntry

__all__ = ["CompassNames"]

COMPASS_NAMES = table("COMPASS_NAMES")
_DETERMINER = "THE"


@dataclass(frozen=True)
class _Country:
    code: str  # the country's three letters
    name: str  # as the lexicon lists it
    actors: tuple[ActorEntry, ...]  # the dictionaries' entries for its name


class CompassNames:
    """The compass words of the lexicon, each with the countries it may stand for."""

    def __init__(self, index: ActorIndex) -> None:
        self.index = index
        self.countries: dict[str, tuple[_Country, ...]] = {}
        for word in COMPASS_NAMES:
            found = []
            for name in str(COMPASS_NAMES.get(word)).split():
                words = name.upper().split("_")
                match = next(
                    (m for m in index.match(words) if m.start == 0 and m.end == len(words)), None
                )
                hit = resolve_entries(match.actors, None) if match and match.actors else None
                if match is None or hit is None:
                    continue  # dictionaries that do not name the country (a user's own)
                found.append(_Country(hit[0][:3], name, match.actors))
            self.countries[word] = tuple(found)

    def _elliptical(
        self, tokens: Sequence[str], matches: Sequence[PhraseMatch], recorder: Recorder
    ) -> list[PhraseMatch]:
        """The first of two coordinated compass words before the name they share: "North" in
        "North and South Korea(n)" is what "North Korea(n)" names in the dictionaries."""
        starts = {m.start: m for m in matches if m.actors}
        found: list[PhraseMatch] = []
        for i in range(len(tokens) - 3):
            word = tokens[i].upper()
            if word not in self.countries or tokens[i] != tokens[i].capitalize():
                continue
            if tokens[i + 1].lower() not in ("and", "or"):
                continue
            other = starts.get(i + 2)
            if other is None or other.end != i + 4 or tokens[i + 2].upper() not in self.countries:
                continue
            name = [word, tokens[i + 3].upper()]
            match = next(
                (m for m in self.index.match(name) if m.start == 0 and m.end == 2 and m.actors),
                None,
            )
            if match is None:
                continue
            recorder.add(f"  compass word '{tokens[i]}' before '{tokens[i + 3]}': {' '.join(name)}")
            found.append(PhraseMatch(i, i + 1, match.actors))
        return found

    def may_mention(self, tokens: Sequence[str]) -> bool:
        """Whether a sentence may name a country by its compass word (the pre-filter's question:
        a sentence worth parsing for it)."""
        return any(self._at(tokens, i) is not None for i in range(1, len(tokens)))

    def _at(self, tokens: Sequence[str], i: int) -> str | None:
        """The compass word at token ``i`` as a name: capitalised, after "the", and no part of a
        longer name or a region's phrase ("the North of England")."""
        word = tokens[i].upper()
        if word not in self.countries or tokens[i] != tokens[i].capitalize():
            return None
        if i == 0 or tokens[i - 1].upper() != _DETERMINER:
            return None
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if following[:1].isupper() or following.lower() == "of" or following == "-":
            return None
        return word

    def resolve(
        self,
        tokens: Sequence[str],
        matches: Sequence[PhraseMatch],
        named: Collection[str],
        recorder: Recorder,
    ) -> list[PhraseMatch]:
        """``matches`` with a match of the country's own entries for each compass word that
        stands for one country the article has named (``named``: the countries of its actors so
        far, this sentence's included)."""
        found: list[PhraseMatch] = self._elliptical(tokens, matches, recorder)
        covered = {i for m in (*matches, *found) for i in range(m.start, m.end)}
        for i in range(1, len(tokens)):
            word = self._at(tokens, i) if i not in covered else None
            if word is None:
                continue
            meant = [c for c in self.countries[word] if c.code in named]
            if len(meant) != 1:
                recorder.add(
                    f"  compass word '{tokens[i]}': no country "
                    + ("the article has named" if not meant else "alone (several named)")
                )
                continue
            country = meant[0]
            origin = COMPASS_NAMES.lines.get(word, "")
            recorder.add(f"  compass word '{tokens[i]}': {country.code} ({origin})")
            found.append(PhraseMatch(i, i + 1, country.actors))
        if not found:
            return list(matches)
        return sorted((*matches, *found), key=lambda m: m.start)
