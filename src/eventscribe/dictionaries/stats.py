"""How many people and dated roles the YAML actor files hold, by sector and region: the counts
``eventscribe actors stats`` prints and docs/actors.md reports.

A role's sector is its code's first block after the country (``UKRGOV`` -> GOV, ``RUSGOVMIL`` ->
GOV, ``PSEREBHMS`` -> REB); codes of international bodies count under their first block (IGO,
IMG). A person counts once in each sector they hold a role in. An actor's region is the region
file (africa.yaml, americas.yaml, ...) whose heads of state share the actor's ``country``;
organisations' own entries (country IGO) are "international".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["REGION_FILES", "ActorCounts", "count_actors", "region_table", "sector_of"]

REGION_FILES = {
    "africa": "Africa",
    "americas": "Americas",
    "asia": "Asia",
    "europe": "Europe",
    "middle_east": "Middle East",
    "oceania": "Oceania",
}
INTERNATIONAL = "international"
UNKNOWN = "other"
# First blocks that are not countries (Phoenix.International and MilNonState codes).
NON_STATE_BLOCKS = frozenset({"IGO", "IMG", "NGO", "MNC"})
# Sectors shown first, in this order; others follow alphabetically.
SECTOR_ORDER = ("GOV", "OPP", "LEG", "JUD", "MIL", "SPY", "ELI", "PTY", "REB", "IGO")


def sector_of(code: str) -> str:
    """The sector a code counts under: ``RUSGOVMIL`` -> GOV, ``IGOUNO`` -> IGO, ``PSE`` -> "-"."""
    if code[:3] in NON_STATE_BLOCKS:
        return code[:3]
    return code[3:6] or "-"


@dataclass(frozen=True)
class ActorCounts:
    """People and roles per (sector, region), and totals."""

    people: Counter[tuple[str, str]]
    roles: Counter[tuple[str, str]]
    actors: int
    role_total: int

    def sectors(self) -> list[str]:
        present = {sector for sector, _ in self.roles}
        first = [s for s in SECTOR_ORDER if s in present]
        return first + sorted(present - set(first))

    def regions(self) -> list[str]:
        present = {region for _, region in self.roles}
        first = [r for r in (*REGION_FILES.values(), INTERNATIONAL) if r in present]
        return first + sorted(present - set(first))


def _actors_of(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    actors = data.get("actors") if isinstance(data, dict) else None
    return [a for a in actors or [] if isinstance(a, dict)]


def region_table(folder: Path) -> dict[str, str]:
    """ISO3 -> region, from the countries of the region files in ``folder``."""
    table: dict[str, str] = {}
    for stem, region in REGION_FILES.items():
        path = folder / f"{stem}.yaml"
        if path.is_file():
            for actor in _actors_of(path):
                country = actor.get("country")
                if isinstance(country, str):
                    table.setdefault(country, region)
    table["IGO"] = INTERNATIONAL
    return table


def count_actors(files: Iterable[Path], regions: dict[str, str]) -> ActorCounts:
    """Counts over the actors of ``files`` (YAML overlays)."""
    people: Counter[tuple[str, str]] = Counter()
    roles: Counter[tuple[str, str]] = Counter()
    actors = role_total = 0
    for path in files:
        for actor in _actors_of(path):
            actors += 1
            region = regions.get(str(actor.get("country", "")), UNKNOWN)
            seen: set[str] = set()
            codes = [
                str(r.get("code", "")) for r in actor.get("roles") or [] if isinstance(r, dict)
            ]
            if "default" in actor:
                codes.append(str(actor["default"]))
            for code in codes:
                sector = sector_of(code)
                roles[sector, region] += 1
                role_total += 1
                if sector not in seen:
                    seen.add(sector)
                    people[sector, region] += 1
    return ActorCounts(people, roles, actors, role_total)


def format_markdown(counts: ActorCounts, sectors: Sequence[str] | None = None) -> str:
    """A table: a row per sector, a column per region, cells "people / roles"."""
    regions = counts.regions()
    rows = list(sectors) if sectors is not None else counts.sectors()
    lines = [
        "| sector | " + " | ".join(regions) + " | all regions |",
        "|---|" + "---:|" * (len(regions) + 1),
    ]
    for sector in rows:
        cells = [_cell(counts, sector, region) for region in regions]
        people = sum(counts.people[sector, r] for r in regions)
        total = sum(counts.roles[sector, r] for r in regions)
        lines.append(f"| {sector} | " + " | ".join(cells) + f" | {people} / {total} |")
    region_totals = [str(sum(counts.roles[s, r] for s in rows)) for r in regions]
    lines.append("| roles | " + " | ".join(region_totals) + f" | {counts.role_total} |")
    return "\n".join(lines)


def _cell(counts: ActorCounts, sector: str, region: str) -> str:
    people, total = counts.people[sector, region], counts.roles[sector, region]
    return f"{people} / {total}" if total else "-"
