// Writes JSON through a pointer into a buffer that the caller has sized for
// the worst case (strings: 2 + (kMaxJsonStringGrowth + 1) * size bytes,
// numbers: 10 digits). The hot layer writers (entities, stances, sentences)
// use it instead of JsonWriter: their keys are constants that need no
// escaping, and one bound check per item replaces one per value.
//
//   JsonCursor c(buf);
//   c.Lit("{\"span\":").Span(s).Field(",\"text\":", text).Char('}');
//   out.append(buf, c.end());
//
// Internal to the library.
#ifndef CAUCUS_JSON_CURSOR_H_
#define CAUCUS_JSON_CURSOR_H_

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "caucus/json.h"
#include "caucus/types.h"

namespace caucus::internal {

class JsonCursor {
 public:
  explicit JsonCursor(char* p) : p_(p) {}

  // A string literal copied as it is (keys and punctuation).
  template <size_t N>
  JsonCursor& Lit(const char (&lit)[N]) {
    std::memcpy(p_, lit, N - 1);
    p_ += N - 1;
    return *this;
  }
  // Bytes copied as they are.
  JsonCursor& Raw(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
    return *this;
  }
  JsonCursor& Char(char c) {
    *p_++ = c;
    return *this;
  }
  JsonCursor& String(std::string_view s) {
    p_ = WriteJsonString(s, p_);
    return *this;
  }
  // A key literal (",\"id\":") and a string value.
  template <size_t N>
  JsonCursor& Field(const char (&key)[N], std::string_view value) {
    return Lit(key).String(value);
  }
  JsonCursor& UInt(uint32_t v) {
    p_ = std::to_chars(p_, p_ + 10, v).ptr;
    return *this;
  }
  // [begin,end]
  JsonCursor& SpanValue(const Span& s) {
    return Char('[').UInt(s.begin).Char(',').UInt(s.end).Char(']');
  }
  // A number in its shortest round-trip form (at most 24 bytes).
  JsonCursor& Double(double v) {
    p_ = std::to_chars(p_, p_ + 24, v).ptr;
    return *this;
  }

  char* end() const { return p_; }

 private:
  char* p_;
};

// The members of an entity after "text", as the entities layer writes
// them: ,"kind":K,"id":I,"name":N and, when not empty (score: below 1),
// "form", "role", "org", "sector", "country", "score". Writes at most
// EntityMembersBound(...) bytes.
void AppendEntityMembers(std::string_view kind, std::string_view id, std::string_view name,
                         std::string_view form, std::string_view role, std::string_view org,
                         std::string_view sector, std::string_view country, double score,
                         JsonCursor* c);
inline size_t EntityMembersBound(size_t strings_size) {
  return 128 + (kMaxJsonStringGrowth + 1) * strings_size;
}

}  // namespace caucus::internal

#endif  // CAUCUS_JSON_CURSOR_H_
