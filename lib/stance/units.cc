// The units pass: a sentence cut into word, punctuation and entity units.
#include "stance/units.h"

namespace caucus::stance {
namespace {

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
}  // namespace

void SentenceUnits::Tokenize(Span s) {
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

// Whether FindHits can find anything: some cue phrase matches the word units
// (ignoring not_next vetoes). Exact as a filter: MergeCollectives and
// AbsorbRoleNouns only replace runs of units by one actor unit, so they never
// make word units adjacent that were not, and every hit found after them
// matches here too. Sentences without a hit produce nothing and leave the
// paragraph state alone, so they can stop right after tokenizing. Most
// sentences stop here; MayStartCue rejects most words without hashing.
bool SentenceUnits::MayHaveHit() const {
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
void SentenceUnits::LookUpWords() {
  for (Unit& u : units_) {
    if (u.kind != UK::kWord) continue;
    u.adverb = IsAdverbWord(u.low, en_.skippable_adverbs);
    if (const WordInfo* w = lex_.words.Find(u.low)) u.info = *w;
  }
  words_looked_up_ = true;
}

int SentenceUnits::MatchStr(int i, std::initializer_list<std::string_view> words) const {
  int j = i;
  for (std::string_view w : words) {
    if (!IsWord(j, w)) return -1;
    ++j;
  }
  return j;
}

}  // namespace caucus::stance
