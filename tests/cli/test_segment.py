"""caucus segment: paragraphs, sentences, tokens; spans and pass-through."""
import json


def _texts(rec, layer):
    b = rec["text"].encode("utf-8")
    out = []
    for item in rec[layer]:
        span = item["span"] if isinstance(item, dict) else item
        out.append(b[span[0]:span[1]].decode("utf-8"))
    return out


def test_segment_text_file(t):
    text = ("Dr. Hamadoun Touré, Secretary-General of the ITU, spoke. The U.S. delegation objected.\n"
            "The EU agreed.\n\nSee No. 5 of the report. Some states, e.g. Brazil, agreed\n")
    p = t.write("s.txt", text)
    recs = t.jsonl("segment", p)
    assert len(recs) == 1
    r = recs[0]
    assert _texts(r, "sentences") == [
        "Dr. Hamadoun Touré, Secretary-General of the ITU, spoke.",
        "The U.S. delegation objected.",
        "The EU agreed.",
        "See No. 5 of the report.",
        "Some states, e.g. Brazil, agreed",
    ]
    assert [s["paragraph"] for s in r["sentences"]] == [0, 0, 0, 1, 1]
    assert _texts(r, "paragraphs") == [
        "Dr. Hamadoun Touré, Secretary-General of the ITU, spoke. The U.S. delegation objected.\n"
        "The EU agreed.",
        "See No. 5 of the report. Some states, e.g. Brazil, agreed",
    ]
    # Byte offsets, not code points: "é" is two bytes.
    assert r["sentences"][1]["span"][0] == len("Dr. Hamadoun Touré, Secretary-General of the ITU, spoke. ".encode())
    assert "tokens" not in r
    assert r["meta"]["path"] == p


def test_segment_passes_unknown_fields_through(t):
    line = json.dumps({"id": "x1", "text": "Russia objected. China agreed.",
                       "custom": {"a": [1, 2, {"b": None}]}, "meta": {"source": "test"},
                       "sentences": [{"span": [0, 3], "paragraph": 0}]}, ensure_ascii=False)
    recs = t.jsonl("segment", input=line + "\n")
    r = recs[0]
    assert r["custom"] == {"a": [1, 2, {"b": None}]}
    assert r["meta"] == {"source": "test"}
    assert r["id"] == "x1"
    # An old sentences layer is replaced, not duplicated.
    assert _texts(r, "sentences") == ["Russia objected.", "China agreed."]
    keys = list(r.keys())
    assert keys[:4] == ["id", "text", "custom", "meta"], keys


def test_segment_tokens(t):
    recs = t.jsonl("segment", "--tokens", input='{"id":"t","text":"The ITU’s WTPF-13 met, in Genève."}\n')
    r = recs[0]
    assert _texts(r, "tokens") == ["The", "ITU’s", "WTPF", "-", "13", "met", ",", "in", "Genève", "."]
    assert all(isinstance(tok, list) and len(tok) == 2 for tok in r["tokens"])


def test_segment_crlf_and_headers(t):
    text = "# Title: WTPF outcome\r\n# Date: 2013-05\r\nGovernments divided\r\nThe forum split over the text of the opinions, and many states objected.\r\n"
    p = t.write("crlf.txt", text.encode(), "wb")
    r = t.jsonl("segment", p)[0]
    assert _texts(r, "sentences") == ["# Title: WTPF outcome", "# Date: 2013-05", "Governments divided",
                                      "The forum split over the text of the opinions, and many states objected."]


def test_segment_jobs_same_output(t):
    lines = "".join(json.dumps({"id": str(i), "text": f"Item {i}. Mr. Smith spoke in the U.S. Senate. It ended."}) + "\n"
                    for i in range(300))
    p = t.write("many.jsonl", lines)
    rc1, out1, _ = t.run("segment", p, check_rc=0)
    rc2, out2, _ = t.run("segment", "--jobs", "2", p, check_rc=0)
    assert out1 == out2
    r = json.loads(out1.splitlines()[7])
    assert _texts(r, "sentences") == ["Item 7.", "Mr. Smith spoke in the U.S. Senate.", "It ended."]


def test_segment_bad_record_reported(t):
    p = t.write("bad.jsonl", '{"id":"a","text":"A."}\n{"id":"b"}\n{"id":"c","text":"C."}\n')
    rc, out, err = t.run("segment", p)
    assert rc == 2
    assert f"caucus segment: {p}:2:" in err
    assert [json.loads(l)["id"] for l in out.splitlines()] == ["a", "c"]


def test_segment_shared_corpus(t):
    if not t.has_shared():
        return "skip"
    import os
    p = os.path.join(t.shared, "seed", "wtpf-2013-cdt.txt")
    if not os.path.exists(p):
        return "skip"
    r = t.jsonl("segment", p)[0]
    sents = _texts(r, "sentences")
    assert len(sents) > 10
    assert all(s == s.strip() and s for s in sents)
