"""Where the coder's time goes, stage by stage, in one process, and which sentences it parses.

    python benchmarks/coder_stages.py --limit 300            # the first 300 world-news articles
    python benchmarks/coder_stages.py --articles /tmp/sample300.jsonl

Codes the articles as ``Coder.code_articles`` does (batches of 16), timing apart the splitting and
pre-filter (``Coder._prepare``), the parse of the sentences kept (``nlp.pipe``) and the coding
stages (``Coder._code_prepared``). Then counts the sentences parsed and why: an actor or agent (or
a pronoun or group noun) with a dictionary verb, or only a noun of violence beside a name (the
tenth session's rule); and how many parsed sentences hold no verb form whose dictionary entry or
patterns carry a code (its particles present), nor an event noun: what a stricter pre-filter
could skip. Timings move with the machine's load; the counts do not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "international-news.jsonl"


def _articles(path: Path, limit: int | None) -> list[object]:
    from eventscribe.records import Article

    out = []
    with path.open(encoding="utf-8") as handle:
        for k, line in enumerate(handle):
            if limit is not None and k >= limit:
                break
            record = json.loads(line)
            try:
                day = dt.date.fromisoformat(record.get("date") or "")
            except ValueError:
                day = None
            out.append(Article(id=record["id"], text=record.get("text") or "", date=day))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=Path, default=CORPUS, help="a JSONL file of articles")
    parser.add_argument("--limit", type=int, default=None, help="the first N articles")
    args = parser.parse_args()
    if not args.articles.is_file():
        print(f"articles not found: {args.articles}")
        return 2

    from eventscribe.coding.actors import GROUP_NOUNS, PERSON_PRONOUNS
    from eventscribe.coding.nominal import EVENT_NOUNS
    from eventscribe.coding.trace import NULL
    from eventscribe.nlp import lemma
    from eventscribe.pipeline import make_coder

    articles = _articles(args.articles, args.limit)
    coder = make_coder()
    verbs = coder.dictionaries.verbs

    def codable(entry: object) -> bool:
        if entry.code is not None:  # type: ignore[attr-defined]
            return True
        patterns = verbs.patterns.get(entry.meaning, ())  # type: ignore[attr-defined]
        return any(p.code is not None or p.reverse_code is not None for p in patterns)

    live = {
        form: [e for e in entries if codable(e)]
        for form, entries in verbs.verbs.items()
        if any(ch.isalpha() for ch in form)
    }
    nouns = {k for k in EVENT_NOUNS if "+" not in k and ":" not in k}

    def may_propose(words: list[str]) -> bool:
        present = set(words)
        for word in words:
            for entry in live.get(word, ()):
                if set(entry.particle) <= present and set(entry.prefix) <= present:
                    return True
            if word in nouns or lemma(word, "NNS") in nouns:
                return True
        return False

    times = {"prepare": 0.0, "parse": 0.0, "code": 0.0}
    sentences = parsed = by_violence = no_codable = 0
    for start in range(0, len(articles), 16):
        batch = articles[start : start + 16]
        t0 = time.perf_counter()
        prepared = [coder._prepare(a) for a in batch]  # type: ignore[arg-type]
        t1 = time.perf_counter()
        todo = [s.doc or s.text for p in prepared for (s, _, _, worth) in p if worth]
        docs = iter(list(coder.nlp.pipe(todo, batch_size=256)))
        t2 = time.perf_counter()
        for article, prep in zip(batch, prepared, strict=True):
            found = {s.index: next(docs) for (s, _, _, worth) in prep if worth}
            coder._code_prepared(article, prep, found, NULL)  # type: ignore[arg-type]
        t3 = time.perf_counter()
        times["prepare"] += t1 - t0
        times["parse"] += t2 - t1
        times["code"] += t3 - t2
        for p in prepared:
            for sentence, words, matches, worth in p:
                sentences += 1
                if not worth:
                    continue
                parsed += 1
                actor = any(m.actors or m.agent is not None for m in matches)
                actor = actor or coder.surnames.may_mention(sentence.tokens, words, matches)
                reference = any(w in PERSON_PRONOUNS or w in GROUP_NOUNS for w in words)
                verb = any(w in coder.verb_forms for w in words)
                if not (verb and (actor or reference)):
                    by_violence += 1
                if not may_propose(words):
                    no_codable += 1
    total = sum(times.values())
    print(f"articles: {len(articles)}, sentences: {sentences}, parsed: {parsed}")
    for name, seconds in times.items():
        print(f"  {name:8s} {seconds:6.2f} s  {100 * seconds / total:5.1f}%")
    print(f"parsed only for a noun of violence beside a name: {by_violence}")
    print(f"parsed with no codable verb form nor event noun: {no_codable}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
