"""What ``eventscribe actors check`` finds in actor entries beyond what a parser sees line by line:
bad codes and overlapping roles (errors), holes in a person's timeline and roles that stop before
the rest of the file does (warnings).

Dates are inclusive (``Role.holds_on``): a role ending on D and the next starting on D overlap by
one day; a role ending on D and the next starting on D + 1 leave no hole. Default (bare) roles are
not dated: an entry with a default has no holes and never runs out, since the default fills them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventscribe.dictionaries.model import ActorEntry, Role

__all__ = ["CODE", "Finding", "check_entries"]

CODE = re.compile(r"^(---|[A-Z]{3})([A-Z]{3})*$")
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Finding:
    """One problem of a dictionary file, at ``origin`` ("file:line")."""

    origin: str
    code: str  # E2xx: an error (``actors check`` exits 1); W2xx: a warning
    message: str

    @property
    def is_error(self) -> bool:
        return self.code.startswith("E")

    def __str__(self) -> str:
        level = "" if self.is_error else "warning "
        return f"{self.origin}: {level}[{self.code}] {self.message}"


def check_entries(entries: Sequence[ActorEntry]) -> list[Finding]:
    """Findings for the entries of one file, in file order.

    - E207 a code that is not a CAMEO actor code;
    - E208 a role whose start is after its end;
    - E209 two roles of one person that hold on the same day (the one written first would win
      silently, so the other is dead for those days);
    - W210 a hole: days between two dated roles of a person on which no role holds (and no
      default), so a mention on those days finds no code, or an older entry of the same name.
      The message says when the same code and office continue on both sides (a term that was
      meant to run on) or the person moves between offices (an "ELI" or "former ..." role is
      usually missing);
    - W211 a person's roles all end before the latest date the same file writes: after that day
      the person has no code, while the file's other entries run on (the data's convention is an
      open "former ..." role after the last office).
    """
    findings: list[Finding] = []
    horizon = _horizon(entries)
    for entry in entries:
        findings.extend(_check_entry(entry, horizon))
    return findings


def _horizon(entries: Sequence[ActorEntry]) -> dt.date | None:
    days = [
        day
        for entry in entries
        for role in entry.roles
        for day in (role.start, role.end)
        if day is not None
    ]
    return max(days, default=None)


def _label(entry: ActorEntry) -> str:
    return " ".join(entry.name)


def _span(role: Role) -> str:
    return f"[{role.code} {role.start or '...'} to {role.end or '...'}]"


def _office(role: Role) -> str:
    return role.note.split("; ")[0]


def _check_entry(entry: ActorEntry, horizon: dt.date | None) -> list[Finding]:
    findings: list[Finding] = []
    name = _label(entry)
    for role in entry.roles:
        where = role.origin or entry.origin
        if not CODE.match(role.code):
            findings.append(Finding(where, "E207", f"unknown code {role.code!r} for {name}"))
        if role.start and role.end and role.start > role.end:
            findings.append(
                Finding(where, "E208", f"inverted date range {role.start} > {role.end} for {name}")
            )
    dated = sorted(
        (
            r
            for r in entry.roles
            if not r.is_default and not (r.start and r.end and r.start > r.end)
        ),
        key=lambda r: (r.start or dt.date.min, r.end or dt.date.max),
    )
    has_default = any(r.is_default for r in entry.roles)
    latest: Role | None = None  # among the roles seen so far, the one that ends last
    for role in dated:
        where = role.origin or entry.origin
        if latest is not None:
            start = role.start or dt.date.min
            if latest.end is None or start <= latest.end:
                last = min(latest.end or dt.date.max, role.end or dt.date.max)
                first = max(start, latest.start or dt.date.min)
                findings.append(
                    Finding(
                        where,
                        "E209",
                        f"overlapping roles {_span(latest)} and {_span(role)} for {name}: both "
                        f"hold {_days(first, last)}; the one written first wins",
                    )
                )
            elif not has_default and start - latest.end > _ONE_DAY:
                hole = _days(latest.end + _ONE_DAY, start - _ONE_DAY)
                if latest.code == role.code and _office(latest) == _office(role):
                    why = f"the same office continues on both sides ({_office(role) or role.code})"
                else:
                    why = "between two offices; is a role missing?"
                findings.append(
                    Finding(
                        where,
                        "W210",
                        f"hole: no role of {name} holds {hole}, between {_span(latest)} and "
                        f"{_span(role)}: {why}",
                    )
                )
        if latest is None or (
            latest.end is not None and (role.end is None or role.end > latest.end)
        ):
            latest = role
    if (
        latest is not None
        and not has_default
        and latest.end is not None
        and horizon is not None
        and latest.end < horizon
    ):
        findings.append(
            Finding(
                latest.origin or entry.origin,
                "W211",
                f"{name} has no role after {latest.end}, though this file runs to {horizon}: "
                "a later mention finds no code; add a 'former ...' role from the next day or "
                "leave `until` open",
            )
        )
    return findings


def _days(first: dt.date, last: dt.date) -> str:
    if first == last:
        return f"on {first}"
    if first == dt.date.min:
        return f"up to {last}"
    if last == dt.date.max:
        return f"from {first} on"
    count = (last - first).days + 1
    return f"{first}..{last} ({count} days)"
