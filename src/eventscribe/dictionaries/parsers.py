"""What every dictionary reader shares: reading lines, reporting problems, and turning phrases into
the token sequences spaCy produces. The format readers live in actors, agents, verbs, discards and
yaml_overlay; this module re-exports their entry points lazily (see ``__getattr__``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventscribe.dictionaries.model import normalise_word
from eventscribe.errors import DictionaryError

__all__ = [
    "Line",
    "Reporter",
    "noun_plural",
    "phrase_tokens",
    "read_lines",
    "source_label",
]


@dataclass(frozen=True)
class Line:
    """A line of a dictionary file: its number, its text with the comment cut, the comment."""

    number: int
    text: str  # comment removed, right-stripped; leading whitespace kept (it marks role lines)
    comment: str


@dataclass
class Reporter:
    """Collects "file:line: message" warnings, or raises DictionaryError at the first (strict)."""

    source: str
    strict: bool = False
    warnings: list[str] = field(default_factory=list)

    def origin(self, line: int) -> str:
        return f"{self.source}:{line}"

    def warn(self, line: int, message: str, *, code: str = "E201") -> None:
        if self.strict:
            raise DictionaryError(message, origin=self.origin(line), code=code)
        self.warnings.append(f"{self.origin(line)}: {message}")


def source_label(path: Path, source: str | None) -> str:
    """The name used in origins: the caller's label, else the path as given."""
    return source if source is not None else str(path)


def unreadable(path: Path, error: OSError) -> DictionaryError:
    """The error for a dictionary file that cannot be opened or read."""
    return DictionaryError(
        f"Cannot read the dictionary file: {error.strerror or error}. Check the path.",
        origin=str(path),
        code="E200",
    )


def read_text(path: Path, reporter: Reporter) -> str:
    """The file decoded as UTF-8 (undecodable bytes become U+FFFD, with a warning)."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise unreadable(path, e) from e
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        reporter.warn(1, "not valid UTF-8; undecodable bytes were replaced", code="E202")
        return raw.decode("utf-8", errors="replace")


def read_lines(path: Path, reporter: Reporter) -> Iterator[Line]:
    """The meaningful lines of a PETRARCH-style file.

    A line whose first character is ``#`` or that starts with ``<!`` is skipped (only that one line:
    multi-line ``<!-- -->`` comments work when their later lines are ``#`` lines, as in PETRARCH).
    Elsewhere the text is cut at the *first* ``#``. Ctrl-Z bytes and CRs are dropped; blank lines
    are skipped.
    """
    text = read_text(path, reporter)
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.replace("\x1a", "").replace("\r", "").replace("\ufeff", "")
        if not line.strip() or line.startswith("#") or line.lstrip().startswith("<!"):
            continue
        body, _, comment = line.partition("#")
        if not body.strip():
            continue
        yield Line(number, body.rstrip(), " ".join(comment.split()))


# --- phrases as spaCy tokens -------------------------------------------------------------------

# spaCy splits a hyphen when a letter follows it, or when it sits between two digits ("1990-2000");
# "F-16", "Ka-52" and "Mid-2014" stay whole.
_HYPHEN = re.compile(r"(?<=[^\W_])-(?=[^\W\d_])|(?<=\d)-(?=\d)")
_SUFFIXES = ("'S", "N'T", "'M", "'LL", "'RE", "'VE", "'D")
# Characters that spaCy makes tokens of their own and that the coder ignores: dropped from phrases.
_DROP = set(',;:()[]{}"!?+*<>`') | {"«", "»", "“", "”", "„"}


def _split_word(word: str) -> list[str]:
    """One whitespace chunk (already normalised) -> spaCy-like tokens."""
    chunk = "".join(" " if ch in _DROP else ch for ch in word)
    tokens: list[str] = []
    for piece in chunk.split():
        if piece in _SUFFIXES:
            # a clitic standing alone ("'S", "'D"): a token as it is, as when split off a word,
            # so that tokens joined by spaces give the same tokens again
            tokens.append(piece)
            continue
        piece = piece.lstrip("'")  # an opening quote
        # plural possessive: "parents'" -> "parents" "'" (the bare quote is then dropped)
        if piece.endswith("'"):
            piece = piece.rstrip("'")
        suffix = ""
        for candidate in _SUFFIXES:
            if piece.endswith(candidate) and len(piece) > len(candidate):
                piece, suffix = piece[: -len(candidate)], candidate
                break
        for part in _HYPHEN.sub(" - ", piece).split():
            if part.endswith(".") and not _keeps_period(part):
                part = part.rstrip(".")
            if part:
                tokens.append(part)
        if suffix:
            tokens.append(suffix)
    return tokens


def _keeps_period(word: str) -> bool:
    """spaCy keeps the final period of initials ("W."), dotted abbreviations ("U.N.") and the
    abbreviations its English tokenizer holds whole ("Sen.", "Gov.", "Jr.", "Inc.")."""
    core = word.rstrip(".")
    return len(core) == 1 or "." in core or word in _abbreviations()


@functools.cache
def _abbreviations() -> frozenset[str]:
    """The English tokenizer's one-word abbreviations with a final period, upper-case: the
    tokenizer keeps them as one token with their period, so a phrase must too."""
    from spacy.lang.en import English  # the language data only, no pipeline

    return frozenset(
        normalise_word(form)
        for form in English.Defaults.tokenizer_exceptions
        if form.endswith(".") and "." not in form[:-1] and len(form) > 2
    )


def phrase_tokens(text: str) -> tuple[str, ...]:
    """A dictionary phrase as the sequence of normalised tokens spaCy would produce for it.

    ``_`` and spaces separate words (a trailing ``_`` means nothing); hyphens between letters
    become ``-`` tokens (``BAN_KI-MOON`` -> BAN KI - MOON); ``'S`` and ``N'T`` are split off;
    commas, parentheses, brackets, quotes and ``+`` are dropped, as is a final period except after
    an initial or inside a dotted abbreviation (``W.``, ``U.N.`` keep theirs). Every token goes
    through ``normalise_word``.
    """
    tokens = normalise_word(text).replace("_", " ").split()
    # split again until each token splits into itself: stripping a period, a quote or a clitic
    # can leave another ("0'D." -> "0'D" -> "0" "'D"); tokens must give themselves back
    for _ in range(8):
        again = [
            token
            for word in tokens
            for token in (normalise_word(t) for t in _split_word(word))
            if token
        ]
        if again == tokens:
            break
        tokens = again
    return tuple(tokens)


# --- plurals -----------------------------------------------------------------------------------

_VOWELS = set("AEIOU")


def noun_plural(word: str) -> str | None:
    """The regular plural of an upper-case noun, or None when none should be generated.

    Consonant + Y -> IES; X/Z/CH/SH -> +ES; a word already ending in S gets none (PETRARCH2's
    S -> SES rule made TAXPAYERSES); otherwise +S.
    """
    if not word or not word[-1].isalpha():
        return None
    if word.endswith("S"):
        return None
    if word.endswith("Y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "IES"
    if word.endswith(("X", "Z", "CH", "SH")):
        return word + "ES"
    return word + "S"


def __getattr__(name: str) -> Any:
    """``from eventscribe.dictionaries.parsers import parse_actor_file`` etc. also work."""
    lazy = {
        "parse_actor_file": "actors",
        "format_actor_entry": "actors",
        "parse_agent_file": "agents",
        "parse_verb_file": "verbs",
        "parse_discard_file": "discards",
        "parse_yaml_file": "yaml_overlay",
    }
    if name in lazy:
        import importlib

        module = importlib.import_module(f"eventscribe.dictionaries.{lazy[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
