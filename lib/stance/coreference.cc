// Coreference: pronouns and definite descriptions ("it", "they", "the
// delegation", "the coalition") resolved to an actor of the sentence or the
// paragraph.
#include "stance/sentence.h"

namespace caucus::stance {

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
                             [](const EntityView& e, uint32_t p) { return e.span.begin < p; });
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
                             [](const EntityView& e, uint32_t p) { return e.span.begin < p; });
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
  // Past openers: "But Egypt ...", "If Russia fails to respond and instead
  // continues with its ...".
  int k = 0;
  while (k < i && (units_[k].kind == UK::kPunct || IsWord(k, "the") ||
                   InList(k, en_.discourse_openers) || InList(k, en_.condition_openers)))
    ++k;
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
    int a = k - 1;
    while (IsAdverb(a)) --a;
    if (w == "they" && k >= 0 && units_[k].kind == UK::kWord &&
        en_.they_report_verbs.Contains(internal::LowerWord(units_[k].low)) && IsActor(a)) {
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

}  // namespace caucus::stance
