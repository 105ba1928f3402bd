// Stances: who supports, opposes or proposes what, with the evidence span.
//
//   Result<std::unique_ptr<StanceFinder>> f = StanceFinder::Create({});
//   std::vector<Stance> s = (*f)->Find(text, sentences, entities);  // thread-safe
//
// Find runs the sentence passes (and the post passes) on text alone. A
// document's stances as `caucus stances` writes them (with the document
// passes too: turns of a transcript, the document speaker, quotations,
// debates, echoed views) come from Annotator::AddStances (caucus/annotate.h),
// the one path every tool takes.
//
// The finder is driven by a cue lexicon (dictionaries/cues.json, format in
// dictionaries/README.md): cue phrases with polarity, act and part of speech,
// plus negation, hedging, reporting and refusal markers and collective-actor
// words. A fast word scan finds sentences holding a cue; only those are
// analysed. Analysis is heuristic and shallow: entity spans and punctuation
// give the structure ("X, supported by Y, opposed by Z, proposed T, while W
// opposed it"); see docs/STANCES.md for the decisions (negation, inverted
// targets, collective actors, coreference).
#ifndef CAUCUS_STANCES_H_
#define CAUCUS_STANCES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/record.h"
#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

namespace stance {
struct Engine;  // lib/stance/engine.h: the passes read the compiled lexicon
}  // namespace stance

struct StanceOptions {
  // The cue lexicon; empty means DefaultDictDir() + "/cues.json".
  std::string cues_file;
  // Extra files (--dict). Those whose top-level "kind" is "cue" extend the
  // lexicon; others are ignored here (they are entity dictionaries).
  std::vector<std::string> user_files;
  // Stances scoring below this are dropped.
  double min_score = 0.0;
  // The document speaker (a government or body id) for documents that declare
  // none (meta.speaker, front matter): their first-person speech is its stance.
  std::string speaker;
};

class StanceFinder {
 public:
  // Loads the lexicon from files. Fails with "FILE: message" on unreadable
  // files, bad JSON or malformed cue entries.
  static Result<std::unique_ptr<StanceFinder>> Create(const StanceOptions& options);
  // Builds a finder from lexicon JSON texts (the shipped one first, then
  // extensions); `names` label them in messages. For tests and embedding.
  static Result<std::unique_ptr<StanceFinder>> FromJson(const std::vector<std::string>& jsons,
                                                        const std::vector<std::string>& names,
                                                        double min_score = 0.0);
  ~StanceFinder();

  // Finds stances. `sentences` must be sorted and non-overlapping (their
  // paragraph indices bound cross-sentence coreference); `entities` sorted by
  // span. Output is sorted by evidence position, deterministic. Thread-safe.
  std::vector<Stance> Find(std::string_view text, const std::vector<Sentence>& sentences,
                           const std::vector<Entity>& entities) const;

  // Number of cue phrases after inflection expansion (for `caucus dict`).
  size_t cue_count() const;
  // The default document speaker (StanceOptions::speaker); empty if none.
  const std::string& default_speaker() const;

 private:
  friend struct stance::Engine;
  StanceFinder();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace caucus

#endif  // CAUCUS_STANCES_H_
