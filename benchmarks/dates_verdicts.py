"""Verdicts on a drawn date sample from readers' answers (issue 13), by docs/accuracy.md's rule.

Readers never see the coder's dates: each answer says, from the article alone, when the act
happened (``act``: news, earlier, ongoing or not_an_act; ``day`` and ``period`` when the text fixes
them; a ``note``). This script compares each answer with the date the coder gave the drawn event
and writes the verdicts ``dates.py --judged`` reports:

    python benchmarks/dates_verdicts.py benchmarks/data/dates_sample2.jsonl \\
        benchmarks/data/dates_answers2.jsonl -o benchmarks/data/dates_judged2.jsonl
    python benchmarks/dates.py --judged benchmarks/data/dates_judged2.jsonl \\
        --sample-file benchmarks/data/dates_sample2.jsonl

With ``--agreement OTHER`` it also reports how two readers' answers on the same events agree.
The rule: a day is right when it is the act's day, or, for the day's news (or a state running up
to the article) whose sentence gives no time (``time_in_sentence`` false), the article's day when
the act lies within the three days before it; a week, month, year or decade is right (coarse)
when it contains the act's day or period, or lies within the reader's coarser period when the
coder took it from the clause's own words ("last week"); ``before`` is right (coarse) when the act
is earlier than three days before the article and on or before the date given, wrong otherwise.
Acts that are none (``not_an_act``) get no date verdict and are counted apart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path

NEWS_DAYS = 3


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _period_bounds(text: str) -> tuple[dt.date, dt.date]:
    if len(text) == 4:
        year = int(text)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    year, month = int(text[:4]), int(text[5:7])
    end = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(year, month, 1), end


def _coder_bounds(date: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "week":
        return date, date + dt.timedelta(days=6)
    if precision == "month":
        return _period_bounds(date.isoformat()[:7])
    if precision == "year":
        return _period_bounds(str(date.year))
    if precision == "decade":
        return date, dt.date(date.year + 9, 12, 31)
    return date, date


def verdict(sample: dict[str, object], answer: dict[str, object]) -> str:
    """right, coarse, wrong, or not_an_act."""
    act = str(answer["act"])
    if act == "not_an_act":
        return "not_an_act"
    article = dt.date.fromisoformat(str(sample["article_date"]))
    date = dt.date.fromisoformat(str(sample["date"]))
    precision = str(sample["date_precision"])
    day = dt.date.fromisoformat(str(answer["day"])) if answer.get("day") else None
    period = _period_bounds(str(answer["period"])) if answer.get("period") else None
    recent = article - dt.timedelta(days=NEWS_DAYS)
    if day is not None:
        low, high = day, day
    elif period is not None:
        low, high = period
    elif act in ("news", "ongoing"):
        low, high = recent, article
    else:  # earlier, time unknown
        low, high = None, recent - dt.timedelta(days=1)
    stated_high = high  # the reader's own period, before "earlier" cuts the last three days
    if act == "earlier":
        high = min(high, recent - dt.timedelta(days=1))
    if precision == "before":
        if act != "earlier":
            return "wrong"  # before must not hide the day's news
        return "coarse" if high <= date else "wrong"
    if low is None:
        return "wrong"  # an earlier act of unknown time, given a definite date or period
    if precision == "day":
        if (
            act in ("news", "ongoing")
            and sample.get("date_source") == "article"
            and date == article
            and recent <= low
            and not answer.get("time_in_sentence")
        ):
            return "right"  # the day's news, its sentence giving no time: the article's day
        if day is None and period is None:
            return "right" if low <= date <= high else "wrong"
        return "right" if low == high == date else "wrong"
    start, end = _coder_bounds(date, precision)
    if start <= low and high <= end:
        return "coarse"
    if sample.get("date_source") == "clause" and low <= start and end <= stated_high:
        return "coarse"  # the clause's own words ("last week"), within what the reader found
    return "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sample", type=Path)
    parser.add_argument("answers", type=Path)
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--agreement", type=Path, help="another reader's answers on some events")
    args = parser.parse_args()
    drawn = {str(r["key"]): r for r in _jsonl(args.sample)}
    answers = _jsonl(args.answers)
    verdicts = Counter()
    lines = []
    for answer in answers:
        record = drawn[str(answer["key"])]
        v = verdict(record, answer)
        verdicts[v] += 1
        lines.append(
            {
                "key": answer["key"],
                "date": record["date"],
                "date_precision": record["date_precision"],
                "verdict": v,
                "note": answer.get("note", ""),
                "act": answer["act"],
                "day": answer.get("day"),
                "period": answer.get("period"),
            }
        )
    print(dict(verdicts))
    if args.output:
        args.output.write_text(
            "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "utf-8"
        )
    if args.agreement:
        other = {str(a["key"]): a for a in _jsonl(args.agreement)}
        both = [(a, other[str(a["key"])]) for a in answers if str(a["key"]) in other]
        same_act = sum(a["act"] == b["act"] for a, b in both)
        same_verdict = sum(
            verdict(drawn[str(a["key"])], a) == verdict(drawn[str(a["key"])], b) for a, b in both
        )
        print(f"labelled twice: {len(both)}; same act {same_act}, same verdict {same_verdict}")
        for a, b in both:
            if verdict(drawn[str(a["key"])], a) != verdict(drawn[str(a["key"])], b):
                print(f"  differ {a['key']}: {a['act']} {a.get('day')} / {b['act']} {b.get('day')}")


if __name__ == "__main__":
    main()
