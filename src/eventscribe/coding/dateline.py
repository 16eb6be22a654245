"""Where a sentence's dateline ends: "(CNN)", "WASHINGTON (Reuters) -", "TEHRAN, Iran (AP) —",
"KABUL, Afghanistan —". A dateline names where the story was filed; its words are no actor
(coding/mentions.py) and no subject of the sentence's verb (coding/events.py)."""

from __future__ import annotations

from collections.abc import Sequence

from eventscribe.coding.lexicon import table
from eventscribe.dictionaries.model import normalise_word

DATELINE_AGENCIES = table("DATELINE_AGENCIES")
_DASHES = frozenset({"-", "--", "—", "–"})
MAX_DATELINE = 10


def dateline_end(words: Sequence[str]) -> int:
    """How many leading words are a dateline: "(CNN)", "WASHINGTON (Reuters) -", "TEHRAN, Iran
    (AP) —", "WASHINGTON —"; 0 when the sentence starts with none."""
    if not words:
        return 0
    if words[0] == "(":
        close = next((k for k in range(1, min(len(words), 6)) if words[k] == ")"), None)
        if close is not None:
            end = close + 1
            return end + 1 if end < len(words) and words[end] in _DASHES else end
    dash = next((k for k in range(min(len(words), MAX_DATELINE)) if words[k] in _DASHES), None)
    if dash is None or dash == 0:
        return _agency_dateline_end(words)
    head = words[:dash]
    has_agency = "(" in head and ")" in head
    # "WASHINGTON —", "MEXICO CITY -": a place in capitals, not a hyphenated name ("Al-Shabaab");
    # "KABUL, Afghanistan —", "ERBIL, Iraq –": a place in capitals, its country or state after a
    # comma
    comma = head.index(",") if "," in head else len(head)
    place, region = head[:comma], head[comma + 1 :]
    shouting = bool(place) and all(
        w.isupper() and len(w) > 1 for w in place if any(ch.isalpha() for ch in w)
    )
    regional = comma < len(head) and 0 < len(region) <= 3 and all(w[:1].isupper() for w in region)
    if has_agency or (shouting and len(place) <= 3 and (comma == len(head) or regional)):
        return dash + 1
    return 0


def _agency_dateline_end(words: Sequence[str]) -> int:
    """ "Washington (CNN) House Speaker ...", "Brussels, Belgium (CNN) In grainy images": a place
    of at most four capitalised words, then a news agency in brackets (DATELINE_AGENCIES), and no
    dash; 0 otherwise."""
    opening = next((k for k in range(1, min(len(words), 6)) if words[k] == "("), None)
    if opening is None or opening + 2 >= len(words) or words[opening + 2] != ")":
        return 0
    if normalise_word(words[opening + 1]) not in DATELINE_AGENCIES:
        return 0
    place = [w for w in words[:opening] if w != ","]
    if not place or not all(w[:1].isupper() for w in place):
        return 0
    return opening + 3
