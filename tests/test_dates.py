from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventscribe.coding.dates import PRECISIONS, DateMention, find_dates

# Thursday 23 November 2023, the seed article's date.
THU = dt.date(2023, 11, 23)


def _one(sentence: str, article: dt.date | None = THU, *, future: bool = False) -> DateMention:
    mentions = find_dates(sentence, article, future=future)
    assert len(mentions) == 1, mentions
    return mentions[0]


def test_dates_seed_sentence() -> None:
    sentence = (
        "Chinese President Xi Jinping met with Chairman of the Russian State Duma Vyacheslav "
        "Volodin in Beijing on Wednesday."
    )
    mention = _one(sentence)
    assert (mention.text, mention.date, mention.precision) == (
        "Wednesday",
        dt.date(2023, 11, 22),
        "day",
    )
    assert sentence[mention.start : mention.end] == "Wednesday"


@pytest.mark.parametrize(
    ("sentence", "future", "text", "expected"),
    [
        # A weekday name: on or before the article date; its own weekday is the article date.
        ("They met on Wednesday.", False, "Wednesday", dt.date(2023, 11, 22)),
        ("They met Thursday.", False, "Thursday", dt.date(2023, 11, 23)),
        ("They met on Friday.", False, "Friday", dt.date(2023, 11, 17)),
        ("They met on monday.", False, "monday", dt.date(2023, 11, 20)),
        ("They met this Monday.", False, "this Monday", dt.date(2023, 11, 20)),
        ("Sunday's blast killed five.", False, "Sunday", dt.date(2023, 11, 19)),
        # With future: on or after.
        ("They will meet on Friday.", True, "Friday", dt.date(2023, 11, 24)),
        ("They will meet on Thursday.", True, "Thursday", dt.date(2023, 11, 23)),
        ("They will meet on Wednesday.", True, "Wednesday", dt.date(2023, 11, 29)),
        # last / next are strict.
        ("They met last Wednesday.", False, "last Wednesday", dt.date(2023, 11, 22)),
        ("They met last Thursday.", False, "last Thursday", dt.date(2023, 11, 16)),
        ("They met this past Thursday.", False, "this past Thursday", dt.date(2023, 11, 16)),
        ("They meet next Friday.", False, "next Friday", dt.date(2023, 11, 24)),
        ("They meet next Thursday.", True, "next Thursday", dt.date(2023, 11, 30)),
        ("They meet this coming Monday.", True, "this coming Monday", dt.date(2023, 11, 27)),
        # Days relative to the article.
        ("It happened today.", False, "today", THU),
        ("It happens tonight.", True, "tonight", THU),
        ("He spoke this morning.", False, "this morning", THU),
        ("He spoke this evening.", False, "this evening", THU),
        ("It happened yesterday.", False, "yesterday", dt.date(2023, 11, 22)),
        ("It happened last night.", False, "last night", dt.date(2023, 11, 22)),
        ("It happens tomorrow.", True, "tomorrow", dt.date(2023, 11, 24)),
        (
            "It was the day before yesterday.",
            False,
            "the day before yesterday",
            dt.date(2023, 11, 21),
        ),
        ("It is the day after tomorrow.", True, "the day after tomorrow", dt.date(2023, 11, 25)),
        ("He left three days ago.", False, "three days ago", dt.date(2023, 11, 20)),
        ("He left 10 days ago.", False, "10 days ago", dt.date(2023, 11, 13)),
        ("He left a day ago.", False, "a day ago", dt.date(2023, 11, 22)),
        # Explicit dates with a year.
        ("Signed on November 22, 2023.", False, "November 22, 2023", dt.date(2023, 11, 22)),
        ("Signed on 22 November 2023.", False, "22 November 2023", dt.date(2023, 11, 22)),
        ("Signed on Nov. 22, 2023.", False, "Nov. 22, 2023", dt.date(2023, 11, 22)),
        ("Signed on Sept. 3 2019.", False, "Sept. 3 2019", dt.date(2019, 9, 3)),
        ("Signed on 2023-11-22.", False, "2023-11-22", dt.date(2023, 11, 22)),
        (
            "Signed on the 5th of November 2022.",
            False,
            "the 5th of November 2022",
            dt.date(2022, 11, 5),
        ),
        ("Signed on November 22nd, 2021.", False, "November 22nd, 2021", dt.date(2021, 11, 22)),
        ("Signed on November 30, 2024.", False, "November 30, 2024", dt.date(2024, 11, 30)),
        # With a weekday in front, one mention.
        (
            "Attacked on Wednesday, November 22.",
            False,
            "Wednesday, November 22",
            dt.date(2023, 11, 22),
        ),
        # Without a year: closest on or before (future: on or after).
        ("Signed on November 22.", False, "November 22", dt.date(2023, 11, 22)),
        ("Signed on Nov 25.", False, "Nov 25", dt.date(2022, 11, 25)),
        ("Will sign on Nov 25.", True, "Nov 25", dt.date(2023, 11, 25)),
        ("Will sign on November 20.", True, "November 20", dt.date(2024, 11, 20)),
        ("Signed on 3 March.", False, "3 March", dt.date(2023, 3, 3)),
        ("Signed on Feb. 29.", False, "Feb. 29", dt.date(2020, 2, 29)),
        ("Arrived on the 22nd.", False, "the 22nd", dt.date(2023, 11, 22)),
        ("Arrived on the 30th.", False, "the 30th", dt.date(2023, 10, 30)),
        ("Will arrive on the 1st.", True, "the 1st", dt.date(2023, 12, 1)),
    ],
)
def test_dates_day_rules(sentence: str, future: bool, text: str, expected: dt.date) -> None:
    mention = _one(sentence, future=future)
    assert (mention.text, mention.date, mention.precision) == (text, expected, "day")
    assert sentence[mention.start : mention.end] == text


@pytest.mark.parametrize(
    ("sentence", "future", "text", "expected", "precision"),
    [
        ("He left last week.", False, "last week", dt.date(2023, 11, 13), "week"),
        ("He left this week.", False, "this week", dt.date(2023, 11, 20), "week"),
        ("He left earlier this week.", False, "earlier this week", dt.date(2023, 11, 20), "week"),
        ("He leaves next week.", True, "next week", dt.date(2023, 11, 27), "week"),
        ("He left two weeks ago.", False, "two weeks ago", dt.date(2023, 11, 6), "week"),
        ("He left last month.", False, "last month", dt.date(2023, 10, 1), "month"),
        ("He leaves later this month.", True, "later this month", dt.date(2023, 11, 1), "month"),
        ("He leaves next month.", True, "next month", dt.date(2023, 12, 1), "month"),
        ("He left a month ago.", False, "a month ago", dt.date(2023, 10, 1), "month"),
        ("He left last year.", False, "last year", dt.date(2022, 1, 1), "year"),
        ("He left earlier this year.", False, "earlier this year", dt.date(2023, 1, 1), "year"),
        ("He leaves next year.", True, "next year", dt.date(2024, 1, 1), "year"),
        ("He left four years ago.", False, "four years ago", dt.date(2019, 1, 1), "year"),
        ("It began in March.", False, "March", dt.date(2023, 3, 1), "month"),
        ("It began in December.", False, "December", dt.date(2022, 12, 1), "month"),
        ("It begins in March.", True, "March", dt.date(2024, 3, 1), "month"),
        ("It begins in November.", True, "November", dt.date(2023, 11, 1), "month"),
        ("It began in early March.", False, "March", dt.date(2023, 3, 1), "month"),
        ("It began in March 2021.", False, "March 2021", dt.date(2021, 3, 1), "month"),
        ("The March 2021 vote.", False, "March 2021", dt.date(2021, 3, 1), "month"),
        ("It began in 2019.", False, "2019", dt.date(2019, 1, 1), "year"),
        ("Rulers since 1979.", False, "1979", dt.date(1979, 1, 1), "year"),
    ],
)
def test_dates_period_rules(
    sentence: str, future: bool, text: str, expected: dt.date, precision: str
) -> None:
    mention = _one(sentence, future=future)
    assert (mention.text, mention.date, mention.precision) == (text, expected, precision)


def test_dates_week_starts_on_monday() -> None:
    sunday = dt.date(2023, 11, 26)
    assert _one("He left this week.", sunday).date == dt.date(2023, 11, 20)
    assert _one("He left last week.", dt.date(2023, 11, 20)).date == dt.date(2023, 11, 13)


def test_dates_month_and_year_arithmetic_crosses_year_end() -> None:
    january = dt.date(2024, 1, 10)
    assert _one("He left last month.", january).date == dt.date(2023, 12, 1)
    assert _one("He left three months ago.", january).date == dt.date(2023, 10, 1)
    december = dt.date(2023, 12, 31)
    assert _one("He leaves next month.", december, future=True).date == dt.date(2024, 1, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May said the talks failed.",  # a name, not a month
        "The protesters march on the capital.",
        "A total of 2000 people and 1950 soldiers.",  # counts, not years
        "They may meet.",
        "The 2nd battalion moved.",
        "Growth came within 2019 forecasts.",  # "in" inside another word is no preposition
        "Signed on February 30.",  # impossible
        "Signed on February 30, 2023.",
        "Signed on 2023-02-30 and 2023-13-01.",
        "He read USA Today.",
        "He left 500 days ago.",  # beyond the bound for "ago"
        "Nothing to see here.",
        "",
    ],
)
def test_dates_no_mention(sentence: str) -> None:
    assert find_dates(sentence, THU) == []


def test_dates_without_article_date_only_full_dates_resolve() -> None:
    sentence = (
        "On Wednesday, yesterday, on Nov 25, in March, on 22 November 2023, in 2019 and 2023-01-02."
    )
    mentions = find_dates(sentence, None)
    assert [(m.text, m.date) for m in mentions] == [
        ("22 November 2023", dt.date(2023, 11, 22)),
        ("2019", dt.date(2019, 1, 1)),
        ("2023-01-02", dt.date(2023, 1, 2)),
    ]


def test_dates_several_mentions_in_order() -> None:
    sentence = "Talks held last Wednesday will resume next Friday, officials said today."
    mentions = find_dates(sentence, THU)
    assert [m.text for m in mentions] == ["last Wednesday", "next Friday", "today"]
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_dates_extreme_article_dates_do_not_raise() -> None:
    first = dt.date(1, 1, 1)  # a Monday
    early = find_dates("He left last week, yesterday and on Monday.", first)
    assert [(m.text, m.date) for m in early] == [("Monday", first)]
    last = dt.date.max  # a Friday
    late = find_dates("He leaves next year, tomorrow, on Friday.", last, future=True)
    assert [(m.text, m.date) for m in late] == [("Friday", last)]


TEMPLATES = [
    ("on {weekday}", 7),
    ("last {weekday}", 7),
    ("next {weekday}", 7),
    ("this {weekday}", 7),
    ("this past {weekday}", 7),
    ("today", 0),
    ("tonight", 0),
    ("yesterday", 1),
    ("tomorrow", 1),
    ("last night", 1),
    ("the day before yesterday", 2),
    ("the day after tomorrow", 2),
    ("this morning", 0),
    ("last week", 14),
    ("next week", 14),
    ("earlier this week", 7),
    ("last month", 62),
    ("next month", 62),
    ("later this month", 31),
    ("last year", 366 * 2),
    ("next year", 366 * 2),
    ("earlier this year", 366),
    ("{n} days ago", 366),
    ("{n} weeks ago", 7 * 105),
    ("on {month} {day}", 366),
    ("on {day} {month}", 366),
    ("in {month}", 366),
    ("on the {nth}", 31),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    article=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    template=st.sampled_from(TEMPLATES),
    future=st.booleans(),
    weekday=st.sampled_from(WEEKDAYS),
    month=st.sampled_from(MONTHS),
    day=st.integers(min_value=1, max_value=28),
    n=st.integers(min_value=1, max_value=99),
)
def test_dates_templates_resolve_near_the_article_date(
    article: dt.date,
    template: tuple[str, int],
    future: bool,
    weekday: str,
    month: str,
    day: int,
    n: int,
) -> None:
    pattern, bound = template
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    phrase = pattern.format(weekday=weekday, month=month, day=day, n=n, nth=f"{day}{suffix}")
    sentence = f"Officials said the talks took place {phrase}, according to reports."
    mentions = find_dates(sentence, article, future=future)
    assert len(mentions) == 1, (sentence, mentions)
    mention = mentions[0]
    assert mention.precision in PRECISIONS
    assert abs((mention.date - article).days) <= bound, (sentence, article, mention)
    assert sentence[mention.start : mention.end] == mention.text
    assert mention.text in phrase


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=200),
    article=st.none() | st.dates(),
    future=st.booleans(),
)
def test_dates_arbitrary_text_never_raises(
    text: str, article: dt.date | None, future: bool
) -> None:
    for mention in find_dates(text, article, future=future):
        assert text[mention.start : mention.end] == mention.text
        assert mention.precision in PRECISIONS


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "on",
                "in",
                "last",
                "next",
                "this",
                "the",
                "of",
                "day",
                "before",
                "yesterday",
                "May",
                "March",
                "Feb.",
                "29",
                "30",
                "31st",
                "2024",
                "1999",
                "Friday",
                "week",
                "ago",
                "two",
                ",",
                "-",
                "2023-02-29",
                "today",
                "since",
            ]
        ),
        max_size=12,
    ),
    article=st.none() | st.dates(),
    future=st.booleans(),
)
def test_dates_date_words_in_any_order_never_raise(
    words: list[str], article: dt.date | None, future: bool
) -> None:
    sentence = " ".join(words)
    for mention in find_dates(sentence, article, future=future):
        assert sentence[mention.start : mention.end] == mention.text


# Sunday 26 November 2023 and Saturday 8 June 2024: papers of a weekend.
SUN = dt.date(2023, 11, 26)
JUNE = dt.date(2024, 6, 8)


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    ("sentence", "article", "future", "text", "expected", "precision"),
    [
        # "last <month>": the most recent such month before the article's own month
        ("A court last November upheld the ban.", JUNE, False, "last November",
         dt.date(2023, 11, 1), "month"),
        ("The court ruled last June.", JUNE, False, "last June", dt.date(2023, 6, 1), "month"),
        ("The court ruled last May.", JUNE, False, "last May", dt.date(2024, 5, 1), "month"),
        ("The vote is due next March.", JUNE, True, "next March", dt.date(2025, 3, 1), "month"),
        ("It ended this past January.", JUNE, False, "this past January", dt.date(2024, 1, 1),
         "month"),
        # "last week" in a Sunday paper is the week that ends that day; on a Thursday the one before
        ("Last week, bishops rebuked him.", SUN, False, "Last week", dt.date(2023, 11, 20),
         "week"),
        ("Last week, bishops rebuked him.", THU, False, "Last week", dt.date(2023, 11, 13),
         "week"),
        # a weekend is in the week (Monday to Sunday) that holds it
        ("They met last weekend.", THU, False, "last weekend", dt.date(2023, 11, 13), "week"),
        ("They met over the weekend.", THU, False, "over the weekend", dt.date(2023, 11, 13),
         "week"),
        ("They met over the weekend.", SUN, False, "over the weekend", dt.date(2023, 11, 20),
         "week"),
        ("They meet this weekend.", THU, True, "this weekend", dt.date(2023, 11, 20), "week"),
        ("They meet next weekend.", THU, True, "next weekend", dt.date(2023, 11, 27), "week"),
        # decades
        ("He fought in the 1990s.", THU, False, "the 1990s", dt.date(1990, 1, 1), "decade"),
        ("He fought in the late 1980s.", THU, False, "the late 1980s", dt.date(1980, 1, 1),
         "decade"),
        # an upper bound only: "before" with the latest date the words allow
        ("More than 20 years ago, he drafted it.", THU, False, "More than 20 years ago",
         dt.date(2003, 11, 23), "before"),
        ("He left over three months ago.", THU, False, "over three months ago",
         dt.date(2023, 8, 23), "before"),
        ("He left more than a week ago.", THU, False, "more than a week ago",
         dt.date(2023, 11, 16), "before"),
        ("They struck in the past decade.", THU, False, "in the past decade", THU, "before"),
        ("They struck several times over the last five years.", THU, False,
         "over the last five years", THU, "before"),
        ("They struck in recent years.", THU, False, "in recent years", THU, "before"),
        # "earlier this month" is the article's month
        ("He left earlier this month.", THU, False, "earlier this month", dt.date(2023, 11, 1),
         "month"),
        # a time counted back from another act of the story (thirty-first session): on or before
        # that many units before the article (a plural counts two)
        ("A week earlier, the army shelled the town.", THU, False, "A week earlier",
         dt.date(2023, 11, 16), "before"),
        ("Two years earlier, he had met Putin.", THU, False, "Two years earlier",
         dt.date(2021, 11, 23), "before"),
        ("Months earlier, rebels had seized it.", THU, False, "Months earlier",
         dt.date(2023, 9, 23), "before"),
        ("Five days earlier, police arrested him.", THU, False, "Five days earlier",
         dt.date(2023, 11, 18), "before"),
        ("The previous month, the council voted.", THU, False, "The previous month",
         dt.date(2023, 10, 23), "before"),
        ("The court had ruled the year before.", THU, False, "the year before",
         dt.date(2022, 11, 23), "before"),
    ],
)  # fmt: skip
def test_dates_issue13_resolution(
    sentence: str, article: dt.date, future: bool, text: str, expected: dt.date, precision: str
) -> None:
    mention = _one(sentence, article, future=future)
    assert (mention.text, mention.date, mention.precision) == (text, expected, precision)
    assert sentence[mention.start : mention.end] == mention.text


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "sentence",
    [
        "A day earlier, police arrested him.",  # may be the day's news: no bound
        "Days earlier, police arrested him.",
        "Two weeks before the election, police arrested him.",  # counted from a named time
    ],
)
def test_dates_counted_back_from_another_act_leaves_near_days_alone(sentence: str) -> None:
    assert find_dates(sentence, THU) == []


@pytest.mark.issue(13)
def test_dates_before_is_a_precision() -> None:
    assert {"decade", "before"} <= set(PRECISIONS)


@pytest.mark.issue(13)
def test_dates_issue13_month_with_day_is_an_explicit_date() -> None:
    # "last November 3" is November 3, not the month
    mention = _one("It began last November 3.", JUNE)
    assert (mention.text, mention.date, mention.precision) == (
        "November 3",
        dt.date(2023, 11, 3),
        "day",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In the first decade of the 21st century, Chinese demand for coal soared.",
        "Protesters marched for the 3rd straight day.",
        "Repealing the 18th Amendment took years.",
    ],
)
def test_dates_an_ordinal_of_a_noun_is_no_day(sentence: str) -> None:
    """Regression (fifth session): "the 21st century" was the 21st of the article's month."""
    assert find_dates(sentence, THU) == []


def test_dates_an_ordinal_day_alone_still_is_one() -> None:
    assert [(m.text, m.date) for m in find_dates("It happened on the 21st, he said.", THU)] == [
        ("the 21st", dt.date(2023, 11, 21))
    ]


@pytest.mark.parametrize(
    ("sentence", "article", "expected"),
    [
        # the most recent such season that has ended by the article's date, as its year
        ("Israel moved troops into Gaza last summer.", dt.date(2015, 3, 3), dt.date(2014, 1, 1)),
        ("Israel moved troops into Gaza last summer.", dt.date(2015, 10, 3), dt.date(2015, 1, 1)),
        ("A priest was killed in Normandy this summer.", dt.date(2016, 12, 20),
         dt.date(2016, 1, 1)),
        ("The talks collapsed last fall.", dt.date(2016, 2, 1), dt.date(2015, 1, 1)),
        ("Protests spread last spring.", dt.date(2016, 5, 1), dt.date(2015, 1, 1)),
    ],
)  # fmt: skip
def test_dates_seasons_give_their_year(sentence: str, article: dt.date, expected: dt.date) -> None:
    found = find_dates(sentence, article)
    assert [(m.date, m.precision) for m in found] == [(expected, "year")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote is due this summer.",  # a season not begun by the article's date
        "Prices rose last winter.",  # a winter spans two years
        "The summer was hot.",
    ],
)
def test_dates_seasons_that_give_no_year(sentence: str) -> None:
    assert find_dates(sentence, dt.date(2016, 3, 1)) == []
