"""Streaming: memory stays flat and cost grows linearly over an input of any length (issue 6).

    nice python benchmarks/streaming.py --checkpoints 1000 10000          # --full adds 100000
    nice python benchmarks/streaming.py --checkpoints 1000 --store /tmp/streaming.duckdb

Feeds the shared news corpus, repeated with new ids (``<id>~r<k>``), as a generator into
``Coder.code_articles`` (and, with ``--store``, into ``Store.ingest``, committing every
``--commit-every`` events) and
prints, at each checkpoint, the articles so far, the rate over the last stretch and overall, and
the resident memory of this process and its parser processes then and at the peak.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psutil

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "international-news.jsonl"


def repeated(corpus: Path, limit: int) -> Iterator[object]:
    """The corpus's articles again and again, each round with new ids, until ``limit``."""
    from eventscribe.articles import read_articles
    from eventscribe.records import Article

    produced = 0
    round_number = 0
    while True:
        for item in read_articles([str(corpus)]):
            if not isinstance(item, Article):
                continue
            if produced >= limit:
                return
            yield item if round_number == 0 else replace(item, id=f"{item.id}~r{round_number}")
            produced += 1
        round_number += 1


def rss_mb(process: psutil.Process) -> float:
    """Resident memory of the process and its children now (spaCy's parser processes)."""
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            continue
    return total / 2**20


def cpu_seconds(process: psutil.Process) -> float:
    """User + system CPU seconds of the process and its live worker processes so far: a measure of
    cost that, unlike the wall clock, does not move with other jobs' load on the machine."""
    total = 0.0
    for proc in [process, *process.children(recursive=True)]:
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--checkpoints", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--full", action="store_true", help="add the 100,000-article checkpoint")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--store", type=Path, help="also ingest into this (new) DuckDB store")
    parser.add_argument(
        "--commit-every", type=int, default=5_000, help="events per store transaction (as ingest)"
    )
    parser.add_argument("--json", type=Path, help="append the checkpoint records to this file")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (the benchmark needs ../shared)", file=sys.stderr)
        return 2
    checkpoints = sorted(set(args.checkpoints) | ({100_000} if args.full else set()))

    from eventscribe.coding.coder import Coder
    from eventscribe.records import Article, Event
    from eventscribe.store.db import Store

    process = psutil.Process()
    coder = Coder()
    print(
        f"workers {args.workers}, batch {args.batch_size}, checkpoints {checkpoints}, "
        f"store {args.store or '-'}; after loading: {rss_mb(process):.0f} MB",
        flush=True,
    )
    articles = (a for a in repeated(args.corpus, checkpoints[-1]) if isinstance(a, Article))
    pairs = coder.code_articles(articles, batch_size=args.batch_size, n_process=args.workers)
    state = {"articles": 0, "events": 0, "peak": 0.0, "last_t": 0.0, "last_n": 0, "last_cpu": 0.0}
    started = time.perf_counter()
    state["last_t"] = started
    records: list[dict[str, float]] = []

    def counted() -> Iterator[tuple[Article, list[Event]]]:
        for article, events in pairs:
            state["articles"] += 1
            state["events"] += len(events)
            if state["articles"] % args.batch_size == 0:
                state["peak"] = max(state["peak"], rss_mb(process))
            yield article, events
            if state["articles"] in checkpoints:
                report()

    def report() -> None:
        now = time.perf_counter()
        n = int(state["articles"])
        cpu = cpu_seconds(process)
        current = rss_mb(process)
        state["peak"] = max(state["peak"], current)
        record = {
            "articles": n,
            "seconds": round(now - started, 1),
            "articles_per_s": round(n / (now - started), 2),
            "stretch_articles_per_s": round((n - state["last_n"]) / (now - state["last_t"]), 2),
            "events": int(state["events"]),
            "rss_mb": round(current),
            "peak_rss_mb": round(state["peak"]),
            "self_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "cpu_s": round(cpu, 1),
            "stretch_cpu_ms_per_article": round(
                1000 * (cpu - state["last_cpu"]) / max(1, n - state["last_n"]), 1
            ),
        }
        state["last_t"], state["last_n"], state["last_cpu"] = now, n, cpu
        records.append(record)
        print(
            f"{n:>7,} articles  {record['seconds']:>8.1f} s  {record['articles_per_s']:6.2f} "
            f"articles/s overall  {record['stretch_articles_per_s']:6.2f} in the last stretch  "
            f"{record['events']:,} events  RSS {record['rss_mb']} MB (peak {record['peak_rss_mb']} "
            f"MB, all processes)  CPU {record['stretch_cpu_ms_per_article']} ms/article in the "
            "last stretch",
            flush=True,
        )

    if args.store is not None:
        with Store.open(args.store) as store:
            store.ingest(counted(), batch_size=args.commit_every)
    else:
        for _ in counted():
            pass
    if args.json is not None:
        with args.json.open("a", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps({**record, "workers": args.workers}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
