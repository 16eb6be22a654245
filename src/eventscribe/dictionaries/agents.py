"""Reader for PETRARCH agent dictionaries (``Phoenix.agents.txt``): ``phrase {plural} [~CODE]``
lines and ``!SET! = a, b`` substitution sets.

Differences from PETRARCH, on purpose: a word ending in S gets no generated plural (PETRARCH made
TAXPAYERSES); a marker line does not re-store the previous line's plural under its own code (the
reader bug of FORMATS §5); ``{}`` always means "no plural", even after a substitution marker.
"""

from __future__ import annotations

import re
from pathlib import Path

from eventscribe.dictionaries.model import AgentEntry
from eventscribe.dictionaries.parsers import (
    Reporter,
    noun_plural,
    phrase_tokens,
    read_lines,
    source_label,
)

__all__ = ["parse_agent_code", "parse_agent_file"]

_SET_LINE = re.compile(r"^\s*!([A-Z0-9_]+)!\s*=(.*)$", re.IGNORECASE)
_MARKER = re.compile(r"!([A-Z0-9_]+)!", re.IGNORECASE)
_AGENT_CODE = re.compile(r"^(~)?([A-Z]{3}(?:[A-Z0-9]{3})*)(~)?$")


def parse_agent_code(text: str) -> tuple[str, bool] | None:
    """``~GOV`` -> ("GOV", False) (append); ``IGO~`` -> ("IGO", True) (prepend); None if invalid.

    A code without a tilde is read as appended.
    """
    match = _AGENT_CODE.match("".join(text.split()).upper())
    if match is None or (match.group(1) and match.group(3)):
        return None
    return match.group(2), bool(match.group(3))


def _plural_of(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    if not tokens:
        return None
    plural = noun_plural(tokens[-1])
    return None if plural is None else (*tokens[:-1], plural)


def parse_agent_file(
    path: Path, *, strict: bool = False, source: str | None = None
) -> tuple[list[AgentEntry], list[str]]:
    """Read a PETRARCH agent dictionary -> (entries with their plurals, warnings).

    Each phrase gives an AgentEntry, followed by one for its plural: the ``{PLURAL}`` given, none
    for ``{}``, else a generated one on the last word (consonant+Y -> IES, X/Z/CH/SH -> +ES,
    nothing for a final S, else +S). In a phrase, the first ``!SET!`` is replaced by each member
    of the set in turn, verbatim and without generated plurals.
    """
    reporter = Reporter(source_label(path, source), strict)
    sets: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for line in read_lines(path, reporter):
        text = line.text.strip()
        set_match = _SET_LINE.match(text)
        if set_match:
            members = [m.strip() for m in set_match.group(2).split(",") if m.strip()]
            if not members:
                reporter.warn(line.number, f"substitution set !{set_match.group(1)}! is empty")
            sets[set_match.group(1).upper()] = members
            continue
        origin = reporter.origin(line.number)
        code_at = text.find("[")
        if code_at < 0:
            reporter.warn(line.number, f"agent {text!r} has no [code]; skipped")
            continue
        code_text = text[code_at + 1 :]
        end = min((i for i in (code_text.find("]"), code_text.find("}")) if i >= 0), default=-1)
        if end < 0 or code_text[end] != "]":
            reporter.warn(line.number, f"code bracket [{code_text.strip()} is not closed")
        parsed = parse_agent_code(code_text[:end] if end >= 0 else code_text)
        if parsed is None:
            reporter.warn(line.number, f"agent code [{code_text.strip()} is not ~XXX or XXX~")
            continue
        code, prepend = parsed
        head = text[:code_at]
        plural_text: str | None = None
        has_braces = "{" in head
        if has_braces:
            head, _, rest = head.partition("{")
            plural_text, closed, _ = rest.partition("}")
            if not closed:
                reporter.warn(line.number, "plural brace { is not closed")
        phrases: list[tuple[str, ...]]
        marker = _MARKER.search(head)
        if marker:
            set_members = sets.get(marker.group(1).upper())
            if set_members is None:
                reporter.warn(line.number, f"substitution set !{marker.group(1)}! is not defined")
                continue
            if _MARKER.search(head, marker.end()):
                reporter.warn(line.number, "only the first !SET! marker is replaced; others kept")
            phrases = [
                phrase_tokens(head[: marker.start()] + member + head[marker.end() :])
                for member in set_members
            ]
        else:
            phrases = [phrase_tokens(head)]
        phrases = [p for p in phrases if p]
        if not phrases:
            reporter.warn(line.number, "agent line has no phrase; skipped")
            continue
        for phrase in phrases:
            entries.append(AgentEntry(phrase, code, prepend, origin))
        if has_braces:
            plural = phrase_tokens(plural_text or "")
            if plural:
                entries.append(AgentEntry(plural, code, prepend, origin))
        elif not marker:
            generated = _plural_of(phrases[0])
            if generated is not None:
                entries.append(AgentEntry(generated, code, prepend, origin))
    return entries, reporter.warnings
