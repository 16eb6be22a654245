"""Finding actor and agent phrases in a sentence's tokens and coding the noun phrases of a clause.

A sentence's tokens are matched once against every dictionary phrase (longest match wins, left to
right); the argument of a verb is then coded from the matches inside its noun phrase.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from eventscribe.actor_codes import is_country
from eventscribe.coding.lexicon import table
from eventscribe.coding.nominal import against_prefixed, aligned_prefixed, names_attack
from eventscribe.dictionaries.model import ActorEntry, AgentEntry, Dictionaries, normalise_word
from eventscribe.nlp import coarse

# dependency labels whose subtrees are clauses of their own, not part of the noun phrase
CLAUSE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "parataxis", "appos", "mark"}
)
# the word lists are tables of coding/data/lexicon.txt; these two are compared with lower-cased
# token text, as they always were
NP_PREPS = frozenset(w.lower() for w in table("ACTOR_PHRASE_PREPS"))
STANCE_NOUNS = table("STANCE_NOUNS")
ACCORD_NOUNS = table("ACCORD_NOUNS")
OCCASION_NOUNS = table("OCCASION_NOUNS")
OPPOSING_NOUNS = table("OPPOSING_NOUNS")
VICTIM_PREPS = frozenset(w.lower() for w in table("VICTIM_PREPS"))
PERSON_TITLES = frozenset(w.lower() for w in table("PERSON_TITLES"))
# frozensets: callers intersect them with a name's words
ORG_WORDS = table("ORG_WORDS").words()
PERSON_PRONOUNS = table("PERSON_PRONOUNS").words()
OWNER_PRONOUNS = table("OWNER_PRONOUNS").words()
AGENT_ACT_HEADS = table("AGENT_ACT_HEADS")
EVENT_NOUNS = table("EVENT_NOUNS")
US_STATE_HOMONYMS = table("US_STATE_HOMONYMS")
US_STATE_CUES = table("US_STATE_CUES")
US_STATE_CITIES = table("US_STATE_CITIES")
US_STATE_PREFIXES = table("US_STATE_PREFIXES")
AFFILIATION_PARTICIPLES = table("AFFILIATION_PARTICIPLES")
POSTED_AGENTS = table("POSTED_AGENTS")
FOREIGN_MODIFIERS = table("FOREIGN_MODIFIERS")
_NOT_PERSON_WORDS = table("NOT_PERSON_WORDS").words()
ARMED_SECTORS = table("ARMED_SECTORS")
FOREIGN_MISSION_NOUNS = table("FOREIGN_MISSION_NOUNS")
# the implicit source of an attack no one is named as doing ("three Americans were killed in the
# bombing"): unidentified forces (Phoenix's UAF) of no country the text gives
UNNAMED_ATTACKERS = "---UAF"
# plural noun -> the sector it gives each actor ("" for none)
GROUP_NOUNS: Mapping[str, str] = table("GROUP_NOUNS").entries


def accord_topic(prep: Token) -> bool:
    """An agreement's ON phrase (ACCORD_NOUNS: "a final deal on new Russia sanctions
    legislation"): what it is about, no party to it (forty-seventh session)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "on"
        and prep.head.i != prep.i
        and ACCORD_NOUNS.matches(prep.head) is not None
    )


@dataclass(frozen=True)
class PhraseMatch:
    """A dictionary phrase found at tokens [start, end) of a sentence."""

    start: int
    end: int
    actors: tuple[ActorEntry, ...] = ()  # priority order (user files first)
    agent: AgentEntry | None = None

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


@dataclass(frozen=True)
class CodedActor:
    """An actor the coder found for a clause argument."""

    code: str
    start: int  # token indices [start, end) in the sentence doc
    end: int
    name: str | None
    entries: tuple[str, ...]  # origins of the actor and agent entries used
    is_person: bool = False
    via: str = ""  # how it was found, for explain: "dictionary", "agent", "pronoun", "pair"
    # an embassy or a diplomat (POSTED_AGENTS): where it is gives no country; or a country named
    # as a mission's owner ("the U.S. Embassy", ``mission_owner``): its country is no one else's
    posted: bool = False

    @property
    def sectors(self) -> tuple[str, ...]:
        """The code's blocks after its first ("USAGOVLEG" -> GOV, LEG)."""
        return tuple(self.code[k : k + 3] for k in range(3, len(self.code), 3))

    def of_country(self, country: str, via: str) -> CodedActor:
        """This agent given ``country`` ("---OPP" -> "YEMOPP"), found ``via`` a rule."""
        return replace(self, code=country + self.code[3:], via=via)

    @classmethod
    def implicit(cls, code: str, index: int) -> CodedActor:
        """An actor no words name, inferred by a rule at sentence token ``index`` ("a bombing in
        Beirut": LBNUAF, the unnamed attackers, at "bombing")."""
        return cls(code, index, index + 1, None, (), False, "implicit")


def same_actor(a: CodedActor, b: CodedActor) -> bool:
    """Whether two coded actors are one: one code, and one name where both are named people ("Rep.
    Jim Jordan criticized Pelosi" is one legislator's criticism of another, USALEG -> USALEG;
    before the forty-ninth session the target was dropped for sharing the source's code, and the
    speaker's own country was implied in its place)."""
    if a.code != b.code:
        return False
    # two people of one code are two actors; a body and a person of its code ("Trump and Putin
    # discussed holding a summit at the White House") are one side
    return not (a.name and b.name and a.name != b.name and _a_person(a) and _a_person(b))


def _a_person(a: CodedActor) -> bool:
    """An actor named by a person's entry: a name of two words or more, none of an
    institution's ("NANCY_PELOSI", not "WHITE_HOUSE")."""
    if a.is_person:
        return True
    words = (a.name or "").split("_")
    return len(words) >= 2 and not any(w in ORG_WORDS or w in _NOT_PERSON_WORDS for w in words)


def among(a: CodedActor, actors: Sequence[CodedActor]) -> bool:
    """Whether ``a`` is one of ``actors`` (``same_actor``)."""
    return any(same_actor(a, b) for b in actors)


class ActorIndex:
    """Every actor and agent phrase of the dictionaries, keyed for fast longest-match lookup."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        # built by the loader and kept in the compiled cache: a Coder starts without building it
        table = dictionaries.phrase_table()
        self.actors = table.actors
        self.agents = table.agents
        self.lengths = table.lengths
        self.surnames = table.surnames

    def match(
        self, all_words: Sequence[str], no_phrase_end: Collection[int] = ()
    ) -> list[PhraseMatch]:
        """Longest dictionary matches over normalised words, left to right, not overlapping.

        Punctuation tokens other than "-" are skipped, as dictionary phrases leave them out; the
        matches' indices are those of ``all_words``. No phrase of several words ends at an index
        of ``no_phrase_end`` (``mentions.no_phrase_ends``): a shorter one is tried."""
        keep = [k for k, w in enumerate(all_words) if w == "-" or any(ch.isalnum() for ch in w)]
        words = [all_words[k] for k in keep]
        blocked = frozenset(j for j, k in enumerate(keep) if k in no_phrase_end)
        found = self._match(words, blocked)
        return [
            PhraseMatch(keep[m.start], keep[m.end - 1] + 1, actors=m.actors, agent=m.agent)
            for m in found
        ]

    def _match(
        self, words: Sequence[str], blocked: frozenset[int] = frozenset()
    ) -> list[PhraseMatch]:
        found: list[PhraseMatch] = []
        i = 0
        n = len(words)
        while i < n:
            hit = self._longest_at(words, i, blocked)
            if hit is not None and words[i] in PHRASE_ARTICLES:
                # "The US Treasury": a phrase of the article ("THE US") gives way to a longer one
                # after it ("US TREASURY"), which it would cut short
                after = self._longest_at(words, i + 1, blocked)
                if after is not None and after.end > hit.end:
                    hit = None
            if hit is not None:
                found.append(hit)
                i = hit.end
            else:
                i += 1
        return found

    def _longest_at(
        self, words: Sequence[str], i: int, blocked: frozenset[int]
    ) -> PhraseMatch | None:
        """The longest actor or agent phrase starting at word ``i``, or None."""
        n = len(words)
        if i >= n:
            return None
        for length in self.lengths.get(words[i], ()):
            if i + length > n or (length > 1 and i + length - 1 in blocked):
                continue
            key = tuple(words[i : i + length])
            entries = self.actors.get(key)
            if entries:
                return PhraseMatch(i, i + length, actors=entries)
            agent = self.agents.get(key)
            if agent is not None:
                return PhraseMatch(i, i + length, agent=agent)
        return None

    def has_actor(self, words: Sequence[str]) -> bool:
        """Whether any actor (not agent) phrase occurs: the cheap pre-filter."""
        return any(m.actors for m in self.match(words))


# Phoenix codes Serbia and Montenegro under the defunct union (SCGSRB, SCGMNE); the states have
# been separate since 2006, so the state's own block leads
UNION_BLOCKS = table("UNION_BLOCKS")
PHRASE_ARTICLES = table("PHRASE_ARTICLES")
SUCCESSOR_BLOCKS = table("SUCCESSOR_BLOCKS")


def modern_code(code: str) -> str:
    if code[:3] in UNION_BLOCKS and code[3:6] in SUCCESSOR_BLOCKS:
        return code[3:]
    return code


def resolve_entries(
    entries: Sequence[ActorEntry],
    day: dt.date | None,
    context: frozenset[str] | None = None,
) -> tuple[str, ActorEntry] | None:
    """The code valid on ``day`` from the first entry that has one; [---] blocks (gives None).

    An entry with the same name as one already taken is the same actor in a file of lower
    priority, overridden: it is no second candidate (Mark Rutte of the update, IGOWSTNAT in 2025,
    is not made ambiguous by Phoenix's Mark Rutte, a Dutch elite).

    With ``context`` (the countries the article names) a name that several entries of different
    countries hold on that day ("Johnson" in 2022: the UK's prime minister or the US House
    speaker) goes to the candidate whose country the article mentions; if that does not single
    one out, to none: never a guess across countries. Without ``context``, the first (the
    highest-priority file's) entry wins.
    """
    candidates: list[tuple[str, ActorEntry]] = []
    for entry in entries:
        if any(
            entry.name == chosen.name and _file_of(entry) != _file_of(chosen)
            for _, chosen in candidates
        ):
            continue  # the same actor in a file of lower priority (Phoenix under the update)
        role = entry.role_on(day)
        if role is None:
            continue
        if role.code == "---":
            if not candidates:
                return None
            break
        candidates.append((modern_code(role.code), entry))
        if context is None:
            break
    if not candidates:
        return _nationality(entries, day)
    countries = {code[:3] for code, _ in candidates}
    if len(countries) == 1 or context is None:
        return candidates[0]
    named = [c for c in candidates if c[0][:3] in context]
    if len({code[:3] for code, _ in named}) == 1:
        return named[0]
    return None


def _nationality(
    entries: Sequence[ActorEntry], day: dt.date | None
) -> tuple[str, ActorEntry] | None:
    """A person no role of whom holds on ``day`` (an office left, or not yet taken: "John Bolton"
    in 2019, whose Phoenix roles end in 2006) is still of the country all their dated roles
    share: that country alone, no sector (the office is not known on the day). People of roles in
    several countries, or in an organisation (IGO), get none; so do names of several entries of
    different countries (no guess across countries). ``[---]`` anywhere blocks."""
    found: list[tuple[str, ActorEntry]] = []
    for entry in entries:
        if not _is_person(entry):
            continue
        roles = [r for r in entry.roles if not r.is_default]
        if any(r.code == "---" for r in entry.roles):
            return None
        countries = {modern_code(r.code)[:3] for r in roles}
        if len(countries) != 1:
            continue
        (country,) = countries
        if not is_country(country):
            continue
        found.append((country, entry))
    if len({code for code, _ in found}) != 1:
        return None
    return found[0]


def _abbreviation(word: str) -> bool:
    """A country's abbreviation ("U.S.", "UK"), which names a nationality before a title as an
    adjective does, where a country's name ("Russia special counsel") names a topic."""
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def _file_of(entry: ActorEntry) -> str:
    """The file an entry comes from: two entries of one name in one file are two people."""
    return entry.origin.rsplit(":", 1)[0]


def _attribution(prep: Token) -> bool:
    """ "according to X" hung on a noun: "The shelling and bombing killed at least 60 people,
    according to the Gaza Health Ministry", parsed with the attribution on the subject: who
    reports an act is no part of its actor (forty-fourth session)."""
    return prep.dep_ == "prep" and prep.lower_ == "according"


def mission_owner(tok: Token) -> bool:
    """Whether a name's last word is the owner of a country's mission abroad before it
    (FOREIGN_MISSION_NOUNS): "U.S." in "the U.S. Embassy", "Britain" in "Britain's consulate"."""
    return (
        tok.dep_ in ("compound", "amod", "nmod", "poss")
        and tok.head.i > tok.i
        and FOREIGN_MISSION_NOUNS.matches(tok.head) is not None
    )


def add_agent(code: str, agent: AgentEntry) -> str:
    """PETRARCH's agent rule: append (or prepend) the agent's blocks not already present."""
    blocks = [code[k : k + 3] for k in range(0, len(code), 3)]
    new = [agent.code[k : k + 3] for k in range(0, len(agent.code), 3)]
    new = [b for b in new if b not in blocks]
    if not new:
        return code
    if agent.prepend:
        return "".join(new) + code
    return code + "".join(new)


def _is_person(entry: ActorEntry) -> bool:
    """A person: a named entry with dated roles (an office held), not an organisation."""
    return (
        len(entry.name) >= 2
        and not (set(entry.name) & ORG_WORDS)
        and any(not r.is_default for r in entry.roles)
    )


def sentence_words(span: Span) -> list[str]:
    return [normalise_word(t.text) for t in span]


class ArgumentCoder:
    """Codes the noun phrases of one parsed sentence, given its dictionary matches."""

    def __init__(
        self,
        sent: Span,
        matches: Sequence[PhraseMatch],
        day: dt.date | None,
        context: frozenset[str] | None = None,
    ) -> None:
        self.sent = sent
        self.offset = sent.start
        self.day = day
        self.context = context
        self.by_token: dict[int, PhraseMatch] = {}
        for m in matches:
            if m.agent is not None and m.agent.noun_only:
                last = sent.doc[m.end - 1 + self.offset]
                if coarse(last.tag_) != "NOUN":
                    continue  # "official talks": an adjective, no agent
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def match_at(self, token: Token) -> PhraseMatch | None:
        return self.by_token.get(token.i - self.offset)

    def np_tokens(self, head: Token) -> list[Token]:
        """The tokens of the noun phrase headed by ``head``: its subtree without clauses."""
        out: list[Token] = []
        stack = [head]
        while stack:
            tok = stack.pop()
            out.append(tok)
            for child in tok.children:
                if child.dep_ in CLAUSE_DEPS and not (
                    child.dep_ in ("conj", "cc") and tok.i != head.i
                ):
                    # coordination below the head stays ("Nigerian and British forces");
                    # at the head it makes a compound actor, coded conjunct by conjunct
                    continue
                if (
                    child.dep_ == "pcomp"
                    and child.tag_ in ("VBG", "VBN")
                    and coarse(tok.head.tag_) == "ADJ"
                ):
                    # "missiles capable of reaching the US mainland": what an adjective says
                    # the thing can do is no part of its actor; a gerund naming a topic stays
                    # ("a formula for ending the dispute with Kosovo")
                    continue
                if (
                    child.dep_ == "pcomp"
                    and child.tag_ == "VBG"
                    and tok.head.i != tok.i
                    and (self.match_at(tok.head) is not None or self._has_agent(tok.head))
                ):
                    # "accused Israeli forces of attacking a Gaza City refugee camp": what an
                    # actor is said to do is no part of the actor (it was PSEGZA, "Gaza City")
                    continue
                if child.dep_ == "prep" and child.lower_ in VICTIM_PREPS and names_attack(tok):
                    continue  # "the attack on the U.S. embassy": its victim, never its doer
                if _attribution(child):
                    continue  # "according to the Gaza Health Ministry": who reports the act
                if (
                    child.dep_ in ("compound", "poss")
                    and child.i < tok.i
                    and OPPOSING_NOUNS.matches(tok) is not None
                    and self._names_a_person(child)
                    and any(c.dep_ == "appos" for c in tok.children)
                ):
                    # "Long-time Trump critic, London Mayor Sadiq Khan, took a swipe at the US
                    # President": the one criticised or opposed is no part of the critic the
                    # apposition names (a critic named by no one else keeps the country: "Trump
                    # critics" are most often Americans)
                    continue
                if (
                    child.dep_ == "prep"
                    and normalise_word(child.text) == "AT"
                    and any(
                        g.dep_ == "pobj" and OCCASION_NOUNS.matches(g) is not None
                        for g in child.subtree
                    )
                ):
                    # "Lawmakers at Mike Pompeo's confirmation hearing pressed the former CIA
                    # director": where they were, whose occasion it was, is no part of them
                    continue
                if accord_topic(child):
                    continue  # "a final deal on new Russia sanctions legislation": its topic
                if child.dep_ == "prep" and tok.i == head.i and self.owned_thing(head):
                    # "criticized the administration's approach to Syria": a thing's owner is
                    # the actor, what the thing is about no part of it (it was SYRGOV)
                    continue
                if child.dep_ == "prep" and child.lower_ not in NP_PREPS:
                    # "rebels in Chechnya" locates an agent; "cooperation in the SCO" names no actor
                    if child.lower_ != "in" or not (
                        self._has_agent(tok) or self._plural_subject(tok, head)
                    ):
                        continue
                    if POSTED_AGENTS.matches(tok) is not None:
                        # "diplomats in Libya", "the embassy in Belgium": where they serve,
                        # another country's
                        continue
                stack.append(child)
        out.sort(key=lambda t: t.i)
        return out

    def _names_a_person(self, tok: Token) -> bool:
        """Whether the phrase of ``tok`` names a person of the dictionaries ("Trump",
        "Putin's")."""
        return any(
            (m := self.match_at(t)) is not None and any(_is_person(a) for a in m.actors)
            for t in tok.subtree
        )

    def owned_thing(self, head: Token) -> bool:
        """A stance, policy or handling (STANCE_NOUNS) with a possessor that names an actor
        ("the administration's approach", "Obama's policy")."""
        if self.match_at(head) is not None or STANCE_NOUNS.matches(head) is None:
            return False
        return any(
            c.dep_ == "poss" and coarse(c.tag_) != "PRON" and self._has_agent_or_actor(c)
            for c in head.children
        )

    def _has_agent_or_actor(self, tok: Token) -> bool:
        return any(self.match_at(t) is not None for t in tok.subtree)

    @staticmethod
    def _plural_subject(tok: Token, head: Token) -> bool:
        """ "Demonstrators in Baghdad", "opposition groups in Zimbabwe": people placed somewhere,
        as the subject, belong there."""
        return (
            tok.i == head.i and head.dep_ in ("nsubj", "nsubjpass") and head.tag_ in ("NNS", "NNPS")
        )

    def _has_agent(self, tok: Token) -> bool:
        """Whether the phrase of ``tok`` (itself and its modifiers before it) names an agent."""
        for t in (tok, *(c for c in tok.children if c.i < tok.i)):
            m = self.match_at(t)
            if m is not None and m.agent is not None:
                return True
        return False

    def code(self, head: Token) -> list[CodedActor]:
        """Every actor of the argument headed by ``head``: one for a simple phrase, several for a
        compound ("China and Russia", "Hungarian and Romanian officials")."""
        folded = self._folded_conjuncts(head)
        # the head's own phrase, without the names folded into it (their words and whole names)
        apart: set[int] = set()
        for f in folded:
            apart.update(t.i for t in f.subtree)
            if (m := self.match_at(f)) is not None:
                apart.update(range(m.start + self.offset, m.end + self.offset))
        conjuncts = self._conjuncts(head)
        heads = [head, *conjuncts, *folded]
        # "police and members of Hamas", parsed with "of Hamas" on "police": the words after the
        # last conjunct are its own ("members of Hamas"), not the police's
        shifted = frozenset(
            t.i for p in self._trailing_modifiers(head, conjuncts) for t in p.subtree
        )
        apart.update(shifted)
        actors: list[CodedActor] = []
        for h in heads:
            extra = shifted if shifted and h.i == conjuncts[-1].i else frozenset()
            found = self._code_one(h, frozenset(apart) if h.i == head.i else frozenset(), extra)
            if found and all(len(a.code) == 3 for a in found):
                # "his Chinese counterpart Xi Jinping": the apposition names who, of that country
                countries = {a.code for a in found}
                for appos in (c for c in h.children if c.dep_ == "appos"):
                    who = [a for a in self._code_one(appos) if a.code[:3] in countries]
                    if who and all(len(a.code) > 3 for a in who):
                        found = who
                        break
            if not found or all(a.code.startswith("---") for a in found):
                # "Salaheddine Sidhoum, Algeria's leading activist": the apposition says who
                for appos in (c for c in h.children if c.dep_ == "appos"):
                    better = [a for a in self._code_one(appos) if not a.code.startswith("---")]
                    if better:
                        found = better
                        break
            actors.extend(found)
        if all(a.code.startswith("---") for a in actors):
            # "gunmen linked to al-Qaeda": members of the actor they are tied to
            tied = self.affiliation(head)
            if tied is not None:
                actors = [a for a in self._code_one(tied) if not a.code.startswith("---")] or actors
        # one actor per code
        seen: set[str] = set()
        unique = []
        for a in actors:
            if a.code not in seen:
                seen.add(a.code)
                unique.append(a)
        return unique

    @staticmethod
    def affiliation(noun: Token) -> Token | None:
        """The object of the TO or WITH phrase of an AFFILIATION_PARTICIPLES participle that ties
        the noun to an actor: one modifying it ("militants linked to al-Qaeda"), or one the parser
        made the verb whose subject the noun is ("Militants linked to the Islamic State group
        attacked ...", parsed with "linked" the sentence's verb); None otherwise."""
        # the noun's own participle, or that of its OF phrase ("a group of militants affiliated
        # with the Somali terror group Al Shabab")
        members = [
            o
            for p in noun.children
            if p.dep_ == "prep" and normalise_word(p.text) == "OF"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        participles = [
            c for n in (noun, *members) for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
        ]
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ in ("VBN", "VBD"):
            participles.append(noun.head)
        for verb in participles:
            if AFFILIATION_PARTICIPLES.matches(verb) is None:
                continue
            for prep in verb.children:
                if prep.dep_ == "prep" and normalise_word(prep.text) in ("TO", "WITH", "AS"):
                    objects = [o for o in prep.children if o.dep_ == "pobj"]
                    if objects:
                        return objects[0]
        return None

    def _folded_conjuncts(self, head: Token) -> list[Token]:
        """Names the parser folded into the head's phrase as a modifier, though "and" joins them
        to it: "President Trump and Russian President Vladimir Putin spoke", "Obama and German
        Chancellor Angela Merkel discussed Ukraine", parsed with "Trump" and "Obama" modifiers of
        the second name, the "and" hung on them. A proper name of the dictionaries before the
        head, a person, with an "and" or an "or" of its own, is a conjunct; a common noun is not
        ("Trump ally and campaign manager Paul Manafort"), nor a country ("U.S. and Chinese
        officials", the coordination of modifiers _code_one reads)."""
        out = []
        for child in head.children:
            if (
                child.dep_ in ("nmod", "compound")
                and child.i < head.i
                and child.tag_ in ("NNP", "NNPS")
                and any(g.dep_ == "cc" and g.i > child.i for g in child.children)
                and (m := self.match_at(child)) is not None
                and m.actors
                and all(_is_person(e) for e in m.actors)
                and not m.covers(head.i - self.offset)
            ):
                out.append(child)
        return out

    def _trailing_modifiers(self, head: Token, conjuncts: list[Token]) -> list[Token]:
        """Prepositional phrases the parser hung on the first of two common nouns joined by
        "and" that come after the last one, which has none of its own: "clashes between police
        and members of Hamas" (parsed "police of Hamas"); they modify the last noun."""
        if not conjuncts or coarse(head.tag_) != "NOUN" or coarse(conjuncts[-1].tag_) != "NOUN":
            return []
        last = conjuncts[-1]
        if any(c.dep_ == "prep" for c in last.children):
            return []
        return [
            c for c in head.children if c.dep_ == "prep" and c.i > last.i and not _attribution(c)
        ]

    def _conjuncts(self, head: Token) -> list[Token]:
        out = []
        for child in head.children:
            if child.dep_ == "conj" and coarse(child.tag_) in ("PROPN", "NOUN", "ADJ", "PRON"):
                out.append(child)
                out.extend(self._conjuncts(child))
        return out

    def _code_one(
        self, head: Token, apart: frozenset[int] = frozenset(), extra: frozenset[int] = frozenset()
    ) -> list[CodedActor]:
        tokens = [t for t in self.np_tokens(head) if t.i not in apart]
        tokens += [self.sent.doc[i] for i in sorted(extra)]
        token_ids = {t.i for t in tokens}
        matches: list[PhraseMatch] = []
        seen: set[int] = set()
        for t in tokens:
            m = self.match_at(t)
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                matches.append(m)
        actor_matches = [m for m in matches if m.actors]
        agent_matches = [m for m in matches if m.agent is not None]

        def depth(m: PhraseMatch) -> int:
            # how far the match is from the head: through how many prepositions, or
            # possessives below the head ("members of Morsi's Muslim Brotherhood": the
            # Brotherhood, not Morsi; the head's own possessor is its own: "Russia's support for
            # Assad" is Russia's)
            best = 99
            span = range(m.start + self.offset, m.end + self.offset)
            for i in range(m.start, m.end):
                tok = self.sent.doc[i + self.offset]
                d = 0
                node = tok
                while node.i != head.i and node.i in token_ids and node.head.i != node.i:
                    if node.dep_ == "pobj" or (
                        node.dep_ == "poss" and node.head.i not in span and node.head.i != head.i
                    ):
                        d += 1
                    node = node.head
                best = min(best, d)
            return best

        resolved: list[tuple[int, int, int, str, ActorEntry, PhraseMatch]] = []
        for m in actor_matches:
            hit = resolve_entries(m.actors, self.day, self.context)
            if hit is None:
                continue
            code, entry = hit
            covers_head = 0 if m.covers(head.i - self.offset) else 1
            first = self.sent.doc[m.start + self.offset]
            if covers_head and (against_prefixed(first) or aligned_prefixed(first)):
                # "anti-Assad rebels", "anti-Putin demonstrators": the phrase is against the
                # name, so of its country when the name is someone of a country (SYRGOV: Syrian
                # rebels), of none when it is a country itself ("anti-U.S. protesters" in Cairo);
                # so is a phrase that sides with it ("pro-Assad forces" are Syria's, "pro-Russian
                # separatists" in eastern Ukraine no country's by that word: forty-third session)
                if len(code) <= 3 or not is_country(code[:3]):
                    continue
                code = code[:3]
            if self.us_state(m, code):
                # "Georgia Gov. Brian Kemp", "Georgia's governor": the US state, not the country
                code = "USA" + code[3:]
            resolved.append((covers_head, depth(m), -len(code), code, entry, m))
        if not resolved:
            return self._agent_only(head, agent_matches)
        resolved.sort(key=lambda r: (r[0], r[1], r[2], r[5].start))
        best = resolved[0]
        if any(t.lower_ == "ethnic" for t in tokens):
            # "ethnic Albanians in south Serbia": an ethnic group is coded by where it lives
            home = [r for r in resolved if r[1] >= 1 and len(r[3]) == 3 and r[3] != best[3]]
            if home:
                best = home[0]
        best = self._other_countrys(best, resolved)
        if self._named_of_another_country(best, resolved):
            # "U.S. Ambassador John Carter": a namesake of another country's entry
            resolved = [r for r in resolved if r is not best]
            best = resolved[0]
        # amod/compound coordination of countries: "Hungarian and Romanian officials"
        # or a list of them ("leaders from Australia, Jordan and Qatar"): each joined to one
        # already chosen, nearest first
        chosen = [best]
        rest = sorted(resolved[1:], key=lambda r: abs(r[5].start - best[5].start))
        for r in rest:
            if r[1] == best[1] and len(r[3]) == 3 and len(best[3]) == 3 and r[3] != best[3]:
                if any(self._coordinated(r[5], c[5]) for c in chosen):
                    chosen.append(r)
        out = []
        for _, _, _, code, entry, m in chosen:
            entries = [entry.origin]
            full = code
            if len(code) == 3:
                for am in agent_matches:
                    if am.agent is None or self._pronoun_owned(am):
                        continue  # "the withdrawal of its troops from Syria": not Syria's troops
                    if self._describes_an_act(am, head):
                        continue  # "a military strike in Syria", "U.S. military aid": Syria, US
                    if depth(am) <= depth(m) + 1:
                        full = add_agent(full, am.agent)
                        entries.append(am.agent.origin)
            start, end = m.start, m.end
            out.append(
                CodedActor(
                    code=full,
                    start=start,
                    end=end,
                    name="_".join(entry.name),
                    entries=tuple(entries),
                    is_person=_is_person(entry),
                    via="dictionary",
                    # "the U.S. Embassy": its country is no one else's in the sentence
                    posted=mission_owner(self.sent.doc[m.end - 1 + self.offset]),
                )
            )
        return out

    def _other_countrys(
        self,
        best: tuple[int, int, int, str, ActorEntry, PhraseMatch],
        resolved: list[tuple[int, int, int, str, ActorEntry, PhraseMatch]],
    ) -> tuple[int, int, int, str, ActorEntry, PhraseMatch]:
        """An institution the dictionaries bind to one country, named with another country's
        adjective or possessive right before it, is that other country's: "the Pakistani Senate",
        "Nigeria's House of Representatives", "the Swedish foreign office" (the dictionaries'
        Senate, House and Foreign Office are the United States' and Britain's). Not a person
        ("U.S. Iran envoy Brian Hook" stays American), not a country in a hyphenated adjective
        ("Iranian-backed Houthi rebels" stay Yemeni)."""
        covers_head, depth, length, code, entry, m = best
        if covers_head or len(code) <= 3 or not is_country(code[:3]):
            return best
        if _is_person(entry):
            return best
        doc = self.sent.doc
        span = range(m.start + self.offset, m.end + self.offset)
        for other in resolved:
            country, om = other[3], other[5]
            if len(country) != 3 or not is_country(country) or country == code[:3]:
                continue
            if om.end != m.start and not (
                om.end + 1 == m.start and doc[om.end + self.offset].tag_ == "POS"
            ):
                continue  # right before the institution's name, or its possessive
            last = self._premodifier(om)
            if last is None or last.head.i not in span:
                continue
            return (covers_head, depth, length, country + code[3:], entry, m)
        return best

    def _named_of_another_country(
        self,
        best: tuple[int, int, int, str, ActorEntry, PhraseMatch],
        resolved: list[tuple[int, int, int, str, ActorEntry, PhraseMatch]],
    ) -> bool:
        """The phrase's head is a person the dictionaries list under one country, but the phrase
        gives the person another country's adjective or name before the title and none of the
        entry's own ("U.S. Ambassador John Carter", "American diplomat David Carter": New
        Zealand politicians in the Phoenix files), as readers take the title's country. Not a
        country in a hyphenated adjective ("Iranian-born"), and not where the entry's own
        country is named too ("U.S. Iran envoy Brian Hook" stays American)."""
        covers_head, _, _, code, entry, m = best
        if covers_head or not _is_person(entry) or len(code) < 3 or not is_country(code[:3]):
            return False
        doc = self.sent.doc
        others = [
            r
            for r in resolved
            if r is not best and len(r[3]) == 3 and is_country(r[3]) and r[5].end <= m.start
        ]
        if not others or any(r[3] == code[:3] for r in others):
            return False
        for other in others:
            om = other[5]
            last = self._premodifier(om)
            if last is None:
                continue
            if last.dep_ in ("compound", "nmod") and not _abbreviation(last.text):
                continue  # a country's name as a topic: "Russia special counsel Robert Mueller"
            between = doc[om.end + self.offset : m.start + self.offset]
            if any(t.dep_ == "cc" or t.text in (",", ";", "-") for t in between):
                continue  # "U.S. President Donald Trump and North Korean leader Kim Jong Un"
            return True
        return False

    def _premodifier(self, om: PhraseMatch) -> Token | None:
        """The last word of a country's match (its possessive's "'s" left out) when the match
        modifies a noun as an adjective, a compound or a possessive ("the Pakistani Senate",
        "Nigeria's House", "U.S. Ambassador"), not inside a hyphenated word ("Iranian-backed",
        "Iranian-born"); else None."""
        doc = self.sent.doc
        first = doc[om.start + self.offset]
        last = doc[om.end - 1 + self.offset]
        while last.tag_ == "POS" and last.i > first.i:
            last = doc[last.i - 1]
        if last.dep_ not in ("amod", "compound", "poss", "nmod"):
            return None
        if first.i > 0 and doc[first.i - 1].text == "-":
            return None
        if last.i + 1 < len(doc) and doc[last.i + 1].text == "-":
            return None
        return last

    def us_state(self, m: PhraseMatch, code: str) -> bool:
        """The match is a country's name that is also a US state's (US_STATE_HOMONYMS: "Georgia"),
        used of the state: a word of US state politics right after it or after its possessive
        ("Georgia Gov. Brian Kemp", "Georgia Rep. John Lewis", "Georgia's governor", "Georgia
        voters"), a party adjective right before it ("Democratic Georgia Rep."), or a city of the
        state in the sentence ("authorities in Georgia ... an Atlanta restaurant")."""
        doc = self.sent.doc
        words = [normalise_word(doc[i + self.offset].text) for i in range(m.start, m.end)]
        country = US_STATE_HOMONYMS.get("_".join(w for w in words if w != "'S"))
        if country is None or code[:3] != country:
            return False
        after = m.end + self.offset
        while after < self.sent.end and doc[after].tag_ == "POS":
            after += 1
        if after < self.sent.end and US_STATE_CUES.matches(doc[after]) is not None:
            return True
        before = m.start + self.offset - 1
        if before >= self.sent.start and US_STATE_PREFIXES.matches(doc[before]) is not None:
            return True
        return any(US_STATE_CITIES.matches(t) is not None for t in self.sent)

    def _pronoun_owned(self, m: PhraseMatch) -> bool:
        """Whether the match's words are owned by a possessive pronoun ("its troops")."""
        for i in range(m.start, m.end):
            tok = self.sent[i]
            if any(c.dep_ == "poss" and c.text.upper() in OWNER_PRONOUNS for c in tok.children):
                return True
        return False

    def _coordinated(self, a: PhraseMatch, b: PhraseMatch) -> bool:
        lo, hi = (a, b) if a.start < b.start else (b, a)
        between = [t.text.lower() for t in self.sent[lo.end : hi.start]]
        return bool(between) and all(w in ("and", ",", "&") for w in between)

    def _describes_an_act(self, m: PhraseMatch, head: Token) -> bool:
        """Whether an agent match modifies a head noun of an act or a thing (AGENT_ACT_HEADS,
        EVENT_NOUNS) instead of naming it: "military aid", "security clearance"."""
        if m.covers(head.i - self.offset):
            return False
        last = self.sent.doc[m.end - 1 + self.offset]
        return (
            last.head.i == head.i
            and last.dep_ in ("amod", "compound", "nmod")
            and (AGENT_ACT_HEADS.matches(head) is not None or EVENT_NOUNS.matches(head) is not None)
        )

    def _agent_only(self, head: Token, agent_matches: list[PhraseMatch]) -> list[CodedActor]:
        if not agent_matches:
            return []
        m = min(agent_matches, key=lambda m: 0 if m.covers(head.i - self.offset) else 1)
        if m.agent is None:
            return []
        if self._describes_an_act(m, head):
            # "promised more military aid", "launched a military strike", "a security
            # clearance": the agent word describes an act or a thing, no one who acts
            return []
        code = add_agent("---", m.agent)
        return [
            CodedActor(
                code=code,
                start=m.start,
                end=m.end,
                name=None,
                entries=(m.agent.origin,),
                is_person=head.text.lower() in PERSON_TITLES,
                via="agent",
                posted=any(
                    POSTED_AGENTS.matches(self.sent.doc[i + self.offset]) is not None
                    for i in range(m.start, m.end)
                )
                or _foreign_force(head, code),
            )
        ]


def _foreign_force(head: Token, code: str) -> bool:
    """An armed agent the phrase calls foreign ("Iraqi MPs passed a resolution calling for
    foreign troops to leave"): where it is gives it no country, as a posted agent's (forty-ninth
    session; it was coded Iraq's own army). Not other agents: "foreign workers" and "foreign
    companies" are of the country they are in, as the labelled sets list them."""
    return any(code[k : k + 3] in ARMED_SECTORS for k in range(3, len(code), 3)) and any(
        c.dep_ == "amod" and FOREIGN_MODIFIERS.matches(c) is not None for c in head.children
    )
