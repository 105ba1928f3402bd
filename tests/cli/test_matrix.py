"""caucus matrix: aggregation and formats."""
import json


def _text(t):
    return t.write("m.jsonl", "".join(json.dumps({"id": str(i), "text": x}) + "\n" for i, x in enumerate([
        "Russia called for a single intergovernmental body.",
        "Russia supported a single intergovernmental body. Brazil opposed the multistakeholder model.",
    ])))


def test_matrix_jsonl_counts(t):
    rc, out, err = t.run("matrix", _text(t), check_rc=0)
    recs = [json.loads(l) for l in out.splitlines()]
    cell = [r for r in recs if r["actor"] == "RUS" and r["target"] == "intergovernmental-control"]
    assert cell and cell[0]["support"] == 2 and cell[0]["oppose"] == 0 and cell[0]["documents"] == 2
    keys = [(r["actor"], r["target"]) for r in recs]
    assert keys == sorted(keys)


def test_matrix_tsv_and_markdown(t):
    p = _text(t)
    _, tsv, _ = t.run("matrix", "--format", "tsv", p, check_rc=0)
    lines = tsv.splitlines()
    assert lines[0].split("\t")[:3] == ["actor", "actor_kind", "target"]
    assert any(l.startswith("BRA\tgovernment\tmultistakeholder-model") for l in lines)
    _, md, _ = t.run("matrix", "--format", "markdown", p, check_rc=0)
    assert md.startswith("| actor |") and "| RUS |" in md and "+2" in md


def test_matrix_from_stances_layer(t):
    p = _text(t)
    _, st, _ = t.run("stances", p, check_rc=0)
    _, a, _ = t.run("matrix", input=st, check_rc=0)
    _, b, _ = t.run("matrix", p, check_rc=0)
    assert a == b


def test_matrix_bad_format(t):
    rc, out, err = t.run("matrix", "--format", "xml", input="")
    assert rc == 2 and "format" in err


def test_matrix_reads_old_entity_spelling(t):
    # Records written before the target link was spelled "id" name it "entity".
    def rec(key):
        return json.dumps({"id": key, "text": "Sweden criticised the ITU.", "stances": [
            {"actor": {"id": "SWE", "kind": "government", "text": "Sweden", "span": [0, 6]},
             "polarity": "oppose", "act": "criticise",
             "target": {"text": "the ITU", key: "ITU", "span": [18, 25]},
             "span": [0, 25], "sentence": 0, "modality": "asserted", "score": 0.9}]}) + "\n"
    _, old, _ = t.run("matrix", input=rec("entity"), check_rc=0)
    _, new, _ = t.run("matrix", input=rec("id"), check_rc=0)
    cells = [json.loads(l) for l in old.splitlines()]
    assert [(c["actor"], c["target"], c["oppose"]) for c in cells] == [("SWE", "ITU", 1)], cells
    assert old == new
