"""The YAML overlay format: actors with dated roles, agents, and errors that name file:line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventscribe.dictionaries.model import Role
from eventscribe.dictionaries.yaml_overlay import parse_yaml_file
from eventscribe.errors import DictionaryError

FIXTURE = Path(__file__).parent / "fixtures" / "dictionaries" / "overlay.yaml"


def test_dictionaries_yaml_actors_roles_and_variants() -> None:
    actors, _, warnings = parse_yaml_file(FIXTURE, source="overlay.yaml")
    assert warnings == []
    zelensky = actors[0]
    assert zelensky.name == ("VOLODYMYR", "ZELENSKYY")
    assert ("ZELENSKIY",) in zelensky.synonyms and ("VOLODYMYR", "ZELENSKY") in zelensky.synonyms
    assert zelensky.origin == "overlay.yaml:3"
    assert zelensky.roles[1] == Role("UKRGOV", dt.date(2019, 5, 20), None, "President of Ukraine")
    # from/until are inclusive
    assert zelensky.code_on(dt.date(2019, 5, 19)) == "UKRELI"
    assert zelensky.code_on(dt.date(2019, 5, 20)) == "UKRGOV"
    assert actors[1].code_on(dt.date(2023, 11, 22)) == "CHNGOV"
    assert actors[1].code_on(dt.date(2010, 1, 1)) is None
    assert actors[2].name == ("BAN", "KI", "-", "MOON")
    assert actors[2].roles == (Role("IGOUNO"),)


def test_dictionaries_yaml_agents_plurals_and_placement() -> None:
    _, agents, _ = parse_yaml_file(FIXTURE)
    table = {" ".join(a.phrase): (a.code, a.prepend) for a in agents}
    assert table["DRONE OPERATOR"] == ("MIL", False)
    assert table["DRONE OPERATORS"] == ("MIL", False)
    assert table["NAVIES"] == ("NAV", False)  # generated when no plural is given
    assert table["PEACE MONITOR"] == ("IGO", True)
    assert "PEACE MONITORS" not in table  # plural: [] means none


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "actors:\n  - name: X\n    roles:\n      - {code: ABCGOV, from: 2020-13-01}\n",
            4,
            "cannot",
        ),
        (
            "actors:\n  - name: X\n    roles:\n"
            "      - {code: ABCGOV, from: 2020-02-01, until: 2019-01-01}\n",
            4,
            "after",
        ),
        ("actors:\n  - name: X\n    roles:\n      - {from: 2020-02-01}\n", 4, "no code"),
        ("actors:\n  - name: X\n", 2, "neither roles nor"),
        ("actors:\n  - variants: [Y]\n    default: ABC\n", 2, "no name"),
        ("actors:\n  - name: X\n    default: 12\n", 3, "not a CAMEO actor code"),
        ("actors:\n  - name: [X\n", 3, "YAML syntax error"),
        ("actors: 5\n", 1, "must be a list"),
        ("agents:\n  - {phrase: guard, code: '~G'}\n", 2, "agent code"),
        ("agents:\n  - {phrase: guard}\n", 2, "no code"),
        ("agents:\n  - {phrase: guard, code: MIL, noun: maybe}\n", 2, "true or false"),
        ("- a\n- b\n", 1, "mapping"),
    ],
)
def test_dictionaries_yaml_errors_name_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "user.yaml"
    path.write_text(text)
    with pytest.raises(DictionaryError) as info:
        parse_yaml_file(path)
    assert info.value.origin == f"{path}:{line}"
    assert message in str(info.value)


def test_dictionaries_yaml_unknown_keys_warn_or_raise_in_strict(tmp_path: Path) -> None:
    path = tmp_path / "user.yaml"
    path.write_text("actors:\n  - name: X\n    default: ABC\n    colour: red\n")
    actors, _, warnings = parse_yaml_file(path, source="user.yaml")
    assert len(actors) == 1
    assert warnings == ["user.yaml:4: actor: unknown key 'colour' ignored"]
    with pytest.raises(DictionaryError):
        parse_yaml_file(path, strict=True)


def test_dictionaries_yaml_empty_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("# nothing yet\n")
    assert parse_yaml_file(path) == ([], [], [])


def test_dictionaries_yaml_agent_noun_only_reaches_every_form(tmp_path: Path) -> None:
    path = tmp_path / "user.yaml"
    path.write_text(
        "agents:\n  - {phrase: official, code: GOV, plural: [officials], noun: true}\n"
        "  - {phrase: guard, code: MIL}\n"
    )
    _, agents, _ = parse_yaml_file(path)
    assert {(a.phrase, a.noun_only) for a in agents} == {
        (("OFFICIAL",), True),
        (("OFFICIALS",), True),
        (("GUARD",), False),
        (("GUARDS",), False),
    }
