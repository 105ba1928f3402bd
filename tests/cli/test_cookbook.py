"""The README's pipeline cookbook, run as written: every recipe in its code
block runs (bash, pipefail) in a directory whose corpus/ is a small corpus
written here, and its output is checked; then again on part of
../shared/corpus, where each recipe must succeed and print something. A
recipe added to the README without a check here fails the test."""
import csv
import io
import os
import re
import shutil
import subprocess

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

CORPUS = {
    "a.txt": "The ITU and the IGF met in Geneva.\n\n"
             "Côte d’Ivoire’s “statement” praised the ITU.\n\n"
             "Let us hope so.\n\n"
             "The US delegation agreed.\n",
    "b.txt": "Russia rejected the proposal for ITU control of the Internet. "
             "Brazil supported the IGF. Google was there too.\n",
    "sub/c.txt": "Sweden opposed a single intergovernmental body for the Internet.\n",
}


def _recipes():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        text = f.read()
    block = text.split("## Pipeline cookbook", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    recipes = []
    for chunk in block.strip().split("\n\n"):
        lines = chunk.splitlines()
        title = " ".join(l[2:] for l in lines if l.startswith("# "))
        cmd = "\n".join(l for l in lines if not l.startswith("# "))
        recipes.append((title, cmd))
    return recipes


def _run(t, cwd, cmd):
    env = dict(os.environ, PATH=os.path.dirname(t.caucus) + os.pathsep + os.environ["PATH"])
    p = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=cwd, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def _tools_present():
    return all(shutil.which(x) for x in ("jq", "mlr", "rg"))


def _workdir(t, name, files=None, copy_from=None):
    work = os.path.join(t.tmp, name)
    corpus = os.path.join(work, "corpus")
    os.makedirs(corpus, exist_ok=True)
    for rel, text in (files or {}).items():
        path = os.path.join(corpus, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    for src in copy_from or []:
        shutil.copytree(src, os.path.join(corpus, os.path.basename(src)))
    return work


# ---- checks of each recipe on the written corpus, by its comment -------------

def _governments(out, work):
    counts = {}
    for line in out.splitlines():
        n, gid = line.split()
        counts[gid] = int(n)
    assert counts == {"CIV": 1, "USA": 1, "RUS": 1, "BRA": 1, "SWE": 1}, counts


def _miller(out, work):
    rows = [l.split() for l in out.splitlines()]
    assert rows[0] == ["kind", "id", "count"], rows
    got = {(r[0], r[1]): int(r[2]) for r in rows[1:]}
    assert got[("body", "ITU")] == 3 and got[("body", "IGF")] == 2, got
    counts = [int(r[2]) for r in rows[1:]]
    assert counts == sorted(counts, reverse=True)


def _sectors(out, work):
    rows = {}
    for line in out.splitlines():
        n, rest = line.split(None, 1)
        body, sector, country = rest.split("\t")
        rows[body] = (int(n), sector, country)
    assert rows["ITU"] == (3, "intergovernmental", ""), rows
    assert "Google" not in rows, rows  # private sector
    assert all(s in ("intergovernmental", "government") for _, s, _ in rows.values()), rows


def _itu_sentences(out, work):
    lines = out.splitlines()
    assert lines == ["corpus/a.txt\tThe ITU and the IGF met in Geneva.",
                     "corpus/a.txt\tCôte d’Ivoire’s “statement” praised the ITU.",
                     "corpus/b.txt\tRussia rejected the proposal for ITU control of the "
                     "Internet."], lines


def _opposes(out, work):
    rows = list(csv.DictReader(io.StringIO(out)))
    got = [(r["doc"], r["actor"], r["act"]) for r in rows]
    assert ("corpus/b.txt", "RUS", "reject") in got, got
    assert ("corpus/sub/c.txt", "SWE", "oppose") in got, got
    for r in rows:
        text = open(os.path.join(work, r["doc"]), encoding="utf-8").read()
        assert r["evidence"] and r["evidence"] in text, r


def _xargs(out, work):
    made = sorted(os.listdir(os.path.join(work, "annotated")))
    assert made == ["corpus_a.txt.jsonl", "corpus_b.txt.jsonl", "corpus_sub_c.txt.jsonl"], made
    for root, _, files in os.walk(os.path.join(work, "corpus")):
        assert not [f for f in files if f.endswith(".jsonl")], (root, files)


def _jobs(out, work):
    with open(os.path.join(work, "entities.jsonl"), encoding="utf-8") as f:
        ids = [line.split('"id":"', 1)[1].split('"', 1)[0] for line in f]
    assert ids == ["corpus/a.txt", "corpus/b.txt", "corpus/sub/c.txt"], ids


def _ripgrep(out, work):
    lines = out.splitlines()
    assert "corpus/a.txt:The US delegation agreed." in lines, lines
    assert not any("Let us hope" in l for l in lines), lines  # the pronoun is not "US"
    assert "corpus/sub/c.txt:Sweden opposed a single intergovernmental body for the Internet." \
        in lines, lines


CHECKS = {
    "Which governments does a corpus name, and how often?": _governments,
    "The same with Miller, from the flat mentions table": _miller,
    "Intergovernmental and governmental bodies only (companies and NGOs have other sectors)":
        _sectors,
    "Every sentence that mentions the ITU, with its document": _itu_sentences,
    "Who opposes what, with the evidence, as a table for a spreadsheet": _opposes,
    "Batch a directory in parallel processes with xargs (one JSONL file per input, written "
    "outside the corpus so that a later `-r corpus/` does not read them)": _xargs,
    "Or with threads inside one process; output order is kept": _jobs,
    "Phrases for grep-like tools: acronyms (\"US\") case-sensitively, names not": _ripgrep,
}


def test_every_recipe_has_a_check(t):
    titles = [title for title, _ in _recipes()]
    assert titles == list(CHECKS), titles


def test_cookbook_on_a_written_corpus(t):
    if not _tools_present():
        return "skip"
    work = _workdir(t, "cookbook", files=CORPUS)
    for title, cmd in _recipes():
        rc, out, err = _run(t, work, cmd)
        assert rc == 0, (title, rc, err)
        CHECKS[title](out, work)
    # The xargs outputs are beside, not inside, the corpus: -r reads each document once.
    rc, out, err = _run(t, work, "caucus entities -r corpus/ | wc -l")
    assert out.strip() == "3", (out, err)


def test_cookbook_on_the_shared_corpus(t):
    if not _tools_present() or not t.has_shared():
        return "skip"
    work = _workdir(t, "cookbook-shared",
                    copy_from=[os.path.join(t.shared, "news"), os.path.join(t.shared, "seed")])
    for title, cmd in _recipes():
        rc, out, err = _run(t, work, cmd)
        assert rc == 0, (title, rc, err[-2000:])
        if title.startswith(("Batch", "Or with threads")):
            continue  # they write files, checked below
        assert out.strip(), title
        if title.startswith("Every sentence"):
            for line in out.splitlines():
                doc, sentence = line.split("\t", 1)
                # Names of the ITU in any language the dictionaries know ("国际电联").
                assert doc.startswith("corpus/") and sentence.strip(), line
    assert os.listdir(os.path.join(work, "annotated"))
    rc, out, _ = _run(t, work, "wc -l < entities.jsonl")
    assert int(out) > 10


def test_readme_table_view_example_is_real(t):
    """The README's console example of --format table is what the binary prints."""
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        text = f.read()
    block = text.split("```console\n", 1)[1].split("```", 1)[0]
    cmd, shown = block.split("\n", 1)
    assert cmd.startswith("$ caucus "), cmd
    rc, out, err = _run(t, ROOT, cmd[2:])
    assert rc == 0 and out == shown, (out, shown, err)
