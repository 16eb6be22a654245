"""`eventscribe serve`: the API and the dashboard under uvicorn, over one store held open.

``register(subparsers)`` adds the command to the main parser.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from eventscribe.api import DEFAULT_MAX_BODY, TOKEN_ENV
from eventscribe.errors import ConfigError

if TYPE_CHECKING:
    from eventscribe.api.app import Settings


__all__ = ["build_settings", "cmd_serve", "register"]


def build_settings(args: argparse.Namespace) -> Settings:
    """The server's settings from the command line and $EVENTSCRIBE_TOKEN; checks they agree."""
    from eventscribe.api.app import Settings

    token = args.token or os.environ.get(TOKEN_ENV) or None
    if args.token_all and not token:
        raise ConfigError(
            f"--token-all needs a token: pass --token TOKEN or set ${TOKEN_ENV}", code="E300"
        )
    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port takes 0 to 65535, not {args.port}", code="E300")
    if args.max_body < 1024:
        raise ConfigError(f"--max-body takes 1024 bytes or more, not {args.max_body}", code="E300")
    return Settings(
        host=args.host,
        port=args.port,
        token=token,
        token_all=args.token_all,
        cors=tuple(args.cors or ()),
        max_body=args.max_body,
        dictionaries=tuple(Path(p) for p in args.dictionary or ()),
    )


def _url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("", "0.0.0.0") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


def cmd_serve(args: argparse.Namespace) -> int:
    """Open the store, then serve until interrupted; the store stays open (and locked) meanwhile."""
    import uvicorn

    from eventscribe.api.app import create_app
    from eventscribe.server_note import remove_note, write_note
    from eventscribe.store.db import Store, default_path

    settings = build_settings(args)
    db = Path(args.db) if args.db else default_path()
    url = _url(settings.host, settings.port)
    with Store.open(db, read_only=args.read_only) as store:
        app = create_app(store, settings)
        rule = settings.ingest_rule(store.read_only)
        print(
            f"eventscribe serve: {db} ({'read-only' if store.read_only else 'read-write'}) "
            f"at {url}/ (API: {url}/docs); ingest {rule}",
            file=sys.stderr,
        )
        if settings.public and rule == "disabled" and not store.read_only:
            print(
                f"eventscribe serve: listening on {settings.host} without a token: POST /v1/ingest "
                f"is refused; pass --token or set ${TOKEN_ENV} to allow it",
                file=sys.stderr,
            )
        if not args.lazy_coder:
            # Load spaCy in the background: the first /v1/code answers sooner.
            threading.Thread(target=app.state.service.load_coder, daemon=True).start()
        if not store.read_only:
            write_note(db, url)
        previous = signal.signal(signal.SIGTERM, _stop)
        try:
            uvicorn.run(app, host=settings.host, port=settings.port, log_level=args.log_level)
        finally:
            signal.signal(signal.SIGTERM, previous)
            remove_note(db)
    return 0


def _stop(signum: int, frame: FrameType | None) -> None:
    """SIGTERM: leave through the ``finally`` and ``with`` blocks that remove the note and close
    the store. uvicorn shuts down on SIGTERM, then sends the signal again to the process; with the
    default handler that second one killed the process before the store was closed (issue 12)."""
    raise SystemExit(0)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``serve``."""
    serve = subparsers.add_parser(
        "serve",
        help="the HTTP API and the dashboard over a store",
        description="Serve the API (v1) and the dashboard. The store is held open for writing "
        "while the server runs: ingest through it (`eventscribe ingest --server URL`).",
    )
    serve.add_argument(
        "--db", metavar="FILE", help="the store (default: $EVENTSCRIBE_DB or ./eventscribe.duckdb)"
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine)"
    )
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument(
        "--token",
        help=f"token for POST /v1/ingest (default: ${TOKEN_ENV}); required to ingest when "
        "--host is not a loopback address",
    )
    serve.add_argument("--token-all", action="store_true", help="require the token for reading too")
    serve.add_argument(
        "--cors",
        action="append",
        metavar="ORIGIN",
        help="allow browser requests from ORIGIN (repeatable; default: none)",
    )
    serve.add_argument(
        "--max-body",
        type=int,
        default=DEFAULT_MAX_BODY,
        metavar="BYTES",
        help=f"largest request body (default {DEFAULT_MAX_BODY:,}: 1 MiB); larger ones get 413",
    )
    serve.add_argument(
        "--read-only",
        action="store_true",
        help="open the store read-only: other read-only commands may share it; no ingest",
    )
    serve.add_argument(
        "--dictionary", action="append", metavar="FILE", help="extra dictionary file (repeatable)"
    )
    serve.add_argument(
        "--lazy-coder",
        action="store_true",
        help="load the coder on the first request that needs it, not at start",
    )
    serve.add_argument(
        "--log-level",
        default="info",
        choices=("critical", "error", "warning", "info", "debug"),
        help="uvicorn's log level",
    )
    serve.set_defaults(func=cmd_serve)
