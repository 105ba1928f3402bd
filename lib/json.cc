#include "caucus/json.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace caucus {
namespace {

const char kHex[] = "0123456789abcdef";

// Which bytes need escaping inside a JSON string.
struct EscapeTable {
  bool needs[256];
  constexpr EscapeTable() : needs() {
    for (int c = 0; c < 256; ++c) needs[c] = c < 0x20 || c == '"' || c == '\\' || c == 0x7f;
  }
};
constexpr EscapeTable kEscape;

inline bool NeedsEscape(unsigned char c) { return kEscape.needs[c]; }

// Writes the escape of c, a byte that NeedsEscape, to p; returns the end.
char* WriteEscape(unsigned char c, char* p) {
  char e;
  switch (c) {
    case '"':
      e = '"';
      break;
    case '\\':
      e = '\\';
      break;
    case '\n':
      e = 'n';
      break;
    case '\r':
      e = 'r';
      break;
    case '\t':
      e = 't';
      break;
    case '\b':
      e = 'b';
      break;
    case '\f':
      e = 'f';
      break;
    default:
      p[0] = '\\';
      p[1] = 'u';
      p[2] = '0';
      p[3] = '0';
      p[4] = kHex[c >> 4];
      p[5] = kHex[c & 15];
      return p + 6;
  }
  p[0] = '\\';
  p[1] = e;
  return p + 2;
}

uint64_t Load8(const char* p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

// Whether any of the bytes in v (8 or 4) needs escaping in a JSON string
// (exact as a yes/no answer, like HasBackslashOrControl below).
template <typename Word>
inline bool HasEscapable(Word v) {
  constexpr Word kOnes = static_cast<Word>(0x0101010101010101ULL);
  constexpr Word kHigh = static_cast<Word>(0x8080808080808080ULL);
  const Word q = v ^ ('"' * kOnes), bs = v ^ ('\\' * kOnes), del = v ^ (0x7f * kOnes);
  return (((q - kOnes) & ~q) | ((bs - kOnes) & ~bs) | ((del - kOnes) & ~del) |
          ((v - 0x20 * kOnes) & ~v)) &
         kHigh;
}

// Whether any of the 8 bytes in v is a backslash or below 0x20 (exact as a
// yes/no answer: "has a zero byte" / "has a byte less than n" from Bit
// Twiddling Hacks).
bool HasBackslashOrControl(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const uint64_t bs = v ^ ('\\' * kOnes);
  return (((bs - kOnes) & ~bs) | ((v - 0x20 * kOnes) & ~v)) & kHigh;
}

bool ParseHex4(std::string_view s, size_t i, uint32_t* v) {
  if (i + 4 > s.size()) return false;
  uint32_t r = 0;
  for (size_t k = i; k < i + 4; ++k) {
    char c = s[k];
    r <<= 4;
    if (c >= '0' && c <= '9') {
      r |= c - '0';
    } else if (c >= 'a' && c <= 'f') {
      r |= c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      r |= c - 'A' + 10;
    } else {
      return false;
    }
  }
  *v = r;
  return true;
}

std::string At(const char* what, size_t pos) {
  return std::string(what) + " at byte " + std::to_string(pos);
}

inline size_t SkipWs(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  return i;
}

// Finds the end of a string starting at s[i] == '"'. Returns npos if unterminated.
size_t SkipString(std::string_view s, size_t i) {
  ++i;
  while (i < s.size()) {
    const void* q = memchr(s.data() + i, '"', s.size() - i);
    if (!q) return std::string_view::npos;
    size_t j = static_cast<const char*>(q) - s.data();
    // Count preceding backslashes.
    size_t k = j;
    while (k > i && s[k - 1] == '\\') --k;
    if (((j - k) & 1) == 0) return j + 1;
    i = j + 1;
  }
  return std::string_view::npos;
}

// Bit k set if s[b + k] is '"', '{', '}', '[' or ']', for the bytes of
// [b, min(b + 16, n)). Layers are long runs of digits, commas and short
// strings: 16 bytes are classified at a time.
inline uint32_t StructuralMask(const char* s, size_t b, size_t n) {
#if defined(__SSE2__)
  if (b + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + b));
    // '[' | 0x20 == '{' and ']' | 0x20 == '}'; no other byte maps there.
    const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                     _mm_or_si128(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{')),
                                                  _mm_cmpeq_epi8(folded, _mm_set1_epi8('}'))));
    return static_cast<uint32_t>(_mm_movemask_epi8(hit));
  }
#endif
  uint32_t mask = 0;
  const size_t end = std::min(b + 16, n);
  for (size_t j = b; j < end; ++j) {
    const char c = s[j];
    if (c == '"' || c == '{' || c == '}' || c == '[' || c == ']') mask |= 1u << (j - b);
  }
  return mask;
}

// The quotes and the brackets ('{', '}', '[', ']') of 16 bytes, as bit
// masks (bit k: byte k).
struct BlockMasks {
  uint32_t quotes = 0, brackets = 0, high = 0;
};

// Fills *m for the 16 bytes at p; false if they hold a backslash.
inline bool ClassifyBlock(const char* p, BlockMasks* m) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')))) return false;
  // '[' | 0x20 == '{' and ']' | 0x20 == '}'; no other byte maps there.
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
  m->quotes = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('"'))));
  m->brackets = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(
      _mm_cmpeq_epi8(folded, _mm_set1_epi8('{')), _mm_cmpeq_epi8(folded, _mm_set1_epi8('}')))));
  m->high = static_cast<uint32_t>(_mm_movemask_epi8(v));
  return true;
#else
  m->quotes = m->brackets = m->high = 0;
  for (int k = 0; k < 16; ++k) {
    const char c = p[k];
    if (c == '\\') return false;
    if (c == '"') m->quotes |= 1u << k;
    if (c == '{' || c == '}' || c == '[' || c == ']') m->brackets |= 1u << k;
    if (static_cast<unsigned char>(c) >= 0x80) m->high |= 1u << k;
  }
  return true;
#endif
}

// Bit k of the result: the XOR of bits 0..k of x (16 bits).
inline uint32_t PrefixXor16(uint32_t x) {
  x ^= x << 1;
  x ^= x << 2;
  x ^= x << 4;
  x ^= x << 8;
  return x & 0xFFFFu;
}

// Bit k of the result: the XOR of bits 0..k of x (64 bits).
inline uint64_t PrefixXor64(uint64_t x) {
  x ^= x << 1;
  x ^= x << 2;
  x ^= x << 4;
  x ^= x << 8;
  x ^= x << 16;
  x ^= x << 32;
  return x;
}

// The quotes, brackets, backslashes and non-ASCII bytes of 64 bytes, as bit
// masks.
struct WideMasks {
  uint64_t quotes = 0, brackets = 0, backslashes = 0, high = 0;
};

// Fills *m for the 64 bytes at p.
inline void ClassifyWide(const char* p, WideMasks* m) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  const __m128i open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}'), fold = _mm_set1_epi8(0x20);
  uint64_t q = 0, br = 0, bs = 0, hi = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    // '[' | 0x20 == '{' and ']' | 0x20 == '}'; no other byte maps there.
    const __m128i folded = _mm_or_si128(v, fold);
    const int shift = 16 * k;
    q |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote))))
         << shift;
    br |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(
              _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)))))
          << shift;
    bs |= static_cast<uint64_t>(
              static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, backslash))))
          << shift;
    hi |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(v))) << shift;
  }
  m->quotes = q;
  m->brackets = br;
  m->backslashes = bs;
  m->high = hi;
#else
  *m = WideMasks();
  for (int k = 0; k < 64; ++k) {
    const char c = p[k];
    const uint64_t bit = uint64_t{1} << k;
    if (c == '"') m->quotes |= bit;
    if (c == '\\') m->backslashes |= bit;
    if (c == '{' || c == '}' || c == '[' || c == ']') m->brackets |= bit;
    if (static_cast<unsigned char>(c) >= 0x80) m->high |= bit;
  }
#endif
}

// The closers of the open brackets, innermost last: inline up to a depth of
// 64, on the heap beyond.
class BracketStack {
 public:
  bool empty() const { return depth_ == 0; }
  void push(char c) {
    if (depth_ == cap_) Grow();
    data_[depth_++] = c;
  }
  char back() const { return data_[depth_ - 1]; }
  void pop() { --depth_; }

 private:
  void Grow() {
    std::unique_ptr<char[]> bigger(new char[2 * cap_]);
    std::memcpy(bigger.get(), data_, cap_);
    heap_ = std::move(bigger);
    data_ = heap_.get();
    cap_ *= 2;
  }
  static constexpr size_t kInline = 64;
  char inline_[kInline];
  char* data_ = inline_;
  size_t cap_ = kInline;
  size_t depth_ = 0;
  std::unique_ptr<char[]> heap_;
};

// Skips one JSON value starting at i; returns the end or sets *err. *ascii:
// whether the value is known to hold only ASCII bytes (set for arrays,
// objects and literals; false for a string, which is not looked into).
size_t SkipValue(std::string_view s, size_t i, std::string* err, bool* ascii) {
  *ascii = false;
  if (i >= s.size()) {
    *err = At("expected a value", i);
    return 0;
  }
  char c = s[i];
  if (c == '"') {
    size_t e = SkipString(s, i);
    if (e == std::string_view::npos) *err = At("unterminated string starting", i);
    return e;
  }
  if (c == '{' || c == '[') {
    // Only strings and brackets matter; everything between is skipped. The
    // same walk as SkipString per string, over the structural bytes of one
    // 64- or 16-byte block after another. A block without a backslash (nor
    // one just before it) has no escaped quote: its quotes all open or close
    // a string, so which brackets are outside strings follows from the
    // quotes' positions (a prefix XOR), and only those brackets are walked.
    BracketStack stack;
    const size_t n = s.size();
    bool in_string = false;
    size_t string_start = 0;
    // Handles the bracket at j outside a string; returns 1 for the end of
    // the value, -1 for an error, 0 to go on. Inlined in its three callers
    // (as a call it cost about a fifth of the scan of a layer).
    auto bracket = [&](size_t j) __attribute__((always_inline)) {
      const char d = s[j];
      // '{' + 2 == '}' and '[' + 2 == ']'; '[' | 0x20 == '{'.
      if ((d | 0x20) == '{') {
        stack.push(static_cast<char>(d + 2));
        return 0;
      }
      if (stack.empty() || stack.back() != d) {
        *err = At("mismatched bracket", j);
        return -1;
      }
      stack.pop();
      return stack.empty() ? 1 : 0;
    };
    // Non-ASCII bytes seen in the blocks passed so far.
    uint64_t high = 0;
    size_t b = i;
    while (b < n) {
      // 64 bytes at a time where they hold no backslash (nor one just
      // before them), as the 16-byte blocks below; they are the rest.
      if (b + 64 <= n && (b == i || s[b - 1] != '\\')) {
        WideMasks m;
        ClassifyWide(s.data() + b, &m);
        if (m.backslashes == 0) {
          if ((m.quotes | m.brackets) != 0) {
            const uint64_t inside = PrefixXor64(m.quotes) ^ (in_string ? ~uint64_t{0} : 0);
            for (uint64_t ev = m.brackets & ~inside; ev != 0; ev &= ev - 1) {
              const int k = __builtin_ctzll(ev);
              const size_t j = b + static_cast<size_t>(k);
              if (const int r = bracket(j)) {
                // (2 << 63 is 0 in 64 bits: then every bit.)
                *ascii = r > 0 && (high | (m.high & ((uint64_t{2} << k) - 1))) == 0;
                return r > 0 ? j + 1 : 0;
              }
            }
            if (__builtin_popcountll(m.quotes) & 1) in_string = !in_string;
            if (in_string && m.quotes != 0)
              string_start = b + 63 - static_cast<size_t>(__builtin_clzll(m.quotes));
          }
          high |= m.high;
          b += 64;
          continue;
        }
      }
      BlockMasks m;
      if (b + 16 <= n && ClassifyBlock(s.data() + b, &m) && (b == i || s[b - 1] != '\\')) {
        if ((m.quotes | m.brackets) != 0) {
          const uint32_t inside = PrefixXor16(m.quotes) ^ (in_string ? 0xFFFFu : 0u);
          for (uint32_t ev = m.brackets & ~inside; ev != 0; ev &= ev - 1) {
            const int k = __builtin_ctz(ev);
            const size_t j = b + static_cast<size_t>(k);
            if (const int r = bracket(j)) {
              *ascii = r > 0 && (high | (m.high & ((2u << k) - 1))) == 0;
              return r > 0 ? j + 1 : 0;
            }
          }
          if (__builtin_popcount(m.quotes) & 1) in_string = !in_string;
          if (in_string && m.quotes != 0)
            string_start = b + 31 - static_cast<size_t>(__builtin_clz(m.quotes));
        }
        high |= m.high;
        b += 16;
        continue;
      }
      for (uint32_t mask = StructuralMask(s.data(), b, n); mask != 0; mask &= mask - 1) {
        const size_t j = b + static_cast<size_t>(__builtin_ctz(mask));
        const char d = s[j];
        if (in_string) {
          if (d != '"') continue;
          size_t k = j;  // count the backslashes before the quote
          while (k > string_start + 1 && s[k - 1] == '\\') --k;
          if (((j - k) & 1) == 0) in_string = false;
          continue;
        }
        if (d == '"') {
          in_string = true;
          string_start = j;
        } else if (const int r = bracket(j)) {
          if (r > 0 && high == 0) {
            *ascii = true;
            for (size_t k = b; k <= j; ++k) *ascii &= static_cast<unsigned char>(s[k]) < 0x80;
          }
          return r > 0 ? j + 1 : 0;
        }
      }
      for (size_t k = b; k < std::min(b + 16, n); ++k) {
        high |= static_cast<unsigned char>(s[k]) >> 7;
      }
      b += 16;
    }
    if (in_string) {
      *err = At("unterminated string starting", string_start);
      return 0;
    }
    *err = At("unterminated object or array starting", i);
    return 0;
  }
  size_t j = i;
  while (j < s.size() && s[j] != ',' && s[j] != '}' && s[j] != ']' && s[j] != ' ' && s[j] != '\t' &&
         s[j] != '\r' && s[j] != '\n') {
    ++j;
  }
  std::string_view lit = s.substr(i, j - i);
  *ascii = true;  // if it is a literal: its bytes are checked below
  if (lit == "true" || lit == "false" || lit == "null") return j;
  if (!lit.empty() && (lit[0] == '-' || (lit[0] >= '0' && lit[0] <= '9'))) {
    for (char d : lit) {
      if (!((d >= '0' && d <= '9') || d == '-' || d == '+' || d == '.' || d == 'e' || d == 'E')) {
        *err = At("bad number", i);
        return 0;
      }
    }
    return j;
  }
  *err = At("unexpected character", i);
  return 0;
}

}  // namespace

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void AppendJsonString(std::string_view s, std::string* out) {
  const char* p = s.data();
  const size_t n = s.size();
  out->push_back('"');
  size_t start = 0, i = 0;
  while (true) {
    // The next byte that needs escaping, 8 bytes at a time: most strings
    // (entity names, kinds, ids) have none.
    while (i + 8 <= n && !HasEscapable(Load8(p + i))) i += 8;
    while (i < n && !NeedsEscape(static_cast<unsigned char>(p[i]))) ++i;
    if (i == n) break;
    out->append(p + start, i - start);
    char esc[6];
    out->append(esc, WriteEscape(static_cast<unsigned char>(p[i]), esc) - esc);
    start = ++i;
  }
  out->append(p + start, n - start);
  out->push_back('"');
}

size_t JsonStringSize(std::string_view s) {
  size_t size = s.size() + 2;
  char esc[6];
  for (unsigned char c : s) {
    if (NeedsEscape(c)) size += static_cast<size_t>(WriteEscape(c, esc) - esc) - 1;
  }
  return size;
}

char* WriteJsonString(std::string_view s, char* p) {
  const char* q = s.data();
  const size_t n = s.size();
  *p++ = '"';
  size_t i = 0;
  // Clean strings (most) are copied in words: 8 bytes at a time and then
  // the last 8 again, or two 4-byte halves that may overlap.
  if (n >= 8) {
#if defined(__SSE2__)
    // Long strings (stance targets, texts): 16 bytes at a time.
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i del = _mm_set1_epi8(0x7f), max_control = _mm_set1_epi8(0x1F);
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + i));
      const __m128i hit =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                       _mm_or_si128(_mm_cmpeq_epi8(v, del),
                                    _mm_cmpeq_epi8(_mm_max_epu8(v, max_control), max_control)));
      if (_mm_movemask_epi8(hit)) break;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(p), v);
      p += 16;
      i += 16;
    }
#endif
    while (i + 8 <= n) {
      const uint64_t v = Load8(q + i);
      if (HasEscapable(v)) break;
      memcpy(p, &v, 8);
      p += 8;
      i += 8;
    }
    if (i + 8 > n) {
      const uint64_t v = Load8(q + n - 8);
      if (!HasEscapable(v)) {
        // Bytes [n - 8, i) were copied as they are: write them again.
        memcpy(p - (8 - (n - i)), &v, 8);
        p += n - i;
        *p++ = '"';
        return p;
      }
    }
  } else if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, q, 4);
    memcpy(&b, q + n - 4, 4);
    if (!HasEscapable(a) && !HasEscapable(b)) {
      memcpy(p, &a, 4);
      memcpy(p + n - 4, &b, 4);
      p += n;
      *p++ = '"';
      return p;
    }
  }
  while (i < n) {
    if (i + 8 <= n) {
      const uint64_t v = Load8(q + i);
      if (!HasEscapable(v)) {
        memcpy(p, &v, 8);
        p += 8;
        i += 8;
        continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(q[i++]);
    if (NeedsEscape(c)) {
      p = WriteEscape(c, p);
    } else {
      *p++ = static_cast<char>(c);
    }
  }
  *p++ = '"';
  return p;
}

namespace {

// The first backslash or control character in s[j, n), or n.
inline size_t FindBackslashOrControl(const char* s, size_t j, size_t n) {
#if defined(__SSE2__)
  const __m128i backslash = _mm_set1_epi8('\\'), max_control = _mm_set1_epi8(0x1F);
  for (; j + 16 <= n; j += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + j));
    // Unsigned v <= 0x1F: max(v, 0x1F) == 0x1F.
    const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, backslash),
                                     _mm_cmpeq_epi8(_mm_max_epu8(v, max_control), max_control));
    const int mask = _mm_movemask_epi8(hit);
    if (mask) return j + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  while (j + 8 <= n && !HasBackslashOrControl(Load8(s + j))) j += 8;
  while (j < n && s[j] != '\\' && static_cast<unsigned char>(s[j]) >= 0x20) ++j;
  return j;
}

// AppendUtf8 through a pointer; returns the end.
char* WriteUtf8(uint32_t cp, char* p) {
  if (cp < 0x80) {
    *p++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *p++ = static_cast<char>(0xC0 | (cp >> 6));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *p++ = static_cast<char>(0xE0 | (cp >> 12));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *p++ = static_cast<char>(0xF0 | (cp >> 18));
    *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return p;
}

enum class EscapeResult { kOk, kBad, kBadU, kLoneSurrogate };

// Decodes the escape whose backslash is s[j] (s[j + 1] exists) to *p,
// advancing *p; *next is j + 2 on entry and past the escape on success (a
// surrogate pair's two escapes included).
EscapeResult DecodeEscape(std::string_view s, size_t j, size_t* next, char** p) {
  switch (s[j + 1]) {
    case '"':
      *(*p)++ = '"';
      return EscapeResult::kOk;
    case '\\':
      *(*p)++ = '\\';
      return EscapeResult::kOk;
    case '/':
      *(*p)++ = '/';
      return EscapeResult::kOk;
    case 'b':
      *(*p)++ = '\b';
      return EscapeResult::kOk;
    case 'f':
      *(*p)++ = '\f';
      return EscapeResult::kOk;
    case 'n':
      *(*p)++ = '\n';
      return EscapeResult::kOk;
    case 'r':
      *(*p)++ = '\r';
      return EscapeResult::kOk;
    case 't':
      *(*p)++ = '\t';
      return EscapeResult::kOk;
    case 'u':
      break;
    default:
      return EscapeResult::kBad;
  }
  const size_t n = s.size();
  size_t i = *next;
  uint32_t cp;
  if (!ParseHex4(s, i, &cp)) return EscapeResult::kBadU;
  i += 4;
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    uint32_t lo;
    if (!(i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u' && ParseHex4(s, i + 2, &lo) &&
          lo >= 0xDC00 && lo <= 0xDFFF))
      return EscapeResult::kLoneSurrogate;
    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    i += 6;
  } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
    return EscapeResult::kLoneSurrogate;
  }
  *p = WriteUtf8(cp, *p);
  *next = i;
  return EscapeResult::kOk;
}

// Unescapes s into [out, out + s.size()) (the result is never longer than
// its source: each escape is at least as long as what it stands for). On
// success sets *end; on failure returns the error.
Status UnescapeInto(std::string_view s, char* out, char** end) {
  char* p = out;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    // The next backslash or control character (document texts are long
    // runs of plain bytes).
    const size_t j = FindBackslashOrControl(s.data(), i, n);
    if (j < n && static_cast<unsigned char>(s[j]) < 0x20) {
      return Status::InvalidInput(At("raw control character in string", j));
    }
    memcpy(p, s.data() + i, j - i);
    p += j - i;
    if (j == n) break;
    if (j + 1 >= n) return Status::InvalidInput(At("bad escape", j));
    i = j + 2;
    switch (DecodeEscape(s, j, &i, &p)) {
      case EscapeResult::kOk:
        break;
      case EscapeResult::kBad:
        return Status::InvalidInput(At("bad escape", j));
      case EscapeResult::kBadU:
        return Status::InvalidInput(At("bad \\u escape", j));
      case EscapeResult::kLoneSurrogate:
        return Status::InvalidInput(At("lone surrogate in \\u escape", j));
    }
  }
  *end = p;
  return Status::Ok();
}

}  // namespace

Status UnescapeJsonString(std::string_view s, std::string* out) {
  // Written in place into a buffer of the source's size, then cut to fit:
  // no append call per run of plain bytes.
  out->resize(s.size());
  char* end = nullptr;
  Status st = UnescapeInto(s, out->data(), &end);
  if (!st.ok()) {
    out->clear();
    return st;
  }
  out->resize(static_cast<size_t>(end - out->data()));
  return st;
}

bool UnescapeValidUtf8(std::string_view s, std::string* out) {
  // As UnescapeInto, with non-ASCII bytes also stopping the scan: each
  // sequence is checked where it stands and copied. Escapes decode to whole,
  // valid sequences and start with an ASCII byte, so the result is valid
  // UTF-8 exactly when every raw run is. Plain bytes are stored 16 at a time
  // as they are scanned (a memcpy call per run between escapes cost more
  // than the scan on texts with a line feed every line): the result is never
  // longer than its source, so a block stored at p <= i stays within the
  // buffer, and what it writes past the run is written over next.
  out->resize(s.size());
  const unsigned char* u = reinterpret_cast<const unsigned char*>(s.data());
  char* const base = out->data();
  char* p = base;  // s[0, i) is unescaped into [base, p)
  const size_t n = s.size();
  size_t i = 0;
  while (true) {
#if defined(__SSE2__)
    const __m128i backslash = _mm_set1_epi8('\\'), max_control = _mm_set1_epi8(0x1F);
    int mask = 0;
    for (; i + 16 <= n; i += 16, p += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(p), v);
      // Non-ASCII bytes have the sign bit, which movemask reads from v itself.
      mask = _mm_movemask_epi8(
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, backslash),
                                    _mm_cmpeq_epi8(_mm_max_epu8(v, max_control), max_control)),
                       v));
      if (mask) break;
    }
    if (mask) {
      const size_t k = static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
      i += k;
      p += k;
    } else
#endif
    {
      while (i < n && u[i] != '\\' && u[i] >= 0x20 && u[i] < 0x80) *p++ = s[i++];
      if (i == n) break;
    }
    const size_t j = i;
    if (u[j] >= 0x80) {
      // A run of non-ASCII text (Cyrillic, CJK) is checked here without
      // going back to the block scan after each character.
      size_t k = j;
      do {
        const size_t len = Utf8SequenceLength(u + k, n - k);
        if (len == 0) return false;
        k += len;
      } while (k < n && u[k] >= 0x80);
      memcpy(p, s.data() + j, k - j);
      p += k - j;
      i = k;
      continue;
    }
    if (u[j] < 0x20 || j + 1 >= n) return false;
    size_t next = j + 2;
    if (DecodeEscape(s, j, &next, &p) != EscapeResult::kOk) return false;
    i = next;
  }
  out->resize(static_cast<size_t>(p - base));
  return true;
}

Status ScanJsonObject(std::string_view s, std::vector<JsonMember>* members) {
  members->clear();
  size_t i = SkipWs(s, 0);
  if (i >= s.size() || s[i] != '{') {
    return Status::InvalidInput(i >= s.size() ? "empty line where a JSON object was expected"
                                              : At("expected a JSON object", i));
  }
  i = SkipWs(s, i + 1);
  if (i < s.size() && s[i] == '}') {
    i = SkipWs(s, i + 1);
    if (i != s.size()) return Status::InvalidInput(At("trailing characters after object", i));
    return Status::Ok();
  }
  std::string err;
  while (true) {
    if (i >= s.size() || s[i] != '"') return Status::InvalidInput(At("expected a member name", i));
    size_t ke = SkipString(s, i);
    if (ke == std::string_view::npos)
      return Status::InvalidInput(At("unterminated member name", i));
    JsonMember m;
    Status st = UnescapeJsonString(s.substr(i + 1, ke - i - 2), &m.key);
    if (!st.ok()) return st;
    i = SkipWs(s, ke);
    if (i >= s.size() || s[i] != ':') return Status::InvalidInput(At("expected ':'", i));
    i = SkipWs(s, i + 1);
    size_t ve = SkipValue(s, i, &err, &m.ascii);
    if (!err.empty()) return Status::InvalidInput(err);
    m.raw = s.substr(i, ve - i);
    members->push_back(std::move(m));
    i = SkipWs(s, ve);
    if (i < s.size() && s[i] == ',') {
      i = SkipWs(s, i + 1);
      continue;
    }
    if (i < s.size() && s[i] == '}') {
      i = SkipWs(s, i + 1);
      if (i != s.size()) return Status::InvalidInput(At("trailing characters after object", i));
      return Status::Ok();
    }
    return Status::InvalidInput(At("expected ',' or '}'", i));
  }
}

void JsonWriter::Comma() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_->push_back(',');
    first_.back() = false;
  }
}

JsonWriter& JsonWriter::BeginObject() {
  Comma();
  out_->push_back('{');
  first_.push_back(true);
  return *this;
}
JsonWriter& JsonWriter::EndObject() {
  out_->push_back('}');
  first_.pop_back();
  return *this;
}
JsonWriter& JsonWriter::BeginArray() {
  Comma();
  out_->push_back('[');
  first_.push_back(true);
  return *this;
}
JsonWriter& JsonWriter::EndArray() {
  out_->push_back(']');
  first_.pop_back();
  return *this;
}
JsonWriter& JsonWriter::Key(std::string_view k) {
  Comma();
  AppendJsonString(k, out_);
  out_->push_back(':');
  after_key_ = true;
  return *this;
}
JsonWriter& JsonWriter::String(std::string_view s) {
  Comma();
  AppendJsonString(s, out_);
  return *this;
}
JsonWriter& JsonWriter::Int(int64_t v) {
  Comma();
  char buf[32];
  int n = snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  out_->append(buf, n);
  return *this;
}
JsonWriter& JsonWriter::UInt(uint64_t v) {
  Comma();
  char buf[32];
  char* p = buf + sizeof buf;
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  out_->append(p, buf + sizeof buf - p);
  return *this;
}
JsonWriter& JsonWriter::Double(double v) {
  Comma();
  if (!std::isfinite(v)) {
    out_->append("null");
    return *this;
  }
  // Scores and confidences are mostly hundredths in [0, 1], for which "%.4g"
  // gives "0", "1" or "0.d" / "0.dd"; those are written without snprintf.
  if (v == 0 && !std::signbit(v)) {
    out_->push_back('0');
    return *this;
  }
  if (v > 0 && v <= 1) {
    const double k = std::round(v * 100);
    if (k >= 1 && std::fabs(v * 100 - k) < 1e-9) {
      const int h = static_cast<int>(k);
      if (h == 100) {
        out_->push_back('1');
      } else {
        char buf[4] = {'0', '.', static_cast<char>('0' + h / 10), static_cast<char>('0' + h % 10)};
        out_->append(buf, h % 10 == 0 ? 3 : 4);
      }
      return *this;
    }
  }
  char buf[32];
  int n = snprintf(buf, sizeof buf, "%.4g", v);
  out_->append(buf, n);
  return *this;
}
JsonWriter& JsonWriter::Bool(bool v) {
  Comma();
  out_->append(v ? "true" : "false");
  return *this;
}
JsonWriter& JsonWriter::Null() {
  Comma();
  out_->append("null");
  return *this;
}
JsonWriter& JsonWriter::Raw(std::string_view json) {
  Comma();
  out_->append(json);
  return *this;
}
JsonWriter& JsonWriter::SpanValue(const Span& s) {
  Comma();
  out_->push_back('[');
  first_.push_back(true);
  UInt(s.begin);
  UInt(s.end);
  first_.pop_back();
  out_->push_back(']');
  return *this;
}

}  // namespace caucus
