"""`eventscribe actors lookup`, `actors check` and `actors stats`: the actor dictionaries from the
shell (the checks themselves are in checks.py, the counts in stats.py)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from eventscribe.dictionaries.checks import check_entries
from eventscribe.dictionaries.model import Role
from eventscribe.dictionaries.parsers import phrase_tokens
from eventscribe.errors import DictionaryError


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
    p.add_argument(
        "--strict",
        action="store_true",
        help="warnings (holes in a timeline, roles that stop early) also make the exit status 1",
    )
    p.set_defaults(func=cmd_check)

    p = actors_sub.add_parser(
        "stats", help="people and roles of the YAML actor files per sector and region"
    )
    p.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="YAML actor files (default: the shipped 2014-2026 update)",
    )
    p.add_argument(
        "--sector",
        action="append",
        default=[],
        metavar="SECTOR",
        help="only these sectors (GOV, OPP, LEG, JUD, MIL, ...), in this order; repeatable",
    )
    p.set_defaults(func=cmd_stats)


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


def cmd_check(args: argparse.Namespace) -> int:
    from eventscribe.dictionaries.loader import read_user_file

    n_errors = n_warnings = 0
    for path in args.files:
        try:
            # lenient: every problem of the file is listed, not only the first
            actors, agents, parse_problems = read_user_file(path, strict=False)
        except DictionaryError as e:
            print(str(e), file=sys.stderr)
            n_errors += 1
            continue
        except OSError as e:
            print(f"{path}: cannot read: {e.strerror}", file=sys.stderr)
            n_errors += 1
            continue
        findings = check_entries(actors)
        for line in parse_problems:
            print(line, file=sys.stderr)
        for finding in findings:
            print(str(finding), file=sys.stderr)
        errors = len(parse_problems) + sum(f.is_error for f in findings)
        warnings = len(findings) - sum(f.is_error for f in findings)
        n_errors += errors
        n_warnings += warnings
        print(
            f"{path}: {len(actors)} actors, {len(agents)} agents, {errors} problem(s), "
            f"{warnings} warning(s)"
        )
    return 1 if n_errors or (args.strict and n_warnings) else 0


def cmd_stats(args: argparse.Namespace) -> int:
    from eventscribe.dictionaries.loader import ACTORS_UPDATE_DIR
    from eventscribe.dictionaries.stats import count_actors, format_markdown, region_table

    files = args.files or sorted(ACTORS_UPDATE_DIR.glob("*.yaml"))
    for path in files:
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 1
    counts = count_actors(files, region_table(ACTORS_UPDATE_DIR))
    sectors = args.sector or None
    print(format_markdown(counts, sectors))
    print()
    print(
        f"{counts.actors} actors, {counts.role_total} roles in {len(files)} file(s); "
        "cells: people / roles"
    )
    return 0
