// Views of the layers for a person at a terminal (`--format table`): one
// block per annotation, its first line starting "FILE:LINE:COLUMN:" so that
// editors and terminals can jump there, then the sentence that holds it,
// indented, with the annotation highlighted:
//
//   speech.txt:3:5: body ITU  International Telecommunication Union
//   speech.txt:3:18: government RUS  Russian Federation
//       The ITU and the Russian Federation agreed on the text.
//
//   speech.txt:9:1: RUS → oppose/reject → intergovernmental-control  (asserted, 0.85)
//       Russia rejected a single intergovernmental body.
//
// Mentions in the same sentence share one sentence line. Document text is
// data: terminal control sequences, other control characters and bidi
// overrides are removed, whitespace runs (line breaks too) become one space,
// and a sentence longer than ShowOptions::width code points is cut around the
// highlight ("…"). Colours (ANSI SGR) only when ShowOptions::color.
// FILE is meta.path, else the document id. Functions are thread-safe.
#ifndef CAUCUS_SHOW_H_
#define CAUCUS_SHOW_H_

#include <string>
#include <vector>

#include "caucus/record.h"
#include "caucus/types.h"

namespace caucus {

struct ShowOptions {
  bool color = false;
  size_t width = 240;  // longest sentence shown whole, in code points
};

// `sentences` sorted (a mention outside every sentence shows its line).
void AppendEntityView(const Document& doc, const std::vector<Entity>& entities,
                      const std::vector<Sentence>& sentences, const ShowOptions& options,
                      std::string* out);
// Actor and target highlighted in the evidence sentence (stance.sentence).
void AppendStanceView(const Document& doc, const std::vector<Stance>& stances,
                      const std::vector<Sentence>& sentences, const ShowOptions& options,
                      std::string* out);
// The start of each turn, its speaker label highlighted.
void AppendTurnView(const Document& doc, const std::vector<Turn>& turns, const ShowOptions& options,
                    std::string* out);

// The text of `span` made safe and flat for one terminal line: control
// sequences and characters and bidi overrides removed, whitespace runs
// collapsed to one space, leading and trailing space trimmed.
std::string FlatText(std::string_view text, Span span);

}  // namespace caucus

#endif  // CAUCUS_SHOW_H_
