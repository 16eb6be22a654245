"""How place names are compared: the folded key of a name and its spelling-blind skeleton."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

__all__ = ["fold_name", "like", "skeleton", "without_article"]

_SPACES_RE = re.compile(r"\s+")
_SAINT_RE = re.compile(r"\bst\b")
_ARTICLE_PREFIX_RE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ath|an|ed|es|et)\s+")
_NOT_LETTER_RE = re.compile(r"[^a-z]")
_VOWELS_RE = re.compile(r"[aeiouyw]+")
_DOUBLE_RE = re.compile(r"(.)\1+")
_LIKE = 0.55


def fold_name(text: str) -> str:
    """The comparison key of a place name: case and diacritics folded, full stops dropped, hyphens
    read as spaces, "St" as "Saint" ("ST. PETERSBURG" = "Saint Petersburg", "Zürich" = "zurich");
    "" for non-Latin scripts."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        if not text.isascii():
            text = text.replace("’", "'").replace("‘", "'").replace("ʻ", "'").replace("ʼ", "'")
            if not text.isascii():
                return ""
    key = text.lower().replace(".", "").replace("-", " ")
    if "  " in key or "\t" in key:
        key = _SPACES_RE.sub(" ", key)
    key = key.strip()
    if "st" in key:
        key = _SAINT_RE.sub("saint", key)
    return key


def without_article(key: str) -> str:
    """A folded name without its Arabic article ("al hasakah" -> "hasakah")."""
    return _ARTICLE_PREFIX_RE.sub("", key)


def like(key: str, other: str) -> bool:
    """Whether two folded names that share a skeleton are spellings of one name rather than two
    names that happen to share consonants ("hodeidah" and "al hudaydah" are; "kawmoora" and
    "comilla" are not): more than half their letters in common, articles aside."""
    return SequenceMatcher(None, without_article(key), without_article(other)).ratio() >= _LIKE


def skeleton(key: str) -> str:
    """The spelling-blind form of a folded name: no article prefix, no apostrophes or spaces,
    every run of vowels one "a", no doubled letters ("sa'dah" and "saada" -> "sada"), so English
    spellings of Arabic names meet GeoNames' transliterations."""
    key = _NOT_LETTER_RE.sub("", without_article(key))
    if key.endswith("h") and len(key) > 3:
        key = key[:-1]  # "Fallujah" = "Falluja"
    key = _DOUBLE_RE.sub(r"\1", key)
    return _VOWELS_RE.sub("a", key)
