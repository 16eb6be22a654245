"""Merges the three labellers' files of annotations/proposer-train/ and reports their agreement
on the 30 items labelled twice (each batch holds ten items of the previous batch; see sample.py).

    python annotations/proposer-train/build.py

Writes labels.jsonl (one line an item: id, corpus, date, text, events; an item labelled twice
keeps the label of the batch it belongs to) for training/train_scorer.py, and prints the
agreement as annotations/precision/build.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "precision"))

from build import read, write_and_report  # noqa: E402


def main() -> None:
    items = read(HERE / "items.jsonl")
    size = len(items) // 3
    owner = {item["id"]: f"p{k // size + 1}" for k, item in enumerate(items)}
    first: dict[str, dict] = {}
    second: list[dict] = []
    for name in ("p1", "p2", "p3"):
        path = HERE / "labels" / f"{name}.jsonl"
        if not path.exists():
            print(f"{path.name}: not labelled yet", file=sys.stderr)
            continue
        for row in read(path):
            (first.__setitem__(row["id"], row) if owner[row["id"]] == name else second.append(row))
    write_and_report(HERE / "labels.jsonl", items, first, second)


if __name__ == "__main__":
    main()
