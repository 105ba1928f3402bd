// Turning the bytes of an input file into document text: encoding detection
// and conversion (UTF-8, UTF-16 with BOM, legacy single-byte encodings via
// ICU), binary-data rejection, HTML to text, and the text of PDF, DOCX and
// ODT files.
#ifndef CAUCUS_READ_H_
#define CAUCUS_READ_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

struct ReadOptions {
  // "auto" (by extension, then by content), "text", "markdown", "html",
  // "pdf", "docx", "odt".
  std::string format = "auto";
  // Force a source encoding (an ICU converter name such as "windows-1252");
  // empty means detect.
  std::string encoding;
};

// Where a page of a paged source (PDF) is in the text. number is 1-based;
// pages without text have no span.
struct PageSpan {
  Span span;
  int number = 0;
};

struct DecodedText {
  std::string text;      // valid UTF-8
  std::string format;    // "text", "markdown", "html", "pdf", "docx" or "odt" (the source format)
  std::string encoding;  // the source encoding, e.g. "UTF-8", "UTF-16LE", "windows-1252"
  std::vector<PageSpan> pages;  // PDF only
  std::string title;            // from the file's properties (PDF, DOCX, ODT), if any
  std::string date;             // the same, ISO 8601 "2020-01-15", if any
  // Set when the bytes were not UTF-8 and an encoding was guessed (ICU's
  // detector or an HTML <meta charset>), for a warning on stderr:
  // "not UTF-8 (byte 93 is invalid); read as windows-1252 ...".
  std::string warning;
};

// Decodes one file's bytes: BOMs (UTF-8, UTF-16LE/BE, UTF-32LE/BE), BOM-less
// Latin-script UTF-16, UTF-8, and legacy encodings found by ICU's charset
// detector (or an HTML <meta charset>). The format is options.format, or with
// "auto" the extension (.html/.htm, .md/.markdown) or content (<!DOCTYPE html,
// <html); HTML is converted with HtmlToText. PDF (by its "%PDF-" signature)
// and DOCX / ODT files (ZIP archives, by extension or content) are read
// for their text (see lib/extract.h). Fails (with a message naming the
// byte offset where it can) on binary data (NUL bytes outside UTF-16/32, or
// more than 1 in 20 bytes a control byte), on damaged UTF-8, on bytes that are
// neither UTF-8 nor a detectable encoding, on bytes invalid in a forced
// encoding, and on a forced encoding ICU does not know. Empty input gives
// empty text, not an error. Thread-safe.
Result<DecodedText> DecodeDocument(std::string_view path, std::string_view bytes,
                                   const ReadOptions& options);
// As above; on failure also sets *error_line to the 1-based line of the
// offending byte, or 0 if the error is not about one place (unknown encoding).
// The driver prints it as FILE:LINE.
Result<DecodedText> DecodeDocument(std::string_view path, std::string_view bytes,
                                   const ReadOptions& options, uint64_t* error_line);

// Checks the first bytes of an input before the rest is read, so that binary
// data (/dev/zero, a sparse file of zeros) is refused at once rather than
// after reading all of it. Fails as DecodeDocument fails on NUL bytes outside
// UTF-16/32 (with the same message and *error_line), on the first 64 KB.
// Sets *nul_means_binary when the bytes are ASCII-compatible, so that a NUL
// byte anywhere further on is binary data too: a reader may stop reading
// there and let DecodeDocument report it.
Status CheckHead(std::string_view head, const ReadOptions& options, uint64_t* error_line,
                 bool* nul_means_binary);

// Whether a failure of DecodeDocument or CheckHead is about binary data
// ("binary data: NUL byte at byte 0 (not a text file)").
bool IsBinaryData(const Status& status);

// HTML to plain text: tags removed, script/style/template/svg and <head>
// contents dropped, character references decoded (the HTML 4 named set and
// numeric ones; &nbsp; becomes a space), block elements become breaks (p, div,
// h1-h6, section, article, table, blockquote, pre, hr, lists: a blank line;
// br, li, tr, dt, dd: a line break), whitespace collapsed outside <pre>, and
// the <title> kept as the first line, followed by a blank line.
std::string HtmlToText(std::string_view html);

// A document id from a path: the path as given, without a leading "./".
std::string IdFromPath(std::string_view path);

}  // namespace caucus

#endif  // CAUCUS_READ_H_
