"""The store's CLI commands: ingest, events, series, export, rejects, and ``actors top``.

``register(subparsers)`` adds them to the main parser; ``add_actors_top(actors_subparsers)`` adds
``top`` under the ``actors`` group the main CLI owns. Each command returns an exit code.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from eventscribe.articles import add_field_options
from eventscribe.errors import ConfigError, EventscribeError, StoreError
from eventscribe.pipeline import CodeFunction, CoderLike, Sink
from eventscribe.records import PRECISIONS, Article, Reject
from eventscribe.store import queries
from eventscribe.store.db import IngestStats, Store, default_path
from eventscribe.store.progress import Progress

# events per store transaction of `ingest` (see --commit-every)
COMMIT_EVENTS = 5_000

__all__ = ["add_actors_top", "register"]

Command = Callable[[argparse.Namespace], int]


def _guard(command: Command) -> Command:
    """User errors become ``[E4xx] message`` on stderr and exit code 1, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except EventscribeError as error:
            print(str(error), file=sys.stderr)
            return 1
        except BrokenPipeError:  # `eventscribe events | head`
            return 0

    run.__name__ = command.__name__
    run.__doc__ = command.__doc__
    return run


def _date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise ConfigError(f"{option} takes a date YYYY-MM-DD, not {text!r}", code="E420") from error


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_path()


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="FILE", help="the store (default: $EVENTSCRIBE_DB or ./eventscribe.duckdb)"
    )


def _add_filters(parser: argparse.ArgumentParser, *, page: bool) -> None:
    group = parser.add_argument_group("filters (code filters match by prefix)")
    group.add_argument("--actor", metavar="CODE", help="source or target code starts with CODE")
    group.add_argument("--dyad", metavar="SRC:TGT", help="source starts with SRC, target with TGT")
    group.add_argument("--country", metavar="ISO3", help="either actor's country")
    group.add_argument("--event", metavar="TYPE", help="PLOVER event type, e.g. CONSULT")
    group.add_argument("--cameo", metavar="PREFIX", help="CAMEO code prefix, e.g. 04")
    group.add_argument("--quad", type=int, choices=(1, 2, 3, 4), help="quad class")
    group.add_argument("--since", metavar="DATE", help="events on or after DATE (YYYY-MM-DD)")
    group.add_argument("--until", metavar="DATE", help="events on or before DATE")
    group.add_argument("--text", metavar="WORDS", help="every word appears in the sentence")
    _add_min_confidence(group)
    group.add_argument(
        "--date-precision",
        choices=PRECISIONS,
        help="only events dated this precisely (issue 13: a time of the event's clause may give "
        "only a week, a month, a year or a decade; 'before': on or before the date, how long "
        "before unknown)",
    )
    if page:
        group.add_argument("--limit", type=int, default=100, help="events per page (default 100)")
        group.add_argument("--cursor", help="the cursor printed after the previous page")
    else:
        group.add_argument(
            "--limit", type=int, metavar="N", help="only the first N events, oldest first"
        )


def _add_min_confidence(
    parser: argparse.ArgumentParser | argparse._ArgumentGroup,
    help: str = "only events whose confidence is at least X (0-1); events without a confidence "
    "(not scored) always pass",
) -> None:
    parser.add_argument("--min-confidence", type=float, metavar="X", help=help)


def _filters(args: argparse.Namespace, *, page: bool) -> queries.EventFilters:
    return queries.EventFilters(
        actor=args.actor,
        dyad=args.dyad,
        country=args.country,
        event=args.event,
        cameo=args.cameo,
        quad=args.quad,
        since=_date(args.since, "--since"),
        until=_date(args.until, "--until"),
        text=args.text,
        limit=args.limit if page else None,
        cursor=args.cursor if page else None,
        min_confidence=args.min_confidence,
        date_precision=args.date_precision,
    )


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: Any) -> None:
    cells = [[("" if row.get(c) is None else str(row.get(c))) for c in columns] for row in rows]
    widths = [max([len(c), *(len(line[i]) for line in cells)]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for line in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() + "\n")


def _write(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(
            sys.stdout, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)
    else:
        _table(rows, columns, sys.stdout)


# -- ingest --------------------------------------------------------------------------------------


Reader = Callable[[Sequence[Path], dt.date | None], Iterable[Article | Reject]]


def _pipeline(args: argparse.Namespace) -> tuple[Reader, CodeFunction]:
    """The reader and the local coder (a seam for tests: the coder loads spaCy, on first use)."""
    from eventscribe.articles import ArticleFields, read_articles
    from eventscribe.pipeline import local_coder, make_coder

    workers = args.workers if args.workers > 0 else (os.cpu_count() or 1)

    fields = ArticleFields.from_args(args)

    def read(paths: Sequence[Path], default_date: dt.date | None) -> Iterable[Article | Reject]:
        return read_articles(paths, default_date=default_date, fields=fields)

    def coder() -> CoderLike:
        return make_coder(
            dictionary_files=args.dictionary or (),
            # the coder's own threshold (the scorer's, or --min-confidence) decides what is stored
            min_confidence=getattr(args, "min_confidence", None),
        )

    return read, local_coder(coder, batch_size=args.batch_size, n_process=workers)


def _check_ingest_options(args: argparse.Namespace) -> None:
    def refuse(message: str) -> None:
        raise ConfigError(message, code="E443")

    if args.batch_size < 1:
        refuse(f"--batch-size takes 1 or more articles, not {args.batch_size}")
    if args.commit_every < 1:
        refuse(f"--commit-every takes 1 or more events, not {args.commit_every}")
    if args.from_lake:
        if args.paths or args.dask or args.lake or args.server:
            refuse(
                "--from-lake DIR loads a lake into the store: give it no PATH, --dask, --lake "
                "or --server"
            )
        return
    if not args.paths:
        refuse("ingest needs PATH... (files, directories or '-'), or --from-lake DIR")
    if args.server and (args.dask or args.lake):
        refuse(
            "--server sends the articles to a running `eventscribe serve`, which codes them: "
            "it does not combine with --dask or --lake"
        )


def _progress(args: argparse.Namespace, total: int | None) -> Progress:
    mode = "none" if args.quiet else args.progress
    enabled = {"auto": None, "bar": True, "log": True, "none": False}[mode]
    return Progress(enabled=enabled, total=total, log=mode == "log")


def _open_store(args: argparse.Namespace) -> Store:
    """The store for writing (ingest); a store in use names who holds it and what to do."""
    path = _db_path(args)
    try:
        return Store.open(path, window_days=args.window)
    except StoreError as error:
        raise _in_use(error, path, reading=False) from error


def _open_for_reading(args: argparse.Namespace) -> Store:
    """The store read-only (the query commands); a store in use names the server and the ways
    round it: the API, or a server started with --read-only."""
    path = _db_path(args)
    try:
        return Store.open(path, read_only=True)
    except StoreError as error:
        raise _in_use(error, path, reading=True) from error


def _in_use(error: StoreError, path: Path, *, reading: bool) -> StoreError:
    if error.code != "E401":
        return error
    from eventscribe.server_note import server_hint

    hint = server_hint(path, reading=reading)
    if hint is None and reading:
        hint = (
            "a process holds it for writing (an ingest, or `eventscribe serve` without "
            "--read-only): wait for the ingest to finish, or query a copy of the file "
            f"(cp {path} copy.duckdb; --db copy.duckdb)"
        )
    if hint is None:
        return error
    return StoreError(f"{error.message}; {hint}", code=error.code)


def _ingest_from_lake(args: argparse.Namespace) -> int:
    from eventscribe.scale import load_lake

    started = time.monotonic()
    progress = _progress(args, None)
    with _open_store(args) as store:
        stats = load_lake(store, args.from_lake, progress=progress.update)
    progress.clear()
    if not args.quiet:
        print(
            f"loaded {stats.articles:,} articles from the lake {args.from_lake} "
            f"({stats.new:,} new, {stats.replaced:,} replaced, {stats.unchanged:,} unchanged): "
            f"{_stored(stats, lake=False)} -> {_db_path(args)} in "
            f"{time.monotonic() - started:.1f} s"
        )
    return 0


@_guard
def cmd_ingest(args: argparse.Namespace) -> int:
    """Read, code and store articles (locally, on Dask, through a server, or into a lake)."""
    from eventscribe import pipeline, scale, sinks

    default_date = _date(args.date, "--date")
    minimum = queries.check_min_confidence(args.min_confidence)
    if args.window is not None and args.window < 0:
        raise ConfigError(f"--window takes 0 or more days, not {args.window}", code="E420")
    _check_ingest_options(args)
    if args.from_lake:
        return _ingest_from_lake(args)
    target = scale.parse_dask_target(args.dask) if args.dask else None
    read, code = _pipeline(args)
    paths = [Path(p) for p in args.paths]
    progress = _progress(args, None)
    if progress.enabled and "-" not in args.paths:
        # A reading pass for the ETA: about 1% of the time coding takes.
        progress.total = sum(1 for item in read(paths, default_date) if isinstance(item, Article))
    progress.started = time.monotonic()
    read_rejects: list[Reject] = []
    skipped = 0

    def on_reject(reject: Reject) -> None:
        progress.extra_rejects += 1
        progress.clear()
        print(reject.message(), file=sys.stderr)

    def on_skip(count: int) -> None:
        nonlocal skipped
        skipped += count
        progress.skipped += count

    started = time.monotonic()
    with ExitStack() as stack:
        # The store first: a store in use fails before a cluster is started for nothing.
        store = None if args.server or args.lake else stack.enter_context(_open_store(args))
        client = stack.enter_context(scale.dask_client(target)) if target is not None else None
        sink: Sink
        if args.server:
            sink = sinks.ServerSink(
                args.server, args.token, progress=progress.update, min_confidence=minimum
            )
        elif store is None:
            sink = sinks.LakeSink(args.lake, batch_size=args.batch_size, progress=progress.update)
        else:
            sink = sinks.StoreSink(
                store,
                batch_size=args.commit_every,
                progress=progress.update,
                where=str(_db_path(args)),
            )
        if client is not None:
            code = scale.dask_coder(
                client, batch_size=args.batch_size, dictionary_files=args.dictionary or ()
            )
        stats = pipeline.run(
            pipeline.reading(read(paths, default_date), read_rejects, on_reject),
            sink,
            code=code,
            resume_chunk=args.batch_size,  # a server skips what it holds itself
            on_skip=on_skip,
            min_confidence=minimum,
            rejects=read_rejects,
        )
    progress.clear()
    # The store (local or the server's) counts the readers' rejects it was given; a lake does not.
    date_rejects = stats.rejects - (0 if args.lake else len(read_rejects))
    rejected = len(read_rejects) + max(0, date_rejects)
    if not args.quiet:
        print(
            f"ingested {stats.articles + skipped:,} articles ({stats.new:,} new, "
            f"{stats.replaced:,} replaced, "
            f"{stats.unchanged + skipped:,} unchanged): {_stored(stats, lake=bool(args.lake))}, "
            f"{rejected:,} rejects -> {sink.where} in {time.monotonic() - started:.1f} s"
        )
    if date_rejects > 0:
        where_rejects = "they are not in the lake" if args.lake else "see `eventscribe rejects`"
        print(f"{date_rejects} events had no date: {where_rejects}", file=sys.stderr)
    return 1 if rejected else 0


def _stored(stats: IngestStats, *, lake: bool) -> str:
    """What a run stored: the mentions (one a coded report) and the deduplicated events they made
    (docs/store.md); a lake holds mentions only, deduplicated when it is loaded."""
    if lake:
        return f"{stats.mentions:,} mentions (deduplicated into events by --from-lake)"
    return f"{stats.mentions:,} mentions, {stats.events:,} new events"


# -- queries -------------------------------------------------------------------------------------

_EVENT_TABLE = (
    "date",
    "source",
    "target",
    "cameo",
    "event",
    "quad",
    "goldstein",
    "mentions",
    "articles",
    "sources",
    "text",
)


def _event_table_row(record: dict[str, Any]) -> dict[str, Any]:
    text = record["text"] or ""
    return {
        "date": record["date"],
        "source": record["source"]["code"],
        "target": (record["target"] or {}).get("code", ""),
        "cameo": record["cameo"],
        "event": record["event"],
        "quad": record["quad_class"],
        "goldstein": record["goldstein"],
        "mentions": record["num_mentions"],
        "articles": record["num_articles"],
        "sources": record["num_sources"],
        "text": text if len(text) <= 70 else text[:67] + "...",
    }


@_guard
def cmd_events(args: argparse.Namespace) -> int:
    """Print a page of events."""
    from eventscribe.exports.csv import FLAT_COLUMNS, flat_row

    with _open_for_reading(args) as store:
        page = queries.events_page(store.con, _filters(args, page=True))
    if args.format == "jsonl":
        _write(page.records, (), "jsonl")
    elif args.format == "csv":
        _write([flat_row(r) for r in page.records], FLAT_COLUMNS, "csv")
    else:
        _write([_event_table_row(r) for r in page.records], _EVENT_TABLE, "table")
    if page.next_cursor:
        print(f"more: --cursor {page.next_cursor}", file=sys.stderr)
    return 0


@_guard
def cmd_series(args: argparse.Namespace) -> int:
    """Print a dyad's time series."""
    with _open_for_reading(args) as store:
        rows = queries.series(
            store.con,
            args.dyad,
            both=args.both,
            freq=args.freq,
            measure=args.measure,
            since=_date(args.since, "--since"),
            until=_date(args.until, "--until"),
            min_confidence=args.min_confidence,
        )
    columns = {
        "count": ("period", "count"),
        "goldstein": ("period", "count", "goldstein"),
        "goldstein-mean": ("period", "count", "goldstein_mean"),
    }.get(args.measure, ("period", "quad1", "quad2", "quad3", "quad4"))
    _write(rows, columns, args.format)
    return 0


@_guard
def cmd_export(args: argparse.Namespace) -> int:
    """Export events in a standard format."""
    from eventscribe.exports import export

    with _open_for_reading(args) as store:
        count = export(
            store.con, args.format, args.output, _filters(args, page=False), limit=args.limit
        )
    if args.output:
        print(f"exported {count:,} rows ({args.format}) -> {args.output}", file=sys.stderr)
    return 0


@_guard
def cmd_rejects(args: argparse.Namespace) -> int:
    """Print what could not be read, and why."""
    with _open_for_reading(args) as store:
        rows = queries.rejects(store.con, limit=args.limit)
    if args.format == "jsonl":
        _write(rows, (), "jsonl")
    else:
        for row in rows:
            print(f"{row['origin']}: [{row['code']}] {row['reason']}")
    return 0


@_guard
def cmd_actors_top(args: argparse.Namespace) -> int:
    """Print the actors in most events."""
    with _open_for_reading(args) as store:
        rows = queries.top_actors(
            store.con,
            since=_date(args.since, "--since"),
            until=_date(args.until, "--until"),
            limit=args.limit,
        )
    _write(rows, ("code", "events", "as_source", "as_target", "mentions"), args.format)
    return 0


# -- registration --------------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ingest, events, series, export and rejects (``actors top``: see add_actors_top)."""
    ingest = subparsers.add_parser(
        "ingest",
        help="code articles and store their events (locally, on Dask, through a server, or into "
        "a Parquet lake); a run that stops resumes where it stopped",
    )
    ingest.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or directories ('-': stdin)"
    )
    _add_db(ingest)
    ingest.add_argument(
        "--date", metavar="DATE", help="date for articles that have none (YYYY-MM-DD)"
    )
    ingest.add_argument(
        "--dictionary", action="append", metavar="FILE", help="extra dictionary file (repeatable)"
    )
    add_field_options(ingest)
    ingest.add_argument(
        "--window",
        type=int,
        metavar="N",
        help="deduplication window in days (default: the store's, 0)",
    )
    ingest.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help="processes that parse, coding locally (default 0: all cores)",
    )
    ingest.add_argument(
        "--batch-size",
        type=int,
        default=64,
        metavar="N",
        help="articles per batch coded together (default 64)",
    )
    ingest.add_argument(
        "--commit-every",
        type=int,
        default=COMMIT_EVENTS,
        metavar="N",
        help=f"events per transaction (default {COMMIT_EVENTS:,}): each commit recomputes the "
        "events its mentions touch, a scan of the stored mentions, so few large commits keep a "
        "long ingest's cost linear; a crash loses at most the uncommitted articles, redone on "
        "the next run",
    )
    ingest.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="code on a Dask cluster: a scheduler address (tcp://host:8786), or local[:N] to "
        "start N worker processes here (default 2); see docs/scale-out.md",
    )
    ingest.add_argument(
        "--lake",
        metavar="DIR",
        help="write the coded batches as Parquet under DIR (year=/month= partitions) instead of "
        "the store; load them later with --from-lake DIR",
    )
    ingest.add_argument(
        "--from-lake", metavar="DIR", help="load a lake written with --lake into the store"
    )
    ingest.add_argument(
        "--server",
        metavar="URL",
        help="send the articles to a running `eventscribe serve` at URL (it codes and stores)",
    )
    ingest.add_argument(
        "--token", help="the server's ingest token (--server; default: $EVENTSCRIBE_TOKEN)"
    )
    ingest.add_argument(
        "--progress",
        choices=("auto", "bar", "log", "none"),
        default="auto",
        help="auto: a progress bar on a terminal; log: one line per committed batch (default auto)",
    )
    _add_min_confidence(
        ingest,
        "store only the events whose confidence is at least X (0-1; default: the scorer's "
        "threshold); events without a confidence (not scored) are kept",
    )
    ingest.add_argument("--quiet", action="store_true", help="no progress line, no summary")
    ingest.set_defaults(func=cmd_ingest)

    events = subparsers.add_parser("events", help="list stored events")
    _add_db(events)
    _add_filters(events, page=True)
    events.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    events.set_defaults(func=cmd_events)

    series = subparsers.add_parser("series", help="a dyad's events per period")
    _add_db(series)
    series.add_argument("--dyad", required=True, metavar="SRC:TGT")
    series.add_argument("--both", action="store_true", help="both directions")
    series.add_argument("--freq", choices=queries.FREQUENCIES, default="month")
    series.add_argument(
        "--measure",
        choices=queries.MEASURES,
        default="count",
        help="count: events; goldstein: their Goldstein sum; goldstein-mean: the mean (GDELT's "
        "usual measure); quad: events per quad class (default count)",
    )
    series.add_argument("--since", metavar="DATE")
    series.add_argument("--until", metavar="DATE")
    _add_min_confidence(series)
    series.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    series.set_defaults(func=cmd_series)

    from eventscribe.exports import FORMATS

    export = subparsers.add_parser(
        "export", help="export events (GDELT, ICEWS, PLOVER, Parquet, CSV)"
    )
    _add_db(export)
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument(
        "-o", "--output", metavar="FILE", help="output file (parquet: a directory); default stdout"
    )
    _add_filters(export, page=False)
    export.set_defaults(func=cmd_export)

    rejects = subparsers.add_parser("rejects", help="what could not be read, and why")
    _add_db(rejects)
    rejects.add_argument("--limit", type=int)
    rejects.add_argument("--format", choices=("text", "jsonl"), default="text")
    rejects.set_defaults(func=cmd_rejects)


def add_actors_top(actors_subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``top`` to the ``actors`` command group."""
    top = actors_subparsers.add_parser("top", help="the actors in most events")
    _add_db(top)
    top.add_argument("--since", metavar="DATE")
    top.add_argument("--until", metavar="DATE")
    top.add_argument("--limit", type=int, default=20)
    top.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    top.set_defaults(func=cmd_actors_top)
