// Internal: the one reader of words that stances, turns' first-person speech
// and the document passes share (lib/stance/units.cc, doc_text.cc,
// first_person.cc), and the word boundaries of `caucus check`'s acronym and
// URL scanning (check.cc). A word is a run of ASCII letters and digits and of
// non-ASCII characters ("Côte", "参加"), with inner apostrophes (' and ’),
// hyphens and abbreviation dots ("didn't", "can’t", "co-sponsor", "U.S.A")
// kept in when a word character follows. Typographic punctuation (curly
// quotes, en and em dashes, the ellipsis) is never part of a word. Words are
// read in place; the caller folds case where it compares. Not part of the
// public API.
#ifndef CAUCUS_LIB_WORD_READER_H_
#define CAUCUS_LIB_WORD_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace caucus::internal {

// The 8 bytes at p as a little-endian number (byte i in bits 8i..8i+7), which
// the byte classifiers assume.
inline uint64_t LoadLittleEndian64(const char* p) {
  uint64_t v;
  std::char_traits<char>::copy(reinterpret_cast<char*>(&v), p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  v = __builtin_bswap64(v);
#endif
  return v;
}

// Bit i of *alnum / *upper: byte i of the 8 bytes in v (little-endian order)
// is an ASCII letter or digit / an upper-case ASCII letter. For the word
// loop below: a byte loop mispredicts its exit at every word end.
inline void ClassifyAlnumBytes(uint64_t v, uint64_t* alnum, uint64_t* upper) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  // Range tests on the low 7 bits (no carries between bytes), then only for
  // bytes that were ASCII (~v).
  auto in_range = [&](uint64_t low7, char lo, char hi) {
    return (low7 + (0x80 - lo) * kOnes) & ~(low7 + (0x80 - hi - 1) * kOnes) & ~v & kHigh;
  };
  const uint64_t low7 = v & ~kHigh;
  const uint64_t letter = in_range((v | 0x20 * kOnes) & ~kHigh, 'a', 'z');
  // An upper-case letter is a letter with bit 5 (0x20) clear; v << 2 moves
  // each byte's bit 5 to its bit 7.
  const uint64_t up = letter & ~(v << 2);
  const uint64_t digit = in_range(low7, '0', '9');
  constexpr uint64_t kGather = 0x0102040810204080ULL;  // the 8 high bits into the low byte
  *alnum = (((letter | digit) >> 7) * kGather) >> 56;
  *upper = ((up >> 7) * kGather) >> 56;
}

#if defined(__SSE2__)
// The bytes of v (16 of them) in [lo, hi], as 0xFF bytes: x + (0x80 - lo),
// as a signed byte, is below -128 + (hi - lo + 1) exactly for x in [lo, hi].
inline __m128i BytesInRange(__m128i v, char lo, char hi) {
  return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                        _mm_set1_epi8(static_cast<char>(0x80 + (hi - lo + 1))));
}

// ClassifyAlnumBytes for the 16 bytes at p (SSE2, which every x86-64 has):
// bit i of *alnum / *upper for byte i, the same classes.
inline void ClassifyAlnumBytes16(const char* p, uint32_t* alnum, uint32_t* upper) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i letter = BytesInRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
  const __m128i digit = BytesInRange(v, '0', '9');
  *alnum = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
  *upper = static_cast<uint32_t>(_mm_movemask_epi8(BytesInRange(v, 'A', 'Z')));
}
#endif

// Byte classes for the per-byte loops: one table load instead of a chain of
// range tests.
enum : uint8_t { kAlnumByte = 1, kUpperByte = 2, kSpaceByte = 4 };
struct WordByteClasses {
  uint8_t c[256] = {};
  constexpr WordByteClasses() {
    for (int b = '0'; b <= '9'; ++b) c[b] = kAlnumByte;
    for (int b = 'a'; b <= 'z'; ++b) c[b] = kAlnumByte;
    for (int b = 'A'; b <= 'Z'; ++b) c[b] = kAlnumByte | kUpperByte;
    c[static_cast<int>(' ')] = c[static_cast<int>('\n')] = c[static_cast<int>('\t')] =
        c[static_cast<int>('\r')] = kSpaceByte;
  }
};
inline constexpr WordByteClasses kWordByteClass;

inline uint8_t WordByteClass(char c) { return kWordByteClass.c[static_cast<unsigned char>(c)]; }

// Typographic punctuation at t[p] (p < t.size()): the third byte of its
// UTF-8 form E2 80 xx for the curly quotes (0x98, 0x99, 0x9C, 0x9D), the en
// and em dashes (0x93, 0x94) and the ellipsis (0xA6); 0 for anything else.
inline int TypoPunct(std::string_view t, size_t p) {
  if (static_cast<unsigned char>(t[p]) != 0xE2) return 0;  // almost always
  if (p + 2 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0x80) {
    unsigned char c = static_cast<unsigned char>(t[p + 2]);
    if (c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94 || c == 0x98 || c == 0x99 || c == 0xA6)
      return c;
  }
  return 0;
}

// Whether a word starts at t[p] (p < t.size()): an ASCII letter or digit, or
// a non-ASCII byte that is not typographic punctuation.
inline bool IsWordStart(std::string_view t, size_t p) {
  unsigned char c = static_cast<unsigned char>(t[p]);
  if (kWordByteClass.c[c] & kAlnumByte) return true;
  return c >= 0x80 && TypoPunct(t, p) == 0;
}

// Whether t[p] is an ASCII letter or digit / an upper-case ASCII letter.
inline bool IsAlnumByte(char c) { return (WordByteClass(c) & kAlnumByte) != 0; }
inline bool IsUpperByte(char c) { return (WordByteClass(c) & kUpperByte) != 0; }

// Whether the character that ends right before p (0 <= p <= t.size(), p at a
// character boundary) is a word character (IsWordStart of its first byte):
// word boundaries for `caucus check`, so that "ITU" stands alone in “ITU”
// and "TATS" does not in "ÉTATS".
inline bool IsWordCharBefore(std::string_view t, size_t p) {
  if (p == 0) return false;
  const unsigned char c = static_cast<unsigned char>(t[p - 1]);
  if (c < 0x80) return (kWordByteClass.c[c] & kAlnumByte) != 0;
  size_t s = p - 1;  // back to the character's first byte
  while (s > 0 && p - s < 4 && (static_cast<unsigned char>(t[s]) & 0xC0) == 0x80) --s;
  return !(s + 3 == p && TypoPunct(t, s) != 0);
}

// Whether a word character starts at t[p] (false at the end of t).
inline bool IsWordCharAt(std::string_view t, size_t p) { return p < t.size() && IsWordStart(t, p); }

// The end of the word that starts at p (IsWordStart(t, p)), read in t[p,
// end) and stopping at `limit` (<= end; a caller's next entity, or end).
// Sets *fold when the word holds an ASCII capital or a typographic
// apostrophe, which a caller comparing folded words must fold. Returns p
// when no byte could be taken (a word start right at limit).
[[gnu::always_inline]] inline size_t WordEnd(std::string_view t, size_t p, size_t end, size_t limit,
                                             bool* fold) {
  size_t q = p;
  while (q < limit) {
    // Runs of ASCII letters and digits, 16 or 8 bytes at a time where the
    // limit allows.
#if defined(__SSE2__)
    if (q + 16 <= limit) {
      uint32_t alnum, upper;
      ClassifyAlnumBytes16(t.data() + q, &alnum, &upper);
      if (alnum == 0xFFFF) {
        *fold |= upper != 0;
        q += 16;
        continue;
      }
      const int k = __builtin_ctz(~alnum);  // the first other byte
      *fold |= (upper & ((1u << k) - 1)) != 0;
      q += k;
    } else
#endif
        if (q + 8 <= limit) {
      uint64_t alnum, upper;
      ClassifyAlnumBytes(LoadLittleEndian64(t.data() + q), &alnum, &upper);
      if (alnum == 0xFF) {
        *fold |= upper != 0;
        q += 8;
        continue;
      }
      const int k = __builtin_ctzll(~alnum);  // the first other byte
      *fold |= (upper & ((1u << k) - 1)) != 0;
      q += k;
    } else {
      const uint8_t cls = WordByteClass(t[q]);
      if (cls & kAlnumByte) {
        *fold |= (cls & kUpperByte) != 0;
        ++q;
        continue;
      }
    }
    unsigned char d = static_cast<unsigned char>(t[q]);
    if (d >= 0x80 && TypoPunct(t, q) == 0) {
      *fold |= d == 0xE2;
      ++q;
    } else if ((d == '\'' || d == '-' || d == '.') && q + 1 < limit && IsWordStart(t, q + 1) &&
               !(d == '.' && q + 2 >= end)) {
      // Inner apostrophes, hyphens and abbreviation dots ("didn't",
      // "co-sponsor", "U.S.") stay in the word; a dot only when another
      // follows two bytes on ("U.S." but not "end.Next").
      if (d == '.' && !(q + 2 < end && t[q + 2] == '.')) break;
      ++q;
    } else if (TypoPunct(t, q) == 0x99 && q + 3 < end && IsWordStart(t, q + 3)) {
      *fold = true;  // "can’t"
      q += 3;
    } else {
      break;
    }
  }
  return q;
}

// The length of a possessive "'s" or "’s" at t[p] that ends a word (2 or
// 4), or 0: "Russia's" is "Russia" and "'s".
inline size_t PossessiveAt(std::string_view t, size_t p, size_t end) {
  const unsigned char c = static_cast<unsigned char>(t[p]);
  const size_t al = c == '\'' ? 1 : (TypoPunct(t, p) == 0x99 ? 3 : 0);
  if (al > 0 && p + al < end && (t[p + al] == 's' || t[p + al] == 'S') &&
      (p + al + 1 >= end || !IsWordStart(t, p + al + 1)))
    return al + 1;
  return 0;
}

// The words of t[begin, end) as [begin, end) byte spans, in order: for the
// readers that need no entities and no punctuation (tests, tools).
struct WordSpan {
  uint32_t begin, end;
};
std::vector<WordSpan> ReadWords(std::string_view t, size_t begin, size_t end);

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_WORD_READER_H_
