"""caucus entities, dict and mentions: black-box tests on texts written for them."""
import json
import os

TEXT = ("The delegate of Iran praised RIPE NCC and the other Regional Internet Registries.\n"
        "Dr. Hamadoun Touré, Secretary-General of the ITU, spoke; the U.S. and Sweden objected,\n"
        "and the Russian\nFederation called for an intergovernmental body.\n")


def _ids(rec):
    return [(e["kind"], e["id"]) for e in rec["entities"]]


def test_entities_on_text_file(t):
    p = t.write("e1.txt", TEXT)
    recs = t.jsonl("entities", p)
    assert len(recs) == 1
    ids = _ids(recs[0])
    for want in [("government", "IRN"), ("body", "RIPE NCC"), ("government", "USA"),
                 ("government", "SWE"), ("government", "RUS")]:
        assert want in ids, (want, ids)
    # "Secretary-General of the ITU" is the ITU's Secretary-General, a body of the ITU family.
    assert any(k == "body" and i.startswith("ITU") for k, i in ids), ids
    text = recs[0]["text"].encode("utf-8")
    for e in recs[0]["entities"]:
        b, x = e["span"]
        assert text[b:x].decode("utf-8") == e["text"]
    people = [e for e in recs[0]["entities"] if e["kind"] == "person"]
    assert people and people[0]["role"] == "Secretary-General" and people[0]["org"] == "ITU"


def test_entities_pipeline_and_passthrough(t):
    line = json.dumps({"id": "d1", "text": "Brazil and the ITU", "extra": {"keep": [1, 2]}})
    recs = t.jsonl("entities", input=line + "\n")
    assert recs[0]["extra"] == {"keep": [1, 2]}
    assert ("government", "BRA") in _ids(recs[0])
    seg = t.run("segment", input=line + "\n", check_rc=0)[1]
    recs2 = t.jsonl("entities", input=seg)
    assert "sentences" in recs2[0] and _ids(recs2[0]) == _ids(recs[0])


def test_entities_kinds_and_user_dict(t):
    d = t.write("user.json", json.dumps({"kind": "body", "source": "test", "entries": [
        {"id": "XNIC", "name": "Example Network Information Centre", "aliases": ["XNIC"],
         "source": "test"}]}))
    recs = t.jsonl("entities", "--dict", d, "--kinds", "body", input='{"text":"XNIC and Brazil"}\n')
    assert _ids(recs[0]) == [("body", "XNIC")]
    rc, out, err = t.run("entities", "--kinds", "planet", input='{"text":"x"}\n')
    assert rc == 2 and "invalid value 'planet' for --kinds: expected government, body" in err, err
    rc, out, err = t.run("entities", "--kinds", "government,bodies", input='{"text":"x"}\n')
    assert rc == 2 and "did you mean 'body'?" in err, err


def test_entities_bad_user_dict_names_file_and_line(t):
    d = t.write("bad.json", '{"kind": "body",\n "entries": [\n {"id": "X", }]}')
    rc, out, err = t.run("entities", "--dict", d, input='{"text":"x"}\n')
    assert rc == 2 and f"{d}:3" in err, err


def test_entities_jobs_identical_output(t):
    lines = "".join(json.dumps({"id": str(i), "text": TEXT * (i % 5 + 1)}) + "\n" for i in range(300))
    p = t.write("many.jsonl", lines)
    rc1, out1, _ = t.run("entities", "--jobs", "1", p, check_rc=0)
    rc2, out2, _ = t.run("entities", "--jobs", "2", p, check_rc=0)
    assert out1 == out2 and out1.count("\n") == 300


def test_entities_bad_records_reported_in_order(t):
    lines = ['{"id":"a","text":"Brazil"}', '{"id":"b"}', '{"id":"c","text":"\\ud800"}',
             '{"id":"d","text":"Chile"}']
    p = t.write("bad.jsonl", "\n".join(lines) + "\n")
    rc, out, err = t.run("entities", p)
    assert rc == 2
    assert f"caucus entities: {p}:2: record has no \"text\" field" in err, err
    assert f"{p}:3:" in err
    assert "2 records skipped" in err
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["a", "d"]


def test_dict_validate_lookup_export(t):
    rc, out, err = t.run("dict", "validate")
    assert rc == 0, err
    rec = [json.loads(x) for x in t.run("dict", "lookup", "Russian Federation", check_rc=0)[1].splitlines()]
    assert rec[0]["id"] == "RUS"
    phrases = t.run("dict", "export", "--phrases", check_rc=0)[1].splitlines()
    assert "Russian Federation" in phrases and "RIPE NCC" in phrases and len(phrases) > 2000
    bad = t.write("dup.json", '{"kind":"body","entries":[\n{"id":"ITU","name":"Dup","source":"t"}]}')
    rc, out, err = t.run("dict", "validate", bad)
    assert rc == 1 and f"{bad}:2: duplicate id \"ITU\"" in err, err


def test_dict_validate_checks_cue_lexicons(t):
    # The cue lexicon (the criticism frames of #13 included) is validated too.
    good = t.write("cues.json", json.dumps({"kind": "cue", "entries": [], "cues": [
        {"cue": "shell", "pos": "verb", "polarity": "oppose", "act": "accuse",
         "frame": "wrongdoing"}]}))
    rc, out, err = t.run("dict", "validate", good)
    assert rc == 0, err
    for cue, msg in [
        ({"cue": "shell", "pos": "verb", "polarity": "oppose", "frame": "blame"},
         "\"frame\" must be evaluation, wrongdoing or stop"),
        ({"cue": "shell", "pos": "verb", "polarity": "support", "frame": "wrongdoing"},
         "a \"frame\" cue must have polarity oppose"),
        ({"cue": "shelling", "pos": "noun", "polarity": "oppose", "frame": "wrongdoing",
          "of_agent": True}, "\"of_agent\", \"needs_agent\" and \"discourse\" need"),
        ({"cue": "implement", "pos": "verb", "polarity": "oppose", "frame": "evaluation",
          "when_negated": True}, "\"when_negated\" needs \"frame\": \"wrongdoing\""),
    ]:
        bad = t.write("badcues.json", json.dumps({"kind": "cue", "entries": [], "cues": [cue]}))
        rc, out, err = t.run("dict", "validate", bad)
        assert rc == 1 and bad in err and "cues[0]" in err and msg in err, err


def test_mentions_formats(t):
    p = t.write("m.txt", "Brazil spoke first.\nIran and Sweden replied.\n")
    rows = t.run("mentions", p, check_rc=0)[1].splitlines()
    recs = [json.loads(r) for r in rows]
    assert [r["id"] for r in recs][:1] == ["BRA"]
    swe = [r for r in recs if r["id"] == "SWE"][0]
    assert swe["line"] == 2 and swe["column"] == 10 and swe["sentence"] == 1, swe
    tsv = t.run("mentions", "--format", "tsv", p, check_rc=0)[1].splitlines()
    assert tsv[0].split("\t")[:3] == ["doc", "kind", "id"] and len(tsv) == len(rows) + 1
    csv_out = t.run("mentions", "--format", "csv", p, check_rc=0)[1]
    import csv
    import io
    parsed = list(csv.DictReader(io.StringIO(csv_out)))
    assert [r["id"] for r in parsed] == [r["id"] for r in recs]


def test_entities_sectors_and_countries(t):
    text = "Google, NASSCOM and the ITU met the Department of Commerce; Brazil spoke.\n"
    recs = t.jsonl("entities", input=json.dumps({"text": text}) + "\n")
    by_id = {e["id"]: e for e in recs[0]["entities"]}
    assert by_id["Google"]["sector"] == "private-sector"
    assert by_id["NASSCOM"]["sector"] == "private-sector" and by_id["NASSCOM"]["country"] == "IND"
    assert by_id["ITU"]["sector"] == "intergovernmental"
    doc = by_id["US Department of Commerce"]
    assert doc["sector"] == "government" and doc["country"] == "USA", doc
    assert "sector" not in by_id["BRA"]
    recs = t.jsonl("entities", "--sectors", "intergovernmental,government",
                   input=json.dumps({"text": text}) + "\n")
    assert [e["id"] for e in recs[0]["entities"]] == ["ITU", "US Department of Commerce", "BRA"]
    rc, out, err = t.run("entities", "--sectors", "industry", input='{"text":"x"}\n')
    assert rc == 2 and "invalid value 'industry' for --sectors" in err, err


def test_read_moves_the_header_into_meta_and_entities_skip_it(t):
    p = t.write("h.txt", "# Title: CNN reports on the ITU\n# Date: 2012-12-14 (updated 2012-12-17)\n"
                         "# Author/org: Reporter (CNN)\n# ---\nThe ITU met in Dubai.\n")
    rec = t.jsonl("read", p)[0]
    body = rec["text"].index("The ITU")
    assert rec["meta"]["header"] == [0, body]
    assert rec["meta"]["title"] == "CNN reports on the ITU"
    assert rec["meta"]["date"] == "2012-12-14"
    assert rec["meta"]["author"] == "Reporter (CNN)"
    ents = t.jsonl("entities", p)[0]["entities"]
    assert [(e["id"], e["span"][0]) for e in ents] == [("ITU", body + 4)], ents
    # The text is unchanged: spans still index the file's bytes.
    assert rec["text"].startswith("# Title:")


def test_entities_forms_back_reference_variant_people_nested(t):
    text = ("The World Summit on the Information Society opened in Tunis. The Summit agreed. "
            "The Internet Corporation for Assigned Numbers and Names objected. "
            "500 million Chinese are online. The ITU Council met.\n")
    ents = t.jsonl("entities", input=json.dumps({"text": text}) + "\n")[0]["entities"]
    got = [(e["text"], e["kind"], e["id"], e.get("form"), e.get("score", 1)) for e in ents]
    assert ("Summit", "body", "WSIS", "back-reference", 0.8) in got, got
    assert ("Internet Corporation for Assigned Numbers and Names", "body", "ICANN", "variant", 0.7) in got
    assert ("Chinese", "group", "people-CHN", "people", 1) in got
    assert ("ITU", "body", "ITU", "nested", 1) in got and ("ITU Council", "body", "ITU Council", "name", 1) in got
    people = [e for e in ents if e["id"] == "people-CHN"][0]
    assert people["country"] == "CHN"
    # The date picks between dated entries that share a name.
    rec = {"text": "the resumed PrepCom-3 session", "meta": {"date": "2005-11-13"}}
    ents = t.jsonl("entities", input=json.dumps(rec) + "\n")[0]["entities"]
    assert [e["id"] for e in ents] == ["wsis-tunis-prepcom-3"], ents


def test_country_suites(t):
    """The UN names of the member and observer states in six languages (the
    project's table), and, when ../shared/corpus has them, the country_converter
    and mledoze variants (read here only, never copied): no wrong id in the UN
    table, and floors for the others."""
    import subprocess
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    score = os.path.join(here, "..", "gold", "score_countries.py")
    out = subprocess.run([sys.executable, score, "--caucus", t.caucus, "--json"],
                         stdout=subprocess.PIPE, check=True).stdout.decode()
    res = {r["suite"]: r for r in map(json.loads, (l for l in out.splitlines() if l.startswith("{")))}
    un = res["un"]
    assert un["wrong"] == 0 and un["right"] == un["total"], un
    if "cc" in res:
        assert res["cc"]["right"] >= 197 and res["cc"]["wrong"] <= 9, res["cc"]
    if "mledoze" in res:
        assert res["mledoze"]["right"] >= 1340 and res["mledoze"]["wrong"] <= 2, res["mledoze"]


def test_body_dev_gold(t):
    """Body mentions of five corpus documents (tests/gold/bodies-dev.jsonl):
    a floor on F1 over the intergovernmental, government and
    technical-community bodies."""
    import subprocess
    import sys
    if not t.has_shared():
        return "skip"
    here = os.path.dirname(os.path.abspath(__file__))
    score = os.path.join(here, "..", "gold", "score_bodies.py")
    out = subprocess.run([sys.executable, score, "--caucus", t.caucus, "--json"],
                         stdout=subprocess.PIPE, check=True).stdout.decode()
    r = json.loads(out)
    assert r["f1"] >= 0.90, r


# Topic phrases that UN speeches use (#13), written here as sentences of our own.
TOPIC_CASES = [
    ("Brazil proposed a multilateral civil framework for the governance and use of the Internet.",
     "intergovernmental-control"),
    ("They want multilateral mechanisms for the worldwide web.", "intergovernmental-control"),
    ("We see no role for the ITU in Internet governance.", "itu-role-in-internet-governance"),
    ("We back an open, secure and reliable Internet.", "openness-transparency"),
    ("They promote an open, secure and accessible cyberspace.", "openness-transparency"),
    ("The gap between the digital haves and have-nots grew.", "digital-divide"),
    ("We condemn the illegal interception of our communications.", "surveillance"),
    ("Japan co-leads the joint statement initiative on electronic commerce.", "digital-trade"),
    ("Estonia shares its e-governance experience.", "ict4d"),
    ("They back the empowerment of women in the labour market.", "gender"),
]


def test_topic_aliases_from_speeches(t):
    lines = "".join(json.dumps({"id": f"s{i}", "text": text}) + "\n"
                    for i, (text, _) in enumerate(TOPIC_CASES))
    recs = t.jsonl("entities", input=lines)
    for rec, (text, topic) in zip(recs, TOPIC_CASES):
        topics = [e["id"] for e in rec["entities"] if e["kind"] == "topic"]
        assert topics == [topic], (text, topics)
