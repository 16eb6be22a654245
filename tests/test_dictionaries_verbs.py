"""The verb readers, PETRARCH2 tree patterns and PETRARCH-1 linear patterns (FORMATS.md §2-3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventscribe.dictionaries.model import (
    ActorSlot,
    AnyPhrase,
    NounPhrase,
    PrepPhrase,
    SynsetRef,
    Transformation,
    VerbDictionary,
    VerbPattern,
    Word,
)
from eventscribe.dictionaries.verbs import parse_code, parse_verb_file, verb_forms
from eventscribe.errors import DictionaryError

FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"


@pytest.fixture(scope="module")
def p2() -> VerbDictionary:
    return parse_verb_file(FIXTURES / "verbs_p2.txt", source="verbs_p2.txt")


@pytest.fixture(scope="module")
def p1() -> VerbDictionary:
    return parse_verb_file(FIXTURES / "verbs_p1.txt", source="verbs_p1.txt")


def _line_of(name: str, fragment: str) -> int:
    lines = (FIXTURES / name).read_text().split("\n")
    return next(i for i, line in enumerate(lines, start=1) if fragment in line)


def _warned(verbs: VerbDictionary, name: str, fragment: str, text: str) -> bool:
    prefix = f"{name}:{_line_of(name, fragment)}: "
    return any(w.startswith(prefix) and text in w for w in verbs.warnings)


def _pattern(verbs: VerbDictionary, meaning: str, fragment: str) -> VerbPattern:
    return next(p for p in verbs.patterns[meaning] if fragment in p.text)


def test_dictionaries_verbs_style_detected(p1: VerbDictionary, p2: VerbDictionary) -> None:
    assert p2.style == "p2"
    assert p1.style == "p1"


def test_dictionaries_verbs_synsets_with_plurals(p2: VerbDictionary) -> None:
    currency = p2.synsets["&CURRENCY"]
    assert ("DOLLAR",) in currency and ("DOLLARS",) in currency
    assert ("MONEYS",) in currency
    assert ("CASH",) in currency and ("CASHES",) not in currency  # member ending in _
    assert ("EURO", "DOLLAR") in currency and ("EURO", "DOLLARS") not in currency
    assert ("DOLLARSES",) not in currency and ("DOLLARES",) not in currency
    assert p2.synsets["&NOPLURAL"] == (("TANK",),)  # label ending in _: no plurals
    assert ("PRIME", "MINISTER") in p2.synsets["&MILITARY"]


def test_dictionaries_verbs_generated_and_listed_forms(p2: VerbDictionary) -> None:
    assert set(verb_forms("ACCELERATE")) == {
        "ACCELERATE",
        "ACCELERATES",
        "ACCELERATED",
        "ACCELERATING",
    }
    assert set(verb_forms("FIX")) == {"FIX", "FIXES", "FIXED", "FIXING"}
    assert set(verb_forms("CATCH")) == {"CATCH", "CATCHES", "CATCHED", "CATCHING"}
    assert set(verb_forms("HURRY")) == {"HURRY", "HURRIES", "HURRIED", "HURRYING"}
    assert set(verb_forms("PLAY")) == {"PLAY", "PLAYS", "PLAYED", "PLAYING"}
    assert "SPED" in p2.verbs and "SPEEDED" not in p2.verbs  # {forms} replaces generation
    assert p2.verbs["ACCELERATING"][0].lemma == "ACCELERATE"
    assert p2.verbs["RUSHES"][0].meaning == "ACCELERATE"


def test_dictionaries_verbs_codes_from_block_and_line(p2: VerbDictionary) -> None:
    assert p2.verbs["RUSH"][0].code is None  # block [---]
    assert p2.verbs["FIX"][0].code == "040"
    assert p2.verbs["STOP"][0].code is None  # verb line [---] overrides the block
    visit = p2.verbs["VISIT"][0]
    assert (visit.code, visit.reverse_code, visit.passive_only) == ("042", "043", False)
    offend = p2.verbs["OFFEND"][0]
    assert (offend.code, offend.passive_only) == ("110", True)
    assert p2.verbs["DELAY"][0].code == "120"  # header written [120]---


def test_dictionaries_verbs_multi_word_verbs(p2: VerbDictionary, p1: VerbDictionary) -> None:
    met = p2.verbs["MET"]
    assert met[0].particle == ("WITH",) and met[0].lemma == "MEET"  # first definition first
    assert met[1].particle == ()
    assert {e.particle for e in p2.verbs["MEETING"]} == {("WITH",), ()}
    asked = p2.verbs["ASKED"][0]
    assert (asked.particle, asked.code) == (("FOR",), "020")
    assert p2.verbs["WIRE"][0].particle == ("TAP",)
    rearrest = p1.verbs["ARRESTED"][0]
    assert (rearrest.prefix, rearrest.code) == (("RE",), "002")


def test_dictionaries_verbs_p2_pattern_items(p2: VerbDictionary) -> None:
    assert _pattern(p2, "ACCELERATE", "(TO) ").post == (PrepPhrase("TO"),)
    assert _pattern(p2, "ACCELERATE", "{ARMS").post == (NounPhrase("SHIPMENT", ("ARMS",)),)
    assert _pattern(p2, "ACCELERATE", "POLICE").post == (
        Word("POLICE"),
        PrepPhrase("TO", Word("BORDER")),
    )
    assert _pattern(p2, "ACCELERATE", "&MILITARY *").pre == (SynsetRef("&MILITARY"),)
    assert _pattern(p2, "ACCELERATE", "BANNED").post == (
        PrepPhrase("TO", NounPhrase("PARTIES", ("BANNED",))),
        ActorSlot("source"),
    )
    assert _pattern(p2, "ACCELERATE", "FROM ^").post == (
        Word("OFF"),
        PrepPhrase("FROM", AnyPhrase()),
    )
    assert _pattern(p2, "ACCELERATE", "&CURRENCY").post == (
        PrepPhrase("WITH", SynsetRef("&CURRENCY")),
    )
    assert _pattern(p2, "ACCELERATE", "A VOTE").post == (
        PrepPhrase("TO", NounPhrase("VOTE", ("A",))),
    )
    assert _pattern(p2, "ACCELERATE", "OPERATION").post == (
        NounPhrase("OPERATION", ("&MILITARY",)),
    )


def test_dictionaries_verbs_p2_codes(p2: VerbDictionary) -> None:
    to = _pattern(p2, "ACCELERATE", "(TO) ")
    assert (to.code, to.reverse_code, to.passive_only) == ("042", "043", False)
    court = _pattern(p2, "ACCELERATE", "COURT")
    assert (court.code, court.reverse_code, court.passive_only) == ("173", None, True)
    assert _pattern(p2, "ACCELERATE", "SPY").code is None
    typo = _pattern(p2, "ACCELERATE", "080!")
    assert typo.code == "080"
    assert _warned(p2, "verbs_p2.txt", "080!", "stray '!'")


def test_dictionaries_verbs_duplicates_keep_first(p2: VerbDictionary) -> None:
    to_patterns = [
        p for p in p2.patterns["ACCELERATE"] if p.post == (PrepPhrase("TO"),) and not p.pre
    ]
    assert [p.code for p in to_patterns] == ["042"]
    assert _warned(p2, "verbs_p2.txt", "[999]", "duplicate pattern")


def test_dictionaries_verbs_undefined_synset_and_underscores(p2: VerbDictionary) -> None:
    assert _pattern(p2, "ACCELERATE", "FIGHT_CRIM").post == (Word("&FIGHT_CRIM"),)
    assert _warned(p2, "verbs_p2.txt", "&FIGHT_CRIM", "not defined")
    assert _warned(p2, "verbs_p2.txt", "&FIRE", "not defined")
    spy = _pattern(p2, "ACCELERATE", "SPY_*_DEAL")
    assert (spy.pre, spy.post, spy.verb_adjacent) == ((Word("SPY"),), (Word("DEAL", True),), True)
    assert _pattern(p2, "ACCELERATE", "SPECIAL_CLAUSE").post == (
        Word("SPECIAL"),
        Word("CLAUSE", adjacent=True),
    )


def test_dictionaries_verbs_malformed_patterns_warned(p2: VerbDictionary) -> None:
    assert _warned(p2, "verbs_p2.txt", "UNBALANCED", "not understood")
    assert _warned(p2, "verbs_p2.txt", "NO CODE HERE", "no [code]")
    assert not any("UNBALANCED" in p.text for p in p2.patterns["ACCELERATE"])


def test_dictionaries_verbs_transformations(p2: VerbDictionary) -> None:
    assert p2.transformations[0] == Transformation(
        outer_source="a",
        lower=("a", "b", "VISIT"),
        outer_verb="MEET",
        result=("a", "b", "015"),
        origin=f"verbs_p2.txt:{_line_of('verbs_p2.txt', '~ a (a b VISIT)')}",
    )
    assert len(p2.transformations) == 2  # the #~ line is a comment, the last is malformed
    assert _warned(p2, "verbs_p2.txt", "UNKNOWNVERB", "not a verb")
    assert _warned(p2, "verbs_p2.txt", "~ not a", "transformation not of the form")


def test_dictionaries_verbs_p1_linear_patterns(p1: VerbDictionary) -> None:
    def pattern(fragment: str) -> VerbPattern:
        return _pattern(p1, "ABANDON", fragment)

    assert pattern("NEW_&TIETYPES").post == (
        Word("NEW"),
        SynsetRef("&TIETYPES", adjacent=True),
        Word("RELATIONS", adjacent=True),
    )
    assert pattern("SAID + MUST").pre == (Word("SAID"), ActorSlot("target"), Word("MUST"))
    assert pattern("% *").pre == (ActorSlot("compound"),)
    assert pattern("^ $").pre == (AnyPhrase(), ActorSlot("source"))
    assert pattern("^ $").post[-1] == ActorSlot("target")
    in_verb = pattern("IN_*")
    assert (in_verb.pre, in_verb.verb_adjacent) == ((Word("IN"),), True)
    assert pattern("*_OUT").post == (Word("OUT", adjacent=True),)
    # P1 synset-reference syntax: &MILITARY_COUP is &MILITARY then COUP; &MILITARY is undefined here
    assert pattern("&MILITARY_COUP").post == (Word("&MILITARY"), Word("COUP", adjacent=True))


def test_dictionaries_verbs_p1_skips_and_warnings(p1: VerbDictionary) -> None:
    texts = [p.text for p in p1.patterns["ABANDON"]]
    assert not any("{A B}" in t for t in texts)
    assert _warned(p1, "verbs_p1.txt", "{A B}", "disjunction")
    assert _warned(p1, "verbs_p1.txt", "TIVILIAN", "no * (verb)")
    assert _warned(p1, "verbs_p1.txt", "TWO VERBS", "more than one *")
    assert _warned(p1, "verbs_p1.txt", "&UNDEFINED", "not defined")
    assert _warned(p1, "verbs_p1.txt", "--- DEFEND", "no [code]")
    assert p1.verbs["DEFEND"][0].code is None
    assert _pattern(p1, "DEFEND", "BATTLES").code == "190"  # "-- + HAVE": stray dash tolerated
    assert p1.verbs["DELAY"][0].code == "120"  # two codes on the header: the first
    assert p1.verbs["SNUBBED"][0].code == "111"  # code before the forms: read anyway


def test_dictionaries_verbs_p1_nested_synsets(p1: VerbDictionary) -> None:
    accord = p1.synsets["&ACCORDSYN"]
    assert ("MILITARY",) in accord and ("ECONOMIC",) in accord and ("CLOSER",) in accord
    assert _warned(p1, "verbs_p1.txt", "+&NOTDEFINED", "not defined")
    assert ("AUSTRIAN", "FLORIN") in p1.synsets["&CURRENCY"]
    assert ("DID", "N'T") in p1.synsets["&NEGSYN"] and ("TANKS",) not in p1.synsets["&NEGSYN"]
    pattern = _pattern(p1, "ACCORD", "INCHING")
    assert pattern.pre == (Word("INCHING"), SynsetRef("&ACCORDSYN"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("042:043", ("042", "043", False)),
        (":173", ("173", None, True)),
        ("---", (None, None, False)),
        (" 0874 ", ("0874", None, False)),
        ("080!", ("080", None, False)),
        # no act of the subject's, the other side's act ("received weapons from": the giver's)
        ("---:072", (None, "072", False)),
    ],
)
def test_dictionaries_verbs_parse_code(
    text: str, expected: tuple[str | None, str | None, bool]
) -> None:
    code, _ = parse_code(text)
    assert code is not None
    assert (code.code, code.reverse, code.passive_only) == expected


def test_dictionaries_verbs_strict_mode_raises(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text("--- GO [010] ---\nGO\n- * (TO [042]\n")
    with pytest.raises(DictionaryError) as info:
        parse_verb_file(path, strict=True)
    assert info.value.origin == f"{path}:3"


def test_dictionaries_verbs_american_spellings_of_listed_double_l_forms(tmp_path: Path) -> None:
    # CAMEO.2.0 lists "CANCEL {CANCELS CANCELLED CANCELLING}": American news writes "canceled"
    path = tmp_path / "verbs.txt"
    path.write_text(
        "--- REVOKE_ [---] ---\nCANCEL {CANCELS CANCELLED CANCELLING}\n"
        "EXPEL {EXPELS EXPELLED EXPELLING}\n- * MEETING [125]\n"
    )
    verbs = parse_verb_file(path).verbs
    for form in ("CANCEL", "CANCELS", "CANCELLED", "CANCELLING", "CANCELED", "CANCELING"):
        assert verbs[form][0].lemma == "CANCEL", form
    assert "EXPELLED" in verbs and "CANCELLLED" not in verbs
