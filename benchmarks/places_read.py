"""Places read by hand: of the events the coder writes with a place, how many are placed right?

The event-location set (``eventscribe eval --format event-location``) counts a place right when
its words overlap the annotated ones, whatever town or country the gazetteer read them as ("in
Gursai" placed at Gürsu, Turkey, counts as right there). Here readers judge the place itself:

    python benchmarks/places_read.py --draw OUT.jsonl --events EVENTS.jsonl [--n 150] [--seed 19]
    python benchmarks/places_read.py --score JUDGED.jsonl
    python benchmarks/places_read.py --compare JUDGED.jsonl --events OTHER.jsonl

``--draw`` takes the events of ``eventscribe code`` (JSON Lines) that carry a place, one per
sentence, and draws ``--n`` of them at random (fixed seed), with what a reader needs: the
sentence, the trigger, the actors and the place (its words, the gazetteer's name, country and
feature class). A reader adds ``verdict``: ``right`` (the act happened there: the town, division
or country the text gives, the gazetteer's reading of it included), ``wrong`` (another place: a
town abroad spelled alike, a place the act was not at), or ``unsure``; and ``note``.

``--score`` prints the shares, by corpus when the rows carry one. ``--compare`` lists the drawn
events whose place another coding of the same articles gives otherwise (the coder before a
change), for reading too.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _key(event: dict[str, Any]) -> str:
    return f"{event['article_id']}:{event['sentence_index']}:{event['trigger']['text']}"


def _place(event: dict[str, Any]) -> dict[str, Any] | None:
    loc = event.get("location")
    if not loc:
        return None
    return {k: loc.get(k) for k in ("text", "name", "country", "feature_class")}


def draw(events: list[dict[str, Any]], n: int, seed: int) -> list[dict[str, Any]]:
    by_sentence: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for event in events:
        if _place(event) is not None:
            by_sentence.setdefault((event["article_id"], event["sentence_index"]), []).append(event)
    rng = random.Random(seed)
    keys = sorted(by_sentence)
    rng.shuffle(keys)
    rows = []
    for key in keys[:n]:
        event = rng.choice(by_sentence[key])
        rows.append(
            {
                "key": _key(event),
                "article": event["article_id"],
                "date": event.get("date"),
                "sentence": event["text"],
                "trigger": event["trigger"]["text"],
                "source": event["source"]["code"],
                "target": (event.get("target") or {}).get("code"),
                "place": _place(event),
            }
        )
    return rows


def score(rows: list[dict[str, Any]]) -> str:
    lines = []
    groups: dict[str, list[dict[str, Any]]] = {"all": rows}
    for row in rows:
        if row.get("corpus"):
            groups.setdefault(str(row["corpus"]), []).append(row)
    for name, group in groups.items():
        verdicts = Counter(str(r.get("verdict", "unjudged")) for r in group)
        judged = verdicts["right"] + verdicts["wrong"]
        share = f"{verdicts['right'] / judged:.1%}" if judged else "-"
        lines.append(f"{name:10} {len(group):4} read: right {share} ({dict(verdicts)})")
    return "\n".join(lines)


def compare(rows: list[dict[str, Any]], other: list[dict[str, Any]]) -> list[dict[str, Any]]:
    theirs = {_key(e): _place(e) for e in other}
    return [
        {**row, "other_place": theirs.get(row["key"])}
        for row in rows
        if theirs.get(row["key"], "absent") != row["place"]
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--draw", type=Path)
    parser.add_argument("--events", type=Path)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--score", type=Path)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    if args.draw and args.events:
        rows = draw(_load(args.events), args.n, args.seed)
        args.draw.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} events drawn -> {args.draw}")
    elif args.score:
        print(score(_load(args.score)))
    elif args.compare and args.events:
        for row in compare(_load(args.compare), _load(args.events)):
            print(json.dumps(row, ensure_ascii=False))
    else:
        parser.error("give --draw OUT --events FILE, --score FILE or --compare FILE --events FILE")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
