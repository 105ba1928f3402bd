// Internal: the stance engine behind StanceFinder (caucus/stances.h): the
// compiled lexicon and the sentence-level finder. Not part of the public API.
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

  // The sentence passes over every sentence that may hold a cue, then the
  // post passes (people to their organisations, non-assertions, the score
  // floor, evidence order). scan.cc.
  std::vector<Stance> Find(std::string_view text, const std::vector<Sentence>& sentences,
                           const std::vector<Entity>& entities) const;
};

}  // namespace caucus

#endif  // CAUCUS_LIB_STANCE_ENGINE_H_
