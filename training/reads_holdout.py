"""Does the scorer gain from the coder's events judged by reading? Held out by sample.

    python training/reads_holdout.py            # hold out samples n-q, train on the rest
    python training/reads_holdout.py --held abcd

Trains the scorer (train_scorer's data, weights and penalty) twice, with and without the judged
events of the coder-reads samples not held out, and prints, for the held-out samples' candidates
(labelled by their verdicts as ``rows_reads`` labels them), the AUC and the share right among
those each scorer keeps at a few thresholds. Writes nothing (a few minutes). Forty-eighth session,
n-q held out: AUC 0.613 without and 0.639 with at `bf321f1`'s rules (GSR weighed 13.0,
ConfliBERT 3.0, as then); 0.604 and 0.629 at `d3c30d9`'s (20.0 and 5.0), 0.605 and 0.629 at
`c38578b`'s; of the held-out events kept at 0.45 there, 73.8% of 998 and 74.7% of 993 judged right.
Forty-ninth session, r-u held out (the samples read since) at `73ed3a6`: 0.636 and 0.661; kept at
0.45, 74.6% of 759 and 74.7% of 776 judged right.
"""

from __future__ import annotations

import argparse

import numpy as np
import train_scorer as ts


def _auc(scores: np.ndarray, y: np.ndarray) -> float:
    pos, neg = scores[y == 1], scores[y == 0]
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--held", default="nopq", help="the samples held out (default: nopq)")
    parser.add_argument(
        "--reads-weight",
        type=float,
        default=ts.WEIGHTS["reads"],
        help="the judged events' weight (default: the shipped one)",
    )
    args = parser.parse_args()
    coder = ts.Coder(scorer="rules.v1", keep_features=True)
    rows = (
        ts.rows_dev(coder)
        + ts.rows_train(coder)
        + ts.rows_random(coder)
        + ts.rows_plv(coder)
        + ts.rows_gsr(coder)
        + ts.rows_confli(coder)
    )
    trained, held = [], []
    for sample in ts.READS_SAMPLES:
        ts_rows = ts.rows_reads(coder, samples=sample)
        (held if sample in args.held else trained).extend(ts_rows)
    for name, extra in (("without the judged events", []), ("with the judged events", trained)):
        all_rows = rows + extra
        vocab = ts.vocabulary(all_rows)
        x, y = ts.matrix(all_rows, vocab)
        weights = dict(ts.WEIGHTS, reads=args.reads_weight)
        w = np.array([weights[src] for src, *_ in all_rows])
        coef, bias = ts.fit(x, y, w, ts.L2)
        xh, yh = ts.matrix(held, vocab)
        s = ts.predict(xh, coef, bias)
        kept = "; ".join(
            f"at {t:.2f} {yh[s >= t].mean():.1%} of {int((s >= t).sum())}" for t in (0.45, 0.5, 0.6)
        )
        print(f"{name}: held-out AUC {_auc(s, yh):.3f} ({len(held)} candidates); right: {kept}")


if __name__ == "__main__":
    main()
