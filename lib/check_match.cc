// Finding the text matches of every check rule in a document at a cost that
// does not grow with the number of rules (check_internal.h: LiteralIndex,
// TextMatches). With one RE2 per rule, 10^4 token rules took 10 s on a
// 0.5 MB document and 10^5 took 90 s; bench/check_rules_bench.sh measures it.
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "check_internal.h"
#include "word_reader.h"

namespace caucus::check_internal {
namespace {

// RE2's \w, which its \b tests: an ASCII letter or digit, or '_'. Not the
// word characters of word_reader.h (which has '_' and curly quotes outside
// words and letters such as "é" inside): a token rule matches exactly where
// the RE2 pattern of its TokenPattern would (tests/check_match_test.cc), so
// that its tokens and its patterns agree on word boundaries.
inline bool IsRe2WordByte(unsigned char c) { return internal::IsAlnumByte(c) || c == '_'; }
inline unsigned char AsciiLower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

constexpr uint64_t kSeed = 1469598103934665603ull;
inline uint64_t Mix(uint64_t h, uint32_t c) { return (h ^ c) * 1099511628211ull; }

// U+017F LATIN SMALL LETTER LONG S and U+212A KELVIN SIGN: the only
// characters outside ASCII that RE2's case folding matches to ASCII letters
// ('s' and 'k'). Both are no word characters for \b.
inline size_t FoldsToAscii(std::string_view s, size_t p, uint32_t* ch) {
  if (p + 1 < s.size() && s[p] == '\xC5' && s[p + 1] == '\xBF') {
    *ch = 's';
    return 2;
  }
  if (p + 2 < s.size() && s[p] == '\xE2' && s[p + 1] == '\x84' && s[p + 2] == '\xAA') {
    *ch = 'k';
    return 3;
  }
  return 0;
}

// Walks the word at s[p] as case-insensitive matching sees it (ASCII word
// characters lower-cased, long s and Kelvin sign as 's' and 'k') and calls
// f(hash, length) after each character; stops when f returns false.
template <typename F>
void FoldedWord(std::string_view s, size_t p, F f) {
  uint64_t h = kSeed;
  size_t len = 0;
  while (p < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[p]);
    uint32_t ch = 0;
    if (IsRe2WordByte(c)) {
      ch = AsciiLower(c);
      ++p;
    } else if (size_t n = FoldsToAscii(s, p, &ch)) {
      p += n;
    } else {
      break;
    }
    h = Mix(h, ch);
    if (!f(h, ++len)) return;
  }
}

// Walks the run of ASCII word characters at s[p] as case-sensitive matching
// sees it, calling f(hash, length) after each; returns the run's end.
template <typename F>
size_t ExactWord(std::string_view s, size_t p, F f) {
  uint64_t h = kSeed;
  size_t len = 0;
  bool more = true;
  for (; p < s.size() && IsRe2WordByte(static_cast<unsigned char>(s[p])); ++p) {
    h = Mix(h, static_cast<unsigned char>(s[p]));
    if (more) more = f(h, ++len);
  }
  return p;
}

// The code point at s[p] of valid UTF-8, and its length in *n.
UChar32 DecodeAt(std::string_view s, size_t p, size_t* n) {
  const unsigned char c = static_cast<unsigned char>(s[p]);
  size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (p + len > s.size()) len = 1;
  UChar32 cp = len == 1 ? c : c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[p + k]) & 0x3F);
  *n = len;
  return cp;
}

inline UChar32 Fold(UChar32 cp) { return u_foldCase(cp, U_FOLD_CASE_DEFAULT); }

bool IsSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// RE2's \s.
inline bool IsRe2Space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// A literal phrase, matched as RE2 matches its TokenPattern (tested against
// RE2 on random text in check_test.cc): \b before it if its first byte is a
// word character and after it if its last one is; its words in order, one
// or more of RE2's white space characters between them; with ignore_case,
// characters compared by their simple case folding, as RE2's (?i) does.
struct Literal {
  std::vector<std::string> words;
  std::vector<std::u32string> folded;  // ignore_case: each word's code points, folded
  bool ignore_case = false;
  bool word_start = false;
  bool word_end = false;

  // The end of the match at `at`, or npos.
  size_t MatchAt(std::string_view text, size_t at) const {
    const size_t n = text.size();
    auto boundary = [&](size_t i) {
      const bool before = i > 0 && IsRe2WordByte(static_cast<unsigned char>(text[i - 1]));
      const bool after = i < n && IsRe2WordByte(static_cast<unsigned char>(text[i]));
      return before != after;
    };
    if (word_start && !boundary(at)) return std::string_view::npos;
    size_t i = at;
    for (size_t w = 0; w < words.size(); ++w) {
      if (w > 0) {
        const size_t space = i;
        while (i < n && IsRe2Space(text[i])) ++i;
        if (i == space) return std::string_view::npos;
      }
      if (!ignore_case) {
        if (text.compare(i, words[w].size(), words[w]) != 0) return std::string_view::npos;
        i += words[w].size();
        continue;
      }
      for (char32_t want : folded[w]) {
        if (i >= n) return std::string_view::npos;
        size_t len = 1;
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const UChar32 got = c < 0x80 ? AsciiLower(c) : Fold(DecodeAt(text, i, &len));
        if (static_cast<char32_t>(got) != want) return std::string_view::npos;
        i += len;
      }
    }
    if (word_end && !boundary(i)) return std::string_view::npos;
    return i;
  }
};

// Literals by the hash of their first word, with the lengths of those words:
// a literal's first word is a prefix of the text's word where it matches
// (not all of it: "_\f" has no \b after "_"), so the text's prefixes of
// those lengths are looked up.
struct WordTable {
  static constexpr size_t kMaxLength = 64;
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_hash;
  std::vector<bool> lengths = std::vector<bool>(kMaxLength + 1);
  bool long_words = false;  // a first word longer than kMaxLength

  void Add(uint64_t hash, size_t length, uint32_t id) {
    by_hash[hash].push_back(id);
    if (length <= kMaxLength) {
      lengths[length] = true;
    } else {
      long_words = true;
    }
  }
  // For the walks: looks up a prefix of `length`; false when no longer
  // prefix can be a key.
  template <typename Add>
  bool Probe(uint64_t hash, size_t length, Add add) const {
    if (length <= kMaxLength ? lengths[length] : long_words) {
      auto it = by_hash.find(hash);
      if (it != by_hash.end()) add(it->second);
    }
    return length < kMaxLength || long_words;
  }
  bool empty() const { return by_hash.empty(); }
};

}  // namespace

std::string TokenPattern(std::string_view token) {
  std::string p;
  if (!token.empty() && IsRe2WordByte(token.front())) p += "\\b";
  size_t i = 0;
  bool first = true;
  while (i < token.size()) {
    while (i < token.size() && IsSpace(token[i])) ++i;
    size_t j = i;
    while (j < token.size() && !IsSpace(token[j])) ++j;
    if (j > i) {
      if (!first) p += "\\s+";
      p += RE2::QuoteMeta(re2::StringPiece(token.data() + i, j - i));
      first = false;
    }
    i = j;
  }
  if (!token.empty() && IsRe2WordByte(token.back())) p += "\\b";
  return p;
}

struct LiteralIndex::Impl {
  std::vector<Literal> literals;
  std::unordered_map<std::string, int> by_pattern;  // TokenPattern, with (?i:) for ignore_case
  // Literals that start with an ASCII word character (after \b), by the hash
  // of their first word: exactly, or folded (FoldedWord) for ignore_case.
  WordTable exact_words, folded_words;
  // The others, by their first character (folded for ignore_case).
  std::unordered_map<UChar32, std::vector<uint32_t>> exact_chars, folded_chars;
  bool ascii_exact[128] = {}, ascii_folded[128] = {};
  bool nonascii_exact = false;

  void Candidates(std::string_view text, std::vector<std::pair<uint32_t, uint32_t>>* out) const;
};

LiteralIndex::LiteralIndex() : impl_(new Impl) {}
LiteralIndex::~LiteralIndex() = default;
LiteralIndex::LiteralIndex(LiteralIndex&&) noexcept = default;
LiteralIndex& LiteralIndex::operator=(LiteralIndex&&) noexcept = default;

size_t LiteralIndex::size() const { return impl_->literals.size(); }

size_t LiteralIndex::MatchAt(size_t i, std::string_view text, size_t at) const {
  return impl_->literals[i].MatchAt(text, at);
}

int LiteralIndex::Add(std::string_view phrase, bool ignore_case) {
  Impl& im = *impl_;
  size_t first = 0;
  while (first < phrase.size() && IsSpace(phrase[first])) ++first;
  if (first == phrase.size()) return -1;
  std::string pattern = TokenPattern(phrase);
  if (ignore_case) pattern = "(?i:" + pattern + ")";
  auto [it, fresh] = im.by_pattern.emplace(pattern, static_cast<int>(im.literals.size()));
  if (!fresh) return it->second;
  const uint32_t id = static_cast<uint32_t>(im.literals.size());
  Literal& lit = im.literals.emplace_back();
  lit.ignore_case = ignore_case;
  lit.word_start = IsRe2WordByte(phrase.front());
  lit.word_end = IsRe2WordByte(phrase.back());
  for (size_t i = first; i < phrase.size();) {
    size_t j = i;
    while (j < phrase.size() && !IsSpace(phrase[j])) ++j;
    lit.words.emplace_back(phrase.substr(i, j - i));
    if (ignore_case) {
      std::u32string& f = lit.folded.emplace_back();
      for (size_t k = i, len = 1; k < j; k += len) f.push_back(Fold(DecodeAt(phrase, k, &len)));
    }
    i = j;
    while (i < phrase.size() && IsSpace(phrase[i])) ++i;
  }
  if (lit.word_start) {
    // TokenPattern puts \b first: the match starts a word.
    uint64_t key = 0;
    size_t length = 0;
    auto last = [&](uint64_t h, size_t len) {
      key = h;
      length = len;
      return true;
    };
    if (ignore_case) {
      FoldedWord(phrase, 0, last);
      im.folded_words.Add(key, length, id);
    } else {
      ExactWord(phrase, 0, last);
      im.exact_words.Add(key, length, id);
    }
    return static_cast<int>(id);
  }
  size_t n = 0;
  const UChar32 cp = DecodeAt(phrase, first, &n);
  const UChar32 key = ignore_case ? Fold(cp) : cp;
  (ignore_case ? im.folded_chars : im.exact_chars)[key].push_back(id);
  if (key < 128) {
    (ignore_case ? im.ascii_folded : im.ascii_exact)[key] = true;
  } else if (!ignore_case) {
    im.nonascii_exact = true;
  }
  return static_cast<int>(id);
}

// Positions where a literal may match: (literal, position), a superset of
// the matches. A literal starting with a word character can only match
// where \b holds before a character its first letter folds with: a word
// start, or a long s or Kelvin sign right after a word character (no word
// characters for \b). Its first word, folded, is then a prefix of the text's
// word there, so every prefix is looked up.
void LiteralIndex::Impl::Candidates(std::string_view text,
                                    std::vector<std::pair<uint32_t, uint32_t>>* out) const {
  const size_t n = text.size();
  auto add = [&](const auto& map, auto key, size_t at) {
    auto it = map.find(key);
    if (it == map.end()) return;
    for (uint32_t id : it->second) out->emplace_back(id, static_cast<uint32_t>(at));
  };
  auto prefixes = [&](const WordTable& table, size_t p) {
    return [&table, out, p](uint64_t h, size_t len) {
      return table.Probe(h, len, [&](const std::vector<uint32_t>& ids) {
        for (uint32_t id : ids) out->emplace_back(id, static_cast<uint32_t>(p));
      });
    };
  };
  auto folded_prefixes = [&](size_t p) { FoldedWord(text, p, prefixes(folded_words, p)); };
  if (!exact_words.empty() || !folded_words.empty()) {
    for (size_t p = 0; p < n;) {
      const unsigned char c = static_cast<unsigned char>(text[p]);
      const bool after_word = p > 0 && IsRe2WordByte(static_cast<unsigned char>(text[p - 1]));
      if (IsRe2WordByte(c) && !after_word) {
        const size_t end =
            exact_words.empty() ? p + 1 : ExactWord(text, p, prefixes(exact_words, p));
        if (!folded_words.empty()) folded_prefixes(p);
        p = std::max(end, p + 1);
        continue;
      }
      uint32_t ch = 0;
      if (after_word && !folded_words.empty() && FoldsToAscii(text, p, &ch)) folded_prefixes(p);
      ++p;
    }
  }
  if (!exact_chars.empty() || !folded_chars.empty()) {
    for (size_t p = 0, len = 1; p < n; p += len) {
      const UChar32 cp = DecodeAt(text, p, &len);
      if (cp < 128) {
        if (ascii_exact[cp]) add(exact_chars, cp, p);
        const UChar32 lower = AsciiLower(static_cast<unsigned char>(cp));
        if (ascii_folded[lower]) add(folded_chars, lower, p);
        continue;
      }
      if (nonascii_exact) add(exact_chars, cp, p);
      if (!folded_chars.empty()) add(folded_chars, Fold(cp), p);
    }
  }
}

void LiteralIndex::FindAll(std::string_view text,
                           std::vector<std::pair<uint32_t, Span>>* out) const {
  out->clear();
  std::vector<std::pair<uint32_t, uint32_t>> candidates;
  impl_->Candidates(text, &candidates);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (const auto& [id, at] : candidates) {
    const size_t end = impl_->literals[id].MatchAt(text, at);
    if (end != std::string_view::npos) out->push_back({id, Span{at, static_cast<uint32_t>(end)}});
  }
}

TextMatches::TextMatches(const RuleSet& set, std::string_view text) : set_(set), text_(text) {
  std::vector<std::pair<uint32_t, Span>> found;
  set.literals.FindAll(text, &found);
  for (const auto& [id, span] : found) {
    for (const auto& [rule, alt] : set.literal_users[id]) hits_.push_back({rule, alt, span});
  }
  std::sort(hits_.begin(), hits_.end(), [](const LiteralHit& a, const LiteralHit& b) {
    if (a.rule != b.rule) return a.rule < b.rule;
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.alt < b.alt;
  });
  if (set.patterns) {
    std::vector<int> which;
    RE2::Set::ErrorInfo error;
    // On an error (the DFA out of memory) every pattern may match.
    if (set.patterns->Match(text, &which, &error) || error.kind == RE2::Set::kNoError) {
      pattern_found_.assign(set.pattern_count, false);
      for (int i : which) pattern_found_[static_cast<size_t>(i)] = true;
    }
  }
}

void TextMatches::ForRule(size_t r, std::vector<std::pair<Span, size_t>>* out) const {
  const std::vector<Alternative>& alts = set_.rules[r].matcher.alts;
  if (alts.empty()) return;
  auto lo = std::lower_bound(hits_.begin(), hits_.end(), r,
                             [](const LiteralHit& h, size_t rule) { return h.rule < rule; });
  auto hi = lo;
  while (hi != hits_.end() && hi->rule == r) ++hi;
  // The next match of each pattern alternative at or after pos: searched
  // for when pos passes the one known.
  struct Next {
    size_t alt;
    Span span;
    bool none;
  };
  std::vector<Next> patterns;
  for (size_t k = 0; k < alts.size(); ++k) {
    const Alternative& a = alts[k];
    if (!a.re) continue;
    if (!pattern_found_.empty() && !pattern_found_[static_cast<size_t>(a.set_index)]) continue;
    patterns.push_back({k, Span{0, 0}, false});
  }
  bool searched = false;
  size_t pos = 0;
  while (pos <= text_.size()) {
    while (lo != hi && lo->span.begin < pos) ++lo;
    size_t best_alt = SIZE_MAX;
    Span best{0, 0};
    if (lo != hi) {
      best_alt = lo->alt;
      best = lo->span;
    }
    for (Next& p : patterns) {
      if (p.none) continue;
      if (!searched || p.span.begin < pos) {
        re2::StringPiece m;
        if (!alts[p.alt].re->Match(text_, pos, text_.size(), RE2::UNANCHORED, &m, 1)) {
          p.none = true;
          continue;
        }
        const uint32_t b = static_cast<uint32_t>(m.data() - text_.data());
        p.span = Span{b, b + static_cast<uint32_t>(m.size())};
      }
      if (best_alt == SIZE_MAX || p.span.begin < best.begin ||
          (p.span.begin == best.begin && p.alt < best_alt)) {
        best_alt = p.alt;
        best = p.span;
      }
    }
    searched = true;
    if (best_alt == SIZE_MAX) break;
    if (best.end == best.begin) {
      pos = best.begin + 1;  // an empty match is no finding
      continue;
    }
    out->push_back({best, best_alt});
    pos = best.end;
  }
}

}  // namespace caucus::check_internal
