"""Property tests: roles survive the writer and the reader; no reader crashes on arbitrary text."""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventscribe.dictionaries.actors import format_actor_entry, parse_actor_file
from eventscribe.dictionaries.agents import parse_agent_file
from eventscribe.dictionaries.discards import parse_discard_file
from eventscribe.dictionaries.model import ActorEntry, Role
from eventscribe.dictionaries.parsers import phrase_tokens
from eventscribe.dictionaries.verbs import parse_verb_file
from eventscribe.dictionaries.yaml_overlay import parse_yaml_file
from eventscribe.errors import DictionaryError

WORD = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8)
CODE = st.from_regex(r"[A-Z]{3}([A-Z]{3}){0,2}", fullmatch=True)
DAY = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


@st.composite
def roles(draw: st.DrawFn) -> Role:
    start = draw(st.none() | DAY)
    end = draw(st.none() | DAY)
    if start is not None and end is not None and start > end:
        start, end = end, start
    return Role(draw(CODE), start, end)


@st.composite
def actor_entries(draw: st.DrawFn) -> ActorEntry:
    name = tuple(draw(st.lists(WORD, min_size=1, max_size=4)))
    synonyms = tuple(
        s
        for s in dict.fromkeys(
            tuple(x) for x in draw(st.lists(st.lists(WORD, min_size=1, max_size=3), max_size=3))
        )
        if s != name
    )
    return ActorEntry(name, synonyms, tuple(draw(st.lists(roles(), min_size=1, max_size=6))), "")


def _write(text: str, suffix: str = ".txt") -> Path:
    # lone surrogates become invalid UTF-8 bytes, which exercises the decoding fallback
    with tempfile.NamedTemporaryFile("wb", suffix=suffix, delete=False) as handle:
        handle.write(text.encode("utf-8", "surrogatepass"))
    return Path(handle.name)


@settings(max_examples=60, deadline=None)
@given(st.lists(actor_entries(), min_size=1, max_size=5))
def test_dictionaries_properties_roles_round_trip(entries: list[ActorEntry]) -> None:
    path = _write("".join(format_actor_entry(entry) for entry in entries))
    try:
        again, warnings = parse_actor_file(path)
    finally:
        path.unlink()
    assert warnings == []
    assert [(e.name, e.synonyms, e.roles) for e in again] == [
        (e.name, e.synonyms, e.roles) for e in entries
    ]


DICTIONARY_TEXT = st.text(
    alphabet=st.sampled_from(list("AB_ +-[]{}()<>~!#&$%^*:=\t\n019.,'\"\x1a")) | st.characters(),
    max_size=300,
)
READERS: list[tuple[str, Callable[..., object]]] = [
    (".txt", parse_actor_file),
    (".txt", parse_agent_file),
    (".txt", parse_verb_file),
    (".txt", parse_discard_file),
    (".yaml", parse_yaml_file),
]


@settings(max_examples=150, deadline=None)
@given(DICTIONARY_TEXT, st.sampled_from(READERS))
def test_dictionaries_properties_readers_never_crash(
    text: str, reader: tuple[str, Callable[..., object]]
) -> None:
    suffix, parse = reader
    path = _write(text, suffix)
    try:
        with contextlib.suppress(DictionaryError):
            parse(path, strict=True)
        if suffix == ".yaml":
            with contextlib.suppress(DictionaryError):  # YAML errors are errors in lenient mode too
                parse(path)
        else:
            parse(path)  # lenient mode never raises
    finally:
        path.unlink()


@pytest.mark.parametrize("text", ["0'D", "WE'LL", "THEY 'RE", "IT'S"])
def test_dictionaries_properties_phrase_tokens_clitics_stable(text: str) -> None:
    # regression: "0'D" gave ("0", "'D"), and those tokens joined ("0 'D") gave ("0", "D")
    tokens = phrase_tokens(text)
    assert phrase_tokens(" ".join(tokens)) == tokens


@given(st.text(max_size=60))
def test_dictionaries_properties_phrase_tokens_stable(text: str) -> None:
    tokens = phrase_tokens(text)
    assert all(
        token and not any(ch.isspace() for ch in token) and "_" not in token for token in tokens
    )
    assert phrase_tokens(" ".join(tokens)) == tokens
