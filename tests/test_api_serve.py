"""`eventscribe serve` as a process: ingest through it; a second writer refused at once (issue 5).

Starts the real command (spaCy loads in the server), ingests the seed article through it with
`eventscribe ingest --server URL`, checks the article's spans, then runs `eventscribe ingest --db`
on the same store, which must stop at once and name the server.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import httpx
import pytest

from eventscribe.api.client import note_path, server_hint
from eventscribe.articles import read_articles
from eventscribe.records import Article

pytestmark = pytest.mark.slow

SEED = "000_6f30cd15ffe565b0.txt"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_up(url: str, process: subprocess.Popen[str], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"serve exited: {process.communicate()[1]}")
        try:
            if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    pytest.fail("serve did not answer")


ENV = {**os.environ, "EVENTSCRIBE_TOKEN": ""}
CLI = [sys.executable, "-m", "eventscribe"]


def _serve(db: Path, port: int, *options: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*CLI, "serve", "--db", str(db), "--port", str(port), "--log-level", "warning", *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def test_api_serve_ingests_through_the_server_and_locks_out_other_writers(tmp_path: Path) -> None:
    db = tmp_path / "served.duckdb"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = ENV
    cli = CLI
    process = _serve(db, port)
    try:
        _wait_up(url, process, 60)
        assert note_path(db).exists()

        seed_path = resources.files("eventscribe") / "data" / "seed" / SEED
        with resources.as_file(seed_path) as path:
            seed = [a for a in read_articles([str(path)]) if isinstance(a, Article)]
            # What the user runs: `eventscribe ingest --server URL PATH` ...
            sent = subprocess.run(
                [*cli, "ingest", str(path), "--server", url, "--progress", "none"],
                capture_output=True,
                text=True,
                env=env,
            )
            assert sent.returncode == 0, sent.stderr
            assert "ingested 1 articles (1 new" in sent.stdout
            # ... and what `eventscribe ingest --db FILE` meets while the server runs.
            started = time.monotonic()
            refused = subprocess.run(
                [*cli, "ingest", str(path), "--db", str(db), "--progress", "none"],
                capture_output=True,
                text=True,
                env=env,
            )
            took = time.monotonic() - started
        assert refused.returncode != 0 and "[E401]" in refused.stderr
        assert f"eventscribe ingest --server {url}" in refused.stderr
        assert took < 15, f"the refusal took {took:.1f} s"

        article = httpx.get(f"{url}/v1/articles/{seed[0].id}", timeout=10).json()
        assert article["text"] == seed[0].text
        for record in article["events"]:
            text = article["text"]
            assert text[slice(*record["spans"]["source"])] == record["source"]["text"]
            assert text[slice(*record["spans"]["trigger"])] == record["trigger"]["text"]
            if record["target"]:
                assert text[slice(*record["spans"]["target"])] == record["target"]["text"]
        meetings = [e for e in article["events"] if e["cameo"].startswith("04")]
        assert any(
            (e["source"]["code"], e["target"]["code"]) == ("CHNGOV", "RUSLEG") for e in meetings
        )

        hint = server_hint(db)
        assert hint is not None and f"--server {url}" in hint
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    assert not note_path(db).exists(), "serve left its note behind"


@pytest.mark.issue(12)
def test_api_serve_stores_client_rejects_names_itself_to_readers_and_stops_clean(
    tmp_path: Path,
) -> None:
    """`ingest --server` stores what its reader rejected; `events --db` while the server runs says
    where the server is and what to do; SIGTERM leaves neither the note nor a WAL file."""
    db = tmp_path / "served.duckdb"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = ENV
    cli = CLI
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x1", "text": \n{"id": "x2"}\n', encoding="utf-8")
    process = _serve(db, port, "--lazy-coder")
    try:
        _wait_up(url, process, 60)
        sent = subprocess.run(
            [*cli, "ingest", str(bad), "--server", url, "--progress", "none"],
            capture_output=True,
            text=True,
            env=env,
        )
        assert sent.returncode == 1, sent.stderr  # two rejects
        assert "2 rejects" in sent.stdout
        health = httpx.get(url + "/v1/health", timeout=5).json()
        assert health["store"]["counts"]["rejects"] == 2

        refused = subprocess.run(
            [*cli, "events", "--db", str(db)], capture_output=True, text=True, env=env
        )
        assert refused.returncode == 1 and "[E401]" in refused.stderr
        assert f"{url}/v1/events" in refused.stderr  # query it through the API
        assert "serve --read-only" in refused.stderr
        assert (tmp_path / "served.duckdb.wal").exists()  # the server wrote the rejects
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            _, err = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            pytest.fail("serve did not stop on SIGTERM")
    assert process.returncode == 0, err
    assert not note_path(db).exists(), "serve left its note behind"
    assert not (tmp_path / "served.duckdb.wal").exists(), "serve left its WAL behind"
    listed = subprocess.run(
        [*cli, "rejects", "--db", str(db)], capture_output=True, text=True, env=env
    )
    assert listed.returncode == 0, listed.stderr
    assert f"{bad}:1: [E116]" in listed.stdout and f"{bad}:2: [E113]" in listed.stdout
