#!/usr/bin/env python3
"""A slow reference matcher for dictionary maintainers: applies the matching
rules of dictionaries/README.md in Python and prints what the dictionaries
find in text files, so that aliases can be checked against real text without
building caucus. Not the product's matcher; approximate by design.

  python3 tools/dict_probe.py FILE...              # one line per match
  python3 tools/dict_probe.py --kind government FILE...
  python3 tools/dict_probe.py --lines FILE         # one name per line: which ones match nothing
"""
import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-",
                      "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def norm(s):
    s = " ".join(s.translate(FOLD).split())
    return s[4:] if s[:4].lower() == "the " else s


def load(dirs):
    pats = []  # (text, sensitive, rules, kind, id, name, form)
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, "*.json"))) if os.path.isdir(d) else [d]:
            doc = json.load(open(path, encoding="utf-8"))
            kind = doc.get("kind")
            if kind not in ("government", "body", "event", "instrument", "person", "group", "topic", "block"):
                continue
            for e in doc["entries"]:
                objs = {}
                for a in e.get("aliases", []):
                    if isinstance(a, dict):
                        objs[norm(a["text"]).casefold()] = a
                strs = [(e["name"], "name")] + [(a, "alias") for a in e.get("aliases", [])] + \
                       [(a, "demonym") for a in e.get("demonyms", [])] + [(x, "name") for v in (e.get("names") or {}).values() for x in (v if isinstance(v, list) else [v])] + \
                       [(a, "demonym") for a in e.get("people", [])]
                seen = set()
                for s, form in strs:
                    rules = s if isinstance(s, dict) else objs.get(norm(s).casefold(), {})
                    t = norm(rules.get("text", s) if isinstance(s, dict) else s)
                    c = rules.get("case")
                    sens = (c == "sensitive") if c else (not any(ch.islower() for ch in t) and any(ch.isupper() for ch in t))
                    k = (t if sens else t.casefold(), sens)
                    if k in seen:
                        continue
                    seen.add(k)
                    pats.append((t, sens, rules, kind, e["id"], e["name"], form))
    return pats


WORD = re.compile(r"[\w][\w.'&-]*")


def words_before(text, i):
    m = re.search(r"([\w][\w.'&-]*)[^\w]*$", text[:i])
    return m.group(1).rstrip(".,") if m else ""


def word_after(text, j):
    m = re.match(r"[^\w]*([\w][\w.'&-]*)", text[j:])
    return m.group(1) if m else ""


def build(pats):
    out = []
    for sens in (True, False):
        ps = [p for p in pats if p[1] == sens]
        ps.sort(key=lambda p: -len(p[0]))
        alt = "|".join(re.escape(p[0]).replace(r"\ ", r"\s+") for p in ps)
        rx = re.compile(r"(?<![\w])(?:the\s+)?(" + alt + r")(?![\w])", 0 if sens else re.I)
        idx = {}
        for p in ps:
            idx.setdefault(p[0] if sens else p[0].casefold(), p)
        out.append((rx, idx, sens))
    return out


def find(text, rxs):
    text = text.translate(FOLD)
    cands = []
    for rx, idx, sens in rxs:
        pos = 0
        while True:
            m = rx.search(text, pos)
            if not m:
                break
            s = " ".join(m.group(1).split())
            p = idx.get(s if sens else s.casefold())
            pos = m.start(1) + 1
            if not p:
                continue
            r = p[2]
            b, e = m.start(1), m.end(1)
            nxt, prv = word_after(text, e), words_before(text, b)
            if r.get("not_next") and nxt.casefold() in {x.casefold() for x in r["not_next"]}:
                continue
            if r.get("not_prev") and prv.casefold() in {x.casefold() for x in r["not_prev"]}:
                continue
            if r.get("not_prev_capitalized") and prv[:1].isupper():
                continue
            if r.get("not_next_capitalized") and nxt[:1].isupper():
                continue
            cands.append((b, e, p))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    res, end = [], -1
    # longest-leftmost, non-overlapping
    best = sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = []
    for c in best:
        if any(c[0] < t[1] and t[0] < c[1] for t in taken):
            continue
        taken.append(c)
    taken.sort()
    return text, taken


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dict", action="append", default=[])
    ap.add_argument("--kind")
    ap.add_argument("--lines", action="store_true")
    ap.add_argument("--cases", action="store_true", help="FILE is a TEXT<TAB>expected-ids case list")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    pats = load(a.dict or [os.path.join(os.path.dirname(HERE), "dictionaries")])
    rxs = build(pats)
    for f in a.files:
        data = open(f, encoding="utf-8", errors="replace").read()
        if a.cases:
            bad = 0
            for line in data.splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                text, want = line.split("\t")
                _, ms = find(text, rxs)
                got = ",".join(f"{m[2][3]}:{m[2][4]}" for m in ms if m[2][3] != "block") or "-"
                if got != want:
                    bad += 1
                    print(f"FAIL {text!r}\n  want {want}\n  got  {got}")
            print(f"{bad} failing case(s)")
            sys.exit(1 if bad else 0)
        if a.lines:
            for line in data.splitlines():
                if not line.strip():
                    continue
                _, ms = find(line, rxs)
                ms = [m for m in ms if m[2][3] != "block"]
                print(("OK  " if ms else "--  ") + line + ("\t" + ",".join(f"{m[2][3]}:{m[2][4]}" for m in ms)))
            continue
        text, ms = find(data, rxs)
        for b, e, p in ms:
            if a.kind and p[3] != a.kind:
                continue
            ctx = text[max(0, b - 30):e + 30].replace("\n", " ")
            print(f"{os.path.basename(f)}\t{p[3]}\t{p[4]}\t{text[b:e]!r}\t{p[6]}\t...{ctx}...")


if __name__ == "__main__":
    main()
