"""benchmarks/verb_pattern_conflicts.py: one pattern text that a verb block gives two codes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]

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


def _module() -> ModuleType:
    path = ROOT / "benchmarks" / "verb_pattern_conflicts.py"
    spec = importlib.util.spec_from_file_location("verb_pattern_conflicts", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_pattern_given_two_codes_in_one_block(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    # the same code twice is no conflict, nor the same text in another block
    assert _module().conflicts(path) == {("LIFT", "* SANCTION"): [("0351", 3), ("085", 5)]}
