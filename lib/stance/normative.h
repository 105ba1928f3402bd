// Internal: normative and evaluative statements of a speaker ("we must act",
// "such practices are unacceptable"). Not part of the public API.
#ifndef CAUCUS_LIB_STANCE_NORMATIVE_H_
#define CAUCUS_LIB_STANCE_NORMATIVE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "english_words.h"
#include "stance/doc_text.h"

namespace caucus::stance {

// A normative or evaluative statement in a sentence's words.
struct NormativeStatement {
  int marker = -1;          // the marker's first word; -1: none
  size_t target_begin = 0;  // what it is about: words [target_begin, target_end)
  size_t target_end = 0;
  // Where the words that may give the target its link end, when the target
  // is a passive call's subject: words [target_end, link_end) link what the
  // subject does not ("humanitarian aid must be delivered to Gaza"); 0: none.
  size_t link_end = 0;
  std::string polarity;
  std::string act;
};

// For each word of en.normative_starts, the statement FindNormative reads
// at it (the first test of its chain the word passes, normative.cc),
// computed once: FindNormative then reads a word's route here instead of
// testing the word against each list of the chain in turn.
class NormativeRoutes {
 public:
  NormativeRoutes() = default;
  explicit NormativeRoutes(const internal::EnglishWords& en);
  // x's route; -1 if x is no word of normative_starts.
  int Find(LowerWord x) const;

 private:
  std::vector<std::string> words_;
  std::vector<uint8_t> routes_;
  std::vector<uint32_t> slots_;  // index + 1 into words_, 0: empty
};

// The first normative or evaluative statement in a sentence's words
// (marker -1 if none); `text` is what the words' offsets point into. `self`,
// if given, holds the spans of the speaker's names in the sentence
// ("Switzerland will host ..."), sorted or not. `routes`, if given, must be
// NormativeRoutes(en).
NormativeStatement FindNormative(const internal::EnglishWords& en, std::string_view text,
                                 const WordRange& w, const std::vector<Span>* self = nullptr,
                                 const NormativeRoutes* routes = nullptr);

}  // namespace caucus::stance

#endif  // CAUCUS_LIB_STANCE_NORMATIVE_H_
