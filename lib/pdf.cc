// PDF -> text through poppler's C++ API: poppler gives each page's words
// with their boxes (page::text_list), pdf_layout.cc puts them in reading
// order. Poppler reports trouble by return values (a null document, a
// locked one) and through a global message callback, which is silenced:
// what the user sees is the one line this file writes.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <ctime>
#include <memory>
#include <mutex>

#include "caucus/record.h"
#include "extract.h"
#include "pdf_layout.h"

namespace caucus::internal {
namespace {

void Quiet(const std::string&, void*) {}

void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(Quiet, nullptr); });
}

std::string Utf8(const poppler::ustring& u) {
  poppler::byte_array b = u.to_utf8();
  return std::string(b.begin(), b.end());
}

// Word text as it may enter a document: control characters (fonts without
// a Unicode map give some) dropped, invalid UTF-8 replaced by U+FFFD.
std::string CleanWord(std::string s) {
  std::string out;
  out.reserve(s.size());
  std::string_view rest = s;
  while (!rest.empty()) {
    size_t bad = FindInvalidUtf8(rest);
    std::string_view good = rest.substr(0, bad);
    for (char c : good) {
      if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
    }
    if (bad == std::string_view::npos) break;
    out += "\xEF\xBF\xBD";
    rest.remove_prefix(bad + 1);
  }
  return out;
}

std::string Trimmed(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// "2020-01-15" from the info dictionary's CreationDate (ModDate if absent).
std::string InfoDate(const poppler::document& doc) {
  time_t t = doc.get_creation_date_t();
  if (t <= 0) t = doc.get_modification_date_t();
  if (t <= 0 || t == static_cast<time_t>(-1)) return {};
  struct tm tm;
  if (!gmtime_r(&t, &tm)) return {};
  char buf[16];
  if (strftime(buf, sizeof buf, "%Y-%m-%d", &tm) == 0) return {};
  return buf;
}

// Poppler reads the catalog's colour profile (/OutputIntents, as PDF/X
// files such as UN records have) afresh for every page it extracts text
// from: 70% of the time on a 12-page record, for colours text extraction
// never uses. Renaming the key in place (same length, so the cross-reference
// offsets hold) hides it: a 35-page record took 0.85 s of CPU, now 0.16 s,
// for byte-identical text. A catalog inside a compressed object stream is
// left as it is.
std::string WithoutOutputIntents(std::string_view bytes) {
  static constexpr std::string_view kKey = "/OutputIntents";
  std::string out(bytes);
  for (size_t at = out.find(kKey); at != std::string::npos; at = out.find(kKey, at + 1)) {
    out[at + kKey.size() - 1] = 'X';
  }
  return out;
}

}  // namespace

Result<DecodedText> ExtractPdf(std::string_view original) {
  SilencePoppler();
  const std::string bytes = WithoutOutputIntents(original);
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Status::InvalidInput("PDF too large (" + std::to_string(bytes.size()) +
                                " bytes; poppler reads up to 2 GB)");
  }
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    // Poppler opens a locked document rather than failing, except when the
    // encryption itself cannot be handled.
    if (bytes.find("/Encrypt") != std::string::npos) {
      return Status::InvalidInput("encrypted PDF (a password is needed to read it)");
    }
    return Status::InvalidInput(
        "damaged PDF: poppler could not open it (truncated or not a PDF; try `qpdf --check`)");
  }
  if (doc->is_locked()) {
    return Status::InvalidInput("encrypted PDF (a password is needed to read it)");
  }
  const int n = doc->pages();
  if (n <= 0) return Status::InvalidInput("damaged PDF: no pages");
  std::vector<PdfPage> pages(static_cast<size_t>(n));
  size_t words = 0;
  for (int i = 0; i < n; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    PdfPage& out = pages[static_cast<size_t>(i)];
    const poppler::rectf box = page->page_rect(poppler::crop_box);
    out.width = box.width();
    out.height = box.height();
    for (poppler::text_box& tb : page->text_list(poppler::page::text_list_include_font)) {
      // Vertical text (margin notes, stamps) is not part of the reading.
      if (tb.rotation() != 0 || tb.get_wmode() == poppler::text_box::vertical_wmode) continue;
      const poppler::rectf r = tb.bbox();
      PdfWord w;
      w.x0 = r.x();
      w.y0 = r.y();
      w.x1 = r.right();
      w.y1 = r.bottom();
      w.size = tb.get_font_size();
      w.text = CleanWord(Utf8(tb.text()));
      if (w.text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      out.words.push_back(std::move(w));
    }
    words += out.words.size();
  }
  if (words == 0) {
    return Status::InvalidInput("no text layer; run OCR first (" + std::to_string(n) +
                                (n == 1 ? " page" : " pages") + " of images only)");
  }
  LaidOutText laid = LayOutPages(pages);
  DecodedText dec;
  dec.text = std::move(laid.text);
  if (!dec.text.empty()) dec.text += '\n';
  dec.format = "pdf";
  dec.encoding = "UTF-8";
  for (const LaidOutText::Page& p : laid.pages) dec.pages.push_back({p.span, p.number});
  dec.title = Trimmed(Utf8(doc->get_title()));
  dec.date = InfoDate(*doc);
  return dec;
}

}  // namespace caucus::internal
