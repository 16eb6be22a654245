"""The verb-pattern matcher's synonym-set lookup (coding/events.py), which looks the clause's
words up in an index of the set's members instead of trying every member."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventscribe.coding.events import PatternMatcher, Region, _any_form, _phrase_at
from eventscribe.dictionaries.model import SynsetRef, VerbDictionary

pytestmark = pytest.mark.issue(10)

_WORDS = st.sampled_from(["TALK", "TALKS", "PARTY", "PARTIES", "ES", "S", "IES", "Y", "AID", "X"])
_PHRASES = st.lists(_WORDS, min_size=1, max_size=3).map(tuple)


def _region(words: list[str]) -> Region:
    tokens = [SimpleNamespace(text=w, i=k) for k, w in enumerate(words)]
    return Region(tokens)  # type: ignore[arg-type]


def _members_one_by_one(members: list[tuple[str, ...]], region: Region) -> bool:
    """The lookup as first written: every member tried, exact first word, then any form."""
    return any(m[0] in region.wordset and _phrase_at(m, region.words) for m in members if m) or any(
        _any_form(m[0], region.wordset) and _phrase_at(m, region.words) for m in members if m
    )


@given(members=st.lists(_PHRASES, max_size=6), words=st.lists(_WORDS, max_size=8))
def test_events_synset_index_finds_what_trying_every_member_finds(
    members: list[tuple[str, ...]], words: list[str]
) -> None:
    matcher = PatternMatcher(VerbDictionary({}, {}, {"&SET": tuple(members)}))
    region = _region(words)
    assert matcher._item_in(SynsetRef("&SET"), region) == _members_one_by_one(members, region)


@given(word=_WORDS, words=st.lists(_WORDS, max_size=8))
def test_events_any_form_is_membership_of_the_regions_singulars(
    word: str, words: list[str]
) -> None:
    region = _region(words)
    assert _any_form(word, region.wordset) == (word in region.singulars)
