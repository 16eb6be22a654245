"""`eventscribe actors check` over every shipped dictionary file (issue 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventscribe.cli import main
from eventscribe.dictionaries.loader import ACTORS_UPDATE_DIR, PETRARCH_DIR

UPDATE_FILES = sorted(ACTORS_UPDATE_DIR.glob("*.yaml"))


@pytest.mark.issue(3)
def test_actors_check_passes_on_the_shipped_update_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert len(UPDATE_FILES) >= 10
    assert main(["actors", "check", *map(str, UPDATE_FILES)]) == 0
    out = capsys.readouterr().out
    assert all(f"{path}:" in out and "0 problem(s)" in out for path in UPDATE_FILES)


@pytest.mark.issue(3)
def test_actors_check_reports_the_known_defects_of_the_phoenix_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The Phoenix files have the defects FORMATS.md lists (reversed and operator-less dates):
    check names each with file and line and exits 1, without a traceback."""
    files = [PETRARCH_DIR / name for name in ("Phoenix.Countries.actors.txt", "Phoenix.agents.txt")]
    assert main(["actors", "check", *map(str, files)]) == 1
    err = capsys.readouterr().err
    assert "Phoenix.Countries.actors.txt:14190" in err  # [EGYGOV 20121207-20120802], reversed
    assert "Traceback" not in err


def test_actors_check_names_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["actors", "check", str(tmp_path / "nope.yaml")]) == 1
    assert "nope.yaml" in capsys.readouterr().err


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Zelenskyy", "2023-01-01", "UKRGOV"),
        # a possessive is split as the dictionaries split it (regression: "People's" found nothing)
        ("People's Republic of China", "2020-01-01", "CHN"),
        ("Democratic People's Republic of Korea", "2020-01-01", "PRK"),
        ("OSCE", "2020-01-01", "IGOEUR"),
    ],
)
def test_actors_lookup_prints_the_code_on_the_day(
    capsys: pytest.CaptureFixture[str], name: str, day: str, code: str
) -> None:
    assert main(["actors", "lookup", name, "--date", day]) == 0
    assert f"code on {day}: {code}" in capsys.readouterr().out


def test_actors_lookup_of_an_unknown_name_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "lookup", "Nobody Atall"]) == 1
    assert "no actor entry" in capsys.readouterr().err
