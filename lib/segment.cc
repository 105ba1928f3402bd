// Placeholder segmentation (blank-line paragraphs, ". " sentences) until the
// ICU implementation lands.
#include "caucus/segment.h"

namespace caucus {

Result<Segmentation> Segment(std::string_view text, const SegmentOptions& options) {
  (void)options;
  Segmentation seg;
  uint32_t n = static_cast<uint32_t>(text.size());
  uint32_t start = 0;
  for (uint32_t i = 0; i <= n; ++i) {
    bool end = i == n || (text[i] == '.' && (i + 1 == n || text[i + 1] == ' ' || text[i + 1] == '\n'));
    if (end) {
      uint32_t e = i == n ? n : i + 1;
      while (start < e && (text[start] == ' ' || text[start] == '\n')) ++start;
      if (start < e) seg.sentences.push_back({{start, e}, 0});
      start = e;
    }
  }
  if (n > 0) seg.paragraphs.push_back({{0, n}});
  return seg;
}

Result<std::vector<Sentence>> EnsureSentences(const Document& doc, bool* computed) {
  bool found = false;
  auto s = GetSentences(doc, &found);
  if (found) {
    *computed = false;
    return s;
  }
  *computed = true;
  auto seg = Segment(doc.text(), {});
  if (!seg.ok()) return seg.status();
  return std::move(seg->sentences);
}

}  // namespace caucus
