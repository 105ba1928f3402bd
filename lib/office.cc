// DOCX and ODT -> text. Both are ZIP archives of XML parts: libzip opens the
// archive from memory, pugixml parses the parts (no exceptions: results are
// checked and turned into Status here).
//
// Elements are matched by local name (the part after the prefix), since the
// prefixes are only conventional.
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "extract.h"

namespace caucus::internal {
namespace {

// A part larger than this is not read: 256 MB of XML is no word-processor
// document, and a tiny archive may claim to expand to gigabytes.
constexpr zip_uint64_t kMaxPart = 256u << 20;

std::string_view LocalName(const pugi::xml_node& n) {
  std::string_view name = n.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool Is(const pugi::xml_node& n, std::string_view local) { return LocalName(n) == local; }

std::string Attr(const pugi::xml_node& n, std::string_view local) {
  for (const pugi::xml_attribute& a : n.attributes()) {
    std::string_view name = a.name();
    size_t colon = name.find(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local)
      return a.value();
  }
  return {};
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

Result<ZipPtr> OpenZip(std::string_view bytes, const std::string& what) {
  if (bytes.size() >= 4 && memcmp(bytes.data(), "\xD0\xCF\x11\xE0", 4) == 0) {
    return Status::InvalidInput(
        "encrypted or legacy " + what +
        " file (an OLE compound file, not a ZIP archive: save it unencrypted as ." +
        (what == "DOCX" ? "docx" : "odt") + ")");
  }
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    std::string m = zip_error_strerror(&err);
    zip_error_fini(&err);
    return Status::Internal("libzip: " + m);
  }
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
  if (!z) {
    std::string m = zip_error_strerror(&err);
    zip_source_free(src);
    zip_error_fini(&err);
    return Status::InvalidInput("damaged " + what + " file: not a readable ZIP archive (" + m +
                                ")");
  }
  zip_error_fini(&err);
  return ZipPtr(z);
}

bool HasEntry(zip_t* z, const char* name) { return zip_name_locate(z, name, 0) >= 0; }

// The bytes of one part; NotFound if the archive has no such part.
Result<std::string> ReadPart(zip_t* z, const char* name, const std::string& what) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(z, name, 0, &st) != 0) return Status::NotFound(std::string("no ") + name);
  if ((st.valid & ZIP_STAT_SIZE) && st.size > kMaxPart) {
    return Status::InvalidInput("damaged " + what + " file: " + name + " claims " +
                                std::to_string(st.size) + " bytes (the limit is 256 MB)");
  }
  zip_file_t* f = zip_fopen(z, name, 0);
  if (!f) {
    return Status::InvalidInput("damaged " + what + " file: cannot open " + name + " (" +
                                zip_strerror(z) + ")");
  }
  std::string out;
  char buf[1 << 16];
  while (true) {
    zip_int64_t n = zip_fread(f, buf, sizeof buf);
    if (n < 0) {
      std::string m = zip_file_strerror(f);
      zip_fclose(f);
      return Status::InvalidInput("damaged " + what + " file: " + name + ": " + m);
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
    if (out.size() > kMaxPart) {
      zip_fclose(f);
      return Status::InvalidInput("damaged " + what + " file: " + name + " expands past 256 MB");
    }
  }
  zip_fclose(f);
  return out;
}

Status ParseXml(const std::string& xml, const char* name, const std::string& what,
                pugi::xml_document* doc) {
  pugi::xml_parse_result r = doc->load_buffer(
      xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!r) {
    return Status::InvalidInput("damaged " + what + " file: " + name + ": XML error at byte " +
                                std::to_string(r.offset) + ": " + r.description());
  }
  return Status::Ok();
}

// Reads and parses one part. A part that is missing is NotFound, or for a
// `required` part a damaged-file error.
Status LoadPart(zip_t* z, const char* name, const std::string& what, bool required,
                pugi::xml_document* doc) {
  Result<std::string> xml = ReadPart(z, name, what);
  if (!xml.ok()) {
    if (required && xml.status().code() == Status::Code::kNotFound)
      return Status::InvalidInput("damaged " + what + " file: no " + name + " in the archive");
    return xml.status();
  }
  return ParseXml(*xml, name, what, doc);
}

// Paragraphs and table rows, as they will be written: paragraphs apart by a
// blank line, the rows of a table by a line break.
class TextOut {
 public:
  void Paragraph(std::string s) {
    Trim(&s);
    if (s.empty()) return;
    if (!text_.empty()) text_ += "\n\n";
    text_ += s;
    in_table_ = false;
  }
  // Cells apart by tabs; an empty leading cell keeps its tab.
  void TableRow(const std::vector<std::string>& cells) {
    size_t n = cells.size();
    while (n > 0 && cells[n - 1].find_first_not_of(" \t\n") == std::string::npos) --n;
    if (n == 0) return;
    std::string s;
    for (size_t i = 0; i < n; ++i) {
      if (i) s += '\t';
      s += cells[i];
    }
    if (!text_.empty()) text_ += in_table_ ? "\n" : "\n\n";
    text_ += s;
    in_table_ = true;
  }
  void EndTable() { in_table_ = false; }
  std::string Take() {
    if (!text_.empty()) text_ += '\n';
    return std::move(text_);
  }

 private:
  static void Trim(std::string* s) {
    size_t b = s->find_first_not_of(" \t\n");
    if (b == std::string::npos) {
      s->clear();
      return;
    }
    size_t e = s->find_last_not_of(" \t\n");
    *s = s->substr(b, e - b + 1);
  }
  std::string text_;
  bool in_table_ = false;
};

// "2020-01-10" from "2020-01-10T09:00:00Z" ("2020-01" or "2020" when that is
// all there is), or "".
std::string IsoDate(const std::string& s) {
  auto digits = [&](size_t b, size_t n) {
    if (s.size() < b + n) return false;
    for (size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4)) return {};
  if (s.size() < 7 || s[4] != '-' || !digits(5, 2)) return s.substr(0, 4);
  if (s.size() < 10 || s[7] != '-' || !digits(8, 2)) return s.substr(0, 7);
  return s.substr(0, 10);
}

pugi::xml_node Child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c : n.children()) {
    if (Is(c, local)) return c;
  }
  return {};
}

// Title and date from a properties part (docProps/core.xml, meta.xml).
void Properties(const pugi::xml_node& root, DecodedText* out) {
  for (pugi::xml_node n = root; n; n = n.next_sibling()) {
    for (pugi::xml_node c : n.children()) {
      if (Is(c, "title") && out->title.empty()) {
        out->title = c.text().get();
      } else if ((Is(c, "created") || Is(c, "creation-date")) && out->date.empty()) {
        out->date = IsoDate(c.text().get());
      } else if (Is(c, "meta")) {
        Properties(c, out);  // ODF nests office:meta inside office:document-meta
      }
    }
  }
  if (out->date.empty()) {
    for (pugi::xml_node c : root.children()) {
      if (Is(c, "date") || Is(c, "modified")) out->date = IsoDate(c.text().get());
    }
  }
  size_t b = out->title.find_first_not_of(" \t\r\n");
  out->title = b == std::string::npos ? "" : out->title.substr(b);
  while (!out->title.empty() && strchr(" \t\r\n", out->title.back())) out->title.pop_back();
}

// ---- DOCX ---------------------------------------------------------------------

// The text of a w:p: runs' w:t, tabs, breaks; deleted text, field codes and
// the fallback copy of alternate content are skipped.
void DocxRuns(const pugi::xml_node& node, std::string* out) {
  for (pugi::xml_node c : node.children()) {
    std::string_view n = LocalName(c);
    if (c.type() != pugi::node_element) continue;
    if (n == "t") {
      out->append(c.text().get());
    } else if (n == "tab" || n == "ptab") {
      out->push_back('\t');
    } else if (n == "br" || n == "cr") {
      out->push_back('\n');
    } else if (n == "noBreakHyphen") {
      out->push_back('-');
    } else if (n == "del" || n == "instrText" || n == "delText" || n == "Fallback" ||
               n == "footnoteReference" || n == "endnoteReference" || n == "rPr" || n == "pPr") {
      continue;
    } else if (n == "p") {
      // A paragraph inside a text box of this one.
      if (!out->empty()) out->push_back(' ');
      DocxRuns(c, out);
    } else {
      DocxRuns(c, out);
    }
  }
}

std::string DocxParagraph(const pugi::xml_node& p) {
  std::string s;
  DocxRuns(p, &s);
  return s;
}

// The text of a table cell (DOCX or ODT): the texts that read(child, &text)
// gives for its children, joined by spaces, on one line.
template <class Read>
std::string CellText(const pugi::xml_node& cell, Read read) {
  std::string s;
  for (pugi::xml_node c : cell.children()) {
    std::string p;
    read(c, &p);
    if (p.empty()) continue;
    if (!s.empty()) s += ' ';
    s += p;
  }
  for (char& ch : s) {
    if (ch == '\n' || ch == '\t') ch = ' ';
  }
  return s;
}

// The text of a table cell: its paragraphs joined by spaces.
std::string DocxCell(const pugi::xml_node& tc) {
  return CellText(tc, [](const pugi::xml_node& c, std::string* p) {
    if (Is(c, "p") || Is(c, "tbl") || Is(c, "sdt")) DocxRuns(c, p);
  });
}

void DocxBlocks(const pugi::xml_node& node, TextOut* out) {
  for (pugi::xml_node c : node.children()) {
    std::string_view n = LocalName(c);
    if (n == "p") {
      out->Paragraph(DocxParagraph(c));
    } else if (n == "tbl") {
      for (pugi::xml_node tr : c.children()) {
        if (!Is(tr, "tr")) continue;
        std::vector<std::string> cells;
        for (pugi::xml_node tc : tr.children()) {
          if (Is(tc, "sdt")) tc = Child(Child(tc, "sdtContent"), "tc");
          if (Is(tc, "tc")) cells.push_back(DocxCell(tc));
        }
        out->TableRow(cells);
      }
      out->EndTable();
    } else if (n == "sdt" || n == "sdtContent" || n == "customXml" || n == "body" ||
               n == "footnote" || n == "endnote") {
      DocxBlocks(c, out);
    }
  }
}

// Footnotes or endnotes, without the separators Word keeps among them.
Status DocxNotes(zip_t* z, const char* part, TextOut* out) {
  pugi::xml_document doc;
  Status s = LoadPart(z, part, "DOCX", false, &doc);
  if (s.code() == Status::Code::kNotFound) return Status::Ok();
  if (!s.ok()) return s;
  for (pugi::xml_node note : doc.document_element().children()) {
    const std::string type = Attr(note, "type");
    if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice")
      continue;
    DocxBlocks(note, out);
  }
  return Status::Ok();
}

// ---- ODT ----------------------------------------------------------------------

// Inline content of text:p / text:h; white space collapses as ODF says,
// text:s and text:tab give explicit space. Notes go to `notes`.
void OdtInline(const pugi::xml_node& node, std::string* out, std::vector<pugi::xml_node>* notes) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      for (const char* p = c.value(); *p; ++p) {
        const char ch = *p;
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
          if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
        } else {
          out->push_back(ch);
        }
      }
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    std::string_view n = LocalName(c);
    if (n == "s") {
      int count = std::max(1, atoi(Attr(c, "c").c_str()));
      out->append(static_cast<size_t>(std::min(count, 1000)), ' ');
    } else if (n == "tab") {
      out->push_back('\t');
    } else if (n == "line-break") {
      out->push_back('\n');
    } else if (n == "note") {
      notes->push_back(Child(c, "note-body"));
    } else if (n == "annotation" || n == "annotation-end" || n == "note-citation" ||
               n == "bookmark" || n == "bookmark-start" || n == "bookmark-end" ||
               n == "soft-page-break") {
      continue;
    } else {
      OdtInline(c, out, notes);
    }
  }
}

void OdtBlocks(const pugi::xml_node& node, TextOut* out, std::vector<pugi::xml_node>* notes);

std::string OdtCell(const pugi::xml_node& cell, std::vector<pugi::xml_node>* notes) {
  return CellText(cell, [notes](const pugi::xml_node& c, std::string* p) {
    if (Is(c, "p") || Is(c, "h")) OdtInline(c, p, notes);
  });
}

void OdtRows(const pugi::xml_node& node, TextOut* out, std::vector<pugi::xml_node>* notes) {
  for (pugi::xml_node c : node.children()) {
    std::string_view n = LocalName(c);
    if (n == "table-row") {
      std::vector<std::string> cells;
      for (pugi::xml_node cell : c.children()) {
        if (!Is(cell, "table-cell")) continue;
        cells.push_back(OdtCell(cell, notes));
      }
      out->TableRow(cells);
    } else if (n == "table-header-rows" || n == "table-rows" || n == "table-row-group") {
      OdtRows(c, out, notes);
    }
  }
}

void OdtBlocks(const pugi::xml_node& node, TextOut* out, std::vector<pugi::xml_node>* notes) {
  for (pugi::xml_node c : node.children()) {
    std::string_view n = LocalName(c);
    if (n == "p" || n == "h") {
      std::string s;
      OdtInline(c, &s, notes);
      out->Paragraph(s);
    } else if (n == "table") {
      OdtRows(c, out, notes);
      out->EndTable();
    } else if (n == "list" || n == "list-item" || n == "list-header" || n == "section" ||
               n == "note-body" || n == "index-body" || n == "table-of-content" ||
               n == "illustration-index" || n == "alphabetical-index" || n == "bibliography") {
      OdtBlocks(c, out, notes);
    }
  }
}

// The text, with title and date from the properties part when it parses.
DecodedText Finish(TextOut* out, const char* format, zip_t* z, const char* properties,
                   const std::string& what) {
  DecodedText dec;
  dec.text = out->Take();
  dec.format = format;
  dec.encoding = "UTF-8";
  pugi::xml_document props;
  if (LoadPart(z, properties, what, false, &props).ok()) Properties(props.document_element(), &dec);
  return dec;
}

}  // namespace

bool SniffOfficeZip(std::string_view bytes, std::string* format) {
  Result<ZipPtr> z = OpenZip(bytes, "ZIP");
  if (!z.ok()) return false;
  if (HasEntry(z->get(), "word/document.xml")) {
    *format = "docx";
    return true;
  }
  Result<std::string> mime = ReadPart(z->get(), "mimetype", "ODT");
  if (mime.ok() && mime->rfind("application/vnd.oasis.opendocument.text", 0) == 0) {
    *format = "odt";
    return true;
  }
  return false;
}

Result<DecodedText> ExtractDocx(std::string_view bytes) {
  Result<ZipPtr> z = OpenZip(bytes, "DOCX");
  if (!z.ok()) return z.status();
  pugi::xml_document doc;
  Status s = LoadPart(z->get(), "word/document.xml", "DOCX", true, &doc);
  if (!s.ok()) return s;
  TextOut out;
  DocxBlocks(Child(doc.document_element(), "body"), &out);
  for (const char* part : {"word/footnotes.xml", "word/endnotes.xml"}) {
    s = DocxNotes(z->get(), part, &out);
    if (!s.ok()) return s;
  }
  return Finish(&out, "docx", z->get(), "docProps/core.xml", "DOCX");
}

Result<DecodedText> ExtractOdt(std::string_view bytes) {
  Result<ZipPtr> z = OpenZip(bytes, "ODT");
  if (!z.ok()) return z.status();
  // An encrypted package says so in its manifest; its content.xml is not XML.
  Result<std::string> manifest = ReadPart(z->get(), "META-INF/manifest.xml", "ODT");
  if (manifest.ok() && manifest->find("encryption-data") != std::string::npos) {
    return Status::InvalidInput("encrypted ODT file (a password is needed to read it)");
  }
  pugi::xml_document doc;
  Status s = LoadPart(z->get(), "content.xml", "ODT", true, &doc);
  if (!s.ok()) return s;
  TextOut out;
  std::vector<pugi::xml_node> notes;
  OdtBlocks(Child(Child(doc.document_element(), "body"), "text"), &out, &notes);
  // Notes may hold notes; each is written once, after the body.
  for (size_t i = 0; i < notes.size(); ++i) OdtBlocks(notes[i], &out, &notes);
  return Finish(&out, "odt", z->get(), "meta.xml", "ODT");
}

}  // namespace caucus::internal
