// Internal: the stance-cue lexicon (dictionaries/cues.json) compiled for
// matching over lower-cased word units. Not part of the public API.
#ifndef CAUCUS_LIB_CUES_H_
#define CAUCUS_LIB_CUES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "caucus/status.h"

namespace caucus::internal {

enum class CuePos : uint8_t { kVerb, kNoun, kAdj };

struct CueDef {
  std::string phrase;  // as written in the lexicon, for messages
  CuePos pos = CuePos::kVerb;
  std::string polarity;  // support, oppose, neutral
  std::string act;
  double weight = 1.0;
  std::vector<std::string> not_next;  // lower-cased words that veto the cue when next
  std::vector<std::string> prev;      // if set, the cue needs one of these words just before
  // The holder follows the cue ("drew criticism from X", "unacceptable to X").
  bool holder_after = false;
};

// One expanded surface form of a cue: lower-cased words.
struct CuePhrase {
  std::vector<std::string> words;
  uint32_t def = 0;
};

// A list of marker phrases (negation, hedge, ...), each lower-cased words,
// longest first, with the set of first words for a one-probe reject.
struct PhraseList {
  std::vector<std::vector<std::string>> phrases;
  std::unordered_set<std::string> first;
};

struct Lexicon {
  std::vector<CueDef> defs;
  std::vector<CuePhrase> phrases;
  // First word -> phrase indices, longest phrase first.
  std::unordered_map<std::string, std::vector<uint32_t>> by_first;
  PhraseList negation, refusal, hedge, report, inverter, quantifier, collective, role_noun,
      coref_government, coref_body, light_verb;

  // Adds one lexicon JSON text (the shipped file or a user extension).
  // `name` labels messages. Later files add cues; they never remove.
  Status Add(std::string_view json_text, const std::string& name);
  // Sorts the index; call after the last Add.
  void Finish();
  // True if `word` (lower-cased) may start a cue.
  bool MayStartCue(std::string_view word) const { return by_first.count(std::string(word)) > 0; }

  // Fast pre-filter over lower-cased words: first-word set plus a 2-letter
  // prefix bitmap so most words are rejected without hashing.
  bool prefix_bits[27 * 27] = {};
  std::unordered_set<std::string> first_words;
};

// Index into Lexicon::prefix_bits of a lower-cased, non-empty word.
inline int CuePrefixIndex(std::string_view w) {
  auto ix = [](char c) { return (c >= 'a' && c <= 'z') ? c - 'a' : 26; };
  return ix(w[0]) * 27 + (w.size() > 1 ? ix(w[1]) : 26);
}

// Regular inflections of an English verb (or plural of a noun); over-generation
// is harmless because non-words never occur in text.
std::vector<std::string> Inflect(const std::string& base, CuePos pos);

// Lower-cases ASCII letters and folds the typographic apostrophe to '.
std::string FoldWord(std::string_view w);

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_CUES_H_
