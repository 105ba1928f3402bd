// Internal: the sentence passes of the stance engine. SentenceAnalyzer::Run
// reads one sentence: units and tokens (units.cc), actor units
// (actor_units.cc), cues (cue_hits.cc), clause structure (clauses.cc), and
// for each cue the actor search, target, modality and polarity (hit.cc and
// the files it names). docs/STANCES.md has the order as a table. Not part of
// the public API.
#ifndef CAUCUS_LIB_STANCE_SENTENCE_H_
#define CAUCUS_LIB_STANCE_SENTENCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/types.h"
#include "stance/units.h"

namespace caucus::stance {

using internal::CueFrame;

// A cue phrase found in the sentence.
struct Hit {
  int b = 0, e = 0;  // unit range
  uint32_t def = 0;
  bool role = false;  // "supported by" / "opposed by": structure, not a cue
};

// An actor found for a cue, how (`via`, empty for a plain subject) and how
// sure (`conf`, a factor of the score).
struct ActorRef {
  ActorView actor;
  std::string_view via;  // a string literal
  double conf = 1.0;
};

struct Target {
  StanceTarget t;
  bool inverted = false;
  bool antecedent = false;      // the noun phrase before ", which <actor> <cue>"
  bool addressee_call = false;  // inverted by a call on someone to stop ("urged X to drop")
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

// Analyses the sentences of one document, one Run per sentence; reads and
// updates the paragraph state and appends stances. The per-sentence vectors
// are kept across sentences so their memory is reused.
class SentenceAnalyzer : public SentenceUnits {
 public:
  using SentenceUnits::SentenceUnits;

  void Run(Span sentence, uint32_t sentence_index, ParaState* para, std::vector<Stance>* out);
  // For tests: for each stance Run appends, the name of the sieve that found
  // its actor ("subject", "passive", ...; "role-only-clause").
  void set_trace(std::vector<std::string_view>* trace) { trace_ = trace; }
  // Whether a holder has criticised one state twice in a row, with no
  // praise of it since: a speaker's next sentences may criticise it without
  // a cue (criticism_discourse.cc, AdversaryMayApply).
  bool has_adversary() const { return criticised_count_ >= 2 && !last_criticised_.empty(); }
  // Whether sentence i comes right after a holder criticised one state: it
  // may judge that state's act without a cue word ("That constitutes a
  // grave threat to peace", criticism_focus.cc, DemonstrativeFault).
  bool focus_after(uint32_t i) const {
    return !last_criticised_.empty() && !focus_ambiguous_ && i == last_criticised_sentence_ + 1;
  }
  // Who asserts the next sentences (a speech's speaker, a turn's entity),
  // with the `via` its stances get; null for nobody. Their criticism of a
  // state is their stance (criticism.cc). `speaker` must outlive the Runs.
  void set_speaker(const ActorView* speaker, std::string_view via) {
    speaker_ = speaker;
    speaker_via_ = via;
  }

 private:
  // ---- the sentence passes, in order (sentence.cc) -------------------------
  using PassFn = bool (SentenceAnalyzer::*)(std::vector<Stance>* out);
  struct SentencePass {
    std::string_view name;
    PassFn run;
  };
  static const SentencePass kSentencePasses[];
  bool UnitsPass(std::vector<Stance>* out);
  bool ActorUnitsPass(std::vector<Stance>* out);
  bool CuesPass(std::vector<Stance>* out);
  bool ClausesPass(std::vector<Stance>* out);
  bool CueStancesPass(std::vector<Stance>* out);
  bool CriticismPass(std::vector<Stance>* out);

  // ---- cues (cue_hits.cc) --------------------------------------------------
  void FindHits();

  // ---- clause structure (clauses.cc) ---------------------------------------
  void FindClauses();
  int ClauseStart(int i) const;
  int ClauseEnd(int i) const;
  int RoleMarker(int i, int* role) const;  // 1 supporter, 2 opposer; returns end or -1
  int BehalfMarker(int i) const;
  int WithMarker(int i) const;

  // ---- subject (subject.cc) ------------------------------------------------
  struct Parse {
    std::vector<ActorRef> subjects, supporters, opposers;
    int subject_end = -1;  // unit after the last subject
    bool ok = false;
  };
  Parse ParseSubject(int b, int e) const;
  struct SubjectScan;
  void ScanSubjectPunct(SubjectScan* s, int i) const;
  void ScanSubjectActor(SubjectScan* s, int i) const;
  bool ScanSubjectWord(SubjectScan* s, int* i) const;
  bool SubjectGlueOk(const SubjectScan& s, int from) const;
  Parse SubjectFromScan(SubjectScan& s) const;
  std::vector<ActorRef> ListAt(int last_actor, int stop_left) const;
  std::vector<ActorRef> ListAfter(int i, int e) const;

  // ---- coreference (coreference.cc) ----------------------------------------
  bool Coref(int i, int* end, std::vector<ActorRef>* out) const;
  std::vector<ActorRef> LastActor(uint32_t pos, bool want_government, bool want_body,
                                  uint32_t lower = 0) const;
  template <typename Want>
  std::vector<ActorRef> LastActorWhere(uint32_t pos, uint32_t lower, double sentence_conf,
                                       Want want) const;
  std::vector<ActorRef> LastGroup(uint32_t pos) const;
  std::vector<ActorRef> PreviousSubject(int i) const;
  std::vector<ActorRef> SentenceSubject(int i) const;

  // ---- one cue: the hit passes (hit.cc) and the actor sieves (actor_sieves.cc)
  // What the passes of one cue decide, in the order they decide it.
  struct HitState {
    HitState(int index, const Hit& hit, const CueDef& cue) : hi(index), h(hit), def(cue) {}
    int hi;  // index into hits_
    const Hit& h;
    const CueDef& def;
    int cb = 0, ce = 0;   // the clause around the cue
    int anchor = 0;       // the light verb before a nominal cue ("expressed support"), else h.b
    bool ceased = false;  // a stance given up ("withdrew its support for")
    bool nominal_use = false;  // a nominal cue, or a cue after a light verb
    bool passive = false;      // a passive verb: no subject search
    Target target;
    std::vector<ActorRef> actors;
    Parse parse;             // the subject structure, when the subject sieve ran
    std::string_view sieve;  // the sieve that found the actors
    // Set by the criticism passes (criticism.cc): the cue's own stance takes
    // this polarity and act instead of the lexicon's ("call on X to cease":
    // oppose, demand), or none at all (irony, a call to do a wrong).
    std::string_view polarity_override, act_override;
    bool drop_own = false;
  };
  // An actor sieve: sets s->actors (and may change the target) when its
  // construction is there; returns false when the cue gives no stance at
  // all. Sieves run in table order (actor_sieves.cc, kActorSieves), each
  // only while no earlier one found an actor.
  using ActorSieve = bool (SentenceAnalyzer::*)(HitState* s);
  struct NamedSieve {
    std::string_view name;
    ActorSieve run;
  };
  static const NamedSieve kActorSieves[];

  void AnalyseHit(int h, std::vector<Stance>* out);
  bool NestedInEarlierCue(const HitState& s) const;
  void FindAnchor(HitState* s) const;
  bool FindActors(HitState* s);
  bool ContentClauseAsserts(const HitState& s) const;
  bool ContentClauseAgainst(const HitState& s) const;
  void AntecedentTarget(HitState* s) const;
  void GapAntecedentTarget(HitState* s) const;
  void EmitHit(HitState* s, std::vector<Stance>* out);
  void RoleOnlyClause(int cb, int ce, std::vector<Stance>* out);

  // Whether the subject search before the cue applies: not for a passive
  // verb, nor for a nominal cue without a light verb (its holder is a
  // possessive or a by-phrase).
  static bool SubjectSearchApplies(const HitState& s);
  bool HolderAfterSieve(HitState* s);
  bool PossessiveSieve(HitState* s);
  bool ByPhraseSieve(HitState* s);
  bool PassiveSieve(HitState* s);
  bool RelativeClauseSieve(HitState* s);
  bool SubjectSieve(HitState* s);
  bool PronounSieve(HitState* s);
  bool SharedSubjectSieve(HitState* s);
  bool CapitalSubjectSieve(HitState* s);
  bool ProposerSieve(HitState* s);
  bool ReducedPassive(const Hit& h, int before) const;
  bool CompoundParticiple(const Hit& h) const;
  bool HolderAfter(const Hit& h, int cb, int ce, std::vector<ActorRef>* actors, Target* target);

  // ---- the doer of a wrong (doer_sieves.cc) --------------------------------
  // What the doer sieves of a frame cue decide: the states that do the
  // wrong, where the evidence starts, and how the state was found.
  struct DoerSearch {
    const HitState* s;
    const ActorRef& holder;
    bool in_support;  // inside a support cue's target: no doer sieve runs
    std::vector<ActorRef>& states;
    int& from;
    std::string_view& via;
  };
  // A doer sieve: adds to d->states when its construction is there. Sieves
  // run in table order (doer_sieves.cc, kDoerSieves), each only while no
  // earlier one found a state; `wrongdoing_only` ones only for a
  // wrongdoing verb.
  using DoerSieve = void (SentenceAnalyzer::*)(DoerSearch* d);
  struct NamedDoerSieve {
    std::string_view name;
    DoerSieve run;
    bool wrongdoing_only;
  };
  static const NamedDoerSieve kDoerSieves[];
  void FindDoer(DoerSearch* d);
  void CapitalOrgansDoer(DoerSearch* d);
  void ResolveToDoer(DoerSearch* d);
  void SponsoredDoer(DoerSearch* d);
  void DeployedOrgansDoer(DoerSearch* d);
  void StateAndGroupDoer(DoerSearch* d);
  void PossessedOrgansDoer(DoerSearch* d);
  void PossessorSubjectDoer(DoerSearch* d);
  void PassiveCapitalDoer(DoerSearch* d);
  void StateAnaphorDoer(DoerSearch* d);
  void PreviousActDoer(DoerSearch* d);
  void SponsorshipDoer(DoerSearch* d);
  void CleftSubjectDoer(DoerSearch* d);
  void FrontedGerundDoer(DoerSearch* d);
  void FocusStopDoer(DoerSearch* d);
  bool CounteringForm(int k) const;
  void PurposeDoer(DoerSearch* d);
  void ConductOfOrgansDoer(DoerSearch* d);
  void PersonPronounDoer(DoerSearch* d);
  void PartitiveOrgansDoer(DoerSearch* d);
  void GerundAgentDoer(DoerSearch* d);
  void RelativeAgentDoer(DoerSearch* d);
  void CoordinatedPredicateDoer(DoerSearch* d);
  int OrgansEnd(int c) const;
  int PartitiveOrgansEnd(int k, int limit, ActorRef* out) const;

  // ---- criticism (criticism.cc, criticism_agent.cc) -----------------------
  bool ModifierShaped(int k) const;
  bool EmbeddedHit(int p, int cb) const;
  // Whether a cue of frame `f` starts at unit k.
  bool FrameAt(int k, CueFrame f) const {
    return hit_at_[k] >= 0 && lex_.defs[hits_[hit_at_[k]].def].frame == f;
  }
  void FrameHit(HitState* s);
  void DemandFrame(HitState* s);
  bool AsksForGood(const Hit& stop) const;
  bool Invitation(const HitState& s) const;
  // A claim called false (claims.cc): its noun, "that", the copula of its
  // predicate and the falsity word.
  struct FalseClaim {
    int noun = -1, that = -1, copula = -1, word = -1;
  };
  bool FalseClaimIn(int cb, int ce, FalseClaim* out) const;
  bool ClaimantOf(int noun, ActorRef* out) const;
  bool InFalseClaim(int b) const;
  bool ClaimCalledFalse(const HitState& s);
  // Bodies and blocs as doers (body_doers.cc).
  bool Party(std::string_view kind, std::string_view id) const;
  bool BodyDoer(const ActorRef& a) const;
  bool BodyAgent(const Hit& h, int cb, int ce, ActorRef* out) const;
  void BodyDoerOf(const HitState& s, std::vector<ActorRef>* states) const;
  void AgentLink(HitState* s) const;
  bool ProposerAt(int k, int end) const;
  bool ImperativeAddressee(int cue, ActorRef* out) const;
  bool RelativeVerbBefore(int v, int cue) const;
  bool AssertedAfterThen(int cb, int cue, int ce) const;
  bool InRelativeObject(int k, int cb) const;
  void AccusationFrame(HitState* s, bool negated);
  bool StateOf(int i, ActorRef* out) const;
  bool StateOfRef(const ActorRef& a, ActorRef* out) const;
  bool StateOfEntity(const ActorRef& a, ActorRef* out) const;
  static constexpr double kCapitalConf = 0.8;
  bool CapitalAt(int k, int* end, ActorRef* out) const;
  bool CapitalOrgansAt(int k, int* end, ActorRef* out) const;
  bool PowerSeizedAt(int k, int* end, ActorRef* out) const;
  bool CapitalActsAt(int k, int* end, ActorRef* out) const;
  bool GluedPossessive(int k) const;
  bool DeniedContent(int cue_b) const;
  bool ContinuedWrong(int cb, int cue) const;
  bool QuotedWord(int i) const;
  bool ObjectWordBefore(int i, const std::vector<std::string>& words) const;
  bool RelativeObjectBefore(int i, const std::vector<std::string>& words) const;
  bool ConditionalFailure(int cue) const;
  bool RefusesNoDuty(const Hit& h) const;
  bool QualifiesOthers(const Hit& h) const;
  bool DutyAfterCondition(int cb, int cue) const;
  bool SponsorParticiple(const Hit& h) const;
  bool CapitalCompoundAt(int k, ActorRef* out) const;
  bool SponsorshipIn(int cb, int ce, ActorRef* out) const;
  bool CleftSubjectAt(int cue, ActorRef* out) const;
  bool ThreatAfterContinuedCondition(const Hit& h) const;
  bool ActOfPreviousSubject(int cb, int cue, const ActorRef& holder, ActorRef* out) const;
  bool PreviousSubjectReports(const ActorRef& subject) const;
  // The comma that opens a report clause closing the sentence after unit
  // `after` ("..., the Russian representative said."), its report word at
  // *report; -1 when none (criticism.cc).
  int TrailingReport(int after, int* report) const;
  // Whether the sentence before has another state than `state` as a
  // clause's subject (criticism_focus.cc).
  bool OtherSubjectStateBefore(std::string_view state) const;
  std::vector<ActorRef> PreviousDelegation() const;
  bool OrgansAfterAdjective(int c, ActorRef* out) const;
  bool LoneStateAt(int a, ActorRef* out) const;
  bool StandsFor(const StanceActor& a, std::string_view state) const;
  bool AfterPlacePreposition(int i) const;
  bool AgentBefore(int b, int cb, ActorRef* out) const;
  bool ClauseSubjectState(int cb, int before, ActorRef* out) const;
  bool InPrepositionalPhrase(int k, int cb) const;
  bool EvaluationAgent(const Hit& h, int cb, int ce, ActorRef* out) const;
  bool CleftDoer(int from, int ce, ActorRef* out) const;
  bool StateOrCapitalAt(int a, ActorRef* out) const;
  int PastOrgansOf(int a) const;
  int StateNamedAt(int a, ActorRef* out) const;
  int PossessedSubjectEnd(int k) const;
  bool VerbNegation(int b, int e) const;
  void ObjectBackReference(std::vector<Stance>* out, size_t first) const;
  bool PassiveBefore(int cb, int before) const;
  bool SuffersAfter(int v, int end) const;
  bool UnassertedWrong(int b) const;
  // Whether unit k is an unasserting modifier used as one ("the alleged").
  bool UnassertingAt(int k) const;
  void SupportLink(HitState* s) const;
  bool NamesHarm(int k) const;
  bool CriticismHolder(int cue_b, ActorRef* holder, std::string_view* via, bool* reported) const;
  void AddCriticism(const ActorRef& holder, std::string_view via, const ActorRef& state,
                    const Hit& h, std::string_view act, Span target, const std::string& modality,
                    double conf);
  int UnitAt(uint32_t pos) const;
  bool NamesWrong(int k) const;
  int TopicWrongCue(int k) const;
  // Across sentences (criticism_discourse.cc).
  static constexpr double kDiscourseConf = 0.6;
  bool RecentCriticism(const ActorRef& holder, uint32_t window) const;
  bool CriticisedOrAdversary(const ActorRef& holder, uint32_t window) const;
  ActorRef DiscourseState() const;
  int SubjectStart(int cb, int before) const;
  bool DemonstrativeSubject(int cb, int cue) const;
  bool PredicateLeadsTo(int k, int cue) const;
  void AddSpeakerCritique(Span target, Span evidence, std::string_view via, double score);
  bool DemonstrativePhrase(int cb, int cue) const;
  bool NominalDemand(HitState* s);
  bool RhetoricalQuestion() const;
  bool StateAnaphorSubject(int cb, int cue) const;
  bool StatePronounSubject(int cb, int cue) const;
  bool VerbGroupOnly(int k, int cue) const;
  bool PersonPronounState(int cb, int cue, ActorRef* out) const;
  bool SponsoredPhrase(int k, int limit, ActorRef* out, int* end) const;
  bool ClauseOfAnotherSubject(int a, int cue) const;
  bool ReportsUpTo(int k, int before) const;
  bool HarmObject(int o, int ce) const;
  int ObjectHead(int o, int end) const;
  bool SponsoredSubject(int cb, int cue, ActorRef* out) const;
  static constexpr double kAdversaryConf = 0.45;
  bool AdversaryMayApply() const;
  void AdversarySubject(const std::vector<Stance>& out, size_t first);
  // The state a holder's criticism is about, carried across sentences
  // (criticism_focus.cc).
  bool FocusState(std::string_view holder, uint32_t window, uint32_t* distance) const;
  bool FocusPossessive(int k, uint32_t distance) const;
  bool FocusSubject(int cb, int cue, const ActorRef& holder) const;
  int FocusPhraseEnd(int k, int end, uint32_t distance) const;
  bool FocusActNoun(int m) const;
  int FocusSubjectTail(int e, int end) const;
  bool ArmedGroupsInFocus(int k) const;
  void FocusBackReference(std::vector<Stance>* out, size_t first);
  void DemonstrativeFault(const std::vector<Stance>& out, size_t first);
  bool ForeignPronounAntecedent(const ActorRef& a) const;

  // ---- target (target.cc) --------------------------------------------------
  int NounPhraseStart(int e, int lower) const;
  Target MakeTarget(int from, int clause_end, int hit_index);
  bool NominalWithoutLightVerb(const HitState& s) const;
  int SubjectPredicateStart(const Hit& h, int cb, int end) const;
  bool DemonymIsTheState(int i) const;
  // Whether unit i is a government joined to another by a hyphen or a slash
  // ("the US-China deal", "Israeli-Palestinian violence"), or the second
  // half of such a pair ("the Sino-Japanese war").
  bool InGovernmentPair(int i) const;
  // Whether unit i follows "anti-" or "pro-" (side_prefixes).
  bool AfterSidePrefix(int i) const;
  // Whether unit i is glued to "-based", "-made" and the like
  // (place_compound_words).
  bool BeforePlaceSuffix(int i) const;
  // `against`: the target is what the stance opposes (AtScene).
  void LinkTarget(int b, int e, StanceTarget* t, bool against = false) const;
  bool AtScene(int i, int b) const;
  bool ProposesTarget(int i, int e) const;
  bool HarmedTopic(int i, int b) const;
  bool AtVenue(int i, int b) const;
  int LinkEnd(int b, int e) const;
  bool OwnFaultAt(int k) const;
  bool CoHolderAt(int i) const;
  bool FormerOfficeOf(int i) const;
  bool DeniedByFrame(int cue_b) const;
  int ContentThatBefore(int cue_b) const;
  bool FrameNegated(int f) const;
  void ResolveEmptyTarget(Target* t, int hit_index, int clause_b);

  // ---- modality and polarity (modality.cc) ---------------------------------
  bool NegationAt(int k) const;
  bool NegationJustBefore(int i) const;
  bool Conditional(int cb, int anchor) const;
  std::string Modality(int scan_b, int hit_b, bool* negated, bool* refused) const;
  // Links `t` to the first entity in its span other than the one it links
  // now (none if there is no other); the topic stays.
  void RelinkWithout(StanceTarget* t) const;
  // One stance of actor `a` with the cue's act and weight (CueDef::act,
  // CueDef::weight, or what a rule put in their place).
  void Emit(const ActorRef& a, const std::string& polarity, std::string_view act, double weight,
            const Target& t, Span cue_span, const std::string& modality, std::string_view sieve,
            std::vector<Stance>* out);

  ParaState* para_ = nullptr;
  uint32_t sidx_ = 0;
  Span sent_;
  std::vector<Hit> hits_;
  std::vector<int> hit_at_;     // unit -> hit index starting there, or -1
  std::vector<char> boundary_;  // unit is a clause boundary
  std::vector<std::vector<ActorRef>> hit_actors_;
  std::vector<Target> hit_targets_;
  std::vector<char> hit_done_;
  // CueStancesPass's scratch, kept across sentences: clause start -> it has
  // a cue stance / a role-only hit.
  std::vector<char> clause_has_cue_, clause_has_role_;
  std::vector<std::string_view>* trace_ = nullptr;
  const ActorView* speaker_ = nullptr;
  std::string_view speaker_via_;
  std::vector<Stance> critiques_;  // criticisms pending until CriticismPass
  std::vector<Span> sponsored_;    // subjects of those whose doer a sponsor is
  bool rhetorical_ = false;        // a rhetorical question: only its criticisms count
  // The state a holder last criticised with its agent named, for "the
  // so-called referendum" a sentence or two later (criticism.cc).
  std::string last_criticised_, last_criticised_holder_;
  uint32_t last_criticised_sentence_ = 0;
  // How many criticisms of last_criticised_ its holder made in a row: from
  // two on, the state is the speech's adversary (criticism_discourse.cc).
  uint32_t criticised_count_ = 0;
  // Whether the holder's last criticising sentence criticised two states or
  // more: no back-reference then picks one (criticism_focus.cc).
  bool focus_ambiguous_ = false;
  // The evidence of the holder's criticisms of last_criticised_ in that
  // sentence (their spans' hull), for "the veto" referring back to "vetoed".
  Span last_criticised_span_{0, 0};
};

// Whether w ends with one of `endings` and is longer than it (criticism.cc).
bool EndsWithOne(std::string_view w, const internal::WordList& endings);

}  // namespace caucus::stance

#endif  // CAUCUS_LIB_STANCE_SENTENCE_H_
