"""Events the coder wrote on corpus articles, each judged by reading (forty-second and
forty-third sessions; error analysis for issue 11's rules; since the forty-eighth session samples
``a`` to ``q``, since the forty-ninth ``r`` to ``v`` too, are training data of the scorer,
training/train_scorer.py's ``rows_reads``).
Four samples: ``a`` (every 19th world-news article from the 12th, 80, and every 17th US-politics
article from the 5th, 90; coded at `04bb232`) and ``b`` (every 29th from the 3rd, 60,
and every 23rd from the 9th, 90, articles of ``a`` and of benchmarks/sample_articles.py's sample
left out; coded with `66455d2`'s rules and `796ce04`'s scorer); ``c`` (every 31st world-news
article from the 7th, 80, and every 21st US-politics one from the 11th, 80; coded at `a528266`)
and ``d`` (every 37th from the 17th, 75, and every 29th from the 19th, 75; coded at `068ebb8`);
``e`` (forty-fourth session: every 43rd world-news article from the 3rd and every 41st US-politics
one from the 6th, 138 after the exclusions; coded at `e03368e`, the session's start) and ``f``
(every 47th from the 11th and every 43rd from the 8th, 124; coded at `9c18718`, after the rules
read from ``e``), each read twice, all of it, by readers working apart (``verdicts_X.jsonl`` by
five and four readers, ``verdicts_X_second.jsonl`` by a sixth): the agreement of the two readings
is printed; ``g`` (every 53rd from the 13th and every 47th from the 2nd, 111; coded at `fcc88a3`,
the session's final rules and scorer), read by four readers and again by a fifth: the final coder
on fresh text; ``h`` (forty-fifth session: every 61st world-news article from the 17th and every
67th from the 29th, every 59th US-politics one from the 19th and every 71st from the 31st, 171;
coded at `1896386`, the session's start), read by four readers and again by four others; ``i``
(every 71st world-news article from the 5th and every 73rd from the 41st, every 67th US-politics
one from the 13th and every 79th from the 3rd, 153; coded at `b6ca4d7`, after the rules read from
``h``), read the same way, the readers told to judge a pronoun by whom the article says it is;
``j`` (every 83rd world-news article from the 7th and every 89th from the 19th, every 61st
US-politics one from the 23rd and every 73rd from the 37th, 133; coded at `51dd3e2`, the second
batch's rules and scorer), read the same way: the session's second coder on fresh text; ``k``
(forty-sixth session: every 97th world-news article from the 11th and every 101st from the 43rd,
every 53rd US-politics one from the 29th and every 79th from the 13th, 130; coded at `23d80cc`,
the session's start), read the same way; ``l`` (every 103rd world-news article from the 23rd, every
109th from the 2nd and every 113th from the 9th, every 89th US-politics one from the 41st, every
97th from the 7th and every 101st from the 19th, 143; coded at `0990440`, after the rules read from
``k``), read the same way; ``m`` (every 127th world-news article from the 3rd, every 131st from the
17th and every 137th from the 31st, every 103rd US-politics one from the 11th, every 107th from the
29th and every 109th from the 5th, 120; coded at `2831e7a`, after the rules read from ``l``), read
the same way (45 of its events are the pairs of one sentence's ten-minister meeting: the share is
printed without sentences of more than ``CROWDED`` events too); ``n`` (forty-seventh session:
every 139th world-news article from the 7th, every 149th from the 13th and every 151st from the
37th, every 113th US-politics one from the 17th, every 127th from the 19th and every 131st from
the 23rd, 101; coded at `f62c27b`, the session's start), read the same way (42 of its events are
the pairs of one sentence's seven signatories); ``o`` (every 157th world-news article from the
5th, every 163rd from the 29th, every 167th from the 41st and every 173rd from the 11th, every
137th US-politics one from the 3rd, every 139th from the 31st, every 149th from the 7th and every
151st from the 13th, 111; coded at `d16ae78`, after the rules read from ``n``), read the same
way; ``p`` (every 179th world-news article from the 19th, every 181st from the 23rd, every 191st
from the 2nd and every 193rd from the 47th, every 157th US-politics one from the 11th, every 163rd
from the 37th, every 167th from the 43rd and every 173rd from the 5th, 96; coded at `eaf21ec`,
after the rules read from ``o``), read the same way; ``q`` (every 197th world-news article from
the 3rd, every 199th from the 31st, every 211th from the 13th and every 223rd from the 7th, every
179th US-politics one from the 29th, every 181st from the 2nd, every 191st from the 17th and
every 193rd from the 41st, 81; coded at `4d72eaf`, after the third batch), read the same way;
``r`` (forty-eighth session: every 227th world-news article from the 17th, every 229th from the
41st, every 233rd from the 3rd and every 239th from the 29th, every 197th US-politics one from the
11th, every 199th from the 23rd, every 211th from the 7th and every 223rd from the 37th, 81; coded
at `bf321f1`, the session's start, before the scorer learned from ``a`` to ``q``), read the same
way: not in the scorer's training, the check of what it learned there; ``s`` (every 241st
world-news article from the 13th, every 251st from the 37th, every 257th from the 7th and every
263rd from the 23rd, every 227th US-politics one from the 5th, every 229th from the 19th, every
233rd from the 31st and every 239th from the 43rd, 66; coded at `02ff8b3`, the scorer that learned
from ``a`` to ``q``), read the same way; ``t`` (every 269th world-news article from the 19th,
every 271st from the 43rd, every 277th from the 11th and every 281st from the 5th, every 241st
US-politics one from the 3rd, every 251st from the 29th, every 257th from the 13th and every
263rd from the 47th, 65; coded at `d3c30d9`, after the rules read from ``r`` and ``s``), read the
same way: that coder on fresh text; ``u`` (forty-ninth session: every 283rd world-news article
from the 31st, every 293rd from the 17th, every 307th from the 9th and every 311th from the 41st,
every 269th US-politics one from the 7th, every 271st from the 37th, every 277th from the 19th and
every 281st from the 53rd, 61; coded at `a3635b3`, the session's start), read the same way (21 of
its events are the pairs of one sentence's seven negotiating countries); ``v`` (every 313th
world-news article from the 23rd, every 317th from the 7th, every 331st from the 13th and every
337th from the 29th, every 283rd US-politics one from the 11th, every 293rd from the 3rd, every
307th from the 31st and every 311th from the 17th, 52; coded at `f51c18c`, after the rules read
from ``u`` and the scorer that learned from ``a`` to ``u``), read the same way; ``w`` (every 347th
world-news article from the 3rd, every 349th from the 37th, every 353rd from the 19th, every
359th from the 11th and every 367th from the 31st, every 313th US-politics one from the 29th,
every 317th from the 41st, every 331st from the 5th, every 337th from the 23rd and every 347th
from the 13th, 48; coded at `94362b6`, the session's final rules and the scorer that learned from
``a`` to ``v``), read the same way and kept out of training: that coder on fresh text (11 of its
events are the pairs of one sentence's four speakers voicing hope, no PLOVER type). The
articles of the test half, of the unseen checks
(scorer-train9, scorer-train15), of the 300-article sample and of the earlier samples are left
out of each.

    python annotations/coder-reads/count.py         # the share judged right
    python annotations/coder-reads/count.py --articles a -o /tmp/a.jsonl  # from ../shared
    eventscribe code /tmp/a.jsonl -o /tmp/now_a.jsonl
    python annotations/coder-reads/count.py --now a /tmp/now_a.jsonl  # what a coder keeps
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = {
    "intl": HERE.parents[1].parent / "shared/corpus/international-news.jsonl",
    "uspol": HERE.parents[1].parent / "shared/corpus/us-politics-news.jsonl",
}


# a sentence coded with more events than this is one act counted many times (every pair of ten
# ministers who met): its share is printed apart too
CROWDED = 10

SAMPLES = tuple("abcdefghijklmnopqrstuvw")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _key(e: dict) -> tuple:
    source = e["source"]["code"] if isinstance(e["source"], dict) else e["source"]
    target = e.get("target")
    if isinstance(target, dict):
        target = target.get("code")
    return (e["article_id"], e["sentence_index"], e["cameo"], source, target)


def _confidence_auc(sample: str, events: list[dict], verdicts: dict[str, dict]) -> str:
    """How well the confidence the coder wrote separates the events judged right from those judged
    wrong (the chance a right one scores above a wrong one, ties half), over the events of a
    PLOVER type both readings agree on (the one reading's, where there is one)."""
    second_path = HERE / f"verdicts_{sample}_second.jsonl"
    second = {v["id"]: v for v in _lines(second_path)} if second_path.exists() else {}
    scored = [
        (e["confidence"], verdicts[e["id"]]["verdict"] == "right")
        for e in events
        if e.get("event")
        and second.get(e["id"], verdicts[e["id"]])["verdict"] == verdicts[e["id"]]["verdict"]
    ]
    right = [c for c, ok in scored if ok]
    wrong = [c for c, ok in scored if not ok]
    above = sum((a > b) + 0.5 * (a == b) for a in right for b in wrong)
    return (
        f"confidence AUC {above / (len(right) * len(wrong)):.3f} "
        f"({len(scored)} typed events the readings agree on)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", choices=list(SAMPLES))
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--now", nargs=2, metavar=("SAMPLE", "EVENTS"))
    args = parser.parse_args()
    if args.articles:
        wanted = {}
        for line in (HERE / f"articles_{args.articles}.txt").read_text().splitlines():
            corpus, article_id = line.split("\t")
            wanted.setdefault(corpus, []).append(article_id)
        with args.output.open("w", encoding="utf-8") as out:
            for corpus, ids in wanted.items():
                by_id = {a["id"]: a for a in _lines(CORPORA[corpus])}
                for article_id in ids:
                    out.write(json.dumps(by_id[article_id]) + "\n")
        return
    for sample in SAMPLES:
        verdicts = {v["id"]: v for v in _lines(HERE / f"verdicts_{sample}.jsonl")}
        events = _lines(HERE / f"events_{sample}.jsonl")
        right = sum(verdicts[e["id"]]["verdict"] == "right" for e in events)
        # the events of a PLOVER type, as the precision sets count them (a statement, CAMEO 01,
        # has none, and the readers judged every one of them no act)
        typed = [e for e in events if e.get("event")]
        typed_right = sum(verdicts[e["id"]]["verdict"] == "right" for e in typed)
        per_sentence = Counter((e["article_id"], e["sentence_index"]) for e in events)
        crowded = {k for k, n in per_sentence.items() if n > CROWDED}
        if crowded:
            rest = [e for e in events if (e["article_id"], e["sentence_index"]) not in crowded]
            rest_right = sum(verdicts[e["id"]]["verdict"] == "right" for e in rest)
            second = HERE / f"verdicts_{sample}_second.jsonl"
            again = ""
            if second.exists():
                verdicts2 = {v["id"]: v for v in _lines(second)}
                rest_right2 = sum(verdicts2[e["id"]]["verdict"] == "right" for e in rest)
                again = f"; the second reading {rest_right2} ({rest_right2 / len(rest):.1%})"
            print(
                f"sample {sample} without its {len(crowded)} sentence(s) of more than {CROWDED} "
                f"events: {len(rest)} events, {rest_right} judged right "
                f"({rest_right / len(rest):.1%}){again}"
            )
        print(
            f"sample {sample}: {len(events)} events, {right} judged right "
            f"({right / len(events):.1%}; of the {len(typed)} of a PLOVER type {typed_right}, "
            f"{typed_right / len(typed):.1%}); wrong by kind: "
            f"{dict(Counter(v['why'] for v in verdicts.values() if v['verdict'] == 'wrong'))}"
        )
        print(f"sample {sample}: {_confidence_auc(sample, events, verdicts)}")
    for sample in "efghijklmnopqrstuvw":
        second = {v["id"]: v for v in _lines(HERE / f"verdicts_{sample}_second.jsonl")}
        first = _lines(HERE / f"verdicts_{sample}.jsonl")
        pairs = Counter((v["verdict"], second[v["id"]]["verdict"]) for v in first)
        agree = pairs[("right", "right")] + pairs[("wrong", "wrong")]
        n = sum(pairs.values())
        p1 = (pairs[("right", "right")] + pairs[("right", "wrong")]) / n
        p2 = (pairs[("right", "right")] + pairs[("wrong", "right")]) / n
        chance = p1 * p2 + (1 - p1) * (1 - p2)
        kappa = (agree / n - chance) / (1 - chance)
        right2 = sum(v["verdict"] == "right" for v in second.values())
        print(
            f"sample {sample} read twice: {agree} of {n} verdicts agree ({agree / n:.1%}, kappa "
            f"{kappa:.2f}); the second reading judged {right2} right ({right2 / n:.1%})"
        )
    if args.now:
        sample, path = args.now
        verdicts = {v["id"]: v for v in _lines(HERE / f"verdicts_{sample}.jsonl")}
        before = {_key(e): e for e in _lines(HERE / f"events_{sample}.jsonl")}
        now = {_key(e): e for e in _lines(Path(path))}
        gone = [before[k] for k in before.keys() - now.keys()]
        kinds = Counter(verdicts[e["id"]]["verdict"] for e in gone)
        print(
            f"sample {sample}: {len(gone)} judged events no longer written "
            f"({kinds['wrong']} judged wrong, {kinds['right']} right); "
            f"{len(now.keys() - before.keys())} written that were not (unjudged)"
        )


if __name__ == "__main__":
    main()
