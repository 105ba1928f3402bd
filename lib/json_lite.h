// Internal: a small JSON reader for the lexicon files (dictionaries/cues.json,
// dictionaries/english.json), which every stance run loads. It parses the
// whole text into one vector of nodes that point into the text, without a
// DOM of maps and strings: the lexicon loads several times faster than with
// nlohmann::json, which the dictionary-load budget needs. It takes exactly
// the JSON text nlohmann::json takes (RFC 8259: numbers as JSON writes them
// and in double's range, strings of valid UTF-8, surrogates only in pairs),
// nested at most 64 deep.
//
//   JsonLite doc;
//   Status st = doc.Parse(text);          // "line 3: expected ':'"
//   const JsonLite::Node* cues = doc.Find(doc.root(), "cues");
//   for (const JsonLite::Node* c = doc.First(cues); c; c = doc.Next(c)) ...
//
// Not part of the public API.
#ifndef CAUCUS_LIB_JSON_LITE_H_
#define CAUCUS_LIB_JSON_LITE_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/status.h"

namespace caucus::internal {

class JsonLite {
 public:
  enum class Type : uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };
  struct Node {
    Type type = Type::kNull;
    bool boolean = false;
    double number = 0;
    std::string_view str;  // a string's value, unescaped (kString)
    std::string_view key;  // the member's key, when the parent is an object
    int32_t first = -1;    // first child (arrays, objects)
    int32_t next = -1;     // next sibling
  };

  // Parses `text`, which must outlive this object. On failure, the status
  // names the line.
  Status Parse(std::string_view text);
  // After a failed Parse: the error as "FILE:LINE: bad JSON: message", the
  // form of the tools' messages about a file.
  Status FileError(const std::string& file) const;

  const Node* root() const { return nodes_.empty() ? nullptr : &nodes_[0]; }
  // The children of an array or object, in order.
  const Node* First(const Node* n) const {
    return n && n->first >= 0 ? &nodes_[n->first] : nullptr;
  }
  const Node* Next(const Node* n) const { return n->next >= 0 ? &nodes_[n->next] : nullptr; }
  // The member `key` of an object, or null.
  const Node* Find(const Node* object, std::string_view key) const;

 private:
  Status Value(int32_t* out, int depth);
  Status String(std::string_view* out);
  Status Fail(const char* what) const;
  void SkipSpace();

  std::string_view text_;
  size_t p_ = 0;
  // The last failure: its line and what was wrong.
  mutable int error_line_ = 0;
  mutable const char* error_what_ = "";
  std::vector<Node> nodes_;
  std::deque<std::string> unescaped_;  // strings with escapes, decoded (stable addresses)
};

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_JSON_LITE_H_
