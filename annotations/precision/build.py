"""Merges the labellers' files into the precision set and reports their agreement.

    python annotations/precision/build.py

Reads items.jsonl (the sentences, from sample.py) and labels/a1..a4.jsonl (every item labelled
once, by reading, per docs/annotation-guide.md), writes precision.jsonl (one item a line: id,
corpus, split, date, text, events) and compares labels/b.jsonl (a second, independent labelling of
the 90 items in double_ids.txt) with the first labels.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def agreement(first: dict[str, dict], second: list[dict]) -> dict[str, float]:
    n = len(second)
    a_yes = [bool(first[r["id"]]["events"]) for r in second]
    b_yes = [bool(r["events"]) for r in second]
    observed = sum(x == y for x, y in zip(a_yes, b_yes, strict=True)) / n
    pa, pb = sum(a_yes) / n, sum(b_yes) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    out = {
        "items": n,
        "event_or_not_agreement": observed,
        "event_or_not_kappa": (observed - expected) / (1 - expected),
    }
    for name, fields in (("type", ("type",)), ("type_source_target", ("type", "source", "target"))):
        tp = fp = fn = 0
        for r in second:
            a = Counter(tuple(e.get(f, "") for f in fields) for e in first[r["id"]]["events"])
            b = Counter(tuple(e.get(f, "") for f in fields) for e in r["events"])
            tp += sum((a & b).values())
            fp += sum((b - a).values())
            fn += sum((a - b).values())
        out[f"{name}_f1"] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def write_and_report(
    out: Path, items: list[dict], first: dict[str, dict], second: list[dict]
) -> None:
    """For the training sets labelled in batches (proposer-train, scorer-train2..5): writes each
    labelled item once with its first label (id, corpus, date, text, events), prints the items
    and those with an event per corpus, and the agreement of the items labelled twice."""
    with out.open("w", encoding="utf-8") as f:
        for item in items:
            if item["id"] not in first:
                continue
            row = {k: item[k] for k in ("id", "corpus", "date", "text")}
            row["events"] = [
                {k: e.get(k, "") for k in ("source", "target", "type", "cameo", "trigger")}
                for e in first[item["id"]]["events"]
            ]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    labelled = [i for i in items if i["id"] in first]
    counts = Counter(i["corpus"] for i in labelled)
    with_events = Counter(i["corpus"] for i in labelled if first[i["id"]]["events"])
    for corpus in sorted(counts):
        print(f"{corpus:6} items {counts[corpus]:4}  with an event {with_events[corpus]:4}")
    double = [r for r in second if r["id"] in first]
    if double:
        for k, v in agreement(first, double).items():
            print(f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}")


def main() -> None:
    items = read(HERE / "items.jsonl")
    labels: dict[str, dict] = {}
    for name in ("a1", "a2", "a3", "a4"):
        for row in read(HERE / "labels" / f"{name}.jsonl"):
            labels[row["id"]] = row
    missing = [i["id"] for i in items if i["id"] not in labels]
    if missing:
        raise SystemExit(f"unlabelled items: {missing[:5]} ...")
    with (HERE / "precision.jsonl").open("w", encoding="utf-8") as f:
        for item in items:
            row = {k: item[k] for k in ("id", "corpus", "split", "date", "text")}
            row["events"] = [
                {k: e.get(k, "") for k in ("source", "target", "type", "cameo", "trigger")}
                for e in labels[item["id"]]["events"]
            ]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter((i["corpus"], i["split"]) for i in items)
    with_events = Counter((i["corpus"], i["split"]) for i in items if labels[i["id"]]["events"])
    for key in sorted(counts):
        print(f"{key[0]:6} {key[1]:5} items {counts[key]:4}  with an event {with_events[key]:4}")
    double = read(HERE / "labels" / "b.jsonl")
    for k, v in agreement(labels, double).items():
        print(f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}")


if __name__ == "__main__":
    main()
