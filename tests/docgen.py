#!/usr/bin/env python3
"""Small PDF, DOCX and ODT files for the tests, written from scratch.

Pure Python (no PDF or office library), so CI needs nothing more than the
interpreter. Text is set in Courier, whose glyphs are all 0.6 em wide, so a
line's width is known exactly and lines can be justified to a column edge as
a typesetter would. Page geometry is given from the top left, y downwards,
in points, as poppler reports it.

    from docgen import Page, pdf_bytes
    page = Page()
    page.column_text(60, 84, 240, ["A paragraph of words ...", ...])
    open("x.pdf", "wb").write(pdf_bytes([page], title="S/PV.9999"))

Run as a script to write the sample files the README shows into a folder:
    python3 tests/docgen.py OUT_DIR
"""
import hashlib
import io
import os
import sys
import zipfile
import zlib

WIDTH, HEIGHT = 612, 792  # US letter, as UN records are


class Page:
    """Words placed on one page."""

    def __init__(self, width=WIDTH, height=HEIGHT):
        self.width, self.height = width, height
        self.runs = []  # (x, top, size, text)
        self.images = []  # (x, top, w, h)

    def text(self, x, top, text, size=10):
        """One run of text with its top-left corner at (x, top)."""
        self.runs.append((x, top, size, text))

    def words(self, x, top, words, width, size=10, justify=True):
        """A line of words starting at x; justified to `width` when asked."""
        natural = sum(len(w) for w in words) * 0.6 * size
        gaps = len(words) - 1
        space = 0.6 * size
        if justify and gaps > 0:
            space = max(space, (width - natural) / gaps)
        for w in words:
            self.text(x, top, w, size)
            x += len(w) * 0.6 * size + space

    def column_text(self, x, top, width, paragraphs, size=10, leading=12.6, indent=18,
                    last_open=False):
        """Paragraphs set in a column: the first line indented, lines filled
        and justified, the last line of each ragged (of the last paragraph too,
        unless `last_open`, where it runs on to the next column). Returns the
        top of the line after the last."""
        per_line = int(width // (0.6 * size))
        for pi, para in enumerate(paragraphs):
            words = para.split()
            lines, cur, first = [], [], True
            for w in words:
                room = per_line - (indent // (0.6 * size) if first else 0)
                if cur and len(" ".join(cur + [w])) > room:
                    lines.append((cur, first))
                    cur, first = [], False
                cur.append(w)
            if cur:
                lines.append((cur, first))
            for li, (ws, is_first) in enumerate(lines):
                last = li == len(lines) - 1
                lx = x + (indent if is_first and indent else 0)
                justify = not last or (last_open and pi == len(paragraphs) - 1)
                self.words(lx, top, ws, x + width - lx, size, justify)
                top += leading
        return top

    def image(self, x, top, w, h):
        self.images.append((x, top, w, h))


def _pdf_string(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _content(page):
    out = io.BytesIO()
    for x, top, size, text in page.runs:
        # Baseline about 0.8 em below the top of the line box.
        y = page.height - top - 0.8 * size
        out.write(b"BT /F1 %.2f Tf %.2f %.2f Td %s Tj ET\n" % (size, x, y, _pdf_string(text)))
    for x, top, w, h in page.images:
        out.write(b"q %.2f 0 0 %.2f %.2f %.2f cm /Im1 Do Q\n" % (w, h, x, page.height - top - h))
    return out.getvalue()


# ---- RC4 and the standard security handler (revision 2), for an encrypted file

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for c in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(c ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _padded(pw):
    return (pw.encode() + _PAD)[:32]


def pdf_bytes(pages, title=None, date=None, user_password=None, compress=False):
    """A PDF with the given pages. `date` is "YYYYMMDD" for the info dictionary.
    With user_password the file is RC4-encrypted (revision 2) and cannot be
    read without it."""
    objs = {}  # number -> bytes (without "n 0 obj")
    streams = {}  # number -> (dict bytes, data)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    streams[4] = (b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                  b"/BitsPerComponent 8", bytes([0, 255, 255, 0]))
    kids = []
    n = 5
    for p in pages:
        page_no, content_no = n, n + 1
        n += 2
        kids.append(b"%d 0 R" % page_no)
        objs[page_no] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                         b"/Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> >>"
                         % (p.width, p.height, content_no))
        streams[content_no] = (b"", _content(p))
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(pages)
    info_no = None
    if title or date:
        info_no = n
        n += 1
        parts = []
        if title:
            parts.append(b"/Title " + _pdf_string(title))
        if date:
            parts.append(b"/CreationDate (D:" + date.encode() + b"000000Z)")
        objs[info_no] = b"<< " + b" ".join(parts) + b" >>"
    file_id = hashlib.md5(repr([p.runs for p in pages]).encode()).digest()
    key = None
    encrypt_no = None
    if user_password is not None:
        o = _rc4(hashlib.md5(_padded("owner-" + user_password)).digest()[:5],
                 _padded(user_password))
        perms = -44
        key = hashlib.md5(_padded(user_password) + o + perms.to_bytes(4, "little", signed=True) +
                          file_id).digest()[:5]
        u = _rc4(key, _PAD)
        encrypt_no = n
        n += 1
        objs[encrypt_no] = (b"<< /Filter /Standard /V 1 /R 2 /O <" + o.hex().encode() +
                            b"> /U <" + u.hex().encode() + b"> /P %d >>" % perms)

    def obj_key(num):
        return hashlib.md5(key + num.to_bytes(3, "little") + b"\0\0").digest()[:10]

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(set(objs) | set(streams)):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num)
        if num in streams:
            extra, data = streams[num]
            if compress:
                data = zlib.compress(data)
                extra += b" /Filter /FlateDecode"
            if key is not None:
                data = _rc4(obj_key(num), data)
            out.write(b"<< " + extra + b" /Length %d >>\nstream\n" % len(data) + data +
                      b"\nendstream")
        else:
            out.write(objs[num])
        out.write(b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % n)
    for num in range(1, n):
        out.write(b"%010d 00000 n \n" % offsets[num])
    trailer = b"<< /Size %d /Root 1 0 R" % n
    if info_no:
        trailer += b" /Info %d 0 R" % info_no
    if encrypt_no:
        trailer += b" /Encrypt %d 0 R" % encrypt_no
    trailer += b" /ID [<" + file_id.hex().encode() + b"> <" + file_id.hex().encode() + b">] >>"
    out.write(b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


# ---- DOCX and ODT ------------------------------------------------------------

def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(blocks, footnotes=(), title=None, created=None):
    """blocks: ("h", text) heading, ("p", text) paragraph (a "\\t" becomes a
    tab, "|" splits runs), ("table", [[cell, ...], ...]); footnotes: texts."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text, style=None):
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        runs = []
        for part in text.split("|"):
            pieces = part.split("\t")
            inner = '<w:tab/>'.join(f'<w:t xml:space="preserve">{_esc(x)}</w:t>' for x in pieces)
            runs.append(f"<w:r>{inner}</w:r>")
        return f"<w:p>{ppr}{''.join(runs)}</w:p>"

    body = []
    note_no = 0
    for kind, value in blocks:
        if kind == "h":
            body.append(para(value, "Heading1"))
        elif kind == "p":
            body.append(para(value))
        elif kind == "pnote":  # a paragraph with a footnote reference at its end
            note_no += 1
            body.append(para(value)[:-6] +
                        f'<w:r><w:footnoteReference w:id="{note_no}"/></w:r></w:p>')
        elif kind == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>"
                           for row in value)
            body.append(f"<w:tbl>{rows}</w:tbl>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}>'
                f"<w:body>{''.join(body)}<w:sectPr/></w:body></w:document>")
    notes = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             f'</w:footnote>']
    for i, text in enumerate(footnotes, 1):
        notes.append(f'<w:footnote w:id="{i}">{para(text)}</w:footnote>')
    footnotes_xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:footnotes {W}>'
                     f"{''.join(notes)}</w:footnotes>")
    core = ('<?xml version="1.0" encoding="UTF-8"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
            + (f"<dc:title>{_esc(title)}</dc:title>" if title else "")
            + (f"<dcterms:created>{created}</dcterms:created>" if created else "")
            + "</cp:coreProperties>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/content-types"/>')
        z.writestr("word/document.xml", document)
        z.writestr("word/footnotes.xml", footnotes_xml)
        z.writestr("docProps/core.xml", core)
    return buf.getvalue()


def odt_bytes(blocks, footnotes=(), title=None, date=None, encrypted=False):
    """The same blocks as docx_bytes, as OpenDocument text; a footnote is
    attached to the last paragraph before it."""
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    body = []
    notes = list(footnotes)
    for kind, value in blocks:
        text = _esc(value) if isinstance(value, str) else None
        if text is not None:
            text = text.replace("\t", "<text:tab/>").replace("|", "").replace(
                "  ", ' <text:s/>')
        if kind == "h":
            body.append(f'<text:h text:outline-level="1">{text}</text:h>')
        elif kind == "p":
            body.append(f"<text:p>{text}</text:p>")
        elif kind == "pnote":
            note = _esc(notes.pop(0)) if notes else ""
            body.append(f'<text:p>{text}<text:note text:note-class="footnote">'
                        f"<text:note-citation>1</text:note-citation><text:note-body>"
                        f"<text:p>{note}</text:p></text:note-body></text:note></text:p>")
        elif kind == "table":
            rows = "".join("<table:table-row>" + "".join(
                f"<table:table-cell><text:p>{_esc(c)}</text:p></table:table-cell>" for c in row)
                + "</table:table-row>" for row in value)
            body.append(f"<table:table>{rows}</table:table>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
               f"<office:body><office:text>\n  {''.join(body)}\n</office:text></office:body>"
               f"</office:document-content>")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>'
            + (f"<dc:title>{_esc(title)}</dc:title>" if title else "")
            + (f"<meta:creation-date>{date}</meta:creation-date>" if date else "")
            + "</office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="content.xml">'
                + ('<manifest:encryption-data manifest:checksum-type="SHA1"/>' if encrypted else "")
                + "</manifest:file-entry></manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", os.urandom(64) if encrypted else content)
        z.writestr("meta.xml", meta)
        z.writestr("META-INF/manifest.xml", manifest)
    return buf.getvalue()


# ---- a small verbatim record ----------------------------------------------------

def record_pages(symbol="S/PV.9999", job="99-00001", date="10/01/2020",
                 title="Cooperation in cyberspace", president=("Mr. Example", "Viet Nam"),
                 speeches=None):
    """A made-up two-column Security Council record in the UN's layout: a cover
    with the presiding member and the agenda, then pages with running heads
    (symbol, title, date), footers (job number, page n/N) and the speeches,
    speaker labels in the text as the UN prints them. `speeches` is a list of
    paragraphs; a paragraph is one string."""
    pages = []
    cover = Page()
    cover.text(495, 53, symbol)
    cover.text(127, 49, "United Nations", 14)
    cover.text(127, 68, "Security Council", 20)
    cover.text(127, 137, "Friday, 10 January 2020, 3 p.m.")
    cover.text(64, 216, "President:")
    cover.text(127, 216, president[0])
    leader_x = 127 + len(president[0]) * 6 + 3
    cover.text(leader_x, 216, ". " * int((380 - leader_x) // 12))
    cover.text(392, 216, "(" + president[1] + ")")
    cover.text(64, 446, "Agenda", 12)
    cover.text(127, 466, title)
    cover.text(60, 717, job + " (E)", 8.5)
    pages.append(cover)
    paras = list(speeches or [])
    # Fill pages: two columns of 48 lines each at most.
    per_col = 46
    lines_per_para = []
    for p in paras:
        n = len(p) // 38 + 1
        lines_per_para.append(n)
    i = 0
    page_no = 2
    while i < len(paras):
        pg = Page()
        if page_no % 2 == 0:
            pg.text(60, 55, symbol, 8.5)
            pg.text(306 - len(title) * 3, 54, title)
            pg.text(500, 55, date, 8.5)
        else:
            pg.text(60, 55, date, 8.5)
            pg.text(306 - len(title) * 3, 54, title)
            pg.text(510, 55, symbol, 8.5)
        for col_x in (60, 312):
            used = 0
            chunk = []
            while i < len(paras) and used + lines_per_para[i] <= per_col:
                chunk.append(paras[i])
                used += lines_per_para[i]
                i += 1
            if chunk:
                pg.column_text(col_x, 84, 240, chunk)
        if page_no % 2 == 0:
            pg.text(60, 717, "%d/%d" % (page_no, 99), 8.5)
            pg.text(516, 717, job, 8.5)
        else:
            pg.text(60, 717, job, 8.5)
            pg.text(530, 717, "%d/%d" % (page_no, 99), 8.5)
        pages.append(pg)
        page_no += 1
    return pages


SAMPLE_SPEECHES = [
    "The President: The meeting is called to order. I give the floor to the representative "
    "of Ruritania.",
    "Mr. Example Speaker (Brazil) (spoke in Portuguese): We condemn the attacks on the "
    "networks of hospitals. My delegation cannot support a text that ignores them.",
    "Ms. Sample (France) (spoke in French): We call on all States to protect critical "
    "infrastructure. France supports the draft resolution.",
    "The President: I shall now make a statement in my capacity as the representative of "
    "Viet Nam. We welcome the draft resolution.",
    "I now resume my functions as President of the Council.",
    "The meeting rose at 4.10 p.m.",
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "sample-record.pdf"), "wb") as f:
        f.write(pdf_bytes(record_pages(speeches=SAMPLE_SPEECHES), title="S/PV.9999",
                          date="20200110"))
    print("wrote", os.path.join(out, "sample-record.pdf"))


if __name__ == "__main__":
    main()
