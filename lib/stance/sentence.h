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

// Analyses the sentences of one document, one Run per sentence; reads and
// updates the paragraph state and appends stances. The per-sentence vectors
// are kept across sentences so their memory is reused.
class SentenceAnalyzer : public SentenceUnits {
 public:
  using SentenceUnits::SentenceUnits;

  void Run(Span sentence, uint32_t sentence_index, ParaState* para, std::vector<Stance>* out);

 private:
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

  // ---- the actor search for one cue (hit.cc) -------------------------------
  bool ReducedPassive(const Hit& h, int before) const;
  bool HolderAfter(const Hit& h, int cb, int ce, std::vector<ActorRef>* actors, Target* target);
  void AnalyseHit(int h, std::vector<Stance>* out);
  void RoleOnlyClause(int cb, int ce, std::vector<Stance>* out);

  // ---- target (target.cc) --------------------------------------------------
  int NounPhraseStart(int e, int lower) const;
  Target MakeTarget(int from, int clause_end, int hit_index);
  void LinkTarget(int b, int e, StanceTarget* t) const;
  void ResolveEmptyTarget(Target* t, int hit_index, int clause_b);

  // ---- modality and polarity (modality.cc) ---------------------------------
  bool Conditional(int cb, int anchor) const;
  std::string Modality(int scan_b, int hit_b, bool* negated, bool* refused) const;
  void Emit(const ActorRef& a, const std::string& polarity, const CueDef& def, const Target& t,
            Span cue_span, const std::string& modality, std::vector<Stance>* out);

  ParaState* para_ = nullptr;
  uint32_t sidx_ = 0;
  Span sent_;
  std::vector<Hit> hits_;
  std::vector<int> hit_at_;     // unit -> hit index starting there, or -1
  std::vector<char> boundary_;  // unit is a clause boundary
  std::vector<std::vector<ActorRef>> hit_actors_;
  std::vector<Target> hit_targets_;
  std::vector<char> hit_done_;
};

}  // namespace caucus::stance

#endif  // CAUCUS_LIB_STANCE_SENTENCE_H_
