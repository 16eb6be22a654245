"""The event's own clause: which words of a sentence belong to the clause of an event's verb, so a
time or a place said of another verb ("the convoy that arrived on Monday", "said in Beijing that
troops attacked") never dates or places this one; and, when its clause has no time, the clause it
takes its time from ("stormed the village on Monday, killing five") or the words that place it
before the story's time ("had fired").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventscribe.coding.lexicon import Table

__all__ = [
    "TimeLink",
    "background_cue",
    "forward_preposition",
    "governing_verb",
    "in_own_clause",
    "is_verb",
    "measure_of",
    "measure_unit",
    "measured_clauses",
    "shared_subject_conjuncts",
    "time_link",
]

# how a nominal event hangs from its light verb ("held talks", "talks were held")
_LIGHT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})
_MAX_DEPTH = 24


def is_verb(tok: Token) -> bool:
    """A verb heading a clause (an auxiliary or a participle used as an adjective is not)."""
    if not tok.tag_.startswith("VB") or tok.dep_ in ("aux", "auxpass", "amod"):
        return False
    # a capitalised word inside the sentence is a name the tagger took for a verb ("Vyacheslav"
    # in "... Duma Vyacheslav Volodin in Beijing"): news verbs are lower-case there
    return not (tok.i > tok.sent.start and tok.text[:1].isupper() and not tok.text.isupper())


def governing_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` (not ``tok`` itself), through nouns and prepositions."""
    node = tok
    for _ in range(_MAX_DEPTH):
        if node.head.i == node.i:
            return None
        node = node.head
        if is_verb(node) and node.dep_ != "acl":
            return node
    return None


def in_own_clause(tok: Token, event: Token) -> bool:
    """Whether ``tok`` belongs to the clause of ``event`` (a verb, or the noun of a nominal
    event): walking up from ``tok``, ``event`` is reached before any other clause's verb. A light
    verb whose object is the nominal event ("held talks on Monday") counts as the event's own."""
    node = tok
    for _ in range(_MAX_DEPTH):
        if node.i == event.i:
            return True
        if node.head.i == node.i:
            return False
        parent = node.head
        if parent.i == event.i:
            return True
        if is_verb(parent) and parent.dep_ != "acl":
            # another clause's verb; but a light verb whose object is the nominal event ("held
            # talks on Monday") is the event's own
            return not is_verb(event) and event.head.i == parent.i and event.dep_ in _LIGHT_DEPS
        node = parent
    return False


@functools.cache
def _table(name: str) -> Table:
    # loaded on first use: the store imports this module (through dates.PRECISIONS) without spaCy
    from eventscribe.coding.lexicon import table

    return table(name)


@dataclass(frozen=True)
class TimeLink:
    """Where an event whose own clause gives no time takes it from (issue 13).

    ``kind`` is ``same`` (the time of the verb ``anchor``: a participle, a purpose clause, a
    coordinated verb, a clause of the same time), ``time`` (the time expression ``anchor`` is part
    of: a relative clause on a time), ``after`` or ``before`` (``measure`` before or after the
    verb ``anchor``'s time: "one day after troops killed"), ``since`` (before the verb ``anchor``'s
    time, how long unknown)."""

    kind: str
    anchor: Token
    measure: Token | None = None
    word: str | None = None  # the subordinator that made the link ("since", "after")


_PARTICIPLES = frozenset({"VBG", "VBN"})
_PRESENT = frozenset({"VBZ", "VBP"})
# how a relative clause's time word hangs on a date ("on Jan. 17, the same day that")
_TIME_NOUN_DEPS = frozenset({"appos", "npadvmod", "attr", "conj"})


def _present_or_future(verb: Token, *, perfect: bool = True) -> bool:
    """A verb in the present, the present progressive or (``perfect``) the present perfect, or with
    a modal ("arrives", "is continuing", "has fired", "will meet")."""
    return verb.tag_ in _PRESENT or any(
        c.tag_ == "MD"
        or (
            c.dep_ in ("aux", "auxpass")
            and c.tag_ in _PRESENT
            and (perfect or c.lower_ not in ("has", "have"))
        )
        for c in verb.children
    )


def _complement(event: Token) -> bool:
    """Whether ``event``'s clause is the complement of another verb ("said Russia had contacted",
    "confirmed that the envoys had confronted"): there the past perfect is only the past of the
    saying or knowing, not an act before the story."""
    node = event
    for _ in range(_MAX_DEPTH):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    return node.dep_ == "ccomp"


def _mark(verb: Token) -> Token | None:
    """The subordinator of a clause: "after", "since", or a "when" the parser makes an adverb."""
    return next(
        (c for c in verb.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")),
        None,
    )


def _is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def measure_of(verb: Token) -> Token | None:
    """The unit noun of a measured interval on a clause ("one day after", "hours after")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("npadvmod", "advmod") and measure_unit(c) is not None
        ),
        None,
    )


def measure_unit(tok: Token) -> str | None:
    """The period a unit noun counts (lexicon TIME_MEASURE_UNITS: "hours" -> hour), or None."""
    units = _table("TIME_MEASURE_UNITS")
    entry = units.matches(tok)
    return units.get(entry) if entry is not None else None


def forward_preposition(mention_root: Token, event: Token) -> bool:
    """Whether a time whose head word is ``mention_root`` is the later date of a verb that puts
    something off ("postponed the trial until August 17"; lexicon FORWARD_VERBS, FORWARD_PREPS)."""
    prep = mention_root.head
    return (
        mention_root.dep_ == "pobj"
        and _table("FORWARD_PREPS").matches(prep) is not None
        and _table("FORWARD_VERBS").matches(event) is not None
    )


def time_link(event: Token) -> TimeLink | None:
    """The clause (or time word) whose time ``event`` takes when its own clause has none; None when
    it hangs on nothing that dates it (a complement of saying, a relative clause on a noun, a
    clause of cause or condition, a verb in the present or the future). An "after" clause without
    a measure links only so as to carry a week, a month or a year ("in April after Trump
    ordered")."""
    head = event.head
    if head.i == event.i or _present_or_future(event):
        return None  # "until Tuesday, when the president arrives": a time that may lie ahead
    dep = event.dep_
    if dep == "relcl" or (dep == "advcl" and not is_verb(head)):
        return _time_word_link(head)
    if dep == "pcomp" and _table("SAME_TIME_PREPS").matches(head) is not None:
        # "drew gasps by threatening ...": the same act, at the verb's time
        doer = head.head
        return TimeLink("same", doer) if is_verb(doer) and doer.i != head.i else None
    if not is_verb(head) and dep != "acl":
        return None
    if dep == "advcl":
        link = _adverbial_link(event, head)
        if link is not None and link.kind != "since" and _present_or_future(head, perfect=False):
            return None  # "are due back on Thursday, having visited": the head's time lies ahead
        return link  # "prices have tripled since rebels seized the port": before the head's now
    if _present_or_future(head, perfect=False):
        return None  # a present perfect's time is past: "has staged raids in the past decade"
    if dep == "xcomp":
        return TimeLink("same", head)
    if dep == "conj":
        if event.tag_ == "VBG" and head.tag_ != "VBG" and head.dep_ == "ccomp":
            # "saying the rioters were criminals and accusing them": the parser hangs the second
            # participle on the complement's verb; it is coordinated with the first
            if head.head.tag_ == "VBG":
                return TimeLink("same", head.head)
        if _has_subject(event) or (event.tag_ in _PRESENT and head.tag_ == "VBD"):
            return None  # "had hoped for a deal, but lawmakers rejected it"; "and now controls"
        return TimeLink("same", head)
    if dep == "acl" and event.tag_ in _PARTICIPLES:
        # "placed an ad last weekend calling the dispute folly": the noun's clause
        verb = governing_verb(event)
        return TimeLink("same", verb) if verb is not None else None
    return None


def _time_word_link(head: Token) -> TimeLink | None:
    """A relative clause on a time ("in 2004, when", "the same day that"): the time word; whether it
    is part of a date expression the caller decides."""
    if head.like_num or head.tag_ in ("NNP", "CD"):
        return TimeLink("time", head)
    nouns = _table("TIME_NOUNS")
    entry = nouns.matches(head)
    if entry is None or head.dep_ not in _TIME_NOUN_DEPS:
        return None
    if is_verb(head.head):  # "announced it on Jan. 17, the same day that": the verb's time
        return TimeLink("same", head.head)
    return TimeLink("time", head.head)


def _adverbial_link(event: Token, head: Token) -> TimeLink | None:
    mark = _mark(event)
    if mark is None:
        if event.tag_ in _PARTICIPLES or _is_infinitive(event):
            return TimeLink("same", head)  # "killing five", "to break up the sit-in"
        return None
    marks = _table("TIME_MARKS")
    entry = marks.matches(mark)
    relation = marks.get(entry) if entry is not None else None
    if relation == "same":
        return TimeLink("same", head, word=mark.text)
    if relation in ("after", "before"):
        measure = measure_of(event)
        if measure is None:  # the order is known, not how far: only a coarse time carries over
            return TimeLink(relation, head, None, mark.text)
        words = event.doc[measure.left_edge.i : mark.i + 1].text
        return TimeLink(relation, head, measure, words)
    if relation == "since" and event.tag_ == "VBD":
        return TimeLink("since", head, word=mark.text)
    return None


def measured_clauses(event: Token) -> list[TimeLink]:
    """The clauses of ``event`` that say how long before or after it they happened ("sued hours
    after the president announced"): a link from each to ``event``, its kind the clause's mark."""
    links = []
    for child in event.children:
        if child.dep_ != "advcl":
            continue
        link = _adverbial_link(child, event)
        if link is not None and link.kind in ("after", "before") and link.measure is not None:
            links.append(TimeLink(link.kind, child, link.measure, link.word))
    return links


def shared_subject_conjuncts(event: Token) -> list[Token]:
    """Verbs coordinated under ``event`` that share its subject ("defended the deal and said on
    Sunday"): one occasion, one time. A conjunct with a subject of its own is another act."""
    return [
        c
        for c in event.children
        if c.dep_ == "conj" and is_verb(c) and c.tag_ == event.tag_ and not _has_subject(c)
    ]


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _past_perfect(event: Token) -> bool:
    """ "had fired", "had been blamed", not "had been shelling": the progressive runs up to the
    story's own time."""
    return event.tag_ == "VBN"


def background_cue(event: Token) -> str | None:
    """The words that place ``event``'s act before the story's time (lexicon BACKGROUND_CUES:
    "had fired", "previously questioned", "then-Secretary Powell accused"; ANAPHORIC_TIMES: "at the
    time"; the past perfect only
    outside a complement clause, where it is the past of the saying, and not in the progressive;
    "earlier" cancels them); None if nothing does."""
    cues = _table("BACKGROUND_CUES")
    hows = {c.i: cues.get(c.text.upper()) for c in event.children}
    if "cancel" in hows.values():
        return None  # "Earlier, the prime minister had hosted a lunch": the same day
    for child in event.children:
        how = hows[child.i]
        if how == "aux" and child.dep_ == "aux" and _past_perfect(event) and not _complement(event):
            return child.text
        if how == "advmod" and child.dep_ == "advmod":
            return child.text
    phrase = _anaphoric_time(event)
    if phrase is not None:
        return phrase
    doc = event.doc
    for tok in event.sent:
        if (
            cues.get(tok.text.upper()) == "prefix"
            and not tok.whitespace_
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].text == "-"
            and in_own_clause(tok, event)
        ):
            return tok.text + "-"
    return None


# what makes "at the time" name its own time instead of pointing back: "at the time of the attack"
_TIME_NAMING = frozenset({"OF", "WHEN", "THAT", "WHICH"})


def _anaphoric_time(event: Token) -> str | None:
    """A phrase of ``event``'s own clause that points back to a past time (ANAPHORIC_TIMES)."""
    words = [t.text.upper() for t in event.doc]
    for key in _table("ANAPHORIC_TIMES"):
        phrase = key.split("_")
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if words[i : i + n] != phrase:
                continue
            after = words[i + n] if i + n < len(words) else ""
            if after in _TIME_NAMING or not in_own_clause(event.doc[i + n - 1], event):
                continue
            return event.doc[i : i + n].text
    return None
