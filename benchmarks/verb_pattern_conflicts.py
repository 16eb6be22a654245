"""Patterns of a verb dictionary that one block gives twice with different codes: the dictionary
reader keeps a pattern text's first line, so the later one never fires (CAMEO.2.0's LIFT
* SANCTION said 0351, an intent, before its own * SANCTION [085]).

    python benchmarks/verb_pattern_conflicts.py [../shared/dictionaries/petrarch2/CAMEO.2.0.txt]
        [--list]

Prints how many pattern texts (white space folded) one block holds with two codes or more, and
with ``--list`` each with its codes and lines.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "src/eventscribe/dictionaries/data/petrarch2/CAMEO.2.0.txt"


_BLOCK = re.compile(r"---\s+(\S+)\s+\[")
_PATTERN = re.compile(r"-\s+(.*?)\s*\[([^\]]*)\]")


def conflicts(path: Path) -> dict[tuple[str, str], list[tuple[str, int]]]:
    """(block, pattern text) -> [(code, line), ...] for texts one block gives two codes or more.
    Read from the file as written: the parser keeps only a text's first line."""
    block = ""
    found: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, line in enumerate(lines, 1):
        head = _BLOCK.match(line)
        if head:
            block = head.group(1)
            continue
        pattern = _PATTERN.match(line)
        if pattern and block:
            found[(block, " ".join(pattern.group(1).split()))].append((pattern.group(2), number))
    return {key: codes for key, codes in found.items() if len({c for c, _ in codes}) > 1}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", type=Path, nargs="?", default=SHIPPED)
    parser.add_argument("--list", action="store_true", help="list each conflict")
    args = parser.parse_args()
    found = conflicts(args.path)
    print(f"{args.path.name}: {len(found)} pattern texts given two codes or more in one block")
    if args.list:
        for (meaning, text), codes in sorted(found.items()):
            shown = ", ".join(f"{code} (line {number})" for code, number in codes)
            print(f"  {meaning}: {text}: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
