"""Reader (and writer) for Phoenix/PETRARCH actor dictionaries: root lines, ``+`` synonyms and dated
``[CODE ...]`` roles, with the fixes FORMATS.md recommends for the shipped files' defects.

Decisions where the files are ambiguous (each one warns):

- a reversed interval ``[C D1-D2]`` with D1 > D2 is swapped (the dates are kept, the order fixed);
- a date with no operator ``[C D]`` is read as ``[C >D]`` (from D on);
- 7-digit dates are read as YYMMDD from their first six digits, longer ones from their first eight;
- a record with no usable role is dropped; the last record of a file is kept (flush at EOF);
- roles written on a ``+`` synonym line apply to the whole record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from eventscribe.dictionaries.model import ActorEntry, Role
from eventscribe.dictionaries.parsers import Reporter, phrase_tokens, read_lines, source_label

__all__ = ["format_actor_entry", "parse_actor_file", "parse_date", "parse_role"]

_BRACKET = re.compile(r"\[([^\]]*)\]?")
# "---" is a known non-actor; "+++" and "###" and "/"-joined codes occur in the validation suite.
_CODE = re.compile(r"^(?:---|\+\+\+|###|[A-Z][A-Z0-9/]*)$")


def parse_date(text: str) -> tuple[dt.date | None, str | None]:
    """A PETRARCH date (YYMMDD or YYYYMMDD) -> (date, None) or (None or date, problem).

    Up to 7 digits: YYMMDD from the first six, YY 00-30 -> 20YY, 31-99 -> 19YY. From 8 digits
    up: YYYYMMDD from the first eight. A 7-digit or >8-digit date is read but reported.
    """
    digits = text.strip()
    if not digits.isdigit() or len(digits) < 6:
        return None, f"date {text!r} is not YYMMDD or YYYYMMDD"
    problem = None
    if len(digits) <= 7:
        if len(digits) == 7:
            problem = f"7-digit date {digits!r} read as YYMMDD {digits[:6]!r}"
        yy, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
        year = 2000 + yy if yy <= 30 else 1900 + yy
    else:
        if len(digits) > 8:
            problem = f"{len(digits)}-digit date {digits!r} read as YYYYMMDD {digits[:8]!r}"
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    try:
        return dt.date(year, month, day), problem
    except ValueError:
        return None, f"impossible date {digits!r}"


def parse_role(content: str, note: str = "") -> tuple[Role | None, list[str]]:
    """The inside of a ``[...]`` role bracket -> (Role or None when unusable, problems)."""
    parts = content.split(None, 1)
    if not parts:
        return None, ["empty role brackets []"]
    code = parts[0].upper()
    restriction = "".join(parts[1].split()) if len(parts) > 1 else ""
    problems: list[str] = []
    if not _CODE.match(code):
        return None, [f"role [{content.strip()}] has no valid code"]
    if not restriction:
        return Role(code, note=note), problems
    start: dt.date | None = None
    end: dt.date | None = None
    if restriction[0] in "<>":
        day, problem = parse_date(restriction[1:])
        if problem:
            problems.append(problem)
        if day is None:
            return None, problems
        if restriction[0] == "<":
            end = day
        else:
            start = day
    elif "-" in restriction:
        first, _, second = restriction.partition("-")
        start, problem1 = parse_date(first)
        end, problem2 = parse_date(second)
        problems.extend(p for p in (problem1, problem2) if p)
        if start is None or end is None:
            return None, problems
        if start > end:
            problems.append(f"reversed interval {first}-{second}: read as {second}-{first}")
            start, end = end, start
    else:
        start, problem = parse_date(restriction)
        if problem:
            problems.append(problem)
        if start is None:
            return None, problems
        problems.append(f"date {restriction} has no operator (<, >, -): read as >{restriction}")
    return Role(code, start, end, note), problems


class _Record:
    __slots__ = ("comment", "line", "name", "roles", "synonyms")

    def __init__(self, name: tuple[str, ...], line: int, comment: str) -> None:
        self.name = name
        self.line = line
        self.comment = comment
        self.synonyms: list[tuple[str, ...]] = []
        self.roles: list[Role] = []


def _split_brackets(text: str) -> tuple[str, list[str]]:
    """'PHRASE [A] [B 990101-]' -> ('PHRASE ', ['A', 'B 990101-']); text after the last bracket
    (MNC tab fields) is ignored."""
    first = text.find("[")
    if first < 0:
        return text, []
    return text[:first], [m.group(1) for m in _BRACKET.finditer(text, first)]


def parse_actor_file(
    path: Path, *, strict: bool = False, source: str | None = None
) -> tuple[list[ActorEntry], list[str]]:
    """Read a PETRARCH/Phoenix actor dictionary.

    Returns the records in file order and the warnings ("file:line: message"). In strict mode the
    first problem raises DictionaryError instead. ``source`` names the file in origins (default: the
    path as given).
    """
    reporter = Reporter(source_label(path, source), strict)
    entries: list[ActorEntry] = []
    record: _Record | None = None

    def flush() -> None:
        if record is None:
            return
        if not record.roles:
            reporter.warn(record.line, f"actor {' '.join(record.name)!r} has no role; skipped")
            return
        entries.append(
            ActorEntry(
                name=record.name,
                synonyms=tuple(dict.fromkeys(s for s in record.synonyms if s != record.name)),
                roles=tuple(record.roles),
                origin=reporter.origin(record.line),
                comment=record.comment,
            )
        )

    def add_roles(target: _Record, contents: Iterable[str], line: int, note: str) -> None:
        for content in contents:
            role, problems = parse_role(content, note)
            for problem in problems:
                reporter.warn(line, problem, code="E203")
            if role is not None:
                target.roles.append(dataclasses.replace(role, origin=reporter.origin(line)))

    for line in read_lines(path, reporter):
        stripped = line.text.strip()
        indented = line.text[:1].isspace()
        if stripped.startswith("["):
            if record is None:
                reporter.warn(line.number, "role line before any actor; ignored")
                continue
            if not indented:
                reporter.warn(line.number, "role line not indented; read as a role")
            add_roles(record, _split_brackets(stripped)[1], line.number, line.comment)
        elif stripped.startswith("+"):
            if record is None:
                reporter.warn(line.number, "synonym line before any actor; ignored")
                continue
            phrase, brackets = _split_brackets(stripped[1:])
            tokens = phrase_tokens(phrase)
            if not tokens:
                reporter.warn(line.number, "empty synonym; ignored")
            else:
                record.synonyms.append(tokens)
            if brackets:
                reporter.warn(line.number, "roles on a synonym line apply to the whole record")
                add_roles(record, brackets, line.number, line.comment)
        else:
            flush()
            phrase, brackets = _split_brackets(stripped)
            tokens = phrase_tokens(phrase)
            if not tokens:
                reporter.warn(line.number, f"actor line {stripped!r} has no phrase; ignored")
                record = None
                continue
            record = _Record(tokens, line.number, line.comment)
            add_roles(record, brackets, line.number, line.comment)
    flush()  # PETRARCH loses the last record of every file
    return entries, reporter.warnings


def _format_date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def format_role(role: Role) -> str:
    """A Role as a PETRARCH role bracket (8-digit dates, which round-trip exactly)."""
    if role.start is not None and role.end is not None:
        return f"[{role.code} {_format_date(role.start)}-{_format_date(role.end)}]"
    if role.start is not None:
        return f"[{role.code} >{_format_date(role.start)}]"
    if role.end is not None:
        return f"[{role.code} <{_format_date(role.end)}]"
    return f"[{role.code}]"


def format_actor_entry(entry: ActorEntry) -> str:
    """An ActorEntry in the PETRARCH actor format (root, ``+`` synonyms, tab-indented roles)."""
    lines = ["_".join(entry.name) + (f"  # {entry.comment}" if entry.comment else "")]
    lines.extend("+" + "_".join(synonym) for synonym in entry.synonyms)
    lines.extend(
        "\t" + format_role(role) + (f"  # {role.note}" if role.note else "") for role in entry.roles
    )
    return "\n".join(lines) + "\n"
