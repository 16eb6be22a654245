"""The verb-pattern matcher's indexes (coding/events.py): a synonym set's members and a block's
patterns are found by the clause's words instead of tried one by one, with the same results."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventscribe.coding.events import PatternMatcher, Region, _any_form, _phrase_at
from eventscribe.dictionaries.model import SynsetRef, VerbDictionary, VerbPattern, Word

pytestmark = pytest.mark.issue(10)

_WORDS = st.sampled_from(["TALK", "TALKS", "PARTY", "PARTIES", "ES", "S", "IES", "Y", "AID", "X"])
_PHRASES = st.lists(_WORDS, min_size=1, max_size=3).map(tuple)


def _region(words: list[str]) -> Region:
    tokens = [SimpleNamespace(text=w, i=k, dep_="") for k, w in enumerate(words)]
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


_ITEMS = st.lists(_WORDS.map(Word), max_size=2).map(tuple)


@given(
    shapes=st.lists(st.tuples(_ITEMS, _ITEMS), max_size=8),
    post_words=st.lists(_WORDS, max_size=6),
    pre_words=st.lists(_WORDS, max_size=6),
)
def test_events_tree_candidates_keep_every_pattern_that_may_fit_in_order(
    shapes: list[tuple[tuple[Word, ...], tuple[Word, ...]]],
    post_words: list[str],
    pre_words: list[str],
) -> None:
    patterns = tuple(
        VerbPattern(pre, post, "040", None, False, f"f:{k}", "- x")
        for k, (pre, post) in enumerate(shapes)
    )
    matcher = PatternMatcher(VerbDictionary({}, {"MEET": patterns}, {}))
    regions = (_region(post_words), _region(pre_words))

    def may_fit(pattern: VerbPattern) -> bool:
        post_needs, pre_needs = matcher._needs[id(pattern)]
        return post_needs <= regions[0].singulars and pre_needs <= regions[1].singulars

    every = [(k, p) for k, p in enumerate(patterns) if may_fit(p)]
    found = matcher._tree_candidates("MEET", patterns, regions)
    assert [(k, p) for k, p in found if may_fit(p)] == every
    assert [k for k, _ in found] == sorted(k for k, _ in found)
