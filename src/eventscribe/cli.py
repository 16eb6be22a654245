"""The command line: parses arguments, calls the library, formats the output. Nothing else."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import difflib
import gc
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO, cast

from eventscribe import __version__
from eventscribe.errors import EventscribeError
from eventscribe.records import ActorRef, Article, Event, Reject

SEED_NAME = "000_6f30cd15ffe565b0.txt"


def _date(text: str) -> dt.date:
    from eventscribe.articles import parse_date

    try:
        return parse_date(text, origin="--date")
    except EventscribeError as e:
        # argparse names the option itself ("argument --date: ..."): not the origin again
        raise argparse.ArgumentTypeError(f"[{e.code}] {e.message}") from e


_CHOICE_RE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)")


class _Parser(argparse.ArgumentParser):
    """argparse, with the errors of the command that was given (issue 12): an option a subcommand
    does not know is reported with that subcommand's usage, not the top-level one, and every
    unknown option or command with the closest one there is ("did you mean --db?")."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:  # argparse would pass them up to the top-level parser and its usage
            self.error(f"unrecognized arguments: {' '.join(extras)}{self._closest(extras)}")
        return parsed, extras

    def _closest(self, extras: Sequence[str]) -> str:
        options = [o for o in self._option_string_actions if o.startswith("--")]
        for extra in extras:
            if extra.startswith("-"):
                close = difflib.get_close_matches(extra.split("=")[0], options, n=1, cutoff=0.6)
                if close:
                    return f" (did you mean {close[0]}?)"
        return ""

    def error(self, message: str) -> NoReturn:
        match = _CHOICE_RE.search(message)
        if match:
            choices = [c.strip().strip("'") for c in match.group(2).split(",")]
            close = difflib.get_close_matches(match.group(1), choices, n=1, cutoff=0.6)
            if close:
                message += f" (did you mean {close[0]}?)"
        super().error(message)


def _add_dictionary_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--dictionary",
        action="append",
        default=[],
        metavar="FILE",
        type=Path,
        help="an extra actor/agent dictionary (PETRARCH format or YAML); repeatable; "
        "later files win",
    )


# commands that need neither the store nor the server: their parser leaves those groups out, which
# spares a second of importing DuckDB, Arrow and NumPy before `explain` can start (issue 10)
CODER_COMMANDS = frozenset({"code", "explain", "eval", "demo"})


def build_parser(*, optional: bool = True) -> argparse.ArgumentParser:
    """The argument parser; ``optional`` False leaves out the command groups that live with their
    modules (store, actors, API)."""
    from eventscribe.articles import add_field_options

    parser = _Parser(
        prog="eventscribe",
        description="Code political events (CAMEO and PLOVER) from dated news articles, "
        "with evidence.",
    )
    parser.add_argument("--version", action="version", version=f"eventscribe {__version__}")
    # the subcommands are _Parsers too: argparse makes them of the parser's own class
    sub = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(dest="command", metavar="COMMAND"),
    )
    sub.required = True

    p = sub.add_parser("code", help="code articles and write one JSON event record per line")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files (.txt .jsonl .csv .html), directories, or - for stdin",
    )
    p.add_argument("--date", type=_date, help="date for articles that carry none (YYYY-MM-DD)")
    p.add_argument(
        "-o", "--output", type=Path, help="write the events here instead of standard output"
    )
    p.add_argument(
        "--workers", type=int, default=0, help="processes for parsing (default: all cores)"
    )
    # small enough that the workers finish together (the last batch runs alone), large enough
    # that the parser is not called for a handful of sentences at a time
    p.add_argument(
        "--batch-size",
        type=int,
        default=16,
        help="articles per batch handed to a worker (bounds memory; default 16)",
    )
    _add_scoring_options(p)
    _add_dictionary_option(p)
    add_field_options(p)
    p.set_defaults(func=cmd_code)

    p = sub.add_parser(
        "explain", help="show the parse, the actors, and the rule that fired (or why none did)"
    )
    p.add_argument("sentence", help="the text to explain")
    p.add_argument("--date", type=_date, help="the article's date (YYYY-MM-DD)")
    _add_scoring_options(p)
    _add_dictionary_option(p)
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("eval", help="score the coder on a gold set")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--format",
        required=True,
        choices=[
            "petrarch-xml",
            "plover-gsr",
            "confli",
            "confli-ner",
            "events-jsonl",
            "event-location",
        ],
    )
    p.add_argument("--limit", type=int, help="score only the first N records")
    p.add_argument("--split", help="events-jsonl: score only the items of this split (dev, test)")
    p.add_argument(
        "--min-confidence",
        type=float,
        help="events-jsonl: score at this confidence threshold (default: the scorer's)",
    )
    p.add_argument(
        "--events",
        type=Path,
        help="events-jsonl: score these events (JSON Lines from `code`, any version) instead of "
        "coding the gold sentences",
    )
    p.add_argument("--errors", type=Path, help="write every failing record to this JSONL file")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("demo", help="code the bundled seed article and print its events as a table")
    p.set_defaults(func=cmd_demo)

    if optional:
        _register_optional(sub)
    return parser


def _register_optional(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Command groups that live with their modules (store, actors, API)."""
    actors = sub.add_parser("actors", help="look up, check and rank actors")
    actors_sub = actors.add_subparsers(dest="actors_command", metavar="ACTION")
    actors_sub.required = True
    try:
        from eventscribe.dictionaries import cli as dict_cli
    except ImportError:  # pragma: no cover - during development only
        pass
    else:
        dict_cli.register(actors_sub)
    try:
        from eventscribe.store import cli as store_cli
    except ImportError:  # pragma: no cover
        pass
    else:
        store_cli.register(sub)
        store_cli.add_actors_top(actors_sub)
    try:
        from eventscribe.api import cli as api_cli
    except ImportError:  # pragma: no cover
        pass
    else:
        api_cli.register(sub)


# commands -----------------------------------------------------------------------------------------


def _add_scoring_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--min-confidence",
        type=float,
        metavar="X",
        help="write only events at least this sure (0-1; default: the scorer's threshold)",
    )
    p.add_argument(
        "--scorer",
        default=None,
        help="the registered scorer that gives each event its confidence (default: learned.v1)",
    )


def _make_coder(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    # The pipeline and the dictionaries are a few million objects that live as long as the process.
    # With the cyclic GC on, it walks them again and again while they are built (a third of the
    # start-up) and in every forked worker afterwards (touching their pages, which then stop being
    # shared). So: no collection while building, then freeze them out of the GC's sight. A zero
    # threshold rather than gc.disable(), which spaCy's loaders undo (srsly re-enables the GC).
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        from eventscribe.pipeline import make_coder

        return make_coder(
            dictionary_files=getattr(args, "dictionary", ()),
            scorer=getattr(args, "scorer", None),
            min_confidence=getattr(args, "min_confidence", None),
        )
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)


def _print_reject(reject: Reject) -> None:
    print(reject.message(), file=sys.stderr)


def cmd_code(args: argparse.Namespace) -> int:
    from eventscribe import pipeline
    from eventscribe.articles import ArticleFields, read_articles
    from eventscribe.sinks import JsonlSink

    coder = _make_coder(args)
    rejects: list[Reject] = []
    fields = ArticleFields.from_args(args)
    out: TextIO
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    workers = args.workers if args.workers > 0 else (os.cpu_count() or 1)
    try:
        stats = pipeline.run(
            pipeline.reading(
                read_articles(args.paths, default_date=args.date, fields=fields),
                rejects,
                _print_reject,
            ),
            JsonlSink(out, where=str(args.output or "-")),
            code=lambda articles: coder.code_articles(
                articles, batch_size=args.batch_size, n_process=workers
            ),
        )
    finally:
        if args.output:
            out.close()
    if rejects:
        print(
            f"eventscribe: coded {stats.articles} articles ({stats.mentions} events); "
            f"rejected {len(rejects)} input(s)",
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    coder = _make_coder(args)
    events, lines = coder.explain(args.sentence, args.date)
    for line in lines:
        print(line)
    print(f"events: {len(events)}")
    for e in events:
        print("  " + _event_line(e))
        print(f"    rule: {e.rule.verb}; pattern: {e.rule.pattern or '(verb code)'}")
        print(f"    actors: {', '.join(e.rule.actors) or '-'}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from eventscribe.evaluation import evaluate, write_errors

    report = evaluate(
        args.file,
        args.format,
        limit=args.limit,
        split=args.split,
        min_confidence=args.min_confidence,
        coded_events=args.events,
    )
    if args.errors:
        write_errors(report, args.errors)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.to_text())
    return 0


def _event_line(e: Event) -> str:
    tgt = e.target.code if e.target else "-"
    loc = e.location.name if e.location else "-"
    return (
        f"{e.date.isoformat() if e.date else '?':10}  {e.source.code:10} -> {tgt:10}  {e.cameo:5} "
        f"{e.event or '-':10} quad {e.quad_class}  at {loc:10}  '{e.trigger.text}'"
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from importlib import resources

    from eventscribe.articles import read_articles

    seed = resources.files("eventscribe") / "data" / "seed" / SEED_NAME
    with resources.as_file(seed) as path:
        items = list(read_articles([str(path)]))
    articles = [a for a in items if isinstance(a, Article)]
    coder = _make_coder(args)
    print(
        f"eventscribe {__version__}: coding the seed article ({SEED_NAME}, "
        f"dated {articles[0].date})"
    )
    print(
        f"{'date':10}  {'source':10}    {'target':10}  {'cameo':5} {'plover':10} "
        "quad    place         trigger"
    )
    for _, events in coder.code_articles(articles):
        for e in events:
            print(_event_line(e))
            print(f"            {_words(e.source)} -> {_words(e.target) if e.target else '-'}")
    return 0


def _words(actor: ActorRef) -> str:
    """An actor's words, or what stands for none: an actor a rule implies has no words."""
    return actor.text or "(implied)"


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    command = next((w for w in words if not w.startswith("-")), None)
    parser = build_parser(optional=command not in CODER_COMMANDS)
    args = parser.parse_args(words)
    try:
        code: int = args.func(args)
        return code
    except EventscribeError as e:
        # 1 like every other refusal of the user's input (2 is argparse's usage error): issue 7
        print(f"eventscribe: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("eventscribe: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        gc.unfreeze()  # what _make_coder froze is collectable again for a caller that goes on


def run() -> None:  # pragma: no cover - exits the process; tests call main()
    """The program (``eventscribe``, ``python -m eventscribe``): ``main``, then exit at once,
    without tearing the pipeline and the dictionaries down object by object (half a second, a
    quarter of a short command's time). Output is flushed first; nothing else is pending then."""
    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        # a closed pipe (`| head`): nothing more can be said
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
