// Text out of page-description and word-processor files: PDF (lib/pdf.cc,
// poppler), DOCX and ODT (lib/office.cc, libzip and pugixml). DecodeDocument
// (lib/read.cc) dispatches to these by magic bytes and extension. Each
// converts its library's own error model here, so no exception and no
// library message leaves these files. Thread-safe.
#ifndef CAUCUS_EXTRACT_H_
#define CAUCUS_EXTRACT_H_

#include <string_view>

#include "caucus/read.h"
#include "caucus/status.h"

namespace caucus::internal {

// Fills text, format ("pdf"), encoding ("UTF-8"), pages, title and date.
// Fails with one line for an encrypted file ("encrypted PDF (a password is
// needed to read it)"), a damaged one ("damaged PDF: ...") and one without a
// text layer ("no text layer; run OCR first").
Result<DecodedText> ExtractPdf(std::string_view bytes);

// DOCX ("docx") and OpenDocument text ("odt"): paragraphs and headings,
// tables as one line per row (cells separated by tabs), list items as
// paragraphs, footnotes and endnotes after the body; title and date from
// the document properties. Fails with "damaged DOCX file: ..." and the like.
Result<DecodedText> ExtractDocx(std::string_view bytes);
Result<DecodedText> ExtractOdt(std::string_view bytes);

// True if bytes are a ZIP archive holding a Word or OpenDocument text
// document; `format` gets "docx" or "odt".
bool SniffOfficeZip(std::string_view bytes, std::string* format);

}  // namespace caucus::internal

#endif  // CAUCUS_EXTRACT_H_
