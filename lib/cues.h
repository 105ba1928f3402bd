// Internal: the stance-cue lexicon (dictionaries/cues.json) compiled for
// matching over lower-cased word units. Not part of the public API.
#ifndef CAUCUS_LIB_CUES_H_
#define CAUCUS_LIB_CUES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
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
};

// One expanded surface form of a cue: lower-cased words.
struct CuePhrase {
  std::vector<std::string> words;
  uint32_t def = 0;
};

// A list of marker phrases (negation, hedge, ...), each lower-cased words,
// longest first. `bit` is the list's bit in WordInfo::lists: the one-probe
// reject for words that start none of its phrases.
struct PhraseList {
  std::vector<std::vector<std::string>> phrases;
  uint32_t bit = 0;
};

// What the analysis needs to know about one lower-cased word, found with a
// single hash probe per word: which marker lists have a phrase starting with
// it, and the cue phrases that do.
struct WordInfo {
  uint32_t lists = 0;  // bit set of PhraseList::bit
  int32_t cues = -1;   // index into Lexicon::cue_buckets, or -1
};

// Lower-cased word -> WordInfo, looked up by string_view without building a
// std::string (which std::unordered_map needs in C++17). Open addressing with
// linear probing at a load factor of at most 1/4; read-only once built.
class WordTable {
 public:
  void Build(const std::unordered_map<std::string, WordInfo>& words);
  const WordInfo* Find(std::string_view w) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = Hash(w) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == w) return &s.info;
    }
  }

 private:
  static uint64_t Hash(std::string_view w) {
    uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h ^ (h >> 29);
  }
  struct Slot {
    bool used = false;
    std::string key;
    WordInfo info;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

struct Lexicon {
  std::vector<CueDef> defs;
  std::vector<CuePhrase> phrases;
  // Phrase indices grouped by first word, longest phrase first; a word's
  // WordInfo::cues names its group.
  std::vector<std::vector<uint32_t>> cue_buckets;
  PhraseList negation, refusal, hedge, report, inverter, quantifier, collective, role_noun,
      coref_government, coref_body, light_verb;
  // Every word that starts a cue or marker phrase.
  WordTable words;

  // Adds one lexicon JSON text (the shipped file or a user extension).
  // `name` labels messages. Later files add cues; they never remove.
  Status Add(std::string_view json_text, const std::string& name);
  // Sorts and indexes the phrases; call after the last Add.
  void Finish();
  // True if `word` (lower-cased) may start a cue.
  bool MayStartCue(std::string_view word) const {
    const WordInfo* w = words.Find(word);
    return w && w->cues >= 0;
  }

  // Fast pre-filter over lower-cased words: a 2-letter prefix bitmap of cue
  // first words so most words are rejected without hashing.
  bool prefix_bits[27 * 27] = {};
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
