#!/usr/bin/env python3
"""Scores `caucus turns` against the turn annotations in tests/gold/turns-*.jsonl.

Each gold line is one turn of one document of ../shared/corpus (annotations
only: span, role, entity; no text). A gold turn is found if a predicted turn
starts at the same byte; its speaker entity is right if the entity ids are
equal (both absent counts as equal); an unfound gold turn counts as wrong.

  python3 tests/gold/score_turns.py --caucus build/caucus

Skips (exit 0, a SKIP line) when ../shared/corpus is absent.
"""
import argparse
import collections
import glob
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--caucus", required=True)
    ap.add_argument("--corpus", default=os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus")))
    a = ap.parse_args()
    if not os.path.isdir(a.corpus):
        print(f"SKIP: no corpus at {a.corpus}")
        return 0
    gold = collections.defaultdict(list)
    for path in sorted(glob.glob(os.path.join(HERE, "turns-*.jsonl"))):
        with open(path) as f:
            for line in f:
                if line.strip():
                    g = json.loads(line)
                    gold[g["doc"]].append(g)
    total = found = role_ok = entity_ok = predicted = 0
    for doc, turns in sorted(gold.items()):
        src = os.path.join(a.corpus, doc)
        data = open(src, "rb").read()
        if hashlib.sha256(data).hexdigest() != turns[0]["doc_sha256"]:
            print(f"{doc}: source changed since annotation; skipped", file=sys.stderr)
            continue
        out = subprocess.run([a.caucus, "turns", src], stdout=subprocess.PIPE, check=True).stdout
        pred = json.loads(out)["turns"]
        by_begin = {p["span"][0]: p for p in pred}
        d_found = d_role = d_entity = 0
        for g in turns:
            p = by_begin.get(g["span"][0])
            if p is not None:
                d_found += 1
                d_role += p["role"] == g["role"]
                d_entity += p.get("entity") == g["entity"]
        print(f"{doc}: {len(turns)} gold turns, {len(pred)} predicted; boundaries found "
              f"{d_found}/{len(turns)}, role right {d_role}/{len(turns)}, speaker entity right "
              f"{d_entity}/{len(turns)} ({100.0 * d_entity / len(turns):.1f}%)")
        total += len(turns)
        found += d_found
        role_ok += d_role
        entity_ok += d_entity
        predicted += len(pred)
    if total:
        print(f"all: {total} gold turns, {predicted} predicted; boundaries {found}/{total}, "
              f"roles {role_ok}/{total}, speaker entity right {entity_ok}/{total} "
              f"({100.0 * entity_ok / total:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
