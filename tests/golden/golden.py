#!/usr/bin/env python3
"""Golden-output test: the whole analysis pipeline, byte for byte.

Runs `caucus read | segment | entities | acronyms | turns | stances` over
document sets and compares what comes out with committed expectations:

  expect/SET.layers.tsv    one line per document and layer: count of items and
                           a SHA-256 of the layer's JSON exactly as written, so
                           any byte that moves in any layer is caught;
  expect/SET.stances.tsv   one line per stance (actor, polarity, act, modality,
                           via, target link, spans), so a change in stances
                           reads as a diff in review.

Sets: `data` (tests/data, examples/) always runs; `shared` (the text documents
of ../shared/corpus, the dev gold documents among them) runs when that folder
exists and is skipped cleanly when it does not.

A commit that moves code keeps the expectations; a commit that changes output on
purpose runs `golden.py --update` and says in its message what changed and the
dev-set F1 before and after.

Usage: golden.py --caucus BIN [--set data|shared|all] [--update] [--jobs N]
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
EXPECT = os.path.join(HERE, "expect")

# The documents of ../shared/corpus: text, and the Security Council records as
# the UN publishes them (PDF).
SHARED_DIRS = ["blogs", "news", "official", "records", "reports", "seed", "transcripts", "ungd",
               "wikipedia"]
SHARED_FILES = ["enb_style_stance_test_sentences.txt"]
TEXT_EXT = (".txt", ".md", ".html", ".htm", ".jsonl", ".pdf", ".docx", ".odt")


def _files(base, rels):
    out = []
    for rel in rels:
        path = os.path.join(base, rel)
        if os.path.isfile(path):
            out.append(rel)
            continue
        for dirpath, dirs, names in os.walk(path):
            dirs.sort()
            for n in sorted(names):
                if n.endswith(TEXT_EXT) and n != "SOURCE.txt":
                    out.append(os.path.relpath(os.path.join(dirpath, n), base))
    return out


def document_sets():
    """(name, base directory, relative file paths) for each set that exists."""
    sets = []
    data = _files(ROOT, ["tests/data/transcripts", "tests/data/check/sample.md",
                         "examples/wtpf-2013.txt"])
    sets.append(("data", ROOT, data))
    if os.path.isdir(SHARED):
        sets.append(("shared", SHARED, _files(SHARED, SHARED_DIRS + SHARED_FILES)))
    return sets


PIPELINE = ["segment", "entities", "acronyms", "turns", "stances"]


def run_pipeline(caucus, base, files, jobs):
    """Runs the pipeline from `base` (so ids and paths are relative); returns
    stdout bytes. Each stage's stderr is kept for the failure message."""
    procs = []
    prev = subprocess.Popen([caucus, "read", "--"] + files, cwd=base,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    procs.append(("read", prev))
    for tool in PIPELINE:
        p = subprocess.Popen([caucus, tool, "--jobs", str(jobs)], cwd=base, stdin=prev.stdout,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        prev.stdout.close()
        procs.append((tool, p))
        prev = p
    out = prev.stdout.read()
    errors = []
    for tool, p in procs:
        err = p.stderr.read().decode("utf-8", "replace")
        rc = p.wait()
        if rc != 0:
            errors.append(f"caucus {tool} exited {rc}: {err.strip()}")
    if errors:
        raise SystemExit("golden: the pipeline failed:\n  " + "\n  ".join(errors))
    return out


def raw_layers(line):
    """Splits one output record into {layer: raw JSON bytes of its value}, in
    file order, without re-serialising, so the hash is of the bytes written."""
    dec = json.JSONDecoder()
    s = line.decode("utf-8")
    obj = json.loads(s)
    out = {}
    # Re-find each top-level value's exact text: scan the object with raw_decode.
    i = s.index("{") + 1
    while True:
        while s[i] in " \t,":
            i += 1
        if s[i] == "}":
            break
        key, i = dec.raw_decode(s, i)
        while s[i] in " \t:":
            i += 1
        _, j = dec.raw_decode(s, i)
        out[key] = s[i:j].encode("utf-8")
        i = j
    return obj, out


def _target_link(t):
    parts = []
    for k in ("id", "topic", "kind"):
        if t.get(k):
            parts.append(f"{k}={t[k]}")
    return ",".join(parts) or "-"


def summarise(out):
    """Returns (layer lines, stance lines) for the pipeline output."""
    layers, stances = [], []
    for line in out.splitlines():
        if not line.strip():
            continue
        obj, raw = raw_layers(line)
        doc = str(obj.get("id"))
        for key, value in raw.items():
            if key == "id":
                continue
            v = obj[key]
            count = len(v) if isinstance(v, (list, dict)) else len(value)
            digest = hashlib.sha256(value).hexdigest()[:16]
            layers.append(f"{doc}\t{key}\t{count}\t{digest}")
        for s in obj.get("stances", []):
            a, t = s.get("actor", {}), s.get("target", {})
            stances.append("\t".join(str(x) for x in [
                doc, s.get("sentence", "-"), a.get("id", "-"), a.get("kind", "-"),
                s.get("polarity"), s.get("act", "-"), s.get("modality", "-"), s.get("via", "-"),
                _target_link(t), "%d-%d" % tuple(s["span"]),
                "%d-%d" % tuple(t.get("span", [0, 0]))]))
    return layers, stances


def compare(name, kind, got):
    path = os.path.join(EXPECT, f"{name}.{kind}.tsv")
    if not os.path.exists(path):
        return [f"{path}: missing (run golden.py --update)"]
    with open(path, encoding="utf-8") as f:
        want = [l.rstrip("\n") for l in f if not l.startswith("#")]
    if want == got:
        return []
    wset, gset = set(want), set(got)
    lost = [l for l in want if l not in gset]
    new = [l for l in got if l not in wset]
    msg = [f"{name}.{kind}: {len(lost)} expected lines missing, {len(new)} new lines"]
    msg += ["  - " + l for l in lost[:15]]
    msg += ["  + " + l for l in new[:15]]
    if not lost and not new:
        msg.append("  (same lines, different order)")
    return msg


HEADER = {
    "layers": "# document\tlayer\tcount\tsha256[:16] of the layer's JSON as written\n",
    "stances": "# document\tsentence\tactor\tactor kind\tpolarity\tact\tmodality\tvia\t"
               "target link\tspan\ttarget span\n",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--caucus", required=True)
    ap.add_argument("--set", default="all", choices=["all", "data", "shared"])
    ap.add_argument("--update", action="store_true", help="rewrite the expectations")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    caucus = os.path.abspath(args.caucus)

    failures, ran = [], []
    for name, base, files in document_sets():
        if args.set not in ("all", name):
            continue
        out = run_pipeline(caucus, base, files, args.jobs)
        layers, stances = summarise(out)
        ndocs = len([l for l in out.splitlines() if l.strip()])
        if ndocs != len(files):
            failures.append(f"{name}: {len(files)} files gave {ndocs} records")
        ran.append(f"{name}: {ndocs} documents, {len(stances)} stances")
        for kind, got in (("layers", layers), ("stances", stances)):
            if args.update:
                os.makedirs(EXPECT, exist_ok=True)
                with open(os.path.join(EXPECT, f"{name}.{kind}.tsv"), "w",
                          encoding="utf-8") as f:
                    f.write(HEADER[kind])
                    f.writelines(l + "\n" for l in got)
            else:
                failures += compare(name, kind, got)
    if args.set in ("all", "shared") and not os.path.isdir(SHARED):
        ran.append(f"shared: skipped ({SHARED} is absent)")
    print("golden: " + "; ".join(ran))
    if failures:
        print("\n".join(failures))
        print("golden: output changed. If on purpose, run tests/golden/golden.py --update "
              "--caucus BIN and say in the commit what changed and the dev-set F1.")
        return 1
    print("golden: updated" if args.update else "golden: byte-identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
