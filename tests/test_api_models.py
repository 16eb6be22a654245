"""The API's event responses are typed models generated from records.EVENT_FIELDS (issue 10):
/openapi.json documents the event record, and the bodies are the store's records unchanged."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from eventscribe.api.app import create_app
from eventscribe.api.models import EventsPage
from eventscribe.records import EVENT_FIELDS, Location
from eventscribe.store import queries
from eventscribe.store.db import Store
from eventscribe.store.synthetic import make_article, make_event

DAY = dt.date(2023, 11, 22)


def _get(store: Store, path: str) -> Any:
    async def go() -> Any:
        app = create_app(store)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            response = await client.get(path)
            assert response.status_code == 200, response.text
            return response.json()

    return asyncio.run(go())


@pytest.mark.issue(10)
def test_api_models_events_body_is_the_store_record(tmp_path: Path) -> None:
    placed = dataclasses.replace(
        make_event("a1", "CHNGOV", "RUSLEG", "040", date=DAY),
        location=Location(
            "Beijing", "CHN", 39.9, 116.4, 1816670, "Beijing", 40, 47, "admin1", "22"
        ),
        date_precision="day",
        date_source="article",
        confidence=0.5,
    )
    one_sided = make_event("a1", "USA", None, "010", date=DAY, sentence_index=1, event=None)
    with Store.open(tmp_path / "s.duckdb") as store:
        store.ingest([(make_article("a1", date=DAY), [placed, one_sided])])
        # a row migrated from schema version 2 has no place words or date precision
        store.con.execute("UPDATE events SET location_text = NULL, date_precision = NULL")
        expected = json.loads(json.dumps(queries.events_page(store.con).records))
        body = _get(store, "/v1/events")
        schema = _get(store, "/openapi.json")
    assert body == {"events": expected, "next": None}
    # the route answers without validating (speed): the model must take its bodies as they are
    assert EventsPage.model_validate(body).model_dump(mode="json") == body
    assert [list(record) for record in body["events"]] == [list(r) for r in expected]
    event_schema = schema["components"]["schemas"]["StoredEventOut"]["properties"]
    top = {f.part or f.path for f in EVENT_FIELDS}
    assert top <= set(event_schema)
    location = schema["components"]["schemas"]["LocationOut"]["properties"]
    assert set(location) == {f.name for f in EVENT_FIELDS if f.part == "location"}


@pytest.mark.issue(10)
def test_api_models_every_json_route_documents_its_body_and_the_body_fits(store: Store) -> None:
    """Each /v1 route's 200 body in /openapi.json is a named model, and the real body of each
    validates against it (extra keys forbidden where the model is ours)."""
    from eventscribe.api import models
    from support import FakeCoder, api_requests

    calls = [
        ("GET", "/v1/health", {}, models.Health),
        ("POST", "/v1/code", {"json": {"text": "Xi met Putin.", "date": "2023-11-22"}},
         models.CodedArticle),
        ("POST", "/v1/ingest", {"json": {"id": "n1", "text": "Xi met Putin.",
                                          "date": "2023-11-22"}}, models.Ingested),
        ("POST", "/v1/rejects", {"json": [{"origin": "f.jsonl:3", "reason": "not JSON",
                                           "code": "E111"}]}, models.RejectsAdded),
        ("GET", "/v1/series?dyad=CHNGOV:RUSLEG&measure=quad", {}, models.Series),
        ("GET", "/v1/actors", {}, models.ActorsFound),
        ("GET", "/v1/actors?q=chn", {}, models.ActorsFound),
        ("GET", "/v1/network", {}, models.Network),
        ("GET", "/v1/articles/a1", {}, models.ArticleOut),
    ]  # fmt: skip
    responses = api_requests(
        store, [(method, url, options) for method, url, options, _ in calls], coder=FakeCoder
    )
    for (_method, url, _, model), response in zip(calls, responses, strict=True):
        assert response.status_code == 200, (url, response.text)
        model.model_validate(response.json())
    schema = api_requests(store, [("GET", "/openapi.json", {})])[0].json()
    for (method, url, _, model), _response in zip(calls, responses, strict=True):
        path = url.split("?")[0].replace("/a1", "/{article_id}")
        content = schema["paths"][path][method.lower()]["responses"]["200"]["content"]
        assert content["application/json"]["schema"]["$ref"].endswith("/" + model.__name__)
