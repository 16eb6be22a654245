"""Scoring on hand-labelled sentences (``--format events-jsonl``): matching, counts, calibration,
and bad gold lines named by file and line (issue 11)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventscribe import evaluation_events as ev
from eventscribe.errors import InputError
from eventscribe.records import ActorRef, Event, Rule, Trigger


def _ref(code: str) -> ActorRef:
    return ActorRef(code, code[:3], (), None, code, 0, 1)


def _event(kind: str, source: str, target: str | None, confidence: float = 1.0) -> Event:
    return Event(
        id="e", article_id="a", sentence_index=0, date=None, source=_ref(source),
        target=_ref(target) if target else None, cameo="190", event=kind, mode=None,
        context=None, quad_class=4, goldstein=None, location=None, text="t",
        trigger=Trigger("x", 0, 1), rule=Rule("v", None), confidence=confidence,
    )  # fmt: skip


def test_evaluation_events_country_of_codes() -> None:
    assert ev.country(_ref("USAGOV")) == "USA"
    assert ev.country(_ref("IGOUNO")) == "IGO"
    assert ev.country(_ref("MNCUSA")) == "USA"
    assert ev.country(_ref("---REB")) is None
    assert ev.country(None) is None


def test_evaluation_events_match_type_and_actors() -> None:
    gold = [ev.GoldEvent("ASSAULT", "---", "LBN"), ev.GoldEvent("ACCUSE", "USA", "")]
    coded = [
        _event("ASSAULT", "LBNUAF", "LBN"),  # any source for ---
        _event("ACCUSE", "USAGOV", None),  # no target for ""
        _event("ACCUSE", "USAGOV", None),  # the gold event is matched once only
        _event("ASSAULT", "LBNUAF", "ISR"),  # wrong target
    ]
    assert ev.match(gold, coded) == [True, True, False, False]
    assert ev.match(gold, coded, full=False) == [True, True, False, False]


def test_evaluation_events_strict_matches_no_country_only_for_dashes() -> None:
    # forty-fourth session: precision[strict] reads a gold "---" source as "of no country", not
    # "any"; a country's source still matches its own country only
    gold = [ev.GoldEvent("ASSAULT", "---", "LBN"), ev.GoldEvent("ACCUSE", "USA", "")]
    coded = [_event("ASSAULT", "LBNUAF", "LBN"), _event("ACCUSE", "USAGOV", None)]
    assert ev.match(gold, coded, strict=True) == [False, True]
    assert ev.match(gold, [_event("ASSAULT", "---UAF", "LBN")], strict=True) == [True]
    items = [ev.GoldItem("1", "t", None, tuple(gold))]
    metrics = ev.report_metrics(items, {"1": coded}, 0.0)
    assert metrics["precision"] == 1.0 and metrics["precision[strict]"] == 0.5


def test_evaluation_events_scores_and_threshold() -> None:
    items = [
        ev.GoldItem("1", "t", None, (ev.GoldEvent("ASSAULT", "---", ""),)),
        ev.GoldItem("2", "t", None, ()),
    ]
    coded = {
        "1": [_event("ASSAULT", "AFGUAF", None, 0.9)],
        "2": [_event("ACCUSE", "USA", None, 0.2)],
    }
    everything = ev.score(items, coded, 0.0).metrics()
    assert everything["precision"] == 0.5 and everything["recall"] == 1.0
    assert everything["no_event_with_event"] == 1.0
    sure = ev.score(items, coded, 0.5).metrics()
    assert sure["precision"] == 1.0 and sure["no_event_with_event"] == 0.0
    bins = {(lo, n, share) for lo, _, n, share in ev.calibration(items, coded)}
    assert (0.9, 1, 1.0) in bins and (0.2, 1, 0.0) in bins


def test_evaluation_events_bad_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    good = {"id": "1", "date": "2020-01-02", "text": "x", "events": []}
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        ev.read_items(path)
    assert f"{path}:2" in str(info.value)


def test_evaluation_events_split(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [
        {"id": str(k), "date": "2020-01-02", "text": "x", "events": [], "split": s}
        for k, s in enumerate(["dev", "test", "dev"])
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [i.id for i in ev.read_items(path, split="dev")] == ["0", "2"]
    assert ev.read_items(path)[0].date == dt.date(2020, 1, 2)


def test_evaluation_events_scores_another_run_s_events(tmp_path: Path) -> None:
    from eventscribe.evaluation import evaluate

    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "1", "date": "2020-01-02", "text": "x", "events": [
            {"type": "ASSAULT", "source": "---", "target": "AFG"}]}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    coded = tmp_path / "coded.jsonl"
    record = {
        "article_id": "1", "cameo": "183", "event": "ASSAULT", "confidence": None,
        "source": {"code": "AFGUAF"}, "target": {"code": "AFGMIL"},
    }  # fmt: skip
    coded.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate(gold, "events-jsonl", coded_events=coded)
    assert report.metrics["precision"] == 1.0 and report.metrics["recall"] == 1.0
    coded.write_text("{}\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        evaluate(gold, "events-jsonl", coded_events=coded)
    assert f"{coded}:1" in str(info.value)
