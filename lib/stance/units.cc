// The units pass: a sentence cut into word, punctuation and entity units.
#include "stance/units.h"

namespace caucus::stance {

using internal::IsWordStart;
using internal::TypoPunct;

namespace {

bool IsActorKind(std::string_view k) {
  return k == "government" || k == "body" || k == "group" || k == "person";
}

}  // namespace

void SentenceUnits::Tokenize(Span s) {
  // First entity that starts inside the sentence.
  auto it = std::lower_bound(ents_.begin(), ents_.end(), s.begin,
                             [](const EntityView& e, uint32_t pos) { return e.span.begin < pos; });
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
      const EntityView& e = ents_[ei];
      const bool actor = IsActorKind(e.kind);
      entity_actors_ |= actor;
      if (!actor && e.kind == "topic") topic_units_.push_back(n());
      Unit& u = AddUnit(actor               ? UK::kActor
                        : e.kind == "topic" ? UK::kTopic
                                            : UK::kEntity,
                        e.span, Folded(text_.substr(e.span.begin, e.span.size()), arena_));
      u.ent = static_cast<int>(ei);
      if (actor) u.actor = AddActor({e.id, e.kind, e.text, e.span});
      p = e.span.end;
      continue;
    }
    const uint8_t cls = internal::WordByteClass(text_[p]);
    if (cls & internal::kSpaceByte) {
      ++p;
      continue;
    }
    // An ASCII letter or digit starts a word (the common case, tested
    // first): it is neither an apostrophe ("'s") nor the lead byte of
    // typographic punctuation, the cases below.
    const bool alnum = (cls & internal::kAlnumByte) != 0;
    // Possessive "'s" after an entity or word: one unit, so "Russia's" is
    // Russia + 's.
    if (const size_t len = alnum ? 0 : internal::PossessiveAt(text_, p, end)) {
      AddWord({static_cast<uint32_t>(p), static_cast<uint32_t>(p + len)}, "'s");
      p += len;
      continue;
    }
    if (int tp = alnum ? 0 : TypoPunct(text_, p)) {
      AddUnit(UK::kPunct, {static_cast<uint32_t>(p), static_cast<uint32_t>(p + 3)},
              tp == 0xA6                   ? "."
              : (tp == 0x93 || tp == 0x94) ? "-"
                                           : "\"");
      p += 3;
      continue;
    }
    if (alnum || IsWordStart(text_, p)) {
      bool fold = false;  // has upper case or a typographic apostrophe (see Folded)
      size_t q = internal::WordEnd(text_, p, end, std::min(end, eb), &fold);
      if (q == p) {
        // A lone byte the loop did not take (a word start cut by an entity).
        q = p + 1;
        fold = true;
      }
      const std::string_view word = text_.substr(p, q - p);
      AddWord({static_cast<uint32_t>(p), static_cast<uint32_t>(q)},
              fold ? arena_->Fold(word) : word);
      p = q;
      // The space after the word, which the loop would only step over, when
      // no entity starts there: eb is the first entity start at or after a
      // position before the word, so eb > p says none starts at p.
      if (p < end && text_[p] == ' ' && eb > p) ++p;
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
// sentences stop here. The words that start cues and their entries were
// noted as the units were added (AddWord).
bool SentenceUnits::MayHaveHit() {
  for (size_t k = 0; k < cue_candidates_.size(); ++k) {
    const int i = cue_candidates_[k];
    bool hit = false;
    ForEachCuePhrase(
        i, [&](uint32_t pi) { return hit = MatchRest(i, lex_.phrases[pi].words, true) >= 0; });
    if (hit) {
      first_hit_candidate_ = k;
      return true;
    }
  }
  first_hit_candidate_ = cue_candidates_.size();
  return false;
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
