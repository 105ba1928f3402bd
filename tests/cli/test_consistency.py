"""One path to a document's layers: every tool gives the same figures on a file
as the same tool after `caucus stances` (caucus/annotate.h), and `entities`
and `stances` agree on which mentions exist.

Runs on a document written for this test (tests/data/consistency) and, when
../shared/corpus is there, on the dev-set documents and a few transcripts and
speeches of it."""
import json
import os

GOLD_DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold", "dev.jsonl")
SHARED_EXTRA = ["ungd/UNGD_EST_67_2012.txt", "ungd/UNGD_RUS_79_2024.txt",
                "transcripts/whitehouse_2022-04-28_press_call_declaration_future_internet.txt",
                "reports/updegrove_csb_2004-07_feature_wsis.txt",
                "wikipedia/wikipedia_ICANN.txt", "records/S_PV.8700_E.pdf"]
# Transcripts written for the tests: `caucus stances` adds the turns of the
# labelled ones (CART, UN verbatim) itself, and so must every tool.
OWN_TRANSCRIPTS = ["cart-itu-council-wg.txt", "un-verbatim-general-assembly.txt",
                   "parliament-speaker-lines.txt", "summary-cstd-session.txt"]


def _own(t, name):
    return os.path.join(t.data, "consistency", name)


def _sets(t):
    """(name, files, gold file) for each document set that exists."""
    own = [_own(t, "delegation-statement.txt")]
    own += [os.path.join(t.data, "transcripts", n) for n in OWN_TRANSCRIPTS]
    sets = [("own", own, _own(t, "gold.jsonl"))]
    if t.has_shared():
        with open(GOLD_DEV) as f:
            ids = [json.loads(line)["id"] for line in f if line.strip()]
        files = [os.path.join(t.shared, i) for i in ids + SHARED_EXTRA]
        sets.append(("shared", [f for f in files if os.path.isfile(f)], GOLD_DEV))
    return sets


def _run(t, args, input=None):
    rc, out, err = t.run(*args, input=input)
    assert rc in (0, 1), f"{args} exited {rc}\n{err}"
    return rc, out


def _same(t, args, files, piped, what):
    """`caucus ARGS FILES` and `caucus stances FILES | caucus ARGS` give the
    same exit status and output; returns that output."""
    alone = _run(t, args + files)
    after = _run(t, args, input=piped)
    assert alone == after, f"{what}: alone and after `caucus stances` differ\n" \
                           f"alone: {alone[1][:2000]}\npiped: {after[1][:2000]}"
    return alone[1]


def test_every_tool_agrees_with_stances(t):
    for name, files, gold in _sets(t):
        _, piped = _run(t, ["stances"] + files)
        stances = sum(len(json.loads(line).get("stances", [])) for line in piped.splitlines())
        assert stances > 0, name

        out = _same(t, ["stats", "--by", "all"], files, piped, f"{name}: stats")
        corpus = json.loads(out.splitlines()[0])
        assert corpus["by"] == "corpus" and corpus["stances"] == stances, (name, corpus)

        html = _same(t, ["report"], files, piped, f"{name}: report")
        assert f"{stances} stances" in html, name

        for network in ("stance", "comention"):
            out = _same(t, ["graph", "--network", network, "--format", "json"], files, piped,
                        f"{name}: graph {network}")
            assert json.loads(out)["edges"], (name, network)

        out = _same(t, ["matrix", "--format", "jsonl"], files, piped, f"{name}: matrix")
        assert out.strip(), name

        for layer in ("stances", "entities"):
            out = _same(t, ["mentions", "--layer", layer, "--format", "tsv"], files, piped,
                        f"{name}: mentions --layer {layer}")
            rows = out.splitlines()[1:]
            assert len(rows) == stances or layer != "stances", (name, len(rows), stances)

        out = _same(t, ["check", "--format", "jsonl", "--rules", _own(t, "rules.json")], files,
                    piped, f"{name}: check")
        rules = {json.loads(line)["rule"] for line in out.splitlines()}
        assert {"summary-consistent", "kingdom-of-norway"} <= rules or name != "own", rules

        out = _same(t, ["eval", "--format", "json", "--gold", gold], files, piped,
                    f"{name}: eval")
        assert json.loads(out)["scores"]["stances"]["tp"] > 0, name


def test_own_document_figures(t):
    """What the single-document path gives on the test document: the stances
    of the document passes (document speaker, first person) are counted."""
    doc = _own(t, "delegation-statement.txt")
    _, piped = _run(t, ["stances", doc])
    rec = json.loads(piped)
    speaker = [s for s in rec["stances"] if s.get("via") == "speaker"]
    assert speaker and all(s["actor"]["id"] == "NOR" for s in speaker), rec["stances"]
    _, out = _run(t, ["stats", "--by", "corpus", doc])
    assert json.loads(out)["stances"] == len(rec["stances"]), out
    # The summary (Norway supports the multistakeholder model) against the
    # last paragraph (Norway opposed it): found on the plain file, exit 1.
    rc, out = _run(t, ["check", "--format", "jsonl", "--rules", _own(t, "rules.json"), doc])
    found = [json.loads(line) for line in out.splitlines()]
    stance = [f for f in found if f["rule"] == "summary-consistent"]
    assert rc == 1 and len(stance) == 1, found
    assert stance[0]["match"] == "NOR opposes multistakeholder-model", stance


def test_check_stance_rule_on_plain_text_is_not_a_false_green(t):
    rules = t.write("stance-rules.json", json.dumps(
        {"rules": [{"id": "summary-consistent", "type": "stance", "severity": "error"}]}))
    p = t.write("memo.md", "Summary\n\nRussia backs a single intergovernmental body.\n\n"
                           "Debate\n\nAt the conference the Russian Federation rejected a single "
                           "intergovernmental body.\n")
    with open(p) as f:
        text = f.read()
    # The file, and the same text piped in as plain text.
    for args, stdin in (([p], None), ([], text)):
        rc, out, err = t.run("check", "--format", "jsonl", "--rules", rules, *args, input=stdin)
        found = [json.loads(line) for line in out.splitlines()]
        assert rc == 1, (args, rc, out, err)
        assert [(f["rule"], f["line"]) for f in found] == [("summary-consistent", 7)], found


def test_transcript_turns_reach_every_tool(t):
    """A UN verbatim record read from its file: its turns give the speakers'
    first-person stances in `stances` and in the tools that count them."""
    doc = os.path.join(t.data, "transcripts", "un-verbatim-general-assembly.txt")
    _, piped = _run(t, ["stances", doc])
    rec = json.loads(piped)
    assert rec.get("turns"), "stances adds the turns of a labelled transcript"
    via_turn = [s for s in rec["stances"] if s.get("via") == "turn"]
    assert via_turn, rec["stances"]
    _, out = _run(t, ["stats", "--by", "corpus", doc])
    assert json.loads(out)["stances"] == len(rec["stances"]), out


def test_entities_and_stances_agree_on_mentions(t):
    files = [_own(t, "delegation-statement.txt")]
    for name, fs, _ in _sets(t):
        if name == "shared":
            files += fs
    _, ents = _run(t, ["entities"] + files)
    _, stances = _run(t, ["stances"] + files)
    a = [json.loads(line) for line in ents.splitlines()]
    b = [json.loads(line) for line in stances.splitlines()]
    assert len(a) == len(b) == len(files)
    for x, y in zip(a, b):
        assert x["id"] == y["id"]
        assert x["entities"] == y["entities"], x["id"]
    # The acronym the test document defines is a mention in both.
    nipc = [e for e in b[0]["entities"] if e["id"] == "NIPC"]
    assert nipc and nipc[0]["form"] == "defined", b[0]["entities"]


def test_eval_scores_the_stances_layer_it_is_given(t):
    """A record that carries a stances layer is scored as it is (as every
    tool reads a present layer), not recomputed."""
    doc = _own(t, "delegation-statement.txt")
    gold = _own(t, "gold.jsonl")
    _, piped = _run(t, ["stances", doc])
    rec = json.loads(piped)
    kept = [s for s in rec["stances"] if s["actor"]["id"] == "NOR"]
    assert 0 < len(kept) < len(rec["stances"]), rec["stances"]
    rec["stances"] = kept
    _, out = _run(t, ["eval", "--format", "json", "--gold", gold],
                  input=json.dumps(rec, ensure_ascii=False) + "\n")
    assert json.loads(out)["scores"]["stances"]["predicted"] == len(kept), out
