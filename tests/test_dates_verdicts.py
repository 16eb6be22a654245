"""The rule that turns a reader's answer (when the act happened, read without the coder's date)
into a verdict on the coder's date (issue 13; benchmarks/dates_verdicts.py)."""

from __future__ import annotations

import pytest

from support import load_benchmark

pytestmark = pytest.mark.issue(13)

verdict = load_benchmark("dates_verdicts").verdict
ARTICLE = "2020-06-10"  # a Wednesday


def _v(
    date: str,
    precision: str,
    act: str,
    day: str | None = None,
    period: str | None = None,
    source: str = "article",
    in_sentence: bool = False,
) -> str:
    sample = {"article_date": ARTICLE, "date": date, "date_precision": precision,
              "date_source": source}  # fmt: skip
    answer = {"act": act, "day": day, "period": period, "time_in_sentence": in_sentence}
    return verdict(sample, answer)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("coded", "answer", "expected"),
    [
        # the day's news with no time: the article's day or the three before it
        (("2020-06-10", "day"), ("news",), "right"),
        (("2020-06-07", "day"), ("news",), "right"),
        (("2020-06-05", "day"), ("news",), "wrong"),
        # a day the article fixes: that day, or the article's day when the sentence gives no time
        (("2020-06-10", "day"), ("news", "2020-06-08"), "right"),
        (("2020-06-08", "day"), ("news", "2020-06-08"), "right"),
        (("2020-06-09", "day"), ("news", "2020-06-08"), "wrong"),
        (("2020-06-10", "day"), ("news", "2020-06-08", None, "article", True), "wrong"),
        (("2020-06-10", "day"), ("news", "2020-06-08", None, "clause"), "wrong"),
        # before: right for an earlier act on or before the date, never for the day's news
        (("2020-06-10", "before"), ("earlier",), "coarse"),
        (("2020-06-10", "before"), ("earlier", None, "2016"), "coarse"),
        (("2020-06-10", "before"), ("news",), "wrong"),
        (("2020-06-10", "before"), ("news", "2020-06-09"), "wrong"),
        (("2020-06-10", "before"), ("ongoing",), "wrong"),
        # a period must contain the act
        (("2016-01-01", "year"), ("earlier", "2016-05-03"), "coarse"),
        (("2016-01-01", "year"), ("earlier", None, "2016-05"), "coarse"),
        (("2016-05-01", "month"), ("earlier", None, "2016"), "wrong"),
        # a period from the clause's own words within the reader's coarser one
        (("2016-05-01", "month"), ("earlier", None, "2016", "clause"), "coarse"),
        # "last week" (1-7 June) of an article on 10 June: the week runs into the last three
        # days, which "earlier" leaves out, but lies within the reader's June
        (("2020-06-01", "week"), ("earlier", None, "2020-06", "clause"), "coarse"),
        (("2020-05-25", "week"), ("earlier", None, "2020-06", "clause"), "wrong"),
        # an earlier act dated on the article's day, or of unknown time given a day
        (("2020-06-10", "day"), ("earlier",), "wrong"),
        (("2016-05-03", "day"), ("earlier", None, "2016-05"), "wrong"),
        # a state up to the article's day
        (("2020-06-10", "day"), ("ongoing",), "right"),
        (("2020-06-10", "day"), ("not_an_act",), "not_an_act"),
    ],
)
def test_dates_verdicts_rule(coded: tuple[str, str], answer: tuple, expected: str) -> None:  # type: ignore[type-arg]
    assert _v(*coded, *answer) == expected
