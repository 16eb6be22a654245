"""Coding on a Dask cluster with 1, 2, ... workers: the speed-up and each worker's memory.

    nice python benchmarks/scale_out.py --limit 100 --workers 1 2
    nice python benchmarks/scale_out.py --limit 100 --dask tcp://scheduler:8786

For each size, starts a LocalCluster (``--dask local:N``; or uses the given scheduler), codes the
first ``--limit`` articles of the shared news corpus with ``scale.code_on_dask`` and prints the
startup time (cluster and the workers' first Coder), the coding time, articles/s and the workers'
resident memory afterwards. The store is left out: it runs in the client either way.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "international-news.jsonl"


def _rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / 2**20


def _warm() -> None:
    from eventscribe.scale import worker_coder

    worker_coder()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dask", help="a scheduler address instead of LocalClusters")
    parser.add_argument("--batch-size", type=int, default=8)
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus} (the benchmark needs ../shared)", file=sys.stderr)
        return 2

    from eventscribe import scale
    from eventscribe.articles import read_articles
    from eventscribe.records import Article

    articles = [a for a in read_articles([str(args.corpus)]) if isinstance(a, Article)]
    articles = articles[: args.limit]
    targets = (
        [scale.parse_dask_target(args.dask)]
        if args.dask
        else [scale.DaskTarget(workers=n) for n in args.workers]
    )
    for target in targets:
        t0 = time.perf_counter()
        with scale.dask_client(target) as client:
            # Warm every worker's Coder first so the timing below is coding alone.
            client.run(_warm)
            startup = time.perf_counter() - t0
            workers = scale.worker_threads(client)
            t0 = time.perf_counter()
            events = sum(
                len(e)
                for batch in scale.code_on_dask(client, articles, batch_size=args.batch_size)
                for _, e in batch
            )
            coding = time.perf_counter() - t0
            rss = client.run(_rss_mb)
        print(
            f"{workers} worker(s): startup {startup:.1f} s; {len(articles)} articles coded in "
            f"{coding:.1f} s = {len(articles) / coding:.2f} articles/s, {events} events; worker "
            f"RSS {', '.join(f'{v:.0f}' for v in rss.values())} MB",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
