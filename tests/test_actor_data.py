"""Checks of the shipped actor data (issue 3): the YAML files are facts written as data.

The files are validated here with yaml.safe_load alone, so these tests do not depend on the parser;
they check the schema, the date logic (inclusive bounds, no overlapping roles), the uniqueness of
names, the coverage of the 193 UN member states, and a set of well-known transitions.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).parents[1] / "src" / "eventscribe" / "dictionaries" / "data" / "actors"
REGION_FILES = ["africa", "americas", "asia", "europe", "middle_east", "oceania"]
OTHER_FILES = ["ministers", "legislatures", "organisations", "nonstate", "institutions"]
# The files of issue 14: every person in them cites a source.
SECTOR_FILES = ["opposition", "judiciary", "military", "central_banks"]
CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
COUNTRY = re.compile(r"^[A-Z]{3}$")
ACTOR_KEYS = {"name", "variants", "country", "roles", "default", "source"}
ROLE_KEYS = {"code", "from", "until", "office"}
AGENT_KEYS = {"phrase", "code", "plural"}
# A code starts with a country, region or IGO block, never with a sector.
SECTOR_BLOCKS = {"GOV", "MIL", "LEG", "JUD", "ELI", "OPP", "PTY", "REB", "SPY", "COP", "CRM", "BUS"}

# The 193 UN member states in the codes of the Phoenix dictionaries (Timor-Leste is TMP there).
UN_MEMBERS = [
    "AFG",
    "ALB",
    "DZA",
    "AND",
    "AGO",
    "ARE",
    "ATG",
    "ARG",
    "ARM",
    "AUS",
    "AUT",
    "AZE",
    "BHS",
    "BHR",
    "BGD",
    "BRB",
    "BLR",
    "BEL",
    "BLZ",
    "BEN",
    "BTN",
    "BOL",
    "BIH",
    "BWA",
    "BRA",
    "BRN",
    "BGR",
    "BFA",
    "BDI",
    "CPV",
    "KHM",
    "CMR",
    "CAN",
    "CAF",
    "TCD",
    "CHL",
    "CHN",
    "COL",
    "COM",
    "COG",
    "CRI",
    "CIV",
    "HRV",
    "CUB",
    "CYP",
    "CZE",
    "PRK",
    "COD",
    "DNK",
    "DJI",
    "DMA",
    "DOM",
    "ECU",
    "EGY",
    "SLV",
    "GNQ",
    "ERI",
    "EST",
    "SWZ",
    "ETH",
    "FJI",
    "FIN",
    "FRA",
    "GAB",
    "GMB",
    "GEO",
    "DEU",
    "GHA",
    "GRC",
    "GRD",
    "GTM",
    "GIN",
    "GNB",
    "GUY",
    "HTI",
    "HND",
    "HUN",
    "ISL",
    "IND",
    "IDN",
    "IRN",
    "IRQ",
    "IRL",
    "ISR",
    "ITA",
    "JAM",
    "JPN",
    "JOR",
    "KAZ",
    "KEN",
    "KIR",
    "KWT",
    "KGZ",
    "LAO",
    "LVA",
    "LBN",
    "LSO",
    "LBR",
    "LBY",
    "LIE",
    "LTU",
    "LUX",
    "MDG",
    "MWI",
    "MYS",
    "MDV",
    "MLI",
    "MLT",
    "MHL",
    "MRT",
    "MUS",
    "MEX",
    "FSM",
    "MCO",
    "MNG",
    "MNE",
    "MAR",
    "MOZ",
    "MMR",
    "NAM",
    "NRU",
    "NPL",
    "NLD",
    "NZL",
    "NIC",
    "NER",
    "NGA",
    "MKD",
    "NOR",
    "OMN",
    "PAK",
    "PLW",
    "PAN",
    "PNG",
    "PRY",
    "PER",
    "PHL",
    "POL",
    "PRT",
    "QAT",
    "KOR",
    "MDA",
    "ROU",
    "RUS",
    "RWA",
    "KNA",
    "LCA",
    "VCT",
    "WSM",
    "SMR",
    "STP",
    "SAU",
    "SEN",
    "SRB",
    "SYC",
    "SLE",
    "SGP",
    "SVK",
    "SVN",
    "SLB",
    "SOM",
    "ZAF",
    "SSD",
    "ESP",
    "LKA",
    "SDN",
    "SUR",
    "SWE",
    "CHE",
    "SYR",
    "TJK",
    "THA",
    "TMP",
    "TGO",
    "TON",
    "TTO",
    "TUN",
    "TUR",
    "TKM",
    "TUV",
    "UGA",
    "UKR",
    "GBR",
    "TZA",
    "USA",
    "URY",
    "UZB",
    "VUT",
    "VEN",
    "VNM",
    "YEM",
    "ZMB",
    "ZWE",
]


def _date(value: object, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        raise AssertionError(f"{where}: {value!r} has a time; write a plain date")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise AssertionError(f"{where}: {value!r} is not a date")


def _load(stem: str) -> dict[str, Any]:
    data = yaml.safe_load((DATA / f"{stem}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{stem}.yaml: the top level must be a mapping"
    return data


def _all_files() -> list[Path]:
    return sorted(DATA.glob("*.yaml"))


@functools.cache
def _loaded() -> tuple[tuple[str, dict[str, Any]], ...]:
    pairs: list[tuple[str, dict[str, Any]]] = []
    for path in _all_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        pairs.extend((path.name, actor) for actor in data.get("actors") or [])
    return tuple(pairs)


def _actors() -> Iterator[tuple[str, dict[str, Any]]]:
    yield from _loaded()


def _roles_on(day: dt.date) -> Iterator[tuple[str, str, str]]:
    """(name, code, office) of every dated or undated role that holds on ``day``."""
    for _, actor in _actors():
        for role in actor["roles"]:
            start = _date(role.get("from"), actor["name"])
            end = _date(role.get("until"), actor["name"])
            if (start is None or start <= day) and (end is None or day <= end):
                yield actor["name"], role["code"], role["office"]


def _holders(office: str, day: dt.date) -> list[tuple[str, str]]:
    return [(name, code) for name, code, text in _roles_on(day) if text == office]


def test_actor_data_files_present() -> None:
    names = {p.stem for p in _all_files()}
    missing = set(REGION_FILES + OTHER_FILES + SECTOR_FILES) - names
    assert not missing, f"missing data files: {sorted(missing)}"


@pytest.mark.parametrize("path", _all_files(), ids=lambda p: p.name)
def test_actor_data_schema(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(data) <= {"actors", "agents"}, f"{path.name}: unknown top-level keys {set(data)}"
    for actor in data.get("actors") or []:
        where = f"{path.name}: {actor.get('name')!r}"
        assert set(actor) <= ACTOR_KEYS, f"{where}: unknown keys {set(actor) - ACTOR_KEYS}"
        assert isinstance(actor.get("name"), str) and actor["name"].strip(), where
        variants = actor.get("variants", [])
        assert isinstance(variants, list), where
        assert all(isinstance(v, str) and v.strip() for v in variants), where
        assert COUNTRY.match(str(actor.get("country", ""))), f"{where}: bad country"
        if path.stem in SECTOR_FILES:
            assert isinstance(actor.get("source"), str) and actor["source"].strip(), (
                f"{where}: no source"
            )
        if "default" in actor:
            assert CODE.match(str(actor["default"])), f"{where}: bad default code"
        roles = actor.get("roles")
        assert isinstance(roles, list) and roles, f"{where}: no roles"
        spans: list[tuple[dt.date, dt.date]] = []
        for role in roles:
            assert set(role) <= ROLE_KEYS, f"{where}: unknown role keys {set(role) - ROLE_KEYS}"
            assert CODE.match(str(role.get("code", ""))), f"{where}: bad code {role.get('code')!r}"
            assert role["code"][:3] not in SECTOR_BLOCKS, f"{where}: {role['code']} has no country"
            assert isinstance(role.get("office"), str) and role["office"].strip(), where
            start = _date(role.get("from"), where)
            end = _date(role.get("until"), where)
            if start is not None and end is not None:
                assert start <= end, f"{where}: {start} > {end}"
            spans.append((start or dt.date.min, end or dt.date.max))
        spans.sort()
        for (_, end_a), (start_b, _) in itertools.pairwise(spans):
            assert end_a < start_b, f"{where}: roles overlap ({end_a} >= {start_b})"
    for agent in data.get("agents") or []:
        assert set(agent) <= AGENT_KEYS and agent.get("phrase"), f"{path.name}: {agent}"
        assert CODE.match(str(agent.get("code", ""))), f"{path.name}: {agent}"


def test_actor_data_phrases_unique() -> None:
    """A name or variant names one actor only: a second entry would make the match ambiguous."""
    seen: dict[str, str] = {}
    clashes = []
    for file_name, actor in _actors():
        phrases = {
            " ".join(p.split()).casefold() for p in [actor["name"], *actor.get("variants", [])]
        }
        for phrase in phrases:
            if phrase in seen:
                clashes.append(f"{phrase!r}: {seen[phrase]} and {file_name}:{actor['name']}")
            seen[phrase] = f"{file_name}:{actor['name']}"
    assert not clashes, "\n".join(clashes)


# Words that must never stand alone as a variant: titles, common words and first names that the
# coder would match everywhere.
BARE_FORBIDDEN = {
    "president",
    "minister",
    "king",
    "queen",
    "emir",
    "prince",
    "chairman",
    "speaker",
    "the",
    "may",
    "will",
    "just",
    "paz",
    "kim",
    "lee",
    "li",
    "wang",
    "park",
    "moon",
    "ali",
    "khan",
    "ahmed",
    "mohamed",
    "mohammed",
    "muhammad",
    "joe",
    "donald",
    "boris",
    "emmanuel",
    "justin",
    "evo",
    "dilma",
    "bibi",
    "young",
    "brown",
    "rice",
    "costa",
    "said",
    "sun",
    "hope",
}


def test_actor_data_variants_not_common_words() -> None:
    bad = []
    for file_name, actor in _actors():
        for variant in [actor["name"], *actor.get("variants", [])]:
            if variant.casefold() in BARE_FORBIDDEN:
                bad.append(f"{file_name}: {actor['name']}: {variant!r}")
    assert not bad, "\n".join(bad)


def test_actor_data_un_members_have_a_government_every_month() -> None:
    """Every UN member state has someone coded <ISO3>GOV on the first of every month 2014-2026."""
    spans: dict[str, list[tuple[dt.date, dt.date]]] = {code: [] for code in UN_MEMBERS}
    for _, actor in _actors():
        for role in actor["roles"]:
            code = role["code"]
            if len(code) == 6 and code.endswith("GOV") and code[:3] in spans:
                start = _date(role.get("from"), actor["name"]) or dt.date.min
                end = _date(role.get("until"), actor["name"]) or dt.date.max
                spans[code[:3]].append((start, end))
    gaps = []
    for code, country_spans in spans.items():
        for year in range(2014, 2027):
            for month in range(1, 13):
                day = dt.date(year, month, 1)
                if not any(start <= day <= end for start, end in country_spans):
                    gaps.append(f"{code} {day}")
                    break
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193
    assert not gaps, "no government actor on: " + ", ".join(gaps)


US_PRESIDENT = "President of the United States"
UK_PM = "Prime Minister of the United Kingdom"
CHANCELLOR = "Chancellor of Germany"


@pytest.mark.parametrize(
    ("office", "day", "name", "code"),
    [
        (US_PRESIDENT, "2017-01-19", "Barack Obama", "USAGOV"),
        (US_PRESIDENT, "2017-01-20", "Donald Trump", "USAGOV"),
        (US_PRESIDENT, "2021-01-19", "Donald Trump", "USAGOV"),
        (US_PRESIDENT, "2021-01-20", "Joe Biden", "USAGOV"),
        (US_PRESIDENT, "2025-01-19", "Joe Biden", "USAGOV"),
        (US_PRESIDENT, "2025-01-20", "Donald Trump", "USAGOV"),
        (UK_PM, "2022-09-05", "Boris Johnson", "GBRGOV"),
        (UK_PM, "2022-09-06", "Liz Truss", "GBRGOV"),
        (UK_PM, "2022-10-24", "Liz Truss", "GBRGOV"),
        (UK_PM, "2022-10-25", "Rishi Sunak", "GBRGOV"),
        (CHANCELLOR, "2021-12-07", "Angela Merkel", "DEUGOV"),
        (CHANCELLOR, "2021-12-08", "Olaf Scholz", "DEUGOV"),
        (CHANCELLOR, "2025-05-05", "Olaf Scholz", "DEUGOV"),
        (CHANCELLOR, "2025-05-06", "Friedrich Merz", "DEUGOV"),
        ("Chairman of the State Duma", "2023-11-22", "Vyacheslav Volodin", "RUSLEG"),
        (
            "Chairman of the Standing Committee of the National People's Congress",
            "2023-11-22",
            "Zhao Leji",
            "CHNLEG",
        ),
        (
            "Chairman of the Standing Committee of the National People's Congress",
            "2022-04-26",
            "Li Zhanshu",
            "CHNLEG",
        ),
        ("Secretary-General of the United Nations", "2022-04-26", "António Guterres", "IGOUNO"),
        ("Secretary-General of the United Nations", "2016-12-31", "Ban Ki-moon", "IGOUNO"),
        ("Supreme Leader of North Korea", "2019-06-30", "Kim Jong Un", "PRKGOV"),
        ("President of France", "2025-06-01", "Emmanuel Macron", "FRAGOV"),
        ("President of Ukraine", "2019-05-20", "Volodymyr Zelenskyy", "UKRGOV"),
        ("President of Ukraine", "2019-05-19", "Petro Poroshenko", "UKRGOV"),
    ],
)
def test_actor_data_transition(office: str, day: str, name: str, code: str) -> None:
    assert _holders(office, dt.date.fromisoformat(day)) == [(name, code)]


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Donald Trump", "2021-01-20", "USAELI"),
        ("Donald Trump", "2016-11-08", "USAELI"),
        ("Boris Johnson", "2022-09-06", "GBRELI"),
        ("Volodymyr Zelenskyy", "2019-05-19", "UKRELI"),
        ("Ahmed al-Sharaa", "2025-03-01", "SYRGOV"),
        ("Yahya Sinwar", "2024-09-01", "PSEREBHMS"),
    ],
)
def test_actor_data_code_on_day(name: str, day: str, code: str) -> None:
    holding = [c for n, c, _ in _roles_on(dt.date.fromisoformat(day)) if n == name]
    assert holding == [code]


@pytest.mark.parametrize(
    ("office", "start", "end"),
    [
        (US_PRESIDENT, "2014-01-01", "2026-12-31"),
        (UK_PM, "2014-01-01", "2026-12-31"),
        (CHANCELLOR, "2014-01-01", "2026-12-31"),
        ("President of France", "2014-01-01", "2026-12-31"),
        ("President of Russia", "2014-01-01", "2026-12-31"),
        ("Secretary-General of the United Nations", "2014-01-01", "2026-12-31"),
        ("Secretary General of NATO", "2014-01-01", "2026-12-31"),
    ],
)
def test_actor_data_office_held_by_one_person_each_day(office: str, start: str, end: str) -> None:
    """Offices held by one person at a time: exactly one holder on every day of the period."""
    spans = []
    for _, actor in _actors():
        for role in actor["roles"]:
            if role["office"] == office:
                spans.append(
                    (
                        _date(role.get("from"), office) or dt.date.min,
                        _date(role.get("until"), office) or dt.date.max,
                    )
                )
    day, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    problems = []
    while day <= last:
        count = sum(1 for s, e in spans if s <= day <= e)
        if count != 1:
            problems.append(f"{day}: {count} holders")
        day += dt.timedelta(days=1)
    assert not problems, f"{office}: " + ", ".join(problems[:10])


MINISTER_COUNTRIES = [
    "ARG",
    "AUS",
    "BRA",
    "CAN",
    "CHN",
    "FRA",
    "DEU",
    "IND",
    "IDN",
    "ITA",
    "JPN",
    "KOR",
    "MEX",
    "RUS",
    "SAU",
    "ZAF",
    "TUR",
    "GBR",
    "USA",
    "UKR",
    "ISR",
    "IRN",
    "PSE",
    "SYR",
    "PRK",
    "TWN",
    "VEN",
]
FOREIGN_OFFICE = re.compile(
    r"Minister of Foreign Affairs|Foreign Secretary|Secretary of State of the United States|"
    r"Minister of External Affairs|International Relations and Cooperation|"
    r"Secretary of Foreign Affairs|Minister of State for Foreign Affairs"
)
DEFENCE_OFFICE = re.compile(
    r"Minister of (National )?Defen[cs]e|Secretary of Defense|Secretary of State for Defence|"
    r"Minister of the Armed Forces|Minister of the People's Armed Forces|"
    r"Secretary of National Defense|Minister of Defence and Military Veterans"
)
# Spans in which the office was vacant or held by an acting official who is not listed.
KNOWN_VACANCIES = [
    ("BRA", "foreign", "2017-02-22", "2017-03-06", "Serra resigned, Nunes from 2017-03-07"),
    ("BRA", "foreign", "2021-03-29", "2021-04-05", "Araujo resigned, Franca from 2021-04-06"),
    ("CHN", "defence", "2023-10-24", "2023-12-28", "Li Shangfu removed, Dong Jun from 2023-12-29"),
    ("FRA", "defence", "2025-09-09", "2025-10-11", "Lecornu, PM, kept the ministry as caretaker"),
    ("JPN", "defence", "2017-07-28", "2017-08-02", "Kishida acting after Inada resigned"),
    ("KOR", "defence", "2024-12-08", "2025-07-24", "vice minister Kim Seon-ho acting"),
    ("MEX", "foreign", "2023-06-12", "2023-07-02", "Ebrard resigned, Barcena from 2023-07-03"),
    ("PRK", "defence", "2015-04-30", "2015-06-30", "Hyon Yong-chol purged, Pak Yong-sik from July"),
    ("USA", "foreign", "2018-03-31", "2018-04-25", "deputy secretary John Sullivan acting"),
]


def _vacant(country: str, kind: str, day: dt.date) -> bool:
    return any(
        c == country and k == kind and dt.date.fromisoformat(a) <= day <= dt.date.fromisoformat(b)
        for c, k, a, b, _ in KNOWN_VACANCIES
    )


@pytest.mark.parametrize("country", MINISTER_COUNTRIES)
def test_actor_data_foreign_and_defence_ministers_every_month(country: str) -> None:
    """Issue 3: the foreign and defence ministers of these countries are known on every
    first of the month 2014-2026 (Palestine has no defence minister)."""
    kinds = [("foreign", FOREIGN_OFFICE)]
    if country != "PSE":
        kinds.append(("defence", DEFENCE_OFFICE))
    gaps = []
    for kind, pattern in kinds:
        spans = [
            (
                _date(role.get("from"), actor["name"]) or dt.date.min,
                _date(role.get("until"), actor["name"]) or dt.date.max,
            )
            for _, actor in _actors()
            for role in actor["roles"]
            if role["code"].startswith(country + "GOV") and pattern.search(role["office"])
        ]
        for year in range(2014, 2027):
            for month in range(1, 13):
                day = dt.date(year, month, 1)
                if _vacant(country, kind, day):
                    continue
                if not any(start <= day <= end for start, end in spans):
                    gaps.append(f"{kind} {day}")
    assert not gaps, f"{country}: no minister on " + ", ".join(gaps)
