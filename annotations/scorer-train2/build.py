"""Merges the six labellers' files of annotations/scorer-train2/ and reports their agreement on
the items labelled twice (each batch ends with ten items of the previous batch; see batches.py).

    python annotations/scorer-train2/build.py
    python annotations/scorer-train2/build.py --dir annotations/scorer-train3 --name v --batches 5

Writes labels.jsonl (one line an item: id, corpus, date, text, events; an item labelled twice
keeps the label of the batch it belongs to) for training/train_scorer.py, and prints the
agreement as annotations/precision/build.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "precision"))  # before this folder: its build.py

from batches import arguments  # noqa: E402
from build import read, write_and_report  # noqa: E402


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
    write_and_report(args.dir / "labels.jsonl", items, first, second)


if __name__ == "__main__":
    main()
