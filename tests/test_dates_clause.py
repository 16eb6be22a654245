"""Which time dates an event (issue 13): its own clause's, else the clause it hangs on (a
participle, a purpose clause, a coordinated verb, a relative clause on a time, "one day after"),
else the article's day, or "before" the article when the clause places the act earlier without a
time. Sentences written for these tests, parsed by the shipped pipeline."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import pytest

from eventscribe.coding.dates import EventDate, event_date

pytestmark = pytest.mark.issue(13)

THU = dt.date(2023, 11, 23)  # Thursday 23 November 2023


@functools.cache
def _nlp() -> Any:
    from eventscribe.nlp import load_nlp

    return load_nlp()


def _date(text: str, verb: str, article: dt.date = THU, *, intended: bool = False) -> EventDate:
    doc = _nlp()(text)
    tokens = [t for t in doc if t.text == verb]
    assert len(tokens) == 1, (text, verb)
    return event_date(tokens[0], article, intended=intended)


def _day(text: str, verb: str, article: dt.date = THU) -> tuple[dt.date | None, str | None]:
    found = _date(text, verb, article)
    return found.date, found.precision


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # a participle after its head takes the head's time
        ("On Monday, troops stormed the village, killing five people.", "killing",
         dt.date(2023, 11, 20)),
        ("On September 13, 2011, gunmen attacked the embassy in Kabul, killing five guards.",
         "killing", dt.date(2011, 9, 13)),
        # a purpose clause
        ("Security forces deployed snipers Wednesday to break up the sit-in.", "break",
         dt.date(2023, 11, 22)),
        # a participle coordinated with another, under a head dated by a phrase of its clause
        ("At a news conference Tuesday, the president spoke for an hour, saying the rioters were "
         "criminals and accusing them of looting.", "accusing", dt.date(2023, 11, 21)),
        # a coordinated verb sharing the subject
        ("Rebels attacked the base on Monday and seized its weapons.", "seized",
         dt.date(2023, 11, 20)),
        # a clause of the same time ("when") takes its head's time
        ("Residents fled on Monday when troops stormed the village.", "stormed",
         dt.date(2023, 11, 20)),
        # a relative clause on a time takes that time
        ("The ministry announced the payment on November 2, the same day that the rebels released "
         "ten hostages.", "released", dt.date(2023, 11, 2)),
        ("The first was in 2004, when the secretary accused Sudan of genocide.", "accused",
         dt.date(2004, 1, 1)),
        # "N units after": counted back from the head's time
        ("Mourners buried the dead on Tuesday, one day after troops killed ten protesters.",
         "killed", dt.date(2023, 11, 20)),
        ("The army shelled the town on November 20, two days after rebels seized it.", "seized",
         dt.date(2023, 11, 18)),
        # "after" without a measure, under a head dated to a month: that month
        ("The army threatened to close the hotline in April after the president ordered a strike.",
         "ordered", dt.date(2023, 4, 1)),
        # a verb coordinated with one that shares its subject and gives a time
        ("The president defended the deal and said on Sunday more details would follow.",
         "defended", dt.date(2023, 11, 19)),
        # and the head counted forward from its clause's time
        ("The sheriff sued the government hours after the president announced the policy on "
         "November 20.", "sued", dt.date(2023, 11, 20)),
    ],
)  # fmt: skip
def test_dates_clause_takes_the_time_of_the_clause_it_hangs_on(
    text: str, verb: str, expected: dt.date
) -> None:
    found = _date(text, verb)
    assert (found.date, found.source) == (expected, "clause"), found


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a time inside a relative or another finite clause never dates the head verb
        ("The convoy that left on Monday was attacked near the border.", "attacked"),
        ("The minister, who met the envoy on Monday, criticized the plan.", "criticized"),
        ("Police arrested the man who stabbed two people on Monday.", "arrested"),
        # nor does the time of a saying date what is said
        ("Officials said on Monday that troops attacked the village.", "attacked"),
        # a clause with no time under a head with no time
        ("Troops stormed the village, killing five people.", "killing"),
        # a clause of cause or condition is no clause of the same time
        ("Troops stormed the village on Monday because rebels attacked a checkpoint.", "attacked"),
        # a coordinated verb with its own subject says nothing of this verb's time
        ("Rebels attacked the base and the army retaliated on Monday.", "attacked"),
        # nor does the clause it is coordinated with when it has a subject of its own
        ("The premier had hoped for a deal, but lawmakers rejected it.", "rejected"),
        # "after" without a measure: the order is known, not the day
        ("Police arrested the man on Monday after he stabbed two people.", "stabbed"),
        # a head in the present or the future: its time may lie ahead
        ("The leaders are due back on Thursday, having visited Panama and Portugal.", "visited"),
        ("Talks could stall until Tuesday, when the president arrives in Moscow.", "arrives"),
        # a time premodifying a noun after the verb is that noun's act's (fourteenth session)
        ("Bush praised the troops involved in Monday's raid on the compound.", "praised"),
        ("The senator criticized Tuesday's vote in the House.", "criticized"),
    ],
)
def test_dates_clause_time_of_another_clause_does_not_date_it(text: str, verb: str) -> None:
    assert _day(text, verb) == (THU, "day")


@pytest.mark.parametrize(
    ("text", "verb", "cue"),
    [
        # past perfect: an act before the story's time
        ("The agency had fired the analyst after he leaked the report.", "fired", "had"),
        ("Rebels had been blamed for the massacre.", "blamed", "had"),
        # adverbs that place the act earlier
        ("Republican senators previously questioned the secretary over the attack.",
         "questioned", "previously"),
        ("Rebels formerly controlled the whole province.", "controlled", "formerly"),
        # a "then-" title: the act belongs to the time the person held it
        ("Then-Secretary of State Colin Powell accused Sudan of genocide.", "accused", "Then-"),
        # an act since which something holds
        ("Prices have tripled since rebels seized the port.", "seized", "since"),
        # a participle under such a clause
        ("Rebels had stormed the village, killing five people.", "killing", "had"),
    ],
)  # fmt: skip
def test_dates_clause_background_act_is_before_the_article(text: str, verb: str, cue: str) -> None:
    found = _date(text, verb)
    assert (found.date, found.precision, found.source) == (THU, "before", "article"), found
    assert found.text == cue


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # the day's news stays on the article's day
        ("Troops killed five protesters in the capital.", "killed", (THU, "day")),
        ("Rebels have attacked the base again.", "attacked", (THU, "day")),
        # a time of the clause wins over a cue
        ("Police said the gunman had killed two people on Monday.", "killed",
         (dt.date(2023, 11, 20), "day")),
        ("Rebels previously attacked the base in 2019.", "attacked", (dt.date(2019, 1, 1), "year")),
        # in reported speech the past perfect is the past of the saying: the day's news
        ("Officials said Russia had contacted the ministry before the strike.", "contacted",
         (THU, "day")),
        ("The statement was changed to say that both leaders had endorsed a truce.", "endorsed",
         (THU, "day")),
        # nor is it in a complement of any verb of speech or knowledge
        ("Romney asserted that Biden had contradicted the testimony.", "contradicted",
         (THU, "day")),
        ("He confirmed that the envoys had confronted Pyongyang.", "confronted", (THU, "day")),
        # the past perfect progressive runs up to the story's time: often the day's news
        ("The United Nations had been monitoring the recount.", "monitoring", (THU, "day")),
        # "earlier" with the past perfect: earlier the same day
        ("Earlier, the prime minister had hosted a lunch for the delegation.", "hosted",
         (THU, "day")),
        # a present perfect or progressive beside a dated past verb takes none of its time
        ("Pyongyang conducted a test in February 2013 and has fired missiles since then.", "fired",
         (THU, "day")),
        # "earlier" alone is most often earlier the same day
        ("Earlier, the minister criticized the rebels.", "criticized", (THU, "day")),
    ],
)  # fmt: skip
def test_dates_clause_news_of_the_day_keeps_its_day(
    text: str, verb: str, expected: tuple[dt.date, str]
) -> None:
    assert _day(text, verb) == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # "until" a date: the new date of what is put off, never the act's day
        ("A court postponed the trial until November 30.", "postponed"),
        ("A court postponed the trial until March.", "postponed"),
        ("The council extended the curfew to December 5.", "extended"),
    ],
)
def test_dates_clause_until_a_later_date_is_not_the_act_day(text: str, verb: str) -> None:
    assert _date(text, verb) == EventDate(THU, "day", "article", None)


def test_dates_clause_until_for_an_act_that_lasted_reads_back() -> None:
    # a verb that is not put off: "until March" is the March before the article
    assert _day("Rebels held the town until March.", "held") != (THU, "day")


def test_dates_clause_seed_meeting_stays_on_wednesday() -> None:
    found = _date(
        "Chinese President Xi Jinping met with Chairman of the Russian State Duma Vyacheslav "
        "Volodin in Beijing on Wednesday.",
        "met",
    )
    assert (found.date, found.precision, found.source) == (dt.date(2023, 11, 22), "day", "clause")


def test_dates_clause_participle_under_a_present_perfect_takes_its_past_period() -> None:
    found = _date("Israel has staged raids in the past decade, killing militants.", "killing")
    assert found == EventDate(THU, "before", "clause", "in the past decade")


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # a date premodifying an event noun dates it, wherever the parser hangs it
        ("Witnesses contradicted the narrative of the September 11, 2012, terrorist attacks in "
         "Benghazi, Libya, this week.", "attacks", (dt.date(2012, 9, 11), "day")),
        ("The 2012 attack angered many.", "attack", (dt.date(2012, 1, 1), "year")),
        ("Sunday's bombing killed five.", "bombing", (dt.date(2023, 11, 19), "day")),
        # a day named without its year, months back, is an upper bound: of this year or any
        # before (thirty-first session: "the Sept. 11 attacks" in a January paper); a recent one
        # stays that day
        ("The September 11 attacks changed American politics.", "attacks",
         (dt.date(2023, 9, 11), "before")),
        ("The November 2 raid angered many.", "raid", (dt.date(2023, 11, 2), "day")),
        # guards: the subject's noun's time is its clause's; a time noun is part of the time
        ("The FBI raided his apartment, located above a restaurant, on Monday morning.",
         "raided", (dt.date(2023, 11, 20), "day")),
        ("Tuesday's bombing killed five.", "killed", (dt.date(2023, 11, 21), "day")),
        # a caption's or a dateline's closing date dates the sentence's main verb
        ("Kim Jong Un bids farewell to Moon Jae-in at the truce village of Panmunjom, South "
         "Korea, April 27, 2018.", "bids", (dt.date(2018, 4, 27), "day")),
    ],
)  # fmt: skip
def test_dates_clause_premodifying_and_closing_dates(
    text: str, verb: str, expected: tuple[dt.date, str]
) -> None:
    assert _day(text, verb) == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # not premodifying: a date of another phrase, or a number that is no year
        ("The 20 attacks angered many.", "attacks"),
        ("In the capital, a bombing killed five.", "bombing"),
        # a closing date only after a comma, and only for the main verb
        ("Rebels seized the town that fell on April 27, 2018 again.", "seized"),
    ],
)  # fmt: skip
def test_dates_clause_no_premodifying_or_closing_date(text: str, verb: str) -> None:
    assert _day(text, verb) == (THU, "day")


@pytest.mark.parametrize(
    ("text", "verb", "words"),
    [
        # after an earlier time or act of long ago: background, how long after unknown
        ("Following the riots in 1992, Congress empowered the Justice Department.", "empowered",
         "Following the riots in 1992"),
        ("After the 2016 election, Russia expelled 30 diplomats.", "expelled",
         "After the 2016 election"),
        # a phrase pointing back to a past time of the story
        ("At the time, the White House blamed Iran for the attack.", "blamed", "At the time"),
        ("Back then, rebels controlled the port.", "controlled", "Back then"),
    ],
)  # fmt: skip
def test_dates_clause_after_long_ago_or_back_then_is_before(
    text: str, verb: str, words: str
) -> None:
    found = _date(text, verb)
    assert (found.date, found.precision, found.text) == (THU, "before", words)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("After the talks last week, Russia expelled 30 diplomats.", "expelled"),  # recent
        ("At the time of the attack, the White House blamed Iran.", "blamed"),  # names its time
    ],
)  # fmt: skip
def test_dates_clause_recent_after_or_named_time_is_no_background(text: str, verb: str) -> None:
    assert _date(text, verb).precision != "before"


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # an act an image shows happened on or before the image's release
        ("A photo released by the KCNA on Thursday, January 23, shows the North Korean leader "
         "inspecting an army unit.", "inspecting", (dt.date(2023, 1, 23), "before")),
        ("Kim Jong Un meets with the pilots in this undated photo released by state media on "
         "Monday.", "meets", (dt.date(2023, 11, 20), "before")),
        ("Kim Jong Un meets with the pilots in this undated photo.", "meets", (THU, "before")),
        # no release date, not undated: the default
        ("Video footage shows soldiers beating protesters in the square.", "beating",
         (THU, "day")),
        # a photo that is no frame of the act
        ("Protesters burned photos of the president on Monday.", "burned",
         (dt.date(2023, 11, 20), "day")),
    ],
)  # fmt: skip
def test_dates_clause_an_act_an_image_shows(
    text: str, verb: str, expected: tuple[dt.date, str]
) -> None:
    assert _day(text, verb) == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # a purpose clause under a caption's present tense takes its calendar date
        ("Obama, Cameron and Merkel sit together September 4 to discuss Ukraine at the summit.",
         "discuss", (dt.date(2023, 9, 4), "day")),
        # "by"/"through" + -ing: the same act, the head's time
        ("Last year, Trump drew gasps by threatening from the U.N. podium to destroy North Korea.",
         "threatening", (dt.date(2022, 1, 1), "year")),
        # the occasion a statement was made at, dated by its own clause
        ("Trump also mentioned Russia's efforts in a Fox and Friends interview that aired Friday.",
         "mentioned", (dt.date(2023, 11, 17), "day")),
        ("The senator criticized Iran in a speech on Monday at the Heritage Foundation.",
         "criticized", (dt.date(2023, 11, 20), "day")),
        # the occasion's phrase hung deep in the object by the parser, still of the clause
        ("Trump also mentioned Russia's efforts to interfere in the election in a Fox and Friends "
         "interview that aired Friday.", "mentioned", (dt.date(2023, 11, 17), "day")),
        # an act just before a time of long ago: on or before it
        ("Just before millions of people gathered to march in France on October 1, the ministers "
         "of 11 countries huddled quietly in Paris.", "huddled", (dt.date(2023, 10, 1), "before")),
        # a year naming the occasion of the clause: "in the 2016 election"
        ("In the 2016 election, U.S. intelligence officials charged that Russia had interfered.",
         "charged", (dt.date(2016, 1, 1), "year")),
    ],
)  # fmt: skip
def test_dates_clause_occasions_and_linked_times(
    text: str, verb: str, expected: tuple[dt.date, str]
) -> None:
    assert _day(text, verb) == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a present head whose time may lie ahead keeps the default
        ("The ministers are due back on Thursday to discuss the budget.", "discuss"),
        # an act just before a time of the article's own days: the day's news
        ("Just before the senators voted on Tuesday, the leaders huddled in the cloakroom.",
         "huddled"),
        # a year that is no occasion of the clause
        ("The senator criticized the 2016 budget in a speech.", "criticized"),
    ],
)  # fmt: skip
def test_dates_clause_no_occasion_or_linked_time(text: str, verb: str) -> None:
    assert _day(text, verb) == (THU, "day")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Since 2010, nearly 300 residents have applied for jobs at the club.", "applied"),
        ("The last two weeks have seen the deadliest attacks since the 1980s Iran-Iraq War.",
         "seen"),
        ("Rebels have shelled the town every day since March.", "shelled"),
    ],
)  # fmt: skip
def test_dates_a_since_time_starts_a_period_and_dates_no_act(text: str, verb: str) -> None:
    # the act runs up to the story's time: the article's day, not the period's start
    assert _date(text, verb) == EventDate(THU, "day", "article", None)


def test_dates_a_since_time_leaves_the_clause_s_own_time() -> None:
    text = "Rebels attacked the town on Monday, the first assault since March."
    assert _day(text, "attacked") == (dt.date(2023, 11, 20), "day")
