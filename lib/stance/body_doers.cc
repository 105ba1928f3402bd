// Criticism of bodies and blocs (issue #13): the doer of a wrong may be an
// intergovernmental body or a bloc of states that is no government's organ
// ("NATO has violated its commitments", "the European Union has imposed
// illegal sanctions", "the sanctions imposed by the European Union"). The
// criticism frames (criticism.cc) find states first; these helpers name the
// body when no state is found. The stance's target then links the body
// (`target.kind` body or group); UNSCon and the records benchmark credit
// only government targets, so they do not see these.
#include "stance/entity_index.h"
#include "stance/sentence.h"

namespace caucus::stance {

// Whether actor `a` is a body or a bloc named in the entities layer (not a
// collective such as "many governments", which names no one), standing for
// no government: it is the doer itself.
bool SentenceAnalyzer::BodyDoer(const ActorRef& a) const {
  // (A group only when it is a party of states, english.json
  // political_groups: "Western countries"; not "many governments".)
  if (!PartyBody(en_, a.actor.kind, a.actor.id)) return false;
  if (a.actor.span.size() == 0 || !sent_.Contains(a.actor.span)) return false;
  const int u = UnitAt(a.actor.span.begin);
  if (u < 0 || !IsActor(u) || units_[u].ent < 0) return false;
  ActorRef st;
  return !StateOf(u, &st);
}

// Whether a target links a party whose conduct a stance can be on: a state,
// a body, or a bloc of states (english.json political_groups). The victim,
// scene, proposer and hostile-preposition rules (AgentLink, SupportLink, AtScene)
// apply to all three: "we condemn the attacks on NATO forces", "we support
// sanctions against the European Union" are not on NATO's or the EU's
// conduct.
bool SentenceAnalyzer::Party(std::string_view kind, std::string_view id) const {
  return kind == "government" || PartyBody(en_, kind, id);
}

// The body or bloc doing the wrong an evaluation cue h names, when no state
// does: its possessive ("the EU's illegal sanctions"), a by-phrase after the
// noun phrase ("the illegal sanctions imposed by the European Union"), or
// the clause's subject before a verb group of perpetration ("The European
// Union has imposed illegal sanctions", "NATO is waging an aggressive
// campaign").
bool SentenceAnalyzer::BodyAgent(const Hit& h, int cb, int ce, ActorRef* out) const {
  auto body_at = [&](int k) {
    if (IsWord(k, "the")) ++k;
    if (!IsActor(k)) return false;
    const ActorRef a{ActorAt(k), "", 1.0};
    if (!BodyDoer(a)) return false;
    *out = a;
    return true;
  };
  int p = h.b - 1;
  while (p > cb && (IsAdverb(p) || ModifierShaped(p) || IsPunct(p, '-'))) --p;
  if (IsWord(p, "'s") && body_at(p - 1)) return true;
  // A by-phrase: "imposed by the EU", "carried out by NATO".
  // (A participle before "by"; not in a clause after the cue: "it is
  // regrettable that the commitment made by the Assembly ...")
  for (int k = h.e; k < ce && k < h.e + 6; ++k) {
    if (units_[k].kind == UK::kPunct || IsWord(k, "that") || InList(k, en_.relative_pronouns))
      break;
    if (IsWord(k, "by")) {
      // (A verb of perpetration, lexicon perpetration: not one who only
      // records the wrong, "the violations documented by the EU".)
      const bool perpetrated = MatchList(k - 1, lex_.perpetration) == k ||
                               (k - 2 >= h.e && MatchList(k - 2, lex_.perpetration) == k);
      if (perpetrated && en_.IsParticipleShaped(internal::LowerWord(units_[k - 1].low)) &&
          body_at(k + 1))
        return true;
      break;
    }
  }
  // The clause's subject, then a verb of perpetration and the noun phrase.
  int s = SubjectStart(cb, h.b);
  if (IsWord(s, "the")) ++s;
  if (!IsActor(s) || !body_at(s)) return false;
  int v = s + 1;
  while (v < h.b && (IsAdverb(v) || InList(v, en_.perfect_auxiliaries) || IsBeForm(v) ||
                     InList(v, en_.continuation_verbs) || IsWord(v, "to")))
    ++v;
  const int ve = v < h.b ? MatchList(v, lex_.perpetration) : -1;
  if (ve <= v) return false;
  for (int k = ve; k < h.b; ++k)
    if (!(InList(k, en_.articles) || IsAdverb(k) || ModifierShaped(k) ||
          InList(k, en_.premodifier_words) || IsPunct(k, ',') || hit_at_[k] >= 0))
      return false;
  return true;
}

// The bodies or blocs among a wrongdoing verb's actors, when the doer
// sieves found no state: its subject ("NATO has violated", "the EU and NATO
// have broken their promises") or possessive ("NATO's bombing of Libya"),
// not a passive's agent ("areas classified by the United Nations as
// besieged" names no besieger) nor a failure or refusal, which the
// speaker's statements read ("the Security Council has failed to act").
void SentenceAnalyzer::BodyDoerOf(const HitState& s, std::vector<ActorRef>* states) const {
  if (s.sieve != "subject" && s.sieve != "shared-subject" && s.sieve != "possessive") return;
  if (ConditionalFailure(s.h.b) || InList(s.h.b, en_.failing_forms) ||
      MatchList(s.h.b, lex_.refusal) > 0)
    return;
  for (const ActorRef& a : s.actors) {
    if (!BodyDoer(a)) continue;
    // Not after a preposition ("classified by the United Nations as
    // besieged"), nor a modifier ("a Security Council member has chosen
    // to ...": the verb group or a list follows the body).
    const int u = UnitAt(a.actor.span.begin);
    int p = u - 1;
    if (IsWord(p, "the")) --p;
    if (InList(p, en_.prepositions) || IsWord(p, "by")) continue;
    const int x = u + 1;
    if (x < n() && units_[x].kind == UK::kWord && x != s.h.b && hit_at_[x] < 0 &&
        !(IsWord(x, "and") || IsWord(x, "or") || IsWord(x, "'s") || IsAdverb(x) ||
          InList(x, en_.perfect_auxiliaries) || IsBeForm(x) || InList(x, en_.predicate_starts) ||
          InList(x, en_.continuation_verbs) || MatchList(x, lex_.obligation) > x))
      continue;
    // A subject stands right before the verb group ("NATO has violated",
    // "NATO continues to violate"), not far before it ("So that the United
    // Nations can ..., we must be cautious about instruments that distort
    // ...").
    if (s.sieve == "subject" && !VerbGroupOnly(u + 1, s.h.b)) continue;
    states->push_back(a);
  }
}

}  // namespace caucus::stance
