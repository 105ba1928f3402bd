#include "caucus/entities.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <iterator>
#include <optional>
#include <set>
#include <unordered_set>

#include "caucus/acronyms.h"
#include "caucus/front_matter.h"
#include "caucus/json.h"
#include "json_cursor.h"
#include "matcher.h"

namespace caucus {

using internal::MatchToken;
using internal::PhraseTrie;

namespace {

// What a match is, for the rules that look at other matches' kinds.
enum KindCode : uint8_t {
  kOtherKind,
  kBodyKind,
  kGovernmentKind,
  kEventKind,
  kInstrumentKind,
  kPersonKindCode
};

// What a trie payload points to. Kept small and flat (24 bytes) since a
// walk reads it for every candidate.
struct AliasRef {
  uint32_t entry = 0;
  uint32_t alias = 0;
  // A hash of the hashes of the alias's tokens (exact if case-sensitive,
  // else folded), held here so that checking a match reads no other array.
  uint64_t tokens_hash = 0;
  uint16_t ntokens = 0;
  bool case_sensitive = false;
  bool weak = false;
  bool has_rules = false;  // not_next / not_prev context rules
  bool reported = false;   // a wanted kind, not a blocker
  bool has_requires = false;
  KindCode kind_code = kOtherKind;  // of the entry
};

// Folds a token hash into a hash of a sequence of tokens. Two different
// token sequences get the same hash with a chance of about 2^-64.
inline uint64_t CombineHash(uint64_t h, uint64_t token) {
  h = (h ^ token) * 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 32);
}

const char* const kRoles[] = {
    "Secretary-General",
    "Deputy Secretary-General",
    "Assistant Secretary-General",
    "Under-Secretary-General",
    "Director-General",
    "Deputy Director-General",
    "Director",
    "Executive Director",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Vice-Chair",
    "Vice Chair",
    "President",
    "Vice-President",
    "Vice President",
    "CEO",
    "Chief Executive",
    "Chief Executive Officer",
    "Head",
    "Minister",
    "Deputy Minister",
    "Ambassador",
    "Permanent Representative",
    "Commissioner",
    "Secretary",
    "Assistant Secretary",
    "Spokesperson",
    "Spokesman",
    "Special Rapporteur",
    "Special Envoy",
    "Envoy",
    "Executive Secretary",
    "General Counsel",
    "Coordinator",
    "Representative",
    "Delegate",
    "Administrator",
};

const char* const kTitles[] = {"dr",        "mr",  "mrs",  "ms",         "prof",
                               "professor", "sir", "dame", "ambassador", "minister",
                               "president", "h",   "e",    "senator"};

bool OrgLikeLongForm(std::string_view lf) {
  static const char* const kOrgWords[] = {
      "union",       "organization",   "organisation", "commission",  "council",     "committee",
      "group",       "forum",          "agency",       "association", "institute",   "authority",
      "bureau",      "registry",       "registries",   "centre",      "center",      "society",
      "foundation",  "board",          "panel",        "network",     "corporation", "alliance",
      "coalition",   "partnership",    "office",       "department",  "ministry",    "programme",
      "program",     "secretariat",    "task force",   "consortium",  "federation",  "league",
      "assembly",    "conference",     "parliament",   "court",       "bank",        "fund",
      "institution", "administration", "university",   "company",     "initiative",  "community",
      "unit",        "team",           "body",         "working"};
  std::string low = internal::FoldToken(lf);
  for (const char* w : kOrgWords) {
    size_t p = low.find(w);
    if (p != std::string::npos && (p == 0 || low[p - 1] == ' ' || low[p - 1] == '-')) return true;
  }
  return false;
}

// Whether a country's name takes spelling variants as a body's name does
// ("Antigua and Barbudda", "South Sandwichs Islands"): English names of three
// words or more (the caller checks the length) in ASCII, without "of" and
// not a table form ("Korea, Dem. Rep.", "Turks & Caicos Isds"). The "X of Y"
// names, the table forms and the other languages' names are thousands, and
// every capitalised "X of Y" in a text would be compared with them (10% more
// instructions in `caucus entities`).
bool CountryNameTakesVariants(const DictEntry& e, const Alias& a) {
  if (e.kind != "government" || a.form == "local" || a.text.find(" of ") != std::string::npos)
    return false;
  for (char c : a.text)
    if (static_cast<unsigned char>(c) >= 0x80 || c == '.' || c == ',' || c == '&' || c == '(')
      return false;
  return true;
}

KindCode KindCodeOf(const std::string& kind) {
  if (kind == "body") return kBodyKind;
  if (kind == "government") return kGovernmentKind;
  if (kind == "event") return kEventKind;
  if (kind == "instrument") return kInstrumentKind;
  if (kind == "person") return kPersonKindCode;
  return kOtherKind;
}

// The slack after the written tails and after a written layer, for copies
// of kPad bytes at a time.
constexpr size_t kPad = 16;

const std::string kPersonKind = "person";
const std::string kInstrumentKindName = "instrument";
const std::string kGroupKind = "group";
const std::string kBodyKindName = "body";
const std::string kBackReferenceForm = "back-reference";
const std::string kVariantForm = "variant";
const std::string kNestedForm = "nested";
const std::string kPeopleForm = "people";
const std::string kRuleForm = "rule";
const std::string kAliasForm = "alias";
const std::string kDefinedForm = "defined";
const std::string kNoString;

// One entity while finding: its span and views of its fields, which point
// into the dictionary or into strings the call keeps (document-local names,
// people), so that finding copies no string. `tail` is the index of the
// alias whose fields are already written as JSON, or kNoTail; a dictionary
// match (with a tail) has no `form` here, which its alias gives.
struct Hit {
  static constexpr uint32_t kNoTail = UINT32_MAX;
  Span span;
  const std::string* kind = &kNoString;
  const std::string* id = &kNoString;
  const std::string* name = &kNoString;
  const std::string* form = &kNoString;
  const std::string* role = &kNoString;
  const std::string* org = &kNoString;
  const std::string* sector = &kNoString;
  const std::string* country = &kNoString;
  double score = 1;
  uint32_t tail = kNoTail;
  KindCode kind_code = kOtherKind;
};

// The score of a match by its alias: a weak form or a spelling variant is
// less sure than a name.
constexpr double kWeakScore = 0.6;
constexpr double kVariantScore = 0.7;
// A spelling variant with two words misspelt.
constexpr double kTwoWordVariantScore = 0.6;
constexpr double kBackReferenceScore = 0.8;
// Bytes within which the last fitting name is a reference's antecedent
// whatever the document names more often.
constexpr uint32_t kNearAntecedent = 150;
// A name whose dates do not fit the document's (a state named before it
// existed; an alias that several dated entries share, with no date to choose).
constexpr double kUndatedScore = 0.5;

double ScoreOf(const Alias& a) { return a.variant ? kVariantScore : a.weak ? kWeakScore : 1.0; }

// Appends the members of an entity that follow "text", as EntitiesJson
// writes them.
void AppendEntityTail(const DictEntry& e, const Alias& a, std::string* out) {
  std::vector<char> buf(internal::EntityMembersBound(e.kind.size() + e.id.size() + e.name.size() +
                                                     a.form.size() + e.role.size() + e.org.size() +
                                                     e.sector.size() + e.country.size()));
  internal::JsonCursor c(buf.data());
  internal::AppendEntityMembers(e.kind, e.id, e.name, a.form, e.role, e.org, e.sector, e.country,
                                ScoreOf(a), &c);
  out->append(buf.data(), c.end() - buf.data());
}

// Aliases with a context condition ("Commission" is the European Commission
// only where the EU is named): drops the matches whose required ids are not
// found in the document by another match. `cond` lists the conditional
// matches (index in `out`, required ids); token spans and coverage follow.
void DropUnmetContext(const std::vector<std::pair<size_t, const std::vector<std::string>*>>& cond,
                      std::vector<Hit>* out, std::vector<std::pair<size_t, size_t>>* tok_spans,
                      std::vector<char>* covered) {
  if (cond.empty()) return;
  // The ids required (a few), and which of them a match that is not
  // conditional has: a look at each match for those few, not a set of the
  // ids of all matches.
  std::vector<std::string_view> required;
  for (const auto& c : cond) required.insert(required.end(), c.second->begin(), c.second->end());
  std::sort(required.begin(), required.end());
  required.erase(std::unique(required.begin(), required.end()), required.end());
  std::vector<char> conditional(out->size(), 0);
  for (const auto& c : cond) conditional[c.first] = 1;
  std::vector<char> found(required.size(), 0);
  for (size_t i = 0; i < out->size(); ++i) {
    if (conditional[i]) continue;
    const std::string& id = *(*out)[i].id;
    for (size_t r = 0; r < required.size(); ++r) found[r] |= id == required[r];
  }
  std::vector<char> drop(out->size(), 0);
  for (const auto& c : cond) {
    bool met = false;
    for (const std::string& id : *c.second) {
      met |= found[std::lower_bound(required.begin(), required.end(), id) - required.begin()];
    }
    if (met) continue;
    drop[c.first] = 1;
    for (size_t k = (*tok_spans)[c.first].first; k < (*tok_spans)[c.first].second; ++k)
      (*covered)[k] = 0;
  }
  size_t w = 0;
  for (size_t i = 0; i < out->size(); ++i) {
    if (drop[i]) continue;
    if (w != i) {
      (*out)[w] = (*out)[i];
      (*tok_spans)[w] = (*tok_spans)[i];
    }
    ++w;
  }
  out->resize(w);
  tok_spans->resize(w);
}

// A date "YYYY[-MM[-DD]]" as a day count (months of 31 days: only order and
// rough distance matter); a partial date is its first day, or with `last`
// its last. -1 if it does not start with a year.
int64_t DayNumber(std::string_view d, bool last) {
  auto num = [&d](size_t at, size_t n) -> int {
    if (d.size() < at + n) return -1;
    int v = 0;
    for (size_t k = at; k < at + n; ++k) {
      if (d[k] < '0' || d[k] > '9') return -1;
      v = v * 10 + (d[k] - '0');
    }
    return v;
  };
  const int y = num(0, 4);
  if (y < 0) return -1;
  int m = d.size() >= 7 && d[4] == '-' ? num(5, 2) : -1;
  int day = m > 0 && d.size() >= 10 && d[7] == '-' ? num(8, 2) : -1;
  if (m < 1) {
    m = last ? 12 : 1;
    day = -1;
  }
  if (day < 1) day = last ? 31 : 1;
  return (static_cast<int64_t>(y) * 12 + (m - 1)) * 31 + (day - 1);
}

// How far (in days) a document's date is from an entry's dates: 0 inside.
int64_t DateDistance(const DictEntry& e, std::string_view date) {
  const int64_t b = DayNumber(date, false), x = DayNumber(date, true);
  if (b < 0) return 0;
  const int64_t from = e.valid_from.empty() ? INT64_MIN : DayNumber(e.valid_from, false);
  const int64_t to = e.valid_to.empty() ? INT64_MAX : DayNumber(e.valid_to, true);
  if (from != INT64_MIN && from > x) return from - x;
  if (to != INT64_MAX && to < b) return b - to;
  return 0;
}

// The token at or after byte `at`.
size_t TokenAt(const std::vector<MatchToken>& t, uint32_t at) {
  return static_cast<size_t>(
      std::lower_bound(t.begin(), t.end(), at,
                       [](const MatchToken& x, uint32_t b) { return x.begin < b; }) -
      t.begin());
}

// Levenshtein distance with adjacent transpositions, up to `cap` (returns
// cap + 1 when further): "Telecomunication" is 1 from "Telecommunication".
size_t EditDistance(std::string_view a, std::string_view b, size_t cap) {
  if (a.size() > b.size() + cap || b.size() > a.size() + cap) return cap + 1;
  std::vector<size_t> p2(b.size() + 1), p1(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) p1[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    size_t row_min = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t v = std::min({p1[j] + 1, cur[j - 1] + 1, p1[j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        v = std::min(v, p2[j - 2] + 1);
      cur[j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > cap) return cap + 1;
    p2.swap(p1);
    p1.swap(cur);
  }
  return std::min(p1[b.size()], cap + 1);
}

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Whether the tokenizer starts afresh at byte p: a single space between two
// bytes that are no ASCII white space. Tokens never cross it, and no word
// hyphenated across a line break is rejoined over it (that takes a line
// break), so the tokens of the text on either side are those of the whole.
inline bool SafeCut(std::string_view text, size_t p) {
  return p >= 2 && p < text.size() && text[p - 1] == ' ' && !IsAsciiSpace(text[p - 2]) &&
         !IsAsciiSpace(text[p]);
}

// An allocator whose resize() leaves new elements uninitialised, for index
// arrays that are sized for the worst case, filled, then cut: zeroing them
// first cost a memset of 4 bytes a token, twice a document.
template <class T>
struct NoInitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = NoInitAllocator<U>;
  };
  NoInitAllocator() = default;
  template <class U>
  NoInitAllocator(const NoInitAllocator<U>&) noexcept {}  // NOLINT: converting
  template <class U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
using IndexVector = std::vector<uint32_t, NoInitAllocator<uint32_t>>;

// The indices of the capitalised words of t, in *upper, and of the tokens
// that pass starts.MaybeFirst (where a phrase may start), in *firsts: one
// pass over the tokens for both.
void UpperWordsAndFirsts(const std::vector<MatchToken>& t, const internal::StartFilter& starts,
                         IndexVector* upper, IndexVector* firsts) {
  upper->resize(t.size());
  firsts->resize(t.size());
  size_t n = 0, f = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    (*upper)[n] = static_cast<uint32_t>(k);
    n += t[k].word & t[k].upper;
    (*firsts)[f] = static_cast<uint32_t>(k);
    f += starts.MaybeFirst(t[k].fold);
  }
  upper->resize(n);
  firsts->resize(f);
}

// The tokens of a text a window at a time (EntityOptions::window_bytes), so
// that a long text is not held as tokens all at once (32 bytes a token, one
// token per 5 bytes of prose: a 200 MB document took 2 GB). Windows own
// consecutive byte ranges cut at SafeCut positions; each also holds at least
// `margin` tokens before and after what it owns, so that trie walks and
// context rules near its ends see what they see in the whole text. A text of
// one window is tokenized once, as a whole.
class TokenWindows {
 public:
  struct Window {
    const std::vector<MatchToken>* tokens;
    // The indices in *tokens of its capitalised words: where the rules for
    // names written with capitals look.
    const IndexVector* upper;
    // The indices in *tokens of the tokens that may start a phrase (by the
    // first-token filter of `starts`).
    const IndexVector* firsts;
    size_t base;       // the text's token index of (*tokens)[0]
    size_t own_begin;  // the owned tokens: (*tokens)[own_begin, own_end)
    size_t own_end;
  };

  TokenWindows(std::string_view text, size_t window_bytes, size_t margin,
               const internal::StartFilter& starts, std::vector<MatchToken>* storage,
               IndexVector* upper_storage, IndexVector* firsts_storage)
      : text_(text),
        margin_(margin),
        starts_filter_(starts),
        tokens_(storage),
        upper_(upper_storage),
        firsts_(firsts_storage) {
    cuts_.push_back(0);
    for (size_t at = window_bytes; at < text.size(); at += window_bytes) {
      while (at < text.size() && !SafeCut(text, at)) ++at;
      if (at >= text.size()) break;
      cuts_.push_back(at);
    }
    cuts_.push_back(text.size());
    starts_.push_back(0);
  }

  size_t size() const { return cuts_.size() - 1; }
  // Raises the margin for the windows tokenized from now on.
  void EnsureMargin(size_t margin) {
    if (margin <= margin_) return;
    margin_ = margin;
    if (size() > 1) current_ = previous_ = SIZE_MAX;
  }
  // Window w. The windows must first be visited in order: that is when the
  // token indices of the text are counted. The tokens of the window got
  // before are kept too, so that passes that go back and forth between two
  // windows (a text of two windows: every pass over it) tokenize each once.
  // The Window of an earlier call is invalid after the next.
  Window Get(size_t w) {
    if (w == current_) return window_;
    if (size() > 1) {
      std::swap(*tokens_, previous_tokens_);
      std::swap(*upper_, previous_upper_);
      std::swap(*firsts_, previous_firsts_);
      std::swap(window_, previous_window_);
      std::swap(current_, previous_);
      window_.tokens = tokens_;
      window_.upper = upper_;
      window_.firsts = firsts_;
      if (w == current_) return window_;
    }
    const size_t n = text_.size(), own_b = cuts_[w], own_e = cuts_[w + 1];
    for (size_t margin_bytes = 4096;; margin_bytes *= 4) {
      size_t b = own_b, e = own_e;
      if (size() > 1) {
        b = own_b > margin_bytes ? own_b - margin_bytes : 0;
        while (b > 0 && !SafeCut(text_, b)) --b;
        e = std::min(n, own_e + margin_bytes);
        while (e < n && !SafeCut(text_, e)) ++e;
      }
      internal::Tokenize(text_.substr(b, e - b), tokens_);
      if (b > 0) {
        for (MatchToken& t : *tokens_) {
          t.begin += static_cast<uint32_t>(b);
          t.end += static_cast<uint32_t>(b);
        }
      }
      auto first_at = [&](size_t byte) {
        return static_cast<size_t>(
            std::lower_bound(tokens_->begin(), tokens_->end(), byte,
                             [](const MatchToken& t, size_t at) { return t.begin < at; }) -
            tokens_->begin());
      };
      const size_t lb = first_at(own_b), le = first_at(own_e);
      if ((b > 0 && lb < margin_) || (e < n && tokens_->size() - le < margin_)) continue;
      if (w + 1 == starts_.size()) starts_.push_back(starts_[w] + (le - lb));
      UpperWordsAndFirsts(*tokens_, starts_filter_, upper_, firsts_);
      window_ = {tokens_, upper_, firsts_, starts_[w] - lb, lb, le};
      current_ = w;
      return window_;
    }
  }
  // The window that owns token k of the text (after all were visited).
  size_t Owner(size_t k) const {
    return static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), k) -
                               starts_.begin()) -
           1;
  }
  size_t total() const { return starts_.back(); }
  // The first byte window w owns.
  size_t Cut(size_t w) const { return cuts_[w]; }

 private:
  std::string_view text_;
  size_t margin_;
  const internal::StartFilter& starts_filter_;
  std::vector<MatchToken>* tokens_;
  IndexVector* upper_;
  IndexVector* firsts_;
  std::vector<size_t> cuts_;    // window w owns bytes [cuts_[w], cuts_[w + 1])
  std::vector<size_t> starts_;  // the text's index of each window's first own token
  size_t current_ = SIZE_MAX;
  Window window_{};
  // The window got before current_ (SIZE_MAX: none) and its tokens.
  size_t previous_ = SIZE_MAX;
  Window previous_window_{};
  std::vector<MatchToken> previous_tokens_;
  IndexVector previous_upper_;
  IndexVector previous_firsts_;
};

}  // namespace

struct Recognizer::Impl {
  Dictionary dict;
  PhraseTrie trie;                        // case-insensitive aliases
  PhraseTrie exact_trie{/*exact=*/true};  // case-sensitive aliases (acronyms)
  std::vector<AliasRef> refs;
  // By ref: whether a match of the alias may hold another body's name that
  // AddNested takes (some shorter run of its tokens is such a name, case
  // aside); most names hold none, and are not searched.
  std::vector<char> may_nest;
  // Where any alias may start (folded hashes of both tries' phrases: an
  // exact match is also a folded one), checked before walking the tries.
  internal::StartFilter starts;
  PhraseTrie roles;
  std::vector<std::string> role_names;
  std::unordered_set<uint64_t> title_hashes;
  std::set<std::string> kinds;    // empty: all
  std::set<std::string> sectors;  // of bodies; empty: all
  bool person_rules = true;
  size_t window_bytes = 8 << 20;  // EntityOptions::window_bytes
  // Tokens each window holds beyond what it owns: enough for the longest
  // alias, the token after it and the people rules around it.
  size_t margin_tokens = 32;
  uint64_t the_hash = 0, of_hash = 0, at_hash = 0, comma_hash = 0, dot_hash = 0, hyphen_hash = 0;
  // Words that may stand before a name nested at the end of a longer one
  // ("Secretary-General of the United Nations", "Committee for the ...").
  std::vector<uint64_t> nest_links;
  uint64_t this_hash = 0, that_hash = 0, open_hash = 0, close_hash = 0, a_hash = 0, an_hash = 0;

  bool KindWanted(const std::string& k) const { return kinds.empty() || kinds.count(k) > 0; }
  bool Wanted(const std::string& kind, const std::string& sector) const {
    if (!KindWanted(kind)) return false;
    return kind != "body" || sectors.empty() || sectors.count(sector) > 0;
  }

  // The word lists of dictionaries/rules.json, as folded token hashes.
  std::unordered_set<uint64_t> people_nouns, people_before, people_after, not_state_compounds;
  std::unordered_set<uint64_t> number_words;  // "million", "thousands"
  // Head nouns of back-references ("summit", "wg") by folded token: the
  // head's index in head_fits, which holds the token sequences that may
  // stand for it in an antecedent's name.
  std::unordered_map<uint64_t, uint32_t> back_references;
  std::vector<std::vector<std::vector<uint64_t>>> head_fits;
  // The sequences of head_fits by their first token, each with its head.
  std::unordered_map<uint64_t, std::vector<std::pair<uint32_t, const std::vector<uint64_t>*>>>
      fits_by_first;
  // A set of heads is head_words words of 64 bits (bit j of word j / 64).
  size_t head_words = 0;
  // The heads a match of each alias of a body, event or instrument fits:
  // head_words words from ref * head_words (none for other aliases).
  std::vector<uint64_t> ref_heads;
  // For each AliasRef: the head index (in head_fits) plus one when the alias
  // is a bare head word guarded by "requires" (the EU's "Council"), else 0.
  // Such a match is no antecedent: it yields to a fitting name.
  std::vector<uint32_t> ref_bare_head;
  // The folded tokens of those bare head words (a handful), so that a
  // capitalised word without a determiner is turned away cheaply.
  std::vector<uint64_t> bare_head_folds;
  // Sets in `heads` (head_words words) the heads that a name written as the
  // tokens `seq`, whose entity's name is the tokens `names`, fits.
  void HeadsFitting(const std::vector<uint64_t>& seq, const std::vector<uint64_t>& names,
                    uint64_t* heads) const;
  // A government entry's people, for demonyms that name them ("people-CUB",
  // "people of Cuba"); empty for other entries.
  std::vector<std::string> people_id, people_name;
  // Each body, event and instrument entry's canonical name as folded tokens.
  std::vector<std::vector<uint64_t>> name_folds;
  // Multi-word body names for spelling variants: the folded tokens of each,
  // and an index by (token count, first or second token).
  struct VariantName {
    uint32_t ref = 0;                // the alias's AliasRef
    uint32_t fold_at = 0;            // its n token hashes, while building: folds[fold_at, + n)
    uint32_t n = 0;                  // tokens
    uint32_t upper = 0;              // bit k: token k is written with a capital in the name
    std::vector<std::string> words;  // folded token text, for edit distance
  };
  std::vector<VariantName> variant_names;
  // By VariantKey: where the list of the names with that key starts in
  // variant_lists: a count, then for each name its index in variant_names
  // with its token count (index | n << 32), its capitals (upper) and its n
  // token hashes. A look-up reads the list front to back, rather than each
  // name and its tokens elsewhere (two cache misses a name). A FlatMap may,
  // rarely, find a key never inserted, so a name found is checked for the
  // length and token looked for.
  internal::FlatMap variant_index;
  std::vector<uint64_t> variant_lists;
  // By VariantLengthKey(pos, token): bit n set if some name of n tokens has
  // the token at pos (0 or 1), so that the index is only read for lengths
  // some name could have at a position (most capitalised words start none).
  // A FlatMap may, rarely, find a key never inserted: that costs a look in
  // the index, which finds nothing.
  internal::FlatMap variant_lengths_at;
  static uint64_t VariantLengthKey(size_t pos, uint64_t token) {
    const uint64_t k = token ^ (pos ? 0x5851F42D4C957F2DULL : 0);
    return k ? k : 1;  // 0 marks an empty slot
  }
  // The keys of variant_lengths_at, in a filter small enough for L1 cache:
  // most capitalised words start no name, and are turned away without a
  // probe of the map (a cache miss).
  internal::BitFilter variant_length_keys;
  uint32_t VariantLengthsAt(size_t pos, uint64_t token) const {
    const uint64_t key = VariantLengthKey(pos, token);
    if (!variant_length_keys.MaybeHas(key)) return 0;
    const uint32_t* m = variant_lengths_at.Find(key);
    return m ? *m : 0;
  }
  // Mixed into all 64 bits: a FlatMap tells keys apart by their high bits.
  static uint64_t VariantKey(size_t n, size_t pos, uint64_t token) {
    uint64_t k = token ^ ((static_cast<uint64_t>(n) * 2 + pos) * 0x9E3779B97F4A7C15ULL);
    k ^= k >> 29;
    k *= 0xBF58476D1CE4E5B9ULL;
    k ^= k >> 32;
    return k ? k : 1;  // 0 marks an empty slot
  }

  // True if token p starts a sentence, as far as the tokens show: the first
  // token, or one after a mark that ends a sentence or opens a quotation, or
  // after a line break.
  static bool SentenceInitial(std::string_view text, const std::vector<MatchToken>& t, size_t p) {
    if (p == 0) return true;
    for (uint32_t b = t[p - 1].end; b < t[p].begin; ++b) {
      if (text[b] == '\n') return true;
    }
    if (t[p - 1].word) return false;
    const char c = text[t[p - 1].end - 1];
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '(' ||
           c == '[' || static_cast<unsigned char>(c) >= 0x80;
  }

  // True if ref may match tokens[i, end).
  bool Accept(const std::string_view text, const std::vector<MatchToken>& t, size_t i, size_t end,
              const AliasRef& r) const {
    // The trie works on token hashes with compact tags: check the tokens.
    if (end - i != r.ntokens) return false;
    uint64_t h = 0;
    for (size_t k = 0; k < r.ntokens; ++k) {
      h = CombineHash(h, r.case_sensitive ? t[i + k].exact : t[i + k].fold);
    }
    if (h != r.tokens_hash) return false;
    if (!r.has_rules) return true;
    const Alias& a = dict.entries()[r.entry].aliases[r.alias];
    if (!a.not_next.empty() || a.not_next_capitalized) {
      if (end < t.size() && t[end].word) {
        const MatchToken& n = t[end];
        bool adjacent_space = true;
        for (uint32_t b = t[end - 1].end; b < n.begin; ++b) {
          char c = text[b];
          if (c != ' ' && c != '\t') adjacent_space = false;
        }
        if (a.not_next_capitalized && n.upper && adjacent_space) return false;
        if (!a.not_next.empty()) {
          std::string w = internal::FoldToken(text.substr(n.begin, n.end - n.begin));
          if (std::find(a.not_next.begin(), a.not_next.end(), w) != a.not_next.end()) return false;
        }
      }
    }
    if (a.not_prev_capitalized && i > 0 && t[i - 1].word && t[i - 1].upper &&
        !SentenceInitial(text, t, i - 1)) {
      bool adjacent_space = true;
      for (uint32_t b = t[i - 1].end; b < t[i].begin; ++b) {
        if (text[b] != ' ') adjacent_space = false;
      }
      if (adjacent_space) return false;
    }
    if (!a.not_prev.empty() && i > 0) {
      // The previous word, skipping one punctuation token ("Atlanta, Georgia").
      size_t p = i - 1;
      if (!t[p].word && p > 0) --p;
      std::string w = internal::FoldToken(text.substr(t[p].begin, t[p].end - t[p].begin));
      if (std::find(a.not_prev.begin(), a.not_prev.end(), w) != a.not_prev.end()) return false;
    }
    return true;
  }

  // A document-local name: an acronym defined in the document, or the short
  // stem of a hyphenated name already found.
  struct Local {
    std::string kind, id, name, form;
    std::string sector, country;  // of the entry it links to, if any
  };
  // What Find finds, before it is made into Entities or JSON.
  struct Found {
    std::vector<Hit> hits;  // sorted by span
    std::vector<Local> locals;
    std::deque<std::string> owned;  // names and ids of people found by rule
  };
  void FindHits(std::string_view text, const std::vector<AcronymDef>* defs, const DocContext& ctx,
                Found* f) const;
  // Appends the "entities" layer of hits found in text (AppendJson).
  void WriteJson(std::string_view text, const Found& found, std::string* out) const;

  // The rule passes after matching (FindHits runs them in this order). t is
  // the tokens of a window of the text (TokenWindows): t[k] is token k + base
  // of the text, and the passes look for new mentions starting in the tokens
  // the window owns, [own_begin, own_end). tok_spans and covered are by the
  // text's token index.
  void FindVariants(std::string_view text, const TokenWindows::Window& win, std::vector<Hit>* hits,
                    std::vector<std::pair<size_t, size_t>>* tok_spans,
                    std::vector<char>* covered) const;
  // The passes over the hits found, those below in order, on the tokens of
  // the windows of the text.
  void HitPasses(std::string_view text, TokenWindows* windows, const DocContext& ctx,
                 std::vector<Hit>* hits) const;
  // ResolveBackReferences reads the determiners of a text's windows in
  // order, with the hits of the whole text sorted by span; what it has read
  // is kept in a BackReferences, and the references found are added to the
  // hits by EndBackReferences.
  struct BackReferences {
    std::vector<int> last;  // by head: the hit before next_hit a reference takes
    // By head: the entities fitting it so far, with their mentions and the
    // last of them ("the Council" is the Security Council in a record that
    // names it again and again, though it named the AU's Council last).
    struct Fitting {
      const std::string* id;
      int mentions;
      int last;
    };
    std::vector<std::vector<Fitting>> fitting;
    std::vector<int> salient;
    std::vector<Hit> added;
    size_t next_hit = 0;          // hits before it end before the token being read
    std::vector<uint64_t> heads;  // a hit's heads, when not its alias's
    bool bare = false;            // the text has a bare conditional name on a head
  };
  // Counts hits[x] as a mention of an entity fitting head j: state->last[j]
  // becomes x, state->salient[j] the last hit of the most mentioned such
  // entity (x on a tie).
  static void Note(BackReferences* state, size_t j, const std::vector<Hit>& hits, int x) {
    state->last[j] = x;
    auto& f = state->fitting[j];
    const std::string* id = hits[x].id;
    auto it = std::find_if(f.begin(), f.end(), [&](const auto& y) { return *y.id == *id; });
    if (it == f.end()) {
      f.push_back({id, 0, x});
      it = f.end() - 1;
    }
    ++it->mentions;
    it->last = x;
    const int cur = state->salient[j];
    if (cur >= 0) {
      const std::string& cur_id = *hits[cur].id;
      auto c = std::find_if(f.begin(), f.end(), [&](const auto& y) { return *y.id == cur_id; });
      if (it->mentions < c->mentions) return;
    }
    state->salient[j] = x;
  }
  // The antecedent of a reference to head j at byte `at`: the last fitting
  // name when it is near (within kNearAntecedent bytes and the same
  // paragraph: "a member of the Human Rights Council. In the Council, ..."),
  // or when it is an organ or event of the
  // most mentioned one; else the most mentioned ("the Council" in a Security
  // Council record that named the AU's Council a page before).
  int Antecedent(std::string_view text, const BackReferences& state, size_t j,
                 const std::vector<Hit>& hits, uint32_t at) const {
    const int last = state.last[j], salient = state.salient[j];
    if (last < 0 || salient < 0 || *hits[last].id == *hits[salient].id) return last;
    if (hits[last].span.end + kNearAntecedent >= at &&
        text.substr(hits[last].span.end, at - hits[last].span.end).find("\n\n") ==
            std::string_view::npos)
      return last;
    const DictEntry* e = EntryOf(hits[last]);
    if (e && e->parent == *hits[salient].id) return last;
    return salient;
  }
  // The head (plus one) a hit's bare conditional name is on, or 0.
  uint32_t BareHead(const Hit& o) const {
    return o.tail != Hit::kNoTail && o.form != &kBackReferenceForm ? ref_bare_head[o.tail] : 0;
  }
  // Reads hit x, which ends before the token being read, into state->last.
  void ReadAntecedent(std::string_view text, const std::vector<MatchToken>& t,
                      const std::vector<Hit>& hits, size_t x, BackReferences* state) const;
  void ResolveBackReferences(std::string_view text, const TokenWindows::Window& win,
                             BackReferences* state, std::vector<Hit>* hits) const;
  void EndBackReferences(std::string_view text, BackReferences* state,
                         std::vector<Hit>* hits) const;
  // The hits [x_begin, x_end), which t holds; those dropped are erased.
  // Returns the new end of the range.
  size_t PeopleFromDemonyms(std::string_view text, const std::vector<MatchToken>& t,
                            std::vector<Hit>* hits, size_t x_begin, size_t x_end) const;
  // Pairs of hits (x, x + 1) for x in [x_begin, x_end).
  void DropTerritoryQualifiers(const std::vector<MatchToken>& t, size_t x_begin, size_t x_end,
                               std::vector<Hit>* hits) const;
  void ScoreByDate(const DocContext& ctx, std::vector<Hit>* hits) const;
  // The names nested in the hits [x_begin, x_end), which t holds, are
  // appended to *hits, unsorted.
  void AddNested(const std::string_view text, const std::vector<MatchToken>& t,
                 std::vector<Hit>* hits, size_t x_begin, size_t x_end) const;

  // A dictionary match's fields, from its alias, written out into the hit
  // (which then has no tail) so that a rule can change them.
  void Detach(Hit* h) const {
    if (h->tail == Hit::kNoTail) return;
    const AliasRef& r = refs[h->tail];
    const DictEntry& e = dict.entries()[r.entry];
    const Alias& a = e.aliases[r.alias];
    h->form = &a.form;
    h->sector = &e.sector;
    h->country = &e.country;
    h->score = ScoreOf(a);
    h->tail = Hit::kNoTail;
  }
  // The dictionary entry of a hit, if it is a dictionary match (still with
  // its tail) or a rule's hit that points into an entry.
  const DictEntry* EntryOf(const Hit& h) const {
    if (h.tail != Hit::kNoTail) return &dict.entries()[refs[h.tail].entry];
    for (const DictEntry* e : dict.FindId(*h.id)) {
      if (e->kind == *h.kind) return e;
    }
    return nullptr;
  }

  // Appends the match of refs[ref] at tokens [i, end).
  void AddHit(const std::vector<MatchToken>& t, size_t i, size_t end, uint32_t ref,
              std::vector<Hit>* hits) const {
    const AliasRef& r = refs[ref];
    const DictEntry& e = dict.entries()[r.entry];
    Hit& h = hits->emplace_back();
    h.span = {t[i].begin, t[end - 1].end};
    h.kind = &e.kind;
    h.id = &e.id;
    h.name = &e.name;
    h.form = nullptr;  // reading it would cost a cache miss: found through `tail` if needed
    h.role = &e.role;
    h.org = &e.org;
    h.tail = ref;
    h.kind_code = r.kind_code;
  }

  // FindPeople around hits [x_begin, x_end) of ents, whose tokens are in t,
  // the tokens of a window: t[k] is token k + base of the text. tok_spans
  // and covered are by the text's token index.
  void FindPeople(std::string_view text, const std::vector<MatchToken>& t, size_t base,
                  const std::vector<std::pair<size_t, size_t>>& tok_spans, size_t x_begin,
                  size_t x_end, std::vector<Hit>* ents, std::vector<char>* covered,
                  std::deque<std::string>* owned) const;

  // UN resolutions by their numbers ("resolution 2504 (2020)", "General
  // Assembly resolution 46/182", "resolutions 822 (1993) and 853 (1993)") in
  // the tokens t of a window, as instruments (form "rule").
  void FindResolutions(std::string_view text, const std::vector<MatchToken>& t,
                       const IndexVector& at_tokens, size_t base, size_t own_begin, size_t own_end,
                       std::vector<Hit>* ents, std::vector<std::pair<size_t, size_t>>* tok_spans,
                       std::vector<char>* covered, std::deque<std::string>* owned) const;
  uint64_t resolution_hash = 0, resolutions_hash = 0, council_hash = 0, security_hash = 0,
           assembly_hash = 0, rights_hash = 0, and_hash = 0, slash_hash = 0;

  // The JSON members after "text" of each alias's match, from ",\"kind\":"
  // on, written once: tails[tail_of[ref].first, + .second).
  std::string tails;
  std::vector<std::pair<uint32_t, uint32_t>> tail_of;
};

Recognizer::Recognizer() : impl_(new Impl) {}
Recognizer::~Recognizer() = default;

const Dictionary& Recognizer::dictionary() const { return impl_->dict; }

Result<std::unique_ptr<Recognizer>> Recognizer::Create(const EntityOptions& options) {
  Result<Dictionary> d = Dictionary::Load(options.dictionaries);
  if (!d.ok()) return d.status();
  std::unique_ptr<Recognizer> r(new Recognizer());
  Impl& im = *r->impl_;
  im.dict = std::move(*d);
  im.person_rules = options.person_rules;
  if (options.window_bytes > 0) im.window_bytes = options.window_bytes;
  for (const std::string& k : options.kinds) im.kinds.insert(k);
  for (const std::string& k : options.sectors) im.sectors.insert(k);
  std::vector<MatchToken> toks;
  auto one = [&toks](const char* s) {
    internal::Tokenize(s, &toks);
    return toks[0].fold;
  };
  im.the_hash = one("the");
  im.of_hash = one("of");
  im.resolution_hash = one("resolution");
  im.resolutions_hash = one("resolutions");
  // FindResolutions reads the tokens the start filter lets through.
  im.starts.Add(im.resolution_hash, false, 0);
  im.starts.Add(im.resolutions_hash, false, 0);
  im.council_hash = one("council");
  im.security_hash = one("security");
  im.assembly_hash = one("assembly");
  im.rights_hash = one("rights");
  im.and_hash = one("and");
  im.slash_hash = one("/");
  for (const char* w : {"the", "of", "for", "on", "to", "in", "at", "de", "des", "du", "la", "le",
                        "del", "el", "les", "los"})
    im.nest_links.push_back(one(w));
  im.at_hash = one("at");
  im.comma_hash = one(",");
  im.dot_hash = one(".");
  im.hyphen_hash = one("-");
  im.this_hash = one("this");
  im.a_hash = one("a");
  im.an_hash = one("an");
  im.that_hash = one("that");
  im.open_hash = one("(");
  im.close_hash = one(")");
  const EntityRules& rules = im.dict.rules();
  for (const std::string& w : rules.people_nouns) im.people_nouns.insert(one(w.c_str()));
  for (const std::string& w : rules.people_before) im.people_before.insert(one(w.c_str()));
  for (const std::string& w : rules.people_after) im.people_after.insert(one(w.c_str()));
  for (const char* w : {"hundred", "hundreds", "thousand", "thousands", "million", "millions",
                        "billion", "billions", "dozen", "dozens"})
    im.number_words.insert(one(w));
  for (const std::string& w : rules.not_state_compounds)
    im.not_state_compounds.insert(one(w.c_str()));
  for (const auto& [head, words] : rules.back_references) {
    const auto added = im.back_references.emplace(one(head.c_str()),
                                                  static_cast<uint32_t>(im.back_references.size()));
    if (added.second) im.head_fits.emplace_back();
    auto& fits = im.head_fits[added.first->second];
    for (const std::string& w : {head}) {
      internal::Tokenize(w, &toks);
      fits.emplace_back();
      for (const MatchToken& x : toks) fits.back().push_back(x.fold);
    }
    for (const std::string& w : words) {
      internal::Tokenize(w, &toks);
      fits.emplace_back();
      for (const MatchToken& x : toks) fits.back().push_back(x.fold);
    }
  }
  const auto& entries = im.dict.entries();
  im.people_id.resize(entries.size());
  im.people_name.resize(entries.size());
  for (size_t ei = 0; ei < entries.size(); ++ei) {
    if (entries[ei].kind != "government") continue;
    im.people_id[ei] = "people-" + entries[ei].id;
    im.people_name[ei] = "people of " + entries[ei].name;
  }
  // The folded tokens of each entry's canonical name, for back-references.
  im.name_folds.resize(entries.size());
  for (size_t ei = 0; ei < entries.size(); ++ei) {
    if (entries[ei].kind != "body" && entries[ei].kind != "event" &&
        entries[ei].kind != "instrument")
      continue;
    internal::Tokenize(entries[ei].name, &toks);
    for (const MatchToken& x : toks) im.name_folds[ei].push_back(x.fold);
  }
  // A head an entity answers to though its name lacks it ("the
  // Organization" for the United Nations) is added to its name's tokens,
  // after a 0 that no sequence of a head starts with.
  for (const auto& [head, ids] : rules.back_reference_ids) {
    if (!im.back_references.count(one(head.c_str()))) continue;
    for (const std::string& id : ids) {
      for (size_t ei = 0; ei < entries.size(); ++ei) {
        if (entries[ei].id != id || entries[ei].kind != "body") continue;
        im.name_folds[ei].push_back(0);
        im.name_folds[ei].push_back(one(head.c_str()));
      }
    }
  }
  im.head_words = (im.head_fits.size() + 63) / 64;
  for (uint32_t j = 0; j < im.head_fits.size(); ++j) {
    for (const std::vector<uint64_t>& f : im.head_fits[j])
      if (!f.empty()) im.fits_by_first[f[0]].emplace_back(j, &f);
  }
  std::vector<uint64_t> alias_folds;
  std::unordered_map<uint64_t, std::vector<uint32_t>> variant_index;  // made flat below
  std::vector<uint64_t> variant_folds;  // the token hashes of the variant names
  // The folded tokens of every alias, from ref_folds[ref]; and the hashes
  // of the folded tokens of the names AddNested takes.
  std::vector<uint64_t> all_folds;
  std::vector<size_t> ref_folds;
  std::unordered_set<uint64_t> nested_names;
  size_t longest_nested = 0;  // in tokens
  // The tails of one entry, by form: the aliases of an entry with the same
  // form share one (an entry has a handful of forms and up to a hundred aliases).
  std::vector<std::pair<const std::string*, std::pair<uint32_t, uint32_t>>> tail_for;
  for (uint32_t ei = 0; ei < entries.size(); ++ei) {
    const DictEntry& e = entries[ei];
    const bool reported = e.kind != "block" && im.Wanted(e.kind, e.sector);
    const KindCode kind_code = KindCodeOf(e.kind);
    tail_for.clear();
    for (uint32_t ai = 0; ai < e.aliases.size(); ++ai) {
      internal::Tokenize(e.aliases[ai].text, &toks);
      if (toks.size() > 1 && toks[0].fold == im.the_hash) toks.erase(toks.begin());
      if (toks.empty() || toks.size() > UINT16_MAX) continue;
      AliasRef ref;
      ref.entry = ei;
      ref.alias = ai;
      ref.ntokens = static_cast<uint16_t>(toks.size());
      const Alias& a = e.aliases[ai];
      ref.case_sensitive = a.case_sensitive;
      ref.weak = a.weak;
      ref.has_rules = !a.not_next.empty() || a.not_next_capitalized || !a.not_prev.empty() ||
                      a.not_prev_capitalized;
      ref.reported = reported;
      ref.has_requires = !a.requires_ids.empty();
      ref.kind_code = kind_code;
      for (const auto& t : toks) {
        ref.tokens_hash = CombineHash(ref.tokens_hash, a.case_sensitive ? t.exact : t.fold);
      }
      (e.aliases[ai].case_sensitive ? im.exact_trie : im.trie)
          .Add(toks, static_cast<uint32_t>(im.refs.size()));
      im.starts.Add(toks[0].fold, toks.size() > 1, toks.size() > 1 ? toks[1].fold : 0);
      im.refs.push_back(ref);
      uint32_t bare_head = 0;
      if (ref.has_requires && toks.size() == 1) {
        auto head = im.back_references.find(toks[0].fold);
        if (head != im.back_references.end()) {
          bare_head = head->second + 1;
          if (std::find(im.bare_head_folds.begin(), im.bare_head_folds.end(), toks[0].fold) ==
              im.bare_head_folds.end())
            im.bare_head_folds.push_back(toks[0].fold);
        }
      }
      im.ref_bare_head.push_back(bare_head);
      // AddNested looks in names of two tokens or more, not in states' or
      // people's.
      ref_folds.push_back(all_folds.size());
      if (toks.size() >= 2 && kind_code != kGovernmentKind && kind_code != kPersonKindCode) {
        for (const MatchToken& x : toks) all_folds.push_back(x.fold);
      }
      if (ref.kind_code == kBodyKind && ref.reported && !ref.weak && !ref.has_requires) {
        uint64_t folded_hash = 0;
        for (const MatchToken& x : toks) folded_hash = CombineHash(folded_hash, x.fold);
        nested_names.insert(folded_hash);
        longest_nested = std::max(longest_nested, toks.size());
      }
      // The heads a match of the alias fits: its tokens are the alias's.
      im.ref_heads.resize(im.refs.size() * im.head_words, 0);
      if (kind_code == kBodyKind || kind_code == kEventKind || kind_code == kInstrumentKind) {
        alias_folds.clear();
        for (const MatchToken& x : toks) alias_folds.push_back(x.fold);
        im.HeadsFitting(alias_folds, im.name_folds[ei],
                        im.ref_heads.data() + (im.refs.size() - 1) * im.head_words);
      }
      // A walk reads one token past an alias; people rules look about 20
      // tokens around a match.
      im.margin_tokens = std::max(im.margin_tokens, toks.size() + 32);
      // A tail depends on the entry and the alias's form only.
      auto shared = std::find_if(tail_for.begin(), tail_for.end(),
                                 [&a](const auto& t) { return *t.first == a.form; });
      if (shared == tail_for.end()) {
        const uint32_t tail_begin = static_cast<uint32_t>(im.tails.size());
        if (reported) AppendEntityTail(e, a, &im.tails);
        tail_for.push_back(
            {&a.form, {tail_begin, static_cast<uint32_t>(im.tails.size()) - tail_begin}});
        shared = tail_for.end() - 1;
      }
      im.tail_of.push_back(shared->second);
      // Multi-word body names and some country names (not acronyms, not
      // variants already) take spelling variants: index them by token count
      // and first two tokens.
      if ((kind_code == kBodyKind || CountryNameTakesVariants(e, a)) && !a.case_sensitive &&
          !a.variant && !a.weak && toks.size() >= 3 && toks.size() < 32) {
        Impl::VariantName v;
        v.ref = static_cast<uint32_t>(im.refs.size() - 1);
        v.fold_at = static_cast<uint32_t>(variant_folds.size());
        v.n = static_cast<uint32_t>(toks.size());
        for (size_t k = 0; k < toks.size(); ++k) {
          const MatchToken& x = toks[k];
          variant_folds.push_back(x.fold);
          v.words.push_back(internal::FoldToken(a.text.substr(x.begin, x.end - x.begin)));
          v.upper |= static_cast<uint32_t>(x.upper) << k;
        }
        const uint32_t at = static_cast<uint32_t>(im.variant_names.size());
        // A country's name by its first token only: its second is mostly
        // "and", which would bring every "X and Y" of a text to the names.
        const size_t positions = kind_code == kBodyKind ? 2 : 1;
        for (size_t pos = 0; pos < positions; ++pos) {
          variant_index[Impl::VariantKey(toks.size(), pos, toks[pos].fold)].push_back(at);
          bool inserted = false;
          const uint64_t key = Impl::VariantLengthKey(pos, toks[pos].fold);
          *im.variant_lengths_at.Insert(key, 0, &inserted) |= 1u << toks.size();
          if (inserted) im.variant_length_keys.Add(key);
        }
        im.variant_names.push_back(std::move(v));
      }
    }
  }
  im.tails.append(kPad, ' ');  // AppendJson copies kPad bytes at a time
  for (const auto& [key, names] : variant_index) {
    bool inserted = false;
    im.variant_index.Insert(key, static_cast<uint32_t>(im.variant_lists.size()), &inserted);
    im.variant_lists.push_back(names.size());
    for (const uint32_t x : names) {
      const Impl::VariantName& v = im.variant_names[x];
      im.variant_lists.push_back(x | static_cast<uint64_t>(v.n) << 32);
      im.variant_lists.push_back(v.upper);
      im.variant_lists.insert(im.variant_lists.end(), variant_folds.begin() + v.fold_at,
                              variant_folds.begin() + v.fold_at + v.n);
    }
  }
  ref_folds.push_back(all_folds.size());
  im.may_nest.assign(im.refs.size(), 0);
  for (size_t ref = 0; ref < im.refs.size(); ++ref) {
    const uint64_t* f = &all_folds[ref_folds[ref]];
    const size_t n = ref_folds[ref + 1] - ref_folds[ref];
    for (size_t k = 0; k < n && !im.may_nest[ref]; ++k) {
      uint64_t h = 0;
      for (size_t end = k + 1; end <= std::min(n, k + longest_nested); ++end) {
        h = CombineHash(h, f[end - 1]);
        if ((k > 0 || end < n) && nested_names.count(h)) im.may_nest[ref] = 1;
      }
    }
  }
  for (const char* role : kRoles) {
    internal::Tokenize(role, &toks);
    im.roles.Add(toks, static_cast<uint32_t>(im.role_names.size()));
    im.role_names.push_back(role);
  }
  for (const char* title : kTitles) im.title_hashes.insert(one(title));
  return r;
}

// UN resolutions by number. After "resolution" or "resolutions":
// - N (YYYY): a Security Council resolution ("resolution 2504 (2020)"),
//   "S/RES/N"; N alone only after "Security Council";
// - S/N: a General Assembly resolution ("resolution 46/182"), "A/RES/S/N",
//   or the Human Rights Council's after its name ("A/HRC/RES/S/N"); S of
//   one to three digits (ECOSOC's "2006/46" is not read);
// and a list of them ("resolutions 822 (1993), 853 (1993) and 874 (1993)").
// A year in parentheses must be 1946 to 2099; "Resolution 102 (Rev. Busan,
// 2014)" of the ITU has no bare year and is not read.
void Recognizer::Impl::FindResolutions(std::string_view text, const std::vector<MatchToken>& t,
                                       const IndexVector& at_tokens, size_t base, size_t own_begin,
                                       size_t own_end, std::vector<Hit>* ents,
                                       std::vector<std::pair<size_t, size_t>>* tok_spans,
                                       std::vector<char>* covered,
                                       std::deque<std::string>* owned) const {
  auto digits = [&](size_t k, size_t max_len) {
    if (k >= t.size() || !t[k].word || t[k].end - t[k].begin > max_len) return false;
    for (uint32_t b = t[k].begin; b < t[k].end; ++b)
      if (text[b] < '0' || text[b] > '9') return false;
    return true;
  };
  auto number = [&](size_t k) {
    return std::string(text.substr(t[k].begin, t[k].end - t[k].begin));
  };
  auto free = [&](size_t b, size_t e) {
    for (size_t k = b; k < e; ++k)
      if ((*covered)[k + base]) return false;
    return true;
  };
  // An instrument over tokens [from, end), if none of them is taken.
  auto add = [&](size_t from, size_t end, std::string id, std::string name) {
    if (!free(from, end)) return;
    Hit h;
    h.span = {t[from].begin, t[end - 1].end};
    h.kind = &kInstrumentKindName;
    h.kind_code = kInstrumentKind;
    h.id = &owned->emplace_back(std::move(id));
    h.name = &owned->emplace_back(std::move(name));
    h.form = &kRuleForm;
    for (size_t x = from; x < end; ++x) (*covered)[x + base] = 1;
    ents->push_back(h);
    tok_spans->emplace_back(from + base, end + base);
  };
  // at_tokens: the text's "resolution(s)" tokens (text token indices).
  const size_t own_last = std::min(own_end, t.size());
  for (auto at = std::lower_bound(at_tokens.begin(), at_tokens.end(), own_begin + base);
       at != at_tokens.end() && *at < own_last + base; ++at) {
    const size_t i = *at - base;
    if (t[i].fold != resolution_hash && t[i].fold != resolutions_hash) continue;
    // Who adopted it, from the words before.
    enum { kAny, kSecurityCouncil, kAssembly, kRightsCouncil } by = kAny;
    if (i >= 1 && t[i - 1].fold == assembly_hash) by = kAssembly;
    if (i >= 2 && t[i - 1].fold == council_hash && t[i - 2].fold == security_hash)
      by = kSecurityCouncil;
    if (i >= 3 && t[i - 1].fold == council_hash && t[i - 2].fold == rights_hash)
      by = kRightsCouncil;
    // A draft's document symbol: "draft resolution S/2014/189", "the
    // proposed resolution (S/2014/189)" (an adopted one is S/RES/N).
    {
      size_t j = i + 1;
      const bool paren = j < t.size() && t[j].fold == open_hash;
      j += paren;
      auto glued = [&](size_t a, size_t b) {
        for (size_t x = a; x + 1 < b; ++x)
          if (t[x].end != t[x + 1].begin) return false;
        return true;
      };
      if (j + 4 < t.size() && t[j].end - t[j].begin == 1 && text[t[j].begin] == 'S' &&
          t[j + 1].fold == slash_hash && digits(j + 2, 4) && t[j + 2].end - t[j + 2].begin == 4 &&
          t[j + 3].fold == slash_hash && digits(j + 4, 5) && glued(j, j + 5)) {
        size_t end = j + 5;
        if (paren && end < t.size() && t[end].fold == close_hash) ++end;
        const std::string id(text.substr(t[j].begin, t[j + 4].end - t[j].begin));
        add(free(i, end) ? i : j, end, id, "draft resolution " + id);
        continue;
      }
    }
    size_t k = i + 1;
    while (true) {
      if (!digits(k, 4)) break;
      size_t end = 0;
      std::string id, name;
      if (k + 2 < t.size() && t[k + 1].fold == slash_hash && digits(k + 2, 4) &&
          t[k].end == t[k + 1].begin && t[k + 1].end == t[k + 2].begin &&
          t[k].end - t[k].begin <= 3 && by != kSecurityCouncil) {
        const std::string sn = number(k) + "/" + number(k + 2);
        if (by == kRightsCouncil) {
          id = "A/HRC/RES/" + sn;
          name = "Human Rights Council resolution " + sn;
        } else {
          id = "A/RES/" + sn;
          name = "General Assembly resolution " + sn;
        }
        end = k + 3;
      } else if (k + 3 < t.size() && t[k + 1].fold == open_hash && digits(k + 2, 4) &&
                 t[k + 3].fold == close_hash && t[k + 2].end - t[k + 2].begin == 4 &&
                 number(k + 2) >= "1946" && number(k + 2) <= "2099" && by != kAssembly &&
                 by != kRightsCouncil) {
        id = "S/RES/" + number(k);
        name = "Security Council resolution " + number(k) + " (" + number(k + 2) + ")";
        end = k + 4;
      } else if (by == kSecurityCouncil && !(k + 1 < t.size() && (t[k + 1].fold == open_hash ||
                                                                  t[k + 1].fold == slash_hash))) {
        id = "S/RES/" + number(k);
        name = "Security Council resolution " + number(k);
        end = k + 1;
      } else {
        break;
      }
      // The first of them with its word: "resolution 2504 (2020)".
      add(k == i + 1 && free(i, k) ? i : k, end, std::move(id), std::move(name));
      // A list: ", N (YYYY)", "and N (YYYY)", ", and N (YYYY)".
      k = end;
      if (k < t.size() && t[k].fold == comma_hash) ++k;
      if (k < t.size() && t[k].fold == and_hash) ++k;
      if (k == end) break;
    }
  }
}

// People with a role: "Dr. Hamadoun Touré, Secretary-General of the ITU" and
// "ITU Secretary-General Hamadoun Touré". The role links to the body (org).
void Recognizer::Impl::FindPeople(std::string_view text, const std::vector<MatchToken>& t,
                                  size_t base,
                                  const std::vector<std::pair<size_t, size_t>>& tok_spans,
                                  size_t x_begin, size_t x_end, std::vector<Hit>* ents,
                                  std::vector<char>* covered,
                                  std::deque<std::string>* owned) const {
  // Token indices below are the window's; covered and tok_spans are the text's.
  auto is_covered = [&](size_t k) { return (*covered)[k + base] != 0; };
  auto is_name_word = [&](size_t k) {
    return k < t.size() && t[k].word && t[k].upper && !is_covered(k);
  };
  auto add_person = [&](size_t nb, size_t ne, const std::string& role, size_t org) {
    // Drop leading titles ("Dr.", "H.E.") from the name.
    while (nb < ne && title_hashes.count(t[nb].fold)) {
      ++nb;
      if (nb < ne && t[nb].fold == dot_hash) ++nb;
    }
    size_t words = 0;
    for (size_t k = nb; k < ne; ++k) words += t[k].word;
    if (words < 2) return;
    for (size_t k = nb; k < ne; ++k) {
      if (is_covered(k)) return;
    }
    Hit p;
    p.span = {t[nb].begin, t[ne - 1].end};
    const std::string& name = owned->emplace_back(text.substr(p.span.begin, p.span.size()));
    p.kind = &kPersonKind;
    p.kind_code = kPersonKindCode;
    p.id = &owned->emplace_back(internal::Slug(name));
    p.name = &name;
    p.form = &kRuleForm;
    p.role = &role;
    p.org = (*ents)[org].id;
    for (size_t k = nb; k < ne; ++k) (*covered)[k + base] = 1;
    ents->push_back(p);
  };
  for (size_t x = x_begin; x < x_end; ++x) {
    const KindCode kind = (*ents)[x].kind_code;
    if (kind != kBodyKind && kind != kGovernmentKind) continue;
    const size_t ob = tok_spans[x].first - base, oe = tok_spans[x].second - base;
    // Pattern A: NAME , [the] ROLE (of|at) [the] ORG
    size_t k = ob;
    if (k > 0 && t[k - 1].fold == the_hash) --k;
    if (k > 0 && (t[k - 1].fold == of_hash || t[k - 1].fold == at_hash)) {
      size_t role_end = k - 1;
      for (size_t rb = role_end >= 5 ? role_end - 5 : 0; rb < role_end; ++rb) {
        const std::string* role = nullptr;
        roles.Walk(t, rb, [&](size_t end, internal::Payloads p) {
          if (end == role_end) role = &role_names[p[0]];
        });
        if (!role) continue;
        size_t c = rb;
        if (c > 0 && t[c - 1].fold == the_hash) --c;
        if (c == 0 || t[c - 1].fold != comma_hash) break;
        size_t ne = c - 1, nb = ne;
        while (nb > 0 && nb + 6 > ne &&
               (is_name_word(nb - 1) ||
                (t[nb - 1].fold == dot_hash && nb >= 2 && t[nb - 2].word && t[nb - 2].upper) ||
                (t[nb - 1].fold == hyphen_hash && nb >= 2 && t[nb - 2].word))) {
          --nb;
        }
        if (nb < ne) add_person(nb, ne, *role, x);
        break;
      }
    }
    // Pattern B: ORG ROLE NAME
    const std::string* role = nullptr;
    size_t role_end = 0;
    roles.Walk(t, oe < t.size() ? oe : t.size() - 1, [&](size_t end, internal::Payloads p) {
      role = &role_names[p[0]];
      role_end = end;
    });
    if (oe < t.size() && role) {
      size_t nb = role_end, ne = nb;
      while (ne < t.size() && ne < nb + 5 &&
             (is_name_word(ne) || (t[ne].fold == hyphen_hash && ne + 1 < t.size() &&
                                   t[ne + 1].word && t[ne + 1].upper))) {
        ++ne;
      }
      if (ne > nb) add_person(nb, ne, *role, x);
    }
  }
}

namespace {

// Tokens that may be part of a multi-word name written as one: capitalised
// words, and the short lower-case words and marks between them ("of", "the",
// "&", "-").
bool NameLike(const MatchToken& x, std::string_view text) {
  if (x.word) return x.upper || (x.lower && x.end - x.begin <= 3);
  const char c = text[x.begin];
  return x.end - x.begin == 1 && (c == '&' || c == '-' || c == ',' || c == '/' || c == '\'');
}

}  // namespace

// Spelling variants of multi-word body names: words written as a name (a
// capital wherever the name has one) that differ from a known name in one
// word by a small edit distance ("International Telecomunication Union"), or
// in two words swapped ("Internet Corporation for Assigned Numbers and
// Names"). Form "variant", a lower score.
void Recognizer::Impl::FindVariants(std::string_view text, const TokenWindows::Window& win,
                                    std::vector<Hit>* hits,
                                    std::vector<std::pair<size_t, size_t>>* tok_spans,
                                    std::vector<char>* covered) const {
  const std::vector<MatchToken>& t = *win.tokens;
  const size_t n_tok = t.size(), base = win.base;
  if (n_tok < 3) return;
  std::string folded;
  // A name starts at a capitalised word the window owns, with two tokens
  // after it.
  const IndexVector& upper = *win.upper;
  const size_t i_end = std::min(win.own_end, n_tok - 2);
  size_t next = win.own_begin;  // tokens before it are not read
  for (auto at = std::lower_bound(upper.begin(), upper.end(), next);
       at != upper.end() && *at < i_end; ++at) {
    const size_t i = *at;
    if (i < next) continue;
    // How many name-like tokens start at i, none covered (at most 31): three
    // at least (most capitalised words are in a match, or alone).
    auto name_like = [&](size_t k) { return !(*covered)[k + base] && NameLike(t[k], text); };
    if (!name_like(i) || !name_like(i + 1) || !name_like(i + 2)) continue;
    // A name of n tokens that differs in at most two has its first or its
    // second token here: the lengths it may have.
    uint32_t lengths = VariantLengthsAt(0, t[i].fold) | VariantLengthsAt(1, t[i + 1].fold);
    if (lengths == 0) continue;
    size_t run = 3;
    while (run < 31 && i + run < n_tok && name_like(i + run)) ++run;
    lengths &= static_cast<uint32_t>((2ULL << run) - 1);  // n <= run
    size_t found_n = 0, found2_n = 0;
    const VariantName* found_v = nullptr;
    // A name of four words or more with two of them misspelt: taken only
    // where no name differs in one word or two swapped (less sure).
    const VariantName* found2_v = nullptr;
    // Whether token i + k is the name's word k misspelt: a word of five
    // letters or more within one edit (two from nine letters).
    auto misspelt = [&](const VariantName& v, size_t k) {
      if (!t[i + k].word || v.words[k].size() < 5) return false;
      folded = internal::FoldToken(text.substr(t[i + k].begin, t[i + k].end - t[i + k].begin));
      const size_t cap = v.words[k].size() >= 9 ? 2 : 1;
      return folded.size() >= 4 && EditDistance(folded, v.words[k], cap) <= cap;
    };
    for (size_t n = run; n >= 3 && !found_v; --n) {
      // The last word must be a capitalised word, as a name's is.
      if (!((lengths >> n) & 1) || !t[i + n - 1].upper) continue;
      for (size_t pos = 0; pos < 2 && !found_v; ++pos) {
        const uint32_t* list = variant_index.Find(VariantKey(n, pos, t[i + pos].fold));
        if (!list) continue;
        const uint64_t* e = &variant_lists[*list];
        const uint64_t count = *e++;
        for (uint64_t x = 0; x < count; ++x) {
          const uint32_t name = static_cast<uint32_t>(e[0]);
          const size_t vn = static_cast<size_t>(e[0] >> 32);
          const uint64_t v_upper = e[1];
          const uint64_t* fold = e + 2;
          e += 2 + vn;
          if (vn != n || fold[pos] != t[i + pos].fold) continue;  // another key's
          size_t diff[3], nd = 0;
          bool caps = true;
          for (size_t k = 0; k < n && nd < 3; ++k) {
            if (fold[k] != t[i + k].fold) diff[nd++] = k;
            caps &= !((v_upper >> k) & 1) || t[i + k].upper;
          }
          if (!caps || nd == 0 || nd > 2) continue;
          const VariantName& v = variant_names[name];
          bool ok = false;
          if (nd == 1) {
            ok = misspelt(v, diff[0]);
          } else {
            ok = t[i + diff[0]].fold == fold[diff[1]] && t[i + diff[1]].fold == fold[diff[0]];
            if (!ok && !found2_v && n >= 4 && refs[v.ref].kind_code == kBodyKind &&
                misspelt(v, diff[0]) && misspelt(v, diff[1])) {
              found2_v = &v;
              found2_n = n;
            }
          }
          if (ok) {
            found_v = &v;
            found_n = n;
            break;
          }
        }
      }
    }
    const bool two_misspelt = !found_v && found2_v;
    if (two_misspelt) {
      found_v = found2_v;
      found_n = found2_n;
    }
    if (!found_v) continue;
    const AliasRef& r = refs[found_v->ref];
    if (!r.reported) continue;
    const DictEntry& e = dict.entries()[r.entry];
    Hit& h = hits->emplace_back();
    h.span = {t[i].begin, t[i + found_n - 1].end};
    h.kind = &e.kind;
    h.id = &e.id;
    h.name = &e.name;
    h.form = &kVariantForm;
    h.role = &e.role;
    h.org = &e.org;
    h.sector = &e.sector;
    h.country = &e.country;
    h.score = two_misspelt ? kTwoWordVariantScore : kVariantScore;
    h.kind_code = r.kind_code;
    tok_spans->emplace_back(i + base, i + found_n + base);
    for (size_t k = i; k < i + found_n; ++k) (*covered)[k + base] = 1;
    next = i + found_n;
  }
}

namespace {

bool SpanBefore(const Hit& a, const Hit& b) {
  return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
}

// Gives back the memory of a scratch vector that a long text made large
// (over 8 MB).
template <class V>
void ReleaseIfLarge(V* v) {
  if (v->capacity() * sizeof(typename V::value_type) > (8u << 20)) V().swap(*v);
}

// Sorts hits by span, stably. Hits come as a few sorted runs (the matches,
// then what a rule added), which are merged in turn: stable too, and no
// allocation once the scratch vector has grown.
void SortHits(std::vector<Hit>* hits) {
  auto sorted_until = [hits](size_t from) {
    return static_cast<size_t>(std::is_sorted_until(hits->begin() + from, hits->end(), SpanBefore) -
                               hits->begin());
  };
  size_t done = sorted_until(0);
  thread_local std::vector<Hit> merged;
  for (int runs = 0; done < hits->size(); ++runs) {
    if (runs == 8) {  // many runs: not worth merging one at a time
      std::stable_sort(hits->begin(), hits->end(), SpanBefore);
      break;
    }
    const size_t end = sorted_until(done);
    // The hits before the run's first (and those equal to it) stay where
    // they are: only the rest is merged with the run and copied back (a
    // run found by a rule mostly belongs near the end).
    const auto from =
        std::upper_bound(hits->begin(), hits->begin() + done, (*hits)[done], SpanBefore);
    merged.clear();
    std::merge(from, hits->begin() + done, hits->begin() + done, hits->begin() + end,
               std::back_inserter(merged), SpanBefore);
    std::copy(merged.begin(), merged.end(), from);
    done = end;
  }
  // After a long text, give the memory back.
  if (merged.capacity() > (1u << 16)) std::vector<Hit>().swap(merged);
}

}  // namespace

void Recognizer::Impl::HeadsFitting(const std::vector<uint64_t>& seq,
                                    const std::vector<uint64_t>& names, uint64_t* heads) const {
  for (const std::vector<uint64_t>* s : {&seq, &names}) {
    for (size_t p = 0; p < s->size(); ++p) {
      auto it = fits_by_first.find((*s)[p]);
      if (it == fits_by_first.end()) continue;
      for (const auto& [j, f] : it->second) {
        if (p + f->size() <= s->size() && std::equal(f->begin(), f->end(), s->begin() + p))
          heads[j / 64] |= 1ULL << (j % 64);
      }
    }
  }
}

void Recognizer::Impl::ReadAntecedent(std::string_view text, const std::vector<MatchToken>& t,
                                      const std::vector<Hit>& hits, size_t x,
                                      BackReferences* state) const {
  const Hit& a = hits[x];
  if (a.kind_code != kBodyKind && a.kind_code != kEventKind && a.kind_code != kInstrumentKind)
    return;
  // Only names written out are antecedents: not a name nested in another,
  // a bare name that yields, or a reference.
  if (a.form == &kNestedForm || a.form == &kBackReferenceForm) return;
  if (a.tail != Hit::kNoTail && ref_bare_head[a.tail]) return;
  const uint64_t* heads;
  if (a.tail != Hit::kNoTail) {
    // A dictionary match: its tokens are its alias's, its name its entry's.
    heads = ref_heads.data() + a.tail * head_words;
  } else {
    thread_local std::vector<MatchToken> name_toks;
    thread_local std::vector<uint64_t> seq, name_seq;
    seq.clear();
    if (!t.empty() && a.span.begin >= t.front().begin) {
      for (size_t k = TokenAt(t, a.span.begin); k < t.size() && t[k].end <= a.span.end; ++k)
        seq.push_back(t[k].fold);
    } else {
      // A name before t's tokens (in an earlier window of a long text) is
      // tokenized again, alone.
      internal::Tokenize(text.substr(a.span.begin, a.span.size()), &name_toks);
      for (const MatchToken& x2 : name_toks) seq.push_back(x2.fold);
    }
    const std::vector<uint64_t>* names = &name_seq;
    const DictEntry* e = EntryOf(a);
    if (e && e->name == *a.name) {
      names = &name_folds[e - dict.entries().data()];
    } else {
      internal::Tokenize(*a.name, &name_toks);
      name_seq.clear();
      for (const MatchToken& x2 : name_toks) name_seq.push_back(x2.fold);
    }
    state->heads.assign(head_words, 0);
    HeadsFitting(seq, *names, state->heads.data());
    heads = state->heads.data();
  }
  for (size_t w = 0; w < head_words; ++w) {
    for (uint64_t bits = heads[w]; bits; bits &= bits - 1)
      Note(state, w * 64 + __builtin_ctzll(bits), hits, static_cast<int>(x));
  }
}

// "the Summit", "this Forum", "the WG": a determiner and a capitalised head
// noun of dictionaries/rules.json, not followed by more of a name, refer back
// to the last name before them in the document that fits the head: one whose
// canonical name or written words hold the head or a word it stands for
// ("WG" for "Working Group"). The mention gets that entity, form
// "back-reference" and a lower score. A bare name kept for an EU institution
// ("the Council") yields to a fitting earlier name ("ITU Council").
void Recognizer::Impl::ResolveBackReferences(std::string_view text, const TokenWindows::Window& win,
                                             BackReferences* state, std::vector<Hit>* hits) const {
  const std::vector<MatchToken>& t = *win.tokens;
  size_t& next_hit = state->next_hit;
  if (state->last.empty()) {
    state->last.assign(head_fits.size(), -1);
    state->salient.assign(head_fits.size(), -1);
    state->fitting.resize(head_fits.size());
  }
  // The heads: capitalised words after a determiner the window owns.
  const IndexVector& upper = *win.upper;
  const size_t h_end = std::min(win.own_end + 1, t.size());
  for (auto at = std::lower_bound(upper.begin(), upper.end(), win.own_begin + 1);
       at != upper.end() && *at < h_end; ++at) {
    const size_t h = *at, i = h - 1;
    const uint64_t d = t[i].fold;
    const bool determiner = d == the_hash || d == this_hash || d == that_hash;
    if (!determiner && (!state->bare || std::find(bare_head_folds.begin(), bare_head_folds.end(),
                                                  t[h].fold) == bare_head_folds.end()))
      continue;
    auto head = back_references.find(t[h].fold);
    if (head == back_references.end()) continue;
    // More of a name follows: "the Council Working Group", "the Forum on X".
    if (h + 1 < t.size() && t[h + 1].word && t[h + 1].upper) continue;
    if (h + 2 < t.size() && (t[h + 1].fold == of_hash) && t[h + 2].upper) continue;
    // The hits that end before the reference are read (once each) for the
    // heads they fit.
    const uint32_t before = determiner ? t[i].begin : t[h].begin;
    while (next_hit < hits->size() && (*hits)[next_hit].span.end <= before) {
      ReadAntecedent(text, t, *hits, next_hit, state);
      ++next_hit;
    }
    // A hit on the head itself: only a bare conditional name may yield.
    // Without a determiner only such a name is a reference ("a more
    // transparent Council" after "the Security Council").
    int on_head = -1;
    bool blocked = false;
    for (size_t x = next_hit; x < hits->size() && (*hits)[x].span.begin < t[h].end; ++x) {
      const Hit& o = (*hits)[x];
      if (!o.span.Overlaps(Span{t[h].begin, t[h].end})) continue;
      const bool bare =
          o.tail != Hit::kNoTail && o.span == Span{t[h].begin, t[h].end} &&
          (determiner ? refs[o.tail].has_requires : ref_bare_head[o.tail] == head->second + 1);
      if (bare) {
        on_head = static_cast<int>(x);
      } else {
        blocked = true;
      }
    }
    if (blocked || (!determiner && on_head < 0)) continue;
    // The last fitting name before the reference.
    const int last = Antecedent(text, *state, head->second, *hits, t[h].begin);
    if (last < 0) continue;
    Hit ref = (*hits)[last];
    Detach(&ref);
    ref.span = {t[h].begin, t[h].end};
    ref.form = &kBackReferenceForm;
    ref.score = kBackReferenceScore;
    if (on_head >= 0) {
      (*hits)[on_head] = ref;
    } else {
      state->added.push_back(ref);
    }
  }
}

void Recognizer::Impl::EndBackReferences(std::string_view text, BackReferences* state,
                                         std::vector<Hit>* hits) const {
  // A bare conditional name no earlier name took ("Council" as the EU's)
  // is dropped when a later name of another entity fits its head too: in a
  // record that names the Security Council further on, "Council" is not
  // surely the EU's.
  if (state->bare && !state->last.empty() &&
      std::any_of(hits->begin(), hits->end(), [&](const Hit& o) { return BareHead(o) != 0; })) {
    static const std::vector<MatchToken> kNoTokens;
    for (; state->next_hit < hits->size(); ++state->next_hit)
      ReadAntecedent(text, kNoTokens, *hits, state->next_hit, state);
    std::vector<char> drop(hits->size(), 0);
    bool any = false;
    for (size_t x = 0; x < hits->size(); ++x) {
      const uint32_t j = BareHead((*hits)[x]);
      if (j == 0) continue;
      const int last = state->last[j - 1];
      if (last >= 0 && *(*hits)[last].id != *(*hits)[x].id) drop[x] = any = true;
    }
    if (any) {
      size_t w = 0;
      for (size_t x = 0; x < hits->size(); ++x)
        if (!drop[x]) (*hits)[w++] = (*hits)[x];
      hits->resize(w);
    }
  }
  if (state->added.empty()) return;
  hits->insert(hits->end(), state->added.begin(), state->added.end());
  SortHits(hits);
}

// Demonyms that name a people rather than the state: a demonym before a
// noun for people ("Chinese citizens", "the Palestinian people"), after a
// number or quantity ("500 million Chinese", "many Russians"), or a plural
// demonym without "the" ("Cubans"; "the Cubans" stays the delegation). These
// become a group, form "people", with the country in `country`. A demonym
// joined to a participle ("a Russian-trained engineer") names no one.
size_t Recognizer::Impl::PeopleFromDemonyms(std::string_view text, const std::vector<MatchToken>& t,
                                            std::vector<Hit>* hits, size_t x_begin,
                                            size_t x_end) const {
  // A number or a quantity word before token k.
  auto quantity = [&](size_t k) {
    if (k == 0 || !t[k - 1].word) return false;
    const char c = text[t[k - 1].begin];
    return people_before.count(t[k - 1].fold) > 0 || (c >= '0' && c <= '9');
  };
  // A number before token k: digits ("500", "60,000") or a number word
  // ("500 million"); not "2am".
  auto number = [&](size_t k) {
    if (k == 0 || !t[k - 1].word) return false;
    if (number_words.count(t[k - 1].fold) > 0) return true;
    for (uint32_t i = t[k - 1].begin; i < t[k - 1].end; ++i)
      if (text[i] < '0' || text[i] > '9') return false;
    return true;
  };
  // Token k is a lower-case word that looks like a plural noun ("companies").
  auto plural_noun = [&](size_t k) {
    if (k >= t.size() || !t[k].word || !t[k].lower || t[k].end - t[k].begin < 4) return false;
    const std::string_view w = text.substr(t[k].begin, t[k].end - t[k].begin);
    return w.back() == 's' && w[w.size() - 2] != 's';
  };
  // The demonym ending before token k is a noun: nothing or a mark follows,
  // or a word that does not take a noun before it.
  auto noun_use = [&](size_t k) {
    return k >= t.size() || !t[k].word || people_after.count(t[k].fold) > 0;
  };
  size_t w = x_begin;
  for (size_t x = x_begin; x < x_end; ++x) {
    Hit& h = (*hits)[x];
    bool keep = true;
    if (h.tail != Hit::kNoTail && h.kind_code == kGovernmentKind) {
      const AliasRef& r = refs[h.tail];
      const DictEntry& e = dict.entries()[r.entry];
      const Alias& a = e.aliases[r.alias];
      if (a.form == "demonym" || a.people) {
        const size_t b = TokenAt(t, h.span.begin), end = TokenAt(t, h.span.end);
        bool people = false;
        Span span = h.span;
        if (end + 1 < t.size() && t[end].fold == hyphen_hash && t[end].begin == t[end - 1].end &&
            t[end + 1].word && not_state_compounds.count(t[end + 1].fold)) {
          keep = false;
        } else if (end < t.size() && t[end].word && people_nouns.count(t[end].fold) &&
                   !(t[end].upper && end + 1 < t.size() && t[end + 1].word && t[end + 1].upper)) {
          // (A capitalised noun before another capitalised word is part of
          // a name: "the Ukrainian National Guard", "the Afghan National
          // Army" are the state's organs, not its people.)
          people = true;
          span.end = t[end].end;
        } else if (noun_use(end) &&
                   (quantity(b) || (b > 1 && t[b - 1].fold == of_hash && quantity(b - 1)))) {
          people = true;  // "500 million Chinese are", "millions of Cubans"
        } else if ((number(b) || (b > 1 && t[b - 1].fold == of_hash && number(b - 1))) &&
                   !plural_noun(end)) {
          // After a number, a demonym not followed by what is counted ("60,000
          // Cuban troops" stays) is a people: "500 million Chinese online".
          people = true;
        } else if (a.people) {
          people = !(b > 0 && t[b - 1].fold == the_hash);
        }
        if (people && !people_id[r.entry].empty() && KindWanted(kGroupKind)) {
          h.span = span;
          h.kind = &kGroupKind;
          h.id = &people_id[r.entry];
          h.name = &people_name[r.entry];
          h.form = &kPeopleForm;
          h.role = &kNoString;
          h.org = &kNoString;
          h.sector = &kNoString;
          h.country = &e.id;
          h.score = 1;
          h.tail = Hit::kNoTail;
          h.kind_code = kOtherKind;
        } else if (people) {
          keep = false;  // a people, but groups are not wanted
        }
      }
    }
    if (keep) (*hits)[w++] = h;
  }
  hits->erase(hits->begin() + w, hits->begin() + x_end);
  return w;
}

// "Guam (US)", "Macao SAR (China)": a government's name in parentheses right
// after a territory's qualifies it and is no mention of its own.
void Recognizer::Impl::DropTerritoryQualifiers(const std::vector<MatchToken>& t, size_t x_begin,
                                               size_t x_end, std::vector<Hit>* hits) const {
  SortHits(hits);
  std::vector<char> drop(hits->size(), 0);
  bool any = false;
  for (size_t x = x_begin; x < x_end && x + 1 < hits->size(); ++x) {
    const Hit& a = (*hits)[x];
    const Hit& q = (*hits)[x + 1];
    if (a.kind_code != kGovernmentKind || q.kind_code != kGovernmentKind) continue;
    const DictEntry* e = EntryOf(a);
    if (!e || e->status != "territory") continue;
    const size_t open = TokenAt(t, a.span.end), inner = TokenAt(t, q.span.begin),
                 close = TokenAt(t, q.span.end);
    if (open + 1 == inner && inner < t.size() && t[open].fold == open_hash && close < t.size() &&
        t[close].fold == close_hash) {
      drop[x + 1] = 1;
      any = true;
    }
  }
  if (!any) return;
  size_t w = 0;
  for (size_t x = 0; x < hits->size(); ++x)
    if (!drop[x]) (*hits)[w++] = (*hits)[x];
  hits->resize(w);
}

// A state named in a document dated before the state existed ("South Sudan"
// in 2009, "Kosovo" as a state in 2005): the name more likely names the
// region, so the link gets a lower score.
//
// A person named in a document dated outside the term of the role the entry
// gives ("the minister" of 2021 quoted as a member of parliament in 2012)
// holds no role then: the hit keeps the person, without role and org, so
// that the person's words are no organisation's.
void Recognizer::Impl::ScoreByDate(const DocContext& ctx, std::vector<Hit>* hits) const {
  const int64_t last = DayNumber(ctx.date, true);
  if (last < 0) return;
  for (Hit& h : *hits) {
    if (h.kind_code == kPersonKindCode && h.tail != Hit::kNoTail &&
        DateDistance(dict.entries()[refs[h.tail].entry], ctx.date) > 0) {
      Detach(&h);
      h.role = &kNoString;
      h.org = &kNoString;
      continue;
    }
    if (h.kind_code != kGovernmentKind || h.tail == Hit::kNoTail) continue;
    const DictEntry& e = dict.entries()[refs[h.tail].entry];
    if (e.valid_from.empty() || DayNumber(e.valid_from, false) <= last) continue;
    Detach(&h);
    h.score = std::min(h.score, kUndatedScore);
  }
}

// A body named inside a longer name is a mention too: the ITU in "ITU
// Council", the UN in "Secretary-General of the United Nations". Each such
// inner name is added with form "nested" (spans may then nest; never
// partly overlap). Names joined by a hyphen ("ITU-T", "WCIT-12"), weak forms
// and bare conditional names are not taken.
void Recognizer::Impl::AddNested(const std::string_view text, const std::vector<MatchToken>& t,
                                 std::vector<Hit>* hits, size_t x_begin, size_t x_end) const {
  for (size_t x = x_begin; x < x_end; ++x) {
    const Hit outer = (*hits)[x];
    if (outer.kind_code == kGovernmentKind || outer.kind_code == kPersonKindCode ||
        outer.form == &kNestedForm || outer.form == &kBackReferenceForm)
      continue;
    if (outer.tail != Hit::kNoTail && !may_nest[outer.tail]) continue;
    const size_t b = TokenAt(t, outer.span.begin), e = TokenAt(t, outer.span.end);
    if (e - b < 2) continue;
    for (size_t k = b; k < e;) {
      size_t best_end = 0;
      int best = -1;
      auto consider = [&](size_t end, internal::Payloads payloads) {
        if (end > e || (k == b && end == e)) return;
        for (uint32_t p : payloads) {
          const AliasRef& r = refs[p];
          if (r.kind_code != kBodyKind || !r.reported || r.weak || r.has_requires) continue;
          if (!Accept(text, t, k, end, r)) continue;
          if (end > best_end) {
            best_end = end;
            best = static_cast<int>(p);
          }
        }
      };
      trie.Walk(t, k, consider);
      exact_trie.Walk(t, k, consider);
      const bool joined = best >= 0 && ((k > b && t[k - 1].fold == hyphen_hash) ||
                                        (best_end < e && t[best_end].fold == hyphen_hash));
      // A national body inside the name of a body that is not of that country
      // is another body's acronym ("NCC" in "RIPE NCC" is not Nigeria's).
      const bool foreign =
          best >= 0 && !dict.entries()[refs[best].entry].country.empty() &&
          (outer.country == nullptr || *outer.country != dict.entries()[refs[best].entry].country);
      // A name that ends the longer one after a word of it is its head, not a
      // mention: "Security Council" in "Peace and Security Council"; but a
      // parent's name is ("Plenipotentiary Conference" in "the 2018
      // Plenipotentiary Conference", an event of that body).
      const DictEntry* outer_entry = EntryOf(outer);
      const bool head =
          best >= 0 && best_end == e && k > b &&
          std::find(nest_links.begin(), nest_links.end(), t[k - 1].fold) == nest_links.end() &&
          !(outer_entry && outer_entry->parent == dict.entries()[refs[best].entry].id);
      if (best < 0 || joined || foreign || head ||
          dict.entries()[refs[best].entry].id == *outer.id) {
        ++k;
        continue;
      }
      AddHit(t, k, best_end, static_cast<uint32_t>(best), hits);
      Hit& added = hits->back();
      Detach(&added);
      added.form = &kNestedForm;
      k = best_end;
    }
  }
}

void Recognizer::Impl::HitPasses(std::string_view text, TokenWindows* windows,
                                 const DocContext& ctx, std::vector<Hit>* hits) const {
  SortHits(hits);
  const size_t n_windows = windows->size();
  // The hits that begin in window w: [first(w), first(w + 1)).
  auto first = [&](size_t w) {
    if (w >= n_windows) return hits->size();
    const size_t at = windows->Cut(w);
    return static_cast<size_t>(
        std::lower_bound(hits->begin(), hits->end(), at,
                         [](const Hit& h, size_t b) { return h.span.begin < b; }) -
        hits->begin());
  };
  if (!back_references.empty()) {
    BackReferences state;
    state.bare = !bare_head_folds.empty() &&
                 std::any_of(hits->begin(), hits->end(), [&](const Hit& o) { return BareHead(o); });
    for (size_t w = 0; w < n_windows; ++w) {
      const TokenWindows::Window win = windows->Get(w);
      ResolveBackReferences(text, win, &state, hits);
    }
    EndBackReferences(text, &state, hits);
  }
  // The passes that read the tokens in and around each hit only: a window's
  // hits at a time, in place. The end of window w's hits, from x, up to
  // `end`:
  auto window_end = [&](size_t w, size_t x, size_t end) {
    if (w + 1 == n_windows) return end;
    while (x < end && (*hits)[x].span.begin < windows->Cut(w + 1)) ++x;
    return x;
  };
  for (size_t w = 0, x = 0; w < n_windows; ++w) {
    x = PeopleFromDemonyms(text, *windows->Get(w).tokens, hits, x, window_end(w, x, hits->size()));
  }
  for (size_t w = 0; w < n_windows; ++w)
    DropTerritoryQualifiers(*windows->Get(w).tokens, first(w), first(w + 1), hits);
  if (!ctx.date.empty()) ScoreByDate(ctx, hits);
  const size_t n_hits = hits->size();
  for (size_t w = 0, x = 0; w < n_windows; ++w) {
    const size_t y = window_end(w, x, n_hits);
    AddNested(text, *windows->Get(w).tokens, hits, x, y);
    x = y;
  }
  if (hits->size() != n_hits) SortHits(hits);
}

void Recognizer::Impl::FindHits(std::string_view text, const std::vector<AcronymDef>* defs,
                                const DocContext& ctx, Found* found) const {
  const Impl& im = *this;
  thread_local std::vector<MatchToken> tokens;
  thread_local IndexVector upper, firsts;
  TokenWindows windows(text, im.window_bytes, im.margin_tokens, im.starts, &tokens, &upper,
                       &firsts);
  std::vector<Hit>& out = found->hits;
  out.clear();
  // By the text's token index: the token range of each hit, and the tokens
  // inside a hit.
  thread_local std::vector<std::pair<size_t, size_t>> tok_spans;
  tok_spans.clear();
  thread_local std::vector<char> covered;
  covered.clear();
  const auto& entries = im.dict.entries();
  std::vector<std::pair<size_t, const std::vector<std::string>*>> conditional;
  thread_local IndexVector cands;
  // The text's "resolution(s)" tokens, for FindResolutions (the start filter
  // lets them through).
  thread_local IndexVector resolution_tokens;
  resolution_tokens.clear();
  size_t next_token = 0;  // tokens before it are inside a match
  for (size_t w = 0; w < windows.size(); ++w) {
    const TokenWindows::Window win = windows.Get(w);
    const std::vector<MatchToken>& t = *win.tokens;
    const size_t base = win.base;
    if (covered.size() < base + t.size()) covered.resize(base + t.size(), 0);
    // Tokens before the body (a header, front matter) are not analysed.
    size_t first_token = win.own_begin;
    while (first_token < win.own_end && t[first_token].begin < ctx.body_begin) {
      covered[first_token + base] = 1;
      ++first_token;
    }
    // Tokens where an alias may start. Most tokens start none; the tries are
    // read for the rest, with their first edges fetched a few tokens ahead.
    {
      // The window's tokens that pass the first-token filter are known.
      const IndexVector& f = *win.firsts;
      const auto from = std::lower_bound(f.begin(), f.end(), first_token);
      const auto to = std::lower_bound(from, f.end(), win.own_end);
      const size_t n = static_cast<size_t>(to - from);
      cands.resize(n);
      size_t m = 0;
      for (size_t c = 0; c < n; ++c) {
        const size_t k = from[c];
        const bool has_next = k + 1 < t.size();
        cands[m] = static_cast<uint32_t>(k);
        m += im.starts.MaybeNext(t[k].fold, has_next, has_next ? t[k + 1].fold : 0);
      }
      cands.resize(m);
    }
    // The edges of a candidate's first kDepth tokens are fetched kAhead
    // candidates ahead (their keys need only the tokens).
    constexpr size_t kAhead = 16, kDepth = 3;
    auto prefetch = [&](size_t k) {
      im.trie.Prefetch(t, k, kDepth);
      if (t[k].exact != t[k].fold) im.exact_trie.Prefetch(t, k, kDepth);
    };
    for (size_t c = 0; c < kAhead && c < cands.size(); ++c) prefetch(cands[c]);
    // Room for a hit at every candidate (about one in three matches), in
    // every window as in the first: the untouched part of a large
    // reservation costs no memory, while growing a full vector holds it
    // twice (a text dense with names: 100 MB more).
    if (w == 0) out.reserve((cands.size() + 16) * windows.size());
    for (size_t c = 0; c < cands.size(); ++c) {
      if (c + kAhead < cands.size()) prefetch(cands[c + kAhead]);
      const size_t i = cands[c];
      if (t[i].fold == im.resolution_hash || t[i].fold == im.resolutions_hash)
        resolution_tokens.push_back(static_cast<uint32_t>(i + base));
      if (i + base < next_token) continue;
      size_t best_end = 0;
      int best = -1;
      bool best_weak = true;
      bool undated = false;  // two dated entries share the form and no date chose
      auto consider = [&](size_t end, internal::Payloads payloads) {
        for (uint32_t p : payloads) {
          const AliasRef& r = im.refs[p];
          if (!im.Accept(text, t, i, end, r)) continue;
          bool weak = r.weak;
          // Longer wins; at equal length a strong form wins, then the later
          // loaded entry (user dictionaries override shipped ones); within one
          // entry the earlier form ("Canada" the name over "Canadá" the
          // Spanish name, which folds to the same tokens).
          if (end > best_end || (end == best_end && best_weak && !weak)) {
            best_end = end;
            best = static_cast<int>(p);
            best_weak = weak;
            undated = false;
          } else if (end == best_end && best_weak == weak && r.entry != im.refs[best].entry) {
            // Entries with dates that share a form ("PrepCom-3"): the one
            // whose dates fit the document's wins.
            const DictEntry& a = entries[im.refs[best].entry];
            const DictEntry& b = entries[r.entry];
            const bool dated = (!a.valid_from.empty() || !a.valid_to.empty()) &&
                               (!b.valid_from.empty() || !b.valid_to.empty());
            if (dated && !ctx.date.empty()) {
              if (DateDistance(b, ctx.date) < DateDistance(a, ctx.date)) best = static_cast<int>(p);
              undated = false;
            } else {
              best = static_cast<int>(p);
              undated = dated;
            }
          }
        }
      };
      // im.starts holds the folded trie's start filter, tested above.
      im.trie.Walk(t, i, consider, /*filtered=*/true);
      im.exact_trie.Walk(t, i, consider);
      if (best < 0) continue;
      const AliasRef& r = im.refs[best];
      // "a working group on Internet governance": a body's name written all
      // in lower case after "a" or "an" describes, it does not name.
      if (r.kind_code == kBodyKind && !r.case_sensitive && best_end - i > 1 && i > 0 &&
          (t[i - 1].fold == im.a_hash || t[i - 1].fold == im.an_hash) &&
          std::none_of(t.begin() + i, t.begin() + best_end,
                       [](const MatchToken& x) { return x.upper; }))
        continue;
      for (size_t k = i; k < best_end; ++k) covered[k + base] = 1;
      if (r.reported) {
        im.AddHit(t, i, best_end, static_cast<uint32_t>(best), &out);
        if (undated) {
          im.Detach(&out.back());
          out.back().score = kUndatedScore;
        }
        tok_spans.emplace_back(i + base, best_end + base);
        if (r.has_requires) {
          conditional.emplace_back(out.size() - 1, &entries[r.entry].aliases[r.alias].requires_ids);
        }
      }
      next_token = best_end + base;
    }
  }
  covered.resize(windows.total());
  DropUnmetContext(conditional, &out, &tok_spans, &covered);

  // Document-local names: acronyms defined in the document, and the short
  // stem of a hyphenated name already found ("the CWG" after "CWG-Internet").
  std::vector<Local>& locals = found->locals;
  locals.clear();
  std::optional<PhraseTrie> local_trie;  // made for the first local name
  // A filter of the first tokens of the local names, one bit per token hash
  // out of 1024, so that most tokens are rejected without a trie walk.
  uint64_t local_firsts[16] = {};
  auto maybe_first = [&local_firsts](uint64_t h) {
    return (local_firsts[h >> 60] >> ((h >> 54) & 63)) & 1;
  };
  thread_local std::vector<MatchToken> lt;
  size_t local_tokens = 0;  // the longest local name, in tokens
  auto add_local = [&](std::string_view phrase, Local l) {
    internal::Tokenize(phrase, &lt);
    if (lt.empty()) return;
    local_tokens = std::max(local_tokens, lt.size());
    // Skip phrases the dictionary already knows.
    bool known = false;
    im.trie.Walk(lt, 0, [&](size_t end, internal::Payloads) { known |= end == lt.size(); });
    if (known) return;
    // A name defined again adds nothing (the first definition is the one
    // used), and adding it again would copy its list of payloads: quadratic
    // in the definitions of a long document.
    if (local_trie) {
      bool again = false;
      local_trie->Walk(lt, 0, [&](size_t end, internal::Payloads) { again |= end == lt.size(); });
      if (again) return;
    }
    if (!local_trie) local_trie.emplace();
    local_trie->Add(lt, static_cast<uint32_t>(locals.size()));
    const uint64_t h = lt[0].fold;  // the trie is case-insensitive
    local_firsts[h >> 60] |= 1ULL << ((h >> 54) & 63);
    locals.push_back(std::move(l));
  };
  if (defs) {
    for (const AcronymDef& d : *defs) {
      if (d.long_form.empty() || d.short_form.empty()) continue;
      // Does the long form name a dictionary entry?
      internal::Tokenize(d.long_form, &lt);
      if (lt.size() > 1 && lt[0].fold == im.the_hash) lt.erase(lt.begin());
      const DictEntry* named = nullptr;
      if (!lt.empty()) {
        auto full = [&](size_t end, internal::Payloads p) {
          if (end == lt.size()) named = &entries[im.refs[p[0]].entry];
        };
        im.trie.Walk(lt, 0, full);
        if (!named) im.exact_trie.Walk(lt, 0, full);
      }
      if (!named) {
        // A long form the dictionary does not know, for a short form it
        // does ("Réseaux IP Européens Network Coordination Centre
        // (RIPE-NCC)"): the short form names the entry.
        internal::Tokenize(d.short_form, &lt);
        if (!lt.empty()) {
          im.exact_trie.Walk(lt, 0, [&](size_t end, internal::Payloads p) {
            if (end == lt.size()) named = &entries[im.refs[p[0]].entry];
          });
        }
        if (named && (named->kind != "body" && named->kind != "event")) named = nullptr;
        if (named) {
          if (!im.Wanted(named->kind, named->sector)) continue;
          add_local(d.long_form, {named->kind, named->id, named->name, "defined", named->sector,
                                  named->country});
          continue;
        }
      }
      if (named && named->kind == "block") continue;
      if (named) {
        if (!im.KindWanted(named->kind)) continue;
        add_local(d.short_form,
                  {named->kind, named->id, named->name, "defined", named->sector, named->country});
      } else {
        std::string kind = OrgLikeLongForm(d.long_form) ? "body" : "topic";
        if (!im.KindWanted(kind)) continue;
        add_local(d.short_form, {kind, d.short_form, d.long_form, "defined", "", ""});
        add_local(d.long_form, {kind, d.short_form, d.long_form, "defined", "", ""});
      }
    }
  }
  {
    std::set<std::string> seen;
    const size_t n = out.size();
    for (size_t x = 0; x < n; ++x) {
      const Hit& e = out[x];
      if (e.kind_code != kBodyKind && e.kind_code != kEventKind) continue;
      size_t dash = e.id->find('-');
      if (dash == std::string::npos || dash < 2) continue;
      std::string stem = e.id->substr(0, dash);
      bool acronym =
          std::all_of(stem.begin(), stem.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (!acronym || !seen.insert(stem).second) continue;
      const DictEntry* d = im.EntryOf(e);
      add_local(stem, {*e.kind, *e.id, *e.name, "stem", d ? d->sector : std::string(),
                       d ? d->country : std::string()});
    }
  }
  if (!locals.empty()) {
    windows.EnsureMargin(local_tokens + 32);
    size_t next = 0;  // the text's token index: tokens before it are done
    for (size_t w = 0; w < windows.size(); ++w) {
      const TokenWindows::Window win = windows.Get(w);
      const std::vector<MatchToken>& t = *win.tokens;
      const size_t base = win.base;
      size_t i = std::max(win.own_begin, next > base ? next - base : 0);
      while (i < win.own_end) {
        // The filter first: it rejects nearly every token, a branch that is
        // easy to predict (whether a token is covered is not).
        if (!maybe_first(t[i].fold) || covered[i + base]) {
          ++i;
          continue;
        }
        size_t best_end = 0;
        int best = -1;
        local_trie->Walk(t, i, [&](size_t end, internal::Payloads p) {
          for (size_t k = i; k < end; ++k) {
            if (covered[k + base]) return;
          }
          best_end = end;
          best = static_cast<int>(p[0]);
        });
        if (best < 0) {
          ++i;
          continue;
        }
        // Acronyms stay case-sensitive: "CWG" must be written in capitals.
        std::string_view written = text.substr(t[i].begin, t[best_end - 1].end - t[i].begin);
        const Local& l = locals[best];
        if (l.form == "stem" || (l.form == "defined" && written.size() <= 12 &&
                                 written.find(' ') == std::string_view::npos)) {
          bool has_upper = std::any_of(written.begin(), written.end(),
                                       [](char c) { return c >= 'A' && c <= 'Z'; });
          if (!has_upper) {
            ++i;
            continue;
          }
        }
        Hit& e = out.emplace_back();
        e.span = {t[i].begin, t[best_end - 1].end};
        e.kind = &l.kind;
        e.id = &l.id;
        e.name = &l.name;
        e.form = l.form == "stem" ? &kAliasForm : &kDefinedForm;
        e.sector = &l.sector;
        e.country = &l.country;
        e.kind_code = KindCodeOf(l.kind);
        tok_spans.emplace_back(i + base, best_end + base);
        for (size_t k = i; k < best_end; ++k) covered[k + base] = 1;
        i = best_end;
      }
      next = i + base;
    }
  }
  // Spelling variants and UN resolutions, in one pass over the windows.
  found->owned.clear();
  const bool variants = !im.variant_names.empty();
  if (!im.KindWanted(kInstrumentKindName)) resolution_tokens.clear();
  if (variants || !resolution_tokens.empty()) {
    for (size_t w = 0; w < windows.size(); ++w) {
      const TokenWindows::Window win = windows.Get(w);
      if (variants) im.FindVariants(text, win, &out, &tok_spans, &covered);
      if (!resolution_tokens.empty()) {
        im.FindResolutions(text, *win.tokens, resolution_tokens, win.base, win.own_begin,
                           win.own_end, &out, &tok_spans, &covered, &found->owned);
      }
    }
  }
  if (im.person_rules && im.KindWanted("person")) {
    // In hit order (a person found covers tokens for the later ones), a
    // window at a time: the hits from the tries, then the local names, are
    // each in text order.
    const size_t n_found = out.size();
    for (size_t x = 0; x < n_found;) {
      const size_t w = windows.Owner(tok_spans[x].first);
      size_t y = x + 1;
      while (y < n_found && windows.Owner(tok_spans[y].first) == w) ++y;
      const TokenWindows::Window win = windows.Get(w);
      im.FindPeople(text, *win.tokens, win.base, tok_spans, x, y, &out, &covered, &found->owned);
      x = y;
    }
  }
  im.HitPasses(text, &windows, ctx, &out);
  // Bodies a rule found keep to the sectors asked for (dictionary matches
  // of other sectors were never reported).
  if (!im.sectors.empty()) {
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Hit& h) {
                               return h.tail == Hit::kNoTail && h.kind_code == kBodyKind &&
                                      !im.sectors.count(*h.sector);
                             }),
              out.end());
  }
  // After a long text (a few MB), give the memory back before the entities
  // are written: held on, it added to the peak of what comes next.
  ReleaseIfLarge(&covered);
  ReleaseIfLarge(&tok_spans);
  ReleaseIfLarge(&tokens);
  ReleaseIfLarge(&upper);
  ReleaseIfLarge(&firsts);
  ReleaseIfLarge(&cands);
  SortHits(&out);
}

std::vector<Entity> Recognizer::Find(std::string_view text, const std::vector<AcronymDef>* defs,
                                     const DocContext* context) const {
  static const DocContext kNoContext;
  Impl::Found found;
  impl_->FindHits(text, defs, context ? *context : kNoContext, &found);
  std::vector<Entity> out(found.hits.size());
  for (size_t k = 0; k < out.size(); ++k) {
    const Hit& h = found.hits[k];
    Entity& e = out[k];
    e.span = h.span;
    e.text.assign(text.substr(h.span.begin, h.span.size()));
    e.kind = *h.kind;
    e.id = *h.id;
    e.name = *h.name;
    e.role = *h.role;
    e.org = *h.org;
    if (h.tail == Hit::kNoTail) {
      e.form = *h.form;
      e.sector = *h.sector;
      e.country = *h.country;
      e.score = h.score;
    } else {
      const AliasRef& r = impl_->refs[h.tail];
      const DictEntry& d = impl_->dict.entries()[r.entry];
      e.form = d.aliases[r.alias].form;
      e.sector = d.sector;
      e.country = d.country;
      e.score = ScoreOf(d.aliases[r.alias]);
    }
  }
  return out;
}

void Recognizer::AppendJson(std::string_view text, const std::vector<AcronymDef>* defs,
                            std::string* out, const DocContext* context) const {
  static const DocContext kNoContext;
  thread_local Impl::Found found;
  impl_->FindHits(text, defs, context ? *context : kNoContext, &found);
  impl_->WriteJson(text, found, out);
  // After a long text, give the memory back.
  if (found.hits.capacity() > (1u << 20)) std::vector<Hit>().swap(found.hits);
}

void Recognizer::Impl::WriteJson(std::string_view text, const Found& found,
                                 std::string* out) const {
  const Impl& im = *this;
  // As EntitiesJson writes the entities, through a pointer into a reused
  // buffer with room for the worst case, then appended at once: one large
  // copy rather than one per entity. A chunk of entities at a time, so that
  // the buffer stays small on a long text (its worst case is several times
  // what is written).
  // Keys, punctuation, the two offsets and a tail's slack.
  constexpr size_t kFixed = 64;
  constexpr size_t kChunk = 4096;
  const std::vector<Hit>& hits = found.hits;
  thread_local std::vector<char> buf;
  out->push_back('[');
  for (size_t from = 0; from < hits.size(); from += kChunk) {
    const size_t to = std::min(hits.size(), from + kChunk);
    size_t room = 1 + kPad;
    for (size_t k = from; k < to; ++k) {
      const Hit& h = hits[k];
      room += kFixed + (kMaxJsonStringGrowth + 1) * h.span.size();
      if (h.tail == Hit::kNoTail) {
        room += internal::EntityMembersBound(h.kind->size() + h.id->size() + h.name->size() +
                                             h.form->size() + h.role->size() + h.org->size() +
                                             h.sector->size() + h.country->size());
      } else {
        room += im.tail_of[h.tail].second;
      }
    }
    if (buf.size() < room) buf.resize(std::max(room, 2 * buf.size()));
    internal::JsonCursor c(buf.data());
    for (size_t k = from; k < to; ++k) {
      const Hit& h = hits[k];
      if (k) c.Char(',');
      c.Lit("{\"span\":").SpanValue(h.span);
      c.Field(",\"text\":", text.substr(h.span.begin, h.span.size()));
      if (h.tail != Hit::kNoTail) {
        // Copied 16 bytes at a time, past its end into the buffer's slack:
        // the tails are padded, and what is copied past the end is written
        // over next.
        const char* tail = im.tails.data() + im.tail_of[h.tail].first;
        const size_t n = im.tail_of[h.tail].second;
        char* p = c.end();
        for (size_t at = 0; at < n; at += kPad) std::memcpy(p + at, tail + at, kPad);
        c = internal::JsonCursor(p + n);
      } else {
        internal::AppendEntityMembers(*h.kind, *h.id, *h.name, *h.form, *h.role, *h.org, *h.sector,
                                      *h.country, h.score, &c);
      }
      c.Char('}');
    }
    // The last chunk: room for it and the ']' at once, rather than a string
    // that grows (and is copied) for the ']'.
    const size_t written = c.end() - buf.data();
    if (to == hits.size()) {
      out->reserve(out->size() + written + 1);
    } else if (from == 0) {
      // More chunks follow (a long text): room for them all, from the size
      // of the first with a tenth to spare, so that the string is not
      // copied as it grows (which held it twice: 200 MB for 100).
      const double per_hit = static_cast<double>(written) / static_cast<double>(to);
      out->reserve(out->size() + static_cast<size_t>(per_hit * 1.1 * hits.size()) + 2);
    }
    out->append(buf.data(), written);
  }
  out->push_back(']');
}

DocContext ContextOf(const Document& doc) {
  DocContext ctx;
  ctx.body_begin = BodyStart(doc);
  ctx.date = MetaDate(doc.Raw("meta"));
  return ctx;
}

namespace {

// The acronym definitions recognition uses in `doc`: its "acronyms" layer,
// else (when `find`) those found in its text from ctx.body_begin. *have is
// false when there are none to use (neither).
Status DefinitionsFor(const Document& doc, const DocContext& ctx, bool find,
                      std::vector<AcronymDef>* defs, bool* have) {
  auto layer = GetAcronyms(doc, have);
  if (!layer.ok()) return layer.status();
  if (*have) {
    *defs = std::move(*layer);
  } else if (find) {
    *defs = FindAcronymsInBody(doc.text(), ctx.body_begin, nullptr);
    *have = true;
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<Entity>> EnsureEntities(const Document& doc, const Recognizer& recognizer,
                                           bool* computed) {
  bool found = false;
  auto ents = GetEntities(doc, &found);
  if (found) {
    *computed = false;
    return ents;
  }
  *computed = true;
  return ComputeEntities(doc, recognizer, true);
}

Result<std::vector<Entity>> ComputeEntities(const Document& doc, const Recognizer& recognizer,
                                            bool find_definitions) {
  std::vector<AcronymDef> defs;
  bool have = false;
  const DocContext ctx = ContextOf(doc);
  Status st = DefinitionsFor(doc, ctx, find_definitions, &defs, &have);
  if (!st.ok()) return st;
  return recognizer.Find(doc.text(), have ? &defs : nullptr, &ctx);
}

Status AddEntities(Document* doc, const Recognizer& recognizer, bool find_definitions) {
  std::vector<AcronymDef> defs;
  bool have = false;
  const DocContext ctx = ContextOf(*doc);
  Status st = DefinitionsFor(*doc, ctx, find_definitions, &defs, &have);
  if (!st.ok()) return st;
  std::string layer;
  recognizer.AppendJson(doc->text(), have ? &defs : nullptr, &layer, &ctx);
  doc->SetLayer("entities", std::move(layer));
  return Status::Ok();
}

Status AppendWithEntities(Document* doc, const Recognizer& recognizer, bool find_definitions,
                          std::string* out) {
  if (doc->Has("entities")) {
    // Replaced where it stands: AddEntities keeps the members' order.
    Status st = AddEntities(doc, recognizer, find_definitions);
    if (!st.ok()) return st;
    doc->AppendJsonLine(out);
    return Status::Ok();
  }
  std::vector<AcronymDef> defs;
  bool have = false;
  const DocContext ctx = ContextOf(*doc);
  Status st = DefinitionsFor(*doc, ctx, find_definitions, &defs, &have);
  if (!st.ok()) return st;
  const Recognizer::Impl& im = *recognizer.impl_;
  thread_local Recognizer::Impl::Found found;
  im.FindHits(doc->text(), have ? &defs : nullptr, ctx, &found);
  // A new layer comes last: the record without it, its closing "}\n" taken
  // off, then the layer and the closing again. The record is written after
  // the matching, whose memory is given back by then.
  doc->AppendJsonLine(out);
  out->resize(out->size() - 2);
  // A record without members ("{}") takes no comma.
  out->append(out->back() == '{' ? "\"entities\":" : ",\"entities\":");
  im.WriteJson(doc->text(), found, out);
  out->append("}\n");
  if (found.hits.capacity() > (1u << 20)) std::vector<Hit>().swap(found.hits);
  return Status::Ok();
}

}  // namespace caucus
