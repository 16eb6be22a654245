"""Batches of articles, and coding them in forked worker processes: each worker is a copy of the
parent's coder (the pipeline and dictionaries are shared by the fork, not reloaded or pickled).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult

from eventscribe.records import Article, Event

# codes one batch of articles, yielding each with its events in input order
BatchCoder = Callable[[list[Article]], Iterable[tuple[Article, list[Event]]]]


class _Worker:
    """The batch coder of this worker process, handed over by the pool's initializer (in the
    forked child; the parent keeps no global)."""

    code_batch: BatchCoder | None = None


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= max(1, size):
            yield batch
            batch = []
    if batch:
        yield batch


def code_in_workers(
    code_batch: BatchCoder, batches: Iterator[list[Article]], n_process: int
) -> Iterator[tuple[Article, list[Event]]]:
    """Codes ``batches`` with ``code_batch`` in ``n_process`` forked processes; yields each article
    with its events, in input order, with at most two batches per worker in flight."""
    context = multiprocessing.get_context("fork")
    # with fork, the initializer's arguments reach the child by the fork itself, not by pickling
    with context.Pool(n_process, initializer=_adopt, initargs=(code_batch,)) as pool:
        pending: deque[tuple[list[Article], AsyncResult[list[list[Event]]]]] = deque()
        for batch in batches:
            pending.append((batch, pool.apply_async(_code_in_worker, (batch,))))
            if len(pending) >= 2 * n_process:
                done, result = pending.popleft()
                yield from zip(done, result.get(), strict=True)
        while pending:
            done, result = pending.popleft()
            yield from zip(done, result.get(), strict=True)


def _adopt(code_batch: BatchCoder) -> None:
    _Worker.code_batch = code_batch


def _code_in_worker(batch: list[Article]) -> list[list[Event]]:
    if _Worker.code_batch is None:  # pragma: no cover - only if the pool lost its initializer
        raise RuntimeError("worker process without a coder")
    return [events for _, events in _Worker.code_batch(batch)]
