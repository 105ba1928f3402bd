"""caucus stats: counts, --by, TSV, and the partial/merge property."""
import json
import os


def _ent(text, kind, id_, name, doc):
    b = doc.encode("utf-8").index(text.encode("utf-8"))
    return {"span": [b, b + len(text.encode("utf-8"))], "text": text, "kind": kind, "id": id_,
            "name": name}


def _stance(doc, actor, kind, polarity, topic, evidence):
    b = doc.encode("utf-8").index(evidence.encode("utf-8"))
    e = b + len(evidence.encode("utf-8"))
    return {"actor": {"id": actor, "kind": kind, "text": actor, "span": [b, e]},
            "polarity": polarity, "act": "support", "target": {"text": topic, "topic": topic,
                                                              "span": [b, e]},
            "span": [b, e], "sentence": 0, "modality": "asserted", "score": 1.0}


def corpus(n=23):
    """n hand-written documents with entities and stances layers."""
    recs = []
    govs = [("Russia", "RUS"), ("Brazil", "BRA"), ("Sweden", "SWE"), ("India", "IND")]
    for i in range(n):
        g, gid = govs[i % len(govs)]
        h, hid = govs[(i * 3 + 1) % len(govs)]
        text = f"{g} spoke at the ITU on day {i}. {h} and the IGF disagreed about IPv6 ✓."
        ents = [_ent(g, "government", gid, g, text), _ent("ITU", "body", "ITU", "ITU", text),
                _ent("IGF", "body", "IGF", "Internet Governance Forum", text)]
        if h != g:
            ents.append(_ent(h, "government", hid, h, text))
        ents.sort(key=lambda e: e["span"])
        st = [_stance(text, gid, "government", ["support", "oppose", "neutral"][i % 3],
                      ["ipv6", "intergovernmental-control"][i % 2], f"{g} spoke")]
        recs.append({"id": f"doc-{i:02d}", "text": text, "entities": ents, "stances": st})
    return recs


def write_corpus(t, name="c.jsonl", n=23):
    recs = corpus(n)
    return t.write(name, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)), recs


def test_stats_counts(t):
    p, recs = write_corpus(t)
    rc, out, err = t.run("stats", p, check_rc=0)
    rows = [json.loads(l) for l in out.splitlines()]
    assert rows[0] == {"by": "corpus", "documents": 23,
                       "bytes": sum(len(r["text"].encode()) for r in recs),
                       "entities": sum(len(r["entities"]) for r in recs), "stances": 23}, rows[0]
    itu = [r for r in rows if r["by"] == "entity" and r["id"] == "ITU"][0]
    assert itu == {"by": "entity", "kind": "body", "id": "ITU", "name": "ITU", "mentions": 23,
                   "documents": 23}
    rus = [r for r in rows if r["by"] == "actor" and r["id"] == "RUS"][0]
    assert rus["stances"] == 6 and rus["support"] + rus["oppose"] + rus["neutral"] == 6
    docs = [r for r in rows if r["by"] == "document"]
    assert [d["id"] for d in docs] == sorted(r["id"] for r in recs)


def test_stats_by_and_tsv(t):
    p, _ = write_corpus(t)
    rc, out, err = t.run("stats", "--by", "kind", "--by", "polarity", "--format", "tsv", p,
                         check_rc=0)
    lines = out.splitlines()
    assert lines[0].split("\t")[:4] == ["by", "kind", "id", "name"]
    assert sorted({l.split("\t")[0] for l in lines[1:]}) == ["kind", "polarity"]
    assert all(len(l.split("\t")) == 14 for l in lines)
    rc, out, err = t.run("stats", "--by", "colour", p)
    assert rc == 2 and "unknown --by value 'colour'" in err


def _split(recs, cuts):
    return [recs[a:b] for a, b in zip(cuts, cuts[1:])]


def test_stats_merge_equals_single_run(t):
    p, recs = write_corpus(t)
    for fmt in ("jsonl", "tsv"):
        _, whole, _ = t.run("stats", "--format", fmt, p, check_rc=0)
        for k, cuts in enumerate([[0, 23], [0, 10, 23], [0, 1, 2, 3, 23], [0, 7, 14, 21, 23],
                                  [0, 0, 22, 23]]):
            parts = []
            for j, chunk in enumerate(_split(recs, cuts)):
                cp = t.write(f"split{k}/{j}.jsonl",
                             "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk))
                # An empty chunk is an input error; stdin with no documents is
                # the same as an empty partial, so feed it as an empty file.
                if not chunk:
                    parts.append(t.write(f"split{k}/{j}.part", ""))
                    continue
                _, part, _ = t.run("stats", "--partial", cp, check_rc=0)
                parts.append(t.write(f"split{k}/{j}.part", part))
            _, merged, _ = t.run("stats", "--merge", "--format", fmt, *reversed(parts), check_rc=0)
            assert merged == whole, (fmt, cuts)
            # Through stdin, concatenated, and via a merged partial (a combiner).
            cat = "".join(open(x).read() for x in parts)
            _, merged2, _ = t.run("stats", "--merge", "--format", fmt, input=cat, check_rc=0)
            assert merged2 == whole
            _, combined, _ = t.run("stats", "--merge", "--partial", input=cat, check_rc=0)
            _, merged3, _ = t.run("stats", "--merge", "--format", fmt, input=combined, check_rc=0)
            assert merged3 == whole


def test_stats_merge_reports_bad_lines(t):
    p, _ = write_corpus(t, n=3)
    _, part, _ = t.run("stats", "--partial", p, check_rc=0)
    bad = t.write("bad.part", part + "{not json\n" + '{"id":"x","text":"y"}\n')
    rc, out, err = t.run("stats", "--merge", bad)
    n = part.count("\n")
    assert rc == 2
    assert f"{bad}:{n + 1}: malformed JSON" in err, err
    assert f"{bad}:{n + 2}: not a stats partial" in err, err
    assert json.loads(out.splitlines()[0])["documents"] == 3
    rc, out, err = t.run("stats", "--merge", "/nonexistent/part")
    assert rc == 2 and "/nonexistent/part: cannot open" in err


def test_stats_bad_document_is_reported_and_counted_out(t):
    p, _ = write_corpus(t, n=2)
    text = open(p).read() + '{"id":"z","text":"x","entities":[{"span":[0,99],"kind":"body"}]}\n'
    p2 = t.write("bad.jsonl", text)
    rc, out, err = t.run("stats", "--by", "corpus", p2)
    assert rc == 2 and f"{p2}:3:" in err, err
    assert json.loads(out)["documents"] == 2


def test_stats_on_shared_corpus(t):
    if not t.has_shared():
        return "skip"
    news = os.path.join(t.shared, "news")
    rc, out, err = t.run("stats", "-r", "--by", "corpus,document", news, check_rc=0)
    rows = [json.loads(l) for l in out.splitlines()]
    assert rows[0]["by"] == "corpus" and rows[0]["documents"] == len(rows) - 1 > 5
