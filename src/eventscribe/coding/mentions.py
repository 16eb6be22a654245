"""Which dictionary matches in a sentence are actor mentions at all: not the news agency of a
dateline ("WASHINGTON (Reuters) -", "(CNN)"), not a country word that is part of a person's name
("Sheriff Scott Israel", "Chad Wolf"), not a person's surname after another given name ("Amanda
Bennett" is not Naftali Bennett), not a namesake after a news outlet's possessive ("Fox News' John
Roberts"). Word lists: NAME_TITLES, NOT_NAME_WORDS, PERSON_TITLES and NEWS_OUTLET_WORDS of the
lexicon."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventscribe.actor_codes import is_country
from eventscribe.coding.actors import ORG_WORDS, PhraseMatch, resolve_entries
from eventscribe.coding.dateline import dateline_end
from eventscribe.coding.lexicon import Table, table
from eventscribe.dictionaries.model import ActorEntry, normalise_word
from eventscribe.geo.gazetteer import Gazetteer

NAME_TITLES = table("NAME_TITLES")
NAME_ARTICLES = table("NAME_ARTICLES")
NOT_NAME_WORDS = table("NOT_NAME_WORDS")
PERSON_TITLES = table("PERSON_TITLES")
NOT_PERSON_WORDS = table("NOT_PERSON_WORDS")
PERSON_BODY_WORDS = table("PERSON_BODY_WORDS")
NEWS_OUTLET_WORDS = table("NEWS_OUTLET_WORDS")
BACKER_WORDS = table("BACKER_WORDS")
MAKER_WORDS = table("MAKER_WORDS")
HERITAGE_NATIONALITIES = table("HERITAGE_NATIONALITIES")
CASED_NAMES = table("CASED_NAMES")
PLACE_NAMED_NOUNS = table("PLACE_NAMED_NOUNS")
WATER_NOUNS = table("WATER_NOUNS")
BORDER_NOUNS = table("BORDER_NOUNS")
NEAR_PREPS = table("NEAR_PREPS")
TIME_WORDS = table("TIME_WORDS")
EPONYM_NOUNS = table("EPONYM_NOUNS")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def dateline_countries(words: Sequence[str], gazetteer: Gazetteer) -> frozenset[str]:
    """The country of the place the sentence's dateline names ("BRUSSELS (Reuters) -",
    "Amman, Jordan (CNN)"): its last part if that is a country, else its first part as the
    gazetteer reads it with no other context (datelines name well-known cities). ``words``: the
    tokens as written, whose capitals tell a dateline (``dateline_end``)."""
    end = dateline_end(words)
    parts: list[list[str]] = [[]]
    for word in words[:end]:
        if word == "(":
            break
        if word == ",":
            parts.append([])
        elif any(ch.isalpha() for ch in word):
            parts[-1].append(word)
    names = [" ".join(part) for part in parts if part]
    if not names:
        return frozenset()
    if len(names) > 1 and gazetteer.is_country(names[-1]):
        place = gazetteer.resolve(names[-1], strict=True)  # "Amman, Jordan"
        return frozenset({place.country}) if place is not None and place.country else frozenset()
    # "BRUSSELS", "BAGHDAD/WASHINGTON": exact names of large cities only ("FILE -" is no dateline
    # of Fili, "PALM BEACH, Fla." none of Palm Beach, Australia)
    found = [gazetteer.resolve(n, strict=True) for n in names[0].split("/")]
    return frozenset(
        p.country
        for p in found
        if p is not None and p.country and (p.kind == "country" or p.population >= 100_000)
    )


def actor_mentions(matches: Sequence[PhraseMatch], words: Sequence[str]) -> list[PhraseMatch]:
    """The matches that can be actors: none inside a dateline, and no dictionary name written as
    a lower-case word ("told us" is not the US, "all-male" not Malé, "a pole" not a Pole), and no
    backer or maker of another ("Russian-backed separatists", "a Russian-made fighter jet").
    ``words`` are the sentence's tokens as written (datelines are told by their capitals)."""
    end = dateline_end(words)
    # a sentence in lower case throughout says nothing by its case
    cased = any(w[:1].isupper() for w in words[1:]) or bool(_first_word_cased(words))
    return [
        m
        for m in matches
        if m.start >= end
        and not (cased and m.actors and _lower_case_word(m, words))
        and not (m.actors and (_a_backer(m, words) or _a_maker(m, words) or _a_heritage(m, words)))
        and not (m.actors and _part_of_a_longer_name(m, words))
        and not (m.actors and _uncased_abbreviation(m, words, cased))
    ]


def _first_word_cased(words: Sequence[str]) -> bool:
    """A sentence whose only capital is its first word's, with words in lower case, is cased too
    ("Obama had declared the use of such weapons a \"red line.\"": the Greek group Red Line was its
    target; forty-fifth session: `python benchmarks/rule_firings.py --candidates
    first_word_cased`)."""
    return (
        bool(words) and words[0][:1].isupper() and any(w.isalpha() and w.islower() for w in words)
    )


def _uncased_abbreviation(m: PhraseMatch, words: Sequence[str], cased: bool) -> bool:
    """An abbreviation that is an English word (CASED_NAMES: "WHO") not written in capitals in a
    sentence that has lower-case words: the word ("who", "Who"), no actor."""
    if m.end - m.start != 1 or CASED_NAMES.get(normalise_word(words[m.start])) is None:
        return False
    word = words[m.start]
    return not (cased and word.isupper() and any(w.islower() for w in words))


def no_phrase_ends(words: Sequence[str]) -> frozenset[int]:
    """Indices of the sentence's tokens (as written) where no dictionary name of several words
    may end (``ActorIndex.match``): a time word in lower case (TIME_WORDS), in a sentence with
    capitals. "visited Russia today" is Russia on the day, not the outlet Russia Today (RUSMED),
    and "USA today" not USA Today; "Russia" alone is still matched."""
    if not any(w[:1].isupper() for w in words[1:]):
        return frozenset()
    return frozenset(
        k
        for k, w in enumerate(words)
        if k > 0 and w.isalpha() and w.islower() and TIME_WORDS.get(normalise_word(w)) is not None
    )


def _part_of_a_longer_name(m: PhraseMatch, words: Sequence[str]) -> bool:
    """ "the House of Commons", "the Congress of Deputies": a country's body (a code with a
    sector) whose name goes on with "of" and a capitalised word is another body, not the one the
    shorter name stands for (the US House, the US Congress). Not a person ("Shinzo Abe of
    Japan"), a country ("the killing by the U.S. of General Soleimani") or a group of none ("the
    Islamic State of Iraq and Syria")."""
    return (
        m.end + 1 < len(words)
        and words[m.end] == "of"
        and words[m.end + 1][:1].isupper()
        and all(
            entry.roles
            and all(len(role.code) > 3 and is_country(role.code[:3]) for role in entry.roles)
            for entry in m.actors
        )
        and not any(is_person_name(entry.name) for entry in m.actors)
    )


def _a_backer(m: PhraseMatch, words: Sequence[str]) -> bool:
    """ "Russian-backed separatists", "NATO-backed rebels", "Iran-backed militias": the name
    before a participle of backing (BACKER_WORDS) names who backs the actor, not the actor, whose
    country the place or the rest of the phrase gives."""
    return _before_hyphened(m, words, BACKER_WORDS)


def _a_maker(m: PhraseMatch, words: Sequence[str]) -> bool:
    """ "a Russian-made fighter jet", "U.S.-built missiles": the name before a participle of
    making (MAKER_WORDS) names who made the thing, not who used it (forty-seventh session: "a
    Russian-made fighter jet bombed the hospital" was a Russian bombing; both readers of a sample
    of the coder's events: its operator unnamed)."""
    return _before_hyphened(m, words, MAKER_WORDS)


def _a_heritage(m: PhraseMatch, words: Sequence[str]) -> bool:
    """ "Cuban-American lawmakers", "a Mexican-American judge": the name before a hyphen and a
    nationality word (HERITAGE_NATIONALITIES) is a heritage; the nationality after it names the
    actor's country (forty-sixth session)."""
    return _before_hyphened(m, words, HERITAGE_NATIONALITIES)


def _before_hyphened(m: PhraseMatch, words: Sequence[str], after: Table) -> bool:
    """Whether the match is followed by a hyphen and a word of the table ``after``."""
    return (
        m.end + 1 < len(words)
        and words[m.end] == "-"
        and after.get(normalise_word(words[m.end + 1])) is not None
    )


def _lower_case_word(m: PhraseMatch, words: Sequence[str]) -> bool:
    """A one-word dictionary name written in lower case: names are capitalised; phrases of
    roles and bodies ("secretary of state", "the security council") are not, and stay. A named
    armed group's or party's name of several words is a name too: in lower case it is a phrase of
    English ("a 'red line'" is not the Greek group Red Line, "the black hand" not the Lebanese
    one, "a small-government, conservative party" not the British one)."""
    if m.end - m.start != 1:
        bare = [w.strip("'\"‘’“”") for w in words[m.start : m.end]]
        return all(w.isalpha() and w.islower() for w in bare) and all(
            role.code[3:6] in ("REB", "PTY") for entry in m.actors for role in entry.roles
        )
    word = words[m.start]
    return word.isalpha() and word.islower()


def without_name_parts(
    matches: Sequence[PhraseMatch], sent: Span, day: dt.date | None
) -> list[PhraseMatch]:
    """Drops a bare-country match that is part of a longer proper name: after a title or an
    unmatched capitalised name ("Sheriff Scott Israel"), or before one ("Israel Katz")."""
    covered = {i for m in matches for i in range(m.start, m.end)}
    kept: list[PhraseMatch] = []
    for m in matches:
        if m.actors and is_bare_country(m, day) and _in_a_name(m, sent, covered):
            continue
        if m.actors and _another_given_name(m, sent, covered, day):
            continue
        if m.actors and _surname_before_a_name(m, sent, covered, day):
            continue
        if m.actors and _after_an_outlet(m, sent, matches, day):
            continue
        kept.append(m)
    return kept


def _after_an_outlet(
    m: PhraseMatch, sent: Span, matches: Sequence[PhraseMatch], day: dt.date | None
) -> bool:
    """A person written after a news outlet's possessive ("Fox News' John Roberts", "CNN's Jim
    Acosta") is the outlet's journalist, whoever the dictionaries know by the name (the Chief
    Justice): the outlet by NEWS_OUTLET_WORDS, or a dictionary match coded as media."""
    if m.start < 2 or sent[m.start - 1].tag_ != "POS":
        return False
    hit = resolve_entries(m.actors, day)
    if hit is None or not is_person_name(hit[1].name):
        return False
    owner = m.start - 2
    if normalise_word(sent[owner].text) in NEWS_OUTLET_WORDS:
        return True
    for other in matches:
        if other.actors and other.start <= owner < other.end:
            found = resolve_entries(other.actors, day)
            code = found[0] if found is not None else ""
            return "MED" in (code[k : k + 3] for k in range(0, len(code), 3))  # "MED", "USAMED"
    return False


def _surname_before_a_name(
    m: PhraseMatch, sent: Span, covered: set[int], day: dt.date | None
) -> bool:
    """A person's surname alone in the dictionary ("Morrison" for Scott Morrison) written before
    an unmatched capitalised name word: part of another name ("the Morrison Bridge", "Harris
    County"), unless the word names the person's own body ("the Obama Administration",
    PERSON_BODY_WORDS)."""
    if m.end - m.start != 1 or not _name_word(m.end, sent, covered):
        return False
    if normalise_word(sent[m.end].text) in PERSON_BODY_WORDS:
        return False
    hit = resolve_entries(m.actors, day)
    return hit is not None and is_person_name(hit[1].name)


def _another_given_name(m: PhraseMatch, sent: Span, covered: set[int], day: dt.date | None) -> bool:
    """A person's surname alone in the dictionary ("Bennett" for Naftali Bennett) written after
    another given name ("Amanda Bennett", Voice of America's director): someone else. A title
    before it ("Prime Minister Bennett") keeps it. So is a ruler the dictionaries know by one
    name (dated roles: "Hassan", Jordan's crown prince) after another given name, the family
    name's article between them or not ("Wissam al-Hassan", Lebanon's police intelligence chief:
    NAME_ARTICLES)."""
    if m.end - m.start != 1 or m.start == 0:
        return False
    hit = resolve_entries(m.actors, day)
    if hit is None or not (is_person_name(hit[1].name) or _known_by_one_name(hit[1])):
        return False  # a country, a group, a party, an institution
    before = m.start - 1
    if (
        before >= 2
        and sent[before].text == "-"
        and normalise_word(sent[before - 1].text) in NAME_ARTICLES
    ):
        before -= 2  # "Wissam al-Hassan": the given name before the family name's article
    given = normalise_word(sent[before].text)
    return (
        _name_word(before, sent, covered)
        and sent[before].text.isalpha()
        and given not in NAME_TITLES
        and given not in PERSON_TITLES
        and given not in hit[1].name
    )


def _known_by_one_name(entry: ActorEntry) -> bool:
    """A ruler the dictionaries name by one word, with the dates of his offices ("HASSAN_",
    "HUSSEIN_" of CountryInfo.txt): a person, as a name of two words is."""
    return len(entry.name) == 1 and any(
        r.start is not None or r.end is not None for r in entry.roles
    )


def is_person_name(name: tuple[str, ...]) -> bool:
    """A name of two words or more with no word of an organisation's ("Naftali Bennett", not
    "Democratic Party")."""
    return (
        len(name) >= 2
        and not any(w in ORG_WORDS for w in name)
        and not any(w in NOT_PERSON_WORDS for w in name)
    )


def without_named_places(
    matches: Sequence[PhraseMatch], sent: Span, day: dt.date | None, gazetteer: Gazetteer
) -> list[PhraseMatch]:
    """Drops a city the dictionaries code as its country where it names an agreement, talks or
    a summit by where they were held ("the Paris climate accord", "the Minsk agreements", "the
    Helsinki summit": PLACE_NAMED_NOUNS): no party to them. A country's own name stays one ("the
    Iran deal", "the U.S.-China trade talks"), and so does a nationality ("the Saudi deal").
    Drops a country naming a sea or a gulf too (``_names_a_water``), any name of a thing named
    after it (``_names_a_thing``: "Molotov cocktails"), and a city written with a division of
    another country (``_town_of_another_country``: "Bethlehem, Pennsylvania")."""
    return [
        m
        for m in matches
        if not (
            m.actors
            and is_bare_country(m, day)
            and (_names_a_meeting(m, sent, day, gazetteer) or _names_a_water(m, sent))
        )
        and not (m.actors and _names_a_thing(m, sent))
        and not (m.actors and _town_of_another_country(m, sent, day, gazetteer))
    ]


def _town_of_another_country(
    m: PhraseMatch, sent: Span, day: dt.date | None, gazetteer: Gazetteer
) -> bool:
    """A city the dictionaries code as its country or its government, written with a division of
    another country after a comma, that has a town of the name ("Bethlehem, Pennsylvania",
    "Paris, Texas"): that town, no actor of the dictionaries' country (before: protesters in
    Bethlehem, Pennsylvania were Palestinians). Not a division of the city's own country
    ("Lahore, Punjab"), nor a country's own name ("Britain, France and Germany")."""
    if m.end + 1 >= len(sent) or sent[m.end].text != ",":
        return False
    hit = resolve_entries(m.actors, day)
    name = " ".join(t.text for t in sent[m.start : m.end])
    if hit is None or gazetteer.is_country(name):
        return False
    own = hit[0][:3]
    after = sent[m.end + 1 :]
    words = [t.text for t in itertools.takewhile(lambda t: t.tag_ in ("NNP", "NNPS"), after)]
    if not words or len(words) > 3:
        return False
    division = gazetteer.lookup(" ".join(words), country_hint=own)
    if division is None or division.kind != "admin1" or division.country in (None, own):
        return False
    town = gazetteer.lookup(name, country_hint=division.country)
    return town is not None and town.kind != "country" and town.country == division.country


def _names_a_thing(m: PhraseMatch, sent: Span) -> bool:
    """A name modifying a noun of a thing named after a person or a place (EPONYM_NOUNS: "threw
    Molotov cocktails" names no one, where the Phoenix files list Molotov, the city now Perm, as
    Russia)."""
    if m.end > len(sent):
        return False
    tok, hops = _modified_noun(sent[m.end - 1])
    return hops > 0 and EPONYM_NOUNS.matches(tok) is not None


def _names_a_water(m: PhraseMatch, sent: Span) -> bool:
    """A country naming a sea, a gulf or a strait ("the Sea of Japan", "the South China Sea",
    "the Gulf of Oman": WATER_NOUNS), as a modifier of the noun or its OF object: a place, no
    party ("fired a missile into the Sea of Japan" fired nothing at Japan)."""
    if m.end > len(sent):
        return False
    tok, hops = _modified_noun(sent[m.end - 1])
    if hops and WATER_NOUNS.matches(tok) is not None:
        return True
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.dep_ == "prep"
        and WATER_NOUNS.matches(prep.head) is not None
    )


def places_by_a_border(m: PhraseMatch, sent: Span) -> bool:
    """A country's word on a border that a place preposition's phrase names ("invaded a
    helicopter base near the Turkish border", "troops massed along the Syrian border": BORDER_NOUNS
    after NEAR_PREPS): it says where something is, and gives no one else its country by the
    domestic rule (forty-seventh session: "The rebels also invaded a helicopter base near the
    Turkish border" made them Turkey's rebels); it may still be whom an act is aimed at ("China's
    mobilization at the North Korea border")."""
    if m.end > len(sent):
        return False
    tok, hops = _modified_noun(sent[m.end - 1])
    return (
        hops > 0
        and BORDER_NOUNS.matches(tok) is not None
        and tok.dep_ == "pobj"
        and NEAR_PREPS.matches(tok.head) is not None
    )


def _modified_noun(tok: Token) -> tuple[Token, int]:
    """The noun a name modifies, up to three compound or adjective arcs up ("the Paris climate
    accord" -> accord), and how many arcs; the name itself and 0 when it modifies nothing."""
    hops = 0
    while tok.dep_ in _MODIFIER_DEPS and tok.head is not tok and hops < 3:
        tok, hops = tok.head, hops + 1
    return tok, hops


def _names_a_meeting(m: PhraseMatch, sent: Span, day: dt.date | None, gazetteer: Gazetteer) -> bool:
    if m.end > len(sent):
        return False
    tok, hops = _modified_noun(sent[m.end - 1])
    if hops == 0 or PLACE_NAMED_NOUNS.matches(tok) is None:
        return False
    name = sent[m.start : m.end].text
    if gazetteer.is_country(name):
        return False
    place = gazetteer.lookup(name)
    hit = resolve_entries(m.actors, day)
    # a city of the country the dictionaries give: not "Saudi" as a town of Algeria
    return (
        place is not None and place.kind == "city" and hit is not None and hit[0] == place.country
    )


def is_bare_country(m: PhraseMatch, day: dt.date | None) -> bool:
    """A match of one country alone (no sector): ISR, not ISRGOV."""
    hit = resolve_entries(m.actors, day)
    return hit is not None and len(hit[0]) == 3 and hit[0].isalpha()


def _name_word(i: int, sent: Span, covered: set[int]) -> bool:
    if not 0 <= i < len(sent) or i in covered:
        return False
    tok = sent[i]
    return (
        tok.tag_ in ("NNP", "NNPS")
        and tok.text[:1].isupper()
        and normalise_word(tok.text) not in NOT_NAME_WORDS
    )


def _in_a_name(m: PhraseMatch, sent: Span, covered: set[int]) -> bool:
    before, after = m.start - 1, m.end
    if 0 <= before < len(sent) and normalise_word(sent[before].text) in NAME_TITLES:
        return True
    if before > 0 and _name_word(before, sent, covered):
        return True
    if not _name_word(after, sent, covered):
        return False
    # "Ukrainian International Airlines": a name that goes on to a word the dictionaries code
    # (the agent "Airlines") is the country's organisation, no person's name ("Israel Katz");
    # forty-ninth session: the airliner Iran shot down was coded an Iranian company's
    j = after
    while _name_word(j, sent, covered):
        j += 1
    return not (j in covered and sent[j].tag_ in ("NNP", "NNPS"))
