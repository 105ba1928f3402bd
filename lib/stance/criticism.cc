// Criticism (issue #13): who criticises whom. The frame cues of the lexicon
// (CueFrame: evaluations of an act, wrongdoing, demands to stop) give the
// stance of whoever asserts the sentence (its speaker, or an actor whose
// report it is) against the state that does the act, linked to that state;
// cues that take an addressee ("call on X to cease") become demands against
// it; "Russia blocked the draft" is also the speaker's accusation. A pending
// list keeps one criticism per holder and state in a sentence (the
// criticism sentence pass). docs/STANCES.md, "Criticism".
#include <algorithm>
#include <cctype>
#include <cmath>

#include "stance/doc_text.h"
#include "stance/sentence.h"

namespace caucus::stance {
namespace {

double Round2(double v) { return std::round(v * 100.0) / 100.0; }

double ModalityFactor(std::string_view m) {
  return m == "asserted" ? 1.0 : m == "reported" ? 0.9 : m == "negated" ? 0.7 : 0.6;
}

}  // namespace

// Whether w ends with one of `endings` and is longer than it.
bool EndsWithOne(std::string_view w, const internal::WordList& endings) {
  for (const std::string& e : endings.words())
    if (w.size() > e.size() && SameWord(w.substr(w.size() - e.size()), e)) return true;
  return false;
}

// ---- who holds the criticism ---------------------------------------------

// The holder of a criticism in the sentence: the subject of a report verb
// before the cue ("France said Russia had violated ...": France, reported),
// else the sentence's speaker. False when there is neither.
bool SentenceAnalyzer::CriticismHolder(int cue_b, ActorRef* holder, std::string_view* via,
                                       bool* reported) const {
  *reported = false;
  if (DeniedContent(cue_b)) return false;
  // A named holder: its own report, or the speaker's when it names itself.
  auto held_by = [&](const ActorRef& a) {
    *holder = a;
    const bool speaker_says = speaker_ && a.actor.id == speaker_->id;
    *reported = !speaker_says;
    *via = speaker_says ? speaker_via_ : std::string_view("report");
    return true;
  };
  for (int k = cue_b - 1; k >= 0; --k) {
    // A claim's content: "Russia's allegations that Ukraine is shelling
    // civilians (are baseless)" is Russia's, reported; the claim of nobody
    // named is nobody's criticism.
    if (IsWord(k, "that") && k > 0 && InList(k - 1, en_.claim_nouns)) {
      ActorRef st;
      int p = k - 2;
      while (p >= 0 && (ModifierShaped(p) || IsAdverb(p))) --p;
      if (!(IsWord(p, "'s") && StateOf(p - 1, &st)) && !(IsActor(p) && StateOf(p, &st)))
        return false;
      *holder = st;
      *reported = true;
      *via = "report";
      return true;
    }
    if (units_[k].kind != UK::kWord || MatchList(k, lex_.report) < 0) continue;
    if (InList(k, en_.impersonal_report_words)) {
      // "according to reports, ...": nobody's; "According to Israel, ...",
      // "according to the Russian representative": that state's report;
      // "According to the Group of Experts / intelligence data, ...": the
      // speaker's evidence (a body, or english.json evidence_sources).
      bool evidence = false;
      for (int c = k + 1; c < cue_b && !IsPunct(c, ','); ++c) {
        ActorRef st;
        const bool bare_demonym = units_[c].ent >= 0 && ents_[units_[c].ent].form == "demonym" &&
                                  units_[c].span == ents_[units_[c].ent].span;
        if (IsActor(c) && !bare_demonym && StateOf(c, &st)) return held_by(st);
        evidence |= InList(c, en_.evidence_sources) || (IsActor(c) && ActorAt(c).kind == "body");
      }
      if (!evidence) return false;
      break;
    }
    if (!ReportsUpTo(k, cue_b)) continue;
    Parse p = ParseSubject(ClauseStart(k), k);
    if (!p.ok) {
      std::vector<ActorRef> c;
      int e = 0;
      int s = k - 1;
      while (IsAdverb(s)) --s;
      if (s >= 0 && Coref(s, &e, &c) && e == s + 1) p.subjects = c;
    }
    if (p.subjects.empty()) return false;
    // A people is no holder ("the blood of those Ukrainians who were shot
    // ..., stating that"): the clause's reporter is someone else.
    if (p.subjects[0].actor.id.rfind("people-", 0) == 0) return false;
    return held_by(p.subjects[0]);
  }
  // "Kyiv has violated the agreement, the Russian representative said.": a
  // report clause closing the sentence after a comma holds what comes
  // before it; one whose subject names no actor ("some delegations
  // claimed") leaves it asserted by nobody. Not "as" clauses ("..., as we
  // have said": the speaker's).
  int r = -1;
  const int comma = TrailingReport(cue_b, &r);
  if (comma >= 0) {
    Parse p = ParseSubject(comma + 1, r);
    if (!p.ok || p.subjects.empty() || p.subjects[0].actor.id.rfind("people-", 0) == 0)
      return false;
    return held_by(p.subjects[0]);
  }
  if (!speaker_) return false;
  *holder = {*speaker_, speaker_via_, 1.0};
  *via = speaker_via_;
  return true;
}

// The comma opening a report clause after unit `after` that closes the
// sentence or ends at a comma ("..., the Russian representative said.",
// "..., Russia claimed, but ..."), its report word (markers report, ending
// the clause) at *report; not an "as" clause ("..., as we have said"). -1
// when none.
int SentenceAnalyzer::TrailingReport(int after, int* report) const {
  int last = n() - 1;
  while (last > after && units_[last].kind != UK::kWord) --last;
  // Each comma after `after`: a report clause up to the next comma or the
  // sentence's end ("..., the Ukrainian representative claimed, but ...").
  for (int comma = after + 1; comma < last; ++comma) {
    // (Nor the speaker's own aside, "..., we have noted, ...", nor an
    // impersonal one, "..., it must be said, ...".)
    if (!IsPunct(comma, ',') || IsWord(comma + 1, "as") || IsWord(comma + 1, "we") ||
        IsWord(comma + 1, "i") || IsWord(comma + 1, "it"))
      continue;
    int stop = comma + 1;
    while (stop <= last && !IsPunct(stop, ',')) ++stop;
    const int close = stop > last ? last + 1 : stop;
    for (int r = comma + 2; r < close; ++r) {
      if (units_[r].kind != UK::kWord || MatchList(r, lex_.report) != close) continue;
      *report = r;
      return comma;
    }
  }
  return -1;
}

// Whether the cue at cue_b is in a "that" clause whose frame denies it or
// leaves it unasserted, in the same clause (english.json denial_frames,
// denial_verbs, falsity_words, doubt_heads: "reports suggest that ..."): "We do not believe that
// Russia has violated the agreement", "We have no evidence that Ukraine
// violated the ceasefire", "It is not true that ...", "It is false that
// ...", "We deny that ...". A negated denial or doubt asserts ("Nobody can
// deny that ...", "It cannot be denied that ...": not a frame here).
bool SentenceAnalyzer::DeniedContent(int cue_b) const {
  const int k = ContentThatBefore(cue_b);
  // The frame: up to four words before "that".
  for (int f = k - 1; k >= 0 && f >= 0 && f >= k - 4; --f) {
    if (units_[f].kind != UK::kWord) break;
    // "reports suggest that", "it is alleged that": asserted by nobody.
    // "Russia alleged that ...", "Iran has suggested that ...": a named
    // subject's report, reported as its own (CriticismHolder).
    if (InList(f, en_.doubt_heads)) {
      int g = f - 1;
      while (g > 0 && (IsAdverb(g) || InList(g, en_.predicate_auxiliaries))) --g;
      return !(g >= 0 && IsActor(g));
    }
    const bool denies = InList(f, en_.denial_verbs) || InList(f, en_.falsity_words);
    if (!denies && !InList(f, en_.denial_frames)) continue;
    // A denial unless negated; a belief, evidence or truth only when
    // denied.
    return denies ? !FrameNegated(f) : FrameNegated(f);
  }
  return false;
}

// Whether a continuation verb governs the cue at `cue` ("continues to
// violate", "continues with its military adventurism", "continue its
// aggression"): under a condition the wrong is then presupposed, not
// supposed ("If Russia continues to violate the agreement, it will face
// consequences" says it does).
bool SentenceAnalyzer::ContinuedWrong(int cb, int cue) const {
  int k = cue - 1;
  for (int steps = 0; steps < 4 && k > cb; ++steps, --k) {
    if (InList(k, en_.continuation_verbs)) return true;
    if (!(IsWord(k, "to") || IsWord(k, "with") || InList(k, en_.agent_possessives) ||
          InList(k, en_.articles) || IsAdverb(k) || ModifierShaped(k) ||
          InList(k, en_.premodifier_words)))
      return false;
  }
  return InList(k, en_.continuation_verbs);
}

// Whether the cue h names consequences (english.json consequence_nouns, its
// last word) in the main clause after a condition that the wrong goes on:
// "If Russia continues down this path, it will face further isolation",
// "If the regime persists, it will pay a price" presuppose the wrong.
bool SentenceAnalyzer::ThreatAfterContinuedCondition(const Hit& h) const {
  if (!InList(h.e - 1, en_.consequence_nouns)) return false;
  int k = 0;
  while (k < h.b && InList(k, en_.discourse_openers)) ++k;
  if (!IsWord(k, "if")) return false;
  int comma = -1;
  for (int c = k + 1; c < h.b; ++c)
    if (IsPunct(c, ',')) comma = c;
  if (comma < 0) return false;
  for (int c = k + 1; c < comma; ++c)
    if (InList(c, en_.continuation_verbs) && !IsWord(c, "on") && !IsWord(c, "still")) return true;
  return false;
}

// Whether a duty stands in the main clause after a condition, between the
// last comma after "if" and the cue: "If Russia is serious about peace, as
// its representative has told us, it should stop arming the separatists"
// demands; "If Russia should stop ..." supposes.
bool SentenceAnalyzer::DutyAfterCondition(int cb, int cue) const {
  int comma = -1;
  bool condition = false;
  for (int k = cb; k < cue; ++k) {
    condition |= InList(k, en_.condition_openers);
    if (condition && IsPunct(k, ',')) comma = k;
  }
  // The main clause's subject is the condition's, as a pronoun ("If
  // Russia wants peace, it must withdraw"), not someone else ("If the
  // separatists attack, Ukraine must stop them").
  if (comma < 0 || !InList(comma + 1, en_.state_pronouns)) return false;
  for (int k = comma + 1; k < cue; ++k)
    if (units_[k].kind == UK::kWord && MatchList(k, lex_.obligation) > 0) return true;
  return false;
}

// Whether the cue at `cue` stands in the main clause after ", then" that
// follows a condition, in no future or conditional mood: "If Russia really
// has genuine concerns about them, then its actions have done nothing to
// safeguard their interests" asserts the wrong; "If Russia invades, then it
// will violate ..." supposes it.
bool SentenceAnalyzer::AssertedAfterThen(int cb, int cue, int ce) const {
  int then = -1;
  for (int k = cb + 1; k < cue; ++k)
    if (IsWord(k, "then") && IsPunct(k - 1, ',')) then = k;
  if (then < 0) return false;
  for (int k = then + 1; k < ce; ++k)
    if (IsWord(k, "if") || IsWord(k, "will") || IsWord(k, "would") || IsWord(k, "could") ||
        IsWord(k, "might") || IsWord(k, "may") || IsWord(k, "shall"))
      return false;
  return true;
}

// Whether the cue at `cue` is a failure or refusal ("fail to", "refuse
// to"): under a condition it is a threat that says the state has not yet
// done what it was asked ("Should it fail to respond, there will be
// consequences", "If Russia refuses to withdraw, ..."), which the Council's
// speakers say of the state they criticise; a wrong merely supposed ("If
// Iran were to enrich ...") stays nothing.
bool SentenceAnalyzer::ConditionalFailure(int cue) const {
  return InList(cue, en_.failure_verbs) || MatchList(cue, lex_.refusal) > 0;
}

// Whether the cue h, a refusal or failure with its "to" ("refused to",
// "failure to"), is of an act that is no duty: its infinitive opens with
// a phrase of english.json neutral_refusals ("Ukraine has refused to
// vote", "declined to comment", "its refusal to take part in the vote").
// A refusal to comply, withdraw or cooperate stays a wrong.
bool SentenceAnalyzer::RefusesNoDuty(const Hit& h) const {
  int k = h.e;
  if (IsWord(k, "to")) {
    ++k;
  } else if (!IsWord(k - 1, "to")) {
    return false;
  }
  while (IsAdverb(k)) ++k;
  return MatchList(k, lex_.neutral_refusals) > k;
}

// Whether the modifier cue h qualifies people that a possessor has, not
// the possessor's conduct: its noun, past up to two modifiers, is one of
// english.json possessed_others ("Its so-called opponents", "Russia's
// self-styled allies"; not "its so-called referendum").
bool SentenceAnalyzer::QualifiesOthers(const Hit& h) const {
  int k = h.e;
  for (int steps = 0; steps < 2 && k < n() && !InList(k, en_.possessed_others) &&
                      units_[k].kind == UK::kWord && (IsAdverb(k) || ModifierShaped(k));
       ++steps)
    ++k;
  return InList(k, en_.possessed_others);
}

// "The DPRK launched a ballistic missile. This launch was a flagrant
// violation of ...": a demonstrative and a noun opening the sentence as the
// subject of an evaluation judge the act of the government that opens the
// sentence before (PreviousSubject), when the holder has criticised nobody
// there. Not a bare "That is ..." (which act is unclear), nor the holder
// itself.
bool SentenceAnalyzer::ActOfPreviousSubject(int cb, int cue, const ActorRef& holder,
                                            ActorRef* out) const {
  const int k = SubjectStart(cb, cue);
  if (k != 0 || !DemonstrativeSubject(cb, cue)) return false;
  // A bare "This is ..." only for a violation or breach (english.json
  // violation_heads): "Israel has expanded its settlements. This is a
  // flagrant breach of ..."; "That is unacceptable" leaves the act unclear.
  // Or a refutation (english.json refutation_words: "That is simply not
  // true") of what the state opening the sentence before said there ("The
  // Russian representative said that ...").
  const bool refutation = InList(cue, en_.refutation_words) ||
                          (NegationAt(cue) && InList(cue + 1, en_.refutation_words));
  if (!(k + 1 < cue && units_[k + 1].kind == UK::kWord && MatchList(k + 1, lex_.copula) < 0) &&
      !InList(cue, en_.violation_heads) && !refutation)
    return false;
  std::vector<ActorRef> prev = PreviousSubject(k);
  // "The representative of the Russian Federation said ...": past the
  // words of a delegation (english.json agree_with_openers).
  if (prev.empty() && refutation) prev = PreviousDelegation();
  if (prev.empty() || prev[0].actor.kind != "government" || prev[0].actor.id == holder.actor.id)
    return false;
  if (refutation && !InList(cue, en_.violation_heads) && !PreviousSubjectReports(prev[0]))
    return false;
  *out = prev[0];
  out->via = "discourse";
  out->conf = 0.6;
  return true;
}

// The government whose delegation opens the sentence before ("The
// representative of the Russian Federation said", "My colleague from
// Ukraine claimed"): the first entity after words of english.json
// agree_with_openers and delegation_words only, one of them a word of
// delegation_words; empty otherwise.
std::vector<ActorRef> SentenceAnalyzer::PreviousDelegation() const {
  if (para_->prev_begin == UINT32_MAX || para_->prev_begin >= sent_.begin) return {};
  auto it = std::lower_bound(ents_.begin(), ents_.end(), para_->prev_begin,
                             [](const EntityView& e, uint32_t p) { return e.span.begin < p; });
  if (it == ents_.end() || it->kind != "government" || it->span.begin >= sent_.begin) return {};
  bool delegation = false;
  for (const Word& w : Words(text_, Span{para_->prev_begin, it->span.begin})) {
    const bool title = en_.delegation_words.Contains(w.low);
    if (!title && !en_.agree_with_openers.Contains(w.low)) return {};
    delegation |= title;
  }
  if (!delegation) return {};
  return {{ActorView{it->id, it->kind, it->text, it->span}, "coreference", 0.8}};
}

// Whether the state opening the sentence before (`subject`, there) reports
// what it says: a report word (markers report: "said", "claims") among the
// four words after it, past its representative ("The Russian
// representative said that ...").
bool SentenceAnalyzer::PreviousSubjectReports(const ActorRef& subject) const {
  if (subject.actor.span.end >= sent_.begin) return false;
  std::vector<Word> words;
  WordsInto(text_, Span{subject.actor.span.end, sent_.begin}, &words, 4);
  for (const Word& w : words)
    for (const auto& phrase : lex_.report.phrases)
      if (!phrase.empty() && w.low == phrase[0]) return true;
  return false;
}

// A criticism of `state` by `holder` for the cue hit h: pending until the
// criticism sentence pass.
void SentenceAnalyzer::AddCriticism(const ActorRef& holder, std::string_view via,
                                    const ActorRef& state, const Hit& h, std::string_view act,
                                    Span target, const std::string& modality, double conf) {
  if (holder.actor.id == state.actor.id) return;  // the speaker on itself
  Stance s;
  s.actor.id = holder.actor.id;
  s.actor.kind = holder.actor.kind;
  s.actor.text = holder.actor.text;
  s.actor.span = holder.actor.span;
  s.polarity = "oppose";
  s.act = act;
  s.target.span = target;
  s.target.text = std::string(text_.substr(target.begin, target.size()));
  s.target.entity = state.actor.id;
  s.target.kind =
      state.actor.kind == "body" || state.actor.kind == "group" ? state.actor.kind : "government";
  const Span cue{units_[h.b].span.begin, units_[h.e - 1].span.end};
  uint32_t b = std::min(cue.begin, target.begin), e = std::max(cue.end, target.end);
  if (sent_.Contains(state.actor.span)) {
    b = std::min(b, state.actor.span.begin);
    e = std::max(e, state.actor.span.end);
  }
  if (sent_.Contains(holder.actor.span) && holder.actor.span.size() > 0) {
    b = std::min(b, holder.actor.span.begin);
    e = std::max(e, holder.actor.span.end);
  }
  s.span = {b, e};
  s.sentence = sidx_;
  s.modality = modality;
  s.via = via;
  s.score = Round2(lex_.defs[h.def].weight * ModalityFactor(modality) * conf * holder.conf);
  critiques_.push_back(std::move(s));
}

// ---- the frame cues ------------------------------------------------------

// A frame cue (see CueFrame): the act, the state that does it, the holder;
// no stance when the cue is inside another cue's target (that cue's stance
// carries it, see AgentLink), negated without a duty ("Russia has not
// violated"), or conditional.
void SentenceAnalyzer::FrameHit(HitState* s) {
  const Hit& h = s->h;
  const CueDef& def = s->def;
  // Inside an earlier cue's target: an oppose cue's stance carries it (its
  // link is the agent, AgentLink), a demand's is decided by DemandFrame; a
  // support cue's target may still name a wrong and its doer ("we stand by
  // Ukraine against Russian aggression"), but not one found by discourse.
  bool in_support = false;
  for (int k = 0; k < s->hi; ++k) {
    if (!hit_done_[k] || hits_[k].role || ClauseStart(hits_[k].b) != s->cb) continue;
    if (!(hit_targets_[k].end_unit > h.b && hits_[k].e <= h.b)) continue;
    // "Those who back them in Moscow must be held to account": the backing
    // is the subject's relative clause, no cue whose target holds the wrong.
    if (InList(hits_[k].b, en_.backing_verbs) &&
        (IsWord(hits_[k].b - 1, "who") || IsWord(hits_[k].b - 1, "that")))
      continue;
    // A passive's target stands before it ("separatists, armed and
    // supported by Russia, continue to attack"): nothing after it is inside.
    if (hit_targets_[k].t.span.end <= units_[hits_[k].b].span.begin) continue;
    // Nor after a participle that describes the doers ("militias sponsored
    // by Tehran have shelled", "Moscow-backed militants have seized").
    if (SponsorParticiple(hits_[k])) continue;
    // An outer cue that nobody holds carries nothing, but the wrong it
    // names may be a general one ("a fight against aggression"): no doer
    // from the discourse.
    if (hit_actors_[k].empty()) {
      // A verb with a subject of its own that is no actor ("The
      // Secretary-General condemned the attack by Russian forces"): the
      // wrong is that subject's to judge, not the speaker's.
      // ("The veto should be a defeat for Russia alone": a verb cue used as
      // a noun has no subject.)
      const int ob = hits_[k].b;
      if (lex_.defs[hits_[k].def].pos == CuePos::kVerb && ob > ClauseStart(ob) &&
          SubjectStart(ClauseStart(ob), ob) < ob && lex_.defs[hits_[k].def].polarity != "support" &&
          !InList(ob - 1, en_.articles) && !InList(ob - 1, en_.demonstratives) &&
          !InList(ob - 1, en_.agent_possessives) && !IsWord(ob - 1, "'s"))
        return;
      in_support = true;
      continue;
    }
    const CueDef& outer = lex_.defs[hits_[k].def];
    // A call's target ("appeal to all to stop the aggressor, X") may name
    // a wrong and its doer too; a duplicate of the call's own demand on the
    // same state is dropped by the criticism pass.
    if ((outer.polarity != "support" && !outer.addressee) || outer.frame != CueFrame::kNone) return;
    in_support = true;
  }
  // A nominal demand inside a support cue's target is that cue's ("We
  // welcome the immediate withdrawal of X's forces", "call for ...").
  if (in_support && def.frame == CueFrame::kEvaluation && def.act == "demand") return;
  if (Conditional(s->cb, h.b) && !ContinuedWrong(s->cb, h.b) && !ThreatAfterContinuedCondition(h) &&
      !AssertedAfterThen(s->cb, h.b, s->ce) &&
      !(def.frame == CueFrame::kWrongdoing && ConditionalFailure(h.b)) &&
      !(def.frame == CueFrame::kStop && DutyAfterCondition(s->cb, h.b)))
    return;
  if (UnassertedWrong(h.b)) return;
  // "Ukraine has refused to vote", "its refusal to take part": a refusal of
  // what is no duty is no wrong (RefusesNoDuty).
  if (RefusesNoDuty(h)) return;
  // "Its so-called opponents", "Russia's self-styled allies": a modifier
  // on people the possessor has qualifies them, not its conduct
  // (QualifiesOthers).
  if (def.frame == CueFrame::kEvaluation && def.pos == CuePos::kAdj && QualifiesOthers(h)) return;
  // "There are no Russian mercenaries in Ukraine", "no evidence of Russian
  // provocateurs": an evaluation noun under a determiner "no" (or after "no
  // evidence of") is asserted of nobody; an agent noun (act accuse:
  // mercenaries, saboteurs) under a negated verb too ("Russia has never
  // used mercenaries").
  if (def.frame == CueFrame::kEvaluation && def.pos == CuePos::kNoun) {
    int d = h.b - 1;
    while (d > s->cb &&
           (IsAdverb(d) || ModifierShaped(d) || IsPunct(d, '-') || IsActor(d) || IsWord(d, "'s")))
      --d;
    // ("No amount of Russian propaganda can change ...": "amount" is no
    // word of evidence, english.json denial_frames.)
    if (IsWord(d, "no") ||
        (IsWord(d, "of") && IsWord(d - 2, "no") && InList(d - 1, en_.denial_frames)))
      return;
    // ("could not have operated ... without help from Russia": two
    // negations.)
    bool without = false;
    for (int k = s->cb; k < h.b; ++k) without |= IsWord(k, "without");
    if (def.act == "accuse" && !without && VerbNegation(s->cb, h.b)) return;
  }
  // "The alleged aggression by X is a fabrication": a subject that only
  // alleges a wrong names no doer of this one.
  for (int k = s->cb; k < h.b; ++k)
    if (UnassertingAt(k)) return;
  ActorRef holder;
  std::string_view via;
  bool reported = false;
  if (!CriticismHolder(h.b, &holder, &via, &reported)) return;
  std::vector<ActorRef> states;
  ActorRef agent;
  int from = h.b;  // where the state (and the evidence) starts
  bool duty = false;
  bool imperative = false;  // a stop verb addressed to a state after a colon
  if (def.frame == CueFrame::kEvaluation) {
    // A known occupier is the doer only of an annexation or occupation
    // judged here ("the illegal annexation of Crimea"), not of one merely
    // named ("a prelude to the annexation of Crimea"); a condemnation's
    // target is judged by the condemnation (AgentLink).
    bool found = EvaluationAgent(h, s->cb, s->ce, &agent);
    // "It is Russia that is fuelling this conflict": a cleft's state.
    if (!found && !in_support) found = CleftSubjectAt(h.b, &agent);
    // "The EU has imposed illegal sanctions": a body or bloc (body_doers.cc).
    if (!found && !in_support) found = BodyAgent(h, s->cb, s->ce, &agent);
    if (found && agent.via == "occupied-place") {
      bool judged = false;
      // A discourse adjective judges by itself ("the so-called referendum
      // in Crimea").
      judged = def.pos == CuePos::kAdj;
      for (int k = std::max(s->cb, h.b - 3); k < h.b && !judged; ++k)
        judged = FrameAt(k, CueFrame::kEvaluation);
      found = judged;
    }
    if (!found) {
      if (in_support) return;
      // A refutation ("That is simply not true") judges what someone said,
      // never the holder's own criticism ("Russia has annexed Crimea. That
      // is simply not true." refutes nobody): ActOfPreviousSubject.
      const bool refutation = InList(h.b, en_.refutation_words) ||
                              (NegationAt(h.b) && InList(h.b + 1, en_.refutation_words));
      // Nor a supposition ("That would be a breach of the Charter if it
      // were true": a "would" / "could" before the cue, a condition
      // after it).
      bool supposed = false;
      for (int k = h.e; k < n() && !supposed; ++k)
        supposed = IsWord(k, "if") || IsWord(k, "unless");
      bool modal = false;
      for (int k = s->cb; k < h.b && !modal; ++k)
        modal = IsWord(k, "would") || IsWord(k, "could") || IsWord(k, "might");
      supposed &= modal;
      if (DemonstrativeSubject(s->cb, h.b) && RecentCriticism(holder, 1) && !refutation &&
          !supposed) {
        // "Russia has annexed Crimea, while Ukraine has shown restraint.
        // That is unacceptable.": after a sentence with another state as a
        // subject, a bare demonstrative may stand for either's act; it
        // links neither.
        if (OtherSubjectStateBefore(last_criticised_)) return;
        // "That is completely unacceptable" right after a criticism: the
        // state criticised there (criticism_discourse.cc).
        agent = DiscourseState();
        via = "discourse";
        from = s->cb;
      } else if (!supposed && ActOfPreviousSubject(s->cb, h.b, holder, &agent)) {
        via = "discourse";
        from = s->cb;
      } else if (FocusSubject(s->cb, h.b, holder)) {
        // "Their conduct is unacceptable": the conduct of the state the
        // holder is criticising (criticism_focus.cc).
        agent = DiscourseState();
        via = "discourse";
        from = s->cb;
      } else {
        // "the so-called referendum", "the aggressor", "these illegal
        // actions" with the state named just before: the state the holder
        // last criticised.
        if (!(def.discourse || DemonstrativePhrase(s->cb, h.b)) || !RecentCriticism(holder, 2))
          return;
        // A bare noun after a preposition is generic ("a fight against
        // aggression", "acts of aggression"); "the aggressor", "a farce of a
        // referendum" refer back.
        int d = h.b - 1;
        while (d > s->cb && (IsAdverb(d) || IsPunct(d, '-') || ModifierShaped(d))) --d;
        if (IsWord(d, "of") ||
            (units_[d].kind == UK::kWord && MatchList(d, lex_.place_preposition) == d + 1))
          return;
        // "Such illegal acts by the separatists": a by-phrase right after
        // the noun names another doer.
        for (int j = h.e; j < s->ce && j < h.e + 3 && units_[j].kind == UK::kWord; ++j)
          if (IsWord(j, "by")) return;
        // "The Crimean Tatars have suffered greatly. Their so-called leaders
        // ...": a possessive must stand for that state (FocusPossessive).
        int poss = h.b - 1;
        while (poss > s->cb && IsAdverb(poss)) --poss;
        if (poss >= s->cb && InList(poss, en_.agent_possessives) &&
            !FocusPossessive(poss, sidx_ - last_criticised_sentence_))
          return;
        agent = {ActorView{last_criticised_, "government", {}, {sent_.begin, sent_.begin}},
                 "coreference", 0.7};
      }
    }
    states.push_back(agent);
    // Doers coordinated with the one found judge each: "the strikes carried
    // out by the United States, the United Kingdom and France", "the Syrian
    // and Russian bombardment"; a list of states only, none possessed, that
    // ends in "and" ("by Russia, Ukraine says," is no list).
    if (agent.via.empty() && sent_.Contains(agent.actor.span)) {
      std::vector<ActorRef> list;
      int u = UnitAt(agent.actor.span.begin);
      while (u >= 0 && u + 1 < s->ce) {
        int k = u + 1;
        if (!(IsPunct(k, ',') || IsWord(k, "and"))) break;
        const bool last = IsWord(k, "and") || IsWord(k + 1, "and");
        k += IsPunct(k, ',') && IsWord(k + 1, "and") ? 2 : 1;
        if (IsWord(k, "the")) ++k;
        ActorRef st;
        if (!(IsActor(k) && ActorAt(k).kind == "government" && StateOf(k, &st)) ||
            IsWord(k + 1, "'s"))
          break;
        list.push_back(st);
        u = k;
        if (last) {
          for (const ActorRef& a : list)
            if (a.actor.id != agent.actor.id) states.push_back(a);
          break;
        }
      }
    }
    // An adverb said of coordinated subjects judges each: "Estonia, the
    // United Kingdom and the United States regrettably repeated ...".
    if (IsAdverb(h.b) && h.e == h.b + 1 && agent.via != "discourse") {
      const Parse p = ParseSubject(s->cb, h.b);
      ActorRef st;
      for (size_t i = 0; p.ok && p.subjects.size() > 1 && i < p.subjects.size(); ++i)
        if (StateOfRef(p.subjects[i], &st) && st.actor.id != agent.actor.id) states.push_back(st);
    }
  } else {
    // The doer of a wrongdoing verb, or the one told to stop: found as the
    // actor of any verb cue is ("Russia has violated", "was annexed by
    // Russia", "it blocks", "Russia annexed Crimea and violated").
    FindAnchor(s);
    s->target = MakeTarget(h.e, s->ce, s->hi);
    // "Our message to Moscow is clear: stop arming the separatists": an
    // imperative after a colon is a demand on the state it is addressed to.
    ActorRef addressee;
    if (ImperativeAddressee(h.b, &addressee)) {
      states.push_back(addressee);
      imperative = true;
    }
    const bool found = !imperative && FindActors(s);
    // Coordinated wrongs share the doer: "Russia annexed Crimea and violated ...".
    if (found) {
      hit_actors_[s->hi] = s->actors;
      hit_done_[s->hi] = 1;
    }
    // "a destabilization orchestrated from Moscow", "attacks directed from
    // Russian territory": a participle of agency (markers
    // agent_participle) with "from" names its source as the doer.
    ActorRef source;
    const bool from_source = IsWord(h.e, "from") && MatchList(h.b, lex_.agent_participle) == h.e &&
                             StateNamedAt(h.e + 1, &source) >= 0;
    if (from_source) states.push_back(source);
    for (const ActorRef& a : s->actors) {
      if (!found || from_source) break;
      // "Pro-Russian separatists violated ...": not the state's own act.
      const int au = a.actor.span.size() > 0 ? UnitAt(a.actor.span.begin) : -1;
      if (au >= 2 && IsPunct(au - 1, '-') && MatchList(au - 2, lex_.stance_prefix) == au - 1)
        continue;
      // "It is not Ukraine that has escalated the situation, it is the
      // Russian Federation": the cleft clears the one it negates and names
      // the doer after it.
      if (au > 0 && (IsWord(au + 1, "that") || IsWord(au + 1, "who")) &&
          (IsWord(au - 1, "not") || (IsWord(au - 1, "the") && IsWord(au - 2, "not")))) {
        ActorRef doer;
        if (CleftDoer(h.e, s->ce, &doer)) states.push_back(doer);
        continue;
      }
      // "Ukraine has offered a ceasefire, which the separatists have
      // violated", "Ukraine is fighting armed groups that have seized ...":
      // the wrong is said in a clause of another subject.
      if (au >= 0 && ClauseOfAnotherSubject(au, h.b)) continue;
      // "The missile that destroyed the Malaysian plane killed ...": the
      // object of a relative clause on the subject.
      if (au >= 0 && InRelativeObject(au, s->cb)) continue;
      // "That country masses troops on the border of Ukraine. It also arms
      // the separatists": a pronoun's antecedent that is not the state the
      // holder is criticising (criticism_focus.cc).
      if (ForeignPronounAntecedent(a)) continue;
      // "The humanitarian appeal for Yemen has failed to ...": a state in a
      // phrase of place or purpose after the subject's noun is not the
      // subject ("fighters from Russia", "with Russian support" are its
      // doers or sponsors).
      // ("Attacks in western Ukraine must stop": past modifiers.)
      if (au > s->cb + 1 && au < h.b &&
          (AfterPlacePreposition(au) || InPrepositionalPhrase(au, s->cb))) {
        int p = au - 1;
        while (p > s->cb && MatchList(p, lex_.place_preposition) != p + 1) --p;
        if (!IsWord(p, "from") && !IsWord(p, "with") && p - 1 >= s->cb &&
            units_[p - 1].kind == UK::kWord && !IsActor(p - 1) && SubjectStart(s->cb, au) < p - 1)
          continue;
      }
      // "The separatists that Ukraine fights have shot down ...": the actor
      // is the subject of a relative clause on the cue's subject, whose verb
      // comes before the cue.
      if (au >= 2 && InList(au - 1, en_.relative_pronouns) && units_[au - 2].kind == UK::kWord &&
          !IsActor(au - 2) && hit_at_[au - 2] == -1 && MatchList(au - 2, lex_.report) < 0) {
        int v = au + 1;
        const int organs = MatchList(v, lex_.state_agent);
        if (organs > v) v = organs;
        if (RelativeVerbBefore(v, h.b)) continue;
      }
      if (a.actor.kind == "government") {
        states.push_back(a);
      } else if (a.actor.span.size() > 0) {
        // A body or person standing for its government ("the Kremlin"),
        // named here or, for a pronoun, before ("he has broken ...").
        ActorRef st;
        for (int u = s->cb; u < s->ce; ++u)
          if (IsActor(u) && units_[u].span == a.actor.span && StateOf(u, &st)) states.push_back(st);
        if (states.empty() && !sent_.Contains(a.actor.span) && StateOfEntity(a, &st))
          states.push_back(st);
      }
    }
    // No doer among the cue's actors: the doer sieves (doer_sieves.cc).
    DoerSearch d{s, holder, in_support, states, from, via};
    if (!imperative) FindDoer(&d);
    // "NATO has violated its commitments": a body or bloc (body_doers.cc).
    if (states.empty() && found && !from_source) BodyDoerOf(*s, &states);
    if (states.empty()) return;
    duty = imperative;
    for (const ActorRef& a : states)
      if (sent_.Contains(a.actor.span)) from = std::min<int>(from, UnitAt(a.actor.span.begin));
    // A duty: "Russia must withdraw", "is obliged to refrain", "must not annex".
    // ("Should it fail to respond": an inverted condition, no duty.)
    for (int k = std::max(s->cb, h.b - 6); k < h.b; ++k)
      if (units_[k].kind == UK::kWord && MatchList(k, lex_.obligation) > 0 &&
          !(k == s->cb && IsWord(k, "should")))
        duty = true;
    if (def.frame == CueFrame::kStop && !duty) return;
    // "Russia and Ukraine must cease hostilities": an even-handed call on
    // the parties is no demand on either, unless what they must stop is a
    // wrong ("Russia and Iran must stop supplying weapons to the militants").
    if (def.frame == CueFrame::kStop &&
        std::any_of(states.begin(), states.end(),
                    [&](const ActorRef& a) { return a.actor.id != states[0].actor.id; })) {
      // Nor is a wrong only supposed ("Armenia and Azerbaijan should refrain
      // from any action that could escalate tensions").
      bool wrong = false;
      for (int k = h.e; k < s->ce && !wrong; ++k) {
        if (InList(k, en_.supposing_words)) break;
        wrong = NamesWrong(k) || FrameAt(k, CueFrame::kWrongdoing);
      }
      if (!wrong) return;
    }
  }
  bool negated = false, refused = false;
  // Negation reaches back to the verb's own conjunct: "Russia is not
  // fulfilling its commitments and continues to violate ...".
  int neg_from = std::max(s->cb, from);
  for (int k = neg_from + 1; k < h.b; ++k)
    if (InList(k, en_.conjunct_starts)) neg_from = k + 1;
  std::string modality = Modality(neg_from, h.b, &negated, &refused);
  // "Neither NATO nor Ukraine has violated the agreement": a doer after
  // "neither" or "nor" is denied the wrong.
  for (const ActorRef& a : states) {
    if (!sent_.Contains(a.actor.span)) continue;
    int p = UnitAt(a.actor.span.begin) - 1;
    if (IsWord(p, "the")) --p;
    if (p >= s->cb && (IsWord(p, "neither") || IsWord(p, "nor"))) negated = true;
  }
  // A negated object negates the wrong: "Russia has violated nothing",
  // "has attacked no one", "violated no agreement".
  if (def.frame != CueFrame::kEvaluation && InList(h.e, en_.negative_objects)) negated = true;
  // A harm as the object is no wrong: "has attacked the root causes of
  // poverty", "killed hundreds of terrorists", "destroyed the virus"; unless
  // the verb causes, funds or hides it ("has bankrolled terrorist groups",
  // english.json harm_causing_verbs).
  if (def.frame == CueFrame::kWrongdoing && !duty && !InList(h.b, en_.harm_causing_verbs) &&
      HarmObject(h.e, s->ce))
    return;
  if (def.when_negated) {
    // "Russia has not implemented the agreement": a duty not met is the
    // wrong; the duty itself ("Russia must implement it") is no criticism,
    // nor is a negated noun before it ("will spare no effort in
    // cooperating with").
    if (!negated || duty || !VerbNegation(neg_from, h.b)) return;
    negated = false;
    modality = "asserted";
  }
  if (negated) {
    // "Russia must not annex": a demand to refrain; else nothing is asserted.
    if (!(def.frame == CueFrame::kWrongdoing && duty)) return;
    modality = "asserted";
  }
  if (reported && modality == "asserted") modality = "reported";
  std::string_view act = def.act;
  if (def.frame == CueFrame::kWrongdoing && duty) act = "demand";
  // The conduct: the cue's noun phrase or the verb's clause.
  Target t = MakeTarget(h.b, s->ce, s->hi);
  // An evaluation noun or modifier opening the subject: up to the
  // predicate ("Russia's illegal annexation of Crimea is a violation of
  // ...").
  if (def.frame == CueFrame::kEvaluation && (def.pos == CuePos::kNoun || def.pos == CuePos::kAdj)) {
    const int pe = SubjectPredicateStart(h, s->cb, t.end_unit);
    if (pe < t.end_unit) t = MakeTarget(h.b, pe, s->hi);
  }
  Span target =
      t.t.span.size() > 0 ? t.t.span : Span{units_[h.b].span.begin, units_[h.e - 1].span.end};
  if (def.frame == CueFrame::kEvaluation && def.pos == CuePos::kNoun) {
    // "Russia's illegal annexation of Crimea": from the first modifier.
    int b = h.b;
    while (b - 1 > s->cb && (IsAdverb(b - 1) || ModifierShaped(b - 1))) --b;
    target.begin = units_[b].span.begin;
  }
  // "Unfortunately, X has refused ...": the clause after the adverb.
  if (def.frame == CueFrame::kEvaluation && IsAdverb(h.b) && h.e == h.b + 1 && IsPunct(h.e, ',') &&
      SubjectStart(s->cb, h.b) == h.b) {
    int e = s->ce;
    while (e > h.e + 1 && units_[e - 1].kind == UK::kPunct) --e;
    if (e > h.e + 1) target = {units_[h.e + 1].span.begin, units_[e - 1].span.end};
  }
  for (const ActorRef& st : states)
    AddCriticism(holder, via, st, h, act, target, modality, st.conf);
}

// The state an imperative at unit `cue` is addressed to: the cue opens
// what follows a colon (past adverbs), and before the colon a word of
// english.json imperative_frames and "to" with a state, its capital or its
// organs ("Our message to Moscow is clear: stop ...", "To the Iranian
// authorities we say: release ...", "We say to Damascus: end ...").
bool SentenceAnalyzer::ImperativeAddressee(int cue, ActorRef* out) const {
  int c = cue - 1;
  while (c > 0 && IsAdverb(c)) --c;
  if (c <= 0 || !IsPunct(c, ':')) return false;
  bool frame = false;
  ActorRef st;
  bool named = false;
  for (int k = c - 1; k >= 0; --k) {
    if (units_[k].kind == UK::kPunct && !IsPunct(k, ',')) break;
    frame |= InList(k, en_.imperative_frames);
    if (!named && IsWord(k, "to") && StateNamedAt(k + 1, &st) >= 0) named = true;
  }
  if (!frame || !named) return false;
  *out = st;
  return true;
}

// The doer a contrastive cleft names after the act: ", it is (was) the
// Russian Federation", the state right after.
bool SentenceAnalyzer::CleftDoer(int from, int ce, ActorRef* out) const {
  for (int k = from; k + 2 < ce; ++k) {
    if (!(IsWord(k, "it") && (IsWord(k + 1, "is") || IsWord(k + 1, "was")))) continue;
    return LoneStateAt(k + 2, out);
  }
  return false;
}

// A cue with an addressee ("call on X to ...", "urge X to", "demand that X
// ..."): the demand decides. A demand to stop ("to cease", "to withdraw its
// troops") is the caller's oppose stance toward X (act demand); a call to
// do a wrong ("encouraging X to launch aggression") makes the callers
// accomplices, whom the speaker accuses; a call to join or sign Y links Y.
void SentenceAnalyzer::DemandFrame(HitState* s) {
  const Hit& h = s->h;
  const int end = s->target.end_unit;
  if (end <= h.e) return;
  // The addressee: the actors right after the cue ("that", "the" aside).
  int a = h.e;
  if (IsWord(a, "that")) ++a;
  std::vector<ActorRef> addressees = ListAfter(a, end);
  int after = a;
  // "demand that the Kyiv authorities end ...": a state named by its
  // capital where it acts.
  ActorRef capital;
  int capital_end = 0;
  if (addressees.empty() && CapitalActsAt(a, &capital_end, &capital)) {
    addressees.push_back(capital);
    after = capital_end;
  }
  while (after < end && (IsActor(after) || InList(after, en_.addressee_glue) ||
                         IsPunct(after, ',') || MatchList(after, lex_.state_agent) == after + 1))
    ++after;
  // What is asked: a stop verb, a wrong, or something else.
  int stop = -1, wrong = -1;
  for (size_t k = s->hi + 1; k < hits_.size(); ++k) {
    const Hit& x = hits_[k];
    if (x.b < after || x.b >= end) continue;
    const CueFrame f = lex_.defs[x.def].frame;
    if (f == CueFrame::kStop && stop < 0) stop = static_cast<int>(k);
    if ((f == CueFrame::kWrongdoing || f == CueFrame::kEvaluation) && wrong < 0)
      wrong = static_cast<int>(k);
  }
  // "call on X not to violate", "hope that X will not annex": asking X to
  // refrain from the wrong, as a stop verb does.
  bool refrain = false;
  if (wrong >= 0 && (stop < 0 || hits_[wrong].b < hits_[stop].b))
    for (int k = after; k < hits_[wrong].b && !refrain; ++k) refrain = NegationAt(k);
  if (refrain) stop = wrong;
  if (stop >= 0 && (wrong < 0 || hits_[stop].b <= hits_[wrong].b)) {
    ActorRef state;
    // "call on Russia and Ukraine to stop the fighting": an even-handed call
    // on the parties, no demand on either.
    const bool parties = std::count_if(addressees.begin(), addressees.end(), [](const ActorRef& r) {
                           return r.actor.kind == "government";
                         }) > 1;
    for (const ActorRef& r : addressees) {
      if (r.actor.kind != "government" || parties) continue;
      s->polarity_override = "oppose";
      s->act_override = "demand";
      s->target.t.entity = r.actor.id;
      s->target.t.kind = "government";
      return;
    }
    // "call on all parties to cease": a demand on nobody in particular,
    // and none on a state the target names as the scene ("... a settlement
    // of the situation in Ukraine"); what is asked may be a good thing
    // ("demand the release of all hostages", AsksForGood).
    if (!AsksForGood(hits_[stop])) {
      s->polarity_override = "oppose";
      s->act_override = "demand";
    }
    bool addressed = false;  // "our Russian partners": named among the addressees
    for (int u = a; u < after && !addressed; ++u)
      addressed = IsActor(u) && StateOf(u, &state) && state.actor.id == s->target.t.entity;
    if (s->target.t.kind == "government" && (!addressed || parties)) {
      s->target.t.entity.clear();
      s->target.t.kind.clear();
    }
    return;
  }
  // A wrong asked for is the infinitive itself: a wrongdoing verb ("to
  // invade") or a verb of perpetration with a wrong as its object ("to
  // launch armed aggression"); "call on the Council to condemn the
  // aggression" asks for no wrong.
  bool asks_wrong = false;
  if (wrong >= 0) {
    int to = h.e;
    while (to < end && !IsWord(to, "to")) ++to;
    int v = to + 1;
    while (v < end && IsAdverb(v)) ++v;
    if (v < end && units_[v].kind == UK::kWord) {
      if (FrameAt(v, CueFrame::kWrongdoing)) asks_wrong = true;
      const int pe = MatchList(v, lex_.perpetration);
      for (int k = pe; pe > 0 && k < end && k < pe + 4 && !asks_wrong; ++k)
        asks_wrong = FrameAt(k, CueFrame::kEvaluation);
    }
  }
  if (asks_wrong) {
    // "encouraging X to launch armed aggression": not the encouragers'
    // support of X, but the speaker's accusation of them.
    s->drop_own = true;
    ActorRef holder;
    std::string_view via;
    bool reported = false;
    if (!CriticismHolder(h.b, &holder, &via, &reported)) return;
    for (const ActorRef& a2 : s->actors) {
      if (a2.actor.kind != "government") continue;
      AddCriticism(holder, via, a2, h, "accuse", {units_[h.b].span.begin, units_[end - 1].span.end},
                   reported ? "reported" : "asserted", 0.8);
    }
    return;
  }
  // "call on X to sign / support Y": the link is Y when Y is named and the
  // infinitive is itself a support cue; "asked X to open its meetings" keeps
  // its link to X.
  int to = after;
  while (to < end && IsAdverb(to)) ++to;
  if (!addressees.empty() && IsWord(to, "to") && to + 1 < end && hit_at_[to + 1] >= 0) {
    const CueDef& v = lex_.defs[hits_[hit_at_[to + 1]].def];
    if (v.polarity != "support" || v.frame != CueFrame::kNone || v.pos != CuePos::kVerb) return;
    StanceTarget t = s->target.t;
    LinkTarget(hits_[hit_at_[to + 1]].e, end, &t);
    if (!t.entity.empty() || !t.topic.empty()) {
      s->target.t.entity = t.entity;
      s->target.t.kind = t.kind;
      s->target.t.topic = t.topic;
    }
  }
}

// Whether word unit k names harm: a fault noun, singular or plural
// ("threat", "threats"), or a form of a harm verb ("undermining").
bool SentenceAnalyzer::NamesHarm(int k) const {
  if (units_[k].kind != UK::kWord) return false;
  const std::string_view w = units_[k].low;
  if (en_.harm_forms.Contains(w) || en_.fault_nouns.Contains(w)) return true;
  return w.size() > 3 && w.back() == 's' && en_.fault_nouns.Contains(w.substr(0, w.size() - 1));
}

// A support stance's target that names a state after a wrong or after a
// preposition of a hostile act is not support of that state: "seeks to
// justify interference in the internal affairs of Venezuela", "we support
// sanctions against Russia", "posing direct threats to Russia's security"
// (english.json hostile_prepositions, fault_nouns, harm_verbs).
void SentenceAnalyzer::SupportLink(HitState* s) const {
  if (!Party(s->target.t.kind, s->target.t.entity) || s->target.end_unit <= s->h.e) return;
  bool wrong_before = false;
  for (int k = s->h.e; k < s->target.end_unit; ++k) {
    if (!IsActor(k) || ActorAt(k).id != s->target.t.entity) {
      wrong_before |= units_[k].kind != UK::kActor && (NamesWrong(k) || NamesHarm(k));
      continue;
    }
    int p = k - 1;
    for (int steps = 0; steps < 3 && p >= s->h.e; ++steps) {
      if (IsWord(p, "the") || (hit_at_[p] == -1 && ModifierShaped(p)))
        --p;
      else
        break;
    }
    // "the lifting of the sanctions imposed by the EU", "the release of
    // the hostages held by X", "putting an end to the suffering of the
    // people of X": a party in what is ended or undone is not supported
    // (the agent of the ending itself is: "the release of the hostages by
    // X"; stop_nouns name the agent with "of": "the withdrawal of Russian
    // troops").
    const bool undoer = IsWord(p, "by") && p - 1 > s->h.e &&
                        !en_.IsParticipleShaped(internal::LowerWord(units_[p - 1].low));
    bool undone = false;
    // ("the release of the funds frozen by X", "the return of the assets
    // seized by X": english.json undoing_nouns, before a participle's "by";
    // "the return of Russia to the talks" is Russia's.)
    for (int j = s->h.e; j < p && !undoer && !undone; ++j)
      undone = FrameAt(j, CueFrame::kStop) || (IsWord(p, "by") && InList(j, en_.undoing_nouns));
    // "We demand an explanation from NATO", "call for assistance from the
    // EU": what is asked of a party is no support of it.
    if (IsWord(p, "from") && (s->def.act == "call-for" || s->def.act == "urge")) undone = true;
    if (undone) {
      s->target.t.entity.clear();
      s->target.t.kind.clear();
      return;
    }
    // (A body or bloc only after "against": "a seat on the Security
    // Council" is membership.)
    if (wrong_before || (p >= s->h.e && InList(p, en_.hostile_prepositions) &&
                         (s->target.t.kind == "government" || IsWord(p, "against")))) {
      s->target.t.entity.clear();
      s->target.t.kind.clear();
    }
    return;
  }
}

// An oppose cue's target that names a wrong links to the state doing it:
// "we condemn the annexation of Crimea by the Russian Federation" -> RUS,
// not the first entity named.
void SentenceAnalyzer::AgentLink(HitState* s) const {
  // Any stance that opposes: an oppose cue, a call turned into a demand
  // ("appeal to all members to stop the aggressor"), a negated support ("we
  // do not support the sanctions on Russia": the state after "on" is the
  // scene, no link).
  if (s->target.end_unit <= s->h.e) return;
  // "We reject the lie that Ukraine attacked first": what follows is the
  // claim's content; a wrong or a state named there is not what is opposed.
  int claim = -1;
  for (int k = s->h.e + 1; k < s->target.end_unit && claim < 0; ++k)
    if (IsWord(k, "that") && InList(k - 1, en_.claim_nouns)) claim = k;
  if (claim >= 0 && s->target.t.kind == "government") {
    for (int k = claim; k < s->target.end_unit; ++k) {
      if (!IsActor(k) || ActorAt(k).id != s->target.t.entity) continue;
      s->target.t.entity.clear();
      s->target.t.kind.clear();
      break;
    }
  }
  for (int k = s->h.e; k < (claim >= 0 ? claim : s->target.end_unit); ++k) {
    if (hit_at_[k] < 0) continue;
    const Hit& x = hits_[hit_at_[k]];
    // "We condemn the alleged use of chemical weapons by X": whose act it
    // was is not asserted; no state is linked.
    if (UnassertedWrong(x.b) && lex_.defs[x.def].frame != CueFrame::kNone) {
      s->target.t.entity.clear();
      s->target.t.kind.clear();
      return;
    }
    if (lex_.defs[x.def].frame != CueFrame::kEvaluation) continue;
    ActorRef agent;
    if (!EvaluationAgent(x, s->cb, s->ce, &agent)) {
      // "We condemn such illegal acts" right after a criticism by the same
      // holder: the state criticised there (criticism_discourse.cc).
      if (s->actors.empty() || !DemonstrativePhrase(s->cb, x.b) ||
          !RecentCriticism(s->actors[0], 2))
        continue;
      agent = DiscourseState();
    }
    // The caller's own "we" is no doer of the wrong its call names ("we
    // demand that Kyiv end the violence against its own people").
    if (agent.actor.span.size() > 0 && sent_.Contains(agent.actor.span)) {
      const int au = UnitAt(agent.actor.span.begin);
      if (au >= 0 && (units_[au].low == "we" || units_[au].low == "i")) {
        // Only a state the target names stays its link.
        if (s->target.t.kind == "government") continue;
        s->target.t.entity.clear();
        s->target.t.kind.clear();
        return;
      }
    }
    // "Russia has used its veto as an accomplice to unlawful incursion":
    // the actor's own wrong is no target of its own opposition.
    if (std::any_of(s->actors.begin(), s->actors.end(),
                    [&](const ActorRef& a) { return a.actor.id == agent.actor.id; })) {
      s->target.t.entity.clear();
      s->target.t.kind.clear();
      return;
    }
    s->target.t.entity = agent.actor.id;
    s->target.t.kind = "government";
    return;
  }
  // "We reject Washington's attempts to destabilize the region": a
  // capital's possessive opening the target names its state's conduct
  // (not what the state has or suffers: "Moscow's security").
  if (s->target.t.span.size() > 0) {
    const int k = UnitAt(s->target.t.span.begin);
    int end;
    ActorRef capital;
    if (k >= 0 && k < s->target.end_unit && CapitalAt(k, &end, &capital)) {
      const bool glued = GluedPossessive(k);
      const int noun = glued ? end : end + 1;
      if ((glued || IsWord(end, "'s")) && noun < s->target.end_unit &&
          !InList(noun, en_.victim_nouns) &&
          std::none_of(s->actors.begin(), s->actors.end(),
                       [&](const ActorRef& a) { return a.actor.id == capital.actor.id; })) {
        s->target.t.entity = capital.actor.id;
        s->target.t.kind = "government";
        return;
      }
    }
  }
  // No doer named: a state the target names only as the scene or the
  // victim ("we condemn the violence in Syria", "the attacks against
  // Ukraine", "the occupation of Georgia") is not what the stance opposes;
  // nor a body or bloc ("the attacks on NATO forces", Party).
  if (!Party(s->target.t.kind, s->target.t.entity)) return;
  // Opposing oneself is no stance toward oneself: "it blocks the entry of
  // goods at the border between Russia and ...".
  for (const ActorRef& a : s->actors) {
    if (a.actor.id != s->target.t.entity) continue;
    s->target.t.entity.clear();
    s->target.t.kind.clear();
    return;
  }
  // The state as victim or scene is no link; a capital that opens the
  // target is ("We reject Washington's attempts to destabilize the
  // Government of Nicaragua": the USA).
  auto unlink = [&] {
    s->target.t.entity.clear();
    s->target.t.kind.clear();
    const int tb = UnitAt(s->target.t.span.begin);
    ActorRef capital;
    int capital_end = 0;
    if (tb >= s->h.e && CapitalActsAt(tb, &capital_end, &capital)) {
      s->target.t.entity = std::string(capital.actor.id);
      s->target.t.kind = "government";
    }
  };
  for (int k = s->h.e; k < s->target.end_unit; ++k) {
    // "We condemn the alleged use of chemical weapons by X": an alleged
    // act's doer is not asserted.
    if (UnassertingAt(k)) {
      s->target.t.entity.clear();
      s->target.t.kind.clear();
      return;
    }
    if (!IsActor(k) || ActorAt(k).id != s->target.t.entity) continue;
    // "We will vote against the amendment put forward by Egypt", "the
    // proposed Egyptian amendment": the state proposed what is opposed;
    // opposing a proposal is no criticism of its proposer.
    if (ProposerAt(k, s->target.end_unit)) {
      s->target.t.entity.clear();
      s->target.t.kind.clear();
      return;
    }
    // "concerned about Ukraine's security", "we regret Syria's suffering":
    // what the state has or suffers (english.json victim_nouns), not what
    // it does.
    if (IsWord(k + 1, "'s")) {
      int n = k + 2;
      while (n < s->target.end_unit && hit_at_[n] == -1 && (ModifierShaped(n) || IsAdverb(n))) ++n;
      if (InList(n, en_.victim_nouns)) {
        unlink();
        return;
      }
    }
    // "we regret that Syria has been devastated", "that Ukraine has lost
    // thousands of soldiers": the subject of a passive with no agent, or of
    // a verb of suffering, is what suffers the act. With an agent, that is
    // the link ("that Ukraine was attacked by Russia").
    if (SuffersAfter(k + 1, s->target.end_unit)) {
      int by = k + 1;
      while (by < s->target.end_unit && !IsWord(by, "by")) ++by;
      ActorRef doer;
      const bool named = by < s->target.end_unit && StateNamedAt(by + 1, &doer) >= 0;
      s->target.t.entity = named ? std::string(doer.actor.id) : std::string();
      s->target.t.kind = named ? "government" : "";
      return;
    }
    // The object of an infinitive ("any attempt to isolate Cuba", "plans
    // to sanction Iran") is what the act is done to.
    const int q = k - 1 - (k - 1 > s->h.e && IsWord(k - 1, "the"));
    if (q - 1 >= s->h.e && units_[q].kind == UK::kWord && IsWord(q - 1, "to") &&
        !InList(q, en_.articles)) {
      unlink();
      return;
    }
    // Back over "the" and modifiers: "in (the) eastern Ukraine".
    int p = k - 1;
    for (int steps = 0; steps < 3 && p >= s->h.e; ++steps) {
      if (IsWord(p, "the") || (hit_at_[p] == -1 && ModifierShaped(p)) ||
          (units_[p].kind == UK::kWord && units_[p].low.size() > 4 &&
           EndsWithOne(units_[p].low, en_.compass_endings)))
        --p;
      else
        break;
    }
    // "in various cities of (eastern) Ukraine": back over "of" and the
    // place it belongs to.
    if (IsWord(p, "of") && InList(p - 1, en_.place_nouns)) {
      int q = p - 2;
      for (int steps = 0;
           steps < 3 && q > s->h.e && units_[q].kind == UK::kWord && hit_at_[q] == -1 &&
           !IsActor(q) && MatchList(q, lex_.scene_preposition) != q + 1;
           ++steps)
        --q;
      if (q > s->h.e && units_[q].kind == UK::kWord &&
          MatchList(q, lex_.scene_preposition) == q + 1)
        p = q;
    }
    // "the occupation of Georgia", "the shelling of Kharkiv": the act's
    // victim (english.json patient_of_nouns).
    // A body's or bloc's preposition is inside the target past its first
    // word, which is the cue's own ("protested against ITU's jurisdiction"
    // opposes the ITU).
    const int scene_from = s->target.t.kind == "government"
                               ? s->h.e
                               : std::max<int>(s->h.e, UnitAt(s->target.t.span.begin) + 1);
    const bool victim_of = IsWord(p, "of") && p >= 1 && InList(p - 1, en_.patient_of_nouns);
    // (For a body, only a hostile preposition: "the proposal for ITU
    // control" is on the ITU.)
    const bool body = s->target.t.kind != "government";
    if (victim_of || (p >= scene_from && units_[p].kind == UK::kWord &&
                      MatchList(p, lex_.scene_preposition) == p + 1 &&
                      (!body || InList(p, en_.hostile_prepositions))))
      unlink();
    return;
  }
}

// Whether the state at unit k is named as the proposer of a text: the
// agent of a proposing participle ("the amendment put forward by Egypt",
// "proposed by the Russian Federation"; english.json proposer_participles)
// or a demonym or possessive before a proposed text ("the Egyptian
// amendment", "Russia's draft resolution"; english.json proposed_texts).
bool SentenceAnalyzer::ProposerAt(int k, int end) const {
  int p = k - 1;
  if (IsWord(p, "the")) --p;
  if (IsWord(p, "by") && InList(p - 1, en_.proposer_participles)) return true;
  int n = k + 1;
  if (IsWord(n, "'s")) ++n;
  for (int steps = 0; steps < 2 && n < end && hit_at_[n] == -1 && ModifierShaped(n) &&
                      !InList(n, en_.proposed_texts);
       ++steps)
    ++n;
  return n < end && InList(n, en_.proposed_texts);
}

// Whether the wrong at unit b is only alleged: "the alleged shelling", "the
// supposedly illegal referendum" (english.json unasserting_modifiers, right
// before it or before one modifier).
bool SentenceAnalyzer::UnassertingAt(int k) const {
  // (not a verb: "alleged that", "were never supposed to be")
  return InList(k, en_.unasserting_modifiers) && !IsWord(k + 1, "that") && !IsWord(k + 1, "to");
}

bool SentenceAnalyzer::UnassertedWrong(int b) const {
  if (InList(b - 1, en_.unasserting_modifiers)) return true;
  return b >= 2 && (ModifierShaped(b - 1) || IsAdverb(b - 1)) &&
         InList(b - 2, en_.unasserting_modifiers);
}

// Whether the predicate from unit v says its subject suffers an act: a
// passive ("has been devastated", "was not elected", "could not be
// reached") or a verb of suffering (english.json suffering_verbs: "has lost",
// "continues to suffer").
bool SentenceAnalyzer::SuffersAfter(int v, int end) const {
  bool be = false;
  for (int steps = 0; v < end && steps < 6; ++v, ++steps) {
    if (InList(v, en_.predicate_auxiliaries) || IsWord(v, "not") || IsWord(v, "never") ||
        IsAdverb(v) || IsWord(v, "continues") || IsWord(v, "continue") || IsWord(v, "continued"))
      continue;
    if (InList(v, en_.nominal_passive_be_forms) || IsWord(v, "be") || IsWord(v, "being")) {
      be = true;
      continue;
    }
    if (InList(v, en_.suffering_verbs)) return true;
    return be && !IsIngForm(v) && ModifierShaped(v);
  }
  return false;
}

// A call for a stop or a pull-out of a state's forces or conduct ("we call
// for the immediate withdrawal of Russian troops", "demand an end to
// Russian military activities"): the callers' demand against that state,
// not their support of it (english.json `stop_nouns`, then "of" or "to", a
// state and a `state_agent` or `conduct_noun`). True when it was one.
bool SentenceAnalyzer::NominalDemand(HitState* s) {
  // Only a cue that asks ("call for", "urge", "insist on", "push for"):
  // "we welcome the withdrawal of Russian troops" is no demand.
  const std::string_view act = s->def.act;
  if (act != "call-for" && act != "urge" && act != "insist" && act != "push-for") return false;
  const int end = s->target.end_unit;
  int k = s->h.e;
  while (k < end && !InList(k, en_.stop_nouns) &&
         (InList(k, en_.articles) || IsAdverb(k) || IsWord(k, "and") || IsPunct(k, ',') ||
          InList(k, en_.premodifier_words) || (hit_at_[k] == -1 && ModifierShaped(k))))
    ++k;
  if (!(k < end && InList(k, en_.stop_nouns) && (IsWord(k + 1, "of") || IsWord(k + 1, "to"))))
    return false;
  int a = k + 2;
  while (a < end && (InList(a, en_.articles) || IsWord(a, "all") || IsWord(a, "its"))) ++a;
  ActorRef state;
  if (a >= end || !StateOf(a, &state)) return false;
  // The state's forces or conduct, as one unit ("Russian troops") or after
  // it, past modifiers ("Russian military activities").
  int n = a + 1;
  if (IsWord(n, "'s")) ++n;
  while (n < end && hit_at_[n] == -1 && ModifierShaped(n)) ++n;
  const bool organs =
      ActorAt(a).kind != "government" ||
      (units_[a].kind != UK::kWord && units_[a].span.size() > state.actor.span.size() &&
       state.actor.span.size() > 0) ||
      MatchList(n, lex_.state_agent) > n || MatchList(n, lex_.conduct_noun) > n;
  if (!organs) return false;
  s->drop_own = true;
  const Span target{units_[k].span.begin, units_[end - 1].span.end};
  for (const ActorRef& holder : s->actors) {
    AddCriticism(holder, holder.via, state, s->h, "demand", target, "asserted", 0.9);
  }
  return true;
}

// Whether the support cue h is a participle that describes armed groups
// (english.json armed_group_nouns): joined by a hyphen to the noun's
// sponsor ("Russian-backed separatists", "Moscow-backed militants") or
// after the noun with "by" ("militias sponsored by Tehran").
bool SentenceAnalyzer::SponsorParticiple(const Hit& h) const {
  const CueDef& def = lex_.defs[h.def];
  if (def.polarity != "support" || def.pos != CuePos::kVerb) return false;
  if (IsPunct(h.b - 1, '-') && h.e == h.b + 1) {
    int g = h.e;
    while (g < n() && g < h.e + 3 && !InList(g, en_.armed_group_nouns) && ModifierShaped(g)) ++g;
    return InList(g, en_.armed_group_nouns);
  }
  if (!IsWord(h.e, "by")) return false;
  int k = h.b - 1;
  if (IsPunct(k, ',')) --k;
  // Participles coordinated before the cue: "separatists armed and
  // supported by Russia", "militias trained, armed and funded by Iran".
  if (IsWord(k, "and") || IsWord(k, "or")) {
    --k;
    for (int left = 3; left > 0 && k >= 1 && units_[k].kind == UK::kWord; --left) {
      const std::string_view w = units_[k].low;
      if (!(InList(k, en_.irregular_participles) ||
            (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0)))
        break;
      --k;
      if (!IsPunct(k, ',')) break;
      --k;
    }
  }
  // The noun: an armed group, or any group called armed or terrorist
  // ("armed groups supported by Russia", "terrorist cells backed by").
  return k >= 0 && (InList(k, en_.armed_group_nouns) ||
                    (k >= 1 && (IsWord(k - 1, "armed") || InList(k - 1, en_.armed_group_nouns))));
}

// An act that the subject's stance describes and the speaker holds against
// it: "Russia blocked the draft" (RUS opposes the draft; the speaker, or a
// reporter, accuses RUS). Irony before a support cue ("the freedom that the
// United States so ardently champions") is no support: the speaker's
// criticism of the actor instead.
void SentenceAnalyzer::AccusationFrame(HitState* s, bool negated) {
  const Hit& h = s->h;
  int k = h.b - 1;
  while (IsAdverb(k) && !(k >= 1 && MatchList(k - 1, lex_.irony) == k + 1)) --k;
  const bool irony =
      s->def.polarity == "support" && k >= 1 && MatchList(k - 1, lex_.irony) == k + 1;
  if (irony) s->drop_own = true;
  // A support whose object is a wrong ("some states act to promote
  // disinformation"): no support of it, but an accusation of its actor.
  bool wrong_object = false;
  if (s->def.polarity == "support" && s->def.frame == CueFrame::kNone && !negated) {
    // "prefer to ignore the crimes": the infinitive's verb.
    const int o = ObjectHead(h.e + IsWord(h.e, "to"), s->target.end_unit);
    // ... or a wrong done: "Russia intends to annex Crimea".
    // A nominal demand on nobody named ("call for the immediate
    // withdrawal of foreign troops") names no wrong of the caller's object;
    // one on a state is the demand frame's (NominalDemand, FrameHit).
    ActorRef demanded;
    const bool demand = o < s->target.end_unit && hit_at_[o] >= 0 &&
                        lex_.defs[hits_[hit_at_[o]].def].act == "demand" &&
                        !EvaluationAgent(hits_[hit_at_[o]], s->cb, s->ce, &demanded);
    wrong_object =
        o < s->target.end_unit && !demand && (NamesWrong(o) || FrameAt(o, CueFrame::kWrongdoing));
    // "Russia's continued support for the separatists", "Iran's backing of
    // terrorist groups": armed groups as the object (english.json
    // armed_group_nouns).
    const int g = ObjectHead(h.e + (IsWord(h.e, "for") || IsWord(h.e, "of") || IsWord(h.e, "to")),
                             s->target.end_unit);
    // ("the Russian sponsors of the separatists": a verb cue with "of" is a
    // noun.)
    wrong_object |=
        (s->def.pos == CuePos::kNoun || IsWord(h.e, "of")) && g < s->target.end_unit &&
        (InList(g, en_.armed_group_nouns) || (g > h.e && InList(g - 1, en_.armed_group_nouns)));
    // A verb whose object is armed groups: "Rwanda continues to support
    // the M23 rebels", "Iran backs the Houthis" (the head or the word
    // after a name that modifies it).
    // ("Russian-backed militias were attacked": a compound participle
    // describes the noun after it, no verb.)
    wrong_object |= s->def.pos == CuePos::kVerb && !IsPunct(h.b - 1, '-') &&
                    g < s->target.end_unit &&
                    (InList(g, en_.armed_group_nouns) ||
                     (g + 1 < s->target.end_unit && InList(g + 1, en_.armed_group_nouns)));
  }
  if (wrong_object) s->drop_own = true;
  // A participle that describes armed groups ("Russian-backed separatists",
  // "militias sponsored by Tehran") is the speaker's description of their
  // sponsor, not the sponsor's stance: no support. The sponsor is accused
  // when the groups do a wrong (SponsoredSubject).
  if (!wrong_object && !irony && SponsorParticiple(h)) {
    s->drop_own = true;
    return;
  }
  if (s->def.polarity == "support" && !negated && NominalDemand(s)) return;
  if (!(irony || wrong_object || s->def.accuses) || negated) return;
  // A veto reported as the state's vote ("Russia has vetoed the draft",
  // "it vetoed the text"; english.json vote_verbs) is a fact of the
  // meeting, not the speaker's accusation; the veto as a noun or an
  // infinitive ("the Russian veto prevented ...", "Russia's decision to
  // veto ... is unsettling") still is one.
  // Not in the content of an earlier oppose cue ("We regret that Russia
  // chose to veto the draft"): the holder judges the vote there.
  bool judged_vote = false;
  for (int k = 0; k < s->hi && !judged_vote; ++k) {
    const Hit& o = hits_[k];
    if (o.role || lex_.defs[o.def].polarity != "oppose" || o.e > h.b || o.e < 1) continue;
    const int that = IsWord(o.e - 1, "that") ? o.e - 1 : IsWord(o.e, "that") ? o.e : -1;
    if (that < 0 || that >= h.b) continue;
    judged_vote = true;
    for (int c = that + 1; c < h.b; ++c) judged_vote &= !boundary_[c];
  }
  if (s->def.accuses && !irony && !wrong_object && !judged_vote && InList(h.b, en_.vote_verbs)) {
    int k = h.b - 1;
    while (k >= 0 && (IsAdverb(k) || InList(k, en_.perfect_auxiliaries))) --k;
    const bool subject =
        k >= 0 &&
        ((IsActor(k) && !(units_[k].ent >= 0 && ents_[units_[k].ent].form == "demonym")) ||
         InList(k, en_.state_pronouns));
    if (subject) return;
  }
  // Blocking a harm is no wrong: "Australia blocked the spread of the virus".
  // Funding or hiding one is ("Iran has bankrolled terrorist groups",
  // english.json harm_causing_verbs).
  if (s->def.accuses && !irony && !wrong_object && !InList(h.b, en_.harm_causing_verbs)) {
    const int o = ObjectHead(h.e, s->target.end_unit);
    if (o < s->target.end_unit && (NamesWrong(o) || InList(o, en_.harm_objects))) return;
  }
  ActorRef holder;
  std::string_view via;
  bool reported = false;
  if (!CriticismHolder(s->actors.empty() ? h.b : h.b, &holder, &via, &reported)) return;
  const int end = std::max(s->target.end_unit, h.e);
  std::vector<ActorRef> accused;
  for (const ActorRef& a : s->actors) {
    if (a.actor.kind == "government") {
      accused.push_back(a);
      continue;
    }
    // "The Kremlin supports the separatists": a body of a state named here.
    const int u = a.actor.span.size() > 0 ? UnitAt(a.actor.span.begin) : -1;
    ActorRef st;
    if (u >= s->cb && u < h.b && a.actor.kind == "body" && StateOf(u, &st)) accused.push_back(st);
  }
  // "Moscow continues to support the separatists": a capital or its organs
  // as the subject, before a verb group only.
  if (accused.empty() && s->def.pos == CuePos::kVerb) {
    const int subject = SubjectStart(s->cb, h.b);
    int capital_end = 0;
    ActorRef st;
    if (CapitalOrgansAt(subject, &capital_end, &st) && !AfterPlacePreposition(subject) &&
        VerbGroupOnly(capital_end, h.b))
      accused.push_back(st);
  }
  for (const ActorRef& a : accused) {
    if (holder.actor.id == a.actor.id) continue;
    AddCriticism(holder, via, a, h, irony ? "criticise" : "accuse",
                 {units_[h.b].span.begin, units_[end - 1].span.end},
                 reported ? "reported" : "asserted", irony ? 0.8 : 0.9);
  }
}

// the sentence; a broken commitment takes back the state's stance of
// commitment ("has committed to ..., but he has broken that commitment").
bool SentenceAnalyzer::CriticismPass(std::vector<Stance>* out) {
  const size_t first =
      std::find_if(out->begin(), out->end(), [&](const Stance& x) { return x.sentence == sidx_; }) -
      out->begin();
  // Praise of the state last criticised ends the back-references to it
  // (criticism_discourse.cc).
  for (size_t i = first; i < out->size() && !last_criticised_.empty(); ++i) {
    const Stance& o = (*out)[i];
    if (o.sentence == sidx_ && o.polarity == "support" && o.actor.id == last_criticised_holder_ &&
        o.target.entity == last_criticised_) {
      last_criticised_.clear();
      criticised_count_ = 0;
    }
  }
  AdversarySubject(*out, first);
  ObjectBackReference(out, first);
  FocusBackReference(out, first);
  DemonstrativeFault(*out, first);
  if (critiques_.empty()) {
    sponsored_.clear();
    return true;
  }
  // Two states criticised by one holder here: no back-reference picks one
  // (criticism_focus.cc).
  for (const Stance& c : critiques_) {
    if (c.actor.id != critiques_.back().actor.id) continue;
    focus_ambiguous_ = c.target.entity != critiques_.back().target.entity;
    if (focus_ambiguous_) break;
  }
  for (Stance& c : critiques_) {
    bool dup = false;
    for (size_t i = first; i < out->size() && !dup; ++i) {
      Stance& o = (*out)[i];
      // A criticism of another state for the same wrong is no duplicate:
      // "Estonia and the United Kingdom have violated ...".
      dup = o.sentence == sidx_ && o.actor.id == c.actor.id && o.polarity == "oppose" &&
            (o.target.entity == c.target.entity ||
             (o.target.span.Contains(c.target.span) &&
              !(o.target.kind == "government" && c.target.kind == "government")));
      // The holder's opposition that holds the wrong and links to nothing
      // links to its doer: "we appeal to all to stop the aggressor, X".
      if (dup && o.target.entity.empty()) {
        o.target.entity = c.target.entity;
        o.target.kind = c.target.kind;
      }
    }
    if (dup) continue;
    // The holder's support of what names the wrong ("we stress that Russia
    // must withdraw" linked to Russia) gives way to the criticism.
    out->erase(std::remove_if(out->begin() + first, out->end(),
                              [&](const Stance& x) {
                                return x.sentence == sidx_ && x.actor.id == c.actor.id &&
                                       x.polarity == "support" &&
                                       x.target.entity == c.target.entity &&
                                       x.target.span.Contains(c.target.span);
                              }),
               out->end());
    // The accused's own support of the wrong it is accused of is the
    // accuser's description, not its stance: "Russian-backed separatists
    // shot down the aircraft" is no support of Russia's for the shooting.
    out->erase(std::remove_if(out->begin() + first, out->end(),
                              [&](const Stance& x) {
                                if (!(x.sentence == sidx_ && x.polarity == "support" &&
                                      c.act == "accuse" && StandsFor(x.actor, c.target.entity)))
                                  return false;
                                if (x.target.span.Overlaps(c.target.span)) return true;
                                return std::any_of(
                                    sponsored_.begin(), sponsored_.end(),
                                    [&](const Span& sp) { return sp.Overlaps(x.span); });
                              }),
               out->end());
    if (c.act == "accuse") {
      // A broken commitment: the state's own support in the sentence, or
      // in the sentence before ("Putin has committed to ... . He has
      // broken that commitment."), goes.
      const std::string_view tt = c.target.text;
      const auto& nouns = en_.commitment_nouns.words();
      if (std::any_of(nouns.begin(), nouns.end(),
                      [&](const std::string& w) { return tt.find(w) != std::string_view::npos; })) {
        size_t from = first;
        while (from > 0 && (*out)[from - 1].sentence + 1 >= sidx_) --from;
        out->erase(std::remove_if(out->begin() + from, out->end(),
                                  [&](const Stance& x) {
                                    return x.sentence + 1 >= sidx_ && x.polarity == "support" &&
                                           StandsFor(x.actor, c.target.entity);
                                  }),
                   out->end());
      }
    }
    // (A body or bloc criticised is no state to refer back to.)
    if (c.target.kind == "government") {
      const bool again =
          c.target.entity == last_criticised_ && c.actor.id == last_criticised_holder_;
      criticised_count_ = again ? criticised_count_ + 1 : 1;
      last_criticised_span_ = again && last_criticised_sentence_ == sidx_
                                  ? Span{std::min(last_criticised_span_.begin, c.span.begin),
                                         std::max(last_criticised_span_.end, c.span.end)}
                                  : c.span;
      last_criticised_ = c.target.entity;
      last_criticised_holder_ = c.actor.id;
      last_criticised_sentence_ = sidx_;
    }
    out->push_back(std::move(c));
  }
  critiques_.clear();
  sponsored_.clear();
  return true;
}

// "Russia has annexed Crimea. We condemn it.": a condemnation whose
// object is only "it", "this" or a demonstrative and a conduct noun ("these
// actions") links to the state the same holder criticised in the sentence
// before.
void SentenceAnalyzer::ObjectBackReference(std::vector<Stance>* out, size_t first) const {
  if (last_criticised_.empty() || sidx_ != last_criticised_sentence_ + 1) return;
  for (size_t i = first; i < out->size(); ++i) {
    Stance& o = (*out)[i];
    if (o.sentence != sidx_ || o.polarity != "oppose" || o.actor.id != last_criticised_holder_ ||
        !o.target.entity.empty() || !o.target.topic.empty())
      continue;
    // "We condemn it", and "We will never accept this" (a negated accept).
    if (!en_.condemning_acts.Contains(internal::LowerWord(o.act)) &&
        !(o.modality == "negated" && en_.accepting_acts.Contains(internal::LowerWord(o.act))))
      continue;
    const int b = UnitAt(o.target.span.begin);
    if (b < 0) continue;
    int e = b + 1;
    if (InList(b, en_.demonstratives)) {
      const int c = MatchList(b + 1, lex_.conduct_noun);
      if (c > b + 1) e = c;
    } else if (!IsWord(b, "it")) {
      continue;
    }
    // Nothing more in the target but a phrase of manner ("it in the
    // strongest terms").
    if (e < n() && units_[e].span.begin < o.target.span.end && !IsWord(e, "in")) continue;
    o.target.entity = last_criticised_;
    o.target.kind = "government";
  }
}

// Whether the report word at unit k (lex_.report) reports what stands at
// `before`: not a noun ("Russia's claims are baseless", "these claims",
// "their claims"), nor a verb in a relative clause closed before it
// ("Russia, which claims to respect the law, has violated ..."), nor one
// whose clause ended before it.
bool SentenceAnalyzer::ReportsUpTo(int k, int before) const {
  if (IsWord(k - 1, "'s") || GluedPossessive(k - 1) || InList(k - 1, en_.articles) ||
      InList(k - 1, en_.demonstratives) || InList(k - 1, en_.agent_possessives))
    return false;
  // A relative clause ("Russia, which claims to respect the law, has
  // violated ..."), or a claim of an infinitive ("While claiming to defend
  // democracy, the United States has bombed ..."): its content ends at the
  // comma.
  if (InList(k - 1, en_.relative_pronouns) || IsWord(MatchList(k, lex_.report), "to"))
    for (int c = k + 1; c < before; ++c)
      if (IsPunct(c, ',')) return false;
  // A new clause since ("Russia says it wants peace, but it keeps sending
  // weapons"; ";", "while", ", but" with a subject): the report is over.
  for (int c = k + 1; c < before; ++c)
    if (boundary_[c]) return false;
  return true;
}

// The first unit from `o` (up to `end`) past articles, adverbs and
// modifiers that are no cue: the head of an object ("the illegal
// blockade" -> "blockade").
int SentenceAnalyzer::ObjectHead(int o, int end) const {
  while (o < end &&
         (InList(o, en_.articles) || IsAdverb(o) || (hit_at_[o] == -1 && ModifierShaped(o))))
    ++o;
  return o;
}

// Whether the direct object noun phrase at unit `o` (up to `ce`) names a harm
// within its first three words, past articles, quantities ("hundreds of")
// and modifiers (english.json harm_objects).
bool SentenceAnalyzer::HarmObject(int o, int ce) const {
  // A prepositional object is what is blamed ("bears full responsibility
  // for the attacks"), no direct object.
  if (InList(o, en_.prepositions) || IsWord(o, "for") || IsWord(o, "with")) return false;
  // An infinitive after the cue ("has done nothing to stop the violence");
  // a cue that ends in "for" or "with" ("bears responsibility for this
  // escalation").
  if (IsWord(o - 1, "to") || IsWord(o - 1, "for") || IsWord(o - 1, "with")) return false;
  while (o < ce && (InList(o, en_.articles) || IsAdverb(o) || InList(o, en_.demonstratives))) ++o;
  // "hundreds of", "dozens of", "scores of".
  if (o + 1 < ce && IsWord(o + 1, "of") &&
      (IsWord(o, "hundreds") || IsWord(o, "thousands") || IsWord(o, "dozens") ||
       IsWord(o, "scores") || IsWord(o, "tens") || IsWord(o, "millions")))
    o += 2;
  for (int k = o; k < ce && k < o + 3; ++k)
    if (InList(k, en_.harm_objects)) return true;
  return false;
}

// Whether a verb of its own stands from unit v up to the auxiliaries right
// before the cue at `cue`: "(the separatists that Ukraine) fights (have shot
// down)", not "(that Russia) has (shot down)".
bool SentenceAnalyzer::RelativeVerbBefore(int v, int cue) const {
  int e = cue;
  while (e - 1 >= v &&
         (InList(e - 1, en_.predicate_auxiliaries) || InList(e - 1, en_.passive_be_forms) ||
          IsAdverb(e - 1) || NegationAt(e - 1)))
    --e;
  return e > v && units_[v].kind == UK::kWord && hit_at_[v] == -1 && !IsAdverb(v);
}

// Whether a relative or "that" clause opens between the actor at unit `a`
// and the cue at `cue` and is still open at the cue, about something other
// than the actor ("a ceasefire, which the separatists have violated"; not
// "Russia, which ..."): the cue's verb has another subject.
bool SentenceAnalyzer::ClauseOfAnotherSubject(int a, int cue) const {
  for (int r = a + 1; r < cue; ++r) {
    if (!InList(r, en_.relative_pronouns)) continue;
    for (int c = r + 1; c < cue; ++c)
      if (IsPunct(c, ',')) return false;  // closed before the cue
    // A clause with its own subject: "its forces, which the separatists
    // have attacked".
    if (IsActor(r + 1) || InList(r + 1, en_.articles) || InList(r + 1, en_.demonstratives) ||
        InList(r + 1, en_.agent_possessives) || IsWord(r + 1, "we") || IsWord(r + 1, "they") ||
        IsWord(r + 1, "it") || IsWord(r + 1, "he") || IsWord(r + 1, "she"))
      return true;
    // The actor or the noun it modifies ("Ukrainian neo-Nazis who ...",
    // "Russia's proxies that ...") is the clause's subject.
    const int antecedent = IsPunct(r - 1, ',') ? r - 2 : r - 1;
    bool head = antecedent >= a && antecedent <= a + 2;
    for (int k = a + 1; head && k <= antecedent; ++k)
      head = units_[k].kind == UK::kWord && hit_at_[k] == -1 && !IsActor(k);
    if (head) return false;
    // The actor's own means: "pull back its forces, which are massed at".
    int m = antecedent;
    while (m > a && units_[m].kind == UK::kWord && MatchList(m, lex_.state_agent) != antecedent + 1)
      --m;
    return !(m > a && InList(m - 1, en_.agent_possessives) &&
             MatchList(m, lex_.state_agent) == antecedent + 1);
  }
  return false;
}

// Whether a negation of the verb stands in [b, e): any negation marker but
// a determiner "no" ("will spare no effort in cooperating with" negates the
// noun; "no longer complies" is the verb's).
bool SentenceAnalyzer::VerbNegation(int b, int e) const {
  for (int k = std::max(b, 0); k < e; ++k)
    if (units_[k].kind == UK::kWord && NegationAt(k) &&
        !(IsWord(k, "no") && !IsWord(k + 1, "longer")))
      return true;
  return false;
}

}  // namespace caucus::stance
