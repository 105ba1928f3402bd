// Internal: the stance engine behind StanceFinder (caucus/stances.h): the
// compiled lexicon and the sentence passes over a document's sentences. The
// document passes (document.h) run around them. Not part of the public API.
#ifndef CAUCUS_LIB_STANCE_ENGINE_H_
#define CAUCUS_LIB_STANCE_ENGINE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/entity_view.h"
#include "caucus/stances.h"
#include "caucus/types.h"
#include "cues.h"
#include "stance/normative.h"

namespace caucus {

// Who asserts a sentence: a speech's speaker, a transcript turn's entity.
// Their criticism of a state ("Russia has violated ...", "the illegal
// annexation", "Russia must withdraw") is their stance (criticism.cc;
// docs/STANCES.md, "Criticism").
// Views of the caller's strings (a document speaker's), which outlive the
// FindInSentences call: one is set for every sentence a speaker speaks.
struct SentenceSpeaker {
  std::string_view id;    // a government or body id; empty: nobody
  std::string_view kind;  // government or body
  std::string_view name;  // the stance's actor text
  std::string_view via;   // the stance's via: "speaker", "turn"
};

struct StanceFinder::Impl {
  internal::Lexicon lex;
  // FindNormative's route for each word of lex.english.normative_starts
  // (normative.h), made once the lexicon is finished.
  stance::NormativeRoutes normative_routes;
  double min_score = 0.0;
  std::string speaker;

  // The sentence passes (stance/sentence.h) over every sentence after the
  // front matter that the document scan for cue words keeps (scan.cc), in
  // sentence order. When `trace` is not null, the name of the sieve that
  // found each stance's actor is appended to it, one per stance. `speakers`
  // (may be null or shorter): who asserts sentence i. `body`: where the
  // front matter ends (FrontMatterEnd(text)) when the caller knows it.
  std::vector<Stance> FindInSentences(std::string_view text, const std::vector<Sentence>& sentences,
                                      const std::vector<EntityView>& entities,
                                      std::vector<std::string_view>* trace = nullptr,
                                      const std::vector<SentenceSpeaker>* speakers = nullptr,
                                      std::optional<uint32_t> body = std::nullopt) const;
};

namespace stance {

// The passes' access to a StanceFinder's engine.
struct Engine {
  static const StanceFinder::Impl& Of(const StanceFinder& f) { return *f.impl_; }
};

}  // namespace stance
}  // namespace caucus

#endif  // CAUCUS_LIB_STANCE_ENGINE_H_
