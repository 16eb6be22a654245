"""The ingest pipeline and its sinks (issue 10), with a fake coder and a sink written for them."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest

from eventscribe import pipeline
from eventscribe.records import Article, Event, IngestStats, Reject
from eventscribe.sinks import JsonlSink, LakeSink, StoreSink
from eventscribe.store.db import Store
from eventscribe.store.synthetic import make_article, make_event


def _code(articles: Iterable[Article]) -> Iterator[pipeline.Coded]:
    """Two events an article: one sure (0.9), one doubtful (0.2)."""
    for article in articles:
        events = [
            dataclasses.replace(
                make_event(article.id, "FRA", "DEU", cameo, date=article.date, sentence_index=i),
                confidence=confidence,
            )
            for i, (cameo, confidence) in enumerate((("040", 0.9), ("111", 0.2)))
        ]
        yield article, events


class ListSink:
    """Keeps what it is given; holds the articles ``held`` (resume)."""

    def __init__(self, held: Sequence[str] = (), *, codes_itself: bool = False) -> None:
        self.where = "list"
        self.codes_itself = codes_itself
        self.held = set(held)
        self.asked: list[list[str]] = []
        self.written: list[pipeline.Coded] = []
        self.rejects: list[Reject] = []

    def known(self, articles: Sequence[Article]) -> set[str]:
        self.asked.append([a.id for a in articles])
        return {a.id for a in articles} & self.held

    def write(self, coded: Iterable[pipeline.Coded], rejects: Sequence[Reject]) -> IngestStats:
        self.written = list(coded)
        self.rejects = list(rejects)  # complete only now that the stream is read
        return IngestStats(articles=len(self.written))


def _read(ids: Sequence[str]) -> Iterator[Article | Reject]:
    for article_id in ids:
        if article_id == "bad":
            yield Reject(origin="in.jsonl:3", reason="no text", code="E102")
        else:
            yield make_article(article_id, text=f"text of {article_id}")


@pytest.mark.issue(10)
def test_pipeline_resumes_codes_filters_and_hands_the_rejects_over() -> None:
    sink = ListSink(held=["a2"])
    rejects: list[Reject] = []
    heard: list[Reject] = []
    skipped: list[int] = []
    stats = pipeline.run(
        pipeline.reading(_read(["a1", "a2", "bad", "a3"]), rejects, heard.append),
        sink,
        code=_code,
        resume_chunk=2,
        on_skip=skipped.append,
        min_confidence=0.5,
        rejects=rejects,
    )
    assert stats.articles == 2
    assert sink.asked == [["a1", "a2"], ["a3"]]  # one question a chunk
    assert skipped == [1]
    assert [(a.id, [e.cameo for e in events]) for a, events in sink.written] == [
        ("a1", ["040"]),
        ("a3", ["040"]),
    ]
    assert [r.origin for r in sink.rejects] == [r.origin for r in heard] == ["in.jsonl:3"]


@pytest.mark.issue(10)
def test_pipeline_sink_that_codes_itself_gets_the_articles_uncoded() -> None:
    sink = ListSink(codes_itself=True)
    pipeline.run(pipeline.reading(_read(["a1", "a2"]), []), sink, code=_code, min_confidence=0.5)
    assert [(a.id, events) for a, events in sink.written] == [("a1", []), ("a2", [])]


@pytest.mark.issue(10)
def test_pipeline_local_coder_makes_no_coder_when_nothing_is_left() -> None:
    made: list[int] = []

    class Coder:
        def code_article(self, article: Article) -> list[Event]:
            return []

        def code_articles(
            self, articles: Iterable[Article], *, batch_size: int = 64, n_process: int = 1
        ) -> Iterator[pipeline.Coded]:
            return _code(articles)

    def make() -> Coder:
        made.append(1)
        return Coder()

    code = pipeline.local_coder(make, batch_size=4)
    assert list(code([])) == [] and made == []
    assert [a.id for a, _ in code([make_article("x")])] == ["x"] and made == [1]


@pytest.mark.issue(10)
def test_pipeline_jsonl_sink_writes_a_line_an_event_and_warns_once_per_undated_article() -> None:
    out, warnings = io.StringIO(), io.StringIO()
    articles = [make_article("d1"), dataclasses.replace(make_article("u1"), date=None)]
    stats = pipeline.run(articles, JsonlSink(out, warnings=warnings), code=_code)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["article_id"], r["cameo"]) for r in lines] == [
        ("d1", "040"),
        ("d1", "111"),
        ("u1", "040"),
        ("u1", "111"),
    ]
    assert (stats.articles, stats.mentions) == (2, 4)
    (warning,) = warnings.getvalue().splitlines()
    assert warning.startswith(f"{articles[1].origin}: [W410]") and "2 event(s)" in warning


@pytest.mark.issue(10)
def test_pipeline_store_and_lake_sinks_resume_by_what_they_hold(tmp_path: Path) -> None:
    first = [make_article("a1"), make_article("a2")]
    again = [make_article("a1"), make_article("a2", text="changed"), make_article("a3")]
    with Store.open(tmp_path / "s.duckdb") as store:
        pipeline.run(first, StoreSink(store), code=_code, resume_chunk=8)
        sink = StoreSink(store, batch_size=1)
        seen: list[pipeline.Coded] = []

        def code(articles: Iterable[Article]) -> Iterator[pipeline.Coded]:
            for pair in _code(articles):
                seen.append(pair)
                yield pair

        stats = pipeline.run(again, sink, code=code, resume_chunk=8)
        assert [a.id for a, _ in seen] == ["a2", "a3"]
        assert (stats.new, stats.replaced) == (1, 1)
    lake = tmp_path / "lake"
    pipeline.run(first, LakeSink(lake, batch_size=1), code=_code, resume_chunk=8)
    seen.clear()
    stats = pipeline.run(again, LakeSink(lake, batch_size=2), code=code, resume_chunk=8)
    assert [a.id for a, _ in seen] == ["a2", "a3"]
    assert (stats.articles, stats.mentions) == (2, 4)


@pytest.mark.issue(10)
def test_pipeline_lake_sink_leaves_undated_events_out(tmp_path: Path) -> None:
    undated = dataclasses.replace(make_article("u1"), date=None)

    def code(articles: Iterable[Article]) -> Iterator[pipeline.Coded]:
        for article, events in _code(articles):
            yield article, [dataclasses.replace(e, date=None) for e in events]

    stats = pipeline.run([undated], LakeSink(tmp_path / "lake", batch_size=4), code=code)
    assert (stats.articles, stats.mentions, stats.rejects) == (1, 0, 1)  # one reject an article
