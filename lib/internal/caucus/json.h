// Internal (not installed): used by the library, the tools and the tests.
//
// Fast JSON pieces for the hot path: a writer that appends to a string, string
// escaping/unescaping, and a scanner that splits a JSON object into its
// top-level members without building a DOM. Layer contents that are small
// (sentences, entities read back) may use nlohmann/json inside record.cc; the
// document text and the pass-through of unknown fields never do.
#ifndef CAUCUS_JSON_H_
#define CAUCUS_JSON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

// Appends s as a JSON string literal (with quotes). s must be valid UTF-8;
// control characters are escaped, everything else is copied as is.
void AppendJsonString(std::string_view s, std::string* out);
// The number of bytes AppendJsonString appends for s.
size_t JsonStringSize(std::string_view s);
// The most bytes escaping adds per byte of a string ("\u001f" for 0x1f).
constexpr size_t kMaxJsonStringGrowth = 5;
// Writes s as a JSON string literal, like AppendJsonString, to p, which must
// have room for 2 + (kMaxJsonStringGrowth + 1) * s.size() bytes; returns the
// end of what was written.
char* WriteJsonString(std::string_view s, char* p);
// Appends the UTF-8 encoding of code point cp (which must be valid).
void AppendUtf8(uint32_t cp, std::string* out);

// Decodes the body of a JSON string literal (without the quotes) into UTF-8.
// Fails on bad escapes, lone surrogates and raw control characters.
Status UnescapeJsonString(std::string_view body, std::string* out);
// UnescapeJsonString and a UTF-8 check of the result in one pass: true if
// `body` decodes and the result is valid UTF-8. On false *out is left
// unspecified, and the caller asks UnescapeJsonString and FindInvalidUtf8
// what is wrong (this says nothing of it).
bool UnescapeValidUtf8(std::string_view body, std::string* out);

// The length of the valid UTF-8 sequence at p, whose first byte is not
// ASCII, within `avail` bytes; 0 if there is none (a stray or cut sequence,
// an overlong form, a surrogate, a code point above U+10FFFF).
inline size_t Utf8SequenceLength(const unsigned char* p, size_t avail) {
  const unsigned c = p[0];
  auto cont = [p](size_t k) { return (p[k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return avail >= 2 && cont(1) ? 2 : 0;
  if ((c & 0xF0) == 0xE0) {
    if (avail < 3 || !cont(1) || !cont(2)) return 0;
    if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0)) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (avail < 4 || !cont(1) || !cont(2) || !cont(3)) return 0;
    if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

// One top-level member of an object: key decoded, value as raw JSON bytes.
struct JsonMember {
  std::string key;
  std::string_view raw;
  // The value is known to hold only ASCII bytes (so it is valid UTF-8); when
  // false it may still (the scan does not track every kind of value).
  bool ascii = false;
};

// Splits the JSON object in `line` into members. Validates the structure of
// the object enough to find member boundaries (balanced brackets, terminated
// strings, known literals); does not validate nested values deeply.
// On failure, the status message names the byte offset.
Status ScanJsonObject(std::string_view line, std::vector<JsonMember>* members);

// A small streaming writer. Callers are responsible for commas via the
// Key()/Value() helpers, which insert them automatically within one level.
class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}
  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view k);
  JsonWriter& String(std::string_view s);
  JsonWriter& Int(int64_t v);
  JsonWriter& UInt(uint64_t v);
  JsonWriter& Double(double v);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();
  JsonWriter& Raw(std::string_view json);  // a complete JSON value
  JsonWriter& SpanValue(const Span& s);    // [begin,end]

 private:
  void Comma();
  std::string* out_;
  std::vector<bool> first_;  // per open container: nothing written yet
  bool after_key_ = false;
};

}  // namespace caucus

#endif  // CAUCUS_JSON_H_
