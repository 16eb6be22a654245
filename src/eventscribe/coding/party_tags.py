"""US members of Congress named with their party tag: "Sen. Chris Coons (D-Del.)", "Rep. Ileana
Ros-Lehtinen, R-Fla.,", "Rep. Paul Ryan, Wisconsin Republican,". The tag says who the person is
where no dictionary lists them: a legislator of the United States (USALEG). The name before the
tag (and a title before it) becomes an actor mention like a dictionary's, unless a dictionary
actor already names it; an agent the title is ("Sen.") gives way to it. Tables PARTY_TAGS,
PARTY_WORDS and US_STATE_NAMES of ``coding/data/lexicon.txt``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from eventscribe.coding.actors import PhraseMatch
from eventscribe.coding.lexicon import table
from eventscribe.coding.mentions import NAME_TITLES
from eventscribe.dictionaries.model import ActorEntry, Role

PARTY_TAGS = table("PARTY_TAGS")
PARTY_WORDS = table("PARTY_WORDS")
US_STATE_NAMES = table("US_STATE_NAMES")
_OPENERS = frozenset({"(", ","})
_CLOSERS = frozenset({")", ","})
_MAX_NAME = 5  # words of a name, hyphens and a title included


@functools.cache
def _entry(code: str, origin: str) -> ActorEntry:
    """The actor a tag makes of the name before it (one per code and table line)."""
    return ActorEntry(
        name=("PARTY_TAGGED",), synonyms=(), roles=(Role(code, origin=origin),), origin=origin
    )


def _state_at(words: Sequence[str], i: int) -> int:
    """The end of a state's name that starts at ``i`` ("Del.", "N.Y.", "New York", "CA"), or
    ``i`` when none does."""
    for length in (3, 2, 1):
        if i + length <= len(words) and "_".join(words[i : i + length]) in US_STATE_NAMES:
            return i + length
    return i


def _name_start(tokens: Sequence[str], words: Sequence[str], end: int) -> int:
    """The first token of the capitalised name ending before ``end`` (a title before it
    included: "Sen. Chris Coons"), or ``end`` when no name stands there."""
    start = end
    while start > 0 and end - start < _MAX_NAME:
        tok = tokens[start - 1]
        if tok == "-" and start - 2 >= 0 and tokens[start - 2][:1].isupper():
            start -= 1  # "Ros - Lehtinen"
            continue
        if not tok[:1].isupper() or not tok.replace(".", "").replace("'", "").isalpha():
            break
        start -= 1
        if words[start] in NAME_TITLES:
            break
    # a name has a word that is no title
    if all(words[k] in NAME_TITLES or tokens[k] == "-" for k in range(start, end)):
        return end
    return start


def party_tagged(
    tokens: Sequence[str], words: Sequence[str], matches: Sequence[PhraseMatch]
) -> list[PhraseMatch]:
    """``matches`` with a mention for each name a party tag follows that no match covers."""
    # a title the dictionaries hold as an agent ("Sen.", "Rep.") is part of the tagged name
    covered = {i for m in matches if m.actors for i in range(m.start, m.end)}
    found: list[PhraseMatch] = []
    for i in range(1, len(words) - 2):
        if tokens[i - 1] not in _OPENERS:
            continue
        code: str | None = None
        origin = ""
        end = i
        if words[i] in PARTY_TAGS and tokens[i + 1] == "-":
            end = _state_at(words, i + 2)
            if end > i + 2:
                code, origin = PARTY_TAGS.get(words[i]), PARTY_TAGS.origin(words[i])
        else:
            after = _state_at(words, i)
            if after > i and after < len(words) and words[after] in PARTY_WORDS:
                end = after + 1
                code, origin = PARTY_WORDS.get(words[after]), PARTY_WORDS.origin(words[after])
        if not code or (end < len(tokens) and tokens[end] not in _CLOSERS and tokens[i - 1] == "("):
            continue
        start = _name_start(tokens, words, i - 1)
        if start == i - 1 or any(k in covered for k in range(start, i - 1)):
            continue
        found.append(PhraseMatch(start, i - 1, actors=(_entry(code, origin),)))
        covered.update(range(start, i - 1))
    if not found:
        return list(matches)
    inside = {k for m in found for k in range(m.start, m.end)}
    kept = [m for m in matches if not (m.start in inside or m.end - 1 in inside)]
    return sorted((*kept, *found), key=lambda m: m.start)
