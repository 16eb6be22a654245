"""The first acceptance case end to end: the seed article (shipped in the package), coded."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from eventscribe.articles import read_articles
from eventscribe.records import Article, Event


def _seed_article() -> Article:
    seed = resources.files("eventscribe") / "data" / "seed" / "000_6f30cd15ffe565b0.txt"
    with resources.as_file(seed) as path:
        articles = [a for a in read_articles([str(path)]) if isinstance(a, Article)]
    assert len(articles) == 1 and articles[0].date == dt.date(2023, 11, 23)
    return articles[0]


@pytest.fixture(scope="module")
def seed_events(default_coder) -> list[Event]:  # type: ignore[no-untyped-def]
    return list(default_coder.code_article(_seed_article()))


def test_seed_meeting_is_consult_dated_and_placed(seed_events: list[Event]) -> None:
    meetings = [
        e
        for e in seed_events
        if e.cameo.startswith("04")
        and e.source.code == "CHNGOV"
        and e.target is not None
        and e.target.code == "RUSLEG"
    ]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.event == "CONSULT"
    assert meeting.date == dt.date(2023, 11, 22)  # "on Wednesday" before the article's Thursday
    assert meeting.location is not None and meeting.location.name == "Beijing"
    assert meeting.location.country == "CHN"
    assert "Xi Jinping" in meeting.source.text


def _towards_china(events: list[Event]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for e in events:
        if (
            e.source.country == "RUS"
            and e.target is not None
            and e.target.country == "CHN"
            and e.event in ("SUPPORT", "AGREE")
            and e.quad_class == 1
        ):
            out.setdefault(e.sentence_index, set()).add(e.event)
    return out


def test_seed_russia_supports_or_agrees_with_china(seed_events: list[Event], rules_coder) -> None:  # type: ignore[no-untyped-def]
    # Russia's agreement with China is written at the default threshold ("President Putin and I
    # ... reached a lot of new consensus on deepening the ... partnership")
    assert "AGREE" in {t for types in _towards_china(seed_events).values() for t in types}
    # "Russia is willing to strengthen exchanges and cooperation ...": an intent to cooperate,
    # proposed by the rules; a willingness is one of the annotation guide's wants and plans
    # unless it is a promise, and the readers of the fifteenth session's rounds left most "is
    # willing / ready to" sentences out (3 of 20 labelled AGREE), so the scorer retrained on them
    # puts it under the default threshold (0.27 against 0.32): only the proposal is asserted
    events = list(rules_coder.code_article(_seed_article()))
    assert "AGREE" in _towards_china(events).get(9, set())


def test_seed_russia_s_stated_support_is_proposed(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "Russia ... firmly supports China in safeguarding national sovereignty": the rules propose
    # SUPPORT; whether a stated position is an event is one of the annotation guide's open
    # questions (labellers split on it), and the scorer trained on those labels puts it near the
    # default threshold (sixth session: under it), so only the proposal is asserted here
    events = list(rules_coder.code_article(_seed_article()))
    assert "SUPPORT" in _towards_china(events).get(8, set())


def test_seed_only_chinese_and_russian_actors(seed_events: list[Event]) -> None:
    assert seed_events
    for e in seed_events:
        assert e.source.country in ("CHN", "RUS"), e
        assert e.target is None or e.target.country in ("CHN", "RUS"), e
    # "Wang Yi, Peng Qinghua attended the meeting." is not an event between states
    assert not [e for e in seed_events if "attended" in e.trigger.text]


def test_seed_records_carry_evidence(seed_events: list[Event]) -> None:
    for e in seed_events:
        record = e.to_dict()
        assert record["text"][e.trigger.start : e.trigger.end] == e.trigger.text
        assert record["text"][e.source.start : e.source.end] == e.source.text
        assert record["rule"]["verb"] and ":" in record["rule"]["verb"]
        assert isinstance(record["cameo"], str) and len(record["cameo"]) >= 3
