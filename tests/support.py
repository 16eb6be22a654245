"""What several test modules share (a test module never imports another): the API tests' fake
coder, synthetic store and in-process client; a store's snapshot for the ingest tests; an old
store layout for the migration tests; a benchmark script loaded as a module. Fixtures built on
these are in conftest.py."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import importlib.util
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import duckdb
import httpx

from eventscribe.api.app import Settings, create_app
from eventscribe.records import Article, Event
from eventscribe.store import cli, schema
from eventscribe.store.db import Store
from eventscribe.store.synthetic import make_article, make_event

SCALE_ARTICLES = Path(__file__).parent / "fixtures" / "scale" / "articles.jsonl"

JAN, MAR = dt.date(2020, 1, 15), dt.date(2020, 3, 2)
ARTICLE_TEXT = "Headline.\n\nXi met the Duma speaker in Beijing. Russia signed the deal with China."


class FakeCoder:
    """Codes every article as one CHNGOV -> RUSGOV meeting in its first sentence."""

    def __init__(self) -> None:
        self.calls = 0

    def code_articles(
        self, articles: Iterable[Article], *, batch_size: int = 64, n_process: int = 1
    ) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            self.calls += 1
            sentence = article.text.split(".")[0] + "."
            event = make_event(
                article.id,
                "CHNGOV",
                "RUSGOV",
                "040",
                date=article.date,
                text=sentence,
                trigger=sentence.split()[1] if len(sentence.split()) > 1 else sentence,
            )
            yield article, [event]


def fill_store(store: Store) -> None:
    first = make_event(
        "a1", "CHNGOV", "RUSLEG", "036", date=JAN, text="Xi met the Duma speaker in Beijing."
    )
    # The sentence starts at offset 11 of the article text: spans must be moved by it.
    first = dataclasses.replace(
        first,
        sentence_start=11,
        source=dataclasses.replace(first.source, text="Xi", start=0, end=2),
        target=dataclasses.replace(first.target, text="Duma speaker", start=11, end=23)
        if first.target
        else None,
    )
    second = make_event(
        "a1",
        "RUSGOV",
        "CHNGOV",
        "057",
        date=JAN,
        sentence_index=1,
        event="AGREE",
        text="Russia signed the deal with China.",
        trigger="signed",
    )
    second = dataclasses.replace(
        second,
        sentence_start=47,
        source=dataclasses.replace(second.source, text="Russia", start=0, end=6),
        target=dataclasses.replace(second.target, text="China", start=28, end=33)
        if second.target
        else None,
    )
    store.ingest(
        [
            (make_article("a1", text=ARTICLE_TEXT, date=JAN), [first, second]),
            (
                make_article("a2", date=MAR, source="other.org"),
                [
                    make_event(
                        "a2",
                        "CHN",
                        "RUS",
                        "112",
                        date=MAR,
                        event="ACCUSE",
                        quad_class=3,
                        goldstein=-2.0,
                        text="China accused Russia of 100% lies.",
                        trigger="accused",
                    ),
                    make_event(
                        "a2",
                        "USAGOV",
                        "IRN",
                        "190",
                        date=MAR,
                        sentence_index=1,
                        event="ASSAULT",
                        quad_class=4,
                        goldstein=-10.0,
                    ),
                ],
            ),
        ]
    )


def api_client(store: Store, settings: Settings | None = None, **kwargs: Any) -> httpx.AsyncClient:
    app = create_app(store, settings, coder_factory=kwargs.pop("coder", FakeCoder), **kwargs)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


def api_requests(
    store: Store, calls: list[tuple[str, str, dict[str, Any]]], **kw: Any
) -> list[httpx.Response]:
    """Make the requests in order, in-process; returns the responses."""

    async def go() -> list[httpx.Response]:
        async with api_client(store, **kw) as client:
            return [await client.request(method, url, **options) for method, url, options in calls]

    return asyncio.run(go())


def get(store: Store, url: str, **kw: Any) -> httpx.Response:
    return api_requests(store, [("GET", url, {})], **kw)[0]


def post(store: Store, url: str, body: Any, **kw: Any) -> httpx.Response:
    headers = kw.pop("headers", {})
    return api_requests(store, [("POST", url, {"json": body, "headers": headers})], **kw)[0]


def is_error(response: httpx.Response, status: int | tuple[int, ...]) -> dict[str, Any]:
    statuses = (status,) if isinstance(status, int) else status
    assert response.status_code in statuses, (response.status_code, response.text)
    error = response.json()["error"]
    assert re.fullmatch(r"E\d{3}", error["code"]) and error["message"]
    return dict(error)


INJECTIONS = [
    "x' OR '1'='1",
    "'; DROP TABLE events; --",
    "CHN%",
    "1) OR (1=1",
    'RUS"; DELETE FROM articles; --',
    "%_%",
]


def run_store_cli(*argv: str) -> int:
    """``eventscribe`` with the store's subcommands (ingest, events, ...), in-process."""
    parser = argparse.ArgumentParser(prog="eventscribe")
    cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


def store_snapshot(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The events (id and counts) and the mentions (id, key and evidence) of a store."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        events = con.execute(
            "SELECT id, event_date, source_code, target_code, cameo, num_mentions, num_articles "
            "FROM events ORDER BY id"
        ).fetchall()
        mentions = con.execute(
            "SELECT id, article_id, date, source_code, target_code, cameo, text, trigger_text, "
            "rule, location_name FROM mentions ORDER BY id"
        ).fetchall()
    finally:
        con.close()
    return events, mentions


def make_v0_file(path: Path) -> None:
    """A development-snapshot layout: no meta, no events table, no mentions.article_source."""
    con = duckdb.connect(str(path))
    v1 = dict(schema.TABLES)
    con.execute(
        "CREATE TABLE articles ("
        + ", ".join(f"{c} {t}" for c, t in v1["articles"] if c != "num_mentions")
        + ")"
    )
    mention_columns = [(c, t) for c, t in v1["mentions"] if c != "article_source"]
    con.execute(
        "CREATE TABLE mentions (" + ", ".join(f'"{c}" {t}' for c, t in mention_columns) + ")"
    )
    for article_id, source in (("a1", "bbc"), ("a2", "cnn")):
        con.execute(
            "INSERT INTO articles VALUES "
            "(?, DATE '2020-01-02', 't', 'u', ?, 'o', 'text', 'h', now())",
            [article_id, source],
        )
        con.execute(
            "INSERT INTO mentions (id, date, event_date, source_code, target_code, cameo, "
            "article_id, "
            "source_sectors, rule) VALUES (?, DATE '2020-01-02', DATE '2020-01-02', 'USA', 'IRN', "
            "'112', ?, [], '{}')",
            ["e" + article_id, article_id],
        )
    con.close()


def load_benchmark(name: str) -> ModuleType:
    """The script ``benchmarks/NAME.py`` as a module (benchmarks are no package)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module
