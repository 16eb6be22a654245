"""The pipeline's sinks (``pipeline.Sink``): where coded articles go. JSON Lines (`code`), the
DuckDB store (`ingest`, the API), a Parquet lake (`ingest --lake`) and a running server
(`ingest --server`, which codes). Each loads its backend only when it is made.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TextIO

from eventscribe.pipeline import Coded, batched
from eventscribe.records import Article, IngestStats, Reject

if TYPE_CHECKING:
    from eventscribe.store.db import Store

__all__ = ["JsonlSink", "LakeSink", "ServerSink", "StoreSink"]

Progress = Callable[[IngestStats], None]


class JsonlSink:
    """One JSON event record a line to ``out``; an article with events but no date is reported
    once on ``warnings`` (default: standard error), its events carrying ``"date": null``.
    ``mentions`` in the stats counts the events written."""

    codes_itself = False

    def __init__(self, out: TextIO, *, where: str = "-", warnings: TextIO | None = None) -> None:
        self.out = out
        self.where = where
        self.warnings = warnings

    def known(self, articles: Sequence[Article]) -> set[str]:
        return set()  # a file of events is written anew

    def write(self, coded: Iterable[Coded], rejects: Sequence[Reject]) -> IngestStats:
        articles = events_written = 0
        for article, events in coded:
            articles += 1
            if events and article.date is None:
                # once per article (issue 13): its events carry "date": null
                print(
                    f"{article.origin or article.id}: [W410] the article has no date: its "
                    f"{len(events)} event(s) carry date null (give one with --date)",
                    file=self.warnings or sys.stderr,
                )
            for event in events:
                self.out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                events_written += 1
        return IngestStats(articles=articles, new=articles, mentions=events_written)


class StoreSink:
    """The DuckDB store: ``Store.ingest`` (one transaction per ``batch_size`` events, default the
    store's), then the reader's rejects; resumes by the articles stored with the same text."""

    codes_itself = False

    def __init__(
        self,
        store: Store,
        *,
        batch_size: int | None = None,
        progress: Progress | None = None,
        where: str | None = None,
    ) -> None:
        self.store = store
        self.batch_size = batch_size
        self.progress = progress
        self.where = where if where is not None else str(store.path)

    def known(self, articles: Sequence[Article]) -> set[str]:
        return self.store.known(articles)

    def write(self, coded: Iterable[Coded], rejects: Sequence[Reject]) -> IngestStats:
        if self.batch_size is None:
            return self.store.ingest(coded, rejects, progress=self.progress)
        return self.store.ingest(coded, rejects, batch_size=self.batch_size, progress=self.progress)


class LakeSink:
    """A Parquet lake (``scale.write_lake_batch``): one set of files a batch of ``batch_size``
    articles. The lake keeps no rejects: ``rejects`` in the stats counts the articles whose events
    were left out for want of a date (what the store would reject)."""

    codes_itself = False

    def __init__(
        self,
        directory: str | os.PathLike[str],
        *,
        batch_size: int,
        progress: Progress | None = None,
    ) -> None:
        self.directory = directory
        self.where = os.fspath(directory)
        self.batch_size = batch_size
        self.progress = progress
        self._known: Callable[[Sequence[Article]], set[str]] | None = None

    def known(self, articles: Sequence[Article]) -> set[str]:
        if self._known is None:  # the lake's (id, text hash) pairs, read once
            from eventscribe.scale import lake_known

            self._known = lake_known(self.directory)
        return self._known(articles)

    def write(self, coded: Iterable[Coded], rejects: Sequence[Reject]) -> IngestStats:
        from eventscribe.scale import write_lake_batch

        articles = mentions = undated_events = 0
        stats = IngestStats()
        for batch in batched(coded, self.batch_size):
            written, undated = write_lake_batch(self.directory, batch)
            articles += len(batch)
            mentions += written
            undated_events += undated
            stats = IngestStats(
                articles=articles, new=articles, mentions=mentions, rejects=undated_events
            )
            if self.progress is not None:
                self.progress(stats)
        return stats


class ServerSink:
    """A running `eventscribe serve` at ``url``, which codes the articles and stores them
    (``api.client.ingest_via_server``), then the reader's rejects; it drops events under
    ``min_confidence`` itself and skips what it holds."""

    codes_itself = True

    def __init__(
        self,
        url: str,
        token: str | None = None,
        *,
        progress: Progress | None = None,
        min_confidence: float | None = None,
    ) -> None:
        self.url = url
        self.where = url
        self.token = token
        self.progress = progress
        self.min_confidence = min_confidence

    def known(self, articles: Sequence[Article]) -> set[str]:
        return set()  # the server skips the articles it holds

    def write(self, coded: Iterable[Coded], rejects: Sequence[Reject]) -> IngestStats:
        from eventscribe.api import client

        return client.ingest_via_server(
            self.url,
            (article for article, _ in coded),
            self.token,
            progress=self.progress,
            rejects=lambda: rejects,
            min_confidence=self.min_confidence,
        )
