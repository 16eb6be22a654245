"""What carries from sentence to sentence within one article: the story's date, the last person
and actor named (for "he", "she"), and the countries named (for "the two countries")."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventscribe.actor_codes import is_country
from eventscribe.coding.actors import ORG_WORDS, CodedActor, PhraseMatch, resolve_entries


@dataclass
class ArticleContext:
    """What carries from sentence to sentence within one article."""

    date: dt.date | None
    last_person: CodedActor | None = None
    last_person_at: int = -10  # the sentence that named the last person
    sentence: int = 0  # the sentence being coded
    last_actor: CodedActor | None = None
    countries: Counter[str] = field(default_factory=Counter)
    first_seen: dict[str, int] = field(default_factory=dict)

    def pair(self, venues: frozenset[str] = frozenset()) -> tuple[str, str] | None:
        """The two countries the story is about, when two clearly lead the mentions; none of
        ``venues``, the countries of the places a sentence puts its act in."""
        ranked = sorted(
            ((c, n) for c, n in self.countries.items() if c not in venues),
            key=lambda kv: (-kv[1], self.first_seen[kv[0]]),
        )
        if len(ranked) < 2:
            return None
        if len(ranked) > 2 and ranked[2][1] == ranked[1][1]:
            return None  # a third country as frequent: not safe
        return ranked[0][0], ranked[1][0]

    def count_countries(self, index: int, matches: Sequence[PhraseMatch]) -> None:
        """The countries a sentence names, parsed or not ("the two countries" are the leading
        pair)."""
        for m in matches:
            if not m.actors:
                continue
            # a name held in several countries says nothing about which ones the story is about
            hit = resolve_entries(m.actors, self.date, frozenset())
            if hit is None:
                continue
            code, _entry = hit
            country = code[:3]
            # a country only: no media, international body or region ("MED", "IGO", "MEA";
            # forty-ninth session: CNN counted as the story's second country)
            if is_country(country):
                self.countries[country] += 1
                self.first_seen.setdefault(country, index)

    def scan_people(self, matches: Sequence[PhraseMatch]) -> None:
        """The last person a sentence names (an entry with dated roles and no organisation word in
        its name), for a "he" or "she" in a later sentence that is not parsed with NER."""
        for m in matches:
            hit = resolve_entries(m.actors, self.date) if m.actors else None
            if hit is None:
                continue
            code, entry = hit
            if (
                len(entry.name) >= 2
                and any(not r.is_default for r in entry.roles)
                and not (set(entry.name) & ORG_WORDS)
            ):
                self.last_person_at = self.sentence
                self.last_person = CodedActor(
                    code, m.start, m.end, "_".join(entry.name), (entry.origin,), True, "context"
                )

    def remember(self, actors: Sequence[CodedActor]) -> None:
        """The actors a sentence coded: the last one, and the last person, for a later pronoun."""
        for a in actors:
            if a.via in ("pronoun", "pair"):
                continue
            self.last_actor = a
            if a.is_person:
                self.last_person = a
                self.last_person_at = self.sentence
