"""Splits annotations/scorer-train2/items.jsonl into the labellers' batches: six batches of the
items in order, each followed by ten items of the previous batch (labelled twice, independently,
for the agreement build.py reports). A batch holds only what a labeller reads (id, date, text):
never what the coder proposed.

    python annotations/scorer-train2/batches.py
    python annotations/scorer-train2/batches.py --dir annotations/scorer-train3 --name v --batches 5
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).parent
BATCHES = 6
DOUBLE = 10


def arguments() -> argparse.Namespace:
    """The options batches.py and build.py share: the set's folder, its batches' name and number."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=HERE, help="the set's folder (items.jsonl)")
    parser.add_argument("--name", default="u", help="batch and label files: batch_NAME1.jsonl ...")
    parser.add_argument("--batches", type=int, default=BATCHES)
    return parser.parse_args()


def main() -> None:
    args = arguments()
    items = [
        json.loads(line) for line in (args.dir / "items.jsonl").read_text().splitlines() if line
    ]
    size = -(-len(items) // args.batches)
    parts = [items[k * size : (k + 1) * size] for k in range(args.batches)]
    for k, part in enumerate(parts):
        previous = parts[k - 1]
        # spread over the previous batch, both corpora
        step = max(1, len(previous) // DOUBLE)
        double = previous[::step][:DOUBLE]
        with (args.dir / f"batch_{args.name}{k + 1}.jsonl").open("w", encoding="utf-8") as f:
            for item in (*part, *double):
                row = {"id": item["id"], "date": item["date"], "text": item["text"]}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
