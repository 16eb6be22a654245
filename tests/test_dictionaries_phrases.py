"""Dictionary phrases as spaCy token sequences, plurals, and the discard list reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventscribe.dictionaries.discards import parse_discard_file
from eventscribe.dictionaries.model import normalise_word
from eventscribe.dictionaries.parsers import noun_plural, phrase_tokens

FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"

SAMPLES = [
    ("BAN_KI-MOON_", "Ban Ki-moon", ("BAN", "KI", "-", "MOON")),
    ("XI'S", "Xi's", ("XI", "'S")),
    ("COTE_D'IVOIRE_", "Cote d'Ivoire", ("COTE", "D'IVOIRE")),
    ("U.N._", "U.N.", ("U.N.",)),
    ("PRESIDENT_GEORGE_W._BUSH", "President George W. Bush", ("PRESIDENT", "GEORGE", "W.", "BUSH")),
    ("AL-QAEDA", "Al-Qaeda", ("AL", "-", "QAEDA")),
    ("F-16_", "F-16", ("F-16",)),
    ("1990-2000", "1990-2000", ("1990", "-", "2000")),
    (
        "JOHN_ROLAND_ROBINSON, BARON_MARTONMERE_",
        "John Roland Robinson, Baron Martonmere",
        ("JOHN", "ROLAND", "ROBINSON", "BARON", "MARTONMERE"),
    ),
    ("ADEN_ABYAN_ARMY_(AAIA)_", "Aden Abyan Army (AAIA)", ("ADEN", "ABYAN", "ARMY", "AAIA")),
    ('"NANDO"', '"Nando"', ("NANDO",)),
    ("O'NEILL", "O'Neill", ("O'NEILL",)),
    # abbreviations the tokenizer keeps whole, with their period (fourteenth session: "Sen."
    # was SEN and matched no sentence's "Sen.")
    ("SEN._JOHN_MCCAIN", "Sen. John McCain", ("SEN.", "JOHN", "MCCAIN")),
    ("MARTIN_LUTHER_KING_JR.", "Martin Luther King Jr.", ("MARTIN", "LUTHER", "KING", "JR.")),
    ("GOV._CHRIS_CHRISTIE", "Gov. Chris Christie", ("GOV.", "CHRIS", "CHRISTIE")),
]


@pytest.mark.parametrize(("phrase", "_text", "expected"), SAMPLES)
def test_dictionaries_phrases_tokens(phrase: str, _text: str, expected: tuple[str, ...]) -> None:
    assert phrase_tokens(phrase) == expected


@pytest.mark.parametrize(("phrase", "text", "_expected"), SAMPLES)
def test_dictionaries_phrases_match_spacy_tokenizer(
    phrase: str, text: str, _expected: object
) -> None:
    """The coder compares phrase_tokens with spaCy's tokens (punctuation other than '-' ignored)."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    tokens = tuple(normalise_word(t.text) for t in nlp(text) if not t.is_punct or t.text == "-")
    assert phrase_tokens(phrase) == tokens


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("FARMER", "FARMERS"),
        ("POLICY", "POLICIES"),
        ("DAY", "DAYS"),
        ("CHURCH", "CHURCHES"),
        ("BOX", "BOXES"),
        ("TAXPAYERS", None),
        ("NEWS", None),
        ("F-16", None),
    ],
)
def test_dictionaries_phrases_noun_plural(word: str, plural: str | None) -> None:
    assert noun_plural(word) == plural


def test_dictionaries_phrases_discards_story_and_sentence() -> None:
    warnings: list[str] = []
    discards = parse_discard_file(
        FIXTURES / "discards.txt", source="discards.txt", warnings=warnings
    )
    assert discards.story == (("WORLD", "GOLF", "CHAMPIONSHIPS"), ("MANCHESTER", "UNITED"))
    assert discards.sentence == (
        ("1914",),
        ("2013",),
        ("YEARS", "LATER"),
        ("GROUP", "A"),
        ("2014", "COMPETITION"),
        ("RABID", "ANIMALS"),
    )
    assert warnings == ["discards.txt:11: discard line '+' has no phrase"]
