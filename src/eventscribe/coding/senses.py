"""Verb senses that depend on the words around the verb: "struck a deal" is an agreement, not an
attack; "fired the director" dismisses; "called him a deserter" names. The rules are the tables
SENSES, UNTARGETED_SENSES, TARGETED_SENSES, NAMING_VERBS and ADVICE_VERBS of
``coding/data/lexicon.txt``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from eventscribe.coding.events import ORDER_PREPOSITIONS, is_time_phrase
from eventscribe.coding.lexicon import Table, table
from eventscribe.coding.modality import FUTURE_AUX, HYPOTHETICAL_AUX
from eventscribe.dictionaries.model import normalise_word
from eventscribe.nlp import coarse, token_lemma

SENSES = table("SENSES")
UNTARGETED_SENSES = table("UNTARGETED_SENSES")
AIMED_AT_PREPS = table("AIMED_AT_PREPS")
TARGETED_SENSES = table("TARGETED_SENSES")
PARTICLE_ADVERBS = table("PARTICLE_ADVERBS")
NAMING_VERBS = table("NAMING_VERBS")
PARTITIVE_HEADS = table("PARTITIVE_HEADS")
PRAISE_WORDS = table("PRAISE_WORDS")
INSULT_WORDS = table("INSULT_WORDS")
OCCASION_PREDICATES = table("OCCASION_PREDICATES")
INSULT_MODIFIERS = table("INSULT_MODIFIERS")
FAULT_WORDS = table("FAULT_WORDS")
DISMAY_WORDS = table("DISMAY_WORDS")
DISMAY_PREPS = table("DISMAY_PREPS")
ADVICE_VERBS = table("ADVICE_VERBS")
OBLIGATION_MODALS = table("OBLIGATION_MODALS")
TIME_WORDS = table("TIME_WORDS")
POLL_SHARES = table("POLL_SHARES")
POLL_PUBLICS = table("POLL_PUBLICS")
_QUOTES = frozenset({'"', "“", "”", "``", "''"})
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves"})
KEEP = "="  # a SENSES value: the dictionary's own code
NAME = "(NAME)"  # a SENSES word: the object is one proper name (tagged NNP, not NNPS)
ALONE = "(ALONE)"  # a SENSES word: the verb has no object and no clausal complement
BARE = "(BARE)"  # a SENSES word: ALONE, and no prepositional phrase or clause of its own either
# a SENSES word: the object is an actor the dictionaries code with a sector (a person, an office,
# a body: USAELI, USALEG), not a bare country or a place
ACTOR = "(ACTOR)"
# a SENSES word: the verb governs an infinitive ("encouraged Comey to drop the investigation")
INFINITIVE = "(INFINITIVE)"
# a SENSES word: the verb governs a that-clause after it ("the court ruled that the policy ...")
CLAUSE = "(CLAUSE)"
# a SENSES word: the verb's that-clause finds fault ("said the strikes were unacceptable")
FAULTED = "(FAULTED)"
# a SENSES word: the object is a share of voters or of the vote ("captured 41% of conservative
# voters", "captured 50 percent in the new poll"), not of a place ("40 percent of the city")
VOTES = "(VOTES)"
# a SENSES word's mark for a particle only ("SHOOT:+BACK": "Cruz shot back", not "was shot in the
# back", whose BACK is a preposition's object)
PARTICLE = "+"
# dependents of the verb whose words decide its sense
_CONTEXT_DEPS = frozenset(
    {"dobj", "attr", "oprd", "acomp", "xcomp", "prt", "nsubj", "nsubjpass", "ccomp"}
)


@dataclass(frozen=True)
class Sense:
    """What a sense rule decided: the new code (None: no event) and the entry that said so."""

    code: str | None  # None: no event; KEEP: the dictionary's code
    origin: str
    key: str


def _words(tok: Token) -> Iterator[str]:
    """A token's lemma and, where it differs, its word as written: the lemmatizer makes "data"
    "datum" and "media" "medium"."""
    lemma = token_lemma(tok)
    yield lemma
    word = normalise_word(tok.text)
    if word != lemma:
        yield word


def _context_words(verb: Token) -> Iterator[str]:
    """Lemmas (and words) of the verb's object, particle, complement, subject, prepositional
    objects and a preposition right after it, and the noun a participle modifies ("ads attacking
    the sheriff")."""
    for child in verb.children:
        if (
            child.dep_ in ("xcomp", "advcl")
            and child.i > verb.i
            and any(g.tag_ == "TO" for g in child.children)
        ):
            yield INFINITIVE  # "encouraged Comey to drop", "directed the department to review"
        if child.dep_ == "ccomp" and child.i > verb.i:
            yield CLAUSE
        if child.dep_ == "prt":
            yield PARTICLE + normalise_word(child.text)  # "shot back": SHOOT:+BACK
        if child.dep_ in _CONTEXT_DEPS:
            yield from _words(child)
            if child.dep_ in ("dobj", "nsubjpass") and child.tag_ == "NNP":
                # one named thing as the object: "fired Comey", "McCabe was fired by Trump"
                yield NAME
            if child.dep_ == "dobj" and _a_vote_share(child):
                yield VOTES
            if child.dep_ == "dobj" and (child.like_num or PARTITIVE_HEADS.matches(child)):
                # an amount as the object: what it is an amount of ("imposed $250 billion in
                # tariffs", "pledged $1 billion of aid"); a part of something ("struck some of
                # his favorite notes", PARTITIVE_HEADS)
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                yield from _words(pobj)
            for grand in child.children:  # "took a swipe at", "called the use ... a red line"
                if grand.dep_ in ("compound", "amod") and coarse(grand.tag_) == "NOUN":
                    yield from _words(grand)
        elif (
            child.dep_ == "advmod"
            and child.i == verb.i + 1
            and PARTICLE_ADVERBS.matches(child) is not None
        ):
            # "prices shot up", "Cruz shot back": a particle the parser hung as an adverb
            yield PARTICLE + normalise_word(child.text)
            yield normalise_word(child.text)
        elif child.dep_ in ("prep", "agent"):
            # what came before or after the act names no sense by itself ("called off the summit
            # following threats of nuclear war": no CALL:THREAT, forty-third session), only joined
            # to its preposition ("exploded shortly after liftoff": EXPLODE:AFTER_LIFTOFF)
            ordered = ORDER_PREPOSITIONS.matches(child) is not None
            if child.i == verb.i + 1 and not ordered and not is_time_phrase(child):
                # "seized on the decision": a preposition right after the verb, not "on Friday";
                # before its object ("called for hearings" asks for them: CALL:FOR, not the
                # CALL:HEARING of "called a hearing")
                yield normalise_word(child.text)
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    if not ordered:
                        yield from _words(pobj)
                    # "called the president's judgment into question": CALL:INTO_QUESTION
                    yield f"{normalise_word(child.text)}_{token_lemma(pobj)}"
    if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
        yield from _words(verb.head)
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i:
            # what the infinitive does to what ("declined to provide details": PROVIDE_DETAIL,
            # "declined to go into specifics": GO_INTO_SPECIFIC), after every other word
            yield from _complement_words(child)
    if not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "attr", "oprd") for c in verb.children
    ):
        yield ALONE  # "gun deaths were declining (in May)": no object, no clause
        if not any(
            c.dep_ in ("prep", "agent", "pcomp", "npadvmod", "prt")
            or (c.dep_ == "advcl" and c.tag_ != "VBG")
            for c in verb.children
        ):
            # "Senator Kaine agreed.", "Durbin agreed, calling it ...": nothing agreed to, no
            # one agreed with (a participle says how, not what)
            yield BARE


def _a_vote_share(obj: Token) -> bool:
    """A share (POLL_SHARES: "percent", "%", "a majority") of a public (POLL_PUBLICS: "of
    conservative voters", "of Republicans") or of the vote, or of nothing said ("50 percent in the
    new poll"); not of a place or a thing ("90 percent of the country")."""
    if POLL_SHARES.matches(obj) is None:
        return False
    of = [
        pobj
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return all(POLL_PUBLICS.matches(p) is not None or token_lemma(p) == "VOTE" for p in of)


def _complement_words(complement: Token) -> Iterator[str]:
    """The infinitive's lemma joined by "_" to its object's ("PROVIDE_DETAIL") or to a
    preposition and its object ("GO_INTO_SPECIFIC"); a passive one's after "BE_" ("asked not to
    be identified": BE_IDENTIFY, not the IDENTIFY of "asked to identify him")."""
    verb = token_lemma(complement)
    if any(c.dep_ == "auxpass" for c in complement.children):
        yield f"BE_{verb}"
    for child in complement.children:
        if child.dep_ == "dobj":
            for word in _words(child):
                yield f"{verb}_{word}"
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for word in _words(pobj):
                        yield f"{verb}_{normalise_word(child.text)}_{word}"


def _lookup(senses: Table, lemma: str, words: list[str]) -> Sense | None:
    for word in words:
        key = f"{lemma}:{word}"
        if key in senses:
            return _sense(senses, key)
    key = f"{lemma}:*"
    return _sense(senses, key) if key in senses else None


def _sense(senses: Table, key: str) -> Sense:
    value = senses.get(key) or "-"
    return Sense(None if value == "-" else value, senses.origin(key), key)


def predicate_noun(verb: Token) -> Token | None:
    """The noun a naming verb gives its object: "called him a deserter" -> deserter."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        named = [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i > verb.i]
        if len(named) >= 2:
            # "called Senator Warren a fraud" parsed with two predicates: the last is the name
            return named[-1]
        if len(named) == 1 and coarse(named[0].tag_) == "ADJ":
            # "called Netanyahu's comments 'childish'", parsed with the object hung on the
            # adjective: no one is phoned an adjective
            return named[0]
        if len(named) == 1 and hung_quoted_name(named[0]):
            # "Trump called Biden 'Sleepy Joe'", parsed with the object hung on the quoted name
            return named[0]
        return None  # "Trump called Pelosi" misparsed: no object named, no naming
    for child in verb.children:
        if child.dep_ in ("oprd", "attr"):
            return child
        if child.dep_ == "xcomp" and coarse(child.tag_) in ("NOUN", "PROPN", "ADJ"):
            return child
    if len(objects) == 2:  # the parser sometimes gives both nouns as objects
        return objects[1]
    for obj in objects:  # or the second as the first's apposition ("the use ... a red line")
        for child in obj.children:
            # not a name in apposition ("called his counterpart, Michel Aoun,")
            if child.dep_ == "appos" and child.i > obj.i and coarse(child.tag_) != "PROPN":
                return child
    for obj in objects:
        # or an adjective after the object, hung on a word before it ("called the move by
        # JPMorgan illegal and absurd", "calling the statement inappropriate"): English puts
        # no attributive adjective there, so it is the predicate
        for tok in obj.subtree:
            if tok.i > obj.i and coarse(tok.tag_) == "ADJ" and tok.head.i < tok.i:
                return tok
    return None


def hung_quoted_name(named: Token) -> bool:
    """Whether a naming verb's predicate is a quoted name with the named object hung before it
    ("called Biden 'Sleepy Joe'": Biden an nmod of Joe)."""
    return any(
        c.dep_ in ("nmod", "npadvmod", "poss") and c.i < named.i for c in named.children
    ) and any(c.dep_ == "punct" and c.text in _QUOTES and c.i < named.i for c in named.children)


def _as_predicate_sense(
    verb: Token, lemma: str, named: Callable[[Token], bool] | None
) -> Sense | None:
    """A naming verb's AS phrase ("described Warren as a fraud", "described the U.S. as an
    'essential partner'"): an insult (INSULT_WORDS) is criticism, praise (PRAISE_WORDS) of an
    object that names an actor is praise; anything else leaves the verb to its dictionary code
    (a description, not an evaluation: "described the sanctions as a way to deny Iran ...")."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if noun is None or obj is None or coarse(noun.tag_) != "NOUN":
        return None  # an adjective's phrase runs on in the parse ("as shockingly unbalanced and
        # costing the US $300bn")
    insult = _insult_sense(noun, lemma)
    if insult is not None:
        return insult
    names_actor = any(
        (named is not None and named(t)) or coarse(t.tag_) == "PROPN" for t in obj.subtree
    )
    praise = next((w for t in noun.subtree if (w := PRAISE_WORDS.matches(t)) is not None), None)
    if praise is not None and names_actor:
        return Sense("051", PRAISE_WORDS.origin(praise), f"{lemma}:{praise}")
    return None


def _insult_sense(predicate: Token, lemma: str) -> Sense | None:
    """Criticism (111) when a naming verb's predicate noun (or a noun joined to it: "a thief and
    a crazed lunatic") is an insult (INSULT_WORDS)."""
    insult = _insults(predicate)
    if insult is None:
        return None
    return Sense("111", INSULT_WORDS.origin(insult), f"{lemma}:{insult}")


def _insults(predicate: Token) -> str | None:
    """The INSULT_WORDS entry the predicate noun or a noun joined to it is, if any."""
    for noun in (predicate, *predicate.conjuncts):
        if coarse(noun.tag_) == "NOUN":
            word = INSULT_WORDS.matches(noun)
            if word is not None:
                return word
            for mod in noun.children:
                # "called Iran a rogue state", "a corrupt regime" (thirty-first session)
                if mod.dep_ in ("amod", "compound") and mod.i < noun.i:
                    word = INSULT_MODIFIERS.matches(mod)
                    if word is not None:
                        return word
    return None


def _names_a_thing(verb: Token, predicate: Token, named: Callable[[Token], bool] | None) -> bool:
    """Whether a naming verb's object (its ``predicate`` aside) is a common noun whose phrase names
    no one: no actor or agent the dictionaries know (``named``: "the senator", "the women"), no
    proper name and no capitalised adjective ("the Mexican government"), a time word aside
    ("Friday's test", TIME_WORDS), and no pronoun ("his policy" judges him); nor does the predicate
    name a doer."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    clause: set[int] = set()
    if (
        obj is not None
        and obj.tag_ == "WDT"
        and verb.dep_ == "relcl"
        and verb.head.i != verb.i
        and coarse(verb.head.tag_) in ("NOUN", "NUM")
    ):
        # "the $60 billion, which he called 'a big number'": the noun the relative clause is on
        clause = {t.i for t in verb.subtree}
        obj = verb.head
    elif obj is None or coarse(obj.tag_) != "NOUN":
        return False
    if any(
        (named is not None and named(t)) or coarse(t.tag_) == "PROPN" for t in predicate.subtree
    ):
        return False  # "called the move 'a partisan effort' by Democrats": the doer is named
    said = range(predicate.left_edge.i, predicate.right_edge.i + 1)
    phrase = [t for t in obj.subtree if t.i not in said and t.i not in clause]
    return not any(
        (named is not None and named(t))
        or coarse(t.tag_) == "PRON"
        or t.tag_ == "PRP$"
        or (
            (coarse(t.tag_) == "PROPN" or (t.tag_ == "JJ" and t.text[:1].isupper()))
            and TIME_WORDS.matches(t) is None
        )
        for t in phrase
    )


def _finds_fault(clause: Token, named: Callable[[Token], bool] | None) -> bool:
    """Whether a that-clause finds fault (FAULT_WORDS as its head or, after BE, its predicate):
    "the strikes were unacceptable", "that was 'outrageous'", "the Justice Department erred"; or
    tells the speaker's dismay at someone it names (DISMAY_WORDS: "he was sickened by President
    Trump's behavior", "disappointed that Russia didn't use its influence"). Not negated, not
    hypothetical or future ("it would be a mistake"), not a judgement of a thing to do with an
    empty subject ("it's a mistake to try to extract accountability")."""
    heads = _clause_heads(clause)
    for tok in (clause, *heads):
        if any(c.dep_ == "neg" for c in tok.children):
            return False
    if any(
        c.dep_ == "aux" and (FUTURE_AUX.matches(c) or HYPOTHETICAL_AUX.matches(c))
        for c in clause.children
    ):
        return False
    empty_subject = any(
        c.dep_ in ("expl", "nsubj") and c.lower_ in ("it", "this") for c in clause.children
    )
    for head in heads:
        if FAULT_WORDS.matches(head) is not None:
            to_do = any(
                c.dep_ in ("xcomp", "acl", "ccomp", "relcl")
                and any(g.tag_ == "TO" for g in c.children)
                for node in (clause, head)
                for c in node.children
            )
            if not (empty_subject and to_do):
                return True
    return named is not None and any(named(t) for o in dismayed_at(clause) for t in o.subtree)


def _clause_heads(clause: Token) -> list[Token]:
    """The words that say what a clause predicates: its head, or after BE its predicate (and
    their conjuncts: "unacceptable and counterproductive")."""
    heads = [clause]
    if token_lemma(clause) == "BE":
        heads = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    return heads + [c for h in heads for c in h.conjuncts]


def dismayed_at(clause: Token) -> list[Token]:
    """Who or what a clause of the speaker's dismay (DISMAY_WORDS) is at: the object of its BY,
    WITH, AT or OVER phrase ("sickened by President Trump's behavior") or the subject of its
    that-clause ("disappointed that Russia didn't use its influence")."""
    out: list[Token] = []
    for head in _clause_heads(clause):
        if DISMAY_WORDS.matches(head) is None:
            continue
        for c in head.children:
            if c.dep_ in ("prep", "agent") and normalise_word(c.text) in DISMAY_PREPS:
                out.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "ccomp":
                out.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
    return out


def _advises_against(verb: Token) -> bool:
    """ "warned the United States against such a plan", "cautioned Obama not to act": a warning
    against what the one warned would do asks them not to do it; "warned Americans to defer
    travel", "warned the administration that it must stop" (twentieth session) ask them to do
    something (OBLIGATION_MODALS)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "against":
            return True
        if child.dep_ == "xcomp" and any(c.dep_ == "neg" and c.i < child.i for c in child.children):
            return True
        if child.dep_ in ("xcomp", "ccomp") and child.i > verb.i:
            auxes = [c for c in child.children if c.dep_ in ("aux", "auxpass") and c.i < child.i]
            if any(a.tag_ == "TO" for a in auxes) and any(
                c.dep_ in ("nsubj", "dobj") and c.i < child.i
                for c in (*verb.children, *child.children)
            ):
                return True  # "warned Americans to defer": someone is told to do it
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            modal = any(
                OBLIGATION_MODALS.matches(a) is not None and subject is not None and subject.i < a.i
                for a in auxes
            )  # not "should the petition move forward", a condition
            if modal or OBLIGATION_MODALS.matches(child) is not None:
                return True  # "warned that it must stop", "that it needs to stop"
    return False


def verb_sense(
    verb: Token,
    named: Callable[[Token], bool] | None = None,
    sectored: Callable[[Token], bool] | None = None,
) -> Sense | None:
    """The sense rule that applies to ``verb`` in its clause, if any. ``named``: whether a token
    is part of an actor or agent the dictionaries know ("the senator", "the women");
    ``sectored``: whether a noun phrase's head codes as an actor with a sector (ACTOR)."""
    lemma = token_lemma(verb)
    advice = ADVICE_VERBS.matches(verb)
    if advice is not None and _advises_against(verb):
        return Sense(ADVICE_VERBS.get(advice), ADVICE_VERBS.origin(advice), f"{lemma}:(against)")
    words = list(dict.fromkeys(_context_words(verb)))
    if any(c.dep_ == "ccomp" and c.i > verb.i and _finds_fault(c, named) for c in verb.children):
        words.insert(0, FAULTED)  # "said the strikes were unacceptable": criticism, no statement
    if sectored is not None and any(c.dep_ == "dobj" and sectored(c) for c in verb.children):
        words.append(ACTOR)  # "defended Mr. Trump", not "defended Netanyahu's speech"
    if NAMING_VERBS.matches(verb) is not None:
        predicate = predicate_noun(verb)
        if predicate is None:
            found = _as_predicate_sense(verb, lemma, named)
            if found is not None:
                return found
        reflexive = any(c.dep_ == "dobj" and c.text.lower() in _REFLEXIVES for c in verb.children)
        if predicate is not None and any(
            c.dep_ == "dobj" and normalise_word(c.text) in ("WHAT", "WHATEVER")
            for c in verb.children
        ):
            # "ending what he once called the 'dumb war'": a free relative quotes a phrase of
            # the one named, no act on anyone
            return Sense(None, NAMING_VERBS.origin(lemma), f"{lemma}:(names a phrase)")
        if predicate is not None and _names_a_thing(verb, predicate, named):
            # "Abe called Friday's test 'a significant threat'", "called the migrants' deaths a
            # shock": a thing judged, whose doer the clause does not name, no act on anyone
            return Sense(None, NAMING_VERBS.origin(lemma), f"{lemma}:(names a thing)")
        if predicate is not None and reflexive:
            # "called himself a tested leader": one describes oneself, no act on anyone
            return Sense(None, NAMING_VERBS.origin(lemma), f"{lemma}:(names itself)")
        if predicate is not None:
            word = token_lemma(predicate)
            found = _lookup(SENSES, lemma, [word])
            if found is not None and not found.key.endswith(":*"):
                return found
            insult = _insult_sense(predicate, lemma)
            if insult is not None:
                return insult  # "called Warren a fraud"
            praise = next(
                (w for t in predicate.subtree if (w := PRAISE_WORDS.matches(t)) is not None), None
            )
            if praise is not None:
                # "called him 'a man of tremendous courage'", "one of his closest advisers"
                return Sense("051", PRAISE_WORDS.origin(praise), f"{lemma}:{praise}")
            occasion = OCCASION_PREDICATES.matches(predicate)
            if occasion is not None:
                # "called it a 'difficult night'", "an 'epic moment'": what a moment was
                origin = OCCASION_PREDICATES.origin(occasion)
                return Sense(None, origin, f"{lemma}:(names a moment)")
            quoted = any(t.text in ('"', "“", "”", "``", "''") for t in predicate.subtree) or any(
                t.text in ('"', "“")
                for t in predicate.doc[max(0, predicate.left_edge.i - 1) : predicate.left_edge.i]
            )
            if coarse(predicate.tag_) == "ADJ" or quoted:
                return Sense("111", NAMING_VERBS.origin(lemma), f"{lemma}:(evaluative naming)")
            return Sense(None, NAMING_VERBS.origin(lemma), f"{lemma}:(naming)")
    return _lookup(SENSES, lemma, words)


def untargeted_sense(verb: Token) -> Sense | None:
    """The sense of a main verb that found no target ("launched missiles": a show of force; not
    "the missiles fired by the army struck ...", where the participle only names the weapon)."""
    if verb.dep_ in ("acl", "relcl", "amod"):
        return None
    if any(
        prep.dep_ == "prep"
        and AIMED_AT_PREPS.matches(prep) is not None
        and not is_time_phrase(prep)
        and any(c.dep_ == "pobj" for c in prep.children)
        for prep in verb.children
    ):
        # "Iran fired a missile at another drone": aimed at something (AIMED_AT_PREPS), no
        # actor of the dictionaries but no show of force either; "into the sea" stays one
        return None
    return _lookup(UNTARGETED_SENSES, token_lemma(verb), list(_context_words(verb)))


def targeted_sense(verb: Token) -> Sense | None:
    """The sense of a verb that found a target ("wants Hamas to disarm": a request of Hamas, not
    an intent of the one who wants). Not when the target is the object of the verb's own
    infinitive ("wants to meet Putin": an intention of the one who wants), unless the table
    lists that infinitive ("WANT:SEE": "want to see North Korea disarm")."""
    lemma = token_lemma(verb)
    own = next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            and any(g.tag_ == "TO" for g in c.children)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ),
        None,
    )
    has_object = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    if own is not None and not has_object:
        key = f"{lemma}:{token_lemma(own)}"
        return _sense(TARGETED_SENSES, key) if key in TARGETED_SENSES else None
    return _lookup(TARGETED_SENSES, lemma, list(_context_words(verb)))
