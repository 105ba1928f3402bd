// Criticism across sentences (issue #13): an evaluation or a wrong whose
// doer the sentence does not name refers back to the state its holder
// criticised a sentence or two before, in the same speech: "Russia annexed
// the peninsula. That is completely unacceptable." The back-reference is
// conservative: a demonstrative subject of an evaluative predicate ("That
// is unacceptable", "These acts are a violation of ...") needs a criticism
// in the sentence right before; a demonstrative or definite state noun as
// the subject of a wrong ("That country continues to occupy ...", "the
// regime has violated ...") one in the two sentences before. Such stances
// say `via: discourse` and score lower. docs/STANCES.md, "Criticism".
#include <cmath>

#include "stance/sentence.h"

namespace caucus::stance {

// Whether the holder criticised a state in one of the `window` sentences
// before this one, with no praise of it since (see CriticismPass).
bool SentenceAnalyzer::RecentCriticism(const ActorRef& holder, uint32_t window) const {
  return !last_criticised_.empty() && last_criticised_holder_ == holder.actor.id &&
         sidx_ >= last_criticised_sentence_ && sidx_ <= last_criticised_sentence_ + window;
}

// RecentCriticism, or the speech's adversary when the holder is the
// speaker (AdversaryMayApply: one state criticised at least twice in a row,
// not praised since): in such a speech "these authorities", "the regime"
// and "they" as the subject of a wrong still mean that state sentences
// later. (Not used for discourse cues such as "the aggressor": on the UNSCon
// dev half that gave more false pairs than true ones.)
bool SentenceAnalyzer::CriticisedOrAdversary(const ActorRef& holder, uint32_t window) const {
  return RecentCriticism(holder, window) ||
         (AdversaryMayApply() && holder.actor.id == speaker_->id);
}

// The state the holder last criticised, as the doer found by discourse.
ActorRef SentenceAnalyzer::DiscourseState() const {
  return {ActorView{last_criticised_, "government", {}, {sent_.begin, sent_.begin}}, "discourse",
          kDiscourseConf};
}

// The first unit of the clause's subject: past openers ("But", "Again,",
// "indeed").
int SentenceAnalyzer::SubjectStart(int cb, int before) const {
  int k = cb;
  while (k < before && (IsAdverb(k) || IsPunct(k, ',') || InList(k, en_.discourse_openers))) ++k;
  // A fronted phrase of a preposition up to its comma ("Apparently, through
  // these attempts, they hope to disrupt ..."), when the comma comes before
  // `before` and no actor or cue stands in it.
  // After it, an aside of "as" may follow, cue or not ("Instead of
  // starting a dialogue, as it promised in Geneva, Kyiv has sent ...").
  for (int round = 0; round < 2; ++round) {
    if (!(k < before && (InList(k, en_.prepositions) || InList(k, en_.fronted_openers)))) break;
    if (round == 1 && !IsWord(k, "as")) break;
    int c = k + 1;
    while (c < before && c < k + 9 && units_[c].kind == UK::kWord &&
           (hit_at_[c] == -1 || round == 1))
      ++c;
    if (!(c < before && IsPunct(c, ','))) break;
    k = c + 1;
    while (k < before && (IsAdverb(k) || IsPunct(k, ','))) ++k;
  }
  return k;
}

// Whether a question is rhetorical: it opens with "why" or "how"
// (english.json rhetorical_openers: "Why does Russia continue to violate
// the agreement?", "How can Iran claim ...?"), or says "again"
// (repetition_words: "Will Russia once again attack ...?"). "Did Russia
// violate the ceasefire?" asks.
bool SentenceAnalyzer::RhetoricalQuestion() const {
  int k = 0;
  while (k < n() && (units_[k].kind == UK::kPunct || InList(k, en_.discourse_openers))) ++k;
  if (InList(k, en_.rhetorical_openers)) return true;
  for (int u = k; u < n(); ++u)
    if (InList(u, en_.repetition_words)) return true;
  return false;
}

// Whether the clause before `cue` is a demonstrative subject and a copula
// ("That is completely", "These actions are a flagrant", "This has been an
// outright"): the evaluation is predicated of something said before.
bool SentenceAnalyzer::DemonstrativeSubject(int cb, int cue) const {
  int k = SubjectStart(cb, cue);
  if (!InList(k, en_.demonstratives)) return false;
  ++k;
  // "These actions", "Such steps": one noun, no actor nor cue.
  if (k < cue && units_[k].kind == UK::kWord && hit_at_[k] == -1 && MatchList(k, lex_.copula) < 0 &&
      !InList(k, en_.perfect_auxiliaries))
    ++k;
  return PredicateLeadsTo(k, cue);
}

// Whether a predicate opens at `k` and reaches the evaluation cue at `cue`:
// auxiliaries and adverbs, a copula or an evidential verb ("That indicates
// disregard for ...", "This shows contempt for ..."), then only adverbs,
// articles and modifiers ("is a flagrant", "has been an outright").
bool SentenceAnalyzer::PredicateLeadsTo(int k, int cue) const {
  while (k < cue && (InList(k, en_.perfect_auxiliaries) || IsAdverb(k))) ++k;
  int c = MatchList(k, lex_.copula);
  if (c < 0 && InList(k, en_.evidential_verbs)) c = k + 1;
  if (c < 0) return false;
  k = c;
  while (k < cue && (IsAdverb(k) || InList(k, en_.articles) || ModifierShaped(k) ||
                     InList(k, en_.premodifier_words)))
    ++k;
  return k == cue;
}

// Whether the noun phrase of the evaluation cue at `cue` opens with a
// demonstrative, past modifiers and intensifying cues ("This illegal
// process", "Those blatant violations", "such provocations"): it refers
// back. "that" only as the clause's subject ("We note that illegal ..." is
// a conjunction).
bool SentenceAnalyzer::DemonstrativePhrase(int cb, int cue) const {
  int k = cue - 1;
  for (int steps = 0; steps < 3 && k >= cb; ++steps) {
    const bool evaluation = FrameAt(k, CueFrame::kEvaluation);
    if (!(IsAdverb(k) || ModifierShaped(k) || InList(k, en_.premodifier_words) || evaluation))
      break;
    --k;
  }
  if (k < cb || !InList(k, en_.demonstratives)) return false;
  return !IsWord(k, "that") || SubjectStart(cb, cue) == k;
}

// Whether the clause before the wrongdoing cue `cue` has as its subject a
// demonstrative or definite noun that stands for a state ("That country",
// "the regime", "those authorities"), then only a verb group.
bool SentenceAnalyzer::StateAnaphorSubject(int cb, int cue) const {
  int k = SubjectStart(cb, cue);
  // "Our (northern) neighbour continues to ...": the speaker's neighbour
  // (english.json neighbour_nouns).
  if (IsWord(k, "our")) {
    int m = k + 1;
    if (m < cue && (ModifierShaped(m) || EndsWithOne(units_[m].low, en_.compass_endings))) ++m;
    return InList(m, en_.neighbour_nouns) && VerbGroupOnly(m + 1, cue);
  }
  const bool demonstrative = InList(k, en_.demonstratives);
  if (!demonstrative && !IsWord(k, "the")) return false;
  ++k;
  int e = MatchList(k, lex_.state_agent);
  if (e < 0 && demonstrative && InList(k, en_.state_anaphor_nouns)) e = k + 1;
  // "Those actions violate ...", "these attempts undermine ...": the
  // conduct of the state criticised before.
  if (e < 0 && demonstrative) e = MatchList(k, lex_.conduct_noun);
  if (e < 0) return false;
  return VerbGroupOnly(e, cue);
}

// Whether the clause before the wrongdoing cue `cue` has a bare "they" or
// "it" as its subject, then only a verb group ("Now they hope to disrupt",
// "it continues to violate"): with a criticism in the sentence right
// before, and no nearer antecedent, the state criticised there.
bool SentenceAnalyzer::StatePronounSubject(int cb, int cue) const {
  const int k = SubjectStart(cb, cue);
  if (!InList(k, en_.state_pronouns)) return false;
  // "they hope to disrupt", "it is trying to destabilise": a verb of
  // intent before "to" counts as the verb group.
  int v = k + 1;
  if (v < cue && units_[v].kind == UK::kWord && hit_at_[v] == -1 && IsWord(v + 1, "to") &&
      VerbGroupOnly(v + 1, cue))
    return true;
  return VerbGroupOnly(v, cue);
}

// Whether [k, cue) is only a verb group: auxiliaries, forms of "be",
// modals, adverbs, duties, "continue(s) to".
bool SentenceAnalyzer::VerbGroupOnly(int k, int cue) const {
  for (; k < cue; ++k) {
    const int o = MatchList(k, lex_.obligation);
    if (o > k) {
      k = o - 1;
      continue;
    }
    if (!(IsAdverb(k) || InList(k, en_.perfect_auxiliaries) || IsPredicatePrefix(k) ||
          IsBeForm(k) || InList(k, en_.continuation_verbs) || IsWord(k, "to")))
      return false;
  }
  return true;
}

// The government of the person "he" or "she" at the clause's start refers
// to: the last person of the paragraph before it whose entry names a
// government (`org`), as in "President X has committed to ... . But he has
// broken that commitment."
bool SentenceAnalyzer::PersonPronounState(int cb, int cue, ActorRef* out) const {
  const int k = SubjectStart(cb, cue);
  if (!InList(k, en_.person_pronouns) || !VerbGroupOnly(k + 1, cue)) return false;
  const uint32_t pos = units_[k].span.begin;
  for (auto it = ents_.rbegin(); it != ents_.rend(); ++it) {
    if (it->span.end > pos) continue;
    if (it->span.begin < para_->begin) break;
    if (it->kind != "person") continue;
    const ActorRef person{ActorView{it->id, it->kind, it->text, it->span}, "discourse",
                          kDiscourseConf};
    return StateOfEntity(person, out);
  }
  return false;
}

// Whether the speaker has an adversary in this speech: a state it
// criticised at least twice in a row, with no praise of it since. Cheap: it
// lets a sentence without a cue go on to AdversarySubject.
bool SentenceAnalyzer::AdversaryMayApply() const {
  return has_adversary() && speaker_ && speaker_->id == last_criticised_holder_;
}

// The speech's adversary as the subject of a main clause the speaker
// asserts ("Instead, Russia has rejected the draft", "The Russian
// Federation is challenging the very principles of the Charter"): in a
// speech that has criticised that state twice in a row, what the speaker
// goes on to say it does is more of that criticism. No stance when the
// sentence already criticises it, when the state's own support is in the
// sentence, or when the sentence opens with anything but openers and
// adverbs ("If Russia ...", "With Russia ..."); `via: adversary`, a low
// score.
void SentenceAnalyzer::AdversarySubject(const std::vector<Stance>& out, size_t first) {
  if (!AdversaryMayApply()) return;
  for (const Stance& c : critiques_)
    if (c.actor.id == speaker_->id && c.target.entity == last_criticised_) return;
  for (size_t i = first; i < out.size(); ++i) {
    const Stance& o = out[i];
    if (o.sentence != sidx_) continue;
    if (o.actor.id == speaker_->id && o.target.entity == last_criticised_) return;
    if (o.polarity == "support" && StandsFor(o.actor, last_criticised_)) return;
  }
  int k = SubjectStart(0, n());
  if (IsWord(k, "the")) ++k;
  ActorRef st;
  int end = k + 1;
  // The state itself, not its officials or a body of it ("officials from
  // Russia said ...": their words, not the state's conduct).
  const bool named = IsActor(k) && ActorAt(k).kind == "government" &&
                     text_[units_[k].span.begin] >= 'A' && text_[units_[k].span.begin] <= 'Z';
  if (!(named && StateOf(k, &st)) && !CapitalOrgansAt(k, &end, &st)) return;
  if (st.actor.id != last_criticised_) return;
  // A demonym only before the state's own forces or officials ("Russian
  // troops"), not any noun ("a Russian citizen").
  if (units_[k].ent >= 0 && ents_[units_[k].ent].form == "demonym" &&
      MatchList(k + 1, lex_.state_agent) < 0)
    return;
  // "Russia and Ukraine must ...": not the adversary alone.
  int after = end;
  if (IsWord(after, "'s")) ++after;
  if ((IsWord(after, "and") || IsPunct(after, ',')) && IsActor(after + 1)) return;
  if (after >= n() - 1) return;
  // "Russia said ...": the state's own words, reported.
  int v = after;
  while (IsAdverb(v)) ++v;
  if (MatchList(v, lex_.report) > v) return;
  // What the speaker asks of the state, or says it is, with no wrong or
  // judgement in the sentence: "Russia must use its influence over the
  // separatists", "Russia should engage in dialogue", "Russia is a
  // permanent member", "Russia can be under no misapprehension" (a request
  // or a description; the UNSCon gold counts none); "Moscow must reject
  // these unlawful actions" still is one.
  bool judged = false;
  for (int u = after; u < n() && !judged; ++u)
    judged = (hit_at_[u] >= 0 && lex_.defs[hits_[hit_at_[u]].def].frame != CueFrame::kNone) ||
             NamesWrong(u);
  if (!judged) {
    if (MatchList(v, lex_.obligation) > v) return;
    int w = v;
    while (w < n() && (InList(w, en_.predicate_auxiliaries) || IsAdverb(w))) ++w;
    if (MatchList(w, lex_.copula) > w && !NegationAt(w + 1) && !IsIngForm(w + 1)) return;
  }
  const Span target{units_[after].span.begin, units_[n() - 1].span.begin};
  if (target.size() == 0) return;
  AddSpeakerCritique(target, {units_[k].span.begin, units_[n() - 1].span.end}, "adversary",
                     kAdversaryConf);
}

// The speaker's criticism of the state it last criticised
// (last_criticised_), found across sentences: `target` is the conduct,
// `evidence` the sentence's span, `via` how it was found, `score` its
// confidence (rounded to two places). Pending in critiques_ (CriticismPass).
void SentenceAnalyzer::AddSpeakerCritique(Span target, Span evidence, std::string_view via,
                                          double score) {
  Stance s;
  s.actor.id = speaker_->id;
  s.actor.kind = speaker_->kind;
  s.actor.text = speaker_->text;
  s.actor.span = speaker_->span;
  s.polarity = "oppose";
  s.act = "criticise";
  s.target.span = target;
  s.target.text = std::string(text_.substr(target.begin, target.size()));
  s.target.entity = last_criticised_;
  s.target.kind = "government";
  s.span = evidence;
  s.sentence = sidx_;
  s.modality = "asserted";
  s.via = std::string(via);
  s.score = std::round(score * 100.0) / 100.0;
  critiques_.push_back(std::move(s));
}

// "Russia has deployed troops in Crimea. Such actions violate international
// law": a demonstrative and a conduct noun opening the sentence as the
// subject of a wrongdoing verb are the act of the government that opens the
// sentence before (PreviousSubject), not the holder itself.
void SentenceAnalyzer::PreviousActDoer(DoerSearch* d) {
  const HitState& s = *d->s;
  const int k = SubjectStart(s.cb, s.h.b);
  if (k != 0 || !InList(k, en_.demonstratives)) return;
  const int e = MatchList(k + 1, lex_.conduct_noun);
  if (e < 0 || !VerbGroupOnly(e, s.h.b)) return;
  const std::vector<ActorRef> prev = PreviousSubject(k);
  if (prev.empty() || prev[0].actor.kind != "government" || prev[0].actor.id == d->holder.actor.id)
    return;
  ActorRef st = prev[0];
  st.via = "discourse";
  st.conf = 0.6;
  d->states.push_back(st);
  d->via = "discourse";
  d->from = s.cb;
}

// "The separatists seized the airport with Russian support": the state
// whose hand the wrong's clause names (SponsorshipIn), when no state does
// the wrong itself; not a passive ("were attacked with Russian support"
// names victims).
void SentenceAnalyzer::SponsorshipDoer(DoerSearch* d) {
  const HitState& s = *d->s;
  if (PassiveBefore(s.cb, s.h.b + 1)) return;
  ActorRef st;
  if (!SponsorshipIn(s.cb, s.ce, &st) || st.actor.id == d->holder.actor.id) return;
  st.conf *= 0.8;
  d->states.push_back(st);
}

// "It is Russia that is fuelling this conflict", "It was the Syrian regime
// that dropped the bombs": a cleft names the doer before "that" or "who",
// and a verb group leads from there to the wrong. Not a negated cleft ("It
// is not Ukraine that ...", the actors' loop in FrameHit).
bool SentenceAnalyzer::CleftSubjectAt(int cue, ActorRef* out) const {
  for (int k = 0; k + 3 < cue; ++k) {
    if (!(IsWord(k, "it") && (IsWord(k + 1, "is") || IsWord(k + 1, "was")))) continue;
    const int a = k + 2 + IsWord(k + 2, "the");
    int e = a + 1;
    if (IsActor(a)) {
      if (!StateOf(a, out)) return false;
      // "the Russian Federation's forces", "the Syrian regime": its organs.
      const int organs = MatchList(e, lex_.state_agent);
      if (organs > e) e = organs;
    } else if (!CapitalOrgansAt(a, &e, out)) {
      return false;
    }
    return (IsWord(e, "that") || IsWord(e, "who")) && VerbGroupOnly(e + 1, cue);
  }
  return false;
}

void SentenceAnalyzer::CleftSubjectDoer(DoerSearch* d) {
  ActorRef st;
  if (CleftSubjectAt(d->s->h.b, &st) && st.actor.id != d->holder.actor.id) d->states.push_back(st);
}

// "Iran has sent fighters to Syria to prop up the regime", "The DPRK
// conducted the test to threaten its neighbours": a wrong in a purpose
// infinitive after a verb of doing or sending (markers perpetration) is
// done by that verb's subject, a state no preposition governs.
void SentenceAnalyzer::PurposeDoer(DoerSearch* d) {
  const HitState& s = *d->s;
  if (!IsWord(s.h.b - 1, "to")) return;
  for (int v = s.h.b - 2; v > s.cb; --v) {
    if (units_[v].kind == UK::kPunct) return;
    const int pe = MatchList(v, lex_.perpetration);
    if (pe <= v || pe >= s.h.b) continue;
    // Not under a duty ("must use force to suppress ..." says what the
    // subject is made to do, no wrong it did).
    for (int k = s.cb; k < v; ++k)
      if (MatchList(k, lex_.obligation) > k) return;
    ActorRef st;
    if (ClauseSubjectState(s.cb, v, &st) && st.actor.id != d->holder.actor.id)
      d->states.push_back(st);
    return;
  }
}

// "The presence of Russian troops in Crimea violates international law",
// "The deployment of Russian forces threatens ...": a conduct noun (markers
// conduct_noun) of a state's organs opening the subject, then at most a
// phrase of place, then a verb group only before the wrong.
void SentenceAnalyzer::ConductOfOrgansDoer(DoerSearch* d) {
  const HitState& s = *d->s;
  int k = SubjectStart(s.cb, s.h.b);
  if (IsWord(k, "the")) ++k;
  const int ne = MatchList(k, lex_.conduct_noun);
  if (ne <= k || !IsWord(ne, "of")) return;
  const int c = ne + 1 + IsWord(ne + 1, "the");
  ActorRef st;
  if (!OrgansAfterAdjective(c, &st)) return;
  int e = OrgansEnd(c);
  // "in Crimea", "on Ukrainian soil", "along the border".
  if (e < s.h.b && units_[e].kind == UK::kWord && MatchList(e, lex_.place_preposition) == e + 1) {
    int p = e + 1;
    while (p < s.h.b && p < e + 6 && units_[p].kind != UK::kPunct && !VerbGroupOnly(p, s.h.b)) ++p;
    e = p;
  }
  if (e > s.h.b || !VerbGroupOnly(e, s.h.b) || st.actor.id == d->holder.actor.id) return;
  d->states.push_back(st);
}

}  // namespace caucus::stance
