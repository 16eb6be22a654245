"""When did the acts of a read date sample happen, by the tense of their trigger (issue 13)?

Readers who never saw the coder's dates said of each drawn event whether it was the day's news, an
earlier act, a state running up to the article (ongoing) or no act (``dates_verdicts.py``). This
counts those answers by the trigger's verb form in its sentence: the simple past, the present
perfect ("has called", "have been apprehended"), a participle, a noun... A rule that dated one
form as earlier than the article (``before``) would be right for the earlier acts of that form and
wrong for its news and ongoing states, by the verdict rule in docs/accuracy.md.

    python benchmarks/dates_tense.py annotations/dates-read/events.jsonl \\
        annotations/dates-read/answers.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})


def verb_form(sentence: str, trigger: str, nlp) -> str:  # type: ignore[no-untyped-def]
    """The trigger's form in its sentence: past, perfect, or its tag (VBG, NN ...)."""
    first = trigger.split()[0] if trigger else ""
    token = next((t for t in nlp(sentence) if t.text == first), None)
    if token is None:
        return "not found"
    auxes = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    if token.tag_ == "VBN" and auxes & PERFECT_AUX:
        return "perfect"
    return "past" if token.tag_ == "VBD" else token.tag_


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sample", type=Path, help="the drawn events (sentence, trigger)")
    parser.add_argument("answers", type=Path, help="the readers' answers (act)")
    args = parser.parse_args()
    from eventscribe.nlp import load_nlp

    nlp = load_nlp()
    events = {
        (row := json.loads(line))["key"]: row
        for line in args.sample.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    counts: Counter[tuple[str, str]] = Counter()
    for line in args.answers.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        answer = json.loads(line)
        if answer["act"] == "not_an_act":
            continue
        event = events[answer["key"]]
        counts[(verb_form(event["sentence"], event["trigger"] or "", nlp), answer["act"])] += 1
    forms = sorted({form for form, _ in counts}, key=lambda f: -sum(counts[(f, a)] for a in ACTS))
    print(f"{'form':12} " + " ".join(f"{a:>8}" for a in ACTS))
    for form in forms:
        print(f"{form:12} " + " ".join(f"{counts[(form, a)]:>8}" for a in ACTS))
    return 0


ACTS = ("news", "ongoing", "earlier")

if __name__ == "__main__":
    raise SystemExit(main())
