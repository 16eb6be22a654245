"""Store benchmark: ingest N synthetic events (coding excluded), then time series and event pages.

    .venv/bin/python benchmarks/store_bench.py --n 10000000 --db /tmp/store_bench.duckdb

Prints events/s for ingest (time spent in Store.ingest only; generating the synthetic Event objects
is timed apart) and the median of five runs of each query. docs/performance.md ("## Store") holds
the figures of the last full run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

from eventscribe.store import queries
from eventscribe.store.db import Store
from eventscribe.store.synthetic import synthetic_pairs


def _median_seconds(work: object, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000_000, help="synthetic events (default 10M)")
    parser.add_argument("--db", type=Path, default=Path("store_bench.duckdb"))
    parser.add_argument("--chunk", type=int, default=200_000, help="events generated per chunk")
    parser.add_argument("--batch-size", type=int, default=200_000, help="events per transaction")
    parser.add_argument("--keep", action="store_true", help="reuse an existing --db (skip ingest)")
    args = parser.parse_args(argv)

    if not args.keep:
        for suffix in ("", ".wal"):
            candidate = Path(str(args.db) + suffix)
            if candidate.exists():
                os.remove(candidate)
    store = Store.open(args.db)
    if not args.keep:
        pairs = synthetic_pairs(args.n)
        generated = stored = cpu = 0.0
        total = 0
        while total < args.n:
            started = time.perf_counter()
            chunk = []
            size = 0
            for article, events in pairs:
                chunk.append((article, events))
                size += len(events)
                if size >= args.chunk:
                    break
            generated += time.perf_counter() - started
            if not chunk:
                break
            started = time.perf_counter()
            cpu_started = time.process_time()
            store.ingest(chunk, batch_size=args.batch_size)
            stored += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
            total += size
            print(
                f"\r{total:,} events  ingest {total / stored:,.0f} events/s  "
                f"(generating: {generated:.0f} s)",
                end="",
                file=sys.stderr,
                flush=True,
            )
        print(file=sys.stderr)
        print(
            f"ingest: {total:,} events in {stored:.1f} s = {total / stored:,.0f} events/s "
            f"(coding excluded; {cpu:.0f} s CPU in this process; load average "
            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )
    counts = store.counts()
    print(f"store: {counts}  file: {args.db.stat().st_size / 1e9:.2f} GB")

    con = store.con
    series_s = _median_seconds(lambda: queries.series(con, "CHN:RUS", freq="month"))
    both_s = _median_seconds(
        lambda: queries.series(con, "CHNGOV:USA", both=True, freq="month", measure="quad")
    )
    page_filters = queries.EventFilters(dyad="CHN:RUS", quad=1, since=dt.date(2015, 1, 1), limit=50)
    page_s = _median_seconds(lambda: queries.events(con, page_filters))
    first = queries.events_page(con, page_filters)
    cursor_filters = queries.EventFilters(
        dyad="CHN:RUS", quad=1, since=dt.date(2015, 1, 1), limit=50, cursor=first.next_cursor
    )
    next_s = _median_seconds(lambda: queries.events(con, cursor_filters))
    text_filters = queries.EventFilters(actor="IRN", text="USA", limit=50)
    text_s = _median_seconds(lambda: queries.events(con, text_filters))
    top_s = _median_seconds(lambda: queries.top_actors(con, since=dt.date(2019, 1, 1), limit=20))
    print(f"series CHN:RUS monthly count:           {series_s:.3f} s")
    print(f"series CHNGOV:USA --both monthly quad:  {both_s:.3f} s")
    print(f"events page dyad+quad+since, 50 rows:   {page_s:.3f} s")
    print(f"events next page (keyset cursor):       {next_s:.3f} s")
    print(f"events page actor+text, 50 rows:        {text_s:.3f} s")
    print(f"top actors since 2019:                  {top_s:.3f} s")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
