"""Events named by a noun: "Pompeo's visit to North Korea", "U.S. sanctions on Russia", "a bombing
in Kabul". The noun's possessive, adjective, compound or BY phrase names the source; its ON,
AGAINST, TO, WITH, FOR or OF phrase the target. Nouns whose act has not happened ("a possible
meeting", "planned sanctions", a noun under a modal, a plan or a question) name no event.
Tables EVENT_NOUNS, NOMINAL_NOT_DONE, NOMINAL_NOT_YET, NOMINAL_UNREAL_HEADS and
NOMINAL_PREVENTING_VERBS of ``coding/data/lexicon.txt``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventscribe.coding.events import TIME_WORDS, is_time_phrase, subject_of
from eventscribe.coding.lexicon import Table, table
from eventscribe.coding.modality import Modality, lemma_keys, modality_of
from eventscribe.dictionaries.model import normalise_word
from eventscribe.nlp import coarse, token_lemma

EVENT_NOUNS = table("EVENT_NOUNS")
VICTIM_VERBS = table("VICTIM_VERBS")
NOMINAL_NOT_DONE = table("NOMINAL_NOT_DONE")
NOMINAL_FUTURE_TIMES = table("NOMINAL_FUTURE_TIMES")
DATING_NOUNS = table("DATING_NOUNS")
BRACING_VERBS = table("BRACING_VERBS")
COPULAS = table("COPULAS")
NOMINAL_NOT_YET = table("NOMINAL_NOT_YET")
NOMINAL_UNREAL_HEADS = table("NOMINAL_UNREAL_HEADS")
UNSEEN_HEADS = table("UNSEEN_HEADS")
NOMINAL_PREVENTING_VERBS = table("NOMINAL_PREVENTING_VERBS")
STANCE_VERBS = table("NOMINAL_STANCE_VERBS")
WEAPON_NOUNS = table("WEAPON_NOUNS")
MEANS_PREPS = frozenset({"in", "by", "during"})
COMPOUND_DOERS = table("COMPOUND_DOERS")
PATIENT_POSSESSOR_NOUNS = table("PATIENT_POSSESSOR_NOUNS")
OF_DOER_NOUNS = table("OF_DOER_NOUNS")
SOURCE_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
TARGET_PREPS = table("EVENT_NOUN_TARGET_PREPS")
VERB_TARGET_PREPS = table("TARGET_PREPS")
MISSION_PLACE_PREPS = table("MISSION_PLACE_PREPS")
FOREIGN_MISSION_NOUNS = table("FOREIGN_MISSION_NOUNS")
COMPLEMENT_TARGET_ROOTS = table("COMPLEMENT_TARGET_ROOTS")
PARTAKING_PREPS = table("PARTAKING_PREPS")
PRESS_WORDS = table("PRESS_WORDS")
CALLED_FOR_VERBS = table("CALLED_FOR_VERBS")
FROM_SOURCE_ROOTS = table("EVENT_NOUN_FROM_SOURCE_ROOTS")
RECEIVED_ACT_VERBS = table("RECEIVED_ACT_VERBS")
KIND_ADJECTIVES = table("KIND_ADJECTIVES")
RECEIVED_ACT_ROOTS = table("RECEIVED_ACT_ROOTS")
SAY_LEMMAS = table("SAY_LEMMAS")
ORDERING_VERBS = table("ORDERING_VERBS")
PERFORMING_VERBS = table("PERFORMING_VERBS")
PARTAKING_VERBS = table("PARTAKING_VERBS")
ATTACK_ON_PREPS = table("ATTACK_ON_PREPS")
MEASURE_NOUNS = table("MEASURE_NOUNS")
STATISTIC_NOUNS = table("STATISTIC_NOUNS")
PERFORMED_ROOTS = table("PERFORMED_ROOTS")
DEPLOYMENT_ROOTS = table("DEPLOYMENT_ROOTS")
AGAINST_PREFIXES = table("AGAINST_PREFIXES")
ALIGNED_PREFIXES = table("ALIGNED_PREFIXES")
VICTIM_ROOTS = table("VICTIM_ROOTS")
LIFE_WORDS = table("LIFE_WORDS")
CLAIMING_VERBS = table("CLAIMING_VERBS")
CLAIMED_NOUNS = table("CLAIMED_NOUNS")
UNDER_FRAME_VERBS = table("UNDER_FRAME_VERBS")
SCHEDULE_HEADS = table("SCHEDULE_HEADS")


@dataclass(frozen=True)
class EventNoun:
    """An event noun found in a sentence, with the tokens that may name its actors."""

    token: Token
    code: str
    origin: str  # lexicon.txt:LINE
    sources: tuple[Token, ...]
    targets: tuple[Token, ...]
    modality: Modality
    # the subject of the verb that receives the act, when its own phrases name no target
    # ("Northam defied calls from his party"): its target if it names a country
    receiver: Token | None = None
    # the verb the noun is the object of, directly or through a measure of it (``taking_verb``)
    taker: Token | None = None
    # a meeting's: the subject of the clause it is the time or place of (``_partaker``), who
    # met when the noun's own modifiers name no one ("during a private meeting with Xi")
    partakers: tuple[Token, ...] = ()
    # the subject of the verb that orders the act (ORDERING_VERBS), who did it when the noun's
    # own modifiers name no actor ("Obama authorized 2,800 drone strikes": no drone did)
    orderer: Token | None = None


VIOLENT_ROOTS = ("18", "19", "20")
COERCIVE_ROOTS = ("17", "18", "19", "20")


def names_attack(tok: Token) -> bool:
    """Whether a noun names an attack (EVENT_NOUNS of CAMEO 18-20: "attack", "bombing")."""
    if coarse(tok.tag_) != "NOUN":
        return False
    code = EVENT_NOUNS.get(token_lemma(tok))
    return code is not None and code[:2] in VIOLENT_ROOTS


def doer_modifiers(noun: Token) -> tuple[Token, ...]:
    """The modifiers of an act's noun that name its doer: a possessive or a nationality
    adjective; a compound only for nouns whose compound is the doer (COMPOUND_DOERS: "U.S.
    sanctions", not "the Russia probe"); not a name "anti-" makes the act's target, nor an
    adjective of the act's kind (KIND_ADJECTIVES: "a criminal investigation")."""
    doer_compound = COMPOUND_DOERS.matches(noun) is not None
    return tuple(
        c
        for c in noun.children
        if c.i < noun.i
        and c.dep_ in SOURCE_DEPS
        and (doer_compound or c.dep_ == "poss" or coarse(c.tag_) == "ADJ")
        and not against_prefixed(c)
        and (c.dep_ == "poss" or KIND_ADJECTIVES.matches(c) is None)
    )


def against_prefixed(tok: Token) -> bool:
    """Whether a word follows a prefix and a hyphen that make it what its phrase is against
    ("anti-U.S. protests", "anti-Putin demonstrators"; AGAINST_PREFIXES)."""
    return _hyphen_prefix(tok) in AGAINST_PREFIXES


def aligned_prefixed(tok: Token) -> bool:
    """Whether a word follows a prefix and a hyphen that make it what its phrase sides with
    ("pro-Russian separatists", "pro-Assad forces"; ALIGNED_PREFIXES): no country of the phrase's
    own, nor its act's target."""
    return _hyphen_prefix(tok) in ALIGNED_PREFIXES


def _hyphen_prefix(tok: Token) -> str:
    """The prefix joined to a word by a hyphen with no space ("anti-U.S.": ANTI), or ""."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
        return ""
    prefix = doc[tok.i - 2]
    return "" if prefix.whitespace_ else prefix.text.upper()


def violent_noun_forms() -> frozenset[str]:
    """The written forms (singular and plural) of the event nouns that name violence ("the
    shooting in Charleston", "the Paris attacks"): a sentence with one and a place is worth
    parsing even when it names no actor, as the place gives the act its country."""
    forms: set[str] = set()
    for key in EVENT_NOUNS:
        code = EVENT_NOUNS.get(key) or ""
        if "+" in key or ":" in key or not code.startswith(VIOLENT_ROOTS):
            continue
        forms.update((key, key + "S", key + "ES"))
    return frozenset(forms)


def _governor(noun: Token) -> Token | None:
    """The verb whose clause the noun belongs to."""
    node = noun
    for _ in range(6):
        if node.head.i == node.i:
            return node if coarse(node.tag_) in ("VERB", "AUX") else None
        node = node.head
        if coarse(node.tag_) in ("VERB", "AUX"):
            return node
    return None


def _not_done(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ == "npadvmod" and (
            NOMINAL_FUTURE_TIMES.matches(child) is not None
            or any(
                g.dep_ in ("amod", "det") and NOMINAL_FUTURE_TIMES.matches(g) is not None
                for g in child.children
            )
        ):
            return f"{child.text} (still to come)"  # "his visit to the United States next month"
        word = NOMINAL_NOT_DONE.matches(child)
        if word is not None and child.dep_ in ("amod", "det", "compound", "advmod"):
            return word
        if child.dep_ in ("compound", "nmod", "npadvmod") and child.i < noun.i:
            # "a planned June 12 meeting": the parser hangs "planned" on the date
            for grand in child.children:
                word = NOMINAL_NOT_DONE.matches(grand)
                if word is not None and grand.dep_ in ("amod", "compound"):
                    return word
    if noun.dep_ == "nsubj" and COPULAS.matches(noun.head) is not None:
        for pred in noun.head.children:
            word = NOMINAL_NOT_DONE.matches(pred)
            if (
                word is not None
                and pred.dep_ in ("acomp", "attr")
                # "Trump's threat ... is likely to exacerbate tensions": what it will do
                and not any(c.dep_ == "xcomp" for c in pred.children)
            ):
                # "an attack on the South is unlikely", "a missile test by the North remains highly
                # likely" (forty-seventh session: REMAIN, SEEM, APPEAR too)
                return f"{word} (its predicate)"
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and coarse(noun.head.head.tag_) == "NOUN":
        subject = noun.head.head  # "a new round of talks ... is set for Friday"
    if subject.dep_ in ("nsubj", "nsubjpass"):
        # "Trump's meeting with Putin is expected to cover Syria", "the talks are set to
        # resume": an act the writer says is to come (SCHEDULE_HEADS); not "Trump's threat ...
        # is likely to exacerbate tensions", a threat made whose effect is predicted; "talks
        # ... set for Friday", "scheduled for next week": a time it is set for (forty-sixth
        # session)
        head = subject.head
        heads = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr"))]
        for word_head in heads:
            word = SCHEDULE_HEADS.matches(word_head)
            if word is not None and any(
                c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for" and is_time_phrase(c))
                for c in word_head.children
            ):
                return f"{word} (a prediction)"
    if noun.dep_ in ("dobj", "nsubjpass") and (
        NOMINAL_PREVENTING_VERBS.matches(noun.head)
        or any(k in NOMINAL_PREVENTING_VERBS for k in lemma_keys(noun.head))
    ):
        # "attacks have been thwarted", "called off his visit to Denmark"
        return f"{noun.head.text} (prevented, planned or called off)"
    if (
        noun.dep_ == "dobj"
        and noun.head.tag_ in ("VB", "VBP", "VBZ")
        and STANCE_VERBS.matches(noun.head) is not None
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    ):
        return f"{noun.head.text} (a course of action favoured or opposed)"  # "support airstrikes"
    prep = noun.head
    if noun.dep_ == "pobj" and coarse(prep.head.tag_) == "NOUN" and of_unreal_head(prep):
        return f"{prep.head.text} {prep.text}"  # "the threat of an attack": feared, not done
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.i != prep.i
        and DATING_NOUNS.matches(prep.head) is not None
    ):
        # "the 11th anniversary of the 9/11 attacks": an act recalled to date another
        # (forty-sixth session)
        return f"{prep.head.text} {prep.text} (a date, no event)"
    if (
        noun.dep_ == "pobj"
        and prep.text.upper() == "FOR"
        and CALLED_FOR_VERBS.matches(prep.head) is not None
    ):
        return f"{prep.head.text} {prep.text}"  # "had called for the largest march": asked for
    awaited = noun
    if noun.dep_ == "pobj" and prep.lower_ == "of" and coarse(prep.head.tag_) == "NOUN":
        awaited = prep.head  # "a second day of violent protests"
    if (
        awaited.dep_ == "pobj"
        and awaited.head.lower_ == "for"
        and awaited.head.head.i != awaited.head.i
        and BRACING_VERBS.matches(awaited.head.head) is not None
    ):
        # "US missions across the Middle East are braced for a second day of violent protests":
        # awaited, still to come (forty-seventh session)
        return f"{awaited.head.head.text} {awaited.head.text}"
    start = noun.left_edge.i
    before = " ".join(t.text.upper() for t in noun.doc[max(0, start - 4) : start])
    for phrase in NOMINAL_NOT_YET:
        if before.endswith(phrase.replace("_", " ")):
            return phrase  # "ahead of the meeting between the two leaders": still to come
    return None


def _sense(noun: Token, key: str) -> str:
    """The EVENT_NOUNS entry for the noun in its phrase: MODIFIER+NOUN for a compound or
    adjective modifier, else NOUN:PREP for a preposition it governs (or NOUN:INF for an
    infinitive, NOUN:HARM for a relative clause saying whom it harmed), else the noun's own."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i:
            for word in (normalise_word(child.text), token_lemma(child).upper()):
                if f"{word}+{key}" in EVENT_NOUNS:
                    return f"{word}+{key}"
    # "a call on Pyongyang to refrain" (CALL:ON), not "a call on Sunday"
    preps = [
        normalise_word(c.text) for c in noun.children if c.dep_ == "prep" and not is_time_phrase(c)
    ]
    if _infinitive(noun):
        preps.insert(0, "INF")  # "calls to arm the rebels": a to-infinitive complement
    if _harming_clause(noun):
        preps.insert(0, "HARM")  # "the strike that killed Soleimani": what struck harmed
    # a plural's written form first ("calls from his party": CALLS:FROM), then the lemma's
    written = normalise_word(noun.text)
    bases = (written, key) if written != key else (key,)
    return next((f"{b}:{p}" for p in preps for b in bases if f"{b}:{p}" in EVENT_NOUNS), key)


def _mistagged_noun(tok: Token) -> bool:
    """A noun the tagger read as a present-tense verb, which the parser still hangs as a noun:
    the object of a preposition, a verb's object or subject, after a determiner, a possessive or
    a modifier ("Despite a United Nations call for an immediate cease-fire", "with growing GOP
    calls for more heads to roll", "after the Baltimore riots")."""
    return (
        tok.tag_ in ("VB", "VBP", "VBZ")
        and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        and any(c.dep_ in ("det", "poss", "compound", "amod") and c.i < tok.i for c in tok.children)
    )


def _harming_clause(noun: Token) -> bool:
    """Whether a noun's relative clause says it harmed someone: its relative pronoun is the
    subject of a verb of VICTIM_VERBS ("the strike that killed Soleimani", "a strike which
    wounded two soldiers"); the sense NOUN:HARM of EVENT_NOUNS."""
    return any(
        c.dep_ == "relcl"
        and VICTIM_VERBS.matches(c) is not None
        and any(g.dep_ == "nsubj" and g.tag_ in ("WDT", "WP") for g in c.children)
        for c in noun.children
    )


def _infinitive(noun: Token) -> bool:
    """Whether a noun has a to-infinitive complement ("calls to arm the rebels")."""
    return any(
        c.dep_ in ("acl", "relcl", "xcomp")
        and c.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children
    )


def _complement_targets(noun: Token) -> list[Token]:
    """The objects of a noun's to-infinitive complement, and of its target prepositions
    (TARGET_PREPS), through nested infinitives ("a threat to try to seize a tanker")."""
    out: list[Token] = []
    frontier = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "relcl", "xcomp")
        and c.tag_ == "VB"
        and c.i > noun.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    for _depth in range(3):
        nxt: list[Token] = []
        for verb in frontier:
            for child in verb.children:
                if child.dep_ in ("dobj", "dative") and coarse(child.tag_) != "ADP":
                    out.append(child)
                elif child.dep_ == "xcomp" and child.tag_ == "VB":
                    nxt.append(child)
                elif child.dep_ == "ccomp" and child.tag_ == "VB":
                    # "refusal to allow NATO forces to ship supplies": who is let do it
                    out.extend(c for c in child.children if c.dep_ == "nsubj")
                elif (
                    child.dep_ in ("prep", "dative")
                    and normalise_word(child.text) in VERB_TARGET_PREPS
                ):
                    out.extend(c for c in child.children if c.dep_ == "pobj")
        frontier = nxt
    return out


def means_nouns(tok: Token, nouns: Table) -> Iterator[Token]:
    """The nouns of ``nouns`` a harm verb or noun says it was done in, by or during ("killed in
    a drone strike", "wounded during clashes", "the killing of Soleimani in a U.S. airstrike")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in MEANS_PREPS:
            for noun in prep.children:
                if noun.dep_ == "pobj" and nouns.matches(noun) is not None:
                    yield noun


def _means_doers(noun: Token) -> tuple[Token, ...]:
    """The doer modifiers of the attack a harming noun says it was done in or by ("the killing
    of Soleimani in a U.S. airstrike" -> U.S.; WEAPON_NOUNS, ``doer_modifiers``)."""
    for means in means_nouns(noun, WEAPON_NOUNS):
        doers = doer_modifiers(means)
        if doers:
            return doers
    return ()


def _receiver(noun: Token) -> Token | None:
    """The subject of the verb an act named by a noun is received by: "Northam defied calls
    from his party", "Republicans gave in to Democratic demands", "came under criticism from",
    "despite calls from the EU, the British government said" (RECEIVED_ACT_VERBS). None
    otherwise."""
    head = noun.head
    verb: Token | None = None
    if noun.dep_ == "dobj" and RECEIVED_ACT_VERBS.matches(head) is not None:
        verb = head
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        word = normalise_word(head.text)
        governor = head.head
        despite = (
            word == "DESPITE"
            and coarse(governor.tag_) in ("VERB", "AUX")
            and SAY_LEMMAS.matches(governor) is None
        )
        if despite or f"{token_lemma(governor).upper()}:{word}" in RECEIVED_ACT_VERBS:
            verb = governor
    if verb is None or (
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # "appealed to the American people to reject Obama's calls": whoever is to reject them
        # is the one appealed to, which the controlling verb's subject is not
        return None
    subject = subject_of(verb)
    return None if subject is None or subject.i == noun.i else subject


def _under_frame(noun: Token) -> Token | None:
    """Whoever is "under" the act a noun names (UNDER_FRAME_VERBS): the subject of "came under
    attack", "is under investigation", "remains under siege", the object of "placed Navalny
    under house arrest" (the subject when passive), the noun of "a country under attack". None
    otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or normalise_word(prep.text) != "UNDER":
        return None
    governor = prep.head
    if governor.i == prep.i:
        return None
    if coarse(governor.tag_) in ("NOUN", "PROPN"):
        return governor  # "a country under attack since 2014"
    key = UNDER_FRAME_VERBS.matches(governor)
    if key is None:
        return None
    value = UNDER_FRAME_VERBS.get(key)
    if value == "object":
        obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    return subject_of(governor)


def _under_doer(noun: Token, receiver: Token | None) -> Token | None:
    """The subject of a verb that puts its object, the ``receiver`` ``_under_frame`` found, under
    the act ("police placed Navalny under house arrest": the police), who did it."""
    governor = noun.head.head
    if receiver is None or receiver.dep_ != "dobj" or receiver.head.i != governor.i:
        return None
    return subject_of(governor)


def event_nouns(sent: Span, skip: frozenset[int]) -> Iterator[EventNoun | tuple[Token, str]]:
    """Each event noun of the sentence (not in ``skip``): an ``EventNoun``, or (token, reason)
    when the noun's act has not happened."""
    for tok in sent:
        if tok.i in skip or not (coarse(tok.tag_) == "NOUN" or _mistagged_noun(tok)):
            continue
        key = EVENT_NOUNS.matches(tok)
        if key is None:
            continue
        # a sense by the noun's modifier ("a missile test", MODIFIER+NOUN) or its preposition ("a
        # call for a ceasefire", NOUN:PREP); a noun listed with "-" names an act only so
        key = _sense(tok, key)
        code = EVENT_NOUNS.get(key) or ""
        if code == "-":
            continue
        reason = _not_done(tok)
        if (
            reason is None
            and tok.dep_ == "compound"
            and tok.head.i > tok.i
            and coarse(tok.head.tag_) == "NOUN"
            and EVENT_NOUNS.matches(tok.head) is None
        ):
            # "the Boston bombing suspect", "the detention center", "the threat level": a kind
            # of thing named by an act, no act reported (fortieth session: 10 of 11 such
            # candidates of the labelled sets wrong; "the Orlando shooting massacre" stays)
            reason = f"a modifier of {tok.head.text}"
        if reason is None and counted(tok):
            reason = "counted by a statistic"
        verb = _governor(tok)
        modality = modality_of(verb) if verb is not None else Modality()
        if reason is None and verb is not None:
            if (
                modality.negated
                or modality.no_object == tok.i  # "reached no agreement"
                or modality.hypothetical
                or modality.question
            ):
                reason = "its clause is negated, hypothetical or a question"
            elif modality.future or modality.plan or modality.opinion or modality.habitual:
                reason = "its clause is a plan, a future, an opinion or a habit"
        taker = taking_verb(tok)
        if (
            reason is None
            and taker is not None
            and _performed(taker, code)
            and _not_done_yet(taker)
        ):
            # "urged the army to launch an offensive": an act still to be performed
            reason = "what a verb in its base form is to perform"
        if reason is not None:
            yield tok, reason
            continue
        sources = doer_modifiers(tok)
        under = _under_frame(tok)
        if under is not None and under.i == tok.head.head.i and code[:2] not in COERCIVE_ROOTS:
            under = None  # "its obligations under the agreement": no one under an agreement
        if not sources and (doer := _under_doer(tok, under)) is not None:
            sources = (doer,)
        # "anti-U.S. protests", "anti-Morsi demonstrations": aimed at the name, done by others
        targets: list[Token] = [
            c for c in tok.children if c.i < tok.i and c.dep_ in SOURCE_DEPS and against_prefixed(c)
        ]
        for prep in tok.children:
            if prep.dep_ != "prep" or is_time_phrase(prep):
                continue  # "a demonstration in Lagos on May 1": a time, no target
            word = normalise_word(prep.text)
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if word == "BY":
                if code[:2] == "04":
                    # "the Saudi visit by Pompeo": with its visitor named, a meeting's
                    # nationality adjective is where it was held, the side met
                    targets.extend(c for c in sources if c.dep_ == "amod")
                    sources = tuple(c for c in sources if c.dep_ != "amod")
                sources = (*sources, *objects)
                # "the Jan. 3 killing by the U.S. of General Qassem Soleimani", parsed with the
                # OF phrase on the doer: a person it names (a name of several words) is the
                # noun's own object; "the Islamic State of Iraq" is one name (forty-ninth
                # session)
                targets.extend(
                    o
                    for obj in objects
                    if coarse(obj.tag_) == "PROPN"
                    for o in of_objects(obj)
                    if coarse(o.tag_) == "PROPN"
                    and any(c.dep_ == "compound" and coarse(c.tag_) == "PROPN" for c in o.children)
                )
                # "attacks by Iranian-backed rebels in Yemen on Saudi Arabia", parsed with the ON
                # phrase inside the doer's: whom the attack is on (ATTACK_ON_PREPS)
                targets.extend(
                    o
                    for obj in objects
                    for p in obj.subtree
                    if p.dep_ == "prep"
                    and p.head.i != tok.i
                    and ATTACK_ON_PREPS.matches(p) is not None
                    and not is_time_phrase(p)
                    for o in p.children
                    if o.dep_ == "pobj"
                )
            elif word == "BETWEEN":
                # "a meeting between X and Y": each is a party
                sources = tuple(o for obj in objects for o in (obj, *obj.conjuncts))
            elif word == "FROM" and (code[:2] in FROM_SOURCE_ROOTS or under is not None):
                # "criticism from Republicans", "came under attack from Islamic State fighters"
                sources = (*sources, *objects)
            elif (
                word == "OF"
                and (code[:2] in ("04", "05") or OF_DOER_NOUNS.matches(tok) is not None)
                and not sources
            ):
                # "the visit of the Chinese president", "the resignation of Mr. Cohn"
                sources = tuple(objects)
            elif word in TARGET_PREPS and not (word == "AT" and code[:2] == "04"):
                # "a meeting at the Pentagon" is placed there, met with no one
                targets.extend(objects)
            elif (
                code[:2] == "14"
                and word in MISSION_PLACE_PREPS
                and any(FOREIGN_MISSION_NOUNS.matches(o) is not None for o in objects)
            ):
                # "protests outside the U.S. Embassy in Cairo": aimed at the mission's country
                # (forty-fifth session, as arguments._at_a_mission for verbs)
                targets.extend(objects)
        if (
            code[:2] in FROM_SOURCE_ROOTS
            and tok.dep_ == "dobj"
            and RECEIVED_ACT_VERBS.matches(tok.head) is not None
        ):
            # "Trump's remarks drew sharp criticism from China", parsed with "from China" on
            # the verb: whom it came from
            sources += tuple(
                o
                for prep in tok.head.children
                if prep.dep_ == "prep" and normalise_word(prep.text) == "FROM"
                for o in prep.children
                if o.dep_ == "pobj"
            )
        # "Thursday's attack", "last week's meeting": a possessive time says when, not who
        sources = tuple(c for c in sources if normalise_word(c.text) not in TIME_WORDS)
        if PATIENT_POSSESSOR_NOUNS.matches(tok) is not None and not _of_object(tok):
            # "Soleimani's killing", "Navalny's arrest": the possessive is whom it was done to
            targets = [c for c in sources if c.dep_ == "poss"] + targets
            sources = tuple(c for c in sources if c.dep_ != "poss")
        if not targets and any(c.dep_ == "poss" for c in sources):
            # "Mueller's Russia investigation", "the counsel's Iran probe": with a possessive
            # doer, a name compounded with the noun is what the act is aimed at
            targets.extend(
                c
                for c in tok.children
                if c.i < tok.i
                and c.dep_ == "compound"
                and coarse(c.tag_) == "PROPN"
                and c not in sources
            )
        if not targets and code[:2] in COMPLEMENT_TARGET_ROOTS:
            # "a threat by Iran to seize a British oil tanker", "Pakistan's refusal to allow NATO
            # forces": the act the noun's infinitive names is aimed where the verb's would be
            targets.extend(_complement_targets(tok))
        if not targets and code[:2] in VICTIM_ROOTS:
            # "the attacks in Benghazi that killed four Americans": whom the attack's relative
            # clause says it killed or hit is its target
            targets.extend(_victims(tok))
        partakers = _partaker(tok) if code[:2] == "04" else ()
        if not sources:
            sources = partakers
        if not sources and code[:2] in VIOLENT_ROOTS:
            # "the killing of Soleimani in a U.S. airstrike": the doer the means names, as for a
            # verb ("was killed in a U.S. drone strike", ``arguments._means_doer``)
            sources = _means_doers(tok)
        if not sources and code[:2] in VIOLENT_ROOTS:
            # "the Islamic State group claimed responsibility for the bombing": its claimer did it
            claimer = claimer_of(tok)
            sources = () if claimer is None else (claimer,)
        ordered = (
            taker is not None
            and ORDERING_VERBS.matches(taker) is not None
            and code[:2] not in DEPLOYMENT_ROOTS
        )
        orderer = subject_of(taker) if ordered and taker is not None else None
        if (
            not sources
            and taker is not None
            and (ordered or _performed(taker, code))
            and code[:2] not in DEPLOYMENT_ROOTS
        ):
            # "Obama authorized airstrikes in Iraq", "Egypt's military carried out a series of
            # airstrikes": the one who ordered or performed the act did it, not unnamed attackers
            # of the place (a deployment's OF phrase names whose forces move: "authorized the
            # deployment of Egyptian reinforcements")
            doer = subject_of(taker)
            sources = () if doer is None else (doer,)
        receiver = under
        if receiver is None and sources and code[:2] in RECEIVED_ACT_ROOTS:
            # "Northam defied calls from his party"; a FOR phrase may name what was called for,
            # no actor ("despite a UN call for a ceasefire"): candidates.py takes the receiver
            # when no target phrase names an actor
            receiver = _receiver(tok)
        yield EventNoun(
            tok,
            code,
            EVENT_NOUNS.origin(key),
            sources,
            tuple(targets),
            modality,
            receiver,
            taker,
            partakers,
            orderer,
        )


def meeting_to_come(verb: Token) -> str | None:
    """The word that makes a meeting the verb's object names one still to come ("Trump also
    addressed his upcoming summit with Putin", "discussed the planned talks": NOMINAL_NOT_DONE),
    or None. Not FURTHER: "held further talks" held them."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or coarse(obj.tag_) != "NOUN":
            continue
        key = EVENT_NOUNS.matches(obj)
        if key is None or not (EVENT_NOUNS.get(_sense(obj, key)) or "").startswith("04"):
            continue
        for child in obj.children:
            if child.dep_ in ("amod", "compound") and child.i < obj.i:
                word = NOMINAL_NOT_DONE.matches(child)
                if word is not None and word != "FURTHER":
                    return word
    return None


def counted(noun: Token) -> bool:
    """Whether an event noun is what a statistic counts (STATISTIC_NOUNS): "the number of
    attacks", "the rate of mass shootings", "the number of attacks and bombings"."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or normalise_word(prep.text) != "OF" or prep.head.i == prep.i:
        return False
    head = prep.head
    entry = STATISTIC_NOUNS.matches(head)
    if entry is None:
        return False
    needed = STATISTIC_NOUNS.get(entry)
    return not needed or any(
        c.dep_ == "det" and normalise_word(c.text) == needed for c in head.children
    )


def _of_object(noun: Token) -> bool:
    """Whether an OF phrase of the noun names an object ("the arrest of the crew")."""
    return bool(of_objects(noun))


def of_objects(tok: Token) -> list[Token]:
    """The objects of the token's OF phrases ("the arrest of the crew": crew)."""
    return [
        o
        for prep in tok.children
        if prep.dep_ == "prep" and normalise_word(prep.text) == "OF"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def _victims(noun: Token) -> list[Token]:
    """The objects of a relative clause on the noun, with the noun (its relative pronoun) as the
    subject, whose verb harms (VICTIM_VERBS): "the rocket attack that killed a U.S. contractor",
    "the attacks that claimed the lives of four Americans" (LIFE_WORDS: whose lives)."""
    found: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "relcl" or VICTIM_VERBS.matches(clause) is None:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(c.tag_ not in ("WDT", "WP") or c.dep_ != "nsubj" for c in subjects):
            # "the attack in which gunmen killed ...", "the attack that was planned", "the
            # second attack to hit Volgograd" (what it hit is where it happened)
            continue
        for obj in clause.children:
            if obj.dep_ != "dobj":
                continue
            if LIFE_WORDS.matches(obj) is not None:
                found.extend(
                    p
                    for prep in obj.children
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for p in prep.children
                    if p.dep_ == "pobj"
                )
            else:
                found.append(obj)
    return found


def taking_verb(noun: Token) -> Token | None:
    """The verb the noun is the object of, directly or through a measure of it (MEASURE_NOUNS:
    "carried out a series of airstrikes", "conducted a total of 96 airstrikes"); None
    otherwise."""
    if noun.dep_ == "dobj":
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and normalise_word(prep.text) == "IN" and prep.dep_ == "prep":
        # "Jordanian special operations forces were involved in ground assaults in Syria",
        # "took part in the offensive" (PARTAKING_VERBS; forty-ninth session)
        head = prep.head
        if normalise_word(head.text) == "PART" and head.dep_ == "dobj":
            head = head.head  # "took part in", the phrase hung on "part"
        if coarse(head.tag_) == "VERB" and (
            PARTAKING_VERBS.matches(head) is not None or _takes_part(head)
        ):
            return head
    if (
        noun.dep_ == "pobj"
        and normalise_word(prep.text) == "OF"
        and prep.dep_ == "prep"
        and prep.head.dep_ == "dobj"
        and MEASURE_NOUNS.matches(prep.head) is not None
    ):
        return prep.head.head
    return None


def _performed(verb: Token, code: str) -> bool:
    """The verb performs the act of type ``code`` its object names (PERFORMING_VERBS with
    PERFORMED_ROOTS): "carried out airstrikes", not "carried out Trump's demands" (no demand of
    the one who carries it out)."""
    return (
        PERFORMING_VERBS.matches(verb) is not None
        or PARTAKING_VERBS.matches(verb) is not None
        or _takes_part(verb)
    ) and code[:2] in PERFORMED_ROOTS


def _takes_part(verb: Token) -> bool:
    """ "took part in": TAKE with the object PART."""
    return token_lemma(verb) == "TAKE" and any(
        c.dep_ == "dobj" and normalise_word(c.text) == "PART" for c in verb.children
    )


def _not_done_yet(verb: Token) -> bool:
    """A verb in its base form: an infinitive or a modal's ("urged Iraqi commanders to launch an
    offensive", "will contribute jets to carry out airstrikes"), no act its subject performed."""
    return verb.tag_ == "VB"


def claimer_of(noun: Token) -> Token | None:
    """The subject of the verb that claims the act the noun names (CLAIMING_VERBS: "X claimed
    responsibility for the attack", "took credit for the bombing", "claimed the attack"), if the
    claim is made: not denied, asked about, hoped for or still to come, nor a claim the clause
    says someone stopped short of. Not a pronoun, which may name no one the dictionaries know:
    the act then keeps the doer it had, unnamed attackers of the place."""
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and normalise_word(head.text) == "FOR"
        and head.dep_ == "prep"
        and CLAIMED_NOUNS.matches(head.head) is not None
        and head.head.dep_ == "dobj"
    ):
        verb = head.head.head
        if CLAIMING_VERBS.matches(verb) is None:
            return None
    elif noun.dep_ == "dobj" and CLAIMING_VERBS.get(token_lemma(head)) == "ITSELF":
        verb = head
    else:
        return None
    if verb.dep_ == "pcomp" or verb.tag_ == "VB":  # "stopped short of claiming", "may claim"
        return None
    modality = modality_of(verb)
    if (
        modality.negated
        or modality.hypothetical
        or modality.question
        or modality.future
        or modality.plan
    ):
        return None
    claimer = subject_of(verb)
    if claimer is not None and claimer.tag_ == "PRP":
        return None  # "it has also claimed a bombing": unnamed attackers of the place, as before
    return claimer


def _partaker(noun: Token) -> tuple[Token, ...]:
    """The subject of the clause a meeting noun with a WITH phrase is the time or place of ("X
    spoke during a meeting with Y", PARTAKING_PREPS): X took part. Nothing otherwise."""
    prep = noun.head
    withs = [c for c in noun.children if c.dep_ == "prep" and normalise_word(c.text) == "WITH"]
    if (
        noun.dep_ != "pobj"
        or normalise_word(prep.text) not in PARTAKING_PREPS
        or prep.dep_ != "prep"
        or coarse(prep.head.tag_) not in ("VERB", "AUX")
        or not withs
    ):
        return ()
    met = [o for w in withs for o in w.children if o.dep_ == "pobj"]
    if met and all(PRESS_WORDS.matches(o) is not None for o in met):
        return ()  # "in a press conference with reporters, Nadler suggested": no one met
    subject = subject_of(prep.head)
    return () if subject is None else (subject, *subject.conjuncts)


def of_unreal_head(prep: Token) -> bool:
    """An OF or FOR phrase of a noun of what has not happened (NOMINAL_UNREAL_HEADS: "the threat
    of an attack", "the chances of the US killing Russians"): what it names is feared, hoped or
    expected, not reported; for event nouns here and gerunds (candidates._under_unreal_noun)."""
    return (
        prep.text.upper() in ("OF", "FOR")
        and prep.head.i != prep.i
        and (NOMINAL_UNREAL_HEADS.matches(prep.head) is not None or unseen(prep.head))
    )


def unseen(noun: Token) -> bool:
    """A noun of UNSEEN_HEADS with "no" ("no evidence of", "no sign that", "no reports of"): what
    its OF phrase or THAT clause names was not seen to happen."""
    return UNSEEN_HEADS.matches(noun) is not None and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children
    )
