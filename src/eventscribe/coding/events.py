"""Matching the CAMEO verb dictionary against a parsed clause: which verb, pattern and code.

Two pattern styles: PETRARCH2's (CAMEO.2.0: noun-phrase heads and prepositional phrases sought in
the clause's subject and object regions) and PETRARCH-1/TABARI's linear word sequences (the older
150430 file and the validation suite), matched in order around the verb.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from eventscribe.coding.dateline import MAX_DATELINE, dateline_end
from eventscribe.coding.lexicon import table
from eventscribe.dictionaries.model import (
    ActorSlot,
    AnyPhrase,
    NounPhrase,
    PatternItem,
    PrepPhrase,
    SynsetRef,
    VerbDictionary,
    VerbEntry,
    VerbPattern,
    Word,
    normalise_word,
)
from eventscribe.nlp import coarse, token_lemma

# the post-verb region: the verb's own dependents that belong to its clause
POST_DEPS = frozenset(
    {
        "dobj",
        "prep",
        "attr",
        "dative",
        "prt",
        "advmod",
        "npadvmod",
        "oprd",
        "acomp",
        "agent",
        "pobj",
        "obj",
    }
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@dataclass(frozen=True)
class VerbMatch:
    """A verb token matched to a dictionary entry, with the particle tokens it consumed."""

    token: Token
    entry: VerbEntry
    particle_tokens: tuple[Token, ...] = ()


@dataclass(frozen=True)
class PatternMatch:
    pattern: VerbPattern | None  # None: the verb's own code applies
    code: str | None
    reverse_code: str | None
    slots: tuple[tuple[str, int], ...] = ()  # P1 role markers: (role, token index in sentence)


def find_verb(token: Token, verbs: VerbDictionary) -> VerbMatch | None:
    """The dictionary entry for a verb token; multi-word verbs need their particle after it."""
    entries = verbs.verbs.get(normalise_word(token.text))
    if not entries:
        return None
    doc = token.doc
    best: VerbMatch | None = None
    for entry in entries:
        if entry.particle:
            toks = _find_particle(token, entry.particle)
            if toks is None:
                continue
            if best is None or len(toks) > len(best.particle_tokens):
                best = VerbMatch(token, entry, toks)
        elif entry.prefix:
            k = token.i - len(entry.prefix)
            if k >= 0 and [normalise_word(t.text) for t in doc[k : token.i]] == list(entry.prefix):
                if best is None:
                    best = VerbMatch(token, entry)
        elif best is None:
            best = VerbMatch(token, entry)
    return best


def _find_particle(token: Token, particle: Sequence[str]) -> tuple[Token, ...] | None:
    doc = token.doc
    # adjacent words after the verb ("met with", "called off")
    end = token.i + 1 + len(particle)
    if end <= len(doc) and [normalise_word(t.text) for t in doc[token.i + 1 : end]] == list(
        particle
    ):
        return tuple(doc[token.i + 1 : end])
    # a particle further right ("called the meeting off"); a preposition there is no particle
    # ("gave a speech in Moscow" is not GIVE_IN)
    if len(particle) == 1:
        for child in token.rights:
            if child.dep_ == "prt" and normalise_word(child.text) == particle[0]:
                return (child,)
    return None


def is_passive(verb: Token) -> bool:
    return (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        or reduced_passive(verb)
        or participial_passive(verb)
        or conjoined_passive(verb)
    )


def conjoined_passive(verb: Token) -> bool:
    """A participle joined to a passive verb with no subject or auxiliary of its own ("he was
    captured and imprisoned in Vietnam", "was arrested and jailed by Iranian police"): passive too,
    its subject the first verb's (forty-fifth session: the imprisoned was the jailer)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.i != verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def standing_adjunct(verb: Token) -> bool:
    """A participle of a standing relation opening or closing a clause, with its doer ("Led by
    U.S. Ambassador Nikki Haley, America has engaged ...", "backed by pro-Turkey Syrian rebels"):
    the relation of the clause's subject to the doer, no act (STANDING_PARTICIPLES, as for a
    participle modifying a noun)."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and STANDING_PARTICIPLES.matches(verb) is not None
        and _agent_of(verb) is not None
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def participial_passive(verb: Token) -> bool:
    """A past participle opening or closing a clause with no subject or auxiliary of its own
    ("Arrested in Moscow last year, Navalny met ...", "its Aunt Jemima brand, long criticized for
    its stereotype"): a passive whose subject is the clause's (forty-first session: the
    clause's subject was read as its doer)."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if STANDING_PARTICIPLES.matches(verb) is not None:
        return False  # a relation, no act (standing_adjunct)
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj", "oprd", "dative")
        for c in verb.children
    ):
        return False  # an object: an active verb ("has denied ... and on Monday called X a hoax")
    before = verb.left_edge.i - 1
    # "and on Monday called": a conjunct sharing an auxiliary, misparsed
    return before < 0 or verb.doc[before].dep_ != "cc"


def reduced_passive(verb: Token) -> bool:
    """A participle that modifies a noun and names its doer with "by" ("rockets fired by Hamas",
    "soldiers killed by Taliban fighters", "sanctions imposed by the United States"): a passive
    whose subject is the noun it modifies."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.i != verb.i
        and _agent_of(verb) is not None
        and STANDING_PARTICIPLES.matches(verb) is None  # "rebels backed by Turkey"
    )


def post_region(verb: Token) -> list[Token]:
    """Tokens after the verb that belong to its clause (objects, prepositional phrases, and the
    "for X" of a for-infinitive clause: "called for Israel to allow" is CALL (FOR) Israel)."""
    out: list[Token] = []
    for child in verb.children:
        if child.i > verb.i and child.dep_ == "prep" and _calendar_phrase(child):
            # "conducted 252 roll call votes by mid-March": the month is no march (&PROTEST_ACT)
            continue
        if child.i > verb.i and child.dep_ == "prep" and ORDER_PREPOSITIONS.matches(child):
            # "employees placed on leave after last year's terror attack": what came before or
            # after the act is no object of it (PLACE * &ASSAULT_ACT, "staged an attack")
            continue
        if child.i > verb.i and child.dep_ in POST_DEPS:
            out.extend(_np_subtree(child))
        elif child.i > verb.i and (subj := for_clause_subject(child)) is not None:
            out.extend(t for t in child.children if t.dep_ == "mark")
            out.extend(_np_subtree(subj))
    out.sort(key=lambda t: t.i)
    return out


def _calendar_phrase(prep: Token) -> bool:
    """A prepositional phrase whose object is a month or a weekday by name ("in March", "by
    mid-March", "on Friday"): a time, whose words name nothing a pattern looks for."""
    return any(
        obj.dep_ == "pobj"
        and obj.text[:1].isupper()
        and normalise_word(obj.text) in TIME_WORDS
        and not _a_name(obj)
        for obj in prep.children
    )


def for_clause_subject(clause: Token) -> Token | None:
    """The subject of a for-infinitive clause ("for Israel to allow ..."), or None: the clause's
    "for" is a mark in spaCy's parse, its subject the "for" phrase's object."""
    if clause.dep_ not in ("advcl", "ccomp", "xcomp", "acl"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _np_subtree(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ in ("relcl", "ccomp", "advcl", "parataxis", "punct"):
            continue
        if child.dep_ in ("pcomp", "acl") and child.tag_ in ("VBG", "VBN"):
            # "gave five options beyond providing humanitarian assistance": a gerund clause is
            # an act of its own, whose words are no pattern's of this verb
            continue
        out.extend(_np_subtree(child))
    return out


def subject_region(verb: Token) -> list[Token]:
    subj = subject_of(verb)
    if subj is None:
        return []
    return sorted(_np_subtree(subj), key=lambda t: t.i)


def subject_of(verb: Token) -> Token | None:
    """The verb's grammatical subject, inherited through xcomp/conj chains ("Russia is willing to
    strengthen", "Russia pursues ... and supports")."""
    node: Token | None = verb
    for _ in range(6):
        if node is None:
            return None
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if len(subjects) > 1:
            # two subjects are a misparse ("Trump, referencing a report, tweeted Friday North
            # Korea has agreed to ...": "tweeted" lost its clause): the one nearest the verb
            # before it is the verb's own
            before = [c for c in subjects if c.i < node.i]
            return _past_dateline(before[-1] if before else subjects[0])
        if subjects:
            return _past_dateline(subjects[0])
        if node is verb:
            stranded = _stranded_subject(verb)
            if stranded is not None:
                return stranded
        for aux in node.children:
            # "The UK and France however have opposed": the parser hung the subject on "have"
            if aux.dep_ in ("aux", "auxpass") and aux.i < node.i:
                for child in aux.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        return child
        if reduced_passive(node) or misparsed_finite(node):
            # "rockets fired by Hamas": the noun the participle modifies is its passive subject;
            # "Putin, whom Nemtsov criticized, condemned the killing", parsed with "condemned"
            # a participle of "Putin": its doer
            return node.head
        if (
            node.dep_ == "dep"
            and node.tag_ in ("VBD", "VBZ")
            and node.head.dep_ == "ROOT"
            and AFFILIATION_PARTICIPLES.matches(node.head) is not None
        ):
            # "Militants linked to the Islamic State group attacked a police station", parsed with
            # "linked" the verb and "attacked" hung on it: the subject is the participle's noun
            node = node.head
            continue
        if node.dep_ in ("xcomp", "conj", "acomp", "advcl", "pcomp") and node.head.i != node.i:
            if node.dep_ == "advcl" and node.tag_ == "VBG" and is_passive(node.head):
                # "the camp was attacked by militiamen, killing 156 people": the participle's
                # doer is the passive's agent, not its subject (the camp killed no one)
                agent = _agent_of(node.head)
                if agent is not None:
                    return agent
                if HARM_PARTICIPLES.matches(node) is not None:
                    # "a passenger jet was bombed after takeoff, killing all 224 people on
                    # board": no doer named (the jet was the victim; harm_of_a_passive)
                    return None
            node = node.head
            continue
        if (
            node.dep_ == "prep"
            and node.head.i != node.i
            and (
                _shares_subject(node)
                # "is guilty of violating", "was capable of launching": the adjective's subject
                or (normalise_word(node.text) == "OF" and coarse(node.head.tag_) == "ADJ")
            )
        ):
            # "China continued its efforts by donating ...", "met Xi after arriving in Beijing":
            # a means or time clause shares the subject ("without consulting" is no act)
            node = node.head
            continue
        if node.dep_ == "relcl" and node.head.i != node.i:
            # "parties that condemned ...": the noun the relative clause modifies
            return node.head
        if (
            node.dep_ == "acl"
            and node.tag_ == "VBG"
            and node.head.i != node.i
            and normalise_word(node.text) not in PREPOSITION_PARTICIPLES
        ):
            noun = node.head
            if normalise_word(noun.lemma_ or noun.text) in DOCUMENT_NOUNS:
                author = next(
                    (
                        g
                        for c in noun.children
                        if c.dep_ == "prep" and normalise_word(c.text) in ("FROM", "BY")
                        for g in c.children
                        if g.dep_ == "pobj"
                    ),
                    None,
                )
                if author is not None:
                    # "a surprise letter from Pelosi requesting that Trump postpone ...": its
                    # author asks, not whoever read it (forty-first session)
                    return author
                # "issued a statement demanding ...": whoever issued the statement demands
                if noun.head.i != noun.i and noun.dep_ in ("dobj", "pobj", "nsubjpass"):
                    node = noun.head if noun.dep_ != "pobj" else noun.head.head
                    continue
                return None
            if (
                normalise_word(noun.text) == "THOSE"
                and noun.dep_ == "pobj"
                and normalise_word(noun.head.text) == "AMONG"
                and noun.head.head.i != noun.head.i
            ):
                # "McCain is among those criticizing Obama": the one counted among them does it
                node = noun.head.head
                continue
            # "protesters demanding reforms": the noun the participle modifies does it
            return noun
        return None
    return None


def _shares_subject(prep: Token) -> bool:
    """Whether a preposition of SHARED_SUBJECT_PREPS gives its -ing clause the subject of what it
    hangs on ("joined Graham in criticizing Obama"; not "were killed in fighting")."""
    word = normalise_word(prep.text)
    if word not in SHARED_SUBJECT_PREPS:
        return False
    if SHARED_SUBJECT_PREPS.get(word) != "active":
        return True
    head = prep.head
    if coarse(head.tag_) == "ADJ":
        return True
    return coarse(head.tag_) == "VERB" and token_lemma(head) != "BE" and not is_passive(head)


def _past_dateline(subj: Token) -> Token | None:
    """A subject the parser found in the sentence's dateline ("COLOMBO, Sri Lanka — Nine
    bombings ... killed", the bombings hung on COLOMBO as its apposition) stands for the phrase
    after the dateline it governs; a dateline is no subject otherwise."""
    sent = subj.sent
    if subj.i - sent.start >= MAX_DATELINE:
        return subj  # past any dateline: no need to read the sentence's words
    # a dateline's words are all among the first MAX_DATELINE + 2 (its dash or its agency's
    # closing bracket and the dash after it): the rest of the sentence is not read
    end = sent.start + dateline_end([t.text for t in sent[: MAX_DATELINE + 2]])
    if subj.i >= end:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i >= end), None)


def harm_of_a_passive(verb: Token) -> bool:
    """A participle of harm (HARM_PARTICIPLES) hung as an adverbial clause on a passive verb with
    no "by" phrase: "a passenger jet was bombed after takeoff, killing all 224 people on board".
    The passive's subject suffered the act; whoever did it, no one named, did the harm too."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.i != verb.i
        and is_passive(verb.head)
        and _agent_of(verb.head) is None
        and HARM_PARTICIPLES.matches(verb) is not None
    )


def misparsed_finite(verb: Token) -> bool:
    """A past verb the parser hung on the noun before it as a participle, though it has a direct
    object of its own and no subject ("The U.S.-led coalition bombed Islamic State positions
    ..., the Pentagon said", "Putin, whom Nemtsov criticized, condemned Friday's killing"): a
    participle modifying a noun takes no object; the noun is the verb's subject."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.i != verb.i
        and verb.head.i < verb.i
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("auxpass", "aux", "agent", "nsubjpass") for c in verb.children)
    )


def _agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase ("attacked by militiamen"), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


# word lists of coding/data/lexicon.txt (each table's line there says what it is for)
SHARED_SUBJECT_PREPS = table("SHARED_SUBJECT_PREPS")
PREPOSITION_PARTICIPLES = table("PREPOSITION_PARTICIPLES")
DOCUMENT_NOUNS = table("DOCUMENT_NOUNS")
STANDING_PARTICIPLES = table("STANDING_PARTICIPLES")
AFFILIATION_PARTICIPLES = table("AFFILIATION_PARTICIPLES")
HARM_PARTICIPLES = table("HARM_PARTICIPLES")


# a preposition hung on the verb's object (or a passive's subject) is part of that noun phrase,
# no prepositional phrase of the verb's pattern ("attacked a camp for Congolese refugees" is no
# ATTACK * (FOR), criticism "for" something)
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def _word_matches(word: str, tok: Token) -> bool:
    text = normalise_word(tok.text)
    if text == word:
        return True
    # plural heads: the dictionary lists the singular ("TALK" matches "TALKS")
    return text in (word + "S", word + "ES") or (word.endswith("Y") and text == word[:-1] + "IES")


class Region:
    """Tokens of one side of a clause with their normalised words, computed once per verb."""

    __slots__ = ("hidden", "singulars", "tokens", "words", "wordset")

    def __init__(self, tokens: Sequence[Token], hidden: frozenset[int] = frozenset()) -> None:
        """``hidden``: doc indices of words that pattern words may not match, the words of coded
        actor names ("Security Council" is no &SECURITY, "Peace Council" no PEACE)."""
        self.tokens = list(tokens)
        self.hidden = hidden
        self.words = [
            normalise_word(t.text) if t.i not in hidden and not _dates_phrase(t) else ""
            for t in self.tokens
        ]
        self.wordset = frozenset(w for w in self.words if w)
        # every word a pattern word could be, by _any_form: "TALKS" may be TALK or TALKS
        self.singulars = frozenset(f for w in self.wordset for f in _singulars(w))


def _singulars(word: str) -> set[str]:
    """The word and the singulars it may be the plural of ("TALKS": TALKS, TALK)."""
    out = {word}
    if word.endswith("IES"):
        out.add(word[:-3] + "Y")
    if word.endswith("ES"):
        out.add(word[:-2])
    if word.endswith("S"):
        out.add(word[:-1])
    return out


TIME_WORDS = table("TIME_WORDS")
ORDER_PREPOSITIONS = table("ORDER_PREPOSITIONS")
CLAUSE_PREPS = table("CLAUSE_PREPS")


def _time_word(tok: Token) -> bool:
    """A word of a time phrase between a clause's subject and its verb ("on Thursday", "last
    week", "earlier")."""
    if tok.ent_type_ in ("DATE", "TIME") or coarse(tok.tag_) == "ADV":
        return True
    if tok.dep_ == "prep":
        return is_time_phrase(tok)
    return normalise_word(tok.text) in TIME_WORDS


def _stranded_subject(verb: Token) -> Token | None:
    """ "Lavrov called for the expulsion of diplomats after Washington on Thursday sanctioned
    Russian officials", "the talks collapsed before Moscow last week rejected the plan": with a
    time between, the parser reads the clause's subject as the object of "after" and hangs the
    finite verb, subjectless, on the main clause, whose subject then did both (CLAUSE_PREPS)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("advcl", "conj"):
        return None
    j = verb.i - 1
    while j >= 0 and _time_word(verb.doc[j]):
        j -= 1
    if j < 0 or j == verb.i - 1:
        return None  # no time between: a subject the parser would have found
    noun = verb.doc[j]
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or coarse(noun.tag_) not in ("PROPN", "NOUN")
        or noun.right_edge.i != j
        or CLAUSE_PREPS.matches(prep) is None
        or prep.i != noun.left_edge.i - 1
    ):
        return None
    return noun


def _dates_phrase(tok: Token) -> bool:
    """The object of a time phrase ("on March 15", "in May"): a date, no word of a pattern
    ("holds its primary on March 15" holds no MARCH; "joined in a march" does), or a month
    with its day ("worked toward a March 31 deadline": no protest march)."""
    return (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and not any(c.dep_ == "det" for c in tok.children)
        and is_time_phrase(tok.head)
    ) or (
        normalise_word(tok.text) in TIME_WORDS
        and coarse(tok.tag_) == "PROPN"
        and any(c.dep_ == "nummod" and c.like_num for c in tok.children)
    )


def is_time_phrase(prep: Token) -> bool:
    """A prepositional phrase whose object is a day, a date or a time ("on Wednesday"). A month
    that is a surname is no time ("spoke with British Prime Minister Theresa May": with a given
    name or a title before it, or the parser's PERSON)."""
    for obj in prep.children:
        if obj.dep_ == "pobj":
            word = normalise_word(obj.text)
            if word.isdigit():
                return True
            return word in TIME_WORDS and not _a_name(obj)
    return False


def _a_name(tok: Token) -> bool:
    """A proper noun named with a given name or a title before it ("Theresa May")."""
    return tok.ent_type_ == "PERSON" or any(
        c.dep_ == "compound" and c.i < tok.i and coarse(c.tag_) == "PROPN" for c in tok.children
    )


def _gerund_adjunct(prep: Token) -> bool:
    """A preposition with a gerund after the verb's direct object, a time or a manner of the act,
    no partner of the verb's own: "Kerry called his Iranian counterpart immediately on learning of
    the incident" is no CALL (ON), a call on someone to act."""
    objects = list(prep.children)
    return (
        bool(objects)
        and all(_gerund(c) for c in objects)
        and any(c.dep_ == "dobj" and c.i < prep.i for c in prep.head.children)
    )


def _gerund(tok: Token) -> bool:
    """A gerund, or the parser's noun in -ing with no determiner ("on learning")."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG":
        return True
    return (
        tok.dep_ == "pobj"
        and tok.tag_ in ("NN", "VBG")
        and tok.lower_.endswith("ing")
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)
    )


BURIED_PREPS = table("BURIED_PREPS")
PATTERN_PARTICLES = table("PATTERN_PARTICLES")


def _particle_use(tok: Token) -> bool:
    """A word of PATTERN_PARTICLES used as a verb's particle ("called off the talks", "called
    the talks off"), not a preposition or a word of a phrase ("off the deep-end")."""
    if tok.dep_ == "prt":
        return True
    return (
        tok.dep_ == "advmod"
        and tok.tag_ in ("RP", "RB")
        and coarse(tok.head.tag_) in ("VERB", "AUX")
    )


def _under_a_noun_phrase(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` stands in a phrase of BURIED_PREPS hung on a noun below ``verb``, or on
    the verb after its direct object, where the parser often hangs the object's own phrase
    ("began her testimony Wednesday on the attack", "led the investigation into the attack")."""
    node = tok
    while node.head.i != node.i and node.i != verb.i:
        if node.dep_ == "prep" and BURIED_PREPS.matches(node) is not None:
            if node.head.i != verb.i and coarse(node.head.tag_) in ("NOUN", "PROPN"):
                return True
            if node.head.i == verb.i and any(
                c.dep_ == "dobj" and c.i < node.i and coarse(c.tag_) == "NOUN"
                for c in verb.children
            ):
                return True
        node = node.head
    return False


def _needed(items: Sequence[PatternItem]) -> frozenset[str]:
    """Literal words that must stand in a region for these items to match there."""
    out = set()
    for item in items:
        if isinstance(item, Word):
            out.add(item.text)
        elif isinstance(item, NounPhrase) and not item.head.startswith("&"):
            out.add(item.head)
        elif isinstance(item, PrepPhrase):
            out.add(item.prep)
    return frozenset(w for w in out if w and not w.startswith("&"))


def _object_word_distance(pattern: VerbPattern, verb: Token, post: Region) -> int | None:
    """How far after the verb the word stands that the pattern's first object word matches
    ("opened fire on the U.S. embassy": FIRE is next to the verb, EMBASSY further): between
    patterns of one length, the one whose word is nearer the verb is its object's and wins
    ("- * FIRE" [193] over "- * EMBASSY" [054]). None when the pattern's first item after the verb
    is no word (a phrase, a synset), or the word is not found."""
    tok = _first_object_word(pattern, post)
    return abs(tok.i - verb.i) if tok is not None else None


def _names_the_phrase(pattern: VerbPattern, other: VerbPattern, verb: Token, post: Region) -> bool:
    """Whether ``pattern`` opens with the preposition inside whose phrase ``other``'s first object
    word stands, when that one codes no event: "called for the breakup of big tech companies" is
    CALL (FOR) [020], a call for something, not CALL * COMPANY [---], a company telephoned, whose
    word is no object of the verb's own. Between patterns of one length the one naming the phrase
    wins over one that would make the verb no event."""
    first = pattern.post[0] if pattern.post else None
    if not isinstance(first, PrepPhrase) or other.code is not None:
        return False
    node = _first_object_word(other, post)
    if node is None:
        return False
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    return node.dep_ == "prep" and normalise_word(node.text) == first.prep


def _first_object_word(pattern: VerbPattern, post: Region) -> Token | None:
    """The token after the verb that the pattern's first object word matches; None when that
    item is no word (a phrase, a synset) or the word is not found."""
    return next(iter(_object_word_tokens(pattern, post)), None)


def _object_word_tokens(pattern: VerbPattern, post: Region) -> list[Token]:
    """Every token after the verb that the pattern's first object word matches (a word or a noun
    phrase's head); none when that item is no word."""
    item = pattern.post[0] if pattern.post else None
    if isinstance(item, NounPhrase):
        text = item.head
    elif isinstance(item, Word):
        text = item.text
    else:
        return []
    return [
        tok
        for tok, word in zip(post.tokens, post.words, strict=True)
        if word and _any_form(text, frozenset((word,)))
    ]


def _any_form(word: str, wordset: frozenset[str]) -> bool:
    """The word or its plural ("TALK" matches "TALKS")."""
    if word in wordset or word + "S" in wordset or word + "ES" in wordset:
        return True
    return word.endswith("Y") and word[:-1] + "IES" in wordset


def _phrase_at(words: Sequence[str], texts: Sequence[str]) -> bool:
    n = len(words)
    for k in range(len(texts) - n + 1):
        if all(_eq_or_plural(words[j], texts[k + j]) for j in range(n)):
            return True
    return False


def _eq_or_plural(word: str, text: str) -> bool:
    return text == word or text in (word + "S", word + "ES")


# a block's tree patterns: those that need no literal word, and the others by one of their words
# in the object region, or else in the subject region (PatternMatcher._tree_candidates)
_PatternIndex = tuple[
    list[tuple[int, VerbPattern]],
    dict[str, list[tuple[int, VerbPattern]]],
    dict[str, list[tuple[int, VerbPattern]]],
]


def _cooperative(code: str) -> bool:
    """Whether a CAMEO code is cooperation (roots 01-08)."""
    return code[:2] in ("01", "02", "03", "04", "05", "06", "07", "08")


def _force(code: str) -> bool:
    """Whether a CAMEO code is the use of force (roots 18-20: assault, fight, mass violence)."""
    return code[:2] in ("18", "19", "20")


def _written_for(verbs: VerbDictionary) -> dict[int, frozenset[str]]:
    """For each cooperative pattern (CAMEO roots 01-08) of a block of verbs of force (18-20, by
    most of its verbs' codes) whose comment names only some verbs of the block ("- * DEAL [057]
    # STRIKE" in PHYSICAL_CONFLICT), those verbs (``PatternMatcher._applies``), by pattern id.
    Blocks of words of conflict keep their patterns shared: "rejected the accusations" is a
    denial (016) as "denied the accusations" is, whichever verb the pattern was written for."""
    lemmas: dict[str, set[str]] = {}
    roots: dict[str, Counter[bool]] = {}
    for entries in verbs.verbs.values():
        for entry in entries:
            lemmas.setdefault(entry.meaning, set()).add(entry.lemma)
            if entry.code is not None:
                roots.setdefault(entry.meaning, Counter())[_force(entry.code)] += 1
    out: dict[int, frozenset[str]] = {}
    for meaning, patterns in verbs.patterns.items():
        block = lemmas.get(meaning, set())
        kinds = roots.get(meaning)
        if not kinds or kinds.most_common(1)[0][0] is not True:
            continue
        for pattern in patterns:
            if pattern.code is None or not _cooperative(pattern.code):
                continue
            names = {n.strip() for n in pattern.comment.split(",") if n.strip()}
            if names and names <= block and len(block) > len(names):
                out[id(pattern)] = frozenset(names)
    return out


class PatternMatcher:
    """Tries a verb block's patterns against one clause and picks the most specific that fits."""

    def __init__(self, verbs: VerbDictionary) -> None:
        self.verbs = verbs
        # the literal head words each tree pattern needs, to skip most patterns at a glance
        self._needs: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._synsets_by_first: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
        self._by_needed_word: dict[str, _PatternIndex] = {}
        if verbs.style != "p1":
            for patterns in verbs.patterns.values():
                for pattern in patterns:
                    self._needs[id(pattern)] = (_needed(pattern.post), _needed(pattern.pre))
        self._written_for = _written_for(verbs)

    def best(self, match: VerbMatch, actor_tokens: frozenset[int]) -> PatternMatch:
        """The code for this verb use. ``actor_tokens`` are doc indices of coded actor tokens (for
        the P1 role markers)."""
        verb = match.token
        entry = match.entry
        patterns = self.verbs.patterns.get(entry.meaning, ())
        passive = is_passive(verb)
        best: tuple[int, int, VerbPattern, tuple[tuple[str, int], ...]] | None = None
        best_distance: int | None = None
        regions: tuple[Region, Region] | None = None
        if self.verbs.style != "p1" and patterns:
            post = Region(post_region(verb), actor_tokens)
            pre = Region(subject_region(verb), actor_tokens)
            regions = (post, pre) if not passive else (pre, post)
        candidates = (
            enumerate(patterns)
            if regions is None
            else self._tree_candidates(entry.meaning, patterns, regions)
        )
        for order, pattern in candidates:
            if pattern.passive_only and not passive:
                continue
            if not self._applies(pattern, entry):
                continue
            if regions is None:
                slots = self._match_linear(pattern, verb, match.particle_tokens, actor_tokens)
            else:
                post_needs, pre_needs = self._needs.get(id(pattern), (frozenset(), frozenset()))
                if not (post_needs <= regions[0].singulars and pre_needs <= regions[1].singulars):
                    continue
                slots = self._match_tree(pattern, *regions)
            if slots is None:
                continue
            if regions is not None and not passive and self._buried(pattern, verb, regions[0]):
                continue
            score = len(pattern.pre) + len(pattern.post)
            distance = _object_word_distance(pattern, verb, regions[0]) if regions else None
            if (
                best is None
                or score > best[0]
                or (
                    score == best[0]
                    and distance is not None
                    and best_distance is not None
                    and distance < best_distance
                )
                or (
                    score == best[0]
                    and regions is not None
                    and _names_the_phrase(pattern, best[2], verb, regions[0])
                )
            ):
                best = (score, order, pattern, slots)
                best_distance = distance
        if best is None:
            return self._verb_code(entry, passive)
        _, _, pattern, slots = best
        if pattern.code is None and self.verbs.style == "p1":
            # TABARI/P1: a [---] pattern does not block the verb's own code
            return self._verb_code(entry, passive)
        return PatternMatch(pattern, pattern.code, pattern.reverse_code, slots)

    def _applies(self, pattern: VerbPattern, entry: VerbEntry) -> bool:
        """Whether a block's pattern applies to this verb of the block. CAMEO.2.0 merged the
        patterns of a block's verbs and kept in each one's comment the verb it was written for;
        an idiom that turns a verb of force into cooperation applies to that verb only: "struck
        a deal" is an agreement (- * DEAL [057] # STRIKE), "attacked the deal" and "assailed the
        deal" are not (057 for both before), "hammered out a treaty" is one, "attacked the treaty"
        is not (``_written_for``). The other patterns are shared by the block as PETRARCH2 shares
        them: a verb made conflict by its object ("conducted an investigation") is the object's
        act whatever the verb."""
        only = self._written_for.get(id(pattern))
        return only is None or entry.lemma in only or entry.code is None

    def _tree_candidates(
        self, meaning: str, patterns: Sequence[VerbPattern], regions: tuple[Region, Region]
    ) -> list[tuple[int, VerbPattern]]:
        """The block's patterns that may fit, in the block's order: those whose literal words the
        regions could hold. A block has up to hundreds of patterns and each needs a word or two,
        so they are found by one of their words (its first in the object region, else in the
        subject region) instead of tried one by one; ``best`` still checks every word."""
        index = self._by_needed_word.get(meaning)
        if index is None:
            always: list[tuple[int, VerbPattern]] = []
            by_post: dict[str, list[tuple[int, VerbPattern]]] = {}
            by_pre: dict[str, list[tuple[int, VerbPattern]]] = {}
            for order, pattern in enumerate(patterns):
                post_needs, pre_needs = self._needs.get(id(pattern), (frozenset(), frozenset()))
                if post_needs:
                    by_post.setdefault(min(post_needs), []).append((order, pattern))
                elif pre_needs:
                    by_pre.setdefault(min(pre_needs), []).append((order, pattern))
                else:
                    always.append((order, pattern))
            index = (always, by_post, by_pre)
            self._by_needed_word[meaning] = index
        always, by_post, by_pre = index
        found = list(always)
        for word in regions[0].singulars & by_post.keys():
            found.extend(by_post[word])
        for word in regions[1].singulars & by_pre.keys():
            found.extend(by_pre[word])
        found.sort(key=lambda item: item[0])
        return found

    @staticmethod
    def _verb_code(entry: VerbEntry, passive: bool) -> PatternMatch:
        if entry.passive_only and not passive:
            return PatternMatch(None, None, None)
        return PatternMatch(None, entry.code, entry.reverse_code)

    # PETRARCH2 style: items are looked for in the subject region (pre) and the object region (post)
    def _match_tree(self, pattern: VerbPattern, post: Region, pre: Region) -> tuple[()] | None:
        named = False  # whether an earlier item names the object ("- * STRIKE (ON)")
        for item in pattern.post:
            if not self._item_in(item, post, own_phrase=not named):
                return None
            named = named or isinstance(item, (Word, NounPhrase, SynsetRef))
        for item in pattern.pre:
            if not self._item_in(item, pre):
                return None
        return ()

    def _item_in(self, item: PatternItem, region: Region, *, own_phrase: bool = False) -> bool:
        """Whether ``item`` stands in ``region``. ``own_phrase``: a prepositional phrase of the
        pattern that follows no word naming the object must be the verb's own, not one hung on
        its object ("attacked a camp for Congolese refugees" is no ATTACK * (FOR), criticism
        "for" something; "ordered the strike on Soleimani" is ORDER * STRIKE (ON))."""
        if isinstance(item, Word):
            if item.text in PATTERN_PARTICLES:
                # "called off the talks", never "called Romney's attacks 'off the deep-end'"
                return any(
                    w == item.text and _particle_use(t)
                    for t, w in zip(region.tokens, region.words, strict=True)
                )
            return _any_form(item.text, region.wordset)
        if isinstance(item, NounPhrase):
            if not _any_form(item.head, region.wordset):
                return False
            return all(
                _any_form(m, region.wordset) or self._synset_word(m, region.wordset)
                for m in item.modifiers
            )
        if isinstance(item, PrepPhrase):
            for t, w in zip(region.tokens, region.words, strict=True):
                if w == item.prep and t.dep_ == "mark":
                    # "for Israel to allow": the for-clause's subject is the phrase's object
                    subj = for_clause_subject(t.head)
                    if subj is None:
                        continue
                    if item.obj is None or isinstance(item.obj, AnyPhrase):
                        return True
                    if self._item_in(item.obj, Region(_np_subtree(subj), region.hidden)):
                        return True
                if w == item.prep and t.dep_ in ("prep", "agent", "dative"):
                    if is_time_phrase(t):
                        continue  # "on Wednesday" dates the event, it is no (ON) phrase
                    if (
                        own_phrase
                        and t.head.dep_ in _OBJECT_DEPS
                        and coarse(t.head.tag_) in ("NOUN", "PROPN")
                    ):
                        continue  # "attacked a camp for refugees": the object's own phrase
                    if item.obj is None or isinstance(item.obj, AnyPhrase):
                        if _gerund_adjunct(t):
                            continue
                        return any(True for _ in t.children)
                    if self._item_in(item.obj, Region(list(t.subtree)[1:], region.hidden)):
                        return True
            return False
        if isinstance(item, SynsetRef):
            # a member whose first word stands in the region, or its plural (_any_form: exactly
            # the region's singulars), followed by the member's other words
            by_first = self._synset_index(item.name)
            return any(
                _phrase_at(member, region.words)
                for word in region.singulars & by_first.keys()
                for member in by_first[word]
            )
        if isinstance(item, AnyPhrase):
            return any(coarse(t.tag_) in ("NOUN", "PROPN", "PRON") for t in region.tokens)
        return False  # P1 role markers cannot match in tree style: the pattern is dead there

    def _buried(self, pattern: VerbPattern, verb: Token, post: Region) -> bool:
        """Whether the pattern's first object word stands only inside a phrase hung on another
        noun of the object by a preposition of BURIED_PREPS: "began her long-awaited testimony
        Wednesday on the Benghazi terror attack" is no BEGIN * &ASSAULT_ACT, "led the
        investigation into the attack" no LEAD * &ASSAULT_ACT (forty-ninth session). An OF
        phrase still counts ("launched a wave of attacks", "ordered the deployment of troops"),
        and so does a phrase of the verb's own ("opened fire on the embassy")."""
        item = pattern.post[0] if pattern.post else None
        if isinstance(item, (NounPhrase, Word)):
            starts = _object_word_tokens(pattern, post)
        elif isinstance(item, SynsetRef):
            by_first = self._synset_index(item.name)
            starts = [
                t
                for k, (t, w) in enumerate(zip(post.tokens, post.words, strict=True))
                if w
                and any(
                    _phrase_at(member, post.words[k : k + len(member)])
                    for f in _singulars(w) & by_first.keys()
                    for member in by_first[f]
                )
            ]
        else:
            return False
        return bool(starts) and all(_under_a_noun_phrase(t, verb) for t in starts)

    def _synset_index(self, name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The members of synonym set ``name`` by first word (the sets run to hundreds of
        members, and a clause holds a few dozen words: look the words up, not the members)."""
        found = self._synsets_by_first.get(name)
        if found is None:
            grouped: dict[str, list[tuple[str, ...]]] = {}
            for member in self.verbs.synsets.get(name, ()):
                if member:
                    grouped.setdefault(member[0], []).append(member)
            found = {word: tuple(members) for word, members in grouped.items()}
            self._synsets_by_first[name] = found
        return found

    def _synset_word(self, word: str, words: frozenset[str]) -> bool:
        if not word.startswith("&"):
            return False
        return any(len(m) == 1 and m[0] in words for m in self.verbs.synsets.get(word, ()))

    # PETRARCH-1 / TABARI style: linear sequences around the verb
    def _match_linear(
        self,
        pattern: VerbPattern,
        verb: Token,
        particle: Sequence[Token],
        actor_tokens: frozenset[int],
    ) -> tuple[tuple[str, int], ...] | None:
        sent = verb.sent
        after_start = (particle[-1].i if particle else verb.i) + 1
        after = [t for t in sent if t.i >= after_start]
        before = [t for t in sent if t.i < verb.i]
        # before the verb: back to the sentence start or the nearest comma
        for k in range(len(before) - 1, -1, -1):
            if before[k].text == ",":
                before = before[k + 1 :]
                break
        slots: list[tuple[str, int]] = []
        got = self._seq(list(pattern.post), after, actor_tokens, slots)
        if got is None:
            return None
        pre_items = list(reversed(pattern.pre))
        if pattern.verb_adjacent and pre_items:
            # "X_*": the last pre item stands right before the verb
            first = pre_items[0]
            if isinstance(first, Word):
                pre_items[0] = Word(first.text, adjacent=True)
        got_pre = self._seq(pre_items, list(reversed(before)), actor_tokens, slots)
        if got_pre is None:
            return None
        return tuple(slots)

    def _seq(
        self,
        items: list[PatternItem],
        tokens: list[Token],
        actor_tokens: frozenset[int],
        slots: list[tuple[str, int]],
    ) -> bool | None:
        pos = 0
        for item in items:
            adjacent = bool(getattr(item, "adjacent", False))
            found = None
            limit = pos + 1 if adjacent else len(tokens)
            for k in range(pos, min(limit, len(tokens))):
                width = self._linear_item(item, tokens, k, actor_tokens)
                if width:
                    found = (k, width)
                    break
            if found is None:
                return None
            k, width = found
            if isinstance(item, ActorSlot):
                slots.append((item.role, tokens[k].i))
            pos = k + width
        return True

    def _linear_item(
        self, item: PatternItem, tokens: list[Token], k: int, actor_tokens: frozenset[int]
    ) -> int:
        tok = tokens[k]
        if isinstance(item, Word):
            return 1 if _word_matches(item.text, tok) else 0
        if isinstance(item, NounPhrase):
            return 1 if _word_matches(item.head, tok) else 0
        if isinstance(item, SynsetRef):
            for member in self.verbs.synsets.get(item.name, ()):
                n = len(member)
                seg = tokens[k : k + n]
                if len(seg) == n and all(
                    _eq_or_plural(member[j], normalise_word(seg[j].text)) for j in range(n)
                ):
                    return n
            return 0
        if isinstance(item, (ActorSlot, AnyPhrase)):
            if tok.i not in actor_tokens:
                return 0
            width = 1
            while k + width < len(tokens) and tokens[k + width].i in actor_tokens:
                width += 1
            return width
        if isinstance(item, PrepPhrase):
            if normalise_word(tok.text) != item.prep:
                return 0
            return 1
        return 0
