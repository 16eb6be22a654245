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
