"""load_dictionaries over the shipped package data: the counts FORMATS.md states, the override
order, the discards fix, and a few actors the seed article needs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventscribe.dictionaries.actors import parse_actor_file
from eventscribe.dictionaries.agents import parse_agent_file
from eventscribe.dictionaries.discards import parse_discard_file
from eventscribe.dictionaries.loader import (
    PETRARCH_DIR,
    detect_file_kind,
    load_dictionaries,
    load_validation_dictionaries,
)
from eventscribe.dictionaries.model import ActorEntry, Dictionaries
from eventscribe.dictionaries.verbs import parse_verb_file
from eventscribe.errors import DictionaryError

FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"
SHARED = Path(__file__).parents[1].parent / "shared"
VALIDATION = SHARED / "gold" / "petrarch2-unit"


def _resolve(actors: tuple[ActorEntry, ...], phrase: tuple[str, ...], day: dt.date) -> str | None:
    """The loader's contract: the first entry with the phrase whose role holds on the day."""
    for entry in actors:
        if phrase in entry.phrases and entry.role_on(day) is not None:
            code: str | None = entry.code_on(day)
            return code
    return None


@pytest.fixture(scope="module")
def shipped() -> Dictionaries:
    return load_dictionaries()


def _count(warnings: list[str] | tuple[str, ...], text: str) -> int:
    return sum(text in w for w in warnings)


@pytest.mark.parametrize(
    ("name", "records", "bare", "dated"),
    [
        ("Phoenix.Countries.actors.txt", 18390, 2279, 26110),
        ("Phoenix.International.actors.txt", 7841, 7444, 452),
        ("Phoenix.MilNonState.actors.txt", 1021, 1020, 1),
    ],
)
def test_dictionaries_loader_shipped_actor_counts(
    name: str, records: int, bare: int, dated: int
) -> None:
    entries, warnings = parse_actor_file(PETRARCH_DIR / name)
    assert len(entries) + _count(warnings, "has no role") == records
    roles = [role for entry in entries for role in entry.roles]
    assert sum(role.is_default for role in roles) == bare
    assert sum(not role.is_default for role in roles) == dated


def test_dictionaries_loader_shipped_verb_counts() -> None:
    verbs = parse_verb_file(PETRARCH_DIR / "CAMEO.2.0.txt")
    assert verbs.style == "p2"
    assert len(verbs.synsets) == 40
    assert len({e.meaning for entries in verbs.verbs.values() for e in entries}) == 397
    kept = sum(len(patterns) for patterns in verbs.patterns.values())
    duplicates = _count(verbs.warnings, "duplicate pattern")
    unreadable = _count(verbs.warnings, "not understood")  # 2374 and 7606: stray "VISIT)" text
    assert kept + duplicates + unreadable == 4668
    assert unreadable == 2
    assert len(verbs.transformations) == 8
    assert _count(verbs.warnings, "is not defined") == 4  # FIGHT_CRIM, FIGHT_GAMES, WEATHER, ...


def test_dictionaries_loader_old_verb_file_reads_as_p1() -> None:
    verbs = parse_verb_file(PETRARCH_DIR / "CAMEO.verbpatterns.150430.txt")
    assert verbs.style == "p1"
    assert len(verbs.synsets) == 38
    assert _count(verbs.warnings, "is not defined") == 0  # P1 reading resolves every reference
    kept = sum(len(patterns) for patterns in verbs.patterns.values())
    skipped = _count(verbs.warnings, "; skipped") + _count(verbs.warnings, "; ignored")
    assert kept + skipped == 11011


def test_dictionaries_loader_shipped_agents_and_discards() -> None:
    agents, warnings = parse_agent_file(PETRARCH_DIR / "Phoenix.agents.txt")
    assert len({a.origin for a in agents}) == 2244
    assert _count(warnings, "no [code]") == 1  # ISLAMIC_EXTREMIST
    discards = parse_discard_file(PETRARCH_DIR / "Phoenix.discards.txt")
    assert (len(discards.story), len(discards.sentence)) == (64, 442)


def test_dictionaries_loader_default_discards_drop_the_chronology_block(
    shipped: Dictionaries,
) -> None:
    assert ("1999",) not in shipped.discards.sentence
    assert ("2014", "COMPETITION") in shipped.discards.sentence
    # "released two weeks ago" is current news, not a chronology
    assert ("YEARS", "LATER") not in shipped.discards.sentence
    assert ("WEEKS", "AGO") not in shipped.discards.sentence
    assert ("BRONZE", "MEDAL") in shipped.discards.sentence
    assert len(shipped.discards.story) == 64


def test_dictionaries_loader_seed_actors(shipped: Dictionaries) -> None:
    day = dt.date(2023, 11, 22)
    assert _resolve(shipped.actors, ("XI", "JINPING"), day) == "CHNGOV"
    assert _resolve(shipped.actors, ("RUSSIA",), day) is not None
    assert _resolve(shipped.actors, ("STATE", "DUMA"), day) is not None


def test_dictionaries_loader_is_cached(shipped: Dictionaries) -> None:
    assert load_dictionaries() is shipped
    assert shipped.sources[-3:] == (
        "petrarch2/CAMEO.2.0.txt",
        "eventscribe.verbs.txt",
        "petrarch2/Phoenix.discards.txt",
    )


@pytest.mark.slow
def test_dictionaries_loader_user_files_override(tmp_path: Path, shipped: Dictionaries) -> None:
    overlay = tmp_path / "mine.yaml"
    overlay.write_text("actors:\n  - name: United States\n    default: USAYML\n")
    merged = load_dictionaries(extra_files=[overlay, FIXTURES / "user.actors.txt"])
    day = dt.date(2020, 1, 1)
    assert _resolve(shipped.actors, ("UNITED", "STATES"), day) == "USA"
    assert _resolve(merged.actors, ("UNITED", "STATES"), day) == "USAUSR"  # the last file wins
    assert merged.sources[0] == str(FIXTURES / "user.actors.txt")
    assert merged.sources[1] == str(overlay)
    only_user = load_dictionaries(extra_files=[overlay], use_shipped=False)
    assert [e.name for e in only_user.actors] == [("UNITED", "STATES")]
    assert only_user.verbs is shipped.verbs


def test_dictionaries_loader_cache_sees_edited_files(tmp_path: Path) -> None:
    user = tmp_path / "mine.actors.txt"
    user.write_text("SOMEONE_ [AAA]\n")
    first = load_dictionaries(extra_files=[user], use_shipped=False)
    user.write_text("SOMEONE_ [BBBGOV]\n# a longer file\n")
    second = load_dictionaries(extra_files=[user], use_shipped=False)
    assert first.actors[0].roles[0].code == "AAA"
    assert second.actors[0].roles[0].code == "BBBGOV"


def test_dictionaries_loader_detects_file_kind(tmp_path: Path) -> None:
    agents = tmp_path / "mine.txt"
    agents.write_text("SOLDIER [~MIL]\nSAILOR [~NAV]\n")
    actors = tmp_path / "theirs.txt"
    actors.write_text("SOMEONE_ [AAA]\n\t[BBB >20200101]\n")
    assert detect_file_kind(agents) == "agents"
    assert detect_file_kind(actors) == "actors"
    assert detect_file_kind(FIXTURES / "overlay.yaml") == "yaml"
    empty = tmp_path / "notes.txt"
    empty.write_text("no codes at all\n")
    with pytest.raises(DictionaryError, match="Cannot tell"):
        detect_file_kind(empty)
    with pytest.raises(DictionaryError, match="Cannot read"):
        load_dictionaries(extra_files=[tmp_path / "absent.actors.txt"])


@pytest.mark.slow
def test_dictionaries_loader_verb_file_by_name() -> None:
    dictionaries = load_dictionaries(verb_file="CAMEO.verbpatterns.150430.txt")
    assert dictionaries.verbs.style == "p1"


@pytest.mark.skipif(not VALIDATION.is_dir(), reason="needs ../shared/gold/petrarch2-unit")
def test_dictionaries_loader_validation_dictionaries() -> None:
    validation = load_validation_dictionaries(VALIDATION)
    assert len(validation.actors) == 128
    assert validation.verbs.style == "p1"
    assert sum(len(p) for p in validation.verbs.patterns.values()) == 471  # 474 less 2 dups, 1 bad
    assert ("MONTHS", "LATER") in validation.discards.sentence
    assert ("ESPN2",) in validation.discards.story
    sam = next(e for e in validation.actors if e.name == ("SAM", "GAMGEE"))
    assert sam.code_on(dt.date(2010, 1, 12)) == "ORCHOB"  # DATE-11
