"""People named by their surname alone ("Scholz said", "Macron's talks with Scholz"): the person
the article named in full earlier, else the one person with that surname in office on the date.

A capitalised word that no dictionary phrase covers and that is the surname of people in the
dictionaries (the index is built with them: ``dictionaries/surnames.py``) is resolved, in order:

1. to the person the article named in full earlier ("Olaf Scholz ... Scholz"), if it named one
   person with that surname; two or more leave it unresolved;
2. to the one person with that surname who holds an office (a dated role that is not ELI) on the
   article's date; none, or two or more, leave it unresolved ("Clinton" in 2016), and so does a
   given name the article wrote before the surname that is no bearer's ("Devin Nunes ... Nunes"
   is not Aloysio Nunes, Brazil's minister), and so does a story of another country's domestic
   politics (lexicon DOMESTIC_CUES: "Republicans", "GOP", "Congress") that names no actor of the
   office holder's country; of several in office, a story of one country's domestic politics
   takes its own ("Nunes accused House Democrats": Devin Nunes).

A dictionary variant of one word that is a person's surname ("Carney", Mark Carney's) gives way
to these rules where the article named another bearer in full earlier ("Jay Carney ... Carney"),
or where the story is of another country's domestic politics in which a bearer holds office
("Carney blamed House Republicans" in 2013: the White House press secretary).

A country's one-word name that is the surname of a person the article named in full earlier
("Representative Jim Jordan ... Jordan and Representative Mike Johnson asked") is that person
where the parse reads it as a subject, and the country elsewhere ("aid to Jordan", "Jordan's
king"; forty-fourth session).

A surname that is also a common English word, a place or a country ("Brown", "Lincoln") must
read as a name once parsed: a proper noun with no determiner that is not the object of a place
preposition ("in Lincoln"); at the start of a sentence, where capitals say nothing, also the
subject or a possessive (unless the article named the person in full). A word that is part of a
longer name ("Tom Cotton", "Trump Tower") is not a surname alone. ``explain`` says which rule
resolved a surname, or why none did.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Span, Token

from eventscribe.actor_codes import is_country
from eventscribe.coding.actors import PhraseMatch, resolve_entries
from eventscribe.coding.dateline import dateline_end
from eventscribe.coding.dates import MONTH_NAMES
from eventscribe.coding.lexicon import Table, parse_lexicon, table
from eventscribe.coding.mentions import is_bare_country, is_person_name
from eventscribe.coding.trace import Recorder
from eventscribe.dictionaries.model import ActorEntry
from eventscribe.dictionaries.surnames import Bearer, SurnameIndex, surname_of

__all__ = ["ArticleSurnames", "SurnameMatch", "Surnames", "person_context"]

NAME_TITLES = table("NAME_TITLES")
LOCAL_BODY_NOUNS = table("LOCAL_BODY_NOUNS")
DOMESTIC_CUES = table("DOMESTIC_CUES")
NOT_NAME_WORDS = table("NOT_NAME_WORDS")
PLACE_PREPS = table("PLACE_PREPS")
SURNAMES_FILE = "surnames.txt"


@functools.cache
def _surname_tables() -> dict[str, Table]:
    data = resources.files("eventscribe.coding").joinpath("data", SURNAMES_FILE)
    return parse_lexicon(data.read_text(encoding="utf-8"), source=SURNAMES_FILE)


COMMON_SURNAMES = _surname_tables()["COMMON_SURNAMES"]
SURNAME_HOME_COUNTRIES = _surname_tables()["SURNAME_HOME_COUNTRIES"]
# a place counts as one a surname could be mistaken for when this large (or a division, a country)
_PLACE_POPULATION = 100_000
_PERSON_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


@dataclass(frozen=True)
class SurnameMatch(PhraseMatch):
    """A surname resolved to one person: ``actors`` holds that person's entry."""

    surname: str = ""  # the words as written
    how: str = ""  # why this person, for explain
    # a common word or a place name: "name" if the parse must read it as a name, "subject" if it
    # opens the sentence (where every word is capitalised) and must be a subject or a possessive
    needs_context: str = ""
    # a country's name the article also wrote as a person's surname: the person only as a
    # subject ("Jordan's king" is the country's), else this country match stands
    country: PhraseMatch | None = None


class Surnames:
    """The coder's surname resolver: one per ``Coder``, one ``ArticleSurnames`` per article."""

    def __init__(self, index: SurnameIndex) -> None:
        self.index = index

    def may_mention(
        self, tokens: Sequence[str], words: Sequence[str], matches: Sequence[PhraseMatch]
    ) -> bool:
        """Whether the sentence may name someone by surname alone: the pre-filter's question (a
        surname of someone who holds an office at some time; one named in full earlier, of a
        person who never does, makes no sentence worth parsing alone)."""
        holders = self.index.holders
        if not holders:
            return False
        covered = _covered(matches)
        return any(
            w in holders and i not in covered and tokens[i][:1].isupper()
            for i, w in enumerate(words)
        )

    def article(self, day: dt.date | None) -> ArticleSurnames:
        return ArticleSurnames(self.index, day)


@dataclass(frozen=True)
class _Named:
    """A person the article named in full, and where."""

    at: tuple[int, int]  # (sentence, token)
    surname: tuple[str, ...]
    entry: ActorEntry


class ArticleSurnames:
    """Surnames of one article, sentence by sentence in order (the people named so far)."""

    def __init__(self, index: SurnameIndex, day: dt.date | None) -> None:
        self.index = index
        self.day = day
        self.named: list[_Named] = []
        # given names the article wrote before a surname, people of the dictionaries or not
        # ("Devin Nunes"): surname -> given names
        self.given: dict[str, set[str]] = {}
        # the same, written inside a sentence (no sentence's first word: "But Trump")
        self.inner_given: dict[str, set[str]] = {}
        # countries whose domestic politics the story's words speak of ("Republicans": USA), and
        # countries of the actors it has named
        self.domestic: set[str] = set()
        self.countries: set[str] = set()
        # spans of the last sentence's surnames alone that are a person no dictionary knows
        self.unknown: list[tuple[int, int]] = []
        self.office_ends: set[int] = set()

    def resolve(
        self,
        sentence: int,
        tokens: Sequence[str],
        words: Sequence[str],
        matches: Sequence[PhraseMatch],
        recorder: Recorder,
    ) -> list[PhraseMatch]:
        """``matches`` with a ``SurnameMatch`` for each surname resolved; a line in ``recorder``
        for each surname seen, resolved or not."""
        self.unknown = []
        if not self.index.by_last:
            return list(matches)
        self._remember(sentence, words, matches)
        self._remember_given(tokens, words, matches)
        # where an office's name ends ("Prime Minister Bennett"): the story says who he is
        self.office_ends = {m.end for m in matches if m.agent is not None}
        matches = self._drop_lone_namesakes(sentence, words, matches, recorder)
        # a country's one-word name that is the surname of a person the article named in full
        # ("Rep. Jim Jordan ... Jordan and Rep. Mike Johnson asked"): the person, where the parse
        # reads a person (person_context); else the country stands
        namesakes = {
            m.start: m for m in matches if self._country_namesake(sentence, words, m, recorder)
        }
        matches = [m for m in matches if m.start not in namesakes]
        # a country's one-word name the article wrote as the surname of a person no dictionary
        # knows ("Sen. Patty Murray ... negotiated by Murray and Ryan": MURRAY is a name of
        # Australia's entry, for the Murray River): that person, no country (forty-ninth session)
        strangers = [m for m in matches if self._stranger_namesake(sentence, words, m, recorder)]
        if strangers:
            matches = [m for m in matches if all(m is not x for x in strangers)]
            self.unknown.extend((x.start, x.end) for x in strangers)
        self._remember_countries(words, matches)
        covered = _covered(matches)
        # a country word right after a name is part of it ("Sheriff Scott Israel"): it does not
        # make the word before it a surname alone
        countries = {
            m.start
            for m in matches
            if m.end - m.start == 1 and m.actors and is_bare_country(m, self.day)
        }
        first = dateline_end(tokens)
        found: list[PhraseMatch] = []
        for i in range(first, len(words)):
            if i in covered or words[i] not in self.index or not tokens[i][:1].isupper():
                continue
            hit = self._resolve_at(sentence, i, first, tokens, words, covered - countries, recorder)
            if hit is not None and i in namesakes:
                hit = replace(hit, country=namesakes.pop(i))
            if hit is not None:
                found.append(hit)
                covered.update(range(hit.start, hit.end))
        found.extend(namesakes.values())  # no person resolved: the country stands
        if not found:
            return list(matches)
        return sorted((*matches, *found), key=lambda m: m.start)

    def people(self) -> list[tuple[int, int]]:
        """Token spans of the last sentence's surnames alone (``resolve``) that are a person no
        dictionary knows: the article wrote them after a given name no bearer has ("Maj. Nidal
        Hasan ... Hasan has been charged"), so they name that person, no place ("Hasan" is no
        spelling of Hassan, India)."""
        return list(self.unknown)

    def _remember(
        self, sentence: int, words: Sequence[str], matches: Sequence[PhraseMatch]
    ) -> None:
        """The people the sentence names in full (a phrase of two words or more that holds their
        surname: "Olaf Scholz", "Chancellor Scholz")."""
        for m in matches:
            if not m.actors or m.end - m.start < 2:
                continue
            hit = resolve_entries(m.actors, self.day)
            if hit is None or not _is_person(hit[1]):
                continue
            surname = surname_of(hit[1].name)
            if surname is not None and surname[-1] in words[m.start : m.end]:
                self.named.append(_Named((sentence, m.start), surname, hit[1]))

    def _remember_given(
        self, tokens: Sequence[str], words: Sequence[str], matches: Sequence[PhraseMatch]
    ) -> None:
        """Capitalised words written right before a surname of the index ("Devin Nunes"), titles
        left out ("Chancellor Scholz", and a word the agents dictionary knows: "Ambassador
        Haley" names no other Haley than the ambassador)."""
        agents = {i for m in matches if m.agent is not None for i in range(m.start, m.end)}
        for j in range(1, len(words)):
            if (
                words[j] in self.index
                and j - 1 not in agents
                and tokens[j][:1].isupper()
                and tokens[j - 1][:1].isupper()
                and tokens[j - 1].isalpha()
                and words[j - 1] not in NAME_TITLES
                and words[j - 1] not in NOT_NAME_WORDS
            ):
                self.given.setdefault(words[j], set()).add(words[j - 1])
                if j >= 2 and tokens[j - 2][:1].isalnum():
                    # not the sentence's first word ("But Trump", "When Mnuchin")
                    self.inner_given.setdefault(words[j], set()).add(words[j - 1])

    def _remember_countries(self, words: Sequence[str], matches: Sequence[PhraseMatch]) -> None:
        for word in words:
            country = DOMESTIC_CUES.get(word)
            if country:
                self.domestic.add(country)
        self.countries.update(_countries(matches, self.day))

    def _foreign(self, entry: ActorEntry) -> str | None:
        """The office holder's country when the story speaks of another country's domestic
        politics and names no actor of this one ("Nunes said" among Republicans and Democrats)."""
        hit = resolve_entries((entry,), self.day)
        if hit is None or not self.domestic:
            return None
        country = hit[0][:3]
        if country in self.domestic or country in self.countries:
            return None
        return country

    def _drop_lone_namesakes(
        self,
        sentence: int,
        words: Sequence[str],
        matches: Sequence[PhraseMatch],
        recorder: Recorder,
    ) -> list[PhraseMatch]:
        """``matches`` without the dictionary phrases of one word that are a person's surname
        alone ("Lewandowski", a variant of the Brazilian judge's name) which the surname rules
        would not give him (``_common_namesake``: the story names no actor of his country, this
        sentence's other phrases included), unless an office's name precedes it ("Prime Minister
        Bennett") or the article named him in full earlier."""
        kept: list[PhraseMatch] = []
        for m in matches:
            namesake = self._namesake_of_the_story(sentence, words, m, matches)
            if namesake is not None:
                recorder.add(namesake)
                continue
            if (
                m.end - m.start == 1
                and words[m.start] in COMMON_SURNAMES
                and len(m.actors) == 1
                and _is_person(m.actors[0])
                and m.start not in self.office_ends
            ):
                entry = m.actors[0]
                word = words[m.start]
                earlier = any(n.entry is entry and n.at < (sentence, m.start) for n in self.named)
                if not earlier:
                    others = [o for o in matches if o is not m]
                    code = self._common_namesake((word,), entry, _countries(others, self.day))
                    if code is not None:
                        label = " ".join(entry.name)
                        recorder.add(
                            f"  '{word.title()}' alone: a common surname, not {label} ({code})"
                        )
                        continue
            kept.append(m)
        return kept

    def _country_namesake(
        self, sentence: int, words: Sequence[str], m: PhraseMatch, recorder: Recorder
    ) -> bool:
        """Whether a country's name alone ("Jordan") is the surname of a person the article
        named in full earlier ("Representative Jim Jordan"): the surname rules decide."""
        if m.end - m.start != 1 or not m.actors or not is_bare_country(m, self.day):
            return False
        word = words[m.start]
        earlier = [n for n in self.named if n.surname == (word,) and n.at < (sentence, m.start)]
        if not earlier:
            return False
        label = " ".join(earlier[0].entry.name)
        recorder.add(f"  '{word.title()}' alone: maybe {label}, named in full earlier")
        return True

    def _stranger_namesake(
        self, sentence: int, words: Sequence[str], m: PhraseMatch, recorder: Recorder
    ) -> bool:
        """Whether a country's name alone is the surname of a person no dictionary knows, whom
        the article named with a given name inside a sentence ("Patty Murray"), and of no one
        the dictionaries know (``_country_namesake``)."""
        if m.end - m.start != 1 or not m.actors or not is_bare_country(m, self.day):
            return False
        word = words[m.start]
        if any(n.surname == (word,) for n in self.named):
            return False
        given = self.inner_given.get(word)
        if not given or (m.start > 0 and words[m.start - 1] in given):
            return False  # the full name itself is left to the name rules (without_name_parts)
        other = " / ".join(sorted(g.title() for g in given))
        name = word.title()
        recorder.add(f"  '{name}' alone: {other} {name}, named so earlier, a person")
        return True

    def _namesake_of_the_story(
        self,
        sentence: int,
        words: Sequence[str],
        m: PhraseMatch,
        matches: Sequence[PhraseMatch],
    ) -> str | None:
        """Why a dictionary phrase of one word that is a person's surname alone ("Carney", Mark
        Carney's variant) is another bearer of the surname here, for the surname rules to
        resolve (None when it stays): the article named that other person in full earlier ("Jay
        Carney ... Carney said"), or the story is of another country's domestic politics
        (DOMESTIC_CUES, with no actor of the person's own country) where a bearer of the surname
        holds office ("Carney blamed House Republicans" in 2013: the White House press
        secretary, not the Governor of the Bank of Canada)."""
        if m.end - m.start != 1 or len(m.actors) != 1 or not _is_person(m.actors[0]):
            return None
        if m.start in self.office_ends:
            return None  # "Prime Minister Carney": the office names him
        entry, word = m.actors[0], words[m.start]
        label = " ".join(entry.name)
        earlier = [n for n in self.named if n.surname == (word,) and n.at < (sentence, m.start)]
        if any(n.entry is entry for n in earlier):
            return None
        if earlier:
            other = " ".join(earlier[0].entry.name)
            return f"  '{word.title()}' alone: {other}, named in full earlier, not {label}"
        given = self.inner_given.get(word, set())
        hit = resolve_entries((entry,), self.day)
        if (
            given
            and not given & _name_words(entry)
            and hit is not None
            and hit[0][:3]
            not in self.countries | _countries([o for o in matches if o is not m], self.day)
        ):
            # "former MSNBC host Martin Bashir ... Bashir's on-air apology": the article gave
            # the surname only given names the entry lacks, in a story naming no actor of the
            # entry's country, so it is that person, not Omar al-Bashir (forty-ninth session;
            # "Melania Trump ... Trump said" stays Donald Trump in a story of the United States)
            other = " / ".join(sorted(g.title() for g in given))
            return (
                f"  '{word.title()}' alone: {other} {word.title()}, named so earlier, not {label}"
            )
        if hit is None or self.day is None:
            return None
        home = hit[0][:3]
        cues = set(self.domestic) | {c for w in words if (c := DOMESTIC_CUES.get(w))}
        if not cues or home in cues:
            return None
        # the sentence's other phrases resolved only now, for a story with a cue of another
        # country (not for "Trump" in every sentence)
        if home in self.countries | _countries([o for o in matches if o is not m], self.day):
            return None
        for b in self.index.bearers(word):
            if b.entry is entry or b.surname != (word,) or not _is_person(b.entry):
                continue
            office = b.office_on(self.day)
            if office is not None and office[0][:3] in cues:
                return (
                    f"  '{word.title()}' alone: a story of {', '.join(sorted(cues))} politics, "
                    f"where {b.label} holds office, not {label} ({hit[0]})"
                )
        return None

    def _common_namesake(
        self, surname: tuple[str, ...], entry: ActorEntry, named: frozenset[str] = frozenset()
    ) -> str | None:
        """The office holder's code when a surname alone is one of the most common in the
        countries whose news the corpora are (COMMON_SURNAMES, SURNAME_HOME_COUNTRIES) and he is
        of another country, holds no office of its government itself (a code with no sector
        after GOV) and the story names no actor of that country: "Smith rejected the plaintiffs'
        claims" names no Speaker of Australia's House. None otherwise."""
        if len(surname) != 1 or surname[0] not in COMMON_SURNAMES:
            return None
        hit = resolve_entries((entry,), self.day)
        if hit is None:
            return None
        code = hit[0]
        country = code[:3]
        if (
            not is_country(country)
            or country in SURNAME_HOME_COUNTRIES
            or code[3:] == "GOV"
            or country in self.countries
            or country in self.domestic
            or country in named
        ):
            return None
        return code

    def _someone_else(self, surname: tuple[str, ...], bearers: Sequence[Bearer]) -> str | None:
        """A given name the article wrote before this surname that no bearer of it in the
        dictionaries has ("Devin Nunes" in an article where "Nunes" alone would be Aloysio
        Nunes, Brazil's minister): the surname is that other person's."""
        own = {w for b in bearers if b.surname == surname for w in b.entry.name[: -len(surname)]}
        others = sorted(self.given.get(surname[0], set()) - own)
        return others[0] if others else None

    def _resolve_at(
        self,
        sentence: int,
        i: int,
        first: int,
        tokens: Sequence[str],
        words: Sequence[str],
        covered: set[int],
        recorder: Recorder,
    ) -> SurnameMatch | None:
        bearers = [b for b in self.index.bearers(words[i]) if _is_person(b.entry)]
        surnames = sorted({b.surname for b in bearers}, key=len, reverse=True)
        surname = next((s for s in surnames if tuple(words[i - len(s) + 1 : i + 1]) == s), None)
        named = [n for n in self.named if n.at < (sentence, i) and n.surname[-1] == words[i]]
        if surname is None:
            surname = next((n.surname for n in named if n.surname == (words[i],)), None)
            if surname is None:
                return None
        start = i - len(surname) + 1
        text = " ".join(tokens[start : i + 1])

        def note(why: str) -> None:
            recorder.add(lambda: f"  surname '{text}': {why}")

        longer = _longer_name(start, i, first, tokens, words, covered, self.index)
        if longer is not None:
            note(f"part of the longer name '{longer}', not a surname alone")
            return None
        named_people = list({id(n.entry): n.entry for n in named if n.surname == surname}.values())
        marked = _common_word(tokens[i]) or _place_name(tokens[i])
        titled = start > 0 and words[start - 1] in NAME_TITLES
        if len(named_people) > 1:
            labels = ", ".join(" ".join(e.name) for e in named_people)
            note(f"the article named {len(named_people)} people with it in full: {labels}")
            return None
        if named_people:
            entry = named_people[0]
            how = f"{' '.join(entry.name)}, named in full earlier in the article"
        else:
            other = self._someone_else(surname, bearers)
            if other is not None:
                note(f"the article named '{other.title()} {text}', no one of the dictionaries")
                self.unknown.append((start, i + 1))
                return None
            chosen = self._in_office(surname, bearers, note)
            if chosen is None:
                return None
            foreign = self._foreign(chosen.entry)
            if foreign is not None:
                where = ", ".join(sorted(self.domestic))
                note(f"{chosen.label} holds office in {foreign}, the story is of {where} politics")
                return None
            office = start in self.office_ends
            namesake = None if office else self._common_namesake(surname, chosen.entry)
            if namesake is not None:
                note(
                    f"a common surname, and {chosen.label} ({namesake}) is no head of his "
                    "country's government whom the story would name so without naming his country"
                )
                return None
            entry = chosen.entry
            how = f"{chosen.label}, the one person with this surname in office on {self.day}"
        hit = resolve_entries((entry,), self.day)
        code = hit[0] if hit is not None else "no code on this date"
        note(f"{how} ({code}; {entry.origin})")
        start = _particles_before(start, tokens, words, entry)
        return SurnameMatch(
            start,
            i + 1,
            actors=(entry,),
            surname=text,
            how=how,
            needs_context=_needs_context(marked, titled, start == first and not named_people),
        )

    def _in_office(
        self, surname: tuple[str, ...], bearers: Sequence[Bearer], note: Callable[[str], None]
    ) -> Bearer | None:
        if self.day is None:
            note("the article has no date, so no one can be said to hold office")
            return None
        day = self.day
        holders = {
            id(b.entry): (b, office)
            for b in bearers
            if b.surname == surname and (office := b.office_on(day)) is not None
        }
        # the word may also be another office holder's family name written first or a given name
        # ("Kim": Jim Yong Kim's surname, Kim Jong Un's family name): never the one chosen, but
        # a reason to choose no one
        others = {
            id(b.entry): (b, office)
            for b in self.index.others(surname[-1])
            if _is_person(b.entry) and (office := b.office_on(day)) is not None
        }
        others = {k: v for k, v in others.items() if k not in holders}
        if len(holders) == 1 and not others:
            return next(iter(holders.values()))[0]
        if not holders:
            note(f"no one in the dictionaries with this surname holds office on {day}")
            return None
        everyone = [*holders.values(), *others.values()]
        labels = ", ".join(f"{b.label} ({office[0]})" for b, office in everyone)
        # a story of one country's domestic politics (DOMESTIC_CUES) singles out its own office
        # holder: "Nunes accused House Democrats" in 2018 is Devin Nunes, not Brazil's foreign
        # minister (the countries the story's actors are of do not: "Johnson met Trump" in 2019
        # is no US congressman)
        chosen = [(b, office) for b, office in everyone if office[0][:3] in self.domestic]
        if len(chosen) == 1 and id(chosen[0][0].entry) in holders:
            note(f"{len(everyone)} people hold office on {day}: {labels}; the story is of "
                 f"{chosen[0][1][0][:3]} politics")  # fmt: skip
            return chosen[0][0]
        note(f"{len(everyone)} people hold office on {day}: {labels}")
        return None


def person_context(
    matches: Sequence[PhraseMatch], sent: Span, recorder: Recorder
) -> list[PhraseMatch]:
    """Drops a surname that is also a common word or a place where the parse does not read it as
    a person's name: not a proper noun, with a determiner ("the Moon"), or the object of a place
    preposition ("in Lincoln")."""
    kept: list[PhraseMatch] = []
    for m in matches:
        if _local_body_of_a_place(m, sent):
            tok = sent[m.end - 1]
            recorder.add(
                f"  name '{tok.text}': a place here (it modifies '{tok.head.text}', a place's body)"
            )
            continue
        if isinstance(m, SurnameMatch) and _dated_month(sent[m.end - 1]):
            # "delayed the deadline to May 2015", "on 15 June": a date, not Theresa May
            recorder.add(f"  surname '{m.surname}': a month with a day or a year here")
            continue
        if isinstance(m, SurnameMatch) and m.country is not None:
            tok = sent[m.end - 1]
            head = tok.head if tok.dep_ == "conj" else tok
            if tok.tag_ in ("NNP", "NNPS") and head.dep_ in ("nsubj", "nsubjpass"):
                kept.append(m)
            else:
                recorder.add(f"  surname '{m.surname}': the country here ({tok.dep_})")
                kept.append(m.country)
            continue
        if isinstance(m, SurnameMatch) and m.needs_context:
            tok = sent[m.end - 1]
            why = None
            if tok.tag_ not in ("NNP", "NNPS"):
                why = f"tagged {tok.tag_}, not a proper noun"
            elif any(c.dep_ == "det" for c in tok.children):
                why = "it has a determiner"
            elif tok.dep_ == "pobj" and tok.head.text.upper() in PLACE_PREPS:
                why = f"the object of '{tok.head.text}'"
            elif m.needs_context == "subject" and tok.dep_ not in _PERSON_DEPS:
                why = f"it opens the sentence and is no subject or possessive ({tok.dep_})"
            if why is not None:
                recorder.add(f"  surname '{m.surname}': a common word or a place here ({why})")
                continue
        kept.append(m)
    return kept


def _dated_month(tok: Token) -> bool:
    """A month's name with a number beside it or hung on it: a date ("May 2015", "15 June")."""
    if tok.lower_ not in MONTH_NAMES:
        return False
    doc = tok.doc
    beside = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.like_num for t in beside) or any(c.like_num for c in tok.children)


def _local_body_of_a_place(m: PhraseMatch, sent: Span) -> bool:
    """A person's one-word name that is also a town's, modifying a noun of a town's own bodies
    (LOCAL_BODY_NOUNS): "Garland police" are the police of Garland, Texas, not Merrick Garland's."""
    if m.end - m.start != 1 or not m.actors or not all(_is_person(e) for e in m.actors):
        return False
    tok = sent[m.start]
    return (
        tok.dep_ == "compound"
        and tok.head.i > tok.i
        and LOCAL_BODY_NOUNS.matches(tok.head) is not None
        and _place_name(tok.text)
    )


def _needs_context(marked: bool, titled: bool, opening: bool) -> str:
    if not marked or titled:
        return ""
    return "subject" if opening else "name"


def _covered(matches: Sequence[PhraseMatch]) -> set[int]:
    return {i for m in matches for i in range(m.start, m.end)}


def _countries(matches: Sequence[PhraseMatch], day: dt.date | None) -> frozenset[str]:
    """The countries of the actors ``matches`` name on ``day``."""
    out = set()
    for m in matches:
        hit = resolve_entries(m.actors, day) if m.actors else None
        if hit is not None and hit[0][:3].isalpha() and not hit[0].startswith("---"):
            out.add(hit[0][:3])
    return frozenset(out)


def _is_person(entry: ActorEntry) -> bool:
    return is_person_name(entry.name)


def _is_name_word(token: str, word: str) -> bool:
    return token[:1].isupper() and token.isalpha() and word not in NOT_NAME_WORDS


def _longer_name(
    start: int,
    end: int,
    first: int,
    tokens: Sequence[str],
    words: Sequence[str],
    covered: set[int],
    index: SurnameIndex,
) -> str | None:
    """The longer name the surname is part of: an unmatched capitalised word right before it
    (not a title, nor a common word opening the sentence) or right after it, or across a hyphen
    a name word no actor phrase covers and no one of the dictionaries bears as a surname
    ("Sineneng-Smith" is no Smith; "the Trump-Kim summit", "Putin-Trump" name two people)."""
    before, after = start - 1, end + 1
    for hyphen, other in ((before, before - 1), (after, after + 1)):
        if (
            first <= other < len(tokens)
            and tokens[hyphen] == "-"
            and other not in covered
            and _is_name_word(tokens[other], words[other])
            and words[other] not in index
        ):
            pair = (other, end) if other < start else (start, other)
            return " ".join(tokens[pair[0] : pair[1] + 1]).replace(" - ", "-")
    if before >= first and before not in covered and _is_name_word(tokens[before], words[before]):
        opening = before == first and _common_word(tokens[before])
        if words[before] not in NAME_TITLES and not opening:
            return f"{tokens[before]} {' '.join(tokens[start : end + 1])}"
    if after < len(tokens) and after not in covered and _is_name_word(tokens[after], words[after]):
        return f"{' '.join(tokens[start : end + 1])} {tokens[after]}"
    return None


def _particles_before(
    start: int, tokens: Sequence[str], words: Sequence[str], entry: ActorEntry
) -> int:
    """The start of the surname with the lower-case particles of the person's own name that the
    text writes before it ("von der Leyen", "da Silva")."""
    name = entry.name
    k = next((k for k in range(len(name) - 1, -1, -1) if name[k] == words[start]), 0)
    while start > 0 and k > 0 and words[start - 1] == name[k - 1] and tokens[start - 1].islower():
        start -= 1
        k -= 1
    return start


@functools.cache
def _common_words() -> frozenset[str]:
    """The words of the pipeline's lemma index (nouns, verbs, adjectives, adverbs)."""
    from eventscribe.nlp import load_nlp

    lemmatizer = load_nlp().get_pipe("lemmatizer")
    lookups = lemmatizer.lookups  # type: ignore[attr-defined]
    if not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in index for w in index[pos])


@functools.lru_cache(maxsize=4096)
def _common_word(token: str) -> bool:
    return token.lower() in _common_words()


@functools.lru_cache(maxsize=4096)
def _place_name(token: str) -> bool:
    from eventscribe.geo.gazetteer import Gazetteer

    place = Gazetteer.default().resolve(token, strict=True)
    return place is not None and (place.kind != "city" or place.population >= _PLACE_POPULATION)


def _name_words(entry: ActorEntry) -> set[str]:
    """The words of an entry's name and its variants' ("OMAR", "HASSAN", "AL-BASHIR")."""
    return {w for phrase in entry.phrases for w in phrase}
