// The sentence passes in order (SentenceAnalyzer::Run).
#include "stance/sentence.h"

namespace caucus::stance {

// The passes over one sentence, in order; a pass returns false when the
// sentence can give no stance, and the later passes are skipped.
const SentenceAnalyzer::SentencePass SentenceAnalyzer::kSentencePasses[] = {
    // Words, punctuation and entity units with their lexicon entries
    // (units.cc); a sentence stops here when no cue phrase can match its
    // words.
    {"units", &SentenceAnalyzer::UnitsPass},
    // Collectives ("many governments"), role nouns ("the US ambassador") and
    // demonyms ("Indian companies") (actor_units.cc).
    {"actor-units", &SentenceAnalyzer::ActorUnitsPass},
    // Cue phrases and their vetoes (cue_hits.cc); a question asserts nothing.
    {"cues", &SentenceAnalyzer::CuesPass},
    // Clause boundaries (clauses.cc).
    {"clauses", &SentenceAnalyzer::ClausesPass},
    // For each cue: actor sieves, target, modality, polarity (hit.cc,
    // actor_sieves.cc, target.cc, modality.cc); then clauses with only
    // "supported by" / "opposed by" lists.
    {"cue-stances", &SentenceAnalyzer::CueStancesPass},
    // Criticism of states (criticism.cc): one per holder and state, none
    // that a stance of the holder already carries.
    {"criticism", &SentenceAnalyzer::CriticismPass},
};

void SentenceAnalyzer::Run(Span sentence, uint32_t sentence_index, ParaState* para,
                           std::vector<Stance>* out) {
  sent_ = sentence;
  sidx_ = sentence_index;
  para_ = para;
  Clear();
  hits_.clear();
  critiques_.clear();
  for (const SentencePass& pass : kSentencePasses)
    if (!(this->*pass.run)(out)) return;
}

bool SentenceAnalyzer::UnitsPass(std::vector<Stance>*) {
  // The words come with their lexicon entries: the document scan kept only
  // sentences where a cue may follow its first word, so nearly all of them
  // go on past MayHaveHit, which reads the entries (and adverb flags).
  Tokenize(sent_);
  if (MayHaveHit()) return true;
  // A topic that names a wrong is a cue too (cue_hits.cc).
  for (int i : topic_units_)
    if (TopicWrongCue(i) >= 0) return true;
  // The speech's adversary as the subject (criticism_discourse.cc), or a
  // back-reference to the state just criticised (criticism_focus.cc).
  return AdversaryMayApply() || focus_after(sidx_);
}

bool SentenceAnalyzer::ActorUnitsPass(std::vector<Stance>*) {
  MergeCollectives();
  AbsorbRoleNouns();
  DemoteDemonyms();
  return true;
}

bool SentenceAnalyzer::CuesPass(std::vector<Stance>*) {
  FindHits();
  if (hits_.empty() && !AdversaryMayApply() && !focus_after(sidx_)) return false;
  // A question asserts no stance: "Will Russia support the text?"; a
  // rhetorical one only criticism (criticism_discourse.cc).
  rhetorical_ = false;
  if (!(IsPunct(n() - 1, '?') || (IsPunct(n() - 1, '"') && IsPunct(n() - 2, '?')))) return true;
  rhetorical_ = RhetoricalQuestion();
  return rhetorical_;
}

bool SentenceAnalyzer::ClausesPass(std::vector<Stance>*) {
  FindClauses();
  return true;
}

bool SentenceAnalyzer::CueStancesPass(std::vector<Stance>* all) {
  // A rhetorical question's own stances are dropped; its criticisms, kept
  // pending in critiques_, remain.
  std::vector<Stance> dropped;
  std::vector<Stance>* out = rhetorical_ ? &dropped : all;
  // Every hit's actors empty (their vectors kept from earlier sentences).
  hit_actors_.resize(hits_.size());
  for (std::vector<ActorRef>& a : hit_actors_) a.clear();
  hit_targets_.assign(hits_.size(), {});
  hit_done_.assign(hits_.size(), 0);
  std::vector<char>& clause_has_cue = clause_has_cue_;
  std::vector<char>& clause_has_role = clause_has_role_;
  clause_has_cue.assign(units_.size() + 1, 0);
  clause_has_role.assign(units_.size() + 1, 0);
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
  return true;
}

}  // namespace caucus::stance
