"""The HTTP API in-process (httpx.ASGITransport) on a temp store of synthetic events (issue 5).

A fake coder (one CHNGOV -> RUSGOV meeting per article) stands in for spaCy; the real coder is
exercised in test_api_seed.py and test_dashboard_browser.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from eventscribe.api.app import Settings
from eventscribe.records import Article, Event
from eventscribe.store.db import Store
from eventscribe.store.synthetic import make_article, make_event
from support import (
    ARTICLE_TEXT,
    INJECTIONS,
    FakeCoder,
    api_requests,
    fill_store,
    get,
    is_error,
    post,
)

# -- reading ------------------------------------------------------------------------------------


def test_api_health_counts_the_store(store: Store) -> None:
    body = get(store, "/v1/health").json()
    assert body["status"] == "ok"
    assert body["store"]["counts"] == {"articles": 2, "mentions": 4, "events": 4, "rejects": 0}
    assert body["ingest"] == "open" and body["coder"] == "loads on first use"


def test_api_events_filters_match_the_store(store: Store) -> None:
    def codes(url: str) -> list[tuple[str, str | None]]:
        events = get(store, url).json()["events"]
        return [(e["source"]["code"], e["target"]["code"] if e["target"] else None) for e in events]

    assert codes("/v1/events?dyad=CHN:RUS") == [("CHN", "RUS"), ("CHNGOV", "RUSLEG")]
    assert codes("/v1/events?actor=usa") == [("USAGOV", "IRN")]
    assert codes("/v1/events?country=IRN") == [("USAGOV", "IRN")]
    assert codes("/v1/events?cameo=05") == [("RUSGOV", "CHNGOV")]
    assert codes("/v1/events?quad=3") == [("CHN", "RUS")]
    assert codes("/v1/events?event=assault") == [("USAGOV", "IRN")]
    assert set(codes("/v1/events?until=2020-01-31")) == {("RUSGOV", "CHNGOV"), ("CHNGOV", "RUSLEG")}
    assert len(codes("/v1/events?since=2020-02-01")) == 2
    assert codes("/v1/events?text=100%25") == [("CHN", "RUS")]  # % is taken literally


def test_api_events_cursor_pages_through_everything_once(store: Store) -> None:
    seen: list[str] = []
    url = "/v1/events?limit=1"
    for _ in range(10):
        page = get(store, url).json()
        seen += [e["id"] for e in page["events"]]
        if page["next"] is None:
            break
        url = f"/v1/events?limit=1&cursor={page['next']}"
    assert len(seen) == 4 and len(set(seen)) == 4
    assert page["next"] is None


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("quad=9", 422),
        ("quad=one", 422),
        ("limit=0", 422),
        ("limit=100000", 422),
        ("since=2020-13-01", 422),
        ("until=yesterday", 422),
        ("dyad=CHNRUS", 422),
        ("dyad=:", 400),
        ("country=RUSSIA", 422),
        ("cameo=4a", 422),
        ("cursor=bm90IGEgY3Vyc29y", 400),
        ("text=" + "x" * 501, 422),
    ],
)
def test_api_events_bad_parameter_is_a_client_error(store: Store, query: str, status: int) -> None:
    is_error(get(store, "/v1/events?" + query), status)


@pytest.mark.parametrize("payload", INJECTIONS)
def test_api_injection_in_every_filter_is_refused_and_changes_nothing(
    store: Store, payload: str
) -> None:
    before = get(store, "/v1/health").json()["store"]["counts"]
    all_events = get(store, "/v1/events").json()["events"]
    code_filters = [
        "actor",
        "dyad",
        "country",
        "event",
        "cameo",
        "cursor",
        "since",
        "until",
        "quad",
    ]
    for name in code_filters:
        is_error(_get_params(store, "/v1/events", {name: payload}), (400, 422))
    for name, url in [("dyad", "/v1/series"), ("since", "/v1/actors"), ("group", "/v1/network")]:
        params = {name: payload} if name != "since" else {"q": "CHN", "since": payload}
        is_error(_get_params(store, url, params), (400, 422))
    # Free text is searched literally: nothing matches these sentences, nothing runs.
    assert _get_params(store, "/v1/events", {"text": payload}).json()["events"] == []
    found = _get_params(store, "/v1/actors", {"q": payload}).json()["actors"]
    assert found == []
    is_error(get(store, "/v1/articles/" + quote(payload, safe="")), (404, 422))
    assert get(store, "/v1/health").json()["store"]["counts"] == before
    assert get(store, "/v1/events").json()["events"] == all_events


def _get_params(store: Store, url: str, params: dict[str, str]) -> httpx.Response:
    return api_requests(store, [("GET", url, {"params": params})])[0]


def test_api_series_counts_quads_and_goldstein(store: Store) -> None:
    body = get(store, "/v1/series?dyad=CHN:RUS&both=true&measure=quad").json()
    assert body["series"] == [
        {"period": "2020-01-01", "quad1": 2, "quad2": 0, "quad3": 0, "quad4": 0},
        {"period": "2020-02-01", "quad1": 0, "quad2": 0, "quad3": 0, "quad4": 0},
        {"period": "2020-03-01", "quad1": 0, "quad2": 0, "quad3": 1, "quad4": 0},
    ]
    one_way = get(store, "/v1/series?dyad=CHN:RUS&measure=goldstein&freq=year").json()
    assert one_way["series"] == [{"period": "2020-01-01", "count": 2, "goldstein": -1.0}]
    is_error(get(store, "/v1/series?dyad=CHN:RUS&freq=hour"), 422)
    is_error(get(store, "/v1/series"), 422)


def test_api_actors_search_by_code_and_name_and_top(store: Store) -> None:
    found = get(store, "/v1/actors?q=russ").json()["actors"]
    assert found[0] == {
        "kind": "country",
        "code": "RUS",
        "label": "Russia",
        "events": 3,
        "names": [],
    }
    assert {"RUSGOV"} <= {a["code"] for a in found if a["kind"] == "actor"}
    by_words = get(store, "/v1/actors?q=duma").json()["actors"]
    assert [a["code"] for a in by_words if a["kind"] == "actor"] == ["RUSLEG"]
    top = get(store, "/v1/actors?limit=2").json()["actors"]
    assert [a["code"] for a in top] == ["CHNGOV", "CHN"]
    assert top[0]["events"] == 2


def test_api_network_edges_carry_mean_goldstein(store: Store) -> None:
    body = get(store, "/v1/network?group=country").json()
    nodes = {node["code"]: node["events"] for node in body["nodes"]}
    assert nodes == {"CHN": 3, "RUS": 3, "USA": 1, "IRN": 1}
    edges = {(e["source"], e["target"]): (e["events"], e["goldstein"]) for e in body["edges"]}
    assert edges[("CHN", "RUS")] == (2, -0.5)
    assert edges[("USA", "IRN")] == (1, -10.0)


def test_api_article_spans_are_offsets_in_the_article(store: Store) -> None:
    body = get(store, "/v1/articles/a1").json()
    text = body["text"]
    assert text == ARTICLE_TEXT
    for record in body["events"]:
        spans = record["spans"]
        assert text[slice(*spans["source"])] == record["source"]["text"]
        assert text[slice(*spans["trigger"])] == record["trigger"]["text"]
        if record["target"]:
            assert text[slice(*spans["target"])] == record["target"]["text"]
        assert record["rule"]["verb"].startswith("MEET_WITH")
    assert body["events"][0]["cameo_name"]
    is_error(get(store, "/v1/articles/nope"), 404)


# -- coding and ingest ----------------------------------------------------------------------------


def test_api_code_returns_event_records_and_stores_nothing(store: Store) -> None:
    response = post(
        store, "/v1/code", {"text": "Xi met Putin. Then he left.", "date": "2023-03-20"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    (record,) = body["events"]
    assert set(record) >= {"id", "source", "target", "cameo", "trigger", "rule", "sentence_start"}
    assert record["date"] == "2023-03-20" and body["text"] == "Xi met Putin. Then he left."
    assert get(store, "/v1/health").json()["store"]["counts"]["articles"] == 2


def test_api_ingest_one_or_a_list_stores_and_is_idempotent(store: Store) -> None:
    one = {"id": "n1", "text": "Xi met Putin in Moscow.", "date": "2023-03-20", "source": "x.org"}
    many = [one, {"text": "Li met Lavrov.", "date": "2023-03-21", "title": "T"}]
    first = post(store, "/v1/ingest", one)
    assert first.status_code == 200, first.text
    assert first.json()["summary"]["new"] == 1 and len(first.json()["events"]) == 1
    again = post(store, "/v1/ingest", many).json()["summary"]
    assert (again["unchanged"], again["new"]) == (1, 1)
    counts = get(store, "/v1/health").json()["store"]["counts"]
    assert counts["articles"] == 4
    stored = get(store, "/v1/articles/n1").json()
    assert stored["source"] == "x.org" and stored["date"] == "2023-03-20"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ([], "E505"),
        ({"date": "2023-01-01"}, "E505"),
        ({"text": "   "}, "E112"),
        ({"text": "Xi met Putin.", "date": "20 March"}, "E119"),
        ({"text": "Xi met Putin.", "colour": "red"}, "E505"),
        ({"text": 5}, "E505"),
        ("just a string", "E505"),
    ],
)
def test_api_ingest_bad_body_is_422_and_stores_nothing(store: Store, body: Any, code: str) -> None:
    error = is_error(post(store, "/v1/ingest", body), 422)
    assert error["code"] == code
    assert get(store, "/v1/health").json()["store"]["counts"]["articles"] == 2


def test_api_body_over_the_limit_is_413(store: Store) -> None:
    settings = Settings(max_body=2048)
    big = {"text": "Xi met Putin. " * 200}
    error = is_error(post(store, "/v1/ingest", big, settings=settings), 413)
    assert error["code"] == "E501" and "2,048" in error["message"]

    async def chunks() -> AsyncIterator[bytes]:  # no content-length: counted while read
        yield b'{"text": "'
        for _ in range(50):
            yield b"x" * 100
        yield b'"}'

    streamed = api_requests(
        store, [("POST", "/v1/code", {"content": chunks()})], settings=settings
    )[0]
    is_error(streamed, 413)
    small = post(store, "/v1/code", {"text": "Xi met Putin."}, settings=settings)
    assert small.status_code == 200


def test_api_default_limit_is_one_mebibyte_of_body(store: Store) -> None:
    response = post(store, "/v1/code", {"text": "x" * 1_100_000})
    assert is_error(response, 413)["code"] == "E501"


# -- security ------------------------------------------------------------------------------

BODY = {"text": "Xi met Putin.", "date": "2023-03-20"}


def test_api_public_bind_without_token_refuses_ingest_but_reads(store: Store) -> None:
    settings = Settings(host="0.0.0.0")
    assert settings.public and not Settings(host="127.0.0.1").public
    assert not Settings(host="::1").public and not Settings(host="localhost").public
    error = is_error(post(store, "/v1/ingest", BODY, settings=settings), 403)
    assert "--token" in error["message"]
    assert get(store, "/v1/events", settings=settings).status_code == 200
    assert post(store, "/v1/code", BODY, settings=settings).status_code == 200


def test_api_token_guards_ingest_and_only_ingest(store: Store) -> None:
    settings = Settings(host="0.0.0.0", token="s3cret")
    is_error(post(store, "/v1/ingest", BODY, settings=settings), 401)
    wrong = {"authorization": "Bearer nope"}
    is_error(post(store, "/v1/ingest", BODY, settings=settings, headers=wrong), 401)
    right = {"authorization": "Bearer s3cret"}
    assert post(store, "/v1/ingest", BODY, settings=settings, headers=right).status_code == 200
    assert get(store, "/v1/events", settings=settings).status_code == 200
    # A token given on loopback is required too.
    local = Settings(token="s3cret")
    is_error(post(store, "/v1/ingest", BODY, settings=local), 401)


def test_api_token_all_guards_reads_but_not_health(store: Store) -> None:
    settings = Settings(token="s3cret", token_all=True)
    for url in ("/v1/events", "/v1/series?dyad=CHN:RUS", "/v1/actors", "/v1/articles/a1"):
        is_error(get(store, url, settings=settings), 401)
    is_error(post(store, "/v1/code", BODY, settings=settings), 401)
    assert get(store, "/v1/health", settings=settings).status_code == 200
    calls = [("GET", "/v1/events", {"headers": {"authorization": "Bearer s3cret"}})]
    assert api_requests(store, calls, settings=settings)[0].status_code == 200


def test_api_read_only_store_refuses_ingest(tmp_path: Path) -> None:
    path = tmp_path / "ro.duckdb"
    with Store.open(path) as writable:
        fill_store(writable)
    with Store.open(path, read_only=True) as read_only:
        assert get(read_only, "/v1/health").json()["ingest"] == "disabled"
        error = is_error(post(read_only, "/v1/ingest", BODY), 403)
        assert "read-only" in error["message"]
        assert len(get(read_only, "/v1/events").json()["events"]) == 4


def test_api_cors_only_when_asked(store: Store) -> None:
    origin = {"origin": "https://example.org"}
    plain = api_requests(store, [("GET", "/v1/events", {"headers": origin})])[0]
    assert "access-control-allow-origin" not in plain.headers
    settings = Settings(cors=("https://example.org",))
    allowed = api_requests(store, [("GET", "/v1/events", {"headers": origin})], settings=settings)[
        0
    ]
    assert allowed.headers["access-control-allow-origin"] == "https://example.org"


def test_api_unknown_route_and_method_are_json_errors(store: Store) -> None:
    assert is_error(get(store, "/v1/nothing"), 404)["code"] == "E504"
    assert is_error(post(store, "/v1/events", {}), 405)["code"] == "E506"


# -- the dashboard's files and the schema ----------------------------------------------------------


def test_api_dashboard_and_docs_are_served_from_the_package(store: Store) -> None:
    responses = api_requests(
        store,
        [
            ("GET", "/", {}),
            ("GET", "/docs", {}),
            ("GET", "/static/app.js", {}),
            ("GET", "/static/style.css", {}),
            ("GET", "/openapi.json", {}),
        ],
    )
    assert all(r.status_code == 200 for r in responses)
    assert "/static/app.js" in responses[0].text and "/openapi.json" in responses[1].text
    assert responses[2].headers["content-type"].startswith("text/javascript")
    paths = responses[4].json()["paths"]
    for path in ("/v1/code", "/v1/ingest", "/v1/events", "/v1/series", "/v1/actors"):
        assert path in paths
    assert "/v1/articles/{article_id}" in paths and "/v1/health" in paths


def test_api_dashboard_files_load_nothing_from_the_network() -> None:
    web = resources.files("eventscribe") / "web"
    names = [item.name for item in web.iterdir() if item.name.endswith((".html", ".js", ".css"))]
    assert {"index.html", "app.js", "style.css", "docs.html", "docs.js"} <= set(names)
    for name in names:
        text = (web / name).read_text(encoding="utf-8")
        urls = re.findall(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s\"')]*", text, flags=re.I)
        outside = [url for url in urls if not url.endswith("w3.org/2000/svg")]
        assert outside == [], (name, outside)
        assert ".innerHTML" not in text, name  # data reaches the page as text only


# -- issue 12: export, rejects, confidence, countries, filters that cannot match ----------------


def _with_scored_and_group_events(store: Store) -> None:
    day = dt.date(2020, 6, 1)
    scored = dataclasses.replace(
        make_event("a9", "IGOWSTNAT", "RUSMIL", "190", date=day, event="ASSAULT", quad_class=4),
        confidence=0.2,
    )
    sure = dataclasses.replace(
        make_event("a9", "MED", "USAGOV", "111", date=day, sentence_index=1), confidence=0.9
    )
    store.ingest([(make_article("a9", date=day), [scored, sure])])


@pytest.mark.issue(12)
def test_api_export_streams_a_standard_format_with_filters_and_limit(store: Store) -> None:
    response = get(store, "/v1/export?format=gdelt&dyad=CHN:RUS")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/tab-separated-values")
    rows = [line.split("\t") for line in response.text.splitlines()]
    assert len(rows) == 2 and all(len(row) == 61 for row in rows)
    assert {row[5] for row in rows} == {"CHN", "CHNGOV"}
    sample = get(store, "/v1/export?format=csv&limit=1").text.splitlines()
    assert len(sample) == 2 and sample[0].startswith("id,date,")
    plover = get(store, "/v1/export?format=plover").text.splitlines()
    assert len(plover) == 4
    is_error(get(store, "/v1/export?format=parquet"), 422)
    is_error(get(store, "/v1/export?format=gdelt&event=MEET"), 400)


@pytest.mark.issue(12)
def test_api_min_confidence_on_events_series_export_and_network(store: Store) -> None:
    _with_scored_and_group_events(store)
    codes = {
        e["source"]["code"] for e in get(store, "/v1/events?min_confidence=0.5").json()["events"]
    }
    assert "MED" in codes and "IGOWSTNAT" not in codes and "CHNGOV" in codes  # unscored pass
    series = get(store, "/v1/series?dyad=IGO:RUS&freq=year&min_confidence=0.5").json()
    assert series["series"] == []
    assert get(store, "/v1/series?dyad=IGO:RUS&freq=year").json()["series"][0]["count"] == 1
    exported = get(store, "/v1/export?format=gdelt&min_confidence=0.5").text
    assert "IGOWSTNAT" not in exported and "\tMED\t" in exported
    is_error(get(store, "/v1/events?min_confidence=2"), 422)
    mean = get(store, "/v1/series?dyad=CHN:RUS&both=true&measure=goldstein-mean").json()
    assert mean["series"][1] == {"period": "2020-02-01", "count": 0, "goldstein_mean": None}


@pytest.mark.issue(12)
def test_api_network_of_countries_leaves_out_groups(store: Store) -> None:
    _with_scored_and_group_events(store)
    body = get(store, "/v1/network?group=country").json()
    codes = {node["code"] for node in body["nodes"]}
    assert codes == {"CHN", "RUS", "USA", "IRN"}  # no IGO, no MED
    actors = {node["code"] for node in get(store, "/v1/network?group=actor").json()["nodes"]}
    assert {"IGOWSTNAT", "MED"} <= actors


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("query", "valid"),
    [
        ("event=MEET", "CONSULT"),
        ("cameo=99", "01 to 20"),
        ("country=IGO", "--actor IGO"),
        ("since=2020-03-01&until=2020-01-01", "swap them"),
    ],
)
def test_api_filters_that_cannot_match_are_refused_with_the_valid_values(
    store: Store, query: str, valid: str
) -> None:
    error = is_error(get(store, "/v1/events?" + query), 400)
    assert error["code"] == "E420" and valid in error["message"]


@pytest.mark.issue(12)
def test_api_rejects_of_a_client_are_stored_once(store: Store) -> None:
    body = [
        {"origin": "in.jsonl:3", "reason": "malformed JSON", "code": "E116"},
        {"origin": "in.jsonl:9", "reason": "no text", "code": "E113", "article_id": "x"},
    ]
    assert post(store, "/v1/rejects", body).json() == {"added": 2}
    assert post(store, "/v1/rejects", body).json() == {"added": 0}
    assert store.counts()["rejects"] == 2
    is_error(post(store, "/v1/rejects", [{"origin": "a", "reason": "b", "code": "X"}]), 422)
    public = Settings(host="0.0.0.0")
    is_error(post(store, "/v1/rejects", body, settings=public), 403)


@pytest.mark.issue(12)
def test_api_ingest_min_confidence_drops_events_before_storing(store: Store) -> None:
    class ScoredCoder(FakeCoder):
        def code_articles(
            self, articles: Iterable[Article], *, batch_size: int = 64, n_process: int = 1
        ) -> Iterator[tuple[Article, list[Event]]]:
            for article, events in super().code_articles(articles):
                yield article, [dataclasses.replace(e, confidence=0.3) for e in events]

    body = {"text": "Xi met Putin. More.", "date": "2021-01-01", "id": "s1"}
    answer = post(store, "/v1/ingest?min_confidence=0.5", body, coder=ScoredCoder).json()
    assert answer["events"] == [] and answer["summary"]["mentions"] == 0
    assert answer["summary"]["new"] == 1
