"""How events are dated on the two corpora (issue 13): the share dated away from their article, by
where the date comes from and how precise it is; a random sample drawn for judging by reading; and
the share of the judged sample dated right.

    python benchmarks/dates.py [--limit N] [--draw benchmarks/data/dates_sample.jsonl]
    python benchmarks/dates.py --recode benchmarks/data/dates_sample.jsonl
    python benchmarks/dates.py --judged benchmarks/data/dates_judged.jsonl
    python benchmarks/dates.py --limit 700 --draw benchmarks/data/dates_sample2.jsonl --seed 14 \
        --sample 100 --exclude benchmarks/data/dates_sample.jsonl
    python benchmarks/dates.py --judged benchmarks/data/dates_judged2.jsonl \
        --sample-file benchmarks/data/dates_sample2.jsonl

``--draw`` codes the corpora and writes ``--sample`` events drawn at random (``--seed``) with what a
reader needs to judge them. The judgements (``dates_judged.jsonl``: ``key``, ``verdict`` one of
``right``, ``coarse`` (the right period, marked with a coarser precision), ``wrong``, and a
``note``) are written by a person reading each sentence, never from the coder's output; ``--judged``
reports the share right (``right`` + ``coarse``). Target: >= 95%.

A judgement holds for the date it judged: each judged record keeps it (``date``,
``date_precision``), and ``--judged`` refuses to report while the sample (``--sample-file``) gives
another date for any of them. After a change to the coder, ``--recode`` codes the sample's articles
again, rewrites the sample's dates and lists the events whose date changed: those are read again in
their article and judged anew (never from the coder's new output alone).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventscribe.articles import read_articles
from eventscribe.records import Article, Event

REPO = Path(__file__).resolve().parents[1]
CORPORA = (
    REPO.parent / "shared" / "corpus" / "international-news.jsonl",
    REPO.parent / "shared" / "corpus" / "us-politics-news.jsonl",
)
AWAY_DAYS = 31  # "away from the article": more than a month from its date


def _articles(path: Path, limit: int | None) -> Iterator[Article]:
    n = 0
    for item in read_articles([str(path)]):
        if isinstance(item, Article):
            yield item
            n += 1
            if limit is not None and n >= limit:
                return


def _code(path: Path, limit: int | None) -> list[tuple[Article, Event]]:
    from eventscribe.coding.coder import Coder

    coder = Coder()
    found: list[tuple[Article, Event]] = []
    for article, events in coder.code_articles(_articles(path, limit), batch_size=64):
        found.extend((article, e) for e in events)
    return found


def _report(name: str, coded: list[tuple[Article, Event]]) -> list[str]:
    dated = [(a, e) for a, e in coded if e.date is not None and a.date is not None]
    away = [(a, e) for a, e in dated if abs((e.date - a.date).days) > AWAY_DAYS]
    after = [(a, e) for a, e in dated if e.date > a.date]
    sources = Counter(e.date_source for _, e in dated)
    precisions = Counter(e.date_precision for _, e in dated)
    away_sources = Counter(e.date_source for _, e in away)
    n = len(dated) or 1
    return [
        f"| {name} | {len(coded)} | {len(dated)} | {len(away)} ({len(away) / n:.1%}) | "
        f"{len(after)} | "
        + ", ".join(f"{k} {v / n:.1%}" for k, v in sorted(sources.items(), key=str))
        + " | "
        + ", ".join(f"{k} {v / n:.1%}" for k, v in sorted(precisions.items(), key=str))
        + " | "
        + ", ".join(f"{k} {v}" for k, v in sorted(away_sources.items(), key=str))
        + " |"
    ]


def _sample_record(corpus: str, article: Article, event: Event) -> dict[str, object]:
    return {
        "key": f"{article.id}:{event.id}",
        "corpus": corpus,
        "article_id": article.id,
        "article_date": article.date.isoformat() if article.date else None,
        "sentence": event.text,
        "trigger": event.trigger.text,
        "source": event.source.text,
        "target": event.target.text if event.target else None,
        "cameo": event.cameo,
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision,
        "date_source": event.date_source,
        "date_text": event.date_text,
    }


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _judged_date(record: dict[str, object]) -> tuple[object, object]:
    return record.get("date"), record.get("date_precision")


def _judged(path: Path, sample: Path) -> int:
    records = _jsonl(path)
    drawn = {str(r["key"]): r for r in _jsonl(sample)} if sample.is_file() else {}
    stale = [
        str(r["key"])
        for r in records
        if "date" in r
        and str(r["key"]) in drawn
        and _judged_date(r) != _judged_date(drawn[str(r["key"])])
    ]
    if stale:
        print(f"dates: {len(stale)} judgements are of another date than the sample's now "
              f"(judge them again): {', '.join(stale)}", file=sys.stderr)  # fmt: skip
        return 1
    gone = [r for r in records if drawn.get(str(r["key"]), {}).get("coded") is False]
    if gone:
        print(f"{len(gone)} of the {len(records)} judged events are no longer coded by the coder "
              "(--recode marked them): left out")  # fmt: skip
        records = [r for r in records if r not in gone]
    none = [r for r in records if r["verdict"] == "not_an_act"]
    if none:
        print(f"{len(none)} of them report no act (the readers' not_an_act): no date to judge")
        records = [r for r in records if r not in none]
    verdicts = Counter(str(r["verdict"]) for r in records)
    right = verdicts["right"] + verdicts["coarse"]
    total = sum(verdicts.values())
    print(f"judged: {total}; right {verdicts['right']}, right with a coarser precision "
          f"{verdicts['coarse']}, wrong {verdicts['wrong']}")  # fmt: skip
    print(f"dated right (day, or the right period marked coarser): {right / (total or 1):.1%}")
    return 0


def _same_event(
    record: dict[str, object], coded: Iterable[tuple[Article, Event]]
) -> tuple[Article, Event] | None:
    """The event a drawn one is now, when its id changed but not the event: its sentence lost
    words at an end (page chrome cut from a caption, which moves the trigger's offset), or it
    gained a target the text implies (the actor's own country, issue 11), while the article,
    the trigger, the actors' words and the code stayed (an implied target's words, empty since
    the forty-ninth session, need not match)."""
    sentence = str(record["sentence"])
    for article, event in coded:
        if (
            article.id == record["article_id"]
            and event.text in sentence
            and event.trigger.text == record["trigger"]
            and event.source.text == record["source"]
            and (
                record["target"] in (None, event.target.text if event.target else None)
                # an implied target has no words since the forty-ninth session; drawn before,
                # it held the word it was inferred from ("rejecting")
                or (event.target is not None and event.target.text == "")
            )
            and event.cameo == record["cameo"]
        ):
            return article, event
    return None


def _recode(sample: Path) -> int:
    """Code the sample's articles again and rewrite its events' dates; list the changed ones."""
    drawn = _jsonl(sample)
    wanted = {str(r["article_id"]) for r in drawn}
    articles = [
        a for path in CORPORA for a in _articles(path, None) if a.id in wanted
    ]  # fmt: skip
    from eventscribe.coding.coder import Coder

    found: dict[str, tuple[Article, Event]] = {}
    for article, events in Coder().code_articles(iter(articles), batch_size=64):
        found.update((f"{article.id}:{e.id}", (article, e)) for e in events)
    changed, missing = [], []
    with sample.open("w", encoding="utf-8") as out:
        for record in drawn:
            key = str(record["key"])
            match = found.get(key) or _same_event(record, found.values())
            if match is None:
                missing.append(key)
                out.write(json.dumps({**record, "coded": False}, ensure_ascii=False) + "\n")
                continue
            article, event = match
            now = {**_sample_record(str(record["corpus"]), article, event), "key": key}
            if _judged_date(now) != _judged_date(record) or now["date_text"] != record["date_text"]:
                changed.append(key)
                print(f"{key}\t{record['date']} {record['date_precision']} -> {now['date']} "
                      f"{now['date_precision']} ({now['date_text']})")  # fmt: skip
            out.write(json.dumps(now, ensure_ascii=False) + "\n")
    print(f"{len(changed)} dates changed, {len(missing)} events no longer coded (kept as drawn, "
          f"marked coded: false): {', '.join(missing)}", file=sys.stderr)  # fmt: skip
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="code only the first N articles of each corpus")
    parser.add_argument("--draw", type=Path, help="write a random sample of events to this file")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--judged", type=Path, help="report the share right of a judged sample")
    parser.add_argument(
        "--sample-file",
        type=Path,
        default=REPO / "benchmarks" / "data" / "dates_sample.jsonl",
        help="the drawn sample the judgements are of (default benchmarks/data/dates_sample.jsonl)",
    )
    parser.add_argument("--recode", type=Path, help="code a drawn sample's articles again")
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[],
        help="a drawn sample whose articles a new draw leaves out (a fresh sample, unseen)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.judged:
        return _judged(args.judged, args.sample_file)
    if args.recode:
        return _recode(args.recode)
    lines = [
        "| corpus | events | dated | more than a month from the article | after it | "
        "date from | precision | away, by source |",
        "|---|---:|---:|---:|---:|---|---|---|",
    ]
    pool: list[tuple[str, Article, Event]] = []
    for path in CORPORA:
        if not path.is_file():
            print(f"dates: corpus missing: {path}", file=sys.stderr)
            return 1
        start = time.perf_counter()
        coded = _code(path, args.limit)
        lines += _report(path.stem, coded)
        pool += [(path.stem, a, e) for a, e in coded if e.date is not None]
        print(f"{path.stem}: {time.perf_counter() - start:.0f} s", file=sys.stderr)
    print("\n".join(lines))
    if args.draw:
        seen = {str(r["article_id"]) for path in args.exclude for r in _jsonl(path)}
        pool = [item for item in pool if item[1].id not in seen]
        drawn = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
        args.draw.parent.mkdir(parents=True, exist_ok=True)
        with args.draw.open("w", encoding="utf-8") as out:
            for corpus, article, event in drawn:
                record = _sample_record(corpus, article, event)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"drew {len(drawn)} events to {args.draw}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
