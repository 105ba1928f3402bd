"""caucus graph: co-mention and stance networks in DOT, GraphML and JSON."""
import json
import xml.etree.ElementTree as ET


def _doc(id_, text, ents, stances=(), sentences=None):
    b = text.encode("utf-8")
    entities = []
    for surface, kind, eid, name in ents:
        s = b.index(surface.encode("utf-8"))
        entities.append({"span": [s, s + len(surface.encode("utf-8"))], "text": surface,
                         "kind": kind, "id": eid, "name": name})
    entities.sort(key=lambda e: e["span"])
    rec = {"id": id_, "text": text, "entities": entities}
    if sentences is not None:
        rec["sentences"] = [{"span": sp, "paragraph": 0} for sp in sentences]
    st = []
    for actor, polarity, topic in stances:
        st.append({"actor": {"id": actor, "kind": "government", "text": actor, "span": [0, 1]},
                   "polarity": polarity, "act": "support",
                   "target": {"text": topic, "topic": topic, "span": [0, 1]},
                   "span": [0, 1], "sentence": 0, "modality": "asserted"})
    rec["stances"] = st
    return json.dumps(rec, ensure_ascii=False) + "\n"


def _corpus(t):
    t1 = "Brazil and the ITU met. Sweden spoke."
    t2 = "Brazil, Sweden and the ITU agreed."
    ents1 = [("Brazil", "government", "BRA", "Brazil"), ("ITU", "body", "ITU", "ITU"),
             ("Sweden", "government", "SWE", "Sweden")]
    return t.write("g.jsonl",
                   _doc("a", t1, ents1, [("BRA", "support", "ipv6"), ("SWE", "oppose", "ipv6")],
                        [[0, 23], [24, len(t1)]]) +
                   _doc("b", t2, ents1, [("BRA", "support", "ipv6")], [[0, len(t2)]]))


def test_graph_json_sentence_and_document_windows(t):
    p = _corpus(t)
    _, out, _ = t.run("graph", "--format", "json", p, check_rc=0)
    g = json.loads(out)
    assert g["directed"] is False and g["window"] == "sentence"
    edges = {(e["source"], e["target"]): e["weight"] for e in g["edges"]}
    assert edges == {("body:ITU", "government:BRA"): 2, ("body:ITU", "government:SWE"): 1,
                     ("government:BRA", "government:SWE"): 1}, edges
    assert [n["id"] for n in g["nodes"]] == ["body:ITU", "government:BRA", "government:SWE"]
    _, out, _ = t.run("graph", "--format", "json", "--window", "document", "--min-weight", "2", p,
                      check_rc=0)
    edges = {(e["source"], e["target"]): e["weight"] for e in json.loads(out)["edges"]}
    assert edges == {("body:ITU", "government:BRA"): 2, ("body:ITU", "government:SWE"): 2,
                     ("government:BRA", "government:SWE"): 2}


def test_graph_stance_network_formats(t):
    p = _corpus(t)
    _, out, _ = t.run("graph", "--network", "stance", "--format", "json", p, check_rc=0)
    g = json.loads(out)
    assert g["directed"] is True
    assert g["edges"] == [
        {"source": "government:BRA", "target": "topic:ipv6", "polarity": "support", "weight": 2},
        {"source": "government:SWE", "target": "topic:ipv6", "polarity": "oppose", "weight": 1}]
    _, dot, _ = t.run("graph", "--network", "stance", p, check_rc=0)
    assert dot.startswith("digraph caucus {")
    assert '"government:BRA" -> "topic:ipv6" [weight=2, polarity="support"' in dot
    _, gml, _ = t.run("graph", "--network", "stance", "--format", "graphml", p, check_rc=0)
    root = ET.fromstring(gml)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:edge", ns)) == 2
    assert root.find(".//g:graph", ns).get("edgedefault") == "directed"


def test_graph_escapes_labels_and_is_deterministic(t):
    text = 'The "Q<&>" Forum met X.'
    rec = _doc("e", text, [('"Q<&>" Forum', "body", 'Q"1', 'The "Q<&>" Forum'),
                           ("X", "government", "XXX", "Ex\\ample")])
    p = t.write("e.jsonl", rec * 3)
    _, gml, _ = t.run("graph", "--format", "graphml", p, check_rc=0)
    root = ET.fromstring(gml)  # well-formed despite the quotes and brackets
    labels = [d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")
              if d.get("key") == "label"]
    assert labels == ['The "Q<&>" Forum', "Ex\\ample"], labels
    _, dot, _ = t.run("graph", p, check_rc=0)
    assert '"body:Q\\"1" [label="The \\"Q<&>\\" Forum"' in dot, dot
    assert 'label="Ex\\\\ample"' in dot
    _, dot2, _ = t.run("graph", "-j", "2", p, check_rc=0)
    assert dot2 == dot


def test_graph_usage_errors(t):
    p = _corpus(t)
    for args, msg in [(["--format", "gexf"], "invalid value 'gexf' for --format: expected dot"),
                      (["--network", "friends"], "invalid value 'friends' for --network"),
                      (["--window", "page"], "invalid value 'page' for --window")]:
        rc, out, err = t.run("graph", *args, p)
        assert rc == 2 and msg in err, err


def test_graph_on_seed_text(t):
    if not t.has_shared():
        return "skip"
    import os
    seed = os.path.join(t.shared, "seed", "wtpf-2013-cdt.txt")
    _, out, _ = t.run("graph", "--format", "json", seed, check_rc=0)
    g = json.loads(out)
    ids = {n["id"] for n in g["nodes"]}
    assert "body:ITU" in ids and g["edges"]
