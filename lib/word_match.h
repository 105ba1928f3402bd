// Internal: matching a word against short lists of lower-case words, shared
// by the rule code of lib/stance/ and lib/turns/. Not part of the
// public API.
#ifndef CAUCUS_LIB_WORD_MATCH_H_
#define CAUCUS_LIB_WORD_MATCH_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace caucus::internal {

// ASCII lower case: A-Z only, every other byte as is.
inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// A word of the text seen ASCII lower-cased, without copying it: compares
// equal to `s` exactly when lower-casing the word would give `s`.
class LowerWord {
 public:
  constexpr LowerWord() = default;
  constexpr explicit LowerWord(std::string_view raw) : raw_(raw) {}

  size_t size() const { return raw_.size(); }
  bool empty() const { return raw_.empty(); }
  char operator[](size_t i) const { return AsciiLower(raw_[i]); }
  char back() const { return AsciiLower(raw_.back()); }
  std::string_view raw() const { return raw_; }
  std::string str() const {
    std::string out(raw_);
    for (char& c : out) c = AsciiLower(c);
    return out;
  }

  bool operator==(std::string_view s) const {
    if (s.size() != raw_.size()) return false;
    for (size_t i = 0; i < s.size(); ++i)
      if (AsciiLower(raw_[i]) != s[i]) return false;
    return true;
  }
  bool operator!=(std::string_view s) const { return !(*this == s); }
  bool ends_with(std::string_view s) const {
    return raw_.size() >= s.size() && LowerWord(raw_.substr(raw_.size() - s.size())) == s;
  }

 private:
  std::string_view raw_;
};

// ASCII white space: space, tab, CR, LF, form feed.
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

// `s` without ASCII white space at either end.
inline std::string_view TrimAsciiSpace(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// A copy of `s`, ASCII lower-cased.
inline std::string AsciiLowerCopy(std::string_view s) { return LowerWord(s).str(); }

// Is `w` one of `set`? (Lengths are compared first: most words differ there.)
inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (w == s) return true;
  return false;
}
inline bool In(LowerWord w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (w == s) return true;
  return false;
}

// Whether `w` is the string literal `s`: a constant-length comparison.
template <size_t N>
[[gnu::always_inline]] inline bool IsLiteral(std::string_view w, const char (&s)[N]) {
  return w.size() == N - 1 && std::char_traits<char>::compare(w.data(), s, N - 1) == 0;
}

// A fixed set of lower-case words behind a filter on first letter and
// length: most words looked up are in no set, and are turned away without a
// comparison. For sets tested often; In() is simpler for the rest.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : words_(words) {
    for (std::string_view w : words_) mask_[Index(w)] |= LengthBit(w.size());
  }
  bool Contains(LowerWord w) const {
    if (w.empty() || !(mask_[Index(w)] & LengthBit(w.size()))) return false;
    for (std::string_view s : words_)
      if (w == s) return true;
    return false;
  }

 private:
  template <typename W>
  static unsigned char Index(const W& w) {
    return static_cast<unsigned char>(w[0]);
  }
  static uint32_t LengthBit(size_t n) { return 1u << (n < 31 ? n : 31); }

  std::vector<std::string_view> words_;
  uint32_t mask_[256] = {};
};

// 0x20 in each byte of v that is an ASCII capital: v | AsciiUpperBits(v) is
// v lower-cased as AsciiLower does it, eight bytes at once.
inline uint64_t AsciiUpperBits(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const uint64_t low7 = v & ~kHigh;
  const uint64_t ge_a = low7 + (0x80 - 'A') * kOnes;      // high bit: >= 'A'
  const uint64_t gt_z = low7 + (0x80 - 'Z' - 1) * kOnes;  // high bit: > 'Z'
  return (ge_a & ~gt_z & ~v & kHigh) >> 2;                // ~v: the byte was ASCII
}

// A hash of a word's bytes (with kFold, of the word lower-cased), 8 bytes at
// a time, each step a multiply-xorshift; the tail of 1 to 7 bytes in two
// loads that may overlap (the first and last 4 bytes, or bytes 0, r/2 and
// r-1 of a shorter tail), which together hold every byte of it: words are
// short, and a loop over the tail cost more than the rest of the hash. The
// length is in h, so equal loads of tails of different lengths still differ.
template <bool kFold>
inline uint64_t WordHash(std::string_view w) {
  auto fold = [](uint64_t v) { return kFold ? v | AsciiUpperBits(v) : v; };
  uint64_t h = w.size() * 0x9E3779B97F4A7C15ULL;
  size_t i = 0;
  for (; i + 8 <= w.size(); i += 8) {
    uint64_t v;
    std::char_traits<char>::copy(reinterpret_cast<char*>(&v), w.data() + i, 8);
    h = (h ^ fold(v)) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
  }
  const size_t r = w.size() - i;
  const char* p = w.data() + i;
  uint64_t t = 0;
  if (r >= 4) {
    uint32_t first, last;
    std::char_traits<char>::copy(reinterpret_cast<char*>(&first), p, 4);
    std::char_traits<char>::copy(reinterpret_cast<char*>(&last), p + r - 4, 4);
    t = (uint64_t{first} << 32) | last;
  } else if (r > 0) {
    auto byte = [&](size_t k) { return uint64_t{static_cast<unsigned char>(p[k])}; };
    t = (byte(0) << 16) | (byte(r / 2) << 8) | byte(r - 1);
  }
  h = (h ^ fold(t)) * 0x94D049BB133111EBULL;
  return h ^ (h >> 29);
}

// A list of words loaded from a dictionary file (dictionaries/english.json):
// WordSet's filter over strings it owns, kept in the file's order. Words
// are lower case, and Contains compares a word of the text seen in lower
// case; a case-sensitive list (titles, prefixes) is read through words().
// A long list (inflected verbs) is also indexed by hash, so that a word
// that passes the filter is compared with one or two of its words, not
// with each in turn.
class WordList {
 public:
  void Add(std::string w) {
    if (!w.empty()) {
      mask_[Index(w)] |= LengthBit(w.size());
      last_mask_[Last(w)] |= LengthBit(w.size());
      const size_t b = BloomBit(w);
      bloom_[b >> 6] |= uint64_t{1} << (b & 63);
    }
    words_.push_back(std::move(w));
    if (words_.size() <= kLinear) return;
    if (2 * words_.size() > slots_.size()) {
      // Rehash every word into a table at most a quarter full.
      size_t n = 16;
      while (n < 4 * words_.size()) n *= 2;
      slots_.assign(n, 0);
      for (size_t k = 0; k < words_.size(); ++k) Insert(k);
    } else {
      Insert(words_.size() - 1);
    }
  }
  // The filter is tested where the call is (most words of a text stop
  // there); only the words that pass it are looked up by a call.
  [[gnu::always_inline]] bool Contains(std::string_view w) const {
    return MayContain(w) && Lookup(w);
  }
  [[gnu::always_inline]] bool Contains(LowerWord w) const { return MayContain(w) && Lookup(w); }
  const std::vector<std::string>& words() const { return words_; }
  bool empty() const { return words_.empty(); }

 private:
  [[gnu::noinline]] bool Lookup(std::string_view w) const { return LookupIn(w); }
  [[gnu::noinline]] bool Lookup(LowerWord w) const { return LookupIn(w); }
  template <typename W>
  bool LookupIn(const W& w) const {
    if (!slots_.empty()) return Indexed(w);
    for (const std::string& s : words_)
      if (w == s) return true;
    return false;
  }
  template <typename W>
  static unsigned char Index(const W& w) {
    return static_cast<unsigned char>(w[0]);
  }
  template <typename W>
  static unsigned char Last(const W& w) {
    return static_cast<unsigned char>(w[w.size() - 1]);
  }
  static uint32_t LengthBit(size_t n) { return 1u << (n < 31 ? n : 31); }
  // A bit of bloom_ for a non-empty word: its first two bytes, its last
  // byte and its length (as the word compares: a LowerWord lower-cased),
  // hashed into 2048 bits. Equal words set and test the same bit.
  template <typename W>
  static size_t BloomBit(const W& w) {
    const size_t n = w.size();
    const uint64_t key = (uint64_t{static_cast<unsigned char>(w[0])} << 24) |
                         (uint64_t{static_cast<unsigned char>(w[n > 1 ? 1 : 0])} << 16) |
                         (uint64_t{static_cast<unsigned char>(w[n - 1])} << 8) | (n & 0xFF);
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 53);
  }
  // Most words of a text are turned away here, by their first and their
  // last byte with their length, before any comparison.
  // Those that share first byte and length, and last byte and length, with
  // a word of the list (many, for a long list, or one whose words are
  // common) are then tested by the bloom bit: the call and comparisons are
  // left for the few that pass.
  template <typename W>
  bool MayContain(const W& w) const {
    const uint32_t bit = LengthBit(w.size());
    if (w.empty() || !(mask_[Index(w)] & bit) || !(last_mask_[Last(w)] & bit)) return false;
    const size_t b = BloomBit(w);
    return (bloom_[b >> 6] >> (b & 63)) & 1;
  }

  // The bytes of a word as stored.
  static std::string_view Raw(std::string_view w) { return w; }
  static std::string_view Raw(LowerWord w) { return w.raw(); }
  // A hash of the word lower-cased (so a LowerWord and the lower-case word
  // it equals hash alike): WordHash with case folding.
  template <typename W>
  static uint64_t Hash(const W& word) {
    return WordHash</*kFold=*/true>(Raw(word));
  }
  void Insert(size_t k) {
    if (words_[k].empty()) return;  // never looked up (MayContain)
    const size_t mask = slots_.size() - 1;
    size_t i = Hash(words_[k]) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<uint32_t>(k + 1);
  }
  // Whether w equals a word of the list, by the hash index: the same answer
  // as comparing it with each word (equal words hash alike).
  template <typename W>
  bool Indexed(const W& w) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash(w) & mask;; i = (i + 1) & mask) {
      const uint32_t s = slots_[i];
      if (s == 0) return false;
      if (w == std::string_view(words_[s - 1])) return true;
    }
  }

  // Lists up to this long are only scanned.
  static constexpr size_t kLinear = 8;
  std::vector<std::string> words_;
  uint32_t mask_[256] = {};
  uint32_t last_mask_[256] = {};
  std::vector<uint32_t> slots_;  // index + 1 into words_, 0 for empty; or none
  uint64_t bloom_[32] = {};      // BloomBit of every word
};

// Words the cue matcher skips between a cue's words ("strongly supported",
// "in full favour of"): "-ly" words of five letters or more and the words of
// `adverbs` (english.json skippable_adverbs). `w` is lower-cased.
[[gnu::always_inline]] inline bool IsAdverbWord(std::string_view w, const WordList& adverbs) {
  const size_t n = w.size();
  if (n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y') return true;
  return adverbs.Contains(w);
}

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_WORD_MATCH_H_
