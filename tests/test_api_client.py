"""serve's settings, the server note and the ingest client, without a server (issue 5)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from eventscribe.api import client
from eventscribe.api.cli import build_settings
from eventscribe.cli import build_parser
from eventscribe.errors import ConfigError, InputError, StoreError
from eventscribe.records import Article


def _articles(n: int) -> list[Article]:
    return [
        Article(id=f"a{i}", text=f"Article {i}. " + "word " * 50, date=dt.date(2023, 1, i + 1))
        for i in range(n)
    ]


def _summary(new: int) -> dict[str, object]:
    return {"articles": new, "new": new, "replaced": 0, "unchanged": 0, "mentions": 2 * new,
            "rejects": 0, "seconds": 0.1}  # fmt: skip


def test_api_client_ingest_sends_batches_and_sums_their_summaries() -> None:
    bodies: list[list[dict[str, object]]] = []
    headers: list[str | None] = []

    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v1/ingest"
        body = json.loads(request.content)
        bodies.append(body)
        headers.append(request.headers.get("authorization"))
        return httpx.Response(200, json={"summary": _summary(len(body)), "events": []})

    stats = client.ingest_via_server(
        "http://server:8000/",
        _articles(7),
        "tok",
        batch_bytes=800,
        transport=httpx.MockTransport(handle),
    )
    assert len(bodies) > 1 and sum(len(b) for b in bodies) == 7
    assert all(len(json.dumps(b)) <= 800 for b in bodies)
    assert (stats.articles, stats.new, stats.mentions) == (7, 7, 14)
    assert headers == ["Bearer tok"] * len(bodies)
    assert bodies[0][0] == {"id": "a0", "text": _articles(1)[0].text, "date": "2023-01-01"}


def test_api_client_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(client.TOKEN_ENV, "from-env")
    seen: list[str | None] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(200, json={"summary": _summary(1), "events": []})

    client.ingest_via_server("http://s", _articles(1), transport=httpx.MockTransport(handle))
    assert seen == ["Bearer from-env"]


@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [(401, StoreError, "--token"), (413, InputError, "limit"), (422, InputError, "refused")],
)
def test_api_client_server_refusals_become_errors(
    status: int, kind: type[Exception], words: str
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        message = {413: "over the limit", 422: "bad date", 401: "wants a token"}[status]
        return httpx.Response(status, json={"error": {"code": "E501", "message": message}})

    with pytest.raises(kind, match=words):
        client.ingest_via_server("http://s", _articles(1), transport=httpx.MockTransport(handle))


def test_api_client_unreachable_server_is_a_store_error() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(StoreError, match="is `eventscribe serve` running") as caught:
        client.ingest_via_server("http://s", _articles(1), transport=httpx.MockTransport(handle))
    assert caught.value.code == "E507"


def test_api_client_note_names_the_running_server(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    assert client.read_note(db) is None and client.server_hint(db) is None
    path = client.write_note(db, "http://127.0.0.1:8123")
    assert path == tmp_path / "events.duckdb.server.json"
    hint = client.server_hint(db)
    assert hint is not None
    assert "eventscribe ingest --server http://127.0.0.1:8123" in hint and "PID" in hint
    client.remove_note(db)
    assert not path.exists()


def test_api_client_note_of_a_dead_process_is_ignored(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
    note = {"url": "http://127.0.0.1:1", "pid": int(finished.stdout), "started": "then"}
    client.note_path(db).write_text(json.dumps(note), encoding="utf-8")
    assert client.read_note(db) is None
    assert client.read_note(db, check_alive=False) is not None
    client.note_path(db).write_text("not json", encoding="utf-8")
    assert client.read_note(db) is None


def test_api_cli_serve_options_parse_and_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(client.TOKEN_ENV, raising=False)
    args = build_parser().parse_args(["serve", "--db", "x.duckdb", "--cors", "http://a"])
    settings = build_settings(args)
    assert (settings.host, settings.port, settings.token, settings.cors) == (
        "127.0.0.1",
        8000,
        None,
        ("http://a",),
    )
    assert settings.max_body == 1_048_576
    with pytest.raises(ConfigError, match="--token-all needs a token"):
        build_settings(build_parser().parse_args(["serve", "--token-all"]))
    with pytest.raises(ConfigError, match="--max-body"):
        build_settings(build_parser().parse_args(["serve", "--max-body", "10"]))
    monkeypatch.setenv(client.TOKEN_ENV, "env-token")
    public = build_settings(build_parser().parse_args(["serve", "--host", "0.0.0.0"]))
    assert public.token == "env-token" and public.ingest_rule(read_only=False) == "token"


@pytest.mark.issue(12)
def test_api_client_sends_the_readers_rejects_and_the_threshold() -> None:
    from eventscribe.records import Reject

    seen: list[tuple[str, str, object]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append((request.url.path, request.url.query.decode(), body))
        if request.url.path == "/v1/rejects":
            return httpx.Response(200, json={"added": len(body)})
        return httpx.Response(200, json={"summary": _summary(len(body)), "events": []})

    read_rejects: list[Reject] = []

    def articles() -> list[Article]:
        read_rejects.append(Reject(origin="in.jsonl:2", reason="malformed JSON", code="E116"))
        return _articles(2)

    stats = client.ingest_via_server(
        "http://s",
        articles(),
        rejects=lambda: read_rejects,
        min_confidence=0.5,
        transport=httpx.MockTransport(handle),
    )
    assert [(path, query) for path, query, _ in seen] == [
        ("/v1/ingest", "min_confidence=0.5"),
        ("/v1/rejects", ""),
    ]
    assert seen[1][2] == [
        {"origin": "in.jsonl:2", "reason": "malformed JSON", "code": "E116", "article_id": None}
    ]
    assert (stats.articles, stats.rejects) == (2, 1)


@pytest.mark.issue(12)
def test_api_client_hint_for_readers_names_the_api_and_read_only(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    client.write_note(db, "http://127.0.0.1:8123")
    try:
        hint = client.server_hint(db, reading=True)
        assert hint is not None
        assert "http://127.0.0.1:8123/v1/events" in hint and "serve --read-only" in hint
        assert "--server http://127.0.0.1:8123" in (client.server_hint(db) or "")
    finally:
        client.remove_note(db)
