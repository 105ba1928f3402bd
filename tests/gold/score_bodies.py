#!/usr/bin/env python3
"""Scores body mentions of `caucus entities` against tests/gold/bodies-dev.jsonl.

The gold holds every body mention of five documents of ../shared/corpus
(annotations only: span, id and the body's stakeholder sector; header lines
are not annotated), made by reading the texts before the recognizer was tuned
on them. As the held-out check does, the score counts the bodies of the
intergovernmental, government and technical-community sectors: gold mentions
of other sectors are left out, and so are predicted bodies whose `sector` says
they belong to another sector (a prediction without `sector` counts).

A prediction is right if an unused gold mention has the same id and an
overlapping span (one-to-one, in gold order, as `caucus eval` matches).

  python3 tests/gold/score_bodies.py --caucus build/caucus [--list]

Skips (exit 0, a SKIP line) when ../shared/corpus is absent.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORED = {"intergovernmental", "government", "technical-community"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--caucus", required=True)
    ap.add_argument("--corpus", default=os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus")))
    ap.add_argument("--gold", default=os.path.join(HERE, "bodies-dev.jsonl"))
    ap.add_argument("--list", action="store_true", help="list misses (FN) and false hits (FP)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if not os.path.isdir(a.corpus):
        print(f"SKIP: no corpus at {a.corpus}")
        return 0
    tp = n_gold = n_pred = 0
    for line in open(a.gold, encoding="utf-8"):
        g = json.loads(line)
        path = os.path.join(a.corpus, g["id"])
        raw = open(path, "rb").read()
        if g.get("bytes") not in (None, len(raw)):
            print(f"warning: {g['id']}: {len(raw)} bytes, gold made on {g['bytes']}", file=sys.stderr)
        out = subprocess.run([a.caucus, "entities", path], stdout=subprocess.PIPE, check=True).stdout
        rec = json.loads(out)
        gold = [e for e in g["entities"] if e["sector"] in SCORED]
        pred = [e for e in rec["entities"]
                if e["kind"] == "body" and e.get("sector", "intergovernmental") in SCORED]
        used = [False] * len(gold)
        for p in pred:
            hit = False
            for k, e in enumerate(gold):
                if not used[k] and e["id"] == p["id"] and e["span"][0] < p["span"][1] \
                        and p["span"][0] < e["span"][1]:
                    used[k] = hit = True
                    break
            if not hit and a.list:
                print(f"  FP\t{g['id']}\t{p['span']}\t{p['id']}\t{p['text']}")
            tp += hit
        if a.list:
            for k, e in enumerate(gold):
                if not used[k]:
                    b, x = e["span"]
                    print(f"  FN\t{g['id']}\t{e['span']}\t{e['id']}\t{raw[b:x].decode()}")
        n_gold += len(gold)
        n_pred += len(pred)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    if a.json:
        print(json.dumps({"gold": n_gold, "predicted": n_pred, "tp": tp,
                          "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}))
    else:
        print(f"bodies: gold {n_gold} predicted {n_pred} tp {tp} "
              f"precision {p:.3f} recall {r:.3f} f1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
