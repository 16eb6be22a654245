"""The records the dictionary parsers produce and the coder consumes.

Phrases are tuples of upper-cased, normalised words (see ``normalise_word``); codes are CAMEO
strings.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventscribe.dictionaries.surnames import SurnameIndex


def normalise_word(word: str) -> str:
    """The form in which dictionary words and sentence tokens are compared.

    Upper-case, NFKC, curly quotes straightened, accents kept (ERDOĞAN and ERDOGAN are both listed
    where they matter); a trailing underscore or punctuation glued to the word is dropped.
    """
    if word.isascii():
        # most words: NFKC leaves ASCII as it is and none of the characters replaced is ASCII
        return word.upper().strip("_")
    text = unicodedata.normalize("NFKC", word).upper()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    return text.strip("_")


@dataclass(frozen=True)
class Role:
    """One code of an actor with the dates it holds: both None is the default (bare) role.

    Bounds are inclusive (PETRARCH-1's rule, which the DATE unit tests expect).
    """

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    note: str = ""  # provenance: the office and its source, where known
    # "file:line" of the role, for messages; not part of the role's identity
    origin: str = field(default="", compare=False)

    @property
    def is_default(self) -> bool:
        return self.start is None and self.end is None

    def holds_on(self, day: dt.date) -> bool:
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)


@dataclass(frozen=True)
class ActorEntry:
    """A record of an actor dictionary: its names and its (dated) roles.

    ``code_on`` follows PETRARCH-1: dated roles in file order, the first satisfied wins; the default
    only if none is; ``[---]`` (code "---") marks a known non-actor and gives None.
    """

    name: tuple[str, ...]
    synonyms: tuple[tuple[str, ...], ...]
    roles: tuple[Role, ...]
    origin: str  # "file:line" of the root line
    comment: str = ""

    @property
    def phrases(self) -> tuple[tuple[str, ...], ...]:
        return (self.name, *self.synonyms)

    def role_on(self, day: dt.date | None) -> Role | None:
        # one pass, no lists: the coder asks this for every dictionary match it resolves
        default: Role | None = None
        latest: Role | None = None
        for role in self.roles:
            start, end = role.start, role.end
            if start is None and end is None:
                if default is None:
                    default = role
            elif day is not None:
                if (start is None or day >= start) and (end is None or day <= end):
                    return role
            elif latest is None or (start or dt.date.min) > (latest.start or dt.date.min):
                latest = role  # the first of the latest-starting roles, as max() picks
        if day is None and default is None:
            # no date known: the latest role is the best guess for undated text
            return latest
        return default

    def code_on(self, day: dt.date | None) -> str | None:
        role = self.role_on(day)
        if role is None or role.code == "---":
            return None
        return role.code


@dataclass(frozen=True)
class AgentEntry:
    """An agent noun (``MINISTER OF DEFENSE`` -> ``GOVMIL``): appended to, or prepended to, the
    country code of its noun phrase."""

    phrase: tuple[str, ...]
    code: str  # without the tilde, e.g. "GOV" or "GOVMIL"
    prepend: bool  # True for [XXX~]
    origin: str
    # an agent only where the tagger reads the phrase's last word as a noun: "a U.S. official
    # said" (GOV), not "official talks" (YAML ``noun: true``)
    noun_only: bool = False


# Pattern items. A pattern is a sequence of items before the verb and one after it.


@dataclass(frozen=True)
class Word:
    """A literal word (P1 linear patterns; P2 noun-phrase heads). ``adjacent``: joined by ``_`` to
    the previous item (P1: no words may intervene)."""

    text: str
    adjacent: bool = False


@dataclass(frozen=True)
class NounPhrase:
    """P2 ``{W1 W2 HEAD}``: HEAD is the head noun; the other words must occur in the same phrase."""

    head: str
    modifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrepPhrase:
    """P2 ``(PREP)`` or ``(PREP OBJ)``: a prepositional phrase; ``obj`` None accepts any object."""

    prep: str
    obj: Word | NounPhrase | AnyPhrase | SynsetRef | ActorSlot | None = None


@dataclass(frozen=True)
class SynsetRef:
    """``&SET``: any member of a synonym set (members may be multi-word); ``adjacent`` as Word's."""

    name: str
    adjacent: bool = False


@dataclass(frozen=True)
class AnyPhrase:
    """P2 ``^``: any noun phrase, left out of the actor text. In P1, ``^`` skips an actor phrase."""

    adjacent: bool = False


@dataclass(frozen=True)
class ActorSlot:
    """P1 role markers: ``$`` source, ``+`` target, ``%`` compound (both)."""

    role: str  # "source" | "target" | "compound"
    adjacent: bool = False


PatternItem = Word | NounPhrase | PrepPhrase | SynsetRef | AnyPhrase | ActorSlot


@dataclass(frozen=True)
class VerbPattern:
    """One ``- PRE * POST [CODE]`` line.

    ``code`` None means ``[---]`` (no event). ``reverse_code`` is b of ``[a:b]``: target->source.
    ``passive_only`` is ``[:b]``: the grammatical subject is the target and ``code`` is b.
    """

    pre: tuple[PatternItem, ...]
    post: tuple[PatternItem, ...]
    code: str | None
    reverse_code: str | None
    passive_only: bool
    origin: str  # file:line
    text: str  # the line as written, for evidence
    verb_adjacent: bool = False  # P1 ``X_*``: the verb directly follows the last pre item
    comment: str = ""  # the line's comment: in CAMEO.2.0, the verb the pattern was written for


@dataclass(frozen=True)
class VerbEntry:
    """A verb form that leads to a block: ``MET`` -> MEET (block MEET_PEOPLE, code 040)."""

    form: str  # the inflected form, upper-case ("MET")
    lemma: str  # the verb line's head word ("MEET")
    meaning: str  # block meaning (patterns are shared per meaning)
    code: str | None  # the verb's own code (verb line override, else block code); None for [---]
    particle: tuple[
        str, ...
    ] = ()  # multi-word verbs: words after the verb (MEET_WITH -> ("WITH",))
    prefix: tuple[str, ...] = ()  # words before the verb (P1 RE_+ARREST)
    origin: str = ""
    reverse_code: str | None = None  # b of a paired verb code [a:b]
    passive_only: bool = False  # verb code [:b]: code is b, grammatical subject is the target


@dataclass(frozen=True)
class Transformation:
    """A P2 ``~`` line: ``~ a (a b ATTACK) SAY = a b 015``."""

    outer_source: str
    lower: tuple[str, str, str]  # (source var, target var, verb name or Q)
    outer_verb: str
    result: tuple[str, str, str]  # (source var, target var, code or Q)
    origin: str


@dataclass(frozen=True)
class VerbDictionary:
    """A parsed verb file: forms -> entries, block meaning -> patterns, synonym sets."""

    verbs: dict[str, tuple[VerbEntry, ...]]  # key: inflected form (first word of a multi-word verb)
    patterns: dict[str, tuple[VerbPattern, ...]]  # key: meaning
    synsets: dict[str, tuple[tuple[str, ...], ...]]  # "&NAME" -> member phrases (plurals included)
    transformations: tuple[Transformation, ...] = ()
    style: str = "p2"  # "p2" (CAMEO.2.0: tree patterns) or "p1" (TABARI linear patterns)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Discards:
    """Phrases that discard a whole story (``+`` lines) or just the sentence."""

    story: tuple[tuple[str, ...], ...]
    sentence: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class PhraseTable:
    """Every actor and agent phrase of merged dictionaries, keyed for longest-match lookup: what
    the coder's ``ActorIndex`` matches sentences against. Built once per set of dictionary files
    and kept in the compiled cache (``dictionaries.compiled``); read-only once built."""

    actors: dict[tuple[str, ...], tuple[ActorEntry, ...]]  # phrase -> entries, priority order
    agents: dict[tuple[str, ...], AgentEntry]  # phrase -> its first definition
    lengths: dict[str, tuple[int, ...]]  # first word -> lengths of its phrases, longest first
    surnames: SurnameIndex  # people by surname, with their offices (``dictionaries.surnames``)

    @classmethod
    def build(cls, actors: Sequence[ActorEntry], agents: Sequence[AgentEntry]) -> PhraseTable:
        from eventscribe.dictionaries.surnames import SurnameIndex

        by_phrase: dict[tuple[str, ...], list[ActorEntry]] = defaultdict(list)
        for entry in actors:
            for phrase in entry.phrases:
                if phrase:
                    by_phrase[phrase].append(entry)
        agent_phrases: dict[tuple[str, ...], AgentEntry] = {}
        for agent in agents:
            agent_phrases.setdefault(agent.phrase, agent)  # the first definition wins
        # nationality nouns in the plural ("Albanians", "Iraqis") code as their country
        for phrase, entries in list(by_phrase.items()):
            if len(phrase) == 1 and phrase[0].endswith(("AN", "I")) and len(phrase[0]) > 3:
                plural = (phrase[0] + "S",)
                if plural not in by_phrase:
                    by_phrase[plural] = list(entries)
        actor_phrases = {k: tuple(v) for k, v in by_phrase.items()}
        lengths: dict[str, set[int]] = defaultdict(set)
        for phrase in (*actor_phrases, *agent_phrases):
            lengths[phrase[0]].add(len(phrase))
        return cls(
            actors=actor_phrases,
            agents=agent_phrases,
            lengths={k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
            surnames=SurnameIndex.build(actors),
        )


@dataclass(frozen=True)
class Dictionaries:
    """Everything the coder needs, already merged (user files override shipped ones)."""

    actors: tuple[ActorEntry, ...]
    agents: tuple[AgentEntry, ...]
    verbs: VerbDictionary
    discards: Discards = field(default_factory=lambda: Discards((), ()))
    sources: tuple[str, ...] = ()  # the files loaded, in priority order
    # the phrase table of ``actors`` and ``agents`` when the loader compiled it (None: built on use)
    phrases: PhraseTable | None = field(default=None, compare=False, repr=False)

    def phrase_table(self) -> PhraseTable:
        """The compiled phrase table, or one built now for dictionaries made by hand."""
        if self.phrases is not None:
            return self.phrases
        return PhraseTable.build(self.actors, self.agents)
