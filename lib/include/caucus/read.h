// Turning the bytes of an input file into document text: encoding detection
// and conversion (UTF-8, UTF-16 with BOM, legacy single-byte encodings via
// ICU), binary-data rejection, and HTML to text.
#ifndef CAUCUS_READ_H_
#define CAUCUS_READ_H_

#include <string>
#include <string_view>

#include "caucus/status.h"

namespace caucus {

struct ReadOptions {
  // "auto" (by extension, then by content), "text", "markdown", "html".
  std::string format = "auto";
  // Force a source encoding (an ICU converter name such as "windows-1252");
  // empty means detect.
  std::string encoding;
};

struct DecodedText {
  std::string text;      // valid UTF-8
  std::string format;    // "text", "markdown" or "html" (the source format)
  std::string encoding;  // the source encoding, e.g. "UTF-8", "UTF-16LE", "windows-1252"
};

// Decodes one file's bytes. Fails (with a message naming the byte offset
// where it can) on binary data (NUL bytes outside UTF-16), on bytes that are
// neither UTF-8 nor a detectable encoding, and on a forced encoding ICU does
// not know. Empty input gives empty text, not an error.
Result<DecodedText> DecodeDocument(std::string_view path, std::string_view bytes,
                                   const ReadOptions& options);

// HTML to plain text: tags removed, script/style contents dropped, character
// entities decoded, block elements (p, div, br, li, h1-h6, tr, ...) become
// line breaks, runs of blank lines collapsed.
std::string HtmlToText(std::string_view html);

// A document id from a path: the path as given, without a leading "./".
std::string IdFromPath(std::string_view path);

}  // namespace caucus

#endif  // CAUCUS_READ_H_
