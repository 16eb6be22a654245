"""The features a scorer reads of a candidate event: its type, modality, how its actors were found,
the verb's place in the parse and a few words of the sentence. Names are strings, values numbers."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventscribe.coding.actors import CodedActor
from eventscribe.coding.events import misparsed_finite
from eventscribe.coding.lexicon import table
from eventscribe.coding.modality import Modality
from eventscribe.nlp import coarse, token_lemma

_TIME_WORDS = table("SCORER_TIME_WORDS").words()
_FIRST_PERSON = table("FIRST_PERSON")
SCORER_CUES = table("SCORER_CUES")
_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _actor(prefix: str, actor: CodedActor | None, sent: Span) -> dict[str, float]:
    if actor is None:
        return {f"{prefix}=none": 1.0}
    out = {f"{prefix}_via={actor.via or 'dictionary'}": 1.0}
    code = actor.code
    if code.startswith("---"):
        out[f"{prefix}=nocountry"] = 1.0
    elif len(code) == 3:
        out[f"{prefix}=country_only"] = 1.0
    else:
        out[f"{prefix}_sector={code[3:6]}"] = 1.0
    if actor.is_person:
        out[f"{prefix}=person"] = 1.0
    if actor.name:
        out[f"{prefix}=named_entry"] = 1.0
    if 0 <= actor.start < len(sent):
        head = sent[actor.end - 1] if actor.end - 1 < len(sent) else sent[actor.start]
        out[f"{prefix}_tag={coarse(head.tag_)}"] = 1.0
        if head.text.upper() in _FIRST_PERSON or sent[actor.start].text.upper() in _FIRST_PERSON:
            out[f"{prefix}=first_person"] = 1.0
    return out


def candidate_features(
    verb: Token,
    sent: Span,
    *,
    code: str,
    plover: str | None,
    source: CodedActor,
    target: CodedActor | None,
    modality: Modality,
    pattern: bool,
    notes: tuple[str, ...],
) -> dict[str, float]:
    """The named features of one candidate (a caption's sentences give none since the
    forty-third session: the coder codes no act of a caption, ``Coder._prepare``)."""
    quad = code[:2]
    # an act named by a noun ("talks with") is weighed apart from the verb ("talked to")
    word = "noun" if coarse(verb.tag_) == "NOUN" else "lemma"
    f: dict[str, float] = {
        f"type={plover or 'none'}": 1.0,
        f"root={quad}": 1.0,
        f"dep={'finite' if misparsed_finite(verb) else verb.dep_}": 1.0,
        f"tag={verb.tag_}": 1.0,
        f"{word}={token_lemma(verb)}": 1.0,
        "pattern" if pattern else "verb_code_only": 1.0,
        f"len={_bucket(len(sent), (12, 20, 30, 45))}": 1.0,
    }
    f[f"{word}={token_lemma(verb)}&type={plover}"] = 1.0
    f[f"src_via={source.via or 'dictionary'}&type={plover}"] = 1.0
    for flag in modality.flags():
        f[f"mod={flag}"] = 1.0
        f[f"mod={flag}&type={plover}"] = 1.0
    if 0 <= source.start < len(sent):
        gap = abs(verb.i - sent.start - source.start)
        f[f"src_gap={_bucket(gap, (1, 3, 6, 12))}"] = 1.0
    f.update(_actor("src", source, sent))
    f.update(_actor("tgt", target, sent))
    if target is not None and 0 <= target.start < source.start:
        # the target named first: a passive, or the second direction of a pair ("talks between
        # the United States and Mexico"), which readers code from the first named
        f[f"target_first&type={plover}"] = 1.0
    if target is not None and target.code[:3] == source.code[:3]:
        f["same_country"] = 1.0
    if target is not None and target.code == source.code[:3]:
        f["target_is_source_country"] = 1.0
    for note in notes:
        f[f"note={note.split(':')[0][:24]}"] = 1.0
    words = {t.text.upper() for t in sent}
    if words & _TIME_WORDS:
        f["time_word"] = 1.0
    for cue in words & SCORER_CUES.words():
        f[f"cue={cue}"] = 1.0
    if any(t.text in _QUOTES for t in sent):
        f["quote"] = 1.0
    if any(c.dep_ == "aux" and c.text.upper() in ("HAS", "HAVE", "HAD") for c in verb.children):
        f["perfect"] = 1.0
    if verb.dep_ == "ROOT":
        f["main_clause"] = 1.0
    verbs = sum(1 for t in sent if coarse(t.tag_) == "VERB")
    f[f"verbs={_bucket(verbs, (1, 2, 4, 6))}"] = 1.0
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")), None)
    if obj is not None:
        f[f"obj={token_lemma(obj)}"] = 1.0
    return f
