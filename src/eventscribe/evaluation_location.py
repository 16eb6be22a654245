"""``eventscribe eval --format event-location``: whether the coder places events where annotators
did, on sentences annotated with one event verb and that event's location (Halterman's
event_location data: ``../shared/gold/event-location/labeled_text.train.jsonl``).

Each record is one sentence (an Article dated 2020-01-01: dates are not scored) with a ``VERB``
span and zero or more ``LOCATION`` spans, read through ``token_start``/``token_end`` (the character
offsets of some records are wrong; the tokens' are right). An event is *on the verb* when its
trigger overlaps the verb's characters. Figures:

- ``verbs_coded``: the share of records with an event on the annotated verb;
- ``place_right``: of the records with a location and an event on the verb, the share where an
  event on the verb has a place that matches one annotated location: the spans overlap, or the
  names are the same after folding case, diacritics and spelling (``geo.names.skeleton``), or the
  gazetteer reads the annotated words as the same GeoNames feature (acceptance >= 75%);
- ``place_given``: of the same records, the share where an event on the verb has a place at all
  (acceptance >= 85%);
- ``no_place_right``: of the records without a location and with an event on the verb, the share
  where no event on the verb is placed (a place there is one the annotators did not see).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventscribe.errors import InputError
from eventscribe.records import Article, Event, Location

__all__ = ["LOCATION_DATE", "evaluate_event_location"]

LOCATION_DATE = dt.date(2020, 1, 1)
_BATCH = 64


@dataclass(frozen=True)
class _Record:
    id: str
    origin: str
    text: str
    verb: tuple[int, int]
    locations: tuple[tuple[int, int, str], ...]


def _span(tokens: Sequence[dict[str, Any]], text: str, span: dict[str, Any]) -> tuple[int, int]:
    """A span's characters through its tokens; where a token index is out of range (a few
    records), where its annotated words are in the text."""
    start, end = int(span["token_start"]), int(span["token_end"])
    if 0 <= start <= end < len(tokens):
        return int(tokens[start]["start"]), int(tokens[end]["end"])
    words = str(span.get("text") or "")
    found = text.find(words) if words else -1
    if found < 0:
        raise ValueError(f"span tokens {start}-{end} out of range")
    return found, found + len(words)


def _parse(path: Path) -> list[_Record]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text = str(obj["text"])
                tokens = obj["tokens"]
                verbs = [s for s in obj["spans"] if s["label"] == "VERB"]
                locations = tuple(
                    (*_span(tokens, text, s), "") for s in obj["spans"] if s["label"] == "LOCATION"
                )
                verb = _span(tokens, text, verbs[0])
            except (ValueError, KeyError, IndexError, TypeError) as e:
                raise InputError(
                    f"not an event-location record: {e}", origin=f"{path}:{number}", code="E162"
                ) from e
            locations = tuple((a, b, text[a:b]) for a, b, _ in locations)
            records.append(_Record(f"el{number}", f"{path}:{number}", text, verb, locations))
    return records


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _on_verb(events: Sequence[Event], verb: tuple[int, int]) -> list[Event]:
    return [
        e
        for e in events
        if _overlaps(
            (e.sentence_start + e.trigger.start, e.sentence_start + e.trigger.end),
            verb,
        )
    ]


def _matches(
    event: Event,
    location: Location,
    gold: tuple[int, int, str],
    same_feature: Callable[[str, Location], bool],
) -> bool:
    from eventscribe.geo.names import fold_name, skeleton

    if location.start is not None and location.end is not None:
        span = (event.sentence_start + location.start, event.sentence_start + location.end)
        if _overlaps(span, gold[:2]):
            return True
    gold_key = fold_name(gold[2])
    gold_key = gold_key[4:] if gold_key.startswith("the ") else gold_key
    for words in (location.text, location.name):
        key = fold_name(words)
        if key and (key == gold_key or skeleton(key) == skeleton(gold_key)):
            return True
    return same_feature(gold[2], location)


def _same_feature(words: str, location: Location) -> bool:
    from eventscribe.geo.gazetteer import Gazetteer

    place = Gazetteer.default().lookup(words)
    return place is not None and place.geonameid == location.geonameid


def evaluate_event_location(path: Path, factory: Callable[[], Any], limit: int | None) -> Any:
    """Score the coder built by ``factory()`` on an event-location file (module docstring)."""
    from eventscribe.evaluation import EvalReport, FieldScore, RecordResult

    records = _parse(path)
    if limit is not None:
        records = records[:limit]
    coder = factory()
    articles = [Article(r.id, r.text, LOCATION_DATE, origin=r.origin) for r in records]
    coded: dict[str, list[Event]] = {}
    for article, events in coder.code_articles(articles, batch_size=_BATCH):
        coded[article.id] = list(events)

    n_coded = with_loc = given = right = without_loc = none_right = 0
    details = []
    for record in records:
        events = _on_verb(coded.get(record.id, []), record.verb)
        placed = [(e, e.location) for e in events if e.location is not None]
        got = tuple(dict.fromkeys(f"{loc.text} -> {loc.name} ({loc.country})" for _, loc in placed))
        expected = tuple(g[2] for g in record.locations) or ("(no location)",)
        passed = False
        if events:
            n_coded += 1
            if record.locations:
                with_loc += 1
                given += bool(placed)
                passed = any(
                    _matches(e, loc, gold, _same_feature)
                    for e, loc in placed
                    for gold in record.locations
                )
                right += passed
            else:
                without_loc += 1
                passed = not placed
                none_right += passed
        note = "" if events else "no event on the verb"
        details.append(
            RecordResult(
                id=record.id,
                text=record.text,
                passed=passed,
                expected=expected,
                got=(got or ("(no place)",)) if events else (),
                category=record.text[record.verb[0] : record.verb[1]],
                origin=record.origin,
                note=note,
            )
        )

    def ratio(num: int, den: int) -> float:
        return num / den if den else 0.0

    metrics = {
        "place_right": ratio(right, with_loc),
        "place_given": ratio(given, with_loc),
        "verbs_coded": ratio(n_coded, len(records)),
        "no_place_right": ratio(none_right, without_loc),
    }
    per_field = {
        "place (located verbs)": FieldScore(
            tp=right, fp=given - right, fn=with_loc - right, correct=right, total=with_loc
        ),
        "no place (unlocated verbs)": FieldScore(correct=none_right, total=without_loc),
    }
    return EvalReport(
        format="event-location",
        path=str(path),
        n=len(records),
        skipped=len(records) - n_coded,
        metrics=metrics,
        per_field=per_field,
        details=tuple(details),
        notes=(
            f"records with an event on the annotated verb: {n_coded} of {len(records)} "
            f"({with_loc} with a location, {without_loc} without); records without one are "
            "counted as skipped",
            f"fixed article date {LOCATION_DATE.isoformat()}; dates are not scored",
        ),
    )
