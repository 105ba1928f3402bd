"""Helpers for the hand-curated dictionary sources in tools/dictsrc/.

Alias mini-syntax in the ";"-separated alias strings:
  "~text"  weak (low-confidence) form
  "=text"  case-sensitive even though it has lowercase letters ("DoT", "Meta")
Alias objects (dicts) may be passed as-is for context rules.
"""
import json


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
        return t if not any(c.islower() for c in t) else {"text": t, "case": "sensitive"}
    return a


def text_of(a):
    return a["text"] if isinstance(a, dict) else a


def key(a):
    t = " ".join(text_of(a).replace("\u2019", "'").split())
    if t[:4].lower() == "the ":
        t = t[4:]
    sens = (isinstance(a, dict) and a.get("case") == "sensitive") or not any(c.islower() for c in t)
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
