"""How the store's cost per article grows with the store (issue 6): the same coded articles
ingested into an empty store and into a copy of a big one, at given commit sizes.

    python benchmarks/store_growth.py --big /tmp/s100k.duckdb --commit-every 64 5000

``--big`` is a store made by, e.g., ``benchmarks/streaming.py --full --store /tmp/s100k.duckdb``
(it is copied, never changed). Prints the store time per article for each store and commit size.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "international-news.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--big", type=Path, required=True, help="an existing (large) store")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--commit-every", type=int, nargs="+", default=[64, 5_000])
    args = parser.parse_args()
    if not args.corpus.is_file() or not args.big.is_file():
        print(f"need {args.corpus} and {args.big}", file=sys.stderr)
        return 2

    from eventscribe.articles import read_articles
    from eventscribe.coding.coder import Coder
    from eventscribe.records import Article
    from eventscribe.store.db import Store

    articles = [a for a in read_articles([str(args.corpus)]) if isinstance(a, Article)]
    probe = [replace(a, id=f"{a.id}~probe") for a in articles[: args.articles]]
    pairs = list(Coder().code_articles(iter(probe), batch_size=64, n_process=1))
    events = sum(len(e) for _, e in pairs)
    print(f"{len(pairs)} articles, {events} events coded once; store time only:")
    with tempfile.TemporaryDirectory() as tmp:
        for commit in args.commit_every:
            for label, source in (("empty store", None), (f"copy of {args.big}", args.big)):
                db = Path(tmp) / f"probe-{commit}.duckdb"
                db.unlink(missing_ok=True)
                if source is not None:
                    shutil.copyfile(source, db)
                with Store.open(db) as store:
                    (stored,) = store.con.execute("SELECT count(*) FROM mentions").fetchall()[0]
                    started = time.perf_counter()
                    store.ingest(iter(pairs), batch_size=commit)
                    took = time.perf_counter() - started
                print(
                    f"  commit every {commit:>6,} events, {label} ({stored:,} mentions): "
                    f"{took:.2f} s, {1000 * took / len(pairs):.1f} ms per article"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
