"""Modality: whether a verb reports an act that happened, and how its code shifts when it does not.

Negation with a modal is a refusal (CAMEO 12x); stated commitments to cooperate are intents (03x),
to conflict threats (13x); hypotheticals, plans, wishes, opinions, questions and generic statements
report no act. Every word list is a table of ``coding/data/lexicon.txt``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from eventscribe.coding.events import for_clause_subject, is_passive, misparsed_finite
from eventscribe.coding.lexicon import Table, table
from eventscribe.dictionaries.model import normalise_word
from eventscribe.nlp import coarse, token_lemma

FUTURE_AUX = table("FUTURE_AUX")
HYPOTHETICAL_AUX = table("HYPOTHETICAL_AUX")
ABILITY_AUX = table("ABILITY_AUX")
MODAL_AUX = table("MODAL_AUX")
COMMIT_HEADS = table("COMMIT_HEADS")
PLAN_HEADS = table("PLAN_HEADS")
PROVISION_NOUNS = table("PROVISION_NOUNS")
PROSPECT_HEADS = table("PROSPECT_HEADS")
HEDGE_HEADS = table("HEDGE_HEADS")
FEELING_VERBS = table("FEELING_VERBS")
EXPERIENCER_VERBS = table("EXPERIENCER_VERBS")
OBLIGATION_VERBS = table("OBLIGATION_VERBS")
NOT_YET_ADVERBS = table("NOT_YET_ADVERBS")
PRESENT_TIME_MARKS = table("PRESENT_TIME_MARKS")
NEGATING_CONJUNCTIONS = table("NEGATING_CONJUNCTIONS")
PERCEPTION_VERBS = table("PERCEPTION_VERBS")
OPINION_HEADS = table("OPINION_HEADS")
DIRECTIVE_HEADS = table("DIRECTIVE_HEADS")
CONTENT_NOUNS = table("CONTENT_NOUNS")
ALLEGATION_HEADS = table("ALLEGATION_HEADS")
NOT_DONE_HEADS = table("NOT_DONE_HEADS")
HABITUAL_ADVERBS = table("HABITUAL_ADVERBS")
AGREE_LEMMAS = table("AGREE_LEMMAS")
VIEW_VERBS = table("VIEW_VERBS")
OWN_SIDE_WORDS = table("OWN_SIDE_WORDS").words()
INTENT_CODES = table("INTENT_CODES")
THREAT_CODES = table("THREAT_CODES")
REFUSAL_CODES = table("REFUSAL_CODES")
CONDITION_MARKS = table("CONDITION_MARKS")
SAY_LEMMAS = table("SAY_LEMMAS")
CONTRASTIVE_CONJUNCTIONS = table("CONTRASTIVE_CONJUNCTIONS")
NEGATED_HEAD_DONE = table("NEGATED_HEAD_DONE")
NEGATIVE_HEADS = table("NEGATIVE_HEADS")
ALTERNATIVE_MARKS = table("ALTERNATIVE_MARKS")
CONDITION_NOUNS = table("CONDITION_NOUNS")
CONDITION_PHRASES = table("CONDITION_PHRASES")
DEMANDED_OBJECT_VERBS = table("DEMANDED_OBJECT_VERBS")


@dataclass(frozen=True)
class Modality:
    """What the verb's clause says about whether its act happened (features for the scorer too)."""

    negated: bool = False
    modal: bool = False  # a modal auxiliary on the verb
    future: bool = False  # will/shall/'ll/would on the verb
    hypothetical: bool = False  # might/may/could/would/should, or an if/unless clause
    conditional_threat: bool = False  # a modal verb with its own if/unless clause
    commitment: str | None = None  # the commitment word governing the verb ("pledged", "ready")
    plan: str | None = None  # the plan or wish word governing the verb ("plans", "wants")
    opinion: str | None = None  # the opinion verb governing the verb ("think")
    # the verb of asking or alleging governing the verb ("urged Congress to pass", "alleged that
    # the FBI abused")
    asked: str | None = None
    # an infinitive of purpose ("issued calls to Russia to stop ..."), of a noun's content
    # ("opportunities for Democrats to scrutinize"), or a clause as subject ("helping the rebels
    # is in our interest")
    purpose: bool = False
    question: bool = False
    imperative: bool = False  # a command: a bare verb with no subject but one addressed
    habitual: str | None = None  # an adverb of a generic statement ("usually")
    # the object whose "no" says nothing was done ("found no evidence", "reached no agreement"):
    # the verb's act is negated, not the acts its subject or the object's phrase names
    no_object: int | None = None
    reported: bool = False  # the clause of a verb of saying ("said X had ...")
    progressive: bool = False  # -ing form as the main verb ("are attacking")
    participle_modifier: bool = False  # a participle modifying a noun ("ads attacking")

    @property
    def refusal(self) -> bool:
        return self.negated and self.modal

    def flags(self) -> tuple[str, ...]:
        """The true flags by name, for features and explain."""
        out = [
            name
            for name in (
                "negated", "modal", "future", "hypothetical", "conditional_threat", "question",
                "imperative", "reported", "progressive", "participle_modifier", "purpose",
            )
            if getattr(self, name)
        ]  # fmt: skip
        for name in ("commitment", "plan", "opinion", "asked", "habitual"):
            if getattr(self, name):
                out.append(name)
        return tuple(out)


def aux_words(verb: Token) -> list[str]:
    """The verb's auxiliaries, as normalised words ("WILL", "HAS")."""
    return [normalise_word(c.text) for c in verb.children if c.dep_ == "aux"]


def is_modal(verb: Token) -> bool:
    return any(w in MODAL_AUX for w in aux_words(verb))


def is_hypothetical(verb: Token) -> bool:
    """A verb under "might/may/could/would/should", or in an if/unless clause."""
    for c in verb.children:
        word = normalise_word(c.text)
        if c.dep_ == "aux" and word in HYPOTHETICAL_AUX:
            # "announced it would prohibit aid": reported speech's "would" is its future
            if not (word == "WOULD" and verb.dep_ == "ccomp"):
                return True
        if (
            c.dep_ == "aux"
            and word in ABILITY_AUX
            and not any(n.dep_ == "neg" for n in verb.children)
        ):
            return True  # "Iran can threaten Israel": able to, no threat made
    node = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and condition_mark(c) for c in node.children) or (
            _condition_noun_clause(node)
        ):
            return True
        if node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
            node = node.head
        else:
            break
    return False


def _condition_noun_clause(verb: Token) -> bool:
    """A clause that a noun of CONDITION_NOUNS after "in" governs: "in case the situation
    worsens", "in the event that Russia invades"."""
    noun = verb.head
    return (
        verb.dep_ in ("acl", "relcl", "ccomp")
        and noun.i != verb.i
        and CONDITION_NOUNS.matches(noun) is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
    )


def _ruled_out_alternative(verb: Token) -> bool:
    """A conjunct after "rather than" or "instead of" (ALTERNATIVE_MARKS): "pressed China to join
    them rather than veto the resolution": no veto."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return False
    head = verb.head
    return any(
        c.dep_ == "cc"
        and head.i < c.i < verb.i
        and any(
            a.dep_ == "advmod"
            and ALTERNATIVE_MARKS.get(f"{normalise_word(a.text)}_{normalise_word(c.text)}")
            is not None
            for a in c.children
        )
        for c in head.children
    )


def is_conditional_threat(verb: Token) -> bool:
    """A modal verb with its own if/unless clause: "the EC may halt mediation if ...". Not a verb
    inside the condition ("if Israel attacked")."""
    if not any(
        c.dep_ == "aux" and normalise_word(c.text) in HYPOTHETICAL_AUX for c in verb.children
    ):
        return False
    return any(
        clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and condition_mark(m) for m in clause.children)
        for clause in verb.children
    )


def condition_mark(mark: Token) -> bool:
    """A subordinator of a condition: one word ("if", "unless": CONDITION_MARKS) or the last word
    of a phrase of them ("as long as the American government agrees", "provided that":
    CONDITION_PHRASES)."""
    if normalise_word(mark.text) in CONDITION_MARKS:
        return True
    for phrase in CONDITION_PHRASES.words():
        words = phrase.split("_")
        start = mark.i - len(words) + 1
        if start >= 0 and [normalise_word(t.text) for t in mark.doc[start : mark.i + 1]] == words:
            return True
    return False


def governing_head(verb: Token, words: Table) -> str | None:
    """The word of table ``words`` that governs ``verb`` through xcomp/ccomp (up to three
    levels), or an adjective's "on" ("bent on impeaching", "intent on destroying"), if any: "plans
    to visit" -> PLAN."""
    node = verb
    for _ in range(3):
        # an adjective completing a verb ("to stay focused on attacking") is climbed as an
        # infinitive is (thirty-ninth session)
        if node.dep_ in ("xcomp", "ccomp", "acomp") and node.head.i != node.i:
            head = node.head
        elif (
            node.dep_ == "pcomp"
            and node.head.dep_ == "prep"
            and normalise_word(node.head.text) == "ON"
            and (
                coarse(node.head.head.tag_) == "ADJ"
                # "Congress bent on impeaching", parsed with "bent" a verb of no subject
                or not any(c.dep_ in _SUBJECTS for c in node.head.head.children)
            )
        ):
            head = node.head.head
        else:
            break
        hit = words.matches(head)
        if hit is not None:
            return hit
        node = head
    return None


def _felt(verb: Token) -> str | None:
    """The verb of FEELING_VERBS that makes a participle a feeling of its subject ("Taiwan feels
    threatened by China", "officials felt betrayed by Washington"), whichever way the parser hung
    it (the participle as the feeling verb's complement, or the feeling verb as its auxiliary);
    and what such a participle governs ("felt compelled to attack it": no attack reported)."""
    node = verb
    for _ in range(3):
        if node.tag_ == "VBN":
            for child in node.children:
                if child.dep_ in ("auxpass", "aux") and (hit := FEELING_VERBS.matches(child)):
                    return hit
            if node.dep_ in ("acomp", "oprd", "xcomp") and node.head.i != node.i:
                hit = FEELING_VERBS.matches(node.head)
                if hit is not None:
                    return hit
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            break
        node = node.head
    return None


def feeling_stirred(verb: Token) -> str | None:
    """The verb of EXPERIENCER_VERBS that tells its subject's state of mind: in the passive ("the
    protesters are dismayed by China's decision", "Merkel was disappointed by Trump") or as a
    participle with no object ("Kaine was irritating"). Not with an infinitive or an object of its
    own ("the rebels were encouraged by Iran to attack", "Obama encouraged Kenyans")."""
    hit = EXPERIENCER_VERBS.matches(verb)
    if hit is None or any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children):
        return None
    if verb.tag_ == "VBG":
        return hit  # with no object, an adjective: "was irritating", "encouraging signs"
    return hit if is_passive(verb) or verb.dep_ in ("acomp", "oprd") else None


def _not_done_under(verb: Token) -> bool:
    """Whether a head of NOT_DONE_HEADS governs ``verb`` ("failed to comply", "is considering
    recognizing"); not a command to the reader ("Consider how, in January 2017, a man stormed a
    mosque": the act is told as done)."""
    if governing_head(verb, NOT_DONE_HEADS) is None:
        return False
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            break
        node = node.head
        hit = NOT_DONE_HEADS.matches(node)
        if hit is not None:
            if NOT_DONE_HEADS.get(hit) == "ceased" and _negated(node):
                return False  # "did not stop shelling": the shelling went on
            return not _imperative(node)
    return True


def _no_object(verb: Token) -> int | None:
    """The verb's object with "no" ("found no evidence", "reached no agreement"), or the object
    of its preposition right after it or its particle ("he met with no environmentalists",
    "spoke to no one"): nothing done to anyone."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    after = verb.i + 1
    while after < len(verb.doc) and verb.doc[after].dep_ == "prt" and verb.doc[after].head == verb:
        after += 1
    objects += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.i == after
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for obj in objects:
        if any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children) or (
            obj.dep_ == "pobj" and obj.lower_ in ("nobody", "none")
        ):
            return obj.i
    return None


def _negated(word: Token) -> bool:
    return any(c.dep_ == "neg" for c in word.children)


def lemma_keys(verb: Token) -> list[str]:
    """A lexicon table's keys for the verb: its lemma and, for each particle, the lemma joined to
    it by _ ("called off": CALL, CALL_OFF)."""
    lemma = token_lemma(verb)
    particles = [normalise_word(c.text) for c in verb.children if c.dep_ == "prt"]
    return [lemma, *(f"{lemma}_{p}" for p in particles)]


def no_one_did(verb: Token) -> bool:
    """A subject that says no one did the verb's act: "No U.S. officials have suggested troops on
    the ground", "No country has recognized the government". The verb's own act only: an act a
    noun of its clause names may have happened ("No group has claimed the attack in Kabul")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        # "no U.S. personnel were killed or injured": the subject the conjoined verbs share
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        if subject.lower_ in ("nobody", "none") or (
            subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)
        ):
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            return True
        first = subject.left_edge
        if first.lower_ == "no" and first.tag_ == "DT":
            return True  # "no U.S. or allied personnel", "no" parsed on the first modifier
    return False


def _negating_gerund_head(verb: Token) -> bool:
    """A gerund that the verb it completes rules out, rejects, avoids or denies (NOT_DONE_HEADS,
    a particle joined by _: "Jonathan has ruled out swapping prisoners for the girls", "denied
    sending troops"), as its object or parsed as an adverbial clause right after it: not done."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "dobj", "advcl") or verb.head.i == verb.i:
        return False
    head = verb.head
    if verb.i < head.i:
        return False  # "Appearing at a news conference ..., Duda did not reject": before it
    if verb.dep_ == "advcl" and not all(
        t.dep_ in ("prt", "advmod") for t in verb.doc[head.i + 1 : verb.i]
    ):
        # "has ruled out sending combat forces", parsed as an adverbial clause: only right after
        # the verb (and its particle), not "rejected the plan, sending it back"
        return False
    hit = next((k for k in lemma_keys(head) if k in NOT_DONE_HEADS), None)
    if hit is None:
        return False
    # "did not stop shelling": the shelling went on
    return not (NOT_DONE_HEADS.get(hit) == "ceased" and _negated(head))


def _under_negated_head(verb: Token) -> bool:
    """An infinitive governed (up to three levels) by a negated verb or adjective, or by a
    negative one: "never promised to investigate", "did not agree to withdraw", "were not ready
    to release", "was unwilling to negotiate". Not after the heads of NEGATED_HEAD_DONE ("did not
    hesitate to strike": struck). Only a to-infinitive: "did not stop attacking" kept on; or a
    gerund a verb of seeing governs (PERCEPTION_VERBS: "has not been seen conducting attacks")."""
    node = verb
    for _ in range(3):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children) and not (
            # "the group has not been seen conducting attacks": what no one saw done
            node.tag_ == "VBG" and PERCEPTION_VERBS.matches(node.head) is not None
        ):
            return False
        head = node.head
        if NEGATIVE_HEADS.matches(head) is not None:
            return True
        # "were not ready to": the adjective's negation is on its copula
        negated = _negated(head) or (
            head.dep_ == "acomp" and head.head.i != head.i and _negated(head.head)
        )
        if negated:
            return NEGATED_HEAD_DONE.matches(head) is None
        node = head
    return False


def _present_time_clause(verb: Token) -> str | None:
    """The word opening a clause of time whose verb is in the simple present (PRESENT_TIME_MARKS:
    "When Obama meets Putin Monday, ...", "Every time Trump meets with Putin, ..."): a time to
    come or every such time, no act reported."""
    if verb.tag_ not in ("VBZ", "VBP") or token_lemma(verb) == "BE":
        # not BE: "hours after the terrorist attack is markedly different" is the parser's
        # clause, and a noun's act is no verb's tense
        return None
    if verb.dep_ == "relcl" and normalise_word(verb.head.text) == "TIME":
        # "Every time Trump meets with Putin": the parser hangs the clause on "time"
        det = next((d for d in verb.head.children if d.dep_ == "det"), None)
        if det is not None and (w := PRESENT_TIME_MARKS.matches(det)) is not None:
            return f"{w} TIME (a clause of time in the present)"
    if verb.dep_ != "advcl":
        return None
    for c in verb.children:
        if c.dep_ in ("mark", "advmod") and (w := PRESENT_TIME_MARKS.matches(c)) is not None:
            return f"{w} (a clause of time in the present)"
        if c.dep_ in ("npadvmod", "advmod") and normalise_word(c.text) == "TIME":
            det = next((d for d in c.children if d.dep_ == "det"), None)
            if det is not None and (w := PRESENT_TIME_MARKS.matches(det)) is not None:
                return f"{w} TIME (a clause of time in the present)"
    return None


def _provided(verb: Token) -> str | None:
    """What a document provides (PROVISION_NOUNS as the verb's subject, or the noun a participle
    modifies): "the plan calls for more funding", "legislation calling for a conference" tell
    its content, no act anyone did."""
    document: Token | None = (
        verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBG"
        else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    )
    if document is None or coarse(document.tag_) != "NOUN":
        return None
    if PROVISION_NOUNS.matches(document) is None:
        return None
    return f"{token_lemma(document)} (what a document provides)"


def _view_held(verb: Token) -> str | None:
    """A verb of sharing a view in the simple present with nothing agreed to (VIEW_VERBS:
    "Scott agrees with Republicans on this point", "both parties agree more should be done",
    "progressives still agree on far more than they disagree"): a view held, no agreement
    reached; "Iran agrees to limit enrichment", "agrees to the terms" keep theirs."""
    if verb.tag_ not in ("VBZ", "VBP") or VIEW_VERBS.matches(verb) is None:
        return None
    for c in verb.children:
        if c.dep_ == "aux" or (c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children)):
            return None  # "does agree", "agrees to cooperate"
        if c.dep_ == "prep" and normalise_word(c.text) == "TO":
            return None  # "agrees to the plan"
    return f"{token_lemma(verb)} (a view held, in the present)"


def _view_shared(verb: Token) -> str | None:
    """One party's verb of sharing a view (VIEW_VERBS) with a that-clause about something else
    than what it will do: "the Republicans agreed that the United States should not send in
    ground troops", "Cardin agreed that a congressional probe would help" (a view shared, no
    agreement to cooperate, as the labelled sets read them); not "agreed that their countries
    should cooperate" or "agreed that they would meet", whose clause is the parties' own act,
    nor two parties agreeing with each other ("Moon and Kim had agreed that the summit must be
    held": labelled agreements; "Trump and Putin agreed that terrorism must be defeated" was not,
    which no rule of syntax tells apart)."""
    if VIEW_VERBS.matches(verb) is None:
        return None
    if any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children):
        return None  # "Obama and the German chancellor agreed sanctions should not be lifted"
    if any(
        (c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children))
        or (c.dep_ == "prep" and normalise_word(c.text) == "TO")
        for c in verb.children
    ):
        return None  # "agreed to cooperate", "agreed to the plan"
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        own = any(
            normalise_word(t.text) in OWN_SIDE_WORDS
            for s in subjects
            for t in (s, *(c for c in s.children if c.dep_ in ("poss", "det", "predet")))
        )
        if not own:
            return f"{token_lemma(verb)} that (a view shared)"
    return None


def _obliged_later(verb: Token) -> bool:
    """ "will need to", "would have to": a verb of OBLIGATION_VERBS under a modal or future
    auxiliary, whose infinitive is what someone must do some day."""
    return OBLIGATION_VERBS.matches(verb) is not None and any(
        w in MODAL_AUX or w in FUTURE_AUX for w in aux_words(verb)
    )


def obliging(verb: Token) -> bool:
    """ "Russia needs to withdraw", "the president has to articulate": a verb of
    OBLIGATION_VERBS in the present tense with an infinitive says what its subject must do (a
    demand when someone says it); not "has yet to agree" (NOT_YET_ADVERBS: not done)."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        and OBLIGATION_VERBS.matches(verb) is not None
        and not any(c.dep_ == "advmod" and NOT_YET_ADVERBS.matches(c) for c in verb.children)
        and any(
            c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in verb.children
        )
    )


def _asked_above(verb: Token) -> str | None:
    """What an infinitive completes is asked when the verb it completes is (up to three levels):
    "calls for inspectors to be allowed to investigate" asks the investigating too; "instructed
    the FBI director to investigate" is a directive's (DIRECTIVE_HEADS, through
    ``governing_head``)."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
        if for_clause_subject(node) is not None:
            return "for-clause"
        noun = _content_noun(node)
        if noun is not None:
            return noun
    return None


def _content_noun(verb: Token) -> str | None:
    """The noun whose that-clause the verb heads, if the noun is a wish, demand or belief
    (lexicon ``CONTENT_NOUNS``): "his hope that the Duma will strengthen exchanges" -> HOPE."""
    if verb.dep_ not in ("acl", "ccomp") or coarse(verb.head.tag_) not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    return CONTENT_NOUNS.matches(verb.head)


def _in_question(verb: Token) -> bool:
    sent = verb.sent
    last = sent[-1] if len(sent) else None
    while last is not None and last.is_punct and last.text in ('"', "'", "”", "’", ")"):
        last = sent[last.i - sent.start - 1] if last.i > sent.start else None
    return last is not None and last.text == "?"


def _imperative(verb: Token) -> bool:
    """ "So, Secretary Kerry, seize the moment": the sentence's main verb in its bare form with no
    auxiliary and no subject, or only the one addressed, set off by a comma (the parser takes the
    vocative for a subject), commands; it reports no act."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VB", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS or c.dep_ == "expl"]
    if verb.tag_ == "VBP":
        # "Secretary Blinken, expel ...": a plural present after one person is the tagger's
        # guess for a bare verb ("Russia and China, however, condemn ..." is a plural)
        return len(subjects) == 1 and _vocative(subjects[0])
    return all(_vocative(c) for c in subjects)


def _vocative(subject: Token) -> bool:
    """One person or thing set off from the verb by a comma and nothing else ("Secretary Kerry,
    seize"): the one addressed, not a subject ("Russia and China, however, condemn")."""
    verb, doc = subject.head, subject.doc
    if subject.i > verb.i or subject.tag_ not in ("NN", "NNP"):
        return False
    if any(c.dep_ == "conj" for c in subject.children):
        return False
    between = doc[subject.right_edge.i + 1 : verb.i]
    return doc[verb.i - 1].text == "," and all(t.is_punct for t in between)


def _reported(verb: Token) -> bool:
    node = verb
    for _ in range(3):
        if node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
            node = node.head
            if coarse(node.tag_) == "VERB" and token_lemma(node) in SAY_LEMMAS:
                return True
        else:
            break
    return False


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# a conjunct with one of these has a clause of its own: it shares nothing with the first
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "expl"})


def _copula_infinitive(verb: Token) -> bool:
    """ "The solution is to hunt down the leaders": an infinitive that a form of "be" predicates
    of a noun names what should be done, no act (its coordinated verbs likewise)."""
    node = verb.head if verb.dep_ == "conj" else verb
    return (
        node.dep_ in ("xcomp", "attr")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
        and token_lemma(node.head) == "BE"
    )


def _same_form(verb: Token, first: Token) -> bool:
    """Whether a conjunct has its first conjunct's form: the same tag, or a past tense the parser
    gave a participle that shares the first's perfect ("Trump hadn't offered his thoughts or
    pledged support": "pledged" tagged VBD; forty-second session)."""
    if verb.tag_ == first.tag_:
        return True
    return (
        verb.tag_ == "VBD"
        and first.tag_ == "VBN"
        and any(c.dep_ == "aux" and token_lemma(c) == "HAVE" for c in first.children)
    )


def shared_head(verb: Token) -> Token | None:
    """The first conjunct whose subject, auxiliaries and negation ``verb`` shares: "could attack
    Ukraine and seize Kyiv", "did not attack or seize", "wants to attack and seize" (a conjunct of
    the same form with no subject, auxiliary or negation of its own); None for any other verb."""
    node = verb
    while (
        node.dep_ == "conj"
        and node.head.i != node.i
        and coarse(node.head.tag_) in ("VERB", "AUX")
        and _same_form(node, node.head)
        and not any(c.dep_ in _OWN_CLAUSE for c in node.children)
    ):
        node = node.head
    return node if node is not verb else None


_CACHE_KEY = "eventscribe.modality"  # Doc.user_data key: token index -> Modality, per parse


def modality_of(verb: Token) -> Modality:
    """The modality of ``verb``'s clause; a conjunct that shares its first conjunct's subject and
    auxiliaries shares its modality too ("Russia could attack Ukraine and seize Kyiv": neither is
    reported as done), but not its negation after "but" ("did not attack but seized"). Kept with
    the parse: the stages ask for a verb's modality several times, and every conjunct of a long
    coordination for its first conjunct's."""
    cache = verb.doc.user_data.setdefault(_CACHE_KEY, {})
    found: Modality | None = cache.get(verb.i)
    if found is None:
        found = cache[verb.i] = _modality(verb)
    return found


def adverbial_participle_head(verb: Token) -> Token | None:
    """The verb a bare participle of manner or result hangs on ("would respond, attacking U.S.
    ships", "threatened to retaliate, striking U.S. bases"): one with no subject, auxiliary,
    negation or subordinating word of its own ("after attacking" is a time of its own)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    if any(c.dep_ in _OWN_CLAUSE or c.dep_ == "mark" for c in verb.children):
        return None
    if coarse(verb.head.tag_) not in ("VERB", "AUX"):
        return None
    return verb.head


def _gerund_prep(verb: Token, free_of: frozenset[str]) -> Token | None:
    """The preposition a gerund completes (pcomp), when the gerund has none of ``free_of`` (its
    own subject, auxiliary ...) and the preposition hangs on something."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.i == verb.i or prep.head.i == prep.i:
        return None
    if any(c.dep_ in free_of for c in verb.children):
        return None
    return prep


def _verb_only(tok: Token) -> Token | None:
    """``tok`` when it is a verb (or an auxiliary), else None."""
    return tok if coarse(tok.tag_) in ("VERB", "AUX") else None


def _means_gerund_head(verb: Token) -> Token | None:
    """The verb a gerund of means hangs on through "by" ("Iran will retaliate by attacking U.S.
    bases", "plans to respond by striking"): the means is as real as the act it serves (before,
    the attack was coded as done)."""
    prep = _gerund_prep(verb, _OWN_CLAUSE)
    if prep is None or prep.lower_ != "by":
        return None
    return _verb_only(prep.head)


def _time_gerund_head(verb: Token) -> Token | None:
    """The verb a gerund of time hangs on through a word of PRESENT_TIME_MARKS ("before meeting
    with Putin, Trump will ..."), when it has no subject of its own."""
    prep = _gerund_prep(verb, _SUBJECTS)
    if prep is None or PRESENT_TIME_MARKS.matches(prep) is None:
        return None
    return _verb_only(prep.head)


def _object_participle_head(verb: Token) -> Token | None:
    """The verb whose direct object a participle describes ("would back a resolution blocking
    the emergency": "back")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN"):
        return None
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i != noun.head.i:
        # "press for a resolution condemning the regime", "respond with warplanes overflying
        # South Korea": the object of the verb's own preposition (forty-ninth session); a bare
        # participle only, no clause of its own the parser hung there ("despite Pompeo's
        # comments that the U.S. was targeting Iran's decision-makers")
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children):
            return None
        return _verb_only(noun.head.head)
    if noun.dep_ != "dobj" or noun.head.i == noun.i:
        return None
    return _verb_only(noun.head)


def _demanded_object(verb: Token, head: Token) -> str | None:
    """The demand (DEMANDED_OBJECT_VERBS, "PRESS_FOR") whose object the participle ``verb``
    describes: "the United States and allies press for a resolution condemning the Assad
    regime" asks for a condemnation, none made yet."""
    noun = verb.head
    if noun.dep_ == "pobj":
        key = f"{token_lemma(head)}_{normalise_word(noun.head.text)}"
        return key if DEMANDED_OBJECT_VERBS.get(key) is not None else None
    return DEMANDED_OBJECT_VERBS.matches(head)


def _infinitive_complement(verb: Token) -> bool:
    """An infinitive that completes a verb: "allow him to attack", "want to meet"; or the bare
    one a verb of seeing takes ("Sunday will see Macron and Merkel attend a conference")."""
    return (
        (
            verb.dep_ == "xcomp"
            or (
                verb.dep_ == "ccomp"
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            )
            or (
                verb.dep_ == "ccomp"
                and PERCEPTION_VERBS.matches(verb.head) is not None
                and not any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children)
            )
        )
        and verb.head.i != verb.i
        and coarse(verb.head.tag_) in ("VERB", "AUX")
    )


def _modality(verb: Token) -> Modality:
    own = _own_modality(verb)
    if _infinitive_complement(verb):
        above = modality_of(verb.head)
        if verb.dep_ == "xcomp" and above.purpose and not own.purpose:
            # "to allow the law, permitting citizens to sue": an aim's complement is aimed at
            own = replace(own, purpose=True)
        if (above.future or above.hypothetical) and not (own.future or own.hypothetical):
            # "a meeting that will allow him to attack Iran": what a verb in the future or a
            # hypothesis lets or makes happen has not happened either
            own = replace(own, future=above.future, hypothetical=above.hypothetical)
    if own.purpose and verb.dep_ == "advcl" and coarse(verb.head.tag_) in ("VERB", "AUX"):
        # "a GOP-led Senate would join the House in a committee to investigate the attack", "did
        # not travel to Moscow to meet Lavrov": what an act to come, a hypothesis, a plan or an
        # act not done is for has not been done either (a purpose done by its act: "sent experts
        # to investigate", PURPOSE_DONE_ROOTS)
        head_modality = modality_of(verb.head)
        own = _sharing(own, head_modality, negated=own.negated or head_modality.negated)
    object_head = _object_participle_head(verb)
    if object_head is not None:
        above = modality_of(object_head)
        if (above.future or above.hypothetical or above.modal) and not (
            own.future or own.hypothetical or own.modal
        ):
            # "she would back a resolution blocking the emergency": what the object of an act
            # still to come does has not been done either
            own = replace(
                own, future=above.future, hypothetical=above.hypothetical, modal=above.modal
            )
        demanded = _demanded_object(verb, object_head)
        if demanded is not None and not own.asked:
            own = replace(own, asked=demanded)
        if above.negated and not above.refusal and not own.negated:
            # "the United Nations did not offer a single resolution condemning this occupation":
            # what the object of an act not done does has not been done either
            own = replace(own, negated=True)
    time_head = _time_gerund_head(verb)
    if time_head is not None:
        above = modality_of(time_head)
        if (above.future or above.hypothetical) and not (own.future or own.hypothetical):
            # "Before meeting with Mr. Putin, Mr. Trump will try to ...": a time of an act to
            # come is to come too
            own = replace(own, future=above.future, hypothetical=above.hypothetical)
    head = shared_head(verb)
    if head is None:
        means_of = _means_gerund_head(verb)
        participle_of = adverbial_participle_head(verb) or means_of
        if participle_of is None:
            return own
        # a participle's act is as real as the act it hangs on: "its forces would respond,
        # attacking U.S. ships" reports no attack; its negation stays the head's own, but not
        # a means' ("did not retaliate by attacking U.S. bases": no attack)
        first = modality_of(participle_of)
        negated = own.negated or (means_of is not None and first.negated)
        return _sharing(own, first, question=own.question or first.question, negated=negated)
    first = modality_of(head)
    contrast = any(
        c.dep_ == "cc" and head.i < c.i < verb.i and CONTRASTIVE_CONJUNCTIONS.matches(c)
        for c in head.children
    )
    return _sharing(
        own,
        first,
        negated=own.negated or (first.negated and not contrast),
        imperative=own.imperative or first.imperative,
    )


def _sharing(own: Modality, first: Modality, **more: bool) -> Modality:
    """``own`` with what makes an act unreal in the clause it shares (``first``'s modal,
    future, hypothesis, commitment, plan, opinion, request, purpose, habit), and ``more``."""
    return replace(
        own,
        modal=own.modal or first.modal,
        future=own.future or first.future,
        hypothetical=own.hypothetical or first.hypothetical,
        conditional_threat=own.conditional_threat or first.conditional_threat,
        commitment=own.commitment or first.commitment,
        plan=own.plan or first.plan,
        opinion=own.opinion or first.opinion,
        asked=own.asked or first.asked,
        purpose=own.purpose or first.purpose,
        habitual=own.habitual or first.habitual,
        **more,
    )


def _own_modality(verb: Token) -> Modality:
    aux = aux_words(verb)
    habitual = (
        next(
            (
                w
                for c in verb.children
                if c.dep_ == "advmod" and (w := HABITUAL_ADVERBS.matches(c)) is not None
            ),
            None,
        )
        or _present_time_clause(verb)
        or _view_held(verb)
        or _view_shared(verb)
        or _provided(verb)
    )
    return Modality(
        negated=any(
            c.dep_ == "neg"
            # "Nor did the president make ...": a negating conjunction before the verb
            or (c.dep_ in ("cc", "preconj") and c.i < verb.i and NEGATING_CONJUNCTIONS.matches(c))
            # "neither the Obama nor the Trump administration requested funds", "requested
            # neither funds nor troops" (forty-seventh session): the conjunction on its subject
            # or its object
            or (
                c.dep_ in ("nsubj", "nsubjpass", "dobj")
                and any(
                    g.dep_ == "preconj" and NEGATING_CONJUNCTIONS.matches(g) for g in c.children
                )
            )
            for c in verb.children
        )
        or _not_done_under(verb)
        or _under_negated_head(verb)
        or _negating_gerund_head(verb)
        or _ruled_out_alternative(verb)
        or _unsaid(verb),
        no_object=_no_object(verb),
        modal=any(w in MODAL_AUX for w in aux),
        future=any(w in FUTURE_AUX for w in aux),
        hypothetical=is_hypothetical(verb),
        conditional_threat=is_conditional_threat(verb),
        commitment=governing_head(verb, COMMIT_HEADS),
        plan=governing_head(verb, PLAN_HEADS) or governing_head(verb, PROSPECT_HEADS),
        opinion=governing_head(verb, OPINION_HEADS)
        or governing_head(verb, HEDGE_HEADS)
        or _felt(verb)
        or feeling_stirred(verb),
        asked=governing_head(verb, DIRECTIVE_HEADS)
        or governing_head(verb, ALLEGATION_HEADS)
        # "called for Israel to allow", "pushed for Zelensky to investigate": a for-infinitive
        # clause is what someone wants of its subject, never reported as done
        or ("for-clause" if for_clause_subject(verb) is not None else None)
        or _content_noun(verb)
        or _asked_above(verb)
        # "(said) Russia needs to withdraw its troops": what one must do is not done; nor what
        # one will or would have to do ("China would need to cooperate more closely")
        or (
            token_lemma(verb.head)
            if verb.dep_ == "xcomp" and (obliging(verb.head) or _obliged_later(verb.head))
            else None
        ),
        purpose=(
            verb.dep_ in ("advcl", "acl", "relcl")
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            and (verb.dep_ != "advcl" or not any(c.dep_ in _SUBJECTS for c in verb.children))
        )
        or verb.dep_ in ("csubj", "csubjpass")
        or _copula_infinitive(verb)
        or (verb.tag_ == "VBG" and verb.dep_ in _SUBJECTS),
        question=_in_question(verb),
        imperative=_imperative(verb),
        habitual=habitual,
        reported=_reported(verb),
        progressive=verb.tag_ == "VBG" and verb.dep_ == "ROOT",
        participle_modifier=verb.dep_ == "acl" and not misparsed_finite(verb),
    )


def intent_code(
    verb: Token,
    code: str,
    reverse: str | None,
    *,
    complements: bool = True,
    refused: bool = False,
) -> tuple[str, str | None]:
    """Cooperation that is only intended ("ready to work with", "will meet") is coded as the
    intent to do it (CAMEO 03x), as PLOVER's AGREE says of future-tense cooperation; conflict
    announced for the future ("will boycott", "vowed to fight") is the threat of it (13x);
    agreeing to do something is the intent to cooperate (030) where the thing itself is not
    coded. With ``complements``, an infinitive completing a verb in the future is intended too
    (not a PETRARCH rule). A refusal (``refused``: "will not allow", coded 12x from the
    negation) stays a refusal; a rejection of the verb's own ("will veto") is a threat."""
    if refused and code[:2] == "12":
        return code, reverse
    if AGREE_LEMMAS.matches(verb) is not None and any(c.dep_ == "xcomp" for c in verb.children):
        if code[:2] not in ("03", "12"):
            return "030", None
    # "will meet X and sign": the auxiliary is shared; so it is by a participle ("would respond,
    # attacking U.S. ships") and a gerund of means ("will retaliate by attacking U.S. bases")
    clause = (
        shared_head(verb)
        or adverbial_participle_head(verb)
        or _means_gerund_head(verb)
        # "before meeting with Putin, Trump will ...": the time of an act to come
        or _time_gerund_head(verb)
        or verb
    )
    intent = any(w in FUTURE_AUX for w in aux_words(clause))
    if not intent and complements and _infinitive_complement(clause):
        # "the law will allow the police to arrest protesters": the head's future is its own
        intent = any(w in FUTURE_AUX for w in aux_words(clause.head))
    if not intent and not _told_as_past(clause):
        intent = (
            governing_head(clause, COMMIT_HEADS) is not None
            or governing_head(clause, PLAN_HEADS) is not None
        )
    if not intent:
        return code, reverse
    new = INTENT_CODES.get(code[:2]) or THREAT_CODES.get(code[:2])
    if new is None:
        return code, reverse
    return new, None


def refusal_code(code: str | None) -> str | None:
    """The refusal of a cooperative act; refusing a conflictual one is no event to code."""
    return REFUSAL_CODES.get((code or "")[:2])


def threat_code(code: str) -> str | None:
    """The threat of a conflictual act ("may halt mediation if ...")."""
    return THREAT_CODES.get(code[:2])


def _told_as_past(clause: Token) -> bool:
    """A clause in the past or the perfect ("officials determined that Assad's forces had used
    chemical weapons", "pledged that it had ended"): what a commitment's word reports as done or
    found, no commitment to do it (forty-fifth session: a threat of force)."""
    return clause.tag_ == "VBD" or any(
        c.dep_ == "aux" and token_lemma(c) == "HAVE" for c in clause.children
    )


def _unsaid(verb: Token) -> bool:
    """The clause of a negated verb of saying ("She did not say Kavanaugh sexually assaulted her",
    "Trump never said Russia attacked"): what no one said is not reported as done (forty-fifth
    session: an assault)."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i != verb.i
        and head.i < verb.i
        and coarse(head.tag_) == "VERB"
        and token_lemma(head) in SAY_LEMMAS
        and _negated(head)
    )
