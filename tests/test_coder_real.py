"""The coder with the shipped dictionaries on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventscribe.records import Event


@pytest.fixture(scope="module")
def coder(rules_coder):  # type: ignore[no-untyped-def]
    return rules_coder


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


def _triples(coder, text: str) -> set[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    events = _events(coder, text, dt.date(2024, 3, 6))
    return {(e.source.code, e.target.code if e.target else None, e.cameo[:2]) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive, no agent: the attackers no one names are unidentified forces of no country
        # (forty-fourth session: the labelled sets and the held-out guide list them "---"), the
        # act placed where it happened
        ("Two Somali soldiers were killed in an ambush in Mogadishu.", ("---UAF", "SOMMIL", "19")),
        # a weapon as subject; the place hangs from the subject's own phrase, through OF
        (
            "A car bomb near the city of Kirkuk killed three Iraqi policemen.",
            ("---UAF", "IRQCOP", "18"),
        ),
        (
            "Four Afghan soldiers were killed outside of the city of Kandahar.",
            ("---UAF", "AFGMIL", "19"),
        ),
    ],
)
def test_coder_real_unnamed_attackers_are_where_it_happened(  # type: ignore[no-untyped-def]
    coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(coder, text)


def test_coder_real_unnamed_attackers_need_a_place(coder) -> None:  # type: ignore[no-untyped-def]
    # no place: attackers of no country ("---UAF") against the victims' country, never a
    # country guessed for them (issue 11: readers list such acts with source "---")
    assert {t[0] for t in _triples(coder, "Two Somali soldiers were killed in an ambush.")} <= {
        "---UAF"
    }
    assert ("---UAF", "SOMMIL", "19") in _triples(
        coder, "Two Somali soldiers were killed in an ambush."
    )
    # a named attacker is never replaced
    named = _triples(coder, "Al-Shabaab killed two Somali soldiers in Mogadishu.")
    assert named and all("UAF" not in source for source, _, _ in named)


def test_coder_real_possessive_pronoun_agents_belong_to_their_owner(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    # "its troops from Syria" are not Syria's troops: the target is the country left
    assert ("USA", "SYR", "08") in _triples(
        coder, "America sped up the withdrawal of its troops from Syria."
    )
    # "their forces" in a reported clause are the speaker's
    assert ("ARMMIL", None, "08") in _triples(
        coder, "Armenia said on Tuesday that their forces had completed their withdrawal."
    )
    # a pronoun-owned noun that names its own country keeps it
    met = _triples(coder, "Chinese President Xi Jinping met his Russian counterpart in Beijing.")
    assert any(s == "CHNGOV" and (t or "").startswith("RUS") for s, t, _ in met), met


def test_coder_real_a_document_that_demands_speaks_for_its_issuer(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    triples = _triples(
        coder, "Hamas issued a statement demanding that the Israeli government free the prisoners."
    )
    assert any(s.startswith("PSE") and t == "ISRGOV" and c == "10" for s, t, c in triples), triples
    # a participle on an actor: the actor itself acts
    triples = _triples(coder, "Kenyan protesters demanding reforms marched on parliament.")
    assert all(not s.startswith("---") for s, _, _ in triples)


def test_coder_real_a_preposition_left_without_its_object(coder) -> None:  # type: ignore[no-untyped-def]
    # the small parser makes "officers" the subject of "holed"; the target is still found
    triples = _triples(
        coder,
        "Chile has granted political asylum to four Bolivian army officers holed up in an embassy.",
    )
    assert ("CHL", "BOLMIL", "07") in triples, triples


def test_coder_real_country_short_names_are_places(coder) -> None:  # type: ignore[no-untyped-def]
    events = _events(coder, "Turkish troops arrived in Bosnia on Monday.", dt.date(1996, 1, 10))
    assert any(e.target is not None and e.target.code == "BIH" for e in events), events


def test_coder_real_pattern_words_do_not_match_inside_actor_names(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    # "Security Council" is an actor, not the &SECURITY of "demanded security guarantees" (0212)
    triples = _triples(coder, "Ukraine demanded a meeting of the UN Security Council on Monday.")
    assert ("UKR", "IGOUNO", "10") in triples, triples


def test_coder_real_a_protest_at_home_is_addressed_to_the_government(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    triples = _triples(coder, "Thousands of Kenyans demonstrated in Nairobi on Sunday.")
    assert ("KEN", "KENGOV", "14") in triples, triples


def test_coder_real_a_frame_verb_in_the_passive_has_no_unnamed_attacker(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    # "were engaged in" is a state of the subject, who did the fighting: no UAF source
    triples = _triples(coder, "Russian forces were engaged in heavy fighting in Bakhmut.")
    assert all("UAF" not in s for s, _, _ in triples), triples


def test_coder_real_ambiguous_city_resolves_in_the_sentence_country(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    # Tripoli alone is Libya's capital; in a sentence naming Lebanon, it is Lebanon's Tripoli
    events = _events(
        coder,
        "Lebanese troops attacked Syrian militants in Tripoli on Monday.",
        dt.date(2024, 3, 6),
    )
    assert events and all(e.location is not None and e.location.country == "LBN" for e in events), [
        (e.location) for e in events
    ]


def test_coder_real_a_protest_is_aimed_where_its_purpose_is(coder) -> None:  # type: ignore[no-untyped-def]
    triples = _triples(
        coder,
        "Chilean miners began a hunger strike to demand the resignation of the Chilean president.",
    )
    assert any(s.startswith("CHL") and t == "CHLGOV" and c == "14" for s, t, c in triples), triples


def test_coder_real_going_on_strike_is_a_strike(coder) -> None:  # type: ignore[no-untyped-def]
    triples = _triples(coder, "French rail workers went on strike on Monday.")
    assert any(s.startswith("FRA") and c == "14" for s, _, c in triples), triples
    assert all(c != "04" for _, _, c in triples)  # not a trip (GO_SOMEWHERE's own code)


def test_coder_real_a_threat_with_no_one_named_is_aimed_where_it_would_happen(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    triples = _triples(coder, "The Turkish government threatened to impose a curfew in Diyarbakir.")
    assert ("TURGOV", "TUR", "13") in triples, triples


def test_coder_real_conflict_held_out_on_a_condition_is_a_threat(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    triples = _triples(
        coder, "Russia said it may cut gas supplies to Moldova if the debt is not paid."
    )
    assert any(s == "RUS" and t == "MDA" and c == "13" for s, t, c in triples), triples
    # issue 11: in narration, what may happen on a condition is a hypothetical, no threat
    triples = _triples(coder, "If the talks fail, the rebels could attack the capital of Mali.")
    assert all(c[:2] not in ("19", "13") for _, _, c in triples), triples
    # a verb inside the condition itself stays hypothetical: no attack is coded
    triples = _triples(coder, "If Israel attacked Iran, oil prices would rise.")
    assert all(c[:2] not in ("19", "13") for _, _, c in triples), triples


def test_coder_real_a_plan_is_coded_on_what_is_planned(coder) -> None:  # type: ignore[no-untyped-def]
    triples = _triples(coder, "Hungary plans to impose restrictions on Ukrainian grain imports.")
    assert any(s == "HUN" and c == "13" for s, _, c in triples), triples
    # a plan whose complement codes nothing stays the plan
    triples = _triples(coder, "Brazil promised to continue military aid to Haiti.")
    assert any(s == "BRA" and t == "HTI" and c == "03" for s, t, c in triples), triples


def test_coder_real_regressions_from_a_corpus_sample(coder) -> None:  # type: ignore[no-untyped-def]
    # a small namesake in a hinted country does not replace the famous city (Paris, Texas)
    events = _events(
        coder,
        "American officials said French police attacked protesters in Paris.",
        dt.date(2024, 3, 6),
    )
    assert all(e.location is None or e.location.country == "FRA" for e in events), events
    # rockets fired at a country by no one named: the attackers are not that country's
    assert all(
        "UAF" not in s for s, _, _ in _triples(coder, "Dozens of rockets were fired at Israel.")
    )
    # a march to mourn someone is not aimed at them
    triples = _triples(
        coder, "Thousands of Russians marched in Moscow to mourn the opposition leader."
    )
    assert all(not (t or "").endswith("OPP") for _, t, c in triples if c == "14"), triples
    assert ("RUS", "RUSOPP", "11") not in triples  # mourning is no disapproval


def test_coder_real_a_subject_the_parser_broke_up(coder) -> None:  # type: ignore[no-untyped-def]
    # the small parser makes "emir" a "dep" of the verb and the unknown name its subject
    triples = _triples(
        coder,
        "Kuwait's emir, Sheikh Xolani bin Qamar al-Zubeiri launched a mediation effort on Monday "
        "between Iran and Saudi Arabia.",
    )
    assert ("KWT", "IRN", "04") in triples, triples


def test_coder_real_a_means_or_time_clause_shares_the_subject(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    triples = _triples(coder, "China continued its efforts by donating medical supplies to Zambia.")
    assert ("CHN", "ZMB", "07") in triples, triples
    # "without" is no act of the subject
    triples = _triples(coder, "Russia acted without consulting Belarus.")
    assert all(c != "04" for _, _, c in triples), triples


def test_coder_real_aid_given_in_another_country_goes_to_it(coder) -> None:  # type: ignore[no-untyped-def]
    triples = _triples(coder, "Germany provided 28 million euros for those affected in Yemen.")
    assert ("DEU", "YEM", "07") in triples, triples
    # aid at home names no recipient
    assert (
        _triples(coder, "Germany provided 28 million euros for those affected in Bavaria.") == set()
    )


def test_coder_real_whoever_fired_the_weapon_is_the_attacker(coder) -> None:  # type: ignore[no-untyped-def]
    triples = _triples(coder, "Rockets fired by Hamas hit the Israeli town of Sderot.")
    assert any(s.startswith("PSE") and c[:2] in ("18", "19") for s, _, c in triples), triples
    assert all("UAF" not in s for s, _, _ in triples)


def test_coder_real_an_adjectives_of_clause_has_its_subject(coder) -> None:  # type: ignore[no-untyped-def]
    triples = _triples(
        coder, "The Indian army was guilty of violating the ceasefire with Pakistan."
    )
    assert ("INDMIL", "PAK", "19") in triples, triples


def test_coder_real_declared_states_of_siege_and_emergency_are_imposed(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    events = _events(
        coder, "The Bolivian government declared a state of siege in Pando.", dt.date(2008, 9, 12)
    )
    assert any(e.cameo == "1724" and e.source.code == "BOLGOV" for e in events), events


def test_coder_real_subjects_acting_together_and_apart(coder) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the subject on "have" when an adverb comes between
    triples = _triples(coder, "Britain and France however have opposed the resolution.")
    assert ("GBR", None, "12") in triples and ("FRA", None, "12") in triples, triples
    # opposing together is no rejection of each other; agreeing together is an agreement
    assert ("GBR", "FRA", "12") not in triples
    triples = _triples(coder, "Hungary and Romania agreed to cooperate.")
    assert ("HUN", "ROU", "03") in triples, triples


def test_coder_real_a_speakers_own_country_and_government(coder) -> None:  # type: ignore[no-untyped-def]
    triples = _triples(
        coder, "Iran said its government would not negotiate with the United States."
    )
    assert ("IRNGOV", "USA", "12") in triples, triples
    triples = _triples(coder, "Turkey said his country would not lift the ban on Greek imports.")
    assert any(s == "TUR" and c == "12" for s, _, c in triples), triples


def test_coder_real_reciprocal_acts_of_several_subjects(coder) -> None:  # type: ignore[no-untyped-def]
    # a ceasefire reached and a clash are mutual; see also the opposing case above
    assert ("TUR", "RUS", "08") in _triples(coder, "Turkey and Russia reached a ceasefire.")
    clashed = _triples(coder, "Turkish and Russian troops clashed.")
    assert ("TUR", "RUS", "19") in clashed or ("TURMIL", "RUSMIL", "19") in clashed, clashed


def test_coder_real_a_place_in_another_clause_does_not_place_the_event(  # type: ignore[no-untyped-def]
    coder,
) -> None:
    # "in Israel" belongs to "killed" of the trailing clause, not to the first killing
    triples = _triples(
        coder,
        "A French soldier was killed today, bringing to four the number of people killed in Mali.",
    )
    # (attackers of no country, "---UAF", are no place's)
    assert all(s == "---UAF" or not s.endswith("UAF") for s, _, _ in triples), triples
