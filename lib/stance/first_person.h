// Internal: first-person speech that takes a position ("we support", "my
// delegation cannot accept", "I agree with Iran"), for the turns pass of the
// stance engine: a first-person sentence in a turn speaks for the turn's
// entity. Not part of the public API.
#ifndef CAUCUS_LIB_STANCE_FIRST_PERSON_H_
#define CAUCUS_LIB_STANCE_FIRST_PERSON_H_

#include <optional>
#include <string>
#include <string_view>

#include "caucus/types.h"
#include "cues.h"

namespace caucus::internal {

// A first-person stance cue in one sentence.
struct FirstPersonCue {
  Span subject;                    // "we", "my delegation", "our government", "I"
  std::string form;                // the subject, lower-cased: "my delegation"
  bool negated = false;            // "cannot accept", "do not support"
  Span agrees_with;                // "Iran" in "I agree with Iran"; empty if none
  bool previous_speakers = false;  // "we join the previous speakers"
};

// Finds first-person speech that takes a position in text[sentence). Returns
// nullopt for sentences that take no position in the first person ("I thank
// the Chair", "They support it"). Spans are offsets into `text`.
// `lex` gives the words of the rules (lex.english).
std::optional<FirstPersonCue> FindFirstPersonStance(const Lexicon& lex, std::string_view text,
                                                    Span sentence);
inline bool IsFirstPersonStance(const Lexicon& lex, std::string_view sentence) {
  return FindFirstPersonStance(lex, sentence, Span{0, static_cast<uint32_t>(sentence.size())})
      .has_value();
}

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_STANCE_FIRST_PERSON_H_
