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
// Sentence_Break values come from u_getIntPropertyValue: a table for the BMP
// built once, and a direct call for supplementary code points.
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
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>

namespace caucus {
namespace {

// ---- the ICU path ---------------------------------------------------------------

struct IcuPrototype {
  std::unique_ptr<icu::BreakIterator> it;
  std::string error;
};

const IcuPrototype& GetIcuPrototype() {
  static const IcuPrototype* p = [] {
    auto* out = new IcuPrototype;
    UErrorCode st = U_ZERO_ERROR;
    // "ss=standard": ICU suppresses breaks after CLDR's English abbreviations.
    out->it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), st));
    if (U_FAILURE(st)) {
      out->error = std::string("ICU sentence break iterator: ") + u_errorName(st);
      out->it.reset();
    }
    return out;
  }();
  return *p;
}

// BreakIterator objects are not thread-safe; cloning a const prototype is.
icu::BreakIterator* ThreadIcuIterator(Status* status) {
  thread_local std::unique_ptr<icu::BreakIterator> it;
  if (!it) {
    const IcuPrototype& p = GetIcuPrototype();
    if (!p.it) {
      *status = Status::Internal(p.error);
      return nullptr;
    }
    it.reset(p.it->clone());
    if (!it) {
      *status = Status::Internal("ICU: cannot clone a break iterator");
      return nullptr;
    }
  }
  return it.get();
}

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
    if (n - i >= 8) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      if (!(v & 0x8080808080808080ULL)) {
        i += 8;
        continue;
      }
    }
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

struct Tables {
  uint8_t bmp[0x10000];  // Sentence_Break of each BMP code point
  // ASCII bytes the main scan must look at: terminators and separators.
  bool ascii_stop[128];
};

const Tables& GetTables() {
  static const Tables* t = [] {
    auto* out = new Tables;
    for (UChar32 c = 0; c < 0x10000; ++c) {
      out->bmp[c] = static_cast<uint8_t>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    }
    for (int c = 0; c < 128; ++c) {
      out->ascii_stop[c] = (Bit(out->bmp[c]) & (kParaSepBits | kTermBits)) != 0;
    }
    return out;
  }();
  return *t;
}

// ---- English exceptions -----------------------------------------------------------

constexpr int kMatch = 2;    // a whole entry: suppress
constexpr int kPartial = 1;  // the part of an entry up to its first period

struct Exceptions {
  // Entries and prefixes looked up backwards from a break, by their text.
  std::deque<std::string> storage;  // the strings the maps point into
  std::unordered_map<std::string_view, int> backward;
  std::vector<size_t> backward_lengths;  // distinct lengths, longest first
  bool last_byte[256] = {};              // bytes some backward string ends with
  // Entries that share a first-period prefix with another entry.
  std::vector<std::string> forward;
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
      out->storage.push_back(utf8(icu::UnicodeString(list[i], 0, dot + 1)));
      out->backward[out->storage.back()] = kPartial;
      state[i] = 1;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (state[i] == 0) {
      out->storage.push_back(utf8(list[i]));
      out->backward[out->storage.back()] = kMatch;
    } else {
      out->forward.push_back(utf8(list[i]));
    }
  }
  for (const auto& [s, v] : out->backward) {
    if (s.empty()) continue;
    out->last_byte[static_cast<uint8_t>(s.back())] = true;
    out->backward_lengths.push_back(s.size());
  }
  std::sort(out->backward_lengths.rbegin(), out->backward_lengths.rend());
  out->backward_lengths.erase(
      std::unique(out->backward_lengths.begin(), out->backward_lengths.end()),
      out->backward_lengths.end());
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
      : p_(reinterpret_cast<const uint8_t*>(text.data())),
        n_(text.size()),
        text_(text),
        t_(t),
        e_(e) {}

  void Run(std::vector<uint32_t>* out) {
    out_ = out;
    size_t i = 0;
    while (i < n_) {
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
  // Sentence_Break of the code point at byte i, and its length.
  int ClassAt(size_t i, int* len) const {
    uint8_t b = p_[i];
    if (b < 0x80) {
      *len = 1;
      return t_.bmp[b];
    }
    if (b < 0xE0) {
      *len = 2;
      return t_.bmp[((b & 0x1F) << 6) | (p_[i + 1] & 0x3F)];
    }
    if (b < 0xF0) {
      *len = 3;
      return t_.bmp[((b & 0x0F) << 12) | ((p_[i + 1] & 0x3F) << 6) | (p_[i + 2] & 0x3F)];
    }
    *len = 4;
    UChar32 cp = ((b & 0x07) << 18) | ((p_[i + 1] & 0x3F) << 12) | ((p_[i + 2] & 0x3F) << 6) |
                 (p_[i + 3] & 0x3F);
    return u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK);
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
    if (end == 0 || !e_.last_byte[p_[end - 1]]) return false;
    for (size_t len : e_.backward_lengths) {
      if (len > end) continue;
      auto it = e_.backward.find(text_.substr(end - len, len));
      if (it == e_.backward.end()) continue;
      if (it->second == kMatch) return true;
      return ForwardMatch(end - len);
    }
    return false;
  }

  // ICU's forward walk over the prefix table from `from`: reads code points
  // while what was read is a proper prefix of some entry or an entry that
  // others extend; a match if it stops on an entry.
  bool ForwardMatch(size_t from) const {
    size_t cur = from;
    bool entry = false;
    while (cur < n_) {
      int len;
      ClassAt(cur, &len);
      cur += len;
      std::string_view read = text_.substr(from, cur - from);
      bool longer = false;
      entry = false;
      for (const std::string& f : e_.forward) {
        if (f.size() < read.size() || f.compare(0, read.size(), read) != 0) continue;
        if (f.size() == read.size()) {
          entry = true;
        } else {
          longer = true;
        }
      }
      if (!entry && !longer) return false;
      if (!longer) return true;
    }
    return entry;
  }

  const uint8_t* p_;
  size_t n_;
  std::string_view text_;
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
  icu::BreakIterator* it = ThreadIcuIterator(&status);
  if (!it) return status;
  // ICU's break rules run about 1.5x faster on UTF-16 than through a UTF-8
  // UText, so valid text is converted and boundaries mapped back to bytes.
  thread_local icu::UnicodeString u16;
  const bool utf16 = ToUtf16(text, &u16);
  if (utf16) {
    it->setText(u16);
  } else {
    UErrorCode st = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &st);
    if (U_SUCCESS(st)) it->setText(&ut, st);  // keeps its own shallow clone of ut
    utext_close(&ut);
    if (U_FAILURE(st)) return Status::Internal(std::string("ICU setText: ") + u_errorName(st));
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
