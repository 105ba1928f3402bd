"""caucus eval: scoring against gold."""
import json
import os


def test_eval_perfect_and_partial(t):
    text = "Russia opposed the ITRs. Brazil supported them."
    doc = t.write("d.jsonl", json.dumps({"id": "a/doc.txt", "text": text}) + "\n")
    gold = t.write("g.jsonl", json.dumps({"id": "doc.txt", "bytes": len(text), "stances": [
        {"actor": "RUS", "polarity": "oppose", "span": [0, 23]},
        {"actor": "SWE", "polarity": "support", "span": [0, 10]}]}) + "\n")
    rc, out, err = t.run("eval", "--gold", gold, "--format", "json", doc, check_rc=0)
    r = json.loads(out)
    s = r["scores"]["stances"]
    assert s["gold"] == 2 and s["tp"] == 1 and s["predicted"] == 2, s
    assert abs(s["precision"] - 0.5) < 1e-9 and abs(s["recall"] - 0.5) < 1e-9
    rc, out, err = t.run("eval", "--gold", gold, doc, check_rc=0)
    assert out.splitlines()[1].startswith("stances")


def test_eval_bad_gold(t):
    gold = t.write("bad.jsonl", '{"id":"x","stances":[{"actor":"RUS"}]}\n')
    rc, out, err = t.run("eval", "--gold", gold, input="")
    assert rc == 2 and "bad.jsonl:1" in err


def test_eval_dev_gold_set(t):
    if not t.has_shared():
        return "skip"
    here = os.path.dirname(os.path.abspath(__file__))
    gold = os.path.join(here, "..", "gold", "dev.jsonl")
    docs = [json.loads(l)["id"] for l in open(gold)]
    rc, out, err = t.run("eval", "--gold", gold, "--format", "json",
                         *[os.path.join(t.shared, d) for d in docs], check_rc=0)
    s = json.loads(out)["scores"]["stances"]
    assert s["f1"] >= 0.70, s


def test_eval_target_row(t):
    text = "Brazil protested to the United States. Brazil defends the right to privacy."
    doc = t.write("d.jsonl", json.dumps({"id": "a/doc.txt", "text": text, "stances": [
        {"actor": {"id": "BRA", "kind": "government", "text": "Brazil", "span": [0, 6]},
         "polarity": "oppose", "act": "protest",
         "target": {"text": "the United States", "entity": "USA", "span": [20, 37]},
         "span": [0, 37], "sentence": 0, "modality": "asserted", "score": 0.8},
        {"actor": {"id": "BRA", "kind": "government", "text": "Brazil", "span": [39, 45]},
         "polarity": "support", "act": "defend",
         "target": {"text": "the right to privacy", "span": [54, 74]},
         "span": [39, 74], "sentence": 1, "modality": "asserted", "score": 0.8}]}) + "\n")
    gold = t.write("g.jsonl", json.dumps({"id": "doc.txt", "stances": [
        {"actor": "BRA", "polarity": "oppose", "span": [0, 38], "target": {"id": "USA"}},
        {"actor": "BRA", "polarity": "support", "span": [39, 75], "target": {"topic": "privacy"}}]}) + "\n")
    rc, out, err = t.run("eval", "--gold", gold, "--format", "json", doc, check_rc=0)
    r = json.loads(out)["scores"]
    assert r["stances"]["tp"] == 2, r
    # The second prediction has no topic link: right actor and polarity, wrong target.
    assert r["stances+target"]["tp"] == 1 and r["stances+target"]["gold"] == 2, r
    rc, out, err = t.run("eval", "--gold", gold, doc, check_rc=0)
    assert [l.split()[0] for l in out.splitlines()[1:3]] == ["stances", "stances+target"], out
    bad = t.write("bad.jsonl", json.dumps({"id": "doc.txt", "stances": [
        {"actor": "BRA", "polarity": "oppose", "span": [0, 38], "target": ["USA"]}]}) + "\n")
    rc, out, err = t.run("eval", "--gold", bad, doc)
    assert rc == 2 and "bad.jsonl:1" in err and "target" in err, err
