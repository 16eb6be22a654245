"""The places read by hand (issue 13; benchmarks/places_read.py): the draw, the score and the
list of events another coding places otherwise, on events written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from support import load_benchmark

pytestmark = pytest.mark.issue(13)

places_read = load_benchmark("places_read")


def _event(article: str, sentence: int, trigger: str, place: str | None) -> dict[str, Any]:
    location = {"text": place, "name": place, "country": "SYR", "feature_class": "populated place"}
    return {
        "article_id": article,
        "sentence_index": sentence,
        "date": "2016-01-01",
        "text": f"Troops {trigger} rebels in {place}.",
        "trigger": {"text": trigger},
        "source": {"code": "SYRMIL"},
        "target": {"code": "SYRREB"},
        "location": location if place else None,
    }


def test_places_read_draws_one_placed_event_per_sentence_reproducibly() -> None:
    events = [
        _event("a", 0, "attacked", "Homs"),
        _event("a", 0, "killed", "Homs"),  # same sentence: one of the two
        _event("a", 1, "shelled", None),  # no place: never drawn
        _event("b", 0, "raided", "Hama"),
    ]
    rows = places_read.draw(events, 10, 19)
    assert len(rows) == 2
    assert {r["article"] for r in rows} == {"a", "b"}
    assert all(r["place"]["text"] for r in rows)
    assert rows == places_read.draw(events, 10, 19)


def test_places_read_scores_right_of_judged_by_corpus() -> None:
    rows = [
        {"verdict": "right", "corpus": "intl"},
        {"verdict": "right", "corpus": "intl"},
        {"verdict": "wrong", "corpus": "uspol"},
        {"verdict": "unsure", "corpus": "uspol"},
    ]
    report = places_read.score(rows)
    assert "all           4 read: right 66.7%" in report
    assert "intl          2 read: right 100.0%" in report
    assert "uspol         2 read: right 0.0%" in report


def test_places_read_lists_events_placed_otherwise() -> None:
    drawn = places_read.draw(
        [_event("a", 0, "attacked", "Homs"), _event("b", 0, "raided", "Hama")], 5, 1
    )
    other = [_event("a", 0, "attacked", "Aleppo"), _event("b", 0, "raided", "Hama")]
    changed = places_read.compare(drawn, other)
    assert [(r["article"], r["other_place"]["text"]) for r in changed] == [("a", "Aleppo")]
