// Internal: text helpers shared by the document passes of the stance engine:
// lines, quoted stretches, and words read in place. Not part of the public
// API.
#ifndef CAUCUS_LIB_STANCE_DOC_TEXT_H_
#define CAUCUS_LIB_STANCE_DOC_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/types.h"
#include "word_match.h"

namespace caucus::stance {

using internal::AsciiLower;
using internal::In;
using internal::LowerWord;
using internal::WordSet;

inline bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// The end of the line starting at b (its '\n', or text.size()).
size_t LineEnd(std::string_view text, size_t b);

// l without trailing '\r' and spaces.
std::string_view TrimLine(std::string_view l);

// The first position >= from of byte c in text, or text.size().
size_t FindByte(std::string_view text, char c, size_t from);

// Whether text[b, e) holds a blank line ("\n\n").
bool HasBlankLine(std::string_view text, size_t b, size_t e);

// Quoted stretches: “...” and "..." pairs, reset at a blank line, in text
// order.
std::vector<Span> QuotedRanges(std::string_view text);

// Whether pos is inside one of the sorted, non-overlapping ranges r.
bool InRanges(const std::vector<Span>& r, uint32_t pos);

struct Word {
  uint32_t b, e;
  LowerWord low;  // text[b, e) seen lower-cased
};

// A sentence's words inside a longer vector of them, read in place.
class WordRange {
 public:
  WordRange(const Word* b, size_t n) : b_(b), n_(n) {}
  size_t size() const { return n_; }
  const Word& operator[](size_t i) const { return b_[i]; }
  const Word* begin() const { return b_; }
  const Word* end() const { return b_ + n_; }
  const Word& front() const { return b_[0]; }
  const Word& back() const { return b_[n_ - 1]; }

 private:
  const Word* b_;
  size_t n_;
};

// ASCII letters and digits: the bytes words are made of.
struct AlnumTable {
  bool is[256] = {};
  constexpr AlnumTable() {
    for (int c = 0; c < 256; ++c)
      is[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
};
inline constexpr AlnumTable kAlnumByte;

// Appends the words of text[s), at most max_words of them, to *w: the
// words of the shared reader (word_reader.h: letters, digits, non-ASCII
// characters, inner apostrophes, hyphens and abbreviation dots).
void AppendWords(std::string_view text, Span s, std::vector<Word>* w,
                 size_t max_words = static_cast<size_t>(-1));

// The words of text[s), at most max_words of them, into *w (cleared first).
void WordsInto(std::string_view text, Span s, std::vector<Word>* w,
               size_t max_words = static_cast<size_t>(-1));

std::vector<Word> Words(std::string_view text, Span s);

}  // namespace caucus::stance

#endif  // CAUCUS_LIB_STANCE_DOC_TEXT_H_
