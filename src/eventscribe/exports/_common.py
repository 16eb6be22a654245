"""Helpers the export formats share: country codes and names, CAMEO names, number formatting."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import TextIO

from eventscribe.geo.countries import country_codes

__all__ = [
    "cameo_name",
    "country_fips",
    "country_geonameid",
    "country_name",
    "number",
    "timestamp",
    "write_lines",
]


@functools.cache
def country_fips(iso3: str | None) -> str:
    """FIPS 10-4 code of an ISO3 country ('' when unknown), from GeoNames countryInfo."""
    codes = country_codes(iso3) if iso3 else None
    return (codes.fips or "") if codes else ""


@functools.cache
def country_name(iso3: str | None) -> str:
    """GeoNames English name of an ISO3 country; the code itself when it is not a country."""
    if not iso3:
        return ""
    codes = country_codes(iso3)
    return codes.name if codes else iso3


@functools.cache
def country_geonameid(iso3: str | None) -> int | None:
    codes = country_codes(iso3) if iso3 else None
    return codes.geonameid if codes else None


@functools.cache
def cameo_name(code: str) -> str:
    """The CAMEO code's name ('' when the code is unknown)."""
    from eventscribe.ontology import cameo_info  # the ontology tables load on first use

    info = cameo_info(code)
    return info.name if info else ""


def number(value: float | int | None) -> str:
    """A number as text without a trailing '.0' noise; '' for None/NaN."""
    if value is None or value != value:  # NaN
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return repr(value) if isinstance(value, float) else str(value)


def timestamp(value: dt.datetime | None) -> str:
    """YYYYMMDDHHMMSS (GDELT's DATEADDED form); '' for None."""
    return value.strftime("%Y%m%d%H%M%S") if value else ""


def write_lines(out: TextIO, lines: Iterable[str]) -> int:
    """Write ``lines`` to ``out``; returns how many were written."""
    count = 0
    for line in lines:
        out.write(line)
        count += 1
    return count
