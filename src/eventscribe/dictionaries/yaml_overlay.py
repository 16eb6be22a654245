"""Reader for eventscribe's YAML dictionary overlay, the format for users' own actors and agents::

    actors:
      - name: Volodymyr Zelenskyy          # words separated by spaces; matched case-insensitively
        variants: [Zelensky, Zelenskiy]
        roles:
          - {code: UKRELI, until: 2019-05-19, office: "actor and comedian"}
          - {code: UKRGOV, from: 2019-05-20, office: "President of Ukraine"}
        default: UKRELI        # optional bare default code
        country: UKR           # optional, informational
    agents:
      - {phrase: drone operator, code: MIL, plural: drone operators}

Dates are ISO (YYYY-MM-DD); ``from`` and ``until`` are inclusive and either may be left out. Roles
are tried in the order written, the first holding on the day wins, ``default`` only when none
does. An agent ``code`` is appended to the actor's (``MIL`` or ``~MIL``) unless written ``MIL~``
(prepended); without ``plural`` a regular plural is generated, ``plural: []`` means none. Errors
raise DictionaryError naming "file:line".
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from eventscribe.dictionaries.agents import parse_agent_code
from eventscribe.dictionaries.model import ActorEntry, AgentEntry, Role
from eventscribe.dictionaries.parsers import (
    Reporter,
    noun_plural,
    phrase_tokens,
    read_text,
    source_label,
)
from eventscribe.errors import DictionaryError

__all__ = ["parse_yaml_file"]

_ACTOR_CODE = re.compile(r"^(?:---|[A-Z][A-Z0-9]{2,}(?:/[A-Z][A-Z0-9]{2,})*)$")
_ACTOR_KEYS = {"name", "variants", "roles", "default", "country", "comment", "source", "notes"}
_ROLE_KEYS = {"code", "from", "until", "office", "source", "note"}
_AGENT_KEYS = {"phrase", "code", "plural", "noun", "comment", "source"}


class _Doc:
    """Turns composed YAML nodes into values while keeping their line numbers."""

    def __init__(self, reporter: Reporter) -> None:
        self.reporter = reporter
        self.loader = yaml.SafeLoader("")

    def fail(self, node: yaml.Node, message: str) -> DictionaryError:
        return DictionaryError(message, origin=self.reporter.origin(_line(node)), code="E204")

    def mapping(self, node: yaml.Node, what: str, allowed: set[str]) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping (key: value)")
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node)
            if not isinstance(key, str):
                raise self.fail(key_node, f"{what}: keys must be text, not {key!r}")
            if key in result:
                raise self.fail(key_node, f"{what}: key {key!r} is given twice")
            if key not in allowed:
                self.reporter.warn(
                    _line(key_node), f"{what}: unknown key {key!r} ignored", code="E205"
                )
            result[key] = value_node
        return result

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if isinstance(node, yaml.ScalarNode) and self.scalar(node) is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        return list(node.value)

    def scalar(self, node: yaml.Node) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, "expected a single value here, not a list or mapping")
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError) as e:  # e.g. 2020-13-01 looks like a date but is not
            raise self.fail(node, f"value {node.value!r} cannot be read: {e}") from None

    def text(self, node: yaml.Node, what: str) -> str:
        value = self.scalar(node)
        if isinstance(value, bool) or value is None or isinstance(value, dt.date):
            raise self.fail(node, f"{what} must be text, not {value!r}")
        return str(value).strip()

    def date(self, node: yaml.Node, what: str) -> dt.date:
        value = self.scalar(node)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise self.fail(node, f"{what} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _actor_code(doc: _Doc, node: yaml.Node) -> str:
    code = doc.text(node, "code").upper()
    if not _ACTOR_CODE.match(code):
        raise doc.fail(node, f"actor code {code!r} is not a CAMEO actor code (like USAGOV)")
    return code


def _phrase(doc: _Doc, node: yaml.Node, what: str) -> tuple[str, ...]:
    tokens = phrase_tokens(doc.text(node, what))
    if not tokens:
        raise doc.fail(node, f"{what} is empty")
    return tokens


def _read_actor(doc: _Doc, node: yaml.Node) -> ActorEntry:
    fields = doc.mapping(node, "actor", _ACTOR_KEYS)
    if "name" not in fields:
        raise doc.fail(node, "actor has no name")
    name = _phrase(doc, fields["name"], "name")
    variants = [
        _phrase(doc, v, "variant") for v in doc.sequence(fields.get("variants", _NULL), "variants")
    ]
    roles: list[Role] = []
    for role_node in doc.sequence(fields.get("roles", _NULL), "roles"):
        role_fields = doc.mapping(role_node, "role", _ROLE_KEYS)
        if "code" not in role_fields:
            raise doc.fail(role_node, "role has no code")
        code = _actor_code(doc, role_fields["code"])
        start = doc.date(role_fields["from"], "from") if "from" in role_fields else None
        end = doc.date(role_fields["until"], "until") if "until" in role_fields else None
        if start is not None and end is not None and start > end:
            raise doc.fail(role_node, f"role {code}: from {start} is after until {end}")
        notes = [
            doc.text(role_fields[key], key)
            for key in ("office", "note", "source")
            if key in role_fields
        ]
        note = "; ".join(n for n in notes if n)
        roles.append(Role(code, start, end, note, origin=doc.reporter.origin(_line(role_node))))
    if "default" in fields:
        default_line = _line(fields["default"])
        roles.append(
            Role(_actor_code(doc, fields["default"]), origin=doc.reporter.origin(default_line))
        )
    if not roles:
        raise doc.fail(node, f"actor {' '.join(name)!r} has neither roles nor a default code")
    if sum(role.is_default for role in roles) > 1:
        doc.reporter.warn(_line(node), "more than one default role; the first is used")
    comment = doc.text(fields["comment"], "comment") if "comment" in fields else ""
    return ActorEntry(
        name=name,
        synonyms=tuple(dict.fromkeys(v for v in variants if v != name)),
        roles=tuple(roles),
        origin=doc.reporter.origin(_line(node)),
        comment=comment,
    )


def _read_agent(doc: _Doc, node: yaml.Node) -> list[AgentEntry]:
    fields = doc.mapping(node, "agent", _AGENT_KEYS)
    for key in ("phrase", "code"):
        if key not in fields:
            raise doc.fail(node, f"agent has no {key}")
    phrase = _phrase(doc, fields["phrase"], "phrase")
    parsed = parse_agent_code(doc.text(fields["code"], "code"))
    if parsed is None:
        raise doc.fail(
            fields["code"], "agent code must be like MIL, ~MIL (append) or IGO~ (prepend)"
        )
    code, prepend = parsed
    origin = doc.reporter.origin(_line(node))
    plurals: list[tuple[str, ...]] = []
    if "plural" not in fields:
        generated = noun_plural(phrase[-1])
        if generated is not None:
            plurals.append((*phrase[:-1], generated))
    elif isinstance(fields["plural"], yaml.SequenceNode):
        plurals = [_phrase(doc, p, "plural") for p in fields["plural"].value]
    elif doc.scalar(fields["plural"]) is not None:
        plurals = [_phrase(doc, fields["plural"], "plural")]
    phrases = dict.fromkeys([phrase, *plurals])
    noun_only = False
    if "noun" in fields:
        value = doc.scalar(fields["noun"])
        if not isinstance(value, bool):
            raise doc.fail(fields["noun"], f"agent 'noun' must be true or false, not {value!r}")
        noun_only = value
    return [AgentEntry(p, code, prepend, origin, noun_only) for p in phrases]


_NULL = yaml.ScalarNode("tag:yaml.org,2002:null", "")
# libyaml's parser, where PyYAML was built with it, is ten times faster and keeps line numbers
_FAST_LOADER: type[yaml.SafeLoader] | None = getattr(yaml, "CSafeLoader", None)


def _compose(text: str) -> yaml.Node | None:
    """The YAML text's node tree. A syntax error is reported by the pure-Python parser, whose
    messages (and lines) are the ones users and tests have always seen."""
    if _FAST_LOADER is not None:
        try:
            return yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def parse_yaml_file(
    path: Path, *, strict: bool = False, source: str | None = None
) -> tuple[list[ActorEntry], list[AgentEntry], list[str]]:
    """Read a YAML overlay -> (actors, agents, warnings).

    An unusable entry or a YAML syntax error raises DictionaryError with origin "file:line";
    unknown keys are warnings (errors in strict mode).
    """
    reporter = Reporter(source_label(path, source), strict)
    text = read_text(path, reporter)
    try:
        root = _compose(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = int(mark.line) + 1 if mark is not None else 1
        problem = getattr(e, "problem", None) or str(e)
        raise DictionaryError(
            f"YAML syntax error: {problem}", origin=reporter.origin(line), code="E204"
        ) from None
    doc = _Doc(reporter)
    actors: list[ActorEntry] = []
    agents: list[AgentEntry] = []
    if root is None:
        return actors, agents, reporter.warnings
    top = doc.mapping(root, "the file", {"actors", "agents"})
    for actor_node in doc.sequence(top.get("actors", _NULL), "actors"):
        actors.append(_read_actor(doc, actor_node))
    for agent_node in doc.sequence(top.get("agents", _NULL), "agents"):
        agents.extend(_read_agent(doc, agent_node))
    return actors, agents, reporter.warnings
