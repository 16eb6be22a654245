"""How a clause rule of the coder fares on the hand-labelled sentences: where it fires, were they
labelled with the event type it takes away?

    python benchmarks/rule_firings.py asks_a_question REQUEST
    python benchmarks/rule_firings.py agrees_with_a_view AGREE
    python benchmarks/rule_firings.py --candidates claims_what_is
    python benchmarks/rule_firings.py --totals
    python benchmarks/rule_firings.py --verb negotiate

With ``--totals`` it counts every candidate the rules keep on the same sentences (rules only, no
threshold) and how many a labelled event matches: the before and after of a change to the
lexicon or the dictionaries, which no rule function switches (run it in a ``git worktree`` of the
commit before, or with ``PYTHONPATH`` set to that tree's ``src``). With ``--verb LEMMA`` it
counts the candidates whose trigger's first word has that lemma (a verb or a noun), by PLOVER
type, how many a labelled event matches, and the types labelled in their sentences with the same
source country: what a sense of the verb would move.

With ``--candidates RULE`` it codes the same sentences (rules only, no threshold) with the rule
``_RULE`` of ``coding/candidates.py``, ``senses.py``, ``coreference.py``, ``arguments.py``,
``modality.py``, ``mentions.py``, ``nominal.py`` or ``coder.py`` on and off, and counts the
candidates the rule takes away and adds, and how many of them a labelled event matches (type and
countries).

Reads the labelled training sets (annotations/scorer-train*/labels.jsonl but the unseen check,
annotations/proposer-train/labels.jsonl) and the precision set's dev half, parses every sentence
with a verb of the rule's table, and counts the verb's uses: the rule fires or not, and the
sentence is labelled with the type or not. The precision set's test half and the unseen checks
(scorer-train9, scorer-train15) are never read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ("scorer-train9", "scorer-train15")  # the unseen checks, never read


def _items() -> list[dict[str, object]]:
    paths = sorted(ROOT.glob("annotations/scorer-train*/labels.jsonl"))
    paths.append(ROOT / "annotations/proposer-train/labels.jsonl")
    items = [
        json.loads(line)
        for path in paths
        if not any(unseen in str(path) for unseen in UNSEEN)
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
    parser.add_argument("rule", nargs="?", choices=("asks_a_question", "agrees_with_a_view"))
    parser.add_argument(
        "type", nargs="?", help="the PLOVER type the rule takes away (REQUEST, AGREE)"
    )
    parser.add_argument("--candidates", metavar="RULE", help="a clause rule to switch off")
    parser.add_argument(
        "--totals", action="store_true", help="count every candidate and the labelled ones"
    )
    parser.add_argument("--verb", metavar="LEMMA", help="count the candidates of one verb or noun")
    args = parser.parse_args()
    if args.verb:
        return _verb_candidates(args.verb)
    if args.candidates:
        return _candidates_taken(args.candidates)
    if args.totals:
        return _totals()
    if not (args.rule and args.type):
        parser.error("give a RULE and a TYPE, or --candidates RULE")

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


def _gold_items() -> list:  # type: ignore[type-arg]
    """The labelled training sets and the dev half as gold items (the unseen checks left out)."""
    from eventscribe import evaluation_events as ev

    paths = sorted(ROOT.glob("annotations/scorer-train*/labels.jsonl"))
    paths.append(ROOT / "annotations/proposer-train/labels.jsonl")
    items = [
        i
        for path in paths
        if not any(unseen in str(path) for unseen in UNSEEN)
        for i in ev.read_items(path)
    ]
    return items + ev.read_items(ROOT / "annotations/precision/precision.jsonl", split="dev")


def _code(items: list) -> list[list]:  # type: ignore[type-arg]
    """Every event the rules keep (no threshold) for each item, in the order of ``items``: two
    labelled sets share item ids (proposer-train's and scorer-train10's "p" prefix), so events
    keyed by id would let one item's stand for the other's."""
    from eventscribe.coding.coder import Coder
    from eventscribe.records import Article

    articles = [Article(id=str(k), text=i.text, date=i.date) for k, i in enumerate(items)]
    coded = Coder(scorer="rules.v1").code_articles(articles, batch_size=64)
    return [[e for e in events if e.event] for _, events in coded]


def _totals() -> int:
    """Every candidate the rules keep on the labelled sentences, and how many are right."""
    from eventscribe import evaluation_events as ev

    items = _gold_items()
    coded = _code(items)
    total = right = 0
    for item, events in zip(items, coded, strict=True):
        total += len(events)
        right += sum(ev.match(item.events, events))
    print(f"candidates {total}: {right} matching a labelled event, {total - right} not")
    return 0


def _verb_candidates(word: str) -> int:
    """The candidates whose trigger's first word has the lemma ``word``, and their labels."""
    from eventscribe import evaluation_events as ev
    from eventscribe.nlp import lemma

    wanted = word.upper()
    items = _gold_items()
    coded = _code(items)
    types: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    right = 0
    for item, events in zip(items, coded, strict=True):
        for event, hit in zip(events, ev.match(item.events, events), strict=True):
            first = event.trigger.text.split()[0] if event.trigger.text else ""
            if wanted not in (lemma(first, "VBD"), lemma(first, "NNS")):
                continue
            types[str(event.event)] += 1
            right += hit
            country = event.source.country or "---"
            labelled.update({g.type for g in item.events if g.source in (country, "---")})
    total = sum(types.values())
    print(f"{word}: {total} candidates ({dict(types.most_common())}), {right} matching a labelled")
    print(f"event; types labelled in their sentences, same source: {dict(labelled.most_common())}")
    return 0


def _candidates_taken(name: str) -> int:
    """The candidates the clause rule ``candidates._NAME`` takes away, and how many were right."""
    from eventscribe import evaluation_events as ev
    from eventscribe.coding import candidates

    items = _gold_items()

    def code() -> list[list]:  # type: ignore[type-arg]
        return _code(items)

    def key(e) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
        return (e.event, e.source.code, e.target.code if e.target else None, e.trigger.text)

    from eventscribe.coding import (
        arguments,
        coder,
        coreference,
        mentions,
        modality,
        nominal,
        senses,
    )

    modules = (candidates, senses, coreference, arguments, modality, mentions, nominal, coder)
    module = next((m for m in modules if hasattr(m, f"_{name}")), None)
    if module is None:
        raise SystemExit(
            f"no rule _{name} in coding/candidates, senses, coreference, arguments, modality,"
            " mentions, nominal, coder"
        )
    with_rule = code()
    rule = getattr(module, f"_{name}")
    setattr(module, f"_{name}", lambda *args, **kwargs: None)  # off: no rule fires
    try:
        without = code()
    finally:
        setattr(module, f"_{name}", rule)

    def changed(ours: list, theirs: list) -> tuple[int, int]:  # type: ignore[type-arg]
        """Candidates of ``theirs`` not in ``ours``, and how many a labelled event matches."""
        count = right = 0
        for item, mine, others in zip(items, ours, theirs, strict=True):
            kept = {key(e) for e in mine}
            hits = ev.match(item.events, others)
            for event, hit in zip(others, hits, strict=True):
                if key(event) not in kept:
                    count += 1
                    right += hit
        return count, right

    taken, taken_right = changed(with_rule, without)
    added, added_right = changed(without, with_rule)
    print(
        f"{name}: takes away {taken} candidates, {taken_right} of them matching a labelled event;"
        f" adds {added}, {added_right} of them matching one"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
