"""docs/: the record schema, the full example record, man pages, completions.

The schema is checked for what the small validator in cli_test.py can
enforce: it must be JSON, use only the keywords that validator interprets
(an unknown keyword would be silently ignored, so a typo would make the
schema weaker without anyone noticing), and every $ref must resolve.
"""
import copy
import json
import os


ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DOCS = os.path.join(ROOT, "docs")
KNOWN = {"$schema", "$id", "$defs", "$ref", "title", "description", "type", "required",
         "properties", "items", "enum", "minItems", "maxItems", "minimum", "maximum"}
KINDS = ["government", "body", "event", "instrument", "person", "group", "topic"]


def _schema(t):
    with open(t.schema_path, encoding="utf-8") as f:
        return json.load(f)


def _example():
    with open(os.path.join(DOCS, "example-record.json"), encoding="utf-8") as f:
        return json.load(f)


def _walk(node, path, root, seen):
    assert isinstance(node, dict), f"{path}: a schema must be an object"
    for k, v in node.items():
        assert k in KNOWN, f"{path}: keyword {k!r} is not interpreted by tests/cli_test.py"
        if k == "$ref":
            assert v.startswith("#/$defs/"), f"{path}: $ref {v!r} must point into #/$defs"
            assert v[len("#/$defs/"):] in root["$defs"], f"{path}: $ref {v!r} does not resolve"
        elif k in ("properties", "$defs"):
            for name, sub in v.items():
                _walk(sub, f"{path}.{k}.{name}", root, seen)
        elif k == "items":
            _walk(v, f"{path}.items", root, seen)


def _fails(t, rec):
    try:
        t.validate(rec)
    except AssertionError:
        return True
    return False


def test_schema_is_valid_and_uses_known_keywords(t):
    s = _schema(t)
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["type"] == "object" and set(s["required"]) >= {"id", "text"}
    _walk(s, "$", s, set())
    assert s["$defs"]["kind"]["enum"] == KINDS
    for layer in ("paragraphs", "sentences", "tokens", "entities", "acronyms", "turns", "stances"):
        assert layer in s["properties"], layer


def test_example_record_validates(t):
    rec = _example()
    t.validate(rec)
    # Every layer is shown, with its optional fields, so the example documents them all.
    for layer in ("meta", "paragraphs", "sentences", "tokens", "entities", "acronyms", "turns",
                  "stances"):
        assert rec.get(layer), f"example lacks {layer}"
    text = rec["text"].encode("utf-8")
    assert len(text) > len(rec["text"]), "the example must have non-ASCII text (byte spans)"
    for e in rec["entities"]:
        assert text[e["span"][0]:e["span"][1]].decode("utf-8") == e["text"], e
    for a in rec["acronyms"]:
        assert text[a["span"][0]:a["span"][1]].decode("utf-8") == a["short"], a
        if a["long"] is not None:
            assert text[a["long_span"][0]:a["long_span"][1]].decode("utf-8") == a["long"], a
    for s in rec["stances"]:
        for part in (s["actor"], s["target"]):
            assert text[part["span"][0]:part["span"][1]].decode("utf-8") == part["text"], part
        sent = rec["sentences"][s["sentence"]]["span"]
        assert sent[0] <= s["span"][0] <= s["span"][1] <= sent[1], s


def test_schema_rejects_broken_records(t):
    good = _example()
    broken = []
    r = copy.deepcopy(good); del r["text"]; broken.append(r)
    r = copy.deepcopy(good); r["entities"][0]["kind"] = "country"; broken.append(r)
    r = copy.deepcopy(good); r["stances"][0]["polarity"] = "favour"; broken.append(r)
    r = copy.deepcopy(good); r["stances"][0]["modality"] = "maybe"; broken.append(r)
    r = copy.deepcopy(good); r["sentences"][0]["span"] = [0, 1, 2]; broken.append(r)
    r = copy.deepcopy(good); r["tokens"][0] = [-1, 3]; broken.append(r)
    r = copy.deepcopy(good); r["entities"][0]["span"] = [0, 10 ** 6]; broken.append(r)
    r = copy.deepcopy(good); del r["acronyms"][0]["long"]; broken.append(r)
    r = copy.deepcopy(good); r["turns"][0]["span"] = "0-5"; broken.append(r)
    for i, rec in enumerate(broken):
        assert _fails(t, rec), f"broken record {i} validated"


def test_example_passes_through_read_byte_for_byte(t):
    line = json.dumps(_example(), ensure_ascii=False, separators=(",", ":")) + "\n"
    p = t.write("example.jsonl", line)
    rc, out, err = t.run("read", p, check_rc=0)
    assert out.encode("utf-8") == line.encode("utf-8"), (out[:300], line[:300])


def _validate_def(t, value, name):
    import cli_test  # the runner's validator, applied to one $defs entry
    root = _schema(t)
    cli_test._check(value, {"$ref": "#/$defs/" + name}, root, "$")


def test_mentions_rows_match_the_schema(t):
    rc, out, err = t.run("help")
    if "  mentions" not in out:
        return "skip"
    p = t.write("m.txt", "Iran and the ITU.\n\nCôte d’Ivoire spoke.\n")
    rc, out, err = t.run("mentions", p, check_rc=0)
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert rows, err
    for row in rows:
        _validate_def(t, row, "mention")
    text = open(p, encoding="utf-8").read().encode("utf-8")
    for row in rows:
        assert text[row["span"][0]:row["span"][1]].decode("utf-8") == row["text"], row
    t.write("tr.txt", ">> IRAN: We support this.\n>> CHAIR: Thank you.\n")
    rc, out, err = t.run("mentions", "--layer", "turns", os.path.join(t.tmp, "tr.txt"))
    if rc == 0:
        for line in out.splitlines():
            _validate_def(t, json.loads(line), "turn_mention")
