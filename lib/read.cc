// Bytes of an input file -> document text.
//
// Order of decisions in DecodeDocument (the first that applies wins):
//   1. a forced encoding (--encoding): convert with that ICU converter;
//   2. a byte order mark: UTF-8, UTF-32LE/BE (tested before UTF-16, whose BOM
//      is a prefix of UTF-32LE's), UTF-16LE/BE;
//   3. BOM-less UTF-16 from Windows tools, recognised by NUL bytes on one
//      parity only (Latin-script text);
//   4. otherwise the bytes are ASCII-compatible: NULs or many control bytes
//      mean binary data; valid UTF-8 is taken as is; damaged UTF-8 (more valid
//      multi-byte sequences than invalid bytes) is an error; anything else goes
//      to a declared HTML charset or ICU's charset detector (ucsdet).
// Every failure names the byte offset and reports the 1-based line through
// DecodeDocument's error_line so the driver can print FILE:LINE.
#include "caucus/read.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "caucus/record.h"
#include "extract.h"

namespace caucus {
namespace {

// ---- small helpers --------------------------------------------------------------

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

size_t FindNoCase(std::string_view s, std::string_view needle, size_t from) {
  if (needle.empty()) return from;
  const char first = Lower(needle[0]);
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (Lower(s[i]) == first && StartsWithNoCase(s.substr(i), needle)) return i;
  }
  return std::string_view::npos;
}

std::string Extension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = Lower(c);
  return ext;
}

// 1-based line of byte `offset` in text whose code units are `unit` bytes
// wide (1 for ASCII-compatible encodings, 2 for UTF-16, 4 for UTF-32).
uint64_t LineAt(std::string_view bytes, size_t offset, int unit, bool big_endian) {
  offset = std::min(offset, bytes.size());
  uint64_t line = 1;
  if (unit == 1) {
    const char* p = bytes.data();
    const char* end = p + offset;
    while ((p = static_cast<const char*>(memchr(p, '\n', end - p))) != nullptr) {
      ++line;
      ++p;
    }
    return line;
  }
  for (size_t i = 0; i + unit <= offset; i += unit) {
    size_t lf = big_endian ? i + unit - 1 : i;
    if (bytes[lf] != '\n') continue;
    bool rest_zero = true;
    for (int k = 0; k < unit; ++k) {
      if (i + k != lf && bytes[i + k] != 0) rest_zero = false;
    }
    if (rest_zero) ++line;
  }
  return line;
}

Status Fail(uint64_t line, uint64_t* error_line, std::string message) {
  if (error_line) *error_line = line;
  return Status::InvalidInput(std::move(message));
}

// Every binary-data failure starts so (IsBinaryData).
constexpr std::string_view kBinaryData = "binary data: ";

// How much of a file CheckHead and the BOM-less UTF-16 test look at.
constexpr size_t kUtf16Sample = 1 << 16;

// ---- ICU conversion ------------------------------------------------------------------

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// A readable name for a converter ("windows-1252" rather than ICU's internal
// "ibm-5348_P100-1997").
std::string DisplayName(const char* requested, UConverter* conv) {
  UErrorCode st = U_ZERO_ERROR;
  const char* canonical = ucnv_getName(conv, &st);
  if (U_FAILURE(st)) return requested;
  for (const char* standard : {"MIME", "IANA"}) {
    st = U_ZERO_ERROR;
    const char* n = ucnv_getStandardName(canonical, standard, &st);
    if (U_SUCCESS(st) && n) return n;
  }
  return requested;
}

// Converts `bytes` from `encoding` to UTF-8. Stops at the first byte sequence
// that is illegal in the encoding and reports where. `unit`/`big_endian`
// describe the code unit so the error line can be found.
Status ConvertToUtf8(std::string_view bytes, const std::string& encoding, int unit, bool big_endian,
                     std::string* out, std::string* display, uint64_t* error_line) {
  UErrorCode st = U_ZERO_ERROR;
  ConverterPtr src(ucnv_open(encoding.c_str(), &st));
  if (U_FAILURE(st) || st == U_AMBIGUOUS_ALIAS_WARNING) {
    if (U_FAILURE(st)) {
      return Fail(0, error_line,
                  "unknown encoding '" + encoding +
                      "' (use an ICU converter name such as UTF-8, UTF-16LE, windows-1252, "
                      "ISO-8859-15, KOI8-R)");
    }
  }
  *display = DisplayName(encoding.c_str(), src.get());
  st = U_ZERO_ERROR;
  ConverterPtr dst(ucnv_open("UTF-8", &st));
  if (U_FAILURE(st))
    return Status::Internal(std::string("ICU UTF-8 converter: ") + u_errorName(st));
  st = U_ZERO_ERROR;
  ucnv_setToUCallBack(src.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &st);
  // UTF-8 needs at most 3 bytes per UTF-16 unit, and every source encoding
  // spends at least one byte per UTF-16 unit, so one call always fits.
  out->resize(bytes.size() * 3 + 16);
  char* target = &(*out)[0];
  const char* source = bytes.data();
  st = U_ZERO_ERROR;
  ucnv_convertEx(dst.get(), src.get(), &target, out->data() + out->size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true, &st);
  if (U_FAILURE(st)) {
    char bad[32];
    int8_t bad_len = sizeof bad;
    UErrorCode st2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(src.get(), bad, &bad_len, &st2);
    if (U_FAILURE(st2)) bad_len = 0;
    size_t offset = static_cast<size_t>(source - bytes.data());
    offset = offset >= static_cast<size_t>(bad_len) ? offset - bad_len : 0;
    out->clear();
    if (st == U_ILLEGAL_CHAR_FOUND || st == U_INVALID_CHAR_FOUND || st == U_TRUNCATED_CHAR_FOUND) {
      return Fail(
          LineAt(bytes, offset, unit, big_endian), error_line,
          "byte " + std::to_string(offset) + " is not valid " + *display +
              (st == U_TRUNCATED_CHAR_FOUND ? " (truncated character at end of input)" : ""));
    }
    return Status::Internal(std::string("ICU conversion from ") + *display + ": " +
                            u_errorName(st));
  }
  out->resize(static_cast<size_t>(target - out->data()));
  // UTF-16LE and friends keep a BOM as U+FEFF; it is not text.
  if (out->size() >= 3 && memcmp(out->data(), "\xEF\xBB\xBF", 3) == 0) out->erase(0, 3);
  return Status::Ok();
}

// ---- binary and UTF-8 checks -------------------------------------------------------

bool IsBinaryControl(unsigned char c) {
  // Tab, LF, VT, FF, CR and ESC (ANSI colours in logs) occur in text.
  return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B;
}

// Rejects NUL bytes and a high share of control bytes in ASCII-compatible
// bytes (or decoded UTF-8 text).
Status CheckNotBinary(std::string_view bytes, std::string_view what, uint64_t* error_line,
                      std::string_view offset_note = {}) {
  const void* nul = memchr(bytes.data(), 0, bytes.size());
  if (nul) {
    size_t off = static_cast<size_t>(static_cast<const char*>(nul) - bytes.data());
    return Fail(LineAt(bytes, off, 1, false), error_line,
                std::string(kBinaryData) + std::string(what) + " at byte " + std::to_string(off) +
                    std::string(offset_note) + " (not a text file)");
  }
  size_t controls = 0, first = std::string_view::npos;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (IsBinaryControl(static_cast<unsigned char>(bytes[i]))) {
      if (controls++ == 0) first = i;
    }
  }
  // A stray control byte (a DOS end-of-file mark) is text; 1 in 20 is not.
  if (controls > 0 && controls * 20 > bytes.size()) {
    char hex[8];
    snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[first]));
    return Fail(LineAt(bytes, first, 1, false), error_line,
                std::string(kBinaryData) + "control byte " + std::string(hex) + " at byte " +
                    std::to_string(first) + std::string(offset_note) + " (" +
                    std::to_string(controls) + " control bytes in " + std::to_string(bytes.size()) +
                    ")");
  }
  return Status::Ok();
}

enum class Utf16 { kNo, kLittleEndian, kBigEndian };

// Whether bytes without a BOM are Latin-script UTF-16, judged on their first
// 64 KB: a zero high byte in most units and (almost) none in the low byte.
Utf16 BomlessUtf16(std::string_view bytes) {
  size_t sample = std::min<size_t>(bytes.size(), kUtf16Sample) & ~size_t{1};
  size_t zero_even = 0, zero_odd = 0;
  for (size_t i = 0; i < sample; i += 2) {
    zero_even += bytes[i] == 0;
    zero_odd += bytes[i + 1] == 0;
  }
  size_t units = sample / 2;
  if (units == 0) return Utf16::kNo;
  if (zero_odd * 10 > units * 7 && zero_even * 50 < units) return Utf16::kLittleEndian;
  if (zero_even * 10 > units * 7 && zero_odd * 50 < units) return Utf16::kBigEndian;
  return Utf16::kNo;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && memcmp(s.data(), prefix.data(), prefix.size()) == 0;
}

// Counts well-formed multi-byte UTF-8 sequences and bytes that are not part
// of one.
void CountUtf8(std::string_view s, size_t* valid_multi, size_t* invalid) {
  *valid_multi = *invalid = 0;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    int32_t start = i;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      *invalid += static_cast<size_t>(i - start);
    } else {
      ++*valid_multi;
    }
  }
}

// "charset=..." in the first 4 KB of an HTML document, lower-cased.
std::string DeclaredHtmlCharset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  size_t i = FindNoCase(head, "charset", 0);
  if (i == std::string_view::npos) return {};
  i += 7;
  while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\''))
    ++i;
  size_t b = i;
  while (i < head.size() && (isalnum(static_cast<unsigned char>(head[i])) || head[i] == '-' ||
                             head[i] == '_' || head[i] == '.' || head[i] == ':'))
    ++i;
  std::string cs(head.substr(b, i - b));
  for (char& c : cs) c = Lower(c);
  return cs;
}

// ICU's guess for bytes that are not UTF-8, or empty if it has none worth
// taking. Unicode guesses are refused: those were ruled out already.
std::string DetectLegacy(std::string_view bytes, bool html) {
  UErrorCode st = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&st);
  if (U_FAILURE(st)) return {};
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> guard(det, ucsdet_close);
  ucsdet_enableInputFilter(det, html);  // skip markup when counting
  // The detector looks at a prefix; 64 KB is plenty for single-byte charsets.
  std::string_view sample = bytes.substr(0, 1 << 16);
  ucsdet_setText(det, sample.data(), static_cast<int32_t>(sample.size()), &st);
  int32_t n = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &n, &st);
  if (U_FAILURE(st)) return {};
  for (int32_t i = 0; i < n; ++i) {
    const char* name = ucsdet_getName(matches[i], &st);
    int32_t confidence = ucsdet_getConfidence(matches[i], &st);
    if (U_FAILURE(st) || !name) return {};
    if (StartsWithNoCase(name, "utf-") || confidence < 10) continue;
    return name;
  }
  return {};
}

// A paged or packaged format recognised by its bytes (and, for ZIP
// archives, by what they hold), or "" for text formats.
std::string BinaryFormat(std::string_view path, std::string_view bytes, const std::string& forced) {
  if (forced == "pdf" || forced == "docx" || forced == "odt") return forced;
  if (forced != "auto" && !forced.empty()) return {};
  const std::string ext = Extension(path);
  // A .pdf may have a little junk before its signature (readers allow 1 KB).
  if (bytes.substr(0, 5) == "%PDF-" ||
      (ext == "pdf" && bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos))
    return "pdf";
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    if (ext == "docx" || ext == "odt") return ext;
    std::string format;
    if (internal::SniffOfficeZip(bytes, &format)) return format;
  }
  if (ext == "pdf" || ext == "docx" || ext == "odt") return ext;  // damaged: say so
  return {};
}

std::string LegacyWarning(size_t bad, const std::string& encoding, const char* how) {
  return "warning: not UTF-8 (byte " + std::to_string(bad) + " is invalid); read as " + encoding +
         " (" + how + "; pass --encoding to choose)";
}

std::string FormatFor(std::string_view path, std::string_view text, const std::string& forced) {
  if (forced != "auto" && !forced.empty()) return forced;
  std::string ext = Extension(path);
  if (ext == "html" || ext == "htm" || ext == "xhtml") return "html";
  if (ext == "md" || ext == "markdown") return "markdown";
  size_t i = text.find_first_not_of(" \t\r\n");
  if (i != std::string_view::npos) {
    std::string_view head = text.substr(i, 64);
    if (StartsWithNoCase(head, "<!doctype html") || StartsWithNoCase(head, "<html")) return "html";
  }
  return "text";
}

}  // namespace

// ---- DecodeDocument ---------------------------------------------------------------------

Result<DecodedText> DecodeDocument(std::string_view path, std::string_view bytes,
                                   const ReadOptions& options) {
  return DecodeDocument(path, bytes, options, nullptr);
}

Result<DecodedText> DecodeDocument(std::string_view path, std::string_view bytes,
                                   const ReadOptions& options, uint64_t* error_line) {
  if (error_line) *error_line = 0;
  if (options.format != "auto" && options.format != "text" && options.format != "markdown" &&
      options.format != "html" && options.format != "pdf" && options.format != "docx" &&
      options.format != "odt") {
    return Fail(0, error_line,
                "unknown input format '" + options.format +
                    "' (use auto, text, markdown, html, pdf, docx, odt)");
  }
  if (bytes.size() > 0xFFFFFFF0u) {
    return Fail(0, error_line,
                "file too large (" + std::to_string(bytes.size()) +
                    " bytes; documents are limited to 4 GB)");
  }
  const std::string binary = BinaryFormat(path, bytes, options.format);
  if (binary == "pdf") return internal::ExtractPdf(bytes);
  if (binary == "docx") return internal::ExtractDocx(bytes);
  if (binary == "odt") return internal::ExtractOdt(bytes);
  DecodedText out;
  auto finish = [&](std::string text, std::string encoding) -> Result<DecodedText> {
    out.format = FormatFor(path, text, options.format);
    out.encoding = std::move(encoding);
    out.text = out.format == "html" ? HtmlToText(text) : std::move(text);
    return std::move(out);
  };
  auto bom = [&](std::string_view b) {
    return bytes.size() >= b.size() && memcmp(bytes.data(), b.data(), b.size()) == 0;
  };
  auto convert = [&](std::string_view src, const std::string& enc, int unit,
                     bool big_endian) -> Result<DecodedText> {
    std::string text, display;
    Status s = ConvertToUtf8(src, enc, unit, big_endian, &text, &display, error_line);
    if (!s.ok()) return s;
    // U+0000 survives conversion from a wide encoding; control characters too.
    s = CheckNotBinary(text, "NUL character", error_line, " of the converted text");
    if (!s.ok()) return s;
    return finish(std::move(text), display);
  };

  if (!options.encoding.empty()) {
    std::string enc = options.encoding;
    std::string lower = enc;
    for (char& c : lower) c = Lower(c);
    int unit = 1;
    bool be = false;
    if (lower.rfind("utf-16", 0) == 0 || lower.rfind("utf16", 0) == 0) unit = 2;
    if (lower.rfind("utf-32", 0) == 0 || lower.rfind("utf32", 0) == 0) unit = 4;
    if (lower.find("be") != std::string::npos) be = true;
    return convert(bytes, enc, unit, be);
  }

  if (bom("\xEF\xBB\xBF"))
    bytes.remove_prefix(3);
  else if (bom(std::string_view("\xFF\xFE\0\0", 4)))
    return convert(bytes.substr(4), "UTF-32LE", 4, false);
  else if (bom(std::string_view("\0\0\xFE\xFF", 4)))
    return convert(bytes.substr(4), "UTF-32BE", 4, true);
  else if (bom("\xFF\xFE"))
    return convert(bytes.substr(2), "UTF-16LE", 2, false);
  else if (bom("\xFE\xFF"))
    return convert(bytes.substr(2), "UTF-16BE", 2, true);

  if (memchr(bytes.data(), 0, bytes.size()) && bytes.size() >= 4 && bytes.size() % 2 == 0) {
    switch (BomlessUtf16(bytes)) {
      case Utf16::kLittleEndian:
        return convert(bytes, "UTF-16LE", 2, false);
      case Utf16::kBigEndian:
        return convert(bytes, "UTF-16BE", 2, true);
      case Utf16::kNo:
        break;
    }
  }

  Status s = CheckNotBinary(bytes, "NUL byte", error_line);
  if (!s.ok()) return s;
  size_t bad = FindInvalidUtf8(bytes);
  if (bad == std::string_view::npos) return finish(std::string(bytes), "UTF-8");

  size_t valid_multi, invalid;
  CountUtf8(bytes, &valid_multi, &invalid);
  if (valid_multi > 0 && invalid <= valid_multi) {
    return Fail(LineAt(bytes, bad, 1, false), error_line,
                "invalid UTF-8 at byte " + std::to_string(bad) +
                    " (the rest looks like UTF-8; fix the file or pass --encoding)");
  }
  const bool html = FormatFor(path, bytes, options.format) == "html";
  if (html) {
    std::string declared = DeclaredHtmlCharset(bytes);
    if (!declared.empty() && declared != "utf-8" && declared != "utf8") {
      UErrorCode st = U_ZERO_ERROR;
      UConverter* c = ucnv_open(declared.c_str(), &st);
      if (c) ucnv_close(c);
      if (U_SUCCESS(st)) {
        Result<DecodedText> r = convert(bytes, declared, 1, false);
        if (r.ok()) r->warning = LegacyWarning(bad, r->encoding, "its <meta charset>");
        return r;
      }
    }
  }
  std::string guess = DetectLegacy(bytes, html);
  if (guess.empty()) {
    return Fail(LineAt(bytes, bad, 1, false), error_line,
                "invalid UTF-8 at byte " + std::to_string(bad) +
                    " and no legacy encoding detected (pass --encoding NAME)");
  }
  Result<DecodedText> r = convert(bytes, guess, 1, false);
  if (r.ok()) r->warning = LegacyWarning(bad, r->encoding, "a guess");
  return r;
}

Status CheckHead(std::string_view head, const ReadOptions& options, uint64_t* error_line,
                 bool* nul_means_binary) {
  if (error_line) *error_line = 0;
  *nul_means_binary = false;
  // A forced encoding may be a wide one; PDF, ZIP (DOCX, ODT) and OLE
  // (encrypted or legacy Office) files are binary containers that other
  // readers take apart or name.
  if (!options.encoding.empty() || StartsWith(head, "%PDF-") || StartsWith(head, "PK\x03\x04") ||
      StartsWith(head, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
    return Status::Ok();
  for (std::string_view wide_bom :
       {std::string_view("\xFF\xFE", 2), std::string_view("\xFE\xFF", 2),
        std::string_view("\0\0\xFE\xFF", 4)}) {
    if (StartsWith(head, wide_bom)) return Status::Ok();
  }
  if (!memchr(head.data(), 0, head.size())) {
    *nul_means_binary = true;
    return Status::Ok();
  }
  if (head.size() >= 4 && BomlessUtf16(head) != Utf16::kNo) return Status::Ok();
  if (StartsWith(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  return CheckNotBinary(head, "NUL byte", error_line);
}

bool IsBinaryData(const Status& status) {
  return !status.ok() && status.message().rfind(kBinaryData, 0) == 0;
}

std::string IdFromPath(std::string_view path) {
  while (path.size() > 2 && path.substr(0, 2) == "./") path.remove_prefix(2);
  return std::string(path);
}

}  // namespace caucus
