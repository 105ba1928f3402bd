// What the fuzz targets share: an abort that libFuzzer reports as a crash,
// the span and kind checks of docs/FORMAT.md, and a Recognizer over the
// shipped dictionaries made once.
#ifndef CAUCUS_TESTS_FUZZ_FUZZ_UTIL_H_
#define CAUCUS_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "caucus/entities.h"
#include "caucus/record.h"

namespace caucus_fuzz {

inline void Check(bool ok) {
  if (!ok) abort();
}

// Whether s lies inside text with both ends on code-point boundaries.
inline bool InText(std::string_view text, caucus::Span s) {
  auto boundary = [&](uint32_t i) {
    return i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  };
  return s.begin <= s.end && s.end <= text.size() && boundary(s.begin) && boundary(s.end);
}

// An entity kind of the record format, or "block" where block_ok.
inline bool KnownKind(const std::string& k, bool block_ok = false) {
  for (const char* known :
       {"government", "body", "event", "instrument", "person", "group", "topic"}) {
    if (k == known) return true;
  }
  return block_ok && k == "block";
}

// A Recognizer over the shipped dictionaries, made on the first call; `who`
// names the target in the message if that fails.
inline const caucus::Recognizer& ShippedRecognizer(const char* who) {
  static std::unique_ptr<caucus::Recognizer> r = [who] {
    caucus::EntityOptions options;
    options.dictionaries.dir = CAUCUS_DICTDIR;
    auto created = caucus::Recognizer::Create(options);
    if (!created.ok()) {
      fprintf(stderr, "%s: %s\n", who, created.status().message().c_str());
      abort();
    }
    return std::move(*created);
  }();
  return *r;
}

}  // namespace caucus_fuzz

#endif  // CAUCUS_TESTS_FUZZ_FUZZ_UTIL_H_
