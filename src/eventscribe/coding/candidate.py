"""The candidate event: what the coder's stages build for one verb and one pair of actors.

A ``Candidate`` is frozen; a stage that changes it returns a new one (``dataclasses.replace``). The
last stage scores it (``coding/scoring.py``) and builds the ``Event`` record from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from eventscribe.coding.actors import CodedActor
from eventscribe.coding.modality import Modality


@dataclass(frozen=True)
class Candidate:
    """One candidate event of a sentence, with everything the scorer and the record need."""

    sentence_index: int
    verb_index: int  # token index of the trigger verb in the sentence's doc
    trigger: tuple[int, ...]  # token indices of the trigger: the verb and its particles
    code: str  # CAMEO code after modality shifts
    source: CodedActor
    target: CodedActor | None
    verb: str  # the verb entry, "LEMMA (file:line)"
    pattern: str | None  # the pattern line, "text (file:line)"; None: the verb's own code
    modality: Modality = field(default_factory=Modality)
    notes: tuple[str, ...] = ()
    # ids of the rules that fired: dictionary and lexicon entries as file:line
    rules: tuple[str, ...] = ()
    # named features of the sentence, verb and actors (numbers; 1.0 for a present flag)
    features: Mapping[str, float] = field(default_factory=dict, compare=False, hash=False)
