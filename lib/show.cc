#include "caucus/show.h"

#include <algorithm>
#include <cstdio>

#include "caucus/check.h"
#include "text_locator.h"

namespace caucus {
namespace {

// ANSI styles, ripgrep's palette: paths magenta, positions green, matches
// bold red; stance actors cyan and targets magenta.
constexpr const char* kReset = "\033[0m";
constexpr const char* kPath = "\033[35m";
constexpr const char* kPos = "\033[32m";
constexpr const char* kBold = "\033[1m";
constexpr const char* kDim = "\033[2m";
constexpr const char* kStyles[] = {"", "\033[1;31m", "\033[1;36m", "\033[1;35m"};
enum Style : uint8_t { kPlain = 0, kMatch = 1, kActor = 2, kTarget = 3 };

const char* PolarityStyle(const std::string& p) {
  return p == "support" ? "\033[1;32m" : p == "oppose" ? "\033[1;31m" : "\033[1;33m";
}

struct Mark {
  Span span;
  Style style;
};

// Flattened, safe text with a style per byte.
struct Styled {
  std::string text;
  std::vector<uint8_t> style;
};

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Length of the escape sequence at s[i] (s[i] == ESC): CSI "ESC [ ... final",
// OSC "ESC ] ... BEL or ESC \", or ESC and one byte.
size_t EscapeLength(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '[') {
    ++j;
    while (j < s.size() && !(s[j] >= 0x40 && s[j] <= 0x7E)) ++j;
    return std::min(j + 1, s.size()) - i;
  }
  if (j < s.size() && s[j] == ']') {
    ++j;
    while (j < s.size() && s[j] != 0x07 && s[j] != 0x1B) ++j;
    if (j < s.size() && s[j] == 0x1B) ++j;  // ESC \ (string terminator)
    return std::min(j + 1, s.size()) - i;
  }
  return std::min<size_t>(2, s.size() - i);
}

// Bytes of a bidi embedding, override or isolate (U+202A..U+202E,
// U+2066..U+2069), 0 if there is none at s[i].
size_t BidiLength(std::string_view s, size_t i) {
  if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE2) return 0;
  unsigned char b1 = s[i + 1], b2 = s[i + 2];
  if (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) return 3;
  if (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) return 3;
  return 0;
}

Styled Flatten(std::string_view text, Span range, const std::vector<Mark>& marks) {
  Styled out;
  range.end = std::min<uint32_t>(range.end, text.size());
  bool space = false;
  auto style_at = [&](size_t i) {
    uint8_t st = kPlain;
    for (const Mark& m : marks) {
      if (m.span.begin <= i && i < m.span.end) st = m.style;
    }
    return st;
  };
  auto push = [&](char c, uint8_t st) {
    if (space && !out.text.empty()) {
      out.text.push_back(' ');
      out.style.push_back(out.style.back() == st ? st : static_cast<uint8_t>(kPlain));
    }
    space = false;
    out.text.push_back(c);
    out.style.push_back(st);
  };
  for (size_t i = range.begin; i < range.end;) {
    unsigned char c = text[i];
    if (c == 0x1B) {
      i += EscapeLength(text, i);
      continue;
    }
    if (IsSpace(c)) {
      space = true;
      ++i;
      continue;
    }
    if (size_t n = BidiLength(text, i)) {
      i += n;
      continue;
    }
    uint8_t st = style_at(i);
    if (c < 0x20 || c == 0x7F) {
      push('?', st);
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < range.end && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      push('?', st);  // a C1 control
      i += 2;
      continue;
    }
    push(static_cast<char>(c), st);
    ++i;
  }
  return out;
}

// Byte offsets of the code points of s, plus s.size().
std::vector<size_t> CodePoints(const std::string& s) {
  std::vector<size_t> cps;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) cps.push_back(i);
  }
  cps.push_back(s.size());
  return cps;
}

// Appends the styled text as one line, cut to `width` code points around
// the first highlight.
void AppendLine(const Styled& st, const ShowOptions& opt, std::string* out) {
  std::vector<size_t> cps = CodePoints(st.text);
  const size_t n = cps.size() - 1;
  size_t from = 0, to = n;
  if (opt.width > 0 && n > opt.width) {
    size_t first = 0;
    while (first < n && st.style[cps[first]] == kPlain) ++first;
    if (first == n) first = 0;
    from = first > opt.width / 3 ? first - opt.width / 3 : 0;
    to = std::min(n, from + opt.width);
    if (to == n) from = n - opt.width;
  }
  out->append("    ");
  if (from > 0) out->append("…");
  uint8_t cur = kPlain;
  for (size_t b = cps[from]; b < cps[to]; ++b) {
    if (opt.color && st.style[b] != cur) {
      if (cur != kPlain) out->append(kReset);
      out->append(kStyles[st.style[b]]);
      cur = st.style[b];
    }
    out->push_back(st.text[b]);
  }
  if (opt.color && cur != kPlain) out->append(kReset);
  if (to < n) out->append("…");
  out->push_back('\n');
}

void AppendWhere(const std::string& file, std::pair<uint32_t, uint32_t> lc, const ShowOptions& opt,
                 std::string* out) {
  std::string pos = std::to_string(lc.first) + ":" + std::to_string(lc.second);
  if (opt.color) {
    *out += std::string(kPath) + file + kReset + ":" + kPos + pos + kReset + ": ";
  } else {
    *out += file + ":" + pos + ": ";
  }
}

std::string Paint(const std::string& s, const char* style, const ShowOptions& opt) {
  return opt.color ? std::string(style) + s + kReset : s;
}

// The sentence holding `offset`, else the line holding it.
Span Around(std::string_view text, const std::vector<Sentence>& sentences, uint32_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](uint32_t o, const Sentence& s) { return o < s.span.end; });
  if (it != sentences.end() && it->span.begin <= offset) return it->span;
  size_t b = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  b = (b == std::string_view::npos || offset == 0) ? 0 : b + 1;
  size_t e = text.find('\n', offset);
  if (e == std::string_view::npos) e = text.size();
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

std::string ShownFile(const Document& doc) { return FlatText(FindingFile(doc), {0, ~0u}); }

std::string Flat(const std::string& s) { return FlatText(s, {0, static_cast<uint32_t>(s.size())}); }

std::string Score(double v) {
  char buf[16];
  snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

std::string FlatText(std::string_view text, Span span) { return Flatten(text, span, {}).text; }

void AppendEntityView(const Document& doc, const std::vector<Entity>& entities,
                      const std::vector<Sentence>& sentences, const ShowOptions& opt,
                      std::string* out) {
  const std::string& text = doc.text();
  const std::string file = ShownFile(doc);
  TextLocator loc(text);
  for (size_t i = 0; i < entities.size();) {
    // The mentions of one sentence share its line.
    Span around = Around(text, sentences, entities[i].span.begin);
    std::vector<Mark> marks;
    size_t j = i;
    for (; j < entities.size() && (j == i || (around.begin <= entities[j].span.begin &&
                                              entities[j].span.begin < around.end));
         ++j) {
      const Entity& e = entities[j];
      AppendWhere(file, loc.At(e.span.begin), opt, out);
      *out += Flat(e.kind) + " " + Paint(Flat(e.id), kBold, opt);
      if (!e.name.empty() && e.name != e.id) *out += "  " + Flat(e.name);
      if (!e.role.empty())
        *out += Paint("  (" + Flat(e.role) + " of " + Flat(e.org) + ")", kDim, opt);
      out->push_back('\n');
      marks.push_back({e.span, kMatch});
    }
    AppendLine(Flatten(text, around, marks), opt, out);
    out->push_back('\n');
    i = j;
  }
}

void AppendStanceView(const Document& doc, const std::vector<Stance>& stances,
                      const std::vector<Sentence>& sentences, const ShowOptions& opt,
                      std::string* out) {
  const std::string& text = doc.text();
  const std::string file = ShownFile(doc);
  TextLocator loc(text);
  for (const Stance& s : stances) {
    AppendWhere(file, loc.At(s.span.begin), opt, out);
    std::string actor = s.actor.id.empty() ? "\"" + Flat(s.actor.text) + "\"" : Flat(s.actor.id);
    std::string target = !s.target.topic.empty()    ? Flat(s.target.topic)
                         : !s.target.entity.empty() ? Flat(s.target.entity)
                                                    : "\"" + Flat(s.target.text) + "\"";
    *out += Paint(actor, kStyles[kActor], opt) + " → " +
            Paint(Flat(s.polarity), PolarityStyle(s.polarity), opt) + "/" + Flat(s.act) + " → " +
            Paint(target, kStyles[kTarget], opt);
    std::string detail = Flat(s.modality) + ", " + Score(s.score);
    if (!s.via.empty()) detail += ", via " + Flat(s.via);
    *out += Paint("  (" + detail + ")", kDim, opt) + "\n";
    Span around = s.sentence < sentences.size() && sentences[s.sentence].span.Contains(s.span)
                      ? sentences[s.sentence].span
                      : Around(text, sentences, s.span.begin);
    // The evidence may run past its sentence (a turn's speaker): show it all.
    around.begin = std::min(around.begin, s.span.begin);
    around.end = std::max(around.end, s.span.end);
    AppendLine(Flatten(text, around, {{s.target.span, kTarget}, {s.actor.span, kActor}}), opt, out);
    out->push_back('\n');
  }
}

void AppendTurnView(const Document& doc, const std::vector<Turn>& turns, const ShowOptions& opt,
                    std::string* out) {
  const std::string& text = doc.text();
  const std::string file = ShownFile(doc);
  TextLocator loc(text);
  for (const Turn& t : turns) {
    AppendWhere(file, loc.At(t.span.begin), opt, out);
    std::string who = t.entity.empty() ? "?" : Flat(t.entity);
    *out += Paint(Flat(t.normalized.empty() ? t.speaker : t.normalized), kStyles[kActor], opt) +
            " → " + Paint(who, kBold, opt);
    std::string detail = t.entity.empty() ? "unresolved" : Flat(t.entity_kind);
    if (!t.role.empty()) detail += ", " + Flat(t.role);
    size_t words = 0;
    bool in = false;
    for (uint32_t i = t.span.begin; i < t.span.end && i < text.size(); ++i) {
      bool space = IsSpace(static_cast<unsigned char>(text[i]));
      if (!space && !in) ++words;
      in = !space;
    }
    detail += ", " + std::to_string(words) + (words == 1 ? " word" : " words");
    *out += Paint("  (" + detail + ")", kDim, opt) + "\n";
    // The speaker label is where the turn's text starts; it is the highlight.
    size_t label = text.find(t.speaker, t.span.begin);
    std::vector<Mark> marks;
    if (!t.speaker.empty() && label != std::string::npos && label < t.span.end)
      marks.push_back(
          {{static_cast<uint32_t>(label), static_cast<uint32_t>(label + t.speaker.size())},
           kActor});
    ShowOptions cut = opt;
    cut.width = opt.width ? std::min<size_t>(opt.width, 160) : 160;
    AppendLine(Flatten(text, t.span, marks), cut, out);
    out->push_back('\n');
  }
}

}  // namespace caucus
