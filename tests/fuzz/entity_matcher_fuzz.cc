// Fuzzes the entity matcher: Recognizer::Find over arbitrary valid UTF-8 with
// the shipped dictionaries (loaded once). Documents are always valid UTF-8
// (the reader rejects anything else), so invalid inputs are skipped. Checks
// the contract of entities.h and docs/FORMAT.md: spans inside the text, on
// code-point boundaries, sorted, "text" equal to the spanned bytes, a known
// kind and a non-empty id.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/entities.h"
#include "caucus/record.h"
#include "fuzz_util.h"

namespace {

using caucus_fuzz::Check;
using caucus_fuzz::KnownKind;

const caucus::Recognizer& GetRecognizer() {
  return caucus_fuzz::ShippedRecognizer("entity_matcher_fuzz");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  GetRecognizer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (caucus::FindInvalidUtf8(text) != std::string_view::npos) return 0;
  std::vector<caucus::Entity> found = GetRecognizer().Find(text);
  uint32_t prev = 0;
  for (const caucus::Entity& e : found) {
    Check(caucus_fuzz::InText(text, e.span));
    Check(e.span.begin >= prev);
    prev = e.span.begin;
    Check(e.text == text.substr(e.span.begin, e.span.size()));
    Check(KnownKind(e.kind));
    Check(!e.id.empty());
  }
  // Writing them must give valid UTF-8 JSON.
  std::string json = caucus::EntitiesJson(found);
  Check(caucus::FindInvalidUtf8(json) == std::string::npos);
  return 0;
}
