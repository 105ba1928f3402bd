"""Helpers for the hand-curated dictionary sources in tools/dictsrc/.

Alias mini-syntax in the ";"-separated alias strings:
  "~text"  weak (low-confidence) form
  "=text"  case-sensitive even though it has lowercase letters ("DoT", "Meta")
Alias objects (dicts) may be passed as-is for context rules.
"""
import json
import os
import unicodedata

ARABIC = {"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
          "\u0649": "\u064a", "\u06cc": "\u064a", "\u0629": "\u0647", "\u06a9": "\u0643",
          "\u0451": "\u0435", "\u0640": ""}


def _fold_char(c):
    cp = ord(c)
    if 0xC0 <= cp < 0x250 or 0x1E00 <= cp < 0x1F00:
        b = unicodedata.normalize("NFD", c)[0]
        return b.lower() if b.isascii() and b.isalpha() else c
    if 0x300 <= cp <= 0x36F or 0x591 <= cp <= 0x5C7 or 0x64B <= cp <= 0x65F or cp == 0x670:
        return ""
    return ARABIC.get(c, c)


def fold(s):
    """Case-insensitive comparison form, as the matcher folds letters (lib/matcher.cc
    FoldForMatch): case folded, a Latin letter without its diacritics, combining marks
    and Arabic short vowels dropped, Arabic alef/yeh/teh-marbuta variants and "ё" unified."""
    return "".join(_fold_char(c) for c in s.casefold())


def blocker_keys():
    """Folded strings of dictionaries/blockers.json (phrases that are no entity)."""
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dictionaries", "blockers.json")
    out = set()
    for e in json.load(open(p, encoding="utf-8"))["entries"]:
        for t in [e["name"]] + [a["text"] if isinstance(a, dict) else a for a in e.get("aliases", [])]:
            out.add(fold(" ".join(t.split())))
    return out


def is_acronym(t):
    """Matched case-sensitively by default: capitals and no lower-case letter
    ("ITU", "U.S."); a form in a script without case is not one."""
    return not any(c.islower() for c in t) and any(c.isupper() for c in t)


def parse_alias(a):
    if isinstance(a, dict):
        return a
    a = a.strip()
    if not a:
        return None
    if a.startswith("~"):
        t = a[1:]
        return {"text": t, "weak": True}
    if a.startswith("="):
        t = a[1:]
        return t if is_acronym(t) else {"text": t, "case": "sensitive"}
    return a


def text_of(a):
    return a["text"] if isinstance(a, dict) else a


def key(a):
    t = " ".join(text_of(a).replace("\u2019", "'").split())
    if t[:4].lower() == "the ":
        t = t[4:]
    sens = (isinstance(a, dict) and a.get("case") == "sensitive") or is_acronym(t)
    return t if sens else t.casefold()


def aliases(name, spec, extra=()):
    """Parse an alias spec; drop duplicates of the name and of each other."""
    items = []
    if isinstance(spec, str):
        items = [parse_alias(x) for x in spec.split(";")]
    else:
        for x in spec:
            items += [parse_alias(y) for y in x.split(";")] if isinstance(x, str) else [x]
    items += [parse_alias(x) for x in extra]
    seen = {key(name)}
    out = []
    for a in items:
        if not a:
            continue
        k = key(a)
        if k in seen:
            continue
        seen.add(k)
        out.append(a)
    return out


def entry(id, name, al="", source="curated", **kw):
    e = {"id": id, "name": name, "aliases": aliases(name, al)}
    for k, v in kw.items():
        if v not in (None, "", [], {}):
            e[k] = v
    e["source"] = source
    return e


def dump(doc, f):
    """Writes a dictionary file with one entry per line: compact to parse,
    easy to grep and to diff."""
    head = {k: v for k, v in doc.items() if k != "entries"}
    f.write("{")
    for k, v in head.items():
        f.write(json.dumps(k) + ": " + json.dumps(v, ensure_ascii=False) + ",\n ")
    f.write('"entries": [\n')
    n = len(doc["entries"])
    for i, e in enumerate(doc["entries"]):
        f.write("  " + json.dumps(e, ensure_ascii=False) + (",\n" if i + 1 < n else "\n"))
    f.write("]}\n")
