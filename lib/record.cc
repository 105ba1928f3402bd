#include "caucus/record.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "caucus/entity_view.h"
#include "caucus/json.h"
#include "json_cursor.h"
#include "text_locator.h"

namespace caucus {
namespace {

using nlohmann::json;

std::string Quoted(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

// Parses a layer's raw JSON with nlohmann, converting exceptions to Status.
Status ParseLayer(std::string_view raw, std::string_view name, json* out) {
  try {
    *out = json::parse(raw.begin(), raw.end());
  } catch (const json::exception& e) {
    return Status::InvalidInput("layer \"" + std::string(name) + "\": " + e.what());
  }
  if (!out->is_array()) {
    return Status::InvalidInput("layer \"" + std::string(name) + "\" is not an array");
  }
  return Status::Ok();
}

// Whether byte offset i of text starts a character (or is its end): spans
// that cut a UTF-8 sequence would make tools write invalid UTF-8.
bool IsCharBoundary(std::string_view text, uint64_t i) {
  return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

// [b, e) is a span of text: in range and on character boundaries.
bool SpanFits(std::string_view text, uint64_t b, uint64_t e) {
  return b <= e && e <= text.size() && IsCharBoundary(text, b) && IsCharBoundary(text, e);
}

// Reads the index member `key` of o (0 when absent); on failure returns why
// ("" on success). Only a non-negative integer that fits counts, also
// written as a float ("2.0"): converting a float such as -1e39 to an
// unsigned number is undefined behaviour, so it is checked first.
std::string ReadIndex(const json& o, const char* key, uint32_t* out) {
  auto it = o.find(key);
  if (it == o.end()) {
    *out = 0;
    return "";
  }
  if (it->is_number_unsigned() && it->get<uint64_t>() <= UINT32_MAX) {
    *out = static_cast<uint32_t>(it->get<uint64_t>());
    return "";
  }
  if (it->is_number_float()) {
    const double v = it->get<double>();
    if (v >= 0 && v <= UINT32_MAX && v == std::floor(v)) {
      *out = static_cast<uint32_t>(v);
      return "";
    }
  }
  return std::string("bad \"") + key + "\" (must be a non-negative integer)";
}

// Reads a span; on failure returns why ("" on success), with `what` naming
// the member ("\"span\"", "\"long_span\"").
std::string ReadSpan(const json& j, std::string_view text, Span* s, const char* what = "\"span\"") {
  if (!j.is_array() || j.size() != 2 || !j[0].is_number_unsigned() || !j[1].is_number_unsigned())
    return std::string("missing or bad ") + what + " (must be [begin, end] within the text)";
  uint64_t b = j[0].get<uint64_t>(), e = j[1].get<uint64_t>();
  if (b > e || e > text.size())
    return std::string("bad ") + what + " [" + std::to_string(b) + ", " + std::to_string(e) +
           "] (must be [begin, end] within the text of " + std::to_string(text.size()) + " bytes)";
  if (!SpanFits(text, b, e))
    return std::string("bad ") + what + " [" + std::to_string(b) + ", " + std::to_string(e) +
           "]: it " + (IsCharBoundary(text, b) ? "ends" : "starts") +
           " inside a UTF-8 character (spans are byte offsets on character boundaries)";
  s->begin = static_cast<uint32_t>(b);
  s->end = static_cast<uint32_t>(e);
  return "";
}

std::string Str(const json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

template <typename T, typename F>
Result<std::vector<T>> GetLayer(const Document& doc, const char* name, bool* found, F convert) {
  std::vector<T> out;
  std::string_view raw = doc.Raw(name);
  *found = !raw.empty();
  if (raw.empty()) return out;
  json j;
  Status st = ParseLayer(raw, name, &j);
  if (!st.ok()) return st;
  size_t i = 0;
  for (const json& item : j) {
    T t;
    std::string why;
    try {
      why = convert(item, std::string_view(doc.text()), &t);
    } catch (const json::exception& e) {  // a member of the wrong type ("paragraph": "x")
      why = e.what();
    }
    if (!why.empty()) {
      return Status::InvalidInput("layer \"" + std::string(name) + "\" item " + std::to_string(i) +
                                  ": " + why);
    }
    out.push_back(std::move(t));
    ++i;
  }
  return out;
}

// ---- fast path for the big layers ------------------------------------------
//
// Sentences, paragraphs and entities are read on every run of most tools and
// are by far the largest layers, so they skip the nlohmann DOM. StrictReader
// accepts only a subset of JSON on which nlohmann would build the very same
// values: plain unsigned integers in spans and "paragraph", keys without
// escapes, each known key at most once, valid UTF-8, bounded nesting. On
// anything else (including every error) the fast reader gives up and the
// layer is parsed again the nlohmann way, so results and error messages stay
// exactly what they were.
// Byte classes for StrictReader: kWs for JSON whitespace, kStringSpecial for
// what a string scan must stop at: '"', '\\', control characters and
// non-ASCII bytes.
enum : uint8_t { kWs = 1, kStringSpecial = 2 };
struct JsonByteClasses {
  uint8_t c[256] = {};
  constexpr JsonByteClasses() {
    for (int b = 0; b < 0x20; ++b) c[b] = kStringSpecial;
    for (int b = 0x80; b < 0x100; ++b) c[b] = kStringSpecial;
    c[static_cast<int>('"')] = c[static_cast<int>('\\')] = kStringSpecial;
    c[static_cast<int>(' ')] = kWs;
    c[static_cast<int>('\n')] = c[static_cast<int>('\t')] = c[static_cast<int>('\r')] =
        kWs | kStringSpecial;
  }
};
constexpr JsonByteClasses kJsonByte;

#if defined(__SSE2__)
// Bit k set if byte k of the 16 at p stops a string scan: '"', '\\', a
// control character or a non-ASCII byte (the sign bit).
inline int StringSpecialMask(const unsigned char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i max_control = _mm_set1_epi8(0x1F);
  const __m128i hit = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
      _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, max_control), max_control), v));
  return _mm_movemask_epi8(hit);
}
#endif

// A plain unsigned integer of at most nine digits at s[*i, n), as the loop
//   while (i < n && i - b < 10 && '0' <= s[i] <= '9') r = r * 10 + digit;
// reads it (at most ten digits) and then checks it: false for no digit, ten
// digits, or a leading zero. Eight bytes at a time where they are readable.
inline bool ParseNum9(const char* s, size_t n, size_t* i, uint32_t* v) {
  const size_t b = *i;
  if (n - b < 8) {
    size_t k = b;
    uint32_t r = 0;
    while (k < n && k - b < 10 && s[k] >= '0' && s[k] <= '9')
      r = r * 10 + static_cast<uint32_t>(s[k++] - '0');
    *i = k;
    const size_t len = k - b;
    if (len == 0 || len > 9 || (len > 1 && s[b] == '0')) return false;
    *v = r;
    return true;
  }
  uint64_t x;
  std::memcpy(&x, s + b, 8);
  // A byte is a digit when its high nibble is 3 and adding 6 keeps it 3.
  // (A byte of 0xFA or more carries into the next one, but it is itself no
  // digit, and only the bytes up to the first non-digit are read.)
  constexpr uint64_t kHigh = 0xF0F0F0F0F0F0F0F0ULL, kThrees = 0x3030303030303030ULL;
  const uint64_t t = ((x & kHigh) ^ kThrees) | (((x + 0x0606060606060606ULL) & kHigh) ^ kThrees);
  // Bit 7 of each byte set where t's byte is non-zero: a non-digit.
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  const uint64_t bad = (t | ((t & kLow7) + kLow7)) & ~kLow7;
  size_t len = bad ? static_cast<size_t>(__builtin_ctzll(bad)) / 8 : 8;
  if (len == 0) {
    *i = b;
    return false;
  }
  // The digits' values, the first in the lowest byte, moved up so that
  // the bytes below are leading zeros; then combined in pairs, fours and
  // eights (multiplications by 10, 100 and 10000 with the next part added).
  uint64_t d = (x - kThrees) << (8 * (8 - len));
  d = (d * 10 + (d >> 8)) & 0x00FF00FF00FF00FFULL;
  d = (d * 100 + (d >> 16)) & 0x0000FFFF0000FFFFULL;
  d = (d * 10000 + (d >> 32)) & 0xFFFFFFFFULL;
  uint32_t r = static_cast<uint32_t>(d);
  if (len == 8) {
    for (size_t k = b + 8; k < n && k < b + 10 && s[k] >= '0' && s[k] <= '9'; ++k, ++len)
      r = r * 10 + static_cast<uint32_t>(s[k] - '0');
  }
  *i = b + len;
  if (len > 9 || (len > 1 && s[b] == '0')) return false;
  *v = r;
  return true;
}

class StrictReader {
 public:
  explicit StrictReader(std::string_view s) : s_(s) {}

  // The literal `lit` exactly where the reader is (no whitespace first).
  // A string literal, so that the comparison has a constant size and is
  // done inline rather than by a memcmp call.
  template <size_t N>
  bool Lit(const char (&lit)[N]) {
    constexpr size_t n = N - 1;
    if (s_.size() - i_ < n || std::memcmp(s_.data() + i_, lit, n) != 0) return false;
    i_ += n;
    return true;
  }
  // A plain unsigned integer of at most nine digits, without whitespace.
  bool Num9(uint32_t* v) { return ParseNum9(s_.data(), s_.size(), &i_, v); }
  // A string value, checked as Skip checks it, not decoded.
  bool SkipString() {
    std::string_view body;
    bool escaped = false;
    if (!StringBody(&body, &escaped)) return false;
    if (!escaped) return true;
    std::string tmp;
    return UnescapeJsonString(body, &tmp).ok();
  }
  size_t pos() const { return i_; }

  bool Eat(char c) {
    SkipWs();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool AtEnd() {
    SkipWs();
    return i_ == s_.size();
  }
  // A member name without escapes.
  bool Key(std::string_view* key) {
    std::string_view body;
    bool escaped = false;
    if (!StringBody(&body, &escaped) || escaped) return false;
    *key = body;
    return true;
  }
  // A string value, decoded.
  bool String(std::string* out) {
    std::string_view body;
    bool escaped = false;
    if (!StringBody(&body, &escaped)) return false;
    if (!escaped) {
      // clear + append: the fields read are mostly empty and short, and
      // append's path is much shorter than assign's (no aliasing checks).
      out->clear();
      out->append(body.data(), body.size());
      return true;
    }
    return UnescapeJsonString(body, out).ok();
  }
  // A string value without escapes, as a view of its body; false for one
  // with an escape too.
  bool View(std::string_view* out) {
    bool escaped = false;
    return StringBody(out, &escaped) && !escaped;
  }
  // Like Str(): a string's value, or empty for any other (valid) value.
  bool StringOrEmpty(std::string* out) {
    SkipWs();
    if (i_ < s_.size() && s_[i_] == '"') return String(out);
    out->clear();
    return Skip(0);
  }
  // A JSON number, converted.
  bool Number(double* v) {
    SkipWs();
    const size_t b = i_;
    if (!Number()) return false;
    return std::from_chars(s_.data() + b, s_.data() + i_, *v).ec == std::errc();
  }
  // A plain unsigned integer: digits only, no leading zero, at most 19 digits
  // (so it fits in uint64_t and nlohmann reads it as unsigned too).
  bool UInt(uint64_t* v) {
    SkipWs();
    size_t b = i_;
    uint64_t r = 0;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') r = r * 10 + (s_[i_++] - '0');
    size_t n = i_ - b;
    if (n == 0 || n > 19 || (n > 1 && s_[b] == '0')) return false;
    if (i_ < s_.size() && (s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E')) return false;
    *v = r;
    return true;
  }
  // [begin, end] within the text, as ReadSpan accepts it.
  bool SpanValue(std::string_view text, Span* s) {
    uint64_t b = 0, e = 0;
    if (!Eat('[') || !UInt(&b) || !Eat(',') || !UInt(&e) || !Eat(']')) return false;
    if (!SpanFits(text, b, e)) return false;
    s->begin = static_cast<uint32_t>(b);
    s->end = static_cast<uint32_t>(e);
    return true;
  }
  // Skips any JSON value, validating it as nlohmann's parser would.
  bool Skip(int depth) {
    SkipWs();
    if (i_ >= s_.size() || depth > 64) return false;
    char c = s_[i_];
    if (c == '"') {
      std::string_view body;
      bool escaped = false;
      if (!StringBody(&body, &escaped)) return false;
      std::string tmp;
      return !escaped || UnescapeJsonString(body, &tmp).ok();
    }
    if (c == '[' || c == '{') {
      const char close = c == '[' ? ']' : '}';
      ++i_;
      if (Eat(close)) return true;
      do {
        if (c == '{') {
          std::string_view body;
          bool escaped = false;
          SkipWs();
          if (!StringBody(&body, &escaped)) return false;
          if (escaped) {
            std::string tmp;
            if (!UnescapeJsonString(body, &tmp).ok()) return false;
          }
          if (!Eat(':')) return false;
        }
        if (!Skip(depth + 1)) return false;
      } while (Eat(','));
      return Eat(close);
    }
    for (std::string_view lit : {"true", "false", "null"}) {
      if (s_.compare(i_, lit.size(), lit) == 0) {
        i_ += lit.size();
        return true;
      }
    }
    return Number();
  }

 private:
  void SkipWs() {
    // Layers written by caucus have no whitespace: one test, usually.
    while (i_ < s_.size() && (kJsonByte.c[static_cast<unsigned char>(s_[i_])] & kWs)) ++i_;
  }
  // The raw body of a string literal at i_; *escaped if it holds a backslash.
  // Rejects raw control characters and invalid UTF-8.
  bool StringBody(std::string_view* body, bool* escaped) {
#if defined(__SSE2__)
    // Most strings of a layer (kinds, ids, names) are plain and end within
    // the 16 bytes after their quote: taken here, inline in the callers.
    const size_t b = i_ + 1;
    if (b + 16 <= s_.size() && s_[i_] == '"') {
      const unsigned char* d = reinterpret_cast<const unsigned char*>(s_.data());
      if (const int mask = StringSpecialMask(d + b)) {
        const size_t e = b + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        if (d[e] == '"') {
          *body = std::string_view(s_.data() + b, e - b);
          i_ = e + 1;
          return true;
        }
      }
    }
#endif
    return LongStringBody(body, escaped);
  }
  // StringBody for the rest: whitespace first, long strings, escapes,
  // non-ASCII bytes, the end of the input.
  __attribute__((noinline)) bool LongStringBody(std::string_view* body, bool* escaped) {
    SkipWs();
    if (i_ >= s_.size() || s_[i_] != '"') return false;
    const size_t b = ++i_;
    bool high = false;
    const size_t n = s_.size();
    const unsigned char* d = reinterpret_cast<const unsigned char*>(s_.data());
    while (true) {
      size_t i = i_;
#if defined(__SSE2__)
      // Plain bytes 16 at a time.
      while (i + 16 <= n) {
        if (const int mask = StringSpecialMask(d + i)) {
          i += static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
          break;
        }
        i += 16;
      }
#endif
      // The rest (or all without SSE2): one table test per byte.
      while (i < n && !(kJsonByte.c[d[i]] & kStringSpecial)) ++i;
      i_ = i;
      if (i_ >= n) return false;
      const unsigned char c = d[i_];
      if (c == '"') break;
      if (c < 0x20) return false;
      if (c == '\\') {
        *escaped = true;
        if (++i_ >= n) return false;
      } else {
        high = true;  // c >= 0x80
      }
      ++i_;
    }
    *body = s_.substr(b, i_ - b);
    ++i_;
    return !high || FindInvalidUtf8(*body) == std::string_view::npos;
  }
  // A number in JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  bool Number() {
    auto digits = [this]() {
      size_t b = i_;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      return i_ - b;
    };
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    size_t b = i_;
    size_t n = digits();
    if (n == 0 || (n > 1 && s_[b] == '0')) return false;
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (digits() == 0) return false;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (digits() == 0) return false;
    }
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
};

// Occurrences of c in s (memchr is vectorised; a plain loop is not, at -O2).
size_t CountByte(std::string_view s, char c) {
  size_t count = 0;
  const char* end = s.data() + s.size();
  for (const char* p = s.data(); (p = static_cast<const char*>(memchr(p, c, end - p))); ++p)
    ++count;
  return count;
}

// Reads an array of objects with StrictReader. `member(key, reader, item,
// seen)` reads one member's value (skipping unknown ones) and returns false to
// give up; `seen` is a bit set of known keys for the caller's duplicate check.
// `finish(item, seen)` validates a complete item. Returns false to give up.
template <typename T, typename Member, typename Finish>
bool ReadObjectsFast(std::string_view raw, std::vector<T>* out, Member member, Finish finish) {
  StrictReader r(raw);
  if (!r.Eat('[')) return false;
  if (r.Eat(']')) return r.AtEnd();
  // At most one item per '{': room for all, and items are built in place.
  out->reserve(CountByte(raw, '{'));
  do {
    if (!r.Eat('{')) return false;
    T& t = out->emplace_back();
    uint32_t seen = 0;
    if (!r.Eat('}')) {
      do {
        std::string_view key;
        if (!r.Key(&key) || !r.Eat(':') || !member(key, r, &t, &seen)) return false;
      } while (r.Eat(','));
      if (!r.Eat('}')) return false;
    }
    if (!finish(&t, seen)) return false;
  } while (r.Eat(','));
  return r.Eat(']') && r.AtEnd();
}

// Marks key bit `bit` seen; false if it was already (a duplicate key).
bool FirstTime(uint32_t* seen, uint32_t bit) {
  if (*seen & bit) return false;
  *seen |= bit;
  return true;
}

// The fast path of GetLayer: on success fills *out and returns true; on false
// the caller falls back to GetLayer.
template <typename T, typename Member, typename Finish>
bool GetLayerFast(const Document& doc, const char* name, bool* found, std::vector<T>* out,
                  Member member, Finish finish) {
  std::string_view raw = doc.Raw(name);
  *found = !raw.empty();
  out->clear();
  if (raw.empty()) return true;
  if (ReadObjectsFast(raw, out, member, finish)) return true;
  out->clear();
  return false;
}

// A JSON value that is an integer: -?(0|[1-9][0-9]*).
bool IsJsonInteger(std::string_view raw) {
  size_t i = !raw.empty() && raw[0] == '-' ? 1 : 0;
  if (i >= raw.size() || (raw[i] == '0' && raw.size() > i + 1)) return false;
  for (; i < raw.size(); ++i) {
    if (raw[i] < '0' || raw[i] > '9') return false;
  }
  return true;
}

// The JSON type of a raw value, for messages.
std::string_view JsonTypeName(std::string_view raw) {
  switch (raw.empty() ? ' ' : raw[0]) {
    case '[':
      return "an array";
    case '{':
      return "an object";
    case '"':
      return "a string";
    case 't':
    case 'f':
      return "a boolean";
    case 'n':
      return "null";
    default:
      return "a number with a fraction or exponent";
  }
}

}  // namespace

Document Document::FromText(std::string id, std::string text, std::string_view path) {
  Document d;
  d.id_ = std::move(id);
  d.text_ = std::move(text);
  d.members_.push_back({"id", Quoted(d.id_)});
  Member text_member;
  text_member.key = "text";
  text_member.is_text = true;
  d.members_.push_back(std::move(text_member));
  if (!path.empty()) d.members_.push_back({"meta", "{\"path\":" + Quoted(path) + "}"});
  return d;
}

Result<Document> Document::FromJsonLine(std::string_view line) {
  return TakeJsonLine(std::string(line));
}

Result<Document> Document::TakeJsonLine(std::string line) {
  Document d;
  d.line_ = std::move(line);
  thread_local std::vector<JsonMember> members;  // its room kept from record to record
  Status st = ScanJsonObject(d.line_, &members);
  if (!st.ok()) return Status::InvalidInput("malformed JSON: " + st.message());
  bool has_text = false;
  for (JsonMember& m : members) {
    if (FindInvalidUtf8(m.key) != std::string::npos) {
      // Keys are written back too (found by the stances fuzzer).
      return Status::InvalidInput("invalid UTF-8 in the key of the member whose value is at byte " +
                                  std::to_string(m.raw.data() - d.line_.data()) + " of the record");
    }
    if (m.key == "text") {
      if (m.raw.empty() || m.raw[0] != '"') {
        return Status::InvalidInput("\"text\" is not a string");
      }
      const std::string_view body = m.raw.substr(1, m.raw.size() - 2);
      if (!UnescapeValidUtf8(body, &d.text_)) {
        // Which error, in the words of the two steps it fuses.
        Status s = UnescapeJsonString(body, &d.text_);
        if (!s.ok()) return Status::InvalidInput("\"text\": " + s.message());
        size_t bad = FindInvalidUtf8(d.text_);
        if (bad != std::string::npos) {
          return Status::InvalidInput("invalid UTF-8 in \"text\" at byte " + std::to_string(bad));
        }
      }
      has_text = true;
    } else if (size_t bad = m.ascii ? std::string::npos : FindInvalidUtf8(m.raw);
               bad != std::string::npos) {
      // Every other member is written back as it came (ids, meta, layers a
      // tool does not read): invalid UTF-8 in any of them would make the
      // output invalid JSON, so it is refused here, once.
      return Status::InvalidInput("invalid UTF-8 in \"" + std::string(m.key) + "\" at byte " +
                                  std::to_string(m.raw.data() - d.line_.data() + bad) +
                                  " of the record");
    }
    if (m.key == "id") {
      if (!m.raw.empty() && m.raw[0] == '"') {
        Status s = UnescapeJsonString(m.raw.substr(1, m.raw.size() - 2), &d.id_);
        if (!s.ok()) return Status::InvalidInput("\"id\": " + s.message());
      } else if (IsJsonInteger(m.raw)) {
        d.id_ = std::string(m.raw);  // a number id is kept as its digits
      } else {
        return Status::InvalidInput("\"id\" must be a string or an integer, not " +
                                    std::string(JsonTypeName(m.raw)));
      }
    }
    Member value;
    value.off = static_cast<size_t>(m.raw.data() - d.line_.data());
    value.len = m.raw.size();
    value.in_line = true;
    bool dup = false;
    for (Member& existing : d.members_) {
      if (existing.key == m.key) {
        // Last one wins, as in most parsers; the first one's place is kept.
        existing.off = value.off;
        existing.len = value.len;
        dup = true;
      }
    }
    if (!dup) {
      value.key = std::move(m.key);
      d.members_.push_back(std::move(value));
    }
  }
  if (!has_text) return Status::InvalidInput("record has no \"text\" field");
  return d;
}

void Document::set_id(std::string id) {
  id_ = std::move(id);
  for (Member& m : members_) {
    if (m.key == "id") {
      m.owned = Quoted(id_);
      m.in_line = false;
      return;
    }
  }
  members_.insert(members_.begin(), {"id", Quoted(id_)});
}

std::string_view Document::RawOf(const Member& m) const {
  if (m.is_text) {
    if (quoted_text_.empty()) AppendJsonString(text_, &quoted_text_);
    return quoted_text_;
  }
  return m.in_line ? std::string_view(line_).substr(m.off, m.len) : std::string_view(m.owned);
}

std::string_view Document::Raw(std::string_view key) const {
  for (const Member& m : members_) {
    if (m.key == key) return RawOf(m);
  }
  return {};
}

void Document::SetLayer(std::string_view key, std::string raw_json) {
  for (Member& m : members_) {
    if (m.key == key) {
      m.owned = std::move(raw_json);
      m.in_line = m.is_text = false;
      return;
    }
  }
  members_.push_back({std::string(key), std::move(raw_json)});
}

void Document::EraseLayer(std::string_view key) {
  for (auto it = members_.begin(); it != members_.end(); ++it) {
    if (it->key == key) {
      members_.erase(it);
      return;
    }
  }
}

void Document::AppendJsonLine(std::string* out) const {
  // One allocation: the members' sizes plus quotes, colon and comma each.
  size_t size = out->size() + 3;
  for (const Member& m : members_) {
    size += m.key.size() + 4;
    size += m.is_text && quoted_text_.empty() ? JsonStringSize(text_) : RawOf(m).size();
  }
  out->reserve(size);
  out->push_back('{');
  bool first = true;
  for (const Member& m : members_) {
    if (!first) out->push_back(',');
    first = false;
    AppendJsonString(m.key, out);
    out->push_back(':');
    if (m.is_text && quoted_text_.empty()) {
      AppendJsonString(text_, out);
    } else {
      out->append(RawOf(m));
    }
  }
  out->append("}\n");
}

namespace {

// The sentences layer exactly as caucus writes it, [{"span":[B,E],"paragraph":P},...]
// with numbers of at most nine digits: read with fixed literals instead of a
// key dispatch. On anything else (whitespace, other keys or order, a bad
// span) returns false, and the general readers run; they take this form too,
// with the same values.
bool ReadCanonicalSentences(std::string_view raw, std::string_view text,
                            std::vector<Sentence>* out) {
  out->clear();
  if (raw == "[]") return true;
  const size_t n = raw.size();
  size_t i = 0;
  auto lit = [&](std::string_view l) {
    if (n - i < l.size() || std::memcmp(raw.data() + i, l.data(), l.size()) != 0) return false;
    i += l.size();
    return true;
  };
  auto num = [&](uint32_t* v) { return ParseNum9(raw.data(), n, &i, v); };
  if (!lit("[")) return false;
  out->reserve(CountByte(raw, '{'));
  while (true) {
    Sentence s;
    if (!lit("{\"span\":[") || !num(&s.span.begin) || !lit(",") || !num(&s.span.end) ||
        !lit("],\"paragraph\":") || !num(&s.paragraph) || !lit("}"))
      return false;
    if (!SpanFits(text, s.span.begin, s.span.end)) return false;
    out->push_back(s);
    if (lit("]")) return i == n;
    if (!lit(",")) return false;
  }
}

}  // namespace

Result<std::vector<Sentence>> GetSentences(const Document& doc, bool* found) {
  std::vector<Sentence> fast;
  const std::string_view n = doc.text();
  if (std::string_view raw = doc.Raw("sentences"); !raw.empty()) {
    if (ReadCanonicalSentences(raw, n, &fast)) {
      *found = true;
      return fast;
    }
  }
  if (GetLayerFast(
          doc, "sentences", found, &fast,
          [n](std::string_view key, StrictReader& r, Sentence* s, uint32_t* seen) {
            if (key == "span") return FirstTime(seen, 1) && r.SpanValue(n, &s->span);
            if (key == "paragraph") {
              uint64_t p = 0;
              if (!FirstTime(seen, 2) || !r.UInt(&p) || p > UINT32_MAX) return false;
              s->paragraph = static_cast<uint32_t>(p);
              return true;
            }
            return r.Skip(0);
          },
          [](Sentence*, uint32_t seen) { return (seen & 1) != 0; }))
    return fast;
  return GetLayer<Sentence>(doc, "sentences", found,
                            [](const json& o, std::string_view text, Sentence* s) {
                              if (!o.is_object()) return std::string("not an object");
                              std::string why = ReadSpan(o.value("span", json()), text, &s->span);
                              if (why.empty()) why = ReadIndex(o, "paragraph", &s->paragraph);
                              return why;
                            });
}

Result<std::vector<Paragraph>> GetParagraphs(const Document& doc, bool* found) {
  std::vector<Paragraph> fast;
  const std::string_view n = doc.text();
  if (GetLayerFast(
          doc, "paragraphs", found, &fast,
          [n](std::string_view key, StrictReader& r, Paragraph* p, uint32_t* seen) {
            if (key == "span") return FirstTime(seen, 1) && r.SpanValue(n, &p->span);
            return r.Skip(0);
          },
          [](Paragraph*, uint32_t seen) { return (seen & 1) != 0; }))
    return fast;
  return GetLayer<Paragraph>(doc, "paragraphs", found,
                             [](const json& o, std::string_view text, Paragraph* p) {
                               if (!o.is_object()) return std::string("not an object");
                               return ReadSpan(o.value("span", json()), text, &p->span);
                             });
}

namespace {

// The entities layer exactly as EntitiesJson writes it:
// [{"span":[B,E],"text":S,"kind":S,"id":S,"name":S[,"form":S][,"role":S][,"org":S]},...]
// with offsets of at most nine digits, read with fixed literals instead of a
// key dispatch. On anything else returns false and the general readers run;
// they take this form too, with the same values and checks.
// One reader for both: `str(r, &field)` reads a string value into the
// field (copied for Entity, viewed for EntityView), `skip_form` skips the
// form's value, `set_text(e)` sets the mention text from the document.
template <class E, class ReadString, class SetText>
bool ReadCanonical(std::string_view raw, std::string_view text, bool skip_form, std::vector<E>* out,
                   ReadString str, SetText set_text) {
  out->clear();
  if (raw == "[]") return true;
  StrictReader r(raw);
  if (!r.Lit("[")) return false;
  out->reserve(CountByte(raw, '{'));
  while (true) {
    E& e = out->emplace_back();
    if (!r.Lit("{\"span\":[") || !r.Num9(&e.span.begin) || !r.Lit(",") || !r.Num9(&e.span.end) ||
        !r.Lit("],\"text\":") || !r.SkipString() || !r.Lit(",\"kind\":") || !str(r, &e.kind) ||
        !r.Lit(",\"id\":") || !str(r, &e.id) || !r.Lit(",\"name\":") || !str(r, &e.name))
      return false;
    if (r.Lit(",\"form\":") && !(skip_form ? r.SkipString() : str(r, &e.form))) return false;
    if (r.Lit(",\"role\":") && !str(r, &e.role)) return false;
    if (r.Lit(",\"org\":") && !str(r, &e.org)) return false;
    if (r.Lit(",\"sector\":") && !str(r, &e.sector)) return false;
    if (r.Lit(",\"country\":") && !str(r, &e.country)) return false;
    if (r.Lit(",\"score\":") && !r.Number(&e.score)) return false;
    if (!r.Lit("}")) return false;
    if (!SpanFits(text, e.span.begin, e.span.end) || e.kind.empty()) return false;
    set_text(e);
    if (r.Lit("]")) return r.pos() == raw.size();
    if (!r.Lit(",")) return false;
  }
}

// GetEntities; with brief, the fast path validates form but does not copy it
// (name, role and org are kept: stances folds people into their org and
// names a document speaker by its entity name).
bool ReadCanonicalEntities(std::string_view raw, const std::string& text, bool brief,
                           std::vector<Entity>* out) {
  return ReadCanonical(
      raw, text, brief, out, [](StrictReader& r, std::string* v) { return r.String(v); },
      [&](Entity& e) {
        e.text.append(text, e.span.begin, e.span.size());  // e is new: append is assign
      });
}

// ReadCanonicalEntities into views of `raw` and `text`: false also when a
// string holds an escape (its value is not its body).
bool ReadCanonicalEntityViews(std::string_view raw, std::string_view text,
                              std::vector<EntityView>* out) {
  return ReadCanonical(
      raw, text, false, out, [](StrictReader& r, std::string_view* v) { return r.View(v); },
      [&](EntityView& e) { e.text = text.substr(e.span.begin, e.span.size()); });
}

Result<std::vector<Entity>> ReadEntities(const Document& doc, bool* found, bool brief) {
  const std::string& text = doc.text();
  std::vector<Entity> fast;
  if (std::string_view raw = doc.Raw("entities"); !raw.empty()) {
    if (ReadCanonicalEntities(raw, text, brief, &fast)) {
      *found = true;
      return fast;
    }
  }
  if (GetLayerFast(
          doc, "entities", found, &fast,
          [&text, brief](std::string_view key, StrictReader& r, Entity* e, uint32_t* seen) {
            // Dispatch on the first byte: most keys have 4 letters, and
            // comparing them one after another cost a memcmp call each.
            auto string_field = [&](uint32_t bit, std::string* field) {
              return FirstTime(seen, bit) && r.StringOrEmpty(field);
            };
            auto optional_field = [&](uint32_t bit, std::string* field) {
              return brief ? FirstTime(seen, bit) && r.Skip(0) : string_field(bit, field);
            };
            switch (key.empty() ? 0 : key[0]) {
              case 's':
                if (key == "span") return FirstTime(seen, 1) && r.SpanValue(text, &e->span);
                if (key == "sector") return string_field(128, &e->sector);
                if (key == "score") return FirstTime(seen, 512) && r.Number(&e->score);
                break;
              case 'c':
                if (key == "country") return string_field(256, &e->country);
                break;
              case 'k':
                if (key == "kind") return string_field(2, &e->kind);
                break;
              case 'i':
                if (key == "id") return string_field(4, &e->id);
                break;
              case 'n':
                if (key == "name") return string_field(8, &e->name);
                break;
              case 'f':
                if (key == "form") return optional_field(16, &e->form);
                break;
              case 'r':
                if (key == "role") return string_field(32, &e->role);
                break;
              case 'o':
                if (key == "org") return string_field(64, &e->org);
                break;
            }
            return r.Skip(0);
          },
          [&text](Entity* e, uint32_t seen) {
            if (!(seen & 1) || e->kind.empty()) return false;
            e->text.assign(text, e->span.begin, e->span.size());
            return true;
          }))
    return fast;
  return GetLayer<Entity>(doc, "entities", found,
                          [](const json& o, std::string_view text, Entity* e) {
                            if (!o.is_object()) return std::string("not an object");
                            std::string why = ReadSpan(o.value("span", json()), text, &e->span);
                            if (!why.empty()) return why;
                            e->kind = Str(o, "kind");
                            e->id = Str(o, "id");
                            e->name = Str(o, "name");
                            e->form = Str(o, "form");
                            e->role = Str(o, "role");
                            e->org = Str(o, "org");
                            e->sector = Str(o, "sector");
                            e->country = Str(o, "country");
                            e->score = o.value("score", 1.0);
                            e->text = std::string(text.substr(e->span.begin, e->span.size()));
                            if (e->kind.empty()) return std::string("missing \"kind\"");
                            return std::string();
                          });
}

}  // namespace

Result<std::vector<Entity>> GetEntities(const Document& doc, bool* found) {
  return ReadEntities(doc, found, false);
}

Result<std::vector<Entity>> GetEntitiesBrief(const Document& doc, bool* found) {
  return ReadEntities(doc, found, true);
}

Status GetEntityViews(const Document& doc, bool* found, std::vector<Entity>* owned,
                      std::vector<EntityView>* out) {
  if (std::string_view raw = doc.Raw("entities"); !raw.empty()) {
    if (ReadCanonicalEntityViews(raw, doc.text(), out)) {
      *found = true;
      return Status::Ok();
    }
  }
  auto ents = GetEntities(doc, found);
  if (!ents.ok()) return ents.status();
  *owned = std::move(*ents);
  *out = Views(*owned);
  return Status::Ok();
}

Result<std::vector<AcronymDef>> GetAcronyms(const Document& doc, bool* found) {
  return GetLayer<AcronymDef>(
      doc, "acronyms", found, [](const json& o, std::string_view n, AcronymDef* a) {
        if (!o.is_object()) return std::string("not an object");
        a->short_form = Str(o, "short");
        a->long_form = Str(o, "long");
        std::string why;
        if (o.contains("span") && !(why = ReadSpan(o["span"], n, &a->span)).empty()) return why;
        if (o.contains("long_span") &&
            !(why = ReadSpan(o["long_span"], n, &a->long_span, "\"long_span\"")).empty())
          return why;
        a->confidence = o.value("confidence", 0.0);
        if (o.contains("defined") && o["defined"].is_boolean())
          a->defined = o["defined"].get<bool>();
        return std::string();
      });
}

Result<std::vector<Turn>> GetTurns(const Document& doc, bool* found) {
  return GetLayer<Turn>(doc, "turns", found, [](const json& o, std::string_view n, Turn* t) {
    if (!o.is_object()) return std::string("not an object");
    std::string why = ReadSpan(o.value("span", json()), n, &t->span);
    if (!why.empty()) return why;
    t->speaker = Str(o, "speaker");
    t->normalized = Str(o, "normalized");
    t->role = Str(o, "role");
    t->entity = Str(o, "entity");
    t->entity_kind = Str(o, "entity_kind");
    t->language = Str(o, "language");
    if (o.contains("on_behalf_of") && o["on_behalf_of"].is_array()) {
      for (const json& g : o["on_behalf_of"])
        if (g.is_string()) t->on_behalf_of.push_back(g.get<std::string>());
    }
    if (o.contains("notes") && o["notes"].is_array()) {
      for (const json& sp : o["notes"]) {
        Span s;
        if (!(why = ReadSpan(sp, n, &s, "span in \"notes\"")).empty()) return why;
        t->notes.push_back(s);
      }
    }
    return std::string();
  });
}

Result<std::vector<Stance>> GetStances(const Document& doc, bool* found) {
  return GetLayer<Stance>(doc, "stances", found, [](const json& o, std::string_view n, Stance* s) {
    if (!o.is_object()) return std::string("not an object");
    std::string why;
    if (o.contains("span") && !(why = ReadSpan(o["span"], n, &s->span)).empty()) return why;
    if (o.contains("actor") && o["actor"].is_object()) {
      const json& a = o["actor"];
      s->actor.id = Str(a, "id");
      s->actor.kind = Str(a, "kind");
      s->actor.text = Str(a, "text");
      if (a.contains("span") &&
          !(why = ReadSpan(a["span"], n, &s->actor.span, "actor \"span\"")).empty())
        return why;
    }
    if (o.contains("target") && o["target"].is_object()) {
      const json& t = o["target"];
      s->target.text = Str(t, "text");
      s->target.topic = Str(t, "topic");
      // "id" since issue #13; "entity" is how older records spell it.
      s->target.entity = Str(t, "id");
      if (s->target.entity.empty()) s->target.entity = Str(t, "entity");
      s->target.kind = Str(t, "kind");
      if (t.contains("span") &&
          !(why = ReadSpan(t["span"], n, &s->target.span, "target \"span\"")).empty())
        return why;
    }
    s->polarity = Str(o, "polarity");
    s->act = Str(o, "act");
    s->modality = Str(o, "modality");
    s->via = Str(o, "via");
    s->score = o.value("score", 0.0);
    return ReadIndex(o, "sentence", &s->sentence);
  });
}

namespace {

using internal::JsonCursor;

// Writes [{"span":[B,E]<tail>},...] directly: for every item, the span and
// `tail(item, c)`, which writes what follows the span. kItem bounds one
// item's size. Same bytes as through JsonWriter.
template <size_t kItem, typename T, typename Tail>
std::string SpanObjectsJson(const std::vector<T>& v, Tail tail) {
  std::string out;
  out.resize(2 + kItem * v.size());
  JsonCursor c(out.data());
  c.Char('[');
  for (size_t k = 0; k < v.size(); ++k) {
    if (k) c.Char(',');
    c.Lit("{\"span\":").SpanValue(v[k].span);
    tail(v[k], c);
    c.Char('}');
  }
  c.Char(']');
  out.resize(c.end() - out.data());
  return out;
}

// Writes [item,...]: each item through a JsonCursor, by `write(item, c)`, into
// a reused buffer with room for its worst case (`fixed` bytes of keys,
// punctuation and numbers, and its strings, of `strings_size(item)` bytes,
// escaped), then appended: one bound per item instead of one per value.
template <typename T, typename StringsSize, typename Write>
std::string ItemsJson(const std::vector<T>& v, size_t fixed, StringsSize strings_size,
                      Write write) {
  size_t size = 2;
  for (const T& x : v) size += fixed + strings_size(x);
  std::string out;
  out.reserve(size);
  out.push_back('[');
  thread_local std::vector<char> buf;
  for (size_t k = 0; k < v.size(); ++k) {
    const size_t room = fixed + (kMaxJsonStringGrowth + 1) * strings_size(v[k]);
    if (buf.size() < room) buf.resize(std::max(room, size_t{4096}));
    JsonCursor c(buf.data());
    if (k) c.Char(',');
    write(v[k], c);
    out.append(buf.data(), c.end() - buf.data());
  }
  out.push_back(']');
  return out;
}

}  // namespace

std::string SentencesJson(const std::vector<Sentence>& v) {
  // ,{"span":[B,E],"paragraph":P}: 1 + 9 + 10 + 1 + 10 + 1 + 13 + 10 + 1.
  return SpanObjectsJson<64>(
      v, [](const Sentence& s, JsonCursor& c) { c.Lit(",\"paragraph\":").UInt(s.paragraph); });
}

std::string ParagraphsJson(const std::vector<Paragraph>& v) {
  return SpanObjectsJson<40>(v, [](const Paragraph&, JsonCursor&) {});
}

std::string TokensJson(const std::vector<Token>& v) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const Token& t : v) w.SpanValue(t.span);
  w.EndArray();
  return out;
}

namespace internal {

void AppendEntityMembers(std::string_view kind, std::string_view id, std::string_view name,
                         std::string_view form, std::string_view role, std::string_view org,
                         std::string_view sector, std::string_view country, double score,
                         JsonCursor* c) {
  c->Field(",\"kind\":", kind).Field(",\"id\":", id).Field(",\"name\":", name);
  if (!form.empty()) c->Field(",\"form\":", form);
  if (!role.empty()) c->Field(",\"role\":", role);
  if (!org.empty()) c->Field(",\"org\":", org);
  if (!sector.empty()) c->Field(",\"sector\":", sector);
  if (!country.empty()) c->Field(",\"country\":", country);
  if (score < 1) c->Lit(",\"score\":").Double(score);
}

}  // namespace internal

std::string EntitiesJson(const std::vector<Entity>& v) {
  // Written directly rather than through JsonWriter: this is the hot output
  // of `caucus entities`, with constant keys that need no escaping.
  constexpr size_t kFixed = 128;  // keys, punctuation and the two offsets
  return ItemsJson(
      v, kFixed,
      [](const Entity& e) {
        return e.text.size() + e.kind.size() + e.id.size() + e.name.size() + e.form.size() +
               e.role.size() + e.org.size() + e.sector.size() + e.country.size() + 32;
      },
      [](const Entity& e, JsonCursor& c) {
        c.Lit("{\"span\":").SpanValue(e.span).Field(",\"text\":", e.text);
        internal::AppendEntityMembers(e.kind, e.id, e.name, e.form, e.role, e.org, e.sector,
                                      e.country, e.score, &c);
        c.Char('}');
      });
}

std::string AcronymsJson(const std::vector<AcronymDef>& v) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const AcronymDef& a : v) {
    w.BeginObject().Key("short").String(a.short_form);
    if (!a.long_form.empty()) {
      w.Key("long").String(a.long_form);
    } else {
      w.Key("long").Null();
    }
    w.Key("span").SpanValue(a.span);
    if (!a.long_form.empty()) w.Key("long_span").SpanValue(a.long_span);
    w.Key("confidence").Double(a.confidence);
    if (!a.defined) w.Key("defined").Bool(false);
    w.EndObject();
  }
  w.EndArray();
  return out;
}

std::string TurnsJson(const std::vector<Turn>& v) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const Turn& t : v) {
    w.BeginObject().Key("span").SpanValue(t.span).Key("speaker").String(t.speaker);
    w.Key("normalized").String(t.normalized).Key("role").String(t.role);
    if (!t.entity.empty())
      w.Key("entity").String(t.entity).Key("entity_kind").String(t.entity_kind);
    if (!t.on_behalf_of.empty()) {
      w.Key("on_behalf_of").BeginArray();
      for (const auto& g : t.on_behalf_of) w.String(g);
      w.EndArray();
    }
    if (!t.language.empty()) w.Key("language").String(t.language);
    if (!t.notes.empty()) {
      w.Key("notes").BeginArray();
      for (const Span& s : t.notes) w.SpanValue(s);
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
  return out;
}

std::string StancesJson(const std::vector<Stance>& v) {
  // Written directly, like EntitiesJson; the score goes through
  // JsonWriter::Double so it prints exactly as JsonWriter prints it.
  constexpr size_t kFixed = 512;  // keys, quotes, numbers, score: under 300
  std::string score;
  return ItemsJson(
      v, kFixed,
      [](const Stance& s) {
        return s.actor.id.size() + s.actor.kind.size() + s.actor.text.size() + s.polarity.size() +
               s.act.size() + s.target.text.size() + s.target.topic.size() +
               s.target.entity.size() + s.target.kind.size() + s.modality.size() + s.via.size();
      },
      [&score](const Stance& s, JsonCursor& c) {
        c.Field("{\"actor\":{\"id\":", s.actor.id).Field(",\"kind\":", s.actor.kind);
        c.Field(",\"text\":", s.actor.text).Lit(",\"span\":").SpanValue(s.actor.span);
        c.Field("},\"polarity\":", s.polarity).Field(",\"act\":", s.act);
        c.Field(",\"target\":{\"text\":", s.target.text);
        if (!s.target.topic.empty()) c.Field(",\"topic\":", s.target.topic);
        if (!s.target.entity.empty()) {
          c.Field(",\"id\":", s.target.entity);
          if (!s.target.kind.empty()) c.Field(",\"kind\":", s.target.kind);
        }
        c.Lit(",\"span\":").SpanValue(s.target.span);
        c.Lit("},\"span\":").SpanValue(s.span).Lit(",\"sentence\":").UInt(s.sentence);
        c.Field(",\"modality\":", s.modality).Lit(",\"score\":");
        score.clear();
        JsonWriter(&score).Double(s.score);
        c.Raw(score);
        if (!s.via.empty()) c.Field(",\"via\":", s.via);
        c.Char('}');
      });
}

size_t FindInvalidUtf8(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (true) {
    // ASCII bytes, 16 at a time (8 without SSE2), up to the first other.
#if defined(__SSE2__)
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      if (const int mask = _mm_movemask_epi8(v)) {
        i += static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        break;
      }
      i += 16;
    }
#else
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
#endif
    while (i < n && p[i] < 0x80) ++i;
    if (i >= n) return std::string_view::npos;
    // A run of non-ASCII characters, one sequence at a time.
    do {
      const size_t len = Utf8SequenceLength(p + i, n - i);
      if (len == 0) return i;
      i += len;
    } while (i < n && p[i] >= 0x80);
  }
}

std::pair<uint32_t, uint32_t> LineColumn(std::string_view text, uint32_t offset) {
  return TextLocator(text).At(offset);
}

}  // namespace caucus
