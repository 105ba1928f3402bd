#include "caucus/acronyms.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_set>

namespace caucus {
namespace {

// ICU character properties with an ASCII fast path: the table for code
// points below 128 is filled from ICU itself, so answers are identical.
struct AsciiProps {
  bool upper[128], lower[128], alpha[128], digit[128], alnum[128], space[128], title[128];
  UChar32 to_lower[128];
  AsciiProps() {
    for (UChar32 c = 0; c < 128; ++c) {
      upper[c] = u_isupper(c);
      lower[c] = u_islower(c);
      alpha[c] = u_isalpha(c);
      digit[c] = u_isdigit(c);
      alnum[c] = u_isalnum(c);
      space[c] = u_isUWhiteSpace(c);
      title[c] = u_istitle(c);
      to_lower[c] = u_tolower(c);
    }
  }
};
const AsciiProps kAscii;

inline bool CpIsUpper(UChar32 c) { return c >= 0 && c < 128 ? kAscii.upper[c] : u_isupper(c); }
inline bool CpIsLower(UChar32 c) { return c >= 0 && c < 128 ? kAscii.lower[c] : u_islower(c); }
inline bool CpIsAlpha(UChar32 c) { return c >= 0 && c < 128 ? kAscii.alpha[c] : u_isalpha(c); }
inline bool CpIsDigit(UChar32 c) { return c >= 0 && c < 128 ? kAscii.digit[c] : u_isdigit(c); }
inline bool CpIsAlnum(UChar32 c) { return c >= 0 && c < 128 ? kAscii.alnum[c] : u_isalnum(c); }
inline bool CpIsSpace(UChar32 c) {
  return c >= 0 && c < 128 ? kAscii.space[c] : u_isUWhiteSpace(c);
}
inline bool CpIsTitle(UChar32 c) { return c >= 0 && c < 128 ? kAscii.title[c] : u_istitle(c); }
inline UChar32 CpToLower(UChar32 c) {
  return c >= 0 && c < 128 ? kAscii.to_lower[c] : u_tolower(c);
}

// Parenthesised text longer than this is prose, not a definition.
constexpr uint32_t kMaxParen = 300;
// Bytes looked back for a long form; the word limit binds long before this.
constexpr uint32_t kMaxLookBack = 400;

struct Cp {
  UChar32 c;
  uint32_t off;  // byte offset in the document
  uint32_t end;  // byte offset after the code point
};

std::vector<Cp> Decode(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Cp> out;
  out.reserve(end - begin);
  int32_t i = static_cast<int32_t>(begin);
  const int32_t n = static_cast<int32_t>(end);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    uint32_t off = static_cast<uint32_t>(i);
    UChar32 c;
    U8_NEXT(s, i, n, c);
    out.push_back({c, off, static_cast<uint32_t>(i)});
  }
  return out;
}

// Decodes at most cap code points of [begin, end) into out; returns how many.
size_t DecodeSome(std::string_view text, uint32_t begin, uint32_t end, Cp* out, size_t cap) {
  size_t k = 0;
  int32_t i = static_cast<int32_t>(begin);
  const int32_t n = static_cast<int32_t>(end);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n && k < cap) {
    uint32_t off = static_cast<uint32_t>(i);
    UChar32 c;
    U8_NEXT(s, i, n, c);
    out[k++] = {c, off, static_cast<uint32_t>(i)};
  }
  return k;
}

bool IsAlnum(UChar32 c) { return c >= 0 && CpIsAlnum(c); }
bool IsSpace(UChar32 c) { return c >= 0 && CpIsSpace(c); }
UChar32 Fold(UChar32 c) { return c < 0 ? c : CpToLower(c); }

bool IsQuote(UChar32 c) {
  switch (c) {
    case '"':
    case '\'':
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
      return true;
    default:
      return false;
  }
}

// Function words a long form may contain without a matching letter
// ("Commission on Science and Technology for Development"), in the languages
// policy documents come in.
bool IsStopWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kStop = {
      "of",   "and", "the", "for", "on",  "in",  "to",  "a",    "an", "at",   "by",  "with",
      "from", "&",   "de",  "des", "du",  "la",  "le",  "les",  "et", "pour", "sur", "en",
      "d",    "l",   "del", "el",  "los", "las", "y",   "para", "e",  "da",   "do",  "das",
      "dos",  "und", "der", "die", "für", "von", "zur", "zum",  "its"};
  // Every stop word has at most 4 bytes ("für", "para").
  if (w.size() > 4) return false;
  char lower[4];
  for (size_t k = 0; k < w.size(); ++k) {
    const char ch = w[k];
    lower[k] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return kStop.count(std::string_view(lower, w.size())) > 0;
}

bool StartsWithWordCI(std::string_view s, std::string_view w) {
  if (s.size() < w.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char a = s[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != w[i]) return false;
  }
  if (s.size() == w.size()) return true;
  char next = s[w.size()];
  return next == ' ' || next == ',' || next == ':' || next == '\n' || next == '\t' || next == '"' ||
         static_cast<unsigned char>(next) >= 0x80;
}

bool ContainsCI(std::string_view hay, std::string_view needle) {
  auto eq = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  };
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), eq) != hay.end();
}

// What CleanInner trims off a parenthesis' content at its start and end.
bool TrimmedAtEnd(UChar32 c) { return IsSpace(c) || IsQuote(c) || c == ','; }
bool TrimmedAtStart(UChar32 c) { return TrimmedAtEnd(c) || c == ':'; }

// Introducers CleanInner drops from the start of a parenthesis, in order of
// preference.
const std::string_view kIntro[] = {"hereinafter referred to as",
                                   "hereafter referred to as",
                                   "hereinafter called",
                                   "hereinafter",
                                   "hereafter",
                                   "henceforth",
                                   "referred to as",
                                   "also known as",
                                   "known as",
                                   "also called",
                                   "called",
                                   "abbreviated as",
                                   "abbreviated",
                                   "formerly",
                                   "i.e.",
                                   "ie",
                                   "or",
                                   "the",
                                   "also",
                                   "ci-après",
                                   "dénommé",
                                   "en adelante"};

// kIntro by first letter (all are lowercase ASCII), in the same order.
struct IntroByFirst {
  std::vector<std::string_view> words[26];
  IntroByFirst() {
    for (std::string_view w : kIntro) words[w[0] - 'a'].push_back(w);
  }
};
const IntroByFirst kIntroByFirst;

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// [b, e) of the interesting part of a parenthesis: without whitespace, quotes
// and introducers ("hereinafter", "the", "or"), cut at a comma or semicolon
// when `cut` (Schwartz & Hearst: "(CSTD, 2013)" defines "CSTD").
Span CleanInner(std::string_view text, uint32_t b, uint32_t e, bool cut) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  bool changed = true;
  while (changed && b < e) {
    changed = false;
    // Trim at both ends, decoding only what is trimmed: from the left code
    // point by code point; from the right byte by byte while the bytes are
    // ASCII (never part of a longer code point), else by decoding the rest.
    uint32_t nb = e;
    for (int32_t i = static_cast<int32_t>(b), n = static_cast<int32_t>(e); i < n;) {
      const uint32_t off = static_cast<uint32_t>(i);
      UChar32 c;
      U8_NEXT(s, i, n, c);
      if (!TrimmedAtStart(c)) {
        nb = off;
        break;
      }
    }
    uint32_t ne = nb;
    if (nb < e) {
      ne = e;
      while (ne > nb && s[ne - 1] < 0x80 && TrimmedAtEnd(s[ne - 1])) --ne;
      if (ne > nb && s[ne - 1] >= 0x80) {
        std::vector<Cp> cps = Decode(text, nb, ne);
        size_t j = cps.size();
        while (j > 0 && TrimmedAtEnd(cps[j - 1].c)) --j;
        ne = j > 0 ? cps[j - 1].end : nb;
      }
    }
    if (nb != b || ne != e) changed = true;
    b = nb;
    e = ne;
    // Only the introducers with the right first letter can match.
    const char first = b < e ? AsciiLower(text[b]) : 0;
    if (first >= 'a' && first <= 'z') {
      for (std::string_view w : kIntroByFirst.words[first - 'a']) {
        std::string_view rest = text.substr(b, e - b);
        if (rest.size() > w.size() && StartsWithWordCI(rest, w)) {
          b += static_cast<uint32_t>(w.size());
          changed = true;
          break;
        }
      }
    }
  }
  if (cut) {
    // The first ';', or ',' before a space, in [b, e).
    const char* const base = text.data();
    const void* semi = b < e ? memchr(base + b, ';', e - b) : nullptr;
    const uint32_t limit = semi ? static_cast<uint32_t>(static_cast<const char*>(semi) - base) : e;
    for (uint32_t k = b; k < limit;) {
      const void* comma = memchr(base + k, ',', limit - k);
      if (!comma) break;
      k = static_cast<uint32_t>(static_cast<const char*>(comma) - base);
      if (k + 1 < e && text[k + 1] == ' ') return CleanInner(text, b, k, false);
      ++k;
    }
    if (semi) return CleanInner(text, b, limit, false);
  }
  return {b, e};
}

// A short form's characters: at most 24 (the code point limit of
// CheckShortForm), kept inline.
struct Chars {
  static constexpr size_t kCap = 32;
  UChar32 v[kCap];
  size_t n = 0;
  void push_back(UChar32 c) {
    if (n < kCap) v[n++] = c;
  }
  size_t size() const { return n; }
  const UChar32* data() const { return v; }
};

struct ShortForm {
  bool ok = false;
  // "CWG-Internet": the acronym part's characters and the word after it.
  Chars head;
  std::string_view tail_word;  // in the text
  bool weak = false;           // looks like an ordinary word ("Ad", "aa")
  int uppercase = 0;
  Chars chars;  // folded letters and digits to align
};

// More code points than a short form may have.
constexpr size_t kMaxShortCps = 24;

// Schwartz & Hearst's short form test, tightened: 2-10 code points, at most
// two words, first character a letter or digit, at least one letter, no
// arithmetic ("n = 12", "p < 0.05"), and not an ordinary word: "(see above)",
// "(in French)", "(Applause)" are rejected.
ShortForm CheckShortForm(std::string_view text, Span s) {
  ShortForm sf;
  // Decoding stops after kMaxShortCps + 1 code points: more is a rejection.
  Cp buf[kMaxShortCps + 1];
  const size_t ncps = DecodeSome(text, s.begin, s.end, buf, kMaxShortCps + 1);
  const Cp* const cps = buf;
  if (ncps < 2 || !IsAlnum(cps[0].c)) return sf;
  if (ncps > 10) {
    // Only an acronym with a word after a hyphen may be longer: "CWG-Internet".
    std::string_view t = text.substr(s.begin, s.size());
    size_t h = t.rfind('-');
    if (ncps > kMaxShortCps || h == std::string_view::npos || h > 10 || h + 4 > t.size()) return sf;
    for (size_t k = h + 2; k < t.size(); ++k)
      if (t[k] < 'a' || t[k] > 'z') return sf;
    ShortForm head = CheckShortForm(text, {s.begin, s.begin + static_cast<uint32_t>(h)});
    if (!head.ok || head.uppercase < 2) return sf;
    head.head = head.chars;
    head.tail_word = t.substr(h + 1);
    for (size_t k = h + 1; k < t.size(); ++k)
      head.chars.push_back(Fold(static_cast<unsigned char>(t[k])));
    return head;
  }
  int letters = 0, lower = 0, digits = 0, words = 1;
  bool word_has_caps_or_digit = false, all_words_marked = true;
  for (size_t k = 0; k < ncps; ++k) {
    UChar32 c = cps[k].c;
    if (c == ' ') {
      ++words;
      all_words_marked = all_words_marked && word_has_caps_or_digit;
      word_has_caps_or_digit = false;
      continue;
    }
    if (IsAlnum(c)) {
      if (CpIsDigit(c)) {
        ++digits;
        word_has_caps_or_digit = true;
      } else {
        ++letters;
        if (CpIsUpper(c)) {
          ++sf.uppercase;
          word_has_caps_or_digit = true;
        } else if (CpIsLower(c)) {
          ++lower;
        }
      }
      sf.chars.push_back(Fold(c));
      continue;
    }
    if (c != '-' && c != '/' && c != '&' && c != '.' && c != '+' && c != '\'' && c != 0x2019 &&
        c != '_')
      return sf;
  }
  all_words_marked = all_words_marked && word_has_caps_or_digit;
  if (letters == 0 || words > 2) return sf;
  if (words == 2 && !all_words_marked) return sf;
  if (sf.uppercase == 0 && digits == 0 && (words > 1 || letters > 3)) return sf;
  // A capitalised word: "Applause", "Likely", "Mint".
  if (sf.uppercase == 1 && digits == 0 && CpIsUpper(cps[0].c) && lower >= 3 && lower + 1 == letters)
    return sf;
  sf.weak = sf.uppercase < 2 && digits == 0;
  sf.ok = true;
  return sf;
}

// A long-form candidate: code points of the window before (or inside) the
// parenthesis with where words start.
struct WinCp {
  UChar32 c;
  uint32_t off;  // byte offset in the document
  uint32_t end;  // byte offset after the code point
  UChar32 fold;  // Fold(c)
  int word;      // index of the whitespace-separated word
  // At a word start: the digit a number word stands for, else -1.
  UChar32 number;
  bool alnum;        // IsAlnum(c)
  bool ascii_alpha;  // an ASCII letter
  bool word_start;   // a letter or digit that starts a word or a hyphen part
  bool initial;      // counts as a word-initial match
};

struct Window {
  std::vector<WinCp> cps;
  // The character at j matches short form character c.
  bool Matches(size_t j, UChar32 c) const { return cps[j].fold == c || cps[j].number == c; }
};

// "two-dimensional (2D)", "Group of Seven (G7)".
UChar32 NumberWord(std::string_view w) {
  static const std::string_view kNames[] = {"zero", "one", "two",   "three", "four",
                                            "five", "six", "seven", "eight", "nine"};
  if (w.size() > 5) return -1;  // longer than "three"
  char buf[5];
  for (size_t k = 0; k < w.size(); ++k) {
    const char ch = w[k];
    buf[k] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  const std::string_view lower(buf, w.size());
  for (int d = 0; d < 10; ++d)
    if (lower == kNames[d]) return '0' + d;
  return -1;
}

// Decodes [b, e) into w->cps (c, off and end only).
void DecodeWindow(std::string_view text, uint32_t b, uint32_t e, Window* w) {
  w->cps.clear();
  int32_t i = static_cast<int32_t>(b);
  const int32_t n = static_cast<int32_t>(e);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    WinCp cp{};
    cp.off = static_cast<uint32_t>(i);
    U8_NEXT(s, i, n, cp.c);
    cp.end = static_cast<uint32_t>(i);
    w->cps.push_back(cp);
  }
}

// Fills in the rest of the window's code points. What a code point's
// annotation reads of the one before is kept in locals, and the code points
// are reached through a plain pointer: the flags stored are bytes, which may
// alias anything, so the vector's own pointers would be read again after
// every store.
void AnnotateWindow(std::string_view text, Window* w) {
  WinCp* const cps = w->cps.data();
  const size_t n = w->cps.size();
  int word = 0;
  bool space = true, prev_lower = false;
  // Of the code point before (none before the first).
  bool prev_alnum = false, prev_word_start = false;
  UChar32 prev_fold = 0;
  for (size_t i = 0; i < n; ++i) {
    WinCp& cp = cps[i];
    const UChar32 c = cp.c;
    bool upper, lower, is_space, alnum, ascii_alpha;
    UChar32 fold;
    if (c >= 0 && c < 128) {  // one range check for all the ASCII tables
      upper = kAscii.upper[c];
      lower = kAscii.lower[c];
      is_space = kAscii.space[c];
      alnum = kAscii.alnum[c];
      ascii_alpha = kAscii.alpha[c];
      fold = kAscii.to_lower[c];
    } else {
      upper = CpIsUpper(c);
      lower = CpIsLower(c);
      is_space = IsSpace(c);
      alnum = IsAlnum(c);
      ascii_alpha = c < 128 && CpIsAlpha(c);
      fold = Fold(c);
    }
    // A free-standing "&" is the word "and", and may give its initial:
    // "Internet & Mobile Association of India (IAMAI)".
    if (c == '&' && (i == 0 || cps[i - 1].c == ' ') && i + 1 < n && cps[i + 1].c == ' ') {
      alnum = true;
      fold = 'a';
    }
    const bool camel = i > 0 && upper && prev_lower;
    prev_lower = lower;
    if (is_space) space = true;
    if (alnum && space) {
      if (i > 0) ++word;
      space = false;
    }
    const bool word_start = alnum && (!prev_alnum || camel);
    // Letters that stand for their word by convention count as initials
    // too: digits of a number ("Group of 77 (G-77)") and the x of a word
    // starting "ex" ("Internet Exchange Points (IXPs)").
    const bool ex = i > 0 && fold == 'x' && prev_fold == 'e' && prev_word_start;
    cp.alnum = alnum;
    cp.ascii_alpha = ascii_alpha;
    cp.fold = fold;
    cp.word_start = word_start;
    cp.initial = word_start || (c >= '0' && c <= '9') || ex;
    cp.word = word;
    cp.number = -1;
    prev_alnum = alnum;
    prev_fold = fold;
    prev_word_start = word_start;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!cps[i].word_start || (i > 0 && cps[i - 1].alnum)) continue;
    size_t k = i;
    while (k < n && cps[k].ascii_alpha) ++k;
    if (k > i + 2) cps[i].number = NumberWord(text.substr(cps[i].off, cps[k - 1].end - cps[i].off));
  }
}

// The window [b, e), in a buffer reused by the calling thread.
Window* MakeWindow(std::string_view text, uint32_t b, uint32_t e) {
  thread_local Window w;
  DecodeWindow(text, b, e, &w);
  AnnotateWindow(text, &w);
  return &w;
}

constexpr int kNeg = -1000000;

// The characters of a short form to align (part of a ShortForm's chars).
struct SfChars {
  const UChar32* c;
  size_t m;
};

// f(i, j): the most word-initial matches aligning sf[i..] into cps[j..].
class AlignTable {
 public:
  // Fills the table in a buffer reused by the calling thread.
  AlignTable(const Window& w, SfChars sf) : stride_(w.cps.size() + 1) {
    thread_local std::vector<int> buf;
    const size_t n = w.cps.size(), m = sf.m;
    buf.assign((m + 1) * stride_, kNeg);
    f_ = buf.data();
    int* last = f_ + m * stride_;
    for (size_t j = 0; j <= n; ++j) last[j] = 0;
    for (size_t i = m; i-- > 0;) {
      int* row = f_ + i * stride_;
      const int* next = row + stride_;
      const UChar32 ch = sf.c[i];
      for (size_t j = n; j-- > 0;) {
        int best = row[j + 1];
        if (w.Matches(j, ch) && next[j + 1] > kNeg) {
          best = std::max(best, (w.cps[j].initial ? 1 : 0) + next[j + 1]);
        }
        row[j] = best;
      }
    }
  }
  int operator()(size_t i, size_t j) const { return f_[i * stride_ + j]; }

 private:
  size_t stride_;
  int* f_;
};

struct Alignment {
  bool ok = false;
  int initials = 0;
  int unmatched = 0;        // content words of the long form without a matched character
  int unmatched_after = 0;  // of which after the last matched word
  uint32_t begin = 0, end = 0;
  uint32_t last_match = 0;  // byte offset of the last matched character
};

// A prefix made of digits and punctuation, single letters and Greek letter
// names: "2,6-", "4,4'-", "delta-9-", "N-".
bool ChemicalPrefix(std::string_view p) {
  static const std::unordered_set<std::string_view> kGreek = {
      "alpha", "beta", "gamma", "delta", "epsilon", "kappa", "lambda", "mu", "omega", "tau"};
  size_t i = 0;
  while (i < p.size()) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (!std::isalpha(c)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < p.size() && std::isalpha(static_cast<unsigned char>(p[j]))) ++j;
    std::string_view part = p.substr(i, j - i);
    if (part.size() > 1 && !kGreek.count(part)) return false;
    i = j;
  }
  return true;
}

// Aligns sf with the first character at cps[start] and evaluates the long form
// cps[start..n).
Alignment Evaluate(std::string_view text, const Window& w, const AlignTable& f, SfChars sf,
                   size_t start) {
  Alignment a;
  const std::vector<WinCp>& cps = w.cps;
  const size_t n = cps.size(), m = sf.m;
  if (!w.Matches(start, sf.c[0]) || f(1, start + 1) <= kNeg) return a;
  thread_local std::vector<char> matched_word;
  matched_word.assign(cps.back().word + 1, 0);
  matched_word[cps[start].word] = 1;
  a.initials = 1 + f(1, start + 1);
  // Reconstruct: take a match when it keeps the optimum; at a tie prefer a
  // word start now, otherwise a later match (it covers words further right).
  size_t j = start + 1, last_j = start;
  for (size_t i = 1; i < m; ++i) {
    while (j < n) {
      bool can = w.Matches(j, sf.c[i]) && f(i + 1, j + 1) > kNeg &&
                 (cps[j].initial ? 1 : 0) + f(i + 1, j + 1) == f(i, j);
      bool skip_ok = f(i, j + 1) == f(i, j);
      if (can && (cps[j].initial || !skip_ok)) break;
      ++j;
    }
    if (j >= n) return Alignment();  // unreachable: f promised a match
    matched_word[cps[j].word] = 1;
    last_j = j;
    ++j;
  }
  a.last_match = cps[last_j].off;
  // Count content words with no match.
  size_t k = start;
  while (k < n) {
    if (!cps[k].alnum) {
      ++k;
      continue;
    }
    size_t e = k;
    while (e < n && cps[e].word == cps[k].word) ++e;
    size_t last = e;
    while (last > k && !cps[last - 1].alnum) --last;
    if (!matched_word[cps[k].word] &&
        !IsStopWord(text.substr(cps[k].off, cps[last - 1].end - cps[k].off))) {
      ++a.unmatched;
      if (cps[k].word > cps[last_j].word) ++a.unmatched_after;
    }
    k = e;
  }
  a.ok = true;
  // A long form starts at the start of a whitespace-separated token:
  // "2,6-diaminopurine (DAP)", "alpha-1-antitrypsin deficiency (ATD)".
  size_t first = start;
  while (first > 0 && !IsSpace(cps[first - 1].c) && cps[first - 1].c != '(' &&
         cps[first - 1].c != '[' && !IsQuote(cps[first - 1].c))
    --first;
  while (first < start && !cps[first].alnum && cps[first].c != '-') ++first;
  // Only a chemical-style prefix: "2,6-", "alpha-1-", not "anti-" in
  // "anti-human immunodeficiency virus (HIV)" nor "NC-" in "NC-Asia".
  if (first < start &&
      !ChemicalPrefix(text.substr(cps[first].off, cps[start].off - cps[first].off)))
    first = start;
  a.begin = cps[first].off;
  a.end = cps[n - 1].end;
  return a;
}

double Confidence(const Alignment& a, size_t m, bool weak, bool reversed, bool suffix_dropped) {
  double c = 0.4 + 0.6 * static_cast<double>(a.initials) / static_cast<double>(m);
  c -= 0.12 * a.unmatched;
  if (weak) c -= 0.2;
  if (reversed) c -= 0.1;
  if (suffix_dropped) c -= 0.1;
  c = std::clamp(c, 0.05, 1.0);
  return std::round(c * 100) / 100;
}

// The characters to align, in order of preference: as written; without a
// plural "s" ("IXPs"); without a numeric suffix ("WCIT-12"). Each is a prefix
// of the short form's chars (or head).
struct Variant {
  SfChars chars;
  bool suffix_dropped = false;
  bool compound = false;  // chars are the acronym part of "CWG-Internet"
};

struct Variants {
  Variant v[4];
  size_t n = 0;
  const Variant* begin() const { return v; }
  const Variant* end() const { return v + n; }
};

Variants MakeVariants(std::string_view sf_text, const ShortForm& sf) {
  Variants v;
  if (!sf.tail_word.empty()) v.v[v.n++] = {{sf.head.data(), sf.head.size()}, false, true};
  const UChar32* c = sf.chars.data();
  const size_t size = sf.chars.size();
  // Plural: an "s" after a capital.
  if (size >= 3 && sf_text.back() == 's' && sf.uppercase >= 2) {
    v.v[v.n++] = {{c, size - 1}, false, false};
  }
  v.v[v.n++] = {{c, size}, false, false};
  // Numeric suffix after a separator or letters: "WTPF-13", "WSIS+10", "G20".
  size_t k = sf_text.size();
  while (k > 0 && sf_text[k - 1] >= '0' && sf_text[k - 1] <= '9') --k;
  if (k < sf_text.size() && k > 0) {
    size_t digits = sf_text.size() - k;
    if (size > digits + 1) {
      v.v[v.n++] = {{c, size - digits}, true, false};
    }
  }
  return v;
}

// An exact early rejection of the window [b, e) before it is decoded: when
// the window is ASCII without "&" (the word "and") and every variant is ASCII
// letters, an alignment needs the variant's first letter at the start of an
// alphanumeric run (Evaluate's start) and its other letters in order after
// it. True when no variant can be aligned that way.
bool CannotAlign(std::string_view text, uint32_t b, uint32_t e, const Variants& vs) {
  for (uint32_t k = b; k < e; ++k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    if (c >= 0x80 || c == '&') return false;
  }
  for (const Variant& v : vs) {
    if (v.chars.m == 0) continue;
    for (size_t i = 0; i < v.chars.m; ++i)
      if (v.chars.c[i] < 'a' || v.chars.c[i] > 'z') return false;
    const char first = static_cast<char>(v.chars.c[0]);
    bool prev_alnum = false;
    uint32_t j = b;
    for (; j < e; ++j) {
      const unsigned char c = static_cast<unsigned char>(text[j]);
      const bool alnum = kAscii.alnum[c];
      if (alnum && !prev_alnum && kAscii.to_lower[c] == first) break;
      prev_alnum = alnum;
    }
    if (j >= e) continue;
    size_t i = 1;
    for (++j; j < e && i < v.chars.m; ++j)
      if (kAscii.to_lower[static_cast<unsigned char>(text[j])] == v.chars.c[i]) ++i;
    if (i == v.chars.m) return false;
  }
  return true;
}

struct Best {
  bool ok = false;
  Alignment a;
  size_t m = 0;
  bool suffix_dropped = false;
};

// "long form (SF)": looks back up to min(|SF| + 5, 2 |SF|) words, stopping at
// a sentence end or another parenthesis, and picks the start word whose
// alignment has the most word-initial matches less unmatched content words;
// ties go to the shortest long form, as in Schwartz & Hearst.
Best FindLongBefore(std::string_view text, uint32_t open, const std::string_view sf_text,
                    const ShortForm& sf) {
  Best best;
  const int max_words = static_cast<int>(std::min(sf.chars.size() + 5, sf.chars.size() * 2));
  // Collect the words before the parenthesis, right to left.
  uint32_t floor = open > kMaxLookBack ? open - kMaxLookBack : 0;
  uint32_t pos = open;
  uint32_t lf_end = 0;
  uint32_t win_begin = open;
  int words = 0;
  while (words < max_words && pos > floor) {
    uint32_t e = pos;
    int newlines = 0;
    while (e > floor && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n' ||
                         text[e - 1] == '\r')) {
      if (text[e - 1] == '\n') ++newlines;
      --e;
    }
    if (newlines >= 2 || e == floor) break;
    uint32_t b = e;
    while (b > floor && !(text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\n' ||
                          text[b - 1] == '\r'))
      --b;
    std::string_view word = text.substr(b, e - b);
    char last = word.back();
    bool ends_sentence = last == '.' || last == '!' || last == '?' || last == ';' || last == ':';
    if (ends_sentence) break;
    auto opens =
        std::count(word.begin(), word.end(), '(') + std::count(word.begin(), word.end(), '[');
    auto closes =
        std::count(word.begin(), word.end(), ')') + std::count(word.begin(), word.end(), ']');
    // A previous parenthesis ends the window: "factor (TNF) and gamma-interferon
    // (IFN-gamma)". One that opens before the long form ends it too, after its
    // first word: "(body mass index (BMI) 27-40)".
    bool bracket_first = word[0] == '(' || word[0] == '[';
    bool stop = false;
    if (bracket_first && opens == closes) {
      // "(FEV1)/forced vital capacity (FVC)": what follows the previous
      // parenthesis may still begin the long form.
      size_t k = word.find_last_of(")]");
      std::string_view rest = word.substr(k + 1);
      if (rest.size() < 2 || (rest[0] != '/' && rest[0] != '-') ||
          !std::isalnum(static_cast<unsigned char>(rest[1])))
        break;
      b += static_cast<uint32_t>(k + 2);
      stop = true;
    } else if (closes > opens) {
      break;
    } else if (opens > closes) {
      size_t k = word.find_last_of("([");
      b += static_cast<uint32_t>(k + 1);
      stop = true;
      if (b >= e) break;
    }
    if (words == 0) lf_end = e;
    win_begin = b;
    ++words;
    pos = b;
    if (stop) break;
  }
  if (words == 0) return best;
  const Variants variants = MakeVariants(sf_text, sf);
  if (CannotAlign(text, win_begin, lf_end, variants)) return best;
  // The window is the words without trailing punctuation (quotes, commas).
  thread_local Window win;
  Window& w = win;
  DecodeWindow(text, win_begin, lf_end, &w);
  while (!w.cps.empty() && !IsAlnum(w.cps.back().c)) w.cps.pop_back();
  if (w.cps.empty()) return best;
  AnnotateWindow(text, &w);
  int best_score = kNeg;
  for (const Variant& v : variants) {
    if (v.chars.m == 0) continue;
    AlignTable f(w, v.chars);
    for (size_t start = w.cps.size(); start-- > 0;) {
      if (!w.cps[start].word_start || (start > 0 && w.cps[start - 1].alnum)) continue;
      Alignment a = Evaluate(text, w, f, v.chars, start);
      if (!a.ok) continue;
      if (v.compound) {
        // The word part must be in the long form; words after the acronym
        // part's last match are its explanation, not unmatched words.
        if (!ContainsCI(text.substr(a.begin, a.end - a.begin), sf.tail_word)) continue;
        a.unmatched -= a.unmatched_after;
      }
      int score = a.initials - a.unmatched;
      if (score > best_score) {
        best_score = score;
        best = {true, a, v.chars.m, v.suffix_dropped || v.compound};
      }
    }
    if (best.ok) break;
  }
  if (best.ok && best.a.end - best.a.begin <= sf_text.size()) best.ok = false;
  return best;
}

// At least two bytes of [b, e) are capitals or non-ASCII: a short form needs
// two capitals.
bool MayHaveTwoCapitals(std::string_view text, uint32_t b, uint32_t e) {
  int n = 0;
  for (uint32_t k = b; k < e; ++k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    if ((c >= 'A' && c <= 'Z') || c >= 0x80) {
      if (++n >= 2) return true;
    }
  }
  return false;
}

// "SF (long form)": the one or two tokens before the parenthesis are the short
// form and the whole (cleaned) parenthesis the long form. Stricter than the
// other direction, since asides in parentheses are common.
bool TryShortBefore(std::string_view text, uint32_t open, Span inner, AcronymDef* def) {
  // Tokens before the parenthesis on the same line.
  uint32_t e = open;
  while (e > 0 && text[e - 1] == ' ') --e;
  const Window* w = nullptr;  // of the parenthesis, made when first needed
  for (int ntok = 1; ntok <= 2; ++ntok) {
    uint32_t b = e;
    for (int t = 0; t < ntok; ++t) {
      if (t > 0) {
        if (b == 0 || text[b - 1] != ' ') return false;
        --b;
      }
      while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '\t' &&
             text[b - 1] != '(' && text[b - 1] != '"')
        --b;
    }
    if (b >= e) return false;
    // Most words before a parenthesis have fewer than two capitals.
    if (!MayHaveTwoCapitals(text, b, e)) continue;
    Span sfs{b, e};
    ShortForm sf = CheckShortForm(text, sfs);
    if (!sf.ok || sf.uppercase < 2) continue;
    if (!w) w = MakeWindow(text, inner.begin, inner.end);
    if (w->cps.empty()) return false;
    int lf_words = w->cps.back().word + 1;
    if (lf_words < 2 ||
        lf_words > static_cast<int>(std::min(sf.chars.size() + 5, sf.chars.size() * 2)))
      continue;
    std::string_view lf = text.substr(inner.begin, inner.size());
    if (lf.find_first_of("()[]") != std::string_view::npos ||
        lf.find("://") != std::string_view::npos)
      return false;
    for (const Variant& v : MakeVariants(text.substr(b, e - b), sf)) {
      if (v.suffix_dropped) continue;  // "EST 2012 (every speech ...)"
      AlignTable f(*w, v.chars);
      Alignment a = Evaluate(text, *w, f, v.chars, 0);
      // Every content word explained and most letters initials: asides in
      // parentheses ("ITU (itself an agency of the U.N.)") are common.
      if (!a.ok || a.unmatched > 0 || 2 * a.initials < static_cast<int>(v.chars.m)) continue;
      def->short_form = std::string(text.substr(b, e - b));
      def->span = sfs;
      def->long_span = {a.begin, a.end};
      def->long_form = std::string(text.substr(a.begin, a.end - a.begin));
      def->confidence = Confidence(a, v.chars.m, sf.weak, true, v.suffix_dropped);
      return true;
    }
  }
  return false;
}

// The closing parenthesis matching text[open], or npos if there is none
// nearby or a paragraph break comes first.
size_t MatchingParen(std::string_view text, size_t open) {
  const char o = text[open], c_close = o == '(' ? ')' : ']';
  int depth = 0;
  size_t limit = std::min(text.size(), open + kMaxParen);
  for (size_t i = open; i < limit; ++i) {
    char c = text[i];
    if (c == o) {
      ++depth;
    } else if (c == c_close) {
      if (--depth == 0) return i;
    } else if (c == '\n' && i + 1 < limit && text[i + 1] == '\n') {
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<AcronymDef> FindAcronymDefinitions(std::string_view text) {
  std::vector<AcronymDef> out;
  // The next '(' and '[' are found with memchr (vectorised); string_view's
  // find_first_of calls memchr on the set for every byte of the text.
  const size_t n = text.size();
  auto next_of = [&](char c, size_t from) -> size_t {
    const void* p = from < n ? memchr(text.data() + from, c, n - from) : nullptr;
    return p ? static_cast<const char*>(p) - text.data() : n;
  };
  size_t next_paren = next_of('(', 0), next_bracket = next_of('[', 0);
  for (size_t open = std::min(next_paren, next_bracket); open < n;
       open = std::min(next_paren, next_bracket)) {
    if (open == next_paren) {
      next_paren = next_of('(', open + 1);
    } else {
      next_bracket = next_of('[', open + 1);
    }
    size_t close = MatchingParen(text, open);
    if (close == std::string_view::npos) continue;
    uint32_t o = static_cast<uint32_t>(open), c = static_cast<uint32_t>(close);
    Span sfs = CleanInner(text, o + 1, c, true);
    if (sfs.begin >= sfs.end) continue;
    std::string_view sf_text = text.substr(sfs.begin, sfs.size());
    ShortForm sf = CheckShortForm(text, sfs);
    if (sf.ok) {
      Best best = FindLongBefore(text, o, sf_text, sf);
      if (best.ok) {
        AcronymDef d;
        d.short_form = std::string(sf_text);
        d.span = sfs;
        d.long_span = {best.a.begin, best.a.end};
        d.long_form = std::string(text.substr(best.a.begin, best.a.end - best.a.begin));
        d.confidence = Confidence(best.a, best.m, sf.weak, false, best.suffix_dropped);
        out.push_back(std::move(d));
      }
      continue;
    }
    // sfs is also the cleaned parenthesis to try as a long form.
    AcronymDef d;
    if (TryShortBefore(text, o, sfs, &d)) out.push_back(std::move(d));
  }
  std::stable_sort(out.begin(), out.end(), [](const AcronymDef& a, const AcronymDef& b) {
    return a.span.begin < b.span.begin;
  });
  return out;
}

namespace {

// Letters with case and digits make acronyms; CJK ideographs, which have no
// case, separate them ("ITUあたり").
bool IsCasedOrDigit(UChar32 c) {
  return c >= 0 && (CpIsUpper(c) || CpIsLower(c) || CpIsTitle(c) || (c >= '0' && c <= '9'));
}

std::string Lower(const Cp* b, const Cp* e) {
  std::string out;
  for (const Cp* cp = b; cp != e; ++cp) {
    UChar32 c = Fold(cp->c);
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    out.append(buf, n);
  }
  return out;
}

// Identifiers in URLs and e-mail addresses are not acronyms.
bool InUrl(std::string_view text, uint32_t off) {
  uint32_t b = off, e = off;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '\t') --b;
  while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != '\t') ++e;
  std::string_view w = text.substr(b, e - b);
  for (std::string_view m : {"://", "www.", "@", "=", "_", ".htm", ".org", ".com", ".pdf"})
    if (w.find(m) != std::string_view::npos) return true;
  return false;
}

bool IsRomanNumeral(const std::vector<Cp>& cps) {
  for (const Cp& cp : cps)
    if (cp.c != 'I' && cp.c != 'V' && cp.c != 'X') return false;
  return true;
}

// The first hyphen part of a token: two adjacent capitals and no more
// lowercase than capitals ("ITU", "ccNSO", "IPv6", "IGFs", not "PhD",
// "McDonald"), or one capital and digits ("G20").
bool AcronymHead(const std::vector<Cp>& cps) {
  if (cps.empty() || cps.size() > 10 || !CpIsAlpha(cps[0].c)) return false;
  int upper = 0, lower = 0, digits = 0;
  bool adjacent = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    UChar32 c = cps[i].c;
    if (CpIsUpper(c)) {
      ++upper;
      if (i > 0 && (CpIsUpper(cps[i - 1].c) || (cps[i - 1].c == '&' && i > 1))) adjacent = true;
    } else if (CpIsLower(c)) {
      ++lower;
    } else if (CpIsDigit(c)) {
      ++digits;
    }
  }
  if (upper == 1 && lower == 0 && digits > 0 && CpIsUpper(cps[0].c)) return true;
  if (upper < 2 || !adjacent || lower > upper) return false;
  return !IsRomanNumeral(cps);
}

// A later hyphen part that still belongs to the acronym: "ITU-T", "WTPF-13".
bool AcronymTail(const std::vector<Cp>& cps) {
  for (const Cp& cp : cps)
    if (!(CpIsUpper(cp.c) || CpIsDigit(cp.c))) return AcronymHead(cps);
  return true;
}

bool IsCapsWord(const std::vector<Cp>& cps) {
  int letters = 0;
  for (const Cp& cp : cps) {
    if (CpIsLower(cp.c)) return false;
    if (CpIsAlpha(cp.c)) ++letters;
  }
  return letters > 0;
}

std::string Strip(std::string s) {
  while (!s.empty() && s.back() == 's') s.pop_back();
  return s;
}

struct LineScan {
  uint32_t skip_end = 0;  // a speaker label "RUSSIAN FEDERATION:" ends here
  bool heading = false;   // mostly capitals
};

LineScan ScanLine(std::string_view text, uint32_t b, uint32_t e) {
  LineScan ls;
  int words = 0, caps = 0;
  uint32_t i = b;
  while (i < e) {
    while (i < e && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
    uint32_t s = i;
    while (i < e && !(text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
    if (s == i) break;
    bool has_letter = false, has_lower = false;
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    for (int32_t k = static_cast<int32_t>(s); k < static_cast<int32_t>(i);) {
      UChar32 c;
      U8_NEXT(p, k, static_cast<int32_t>(i), c);
      has_letter = has_letter || (c >= 0 && CpIsAlpha(c));
      has_lower = has_lower || (c >= 0 && CpIsLower(c));
    }
    if (!has_letter) continue;
    ++words;
    if (!has_lower) ++caps;
  }
  ls.heading = words >= 2 && caps * 4 >= words * 3;
  // Speaker label: capitals up to a colon near the start of the line.
  uint32_t k = b;
  while (k < e && (text[k] == '>' || text[k] == ' ' || text[k] == '-' || text[k] == '*')) ++k;
  uint32_t limit = std::min(e, k + 60);
  for (uint32_t c = k; c < limit; ++c) {
    if (text[c] == ':') {
      std::vector<Cp> cps = Decode(text, k, c);
      if (IsCapsWord(cps)) ls.skip_end = c;
      break;
    }
  }
  return ls;
}

}  // namespace

std::vector<AcronymDef> FindUndefinedAcronyms(std::string_view text,
                                              const std::vector<AcronymDef>& defs) {
  std::unordered_set<std::string> defined;
  for (const AcronymDef& d : defs) {
    if (!d.defined) continue;
    const std::string& sf = d.short_form;
    defined.insert(Strip(sf));
    size_t h = sf.find('-');
    if (h != std::string::npos) defined.insert(Strip(sf.substr(0, h)));
    size_t sp = sf.find(' ');
    if (sp != std::string::npos) {
      defined.insert(Strip(sf.substr(0, sp)));
      defined.insert(Strip(sf.substr(sp + 1)));
    }
  }
  std::vector<AcronymDef> out;
  std::unordered_set<std::string> seen;
  std::vector<Cp> cps = Decode(text, 0, static_cast<uint32_t>(text.size()));
  // Words the text also writes in lower or title case ("the", "Delhi"): in
  // capitals they are shouting, not acronyms.
  std::unordered_set<std::string> words;
  for (size_t i = 0; i < cps.size();) {
    size_t e = i;
    while (e < cps.size() && CpIsAlpha(cps[e].c)) ++e;
    if (e == i) {
      ++i;
      continue;
    }
    bool rest_lower = true;
    for (size_t k = i + 1; k < e; ++k) rest_lower = rest_lower && CpIsLower(cps[k].c);
    if (e - i >= 3 && rest_lower) words.insert(Lower(&cps[i], &cps[i] + (e - i)));
    i = e;
  }
  size_t line_begin = 0;
  LineScan ls;
  std::vector<uint32_t> caps_run;  // token indexes of consecutive capital words
  auto is_token_char = [&](size_t i) {
    UChar32 c = cps[i].c;
    if (IsCasedOrDigit(c)) return true;
    bool between =
        i > 0 && i + 1 < cps.size() && IsCasedOrDigit(cps[i - 1].c) && IsCasedOrDigit(cps[i + 1].c);
    if (c == '-' || c == '&') return between;
    if (c == '+') return between && CpIsDigit(cps[i + 1].c);
    return false;
  };
  struct Pending {
    AcronymDef def;
    bool caps_word;
  };
  std::vector<Pending> run;  // candidates in the current run of capital words
  auto flush = [&]() {
    // Three or more capital words in a row are a heading or a shouted name.
    if (run.size() < 3) {
      for (Pending& p : run) {
        if (seen.insert(p.def.short_form).second) out.push_back(std::move(p.def));
      }
    }
    run.clear();
  };
  size_t i = 0;
  while (i < cps.size()) {
    if (i == line_begin || (i > 0 && cps[i - 1].c == '\n')) {
      flush();
      line_begin = i;
      size_t e = i;
      while (e < cps.size() && cps[e].c != '\n') ++e;
      ls = ScanLine(text, cps[i].off,
                    e < cps.size() ? cps[e].off : static_cast<uint32_t>(text.size()));
    }
    if (cps[i].c == '\n') {
      ++i;
      line_begin = i;
      continue;
    }
    if (!IsCasedOrDigit(cps[i].c) || (i > 0 && IsCasedOrDigit(cps[i - 1].c))) {
      if (!IsSpace(cps[i].c)) flush();  // "ITU, ICANN, IETF" is a list, not a run
      ++i;
      continue;
    }
    size_t e = i;
    while (e < cps.size() && is_token_char(e)) ++e;
    size_t next = e;
    // Most tokens are ordinary words: no capital after the first letter (and
    // no "G20").
    bool upper_inside = false;
    for (size_t k = i + 1; k < e && !upper_inside; ++k)
      upper_inside = CpIsUpper(cps[k].c) || (CpIsUpper(cps[i].c) && CpIsDigit(cps[k].c));
    if (!upper_inside) {
      flush();
      i = next;
      continue;
    }
    std::vector<Cp> tok(cps.begin() + i, cps.begin() + e);
    if (ls.heading || cps[i].off < ls.skip_end || InUrl(text, cps[i].off)) {
      i = next;
      continue;
    }
    // Split at hyphens; keep the acronym-like prefix.
    size_t seg_end = 0;
    while (seg_end < tok.size() && tok[seg_end].c != '-') ++seg_end;
    bool caps_word = IsCapsWord(tok);
    bool is_acronym = AcronymHead({tok.begin(), tok.begin() + seg_end}) &&
                      !(caps_word && words.count(Lower(tok.data(), tok.data() + tok.size())));
    size_t keep_end = seg_end;
    while (is_acronym && keep_end < tok.size()) {
      size_t s = keep_end + 1, t = s;
      while (t < tok.size() && tok[t].c != '-') ++t;
      if (!AcronymTail({tok.begin() + s, tok.begin() + t})) break;
      keep_end = t;
    }
    if (!caps_word) flush();
    if (is_acronym) {
      uint32_t b = tok[0].off, en = tok[keep_end - 1].end;
      std::string sf(text.substr(b, en - b));
      std::string head = sf.substr(0, std::min(sf.size(), sf.find('-')));
      if (!defined.count(Strip(sf)) && !defined.count(Strip(head))) {
        AcronymDef d;
        d.short_form = sf;
        d.span = {b, en};
        d.defined = false;
        bool all_caps = IsCapsWord({tok.begin(), tok.begin() + keep_end});
        int letters = 0;
        for (size_t k = 0; k < keep_end; ++k) letters += CpIsAlpha(tok[k].c) ? 1 : 0;
        d.confidence = !all_caps ? 0.7 : letters >= 3 ? 0.9 : letters == 2 ? 0.8 : 0.6;
        run.push_back({std::move(d), caps_word});
      } else if (caps_word) {
        run.push_back({AcronymDef(), true});  // defined: still part of a run
        run.back().def.short_form.clear();
      }
      if (!caps_word) flush();
    } else if (caps_word) {
      run.push_back({AcronymDef(), true});
    }
    i = next;
  }
  flush();
  // Placeholders for non-acronym capital words carry no short form.
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const AcronymDef& d) { return d.short_form.empty(); }),
            out.end());
  std::stable_sort(out.begin(), out.end(), [](const AcronymDef& a, const AcronymDef& b) {
    return a.span.begin < b.span.begin;
  });
  return out;
}

std::vector<AcronymDef> FindAcronyms(std::string_view text, const AcronymOptions& options) {
  std::vector<AcronymDef> defs = FindAcronymDefinitions(text);
  std::vector<AcronymDef> out;
  for (AcronymDef& d : defs)
    if (d.confidence >= options.min_confidence) out.push_back(d);
  if (options.undefined) {
    // Undefined-ness is judged against every definition found, even those
    // below the threshold: a weak definition is still not "never defined".
    for (AcronymDef& d : FindUndefinedAcronyms(text, defs))
      if (d.confidence >= options.min_confidence) out.push_back(std::move(d));
    std::stable_sort(out.begin(), out.end(), [](const AcronymDef& a, const AcronymDef& b) {
      return a.span.begin < b.span.begin;
    });
  }
  return out;
}

std::vector<AcronymDef> FindAcronymsInBody(std::string_view text, uint32_t body,
                                           const AcronymOptions* options) {
  body = std::min<uint32_t>(body, static_cast<uint32_t>(text.size()));
  std::vector<AcronymDef> out = options ? FindAcronyms(text.substr(body), *options)
                                        : FindAcronymDefinitions(text.substr(body));
  if (body == 0) return out;
  for (AcronymDef& d : out) {
    d.span.begin += body;
    d.span.end += body;
    if (!d.long_form.empty()) {
      d.long_span.begin += body;
      d.long_span.end += body;
    }
  }
  return out;
}

}  // namespace caucus
