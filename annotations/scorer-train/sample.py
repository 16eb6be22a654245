"""Draws the scorer's training sentences: random corpus sentences on which the rules propose at
least one event (the scorer only ever judges such candidates), from articles not in the precision
set. They are then labelled by reading, exactly as the precision set (docs/annotation-guide.md),
without seeing what the coder proposed. Fixed seed; run from the repository root:

    python annotations/scorer-train/sample.py --per-corpus 500 \
        -o annotations/scorer-train/items.jsonl

The second draw (sixth session) left out the articles of every earlier set:

    python annotations/scorer-train/sample.py --per-corpus 400 --seed 8 --prefix u \
        --exclude annotations/scorer-train/items.jsonl \
        --exclude annotations/proposer-train/items.jsonl \
        --exclude annotations/dates-read/events.jsonl \
        -o annotations/scorer-train2/items.jsonl

and the third to seventh likewise (--per-corpus 300 --seed 9 --prefix v; --per-corpus 300
--seed 10 --prefix w; --per-corpus 200 --seed 11 --prefix x; --per-corpus 150 --seed 12 --prefix
y; --per-corpus 250 --seed 13 --prefix z; --per-corpus 200 --seed 14 --prefix r, where the
pool ran out at 133 and 68; --per-corpus 150 --seed 15 --prefix q, where a new seed draws
another sentence of the articles whose drawn sentence had no candidate before, and the pool ran
out at 101 and 81; --per-corpus 150 --seed 16 --prefix p, 93 and 59; --per-corpus 150
--seed 17 --prefix n, 47 and 48; --per-corpus 150 --seed 18 --prefix m, 66 and 53;
--per-corpus 150 --seed 19 --prefix k, 54 and 40; --per-corpus 150 --seed 20 --prefix j, 39
and 34, kept out of training as the twelfth session's fresh unseen check; each excluding the sets
before it), into annotations/scorer-train3/ to scorer-train14/. The fifteenth session drew
annotations/scorer-train15/ (kept out of training as its fresh unseen check, since a helper script
of the fourteenth had read scorer-train14's labels) in two runs excluding every set above:
--per-corpus 150 --seed 21 --prefix h (36 and 30) and --seed 22 --prefix g (34 and 30).
With every article used, annotations/scorer-train16/ (a training round) draws another sentence of
the training sets' articles (--again: their articles, never their sentences), leaving out the
precision set's, the unseen checks' and the dates samples' articles (300 and 246, the US corpus
running out):

    python annotations/scorer-train/sample.py --per-corpus 300 --seed 23 --prefix f \
        --again annotations/scorer-train/items.jsonl --again annotations/scorer-train2/items.jsonl \
        ... (scorer-train3 to scorer-train8, scorer-train10 to scorer-train14) \
        --again annotations/proposer-train/items.jsonl \
        --exclude annotations/scorer-train9/items.jsonl \
        --exclude annotations/scorer-train15/items.jsonl \
        --exclude annotations/dates-read/events.jsonl -o annotations/scorer-train16/items.jsonl

and scorer-train17/ to scorer-train20/ likewise, each with the rounds before it as --again. The
sixteenth session drew scorer-train21/ to scorer-train34/ the same way, each with every training
set before it as --again (the unseen checks and the dates samples excluded): --seed 28 --prefix a,
29 i, 30 l, 31 o, 32 s, 33 y2, 34 q2, 35 w2, 36 e2, 37 r2, 38 t2, 39 u2, 40 v2, 41 x2 (300 world
news sentences each; the US corpus gave 197, 191, 177, 167, 141, 182, 177, 126, 142, 127, 120,
136, 111, 112).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "annotations/precision"))

from sample import CORPORA, sentences, usable  # noqa: E402

from eventscribe.coding.coder import Coder  # noqa: E402
from eventscribe.records import Article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-corpus", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--prefix", default="t", help="the items' id prefix")
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="a set whose articles to leave out",
    )
    parser.add_argument(
        "--again",
        type=Path,
        action="append",
        default=[],
        help="a set whose articles may give another sentence (never one of its own)",
    )
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    taken_articles = {
        json.loads(line)["article_id"]
        for path in (ROOT / "annotations/precision/items.jsonl", *args.exclude)
        for line in path.read_text().splitlines()
        if line.strip()
    }
    drawn = {
        json.loads(line)["text"]
        for path in args.again
        for line in path.read_text().splitlines()
        if line.strip()
    }
    coder = Coder(scorer="rules.v1")
    out = []
    for corpus, path in CORPORA.items():
        articles = [json.loads(line) for line in (ROOT / path).read_text().splitlines()]
        articles = [
            a for a in articles if a.get("date") and a.get("text") and a["id"] not in taken_articles
        ]
        rng.shuffle(articles)
        taken = 0
        for article in articles:
            if taken == args.per_corpus:
                break
            sents = [s for s in sentences(article["text"]) if usable(s) and s not in drawn]
            if not sents:
                continue
            text = sents[rng.randrange(len(sents))]
            try:
                day = dt.date.fromisoformat(article["date"])
            except ValueError:
                continue  # a few corpus dates are not ISO ("4/12/19")
            events = coder.code_article(Article(id="x", text=text, date=day))
            if not any(e.event for e in events):
                continue
            taken += 1
            item_id = f"{args.prefix}{corpus}-{taken:04d}"
            out.append(
                {"id": item_id, "corpus": corpus, "article_id": article["id"],
                 "date": article["date"], "text": text}
            )  # fmt: skip
    with args.output.open("w", encoding="utf-8") as f:
        for item in out:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
