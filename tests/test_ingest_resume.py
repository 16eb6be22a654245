"""Resumable ingest (issue 6): a run killed after a commit resumes without losing or recoding an
article, and the progress display's rate, ETA and per-commit log lines."""

from __future__ import annotations

import datetime as dt
import io
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from eventscribe.records import Article, Event, Reject
from eventscribe.store import cli
from eventscribe.store.db import IngestStats, Store
from eventscribe.store.progress import Progress, format_duration
from eventscribe.store.synthetic import make_article, make_event
from support import SCALE_ARTICLES, run_store_cli, store_snapshot


@pytest.fixture
def coded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A fake pipeline (one article per line 'id|text') that records what reaches the coder."""
    seen: list[str] = []

    def read(paths: Sequence[Path], default_date: dt.date | None) -> Iterable[Article | Reject]:
        for path in paths:
            for line in path.read_text().splitlines():
                article_id, text = line.split("|")
                yield make_article(article_id, text=text, date=dt.date(2021, 1, 1))

    def code(articles: Iterable[Article]) -> Iterable[tuple[Article, list[Event]]]:
        for article in articles:
            seen.append(article.id)
            yield article, [make_event(article.id, "FRA", "DEU", "042", date=article.date)]

    monkeypatch.setattr(cli, "_pipeline", lambda args: (read, code))
    return seen


def test_ingest_resume_codes_only_what_is_not_stored(
    tmp_path: Path, coded: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.txt"
    source.write_text("a1|one\na2|two\na3|three\n")
    db = str(tmp_path / "s.duckdb")
    assert (
        run_store_cli("ingest", str(source), "--db", db, "--batch-size", "2", "--commit-every", "2")
        == 0
    )
    source.write_text("a1|one\na2|two changed\na3|three\na4|four\na5|five\n")
    coded.clear()
    capsys.readouterr()
    assert (
        run_store_cli("ingest", str(source), "--db", db, "--batch-size", "2", "--commit-every", "2")
        == 0
    )
    assert coded == ["a2", "a4", "a5"]  # a1 and a3 are stored with the same text: not coded
    out = capsys.readouterr().out
    # one event: the same key (FRA -> DEU 042 on one day) in every article
    assert "ingested 5 articles (2 new, 1 replaced, 2 unchanged): 3 mentions, 0 new events" in out
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 5
        assert store.known([make_article("a2", text="two changed")]) == {"a2"}
        assert store.known([make_article("a2", text="two")]) == set()


def test_ingest_resume_option_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.duckdb")
    for argv, words in (
        (("ingest", "--db", db), "needs PATH"),
        (("ingest", "x.jsonl", "--from-lake", "lake"), "--from-lake"),
        (("ingest", "x.jsonl", "--server", "http://h", "--dask", "local"), "--server"),
        (("ingest", "x.jsonl", "--batch-size", "0"), "--batch-size"),
        (("ingest", "x.jsonl", "--commit-every", "0"), "--commit-every"),
    ):
        assert run_store_cli(*argv) == 1
        err = capsys.readouterr().err
        assert err.startswith("[E443]") and words in err


def test_ingest_resume_progress_rate_eta_and_log_lines() -> None:
    assert [format_duration(s) for s in (4.6, 185, 7620)] == ["5s", "3m05s", "2h07m"]
    bar = io.StringIO()
    progress = Progress(bar, enabled=True, interval=0, total=100)
    progress.started -= 10  # ten seconds in: 20 articles coded, 30 found stored
    progress.skipped = 30
    progress.update(IngestStats(articles=20, mentions=40))
    line = bar.getvalue()
    assert "50/100 articles (30 already stored)" in line
    assert "2.0 articles/s" in line and "ETA 25s" in line and "40 mentions" in line

    log = io.StringIO()
    progress = Progress(log, enabled=True, log=True)
    progress.update(IngestStats(articles=2, mentions=3))  # coded, not committed yet: no line
    progress.update(IngestStats(articles=2, new=2, mentions=3))
    progress.update(IngestStats(articles=3, new=2, mentions=4))
    progress.update(IngestStats(articles=4, new=3, unchanged=1, mentions=5))
    lines = log.getvalue().splitlines()
    assert len(lines) == 2 and all(x.startswith("committed ") for x in lines)
    assert "ETA" not in lines[0]  # no total (standard input): no ETA


def _readline(stream: io.BufferedReader, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([stream], [], [], left)[0]:
            raise TimeoutError(f"no line within {timeout} s (so far: {data!r})")
        chunk = os.read(stream.fileno(), 1)
        if not chunk:
            raise EOFError(f"the ingest ended early: {data!r}")
        data += chunk
    return data.decode()


@pytest.mark.slow
@pytest.mark.issue(6)
def test_ingest_resume_after_sigkill_loses_and_repeats_nothing(tmp_path: Path) -> None:
    """Kill an ingest (SIGKILL) after its first commit; the rerun codes only the rest."""
    lines = SCALE_ARTICLES.read_bytes().splitlines(keepends=True)
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    command = [
        sys.executable,
        "-m",
        "eventscribe",
        "ingest",
        "--batch-size",
        "2",
        "--commit-every",
        "2",
        "--workers",
        "1",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # Standard input keeps the run waiting after the first batch: the kill lands between commits.
    process = subprocess.Popen(
        [*command, "-", "--db", str(killed), "--progress", "log"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    try:
        assert process.stdin is not None and process.stderr is not None
        process.stdin.write(b"".join(lines[:2]))
        process.stdin.flush()
        line = _readline(process.stderr, timeout=90)  # type: ignore[arg-type]
        assert line.startswith("committed 2 articles"), line
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdin, process.stderr):
            if stream is not None:
                stream.close()

    rerun = subprocess.run(
        [*command, str(SCALE_ARTICLES), "--db", str(killed)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "ingested 10 articles (8 new, 0 replaced, 2 unchanged)" in rerun.stdout
    fresh = subprocess.run(
        [*command, str(SCALE_ARTICLES), "--db", str(clean)], capture_output=True, text=True, env=env
    )
    assert fresh.returncode == 0, fresh.stderr
    assert "(10 new, 0 replaced, 0 unchanged)" in fresh.stdout
    expected = store_snapshot(clean)
    assert len(expected[0]) >= 10
    assert store_snapshot(killed) == expected


def test_ingest_server_option_sends_the_articles_with_the_token(
    tmp_path: Path,
    coded: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from eventscribe.api import client

    sent: dict[str, object] = {}

    def ingest_via_server(
        url: str, articles: Iterable[Article], token: str | None = None, **options: object
    ) -> IngestStats:
        sent.update(url=url, ids=[a.id for a in articles], token=token)
        return IngestStats(articles=2, new=1, unchanged=1, mentions=1, events=1)

    monkeypatch.setattr(client, "ingest_via_server", ingest_via_server)
    source = tmp_path / "in.txt"
    source.write_text("a1|one\na2|two\n")
    argv = ("ingest", str(source), "--server", "http://127.0.0.1:9", "--token", "t0k")
    assert run_store_cli(*argv) == 0
    assert sent == {"url": "http://127.0.0.1:9", "ids": ["a1", "a2"], "token": "t0k"}
    assert coded == []  # the server codes
    assert (
        "(1 new, 0 replaced, 1 unchanged): 1 mentions, 1 new events, 0 rejects -> "
        "http://127.0.0.1:9" in capsys.readouterr().out
    )
