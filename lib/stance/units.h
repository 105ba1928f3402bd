// Internal: the first sentence pass of the stance engine, units and tokens.
// A sentence is cut into units: words (folded to lower case), punctuation,
// and the entities of the entity layer, each one unit (an actor: a
// government, body, group or person; a topic; another entity). The later
// passes read the units through the queries below (IsWord, IsActor, ...).
// Not part of the public API.
#ifndef CAUCUS_LIB_STANCE_UNITS_H_
#define CAUCUS_LIB_STANCE_UNITS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/entity_view.h"
#include "caucus/types.h"
#include "cues.h"
#include "word_match.h"
#include "word_reader.h"

namespace caucus::stance {

using internal::CueDef;
using internal::CuePos;
using internal::IsAdverbWord;
using internal::Lexicon;
using internal::PhraseList;
using internal::WordInfo;

enum class UK : uint8_t { kWord, kPunct, kActor, kTopic, kEntity };

// Bump allocator for the strings one Find call makes (folded words, collective
// ids): units and actors hold string_views into it, the text and the entity
// list, so copying them never allocates. Blocks never move.
class Arena {
 public:
  std::string_view Copy(std::string_view s) {
    char* p = Alloc(s.size());
    std::copy(s.begin(), s.end(), p);
    return {p, s.size()};
  }
  // FoldWord without the std::string: lower-cases ASCII letters and folds
  // the typographic apostrophes to '.
  std::string_view Fold(std::string_view w) {
    char* out = Alloc(w.size());
    size_t n = 0;
    for (size_t i = 0; i < w.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(w[i]);
      if (c >= 'A' && c <= 'Z') {
        out[n++] = static_cast<char>(c + 32);
      } else if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(w[i + 2]) == 0x99 ||
                  static_cast<unsigned char>(w[i + 2]) == 0x98)) {
        out[n++] = '\'';
        i += 2;
      } else {
        out[n++] = static_cast<char>(c);
      }
    }
    return {out, n};
  }

 private:
  char* Alloc(size_t n) {
    if (n > left_) {
      size_t size = std::max<size_t>(n, 16384);
      blocks_.emplace_back(new char[size]);  // uninitialized: no memset
      next_ = blocks_.back().get();
      left_ = size;
    }
    char* p = next_;
    next_ += n;
    left_ -= n;
    return p;
  }
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  size_t left_ = 0;
};

// The folded form of a word or entity text: a view of the text itself when
// folding changes nothing (the common case), else a folded copy in the arena.
inline std::string_view Folded(std::string_view w, Arena* arena) {
  for (char ch : w) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || c == 0xE2) return arena->Fold(w);
  }
  return w;
}

// An actor as the analysis handles it: views of an entity's strings, or of a
// collective's text and slug id (in the arena). Stances copy them out.
struct ActorView {
  std::string_view id;
  std::string_view kind;
  std::string_view text;
  Span span;
};

struct Unit {
  UK kind = UK::kWord;
  bool adverb = false;  // word units: IsAdverbWord(low), from the word's lexicon entry
  Span span;
  std::string_view low;  // folded word; the punctuation character for kPunct
  int ent = -1;          // index into the entity list, for entity units
  int actor = -1;        // actor units: index into SentenceUnits::actors_
  WordInfo info;         // word units: the lexicon's index entry for `low`
};

inline bool IsAsciiAlnum(unsigned char c) {
  return internal::WordByteClass(static_cast<char>(c)) & internal::kAlnumByte;
}

// Word equality for the analysis' many short comparisons: length and first
// byte settle almost all of them without a memcmp call.
[[gnu::always_inline]] inline bool SameWord(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || (!a.empty() && a[0] != b[0])) return false;
  // The rest byte by byte: words are short, and a memcmp call costs more.
  for (size_t k = 1; k < a.size(); ++k)
    if (a[k] != b[k]) return false;
  return true;
}

// The units of one sentence and the queries the passes ask of them. Tokenize
// fills them; the actor-unit pass (actor_units.cc) merges collectives and
// role nouns into actor units and demotes demonyms. The vectors are kept
// across sentences so their memory is reused.
class SentenceUnits {
 public:
  SentenceUnits(const Lexicon& lex, std::string_view text, const std::vector<EntityView>& ents,
                Arena* arena)
      : lex_(lex), en_(lex.english), text_(text), ents_(ents), arena_(arena) {}

  // ---- the units pass (units.cc) -------------------------------------------
  // Forgets the previous sentence's units.
  void Clear() {
    units_.clear();
    n_ = 0;
    cue_candidates_.clear();
    first_hit_candidate_ = 0;
    topic_units_.clear();
    quantifier_at_.clear();
    actors_.clear();
    word_lists_ = 0;
    entity_actors_ = false;
    units_merged_ = false;
  }
  // Cuts text[s) into units; every word unit gets its lexicon entry and
  // adverb flag as it is added (AddWord).
  void Tokenize(Span s);
  // Whether some cue phrase may match the word units (see units.cc); notes
  // the first cue candidate where one does (first_hit_candidate_).
  bool MayHaveHit();

  // ---- the actor-unit pass (actor_units.cc) --------------------------------
  void MergeCollectives();
  void AbsorbRoleNouns();
  void DemoteDemonyms();
  // Whether entity e is written as an adjective of its country: a demonym
  // ("Ukrainian"), or a weak alias shaped like one ("American", "Congolese").
  static bool DemonymAdjective(const EntityView& e);

  // ---- queries ---------------------------------------------------------------
  // The unit count, kept beside the vector: the queries below bound-check
  // every index, tens of millions of times a run.
  int n() const { return n_; }
  const Unit& unit(int i) const { return units_[i]; }
  [[gnu::always_inline]] bool IsWord(int i, std::string_view w) const {
    return InRange(i) && units_[i].kind == UK::kWord && SameWord(units_[i].low, w);
  }
  // Whether unit i is a word of five letters or more in -ing: a gerund or
  // present participle ("shelling", "calling"), as the stance rules guess.
  bool IsIngForm(int i) const {
    if (!InRange(i)) return false;
    const std::string_view w = units_[i].low;
    return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  }
  // The same for a string literal, the common case: its length is a
  // constant, so the comparison compiles to a few loads.
  template <size_t N>
  [[gnu::always_inline]] bool IsWord(int i, const char (&w)[N]) const {
    return InRange(i) && units_[i].kind == UK::kWord && units_[i].low.size() == N - 1 &&
           std::memcmp(units_[i].low.data(), w, N - 1) == 0;
  }
  // Whether unit i is a word whose first letter is one of `letters`: the
  // markers' cheap first test, which turns most words away. A literal, so
  // the test is a few compares rather than a memchr call.
  template <size_t N>
  [[gnu::always_inline]] bool WordStartsWithOneOf(int i, const char (&letters)[N]) const {
    if (!InRange(i) || units_[i].kind != UK::kWord || units_[i].low.empty()) return false;
    const char c = units_[i].low[0];
    bool any = false;
    for (size_t k = 0; k + 1 < N; ++k) any |= c == letters[k];
    return any;
  }
  // An adverb, modal, auxiliary or negation that may stand between "and"
  // and a second predicate: "and therefore cannot possibly fail to defend".
  bool IsPredicatePrefix(int i) const {
    if (IsAdverb(i)) return true;
    if (!InRange(i) || units_[i].kind != UK::kWord) return false;
    if (IsWord(i, "to"))
      return IsWord(i - 1, "fail") || IsWord(i - 1, "failed") || IsWord(i - 1, "fails");
    return en_.predicate_prefixes.Contains(internal::LowerWord(units_[i].low));
  }
  // A form of "be": "was", "is", "been", ... (a passive's auxiliary).
  bool IsBeForm(int i) const { return InList(i, en_.passive_be_forms); }
  bool AnyBeForm(int b, int e) const {
    for (int i = b; i < e; ++i)
      if (IsBeForm(i)) return true;
    return false;
  }
  // "others", "all", "everyone": a subject by itself ("many" and "some"
  // mostly modify a noun).
  bool IsSubjectPronoun(int i) const {
    return IsWord(i, "others") || IsWord(i, "all") || IsWord(i, "everyone") ||
           IsWord(i, "everybody");
  }
  // Whether unit i is a word of list l.
  [[gnu::always_inline]] bool InList(int i, const internal::WordList& l) const {
    return InRange(i) && units_[i].kind == UK::kWord && l.Contains(units_[i].low);
  }
  [[gnu::always_inline]] bool IsPunct(int i, char c) const {
    return InRange(i) && units_[i].kind == UK::kPunct && units_[i].low[0] == c;
  }
  [[gnu::always_inline]] bool IsActor(int i) const {
    return InRange(i) && units_[i].kind == UK::kActor;
  }
  // The actor of actor unit i.
  const ActorView& ActorAt(int i) const { return actors_[units_[i].actor]; }
  [[gnu::always_inline]] bool IsAdverb(int i) const {
    return InRange(i) && units_[i].kind == UK::kWord && units_[i].adverb;
  }
  // Whether any unit is a word that may start a phrase of `list`.
  bool AnyMayStart(const PhraseList& list) const {
    for (const Unit& u : units_)
      if (u.kind == UK::kWord && (u.info.lists & list.bit)) return true;
    return false;
  }
  // End index of `words` matched at i (word units only), or -1.
  [[gnu::always_inline]] inline int MatchWords(int i, const std::vector<std::string>& words,
                                               bool allow_adverb) const;
  // MatchWords for a phrase of the word unit i's lexicon buckets (cue
  // phrases, list markers): its first word is that unit's word (the bucket
  // is found by it), so the match starts at the second.
  [[gnu::always_inline]] inline int MatchRest(int i, const std::vector<std::string>& words,
                                              bool allow_adverb) const;
  // Calls f(phrase index) for the cue phrases of word unit i's bucket that
  // may match at i, in bucket order, until f returns true: all of them, or
  // for an indexed bucket (Lexicon::BucketIndex) the one-word phrases and
  // those whose second word is the next unit's word or, after a skippable
  // adverb, the one after it, the only ones MatchRest can match.
  // REQUIRES: unit i is a word with info.cues >= 0.
  template <typename F>
  void ForEachCuePhrase(int i, F&& f) const;
  // End index of the list's first phrase (longest first) matched at i, or -1.
  [[gnu::always_inline]] inline int MatchList(int i, const PhraseList& list) const;
  int MatchStr(int i, std::initializer_list<std::string_view> words) const;

 protected:
  // Appends a unit built in place: a Unit built on the stack is stored in
  // pieces and copied whole, a store-forwarding stall per unit.
  Unit& AddUnit(UK kind, Span span, std::string_view low) {
    Unit& u = units_.emplace_back();
    ++n_;
    u.kind = kind;
    u.span = span;
    u.low = low;
    return u;
  }
  [[gnu::always_inline]] inline void AddWord(Span span, std::string_view low);
  // Replaces the units by *units (MergeCollectives, AbsorbRoleNouns); *units
  // gets the old ones.
  void SwapUnits(std::vector<Unit>* units) {
    units_.swap(*units);
    n_ = static_cast<int>(units_.size());
  }
  // Whether i indexes a unit: 0 <= i < n() in one unsigned compare.
  [[gnu::always_inline]] bool InRange(int i) const {
    return static_cast<unsigned>(i) < static_cast<unsigned>(n_);
  }
  int AddActor(const ActorView& a) {
    actors_.push_back(a);
    return static_cast<int>(actors_.size()) - 1;
  }

  const Lexicon& lex_;
  const internal::EnglishWords& en_;  // lex_.english: the words of the rules
  std::string_view text_;
  const std::vector<EntityView>& ents_;
  Arena* arena_;
  std::vector<Unit> units_;          // change only through Clear, AddUnit, SwapUnits (n_)
  int n_ = 0;                        // units_.size()
  std::vector<int> cue_candidates_;  // word units that start cue phrases (info.cues >= 0)
  // cue_candidates_[0, first_hit_candidate_) start no cue phrase: MayHaveHit
  // matched every phrase of their buckets there, as FindHits would, and
  // none matched; FindHits skips them while the units are Tokenize's.
  size_t first_hit_candidate_ = 0;
  // What Tokenize saw, so that the later passes skip sentences their rules
  // cannot apply to without reading every unit: the topic units; the
  // PhraseList bits of any word unit (info.lists); whether an entity became
  // an actor unit; whether MergeCollectives or AbsorbRoleNouns replaced the
  // units since (then unit indices above are stale).
  std::vector<int> topic_units_;
  uint32_t word_lists_ = 0;
  bool entity_actors_ = false;
  bool units_merged_ = false;
  std::vector<Unit> merged_;        // scratch for MergeCollectives / AbsorbRoleNouns
  std::vector<int> quantifier_at_;  // the word units that may start a quantifier (Tokenize)
  std::vector<ActorView> actors_;   // of this sentence's actor units
};

void SentenceUnits::AddWord(Span span, std::string_view low) {
  // The word's lexicon entry (one probe), read by the passes, and the adverb
  // flag: IsAdverbWord(low, en_.skippable_adverbs), the list's words being
  // in the lexicon's word table (WordInfo::adverb). Words that start a cue
  // are noted for MayHaveHit.
  const WordInfo* w = lex_.words.Find(low);
  if (w && w->cues >= 0) cue_candidates_.push_back(n());
  Unit& u = AddUnit(UK::kWord, span, low);
  if (w) {
    u.info = *w;
    word_lists_ |= w->lists;
    if (w->lists & lex_.quantifier.bit) quantifier_at_.push_back(n() - 1);
  }
  const size_t n = low.size();
  u.adverb = (n > 4 && low[n - 2] == 'l' && low[n - 1] == 'y') || (w && w->adverb);
}

int SentenceUnits::MatchWords(int i, const std::vector<std::string>& words,
                              bool allow_adverb) const {
  if (words.empty()) return i;
  if (i >= n() || units_[i].kind != UK::kWord || !SameWord(units_[i].low, words[0])) return -1;
  return MatchRest(i, words, allow_adverb);
}

int SentenceUnits::MatchRest(int i, const std::vector<std::string>& words,
                             bool allow_adverb) const {
  int j = i + 1;
  for (size_t k = 1; k < words.size(); ++k) {
    if (allow_adverb && IsAdverb(j) && !(j < n() && SameWord(units_[j].low, words[k]))) ++j;
    if (j >= n() || units_[j].kind != UK::kWord || !SameWord(units_[j].low, words[k])) return -1;
    ++j;
  }
  return j;
}

template <typename F>
void SentenceUnits::ForEachCuePhrase(int i, F&& f) const {
  const int32_t b = units_[i].info.cues;
  const std::vector<uint32_t>& bucket = lex_.cue_buckets[b];
  const int32_t x = lex_.bucket_index_of[b];
  if (x < 0) {
    // A phrase of two words or more needs its second word at unit i + 1,
    // or after a skippable adverb there at i + 2 (as MatchRest reads them):
    // its length and first byte (Lexicon::PhraseSecondKey) are compared
    // with theirs before the phrase itself is read.
    auto key = [&](int k) -> uint32_t {
      return InRange(k) && units_[k].kind == UK::kWord ? Lexicon::WordKey(units_[k].low) : 0;
    };
    const uint32_t k1 = key(i + 1), k2 = IsAdverb(i + 1) ? key(i + 2) : 0;
    for (uint32_t pi : bucket) {
      const uint32_t k = lex_.phrase_second_key[pi];
      if (k != 0 && k != k1 && k != k2) continue;
      if (f(pi)) return;
    }
    return;
  }
  using Entry = std::pair<int32_t, uint32_t>;  // (second word id, position)
  const std::vector<Entry>& by_second = lex_.bucket_index[x].by_second;
  const std::vector<uint32_t>& singles = lex_.bucket_index[x].singles;
  // The bucket's phrases whose second word is unit k's word: [*lo, *hi).
  auto after = [&](int k, const Entry** lo, const Entry** hi) {
    *lo = *hi = by_second.data();
    if (k >= n() || units_[k].kind != UK::kWord || units_[k].info.second < 0) return;
    const int32_t id = units_[k].info.second;
    const auto r =
        std::equal_range(by_second.begin(), by_second.end(), Entry{id, 0},
                         [](const Entry& a, const Entry& e) { return a.first < e.first; });
    *lo = by_second.data() + (r.first - by_second.begin());
    *hi = by_second.data() + (r.second - by_second.begin());
  };
  const Entry *a = nullptr, *ae = nullptr, *c = nullptr, *ce = nullptr;
  after(i + 1, &a, &ae);
  if (IsAdverb(i + 1)) {
    after(i + 2, &c, &ce);
  } else {
    c = ce = a;
  }
  // The three position lists merged in ascending order, each once.
  const uint32_t* s = singles.data();
  const uint32_t* se = s + singles.size();
  while (true) {
    uint32_t p = UINT32_MAX;
    if (s != se) p = std::min(p, *s);
    if (a != ae) p = std::min(p, a->second);
    if (c != ce) p = std::min(p, c->second);
    if (p == UINT32_MAX) return;
    if (s != se && *s == p) ++s;
    if (a != ae && a->second == p) ++a;
    if (c != ce && c->second == p) ++c;
    if (f(bucket[p])) return;
  }
}

int SentenceUnits::MatchList(int i, const PhraseList& list) const {
  if (!InRange(i) || units_[i].kind != UK::kWord) return -1;
  if (!(units_[i].info.lists & list.bit)) return -1;
  // Only the list's phrases that start with this word, in the list's order;
  // a phrase of two words or more only if unit i + 1 is a word of its
  // second word's length and first byte (MarkerPhrase::second_key).
  const uint32_t next =
      InRange(i + 1) && units_[i + 1].kind == UK::kWord ? Lexicon::WordKey(units_[i + 1].low) : 0;
  for (const internal::MarkerPhrase& m : lex_.marker_phrases[units_[i].info.markers]) {
    if (m.list_bit != list.bit || (m.second_key != 0 && m.second_key != next)) continue;
    int e = MatchRest(i, list.phrases[m.phrase], false);
    if (e >= 0) return e;
  }
  return -1;
}

}  // namespace caucus::stance

#endif  // CAUCUS_LIB_STANCE_UNITS_H_
