"""The event's own clause: which words of a sentence belong to the clause of an event's verb, so a
time or a place said of another verb ("the convoy that arrived on Monday", "said in Beijing that
troops attacked") never dates or places this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["governing_verb", "in_own_clause", "is_verb"]

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
