"""Synthetic articles and events for the store's tests and benchmark (no coder, no spaCy).

``make_event`` builds one Event from codes; ``synthetic_pairs`` yields reproducible random articles.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from eventscribe.records import ActorRef, Article, Event, Location, Rule, Trigger, event_id

__all__ = ["make_article", "make_event", "synthetic_pairs"]

_COUNTRIES = (
    "CHN", "RUS", "USA", "GBR", "FRA", "DEU", "IRN", "ISR", "SYR", "UKR",
    "IND", "PAK", "JPN", "KOR", "PRK", "TUR", "SAU", "EGY", "NGA", "BRA",
)  # fmt: skip
_SECTORS = ("", "GOV", "MIL", "LEG", "BUS", "OPP", "REB", "MED", "GOVMIL")
# (cameo, PLOVER event, quad class, Goldstein)
_CAMEOS = (
    ("010", None, 1, 0.0),
    ("0211", None, 2, 3.0),
    ("036", "CONSULT", 1, 4.0),
    ("040", "CONSULT", 1, 1.0),
    ("042", "CONSULT", 1, 1.9),
    ("043", "CONSULT", 1, 2.8),
    ("051", "SUPPORT", 1, 3.4),
    ("057", "AGREE", 1, 8.0),
    ("061", "COOPERATE", 2, 6.4),
    ("112", "ACCUSE", 3, -2.0),
    ("120", "REJECT", 3, -4.0),
    ("130", "THREATEN", 3, -4.4),
    ("141", "PROTEST", 4, -6.5),
    ("173", "COERCE", 4, -5.0),
    ("190", "ASSAULT", 4, -10.0),
    ("193", "ASSAULT", 4, -10.0),
)
_PLACES = (
    ("Beijing", "CHN", 39.9075, 116.39723, 1816670),
    ("Moscow", "RUS", 55.75222, 37.61556, 524901),
    ("Washington", "USA", 38.89511, -77.03637, 4140963),
    ("Kyiv", "UKR", 50.45466, 30.5238, 703448),
)
_RULE = Rule(verb="MEET_WITH (CAMEO.2.0.txt:5437)", pattern="- * MEET [036]", actors=("a.txt:1",))


def make_article(
    article_id: str,
    *,
    text: str = "Article text.",
    date: dt.date | None = dt.date(2023, 11, 23),
    source: str | None = "example.org",
    url: str | None = None,
) -> Article:
    """An article with the given id (its text decides whether a re-ingest replaces it)."""
    return Article(
        id=article_id,
        text=text,
        date=date,
        title=f"Title of {article_id}",
        url=url or f"https://{source or 'example.org'}/{article_id}",
        source=source,
        origin=f"{article_id}.txt:1",
    )


def _actor(code: str, text: str, start: int) -> ActorRef:
    return ActorRef(
        code=code,
        country=code[:3] or None,
        sectors=tuple(code[i : i + 3] for i in range(3, len(code), 3)),
        name=None,
        text=text,
        start=start,
        end=start + len(text),
    )


def make_event(
    article_id: str,
    source: str,
    target: str | None,
    cameo: str,
    *,
    date: dt.date | None = dt.date(2023, 11, 23),
    sentence_index: int = 0,
    text: str | None = None,
    event: str | None = "CONSULT",
    quad_class: int | None = 1,
    goldstein: float | None = 1.0,
    location: Location | None = None,
    trigger: str = "met",
) -> Event:
    """One Event with believable spans (the trigger's where ``trigger`` is in the sentence, else at
    10); ids follow records.event_id, so they are stable."""
    sentence = text or f"{source} officials met {target or 'reporters'} in the capital on Thursday."
    found = sentence.find(trigger)
    trigger_start = found if found >= 0 else 10
    source_ref = _actor(source, source, 0)
    target_ref = None if target is None else _actor(target, target, len(source) + 15)
    return Event(
        id=event_id(article_id, sentence_index, trigger_start, source, target, cameo),
        article_id=article_id,
        sentence_index=sentence_index,
        date=date,
        source=source_ref,
        target=target_ref,
        cameo=cameo,
        event=event,
        mode=None,
        context=None,
        quad_class=quad_class,
        goldstein=goldstein,
        location=location,
        text=sentence,
        trigger=Trigger(text=trigger, start=trigger_start, end=trigger_start + len(trigger)),
        rule=_RULE,
    )


def synthetic_pairs(
    num_events: int,
    *,
    seed: int = 0,
    events_per_article: int = 5,
    start: dt.date = dt.date(2010, 1, 1),
    days: int = 3650,
    num_sources: int = 50,
    prefix: str = "s",
) -> Iterator[tuple[Article, list[Event]]]:
    """Reproducible random articles with ``events_per_article`` events each, ``num_events`` in all.

    Articles come roughly in date order (as news is ingested); codes are drawn from 20 countries x
    9 sectors, 16 CAMEO codes; one event in four has a location.
    """
    rng = random.Random(seed)
    codes = [country + sector for country in _COUNTRIES for sector in _SECTORS]
    num_articles = max(1, -(-num_events // events_per_article))
    made = 0
    for index in range(num_articles):
        article_id = f"{prefix}{seed}-{index:09d}"
        offset = min(days - 1, index * days // num_articles + rng.randrange(3))
        date = start + dt.timedelta(days=offset)
        source = f"source{rng.randrange(num_sources)}.example"
        article = make_article(
            article_id, text=f"Synthetic article {article_id}.", date=date, source=source
        )
        events: list[Event] = []
        for sentence_index in range(min(events_per_article, num_events - made)):
            source_code = rng.choice(codes)
            target_code = rng.choice(codes) if rng.random() < 0.9 else None
            cameo, plover, quad, goldstein = rng.choice(_CAMEOS)
            place = rng.choice(_PLACES) if rng.random() < 0.25 else None
            location = None if place is None else Location(*place, text=place[0])
            events.append(
                make_event(
                    article_id,
                    source_code,
                    target_code,
                    cameo,
                    date=date,
                    sentence_index=sentence_index,
                    text=f"Sentence {sentence_index} of {article_id}: {source_code} and "
                    f"{target_code or 'nobody'} ({cameo}).",
                    event=plover,
                    quad_class=quad,
                    goldstein=goldstein,
                    location=location,
                )
            )
        made += len(events)
        yield article, events
