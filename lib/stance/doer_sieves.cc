// The doer of a wrong when the actor sieves (actor_sieves.cc) find no state:
// a table of sieves, tried in order until one finds the state that does the
// wrong (or is told to stop), as kActorSieves is for a cue's holder. Each
// sieve is small and named; a new construction is a new sieve in
// kDoerSieves, at the place where it should win over the ones after it.
// Inside a support cue's target ("we stand by Ukraine against Russian
// aggression") none runs. docs/STANCES.md, "Criticism".
#include <algorithm>

#include "stance/sentence.h"

namespace caucus::stance {

// The state behind a wrong, tried in this order; all but the first only for
// a wrongdoing verb (not for one of stopping).
const SentenceAnalyzer::NamedDoerSieve SentenceAnalyzer::kDoerSieves[] = {
    // "Moscow must withdraw", "the Kyiv authorities continue to violate"
    {"capital-organs", &SentenceAnalyzer::CapitalOrgansDoer, false},
    // "Russia keeps arming the separatists. This must stop."
    {"focus-stop", &SentenceAnalyzer::FocusStopDoer, false},
    // "the Russian Federation's determination to annex", "Russia's attempt to invade"
    {"resolve-to", &SentenceAnalyzer::ResolveToDoer, true},
    // "Russian-backed separatists have shelled", "militants armed by Russia violated"
    {"sponsored-subject", &SentenceAnalyzer::SponsoredDoer, true},
    // "It is Russia that is fuelling this conflict"
    {"cleft-subject", &SentenceAnalyzer::CleftSubjectDoer, true},
    // "In denying the facts, Russia is ...", "By annexing Crimea, Moscow has"
    {"fronted-gerund", &SentenceAnalyzer::FrontedGerundDoer, true},
    // "Iran has sent fighters to Syria to prop up the regime"
    {"purpose", &SentenceAnalyzer::PurposeDoer, true},
    // "The separatists seized the airport with Russian support"
    {"sponsorship", &SentenceAnalyzer::SponsorshipDoer, true},
    // "considerable Russian troops are massed on the border"
    {"deployed-organs", &SentenceAnalyzer::DeployedOrgansDoer, true},
    // "Russia and the separatists continue to violate the ceasefire"
    {"state-and-group", &SentenceAnalyzer::StateAndGroupDoer, true},
    // "Its forces are now massing on the border", "their troops continue to shell"
    {"possessed-organs", &SentenceAnalyzer::PossessedOrgansDoer, true},
    // "Units of the Russian armed forces infiltrated the region"
    {"partitive-organs", &SentenceAnalyzer::PartitiveOrgansDoer, true},
    // "the shelling of Kharkiv by Russian forces", "the shelling of the
    // Ukrainian army"
    {"gerund-agent", &SentenceAnalyzer::GerundAgentDoer, true},
    // "The United States withdrew from the deal and created the crisis"
    {"coordinated-predicate", &SentenceAnalyzer::CoordinatedPredicateDoer, true},
    // "Israel's repeated air strikes on Syrian territory violate ...": the
    // possessor of a subject that a phrase of place follows
    {"possessor-subject", &SentenceAnalyzer::PossessorSubjectDoer, true},
    // "The separatists are armed, trained and financed by Moscow": a capital
    // or its organs as a passive's agent
    {"passive-capital", &SentenceAnalyzer::PassiveCapitalDoer, true},
    // "The operation, which the Kyiv authorities launched in April, has
    // killed hundreds": the state a relative clause of the subject names as
    // the one who launched or carried out its head
    {"relative-agent", &SentenceAnalyzer::RelativeAgentDoer, true},
    // "The presence of Russian troops in Crimea violates international
    // law": a conduct noun of a state's organs as the subject
    {"conduct-of-organs", &SentenceAnalyzer::ConductOfOrgansDoer, true},
    // "That country continues to occupy ...", "They have violated ...": the
    // state the holder criticised just before
    {"state-anaphor", &SentenceAnalyzer::StateAnaphorDoer, true},
    // "Russia has deployed troops in Crimea. Such actions violate
    // international law": the act of the state opening the sentence before
    {"previous-act", &SentenceAnalyzer::PreviousActDoer, true},
    // "But he has broken that commitment": the government of the person
    // named before in the paragraph
    {"person-pronoun", &SentenceAnalyzer::PersonPronounDoer, true},
};

void SentenceAnalyzer::FindDoer(DoerSearch* d) {
  if (d->in_support) return;
  for (const NamedDoerSieve& sieve : kDoerSieves) {
    if (!d->states.empty()) break;
    if (sieve.wrongdoing_only && d->s->def.frame != CueFrame::kWrongdoing) continue;
    (this->*sieve.run)(d);
  }
}

void SentenceAnalyzer::CapitalOrgansDoer(DoerSearch* d) {
  // A capital or its organs as the subject: "Moscow must withdraw",
  // "Washington has violated", "the Kyiv authorities continue to violate",
  // "the regime in Kyiv has violated".
  const HitState& s = *d->s;
  ActorRef st;
  int capital_end = 0;
  int subject = SubjectStart(s.cb, s.h.b);
  // "Should Moscow refuse to withdraw, ...": the subject of an inverted
  // condition follows its auxiliary.
  if (subject == s.cb && (IsWord(subject, "should") || IsWord(subject, "were"))) ++subject;
  // "the separatists Moscow arms": a capital right before a verb cue is the
  // subject of a relative clause.
  // Not after a determiner, where it modifies a noun ("the Paris attacks").
  if (!CapitalOrgansAt(subject, &capital_end, &st) && s.def.pos == CuePos::kVerb && s.h.b >= 2 &&
      !InList(s.h.b - 2, en_.articles) && !InList(s.h.b - 2, en_.demonstratives) &&
      !InList(s.h.b - 2, en_.agent_possessives) && CapitalOrgansAt(s.h.b - 1, &capital_end, &st) &&
      capital_end == s.h.b)
    subject = s.h.b - 1;
  if (!CapitalOrgansAt(subject, &capital_end, &st) || AfterPlacePreposition(subject)) return;
  // A capital right before a noun cue modifies it as a place ("the Paris
  // attacks"); AgentBefore takes one before its organs ("the Kyiv junta").
  if (capital_end < n() && hit_at_[capital_end] >= 0 &&
      lex_.defs[hits_[hit_at_[capital_end]].def].pos == CuePos::kNoun)
    return;
  // Coordinated capitals: "Washington and London bear responsibility".
  std::vector<ActorRef> more;
  while (IsWord(capital_end, "and") ||
         (IsPunct(capital_end, ',') && !IsWord(capital_end + 1, "the"))) {
    const int next =
        capital_end + 1 + (IsPunct(capital_end, ',') && IsWord(capital_end + 1, "and"));
    ActorRef other;
    int other_end = 0;
    if (!CapitalOrgansAt(next, &other_end, &other)) return;
    more.push_back(other);
    capital_end = other_end;
  }
  if (VerbGroupOnly(capital_end, s.h.b)) {
    d->states.push_back(st);
    for (const ActorRef& o : more)
      if (o.actor.id != st.actor.id) d->states.push_back(o);
    d->from = subject;
  }
}

void SentenceAnalyzer::ResolveToDoer(DoerSearch* d) {
  // "the Russian Federation's determination to annex", "Russia's attempt
  // to invade": the state whose resolve or attempt the infinitive is. An
  // adverb may split the infinitive ("Russian attempts to further erode").
  const HitState& s = *d->s;
  int to = s.h.b - 1;
  while (to > s.cb && IsAdverb(to)) --to;
  ActorRef st;
  if (IsWord(to, "to") && to - 1 > s.cb && units_[to - 1].kind == UK::kWord &&
      hit_at_[to - 1] == -1 && AgentBefore(to - 1, s.cb, &st)) {
    d->states.push_back(st);
  }
}

void SentenceAnalyzer::SponsoredDoer(DoerSearch* d) {
  // "Russian-backed separatists have shelled", "militants armed by Russia
  // violated": the state behind the doers.
  const HitState& s = *d->s;
  ActorRef st;
  if (SponsoredSubject(s.cb, s.h.b, &st)) {
    d->states.push_back(st);
    d->from = s.cb;
    sponsored_.push_back({units_[s.cb].span.begin, units_[s.h.b].span.begin});
  }
}

void SentenceAnalyzer::DeployedOrgansDoer(DoerSearch* d) {
  // A passive wrong said of a state's organs: "considerable Russian troops
  // are massed on the border" (the state massed them); only verbs whose
  // passive subject is the state's own means, not its victim ("Ukrainian
  // troops were attacked").
  const HitState& s = *d->s;
  if (!InList(s.h.b, en_.deployment_participles) || !PassiveBefore(s.cb, s.h.b + 1)) return;
  for (int k = s.cb; k < s.h.b; ++k) {
    if (!IsActor(k)) continue;
    ActorRef st;
    const int oe = MatchList(k + 1, lex_.state_agent);
    if (oe > k + 1 && !AfterPlacePreposition(k) && !InPrepositionalPhrase(k, s.cb) &&
        VerbGroupOnly(oe, s.h.b) && StateOf(k, &st)) {
      d->states.push_back(st);
      d->from = k;
    }
    break;
  }
}

void SentenceAnalyzer::StateAndGroupDoer(DoerSearch* d) {
  // States and a group that is no actor as the subject: "Russia and the
  // separatists continue to violate the ceasefire", "Russia and its proxies
  // have shelled ...", "Russia, Belarus and the separatists have ...": the
  // states, each. (A list of states only is the subject sieve's.)
  const HitState& s = *d->s;
  const int cue = s.h.b;
  int k = SubjectStart(s.cb, cue);
  if (IsWord(k, "the")) ++k;
  std::vector<ActorRef> states;
  const int first = k;
  int e = -1;
  while (k < cue) {
    ActorRef st;
    if (!(IsActor(k) && StateOf(k, &st))) return;
    states.push_back(st);
    // ", " before another state; "and" (or ", and") before the last
    // member, a state or the group.
    int next = k + 1;
    const bool comma = IsPunct(next, ',');
    if (comma) ++next;
    const bool conj = IsWord(next, "and");
    if (conj) ++next;
    if (!comma && !conj) return;
    if (IsWord(next, "the")) ++next;
    if (IsActor(next) && !InList(next, en_.agent_possessives)) {
      k = next;
      continue;
    }
    if (!conj) return;
    e = next;
    break;
  }
  if (e < 0) return;
  if (InList(e, en_.agent_possessives)) ++e;
  const int nb = e;
  // The group's noun phrase: words that are no cue (but a noun of an armed
  // group may be one: "its proxies"), no verb.
  while (e < cue && e < nb + 3 && units_[e].kind == UK::kWord &&
         (hit_at_[e] == -1 || InList(e, en_.armed_group_nouns)) && !IsBeForm(e) &&
         !InList(e, en_.perfect_auxiliaries) && !InList(e, en_.continuation_verbs) &&
         MatchList(e, lex_.obligation) < 0)
    ++e;
  if (e > nb && VerbGroupOnly(e, cue)) {
    for (const ActorRef& st : states)
      if (std::none_of(d->states.begin(), d->states.end(),
                       [&](const ActorRef& a) { return a.actor.id == st.actor.id; }))
        d->states.push_back(st);
    d->from = first;
  }
}

void SentenceAnalyzer::PossessedOrgansDoer(DoerSearch* d) {
  // "Its forces are now massing on the border", "their troops continue
  // to shell": the state "its" / "their" stands for.
  const HitState& s = *d->s;
  const int k = SubjectStart(s.cb, s.h.b);
  const int e = PossessedSubjectEnd(k);
  ActorRef st;
  if (e > k + 1 && VerbGroupOnly(e, s.h.b) && AgentBefore(k + 1, s.cb, &st)) {
    d->states.push_back(st);
    d->from = k;
  }
}

void SentenceAnalyzer::PossessorSubjectDoer(DoerSearch* d) {
  // "Israel's repeated air strikes on Syrian territory violate ...": a
  // state's possessive opens the subject, a short noun phrase with no actor
  // follows, then a prepositional phrase (whose state is the place, not the
  // doer) and only a verb group before the wrong. Not in the passive, whose
  // subject is the victim ("Ukraine's cities were shelled").
  const HitState& s = *d->s;
  int k = SubjectStart(s.cb, s.h.b);
  if (IsWord(k, "the")) ++k;
  ActorRef st;
  // "Its supply of drones to Russia violates ...": "its" / "their" for the
  // state it stands for (AgentBefore), the noun phrase right after it.
  const bool pronoun = InList(k, en_.agent_possessives);
  if (pronoun ? !AgentBefore(k + 1, s.cb, &st)
              : !(IsActor(k) && IsWord(k + 1, "'s") && StateOf(k, &st)))
    return;
  const bool progressive = IsIngForm(s.h.b);
  if (PassiveBefore(s.cb, s.h.b + 1) && !progressive) return;
  // The noun phrase names the state's conduct or organs (cues.json
  // conduct_noun, state_agent), not its neighbours or people.
  int p = pronoun ? k + 1 : k + 2;
  bool conduct = false;
  while (p < s.h.b && p < k + 6 && units_[p].kind == UK::kWord && !InList(p, en_.prepositions)) {
    conduct |= MatchList(p, lex_.conduct_noun) > p || MatchList(p, lex_.state_agent) > p;
    ++p;
  }
  if (!conduct || !InList(p, en_.prepositions)) return;
  // The phrase of place: words and actors up to the verb group, no clause.
  for (int e = p + 1; e <= s.h.b && e < p + 10; ++e) {
    if (units_[e].kind == UK::kPunct || InList(e, en_.relative_pronouns)) return;
    if (VerbGroupOnly(e, s.h.b)) {
      d->states.push_back(st);
      d->from = k;
      return;
    }
  }
}

void SentenceAnalyzer::PassiveCapitalDoer(DoerSearch* d) {
  // A passive wrong whose agent is a capital or its organs ("armed,
  // trained and financed by Moscow", "detained by the Kyiv authorities"):
  // "by" after the cue, past coordinated participles.
  const HitState& s = *d->s;
  if (!PassiveBefore(s.cb, s.h.b + 1)) return;
  int k = s.h.e;
  for (int steps = 0; k < s.ce && steps < 8 && !IsWord(k, "by"); ++k, ++steps)
    if (!(IsPunct(k, ',') || IsWord(k, "and") || IsAdverb(k) || ModifierShaped(k))) return;
  ActorRef st;
  int end = 0;
  if (IsWord(k, "by") && CapitalOrgansAt(k + 1, &end, &st)) {
    d->states.push_back(st);
  }
}

void SentenceAnalyzer::StateAnaphorDoer(DoerSearch* d) {
  // A state noun ("that country") or a pronoun as the subject: the state
  // the holder criticised just before, or the speech's adversary for a
  // state noun or "they" (not "it", which is as often the situation).
  const HitState& s = *d->s;
  const bool they = IsWord(SubjectStart(s.cb, s.h.b), "they");
  if ((StateAnaphorSubject(s.cb, s.h.b) && CriticisedOrAdversary(d->holder, 2)) ||
      (StatePronounSubject(s.cb, s.h.b) &&
       (they ? CriticisedOrAdversary(d->holder, 1) : RecentCriticism(d->holder, 1)))) {
    d->states.push_back(DiscourseState());
    d->via = "discourse";
    d->from = s.cb;
  }
}

void SentenceAnalyzer::PersonPronounDoer(DoerSearch* d) {
  // "But he has broken that commitment": the government of the person
  // named before in the paragraph.
  const HitState& s = *d->s;
  ActorRef st;
  if (PersonPronounState(s.cb, s.h.b, &st)) {
    d->states.push_back(st);
    d->via = "discourse";
    d->from = s.cb;
  }
}

void SentenceAnalyzer::PartitiveOrgansDoer(DoerSearch* d) {
  // "Units of the Russian armed forces infiltrated the region", "a group of
  // Russian special forces seized": a part of a state's organs as the
  // subject. The organs must be named ("groups of Ukrainian citizens" are
  // no state's).
  const HitState& s = *d->s;
  // In a relative clause ("a group of Russian soldiers that infiltrated
  // ..."), the phrase before the relative pronoun.
  int r = s.h.b - 1;
  while (r > s.cb && (InList(r, en_.perfect_auxiliaries) || IsAdverb(r))) --r;
  if (r > 0 && InList(r, en_.relative_pronouns)) {
    for (int k = std::max(0, r - 8); k + 2 < r; ++k) {
      ActorRef st;
      if (PartitiveOrgansEnd(k, r, &st) == r) {
        d->states.push_back(st);
        d->from = k;
        return;
      }
    }
    return;
  }
  int k = SubjectStart(s.cb, s.h.b);
  // A quantity before "of" is the head itself ("Thousands of Russian
  // troops"); "tens of thousands of" steps to the last head.
  while (k < s.h.b &&
         (InList(k, en_.articles) || (InList(k, en_.quantity_words) && !IsWord(k + 1, "of"))))
    ++k;
  while (InList(k, en_.partitive_heads) && IsWord(k + 1, "of") &&
         InList(k + 2, en_.partitive_heads) && IsWord(k + 3, "of"))
    k += 2;
  if (!InList(k, en_.partitive_heads) || !IsWord(k + 1, "of")) return;
  ActorRef st;
  // "Agents of the Russian Federation": the head is itself a state's organs.
  if (MatchList(k, lex_.state_agent) == k + 1) {
    const int a = StateNamedAt(k, &st);
    if (a >= 0 && VerbGroupOnly(a + 1, s.h.b)) {
      d->states.push_back(st);
      d->from = k;
    }
    return;
  }
  const int e = PartitiveOrgansEnd(k, s.h.b, &st);
  if (e < 0 || !VerbGroupOnly(e, s.h.b)) return;
  d->states.push_back(st);
  d->from = k;
}

// Where "HEAD of (the) ORGANS" at unit k ends ("units of the Russian armed
// forces", english.json partitive_heads, OrgansAfterAdjective), looking
// before `limit`; -1 when it is no such phrase. The state goes to *out.
int SentenceAnalyzer::PartitiveOrgansEnd(int k, int limit, ActorRef* out) const {
  if (!InList(k, en_.partitive_heads) || !IsWord(k + 1, "of")) return -1;
  int c = k + 2 + IsWord(k + 2, "the");
  while (c < limit && InList(c, en_.premodifier_words)) ++c;
  return OrgansAfterAdjective(c, out) ? OrgansEnd(c) : -1;
}

// The unit after a state's organs that OrgansAfterAdjective found at unit c:
// one actor unit ("Russian armed forces"), a state and its organs ("Russian
// special services"), or the organs in a capital ("the authorities in
// Kyiv").
int SentenceAnalyzer::OrgansEnd(int c) const {
  int e = c + 1;
  const int se = MatchList(e, lex_.state_agent);
  if (se > e) e = se;
  int capital_end = 0;
  ActorRef capital;
  if (MatchList(c, lex_.state_agent) > c && CapitalOrgansAt(c, &capital_end, &capital))
    e = capital_end;
  return e;
}

void SentenceAnalyzer::GerundAgentDoer(DoerSearch* d) {
  // A wrongdoing verb's gerund used as a noun ("the shelling", "killed in
  // shelling", "indiscriminate shelling"; not "are shelling", "continue
  // shelling"): its agent after "by", past an "of" phrase ("the shelling of
  // Kharkiv by Russian forces"), or a state's organs right after "of" that
  // end the phrase ("the shelling of the Ukrainian army continues"; not
  // "the shelling of Ukrainian army positions", whose organs modify the
  // target).
  const HitState& s = *d->s;
  const Hit& h = s.h;
  if (h.e != h.b + 1 || units_[h.b].low.size() < 6 || !IsIngForm(h.b) || h.b <= s.cb) return;
  const int p = h.b - 1;
  if (units_[p].kind != UK::kWord || IsBeForm(p) || InList(p, en_.perfect_auxiliaries) ||
      InList(p, en_.continuation_verbs) || InList(p, en_.predicate_auxiliaries) ||
      InList(p, en_.normative_modals) || IsWord(p, "to") || IsAdverb(p))
    return;
  ActorRef st;
  // "Russia's shelling", "its shelling", "Russian shelling of ...".
  if (AgentBefore(h.b, s.cb, &st)) {
    d->states.push_back(st);
    return;
  }
  int k = h.e;
  if (IsWord(k, "of")) {
    int c = k + 1 + IsWord(k + 1, "the");
    if (OrgansAfterAdjective(c, &st)) {
      const int e = OrgansEnd(c);
      if (e >= s.ce || units_[e].kind == UK::kPunct || InList(e, en_.prepositions) || IsBeForm(e) ||
          InList(e, en_.perfect_auxiliaries) || InList(e, en_.continuation_verbs) ||
          InList(e, en_.relative_pronouns) || IsWord(e, "and")) {
        d->states.push_back(st);
        return;
      }
    }
    // Past the "of" phrase to its "by".
    for (int steps = 0; k < s.ce && steps < 6 && !IsWord(k, "by"); ++steps) ++k;
  }
  if (IsWord(k, "by") && StateNamedAt(k + 1, &st) >= 0) d->states.push_back(st);
}

void SentenceAnalyzer::CoordinatedPredicateDoer(DoerSearch* d) {
  // A wrong after "and" with no subject of its own, in a clause that opens
  // with a state and its verb ("The United States withdrew from the nuclear
  // deal and thus created the current crisis"): that state. Not with an
  // actor or punctuation in between (the wrong may be another's), nor in
  // the passive.
  const HitState& s = *d->s;
  int p = s.h.b - 1;
  while (p > s.cb && IsAdverb(p)) --p;
  if (!IsWord(p, "and")) return;
  int k = s.cb + IsWord(s.cb, "the");
  ActorRef st;
  if (!(IsActor(k) && StateOf(k, &st)) || k + 1 >= p || units_[k + 1].kind != UK::kWord ||
      InList(k + 1, en_.prepositions) || IsWord(k + 1, "'s"))
    return;
  for (int u = k + 1; u < p; ++u)
    if (IsActor(u) || units_[u].kind == UK::kPunct) return;
  if (PassiveBefore(s.cb, s.h.b + 1)) return;
  d->states.push_back(st);
  d->from = k;
}

void SentenceAnalyzer::RelativeAgentDoer(DoerSearch* d) {
  // The subject's head, then "which" or "that", a state or a capital's
  // organs, and a verb of perpetration or agency (markers perpetration,
  // agent_participle): "The so-called anti-terrorist operation, which the
  // Kyiv authorities launched in April, has already killed hundreds of
  // civilians", "the weapons that Russia sent have killed ...". Not a verb
  // of another kind ("the agreement that Russia signed").
  const HitState& s = *d->s;
  const int subject = SubjectStart(s.cb, s.h.b);
  for (int k = subject + 1; k + 2 < s.h.b; ++k) {
    if (!(IsWord(k, "which") || IsWord(k, "that"))) continue;
    if (!(units_[k - 1].kind == UK::kWord || IsPunct(k - 1, ','))) return;
    const int a = k + 1;
    ActorRef st;
    int e = a + 1;
    if (IsActor(a) && ActorAt(a).kind == "government" && StateOf(a, &st)) {
      const int se = MatchList(e, lex_.state_agent);
      if (se > e) e = se;
    } else if (!CapitalOrgansAt(a, &e, &st)) {
      return;
    }
    while (e < s.h.b && (IsAdverb(e) || InList(e, en_.perfect_auxiliaries))) ++e;
    if (e >= s.h.b ||
        !(MatchList(e, lex_.perpetration) > e || MatchList(e, lex_.agent_participle) > e))
      return;
    d->states.push_back(st);
    return;
  }
}

}  // namespace caucus::stance
