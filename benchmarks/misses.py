"""Where the coder's misses are on hand-labelled real news: for each labelled event, whether the
coder wrote it (type and countries right), wrote its type with other actors, wrote only events of
other types in that sentence, or nothing at all. Every candidate the rules keep is counted
(``rules.v1``, no threshold): what no threshold can bring back.

    python benchmarks/misses.py [--split dev] [--extra annotations/proposer-train/labels.jsonl]
        [--out misses.jsonl]

Reads the precision set's dev half (never the test half unless asked) and, with ``--extra``, any
labelled file of the same format.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventscribe import evaluation_events as ev
from eventscribe.coding.coder import Coder
from eventscribe.records import Article

REPO = Path(__file__).resolve().parents[1]
PRECISION = REPO / "annotations" / "precision" / "precision.jsonl"
KINDS = ("found", "type_with_other_actors", "other_types_only", "nothing")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--extra", type=Path, action="append", default=[])
    parser.add_argument("--out", type=Path, help="write each miss with its sentence here")
    args = parser.parse_args()
    items = ev.read_items(PRECISION, split=args.split)
    for path in args.extra:
        items += ev.read_items(path)
    coder = Coder(scorer="rules.v1")
    articles = [Article(id=i.id, text=i.text, date=i.date) for i in items]
    coded = {a.id: events for a, events in coder.code_articles(articles, batch_size=64)}
    kinds: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    for item in items:
        events = [e for e in coded[item.id] if e.event]
        for gold in item.events:
            if any(ev.match([gold], [e])[0] for e in events):
                kind = "found"
            elif any(e.event == gold.type for e in events):
                kind = "type_with_other_actors"
            else:
                kind = "other_types_only" if events else "nothing"
            kinds[kind] += 1
            by_type[gold.type][kind] += 1
            if kind != "found":
                misses.append({"id": item.id, "kind": kind, "gold": gold.__dict__,
                               "coded": [f"{e.event} {e.source.code}->"
                                         f"{e.target.code if e.target else '-'}" for e in events],
                               "text": item.text})  # fmt: skip
    total = sum(kinds.values())
    print(f"labelled events: {total} in {len(items)} sentences")
    for kind in KINDS:
        print(f"  {kind:24} {kinds[kind]:5}  {kinds[kind] / total:6.1%}")
    for kind_type, counts in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {kind_type:10} " + "  ".join(f"{k} {counts[k]}" for k in KINDS))
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            for miss in misses:
                f.write(json.dumps(miss, ensure_ascii=False) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
