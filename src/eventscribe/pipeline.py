"""The ingest pipeline, one for every command that codes articles and writes their events: read
articles -> skip those the sink holds (resume) -> code -> drop events under a confidence -> a sink.

`code` (JSON Lines), `ingest` (the store, a Parquet lake, a server; locally or on Dask) and the
API's /v1/ingest run it with their own sink (``eventscribe.sinks``). Nothing heavy is imported
here: the coder, the store and Dask load when a stage that needs them runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from eventscribe.errors import ConfigError
from eventscribe.records import Article, Event, IngestStats, Reject

if TYPE_CHECKING:
    import os

    from eventscribe.coding.coder import Coder

__all__ = [
    "CodeFunction",
    "Coded",
    "CoderLike",
    "Sink",
    "above_confidence",
    "batched",
    "code_stream",
    "local_coder",
    "make_coder",
    "reading",
    "run",
    "skip_known",
]

Coded = tuple[Article, list[Event]]
# articles in, each article with its events out, in any order (Dask's is completion order)
CodeFunction = Callable[[Iterable[Article]], Iterable[Coded]]
T = TypeVar("T")


class CoderLike(Protocol):
    """What the pipeline, the API and the evaluation need of a coder
    (``eventscribe.coding.coder.Coder``; tests pass fakes)."""

    def code_article(self, article: Article) -> list[Event]: ...

    def code_articles(
        self, articles: Iterable[Article], *, batch_size: int = ..., n_process: int = ...
    ) -> Iterator[Coded]: ...


class Sink(Protocol):
    """Where the coded articles go: JSON Lines, the store, a Parquet lake or a server
    (``eventscribe.sinks``).

    A sink takes the whole stream, not one article at a time: each batches in its own way (the
    store one transaction per N events, the lake one Parquet file per batch, the server one
    request per 900 kB of JSON), and the server's client reads a stream.
    """

    where: str  # what the summary names: a file, a store, a lake, a URL
    codes_itself: bool  # True: it sends the articles to a server that codes them; no coder runs

    def known(self, articles: Sequence[Article]) -> set[str]:
        """The ids of ``articles`` it already holds with the same text (a resumed run skips
        them); one call a chunk of articles."""
        ...

    def write(self, coded: Iterable[Coded], rejects: Sequence[Reject]) -> IngestStats:
        """Write every coded article, then ``rejects`` (what the reader could not use: complete
        once ``coded`` is exhausted); returns what was written."""
        ...


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items (the last one shorter); never holds more than one list."""
    if size < 1:
        raise ConfigError(f"--batch-size takes 1 or more, not {size}", code="E420")
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def skip_known(
    articles: Iterable[Article],
    known: Callable[[Sequence[Article]], set[str]],
    *,
    chunk: int,
    on_skip: Callable[[int], None] | None = None,
) -> Iterator[Article]:
    """The articles whose id is not in ``known(chunk)``: what a resumed run still has to code.

    ``known`` answers for ``chunk`` articles at a time (one store or lake lookup per chunk), so
    skipping is cheap next to coding; ``on_skip`` hears how many each chunk skipped.
    """
    for batch in batched(articles, chunk):
        stored = known(batch)
        fresh = [a for a in batch if a.id not in stored] if stored else batch
        if on_skip is not None and len(fresh) < len(batch):
            on_skip(len(batch) - len(fresh))
        yield from fresh


def above_confidence(events: Sequence[Event], minimum: float | None) -> list[Event]:
    """The events whose confidence is at least ``minimum``; events not scored (None) always pass,
    and ``minimum`` None keeps every event (``ingest --min-confidence``)."""
    if minimum is None:
        return list(events)
    return [e for e in events if e.confidence is None or e.confidence >= minimum]


def reading(
    items: Iterable[Article | Reject],
    rejects: list[Reject],
    on_reject: Callable[[Reject], None] | None = None,
) -> Iterator[Article]:
    """The articles of a reader's stream; each reject is appended to ``rejects`` and reported to
    ``on_reject`` (the CLI prints it) as it comes."""
    for item in items:
        if isinstance(item, Reject):
            rejects.append(item)
            if on_reject is not None:
                on_reject(item)
        else:
            yield item


def make_coder(
    *,
    dictionary_files: Iterable[str | os.PathLike[str]] = (),
    scorer: str | None = None,
    min_confidence: float | None = None,
) -> Coder:
    """The coder with these extra dictionary files, scorer (default: the shipped default) and
    threshold (default: the scorer's); loads spaCy and the dictionaries."""
    from eventscribe.coding.coder import Coder
    from eventscribe.coding.scoring import DEFAULT_SCORER

    return Coder(
        extra_dictionary_files=tuple(Path(p) for p in dictionary_files),
        scorer=scorer or DEFAULT_SCORER,
        min_confidence=min_confidence,
    )


def local_coder(
    make: Callable[[], CoderLike], *, batch_size: int, n_process: int = 1
) -> CodeFunction:
    """Code in this process (and ``n_process`` forked workers) with the coder ``make`` returns,
    made on the first article: when none is left to code (a finished run resumed), spaCy never
    loads."""

    def code(articles: Iterable[Article]) -> Iterator[Coded]:
        iterator = iter(articles)
        first = next(iterator, None)
        if first is None:
            return
        yield from make().code_articles(
            chain([first], iterator), batch_size=batch_size, n_process=n_process
        )

    return code


def code_stream(
    articles: Iterable[Article],
    *,
    code: CodeFunction | None,
    known: Callable[[Sequence[Article]], set[str]] | None = None,
    chunk: int = 64,
    on_skip: Callable[[int], None] | None = None,
    min_confidence: float | None = None,
) -> Iterator[Coded]:
    """The middle of the pipeline: skip what ``known`` holds (by ``chunk`` articles), code the rest
    (``code`` None: each article with no events, for a sink whose server codes), and keep the
    events at ``min_confidence`` or above (unscored events are kept)."""
    fresh = skip_known(articles, known, chunk=chunk, on_skip=on_skip) if known else articles
    coded: Iterable[Coded] = code(fresh) if code is not None else ((a, []) for a in fresh)
    if min_confidence is None:
        yield from coded
    else:
        for article, events in coded:
            yield article, above_confidence(events, min_confidence)


def run(
    articles: Iterable[Article],
    sink: Sink,
    *,
    code: CodeFunction | None,
    resume_chunk: int | None = None,
    on_skip: Callable[[int], None] | None = None,
    min_confidence: float | None = None,
    rejects: Sequence[Reject] = (),
) -> IngestStats:
    """Code ``articles`` and write them to ``sink``; returns what the sink wrote.

    ``resume_chunk``: skip the articles the sink holds, asking it that many at a time (None: ask
    nothing). ``min_confidence``: drop the events under it (a sink that codes itself is told
    instead). ``rejects``: the reader's, given to the sink after the articles.
    """
    stream = code_stream(
        articles,
        code=None if sink.codes_itself else code,
        known=sink.known if resume_chunk is not None else None,
        chunk=resume_chunk or 1,
        on_skip=on_skip,
        min_confidence=None if sink.codes_itself else min_confidence,
    )
    return sink.write(stream, rejects)
