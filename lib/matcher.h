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

// How a letter is compared when case does not matter: case folded, a Latin
// letter without its diacritics ("é" is "e", so "Perú" matches "Peru"), "ё"
// as "е", the Arabic hamza forms of alef as bare alef, "ى" as "ي" and "ة" as
// "ه" (spellings that vary between sources). -1 for a mark that is dropped:
// combining diacritics, Arabic short vowels and shadda, the tatweel.
int32_t FoldForMatch(int32_t cp);

// An open-addressing hash map from non-zero 64-bit keys to 32-bit values,
// built once and read many times. A slot is 8 bytes, a 32-bit tag mixed from
// the whole key and the value, so the table is half the size and stays in
// L2 cache; the full keys are kept apart for inserting. Two inserted keys
// never share a tag within a probe chain (Insert re-seeds the tags if they
// would), so Find returns the right value for every inserted key. A key that
// was never inserted can, rarely (about 1 in 2^31 per probe), match a tag:
// callers verify what they find (entity matches are checked token by token).
class FlatMap {
 public:
  FlatMap() : slots_(16), keys_(16, 0) {}
  // Returns the value for key, inserting `value` if absent. The pointer is
  // valid until the next Insert.
  uint32_t* Insert(uint64_t key, uint32_t value, bool* inserted);
  // Starts loading the slot where a search for key begins.
  void Prefetch(uint64_t key) const { __builtin_prefetch(&slots_[key & (slots_.size() - 1)]); }
  const uint32_t* Find(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = Tag(key);
    for (size_t i = key & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.tag == tag) return &s.value;
      if (s.tag == 0) return nullptr;
    }
  }

 private:
  struct Slot {
    uint32_t tag = 0;  // 0: empty
    uint32_t value = 0;
  };
  // Multiplied so that every bit of the key reaches the tag: two keys that
  // differ only in their low bits would otherwise share a tag under every
  // seed, and Insert would re-seed forever if they met in one probe chain.
  uint32_t Tag(uint64_t key) const {
    return static_cast<uint32_t>(((key ^ seed_) * 0xD6E8FEB86659FD93ULL) >> 32) | 1u;
  }
  // Rebuilds the table with `size` slots, re-seeding the tags until no two
  // keys in a probe chain share one.
  void Rebuild(size_t size);
  bool Place(uint64_t key, uint32_t value, size_t* at);
  std::vector<Slot> slots_;
  std::vector<uint64_t> keys_;  // the full key of each slot (0: empty)
  size_t size_ = 0;
  uint64_t seed_ = 0;
};

// A two-probe filter over a set of 64-bit hashes, sized at 16 bits per key
// (under 2% false hits, against 6% with one probe) so that it stays small
// enough for L1 cache. Both probes are bits of one 64-bit word (one load a
// test), picked by different bits of the same hash.
class BitFilter {
 public:
  BitFilter() : bits_(1, 0) {}
  void Add(uint64_t h);
  bool MaybeHas(uint64_t h) const {
    const uint64_t w = bits_[((h >> 20) & mask_) >> 6];
    return (w >> ((h >> 52) & 63)) & (w >> (h >> 58)) & 1;
  }

 private:
  void Set(uint64_t h) {
    uint64_t& w = bits_[((h >> 20) & mask_) >> 6];
    w |= (1ULL << ((h >> 52) & 63)) | (1ULL << (h >> 58));
  }
  std::vector<uint64_t> keys_;  // every key added, to rebuild when grown
  std::vector<uint64_t> bits_;
  uint64_t mask_ = 63;  // number of bits - 1
};

// Which phrases may start at a token: one-token phrases by their token, longer
// ones by their first two tokens. Most text tokens start no phrase, and one
// filter of first tokens rejects them with a single test; the commonest words
// that do start one ("to", "in", "a", "internet") rarely continue into it, so
// two more L1-sized filters (single tokens, first pairs) reject those.
class StartFilter {
 public:
  void Add(uint64_t first, bool has_second, uint64_t second) {
    firsts_.Add(first);
    if (has_second) {
      pairs_.Add(PairKey(first, second));
    } else {
      singles_.Add(first);
    }
  }
  bool MaybeStarts(uint64_t first, bool has_next, uint64_t next) const {
    if (!firsts_.MaybeHas(first)) return false;  // most tokens: one cheap test
    return singles_.MaybeHas(first) || (has_next && pairs_.MaybeHas(PairKey(first, next)));
  }
  // MaybeStarts in two steps, for scanning every token of a text without
  // branches (which tokens pass is hard to predict, and a mispredicted
  // branch costs more than a test): MaybeStarts is MaybeFirst && MaybeNext.
  bool MaybeFirst(uint64_t first) const { return firsts_.MaybeHas(first); }
  bool MaybeNext(uint64_t first, bool has_next, uint64_t next) const {
    return singles_.MaybeHas(first) | (has_next & pairs_.MaybeHas(PairKey(first, next)));
  }

 private:
  static uint64_t PairKey(uint64_t a, uint64_t b) {
    return (a * 0x9E3779B97F4A7C15ULL) ^ (b + (b << 7)) ^ (b >> 17);
  }
  BitFilter firsts_;   // first tokens of all phrases
  BitFilter singles_;  // tokens of one-token phrases
  BitFilter pairs_;    // (first, second) tokens of longer phrases
};

// The payloads of one trie node: a view into the trie's flat payload array,
// or the node's only payload, held here.
class Payloads {
 public:
  Payloads(const uint32_t* data, uint32_t size) : data_(data), size_(size) {}
  explicit Payloads(uint32_t one) : data_(nullptr), size_(1), one_(one) {}
  const uint32_t* begin() const { return data_ ? data_ : &one_; }
  const uint32_t* end() const { return begin() + size_; }
  size_t size() const { return size_; }
  uint32_t operator[](size_t i) const { return begin()[i]; }

 private:
  const uint32_t* data_;
  uint32_t size_;
  uint32_t one_ = 0;
};

// A trie over token hashes. Payloads are caller-defined indexes. An edge is
// keyed by a hash of the whole sequence of tokens that leads to its node
// (not by its parent node and token), so the key of every step of a walk
// follows from the text's tokens alone: the steps' cache misses overlap
// rather than wait for each other, and a caller can fetch them ahead.
class PhraseTrie {
 public:
  // A trie keyed by case-folded tokens, or (exact) by tokens with case kept.
  explicit PhraseTrie(bool exact = false);
  // Adds a phrase given as tokens; returns false if it has no tokens.
  bool Add(const std::vector<MatchToken>& phrase, uint32_t payload);
  // Walks from tokens[i]; calls on_match(end_token_exclusive, Payloads) for
  // every node with payloads, shortest first. The trie's own start filter
  // is tested first unless the caller has tested one that holds it
  // (`filtered`) and fetched the first edges (Prefetch): then the edges tell
  // as fast, and the filter would be one more cache line to wait for.
  template <typename F>
  void Walk(const std::vector<MatchToken>& tokens, size_t i, F on_match,
            bool filtered = false) const {
    const bool has_next = i + 1 < tokens.size();
    if (!filtered &&
        !starts_.MaybeStarts(Hash(tokens[i]), has_next, has_next ? Hash(tokens[i + 1]) : 0)) {
      return;
    }
    uint64_t prefix = kRoot;
    for (size_t j = i; j < tokens.size(); ++j) {
      prefix = Step(prefix, Hash(tokens[j]));
      const uint32_t* next = edges_.Find(Key(prefix));
      if (!next) return;
      const uint32_t v = *next;
      if (v & kHasPayload) {
        const uint32_t at = v & kDataMask;
        if (v & kSingle) {
          on_match(j + 1, Payloads(at));
        } else {
          on_match(j + 1, Payloads(&lists_[at + 1], lists_[at]));
        }
      }
      if (!(v & kHasChildren)) return;  // a leaf: no need to look further
    }
  }
  size_t nodes() const { return nodes_; }
  // Starts loading the edges a walk from tokens[i] reads for its first
  // `depth` tokens, so that a caller scanning ahead hides the cache misses.
  void Prefetch(const std::vector<MatchToken>& tokens, size_t i, size_t depth) const {
    uint64_t prefix = kRoot;
    for (size_t j = i; j < tokens.size() && j < i + depth; ++j) {
      prefix = Step(prefix, Hash(tokens[j]));
      edges_.Prefetch(Key(prefix));
    }
  }

 private:
  uint64_t Hash(const MatchToken& t) const { return exact_ ? t.exact : t.fold; }
  // The hash of a sequence of tokens: Step(Step(kRoot, a), b) for "a b".
  static constexpr uint64_t kRoot = 0x243F6A8885A308D3ULL;
  static uint64_t Step(uint64_t prefix, uint64_t tok) {
    const __uint128_t m = static_cast<__uint128_t>(prefix ^ tok) * 0x9E3779B97F4A7C15ULL;
    return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
  }
  static uint64_t Key(uint64_t prefix) {
    return prefix ? prefix : 1;  // 0 marks an empty slot
  }
  // An edge's value: flags, and the payloads of the node it leads to. Set
  // when the node ends a phrase, so that payloads are only read for matches.
  static constexpr uint32_t kHasPayload = 0x80000000u;
  // Set when the node has edges of its own, so that a walk ends at a leaf
  // without a (likely cache-missing) probe.
  static constexpr uint32_t kHasChildren = 0x40000000u;
  // Set when the node has one payload, held in the value (most nodes: no
  // other array is read for a match); else the value holds an index in
  // lists_, where the count and then the payloads are. A node that gains
  // another payload (rare) gets a fresh copy of its list.
  static constexpr uint32_t kSingle = 0x20000000u;
  static constexpr uint32_t kDataMask = 0x1FFFFFFFu;
  bool exact_;
  StartFilter starts_;
  FlatMap edges_;
  size_t nodes_ = 1;  // with the root
  std::vector<uint32_t> lists_;
};

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_MATCHER_H_
