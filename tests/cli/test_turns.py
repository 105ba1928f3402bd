"""caucus turns: formats, entities, summary, errors, the shared corpus."""
import json
import os


def _fixture(t, name):
    return os.path.join(t.data, "transcripts", name)


def _turns(t, *args, input=None):
    recs = t.jsonl("turns", *args, input=input)
    return recs


def test_turns_cart_fixture_links_governments(t):
    [rec] = _turns(t, _fixture(t, "cart-itu-council-wg.txt"))
    turns = rec["turns"]
    text = rec["text"].encode("utf-8")
    by_speaker = {}
    for x in turns:
        by_speaker.setdefault(x["speaker"], x)
        assert x["role"] in ("chair", "delegate", "secretariat", "moderator", "interpreter",
                             "questioner", "unknown")
    assert by_speaker["IRAN"]["entity"] == "IRN"
    assert by_speaker["IRAN"]["entity_kind"] == "government"
    assert by_speaker["UNITED STATES"]["entity"] == "USA"
    assert by_speaker["CHAIRMAN"]["role"] == "chair" and "entity" not in by_speaker["CHAIRMAN"]
    assert by_speaker["CHAIRMAN COMMITTEE 4"]["role"] == "chair"
    assert by_speaker["MODERATOR"]["role"] == "moderator"
    assert by_speaker["ITU SECRETARY-GENERAL"]["role"] == "secretariat"
    assert by_speaker["SAUDI ARABIA"]["on_behalf_of"], by_speaker["SAUDI ARABIA"]
    # The disclaimer header is no one's speech; turns start at ">>".
    assert all(text[x["span"][0]:x["span"][0] + 2] == b">>" for x in turns)
    notes = [text[a:b].decode() for x in turns for a, b in x.get("notes", [])]
    for n in ("(Applause.)", "(No English.)", "[inaudible]", "(?)"):
        assert n in notes, (n, notes)


def test_turns_un_verbatim_language_and_country(t):
    [rec] = _turns(t, _fixture(t, "un-verbatim-general-assembly.txt"))
    turns = rec["turns"]
    levitte = [x for x in turns if x["normalized"] == "Mr. Levitte"][0]
    assert levitte["entity"] == "FRA" and levitte["language"] == "French"
    assert levitte["role"] == "delegate"
    assert [x["role"] for x in turns if x["normalized"].startswith("The ")] == ["chair"] * 3
    rice = [x for x in turns if x["normalized"] == "Ms. Rice"][0]
    assert rice["entity"] == "USA"


def test_turns_summary_record(t):
    [rec] = _turns(t, _fixture(t, "summary-cstd-session.txt"))
    ents = [x.get("entity") for x in rec["turns"]]
    assert ents[:6] == [None, "BRA", "RUS", "USA", "EGY", "GBR"], ents
    assert rec["turns"][0]["role"] == "chair"
    assert rec["turns"][-1]["role"] == "secretariat"


def test_turns_script_and_forced_format(t):
    p = _fixture(t, "script-press-briefing.txt")
    [rec] = _turns(t, p)
    roles = [x["role"] for x in rec["turns"]]
    assert roles[:4] == ["moderator", "delegate", "moderator", "questioner"], roles
    # Forcing another format on it finds nothing, and that is not an error.
    [rec] = _turns(t, "--format", "cart", p)
    assert rec["turns"] == []


def test_turns_parliament_fixtures(t):
    recs = _turns(t, _fixture(t, "parliament-openings.txt"), _fixture(t, "parliament-speaker-lines.txt"))
    assert len(recs) == 2
    assert len(recs[0]["turns"]) == 5 and recs[0]["turns"][0]["role"] == "chair"
    assert [x["normalized"] for x in recs[1]["turns"]][:3] == ["President", "Example", "Sample"]


def test_turns_plain_text_gets_empty_layer(t):
    p = t.write("prose.txt", "The ITU met in Geneva. Brazil supported the IGF.\n")
    [rec] = _turns(t, p)
    assert rec["turns"] == []


def test_turns_reads_jsonl_and_keeps_other_layers(t):
    line = json.dumps({"id": "x", "text": ">> IRAN: We support it.\n>> BRAZIL: We agree.\n",
                       "custom": {"keep": 1}})
    [rec] = _turns(t, input=line + "\n")
    assert rec["custom"] == {"keep": 1}
    assert [x["entity"] for x in rec["turns"]] == ["IRN", "BRA"]


def test_turns_summary_line(t):
    d = os.path.join(t.data, "transcripts")
    rc, out, err = t.run("turns", "-r", d, check_rc=0)
    assert len(out.splitlines()) == 6
    assert "caucus turns: 6 documents" in err, err
    assert "resolved" in err and "unresolved" in err
    rc, out, err = t.run("turns", _fixture(t, "cart-itu-council-wg.txt"), check_rc=0)
    assert err == ""
    rc, out, err = t.run("turns", "--summary", _fixture(t, "cart-itu-council-wg.txt"), check_rc=0)
    # Every turn is counted once: resolved, unresolved, procedural or unlabelled.
    assert "1 document (cart 1), 13 turns: 5 speakers resolved, 0 unresolved, 6 chair, " \
        "moderator or other role, 2 without a speaker label" in err, err


def test_turns_jobs_keep_order_and_bytes(t):
    d = os.path.join(t.data, "transcripts")
    _, one, _ = t.run("turns", "-r", d, "--jobs", "1", check_rc=0)
    _, two, _ = t.run("turns", "-r", d, "--jobs", "2", check_rc=0)
    assert one == two


def test_turns_bad_format_is_usage_error(t):
    rc, out, err = t.run("turns", "--format", "hansard", input="x")
    assert rc == 2 and out == ""
    assert "caucus turns: invalid value 'hansard' for --format: expected jsonl, table" in err, err
    assert "--transcript-format" in err, err


def test_turns_user_dict_resolves_new_label(t):
    d = t.write("speakers.json", json.dumps({"kind": "government", "entries": [
        {"id": "NRN", "name": "Narnia", "aliases": ["NARNIA"]}]}))
    p = t.write("narnia.txt", ">> CHAIR: ok\n>> NARNIA: We agree.\n")
    rc, out, err = t.run("turns", "--dict", d, p)
    if rc != 0:
        return "skip"  # the user-dictionary format is the entities tool's to define
    rec = json.loads(out)
    assert rec["turns"][1].get("entity") == "NRN", rec["turns"]


def test_turns_shared_corpus_runs_clean(t):
    if not t.has_shared():
        return "skip"
    for sub in ("transcripts", "ungd"):
        d = os.path.join(t.shared, sub)
        recs = _turns(t, "-r", d)
        assert recs
        for r in recs:
            if "whitehouse" in r["id"]:
                roles = {x["role"] for x in r["turns"]}
                assert {"moderator", "questioner", "delegate"} <= roles, roles


def _dict_dir_without(t, missing):
    """A copy of the shipped dictionaries without the file `missing`."""
    import shutil
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dictionaries")
    dst = os.path.join(t.tmp, "dicts-without-" + missing.replace(".", "-"))
    if not os.path.isdir(dst):
        shutil.copytree(src, dst, ignore=shutil.ignore_patterns(missing))
    return dst


def test_turns_fails_without_english_words(t):
    # The speaker-label rules read english.json; without it turns must fail
    # naming the file, as stances does, not run with empty word lists.
    env = dict(os.environ, CAUCUS_DICT_DIR=_dict_dir_without(t, "english.json"))
    label = "Mr. Doe (Kenya): We welcome the report.\nMs. Roe (Chile): We agree.\n"
    rec = json.dumps({"id": "x", "text": label}) + "\n"
    for tool in ("turns", "stances"):
        rc, out, err = t.run(tool, input=rec, env=env)
        assert rc != 0, (tool, err)
        assert out == "", (tool, out)
        assert "english.json" in err, (tool, err)
    rc, out, err = t.run("turns", input=rec)
    assert rc == 0 and json.loads(out)["turns"], err
