"""The coder with the shipped dictionaries on sentences written for these tests (slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.records import Event

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from eventscribe.coding.coder import Coder

    return Coder()


def _events(coder, text: str, day: dt.date) -> list[Event]:  # type: ignore[no-untyped-def]
    return list(coder.code_text(text, day))


def test_coder_real_institution_is_no_place(coder) -> None:  # type: ignore[no-untyped-def]
    # GeoNames lists "White House" among Casablanca's alternate names
    events = _events(
        coder, "Trump criticized Zelenskyy at the White House on Friday.", dt.date(2025, 2, 28)
    )
    assert events and all(e.location is None or e.location.country != "MAR" for e in events)


def test_coder_real_place_from_a_mistagged_name(coder) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        coder,
        "Russian troops attacked Ukrainian troops in Kharkiv on Monday.",
        dt.date(2023, 5, 10),
    )
    assert events and events[0].location is not None and events[0].location.country == "UKR"
    assert events[0].date == dt.date(2023, 5, 8)


def test_coder_real_dated_dyads_of_2014_to_2026(coder) -> None:  # type: ignore[no-untyped-def]
    cases = [
        (
            "Merz met Macron in Paris on Wednesday.",
            dt.date(2025, 6, 12),
            "DEUGOV",
            "FRAGOV",
            dt.date(2025, 6, 11),
        ),
        (
            "Guterres met Putin in Moscow on Tuesday.",
            dt.date(2022, 4, 28),
            "IGOUNO",
            "RUSGOV",
            dt.date(2022, 4, 26),
        ),
        (
            "Volodin held talks with Zhao Leji in Beijing.",
            dt.date(2023, 11, 23),
            "RUSLEG",
            "CHNLEG",
            dt.date(2023, 11, 23),
        ),
    ]
    for text, day, source, target, when in cases:
        got = {
            (e.source.code, e.target.code if e.target else None, e.date)
            for e in _events(coder, text, day)
        }
        assert (source, target, when) in got, (text, got)


def test_coder_real_ethnic_group_is_coded_where_it_lives(coder) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        coder, "Ethnic Albanians in Serbia demanded autonomy on Tuesday.", dt.date(2000, 1, 5)
    )
    assert events and events[0].source.code == "SRB"


def test_coder_real_threat_aims_at_the_condition(coder) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        coder, "Russia threatened to halt the talks if Ukraine attacked.", dt.date(2022, 5, 5)
    )
    assert any(e.cameo.startswith("13") and e.target and e.target.country == "UKR" for e in events)
