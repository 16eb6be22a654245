"""The HTTP API (v1) and the dashboard: one FastAPI application over one open Store.

``create_app(store, settings)`` builds it; ``eventscribe serve`` (api/cli.py) runs it under uvicorn.
docs/api.md documents every endpoint, the error body and the security rules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import ipaddress
import json
import threading
from collections.abc import Awaitable, Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Body, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventscribe import __version__
from eventscribe.api import DEFAULT_MAX_BODY, store_queries
from eventscribe.api.models import (
    ActorsFound,
    ArticleOut,
    CodedArticle,
    EventsPage,
    Health,
    Ingested,
    Network,
    RejectsAdded,
    Series,
)
from eventscribe.articles import normalise_text, parse_date
from eventscribe.errors import ApiError, ArticleError, EventscribeError
from eventscribe.ontology import cameo_info
from eventscribe.pipeline import Coded, CoderLike, code_stream, make_coder
from eventscribe.records import Article, Reject, content_id
from eventscribe.sinks import StoreSink
from eventscribe.store import queries, schema
from eventscribe.store.db import Store

__all__ = [
    "DEFAULT_MAX_BODY",
    "ApiError",
    "ArticleIn",
    "RejectIn",
    "Settings",
    "create_app",
]

_WEB = "web"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True)
class Settings:
    """How the server runs. ``host`` decides whether ingest needs a token (see ``ingest_rule``)."""

    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None
    token_all: bool = False
    cors: tuple[str, ...] = ()
    max_body: int = DEFAULT_MAX_BODY
    dictionaries: tuple[Path, ...] = field(default=())

    @property
    def public(self) -> bool:
        """Bound to an address other machines can reach."""
        if self.host == "localhost":
            return False
        if self.host in ("", "*"):
            return True
        try:
            return not ipaddress.ip_address(self.host).is_loopback
        except ValueError:  # a host name: assume reachable
            return True

    def ingest_rule(self, read_only: bool) -> Literal["open", "token", "disabled"]:
        """open: anyone on this machine may ingest; token: with the token; disabled: never."""
        if read_only:
            return "disabled"
        if self.token:
            return "token"
        return "disabled" if self.public else "open"


class RejectIn(BaseModel):
    """Input a client could not read, as `eventscribe rejects` lists it (``ingest --server``)."""

    model_config = ConfigDict(extra="forbid")

    origin: str = Field(max_length=2000, description="where: path:line")
    reason: str = Field(max_length=4000, description="why, and what to do")
    code: str = Field(pattern=r"^E[0-9]{3}$", description="the error code, e.g. E116")
    article_id: str | None = Field(None, max_length=200)

    def to_reject(self) -> Reject:
        return Reject(
            origin=self.origin, reason=self.reason, code=self.code, article_id=self.article_id
        )


class ArticleIn(BaseModel):
    """One article to code: its text, and optionally its date (YYYY-MM-DD), id and metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article text (paragraphs: blank lines)")
    date: str | None = Field(None, description="YYYY-MM-DD; events need a date to be stored")
    id: str | None = Field(None, max_length=200, description="default: a hash of the text")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200, description="the publisher")

    def to_article(self, origin: str) -> Article:
        text = normalise_text(self.text)
        if not text:
            raise ArticleError("the article text is empty or only whitespace", code="E112")
        date = parse_date(self.date, origin=origin) if self.date and self.date.strip() else None
        given = (self.id or "").strip()
        return Article(
            id=given or content_id(text),
            text=text,
            date=date,
            title=(self.title or "").strip() or None,
            url=(self.url or "").strip() or None,
            source=(self.source or "").strip() or None,
            origin=origin,
        )


# -- the service behind the routes ------------------------------------------------------------


class _Service:
    """The open store, the coder (loaded on first use) and the locks that serialise their use."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        coder_factory: Callable[[], CoderLike] | None,
    ) -> None:
        self.store = store
        self.settings = settings
        self._coder_factory = coder_factory or self._default_coder
        self._coder: CoderLike | None = None
        self._coder_lock = threading.Lock()  # spaCy pipelines are not shared between threads
        self._write_lock = threading.Lock()  # one ingest at a time: the Store's connection
        self._cursor_lock = threading.Lock()

    def _default_coder(self) -> CoderLike:
        return make_coder(dictionary_files=self.settings.dictionaries)

    @property
    def coder_loaded(self) -> bool:
        return self._coder is not None

    def load_coder(self) -> CoderLike:
        with self._coder_lock:
            if self._coder is None:
                self._coder = self._coder_factory()
            return self._coder

    def code(self, articles: Iterable[Article]) -> list[Coded]:
        coder = self.load_coder()
        with self._coder_lock:
            return list(coder.code_articles(articles))

    def reader(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own for one request: DuckDB connections are not shared by threads."""
        with self._cursor_lock:
            return self.store.con.cursor()

    def ingest(
        self, articles: Sequence[Article], min_confidence: float | None
    ) -> tuple[dict[str, Any], list[Coded]]:
        """The ingest pipeline on a request's articles: coded (with the coder's lock), their events
        under ``min_confidence`` dropped, then stored (with the write lock); returns the summary
        and what was stored."""
        coded = list(code_stream(articles, code=self.code, min_confidence=min_confidence))
        with self._write_lock:
            stats = StoreSink(self.store).write(coded, ())
        return asdict(stats), coded

    def add_rejects(self, rejects: list[Reject]) -> int:
        with self._write_lock:
            return self.store.add_rejects(rejects)


# -- helpers ------------------------------------------------------------------------------------


def _error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error}


def _json_error(status: int, code: str, message: str, details: Any = None) -> JSONResponse:
    return JSONResponse(_error_body(code, message, details), status_code=status)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _check_token(request: Request, token: str) -> None:
    given = _bearer(request)
    if given is None:
        raise ApiError(
            "this server wants a token: send the header 'Authorization: Bearer TOKEN'",
            status=401,
            code="E502",
        )
    if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise ApiError("the token is wrong", status=401, code="E502")


def _documented(model: type[BaseModel], description: str) -> dict[int | str, dict[str, Any]]:
    """A route's 200 body as /openapi.json documents it. The routes return plain JSON, not
    validated again on the way out; tests/test_api_models.py checks each body fits its model."""
    return {200: {"model": model, "description": description}}


def _spans(record: dict[str, Any]) -> dict[str, list[int] | None]:
    """The record's source, target and trigger spans as offsets in the article text."""
    base = int(record.get("sentence_start") or 0)
    target = record.get("target")
    return {
        "source": [base + record["source"]["start"], base + record["source"]["end"]],
        "target": [base + target["start"], base + target["end"]] if target else None,
        "trigger": [base + record["trigger"]["start"], base + record["trigger"]["end"]],
    }


class _BodyLimit:
    """Refuses a request body over ``limit`` bytes with 413 before any route reads it."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def _too_large(self, send: Send) -> None:
        body = json.dumps(
            _error_body(
                "E501",
                f"the request body is over the limit of {self.limit:,} bytes; send fewer or "
                "shorter articles per request (the server's --max-body sets the limit)",
            )
        ).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode("ascii")),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await self._too_large(send)
                return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._too_large(send)
                return
            chunks.append(chunk)
            more = bool(message.get("more_body", False))
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


# -- the application ------------------------------------------------------------------------------

ActorCode = Annotated[
    str | None,
    Query(
        pattern=r"^[A-Za-z0-9]{1,32}$",
        description="source or target code starts with it (letters and digits)",
    ),
]
DateParam = Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive")]
DatePrecision = Annotated[
    Literal["day", "week", "month", "year", "decade", "before"] | None,
    Query(
        description="only events dated this precisely (day, week, month, year, decade; before: "
        "on or before the date, how long before unknown)"
    ),
]
MinConfidence = Annotated[
    float | None,
    Query(
        ge=0.0,
        le=1.0,
        description="only events whose confidence is at least this (0-1); events not scored "
        "(confidence null) always pass",
    ),
]
DyadParam = Annotated[
    str | None,
    Query(
        pattern=r"^[A-Za-z0-9]{0,32}:[A-Za-z0-9]{0,32}$",
        description="SRC:TGT code prefixes, e.g. CHN:RUS (one side may be empty)",
    ),
]
CountryParam = Annotated[
    str | None, Query(pattern=r"^[A-Za-z]{3}$", description="either actor's country (ISO3)")
]
EventParam = Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,40}$", description="PLOVER type")]
CameoParam = Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code prefix")]
QuadParam = Annotated[int | None, Query(ge=1, le=4, description="quad class 1-4")]
TextParam = Annotated[
    str | None, Query(max_length=500, description="every word is in the sentence")
]
_EXPORT_MEDIA = {
    "gdelt": ("text/tab-separated-values", "events.gdelt.tsv"),
    "gdelt-mentions": ("text/tab-separated-values", "mentions.gdelt.tsv"),
    "icews": ("text/tab-separated-values", "events.icews.tsv"),
    "plover": ("application/x-ndjson", "events.plover.jsonl"),
    "csv": ("text/csv", "events.csv"),
}


def _event_filters(
    actor: ActorCode = None,
    dyad: DyadParam = None,
    country: CountryParam = None,
    event: EventParam = None,
    cameo: CameoParam = None,
    quad: QuadParam = None,
    since: DateParam = None,
    until: DateParam = None,
    text: TextParam = None,
    min_confidence: MinConfidence = None,
    date_precision: DatePrecision = None,
) -> queries.EventFilters:
    """The event filters of /v1/events and /v1/export, from the query string."""
    return queries.EventFilters(
        actor=actor,
        dyad=dyad,
        country=country,
        event=event,
        cameo=cameo,
        quad=quad,
        since=since,
        until=until,
        text=text,
        min_confidence=min_confidence,
        date_precision=date_precision,
        limit=None,
    )


Filters = Annotated[queries.EventFilters, Depends(_event_filters)]


def create_app(
    store: Store,
    settings: Settings | None = None,
    *,
    coder_factory: Callable[[], CoderLike] | None = None,
) -> FastAPI:
    """The API and dashboard over ``store`` (the caller opens and closes it).

    ``coder_factory`` makes the coder on the first request that needs one (default: a Coder with
    ``settings.dictionaries``).
    """
    settings = settings or Settings()
    service = _Service(store, settings, coder_factory)
    app = FastAPI(
        title="eventscribe",
        version=__version__,
        description=(
            "Political events (CAMEO and PLOVER) coded from news articles, with evidence. "
            'Errors are JSON: {"error": {"code", "message"}}. See docs/api.md.'
        ),
        docs_url=None,  # Swagger UI comes from a CDN: /docs is our own offline page instead
        redoc_url=None,
    )
    app.state.service = service
    ingest_rule = settings.ingest_rule(store.read_only)

    # errors: one JSON shape for every failure --------------------------------------------------

    @app.exception_handler(EventscribeError)
    async def _eventscribe_error(request: Request, error: EventscribeError) -> JSONResponse:
        status = error.status if 400 <= error.status < 600 else 500
        return _json_error(status, error.code, error.message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
        details = [
            {"where": ".".join(str(part) for part in item.get("loc", ())), "problem": item["msg"]}
            for item in error.errors()
        ]
        first = details[0] if details else {"where": "request", "problem": "invalid"}
        return _json_error(422, "E505", f"{first['where']}: {first['problem']}", details=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        code = {404: "E504", 405: "E506"}.get(error.status_code, "E500")
        return _json_error(error.status_code, code, str(error.detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> JSONResponse:
        return _json_error(500, "E500", f"internal error ({type(error).__name__}); see the log")

    # access rules --------------------------------------------------------------------------------

    def can_read(request: Request) -> None:
        if settings.token_all and settings.token:
            _check_token(request, settings.token)

    def can_write(request: Request) -> None:
        if ingest_rule == "disabled":
            why = (
                "the server opened the store read-only (serve --read-only)"
                if store.read_only
                else f"the server listens on {settings.host} and has no token: restart it with "
                "--token or EVENTSCRIBE_TOKEN to allow ingest over the network"
            )
            raise ApiError(f"ingest is disabled: {why}", status=403, code="E503")
        if ingest_rule == "token" and settings.token:
            _check_token(request, settings.token)

    reads = [Depends(can_read)]

    # API v1 ------------------------------------------------------------------------------------

    @app.get("/v1/health", tags=["meta"], responses=_documented(Health, "the server and its store"))
    def health() -> dict[str, Any]:
        """Liveness and what the server holds (open even with --token-all)."""
        con = service.reader()
        try:
            counts = {}
            for table in ("articles", "mentions", "events", "rejects"):
                row = schema.fetch_one(con, f"SELECT count(*) FROM {table}")
                counts[table] = int(row[0]) if row else 0
            version = schema.read_version(con)
        finally:
            con.close()
        return {
            "status": "ok",
            "version": __version__,
            "store": {
                "name": store.path.name,
                "read_only": store.read_only,
                "schema_version": version,
                "counts": counts,
            },
            "coder": "loaded" if service.coder_loaded else "loads on first use",
            "ingest": ingest_rule,
            "token_all": settings.token_all,
            "max_body": settings.max_body,
        }

    @app.post(
        "/v1/code",
        tags=["coding"],
        dependencies=reads,
        responses=_documented(CodedArticle, "the article's events, not stored"),
    )
    def code(article: ArticleIn) -> dict[str, Any]:
        """Code one article; nothing is stored. Offsets are in the sentence: add sentence_start."""
        item = article.to_article("request")
        _, events = service.code([item])[0]
        return {
            "article_id": item.id,
            "date": item.date.isoformat() if item.date else None,
            "text": item.text,
            "events": [event.to_dict() for event in events],
        }

    @app.post(
        "/v1/ingest",
        tags=["coding"],
        dependencies=[Depends(can_write)],
        responses=_documented(Ingested, "the summary and the events stored"),
    )
    def ingest(
        body: Annotated[ArticleIn | list[ArticleIn], Body(description="an article or a list")],
        min_confidence: Annotated[
            float | None,
            Query(
                ge=0.0,
                le=1.0,
                description="drop the events under this confidence before storing them (events "
                "not scored are kept)",
            ),
        ] = None,
    ) -> dict[str, Any]:
        """Code and store one article or a list of them; returns the summary and the events."""
        items = body if isinstance(body, list) else [body]
        if not items:
            raise ApiError("the list of articles is empty", status=422, code="E505")
        articles = [item.to_article(f"request[{index}]") for index, item in enumerate(items)]
        summary, pairs = service.ingest(articles, min_confidence)
        return {
            "summary": summary,
            "events": [event.to_dict() for _, events in pairs for event in events],
        }

    @app.post(
        "/v1/rejects",
        tags=["coding"],
        dependencies=[Depends(can_write)],
        responses=_documented(RejectsAdded, "how many were stored"),
    )
    def add_rejects(
        body: Annotated[list[RejectIn], Body(description="what a client could not read")],
    ) -> dict[str, Any]:
        """Store the rejects of a client's reader (`ingest --server`), so that `eventscribe
        rejects` lists them as after a local ingest; one already stored is not stored again."""
        added = service.add_rejects([item.to_reject() for item in body])
        return {"added": added}

    # EventsPage documents the body in /openapi.json; the records are JSON already and are not
    # validated again (0.05 ms an event): tests/test_api_models.py checks that the model takes them
    @app.get(
        "/v1/events",
        tags=["queries"],
        dependencies=reads,
        responses=_documented(EventsPage, "a page of events"),
    )
    def events(
        filters: Filters,
        limit: Annotated[int, Query(ge=1, le=queries.MAX_LIMIT)] = 100,
        cursor: Annotated[
            str | None, Query(pattern=r"^[A-Za-z0-9_-]{1,400}$", description="'next' of a page")
        ] = None,
    ) -> Any:  # EventsPage, as plain JSON
        """A page of deduplicated events, newest first, and the cursor of the next page."""
        filters = dataclasses.replace(filters, limit=limit, cursor=cursor)
        con = service.reader()
        try:
            page = queries.events_page(con, filters)
        finally:
            con.close()
        return {"events": page.records, "next": page.next_cursor}

    @app.get(
        "/v1/series",
        tags=["queries"],
        dependencies=reads,
        responses=_documented(Series, "the dyad's series"),
    )
    def series(
        dyad: Annotated[
            str,
            Query(pattern=r"^[A-Za-z0-9]{0,32}:[A-Za-z0-9]{0,32}$", description="SRC:TGT"),
        ],
        both: bool = False,
        freq: Literal["day", "week", "month", "year"] = "month",
        measure: Literal["count", "goldstein", "goldstein-mean", "quad"] = "count",
        since: DateParam = None,
        until: DateParam = None,
        min_confidence: MinConfidence = None,
    ) -> dict[str, Any]:
        """The dyad's events per period (empty periods as zeros; goldstein-mean: null)."""
        con = service.reader()
        try:
            rows = queries.series(
                con,
                dyad,
                both=both,
                freq=freq,
                measure=measure,
                since=since,
                until=until,
                min_confidence=min_confidence,
            )
        finally:
            con.close()
        return {
            "dyad": dyad.upper(),
            "both": both,
            "freq": freq,
            "measure": measure,
            "series": rows,
        }

    @app.get("/v1/export", tags=["queries"], dependencies=reads)
    def export(
        format: Annotated[
            Literal["gdelt", "gdelt-mentions", "icews", "plover", "csv"],
            Query(description="the export format (docs/store.md); parquet only from the CLI"),
        ],
        filters: Filters,
        limit: Annotated[
            int | None, Query(ge=1, description="only the first N events, oldest first")
        ] = None,
    ) -> StreamingResponse:
        """The matching events in a standard format, as `eventscribe export` writes them."""
        from eventscribe.exports import export_lines

        queries.export_events_sql(filters, limit=limit)  # a wrong filter: 400 before any byte
        con = service.reader()

        def chunks() -> Iterator[bytes]:
            buffer: list[str] = []
            size = 0
            try:
                for line in export_lines(con, format, filters, limit=limit):
                    buffer.append(line)
                    size += len(line)
                    if size >= 65_536:
                        yield "".join(buffer).encode("utf-8")
                        buffer, size = [], 0
                yield "".join(buffer).encode("utf-8")
            finally:
                con.close()

        media, filename = _EXPORT_MEDIA[format]
        return StreamingResponse(
            chunks(),
            media_type=f"{media}; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{filename}"'},
        )

    @app.get(
        "/v1/actors",
        tags=["queries"],
        dependencies=reads,
        responses=_documented(ActorsFound, "the actors found"),
    )
    def actors(
        q: Annotated[
            str | None, Query(max_length=100, description="a code prefix or part of a name")
        ] = None,
        since: DateParam = None,
        until: DateParam = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 20,
    ) -> dict[str, Any]:
        """Search actors (q), or without q the actors in most events."""
        con = service.reader()
        try:
            if q is not None and q.strip():
                found = store_queries.search_actors(con, q, since=since, until=until, limit=limit)
            else:
                found = queries.top_actors(con, since=since, until=until, limit=limit)
        finally:
            con.close()
        return {"actors": found}

    @app.get(
        "/v1/network",
        tags=["queries"],
        dependencies=reads,
        responses=_documented(Network, "nodes and edges"),
    )
    def network(
        group: Literal["actor", "country"] = "actor",
        since: DateParam = None,
        until: DateParam = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 12,
        min_confidence: MinConfidence = None,
    ) -> dict[str, Any]:
        """The top actors (or countries) and the edges between them, with mean Goldstein."""
        con = service.reader()
        try:
            return store_queries.network(
                con,
                group=group,
                since=since,
                until=until,
                limit=limit,
                min_confidence=min_confidence,
            )
        finally:
            con.close()

    @app.get(
        "/v1/articles/{article_id}",
        tags=["queries"],
        dependencies=reads,
        responses=_documented(ArticleOut, "the article and its events"),
    )
    def article(article_id: Annotated[str, Depends(_article_id)]) -> dict[str, Any]:
        """The article's text and every event in it, with spans as article offsets."""
        con = service.reader()
        try:
            found = queries.article(con, article_id)
        finally:
            con.close()
        if found is None:
            raise ApiError(f"no article {article_id!r} in the store", status=404, code="E504")
        for record in found["events"]:
            record["spans"] = _spans(record)
            info = cameo_info(record["cameo"])
            record["cameo_name"] = info.name if info else None
        return found

    # the dashboard and the offline API page ----------------------------------------------------

    def _static(name: str, media: str) -> Callable[[], Response]:
        def serve_file() -> Response:
            return Response(_web_file(name), media_type=media)

        return serve_file

    static = {
        "/": ("index.html", "text/html"),
        "/docs": ("docs.html", "text/html"),
        "/static/app.js": ("app.js", "text/javascript"),
        "/static/docs.js": ("docs.js", "text/javascript"),
        "/static/style.css": ("style.css", "text/css"),
        "/static/icon.svg": ("icon.svg", "image/svg+xml"),
    }
    for route, (name, media) in static.items():
        app.add_api_route(route, _static(name, media), methods=["GET"], include_in_schema=False)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/icon.svg")

    if settings.cors:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors),
            allow_methods=["GET", "POST"],
            allow_headers=["authorization", "content-type"],
        )
    app.add_middleware(_BodyLimit, limit=settings.max_body)
    return app


@cache
def _web_file(name: str) -> bytes:
    """A file of the dashboard, read once from the package."""
    return (resources.files("eventscribe") / _WEB / name).read_bytes()


def _article_id(article_id: str) -> str:
    if not article_id or len(article_id) > 200:
        raise ApiError("an article id has 1 to 200 characters", status=422, code="E505")
    return article_id
