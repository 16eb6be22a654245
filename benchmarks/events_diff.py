"""Compares the events two coder versions write for the same articles (JSON Lines from
``eventscribe code``): events per article, and events added and removed by PLOVER type.

    git worktree add /tmp/base <commit>
    (cd /tmp/base && PYTHONPATH=src python -m eventscribe code ARTICLES.jsonl -o /tmp/before.jsonl)
    eventscribe code ARTICLES.jsonl -o /tmp/after.jsonl
    python benchmarks/events_diff.py /tmp/before.jsonl /tmp/after.jsonl --articles ARTICLES.jsonl

``--examples N`` prints N added and N removed events with their sentences; ``--dates`` lists the
kept events whose date or date precision changed (issue 13), to be read; ``--places`` those whose
place changed.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path


def key(e: dict) -> tuple:
    target = (e.get("target") or {}).get("code")
    return (e["article_id"], e["sentence_index"], e["trigger"]["start"], e["source"]["code"],
            target, e["cameo"])  # fmt: skip


def read(path: Path) -> dict[tuple, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            out[key(e)] = e
    return out


def _place(e: dict) -> tuple:
    """An event's place: its name and its GeoNames feature, or none."""
    loc = e.get("location") or {}
    return (loc.get("name"), loc.get("geonameid"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--articles", type=Path, help="the coded articles (for per-corpus counts)")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--dates", action="store_true", help="list kept events dated otherwise")
    parser.add_argument("--places", action="store_true", help="list kept events placed otherwise")
    args = parser.parse_args()
    before, after = read(args.before), read(args.after)
    corpus_of: dict[str, str] = {}
    if args.articles:
        for line in args.articles.read_text(encoding="utf-8").splitlines():
            a = json.loads(line)
            corpus_of[a["id"]] = a.get("corpus", "all")
    n_articles = len(corpus_of) or len({k[0] for k in (*before, *after)})
    print(f"articles {n_articles}")
    for name, events in (("before", before), ("after", after)):
        per = Counter(corpus_of.get(k[0], "all") for k in events)
        sizes = Counter(corpus_of.values()) if corpus_of else Counter({"all": n_articles})
        rates = ", ".join(f"{c} {per[c] / sizes[c]:.2f}" for c in sorted(sizes))
        print(f"{name:6}: {len(events)} events; events per article: {rates}")
    added = [after[k] for k in after.keys() - before.keys()]
    removed = [before[k] for k in before.keys() - after.keys()]
    print(f"added {len(added)}, removed {len(removed)}, kept {len(before.keys() & after.keys())}")
    ta, tr = Counter(e.get("event") for e in added), Counter(e.get("event") for e in removed)
    for t in sorted(set(ta) | set(tr), key=str):
        print(f"  {t!s:10} +{ta[t]:4d} -{tr[t]:4d}")
    if args.dates:
        moved = [
            (before[k], after[k])
            for k in sorted(before.keys() & after.keys(), key=str)
            if (before[k].get("date"), before[k].get("date_precision"))
            != (after[k].get("date"), after[k].get("date_precision"))
        ]
        print(f"dated otherwise: {len(moved)}")
        for b, a in moved:
            print(f"[date] {a['article_id']} '{a['trigger']['text']}' {b.get('date')} "
                  f"{b.get('date_precision')} -> {a.get('date')} {a.get('date_precision')} "
                  f"({a.get('date_text')}): {a['text'][:220]}")  # fmt: skip
    if args.places:
        placed = [
            (before[k], after[k])
            for k in sorted(before.keys() & after.keys(), key=str)
            if _place(before[k]) != _place(after[k])
        ]
        print(f"placed otherwise: {len(placed)}")
        for b, a in placed:
            print(f"[place] {a['article_id']} '{a['trigger']['text']}' {_place(b)} -> "
                  f"{_place(a)}: {a['text'][:220]}")  # fmt: skip
    rng = random.Random(1)
    for label, events in (("added", added), ("removed", removed)):
        for e in rng.sample(events, min(args.examples, len(events))):
            target = (e.get("target") or {}).get("code")
            print(f"[{label}] {e['source']['code']} -> {target} {e['cameo']} {e.get('event')} "
                  f"'{e['trigger']['text']}': {e['text'][:160]}")  # fmt: skip


if __name__ == "__main__":
    main()
