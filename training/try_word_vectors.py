"""Would word vectors help the scorer? (issue 11, fourteenth session; not used by the package)

Builds word vectors from the two corpora here (PPMI of a +-4 word window, weighted 1/distance,
then a truncated SVD: no weights from outside), adds to every candidate's features the vector
of its sentence's words and of the words around its trigger (mean of the words' unit vectors,
stop words left out, times ``--scale``), and trains the scorer as ``train_scorer.py`` does, to
compare the real-news out-of-fold AUC with and without them:

    python training/try_word_vectors.py                 # about 7 minutes on 2 cores
    python training/try_word_vectors.py --scale 1.0

Writes nothing in the package (the scorers it trains go to a temporary folder). The vectors take
about 30 s to build (20,000 words, 64 dimensions; fixed seed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

import train_scorer  # noqa: E402

from eventscribe.coding.coder import Coder  # noqa: E402
from eventscribe.records import Article, Event  # noqa: E402

CORPORA = ("international-news.jsonl", "us-politics-news.jsonl")
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "or",
        "for",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "are",
        "that",
        "this",
        "it",
        "its",
    ]
)
WINDOW = 4
SEED = 7


def build_vectors(vocab_size: int, dim: int) -> tuple[np.ndarray, dict[str, int]]:
    """Unit word vectors (rows) and the word index, from the corpora's texts."""
    docs = []
    for name in CORPORA:
        for line in (train_scorer.SHARED / "corpus" / name).read_text("utf-8").splitlines():
            if line.strip():
                docs.append(WORD.findall(json.loads(line).get("text", "").lower()))
    counts = Counter(w for d in docs for w in d)
    vocab = [w for w, c in counts.most_common(vocab_size) if c >= 5]
    index = {w: i for i, w in enumerate(vocab)}
    n = len(vocab)
    cooc = np.zeros((n, n), dtype=np.float32)
    for doc in docs:
        ids = np.array([index.get(w, -1) for w in doc])
        for k in range(1, WINDOW + 1):
            a, b = ids[:-k], ids[k:]
            both = (a >= 0) & (b >= 0)
            np.add.at(cooc, (a[both], b[both]), 1.0 / k)
            np.add.at(cooc, (b[both], a[both]), 1.0 / k)
    total = cooc.sum()
    rows = cooc.sum(1)
    cols = cooc.sum(0) ** 0.75
    cols = cols / cols.sum()
    with np.errstate(divide="ignore"):
        pmi = np.log(cooc / total) - np.log(rows / total)[:, None] - np.log(cols)[None, :]
    pmi[~np.isfinite(pmi)] = 0
    np.maximum(pmi, 0, out=pmi)
    del cooc
    rng = np.random.default_rng(SEED)
    q = np.linalg.qr(pmi @ rng.standard_normal((n, dim + 16)).astype(np.float32))[0]
    for _ in range(3):
        q = np.linalg.qr(pmi @ (pmi.T @ q))[0]
    u, s, _ = np.linalg.svd(q.T @ pmi, full_matrices=False)
    vectors = (q @ u)[:, :dim] * np.sqrt(s[:dim])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-8
    return vectors.astype(np.float32), index


def with_vectors(vectors: np.ndarray, index: dict[str, int], scale: float) -> None:
    """Makes every Coder add the vector features to its candidates' features."""

    def mean(words: Iterable[str]) -> np.ndarray:
        ids = [index[w] for w in words if w in index and w not in STOP]
        if not ids:
            return np.zeros(vectors.shape[1])
        v = vectors[ids].mean(0)
        return v / (np.linalg.norm(v) + 1e-8)

    def add(e: Event) -> None:
        features = e.extra.get("features")
        if features is None:
            return
        text, at = e.text, e.trigger.start
        around = WORD.findall(text[:at].lower())[-WINDOW:] + WORD.findall(text[at:].lower())[:5]
        for prefix, v in (("sent", mean(WORD.findall(text.lower()))), ("ctx", mean(around))):
            for k, x in enumerate(v):
                features[f"{prefix}_vec{k}"] = scale * float(x)

    original = Coder.code_articles

    def code_articles(
        self: Coder, articles: Iterable[Article], **kw: int
    ) -> Iterator[tuple[Article, list[Event]]]:
        for article, events in original(self, articles, **kw):
            for e in events:
                add(e)
            yield article, events

    Coder.code_articles = code_articles  # type: ignore[method-assign]


def train(out: Path) -> float:
    sys.argv = ["train_scorer.py", "-o", str(out)]
    train_scorer.main()
    return float(json.loads(out.read_text("utf-8"))["meta"]["real_news_out_of_fold_auc"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vocab", type=int, default=20000)
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--scale", type=float, default=0.3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = train(Path(tmp) / "base.json")
        start = time.perf_counter()
        vectors, index = build_vectors(args.vocab, args.dim)
        built = time.perf_counter() - start
        with_vectors(vectors, index, args.scale)
        vec = train(Path(tmp) / "vectors.json")
    print(
        f"word vectors: {vectors.shape[0]} words x {vectors.shape[1]}, built in {built:.0f} s; "
        f"real-news out-of-fold AUC without {base:.3f}, with {vec:.3f} (scale {args.scale})"
    )


if __name__ == "__main__":
    main()
