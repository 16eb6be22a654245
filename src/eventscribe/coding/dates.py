"""Dates in a sentence, resolved against the article's date: "on Wednesday" in an article of
Thursday 2023-11-23 is 2023-11-22. One precompiled regular expression; no model, cheap enough for
every sentence.

Rules (``a`` is the article date; ``future`` is set by the caller when the verb is future tense):

- Weekday names ("Wednesday", "on Wednesday", "this Wednesday"): the most recent such day on or
  before ``a`` (so the article's own weekday is ``a`` itself); with ``future`` the next such day on
  or after ``a``. "last"/"this past" Wednesday is strictly before ``a``; "next"/"coming"/"this
  coming" Wednesday strictly after. Precision "day".
- "today", "tonight", "this morning/afternoon/evening": ``a``. "yesterday", "last night": ``a`` - 1.
  "tomorrow": ``a`` + 1. "the day before yesterday": ``a`` - 2; "the day after tomorrow": ``a`` + 2.
  "N days ago" (N up to 366, in digits or one..twelve, "a"): ``a`` - N.
- Periods give the first day of the period and its precision: a week is Monday to Sunday (precision
  "week"), a month (precision "month") starts on the 1st, a year (precision "year") on 1 January.
  "last week" is the week before ``a``'s week (in a Sunday paper, ``a``'s own week, the one that
  ends that day), "this week", "earlier/later this week" ``a``'s week, "next week" the one after;
  likewise for month and year. "N weeks/months/years ago" count back from ``a``'s own period. A
  weekend ("last weekend", "over the weekend", "this weekend") is in the week that holds it: the
  latest one that has ended by ``a`` (a Sunday's own; ``future``: the coming one). "last November"
  is the most recent November before ``a``'s month, "next November" the first after it. "the
  1990s", "the early 2000s" are decades (precision "decade", from 1 January of the decade's first
  year).
- An upper bound only (precision "before": on or before the date): "more than/over/at least N
  days/weeks/months/years ago" is the day N units before ``a``; "in the past decade", "over the last
  five years", "in recent years" end at ``a``. A time counted back from another act of the story
  ("a week earlier", "two years before,", "months earlier", "the previous month", "the year
  before"), that act being no later than ``a``, is on or before the day N units before ``a`` (N is
  1 for "a", 2 for a plural or "several", "a few"); in days only from four on ("a day earlier"
  may be the day's news).
- Explicit dates: "2023-11-22", "November 22, 2023", "Nov. 22 2023", "22 November 2023", "the 22nd
  of November 2023", optionally after a weekday ("Wednesday, November 22"). Without a year
  ("November 22", "22 Nov.") the year is the one that puts the date closest on or before ``a`` (with
  ``future``: on or after). Month names must be capitalised; abbreviations need a day.
- Months and years alone need a preposition, which is not part of the mention ("in March", "since
  2019", "in early March"; "Theresa May" is no date): a month alone is the most recent such month
  that starts on or before ``a`` (``future``: the first that ends on or after ``a``); "March 2021"
  needs no preposition. A year (1900-2099) is that year. "on the 22nd" is the closest 22nd on or
  before ``a`` (``future``: on or after).
- Impossible dates ("February 30") are skipped, never raised. Without an article date only explicit
  dates with a year resolve. "last summer" (spring, fall, autumn), "this summer" give the
  season's year (precision "year"); winters are not read. Not handled: numeric dates like
  11/22/2023 (day-month order is ambiguous).

Which mention dates an event is ``event_date``'s business: its own clause's, else the clause it
hangs on (``clause.time_link``), else the article's date, or ``before`` it when the clause says
so (``clause.background_cue``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventscribe.coding.clause import (
    TimeLink,
    background_cue,
    forward_preposition,
    governing_verb,
    in_own_clause,
    is_verb,
    measure_unit,
    measured_clauses,
    shared_subject_conjuncts,
    time_link,
)
from eventscribe.coding.lexicon import table
from eventscribe.records import PRECISIONS  # day, week, month, year, decade, before

if TYPE_CHECKING:  # the store reads PRECISIONS without loading spaCy
    from spacy.tokens import Token

__all__ = [
    "DATE_SOURCES",
    "MONTH_NAMES",
    "PRECISIONS",
    "DateMention",
    "EventDate",
    "event_date",
    "find_dates",
]

# where an event's date comes from: a time expression of its own clause, or the article's date
DATE_SOURCES = ("clause", "article")


@dataclass(frozen=True)
class DateMention:
    """One date expression: its text and character offsets in the sentence, the date it means and
    how precisely ("day", "week", "month" or "year"; for the coarser ones ``date`` is the period's
    first day)."""

    text: str
    start: int
    end: int
    date: dt.date
    precision: str


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_NAMES = frozenset(_MONTHS)  # lower case
_MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
# A bare year needs one of these before it; "of", "by", "and", "between" precede counts too often.
_YEAR_PREPOSITIONS = frozenset(
    {
        "in",
        "since",
        "during",
        "until",
        "till",
        "before",
        "after",
        "from",
        "through",
        "early",
        "late",
        "mid",
        "in early",
        "in late",
        "in mid",
    }
)
_MAX_AGO = {"day": 366, "week": 104, "month": 48, "year": 50}


def _title_case(words: list[str]) -> str:
    return "|".join(word.capitalize() for word in words)


_WEEKDAY = r"(?:" + "|".join(_WEEKDAYS) + r")"
# Full month names must be capitalised ("march" and "may" are verbs); abbreviations need a day.
_MONTH_FULL = r"(?-i:" + _title_case(list(_MONTHS)) + r")"
_MONTH_ANY = (
    r"(?-i:"
    + _title_case(list(_MONTHS))
    + "|"
    + "|".join(
        rf"{abbr.capitalize()}\.?" for abbr in sorted(_MONTH_ABBREVIATIONS, key=len, reverse=True)
    )
    + r")"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+)?"
_UNIT = r"(?:week|month|year)"
_COUNT_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_AGO_COUNT = rf"(?:\d{{1,3}}|an?|{_COUNT_WORDS})"
# Months and years alone count only after one of these words (checked on the text before the match).
_PREPOSITION_RE = re.compile(
    r"\b(?:in\s+(?:early|late|mid)|early|late|mid|in|on|since|during|until|till|by|from|through"
    r"|before|after|of|between|and)(?:\s+|-)\Z",
    re.IGNORECASE,
)
_PREPOSITION_WINDOW = 16
_MASTHEAD_RE = re.compile(r"\b(?:USA|Russia)\s+\Z")

_DATE_RE = re.compile(
    # The lookahead rejects word ends at once: it halves the cost of scanning a sentence.
    r"\b(?=[0-9A-Za-z])(?:"
    + r"(?P<iso>(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d))(?![\d-])"
    + rf"|(?P<explicit>{_WEEKDAY_PREFIX}(?:"
    + rf"(?P<mdy_m>{_MONTH_ANY})\s*(?P<mdy_d>{_DAY}),?\s+(?P<mdy_y>{_YEAR})"
    + rf"|(?:the\s+)?(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{_MONTH_ANY}),?\s+(?P<dmy_y>{_YEAR})"
    + rf"|(?P<md_m>{_MONTH_ANY})\s*(?P<md_d>{_DAY})"
    + rf"|(?:the\s+)?(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH_ANY})))"
    + rf"|(?P<my>(?P<my_m>{_MONTH_FULL}),?\s+(?P<my_y>{_YEAR}))"
    # "last November" (not "last November 3", an explicit date found at "November")
    + r"|(?P<lm>(?P<lm_mod>last|this\s+past|next|this\s+coming)\s+"
    + rf"(?P<lm_m>{_MONTH_FULL}))(?!\s*\d)"
    + r"|(?P<we>(?P<we_mod>last|this\s+past|past|this\s+coming|coming|this|next|over\s+the"
    + r"|during\s+the|at\s+the)\s+weekend)"
    + r"|(?P<season>(?P<season_mod>last|this\s+past|this)\s+(?P<season_name>spring|summer|fall"
    + r"|autumn))"
    + r"|(?P<decade>the\s+(?:(?:early|late|mid)[\s-]+)?(?P<decade_y>(?:19|20)\d0)'?s)"
    + r"|(?P<past>(?:in|over|during|for)\s+the\s+(?:past|last)\s+(?:decade|(?:\d{1,3}|few"
    + rf"|several|{_COUNT_WORDS})\s+(?:years|decades))|in\s+recent\s+years)"
    + r"|(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today"
    + r"|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))"
    + r"|(?P<span>(?P<span_mod>earlier\s+this|later\s+this|this\s+past|this\s+coming|last|next"
    + rf"|this|past|coming)\s+(?P<span_unit>{_UNIT}))"
    # "a week earlier", "two years before.", "the previous month": a time counted back from another
    # act of the story, itself no later than the article: on or before that many units before it
    + r"|(?P<earlier>(?:(?P<earlier_n>"
    + rf"{_AGO_COUNT}|several|a\s+few|few|many)\s+)?(?P<earlier_unit>day|week|month|year)"
    + r"(?P<earlier_s>s)?\s+"
    + r"(?:earlier|before(?=\s*[,.;:)]|\s*$))"
    + r"|the\s+(?:previous|preceding)\s+(?P<earlier_prev>week|month|year)"
    + r"|the\s+(?P<earlier_unit_before>week|month|year)\s+before(?=\s*[,.;:)]|\s*$))"
    + r"|(?P<ago>(?P<ago_more>(?:more\s+than|over|at\s+least)\s+)?"
    + rf"(?P<ago_n>{_AGO_COUNT})\s+(?P<ago_unit>day|week|month|year)s?\s+ago)"
    + r"|(?P<wd>(?:(?P<wd_mod>this\s+past|this\s+coming|last|next|this|coming|past)\s+)?"
    + rf"(?P<wd_day>{_WEEKDAY}))"
    + rf"|(?P<month>{_MONTH_FULL})"
    + rf"|(?P<year>{_YEAR})"
    + rf"|(?P<nth>the\s+(?P<nth_d>{_DAY})(?<=st|nd|rd|th))"
    + r")\b",
    re.IGNORECASE,
)


# nouns an ordinal counts that make "the 21st" no day of a month
_ORDINAL_NOUN_RE = re.compile(
    r"[\s-]+(?:centur(?:y|ies)|anniversary|birthday|amendment|floor|street|avenue|district|"
    r"precinct|army|division|brigade|battalion|regiment|fleet|corps|congress|party|time|round|"
    r"stage|place|straight|consecutive|day|week|month|year|annual|edition|session|summit)\b",
    re.IGNORECASE,
)


# Every pattern contains a digit, one of these lowercased words, or a capitalised month: most
# sentences have none, and substring tests rule them out ten times faster than the full expression.
_TRIGGER_WORDS = (
    "day",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "tomorrow",
    "decade",
    "spring",
    "summer",
    "fall",
    "autumn",
)
_TRIGGER_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_DIGIT_RE = re.compile(r"\d")


def _may_have_date(sentence: str) -> bool:
    lowered = sentence.lower()
    return (
        any(word in lowered for word in _TRIGGER_WORDS)
        or any(month in sentence for month in _TRIGGER_MONTHS)
        or _DIGIT_RE.search(sentence) is not None
    )


def find_dates(
    sentence: str, article_date: dt.date | None, *, future: bool = False
) -> list[DateMention]:
    """Every date expression in ``sentence`` that resolves, in order (rules: module docstring)."""
    if not _may_have_date(sentence):
        return []
    mentions: list[DateMention] = []
    for match in _DATE_RE.finditer(sentence):
        resolved = _resolve(match, sentence, article_date, future)
        if resolved is None:
            continue
        group, date, precision = resolved
        start, end = match.span(group)
        mentions.append(DateMention(sentence[start:end], start, end, date, precision))
    return mentions


_Resolved = tuple[str, dt.date, str]


def _resolve(
    match: re.Match[str], sentence: str, article: dt.date | None, future: bool
) -> _Resolved | None:
    if match["month"] or match["year"] or match["nth"]:
        window_start = max(0, match.start() - _PREPOSITION_WINDOW)
        # pos/endpos rather than a slice: \b then still sees the character before the window.
        preposition = _PREPOSITION_RE.search(sentence, window_start, match.start())
        if preposition is None:
            return None  # "Theresa May", "2000 people", "the 2nd battalion"
        if match["year"] and _words(preposition[0]).rstrip("-") not in _YEAR_PREPOSITIONS:
            return None  # "and 2000 people", "a total of 1950": counts, not years
    if match["nth"] and _ORDINAL_NOUN_RE.match(sentence, match.end()):
        return None  # "the 21st century", "the 2nd battalion": an ordinal of a noun, no day
    if match["rel"] and _MASTHEAD_RE.search(sentence, 0, match.start()):
        return None  # "USA Today", "Russia Today" are newspapers and channels
    try:
        return _resolve_unchecked(match, article, future)
    except (ValueError, OverflowError):
        # A date that does not exist (February 30) or arithmetic past year 1 or 9999.
        return None


def _resolve_unchecked(
    match: re.Match[str], article: dt.date | None, future: bool
) -> _Resolved | None:
    if match["iso"]:
        day = dt.date(int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"]))
        return "iso", day, "day"
    if match["mdy_y"]:
        day = dt.date(int(match["mdy_y"]), _month(match["mdy_m"]), _day(match["mdy_d"]))
        return "explicit", day, "day"
    if match["dmy_y"]:
        day = dt.date(int(match["dmy_y"]), _month(match["dmy_m"]), _day(match["dmy_d"]))
        return "explicit", day, "day"
    if match["my"]:
        return "my", dt.date(int(match["my_y"]), _month(match["my_m"]), 1), "month"
    if match["year"]:
        return "year", dt.date(int(match["year"]), 1, 1), "year"
    if match["decade"]:
        return "decade", dt.date(int(match["decade_y"]), 1, 1), "decade"
    if article is None:
        return None
    if match["md_m"]:
        found = _nearest_year(_month(match["md_m"]), _day(match["md_d"]), article, future)
        return ("explicit", found, "day") if found else None
    if match["dm_m"]:
        found = _nearest_year(_month(match["dm_m"]), _day(match["dm_d"]), article, future)
        return ("explicit", found, "day") if found else None
    if match["rel"]:
        return "rel", _relative_day(match["rel"], article), "day"
    if match["lm"]:
        return "lm", _modified_month(match["lm_mod"], _month(match["lm_m"]), article), "month"
    if match["we"]:
        return "we", _weekend(match["we_mod"], article, future), "week"
    if match["season"]:
        year = _season_year(match["season_mod"], match["season_name"], article)
        return ("season", dt.date(year, 1, 1), "year") if year else None
    if match["past"]:
        return "past", article, "before"
    if match["span"]:
        return _span(match["span_mod"], match["span_unit"], article)
    if match["earlier"]:
        return _earlier(match, article)
    if match["ago"]:
        if match["ago_more"]:
            return _more_than_ago(match["ago_n"], match["ago_unit"], article)
        return _ago(match["ago_n"], match["ago_unit"], article)
    if match["wd"]:
        return "wd", _weekday(match["wd_mod"], match["wd_day"], article, future), "day"
    if match["month"]:
        return "month", _bare_month(_month(match["month"]), article, future), "month"
    if match["nth"]:
        found = _nth_day(_day(match["nth_d"]), article, future)
        return ("nth", found, "day") if found else None
    return None


def _month(text: str) -> int:
    key = text.lower().rstrip(".")
    if key in _MONTH_ABBREVIATIONS:
        return _MONTH_ABBREVIATIONS[key]
    return _MONTHS.index(key) + 1


def _day(text: str) -> int:
    return int(text.rstrip("stndrhSTNDRH"))


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def _relative_day(text: str, article: dt.date) -> dt.date:
    offsets = {
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "yesterday": -1,
        "last night": -1,
        "tomorrow": 1,
    }
    return article + dt.timedelta(days=offsets.get(_words(text), 0))


def _period_start(unit: str, day: dt.date) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _shift_period(unit: str, start: dt.date, steps: int) -> dt.date:
    if unit == "week":
        return start + dt.timedelta(weeks=steps)
    if unit == "month":
        months = start.year * 12 + start.month - 1 + steps
        return dt.date(months // 12, months % 12 + 1, 1)
    return dt.date(start.year + steps, 1, 1)


_SUNDAY = 6


def _span(modifier: str, unit_text: str, article: dt.date) -> _Resolved:
    unit = unit_text.lower()
    steps = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}
    step = steps.get(_words(modifier), 0)
    if unit == "week" and step == -1 and article.weekday() == _SUNDAY:
        step = 0  # a Sunday paper's "last week" is the week that ends that day
    start = _shift_period(unit, _period_start(unit, article), step)
    return "span", start, unit


def _modified_month(modifier: str, month: int, article: dt.date) -> dt.date:
    """ "last November": the most recent November before the article's month; "next November" the
    first after it."""
    if _words(modifier) in ("next", "this coming"):
        year = article.year if month > article.month else article.year + 1
    else:
        year = article.year if month < article.month else article.year - 1
    return dt.date(year, month, 1)


def _weekend(modifier: str, article: dt.date, future: bool) -> dt.date:
    """The Monday of the week that holds the weekend: "last weekend" the latest one that has ended
    by the article's day (a Sunday's own weekend), "next weekend" the one after the coming one;
    "this weekend" and "over the weekend" the latest one (``future``: the coming one)."""
    mod = _words(modifier)
    week = _period_start("week", article)
    ended = week if article.weekday() == _SUNDAY else week - dt.timedelta(weeks=1)
    if mod in ("last", "past", "this past"):
        return ended
    if mod == "next":
        return week + dt.timedelta(weeks=1)
    if mod in ("coming", "this coming") or future:
        return week
    return week if article.weekday() >= _SUNDAY - 1 else ended


def _count(count_text: str) -> int:
    count_key = count_text.lower()
    return _NUMBER_WORDS[count_key] if count_key in _NUMBER_WORDS else int(count_key)


def _more_than_ago(count_text: str, unit: str, article: dt.date) -> _Resolved | None:
    """ "more than 20 years ago": on or before the day 20 years before the article."""
    day = _units_before(_count(count_text), unit.lower(), article)
    return None if day is None else ("ago", day, "before")


def _units_before(count: int, unit: str, article: dt.date) -> dt.date | None:
    """The day ``count`` units before the article (None past _MAX_AGO)."""
    if count > _MAX_AGO[unit]:
        return None
    if unit == "day":
        return article - dt.timedelta(days=count)
    if unit == "week":
        return article - dt.timedelta(weeks=count)
    months = article.year * 12 + article.month - 1 - count * (12 if unit == "year" else 1)
    year, month = divmod(months, 12)
    last_day = (_shift_period("month", dt.date(year, month + 1, 1), 1) - dt.timedelta(days=1)).day
    return dt.date(year, month + 1, min(article.day, last_day))


def _earlier(match: re.Match[str], article: dt.date) -> _Resolved | None:
    """ "a week earlier", "months earlier", "the previous year": counted back from another act of
    the story, no later than the article, so on or before that many units before the article
    (``before``); days only from four on ("a day earlier" may be the day's news)."""
    unit = (match["earlier_unit"] or match["earlier_prev"] or match["earlier_unit_before"]).lower()
    count_text = (match["earlier_n"] or "").lower()
    if not count_text:
        count = 2 if match["earlier_s"] else 1  # "months earlier": two at least
    elif _words(count_text) in ("several", "a few", "few", "many"):
        count = 2
    else:
        count = _count(count_text)
    if unit == "day" and count < 4:
        return None
    day = _units_before(count, unit, article)
    return None if day is None else ("earlier", day, "before")


def _ago(count_text: str, unit: str, article: dt.date) -> _Resolved | None:
    count = _count(count_text)
    unit = unit.lower()
    if count > _MAX_AGO[unit]:
        return None
    if unit == "day":
        return "ago", article - dt.timedelta(days=count), "day"
    return "ago", _shift_period(unit, _period_start(unit, article), -count), unit


def _weekday(modifier: str | None, name: str, article: dt.date, future: bool) -> dt.date:
    target = _WEEKDAYS.index(name.lower())
    back = (article.weekday() - target) % 7
    ahead = (target - article.weekday()) % 7
    mod = _words(modifier) if modifier else ""
    if mod in ("last", "past", "this past"):
        return article - dt.timedelta(days=back or 7)
    if mod in ("next", "coming", "this coming"):
        return article + dt.timedelta(days=ahead or 7)
    return article + dt.timedelta(days=ahead) if future else article - dt.timedelta(days=back)


def _nearest_year(month: int, day: int, article: dt.date, future: bool) -> dt.date | None:
    """The valid date (month, day) closest on or before ``article`` (``future``: on or after)."""
    step = 1 if future else -1
    years = range(article.year, article.year + 9 * step, step)  # 9 years reach a February 29
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # February 29 outside a leap year; never valid for February 30
        if (candidate >= article) if future else (candidate <= article):
            return candidate
    return None


# the months a season spans (a winter spans two years: not read); its last month
_SEASON_END = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11}


def _season_year(modifier: str, name: str, article: dt.date) -> int | None:
    """The year of "last summer" (the most recent summer over by the article's date), "this
    summer" (the article's year's, if it has begun by then); None otherwise."""
    end = _SEASON_END[name.lower()]
    if _words(modifier) == "this":
        return article.year if article.month >= end - 2 else None
    return article.year if article.month > end else article.year - 1


def _bare_month(month: int, article: dt.date, future: bool) -> dt.date:
    if future:
        year = article.year if month >= article.month else article.year + 1
    else:
        year = article.year if month <= article.month else article.year - 1
    return dt.date(year, month, 1)


def _nth_day(day: int, article: dt.date, future: bool) -> dt.date | None:
    step = 1 if future else -1
    first = article.replace(day=1)
    for offset in range(13):
        start = _shift_period("month", first, step * offset)
        try:
            candidate = start.replace(day=day)
        except ValueError:
            continue  # the 31st of a 30-day month
        if (candidate >= article) if future else (candidate <= article):
            return candidate
    return None


@dataclass(frozen=True)
class EventDate:
    """An event's date, how precisely it is known (``PRECISIONS``), where it comes from
    (``DATE_SOURCES``) and the words that gave it (None: the article's date). All None when the
    article has no date."""

    date: dt.date | None
    precision: str | None = None
    source: str | None = None
    text: str | None = None


# a verb whose complement is the event may date it by its own clause when the event is an intent
# or a threat: "said on Monday it will meet", "threatened on Friday to strike"
_EXPRESSING_DEPS = frozenset({"xcomp", "ccomp"})
# how many clauses up an event may look for its time ("saying ... and accusing" under "spoke")
_MAX_LINKS = 4


def event_date(event: Token, article_date: dt.date | None, *, intended: bool = False) -> EventDate:
    """The date of the event whose verb (or nominal trigger) is ``event``.

    A time expression of the event's own clause (``clause.in_own_clause``), resolved against the
    article's date, dates it. Without one, the clause it hangs on does (``clause.time_link``: a
    participle, a purpose clause or a coordinated verb takes its head's time; a relative clause on
    a time takes that time; "one day after troops killed" counts back from the head's time), or a
    measured clause of its own ("sued hours after the president announced it on November 20").
    Else, when words of its clause place the act before the story's time ("had fired",
    "previously"; ``clause.background_cue``), it is dated ``before`` the article; else on the
    article's date. Never a time said in a relative or complement clause, another sentence or the
    title. A date after the article's is never an event's: a reported act happened by then, and an
    intent or a threat (``intended``: the verb is what is intended, as in "will meet next week") is
    dated when it was expressed, by the clause of the verb that expresses it ("said on Monday it
    will ...") or else the article's date."""
    if article_date is None:
        return EventDate(None)
    return _dated(event, article_date, intended, _MAX_LINKS)


def _dated(event: Token, article_date: dt.date, intended: bool, hops: int) -> EventDate:
    return _found_date(event, article_date, intended, hops) or EventDate(
        article_date, "day", "article", None
    )


def _found_date(event: Token, article_date: dt.date, intended: bool, hops: int) -> EventDate | None:
    """What the sentence says of the event's time, in order of trust; None: nothing."""
    shown = _depicted(event, article_date)
    if shown is not None:
        return shown
    # a date premodifying an event noun is its own, before any of the clause ("the September 11,
    # 2012, attacks ... this week")
    placed = _premodifier_date(event, article_date) or _own_date(event, article_date, intended)
    if placed is None:
        placed = (
            _closing_date(event, article_date)
            or _occasion_date(event, article_date)
            or _caption_head_date(event, article_date)
            or _just_before(event, article_date, hops)
        )
    if placed is not None:
        return placed
    for measured in measured_clauses(event):
        found = _measured(measured, article_date, toward_event=True)
        if found is not None:
            return found
    for conjunct in shared_subject_conjuncts(event):
        found = _own_date(conjunct, article_date, False)
        if found is not None:
            return found
    link = time_link(event) if hops > 0 else None
    if link is not None:
        found = _linked(link, article_date, hops - 1)
        if found is not None:
            return found
    after = _after_past_time(event, article_date)
    if after is not None:
        return after
    cue = background_cue(event)
    if cue is not None:
        return EventDate(article_date, "before", "article", cue)
    return None


def _own_date(event: Token, article_date: dt.date, intended: bool) -> EventDate | None:
    own = _clause_mentions(event, event, article_date, intended)
    if not own and intended and event.dep_ in _EXPRESSING_DEPS:
        speaker = governing_verb(event)
        if speaker is not None:
            own = _clause_mentions(speaker, speaker, article_date, False)
    if not own:
        return None
    best = min(own, key=lambda m: abs(m.start - event.idx))
    return EventDate(best.date, best.precision, "clause", best.text)


# what may stand between a date and the event noun it premodifies ("the September 11, 2012,
# terrorist attacks", "Sunday's bombing"): adjectives, nouns, commas, hyphens, a possessive
_PREMODIFIER_TAGS = frozenset({"JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", ",", "POS", "VBN"})
_CLOSING = frozenset({".", "!", '"', "\u201d", "'", ")"})


# a day named without its year that premodifies an event noun: within this many days before the
# article it is taken as that day, further back as an upper bound (_premodifier_date)
_YEARLESS_NAME_DAYS = 60
_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")


def _premodifier_date(event: Token, article_date: dt.date) -> EventDate | None:
    """A date that premodifies an event noun ("the September 11, 2012, terrorist attacks", "the
    2012 attack"), read in the words' order, as the parser may hang it elsewhere. A year of the
    article's own year is still only that year."""
    if not event.tag_.startswith("NN"):
        return None
    doc = event.doc
    for mention in _sentence_dates(doc.text, article_date, False):
        if mention.end > event.idx or mention.date > article_date:
            continue
        between = [t for t in doc if mention.end <= t.idx < event.idx]
        if all(t.tag_ in _PREMODIFIER_TAGS for t in between):
            if (
                mention.precision == "day"
                and not _YEAR_IN_TEXT.search(mention.text)
                and mention.date < article_date - dt.timedelta(days=_YEARLESS_NAME_DAYS)
            ):
                # "the Sept. 11 terrorist attacks" in a January paper: a day named without its
                # year, months back, may be of any earlier year; the latest such day is an upper
                # bound, not the day
                return EventDate(mention.date, "before", "clause", mention.text)
            return EventDate(mention.date, mention.precision, "clause", mention.text)
    # a bare year after "the" or a possessive: "the 2012 attack", "Iran's 2009 crackdown"
    tok = event.i - 1
    while tok > 0 and doc[tok].tag_ in _PREMODIFIER_TAGS - {","}:
        tok -= 1
    year = _bare_year(doc[tok])
    if (
        tok > 0
        and year is not None
        and year.year <= article_date.year
        and doc[tok - 1].tag_ in ("DT", "POS", "PRP$")
    ):
        return EventDate(year, "year", "clause", doc[tok].text)
    return None


def _bare_year(tok: Token) -> dt.date | None:
    """1 January of the year a number token names ("2012" in "the 2012 attack"), if it is one."""
    text = tok.text
    if tok.tag_ == "CD" and len(text) == 4 and text.isdigit() and int(text) >= 1900:
        return dt.date(int(text), 1, 1)
    return None


def _depicted(event: Token, article_date: dt.date) -> EventDate | None:
    """An act an image shows ("A photo released ... on Thursday, January 23, shows the leader
    inspecting", "meets pilots in this undated photo released on Monday"): on or before the
    image's release, dated ``before`` the release's date, or the article's for an undated image;
    an image with neither says nothing of its act's time."""
    images = table("IMAGE_NOUNS")
    image = None
    head = event.head
    if (
        event.dep_ in ("ccomp", "xcomp", "dobj", "acl")
        and table("DEPICT_VERBS").matches(head) is not None
    ):
        image = next(
            (c for c in head.children if c.dep_ == "nsubj" and images.matches(c) is not None), None
        )
    if image is None:
        image = next(
            (
                t
                for t in event.subtree
                if t.dep_ == "pobj"
                and t.head.text.lower() in ("in", "on")
                and images.matches(t) is not None
                and in_own_clause(t, event)
            ),
            None,
        )
    if image is None:
        return None
    doc = event.doc
    start, end = image.left_edge.idx, image.right_edge.idx + len(image.right_edge)
    released = [
        m
        for m in _sentence_dates(doc.text, article_date, False)
        if start <= m.start and m.end <= end and m.date <= article_date
    ]
    if released:
        first = min(released, key=lambda m: m.start)
        return EventDate(first.date, "before", "clause", first.text)
    undated = next((c for c in image.children if c.text.lower() == "undated"), None)
    if undated is not None:  # "in this undated photo": before the article, when unknown
        return EventDate(article_date, "before", "article", undated.text)
    return None  # "video footage shows soldiers beating ...": most often the day's news


_PAST_DAYS = 31  # an earlier time this far before the article is the story's background


def _after_past_time(event: Token, article_date: dt.date) -> EventDate | None:
    """ "Following the riots in 1992, Congress empowered ...": the act came after a time well
    before the article's, how long after the words do not say; dated ``before`` the article."""
    if not is_verb(event):
        return None
    doc = event.doc
    for prep in event.children:
        if prep.dep_ != "prep" or table("AFTER_PREPS").matches(prep) is None:
            continue
        start, end = prep.idx, prep.right_edge.idx + len(prep.right_edge)
        times = [
            m.date
            for m in _sentence_dates(doc.text, article_date, False)
            if start <= m.start and m.end <= end
        ]
        times += [year for t in prep.subtree if (year := _bare_year(t)) is not None]
        if times and max(times) < article_date - dt.timedelta(days=_PAST_DAYS):
            return EventDate(
                article_date, "before", "article", doc[prep.i : prep.right_edge.i + 1].text
            )
    return None


_OCCASION_PREPS = frozenset({"in", "at", "during"})


def _occasion_date(event: Token, article_date: dt.date) -> EventDate | None:
    """The time of the occasion the act was done at (OCCASION_NOUNS): "mentioned it in an
    interview that aired Friday", "In the 2016 election, officials charged ..." (a year naming
    the occasion)."""
    if not is_verb(event):
        return None
    occasions = table("OCCASION_NOUNS")
    doc = event.doc
    # the PP may hang on the verb or, as the parser often has it, on its object or deeper in the
    # object's phrase ("mentioned Russia's efforts to interfere in the election in a Fox and
    # Friends interview that aired Friday"): any of the event's own clause
    for prep in event.subtree:
        if (
            prep.dep_ != "prep"
            or prep.text.lower() not in _OCCASION_PREPS
            or prep.i == event.i
            or not in_own_clause(prep, event)
        ):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or occasions.matches(noun) is None:
                continue
            for mention in _sentence_dates(doc.text, article_date, False):
                if mention.date <= article_date and _said_of(noun, mention):
                    return EventDate(mention.date, mention.precision, "clause", mention.text)
            year = _premodifier_date(noun, article_date)
            if year is not None:
                return year
    return None


# words between an occasion and its time: "an interview that aired Friday", "a speech on Monday"
_OCCASION_LINK_WORDS = frozenset({"that", "which", "was", "were", "on", "at", "in", "last"})
_OCCASION_LINK_TAGS = frozenset({"VBD", "VBN", "DT", "NNP"})


def _said_of(noun: Token, mention: DateMention) -> bool:
    """Whether a date mention tells the occasion's time: in the noun's phrase, or right after it
    across a relative clause's few words (which the parser may hang elsewhere)."""
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    if start <= mention.start and mention.end <= end:
        return True
    if mention.start <= noun.idx:
        return False
    between = [t for t in noun.doc if noun.idx < t.idx < mention.start]
    return len(between) <= 5 and all(
        t.text.lower() in _OCCASION_LINK_WORDS or t.tag_ in _OCCASION_LINK_TAGS for t in between
    )


def _caption_head_date(event: Token, article_date: dt.date) -> EventDate | None:
    """A purpose or participle clause under a caption's present tense with a calendar date
    ("Obama and Merkel sit together September 4 to discuss Ukraine"): that date. A present with
    only a weekday may speak of what lies ahead ("are due back on Thursday to discuss")."""
    head = event.head
    if event.dep_ not in ("advcl", "xcomp") or head.tag_ not in ("VBZ", "VBP"):
        return None
    own = _clause_mentions(head, head, article_date, False)
    dated = [m for m in own if m.precision == "day" and any(c.isdigit() for c in m.text)]
    if not dated:
        return None
    return EventDate(dated[0].date, dated[0].precision, "clause", dated[0].text)


def _just_before(event: Token, article_date: dt.date, hops: int) -> EventDate | None:
    """An act done before a clause of its own dated well before the article ("Just before
    millions gathered to march ... on October 1, the ministers huddled"): on or before that
    time, dated ``before`` it. Before a time of the article's own days it says nothing."""
    recent = article_date - dt.timedelta(days=3)
    for child in event.children:
        if child.dep_ != "advcl":
            continue
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        if mark is None or mark.text.lower() != "before":
            continue
        found = _found_date(child, article_date, False, max(0, hops - 1))
        if found is not None and found.date is not None and found.precision == "day":
            if found.date < recent:
                return EventDate(found.date, "before", "clause", found.text)
    return None


def _closing_date(event: Token, article_date: dt.date) -> EventDate | None:
    """The date a caption or a dateline closes its sentence with, after a comma ("Kim bids
    farewell to Moon ..., South Korea, April 27, 2018."): the date of the sentence's main verb."""
    if event.dep_ != "ROOT":
        return None
    text = event.doc.text
    for mention in _sentence_dates(text, article_date, False):
        rest = text[mention.end :].strip()
        if (
            all(c in _CLOSING for c in rest)
            and text[: mention.start].rstrip().endswith(",")
            and mention.date <= article_date
        ):
            return EventDate(mention.date, mention.precision, "clause", mention.text)
    return None


def _linked(link: TimeLink, article_date: dt.date, hops: int) -> EventDate | None:
    if link.kind == "same":
        return _found_date(link.anchor, article_date, False, hops)
    if link.kind == "time":
        anchor = link.anchor
        for mention in _sentence_dates(anchor.doc.text, article_date, False):
            if mention.start <= anchor.idx < mention.end and mention.date <= article_date:
                return EventDate(mention.date, mention.precision, "clause", mention.text)
        return None
    if link.kind == "since":
        head = _dated(link.anchor, article_date, False, hops)
        text = head.text if head.source == "clause" else link.word
        return EventDate(head.date, "before", head.source, text)
    return _measured(link, article_date, toward_event=False, hops=hops)


def _measured(
    link: TimeLink, article_date: dt.date, *, toward_event: bool, hops: int = 0
) -> EventDate | None:
    """A time counted from another clause's: the event's clause hangs on ``link.anchor`` ("one day
    after troops killed": the killing is a day before the head's time), or, ``toward_event``,
    ``link.anchor`` is a clause of the event's own ("sued hours after he announced it on
    November 20": the suit is hours after the announcement's time, which its clause must give)."""
    measure = _measure(link.measure) if link.measure is not None else None
    if measure is None and toward_event:
        return None
    if toward_event:
        base = _own_date(link.anchor, article_date, False)
        sign = 1 if link.kind == "after" else -1
    else:
        base = _dated(link.anchor, article_date, False, hops)
        sign = -1 if link.kind == "after" else 1
    if base is None or base.date is None:
        return None
    if base.precision in ("week", "month", "year", "decade"):
        return base  # "in April after Trump ordered": the measured time is in the same period
    if measure is None or base.precision != "day":
        return None  # a day, but not how far from it ("arrested on Monday after he stabbed")
    count, unit = measure
    date, precision = _shift(base.date, sign * count, unit)
    if date > article_date:
        return None
    text = base.text if toward_event else link.word
    return EventDate(date, precision, "clause", text)


def _measure(unit_token: Token) -> tuple[int, str] | None:
    """(count, unit) of "one day", "72 hours", "minutes" (any number of minutes or hours below a
    day counts as the same day); None when the count is not given ("days after")."""
    unit = measure_unit(unit_token)
    if unit is None:
        return None
    count = None
    for child in unit_token.children:
        key = child.text.lower()
        if child.dep_ == "nummod" and key.isdigit():
            count = int(key)
        elif child.dep_ in ("nummod", "det") and key in _NUMBER_WORDS:
            count = _NUMBER_WORDS[key]
    if count is None:
        if unit not in ("minute", "hour"):
            return None
        count = 1
    return count, unit


def _shift(day: dt.date, count: int, unit: str) -> tuple[dt.date, str]:
    """``day`` moved by ``count`` units (negative: back), with the precision that stays true."""
    if unit == "minute":
        return day, "day"
    if unit == "hour":
        return day + dt.timedelta(days=int(count / 24)), "day"
    if unit == "day":
        return day + dt.timedelta(days=count), "day"
    if unit == "week":
        return _period_start("week", day + dt.timedelta(weeks=count)), "week"
    return _shift_period(unit, _period_start(unit, day), count), unit


def _clause_mentions(
    anchor: Token, event: Token, article_date: dt.date, future: bool
) -> list[DateMention]:
    doc = anchor.doc
    starts = [t.idx for t in doc]
    found = []
    forward: dict[int, DateMention] | None = None
    for mention in _sentence_dates(doc.text, article_date, future):
        first = max(0, bisect.bisect_right(starts, mention.start) - 1)
        last = max(first, bisect.bisect_left(starts, mention.end) - 1)
        tokens = [doc[i] for i in range(first, last + 1)]
        root = next((t for t in tokens if not first <= t.head.i <= last), tokens[-1])
        if not in_own_clause(root, event):
            continue
        if _dates_another_act(root, event):
            continue
        if _since_phrase(root):
            # "have applied since 2010", "the deadliest use since the 1980s": the start of a
            # period running to the story's time, not the act's
            continue
        if not future and forward_preposition(root, event):
            # "postponed until August 17": the later date, read forward from the article
            if forward is None:
                forward = {m.start: m for m in _sentence_dates(doc.text, article_date, True)}
            mention = forward.get(mention.start, mention)
        if mention.date > article_date:
            continue  # the time of what is intended, announced or put off, not of the act coded
        found.append(mention)
    return found


def _dates_another_act(root: Token, event: Token) -> bool:
    """Whether a time mention premodifies a noun of the event's object or of a phrase after it,
    not the event itself ("praised the forces involved in Saturday's killing", "marked the
    September 11 attacks"): that noun's time, not the event's. A time on the subject's noun
    ("Tuesday's talks ended") is the clause's."""
    noun = root.head
    word = noun.text.upper()
    return (
        root.dep_ in ("poss", "compound", "nmod", "amod")
        and noun.i != event.i
        and noun.tag_.startswith("NN")
        and noun.dep_ not in ("nsubj", "nsubjpass")
        and noun.i > event.i
        # "on Monday morning": the noun is part of the time
        and word not in table("TIME_WORDS")
        and word not in table("TIME_NOUNS")
    )


def _since_phrase(root: Token) -> bool:
    """Whether a time mention (its root token) is the object of "since"."""
    node = root
    for _ in range(4):  # the mention, its noun ("the 1980s Iran-Iraq War"), the preposition
        if node.lower_ == "since" and node.dep_ in ("prep", "mark"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


@functools.lru_cache(maxsize=256)
def _sentence_dates(text: str, article_date: dt.date, future: bool) -> tuple[DateMention, ...]:
    return tuple(find_dates(text, article_date, future=future))
