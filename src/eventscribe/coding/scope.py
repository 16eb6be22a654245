"""What the coder knows of the sentence being coded, kept on its Doc, and the stages' place
lookups, which read the place finder (``coding/locate.py``) with it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventscribe.coding.actors import PhraseMatch, resolve_entries
from eventscribe.coding.context import ArticleContext
from eventscribe.coding.lexicon import table
from eventscribe.coding.locate import PlaceContext, PlaceFinder
from eventscribe.geo.gazetteer import Place
from eventscribe.records import Location

NON_STATE_BLOCKS = table("NON_STATE_BLOCKS")
_SCOPE_KEY = "eventscribe.scope"  # Doc.user_data key of the sentence's SentenceScope


@dataclass(frozen=True)
class SentenceScope:
    """What the coder knows of the sentence being coded, for the stages that need it."""

    # (start, end, country) of every country actor the sentence names: hints for place names
    countries: tuple[tuple[int, int, str], ...] = ()
    # where place names are read: every actor named, and the article's leading countries
    places: PlaceContext = field(default_factory=PlaceContext)


def set_scope(
    doc: Doc,
    matches: Sequence[PhraseMatch],
    named: tuple[tuple[int, int, str], ...],
    ctx: ArticleContext,
    people: Sequence[tuple[int, int]] = (),
) -> None:
    """Keeps the sentence's scope on its Doc: ``named`` are its country actors (start, end,
    country), ``matches`` every actor phrase, ``people`` the spans of people no dictionary
    knows."""
    doc.user_data[_SCOPE_KEY] = SentenceScope(named, _place_context(matches, named, ctx, people))


# the code a person no dictionary knows stands as among a sentence's actors, for place names: no
# country, a person's sector, so that the name is read as a place only by a place's own name
UNKNOWN_PERSON = "---PER"


def _place_context(
    matches: Sequence[PhraseMatch],
    named: tuple[tuple[int, int, str], ...],
    ctx: ArticleContext,
    people: Sequence[tuple[int, int]] = (),
) -> PlaceContext:
    actors = tuple(
        (m.start, m.end, hit[0])
        for m in matches
        if m.actors and (hit := resolve_entries(m.actors, ctx.date)) is not None
    ) + tuple((start, end, UNKNOWN_PERSON) for start, end in people)
    ranked = [c for c, _ in ctx.countries.most_common(3) if c not in NON_STATE_BLOCKS]
    return PlaceContext(actors, named, tuple(ranked))


def _place_context_of(tok: Token) -> PlaceContext:
    scope = tok.doc.user_data.get(_SCOPE_KEY)
    return scope.places if isinstance(scope, SentenceScope) else PlaceContext()


class ScopedPlaces:
    """The place finder, read with the scope of the sentence a token is in."""

    def __init__(self, finder: PlaceFinder) -> None:
        self.finder = finder

    def place(self, tok: Token) -> tuple[Place, str] | None:
        """The gazetteer's place for a proper noun, with the words that named it
        (``coding/locate.py``)."""
        hit = self.finder.place(tok, _place_context_of(tok))
        return (hit.place, hit.text) if hit is not None else None

    def place_in(self, pobj: Token) -> tuple[Place, str] | None:
        """The place a prepositional object names: itself, or the place it is part of ("near the
        town of Samarra")."""
        hit = self.finder.place_in(pobj, _place_context_of(pobj))
        return (hit.place, hit.text) if hit is not None else None

    def location(
        self, verb: Token, sent: Span, code: str = "", speaker: str | None = None
    ) -> Location | None:
        """Where the event's own clause places it (``coding/locate.py``); ``speaker``: the
        source's country."""
        return self.finder.locate(verb, sent, _place_context_of(verb), code=code, speaker=speaker)
