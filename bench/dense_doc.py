#!/usr/bin/env python3
"""Writes one JSONL document dense with names, to measure the peak memory of
`caucus entities` on a long text where most tokens are part of a match.

usage: dense_doc.py OUT.jsonl [MEGABYTES]   (default 12)

The text is short sentences made of fixed names of states and bodies ("France
and the ITU met ICANN, Kenya agreed."), chosen with a fixed seed so that the
document is the same on every run: about 65 entities a kilobyte. Synthetic,
never corpus text; for benchmarking only and never committed.
"""
import json
import random
import sys

NAMES = ["France", "Germany", "Brazil", "India", "the Russian Federation", "the United States",
         "the ITU", "ICANN", "the Internet Governance Forum", "UNESCO", "Kenya", "Japan",
         "the European Union", "China", "the Council of Europe", "Canada", "ISOC", "the IETF"]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    size = int(float(sys.argv[2]) * 1e6) if len(sys.argv) > 2 else 12_000_000
    rnd = random.Random(7)
    parts, n = [], 0
    while n < size:
        a, b, c, d = (rnd.choice(NAMES) for _ in range(4))
        s = f"{a} and {b} met {c}, {d} agreed. "
        parts.append(s)
        n += len(s)
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "dense", "text": "".join(parts)}) + "\n")


if __name__ == "__main__":
    main()
