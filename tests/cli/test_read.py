"""caucus read: inputs, ids, errors."""


def test_read_text_file(t):
    p = t.write("a.txt", "The ITU met in Geneva.\n")
    recs = t.jsonl("read", p)
    assert len(recs) == 1
    assert recs[0]["text"] == "The ITU met in Geneva.\n"
    assert recs[0]["meta"]["path"] == p


def test_read_missing_file_reports_and_goes_on(t):
    p = t.write("b.txt", "Brazil spoke.\n")
    rc, out, err = t.run("read", "/nonexistent/x.txt", p)
    assert rc == 2
    assert "caucus read: /nonexistent/x.txt:" in err
    assert out.count("\n") == 1


def test_read_malformed_jsonl_line(t):
    lines = "".join('{"id":"%d","text":"t%d"}\n' % (i, i) for i in range(16)) + "{oops\n" + '{"id":"x","text":"y"}\n'
    p = t.write("c.jsonl", lines)
    rc, out, err = t.run("read", p)
    assert rc == 2
    assert f"{p}:17: malformed JSON" in err, err
    assert out.count("\n") == 17
    rc, out, err = t.run("read", "--strict", p)
    assert rc == 2 and out.count("\n") == 16


def test_read_json_document_is_one_message(t):
    """A .json file holding one array or a pretty-printed object is no JSON
    Lines: one message for the file, not one per line, and the run goes on."""
    arr = t.write("data.json", '[\n  {"name": "Iran"},\n  {"name": "Brazil"}\n]\n')
    obj = t.write("conf.json", '{\n  "kind": "x"\n}\n')
    ok = t.write("d.json", '{"id":"a","text":"The ITU met."}\n')
    txt = t.write("e.txt", "Brazil spoke.\n")
    rc, out, err = t.run("read", arr, obj, ok, txt)
    assert rc == 2
    assert f"{arr}:1: a JSON document, not JSON Lines" in err, err
    assert f"{obj}:1: a JSON document, not JSON Lines" in err, err
    assert err.count("not JSON Lines") == 2, err
    assert "2 records skipped, 2 documents processed" in err, err
    assert out.count("\n") == 2


# ---- encodings, formats, binary data, inputs (read depth) ----------------------------


def test_read_utf16_file(t):
    p = t.write("u16.txt", "\ufeffThe délégation of Côte d’Ivoire spoke.\r\n".encode("utf-16-le"), "wb")
    recs = t.jsonl("read", p)
    assert recs[0]["text"] == "The délégation of Côte d’Ivoire spoke.\r\n"
    assert recs[0]["meta"]["encoding"] == "UTF-16LE"
    assert recs[0]["meta"]["format"] == "text"


def test_read_windows1252_file(t):
    text = ("The délégation of Côte d'Ivoire said “no” – the résumé of the séance was déjà vu "
            "for the Président of the Assemblée générale.\n")
    p = t.write("w1252.txt", text.encode("windows-1252"), "wb")
    recs = t.jsonl("read", p)
    assert recs[0]["text"] == text
    assert recs[0]["meta"]["encoding"] == "windows-1252"


def test_read_forced_encoding_and_unknown_name(t):
    p = t.write("l15.txt", "Prix : 5 €\n".encode("iso-8859-15"), "wb")
    recs = t.jsonl("read", "--encoding", "ISO-8859-15", p)
    assert recs[0]["text"] == "Prix : 5 €\n"
    rc, out, err = t.run("read", "--encoding", "no-such-charset", p)
    assert rc == 2 and out == ""
    assert f"caucus read: {p}: unknown encoding 'no-such-charset'" in err, err


def test_read_html_file(t):
    html = ("<!DOCTYPE html><html><head><title>WCIT &amp; the ITRs</title>"
            "<style>p { color: red }</style><script>var x = '<p>no</p>';</script></head>"
            "<body><h1>Dubai</h1><p>The   conference\n ended &mdash; Russia&rsquo;s proposal failed.</p>"
            "<ul><li>one</li><li>two</li></ul></body></html>")
    p = t.write("page.html", html)
    recs = t.jsonl("read", p)
    assert recs[0]["text"] == ("WCIT & the ITRs\n\nDubai\n\nThe conference ended — Russia’s proposal "
                               "failed.\n\none\ntwo\n"), repr(recs[0]["text"])
    assert recs[0]["meta"]["format"] == "html"
    # Sniffed without the extension, and kept as source when forced to text.
    p2 = t.write("page", html)
    assert t.jsonl("read", p2)[0]["meta"]["format"] == "html"
    assert t.jsonl("read", "--input-format", "text", p)[0]["text"] == html


def test_read_markdown_kept_as_source(t):
    md = "# Tunis Agenda\n\n*Enhanced cooperation* &amp; the IGF.\n"
    p = t.write("notes.md", md)
    recs = t.jsonl("read", p)
    assert recs[0]["text"] == md and recs[0]["meta"]["format"] == "markdown"


def test_read_binary_file_rejected(t):
    p = t.write("blob.bin", b"line one\nline\x00two\x00\x01\x02", "wb")
    ok = t.write("ok.txt", "Fine.\n")
    rc, out, err = t.run("read", p, ok)
    assert rc == 2
    assert f"caucus read: {p}:2: binary data: NUL byte at byte 13" in err, err
    assert len(out.splitlines()) == 1  # the good file still comes through


def test_read_invalid_utf8_names_file_and_line(t):
    p = t.write("bad.txt", "Touré spoke.\nSecond line.\nIt was \xff bad.\n".encode("latin-1")
                .replace(b"Tour\xe9", "Touré".encode()), "wb")
    rc, out, err = t.run("read", p)
    assert rc == 2 and out == ""
    assert f"caucus read: {p}:3: invalid UTF-8 at byte 34" in err, err


def test_read_directory_needs_r(t):
    d = t.write("read_dir_no_r/b.txt", "B.\n")
    d = d.rsplit("/", 1)[0]
    rc, out, err = t.run("read", d)
    assert rc == 2 and out == ""
    assert f"caucus read: {d}: is a directory (use -r to read directories)" in err, err


def test_read_recursive_sorted(t):
    base = t.write("read_sorted_tree/z.txt", "Z.\n").rsplit("/", 1)[0]
    t.write("read_sorted_tree/a.txt", "A.\n")
    t.write("read_sorted_tree/sub/m.txt", "M.\n")
    t.write("read_sorted_tree/b.md", "B.\n")
    t.write("read_sorted_tree/.hidden.txt", "H.\n")
    recs = t.jsonl("read", "-r", base)
    assert [r["id"] for r in recs] == [base + "/a.txt", base + "/b.md", base + "/sub/m.txt",
                                       base + "/z.txt"]
    assert [r["text"] for r in recs] == ["A.\n", "B.\n", "M.\n", "Z.\n"]


def test_read_stdin_text_and_jsonl(t):
    recs = t.jsonl("read", input="Brazil spoke.\n")
    assert len(recs) == 1 and recs[0]["id"] == "stdin" and recs[0]["text"] == "Brazil spoke.\n"
    assert "path" not in recs[0]["meta"]
    recs = t.jsonl("read", "-", input='{"id":"a","text":"x","extra":{"k":1}}\n')
    assert recs == [{"id": "a", "text": "x", "extra": {"k": 1}}]


def test_read_empty_inputs_are_notes_alike(t):
    """An empty input holds no document, whatever its kind: a note on stderr,
    no output, and no error (an empty split of a corpus is no mistake)."""
    rc, out, err = t.run("read", input=b"")
    assert rc == 0 and out == "" and "caucus read: <stdin>: empty input, no documents" in err, err
    inputs = [t.write("empty.txt", ""), t.write("blank.txt", " \n\n\t\n"),
              t.write("empty.jsonl", ""), t.write("blank.jsonl", "\n  \n")]
    ok = t.write("fine.txt", "Brazil spoke.\n")
    for p in inputs:
        rc, out, err = t.run("read", p)
        assert rc == 0 and out == "", (p, err)
        assert err == f"caucus read: {p}: empty input, no documents\n", err
    rc, out, err = t.run("read", *inputs, ok)
    assert rc == 0 and len(out.splitlines()) == 1, err
    assert err.count("empty input, no documents") == 4, err


def test_read_huge_single_line_jsonl(t):
    import json
    import os
    path = os.path.join(t.tmp, "huge.jsonl")
    chunk = "The ITU met in Geneva. " * 4096  # ~94 KB
    reps = (100 * 1024 * 1024) // len(chunk) + 1
    with open(path, "w") as f:
        f.write('{"id":"huge","text":"')
        for _ in range(reps):
            f.write(chunk)
        f.write('","tail":true}\n')
        f.write('{"id":"small","text":"x"}\n')
    size = os.path.getsize(path)
    assert size > 100 * 1024 * 1024
    rc, out, err = t.run("read", path)
    assert rc == 0, err
    lines = out.split("\n")
    assert len(lines) == 3 and lines[2] == ""
    assert len(lines[0]) == size - len('{"id":"small","text":"x"}\n') - 1
    assert lines[0].endswith('"tail":true}') and lines[0].startswith('{"id":"huge","text":"The ITU')
    assert json.loads(lines[1]) == {"id": "small", "text": "x"}
    os.remove(path)


def test_read_shared_corpus_utf8(t):
    if not t.has_shared():
        return "skip"
    import os
    d = os.path.join(t.shared, "seed")
    recs = t.jsonl("read", "-r", d)
    assert recs and all(r["meta"]["encoding"] == "UTF-8" for r in recs)


def test_read_html_keeps_the_article_and_drops_page_clutter(t):
    """Saved pages (tests/data/html, written for the test) with a cookie
    banner, menus, a page header and footer, breadcrumbs, share bars and
    sidebars: only the article is read, so the countries named in the
    clutter are not mentions."""
    import os
    page = os.path.join(t.data, "html", "news-page.html")
    rec = t.jsonl("read", page)[0]
    assert rec["text"] == (
        "Delegates split over the Internet treaty | Example Wire\n\n"
        "Delegates split over the Internet treaty\n\n"
        "By a staff writer, 14 December 2012\n\n"
        "Brazil and Sweden disagreed on Friday over the role of the ITU in Internet governance, "
        "with Sweden rejecting any treaty text on the Internet.\n\n"
        "The Internet Governance Forum (IGF) will take the matter up next year.\n\n"
        "Reporting by a correspondent in Dubai.\n"), repr(rec["text"])
    ents = t.jsonl("entities", "--kinds", "government", page)[0]["entities"]
    assert sorted({e["id"] for e in ents}) == ["BRA", "SWE"], ents
    blog = t.jsonl("read", os.path.join(t.data, "html", "blog-no-main.html"))[0]
    assert blog["text"] == ("Notes from the IGF\n\nDay two\n\nEstonia spoke for an open Internet\n"
                            "and against new ITU rules.\n"), repr(blog["text"])
