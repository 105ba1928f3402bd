// The actor-unit pass: collectives ("many governments"), role nouns ("the
// US ambassador") and demonyms ("Indian companies") decide which units are
// actors.
#include "matcher.h"
#include "stance/units.h"

namespace caucus::stance {

// "many governments", "most developing countries", "several delegations":
// one collective actor with a slug id; the head may be a group entity.
void SentenceUnits::MergeCollectives() {
  // Every merge starts at a quantifier word: without one, nothing changes.
  // Before the first, no merge starts and no unit is copied (below); after
  // the last, none starts either.
  // Tokenize noted the quantifier words (this pass runs first, so their
  // indices hold).
  const std::vector<int>& at = quantifier_at_;
  if (at.empty()) return;
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
  size_t next_at = 0;
  for (int i = at[0]; i < n();) {
    if (!any_merged) {
      // Until a merge, only a quantifier word may start one: go to the next.
      while (next_at < at.size() && at[next_at] < i) ++next_at;
      if (next_at == at.size()) return;
      i = at[next_at];
    }
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
  if (any_merged) {
    SwapUnits(&out);
    units_merged_ = true;
  }
}

// "the US ambassador", "Russia's delegation", "the delegate from Iran": the
// government speaks, so the unit becomes the government's.
void SentenceUnits::AbsorbRoleNouns() {
  // Both forms need a role noun: without one, nothing changes.
  // (word_lists_: the words' lists as Tokenize read them, before any merge
  // replaced a word unit.)
  if (!(word_lists_ & lex_.role_noun.bit) || !AnyMayStart(lex_.role_noun)) return;
  std::vector<Unit>& out = merged_;
  out.clear();
  // Units are copied to `out` only from the first merge on: most sentences
  // with a role noun merge nothing.
  bool any_merged = false;
  auto merge_at = [&](int i) {
    if (!any_merged) out.assign(units_.begin(), units_.begin() + i);
    any_merged = true;
  };
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
        merge_at(i);
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
        merge_at(i);
        out.push_back(m);
        i = e - 1;
        continue;
      }
    }
    if (any_merged) out.push_back(u);
  }
  if (any_merged) {
    SwapUnits(&out);
    units_merged_ = true;
  }
}

bool SentenceUnits::DemonymAdjective(const EntityView& e) {
  const std::string_view t = e.text;
  // Weak aliases are mostly ambiguous adjectives ("American", "Korean",
  // "Congolese"); their country names ("America", "Korea") stay.
  return e.form == "demonym" ||
         (e.form == "weak" && t.size() > 3 &&
          (t.compare(t.size() - 2, 2, "an") == 0 || t.compare(t.size() - 3, 3, "ans") == 0 ||
           t.compare(t.size() - 3, 3, "ese") == 0));
}

// A demonym names the people or the country's firms, not the government,
// unless a role noun made it one ("the Indian delegation", merged above) or
// a nominal cue follows ("the Russian proposal"): "Brazilians supported",
// "Indian companies opposed", "the American people rejected" are no
// government's stances. The unit stays an entity (a target may name it).
void SentenceUnits::DemoteDemonyms() {
  // Only an entity's actor unit (Tokenize) is demoted; the merges above add
  // none that was not one.
  if (!entity_actors_) return;
  for (int i = 0; i < n(); ++i) {
    Unit& u = units_[i];
    if (u.kind != UK::kActor || u.ent < 0) continue;
    const EntityView& e = ents_[u.ent];
    const std::string_view t = e.text;
    if (!DemonymAdjective(e) || u.span.begin != e.span.begin || u.span.end != e.span.end) continue;
    const bool plural = t.size() > 3 && t.compare(t.size() - 2, 2, "ns") == 0;
    const bool people =
        (i + 1 < n() && units_[i + 1].kind == UK::kWord &&
         en_.demonym_people_nouns.Contains(internal::LowerWord(units_[i + 1].low))) ||
        (IsActor(i + 1) && ActorAt(i + 1).kind == "group");
    // "an Australian as its President": a person.
    const bool one = IsWord(i - 1, "a") || IsWord(i - 1, "an");
    if (plural || people || one) u.kind = UK::kEntity;
  }
}

}  // namespace caucus::stance
