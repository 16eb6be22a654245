"""CAMEO actor codes taken apart the way GDELT's codebook does: country, known group, ethnic group,
religions and types, each from GDELT's CAMEO lookup tables (data/ontology/CAMEO.*.txt).

A code is a run of three-letter blocks ("IGOWSTNAT": IGO, WST, NAT). Only a first block that is a
country is a country; IGOs, NGOs, regions and groups never are (issue 12).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from eventscribe.geo.countries import country_codes

__all__ = [
    "CAMEO_REGIONS",
    "ActorCode",
    "country_name",
    "is_country",
    "known_group_name",
    "parse_actor_code",
    "type_name",
]

# CAMEO's region blocks (CAMEO manual, "Regions"): GDELT lists them with the countries, but they
# are not countries, so they go in no country field.
CAMEO_REGIONS: dict[str, str] = {
    "AFR": "Africa", "ASA": "Asia", "BLK": "Balkans", "CRB": "Caribbean", "CAU": "Caucasus",
    "CFR": "Central Africa", "CAS": "Central Asia", "CEU": "Central Europe",
    "EIN": "East Indies", "EAF": "Eastern Africa", "EEU": "Eastern Europe", "EUR": "Europe",
    "LAM": "Latin America", "MEA": "Middle East", "MDT": "Mediterranean",
    "NAF": "North Africa", "NMR": "North America", "PGS": "Persian Gulf", "SCN": "Scandinavia",
    "SAM": "South America", "SAS": "South Asia", "SEA": "Southeast Asia",
    "SAF": "Southern Africa", "WAF": "West Africa", "WST": "The West", "WEU": "Western Europe",
}  # fmt: skip

# Countries CAMEO (and so GDELT) codes otherwise than ISO 3166 or that no longer exist; the
# dictionaries use these codes. Values: the name, and the ISO3 code of today's country if any.
_CAMEO_ONLY_COUNTRIES: dict[str, tuple[str, str | None]] = {
    "KSV": ("Kosovo", "XKX"),
    "TMP": ("Timor-Leste", "TLS"),
    "DDR": ("German Democratic Republic", None),
    "YUG": ("Yugoslavia", None),
    "FRY": ("Federal Republic of Yugoslavia", None),
    "USR": ("Soviet Union", None),
    "SUN": ("Soviet Union", None),
    "CSK": ("Czechoslovakia", None),
}


# Phoenix's dictionaries write Muslim as MUS; GDELT's religion table (and CAMEO) as MOS.
_RELIGION_ALIASES = {"MUS": "MOS"}


@dataclass(frozen=True)
class ActorCode:
    """The parts of one actor code, each a GDELT codebook field.

    ``country``: a country (ISO3 as GDELT uses them, CAMEO's own codes for Kosovo, Timor-Leste and
    former states) or None; ``known_group``: the most specific known-group block (IGOs, NGOs, armed
    groups: UNHCR's IGOUNOREFHCR gives HCR); ``ethnic``; ``religion1``/``religion2``; ``types``:
    the type blocks in order (GOV, MIL, IGO ...); ``region``: a CAMEO region block (WST, MEA).
    Blocks in no table (dictionary slips) are left out of every part.
    """

    code: str
    country: str | None = None
    known_group: str | None = None
    ethnic: str | None = None
    religion1: str | None = None
    religion2: str | None = None
    types: tuple[str, ...] = ()
    region: str | None = None


def _read_table(filename: str) -> dict[str, str]:
    """CODE -> label of one of GDELT's two-column lookup tables (the first label of a code wins)."""
    text = (resources.files("eventscribe") / "data" / "ontology" / filename).read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines()[1:]:
        code, _, label = line.partition("\t")
        if code.strip() and label.strip():
            # GDELT's copy lost its apostrophes ("Children?s Fund")
            table.setdefault(code.strip(), label.strip().replace("?s ", "'s "))
    return table


@functools.cache
def _known_groups() -> dict[str, str]:
    return _read_table("CAMEO.knowngroup.txt")


@functools.cache
def _types() -> dict[str, str]:
    return _read_table("CAMEO.type.txt")


@functools.cache
def _religions() -> dict[str, str]:
    return _read_table("CAMEO.religion.txt")


@functools.cache
def _ethnic_groups() -> dict[str, str]:
    # CAMEO writes ethnic codes in lower case, which keeps them apart from the other blocks
    return _read_table("CAMEO.ethnic.txt")


@functools.cache
def is_country(block: str | None) -> bool:
    """Whether a three-letter block is a country (GeoNames ISO3, or one of CAMEO's own codes)."""
    if not block or len(block) != 3:
        return False
    return block in _CAMEO_ONLY_COUNTRIES or (block.isupper() and country_codes(block) is not None)


@functools.cache
def country_name(block: str | None) -> str:
    """The country's English name (GeoNames; CAMEO's for its own codes); '' for a non-country."""
    if not block or not is_country(block):
        return ""
    if block in _CAMEO_ONLY_COUNTRIES:
        name, iso3 = _CAMEO_ONLY_COUNTRIES[block]
        codes = country_codes(iso3) if iso3 else None
        return codes.name if codes else name
    codes = country_codes(block)
    return codes.name if codes else ""


def known_group_name(block: str) -> str | None:
    """The known group's name as GDELT's table gives it ("North Atlantic Treaty Organization
    (NATO)"), or None."""
    return _known_groups().get(block)


def type_name(block: str) -> str | None:
    """The type's name in GDELT's table ("Police forces"), or None."""
    return _types().get(block)


@functools.cache
def parse_actor_code(code: str | None) -> ActorCode:
    """Split ``code`` into its codebook parts (see ActorCode); '' or None gives an empty one."""
    if not code:
        return ActorCode(code="")
    blocks = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    country: str | None = None
    groups: list[str] = []
    ethnic: str | None = None
    religions: list[str] = []
    types: list[str] = []
    region: str | None = None
    for position, block in enumerate(blocks):
        if position == 0 and is_country(block):
            country = block
        elif block in _known_groups():  # before types: UNO, AMN, IRC are in both tables
            groups.append(block)
        elif block in _types():
            types.append(block)
        elif block in _religions() or block in _RELIGION_ALIASES:
            religions.append(_RELIGION_ALIASES.get(block, block))
        elif block in CAMEO_REGIONS and region is None:
            region = block
        elif block.islower() and block in _ethnic_groups() and ethnic is None:
            ethnic = block
    return ActorCode(
        code=code,
        country=country,
        known_group=groups[-1] if groups else None,
        ethnic=ethnic,
        religion1=religions[0] if religions else None,
        religion2=religions[1] if len(religions) > 1 else None,
        types=tuple(types),
        region=region,
    )
