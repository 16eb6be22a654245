"""The store's CLI commands through a parser built as the main CLI builds it (issue 4)."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from eventscribe.records import Article, Event, Reject
from eventscribe.store import cli
from eventscribe.store.db import IngestStats
from eventscribe.store.progress import Progress
from eventscribe.store.synthetic import make_article, make_event


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventscribe")
    commands = parser.add_subparsers(dest="command", required=True)
    cli.register(commands)
    actors = commands.add_parser("actors")
    cli.add_actors_top(actors.add_subparsers(dest="actors_command", required=True))
    return parser


def _run(*argv: str) -> int:
    args = _parser().parse_args(argv)
    return int(args.func(args))


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Reader: one article per path line 'id|date|text'; 'BAD' lines become rejects. Coder: one
    CHNGOV->RUSLEG 036 event per article, plus USA->IRN 112 when the text says 'sanctions'."""
    seen: dict[str, object] = {}

    def read(paths: Sequence[Path], default_date: dt.date | None) -> Iterable[Article | Reject]:
        for path in paths:
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if line == "BAD":
                    yield Reject(origin=f"{path}:{number}", reason="no text", code="E102")
                    continue
                article_id, date, text = line.split("|")
                yield make_article(
                    article_id,
                    text=text,
                    date=dt.date.fromisoformat(date) if date else default_date,
                )

    def code(articles: Iterable[Article]) -> Iterable[tuple[Article, list[Event]]]:
        for article in articles:
            events = [make_event(article.id, "CHNGOV", "RUSLEG", "036", date=article.date)]
            if "sanctions" in article.text:
                events.append(
                    make_event(article.id, "USA", "IRN", "112", date=article.date, sentence_index=1)
                )
            yield article, events

    def pipeline(args: argparse.Namespace) -> tuple[object, object]:
        seen["dictionary"] = args.dictionary
        return read, code

    monkeypatch.setattr(cli, "_pipeline", pipeline)
    return seen


@pytest.fixture
def db(tmp_path: Path, fake_pipeline: dict[str, object]) -> Path:
    source = tmp_path / "in.txt"
    source.write_text(
        "a1|2020-01-15|talks\na2|2020-03-02|sanctions and talks\na3|2020-03-03|talks\n"
    )
    path = tmp_path / "s.duckdb"
    assert _run("ingest", str(source), "--db", str(path), "--quiet") == 0
    return path


def test_store_cli_ingest_summary_rejects_and_exit_code(
    tmp_path: Path, fake_pipeline: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.txt"
    source.write_text("a1|2020-01-15|talks\nBAD\na2||sanctions\n")
    path = tmp_path / "s.duckdb"
    code = _run(
        "ingest",
        str(source),
        "--db",
        str(path),
        "--date",
        "2021-05-05",
        "--dictionary",
        "extra.txt",
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{source}:2: [E102] no text" in err
    assert (
        "ingested 2 articles (2 new, 0 replaced, 0 unchanged): 3 mentions, 3 new events, 1 rejects"
        in out
    )
    assert fake_pipeline["dictionary"] == ["extra.txt"]
    assert _run("ingest", str(source), "--db", str(path)) == 1  # still rejected on the second run
    out, _ = capsys.readouterr()
    assert "(0 new, 0 replaced, 2 unchanged): 0 mentions, 0 new events" in out
    assert _run("rejects", "--db", str(path)) == 0
    out, _ = capsys.readouterr()
    assert out.count("[E102] no text") == 1
    assert _run("events", "--db", str(path), "--since", "2021-05-05", "--format", "jsonl") == 0
    out, _ = capsys.readouterr()
    assert len(out.splitlines()) == 2  # the undated article took --date


def test_store_cli_events_formats_and_paging(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        _run("events", "--db", str(db), "--dyad", "CHN:RUS", "--limit", "1", "--format", "jsonl")
        == 0
    )
    out, err = capsys.readouterr()
    first = json.loads(out)
    assert first["date"] == "2020-03-03" and first["num_mentions"] == 1
    cursor = err.split("--cursor ")[1].strip()
    assert (
        _run(
            "events",
            "--db",
            str(db),
            "--dyad",
            "CHN:RUS",
            "--limit",
            "5",
            "--cursor",
            cursor,
            "--format",
            "csv",
        )
        == 0
    )
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("id,date,source_code") and len(lines) == 3
    assert _run("events", "--db", str(db), "--actor", "USA") == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[0].split()[:3] == ["date", "source", "target"]
    assert "USA" in out.splitlines()[1] and len(out.splitlines()) == 2


def test_store_cli_series_zero_months(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run("series", "--db", str(db), "--dyad", "CHN:RUS", "--format", "csv") == 0
    out, _ = capsys.readouterr()
    assert out.splitlines() == ["period,count", "2020-01-01,1", "2020-02-01,0", "2020-03-01,2"]


def test_store_cli_export_and_actors_top(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "events.tsv"
    assert (
        _run("export", "--db", str(db), "--format", "gdelt", "-o", str(target), "--cameo", "11")
        == 0
    )
    rows = target.read_text().splitlines()
    assert len(rows) == 1 and len(rows[0].split("\t")) == 61
    assert _run("actors", "top", "--db", str(db), "--format", "jsonl", "--limit", "1") == 0
    out, _ = capsys.readouterr()
    assert json.loads(out.splitlines()[0])["code"] in {"CHNGOV", "RUSLEG"}


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (("events", "--since", "yesterday"), "[E420]"),
        (("series", "--dyad", "CHN"), "[E420]"),
        (("events", "--cursor", "!!"), "[E421]"),
    ],
)
def test_store_cli_user_errors_are_coded_without_traceback(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], code: str
) -> None:
    assert _run(*argv, "--db", str(db)) == 1
    _, err = capsys.readouterr()
    assert err.startswith(code) and "Traceback" not in err


def test_store_cli_missing_store_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("events", "--db", str(tmp_path / "none.duckdb")) == 1
    _, err = capsys.readouterr()
    assert err.startswith("[E403]") and "eventscribe ingest" in err


def test_store_cli_progress_draws_only_on_a_terminal() -> None:
    quiet = io.StringIO()
    Progress(quiet).update(IngestStats(articles=3))
    assert quiet.getvalue() == ""
    shown = io.StringIO()
    progress = Progress(shown, enabled=True, interval=0)
    progress.update(IngestStats(articles=3, mentions=7, rejects=1))
    assert (
        "3 articles" in shown.getvalue()
        and "7 mentions" in shown.getvalue()
        and "1 rejects" in shown.getvalue()
    )
    progress.clear()
    assert shown.getvalue().endswith("\r")


@pytest.mark.issue(12)
def test_store_cli_export_limit_is_a_quick_sample(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("export", "--db", str(db), "--format", "csv", "--limit", "2") == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("id,date,") and len(lines) == 3
    assert [line.split(",")[1] for line in lines[1:]] == ["2020-01-15", "2020-03-02"]  # oldest


@pytest.mark.issue(12)
def test_store_cli_series_goldstein_mean(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        _run(
            "series", "--db", str(db), "--dyad", "CHN:RUS", "--measure", "goldstein-mean",
            "--format", "csv",
        )
        == 0
    )  # fmt: skip
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        "period,count,goldstein_mean",
        "2020-01-01,1,1.0",
        "2020-02-01,0,",
        "2020-03-01,2,1.0",
    ]


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("events", "--event", "MEET"), "CONSULT"),
        (("events", "--since", "2020-03-01", "--until", "2020-01-01"), "swap them"),
        (("export", "--format", "csv", "--cameo", "99"), "root codes are 01 to 20"),
        (("events", "--country", "IGO"), "--actor IGO"),
        (("series", "--dyad", "CHN:RUS", "--min-confidence", "7"), "0 to 1"),
    ],
)
def test_store_cli_filters_that_cannot_match_are_refused(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], words: str
) -> None:
    assert _run(*argv, "--db", str(db)) == 1
    _, err = capsys.readouterr()
    assert err.startswith("[E420]") and words in err


@pytest.mark.issue(12)
def test_store_cli_min_confidence_at_ingest_and_in_queries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import dataclasses

    def read(paths: Sequence[Path], default_date: dt.date | None) -> Iterable[Article | Reject]:
        yield make_article("c1", date=dt.date(2020, 1, 1))

    def code(articles: Iterable[Article]) -> Iterable[tuple[Article, list[Event]]]:
        for article in articles:
            events = [
                make_event(article.id, "FRA", "DEU", cameo, date=article.date, sentence_index=i)
                for i, cameo in enumerate(("040", "042", "043"))
            ]
            scores = (0.9, 0.2, None)
            yield (
                article,
                [dataclasses.replace(e, confidence=c) for e, c in zip(events, scores, strict=True)],
            )

    monkeypatch.setattr(cli, "_pipeline", lambda args: (read, code))
    source = tmp_path / "in.txt"
    source.write_text("x")
    everything, filtered = tmp_path / "all.duckdb", tmp_path / "some.duckdb"
    assert _run("ingest", str(source), "--db", str(everything)) == 0
    assert _run("ingest", str(source), "--db", str(filtered), "--min-confidence", "0.5") == 0
    out, _ = capsys.readouterr()
    assert "2 mentions, 2 new events" in out  # 0.2 dropped, the unscored one kept
    assert _run("events", "--db", str(everything), "--min-confidence", "0.5", "--format",
                "jsonl") == 0  # fmt: skip
    out, _ = capsys.readouterr()
    assert sorted(json.loads(line)["cameo"] for line in out.splitlines()) == ["040", "043"]
    assert _run("export", "--db", str(everything), "--format", "csv", "--min-confidence",
                "0.95") == 0  # fmt: skip
    out, _ = capsys.readouterr()
    assert len(out.splitlines()) == 2  # the header and the unscored event
    assert _run("series", "--db", str(everything), "--dyad", "FRA:DEU", "--freq", "year",
                "--min-confidence", "0.5", "--format", "csv") == 0  # fmt: skip
    out, _ = capsys.readouterr()
    assert out.splitlines() == ["period,count", "2020-01-01,2"]


@pytest.mark.issue(12)
def test_store_cli_store_in_use_says_what_to_do(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
            "print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        assert _run("events", "--db", str(db)) == 1
        _, err = capsys.readouterr()
        assert err.startswith("[E401]") and f"PID {holder.pid}" in err
        assert "query a copy of the file" in err  # no server note: the other ways round
    finally:
        holder.kill()
        holder.communicate()


@pytest.mark.issue(12)
def test_store_cli_ingest_reads_the_named_columns(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("story,when,body\nk1,2021-02-03,Talks began.\n")
    args = _parser().parse_args(
        ["ingest", str(source), "--text-column", "BODY", "--date-column", "when", "--id-column",
         "story"]
    )  # fmt: skip
    read, _ = cli._pipeline(args)
    (article,) = list(read([source], None))
    assert isinstance(article, Article)
    assert (article.id, article.date, article.text) == ("k1", dt.date(2021, 2, 3), "Talks began.")
    plain = _parser().parse_args(["ingest", str(source)])
    (reject,) = list(cli._pipeline(plain)[0]([source], None))
    assert isinstance(reject, Reject) and "--text-column" in reject.reason
