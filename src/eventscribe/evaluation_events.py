"""Scoring the coder on hand-labelled sentences (``--format events-jsonl``): precision, recall and
the share of sentences with no event that get one, per corpus, with a calibration table.

The gold file is JSON Lines, one item a line: ``id``, ``date``, ``text``, ``events`` (each with
``type`` (PLOVER), ``source`` and ``target`` as ISO-3 country codes, ``IGO``, ``---`` (no country
one can tell) or ``""`` (no target)), optionally ``corpus`` and ``split`` (see
docs/annotation-guide.md and annotations/precision/). A coded event is right when an unmatched
gold event of the same item has its PLOVER type, its source country (``---`` in the gold accepts
any) and its target country (``""`` accepts no target or one of the source's own country; ``---``
accepts any).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventscribe.errors import InputError
from eventscribe.records import ActorRef, Article, Event, Rule, Trigger

NON_COUNTRY = frozenset({"NGO", "MNC", "IMG", "INT", "---"})
CALIBRATION_BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


@dataclass(frozen=True)
class GoldEvent:
    type: str
    source: str
    target: str


@dataclass(frozen=True)
class GoldItem:
    id: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]
    corpus: str = ""
    split: str = ""
    line: int = 0


def read_items(path: Path, *, split: str | None = None) -> list[GoldItem]:
    """The gold items of ``path`` (only ``split``'s, when given); a bad line is an error naming
    the file and line."""
    items: list[GoldItem] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            events = tuple(
                GoldEvent(str(e["type"]), str(e.get("source") or "---"), str(e.get("target") or ""))
                for e in obj.get("events", [])
            )
            date = dt.date.fromisoformat(obj["date"]) if obj.get("date") else None
            item = GoldItem(
                id=str(obj["id"]),
                text=str(obj["text"]),
                date=date,
                events=events,
                corpus=str(obj.get("corpus", "")),
                split=str(obj.get("split", "")),
                line=number,
            )
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(
                f"not a gold item ({e}): each line needs id, text, date and events",
                origin=f"{path}:{number}",
                code="E162",
            ) from e
        if split is None or item.split == split:
            items.append(item)
    return items


def country(ref: ActorRef | None) -> str | None:
    """The country an actor stands for in the gold's terms: ISO-3, IGO, or None. A company or an
    NGO of a country (MNCUSA, NGOARN) is that country's, as the annotation guide codes them."""
    from eventscribe.actor_codes import is_country

    if ref is None:
        return None
    code = ref.code or "---"
    block = code[:3]
    if block in ("MNC", "NGO") and is_country(code[3:6]):
        return code[3:6]
    return None if block in NON_COUNTRY else block


def _source_ok(gold: str, coded: str | None, *, strict: bool = False) -> bool:
    """A gold source of "---" (no country the reader could tell) matches any coded source; with
    ``strict``, only one of no country (``precision[strict]``: "the Benghazi attack" by
    unnamed attackers coded LBYUAF is then wrong, ---UAF right)."""
    if gold == "---":
        return not strict or coded is None or coded == "---"
    return gold == coded


def _target_ok(gold: GoldEvent, coded: str | None, has_target: bool) -> bool:
    if gold.target == "---":
        return True
    if gold.target == "":
        return not has_target or coded == gold.source
    return gold.target == coded


def match(
    gold: Sequence[GoldEvent], coded: Sequence[Event], *, full: bool = True, strict: bool = False
) -> list[bool]:
    """For each coded event, whether it matches a gold event of the same item not matched before
    (greedy, in order). ``full``: type and actors; otherwise the type alone. ``strict``: a gold
    source of "---" matches only a source of no country (``_source_ok``)."""
    free = list(gold)
    out: list[bool] = []
    for event in coded:
        hit = None
        for g in free:
            if g.type != event.event:
                continue
            if full and not (
                _source_ok(g.source, country(event.source), strict=strict)
                and _target_ok(g, country(event.target), event.target is not None)
            ):
                continue
            hit = g
            break
        if hit is not None:
            free.remove(hit)
        out.append(hit is not None)
    return out


@dataclass(frozen=True)
class Scores:
    coded: int
    right: int
    gold: int
    found: int
    type_right: int
    type_found: int
    items: int
    no_event_items: int
    no_event_items_coded: int

    def metrics(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        p, r = ratio(self.right, self.coded), ratio(self.found, self.gold)
        return {
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "type_precision": ratio(self.type_right, self.coded),
            "type_recall": ratio(self.type_found, self.gold),
            "no_event_with_event": ratio(self.no_event_items_coded, self.no_event_items),
            "events_per_item": ratio(self.coded, self.items),
        }


def score(
    items: Sequence[GoldItem],
    coded: dict[str, list[Event]],
    threshold: float,
    *,
    strict: bool = False,
) -> Scores:
    """Counts at ``threshold`` (events with no confidence always count); ``strict``: see
    ``match``."""
    n = Counter[str]()
    for item in items:
        kept = [
            e
            for e in coded.get(item.id, [])
            if e.event and (e.confidence is None or e.confidence >= threshold)
        ]
        full = match(item.events, kept, strict=strict)
        typed = match(item.events, kept, full=False)
        n["coded"] += len(kept)
        n["right"] += sum(full)
        n["type_right"] += sum(typed)
        n["gold"] += len(item.events)
        n["found"] += sum(full)
        n["type_found"] += sum(typed)
        n["items"] += 1
        if not item.events:
            n["no_event_items"] += 1
            n["no_event_items_coded"] += bool(kept)
    return Scores(**{f: n[f] for f in Scores.__dataclass_fields__})


def calibration(
    items: Sequence[GoldItem], coded: dict[str, list[Event]]
) -> list[tuple[float, float, int, float]]:
    """(low, high, events, share right) for each confidence bin, over every coded event."""
    bins: dict[int, list[bool]] = defaultdict(list)
    for item in items:
        events = [e for e in coded.get(item.id, []) if e.event]
        for event, right in zip(events, match(item.events, events), strict=True):
            c = event.confidence if event.confidence is not None else 1.0
            k = next(i for i in range(len(CALIBRATION_BINS) - 1) if c < CALIBRATION_BINS[i + 1])
            bins[k].append(right)
    return [
        (
            CALIBRATION_BINS[k],
            min(1.0, CALIBRATION_BINS[k + 1]),
            len(bins[k]),
            sum(bins[k]) / len(bins[k]) if bins[k] else 0.0,
        )
        for k in range(len(CALIBRATION_BINS) - 1)
    ]


def read_coded(path: Path) -> dict[str, list[Event]]:
    """Events another run wrote (``eventscribe code`` JSON Lines, any version), by article id, to
    score them without coding again (``eval --events FILE``). A line that is no event record is
    an error naming the file and line."""
    out: dict[str, list[Event]] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            target = data.get("target")
            event = Event(
                id=str(data.get("id", "")),
                article_id=str(data["article_id"]),
                sentence_index=int(data.get("sentence_index", 0)),
                date=None,
                source=_ref(data["source"]),
                target=_ref(target) if target else None,
                cameo=str(data["cameo"]),
                event=data.get("event"),
                mode=None,
                context=None,
                quad_class=data.get("quad_class"),
                goldstein=None,
                location=None,
                text=str(data.get("text", "")),
                trigger=Trigger(str((data.get("trigger") or {}).get("text", "")), 0, 0),
                rule=Rule("", None),
                confidence=data.get("confidence"),
            )
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(
                f"not an event record ({e})", origin=f"{path}:{number}", code="E162"
            ) from e
        out.setdefault(event.article_id, []).append(event)
    return out


def _ref(data: dict[str, Any]) -> ActorRef:
    code = str(data.get("code") or "---")
    return ActorRef(
        code, data.get("country"), (), data.get("name"), str(data.get("text", "")), 0, 0
    )


def articles_of(items: Sequence[GoldItem], path: Path) -> list[Article]:
    return [Article(id=i.id, text=i.text, date=i.date, origin=f"{path}:{i.line}") for i in items]


def report_metrics(
    items: Sequence[GoldItem], coded: dict[str, list[Event]], threshold: float
) -> dict[str, float]:
    """Headline figures overall and per corpus (``precision[intl]`` ...)."""
    metrics = dict(score(items, coded, threshold).metrics())
    # a gold "---" source matched only by a coded source of no country (forty-fourth session):
    # the reading of the held-out guide that does not take "---" as "any"
    strict = score(items, coded, threshold, strict=True).metrics()
    metrics["precision[strict]"] = strict["precision"]
    metrics["recall[strict]"] = strict["recall"]
    for corpus in sorted({i.corpus for i in items if i.corpus}):
        part = [i for i in items if i.corpus == corpus]
        for name, value in score(part, coded, threshold).metrics().items():
            metrics[f"{name}[{corpus}]"] = value
    return metrics


def details(
    items: Sequence[GoldItem], coded: dict[str, list[Event]], threshold: float
) -> list[dict[str, Any]]:
    out = []
    for item in items:
        kept = [
            e
            for e in coded.get(item.id, [])
            if e.event and (e.confidence is None or e.confidence >= threshold)
        ]
        out.append(
            {
                "id": item.id,
                "text": item.text,
                "expected": [f"{g.type} {g.source} -> {g.target or '-'}" for g in item.events],
                "got": [
                    f"{e.event} {e.source.code} -> {e.target.code if e.target else '-'} "
                    f"({e.cameo}, {e.confidence})"
                    for e in kept
                ],
                "right": match(item.events, kept),
            }
        )
    return out
