"""Load test of `eventscribe serve` on loopback: N concurrent clients, mixed reads and codes.

Starts the server on a temp store (or --db) at 127.0.0.1 on a free port, fills it through
POST /v1/ingest (the real coder), waits for the coder, then drives it and stops it. Prints p50/p99
latency and requests/s, overall and per endpoint, and the status counts; exits 1 on any 5xx or
transport error. Bounded: loopback only, stops by itself.

    .venv/bin/python benchmarks/load_test.py      # 32 clients, 20 s: docs/reliability.md
    .venv/bin/python benchmarks/load_test.py --clients 8 --seconds 5 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

HOST = "127.0.0.1"
ACTORS = (
    ("Chinese President Xi Jinping", "CHN"),
    ("Russian President Vladimir Putin", "RUS"),
    ("French President Emmanuel Macron", "FRA"),
    ("German Chancellor Olaf Scholz", "DEU"),
    ("Indian Prime Minister Narendra Modi", "IND"),
    ("Turkish President Recep Tayyip Erdogan", "TUR"),
)
VERBS = ("met with", "criticised", "praised", "accused", "visited", "threatened")
# What each client picks, with weights: reads of every kind, and /v1/code (the coder, serialised).
MIX: tuple[tuple[str, int], ...] = (
    ("events", 25),
    ("events_filtered", 10),
    ("series", 12),
    ("actors", 10),
    ("network", 8),
    ("article", 10),
    ("health", 5),
    ("code", 20),
)


@dataclass
class Report:
    clients: int
    seconds: float
    requests: int = 0
    requests_per_second: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0
    statuses: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # transport errors (timeouts, resets)
    per_endpoint: dict[str, dict[str, float]] = field(default_factory=dict)

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status.startswith("5"))

    def to_text(self) -> str:
        lines = [
            f"{self.clients} clients, {self.seconds:.1f} s: {self.requests} requests, "
            f"{self.requests_per_second:.1f} requests/s, p50 {self.p50_ms:.1f} ms, "
            f"p99 {self.p99_ms:.1f} ms, max {self.max_ms:.1f} ms",
            f"statuses: {dict(sorted(self.statuses.items()))}; 5xx: {self.server_errors}; "
            f"transport errors: {len(self.errors)}",
        ]
        for name, row in sorted(self.per_endpoint.items()):
            lines.append(
                f"  {name:16} {int(row['n']):6} requests  p50 {row['p50_ms']:8.1f} ms  "
                f"p99 {row['p99_ms']:8.1f} ms"
            )
        return "\n".join(lines)


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _article(rng: random.Random, number: int) -> dict[str, str]:
    (first, _), (second, _) = rng.sample(ACTORS, 2)
    return {
        "id": f"load{number:04d}",
        "date": f"2023-{1 + number % 12:02d}-{1 + number % 28:02d}",
        "source": f"outlet{number % 4}",
        "text": f"{first} {rng.choice(VERBS)} {second} on Monday.\n\nMarkets were calm.",
    }


def _request(rng: random.Random, kind: str, ids: list[str]) -> tuple[str, str, dict[str, Any]]:
    codes = [code for _, code in ACTORS]
    if kind == "events":
        return "GET", "/v1/events", {"params": {"limit": rng.choice([10, 50, 100])}}
    if kind == "events_filtered":
        params = rng.choice(
            [
                {"actor": rng.choice(codes)},
                {"dyad": f"{rng.choice(codes)}:{rng.choice(codes)}"},
                {"cameo": rng.choice(["04", "11", "05"]), "since": "2023-03-01"},
                {"text": "met Monday"},
                {"quad": rng.randint(1, 4), "until": "2023-10-01"},
            ]
        )
        return "GET", "/v1/events", {"params": params}
    if kind == "series":
        params = {
            "dyad": f"{rng.choice(codes)}:{rng.choice(codes)}",
            "both": rng.choice(["true", "false"]),
            "freq": rng.choice(["day", "week", "month", "year"]),
            "measure": rng.choice(["count", "goldstein", "quad"]),
        }
        return "GET", "/v1/series", {"params": params}
    if kind == "actors":
        params = rng.choice([{}, {"q": rng.choice(["CHN", "putin", "fra", "Xi"])}])
        return "GET", "/v1/actors", {"params": params}
    if kind == "network":
        return "GET", "/v1/network", {"params": {"group": rng.choice(["actor", "country"])}}
    if kind == "article":
        return "GET", f"/v1/articles/{rng.choice(ids)}", {}
    if kind == "health":
        return "GET", "/v1/health", {}
    body = _article(rng, rng.randint(10_000, 99_999))
    return "POST", "/v1/code", {"json": {"text": body["text"], "date": body["date"]}}


async def _drive(
    base: str, clients: int, seconds: float, ids: list[str], seed: int
) -> tuple[dict[str, list[float]], Counter[str], list[str], float]:
    latencies: dict[str, list[float]] = defaultdict(list)
    statuses: Counter[str] = Counter()
    errors: list[str] = []
    kinds = [kind for kind, _ in MIX]
    weights = [weight for _, weight in MIX]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    timeout = httpx.Timeout(60.0)
    started = time.monotonic()
    deadline = started + seconds

    async def client(number: int, http: httpx.AsyncClient) -> None:
        rng = random.Random(seed * 1000 + number)
        while time.monotonic() < deadline:
            kind = rng.choices(kinds, weights)[0]
            method, url, options = _request(rng, kind, ids)
            tick = time.perf_counter()
            try:
                response = await http.request(method, url, **options)
            except httpx.HTTPError as error:
                errors.append(f"{kind}: {type(error).__name__}: {error}")
                continue
            latencies[kind].append((time.perf_counter() - tick) * 1000)
            statuses[str(response.status_code)] += 1

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
    return latencies, statuses, errors, time.monotonic() - started


def _wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"eventscribe serve exited with {server.returncode}")
        try:
            health = httpx.get(f"{base}/v1/health", timeout=2).json()
            if health.get("coder") == "loaded":
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"the server was not ready within {timeout} s")


def run_load(
    *,
    clients: int = 32,
    seconds: float = 20.0,
    articles: int = 60,
    db: Path | None = None,
    seed: int = 7,
) -> Report:
    """Serve a store on loopback, fill it with ``articles`` through /v1/ingest, drive it with
    ``clients`` concurrent clients for ``seconds``, stop it, and return the figures."""
    if clients < 1 or not 0 < seconds <= 600:
        raise ValueError("clients >= 1 and 0 < seconds <= 600")
    with tempfile.TemporaryDirectory(prefix="eventscribe-load-") as folder:
        store = db or Path(folder) / "load.duckdb"
        port = _free_port()
        base = f"http://{HOST}:{port}"
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "eventscribe",
                "serve",
                "--db",
                str(store),
                "--host",
                HOST,
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            _wait_ready(base, server, timeout=180)
            rng = random.Random(seed)
            batch = [_article(rng, n) for n in range(articles)]
            filled = httpx.post(f"{base}/v1/ingest", json=batch, timeout=300)
            filled.raise_for_status()
            ids = [item["id"] for item in batch]
            latencies, statuses, errors, took = asyncio.run(
                _drive(base, clients, seconds, ids, seed)
            )
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            if server.stderr is not None:
                server.stderr.close()
    every = [value for values in latencies.values() for value in values]
    return Report(
        clients=clients,
        seconds=took,
        requests=len(every),
        requests_per_second=len(every) / took if took else 0.0,
        p50_ms=statistics.median(every) if every else 0.0,
        p99_ms=_percentile(every, 0.99),
        max_ms=max(every, default=0.0),
        statuses=dict(statuses),
        errors=errors[:20],
        per_endpoint={
            kind: {
                "n": float(len(values)),
                "p50_ms": statistics.median(values),
                "p99_ms": _percentile(values, 0.99),
            }
            for kind, values in latencies.items()
            if values
        },
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--articles", type=int, default=60, help="articles ingested first")
    parser.add_argument("--db", type=Path, help="serve this store (default: a temp one)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report = run_load(
        clients=args.clients,
        seconds=args.seconds,
        articles=args.articles,
        db=args.db,
        seed=args.seed,
    )
    print(json.dumps(asdict(report), indent=2) if args.json else report.to_text())
    return 1 if report.server_errors or report.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
