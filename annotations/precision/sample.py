"""Draws the precision set's sentences at random from the two corpora in ../shared/corpus.

Sentences are drawn uniformly among an article's sentences (not the ones the coder fires on), with
a third of the items an article's lead (its first sentence), as in the held-out set's wire leads.
Fixed seed; run from the repository root:

    python annotations/precision/sample.py --per-corpus 420 -o annotations/precision/items.jsonl

Each item: id, corpus, article_id, date, sentence_index, text. Dev/test split by article id hash
(half each), so no article lends sentences to both halves.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

CORPORA = {
    "intl": "../shared/corpus/international-news.jsonl",
    "uspol": "../shared/corpus/us-politics-news.jsonl",
}
# a sentence ends at . ! ? (and a closing quote) before white space and a capital or an opening
# quote; common abbreviations before a name do not end one
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Sgt|Capt|Adm|St|Jr|Sr|Prof|Rev|No|"
    r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.N|U\.K|D\.C|Inc|Corp|Co|vs?)\.$"
)
_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z0-9])")


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in re.split(r"\n\s*\n|\n", text):
        para = para.strip()
        start = 0
        for m in _END.finditer(para):
            head = para[start : m.start() + 1]
            if _ABBREV.search(head) or re.search(r"\b[A-Z]\.$", head):
                continue
            out.append(para[start : m.end()].strip())
            start = m.end()
        if para[start:].strip():
            out.append(para[start:].strip())
    return out


def usable(sentence: str) -> bool:
    words = sentence.split()
    return 8 <= len(words) <= 60 and sentence[-1:] in ".!?\"”’'" and "http" not in sentence


def split_of(article_id: str) -> str:
    return "dev" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-corpus", type=int, default=420)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    items = []
    for corpus, path in CORPORA.items():
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        articles = [json.loads(line) for line in lines]
        articles = [a for a in articles if a.get("date") and a.get("text")]
        rng.shuffle(articles)
        taken = 0
        for article in articles:  # one sentence per article: many articles, many styles
            if taken == args.per_corpus:
                break
            sents = sentences(article["text"])
            if not sents:
                continue
            index = 0 if rng.random() < 1 / 3 else rng.randrange(len(sents))
            if not usable(sents[index]):
                continue
            taken += 1
            items.append(
                {
                    "id": f"{corpus}-{taken:04d}",
                    "corpus": corpus,
                    "split": split_of(article["id"]),
                    "article_id": article["id"],
                    "date": article["date"],
                    "sentence_index": index,
                    "text": sents[index],
                }
            )
    with args.output.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
