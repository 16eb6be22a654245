"""Splits annotations/scorer-train2/items.jsonl into the labellers' batches: six batches of the
items in order, each followed by ten items of the previous batch (labelled twice, independently,
for the agreement build.py reports). A batch holds only what a labeller reads (id, date, text):
never what the coder proposed.

    python annotations/scorer-train2/batches.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
BATCHES = 6
DOUBLE = 10


def main() -> None:
    items = [json.loads(line) for line in (HERE / "items.jsonl").read_text().splitlines() if line]
    size = -(-len(items) // BATCHES)
    parts = [items[k * size : (k + 1) * size] for k in range(BATCHES)]
    for k, part in enumerate(parts):
        previous = parts[k - 1]
        # spread over the previous batch, both corpora
        step = max(1, len(previous) // DOUBLE)
        double = previous[::step][:DOUBLE]
        with (HERE / f"batch_u{k + 1}.jsonl").open("w", encoding="utf-8") as f:
            for item in (*part, *double):
                row = {"id": item["id"], "date": item["date"], "text": item["text"]}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
