// Internal: the tokenizer and phrase trie behind entity matching. Not installed.
//
// Text is cut into match tokens: runs of letters/digits (case folded, with
// typographic quotes and dashes folded to ASCII), single punctuation marks,
// and single CJK characters. Whitespace is skipped. A phrase is a sequence of
// tokens, so "Russian\n  Federation" matches "Russian Federation", and a
// match always starts and ends at token boundaries ("ITU’s" holds ITU).
#ifndef CAUCUS_LIB_MATCHER_H_
#define CAUCUS_LIB_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace caucus::internal {

struct MatchToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint64_t fold = 0;   // hash of the case-folded token
  uint64_t exact = 0;  // hash of the token with case kept (typography still folded)
  bool word = false;   // letters/digits (vs punctuation)
  bool upper = false;  // starts with an uppercase letter
  bool lower = false;  // starts with a lowercase letter
};

// Tokenizes text for matching. Appends to *out (cleared first).
void Tokenize(std::string_view text, std::vector<MatchToken>* out);

// An id slug: ASCII letters lower-cased, digits and non-ASCII bytes kept, every
// other run of characters one '-', no '-' at either end ("Hamadoun Touré" ->
// "hamadoun-touré").
std::string Slug(std::string_view s);

// The folded form of one token's bytes (for context-rule word lists).
std::string FoldToken(std::string_view token);

// An open-addressing hash map from non-zero 64-bit keys to 32-bit values,
// built once and read many times: lookups are one or two cache lines, where
// std::unordered_map chases a pointer per bucket.
class FlatMap {
 public:
  FlatMap() : slots_(16) {}
  // Returns the value for key, inserting `value` if absent.
  uint32_t* Insert(uint64_t key, uint32_t value, bool* inserted);
  const uint32_t* Find(uint64_t key) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.key == key) return &s.value;
      if (s.key == 0) return nullptr;
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  void Grow();
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

// A one-hash filter over a set of 64-bit hashes, sized at 16 bits per key
// (about 6% false hits) so that it stays small enough for L1 cache.
class BitFilter {
 public:
  BitFilter() : bits_(1, 0) {}
  void Add(uint64_t h);
  bool MaybeHas(uint64_t h) const {
    uint64_t bit = (h >> 20) & mask_;
    return (bits_[bit >> 6] >> (bit & 63)) & 1;
  }

 private:
  void Set(uint64_t h) {
    uint64_t bit = (h >> 20) & mask_;
    bits_[bit >> 6] |= 1ULL << (bit & 63);
  }
  std::vector<uint64_t> keys_;  // every key added, to rebuild when grown
  std::vector<uint64_t> bits_;
  uint64_t mask_ = 63;  // number of bits - 1
};

// A trie over token hashes. Payloads are caller-defined indexes.
class PhraseTrie {
 public:
  // A trie keyed by case-folded tokens, or (exact) by tokens with case kept.
  explicit PhraseTrie(bool exact = false);
  // Adds a phrase given as tokens; returns false if it has no tokens.
  bool Add(const std::vector<MatchToken>& phrase, uint32_t payload);
  // Walks from tokens[i]; calls on_match(end_token_exclusive, payloads) for
  // every node with payloads, shortest first.
  template <typename F>
  void Walk(const std::vector<MatchToken>& tokens, size_t i, F on_match) const {
    // Most text tokens start no phrase, and the commonest words that do ("to",
    // "in", "a", "internet") rarely continue into one: two L1-sized filters
    // reject them before the edge table is touched.
    const uint64_t h0 = Hash(tokens[i]);
    if (!singles_.MaybeHas(h0) &&
        !(i + 1 < tokens.size() && pairs_.MaybeHas(PairKey(h0, Hash(tokens[i + 1]))))) {
      return;
    }
    uint32_t node = 0;
    for (size_t j = i; j < tokens.size(); ++j) {
      const uint32_t* next = edges_.Find(Key(node, Hash(tokens[j])));
      if (!next) return;
      node = *next;
      const std::vector<uint32_t>& p = payloads_[node];
      if (!p.empty()) on_match(j + 1, p);
    }
  }
  size_t nodes() const { return payloads_.size(); }

 private:
  uint64_t Hash(const MatchToken& t) const { return exact_ ? t.exact : t.fold; }
  static uint64_t Key(uint32_t node, uint64_t tok) {
    uint64_t k = tok ^ (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ULL);
    k ^= k >> 29;
    return k ? k : 1;  // 0 marks an empty slot
  }
  static uint64_t PairKey(uint64_t a, uint64_t b) {
    return (a * 0x9E3779B97F4A7C15ULL) ^ (b + (b << 7)) ^ (b >> 17);
  }
  bool exact_;
  BitFilter singles_;  // first tokens of one-token phrases
  BitFilter pairs_;    // (first, second) tokens of longer phrases
  FlatMap edges_;
  std::vector<std::vector<uint32_t>> payloads_;
};

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_MATCHER_H_
