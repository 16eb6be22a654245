"""Loads and merges the dictionaries the coder uses: the shipped Phoenix/PETRARCH2 files, the
2014-2026 YAML actor update in ``data/actors/``, and the user's own files, later ones overriding.

Contract with the coder: ``Dictionaries.actors`` (and ``.agents``) are in *priority* order. The
coder takes the first entry whose phrase matches (longest phrase first, as it decides) and whose
``role_on(date)`` is not None. Entries of files loaded later are put *before* those of files
loaded earlier, so a user's file overrides the update, which overrides the shipped files. Within
the shipped PETRARCH files the order is Countries, International, MilNonState, as PETRARCH's
config lists them: pooled in load order, the first record whose role holds wins (FORMATS.md §4,
"Repeated phrases").
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventscribe.dictionaries.actors import parse_actor_file
from eventscribe.dictionaries.agents import parse_agent_file
from eventscribe.dictionaries.compiled import compiled, input_key
from eventscribe.dictionaries.discards import parse_discard_file
from eventscribe.dictionaries.model import (
    ActorEntry,
    AgentEntry,
    Dictionaries,
    Discards,
    PhraseTable,
    VerbDictionary,
)
from eventscribe.dictionaries.parsers import Reporter, read_text, unreadable
from eventscribe.dictionaries.verbs import parse_verb_file
from eventscribe.dictionaries.yaml_overlay import parse_yaml_file
from eventscribe.errors import DictionaryError

__all__ = [
    "ACTORS_UPDATE_DIR",
    "PETRARCH_DIR",
    "SHIPPED_ACTOR_FILES",
    "detect_file_kind",
    "load_dictionaries",
    "load_validation_dictionaries",
    "read_user_file",
]

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
PETRARCH_DIR = DATA_DIR / "petrarch2"
ACTORS_UPDATE_DIR = DATA_DIR / "actors"
SHIPPED_ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
SHIPPED_AGENT_FILE = "Phoenix.agents.txt"
SHIPPED_DISCARD_FILE = "Phoenix.discards.txt"
DEFAULT_VERB_FILE = "CAMEO.2.0.txt"
VERB_ADDITIONS_FILE = "eventscribe.verbs.txt"  # in DATA_DIR; merged over the default verb file

_AGENT_CODE = re.compile(r"\[\s*~|~\s*\]|^\s*![A-Z0-9_]+!\s*=", re.IGNORECASE | re.MULTILINE)
_ANY_CODE = re.compile(r"\[[^\]\n]*\]")

_Layer = tuple[str, list[ActorEntry], list[AgentEntry]]  # label, actors, agents


def detect_file_kind(path: Path) -> str:
    """ "yaml", "actors" or "agents" for a user's dictionary file: by suffix, by a name hint
    ("actor"/"agent"), else by content (agent codes carry a tilde: ``[~GOV]``, ``[IGO~]``)."""
    if path.suffix.lower() in (".yaml", ".yml"):
        return "yaml"
    name = path.name.lower()
    if "agent" in name:
        return "agents"
    if "actor" in name:
        return "actors"
    text = read_text(path, Reporter(str(path)))
    codes = len(_ANY_CODE.findall(text))
    agent_codes = len(_AGENT_CODE.findall(text))
    if codes == 0 and agent_codes == 0:
        raise DictionaryError(
            "Cannot tell whether this is an actor or an agent dictionary: it has no [CODE]. "
            "Name it *.actors.txt, *.agents.txt or *.yaml.",
            origin=str(path),
            code="E206",
        )
    return "agents" if agent_codes * 2 > codes else "actors"


def read_user_file(
    path: Path, *, strict: bool = False
) -> tuple[list[ActorEntry], list[AgentEntry], list[str]]:
    """A user's actor, agent or YAML dictionary -> (actors, agents, warnings), kind detected."""
    kind = detect_file_kind(path)
    if kind == "yaml":
        return parse_yaml_file(path, strict=strict)
    if kind == "agents":
        agents, warnings = parse_agent_file(path, strict=strict)
        return [], agents, warnings
    actors, warnings = parse_actor_file(path, strict=strict)
    return actors, [], warnings


def _report(label: str, warnings: Sequence[str], *, shipped: bool) -> None:
    if warnings:
        # the shipped files' defects are known and documented; a user's deserve attention
        logger.log(
            logging.DEBUG if shipped else logging.WARNING,
            "%s: %d problem(s) in the dictionary, first: %s",
            label,
            len(warnings),
            warnings[0],
        )


def _verb_path(verb_file: str) -> Path:
    shipped = PETRARCH_DIR / verb_file
    if "/" not in verb_file and shipped.is_file():
        return shipped
    return Path(verb_file)


def _is_chronology(phrase: tuple[str, ...]) -> bool:
    """The discard file's chronology block (FORMATS.md §6): bare years 1914-2013 and "weeks ago",
    "years later"... meant for historical chronologies; in news they drop current reports
    ("released two weeks ago"), so the default load leaves them out."""
    if len(phrase) == 1 and phrase[0].isdigit():
        return True
    return len(phrase) == 2 and phrase[0] in _SPANS and phrase[1] in ("AGO", "LATER")


_SPANS = frozenset({"DAYS", "WEEKS", "MONTHS", "YEARS"})


_Report = tuple[str, tuple[str, ...], bool]  # a file's label, its warnings, whether it is shipped


def _report_all(reports: Sequence[_Report]) -> None:
    for label, warnings, shipped in reports:
        _report(label, warnings, shipped=shipped)


@dataclass(frozen=True)
class _ActorPart:
    """The merged actor and agent layers and their phrase table: what ``compiled`` keeps."""

    labels: tuple[str, ...]  # the layers, in priority order
    actors: tuple[ActorEntry, ...]
    agents: tuple[AgentEntry, ...]
    phrases: PhraseTable
    reports: tuple[_Report, ...]


@dataclass(frozen=True)
class _VerbPart:
    verbs: VerbDictionary
    labels: tuple[str, ...]
    discards: Discards
    reports: tuple[_Report, ...]


def _shipped_actor_files() -> list[Path]:
    files = [PETRARCH_DIR / name for name in SHIPPED_ACTOR_FILES]
    files.append(PETRARCH_DIR / SHIPPED_AGENT_FILE)
    if ACTORS_UPDATE_DIR.is_dir():
        files.extend(sorted(ACTORS_UPDATE_DIR.glob("*.yaml")))
    return files


@functools.lru_cache(maxsize=4)
def _shipped_layers() -> tuple[tuple[_Layer, ...], tuple[_Report, ...]]:
    """Phoenix's actor and agent files and the YAML update, parsed (compiled: a user's file that
    changes does not make them parsed again)."""
    key = input_key("shipped-actors", _shipped_actor_files())
    return compiled("shipped-actors", key, _parse_shipped_layers, tuple)


def _parse_shipped_layers() -> tuple[tuple[_Layer, ...], tuple[_Report, ...]]:
    reports: list[_Report] = []
    actors: list[ActorEntry] = []
    for name in SHIPPED_ACTOR_FILES:
        entries, warnings = parse_actor_file(PETRARCH_DIR / name, source=f"petrarch2/{name}")
        reports.append((name, tuple(warnings), True))
        actors.extend(entries)
    agents, warnings = parse_agent_file(
        PETRARCH_DIR / SHIPPED_AGENT_FILE, source=f"petrarch2/{SHIPPED_AGENT_FILE}"
    )
    reports.append((SHIPPED_AGENT_FILE, tuple(warnings), True))
    layers: list[_Layer] = [("petrarch2", actors, agents)]
    if ACTORS_UPDATE_DIR.is_dir():
        for path in sorted(ACTORS_UPDATE_DIR.glob("*.yaml")):
            label = f"actors/{path.name}"
            update_actors, update_agents, warnings = parse_yaml_file(path, source=label)
            reports.append((label, tuple(warnings), True))
            layers.append((label, update_actors, update_agents))
    return tuple(layers), tuple(reports)


def _verb_parts(verb_file: str) -> tuple[Path, ...]:
    parts = [_verb_path(verb_file)]
    if verb_file == DEFAULT_VERB_FILE:
        parts.append(DATA_DIR / VERB_ADDITIONS_FILE)
    parts.append(PETRARCH_DIR / SHIPPED_DISCARD_FILE)
    return tuple(parts)


@functools.lru_cache(maxsize=8)
def _verb_part(verb_file: str) -> _VerbPart:
    """The verb file (with eventscribe's additions over the default one) and the discards,
    compiled; one object per process, shared by every ``Dictionaries`` that uses them."""
    key = input_key("verbs", _verb_parts(verb_file), settings=(verb_file,))
    return compiled("verbs", key, lambda: _parse_verbs(verb_file), _VerbPart)


def _parse_verbs(verb_file: str) -> _VerbPart:
    path = _verb_path(verb_file)
    shipped = path.parent == PETRARCH_DIR
    label = f"petrarch2/{path.name}" if shipped else str(path)
    verbs = parse_verb_file(path, source=label)
    reports: list[_Report] = [(label, verbs.warnings, shipped)]
    labels: tuple[str, ...] = (label,)
    if verb_file == DEFAULT_VERB_FILE:
        additions = parse_verb_file(
            DATA_DIR / VERB_ADDITIONS_FILE,
            source=VERB_ADDITIONS_FILE,
            known_synsets=verbs.synsets,
        )
        verbs = merge_verbs(verbs, additions)
        labels = (label, VERB_ADDITIONS_FILE)
    warnings: list[str] = []
    discards = parse_discard_file(
        PETRARCH_DIR / SHIPPED_DISCARD_FILE,
        source=f"petrarch2/{SHIPPED_DISCARD_FILE}",
        warnings=warnings,
    )
    # Phoenix.discards.txt:3-102 discard every sentence holding a bare year 1914-2013: they were
    # written for historical chronologies and would drop much modern news (FORMATS.md §6).
    discards = Discards(
        story=discards.story,
        sentence=tuple(p for p in discards.sentence if not _is_chronology(p)),
    )
    return _VerbPart(verbs, labels, discards, tuple(reports))


def load_dictionaries(
    *,
    extra_files: Sequence[Path] = (),
    use_shipped: bool = True,
    verb_file: str = DEFAULT_VERB_FILE,
) -> Dictionaries:
    """The merged dictionaries: shipped actors and agents (unless ``use_shipped`` is False), then
    ``data/actors/*.yaml``, then ``extra_files`` (PETRARCH actor/agent files or YAML overlays), each
    later file overriding the earlier ones (see the module docstring for the order contract).

    ``verb_file`` names a file of the shipped ``petrarch2/`` folder or a path; the verbs and the
    discard list are always loaded. The default discards leave out bare-number sentence discards.

    Results are cached in the process (per arguments, and per size and mtime of the extra files)
    and compiled on disk (``dictionaries.compiled``: per content of every file), with the phrase
    table the coder matches against.
    """
    keys = tuple(_file_key(Path(p)) for p in extra_files)
    return _load(keys, use_shipped, verb_file)


def _file_key(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError as e:
        raise unreadable(path, e) from e
    return str(path), stat.st_size, stat.st_mtime_ns


@functools.lru_cache(maxsize=16)
def _load(
    extra: tuple[tuple[str, int, int], ...], use_shipped: bool, verb_file: str
) -> Dictionaries:
    extra_paths = tuple(Path(path_text) for path_text, _, _ in extra)
    files = [*(_shipped_actor_files() if use_shipped else ()), *extra_paths]
    # the files with users' dictionaries are counted apart: however many sets come and go (a test
    # run makes dozens), they never push the shipped dictionaries' own file out of the cache
    kind = "user-merged" if extra_paths else "merged"
    key = input_key(kind, files, settings=(f"use_shipped={use_shipped}",))
    actors = compiled(kind, key, lambda: _merge_actors(extra_paths, use_shipped), _ActorPart)
    verbs = _verb_part(verb_file)
    _report_all(actors.reports)
    _report_all(verbs.reports)
    return Dictionaries(
        actors=actors.actors,
        agents=actors.agents,
        verbs=verbs.verbs,
        discards=verbs.discards,
        sources=(*actors.labels, *verbs.labels, f"petrarch2/{SHIPPED_DISCARD_FILE}"),
        phrases=actors.phrases,
    )


def _merge_actors(extra: Sequence[Path], use_shipped: bool) -> _ActorPart:
    layers: list[_Layer] = []
    reports: list[_Report] = []
    if use_shipped:
        shipped, shipped_reports = _shipped_layers()
        layers.extend(shipped)
        reports.extend(shipped_reports)
    for path in extra:
        actors, agents, warnings = read_user_file(path)
        reports.append((str(path), tuple(warnings), False))
        layers.append((str(path), actors, agents))
    ordered = list(reversed(layers))
    all_actors = tuple(entry for _, actors, _ in ordered for entry in actors)
    all_agents = tuple(entry for _, _, agents in ordered for entry in agents)
    return _ActorPart(
        labels=tuple(label for label, _, _ in ordered),
        actors=all_actors,
        agents=all_agents,
        phrases=PhraseTable.build(all_actors, all_agents),
        reports=tuple(reports),
    )


def merge_verbs(base: VerbDictionary, extra: VerbDictionary) -> VerbDictionary:
    """``extra`` over ``base``: its verb forms come first (the coder takes the first entry), its
    patterns are tried with the base block's and win ties; synonym sets of ``base`` win."""
    verbs = dict(base.verbs)
    for form, entries in extra.verbs.items():
        verbs[form] = (*entries, *base.verbs.get(form, ()))
    patterns = dict(base.patterns)
    for meaning, pats in extra.patterns.items():
        patterns[meaning] = (*pats, *base.patterns.get(meaning, ()))
    return VerbDictionary(
        verbs=verbs,
        patterns=patterns,
        synsets={**extra.synsets, **base.synsets},
        transformations=base.transformations + extra.transformations,
        style=base.style,
        warnings=base.warnings + extra.warnings,
    )


@functools.lru_cache(maxsize=4)
def load_validation_dictionaries(folder: Path) -> Dictionaries:
    """PETRARCH's validation-suite dictionaries (PETR.Validate.{actors,agents,verbs,discards}.txt in
    ``folder``), as the unit-test records expect them: nothing else merged, all discards kept."""
    names = {kind: folder / f"PETR.Validate.{kind}.txt" for kind in ("actors", "agents", "verbs")}
    actors, warnings = parse_actor_file(names["actors"], source=names["actors"].name)
    _report(names["actors"].name, warnings, shipped=True)
    agents, warnings = parse_agent_file(names["agents"], source=names["agents"].name)
    _report(names["agents"].name, warnings, shipped=True)
    verbs = parse_verb_file(names["verbs"], source=names["verbs"].name)
    _report(names["verbs"].name, verbs.warnings, shipped=True)
    discard_path = folder / "PETR.Validate.discards.txt"
    discards = parse_discard_file(discard_path, source=discard_path.name)
    return Dictionaries(
        actors=tuple(actors),
        agents=tuple(agents),
        verbs=verbs,
        discards=discards,
        sources=tuple(p.name for p in (*names.values(), discard_path)),
    )
