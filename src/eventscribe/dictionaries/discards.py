"""Reader for PETRARCH discard lists: one phrase a line; a leading ``+`` discards the whole story,
otherwise only the sentence. Phrases become spaCy-style token tuples (a trailing ``_`` means the
phrase must end at a word boundary, which token matching gives anyway)."""

from __future__ import annotations

from pathlib import Path

from eventscribe.dictionaries.model import Discards
from eventscribe.dictionaries.parsers import Reporter, phrase_tokens, read_lines, source_label

__all__ = ["parse_discard_file"]


def parse_discard_file(
    path: Path,
    *,
    strict: bool = False,
    source: str | None = None,
    warnings: list[str] | None = None,
) -> Discards:
    """Read a discard list -> Discards (story and sentence phrases in file order, duplicates once).

    Problems are appended to ``warnings`` when a list is given (or raise in strict mode).
    """
    reporter = Reporter(source_label(path, source), strict)
    story: list[tuple[str, ...]] = []
    sentence: list[tuple[str, ...]] = []
    for line in read_lines(path, reporter):
        text = line.text.strip()
        target = sentence
        if text.startswith("+"):
            text, target = text[1:], story
        tokens = phrase_tokens(text)
        if not tokens:
            reporter.warn(line.number, f"discard line {line.text.strip()!r} has no phrase")
            continue
        if tokens not in target:
            target.append(tokens)
    if warnings is not None:
        warnings.extend(reporter.warnings)
    return Discards(story=tuple(story), sentence=tuple(sentence))
