#!/usr/bin/env python3
"""Generate the hand-curated dictionaries (all but governments.json) from the
compact sources in tools/dictsrc/. Not run by CI; run by hand and commit:

  python3 tools/gen_dicts.py            # writes dictionaries/*.json
  python3 tools/check_dicts.py          # checks them

The JSON files are the product; these sources only make them easier to edit
in bulk. Editing the JSON directly is fine too (then keep both in step).
"""
import importlib
import json
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in tools/dictsrc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "dictsrc"))
import common  # noqa: E402
OUT = os.path.join(os.path.dirname(HERE), "dictionaries")

FILES = [
    # module, file, kind, source note
    ("bodies", "bodies.json", "body",
     "Hand-curated by the caucus project from public facts about each body (names, acronyms, "
     "hierarchy). Apache-2.0."),
    ("groups", "groups.json", "group",
     "Hand-curated by the caucus project: negotiating blocs and stakeholder groups; bloc "
     "membership from the blocs' public member lists. Apache-2.0."),
    ("events", "events.json", "event",
     "Hand-curated by the caucus project: meetings and conferences with dates and venues "
     "(public facts). Apache-2.0."),
    ("instruments", "instruments.json", "instrument",
     "Hand-curated by the caucus project: treaties, declarations, resolutions, laws and "
     "agreements (titles and dates are public facts). Apache-2.0."),
    ("people", "people.json", "person",
     "Hand-curated by the caucus project: public office holders and well-known figures, with "
     "roles and terms (public facts). Apache-2.0."),
    ("topics", "topics.json", "topic",
     "Hand-curated by the caucus project: Internet-governance topics and the phrases that "
     "name them. Apache-2.0."),
    ("rules", "rules.json", "rules",
     "Hand-curated by the caucus project: the word lists of the entity recognizer's rules "
     "(people, back-references). Apache-2.0."),
    ("blockers", "blockers.json", "block",
     "Hand-curated by the caucus project: phrases that are not entities but contain an "
     "entity name, so that longest match suppresses the false positive. Apache-2.0."),
]


def main(argv):
    only = set(argv)
    for mod, fname, kind, src in FILES:
        if only and mod not in only:
            continue
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError:
            continue
        doc = {"kind": kind, "source": src}
        doc.update(getattr(m, "RULES", {}))
        doc["entries"] = m.E
        path = os.path.join(OUT, fname)
        with open(path, "w", encoding="utf-8") as f:
            common.dump(doc, f)
        print(f"{fname}: {len(m.E)} entries", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
