"""The API under bad requests and load (issue 7).

In-process (httpx.ASGITransport, the fake coder of test_api.py): malformed bodies and injection in
every query parameter of every endpoint get a 4xx JSON error and change nothing. What test_api.py
covers already (the /v1/events code filters, JSON bodies of the wrong shape, the body limit) is not
repeated. Over a real socket: a short run of benchmarks/load_test.py, asserting no 5xx.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventscribe.api.app import Settings
from eventscribe.store.db import Store
from support import INJECTIONS, api_requests, is_error, load_benchmark

pytestmark = pytest.mark.issue(7)


def _state(store: Store) -> tuple[object, ...]:
    """Everything a request could change: counts and every event row."""
    con = store.con.cursor()
    try:
        counts = tuple(
            con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            for table in ("articles", "mentions", "events", "rejects")
        )
        events = con.execute("SELECT * EXCLUDE (first_seen, last_seen) FROM events ORDER BY id")
        return counts, tuple(events.fetchall())
    finally:
        con.close()


def _post_raw(store: Store, url: str, content: bytes, content_type: str, **kw: Any) -> Any:
    headers = {"content-type": content_type}
    return api_requests(store, [("POST", url, {"content": content, "headers": headers})], **kw)[0]


MALFORMED = [
    (b'{"text": "Xi met Putin."', "application/json"),  # cut short
    (b"{text: 'Xi met Putin.'}", "application/json"),  # not JSON
    (b"", "application/json"),
    (b"null", "application/json"),
    (b'{"text": "Xi \xff\xfe met Putin."}', "application/json"),  # invalid UTF-8
    (b'{"text": "Xi met Putin.", "text": 5}', "application/json"),  # duplicate key, last wins
    (b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", "application/json"),  # nesting
    (b'{"text": "Xi met Putin.", "date": 1e999}', "application/json"),
    (b'{"text": "Xi met Putin.", "id": ' + b"9" * 5000 + b"}", "application/json"),
    (b"text=Xi+met+Putin.", "application/x-www-form-urlencoded"),
    (b'{"text": "Xi met Putin."}', "text/plain"),
    (b"\x00\x01\x02\x03", "application/octet-stream"),
]


@pytest.mark.parametrize("url", ["/v1/code", "/v1/ingest"])
@pytest.mark.parametrize(("content", "content_type"), MALFORMED, ids=range(len(MALFORMED)))
def test_reliability_api_malformed_bodies_are_4xx_json_and_change_nothing(
    store: Store, url: str, content: bytes, content_type: str
) -> None:
    before = _state(store)
    response = _post_raw(store, url, content, content_type)
    error = is_error(response, (400, 413, 415, 422))
    assert "Traceback" not in error["message"]
    assert _state(store) == before


# Every query parameter of every read endpoint, with a value of the right shape for the others.
PARAMETERS: list[tuple[str, str, dict[str, str]]] = [
    ("/v1/events", "limit", {}),
    ("/v1/events", "text", {}),
    *[("/v1/series", name, {"dyad": "CHN:RUS"}) for name in ("dyad", "both", "freq", "measure")],
    *[("/v1/series", name, {"dyad": "CHN:RUS"}) for name in ("since", "until")],
    *[("/v1/actors", name, {}) for name in ("q", "since", "until", "limit")],
    *[("/v1/network", name, {}) for name in ("group", "since", "until", "limit")],
]
FREE_TEXT = {"text", "q"}  # searched literally: a 200 with nothing found


@pytest.mark.parametrize(
    ("url", "name", "base"), PARAMETERS, ids=[f"{u}?{n}" for u, n, _ in PARAMETERS]
)
def test_reliability_api_injection_in_every_parameter_is_refused_and_changes_nothing(
    store: Store, url: str, name: str, base: dict[str, str]
) -> None:
    before = _state(store)
    calls = [("GET", url, {"params": {**base, name: payload}}) for payload in INJECTIONS]
    calls += [("GET", url, {"params": {**base, name: "x" * 20_000}})]
    for payload, response in zip([*INJECTIONS, "long"], api_requests(store, calls), strict=True):
        if name in FREE_TEXT and payload != "long":
            assert response.status_code == 200, (payload, response.text)
            body = response.json()
            assert body.get("events", body.get("actors")) == [], payload
        else:
            is_error(response, (400, 422))
    assert _state(store) == before


def test_reliability_api_path_and_method_abuse_is_4xx_json(store: Store) -> None:
    before = _state(store)
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("GET", "/v1/articles/" + "a" * 201, {}),
        ("GET", "/v1/articles/..%2F..%2Fetc%2Fpasswd", {}),
        ("GET", "/v1/articles/%00", {}),
        ("GET", "/static/..%2F..%2Fpyproject.toml", {}),
        ("DELETE", "/v1/events", {}),
        ("PUT", "/v1/ingest", {"json": {"text": "x"}}),
        ("GET", "/v1/code", {}),
    ]
    for (method, url, _), response in zip(calls, api_requests(store, calls), strict=True):
        error = is_error(response, (404, 405, 422))
        assert error["code"] in ("E504", "E505", "E506"), (method, url, error)
    assert _state(store) == before


def test_reliability_api_ingest_list_with_one_bad_article_stores_none(store: Store) -> None:
    """A list is all or nothing: one bad date refuses the request before anything is coded."""
    before = _state(store)
    body = [
        {"text": "Xi met Putin.", "date": "2023-03-20", "id": "fine"},
        {"text": "Xi met Putin.", "date": "2023-02-30", "id": "bad"},
    ]
    calls = [("POST", "/v1/ingest", {"json": body})]
    error = is_error(api_requests(store, calls)[0], 422)
    assert error["code"] == "E119"
    assert _state(store) == before


def test_reliability_api_many_small_bodies_under_the_limit_are_fine(store: Store) -> None:
    settings = Settings(max_body=4096)
    calls = [
        ("POST", "/v1/code", {"json": {"text": f"Xi met Putin {n} times."}}) for n in range(50)
    ]
    assert all(r.status_code == 200 for r in api_requests(store, calls, settings=settings))


@pytest.mark.slow
def test_reliability_api_load_no_server_errors() -> None:
    """8 clients for 5 s of mixed reads and codes against `eventscribe serve` on loopback.

    The full run (32 clients, 20 s) is `python benchmarks/load_test.py`; figures in
    docs/reliability.md.
    """
    load_test = load_benchmark("load_test")
    report = load_test.run_load(clients=8, seconds=5, articles=20)
    assert report.server_errors == 0, report.to_text()
    assert report.errors == [], report.to_text()
    assert report.requests > 50 and report.per_endpoint["code"]["n"] > 0, report.to_text()
    assert set(report.statuses) == {"200"}, report.to_text()
