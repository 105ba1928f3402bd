#!/usr/bin/env python3
"""Builds a JSONL benchmark corpus from the texts in ../shared/corpus.

usage: make_corpus.py OUT.jsonl [MEGABYTES]   (default 200)

Every .txt file under the shared corpus (news, blogs, official statements,
reports, transcripts, UN speeches, the seed) becomes one document record; the
set is repeated, with distinct ids, until the output reaches the size asked.
The output is for benchmarking only and is never committed.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("CAUCUS_SHARED_CORPUS",
                        os.path.normpath(os.path.join(HERE, "..", "..", "shared", "corpus")))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out_path = sys.argv[1]
    target = int(float(sys.argv[2]) * 1e6) if len(sys.argv) > 2 else 200_000_000
    docs = []
    for root, dirs, files in os.walk(SHARED):
        dirs.sort()
        if os.sep + "data" in root:
            continue
        for f in sorted(files):
            if f.endswith(".txt") and f != "SOURCE.txt":
                with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                    docs.append((os.path.relpath(os.path.join(root, f), SHARED), fh.read()))
    if not docs:
        sys.exit(f"no texts found under {SHARED}")
    written = 0
    rep = 0
    with open(out_path, "w", encoding="utf-8") as out:
        while written < target:
            for name, text in docs:
                line = json.dumps({"id": f"{rep}/{name}", "text": text}, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                if written >= target:
                    break
            rep += 1
    print(f"{out_path}: {written / 1e6:.1f} MB, {len(docs)} distinct documents", file=sys.stderr)


if __name__ == "__main__":
    main()
