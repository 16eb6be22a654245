"""Faults (issue 7): SIGKILL at random points of a real ingest, a full disk, old and damaged stores.

The ingests run the real CLI (``python -m eventscribe ingest``) in subprocesses with the real coder;
the inputs are small (40 short articles) and committed two at a time, so a kill lands before the
model is loaded, between commits or inside one.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Generator
from pathlib import Path

import duckdb
import pytest

from eventscribe.cli import main
from eventscribe.store import schema
from eventscribe.store.db import Store
from support import make_v0_file

pytestmark = pytest.mark.issue(7)

ACTORS = (
    "Chinese President Xi Jinping",
    "Russian President Vladimir Putin",
    "French President Emmanuel Macron",
    "German Chancellor Olaf Scholz",
    "Indian Prime Minister Narendra Modi",
    "Iranian officials",
    "Turkish President Recep Tayyip Erdogan",
    "Japanese Prime Minister Fumio Kishida",
)
VERBS = ("met with", "criticised", "praised", "accused", "visited", "threatened", "thanked")
# no actor, agent or known surname: the prefilter skips it, as most of a long article (not parsed)
FILLER = "Prices changed little over the week. "
COMMAND = [sys.executable, "-m", "eventscribe", "ingest", "--workers", "1", "--progress", "none"]
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}
KILLS = 21  # at least 20, as the issue asks
SEED = 20_231_123

Snapshot = dict[str, list[tuple[object, ...]]]


def write_articles(path: Path, count: int, *, filler: int = 0, malformed: bool = True) -> Path:
    """``count`` articles, one dyad sentence each (seeded), plus two malformed lines for rejects."""
    rng = random.Random(7)
    lines: list[str] = []
    for number in range(count):
        first, second = rng.sample(ACTORS, 2)
        text = f"{first} {rng.choice(VERBS)} {second} on Monday.\n\nMarkets were calm."
        if filler:  # paragraphs of 20 sentences, as news is written
            paragraph = (FILLER * 20).strip()
            text += "\n\n" + "\n\n".join([paragraph] * (filler // 20))
        record = {
            "id": f"k{number:03d}",
            "date": f"2023-03-{1 + number % 28:02d}",
            "source": f"outlet{number % 3}",
            "text": text,
        }
        lines.append(json.dumps(record))
        if malformed and number in (5, 30):
            lines.append('{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def snapshot(db: Path) -> Snapshot:
    """What a clean run must equal: articles, events (ids and counts), mentions, rejects."""
    queries = {
        "articles": "SELECT id, text_hash, num_mentions FROM articles ORDER BY id",
        "events": "SELECT id, event_date, source_code, target_code, cameo, num_mentions, "
        "num_articles, num_sources, mention_id FROM events ORDER BY id",
        "mentions": "SELECT id, article_id, date, event_date, source_code, target_code, cameo, "
        "text, trigger_text, rule FROM mentions ORDER BY id",
        "rejects": "SELECT origin, code, reason FROM rejects ORDER BY ALL",
    }
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in queries.items()}
    finally:
        con.close()


def assert_consistent(db: Path) -> None:
    """Every stored article's mentions are there and every event is the sum of its mentions."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        orphans = con.execute(
            "SELECT count(*) FROM mentions m ANTI JOIN articles a ON a.id = m.article_id"
        ).fetchone()
        short = con.execute(
            "SELECT count(*) FROM articles a WHERE num_mentions <> "
            "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id)"
        ).fetchone()
        totals = con.execute(
            "SELECT (SELECT coalesce(sum(num_mentions), 0) FROM events), "
            "(SELECT count(*) FROM mentions)"
        ).fetchone()
    finally:
        con.close()
    assert orphans == (0,) and short == (0,)
    assert totals is not None and totals[0] == totals[1]


def ingest(
    source: Path, db: Path, *extra: str, preexec_fn: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, str(source), "--db", str(db), *extra],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
        check=False,
        preexec_fn=preexec_fn,
    )


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Snapshot, float]:
    """40 short articles, their clean run's snapshot, and how long the clean run took."""
    folder = tmp_path_factory.mktemp("small")
    source = write_articles(folder / "articles.jsonl", 40)
    done = ingest(source, folder / "clean.duckdb", "--batch-size", "2", "--commit-every", "2")
    assert done.returncode == 1, done.stderr  # the two malformed lines
    expected = snapshot(folder / "clean.duckdb")
    # Timed on a second, warm run: the first may build the dictionary cache (a fresh CI machine),
    # which made it twice as long as the runs the test kills, so no kill landed late in a run.
    started = time.monotonic()
    again = ingest(source, folder / "again.duckdb", "--batch-size", "2", "--commit-every", "2")
    took = time.monotonic() - started
    assert again.returncode == 1, again.stderr
    assert snapshot(folder / "again.duckdb") == expected
    assert len(expected["articles"]) == 40 and len(expected["rejects"]) == 2
    assert len(expected["events"]) >= 30
    return source, expected, took


# -- SIGKILL -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_reliability_faults_sigkill_at_random_points_loses_and_repeats_nothing(
    tmp_path: Path, small: tuple[Path, Snapshot, float]
) -> None:
    """21 kills at seeded random delays over the run; each interrupted store, once resumed, holds
    exactly the clean run's articles, events, mentions and rejects."""
    source, expected, took = small
    rng = random.Random(SEED)
    kills: list[float] = []
    rounds = 0
    while len(kills) < KILLS:
        rounds += 1
        db = tmp_path / f"killed{rounds}.duckdb"
        finished = False
        while not finished and len(kills) < KILLS:  # kill and resume until a run gets through
            delay = rng.uniform(0.0, took * 1.1)
            process = subprocess.Popen(
                [
                    *COMMAND,
                    str(source),
                    "--db",
                    str(db),
                    "--batch-size",
                    "2",
                    "--commit-every",
                    "2",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=ENV,
            )
            try:
                process.wait(timeout=delay)
                finished = True
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                status = process.wait(timeout=30)
                if status == -signal.SIGKILL:
                    kills.append(delay)
                else:  # it ended on its own between the timeout and the signal: a complete run
                    assert status == 1, status  # the two malformed lines
                    finished = True
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        resumed = ingest(source, db, "--batch-size", "2", "--commit-every", "2")
        assert resumed.returncode == 1, resumed.stderr  # the same two malformed lines
        assert "Traceback" not in resumed.stderr
        assert snapshot(db) == expected, f"round {rounds}, kills at {kills}"
    assert len(kills) >= KILLS
    # The kills are spread over the run: some before the model is loaded, some late in it.
    assert min(kills) < took * 0.3 and max(kills) > took * 0.6, (kills, took)


# -- a full disk -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bulky(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Snapshot]:
    """40 articles of ~100 KB (4 MB of text: more than the 2 MB disk) and a clean run's snapshot."""
    folder = tmp_path_factory.mktemp("bulky")
    source = write_articles(folder / "bulky.jsonl", 40, filler=2_000, malformed=False)
    done = ingest(source, folder / "clean.duckdb", "--batch-size", "4", "--commit-every", "4")
    assert done.returncode == 0, done.stderr
    return source, snapshot(folder / "clean.duckdb")


def _tmpfs(folder: Path) -> Generator[Path, None, None]:
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a 2 MB tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def _limit_file_size() -> None:
    # Without SIG_IGN the kernel kills the process at the limit; with it, write() fails (EFBIG).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2 << 20, 2 << 20))


@pytest.mark.slow
@pytest.mark.parametrize("how", ["tmpfs", "rlimit"])
def test_reliability_faults_full_disk_is_a_clear_error_and_a_consistent_store(
    tmp_path: Path, bulky: tuple[Path, Snapshot], how: str
) -> None:
    source, expected = bulky
    preexec: Callable[[], None] | None = None
    if how == "tmpfs":
        mounts = _tmpfs(tmp_path / "disk")
        folder = next(mounts)
    else:
        mounts, folder, preexec = None, tmp_path, _limit_file_size
    try:
        db = folder / "full.duckdb"
        failed = ingest(source, db, "--batch-size", "4", "--commit-every", "4", preexec_fn=preexec)
        assert failed.returncode == 1, failed.stderr
        assert "Traceback" not in failed.stderr
        assert "[E406] could not write to" in failed.stderr
        assert "No space left on device" in failed.stderr or "File too large" in failed.stderr
        assert "rolled back" in failed.stderr
        assert_consistent(db)
        stored = snapshot(db)
        assert 0 < len(stored["articles"]) < len(expected["articles"])
        # Room again (the files moved to a roomy disk): the run resumes to the clean result.
        roomy = tmp_path / "roomy"
        roomy.mkdir()
        for part in folder.glob("full.duckdb*"):
            shutil.copy(part, roomy / part.name)
    finally:
        if mounts is not None:
            mounts.close()
    resumed = ingest(source, roomy / "full.duckdb", "--batch-size", "4", "--commit-every", "4")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(stored['articles'])} unchanged)" in resumed.stdout
    assert snapshot(roomy / "full.duckdb") == expected


# -- old, newer and damaged store files ------------------------------------------------------


def test_reliability_faults_old_newer_and_damaged_store_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An older layout migrates on first use; a newer or damaged file is refused with a clear
    message, exit 1, no traceback, and the file untouched. (The Store-level cases are in
    test_store_db.py; these are the commands a user runs.)"""
    old = tmp_path / "old.duckdb"
    make_v0_file(old)
    assert main(["events", "--db", str(old), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(x)["num_mentions"] for x in out.splitlines()] == [2] and err == ""
    with Store.open(old, read_only=True) as store:
        assert store.schema_version == schema.SCHEMA_VERSION

    newer = tmp_path / "newer.duckdb"
    Store.open(newer).close()
    con = duckdb.connect(str(newer))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()

    intact = tmp_path / "intact.duckdb"
    Store.open(intact).close()
    truncated = tmp_path / "truncated.duckdb"
    # Cut where DuckDB still opens the file but fails reading it (half: it fails opening).
    truncated.write_bytes(intact.read_bytes()[: intact.stat().st_size * 3 // 4])
    garbage = tmp_path / "garbage.duckdb"
    garbage.write_bytes(random.Random(1).randbytes(100_000))
    article = tmp_path / "a.txt"
    article.write_text("date 2023-11-23\nRussia supports China.", encoding="utf-8")

    for path, words in (
        (newer, "[E402]"),
        (truncated, "[E403] cannot read the store"),  # a traceback before issue 7
        (garbage, "[E403] cannot open the store"),
    ):
        before = path.read_bytes()
        for argv in (["events"], ["rejects"], ["ingest", str(article)]):
            assert main([*argv, "--db", str(path)]) == 1, (path.name, argv)
            out, err = capsys.readouterr()
            assert words in err and str(path) in err, (path.name, argv, err)
            assert "Traceback" not in err and out == ""
        assert path.read_bytes() == before, f"{path.name} was changed"
