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


CHECK_FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["actors", "check", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.issue(14)
def test_actors_check_overlapping_roles_are_errors_with_the_role_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Inclusive dates: a role ending on the day the next begins overlaps it by that day."""
    path = CHECK_FIXTURES / "check_overlap.yaml"
    status, out, err = _check(capsys, str(path))
    assert status == 1
    assert "2 problem(s), 0 warning(s)" in out
    assert f"{path}:6: [E209] overlapping roles" in err and "both hold on 2019-05-20" in err
    # a role nested inside another is dead for its whole span
    assert f"{path}:10: [E209]" in err and "2015-03-01..2016-02-29 (366 days)" in err
    assert "CLEAN HANDOVER" not in err


@pytest.mark.issue(14)
def test_actors_check_holes_are_warnings_naming_a_continuing_office(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = CHECK_FIXTURES / "check_holes.yaml"
    status, out, err = _check(capsys, str(path))
    assert status == 0  # warnings alone do not fail the check
    assert "0 problem(s), 2 warning(s)" in out
    assert f"{path}:6: warning [W210] hole" in err
    assert "2018-07-01..2018-07-09 (9 days)" in err and "the same office continues" in err
    assert f"{path}:10: warning [W210]" in err and "between two offices" in err
    # a default fills the gap; a successor role on the next day leaves none
    assert "DEFAULT FILLS IN" not in err and "NEXT DAY SUCCESSOR" not in err


@pytest.mark.issue(14)
def test_actors_check_strict_fails_on_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = _check(capsys, "--strict", str(CHECK_FIXTURES / "check_holes.yaml"))
    assert status == 1
    status, _, _ = _check(capsys, "--strict", str(CHECK_FIXTURES / "overlay.yaml"))
    assert status == 0


@pytest.mark.issue(14)
def test_actors_check_roles_that_stop_before_the_file_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A person whose last role ends while the file's other entries run on has no code after it."""
    path = CHECK_FIXTURES / "check_ends_early.yaml"
    status, out, err = _check(capsys, str(path))
    assert status == 0 and "0 problem(s), 1 warning(s)" in out
    assert f"{path}:6: warning [W211]" in err
    assert "no role after 2019-03-31, though this file runs to 2024-07-01" in err
    assert "RUNS ON" not in err


@pytest.mark.issue(14)
def test_actors_check_passes_strictly_on_the_shipped_update_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The shipped update has no holes and no roles that stop early: every person's timeline runs
    from an open start to an open end."""
    status, out, err = _check(capsys, "--strict", *map(str, UPDATE_FILES))
    assert status == 0, err
    assert out.count("0 problem(s), 0 warning(s)") == len(UPDATE_FILES)


@pytest.mark.slow
@pytest.mark.issue(14)
def test_actors_stats_counts_people_and_roles_per_sector_and_region(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["actors", "stats"]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0]
    for column in ("sector", "Africa", "Americas", "Asia", "Europe", "Middle East", "Oceania"):
        assert column in header
    rows = {line.split(" | ")[0].lstrip("| "): line for line in out.splitlines()}
    for sector in ("GOV", "OPP", "LEG", "JUD", "MIL"):
        assert sector in rows
    assert "actors," in out and "roles in" in out


def test_actors_stats_of_a_fixture_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "stats", str(CHECK_FIXTURES / "check_ends_early.yaml")]) == 0
    out = capsys.readouterr().out
    # the fixture's made-up country has no region: its 5 roles count under "other"
    assert "| LEG | 2 / 2 | 2 / 2 |" in out and "| ELI | 2 / 3 | 2 / 3 |" in out
    assert "2 actors, 5 roles in 1 file(s)" in out


@pytest.mark.parametrize(
    ("code", "sector"),
    [("UKRGOV", "GOV"), ("RUSGOVMIL", "GOV"), ("IGOUNO", "IGO"), ("PSE", "-"), ("GBROPP", "OPP")],
)
def test_actors_stats_sector_of_a_code(code: str, sector: str) -> None:
    from eventscribe.dictionaries.stats import sector_of

    assert sector_of(code) == sector


@pytest.mark.slow
@pytest.mark.issue(14)
def test_actors_stats_table_in_the_docs_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    """docs/actors.md shows what `eventscribe actors stats` prints; rerun it after adding people."""
    assert main(["actors", "stats"]) == 0
    out = capsys.readouterr().out.strip()
    docs = (Path(__file__).parents[1] / "docs" / "actors.md").read_text(encoding="utf-8")
    assert f"$ eventscribe actors stats\n{out}\n```" in docs
