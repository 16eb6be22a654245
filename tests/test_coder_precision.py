"""Code only what happened (issue 11): factuality, verb senses, actor mentions, the domestic rule
and pronouns, on sentences written for these tests. The rules alone (``rules.v1``): what the
learned scorer does on top is measured in docs/accuracy.md."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.issue(11)
DAY = dt.date(2024, 5, 8)


def _dyads(coder, text: str) -> set[tuple[str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    """(source country, target country or "", PLOVER type) of the events of ``text``."""
    coded = coder.code_text(text, dt.date(2019, 5, 5))
    return {(e.source.country, e.target.country if e.target else "", e.event) for e in coded}


def _triples(coder, text: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    """(source code, target code or "", PLOVER type) of the events of ``text`` on 2016-01-10."""
    coded = coder.code_text(text, dt.date(2016, 1, 10))
    return [(e.source.code, e.target.code if e.target else "", e.event) for e in coded]


def _coded(coder, text: str) -> list[tuple[str, str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (e.source.code, e.target.code if e.target else "", e.cameo, e.event)
        for e in coder.code_text(text, DAY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Most voters in Ohio think Governor Mike DeWine should resign.",  # opinion, poll
        "Did Russia attack Ukraine on Monday?",  # question
        "American presidents usually veto bills passed by Congress.",  # habitual
        "If the talks fail, Malian rebels could attack the capital.",  # conditional in narration
        "Russian forces might attack Kharkiv again.",  # hypothetical
    ],
)
def test_coder_precision_not_reported_as_done(rules_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(rules_coder, text) == []


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("Exxon and the Iraqi government struck a deal worth two billion dollars.", "ASSAULT"),
        ("The Pentagon fired the director of the Iraq program on Monday.", "ASSAULT"),
        ("Senator Warren took aim at the Chinese steel industry.", "ASSAULT"),
        ("The campaign ran ads attacking the Mexican government.", "ASSAULT"),
        ("Biden and Trump clashed in the debate over Chinese tariffs.", "ASSAULT"),
        ("The Israeli soldiers called him a deserter.", "CONSULT"),
        ("North Korea launched two ballistic missiles on Sunday.", "ASSAULT"),
        ("Obama engaged Iran through back channels.", "ASSAULT"),
        ("French police released photos of the two Algerian suspects on Thursday.", "RETREAT"),
        ("Obama's plan to normalize relations with Cuba has hit a roadblock.", "ASSAULT"),
        ("Governor Chris Christie hits the road this weekend to meet donors in Ohio.", "ASSAULT"),
        ("American voters ripped off the McCain half of their bumper stickers.", "ASSAULT"),
        ("Senate Democrats have seized on the Pentagon's decision on Monday.", "COERCE"),
        ("President Trump's tweet provoked widespread criticism from Democrats.", "PROTEST"),
        ("A major French police operation was taking place around a building in Reims.", "COERCE"),
        ("The Israeli party Yesh Atid captured 19 seats in the Knesset in 2013.", "COERCE"),
        ("Turkey has prioritised managing Kurdish ambitions in Syria.", "CONSULT"),
        ("In 1930, the US Congress passed the Smoot-Hawley Tariff Act.", "CONCEDE"),
        # a sense word as written, where its lemma differs ("data" -> "datum")
        ("The Iraqi government released data on the economy on Monday.", "RETREAT"),
        ("Two Supreme Court justices attended Harvard law schools.", "CONSULT"),
        ("Senator Warren spoke with Chinese reporters on Monday.", "CONSULT"),
        # to decline with no object or complement is to decrease (SENSES DECLINE:(ALONE))
        ("Australia's gun deaths were already declining before the law passed.", "REJECT"),
        ("Iran's oil exports declined sharply in May.", "REJECT"),
        # one named person fired is dismissed (SENSES FIRE:(NAME))
        ("President Trump fired Comey in May.", "ASSAULT"),
        ("The Kenyan president fired Kimani on Friday.", "ASSAULT"),
    ],
)
def test_coder_precision_verb_senses(rules_coder, text: str, forbidden: str) -> None:  # type: ignore[no-untyped-def]
    assert all(event != forbidden for *_, event in _coded(rules_coder, text))


@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        # a that-clause naming no actor as its subject states a view (CLAIM_VERBS)
        ("Attorney General Jeff Sessions argued the reforms will restore order.", False),
        ("The State Department spokeswoman claimed there were no secret talks with Iran.", False),
        ("Senate Republicans argued that the immigration fight was too divisive.", False),
        # with an actor, an agent or a pronoun as the subject it stays an accusation
        ("Senate Republicans argue that Obama has stretched his authority.", True),
        ("Egypt's Muslim Brotherhood claimed the Christians had incited the army.", True),
        ("Senator Rubio claimed that he had lied about the Iraq war.", True),
    ],
)
def test_coder_precision_a_claim_of_what_is_is_a_statement(  # type: ignore[no-untyped-def]
    rules_coder, text: str, accusation: bool
) -> None:
    events = {event for *_, event in _coded(rules_coder, text)}
    assert ("ACCUSE" in events) is accusation, events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an act's nationality names its doer, not its target (DOERS_ACT_NOUNS, EVENT_NOUNS)
        ("In 2012, Obama threatened U.S. retaliation if Assad used chemical weapons.", "SYR"),
        ("Obama threatened U.S. military action against Syria.", "SYR"),
        ("Putin warned of Russian retaliation against NATO.", "IGO"),
        # a noun that names no act keeps its nationality as the target
        ("President Obama praised the U.S. troops.", "USA"),
    ],
)
def test_coder_precision_an_act_s_nationality_names_its_doer(  # type: ignore[no-untyped-def]
    rules_coder, text: str, target: str
) -> None:
    # at 1ba9c7f the threats were aimed at the threatener's own country (USAGOV -> USA)
    coded = _dyads(rules_coder, text)
    assert {t for _, t, e in coded if e in ("THREATEN", "SUPPORT")} == {target}, coded


def test_coder_precision_an_act_s_possessive_can_be_the_target(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # obstructing Mueller's investigation is aimed at Mueller, of the source's own country
    events = rules_coder.code_text(
        "President Trump obstructed Mueller's investigation.", dt.date(2019, 5, 5)
    )
    coded = [(e.source.code, e.target.code if e.target else "", e.event) for e in events]
    assert ("USAGOV", "USAJUD", "REJECT") in coded, coded


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a warning against what the one warned would do asks them not to (ADVICE_VERBS)
        ("Russia has cautioned the United States against such a plan.", "REQUEST"),
        ("Assad warned the United States not to take military action.", "REQUEST"),
        ("Chancellor Merkel warned Erdogan against arresting more journalists.", "REQUEST"),
        # a warning to do something, or that one must or should (twentieth session; the guide's
        # "should" aimed at another party is REQUEST)
        ("The State Department warned Americans to defer travel to Pakistan.", "REQUEST"),
        ("Senator Ted Cruz warned the administration that it must stop the plan.", "REQUEST"),
        ("China warned that Japan should stop the provocations.", "REQUEST"),
        # a warning of what the speaker will do stays a threat
        ("Iran warned the United States that it would retaliate.", "THREATEN"),
    ],
)
def test_coder_precision_a_warning_against_an_act_is_a_request(  # type: ignore[no-untyped-def]
    rules_coder, text: str, event: str
) -> None:
    # at 1ba9c7f every warning with an addressee was a threat
    events = [e for *_, e in _coded(rules_coder, text)]
    assert events and events[0] == event, events


def test_coder_precision_an_amount_as_the_object_is_an_amount_of_its_noun(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "imposed $250 billion in tariffs": the tariffs decide the sense (IMPOSE:TARIFF, 163), as
    # "imposed tariffs" does; at 1ba9c7f it was IMPOSE's own coercion (170)
    coded = _coded(rules_coder, "The United States imposed $200 billion in tariffs on China.")
    assert [(code, event) for *_, code, event in coded] == [("163", "SANCTION")], coded
    # declining to do something stays a refusal
    coded = _coded(rules_coder, "The White House declined to sign the pledge on Monday.")
    assert [event for *_, event in coded] == ["REJECT"], coded
    # weapons fired stay attacks
    coded = _coded(rules_coder, "Hamas fired rockets at Israel on Monday.")
    assert [event for *_, event in coded] == ["ASSAULT"], coded


def test_coder_precision_a_time_phrase_after_the_verb_is_no_sense_word(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # SEIZE:ON reads a preposition right after the verb, but "on Friday" is a date
    coded = _coded(rules_coder, "Iranian forces seized a British tanker on Friday.")
    assert any(event == "COERCE" for *_, event in coded)


def test_coder_precision_missiles_launched_at_no_one_are_a_show_of_force(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "North Korea launched two ballistic missiles on Sunday.")
    assert ("PRK", "", "150", "MOBILIZE") in coded


@pytest.mark.parametrize(
    "text",
    [
        "Senator Graham blasted Mr. Biden's response to the crisis.",
        "The Kenyan opposition slammed President Ruto over the tax bill.",
        "Mexico's president slammed Washington for the new tariffs.",
        "Senator Warren excoriated the Chinese government on Monday.",
        "The Kenyan opposition railed against President Ruto on Monday.",
        "Senator Cruz bashed the Mexican government on Monday.",
        "The Russian president took a swipe at the German chancellor.",
    ],
)
def test_coder_precision_blasting_and_slamming_someone_is_criticism(rules_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for *_, e in _coded(rules_coder, text)]
    assert "ACCUSE" in events and "ASSAULT" not in events, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants blasted the Syrian army checkpoint with explosives.", "ASSAULT"),
        ("A Russian rocket slammed into a Ukrainian apartment block.", None),
    ],
)
def test_coder_precision_blasting_a_place_stays_an_attack(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: str | None
) -> None:
    events = [e for *_, e in _coded(rules_coder, text)]
    assert "ACCUSE" not in events, events
    if expected:
        assert expected in events, events


def test_coder_precision_a_struck_deal_is_an_agreement(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "Turkey struck a deal with Russia on gas supplies on Monday.")
    assert coded and all(event in ("SUPPORT", "AGREE") for *_, event in coded), coded


def test_coder_precision_a_surname_that_is_a_country(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "Sheriff Scott Israel criticized the mayor of Havana on Monday.")
    assert all(not source.startswith("ISR") for source, *_ in coded), coded


def test_coder_precision_dateline_agency_is_no_actor(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(
        rules_coder, "WASHINGTON (Reuters) - Kenyan police arrested forty protesters in Nairobi."
    )
    assert coded and all(not source.startswith("MED") for source, *_ in coded), coded
    assert any(source == "KENCOP" and event == "COERCE" for source, _, _, event in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session: CNN's dateline, a place and the agency in brackets with no dash,
        # is no actor (mentions.DATELINE_AGENCIES)
        (
            "Moscow (CNN) The Iranian foreign minister criticized Israel on Monday.",
            ("IRNGOV", "ISR", "ACCUSE"),
        ),
        # where the story was filed gives unnamed agents their country, when the sentence names
        # no other (mentions.dateline_countries)
        ("BRUSSELS (Reuters) - Police arrested two men on Monday.", ("BELCOP", "BELPPL", "COERCE")),
        ("Amman, Jordan (CNN) Police arrested two men on Monday.", ("JORCOP", "JORPPL", "COERCE")),
    ],
)
def test_coder_precision_a_dateline_places_the_story_and_names_no_actor(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str, str]
) -> None:
    coded = _coded(rules_coder, text)
    assert [(s, t, e) for s, t, _, e in coded] == [expected], coded


def test_coder_precision_a_name_s_brackets_are_no_dateline(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "Sen. Bob Corker (R-Tenn.) criticized Iran on Monday.")
    assert [(s[:3], t, e) for s, t, _, e in coded] == [("USA", "IRN", "ACCUSE")], coded
    # "FILE -" (a photo's caption) is no dateline of a town called Fili
    assert not _coded(rules_coder, "FILE - Police arrested two men on Monday.")


def test_coder_precision_domestic_rule_keeps_the_agent_s_own_country(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "The Democratic Party accused Russia of hacking the election.")
    assert all(not source.startswith("RUS") for source, *_ in coded), coded
    # an agent facing its own state's institutions is still that country's
    coded = _coded(rules_coder, "Protesters clashed with the Kenyan police in Nairobi.")
    assert any(source.startswith("KEN") for source, *_ in coded), coded


def test_coder_precision_expelled_diplomats_are_never_the_expeller_s_own(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # the domestic rule gave the diplomats Russia's code (RUS -> RUSGOV)
    coded = _coded(rules_coder, "Russia expelled two diplomats on Saturday.")
    assert all(not target.startswith("RUS") for _, target, *_ in coded), coded
    # the one other country the sentence names is theirs
    coded = _coded(
        rules_coder,
        "Obama expelled 35 diplomats and closed two Russian compounds in the United States.",
    )
    assert any(code == "161" and target.startswith("RUS") for _, target, code, _ in coded), coded
    assert all(not (code == "161" and target.startswith("USA")) for _, target, code, _ in coded)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the person named before the object pronoun, not its clause's subject, also where the
        # clause naming that person codes no event of its own
        ("Standing beside Netanyahu at the White House, Obama asked him to delay it.", "ISR"),
        ("With Erdogan in the room, Merkel urged him to release the journalists.", "TUR"),
        ("Hours after Putin landed in Paris, Obama criticized him sharply.", "RUS"),
    ],
)
def test_coder_precision_an_object_pronoun_is_the_person_named_before_it(  # type: ignore[no-untyped-def]
    rules_coder, text: str, target: str
) -> None:
    # at 1ba9c7f "him" had no antecedent in a story's first sentence: the request or the
    # criticism went to the source's own country (OWN_COUNTRY_TYPES)
    coded = _dyads(rules_coder, text)
    acts = {t for _, t, e in coded if e in ("REQUEST", "ACCUSE")}
    assert acts == {target}, coded


@pytest.mark.parametrize(
    "text",
    [
        "President Obama asked him to resign.",  # "him" is not Obama
        "President Obama's criticism of him drew applause.",  # nor the criticism's owner
    ],
)
def test_coder_precision_an_object_pronoun_is_never_its_own_subject(rules_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # left unresolved, the act is aimed at the source's own country (OWN_COUNTRY_TYPES)
    coded = _coded(rules_coder, text)
    assert [(source[:3], target) for source, target, *_ in coded] == [("USA", "USA")], coded


def test_coder_precision_pronoun_needs_a_close_antecedent(rules_coder) -> None:  # type: ignore[no-untyped-def]
    far = (
        "Vladimir Putin visited Beijing on Monday. The weather was cold. "
        "Markets were calm. Traffic was heavy. He criticized the United States."
    )
    assert all(t != "USA" for _, t, *_ in _coded(rules_coder, far))
    near = "Vladimir Putin visited Beijing on Monday. He criticized the United States."
    assert any(s.startswith("RUS") and t == "USA" for s, t, *_ in _coded(rules_coder, near))


def test_coder_precision_an_act_named_by_a_noun(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "U.S. sanctions on Russia took effect on Monday.")
    assert ("USA", "RUS", "160", "SANCTION") in coded
    coded = _coded(rules_coder, "Blinken's visit to North Korea surprised Seoul.")
    assert any(s.startswith("USA") and t == "PRK" and e == "CONSULT" for s, t, _, e in coded)


def test_coder_precision_a_meeting_at_a_place_is_with_no_one_there(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # a meeting's AT phrase places it (at 1e7ed4a "at the Pentagon" was a second party, USAMIL)
    text = "Mattis's meeting with the Portuguese defense minister at the Pentagon ran long."
    coded = _dyads(rules_coder, text)
    assert {(s, t) for s, t, e in coded if e == "CONSULT"} == {("USA", "PRT")}, coded


def test_coder_precision_a_press_conference_alone_is_no_meeting(rules_coder) -> None:  # type: ignore[no-untyped-def]
    assert _coded(rules_coder, "President Trump held a news conference on Friday.") == []


def test_coder_precision_a_weapons_test_named_by_a_noun_is_a_show_of_force(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # a noun's sense by its modifier (EVENT_NOUNS MODIFIER+NOUN): a missile test, a nuclear test
    coded = _coded(rules_coder, "Japan protested after Pyongyang's nuclear test in September.")
    assert any(s == "PRK" and e == "MOBILIZE" for s, _, _, e in coded), coded
    coded = _coded(rules_coder, "North Korea's missile launch on Tuesday alarmed Japan.")
    assert any(s == "PRK" and e == "MOBILIZE" for s, _, _, e in coded), coded
    # a test or a launch at large is no act
    for text in (
        "Russia's test of the new vaccine worried Germany.",
        "China's launch of the new bank pleased Pakistan.",
    ):
        assert all(e != "MOBILIZE" for *_, e in _coded(rules_coder, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "A possible meeting between Putin and Xi would be historic.",
        "Washington is weighing new sanctions on Russia.",
        "There were no talks between Israel and Hamas on Monday.",
    ],
)
def test_coder_precision_a_noun_whose_act_has_not_happened(rules_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e not in ("CONSULT", "SANCTION") for *_, e in _coded(rules_coder, text))


def test_coder_precision_a_compound_names_the_doer_only_for_some_nouns(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "the Russia probe" is a probe of Russia, not by it; "U.S. sanctions" are the U.S.'s
    coded = _coded(rules_coder, "The Russia probe angered the White House on Monday.")
    assert all(not s.startswith("RUS") for s, *_ in coded), coded


def test_coder_precision_an_attack_with_no_victim_named_hits_the_country(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "Sectarian tensions surged after a large bombing in Beirut.")
    assert any(t == "LBN" and e == "ASSAULT" for _, t, _, e in coded), coded


def test_coder_precision_an_attack_named_after_its_town(rules_coder) -> None:  # type: ignore[no-untyped-def]
    """ "the Paris attacks": unnamed attackers (of no country) in France, placed in Paris; a
    country before the noun stays its doer ("U.S. airstrikes"), and a probe's compound is its
    topic, no place."""
    events = rules_coder.code_text("The minister spoke a week after the Paris terror attacks.", DAY)
    attack = [e for e in events if e.event == "ASSAULT"]
    assert [(e.source.code, e.target.code if e.target else "") for e in attack] == [
        ("---UAF", "FRA")
    ]
    assert attack[0].location is not None and attack[0].location.name == "Paris"
    coded = _coded(rules_coder, "Obama said he had authorized U.S. airstrikes in Syria.")
    assert any((s[:3], t[:3], e) == ("USA", "SYR", "ASSAULT") for s, t, _, e in coded), coded
    events = rules_coder.code_text("The Russia probe angered the Chinese government.", DAY)
    assert all(e.location is None or e.location.country != "RUS" for e in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one politician, party, body or paper attacking another of its country is criticism
        ("President Trump attacked Senator Elizabeth Warren on Twitter.", "ACCUSE"),
        ("Republicans attacked the Obama administration over Benghazi.", "ACCUSE"),
        ("Senator Joe Manchin blasted the Environmental Protection Agency.", "ACCUSE"),
        ("Rep. Nancy Pelosi ripped President Trump.", "ACCUSE"),
        ("Senator Tim Kaine launched a devastating attack on Donald Trump.", "ACCUSE"),
        # a legislator attacking, no one named: words, not arms
        ("Every time Senator Kaine attacked, Pence parried.", "ACCUSE"),
        # armed actors, a country or a place attacked, a weapon: an attack
        ("Russian jets attacked the Syrian town of Idlib.", "ASSAULT"),
        ("Gunmen attacked a police station in Kabul.", "ASSAULT"),
        ("Putin attacked Ukraine in 2022.", "ASSAULT"),
        ("Russia launched an attack on Ukraine.", "ASSAULT"),
        ("Militants blasted the Syrian army checkpoint with explosives.", "ASSAULT"),
    ],
)
def test_coder_precision_a_politician_s_attack_on_another_is_criticism(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: str
) -> None:
    events = {e for *_, e in _coded(rules_coder, text)}
    other = "ASSAULT" if expected == "ACCUSE" else "ACCUSE"
    assert expected in events and other not in events, events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sen. Chris Coons (D-Del.) criticized the Obama administration on Thursday.", "Coons"),
        ("Rep. Ileana Ros-Lehtinen, R-Fla., accused Iran of lying.", "Lehtinen"),
        ("Sen. Tom Carper, Delaware Democrat, praised the Chinese government.", "Carper"),
        ("Rep. Ro Khanna (D-CA) met Chinese officials.", "Khanna"),
    ],
)
def test_coder_precision_a_member_of_congress_by_party_tag(  # type: ignore[no-untyped-def]
    rules_coder, text: str, source: str
) -> None:
    """A name the dictionaries lack, with its party tag, is a US legislator (USALEG)."""
    events = rules_coder.code_text(text, DAY)
    assert any(e.source.code == "USALEG" and source in e.source.text for e in events), events


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Senator Elizabeth Warren accused the Treasury Department of lying.", "USAGOV"),
        ("The IRS audited the Republican Party in 2013.", "USAGOV"),
        ("The Labor Department sued the company on Monday.", "USAGOVLAB"),
        ("HHS criticized the governor of Texas.", "USAGOVHLH"),
    ],
)
def test_coder_precision_us_departments_as_the_news_names_them(  # type: ignore[no-untyped-def]
    rules_coder, text: str, actor: str
) -> None:
    events = rules_coder.code_text(text, DAY)
    assert any(actor in (e.source.code, e.target.code if e.target else "") for e in events), events


@pytest.mark.parametrize(
    ("text", "day", "source"),
    [
        ("James Comey criticized the Justice Department.", dt.date(2016, 10, 28), "USACOP"),
        ("Comey criticized the Justice Department.", dt.date(2018, 4, 15), "USAELI"),
        ("Reince Priebus met Chinese officials in Beijing.", dt.date(2017, 3, 1), "USAGOV"),
        ("Susan Collins criticized the White House.", dt.date(2018, 10, 5), "USALEG"),
        ("Gov. Andrew Cuomo criticized the Trump administration.", dt.date(2020, 4, 1), "USAGOV"),
    ],
)
def test_coder_precision_us_figures_with_their_dated_roles(  # type: ignore[no-untyped-def]
    rules_coder, text: str, day: dt.date, source: str
) -> None:
    """People of actors/us_politics.yaml, by their role on the article's day."""
    events = rules_coder.code_text(text, day)
    assert any(e.source.code == source for e in events), events


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Liberal Democrats criticized the British government.", "GBRPTY"),
        ("Germany's Social Democrats criticized Merkel.", "DEUPTY"),
        ("Sweden Democrats criticized the Swedish government.", "SWEPTY"),
        ("Democrats criticized President Trump.", "USAPTY"),
    ],
)
def test_coder_precision_parties_abroad_named_democrats(  # type: ignore[no-untyped-def]
    rules_coder, text: str, party: str
) -> None:
    """Bare "Democrats" is the US party; "Social Democrats", "Liberal Democrats" are not."""
    coded = _coded(rules_coder, text)
    assert [s for s, *_ in coded] == [party], coded


def test_coder_precision_a_surname_that_is_a_word_is_not_listed_bare(rules_coder) -> None:  # type: ignore[no-untyped-def]
    """Roy Blunt is listed with his title, not as "Blunt": matching is without case, and "a blunt
    warning" names no senator."""
    events = rules_coder.code_text("The Iranian minister gave a blunt warning to Israel.", DAY)
    assert all(e.source.code[:3] != "USA" for e in events), events


def test_coder_precision_the_news_agency_is_no_mayor(rules_coder) -> None:  # type: ignore[no-untyped-def]
    """ "told Bloomberg" is the agency: Michael Bloomberg has no dated office for the surname rule
    to give "Bloomberg" alone to him (regression: it was coded USAGOV on a 2013 article)."""
    events = rules_coder.code_text(
        "A manager of China's biggest airline told Bloomberg that China was a strong market.",
        dt.date(2013, 5, 1),
    )
    assert all(
        "Bloomberg" not in (e.source.text, e.target.text if e.target else "") for e in events
    )


def test_coder_precision_no_party_tag_no_legislator(rules_coder) -> None:  # type: ignore[no-untyped-def]
    """A hyphenated word or a letter after a comma is no tag: nothing is made of the name."""
    events = rules_coder.code_text("Sen. Jane Doerfler, a co-sponsor, criticized Iran.", DAY)
    assert all(e.source.code != "USALEG" or "Doerfler" not in e.source.text for e in events), events


def test_coder_precision_us_parties_and_caucuses(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "House Republicans blocked the bill on Tuesday.")
    assert any(s == "USALEG" and e == "REJECT" for s, _, _, e in coded), coded
    coded = _coded(rules_coder, "Democrats accused President Trump of obstruction.")
    assert any(s == "USAPTY" and t.startswith("USA") and e == "ACCUSE" for s, t, _, e in coded)


def test_coder_precision_pronoun_agrees_in_gender(rules_coder) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2015, 5, 8)
    she = rules_coder.code_text("Angela Merkel visited Paris. She criticized Russia.", day)
    assert any(e.source.code == "DEUGOV" and e.event == "ACCUSE" for e in she)
    he = rules_coder.code_text("Angela Merkel visited Paris. He criticized Russia.", day)
    assert not any(e.event == "ACCUSE" for e in he)
    nobody = rules_coder.code_text("Vladimir Putin visited Paris. She criticized Germany.", day)
    assert not any(e.event == "ACCUSE" for e in nobody)


def test_coder_precision_naming_oneself_is_no_act(rules_coder) -> None:  # type: ignore[no-untyped-def]
    text = 'President Obama called himself a "tested and proven" leader.'
    assert all(e != "ACCUSE" for *_, e in _coded(rules_coder, text))


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Israel demanded that Hamas release the captured soldier.", "084"),
        ("President Obama urged Israel to withdraw its troops from Gaza.", "080"),
        ("The French minister advised Iran to expel the inspectors.", "174"),
    ],
)
def test_coder_precision_what_is_asked_of_someone_is_not_done(  # type: ignore[no-untyped-def]
    rules_coder, text: str, asked: str
) -> None:
    """The asking may be an event (an appeal, a demand); the act asked for is not."""
    assert all(not cameo.startswith(asked[:2]) for _, _, cameo, _ in _coded(rules_coder, text)), (
        _coded(rules_coder, text)
    )


def test_coder_precision_an_obligation_no_one_demands_is_no_act(rules_coder) -> None:  # type: ignore[no-untyped-def]
    """'must' in narration or opinion is no act; said by someone it is their demand (REQUEST)."""
    assert _coded(rules_coder, "The United States must quickly engage North Korea.") == []
    demanded = _coded(rules_coder, "Pence said North Korea must abandon its nuclear weapons.")
    assert [(s[:3], t[:3], e) for s, t, _, e in demanded] == [("USA", "PRK", "REQUEST")]


def test_coder_precision_engaging_fighters_stays_a_fight(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "Afghan soldiers engaged the militants near Kandahar on Monday.")
    assert [e for *_, e in coded] == ["ASSAULT"]


def test_coder_precision_an_act_failed_is_not_done(rules_coder) -> None:  # type: ignore[no-untyped-def]
    """'failed to comply' is neither compliance nor an act of its own; failing to reach an
    agreement is none either (fortieth session: no longer CAMEO's rejection, as the annotation
    guide's negated acts read it)."""
    assert _coded(rules_coder, "Iran has failed to comply with the IAEA inspectors.") == []
    talks = _coded(rules_coder, "The United States and South Korea failed to reach agreement.")
    assert talks == []


def test_coder_precision_releasing_prisoners_stays_a_release(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "Hamas released two Israeli hostages on Monday.")
    assert [e for *_, e in coded] == ["RETREAT"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the aim of an act is not an act reported as done
        ("The US and France issued calls to Russia to stop the delivery of the missiles.",
         "RETREAT"),
        # an act of the past that damaged no thing, a struggle that is a difficulty
        ("Kavanaugh's actions have damaged my life, the Democratic senator said.", "ASSAULT"),
        ("Obama struggled to articulate his policy toward the Islamic State.", "ASSAULT"),
        # the meeting still to come
        ("Reporters scrambled for hotel rooms ahead of the meeting between Trump and Kim.",
         "CONSULT"),
        # a participle describing a name is no act of the sentence
        ("After ousted Egyptian President Mohammed Morsi's supporters called for protests on "
         "Friday, police fired tear gas.", "COERCE"),
        # weeping and wrestling with a problem are no acts on anyone
        ("South Korean President Park weeps while delivering a speech to the nation.", "ACCUSE"),
        ("The Republican Party, already wrestling with the effect of the Iran deal, could lose.",
         "ASSAULT"),
        # what is alleged is not reported as done; the allegation is
        ("Republicans alleged that the FBI abused its surveillance authority.", "ASSAULT"),
        # the content of a noun ("a decision to attack"), an activity as subject
        ("The army's decision to attack the town was criticized by Turkey.", "ASSAULT"),
        ("Attacking Iran would be a mistake, the senator said.", "ASSAULT"),
        # no concession, no fight
        ("Obama's election eventually gave rise to an anger on the right.", "CONCEDE"),
        ("Trump is leading the way on the charm offensive toward China.", "ASSAULT"),
        # a that-clause makes conceding, acknowledging, admitting a statement
        ("Bush conceded that definite advantages come from his family name.", "CONCEDE"),
        # benefiting and pulling into a lead are no acts on anyone
        ("Obama benefited for two years from a Democratic hold on Congress.", "COOPERATE"),
        ("Polls show Obama pulling into a lead over Romney in Iowa.", "COERCE"),
        # what is declined is not done (the declining is a refusal)
        ("Clinton declined to immediately blame Islamist militants for the attack.", "ACCUSE"),
        ("The solution to ISIS is to hunt down and kill the terrorist leaders, Trump said.",
         "COERCE"),
        ("Obama refused to characterize his campaign against the Islamic State as a war.",
         "REJECT"),
        ("A South Korean police officer holds an umbrella for a relative of a missing passenger.",
         "COERCE"),
        # a month is no pattern word: "holds ... on March 15" holds no march
        ("Ohio holds its primary on March 15.", "PROTEST"),
        # demonstrating a view shows it: no protest
        ("EU nations demonstrated very different views on migration.", "PROTEST"),
        # what has yet to happen has not happened
        ("The Obama administration has yet to agree with North Korea on a timeline.", "AGREE"),
        # a warning of how things are is a comment, no threat
        ("The British minister warned that the economy of Greece was in danger.", "THREATEN"),
        # declining to tell refuses no one anything
        ("The French spokeswoman declined to describe the assistance to Iraq.", "REJECT"),
        ("The Supreme Court declined to comment on the Texas law.", "REJECT"),
        # a warning dated by its own phrase is still one of how things are
        ("Boris Johnson warned in May that the E.U. was a project to unify Europe.", "THREATEN"),
        # "nor" before the verb negates it
        ("Nor did Russian troops attack the Ukrainian town of Kharkiv.", "ASSAULT"),
    ],
)  # fmt: skip
def test_coder_precision_no_act_as_coded(  # type: ignore[no-untyped-def]
    rules_coder, text: str, absent: str
) -> None:
    """Aims, metaphors, acts to come, descriptions, denials, allegations, statements, what is
    declined or should be done: none of them the act of the type ``absent``."""
    assert all(e != absent for *_, e in _coded(rules_coder, text)), _coded(rules_coder, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # done by the act it hangs on: a summons to complain, a rally to demand
        ("The Iraqi parliament convened on Sunday to denounce the American airstrikes.",
         "ACCUSE"),
        ("The airstrike damaged a hospital in Aleppo on Monday.", "ASSAULT"),
    ],
)  # fmt: skip
def test_coder_precision_purposes_done_and_real_damage_stay(  # type: ignore[no-untyped-def]
    rules_coder, text: str, kept: str
) -> None:
    assert kept in {e for *_, e in _coded(rules_coder, text)}, _coded(rules_coder, text)


def test_coder_precision_a_visit_is_coded_not_the_meeting_it_is_for(rules_coder) -> None:  # type: ignore[no-untyped-def]
    events = rules_coder.code_text(
        "Vice President Biden arrived in Ukraine on Monday to meet with the Ukrainian prime "
        "minister.",
        DAY,
    )
    assert [e.trigger.text for e in events] == ["arrived"]


def test_coder_precision_an_ousting_stays_an_act(rules_coder) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" in {e for *_, e in _coded(rules_coder, "The army ousted President Morsi.")}


def test_coder_precision_an_allegation_is_an_accusation(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "Republicans alleged that the FBI abused its surveillance powers.")
    assert "ACCUSE" in {e for *_, e in coded}


def test_coder_precision_conceding_an_election_and_declining_to_resign_stay(rules_coder) -> None:  # type: ignore[no-untyped-def]
    conceded = _coded(rules_coder, "Romney conceded the election to Obama.")
    assert "CONCEDE" in {e for *_, e in conceded}
    declined = _coded(rules_coder, "New York Governor Andrew Cuomo has declined to resign.")
    assert "REJECT" in {e for *_, e in declined}, declined
    refused = _coded(rules_coder, "Iran refused to accept the American proposal.")
    assert ("IRN", "USA", "120", "REJECT") in refused, refused


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a threat says what will be done, or of what
        ("Russia warned that it would retaliate against Ukraine.", ("RUS", "UKR")),
        ("Iran warned the United States of serious consequences.", ("IRN", "USA")),
    ],
)
def test_coder_precision_a_warning_of_what_will_be_done_stays_a_threat(  # type: ignore[no-untyped-def]
    rules_coder, text: str, kept: tuple[str, str]
) -> None:
    coded = _coded(rules_coder, text)
    assert any((s[:3], t[:3], e) == (*kept, "THREATEN") for s, t, _, e in coded), coded


def test_coder_precision_a_dated_senator_by_surname(rules_coder) -> None:  # type: ignore[no-untyped-def]
    """A senator whose role has its start date is in the surname index: "Warner" alone is him
    (one office holder with the surname, no bare variant listed)."""
    events = rules_coder.code_text("Warner criticized the Justice Department.", dt.date(2018, 5, 1))
    assert any(e.source.code == "USALEG" for e in events), events


def test_coder_precision_another_given_name_is_someone_else(rules_coder) -> None:  # type: ignore[no-untyped-def]
    """A surname the dictionary lists alone ("Bennett") after another given name is not that
    person; after a title, or alone, it is."""
    other = rules_coder.code_text("Amanda Bennett criticized the Iranian government.", DAY)
    assert all(e.source.code[:3] != "ISR" for e in other), other
    titled = _coded(rules_coder, "Prime Minister Bennett criticized the Iranian government.")
    assert any(s[:3] == "ISR" for s, *_ in titled), titled


def test_coder_precision_admitting_refugees_is_asylum(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "Germany admitted 70,000 Syrian refugees in 2015.")
    assert any(c == "075" and e == "AID" for _, _, c, e in coded), coded


def test_coder_precision_a_march_in_march_and_a_march_in_a_town(rules_coder) -> None:  # type: ignore[no-untyped-def]
    """A date phrase hides its month from patterns; a march named with its article stays one."""
    coded = _coded(rules_coder, "The Russian army held a march in the capital.")
    assert "PROTEST" in {e for *_, e in coded}, coded


def test_coder_precision_coordinated_main_verbs_are_events_each(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # regression: "accused" was dropped as "governed by a verb already coded" because the verb
    # it is coordinated with ("resumed", itself a conjunct) was coded
    text = (
        "Democrats' push has taken a backseat recently, but President Obama on Saturday resumed "
        "the effort and accused Republicans of not caring about average Americans."
    )
    assert ("USAELI", "USAPTY", "112", "ACCUSE") in _coded(rules_coder, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a for-infinitive clause is the one asked ("for" is a mark in the parse)
        (
            "Palestinian president Mahmud Abbas called for Israel to allow refugees to travel.",
            ("PSEGOV", "ISR", "020", "REQUEST"),
        ),
        (
            "President Trump pushed for Zelensky to investigate Joe Biden.",
            ("USAELI", "UKRGOV", "100", "REQUEST"),
        ),
    ],
)
def test_coder_precision_a_for_clause_names_the_one_asked(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str, str, str]
) -> None:
    coded = _coded(rules_coder, text)
    assert expected in coded
    # what is asked for is not done
    assert all(event in ("REQUEST", None) for *_, event in coded)


def test_coder_precision_what_one_avoided_doing_is_not_done(rules_coder) -> None:  # type: ignore[no-untyped-def]
    text = "Sean Spicer avoided explicitly calling for Syrian President Assad to leave office."
    assert _coded(rules_coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Xi expressed his hope that the Russian State Duma and the National People's Congress "
        "of China will strengthen exchanges of legislative experience.",
        "The minister repeated the demand that Israel withdraw its troops from Gaza.",
        "Analysts voiced fears that Russia attacked Ukrainian ports.",
    ],
)
def test_coder_precision_a_wish_demand_or_belief_noun_s_clause_is_not_done(  # type: ignore[no-untyped-def]
    rules_coder, text: str
) -> None:
    # the clause is what the noun hopes, asks or fears; only the noun's own verb may be an act
    coded = _coded(rules_coder, text)
    assert all(source[:3] == "CHN" or event == "REQUEST" for source, _t, _c, event in coded)
    assert not any(event in ("AGREE", "RETREAT", "ASSAULT") for *_, event in coded)


@pytest.mark.parametrize(
    "text",
    [
        "The president hopes to strengthen ties with Japan with a new trade deal.",
        "Trump officials have suggested that Canada broke the trade agreement.",
    ],
)
def test_coder_precision_hopes_and_suggestions_are_no_requests(rules_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(event != "REQUEST" for *_, event in _coded(rules_coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "The threat of a North Korean attack on Seoul is real.",
        "Fears of a Russian invasion of Ukraine grew on Monday.",
        "The risk of an Iranian attack on Saudi oil fields worries investors.",
    ],
)
def test_coder_precision_an_act_feared_or_hoped_for_is_not_done(rules_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # lexicon NOMINAL_UNREAL_HEADS: the act under "the threat of", "fears of" has not happened
    assert all(event not in ("ASSAULT", "COERCE") for *_, event in _coded(rules_coder, text))


def test_coder_precision_a_reported_attack_noun_is_still_an_event(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "The Israeli airstrike on Gaza drew condemnation on Monday.")
    assert any(src == "ISR" and event == "ASSAULT" for src, _, _, event in coded)


def test_coder_precision_the_other_direction_of_a_paired_code_is_noted(rules_coder) -> None:  # type: ignore[no-untyped-def]
    events = rules_coder.code_text(
        "Pompeo held talks with Turkish President Recep Tayyip Erdogan on Wednesday.", DAY
    )
    notes = {
        (e.source.country, e.target.country if e.target else ""): any(
            n.startswith("reverse") for n in e.rule.notes
        )
        for e in events
    }
    assert notes == {("USA", "TUR"): False, ("TUR", "USA"): True}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian jets killed twelve civilians in Idlib on Monday.", ("RUS", "SYRCVL")),
        ("Protesters stormed the U.S. Embassy in Sanaa on Thursday.", ("YEMOPP", "USAGOV")),
        ("Russian police arrested protesters in Moscow.", ("RUSCOP", "RUSOPP")),
        ("Israeli troops shot three protesters on Friday.", ("ISRMIL", "ISROPP")),
    ],
)
def test_coder_precision_unnamed_agents_are_of_the_country_where_it_happened(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str]
) -> None:
    # lexicon PLACED_AGENT_ROOTS: the place's country, not the other side's (the domestic rule);
    # with no place named, or the place in the other side's country, the domestic rule stands
    assert [(src, tgt) for src, tgt, *_ in _coded(rules_coder, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of a country aims what it says at its own country when no one is named
        ("Stunned Democrats accused him of breaching protocol.", ("USAPTY", "USA", "ACCUSE")),
        ("President Obama called Tuesday for a short-term bill.", ("USAGOV", "USA", "REQUEST")),
        # not the country itself, and not a violent act condemned, whose doer is unknown
        ("Iran condemned the attack on Monday.", ("IRN", "", "ACCUSE")),
        ("The Iranian foreign ministry condemned the bombing.", ("IRNGOV", "", "ACCUSE")),
    ],
)
def test_coder_precision_a_bodys_unaimed_words_are_aimed_at_its_own_country(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str, str]
) -> None:
    # lexicon OWN_COUNTRY_TYPES
    events = rules_coder.code_text(text, dt.date(2016, 5, 8))
    assert [(e.source.code, e.target.code if e.target else "", e.event) for e in events] == [
        expected
    ]
    if expected[1]:
        assert "target: implicit, the actor's own country" in events[0].rule.notes


def test_coder_precision_a_body_s_act_named_by_a_noun_is_aimed_at_its_own_country(
    rules_coder,
) -> None:  # type: ignore[no-untyped-def]
    # as a verb's: "the committee investigated" (OWN_COUNTRY_TYPES); at 1ba9c7f no target
    for text in (
        "The Senate committee's investigation of the spending widened on Monday.",
        "Senator Warren's criticism of the plan drew applause.",
    ):
        coded = _coded(rules_coder, text)
        assert [(target, event) for _, target, _, event in coded] == [("USA", "ACCUSE")], coded
    # not the country itself, as for verbs
    coded = _coded(rules_coder, "Iran's criticism of the plan drew applause.")
    assert [(target, event) for _, target, _, event in coded] == [("", "ACCUSE")], coded
    # a deal between two parties of one country pairs them, as before: once, from the first
    # named (eighteenth session, pairing.at_home; both ways before)
    text = (
        "The unrest grew after a deal between protesters and the Yanukovych government collapsed."
    )
    coded = _coded(rules_coder, text)
    assert [(source, target) for source, target, *_ in coded] == [("UKROPP", "UKRELI")], coded


def test_coder_precision_a_body_and_an_agent_beside_it_aim_at_their_country(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # the agent with no country is the body's country's by the domestic rule, so the pair is one
    # country's bodies (at 1ba9c7f the agent's "---" kept both without a target)
    # country's bodies (at 1ba9c7f the agent's "---" kept both without a target); one act of
    # one country on itself is written once (twenty-seventh session, coder._one_per_country)
    coded = _coded(rules_coder, "Pelosi and the administration rejected the proposal.")
    pairs = [(source, target) for source, target, *_ in coded]
    assert len(pairs) == 1 and pairs[0] in {("USALEG", "USA"), ("USAGOV", "USA")}, coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("British Defence Secretary Michael Fallon resigned on Wednesday.", "RETREAT"),
        ("The United States imposed new sanctions on Russia on Monday.", "SANCTION"),
    ],
)
def test_coder_precision_resignations_and_sanctions_as_the_plover_manual_codes_them(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: str
) -> None:
    # ontology plover_manual.txt; RESIGN is CAMEO 0831 (eventscribe.verbs.txt)
    assert [event for *_, event in _coded(rules_coder, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # an adjective after the object is the predicate, however the parser hangs it
        "Russia's foreign ministry called the move by JPMorgan illegal and absurd.",
        "The senator stood by his remarks, calling the State Department's statement disgraceful.",
        # to call someone out is to criticize them (SENSES CALL:OUT)
        "Obama took a lighter tone, still calling out the Republicans.",
    ],
)
def test_coder_precision_calling_something_bad_is_criticism_not_a_call(  # type: ignore[no-untyped-def]
    rules_coder, text: str
) -> None:
    events = {event for *_, event in _coded(rules_coder, text)}
    assert "ACCUSE" in events and "CONSULT" not in events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunct with no subject or auxiliary of its own shares the first one's
        ("Russia could attack Ukraine and seize Kyiv.", []),
        ("Russia did not attack Ukraine or seize Kyiv.", []),
        ("Russian troops will attack Ukraine and seize Kyiv.", ["THREATEN", "THREATEN"]),
        # not the negation after "but"; not a conjunct with its own auxiliary
        ("Russia did not attack Ukraine but seized Kyiv.", ["COERCE"]),
        ("Russian troops attacked Ukraine and will seize Kyiv.", ["ASSAULT", "THREATEN"]),
    ],
)
def test_coder_precision_a_conjunct_shares_the_first_ones_modality(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: list[str]
) -> None:
    assert [event for *_, event in _coded(rules_coder, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative pronoun that is not the clause's doer stands for the noun it modifies
        (
            "Russian President Vladimir Putin, whom Obama criticized in the past, condemned it.",
            ("USAGOV", "RUSGOV", "ACCUSE"),
        ),
        ("Putin, who was criticized by Obama on Monday, met Xi.", ("USAGOV", "RUSGOV", "ACCUSE")),
        # "who" as the clause's doer too (twentieth session): the act is reported as done
        (
            "Senate Democrats who met with President Obama on Monday said they support the bill.",
            ("USALEG", "USAGOV", "CONSULT"),
        ),
        (
            "The Russian lawyer who met with Donald Trump Jr. in June denied the report.",
            ("RUSJUD", "USAELI", "CONSULT"),
        ),
    ],
)
def test_coder_precision_a_relative_pronoun_stands_for_its_noun(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(rules_coder, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" of a clause of time is the modified clause's subject, one person of his gender
        (
            "Obama discussed the issue when he met with Israeli Prime Minister Benjamin Netanyahu.",
            ("USAGOV", "ISRGOV", "CONSULT"),
        ),
        # through a pronoun that is itself the speaker
        (
            "Obama said he discussed the issue when he met with Benjamin Netanyahu on Wednesday.",
            ("USAGOV", "ISRGOV", "CONSULT"),
        ),
        # before its antecedent
        (
            "After she met with Vladimir Putin, Angela Merkel flew home.",
            ("DEUGOV", "RUSGOV", "CONSULT"),
        ),
    ],
)
def test_coder_precision_a_pronoun_of_a_clause_of_time_is_the_main_subject(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(rules_coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # another person is named in the main clause: whose act is it?
        "Obama was in Paris with Benjamin Netanyahu when he met with Mahmoud Abbas.",
        # "she" is no man
        "Obama flew home after she met with Mahmoud Abbas.",
    ],
)
def test_coder_precision_a_pronoun_of_a_clause_of_time_needs_one_antecedent(  # type: ignore[no-untyped-def]
    rules_coder, text: str
) -> None:
    assert not [t for t in _triples(rules_coder, text) if t[2] == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court's act with no one named as doing it: the courts where it happened (JUD)
        ("Paul Manafort has been indicted in federal court in Virginia.", ("USA", "USA", "ACCUSE")),
        ("Mohamed Morsi was sentenced to death in Cairo.", ("EGY", "EGY", "COERCE")),
    ],
)
def test_coder_precision_a_courts_act_with_no_doer_is_the_places_courts(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _dyads(rules_coder, text)


def test_coder_precision_a_courts_act_is_not_placed_by_what_it_is_about(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # not a place of what the charge is about (JUDICIAL_CHARGE_PREPS)
    text = "Paul Manafort is charged with money laundering related to his work in Ukraine."
    assert not [d for d in _dyads(rules_coder, text) if d[0] == "UKR"]


def test_coder_precision_diplomats_ordered_out_are_relations_reduced(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # ORDER:DIPLOMAT 161, as expelling diplomats, not a demand (ORDER's 100)
    text = "The Obama administration ordered 35 Russian diplomats to leave the country."
    assert ("USA", "RUS", "SANCTION") in _dyads(rules_coder, text)


def test_coder_precision_an_act_a_verb_was_coded_as_is_not_coded_again_by_its_noun(  # type: ignore[no-untyped-def]
    rules_coder,
) -> None:
    # "ordered airstrikes": the pattern ORDER * AIRSTRIKES coded the act with its doer; the noun
    # names the same act, not one by unnamed attackers of the place (IRQUAF)
    coded = _coded(rules_coder, "Barack Obama ordered airstrikes against the militants in Iraq.")
    assert [c for c in coded if c[0].startswith("USA") and c[3] == "ASSAULT"], coded
    assert not [c for c in coded if c[0] == "IRQUAF"], coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement aimed at no one named: at the target of the act agreed to, if another
        # country's (COMPLEMENT_TARGET_TYPES)
        ("The United States agreed to lift sanctions on Iran.", ("USA", "IRN", "AGREE")),
        ("Japan has agreed to resume talks with North Korea.", ("JPN", "PRK", "AGREE")),
    ],
)
def test_coder_precision_an_agreement_is_aimed_at_what_it_commits_to(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _dyads(rules_coder, text)


def test_coder_precision_a_militant_group_has_no_country_to_aim_at(rules_coder) -> None:  # type: ignore[no-untyped-def]
    text = "Abu Bakr al-Baghdadi, the leader of the Islamic State, criticized the decision."
    assert not [d for d in _dyads(rules_coder, text) if d[1] == "IMG"]


def test_coder_precision_an_act_ordered_is_done_by_who_ordered_it(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # ORDERING_VERBS: the noun's act has no doer of its own; the one who authorized it did it
    coded = _coded(rules_coder, "Barack Obama authorized airstrikes against militants in Iraq.")
    attacks = [c for c in coded if c[3] == "ASSAULT"]
    assert attacks and all(c[0].startswith("USA") for c in attacks), coded


def test_coder_precision_a_warning_with_a_condition_is_no_request(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "should" before its subject is a condition, not an obligation
    text = "Kevin McCarthy warned Republicans that, should the petition pass, it could cost them."
    assert not [d for d in _dyads(rules_coder, text) if d[2] == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a want aimed at another party is a request of it (annotation guide), not an intent
        ("Israel wants Hamas to disarm.", ("ISR", "PSE", "REQUEST")),
        ("Japanese officials want the Security Council to punish Iran.", ("JPN", "IGO", "REQUEST")),
        ("Iran wants UN sanctions lifted immediately.", ("IRN", "IGO", "REQUEST")),
        (
            "Japan wants to see the verified denuclearization of North Korea.",
            ("JPN", "PRK", "REQUEST"),
        ),
        ("NATO allies have sought reassurance from the United States.", ("IGO", "USA", "REQUEST")),
    ],
)
def test_coder_precision_a_want_aimed_at_another_is_a_request(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _dyads(rules_coder, text)


def test_coder_precision_a_want_of_ones_own_act_is_no_request(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "wants to meet": the one who wants intends to; no one is asked
    assert not [e for e in _dyads(rules_coder, "Obama wants to meet Putin.") if e[2] == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a FROM phrase names who made the demand; who rebuffed it is its target
        (
            "The White House rebuffed calls from the Iraqi government to carry out airstrikes.",
            ("IRQGOV", "USAGOV", "REQUEST"),
        ),
        ("Barack Obama faced criticism from Israel over the deal.", ("ISR", "USAGOV", "ACCUSE")),
        # the subject of the clause a DESPITE phrase belongs to
        (
            "Despite calls from the European Union, the British government refused to delay.",
            ("IGOEUREEC", "GBRGOV", "REQUEST"),
        ),
        # "calls ... to" do something are demands, not phone calls
        (
            "Republican senators rejected calls by Barack Obama to lift the sanctions.",
            ("USAGOV", "USALEG", "REQUEST"),
        ),
    ],
)
def test_coder_precision_an_act_named_by_a_noun_is_aimed_at_who_receives_it(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(rules_coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # a phone call from someone is no demand; a clause reporting speech receives nothing
        "Donald Trump accepted a congratulatory phone call from Taiwan's president.",
        "Bernie Sanders received a call from Senator Elizabeth Warren.",
        # a source's anonymity asks no one to act (ASK:NAME), as the doer of a relative clause
        "Two Obama administration officials, who asked not to be named, confirmed the talks.",
        "Local media reported the test despite criticism from the United States.",
    ],
)
def test_coder_precision_who_receives_an_act_only_from_its_verb(  # type: ignore[no-untyped-def]
    rules_coder, text: str
) -> None:
    coded = _triples(rules_coder, text)
    assert not [t for t in coded if t[2] == "REQUEST" or (t[2] == "ACCUSE" and t[1])]


@pytest.mark.parametrize(
    "text",
    [
        "Hollande said other attacks have been thwarted in France in recent weeks.",
        "French police foiled a bombing in Paris on Monday.",
    ],
)
def test_coder_precision_a_prevented_act_is_not_done(rules_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # lexicon NOMINAL_PREVENTING_VERBS
    assert all(event != "ASSAULT" for *_, event in _coded(rules_coder, text))


def test_coder_precision_a_praising_word_in_a_quoted_naming_is_praise(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # PRAISE_WORDS anywhere in the predicate's phrase; a quote alone reads as criticism
    text = 'President Trump called Senator Graham "a man of tremendous courage and grit".'
    assert [event for *_, event in _coded(rules_coder, text)] == ["SUPPORT"]


def test_coder_precision_a_surname_before_another_name_word_is_part_of_that_name(  # type: ignore[no-untyped-def]
    rules_coder,
) -> None:
    # "Morrison" alone is Scott Morrison's variant; "Morrison Bridge" is a bridge
    events = rules_coder.code_text(
        "Portland police were investigating a shooting on Morrison Bridge.", dt.date(2020, 8, 1)
    )
    assert all(e.target is None or e.target.country != "AUS" for e in events)
    events = rules_coder.code_text("Morrison criticized China on Monday.", dt.date(2020, 8, 1))
    assert [(e.source.code, e.target.code if e.target else "") for e in events] == [
        ("AUSGOV", "CHN")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two subjects who talk, with no one else named, talk with each other (TALK_VERBS)
        ("Trump and Putin spoke on Saturday.", "040"),
        ("Trump and Putin talked by phone on Saturday.", "041"),
    ],
)
def test_coder_precision_two_who_talk_consult_each_other(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: str
) -> None:
    events = rules_coder.code_text(text, dt.date(2017, 1, 30))
    assert {(e.source.country, e.target.country if e.target else "", e.cameo) for e in events} == {
        ("USA", "RUS", expected),
        ("RUS", "USA", expected),
    }


@pytest.mark.parametrize(
    "text",
    [
        "China targeted American farm products with its own tariffs on Monday.",
        "The United States imposed tariffs on Chinese steel on Monday.",
    ],
)
def test_coder_precision_tariffs_are_sanctions(rules_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # SENSES TARGET:TARIFF, IMPOSE:TARIFF: sanctions (163), not an attack or coercion
    assert {event for *_, event in _coded(rules_coder, text)} == {"SANCTION"}


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # ASSERTION_VERBS: insisting that something is so is a statement
        ("President Obama insisted on Monday that he was not taking sides in Egypt.", set()),
        ("Trump insisted he did not fire Comey because of the Russia probe.", set()),
        # insisting on what must be, or in the subjunctive, is a demand of that party
        ("Russia insisted that Ukraine make no agreement with NATO.", {("RUS", "UKR", "REQUEST")}),
        (
            "Italy insisted that any strike against Syria must be authorized by the UN.",
            {("ITA", "", "REQUEST")},
        ),
    ],
)
def test_coder_precision_insisting_that_something_is_so_is_a_statement(  # type: ignore[no-untyped-def]
    rules_coder, text: str, events: set[tuple[str, str, str]]
) -> None:
    assert _dyads(rules_coder, text) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # a to-infinitive under a negated or negative head is not done (lexicon NEGATIVE_HEADS)
        ("The Turkish mayor never promised to investigate the Kurdish police.", set()),
        ("Israel did not agree to withdraw its troops from Lebanon.", set()),
        ("The Iraqi army was unwilling to negotiate with the Kurdish rebels.", set()),
        ("Egyptian police were not ready to release the Sudanese prisoners.", set()),
        # ... unless the head says it was done after all (NEGATED_HEAD_DONE), and not a gerund
        (
            "The Russian army did not hesitate to attack the Ukrainian army.",
            {("RUS", "UKR", "ASSAULT")},
        ),
        (
            "The Russian army did not stop shelling the Ukrainian army.",
            {("RUS", "UKR", "ASSAULT")},
        ),
    ],
)
def test_coder_precision_an_infinitive_under_a_negated_head_is_not_done(  # type: ignore[no-untyped-def]
    rules_coder, text: str, events: set[tuple[str, str, str]]
) -> None:
    assert _dyads(rules_coder, text) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # VIEW_AGREEMENT_VERBS: agreeing that something is so shares a view
        ("Most Brazilian voters agree with President Lula that taxes are too high.", set()),
        ("German and French leaders agreed that the euro was too strong.", set()),
        # agreeing to do something is an agreement
        ("Iran agreed to curb its nuclear program on Tuesday.", {("IRN", "", "AGREE")}),
    ],
)
def test_coder_precision_agreeing_with_a_view_is_no_agreement(  # type: ignore[no-untyped-def]
    rules_coder, text: str, events: set[tuple[str, str, str]]
) -> None:
    assert _dyads(rules_coder, text) == events


def test_coder_precision_a_warning_of_what_may_have_been_is_no_threat(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # the perfect after the modal ("may have been") says what may have been: a warning of how
    # things are (012), not a threat
    text = "Russian officials warned Washington that the suspect may have been radicalized."
    assert {e.cameo for e in rules_coder.code_text(text, DAY)} == {"012"}
    text = "Iran warned Washington that it would retaliate against any attack."
    assert "130" in {e.cameo for e in rules_coder.code_text(text, DAY)}


@pytest.mark.parametrize(
    ("text", "forbidden", "expected"),
    [
        ("China is retaliating against American tariffs on steel.", "ASSAULT", "SANCTION"),
        ("The Justice Department gathered phone records of Fox News reporters.", "CONSULT", None),
    ],
)
def test_coder_precision_senses_of_retaliating_and_gathering(  # type: ignore[no-untyped-def]
    rules_coder, text: str, forbidden: str, expected: str | None
) -> None:
    events = {event for *_, event in _coded(rules_coder, text)}
    assert forbidden not in events
    if expected is not None:
        assert expected in events


@pytest.mark.parametrize(
    "text",
    [
        "Turkish and Greek ministers agreed that their navies should cooperate.",
        "Turkish and Greek ministers agreed that their navies would hold joint exercises.",
    ],
)
def test_coder_precision_agreeing_that_something_must_or_will_be_done_is_an_agreement(  # type: ignore[no-untyped-def]
    rules_coder, text: str
) -> None:
    assert "AGREE" in {event for *_, event in _coded(rules_coder, text)}


@pytest.mark.parametrize(
    ("text", "is_request"),
    [
        # QUESTION_VERBS: a question put asks no one to do anything
        ("The Mexican president asked reporters about the American tariffs on steel.", False),
        ("Senator Warren asked the Chinese ambassador why Beijing had detained them.", False),
        ("When asked about the Chinese tariffs, the Mexican president said nothing.", False),
        ("Senator Warren asked the Chinese ambassador his thoughts.", False),
        ("“Is it over?” the Mexican president asked the Chinese ambassador.", False),
        # a participle opening the sentence is the reporter's question; "if" makes a question
        (
            "Asked by reporters if China had lifted the tariffs, the Mexican president smiled.",
            False,
        ),
        ("Senator Warren asked the Chinese ambassador if Beijing would lift the tariffs.", False),
        # asking someone to do something, or for something, is a request
        ("The Mexican president asked Chinese officials to lift the tariffs.", True),
        ("Turkey has asked NATO for two batteries of Patriot missiles.", True),
    ],
)
def test_coder_precision_a_question_put_is_no_request(  # type: ignore[no-untyped-def]
    rules_coder, text: str, is_request: bool
) -> None:
    assert ("REQUEST" in {event for *_, event in _coded(rules_coder, text)}) is is_request


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a one-word dictionary name in lower case is no actor ("turkey" is no Turkey, "pole" no
        # Pole, "male" no Malé)
        ("President Obama pardoned a turkey at the White House on Wednesday.", "TUR"),
        ("Russian soldiers attacked a pole in Kharkiv.", "POL"),
        ("An all-male unit attacked the Iraqi border post on Monday.", "MDV"),
    ],
)
def test_coder_precision_a_name_in_lower_case_is_no_actor(  # type: ignore[no-untyped-def]
    rules_coder, text: str, country: str
) -> None:
    coded = rules_coder.code_text(text, DAY)
    assert country not in {a.country for e in coded for a in (e.source, e.target) if a}


def test_coder_precision_a_sentence_in_lower_case_keeps_its_names(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = rules_coder.code_text("russian forces attacked ukraine on monday.", DAY)
    assert ("RUS", "UKR") in {
        (e.source.country, e.target.country if e.target else None) for e in coded
    }


@pytest.mark.parametrize(
    "text",
    [
        "The shooting in Charleston led to calls for gun control.",
        "The Parkland shooting led to calls for gun control.",
    ],
)
def test_coder_precision_violence_a_noun_names_in_a_place_with_no_actor(
    rules_coder, text: str
) -> None:  # type: ignore[no-untyped-def]
    # no dictionary actor, so the sentence was not parsed; a noun of violence and a name (its
    # place, from the gazetteer) make it worth parsing: unnamed attackers (of no country, since
    # the forty-fourth session) against the place's country
    assert (None, "USA", "ASSAULT") in {
        (e.source.country, e.target.country if e.target else None, e.event)
        for e in rules_coder.code_text(text, DAY)
    }


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # advising that something is so informs (ASSERTION_VERBS); advising someone to do
        # something, or that they should, is advice
        ("The Russian embassy advised that there were no Russian soldiers in Crimea.", set()),
        ("The Russian embassy advised that Ukraine should withdraw.", {("RUS", "UKR", "REQUEST")}),
        # what would have been is a view, not an agreement
        ("German and French leaders agree that Greece would have been poorer.", set()),
        # a sense of "hit": hitting one's mark hits no one
        ("On both counts, the Russian ambassador hit his mark.", set()),
    ],
)
def test_coder_precision_advice_that_informs_views_of_the_past_and_marks_hit(  # type: ignore[no-untyped-def]
    rules_coder, text: str, events: set[tuple[str, str, str]]
) -> None:
    assert _dyads(rules_coder, text) == events


@pytest.mark.parametrize(
    "text",
    [
        # NEWS_OUTLET_WORDS: a person after an outlet's possessive is its journalist
        "Fox News' John Roberts criticized the Iranian government.",
        # an outlet the dictionaries code as media, in the table or not
        "CNN's John Roberts criticized the Iranian government.",
        "The Washington Post's John Roberts criticized the Iranian government.",
    ],
)
def test_coder_precision_a_namesake_after_a_news_outlet_is_its_journalist(
    rules_coder, text: str
) -> None:  # type: ignore[no-untyped-def]
    coded = rules_coder.code_text(text, DAY)
    assert "USAJUD" not in {e.source.code for e in coded}


def test_coder_precision_the_chief_justice_by_name_stays(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = rules_coder.code_text(
        "Chief Justice John Roberts criticized the Iranian government.", DAY
    )
    assert "USAJUD" in {e.source.code for e in coded}


@pytest.mark.parametrize(
    "text",
    [
        # an imperative addressed to someone reports no act: the vocative is no subject
        "So, Secretary Blinken, expel the Russian diplomats.",
        "Secretary Blinken, condemn Russia now.",
        "Mr. Biden, impose sanctions on Russia and meet the Ukrainian leaders.",
        # naming a phrase (a free relative "what ... called") quotes a word: no criticism
        'Mexico has staked much on ending what President Trump once called the "stupid war".',
        'Many Mexicans still remember what President Trump once called "a disgrace".',
    ],
)
def test_coder_precision_imperatives_and_named_phrases_are_no_events(  # type: ignore[no-untyped-def]
    rules_coder, text: str
) -> None:
    assert _coded(rules_coder, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject and a finite verb: no imperative
        ("The Chinese envoy met with the Iranian leaders.", "CONSULT"),
        ("President Biden, the Democrat, met with the Iranian leaders.", "CONSULT"),
        ("Russia and China, however, condemn the American sanctions.", "ACCUSE"),
        ('President Trump called the Mexican government "a disgrace".', "ACCUSE"),
    ],
)
def test_coder_precision_finite_clauses_and_named_objects_stay(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: str
) -> None:
    assert expected in {event for *_, event in _coded(rules_coder, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CAMEO.2.0's MEET * (WITH LEADERS), (FOR TALKS), (AT) say 036, an intent: a meeting
        # held is a consultation (eventscribe.verbs.txt, MEET_PEOPLE)
        ("The Chinese envoy met with the Iranian leaders on Monday.", ("CHNGOV", "IRN", "040")),
        (
            "Vladimir Putin met Emmanuel Macron at the Kremlin on Monday.",
            ("RUSGOV", "FRAGOV", "040"),
        ),
        ("The Chinese envoy met Iranian officials for talks.", ("CHNGOV", "IRNGOV", "040")),
        ("China hosted a summit with Russia on Monday.", ("CHN", "RUS", "043")),
        # one still to come is an intent by its modality
        ("Vladimir Putin will meet Emmanuel Macron at the Kremlin.", ("RUSGOV", "FRAGOV", "036")),
    ],
)
def test_coder_precision_a_meeting_held_is_a_consultation(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {
        (source, target, cameo) for source, target, cameo, _ in _coded(rules_coder, text)
    }


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # doers of violence named by a passive's "by", or with the act as the object, act side by
        # side (TOGETHER_ROOTS), never on one another
        (
            "The missile strike was carried out by the U.S., the U.K. and France.",
            set(),
            {("USA", "GBR"), ("GBR", "FRA"), ("FRA", "USA")},
        ),
        (
            "The U.S., Britain and France carried out airstrikes in Syria.",
            {("USA", "SYR"), ("GBR", "SYR"), ("FRA", "SYR")},
            {("USA", "GBR"), ("GBR", "FRA"), ("FRA", "USA")},
        ),
        (
            "Russian and Syrian jets bombed Aleppo.",
            set(),
            {("RUS", "SYR"), ("SYR", "RUS")},
        ),
        # forces of two countries that clash face each other: the place is not their target
        (
            "Israeli and Palestinian forces clashed in Hebron.",
            {("ISR", "PSE"), ("PSE", "ISR")},
            {("PSE", "PSE")},
        ),
        (
            "Russian and Ukrainian troops exchanged fire near Donetsk.",
            {("RUS", "UKR"), ("UKR", "RUS")},
            {("UKR", "UKR")},
        ),
    ],
)
def test_coder_precision_who_fights_whom_among_several_doers(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: set[tuple[str, str]], forbidden: set[tuple[str, str]]
) -> None:
    dyads = {(source, target) for source, target, event in _dyads(rules_coder, text) if event}
    assert expected <= dyads
    assert not dyads & forbidden


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # the name before "-backed" is the backer (BACKER_WORDS), not the actor
        ("Russian-backed separatists shelled Mariupol on Monday.", ("UKR", "UKR"), ("RUS", "UKR")),
        (
            "Libyan soldiers were killed by NATO-backed rebels near Sirte.",
            ("LBY", "LBY"),
            ("IGO", "LBY"),
        ),
        ("Iran-backed Houthi rebels attacked Saudi Arabia.", ("YEM", "SAU"), ("IRN", "SAU")),
    ],
)
def test_coder_precision_a_backer_is_not_the_actor(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: tuple[str, str], forbidden: tuple[str, str]
) -> None:
    dyads = {(source, target) for source, target, event in _dyads(rules_coder, text) if event}
    assert expected in dyads
    assert forbidden not in dyads


@pytest.mark.parametrize(
    ("text", "is_threat"),
    [
        # a warning of what may turn out, no one's threat (WARNED_OF_THREATS)
        ("The Chinese ambassador warned Washington of an extended period of weak growth.", False),
        ("The Russian ambassador warned Washington about a possible pandemic.", False),
        ("The Japanese minister warned Beijing that such a test could damage the region.", False),
        ("The Chinese president warned Tokyo a major conflict with Japan could erupt.", False),
        ("The Russian envoy warned Kyiv on Monday of a long period of low growth.", False),
        # a warning of what the one warned is threatened with, or of what an actor will do
        ("The Iranian president warned Washington of serious repercussions.", True),
        ("Israel warned Hamas of new strikes.", True),
        ("China warned Washington that Beijing would retaliate.", True),
        ("The Egyptian minister warned crowds that police would no longer tolerate them.", True),
    ],
)
def test_coder_precision_a_warning_of_what_may_come_is_no_threat(  # type: ignore[no-untyped-def]
    rules_coder, text: str, is_threat: bool
) -> None:
    assert ("THREATEN" in {event for *_, event in _coded(rules_coder, text)}) is is_threat


@pytest.mark.parametrize(
    ("text", "is_protest"),
    [
        # to demonstrate with no object or complement is to protest; with one, to show
        ("Palestinian students demonstrated against the Israeli occupation.", True),
        ("Iraqi students demonstrated in Basra on Sunday.", True),
        ("The Chinese navy demonstrated its growing strength to Japan.", False),
        ("The Iranian tests demonstrated that Tehran can reach Israel.", False),
        ("Russia fired a missile to demonstrate its nuclear prowess to NATO.", False),
    ],
)
def test_coder_precision_demonstrating_something_is_no_protest(  # type: ignore[no-untyped-def]
    rules_coder, text: str, is_protest: bool
) -> None:
    assert ("PROTEST" in {event for *_, event in _coded(rules_coder, text)}) is is_protest


def test_coder_precision_arms_sent_to_someone_are_military_aid(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # CAMEO.2.0's DEPLOY * ARMS [154] is a pattern of the whole block of sending
    coded = _coded(rules_coder, "The United States sent arms to Ukraine last year.")
    assert ("USA", "UKR", "072", "AID") in coded


def test_coder_precision_a_part_seized_is_seized(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # CAMEO.2.0's TAKE * PART [030] (took part) is a pattern of the whole block of seizing
    coded = _coded(rules_coder, "Russian troops seized part of the Ukrainian city of Bakhmut.")
    assert ("RUSMIL", "UKR", "171", "COERCE") in coded
    assert not any(cameo.startswith("03") for _, _, cameo, _ in coded)


@pytest.mark.parametrize(
    ("text", "is_accusation"),
    [
        # a thing judged whose doer the clause does not name: no act on anyone
        ('The Japanese prime minister called Sunday\'s launch "a grave threat to Japan".', False),
        ('The Mexican president called the new tariffs "reckless and absurd".', False),
        # a named party, a nationality or an owner named in the object is judged
        ('The Mexican president called the American tariffs "reckless and absurd".', True),
        ('The Mexican president called Trump\'s tariffs "reckless and absurd".', True),
        ('The Mexican president called the tariffs "a cynical ploy" by Washington.', True),
    ],
)
def test_coder_precision_judging_a_thing_no_one_did_is_no_accusation(  # type: ignore[no-untyped-def]
    rules_coder, text: str, is_accusation: bool
) -> None:
    assert ("ACCUSE" in {event for *_, event in _coded(rules_coder, text)}) is is_accusation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # LAND joins ARRIVE: someone landing in a place arrives there
        ("The Chinese president landed in Moscow on Monday.", {("CHN", "RUS", "CONSULT")}),
        # a weapon or an aircraft landing, or a deal landed, is no visit
        ("The North Korean missile landed in the Sea of Japan.", set()),
        ("The Chinese president landed a major trade deal with Russia.", set()),
    ],
)
def test_coder_precision_landing_somewhere_is_arriving(  # type: ignore[no-untyped-def]
    rules_coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {d for d in _dyads(rules_coder, text) if d[2] == "CONSULT"} == expected


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        # "it" in a clause of time or a relative clause: the main clause's one country
        (
            "North Korea has refrained from new tests since November, when it tested a missile.",
            ("PRK", "", "MOBILIZE"),
            None,
        ),
        # not when the main clause names another country: "it" may be either
        (
            "Israel struck Gaza after it was hit by Iranian rockets.",
            ("ISR", "PSE", "ASSAULT"),
            ("IRN", "ISR", "ASSAULT"),
        ),
    ],
)
def test_coder_precision_it_in_a_subordinate_clause_is_the_main_subject(  # type: ignore[no-untyped-def]
    rules_coder,
    text: str,
    expected: tuple[str, str, str],
    forbidden: tuple[str, str, str] | None,
) -> None:
    dyads = _dyads(rules_coder, text)
    assert expected in dyads
    assert forbidden not in dyads


# Thirteenth session: each row a sentence written for a rule, the (source, target, type) dyads
# it must give and the PLOVER types (or dyads) it must not. Rows marked "guard" keep what the
# rules must not change, rows marked "regression" are bugs of the session's own first rules
# found reading the 300 articles' changes; every other row fails on the session's start
# (13e5d07).
SESSION_13 = [
    # a meeting the clause's subject took part in (PARTAKING_PREPS), not with reporters
    (
        "U.S. Defense Secretary Patrick Shanahan spoke during a meeting with Portugal's defense"
        " minister.",
        {("USA", "PRT", "CONSULT")},
        (),
    ),
    (
        "Obama praised the deal at a news conference with the Chinese president on Friday.",
        {("USA", "CHN", "CONSULT")},
        (),
    ),
    ("Obama spoke about a meeting with the Chinese president.", set(), ("CONSULT",)),  # guard
    ("Obama prepared for a meeting with the Chinese president.", set(), ("CONSULT",)),  # guard
    # guard
    ("Obama did not speak during a meeting with the Chinese president.", set(), ("CONSULT",)),
    (
        # regression
        "In a press conference with reporters Thursday, Nadler suggested a vote.",
        set(),
        ("CONSULT",),
    ),
    # an insult named is criticism (INSULT_WORDS), with AS too; "called X a Y" parsed with two
    # predicates is no phone call
    ("Trump has called Senator Warren a fraud.", {("USA", "USA", "ACCUSE")}, ()),
    ("Trump described Senator Warren as a fraud.", {("USA", "USA", "ACCUSE")}, ()),
    ("Trump branded Senator Warren a phony.", {("USA", "USA", "ACCUSE")}, ()),
    ("Iran's president called Trump a crazed lunatic.", {("IRN", "USA", "ACCUSE")}, ()),
    ("Trump called Senator Warren a candidate.", set(), ("ACCUSE",)),  # guard
    # guard
    ("Trump described Senator Warren as a candidate who fought fraud.", set(), ("ACCUSE",)),
    (
        "President Trump on Monday called Senator Warren a fraud.",
        {("USA", "USA", "ACCUSE")},
        (("USA", "USA", "CONSULT"),),
    ),
    # an AS phrase: praise of a named actor; a quoted description or an adjective's phrase no
    # evaluation (regressions found reading the 300 articles)
    ("Merkel described the U.S. as an essential partner.", {("DEU", "USA", "SUPPORT")}, ()),
    # regression
    ("Pompeo described the sanctions as a way to deny Iran resources.", set(), ("ACCUSE",)),
    (
        # regression
        "Trump told an audience of business leaders, describing the relationship as shockingly"
        " unbalanced and costing the US $300bn a year.",
        set(),
        ("ACCUSE",),
    ),
    # what a concession's pattern ends is no new act; an act judged stays one
    (
        "President Obama lifted the U.S. arms embargo against Vietnam on Monday.",
        {("USA", "VNM", "RETREAT")},
        (("USA", "VNM", "SANCTION"),),
    ),
    ("Russia condemned the U.S. airstrikes on Syria.", {("USA", "SYR", "ASSAULT")}, ()),  # guard
    # what is offered decides
    ("The Iranian government offered shifting explanations for the strike.", set(), ("AGREE",)),
    (
        "The State Department offered its thanks to the Russian government.",
        {("USA", "RUS", "SUPPORT")},
        (),
    ),
    (
        # guard
        "Obama offered Russia the full security assistance of the U.S.",
        {("USA", "RUS", "AGREE")},
        (),
    ),
    # a strike ordered is the orderer's
    (
        "President Trump ordered the strike on Qassem Soleimani in January.",
        {("USA", "IRN", "ASSAULT")},
        (),
    ),
    (
        "President Trump ordered strikes on Iranian bases in January.",
        {("USA", "IRN", "ASSAULT")},
        (),
    ),
    # treaties left, organisations left, meetings cancelled
    (
        "The United States formally withdrew from a 1987 nuclear missile pact with Russia.",
        {("USA", "RUS", "SANCTION")},
        ("RETREAT",),
    ),
    (
        "The US suspended the nuclear forces treaty with Russia on Friday.",
        {("USA", "RUS", "SANCTION")},
        (),
    ),
    # (forty-third session: SANCTION, as the labelled real-news sets code a meeting cancelled)
    ("Trump canceled his meeting with Putin.", {("USA", "RUS", "SANCTION")}, ("CONSULT",)),
    ("Trump cancelled the summit with Kim Jong Un.", {("USA", "PRK", "SANCTION")}, ("CONSULT",)),
    ("Britain left the European Union on Friday.", {("GBR", "IGO", "SANCTION")}, ("CONSULT",)),
    ("The United States withdrew from UNESCO.", {("USA", "IGO", "SANCTION")}, ("CONCEDE",)),
    # troops deployed are mobilised, their forces no target; offered or sent to help, cooperation
    ("Russia deployed troops to Syria.", {("RUS", "SYR", "MOBILIZE")}, ()),
    (
        "India deployed thousands of soldiers in Kashmir.",
        {("IND", "", "MOBILIZE")},
        (("IND", "IND", "MOBILIZE"),),
    ),
    ("Britain offered to send troops to help Iraq.", set(), ("THREATEN",)),  # guard
    # exercises, mobilisation, flights
    (
        "North Korea staged military exercises near the border on Monday.",
        {("PRK", "", "MOBILIZE")},
        ("PROTEST",),
    ),
    ("Russia conducted naval exercises in the Black Sea.", {("RUS", "", "MOBILIZE")}, ()),
    (
        "South Korea and the United States held joint military drills.",  # guard
        {("KOR", "USA", "COOPERATE")},
        (),
    ),
    ("Russia mobilized troops against Ukraine.", {("RUS", "UKR", "MOBILIZE")}, ("PROTEST",)),
    (
        "The US flew B-52 bombers over the Korean Peninsula as a show of force.",
        {("USA", "", "MOBILIZE")},
        ("AID",),
    ),
    ("Obama flew to Berlin on Monday.", {("USA", "DEU", "CONSULT")}, ("AGREE",)),
    # protests with no one named, not an idiom or a march called for (aimed at the country
    # where they happen since the twenty-third session, NOMINAL_HOME_TYPES)
    ("Thousands joined a protest in Cairo on Friday.", {("EGY", "EGY", "PROTEST")}, ()),
    ("Organizers plan a protest in Paris next week.", set(), ("PROTEST",)),  # guard
    # a crowd no one names protests as the place's protesters; a sit-in held
    (
        "Thousands rallied in Hong Kong against the extradition bill.",
        {("HKG", "HKG", "PROTEST")},
        (),
    ),
    ("Opposition lawmakers held a sit-in in parliament in Kiev.", {("UKR", "UKR", "PROTEST")}, ()),
    # regression
    ("Rightist nationalism is on the march in Austria.", set(), ("PROTEST",)),
    # regression
    ("Guaido had called for the largest march in Venezuela's history.", set(), ("PROTEST",)),
    (
        "Police stand guard during a demonstration in Lagos on May 1.",
        {("NGA", "NGA", "PROTEST")},
        (("NGA", "GBR", "PROTEST"),),
    ),
    # arrests of journalists or protesters are arrests
    (
        "Three journalists were arrested in Cairo on Monday.",
        {("EGY", "EGY", "COERCE")},
        ("ASSAULT",),
    ),
    # guard
    ("Russian police arrested protesters in Moscow.", {("RUS", "RUS", "COERCE")}, ("ASSAULT",)),
    # a possessive pronoun is its verb's own subject, when they agree and no other actor comes
    # between; a politician's attacks named by a noun are criticism
    ("Trump defended his visit to North Korea.", {("USA", "PRK", "CONSULT")}, ()),
    ("Russia defended its airstrikes in Syria.", {("RUS", "SYR", "ASSAULT")}, ()),
    (
        # guard
        "Trump criticized the German chancellor over her visit to China.",
        set(),
        (("USA", "CHN", "CONSULT"),),
    ),
    (
        # regression
        "Yet Morsi refused to resign, daring the military to make good on its threat.",
        set(),
        ("THREATEN",),
    ),
    (
        # regression
        "The Security Council deliberated on sanctions after North Korea's launch and its nuclear"
        " test.",
        set(),
        (("IGO", "", "MOBILIZE"),),
    ),
    # regression
    ("Trump is famous for his attacks on the media.", set(), ("ASSAULT",)),
    # impeachments, subpoenas, votes, policies blocked, ambassadors summoned
    ("The House impeached President Trump on Wednesday.", {("USA", "USA", "ACCUSE")}, ()),
    (
        "The House Intelligence Committee subpoenaed Attorney General William Barr.",
        {("USA", "USA", "REQUEST")},
        (),
    ),
    (
        "The House voted to impeach President Trump on Wednesday.",
        {("USA", "USA", "ACCUSE")},
        ("AGREE",),
    ),
    (
        "The Security Council voted to impose sanctions on North Korea.",
        {("IGO", "PRK", "SANCTION")},
        ("AGREE",),
    ),
    (
        "A federal judge blocked President Trump's asylum policy.",
        {("USA", "USA", "REJECT")},
        ("COERCE",),
    ),
    (
        "Turkey summoned the U.S. ambassador over the remarks.",
        {("TUR", "USA", "ACCUSE")},
        ("CONSULT",),
    ),
    # clashes named by a noun; politicians clashing criticise each other, both ways
    (
        "Clashes between protesters and police left 20 dead in Baghdad.",
        {("IRQ", "IRQ", "ASSAULT")},
        (),
    ),
    ("Trump clashed with Pelosi over the budget.", {("USA", "USA", "ACCUSE")}, ("ASSAULT",)),
    # regression
    (
        "Clashes between his opponents and members of Morsi's Muslim Brotherhood erupted in"
        " several cities.",
        set(),
        ("ACCUSE",),
    ),
    (
        "Indian and Chinese troops clashed in the Galwan Valley.",  # guard
        {("IND", "CHN", "ASSAULT"), ("CHN", "IND", "ASSAULT")},
        (),
    ),
    # weapons or aid delivered to someone (BRING's block: DELIVER had no code)
    ("Russia delivered S-400 missiles to Turkey.", {("RUS", "TUR", "AID")}, ()),
    # places and organisations as parties
    (
        "Israel and the UAE signed a normalization agreement at the White House.",
        {("ISR", "ARE", "SUPPORT")},
        (("ISR", "USA", "SUPPORT"),),
    ),
    ("Rebels attacked the town of Bentiu.", {("SSD", "SSD", "ASSAULT")}, ()),
    ("Militants attacked Israel.", set(), (("ISR", "ISR", "ASSAULT"),)),  # guard
    (
        "The UN Security Council condemned the coup in Myanmar.",
        {("IGO", "", "ACCUSE")},
        (("IGO", "IGO", "ACCUSE"),),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_13)
def test_coder_precision_thirteenth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


def test_coder_precision_a_nationality_on_the_object_is_no_place(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "a U.S. base" is whose the base is, not where: the attack is in Iraq, by attackers there
    events = rules_coder.code_text("Gunmen attacked a U.S. base in Iraq.", DAY)
    assert [(e.source.code, e.location.name if e.location else None) for e in events] == [
        ("IRQUAF", "Iraq")
    ]


# Fourteenth session (issue 11): each row fails on the session's start (a365a53) unless marked
# guard or regression
SESSION_14 = [
    # "the North", "the South" of a story that named the divided country (COMPASS_NAMES)
    (
        "North Korea's leader spoke on Monday. The North tested ballistic missiles.",
        {("PRK", "", "MOBILIZE")},
        (),
    ),
    (
        "Seoul and Pyongyang exchanged fire. The South condemned the North's missile test.",
        {("KOR", "PRK", "ACCUSE"), ("PRK", "", "MOBILIZE")},
        (),
    ),
    (
        "South Sudan's president spoke on Monday. The South accused Khartoum of bombing.",
        {("SSD", "SDN", "ACCUSE")},
        (),
    ),
    ("The North tested ballistic missiles.", set(), ("MOBILIZE",)),  # guard: no country named
    # guard: a region in lower case
    (
        "North Korea's leader spoke on Monday. China criticized the north for its tests.",
        set(),
        (("CHN", "PRK", "ACCUSE"),),
    ),
    # guard: a region of a country
    (
        "South Korea's leader spoke on Monday. Rebels attacked the South of the country.",
        set(),
        ("ASSAULT",),
    ),
    # a title abbreviated before a name the dictionaries do not know ("Sen.", "Rep.": agents.yaml)
    ("Sen. Jon Tester criticized the Pentagon on Monday.", {("USA", "USA", "ACCUSE")}, ()),
    ("Obama met Sen. Chris Murphy on Monday.", {("USA", "USA", "CONSULT")}, ()),
    # guard: the party tag still makes the titled name a US legislator, not the other actor's
    (
        "Sen. Tammy Duckworth (D-Ill.) criticized Iran on Monday.",
        {("USA", "IRN", "ACCUSE")},
        (("IRN", "IRN", "ACCUSE"),),
    ),
    # a large place the dictionaries code as a body of its own country (Gaza: PSEGZA) says where
    # an attack with no one named at the receiving end happened, and so at whom it was aimed
    ("Israeli jets struck targets in Gaza overnight.", {("ISR", "PSE", "ASSAULT")}, ()),
    # a city naming an agreement or a summit by where it was made is no party (PLACE_NAMED_NOUNS)
    (
        "China and the United States agreed to join the Paris climate accord.",
        {("CHN", "USA", "AGREE")},
        (("CHN", "FRA", "AGREE"), ("USA", "FRA", "AGREE")),
    ),
    ("Russia violated the Minsk agreements, Ukraine said.", set(), (("RUS", "BLR", "REJECT"),)),
    ("Trump criticized the Iran nuclear deal.", {("USA", "IRN", "ACCUSE")}, ()),  # guard
    ("Trump criticized the Saudi arms deal.", {("USA", "SAU", "ACCUSE")}, ()),  # guard
    # refusing to rule something out rejects nothing (SENSES REFUSE:RULE, DECLINE:RULE)
    ("Trump refused to rule out military action against Venezuela.", set(), ("REJECT",)),
    ("Putin declined to rule out a third term.", set(), ("REJECT",)),
    ("Trump ruled out talks with Iran.", {("USA", "IRN", "REJECT")}, ()),  # guard
    ("Venezuela refused to allow U.S. aid in.", {("VEN", "USA", "REJECT")}, ()),  # guard
    # "the two sides" are the two the sentence names on the other side, not the story's pair
    (
        "Burkina Faso and the United States signed a defense pact. Congress and President Biden"
        " agreed on the budget in 2023, if the two sides couldn't agree on a more elegant way.",
        {("USA", "USA", "AGREE")},
        (("USA", "BFA", "AGREE"),),
    ),
    # a politician attacking an unarmed international body criticises it
    ("Trump attacked the World Health Organization.", {("USA", "IGO", "ACCUSE")}, ("ASSAULT",)),
    ("Militants attacked a UN convoy in Mali.", {("MLI", "IGO", "ASSAULT")}, ()),  # guard
    # a bare participle's act is as real as the act it hangs on
    (
        "Iran said its forces would respond, attacking U.S. ships.",
        {("IRN", "USA", "THREATEN")},
        ("ASSAULT",),
    ),
    ("Iran could retaliate, striking U.S. bases.", set(), ("ASSAULT",)),
    # guard
    ("Russia struck Ukraine on Monday, killing 10 people.", {("RUS", "UKR", "ASSAULT")}, ()),
    # the complement of an aim is aimed at, not done
    (
        "The United States sent envoys to Cairo to persuade Egypt to release the activists.",
        set(),
        ("RETREAT",),
    ),
    # a gerund after a preposition is an act of its own: its words match no pattern of the verb
    (
        "In the letter, the Pentagon gave five options on Syria beyond providing humanitarian"
        " assistance.",
        set(),
        ("AID",),
    ),
    (
        "A Chinese delegation is scheduled to resume talks in Washington on Wednesday aimed at"
        " resolving a trade war.",
        set(),
        ("ASSAULT",),
    ),
    # guard
    ("Russia accused Ukraine of attacking its border posts.", {("RUS", "UKR", "ACCUSE")}, ()),
    # so is a participle modifying a noun: "the forces involved in Saturday's killing" are praised
    (
        "Jeb Bush praised the U.S. Special Forces involved in Saturday's killing of an Islamic"
        " State leader in Syria.",
        {("USA", "USA", "SUPPORT")},
        (("USA", "USA", "ACCUSE"),),
    ),
    # giving a speech, an interview or options gives nothing (SENSES GIVE:SPEECH ...)
    ("Kerry gave an interview to Russian television.", set(), ("COOPERATE", "AID")),
    # an act done by a BY gerund is coded on the gerund (regression: once the gerund's words no
    # longer gave the verb a pattern, "retaliated" was an assault of its own); barring someone
    # from something restricts them (BAR:* 172, COERCE, since the seventeenth session; it was
    # the BLOCK block's * (FROM) [160], SANCTION)
    (
        "Trump retaliated by barring Pelosi from using a military plane.",
        {("USA", "USA", "COERCE")},
        ("ASSAULT",),
    ),
    # "they" in what one person says is others, not the speaker
    ("Cruz said they were shooting Jews.", set(), ("ASSAULT",)),
    ('"They want to make a deal very badly," Trump said.', set(), ("AGREE",)),
    # guard ("they" is the speakers; a blocking announced is its threat since the twenty-fifth
    # session: THREAT_CODES 12)
    ("Cruz and Rubio said they would block the nomination.", {("USA", "USA", "THREATEN")}, ()),
    # fighting troops is an attack, not the pattern's criticism of a government
    ("Rebels fought government troops near Aleppo.", {("SYR", "SYR", "ASSAULT")}, ("ACCUSE",)),
    # a share of a public as the doer is a poll's finding (POLL_SHARES, POLL_PUBLICS)
    (
        "The poll found that just 33 percent of Americans support the president.",
        set(),
        ("SUPPORT",),
    ),
    ("A majority of Americans oppose the deal with Iran.", set(), ("ACCUSE", "REJECT")),
    ("The bill was opposed by a majority of Republicans.", set(), ("ACCUSE", "REJECT")),
    # opening the door to an act does no act; a nationality and an agent side by side on an
    # act's noun are one doer ("a Turkish military assault": TURMIL, not TUR against TURMIL)
    (
        "The U.S. withdrawal opened the door to a Turkish military assault on the Kurds.",
        {("TUR", "", "ASSAULT")},
        (("USA", "TUR", "ASSAULT"), ("TUR", "TUR", "ASSAULT")),
    ),
    # guard: a place's name is no nationality
    (
        "CBS apologized for its coverage of the deadly Benghazi terrorist attacks.",
        {("LBY", "LBY", "ASSAULT")},
        (),
    ),
    # doers named together who end or run "their" operation act side by side (OPERATION_NOUNS)
    (
        "The U.S. and NATO ended their formal combat mission in Afghanistan.",
        set(),
        (("USA", "IGO", "RETREAT"), ("IGO", "USA", "RETREAT")),
    ),
    ("Israel and Hamas ended their war.", {("ISR", "PSE", "RETREAT")}, ()),  # guard
    # what a verb in the future or a hypothesis lets or makes happen has not happened either
    (
        "The new law will allow the police to arrest protesters in Moscow.",
        {("RUS", "RUS", "THREATEN")},
        ("COERCE",),
    ),
    ('"The United States might need to deploy ground troops," Obama said.', set(), ("MOBILIZE",)),
    # troops amassed are mobilised (AMASS:TROOP 154), not CAMEO.2.0's JOIN * &FIGHT cooperation
    # matched by "combat-ready"
    (
        "Russia has amassed about 20,000 combat-ready troops on Ukraine's eastern border.",
        {("RUS", "UKR", "MOBILIZE")},
        ("COOPERATE",),
    ),
    # an ambassador expelled reduces relations (161, PLOVER SANCTION), not a deportation
    (
        "Russia expelled the British ambassador on Friday.",
        {("RUS", "GBR", "SANCTION")},
        ("COERCE",),
    ),
    # missiles fired into a country's economic zone are a show of force, not an attack on it
    (
        "North Korea fired two ballistic missiles into Japan's exclusive economic zone.",
        {("PRK", "JPN", "MOBILIZE")},
        ("ASSAULT",),
    ),
    # what an allegation's clause says is alleged, not reported as done (CONTENT_NOUNS)
    (
        "World leaders are grappling with Turkey's allegations that Khashoggi was killed by Saudi"
        " officials in Istanbul.",
        set(),
        ("ASSAULT",),
    ),
    # an armed group is no country an agent can be of (the domestic rule)
    ("Lawmakers criticized the Islamic State.", set(), (("IMG", "IMG", "ACCUSE"),)),
    # guard: what the group does to agents stays coded
    (
        "The Islamic State released 12 Christian villagers on Sunday.",
        {("IMG", "IMG", "RETREAT")},
        (),
    ),
    # a participle used as a preposition is no act (regression: "Barring ..." as a participle
    # of the clause's future became a threat)
    (
        "Barring a last-minute revelation, Kavanaugh will be confirmed by the Senate.",
        set(),
        ("COERCE", "THREATEN"),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_14)
def test_coder_precision_fourteenth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_15 = [
    # an agent of no country is of the one country the sentence names, and its words, aimed at
    # no one named, are aimed at that country as its bodies' are (OWN_COUNTRY_TYPES)
    (
        "The attorney went on to criticize leaks coming out of the House Intelligence Committee.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    (
        "Judiciary aides praised the redactions in the report Congress received.",
        {("USA", "USA", "SUPPORT")},
        (),
    ),
    # guard: with two countries named, the agent's country is not guessed
    (
        "The attorney criticized leaks about Russia and China on Monday.",
        set(),
        (("RUS", "RUS", "ACCUSE"), ("CHN", "CHN", "ACCUSE")),
    ),
    # a sea named after a country is a place, no party, and not in that country (WATER_NOUNS)
    (
        "North Korea fired a ballistic missile into the sea of Japan.",
        {("PRK", "", "MOBILIZE")},
        ("ASSAULT", ("PRK", "JPN", "MOBILIZE")),
    ),
    (
        "Iran launched a missile from near the Gulf of Oman on Monday.",
        {("IRN", "", "MOBILIZE")},
        ("ASSAULT",),
    ),
    # a pattern's prepositional phrase after its object is the verb's, not the object's own
    # ("a camp for refugees" is no ATTACK * (FOR), criticism for something)
    (
        "Burundian militiamen attacked a camp for Congolese refugees on Monday.",
        {("BDI", "COD", "ASSAULT")},
        ("ACCUSE",),
    ),
    # guard: the verb's own phrase still matches ("criticized ... for")
    ("Obama attacked Romney for his remarks on Monday.", {("USA", "USA", "ACCUSE")}, ()),
    # guard: a phrase on an object the pattern names still matches ("ORDER * STRIKE (ON)")
    (
        "Trump ordered the strike on Soleimani in Baghdad.",
        {("USA", "IRN", "ASSAULT")},
        (),
    ),
    # a participle after a passive with an agent is the agent's act, not the subject's
    (
        "The village was shelled by Syrian government forces, wounding 12 civilians.",
        {("SYR", "SYR", "ASSAULT")},
        (("SYR", "", "ASSAULT"),),  # the civilians wounded no one
    ),
    (
        "A convoy was attacked by Taliban fighters, killing five Afghan soldiers.",
        {("AFG", "AFG", "ASSAULT")},
        (),
    ),
    # suing someone for damages or in court is a lawsuit (115, ACCUSE), no arrest (173, COERCE)
    (
        "A Saudi businessman is suing the United States for damages to his plant.",
        {("SAU", "USA", "ACCUSE")},
        ("COERCE",),
    ),
    (
        "The Republican Party sued Obama in federal court on Monday.",
        {("USA", "USA", "ACCUSE")},
        ("COERCE",),
    ),
    # a light verb carrying "attacks" by one politician on another is criticism, as the verb is
    (
        "Trump continued his attacks on the ninth circuit court of appeals on Monday.",
        {("USA", "USA", "ACCUSE")},
        ("ASSAULT",),
    ),
    # guard: armed forces' attacks stay attacks
    ("Israel continued its attacks on Gaza on Monday.", {("ISR", "PSE", "ASSAULT")}, ()),
    # a missile launched or fired over a country is a show of force (150), no attack on it
    (
        "North Korea fired a ballistic missile over Japan on Friday.",
        {("PRK", "JPN", "MOBILIZE")},
        ("ASSAULT",),
    ),
    # guard: missiles launched at a country attack it
    ("Iran launched missiles at U.S. bases in Iraq.", {("IRN", "USA", "ASSAULT")}, ()),
    # agreeing with someone or something, or agreeing while saying so, shares a view
    (
        "A three-judge panel of the U.S. appeals court agreed with the plaintiffs.",
        set(),
        ("AGREE",),
    ),
    ("Democratic Sen. Chris Murphy agreed, saying Congress must vote on it.", set(), ("AGREE",)),
    # guard: agreeing with another party on something, or to something, is an agreement
    ("Iran agreed with Russia on a ceasefire in Syria.", {("IRN", "RUS", "AGREE")}, ()),
    # considering, contemplating or mulling an act is no act, nor is what is considered
    ("Obama said he was contemplating airstrikes in Iraq.", set(), ("THREATEN",)),
    (
        "The White House has been considering recognizing Jerusalem as the capital of Israel.",
        set(),
        ("SUPPORT", "CONSULT"),
    ),
    (
        "The U.S. government and the European Union consider Hamas a terrorist group.",
        set(),
        ("CONSULT",),
    ),
    # guard: a command to the reader tells the act as done
    (
        "Consider how, in January 2017, Canadian gunmen stormed a mosque in Quebec City.",
        {("CAN", "CAN", "ASSAULT")},
        (),
    ),
    # armed groups that surrender surrender militarily (0874, RETREAT), as CAMEO.2.0's soldiers do
    (
        "Five hundred Ugandan rebels surrendered last week in the eastern town of Soroti.",
        {("UGA", "", "RETREAT")},
        ("CONCEDE",),
    ),
    # guard: others who surrender yield (080, CONCEDE)
    ("The Iraqi suspect surrendered to police on Monday.", {("IRQ", "IRQ", "CONCEDE")}, ()),
    # guard: a country named beside the sea stays a party
    (
        "Chinese ships rammed a Vietnamese vessel in the South China Sea.",
        {("CHN", "VNM", "ASSAULT")},
        (),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_15)
def test_coder_precision_fifteenth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_16 = [
    # an invitation is an intent to meet (CAMEO 036, PLOVER AGREE), not the meeting itself
    (
        "Kim Jong Un invited the South Korean president to Pyongyang for talks.",
        {("PRK", "KOR", "AGREE")},
        ("CONSULT",),
    ),
    # pushing back is resisting (120), not an attack (CAMEO.2.0's PUSH * ON) nor criticism
    ("China pushed back on U.S. accusations on Monday.", {("CHN", "USA", "REJECT")}, ("ASSAULT",)),
    (
        "Senate Republicans pushed back against the White House plan.",
        {("USA", "USA", "REJECT")},
        ("ACCUSE",),
    ),
    # pressing someone on something, or pushing for something on something, asks it of them
    ("Obama pressed Congress on the budget.", {("USA", "USA", "REQUEST")}, ("ASSAULT",)),
    # pressuring someone to act asks it of them; coercion needs force
    (
        "The United States pressured China to cut ties with North Korea.",
        {("USA", "CHN", "REQUEST")},
        ("COERCE",),
    ),
    # pressing ahead with one's own business is no act
    ("Senate Democrats pressed ahead with the nomination of Hagel.", set(), ("COERCE",)),
    # a reciprocal object makes the subjects each other's targets (RECIPROCAL_OBJECTS)
    (
        "India and Pakistan blamed one another for the clashes in Kashmir.",
        {("IND", "PAK", "ACCUSE"), ("PAK", "IND", "ACCUSE")},
        (),
    ),
    (
        "Russia and Turkey have each accused the other of supporting terrorism.",
        {("RUS", "TUR", "ACCUSE"), ("TUR", "RUS", "ACCUSE")},
        (),
    ),
    # as does a verb of exchange with the thing exchanged as its object
    (
        "Israel and Hamas traded accusations on Monday.",
        {("ISR", "PSE", "ACCUSE"), ("PSE", "ISR", "ACCUSE")},
        (),
    ),
    # a denial is CAMEO 016, which eventscribe reads as PLOVER REJECT (the manual's translation
    # notes; data/ontology/plover_manual.txt), and an act of its own, not a bare statement
    (
        "Syria denied the American accusations on Monday.",
        {("SYR", "USA", "REJECT")},
        (),
    ),
    ("Pakistan denied responsibility for the attack on India.", {("PAK", "IND", "REJECT")}, ()),
    # disputing or dismissing what is claimed denies it (016), no disapproval (110, ACCUSE)
    (
        "The Kremlin disputed the British account of the poisoning.",
        {("RUS", "GBR", "REJECT")},
        ("ACCUSE",),
    ),
    # what a denial governs did not happen, as told: the denial is the act (was a row of
    # test_coder_precision_no_act_as_coded, when denials were no events)
    (
        "The U.S. denies its drone violated Iranian airspace.",
        {("USA", "", "REJECT")},
        (("USA", "IRN", "REJECT"),),
    ),
    # guard: a statement whose complement reports an act still gives way to it
    ("Trump said Russia attacked Ukraine.", {("RUS", "UKR", "ASSAULT")}, ()),
    # subjects acting "together" act side by side, never on one another (SIDE_BY_SIDE_ADVERBS)
    (
        "American and Libyan guards battled the attackers together on Tuesday.",
        {("USA", "", "ASSAULT"), ("LBY", "", "ASSAULT")},
        (("USA", "LBY", "ASSAULT"), ("LBY", "USA", "ASSAULT")),
    ),
    # guard: subjects that each accuse a third party are not each other's targets
    (
        "India and Pakistan blamed Afghanistan for the attacks.",
        {("IND", "AFG", "ACCUSE"), ("PAK", "AFG", "ACCUSE")},
        (("IND", "PAK", "ACCUSE"), ("PAK", "IND", "ACCUSE")),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_16)
def test_coder_precision_sixteenth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_17 = [
    # defending a person, or what a person said or did, in words is support (052), not
    # military protection (DEFEND's 074, PLOVER AID); a city defended keeps its sense
    (
        "Senator Lindsey Graham defended Attorney General Jeff Sessions on Sunday.",
        {("USA", "USA", "SUPPORT")},
        ("AID",),
    ),
    ("Ukrainian troops defended the city against Russian forces.", set(), ("SUPPORT",)),
    # dismissing a concern, a criticism or an idea rejects it, no criticism of anyone
    (
        "The prime minister of India dismissed the concerns of the opposition on Monday.",
        {("IND", "IND", "REJECT")},
        ("ACCUSE",),
    ),
    # attacks, threats and concessions aimed at no one named and placed nowhere, in a sentence
    # naming no other country, are aimed at the actor's own country (HOME_GROUND_TYPES)
    (
        "Egyptian security forces fired tear gas at the crowd in the square.",
        {("EGY", "EGY", "ASSAULT")},
        (("EGY", "", "ASSAULT"),),
    ),
    (
        "Pakistan's government eased the lockdown restrictions last month.",
        {("PAK", "PAK", "CONCEDE")},
        (("PAK", "", "CONCEDE"),),
    ),
    (
        "President Trump threatened to end the payments.",
        {("USA", "USA", "THREATEN")},
        (("USA", "", "THREATEN"),),
    ),
    # not a show of force (the untargeted sense), a country alone, or criticism at no one
    ("North Korea launched two ballistic missiles on Sunday.", {("PRK", "", "MOBILIZE")}, ()),
    ("Iran has vowed revenge.", {("IRN", "", "THREATEN")}, ()),
    ("Republican senators blasted the decision on Friday.", set(), ("ASSAULT",)),
    # encouraging or directing someone to act asks it (020), no praise (051) or cooperation
    (
        "President Macron encouraged the Iranian government to return to the talks.",
        {("FRA", "IRN", "REQUEST")},
        ("SUPPORT",),
    ),
    (
        "The White House directed the Justice Department to review the policy.",
        {("USA", "USA", "REQUEST")},
        ("COOPERATE",),
    ),
    ("The Republicans encouraged the move.", {("USA", "USA", "SUPPORT")}, ("REQUEST",)),
    # rebuffing a proposal rejects it, no criticism
    (
        "The Egyptian government rebuffed the American proposal.",
        {("EGY", "USA", "REJECT")},
        ("ACCUSE",),
    ),
    # courts: indicting and convicting accuse (112, 116), no arrest; a ruling that something is
    # unlawful rejects it (120); governing a country is no act
    (
        "A U.S. federal judge ruled that the Trump administration violated federal law.",
        {("USA", "USA", "REJECT")},
        ("COOPERATE",),
    ),
    ("Assad has ruled Syria since 2000.", set(), ("COOPERATE",)),
    (
        "Egyptian prosecutors indicted the former minister on Friday.",
        {("EGY", "EGY", "ACCUSE")},
        ("COERCE",),
    ),
    (
        "A Russian court convicted the opposition leader Alexei Navalny of fraud.",
        {("RUS", "RUS", "ACCUSE")},
        ("COERCE",),
    ),
    # negotiating consults (046), greeting someone meets them (040), and what is exchanged says
    # the act: threats threaten, letters consult
    (
        "The United States is negotiating with Russia over Syria.",
        {("USA", "RUS", "CONSULT")},
        ("CONCEDE", "SUPPORT"),
    ),
    (
        "Trump greeted the Japanese prime minister at the White House.",
        {("USA", "JPN", "CONSULT")},
        ("SUPPORT",),
    ),
    (
        "Trump and Kim Jong Un exchanged threats on Twitter.",
        {("USA", "PRK", "THREATEN"), ("PRK", "USA", "THREATEN")},
        ("COOPERATE",),
    ),
    # a sense's act refused with a modal is refused (a bug: the sense overrode the refusal,
    # "would not strike a deal" was an intent to agree)
    (
        "Iran said it would not strike a deal with the United States.",
        {("IRN", "USA", "REJECT")},
        ("AGREE",),
    ),
    # an invasion is an attack (190), occupying territory coercion (192); forces retreating
    # retreat (0874); haggling negotiates
    ("Russia invaded eastern Ukraine in 2014.", {("RUS", "UKR", "ASSAULT")}, ("COERCE",)),
    ("Russia's invasion of Ukraine drew sanctions.", {("RUS", "UKR", "ASSAULT")}, ("COERCE",)),
    ("Israeli troops occupied the village.", {("ISR", "ISR", "COERCE")}, ("ASSAULT",)),
    ("Ukrainian border guards retreated on Thursday.", {("UKR", "", "RETREAT")}, ("CONCEDE",)),
    (
        "Iran and Russia haggled over the terms of the deal in Vienna.",
        {("IRN", "RUS", "CONSULT")},
        ("SUPPORT",),
    ),
    # pleading guilty asks no one anything; disputing an account denies it
    ("Former Trump adviser Michael Flynn pleaded guilty on Friday.", set(), ("REQUEST",)),
    ("Russia disputed Turkey's version of events.", {("RUS", "TUR", "REJECT")}, ("ACCUSE",)),
    # a killing that names victims of another country than the attack's stays an event of its
    # own (test_coder_precision_a_killing_that_results_from_an_attack_is_that_attack)
    (
        "A man in an Afghan Army uniform opened fire at a military base, killing a U.S. general.",
        {("AFG", "USA", "ASSAULT")},
        (),
    ),
    # accusing someone of a crime accuses (1121), no arrest; barring someone from entering
    # restricts them (172), no reduction of relations
    (
        "Russian officials accused the Ukrainian president of a series of crimes.",
        {("RUS", "UKR", "ACCUSE")},
        ("COERCE",),
    ),
    (
        "The Dutch government barred the Turkish foreign minister from entering the country.",
        {("NLD", "TUR", "COERCE")},
        ("SANCTION",),
    ),
    # the Holy See is an actor (europe.yaml): the Pope and the Vatican
    (
        "Pope Francis met the prime minister of Ukraine at the Vatican on Saturday.",
        {("VAT", "UKR", "CONSULT")},
        (),
    ),
    ("The Vatican criticized the Israeli government.", {("VAT", "ISR", "ACCUSE")}, ()),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_17)
def test_coder_precision_seventeenth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


def test_coder_precision_a_killing_that_results_from_an_attack_is_that_attack(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # seventeenth session (RESULT_PARTICIPLES): "stormed ..., killing" is one attack, coded once
    coded = _coded(
        rules_coder,
        "Taliban gunmen stormed a military school in Pakistan, killing at least 130 people.",
    )
    assert [c[3] for c in coded] == ["ASSAULT"], coded


def _assert_row(  # type: ignore[no-untyped-def]
    coder,
    text: str,
    present: set[tuple[str, str, str]],
    absent: tuple[str | tuple[str, str, str], ...],
) -> None:
    """A session table's row: the dyads ``text`` must give, and the types or dyads it must not."""
    dyads = _dyads(coder, text)
    assert present <= dyads, dyads
    for item in absent:
        if isinstance(item, str):
            assert all(d[2] != item for d in dyads), (item, dyads)
        else:
            assert item not in dyads, dyads


def test_coder_precision_compass_names_are_countries_of_the_dictionaries(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # every name of COMPASS_NAMES is a country of the shipped dictionaries (a user's own
    # dictionaries may lack them, and then have no compass word)
    assert rules_coder.compass is not None
    codes = {w: [c.code for c in cs] for w, cs in rules_coder.compass.countries.items()}
    assert codes == {"NORTH": ["PRK"], "SOUTH": ["KOR", "SSD"]}


SESSION_18 = [
    # a verb the dictionary gives no code of its own takes its sense's code: holding someone
    # hostage abducts them (181, ASSAULT)
    (
        "An American journalist was held hostage by Syrian rebels for two years.",
        {("SYR", "USA", "ASSAULT")},
        (),
    ),
    # finding someone guilty convicts (116, ACCUSE), as CONVICT does
    (
        "A Russian court found the Ukrainian pilot guilty of murder on Tuesday.",
        {("RUS", "UKR", "ACCUSE")},
        (),
    ),
    # hacking a party or its emails is a cyber attack (176, COERCE); hacked to death stays an
    # assault
    (
        "Russian military intelligence hacked the Democratic National Committee in 2016.",
        {("RUS", "USA", "COERCE")},
        (),
    ),
    (
        "Pakistani Taliban militants hacked two Afghan soldiers to death.",
        set(),
        ("COERCE",),
    ),
    # briefing someone consults them (040, CONSULT); briefing reporters is a statement
    (
        "The Pentagon briefed senators on the strike on Tuesday.",
        {("USA", "USA", "CONSULT")},
        (),
    ),
    ("The Pentagon briefed reporters on the strike on Tuesday.", set(), ("CONSULT",)),
    # committing oneself to an act promises it (030, AGREE)
    (
        "The Chinese government committed to buying more American soybeans.",
        {("CHN", "", "AGREE")},
        (),
    ),
    # designating a group as terrorists sanctions it (163, SANCTION)
    (
        "The United States designated the Houthis a terrorist organization on Sunday.",
        {("USA", "YEM", "SANCTION")},
        (),
    ),
    # working with someone cooperates with them (WORK, eventscribe.verbs.txt: 060); working
    # somewhere is no act
    (
        "The White House is working with Turkey to seal the border.",
        {("USA", "TUR", "COOPERATE")},
        (),
    ),
    ("The Turkish diplomat worked at a bank in Moscow for ten years.", set(), ("COOPERATE",)),
    # between politicians, firing back and hitting are criticism; defeating one wins an election
    # (VERBAL_ATTACK_VERBS)
    (
        "The Romney campaign fired back at President Obama on Friday.",
        {("USA", "USA", "ACCUSE")},
        ("ASSAULT",),
    ),
    ("President Obama defeated Mitt Romney by double digits among women.", set(), ("ASSAULT",)),
    # an embassy is abroad: the country that owns it places no unnamed attackers there
    # (places.txt MISSION_HEADS), and the attack's victim is not its doer (VICTIM_PREPS)
    (
        "The attack on the U.S. consulate killed two guards on Tuesday.",
        set(),
        (("USA", "USA", "ASSAULT"), ("USA", "", "ASSAULT")),
    ),
    (
        "Kerry discussed the investigation into the bombing at the U.S. embassy.",
        set(),
        (("USA", "USA", "ASSAULT"),),
    ),
    # what is discussed is a topic, not the one consulted (TOPIC_VERBS); WITH names the one
    # talked with, wherever the parser hangs it
    (
        "President Trump discussed the importance of Turkey fulfilling its commitments.",
        set(),
        ("CONSULT",),
    ),
    (
        "Erdogan discussed the incursion by phone with Russian President Vladimir Putin.",
        {("TUR", "RUS", "CONSULT")},
        (),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_18)
def test_coder_precision_eighteenth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(
    "text",
    [
        # members of one country acting together: one event, from the first named
        "Congressional Republicans and Democrats reached a tentative agreement on Wednesday.",
        # a meeting of one country's sides: the dictionary's paired code gives no way back
        "Republican lawmakers met with President Trump at the White House on Thursday.",
    ],
)
def test_coder_precision_one_country_sides_act_once(rules_coder, text) -> None:  # type: ignore[no-untyped-def]
    # eighteenth session (pairing.at_home): readers list such an act once
    coded = _coded(rules_coder, text)
    assert len(coded) == 1, coded


def test_coder_precision_two_countries_acting_together_keep_both_ways(rules_coder) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(rules_coder, "China and Russia signed an agreement on Monday.")
    assert {(s[:3], t[:3]) for s, t, _, _ in coded} == {("CHN", "RUS"), ("RUS", "CHN")}, coded


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said gunmen detonated a bomb at a market, Reuters reported.",
        "Police fired rubber bullets at the protesters, according to The Washington Post.",
    ],
)
def test_coder_precision_the_media_cited_give_no_country(rules_coder, text) -> None:  # type: ignore[no-untyped-def]
    # nineteenth session (lexicon NON_STATE_BLOCKS += MED): the domestic rule gave agents the
    # one "country" a sentence named, and a news agency's MED made MEDUAF, MEDCOP
    events = rules_coder.code_text(text, date=dt.date(2016, 5, 1))
    codes = [a.code for e in events for a in (e.source, e.target) if a is not None]
    assert not any(c.startswith("MED") and len(c) > 3 for c in codes), codes


@pytest.mark.parametrize(
    ("text", "intended"),
    [
        # a meeting to come is coded as the intent to meet (036); the record says which act was
        # intended, and the scorer weighs each intended root apart ("note=intended act 04")
        ("Vladimir Putin will meet Emmanuel Macron at the Kremlin.", "intended act 04"),
        ("Iran vowed to attack Israel.", "intended act 19"),
        # an act done is coded as itself, with no such note
        ("Vladimir Putin met Emmanuel Macron at the Kremlin on Monday.", None),
    ],
)
def test_coder_precision_an_intent_notes_the_act_intended(  # type: ignore[no-untyped-def]
    rules_coder, text: str, intended: str | None
) -> None:
    events = rules_coder.code_text(text, DAY)
    assert events
    notes = {n.split(":")[0] for e in events for n in e.rule.notes if n.startswith("intended")}
    assert notes == ({intended} if intended else set())


SESSION_21 = [
    # an agreement aimed at no one named, placed nowhere, in a sentence naming no other country,
    # is the actor's own country's (HOME_GROUND_TYPES: "House Republicans reached a deal": USA)
    (
        "House Republicans reached a deal on the spending bill.",
        {("USA", "USA", "AGREE")},
        (("USA", "", "AGREE"),),
    ),
    (
        "The Ukrainian president has agreed to hold early elections.",
        {("UKR", "UKR", "AGREE")},
        (("UKR", "", "AGREE"),),
    ),
    # another country named: not the own country's
    ("The Ukrainian president agreed to the French proposal.", set(), (("UKR", "UKR", "AGREE"),)),
    # what an infinitive completes is asked when the verb it completes is: the investigating the
    # UN is to be allowed is not done (modality._asked_above)
    (
        "The French foreign minister renewed calls for UN inspectors to be allowed to investigate"
        " the site.",
        set(),
        ("ACCUSE",),
    ),
    # instructing someone to act asks it of them (INSTRUCT:(INFINITIVE) 020, DIRECTIVE_HEADS):
    # the investigating is asked, not done
    (
        "The attorney general instructed the FBI director to investigate the Russian hackers.",
        {("USA", "USA", "REQUEST")},
        ("ACCUSE",),
    ),
    # with a possessive doer, a name compounded with an act's noun is what the act is aimed at
    # (nominal.event_nouns): the investigator is not of the country investigated
    (
        "Mueller's Russia investigation is close to being completed.",
        {("USA", "RUS", "ACCUSE")},
        (("USA", "USA", "ACCUSE"),),
    ),
    (
        "The special counsel's Russia investigation is close to being completed.",
        set(),
        (("RUS", "RUS", "ACCUSE"),),
    ),
    # a cyber attack launched or carried out coerces (176, COERCE), no attack; airstrikes attack
    (
        "The United States launched cyber attacks against Iran last week.",
        {("USA", "IRN", "COERCE")},
        ("ASSAULT",),
    ),
    (
        "Russian hackers carried out a cyberattack on Ukraine's power grid.",
        {("RUS", "UKR", "COERCE")},
        ("ASSAULT",),
    ),
    ("The United States launched airstrikes against Iran.", {("USA", "IRN", "ASSAULT")}, ()),
    # a gerund clause inside the object's phrase is an act of its own: its object is no target
    # of the verb ("missiles capable of reaching the US mainland" are launched at no one)
    (
        "North Korea launched missiles capable of reaching the US mainland.",
        {("PRK", "", "MOBILIZE")},
        ("ASSAULT", ("PRK", "USA", "MOBILIZE")),
    ),
    (
        "Iran test-fired a ballistic missile capable of striking U.S. forces in the region.",
        {("IRN", "", "MOBILIZE")},
        ("ASSAULT",),
    ),
    # declining to tell (share, disclose, explain, respond ...) refuses no act; declining to act
    # still rejects
    (
        "White House officials declined to share details of the agenda with the Russian"
        " delegation.",
        set(),
        ("REJECT",),
    ),
    ("Israel declined to send a team to the talks in Cairo.", {("ISR", "", "REJECT")}, ()),
    # agreeing with nothing agreed to and no one agreed with shares a view (AGREE:(BARE)); an
    # agreement to something stays one
    ("Senator Tim Kaine, who has called for a vote on the strikes, agreed.", set(), ("AGREE",)),
    (
        "Democratic Sen. Dick Durbin agreed, calling it a cynical effort by Republican senators.",
        set(),
        ("AGREE",),
    ),
    ("Israel agreed to a ceasefire.", {("ISR", "", "AGREE")}, ()),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_21)
def test_coder_precision_twenty_first_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_22 = [
    # saying that someone or something is at fault criticises (SAY:(FAULTED) 111, FAULT_WORDS):
    # the clause's subject is who is criticised
    (
        "The Kremlin said the Israeli air strikes on Damascus were unacceptable.",
        {("RUS", "ISR", "ACCUSE")},
        (),
    ),
    (
        "A senior Democratic senator said the Justice Department erred in charging the general.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    # the speaker's dismay at someone named (DISMAY_WORDS) is aimed at them
    (
        "Senator Mitt Romney said he was sickened by President Trump's conduct.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    (
        "The French president said he was disappointed that Russia had blocked the resolution.",
        {("FRA", "RUS", "ACCUSE")},
        (),
    ),
    # dismay at no one named, a fault negated, hypothetical or of a thing still to do: no event
    ("The Japanese foreign minister said she was appalled at the violence.", set(), ("ACCUSE",)),
    ("The Kremlin said the Israeli air strikes were not unacceptable.", set(), ("ACCUSE",)),
    (
        "The German chancellor said it would be a mistake for Russia to send troops.",
        set(),
        ("ACCUSE",),
    ),
    (
        "The German chancellor said it was a mistake to try to punish Russia.",
        set(),
        ("ACCUSE",),
    ),
    # what someone says another needs to or has to do is a demand of them (OBLIGATION_VERBS, as
    # "should" and "must"), and the act itself is not done; in the past, or not yet done, neither
    (
        "The French president said Russia needs to withdraw its troops from Ukraine.",
        {("FRA", "RUS", "REQUEST")},
        ("RETREAT",),
    ),
    (
        "The French president said Russia has to withdraw its troops from Ukraine.",
        {("FRA", "RUS", "REQUEST")},
        ("RETREAT",),
    ),
    ("Russia needs to withdraw its troops from Ukraine.", set(), ("RETREAT",)),
    (
        "The French president said Iran has yet to comply with the agreement.",
        set(),
        ("REQUEST",),
    ),
    # a verb of saying with no code of its own reports an obligation too ("wrote that")
    (
        "The French president wrote on Twitter that Russia should end its blockade of the port.",
        {("FRA", "RUS", "REQUEST")},
        (),
    ),
    # a clause of time in the simple present speaks of a time to come or of every such time
    # (PRESENT_TIME_MARKS): no act reported; in the past it is one
    (
        "When the French president meets Putin on Monday, both leaders will be under pressure.",
        set(),
        ("CONSULT",),
    ),
    (
        "Every time the French president meets with Putin, the public is told nothing.",
        set(),
        ("CONSULT",),
    ),
    (
        "When the French president met Putin on Monday, both leaders were under pressure.",
        {("FRA", "RUS", "CONSULT")},
        (),
    ),
    # an object with "no" says nothing was done (Modality.no_object): no event of the verb, nor
    # of that object's noun; the acts the subject or the object's phrase name stay
    (
        "The special counsel found no evidence that the campaign conspired with Russia.",
        set(),
        ("ACCUSE",),
    ),
    ("Israel and Hamas reached no agreement on a ceasefire.", set(), ("AGREE",)),
    (
        "The suspects had no known connections to last week's attacks in France.",
        {(None, "FRA", "ASSAULT")},
        (),
    ),
    (
        "Mueller found evidence that the campaign conspired with Russia.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    # criticism of an attack is aimed at its doer, never its victims (ATTRIBUTION_VERBS aside:
    # "blamed the attacks on Iran" names who is blamed)
    (
        "Yemen strongly condemned the attack on the U.S. compound.",
        {("YEM", "", "ACCUSE")},
        (("YEM", "USA", "ACCUSE"),),
    ),
    (
        "The UN condemned the bombing of a hospital in Aleppo by Syrian government forces.",
        {("IGO", "SYR", "ACCUSE")},
        (),
    ),
    ("France condemned the Israeli strikes on Gaza.", {("FRA", "ISR", "ACCUSE")}, ()),
    (
        "The U.S. and Saudi Arabia have blamed those attacks on Iran.",
        {("USA", "IRN", "ACCUSE"), ("SAU", "IRN", "ACCUSE")},
        (),
    ),
    # what a naming verb calls its object is no target ("called the use of chemical weapons a
    # 'red line'"); a named armed group's name in lower case is a phrase of English, no actor
    (
        "Last year Obama called the possible use of chemical weapons a “red line” in Syria.",
        set(),
        (("USA", "GRC", "ACCUSE"),),
    ),
    (
        "President Obama said in 2012 that he would establish a 'red line' against Syria's use of"
        " chemical weapons.",
        set(),
        (("USA", "GRC", "AGREE"),),
    ),
    ("The Red Line claimed the bombing in Athens.", {("GRC", "GRC", "ASSAULT")}, ()),
    # a state of emergency for a natural disaster coerces no one (DISASTER_WORDS); after attacks
    # it stays COERCE
    (
        "The governors of Mississippi and Alabama declared states of emergency to help recover"
        " from the damage caused by the storms.",
        set(),
        ("COERCE",),
    ),
    (
        "France declared a state of emergency after the attacks in Paris.",
        {("FRA", "", "COERCE")},
        (),
    ),
    # clashes anticipated have not happened (NOMINAL_NOT_YET, NOMINAL_UNREAL_HEADS)
    (
        "Israel deployed extra security forces in anticipation of more clashes in Jerusalem.",
        set(),
        ("ASSAULT",),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_22)
def test_coder_precision_twenty_second_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_23 = [
    # a name after "anti-" is what its phrase is against (AGAINST_PREFIXES): an event noun takes
    # it as its target, never its doer
    (
        "The attacks sparked anti-government demonstrations in Istanbul.",
        {("TUR", "TUR", "PROTEST")},
        (),
    ),
    (
        "Thousands of people joined anti-Morsi protests in Cairo on Friday.",
        {("EGY", "EGY", "PROTEST")},
        (),
    ),
    # a protest or an attack named by a noun and aimed at no one named is aimed as a verb's
    # would be (NOMINAL_HOME_TYPES): a protest at the country where it happens, an attack by
    # unnamed attackers of the one country the sentence names at that country
    ("Protests across Iran grew on Sunday.", {("IRN", "IRN", "PROTEST")}, ()),
    (
        "Russia's heartland has seen several cycles of deadly terrorist attacks.",
        {("RUS", "RUS", "ASSAULT")},
        (),
    ),
    # unnamed agents are of the one country the sentence names, as the domestic rule has it,
    # and aim their attack there ("Militants attacked electricity pylons")
    (
        "Militants attacked electricity pylons, Egyptian officials said.",
        {("EGY", "EGY", "ASSAULT")},
        (),
    ),
    # a politician's attacks, aimed at no one named, in a sentence naming no other country, are
    # words aimed at his own country's politics; not attacks that killed, nor a weapon's attack
    (
        "Rosen responded to Trump's attacks later Saturday afternoon.",
        {("USA", "USA", "ACCUSE")},
        ("ASSAULT",),
    ),
    ("Putin's attacks have killed thousands of people.", set(), ("ACCUSE",)),
    ("Tillerson spoke days before Assad's chemical-weapons attack.", set(), ("ACCUSE",)),
    # calling for a vote or a hearing asks for it; calling one (an election) does not: the
    # preposition right after the verb is read before its object (CALL:FOR)
    (
        "Senator McConnell called for a vote on the president's debt ceiling plan.",
        {("USA", "USA", "REQUEST")},
        (),
    ),
    ("The prime minister called an election for June.", set(), ("REQUEST",)),
    # with its visitor named by "by", a visit's nationality adjective is where it was held
    (
        "The hastily arranged Saudi visit by Pompeo came as both countries expressed concern.",
        {("USA", "SAU", "CONSULT")},
        (("SAU", "USA", "CONSULT"),),
    ),
    # a country's body whose name goes on with "of" and a capitalised word is another body:
    # "the House of Commons" is not the US House
    (
        "The House of Commons unanimously passed a motion rejecting the statements.",
        set(),
        (("USA", "USA", "REJECT"), ("USA", "", "AGREE")),
    ),
    (
        "Prime Minister Shinzo Abe of Japan met Xi Jinping in Beijing.",
        {("JPN", "CHN", "CONSULT")},
        (),
    ),
    # a law, a promise or a silence broken and a drum beaten attack no one (SENSES); a
    # ceasefire broken stays the dictionary's
    ("Republicans said President Obama broke the law.", set(), ("ASSAULT",)),
    ("The Chinese Communist Party has broken its promise to Hong Kong.", set(), ("ASSAULT",)),
    ("Democratic leaders have been beating the drum over the Russia probes.", set(), ("ASSAULT",)),
    ("Syrian rebels broke the ceasefire in Aleppo.", {("SYR", "SYR", "ASSAULT")}, ()),  # guard
    # charges brought accuse, no arrest; attacks someone was planning, as others tell it, are no
    # threat he made
    (
        "Federal prosecutors brought charges against Paul Manafort on Friday.",
        {("USA", "USA", "ACCUSE")},
        ("COERCE",),
    ),
    (
        "Officials said Soleimani had been planning imminent attacks on Americans.",
        set(),
        ("THREATEN",),
    ),
    ("Iran plans to attack Israel.", {("IRN", "ISR", "THREATEN")}, ()),  # guard
    # "need" is no demand (NEED:*, fifth session), now of its base form too ("we need", "will
    # need": the lemmatizer made it no NEED); what one will or would need to do is not done
    ("Republicans need a net gain of 20 seats to take back the majority.", set(), ("REQUEST",)),
    (
        "The Times said that China would need to cooperate more closely with the United States.",
        set(),
        ("AGREE", "COOPERATE"),
    ),
    (
        "The French president said Russia needs to withdraw its troops from Ukraine.",
        {("FRA", "RUS", "REQUEST")},
        (),
    ),  # guard
    # an actor phrase against a country is of no country by that name
    (
        "Anti-American protesters stormed the embassy in Karachi.",
        set(),
        (("USA", "PAK", "ASSAULT"), ("USA", "USA", "ASSAULT")),
    ),
]


SESSION_24 = [
    # an act named by the object of a verb that performs it (PERFORMING_VERBS), directly or
    # through a measure of it (MEASURE_NOUNS), is the verb's subject's, not a second act by
    # unnamed attackers of the place
    (
        "The Turkish army conducted dozens of raids in northern Iraq last week.",
        {("TUR", "IRQ", "ASSAULT")},
        (("IRQ", "IRQ", "ASSAULT"),),
    ),
    (
        "Kenya has mounted a string of attacks on al-Shabab camps in Somalia.",
        {("KEN", "SOM", "ASSAULT")},
        (("SOM", "SOM", "ASSAULT"),),
    ),
    (
        "Colombian troops carried out a series of raids in Venezuela, officials said.",
        set(),
        (("VEN", "VEN", "ASSAULT"), ("VEN", "", "ASSAULT")),
    ),
    # the verb's pattern coded the act its object names: no second act of the noun's own type
    # (guard: a first version gave the noun's attack the verb's subject as well)
    (
        "The United States launched cyber attacks against North Korea last year.",
        {("USA", "PRK", "COERCE")},
        ("ASSAULT",),
    ),
    # what a verb in its base form is to perform has not been done
    (
        "Several Gulf states have offered to carry out airstrikes against militants in Iraq.",
        set(),
        ("ASSAULT",),
    ),
    # agreeing in the simple present with nothing agreed to is a view held (VIEW_VERBS)
    ("Senator Jones agrees with the Democrats on this point.", set(), ("AGREE",)),
    ("Russia and China agree on most questions at the Security Council.", set(), ("AGREE",)),
    ("Iran agrees to limit its enrichment of uranium.", {("IRN", "", "AGREE")}, ()),  # guard
    # two subjects meeting make one meeting, from the first named (ONE_WAY_ROOTS); agreeing
    # stays both ways
    (
        "Putin and Erdogan met in Sochi on Tuesday.",
        {("RUS", "TUR", "CONSULT")},
        (("TUR", "RUS", "CONSULT"),),
    ),
    (
        "Russia and Turkey agreed on a ceasefire in Idlib.",
        {("RUS", "TUR", "AGREE"), ("TUR", "RUS", "AGREE")},
        (),
    ),  # guard
    # "Georgia" used of the US state is the United States' (US_STATE_HOMONYMS, US_STATE_CUES,
    # US_STATE_CITIES), not the country's
    (
        "Georgia Gov. Brian Kemp criticized the plan.",
        {("USA", "USA", "ACCUSE")},
        (("GEO", "GEO", "ACCUSE"),),
    ),
    (
        "Democratic Georgia Rep. John Lewis criticized Trump.",
        {("USA", "USA", "ACCUSE")},
        (("GEO", "USA", "ACCUSE"),),
    ),
    ("Georgia's president criticized Russia.", {("GEO", "RUS", "ACCUSE")}, ()),  # guard
    ("Russia invaded Georgia in 2008.", {("RUS", "GEO", "ASSAULT")}, ()),  # guard
    # laws signed are no event (SIGN:LAW, BILL, LEGISLATION); treaties signed are
    ("President Obama signed the bill into law on Friday.", set(), ("SUPPORT",)),
    ("The law was signed by Governor Pence in 2016.", set(), ("SUPPORT",)),
    ("Israel and Jordan signed a peace treaty in 1994.", {("ISR", "JOR", "SUPPORT")}, ()),  # guard
    # no place, no source: an attack by no one named and placed nowhere is no attack by the
    # victims' countrymen (tried and taken back this session; tests/test_coder_real.py)
    (
        "The prime minister condemned the killing of three Kenyan soldiers.",
        set(),
        (("KEN", "KEN", "ASSAULT"),),
    ),  # guard
    # a protest staged is the stagers'
    (
        "Opposition activists staged protests in Minsk on Sunday.",
        {("BLR", "BLR", "PROTEST")},
        (),
    ),  # guard
]


SESSION_25 = [
    # a rejection announced or promised is the threat of it (THREAT_CODES 12 -> 130), not the
    # rejection: a veto promised has not been cast
    ("President Trump vowed to veto the spending bill.", {("USA", "USA", "THREATEN")}, ("REJECT",)),
    (
        "President Macron has pledged to veto the trade agreement.",
        {("FRA", "FRA", "THREATEN")},
        ("REJECT", "AGREE"),
    ),
    ("Obama said he would veto the measure.", {("USA", "USA", "THREATEN")}, ("REJECT",)),
    # a refusal stays a refusal (guard)
    ("Turkey will not allow the troops to cross its border.", set(), ("THREATEN",)),
    ("The governor vetoed the spending bill on Tuesday.", set(), ("THREATEN",)),  # guard
    # a promise of conflict is a threat (PROMISE, PLEDGE, VOW in eventscribe.verbs.txt)
    (
        "The U.S. attorney pledged a swift prosecution of the bombers.",
        {("USA", "USA", "THREATEN")},
        ("AGREE",),
    ),
    (
        "Senate Democrats promised a long fight over the nomination.",
        {("USA", "USA", "THREATEN")},
        ("AGREE",),
    ),
    # guard
    ("Germany pledged support for the Ukrainian government.", {("DEU", "UKR", "AGREE")}, ()),
    # allegiance pledged is an endorsement (PLEDGE * ALLEGIANCE, LOYALTY: SUPPORT 051)
    (
        "Boko Haram pledged allegiance to the Islamic State in March.",
        {("NGA", "IMG", "SUPPORT")},
        ("AGREE",),
    ),
    # a company or an NGO of a country is that country's body: aimed at no one named, at its
    # own country (OWN_COUNTRY_TYPES), as the annotation guide codes them (the source's country
    # as ActorRef.country gives it is "NGO")
    (
        "The American Civil Liberties Union sued over the new voting law.",
        {("NGO", "USA", "ACCUSE")},
        (),
    ),
    ("The Center for Reproductive Rights appealed the ruling.", {("NGO", "USA", "REQUEST")}, ()),
    # guard: an NGO of no country aims at none
    ("Amnesty International condemned the new law.", set(), (("NGO", "USA", "ACCUSE"),)),
    # details withheld from the press are no refusal of anyone (DECLINE:GIVE_DETAIL, an
    # infinitive's verb and object as a sense word), as "declined to comment"
    ("The Pentagon declined to give details on the operation.", set(), ("REJECT",)),
    ("Russia's foreign ministry declined to go into specifics on the talks.", set(), ("REJECT",)),
    # guard
    (
        "The White House declined to provide a witness for the hearing.",
        {("USA", "USA", "REJECT")},
        (),
    ),
    # an institution the dictionaries bind to one country, with another country's adjective or
    # possessive right before it, is that country's (ArgumentCoder._other_countrys)
    (
        "The Pakistani Senate condemned the drone strikes.",
        {("PAK", "PAK", "ACCUSE")},
        (("USA", "USA", "ACCUSE"),),
    ),
    (
        "Nigeria's House of Representatives condemned the attack.",
        {("NGA", "", "ACCUSE")},
        (("USA", "", "ACCUSE"),),
    ),
    # a national adjective the Phoenix files lack (aliases.yaml)
    ("The Swedish foreign office criticized Russia.", {("SWE", "RUS", "ACCUSE")}, ()),
    # guards: a country in a hyphenated adjective, the unqualified name, a person
    ("Iranian-backed Houthi rebels attacked Saudi Arabia.", {("YEM", "SAU", "ASSAULT")}, ()),
    ("The Senate condemned Russia.", {("USA", "RUS", "ACCUSE")}, ()),
    ("U.S. Iran envoy Brian Hook criticized Tehran.", {("USA", "IRN", "ACCUSE")}, ()),
    # whom an attack's relative clause says it killed or hit is its target (VICTIM_VERBS), not
    # the country where it happened; a victim no actor phrase names leaves it there
    (
        "Congress is still investigating the attack in Benghazi that killed four Americans.",
        {(None, "USA", "ASSAULT")},
        (("LBY", "LBY", "ASSAULT"),),
    ),
    (
        "The rocket attack in Kirkuk that wounded two Turkish soldiers was condemned by Ankara.",
        {(None, "TUR", "ASSAULT")},
        (),
    ),
    # guard: a relative clause with a subject of its own (thirty-fourth session: of a country
    # named, so that the clause's own event, its gunmen placed where the attack was, does not
    # give the dyad this row keeps from the noun)
    (
        "The attack in Kabul, in which Pakistani gunmen killed a German diplomat, shocked Berlin.",
        {(None, "AFG", "ASSAULT"), ("PAK", "DEU", "ASSAULT")},
        (("AFG", "DEU", "ASSAULT"),),
    ),
    # an act alleged is what an accusation claims, not reported as done (NOMINAL_NOT_DONE)
    (
        "Russia condemned the alleged bombing of a Russian airliner over Egypt.",
        set(),
        ("ASSAULT",),
    ),
    # one party agreeing that something is so or should be done by others shares a view; no
    # agreement to cooperate (modality._view_shared)
    (
        "The Republicans agreed that the United States should not send ground troops to Syria.",
        set(),
        ("AGREE",),
    ),
    ("Senator Cardin agreed that a congressional probe would help.", set(), ("AGREE",)),
    # guards: the parties' own act, two parties agreeing with each other
    (
        "Hungarian and Romanian officials agreed that their countries should cooperate.",
        {("HUN", "ROU", "AGREE")},
        (),
    ),
    (
        "Obama and the German chancellor agreed that sanctions against Russia should stay.",
        {("USA", "DEU", "AGREE")},
        (),
    ),
    # whom a journey's purpose clause meets is its counterpart, not the place reached
    # (MEETING_PURPOSE_ROOTS, JOURNEY_MEANINGS)
    (
        "Kim Jong Un traveled to Singapore to meet with President Trump.",
        {("PRK", "USA", "CONSULT")},
        (("PRK", "SGP", "CONSULT"),),
    ),
    (
        "Senator McCain traveled to northern Syria to visit U.S. forces.",
        {("USA", "USA", "CONSULT")},
        (("USA", "SYR", "CONSULT"),),
    ),
    # guard: a journey with no meeting in view
    ("Secretary Kerry traveled to Moscow on Monday.", {("USA", "RUS", "CONSULT")}, ()),
    # Turkmenistan is Turkmenistan after 1991, not the Soviet republic (Phoenix's [USRTKM >911016]
    # read "from"; aliases.yaml)
    ("Turkmenistan criticized Russia.", {("TKM", "RUS", "ACCUSE")}, ()),
]


SESSION_26 = [
    # a person no role of whom holds on the day is still of their roles' one country
    # (actors._nationality): John Bolton's Phoenix roles end in 2006
    ("The Iranian foreign minister ridiculed John Bolton.", {("IRN", "USA", "ACCUSE")}, ()),
    ("John Bolton criticized the Venezuelan government.", {("USA", "VEN", "ACCUSE")}, ()),
    # the possessive of a killing, an arrest, an assassination is its victim
    # (PATIENT_POSSESSOR_NOUNS), not its doer
    (
        "Soleimani's killing in Baghdad angered Tehran.",
        {(None, "IRN", "ASSAULT")},
        (("IRN", "", "ASSAULT"), ("IRN", "IRN", "ASSAULT")),
    ),
    ("The EU condemned Navalny's arrest.", set(), (("RUS", "", "COERCE"),)),
    # guards: an OF phrase names the victim, the possessive the doer; other nouns keep it
    ("Iran's arrest of the British crew angered London.", {("IRN", "GBR", "COERCE")}, ()),
    ("Russia's expulsion of British diplomats angered London.", {("RUS", "GBR", "COERCE")}, ()),
    ("Iran's attack on the Saudi oil field shocked the markets.", {("IRN", "SAU", "ASSAULT")}, ()),
    # a country after "at" is what the act is aimed at, not where it happened
    (
        "The secretary of state lashed out at Russia and China on Saturday.",
        {("USA", "RUS", "ACCUSE"), ("USA", "CHN", "ACCUSE")},
        (("USA", "USA", "ACCUSE"),),
    ),
    ("President Trump took a swipe at Germany.", {("USA", "DEU", "ACCUSE")}, ()),
    # guard: a town after "at" still places the act
    ("Gunmen fired at a checkpoint in Kabul.", {("AFG", "AFG", "ASSAULT")}, ()),
    # "which" opening a relative clause stands for the noun it modifies, as "whom" does
    (
        "Iran, which the Saudi government criticized on Monday, rejected the report.",
        {("SAU", "IRN", "ACCUSE")},
        (("SAU", "SAU", "ACCUSE"),),
    ),
    (
        "Putin, whom the German chancellor criticized on Monday, rejected the report.",
        {("DEU", "RUS", "ACCUSE")},
        (),
    ),
    # a participle's ON or AGAINST phrase on the object says whom it is aimed at
    # (PARTICIPLE_TARGET_PREPS)
    (
        "The United States agreed to lift the sanctions imposed on Iran.",
        {("USA", "IRN", "AGREE")},
        (("USA", "", "AGREE"),),
    ),
    # what a plan, a budget or a bill provides is no act anyone did (PROVISION_NOUNS)
    ("The Democrats' plan calls for deep cuts to the Pentagon budget.", set(), ("REQUEST",)),
    ("The Senate rejected a House bill calling for new sanctions on Iran.", set(), ("REQUEST",)),
    ("Obama's budget proposes to cut aid to Egypt.", set(), ("REQUEST",)),
    # guards: a statement speaks for whoever issued it; a plan rejected is a rejection
    (
        "The White House issued a statement calling on Russia to withdraw its troops.",
        {("USA", "RUS", "REQUEST")},
        (),
    ),
    ("The peace plan was rejected by Iran on Monday.", {("IRN", "", "REJECT")}, ()),
    # a country's news media are its own (media.yaml): Phoenix's [MED] had no country
    (
        "The official Xinhua news agency on Thursday accused Japan of provocations.",
        {("CHN", "JPN", "ACCUSE")},
        (),
    ),
    ("KCNA denounced the joint military drills on Monday.", {("PRK", "PRK", "ACCUSE")}, ()),
    # "North and South Korea": the first compass word is what "North Korea" names (compass.py)
    (
        "The leaders of North and South Korea agreed on Friday to pursue a lasting peace.",
        {("PRK", "KOR", "AGREE"), ("KOR", "PRK", "AGREE")},
        (("KOR", "", "AGREE"),),
    ),
    (
        "North and South Korean officials met at the border on Monday.",
        {("PRK", "KOR", "CONSULT")},
        (),
    ),
    # guard: no dictionary name joins the word to the shared name
    ("North and South Dakota sued the federal government.", set(), (("PRK", "USA", "ACCUSE"),)),
    # a pronoun coordinated with a name: each conjunct is a party (coreference.code_argument)
    (
        "President Trump said that he and the Mexican president had agreed to scrap the meeting.",
        {("USA", "MEX", "AGREE"), ("MEX", "USA", "AGREE")},
        (("USA", "", "AGREE"),),
    ),
    (
        "Chancellor Merkel said she and President Macron had agreed to meet President Putin.",
        {("DEU", "RUS", "AGREE"), ("FRA", "RUS", "AGREE")},
        (),
    ),
    # a civil craft whose clause a harm participle hangs on is where the victims were, not the
    # attacker (CIVIL_VEHICLE_NOUNS)
    (
        "A Ukrainian airliner crashed after takeoff from Tehran, killing all 176 people on board.",
        set(),
        ("ASSAULT",),
    ),
    # guard: a warplane is a weapon, its country the attacker's
    (
        "A Russian warplane struck a market in Idlib, killing ten people.",
        {("RUS", "SYR", "ASSAULT")},
        (),
    ),
    (
        "In an editorial, The New York Times urged the president to end the embargo.",
        {("USA", "USA", "REQUEST")},
        (),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_23)
def test_coder_precision_twenty_third_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_24)
def test_coder_precision_twenty_fourth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_25)
def test_coder_precision_twenty_fifth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_26)
def test_coder_precision_twenty_sixth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Police clashed with anti-Putin demonstrators in Moscow.",
            ("RUSCOP", "RUSOPP", "ASSAULT"),
        ),
        ("The United States refused to arm anti-Assad rebels.", ("USA", "SYRREB", "REJECT")),
        (
            "Anti-Trump protesters clashed with his supporters outside a rally in San Jose.",
            ("USAOPP", "USA", "ASSAULT"),
        ),
    ],
)
def test_coder_precision_anti_names_give_no_sector(rules_coder, text, triple) -> None:  # type: ignore[no-untyped-def]
    # "anti-Putin demonstrators" are no part of Putin's government: the name of someone of a
    # country gives the phrase its country, the head noun its sector ("anti-Assad rebels" are
    # Syrian rebels)
    assert triple in _triples(rules_coder, text)


SESSION_27 = [
    # an attack no one is named as doing, in no place the text names, is by attackers of no
    # country ("---UAF"), kept against a victim of a country: a passive harm verb, or a noun
    # whose own phrase names the victim
    ("Two American aid workers were killed in the bombing.", {(None, "USA", "ASSAULT")}, ()),
    (
        "The minister condemned the killing of three Kenyan soldiers.",
        {(None, "KEN", "ASSAULT")},
        (("KEN", "KEN", "ASSAULT"),),
    ),
    # the domestic rule gives no country to attackers no one names
    (
        "Six Israeli soldiers were wounded overnight.",
        {(None, "ISR", "ASSAULT")},
        (("ISR", "ISR", "ASSAULT"),),
    ),
    # guards: no victim of a country, a possessive doer left uncoded, a party or a court
    # attacked in words, the other side of a clash, a dismissal
    ("Five soldiers were killed overnight.", set(), ("ASSAULT",)),
    ("Reid kept up his attacks on the Republican Party.", set(), ("ASSAULT",)),
    ("The talks followed weeks of clashes with Turkish troops.", set(), ("ASSAULT",)),
    ("Michael Flynn, who was fired in February, spoke to reporters.", set(), ("ASSAULT",)),
    # armed men named only as such keep no country when the victims are of two
    (
        "A gunman killed two Kenyan soldiers and a Somali officer.",
        {(None, "KEN", "ASSAULT"), (None, "SOM", "ASSAULT")},
        (),
    ),
    # guard: other agents of no country stand as no source ("soldiers", "the military")
    ("Soldiers killed two Kenyan traders and a Somali officer.", set(), ("ASSAULT",)),
    ("Parliament debated a military strike on Iran.", set(), ("ASSAULT",)),
    # who describes or cites an attack did not make it (eventscribe.verbs.txt EXPLAIN_VERBAL):
    # the noun is coded by itself
    (
        "The foreign minister described the Russian attack on the Georgian post as barbaric.",
        {("RUS", "GEO", "ASSAULT")},
        (("GEO", "GEO", "ASSAULT"), ("GEO", "RUS", "ASSAULT")),
    ),
    # a strike named with what struck is an attack (EVENT_NOUNS: DRONE+STRIKE ...)
    (
        "Islamabad condemned the American drone strikes on Pakistani villagers.",
        {("USA", "PAK", "ASSAULT")},
        (),
    ),
    ("Teachers staged a strike in Chicago.", set(), ("ASSAULT",)),
    # a meeting whose own modifiers name no one ("a private meeting") is still the meeting of
    # the clause's subject it is the time of (nominal._partaker)
    (
        "The U.S. defense secretary voiced concern during a private meeting with President Xi.",
        {("USA", "CHN", "CONSULT")},
        (),
    ),
    # what "that" stands for killed, as its noun would as the subject (WEAPON_NOUNS), placed
    # where the attack was: one act, coded once
    (
        "The bombing that killed three Kenyan soldiers shocked the region.",
        {(None, "KEN", "ASSAULT")},
        (),
    ),
    (
        "Tensions rose after a large bombing in Beirut on Friday that killed eight people.",
        {(None, "LBN", "ASSAULT")},
        (),  # once: test_coder_precision_what_that_stands_for_killed
    ),
    # a raid or a shooting that kills or wounds is the weapon of attackers no one names
    ("The raid killed two Somali soldiers.", {(None, "SOM", "ASSAULT")}, ()),
    ("The shooting wounded three Kenyan police officers.", {(None, "KEN", "ASSAULT")}, ()),
    # guard: a strike with a doer is the doer's, coded on the noun
    (
        "The American drone strike that killed the Iranian general angered Tehran.",
        {("USA", "IRN", "ASSAULT")},
        ((None, "IRN", "ASSAULT"),),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_27)
def test_coder_precision_twenty_seventh_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


def test_coder_precision_one_act_on_one_country_is_written_once(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # two subjects of one country of one verb are one act on that country, as readers list it
    text = "The ambassador, Mark Hollis, and three other Americans were killed in Libya on Tuesday."
    on_usa = [t for t in _triples(rules_coder, text) if t[2] == "ASSAULT" and t[1][:3] == "USA"]
    assert len(on_usa) == 1, on_usa
    # guard: victims of two countries are two acts
    text = "Two Kenyan soldiers and a Somali officer were killed in the ambush."
    victims = {t[1][:3] for t in _triples(rules_coder, text) if t[2] == "ASSAULT"}
    assert victims == {"KEN", "SOM"}, victims


def test_coder_precision_one_act_between_two_countries_is_written_once(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # two subjects of one country acting on another are one act between the two countries
    text = "Democrats and student activists criticized the Pentagon."
    triples = [t for t in _triples(rules_coder, text) if t[2] == "ACCUSE"]
    assert len(triples) == 1, triples
    assert triples[0][0][:3] == "USA" and triples[0][1] == "USAMIL", triples
    # guard: international bodies are no country, each stays
    text = "The Arab League and the European Union condemned Iran."
    sources = {t[0] for t in _triples(rules_coder, text) if t[2] == "ACCUSE"}
    assert sources == {"IGOMEAARL", "IGOEUREEC"}, sources


def test_coder_precision_what_that_stands_for_killed(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # the relative clause's verb codes the act, placed where its noun says it was: one event,
    # on "killed" (before: on the noun, which the learned scorer trusts less)
    events = rules_coder.code_text(
        "Tensions rose after a large bombing in Beirut on Friday that killed eight people.",
        dt.date(2019, 5, 5),
    )
    attacks = [e for e in events if e.event == "ASSAULT"]
    assert [(e.trigger.text, e.source.code) for e in attacks] == [("killed", "---UAF")], attacks


SESSION_28 = [
    # a person the dictionaries list under one country, named with another country's adjective
    # or abbreviation before the title, is of that country ("John Carter" and "David Carter"
    # are New Zealand politicians in the Phoenix files)
    (
        "U.S. Ambassador John Carter met Japanese officials on Monday.",
        {("USA", "JPN", "CONSULT")},
        (("NZL", "JPN", "CONSULT"),),
    ),
    (
        "American diplomat David Carter met Japanese officials.",
        {("USA", "JPN", "CONSULT")},
        (("NZL", "JPN", "CONSULT"),),
    ),
    # guards: the entry's own country named too; a country's name as a topic ("Russia special
    # counsel"); a hyphenated adjective; two people coordinated
    ("U.S. Iran envoy Brian Hook met Japanese officials.", {("USA", "JPN", "CONSULT")}, ()),
    (
        "Trump denounced Russia special counsel Robert Mueller on Tuesday.",
        {("USA", "USA", "ACCUSE")},
        (("USA", "RUS", "ACCUSE"),),
    ),
    (
        "Iranian-born John Carter met Japanese officials.",
        {("NZL", "JPN", "CONSULT")},
        (("IRN", "JPN", "CONSULT"),),
    ),
    # an attack made in words (a medium of words, a word of verbal manner) is criticism,
    # whoever makes it on whomever
    (
        "Pompeo launched a blistering attack on Iran in remarks at the Reagan Library.",
        {("USA", "IRN", "ACCUSE")},
        ("ASSAULT",),
    ),
    ("Trump attacked Iran on Twitter on Sunday.", {("USA", "IRN", "ACCUSE")}, ("ASSAULT",)),
    (
        "Trump has targeted Biden with increasing criticism.",
        {("USA", "USA", "ACCUSE")},
        ("ASSAULT",),
    ),
    # guards: a weapon, a withering armed attack, an attack noun whose phrase the parser gives
    # the medium of the verb it hangs on
    (
        "Israeli jets attacked Hamas positions in Gaza with missiles.",
        {("ISR", "PSE", "ASSAULT")},
        ("ACCUSE",),
    ),
    # a disaster or an accident that harmed is no attack (before: unnamed attackers, "---UAF")
    ("As many as 365 Italian people were injured in the quake on Wednesday.", set(), ("ASSAULT",)),
    ("More than 50 Iranian mourners were killed in a crush on Tuesday.", set(), ("ASSAULT",)),
    # guard: an attack stays one
    ("Two American soldiers were killed in the bombing.", {(None, "USA", "ASSAULT")}, ()),
    # an act the writer gives as an impression ("appeared to", "seems to") is not reported as
    # done
    ("The office of President Moon appeared to endorse Mr. Trump's decision.", set(), ("SUPPORT",)),
    ("Obama appears to reject the idea of new sanctions on Iran.", set(), ("REJECT",)),
    # guard: appearing somewhere is no impression
    (
        "Putin appeared at a news conference and criticized the United States.",
        {("RUS", "USA", "ACCUSE")},
        (),
    ),
    (
        "Israeli jets launched a withering attack on Hezbollah positions in Lebanon.",
        {("ISR", "LBN", "ASSAULT")},
        ("ACCUSE",),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_28)
def test_coder_precision_twenty_eighth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


def test_coder_precision_verbs_of_one_doer_joined_are_one_attack(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "killed ... and wounded ..." by one doer, victims of one country: one act, as readers list
    # it (before: one event on each verb)
    def attacks(text: str) -> list[tuple[str, str, str]]:
        return [t for t in _triples(rules_coder, text) if t[2] == "ASSAULT"]

    bomber = "A suicide bomber killed 63 people and wounded 182 at a wedding in Kabul."
    assert len(attacks(bomber)) == 1
    assert len(attacks("Israeli troops killed five Palestinians and wounded dozens in Gaza.")) == 1
    # guard: victims of two countries are two acts
    two = attacks(
        "Boko Haram fighters killed ten Nigerian soldiers and kidnapped two Cameroonian traders."
    )
    assert {t[1][:3] for t in two} == {"NGA", "CMR"}, two


def test_coder_precision_unnamed_attackers_one_act_on_one_country(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # attackers no one names killing an ambassador and other Americans: one act on the United
    # States (before: one on USAGOV and one on USA)
    text = "The U.S. ambassador and three other Americans were killed on Tuesday."
    on_usa = [t for t in _triples(rules_coder, text) if t[2] == "ASSAULT"]
    assert len(on_usa) == 1, on_usa


def test_coder_precision_a_person_the_article_named_is_no_place(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "Hasan", the article's Nidal Hasan, is no spelling of Hassan, India: neither where he was
    # charged nor the country of those who charged him (before: INDJUD -> IND, "Hassan")
    text = (
        "Maj. Nidal Hasan opened fire at a base in Texas. "
        "Hasan has been charged with 13 counts of premeditated murder."
    )
    events = rules_coder.code_text(text, dt.date(2012, 10, 23))
    assert all(e.source.country != "IND" for e in events), events
    assert all(e.location is None or e.location.country != "IND" for e in events), events
    # guard: a place named by its own name still is one
    events = rules_coder.code_text(
        "Police arrested five men in Hassan on Monday.", dt.date(2012, 10, 23)
    )
    assert any(e.location is not None and e.location.country == "IND" for e in events), events


SESSION_29 = [
    # a contraction with the curly apostrophe of most news sites is read as with the straight
    # one ("n’t" a negation, "’ll" a future): before, "hasn’t threatened" was a threat and "won’t
    # cooperate" an agreement
    ("Mr. Trump hasn’t threatened any federal action.", set(), ("THREATEN",)),
    (
        "The White House said it won’t cooperate with the House committee.",
        {("USA", "USA", "REJECT")},
        ("AGREE", "COOPERATE"),
    ),
    ("Obama has been adamant that he won’t support legislation.", set(), ("AGREE", "SUPPORT")),
    # a meeting or a talk with the news media is an interview or a briefing, no consultation
    (
        "Trump and French President Emmanuel Macron also met with reporters on the sidelines.",
        set(),
        ("CONSULT",),
    ),
    ("Romney held network interviews, meeting with CNN, NBC and CBS.", set(), ("CONSULT",)),
    # guard: a meeting of politicians
    ("Obama met with Putin in Moscow.", {("USA", "RUS", "CONSULT")}, ()),
    # a share of voters or of the vote won is no one captured
    ("Mr. Biden captured 41% of conservative voters to Mr. Sanders' 21%.", set(), ("COERCE",)),
    ("The former secretary of state captured 50 percent in the new poll.", set(), ("COERCE",)),
    # guard: a share of a place
    ("Syrian rebels captured 40 percent of Aleppo on Sunday.", {("SYR", "SYR", "COERCE")}, ()),
    # a verb's sense that gives its act another code keeps the act intended ("is expected to
    # launch a missile" was a launch coded as done)
    ("North Korea is expected to launch a missile soon.", set(), ("MOBILIZE",)),
    # guard: a launch reported
    ("North Korea launched a missile on Sunday.", {("PRK", "", "MOBILIZE")}, ()),
    # a gerund under a noun of what has not happened is feared or expected, not reported
    ("The chances of the US killing Russians are quite high.", set(), ("ASSAULT",)),
    ("The risk of Russia attacking Ukraine grew.", set(), ("ASSAULT",)),
    # what an actor is said to do ("of attacking ...") is no part of the actor phrase
    (
        "Palestinian leaders accused Israeli forces of attacking a Gaza City refugee camp.",
        {("PSE", "ISR", "ACCUSE")},
        (("PSE", "PSE", "ACCUSE"),),
    ),
    # guard: a gerund naming a topic of a thing
    (
        "Serbia accepted a formula for ending the dispute with Kosovo.",
        {("SRB", "KSV", "AGREE")},
        (),
    ),
    # "the Islamic Republic" is Iran; the other Islamic republics named in full are themselves
    (
        "Netanyahu accused the Islamic republic of trying to conquer the entire Middle East.",
        {("ISR", "IRN", "ACCUSE")},
        (("ISR", "ISR", "ACCUSE"),),
    ),
    ("The Islamic Republic of Pakistan condemned India.", {("PAK", "IND", "ACCUSE")}, ()),
    # a thing named after a name names no actor (Molotov: a city the Phoenix files list as
    # Russia, whose country the domestic rule gave the police)
    (
        "The Muslim Brotherhood accused police of throwing Molotov cocktails at clinics.",
        set(),
        (("RUS", "RUS", "ACCUSE"),),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_29)
def test_coder_precision_twenty_ninth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.fixture(scope="module")
def feature_coder():  # type: ignore[no-untyped-def]
    """The rules' coder that keeps each event's features (built once for the module's tests)."""
    from eventscribe.coding.coder import Coder

    return Coder(scorer="rules.v1", keep_features=True)


@pytest.mark.parametrize(
    "text",
    ["Russia is sure to attack Ukraine.", "Russia is certain to attack Ukraine."],
)
def test_coder_precision_what_is_sure_to_happen_is_a_prospect(feature_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # "is sure to", "is certain to" (PROSPECT_HEADS, twenty-ninth session), as "is likely to":
    # the act has not happened, and the scorer weighs it so (before: no modality at all)
    [event] = feature_coder.code_text(text, dt.date(2019, 1, 1))
    assert event.extra["features"].get("mod=plan") == 1.0, event.extra["features"]


def test_coder_precision_a_name_ending_in_a_lower_case_time_word(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "visited Russia today": Russia on the day, not the outlet Russia Today (before: RUSMED, a
    # visit to the press, which is no consultation); the capitalised name is still the outlet
    visit = "Taiwan's Vice Foreign Minister visited Russia today."
    assert ("TWNGOV", "RUS", "CONSULT") in _triples(rules_coder, visit)
    from eventscribe.coding.mentions import no_phrase_ends
    from eventscribe.dictionaries.model import normalise_word

    def spans(tokens: list[str]) -> list[tuple[int, int]]:
        words = [normalise_word(t) for t in tokens]
        found = rules_coder.index.match(words, no_phrase_ends(tokens))
        return [(m.start, m.end) for m in found if m.actors]

    # the outlet, capitalised, is still one name; in lower case the country alone is matched
    assert (2, 4) in spans(["He", "told", "Russia", "Today", "so", "."])
    assert spans(["He", "visited", "Russia", "today", "."]) == [(2, 3)]
    assert no_phrase_ends(["he", "visited", "russia", "today", "."]) == frozenset()


def test_coder_precision_of_two_patterns_of_one_length_the_objects_wins(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "- * FIRE" [193] and "- * EMBASSY" [054] both fit "opened fire on the U.S. embassy": the
    # word nearer the verb is its object (before: the block's first pattern won, an embassy
    # opened, SUPPORT)
    fired = "Gunmen opened fire on the U.S. embassy on Monday."
    assert {t[2] for t in _triples(rules_coder, fired)} == {"ASSAULT"}
    # guard: an embassy opened
    opened = "The United States opened its embassy in Havana."
    assert {t[2] for t in _triples(rules_coder, opened)} == {"SUPPORT"}
    # "supplied Egypt's military with ... support and equipment": aid, not support
    supplied = "Washington has supplied Egypt's military with billions in support and equipment."
    assert "AID" in {t[2] for t in _triples(rules_coder, supplied)}


SESSION_30 = [
    # a charge brought, an arrest warrant issued, an indictment returned: an accusation (PLOVER
    # ACCUSE, "accuse, allege, or charge, both judicially and informally"), not an arrest
    # (CAMEO.2.0's 173 for a court's or a prosecutor's charge) or a demand (its 100 for a warrant)
    (
        "A Spanish military court charged the general with treason.",
        {("ESP", "ESP", "ACCUSE")},
        ("COERCE",),
    ),
    (
        "Israeli police pressed charges against the Palestinian protesters.",
        {("ISR", "PSE", "ACCUSE")},
        ("COERCE",),
    ),
    (
        "A Russian court issued an arrest warrant for the Ukrainian pilot.",
        {("RUS", "UKR", "ACCUSE")},
        ("REQUEST",),
    ),
    # a subpoena issued demands, as "subpoenaed" does (before: ISSUE's 060, cooperation)
    (
        "The House Oversight Committee issued a subpoena to the White House.",
        {("USA", "USA", "REQUEST")},
        ("COOPERATE",),
    ),
    # a grand jury is a body of the courts (before: no source)
    (
        "A federal grand jury in Virginia indicted the Russian hackers on Friday.",
        {("USA", "RUS", "ACCUSE")},
        (),
    ),
    # an investigation's compound names who investigates when it is an investigating body or a
    # prosecutor ("the FBI investigation", "the Mueller probe"), what is investigated otherwise
    (
        "The FBI investigation of the leaks continued on Monday.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    (
        "The Mueller probe has come to include the president's finances.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    # guards: a country or a president compounded with the noun is the topic, no doer
    ("The Russia investigation continued on Monday.", set(), ("ACCUSE",)),
    ("The Trump investigation continued on Monday.", set(), ("ACCUSE",)),
    # an attack's compound names its doer when it is an armed actor ("Hamas attacks", "CIA drone
    # attacks"; before: unnamed attackers), the place otherwise
    ("Hamas attacks on Israel continued on Monday.", {("PSE", "ISR", "ASSAULT")}, ()),
    (
        "CIA drone attacks on militants in Pakistan rose sharply.",
        {("USA", "PAK", "ASSAULT")},
        (),
    ),
    ("The Kabul attack shocked the capital.", {(None, "AFG", "ASSAULT")}, ()),
    # a court urged to act is asked (before: CAMEO.2.0's APPEAL * COURT [---], written for a
    # ruling appealed to a court, silenced URGE of the same block)
    (
        "Texas officials urged the Supreme Court to block the new rule.",
        {("USA", "USA", "REQUEST")},
        (),
    ),
    # what someone stopped doing is no longer done (before: a consultation, an attack)
    ("North Korean officials had stopped communicating with U.S. officials.", set(), ("CONSULT",)),
    ("Israel stopped bombing Gaza on Monday.", set(), ("ASSAULT",)),
    ("Israel bombed Gaza on Monday.", {("ISR", "PSE", "ASSAULT")}, ()),
    # meeting resistance, a deadline or a fate meets no one
    ("Obama met resistance from House Republicans.", set(), ("CONSULT",)),
    # guard: a phrase of the clause ("to that end") is no object met
    ("To that end, Obama met privately with House Democrats.", {("USA", "USA", "CONSULT")}, ()),
    # a politician assailing, slamming or blasting anything criticises it (before: an attack
    # unless aimed at another politician)
    (
        "Kerry assailed Israeli settlements on land claimed by Palestinians.",
        {("USA", "ISR", "ACCUSE")},
        ("ASSAULT",),
    ),
    # guard: by armed forces it is an attack
    ("Israeli jets blasted Gaza on Monday.", {("ISR", "PSE", "ASSAULT")}, ()),
    # a fine is a sanction (the PLOVER manual's court-ordered payment), no restriction (172)
    (
        "A Russian court fined the opposition magazine 100,000 rubles.",
        {("RUS", "RUS", "SANCTION")},
        ("COERCE",),
    ),
    # a wish is no event (SENSES HOPE:*), now that "hoped" and "hopes" have the lemma HOPE (they
    # were HOP, and the rule never read them)
    ("Obama hoped Congress would act on immigration.", set(), ("REQUEST",)),
    # an act urged or requested is asked for, not done (before: unnamed attackers' airstrikes)
    ("Most Republicans are urging immediate airstrikes in Syria.", set(), ("ASSAULT",)),
    # killed in an attack whose noun names its doer: that doer killed (before: unnamed
    # attackers of Iraq killed him, and the U.S. struck Iraq)
    (
        "Soleimani was killed in a U.S. drone strike in Baghdad.",
        {("USA", "IRN", "ASSAULT")},
        (("IRQ", "IRN", "ASSAULT"),),
    ),
    # guard: victims of no country are not given the doer's
    (
        "Three civilians were killed in an Israeli airstrike on Gaza.",
        {("ISR", "PSE", "ASSAULT")},
        (("ISR", "ISR", "ASSAULT"),),
    ),
    # a country's people travelling visit no one, and travellers named together arrive side by
    # side, meeting no one (before: a consultation with the place's country, and with each other)
    (
        "Three French and three British investigators arrived in Cairo on Friday.",
        set(),
        ("CONSULT",),
    ),
    # guard: an official's arrival visits the place's country
    ("Obama arrived in Ramallah on Friday.", {("USA", "PSE", "CONSULT")}, ()),
    # claiming what one holds or wins asserts it, no accusation
    ("Democrats claimed control of both chambers of the assembly.", set(), ("ACCUSE",)),
    # guard: a claim about someone's act still accuses
    (
        "Iran claimed the American drone entered its airspace.",
        {("IRN", "USA", "ACCUSE")},
        (),
    ),
    # guard: a sentence passed is still coercion
    (
        "A Russian court sentenced the Ukrainian pilot to 22 years in prison.",
        {("RUS", "UKR", "COERCE")},
        ("ACCUSE",),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_30)
def test_coder_precision_thirtieth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_31 = [
    # a participle with a "by" phrase is a passive whose subject is the noun it modifies (before:
    # no source, so no event)
    (
        "Three Afghan soldiers killed by Taliban fighters were buried on Sunday.",
        {("AFG", "AFG", "ASSAULT")},
        (),
    ),
    (
        "The Russian economy has suffered under sanctions imposed on Moscow by the European Union.",
        {("IGO", "RUS", "SANCTION")},
        (),
    ),
    (
        "Relatives of South Korean fishermen abducted by North Korea met the minister on Tuesday.",
        {("PRK", "KOR", "ASSAULT")},
        (),
    ),
    # a participle naming a standing relation is no act (guard: "backed by" is no support given)
    (
        "Syrian rebels backed by Turkey attacked Kurdish fighters near Afrin.",
        set(),
        (("TUR", "SYR", "SUPPORT"),),
    ),
    (
        "Republicans in the House, led by Speaker John Boehner, criticized the president.",
        {("USA", "USA", "ACCUSE")},
        ("COOPERATE",),
    ),
    # a multinational military coalition is an IGO, as the annotation guide codes it (before:
    # "the Saudi-led coalition" was Saudi Arabia, or no one)
    (
        "Iran condemned the Saudi-led coalition on Monday.",
        {("IRN", "IGO", "ACCUSE")},
        (),
    ),
    (
        "The Saudi-led coalition launched airstrikes on Houthi positions in Yemen.",
        {("IGO", "YEM", "ASSAULT")},
        (("SAU", "YEM", "ASSAULT"),),
    ),
    # "U.S.-led" and "Saudi-led" alone name the coalition (before: unnamed attackers of the place)
    (
        "U.S.-led airstrikes in Iraq killed dozens of militants.",
        {("IGO", "IRQ", "ASSAULT")},
        (("IRQ", "IRQ", "ASSAULT"),),
    ),
    # a past verb with an object that the parser hung on the noun before it as a participle: the
    # noun is its subject (before: no source; with the coalition's entry alone, still none); a
    # relative clause's verb parsed as such keeps its own subject (guard)
    (
        "The U.S.-led coalition bombed Islamic State positions near Raqqa on Monday, the Pentagon"
        " said.",
        {("IGO", "IMG", "ASSAULT")},
        (),
    ),
    (
        "Putin, whom Nemtsov criticized for years, condemned the Ukrainian government on Friday.",
        {("RUS", "UKR", "ACCUSE")},
        (),
    ),
    # a call for revenge or retaliation against someone threatens them (before: a request of
    # them, CALL * (FOR) and ISSUE * CALL)
    (
        "Hezbollah leaders called for revenge against Israel after the funeral.",
        {("LBN", "ISR", "THREATEN")},
        ("REQUEST",),
    ),
    (
        "Iraqi militia commanders issued calls for retaliation against the United States.",
        {("IRQ", "USA", "THREATEN")},
        ("REQUEST",),
    ),
    (
        "The Pope called for talks between Israel and the Palestinians.",
        set(),
        ("THREATEN",),
    ),
    # a participle of a feeling verb is a state of mind, no act of the "by" phrase's actor
    # (before: a threat, a criticism, a sanction)
    ("Taiwan feels threatened by China.", set(), ("THREATEN",)),
    ("Ukrainian officials felt betrayed by the United States.", set(), ("SANCTION",)),
    ("The senator said he felt attacked by the White House.", set(), ("ACCUSE",)),
    ("Taiwan was threatened by China on Monday.", {("CHN", "TWN", "THREATEN")}, ()),
    ("The United States felt compelled to attack Syria.", set(), ("ASSAULT", "COERCE")),
    # in a sentence that reports a poll, what a public or a bare share does or says is the
    # poll's finding (before: a demand of the senators, an accusation, an attack)
    (
        "By a 61%-35% margin, Americans say Senate Democrats should block the nominee.",
        set(),
        ("REQUEST",),
    ),
    ("In the Gallup survey, 58% opposed the Iraq invasion.", set(), ("ASSAULT",)),
    (
        "By 52%-40%, those polled said Trump ordered the strike against Iran.",
        set(),
        ("REQUEST", "ASSAULT"),
    ),
    (
        "A poll found that 60 percent of voters trust Biden, while Republicans in Congress blamed"
        " the president for the shutdown.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    # the subject of a verb of dying is the victim, not the attacker (before: "Two Americans
    # died in a bombing in Kabul" was an attack by the Americans on Afghanistan)
    (
        "Two Americans died in a bombing in Kabul.",
        {(None, "USA", "ASSAULT")},
        (("USA", "AFG", "ASSAULT"),),
    ),
    (
        "Four Britons died in the attack on the hotel in Nairobi.",
        {(None, "GBR", "ASSAULT")},
        (("GBR", "KEN", "ASSAULT"),),
    ),
    ("The former president died on Tuesday.", set(), ("ASSAULT",)),
    # after a criticism's object, OVER, FOR and OF give the reason, not a second target (before:
    # the reason's place was the target when the object named no known actor)
    (
        "Republicans criticized Hillary over the Benghazi attack.",
        set(),
        (("USA", "LBY", "ACCUSE"),),
    ),
    ("Iran blamed Saudi Arabia for the attack on its embassy.", {("IRN", "SAU", "ACCUSE")}, ()),
    ("China complained over U.S. tariffs.", {("CHN", "USA", "ACCUSE")}, ()),
    # an insulting adjective makes a naming verb's predicate an insult (before: a naming, no
    # event); a praising or neutral one does not (guard)
    ("Pompeo called Iran a rogue state.", {("USA", "IRN", "ACCUSE")}, ()),
    ("Kerry called the deal a historic agreement.", set(), ("ACCUSE",)),
    # a governing coalition is no military alliance (guard)
    (
        "Netanyahu's coalition collapsed after the vote, and the Israeli prime minister criticized"
        " his partners.",
        set(),
        (("IGO", "ISR", "ACCUSE"), ("ISR", "IGO", "ACCUSE")),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_31)
def test_coder_precision_thirty_first_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]):  # type: ignore[no-untyped-def]
    """A parse given by hand (the parser's mistakes these rules repair vary with the sentence)."""
    from spacy.tokens import Doc

    from eventscribe.nlp import load_nlp

    return Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_coder_precision_participles_of_a_noun_by_hand_made_parses() -> None:
    # thirty-first session: a participle with a "by" phrase is a passive of the noun it modifies;
    # one of a standing relation is not; a past verb with an object hung on the noun before it
    # takes that noun as its subject
    from eventscribe.coding.events import misparsed_finite, reduced_passive, subject_of

    fired = _parsed(
        ["rockets", "fired", "by", "Hamas", "hit", "Israel"],
        [4, 0, 1, 2, 4, 4],
        ["nsubj", "acl", "agent", "pobj", "ROOT", "dobj"],
        ["NNS", "VBN", "IN", "NNP", "VBD", "NNP"],
    )
    assert reduced_passive(fired[1]) and subject_of(fired[1]) == fired[0]
    backed = _parsed(
        ["rebels", "backed", "by", "Turkey", "attacked", "Afrin"],
        [4, 0, 1, 2, 4, 4],
        ["nsubj", "acl", "agent", "pobj", "ROOT", "dobj"],
        ["NNS", "VBN", "IN", "NNP", "VBD", "NNP"],
    )
    assert not reduced_passive(backed[1]) and subject_of(backed[1]) is None
    bombed = _parsed(
        ["The", "coalition", "bombed", "positions", ",", "officials", "said"],
        [1, 6, 1, 2, 6, 6, 6],
        ["det", "nsubj", "acl", "dobj", "punct", "nsubj", "ROOT"],
        ["DT", "NN", "VBD", "NNS", ",", "NNS", "VBD"],
    )
    assert misparsed_finite(bombed[2]) and subject_of(bombed[2]) == bombed[1]
    sent = _parsed(
        ["troops", "sent", "home", "rested"],
        [3, 0, 1, 3],
        ["nsubj", "acl", "advmod", "ROOT"],
        ["NNS", "VBN", "RB", "VBD"],
    )
    assert not misparsed_finite(sent[1]) and not reduced_passive(sent[1])


def test_coder_precision_a_naming_verbs_adjective_with_the_object_hung_on_it() -> None:
    # thirty-first session: "called Netanyahu's comments 'childish'", parsed with the object an
    # nmod of the adjective and no direct object, is evaluative naming (was CALL's 041, a call)
    from eventscribe.coding.senses import predicate_noun

    doc = _parsed(
        ["Araghchi", "called", "Netanyahu", "'s", "comments", "childish", "."],
        [1, 1, 5, 2, 5, 1, 1],
        ["nsubj", "ROOT", "poss", "case", "nmod", "oprd", "punct"],
        ["NNP", "VBD", "NNP", "POS", "NNS", "JJ", "."],
    )
    assert predicate_noun(doc[1]) == doc[5]
    phoned = _parsed(
        ["Trump", "called", "Pelosi", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "oprd", "punct"],
        ["NNP", "VBD", "NNP", "."],
    )
    assert predicate_noun(phoned[1]) is None


SESSION_32 = [
    # a surname across a hyphen from a name word no one of the dictionaries bears is part of a
    # double-barrelled name (before: "Smith" was Tony Smith, Australia's Speaker, and the
    # prosecutors Australia's)
    (
        "Federal prosecutors brought charges against Sineneng-Smith, a U.S. citizen.",
        {("USA", "USA", "ACCUSE")},
        (("AUS", "AUS", "ACCUSE"),),
    ),
    ("Police arrested Smith-Okonkwo, a U.S. citizen.", set(), (("AUS", "AUS", "COERCE"),)),
    ("Lawyers for Ocampo-Smith criticized Russia.", set(), (("AUS", "RUS", "ACCUSE"),)),
    # guard: two people across a hyphen each stay themselves
    ("The Putin-Trump summit ended, and Putin criticized NATO.", {("RUS", "IGO", "ACCUSE")}, ()),
    # the one convicted or charged is not where a court acted, whatever the gazetteer holds of
    # their name or their phrase (before: a court of Britain, of the London district Holloway,
    # and of Afghanistan, where the accused had been held)
    ("Holloway was convicted of fraud, according to court records.", set(), ("ACCUSE",)),
    (
        "U.S. Army Sergeant Bowe Bergdahl, a former Taliban prisoner in Afghanistan, was charged on"
        " Wednesday with desertion.",
        set(),
        (("AFG", "USA", "ACCUSE"),),
    ),
    # guard: a place of the verb's own phrase still names the court's country
    ("The former aide was indicted in Virginia on Friday.", {("USA", "USA", "ACCUSE")}, ()),
    # the domestic rule gives an agent the country of a company or an NGO of one, never the
    # block of a company or an NGO (before: the court "NGOJUD", the customers "MNCCVL", the
    # candidate "MNCPTY")
    (
        "The Center for Reproductive Rights appealed, asking the Supreme Court to hear the case.",
        {("NGO", "USA", "REQUEST")},
        (("NGO", "NGO", "REQUEST"),),
    ),
    (
        "Starbucks and Kroger have asked customers not to openly carry guns in their stores.",
        {("MNC", "USA", "REQUEST")},
        (("MNC", "MNC", "REQUEST"),),
    ),
    (
        "Presidential candidate Tulsi Gabbard sued Google after the company suspended her account.",
        {("USA", "MNC", "ACCUSE")},
        (("MNC", "MNC", "ACCUSE"),),
    ),
    # a city the dictionaries code as its country, written with another country's division, is
    # that country's town (before: protesters in Bethlehem, Pennsylvania were Palestinians)
    (
        "Protesters in Bethlehem, Pennsylvania, rallied against the president on Monday.",
        {("USA", "USA", "PROTEST")},
        (("PSE", "USA", "PROTEST"),),
    ),
    (
        "Bethlehem, Pennsylvania, Mayor Robert Donchez criticized the president.",
        {("USA", "USA", "ACCUSE")},
        (("PSE", "USA", "ACCUSE"), ("USA", "PSE", "ACCUSE")),
    ),
    # guards: a division of the city's own country, and a list of countries
    ("Police in Lahore, Punjab, arrested two men.", {("PAK", "PAK", "COERCE")}, ()),
    ("Britain, France and Germany condemned Iran.", {("GBR", "IRN", "ACCUSE")}, ()),
    # a naming verb's predicate that says what a moment was judges no one, quoted or not; a
    # praise word of it praises (before: every quoted predicate was criticism)
    ("Pelosi called it a \u201cdifficult night.\u201d", set(), ("ACCUSE",)),
    (
        "Esper called this an \u201cepic moment\u201d in American military history.",
        set(),
        ("ACCUSE",),
    ),
    (
        "Pompeo called the talks \u201cencouraging news\u201d in a Saturday tweet.",
        {("USA", "USA", "SUPPORT")},
        ("ACCUSE",),
    ),
    # guard: an insult stays criticism, and so does a moment an adjective condemns
    ("Trump called Warren a \u201cfraud.\u201d", {("USA", "USA", "ACCUSE")}, ()),
    (
        "Sen. Mitt Romney called it a \u201cvery dark moment in American history.\u201d",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    # a race called for a candidate is a result projected, no request (before: REQUEST)
    ("The Associated Press called the primary for the Vermont socialist.", set(), ("REQUEST",)),
    # guard: calling for a primary asks for one
    ("Democrats called for a new primary in the district.", {("USA", "USA", "REQUEST")}, ()),
    # "Suleimani", a common spelling of Qassem Soleimani's name (before: no target)
    ("The U.S. killed Suleimani in the Middle East.", {("USA", "IRN", "ASSAULT")}, ()),
    # a noun of force in the means phrase of a verb of force with a named doer is that act, not
    # a second one by attackers no one names (before: an attack by Syria's, Palestine's or
    # Pakistan's unnamed attackers on their own country)
    (
        "Russian jets killed five civilians in an airstrike in Idlib.",
        {("RUS", "SYR", "ASSAULT")},
        (("SYR", "SYR", "ASSAULT"),),
    ),
    (
        "Israeli troops killed two Palestinians during a raid in Jenin.",
        {("ISR", "PSE", "ASSAULT")},
        (("PSE", "PSE", "ASSAULT"),),
    ),
    ("Police arrested five men in a raid in Peshawar.", {("PAK", "PAK", "COERCE")}, ("ASSAULT",)),
    # a raid by the police is a search or a seizure, coercion (the PLOVER manual's COERCE
    # "seize" mode), not an attack (before: ASSAULT); one by troops stays an attack (guard)
    (
        "Belgian police raided a former bakery in Brussels.",
        {("BEL", "BEL", "COERCE")},
        ("ASSAULT",),
    ),
    (
        "The police raid on the newspaper's office in Istanbul drew condemnation.",
        {("TUR", "TUR", "COERCE")},
        ("ASSAULT",),
    ),
    ("Israeli troops raided the village of Beit Ummar.", {("ISR", "PSE", "ASSAULT")}, ()),
    # a strike whose relative clause says whom it harmed is an attack (before: no act; the
    # order was a request only), and the order that it be done no demand besides; a strike that
    # hit production is none (guard)
    ("Trump ordered the strike that killed Suleimani.", {("USA", "IRN", "ASSAULT")}, ("REQUEST",)),
    ("Workers began a strike that hit production.", set(), ("ASSAULT",)),
    # authorizing an attack is no concession of aircraft (CAMEO.2.0's AUTHORIZE * &AIRCRAFT read
    # "drone strikes" as aircraft allowed in; before: CONCEDE)
    # and the drone that names no actor is no doer: the one who authorized the strikes struck
    (
        "Obama authorized at least 2,800 drone strikes in Iraq and Syria.",
        {("USA", "IRQ", "ASSAULT")},
        ("CONCEDE", ("IRQ", "IRQ", "ASSAULT")),
    ),
    ("Trump authorized the drone strike that killed Suleimani.", {("USA", "IRN", "ASSAULT")}, ()),
    # guard: a noun with a target of its own stays an act
    (
        "A Somali man blew himself up in a suicide bombing at an Ethiopian consulate.",
        {(None, "ETH", "ASSAULT")},
        (),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_32)
def test_coder_precision_thirty_second_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_33 = [
    # a participle of harm on a passive with no doer named: the passive's subject was the victim,
    # not the killer (before: the jet's civilians killed its passengers; the bus bombing in
    # Bulgaria was no event, the bus coding to no one)
    (
        "A Russian passenger jet was bombed shortly after takeoff, killing all 224 people"
        " on board.",
        set(),
        (("RUS", "RUS", "ASSAULT"),),
    ),
    (
        "A bus carrying Israeli tourists was bombed in Bulgaria, killing five Israelis.",
        {(None, "ISR", "ASSAULT")},
        (),
    ),
    # guards: a "by" phrase names the doer; a participle of a voluntary act keeps the subject
    (
        "The camp was attacked by Serbian militiamen, killing 156 Bosnians.",
        {("SRB", "BIH", "ASSAULT")},
        (),
    ),
    ("Trump was sworn in on Friday, vowing to fight Iran.", {("USA", "IRN", "THREATEN")}, ()),
    # two subjects on one verb are a misparse: the nearer is the verb's own (before: Trump agreed)
    (
        "President Trump, citing a report in state media, tweeted Friday North Korea has agreed to"
        " halt missile tests.",
        {("PRK", "", "AGREE")},
        (("USA", "", "AGREE"),),
    ),
    # a city in capitals with its country after a comma, then a dash, is a dateline: no actor and
    # no subject; the phrase the parser hung on it is (before: Turkey attacked, Russia met)
    (
        "ISTANBUL, Turkey – Syrian rebels attacked a government checkpoint near Idlib.",
        {("SYR", "SYR", "ACCUSE")},
        (("TUR", "TUR", "ACCUSE"),),
    ),
    (
        "MOSCOW, Russia – Ukrainian President Volodymyr Zelensky met Pope Francis at the Vatican.",
        {("UKR", "VAT", "CONSULT")},
        (("RUS", "VAT", "CONSULT"),),
    ),
    # an attack with no target whose killing names the victims is one act, coded on the killing
    # (before: also Israel's attack on no one); attackers no one names are one doer wherever
    # the rules placed them (before: the killing a second attack by attackers of no country)
    (
        "Israeli troops opened fire, killing three Palestinians.",
        {("ISR", "PSE", "ASSAULT")},
        (("ISR", "", "ASSAULT"),),
    ),
    (
        "Gunmen opened fire in Kabul, killing an Afghan official.",
        {("AFG", "AFG", "ASSAULT")},
        ((None, "AFG", "ASSAULT"),),
    ),
    # guard: a killing of victims of another country stays an act of its own
    (
        "Gunmen opened fire at a base in Afghanistan, killing a U.S. general.",
        {("AFG", "AFG", "ASSAULT"), ("AFG", "USA", "ASSAULT")},
        (),
    ),
    # a person's one-word name that is a town's, modifying the town's police, is the town
    # (before: Merrick Garland arrested two men)
    ("Garland police arrested two men.", set(), ("COERCE",)),
    # a town no dictionary codes, before its police, gives them its country (before: no event)
    ("Baltimore police arrested six protesters.", {("USA", "USA", "COERCE")}, ()),
    ("Ferguson police shot an unarmed teenager.", {("USA", "", "ASSAULT")}, ()),
    # guard: a name no one knows as a town names no place
    ("Smith supporters protested outside the court.", set(), ("PROTEST",)),
    # verbs with a particle or an object that change their sense: stirring, sending, frightening
    # and reading are no criticism, attack or inquiry (before: ASSAULT, ACCUSE)
    ("Senator Rubio managed to fire up the Florida delegation.", set(), ("ASSAULT",)),
    ("The Obama campaign blasted out clips of the interview.", set(), ("ACCUSE",)),
    ("Trump's speech struck terror in the hearts of Democrats.", set(), ("ASSAULT",)),
    ("Trump looked over a critical review of the book.", set(), ("ACCUSE",)),
    # guards: the senses of force and criticism stay
    ("Iran fired missiles at U.S. bases in Iraq.", {("IRN", "USA", "ASSAULT")}, ()),
    ("Trump blasted the Democrats over the shutdown.", {("USA", "USA", "ACCUSE")}, ()),
    # a politician's verbal attack on no one named is criticism aimed at the politician's own
    # country, as any accusation by a country's body is (before: aimed at no one)
    (
        "Senator Warren blasted the changes to the banking law.",
        {("USA", "USA", "ACCUSE")},
        (("USA", "", "ACCUSE"),),
    ),
    # "it strikes me as" says how a thing seems to the speaker (before: criticism)
    (
        "It strikes me as unfortunate that the administration could not trust a single"
        " Republican, Senator Graham said.",
        set(),
        ("ACCUSE",),
    ),
    # a party's assault on a politician, named by the noun, is criticism (before: an attack)
    (
        "The Republican Party's assault on President Obama continued at the convention.",
        {("USA", "USA", "ACCUSE")},
        (("USA", "USA", "ASSAULT"),),
    ),
    # guard: the verb stays an act of force
    ("Reade said she had been assaulted by Biden.", {("USA", "", "ASSAULT")}, ("ACCUSE",)),
    # two participles joined by "and" share the "by" phrase the parser hung on the second
    # (before: no one denied the claims)
    ("The claims were denied or disregarded by President Trump.", {("USA", "USA", "REJECT")}, ()),
    # a person's name the parser folded into the next name's phrase, "and" between them, is a
    # subject of its own (before: only the second spoke, to no one)
    (
        "President Trump and Russian President Vladimir Putin spoke by phone on Saturday.",
        {("USA", "RUS", "CONSULT"), ("RUS", "USA", "CONSULT")},
        (),
    ),
    (
        "Obama and German Chancellor Angela Merkel discussed Ukraine on Monday.",
        {("USA", "DEU", "CONSULT")},
        (),
    ),
    # guards: countries coordinated before one noun; a common noun is no name
    ("U.S. and Chinese officials met in Beijing on Monday.", {("USA", "CHN", "CONSULT")}, ()),
    (
        "Trump ally and campaign manager Paul Manafort met Russian officials.",
        {("USA", "RUS", "CONSULT")},
        (),
    ),
    # a weapon test-fired is a weapons test, a show of force (the hyphened verb one token; before:
    # the parser read the sentence as a noun phrase, no event)
    (
        "North Korea test-fired two short-range ballistic missiles into the sea on Thursday.",
        {("PRK", "", "MOBILIZE")},
        ("ASSAULT",),
    ),
    ("Iran test-launched a new missile on Sunday.", {("IRN", "", "MOBILIZE")}, ()),
    # a dictionary phrase of the article ("THE US") gives way to a longer one after it ("US
    # TREASURY"; before: no source)
    (
        "The US Treasury sanctioned five Venezuelan officials on Friday.",
        {("USA", "VEN", "SANCTION")},
        (),
    ),
    ("The US imposed sanctions on Iran.", {("USA", "IRN", "SANCTION")}, ()),
    # drones launched at a target are an aerial attack (before: no event); one launched to
    # watch is none (guard)
    (
        "Houthi rebels launched drones at Saudi oil facilities.",
        {("YEM", "SAU", "ASSAULT")},
        (),
    ),
    ("The army launched a drone to watch the border.", set(), ("ASSAULT",)),
    # a pattern's word deep in the verb's FOR phrase makes no "company telephoned" of a call for
    # something (CALL (FOR) over CALL * COMPANY [---]; before: no event)
    (
        "Senator Warren called for the breakup of big tech companies.",
        {("USA", "USA", "REQUEST")},
        (),
    ),
    # guard: a company called is still telephoned, no request
    ("Trump called the company on Friday.", set(), ("REQUEST",)),
    # aid sent to people no text gives a country goes to those of the country where it goes
    # (before: the UN's own victims, IGO)
    (
        "The United Nations sent aid to flood victims in Pakistan.",
        {("IGO", "PAK", "AID")},
        (("IGO", "IGO", "AID"),),
    ),
    # guard: a capitalised name before a dash with no comma stays a dateline only in capitals
    ("Hamas - the militant group - attacked Israel on Monday.", {("PSE", "ISR", "ASSAULT")}, ()),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_33)
def test_coder_precision_thirty_third_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_34 = [
    # who claims an attack did it (CLAIMING_VERBS, CLAIMED_NOUNS; before: unnamed attackers of
    # the place, the victims' own country)
    (
        "The Islamic State group claimed responsibility for the bombing of a mosque in Kabul.",
        {("IMG", "AFG", "ASSAULT")},
        (("AFG", "AFG", "ASSAULT"),),
    ),
    (
        "Al Shabab claimed responsibility for the attack on the Westgate mall in Nairobi.",
        {("SOM", "KEN", "ASSAULT")},
        (("KEN", "KEN", "ASSAULT"),),
    ),
    ("Al Shabab claimed the attack on the hotel in Nairobi.", {("SOM", "KEN", "ASSAULT")}, ()),
    # the claimer of the attack "that" stands for killed its victims, of the attack's place
    (
        "Hamas claimed responsibility for the bombing that killed two Israelis in Jerusalem.",
        {("PSE", "ISR", "ASSAULT")},
        (),
    ),
    (
        "The Islamic State group claimed responsibility for the attacks in Paris that killed 130"
        " people.",
        {("IMG", "FRA", "ASSAULT")},
        (("FRA", "FRA", "ASSAULT"), ("IMG", "IMG", "ASSAULT")),
    ),
    # guards: responsibility denied is no claim; a pronoun claimer leaves the attack's doer
    (
        "Al Shabab denied responsibility for the attack on the mall in Nairobi.",
        {(None, "KEN", "ASSAULT")},
        (("SOM", "KEN", "ASSAULT"),),
    ),
    ("It claimed the bombing of a hotel in Nairobi.", {(None, "KEN", "ASSAULT")}, ()),
    # a US state's name the sentence's own words make the state gives the domestic rule the
    # United States (before: Georgian police shot a man outside an Atlanta restaurant)
    (
        "Authorities in Georgia ruled Sunday that the fatal police shooting of John Miller"
        " outside an Atlanta Wendy's was a homicide.",
        {("USA", "USA", "ASSAULT")},
        (("GEO", "GEO", "ASSAULT"),),
    ),
    # guard: the country stays the country
    ("Russia invaded Georgia in 2008.", {("RUS", "GEO", "ASSAULT")}, ()),
    # victims harmed in a fight were harmed by its other side (CLASH_NOUNS; before: unnamed
    # attackers of their own country)
    (
        "Three Iraqi soldiers were killed in fighting with Turkish troops near the border.",
        {("TUR", "IRQ", "ASSAULT")},
        (("IRQ", "IRQ", "ASSAULT"),),
    ),
    (
        "Two Palestinians were killed Tuesday in clashes with Israeli soldiers in Gaza.",
        {("ISR", "PSE", "ASSAULT")},
        (("PSE", "PSE", "ASSAULT"),),
    ),
    # guard: a fight with no side named keeps unnamed attackers
    ("Two Palestinians were killed in clashes in Gaza.", set(), (("ISR", "PSE", "ASSAULT"),)),
    # Egypt's Muslim Brotherhood is an actor (opposition.yaml; before: no actor, no event)
    (
        "The Muslim Brotherhood accused the army of killing protesters in Cairo.",
        {("EGY", "EGY", "ACCUSE")},
        (),
    ),
    # the world's parties by the names the English news gives them (parties.yaml; before: no
    # actor, no event)
    ("The Conservative Party criticized Jeremy Corbyn.", {("GBR", "GBR", "ACCUSE")}, ()),
    ("Likud rejected the proposal by Blue and White.", {("ISR", "ISR", "REJECT")}, ()),
    # bodies and people the US political news names often (before: "the Trump Organization" was
    # Phoenix's "Organization", a Palestinian group; the others no actor)
    ("The Trump Organization sued the city.", {("USA", "USA", "ACCUSE")}, ()),
    ("The Freedom Caucus rejected the bill.", {("USA", "USA", "REJECT")}, ()),
    ("Julian Assange accused the United States of persecution.", {("AUS", "USA", "ACCUSE")}, ()),
    # US groups: an NGO of a country, as the annotation guide codes it (NGOUSA)
    ("Judicial Watch sued the State Department.", {("NGO", "USA", "ACCUSE")}, ()),
    ("The NRA criticized Obama.", {("NGO", "USA", "ACCUSE")}, ()),
    # a Phoenix phrase that is a common English word is no actor (blocked.yaml; before: TANZIM,
    # a Palestinian group, sued the city)
    ("The Organization sued the city of Chicago.", set(), ("ACCUSE",)),
    # guards: a party's name in lower case is a phrase of English; American conservatives are
    # no British party
    (
        "The report said Republicans are a small-government, conservative party committed to"
        " economic growth.",
        set(),
        ("AGREE",),
    ),
    (
        "Conservatives have demanded that Speaker Paul Ryan block the bill.",
        set(),
        (("GBR", "USA", "REQUEST"),),
    ),
    # members tied to an actor by a participle are its own (AFFILIATION_PARTICIPLES; before:
    # unnamed attackers of the place, or, the participle parsed as the verb, no event)
    (
        "Gunmen linked to al-Qaeda kidnapped two French journalists in Mali.",
        {("IMG", "FRA", "ASSAULT")},
        (("MLI", "FRA", "ASSAULT"),),
    ),
    (
        "A group of militants affiliated with Al Shabab opened fire in a mall in Nairobi.",
        {("SOM", "KEN", "ASSAULT")},
        (("KEN", "KEN", "ASSAULT"),),
    ),
    (
        "Militants linked to the Islamic State group attacked a police station in the Sinai on"
        " Monday, killing five officers.",
        {("IMG", "EGY", "ASSAULT")},
        (),
    ),
    # guard: a name of a country keeps its own
    (
        "Republicans linked to the Koch brothers criticized the bill.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    # words after the second of two nouns joined by "and", which the parser hung on the first,
    # are the second's ("police and supporters of Morsi": before, "police of Morsi", no police)
    (
        "Clashes between police and supporters of Morsi erupted in Cairo.",
        {("EGY", "EGY", "ASSAULT")},
        (),
    ),
]


def test_coder_precision_a_possessor_is_further_than_what_it_owns(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "members of Morsi's Muslim Brotherhood" are the Brotherhood's (EGYOPP), not Morsi's: a
    # possessive is one step further from the phrase's head, as a preposition's object is
    coded = _triples(rules_coder, "Members of Morsi's Muslim Brotherhood attacked police in Cairo.")
    assert [s for s, _, _ in coded] == ["EGYOPP"], coded


@pytest.mark.parametrize(
    ("day", "codes"),
    [
        # the Brotherhood in opposition, then the movement of the governing party, then banned
        (dt.date(2011, 2, 1), ["EGYELI", "EGYOPP"]),
        (dt.date(2013, 1, 15), ["EGYGOV", "EGYPTY"]),
        (dt.date(2013, 8, 15), ["EGYELI", "EGYOPP"]),
    ],
)
def test_coder_precision_morsi_and_the_brotherhood_by_date(rules_coder, day, codes) -> None:  # type: ignore[no-untyped-def]
    # Morsi was president from 2012-06-30 to 2013-07-03 (before: "former president" at any date)
    morsi = rules_coder.code_text("Morsi met the Japanese ambassador in Cairo on Monday.", day)
    brotherhood = rules_coder.code_text("The Muslim Brotherhood accused the army of lying.", day)
    assert [e.source.code for e in morsi] == [codes[0]]
    assert [e.source.code for e in brotherhood] == [codes[1]]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_34)
def test_coder_precision_thirty_fourth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_35 = [
    # the object of an event noun's to-infinitive is its target, as a verb's complement's is
    # (COMPLEMENT_TARGET_ROOTS; before: no target)
    (
        "Iran's threat to seize a British oil tanker alarmed London.",
        {("IRN", "GBR", "THREATEN")},
        (("IRN", "", "THREATEN"),),
    ),
    (
        "Pakistan's refusal to allow NATO forces into the country angered Washington.",
        {("PAK", "IGO", "REJECT")},
        (("PAK", "", "REJECT"),),
    ),
    # a hyphen between a dotted abbreviation and a name is split as in "US-China" (before:
    # "U.S.-South" one token, the drills a military of no country, given the speaker's)
    (
        "North Korea denounced the joint U.S.-South Korean military drills.",
        {("PRK", "USA", "ACCUSE")},
        (("PRK", "PRK", "ACCUSE"),),
    ),
    # what a rule requires is an obligation, no request made (DIRECTIVE_HEADS REQUIRE)
    (
        "State Department rules require embassies to request permission from Washington.",
        set(),
        ("REQUEST",),
    ),
    # a bare act noun favoured or opposed in the present is a course of action, not an act
    # (NOMINAL_STANCE_VERBS); a definite act backed in the past stays
    ("Most Americans support airstrikes against Iran, a poll found.", set(), ("ASSAULT",)),
    ("Hannity backed the attack that killed Soleimani.", {(None, "IRN", "ASSAULT")}, ()),
    # attacking what exists only in words is criticism (WORDS_OBJECTS); a convoy is attacked
    (
        "Trump attacked news coverage of the summit.",
        {("USA", "USA", "ACCUSE")},
        ("ASSAULT",),
    ),
    ("Gunmen attacked the convoy near Kabul.", {("AFG", "AFG", "ASSAULT")}, ("ACCUSE",)),
    # a CAMEO.2.0 idiom that makes a verb of conflict cooperation is that verb's alone ("struck
    # a deal", - * DEAL [057] # STRIKE); "attacked the deal" was a signed agreement
    ("Obama attacked the nuclear deal with Iran.", {("USA", "IRN", "ACCUSE")}, ("SUPPORT",)),
    (
        "Iran and the United States struck a deal.",
        {("IRN", "USA", "SUPPORT"), ("USA", "IRN", "SUPPORT")},
        ("ASSAULT",),
    ),
    # men identified as members of a force are its own (AFFILIATION_PARTICIPLES IDENTIFY, its AS
    # phrase; before: unnamed attackers of the victims' country)
    (
        "Armed men identified as members of the Ukrainian national guard opened fire on Russian"
        " protesters.",
        {("UKR", "RUS", "ASSAULT")},
        (("RUS", "RUS", "ASSAULT"),),
    ),
    # a subject that says no one did it (modality.no_one_did): the verb's act is none, an act a
    # noun of its clause names stays
    ("No Iraqi official has criticized the United States.", set(), ("ACCUSE",)),
    ("No one was arrested after the attack in Kabul.", {(None, "AFG", "ASSAULT")}, ("COERCE",)),
    # a gerund of means is as real as the act it serves (modality._means_gerund_head; before,
    # the attack was coded as done)
    (
        "Iran will retaliate by attacking U.S. bases in the region.",
        {("IRN", "USA", "THREATEN")},
        ("ASSAULT",),
    ),
    (
        "Iran retaliated by attacking U.S. bases in the region.",
        {("IRN", "USA", "ASSAULT")},
        ("THREATEN",),
    ),
    ("Iran did not retaliate by attacking U.S. bases in the region.", set(), ("ASSAULT",)),
    # a killing's doer is the one its means names, as for a verb (before: unnamed attackers of
    # the place, Iraq)
    (
        "Protests followed the killing of the Iranian general in a U.S. airstrike in Baghdad.",
        {("USA", "IRN", "ASSAULT")},
        (("IRQ", "IRN", "ASSAULT"),),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_35)
def test_coder_precision_thirty_fifth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


def test_coder_precision_idioms_of_words_of_conflict_stay_shared(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # only a block of force keeps its cooperative idioms to their own verb: "rejected the
    # accusations" is a denial (016), as "denied" is, though the pattern was written for another
    text = "Iran rejected accusations by Israel that it was behind the attack."
    coded = [(s[:3], t[:3], c, e) for s, t, c, e in _coded(rules_coder, text)]
    assert ("IRN", "ISR", "016", "REJECT") in coded, coded


SESSION_36 = [
    # a surname alone that is common in the United States (coding/data/surnames.txt) is no
    # foreign office holder outside his country's government itself unless the story names an
    # actor of his country (surnames._common_namesake; before: Tony Smith, Speaker of
    # Australia's House, and the Brazilian judge Ricardo Lewandowski, a variant of his name)
    ("Smith rejected the plaintiffs' claims.", set(), ("REJECT",)),
    ("Lewandowski wanted a briefing on the New Hampshire operation.", set(), ("REQUEST",)),
    (
        "Tony Smith, the Speaker of Australia's House, met Obama. Smith criticized Trump.",
        {("AUS", "USA", "ACCUSE")},
        (),
    ),
    ("Lewandowski criticized Brazil's senate.", {("BRA", "BRA", "ACCUSE")}, ()),
    # a month's name with a year or a day is a date, no surname (surnames._dated_month; before:
    # Theresa May, and the company's officials British)
    ("Company officials again delayed the deadline to May 2015.", set(), ("REJECT",)),
    # an attack noun aimed at what exists only in words is criticism (WORDS_OBJECTS,
    # candidates._aimed_at_words), carried by a verb or alone; attacks on towns stay attacks
    (
        "Giuliani renewed his attacks on the legitimacy of the Russia inquiry.",
        {("USA", "RUS", "ACCUSE")},
        ("ASSAULT",),
    ),
    (
        "Russia stepped up its attacks on the legitimacy of the Ukrainian government.",
        {("RUS", "UKR", "ACCUSE")},
        ("ASSAULT",),
    ),
    ("Hamas renewed its attacks on Israeli towns.", {("PSE", "ISR", "ASSAULT")}, ("ACCUSE",)),
    # the parser hangs "at" on "back": its object is the verb's target (PREP_HOST_ADVERBS), so a
    # politician firing back at another criticizes her (before: an attack on no one)
    ("Trump fired back at Pelosi.", {("USA", "USA", "ACCUSE")}, ("ASSAULT",)),
    # what someone should have done is criticism of him, no demand (HINDSIGHT_AUX); what he must
    # do stays a demand
    (
        "Senator Gillibrand said President Clinton should have resigned over his affair.",
        {("USA", "USA", "ACCUSE")},
        ("REQUEST",),
    ),
    ("Britain said Sudan must return the helicopter.", {("GBR", "SDN", "REQUEST")}, ("ACCUSE",)),
    # what shot up at no one rose (UNTARGETED_SENSES SHOOT:UP, now honoured as no event; SENSES
    # SHOOT:%); a bar shot up is attacked
    ("U.S. oil prices shot up on Monday.", set(), ("ASSAULT",)),
    (
        "The yield on the 10-year U.S. bond shot up to 2.84% after the jobs report.",
        set(),
        ("ASSAULT",),
    ),
    ("Gunmen shot up a bar in Baghdad.", {("IRQ", "IRQ", "ASSAULT")}, ()),
    # John Bolton, national security adviser 2018-2019 (us_politics.yaml; Phoenix's entry ends in
    # 2006, so he was no one in office)
    ("Russian officials criticized Bolton.", {("RUS", "USA", "ACCUSE")}, ()),
    # a list of three or more countries in one phrase names each (actors._code_one: each joined
    # to one already chosen; before, only the first two)
    (
        "Kerry met leaders from Australia, Jordan and Qatar.",
        {("USA", "AUS", "CONSULT"), ("USA", "JOR", "CONSULT"), ("USA", "QAT", "CONSULT")},
        (),
    ),
    # a resignation is a change in leadership (RESIGNATION in EVENT_NOUNS, 0831), by its
    # possessive or, for this noun, its OF phrase (OF_DOER_NOUNS); asked for, it is not done
    (
        "The resignation of the Iraqi prime minister came after weeks of protests.",
        {("IRQ", "", "RETREAT")},
        (),
    ),
    (
        "Iraqi Prime Minister Adel Abdul-Mahdi's resignation shocked Baghdad.",
        {("IRQ", "", "RETREAT")},
        (),
    ),
    ("Iraqi protesters demanded the resignation of the prime minister.", set(), ("RETREAT",)),
    ("Iraqi lawmakers called for the prime minister's resignation.", set(), ("RETREAT",)),
    # a weapon that explodes during its launch is a failed test, a show of force (UNTARGETED_SENSES
    # EXPLODE:LAUNCH), not a bombing; a bomb that kills is still an attack
    (
        "An Iranian missile exploded during launch on Sunday.",
        {("IRN", "", "MOBILIZE")},
        ("ASSAULT",),
    ),
    (
        "A car bomb exploded in Baghdad, killing five Iraqi soldiers.",
        {(None, "IRQ", "ASSAULT")},
        ("MOBILIZE",),
    ),
    # a call, an appeal or a criticism is by the name compounded with it (COMPOUND_DOERS); the
    # tagger may read the noun as a verb (nominal._mistagged_noun); despite it, whoever went on
    # is its target though its FOR phrase names what was called for
    (
        "Despite a United Nations call for an immediate cease-fire, Israeli Prime Minister "
        "Benjamin Netanyahu vowed to continue the offensive.",
        {("IGO", "ISR", "REQUEST")},
        (),
    ),
    ("The White House criticism of Iran was muted.", {("USA", "IRN", "ACCUSE")}, ()),
    # the one an infinitive's act is asked of is not the subject of the verb it hangs on: Putin
    # asked the Americans to reject the calls, which are not aimed at him
    (
        "Putin appealed to the American people to reject President Obama's calls for the use "
        "of force against Syria.",
        set(),
        (("USA", "RUS", "REQUEST"),),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_36)
def test_coder_precision_thirty_sixth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


# Thirty-seventh session. Full actor codes (source code, target code or "", PLOVER type): a
# country's officials are its government (agents.yaml "official", noun only); other agents before
# the noun keep theirs; the adjective is no agent
SESSION_37_CODES = [
    (
        "Chinese officials met with American diplomats in Beijing on Tuesday.",
        {("CHNGOV", "USAGOV", "CONSULT")},
    ),
    ("A senior U.S. official accused Iran of attacking tankers.", {("USAGOV", "IRN", "ACCUSE")}),
    (
        # (thirty-ninth session: the suspects are an agent, CRM, of the place's country)
        "Police officials in Karachi arrested two suspects on Monday.",
        {("PAKCOP", "PAKCRM", "COERCE")},
    ),
    (
        "North Korea agreed on Friday to hold official talks with South Korea next week.",
        {("PRK", "KOR", "AGREE")},
    ),
    # an agent word describing an act or a thing names no one (AGENT_ACT_HEADS, EVENT_NOUNS):
    # the strike's target is Syria, not its army; a government aircraft shot down stays the
    # government's
    ("Obama launched a military strike in Syria on Friday.", {("USAGOV", "SYR", "ASSAULT")}),
    (
        "The U.S. shot down a Syrian government aircraft on Sunday.",
        {("USA", "SYRGOV", "ASSAULT")},
    ),
    # regression (this session, `d15eab8`): ISSUE among AGENT_ACT_HEADS made the PETRARCH unit
    # suite's "The Calenardhon government issue condemned an attack" (COMPOUND-29) no government's
    (
        "The Chinese government issue condemned an attack by Japanese soldiers on Thursday.",
        {("CHNGOV", "JPNMIL", "ACCUSE")},
    ),
]


@pytest.mark.parametrize(("text", "present"), SESSION_37_CODES)
def test_coder_precision_thirty_seventh_session_actor_codes(rules_coder, text, present) -> None:  # type: ignore[no-untyped-def]
    coded = set(_triples(rules_coder, text))
    assert present <= coded, coded


SESSION_37 = [
    # parties named together who work "together" cooperate with one another (JOINT_ROOTS: the
    # side-by-side reading of "together" is for other acts)
    (
        "Washington and Moscow are working together at removing chemical weapons from Syria.",
        {("USA", "RUS", "COOPERATE"), ("RUS", "USA", "COOPERATE")},
        (),
    ),
    (
        "U.S. and Libyan security personnel battled the attackers together.",
        set(),
        (("USA", "LBY", "ASSAULT"), ("LBY", "USA", "ASSAULT")),
    ),
    # aid, arms or a loan received or accepted are given by the one they came from ([---:b])
    (
        "Syria has received the first shipment of Russian anti-aircraft S-300 rockets.",
        {("RUS", "SYR", "AID")},
        (("SYR", "RUS", "AID"),),
    ),
    (
        "Yanukovych accepted a $15 billion loan package from Russia.",
        {("RUS", "UKR", "AID")},
        (("UKR", "RUS", "AID"),),
    ),
    ("Kenya received a loan from China.", {("CHN", "KEN", "AID")}, (("KEN", "CHN", "AID"),)),
    ("Ukraine received $1 billion in aid.", set(), ("AID",)),
    # a document released frees no one (SENSES RELEASE:RESOLUTION ...); prisoners released do
    ("The Senate resolution was released on Tuesday night by Mr. Corker.", set(), ("RETREAT",)),
    ("Hamas released two Israeli hostages on Sunday.", {("PSE", "ISR", "RETREAT")}, ()),
    # a party winning its country's chamber occupies nothing (CHAMBER_WON_CODES); protesters
    # seizing a parliament do
    ("Democrats took control of the House in January.", set(), ("COERCE",)),
    ("Republicans seized control of the House in 2010.", set(), ("COERCE",)),
    (
        "Protesters seized control of the parliament in Bishkek on Tuesday.",
        {("KGZ", "KGZ", "COERCE")},
        (),
    ),
    # "should X do": inverted, a condition, no obligation anyone reports
    (
        "However, should Washington take such a step, Putin has said he would be forced to "
        "deploy Russian hypersonic nuclear missiles on ships or submarines near U.S. territorial "
        "waters.",
        set(),
        (("RUS", "USA", "REQUEST"),),
    ),
    (
        "Putin said Washington should withdraw its troops from Syria.",
        {("RUS", "USA", "REQUEST")},
        (),
    ),
    # doers of sanctions named together sanction no one of them (UNPAIRED_ROOTS); on one
    # another's goods or positions they act on each other, possessive or misspelt
    (
        "The U.S., U.N. and EU sanctions badly hurt Iran's economy.",
        set(),
        (("USA", "IGO", "SANCTION"), ("IGO", "USA", "SANCTION")),
    ),
    (
        "The U.S. and China imposed tariffs on $34 billion worth of each others’ goods.",
        {("USA", "CHN", "SANCTION"), ("CHN", "USA", "SANCTION")},
        (),
    ),
    (
        "Israel and Hamas attacked each other's positions on Sunday.",
        {("ISR", "PSE", "ASSAULT"), ("PSE", "ISR", "ASSAULT")},
        (),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_37)
def test_coder_precision_thirty_seventh_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


def test_coder_precision_carney_alone_is_the_press_secretary_of_his_briefings(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # "Carney" is Mark Carney's variant (americas.yaml); in a story of US politics (DOMESTIC_CUES)
    # where Jay Carney held office, or after the article named Jay Carney in full, it is the
    # press secretary (surnames._namesake_of_the_story); Mark Carney in later news
    briefing = rules_coder.code_text(
        "Carney reiterated that position and blamed House Republicans for the leaks.",
        dt.date(2013, 5, 10),
    )
    assert {(e.source.code, e.event) for e in briefing} >= {("USAGOV", "ACCUSE")}
    named = rules_coder.code_text(
        "Jay Carney spoke to reporters on Monday. Carney dismissed criticism of Obama by Russia.",
        dt.date(2013, 5, 10),
    )
    assert ("USAGOV", "RUS") in {(e.source.code, e.target.code if e.target else "") for e in named}
    premier = rules_coder.code_text(
        "Carney met Trump in Washington on Tuesday.", dt.date(2025, 5, 6)
    )
    assert {(e.source.code, e.target.code if e.target else "") for e in premier} >= {
        ("CANGOV", "USAGOV")
    }


def test_coder_precision_a_story_of_us_politics_names_its_own_office_holder(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # two people named Nunes held office in 2018 (Devin Nunes, Brazil's Aloysio Nunes): in a
    # story of US politics (DOMESTIC_CUES "Democrats") the US one; with no cue, no one
    cued = rules_coder.code_text("Nunes accused House Democrats of leaking the memo.", D18)
    assert ("USALEG", "ACCUSE") in {(e.source.code, e.event) for e in cued}
    bare = rules_coder.code_text("Nunes accused the ministers of leaking the memo.", D18)
    assert not any(e.source.code.startswith(("USA", "BRA")) for e in bare)


D18 = dt.date(2018, 3, 10)


# Thirty-eighth session.
SESSION_38 = [
    # a verb whose object feels (EXPERIENCER_VERBS), in the passive or as an adjective, tells a
    # state of mind, no act of whoever the "by" phrase names (the passive turned the feeling
    # round: China's disapproval of the protesters); with an infinitive it is an appeal
    ("The protesters were dismayed by China's decision.", set(), ("ACCUSE",)),
    ("Merkel was disappointed by Trump's decision to leave the deal.", set(), ("ACCUSE",)),
    ("Kaine was irritating.", set(), ("PROTEST",)),
    ("Trump said Americans should be encouraged by the new law.", set(), ("REQUEST",)),
    ("Syrian rebels were encouraged by Iran to attack the base.", {("IRN", "SYR", "REQUEST")}, ()),
    # joining another in an act is doing it (SHARED_SUBJECT_PREPS IN), not doing it to the one
    # joined (CAMEO.2.0's JOIN * (IN CALLING) [020]); not on "be" ("is skeptical about Iranian
    # motives in providing" is no one's aid)
    ("Schumer joined Pelosi in criticizing Trump.", {("USA", "USA", "ACCUSE")}, ()),
    (
        "France joined Britain in calling for sanctions on Iran.",
        {("FRA", "IRN", "REQUEST")},
        (("FRA", "GBR", "REQUEST"),),
    ),
    (
        "Egypt was instrumental in brokering a ceasefire between Israel and Hamas.",
        {("EGY", "ISR", "CONSULT")},
        (),
    ),
    (
        "The State Department said it is skeptical about Iranian motives in providing cash "
        "payments to Afghan officials.",
        set(),
        ("AID",),
    ),
    # one counted "among those" doing something does it
    ("Sen. Lindsey Graham is among those criticizing Trump.", {("USA", "USA", "ACCUSE")}, ()),
    # lobbying someone is an appeal to them (LOBBY [020])
    (
        "Saudi Arabia lobbied the U.S. Congress to block the bill.",
        {("SAU", "USA", "REQUEST")},
        (),
    ),
    # talking or speaking to someone is a conversation (CONFER * (TO) [040]); willing to, an
    # intent to meet; talking to reporters a statement
    ("Trump talked to Putin on Friday.", {("USA", "RUS", "CONSULT")}, ()),
    ("Trump spoke to Putin on Friday.", {("USA", "RUS", "CONSULT")}, ()),
    (
        "North Korea said it was willing to talk to the United States.",
        {("PRK", "USA", "AGREE")},
        (),
    ),
    ("Trump talked to reporters on Friday.", set(), ("CONSULT",)),
    # a source's anonymity asks no one to act (SENSES ASK:BE_IDENTIFY, ASK:ANONYMITY, a passive
    # infinitive read as BE_ and its verb); asking someone to identify a suspect still asks
    (
        "U.S. officials who asked not to be identified told Fox News that Iran fired the missile.",
        set(),
        ("REQUEST",),
    ),
    ("The official, who asked for anonymity, said Iran had agreed to talks.", set(), ("REQUEST",)),
    ("German authorities asked Britain to identify the suspect.", {("DEU", "GBR", "REQUEST")}, ()),
    # what "no evidence", "no sign", "no reports" of or that names was not seen to happen
    # (UNSEEN_HEADS); evidence of it is left to the rest
    ("Officials found no evidence of Iran supplying weapons to the Houthis.", set(), ("AID",)),
    ("There is no evidence that Russia attacked Ukraine on Sunday.", set(), ("ASSAULT",)),
    (
        "Warren said the U.S. has seen no indications of Ukraine firing back into Russia.",
        set(),
        ("ASSAULT",),
    ),
    ("There were no reports of clashes between Indian and Pakistani troops.", set(), ("ASSAULT",)),
    (
        "Officials found evidence of Iran supplying weapons to the Houthis.",
        {("IRN", "YEM", "AID")},
        (),
    ),
    # campaigning is no attack (SENSES HIT:STUMP)
    ("Trump hit the stump in Wisconsin on Tuesday.", set(), ("ASSAULT",)),
    # a call on someone is a demand (EVENT_NOUNS CALL:ON; a headline's verb parsed as a noun was a
    # phone call); a call on a day is none (a time phrase names no sense)
    (
        "Kerry: China and the U.S. call on Pyongyang to refrain from provocative steps",
        {("USA", "PRK", "REQUEST")},
        ("CONSULT",),
    ),
    ("Trump's call with Xi on Sunday lasted an hour.", {("USA", "CHN", "CONSULT")}, ("REQUEST",)),
    # "it" in a clause hung on the main clause stands for its subject only when the main clause
    # names no other body, by an agent word either ("the government")
    (
        "The ACLU said the government failed to consult the plaintiffs, something it had "
        "promised the judge it would do.",
        set(),
        (("NGO", "USA", "AGREE"),),
    ),
    (
        "North Korea has refrained from tests since November, when it tested its largest missile.",
        {("PRK", "", "MOBILIZE")},
        (),
    ),
    # in a direct quotation "he" is not the one who speaks ("we" is); nor, reported, is a
    # person of the other gender
    ('"He has refused to meet the families of our troops," writes Schumer.', set(), ("REJECT",)),
    (
        "Schumer said he had refused to meet the families of American troops.",
        {("USA", "USA", "REJECT")},
        (),
    ),
    ("Pelosi said he had refused to meet the families of American troops.", set(), ("REJECT",)),
    ('"We will attack the rebels," the Syrian army said.', {("SYR", "SYR", "THREATEN")}, ()),
    # criticism an act or a remark draws is aimed at its owner, from whom the verb says
    # (RECEIVED_ACT_VERBS; the FROM phrase parsed on the verb)
    (
        "Israel's attack on Gaza drew condemnation from Turkey.",
        {("TUR", "ISR", "ACCUSE"), ("ISR", "PSE", "ASSAULT")},
        (),
    ),
    ("Trump's remarks drew sharp criticism from China.", {("CHN", "USA", "ACCUSE")}, ()),
    # "shot back" is a retort (SENSES SHOOT:+BACK, the particle only, whether the parser hangs it
    # as a particle or an adverb); "was shot four times in the back" is shot (a first SHOOT:BACK
    # also matched the preposition's object)
    (
        "“Sean, the only people asking this question are the hardcore Donald Trump supporters,” "
        "Cruz shot back.",
        set(),
        ("ASSAULT",),
    ),
    (
        "Boris Nemtsov was shot four times in the back in Moscow on Friday night.",
        {(None, "RUS", "ASSAULT")},
        ("ACCUSE",),
    ),
    # advising someone to do something is an appeal; advising them is counsel (ADVISE:*)
    ("Clapper advised Petraeus to resign.", {("USA", "USA", "REQUEST")}, ()),
    ("Manafort was advising the government in Kiev at the time.", set(), ("REQUEST",)),
    (
        "Mr. McCarthy has advised military commands on how to better target recruits.",
        set(),
        ("REQUEST",),
    ),
    (
        "Obama said he welcomed “robust debate” by lawmakers over the deal, but he vowed to veto "
        "any effort to kill it.",
        {("USA", "USA", "THREATEN")},
        (),
    ),
]


SESSION_38_CODES = [
    # pressing an investigation is conducting it (SENSES PRESS:INVESTIGATION 090), and a criminal
    # investigation is no criminals' (KIND_ADJECTIVES)
    (
        "South Korean authorities are pressing a criminal investigation into the sinking.",
        [("KORGOV", "KOR", "ACCUSE")],
    ),
    (
        "Israeli police opened a criminal investigation into Netanyahu.",
        [("ISRCOP", "ISRGOV", "ACCUSE")],
    ),
]


@pytest.mark.parametrize(("text", "coded"), SESSION_38_CODES)
def test_coder_precision_thirty_eighth_session_actor_codes(rules_coder, text, coded) -> None:  # type: ignore[no-untyped-def]
    assert _triples(rules_coder, text) == coded


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_38)
def test_coder_precision_thirty_eighth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(
    "text",
    ["House Democrats are intent on impeaching Trump.", "Iran is bent on destroying Israel."],
)
def test_coder_precision_bent_on_doing_is_a_plan(feature_coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # an adjective's "on" governs its -ing clause as "keen to" does (PLAN_HEADS BENT, INTENT;
    # modality.governing_head): not done, and the scorer weighs it so
    [event] = feature_coder.code_text(text, dt.date(2019, 1, 1))
    assert event.extra["features"].get("mod=plan") == 1.0, event.extra["features"]


def test_coder_precision_a_particle_is_a_sense_word_of_its_own() -> None:
    # a particle gives the SENSES word "+WORD" before its plain word, parsed as a particle (RP,
    # prt) or as an adverb right after the verb (PARTICLE_ADVERBS); a preposition's object gives
    # only the plain word, so SHOOT:+BACK never reads "shot in the back"
    from eventscribe.coding.senses import _context_words
    from eventscribe.nlp import load_nlp

    nlp = load_nlp()
    [called] = [t for t in nlp("Russia called off the talks.") if t.text == "called"]
    assert "+OFF" in list(_context_words(called))
    [shot] = [t for t in nlp("Trump shot back at his critics.") if t.text == "shot"]
    assert "+BACK" in list(_context_words(shot))
    [hit] = [t for t in nlp("Nemtsov was shot in the back.") if t.text == "shot"]
    assert "+BACK" not in list(_context_words(hit))


SESSION_39 = [
    # support, backing or help promised or given is the doer's own (DOERS_ACT_NOUNS): its
    # nationality modifier names no target; the target is whom it is for
    (
        "Obama pledged unbending U.S. military support to Israel.",
        {("USA", "ISR", "AGREE")},
        (("USA", "USA", "AGREE"),),
    ),
    ("Putin promised Russian economic support to Venezuela.", {("RUS", "VEN", "AGREE")}, ()),
    # support's AGAINST phrase names the opponent (OPPONENT_PREP_ROOTS), not whom it is for
    (
        "In Seoul, Kerry pledged unbending U.S. military support against any attack from North "
        "Korea.",
        set(),
        (("USA", "PRK", "AGREE"),),
    ),
    (
        "Obama pledged U.S. support to Kiev against Russian aggression.",
        {("USA", "UKR", "AGREE")},
        (),
    ),
    # an aim's own complement is not done by the act the aim hangs on: only a purpose's own verb
    # is ("rallied to demand", PURPOSE_DONE_ROOTS)
    (
        "Trump threatened in January to allow a law that has been suspended since 1996, "
        "permitting U.S. citizens to sue foreign companies doing business in Cuba.",
        {("USA", "", "THREATEN")},
        ("ACCUSE",),
    ),
    (
        "Egypt summoned the Israeli ambassador to demand an explanation.",
        {("EGY", "ISR", "ACCUSE")},
        (),
    ),
    # "be" with an infinitive: the subject is the one blamed, not the blamer
    ("Israel said Hamas was to blame for the violence.", set(), (("PSE", "PSE", "ACCUSE"),)),
    # thanks, praise or a warning a call is made to give are given by the call
    # (TALK_PURPOSE_ROOTS); a journey's are still to come
    (
        "Putin called President Trump on Sunday to thank him for the intelligence.",
        {("RUS", "USA", "CONSULT"), ("RUS", "USA", "SUPPORT")},
        (),
    ),
    ("Modi called Netanyahu to congratulate him.", {("IND", "ISR", "SUPPORT")}, ()),
    ("Obama traveled to Kabul to thank the troops.", set(), ("SUPPORT",)),
    # suspects are actors (agents.yaml CRM), and searching for them investigates them (SEARCH *
    # &SUSPECT 090, not CAMEO.2.0's 130)
    (
        "French authorities are searching for two suspects in the attack in Paris.",
        {("FRA", "FRA", "ACCUSE")},
        ("THREATEN",),
    ),
    ("Western intelligence services suspect the men were sent by Russia.", set(), ("COERCE",)),
    # defending one's own decision or handling is aimed at no one but oneself (SELF_AIMED_ROOTS);
    # defending another's words supports them
    (
        "Trump on Wednesday defended his decision to withdraw troops from Syria.",
        set(),
        ("SUPPORT",),
    ),
    ("The White House defended its decision to abstain from the vote.", set(), ("SUPPORT",)),
    ("Pelosi defended Obama's remarks.", {("USA", "USA", "SUPPORT")}, ()),
    # the writer's prediction is no act, nor anyone's intent (PREDICTION_HEADS); a verb of the
    # same form is no prediction, and "made sure to" did it
    ("Pompeo is expected to meet Kim Jong Un on Friday.", set(), ("CONSULT", "AGREE")),
    ("The ACLU is likely to file more lawsuits against Trump.", set(), ("ACCUSE",)),
    ("North Korea is about to launch a missile at Japan.", set(), ("ASSAULT", "MOBILIZE")),
    (
        "In responding to Biden's attacks, Warren made sure to praise former President Obama.",
        {("USA", "USA", "SUPPORT")},
        (),
    ),
    # what one is capable of doing is not done (PREDICTION_HEADS CAPABLE, with OF)
    ("Iran said Tehran is capable of shooting down American drones.", set(), ("ASSAULT",)),
    # an act named by a noun that "is unlikely" or "possible" has not happened (NOMINAL_NOT_DONE
    # as the predicate); what it "is likely to" do is another matter
    ("Analysts say a North Korean attack on South Korea is unlikely.", set(), ("ASSAULT",)),
    (
        "Trump's threat to destroy Iranian boats is likely to exacerbate tensions with Tehran.",
        {("USA", "IRN", "THREATEN")},
        (),
    ),
    # a gerund of time takes the time of its clause: "before meeting" a leader one "will" do
    # something is still to come (an intent, weighed apart), "after meeting" has happened
    (
        "Before meeting with Mr. Putin, Mr. Trump will try to mend ties with Mexico.",
        set(),
        (("USA", "RUS", "CONSULT"),),
    ),
    ("After meeting with Putin, Trump said the talks went well.", {("USA", "RUS", "CONSULT")}, ()),
    # what someone resisted doing was not done (NOT_DONE_HEADS RESIST)
    (
        "Mexico did, however, resist signing a safe third country agreement with the U.S.",
        set(),
        ("SUPPORT",),
    ),
    # crying is weeping (SENSES CRY:*), crying foul an accusation (CRY:+FOUL, the parser's
    # adverb read as a particle); a scheduled meeting has not happened (NOMINAL_NOT_DONE)
    ("The French woman was overcome with emotion and cried.", set(), ("ACCUSE",)),
    ("The Republicans cried foul over the Democratic plan.", {("USA", "USA", "ACCUSE")}, ()),
    (
        "The scheduled meeting of Obama and Xi Jinping is an important fact, the professor said.",
        set(),
        ("CONSULT",),
    ),
    # an adjective completing a verb is climbed as an infinitive is (modality.governing_head):
    # what one is asked to stay focused on is asked, not done
    (
        "Osama bin Laden pleaded with his followers to stay focused on attacking the United "
        "States.",
        set(),
        ("ASSAULT",),
    ),
    # addressing the media about attacks attacks no one (SENSES ADDRESS:ATTACK)
    (
        "Secretary of State Mike Pompeo addressed the media about attacks on merchant ships.",
        set(),
        (("USA", "USA", "ASSAULT"),),
    ),
    # what a consultation is "on" is its topic (TOPIC_ON_ROOTS), on the verb's own phrase; an
    # object's or a complement's ON phrase may still name a party
    (
        "Obama and Netanyahu consulted on Iran.",
        {("USA", "ISR", "CONSULT")},
        (("USA", "IRN", "CONSULT"),),
    ),
    (
        "Trump pledged to rain fire and fury on the North Korean leader.",
        {("USA", "PRK", "AGREE")},
        (),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_39)
def test_coder_precision_thirty_ninth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_39_CODES = [
    # suspects are an agent (CRM) of the place's country
    ("The FSB said it arrested several suspects in Moscow.", [("RUSCOP", "RUSCRM", "COERCE")]),
]


@pytest.mark.parametrize(("text", "coded"), SESSION_39_CODES)
def test_coder_precision_thirty_ninth_session_actor_codes(rules_coder, text, coded) -> None:  # type: ignore[no-untyped-def]
    assert _triples(rules_coder, text) == coded


SESSION_40 = [
    # failing to reach a deal is a deal not reached (the guide's negated acts), no rejection
    ("Israel and the Palestinians failed to reach an agreement on Sunday.", set(), ("REJECT",)),
    # a partner in what is denied is not the one the denial answers (PARTNER_PREP_CODES); the
    # owner of the claim denied still is
    (
        "The Kremlin has denied any collusion with Iran.",
        {("RUS", "RUS", "REJECT")},
        (("RUS", "IRN", "REJECT"),),
    ),
    ("Russia denied a claim by Turkey.", {("RUS", "TUR", "REJECT")}, ()),
    # an intercontinental ballistic missile by its initials is a weapon launched or tested
    ("North Korea launched an ICBM on Friday.", {("PRK", "", "MOBILIZE")}, ()),
    ("North Korea tested an ICBM on Friday.", {("PRK", "", "MOBILIZE")}, ()),
    # how one views someone is an opinion, no accusation (SENSES VIEW:*)
    ("Turkey views the Kurdish militia as a terrorist group.", set(), ("ACCUSE",)),
    # jailing someone is an arrest; promised, a threat
    (
        "Egypt's president vowed to throw the Muslim Brotherhood leaders in prison.",
        {("EGY", "EGY", "THREATEN")},
        ("AGREE",),
    ),
    ("Maduro promised to lock up opposition leaders.", {("VEN", "VEN", "THREATEN")}, ("AGREE",)),
    # an embassy's or a diplomat's IN phrase is where it serves, not its country (POSTED_AGENTS)
    (
        "The State Department refused requests from diplomats in Libya.",
        set(),
        (("USA", "LBY", "REJECT"),),
    ),
    ("Protesters attacked the embassy in Tehran.", set(), ("ACCUSE", "ASSAULT")),
    ("Protesters stormed the U.S. embassy in Sanaa.", {("YEM", "USA", "ASSAULT")}, ()),
    # what the object of an act still to come does has not been done either
    ("The United States might support a resolution condemning Iran.", set(), ("ACCUSE",)),
    (
        "Congress may approve a resolution authorizing military action against Syria.",
        set(),
        ("THREATEN",),
    ),
    (
        "Congress approved a resolution authorizing military action against Syria.",
        {("USA", "SYR", "THREATEN")},
        (),
    ),
    # "he" as the subject of a relative clause stands for the subject of the clause its noun is
    # in, not for the last person named before
    (
        "Netanyahu has opposed any agreement with Iran. Vice President Joe Biden joined the "
        "voices speaking out against the letter, which he decried as a disgrace.",
        {("USA", "USA", "ACCUSE")},
        (("ISR", "ISR", "ACCUSE"),),
    ),
    # not without a relative pronoun: "everything he wants" describes, reports no act
    (
        "Senate Republicans were unwilling to move forward unless Harry Reid gets everything he "
        "wants.",
        set(),
        ("REQUEST",),
    ),
]


SESSION_40_MORE = [
    # what is planned or demanded has not happened (NOMINAL_UNREAL_HEADS PLAN, DEMAND, ...)
    ("There were no plans for new meetings between Obama and Netanyahu.", set(), ("CONSULT",)),
    (
        "The EU repeated its demand for a ceasefire between Israel and Hamas.",
        set(),
        ("RETREAT",),
    ),
    # settling or resolving is no concession by itself; a dispute resolved stays coded
    ("Trump settled a lawsuit with the state of New York.", set(), ("CONCEDE",)),
    ("Neither Congress nor the Supreme Court has resolved the question.", set(), ("CONCEDE",)),
    ("Egypt resolved the dispute with Sudan.", {("EGY", "SDN", "AGREE")}, ()),
    # what a relative clause's naming verb calls is its noun: a sum named judges no one
    (
        "Representative Peter King said there would be a challenge to find the $60 billion, which "
        'he called "a big number."',
        set(),
        ("ACCUSE",),
    ),
    (
        'Representative Peter King criticized Obama, whom he called "a disaster."',
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    # an act's noun modifying a noun names a kind of thing, no act
    (
        "Carter said he would close the U.S. military detention center at Guantanamo Bay.",
        set(),
        ("COERCE",),
    ),
    # an act whose noun is "expected" or "set" to do something is still to come
    ("Trump's meeting with Putin is expected to cover Syria and Ukraine.", set(), ("CONSULT",)),
    ("Trump's meeting with Putin covered Syria and Ukraine.", {("USA", "RUS", "CONSULT")}, ()),
    (
        "Trump's threat to destroy Iranian boats is likely to exacerbate tensions with Tehran.",
        {("USA", "IRN", "THREATEN")},
        (),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_40_MORE)
def test_coder_precision_fortieth_session_more_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_40)
def test_coder_precision_fortieth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_40_CODES = [
    # whoever is "under" an act is its target; the FROM phrase its doer (UNDER_FRAME_VERBS)
    (
        "Kobani came under attack from Islamic State fighters on Monday.",
        [("IMGMUSISI", "SYR", "ASSAULT")],
    ),
    (
        "Russian police placed the opposition leader Navalny under house arrest.",
        [("RUSCOP", "RUSOPP", "COERCE")],
    ),
    (
        "Navalny was placed under house arrest by Russian police.",
        [("RUSCOP", "RUSOPP", "COERCE")],
    ),
    ("Deutsche Bank is under investigation by the FBI.", [("USACOP", "MNCDEU", "ACCUSE")]),
    # no one is under an agreement
    ("Iran's obligations under the agreement were met.", []),
]


@pytest.mark.parametrize(("text", "coded"), SESSION_40_CODES)
def test_coder_precision_fortieth_session_actor_codes(rules_coder, text, coded) -> None:  # type: ignore[no-untyped-def]
    assert _triples(rules_coder, text) == coded


SESSION_41 = [
    # a clause's subject the parser made the object of "after", a time between it and its verb
    (
        "Sergey Lavrov called for the expulsion of 35 U.S. diplomats after Washington on Thursday "
        "sanctioned Russian intelligence officials.",
        {("USA", "RUS", "SANCTION")},
        (("RUS", "RUS", "SANCTION"),),
    ),
    (
        "Iran protested after Britain on Friday seized a tanker in the Strait of Gibraltar.",
        {("GBR", "GBR", "COERCE")},
        (("IRN", "GBR", "COERCE"),),
    ),
    # a stance's owner is its actor, what it is about no part of it (STANCE_NOUNS)
    (
        "Defense Secretary Ashton Carter criticized the administration's approach to Syria.",
        {("USA", "USA", "ACCUSE")},
        (("USA", "SYR", "ACCUSE"),),
    ),
    (
        "Defense Secretary Ashton Carter criticized the Russian government's policy on Syria.",
        {("USA", "RUS", "ACCUSE")},
        (),
    ),
    ("Obama lifted the government's sanctions on Iran.", {("USA", "IRN", "RETREAT")}, ()),
    # a clash over what should be done is one of words
    (
        "Washington and Moscow have already clashed over who should make the ultimate call on "
        "what happened in the incident.",
        {("USA", "RUS", "ACCUSE")},
        ("ASSAULT",),
    ),
    (
        "Egyptian police clashed with protesters over the new law in Cairo.",
        {("EGY", "EGY", "ASSAULT")},
        (),
    ),
    # the doers a noun of violence names act side by side, unless it names fighting between them
    (
        "Several news organizations specified involvement in airstrikes by Bahrain, Jordan, Saudi "
        "Arabia and the United Arab Emirates.",
        set(),
        (("BHR", "JOR", "ASSAULT"), ("JOR", "BHR", "ASSAULT")),
    ),
    (
        "Officials described U.S. and French airstrikes near the border.",
        set(),
        (("USA", "FRA", "ASSAULT"), ("FRA", "USA", "ASSAULT")),
    ),
    (
        "Clashes between Israeli troops and Hamas killed ten people.",
        {("ISR", "PSE", "ASSAULT"), ("PSE", "ISR", "ASSAULT")},
        (),
    ),
    # prosecuting, indicting or putting on trial is an accusation (PLOVER ACCUSE, "allege")
    ("Mueller's team prosecuted Manafort.", {("USA", "USA", "ACCUSE")}, ("COERCE",)),
    ("Italian prosecutors put six geologists on trial.", {("ITA", "ITA", "ACCUSE")}, ("COERCE",)),
    (
        "Federal prosecutors have accused Senator Menendez of using his office to push the "
        "interests of a donor.",
        {("USA", "USA", "ACCUSE")},
        ("COERCE",),
    ),
    ("The FBI arrested Manafort.", {("USA", "USA", "COERCE")}, ()),
    ("Iran has provided Assad billions of dollars to prosecute his civil war.", set(), ("ACCUSE",)),
    # a part of what the OF phrase names gives the verb's sense (PARTITIVE_HEADS)
    ("Trump's lawyers still struck some of his favorite notes.", set(), ("ASSAULT", "ACCUSE")),
    (
        "The Syrian army struck some of the rebel positions in Idlib.",
        {("SYR", "SYR", "ASSAULT")},
        (),
    ),
]


SESSION_41_MORE = [
    # a condition that an act has not happened (NOMINAL_NOT_YET ABSENT, BARRING, ...)
    (
        "Military action remained highly unlikely absent an Iranian attack on an American ship.",
        set(),
        ("ASSAULT",),
    ),
    ("Iran attacked an American ship in the Gulf.", {("IRN", "USA", "ASSAULT")}, ()),
    # councils killed are disbanded; a draft sent is a text, whatever its phrase names
    ("Trump killed these councils as a move of desperation.", set(), ("ASSAULT",)),
    (
        "The president has sent Capitol Hill his draft for a new authorization for the use of "
        "military force.",
        set(),
        ("MOBILIZE",),
    ),
    ("The U.S. sent troops to Iraq.", {("USA", "IRQ", "MOBILIZE")}, ()),
    # a gerund ruled out, rejected or denied is not done (NOT_DONE_HEADS RULE_OUT, REJECT)
    (
        "British officials say President Goodluck Jonathan has ruled out swapping prisoners for "
        "the girls.",
        set(),
        ("RETREAT",),
    ),
    ("President Obama ruled out sending ground troops to Iraq.", set(), ("MOBILIZE",)),
    ("President Obama began sending troops to Iraq.", {("USA", "IRQ", "MOBILIZE")}, ()),
    (
        "The White House has consistently ruled out sending American combat forces back into Iraq.",
        set(),
        ("MOBILIZE",),
    ),
    ("Iran rejected the plan, sending troops to Syria.", {("IRN", "SYR", "MOBILIZE")}, ()),
    ("Israel did not stop shelling Gaza.", {("ISR", "PSE", "ASSAULT")}, ()),
    (
        "Appearing at a news conference with Vice President Mike Pence, President Andrzej Duda "
        "did not reject the calls.",
        {("POL", "USA", "CONSULT")},
        (),
    ),
    (
        "Grassley-Cruz would have focused on prosecuting existing laws on background checks.",
        set(),
        ("ACCUSE",),
    ),
    # the one a request asks to act is its target (REQUEST_ROOTS)
    (
        "Sen. Tom Cotton urged the president to attack Iran outright.",
        {("USA", "USA", "REQUEST")},
        (("USA", "IRN", "REQUEST"),),
    ),
    # praise in quotation marks is praise (PRAISE_WORDS)
    (
        'In a statement, Vice President Joe Biden called Senator Bernie Sanders a "powerful voice '
        'for a fairer and more just America".',
        {("USA", "USA", "SUPPORT")},
        ("ACCUSE",),
    ),
    ('President Trump called Senator Warren a "powerful liar".', {("USA", "USA", "ACCUSE")}, ()),
    # calling something into question casts doubt on it (CALL:INTO_QUESTION), no phone call
    (
        "Senator John McCain called the president's judgment into question.",
        {("USA", "USA", "ACCUSE")},
        ("CONSULT",),
    ),
    ("President Obama called President Putin with questions about Syria.", set(), ("ACCUSE",)),
    (
        'President Trump called Nigel Farage an "asset to your country."',
        {("USA", "GBR", "SUPPORT")},
        (),
    ),
]


SESSION_41_BATCH2 = [
    # the object of a preposition right after the verb with "no": nothing done to anyone
    ("EPA chief Scott Pruitt met with no environmentalists.", set(), ("CONSULT",)),
    ("EPA chief Scott Pruitt met with environmentalists.", {("USA", "USA", "CONSULT")}, ()),
    # a past participle opening or closing a clause is a passive of the clause's subject
    (
        "Criticized for his remarks, President Trump defended the policy.",
        {("USA", "USA", "SUPPORT")},
        ("ACCUSE",),
    ),
    # unless it has an object (an active verb the parser made a participle) or names a standing
    # relation (STANDING_PARTICIPLES)
    (
        "President Trump has repeatedly denied collusion with Russia and on Monday called "
        "Mueller's investigation a phony witch hunt.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    (
        "Led by U.S. Ambassador to the U.N. Nikki Haley, America has engaged with many countries.",
        set(),
        ("AGREE", "COOPERATE", "SUPPORT"),
    ),
    # a reporter's question (QUESTION_VERBS PRESS); pressing someone to act stays a request
    (
        "Pressed by reporters about what consequences could be in line, White House spokesman "
        "Josh Earnest demurred.",
        set(),
        ("REQUEST",),
    ),
    ("Senator John McCain pressed Iran to release the sailors.", {("USA", "IRN", "REQUEST")}, ()),
    (
        "House Republicans have continued to press what they say are unanswered questions about "
        "the attack.",
        {("USA", "USA", "REQUEST")},
        (),
    ),
    # what the writer forecasts with "likely" or "probably" (PREDICTION_HEADS)
    (
        "President Obama and House Republicans will likely agree to raise taxes.",
        set(),
        ("AGREE",),
    ),
    ("Putin warned that Russia will attack Ukraine.", {("RUS", "UKR", "THREATEN")}, ()),
    (
        "To avoid calamity, President Obama and House Republicans will likely agree to raise "
        "taxes on high income Americans and curb spending by an equal amount.",
        set(),
        ("AGREE", "THREATEN"),
    ),
    # a naming participle naming "it" or "them" says what the act it joins was: no second act
    (
        "Japan's Prime Minister Shinzo Abe immediately condemned the test, calling it "
        '"absolutely unacceptable."',
        {("JPN", "JPN", "ACCUSE")},
        (),
    ),
    (
        "President Trump attacked Senator Elizabeth Warren, calling her a fraud.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    # blocking a confirmation rejects it
    (
        "Senate Republicans have at least temporarily blocked the confirmation of former Sen. "
        "Chuck Hagel as the next Secretary of Defense.",
        {("USA", "USA", "REJECT")},
        ("COERCE",),
    ),
    # fighting calls or one's way back is no attack
    (
        "The White House is fighting these calls for increased transparency.",
        set(),
        ("ASSAULT",),
    ),
    ("America has fought its way back.", set(), ("ASSAULT",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_41_BATCH2)
def test_coder_precision_forty_first_session_second_batch(
    rules_coder, text, present, absent
) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_41_MORE)
def test_coder_precision_forty_first_session_more_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_41)
def test_coder_precision_forty_first_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_41_CODES = [
    # where someone was, whose occasion it was, is no part of them
    (
        "Lawmakers at Secretary of State John Kerry's Senate hearing pressed the CIA director over "
        "the strategy.",
        [("USALEG", "USASPY", "REQUEST")],
    ),
    # a document's author asks what it asks
    (
        "As the meeting unfolded, White House aides were still digesting a surprise letter from "
        "Pelosi requesting that Trump postpone the State of the Union address.",
        [("USALEG", "USAELI", "REQUEST")],
    ),
]


SESSION_41_CODES += [
    # the one a critic named by an apposition criticises is no part of the critic
    (
        "Long-time Trump critic, London Mayor Sadiq Khan, took a swipe at the US President on "
        "Sunday.",
        [("GBRLEG", "USAGOV", "ACCUSE")],
    ),
    # a past participle opening a clause: its subject is whom the act was done to
    (
        "Arrested in Moscow last year, opposition leader Alexei Navalny met with European "
        "diplomats.",
        [("RUS", "RUSOPP", "COERCE")],
    ),
    # a critic named by no one else keeps the country of the one criticised
    ("A Putin critic was arrested in Moscow.", [("RUS", "RUSGOV", "COERCE")]),
]


SESSION_41_CODES += [
    # one event for "condemned X, calling it Y", not two
    (
        "Japan's Prime Minister Shinzo Abe immediately condemned the test, calling it "
        '"absolutely unacceptable."',
        [("JPNGOV", "JPN", "ACCUSE")],
    ),
]


@pytest.mark.parametrize(("text", "coded"), SESSION_41_CODES)
def test_coder_precision_forty_first_session_actor_codes(rules_coder, text, coded) -> None:  # type: ignore[no-untyped-def]
    assert _triples(rules_coder, text) == coded


# forty-second session (issue 11): rules read from events written on corpus articles outside the
# 300 sample (every 19th world-news article from the 12th, every 17th US-politics one from the
# 5th), judged one by one by the annotation guide; each row fails before its rule
SESSION_42 = [
    # questioning someone's judgment or fitness is criticism (SENSES QUESTION:...)
    (
        "Democrats questioned Trump's fitness for office.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    ("Police questioned the suspect on Monday.", set(), ("ACCUSE", "REQUEST")),
    # a rebuke issued is criticism, not CAMEO.2.0's 060 of ISSUE
    ("Senator McCain issued a harsh rebuke of Obama.", {("USA", "USA", "ACCUSE")}, ("COOPERATE",)),
    # criticism of an inquiry or a war is aimed at whoever runs it, never the country it is about
    (
        "Trump has railed against the Russia investigation.",
        {("USA", "USA", "ACCUSE")},
        (("USA", "RUS", "ACCUSE"),),
    ),
    (
        "Sinema was protesting the Afghanistan war.",
        {("USA", "USA", "PROTEST")},
        (("USA", "AFG", "PROTEST"),),
    ),
    ("Russia criticized the U.S. investigation.", {("RUS", "USA", "ACCUSE")}, ()),
    # subjects who met someone the dictionaries do not code did not meet one another
    ("Prosecutors and the FBI had contacted Prince Andrew's lawyers.", set(), ("CONSULT",)),
    ("Obama and Putin met on Monday.", {("USA", "RUS", "CONSULT")}, ()),
    (
        "Kerry and Hammond discussed conflicts in Yemen.",
        {("USA", "GBR", "CONSULT")},
        (),
    ),
    # the harm of an accident is no attack
    (
        "A Russian passenger jet crashed on Sunday, killing all 71 people on board.",
        set(),
        ("ASSAULT",),
    ),
    ("A car bomb exploded in Kabul, killing 12 people.", {(None, "AFG", "ASSAULT")}, ()),
    # the US president's aircraft is no Estonian air force
    (
        "Air Force One landed in Tallinn on Wednesday.",
        {("USA", "EST", "CONSULT")},
        (("EST", "EST", "CONSULT"),),
    ),
    # a month is no march
    ("The House conducted 252 roll call votes by mid-March.", set(), ("PROTEST",)),
    ("Protesters staged a march in Moscow in March.", {("RUS", "RUS", "PROTEST")}, ()),
    # a leave taken from work is no strike
    ("Snowden had taken leave from work at an NSA facility in Hawaii.", set(), ("PROTEST",)),
    ("Workers stopped work at the NSA facility.", {("USA", "USA", "PROTEST")}, ()),
    # to agitate someone is to upset them, no protest
    ("Trump's diplomacy agitated NATO allies.", set(), ("PROTEST",)),
    ("Egyptian workers agitated for higher wages.", {("EGY", "EGY", "PROTEST")}, ()),
    # a quoted name given to someone the parser hung on it is a naming, no phone call
    (
        'Trump called Biden "Sleepy Joe" three times in one tweet.',
        {("USA", "USA", "ACCUSE")},
        ("CONSULT",),
    ),
    # an event noun with a time to come has not happened
    (
        "During Pope Francis' visit to the United States next month, he expects the Pope will "
        "urge the U.S. to embrace immigrants.",
        set(),
        ("CONSULT",),
    ),
    ("Obama's visit to Israel last week was his first.", {("USA", "ISR", "CONSULT")}, ()),
    # "who" after "X of <place>" stands for X, not the place
    (
        "It was widely assumed he was referring to Sen. John McCain (R) of Arizona, who attacked "
        "Paul and two other outspoken conservatives.",
        {("USA", "USA", "ACCUSE")},
        ("ASSAULT",),
    ),
    # reaching out to someone contacts them
    (
        "Trump reached out to Kim Jong Un on Monday.",
        {("USA", "PRK", "CONSULT")},
        ("REQUEST",),
    ),
    # the doer of the act a participle's BY phrase names is whom retaliation answers
    (
        "Russia threatened to retaliate for a new round of sanctions announced by the U.S.",
        {("RUS", "USA", "THREATEN")},
        (),
    ),
]


SESSION_42 += [
    # a named person fired in the passive is dismissed, as in the active (FIRE:(NAME))
    ("McCabe was fired by Trump in March.", set(), ("ASSAULT", "ACCUSE")),
    ("Rockets were fired by Hamas at Israel.", {("PSE", "ISR", "ASSAULT")}, ()),
    # a gerund hung on a noun of what has not happened, its doer alone in the OF phrase
    (
        "McMaster said the threat of North Korea launching a nuclear weapon at the U.S. is "
        "impossible to overstate.",
        set(),
        ("ASSAULT",),
    ),
    # an airstrike delivered is the subject's
    (
        "Syrian state television reported that Israel delivered an airstrike outside Damascus.",
        {("ISR", "SYR", "ASSAULT")},
        (),
    ),
    # the one an object's for-clause asks to act is the request's target
    (
        "North Korea's Foreign Ministry repeated a call for Washington to change its hostile "
        "policies.",
        {("PRK", "USA", "REQUEST")},
        (),
    ),
    # a passive subject that is no actor leaves the AT or ON phrase to name the target
    (
        "New sanctions were imposed on Russia by the United States.",
        {("USA", "RUS", "SANCTION")},
        (),
    ),
]


SESSION_42 += [
    # what two leaders spoke of is a topic, no party: they talked with each other
    (
        "Trump and Theresa May also spoke of the recent North Korean nuclear test.",
        {("USA", "GBR", "CONSULT")},
        (("USA", "PRK", "CONSULT"),),
    ),
    # calling on a reporter gives the floor
    ("And Trump called on a Breitbart reporter during the news conference.", set(), ("REQUEST",)),
    # a country's possessive of the support it pledges is its giver, not its receiver
    ("Trump pledged America's support to London.", {("USA", "GBR", "AGREE")}, ()),
    (
        "Sen. John McCain, Arizona Republican, also blasted Mr. Obama's response.",
        {("USA", "USA", "ACCUSE")},
        (),
    ),
    # a past tense the parser gave a conjunct of a negated perfect shares its negation
    (
        "Trump hadn't publicly offered his thoughts and prayers or pledged America's support to "
        "London.",
        set(),
        ("AGREE",),
    ),
    ("Trump had met Putin and criticized Russia.", {("USA", "RUS", "ACCUSE")}, ()),
    # a denial of a claim is aimed at who made it, never at whom the claim is about
    (
        "Trump has repeatedly dismissed the reports of Russia contacts as fake news.",
        {("USA", "USA", "REJECT")},
        (("USA", "RUS", "REJECT"),),
    ),
    ("Russia rejected Ukraine's claims of troop movements.", {("RUS", "UKR", "REJECT")}, ()),
    (
        "The Kremlin denied charges from Kiev that it armed the rebels.",
        {("RUS", "UKR", "REJECT")},
        (),
    ),
    # the content of a notion is not reported as done
    (
        "The notion that Russia attacked American forces is disturbing.",
        set(),
        ("ASSAULT",),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_42)
def test_coder_precision_forty_second_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_43 = [
    # a meeting, a summit or a visit called off, halted or cancelled is SANCTION, as the labelled
    # sets code it (CAMEO.2.0's END * MEETING [040] made the calling off a meeting)
    (
        "Trump called off a meeting with Kim Jong Un on Thursday.",
        {("USA", "PRK", "SANCTION")},
        ("CONSULT", "REJECT"),
    ),
    ("Trump halted the meeting with Kim Jong Un.", {("USA", "PRK", "SANCTION")}, ("CONSULT",)),
    (
        "Obama canceled a planned summit with Putin.",
        {("USA", "RUS", "SANCTION")},
        ("REJECT", "CONSULT"),
    ),
    # the visit called off is no visit
    ("Trump called off his visit to Denmark.", {("USA", "DNK", "SANCTION")}, ("CONSULT",)),
    (
        "The Mexican president cancelled a planned visit to the White House.",
        set(),
        ("CONSULT",),
    ),
    # a meeting or a visit ended took place
    ("Obama ended his visit to China on Sunday.", {("USA", "CHN", "CONSULT")}, ("SANCTION",)),
    (
        "Xi ended a two-day meeting with Putin in Moscow.",
        {("CHN", "RUS", "CONSULT")},
        ("SANCTION",),
    ),
    # talks ended or suspended were broken off
    ("Iran suspended talks with the IAEA.", {("IRN", "IGO", "SANCTION")}, ("CONSULT",)),
    # an armed subject attacks with arms whatever the object's compound words
    (
        "In February, a gunman attacked a free speech forum in Copenhagen, Denmark.",
        {("DNK", "DNK", "ASSAULT")},
        ("ACCUSE",),
    ),
    ("Trump attacked Biden's speech.", {("USA", "USA", "ACCUSE")}, ("ASSAULT",)),
    # a time overrun and a place of origin
    (
        "Trump and Putin blew past the 90 minutes they were scheduled to spend together.",
        set(),
        ("ASSAULT",),
    ),
    ("Other Democrats have hailed from safe blue districts.", set(), ("SUPPORT",)),
    (
        "Anti-government protesters have also hit the streets in Lviv.",
        {("UKR", "UKR", "PROTEST")},
        ("ASSAULT",),
    ),
    ("Netanyahu hailed the decision by the United States.", {("ISR", "USA", "SUPPORT")}, ()),
    # what came before or after the act is no object of it
    (
        "Four State Department employees placed on leave after last year's deadly terror attack "
        "on the U.S. diplomatic mission in Benghazi won't be fired.",
        set(),
        (("USA", "LBY", "ASSAULT"),),
    ),
    ("Hamas staged an attack on Israel after the funeral.", {("PSE", "ISR", "ASSAULT")}, ()),
    # the one asked has the source's own code: what it is asked to do is aimed at no target of
    # the request
    (
        "Hagel urged the Bush administration to support Iranian membership in the WTO.",
        set(),
        (("USA", "IRN", "REQUEST"),),
    ),
    ("Obama urged Congress to impose sanctions on Iran.", {("USA", "USA", "REQUEST")}, ()),
    # a travel warning advises travellers
    ("The State Department issued a travel warning for Sri Lanka.", set(), ("THREATEN",)),
    ("North Korea issued a warning to the United States.", {("PRK", "USA", "THREATEN")}, ()),
    # what came before or after the act names no sense of it by itself
    (
        "Mr. Trump called off the summit with Kim Jong Un on Thursday following threats of nuclear "
        "war from North Korea.",
        {("USA", "PRK", "SANCTION")},
        ("ACCUSE",),
    ),
    # a passive of threatening whose BY phrase is a thing: what is put at risk, no threat made
    ("Mexico is threatened by Trump's trade policy.", set(), ("THREATEN",)),
    ("Israel was threatened by Iran on Monday.", {("IRN", "ISR", "THREATEN")}, ()),
    # a crowd gathered to celebrate or to mourn makes no protest
    (
        "Hundreds of Iranians took to the streets in Tehran early Friday to celebrate a "
        "breakthrough in talks with the West.",
        set(),
        ("PROTEST",),
    ),
    ("Thousands marched in Cairo to demand Morsi's resignation.", {("EGY", "EGY", "PROTEST")}, ()),
    # a phrase that sides with a country is no part of it
    (
        "Pro-Russian rebels attacked a checkpoint in eastern Ukraine on Sunday.",
        {("UKR", "UKR", "ASSAULT")},
        (("RUS", "UKR", "ASSAULT"),),
    ),
    (
        "Ukrainian troops fought pro-Russian separatists near Donetsk.",
        {("UKR", "UKR", "ASSAULT")},
        (("UKR", "RUS", "ASSAULT"),),
    ),
    ("Pro-Assad forces shelled rebel positions near Aleppo.", {("SYR", "SYR", "ASSAULT")}, ()),
    ("Russian rebels attacked a checkpoint in eastern Ukraine.", {("RUS", "UKR", "ASSAULT")}, ()),
    # asking with no one asked for anything is a question put
    ("Trump asked in a March New York Times interview.", set(), ("REQUEST",)),
    ("Iran asked on Tuesday for talks with the EU.", {("IRN", "IGO", "REQUEST")}, ()),
    # figures given are a count, no aid
    ("The U.N. figures gave a total of 759 people killed in December.", set(), ("AID",)),
    ("The United States gave 50 million dollars in aid to Jordan.", {("USA", "JOR", "AID")}, ()),
    (
        "A North Korean missile exploded shortly after liftoff on Saturday.",
        {("PRK", "", "MOBILIZE")},
        ("ASSAULT",),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_43)
def test_coder_precision_forty_third_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


def test_coder_precision_a_country_written_as_a_surname_named_earlier(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # forty-fourth session: "Jordan" alone after the article named Representative Jim Jordan in
    # full is the congressman where it is a subject ("Jordan and Representative Mike Johnson
    # asked FBI Director Christopher Wray ..." was Jordan's request); elsewhere the country
    # (surnames.ArticleSurnames._country_namesake, person_context)
    day = dt.date(2020, 5, 20)
    named = "Representative Jim Jordan criticized the FBI on Friday. "

    def dyads(text: str) -> set[tuple[str, str, str]]:
        return {
            (e.source.code[:3], e.target.code[:3] if e.target else "", e.event or "")
            for e in rules_coder.code_text(text, day)
        }

    asked = dyads(named + "On Monday, Jordan and Representative Mike Johnson asked Wray to resign.")
    assert ("USA", "USA", "REQUEST") in asked and ("JOR", "USA", "REQUEST") not in asked
    assert ("USA", "JOR", "AID") in dyads(named + "The United States gave aid to Jordan.")
    assert ("JOR", "USA", "CONSULT") in dyads(named + "Jordan's king met Trump in Washington.")
    assert ("JOR", "USA", "REQUEST") in dyads("Jordan asked Wray to resign.")


# Forty-fourth session.
SESSION_44 = [
    # acts a statistic counts are no acts reported, nor is a verb hung on them
    (
        "It was because of a sharp jump in the number of attacks carried out in Somalia by the "
        "al-Shabab network.",
        set(),
        ("ASSAULT",),
    ),
    ("The number of protests in Iraq doubled last year.", set(), ("PROTEST",)),
    (
        "The militants carried out a number of attacks in Somalia.",
        {("SOM", "SOM", "ASSAULT")},
        (),
    ),
    # a subject that says no one did it, its "no" on its first modifier, shared by a conjoined verb
    ("No U.S. or allied personnel were killed or injured in the raid.", set(), ("ASSAULT",)),
    ("Gunmen killed two soldiers and wounded three in Kabul.", {("AFG", "AFG", "ASSAULT")}, ()),
    # predictions proved wrong
    ("Trump defied all predictions to become president.", set(), ("REJECT",)),
    ("Northam defied calls from his party to step down.", {("USA", "USA", "REJECT")}, ()),
    # "which" opening a relative clause on a name stands for it as its subject
    (
        "It made no mention of the US, which carried out the deadly drone strike against "
        "Soleimani in Baghdad.",
        {("USA", "IRN", "ASSAULT")},
        (("IRQ", "IRN", "ASSAULT"),),
    ),
    (
        "He said the Islamic State, which carried out the deadly attacks in Paris on Nov. 13, is "
        "going to continue to be a threat.",
        {("IMG", "FRA", "ASSAULT")},
        (("FRA", "FRA", "ASSAULT"),),
    ),
    # other clauses of "which" on a name describe it (no doer found for them)
    ("Russia, which backs Assad, questioned the evidence.", set(), (("RUS", "SYR", "SUPPORT"),)),
    # military help is an act the agent word describes, no one who acts
    (
        "Russia denies sending direct military help to the rebels.",
        set(),
        (("RUS", "RUS", "REJECT"),),
    ),
    # a country's mission abroad says where no one else in the sentence is from
    ("Protesters stormed the U.S. Embassy.", set(), (("USA", "USA", "ASSAULT"),)),
    (
        "Clashes erupted between protesters throwing stones and police firing tear gas on a "
        "street leading to the U.S. Embassy.",
        set(),
        (("USA", "USA", "ASSAULT"),),
    ),
    (
        "Egyptian protesters stormed the U.S. Embassy in Cairo.",
        {("EGY", "USA", "ASSAULT")},
        (),
    ),
]


SESSION_44 += [
    # three countries or more agreeing, or giving, with no target named: each on its own
    (
        "Bahrain, Egypt, Jordan, Morocco and Saudi Arabia agreed to participate in the workshop.",
        {("BHR", "", "AGREE"), ("SAU", "", "AGREE")},
        (("BHR", "EGY", "AGREE"), ("SAU", "MAR", "AGREE")),
    ),
    ("Israel and Hamas agreed to a ceasefire.", {("ISR", "PSE", "AGREE")}, ()),
    (
        "Britain, France and Germany agreed to impose sanctions on Iran.",
        {("GBR", "IRN", "AGREE"), ("DEU", "IRN", "AGREE")},
        (("GBR", "FRA", "AGREE"),),
    ),
    # a particle the parser gave an object is a preposition: whom they called on
    (
        "Britain, France and Germany had called on Trump on Thursday to uphold the pact.",
        {("GBR", "USA", "REQUEST"), ("DEU", "USA", "REQUEST")},
        ("CONSULT",),
    ),
    # a prosecutor or a judge commands no forces: a battle of theirs is of words
    (
        "Rosenstein has battled before over documents related to the Steele dossier.",
        {("USA", "USA", "ACCUSE")},
        ("ASSAULT",),
    ),
    # an email blasted was sent, a responsibility charged was given, a space probe is a craft
    ("Sen. Brian Schatz of Hawaii blasted an email to supporters on Tuesday.", set(), ("ACCUSE",)),
    ("Trump blasted the deal on Tuesday.", {("USA", "USA", "ACCUSE")}, ()),
    (
        "The FBI charged the CIA director with the responsibility of leaking.",
        set(),
        ("ACCUSE",),
    ),
    ("Prosecutors charged Manafort with fraud.", {("USA", "USA", "ACCUSE")}, ()),
    ("One of the first American space probes to Venus was lost.", set(), ("ACCUSE",)),
    # who reports an act is no part of its actor, however the parser hangs "according to"
    (
        "The shelling and bombing killed at least 60 people and wounded 300, according to the "
        "Gaza Health Ministry.",
        set(),
        (("PSE", "PSE", "ASSAULT"),),
    ),
    # a journey to join a side or a fight is no visit
    (
        "American Muslim residents have traveled to Syria to try to join the Islamic State.",
        set(),
        ("CONSULT",),
    ),
    (
        "Kim Jong Un traveled to Singapore to meet with President Trump.",
        {("PRK", "USA", "CONSULT")},
        (),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_44)
def test_coder_precision_forty_fourth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_45 = [
    # a region's adjective ending in a country's is no country's
    (
        "Mexican police arrested 40 Central American migrants on Sunday.",
        {("MEX", "MEX", "COERCE")},
        (("MEX", "USA", "COERCE"),),
    ),
    # the one asked is named by a noun of no actor: what it is asked to do is aimed at no target
    (
        "The U.S. government has asked those three Latin American countries to not admit Snowden.",
        {("USA", "", "REQUEST")},
        (("USA", "USA", "REQUEST"),),
    ),
    ("Obama urged Congress to punish Russia.", {("USA", "USA", "REQUEST")}, ()),
    # other states asked or blamed are not the source's own country
    (
        "Obama called on the allies to do more.",
        {("USA", "", "REQUEST")},
        (("USA", "USA", "REQUEST"),),
    ),
    (
        "Trump later tweeted that he demanded allies increase defense spending immediately.",
        set(),
        (("USA", "USA", "REQUEST"),),
    ),
    # a politician's attack on his own country's police, spies or courts is words
    ("Trump attacked the FBI on Sunday.", {("USA", "USA", "ACCUSE")}, ("ASSAULT",)),
    ("Trump's attacks on the FBI continued on Sunday.", {("USA", "USA", "ACCUSE")}, ("ASSAULT",)),
    ("Assad attacked rebels in Homs.", {("SYR", "SYR", "ASSAULT")}, ()),
    # a participle joined to a passive is passive: its subject suffered it
    (
        "The American journalist was arrested in Tehran and jailed by Iranian police.",
        {("IRN", "USA", "COERCE")},
        (("USA", "IRN", "COERCE"),),
    ),
    (
        "Senator John McCain was captured and imprisoned in Vietnam.",
        set(),
        (("USA", "VNM", "COERCE"),),
    ),
    # an apposition names who "his counterpart" is
    (
        "Trump has accused his counterpart Emmanuel Macron of being nasty.",
        {("USA", "FRA", "ACCUSE")},
        (("USA", "USA", "ACCUSE"),),
    ),
    # WHO in capitals is the World Health Organization
    (
        "Mr. Trump accuses WHO of being slow to inform the world.",
        {("USA", "IGO", "ACCUSE")},
        (("USA", "USA", "ACCUSE"),),
    ),
    # support won or earned is the giver's
    (
        "Maduro won the backing of Russia.",
        {("RUS", "VEN", "SUPPORT")},
        (("VEN", "RUS", "SUPPORT"),),
    ),
    ("Maduro received support from Russia.", {("RUS", "VEN", "SUPPORT")}, ()),
    # found in the past or the perfect, no commitment to act
    (
        "U.S. officials determined that Syrian forces had used chemical weapons against rebels.",
        set(),
        ("THREATEN",),
    ),
    ("Iran vowed that it will attack Israel.", {("IRN", "ISR", "THREATEN")}, ()),
    # insults and praise by a naming verb
    ("Trump described Putin as a very bad person.", {("USA", "RUS", "ACCUSE")}, ()),
    (
        "Schumer called Obama's decision the right thing to do.",
        {("USA", "USA", "SUPPORT")},
        ("ACCUSE",),
    ),
    # dispersing people is repression, not a statement
    (
        "Russian police violently dispersed thousands of people in Moscow on Saturday.",
        {("RUS", "RUS", "ASSAULT")},
        (),
    ),
    # tariffs hit: a sanction
    (
        "Chinese tariffs hit American farmers hard.",
        {("CHN", "USA", "SANCTION")},
        ("ASSAULT",),
    ),
    # a state of affairs threatened is endangered, no one threatened
    (
        "North Korea launched another missile test, threatening U.S. efforts to renew talks.",
        set(),
        ("THREATEN",),
    ),
    (
        "North Korea threatened the United States with a nuclear strike.",
        {("PRK", "USA", "THREATEN")},
        (),
    ),
    # what a negated verb of saying governs is not reported as done
    ("Obama did not say Russia attacked Ukraine.", set(), ("ASSAULT",)),
    ("Obama said Russia attacked Ukraine.", {("RUS", "UKR", "ASSAULT")}, ()),
    # declining to criticize is silence, no refusal
    ("The FEMA chief declined to criticize President Trump on Sunday.", set(), ("REJECT",)),
    # what was supposed to happen did not
    ("Merkel was supposed to arrive in Buenos Aires early Friday.", set(), ("CONSULT",)),
    # an act weighed or considered is only thought of
    ("Obama weighed attacking Syria in 2013.", set(), ("ASSAULT", "CONSULT")),
    # dispersing people is repression; distributing supplies to them is aid
    (
        "Israeli forces distributed supplies including tents and food to people who had fled.",
        {("ISR", "ISR", "AID")},
        ("ASSAULT",),
    ),
    # a protest outside a country's mission is aimed at that country
    (
        "Hundreds of protesters rallied outside the U.S. Embassy in Cairo on Tuesday.",
        {("EGY", "USA", "PROTEST")},
        (("EGY", "EGY", "PROTEST"),),
    ),
    (
        "Protests outside the U.S. Embassy in Cairo continued into Friday.",
        {("EGY", "USA", "PROTEST")},
        (("EGY", "EGY", "PROTEST"),),
    ),
    # airstrikes continued are no labour strike
    (
        "The United States has continued airstrikes against ISIS in Iraq.",
        {("USA", "IMG", "ASSAULT")},
        ("PROTEST",),
    ),
    # tariffs announced are sanctions; praise by a naming verb
    (
        "Trump announced escalating tariffs on all goods from Mexico.",
        {("USA", "MEX", "SANCTION")},
        (),
    ),
    (
        "Senate Majority leader Mitch McConnell called Trump's decision entirely correct.",
        {("USA", "USA", "SUPPORT")},
        ("ACCUSE",),
    ),
    # an attack simulated in an exercise, an illustration offered, remarks used: no such act
    (
        "South Korea carried out live-fire exercises, simulating an attack on North Korea's "
        "nuclear test site.",
        set(),
        ("ASSAULT",),
    ),
    (
        "A missile launch from North Korea offered a vivid illustration of the threat.",
        set(),
        ("AGREE",),
    ),
    (
        "U.S. national security adviser H.R. McMaster used his final public remarks to call for a "
        "tougher line on Russia.",
        {("USA", "RUS", "REQUEST")},
        ("MOBILIZE",),
    ),
    # the "red line" of chemical weapons is no Greek group
    ('Obama had declared the use of such weapons a "red line."', set(), (("USA", "GRC", None),)),
    # a protester who shoots is no politician criticising
    ("U.S. police said one protester shot another.", set(), ("ACCUSE",)),
    # several countries' police arresting suspects of no country do not arrest one another
    (
        "French, German, and Belgian police arrested more than two dozen suspects.",
        set(),
        (("FRA", "DEU", "COERCE"), ("DEU", "BEL", "COERCE")),
    ),
    # drones used to attack: the attack, no investigation
    (
        "The Houthis have used drones and missiles to attack Saudi Arabia.",
        {("YEM", "SAU", "ASSAULT")},
        ("ACCUSE",),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_45)
def test_coder_precision_forty_fifth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_46 = [
    # the Pope named by his office
    ("Obama praised the pontiff as a living example.", {("USA", "VAT", "SUPPORT")}, ()),
    ("Trump met the pope on Wednesday.", {("USA", "VAT", "CONSULT")}, ()),
    # a critique declined, a name withheld: silence, no refusal of anyone
    ("McConnell refused to critique Trump's performance.", set(), ("REJECT",)),
    ("A British lawyer in Hong Kong declined to give his last name.", set(), ("REJECT",)),
    # criticism offered is criticism, no intent to cooperate
    (
        "Republicans also offered some strong rebukes to a few of Trump's comments.",
        {("USA", "USA", "ACCUSE")},
        ("AGREE",),
    ),
    # an alternative ruled out, a condition opened by a noun: not done
    (
        "The Syrian army withdrew from the town rather than fight the rebels.",
        {("SYR", "", "RETREAT")},
        ("ASSAULT",),
    ),
    (
        "Obama said the measures were kept in reserve in case the situation worsens and Russia "
        "launches a full military incursion into eastern Ukraine.",
        set(),
        ("ASSAULT",),
    ),
    ("In the event that Russia invades Ukraine, NATO will respond.", set(), ("ASSAULT",)),
    ("Russia attacked Ukraine rather than negotiate.", {("RUS", "UKR", "ASSAULT")}, ()),
    # whom a denied act was done with is part of what is denied
    (
        "Manafort has repeatedly denied any contacts with Russian officials.",
        set(),
        (("USA", "RUS", "REJECT"),),
    ),
    (
        "Mr. Trump has repeatedly denied working with the Russians.",
        set(),
        (("USA", "RUS", "REJECT"),),
    ),
    ("Russia denied the allegations by the United States.", {("RUS", "USA", "REJECT")}, ()),
    # an inquiry's country is what it is about, no place of what is done in it
    (
        "Manafort was charged in the Russia probe.",
        set(),
        (("RUS", "USA", "ACCUSE"),),
    ),
    # pledges made one by one are to no one of the others
    (
        "Saudi Arabia and the United Arab Emirates are the top donors in Yemen, pledging at least "
        "$500m each in February 2019.",
        set(),
        (("SAU", "ARE", "AGREE"), ("ARE", "SAU", "AGREE")),
    ),
    # a warning of what someone else may do is a prediction
    (
        "Israel warned residents in the Golan Heights that Iran might strike.",
        set(),
        ("THREATEN",),
    ),
    (
        "Some GOP staffers warn that Schumer and Pelosi may be forgetting the deal.",
        set(),
        ("THREATEN",),
    ),
    (
        "Iran warned the United States that Iranian forces might attack US bases.",
        {("IRN", "USA", "THREATEN")},
        (),
    ),
    # talks set for a day are still to come
    (
        "A new round of talks between Treasury Secretary Steven Mnuchin and Chinese officials is "
        "set for Friday.",
        set(),
        ("CONSULT",),
    ),
    # soldiers marching parade, no protest
    (
        "American and French soldiers marched together on the Champs-Elysees to mark the "
        "centenary of America's entry into the war.",
        set(),
        ("PROTEST",),
    ),
    # going on with one's work presses no one
    (
        "Mueller's team has pressed forward with their work.",
        set(),
        ("REQUEST",),
    ),
    ("Kerry pressed the Israelis to agree.", {("USA", "ISR", "REQUEST")}, ()),
    # an inspirational leader is praise
    (
        'George W. Bush echoed the sentiment, calling Margaret Thatcher an "inspirational leader."',
        {("USA", "GBR", "SUPPORT")},
        ("ACCUSE",),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_46)
def test_coder_precision_forty_sixth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a probe's anniversary reached is no blow (the probe itself stays an investigation)
        (
            "As the Mueller probe hits its one-year anniversary, the team has charged 22 people.",
            "hits",
        ),
        # an attack named to date another act is no event of the story
        (
            "Obama spoke on the 11th anniversary of the al Qaeda attacks on the United States.",
            "attacks",
        ),
    ],
)
def test_coder_precision_forty_sixth_session_no_act_on(rules_coder, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e.trigger.text != word for e in rules_coder.code_text(text, DAY))


SESSION_46_SECOND = [
    # a heritage before a hyphen: the nationality after it is the actor's country
    ("Trump attacked a Mexican-American judge.", {("USA", "USA", "ACCUSE")}, ("ASSAULT",)),
    ("Iran arrested an Iranian-American businessman.", {("IRN", "USA", "COERCE")}, ()),
    (
        "Russian-backed separatists attacked Ukrainian troops.",
        {("UKR", "UKR", "ASSAULT")},
        (),
    ),
    # someone asked and nothing asked for is a question put; a request stays one
    ("Fiorina asked a voter as she worked the crowd.", set(), ("REQUEST",)),
    ("Obama asked, triggering a rare moment of laughter.", set(), ("REQUEST",)),
    ("Obama asked Congress to act on Syria.", {("USA", "USA", "REQUEST")}, ()),
    (
        "Eight GOP lawmakers are asking that incoming FBI Director James Comey brief Congress "
        "within 30 days.",
        {("USA", "USA", "REQUEST")},
        (),
    ),
    # photos and exchanges released free no one; apologies offered are an apology
    (
        "Judicial Watch released a Feb. 13 exchange between Mrs. Clinton and an aide.",
        set(),
        ("RETREAT",),
    ),
    (
        "Yemen's president offered his sincere apologies to the United States for the attack.",
        {("YEM", "USA", "SUPPORT")},
        ("AGREE",),
    ),
    ("The Pentagon declined to provide an estimated cost of the damage.", set(), ("REJECT",)),
    # the Pope's words are not aimed at the Vatican
    ("The Pope urged world leaders to act on climate.", {("VAT", "", "REQUEST")}, ()),
    # a weapon of no one named is what is used; the attack it served names the target
    (
        "Iran launched a dozen cruise missiles and 20 drones from its territory in the attack "
        "on a Saudi oil facility on Saturday.",
        {("IRN", "SAU", "ASSAULT")},
        (("IRN", "IRN", "ASSAULT"),),
    ),
    ("Israel destroyed Hamas rockets.", {("ISR", "PSE", "ASSAULT")}, ()),
    # what strikes are aimed at, by a participle
    (
        "French forces launched airstrikes targeting sites associated with Syria's chemical "
        "weapons.",
        {("FRA", "SYR", "ASSAULT")},
        (),
    ),
    (
        "British forces struck sites associated with Syria's chemical weapons on Friday.",
        {("GBR", "SYR", "ASSAULT")},
        (),
    ),
    # a candidate speaking at or rallying his own rally protests nothing
    (
        "Bernie Sanders addressed a crowd of thousands at a beachside rally in Los Angeles.",
        set(),
        ("PROTEST",),
    ),
    ("Protesters rallied in Los Angeles against the war.", {("USA", "USA", "PROTEST")}, ()),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_46_SECOND)
def test_coder_precision_forty_sixth_session_second_rules(
    rules_coder, text, present, absent
) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_46_THIRD = [
    # police raids search and arrest; armed forces' raids stay attacks
    (
        "In April, FBI agents carried out a series of raids on the New York office of a lawyer.",
        {("USA", "USA", "COERCE")},
        ("ASSAULT",),
    ),
    (
        "In Belgium, authorities launched six raids in the Brussels region on Thursday.",
        {("BEL", "BEL", "COERCE")},
        ("ASSAULT",),
    ),
    (
        "Israeli forces carried out a series of raids in the West Bank.",
        {("ISR", "PSE", "ASSAULT")},
        (),
    ),
    # Iraq's militias by the news's spellings
    (
        "Kataeb Hezbollah refused to leave Baghdad.",
        {("IRQ", "IRQ", "REJECT")},
        (("LBN", "IRQ", "REJECT"),),
    ),
    (
        "The leader of an Iranian-backed Shiite militia, Asaib Ahl al-Haq, threatened anti-U.S. "
        "attacks.",
        {("IRQ", "", "THREATEN")},
        (("USA", "USA", "THREATEN"),),
    ),
    # a yearly count, bad weather battled, a sentence passed
    ("American police killed about 1,000 people annually.", set(), ("ASSAULT",)),
    ("Indonesian searchers battled bad weather on Sunday.", set(), ("ASSAULT",)),
    (
        "An Egyptian judge condemned another 683 defendants to the gallows.",
        {("EGY", "EGY", "COERCE")},
        ("ACCUSE",),
    ),
    # a guess at what was done is no report of it; a degree guessed at stays
    ("Analysts say Obama likely pressed Chinese leaders on Monday.", set(), ("REQUEST",)),
    (
        "Putin has pondered and probably rejected various methods of retaining power.",
        set(),
        ("REJECT",),
    ),
    ("Obama pressed Chinese leaders on Monday.", {("USA", "CHN", "REQUEST")}, ()),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_46_THIRD)
def test_coder_precision_forty_sixth_session_third_rules(
    rules_coder, text, present, absent
) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_47 = [
    # a ruler known by one name, after another given name, the family name's article between:
    # someone else (Lebanon's police intelligence chief, not Jordan's crown prince)
    (
        "Gen. Wissam al-Hassan criticized the government of Lebanon.",
        set(),
        (("JOR", "LBN", "ACCUSE"),),
    ),
    ("Prince Hassan criticized the government of Lebanon.", {("JOR", "LBN", "ACCUSE")}, ()),
    # allies bombing with no object bomb side by side; fighting stays mutual
    (
        "The Russian and Syrian air forces have already begun to bomb.",
        set(),
        (("RUS", "SYR", "ASSAULT"), ("SYR", "RUS", "ASSAULT")),
    ),
    (
        "Indian and Pakistani troops fought on Friday.",
        {("IND", "PAK", "ASSAULT"), ("PAK", "IND", "ASSAULT")},
        (),
    ),
    # examples of the object are whom the act is aimed at
    (
        "Obama denounced groups like al Qaeda and the Islamic State.",
        set(),
        (("USA", "USA", "ACCUSE"),),
    ),
    (
        "Obama denounced countries such as Iran and Syria.",
        {("USA", "IRN", "ACCUSE"), ("USA", "SYR", "ACCUSE")},
        (),
    ),
    # "neither" on the subject negates the clause
    (
        "Neither the Obama nor the Trump administration requested funds from Congress.",
        set(),
        ("REQUEST",),
    ),
    (
        "The Obama administration requested funds from Congress.",
        {("USA", "USA", "REQUEST")},
        (),
    ),
    # not seen doing it: not done
    (
        "The Taliban have not been seen attacking Afghan soldiers in Afghanistan.",
        set(),
        ("ASSAULT",),
    ),
    (
        "The Taliban were seen attacking Afghan soldiers in Afghanistan.",
        {("AFG", "AFG", "ASSAULT")},
        (),
    ),
    # a meeting still to come, talked of
    ("Trump also addressed his upcoming summit with Putin.", set(), ("CONSULT",)),
    ("Trump held further talks with Putin.", {("USA", "RUS", "CONSULT")}, ()),
    # hearing that something is so, speaking to concerns, citing an investigation: no act
    ("Obama was glad to hear that Iran had agreed.", set(), (("USA", "IRN", "CONSULT"),)),
    ("Obama also spoke to Israel's security concerns on Thursday.", set(), ("CONSULT",)),
    (
        "Obama spoke to Netanyahu about Israel's security concerns on Thursday.",
        {("USA", "ISR", "CONSULT")},
        (),
    ),
    (
        "Four U.S. senators urged the Army to act, citing a Reuters investigation into hazards.",
        {("USA", "USA", "REQUEST")},
        ("ACCUSE",),
    ),
    # who is blamed, before the blamed thing's own phrases
    (
        "Obama spoke after an online hack of Sony Pictures, which White House officials have "
        "blamed on North Korea.",
        {("USA", "PRK", "ACCUSE")},
        (("USA", "JPN", "ACCUSE"),),
    ),
    # what an agreement is about is no party to it
    (
        "Congress has reached a final deal on new Russia sanctions legislation.",
        set(),
        (("USA", "RUS", "AGREE"),),
    ),
    (
        "Iran reached a deal with the United States on its nuclear program.",
        {("IRN", "USA", "AGREE")},
        (),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_47)
def test_coder_precision_forty_seventh_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # attacks planned, ruled out or weighed are not done
        ("Soleimani was in Iraq planning attacks on American troops.", "attacks"),
        ("They stopped short of ruling out airstrikes against the group in Syria.", "airstrikes"),
        ("Obama weighed airstrikes against Syria.", "airstrikes"),
    ],
)
def test_coder_precision_forty_seventh_session_no_act_on(rules_coder, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e.trigger.text != word for e in rules_coder.code_text(text, DAY))


def test_coder_precision_forty_seventh_session_act_carried_out(rules_coder) -> None:  # type: ignore[no-untyped-def]
    events = rules_coder.code_text("The US carried out airstrikes against Syria.", DAY)
    assert ("USA", "SYR") in {(e.source.code[:3], e.target.code[:3]) for e in events if e.target}


SESSION_47_SECOND = [
    # a missile fired at something is an attack, even at no actor; into the sea a show of force
    ("Iran fired a missile at another drone last week.", {("IRN", "", "ASSAULT")}, ("MOBILIZE",)),
    ("North Korea fired a missile into the sea on Tuesday.", {("PRK", "", "MOBILIZE")}, ()),
    # invited to speak: asked, not done
    (
        "Comey had been invited to speak to the Senate Intelligence Committee next week.",
        set(),
        ("CONSULT",),
    ),
    # a swearing-in, a feud exploding, a contest won, sides pitted: no act of their dictionary
    # codes
    (
        "Sworn in by Vice President Biden at the White House Tuesday, Carter formally replaces "
        "Chuck Hagel.",
        set(),
        ("ACCUSE",),
    ),
    (
        "WASHINGTON - Melania Trump's unexpected feud with a national security official exploded "
        "Tuesday when the first lady publicly called for the official's firing.",
        set(),
        ("ASSAULT",),
    ),
    (
        "Maybe the Republicans felt sorry for the former senator from New York, bested by Barack "
        "Obama for the presidency.",
        set(),
        ("ASSAULT",),
    ),
    (
        "Trump announced Tuesday he is quitting the Iran nuclear deal, pitting him against the "
        "United States' closest allies.",
        set(),
        ("ASSAULT",),
    ),
    # an object whose head the parser tags a verb is still the object's phrase
    ("Netanyahu hailed the US move as historic.", {("ISR", "USA", "SUPPORT")}, ()),
    # a thought or a state inferred is no act demanded; a demand stays
    (
        "Senator Lindsey Graham said Trump's pronouncement must be puzzling to any American.",
        set(),
        ("REQUEST",),
    ),
    (
        "Pelosi said the American people should wonder whether Trump is willing to show up.",
        set(),
        ("REQUEST",),
    ),
    ("Pelosi said Trump must be tough on Russia.", {("USA", "USA", "REQUEST")}, ()),
    # a country's word on a border a place phrase names is where, no party
    (
        "The rebels also invaded a helicopter base near the Turkish border yesterday.",
        set(),
        (("TUR", "TUR", "ASSAULT"),),
    ),
    ("Syrian troops shelled the Turkish border.", {("SYR", "TUR", "ASSAULT")}, ()),
    # protests awaited are still to come
    (
        "US missions across the Middle East are braced for a second day of violent protests "
        "over Donald Trump's recognition of Jerusalem.",
        set(),
        ("PROTEST",),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_47_SECOND)
def test_coder_precision_forty_seventh_session_second_rules(
    rules_coder, text, present, absent
) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_47_THIRD = [
    # an act that "remains likely" is predicted, as one that "is likely"
    (
        "A mid-range missile test by North Korea remains highly likely, analysts in South Korea "
        "said Monday.",
        set(),
        ("MOBILIZE",),
    ),
    ("North Korea conducted a mid-range missile test on Monday.", {("PRK", "", "MOBILIZE")}, ()),
    # one's host is attacked in words
    (
        "Trump attacked his French host upon arrival in France late Friday.",
        {("USA", "FRA", "ACCUSE")},
        ("ASSAULT",),
    ),
    # what claims say was done is alleged
    (
        "Reports of increased violence, including claims of a state-led massacre in western Syria "
        "in early May, have caused many to call for intervention.",
        set(),
        ("ASSAULT",),
    ),
    # the maker of a weapon is not its user
    (
        "Hours after the drone left, a Russian-made fighter jet bombed the hospital in Idlib.",
        set(),
        (("RUS", "SYR", "ASSAULT"),),
    ),
    ("Russian fighter jets bombed the hospital in Idlib.", {("RUS", "SYR", "ASSAULT")}, ()),
    # an event billed as casual, an act one is liable to do, a difference begged
    (
        "The White House billed Wednesday's meeting with China as mainly a casual event.",
        set(),
        ("COERCE",),
    ),
    ("As election day draws near, Trump is liable to lash out at Democrats.", set(), ("ACCUSE",)),
    (
        "While Senator Susan Collins of Maine believed that Trump learned his lesson, Trump "
        "himself begs to differ (forcing Collins to concede that her comments were aspirational).",
        set(),
        ("REQUEST",),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_47_THIRD)
def test_coder_precision_forty_seventh_session_third_rules(
    rules_coder, text, present, absent
) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_48 = [
    # what an act to come or a hypothesis is for has not been done either
    (
        "Some analysts predict a Republican-led Senate would join the House in a joint committee "
        "to investigate the Benghazi attack.",
        set(),
        ("ACCUSE",),
    ),
    (
        "The Senate joined the House in a joint committee to investigate the Benghazi attack.",
        {("USA", "LBY", "ACCUSE")},
        (),
    ),
    # an act's noun, subject of the verb its act was coded on, is that act
    (
        "U.S. attacks in Yemen have killed more than 100 militants.",
        {("USA", "YEM", "ASSAULT")},
        ((None, "YEM", "ASSAULT"),),
    ),
    (
        "Two airstrikes west of Baghdad destroyed two armed vehicles of the Islamic State.",
        {(None, "IRQ", "ASSAULT")},
        (),
    ),
    # a possessive time says when, not who: the claimer did the attack
    (
        "The Taliban claimed responsibility for Thursday's attack in Quetta.",
        {("AFG", "PAK", "ASSAULT")},
        ((None, "PAK", "ASSAULT"),),
    ),
    # a condition's "as long as"
    (
        "Afghanistan was ready to sign a deal as long as the American government agrees to terms "
        "of Afghan security.",
        set(),
        (("USA", "AFG", "AGREE"),),
    ),
    ("The American government agreed to terms of Afghan security.", {("USA", "AFG", "AGREE")}, ()),
    # a month with its day is a date, no march
    ("Iran worked toward a March 31 deadline in Lausanne.", set(), ("PROTEST",)),
    ("Thousands joined a march in Cairo.", {("EGY", "EGY", "PROTEST")}, ()),
    # what the object of an act not done does has not been done
    (
        "The United Nations did not offer a single resolution condemning the Jordanian occupation.",
        set(),
        ("ACCUSE",),
    ),
    (
        "The Security Council passed a resolution condemning the Jordanian occupation.",
        {("IGO", "JOR", "ACCUSE")},
        (),
    ),
    # what a day "will see" done is to come
    (
        "Sunday afternoon will see Macron and Merkel attend a peace conference with Putin.",
        set(),
        ("CONSULT",),
    ),
    (
        "Macron and Merkel attended a peace conference with Putin on Sunday.",
        {("FRA", "RUS", "CONSULT")},
        (),
    ),
    # a guilty plea appeals to no one
    (
        "Former national security adviser Michael Flynn met investigators on Friday. "
        "Flynn's guilty plea has further emboldened Democrats.",
        set(),
        ("REQUEST",),
    ),
    (
        "Former national security adviser Michael Flynn met investigators on Friday. "
        "Flynn's plea to the judge has further emboldened Democrats.",
        {("USA", "USA", "REQUEST")},
        (),
    ),
    # what endangers one's legacy threatens no one
    (
        "Obama is embarking upon a sustained military operation, threatening his legacy as a "
        "war-ender.",
        set(),
        ("THREATEN",),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_48)
def test_coder_precision_forty_eighth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


SESSION_48_SECOND = [
    # a source who demands anonymity asks no one to act
    (
        "The aides and the State Department official were not authorized to speak publicly on the "
        "matter and demanded anonymity.",
        set(),
        ("REQUEST",),
    ),
    (
        "Opposition leaders demanded the resignation of Prime Minister Theresa May.",
        {("GBR", "GBR", "REQUEST")},
        (),
    ),
    # money released to someone is aid, not a concession
    (
        "The Obama administration quietly released $221 million to the Palestinian Authority.",
        {("USA", "PSE", "AID")},
        ("RETREAT",),
    ),
    ("Iran released three British sailors.", {("IRN", "GBR", "RETREAT")}, ()),
    # what a claim contradicts is told apart, no one accused
    ("North Korea's claim contradicted U.S. officials.", set(), ("ACCUSE",)),
    (
        "North Korea contradicted U.S. officials on the missile test.",
        {("PRK", "USA", "ACCUSE")},
        (),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_48_SECOND)
def test_coder_precision_forty_eighth_session_second_rules(  # type: ignore[no-untyped-def]
    rules_coder, text, present, absent
) -> None:
    _assert_row(rules_coder, text, present, absent)


# forty-ninth session: rules read from sample u of annotations/coder-reads (sentences written for
# these tests)
SESSION_49 = [
    # a month that is a surname is no time: the WITH phrase names whom he spoke with
    (
        "Trump later spoke with British Prime Minister Theresa May to convey his sympathies.",
        {("USA", "GBR", "CONSULT")},
        (),
    ),
    # a gerund after the object is no CALL (ON): a telephone call, no appeal
    (
        "Kerry called his Iranian counterpart immediately on learning of the crash.",
        {("USA", "IRN", "CONSULT")},
        ("REQUEST",),
    ),
    ("Obama called on Iran to free the sailors.", {("USA", "IRN", "REQUEST")}, ()),
    # a chair's procedure and a departure are no acts
    (
        "U.S. Ambassador Nikki Haley yielded the floor to Syria's UN ambassador.",
        set(),
        ("CONCEDE",),
    ),
    ("The Ukrainian airliner took off from the airport in Tehran.", set(), ("COERCE",)),
    ("Rebels took control of the airport in Aden.", {("YEM", "YEM", "COERCE")}, ()),
    # a cause blamed accuses no one
    ("Iranian officials blamed a technical malfunction for the crash.", set(), ("ACCUSE",)),
    ("The Iranian commander blamed the crash on a communications failure.", set(), ("ACCUSE",)),
    ("Moscow blamed Kiev for the failure of the talks.", {("RUS", "UKR", "ACCUSE")}, ()),
    ("Trump blamed Russia's failure to act.", {("USA", "RUS", "ACCUSE")}, ()),
    # wary of an act: none done
    ("Republicans have been leery to criticize Trump publicly.", set(), ("ACCUSE",)),
    # what a demanded resolution would do is not done
    (
        "The United States pressed for a resolution condemning the Syrian government.",
        set(),
        (("USA", "SYR", "ACCUSE"),),
    ),
    (
        "The Security Council adopted a resolution condemning North Korea.",
        {("IGO", "PRK", "ACCUSE")},
        (),
    ),
    # a country's organisation named after it is of that country
    (
        "Iran shot down a Ukrainian International Airlines jet.",
        {("IRN", "UKR", "ASSAULT")},
        (("IRN", "IRN", "ASSAULT"),),
    ),
    ("Israel Katz criticized Iran.", {("ISR", "IRN", "ACCUSE")}, ()),
    # the OF phrase the parser hangs on the doer names whom the act was done to
    (
        "Iranians mourned after the killing by the U.S. of General Qassem Soleimani.",
        {("USA", "IRN", "ASSAULT")},
        (),
    ),
    # a town spelled like a far city is not that city where the sentence names another country
    (
        "Iraqi Kurdish troops recaptured the town of Rabia.",
        set(),
        (("IRQ", "MAR", "COERCE"),),
    ),
    # able to, not done; a refusal stays
    ("Iran can threaten Israel with its missiles.", set(), ("THREATEN",)),
    (
        "Bangladesh said it cannot accept more refugees from Myanmar.",
        {("BGD", "MMR", "REJECT")},
        (),
    ),
    # a phrase hung on another noun of the object names no object of the verb's
    (
        "Hillary Clinton began her long-awaited testimony Wednesday on the Benghazi terror attack.",
        set(),
        ("ASSAULT",),
    ),
    ("Israel launched a wave of attacks on Gaza.", {("ISR", "PSE", "ASSAULT")}, ()),
    # the story's pair is not the country where the two met, nor a news network
    (
        "Trump flew to Europe on Sunday. The Finnish president greeted Trump. Finnish "
        "officials praised Trump. Trump will meet Putin. At their first summit, the two leaders "
        "met privately in the Finnish capital Helsinki.",
        {("USA", "RUS", "CONSULT")},
        (("USA", "FIN", "CONSULT"),),
    ),
    (
        "Russian officials told The Associated Press that the talks would go on. The Associated "
        "Press also asked Ukrainian officials. The Associated Press reported the news. The two "
        "countries signed a ceasefire.",
        {("RUS", "UKR", "RETREAT")},
        (),
    ),
    # a surname the article gave another person is not the dictionary's bearer of it
    (
        "Sarah Palin dismissed the criticism of MSNBC host Martin Bashir. Palin said she "
        "accepted Bashir's apology.",
        set(),
        (("USA", "SDN", "SUPPORT"),),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_49)
def test_coder_precision_forty_ninth_session_rules(rules_coder, text, present, absent) -> None:  # type: ignore[no-untyped-def]
    _assert_row(rules_coder, text, present, absent)


def test_coder_precision_implicit_actor_has_no_words(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # an actor no words name (the own country a rejection is aimed at) shows no verb as its words
    events = rules_coder.code_text("Tlaib said she is rejecting the offer.", dt.date(2019, 8, 16))
    implicit = [
        e.target
        for e in events
        if e.target is not None and f"{e.target.code}: implicit" in e.rule.notes
    ]
    assert implicit, [(e.source.code, e.target and e.target.code, e.rule.notes) for e in events]
    assert all(t.text == "" and t.start == t.end for t in implicit)


# forty-ninth session, second batch: rules read from sample v of annotations/coder-reads
SESSION_49_SECOND = [
    # whoever takes part in an act named by a noun did it
    (
        "Jordanian special operations forces were involved in ground assaults in Syria.",
        {("JOR", "SYR", "ASSAULT")},
        (),
    ),
    (
        "Jordanian special forces took part in ground assaults in Syria.",
        {("JOR", "SYR", "ASSAULT")},
        (),
    ),
    # those to be freed are no one a demand for their release is aimed at
    (
        "The U.S. demanded the release of three American citizens held in North Korea.",
        {("USA", "", "REQUEST")},
        (("USA", "USA", "REQUEST"),),
    ),
    ("The EU called on Iran to release the prisoners.", {("IGO", "IRN", "REQUEST")}, ()),
    # the ON phrase the parser hangs inside the doer's names the attack's target
    (
        "Attacks by Iranian-backed rebels in Yemen on Saudi Arabia raised fears.",
        {("YEM", "SAU", "ASSAULT")},
        (),
    ),
    # a news outlet lends no country to the domestic rule; a country's own media do
    (
        "A gunman shot dead a soldier guarding the memorial, reports CBS News correspondent "
        "Jim Axelrod.",
        set(),
        (("USA", "USA", "ASSAULT"),),
    ),
    (
        "Iranian state TV said gunmen killed five police officers.",
        {("IRN", "IRN", "ASSAULT")},
        (),
    ),
    # foreign forces are not the country's own; foreign workers stay where they are
    (
        "Iraqi lawmakers passed a resolution calling for foreign troops to leave.",
        set(),
        (("IRQ", "IRQ", "REQUEST"),),
    ),
    ("Thai police arrested foreign workers.", {("THA", "THA", "COERCE")}, ()),
    # a pattern's particle is the verb's particle
    (
        "The Obama campaign called Romney's latest attacks off the deep-end.",
        set(),
        ("SANCTION",),
    ),
    ("Trump called off the meeting with Kim Jong Un.", {("USA", "PRK", "SANCTION")}, ()),
    # finding the dead, describing a protest, being marched off, taking over an office
    ("Authorities found 39 people dead in a truck in England.", set(), ("ASSAULT",)),
    (
        "UN Ambassador Susan Rice described a protest of an anti-Islam video outside the mission.",
        set(),
        ("PROTEST",),
    ),
    ("Critics foresaw compliant Israelis marched off to death camps.", set(), ("PROTEST",)),
    ("Thousands marched in Paris against the law.", {("FRA", "FRA", "PROTEST")}, ()),
    (
        "Acting Attorney General Matthew Whitaker took over the justice department.",
        set(),
        ("COERCE",),
    ),
    # a country's name the article gave a person no dictionary knows is that person
    (
        "The budget agreement crafted by Sen. Patty Murray and Rep. Paul Ryan pleased Congress. "
        "The budget deal negotiated by Murray and Ryan did nothing for the economy.",
        set(),
        (("AUS", "USA", "CONSULT"),),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SESSION_49_SECOND)
def test_coder_precision_forty_ninth_session_second_rules(  # type: ignore[no-untyped-def]
    rules_coder, text, present, absent
) -> None:
    _assert_row(rules_coder, text, present, absent)


def test_coder_precision_two_people_of_one_code_are_two_actors(rules_coder) -> None:  # type: ignore[no-untyped-def]
    # one legislator's criticism of another is aimed at her, not at their own country
    events = rules_coder.code_text("Rep. Jim Jordan criticized Nancy Pelosi.", dt.date(2019, 5, 5))
    assert [(e.source.code, e.target and e.target.text) for e in events] == [
        ("USALEG", "Nancy Pelosi")
    ]
    # a body and a person of one code are one side
    events = rules_coder.code_text(
        "Donald Trump and Vladimir Putin discussed holding a summit at the White House.",
        dt.date(2018, 4, 2),
    )
    assert all(e.target is None or e.target.text != "the White House" for e in events)


def test_coder_precision_an_unnamed_actor_is_no_other_person() -> None:
    # regression (forty-ninth session): "he" resolved to Russia's government, of no name, is not
    # another actor than Putin ("he accepted Putin's denials" was coded Russia accepting Russia's)
    from eventscribe.coding.actors import CodedActor, same_actor

    he = CodedActor("RUSGOV", 0, 1, None, (), True, "pronoun")
    putin = CodedActor("RUSGOV", 3, 4, "VLADIMIR_PUTIN", ("x",), True, "dictionary")
    pelosi = CodedActor("USALEG", 3, 4, "NANCY_PELOSI", ("x",), True, "dictionary")
    jordan = CodedActor("USALEG", 0, 2, "JIM_JORDAN", ("y",), True, "dictionary")
    assert same_actor(he, putin)
    assert not same_actor(jordan, pelosi)
