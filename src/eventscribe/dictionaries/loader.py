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
from pathlib import Path

from eventscribe.dictionaries.actors import parse_actor_file
from eventscribe.dictionaries.agents import parse_agent_file
from eventscribe.dictionaries.discards import parse_discard_file
from eventscribe.dictionaries.model import (
    ActorEntry,
    AgentEntry,
    Dictionaries,
    Discards,
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

_AGENT_CODE = re.compile(r"\[\s*~|~\s*\]|^\s*![A-Z0-9_]+!\s*=", re.IGNORECASE | re.MULTILINE)
_ANY_CODE = re.compile(r"\[[^\]\n]*\]")

_Layer = tuple[str, list[ActorEntry], list[AgentEntry]]


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


@functools.lru_cache(maxsize=4)
def _shipped_layer() -> _Layer:
    actors: list[ActorEntry] = []
    for name in SHIPPED_ACTOR_FILES:
        entries, warnings = parse_actor_file(PETRARCH_DIR / name, source=f"petrarch2/{name}")
        _report(name, warnings, shipped=True)
        actors.extend(entries)
    agents, warnings = parse_agent_file(
        PETRARCH_DIR / SHIPPED_AGENT_FILE, source=f"petrarch2/{SHIPPED_AGENT_FILE}"
    )
    _report(SHIPPED_AGENT_FILE, warnings, shipped=True)
    return "petrarch2", actors, agents


@functools.lru_cache(maxsize=4)
def _update_layers() -> tuple[_Layer, ...]:
    if not ACTORS_UPDATE_DIR.is_dir():
        return ()
    layers = []
    for path in sorted(ACTORS_UPDATE_DIR.glob("*.yaml")):
        label = f"actors/{path.name}"
        actors, agents, warnings = parse_yaml_file(path, source=label)
        _report(label, warnings, shipped=True)
        layers.append((label, actors, agents))
    return tuple(layers)


@functools.lru_cache(maxsize=8)
def _shipped_verbs_and_discards(verb_file: str) -> tuple[VerbDictionary, str, Discards]:
    path = _verb_path(verb_file)
    label = f"petrarch2/{path.name}" if path.parent == PETRARCH_DIR else str(path)
    verbs = parse_verb_file(path, source=label)
    _report(label, verbs.warnings, shipped=path.parent == PETRARCH_DIR)
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
    return verbs, label, discards


def load_dictionaries(
    *,
    extra_files: Sequence[Path] = (),
    use_shipped: bool = True,
    verb_file: str = "CAMEO.2.0.txt",
) -> Dictionaries:
    """The merged dictionaries: shipped actors and agents (unless ``use_shipped`` is False), then
    ``data/actors/*.yaml``, then ``extra_files`` (PETRARCH actor/agent files or YAML overlays), each
    later file overriding the earlier ones (see the module docstring for the order contract).

    ``verb_file`` names a file of the shipped ``petrarch2/`` folder or a path; the verbs and the
    discard list are always loaded. The default discards leave out bare-number sentence discards.
    Results are cached per arguments (and per size and mtime of the extra files).
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
    layers: list[_Layer] = []
    if use_shipped:
        layers.append(_shipped_layer())
        layers.extend(_update_layers())
    for path_text, _, _ in extra:
        path = Path(path_text)
        actors, agents, warnings = read_user_file(path)
        _report(path_text, warnings, shipped=False)
        layers.append((path_text, actors, agents))
    verbs, verbs_labels, discards = _verbs_with_additions(verb_file)
    ordered = list(reversed(layers))
    return Dictionaries(
        actors=tuple(entry for _, actors, _ in ordered for entry in actors),
        agents=tuple(entry for _, _, agents in ordered for entry in agents),
        verbs=verbs,
        discards=discards,
        sources=(
            *(label for label, _, _ in ordered),
            *verbs_labels,
            f"petrarch2/{SHIPPED_DISCARD_FILE}",
        ),
    )


VERB_ADDITIONS_FILE = "eventscribe.verbs.txt"


@functools.cache
def _verbs_with_additions(verb_file: str) -> tuple[VerbDictionary, tuple[str, ...], Discards]:
    """The verb file, with eventscribe's additions merged over the default CAMEO.2.0 file."""
    verbs, label, discards = _shipped_verbs_and_discards(verb_file)
    if verb_file != "CAMEO.2.0.txt":
        return verbs, (label,), discards
    additions = parse_verb_file(
        DATA_DIR / VERB_ADDITIONS_FILE, source=VERB_ADDITIONS_FILE, known_synsets=verbs.synsets
    )
    return merge_verbs(verbs, additions), (label, VERB_ADDITIONS_FILE), discards


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
