"""One CLI: the table view, did-you-mean, --version, one wording for bad
values, range checks, stance rows with their evidence text, and check's
starter file, messages, paths and SARIF baselines."""
import json
import os
import re
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def _validator():
    import importlib.util
    spec = importlib.util.spec_from_file_location("test_check", os.path.join(HERE, "test_check.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod._validator()

SPEECH = ("Our delegation thanks the Chair.\n\n"
          "The Russian Federation clearly called for a single intergovernmental body to "
          "manage the Internet. Sweden rejected the proposal for ITU control of the "
          "Internet.\n")
# Curly quotes and an accent before the stances: byte and character offsets differ.
ACCENTED = ("Côte d’Ivoire’s “statement” came first.\n\n"
            "The United States rejected the proposal for ITU control of the Internet.\n")


def _tools(t):
    rc, out, _ = t.run("help", check_rc=0)
    return [l.split()[0] for l in out.split("tools:\n", 1)[1].split("\n\n", 1)[0].splitlines()]


def test_every_tool_has_version(t):
    rc, want, _ = t.run("--version", check_rc=0)
    for tool in _tools(t):
        rc, out, err = t.run(tool, "--version")
        assert (rc, out) == (0, want), (tool, rc, out, err)


def test_did_you_mean_for_tools_options_and_values(t):
    rc, out, err = t.run("entitis")
    assert rc == 2 and "unknown tool 'entitis'; did you mean 'entities'?" in err, err
    rc, out, err = t.run("help", "stanses")
    assert rc == 2 and out == "" and "did you mean 'stances'?" in err, (rc, out, err)
    rc, out, err = t.run("help", "nosuch")
    assert rc == 2 and "unknown tool 'nosuch'" in err and "did you mean" not in err, err
    rc, out, err = t.run("entities", "--knids", "body", input="x\n")
    assert rc == 2 and "unknown option '--knids'; did you mean '--kinds'?" in err, err
    rc, out, err = t.run("mentions", "--format", "tsb", input="x\n")
    assert rc == 2 and "invalid value 'tsb' for --format: expected jsonl, tsv, csv; " \
                       "did you mean 'tsv'?" in err, err
    rc, out, err = t.run("dict", "list", "--kinds", "bodies")
    assert rc == 2 and out == "" and "did you mean 'body'?" in err, err
    rc, out, err = t.run("dict", "lsit")
    assert rc == 2 and "did you mean 'list'?" in err, err


def test_one_wording_for_bad_values(t):
    cases = [(["stats", "--format", "xml"], "--format"), (["check", "--format", "xml"], "--format"),
             (["matrix", "--format", "xml"], "--format"), (["graph", "--format", "xml"], "--format"),
             (["eval", "--gold", "g", "--format", "xml"], "--format"),
             (["mentions", "--layer", "xml"], "--layer"), (["check", "--fail-on", "xml"], "--fail-on"),
             (["entities", "--color", "xml"], "--color"), (["read", "--input-format", "xml"],
                                                           "--input-format")]
    for args, flag in cases:
        rc, out, err = t.run(*args, input="x\n")
        assert rc == 2, (args, err)
        assert re.search(r"^caucus \w+: invalid value 'xml' for %s: expected " % flag, err, re.M), \
            (args, err)


def test_ranges_are_validated(t):
    for args, msg in [(["stances", "--min-score", "2"], "invalid value '2' for --min-score: "
                       "expected a number from 0 to 1"),
                      (["matrix", "--min-score", "-0.5"], "for --min-score"),
                      (["acronyms", "--min-confidence", "1.5"], "for --min-confidence"),
                      (["stats", "--top=-1"], "invalid value '-1' for --top: expected 0 or more"),
                      (["report", "--actors=-3"], "for --actors"),
                      (["entities", "--jobs", "-2"], "for --jobs"),
                      (["entities", "--jobs", "many"], "invalid value 'many' for --jobs")]:
        rc, out, err = t.run(*args, input="x\n")
        assert rc == 2 and msg in err, (args, err)


def test_kinds_everywhere_with_the_old_spelling_kept(t):
    rc, new, _ = t.run("dict", "list", "--kinds", "event,instrument", check_rc=0)
    kinds = {json.loads(l)["kind"] for l in new.splitlines()}
    assert kinds == {"event", "instrument"}, kinds
    rc, old, _ = t.run("dict", "list", "--kind", "event,instrument", check_rc=0)
    assert old == new
    rc, out, err = t.run("dict", "--help", check_rc=0)
    assert "--kinds" in out and "--kind " not in out  # the old name is hidden


def test_turns_transcript_format_has_its_own_name(t):
    p = t.write("tt.txt", ">> IRAN: We support the proposal.\n>> CHAIR: Thank you.\n")
    _, new, _ = t.run("turns", "--transcript-format", "cart", p, check_rc=0)
    _, old, _ = t.run("turns", "--format", "cart", p, check_rc=0)  # the old spelling
    assert new == old and json.loads(new)["turns"]
    _, none, _ = t.run("turns", "--transcript-format", "none", p, check_rc=0)
    assert json.loads(none)["turns"] == []
    rc, out, err = t.run("turns", "--format", "table", p, check_rc=0)
    assert out.startswith(f"{p}:1:1: Iran → IRN  (government, delegate, 6 words)\n"), out


def test_entities_table_is_plain_when_piped(t):
    p = t.write("speech.txt", SPEECH)
    rc, out, err = t.run("entities", "--format", "table", p, check_rc=0)
    assert "\033" not in out
    lines = out.splitlines()
    assert f"{p}:3:5: government RUS  Russian Federation" in lines, out
    # Mentions of one sentence share one indented sentence line.
    i = lines.index(f"{p}:3:5: government RUS  Russian Federation")
    assert lines[i + 1].startswith(f"{p}:3:"), lines[i:i + 3]
    assert "    The Russian Federation clearly called for a single intergovernmental body to " \
           "manage the Internet." in lines, out
    rc, col, _ = t.run("entities", "--format", "table", "--color", "always", p, check_rc=0)
    assert "\033[1;31mRussian Federation\033[0m" in col, col
    assert re.sub(r"\033\[[0-9;]*m", "", col) == out
    env = dict(os.environ, NO_COLOR="1")
    rc, auto, _ = t.run("entities", "--format", "table", p, env=env, check_rc=0)
    assert auto == out


def test_stance_table_shows_actor_act_target_and_evidence(t):
    p = t.write("speech.txt", SPEECH)
    rc, out, err = t.run("stances", "--format", "table", p, check_rc=0)
    assert f"{p}:3:5: RUS → support/call-for → intergovernmental-control  (asserted, 1.00)" \
        in out, out
    assert f"{p}:3:99: SWE → oppose/reject → ITU  (asserted," in out, out
    assert "\n    The Russian Federation clearly called for a single intergovernmental body" in out
    rc, col, _ = t.run("stances", "--format", "table", "--color", "always", p, check_rc=0)
    assert "\033[1;36mRussian Federation\033[0m" in col  # the actor
    assert "\033[1;32msupport\033[0m" in col


def test_table_strips_control_sequences_from_document_text(t):
    nasty = ("The ITU \033]0;pwned\007met \033[2J\033[31mRussia\033[0m in "
             "Geneva\u202e today.\x08\n")
    p = t.write("nasty.txt", nasty)
    for tool in ("entities", "stances"):
        rc, out, err = t.run(tool, "--format", "table", "--color", "never", p)
        assert rc == 0, err
        assert "\033" not in out and "\007" not in out and "\u202e" not in out and "\x08" not in out
    rc, out, _ = t.run("entities", "--format", "table", p, check_rc=0)
    assert "    The ITU met Russia in Geneva today.?" in out, out


def test_mentions_stance_rows_carry_the_evidence_text(t):
    p = t.write("accent.txt", ACCENTED)
    rc, out, err = t.run("mentions", "--layer", "stances", p, check_rc=0)
    rows = [json.loads(l) for l in out.splitlines()]
    assert rows, err
    text = ACCENTED.encode("utf-8")
    r = rows[0]
    assert (r["actor"], r["polarity"], r["act"], r["line"], r["column"]) == \
        ("USA", "oppose", "reject", 3, 5), r
    assert r["evidence"] == text[r["span"][0]:r["span"][1]].decode("utf-8")
    assert r["evidence"].startswith("United States rejected"), r
    # The trap this avoids: jq's string slice counts code points, not bytes.
    chars = ACCENTED[r["span"][0]:r["span"][1]]
    assert chars != r["evidence"]
    import cli_test
    with open(t.schema_path) as f:
        root = json.load(f)
    for row in rows:
        cli_test._check(row, {"$ref": "#/$defs/stance_mention"}, root, "$")
    rc, tsv, _ = t.run("mentions", "--layer", "stances", "--format", "tsv", p, check_rc=0)
    header = tsv.splitlines()[0].split("\t")
    for col in ("actor", "polarity", "act", "target", "topic", "modality", "line", "column",
                "evidence"):
        assert col in header, header
    row = dict(zip(header, tsv.splitlines()[1].split("\t")))
    assert row["evidence"] == r["evidence"] and row["line"] == "3"
    rc, csv, _ = t.run("mentions", "--layer", "stances", "--format", "csv", p, check_rc=0)
    assert csv.splitlines()[0] == ",".join(header)


def test_jq_gets_evidence_and_sentence_text(t):
    if not shutil.which("jq"):
        return "skip"
    p = t.write("accent.txt", ACCENTED)
    m = subprocess.run(f"{t.caucus} mentions --sentence-text {p} | "
                       "jq -r 'select(.id == \"ITU\") | .sentence_text'",
                       shell=True, stdout=subprocess.PIPE, check=True).stdout.decode()
    assert m == "The United States rejected the proposal for ITU control of the Internet.\n", m
    s = subprocess.run(f"{t.caucus} mentions --layer stances {p} | jq -r '.evidence'",
                       shell=True, stdout=subprocess.PIPE, check=True).stdout.decode()
    assert s.startswith("United States rejected"), s


def test_json_lines_on_a_terminal_get_a_hint_only_there(t):
    p = t.write("speech.txt", SPEECH)
    rc, out, err = t.run("entities", p, check_rc=0)
    assert "--format table" not in err  # stdout is a pipe here


def test_turns_summary_counts_every_turn_once(t):
    p = t.write("sum.txt", ">> IRAN: We support.\n>> CHAIR: Thank you.\n>> NOBODYLAND: Hm.\n")
    rc, out, err = t.run("turns", "--summary", p, check_rc=0)
    assert "caucus turns: 1 document (cart 1), 3 turns: 1 speaker resolved, 1 unresolved, " \
           "1 chair, moderator or other role" in err, err


# ---- check ------------------------------------------------------------------

def test_check_init_writes_a_starter_that_runs(t):
    d = os.path.join(t.tmp, "init")
    os.makedirs(d, exist_ok=True)
    env = dict(os.environ)
    p = subprocess.run([t.caucus, "check", "--init"], cwd=d, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    assert p.returncode == 0, p.stderr
    rules = json.load(open(os.path.join(d, "caucus-rules.json")))
    assert rules["version"] == 1 and all(r.get("description") for r in rules["rules"])
    assert {r["type"] for r in rules["rules"]} >= {"acronym", "substitution", "entity-form"}
    again = subprocess.run([t.caucus, "check", "--init"], cwd=d, stderr=subprocess.PIPE)
    assert again.returncode == 2 and b"already exists" in again.stderr
    doc = t.write("init/docs/a.md", "A multi-stakeholder meeting of the XQZW.\n")
    p = subprocess.run([t.caucus, "check", "-r", "docs"], cwd=d, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env)
    out = p.stdout.decode()
    assert "docs/a.md:1:3: warning: Use \"multistakeholder\"" in out, (out, p.stderr)


def test_check_missing_rules_names_the_way_out(t):
    d = os.path.join(t.tmp, "norules")
    os.makedirs(d, exist_ok=True)
    p = subprocess.run([t.caucus, "check", "."], cwd=d, stderr=subprocess.PIPE)
    err = p.stderr.decode()
    assert p.returncode == 2
    assert "caucus-rules.json: no rules file (pass --rules FILE, or write a starter one with " \
           "caucus check --init; the format is in docs/CHECK.md)" in err, err


def _acronym_rules(t):
    return t.write("acr-rules.json", json.dumps({"version": 1, "rules": [
        {"id": "acronym-defined", "type": "acronym"},
        {"id": "unknown-body", "type": "unknown-body", "severity": "suggestion"}]}))


def test_check_one_finding_per_token_and_no_time_zones(t):
    p = t.write("tokens.txt", "The session opens at 10:00 EST and ends at 4 p.m. (CET), "
                              "or 15h00 GMT, UTC+2 online. The QXZV was there.\n"
                              "The Internet & Mobile Association of India (IAMAI) spoke; "
                              "IAMAI said so.\n")
    found, err = [], ""
    rc, out, err = t.run("check", "--rules", _acronym_rules(t), "--format", "jsonl", p)
    found = [json.loads(l) for l in out.splitlines()]
    got = [(f["rule"], f["match"]) for f in found]
    assert got == [("acronym-defined", "QXZV")], got
    assert "1 finding (0 errors, 1 warning, 0 suggestions)" not in out  # summary is stderr


def test_check_summary_is_plural_right(t):
    p = t.write("plural.txt", "The QXZV and the QXZW and the QXZY.\n")
    rc, out, err = t.run("check", "--rules", _acronym_rules(t), p)
    assert "3 findings (0 errors, 3 warnings, 0 suggestions)" in err, err
    p = t.write("plural1.txt", "The QXZV.\n")
    rc, out, err = t.run("check", "--rules", _acronym_rules(t), p)
    assert "1 finding (0 errors, 1 warning, 0 suggestions)" in err, err


def test_check_github_paths_are_relative_to_the_workspace(t):
    rules = _acronym_rules(t)
    doc = t.write("ws/docs/a.md", "The QXZV.\n")
    ws = os.path.join(t.tmp, "ws")
    env = dict(os.environ, GITHUB_WORKSPACE=ws)
    rc, out, err = t.run("check", "--rules", rules, "--format", "github", doc, env=env)
    assert out.startswith("::warning file=docs/a.md,line=1,"), out
    env.pop("GITHUB_WORKSPACE")
    p = subprocess.run([t.caucus, "check", "--rules", rules, "--format", "github", doc], cwd=ws,
                       stdout=subprocess.PIPE, env=env)
    assert p.stdout.decode().startswith("::warning file=docs/a.md,"), p.stdout
    # A file outside the workspace keeps its path.
    out = subprocess.run([t.caucus, "check", "--rules", rules, "--format", "github", doc],
                         cwd="/", stdout=subprocess.PIPE, env=env).stdout.decode()
    assert f"file={doc.lstrip('/')}," in out, out


def test_check_sarif_marks_baselined_findings_suppressed(t):
    mod, schema = _validator()
    rules = _acronym_rules(t)
    ws = os.path.join(t.tmp, "sarifws")
    doc = t.write("sarifws/docs/a.md", "The QXZV.\n")
    base = os.path.join(ws, "baseline.jsonl")
    env = dict(os.environ, GITHUB_WORKSPACE=ws)
    t.run("check", "--rules", rules, "--write-baseline", base, "--fail-on", "none", doc, env=env)
    t.write("sarifws/docs/a.md", "Intro.\n\nThe QXZV and the QXZW.\n")
    rc, out, err = t.run("check", "--rules", rules, "--baseline", base, "--format", "sarif", doc,
                         env=env)
    assert rc == 0, err  # warnings do not fail at --fail-on error
    log = json.loads(out)
    assert not list(mod.errors(log, schema)), list(mod.errors(log, schema))[:5]
    run = log["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file://" + ws + "/"
    by_match = {}
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
        assert loc == {"uri": "docs/a.md", "uriBaseId": "%SRCROOT%"}, loc
        by_match[r["message"]["text"].split('"')[1]] = r
    old, new = by_match["QXZV"], by_match["QXZW"]
    assert old["baselineState"] == "unchanged"
    assert old["suppressions"] == [{"kind": "external", "status": "accepted",
                                    "justification": "in the baseline (caucus check --baseline)"}]
    assert new["baselineState"] == "new" and "suppressions" not in new
    # The fingerprint did not move with the line: it is what the baseline matched.
    with open(base) as f:
        assert json.loads(f.readline())["fingerprint"] == \
            old["partialFingerprints"]["caucusFingerprint/v1"]
    # A broken suppression is caught by the schema.
    old["suppressions"] = [{"status": "accepted"}]
    assert list(mod.errors(log, schema))


# ---- inputs ---------------------------------------------------------------

def test_glob_and_type_choose_the_files_of_a_walk(t):
    root = os.path.join(t.tmp, "walk")
    t.write("walk/news/item.txt", "The ITU met.\n")
    t.write("walk/news/SOURCE.txt", "Taken from the ITU site.\n")
    t.write("walk/notes/a.md", "# Notes\n\nThe IGF met.\n")
    t.write("walk/data/table.csv", "id,name\nITU,x\n")

    def ids(*args):
        rc, out, err = t.run("read", "-r", root, *args)
        assert rc == 0, err
        return [json.loads(l)["id"].split("walk/", 1)[1] for l in out.splitlines()]

    assert ids() == ["data/table.csv", "news/SOURCE.txt", "news/item.txt", "notes/a.md"]
    assert ids("--type", "text") == ["news/SOURCE.txt", "news/item.txt"]
    assert ids("--type", "text,markdown", "--glob", "!SOURCE.txt") == ["news/item.txt",
                                                                       "notes/a.md"]
    assert ids("--glob", "*.md") == ["notes/a.md"]
    assert ids("--glob", "news/*") == ["news/SOURCE.txt", "news/item.txt"]
    # A file named on the command line is read whatever the filter.
    rc, out, err = t.run("read", "--type", "markdown", os.path.join(root, "data", "table.csv"))
    assert rc == 0 and json.loads(out)["text"].startswith("id,name"), err
    rc, out, err = t.run("read", "-r", root, "--type", "markdonw")
    assert rc == 2 and "invalid value 'markdonw' for --type: expected text, markdown" in err \
        and "did you mean 'markdown'?" in err, err


def test_a_guessed_legacy_encoding_is_a_warning_naming_file_and_byte(t):
    p = t.write("latin.txt", "Les d\xe9l\xe9gu\xe9s de la R\xe9publique ont vot\xe9 contre le "
                             "projet de r\xe9solution.\n".encode("latin-1"), mode="wb")
    rc, out, err = t.run("read", p)
    assert rc == 0, err
    rec = json.loads(out)
    assert rec["text"].startswith("Les délégués") and rec["meta"]["encoding"] != "UTF-8"
    assert f"caucus read: {p}: warning: not UTF-8 (byte 5 is invalid); read as " \
           f"{rec['meta']['encoding']} (a guess; pass --encoding to choose)" in err, err
    rc, out, err = t.run("read", "--encoding", "ISO-8859-1", p)
    assert rc == 0 and "warning" not in err, err  # chosen, not guessed


def test_the_summary_says_what_went_wrong(t):
    p = t.write("ok.txt", "The ITU met.\n")
    rc, out, err = t.run("entities", p, "/nonexistent/file.txt")
    assert rc == 2
    assert err.splitlines()[-1] == "caucus entities: 1 input not read, 1 document processed", err
    bad = t.write("bad.jsonl", '{"id":"a","text":"ITU"}\nnot json\n{"id":"b","text":"IGF"}\n')
    rc, out, err = t.run("entities", bad, "/nonexistent/file.txt")
    assert err.splitlines()[-1] == \
        "caucus entities: 1 input not read, 1 record skipped, 2 documents processed", err
