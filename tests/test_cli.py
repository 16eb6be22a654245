"""The command line as a user runs it: exit codes, messages on stderr, records on stdout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventscribe.cli import build_parser, main


def test_cli_every_command_is_documented_in_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"eventscribe {name}" in readme, f"command {name!r} is not in the README"


def test_cli_code_bad_input_is_reported_and_the_rest_coded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a1", "date": "2023-11-23", "text": "Chinese President Xi Jinping met with '
        'Russian officials in Beijing on Wednesday."}\n'
        "{not json\n"
        '{"id": "a3", "date": "2023-02-30", "text": "Russia supports China."}\n'
        '{"id": "a4", "date": "2023-11-23", "text": ""}\n',
        encoding="utf-8",
    )
    code = main(["code", str(src)])
    out, err = capsys.readouterr()
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert records and all(r["article_id"] == "a1" for r in records)
    assert f"{src}:2:" in err and f"{src}:3:" in err and f"{src}:4:" in err
    assert "rejected 3" in err
    assert "Traceback" not in err


def test_cli_code_clean_input_exits_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.txt"
    # a sentence far from the scorer's threshold ("Russia firmly supports China" sits on it)
    text = "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing."
    src.write_text(f" date 2023-11-23 {text}\n", encoding="utf-8")
    assert main(["code", str(src), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"]) == 0
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(x)["cameo"][:2] for x in lines} == {"04"}


def test_cli_demo_prints_the_meeting(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "CHNGOV" in out and "RUSLEG" in out and "2023-11-22" in out


def test_cli_explain_says_why_nothing_fired(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "explain",
                "Russian officials did not meet with French officials.",
                "--date",
                "2023-11-23",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "negated" in out and "events: 0" in out


def test_cli_bad_date_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["code", "x.txt", "--date", "2023-02-30"])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_cli_actors_check_reports_syntax_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "actors:\n  - name: Someone\n    roles:\n      - {code: USAGOV, from: 2020-13-01}\n",
        encoding="utf-8",
    )
    assert main(["actors", "check", str(bad)]) == 1
    assert str(bad) in capsys.readouterr().err


@pytest.mark.issue(12)
@pytest.mark.parametrize(
    ("argv", "usage", "hint"),
    [
        (["events", "--dbb", "x.duckdb"], "usage: eventscribe events", "did you mean --db?"),
        (["export", "--format", "csv", "--limt", "3"], "usage: eventscribe export", "--limit?"),
        (["actors", "top", "--limt", "3"], "usage: eventscribe actors top", "--limit?"),
        (["ingest", "x.csv", "--txet-column", "b"], "usage: eventscribe ingest", "--text-column?"),
        (["evnts"], "usage: eventscribe [-h]", "did you mean events?"),
    ],
)  # fmt: skip
def test_cli_mistyped_options_get_the_commands_usage_and_a_suggestion(
    capsys: pytest.CaptureFixture[str], argv: list[str], usage: str, hint: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    _, err = capsys.readouterr()
    assert err.startswith(usage) and hint in err
    assert "usage: eventscribe [-h] [--version] COMMAND" not in err or argv == ["evnts"]


@pytest.mark.issue(12)
def test_cli_bad_date_names_the_option_once(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["code", "--date", "10/09/2023", "x.txt"])
    message = capsys.readouterr().err.splitlines()[-1]  # the usage above lists the options
    assert message.count("--date") == 1
    assert message.startswith("eventscribe code: error: argument --date: [E119] '10/09/2023'")


@pytest.mark.issue(12)
def test_cli_code_and_ingest_take_the_column_options() -> None:
    for command in (["code", "in.csv"], ["ingest", "in.csv"]):
        args = build_parser().parse_args(
            [*command, "--text-column", "body", "--date-column", "published", "--id-column", "k"]
        )
        assert (args.text_column, args.date_column, args.id_column) == ("body", "published", "k")


def test_cli_demo_shows_an_implied_actor_as_implied() -> None:
    # an actor a rule implies has no words: the demo's words line says so, not an empty string
    from eventscribe.cli import _words
    from eventscribe.records import ActorRef

    implied = ActorRef("USA", "USA", (), None, "", 4, 4)
    named = ActorRef("USALEG", "USA", ("LEG",), None, "Republican senators", 0, 19)
    assert _words(implied) == "(implied)"
    assert _words(named) == "Republican senators"
