// The actor search for one cue: a table of sieves, tried in order until one
// finds who holds the stance (CoreNLP's deterministic coreference sieves are
// the model: each sieve small, named and tested alone, the order one list).
// A new construction is a new sieve in kActorSieves, at the place where it
// should win over the ones after it.
#include <algorithm>

#include "stance/sentence.h"

namespace caucus::stance {

// Who holds a cue's stance, tried in this order. The sieves after "passive"
// look before the cue for a subject, so they skip a passive verb and a
// nominal cue without a light verb.
const SentenceAnalyzer::NamedSieve SentenceAnalyzer::kActorSieves[] = {
    // "the plan drew criticism from civil society", "is unacceptable to most countries"
    {"holder-after", &SentenceAnalyzer::HolderAfterSieve},
    // "Russia's proposal", "the US opposition to", "its proposal", "the Russia-led proposals"
    {"possessive", &SentenceAnalyzer::PossessiveSieve},
    // "a proposal made by Brazil", "support from the US", "defense of X came from Iran",
    // "A proposal for a treaty has been put forward by a group of Arab states"
    {"by-phrase", &SentenceAnalyzer::ByPhraseSieve},
    // "the proposal was opposed by the US", "a counterproposal co-signed by Canada"
    {"passive", &SentenceAnalyzer::PassiveSieve},
    // "several governments who intervened to call for"
    {"relative-clause", &SentenceAnalyzer::RelativeClauseSieve},
    // "Brazil, supported by India, proposed", "the US and Sweden call for"
    {"subject", &SentenceAnalyzer::SubjectSieve},
    // "it intended", "the delegation said", "they rejected"
    {"pronoun", &SentenceAnalyzer::PronounSieve},
    // "proposed X and rejected Y": the first predicate's subject
    {"shared-subject", &SentenceAnalyzer::SharedSubjectSieve},
    // "Moscow continues to support the separatists": a capital or its organs
    {"capital-subject", &SentenceAnalyzer::CapitalSubjectSieve},
    // "The initial proposal ... appeared to champion": the paragraph's last proposer
    {"proposer", &SentenceAnalyzer::ProposerSieve},
};

bool SentenceAnalyzer::FindActors(HitState* s) {
  for (const NamedSieve& sieve : kActorSieves) {
    if (!s->actors.empty()) break;
    if (!(this->*sieve.run)(s)) return false;
    if (!s->actors.empty()) s->sieve = sieve.name;
  }
  return true;
}

bool SentenceAnalyzer::SubjectSearchApplies(const HitState& s) {
  return !s.passive && (s.def.pos != CuePos::kNoun || s.anchor != s.h.b);
}

bool SentenceAnalyzer::HolderAfterSieve(HitState* s) {
  // The holder follows the cue: "the plan drew criticism from civil society",
  // "is unacceptable to most countries"; the target is the clause subject.
  if (!s->def.holder_after || s->anchor != s->h.b) return true;
  return HolderAfter(s->h, s->cb, s->ce, &s->actors, &s->target);
}

bool SentenceAnalyzer::PossessiveSieve(HitState* s) {
  const Hit& h = s->h;
  // Possessive: "Russia's proposal", "the US opposition to", "its proposal".
  int k = h.b - 1;
  if (IsWord(k, "'s")) --k;
  // "the Russia-led proposals", "a US-drafted text".
  if (s->nominal_use && IsPunct(k - 1, '-') && IsActor(k - 2) &&
      (IsWord(k, "led") || IsWord(k, "drafted") || IsWord(k, "sponsored") ||
       IsWord(k, "authored") || IsWord(k, "proposed")))
    k -= 2;
  if (!s->nominal_use && CompoundParticiple(h)) {
    s->actors.push_back({ActorAt(h.b - 2), "", 1.0});
  } else if (IsActor(k) && (s->nominal_use || IsWord(h.b - 1, "'s"))) {
    s->actors.push_back({ActorAt(k), "", 1.0});
  } else if (IsWord(h.b - 1, "its") || IsWord(h.b - 1, "their") || IsWord(h.b - 1, "his") ||
             IsWord(h.b - 1, "her")) {
    if (s->anchor == h.b || s->def.pos == CuePos::kNoun) {
      int e;
      Coref(h.b - 1, &e, &s->actors);
    }
  } else if (speaker_ != nullptr && s->anchor == h.b &&
             ((s->nominal_use && (IsWord(h.b - 1, "our") || IsWord(h.b - 1, "my"))) ||
              // "our continued support", "on my full solidarity": one modifier
              // (a noun after a preposition, whatever the cue's entry says).
              ((IsWord(h.b - 2, "our") || IsWord(h.b - 2, "my")) &&
               (ModifierShaped(h.b - 1) || InList(h.b - 1, en_.backing_modifiers)) &&
               (s->nominal_use || InList(h.b - 3, en_.prepositions)) &&
               // ("to our deep regret, ..." is a sentence adverbial)
               s->def.polarity == "support"))) {
    // "our support for", "in our fight against": the speaker's.
    s->actors.push_back({*speaker_, speaker_via_, 1.0});
  }
  return true;
}

// "a US-backed coup": a participle cue joined by a hyphen to the name of
// its actor.
bool SentenceAnalyzer::CompoundParticiple(const Hit& h) const {
  return h.e == h.b + 1 && IsPunct(h.b - 1, '-') && IsActor(h.b - 2) &&
         units_[h.b].low.size() > 3 && units_[h.b].low.substr(units_[h.b].low.size() - 2) == "ed" &&
         units_[h.b - 2].span.end == units_[h.b - 1].span.begin &&
         units_[h.b - 1].span.end == units_[h.b].span.begin;
}

bool SentenceAnalyzer::ByPhraseSieve(HitState* s) {
  if (!s->nominal_use || s->anchor != s->h.b) return true;
  const Hit& h = s->h;
  const int ce = s->ce;
  std::vector<ActorRef>& actors = s->actors;
  Target& target = s->target;
  // "proposal made by Brazil", "support from the US".
  int k = h.e;
  // "made by", "put forward by": up to two words of english.json's
  // holder_participles.
  for (int step = 0; step < 2 && InList(k, en_.holder_participles); ++step) ++k;
  if (IsWord(k, "by") || IsWord(k, "from")) {
    actors = ListAfter(k + 1, ce);
  }
  // The cue as the subject of a passive: "A proposal for a new treaty has
  // been put forward by a group of Arab states"; the target is what lies
  // between.
  for (int i = h.e + 1; actors.empty() && i + 1 < ce && i < h.e + 25; ++i) {
    if (units_[i].kind == UK::kPunct) break;
    if (!InList(i, en_.nominal_passive_be_forms)) continue;
    int m = i + 1;
    while (IsAdverb(m)) ++m;
    bool made = false;
    for (int step = 0; step < 2 && InList(m, en_.holder_participles); ++step) {
      ++m;
      made = true;
    }
    if (!made || !IsWord(m, "by")) continue;
    ++m;
    // "by a group of Arab states", "by a coalition of".
    if ((IsWord(m, "a") || IsWord(m, "an")) && IsActor(m + 1)) ++m;
    if ((IsWord(m, "a") || IsWord(m, "an")) &&
        (IsWord(m + 1, "group") || IsWord(m + 1, "coalition") || IsWord(m + 1, "bloc")) &&
        IsWord(m + 2, "of"))
      m += 3;
    actors = ListAfter(m, ce);
    if (actors.empty()) break;
    for (auto& a : actors) a.via = "passive";
    int e = i;
    while (e > h.e && (IsWord(e - 1, "has") || IsWord(e - 1, "have") || IsWord(e - 1, "had") ||
                       units_[e - 1].kind == UK::kPunct))
      --e;
    if (e > h.e) {
      target.t.span = {units_[h.e].span.begin, units_[e - 1].span.end};
      target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
      target.end_unit = e;
      LinkTarget(h.e, e, &target.t);
    }
  }
  if (!actors.empty()) return true;
  // "The most impassioned defense of X came from the delegate from Iran".
  for (int i = h.e; i + 1 < ce; ++i) {
    if ((IsWord(i, "came") || IsWord(i, "comes") || IsWord(i, "come")) && IsWord(i + 1, "from")) {
      int a = i + 2;
      if (IsWord(a, "the")) ++a;
      actors = ListAfter(a, ce);
      if (!actors.empty()) target.t.span.end = std::min(target.t.span.end, units_[i].span.begin);
      break;
    }
  }
  if (!actors.empty()) {
    // Re-trim the target to end before "came from".
    int e = target.end_unit;
    for (int i = h.e; i < e; ++i) {
      if (IsWord(i, "came") || IsWord(i, "comes") || IsWord(i, "come")) e = i;
    }
    while (e > h.e && units_[e - 1].kind == UK::kPunct) --e;
    if (e > h.e) {
      int b = h.e;
      target.t.span = {units_[b].span.begin, units_[e - 1].span.end};
      target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
      target.end_unit = e;
      LinkTarget(b, e, &target.t);
    }
  }
  return true;
}

bool SentenceAnalyzer::PassiveSieve(HitState* s) {
  const Hit& h = s->h;
  if (s->def.pos != CuePos::kVerb || s->anchor != h.b) return true;
  const int cb = s->cb, ce = s->ce;
  Target& target = s->target;
  // Passive: "the proposal was opposed by the US".
  int k = h.b - 1;
  while (IsAdverb(k) || IsWord(k, "not")) --k;
  // Reduced passive: "the plan, co-signed by Russia", "a proposal widely
  // criticised by activists", "put forward by a group of states".
  const bool reduced = ReducedPassive(h, k);
  // "Western Sahara remains occupied": a wrong's participle after a verb
  // of english.json stative_passive_verbs is a passive too, whose subject
  // suffers the wrong.
  const bool stative =
      s->def.frame == CueFrame::kWrongdoing && InList(k, en_.stative_passive_verbs);
  if (!reduced && !IsBeForm(k) && !stative) return true;
  std::string_view w = units_[h.b].low;
  if (!reduced &&
      !(w.size() > 2 &&
        (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 2, 2, "en") == 0)) &&
      !InList(h.b, en_.irregular_participles))
    return true;
  s->passive = true;
  int by = h.e;
  if (IsAdverb(by)) ++by;
  // Coordinated participles: "are trained, armed and funded by Russia".
  while ((IsPunct(by, ',') || IsWord(by, "and")) && by + 1 < ce) {
    const int p = IsPunct(by, ',') && IsWord(by + 1, "and") ? by + 2 : by + 1;
    if (!(units_[p].kind == UK::kWord && ModifierShaped(p) && hit_at_[p] == -1)) break;
    by = p + 1;
  }
  if (!IsWord(by, "by")) return true;
  s->actors = ListAfter(by + 1, ce);
  // A wrong done by doers a state stands behind: "was shot down by
  // Russian-backed separatists", "by militants armed by Russia".
  ActorRef sponsor;
  int sponsored_end = 0;
  if (s->def.frame == CueFrame::kWrongdoing &&
      SponsoredPhrase(by + 1, ce, &sponsor, &sponsored_end)) {
    sponsor.conf *= 0.8;
    s->actors = {sponsor};
  }
  for (auto& a : s->actors) a.via = "passive";
  // The target is the subject of the passive clause; in a relative clause
  // ("a proposal that was criticised by"), the noun phrase before "that",
  // after any earlier cue.
  int sb = cb;
  if (IsWord(k - 1, "that") || IsWord(k - 1, "which")) {
    for (int p = 0; p < s->hi; ++p)
      if (hits_[p].e <= k - 1) sb = std::max(sb, hits_[p].e);
    --k;
    while (k > sb && units_[k - 1].kind == UK::kPunct) --k;
  } else if (reduced && !AnyBeForm(std::max(cb, h.b - 3), h.b)) {
    // (Not a full passive with a word between: "was first proposed by", "has
    // long been promoted by".) "has made a counterproposal co-signed by
    // Canada": the noun phrase the participle follows.
    ++k;
    while (k > cb &&
           (units_[k - 1].kind == UK::kPunct ||
            (units_[k - 1].kind == UK::kWord &&
             en_.reduced_passive_adverbs.Contains(internal::LowerWord(units_[k - 1].low)))))
      --k;
    // Coordinated participles before it ("Separatists, armed and supported
    // by Russia"): the noun phrase before the first of them.
    while (k - 2 > cb && (IsWord(k - 1, "and") || IsPunct(k - 1, ',')) && ModifierShaped(k - 2)) {
      k -= 2;
      while (k > cb && units_[k - 1].kind == UK::kPunct) --k;
    }
    sb = NounPhraseStart(k, cb);
  }
  while (sb < k && units_[sb].kind == UK::kPunct) ++sb;
  if (k > sb) {
    target.t.span = {units_[sb].span.begin, units_[k - 1].span.end};
    target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
    LinkTarget(sb, k, &target.t);
  }
  return true;
}

bool SentenceAnalyzer::RelativeClauseSieve(HitState* s) {
  if (!SubjectSearchApplies(*s)) return true;
  const int cb = s->cb;
  // Relative clause: "several governments who intervened to call for".
  int k = s->anchor - 1;
  int glue = 0;
  // A determiner in between opens a noun phrase of the clause's own: "hawks
  // in Canada that some of the strongest advocates ..." is no clause of
  // Canada's.
  bool own_phrase = false;
  while (k >= cb && glue < 6 && units_[k].kind == UK::kWord && !IsWord(k, "who") &&
         !IsWord(k, "which") && !IsWord(k, "that")) {
    own_phrase |=
        InList(k, en_.relative_subject_determiners) || InList(k, en_.possessive_determiners);
    --k;
    ++glue;
  }
  if (own_phrase) return true;
  if (!(IsWord(k, "who") || IsWord(k, "which") || (IsWord(k, "that") && IsActor(k - 1))))
    return true;
  int a = k - 1;
  if (IsPunct(a, ',')) --a;
  if (!IsActor(a)) return true;
  s->actors = ListAt(a, cb);
  // "A and B were among several governments who ...": A and B too.
  int m = a - (IsActor(a) ? 1 : 0);
  while (m >= cb && units_[m].kind == UK::kWord && !IsWord(m, "among") && a - m < 4) --m;
  if (IsWord(m, "among")) {
    int b = m - 1;
    while (b >= cb && (InList(b, en_.among_be_forms) || IsAdverb(b))) --b;
    if (IsActor(b)) {
      std::vector<ActorRef> more = ListAt(b, cb);
      more.insert(more.end(), s->actors.begin(), s->actors.end());
      s->actors = std::move(more);
    }
  }
  return true;
}

bool SentenceAnalyzer::SubjectSieve(HitState* s) {
  if (!SubjectSearchApplies(*s)) return true;
  const int cb = s->cb, anchor = s->anchor;
  Parse& parse = s->parse;
  parse = ParseSubject(cb, anchor);
  // "We join the Secretary-General in calling for X": the joiner holds the
  // stance, not the one joined; "we have no hesitation in supporting X":
  // the subject before "have" (english.json joining_verbs,
  // hesitation_nouns).
  if (anchor == s->h.b && IsIngForm(s->h.b) && IsWord(anchor - 1, "in")) {
    int frame = -1;
    if (anchor - 3 > cb && IsWord(anchor - 3, "no") && InList(anchor - 2, en_.hesitation_nouns)) {
      frame = anchor - 4;
      while (frame > cb && IsAdverb(frame)) --frame;
      if (!(IsWord(frame, "have") || IsWord(frame, "has") || IsWord(frame, "had"))) frame = -1;
    } else {
      for (int k = anchor - 2; k > cb && k >= anchor - 10 && frame < 0; --k)
        if (InList(k, en_.joining_verbs) && parse.ok && !parse.subjects.empty() &&
            units_[k].span.end <= parse.subjects.front().actor.span.begin)
          frame = k;
    }
    if (frame > cb) {
      Parse joiner = ParseSubject(cb, frame);
      if (joiner.ok) {
        s->actors = joiner.subjects;
        parse = std::move(joiner);
        return true;
      }
    }
  }
  // "We take (use) this opportunity to reaffirm our support for X": the
  // subject before the verb of "this opportunity" (english.json
  // occasion_nouns).
  if (anchor == s->h.b && anchor - 4 > cb && IsWord(anchor - 1, "to") &&
      InList(anchor - 2, en_.occasion_nouns) &&
      (InList(anchor - 3, en_.articles) || InList(anchor - 3, en_.demonstratives))) {
    Parse taker = ParseSubject(cb, anchor - 4);
    if (taker.ok && taker.subject_end <= anchor - 4 && taker.subject_end >= anchor - 8) {
      s->actors = taker.subjects;
      parse = std::move(taker);
      return true;
    }
  }
  if (parse.ok && anchor == s->h.b && IsIngForm(s->h.b)) {
    // A gerund takes its subject only when adjacent: "Russia clearly
    // calling for", not "IXPs, the IPv6 transition, and supporting".
    for (int k = parse.subject_end; k < anchor; ++k) {
      // The organs named after a demonym: "the Ukrainian army is shelling",
      // "Russian armed forces are massing" (cues.json state_agent).
      if (const int organs = k == parse.subject_end ? MatchList(k, lex_.state_agent) : -1;
          organs > k) {
        k = organs - 1;
        continue;
      }
      bool ok = IsAdverb(k) || IsWord(k, "always") || IsWord(k, "still");
      ok |= InList(k, en_.gerund_subject_glue);
      // "Armenia persists in violating": "in" after a verb of going on.
      ok |= IsWord(k, "in") && k > parse.subject_end && InList(k - 1, en_.continuation_verbs);
      // The perfect progressive: "has (always) been supporting".
      ok |= (IsWord(k, "has") || IsWord(k, "have") || IsWord(k, "had")) &&
            (IsWord(k + 1, "been") || IsWord(k + 2, "been"));
      // "A joined partners in welcoming ...": the joiner's stance.
      if (IsWord(anchor - 1, "in") && InList(k, en_.joining_verbs)) break;
      if (!ok) parse = Parse();
    }
  }
  if (parse.ok) s->actors = parse.subjects;
  // "Iran praised the ITU and spoke in favour of": an actor inside the
  // previous predicate's target is its object; the predicates share the
  // subject.
  int k = anchor - 1;
  while (IsAdverb(k)) --k;
  if (!parse.ok || !(IsWord(k, "and") || IsWord(k, "but"))) return true;
  for (int p = s->hi - 1; p >= 0; --p) {
    if (!hit_done_[p] || hits_[p].role || ClauseStart(hits_[p].b) != cb) continue;
    if (EmbeddedHit(p, cb)) continue;
    const Span ts = hit_targets_[p].t.span;
    bool inside = std::all_of(parse.subjects.begin(), parse.subjects.end(),
                              [&](const ActorRef& a) { return ts.Contains(a.actor.span); });
    // Not when that target is a clause with its own subject: "urge all
    // parties to cease fire and support", "hope that all countries will
    // respect ... and uphold".
    for (int u = hits_[p].e; u < k && inside; ++u)
      inside = !(units_[u].kind == UK::kWord &&
                 en_.clausal_target_words.Contains(internal::LowerWord(units_[u].low)));
    if (inside && !hit_actors_[p].empty()) {
      s->actors = hit_actors_[p];
      parse = Parse();
      parse.subject_end = k;  // negation is looked for after the "and"
    }
    break;
  }
  return true;
}

bool SentenceAnalyzer::PronounSieve(HitState* s) {
  if (!SubjectSearchApplies(*s)) return true;
  // Pronoun or definite description: "it intended", "the delegation said".
  int k = s->anchor - 1;
  int glue = 0, coref_end = 0;
  while (k >= s->cb && glue < 5 && units_[k].kind == UK::kWord &&
         !Coref(k, &coref_end, &s->actors)) {
    --k;
    ++glue;
  }
  if (!s->actors.empty()) {
    // A "the delegation" phrase must not swallow the cue.
    bool copula = false;
    for (int i = k + 1; i < s->anchor; ++i) copula |= IsWord(i, "is") || IsWord(i, "was");
    if (copula && (IsWord(k, "it"))) s->actors.clear();
  }
  return true;
}

// Whether hit p lies inside the target of an earlier hit of the clause
// starting at cb ("support the Secretary-General's proposal for X and call
// for Y": "proposal"): no predicate of the clause, whose subject a later
// coordinated predicate would share.
bool SentenceAnalyzer::EmbeddedHit(int p, int cb) const {
  for (int q = p - 1; q >= 0; --q)
    if (hit_done_[q] && !hits_[q].role && ClauseStart(hits_[q].b) == cb &&
        hit_targets_[q].t.span.Contains(units_[hits_[p].b].span))
      return true;
  return false;
}

bool SentenceAnalyzer::SharedSubjectSieve(HitState* s) {
  if (!SubjectSearchApplies(*s)) return true;
  // Coordinated predicates share the subject: "proposed X and rejected Y",
  // "opposed X and therefore cannot fail to defend Y".
  int k = s->anchor - 1;
  for (int steps = 0; steps < 5 && IsPredicatePrefix(k); ++steps) --k;
  if (!(IsWord(k, "and") || IsWord(k, "but") || IsPunct(k, ','))) return true;
  for (int p = s->hi - 1; p >= 0; --p) {
    if (hit_done_[p] && !hit_actors_[p].empty() && ClauseStart(hits_[p].b) == s->cb &&
        IsIngForm(hits_[p].b) == IsIngForm(s->h.b) && !EmbeddedHit(p, s->cb)) {
      s->actors = hit_actors_[p];
      s->parse.subject_end = k;  // the first predicate's negation is its own
      break;
    }
  }
  return true;
}

bool SentenceAnalyzer::CapitalSubjectSieve(HitState* s) {
  if (!SubjectSearchApplies(*s) || s->def.pos != CuePos::kVerb) return true;
  // A capital or its organs as the subject of a verb cue, before a verb
  // group only: "Moscow continues to support the separatists", "the
  // authorities in Damascus rejected the plan" (stands for its state).
  const int subject = SubjectStart(s->cb, s->h.b);
  int capital_end = 0;
  ActorRef st;
  if (CapitalOrgansAt(subject, &capital_end, &st) && !AfterPlacePreposition(subject) &&
      VerbGroupOnly(capital_end, s->h.b))
    s->actors.push_back(st);
  return true;
}

bool SentenceAnalyzer::ProposerSieve(HitState* s) {
  if (s->passive) return true;
  const Hit& h = s->h;
  // "The initial proposal ... appeared to champion": the proposer's stance.
  int k = s->cb;
  while (k < h.b && (units_[k].kind == UK::kPunct || InList(k, en_.proposal_modifiers))) ++k;
  if ((IsWord(k, "proposal") || IsWord(k, "draft") || IsWord(k, "text")) && k < h.b &&
      !para_->proposals.empty() && s->def.pos != CuePos::kNoun) {
    s->actors = para_->proposals.back().actors;
    for (auto& a : s->actors) {
      a.via = "coreference";
      a.conf = 0.6;
    }
  }
  return true;
}

// A cue whose holder follows it ("drew criticism from X"): the actors listed
// after the cue, and as target the subject of the verb before it ("found",
// "drew", "is"), after a "that". False when either is missing.
bool SentenceAnalyzer::HolderAfter(const Hit& h, int cb, int ce, std::vector<ActorRef>* actors,
                                   Target* target) {
  int v = h.b - 1;
  while (v > cb && (IsAdverb(v) || InList(v, en_.holder_after_glue))) --v;
  if (v < cb || !InList(v, en_.holder_after_verbs)) return false;
  int sb = cb;
  for (int k = cb; k < v; ++k)
    if (IsWord(k, "that")) sb = k + 1;
  while (sb < v && units_[sb].kind == UK::kPunct) ++sb;
  int se = v;
  while (se > sb && (IsAdverb(se - 1) || IsWord(se - 1, "has") || IsWord(se - 1, "have") ||
                     IsWord(se - 1, "had") || units_[se - 1].kind == UK::kPunct))
    --se;
  if (se <= sb) return false;
  *actors = ListAfter(h.e, ce);
  if (actors->empty()) return false;
  target->t.span = {units_[sb].span.begin, units_[se - 1].span.end};
  target->t.text = std::string(text_.substr(target->t.span.begin, target->t.span.size()));
  LinkTarget(sb, se, &target->t);
  return true;
}

// A participle cue followed by "by" and an actor, not itself after an actor
// (that would be an active verb): "the plan, co-signed by Russia".
bool SentenceAnalyzer::ReducedPassive(const Hit& h, int before) const {
  if (IsActor(before)) return false;
  std::string_view w = units_[h.b].low;
  bool participle = (w.size() > 3 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                                      w.compare(w.size() - 2, 2, "en") == 0)) ||
                    w == "put" || w == "made" || w == "led" || w == "sought";
  if (!participle) return false;
  int by = h.e;
  if (IsAdverb(by)) ++by;
  if (!IsWord(by, "by")) return false;
  int a = by + 1;
  if (IsWord(a, "the")) ++a;
  return IsActor(a);
}

}  // namespace caucus::stance
