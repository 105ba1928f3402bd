"""caucus acronyms: definitions, undefined acronyms, options, pass-through."""
import json
import os


def _acr(rec):
    return rec["acronyms"]


def test_acronyms_definition_spans_are_bytes(t):
    text = "L'Union internationale des télécommunications (UIT) et l'ICANN.\n"
    p = t.write("a.txt", text)
    recs = t.jsonl("acronyms", p)
    assert len(recs) == 1
    acr = _acr(recs[0])
    defs = [a for a in acr if a.get("defined", True)]
    assert len(defs) == 1, acr
    d = defs[0]
    assert d["short"] == "UIT"
    assert d["long"] == "Union internationale des télécommunications"
    b = text.encode("utf-8")
    assert b[d["span"][0]:d["span"][1]].decode() == "UIT"
    assert b[d["long_span"][0]:d["long_span"][1]].decode() == d["long"]
    assert 0 < d["confidence"] <= 1
    undefined = [a for a in acr if a.get("defined") is False]
    assert [a["short"] for a in undefined] == ["ICANN"]
    assert undefined[0]["long"] is None and "long_span" not in undefined[0]


def test_acronyms_undefined_default_and_off(t):
    text = ("The Internet Governance Forum (IGF) met. The ITU and the IGF spoke.\n"
            "SUMMARY OF THE DEBATE\n")
    p = t.write("b.txt", text)
    acr = _acr(t.jsonl("acronyms", p)[0])
    assert [(a["short"], a.get("defined", True)) for a in acr] == [("IGF", True), ("ITU", False)]
    acr = _acr(t.jsonl("acronyms", "--no-undefined", p)[0])
    assert [a["short"] for a in acr] == ["IGF"]
    acr = _acr(t.jsonl("acronyms", "--undefined", p)[0])
    assert len(acr) == 2
    rc, _, err = t.run("acronyms", "--undefined", "--no-undefined", p)
    assert rc == 2 and "contradict" in err


def test_acronyms_min_confidence(t):
    text = "We added lipopolysaccharide (LPS) to the Internet Governance Forum (IGF).\n"
    p = t.write("c.txt", text)
    acr = _acr(t.jsonl("acronyms", "--no-undefined", p)[0])
    assert [a["short"] for a in acr] == ["LPS", "IGF"]
    lps, igf = acr
    assert lps["confidence"] < igf["confidence"]
    acr = _acr(t.jsonl("acronyms", "--no-undefined", "--min-confidence", "0.9", p)[0])
    assert [a["short"] for a in acr] == ["IGF"]
    rc, out, err = t.run("acronyms", "--min-confidence", "1.5", p)
    assert rc == 2 and "caucus acronyms:" in err and out == ""


def test_acronyms_negatives(t):
    text = "The proposal (see above) of 2013 (2013) was read (in French). (Applause)\n"
    p = t.write("d.txt", text)
    assert _acr(t.jsonl("acronyms", "--no-undefined", p)[0]) == []


def test_acronyms_jsonl_passthrough_and_replace(t):
    lines = [
        {"id": "x", "text": "The Regional Internet Registries (RIRs) met.", "extra": {"k": [1, 2]},
         "acronyms": [{"short": "OLD", "long": None, "span": [0, 3], "confidence": 0.1}]},
        {"id": "y", "text": "No acronyms here."},
    ]
    p = t.write("e.jsonl", "".join(json.dumps(l) + "\n" for l in lines))
    recs = t.jsonl("acronyms", p)
    assert [r["id"] for r in recs] == ["x", "y"]
    assert recs[0]["extra"] == {"k": [1, 2]}
    assert [a["short"] for a in recs[0]["acronyms"]] == ["RIRs"]
    assert recs[0]["acronyms"][0]["long"] == "Regional Internet Registries"
    assert recs[1]["acronyms"] == []


def test_acronyms_stdin_and_bad_record(t):
    inp = '{"id":"1","text":"The ITU."}\n{oops\n{"id":"3","text":"The EU."}\n'
    rc, out, err = t.run("acronyms", input=inp)
    assert rc == 2
    assert ":2:" in err
    recs = [json.loads(l) for l in out.splitlines()]
    assert [r["id"] for r in recs] == ["1", "3"]
    assert recs[1]["acronyms"][0]["short"] == "EU"


def test_acronyms_deterministic_with_jobs(t):
    docs = "".join(json.dumps({"id": str(i), "text": "The World Summit on the Information "
                               "Society (WSIS) and the ITU, doc %d." % i}) + "\n" for i in range(50))
    p = t.write("f.jsonl", docs)
    _, one, _ = t.run("acronyms", p, check_rc=0)
    _, two, _ = t.run("acronyms", "--jobs", "2", p, check_rc=0)
    assert one == two


def test_acronyms_help(t):
    rc, out, err = t.run("acronyms", "--help")
    assert rc == 0
    assert "--min-confidence" in out and "--undefined" in out


def test_acronyms_shared_corpus(t):
    """Real documents, when the shared corpus is present: every record valid,
    and a known body defined somewhere in the news directory."""
    if not t.has_shared():
        return
    news = os.path.join(t.shared, "news")
    if not os.path.isdir(news):
        return
    recs = t.jsonl("acronyms", "-r", news)
    assert recs
    shorts = {a["short"] for r in recs for a in r["acronyms"] if a.get("defined", True)}
    assert shorts & {"ITU", "ICANN", "IGF", "WCIT", "ITRs"}, sorted(shorts)[:50]
