"""People named by surname alone and by full name without a title (issue 14, part 2): the surname
index built with the dictionaries, the coder's resolution by article context and by office on the
date, what ``explain`` says when a surname stays unresolved, and full names of people whose current
role is an IGO office. Sentences written for these tests; dates on both sides of role changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from eventscribe.coding.actors import resolve_entries
from eventscribe.dictionaries.model import ActorEntry, PhraseTable, Role
from eventscribe.dictionaries.surnames import SurnameIndex, surname_of

pytestmark = pytest.mark.issue(14)

D = dt.date


def _person(name: str, *roles: Role, origin: str = "actors/test.yaml:1") -> ActorEntry:
    return ActorEntry(tuple(name.upper().split()), (), roles, origin)


# the index ------------------------------------------------------------------------------------


def test_surnames_surname_of_takes_the_last_name_word() -> None:
    assert surname_of(("OLAF", "SCHOLZ")) == ("SCHOLZ",)
    assert surname_of(("ROBERT", "F", "KENNEDY", "JR")) == ("KENNEDY",)
    assert surname_of(("CHARLES", "III")) is None
    assert surname_of(("NGOZI", "OKONJO", "-", "IWEALA")) == ("OKONJO", "-", "IWEALA")
    assert surname_of(("HAMAS",)) is None


def test_surnames_index_keeps_offices_not_elite_roles() -> None:
    entry = _person(
        "Ana Zorvath",
        Role("XYZELI", None, D(2020, 1, 9)),
        Role("XYZGOV", D(2020, 1, 10), D(2022, 3, 1)),
        Role("XYZELI", D(2022, 3, 2), None),
    )
    index = SurnameIndex.build([entry])
    (bearer,) = index.bearers("ZORVATH")
    assert [code for code, _, _ in bearer.offices] == ["XYZGOV"]
    assert bearer.office_on(D(2020, 1, 9)) is None
    assert bearer.office_on(D(2020, 1, 10)) is not None
    assert bearer.office_on(D(2022, 3, 1)) is not None
    assert bearer.office_on(D(2022, 3, 2)) is None


def test_surnames_index_keeps_people_never_in_office_apart_from_holders() -> None:
    # the article may name them in full first ("Sarah Palin ... Palin"); only office holders
    # make a sentence worth parsing by their surname alone
    never = _person("Cora Velmont", Role("FRAELI"))
    holder = _person("Ana Zorvath", Role("XYZGOV", D(2020, 1, 10)))
    index = SurnameIndex.build([never, holder])
    assert [b.label for b in index.bearers("VELMONT")] == ["CORA VELMONT"]
    assert index.holders == frozenset({"ZORVATH"})


def test_surnames_index_ends_open_petrarch_roles_with_their_file() -> None:
    # Phoenix leaves roles open that ended after it was written: they end with the file's dates
    stale = _person("Hamid Qorvan", Role("AFGGOV", D(2001, 12, 22)), origin="Phoenix.txt:1")
    other = _person(
        "Zed Other", Role("AFGGOV", D(2010, 1, 1), D(2014, 6, 1)), origin="Phoenix.txt:9"
    )
    current = _person("Lia Qorvan", Role("XYZGOV", D(2019, 1, 1)), origin="actors/x.yaml:3")
    index = SurnameIndex.build([stale, other, current])
    bearers = {b.label: b for b in index.bearers("QORVAN")}
    assert bearers["HAMID QORVAN"].office_on(D(2014, 6, 1)) is not None
    assert bearers["HAMID QORVAN"].office_on(D(2014, 6, 2)) is None
    assert bearers["LIA QORVAN"].office_on(D(2030, 1, 1)) is not None  # YAML: open means open


def test_surnames_index_counts_an_overridden_person_once() -> None:
    update = _person("Mark Vantor", Role("IGOWSTNAT", D(2024, 10, 1)))
    phoenix = _person("Mark Vantor", Role("NLDGOV", D(2010, 10, 14)), origin="Phoenix.txt:4")
    index = SurnameIndex.build([update, phoenix])
    assert [b.entry.origin for b in index.bearers("VANTOR")] == ["actors/test.yaml:1"]


def test_surnames_index_knows_who_else_a_surname_may_mean() -> None:
    western = _person("Jim Yong Kim", Role("IGOUNODEVWBK", D(2012, 7, 1)))
    eastern = _person("Kim Jong Un", Role("PRKGOV", D(2011, 12, 17)))
    index = SurnameIndex.build([western, eastern])
    assert [b.label for b in index.bearers("KIM")] == ["JIM YONG KIM"]
    assert [b.label for b in index.others("KIM")] == ["KIM JONG UN"]
    assert index.others("YONG") == ()  # nobody's surname: not kept


def test_surnames_index_is_part_of_the_compiled_phrase_table() -> None:
    table = PhraseTable.build([_person("Ana Zorvath", Role("XYZGOV", D(2020, 1, 1)))], [])
    assert "ZORVATH" in table.surnames


def test_resolve_entries_same_name_of_lower_priority_is_no_second_candidate() -> None:
    # the update's Mark Rutte is NATO's Secretary General; Phoenix's (a Dutch elite) is the same
    # man: no ambiguity between countries, whatever the article's countries
    update = _person("Mark Vantor", Role("IGOWSTNAT", D(2024, 10, 1)))
    phoenix = _person("Mark Vantor", Role("NLDELI"), origin="Phoenix.txt:4")
    hit = resolve_entries([update, phoenix], D(2025, 3, 1), frozenset({"FRA"}))
    assert hit is not None and hit[0] == "IGOWSTNAT"
    other = _person("Mark Vantor", Role("NLDELI"), origin="Phoenix.txt:4")
    namesake = ActorEntry(("MARK", "VANTOR", "SR"), (("MARK", "VANTOR"),), (Role("BELGOV"),), "x:1")
    assert resolve_entries([other, namesake], D(2025, 3, 1), frozenset({"FRA"})) is None


def test_resolve_entries_a_person_out_of_office_keeps_the_country_of_their_roles() -> None:
    # twenty-sixth session: no role holds on the day (an office left), all the dated roles are of
    # one country: that country alone, no sector
    left = _person("Ana Zorvath", Role("USAELI", D(1990, 1, 1), D(2005, 8, 1)),
                   Role("USAGOV", D(2005, 8, 1), D(2006, 12, 9)))  # fmt: skip
    hit = resolve_entries([left], D(2019, 1, 1))
    assert hit is not None and hit[0] == "USA"
    assert resolve_entries([left], D(2006, 1, 1)) == ("USAGOV", left)
    # roles in two countries or in an organisation: no guess
    moved = _person("Ana Zorvath", Role("KORGOV", D(2004, 1, 1), D(2006, 12, 31)),
                    Role("IGOUNO", D(2007, 1, 1), D(2016, 12, 31)))  # fmt: skip
    assert resolve_entries([moved], D(2019, 1, 1)) is None
    # two namesakes of different countries, both out of office: no guess across countries
    other = _person("Ana Zorvath", Role("FRAGOV", D(2001, 1, 1), D(2002, 1, 1)), origin="x:2")
    assert resolve_entries([left, other], D(2019, 1, 1)) is None
    # a known non-actor blocks
    blocked = _person("Ana Zorvath", Role("---"), Role("USAGOV", D(2001, 1, 1), D(2002, 1, 1)))
    assert resolve_entries([blocked], D(2019, 1, 1)) is None
    # an organisation is no person: out of its dates it is nothing
    org = ActorEntry(
        ("ZORVATH", "PARTY"), (), (Role("USAPTY", D(2001, 1, 1), D(2002, 1, 1)),), "x:3"
    )
    assert resolve_entries([org], D(2019, 1, 1)) is None


# the coder ------------------------------------------------------------------------------------

Explain = Callable[[str, dt.date], tuple[set[tuple[str, str | None, str]], list[str]]]

USER_FILE = """
actors:
  - name: Ana Zorvath
    country: FRA
    roles:
      - {code: FRAELI, until: 2020-01-09, office: "before office"}
      - {code: FRAGOV, from: 2020-01-10, until: 2022-03-01, office: "Minister of Tests of France"}
      - {code: FRAELI, from: 2022-03-02, office: "former Minister of Tests of France"}
  - name: Boris Zorvath
    country: DEU
    roles:
      - {code: DEUELI, until: 2021-06-30, office: "before office"}
      - {code: DEUGOV, from: 2021-07-01, office: "Minister of Tests of Germany"}
  - name: Cora Velmont
    country: FRA
    roles:
      - {code: FRAELI, office: "former candidate, never in office"}
"""


@pytest.fixture(scope="module")
def explain(tmp_path_factory: pytest.TempPathFactory) -> Explain:
    from eventscribe.coding.coder import Coder

    path: Path = tmp_path_factory.mktemp("surnames") / "zorvath.yaml"
    path.write_text(USER_FILE, encoding="utf-8")
    coder = Coder(extra_dictionary_files=[path], scorer="rules.v1")

    def run(text: str, day: dt.date) -> tuple[set[tuple[str, str | None, str]], list[str]]:
        events, lines = coder.explain(text, day)
        return {
            (e.source.code, e.target.code if e.target else None, e.cameo) for e in events
        }, lines

    return run


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2020, 1, 9), None),  # neither in office: unresolved
        (D(2020, 1, 10), "FRAGOV"),  # the French minister alone holds office
        (D(2021, 6, 30), "FRAGOV"),
        (D(2021, 7, 1), None),  # both hold office: unresolved
        (D(2022, 3, 1), None),
        (D(2022, 3, 2), "DEUGOV"),  # the German minister alone, the day after the French left
    ],
)
def test_surnames_resolve_the_one_person_in_office_on_the_day(
    explain: Explain, day: dt.date, expected: str | None
) -> None:
    events, lines = explain("Zorvath criticized Putin.", day)
    sources = {s for s, _, _ in events}
    if expected is None:
        assert not any(s.startswith(("FRA", "DEU")) for s in sources)
        assert any("surname 'Zorvath':" in line for line in lines)
    else:
        assert (expected, "RUSGOV", "111") in events


def test_surnames_explain_says_how_many_hold_office(explain: Explain) -> None:
    _, lines = explain("Zorvath criticized Putin.", D(2021, 9, 1))
    (line,) = [x for x in lines if "surname 'Zorvath'" in x]
    assert "2 people hold office on 2021-09-01" in line
    assert "ANA ZORVATH (FRAGOV)" in line and "BORIS ZORVATH (DEUGOV)" in line
    _, lines = explain("Zorvath criticized Putin.", D(2020, 1, 9))
    assert any("no one in the dictionaries with this surname holds office" in x for x in lines)


def test_surnames_the_person_named_in_full_earlier_wins(explain: Explain) -> None:
    # two ministers in office, but the article named one of them in full: that one
    text = "Boris Zorvath arrived in Paris on Monday. Later Zorvath criticized Putin."
    events, lines = explain(text, D(2021, 9, 1))
    assert ("DEUGOV", "RUSGOV", "111") in events
    assert any("named in full earlier in the article" in x for x in lines)
    # and out of office, as a former minister: the role of the day, not an office
    events, _ = explain(text.replace("Boris", "Ana"), D(2023, 1, 1))
    assert ("FRAELI", "RUSGOV", "111") in events


def test_surnames_someone_never_in_office_is_found_by_surname_once_named_in_full(
    explain: Explain,
) -> None:
    text = "Cora Velmont spoke in Lyon on Monday. Later, Velmont criticized Putin."
    events, lines = explain(text, D(2021, 9, 1))
    assert ("FRAELI", "RUSGOV", "111") in events
    assert any("Velmont" in x and "named in full earlier in the article" in x for x in lines)
    # alone, no office makes her the one meant
    events, _ = explain("Later, Velmont criticized Putin.", D(2021, 9, 1))
    assert not any(s.startswith("FRA") for s, _, _ in events)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a sitting president whose surname no one else in the dictionaries has; the day before
        # he took office he held none, and a surname alone is not resolved
        ("Begaj criticized Vucic.", D(2022, 7, 24), ("ALBGOV", "SRBGOV", "111")),
        ("Begaj criticized Vucic.", D(2022, 7, 23), None),
        # named in full first, the day before office: his role of that day
        (
            "Bajram Begaj spoke in Tirana. Begaj criticized Vucic.",
            D(2022, 7, 23),
            ("ALBELI", "SRBGOV", "111"),
        ),
        # a surname that is a common word, not at the start of the sentence, once parsed
        ("On Monday, Hunt criticized Lavrov.", D(2024, 7, 4), ("GBRGOV", "RUSGOV", "111")),
        ("On Monday, Hunt criticized Lavrov.", D(2024, 7, 5), None),
        # two diplomats by surname, one of whom left office: their talks stop being coded
        ("Cleverly met Colonna in Paris.", D(2023, 6, 1), ("GBRGOV", "FRAGOV", "040")),
        ("Cleverly met Colonna in Paris.", D(2024, 6, 1), None),
    ],
)
def test_surnames_real_people_on_both_sides_of_a_role_change(
    explain: Explain, text: str, day: dt.date, expected: tuple[str, str, str] | None
) -> None:
    events, _ = explain(text, day)
    if expected is None:
        assert not any(s[:3] in ("ALB", "GBR") for s, _, _ in events)
    else:
        assert expected in events


@pytest.mark.parametrize(
    ("text", "day", "country", "why"),
    [
        # Bill and Hillary Clinton hold no office in 2016 (Hillary was a candidate)
        ("On Tuesday, Clinton criticized Putin.", D(2016, 6, 1), "USA", "holds office"),
        # Nawaz Sharif (prime minister), Raheel Sharif (army chief), Shehbaz Sharif in 2016
        ("Sharif criticized Modi.", D(2016, 6, 1), "PAK", "people hold office on 2016-06-01"),
        # Jim Yong Kim's surname, and the family name of Kim Jong Un and others in office
        ("Kim criticized Trump.", D(2018, 4, 21), "IGO", "people hold office on 2018-04-21"),
        # someone else with a known surname
        ("Carla Zorvath criticized Putin.", D(2020, 6, 1), "FRA", "longer name 'Carla Zorvath'"),
    ],
)
def test_surnames_stay_unresolved_and_explain_says_why(
    explain: Explain, text: str, day: dt.date, country: str, why: str
) -> None:
    events, lines = explain(text, day)
    assert not any(s.startswith(country) for s, _, _ in events)
    assert any(line.startswith("  surname ") and why in line for line in lines)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Protesters gathered in Lincoln on Monday after Putin spoke.", "Lincoln"),
        ("Brown rice prices rose after Putin spoke.", "Brown"),
    ],
)
def test_surnames_a_common_word_or_a_place_needs_a_name_context(
    explain: Explain, text: str, place: str
) -> None:
    _, lines = explain(text, D(2009, 6, 1))
    assert not any(line.startswith(f"  actor '{place}'") for line in lines)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # full names without a title, of people whose role of the day is an IGO office
        ("Mark Rutte met Emmanuel Macron in Paris.", D(2025, 3, 1), ("IGOWSTNAT", "FRAGOV")),
        ("Mark Rutte met Emmanuel Macron in Paris.", D(2024, 6, 1), ("NLDGOV", "FRAGOV")),
        ("Jens Stoltenberg met Joe Biden in Washington.", D(2022, 6, 1), ("IGOWSTNAT", "USAGOV")),
        (
            "NATO chief Mark Rutte met Emmanuel Macron in Paris.",
            D(2025, 3, 1),
            ("IGOWSTNAT", "FRAGOV"),
        ),
    ],
)
def test_full_names_of_igo_office_holders_are_sources(
    explain: Explain, text: str, day: dt.date, expected: tuple[str, str]
) -> None:
    events, _ = explain(text, day)
    assert (*expected, "040") in events


def test_surnames_someone_else_named_in_full_is_not_the_office_holder(explain: Explain) -> None:
    """Regression (fifth session): 'Rep. Devin Nunes ... Nunes stepped down' resolved 'Nunes' to
    Aloysio Nunes, Brazil's minister, the one Nunes of the dictionaries in office."""
    text = "Senator Carla Zorvath spoke on Monday. Later Zorvath criticized Putin."
    events, lines = explain(text, D(2020, 6, 1))  # only the French minister in office
    assert not any(s.startswith("FRA") for s, _, _ in events)
    assert any("the article named 'Carla Zorvath'" in line for line in lines)
    # the office holder's own given name does not stand in the way
    text = "Ana Zorvath spoke on Monday. Later Zorvath criticized Putin."
    events, _ = explain(text, D(2020, 6, 1))
    assert ("FRAGOV", "RUSGOV", "111") in events


def test_surnames_a_title_the_agents_know_is_no_given_name(explain: Explain) -> None:
    """Regression (thirtieth session): "Ambassador Haley" was taken as another Haley, with the
    given name "Ambassador", so the ambassador was no one: a word of the agents dictionary
    (AMBASSADOR, ~GOV) before the surname is a title, not a given name."""
    events, lines = explain("Ambassador Zorvath criticized Putin.", D(2020, 6, 1))
    assert ("FRAGOV", "RUSGOV", "111") in events
    assert not any("the article named 'Ambassador Zorvath'" in line for line in lines)


def test_surnames_a_story_of_another_countrys_politics_needs_the_holders_country(
    explain: Explain,
) -> None:
    """Regression (fifth session): "Nunes said Republicans would release the memo" resolved
    "Nunes" to Brazil's minister, "Collins, a Republican" to New Zealand's."""
    day = D(2020, 6, 1)  # only the French minister in office
    events, lines = explain("Republicans said Zorvath criticized Putin.", day)
    assert not any(s.startswith("FRA") for s, _, _ in events)
    assert any("the story is of USA politics" in line for line in lines)
    # the story names France: the French minister may be meant
    events, _ = explain("Republicans praised France. Zorvath criticized Putin.", day)
    assert ("FRAGOV", "RUSGOV", "111") in events
    # no domestic cue: the office holder as before
    events, _ = explain("Zorvath criticized Putin.", day)
    assert ("FRAGOV", "RUSGOV", "111") in events
