"""benchmarks/verb_pattern_conflicts.py: one pattern text that a verb block gives two codes."""

from __future__ import annotations

from pathlib import Path

from support import load_benchmark

VERBS = """\
---  LIFT   [---]  ---
LIFT
- * SANCTION                                          [0351]        # LIFT
- * CURFEW                                            [0813]        # LIFT
- *   SANCTION                                        [085]         # LIFT
- * CURFEW                                            [0813]        # LIFT

---  MEET   [040]  ---
MEET
- * SANCTION                                          [040]
"""


def test_a_pattern_given_two_codes_in_one_block(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    # the same code twice is no conflict, nor the same text in another block
    assert load_benchmark("verb_pattern_conflicts").conflicts(path) == {
        ("LIFT", "* SANCTION"): [("0351", 3), ("085", 5)]
    }
