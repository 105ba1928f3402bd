// Internal: the stance engine behind StanceFinder (caucus/stances.h): the
// compiled lexicon and the sentence passes over a document's sentences. The
// document passes (document.h) run around them. Not part of the public API.
#ifndef CAUCUS_LIB_STANCE_ENGINE_H_
#define CAUCUS_LIB_STANCE_ENGINE_H_

#include <string>
#include <string_view>
#include <vector>

#include "caucus/stances.h"
#include "caucus/types.h"
#include "cues.h"

namespace caucus {

struct StanceFinder::Impl {
  internal::Lexicon lex;
  double min_score = 0.0;
  std::string speaker;

  // The sentence passes (stance/sentence.h) over every sentence after the
  // front matter that the document scan for cue words keeps (scan.cc), in
  // sentence order. When `trace` is not null, the name of the sieve that
  // found each stance's actor is appended to it, one per stance.
  std::vector<Stance> FindInSentences(std::string_view text, const std::vector<Sentence>& sentences,
                                      const std::vector<Entity>& entities,
                                      std::vector<std::string_view>* trace = nullptr) const;
};

namespace stance {

// The passes' access to a StanceFinder's engine.
struct Engine {
  static const StanceFinder::Impl& Of(const StanceFinder& f) { return *f.impl_; }
};

}  // namespace stance
}  // namespace caucus

#endif  // CAUCUS_LIB_STANCE_ENGINE_H_
