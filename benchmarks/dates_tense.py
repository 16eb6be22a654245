"""When did the acts of a read date sample happen, by the tense of their trigger (issue 13)?

Readers who never saw the coder's dates said of each drawn event whether it was the day's news, an
earlier act, a state running up to the article (ongoing) or no act (``dates_verdicts.py``). This
counts those answers by the trigger's verb form in its sentence: the simple past, the present
perfect ("has called", "have been apprehended"), a participle, a noun... A rule that dated one
form as earlier than the article (``before``) would be right for the earlier acts of that form and
wrong for its news and ongoing states, by the verdict rule in docs/accuracy.md.

    python benchmarks/dates_tense.py annotations/dates-read/events.jsonl \\
        annotations/dates-read/answers.jsonl

With ``--previous-sentence CORPUS_DIR`` (the corpora the sample was drawn from, e.g.
``../shared/corpus``) it counts instead whether the sentence before the event's carries a time of
its own over three days before the article for its main verb (``coding/dates.event_date``): the
signal a rule carrying an earlier sentence's time to the next sentence's act would use.
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
    parser.add_argument("--previous-sentence", type=Path, metavar="CORPUS_DIR")
    args = parser.parse_args()
    from eventscribe.nlp import load_nlp

    nlp = load_nlp()
    events = {
        (row := json.loads(line))["key"]: row
        for line in args.sample.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    if args.previous_sentence is not None:
        return _previous_sentence(events, args.answers, args.previous_sentence, nlp)
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


def _previous_sentence(events, answers: Path, corpus_dir: Path, nlp) -> int:  # type: ignore[no-untyped-def]
    import datetime as dt

    from eventscribe.coding.dates import event_date
    from eventscribe.nlp import split_sentences

    wanted = {e["article_id"] for e in events.values()}
    articles = {}
    for path in sorted(corpus_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (row := json.loads(line))["id"] in wanted:
                articles[row["id"]] = row
    counts: Counter[tuple[str, str]] = Counter()
    for line in answers.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        answer = json.loads(line)
        event = events[answer["key"]]
        article = articles.get(event["article_id"])
        if answer["act"] == "not_an_act" or article is None:
            continue
        day = dt.date.fromisoformat(article["date"])
        sentences = list(split_sentences(article["text"]))
        index = next(
            (i for i, s in enumerate(sentences) if event["sentence"][:60] in s.text),
            None,
        )
        signal = "not found"
        if index == 0:
            signal = "first sentence"
        elif index is not None and sentences[index - 1].doc is not None:
            doc = nlp(sentences[index - 1].doc)
            root = next(t for t in doc if t.dep_ == "ROOT")
            found = event_date(root, day)
            earlier = found.source == "clause" and found.date is not None
            earlier = earlier and (day - found.date).days > 3
            signal = "previous earlier" if earlier or found.precision == "before" else "no signal"
        counts[(signal, answer["act"])] += 1
    print(f"{'previous sentence':18} " + " ".join(f"{a:>8}" for a in ACTS))
    for signal in ("previous earlier", "no signal", "first sentence", "not found"):
        print(f"{signal:18} " + " ".join(f"{counts[(signal, a)]:>8}" for a in ACTS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
