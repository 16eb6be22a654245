"""Scorers: how sure the coder is that a candidate event really happened as coded (0-1).

A scorer is registered by name and chosen by name (``Coder(scorer="learned.v1")``), so a new one
replaces the default without touching the coder's stages. Each scorer carries the threshold that
``code`` and ``ingest`` apply by default (``--min-confidence`` overrides it).

- ``rules.v1``: 1.0 for every candidate; threshold 0. What the coder wrote before scoring existed.
- ``learned.v1``: logistic regression over the candidate's features, trained by
  ``benchmarks/train_scorer.py`` on hand-labelled and public gold sentences; weights in
  ``coding/data/scorer.learned.v1.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from eventscribe.coding.candidate import Candidate
from eventscribe.errors import ConfigError

DEFAULT_SCORER = "learned.v1"


class Scorer(Protocol):
    """Takes a candidate, returns the probability that it is a real event as coded."""

    @property
    def name(self) -> str: ...

    @property
    def threshold(self) -> float:
        """The default minimum confidence an event needs to be written."""
        ...

    def score(self, candidate: Candidate) -> float: ...


_REGISTRY: dict[str, Callable[[], Scorer]] = {}


def register_scorer(name: str) -> Callable[[Callable[[], Scorer]], Callable[[], Scorer]]:
    """Register a scorer factory under ``name`` (a decorator)."""

    def wrap(factory: Callable[[], Scorer]) -> Callable[[], Scorer]:
        _REGISTRY[name] = factory
        return factory

    return wrap


def scorer_names() -> tuple[str, ...]:
    return tuple(sorted(_REGISTRY))


def get_scorer(name: str) -> Scorer:
    """The registered scorer ``name``; a clear error naming the choices otherwise."""
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise ConfigError(
            f"unknown scorer {name!r}: use one of {', '.join(scorer_names())}", code="E306"
        ) from None
    return factory()


@dataclass(frozen=True)
class RuleScorer:
    """Every candidate the rules keep is written: confidence 1, threshold 0."""

    name: str = "rules.v1"
    threshold: float = 0.0

    def score(self, candidate: Candidate) -> float:
        return 1.0


@register_scorer("rules.v1")
def _rules() -> Scorer:
    return RuleScorer()


@dataclass(frozen=True)
class LinearScorer:
    """Logistic regression over named features: sigmoid(bias + sum(weight * value))."""

    name: str
    threshold: float
    bias: float
    weights: Mapping[str, float]
    meta: Mapping[str, Any]

    def score(self, candidate: Candidate) -> float:
        z = self.bias
        weights = self.weights
        for key, value in candidate.features.items():
            w = weights.get(key)
            if w is not None:
                z += w * value
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def weighing(self, candidate: Candidate, n: int = 6) -> tuple[tuple[str, float], ...]:
        """The ``n`` features that moved this candidate's score most, with what each added to the
        log-odds (weight times value), largest first; the bias is named "bias"."""
        parts = [("bias", self.bias)]
        parts += [
            (key, w * value)
            for key, value in candidate.features.items()
            if (w := self.weights.get(key)) is not None and w * value != 0.0
        ]
        return tuple(sorted(parts, key=lambda part: (-abs(part[1]), part[0]))[:n])

    @classmethod
    def from_file(cls, path: Path | None = None, *, name: str = "learned.v1") -> LinearScorer:
        if path is None:
            text = (
                resources.files("eventscribe.coding")
                .joinpath("data", f"scorer.{name}.json")
                .read_text(encoding="utf-8")
            )
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text)
        return cls(
            name=name,
            threshold=float(data["threshold"]),
            bias=float(data["bias"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
            meta=data.get("meta", {}),
        )


@register_scorer("learned.v1")
def _learned() -> Scorer:
    return _cached_learned()


_LEARNED: list[LinearScorer] = []


def _cached_learned() -> LinearScorer:
    if not _LEARNED:
        _LEARNED.append(LinearScorer.from_file())
    return _LEARNED[0]
