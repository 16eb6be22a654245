"""The PETRARCH actor reader on a fixture holding every token type and FORMATS.md §4/§11 pitfall."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventscribe.dictionaries.actors import format_actor_entry, parse_actor_file, parse_date
from eventscribe.dictionaries.model import ActorEntry, Role
from eventscribe.errors import DictionaryError

FIXTURE = Path(__file__).parent / "fixtures" / "dictionaries" / "actors.txt"
Parsed = tuple[dict[tuple[str, ...], ActorEntry], list[str]]


@pytest.fixture(scope="module")
def parsed() -> Parsed:
    entries, warnings = parse_actor_file(FIXTURE, source="actors.txt")
    return {entry.name: entry for entry in entries}, warnings


def _line_of(fragment: str) -> int:
    """The fixture's line number of the first line holding ``fragment``."""
    lines = FIXTURE.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, start=1) if fragment in line)


def _warned(warnings: list[str], fragment: str, text: str) -> bool:
    prefix = f"actors.txt:{_line_of(fragment)}: "
    return any(w.startswith(prefix) and text in w for w in warnings)


def test_dictionaries_actors_root_synonyms_and_comments(parsed: Parsed) -> None:
    actors, _ = parsed
    usa = actors[("UNITED", "STATES")]
    assert usa.synonyms == (("U.S.",), ("AMERICA",))
    assert usa.roles == (Role("USA", note="root with a bare code"),)
    assert usa.origin == "actors.txt:3"
    assert usa.comment == "root with a bare code"
    assert actors[("ADEN", "ABYAN", "ISLAMIC", "ARMY", "AAIA")].synonyms == (("ARMY",),)


def test_dictionaries_actors_phrases_split_like_spacy(parsed: Parsed) -> None:
    actors, _ = parsed
    assert ("BAN", "KI", "-", "MOON") in actors
    assert ("XI", "'S", "FRIEND") in actors
    assert ("JOHN", "ROLAND", "ROBINSON", "BARON", "MARTONMERE") in actors
    assert ("A.H.", "BELO", "CORPORATION") in actors


def test_dictionaries_actors_dated_roles_mixed_date_widths(parsed: Parsed) -> None:
    actors, _ = parsed
    ban = actors[("BAN", "KI", "-", "MOON")]
    assert ban.roles[0] == Role("KORGOV", dt.date(2004, 1, 17), dt.date(2006, 12, 31))
    # blanks inside the bracket are allowed
    assert ban.roles[1] == Role("IGOUNO", dt.date(2007, 1, 1), dt.date(2016, 12, 31))
    assert ban.code_on(dt.date(2010, 5, 5)) == "IGOUNO"
    assert ban.code_on(dt.date(2020, 1, 1)) == "KORELI"


def test_dictionaries_actors_roles_on_root_line_and_mnc_fields(parsed: Parsed) -> None:
    actors, _ = parsed
    cuellar = actors[("JAVIER", "DE", "CUELLAR")]
    assert [r.code for r in cuellar.roles] == ["IGOUNO", "ELI"]
    assert cuellar.code_on(dt.date(1990, 1, 1)) == "IGOUNO"
    assert cuellar.code_on(dt.date(1995, 1, 1)) == "ELI"
    aaon = actors[("AAON", "INC")]
    assert aaon.roles == (Role("MNCUSA", note="Industrial Machinery/Components $374,000,000"),)


def test_dictionaries_actors_date11_boundary_is_inclusive(parsed: Parsed) -> None:
    """PETRARCH test DATE-11 (20100112) expects ORCHOB, the interval's last day; the default listed
    first on the root line does not win over a dated role that holds."""
    actors, _ = parsed
    sam = actors[("SAM", "GAMGEE")]
    assert sam.code_on(dt.date(2010, 1, 12)) == "ORCHOB"
    assert sam.code_on(dt.date(2010, 1, 9)) == "ORCHOB"
    assert sam.code_on(dt.date(2010, 1, 13)) == "HOBMIL"
    assert sam.code_on(dt.date(2008, 1, 20)) == "HOBCIV"  # `<` is on or before
    assert sam.code_on(dt.date(2013, 1, 19)) == "HOBELI"  # `>` is on or after (spaces+tab indent)
    assert sam.code_on(dt.date(2012, 12, 1)) == "HOB"  # nothing holds: the default


def test_dictionaries_actors_seven_and_long_dates_warn(parsed: Parsed) -> None:
    actors, warnings = parsed
    kim = actors[("KIM", "SEVEN", "DIGITS")]
    # 2004017 reads as 200401 = 2020-04-01, so the interval is reversed, then swapped
    assert kim.roles == (Role("KORGOVBUS", dt.date(2006, 12, 1), dt.date(2020, 4, 1)),)
    assert _warned(warnings, "2004017", "7-digit date")
    assert _warned(warnings, "2004017", "reversed interval")
    assert actors[("LONG", "DATE", "MAN")].roles == (Role("GBRGOV", dt.date(2010, 5, 1)),)
    assert _warned(warnings, "201005011", "9-digit date")


def test_dictionaries_actors_reversed_interval_is_swapped(parsed: Parsed) -> None:
    actors, warnings = parsed
    role = actors[("REVERSED", "MAN")].roles[0]
    assert (role.start, role.end) == (dt.date(2012, 8, 2), dt.date(2012, 12, 7))
    assert _warned(warnings, "20121207-20120802", "reversed interval")


def test_dictionaries_actors_date_without_operator_reads_as_from(parsed: Parsed) -> None:
    actors, warnings = parsed
    assert actors[("NO", "OPERATOR", "MAN")].roles == (Role("MNEGOV", dt.date(2012, 12, 4)),)
    assert actors[("NO", "OPERATOR", "MAN")].code_on(dt.date(2012, 12, 3)) is None
    assert _warned(warnings, "[MNEGOV 20121204]", "no operator")


def test_dictionaries_actors_null_code_blocks_without_coding(parsed: Parsed) -> None:
    actors, _ = parsed
    ocean = actors[("INDIAN", "OCEAN")]
    assert ocean.role_on(dt.date(2020, 1, 1)) is not None  # it matches, so it blocks "INDIAN"
    assert ocean.code_on(dt.date(2020, 1, 1)) is None


def test_dictionaries_actors_ctrl_z_and_unusable_records(parsed: Parsed) -> None:
    actors, warnings = parsed
    assert ("CTRLZ", "MAN") in actors
    assert ("NO", "ROLE", "MAN") not in actors
    assert _warned(warnings, "NO_ROLE_MAN_", "has no role")
    bad = actors[("BAD", "DATE", "MAN")]
    assert bad.roles == (Role("AAA"),)
    assert _warned(warnings, "20121399", "impossible date")


def test_dictionaries_actors_last_record_flushed_at_eof(parsed: Parsed) -> None:
    actors, _ = parsed
    assert actors[("LAST", "RECORD")].roles == (Role("LST"),)


def test_dictionaries_actors_strict_mode_raises_with_origin(tmp_path: Path) -> None:
    path = tmp_path / "bad.actors.txt"
    path.write_text("GOOD_ [ABC]\nBAD_\n\t[ABC 20121399-20130101]\n")
    with pytest.raises(DictionaryError) as info:
        parse_actor_file(path, strict=True)
    assert info.value.origin == f"{path}:3"
    assert "impossible date" in str(info.value)


def test_dictionaries_actors_missing_file_is_a_dictionary_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="Cannot read"):
        parse_actor_file(tmp_path / "absent.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("300101", dt.date(2030, 1, 1)),
        ("310101", dt.date(1931, 1, 1)),
        ("19270101", dt.date(1927, 1, 1)),
        ("9008223", dt.date(1990, 8, 22)),
        ("1920030320", dt.date(1920, 3, 3)),
    ],
)
def test_dictionaries_actors_parse_date_century_rules(text: str, expected: dt.date) -> None:
    assert parse_date(text)[0] == expected


def test_dictionaries_actors_writer_round_trips(parsed: Parsed, tmp_path: Path) -> None:
    actors, _ = parsed
    originals = [actors[("SAM", "GAMGEE")], actors[("BAN", "KI", "-", "MOON")]]
    path = tmp_path / "out.actors.txt"
    path.write_text("".join(format_actor_entry(entry) for entry in originals))
    again, warnings = parse_actor_file(path)
    assert warnings == []
    assert [(e.name, e.synonyms, [(r.code, r.start, r.end) for r in e.roles]) for e in again] == [
        (e.name, e.synonyms, [(r.code, r.start, r.end) for r in e.roles]) for e in originals
    ]
