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
// linear probing at a load factor of at most 1/4; read-only once built. Slots
// are small and carry 32 hash bits, so a probe touches one cache line and a
// miss rarely compares bytes.
class WordTable {
 public:
  void Build(const std::unordered_map<std::string, WordInfo>& words);
  const WordInfo* Find(std::string_view w) const {
    if (slots_.empty() || w.size() > max_len_) return nullptr;
    const uint64_t h = Hash(w);
    const uint32_t tag = Tag(h);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.tag == 0) return nullptr;
      if (s.tag == tag && s.len == w.size() &&
          std::char_traits<char>::compare(pool_.data() + s.off, w.data(), w.size()) == 0)
        return &s.info;
    }
  }

 private:
  static uint64_t Hash(std::string_view w) {
    // 8 bytes at a time, each step a multiply-xorshift; the tail bytewise.
    uint64_t h = w.size() * 0x9E3779B97F4A7C15ULL;
    size_t i = 0;
    for (; i + 8 <= w.size(); i += 8) {
      uint64_t v;
      std::char_traits<char>::copy(reinterpret_cast<char*>(&v), w.data() + i, 8);
      h = (h ^ v) * 0xBF58476D1CE4E5B9ULL;
      h ^= h >> 31;
    }
    uint64_t t = 0;
    for (size_t k = i; k < w.size(); ++k) t = (t << 8) | static_cast<unsigned char>(w[k]);
    h = (h ^ t) * 0x94D049BB133111EBULL;
    return h ^ (h >> 29);
  }
  static uint32_t Tag(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1; }  // never 0
  struct Slot {
    uint32_t tag = 0;  // 0: empty
    uint32_t off = 0;  // key bytes in pool_
    uint32_t len = 0;
    WordInfo info;
  };
  std::vector<Slot> slots_;
  std::string pool_;
  size_t mask_ = 0;
  size_t max_len_ = 0;
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
