// Modality and polarity: negation, refusal, hedging and reporting before a
// cue; conditions that assert nothing; the stance record a cue gives.
#include <cmath>

#include "stance/sentence.h"

namespace caucus::stance {
namespace {

double Round2(double v) { return std::round(v * 100.0) / 100.0; }

bool EndsWithNt(std::string_view w) {
  return w.size() >= 3 && w.compare(w.size() - 3, 3, "n't") == 0;
}

}  // namespace

// Whether a negation stands in the verb group right before unit i (up to
// four words, no punctuation): "has not (yet) implemented", "does not
// respect", "never honoured". Cues that criticise only when negated
// (`when_negated`) are no cues without it.
bool SentenceAnalyzer::NegationJustBefore(int i) const {
  int k = i;
  while (k - 1 >= 0 && k - 1 >= i - 4 && units_[k - 1].kind == UK::kWord) --k;
  return VerbNegation(k, i);
}

// Whether unit k starts a negation marker or is a "n't" contraction.
bool SentenceAnalyzer::NegationAt(int k) const {
  return MatchList(k, lex_.negation) > 0 || EndsWithNt(units_[k].low);
}

// "whether India favours", "if the text changes, Brazil would support it":
// a cue under a conditional or an embedded question asserts no stance.
bool SentenceAnalyzer::Conditional(int cb, int anchor) const {
  for (int k = cb; k < anchor; ++k) {
    if (IsWord(k, "if") || IsWord(k, "whether") || IsWord(k, "unless")) return true;
  }
  // An inverted condition: "Should it fail to respond, ...", "Were Russia
  // to withdraw, ...".
  const bool inverted = IsWord(cb, "should") || IsWord(cb, "were") || IsWord(cb, "had");
  return inverted && cb + 1 < anchor &&
         (IsActor(cb + 1) || InList(cb + 1, en_.state_pronouns) ||
          InList(cb + 1, en_.person_pronouns) || IsWord(cb + 1, "the"));
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
    // "We have no hesitation in supporting": the hesitation is denied, not
    // the cue (english.json hesitation_nouns).
    if (NegationAt(k) && !IsWord(k + 1, "only") && !IsWord(k + 1, "just") &&
        !InList(k + 1, en_.hesitation_nouns))
      *negated = !*negated;
    // "cannot possibly fail to": after a negation the hedge word intensifies.
    if (MatchList(k, lex_.hedge) > 0 && !(k > from && NegationAt(k - 1))) hedged = true;
  }
  int cb = ClauseStart(hit_b);
  for (int k = cb; k < hit_b; ++k) {
    if (MatchList(k, lex_.report) > 0 && ReportsUpTo(k, hit_b)) reported = true;
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

void SentenceAnalyzer::RelinkWithout(StanceTarget* t) const {
  const std::string self = std::move(t->entity);
  t->entity.clear();
  t->kind.clear();
  for (const Unit& u : units_) {
    if (u.span.begin < t->span.begin) continue;
    if (u.span.end > t->span.end) break;
    if ((u.kind == UK::kActor || u.kind == UK::kEntity) && u.ent >= 0 && ents_[u.ent].id != self) {
      t->entity = ents_[u.ent].id;
      t->kind = ents_[u.ent].kind;
      return;
    }
  }
}

void SentenceAnalyzer::Emit(const ActorRef& a, const std::string& polarity, std::string_view act,
                            double weight, const Target& t, Span cue_span,
                            const std::string& modality, std::string_view sieve,
                            std::vector<Stance>* out) {
  Stance s;
  s.actor.id = a.actor.id;
  s.actor.kind = a.actor.kind;
  s.actor.text = a.actor.text;
  s.actor.span = a.actor.span;
  s.polarity = polarity;
  s.act = act;
  s.target = t.t;
  // No actor takes a stance toward itself: "the proposal made by Brazil to
  // ..." (Brazil's proposal), "remove ICANN and IANA from ..." (ICANN's
  // agreement). The target links the next entity in it that is not the actor.
  if (!s.target.entity.empty() && s.target.entity == s.actor.id) RelinkWithout(&s.target);
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
  s.score = Round2(weight * m * a.conf);
  // The stances of this sentence are the last ones: sentences are read in
  // order.
  for (auto o = out->rbegin(); o != out->rend() && o->sentence == s.sentence; ++o) {
    if (o->actor.id == s.actor.id && o->span.Overlaps(s.span) && o->polarity == s.polarity &&
        o->act == s.act)
      return;
  }
  out->push_back(std::move(s));
  if (trace_) trace_->push_back(sieve);
}

}  // namespace caucus::stance
