"""caucus check: rules, output formats, fingerprints, baselines, exit codes."""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SARIF_DIR = os.path.join(HERE, "..", "sarif")


def _data(t, name):
    return os.path.join(t.data, "check", name)


def _findings(t, *args, rc=None, input=None):
    code, out, err = t.run("check", "--format", "jsonl", *args, input=input)
    if rc is not None:
        assert code == rc, f"exit {code}, want {rc}\n{err}"
    return [json.loads(line) for line in out.splitlines() if line.strip()], err


def _validator():
    spec = importlib.util.spec_from_file_location("validate", os.path.join(SARIF_DIR, "validate.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(os.path.join(SARIF_DIR, "sarif-2.1.0.json")) as f:
        return mod, json.load(f)


def test_check_text_rules(t):
    found, _ = _findings(t, "--rules", _data(t, "rules.json"), _data(t, "sample.md"), rc=1)
    got = [(f["rule"], f["line"], f["column"], f["match"]) for f in found]
    assert ("multistakeholder", 3, 5, "multi-stakeholder") in got, got
    assert ("itu-t-study-group", 6, 4, "itu-t study group") in got, got
    assert ("no-takeover", 6, 45, "Internet kill switch") in got, got
    assert ("igf-at-most-3", 7, 50, "IGF") in got, got
    acr = sorted(f["match"] for f in found if f["rule"] == "acronym-defined")
    assert acr == ["IGF", "WSIS"], acr  # CSTD is defined; MAG/XYZ/ABC/QQQ are in code or links
    for f in found:
        assert f["file"].endswith("sample.md")
        assert len(f["fingerprint"]) == 16
        assert f["severity"] in ("error", "warning", "suggestion")


def test_check_entity_and_stance_rules_from_layers(t):
    found, _ = _findings(t, "--rules", _data(t, "entity-rules.json"), _data(t, "layered.jsonl"),
                         rc=1)
    got = [(f["rule"], f["line"], f["match"]) for f in found]
    assert got == [("russian-federation", 3, "Russia"),
                   ("summary-consistent", 7, "RUS opposes intergovernmental-control"),
                   ("no-wcit", 7, "WCIT-12")], got
    assert found[0]["file"] == "memos/memo-1.md"  # meta.path
    assert "summary (line 3) says RUS supports" in found[1]["message"]


def test_check_human_format_and_fail_on(t):
    rules = _data(t, "rules.json")
    p = t.write("human.txt", "A multi-stakeholder model.\n")
    rc, out, err = t.run("check", "--rules", rules, p)
    assert rc == 0, err  # a warning does not fail by default (--fail-on error)
    assert out == f"{p}:1:3: warning: Use \"multistakeholder\" instead of \"multi-stakeholder\" " \
                  "[multistakeholder]\n", out
    assert "1 finding" in err
    assert t.run("check", "--rules", rules, "--fail-on", "warning", p)[0] == 1
    assert t.run("check", "--rules", rules, "--fail-on", "suggestion", p)[0] == 1
    q = t.write("human2.txt", "The Internet kill switch.\n")
    assert t.run("check", "--rules", rules, q)[0] == 1
    assert t.run("check", "--rules", rules, "--fail-on", "none", q)[0] == 0
    clean = t.write("clean.txt", "Nothing to see.\n")
    rc, out, err = t.run("check", "--rules", rules, clean)
    assert (rc, out) == (0, "")
    rc, out, _ = t.run("check", "--rules", rules, "--color", "always", p)
    assert "\x1b[1;33mwarning" in out


def test_check_human_output_strips_control_sequences(t):
    rules = t.write("ctl-rules.json", json.dumps({"rules": [
        {"id": "evil", "type": "existence", "patterns": ["BAD[^.]*"]}]}))
    p = t.write("ctl.txt", "BAD \x1b]0;pwned\x07title \x1b[2J clear.\n")
    rc, out, _ = t.run("check", "--rules", rules, "--color", "never", p)
    assert rc == 0
    assert "\x1b" not in out and "\x07" not in out, repr(out)
    assert "BAD" in out
    rc, out, _ = t.run("check", "--rules", rules, "--format", "github", p)
    assert "\x1b" not in out, repr(out)


def test_check_sarif_validates(t):
    mod, schema = _validator()
    rc, out, err = t.run("check", "--rules", _data(t, "rules.json"), "--format", "sarif",
                         _data(t, "sample.md"), _data(t, "layered.jsonl"))
    assert rc == 1, err
    log = json.loads(out)
    problems = list(mod.errors(log, schema))
    assert not problems, problems[:10]
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "caucus" and driver["version"]
    ids = [r["id"] for r in driver["rules"]]
    assert ids == ["multistakeholder", "itu-t-study-group", "no-takeover", "igf-at-most-3",
                   "acronym-defined"]
    assert all(r["shortDescription"]["text"] for r in driver["rules"])
    assert run["columnKind"] == "unicodeCodePoints"
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["no-takeover"] == "error" and levels["igf-at-most-3"] == "note"
    for r in run["results"]:
        assert ids[r["ruleIndex"]] == r["ruleId"]
        assert r["message"]["text"]
        region = r["locations"][0]["physicalLocation"]["region"]
        for k in ("startLine", "startColumn", "endLine", "endColumn", "byteOffset", "byteLength"):
            assert isinstance(region[k], int), k
        assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert len(r["partialFingerprints"]["caucusFingerprint/v1"]) == 16
    # No findings is still one valid log with an empty result list.
    clean = t.write("sarif-clean.txt", "Nothing.\n")
    rc, out, _ = t.run("check", "--rules", _data(t, "rules.json"), "--format", "sarif", clean)
    log = json.loads(out)
    assert rc == 0 and log["runs"][0]["results"] == []
    assert not list(mod.errors(log, schema))
    # The validator does catch a broken log.
    log["runs"][0]["results"] = [{"ruleId": "x", "level": "fatal", "message": {"text": "m"}}]
    assert list(mod.errors(log, schema))


def test_check_github_annotations(t):
    rules = t.write("gh-rules.json", json.dumps({"rules": [
        {"id": "pct", "type": "existence", "tokens": ["100%"], "severity": "error",
         "message": "\"{match}\": say it plainly,\nplease"}]}))
    p = t.write("dir,with:odd/file.txt", "We are 100% sure.\n")
    rc, out, _ = t.run("check", "--rules", rules, "--format", "github", p)
    assert rc == 1
    prop = p.replace("%", "%25").replace(":", "%3A").replace(",", "%2C")
    assert out == f"::error file={prop},line=1,endLine=1,col=8,endColumn=12,title=pct::" \
                  "\"100%25\": say it plainly,%0Aplease [pct]\n", out


def test_check_fingerprint_survives_line_inserted_above(t):
    rules = _data(t, "rules.json")
    body = "The multi-stakeholder model.\nThe Internet kill switch.\n"
    p = t.write("fp/doc.txt", body)
    before, _ = _findings(t, "--rules", rules, p)
    t.write("fp/doc.txt", "A new opening line.\n\nAnd another one.\n" + body)
    after, _ = _findings(t, "--rules", rules, p)
    assert [f["fingerprint"] for f in before] == [f["fingerprint"] for f in after]
    assert [f["line"] + 3 for f in before] == [f["line"] for f in after]


def test_check_baseline(t):
    rules = _data(t, "rules.json")
    p = t.write("bl/doc.txt", "The Internet kill switch.\n")
    base = os.path.join(t.tmp, "bl", "baseline.jsonl")
    rc, out, _ = t.run("check", "--rules", rules, "--write-baseline", base, p)
    assert rc == 1 and "kill switch" in out
    with open(base) as f:
        assert len(f.read().splitlines()) == 1
    rc, out, err = t.run("check", "--rules", rules, "--baseline", base, p)
    assert (rc, out) == (0, ""), (rc, out, err)
    assert "1 in the baseline" in err
    # A new finding fails; the known one stays quiet.
    t.write("bl/doc.txt", "Intro.\nThe Internet kill switch.\nAn internet kill switch again.\n")
    rc, out, _ = t.run("check", "--rules", rules, "--baseline", base, p)
    assert rc == 1
    assert out.count("\n") == 1 and ":3:4:" in out, out
    # A SARIF run works as a baseline too.
    sarif = os.path.join(t.tmp, "bl", "baseline.sarif")
    with open(sarif, "w") as f:
        f.write(t.run("check", "--rules", rules, "--format", "sarif", p)[1])
    assert t.run("check", "--rules", rules, "--baseline", sarif, p)[0] == 0
    bad = t.write("bl/bad.jsonl", "{nope\n")
    rc, _, err = t.run("check", "--rules", rules, "--baseline", bad, p)
    assert rc == 2 and f"{bad}:1:" in err


def test_check_bad_rules_file(t):
    bad = t.write("bad-rules.json", '{\n  "rules": [\n    {"id": "x", "type": "existence",\n'
                                    '     "patterns": ["(open"]}\n  ]\n}\n')
    p = t.write("br.txt", "text\n")
    rc, out, err = t.run("check", "--rules", bad, p)
    assert rc == 2 and out == ""
    assert f"caucus check: {bad}:4: rule \"x\": bad pattern" in err, err
    syntax = t.write("bad-syntax.json", '{\n  "rules": [\n    {"id": "x",}\n  ]\n}\n')
    rc, _, err = t.run("check", "--rules", syntax, p)
    assert rc == 2 and f"{syntax}:3: invalid JSON" in err, err
    rc, _, err = t.run("check", "--rules", "/nonexistent/rules.json", p)
    assert rc == 2 and "/nonexistent/rules.json: no rules file" in err, err
    for pointer in ("--rules", "caucus check --init", "docs/CHECK.md"):
        assert pointer in err, (pointer, err)
    rc, _, err = t.run("check", "--rules", _data(t, "rules.json"), "--format", "xml", p)
    assert rc == 2 and "invalid value 'xml' for --format" in err, err


def test_check_errors_take_precedence(t):
    rules = _data(t, "rules.json")
    p = t.write("prec.txt", "The Internet kill switch.\n")
    rc, out, err = t.run("check", "--rules", rules, "/nonexistent/doc.txt", p)
    assert rc == 2, err  # findings (1) and a bad input (2): the error wins
    assert "kill switch" in out and "/nonexistent/doc.txt" in err


def test_check_directory_and_stdin(t):
    rules = _data(t, "rules.json")
    t.write("tree/a.md", "multi-stakeholder\n")
    t.write("tree/sub/b.txt", "multi stakeholder\n")
    found, _ = _findings(t, "--rules", rules, "-r", os.path.join(t.tmp, "tree"))
    assert [os.path.basename(f["file"]) for f in found] == ["a.md", "b.txt"]
    found, _ = _findings(t, "--rules", rules, input="the multi-stakeholder way\n")
    assert len(found) == 1 and found[0]["column"] == 5


def test_check_shared_corpus(t):
    if not t.has_shared():
        return "skip"
    news = os.path.join(t.shared, "news")
    rules = t.write("corpus-rules.json", json.dumps({"version": 1, "rules": [
        {"id": "russian-federation", "type": "entity-form", "require": {"RUS": "Russian Federation"}},
        {"id": "multistakeholder", "type": "substitution",
         "swap": {"multi-stakeholder": "multistakeholder"}}]}))
    rc, out, err = t.run("check", "--rules", rules, "--format", "jsonl", "-r", news)
    assert rc in (0, 1), err
    found = [json.loads(line) for line in out.splitlines()]
    assert any(f["rule"] == "russian-federation" and f["match"] == "Russia" for f in found)
    for f in found:
        with open(f["file"], "rb") as fh:
            data = fh.read()
        if f["match"] and data.startswith(b"\xef\xbb\xbf") is False:
            got = data[f["span"][0]:f["span"][1]].decode("utf-8", "replace")
            assert " ".join(got.split()) == f["match"], (f, got)


def test_check_acronyms_in_typographic_quotes_and_dashes(t):
    # check reads words as word_reader.h does: curly quotes and dashes are
    # no word characters (the acronym stands alone), other non-ASCII letters
    # are ("ÉTATS" is no acronym "TATS").
    rules = t.write("acr-rules.json", json.dumps(
        {"version": 1, "rules": [{"id": "acr", "type": "acronym"}]}))
    doc = t.write("acr.md", "Members of \u201cWXYZ\u201d met.\n\n"
                            "The QRST\u2014a new group\u2014spoke and so did"
                            " \u2018KLMN\u2019 and the ÉTATS group.\n")
    found, _ = _findings(t, "--rules", rules, "--fail-on", "none", doc, rc=0)
    got = sorted((f["line"], f["match"]) for f in found)
    assert got == [(1, "WXYZ"), (3, "KLMN"), (3, "QRST")], got


def test_check_token_word_boundaries_are_re2s(t):
    # Tokens keep RE2's \b (ASCII letters, digits, '_'), as their rule's
    # patterns do: docs/CHECK.md.
    rules = t.write("tok-rules.json", json.dumps({"version": 1, "rules": [
        {"id": "itu", "type": "existence", "tokens": ["ITU"]},
        {"id": "te", "type": "existence", "tokens": ["te"]}]}))
    doc = t.write("tok.md", "The \u201cITU\u201d and ITU\u2014and ITU_T and C\u00f4te.\n")
    found, _ = _findings(t, "--rules", rules, "--fail-on", "none", doc, rc=0)
    got = [(f["rule"], f["column"]) for f in found]
    assert got == [("itu", 6), ("itu", 15), ("te", 35)], got
