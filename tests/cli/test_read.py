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
