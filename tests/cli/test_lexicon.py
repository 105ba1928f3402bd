"""The stance lexicon as data: cues.json and english.json are checked by
`caucus dict validate`, which names a broken entry by file and index."""
import json


def test_shipped_lexicon_validates(t):
    rc, out, err = t.run("dict", "validate")
    assert rc == 0, err
    assert "0 problems" in err


def test_broken_cue_entry_is_reported_with_file_and_index(t):
    path = t.write("bad-cues.json", json.dumps({
        "kind": "cue", "cues": [
            {"cue": "applaud", "pos": "verb", "polarity": "support"},
            {"cue": "frown upon", "pos": "verb", "polarity": "maybe"}]}))
    rc, out, err = t.run("dict", "validate", path)
    assert rc == 1, err
    assert "bad-cues.json: cues[1]:" in err, err
    assert "polarity" in err, err
    assert "1 problem" in err, err


def test_broken_word_list_entry_is_reported_with_file_and_index(t):
    path = t.write("bad-words.json", json.dumps({
        "kind": "words", "lists": {"passive_be_forms": {"words": ["was", 3]}}}))
    rc, out, err = t.run("dict", "validate", path)
    assert rc == 1, err
    assert "bad-words.json: lists.passive_be_forms[1]:" in err, err


def test_unknown_word_list_is_reported(t):
    path = t.write("typo-words.json", json.dumps({
        "kind": "words", "lists": {"pasive_be_forms": ["was"]}}))
    rc, out, err = t.run("dict", "validate", path)
    assert rc == 1, err
    assert "typo-words.json: lists.pasive_be_forms: no such list" in err, err


def test_user_words_extend_a_rule(t):
    # "usually agrees" is a habit, no position (english.json habit_adverbs);
    # a user words file adds "customarily" to that list.
    text = "The ITU customarily supports consensus on spectrum."
    words = t.write("more-words.json", json.dumps({
        "kind": "words", "lists": {"habit_adverbs": ["customarily"]}}))
    rec = json.dumps({"id": "x", "text": text}) + "\n"
    plain = t.jsonl("stances", input=rec)[0]["stances"]
    extended = t.jsonl("stances", "--dict", words, input=rec)[0]["stances"]
    assert any(s["actor"]["id"] == "ITU" for s in plain), plain
    assert not any(s["actor"]["id"] == "ITU" for s in extended), extended


def _dict_dir_with_broken(t, name, line):
    """A copy of the shipped dictionaries whose `name` has a syntax error on
    line `line` (1-based)."""
    import os
    import shutil
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dictionaries")
    dst = os.path.join(t.tmp, "dicts-broken-" + name.replace(".", "-"))
    if os.path.isdir(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    path = os.path.join(dst, name)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    lines[line - 1] += " ,,"
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return dst


def test_broken_lexicon_fails_the_tools_that_read_it_only(t):
    # entities does not read the stance lexicons, so a broken one does not
    # stop it; the tools that read it refuse it with its file and line.
    import os
    rec = json.dumps({"id": "x", "text": "Mr. Doe (Kenya): France welcomes the report.\n"}) + "\n"
    for name, readers in [("cues.json", ["stances"]), ("english.json", ["stances", "turns"])]:
        env = dict(os.environ, CAUCUS_DICT_DIR=_dict_dir_with_broken(t, name, 6))
        rc, out, err = t.run("entities", input=rec, env=env)
        assert rc == 0 and "FRA" in out, (name, err)
        for tool in readers:
            rc, out, err = t.run(tool, input=rec, env=env)
            assert rc != 0 and out == "", (name, tool, out)
            assert f"{name}:6: bad JSON: " in err, (name, tool, err)
        rc, out, err = t.run("dict", "validate", env=env)
        assert rc == 1 and f"{name}:6: bad JSON: " in err and "1 problem" in err, (name, err)
