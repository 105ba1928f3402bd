// The turns finder's text helpers: lines, spaces, case, RE2 matching in
// std::string_view.
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <cstring>

#include "turns/parts.h"

namespace caucus::turns {

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  uint32_t b = 0;
  const uint32_t n = static_cast<uint32_t>(text.size());
  while (b <= n) {
    const void* nl = b < n ? memchr(text.data() + b, '\n', n - b) : nullptr;
    uint32_t e = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - text.data()) : n;
    uint32_t le = e;
    if (le > b && text[le - 1] == '\r') --le;
    lines.push_back({b, le});
    if (!nl) break;
    b = e + 1;
  }
  return lines;
}

uint32_t SkipSpaces(std::string_view text, uint32_t p, uint32_t end) {
  while (p < end) {
    if (IsSpace(text[p])) {
      ++p;
    } else if (p + 1 < end && static_cast<unsigned char>(text[p]) == 0xC2 &&
               static_cast<unsigned char>(text[p + 1]) == 0xA0) {
      p += 2;
    } else if (p + 2 < end && static_cast<unsigned char>(text[p]) == 0xEF &&
               static_cast<unsigned char>(text[p + 1]) == 0xBB &&
               static_cast<unsigned char>(text[p + 2]) == 0xBF) {
      p += 3;  // a byte order mark at the start of a file
    } else {
      break;
    }
  }
  return p;
}

uint32_t TrimEnd(std::string_view text, uint32_t begin, uint32_t end) {
  while (end > begin) {
    if (IsSpace(text[end - 1])) {
      --end;
    } else if (end >= begin + 2 && static_cast<unsigned char>(text[end - 2]) == 0xC2 &&
               static_cast<unsigned char>(text[end - 1]) == 0xA0) {
      end -= 2;
    } else {
      break;
    }
  }
  return end;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
  return out;
}

bool HasLower(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    if (u_islower(c)) return true;
    i += U16_LENGTH(c);
  }
  return false;
}

std::string Collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string_view LastWordOf(std::string_view s) {
  s = Trim(s);
  size_t sp = s.find_last_of(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

bool Match(const RE2& re, std::string_view text, uint32_t begin, uint32_t end, RE2::Anchor anchor,
           std::string_view* groups, int n) {
  std::array<re2::StringPiece, 6> sp;
  re2::StringPiece t(text.data(), text.size());
  if (!re.Match(t, begin, end, anchor, sp.data(), n)) return false;
  for (int i = 0; i < n; ++i) groups[i] = std::string_view(sp[i].data(), sp[i].size());
  return true;
}

bool MatchAt(const RE2& re, std::string_view text, uint32_t begin, uint32_t end,
             std::string_view* groups, int n) {
  return Match(re, text, begin, end, RE2::ANCHOR_START, groups, n);
}

uint32_t WithNewline(std::string_view text, const Line& l) {
  uint32_t e = l.end;
  if (e < text.size() && text[e] == '\r') ++e;
  if (e < text.size() && text[e] == '\n') ++e;
  return e;
}

bool Contains(std::string_view s, const RE2& re) {
  return re.Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), RE2::UNANCHORED, nullptr, 0);
}

}  // namespace caucus::turns
