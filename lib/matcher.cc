#include "matcher.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace caucus::internal {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

inline uint64_t Mix(uint64_t h, uint8_t b) { return (h ^ b) * kFnvPrime; }
inline uint64_t Finish(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

enum : uint8_t { kSpace = 0, kWord = 1, kPunct = 2, kHigh = 3 };

struct ClassTable {
  uint8_t cls[256];
  ClassTable() {
    for (int c = 0; c < 256; ++c) {
      if (c >= 0x80) {
        cls[c] = kHigh;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        cls[c] = kWord;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
                 c == 0) {
        cls[c] = kSpace;
      } else {
        cls[c] = kPunct;
      }
    }
  }
};
const ClassTable kClass;

// How a non-ASCII code point behaves in matching.
enum class CpKind { kSpace, kIgnore, kWord, kOwnToken, kPunct };

CpKind Classify(UChar32 cp, char* ascii_punct) {
  *ascii_punct = 0;
  switch (cp) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x2028:
    case 0x2029:
      return CpKind::kSpace;
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return CpKind::kIgnore;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x02BC:
    case 0x2032:
    case 0x00B4:
      *ascii_punct = '\'';
      return CpKind::kPunct;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      *ascii_punct = '"';
      return CpKind::kPunct;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
      *ascii_punct = '-';
      return CpKind::kPunct;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CpKind::kSpace;
  // Han, kana, Hangul syllables: one token per character, since these
  // scripts do not separate words with spaces.
  if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0x20000 && cp <= 0x2FFFF)) {
    return CpKind::kOwnToken;
  }
  if (u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK)) return CpKind::kWord;
  if (u_isUWhiteSpace(cp)) return CpKind::kSpace;
  return CpKind::kPunct;
}

void AppendUtf8(UChar32 cp, uint64_t* h) {
  uint8_t buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(buf, n, 4, cp, err);
  (void)err;
  for (int32_t k = 0; k < n; ++k) *h = Mix(*h, buf[k]);
}

}  // namespace

void Tokenize(std::string_view text, std::vector<MatchToken>* out) {
  out->clear();
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  MatchToken cur;
  bool in_word = false;
  uint64_t fh = kFnvOffset, eh = kFnvOffset;
  auto close_word = [&](int32_t end) {
    if (!in_word) return;
    cur.end = static_cast<uint32_t>(end);
    cur.fold = Finish(fh);
    cur.exact = Finish(eh);
    cur.word = true;
    out->push_back(cur);
    in_word = false;
  };
  auto open_word = [&](int32_t begin, bool upper, bool lower) {
    in_word = true;
    cur = MatchToken();
    cur.begin = static_cast<uint32_t>(begin);
    cur.upper = upper;
    cur.lower = lower;
    fh = eh = kFnvOffset;
  };
  auto punct = [&](int32_t begin, int32_t end, uint64_t hash) {
    MatchToken t;
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.fold = t.exact = Finish(hash);
    out->push_back(t);
  };
  while (i < n) {
    uint8_t c = s[i];
    uint8_t k = kClass.cls[c];
    if (k == kWord) {
      if (!in_word) open_word(i, c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z');
      uint8_t f = (c >= 'A' && c <= 'Z') ? c + 32 : c;
      fh = Mix(fh, f);
      eh = Mix(eh, c);
      ++i;
      continue;
    }
    if (k == kSpace) {
      close_word(i);
      ++i;
      continue;
    }
    if (k == kPunct) {
      close_word(i);
      punct(i, i + 1, Mix(kFnvOffset, c));
      ++i;
      continue;
    }
    // Non-ASCII.
    int32_t start = i;
    UChar32 cp;
    U8_NEXT(s, i, n, cp);
    if (cp < 0) {  // invalid byte: treat as punctuation of its own
      close_word(start);
      punct(start, i, Mix(kFnvOffset, c));
      continue;
    }
    char ascii = 0;
    switch (Classify(cp, &ascii)) {
      case CpKind::kSpace:
        close_word(start);
        break;
      case CpKind::kIgnore:
        break;
      case CpKind::kWord: {
        if (!in_word) open_word(start, u_isupper(cp) || u_istitle(cp), u_islower(cp));
        AppendUtf8(u_foldCase(cp, U_FOLD_CASE_DEFAULT), &fh);
        AppendUtf8(cp, &eh);
        break;
      }
      case CpKind::kOwnToken: {
        close_word(start);
        uint64_t h = kFnvOffset;
        AppendUtf8(cp, &h);
        MatchToken t;
        t.begin = static_cast<uint32_t>(start);
        t.end = static_cast<uint32_t>(i);
        t.fold = t.exact = Finish(h);
        t.word = true;
        out->push_back(t);
        break;
      }
      case CpKind::kPunct: {
        close_word(start);
        uint64_t h = kFnvOffset;
        if (ascii) {
          h = Mix(h, static_cast<uint8_t>(ascii));
        } else {
          AppendUtf8(cp, &h);
        }
        punct(start, i, h);
        break;
      }
    }
  }
  close_word(n);

  // Rejoin words hyphenated across a line break: "multi-\nstakeholder".
  static const uint64_t kHyphen = Finish(Mix(kFnvOffset, '-'));
  size_t w = 0;
  for (size_t r = 0; r < out->size(); ++r) {
    MatchToken& a = (*out)[r];
    if (r + 2 < out->size() && a.word && (*out)[r + 1].fold == kHyphen &&
        (*out)[r + 1].begin == a.end && (*out)[r + 2].word && (*out)[r + 2].lower) {
      std::string_view gap =
          text.substr((*out)[r + 1].end, (*out)[r + 2].begin - (*out)[r + 1].end);
      if (gap.find('\n') != std::string_view::npos &&
          gap.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        std::string joined(text.substr(a.begin, a.end - a.begin));
        const MatchToken& b = (*out)[r + 2];
        joined += text.substr(b.begin, b.end - b.begin);
        std::vector<MatchToken> one;
        Tokenize(joined, &one);
        if (one.size() == 1) {
          MatchToken m = a;
          m.end = b.end;
          m.fold = one[0].fold;
          m.exact = one[0].exact;
          (*out)[w++] = m;
          r += 2;
          continue;
        }
      }
    }
    (*out)[w++] = a;
  }
  out->resize(w);
}

std::string Slug(std::string_view s) {
  std::string out;
  bool dash = false;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      out.push_back(static_cast<char>(c));
      dash = false;
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + 32));
      dash = false;
    } else if (!dash && !out.empty()) {
      out.push_back('-');
      dash = true;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string FoldToken(std::string_view token) {
  std::string out;
  const uint8_t* s = reinterpret_cast<const uint8_t*>(token.data());
  int32_t n = static_cast<int32_t>(token.size()), i = 0;
  while (i < n) {
    UChar32 cp;
    U8_NEXT(s, i, n, cp);
    if (cp < 0) continue;
    cp = u_foldCase(cp, U_FOLD_CASE_DEFAULT);
    uint8_t buf[4];
    int32_t len = 0;
    UBool err = false;
    U8_APPEND(buf, len, 4, cp, err);
    (void)err;
    out.append(reinterpret_cast<char*>(buf), len);
  }
  return out;
}

uint32_t* FlatMap::Insert(uint64_t key, uint32_t value, bool* inserted) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  size_t mask = slots_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.key == key) {
      *inserted = false;
      return &s.value;
    }
    if (s.key == 0) {
      s.key = key;
      s.value = value;
      ++size_;
      *inserted = true;
      return &s.value;
    }
  }
}

void FlatMap::Grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.size() * 2, Slot());
  size_ = 0;
  bool ins;
  for (const Slot& s : old) {
    if (s.key) Insert(s.key, s.value, &ins);
  }
}

PhraseTrie::PhraseTrie(bool exact) : exact_(exact), first_bits_(kMask + 1, 0), payloads_(1) {}

bool PhraseTrie::Add(const std::vector<MatchToken>& phrase, uint32_t payload) {
  if (phrase.empty()) return false;
  uint64_t h = Hash(phrase[0]);
  first_bits_[(h >> 6) & kMask] |= 1ULL << (h & 63);
  uint32_t node = 0;
  for (const MatchToken& t : phrase) {
    bool inserted = false;
    uint32_t* next =
        edges_.Insert(Key(node, Hash(t)), static_cast<uint32_t>(payloads_.size()), &inserted);
    if (inserted) payloads_.emplace_back();
    node = *next;
  }
  payloads_[node].push_back(payload);
  return true;
}

}  // namespace caucus::internal
