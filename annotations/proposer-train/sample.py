"""Draws the proposer's training sentences at random from the two corpora, from articles in
neither the precision set nor the scorer's training set; half are an article's lead (its first
sentence), half a sentence drawn uniformly, so both wire leads and body sentences are present.
Unlike annotations/scorer-train/, the draw does not look at what the coder does: these sentences
teach a learned component which events the rules miss. They are labelled by reading, as the
precision set (docs/annotation-guide.md). Fixed seed; run from the repository root:

    python annotations/proposer-train/sample.py \
        -o annotations/proposer-train/items.jsonl

The three labelling batches (batch_p1..3.jsonl) each hold 150 items and 10 items of another batch,
so 30 items are labelled twice, independently.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "annotations/precision"))

from sample import CORPORA, sentences, usable  # noqa: E402


def taken_articles() -> set[str]:
    taken: set[str] = set()
    for path in ("annotations/precision/items.jsonl", "annotations/scorer-train/items.jsonl"):
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            taken.add(json.loads(line)["article_id"])
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-corpus", type=int, default=225)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    skip = taken_articles()
    per_corpus: dict[str, list[dict]] = {}
    for corpus, path in CORPORA.items():
        lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
        articles = [json.loads(line) for line in lines]
        articles = [a for a in articles if a.get("date") and a.get("text") and a["id"] not in skip]
        rng.shuffle(articles)
        chosen: list[dict] = []
        for article in articles:
            if len(chosen) == args.per_corpus:
                break
            sents = sentences(article["text"])
            if not sents:
                continue
            index = 0 if rng.random() < 0.5 else rng.randrange(len(sents))
            if not usable(sents[index]):
                continue
            chosen.append(
                {"id": f"p{corpus}-{len(chosen) + 1:04d}", "corpus": corpus,
                 "article_id": article["id"], "date": article["date"], "sentence_index": index,
                 "text": sents[index]}
            )  # fmt: skip
        per_corpus[corpus] = chosen
    # interleave the corpora so each batch holds both
    items = [it for pair in zip(*per_corpus.values(), strict=True) for it in pair]
    with args.output.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    size = len(items) // 3
    batches = [items[k * size : (k + 1) * size] for k in range(3)]
    for k, batch in enumerate(batches):
        double = batches[(k + 2) % 3][:10]  # ten items of the previous batch, labelled again
        rows = [{"id": it["id"], "date": it["date"], "text": it["text"]} for it in batch + double]
        rng.shuffle(rows)
        out = args.output.parent / f"batch_p{k + 1}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


if __name__ == "__main__":
    main()
