// Sentence boundaries without ICU's rule engine (see sentence_break.h).
//
// Two layers, as in ICU:
//  1. UAX #29 sentence rules (SB1-SB11, ICU's sent.txt). A boundary can only
//     follow a paragraph separator (CR, LF, Sep; CR LF kept together) or a
//     terminator sequence: STerm/ATerm, Close*, Sp*, then an optional
//     separator. So the scan jumps from terminator to separator; everything
//     else is "no break" (SB998). At the end of a terminator sequence without
//     a separator the break is dropped by SB6 (ATerm before a digit), SB7
//     (letter, ATerm, upper-case letter), SB8 (ATerm ... lower-case letter,
//     with only digits, punctuation and spaces between) and SB8a (before
//     SContinue or another terminator). Extend and Format characters belong
//     to the character before them (SB5) except after a separator or at the
//     start of the text.
//  2. CLDR's English exceptions ("Mr.", "U.S.", "Ph.D."), applied to each
//     candidate break the way ICU's SimpleFilteredSentenceBreakIterator does:
//     step back over one U+0020, take the longest listed entry (or entry
//     prefix up to its first period) ending there, and suppress the break if
//     it is a whole entry, or if it is a prefix and the text from it on reads
//     through the prefix table to a final match. The list is read from ICU's
//     data at start-up, so it is the one ICU itself uses.
//
// Sentence_Break values come from u_getIntPropertyValue, remembered in a table
// for the BMP, asked each time for supplementary code points.
#include "sentence_break.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__GNUC__)
#define CAUCUS_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define CAUCUS_ALWAYS_INLINE inline
#endif

namespace caucus {

// ---- the ICU path ---------------------------------------------------------------

Status SetUtf8Text(icu::BreakIterator* it, std::string_view s) {
  UErrorCode st = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, s.data(), static_cast<int64_t>(s.size()), &st);
  if (U_SUCCESS(st)) it->setText(&ut, st);  // keeps its own shallow clone of ut
  utext_close(&ut);
  if (U_FAILURE(st)) return Status::Internal(std::string("ICU setText: ") + u_errorName(st));
  return Status::Ok();
}

// One prototype per kind and process, one clone per kind and thread:
// BreakIterator objects are not thread-safe; cloning a const prototype is.
icu::BreakIterator* ThreadIcuBreakIterator(IcuBreakKind kind, Status* status) {
  struct Prototype {
    std::unique_ptr<icu::BreakIterator> it;
    std::string error;
  };
  static const Prototype* prototypes = [] {
    auto* out = new Prototype[2];
    for (int k = 0; k < 2; ++k) {
      UErrorCode st = U_ZERO_ERROR;
      // "ss=standard": ICU suppresses breaks after CLDR's English abbreviations.
      out[k].it.reset(
          k == 0 ? icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), st)
                 : icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), st));
      if (U_FAILURE(st)) {
        out[k].error = std::string(k == 0 ? "ICU sentence" : "ICU word") +
                       " break iterator: " + u_errorName(st);
        out[k].it.reset();
      }
    }
    return out;
  }();
  const int k = kind == IcuBreakKind::kSentence ? 0 : 1;
  thread_local std::unique_ptr<icu::BreakIterator> clones[2];
  if (!clones[k]) {
    const Prototype& p = prototypes[k];
    if (!p.it) {
      *status = Status::Internal(p.error);
      return nullptr;
    }
    clones[k].reset(p.it->clone());
    if (!clones[k]) {
      *status = Status::Internal("ICU: cannot clone a break iterator");
      return nullptr;
    }
  }
  return clones[k].get();
}

namespace {

// Converts UTF-8 to UTF-16; false if the text holds invalid UTF-8.
bool ToUtf16(std::string_view s, icu::UnicodeString* out) {
  UErrorCode st = U_ZERO_ERROR;
  int32_t subs = 0;
  int32_t cap = static_cast<int32_t>(s.size()) + 1;
  UChar* buf = out->getBuffer(cap);
  if (!buf) return false;
  int32_t len = 0;
  u_strFromUTF8WithSub(buf, cap, &len, s.data(), static_cast<int32_t>(s.size()), 0xFFFD, &subs,
                       &st);
  out->releaseBuffer(U_SUCCESS(st) ? len : 0);
  return U_SUCCESS(st) && subs == 0;
}

// ---- UTF-8 ------------------------------------------------------------------------

// True if `s` is well-formed UTF-8 (no overlong forms, surrogates or code
// points past U+10FFFF), the text u_strFromUTF8 converts without substitution.
bool ValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    while (n - i >= 16 &&
           !_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)))) {
      i += 16;
    }
#endif
    if (n - i >= 8) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      if (!(v & 0x8080808080808080ULL)) {
        i += 8;
        continue;
      }
    }
    if (i >= n) break;
    uint8_t b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    auto cont = [&](size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF) {
      if (!cont(1)) return false;
      i += 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      if (!cont(1) || !cont(2)) return false;
      uint8_t b1 = p[i + 1];
      if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F)) return false;
      i += 3;
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (!cont(1) || !cont(2) || !cont(3)) return false;
      uint8_t b1 = p[i + 1];
      if ((b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F)) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

// ---- Sentence_Break classes ---------------------------------------------------------

// ICU's USentenceBreak values, by shorter names.
enum Sb : uint8_t {
  kOther = U_SB_OTHER,
  kATerm = U_SB_ATERM,
  kClose = U_SB_CLOSE,
  kFormat = U_SB_FORMAT,
  kLower = U_SB_LOWER,
  kNumeric = U_SB_NUMERIC,
  kOLetter = U_SB_OLETTER,
  kSep = U_SB_SEP,
  kSp = U_SB_SP,
  kSTerm = U_SB_STERM,
  kUpper = U_SB_UPPER,
  kCR = U_SB_CR,
  kExtend = U_SB_EXTEND,
  kLF = U_SB_LF,
  kSContinue = U_SB_SCONTINUE,
};

constexpr uint32_t Bit(int c) { return 1u << c; }
constexpr uint32_t kParaSepBits = Bit(kSep) | Bit(kCR) | Bit(kLF);
constexpr uint32_t kTermBits = Bit(kATerm) | Bit(kSTerm);
constexpr uint32_t kExtFmtBits = Bit(kExtend) | Bit(kFormat);
// What SB8 skips over: anything but letters, separators and terminators.
constexpr uint32_t kSb8StopBits =
    Bit(kOLetter) | Bit(kUpper) | Bit(kLower) | kParaSepBits | kTermBits;

constexpr uint8_t kUnknown = 0xFF;

struct Tables {
  // Sentence_Break of each BMP code point, filled in as code points are met
  // (kUnknown until then): a few thousand distinct ones occur in practice,
  // and asking ICU for all 65536 up front costs more than segmenting a small
  // input. Threads may fill the same entry at once, with the same value.
  mutable std::atomic<uint8_t> bmp[0x10000];
  uint8_t ascii[128];
  // ASCII bytes the main scan must look at: terminators and separators.
  bool ascii_stop[128];
  // True if those are exactly . ! ? CR LF, the bytes the SSE2 scan tests.
  bool simd_ok = false;
};

const Tables& GetTables() {
  static const Tables* t = [] {
    auto* out = new Tables;
    for (auto& v : out->bmp) v.store(kUnknown, std::memory_order_relaxed);
    bool simd_ok = true;
    for (int c = 0; c < 128; ++c) {
      out->ascii[c] = static_cast<uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
      out->bmp[c].store(out->ascii[c], std::memory_order_relaxed);
      out->ascii_stop[c] = (Bit(out->ascii[c]) & (kParaSepBits | kTermBits)) != 0;
      bool simd_stop = c == '.' || c == '!' || c == '?' || c == '\r' || c == '\n';
      if (simd_stop != out->ascii_stop[c]) simd_ok = false;
    }
    out->simd_ok = simd_ok;
    return out;
  }();
  return *t;
}

// ---- English exceptions -----------------------------------------------------------

constexpr int kMatch = 2;    // a whole entry: suppress
constexpr int kPartial = 1;  // the part of an entry up to its first period

// A byte trie: strings added backwards (the last byte first) or forwards.
class ByteTrie {
 public:
  ByteTrie() : nodes_(1) {}

  void Add(std::string_view s, bool backwards, int value) {
    int node = 0;
    for (size_t k = 0; k < s.size(); ++k) {
      uint8_t b = static_cast<uint8_t>(backwards ? s[s.size() - 1 - k] : s[k]);
      int next = Child(node, b);
      if (next < 0) {
        next = static_cast<int>(nodes_.size());
        nodes_[node].kids.push_back({b, next});
        nodes_.emplace_back();
      }
      node = next;
    }
    nodes_[node].value = value;
  }

  // Gives nodes with many children (the first levels: the final period, the
  // letter before it) a 256-entry table instead of a list to search.
  void Finish() {
    for (Node& node : nodes_) {
      if (node.kids.size() <= 4) continue;
      node.dense = static_cast<int>(dense_.size());
      dense_.emplace_back();
      dense_.back().fill(-1);
      for (const auto& [b, kid] : node.kids) dense_.back()[b] = kid;
    }
  }

  // The node reached from `node` by byte b, or -1.
  int Child(int node, uint8_t b) const {
    const Node& n = nodes_[node];
    if (n.dense >= 0) return dense_[n.dense][b];
    for (const auto& [kb, kid] : n.kids) {
      if (kb == b) return kid;
    }
    return -1;
  }
  int Value(int node) const { return nodes_[node].value; }
  bool HasKids(int node) const { return !nodes_[node].kids.empty(); }

 private:
  struct Node {
    int value = 0;
    int dense = -1;  // index in dense_, or -1
    std::vector<std::pair<uint8_t, int>> kids;
  };
  std::vector<Node> nodes_;
  std::vector<std::array<int, 256>> dense_;
};

struct Exceptions {
  // Entries and prefixes, matched backwards from a break.
  ByteTrie backward;
  // Entries that share a first-period prefix with another entry.
  ByteTrie forward;
  std::string error;
};

// Builds the tables from the list the way ICU's
// SimpleFilteredBreakIteratorBuilder does, in the same (sorted) order, so the
// same entries end up in the same table.
void BuildExceptions(std::vector<icu::UnicodeString> list, Exceptions* out) {
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
  const size_t n = list.size();
  std::vector<int> state(n, 0);  // 0: not partial; else handled as partial
  auto utf8 = [](const icu::UnicodeString& u) {
    std::string s;
    u.toUTF8String(s);
    return s;
  };
  for (size_t i = 0; i < n; ++i) {
    int32_t dot = list[i].indexOf(static_cast<UChar>(u'.'));
    if (dot < 0 || dot + 1 == list[i].length()) continue;
    bool other_in_backward = false;
    for (size_t j = 0; j < n; ++j) {
      if (j == i) continue;
      if (list[i].compare(0, dot + 1, list[j], 0, dot + 1) == 0) {
        if (state[j] == 0) {
          state[j] = 1;
        } else {
          other_in_backward = true;
        }
      }
    }
    if (!other_in_backward && state[i] == 0) {
      out->backward.Add(utf8(icu::UnicodeString(list[i], 0, dot + 1)), true, kPartial);
      state[i] = 1;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (state[i] == 0) {
      out->backward.Add(utf8(list[i]), true, kMatch);
    } else {
      out->forward.Add(utf8(list[i]), false, kMatch);
    }
  }
  out->backward.Finish();
  out->forward.Finish();
}

const Exceptions& GetExceptions() {
  static const Exceptions* e = [] {
    auto* out = new Exceptions;
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle* bundle = ures_open(U_ICUDATA_NAME "-brkitr", "en", &st);
    UResourceBundle* exc = ures_getByKey(bundle, "exceptions", nullptr, &st);
    UResourceBundle* sb = ures_getByKey(exc, "SentenceBreak", nullptr, &st);
    std::vector<icu::UnicodeString> list;
    if (U_SUCCESS(st)) {
      for (int32_t i = 0, n = ures_getSize(sb); i < n && U_SUCCESS(st); ++i) {
        int32_t len = 0;
        const UChar* s = ures_getStringByIndex(sb, i, &len, &st);
        if (U_SUCCESS(st)) list.emplace_back(s, len);
      }
    }
    ures_close(sb);
    ures_close(exc);
    ures_close(bundle);
    if (U_FAILURE(st) || list.empty()) {
      out->error = std::string("ICU English sentence exceptions: ") + u_errorName(st);
      return out;
    }
    BuildExceptions(std::move(list), out);
    return out;
  }();
  return *e;
}

// ---- the engine ---------------------------------------------------------------------

class Engine {
 public:
  Engine(std::string_view text, const Tables& t, const Exceptions& e)
      : p_(reinterpret_cast<const uint8_t*>(text.data())), n_(text.size()), t_(t), e_(e) {}

  void Run(std::vector<uint32_t>* out) {
    out_ = out;
    size_t i = 0;
    while (i < n_) {
      i = SkipPlain(i);
      if (i >= n_) break;
      uint8_t b = p_[i];
      if (b < 0x80) {
        if (!t_.ascii_stop[b]) {
          ++i;
          continue;
        }
      }
      int len;
      int c = ClassAt(i, &len);
      if (Bit(c) & kParaSepBits) {
        i = AfterSep(i, c, len);
        Emit(i);  // SB4
      } else if (Bit(c) & kTermBits) {
        i = Terminator(i, c, len);
      } else {
        i += len;
      }
    }
    if (n_ > 0 && (out->empty() || out->back() != n_)) out->push_back(static_cast<uint32_t>(n_));
  }

 private:
  // The first byte at or after i that is non-ASCII or an ASCII terminator
  // or separator (or a little before it without SSE2).
  size_t SkipPlain(size_t i) const {
#if defined(__SSE2__)
    if (!t_.simd_ok) return i;
    const __m128i dot = _mm_set1_epi8('.');
    const __m128i bang = _mm_set1_epi8('!');
    const __m128i question = _mm_set1_epi8('?');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    while (i + 16 <= n_) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_ + i));
      __m128i hit =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                       _mm_or_si128(_mm_cmpeq_epi8(v, question),
                                    _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf))));
      unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(hit, v)));
      if (mask) return i + static_cast<size_t>(__builtin_ctz(mask));
      i += 16;
    }
#endif
    return i;
  }

  // Sentence_Break of the code point at byte i, and its length.
  CAUCUS_ALWAYS_INLINE int ClassAt(size_t i, int* len) const {
    uint8_t b = p_[i];
    if (b < 0x80) {
      *len = 1;
      return t_.ascii[b];
    }
    if (b < 0xE0) {
      *len = 2;
      return Bmp(((b & 0x1F) << 6) | (p_[i + 1] & 0x3F));
    }
    if (b < 0xF0) {
      *len = 3;
      return Bmp(((b & 0x0F) << 12) | ((p_[i + 1] & 0x3F) << 6) | (p_[i + 2] & 0x3F));
    }
    *len = 4;
    UChar32 cp = ((b & 0x07) << 18) | ((p_[i + 1] & 0x3F) << 12) | ((p_[i + 2] & 0x3F) << 6) |
                 (p_[i + 3] & 0x3F);
    return u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK);
  }

  int Bmp(UChar32 cp) const {
    uint8_t v = t_.bmp[cp].load(std::memory_order_relaxed);
    if (v == kUnknown) {
      v = static_cast<uint8_t>(u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK));
      t_.bmp[cp].store(v, std::memory_order_relaxed);
    }
    return v;
  }

  // Start of the code point that ends at byte i (> 0).
  size_t StartBefore(size_t i) const {
    --i;
    while (i > 0 && (p_[i] & 0xC0) == 0x80) --i;
    return i;
  }

  // i moved past any Extend and Format characters (SB5).
  size_t SkipExtFmt(size_t i) const {
    while (i < n_) {
      int len;
      if (!(Bit(ClassAt(i, &len)) & kExtFmtBits)) break;
      i += len;
    }
    return i;
  }

  // End of the separator of class c at i (CR LF is one).
  size_t AfterSep(size_t i, int c, int len) const {
    i += len;
    if (c == kCR && i < n_ && p_[i] == '\n') ++i;
    return i;
  }

  // SB7's left side: is the character before the ATerm at i (Extend and
  // Format skipped) an upper- or lower-case letter?
  bool LetterBefore(size_t i) const {
    while (i > 0) {
      i = StartBefore(i);
      int len;
      int c = ClassAt(i, &len);
      if (Bit(c) & kExtFmtBits) continue;
      return c == kUpper || c == kLower;
    }
    return false;
  }

  // SB8's right side from i: (not letter/separator/terminator)* Lower.
  bool Sb8Lower(size_t i) const {
    while (i < n_) {
      int len;
      int c = ClassAt(i, &len);
      if (Bit(c) & kSb8StopBits) return c == kLower;
      i += len;
    }
    return false;
  }

  // Handles the terminator of class term at i; returns where to scan on.
  size_t Terminator(size_t i, int term, int term_len) {
    size_t j = SkipExtFmt(i + term_len);
    const size_t after_term = j;
    int len = 0;
    int c = kOther;
    while (j < n_ && (c = ClassAt(j, &len)) == kClose) j = SkipExtFmt(j + len);  // SB9
    while (j < n_ && (c = ClassAt(j, &len)) == kSp) j = SkipExtFmt(j + len);     // SB10
    if (j >= n_) return n_;  // SB2: Run adds the end
    if (Bit(c) & kParaSepBits) {
      j = AfterSep(j, c, len);
      Emit(j);  // SB11 with the separator
      return j;
    }
    bool keep = false;
    if (term == kATerm) {
      if (j == after_term) {
        keep = c == kNumeric || (c == kUpper && LetterBefore(i));  // SB6, SB7
      }
      if (!keep) keep = Sb8Lower(j);  // SB8
    }
    if (!keep) keep = c == kSContinue || c == kSTerm || c == kATerm;  // SB8a
    if (!keep) Emit(j);                                               // SB11
    return j;
  }

  void Emit(size_t pos) {
    if (pos < n_ && Suppressed(pos)) return;
    out_->push_back(static_cast<uint32_t>(pos));
  }

  // ICU's filtered iterator: is the rule break at pos an exception?
  bool Suppressed(size_t pos) const {
    size_t end = pos;
    if (end > 0 && p_[end - 1] == ' ') --end;
    // The longest entry or prefix that ends at `end`. The trie holds whole
    // UTF-8 strings, so a value is only ever found on a code point boundary.
    int node = 0;
    int best = 0;
    size_t best_begin = 0;
    for (size_t k = end; k > 0;) {
      --k;
      node = e_.backward.Child(node, p_[k]);
      if (node < 0) break;
      if (e_.backward.Value(node)) {
        best = e_.backward.Value(node);
        best_begin = k;
      }
    }
    if (best == kMatch) return true;
    return best == kPartial && ForwardMatch(best_begin);
  }

  // ICU's forward walk over the prefix table from `from`: reads on while what
  // was read is a proper prefix of some entry or an entry that others extend;
  // a match if it stops on an entry (at the end of the text, or because no
  // entry goes further).
  bool ForwardMatch(size_t from) const {
    int node = 0;
    for (size_t k = from; k < n_; ++k) {
      node = e_.forward.Child(node, p_[k]);
      if (node < 0) return false;
      if (e_.forward.Value(node) && !e_.forward.HasKids(node)) return true;
    }
    return e_.forward.Value(node) != 0;
  }

  const uint8_t* p_;
  size_t n_;
  const Tables& t_;
  const Exceptions& e_;
  std::vector<uint32_t>* out_ = nullptr;
};

}  // namespace

bool FastSentenceBreaks(std::string_view text, std::vector<uint32_t>* out) {
  if (!ValidUtf8(text)) return false;
  const Exceptions& e = GetExceptions();
  if (!e.error.empty()) return false;
  Engine(text, GetTables(), e).Run(out);
  return true;
}

Status IcuSentenceBreaks(std::string_view text, std::vector<uint32_t>* out) {
  Status status;
  icu::BreakIterator* it = ThreadIcuBreakIterator(IcuBreakKind::kSentence, &status);
  if (!it) return status;
  // ICU's break rules run about 1.5x faster on UTF-16 than through a UTF-8
  // UText, so valid text is converted and boundaries mapped back to bytes.
  thread_local icu::UnicodeString u16;
  const bool utf16 = ToUtf16(text, &u16);
  if (utf16) {
    it->setText(u16);
  } else {
    Status st = SetUtf8Text(it, text);
    if (!st.ok()) return st;
  }
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t u16_pos = 0;  // UTF-16 index of byte u8_pos
  int32_t u8_pos = 0;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    if (utf16) {
      while (u16_pos < b && u8_pos < n) {
        UChar32 c;
        U8_NEXT(p, u8_pos, n, c);
        u16_pos += c > 0xFFFF ? 2 : 1;
      }
      b = u8_pos;
    }
    out->push_back(static_cast<uint32_t>(b));
  }
  return Status::Ok();
}

Status SentenceBreaks(std::string_view text, std::vector<uint32_t>* out) {
  if (FastSentenceBreaks(text, out)) return Status::Ok();
  return IcuSentenceBreaks(text, out);
}

}  // namespace caucus
