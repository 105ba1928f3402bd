#!/usr/bin/env python3
"""Check the caucus dictionaries: valid JSON, required fields, known keys,
duplicate ids, and aliases claimed by two entries (across all files).

Strings are normalised the way the loader does: typographic apostrophes and
dashes folded to ASCII, whitespace collapsed, a leading "the " stripped; an
alias with no lowercase letter (or "case": "sensitive") is case-sensitive,
any other is compared case-folded. A case-insensitive string collides with a
case-sensitive one when they are equal after case folding.

Usage: python3 tools/check_dicts.py [DIR_OR_FILES...]   (default: dictionaries/)
Exit status 0 if clean, 1 if problems were found.
"""
import glob
import json
import os
import sys
import unicodedata

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "dictsrc"))
from common import fold, is_acronym  # noqa: E402  the matcher's comparisons

ALIAS_KEYS = {"text", "case", "not_next", "not_prev", "not_next_capitalized", "not_prev_capitalized", "weak", "requires",
              "variant", "people"}
ENTRY_KEYS = {"id", "name", "aliases", "demonyms", "people", "names", "status", "parent", "type",
              "members", "valid", "role", "org", "date", "url", "source", "capital", "capital_forms",
              "sector", "country", "successors", "iso3166_3", "instruments"}
SECTORS = {"intergovernmental", "government", "private-sector", "civil-society",
           "technical-community", "academia"}
KINDS = {"government", "body", "event", "instrument", "person", "group", "topic", "block"}
FOLD = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "\u2010": "-", "\u2011": "-",
        "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " "}


def norm(s):
    s = "".join(FOLD.get(c, c) for c in unicodedata.normalize("NFC", s))
    s = " ".join(s.split())
    if s[:4].lower() == "the ":
        s = s[4:]
    return s


def strings(e):
    """(text, sensitive, field) for every matchable string of an entry."""
    out = []
    if "name" in e:
        out.append((e["name"], None, "name"))
    for f in ("aliases", "demonyms", "people"):
        for a in e.get(f, []):
            if isinstance(a, dict):
                c = a.get("case")
                out.append((a.get("text", ""), None if c is None else c == "sensitive", f))
            else:
                out.append((a, None, f))
    for lang, n in (e.get("names") or {}).items():
        for x in (n if isinstance(n, list) else [n]):
            out.append((x, None, "names." + lang))
    res = []
    for t, sens, f in out:
        t = norm(t)
        if sens is None:
            sens = is_acronym(t)
        res.append((t, sens, f))
    return res


def main(argv):
    paths = argv or ["dictionaries"]
    files = []
    for p in paths:
        files += sorted(glob.glob(os.path.join(p, "*.json"))) if os.path.isdir(p) else [p]
    problems = []
    ids = {}
    claims = {}   # casefolded text -> list of (file, id, text, sensitive, field)
    gov_ids = set()
    all_entries = []
    for path in files:
        try:
            doc = json.load(open(path, encoding="utf-8"))
        except Exception as ex:  # noqa
            problems.append(f"{path}: invalid JSON: {ex}")
            continue
        kind = doc.get("kind")
        if kind == "rules":
            continue  # word lists for the recognizer's rules: no entries
        if kind not in KINDS:
            # Not an entity dictionary (e.g. stance cues): not checked here.
            print(f"{path}: kind {kind!r} is not an entity dictionary; skipped", file=sys.stderr)
            continue
        if not doc.get("source"):
            problems.append(f"{path}: no top-level source")
        for i, e in enumerate(doc.get("entries", [])):
            where = f"{path}: entry {i} ({e.get('id')})"
            for k in ("id", "name", "source"):
                if not e.get(k):
                    problems.append(f"{where}: missing {k}")
            for k in e:
                if k not in ENTRY_KEYS:
                    problems.append(f"{where}: unknown field {k!r}")
            if kind == "body" and e.get("sector") not in SECTORS:
                problems.append(f"{where}: body without a known sector ({e.get('sector')!r})")
            for f in ("aliases", "demonyms"):
                for a in e.get(f, []):
                    if isinstance(a, dict):
                        bad = set(a) - ALIAS_KEYS
                        if bad or "text" not in a:
                            problems.append(f"{where}: bad alias object {a}")
                        if f == "demonyms":
                            problems.append(f"{where}: alias object in demonyms {a}")
                    elif not isinstance(a, str) or not a.strip():
                        problems.append(f"{where}: bad alias {a!r}")
            idk = (kind, e.get("id"))
            if e.get("id") in ids:
                problems.append(f"{where}: duplicate id (also in {ids[e.get('id')]})")
            ids[e.get("id")] = path
            if kind == "government":
                gov_ids.add(e["id"])
            all_entries.append((path, kind, e))
            seen_here = set()
            for t, sens, f in strings(e):
                k = fold(t)
                if (k, sens, t if sens else k) in seen_here:
                    continue
                seen_here.add((k, sens, t if sens else k))
                claims.setdefault(k, []).append((path, e.get("id"), t, sens, f, kind))
    id_set = set(ids)
    for path, kind, e in all_entries:
        where = f"{path}: {e.get('id')}"
        for m in e.get("members", []):
            if m not in gov_ids:
                problems.append(f"{where}: member {m!r} is not a government id")
        for i in e.get("instruments", []):
            if i not in id_set:
                problems.append(f"{where}: instrument {i!r} is not an id")
        p = e.get("parent")
        if p and p not in id_set:
            problems.append(f"{where}: parent {p!r} is not an id")
        o = e.get("org")
        if o and o not in id_set:
            problems.append(f"{where}: org {o!r} is not an id")
        c = e.get("country")
        if c and c not in gov_ids:
            problems.append(f"{where}: country {c!r} is not a government id")
        for s in e.get("successors", []):
            if s not in gov_ids:
                problems.append(f"{where}: successor {s!r} is not a government id")
    valid = {(path, e.get("id")): e.get("valid") for path, kind, e in all_entries}

    def disjoint(a, b):
        """Entries with dates that do not overlap may share a form: the
        document's date chooses (dictionaries/README.md)."""
        va, vb = valid.get((a[0], a[1])), valid.get((b[0], b[1]))
        if not va or not vb:
            return False
        lo = lambda v: v.get("from", "0000")  # noqa: E731
        hi = lambda v: v.get("to", "9999")  # noqa: E731
        return hi(va) < lo(vb) or hi(vb) < lo(va)

    # english.json's harm lists name topics: harm_topics their ids,
    # harm_topic_aliases aliases of topics that are no harm themselves.
    english = [f for f in files if os.path.basename(f) == "english.json"]
    if english:
        lists = json.load(open(english[0], encoding="utf-8")).get("lists", {})
        topics = {e["id"]: e for _, kind, e in all_entries if kind == "topic"}
        harm = set(lists.get("harm_topics", {}).get("words", []))
        for t in sorted(harm - set(topics)):
            problems.append(f"{english[0]}: harm_topics: {t!r} is not a topic id")
        alias_of = {}
        for tid, e in topics.items():
            for a in [e.get("name", "")] + e.get("aliases", []):
                alias_of.setdefault(norm(a["text"] if isinstance(a, dict) else a).lower(), set()).add(tid)
        for a in lists.get("harm_topic_aliases", {}).get("words", []):
            owners = alias_of.get(norm(a).lower(), set())
            if not owners:
                problems.append(f"{english[0]}: harm_topic_aliases: {a!r} is no topic's alias")
            elif owners & harm:
                problems.append(f"{english[0]}: harm_topic_aliases: {a!r} is an alias of a harm "
                                f"topic ({', '.join(sorted(owners & harm))}): list the topic only")

    n_clash = 0
    for k, cl in sorted(claims.items()):
        owners = {(c[0], c[1]) for c in cl}
        if len(owners) < 2:
            continue
        # Two different entries claim strings equal after folding. Only a
        # clash if at least one side is case-insensitive, or both exact.
        for i in range(len(cl)):
            for j in range(i + 1, len(cl)):
                a, b = cl[i], cl[j]
                if (a[0], a[1]) == (b[0], b[1]):
                    continue
                if a[3] and b[3] and a[2] != b[2]:
                    continue
                if disjoint(a, b):
                    continue
                n_clash += 1
                problems.append(f"clash: {a[2]!r} ({a[5]} {a[1]} {a[4]}) vs {b[2]!r} ({b[5]} {b[1]} {b[4]})")
    for p in problems:
        print(p)
    print(f"{len(files)} files, {len(all_entries)} entries, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
