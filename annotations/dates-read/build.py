"""A third date sample (issue 13): when each act happened, read by hand, never seen by the rules.

``events.jsonl``: 360 events drawn at random from what the coder writes for the first 700
articles of each corpus (at ``82f3e13``), leaving out the articles of both other date samples:

    python benchmarks/dates.py --limit 700 --draw annotations/dates-read/events.jsonl --seed 15 \\
        --sample 360 --exclude benchmarks/data/dates_sample.jsonl \\
        --exclude benchmarks/data/dates_sample2.jsonl

``raw/answers_{C,D,E,F}.jsonl``: four readers, 95 events each (C 1-95, D 91-185, E 181-275, F
271-360 and 1-5: 20 events read twice), given the sentence, its trigger and actors' words and the
article, never the coder's date; each wrote when the act happened (``act``: news, earlier,
ongoing, not_an_act; ``day``, ``period``, ``time_in_sentence``, a ``note``), by the guide in
``benchmarks/dates_verdicts.py``. This script merges them into ``answers.jsonl`` (an event read
twice keeps its first reader's answer, the other's kept as ``second_reader``) and prints how the
readers agree:

    python annotations/dates-read/build.py

Drawn to train a model of background acts (an act its clause does not date, recalled from
before the story); the model, on the sentence's own features, ranked background acts barely
above chance (out-of-fold AUC 0.58) and was not kept. The answers serve instead as the largest
judged sample of the coder's dates, which no rule was built from:

    python benchmarks/dates_verdicts.py annotations/dates-read/events.jsonl \
        annotations/dates-read/answers.jsonl -o /tmp/dates_judged3.jsonl
    python benchmarks/dates.py --judged /tmp/dates_judged3.jsonl \
        --sample-file annotations/dates-read/events.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
READERS = ("C", "D", "E", "F")


def _jsonl(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _coarse(act: str) -> str:
    return "background" if act == "earlier" else "none" if act == "not_an_act" else "news"


def main() -> None:
    order = [e["key"] for e in _jsonl(HERE / "events.jsonl")]
    merged: dict[str, dict] = {}  # type: ignore[type-arg]
    twice = []
    for reader in READERS:
        for answer in _jsonl(HERE / "raw" / f"answers_{reader}.jsonl"):
            answer = {**answer, "reader": reader}
            first = merged.get(answer["key"])
            if first is None:
                merged[answer["key"]] = answer
            else:
                first["second_reader"] = {
                    k: answer.get(k) for k in ("reader", "act", "day", "period")
                }
                twice.append((first, answer))
    missing = [k for k in order if k not in merged]
    if missing:
        raise SystemExit(f"no answer for {len(missing)} events: {missing[:5]}")
    out = HERE / "answers.jsonl"
    out.write_text(
        "".join(json.dumps(merged[k], ensure_ascii=False) + "\n" for k in order), "utf-8"
    )
    same = sum(a["act"] == b["act"] for a, b in twice)
    same3 = sum(_coarse(a["act"]) == _coarse(b["act"]) for a, b in twice)
    print(f"{len(order)} events; read twice {len(twice)}: same act {same}, "
          f"same news/background/none {same3}")  # fmt: skip
    counts: dict[str, int] = {}
    for a in merged.values():
        counts[a["act"]] = counts.get(a["act"], 0) + 1
    print(counts)


if __name__ == "__main__":
    main()
