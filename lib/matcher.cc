#include "matcher.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "caucus/json.h"

namespace caucus::internal {
namespace {

// Token hashes. A token's hash is a function of its bytes only (after case
// folding for the folded hash), computed eight bytes at a time: one multiply
// per chunk rather than one per byte. Every path below (ASCII words, words
// with non-ASCII letters, punctuation) hashes its final bytes with HashBytes
// or an equivalent loop, so the same token always gets the same hash.
constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
constexpr uint64_t kAsciiFold = 0x2020202020202020ULL;

// Mixes a chunk into the hash: the 128-bit product with an odd constant,
// its halves folded together, so that every bit of h reaches every bit of
// the result (one multiplication; three and four shifts took a fifth of the
// tokenizer's time).
inline uint64_t Mix(uint64_t h) {
  const __uint128_t m = static_cast<__uint128_t>(h) * 0xD6E8FEB86659FD93ULL;
  return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
}

// Loads n (1..7) bytes little-endian; bytes past n are zero. `readable` says
// whether 8 bytes may be read at p (then one load and a mask; else a byte
// loop, since memcpy with a variable length is a library call).
inline uint64_t LoadPartial(const uint8_t* p, size_t n, bool readable) {
  uint64_t v = 0;
  if (readable) {
    std::memcpy(&v, p, 8);
    return v & ((1ULL << (8 * n)) - 1);
  }
  for (size_t k = 0; k < n; ++k) v |= static_cast<uint64_t>(p[k]) << (8 * k);
  return v;
}

// Hashes n bytes; with `fold`, ORs 0x20 into every byte first, which lower-
// cases ASCII letters and leaves digits alone (callers only fold runs of
// ASCII letters and digits this way). `limit` is the end of the readable
// buffer.
inline uint64_t HashChunks(const uint8_t* p, size_t n, bool fold, const uint8_t* limit) {
  uint64_t h = n * kMul;
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    if (fold) v |= kAsciiFold;
    h = Mix(h ^ v);
    p += 8;
    n -= 8;
  }
  if (n) {
    uint64_t v = LoadPartial(p, n, limit - p >= 8);
    if (fold) v |= kAsciiFold & ((1ULL << (8 * n)) - 1);
    h = Mix(h ^ v);
  }
  return h;
}

// HashChunks for a word of 1..8 bytes given as one little-endian chunk.
inline uint64_t HashOneChunk(size_t n, uint64_t v) { return Mix((n * kMul) ^ v); }

inline uint64_t HashBytes(std::string_view s) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  return HashChunks(p, s.size(), false, p + s.size());
}

enum : uint8_t { kSpace = 0, kWord = 1, kPunct = 2, kHigh = 3 };

struct ClassTable {
  uint8_t cls[256];
  ClassTable() {
    for (int c = 0; c < 256; ++c) {
      if (c >= 0x80) {
        cls[c] = kHigh;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        cls[c] = kWord;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
                 c == 0) {
        cls[c] = kSpace;
      } else {
        cls[c] = kPunct;
      }
    }
  }
};
const ClassTable kClass;

// How a non-ASCII code point behaves in matching.
enum class CpKind { kSpace, kIgnore, kWord, kOwnToken, kPunct };

CpKind Classify(UChar32 cp, char* ascii_punct) {
  *ascii_punct = 0;
  switch (cp) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x2028:
    case 0x2029:
      return CpKind::kSpace;
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return CpKind::kIgnore;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x02BC:
    case 0x2032:
    case 0x00B4:
      *ascii_punct = '\'';
      return CpKind::kPunct;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      *ascii_punct = '"';
      return CpKind::kPunct;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
      *ascii_punct = '-';
      return CpKind::kPunct;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CpKind::kSpace;
  // Han, kana, Hangul syllables: one token per character, since these
  // scripts do not separate words with spaces.
  if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0x20000 && cp <= 0x2FFFF)) {
    return CpKind::kOwnToken;
  }
  if (u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK)) return CpKind::kWord;
  if (u_isUWhiteSpace(cp)) return CpKind::kSpace;
  return CpKind::kPunct;
}

// Latin letters with diacritics (U+00C0-U+024F, U+1E00-U+1EFF) to their
// ASCII base letter, from their canonical decomposition; 0 where there is
// none ("ø", "ł", "æ" stay as they are).
struct LatinBases {
  uint8_t base[0x250 - 0xC0];
  uint8_t ext[0x100];
  LatinBases() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    auto base_of = [&](UChar32 cp) -> uint8_t {
      icu::UnicodeString d;
      if (U_FAILURE(status) || !nfd->getDecomposition(cp, d) || d.length() == 0) return 0;
      const UChar32 b = d.char32At(0);
      return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') ? static_cast<uint8_t>(b) : 0;
    };
    for (UChar32 cp = 0xC0; cp < 0x250; ++cp) base[cp - 0xC0] = base_of(cp);
    for (UChar32 cp = 0x1E00; cp < 0x1F00; ++cp) ext[cp - 0x1E00] = base_of(cp);
  }
};

}  // namespace

UChar32 FoldForMatch(UChar32 cp) {
  cp = u_foldCase(cp, U_FOLD_CASE_DEFAULT);
  if (cp < 0xC0) return cp;
  static const LatinBases kLatin;
  if (cp < 0x250) {
    const uint8_t b = kLatin.base[cp - 0xC0];
    return b ? static_cast<UChar32>(u_tolower(b)) : cp;
  }
  if (cp >= 0x1E00 && cp < 0x1F00) {
    const uint8_t b = kLatin.ext[cp - 0x1E00];
    return b ? static_cast<UChar32>(u_tolower(b)) : cp;
  }
  // Combining diacritics (Latin, Hebrew points, Arabic short vowels and
  // shadda) and the Arabic tatweel are not part of a word's identity.
  if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x591 && cp <= 0x5C7) ||
      (cp >= 0x64B && cp <= 0x65F) || cp == 0x670 || cp == 0x640)
    return -1;
  switch (cp) {
    case 0x451:  // ё -> е
      return 0x435;
    case 0x622:  // آ أ إ ٱ -> ا
    case 0x623:
    case 0x625:
    case 0x671:
      return 0x627;
    case 0x649:  // ى -> ي
    case 0x6CC:  // Persian ی -> ي
      return 0x64A;
    case 0x629:  // ة -> ه
      return 0x647;
    case 0x6A9:  // Persian ک -> ك
      return 0x643;
    default:
      return cp;
  }
}

namespace {

// What Classify, FoldForMatch and the case tests say of each code point of
// two bytes in UTF-8 (U+0080-U+07FF: Latin, Greek, Cyrillic, Hebrew, Arabic),
// worked out once: a word in these scripts was read with several ICU calls
// a letter.
struct TwoByteInfo {
  CpKind kind = CpKind::kPunct;
  char ascii = 0;        // Classify's ASCII punctuation
  bool upper = false;    // u_isupper || u_istitle
  bool lower = false;    // u_islower
  uint8_t fold_len = 0;  // the UTF-8 bytes of FoldForMatch (0: dropped)
  char fold[4] = {};
};

const TwoByteInfo& TwoByte(UChar32 cp) {
  static const std::vector<TwoByteInfo> kInfo = [] {
    std::vector<TwoByteInfo> info(0x800 - 0x80);
    for (UChar32 cp = 0x80; cp < 0x800; ++cp) {
      TwoByteInfo& x = info[cp - 0x80];
      x.kind = Classify(cp, &x.ascii);
      x.upper = u_isupper(cp) || u_istitle(cp);
      x.lower = u_islower(cp);
      const UChar32 f = FoldForMatch(cp);
      if (f >= 0) {
        std::string b;
        AppendUtf8(static_cast<uint32_t>(f), &b);
        x.fold_len = static_cast<uint8_t>(b.size());
        std::memcpy(x.fold, b.data(), b.size());
      }
    }
    return info;
  }();
  return kInfo[cp - 0x80];
}

// The hashes of the single ASCII punctuation tokens, and of the folded forms
// of typographic quotes and dashes.
struct PunctHashes {
  uint64_t h[128];
  PunctHashes() {
    for (int c = 0; c < 128; ++c) {
      char b = static_cast<char>(c);
      h[c] = HashBytes(std::string_view(&b, 1));
    }
  }
};
const PunctHashes kPunctHash;

// The end of the run of ASCII letters and digits that starts at p, and in
// *upper whether the run holds a capital. (Most words are found 64 bytes at a
// time by ClassifyBlock below; this serves the rest: the last bytes of a
// text, words next to non-ASCII letters, words of 64 bytes or more.)
inline const uint8_t* WordRunEnd(const uint8_t* p, const uint8_t* end, bool* upper) {
  while (p < end && kClass.cls[*p] == kWord) {
    *upper |= *p <= 'Z' && *p >= 'A';
    ++p;
  }
  return p;
}

#if defined(__SSE2__)
// Byte classes of 64 bytes, one bit per byte. (Only what every block needs:
// a token's case is read from its first byte, and the newlines are found
// for a hyphen, NewlineMask.)
struct BlockMasks {
  uint64_t word = 0;   // ASCII letters and digits
  uint64_t space = 0;  // kSpace bytes
  uint64_t high = 0;   // bytes >= 0x80
  uint64_t dash = 0;   // '-'
};

inline BlockMasks ClassifyBlock(const uint8_t* p) {
  const __m128i kBeforeA = _mm_set1_epi8('a' - 1), kAfterZ = _mm_set1_epi8('z' + 1);
  const __m128i kCase = _mm_set1_epi8(0x20);
  const __m128i kBefore0 = _mm_set1_epi8('0' - 1), kAfter9 = _mm_set1_epi8('9' + 1);
  const __m128i kBeforeTab = _mm_set1_epi8('\t' - 1), kAfterCr = _mm_set1_epi8('\r' + 1);
  const __m128i kBlank = _mm_set1_epi8(' '), kZero = _mm_setzero_si128();
  const __m128i kDash = _mm_set1_epi8('-');
  BlockMasks m;
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    // Signed compares: bytes >= 0x80 are negative and fall outside every
    // range (also after ORing 0x20, which maps A-Z, and no other byte, to
    // a-z).
    const __m128i folded = _mm_or_si128(v, kCase);
    const __m128i letter =
        _mm_and_si128(_mm_cmpgt_epi8(folded, kBeforeA), _mm_cmpgt_epi8(kAfterZ, folded));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, kBefore0), _mm_cmpgt_epi8(kAfter9, v));
    const __m128i space =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, kBlank), _mm_cmpeq_epi8(v, kZero)),
                     _mm_and_si128(_mm_cmpgt_epi8(v, kBeforeTab), _mm_cmpgt_epi8(kAfterCr, v)));
    const int shift = 16 * k;
    auto bits = [shift](__m128i x) {
      return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(x))) << shift;
    };
    m.word |= bits(_mm_or_si128(letter, digit));
    m.space |= bits(space);
    m.high |= bits(v);
    m.dash |= bits(_mm_cmpeq_epi8(v, kDash));
  }
  return m;
}

// The newlines of the 64 bytes at p, one bit per byte.
inline uint64_t NewlineMask(const uint8_t* p) {
  uint64_t mask = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    mask |= static_cast<uint64_t>(
                static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')))))
            << (16 * k);
  }
  return mask;
}

// The tokens of a 64-byte block of ASCII (up to its first non-ASCII byte,
// `lim`) whose starts are the bits of `todo`, appended to *out; returns how
// many. A word that may run on past `lim` is left, with what follows it:
// *used is where it starts (else lim). `offset` is the block's offset in the
// text, text_end its end; unless kNearEnd, the text goes on for at least 16
// bytes past the block (tokens are read 8 bytes at a time).
template <bool kNearEnd>
inline int BlockTokensImpl(const uint8_t* p, const uint8_t* text_end, const BlockMasks& m,
                           uint64_t todo, int lim, uint32_t offset, std::vector<MatchToken>* out,
                           int* used) {
  *used = lim;
  // 64 word bytes: one word that may run on (and ~w below would be 0).
  if (m.word == ~0ULL) {
    *used = 0;
    return 0;
  }
  int count = 0;
  while (todo) {
    const int j = __builtin_ctzll(todo);
    todo &= todo - 1;
    const uint8_t* q = p + j;
    // A word or a single punctuation byte, taken the same way without
    // branching on which (it is hard to predict): a punctuation token is its
    // byte's hash, HashChunks of one byte unfolded, which is what the code
    // below computes for a run of length 1 with no fold.
    const uint64_t w = m.word >> j;
    const uint64_t is_word = w & 1;
    const int run = __builtin_ctzll(~w);  // 0 for punctuation; ~w != 0 (above)
    if (j + run >= lim) {
      // A word that may run on past what the block sees.
      *used = j;
      break;
    }
    const int len = run + static_cast<int>(is_word ^ 1);
    uint64_t fold, exact;
    if (len <= 8 && (!kNearEnd || text_end - q >= 8)) {
      // Tokens of up to 8 bytes (most): one load, masked to the token. The
      // exact hash is that of the bytes as they are, computed for every
      // token rather than only for words with a capital (which is hard to
      // predict): for a word without capitals it is the folded one (ORing
      // 0x20 changes neither digits nor small letters).
      // The token's bytes of the load, by its length (1 to 8): a load from
      // a table instead of a shift by a computed count.
      static constexpr uint64_t kKeep[9] = {0,
                                            0xFFULL,
                                            0xFFFFULL,
                                            0xFFFFFFULL,
                                            0xFFFFFFFFULL,
                                            0xFFFFFFFFFFULL,
                                            0xFFFFFFFFFFFFULL,
                                            0xFFFFFFFFFFFFFFULL,
                                            ~0ULL};
      uint64_t v;
      std::memcpy(&v, q, 8);
      const uint64_t keep = kKeep[len];
      v &= keep;
      const uint64_t fold_bits = kAsciiFold & (0 - is_word);
      fold = HashOneChunk(len, v | (fold_bits & keep));
      exact = HashOneChunk(len, v);
    } else {
      fold = HashChunks(q, len, is_word, text_end);
      exact = HashChunks(q, len, false, text_end);
    }
    // Built whole (emplace_back and then the fields wrote each token twice).
    const uint8_t first = *q;
    const uint32_t begin = offset + static_cast<uint32_t>(j);
    out->push_back(MatchToken{begin, begin + static_cast<uint32_t>(len), fold, exact, is_word != 0,
                              static_cast<uint8_t>(first - 'A') < 26,
                              static_cast<uint8_t>(first - 'a') < 26});
    ++count;
  }
  return count;
}

inline int BlockTokens(const uint8_t* p, const BlockMasks& m, uint64_t todo, int lim,
                       uint32_t offset, std::vector<MatchToken>* out, int* used) {
  return BlockTokensImpl<false>(p, p + 80, m, todo, lim, offset, out, used);
}

// BlockTokens for a block that ends less than 16 bytes before the text.
inline int BlockTokensNearEnd(const uint8_t* p, const uint8_t* text_end, const BlockMasks& m,
                              uint64_t todo, int lim, uint32_t offset, std::vector<MatchToken>* out,
                              int* used) {
  return BlockTokensImpl<true>(p, text_end, m, todo, lim, offset, out, used);
}
#endif

// Words that hold a non-ASCII letter are collected byte by byte.
struct SlowWord {
  std::string fold, exact;
};

}  // namespace

void Tokenize(std::string_view text, std::vector<MatchToken>* out) {
  out->clear();
  out->reserve(text.size() / 3 + 16);  // about one token per 5 bytes in prose
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  // A word with non-ASCII letters in progress (in_slow), else none.
  bool in_slow = false;
  // Hyphen tokens that may end a line: words around them may need rejoining.
  thread_local std::vector<uint32_t> eol_hyphens;
  eol_hyphens.clear();
  // (The hyphen is the last token, or token `at` when given.)
  auto hyphen_ends_line = [&](size_t last = SIZE_MAX) {
    const uint32_t at = static_cast<uint32_t>(last != SIZE_MAX ? last : out->size() - 1);
    if (eol_hyphens.empty() || eol_hyphens.back() != at) eol_hyphens.push_back(at);
  };
  MatchToken cur;
  thread_local SlowWord slow;
  auto close_slow = [&](int32_t end) {
    if (!in_slow) return;
    cur.end = static_cast<uint32_t>(end);
    cur.fold = HashBytes(slow.fold);
    cur.exact = HashBytes(slow.exact);
    cur.word = true;
    out->push_back(cur);
    in_slow = false;
  };
  auto open_slow = [&](int32_t begin, bool upper, bool lower) {
    in_slow = true;
    cur = MatchToken();
    cur.begin = static_cast<uint32_t>(begin);
    cur.upper = upper;
    cur.lower = lower;
    slow.fold.clear();
    slow.exact.clear();
  };
  auto punct = [&](int32_t begin, int32_t end, uint64_t hash) {
    MatchToken& t = out->emplace_back();
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.fold = t.exact = hash;
  };
  while (i < n) {
#if defined(__SSE2__)
    // The fast path: tokens in the next 64 bytes up to the first non-ASCII
    // byte, found with bit masks. It stops before a word that may run on past
    // what it can see; the byte-at-a-time code below takes that word. Not
    // at a non-ASCII byte, where it would see nothing (a third of its calls
    // went there: every character of a CJK text, every curly quote).
    if (!in_slow && n - i >= 64 && s[i] < 0x80) {
      const BlockMasks m = ClassifyBlock(s + i);
      const int lim = m.high ? __builtin_ctzll(m.high) : 64;
      const uint64_t seen = lim == 64 ? ~0ULL : (1ULL << lim) - 1;
      const uint64_t word = m.word;
      if (!out->empty() && out->back().fold == kPunctHash.h['-']) {
        // The hyphen before this block ends its line.
        const uint64_t newline = NewlineMask(s + i);
        const uint64_t stop = ~(m.space & ~newline);
        if (!stop || (newline & stop & -stop)) hyphen_ends_line();
      }
      // Token starts: the first byte of each word, every punctuation byte.
      const uint64_t todo = ((word & ~(word << 1)) | ~(word | m.space | m.high)) & seen;
      int used = lim;
      int count = 0;
      if (n - i >= 80) {
        count = BlockTokens(s + i, m, todo, lim, static_cast<uint32_t>(i), out, &used);
      } else {
        count =
            BlockTokensNearEnd(s + i, s + n, m, todo, lim, static_cast<uint32_t>(i), out, &used);
      }
      // Hyphens that end a line (only blanks, then a newline, after them)
      // among the tokens taken: the k-th token start is token k of the block.
      const uint64_t taken = used == 64 ? ~0ULL : (1ULL << used) - 1;
      const uint64_t dashes = m.dash & todo & taken;
      const uint64_t newline = dashes ? NewlineMask(s + i) : 0;
      for (uint64_t d = dashes; d; d &= d - 1) {
        const int j = __builtin_ctzll(d);
        const uint64_t after = ~(m.space & ~newline) & ~((2ULL << j) - 1);
        if (!after || ((newline & after & -after) != 0)) {
          hyphen_ends_line(out->size() - count + __builtin_popcountll(todo & ((1ULL << j) - 1)));
        }
      }
      if (used > 0) {
        i += used;
        continue;
      }
    }
#endif
    uint8_t c = s[i];
    uint8_t k = kClass.cls[c];
    if (k == kWord) {
      // The fast path: a run of ASCII letters and digits.
      int32_t b = i;
      bool has_upper = false;
      i = static_cast<int32_t>(WordRunEnd(s + i, s + n, &has_upper) - s);
      bool slow_next = false;  // a non-ASCII letter (or an ignorable) follows
      if (i < n && s[i] >= 0x80 && !in_slow) {
        int32_t x = i;
        UChar32 next;
        U8_NEXT(s, x, n, next);
        char unused;
        CpKind nk = next < 0       ? CpKind::kPunct
                    : next < 0x800 ? TwoByte(next).kind
                                   : Classify(next, &unused);
        slow_next = nk == CpKind::kWord || nk == CpKind::kIgnore;
      }
      if (in_slow || slow_next) {
        // Part of a word with non-ASCII letters: collect it byte by byte.
        if (!in_slow) open_slow(b, c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z');
        for (int32_t x = b; x < i; ++x) {
          uint8_t f = (s[x] >= 'A' && s[x] <= 'Z') ? s[x] + 32 : s[x];
          slow.fold.push_back(static_cast<char>(f));
          slow.exact.push_back(static_cast<char>(s[x]));
        }
        continue;
      }
      const uint64_t fold = HashChunks(s + b, i - b, true, s + n);
      MatchToken& t = out->emplace_back();
      t.begin = static_cast<uint32_t>(b);
      t.end = static_cast<uint32_t>(i);
      t.fold = fold;
      // Without capitals the word is its own folded form.
      t.exact = has_upper ? HashChunks(s + b, i - b, false, s + n) : fold;
      t.word = true;
      t.upper = c >= 'A' && c <= 'Z';
      t.lower = c >= 'a' && c <= 'z';
      continue;
    }
    if (k == kSpace) {
      close_slow(i);
      if (c == '\n' && !out->empty() && out->back().fold == kPunctHash.h['-']) {
        hyphen_ends_line();
      }
      ++i;
      continue;
    }
    if (k == kPunct) {
      close_slow(i);
      punct(i, i + 1, kPunctHash.h[c]);
      ++i;
      continue;
    }
    // Non-ASCII.
    int32_t start = i;
    UChar32 cp;
    U8_NEXT(s, i, n, cp);
    if (cp < 0) {  // invalid byte: treat as punctuation of its own
      close_slow(start);
      char b = static_cast<char>(c);
      punct(start, i, HashBytes(std::string_view(&b, 1)));
      continue;
    }
    char ascii = 0;
    const TwoByteInfo* two = cp < 0x800 ? &TwoByte(cp) : nullptr;
    if (two) ascii = two->ascii;
    switch (two ? two->kind : Classify(cp, &ascii)) {
      case CpKind::kSpace:
        close_slow(start);
        break;
      case CpKind::kIgnore:
        break;
      case CpKind::kWord: {
        // (An ASCII run right before this letter has already opened the
        // word: the fast path hands over when a non-ASCII byte follows.)
        if (two) {
          if (!in_slow) open_slow(start, two->upper, two->lower);
          slow.fold.append(two->fold, two->fold_len);
          // The bytes read are the code point's UTF-8 (U8_NEXT takes no
          // other form).
          slow.exact.append(text.data() + start, static_cast<size_t>(i - start));
          break;
        }
        if (!in_slow) open_slow(start, u_isupper(cp) || u_istitle(cp), u_islower(cp));
        if (const UChar32 f = FoldForMatch(cp); f >= 0) AppendUtf8(f, &slow.fold);
        AppendUtf8(cp, &slow.exact);
        break;
      }
      case CpKind::kOwnToken: {
        close_slow(start);
        MatchToken& t = out->emplace_back();
        t.begin = static_cast<uint32_t>(start);
        t.end = static_cast<uint32_t>(i);
        t.fold = t.exact = HashBytes(text.substr(start, i - start));
        t.word = true;
        break;
      }
      case CpKind::kPunct: {
        close_slow(start);
        punct(start, i,
              ascii ? kPunctHash.h[static_cast<uint8_t>(ascii)]
                    : HashBytes(text.substr(start, i - start)));
        break;
      }
    }
  }
  close_slow(n);

  // Rejoin words hyphenated across a line break: "multi-\nstakeholder".
  if (eol_hyphens.empty()) return;
  const uint64_t kHyphen = kPunctHash.h['-'];
  // Word, hyphen, line break, lower-case word at tokens r, r + 1, r + 2?
  auto split_at = [&](size_t r) {
    if (r + 2 >= out->size()) return false;
    const MatchToken& a = (*out)[r];
    const MatchToken& h = (*out)[r + 1];
    const MatchToken& b = (*out)[r + 2];
    if (!a.word || h.fold != kHyphen || h.begin != a.end || !b.word || !b.lower) return false;
    std::string_view gap = text.substr(h.end, b.begin - h.end);
    return gap.find('\n') != std::string_view::npos &&
           gap.find_first_not_of(" \t\r\n") == std::string_view::npos;
  };
  // Only the hyphens seen before a line break can start a split word, so
  // the tokens before the first of them stay where they are.
  size_t first = out->size();
  for (uint32_t h : eol_hyphens) {
    if (h >= 1 && split_at(h - 1)) {
      first = h - 1;
      break;
    }
  }
  size_t w = first;
  for (size_t r = first; r < out->size(); ++r) {
    MatchToken& a = (*out)[r];
    if (split_at(r)) {
      std::string joined(text.substr(a.begin, a.end - a.begin));
      const MatchToken& b = (*out)[r + 2];
      joined += text.substr(b.begin, b.end - b.begin);
      std::vector<MatchToken> one;
      Tokenize(joined, &one);
      if (one.size() == 1) {
        MatchToken m = a;
        m.end = b.end;
        m.fold = one[0].fold;
        m.exact = one[0].exact;
        (*out)[w++] = m;
        r += 2;
        continue;
      }
    }
    if (w != r) (*out)[w] = a;
    ++w;
  }
  out->resize(w);
}

std::string Slug(std::string_view s) {
  std::string out;
  bool dash = false;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      out.push_back(static_cast<char>(c));
      dash = false;
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + 32));
      dash = false;
    } else if (!dash && !out.empty()) {
      out.push_back('-');
      dash = true;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string FoldToken(std::string_view token) {
  std::string out;
  const uint8_t* s = reinterpret_cast<const uint8_t*>(token.data());
  int32_t n = static_cast<int32_t>(token.size()), i = 0;
  while (i < n) {
    UChar32 cp;
    U8_NEXT(s, i, n, cp);
    if (cp < 0) continue;
    cp = FoldForMatch(cp);
    if (cp < 0) continue;
    uint8_t buf[4];
    int32_t len = 0;
    UBool err = false;
    U8_APPEND(buf, len, 4, cp, err);
    (void)err;
    out.append(reinterpret_cast<char*>(buf), len);
  }
  return out;
}

// Puts key in its probe chain; false if a different key there has the same
// tag (the caller re-seeds). *at is the slot of key.
bool FlatMap::Place(uint64_t key, uint32_t value, size_t* at) {
  const size_t mask = slots_.size() - 1;
  const uint32_t tag = Tag(key);
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (keys_[i] == key) {
      *at = i;
      return true;
    }
    if (keys_[i] == 0) {
      keys_[i] = key;
      slots_[i] = {tag, value};
      ++size_;
      *at = i;
      return true;
    }
    if (slots_[i].tag == tag) return false;
  }
}

void FlatMap::Rebuild(size_t size) {
  std::vector<uint64_t> old_keys;
  std::vector<Slot> old_slots;
  old_keys.swap(keys_);
  old_slots.swap(slots_);
  for (;;) {
    slots_.assign(size, Slot());
    keys_.assign(size, 0);
    size_ = 0;
    bool ok = true;
    size_t at;
    for (size_t k = 0; k < old_keys.size() && ok; ++k) {
      if (old_keys[k]) ok = Place(old_keys[k], old_slots[k].value, &at);
    }
    if (ok) return;
    seed_ = seed_ * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
  }
}

uint32_t* FlatMap::Insert(uint64_t key, uint32_t value, bool* inserted) {
  if ((size_ + 1) * 2 > slots_.size()) Rebuild(slots_.size() * 2);
  for (;;) {
    const size_t before = size_;
    size_t at;
    if (Place(key, value, &at)) {
      *inserted = size_ > before;
      return &slots_[at].value;
    }
    // A tag clash with another key in the chain: re-seed, rebuild, retry.
    seed_ = seed_ * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
    Rebuild(slots_.size());
  }
}

void BitFilter::Add(uint64_t h) {
  keys_.push_back(h);
  if (keys_.size() * 16 > mask_ + 1) {
    // Double the filter and set every key's bit again.
    mask_ = (mask_ + 1) * 2 - 1;
    bits_.assign((mask_ + 1) / 64, 0);
    for (uint64_t k : keys_) Set(k);
  } else {
    Set(h);
  }
}

PhraseTrie::PhraseTrie(bool exact) : exact_(exact) {}

bool PhraseTrie::Add(const std::vector<MatchToken>& phrase, uint32_t payload) {
  if (phrase.empty()) return false;
  starts_.Add(Hash(phrase[0]), phrase.size() > 1, phrase.size() > 1 ? Hash(phrase[1]) : 0);
  uint32_t* next = nullptr;
  uint64_t prefix = kRoot;
  for (size_t k = 0; k < phrase.size(); ++k) {
    bool inserted = false;
    prefix = Step(prefix, Hash(phrase[k]));
    next = edges_.Insert(Key(prefix), 0, &inserted);
    nodes_ += inserted;
    if (k + 1 < phrase.size()) *next |= kHasChildren;
  }
  if (payload > kDataMask) abort();  // payloads must stay clear of the flags
  const uint32_t v = *next, keep = v & kHasChildren;
  if (!(v & kHasPayload)) {  // the first payload
    *next = keep | kHasPayload | kSingle | payload;
    return true;
  }
  if (lists_.size() + 2 >= kDataMask) abort();
  const uint32_t old = v & kDataMask;
  const uint32_t count = (v & kSingle) ? 1 : lists_[old];
  *next = keep | kHasPayload | static_cast<uint32_t>(lists_.size());
  lists_.push_back(count + 1);
  if (v & kSingle) {
    lists_.push_back(old);
  } else {
    for (uint32_t k = 0; k < count; ++k) {
      const uint32_t earlier = lists_[old + 1 + k];
      lists_.push_back(earlier);
    }
  }
  lists_.push_back(payload);
  return true;
}

}  // namespace caucus::internal
