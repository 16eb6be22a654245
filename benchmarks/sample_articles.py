"""A fixed sample of corpus articles for before/after comparisons of the coder: every 7th dated
article (from the 4th), 150 from each corpus in ../shared/corpus, with a ``corpus`` field.

    python benchmarks/sample_articles.py -o /tmp/sample300.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

CORPORA = {
    "intl": "../shared/corpus/international-news.jsonl",
    "uspol": "../shared/corpus/us-politics-news.jsonl",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--per-corpus", type=int, default=150)
    args = parser.parse_args()
    with args.output.open("w", encoding="utf-8") as out:
        for corpus, path in CORPORA.items():
            taken = 0
            for i, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines()):
                if i % 7 != 3:
                    continue
                a = json.loads(line)
                if not a.get("date"):
                    continue
                row = {"id": a["id"], "date": a["date"], "text": a["text"], "title": a.get("title")}
                out.write(json.dumps({**row, "corpus": corpus}) + "\n")
                taken += 1
                if taken == args.per_corpus:
                    break


if __name__ == "__main__":
    main()
