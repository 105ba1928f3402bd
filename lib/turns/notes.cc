// Notes inside turns: stage directions and transcription notes ("(Applause.)",
// "[inaudible]", "(spoke in French)"), whole-line notes of verbatim records,
// and page heads and footers left inside a speech.
#include <algorithm>
#include <unordered_map>

#include "turns/parts.h"
#include "turns/patterns.h"
#include "turns/turns.h"

namespace caucus::turns {
namespace {

// A short line's text with digit runs as '#', letters lower-cased, spaces
// dropped: "20-00806 3/12" and "20-00806 4/12" agree.
std::string FurnitureKey(std::string_view line) {
  std::string key;
  for (char c : line) {
    if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (!IsSpace(c)) {
      key += static_cast<char>(tolower(static_cast<unsigned char>(c)));
    }
  }
  return key;
}

}  // namespace

void MarkPageFurniture(std::string_view text, std::vector<Turn>* turns) {
  if (turns->empty()) return;
  const std::vector<Line> lines = SplitLines(text);
  std::unordered_map<std::string, int> count;
  std::vector<std::string> keys(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = Trim(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
    if (line.empty() || line.size() > 40) continue;
    keys[i] = FurnitureKey(line);
    if (keys[i].find('#') == std::string::npos) {
      keys[i].clear();
      continue;
    }
    ++count[keys[i]];
  }
  size_t t = 0;
  for (size_t i = 0; i < lines.size() && t < turns->size(); ++i) {
    if (keys[i].empty() || (count[keys[i]] < 3 && keys[i] != "#/#")) continue;
    const uint32_t b = SkipSpaces(text, lines[i].begin, lines[i].end);
    const uint32_t e = TrimEnd(text, b, lines[i].end);
    while (t < turns->size() && (*turns)[t].span.end < e) ++t;
    if (t >= turns->size()) break;
    Turn& turn = (*turns)[t];
    if (!turn.span.Contains({b, e}) || b == turn.span.begin) continue;
    turn.notes.push_back({b, e});
    std::sort(turn.notes.begin(), turn.notes.end(),
              [](const Span& x, const Span& y) { return x.begin < y.begin; });
  }
}

}  // namespace caucus::turns

namespace caucus::internal {

using turns::LanguageOf;
using turns::Line;
using turns::Match;
using turns::MatchAt;
using turns::P;
using turns::Patterns;
using turns::SkipSpaces;
using turns::SplitLines;
using turns::Trim;

std::vector<Span> FindNotes(std::string_view text, Span span, const internal::EnglishWords& en) {
  std::vector<Span> notes;
  const Patterns& re = P();
  span.end = std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
  for (uint32_t i = span.begin; i < span.end; ++i) {
    char open = text[i];
    if (open != '(' && open != '[') continue;
    char close = open == '(' ? ')' : ']';
    uint32_t limit = std::min<uint32_t>(span.end, i + 121);
    uint32_t j = i + 1;
    while (j < limit && text[j] != close && text[j] != open && text[j] != '\n') ++j;
    if (j >= limit || text[j] != close) continue;
    std::string_view inner = Trim(text.substr(i + 1, j - i - 1));
    // Markdown escapes a bracket as "\[" ... "\]".
    if (!inner.empty() && inner.back() == '\\') inner = Trim(inner.substr(0, inner.size() - 1));
    uint32_t b = i > span.begin && text[i - 1] == '\\' ? i - 1 : i;
    if (!inner.empty() && Match(re.note_words, inner, 0, static_cast<uint32_t>(inner.size()),
                                RE2::ANCHOR_BOTH, nullptr, 0)) {
      notes.push_back({b, j + 1});
    } else if (!inner.empty() && LanguageOf(inner, en).size() > 0 &&
               MatchAt(re.spoke_in, inner, 0, static_cast<uint32_t>(inner.size()), nullptr, 0)) {
      notes.push_back({b, j + 1});
    }
    i = j;
  }
  // Whole-line notes in verbatim records: "The meeting rose at 1.05 p.m."
  // Only the span's own lines are split, so a document costs linear time.
  uint32_t from = span.begin;
  while (from > 0 && text[from - 1] != '\n') --from;
  for (const Line& line : SplitLines(text.substr(from, span.end - from))) {
    Line l{line.begin + from, line.end + from};
    uint32_t p = SkipSpaces(text, std::max(l.begin, span.begin), l.end);
    std::string_view g[1];
    if (MatchAt(re.un_note_line, text, p, l.end, g, 1)) notes.push_back({p, l.end});
  }
  std::sort(notes.begin(), notes.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return notes;
}

}  // namespace caucus::internal
