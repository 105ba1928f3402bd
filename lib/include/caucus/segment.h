// Paragraphs, sentences and (optionally) tokens, with ICU break iterators and
// abbreviation handling ("Dr. Hamadoun Touré", "U.S. delegation", "No. 5",
// "e.g."). Sentences never cross a paragraph boundary (a blank line).
//
//   Result<Segmentation> s = Segment(text, {});
#ifndef CAUCUS_SEGMENT_H_
#define CAUCUS_SEGMENT_H_

#include <string_view>
#include <vector>

#include "caucus/record.h"
#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

struct SegmentOptions {
  bool tokens = false;  // also compute word tokens (no whitespace tokens)
};

struct Segmentation {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;  // each with its paragraph index
  std::vector<Token> tokens;        // empty unless options.tokens
};

// Segments UTF-8 text. Thread-safe. Fails only if ICU fails.
Result<Segmentation> Segment(std::string_view text, const SegmentOptions& options);

// The document's sentences: its "sentences" layer if present and valid, else
// computed with Segment(). Sets *computed when it had to compute.
Result<std::vector<Sentence>> EnsureSentences(const Document& doc, bool* computed);

}  // namespace caucus

#endif  // CAUCUS_SEGMENT_H_
