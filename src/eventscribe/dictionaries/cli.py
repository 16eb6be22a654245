"""`eventscribe actors lookup` and `actors check`: the actor dictionaries from the shell."""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import re
import sys
from pathlib import Path

from eventscribe.dictionaries.model import ActorEntry, Role
from eventscribe.dictionaries.parsers import phrase_tokens
from eventscribe.errors import DictionaryError

CODE = re.compile(r"^(---|[A-Z]{3})([A-Z]{3})*$")


def register(actors_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = actors_sub.add_parser(
        "lookup", help="the entries matching a name and the code valid on a date"
    )
    p.add_argument("name", help="a name as it appears in text, e.g. 'Zelensky' or 'Xi Jinping'")
    p.add_argument("--date", type=_iso_date, help="the date (YYYY-MM-DD; default today)")
    p.add_argument("--dictionary", action="append", default=[], type=Path, metavar="FILE")
    p.set_defaults(func=cmd_lookup)

    p = actors_sub.add_parser(
        "check", help="validate dictionary files; exits non-zero on any problem"
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_check)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from e


def cmd_lookup(args: argparse.Namespace) -> int:
    from eventscribe.dictionaries.loader import load_dictionaries

    day = args.date or dt.date.today()
    words = phrase_tokens(args.name)  # as the dictionaries split it ("People's" -> PEOPLE 'S)
    dictionaries = load_dictionaries(extra_files=tuple(args.dictionary))
    hits = [e for e in dictionaries.actors if any(p == words for p in e.phrases)]
    if not hits:
        print(f"no actor entry for {args.name!r}", file=sys.stderr)
        return 1
    chosen = next((e for e in hits if e.code_on(day) is not None), None)
    for entry in hits:
        mark = "*" if entry is chosen else " "
        print(
            f"{mark} {'_'.join(entry.name)}  ({entry.origin})  "
            f"on {day}: {entry.code_on(day) or '-'}"
        )
        for role in entry.roles:
            print(f"      {_role_text(role)}")
    if chosen is not None:
        print(f"code on {day}: {chosen.code_on(day)} (from {chosen.origin})")
    else:
        print(f"no code holds on {day}")
    return 0


def _role_text(role: Role) -> str:
    span = "default" if role.is_default else f"{role.start or '...'} to {role.end or '...'}"
    note = f"  # {role.note}" if role.note else ""
    return f"[{role.code}] {span}{note}"


def check_entries(entries: list[ActorEntry]) -> list[str]:
    """Problems a parser cannot see line by line: unknown codes, inverted or overlapping ranges."""
    problems = []
    for entry in entries:
        dated = sorted(
            (r for r in entry.roles if not r.is_default), key=lambda r: r.start or dt.date.min
        )
        for role in entry.roles:
            if not CODE.match(role.code):
                problems.append(
                    f"{entry.origin}: unknown code {role.code!r} for {'_'.join(entry.name)}"
                )
            if role.start and role.end and role.start > role.end:
                problems.append(f"{entry.origin}: inverted date range {role.start} > {role.end}")
        for a, b in itertools.pairwise(dated):
            if a.end is None or (b.start is not None and b.start <= a.end and a.code != b.code):
                if a.end is None or b.start is None or b.start < a.end:
                    problems.append(
                        f"{entry.origin}: overlapping roles [{a.code} {a.start}-{a.end}] and "
                        f"[{b.code} {b.start}-{b.end}] for {'_'.join(entry.name)}"
                    )
    return problems


def cmd_check(args: argparse.Namespace) -> int:
    from eventscribe.dictionaries.loader import read_user_file

    n_problems = 0
    for path in args.files:
        try:
            # lenient: every problem of the file is listed, not only the first
            actors, agents, warnings = read_user_file(path, strict=False)
        except DictionaryError as e:
            print(str(e), file=sys.stderr)
            n_problems += 1
            continue
        except OSError as e:
            print(f"{path}: cannot read: {e.strerror}", file=sys.stderr)
            n_problems += 1
            continue
        problems = [*warnings, *check_entries(actors)]
        for line in problems:
            print(line, file=sys.stderr)
        n_problems += len(problems)
        print(f"{path}: {len(actors)} actors, {len(agents)} agents, {len(problems)} problem(s)")
    return 1 if n_problems else 0
