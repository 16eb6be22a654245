"""The PETRARCH agent reader: substitution sets, plurals, tilde placement (FORMATS.md §5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventscribe.dictionaries.agents import parse_agent_code, parse_agent_file
from eventscribe.dictionaries.model import AgentEntry
from eventscribe.errors import DictionaryError

FIXTURE = Path(__file__).parent / "fixtures" / "dictionaries" / "agents.txt"
Parsed = tuple[list[AgentEntry], list[str]]


@pytest.fixture(scope="module")
def parsed() -> Parsed:
    entries, warnings = parse_agent_file(FIXTURE, source="agents.txt")
    return entries, warnings


def _codes(entries: list[AgentEntry]) -> dict[str, list[tuple[str, bool]]]:
    result: dict[str, list[tuple[str, bool]]] = {}
    for entry in entries:
        result.setdefault(" ".join(entry.phrase), []).append((entry.code, entry.prepend))
    return result


def test_dictionaries_agents_generated_plurals(parsed: Parsed) -> None:
    codes = _codes(parsed[0])
    assert codes["FARMERS"] == [("AGR", False)]
    assert codes["POLICIES"] == [("GOV", False)]  # consonant + Y -> IES
    assert codes["CHURCHES"] == [("REL", False)]
    assert "TAXPAYERSES" not in codes and "TAXPAYERSS" not in codes  # no S -> SES bug
    assert codes["TAXPAYERS"] == [("CVL", False)]


def test_dictionaries_agents_explicit_and_empty_plurals(parsed: Parsed) -> None:
    codes = _codes(parsed[0])
    assert codes["CHAMBERS OF COMMERCE"] == [("BUS", False)]
    assert "CHAMBER OF COMMERCES" not in codes
    assert codes["ANTI RIOT POLICE"] == [("COP", False)]
    assert "ANTI RIOT POLICES" not in codes
    assert codes["POLICE"] == [("COP", False)]  # blanks inside [ ~COP]
    assert "POLICES" not in codes


def test_dictionaries_agents_substitution_sets(parsed: Parsed) -> None:
    codes = _codes(parsed[0])
    for phrase in ("CATTLEMAN", "CATTLEMEN", "CATTLEWOMAN", "HUSBANDMAN"):
        assert codes[phrase] == [("AGR", False)]
    assert codes["MINISTER OF DEFENSE"] == [("GOVMIL", False)]
    assert codes["MINISTRY OF DEFENSE"] == [("GOVMIL", False)]
    assert "CATTLEMANS" not in codes  # substituted entries get no generated plural


def test_dictionaries_agents_marker_line_keeps_previous_plural_code(parsed: Parsed) -> None:
    """FORMATS §5: PETRARCH re-stores the previous line's plural under a marker line's code
    (CONGRESSES ~LEG -> ~GOV); eventscribe does not."""
    codes = _codes(parsed[0])
    assert codes["CONGRESS"] == [("LEG", False)]
    assert "CONGRESSES" not in codes  # a final S gets no generated plural
    assert codes["CONGRESSMAN"] == [("GOV", False)]


def test_dictionaries_agents_prepend_and_unclosed_code(parsed: Parsed) -> None:
    entries, warnings = parsed
    codes = _codes(entries)
    assert codes["OBSERVERS IN"] == [("IGO", True)]
    assert codes["GREEN ACTIVIST"] == [("ENV", False)]
    assert any("agents.txt:16:" in w and "not closed" in w for w in warnings)


def test_dictionaries_agents_unusable_entries_skipped_with_warning(parsed: Parsed) -> None:
    entries, warnings = parsed
    codes = _codes(entries)
    assert "ISLAMIC EXTREMIST" not in codes
    assert any(w.startswith("agents.txt:17:") and "no [code]" in w for w in warnings)
    assert any(w.startswith("agents.txt:18:") and "not defined" in w for w in warnings)
    # only the first marker is replaced (as PETRARCH does), the rest is kept, with a warning
    assert codes["ADMINISTERRATOR OF MINIST"] == [("GOV", False)]
    assert any(w.startswith("agents.txt:19:") and "first !SET!" in w for w in warnings)


def test_dictionaries_agents_origin_names_the_line(parsed: Parsed) -> None:
    farmer = next(e for e in parsed[0] if e.phrase == ("FARMER",))
    assert farmer.origin == "agents.txt:5"


def test_dictionaries_agents_strict_mode_raises(tmp_path: Path) -> None:
    path = tmp_path / "x.agents.txt"
    path.write_text("GOOD [~GOV]\nNO_CODE_HERE\n")
    with pytest.raises(DictionaryError) as info:
        parse_agent_file(path, strict=True)
    assert info.value.origin == f"{path}:2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("~GOV", ("GOV", False)),
        ("IGO~", ("IGO", True)),
        (" ~ COP ", ("COP", False)),
        ("GOVMIL", ("GOVMIL", False)),
        ("~GO", None),
        ("~GOV~", None),
    ],
)
def test_dictionaries_agents_code_forms(text: str, expected: tuple[str, bool] | None) -> None:
    assert parse_agent_code(text) == expected
