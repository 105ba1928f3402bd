// Paragraphs, sentences and tokens.
//
// The plan: paragraphs are found by a byte scan (blank lines). Sentences come
// from one pass of ICU's sentence break rules ("en@ss=standard", computed by
// sentence_break.cc without ICU's rule engine but with identical results) over
// a copy of the whole text in which every CR and LF is a space: the rules treat
// every line feed as a hard break, which would cut hard-wrapped prose (UN
// speeches, press releases) at each line. The copy has the same byte length, so
// its offsets are offsets into the original text. Line structure is then put
// back by forced breaks we compute ourselves (paragraph edges, heading lines,
// list items), and the candidate breaks go through abbreviation fix-ups that
// look at the words either side.
#include "caucus/segment.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <string>

#include "sentence_break.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace caucus {
namespace {

// ---- character classes -------------------------------------------------------

struct SpaceBytes {
  bool is[256];
  constexpr SpaceBytes() : is() {
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) is[c] = true;
  }
};
constexpr SpaceBytes kSpaceBytes;
inline bool IsSpaceByte(char c) { return kSpaceBytes.is[static_cast<unsigned char>(c)]; }

// The bytes that end a word for WordAt: ASCII whitespace and , . ; : ! ? )
struct WordEndBytes {
  bool is[256];
  constexpr WordEndBytes() : is() {
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v', ',', '.', ';', ':', '!', '?', ')'})
      is[c] = true;
  }
};
constexpr WordEndBytes kWordEndBytes;
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Code point at byte i (U+FFFD on a bad sequence) and its length.
UChar32 CodePointAt(std::string_view s, size_t i, int* len) {
  int32_t off = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), off, static_cast<int32_t>(s.size()), c);
  *len = off - static_cast<int32_t>(i);
  return c < 0 ? 0xFFFD : c;
}

// Length of a Unicode space (NBSP, ideographic space, ...) at i, or 0. ASCII
// whitespace is handled by IsSpaceByte.
int UnicodeSpaceAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0xC2) return 0;
  int len;
  UChar32 cp = CodePointAt(s, i, &len);
  return u_isUWhiteSpace(cp) ? len : 0;
}

bool IsSpaceAt(std::string_view s, size_t i, int* len) {
  if (IsSpaceByte(s[i])) {
    *len = 1;
    return true;
  }
  *len = UnicodeSpaceAt(s, i);
  return *len > 0;
}

// Span [b, e) with whitespace trimmed off both ends.
Span Trim(std::string_view s, uint32_t b, uint32_t e) {
  int len;
  while (b < e && IsSpaceAt(s, b, &len)) b += len;
  while (e > b) {
    if (IsSpaceByte(s[e - 1])) {
      --e;
      continue;
    }
    // Step back over one UTF-8 sequence and test it.
    uint32_t k = e - 1;
    while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    if (UnicodeSpaceAt(s, k) == static_cast<int>(e - k)) {
      e = k;
      continue;
    }
    break;
  }
  return {b, e};
}

// ---- line feeds ------------------------------------------------------------------

// The offsets of the line feeds of `text`, in order, into *out (cleared
// first). Found once, 16 bytes at a time, for the paragraphs, the flattened
// copy and the lines of each paragraph (each had called memchr per line).
void FindLineFeeds(std::string_view text, std::vector<uint32_t>* out) {
  out->clear();
  const char* s = text.data();
  const size_t n = text.size();
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i lf = _mm_set1_epi8('\n');
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    for (uint32_t m = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf))); m != 0;
         m &= m - 1) {
      out->push_back(static_cast<uint32_t>(i + static_cast<size_t>(__builtin_ctz(m))));
    }
  }
#endif
  for (; i < n; ++i) {
    if (s[i] == '\n') out->push_back(static_cast<uint32_t>(i));
  }
}

// ---- paragraphs ------------------------------------------------------------------

// A blank line is a line holding only ASCII whitespace. `lfs`: the line feeds
// of text (FindLineFeeds).
std::vector<Paragraph> FindParagraphs(std::string_view text, const std::vector<uint32_t>& lfs) {
  std::vector<Paragraph> out;
  const uint32_t n = static_cast<uint32_t>(text.size());
  uint32_t para_begin = 0;  // start of the current run of non-blank lines
  bool in_para = false;
  uint32_t pos = 0;
  size_t next_lf = 0;
  while (pos < n) {
    const bool has_nl = next_lf < lfs.size();
    uint32_t line_end = has_nl ? lfs[next_lf++] : n;
    bool blank = true;
    for (uint32_t i = pos; i < line_end; ++i) {
      if (!IsSpaceByte(text[i])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      if (in_para) {
        Span s = Trim(text, para_begin, pos);
        if (s.size() > 0) out.push_back({s});
        in_para = false;
      }
    } else if (!in_para) {
      in_para = true;
      para_begin = pos;
    }
    pos = has_nl ? line_end + 1 : n;
  }
  if (in_para) {
    Span s = Trim(text, para_begin, n);
    if (s.size() > 0) out.push_back({s});
  }
  return out;
}

// ---- word lists -------------------------------------------------------------------

bool InList(std::string_view w, const std::string_view* list, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (list[i] == w) return true;
  }
  return false;
}

// A word list with a table of first bytes, which rules out most words at once.
class WordSet {
 public:
  template <size_t N>
  constexpr explicit WordSet(const std::string_view (&list)[N]) : list_(list), n_(N) {
    for (std::string_view w : list) {
      if (!w.empty()) first_[static_cast<unsigned char>(w[0])] = true;
    }
  }
  bool Has(std::string_view w) const {
    if (!w.empty() && !first_[static_cast<unsigned char>(w[0])]) return false;
    return InList(w, list_, n_);
  }

 private:
  const std::string_view* list_;
  size_t n_;
  bool first_[256] = {};
};

// Titles before a name: never end a sentence.
constexpr std::string_view kTitles[] = {
    "Dr.",  "Mr.",   "Mrs.",  "Ms.",  "Messrs.", "Mme.", "Mlle.", "Prof.", "H.E.",
    "Amb.", "St.",   "Sen.",  "Rep.", "Gov.",    "Gen.", "Col.",  "Capt.", "Lt.",
    "Hon.", "Rev.",  "Sr.",   "Jr.",  "Pres.",   "Sec.", "Dept.", "Mt.",   "Maj.",
    "Adm.", "Cmdr.", "Excl.", "Exc.", "Sgt.",    "Supt."};
// Reference words before a number ("No. 5", "para. 12", "Art. 3").
constexpr std::string_view kBeforeNumber[] = {
    "No.",   "Nos.",   "no.",   "nos.",  "Art.",  "Arts.", "art.", "para.",   "paras.",
    "Para.", "Paras.", "p.",    "pp.",   "Vol.",  "vol.",  "Fig.", "fig.",    "Ch.",
    "ch.",   "Res.",   "Doc.",  "Sect.", "sect.", "Nr.",   "nr.",  "Op.",     "Rev.",
    "Add.",  "Corr.",  "Ann.",  "Jan.",  "Feb.",  "Mar.",  "Apr.", "Jun.",    "Jul.",
    "Aug.",  "Sep.",   "Sept.", "Oct.",  "Nov.",  "Dec.",  "ca.",  "approx.", "c."};
// Latin abbreviations that never end a sentence in practice.
constexpr std::string_view kNeverFinal[] = {"e.g.", "i.e.", "cf.", "vs.", "viz.", "E.g.",
                                            "I.e.", "Cf.",  "Vs.", "v.",  "al."};
// Words that typically open a sentence: after "U.S." or an initial they mean
// the abbreviation ended the sentence.
constexpr std::string_view kStarters[] = {
    "The",       "This",     "That",        "These", "Those",        "It",      "Its",
    "In",        "We",       "I",           "But",   "However",      "He",      "She",
    "They",      "There",    "A",           "An",    "On",           "At",      "As",
    "For",       "And",      "Or",          "If",    "When",         "While",   "Although",
    "Meanwhile", "Moreover", "Furthermore", "Also",  "Yet",          "So",      "Thus",
    "Therefore", "Our",      "My",          "Their", "His",          "Her",     "After",
    "Before",    "During",   "Since",       "Today", "Now",          "Such",    "Many",
    "Most",      "Some",     "All",         "Both",  "Each",         "What",    "Why",
    "How",       "Who",      "Where",       "Which", "Nevertheless", "Instead", "Still",
    "Then",      "Indeed",   "Officials",   "Other", "To",           "With",    "By",
    "Under",     "Despite",  "Last",        "Next",  "Earlier",      "Later",   "According"};
constexpr WordSet kTitleSet(kTitles);
constexpr WordSet kBeforeNumberSet(kBeforeNumber);
constexpr WordSet kNeverFinalSet(kNeverFinal);
constexpr WordSet kStarterSet(kStarters);

// Lower-case words a wrapped line often ends with: such a line is no heading.
// Compared case-insensitively ("By\nDamien Gayle" is a byline, not a heading).
constexpr std::string_view kConnectors[] = {
    "the",   "of",    "and",  "to",   "a",    "an",   "in",   "for",   "on",  "by",
    "with",  "from",  "at",   "as",   "or",   "that", "its",  "their", "our", "his",
    "her",   "but",   "said", "says", "is",   "are",  "was",  "were",  "be",  "this",
    "these", "which", "who",  "not",  "than", "into", "over", "under"};

bool InListNoCase(std::string_view w, const std::string_view* list, size_t n) {
  if (w.size() > 8) return false;
  char lower[8];
  for (size_t i = 0; i < w.size(); ++i) lower[i] = (w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 : w[i];
  return InList(std::string_view(lower, w.size()), list, n);
}

// ---- fix-ups ------------------------------------------------------------------------

// The word that ends just before byte `end` (whitespace-delimited, leading
// brackets and quotes dropped).
std::string_view WordBefore(std::string_view t, uint32_t begin, uint32_t end) {
  uint32_t e = end;
  while (e > begin && IsSpaceByte(t[e - 1])) --e;
  uint32_t b = e;
  while (b > begin && !IsSpaceByte(t[b - 1])) --b;
  while (b < e && (t[b] == '(' || t[b] == '[' || t[b] == '"' || t[b] == '\'')) ++b;
  return t.substr(b, e - b);
}

// The first word at or after `pos`, opening quotes/brackets skipped, up to
// whitespace or punctuation.
std::string_view WordAt(std::string_view t, uint32_t pos, uint32_t end) {
  uint32_t b = pos;
  while (b < end) {
    char c = t[b];
    if (c == '(' || c == '[' || c == '"' || c == '\'') {
      ++b;
    } else if (c == '\xE2' && b + 2 < end && t[b + 1] == '\x80' &&
               (t[b + 2] == '\x9C' || t[b + 2] == '\x98')) {  // “ ‘
      b += 3;
    } else {
      break;
    }
  }
  uint32_t e = b;
  while (e < end && !kWordEndBytes.is[static_cast<unsigned char>(t[e])]) ++e;
  return t.substr(b, e - b);
}

bool StartsLower(std::string_view w) {
  if (w.empty()) return false;
  if (IsAsciiLower(w[0])) return true;
  if (static_cast<unsigned char>(w[0]) < 0x80) return false;
  int len;
  return u_islower(CodePointAt(w, 0, &len));
}

// "U.S.", "H.E.", "J.R.R.": one or more capital letters, each with a period.
bool IsInitials(std::string_view w) {
  if (w.empty() || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    if (!IsAsciiUpper(w[i]) || w[i + 1] != '.') return false;
  }
  return true;
}

// True if ICU's break at `pos` (the start of the next sentence) must be
// dropped. [pbegin, pend) is the paragraph.
bool SuppressBreak(std::string_view t, uint32_t pbegin, uint32_t pend, uint32_t pos) {
  // "PV.*)", "U.S.-led": prose separates sentences with a space.
  if (t[pos - 1] == '.') return true;
  // Punctuation that cannot open a sentence ("AT&T Inc. ; next item").
  switch (t[pos]) {
    case ',':
    case ';':
    case ':':
    case ')':
    case ']':
    case '}':
    case '/':
    case '%':
      return true;
    default:
      break;
  }
  std::string_view next = WordAt(t, pos, pend);
  if (next.empty()) return false;
  // Whatever ended the previous sentence, a lower-case continuation joins it
  // ("5 p.m. the delegates", "'Really?' he asked").
  if (StartsLower(next)) return true;
  std::string_view prev = WordBefore(t, pbegin, pos);
  if (prev.empty() || prev.back() != '.') return false;
  if (kTitleSet.Has(prev) || kNeverFinalSet.Has(prev)) return true;
  if (IsDigit(next[0]) && kBeforeNumberSet.Has(prev)) return true;
  if (IsInitials(prev)) {
    // "Hamadoun I. Touré", "the U.S. delegation"; but "in the U.S. The EU".
    return !kStarterSet.Has(next);
  }
  return false;
}

// Whether the line [b, e) reads as wrapped prose, not a heading: three or more
// lower-case words that are no connectors ("looks forward to becoming a
// member of the Human" before "Rights Council ..."), where a heading has
// capitalised words and connectors only ("Statement by the President of
// the General Assembly").
bool ProseLine(std::string_view t, uint32_t b, uint32_t e) {
  int lower = 0;
  uint32_t i = b;
  while (i < e && lower < 3) {
    while (i < e && IsSpaceByte(t[i])) ++i;
    uint32_t j = i;
    while (j < e && !IsSpaceByte(t[j])) ++j;
    std::string_view w = t.substr(i, j - i);
    if (!w.empty() && IsAsciiLower(w[0]) &&
        !InListNoCase(w, kConnectors, sizeof(kConnectors) / sizeof(kConnectors[0])))
      ++lower;
    i = j;
  }
  return lower >= 3;
}

// Forced breaks at line ends inside a paragraph: header lines ("# Title: x"),
// list items, and short heading lines with no final punctuation followed by a
// line that starts a sentence. Hard-wrapped prose is left to ICU.
// `lf` points to the paragraph's first line feed in the text's (FindLineFeeds),
// `lf_end` to the end of them all.
void LineBreaks(std::string_view t, Span para, const uint32_t* lf, const uint32_t* lf_end,
                std::vector<uint32_t>* breaks) {
  // Lines of the paragraph: [begin, end) without the line feed.
  struct Line {
    uint32_t b, e;
  };
  thread_local std::vector<Line> lines;
  lines.clear();
  uint32_t pos = para.begin;
  uint32_t maxlen = 0;
  while (pos < para.end) {
    const bool nl = lf != lf_end && *lf < para.end;
    uint32_t e = nl ? *lf++ : para.end;
    Span s = Trim(t, pos, e);
    lines.push_back({s.begin, s.end});
    maxlen = std::max(maxlen, s.size());
    if (!nl) break;
    pos = e + 1;
  }
  if (lines.size() < 2) return;
  auto is_marker = [&](const Line& l) {
    char c = t[l.b];
    // Not '>': Markdown quotes wrap like prose.
    if (c == '#' || c == '|') return true;
    if ((c == '-' || c == '*' || c == '+') && l.b + 1 < l.e && t[l.b + 1] == ' ') return true;
    if (t.substr(l.b, 3) == "\xE2\x80\xA2") return true;  // •
    uint32_t i = l.b;
    while (i < l.e && IsDigit(t[i])) ++i;
    return i > l.b && i + 1 < l.e && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
  };
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& cur = lines[i];
    const Line& nxt = lines[i + 1];
    if (cur.e <= cur.b || nxt.e <= nxt.b) continue;
    bool force = t[cur.b] == '#' || is_marker(nxt);
    if (!force) {
      char last = t[cur.e - 1];
      bool punct = last == '.' || last == '!' || last == '?' || last == ',' || last == ';' ||
                   last == ':' || last == '-' || last == '(' || last == '"' || last == '\'' ||
                   last == '&' || last == '/' || static_cast<unsigned char>(last) >= 0x80;
      std::string_view nw = WordAt(t, nxt.b, nxt.e);
      bool next_starts = !nw.empty() && (IsAsciiUpper(nw[0]) || IsDigit(nw[0]));
      if (!punct && next_starts && (cur.e - cur.b) * 10 <= maxlen * 7) {
        std::string_view lw = WordBefore(t, cur.b, cur.e);
        // A capitalised last word of a prose line opens a name that the
        // next line goes on with ("a member of the Human\nRights Council").
        const bool name_wraps = !lw.empty() && IsAsciiUpper(lw[0]) && ProseLine(t, cur.b, cur.e);
        force = !InListNoCase(lw, kConnectors, sizeof(kConnectors) / sizeof(kConnectors[0])) &&
                !name_wraps;
      }
    }
    if (force) breaks->push_back(nxt.b);
  }
}

// The "U." at byte i of the paragraph, with room for two more bytes after it.
void CountryAbbrevBreak(std::string_view t, Span para, size_t i, std::vector<uint32_t>* breaks) {
  std::string_view p = t.substr(para.begin, para.size());
  char c = p[i + 2];
  if ((c != 'S' && c != 'K' && c != 'N') || p[i + 3] != '.') return;
  if (i > 0 && !IsSpaceByte(p[i - 1]) && p[i - 1] != '(' && p[i - 1] != '"') return;
  size_t j = i + 4;
  if (j >= p.size() || !IsSpaceByte(p[j])) return;
  while (j < p.size() && IsSpaceByte(p[j])) ++j;
  std::string_view nw = WordAt(t, static_cast<uint32_t>(para.begin + j), para.end);
  if (kStarterSet.Has(nw)) breaks->push_back(static_cast<uint32_t>(para.begin + j));
}

// "in the U.S. The EU agreed": ICU's suppression list keeps "U.S." inside a
// sentence even before a sentence starter; break there.
void CountryAbbrevBreaks(std::string_view t, Span para, std::vector<uint32_t>* breaks) {
  // Each "U." (they cannot overlap) that has two more bytes in the
  // paragraph, in order: 16 positions at a time where the paragraph holds
  // the byte after them, then one at a time.
  const char* p = t.data() + para.begin;
  const size_t n = para.size();
  if (n < 4) return;
  const size_t last = n - 4;  // the last position with room for "U.S."
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i u = _mm_set1_epi8('U'), dot = _mm_set1_epi8('.');
  for (; i + 17 <= n && i <= last; i += 16) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    uint32_t m = static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, u), _mm_cmpeq_epi8(b, dot))));
    for (; m != 0; m &= m - 1) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(m));
      if (at > last) return;
      CountryAbbrevBreak(t, para, at, breaks);
    }
  }
#endif
  for (; i <= last; ++i) {
    if (p[i] == 'U' && p[i + 1] == '.') CountryAbbrevBreak(t, para, i, breaks);
  }
}

// Markup-only lines ("# ---", ">", "|") are not sentences. Any non-ASCII byte
// counts as a word character: decoding is not worth it here.
bool HasWordChar(std::string_view t, Span s) {
  for (uint32_t i = s.begin; i < s.end; ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      return true;
    }
  }
  return false;
}

Status Tokenize(std::string_view text, std::vector<Token>* out) {
  Status status;
  icu::BreakIterator* it = ThreadIcuBreakIterator(IcuBreakKind::kWord, &status);
  if (!it) return status;
  Status st = SetUtf8Text(it, text);
  if (!st.ok()) return st;
  int32_t prev = it->first();
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; prev = b, b = it->next()) {
    if (it->getRuleStatus() < UBRK_WORD_NONE_LIMIT) {
      // Spaces and punctuation: keep punctuation, drop whitespace-only runs.
      uint32_t i = static_cast<uint32_t>(prev);
      int len;
      while (i < static_cast<uint32_t>(b) && IsSpaceAt(text, i, &len)) i += len;
      if (i == static_cast<uint32_t>(b)) continue;
    }
    out->push_back({{static_cast<uint32_t>(prev), static_cast<uint32_t>(b)}});
  }
  return Status::Ok();
}

}  // namespace

Result<Segmentation> Segment(std::string_view text, const SegmentOptions& options) {
  if (text.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::InvalidInput("text too long to segment (over 2 GB)");
  }
  Segmentation seg;
  thread_local std::vector<uint32_t> lfs;
  FindLineFeeds(text, &lfs);
  seg.paragraphs = FindParagraphs(text, lfs);
  if (seg.paragraphs.empty()) return seg;

  // The sentence rules see line ends as spaces (see the top of the file);
  // same byte length.
  thread_local std::string flat;
  flat.assign(text.data(), text.size());
  for (uint32_t at : lfs) {
    flat[at] = ' ';
    if (at > 0 && flat[at - 1] == '\r') flat[at - 1] = ' ';
  }
  thread_local std::vector<uint32_t> rule_breaks;
  rule_breaks.clear();
  Status st = SentenceBreaks(flat, &rule_breaks);
  if (!st.ok()) return st;

  thread_local std::vector<uint32_t> breaks;
  breaks.clear();
  // Two runs in order, merged (no sort of them all): the paragraphs' own
  // breaks, each paragraph's in [begin, end] and the paragraphs in order,
  // then the rule breaks kept.
  const uint32_t* lf = lfs.data();
  const uint32_t* const lf_end = lfs.data() + lfs.size();
  for (const Paragraph& p : seg.paragraphs) {
    breaks.push_back(p.span.begin);
    const size_t inner = breaks.size();
    // The paragraph's first line feed, if any (paragraphs are in order).
    while (lf != lf_end && *lf < p.span.begin) ++lf;
    if (lf != lf_end && *lf < p.span.end) LineBreaks(text, p.span, lf, lf_end, &breaks);
    CountryAbbrevBreaks(text, p.span, &breaks);
    if (breaks.size() - inner > 1) std::sort(breaks.begin() + inner, breaks.end());
    breaks.push_back(p.span.end);
  }
  const size_t own = breaks.size();
  size_t pi = 0;
  const size_t np = seg.paragraphs.size();
  for (uint32_t pos : rule_breaks) {
    while (pi < np && seg.paragraphs[pi].span.end <= pos) ++pi;
    if (pi == np) break;
    const Span& ps = seg.paragraphs[pi].span;
    if (pos <= ps.begin) continue;  // paragraph edges are breaks already
    if (!SuppressBreak(text, ps.begin, ps.end, pos)) breaks.push_back(pos);
  }
  if (!std::is_sorted(breaks.begin() + own, breaks.end())) {
    std::sort(breaks.begin() + own, breaks.end());
  }
  // Merged into a second vector kept from text to text (inplace_merge
  // allocated a buffer on every call), which then takes the breaks' place.
  thread_local std::vector<uint32_t> merged;
  merged.resize(breaks.size());
  std::merge(breaks.begin(), breaks.begin() + own, breaks.begin() + own, breaks.end(),
             merged.begin());
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  breaks.swap(merged);

  // At most one sentence per break: room for them at once.
  seg.sentences.reserve(breaks.size());
  pi = 0;
  for (size_t i = 0; i + 1 < breaks.size(); ++i) {
    uint32_t b = breaks[i];
    while (pi < np && seg.paragraphs[pi].span.end <= b) ++pi;
    if (pi == np) break;
    if (b < seg.paragraphs[pi].span.begin) continue;  // the gap between paragraphs
    Span s = Trim(text, b, std::min(breaks[i + 1], seg.paragraphs[pi].span.end));
    if (s.size() > 0 && HasWordChar(text, s)) {
      seg.sentences.push_back({s, static_cast<uint32_t>(pi)});
    }
  }

  if (options.tokens) {
    st = Tokenize(text, &seg.tokens);
    if (!st.ok()) return st;
  }
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
