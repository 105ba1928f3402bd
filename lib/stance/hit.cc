// The passes for one cue, in order (AnalyseHit). The actor search is in
// actor_sieves.cc.
#include <algorithm>
#include <cctype>

#include "stance/sentence.h"

namespace caucus::stance {
namespace {

const char* Flip(const std::string& polarity) {
  if (polarity == "support") return "oppose";
  if (polarity == "oppose") return "support";
  return "neutral";
}

}  // namespace

// The passes for one cue: a cue nested in an earlier cue's target gives no
// stance of its own; the target; the light verb a nominal cue hangs on; the
// actor sieves; a content clause that asserts nothing; the target of a
// relative clause and of a pronoun; then, unless the cue is conditional,
// modality, polarity and the stances.
void SentenceAnalyzer::AnalyseHit(int hi, std::vector<Stance>* out) {
  HitState s(hi, hits_[hi], lex_.defs[hits_[hi].def]);
  s.cb = ClauseStart(s.h.b);
  s.ce = ClauseEnd(s.h.b);
  // "Russia's claim that it supports the ceasefire is a lie": the claim's
  // content is no position of the claimant (a criticism there stays the
  // claimant's, reported: CriticismHolder), its falsity criticises the
  // claimant (claims.cc).
  if (s.def.frame == CueFrame::kNone ? InFalseClaim(s.h.b)
                                     : s.def.frame == CueFrame::kEvaluation && ClaimCalledFalse(s))
    return;
  // A criticism cue is the stance of the sentence's speaker (criticism.cc).
  if (s.def.frame != CueFrame::kNone) {
    FrameHit(&s);
    return;
  }
  if (NestedInEarlierCue(s)) return;
  // "Some countries were slow to adopt the reforms": tardiness says
  // neither that they adopt nor that they refuse (english.json
  // tardiness_words; cues.json reads "slow to" as a negation).
  if (IsWord(s.h.b - 1, "to") && InList(s.h.b - 2, en_.tardiness_words)) return;
  s.target = MakeTarget(s.h.e, s.ce, hi);
  if (Invitation(s)) return;
  // "regrets its lack of interest": the holder's own shortcoming; "denied
  // that India had proposed X": a denied clause asserts nothing.
  if ((s.def.polarity == "oppose" && OwnFaultAt(s.h.e)) || DeniedByFrame(s.h.b)) return;
  FindAnchor(&s);
  if (!FindActors(&s)) return;
  // A possessed nominal cue or a compound participle opening the subject:
  // its target stops at the predicate ("Russia's veto of the draft was
  // regrettable": the draft; "Russian-backed separatists were attacked":
  // separatists); with nothing before the predicate ("Russia's veto is
  // regrettable") the cue says nothing of what it is about.
  bool bare_subject = false;
  if (!s.actors.empty() && s.sieve == "possessive" &&
      (NominalWithoutLightVerb(s) || CompoundParticiple(s.h))) {
    const int pe = SubjectPredicateStart(s.h, s.cb, s.target.end_unit);
    if (pe < s.target.end_unit) {
      s.target = MakeTarget(s.h.e, pe, hi);
      bare_subject = s.target.t.text.empty();
    }
  }
  if (!ContentClauseAsserts(s)) return;
  if (ContentClauseAgainst(s)) s.polarity_override = "oppose";
  AntecedentTarget(&s);
  GapAntecedentTarget(&s);
  if (!bare_subject && (s.target.t.text.empty() || s.target.t.text.size() < 16))
    ResolveEmptyTarget(&s.target, hi, s.cb);
  if (s.def.addressee) DemandFrame(&s);
  hit_actors_[hi] = s.actors;
  hit_targets_[hi] = s.target;
  hit_done_[hi] = 1;
  if (s.actors.empty() && s.parse.supporters.empty() && s.parse.opposers.empty()) return;
  if (Conditional(s.cb, s.anchor)) return;
  // Nothing to say what the stance is about: no stance of the cue's own
  // (an accusation of its actor may remain, AccusationFrame).
  if (s.target.t.text.empty() && s.target.t.entity.empty() && s.target.t.topic.empty())
    s.drop_own = true;
  EmitHit(&s, out);
}

// Whether the cue is inside an earlier verbal cue's target in its clause
// (see below): then it gives no stance of its own.
bool SentenceAnalyzer::NestedInEarlierCue(const HitState& s) const {
  const Hit& h = s.h;
  const CueDef& def = s.def;
  const int hi = s.hi, cb = s.cb, ce = s.ce;
  // A cue inside an earlier verbal cue's target is what that actor wants
  // ("called for the ITU to support ..."), not a stance of its own.
  // After a nominal cue only an infinitive or gerund is nested ("its
  // proposal to highlight"); a finite verb is the clause's own predicate.
  const bool non_finite = IsWord(h.b - 1, "to") || IsWord(h.b - 1, "for") ||
                          IsWord(h.b - 1, "of") || (IsIngForm(h.b) && !def.holder_after);
  // Except a passive with its own holder: "a proposal that was widely
  // criticised by activists".
  const bool passive_by = [&] {
    int k = h.b - 1;
    while (IsAdverb(k)) --k;
    int by = h.e;
    if (IsAdverb(by)) ++by;
    return def.pos == CuePos::kVerb && InList(k, en_.nested_passive_be_forms) && IsWord(by, "by") &&
           !ListAfter(by + 1, ce).empty();
  }();
  // Or a cue with its own holder: "reaffirmed the U.S. endorsement of",
  // "welcomed Russia's proposal for", "India's decision to support X has
  // drawn applause from civil society".
  const bool own_holder = (def.pos == CuePos::kNoun &&
                           (IsActor(h.b - 1) || (IsWord(h.b - 1, "'s") && IsActor(h.b - 2)))) ||
                          (def.holder_after && !ListAfter(h.e, ce).empty());
  for (int k = 0; k < hi && !passive_by && !own_holder; ++k) {
    if (!hit_done_[k] || hits_[k].role) continue;
    bool noun = lex_.defs[hits_[k].def].pos == CuePos::kNoun;
    if ((!noun || non_finite) && hit_targets_[k].end_unit > h.b && hits_[k].e <= h.b &&
        ClauseStart(hits_[k].b) == cb)
      return true;
  }
  return false;
}

// Whether a stop cue a demand on nobody in particular asks for names a
// good thing wanted rather than a conduct to stop: the cue used as a noun
// ("we demand the release of all hostages", "the immediate return of the
// children", "an end to the shelling": the demand cue's own polarity, with
// the target's inverter, says what is wanted), or a freeing verb, whose
// object is what is set free ("demand that the parties release all
// detainees", english.json freeing_verbs). A stop verb's object is still
// opposed ("urged the regulator to stop the censorship").
bool SentenceAnalyzer::AsksForGood(const Hit& stop) const {
  if (InList(stop.b, en_.freeing_verbs)) return true;
  int k = stop.b - 1;
  for (int steps = 0; steps < 2 && k >= 0 && (IsAdverb(k) || ModifierShaped(k)); ++steps) --k;
  return (InList(k, en_.articles) || InList(k, en_.possessive_determiners)) &&
         (IsWord(stop.e, "of") || IsWord(stop.e, "to") || IsWord(stop.e, "for"));
}

// Whether an invitation is hospitality or procedure, no call: "we invite
// you to visit our country", "I invite the representative to take a seat",
// "we invite the Council to take note of the report" (english.json
// invitation_verbs, then "to" and a phrase of invitation_complements, as
// Lexicon::invitation_complements holds them split into words), or
// "to" before an article, a possessive, a demonstrative or a name ("I
// invite all delegations to the reception", "to Geneva") with no "to" and
// a verb after it. "We invite States to ratify the Convention" is a call.
bool SentenceAnalyzer::Invitation(const HitState& s) const {
  if (!InList(s.h.b, en_.invitation_verbs)) return false;
  bool event = false;
  for (int k = s.h.e; k + 1 < s.target.end_unit && k < s.h.e + 12; ++k) {
    if (units_[k].kind == UK::kPunct && !IsPunct(k, ',')) break;
    if (!IsWord(k, "to")) continue;
    const int c = k + 1;
    if (MatchList(c, lex_.invitation_complements) > c) return true;
    const bool named =
        IsActor(c) || (units_[c].kind == UK::kWord &&
                       std::isupper(static_cast<unsigned char>(text_[units_[c].span.begin])));
    if (!(named || InList(c, en_.articles) || InList(c, en_.possessive_determiners) ||
          InList(c, en_.demonstratives)))
      return false;
    event = true;
  }
  return event;
}

// Nominal use with a light verb: "expressed support for", "put forward a
// proposal for": the light verb's subject holds the stance, and the light
// verb is the anchor the subject search starts from. Also notes a stance
// given up ("withdrew its support for").
void SentenceAnalyzer::FindAnchor(HitState* st) const {
  const Hit& h = st->h;
  const CueDef& def = st->def;
  const int cb = st->cb;
  int& anchor = st->anchor;
  bool& ceased = st->ceased;
  anchor = h.b;
  int k = h.b - 1;
  int steps = 0;
  while (k >= cb && steps < 4 && units_[k].kind == UK::kWord &&
         (InList(k, en_.light_verb_determiners) || IsAdverb(k) ||
          InList(k, en_.light_verb_adjectives))) {
    --k;
    ++steps;
  }
  for (int lb = std::max(cb, k - 1); lb <= k; ++lb) {
    int le = MatchList(lb, lex_.light_verb);
    if (le < 0) {
      // Inflected light verbs: "expressed", "voiced", "made".
      if (lb >= 0 && units_[lb].kind == UK::kWord) {
        std::string_view w = units_[lb].low;
        for (const internal::Lexicon::LightVerbBase& b : lex_.light_verb_bases)
          if (w.size() > b.size && w.size() - b.size <= 3 && w.substr(0, b.stem.size()) == b.stem)
            le = lb + 1;
        if (en_.light_verb_participles.Contains(w)) le = lb + 1;
        // "civil society groups have apprehensions about", "X has
        // reservations on": "have" holds an objection, not support ("the
        // plan has the support of", "has support from" name the holder
        // after the cue).
        if ((w == "have" || w == "has" || w == "had" || w == "having") &&
            def.polarity == "oppose" && !IsWord(h.e, "from") && !IsWord(h.e, "by") &&
            !IsWord(h.e, "of"))
          le = lb + 1;
      }
    }
    if (le == k + 1 && lb < h.b) {
      anchor = lb;
      break;
    }
  }
  // A stance given up: "withdrew its support for", "dropped its
  // proposal", "abandoned its opposition to" reads as negated. The cue
  // must be a noun there ("pull back" is no cessation of "back"), and a
  // modal or "to" before the verb makes it a demand on a holder who still
  // holds the stance ("India must withdraw its proposal", "urged the EU
  // to drop its support").
  const bool noun_here = def.pos == CuePos::kNoun || k < h.b - 1;
  for (int lb = std::max(cb, k - 1); lb <= k && noun_here && !ceased; ++lb) {
    if (lb < 0 || units_[lb].kind != UK::kWord || MatchList(lb, lex_.cessation) != k + 1) continue;
    const int p = lb - 1;
    ceased = !(p >= 0 && units_[p].kind == UK::kWord &&
               en_.demand_words.Contains(internal::LowerWord(units_[p].low)));
    // "refused to drop its support": a refusal to give it up (see below).
    for (int r = std::max(cb, lb - 3); r < lb && !ceased; ++r)
      ceased = units_[r].kind == UK::kWord && MatchList(r, lex_.refusal) == lb;
  }
  st->nominal_use = def.pos == CuePos::kNoun || anchor != h.b;
}

// Whether a clause-taking cue ("insist", the `normative` cues) asserts a
// stance (see below).
bool SentenceAnalyzer::ContentClauseAsserts(const HitState& s) const {
  const Hit& h = s.h;
  const CueDef& def = s.def;
  const int hi = s.hi;
  const Target& target = s.target;
  // "X insists he is against Y": the content clause's cue is X's stance,
  // not "insist" (only bare "insist", which takes a clause).
  // Without a cue of its own the clause is a call ("insist that the ITRs
  // cover telephony only", "insists a role is vital", "insists the treaty
  // should apply"), unless it is a plain claim: an indicative "is", "was",
  // "has", "will" ... and nothing normative ("insists the talks were about
  // trade", "insisted it had not been consulted").
  if ((def.act == "insist" && def.phrase == "insist") || def.normative) {
    for (size_t j = hi + 1; j < hits_.size(); ++j)
      // A criticism cue is not: it gives the speaker's stance toward a state
      // (criticism.cc), which replaces this one only when it is found.
      if (!hits_[j].role && lex_.defs[hits_[j].def].frame == CueFrame::kNone && hits_[j].b >= h.e &&
          hits_[j].b < target.end_unit)
        return false;
    bool normative = false, claim = false;
    for (int k = h.e; k < target.end_unit && k < n(); ++k) {
      if (units_[k].kind != UK::kWord) continue;
      const internal::LowerWord x(units_[k].low);
      // "be" is normative only as a subjunctive ("that the text be changed").
      if (x == "be") {
        normative |= !InList(k - 1, en_.non_subjunctive_be_before);
      } else {
        normative |= en_.content_clause_normative.Contains(x);
      }
      claim |= en_.content_clause_indicative.Contains(x);
    }
    if (claim && !normative) return false;
    if (def.normative && !normative) return false;
  }
  // "tried to suggest that progress had been made": a proposal verb before
  // a plain claim (an indicative "is", "had", "was" ... among the clause's
  // first four words, and no normative word there) reports a view, no
  // proposal; "propose that we consider what we have done" proposes.
  if (def.act == "propose" && def.pos == CuePos::kVerb && IsWord(h.e, "that")) {
    for (int k = h.e + 1; k < target.end_unit && k < n() && k <= h.e + 4; ++k) {
      if (units_[k].kind != UK::kWord) continue;
      const internal::LowerWord x(units_[k].low);
      if (en_.content_clause_normative.Contains(x) || x == "be") break;
      if (en_.content_clause_indicative.Contains(x)) return false;
    }
  }
  return true;
}

// The "that" opening the content clause the cue at cue_b is in (within 30
// units, no clause boundary between), or -1.
int SentenceAnalyzer::ContentThatBefore(int cue_b) const {
  for (int k = cue_b - 1; k > 0 && k >= cue_b - 30; --k) {
    if (units_[k].kind == UK::kPunct || InList(k, en_.clause_conjunctions) || IsWord(k, "but"))
      return -1;
    if (IsWord(k, "that")) return k;
  }
  return -1;
}

// Whether a negation or "no" stands right before the frame word at f (over
// an auxiliary or adverb): "do not believe", "no evidence", "cannot deny".
bool SentenceAnalyzer::FrameNegated(int f) const {
  bool negated = false;
  for (int g = f - 1; g >= 0 && g >= f - 3 && units_[g].kind == UK::kWord; --g)
    negated |= NegationAt(g) || InList(g, en_.negative_objects);
  return negated;
}

// Whether the cue at cue_b is in a "that" clause after a denial ("the
// minister denied that India had proposed X", "it is false that ..."),
// not itself negated ("nobody can deny that"): english.json denial_verbs
// and falsity_words, up to four words before "that", in the same clause.
bool SentenceAnalyzer::DeniedByFrame(int cue_b) const {
  const int k = ContentThatBefore(cue_b);
  for (int f = k - 1; k >= 0 && f >= 0 && f >= k - 4; --f) {
    if (units_[f].kind != UK::kWord) break;
    if (!InList(f, en_.denial_verbs) && !InList(f, en_.falsity_words)) continue;
    return !FrameNegated(f);
  }
  return false;
}

// Whether a clause-taking cue's content clause is a call against: a negated
// modal ("stressed that the ITU must not regulate the Internet", "insisted
// that it cannot be allowed") or a call to pull out ("the ITU should stay
// out of it", "must withdraw"). Not a double negation ("cannot fail to",
// "must not be forgotten", "cannot stand by").
bool SentenceAnalyzer::ContentClauseAgainst(const HitState& s) const {
  if (!((s.def.act == "insist" && s.def.phrase == "insist") || s.def.normative)) return false;
  // A criticism cue in the clause ("stress that Russia must withdraw its
  // forces") decides: its demand replaces the clause cue's support.
  for (size_t j = s.hi + 1; j < hits_.size(); ++j)
    if (lex_.defs[hits_[j].def].frame != CueFrame::kNone && hits_[j].b >= s.h.e &&
        hits_[j].b < s.target.end_unit)
      return false;
  for (int k = s.h.e; k < s.target.end_unit && k < n(); ++k) {
    if (units_[k].kind != UK::kWord || !InList(k, en_.normative_modals)) continue;
    const internal::LowerWord m(units_[k].low);
    bool negated = m == "cannot" || m == "mustn't" || m == "shouldn't";
    int v = k + 1;
    while (v < n() && v < k + 4 && (IsAdverb(v) || IsWord(v, "not") || IsWord(v, "never"))) {
      negated |= IsWord(v, "not") || IsWord(v, "never");
      ++v;
    }
    if (v >= n() || units_[v].kind != UK::kWord) return false;
    // "must not fail to", "cannot stand by", "must not be forgotten": for.
    if (negated) {
      const internal::LowerWord next(v + 1 < n() && units_[v + 1].kind == UK::kWord
                                         ? std::string_view(units_[v + 1].low)
                                         : std::string_view());
      return !InList(v, en_.failure_verbs) &&
             !en_.IsInactionForm(internal::LowerWord(units_[v].low), next);
    }
    return InList(v, en_.withdrawal_verbs) ||
           ((IsWord(v, "stay") || IsWord(v, "keep")) && IsWord(v + 1, "out"));
  }
  return false;
}

void SentenceAnalyzer::AntecedentTarget(HitState* s) const {
  const Hit& h = s->h;
  const int cb = s->cb;
  const Parse& parse = s->parse;
  Target& target = s->target;
  // "the imposition of arbitrary sanctions, which we reject": the target is
  // the noun phrase the relative clause hangs on.
  // "the former minister, whose (immediate) release we demand": the noun
  // phrase before "whose", up to three words of the thing it owns between.
  int comma = -1;
  if (parse.ok && parse.subject_end >= 3 &&
      (IsWord(parse.subject_end - 2, "which") || IsWord(parse.subject_end - 2, "that")) &&
      IsPunct(parse.subject_end - 3, ','))
    comma = parse.subject_end - 3;
  for (int k = parse.subject_end - 3; parse.ok && comma < 0 && k >= 1 && k >= parse.subject_end - 5;
       --k) {
    if (units_[k].kind != UK::kWord) break;
    if (IsWord(k, "whose")) {
      if (IsPunct(k - 1, ',')) comma = k - 1;
      break;
    }
  }
  if ((target.t.text.empty() || IsPunct(h.e, ',')) && comma >= 0) {
    const int e = comma;
    const int b = NounPhraseStart(e, cb);
    if (b < e) {
      target.t.span = {units_[b].span.begin, units_[e - 1].span.end};
      target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
      target.antecedent = true;
      LinkTarget(b, e, &target.t);
    }
  }
}

// "the future we want", "a process it has strongly resisted": a verb cue
// with nothing after it whose subject follows a noun phrase has that
// phrase as its object (a relative clause without "that"). Only a phrase
// that opens with a determiner and does not follow a preposition ("In the
// end we agreed" is no object).
void SentenceAnalyzer::GapAntecedentTarget(HitState* s) const {
  Target& target = s->target;
  if (!target.t.text.empty() || s->def.pos != CuePos::kVerb) return;
  int k = s->h.b - 1;
  while (k > s->cb && (IsAdverb(k) || InList(k, en_.predicate_auxiliaries))) --k;
  if (k <= s->cb || !(IsActor(k) || IsSubjectPronoun(k) || InList(k, en_.state_pronouns))) return;
  const int e = k;
  if (units_[e - 1].kind != UK::kWord || InList(e - 1, en_.noun_phrase_stops) ||
      InList(e - 1, en_.embedded_clause_words) || IsActor(e - 1))
    return;
  const int b = NounPhraseStart(e, s->cb);
  if (e - b < 2 || InList(b - 1, en_.prepositions) ||
      !(InList(b, en_.articles) || InList(b, en_.demonstratives) ||
        InList(b, en_.agent_possessives)))
    return;
  // A noun, not a list of subjects ("the EU and Nauru disagreed").
  for (int u = b + 1; u < e; ++u)
    if (units_[u].kind != UK::kWord || IsWord(u, "and") || IsWord(u, "or") ||
        InList(u, en_.articles))
      return;
  target.t.span = {units_[b].span.begin, units_[e - 1].span.end};
  target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
  target.antecedent = true;
  LinkTarget(b, e, &target.t);
}

// Modality and polarity of the cue, then one stance per actor, supporter and
// opposer; the paragraph remembers proposals and collectives.
void SentenceAnalyzer::EmitHit(HitState* s, std::vector<Stance>* out) {
  const Hit& h = s->h;
  const CueDef& def = s->def;
  const int cb = s->cb, anchor = s->anchor;
  const Parse& parse = s->parse;
  const Target& target = s->target;
  const std::vector<ActorRef>& actors = s->actors;
  const bool ceased = s->ceased;
  bool negated = false, refused = false;
  int scan_b = parse.subject_end >= 0 ? parse.subject_end : cb;
  std::string modality =
      Modality(std::max(scan_b, anchor - 7 < cb ? cb : anchor - 7), anchor, &negated, &refused);
  if (anchor != h.b && modality == "asserted") {
    // "no support for", "expressed no support".
    for (int k = anchor; k < h.b; ++k)
      if (IsWord(k, "no")) modality = "negated", negated = true;
  }
  if (ceased) {
    // Giving up a stance negates it; not giving it up ("did not withdraw
    // its support", "refused to drop its support") keeps it.
    if (refused) {
      refused = false;
      negated = false;
    } else {
      negated = !negated;
    }
    modality = negated ? "negated" : "asserted";
  }
  const std::string base(s->polarity_override.empty() ? std::string_view(def.polarity)
                                                      : s->polarity_override);
  std::string polarity = base;
  if (refused || negated) {
    // "did not support", "refused to endorse" -> oppose; "did not oppose" ->
    // neutral: not objecting is not support.
    polarity = base == "support" ? "oppose" : "neutral";
  }
  // (A demand on a state to stop, DemandFrame, has its polarity already.)
  if (target.inverted && polarity != "neutral" &&
      !(target.addressee_call && s->act_override == "demand"))
    polarity = Flip(polarity);
  // Criticism (criticism.cc): an oppose stance's target links to the state
  // doing the wrong it names; irony and accusations.
  if (polarity == "oppose" && !target.inverted) AgentLink(s);
  if (polarity == "support") SupportLink(s);
  AccusationFrame(s, negated || refused);
  if (s->drop_own) return;
  // In a speech, another actor's intent as the speaker tells it ("NATO
  // seeks to entrench itself in the region", english.json intent_verbs) is
  // the speaker's account of that actor, not the actor's stated position.
  if (speaker_ && InList(h.b, en_.intent_verbs) &&
      std::none_of(actors.begin(), actors.end(),
                   [&](const ActorRef& a) { return a.actor.id == speaker_->id; }))
    return;
  Span cue_span{units_[h.b].span.begin, units_[h.e - 1].span.end};
  std::string act(s->act_override.empty() ? std::string_view(def.act)
                                          : std::string_view(s->act_override));
  if (refused && def.polarity == "support" && act.rfind("refuse", 0) != 0)
    act = "refuse-to-" + def.act;
  const double w = def.weight;
  // In a speech, a political group ("the West", english.json
  // political_groups) holds no stance: "the West cynically appeals to the
  // Charter" is the speaker's account of its adversaries, not their
  // position. (Criticism of the group stays the speaker's.)
  auto speaker_account = [&](const ActorRef& a) {
    return speaker_ && a.actor.kind == "group" && en_.political_groups.Contains(a.actor.id);
  };
  for (const ActorRef& a : actors)
    if (!speaker_account(a)) Emit(a, polarity, act, w, target, cue_span, modality, s->sieve, out);
  for (const ActorRef& a : parse.supporters)
    if (!speaker_account(a)) Emit(a, polarity, act, w, target, cue_span, modality, "subject", out);
  std::string opp = polarity == "neutral" ? "oppose" : Flip(polarity);
  for (const ActorRef& a : parse.opposers)
    if (!speaker_account(a)) Emit(a, opp, act, w, target, cue_span, modality, "subject", out);
  if (act == "propose" || act == "call-for") {
    para_->proposals.push_back({actors, target.t});
  }
  for (const ActorRef& a : actors) {
    if (a.actor.kind == "group") {
      para_->last_collective = actors;
      break;
    }
  }
}

// "CHINA, supported by EGYPT, stressed ...": the main verb is no cue, but the
// supporters and opposers still take a position on what the subject said.
void SentenceAnalyzer::RoleOnlyClause(int cb, int ce, std::vector<Stance>* out) {
  // The main verb: the first word after the subject structure.
  Parse p;
  int verb = -1;
  for (int e = cb + 1; e <= ce; ++e) {
    if (e < ce && units_[e].kind != UK::kWord) continue;
    if (e < ce) {
      int r = 0;
      if (RoleMarker(e, &r) > 0 || BehalfMarker(e) > 0 || IsWord(e, "the") || IsWord(e, "and") ||
          WithMarker(e) > 0)
        continue;
      if (e > cb && units_[e - 1].kind == UK::kWord && !IsPunct(e - 1, ',')) {
        int r2 = 0;
        int mb = e - 1;
        if (IsWord(mb, "by")) continue;
        (void)r2;
      }
    }
    Parse q = ParseSubject(cb, e);
    if (q.ok && (!q.supporters.empty() || !q.opposers.empty())) {
      p = q;
      verb = e;
      break;
    }
  }
  if (verb < 0 || verb > ce) return;
  const double weight = 0.8;
  Span cue_span =
      verb < ce ? units_[verb].span : Span{units_[ce - 1].span.end, units_[ce - 1].span.end};
  Target t = verb < ce ? MakeTarget(verb + 1, ce, -1) : Target();
  if (verb >= ce) t.t.span = cue_span;
  if (!p.subjects.empty()) {
    t.t.entity = p.subjects[0].actor.id;
    t.t.kind = p.subjects[0].actor.kind;
    // No verb ("CHINA, supported by EGYPT"): the support is of the subject.
    if (verb >= ce && sent_.Contains(p.subjects[0].actor.span)) {
      t.t.span = p.subjects[0].actor.span;
      t.t.text = std::string(text_.substr(t.t.span.begin, t.t.span.size()));
    }
  }
  for (const ActorRef& a : p.supporters)
    Emit(a, "support", "support", weight, t, cue_span, "asserted", "role-only-clause", out);
  for (const ActorRef& a : p.opposers)
    Emit(a, "oppose", "oppose", weight, t, cue_span, "asserted", "role-only-clause", out);
}

}  // namespace caucus::stance
