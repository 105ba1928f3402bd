"""PDF, DOCX and ODT in: reading order, heads and footers, hyphens, pages,
properties, errors, and records going on to turns and stances. The files are
made here by tests/docgen.py."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import docgen  # noqa: E402


def _write(t, name, data):
    return t.write(name, data, mode="wb")


def _record(t, name="record.pdf", speeches=None, **kw):
    pages = docgen.record_pages(speeches=speeches or docgen.SAMPLE_SPEECHES, **kw)
    return _write(t, name, docgen.pdf_bytes(pages, title="S/PV.9999", date="20200110"))


def _page_of(rec, offset):
    for p in rec["pages"]:
        if p["span"][0] <= offset < p["span"][1]:
            return p["number"]
    return None


def test_pdf_record_reads_in_order_without_heads(t):
    path = _record(t)
    [rec] = t.jsonl("read", path)
    assert rec["meta"]["format"] == "pdf"
    assert rec["meta"]["title"] == "S/PV.9999"
    assert rec["meta"]["date"] == "2020-01-10"
    text = rec["text"]
    # Speeches in the order they were set, each label opening a paragraph.
    starts = []
    for s in docgen.SAMPLE_SPEECHES[:4]:
        starts.append(text.find("\n\n" + s.split(":")[0] + ":", starts[-1] + 1 if starts else 0))
    assert all(s > 0 for s in starts) and starts == sorted(starts), starts
    body = text[text.find("The President:"):]
    for furniture in ("10/01/2020", "99-00001", "2/99", "S/PV.9999", "Cooperation in cyberspace"):
        assert furniture not in body, (furniture, body)
    # The cover is page 1, the speeches on page 2.
    assert [p["number"] for p in rec["pages"]] == [1, 2]
    assert _page_of(rec, len(text[:starts[1]].encode())) == 2
    assert "President: Mr. Example (Viet Nam)" in text


def test_pdf_two_columns_and_pages_layer(t):
    long = [("Mr. Delegate%d (Brazil): " % i) + " ".join(["word%d" % k for k in range(60)]) + "."
            for i in range(12)]
    path = _record(t, "long.pdf", speeches=long)
    [rec] = t.jsonl("read", path)
    text = rec["text"]
    order = [text.find("Mr. Delegate%d (Brazil):" % i) for i in range(12)]
    assert all(o > 0 for o in order) and order == sorted(order), order
    # Each speech comes through whole, its words in order, across columns and pages.
    for i in range(12):
        b = order[i]
        e = order[i + 1] if i + 1 < 12 else len(text)
        words = text[b:e].split()[3:]
        assert words[:60] == ["word%d" % k for k in range(59)] + ["word59."], (i, words[:62])
    assert len(rec["pages"]) >= 3
    spans = [p["span"] for p in rec["pages"]]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_pdf_hyphen_joined_and_paragraphs_kept(t):
    page = docgen.Page()
    page.words(78, 100, "The delegations continued their".split() + ["discus-"], 474 - 18)
    page.words(60, 112.6, "sion of the draft prepared by the co-".split(), 474)
    page.words(60, 125.2, "penholders and adopted it.".split(), 0, justify=False)
    page.words(78, 137.8, "Both co-penholders spoke after the vote.".split(), 0, justify=False)
    [rec] = t.jsonl("read", _write(t, "hyphen.pdf", docgen.pdf_bytes([page])))
    assert rec["text"] == ("The delegations continued their discussion of the draft prepared by "
                           "the co-penholders and adopted it.\n\nBoth co-penholders spoke after "
                           "the vote.\n"), rec["text"]


def test_pdf_errors_are_one_line(t):
    page = docgen.Page()
    page.text(60, 100, "Secret words.")
    enc = _write(t, "locked.pdf", docgen.pdf_bytes([page], user_password="s3cret"))
    img = docgen.Page()
    img.image(60, 100, 400, 500)
    scan = _write(t, "scan.pdf", docgen.pdf_bytes([img, img]))
    junk = _write(t, "junk.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 8)
    good = _write(t, "good.pdf", docgen.pdf_bytes([page]))
    rc, out, err = t.run("read", enc, scan, junk, good)
    assert rc == 2
    lines = err.strip().splitlines()
    assert lines[0] == f"caucus read: {enc}: encrypted PDF (a password is needed to read it)", lines
    assert lines[1] == f"caucus read: {scan}: no text layer; run OCR first (2 pages of images only)"
    assert lines[2].startswith(f"caucus read: {junk}: damaged PDF"), lines
    assert lines[3] == "caucus read: 3 records skipped, 1 document processed", lines
    [rec] = [json.loads(x) for x in out.splitlines()]
    assert rec["text"] == "Secret words.\n"


def test_pdf_truncated_does_not_crash(t):
    path = _record(t)
    data = open(path, "rb").read()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        p = _write(t, "cut%d.pdf" % cut, data[:cut])
        rc, out, err = t.run("read", p)
        assert rc in (0, 2), (cut, rc, err)
        if rc == 2:
            assert len(err.strip().splitlines()) <= 2 and "PDF" in err, err
        else:
            t.validate(json.loads(out))


def test_pdf_from_stdin_by_signature(t):
    page = docgen.Page()
    page.text(60, 100, "Read from a pipe.")
    [rec] = t.jsonl("read", input=docgen.pdf_bytes([page]))
    assert rec["meta"]["format"] == "pdf" and rec["text"] == "Read from a pipe.\n"


def test_turns_and_stances_straight_from_pdf(t):
    path = _record(t)
    [rec] = t.jsonl("turns", path)
    turns = rec["turns"]
    text = rec["text"].encode()
    got = [(x["normalized"], x["role"], x.get("entity")) for x in turns]
    assert got == [
        ("The President", "chair", "VNM"),
        ("Mr. Example Speaker", "delegate", "BRA"),
        ("Ms. Sample", "delegate", "FRA"),
        ("The President", "delegate", "VNM"),
        ("The President", "chair", "VNM"),
    ], got
    national = text[turns[3]["span"][0]:turns[3]["span"][1]].decode()
    assert national.startswith("The President: I shall now make a statement"), national
    assert national.endswith("We welcome the draft resolution."), national
    assert text[turns[4]["span"][0]:].decode().startswith("I now resume my functions")
    assert turns[1]["language"] == "Portuguese"
    rc, out, err = t.run("stances", path, check_rc=0)
    [srec] = [json.loads(x) for x in out.splitlines()]
    t.validate(srec)
    by_actor = {}
    for s in srec["stances"]:
        by_actor.setdefault(s["actor"]["id"], []).append(s)
    stext = srec["text"].encode()
    assert "VNM" in by_actor, srec["stances"]
    # The chair's own statement is Viet Nam's; its procedural lines are no stance.
    for s in by_actor["VNM"]:
        b = s["span"][0]
        assert turns[3]["span"][0] <= b < turns[3]["span"][1], stext[s["span"][0]:s["span"][1]]


def test_read_folder_of_pdf_docx_odt(t):
    d = os.path.join(t.tmp, "mixed")
    os.makedirs(d, exist_ok=True)
    page = docgen.Page()
    page.text(60, 100, "A PDF statement.")
    _write(t, "mixed/a.pdf", docgen.pdf_bytes([page]))
    _write(t, "mixed/b.docx", docgen.docx_bytes([("p", "A Word statement.")]))
    _write(t, "mixed/c.odt", docgen.odt_bytes([("p", "An OpenDocument statement.")]))
    t.write("mixed/d.txt", "A text statement.\n")
    recs = t.jsonl("read", "-r", d)
    assert [r["meta"]["format"] for r in recs] == ["pdf", "docx", "odt", "text"]
    assert [r["text"] for r in recs] == ["A PDF statement.\n", "A Word statement.\n",
                                         "An OpenDocument statement.\n", "A text statement.\n"]
    # --jobs keeps the order and the bytes.
    rc1, out1, _ = t.run("read", "-r", d, check_rc=0)
    rc2, out2, _ = t.run("read", "-r", d, "--jobs", "2", check_rc=0)
    assert out1 == out2


BLOCKS = [
    ("h", "Statement on cyber security"),
    ("p", "We support the   open\tInternet."),
    ("table", [["Country", "Position"], ["Brazil", "supports"], ["Kenya", ""]]),
    ("pnote", "Delegations spoke at length."),
    ("p", "Closing words."),
]


def test_docx_paragraphs_tables_footnotes_and_properties(t):
    path = _write(t, "s.docx", docgen.docx_bytes(BLOCKS, footnotes=["See the annex."],
                                                 title="A statement",
                                                 created="2019-11-26T09:00:00Z"))
    [rec] = t.jsonl("read", path)
    assert rec["meta"]["format"] == "docx"
    assert rec["meta"]["title"] == "A statement" and rec["meta"]["date"] == "2019-11-26"
    assert rec["text"] == ("Statement on cyber security\n\nWe support the   open\tInternet.\n\n"
                           "Country\tPosition\nBrazil\tsupports\nKenya\n\n"
                           "Delegations spoke at length.\n\nClosing words.\n\nSee the annex.\n"), \
        rec["text"]


def test_odt_paragraphs_tables_footnotes_and_properties(t):
    path = _write(t, "s.odt", docgen.odt_bytes(BLOCKS, footnotes=["See the annex."],
                                               title="A statement", date="2019-11-26T09:00:00"))
    [rec] = t.jsonl("read", path)
    assert rec["meta"]["format"] == "odt"
    assert rec["meta"]["title"] == "A statement" and rec["meta"]["date"] == "2019-11-26"
    assert rec["text"] == ("Statement on cyber security\n\nWe support the  open\tInternet.\n\n"
                           "Country\tPosition\nBrazil\tsupports\nKenya\n\n"
                           "Delegations spoke at length.\n\nClosing words.\n\nSee the annex.\n"), \
        rec["text"]


def test_office_files_sniffed_without_extension(t):
    a = _write(t, "statement-a", docgen.docx_bytes([("p", "Word without a name.")]))
    b = _write(t, "statement-b", docgen.odt_bytes([("p", "ODF without a name.")]))
    recs = t.jsonl("read", a, b)
    assert [(r["meta"]["format"], r["text"]) for r in recs] == [
        ("docx", "Word without a name.\n"), ("odt", "ODF without a name.\n")]


def test_office_errors(t):
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "no document here")
    empty = _write(t, "empty.docx", buf.getvalue())
    notzip = _write(t, "notzip.docx", b"PK\x03\x04" + b"\x00" * 200)
    ole = _write(t, "locked.docx", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\x00" * 600)
    badxml = io.BytesIO()
    with zipfile.ZipFile(badxml, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body><w:p>unclosed")
    bad = _write(t, "bad.docx", badxml.getvalue())
    enc = _write(t, "locked.odt", docgen.odt_bytes([("p", "x")], encrypted=True))
    rc, out, err = t.run("read", empty, notzip, ole, bad, enc)
    assert rc == 2 and out == ""
    lines = err.strip().splitlines()
    assert lines[0] == (f"caucus read: {empty}: damaged DOCX file: no word/document.xml in the "
                        "archive"), lines
    assert lines[1].startswith(f"caucus read: {notzip}: damaged DOCX file: not a readable ZIP"), lines
    assert lines[2].startswith(f"caucus read: {ole}: encrypted or legacy DOCX file"), lines
    assert lines[3].startswith(f"caucus read: {bad}: damaged DOCX file: word/document.xml: XML "
                               "error at byte"), lines
    assert lines[4] == f"caucus read: {enc}: encrypted ODT file (a password is needed to read it)"
    assert len(lines) == 6


def _stances_by_actor(rec):
    text = rec["text"].encode()
    out = {}
    for s in rec["stances"]:
        out.setdefault(s["actor"]["id"], []).append(
            (s["polarity"], s["act"], s.get("via"), text[s["span"][0]:s["span"][1]].decode()))
    return out


def test_first_person_stances_reach_the_speaker_from_pdf(t):
    path = _record(t)
    [rec] = t.jsonl("stances", path)
    got = _stances_by_actor(rec)
    assert ("oppose", "support", "turn",
            "My delegation cannot support a text that ignores them") in got["BRA"], got
    assert ("support", "urge", "turn",
            "We call on all States to protect critical infrastructure") in got["FRA"], got
    # Viet Nam speaks through its national statement only, never as the chair.
    assert got["VNM"] == [("support", "welcome", "turn", "We welcome the draft resolution")], got


def test_one_speech_document_speaks_for_its_country(t):
    speech = docgen.docx_bytes([
        ("p", "Mr. Delegate (Russian Federation) (spoke in Russian): Thank you, Mr. President."),
        ("p", "My delegation cannot support the draft before the Council. We call on members to "
              "reconsider the text."),
    ])
    path = _write(t, "speech.docx", speech)
    [rec] = t.jsonl("stances", path)
    assert [(x["role"], x.get("entity"), x["language"]) for x in rec["turns"]] == [
        ("delegate", "RUS", "Russian")]
    got = _stances_by_actor(rec)
    assert [(p, a, v) for p, a, v, _ in got["RUS"]] == [("oppose", "support", "turn"),
                                                        ("support", "urge", "turn")], got
