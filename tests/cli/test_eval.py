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
