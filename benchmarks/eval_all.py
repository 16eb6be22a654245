"""Score the real coder on the three gold sets and print the headline figures as a Markdown table
(for docs/accuracy.md), each with the CLI command that reproduces it.

    python benchmarks/eval_all.py [--gold ../shared/gold] [--limit N] [--errors DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from eventscribe.dictionaries.model import Dictionaries
from eventscribe.errors import EventscribeError
from eventscribe.evaluation import ACCEPTANCE, CoderLike, EvalReport, evaluate, write_errors

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO.parent / "shared" / "gold"

# (gold file relative to the gold folder, format, headline figures in the order printed)
SUITES = (
    (
        "petrarch2-unit/PETR.UnitTest.records.xml",
        "petrarch-xml",
        ("exact", "triple_precision", "triple_recall"),
    ),
    ("plover-gsr/PLOVER_GSR_CAMEO.v08_remapped.jsonl", "plover-gsr", ("type_recall", "full")),
    ("confli-cameo/cameo_class_train.tsv", "confli", ("accuracy", "macro_f1")),
    (
        "confli-cameo/cameo_ner_train.txt",
        "confli-ner",
        ("source_span_recall", "source_span_precision", "target_span_recall"),
    ),
)


# the hand-labelled precision set (docs/annotation-guide.md): its test half, for reporting only
PRECISION_SET = REPO / "annotations" / "precision" / "precision.jsonl"
PRECISION_FIGURES = (
    "precision",
    "recall",
    # a labelled "---" source matched only by one of no country (forty-fourth session)
    "precision[strict]",
    "recall[strict]",
    *(
        f"{name}[{corpus}]"
        for corpus in ("intl", "uspol")
        for name in ("precision", "recall", "no_event_with_event", "events_per_item")
    ),
)


class _SharedCoders:
    """One real coder per (dictionaries, require_dyad): PLOVER and ConfliBERT share one."""

    def __init__(self) -> None:
        self._coders: dict[tuple[int, bool], CoderLike] = {}

    def __call__(self, dictionaries: Dictionaries | None, require_dyad: bool) -> CoderLike:
        from eventscribe.evaluation import default_coder_factory

        key = (id(dictionaries) if dictionaries is not None else 0, require_dyad)
        if key not in self._coders:
            # the same coder settings as `eventscribe eval`, so the figures agree
            self._coders[key] = default_coder_factory(dictionaries, require_dyad)
        return self._coders[key]


def _command(gold_arg: str, relative: str, fmt: str, limit: int | None) -> str:
    tail = f" --limit {limit}" if limit is not None else ""
    return f"`eventscribe eval {gold_arg}/{relative} --format {fmt}{tail}`"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="the shared gold folder")
    parser.add_argument(
        "--limit", type=int, default=None, help="score only the first N records of each set"
    )
    parser.add_argument(
        "--errors", type=Path, default=None, help="write <format>.errors.jsonl files here"
    )
    args = parser.parse_args(argv)

    gold: Path = args.gold
    missing = [rel for rel, _, _ in SUITES if not (gold / rel).is_file()]
    if missing:
        sys.stderr.write(
            f"eval_all: the gold data is absent under {gold} (missing: {', '.join(missing)}).\n"
            "Point --gold at the shared/gold folder (default: ../shared/gold from the repo root).\n"
        )
        return 2
    try:
        gold_arg = "../" + str(gold.resolve().relative_to(REPO.parent))
    except ValueError:
        gold_arg = str(gold)

    factory = _SharedCoders()
    rows: list[str] = []
    reports: list[tuple[EvalReport, float]] = []
    for relative, fmt, figures in SUITES:
        started = time.perf_counter()
        try:
            report = evaluate(gold / relative, fmt, coder_factory=factory, limit=args.limit)
        except (EventscribeError, NotImplementedError) as e:
            sys.stderr.write(f"eval_all: {fmt} failed: {e}\n")
            return 1
        except ImportError as e:
            sys.stderr.write(f"eval_all: {fmt} needs a module that is missing: {e}\n")
            return 1
        seconds = time.perf_counter() - started
        reports.append((report, seconds))
        if args.errors is not None:
            args.errors.mkdir(parents=True, exist_ok=True)
            write_errors(report, args.errors / f"{fmt}.errors.jsonl")
        bars = ACCEPTANCE.get(fmt, {})
        for name in figures:
            value = report.metrics[name]
            bar = bars.get(name)
            verdict = "" if bar is None else f">= {bar:.0%} ({'ok' if value >= bar else 'below'})"
            rows.append(
                f"| {fmt} | {report.n} | {name} | {value:.1%} | {verdict} | "
                f"{_command(gold_arg, relative, fmt, args.limit)} |"
            )

    started = time.perf_counter()
    precision = evaluate(PRECISION_SET, "events-jsonl", split="test", limit=args.limit)
    reports.append((precision, time.perf_counter() - started))
    bars = ACCEPTANCE["events-jsonl"]
    command = (
        "`eventscribe eval annotations/precision/precision.jsonl --format events-jsonl "
        "--split test`"
    )
    for name in PRECISION_FIGURES:
        value = precision.metrics[name]
        bar = bars.get(name.split("[")[0])
        verdict = "" if bar is None else f">= {bar:.0%} ({'ok' if value >= bar else 'below'})"
        row = f"| precision set (test) | {precision.n} | {name} | {value:.1%} | {verdict} |"
        rows.append(f"{row} {command} |")

    print("| gold set | records | figure | value | acceptance | reproduce |")
    print("|---|---:|---|---:|---|---|")
    for row in rows:
        print(row)
    print()
    for report, seconds in reports:
        print(
            f"- {report.format}: {report.n} records scored, {report.skipped} skipped,"
            f" {seconds:.1f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
