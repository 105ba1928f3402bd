// Stance finding: a fast scan for cue words, then a shallow, entity-aware
// analysis of each sentence that holds one. docs/STANCES.md explains the
// decisions; the comments here say why a rule exists.
#include "caucus/stances.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

#include "caucus/dictionary.h"
#include "caucus/entities.h"
#include "caucus/segment.h"
#include "caucus/turns.h"
#include "cues.h"
#include "matcher.h"
#include "stance_rules.h"
#include "word_match.h"

namespace caucus {
namespace {

using internal::CueDef;
using internal::CuePos;
using internal::FoldWord;
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
std::string_view Folded(std::string_view w, Arena* arena) {
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
  bool adverb = false;  // word units: IsAdverbWord(low), set by LookUpWords
  Span span;
  std::string_view low;  // folded word; the punctuation character for kPunct
  int ent = -1;          // index into the entity list, for entity units
  int actor = -1;        // actor units: index into SentenceAnalyzer::actors_
  WordInfo info;         // word units: the lexicon's index entry for `low`
};

struct Hit {
  int b = 0, e = 0;  // unit range
  uint32_t def = 0;
  bool role = false;  // "supported by" / "opposed by": structure, not a cue
};

struct ActorRef {
  ActorView actor;
  std::string_view via;  // a string literal
  double conf = 1.0;
};

struct Target {
  StanceTarget t;
  bool inverted = false;
  bool antecedent = false;  // the noun phrase before ", which <actor> <cue>"
  int end_unit = -1;
};

struct Proposal {
  std::vector<ActorRef> actors;
  StanceTarget target;
};

// Per-paragraph memory for cross-sentence coreference.
struct ParaState {
  uint32_t para = UINT32_MAX;
  uint32_t begin = 0;
  uint32_t prev_begin = UINT32_MAX;       // the previous sentence in the paragraph
  uint32_t prev_para_begin = UINT32_MAX;  // the previous paragraph
  std::vector<Proposal> proposals;
  std::vector<ActorRef> last_collective;
};

// Byte classes for the tokenizer's per-byte loops: one table load instead of
// a chain of range tests.
enum : uint8_t { kAlnum = 1, kUpper = 2, kSpace = 4 };
struct ByteClasses {
  uint8_t c[256] = {};
  constexpr ByteClasses() {
    for (int b = '0'; b <= '9'; ++b) c[b] = kAlnum;
    for (int b = 'a'; b <= 'z'; ++b) c[b] = kAlnum;
    for (int b = 'A'; b <= 'Z'; ++b) c[b] = kAlnum | kUpper;
    c[static_cast<int>(' ')] = c[static_cast<int>('\n')] = c[static_cast<int>('\t')] =
        c[static_cast<int>('\r')] = kSpace;
  }
};
constexpr ByteClasses kByteClass;

inline uint8_t ByteClass(char c) { return kByteClass.c[static_cast<unsigned char>(c)]; }

bool IsAsciiAlnum(unsigned char c) { return kByteClass.c[c] & kAlnum; }

bool IsActorKind(std::string_view k) {
  return k == "government" || k == "body" || k == "group" || k == "person";
}

// Typographic punctuation that must not be glued into words: quotes and dashes.
// p < t.size().
inline int TypoPunct(std::string_view t, size_t p) {
  if (static_cast<unsigned char>(t[p]) != 0xE2) return 0;  // almost always
  if (p + 2 < t.size() && static_cast<unsigned char>(t[p + 1]) == 0x80) {
    unsigned char c = static_cast<unsigned char>(t[p + 2]);
    if (c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94 || c == 0x98 || c == 0x99 || c == 0xA6)
      return c;
  }
  return 0;
}

bool IsWordStart(std::string_view t, size_t p) {
  unsigned char c = static_cast<unsigned char>(t[p]);
  if (IsAsciiAlnum(c)) return true;
  return c >= 0x80 && TypoPunct(t, p) == 0;
}

bool EndsWithNt(std::string_view w) {
  return w.size() >= 3 && w.compare(w.size() - 3, 3, "n't") == 0;
}

double Round2(double v) { return std::round(v * 100.0) / 100.0; }

// Word equality for the analysis' many short comparisons: length and first
// byte settle almost all of them without a memcmp call.
[[gnu::always_inline]] inline bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a.compare(b) == 0));
}

using internal::IsAdverbWord;

const char* Flip(const std::string& polarity) {
  if (polarity == "support") return "oppose";
  if (polarity == "oppose") return "support";
  return "neutral";
}

}  // namespace

struct StanceFinder::Impl {
  Lexicon lex;
  double min_score = 0.0;
  std::string speaker;

  std::vector<Stance> Find(std::string_view text, const std::vector<Sentence>& sentences,
                           const std::vector<Entity>& entities) const;
};

namespace {

// Analyses the sentences of one document, one Run per sentence; reads and
// updates the paragraph state and appends stances. The per-sentence vectors
// are kept across sentences so their memory is reused.
class SentenceAnalyzer {
 public:
  SentenceAnalyzer(const Lexicon& lex, std::string_view text, const std::vector<Entity>& ents,
                   Arena* arena)
      : lex_(lex), text_(text), ents_(ents), arena_(arena) {}

  void Run(Span sentence, uint32_t sentence_index, ParaState* para, std::vector<Stance>* out);

 private:
  // ---- units -------------------------------------------------------------
  void Tokenize(Span s);
  // Appends a unit built in place: a Unit built on the stack is stored in
  // pieces and copied whole, a store-forwarding stall per unit.
  Unit& AddUnit(UK kind, Span span, std::string_view low) {
    Unit& u = units_.emplace_back();
    u.kind = kind;
    u.span = span;
    u.low = low;
    return u;
  }
  [[gnu::always_inline]] inline void AddWord(Span span, std::string_view low);
  bool MayHaveHit() const;
  void LookUpWords();
  void MergeCollectives();
  void AbsorbRoleNouns();
  void DemoteDemonyms();
  [[gnu::always_inline]] bool IsWord(int i, std::string_view w) const {
    return i >= 0 && i < n() && units_[i].kind == UK::kWord && SameWord(units_[i].low, w);
  }
  // The same for a string literal, the common case: its length is a
  // constant, so the comparison compiles to a few loads.
  template <size_t N>
  [[gnu::always_inline]] bool IsWord(int i, const char (&w)[N]) const {
    return i >= 0 && i < n() && units_[i].kind == UK::kWord && units_[i].low.size() == N - 1 &&
           std::memcmp(units_[i].low.data(), w, N - 1) == 0;
  }
  // Whether unit i is a word whose first letter is one of `letters`: the
  // markers' cheap first test, which turns most words away.
  [[gnu::always_inline]] bool WordStartsWithOneOf(int i, std::string_view letters) const {
    return i >= 0 && i < n() && units_[i].kind == UK::kWord && !units_[i].low.empty() &&
           letters.find(units_[i].low[0]) != std::string_view::npos;
  }
  // An adverb, modal, auxiliary or negation that may stand between "and"
  // and a second predicate: "and therefore cannot possibly fail to defend".
  bool IsPredicatePrefix(int i) const {
    static const internal::WordSet kPre{"therefore", "also",  "then", "thus",   "still", "cannot",
                                        "can",       "could", "will", "would",  "must",  "should",
                                        "not",       "never", "did",  "does",   "do",    "has",
                                        "have",      "had",   "fail", "failed", "fails"};
    if (IsAdverb(i)) return true;
    if (i < 0 || i >= n() || units_[i].kind != UK::kWord) return false;
    if (IsWord(i, "to"))
      return IsWord(i - 1, "fail") || IsWord(i - 1, "failed") || IsWord(i - 1, "fails");
    return kPre.Contains(internal::LowerWord(units_[i].low));
  }
  // A form of "be": "was", "is", "been", ... (a passive's auxiliary).
  bool IsBeForm(int i) const {
    return IsWord(i, "was") || IsWord(i, "were") || IsWord(i, "is") || IsWord(i, "are") ||
           IsWord(i, "been") || IsWord(i, "be") || IsWord(i, "being");
  }
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
  [[gnu::always_inline]] bool IsPunct(int i, char c) const {
    return i >= 0 && i < n() && units_[i].kind == UK::kPunct && units_[i].low[0] == c;
  }
  [[gnu::always_inline]] bool IsActor(int i) const {
    return i >= 0 && i < n() && units_[i].kind == UK::kActor;
  }
  // The actor of actor unit i.
  const ActorView& ActorAt(int i) const { return actors_[units_[i].actor]; }
  int AddActor(const ActorView& a) {
    actors_.push_back(a);
    return static_cast<int>(actors_.size()) - 1;
  }
  [[gnu::always_inline]] bool IsAdverb(int i) const {
    if (i < 0 || i >= n() || units_[i].kind != UK::kWord) return false;
    return words_looked_up_ ? units_[i].adverb : IsAdverbWord(units_[i].low);
  }
  // Whether any unit is a word that may start a phrase of `list`.
  bool AnyMayStart(const PhraseList& list) const {
    for (const Unit& u : units_)
      if (u.kind == UK::kWord && (u.info.lists & list.bit)) return true;
    return false;
  }
  int n() const { return static_cast<int>(units_.size()); }
  // End index of `words` matched at i (word units only), or -1.
  [[gnu::always_inline]] inline int MatchWords(int i, const std::vector<std::string>& words,
                                               bool allow_adverb) const;
  [[gnu::always_inline]] inline int MatchList(int i, const PhraseList& list) const;
  int MatchStr(int i, std::initializer_list<std::string_view> words) const;

  // ---- structure ---------------------------------------------------------
  void FindHits();
  void FindClauses();
  int ClauseStart(int i) const;
  int ClauseEnd(int i) const;
  int RoleMarker(int i, int* role) const;  // 1 supporter, 2 opposer; returns end or -1
  int BehalfMarker(int i) const;
  int WithMarker(int i) const;

  struct Parse {
    std::vector<ActorRef> subjects, supporters, opposers;
    int subject_end = -1;  // unit after the last subject
    bool ok = false;
  };
  Parse ParseSubject(int b, int e) const;
  std::vector<ActorRef> ListAt(int last_actor, int stop_left) const;
  std::vector<ActorRef> ListAfter(int i, int e) const;
  bool Coref(int i, int* end, std::vector<ActorRef>* out) const;
  std::vector<ActorRef> LastActor(uint32_t pos, bool want_government, bool want_body,
                                  uint32_t lower = 0) const;
  template <typename Want>
  std::vector<ActorRef> LastActorWhere(uint32_t pos, uint32_t lower, double sentence_conf,
                                       Want want) const;
  std::vector<ActorRef> LastGroup(uint32_t pos) const;
  int NounPhraseStart(int e, int lower) const;
  std::vector<ActorRef> PreviousSubject(int i) const;
  std::vector<ActorRef> SentenceSubject(int i) const;

  bool ReducedPassive(const Hit& h, int before) const;
  bool HolderAfter(const Hit& h, int cb, int ce, std::vector<ActorRef>* actors, Target* target);
  bool Conditional(int cb, int anchor) const;
  Target MakeTarget(int from, int clause_end, int hit_index);
  void LinkTarget(int b, int e, StanceTarget* t) const;
  void ResolveEmptyTarget(Target* t, int hit_index, int clause_b);
  std::string Modality(int scan_b, int hit_b, bool* negated, bool* refused) const;

  void AnalyseHit(int h, std::vector<Stance>* out);
  void RoleOnlyClause(int cb, int ce, std::vector<Stance>* out);
  void Emit(const ActorRef& a, const std::string& polarity, const CueDef& def, const Target& t,
            Span cue_span, const std::string& modality, std::vector<Stance>* out);

  const Lexicon& lex_;
  std::string_view text_;
  const std::vector<Entity>& ents_;
  Arena* arena_;
  ParaState* para_ = nullptr;
  uint32_t sidx_ = 0;
  Span sent_;
  std::vector<Unit> units_;
  bool words_looked_up_ = false;     // LookUpWords has run: Unit::info and adverb are set
  std::vector<int> cue_candidates_;  // word units that pass Lexicon::cue_first
  std::vector<Unit> merged_;         // scratch for MergeCollectives / AbsorbRoleNouns
  std::vector<ActorView> actors_;    // of this sentence's actor units
  std::vector<Hit> hits_;
  std::vector<int> hit_at_;     // unit -> hit index starting there, or -1
  std::vector<char> boundary_;  // unit is a clause boundary
  std::vector<std::vector<ActorRef>> hit_actors_;
  std::vector<Target> hit_targets_;
  std::vector<char> hit_done_;
};

void SentenceAnalyzer::Tokenize(Span s) {
  // First entity that starts inside the sentence.
  auto it = std::lower_bound(ents_.begin(), ents_.end(), s.begin,
                             [](const Entity& e, uint32_t pos) { return e.span.begin < pos; });
  size_t ei = static_cast<size_t>(it - ents_.begin());
  size_t p = s.begin;
  const size_t end = s.end;
  auto next_ent_begin = [&]() -> size_t {
    while (ei < ents_.size() && ents_[ei].span.begin < p) ++ei;
    return ei < ents_.size() ? ents_[ei].span.begin : SIZE_MAX;
  };
  // The next entity's start; only recomputed once p has passed it (until
  // then next_ent_begin() would return the same).
  size_t eb = next_ent_begin();
  while (p < end) {
    if (eb < p) eb = next_ent_begin();
    if (eb == p && ents_[ei].span.end <= end && ents_[ei].span.end > p) {
      const Entity& e = ents_[ei];
      const bool actor = IsActorKind(e.kind);
      Unit& u = AddUnit(actor               ? UK::kActor
                        : e.kind == "topic" ? UK::kTopic
                                            : UK::kEntity,
                        e.span, Folded(text_.substr(e.span.begin, e.span.size()), arena_));
      u.ent = static_cast<int>(ei);
      if (actor) u.actor = AddActor({e.id, e.kind, e.text, e.span});
      p = e.span.end;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(text_[p]);
    if (ByteClass(c) & kSpace) {
      ++p;
      continue;
    }
    {
      // Possessive "'s" after an entity or word: one unit, so "Russia's" is
      // Russia + 's.
      size_t al = c == '\'' ? 1 : (TypoPunct(text_, p) == 0x99 ? 3 : 0);
      if (al > 0 && p + al < end && (text_[p + al] == 's' || text_[p + al] == 'S') &&
          (p + al + 1 >= end || !IsWordStart(text_, p + al + 1))) {
        AddWord({static_cast<uint32_t>(p), static_cast<uint32_t>(p + al + 1)}, "'s");
        p += al + 1;
        continue;
      }
    }
    if (int tp = TypoPunct(text_, p)) {
      AddUnit(UK::kPunct, {static_cast<uint32_t>(p), static_cast<uint32_t>(p + 3)},
              tp == 0xA6                   ? "."
              : (tp == 0x93 || tp == 0x94) ? "-"
                                           : "\"");
      p += 3;
      continue;
    }
    if (IsWordStart(text_, p)) {
      size_t q = p;
      bool fold = false;  // has upper case or a typographic apostrophe (see Folded)
      const size_t lim = std::min(end, eb);
      while (q < lim) {
        // Runs of ASCII letters and digits, 8 bytes at a time where the
        // limit allows: a byte loop mispredicts its exit at every word end.
        if (q + 8 <= lim) {
          uint64_t alnum, upper;
          internal::ClassifyAlnumBytes(internal::LoadLittleEndian64(text_.data() + q), &alnum,
                                       &upper);
          if (alnum == 0xFF) {
            fold |= upper != 0;
            q += 8;
            continue;
          }
          const int k = __builtin_ctzll(~alnum);  // the first other byte
          fold |= (upper & ((1u << k) - 1)) != 0;
          q += k;
        } else {
          const uint8_t cls = ByteClass(text_[q]);
          if (cls & kAlnum) {
            fold |= (cls & kUpper) != 0;
            ++q;
            continue;
          }
        }
        unsigned char d = static_cast<unsigned char>(text_[q]);
        if (d >= 0x80 && TypoPunct(text_, q) == 0) {
          fold |= d == 0xE2;
          ++q;
        } else if ((d == '\'' || d == '-' || d == '.') && q + 1 < end && q + 1 < eb &&
                   IsWordStart(text_, q + 1) && !(d == '.' && q + 2 >= end)) {
          // Inner apostrophes, hyphens and abbreviation dots ("didn't",
          // "co-sponsor", "U.S.") stay in the word.
          if (d == '.' && !(q + 2 < end && text_[q + 2] == '.')) break;
          ++q;
        } else if (TypoPunct(text_, q) == 0x99 && q + 3 < end && IsWordStart(text_, q + 3)) {
          fold = true;
          q += 3;
        } else {
          break;
        }
      }
      if (q == p) {
        // A lone byte the loop did not take (a word start cut by an entity).
        q = p + 1;
        fold = true;
      }
      const std::string_view word = text_.substr(p, q - p);
      AddWord({static_cast<uint32_t>(p), static_cast<uint32_t>(q)},
              fold ? arena_->Fold(word) : word);
      p = q;
      continue;
    }
    AddUnit(UK::kPunct, {static_cast<uint32_t>(p), static_cast<uint32_t>(p + 1)},
            text_.substr(p, 1));  // the character itself
    ++p;
  }
}

void SentenceAnalyzer::AddWord(Span span, std::string_view low) {
  // Words that may start a cue are noted for MayHaveHit (a cheap filter
  // test; most words fail it).
  if (lex_.cue_first.MayContain(low)) cue_candidates_.push_back(n());
  AddUnit(UK::kWord, span, low);
}

// Whether FindHits can find anything: some cue phrase matches the word units
// (ignoring not_next vetoes). Exact as a filter: MergeCollectives and
// AbsorbRoleNouns only replace runs of units by one actor unit, so they never
// make word units adjacent that were not, and every hit found after them
// matches here too. Sentences without a hit produce nothing and leave the
// paragraph state alone, so they can stop right after tokenizing. Most
// sentences stop here; MayStartCue rejects most words without hashing.
bool SentenceAnalyzer::MayHaveHit() const {
  for (int i : cue_candidates_) {
    const WordInfo* w = lex_.words.Find(units_[i].low);
    if (!w || w->cues < 0) continue;
    for (uint32_t pi : lex_.cue_buckets[w->cues]) {
      if (MatchWords(i, lex_.phrases[pi].words, true) >= 0) return true;
    }
  }
  return false;
}

// Gives every word unit its lexicon entry (one probe per word) and adverb
// flag, for the analysis; before, most sentences stop at MayHaveHit.
void SentenceAnalyzer::LookUpWords() {
  for (Unit& u : units_) {
    if (u.kind != UK::kWord) continue;
    u.adverb = IsAdverbWord(u.low);
    if (const WordInfo* w = lex_.words.Find(u.low)) u.info = *w;
  }
  words_looked_up_ = true;
}

int SentenceAnalyzer::MatchWords(int i, const std::vector<std::string>& words,
                                 bool allow_adverb) const {
  int j = i;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k > 0 && allow_adverb && IsAdverb(j) && !(j < n() && SameWord(units_[j].low, words[k])))
      ++j;
    if (j >= n() || units_[j].kind != UK::kWord || !SameWord(units_[j].low, words[k])) return -1;
    ++j;
  }
  return j;
}

int SentenceAnalyzer::MatchList(int i, const PhraseList& list) const {
  if (i < 0 || i >= n() || units_[i].kind != UK::kWord) return -1;
  if (!(units_[i].info.lists & list.bit)) return -1;
  // Only the list's phrases that start with this word, in the list's order.
  for (const internal::MarkerPhrase& m : lex_.marker_phrases[units_[i].info.markers]) {
    if (m.list_bit != list.bit) continue;
    int e = MatchWords(i, list.phrases[m.phrase], false);
    if (e >= 0) return e;
  }
  return -1;
}

int SentenceAnalyzer::MatchStr(int i, std::initializer_list<std::string_view> words) const {
  int j = i;
  for (std::string_view w : words) {
    if (!IsWord(j, w)) return -1;
    ++j;
  }
  return j;
}

// "many governments", "most developing countries", "several delegations":
// one collective actor with a slug id; the head may be a group entity.
void SentenceAnalyzer::MergeCollectives() {
  // Every merge starts at a quantifier word: without one, nothing changes.
  if (!AnyMayStart(lex_.quantifier)) return;
  std::vector<Unit>& out = merged_;
  out.clear();
  // The "the" test below looks back at the previous unit. The code this
  // replaces had already moved that unit into the output, leaving an empty
  // word, unless it ended a merged collective; so the test could only block
  // right after a merge. That is kept, so that output does not change.
  bool prev_merged = false;
  // Units are copied to `out` only from the first merge on: most sentences
  // with a quantifier word merge nothing.
  bool any_merged = false;
  for (int i = 0; i < n();) {
    int qe = MatchList(i, lex_.quantifier);
    if (qe > 0 &&
        !(i > 0 && prev_merged && (IsWord(i - 1, "the") && units_[i].low != "majority"))) {
      // Up to two modifiers, then a collective head.
      for (int mods = 0; mods <= 2; ++mods) {
        int h = qe + mods;
        if (h >= n()) break;
        bool mods_ok = true;
        for (int m = qe; m < h; ++m) {
          const Unit& mu = units_[m];
          bool adj =
              (mu.kind == UK::kWord && mu.low != "of" && mu.low != "the" && mu.low != "and") ||
              (mu.kind == UK::kActor && actors_[mu.actor].kind == "government");
          if (!adj) mods_ok = false;
        }
        if (!mods_ok) break;
        int he = -1;
        std::string head_id;
        if (units_[h].kind == UK::kActor && ActorAt(h).kind == "group") {
          he = h + 1;
          head_id = ActorAt(h).id;
        } else if (units_[h].kind == UK::kWord) {
          he = MatchList(h, lex_.collective);
          if (he > 0) {
            for (int k = h; k < he; ++k) {
              if (k > h) head_id += '-';
              head_id += units_[k].low;
            }
          }
        }
        if (he < 0) continue;
        Unit u;
        u.kind = UK::kActor;
        u.span = {units_[i].span.begin, units_[he - 1].span.end};
        std::string slug;
        for (int k = i; k < h; ++k) {
          slug += units_[k].low;
          slug += ' ';
        }
        ActorView a;
        a.id = arena_->Copy(internal::Slug(slug) + "-" + internal::Slug(head_id));
        a.kind = "group";
        a.text = text_.substr(u.span.begin, u.span.size());
        a.span = u.span;
        u.low = Folded(a.text, arena_);
        u.actor = AddActor(a);
        if (!any_merged) {
          out.assign(units_.begin(), units_.begin() + i);
          any_merged = true;
        }
        out.push_back(u);
        i = he;
        prev_merged = true;
        goto next;
      }
    }
    if (any_merged) out.push_back(units_[i]);
    ++i;
    prev_merged = false;
  next:;
  }
  if (any_merged) units_.swap(out);
}

// "the US ambassador", "Russia's delegation", "the delegate from Iran": the
// government speaks, so the unit becomes the government's.
void SentenceAnalyzer::AbsorbRoleNouns() {
  // Both forms need a role noun: without one, nothing changes.
  if (!AnyMayStart(lex_.role_noun)) return;
  std::vector<Unit>& out = merged_;
  out.clear();
  for (int i = 0; i < n(); ++i) {
    const Unit& u = units_[i];
    // Prefix form: "delegate from|of X".
    int re = MatchList(i, lex_.role_noun);
    if (re > 0 && (IsWord(re, "from") || IsWord(re, "of"))) {
      int a = re + 1;
      if (IsWord(a, "the")) ++a;
      if (IsActor(a) && ActorAt(a).kind == "government") {
        Unit m = units_[a];
        m.span.begin = u.span.begin;
        out.push_back(m);
        i = a;
        continue;
      }
    }
    if (u.kind == UK::kActor &&
        (actors_[u.actor].kind == "government" || actors_[u.actor].kind == "body")) {
      int j = i + 1;
      if (IsWord(j, "'s")) ++j;
      int e = MatchList(j, lex_.role_noun);
      if (e > 0) {
        Unit m = u;
        m.span.end = units_[e - 1].span.end;
        out.push_back(m);
        i = e - 1;
        continue;
      }
    }
    out.push_back(u);
  }
  units_.swap(out);
}

// A demonym names the people or the country's firms, not the government,
// unless a role noun made it one ("the Indian delegation", merged above) or
// a nominal cue follows ("the Russian proposal"): "Brazilians supported",
// "Indian companies opposed", "the American people rejected" are no
// government's stances. The unit stays an entity (a target may name it).
void SentenceAnalyzer::DemoteDemonyms() {
  static const internal::WordSet kPeople{
      "people",     "peoples",    "citizens",      "companies",    "company",     "firms",
      "firm",       "activists",  "users",         "media",        "press",       "public",
      "businesses", "business",   "industry",      "groups",       "society",     "voters",
      "consumers",  "experts",    "academics",     "scholars",     "journalists", "banks",
      "operators",  "hackers",    "students",      "workers",      "community",   "communities",
      "nationals",  "population", "organizations", "organisations"};
  for (int i = 0; i < n(); ++i) {
    Unit& u = units_[i];
    if (u.kind != UK::kActor || u.ent < 0) continue;
    const Entity& e = ents_[u.ent];
    const std::string_view t = e.text;
    // Weak aliases are mostly ambiguous adjectives ("American", "Korean",
    // "Congolese"); their country names ("America", "Korea") stay.
    const bool adjective = e.form == "demonym" || (e.form == "weak" && t.size() > 3 &&
                                                   (t.compare(t.size() - 2, 2, "an") == 0 ||
                                                    t.compare(t.size() - 3, 3, "ans") == 0 ||
                                                    t.compare(t.size() - 3, 3, "ese") == 0));
    if (!adjective || u.span.begin != e.span.begin || u.span.end != e.span.end) continue;
    const bool plural = t.size() > 3 && t.compare(t.size() - 2, 2, "ns") == 0;
    const bool people = (i + 1 < n() && units_[i + 1].kind == UK::kWord &&
                         kPeople.Contains(internal::LowerWord(units_[i + 1].low))) ||
                        (IsActor(i + 1) && ActorAt(i + 1).kind == "group");
    // "an Australian as its President": a person.
    const bool one = IsWord(i - 1, "a") || IsWord(i - 1, "an");
    if (plural || people || one) u.kind = UK::kEntity;
  }
}

// "supported by", "opposed by", "with the support of": structure markers.
int SentenceAnalyzer::RoleMarker(int i, int* role) const {
  int j = i;
  if (IsWord(j, "but") || IsWord(j, "and")) ++j;
  if (IsAdverb(j)) ++j;
  // Every marker starts at word j with one of these letters.
  if (!WordStartsWithOneOf(j, "sbjocw")) return -1;
  // Tested in the order written, but each group only when the word that
  // all its forms share is there.
  if (IsWord(j + 1, "by")) {
    static constexpr std::string_view kSupp[] = {"supported", "backed", "seconded", "joined"};
    static constexpr std::string_view kOpp[] = {"opposed", "challenged", "contradicted"};
    for (std::string_view w : kSupp) {
      if (IsWord(j, w)) {
        *role = 1;
        return j + 2;
      }
    }
    for (std::string_view w : kOpp) {
      if (IsWord(j, w)) {
        *role = 2;
        return j + 2;
      }
    }
  }
  if (IsWord(j, "with")) {
    int e = MatchStr(j, {"with", "the", "support", "of"});
    if (e < 0) e = MatchStr(j, {"with", "support", "from"});
    if (e < 0) e = MatchStr(j, {"with", "the", "backing", "of"});
    if (e > 0) {
      *role = 1;
      return e;
    }
  }
  // MatchStr fails unless its first word is there: test that inline first.
  int e = IsWord(j, "objected") ? MatchStr(j, {"objected", "to", "by"}) : -1;
  if (e > 0) {
    *role = 2;
    return e;
  }
  return -1;
}

int SentenceAnalyzer::BehalfMarker(int i) const {
  int j = i;
  if (IsWord(j, "also")) ++j;
  // Every marker starts at word j with one of these letters.
  if (!WordStartsWithOneOf(j, "sorf")) return -1;
  if (IsWord(j, "speaking")) {
    int e = MatchStr(j + 1, {"on", "behalf", "of"});
    if (e > 0) return e;
    if (IsWord(j + 1, "for")) return j + 2;
  }
  // Called for every word of a subject: MatchStr only where its first word is.
  if (IsWord(j, "on")) {
    int e = MatchStr(j, {"on", "behalf", "of"});
    if (e > 0) return e;
    e = MatchStr(j, {"on", "behalf"});
    if (e > 0) return e;
  }
  if (IsWord(j, "onbehalf")) {
    int e = MatchStr(j, {"onbehalf", "of"});
    if (e > 0) return e;
  }
  if (IsWord(j, "representing")) return j + 1;
  if (IsWord(j, "for")) {
    // "Sweden, for the EU," — only between an actor and an actor.
    int prev = i - 1;
    if (IsPunct(prev, ',')) --prev;
    int nx = j + 1;
    if (IsWord(nx, "the")) ++nx;
    if (IsActor(prev) && IsActor(nx)) return j + 1;
  }
  return -1;
}

int SentenceAnalyzer::WithMarker(int i) const {
  // Every marker starts at word i with one of these letters.
  if (!WordStartsWithOneOf(i, "atw")) return -1;
  // Called for every word of a subject: MatchStr only where its first word is.
  int e = IsWord(i, "along") ? MatchStr(i, {"along", "with"}) : -1;
  if (e < 0 && IsWord(i, "together")) e = MatchStr(i, {"together", "with"});
  if (e < 0 && IsWord(i, "as")) e = MatchStr(i, {"as", "well", "as"});
  // A bare "with" marks a co-subject only after a comma, a bracket or an
  // actor ("CHINA, with SAUDI ARABIA, proposed", "Brazil with India
  // proposed"); after a verb its actors are objects ("working with
  // governments ... to promote").
  if (e < 0 && IsWord(i, "with") && (i == 0 || units_[i - 1].kind != UK::kWord || IsActor(i - 1)))
    e = i + 1;
  if (e < 0) return -1;
  int nx = IsWord(e, "the") ? e + 1 : e;
  return IsActor(nx) ? e : -1;
}

void SentenceAnalyzer::FindHits() {
  hit_at_.assign(units_.size(), -1);
  for (int i = 0; i < n(); ++i) {
    if (units_[i].kind != UK::kWord || units_[i].info.cues < 0) continue;
    for (uint32_t pi : lex_.cue_buckets[units_[i].info.cues]) {
      const auto& ph = lex_.phrases[pi];
      int e = MatchWords(i, ph.words, true);
      if (e < 0) continue;
      const CueDef& d = lex_.defs[ph.def];
      bool veto = false;
      if (e < n() && units_[e].kind == UK::kWord) {
        for (const auto& w : d.not_next) veto |= units_[e].low == w;
      }
      if (!d.prev.empty()) {
        bool ok = false;
        for (const auto& w : d.prev) ok |= IsWord(i - 1, w.c_str());
        veto |= !ok;
      }
      for (const auto& w : d.not_prev) veto |= IsWord(i - 1, w.c_str());
      if (d.object_to && !veto) {
        // An object of one to six units, without punctuation, then "to".
        int k = e;
        static const internal::WordSet kNoObject{
            "what",      "whether",    "how",    "why",      "if",        "when",
            "where",     "who",        "which",  "question", "questions", "myself",
            "ourselves", "themselves", "itself", "himself",  "herself"};
        while (k < n() && k - e <= 6 && units_[k].kind != UK::kPunct && !IsWord(k, "to")) {
          veto |=
              units_[k].kind == UK::kWord && kNoObject.Contains(internal::LowerWord(units_[k].low));
          ++k;
        }
        veto |= !(k > e && IsWord(k, "to"));
      }
      if (veto) continue;
      Hit h;
      h.b = i;
      h.e = e;
      h.def = ph.def;
      int role = 0;
      int rb = i;
      if (IsAdverb(i - 1)) --rb;
      if (IsWord(rb - 1, "but") || IsWord(rb - 1, "and")) --rb;
      // "X, supported by Y," and sentence-initial "Supported by Y, X ...".
      if (RoleMarker(rb, &role) > 0 && (rb == 0 || IsPunct(rb - 1, ',') || IsPunct(rb - 1, '(') ||
                                        units_[rb].low == "but" || units_[rb].low == "with")) {
        h.role = true;
      }
      if (RoleMarker(i, &role) > 0 && units_[i].low == "with") h.role = true;
      hits_.push_back(h);
      for (int k = i; k < e; ++k) hit_at_[k] = k == i ? static_cast<int>(hits_.size() - 1) : -2;
      i = e - 1;
      break;
    }
  }
}

void SentenceAnalyzer::FindClauses() {
  boundary_.assign(units_.size(), 0);
  for (int i = 0; i < n(); ++i) {
    const Unit& u = units_[i];
    if (u.kind == UK::kPunct) {
      if (u.low == ";" || u.low == ":") boundary_[i] = 1;
      continue;
    }
    if (u.kind != UK::kWord) continue;
    if (IsWord(i, "while") || IsWord(i, "whilst") || IsWord(i, "whereas") ||
        IsWord(i, "although") || IsWord(i, "though") || IsWord(i, "because")) {
      boundary_[i] = 1;
    } else if (IsWord(i, "but")) {
      // "..., but Malaysia disagreed" splits; "considered but could not" does not.
      int role = 0;
      int nx = IsWord(i + 1, "the") ? i + 2 : i + 1;
      bool subject_follows = IsActor(nx) || IsWord(nx, "it") || IsWord(nx, "they") ||
                             IsWord(nx, "he") || IsWord(nx, "she") || IsWord(nx, "others");
      if (RoleMarker(i, &role) < 0 && (IsPunct(i - 1, ',') || subject_follows)) boundary_[i] = 1;
    }
  }
}

int SentenceAnalyzer::ClauseStart(int i) const {
  for (int k = i - 1; k >= 0; --k)
    if (boundary_[k]) return k + 1;
  return 0;
}

int SentenceAnalyzer::ClauseEnd(int i) const {
  for (int k = i; k < n(); ++k)
    if (boundary_[k]) return k;
  return n();
}

// The actors of a coordination ending at `last_actor`: "A, B and C".
std::vector<ActorRef> SentenceAnalyzer::ListAt(int last_actor, int stop_left) const {
  std::vector<ActorRef> out;
  int i = last_actor;
  while (i >= stop_left && IsActor(i)) {
    out.push_back({ActorAt(i), "", 1.0});
    int j = i - 1;
    if (IsWord(j, "the")) --j;
    if (IsWord(j, "and") || IsWord(j, "or")) --j;
    if (IsPunct(j, ',')) --j;
    if (IsWord(j, "the")) --j;
    if (j == i - 1 || !IsActor(j)) break;
    i = j;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// The actors listed from i on: "by the US, Sweden and Brazil".
std::vector<ActorRef> SentenceAnalyzer::ListAfter(int i, int e) const {
  std::vector<ActorRef> out;
  bool and_seen = false;
  for (int k = i; k < e; ++k) {
    if (IsActor(k)) {
      out.push_back({ActorAt(k), "", 1.0});
      if (and_seen) break;
      continue;
    }
    if (IsWord(k, "the")) continue;
    if (IsWord(k, "and") || IsWord(k, "or")) {
      and_seen = true;
      continue;
    }
    if (IsPunct(k, ',') && IsActor(k + 1 + (IsWord(k + 1, "the") ? 1 : 0))) continue;
    break;
  }
  return out;
}

// The last actor of a wanted kind (`want(kind)`) before pos: one already
// seen in this sentence (confidence `sentence_conf`), else one of the
// entities from `lower` on (0.7).
template <typename Want>
std::vector<ActorRef> SentenceAnalyzer::LastActorWhere(uint32_t pos, uint32_t lower,
                                                       double sentence_conf, Want want) const {
  for (int k = n() - 1; k >= 0; --k) {
    const Unit& u = units_[k];
    if (u.span.end > pos || u.kind != UK::kActor) continue;
    const ActorView& a = actors_[u.actor];
    if (want(a.kind)) return {{a, "coreference", sentence_conf}};
  }
  auto it = std::lower_bound(ents_.begin(), ents_.end(), pos,
                             [](const Entity& e, uint32_t p) { return e.span.begin < p; });
  while (it != ents_.begin()) {
    --it;
    if (it->span.begin < lower) break;
    if (it->span.end > pos) continue;
    if (want(std::string_view(it->kind))) {
      return {{ActorView{it->id, it->kind, it->text, it->span}, "coreference", 0.7}};
    }
  }
  return {};
}

std::vector<ActorRef> SentenceAnalyzer::LastActor(uint32_t pos, bool want_government,
                                                  bool want_body, uint32_t lower) const {
  // The paragraph's entities only, from `lower` on if that is later.
  return LastActorWhere(pos, std::max(para_->begin, lower), 0.8, [&](std::string_view kind) {
    return (want_government && kind == "government") || (want_body && kind == "body");
  });
}

// Start of the noun phrase ending before unit e, at most six units back and
// not before `lower`: back to a determiner, or to just after a preposition, a
// verb of being or "has" ("the imposition of arbitrary sanctions"; "has made
// a counterproposal" gives "a counterproposal").
int SentenceAnalyzer::NounPhraseStart(int e, int lower) const {
  static const internal::WordSet kStop{"by", "to", "for", "from", "with", "against", "on",   "in",
                                       "at", "is", "are", "was",  "were", "has",     "have", "had"};
  int b = e;
  while (b > lower && e - b < 6 && units_[b - 1].kind != UK::kPunct) {
    --b;
    if (units_[b].kind == UK::kWord && kStop.Contains(internal::LowerWord(units_[b].low)))
      return b + 1;
    if (IsWord(b, "the") || IsWord(b, "a") || IsWord(b, "an")) break;
  }
  return b;
}

// The last group or bloc before pos ("a group of Arab states ... The
// coalition also wants"): in this sentence, the paragraph, or, from a
// paragraph's first sentence, the previous paragraph (news writes
// one-sentence paragraphs).
std::vector<ActorRef> SentenceAnalyzer::LastGroup(uint32_t pos) const {
  const uint32_t lower = para_->prev_begin == UINT32_MAX && para_->prev_para_begin != UINT32_MAX
                             ? para_->prev_para_begin
                             : para_->begin;
  return LastActorWhere(pos, lower, 0.7, [](std::string_view kind) { return kind == "group"; });
}

// The government or body that opens the previous sentence of the paragraph
// ("The FICCI has ...", "Brazil's delegation ..."), for an "it" that opens
// this one; empty otherwise.
std::vector<ActorRef> SentenceAnalyzer::PreviousSubject(int i) const {
  // A short leading adverbial may come first: "On the other hand, it wants".
  int from = 0;
  if (IsPunct(i - 1, ',') && i - 1 <= 6) {
    from = i - 1;
    for (int k = 0; k < i - 1; ++k)
      if (units_[k].kind != UK::kWord) from = 0;
  }
  for (int k = from; k < i; ++k)
    if (units_[k].kind != UK::kPunct) return {};
  if (para_->prev_begin == UINT32_MAX) return {};
  auto it = std::lower_bound(ents_.begin(), ents_.end(), para_->prev_begin,
                             [](const Entity& e, uint32_t p) { return e.span.begin < p; });
  if (it == ents_.end() || (it->kind != "government" && it->kind != "body")) return {};
  // Only "The" (or nothing) may stand before it.
  std::string_view lead = text_.substr(para_->prev_begin, it->span.begin - para_->prev_begin);
  while (!lead.empty() && (lead.back() == ' ' || lead.back() == '\n')) lead.remove_suffix(1);
  if (!lead.empty() && lead != "The" && lead != "the") return {};
  return {{ActorView{it->id, it->kind, it->text, it->span}, "coreference", 0.8}};
}

// The government or body opening this sentence, for an "it" after a clause
// break ("Egypt was named as a co-author of the Russian text, but it
// disavowed it"): the subject is more salient than later mentions.
std::vector<ActorRef> SentenceAnalyzer::SentenceSubject(int i) const {
  // "but on Sunday it disavowed": a short adverbial may stand between.
  int b = i - 1;
  while (b > i - 4 && b >= 0 && units_[b].kind == UK::kWord && !IsWord(b, "but") &&
         !IsWord(b, "and"))
    --b;
  if (!(IsPunct(b, ',') || IsWord(b, "but") || IsWord(b, "and"))) b = i - 1;
  if (!(IsPunct(b, ',') || IsWord(b, "but") || IsWord(b, "and"))) return {};
  int k = 0;
  while (k < i && (units_[k].kind == UK::kPunct || IsWord(k, "the"))) ++k;
  if (k >= i || !IsActor(k)) return {};
  const ActorView& a = ActorAt(k);
  if (a.kind != "government" && a.kind != "body") return {};
  return {{a, "coreference", 0.8}};
}

// Pronouns and definite descriptions standing for an actor: "it", "its",
// "they", "the delegation", "the country". Sets *end past the phrase.
bool SentenceAnalyzer::Coref(int i, int* end, std::vector<ActorRef>* out) const {
  if (i < 0 || i >= n() || units_[i].kind != UK::kWord) return false;
  std::string_view w = units_[i].low;
  uint32_t pos = units_[i].span.begin;
  int e = -1;
  if (w == "it" || w == "its") {
    // At a sentence's start "it" is the previous sentence's subject ("The
    // FICCI gave inputs on the ITU's role. It supports ..."), not its last actor.
    *out = PreviousSubject(i);
    if (out->empty()) *out = SentenceSubject(i);
    // An "it" opening a sentence whose previous sentence names no actor is
    // more often a thing ("... have produced an interesting report. It
    // recommends"): only actors of the previous sentence on are taken.
    const bool opening = std::all_of(units_.begin(), units_.begin() + i,
                                     [](const Unit& u) { return u.kind == UK::kPunct; });
    if (out->empty())
      *out = LastActor(pos, true, true,
                       opening && para_->prev_begin != UINT32_MAX ? para_->prev_begin : 0);
    e = i + 1;
  } else if (w == "they" || w == "their" || w == "them") {
    // "the U.S. and E.U. said they would never agree": the list that
    // reports.
    int k = i - 1;
    if (IsWord(k, "that")) --k;
    static const internal::WordSet kReport{"said",   "say",   "says",     "stated",
                                           "argued", "argue", "insisted", "warned",
                                           "added",  "noted", "claimed",  "maintained"};
    int a = k - 1;
    while (IsAdverb(a)) --a;
    if (w == "they" && k >= 0 && units_[k].kind == UK::kWord &&
        kReport.Contains(internal::LowerWord(units_[k].low)) && IsActor(a)) {
      std::vector<ActorRef> list = ListAt(a, 0);
      if (list.size() >= 2 || ActorAt(a).kind == "group") {
        *out = std::move(list);
        for (auto& r : *out) {
          r.via = "coreference";
          r.conf = 0.8;
        }
        *end = i + 1;
        return true;
      }
    }
    if (!para_->last_collective.empty()) {
      *out = para_->last_collective;
      for (auto& a : *out) {
        a.via = "coreference";
        a.conf = 0.7;
      }
    }
    e = i + 1;
  } else if (w == "he" || w == "she" || w == "his" || w == "her") {
    *out = LastActor(pos, true, false);
    e = i + 1;
  } else if ((e = MatchList(i, lex_.coref_government)) > 0) {
    *out = LastActor(pos, true, false);
  } else if ((e = MatchList(i, lex_.coref_group)) > 0) {
    *out = LastGroup(pos);
    if (out->empty()) *out = LastActor(pos, false, true);
  } else if ((e = MatchList(i, lex_.coref_body)) > 0) {
    *out = LastActor(pos, false, true);
  }
  if (e < 0 || out->empty()) return false;
  *end = e;
  return true;
}

// Subject structure of the region [b, e) before a predicate: the subject
// list nearest the predicate, its "supported by" / "opposed by" lists, and
// "for" / "on behalf of" groups attached to any of them.
SentenceAnalyzer::Parse SentenceAnalyzer::ParseSubject(int b, int e) const {
  enum Role { kSubj, kWith, kSupp, kOpp };
  struct Item {
    int unit;
    Role role;
    int speaker;  // item index this one speaks for, or -1
    int seg;
  };
  std::vector<Item> items;
  Role role = kSubj;
  bool behalf = false, behalf_group = false, and_seen = false, skip = false, dirty = false,
       including = false, list_paren = false;
  int behalf_speaker = -1, behalf_count = 0, seg = 0, last_comma = -1, last_item_unit = -1,
      skip_from = 0, prep_list_end = -1;
  bool prefix = false;
  int first = b;
  while (first < e && units_[first].kind == UK::kPunct) ++first;
  for (int i = b; i < e; ++i) {
    const Unit& u = units_[i];
    if (skip) {
      if (IsPunct(i, ',') || IsPunct(i, ')')) {
        skip = false;
        last_comma = i;
      }
      continue;
    }
    if (u.kind == UK::kPunct) {
      char c = u.low[0];
      // A missed sentence break ("consulted by the DoT. We oppose"): what
      // precedes is no subject.
      if (c == '.' && i + 1 < e && units_[i + 1].kind != UK::kPunct &&
          text_[units_[i + 1].span.begin] >= 'A' && text_[units_[i + 1].span.begin] <= 'Z' &&
          i > b && units_[i - 1].kind == UK::kActor) {
        items.clear();
        role = kSubj;
        behalf = false;
        and_seen = false;
        dirty = false;
        last_comma = i;
        continue;
      }
      // "China, Russia, Saudi Arabia (maybe even Iran)": a bracket right
      // after a list item continues the list.
      if (c == '(' && i - 1 == last_item_unit) {
        list_paren = true;
        continue;
      }
      if (c == ')' && list_paren) {
        list_paren = false;
        last_comma = i;
        continue;
      }
      if (c == ',' || c == '(' || c == ')' || c == '-') {
        // ", and the EU" after "for Canada" starts a new subject.
        if (behalf && (behalf_count == 0 || behalf_group || and_seen || IsWord(i + 1, "and"))) {
          behalf = false;
          and_seen = false;
        } else if (!behalf && role != kSubj && and_seen) {
          role = kSubj;
          and_seen = false;
        }
        last_comma = i;
      }
      continue;
    }
    if (u.kind == UK::kActor) {
      // "Dr. X, Secretary-General of the ITU,": an apposition, one actor.
      if (!items.empty() && ActorAt(items.back().unit).kind == "person" &&
          items.back().unit == i - 2 && IsPunct(i - 1, ',')) {
        continue;
      }
      // "a statement to the WTPF emphasizing": objects of prepositions are
      // not subjects.
      int pv = IsWord(i - 1, "the") ? i - 2 : i - 1;
      static constexpr std::string_view kPrep[] = {
          "to",      "of",     "in",      "at",      "from",  "on",   "into",   "about",  "than",
          "between", "toward", "towards", "against", "under", "over", "within", "through"};
      bool prep = false;
      for (std::string_view w : kPrep) prep |= IsWord(pv, w);
      // "working with governments": "with" after a verb (see WithMarker).
      prep |= IsWord(pv, "with") && pv > 0 && units_[pv - 1].kind == UK::kWord &&
              !IsWord(pv - 1, "along") && !IsWord(pv - 1, "together");
      // ... and so is the rest of an enumeration it starts ("working with
      // governments, the private sector and academia to promote"): actors
      // joined by commas up to an "and"/"or" and its actor.
      prep |= i <= prep_list_end;
      if (prep && !behalf) {
        if (!items.empty()) dirty = true;
        if (i > prep_list_end) {
          int j = i + 1, last = i;
          bool and_seen_here = false, comma_seen = false;
          while (j < e) {
            if (IsPunct(j, ',') || IsWord(j, "the")) {
              comma_seen |= IsPunct(j, ',') && !and_seen_here;
              ++j;
            } else if (IsWord(j, "and") || IsWord(j, "or")) {
              and_seen_here = true;
              ++j;
            } else if (IsActor(j)) {
              last = j++;
              if (and_seen_here) break;
            } else {
              break;
            }
          }
          // Three or more members: "with the US and we demanded" is no list.
          if (and_seen_here && comma_seen && last > i) prep_list_end = last;
        }
        continue;
      }
      Item it{i, role, -1, seg};
      if (behalf) {
        it.speaker = behalf_speaker;
        if (behalf_count == 0) {
          behalf_group = actors_[u.actor].kind == "group" || actors_[u.actor].kind == "body";
        }
        ++behalf_count;
        if (behalf_speaker >= 0) it.role = items[behalf_speaker].role;
      }
      if (dirty && !including) {
        it.seg = ++seg;
      }
      dirty = false;
      including = false;
      items.push_back(it);
      last_item_unit = i;
      continue;
    }
    if (u.kind == UK::kWord) {
      int r = 0;
      int me = RoleMarker(i, &r);
      if (me > 0 && (units_[i].low != "and" || r != 0)) {
        role = r == 1 ? kSupp : kOpp;
        if (i == first) prefix = true;
        behalf = false;
        and_seen = false;
        i = me - 1;
        continue;
      }
      me = BehalfMarker(i);
      if (me > 0 && !items.empty()) {
        behalf = true;
        behalf_speaker = static_cast<int>(items.size()) - 1;
        // The last item not itself on behalf of someone speaks.
        while (behalf_speaker >= 0 && items[behalf_speaker].speaker >= 0) --behalf_speaker;
        behalf_count = 0;
        behalf_group = false;
        and_seen = false;
        i = me - 1;
        continue;
      }
      me = WithMarker(i);
      if (me > 0) {
        role = items.empty() ? kSubj : kWith;
        behalf = false;
        and_seen = false;
        i = me - 1;
        continue;
      }
      if (u.low == "and" || u.low == "or") {
        and_seen = true;
        continue;
      }
      if (u.low == "the") continue;
      // "other allies including Australia", "countries like Ghana and Mali":
      // the examples belong to the list before them.
      if ((u.low == "including" || u.low == "like" || MatchStr(i, {"such", "as"}) > 0) &&
          !items.empty() && IsActor(i + 1 + (IsWord(i + 1, "as") ? 1 : 0))) {
        including = true;
        continue;
      }
      // An all-caps word in a list is an actor the dictionaries missed
      // ("MARSHALLISLANDS"), not a break in the list.
      if (u.span.size() >= 3 && IsPunct(i - 1, ',') &&
          std::all_of(text_.begin() + u.span.begin, text_.begin() + u.span.end,
                      [](char c) { return c >= 'A' && c <= 'Z'; }))
        continue;
      if ((u.low == "which" || u.low == "who" || u.low == "whom") && IsPunct(i - 1, ',')) {
        skip = true;
        skip_from = i + 1;
        continue;
      }
    }
    // A content word (or a topic / other entity).
    if (list_paren) continue;
    if (!items.empty()) dirty = true;
    role = kSubj;
    behalf = false;
  }
  Parse p;
  // "Supported by A, B and C, X proposed": the list after the last comma is
  // the subject.
  if (prefix) {
    for (Item& it : items) {
      if (it.unit > last_comma && it.speaker < 0) it.role = kSubj;
    }
    for (Item& it : items) {
      if (it.speaker >= 0) it.role = items[it.speaker].role;
    }
  }
  if (skip) {
    // The relative clause runs up to the predicate, so the predicate is
    // its own: "sanctions, which we reject" has the subject "we".
    for (int k = e - 1; k >= skip_from; --k) {
      if (!IsActor(k)) continue;
      p.subjects = {{ActorAt(k), "", 1.0}};
      p.subject_end = k + 1;
      p.ok = true;
      return p;
    }
  }
  int best_seg = -1;
  for (const Item& it : items) {
    if ((it.role == kSubj || it.role == kWith) && it.speaker < 0)
      best_seg = std::max(best_seg, it.seg);
  }
  if (best_seg < 0) return p;
  // Between the subject and the predicate only a few glue words may stand
  // (adverbs, auxiliaries, "appeared to"), unless a parenthetical intervenes.
  int glue_from = std::max(last_item_unit + 1, last_comma + 1);
  if (skip) glue_from = e;
  int words = 0;
  for (int k = glue_from; k < e; ++k) {
    if (units_[k].kind == UK::kActor) return p;
    if (units_[k].kind == UK::kPunct && units_[k].low != "\"") return p;
    // A determiner starts a new noun phrase: "..., this proposal raised".
    std::string_view w = units_[k].low;
    // ... but not a predicate noun: "Malaysia is (not) a signatory of".
    const bool predicate = (w == "a" || w == "an") &&
                           (IsWord(k - 1, "is") || IsWord(k - 1, "was") || IsWord(k - 1, "not") ||
                            IsWord(k - 1, "remains") || IsWord(k - 1, "became"));
    if ((w == "this" || w == "the" || w == "a" || w == "an" || w == "these" || w == "those" ||
         w == "its" || w == "their") &&
        !predicate)
      return p;
    // "X pushed back on ..., and others urged": after a clause of X's own,
    // "others" is a new subject ("X, Y, and others urged" is one list).
    if (IsSubjectPronoun(k) && last_comma > last_item_unit + (IsWord(k, "others") ? 1 : 0))
      return p;
    ++words;
  }
  if (words > 6) return p;
  bool first_subject = true;
  for (size_t k = 0; k < items.size(); ++k) {
    const Item& it = items[k];
    const Item& head = it.speaker >= 0 ? items[it.speaker] : it;
    if (head.seg != best_seg && head.role != kSupp && head.role != kOpp) continue;
    ActorRef a{ActorAt(it.unit), "", 1.0};
    if (it.speaker >= 0) {
      a.via = "on-behalf-of";
      a.conf = 0.9;
    }
    switch (it.role) {
      case kSubj:
      case kWith:
        if (it.role == kWith && !first_subject && a.via.empty()) a.via = "with";
        first_subject = false;
        p.subjects.push_back(a);
        p.subject_end = std::max(p.subject_end, it.unit + 1);
        break;
      case kSupp:
        if (a.via.empty()) a.via = "supported-by";
        a.conf = 0.9;
        p.supporters.push_back(a);
        break;
      case kOpp:
        if (a.via.empty()) a.via = "opposed-by";
        a.conf = 0.9;
        p.opposers.push_back(a);
        break;
    }
  }
  // "Dr. X, Secretary-General of the ITU,": an apposition names one person.
  for (size_t k = 1; k < p.subjects.size();) {
    if (p.subjects[k].actor.kind == "person" && p.subjects[k - 1].actor.kind == "person") {
      p.subjects.erase(p.subjects.begin() + k);
    } else {
      ++k;
    }
  }
  p.ok = !p.subjects.empty();
  return p;
}

std::string SentenceAnalyzer::Modality(int scan_b, int hit_b, bool* negated, bool* refused) const {
  *negated = false;
  *refused = false;
  bool hedged = false, reported = false;
  int from = std::max(scan_b, hit_b - 7);
  for (int k = from; k < hit_b; ++k) {
    if (units_[k].kind != UK::kWord) continue;
    if (MatchList(k, lex_.refusal) > 0) *refused = true;
    // Two negations cancel ("cannot possibly fail to defend"); "not only"
    // and "not just" negate nothing.
    if ((MatchList(k, lex_.negation) > 0 || EndsWithNt(units_[k].low)) && !IsWord(k + 1, "only") &&
        !IsWord(k + 1, "just"))
      *negated = !*negated;
    if (MatchList(k, lex_.hedge) > 0) hedged = true;
  }
  int cb = ClauseStart(hit_b);
  for (int k = cb; k < hit_b; ++k) {
    if (MatchList(k, lex_.report) > 0) reported = true;
  }
  for (int k = 0; k < n(); ++k) {
    if (MatchStr(k, {"according", "to"}) > 0) reported = true;
  }
  if (*refused) return "asserted";
  if (*negated) return "negated";
  if (hedged) return "hedged";
  if (reported) return "reported";
  return "asserted";
}

void SentenceAnalyzer::LinkTarget(int b, int e, StanceTarget* t) const {
  t->topic.clear();
  t->entity.clear();
  for (int i = b; i < e; ++i) {
    if (units_[i].kind == UK::kTopic && t->topic.empty()) t->topic = ents_[units_[i].ent].id;
    if ((units_[i].kind == UK::kActor || units_[i].kind == UK::kEntity) && t->entity.empty() &&
        units_[i].ent >= 0)
      t->entity = ents_[units_[i].ent].id;
  }
}

Target SentenceAnalyzer::MakeTarget(int from, int clause_end, int hit_index) {
  Target t;
  int words = 0;
  int end = clause_end;
  for (int i = from; i < clause_end; ++i) {
    const Unit& u = units_[i];
    if (u.kind == UK::kPunct) {
      char c = u.low[0];
      if (c == '(' || c == '.' || c == '!' || c == '?') {
        end = i;
        break;
      }
      if (c == ',') {
        int r = 0;
        if (IsWord(i + 1, "which") || IsWord(i + 1, "who") || IsWord(i + 1, "whom") ||
            IsWord(i + 1, "where") || RoleMarker(i + 1, &r) > 0 || BehalfMarker(i + 1) > 0) {
          end = i;
          break;
        }
        int nx = i + 1;
        if (IsWord(nx, "and") || IsWord(nx, "but")) ++nx;
        if (IsWord(nx, "the")) ++nx;
        // ", and others opposed it", ", there is no clarity", ", they
        // said": a new subject.
        if (IsActor(nx) || (nx > i + 1 && IsSubjectPronoun(nx)) ||
            ((IsWord(nx, "there") || IsWord(nx, "they") || IsWord(nx, "we") || IsWord(nx, "he") ||
              IsWord(nx, "she")) &&
             nx + 1 < n() && units_[nx + 1].kind == UK::kWord)) {
          end = i;
          break;
        }
      }
      continue;
    }
    if (IsWord(i, "and") || IsWord(i, "or") || IsWord(i, "but")) {
      int nx = i + 1;
      for (int steps = 0; steps < 5 && IsPredicatePrefix(nx); ++steps) ++nx;
      if (nx < n() && hit_at_[nx] >= 0 && lex_.defs[hits_[hit_at_[nx]].def].pos == CuePos::kVerb) {
        end = i;
        break;
      }
    }
    if (++words > 40) {
      end = i;
      break;
    }
  }
  // Leading "that" / "to" belong to the verb, not the target.
  int b = from;
  while (b < end && (IsWord(b, "that") || units_[b].kind == UK::kPunct)) ++b;
  while (end > b && units_[end - 1].kind == UK::kPunct && units_[end - 1].low != ")" &&
         units_[end - 1].low != "\"")
    --end;
  t.end_unit = end;
  if (end <= b) {
    uint32_t at = from < n() ? units_[std::min(from, n() - 1)].span.begin : sent_.end;
    if (from > 0) at = units_[from - 1].span.end;
    t.t.span = {at, at};
    return t;
  }
  t.t.span = {units_[b].span.begin, units_[end - 1].span.end};
  t.t.text = std::string(text_.substr(t.t.span.begin, t.t.span.size()));
  // Inverted targets: resisting "any move away from X" supports X.
  int k = b;
  while (k < end && (IsWord(k, "any") || IsWord(k, "a") || IsWord(k, "the") || IsWord(k, "an")))
    ++k;
  int inv = MatchList(k, lex_.inverter);
  int topic_from = b;
  if (inv > 0) {
    t.inverted = true;
    topic_from = inv;
  }
  LinkTarget(topic_from, end, &t.t);
  (void)hit_index;
  return t;
}

// "... while W supported it", "X disagreed": the target is what was said
// before — the previous cue's target in this sentence, the paragraph's last
// proposal, or the previous clause.
void SentenceAnalyzer::ResolveEmptyTarget(Target* t, int hit_index, int clause_b) {
  const Hit& h = hits_[hit_index];
  bool pronoun = t->t.text.empty();
  if (!pronoun) {
    int b = h.e;
    while (b < n() && units_[b].kind == UK::kPunct) ++b;
    int e = t->end_unit;
    static constexpr std::string_view kPro[] = {"it",    "this",  "that", "them",
                                                "these", "those", "so"};
    static constexpr std::string_view kArt[] = {"proposal",  "idea",     "plan",       "move",
                                                "text",      "draft",    "initiative", "suggestion",
                                                "proposals", "amendment"};
    if (e - b == 1) {
      for (std::string_view p : kPro) pronoun |= IsWord(b, p);
    } else if (e - b == 2 && (IsWord(b, "the") || IsWord(b, "this") || IsWord(b, "that"))) {
      for (std::string_view p : kArt) pronoun |= IsWord(b + 1, p);
    }
  }
  if (!pronoun) return;
  for (int k = hit_index - 1; k >= 0; --k) {
    if (!hit_targets_[k].t.text.empty() && hit_done_[k]) {
      Span keep = t->t.span;
      bool inv = t->inverted;
      *t = hit_targets_[k];
      t->inverted = inv;
      (void)keep;
      return;
    }
  }
  if (!para_->proposals.empty()) {
    const Proposal& p = para_->proposals.back();
    t->t.topic = p.target.topic;
    t->t.entity = p.actors.empty() ? p.target.entity : p.actors[0].actor.id;
    if (t->t.text.empty()) t->t.text = p.target.text;
    return;
  }
  if (t->t.text.empty() && clause_b > 0) {
    // The previous clause: what its subject said.
    int pb = ClauseStart(clause_b - 1);
    int pe = clause_b - 1;
    while (pe > pb && units_[pe - 1].kind == UK::kPunct) --pe;
    if (pe > pb) {
      t->t.span = {units_[pb].span.begin, units_[pe - 1].span.end};
      t->t.text = std::string(text_.substr(t->t.span.begin, t->t.span.size()));
      for (int i = pb; i < pe; ++i) {
        if (IsActor(i)) {
          t->t.entity = ActorAt(i).id;
          break;
        }
      }
    }
  }
}

void SentenceAnalyzer::Emit(const ActorRef& a, const std::string& polarity, const CueDef& def,
                            const Target& t, Span cue_span, const std::string& modality,
                            std::vector<Stance>* out) {
  Stance s;
  s.actor.id = a.actor.id;
  s.actor.kind = a.actor.kind;
  s.actor.text = a.actor.text;
  s.actor.span = a.actor.span;
  s.polarity = polarity;
  s.act = def.act;
  s.target = t.t;
  s.sentence = sidx_;
  s.modality = modality;
  s.via = a.via;
  uint32_t b = cue_span.begin, e = std::max(cue_span.end, t.t.span.end);
  if (sent_.Contains(a.actor.span)) b = std::min(b, a.actor.span.begin);
  // A holder after the cue ("... is unacceptable to most countries"): the
  // evidence runs from the target before the cue to the holder.
  if (a.actor.span.begin >= cue_span.end && sent_.Contains(a.actor.span) &&
      t.t.span.end <= cue_span.begin && sent_.Contains(t.t.span)) {
    b = std::min(b, t.t.span.begin);
    e = std::max(e, a.actor.span.end);
  }
  // "sanctions, which we reject": the evidence starts at the target.
  if (t.antecedent && t.t.span.end <= b && sent_.Contains(t.t.span)) b = t.t.span.begin;
  s.span = {b, e};
  double m = modality == "asserted"   ? 1.0
             : modality == "reported" ? 0.9
             : modality == "negated"  ? 0.7
                                      : 0.6;
  s.score = Round2(def.weight * m * a.conf);
  for (const Stance& o : *out) {
    if (o.sentence == s.sentence && o.actor.id == s.actor.id && o.span.Overlaps(s.span) &&
        o.polarity == s.polarity && o.act == s.act)
      return;
  }
  out->push_back(std::move(s));
}

void SentenceAnalyzer::AnalyseHit(int hi, std::vector<Stance>* out) {
  const Hit& h = hits_[hi];
  const CueDef& def = lex_.defs[h.def];
  const int cb = ClauseStart(h.b), ce = ClauseEnd(h.b);
  // A cue inside an earlier verbal cue's target is what that actor wants
  // ("called for the ITU to support ..."), not a stance of its own.
  // After a nominal cue only an infinitive or gerund is nested ("its
  // proposal to highlight"); a finite verb is the clause's own predicate.
  std::string_view hw = units_[h.b].low;
  const bool non_finite =
      IsWord(h.b - 1, "to") || IsWord(h.b - 1, "for") || IsWord(h.b - 1, "of") ||
      (hw.size() > 4 && hw.compare(hw.size() - 3, 3, "ing") == 0 && !def.holder_after);
  // Except a passive with its own holder: "a proposal that was widely
  // criticised by activists".
  const bool passive_by = [&] {
    int k = h.b - 1;
    while (IsAdverb(k)) --k;
    int by = h.e;
    if (IsAdverb(by)) ++by;
    return def.pos == CuePos::kVerb &&
           (IsWord(k, "was") || IsWord(k, "were") || IsWord(k, "is") || IsWord(k, "are") ||
            IsWord(k, "been")) &&
           IsWord(by, "by") && !ListAfter(by + 1, ce).empty();
  }();
  // Or a cue with its own holder: "reaffirmed the U.S. endorsement of",
  // "welcomed Russia's proposal for", "India's decision to support X has
  // drawn applause from civil society".
  const bool own_holder = (def.pos == CuePos::kNoun &&
                           (IsActor(h.b - 1) || (IsWord(h.b - 1, "'s") && IsActor(h.b - 2)))) ||
                          (def.holder_after && !ListAfter(h.e, ce).empty());
  for (int k = 0; k < hi && !passive_by && !own_holder; ++k) {
    if (!hit_done_[k] || hits_[k].role) continue;
    bool noun = lex_.defs[hits_[k].def].pos == CuePos::kNoun;
    if ((!noun || non_finite) && hit_targets_[k].end_unit > h.b && hits_[k].e <= h.b &&
        ClauseStart(hits_[k].b) == cb)
      return;
  }
  Target target = MakeTarget(h.e, ce, hi);
  std::vector<ActorRef> actors;
  Parse parse;
  int anchor = h.b;
  bool ceased = false;
  // Nominal use with a light verb: "expressed support for", "put forward a
  // proposal for": the light verb's subject holds the stance.
  {
    int k = h.b - 1;
    int steps = 0;
    while (k >= cb && steps < 4 && units_[k].kind == UK::kWord &&
           (IsWord(k, "a") || IsWord(k, "an") || IsWord(k, "the") || IsWord(k, "its") ||
            IsWord(k, "their") || IsWord(k, "his") || IsWord(k, "her") || IsWord(k, "our") ||
            IsWord(k, "my") || IsAdverb(k) || IsWord(k, "strong") || IsWord(k, "full") ||
            IsWord(k, "firm") || IsWord(k, "clear") || IsWord(k, "new") || IsWord(k, "general") ||
            IsWord(k, "broad") || IsWord(k, "substantial") || IsWord(k, "considerable") ||
            IsWord(k, "unequivocal") || IsWord(k, "wholehearted") || IsWord(k, "unwavering") ||
            IsWord(k, "solid") || IsWord(k, "renewed") || IsWord(k, "continued") ||
            IsWord(k, "explicit") || IsWord(k, "vocal"))) {
      --k;
      ++steps;
    }
    for (int lb = std::max(cb, k - 1); lb <= k; ++lb) {
      int le = MatchList(lb, lex_.light_verb);
      if (le < 0) {
        // Inflected light verbs: "expressed", "voiced", "made".
        if (lb >= 0 && units_[lb].kind == UK::kWord) {
          std::string_view w = units_[lb].low;
          for (const auto& lv : lex_.light_verb.phrases) {
            if (lv.size() != 1) continue;
            const std::string& base = lv[0];
            if (w.size() > base.size() &&
                w.compare(0, base.size() - (base.back() == 'e'), base, 0,
                          base.size() - (base.back() == 'e')) == 0 &&
                (w.size() - base.size() <= 3))
              le = lb + 1;
          }
          if (w == "made" || w == "gave" || w == "lent" || w == "put" || w == "showed" ||
              w == "shown" || w == "given")
            le = lb + 1;
          // "civil society groups have apprehensions about", "X has
          // reservations on": "have" holds an objection, not support ("the
          // plan has the support of", "has support from" name the holder
          // after the cue).
          if ((w == "have" || w == "has" || w == "had" || w == "having") &&
              def.polarity == "oppose" && !IsWord(h.e, "from") && !IsWord(h.e, "by") &&
              !IsWord(h.e, "of"))
            le = lb + 1;
        }
      }
      if (le == k + 1 && lb < h.b) {
        anchor = lb;
        break;
      }
    }
    // A stance given up: "withdrew its support for", "dropped its
    // proposal", "abandoned its opposition to" reads as negated. The cue
    // must be a noun there ("pull back" is no cessation of "back"), and a
    // modal or "to" before the verb makes it a demand on a holder who still
    // holds the stance ("India must withdraw its proposal", "urged the EU
    // to drop its support").
    const bool noun_here = def.pos == CuePos::kNoun || k < h.b - 1;
    for (int lb = std::max(cb, k - 1); lb <= k && noun_here && !ceased; ++lb) {
      if (lb < 0 || units_[lb].kind != UK::kWord || MatchList(lb, lex_.cessation) != k + 1)
        continue;
      static const internal::WordSet kDemand{"to",  "must", "should", "will",  "would", "could",
                                             "can", "may",  "might",  "shall", "need"};
      const int p = lb - 1;
      ceased = !(p >= 0 && units_[p].kind == UK::kWord &&
                 kDemand.Contains(internal::LowerWord(units_[p].low)));
      // "refused to drop its support": a refusal to give it up (see below).
      for (int r = std::max(cb, lb - 3); r < lb && !ceased; ++r)
        ceased = units_[r].kind == UK::kWord && MatchList(r, lex_.refusal) == lb;
    }
  }
  // The holder follows the cue: "the plan drew criticism from civil society",
  // "is unacceptable to most countries"; the target is the clause subject.
  if (def.holder_after && anchor == h.b && !HolderAfter(h, cb, ce, &actors, &target)) return;
  const bool nominal_use = def.pos == CuePos::kNoun || anchor != h.b;
  // Possessive: "Russia's proposal", "the US opposition to", "its proposal".
  if (actors.empty()) {
    int k = h.b - 1;
    if (IsWord(k, "'s")) --k;
    // "the Russia-led proposals", "a US-drafted text".
    if (nominal_use && IsPunct(k - 1, '-') && IsActor(k - 2) &&
        (IsWord(k, "led") || IsWord(k, "drafted") || IsWord(k, "sponsored") ||
         IsWord(k, "authored") || IsWord(k, "proposed")))
      k -= 2;
    if (IsActor(k) && (nominal_use || IsWord(h.b - 1, "'s"))) {
      actors.push_back({ActorAt(k), "", 1.0});
    } else if (IsWord(h.b - 1, "its") || IsWord(h.b - 1, "their") || IsWord(h.b - 1, "his") ||
               IsWord(h.b - 1, "her")) {
      if (anchor == h.b || def.pos == CuePos::kNoun) {
        int e;
        Coref(h.b - 1, &e, &actors);
      }
    }
  }
  // "proposal made by Brazil", "support from the US", "defense of X came from Iran".
  if (actors.empty() && nominal_use && anchor == h.b) {
    int k = h.e;
    static constexpr std::string_view kMade[] = {"made",      "put",       "tabled",
                                                 "submitted", "presented", "introduced",
                                                 "advanced",  "floated",   "forward"};
    for (int s = 0; s < 2; ++s) {
      bool skipped = false;
      for (std::string_view m : kMade) {
        if (IsWord(k, m)) {
          ++k;
          skipped = true;
        }
      }
      if (!skipped) break;
    }
    if (IsWord(k, "by") || IsWord(k, "from")) {
      actors = ListAfter(k + 1, ce);
    }
    // The cue as the subject of a passive: "A proposal for a new treaty has
    // been put forward by a group of Arab states"; the target is what lies
    // between.
    for (int i = h.e + 1; actors.empty() && i + 1 < ce && i < h.e + 25; ++i) {
      if (units_[i].kind == UK::kPunct) break;
      if (!(IsWord(i, "was") || IsWord(i, "were") || IsWord(i, "been") || IsWord(i, "is") ||
            IsWord(i, "are")))
        continue;
      int m = i + 1;
      while (IsAdverb(m)) ++m;
      bool made = false;
      for (std::string_view w : kMade) {
        if (IsWord(m, w)) {
          ++m;
          made = true;
        }
      }
      if (!made || !IsWord(m, "by")) continue;
      ++m;
      // "by a group of Arab states", "by a coalition of".
      if ((IsWord(m, "a") || IsWord(m, "an")) && IsActor(m + 1)) ++m;
      if ((IsWord(m, "a") || IsWord(m, "an")) &&
          (IsWord(m + 1, "group") || IsWord(m + 1, "coalition") || IsWord(m + 1, "bloc")) &&
          IsWord(m + 2, "of"))
        m += 3;
      actors = ListAfter(m, ce);
      if (actors.empty()) break;
      for (auto& a : actors) a.via = "passive";
      int e = i;
      while (e > h.e && (IsWord(e - 1, "has") || IsWord(e - 1, "have") || IsWord(e - 1, "had") ||
                         units_[e - 1].kind == UK::kPunct))
        --e;
      if (e > h.e) {
        target.t.span = {units_[h.e].span.begin, units_[e - 1].span.end};
        target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
        target.end_unit = e;
        LinkTarget(h.e, e, &target.t);
      }
    }
    if (!actors.empty()) {
    } else {
      for (int i = h.e; i + 1 < ce; ++i) {
        if ((IsWord(i, "came") || IsWord(i, "comes") || IsWord(i, "come")) &&
            IsWord(i + 1, "from")) {
          int a = i + 2;
          if (IsWord(a, "the")) ++a;
          actors = ListAfter(a, ce);
          if (!actors.empty())
            target.t.span.end = std::min(target.t.span.end, units_[i].span.begin);
          break;
        }
      }
      if (!actors.empty()) {
        // Re-trim the target to end before "came from".
        int e = target.end_unit;
        for (int i = h.e; i < e; ++i) {
          if (IsWord(i, "came") || IsWord(i, "comes") || IsWord(i, "come")) e = i;
        }
        while (e > h.e && units_[e - 1].kind == UK::kPunct) --e;
        if (e > h.e) {
          int b = h.e;
          target.t.span = {units_[b].span.begin, units_[e - 1].span.end};
          target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
          target.end_unit = e;
          LinkTarget(b, e, &target.t);
        }
      }
    }
  }
  bool passive = false;
  if (actors.empty() && def.pos == CuePos::kVerb && anchor == h.b) {
    // Passive: "the proposal was opposed by the US".
    int k = h.b - 1;
    while (IsAdverb(k) || IsWord(k, "not")) --k;
    // Reduced passive: "the plan, co-signed by Russia", "a proposal widely
    // criticised by activists", "put forward by a group of states".
    const bool reduced = ReducedPassive(h, k);
    if (reduced || IsBeForm(k)) {
      std::string_view w = units_[h.b].low;
      if (reduced || (w.size() > 2 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                                       w.compare(w.size() - 2, 2, "en") == 0))) {
        passive = true;
        int by = h.e;
        if (IsAdverb(by)) ++by;
        if (IsWord(by, "by")) {
          actors = ListAfter(by + 1, ce);
          for (auto& a : actors) a.via = "passive";
          // The target is the subject of the passive clause; in a relative
          // clause ("a proposal that was criticised by"), the noun phrase
          // before "that", after any earlier cue.
          int sb = cb;
          if (IsWord(k - 1, "that") || IsWord(k - 1, "which")) {
            for (int p = 0; p < hi; ++p)
              if (hits_[p].e <= k - 1) sb = std::max(sb, hits_[p].e);
            --k;
            while (k > sb && units_[k - 1].kind == UK::kPunct) --k;
          } else if (reduced && !AnyBeForm(std::max(cb, h.b - 3), h.b)) {
            // (Not a full passive with a word between: "was first proposed
            // by", "has long been promoted by".)
            // "has made a counterproposal co-signed by Canada": the noun
            // phrase the participle follows.
            ++k;
            static const internal::WordSet kWhen{"long",      "later",      "first",   "already",
                                                 "also",      "previously", "once",    "since",
                                                 "initially", "originally", "jointly", "recently"};
            while (k > cb && (units_[k - 1].kind == UK::kPunct ||
                              (units_[k - 1].kind == UK::kWord &&
                               kWhen.Contains(internal::LowerWord(units_[k - 1].low)))))
              --k;
            sb = NounPhraseStart(k, cb);
          }
          while (sb < k && units_[sb].kind == UK::kPunct) ++sb;
          if (k > sb) {
            target.t.span = {units_[sb].span.begin, units_[k - 1].span.end};
            target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
            LinkTarget(sb, k, &target.t);
          }
        }
      }
    }
  }
  if (actors.empty() && !passive && (def.pos != CuePos::kNoun || anchor != h.b)) {
    // Relative clause: "several governments who intervened to call for".
    int k = anchor - 1;
    int glue = 0;
    while (k >= cb && glue < 6 && units_[k].kind == UK::kWord && !IsWord(k, "who") &&
           !IsWord(k, "which") && !IsWord(k, "that")) {
      --k;
      ++glue;
    }
    if (IsWord(k, "who") || IsWord(k, "which") || (IsWord(k, "that") && IsActor(k - 1))) {
      int a = k - 1;
      if (IsPunct(a, ',')) --a;
      if (IsActor(a)) {
        actors = ListAt(a, cb);
        // "A and B were among several governments who ...": A and B too.
        int m = a - (IsActor(a) ? 1 : 0);
        while (m >= cb && units_[m].kind == UK::kWord && !IsWord(m, "among") && a - m < 4) --m;
        if (IsWord(m, "among")) {
          int s = m - 1;
          while (s >= cb && (IsWord(s, "were") || IsWord(s, "are") || IsWord(s, "was") ||
                             IsWord(s, "is") || IsAdverb(s)))
            --s;
          if (IsActor(s)) {
            std::vector<ActorRef> more = ListAt(s, cb);
            more.insert(more.end(), actors.begin(), actors.end());
            actors = std::move(more);
          }
        }
      }
    }
  }
  if (actors.empty() && !passive && (def.pos != CuePos::kNoun || anchor != h.b)) {
    parse = ParseSubject(cb, anchor);
    if (parse.ok && anchor == h.b && hw.size() > 4 && hw.compare(hw.size() - 3, 3, "ing") == 0) {
      // A gerund takes its subject only when adjacent: "Russia clearly
      // calling for", not "IXPs, the IPv6 transition, and supporting".
      for (int k = parse.subject_end; k < anchor; ++k) {
        static constexpr std::string_view kAux[] = {
            "not",       "would", "could", "might", "may",     "will",      "be",
            "been",      "was",   "were",  "is",    "are",     "consider",  "continue",
            "continued", "keep",  "kept",  "began", "started", "considered"};
        bool ok = IsAdverb(k) || IsWord(k, "always") || IsWord(k, "still");
        for (std::string_view a : kAux) ok |= IsWord(k, a);
        // The perfect progressive: "has (always) been supporting".
        ok |= (IsWord(k, "has") || IsWord(k, "have") || IsWord(k, "had")) &&
              (IsWord(k + 1, "been") || IsWord(k + 2, "been"));
        // "A joined partners in welcoming ...": the joiner's stance.
        if (IsWord(anchor - 1, "in") && (IsWord(k, "joined") || IsWord(k, "joins") ||
                                         IsWord(k, "join") || IsWord(k, "joining")))
          break;
        if (!ok) parse = Parse();
      }
    }
    if (parse.ok) actors = parse.subjects;
    // "Iran praised the ITU and spoke in favour of": an actor inside the
    // previous predicate's target is its object; the predicates share the
    // subject.
    int k = anchor - 1;
    while (IsAdverb(k)) --k;
    if (parse.ok && (IsWord(k, "and") || IsWord(k, "but"))) {
      for (int p = hi - 1; p >= 0; --p) {
        if (!hit_done_[p] || hits_[p].role || ClauseStart(hits_[p].b) != cb) continue;
        const Span ts = hit_targets_[p].t.span;
        bool inside = std::all_of(parse.subjects.begin(), parse.subjects.end(),
                                  [&](const ActorRef& a) { return ts.Contains(a.actor.span); });
        // Not when that target is a clause with its own subject: "urge all
        // parties to cease fire and support", "hope that all countries will
        // respect ... and uphold".
        static const internal::WordSet kClausal{"to",    "that",  "will", "would", "should",
                                                "must",  "shall", "can",  "could", "may",
                                                "might", "is",    "are",  "was",   "were"};
        for (int u = hits_[p].e; u < k && inside; ++u)
          inside = !(units_[u].kind == UK::kWord &&
                     kClausal.Contains(internal::LowerWord(units_[u].low)));
        if (inside && !hit_actors_[p].empty()) {
          actors = hit_actors_[p];
          parse = Parse();
          parse.subject_end = k;  // negation is looked for after the "and"
        }
        break;
      }
    }
  }
  if (actors.empty() && !passive && (def.pos != CuePos::kNoun || anchor != h.b)) {
    // Pronoun or definite description: "it intended", "the delegation said".
    int k = anchor - 1;
    int glue = 0, coref_end = 0;
    while (k >= cb && glue < 5 && units_[k].kind == UK::kWord && !Coref(k, &coref_end, &actors)) {
      --k;
      ++glue;
    }
    if (!actors.empty()) {
      // A "the delegation" phrase must not swallow the cue.
      bool copula = false;
      for (int i = k + 1; i < anchor; ++i) copula |= IsWord(i, "is") || IsWord(i, "was");
      if (copula && (IsWord(k, "it"))) actors.clear();
    }
  }
  if (actors.empty() && !passive && (def.pos != CuePos::kNoun || anchor != h.b)) {
    // Coordinated predicates share the subject: "proposed X and rejected Y",
    // "opposed X and therefore cannot fail to defend Y".
    int k = anchor - 1;
    for (int steps = 0; steps < 5 && IsPredicatePrefix(k); ++steps) --k;
    auto gerund = [this](int u) {
      std::string_view w = units_[u].low;
      return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
    };
    if (IsWord(k, "and") || IsWord(k, "but") || IsPunct(k, ',')) {
      for (int p = hi - 1; p >= 0; --p) {
        if (hit_done_[p] && !hit_actors_[p].empty() && ClauseStart(hits_[p].b) == cb &&
            gerund(hits_[p].b) == gerund(h.b)) {
          actors = hit_actors_[p];
          parse.subject_end = k;  // the first predicate's negation is its own
          break;
        }
      }
    }
  }
  if (actors.empty() && !passive) {
    // "The initial proposal ... appeared to champion": the proposer's stance.
    int k = cb;
    while (k < h.b && (units_[k].kind == UK::kPunct || IsWord(k, "the") || IsWord(k, "this") ||
                       IsWord(k, "its") || IsWord(k, "initial") || IsWord(k, "revised") ||
                       IsWord(k, "original") || IsWord(k, "new") || IsWord(k, "draft")))
      ++k;
    if ((IsWord(k, "proposal") || IsWord(k, "draft") || IsWord(k, "text")) && k < h.b &&
        !para_->proposals.empty() && def.pos != CuePos::kNoun) {
      actors = para_->proposals.back().actors;
      for (auto& a : actors) {
        a.via = "coreference";
        a.conf = 0.6;
      }
    }
  }
  // "X insists he is against Y": the content clause's cue is X's stance,
  // not "insist" (only bare "insist", which takes a clause).
  // Without a cue of its own the clause is a call ("insist that the ITRs
  // cover telephony only", "insists a role is vital", "insists the treaty
  // should apply"), unless it is a plain claim: an indicative "is", "was",
  // "has", "will" ... and nothing normative ("insists the talks were about
  // trade", "insisted it had not been consulted").
  if ((def.act == "insist" && def.phrase == "insist") || def.normative) {
    for (size_t j = hi + 1; j < hits_.size(); ++j)
      if (!hits_[j].role && hits_[j].b >= h.e && hits_[j].b < target.end_unit) return;
    static const internal::WordSet kNormative{
        "must",          "should",     "shall",     "need",    "needs",  "needed",
        "vital",         "essential",  "necessary", "crucial", "urgent", "required",
        "indispensable", "imperative", "important", "ought",   "be"};
    static const internal::WordSet kIndicative{"is",  "are",  "was",   "were", "has", "have",
                                               "had", "will", "would", "does", "did", "can"};
    bool normative = false, claim = false;
    for (int k = h.e; k < target.end_unit && k < n(); ++k) {
      if (units_[k].kind != UK::kWord) continue;
      const internal::LowerWord x(units_[k].low);
      // "be" is normative only as a subjunctive ("that the text be changed").
      if (x == "be") {
        normative |= !IsWord(k - 1, "to") && !IsWord(k - 1, "will") && !IsWord(k - 1, "would") &&
                     !IsWord(k - 1, "can") && !IsWord(k - 1, "could") && !IsWord(k - 1, "may") &&
                     !IsWord(k - 1, "might") && !IsWord(k - 1, "not");
      } else {
        normative |= kNormative.Contains(x);
      }
      claim |= kIndicative.Contains(x);
    }
    if (claim && !normative) return;
    if (def.normative && !normative) return;
  }
  // "the imposition of arbitrary sanctions, which we reject": the target is
  // the noun phrase the relative clause hangs on.
  if ((target.t.text.empty() || IsPunct(h.e, ',')) && parse.ok && parse.subject_end >= 3 &&
      (IsWord(parse.subject_end - 2, "which") || IsWord(parse.subject_end - 2, "that")) &&
      IsPunct(parse.subject_end - 3, ',')) {
    const int e = parse.subject_end - 3;
    const int b = NounPhraseStart(e, cb);
    if (b < e) {
      target.t.span = {units_[b].span.begin, units_[e - 1].span.end};
      target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
      target.antecedent = true;
      LinkTarget(b, e, &target.t);
    }
  }
  if (target.t.text.empty() || target.t.text.size() < 16) ResolveEmptyTarget(&target, hi, cb);
  hit_actors_[hi] = actors;
  hit_targets_[hi] = target;
  hit_done_[hi] = 1;
  if (actors.empty() && parse.supporters.empty() && parse.opposers.empty()) return;
  if (Conditional(cb, anchor)) return;

  bool negated = false, refused = false;
  int scan_b = parse.subject_end >= 0 ? parse.subject_end : cb;
  std::string modality =
      Modality(std::max(scan_b, anchor - 7 < cb ? cb : anchor - 7), anchor, &negated, &refused);
  if (anchor != h.b && modality == "asserted") {
    // "no support for", "expressed no support".
    for (int k = anchor; k < h.b; ++k)
      if (IsWord(k, "no")) modality = "negated", negated = true;
  }
  if (ceased) {
    // Giving up a stance negates it; not giving it up ("did not withdraw
    // its support", "refused to drop its support") keeps it.
    if (refused) {
      refused = false;
      negated = false;
    } else {
      negated = !negated;
    }
    modality = negated ? "negated" : "asserted";
  }
  std::string polarity = def.polarity;
  if (refused || negated) {
    // "did not support", "refused to endorse" -> oppose; "did not oppose" ->
    // neutral: not objecting is not support.
    polarity = def.polarity == "support" ? "oppose" : "neutral";
  }
  if (target.inverted && polarity != "neutral") polarity = Flip(polarity);
  Span cue_span{units_[h.b].span.begin, units_[h.e - 1].span.end};
  CueDef d = def;
  if (refused && def.polarity == "support" && d.act.rfind("refuse", 0) != 0)
    d.act = "refuse-to-" + def.act;
  for (const ActorRef& a : actors) Emit(a, polarity, d, target, cue_span, modality, out);
  for (const ActorRef& a : parse.supporters) Emit(a, polarity, d, target, cue_span, modality, out);
  std::string opp = polarity == "neutral" ? "oppose" : Flip(polarity);
  for (const ActorRef& a : parse.opposers) Emit(a, opp, d, target, cue_span, modality, out);
  if (d.act == "propose" || d.act == "call-for") {
    para_->proposals.push_back({actors, target.t});
  }
  for (const ActorRef& a : actors) {
    if (a.actor.kind == "group") {
      para_->last_collective = actors;
      break;
    }
  }
}

// A cue whose holder follows it ("drew criticism from X"): the actors listed
// after the cue, and as target the subject of the verb before it ("found",
// "drew", "is"), after a "that". False when either is missing.
bool SentenceAnalyzer::HolderAfter(const Hit& h, int cb, int ce, std::vector<ActorRef>* actors,
                                   Target* target) {
  static const char* const kGlue[] = {"a",     "an",     "the",         "much",   "some",
                                      "wide",  "broad",  "widespread",  "strong", "considerable",
                                      "heavy", "sharp",  "substantial", "firm",   "growing",
                                      "no",    "little", "scant",       "not",    "equally"};
  static const char* const kVerbs[] = {
      "drew",      "draw",     "draws", "drawn",  "received", "receive", "receives", "found",
      "find",      "finds",    "met",   "meet",   "meets",    "faced",   "face",     "faces",
      "attracted", "attracts", "won",   "wins",   "gained",   "gains",   "garnered", "enjoys",
      "enjoyed",   "enjoy",    "is",    "was",    "are",      "were",    "be",       "been",
      "remains",   "remained", "seems", "seemed", "has",      "had",     "have",     "got"};
  int v = h.b - 1;
  auto in = [this](int k, const char* const* b, const char* const* e) {
    for (const char* const* w = b; w != e; ++w)
      if (IsWord(k, *w)) return true;
    return false;
  };
  while (v > cb && (IsAdverb(v) || in(v, std::begin(kGlue), std::end(kGlue)))) --v;
  if (v < cb || !in(v, std::begin(kVerbs), std::end(kVerbs))) return false;
  int sb = cb;
  for (int k = cb; k < v; ++k)
    if (IsWord(k, "that")) sb = k + 1;
  while (sb < v && units_[sb].kind == UK::kPunct) ++sb;
  int se = v;
  while (se > sb && (IsAdverb(se - 1) || IsWord(se - 1, "has") || IsWord(se - 1, "have") ||
                     IsWord(se - 1, "had") || units_[se - 1].kind == UK::kPunct))
    --se;
  if (se <= sb) return false;
  *actors = ListAfter(h.e, ce);
  if (actors->empty()) return false;
  target->t.span = {units_[sb].span.begin, units_[se - 1].span.end};
  target->t.text = std::string(text_.substr(target->t.span.begin, target->t.span.size()));
  LinkTarget(sb, se, &target->t);
  return true;
}

// A participle cue followed by "by" and an actor, not itself after an actor
// (that would be an active verb): "the plan, co-signed by Russia".
bool SentenceAnalyzer::ReducedPassive(const Hit& h, int before) const {
  if (IsActor(before)) return false;
  std::string_view w = units_[h.b].low;
  bool participle = (w.size() > 3 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                                      w.compare(w.size() - 2, 2, "en") == 0)) ||
                    w == "put" || w == "made" || w == "led" || w == "sought";
  if (!participle) return false;
  int by = h.e;
  if (IsAdverb(by)) ++by;
  if (!IsWord(by, "by")) return false;
  int a = by + 1;
  if (IsWord(a, "the")) ++a;
  return IsActor(a);
}

// "whether India favours", "if the text changes, Brazil would support it":
// a cue under a conditional or an embedded question asserts no stance.
bool SentenceAnalyzer::Conditional(int cb, int anchor) const {
  for (int k = cb; k < anchor; ++k) {
    if (IsWord(k, "if") || IsWord(k, "whether") || IsWord(k, "unless")) return true;
  }
  return false;
}

// "CHINA, supported by EGYPT, stressed ...": the main verb is no cue, but the
// supporters and opposers still take a position on what the subject said.
void SentenceAnalyzer::RoleOnlyClause(int cb, int ce, std::vector<Stance>* out) {
  // The main verb: the first word after the subject structure.
  Parse p;
  int verb = -1;
  for (int e = cb + 1; e <= ce; ++e) {
    if (e < ce && units_[e].kind != UK::kWord) continue;
    if (e < ce) {
      int r = 0;
      if (RoleMarker(e, &r) > 0 || BehalfMarker(e) > 0 || IsWord(e, "the") || IsWord(e, "and") ||
          WithMarker(e) > 0)
        continue;
      if (e > cb && units_[e - 1].kind == UK::kWord && !IsPunct(e - 1, ',')) {
        int r2 = 0;
        int mb = e - 1;
        if (IsWord(mb, "by")) continue;
        (void)r2;
      }
    }
    Parse q = ParseSubject(cb, e);
    if (q.ok && (!q.supporters.empty() || !q.opposers.empty())) {
      p = q;
      verb = e;
      break;
    }
  }
  if (verb < 0 || verb > ce) return;
  CueDef d;
  d.weight = 0.8;
  Span cue_span =
      verb < ce ? units_[verb].span : Span{units_[ce - 1].span.end, units_[ce - 1].span.end};
  Target t = verb < ce ? MakeTarget(verb + 1, ce, -1) : Target();
  if (verb >= ce) t.t.span = cue_span;
  if (!p.subjects.empty()) t.t.entity = p.subjects[0].actor.id;
  d.polarity = "support";
  d.act = "support";
  for (const ActorRef& a : p.supporters) Emit(a, "support", d, t, cue_span, "asserted", out);
  d.polarity = "oppose";
  d.act = "oppose";
  for (const ActorRef& a : p.opposers) Emit(a, "oppose", d, t, cue_span, "asserted", out);
}

void SentenceAnalyzer::Run(Span sentence, uint32_t sentence_index, ParaState* para,
                           std::vector<Stance>* out) {
  sent_ = sentence;
  sidx_ = sentence_index;
  para_ = para;
  units_.clear();
  cue_candidates_.clear();
  actors_.clear();
  hits_.clear();
  words_looked_up_ = false;
  Tokenize(sentence);
  if (!MayHaveHit()) return;
  LookUpWords();
  MergeCollectives();
  AbsorbRoleNouns();
  DemoteDemonyms();
  FindHits();
  if (hits_.empty()) return;
  // A question asserts no stance: "Will Russia support the text?"
  if (IsPunct(n() - 1, '?') || (IsPunct(n() - 1, '"') && IsPunct(n() - 2, '?'))) return;
  FindClauses();
  hit_actors_.assign(hits_.size(), {});
  hit_targets_.assign(hits_.size(), {});
  hit_done_.assign(hits_.size(), 0);
  std::vector<char> clause_has_cue(units_.size() + 1, 0);
  std::vector<char> clause_has_role(units_.size() + 1, 0);
  for (size_t hi = 0; hi < hits_.size(); ++hi) {
    int cb = ClauseStart(hits_[hi].b);
    if (hits_[hi].role) {
      clause_has_role[cb] = 1;
      hit_done_[hi] = 0;
      continue;
    }
    size_t before = out->size();
    AnalyseHit(static_cast<int>(hi), out);
    if (out->size() > before || !hit_actors_[hi].empty()) clause_has_cue[cb] = 1;
  }
  for (int cb = 0; cb < n(); ++cb) {
    if (clause_has_role[cb] && !clause_has_cue[cb]) RoleOnlyClause(cb, ClauseEnd(cb), out);
  }
}

// Whether text[at - 1] and text[at] are both in a run of letters and '-' (a
// scan word may go on there).
bool CutsScanRun(std::string_view text, size_t at) {
  return at > 0 && at < text.size() &&
         internal::IsScanWordChar(static_cast<unsigned char>(text[at - 1])) &&
         internal::IsScanWordChar(static_cast<unsigned char>(text[at]));
}

// Whether a word unit of sentence text[s) may be a cue's first word (a-z and
// '-' only, see Lexicon::scan_words_are_cue_words) without being the scan
// word at the same place: Lexicon::CueMayFollow then never saw it. A word
// unit starts at a scan word's first letter and ends where it does unless
// it is cut off: by an entity or the sentence starting or ending inside a
// run of letters and '-', by an entity the tokenizer cannot take (a lone
// byte is cut off), or before a '-' that does not join two words ("pro-"). A
// rare case, checked only for sentences the raw test turned away.
bool SentenceMayMissScan(std::string_view text, Span s, const std::vector<Entity>& ents) {
  if (CutsScanRun(text, s.begin) || CutsScanRun(text, s.end)) return true;
  auto it = std::lower_bound(ents.begin(), ents.end(), s.begin,
                             [](const Entity& e, uint32_t pos) { return e.span.begin < pos; });
  for (; it != ents.end() && it->span.begin < s.end; ++it) {
    const Span e = it->span;
    if (e.end > s.end || e.end <= e.begin) return true;
    if (CutsScanRun(text, e.begin) || CutsScanRun(text, e.end)) return true;
    if (e.begin > 0 && text[e.begin - 1] == '-') return true;
  }
  const size_t end = std::min<size_t>(s.end, text.size());
  for (size_t d = s.begin + 1; d < end; ++d) {
    const void* dash = std::memchr(text.data() + d, '-', end - d);
    if (!dash) break;
    d = static_cast<size_t>(static_cast<const char*>(dash) - text.data());
    if (internal::IsScanLetter(static_cast<unsigned char>(text[d - 1])) &&
        (d + 1 >= end || !IsAsciiAlnum(static_cast<unsigned char>(text[d + 1]))))
      return true;
  }
  return false;
}

}  // namespace

std::vector<Stance> StanceFinder::Impl::Find(std::string_view text,
                                             const std::vector<Sentence>& sentences,
                                             const std::vector<Entity>& entities) const {
  std::vector<Stance> out;
  if (sentences.empty()) return out;
  // Fast scan: mark sentences that contain a scan word (see ForEachScanWord)
  // that may start a cue. Only words of 2 to 31 bytes that pass the
  // cue_first filter (2-letter prefix and length) are folded and looked up.
  // A sentence is a candidate (kCandidate) when such a word is not preceded
  // by a non-ASCII byte, as it always was. It is kept (kMayMatch) when such a
  // word, preceded by anything, starts a cue phrase whose further words may
  // follow it in the raw text (Lexicon::CueMayFollow): most candidates hold
  // the first word of a longer cue only ("in", "open", "call"), and are
  // turned away here instead of after tokenizing (MayHaveHit).
  enum : uint8_t { kCandidate = 1, kMayMatch = 2, kBoth = 3 };
  std::vector<uint8_t> marked(sentences.size(), 0);
  // The raw test is exact only for the shipped kind of lexicon and for
  // sentences in order without overlaps (see SentenceMayMissScan).
  bool raw_test = lex.scan_words_are_cue_words;
  for (size_t i = 0; i < sentences.size() && raw_test; ++i)
    raw_test = sentences[i].span.begin <= sentences[i].span.end &&
               (i == 0 || sentences[i - 1].span.end <= sentences[i].span.begin);
  const uint8_t first_mark = raw_test ? 0 : kMayMatch;
  size_t si = 0;
  const size_t n = text.size();
  internal::ForEachScanWord(text, [&](size_t p, size_t q) -> size_t {
    const size_t len = q - p;
    // The tests combined without branching: most words fail one, in no
    // predictable pattern. (text[p + 1] is read as text[p] for a 1-letter
    // word at the very end; such a word fails the length test anyway.)
    char buf[32];
    buf[0] = static_cast<char>(text[p] | 0x20);
    buf[1] = static_cast<char>(text[std::min(p + 1, n - 1)] | 0x20);
    const bool ascii_before = p == 0 || static_cast<unsigned char>(text[p - 1]) < 0x80;
    const bool candidate =
        (len - 2 < 30) & (ascii_before | raw_test) &
        lex.cue_first.MayContain(internal::CuePrefixIndex(std::string_view(buf, 2)), len);
    if (!candidate) return q;
    for (size_t k = 2; k < len; ++k) buf[k] = static_cast<char>(text[p + k] | 0x20);
    const WordInfo* w = lex.words.Find(std::string_view(buf, len));
    if (!w || w->cues < 0) return q;
    while (si < sentences.size() && sentences[si].span.end <= p) ++si;
    if (si >= sentences.size() || sentences[si].span.begin > p) return q;
    uint8_t& m = marked[si];
    m |= first_mark | (ascii_before ? kCandidate : 0);
    if (!(m & kMayMatch) && lex.CueMayFollow(w->cues, text, q)) m |= kMayMatch;
    if (m != kBoth) return q;
    // Further words of this sentence would only mark it again: resume at its
    // end, where no word may be in progress: if the end cuts a word (a run
    // with a letter before the end), after that word. text[q] ends this
    // word, so the look-back stops after it.
    size_t r = sentences[si].span.end;
    if (r <= q) return q;
    bool in_word = false;
    for (size_t j = r; j > q && internal::IsScanWordChar(static_cast<unsigned char>(text[j - 1]));
         --j)
      in_word |= internal::IsScanLetter(static_cast<unsigned char>(text[j - 1]));
    while (in_word && r < n && internal::IsScanWordChar(static_cast<unsigned char>(text[r]))) ++r;
    return r;
  });
  // A leading front-matter block ("# Source: ...", YAML) holds no stances.
  const uint32_t body = internal::FrontMatterEnd(text);
  // Paragraph starts, for coreference bounds.
  Arena arena;
  SentenceAnalyzer analyzer(lex, text, entities, &arena);
  ParaState para;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].paragraph != para.para) {
      const uint32_t prev_para = para.para == UINT32_MAX ? UINT32_MAX : para.begin;
      para = ParaState();
      para.para = sentences[i].paragraph;
      para.begin = sentences[i].span.begin;
      para.prev_para_begin = prev_para;
    }
    para.prev_begin =
        i > 0 && sentences[i - 1].paragraph == para.para ? sentences[i - 1].span.begin : UINT32_MAX;
    if (!(marked[i] & kCandidate) || sentences[i].span.end <= body) continue;
    const Span span{std::max(sentences[i].span.begin, body), sentences[i].span.end};
    if (!(marked[i] & kMayMatch) && !SentenceMayMissScan(text, span, entities)) continue;
    analyzer.Run(span, static_cast<uint32_t>(i), &para, &out);
  }
  internal::FoldPeopleToOrgs(entities, &out);
  internal::DropNonAssertions(text, &out);
  if (min_score > 0) {
    out.erase(std::remove_if(out.begin(), out.end(),
                             [this](const Stance& s) { return s.score < min_score; }),
              out.end());
  }
  std::stable_sort(out.begin(), out.end(), [](const Stance& a, const Stance& b) {
    if (a.sentence != b.sentence) return a.sentence < b.sentence;
    return a.span.begin < b.span.begin;
  });
  return out;
}

StanceFinder::StanceFinder() : impl_(std::make_unique<Impl>()) {}
StanceFinder::~StanceFinder() = default;

size_t StanceFinder::cue_count() const { return impl_->lex.phrases.size(); }
const std::string& StanceFinder::default_speaker() const { return impl_->speaker; }

Result<std::unique_ptr<StanceFinder>> StanceFinder::FromJson(const std::vector<std::string>& jsons,
                                                             const std::vector<std::string>& names,
                                                             double min_score) {
  std::unique_ptr<StanceFinder> f(new StanceFinder());
  for (size_t i = 0; i < jsons.size(); ++i) {
    Status st = f->impl_->lex.Add(jsons[i], i < names.size() ? names[i] : "cues");
    if (!st.ok()) return st;
  }
  f->impl_->lex.Finish();
  f->impl_->min_score = min_score;
  return f;
}

namespace {
Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

Result<std::unique_ptr<StanceFinder>> StanceFinder::Create(const StanceOptions& options) {
  std::vector<std::string> jsons, names;
  std::string path =
      options.cues_file.empty() ? DefaultDictDir() + "/cues.json" : options.cues_file;
  auto main = ReadFile(path);
  if (!main.ok()) return main.status();
  jsons.push_back(std::move(*main));
  names.push_back(path);
  for (const std::string& u : options.user_files) {
    auto t = ReadFile(u);
    if (!t.ok()) return t.status();
    // Only cue lexicons extend the finder; entity dictionaries are skipped.
    if (t->find("\"cue\"") == std::string::npos) continue;
    jsons.push_back(std::move(*t));
    names.push_back(u);
  }
  auto f = FromJson(jsons, names, options.min_score);
  if (f.ok()) (*f)->impl_->speaker = options.speaker;
  return f;
}

std::vector<Stance> StanceFinder::Find(std::string_view text,
                                       const std::vector<Sentence>& sentences,
                                       const std::vector<Entity>& entities) const {
  return impl_->Find(text, sentences, entities);
}

namespace {

// Stances spoken in the first person inside transcript turns: "My delegation
// cannot support this text" in a turn of IRAN is Iran's stance. The
// first-person subject ("my delegation", "we") is given to the finder as an
// actor entity of the turn's entity, so the cue lexicon, negation and hedging
// apply as for any named actor; groups the speaker announced ("on behalf of
// the Arab States") take the same stance.
Result<std::vector<Stance>> FindWithTurns(const Document& doc, const StanceFinder& finder,
                                          const std::vector<Sentence>& sents,
                                          const std::vector<Entity>& all_ents,
                                          const Recognizer* recognizer) {
  // A body named inside a longer name ("ITU" in "ITU Council") is not an
  // actor of its own: the longer name is.
  std::vector<Entity> outer;
  const bool nested = std::any_of(all_ents.begin(), all_ents.end(),
                                  [](const Entity& e) { return e.form == "nested"; });
  if (nested) {
    for (const Entity& e : all_ents)
      if (e.form != "nested") outer.push_back(e);
  }
  const std::vector<Entity>& ents = nested ? outer : all_ents;
  bool have_turns = false;
  auto turns = GetTurns(doc, &have_turns);
  if (!turns.ok()) return turns.status();
  if (!have_turns || turns->empty()) {
    // A document-level speaker (meta.speaker, front matter) speaks in the first person.
    std::optional<internal::DocSpeaker> speaker = internal::FindDocSpeaker(doc, ents);
    // The entities layer leaves the header out: its names ("Author/org: The
    // White House") are found here, when a recognizer is at hand.
    if (!speaker && recognizer) {
      const uint32_t header = ContextOf(doc).body_begin;
      if (header > 0) {
        const std::vector<Entity> hents = recognizer->Find(doc.text().substr(0, header));
        speaker = internal::FindDocSpeaker(doc, hents);
        // An executive office speaks for its government ("White House" -> USA).
        if (speaker && speaker->kind == "body") {
          const internal::DocSpeaker folded = internal::SpeakerFromId(speaker->id, "body", hents);
          if (folded.kind == "government") {
            speaker->id = folded.id;
            speaker->kind = folded.kind;
            speaker->name = folded.name;
          }
        }
      }
    }
    if (!speaker && !finder.default_speaker().empty())
      speaker = internal::SpeakerFromId(finder.default_speaker(), "", ents);
    // First-person subjects inside attributed quotations are the quoted speaker's.
    std::vector<Span> quoted;
    std::vector<Entity> qents;
    std::vector<internal::QuoteHolder> holders;
    const std::vector<Entity>& use =
        internal::AddQuoteSpeakers(doc.text(), sents, ents, &quoted, &qents, &holders) ? qents
                                                                                       : ents;
    // A parliamentary debate read without turns: speakers for the
    // Commission, the Council or a committee.
    std::vector<internal::DocSpeaker> speakers;
    std::vector<int> per_sentence;
    // Else the holders of attributed quotations speak inside them ("'This
    // treaty is a threat to the open Internet,' said X of ORG").
    const bool debate =
        !speaker &&
        (internal::ParliamentSpeakers(doc.text(), sents, ents, &speakers, &per_sentence) ||
         internal::QuoteSpeakers(sents, holders, &speakers, &per_sentence));
    std::vector<Stance> found =
        speaker ? internal::FindWithSpeaker(doc.text(), *speaker, finder, sents, use)
        : debate
            ? internal::FindWithSpeakers(doc.text(), speakers, per_sentence, finder, sents, use)
            : finder.Find(doc.text(), sents, use);
    internal::MarkQuoteStances(quoted, &found);
    internal::EchoedViews(doc.text(), sents, ents, &found);
    return found;
  }
  const std::string& text = doc.text();
  internal::EntityOverlaps ent_overlaps(ents);
  std::vector<Entity> mentions;                   // first-person subjects of turns
  std::vector<std::pair<Span, size_t>> subjects;  // first-person subject span, turn index
  for (const Sentence& s : sents) {
    std::optional<size_t> t = TurnAt(*turns, s.span.begin);
    if (!t || (*turns)[*t].entity.empty()) continue;
    std::optional<FirstPersonCue> cue = FindFirstPersonStance(text, s.span);
    if (!cue || cue->subject.size() == 0) continue;
    if (ent_overlaps.Any(cue->subject)) continue;
    const Turn& turn = (*turns)[*t];
    Entity e;
    e.span = cue->subject;
    e.text = text.substr(e.span.begin, e.span.size());
    e.kind = turn.entity_kind.empty() ? "government" : turn.entity_kind;
    e.id = turn.entity;
    e.name = turn.normalized;
    e.form = "turn";
    mentions.push_back(std::move(e));
    subjects.emplace_back(cue->subject, *t);
  }
  if (subjects.empty()) return finder.Find(text, sents, ents);
  std::vector<Stance> found =
      finder.Find(text, sents, internal::MergeBySpan(ents, std::move(mentions)));
  std::vector<Stance> out;
  for (Stance& st : found) {
    const std::pair<Span, size_t>* subject = nullptr;
    for (const auto& sub : subjects) {
      if (sub.first == st.actor.span) subject = &sub;
    }
    if (!subject) {
      out.push_back(std::move(st));
      continue;
    }
    st.via = "turn";
    const Turn& turn = (*turns)[subject->second];
    Stance base = st;
    out.push_back(std::move(st));
    for (const std::string& group : turn.on_behalf_of) {
      Stance g = base;
      g.actor.id = group;
      g.actor.kind = "group";
      g.via = "on-behalf-of";
      out.push_back(std::move(g));
    }
  }
  return out;
}

}  // namespace

Result<std::vector<Stance>> EnsureStances(const Document& doc, const Recognizer* recognizer,
                                          const StanceFinder& finder, bool* computed) {
  bool found = false;
  auto s = GetStances(doc, &found);
  if (found) {
    *computed = false;
    return s;
  }
  *computed = true;
  bool sc = false;
  auto sents = EnsureSentences(doc, &sc);
  if (!sents.ok()) return sents.status();
  bool ec = false;
  bool have = false;
  auto ents = GetEntities(doc, &have);  // `form` tells demonyms (DemoteDemonyms)
  if (!ents.ok()) return ents.status();
  if (!have) {
    if (!recognizer) return Status::InvalidInput("no \"entities\" layer and no recognizer");
    ents = EnsureEntities(doc, *recognizer, &ec);
    if (!ents.ok()) return ents.status();
  }
  return FindWithTurns(doc, finder, *sents, *ents, recognizer);
}

Status AddStances(Document* doc, const Recognizer* recognizer, const StanceFinder& finder) {
  bool sc = false;
  auto sents = EnsureSentences(*doc, &sc);
  if (!sents.ok()) return sents.status();
  bool have = false;
  auto ents = GetEntities(*doc, &have);  // `form` tells demonyms
  if (!ents.ok()) return ents.status();
  if (!have) {
    if (!recognizer) return Status::InvalidInput("no \"entities\" layer and no recognizer");
    bool ec = false;
    ents = EnsureEntities(*doc, *recognizer, &ec);
    if (!ents.ok()) return ents.status();
  }
  auto found = FindWithTurns(*doc, finder, *sents, *ents, recognizer);
  if (!found.ok()) return found.status();
  std::vector<Stance>& st = *found;
  if (sc) doc->SetLayer("sentences", SentencesJson(*sents));
  if (!have) doc->SetLayer("entities", EntitiesJson(*ents));
  doc->SetLayer("stances", StancesJson(st));
  return Status::Ok();
}

}  // namespace caucus
