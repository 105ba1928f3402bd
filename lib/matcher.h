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

// The folded form of one token's bytes (for context-rule word lists).
std::string FoldToken(std::string_view token);

// A trie over token hashes. Payloads are caller-defined indexes.
class PhraseTrie {
 public:
  PhraseTrie();
  // Adds a phrase given as tokens; returns false if it has no tokens.
  bool Add(const std::vector<MatchToken>& phrase, uint32_t payload);
  // Walks from tokens[i]; calls on_match(end_token_exclusive, payloads) for
  // every node with payloads, shortest first.
  template <typename F>
  void Walk(const std::vector<MatchToken>& tokens, size_t i, F on_match) const {
    if (!MaybeFirst(tokens[i].fold)) return;
    uint32_t node = 0;
    for (size_t j = i; j < tokens.size(); ++j) {
      auto it = edges_.find(Key(node, tokens[j].fold));
      if (it == edges_.end()) return;
      node = it->second;
      const std::vector<uint32_t>& p = payloads_[node];
      if (!p.empty()) on_match(j + 1, p);
    }
  }
  size_t nodes() const { return payloads_.size(); }

 private:
  static uint64_t Key(uint32_t node, uint64_t tok) {
    uint64_t k = tok ^ (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ULL);
    return k ^ (k >> 29);
  }
  bool MaybeFirst(uint64_t h) const { return (first_bits_[(h >> 6) & kMask] >> (h & 63)) & 1; }
  static constexpr uint64_t kMask = (1u << 14) - 1;  // 2^20 bits
  std::vector<uint64_t> first_bits_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<uint32_t>> payloads_;
};

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_MATCHER_H_
