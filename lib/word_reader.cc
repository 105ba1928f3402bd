// The shared word reader (word_reader.h): the words of a stretch of text.
#include "word_reader.h"

namespace caucus::internal {

std::vector<WordSpan> ReadWords(std::string_view t, size_t begin, size_t end) {
  std::vector<WordSpan> out;
  size_t p = begin;
  while (p < end) {
    if (!IsWordStart(t, p)) {
      p += TypoPunct(t, p) ? 3 : 1;
      continue;
    }
    bool fold = false;
    size_t q = WordEnd(t, p, end, end, &fold);
    if (q == p) q = p + 1;
    out.push_back({static_cast<uint32_t>(p), static_cast<uint32_t>(q)});
    p = q;
  }
  return out;
}

}  // namespace caucus::internal
