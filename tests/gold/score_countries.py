#!/usr/bin/env python3
"""Scores `caucus entities` on country-name suites: each item is one name (a
variant spelling, a table form, a UN name in one of the six UN languages) and
the government id it must link to, or none.

An item is *right* when the government ids found in it are exactly the
expected one, *wrong* when any other government id is found (a wrong country
is worse than none), *missing* when nothing is found. An item that must match
nothing (`XXX` / should-not-match lists) is right when no government is found.

Suites:
  un          tools/dictsrc/un_names.tsv, the project's own table of the UN
              short and formal names of the member and observer states in
              Arabic, Chinese, English, French, Russian and Spanish (facts;
              always present), with the Russian case forms the dictionary
              generator derives from them
  cc          ../shared/corpus/data/country_converter tests (GPL-3.0: read
              at test time only, never copied into the project)
  cc-none     country_converter's should_not_match.txt
  mledoze     ../shared/corpus/data/mledoze_countries derived variants
              (ODbL: read at test time only)

  python3 tests/gold/score_countries.py --caucus build/caucus [--suite un] [--list wrong,missing]

Prints one line per suite: right, wrong, missing, total. Suites whose data is
absent are skipped with a SKIP line.
"""
import argparse
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
sys.path.insert(0, os.path.join(ROOT, "tools", "dictsrc"))
sys.dont_write_bytecode = True


def un_suite():
    import un_names  # noqa: E402  (tools/dictsrc/un_names.py)
    items = []
    for row in un_names.rows():
        items.append((row.name, row.id, f"{row.lang}/{row.form}"))
        for form in un_names.inflected(row):
            items.append((form, row.id, f"{row.lang}/{row.form}/case"))
    return items


def cc_suite(corpus):
    d = os.path.join(corpus, "data", "country_converter")
    if not os.path.isdir(d):
        return None
    iso3 = {}
    with open(os.path.join(d, "country_data.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            iso3[r["name_short"]] = r["ISO3"]
    items = []
    for name in sorted(os.listdir(d)):
        if not name.startswith("test_regex_"):
            continue
        with open(os.path.join(d, name), encoding="utf-8") as f:
            next(f)
            for line in f:
                if not line.strip():
                    continue
                short, test = line.rstrip("\n").split("\t", 1)
                short, test = short.strip().strip('"'), test.strip().strip('"').strip()
                want = None if short == "XXX" else iso3.get(short)
                if short != "XXX" and not want:
                    continue
                items.append((test, want, name[len("test_regex_"):-4]))
    return items


def cc_none_suite(corpus):
    p = os.path.join(corpus, "data", "country_converter", "should_not_match.txt")
    if not os.path.exists(p):
        return None
    items = []
    with open(p, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                items.append((line, None, "should-not-match"))
    return items


def mledoze_suite(corpus):
    p = os.path.join(corpus, "data", "mledoze_countries", "derived_country_variants_demonyms.tsv")
    if not os.path.exists(p):
        return None
    items = []
    with open(p, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["un_member"] != "True":
                continue
            for col in ("name_common", "name_official", "name_fra", "name_spa", "name_rus",
                        "name_zho", "name_ara"):
                if r.get(col):
                    items.append((r[col], r["cca3"], col))
    return items


def score(caucus, items):
    lines = "".join(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n"
                    for i, (text, _, _) in enumerate(items))
    p = subprocess.run([caucus, "entities", "--kinds", "government", "--no-person-rules"],
                       input=lines.encode(), stdout=subprocess.PIPE, check=True)
    results = []
    for (text, want, tag), out in zip(items, p.stdout.decode().splitlines()):
        got = sorted({e["id"] for e in json.loads(out)["entities"] if e["kind"] == "government"})
        if want is None:
            verdict = "right" if not got else "wrong"
        elif got == [want]:
            verdict = "right"
        elif got:
            verdict = "wrong"
        else:
            verdict = "missing"
        results.append((verdict, text, want, got, tag))
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--caucus", required=True)
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--suite", default="un,cc,cc-none,mledoze")
    ap.add_argument("--list", default="", help="verdicts to list: wrong,missing")
    ap.add_argument("--json", action="store_true", help="one JSON object per suite")
    a = ap.parse_args()
    suites = {"un": lambda: un_suite(), "cc": lambda: cc_suite(a.corpus),
              "cc-none": lambda: cc_none_suite(a.corpus), "mledoze": lambda: mledoze_suite(a.corpus)}
    show = set(filter(None, a.list.split(",")))
    for name in a.suite.split(","):
        items = suites[name]()
        if items is None:
            print(f"SKIP {name}: no data")
            continue
        res = score(a.caucus, items)
        n = {v: sum(1 for r in res if r[0] == v) for v in ("right", "wrong", "missing")}
        if a.json:
            print(json.dumps({"suite": name, "total": len(res), **n}))
        else:
            print(f"{name}: {n['right']} right, {n['wrong']} wrong, {n['missing']} missing "
                  f"of {len(res)} ({100.0 * n['right'] / max(1, len(res)):.1f}%)")
        for verdict, text, want, got, tag in res:
            if verdict in show:
                print(f"  {verdict}\t{tag}\t{want}\t{','.join(got)}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
