"""Counts behind the forty-fourth and forty-fifth sessions' page-chrome rules and the forty-fourth's
convention for doers no one names (docs/accuracy.md, "Forty-fourth session", "Forty-fifth
session").

    python benchmarks/chrome_and_doers.py

Chrome: how many paragraphs of the two corpora each rule of ``eventscribe.chrome`` takes, as
implemented (a BBC video caption, a credit paragraph, a title-case headline, a paragraph given
twice in a row; forty-fifth session: the "CLOSE" button opening a USA Today video summary, a
caption closed by a credit in brackets, a credit after a bar with a title after it, the Hill's
headline runs glued to a name that the old 400-character window missed; forty-seventh: an
embedded tweet with a picture, a short headline in sentence case), and how many items of
the labelled sets hold such a paragraph (the rules must not take labelled sentences away).

Doers: in the labelled training sets (annotations/scorer-train*/labels.jsonl but the unseen
checks, and annotations/proposer-train/labels.jsonl), the sources the readers gave to an attack
or a protest named by a noun ("the Benghazi attack", "the protests") and to a killing told in
the passive ("were killed"): "---" (no country they could tell) or a country.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from eventscribe.chrome import (
    _BAR_CREDIT,
    _BRACKET_CREDIT,
    _CAPTION_OPENER,
    _CLOSE_BUTTON,
    _LINK,
    _TWEET_EMBED,
    _inline_links,
    _short_headlines,
    _title_case_headlines,
    repeated_paragraphs,
)

REPO = Path(__file__).resolve().parents[1]
CORPORA = (
    REPO.parent / "shared" / "corpus" / "international-news.jsonl",
    REPO.parent / "shared" / "corpus" / "us-politics-news.jsonl",
)
UNSEEN = ("scorer-train9", "scorer-train15")
ATTACK_NOUNS = {"attack", "attacks", "shooting", "shootings", "bombing", "bombings", "killings"}
PROTEST_NOUNS = {"protest", "protests", "demonstration", "demonstrations", "rally", "rallies"}
PASSIVE = re.compile(r"\b(?:was|were|been|are)\s+(?:\w+\s+)?(?:killed|wounded|injured|shot)\b")


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def chrome_counts(texts: list[str]) -> Counter[str]:
    n: Counter[str] = Counter()
    for text in texts:
        paragraphs = _paragraphs(text)
        n["BBC video caption"] += sum(
            bool(_CAPTION_OPENER.match(p)) and "Media caption" in p for p in paragraphs
        )
        n["credit paragraph"] += sum("contributed" in m.group() for m in _LINK.finditer(text))
        n["title-case headline"] += len(_title_case_headlines(text))
        n["short headline in sentence case"] += len(
            set(_short_headlines(text)) - set(_title_case_headlines(text))
        )
        pairs = repeated_paragraphs(paragraphs)
        n["paragraph given twice in a row"] += len(pairs) // 2
        n["articles with one"] += bool(pairs)
        n["video summary opened by CLOSE"] += len(_CLOSE_BUTTON.findall(text))
        n["caption closed by a credit in brackets"] += sum(
            bool(_BRACKET_CREDIT.search(p)) for p in paragraphs
        )
        n["credit after a bar, with a title"] += len(_BAR_CREDIT.findall(text))
        n["embedded tweet with a picture"] += sum(bool(_TWEET_EMBED.search(p)) for p in paragraphs)
        if " MORE" in text:
            runs = _inline_links(text)
            n["headline run glued to a name"] += len(runs)
            n["of which over 400 characters"] += sum(end - start > 400 for start, end in runs)
    return n


def _labelled_files() -> list[Path]:
    files = sorted((REPO / "annotations").glob("scorer-train*/labels.jsonl"))
    files = [f for f in files if f.parent.name not in UNSEEN]
    return [*files, REPO / "annotations" / "proposer-train" / "labels.jsonl"]


def main() -> None:
    texts = []
    for path in CORPORA:
        with path.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    print(f"corpora: {len(texts)} articles")
    for name, count in chrome_counts(texts).items():
        print(f"  {name}: {count}")

    items = [
        json.loads(line)
        for path in _labelled_files()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    labelled = chrome_counts([i["text"] for i in items])
    print(
        f"labelled training items: {len(items)}; holding a chrome paragraph: "
        f"{labelled['BBC video caption'] + labelled['credit paragraph']} caption or credit, "
        f"{labelled['video summary opened by CLOSE']} video summary, "
        f"{labelled['caption closed by a credit in brackets']} bracket credit, "
        f"{labelled['credit after a bar, with a title']} bar credit, "
        f"{labelled['embedded tweet with a picture']} embedded tweet, "
        f"{labelled['title-case headline']} title-case headline, "
        f"{labelled['short headline in sentence case']} short headline, "
        f"{labelled['paragraph given twice in a row']} repeated"
    )
    # forty-fifth session: whether the readers listed acts in the items holding a video summary
    # or a bar credit (what decided to mask only the button and the credit, not the paragraph)
    for name, found in (
        ("video summary", lambda t: bool(_CLOSE_BUTTON.search(t))),
        ("bar credit", lambda t: bool(_BAR_CREDIT.search(t))),
    ):
        held = [i for i in items if found(i["text"])]
        listed = sum(bool(i.get("events")) for i in held)
        print(f"  items with a {name}: {len(held)}, {listed} of them with labelled events")

    doers: Counter[tuple[str, str]] = Counter()
    for item in items:
        passive = bool(PASSIVE.search(item["text"]))
        for e in item.get("events", []):
            words = (e.get("trigger") or "").lower().split()
            last = words[-1] if words else ""
            kind = None
            if e["type"] == "ASSAULT" and last in ATTACK_NOUNS:
                kind = "attack named by a noun"
            elif e["type"] == "PROTEST" and last in PROTEST_NOUNS:
                kind = "protest named by a noun"
            elif (
                e["type"] == "ASSAULT"
                and passive
                and any(w in words for w in ("killed", "wounded", "injured", "shot"))
            ):
                kind = "harm told in the passive"
            if kind:
                doers[(kind, "---" if e["source"] == "---" else "a country")] += 1
    print("labelled doers:")
    for kind in ("attack named by a noun", "harm told in the passive", "protest named by a noun"):
        print(f"  {kind}: '---' {doers[(kind, '---')]}, a country {doers[(kind, 'a country')]}")


if __name__ == "__main__":
    main()
