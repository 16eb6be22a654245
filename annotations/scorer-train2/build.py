"""Merges the six labellers' files of annotations/scorer-train2/ and reports their agreement on
the items labelled twice (each batch ends with ten items of the previous batch; see batches.py).

    python annotations/scorer-train2/build.py
    python annotations/scorer-train2/build.py --dir annotations/scorer-train3 --name v --batches 5

Writes labels.jsonl (one line an item: id, corpus, date, text, events; an item labelled twice
keeps the label of the batch it belongs to) for training/train_scorer.py, and prints the
agreement as annotations/precision/build.py does.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "precision"))  # before this folder: its build.py

from batches import arguments  # noqa: E402
from build import agreement, read  # noqa: E402


def main() -> None:
    args = arguments()
    items = read(args.dir / "items.jsonl")
    size = -(-len(items) // args.batches)
    owner = {item["id"]: f"{args.name}{k // size + 1}" for k, item in enumerate(items)}
    first: dict[str, dict] = {}
    second: list[dict] = []
    for k in range(1, args.batches + 1):
        name = f"{args.name}{k}"
        path = args.dir / "labels" / f"{name}.jsonl"
        if not path.exists():
            print(f"{path.name}: not labelled yet", file=sys.stderr)
            continue
        for row in read(path):
            (first.__setitem__(row["id"], row) if owner[row["id"]] == name else second.append(row))
    with (args.dir / "labels.jsonl").open("w", encoding="utf-8") as f:
        for item in items:
            if item["id"] not in first:
                continue
            row = {k: item[k] for k in ("id", "corpus", "date", "text")}
            row["events"] = [
                {k: e.get(k, "") for k in ("source", "target", "type", "cameo", "trigger")}
                for e in first[item["id"]]["events"]
            ]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    labelled = [i for i in items if i["id"] in first]
    counts = Counter(i["corpus"] for i in labelled)
    with_events = Counter(i["corpus"] for i in labelled if first[i["id"]]["events"])
    for corpus in sorted(counts):
        print(f"{corpus:6} items {counts[corpus]:4}  with an event {with_events[corpus]:4}")
    double = [r for r in second if r["id"] in first]
    if double:
        for k, v in agreement(first, double).items():
            print(f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}")


if __name__ == "__main__":
    main()
