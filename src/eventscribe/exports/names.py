"""Display names of actors for the exports: the dictionary's own name where it has one, never a
title-cased key, and the sector for generic actors as ICEWS does ("Police (France)").

An event carries the dictionary entry's key (``XI_JINPING``), not its display name. The index here
maps every shipped entry's key to a display name: the YAML update's names as written; Phoenix
entries (upper case only) cased by rule, an acronym replaced by the long form among its synonyms
(NATO -> North Atlantic Treaty Organization); ``data/actor_names.tsv`` adds or corrects the ones the
rules get wrong. The index is built once (a few seconds) and kept in the user cache
(eventscribe.cache), keyed by the dictionary files' sizes and times (issue 12).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import marshal
import sys
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from eventscribe.actor_codes import (
    country_name,
    is_country,
    known_group_name,
    parse_actor_code,
)
from eventscribe.cache import cache_dir, read_cache_file, write_cache_file

__all__ = ["SECTOR_NAMES", "actor_display_name", "case_key", "gdelt_actor_name"]

# The generic name of a sector block, in ICEWS's manner ("Citizen (Iraq)", "Police (France)").
SECTOR_NAMES: dict[str, str] = {
    "GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judiciary",
    "LEG": "Legislature", "OPP": "Opposition", "REB": "Rebel", "INS": "Insurgent",
    "SEP": "Separatist", "SPY": "Intelligence", "UAF": "Militant", "AGR": "Agriculture",
    "BUS": "Business", "CRM": "Criminal", "CVL": "Citizen", "PPL": "Citizen",
    "DEV": "Development", "EDU": "Education", "ELI": "Elite", "ENV": "Environment",
    "HLH": "Health", "HRI": "Human Rights", "LAB": "Labor", "MED": "Media", "REF": "Refugee",
    "MOD": "Moderate", "RAD": "Radical", "PKO": "Peacekeeper", "UIS": "Unidentified State Actor",
    "IGO": "Intergovernmental Organization", "IMG": "Militarized Group", "INT": "International",
    "MNC": "Multinational Corporation", "NGM": "Social Movement",
    "NGO": "Non-Governmental Organization", "SET": "Settler", "PTY": "Party", "REL": "Religious",
    "CHR": "Christian", "MUS": "Muslim", "MOS": "Muslim", "JEW": "Jewish", "HIN": "Hindu",
    "BUD": "Buddhist", "SHI": "Shia", "SUN": "Sunni", "CTH": "Catholic",
}  # fmt: skip

# Words a Phoenix name keeps in lower case unless it starts with them.
_LOWER = frozenset({
    "OF", "THE", "AND", "FOR", "DE", "DEL", "DELLA", "DER", "DEN", "VON", "VAN", "AL", "EL", "BIN",
    "IBN", "LA", "LE", "DU", "DA", "DOS", "DAS", "DI", "Y", "ON", "IN", "AT", "TO", "A", "AN",
})  # fmt: skip
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV"})
# Acronyms with vowels (those without, CNN and BBC, are recognised as such)
_ACRONYMS = frozenset({
    "UN", "EU", "UK", "US", "USA", "UAE", "NATO", "ISIS", "ISIL", "OPEC", "ASEAN", "UNHCR",
    "UNICEF", "UNESCO", "UNRWA", "IAEA", "ICC", "ICJ", "FBI", "CIA", "NSA", "NASA", "AIPAC", "ACLU",
    "AFRICOM", "CENTCOM", "ECOWAS", "OSCE", "BRICS", "IMF", "WTO", "WHO", "FAO", "ILO", "AP", "AFP",
    "ABC", "CBS", "MI5", "MI6", "SDF", "FARC", "ELN", "ETA", "IRA", "PKK", "PLO", "YPG", "HTS",
    "RSF", "AKP", "ANC", "SPD", "CDU", "FDP", "PDP", "APC",
})  # fmt: skip
_SKIP_FOR_INITIALS = frozenset({"OF", "THE", "AND", "FOR", "-", "&"})


def _case_word(word: str, first: bool) -> str:
    if word == "-" or not word:
        return word
    if not first and word in _LOWER:
        return word.lower()
    letters = [c for c in word if c.isalpha()]
    if (
        word in _ACRONYMS
        or word in _ROMAN
        or "." in word
        or (letters and not any(c in "AEIOUY" for c in letters) and len(letters) > 1)
    ):
        return word
    if word.startswith("MC") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    head, quote, tail = word.partition("'")
    if quote and len(head) == 1 and len(tail) > 1:  # O'NEILL, D'ESTAING (but QA'IDA)
        return head + "'" + tail.capitalize()
    return word.capitalize()


def case_key(key: str) -> str:
    """A dictionary key in display case: ``BASHAR_AL_-_ASSAD`` -> ``Bashar al-Assad``,
    ``UNITED_STATES_OF_AMERICA`` -> ``United States of America``, ``CNN`` -> ``CNN``."""
    words = [w for w in key.replace("_", " ").split() if w]
    if len(words) > 1 and words[0] == "THE":
        words = words[1:]
    text = " ".join(_case_word(w, i == 0) for i, w in enumerate(words))
    return text.replace(" - ", "-")


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w not in _SKIP_FOR_INITIALS and w)


def _phoenix_display(name: tuple[str, ...], synonyms: Iterable[tuple[str, ...]]) -> str:
    """An upper-case Phoenix entry's display name: an acronym gives way to the synonym it
    abbreviates (NATO, U.N., EU), otherwise its own name cased."""
    if len(name) == 1:
        acronym = name[0].replace(".", "")
        if len(acronym) > 1 and acronym.isalpha():
            for synonym in synonyms:
                words = [w for w in synonym if w != "THE"]
                if len(words) > 1 and _initials(words) == acronym:
                    return case_key("_".join(words))
    return case_key("_".join(name))


def _yaml_display(name: str, variants: Sequence[str]) -> str:
    """A YAML entry's name as written; an acronym gives way to the variant it abbreviates."""
    acronym = name.replace(".", "")
    if acronym.isalpha() and acronym.isupper() and len(acronym) > 1:
        for variant in variants:
            words = [w.upper() for w in variant.replace("-", " ").split()]
            words = [w for w in words if w != "THE"]
            if len(words) > 1 and _initials(words) == acronym:
                return _tidy(variant)
    return _tidy(name)


def _tidy(name: str) -> str:
    """No leading article, a capital first letter: "the Kremlin" -> "Kremlin"."""
    words = name.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


# -- the index: dictionary key -> (display name, is the entry a country) --------------------------


def _sources() -> list[Path]:
    from eventscribe.dictionaries.loader import (
        ACTORS_UPDATE_DIR,
        PETRARCH_DIR,
        SHIPPED_ACTOR_FILES,
    )

    files = [PETRARCH_DIR / name for name in SHIPPED_ACTOR_FILES]
    if ACTORS_UPDATE_DIR.is_dir():
        files += sorted(ACTORS_UPDATE_DIR.glob("*.yaml"))
    return files


def _overrides() -> dict[str, str]:
    text = (resources.files("eventscribe") / "data" / "actor_names.tsv").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, display = line.partition("\t")
        if key.strip() and display.strip():
            table[key.strip()] = display.strip()
    return table


def _is_country_entry(default: str | None, latest: str | None) -> bool:
    """An entry whose default role (else its latest) is a bare country ("FRANCE [FRA]", "KOSOVO
    ... [KSV >080217]") names the country itself."""
    code = default or latest
    return code is not None and len(code) == 3 and is_country(code)


def _build_index(files: Sequence[Path]) -> dict[str, tuple[str, bool]]:
    import yaml

    from eventscribe.dictionaries.actors import parse_actor_file
    from eventscribe.dictionaries.parsers import phrase_tokens

    index: dict[str, tuple[str, bool]] = {}
    for path in files:
        if path.suffix == ".yaml":
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for actor in data.get("actors") or ():
                if not isinstance(actor, dict) or not isinstance(actor.get("name"), str):
                    continue
                key = "_".join(phrase_tokens(actor["name"]))
                roles = [r for r in actor.get("roles") or () if isinstance(r, dict)]
                latest = str(roles[-1].get("code", "")).upper() if roles else None
                default = str(actor["default"]).upper() if actor.get("default") else None
                variants = [v for v in actor.get("variants") or () if isinstance(v, str)]
                display = _yaml_display(actor["name"].strip(), variants)
                # the update overrides Phoenix, as in the coder
                index[key] = (display, _is_country_entry(default, latest))
            continue
        entries, _ = parse_actor_file(path, source=path.name)
        for entry in entries:
            key = "_".join(entry.name)
            if key in index:  # the first record of a repeated phrase wins, as in the coder
                continue
            default = next((r.code for r in entry.roles if r.is_default), None)
            dated = [r for r in entry.roles if not r.is_default]
            latest = max(dated, key=lambda r: r.start or dt.date.min).code if dated else None
            display = _phoenix_display(entry.name, entry.synonyms)
            index[key] = (display, _is_country_entry(default, latest))
    return index


def _cache_path(files: Sequence[Path]) -> Path | None:
    """Where the index of these dictionary files is cached: keyed by their sizes and times, this
    module's source (the rules) and Python's version."""
    base = cache_dir()
    if base is None:
        return None
    try:
        stamp = "|".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in files)
        stamp += "|" + hashlib.sha1(Path(__file__).read_bytes()).hexdigest()
    except OSError:
        return None
    digest = hashlib.sha1(stamp.encode("utf-8")).hexdigest()[:16]
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    return base / f"actor-names-py{version}-{digest}.marshal"


@functools.cache
def _index() -> dict[str, tuple[str, bool]]:
    files = _sources()
    path = _cache_path(files)
    data = read_cache_file(path) if path is not None else None
    if data is not None:
        try:
            cached = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            cached = None
        if isinstance(cached, dict):
            return cached
    index = _build_index(files)
    if path is not None:
        write_cache_file(path, marshal.dumps(index))
    return index


@functools.cache
def _entry(name: str) -> tuple[str, bool]:
    """The display name of a dictionary key and whether it names a country."""
    override = _overrides().get(name)
    found = _index().get(name)
    if override is not None:
        return override, found[1] if found else False
    if found is not None:
        return found
    return case_key(name), False  # a user's own dictionary: cased by rule


def _generic(code: str) -> str:
    """ICEWS's name for an actor no named entry coded: "Police (France)", "France", "Media"."""
    parts = parse_actor_code(code)
    place = country_name(parts.country) if parts.country else ""
    group = known_group_name(parts.known_group) if parts.known_group else None
    blocks = [code[i : i + 3] for i in range(3 if parts.country else 0, len(code) - 2, 3)]
    sector = next((SECTOR_NAMES[b] for b in blocks if b in SECTOR_NAMES), None)
    if group is not None:
        return group
    if sector is None:
        return place or code
    return f"{sector} ({place})" if place else sector


@functools.cache
def actor_display_name(code: str, name: str | None) -> str:
    """The name ICEWS would give the actor ``code`` named by dictionary entry ``name`` (or by none).

    A named entry gives its display name, except a country's own entry with a sector added
    ("U.S. troops": USAMIL, entry UNITED_STATES_OF_AMERICA), which is that sector of the country:
    "Military (United States)". An actor no entry named is its sector and country.
    """
    if not code:
        return ""
    if name:
        display, names_country = _entry(name)
        if not names_country:
            return display
        if len(code) == 3:
            return country_name(code) or display
    return _generic(code)


@functools.cache
def gdelt_actor_name(code: str, name: str | None) -> str:
    """GDELT's Actor Name: the named entry's display name in upper case; for a country with or
    without a sector, the country (GDELT writes FRANCE for French police); else the sector."""
    if not code:
        return ""
    parts = parse_actor_code(code)
    if name:
        display, names_country = _entry(name)
        if not names_country:
            return display.upper()
    if parts.country:
        return country_name(parts.country).upper()
    return _generic(code).upper()
