"""Coreference for arguments: a pronoun stands for the speaker of its reported clause or the last
person named, "it" in a clause of time or a relative clause for the main clause's one country or
body; "its troops" are the owner's; "the two countries" are the pair the story is about."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventscribe.coding.actors import (
    GROUP_NOUNS,
    OWNER_PRONOUNS,
    PERSON_PRONOUNS,
    ArgumentCoder,
    CodedActor,
)
from eventscribe.coding.context import ArticleContext
from eventscribe.coding.events import subject_of
from eventscribe.coding.lexicon import table
from eventscribe.dictionaries.model import normalise_word
from eventscribe.nlp import coarse

SPEAKER_PRONOUNS = table("SPEAKER_PRONOUNS")
OWNED_STATE_NOUNS = table("OWNED_STATE_NOUNS")
FEMALE_GIVEN_NAMES = table("FEMALE_GIVEN_NAMES")
POSSESSOR_TOPIC_PREPS = table("POSSESSOR_TOPIC_PREPS")
PLACE_PREPS = table("PLACE_PREPS")
PERFORMING_VERBS = table("PERFORMING_VERBS")


def code_argument(
    head: Token,
    coder: ArgumentCoder,
    ctx: ArticleContext,
    other: Sequence[CodedActor] | None,
    *,
    factuality: bool,
) -> list[CodedActor]:
    """The actors an argument stands for: its own phrase's, else what a pronoun, a possessive
    pronoun or "the two countries" refers to. ``other``: the actors on the other side of the verb
    (None for a source); ``factuality``: a pronoun's antecedent must be close and agree in
    gender. A pronoun coordinated with a name stands beside it ("he and the Mexican president",
    "the Mexican president and he"): each conjunct is coded, as a phrase's names are."""
    found = _code_one(head, coder, ctx, other, factuality=factuality)
    pronoun = coarse(head.tag_) == "PRON"
    for conj in head.conjuncts:
        if conj.i == head.i or not (pronoun or coarse(conj.tag_) == "PRON"):
            continue  # a phrase of names codes its own conjuncts
        for actor in _code_one(conj, coder, ctx, other, factuality=factuality):
            if all(actor.code != a.code or actor.start != a.start for a in found):
                found.append(actor)
    return found


def _who_of_a_place(pronoun: Token, antecedent: Token, found: Sequence[CodedActor]) -> Token | None:
    """ "Sen. John McCain of Arizona, who attacked Paul": "who" stands for the one the OF phrase
    places, not the place the parser hung the clause on (forty-second session: Arizona was the
    attacker), when the place codes as a bare country."""
    of = antecedent.head
    if (
        normalise_word(pronoun.text) == "WHO"
        and found
        and all(len(a.code) == 3 for a in found)
        and antecedent.dep_ == "pobj"
        and normalise_word(of.text) == "OF"
        and of.dep_ == "prep"
        and coarse(of.head.tag_) in ("PROPN", "NOUN")
    ):
        return of.head
    return None


def _which_of_a_name(pronoun: Token, antecedent: Token) -> bool:
    """ "which" as the subject of a relative clause on a name that performs an act a noun names
    (PERFORMING_VERBS: "the US, which carried out the drone strike", "the Islamic State, which
    carried out the deadly attacks in Paris"); not on a place an act was in ("the attack on the
    consulate in Benghazi, Libya, which left four Americans dead": the attack's). Other clauses
    of "which" on a name mostly describe ("Russia, which backs Assad", "North Korea, which has
    conducted nuclear tests"), and the labelled sets list few of them (forty-fourth session)."""
    if normalise_word(pronoun.text) != "WHICH" or coarse(antecedent.tag_) != "PROPN":
        return False
    if PERFORMING_VERBS.matches(pronoun.head) is None:
        return False
    node = antecedent
    while node.dep_ in ("appos", "conj", "compound") and node.head.i != node.i:
        node = node.head
    return not (node.dep_ == "pobj" and normalise_word(node.head.text) in PLACE_PREPS)


def _code_one(
    head: Token,
    coder: ArgumentCoder,
    ctx: ArticleContext,
    other: Sequence[CodedActor] | None,
    *,
    factuality: bool,
) -> list[CodedActor]:
    """``code_argument`` for one conjunct."""
    clause = head.head
    if (
        is_relative_pronoun(head)
        and (
            head.dep_ != "nsubj"
            or normalise_word(head.text) == "WHO"
            # "the US, which carried out the drone strike": a name whose clause carries out an
            # act (forty-fourth session; "the attack, which killed" is a thing's, coded as a
            # weapon's by arguments.py)
            or _which_of_a_name(head, clause.head)
        )
        and clause.dep_ == "relcl"
        and clause.head.i != clause.i
    ):
        # "Putin, whom Nemtsov criticized", "Putin, who was criticized by", "Democrats who met
        # with Obama": a relative pronoun stands for the noun the clause modifies
        found = code_argument(clause.head, coder, ctx, other, factuality=factuality)
        placed = _who_of_a_place(head, clause.head, found)
        if placed is not None:
            return code_argument(placed, coder, ctx, other, factuality=factuality)
        return found
    word = normalise_word(head.text)
    if head.tag_ == "PRP$" and head.dep_ == "poss":
        possessor = _possessor(head, word, coder)
        if possessor:
            i = head.i - coder.offset
            return [
                CodedActor(a.code, i, i + 1, a.name, a.entries, a.is_person, "pronoun")
                for a in possessor
            ]
    if coarse(head.tag_) == "PRON" or word in PERSON_PRONOUNS:
        i = head.i - coder.offset
        speaker = _speaker(head, coder) if word in SPEAKER_PRONOUNS else None
        if not speaker and word in ("HE", "SHE", "THEY"):
            speaker = _adverbial_subject(head, word, coder, ctx, factuality)
        if not speaker and word == "IT":
            speaker = _main_subject(head, coder)
        if speaker:
            return [
                CodedActor(a.code, i, i + 1, a.name, a.entries, a.is_person, "pronoun")
                for a in speaker
            ]
        if word in PERSON_PRONOUNS and head.dep_ in OBJECT_DEPS:
            person = _person_named_before(head, word, coder)
            if person is not None:
                return [
                    CodedActor(person.code, i, i + 1, person.name, person.entries, True, "pronoun")
                ]
        if (
            word in PERSON_PRONOUNS
            and ctx.last_person is not None
            # a close antecedent only, this sentence or the one before, of the pronoun's
            # gender
            and (
                not factuality
                or (
                    ctx.sentence - ctx.last_person_at <= 1 and _gender_agrees(word, ctx.last_person)
                )
            )
        ):
            p = ctx.last_person
            return [CodedActor(p.code, i, i + 1, p.name, p.entries, True, "pronoun")]
        return []
    owner = _pronoun_owner(head)
    if owner is not None:
        # "withdrew its troops", "their forces had completed": the pronoun's owner's own
        before = head.i - coder.offset
        found = coder.code(head)
        # "his counterpart Emmanuel Macron": an apposition names who the noun is (forty-fifth
        # session: the target was dropped, then the source's own country implied)
        apposed = {
            t.i - coder.offset for c in head.children if c.dep_ == "appos" for t in c.subtree
        }
        named = [
            a
            for a in found
            if (a.start < before or a.start in apposed) and not a.code.startswith("---")
        ]
        if named:  # "his Russian counterpart": the noun names its own country
            return named
        owned = _owned_by_speaker(head, owner, coder, found)
        if owned is not None:
            return owned
        if other is not None:
            return []  # "withdrew its troops (from Syria)": the source's own, not a target
    actors = coder.code(head)
    if actors and all(a.code.startswith("---") for a in actors):
        # "the two legislatures": an agent without a country may be the story's pair
        return _pair_reference(head, coder, ctx, other) or actors
    if actors:
        return actors
    return _pair_reference(head, coder, ctx, other)


def _owned_by_speaker(
    head: Token, owner: Token, coder: ArgumentCoder, found: Sequence[CodedActor]
) -> list[CodedActor] | None:
    """ "Serbs said their forces had withdrawn": an agent noun owned by a pronoun belongs to
    whoever the pronoun stands for, the speaker of the reported clause; its country is never
    taken from the noun's own phrases ("its troops from Syria" are not Syria's). ``found``:
    what the noun's phrase codes to. None when the owner is not the speaker or the noun is no
    agent."""
    speaker = _speaker(head, coder) if head.dep_ in ("nsubj", "nsubjpass") else []
    if not speaker:
        return None
    i, j = owner.i - coder.offset, head.i - coder.offset + 1
    word = normalise_word(head.text)
    if word in OWNED_STATE_NOUNS:
        # "Putin said his country will not lift the ban": the speaker's country (or its
        # government)
        sector = (OWNED_STATE_NOUNS.get(word) or "").strip("-")
        return [
            CodedActor(c + sector, i, j, None, (), False, "pronoun")
            for c in dict.fromkeys(p.code[:3] for p in speaker if not p.code.startswith("---"))
        ] or None
    agents = [a for a in found if a.via == "agent" or a.code.startswith("---")]
    if not agents:
        return None
    out: list[CodedActor] = []
    for person in speaker:
        for agent in agents:
            code = person.code[:3] + agent.code[3:]
            out.append(CodedActor(code, i, j, None, agent.entries, False, "pronoun"))
    return out


def _speaker(pronoun: Token, coder: ArgumentCoder) -> list[CodedActor]:
    """ "The U.S. said it would ...": a pronoun subject of a reported clause is the speaker,
    the subject of the verb the clause (through xcomp/conj links) is reported by."""
    node = pronoun.head
    climbed = False
    for _ in range(4):
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
        climbed = True
    if not climbed:
        return []
    if normalise_word(pronoun.text) != "WE" and _quoted_apart(pronoun, node):
        # '"He has declined to distinguish ...," writes McCain': in a direct quotation the
        # speaker is "I" or "we"; "he", "she", "it" and "they" are others
        return []
    subj = subject_of(node)
    if subj is None or coarse(subj.tag_) == "PRON":
        return []
    speakers = [a for a in coder.code(subj) if not a.code.startswith("---")]
    word = normalise_word(pronoun.text)
    if word == "THEY" and _one_person_named(subj, speakers, coder):
        return []  # "Cruz said they were shooting Jews": others, not the one who speaks
    if word in ("HE", "SHE") and _one_person_named(subj, speakers, coder):
        # "Pelosi said he had refused": a person of the other gender
        return [a for a in speakers if _gender_agrees(word, a)]
    return speakers


OPENING_QUOTES = frozenset({"“", "``"})
CLOSING_QUOTES = frozenset({"”", "''"})


def _quoted_apart(pronoun: Token, verb: Token) -> bool:
    """Whether a pronoun stands inside a quotation that the verb reporting its clause stands
    outside of: the clause is quoted as spoken, not reported."""
    return _in_quotation(pronoun) and not _in_quotation(verb)


def _in_quotation(tok: Token) -> bool:
    """Whether a token stands between an opening quotation mark of its sentence and its close
    (straight quotes open and close in turn)."""
    inside = False
    for t in tok.sent:
        if t.i >= tok.i:
            break
        if t.text in OPENING_QUOTES:
            inside = True
        elif t.text in CLOSING_QUOTES:
            inside = False
        elif t.text == '"':
            inside = not inside
    return inside


def _one_person_named(subj: Token, speakers: Sequence[CodedActor], coder: ArgumentCoder) -> bool:
    """Whether a subject is one person, by name ("Mr. Cruz said"), not a group of people or a
    body ("officials of the Cruz campaign", "Cruz and Rubio")."""
    if subj.conjuncts or len(speakers) != 1 or not speakers[0].is_person:
        return False
    actor = speakers[0]
    return actor.start <= subj.i - coder.offset < actor.end


def _adverbial_subject(
    pronoun: Token, word: str, coder: ArgumentCoder, ctx: ArticleContext, factuality: bool
) -> list[CodedActor]:
    """ "Obama discussed it when he met Netanyahu", "After he met Kim, Trump said", "The rebels
    fled after they seized the town": "he", "she" or "they" as the subject of a clause of time,
    cause or manner, or of a relative clause ("the letter, which he decried"), stands for the
    subject of the clause it modifies (itself a pronoun of the same word, resolved in turn:
    "Obama said he discussed it when he met"), when that is one person of the pronoun's gender
    ("he", "she") or names a country or body ("they"), and the modified clause names no other
    person ("Obama praised Netanyahu after he won": who won?)."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("advcl", "relcl"):
        return []
    main = clause.head
    if clause.dep_ == "relcl" and not any(is_relative_pronoun(c) for c in clause.children):
        return []  # "the reform he seeks": no relative pronoun, a description, seldom an act
    if clause.dep_ == "relcl":
        # "Biden joined the voices speaking out against the letter, which he decried": the
        # subject of the clause the relative clause's noun is in (fortieth session; before, the
        # last person named, Netanyahu of the sentence before)
        while main.head.i != main.i and not (
            coarse(main.tag_) in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children)
        ):
            main = main.head
    if main.i == clause.i or coarse(main.tag_) not in ("VERB", "AUX"):
        return []
    subj = subject_of(main)
    if subj is None or subj.i == pronoun.i or subj in clause.subtree:
        return []
    if coarse(subj.tag_) == "PRON":
        if normalise_word(subj.text) != word:
            return []
        actors = code_argument(subj, coder, ctx, None, factuality=factuality)
    else:
        actors = coder.code(subj)
    actors = [a for a in actors if not a.code.startswith("---")]
    if word == "THEY":
        actors = [a for a in actors if not a.is_person]
    else:
        actors = [a for a in actors if a.is_person and _gender_agrees(word, a)]
        if len({a.code for a in actors}) != 1:
            return []
    if not actors:
        return []
    skip = {t.i for t in subj.subtree} | {t.i for t in clause.subtree}
    for tok in main.subtree:
        if tok.i in skip or tok.dep_ == "compound" or coarse(tok.tag_) != "PROPN":
            continue
        named = [a for a in coder.code(tok) if not a.code.startswith("---")]
        if any(a.is_person for a in named) or (word == "THEY" and named):
            return []  # another one named beside the subject: the pronoun may be theirs
    return actors


def _main_subject(pronoun: Token, coder: ArgumentCoder) -> list[CodedActor]:
    """ "North Korea has refrained from tests since November, when it tested its largest
    missile": "it" as the subject of a clause of time, cause or a relative clause stands for the
    main clause's subject when that is one country or body, and the main clause names no other
    (not "the U.S. warned Iran after it seized a tanker")."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ not in ("advcl", "relcl"):
        return []
    clause, node = pronoun.head, pronoun.head.head
    subj = None
    for _ in range(5):  # a relative clause hangs on a noun: up to the verb with a subject
        if coarse(node.tag_) in ("VERB", "AUX"):
            subj = subject_of(node)
        if subj is not None or node.head.i == node.i:
            break
        node = node.head
    if subj is None or coarse(subj.tag_) == "PRON":
        return []
    actors = [a for a in coder.code(subj) if not a.code.startswith("---") and not a.is_person]
    if len({a.code[:3] for a in actors}) != 1:
        return []
    subject_tokens = {t.i for t in subj.subtree}
    clause_tokens = {t.i for t in clause.subtree}
    others = [
        t
        for t in node.subtree
        if t.i not in subject_tokens
        and t.i not in clause_tokens
        and (m := coder.match_at(t)) is not None
        # a body named by an agent word too ("The ACLU said the government failed to tell them,
        # something it had promised the judge": whose promise?)
        and (m.actors or m.agent is not None)
    ]
    return [] if others else actors


def _venues(head: Token, coder: ArgumentCoder) -> frozenset[str]:
    """The countries of the places the clause of ``head`` puts its act in (PLACE_PREPS): "the two
    leaders met privately for two hours in the Finnish capital Helsinki" were no Finnish leaders,
    however often the story names the summit's host (forty-ninth session)."""
    verb = head.head
    own = {t.i for t in head.subtree}
    out: set[str] = set()
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.i in own or PLACE_PREPS.matches(prep) is None:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                out.update(a.code[:3] for a in coder.code(obj) if a.code[:3].isalpha())
    return frozenset(out)


def _pair_reference(
    head: Token,
    coder: ArgumentCoder,
    ctx: ArticleContext,
    other: Sequence[CodedActor] | None,
) -> list[CodedActor]:
    """ "the two countries", "both sides": the pair the story is about, less the other party."""
    word = normalise_word(head.text)
    if word not in GROUP_NOUNS:
        return []
    mods = {normalise_word(c.text) for c in head.children}
    if not ({"TWO", "BOTH"} & mods):
        return []
    if other and len({a.code for a in other}) >= 2:
        # "Congress and President Obama agreed ..., if the two sides couldn't agree": the two
        # the sentence names on the other side, not the story's pair of countries
        return []
    pair = ctx.pair(_venues(head, coder))
    if pair is None:
        return []
    sector = GROUP_NOUNS[word]
    countries = list(pair)
    if other:
        mine = {a.code[:3] for a in other}
        countries = [c for c in countries if c not in mine]
        if len(countries) != 1:
            return []
    i = head.i - coder.offset
    return [CodedActor(c + sector, i, i + 1, None, (), False, "pair") for c in countries]


def _possessor(pronoun: Token, word: str, coder: ArgumentCoder) -> list[CodedActor]:
    """ "Giuliani was persistent in his calls for Ukraine to ...", "Merkel said her talks with
    Putin were useful", "Russia defended its airstrikes": a possessive pronoun on a noun of a
    clause whose subject is named before it stands for that subject, when it agrees: "his" and
    "her" a person of that gender, "its" and "their" a country or a body. Nothing otherwise."""
    node = pronoun.head
    if node.dep_ == "pobj" and normalise_word(node.head.text) in POSSESSOR_TOPIC_PREPS:
        return []  # "expressed optimism about his summit with Kim": a topic, perhaps to come
    for _ in range(6):  # the noun, its preposition, up to the clause's verb
        if coarse(node.tag_) in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if coarse(node.tag_) not in ("VERB", "AUX"):
        return []
    # the verb's own subject: not one inherited through an infinitive ("daring the military to
    # make good on its threat" is the military's threat, not the darer's)
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > pronoun.i or coarse(subject.tag_) == "PRON":
        return []
    if any(
        coder.match_at(t) is not None for t in pronoun.doc[subject.right_edge.i + 1 : pronoun.i]
    ):
        return []  # "the Security Council deliberated after North Korea's launch and its test":
        # another actor named nearer the pronoun
    actors = [a for a in coder.code(subject) if not a.code.startswith("---")]
    if word in ("HIS", "HER"):
        person = "HE" if word == "HIS" else "SHE"
        actors = [a for a in actors if a.is_person and _gender_agrees(person, a)]
    else:
        actors = [a for a in actors if not a.is_person]
    return actors


def _gender_agrees(pronoun: str, person: CodedActor) -> bool:
    """ "she"/"her" stands only for a person whose given name is a woman's (FEMALE_GIVEN_NAMES);
    "he"/"him" never does."""
    given = (person.name or "").replace(" ", "_").split("_")[0]
    female = given in FEMALE_GIVEN_NAMES
    return female if pronoun in ("SHE", "HER") else not female


OBJECT_DEPS = ("dobj", "iobj", "dative", "pobj")


def _person_named_before(pronoun: Token, word: str, coder: ArgumentCoder) -> CodedActor | None:
    """ "After Netanyahu announced new homes, Trump asked him to delay": an object pronoun stands
    for the nearest person named before it in its sentence, of its gender, who is not the subject
    of its own clause or the owner of its noun (a pronoun object is never its clause's subject:
    "Trump asked him" is not Trump; "Trump's criticism of him" not Trump's). None when no one
    such is named."""
    clause = pronoun.head
    while clause.dep_ == "prep" and clause.head.i != clause.i:
        clause = clause.head
    subject = subject_of(clause)
    own = set(subject.subtree) if subject is not None else set()
    for child in clause.children:
        if child.dep_ == "poss":  # "Trump's criticism of him" is not Trump's of himself
            own |= set(child.subtree)
    for tok in reversed(list(coder.sent[: pronoun.i - coder.offset])):
        if tok in own or tok.dep_ == "compound" or coarse(tok.tag_) != "PROPN":
            continue
        people = [a for a in coder.code(tok) if a.is_person and not a.code.startswith("---")]
        if len(people) == 1 and _gender_agrees(word, people[0]):
            return people[0]
    return None


def _pronoun_owner(head: Token) -> Token | None:
    """The possessive pronoun of a common noun ("its troops", "their forces"), if any."""
    if coarse(head.tag_) != "NOUN":
        return None
    for child in head.children:
        if child.dep_ == "poss" and normalise_word(child.text) in OWNER_PRONOUNS:
            return child
    return None


def is_relative_pronoun(tok: Token) -> bool:
    """ "who", "whom", "which", "that" opening a relative clause (the parser's WP, WDT)."""
    return tok.tag_ in ("WP", "WDT")
