// Front matter: the header a document may open with, which `caucus read`
// moves into meta and the other tools leave out of their analysis.
//
//   FrontMatter fm = ParseFrontMatter(text);
//   if (fm.end) ... text.substr(fm.end) is the body
//
// Two forms are recognised at the very start of a text: a YAML block ("---"
// line, "key: value" lines, "---" or "..." line), and a run of "# Key: value"
// lines ended by a "# ---" line or by the first line that is not a "#" line
// (then at least two keys), as the documents of ../shared/corpus open.
#ifndef CAUCUS_FRONT_MATTER_H_
#define CAUCUS_FRONT_MATTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/record.h"
#include "caucus/types.h"

namespace caucus {

// One "key: value" line of a header.
struct FrontMatterField {
  std::string key;    // lower-cased, trimmed
  std::string value;  // trimmed, YAML quotes removed
  Span span;          // where the value stands in the text
};

struct FrontMatter {
  uint32_t end = 0;  // byte offset where the body starts; 0 when there is no front matter
  std::vector<FrontMatterField> fields;  // the key lines in order
};

// The one parser of document headers: `caucus read` (meta), the tools that
// skip the header (BodyStart) and the stance passes (the speaker a header
// line names) all read a header through it.
FrontMatter ParseFrontMatter(std::string_view text);

// ParseFrontMatter(text).end.
uint32_t FrontMatterEnd(std::string_view text);

// The members `caucus read` adds to meta for a text's front matter, each
// preceded by a comma: "header" (the span [0, end] of the front matter) and,
// where the front matter gives them, "title", "date" (ISO 8601: the leading
// YYYY, YYYY-MM or YYYY-MM-DD of the value), "source", "author" (from
// "author", "author/org", "by"). Not "speaker": a header line names the
// speaker as written, which the stance passes resolve to an id. Empty without
// front matter.
std::string FrontMatterMetaMembers(std::string_view text);

// meta.header's end, if meta (a JSON object) has a valid "header" span
// within a text of text_size bytes.
bool HeaderEndFromMeta(std::string_view meta, size_t text_size, uint32_t* end);

// Where a document's body starts: meta.header's end when meta has one, else
// the end of the front matter found in its text (0 when there is none).
// Tools analyse text from here on.
uint32_t BodyStart(const Document& doc);

// meta.date when it starts with an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD):
// that date; else empty.
std::string MetaDate(std::string_view meta);

}  // namespace caucus

#endif  // CAUCUS_FRONT_MATTER_H_
