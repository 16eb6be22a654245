"""Countries: their codes (ISO2, ISO3, FIPS 10-4 for GDELT), GeoNames names, capitals and the
short names news uses ("Britain", "DRC"), from the tables in ``geo/data/``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from eventscribe.geo.names import fold_name

__all__ = [
    "CountryCodes",
    "countries",
    "country_aliases",
    "country_codes",
    "geo_text",
    "iso3_from_iso2",
]


@dataclass(frozen=True)
class CountryCodes:
    """One country's codes: ISO2, ISO3, FIPS 10-4 (GDELT uses it), GeoNames name and capital."""

    iso2: str
    iso3: str
    fips: str | None
    name: str
    capital: str | None
    geonameid: int
    population: int


def geo_text(filename: str) -> str:
    """A table shipped in ``eventscribe/geo/data/``."""
    return (resources.files("eventscribe.geo") / "data" / filename).read_text(encoding="utf-8")


@functools.cache
def countries() -> dict[str, CountryCodes]:
    """Countries by ISO2, in countryInfo.txt order."""
    found: dict[str, CountryCodes] = {}
    for line in geo_text("countryInfo.txt").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 17 or not cols[16].strip().isdigit():
            continue
        found[cols[0]] = CountryCodes(
            iso2=cols[0],
            iso3=cols[1],
            fips=cols[3] or None,
            name=cols[4],
            capital=cols[5] or None,
            geonameid=int(cols[16]),
            population=int(cols[7]) if cols[7].isdigit() else 0,
        )
    return found


@functools.cache
def _by_iso3() -> dict[str, CountryCodes]:
    return {codes.iso3: codes for codes in countries().values()}


def country_codes(iso3: str) -> CountryCodes | None:
    """The codes of the country with this ISO3 code (any case), or None."""
    return _by_iso3().get(iso3.strip().upper())


def iso3_from_iso2(iso2: str) -> str | None:
    """ISO3 for an ISO2 code (any case), or None."""
    codes = countries().get(iso2.strip().upper())
    return codes.iso3 if codes else None


@functools.cache
def country_aliases() -> dict[str, str]:
    """Folded short and former country names (``country_aliases.tsv``) -> ISO2."""
    aliases: dict[str, str] = {}
    for line in geo_text("country_aliases.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, iso2 = line.partition("\t")
        aliases.setdefault(fold_name(name), iso2.strip())
    return aliases
