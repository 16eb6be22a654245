"""Where a sentence's dateline ends (coding/dateline.py): its words are no actor and no subject."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventscribe.coding.dateline import dateline_end


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("WASHINGTON — The Senate voted", 2),
        ("MEXICO CITY - Protesters marched", 3),
        ("( CNN ) House Speaker", 3),
        ("WASHINGTON ( Reuters ) - The", 5),
        ("TEHRAN , Iran ( AP ) — Iran said", 7),
        ("Brussels , Belgium ( CNN ) In grainy images", 6),
        # a city in capitals, its country or state after a comma (thirty-third session)
        ("KABUL , Afghanistan – Taliban fighters attacked", 4),
        ("COLOMBO , Sri Lanka — Nine bombings", 5),
        # no dateline: a name in ordinary case, a hyphenated name, a dash after a long phrase
        ("Hamas - the militant group - attacked", 0),
        ("Al - Shabaab fighters attacked", 0),
        ("NATO , the EU — said", 0),
        ("Kabul , Afghanistan – Taliban fighters", 0),
        ("The president said", 0),
        ("", 0),
    ],
)
def test_dateline_end(text: str, end: int) -> None:
    assert dateline_end(text.split()) == end


@given(
    st.lists(
        st.sampled_from(["KABUL", ",", "Afghanistan", "—", "(", "AP", ")", "the", "Iran", "-"]),
        max_size=14,
    )
)
def test_dateline_end_is_a_prefix_ending_in_a_dash_or_a_bracket(words: list[str]) -> None:
    end = dateline_end(words)
    assert 0 <= end <= len(words)
    if end:
        assert words[end - 1] in ("-", "--", "—", "–", ")")
