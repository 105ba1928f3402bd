// Text helpers of the document passes: lines, quotations, words.
#include "stance/doc_text.h"

#include <algorithm>
#include <cstring>

#include "cues.h"
#include "word_reader.h"

namespace caucus::stance {

size_t LineEnd(std::string_view text, size_t b) {
  size_t e = text.find('\n', b);
  return e == std::string_view::npos ? text.size() : e;
}

std::string_view TrimLine(std::string_view l) {
  while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.remove_suffix(1);
  return l;
}

// The first position >= from of byte c in text, or text.size().
size_t FindByte(std::string_view text, char c, size_t from) {
  if (from >= text.size()) return text.size();
  const void* r = std::memchr(text.data() + from, c, text.size() - from);
  return r ? static_cast<size_t>(static_cast<const char*>(r) - text.data()) : text.size();
}

// Whether text[b, e) holds a blank line ("\n\n").
bool HasBlankLine(std::string_view text, size_t b, size_t e) {
  while (b + 1 < e) {
    const void* nl = std::memchr(text.data() + b, '\n', e - b - 1);
    if (!nl) return false;
    const size_t x = static_cast<size_t>(static_cast<const char*>(nl) - text.data());
    if (text[x + 1] == '\n') return true;
    b = x + 1;
  }
  return false;
}

// Quoted stretches: “...” and "..." pairs, reset at a blank line. The marks
// are found with memchr; a blank line matters only inside an open pair.
std::vector<Span> QuotedRanges(std::string_view text) {
  std::vector<Span> out;
  const size_t npos = std::string_view::npos;
  size_t open = npos;
  size_t next_quote = FindByte(text, '"', 0);
  size_t next_e2 = FindByte(text, '\xE2', 0);
  while (true) {
    const size_t p = std::min(next_quote, next_e2);
    if (p >= text.size()) break;
    if (p == next_quote)
      next_quote = FindByte(text, '"', p + 1);
    else
      next_e2 = FindByte(text, '\xE2', p + 1);
    if (text[p] == '"') {
      if (open != npos && HasBlankLine(text, open + 1, p)) open = npos;
      if (open == npos) {
        open = p;
      } else {
        out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(p + 1)});
        open = npos;
      }
    } else if (p + 2 < text.size() && static_cast<unsigned char>(text[p + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(text[p + 2]);
      if (d == 0x9C) {
        open = p;
      } else if (d == 0x9D && open != npos && !HasBlankLine(text, open + 1, p)) {
        out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(p + 3)});
        open = npos;
      } else if (d == 0x9D) {
        open = npos;
      }
    }
  }
  return out;
}

bool InRanges(const std::vector<Span>& r, uint32_t pos) {
  auto it = std::upper_bound(r.begin(), r.end(), pos,
                             [](uint32_t p, const Span& s) { return p < s.begin; });
  return it != r.begin() && std::prev(it)->end > pos;
}

// Appends the words of text[s), at most max_words of them, to *w: the
// shared word reader's words (word_reader.h).
void AppendWords(std::string_view text, Span s, std::vector<Word>* w, size_t max_words) {
  const size_t end = s.end;
  size_t p = s.begin;
  for (size_t added = 0; added < max_words; ++added) {
    // The usual gap, one space before an ASCII letter or digit, in one step.
    if (p + 1 < end && text[p] == ' ' && internal::IsAlnumByte(text[p + 1])) {
      ++p;
    } else {
      while (p < end && !internal::IsWordStart(text, p)) p += internal::TypoPunct(text, p) ? 3 : 1;
      if (p >= end) break;
    }
    bool fold = false;
    size_t q = internal::WordEnd(text, p, end, end, &fold);
    if (q == p) q = p + 1;
    w->push_back({static_cast<uint32_t>(p), static_cast<uint32_t>(q),
                  LowerWord(std::string_view(text.data() + p, q - p))});
    p = q;
  }
}

// The words of text[s), at most max_words of them, into *w (cleared first).
void WordsInto(std::string_view text, Span s, std::vector<Word>* w, size_t max_words) {
  w->clear();
  AppendWords(text, s, w, max_words);
}

std::vector<Word> Words(std::string_view text, Span s) {
  std::vector<Word> w;
  w.reserve(s.size() / 5 + 1);
  WordsInto(text, s, &w);
  return w;
}

}  // namespace caucus::stance
