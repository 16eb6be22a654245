"""CAMEO and PLOVER reference tables: names, quad classes, Goldstein values, CAMEO -> PLOVER map.

The tables ship in ``eventscribe/data/ontology/`` (sources and licences in its ATTRIBUTION.md) and
are read once, on first use.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any

__all__ = [
    "CameoInfo",
    "PloverType",
    "cameo_codes",
    "cameo_info",
    "is_known_cameo",
    "plover_event_types",
    "quad_class_of_plover",
    "sector_names",
]

_CODE_RE = re.compile(r"\d{2,4}")
# "0311: AGREE,  ,   economic # Express intent ..." and root headers such as "03: AGREE".
_PLOVER_LINE_RE = re.compile(r"^(?P<code>\d{2,4})\s*:\s*(?P<body>[^#]*)")


@dataclass(frozen=True)
class CameoInfo:
    """One CAMEO code with its name, quad class, Goldstein value and PLOVER mapping.

    ``goldstein`` is GDELT's value (ICEWS's where GDELT has none). ``plover_event`` is None for
    codes PLOVER dropped (01x statements); 02x appeals, which the published table also drops, are
    REQUEST by eventscribe's ``plover_appeals.txt``. ``plover_mode`` is always a mode the PLOVER
    manual lists for ``plover_event`` (or None); ``plover_context`` joins several contexts with ";".
    """

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None
    quad_class_phoenix: int | None = None  # Phoenix's penta class: 0 for 01-02, 16x is 3


@dataclass(frozen=True)
class PloverType:
    """One PLOVER event type as the PLOVER manual defines it."""

    name: str
    quad: int
    definition: str
    requires_recipient: bool
    modes: Mapping[str, str] = field(hash=False)  # mode name -> definition


# Modes of CAMEO2PLOVER-2021.txt that the manual no longer lists, where a listed mode plainly means
# the same; other unlisted modes ("massacre", "ban", "pro_autocracy" ...) are dropped.
_MODE_RENAMES = {
    ("ASSAULT", "seize"): "destroy",  # 1712 Destroy property
    ("ASSAULT", "assassinate"): "targeted",  # 185, 186
    ("RETREAT", "return"): "release",  # 0842 Return, release property
}

# Contexts of the 2021 table that the manual renamed since; unknown contexts are dropped.
_CONTEXT_RENAMES = {"democracy": "pro_democracy", "humanitarian": "human_security"}


@dataclass(frozen=True)
class _PloverMapping:
    event: str
    mode: str | None
    context: str | None


def _read_text(filename: str) -> str:
    return (resources.files("eventscribe") / "data" / "ontology" / filename).read_text(
        encoding="utf-8"
    )


def _blank_to_none(text: str) -> str | None:
    text = text.strip()
    return text or None


@functools.cache
def _plover_mappings() -> dict[str, _PloverMapping]:
    return _read_mappings("CAMEO2PLOVER-2021.txt")


@functools.cache
def _plover_additions() -> dict[str, _PloverMapping]:
    """eventscribe's additions to the published table: CAMEO 02 APPEAL as REQUEST, as the PLOVER
    manual defines REQUEST (plover_appeals.txt says why). They stand where the published table
    drops a code."""
    return _read_mappings("plover_appeals.txt")


@functools.cache
def _plover_corrections() -> dict[str, _PloverMapping]:
    """eventscribe's corrections of the published table where the PLOVER manual codes an act
    otherwise (plover_manual.txt says which and why): they win over the table's lines."""
    return _read_mappings("plover_manual.txt")


def _read_mappings(filename: str) -> dict[str, _PloverMapping]:
    mappings: dict[str, _PloverMapping] = {}
    for line in _read_text(filename).splitlines():
        match = _PLOVER_LINE_RE.match(line)
        if match is None:
            continue
        parts = [part.strip() for part in match["body"].split(",")]
        event = parts[0].upper()
        if not event:
            continue
        mode = _blank_to_none(parts[1]) if len(parts) > 1 else None
        contexts = [c.strip() for c in parts[2].split(";")] if len(parts) > 2 else []
        context = ";".join(c for c in contexts if c) or None
        # The file repeats a few codes (root 08 as CONCEDE then RETREAT, 175 twice): first one wins.
        mappings.setdefault(match["code"], _PloverMapping(event, mode, context))
    return mappings


def _known_contexts(context: str | None, known: set[str]) -> str | None:
    if context is None:
        return None
    names = (_CONTEXT_RENAMES.get(name, name) for name in context.split(";"))
    return ";".join(name for name in names if name in known) or None


def _goldstein(row: Mapping[str, str]) -> float:
    for column in ("goldstein_gdelt", "goldstein_icews", "goldstein_phoenix"):
        value = row[column].strip()
        if value:
            return float(value)
    return 0.0


@functools.cache
def _cameo_table() -> dict[str, CameoInfo]:
    table: dict[str, CameoInfo] = {}
    mappings = _plover_mappings()
    corrections = _plover_corrections()
    additions = _plover_additions()
    plover_types = _plover_types()
    known_contexts = set(_plover_json()["contexts"])
    reader = csv.DictReader(
        _read_text("CAMEO.codes.goldstein.quad.tsv").splitlines(), delimiter="\t"
    )
    for row in reader:
        code = row["cameo_code"].strip()
        # a correction wins over the table's line, and over its dropping a code (016)
        dropped = row["plover_match"].strip() == "dropped" and code not in corrections
        mapping = corrections.get(code) or (None if dropped else mappings.get(code))
        if mapping is None and code in additions:
            mapping, dropped = additions[code], False
        plover_event = mapping.event if mapping else _blank_to_none(row["plover_event"])
        mode = None
        if mapping and mapping.mode and plover_event in plover_types:
            mode = _MODE_RENAMES.get((plover_event, mapping.mode), mapping.mode)
            if mode not in plover_types[plover_event].modes:
                mode = None
        table[code] = CameoInfo(
            code=code,
            name=row["name_gdelt"].strip() or row["name_icews"].strip(),
            root=row["root_code"].strip(),
            quad_class=int(row["quad_class"]),
            goldstein=_goldstein(row),
            plover_event=None if dropped else plover_event,
            plover_mode=mode,
            plover_context=_known_contexts(mapping.context, known_contexts) if mapping else None,
            quad_class_phoenix=(
                int(row["quad_class_phoenix"]) if row["quad_class_phoenix"].strip() else None
            ),
        )
    return table


def cameo_codes() -> list[str]:
    """Every CAMEO code in the table, in CAMEO order, leading zeros kept ("010", "0211" ...)."""
    return list(_cameo_table())


def cameo_info(code: str) -> CameoInfo | None:
    """The entry for ``code``, or for its nearest listed parent ("1431" -> "143" -> "14").

    The returned ``code`` says which entry matched. Codes must be written with their leading zero
    ("042", not "42"); anything that is not 2-4 digits under a known root gives None.
    """
    code = code.strip()
    if _CODE_RE.fullmatch(code) is None:
        return None
    table = _cameo_table()
    while len(code) >= 2:
        info = table.get(code)
        if info is not None:
            return info
        code = code[:-1]
    return None


def is_known_cameo(code: str) -> bool:
    """Whether ``code`` is itself listed in CAMEO (no fallback to a parent)."""
    return code.strip() in _cameo_table()


@functools.cache
def _plover_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_read_text("plover_ontology.json"))
    return data


@functools.cache
def _plover_types() -> dict[str, PloverType]:
    types: dict[str, PloverType] = {}
    for name, entry in _plover_json()["event_types"].items():
        types[name] = PloverType(
            name=name,
            quad=int(entry["quad"]),
            definition=str(entry["definition"]),
            requires_recipient=bool(entry.get("requires_recipient", False)),
            modes=MappingProxyType({str(k): str(v) for k, v in entry.get("modes", {}).items()}),
        )
    return types


def plover_event_types() -> dict[str, PloverType]:
    """The PLOVER event types by name ("AGREE" ... "ASSAULT"), in a dict the caller may change."""
    return dict(_plover_types())


def quad_class_of_plover(event: str) -> int | None:
    """The quad class (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)."""
    plover_type = _plover_types().get(event.strip().upper())
    return plover_type.quad if plover_type else None


def sector_names() -> dict[str, str]:
    """PLOVER sector codes and what each covers ("MIL" -> "state military personnel/equipment")."""
    sectors: dict[str, Any] = _plover_json()["sector_codes"]
    return {str(code): str(text) for code, text in sectors.items()}
