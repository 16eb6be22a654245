"""How a clause rule of the coder fares on the hand-labelled sentences: where it fires, were they
labelled with the event type it takes away?

    python benchmarks/rule_firings.py asks_a_question REQUEST
    python benchmarks/rule_firings.py agrees_with_a_view AGREE

Reads the labelled training sets (annotations/scorer-train*/labels.jsonl but the unseen check,
annotations/proposer-train/labels.jsonl) and the precision set's dev half, parses every sentence
with a verb of the rule's table, and counts the verb's uses: the rule fires or not, and the
sentence is labelled with the type or not. The precision set's test half and the unseen check
(scorer-train9) are never read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = "scorer-train9"


def _items() -> list[dict[str, object]]:
    paths = sorted(ROOT.glob("annotations/scorer-train*/labels.jsonl"))
    paths.append(ROOT / "annotations/proposer-train/labels.jsonl")
    items = [
        json.loads(line)
        for path in paths
        if UNSEEN not in str(path)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    precision = ROOT / "annotations/precision/precision.jsonl"
    for line in precision.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("split") == "dev":
            items.append(record)
    return items


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("rule", choices=("asks_a_question", "agrees_with_a_view"))
    parser.add_argument("type", help="the PLOVER type the rule takes away (REQUEST, AGREE)")
    args = parser.parse_args()

    from eventscribe.coding import candidates
    from eventscribe.nlp import load_nlp, split_sentences

    rule = getattr(candidates, f"_{args.rule}")
    table = {
        "asks_a_question": candidates.QUESTION_VERBS,
        "agrees_with_a_view": candidates.VIEW_AGREEMENT_VERBS,
    }[args.rule]
    nlp = load_nlp()
    counts: Counter[tuple[bool, bool]] = Counter()
    for item in _items():
        text = str(item.get("text") or "")
        labelled = args.type in {e.get("type") for e in item.get("events", [])}  # type: ignore[attr-defined]
        for sentence in split_sentences(text):
            if sentence.doc is None:
                continue
            for tok in nlp(sentence.doc):
                if tok.tag_.startswith("VB") and table.matches(tok) is not None:
                    counts[(bool(rule(tok)), labelled)] += 1
    fires = counts[(True, True)] + counts[(True, False)]
    rest = counts[(False, True)] + counts[(False, False)]
    print(
        f"{args.rule}: fires on {fires} uses, {counts[(True, False)]} in sentences with no "
        f"{args.type} labelled, {counts[(True, True)]} with one"
    )
    print(f"left alone: {rest} uses, {counts[(False, True)]} in sentences labelled {args.type}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
