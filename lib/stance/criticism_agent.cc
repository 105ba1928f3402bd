// Criticism (issue #13): the state that does an act a frame cue names. A
// possessive or demonym before it ("Russia's annexation", "the Russian
// aggression"), a by-phrase or an apposition after it, the subject of a
// predicate or of a verb that commits it. The frames that use these are in
// criticism.cc. docs/STANCES.md, "Criticism".
#include <algorithm>
#include <cctype>

#include "stance/sentence.h"

namespace caucus::stance {

// A word that may modify a noun before it ("the continued military
// aggression", "an unprecedented, large-scale incursion"): English marks
// most such adjectives and participles by their ending (english.json
// modifier_endings).
bool SentenceAnalyzer::ModifierShaped(int k) const {
  if (k < 0 || k >= n() || units_[k].kind != UK::kWord) return false;
  const std::string_view w = units_[k].low;
  return w.size() >= 4 && EndsWithOne(w, en_.modifier_endings);
}
// ---- the state that does an act ------------------------------------------

// The government an actor unit stands for: itself, or the government a
// body's or person's `org` names (the Kremlin, a minister); none after
// "anti-" or "pro-" ("the anti-Russian campaign" is not Russia's).
bool SentenceAnalyzer::StateOf(int i, ActorRef* out) const {
  if (!IsActor(i) || AfterSidePrefix(i)) return false;
  const ActorView& a = ActorAt(i);
  if (a.kind == "government") {
    *out = {a, "", 1.0};
    return true;
  }
  const int e = units_[i].ent;
  // (not a body's: Edward Snowden's org is the NSA)
  if (e < 0 || !lex_.IsGovernment(ents_[e].org)) return false;
  *out = {ActorView{ents_[e].org, "government", a.text, a.span}, "", 0.9};
  return true;
}

// The government of a body or person named before this sentence, found
// by its mention: its `org` when that is a government's code ("he" for
// President Putin: RUS).
bool SentenceAnalyzer::StateOfEntity(const ActorRef& a, ActorRef* out) const {
  for (const EntityView& e : ents_) {
    if (!(e.span == a.actor.span) || e.org.size() != 3) continue;
    if (!lex_.IsGovernment(e.org)) return false;
    *out = {ActorView{e.org, "government", a.actor.text, a.actor.span}, a.via, 0.9 * a.conf};
    return true;
  }
  return false;
}

// Whether a stance's actor is the government `state` or a person or body
// whose entry names it (`org`: a president's commitment is the state's).
bool SentenceAnalyzer::StandsFor(const StanceActor& a, std::string_view state) const {
  if (a.id == state) return true;
  ActorRef st;
  return a.kind != "government" &&
         StateOfEntity({ActorView{a.id, a.kind, a.text, a.span}, "", 1.0}, &st) &&
         st.actor.id == state;
}

// Whether unit k is a word with its "'s" attached ("Moscow's", one unit).
bool SentenceAnalyzer::GluedPossessive(int k) const {
  if (k < 0 || k >= n()) return false;
  const std::string_view low = units_[k].low;
  return low.size() > 2 && low.compare(low.size() - 2, 2, "'s") == 0;
}

// A capital written with a capital letter at unit k standing for its
// government ("Moscow must withdraw", "Washington's blockade"): the state,
// and in *end the unit after the name ("Moscow's", one word, is the
// capital's possessive). Callers take it only where a state acts (a
// subject, a possessive), never after a preposition of place.
bool SentenceAnalyzer::CapitalAt(int k, int* end, ActorRef* out) const {
  if (k < 0 || k >= n() || units_[k].kind != UK::kWord) return false;
  const char first = text_[units_[k].span.begin];
  if (first < 'A' || first > 'Z') return false;
  const std::string_view low = units_[k].low;
  const bool glued = GluedPossessive(k);
  const auto [first_cap, end_cap] =
      lex_.CapitalsStartingWith(glued ? low.substr(0, low.size() - 2) : low);
  for (auto it = first_cap; it != end_cap; ++it) {
    const auto& c = lex_.capitals[it->second];
    int e = -1;
    Span span;
    if (glued && c.words.size() == 1 && low.substr(0, low.size() - 2) == c.words[0]) {
      e = k + 1;
      span = {units_[k].span.begin, units_[k].span.end - 2};
    } else if (!glued && (e = MatchWords(k, c.words, false)) > 0) {
      span = {units_[k].span.begin, units_[e - 1].span.end};
    } else {
      continue;
    }
    *out = {ActorView{c.id, "government", text_.substr(span.begin, span.size()), span}, "capital",
            kCapitalConf};
    *end = e;
    return true;
  }
  return false;
}

// A state named by its capital or by its organs there (or by its rulers in
// the state: "the junta in Myanmar"), at unit k (after
// an optional "the"): "Moscow", "the Kyiv authorities", "the regime in
// Kyiv"; *end is the unit after the phrase. As for CapitalAt, callers take
// it only where a state acts.
bool SentenceAnalyzer::CapitalOrgansAt(int k, int* end, ActorRef* out) const {
  if (PowerSeizedAt(k, end, out)) return true;
  const bool article = IsWord(k, "the");
  if (article) ++k;
  // "the current authorities in Kyiv", "the present Kyiv regime".
  while (InList(k, en_.premodifier_words)) ++k;
  int e = 0;
  ActorRef capital;
  if (CapitalAt(k, &e, &capital)) {
    const int se = IsWord(e, "'s") ? -1 : MatchList(e, lex_.state_agent);
    // "the Paris attacks": a capital after "the" without its organs
    // modifies a noun; it is no state.
    if (article && se <= e) return false;
    *out = capital;
    *end = se > e ? se : e;
    return true;
  }
  const int se = MatchList(k, lex_.state_agent);
  if (se > k && IsWord(se, "in") && CapitalAt(se + 1, &e, out) && !IsWord(e, "'s")) {
    *end = e;
    return true;
  }
  // "the junta in Myanmar", "the regime in Syria" (english.json
  // ruling_nouns): those who rule there, named by the state itself.
  // "the military regime in Myanmar": past a noun of its organs; "the
  // military junta in Myanmar": to the ruling noun that ends the organs.
  if (const int sa = MatchList(k, lex_.state_agent); sa > k && !InList(k, en_.ruling_nouns)) {
    if (sa == k + 1 && InList(k + 1, en_.ruling_nouns))
      ++k;
    else if (sa > k + 1 && InList(sa - 1, en_.ruling_nouns))
      k = sa - 1;
  }
  if (InList(k, en_.ruling_nouns) && IsWord(k + 1, "in") && IsActor(k + 2) &&
      ActorAt(k + 2).kind == "government" && !IsWord(k + 3, "'s")) {
    *out = {ActorAt(k + 2), "", 1.0};
    *end = k + 3;
    return true;
  }
  return false;
}

// Those who took power in a capital, its de facto rulers: "those who seized
// power in Kyiv", "the people who came to power in Kyiv" (a head of up to
// three words, "who" or "that", a verb of english.json
// power_seizure_verbs, "(to) power in" and the capital). Sets *end past the
// capital.
bool SentenceAnalyzer::PowerSeizedAt(int k, int* end, ActorRef* out) const {
  for (int w = k; w < k + 4 && w < n() && units_[w].kind == UK::kWord; ++w) {
    if (!(IsWord(w, "who") || IsWord(w, "that"))) continue;
    // "those who back them in Moscow", "the people who arm the separatists
    // from Moscow" (english.json backing_verbs): their sponsors in a
    // capital.
    if (w > k && InList(w + 1, en_.backing_verbs)) {
      // The object: a pronoun or armed groups ("them", "the separatists",
      // "these groups"), not "peace".
      bool object = false;
      for (int p = w + 2; p < w + 6 && p < n() && units_[p].kind == UK::kWord; ++p) {
        if (!(IsWord(p, "in") || IsWord(p, "from"))) {
          object |= IsWord(p, "them") || IsWord(p, "groups") || InList(p, en_.armed_group_nouns);
          continue;
        }
        int e = 0;
        if (!object || !CapitalAt(p + 1, &e, out)) return false;
        *end = e;
        return true;
      }
      return false;
    }
    if (w == k || !InList(w + 1, en_.power_seizure_verbs)) return false;
    int p = w + 2;
    if (IsWord(p, "to")) ++p;
    int e = 0;
    if (!(IsWord(p, "power") && IsWord(p + 1, "in") && CapitalAt(p + 2, &e, out))) return false;
    *end = e;
    return true;
  }
  return false;
}

// A state named by its capital where the phrase at unit k makes it act: its
// organs ("the Kyiv authorities", "the regime in Kyiv"), its possessive
// ("Moscow's"), or a verb, modal or "to" of its own after it ("Kyiv end the
// violence", "Kyiv to stop the shelling", "Kyiv has"); *end is the unit
// after the phrase, as for CapitalOrgansAt. A capital that names a place or
// modifies a noun ("the Minsk agreements", "the Paris Agreement") is none.
bool SentenceAnalyzer::CapitalActsAt(int k, int* end, ActorRef* out) const {
  int e = 0;
  if (!CapitalOrgansAt(k, &e, out)) return false;
  *end = e;
  int c = k;
  if (IsWord(c, "the")) ++c;
  while (InList(c, en_.premodifier_words)) ++c;
  int ce = 0;
  ActorRef capital;
  if (!CapitalAt(c, &ce, &capital) || e > ce) return true;  // its organs
  if (IsWord(ce, "'s") || GluedPossessive(ce - 1)) return true;
  return InList(ce, en_.demand_words) || InList(ce, en_.predicate_starts) ||
         InList(ce, en_.continuation_verbs) || MatchList(ce, lex_.cessation) > ce;
}

// Whether word unit k is a capital joined by a hyphen to a participle of
// english.json agent_participle ("Moscow-backed", "Tehran-sponsored"): the
// capital's state goes to *out.
bool SentenceAnalyzer::CapitalCompoundAt(int k, ActorRef* out) const {
  if (k < 0 || k >= n() || units_[k].kind != UK::kWord) return false;
  const char first = text_[units_[k].span.begin];
  if (first < 'A' || first > 'Z') return false;
  const std::string_view low = units_[k].low;
  const size_t dash = low.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  const std::string_view head = low.substr(0, dash), tail = low.substr(dash + 1);
  const auto& ps = lex_.agent_participle.phrases;
  if (!std::any_of(ps.begin(), ps.end(), [&](const std::vector<std::string>& p) {
        return p.size() == 1 && p[0] == tail;
      }))
    return false;
  const auto [first_cap, end_cap] = lex_.CapitalsStartingWith(head);
  for (auto it = first_cap; it != end_cap; ++it) {
    const auto& c = lex_.capitals[it->second];
    if (c.words.size() != 1 || c.words[0] != head) continue;
    const Span span{units_[k].span.begin, units_[k].span.begin + static_cast<uint32_t>(dash)};
    *out = {ActorView{c.id, "government", text_.substr(span.begin, span.size()), span}, "capital",
            kCapitalConf};
    return true;
  }
  return false;
}

// Doers a state stands behind, as a noun phrase starting at unit `k` and
// ending before `limit`: "Russian-backed separatists", "militants (,) armed
// by Russia" (markers `agent_participle`). The state goes to *out, the
// unit after the phrase (past a comma) to *end. "Pro-Russian separatists"
// name no sponsor.
bool SentenceAnalyzer::SponsoredPhrase(int k, int limit, ActorRef* out, int* end) const {
  if (IsWord(k, "the")) ++k;
  ActorRef st;
  // "Moscow-backed militants": one hyphenated word, a capital and the
  // participle.
  if (CapitalCompoundAt(k, &st)) {
    int j = k + 1;
    while (j < limit && ModifierShaped(j)) ++j;
    if (!(j < limit && units_[j].kind == UK::kWord && hit_at_[j] == -1 && !IsActor(j)))
      return false;
    *out = st;
    *end = j + 1;
    return true;
  }
  if (IsActor(k) && StateOf(k, &st) && !IsPunct(k - 1, '-')) {
    if (!(IsPunct(k + 1, '-') && MatchList(k + 2, lex_.agent_participle) == k + 3)) return false;
    int j = k + 3;
    while (j < limit && (ModifierShaped(j) || IsPunct(j, '-'))) ++j;
    if (!(j < limit && units_[j].kind == UK::kWord && hit_at_[j] == -1 && !IsActor(j)))
      return false;
    *out = st;
    *end = j + 1;
    return true;
  }
  // "militants armed by Russia": a noun, a participle, "by" and the state;
  // the noun may be a group or body that is no state ("NATO countries, led
  // by Washington, pump weapons into ...").
  const bool group = IsActor(k) && ActorAt(k).kind != "government";
  if (!(k < limit && (units_[k].kind == UK::kWord || group) && hit_at_[k] == -1 &&
        (!IsActor(k) || group)))
    return false;
  int j = k + 1;
  // A noun phrase of up to five words ("armed men headed by ...", "small
  // groups of armed people, headed by ...").
  // A participle before a noun is its adjective ("groups of armed people").
  auto participle = [&](int i) {
    const int e = MatchList(i, lex_.agent_participle);
    return e > 0 && (IsWord(e, "by") || IsWord(e - 1, "to") || IsWord(e, "and") || IsPunct(e, ','));
  };
  while (j < limit && j < k + 5 && units_[j].kind == UK::kWord && hit_at_[j] == -1 && !IsActor(j) &&
         !participle(j))
    ++j;
  if (IsPunct(j, ',')) ++j;
  int pe = MatchList(j, lex_.agent_participle);
  // Coordinated participles: "separatists, armed and supported by Russia,".
  while (pe > 0 && (IsWord(pe, "and") || IsPunct(pe, ',')) &&
         MatchList(pe + 1, lex_.agent_participle) > pe + 1)
    pe = MatchList(pe + 1, lex_.agent_participle);
  // "headed up, inter alia, by agents of ...": an aside of at most three
  // words between commas before "by".
  if (pe > 0 && IsPunct(pe, ',')) {
    int c = pe + 1;
    while (c < limit && c < pe + 4 && units_[c].kind == UK::kWord && hit_at_[c] == -1 &&
           !IsActor(c) && !IsWord(c, "by"))
      ++c;
    if (c > pe + 1 && IsPunct(c, ',') && IsWord(c + 1, "by")) pe = c + 1;
  }
  // "armed men loyal to Moscow": a marker that ends in "to" takes the
  // state right after it.
  const bool to = pe > 0 && IsWord(pe - 1, "to");
  if (pe < 0 || !(IsWord(pe, "by") || to)) return false;
  // A group or body is led by a state, not merely backed by one ("The
  // European Union, supported by France, ..."): english.json
  // leadership_participles.
  bool led = false;
  for (int w = j; w < pe && group; ++w) led |= InList(w, en_.leadership_participles);
  if (group && !led) return false;
  // "headed by agents from the Russian Federation".
  const int a = StateNamedAt(to ? pe : pe + 1, &st);
  if (a < 0 || a >= limit) return false;
  *out = st;
  *end = a + 1 + IsPunct(a + 1, ',');
  return true;
}

// The state whose hand a wrong's clause [cb, ce) names after "with"
// (english.json sponsorship_nouns): "with Russian support", "with the
// active backing of Moscow". Not when the state is the one it is done to.
bool SentenceAnalyzer::SponsorshipIn(int cb, int ce, ActorRef* out) const {
  for (int k = cb; k + 1 < ce; ++k) {
    if (!IsWord(k, "with")) continue;
    int a = k + 1;
    if (IsWord(a, "the")) ++a;
    ActorRef st;
    // "with Russian support", "with Russian military support".
    if (IsActor(a) && units_[a].ent >= 0 && ents_[units_[a].ent].form == "demonym" &&
        StateOf(a, &st)) {
      int m = a + 1;
      while (m < ce && m < a + 3 && ModifierShaped(m) && !InList(m, en_.sponsorship_nouns)) ++m;
      if (InList(m, en_.sponsorship_nouns) && !IsWord(m + 1, "of")) {
        *out = st;
        return true;
      }
      continue;
    }
    // "with the (active) support of Russia", "of Moscow".
    int m = a;
    while (m < ce && m < a + 2 && (IsAdverb(m) || ModifierShaped(m)) &&
           !InList(m, en_.sponsorship_nouns))
      ++m;
    if (InList(m, en_.sponsorship_nouns) && IsWord(m + 1, "of") && StateNamedAt(m + 2, &st) >= 0 &&
        StateNamedAt(m + 2, &st) < ce) {
      *out = st;
      return true;
    }
  }
  return false;
}

// Whether the clause before the wrongdoing cue `cue` has as its subject
// doers a state stands behind (SponsoredPhrase), then only a verb group.
bool SentenceAnalyzer::SponsoredSubject(int cb, int cue, ActorRef* out) const {
  ActorRef st;
  int v = 0;
  if (!SponsoredPhrase(SubjectStart(cb, cue), cue, &st, &v)) return false;
  // Not a passive: "Russian-backed separatists were attacked" names victims.
  if (!VerbGroupOnly(v, cue) || PassiveBefore(v, cue + 1)) return false;
  *out = st;
  out->conf *= 0.8;
  return true;
}

// The government an actor of the analysis stands for (see StateOf).
bool SentenceAnalyzer::StateOfRef(const ActorRef& a, ActorRef* out) const {
  if (a.actor.kind == "government") {
    *out = a;
    return true;
  }
  const int u = a.actor.span.size() > 0 ? UnitAt(a.actor.span.begin) : -1;
  if (u < 0 || !(units_[u].span == a.actor.span) || !StateOf(u, out)) return false;
  out->via = a.via;
  out->conf *= a.conf;
  return true;
}

// The unit starting at byte `pos`, or -1.
int SentenceAnalyzer::UnitAt(uint32_t pos) const {
  auto it = std::lower_bound(units_.begin(), units_.end(), pos,
                             [](const Unit& u, uint32_t p) { return u.span.begin < p; });
  return it != units_.end() && it->span.begin == pos ? static_cast<int>(it - units_.begin()) : -1;
}

// Unit a, or the state after a state's organs there ("agents of the
// Russian Federation", "officials from Russia"): where the state is named.
int SentenceAnalyzer::PastOrgansOf(int a) const {
  const int se = MatchList(a, lex_.state_agent);
  if (se > 0 && (IsWord(se, "of") || IsWord(se, "from"))) return se + 1 + IsWord(se + 1, "the");
  return a;
}

// Where a subject of "its" / "their" and a state's organs or conduct ends
// ("its forces", "their actions"), when unit k opens one; else -1. The state
// is the one "its" stands for (AgentBefore at k + 1).
int SentenceAnalyzer::PossessedSubjectEnd(int k) const {
  if (!InList(k, en_.agent_possessives)) return -1;
  return std::max(MatchList(k + 1, lex_.state_agent), MatchList(k + 1, lex_.conduct_noun));
}

// The state named at unit a, past "the" and a state's organs ("by the
// agents of the Russian Federation", "from Moscow"): its unit, with the
// state in *out, or -1 (StateOrCapitalAt, PastOrgansOf).
int SentenceAnalyzer::StateNamedAt(int a, ActorRef* out) const {
  a = PastOrgansOf(a + IsWord(a, "the"));
  return StateOrCapitalAt(a, out) ? a : -1;
}

// A state at unit a, or its capital (and its organs there): the doer after
// "by" or a conduct noun's "of" ("launched by Kyiv", "the illegal actions
// of the Kyiv authorities").
bool SentenceAnalyzer::StateOrCapitalAt(int a, ActorRef* out) const {
  int capital_end = 0;
  return StateOf(a, out) || CapitalOrgansAt(a, &capital_end, out);
}

// Whether unit i follows a preposition that makes a state a place or an
// object ("in Ukraine", "against Georgia"), not the doer.
bool SentenceAnalyzer::AfterPlacePreposition(int i) const {
  int k = i - 1;
  if (IsWord(k, "the")) --k;
  return k >= 0 && units_[k].kind == UK::kWord && MatchList(k, lex_.place_preposition) == k + 1;
}

// The state a possessive, a demonym or "its"/"their" before unit `b` names,
// across at most two modifiers: "Russia's (illegal) annexation", "the
// Russian (military) aggression", "its provocations".
bool SentenceAnalyzer::AgentBefore(int b, int cb, ActorRef* out) const {
  int k = b - 1;
  // "Russia's war of aggression", "its campaign of violence": past a noun
  // of kind and its "of" (english.json kind_nouns).
  if (IsWord(k, "of") && k - 1 >= cb && InList(k - 1, en_.kind_nouns)) k -= 2;
  for (int steps = 0; steps < 3 && k >= cb; ++steps) {
    if (IsAdverb(k) || IsPunct(k, '-') || InList(k, en_.premodifier_words) ||
        (units_[k].kind == UK::kWord && FrameAt(k, CueFrame::kEvaluation)) ||
        (ModifierShaped(k) && !IsWord(k, "'s"))) {
      --k;
      continue;
    }
    break;
  }
  int capital_end = 0;
  if (IsWord(k, "'s")) {
    if (StateOf(k - 1, out)) return true;
    // "Moscow 's annexation": the capital's one word before "'s".
    if (CapitalAt(k - 1, &capital_end, out) && capital_end == k) return true;
    // "the Kyiv regime's punitive operation": a capital's organs; "the
    // Assad regime's brutal attacks", "the Russian military's": a state or
    // its leader, then its organs.
    if (MatchList(k - 1, lex_.state_agent) != k) return false;
    return (CapitalAt(k - 2, &capital_end, out) && capital_end == k - 1) ||
           (k - 2 >= cb && !AfterPlacePreposition(k - 2) && StateOf(k - 2, out));
  }
  // "Moscow's annexation" as one word; "the Assad regime's brutal
  // attacks", "the Russian military's": a state or its leader, then a noun
  // of its organs with its "'s".
  if (k >= cb && units_[k].kind == UK::kWord && GluedPossessive(k)) {
    if (CapitalAt(k, &capital_end, out)) return true;
    const std::string_view stem = units_[k].low.substr(0, units_[k].low.size() - 2);
    const bool organs = std::any_of(
        lex_.state_agent.phrases.begin(), lex_.state_agent.phrases.end(),
        [&](const std::vector<std::string>& p) { return p.size() == 1 && p[0] == stem; });
    return organs && k - 1 >= cb && !AfterPlacePreposition(k - 1) && StateOf(k - 1, out);
  }
  // "the Kyiv junta": a capital before a cue that names a state's organs
  // (not "the Paris attacks", where the capital is the scene).
  if (k + 1 == b && CapitalAt(k, &capital_end, out) && capital_end == b &&
      MatchList(b, lex_.state_agent) > b && !AfterPlacePreposition(k))
    return true;
  // "anti-Ukrainian propaganda": the demonym is the target, not the doer.
  if (IsActor(k) && IsPunct(k - 1, '-') && k >= 2 && units_[k - 2].kind == UK::kWord &&
      MatchList(k - 2, lex_.stance_prefix) == k - 1)
    return false;
  if (IsActor(k)) {
    // "Ukraine suffered repeated provocations": a past tense after a named
    // state is its verb, not a modifier of the wrong (a perpetration verb's
    // subject is found by EvaluationAgent).
    const bool demonym = units_[k].ent >= 0 && ents_[units_[k].ent].form == "demonym";
    if (!demonym && k + 1 < b && units_[k + 1].kind == UK::kWord && units_[k + 1].low.size() > 3 &&
        units_[k + 1].low.compare(units_[k + 1].low.size() - 2, 2, "ed") == 0)
      return false;
    // A demonym right before the wrong is its doer even after a preposition
    // ("defends itself against Russian aggression", "killed in Syrian
    // detention"): the preposition governs the wrong, not the state.
    if (demonym && k + 1 == b) return StateOf(k, out);
    return !AfterPlacePreposition(k) && !InPrepositionalPhrase(k, cb) && StateOf(k, out);
  }
  if (InList(k, en_.agent_possessives)) {
    std::vector<ActorRef> c;
    int e = 0;
    if (Coref(k, &e, &c) && !c.empty()) {
      if (c[0].actor.kind != "government" || ForeignPronounAntecedent(c[0])) return false;
      // An antecedent in the sentence before, where another state is a
      // clause's subject ("Russia has annexed Crimea, while Belarus has
      // stayed silent. Its conduct ..."): either may be meant.
      if (!sent_.Contains(c[0].actor.span) && c[0].actor.span.size() > 0 &&
          OtherSubjectStateBefore(c[0].actor.id))
        return false;
      *out = c[0];
      // "Russia has manufactured a crisis in eastern Ukraine to justify its
      // interference": a state named as the place is no antecedent when the
      // clause has a state as its subject.
      const int u = c[0].actor.span.size() > 0 ? UnitAt(c[0].actor.span.begin) : -1;
      ActorRef subject;
      if (u >= cb && u < k && (AfterPlacePreposition(u) || InPrepositionalPhrase(u, cb)) &&
          ClauseSubjectState(cb, u, &subject) && subject.actor.span.size() > 0) {
        // Not the speaker's "we" ("we call on Russia to cease its ...").
        const int su = UnitAt(subject.actor.span.begin);
        if (su >= 0 && units_[su].low != "we" && units_[su].low != "i") *out = subject;
      }
      return true;
    }
    // No antecedent among the actors: the clause's subject when that is a
    // capital's organs ("The Kyiv authorities continue their punitive
    // operation"), or a state's organs ("The Ukrainian armed forces continue
    // their attacks").
    int organs_end = 0;
    const int subject = SubjectStart(cb, k);
    if (AfterPlacePreposition(subject)) return false;
    if (!CapitalOrgansAt(subject, &organs_end, out)) {
      const int c = subject + IsWord(subject, "the");
      if (!OrgansAfterAdjective(c, out)) return false;
      organs_end = OrgansEnd(c);
    }
    // A verb group, or one verb more ("launched their", "continue their").
    return VerbGroupOnly(organs_end, k) ||
           (k - 1 >= organs_end && units_[k - 1].kind == UK::kWord &&
            !InList(k - 1, en_.prepositions) && VerbGroupOnly(organs_end, k - 1));
  }
  return false;
}

// Whether actor unit k is deep inside a phrase of place that starts after
// cb, past articles, modifiers and numbers: "in six eastern Ukrainian
// towns" (AfterPlacePreposition sees only "in (the) Ukraine"). Such an
// actor is no subject.
bool SentenceAnalyzer::InPrepositionalPhrase(int k, int cb) const {
  auto quantity = [&](int u) {
    return units_[u].kind == UK::kWord && !units_[u].low.empty() &&
           ((units_[u].low[0] >= '0' && units_[u].low[0] <= '9') ||
            en_.quantity_words.Contains(internal::LowerWord(units_[u].low)));
  };
  int p = k - 1;
  while (p > cb &&
         (InList(p, en_.articles) || ModifierShaped(p) || InList(p, en_.premodifier_words) ||
          quantity(p) ||
          (units_[p].kind == UK::kWord && EndsWithOne(units_[p].low, en_.compass_endings))))
    --p;
  return p < k - 1 && p >= cb && units_[p].kind == UK::kWord &&
         MatchList(p, lex_.place_preposition) == p + 1;
}

// The clause's subject when it is a state: the first actor of [cb, before)
// that no preposition governs ("Russia is seeking to impose its will by
// using misinformation").
bool SentenceAnalyzer::ClauseSubjectState(int cb, int before, ActorRef* out) const {
  // "The Kyiv authorities launched a punitive operation".
  int capital_end = 0;
  const int subject = SubjectStart(cb, before);
  if (CapitalOrgansAt(subject, &capital_end, out) && !AfterPlacePreposition(subject)) {
    if (VerbGroupOnly(capital_end, before)) return true;
    // "The regime in Tehran is the leading sponsor of terrorism": a copula,
    // then an article and modifiers only.
    int k = MatchList(capital_end, lex_.copula);
    while (k > 0 && k < before &&
           (InList(k, en_.articles) || IsAdverb(k) || ModifierShaped(k) ||
            InList(k, en_.premodifier_words)))
      ++k;
    if (k == before) return true;
  }
  for (int k = cb; k < before; ++k) {
    if (!IsActor(k)) continue;
    if (AfterPlacePreposition(k) || IsWord(k - 1, "of") || IsWord(k - 1, "by")) continue;
    if (InPrepositionalPhrase(k, cb)) continue;
    if (InRelativeObject(k, cb)) continue;
    return StateOf(k, out);
  }
  // "Let me turn to the DPRK. It has launched more than thirty missiles in
  // violation of ...": a pronoun subject stands for the state it refers to;
  // not an "it" of "be" ("It is in violation of ...", often the act; "It
  // has been repeated that ...").
  const int pronoun = SubjectStart(cb, before);
  if (!(pronoun < before && InList(pronoun, en_.state_pronouns))) return false;
  for (int k = pronoun + 1; k < before; ++k)
    if (IsBeForm(k) || IsWord(k, "that")) return false;
  std::vector<ActorRef> refs;
  int end = 0;
  return Coref(pronoun, &end, &refs) && refs.size() == 1 && refs[0].actor.kind == "government" &&
         StateOfRef(refs[0], out);
}

// Whether the actor at unit k stands after the verb of a relative clause,
// as its object ("Those who shot down the Malaysian aircraft", "The
// missile that destroyed the Malaysian plane"): no subject of the verb
// after the clause. Not the clause's own subject ("the forces that Russia
// sent").
bool SentenceAnalyzer::InRelativeObject(int k, int cb) const {
  // A passive's agent there is the state behind the subject ("Terrorists
  // who are transferred by the Turkish regime ... may get their share").
  if (IsWord(k - 1, "by") || (IsWord(k - 1, "the") && IsWord(k - 2, "by"))) return false;
  bool verb = false;
  for (int r = k - 1; r >= cb && r >= k - 8; --r) {
    if (units_[r].kind == UK::kPunct) return false;
    // The clause's subject is the gap: its verb right after the pronoun
    // ("that we do not permit the Ukrainian authorities" has a subject).
    if (InList(r, en_.relative_pronouns))
      return verb && units_[r + 1].kind == UK::kWord && !InList(r + 1, en_.articles) &&
             !InList(r + 1, en_.state_pronouns) && !InList(r + 1, en_.person_pronouns) &&
             !IsWord(r + 1, "we") && !IsWord(r + 1, "i") && !IsWord(r + 1, "you");
    if (units_[r].kind == UK::kWord && !InList(r, en_.articles) && !InList(r, en_.demonstratives) &&
        !InList(r, en_.agent_possessives))
      verb = true;
  }
  return false;
}

// The state an evaluative adjective's noun at unit c stands for: a state's
// organs as one actor unit ("the illegitimate Ukrainian government"), a
// state or capital and a noun of its organs ("the self-proclaimed Kyiv
// authorities"), or the organs in a capital ("the illegitimate authorities
// in Kyiv").
bool SentenceAnalyzer::OrgansAfterAdjective(int c, ActorRef* out) const {
  int end = c + 1;
  ActorRef st;
  const bool state = (IsActor(c) && StateOf(c, &st)) || CapitalAt(c, &end, &st);
  if (state && units_[c].kind != UK::kWord && units_[c].span.size() > st.actor.span.size() &&
      st.actor.span.size() > 0) {
    *out = st;  // "Ukrainian authorities" as one actor unit
    return true;
  }
  if (state && MatchList(end, lex_.state_agent) > end) {
    *out = st;
    return true;
  }
  // "the illegitimate authorities in Kyiv".
  if (!state && MatchList(c, lex_.state_agent) > c && CapitalOrgansAt(c, &end, &st)) {
    *out = st;
    return true;
  }
  return false;
}

// A state at unit a (after an optional "the") that opens no list ("Russia,
// Iran and ...", "Russia and Iran"): the doer of a fronted phrase or a
// sentence adverb's clause.
bool SentenceAnalyzer::LoneStateAt(int a, ActorRef* out) const {
  if (IsWord(a, "the")) ++a;
  return IsActor(a) && !IsPunct(a + 1, ',') && !IsWord(a + 1, "and") && StateOf(a, out);
}

// Who does the act an evaluative cue names: a possessive or demonym before
// it ("Russian aggression"), a by-phrase after its noun phrase ("the
// annexation of Crimea by Russia"), "of X" for cues whose "of" names the
// agent, an apposition ("the aggressor, the Russian Federation"), the
// subject of a predicate ("Russia's actions are illegal") or of a verb that
// commits it ("Russia is waging propaganda"), the holder of a conduct noun
// it follows ("the Kremlin's use of propaganda").
bool SentenceAnalyzer::EvaluationAgent(const Hit& h, int cb, int ce, ActorRef* out) const {
  const CueDef& def = lex_.defs[h.def];
  // An adverb ("illegally deployed"): the verb's subject.
  if (IsAdverb(h.b) && h.e == h.b + 1) {
    // A sentence adverb of regret before the clause ("Unfortunately, the
    // Russian Federation has refused"): the state right after it.
    if (SubjectStart(cb, h.b) == h.b && IsPunct(h.e, ',')) return LoneStateAt(h.e + 1, out);
    // Before a passive participle, its agent: "was brazenly terminated by
    // the veto cast by the Russian Federation", "illegally seized by Russia".
    if (PassiveBefore(cb, h.e + 1) && h.e + 1 < ce && IsWord(h.e + 1, "by")) {
      int a = h.e + 2 + IsWord(h.e + 2, "the");
      // "by the veto cast by", "by a decision taken by".
      if (a + 2 < ce && units_[a].kind == UK::kWord && !IsActor(a) &&
          (IsWord(a + 1, "cast") || IsWord(a + 1, "taken") || IsWord(a + 1, "made")) &&
          IsWord(a + 2, "by"))
        a += 3;
      if (StateNamedAt(a, out) >= 0) return true;
    }
    const Parse p = ParseSubject(cb, h.b);
    if (p.ok && StateOfRef(p.subjects.back(), out)) return true;
    return ClauseSubjectState(cb, h.b, out);
  }
  // A fronted phrase ("In violation of the agreement, Russia has moved
  // ...", "Contrary to its obligations, the Russian Federation ..."): the
  // state that opens the main clause after the comma.
  if (def.pos == CuePos::kAdj && SubjectStart(cb, h.b) == h.b) {
    int k = h.e;
    while (k < ce && k < h.e + 12 && !IsPunct(k, ',')) ++k;
    if (IsPunct(k, ',') && LoneStateAt(k + 1, out)) return true;
  }
  // A phrase of manner ("in violation of", "contrary to", "against its own
  // people") is no noun a possessive or demonym before it modifies: "in
  // eastern Ukraine in violation of" names no doer.
  const bool adjunct = IsWord(h.b, "in") || IsWord(h.b, "contrary") || IsWord(h.b, "against") ||
                       IsWord(h.b, "without");
  if (!adjunct && AgentBefore(h.b, cb, out)) return true;
  // "the Kremlin's use of propaganda", "the spread of Russian propaganda".
  if (IsWord(h.b - 1, "of") && h.b - 2 >= cb && MatchList(h.b - 2, lex_.conduct_noun) == h.b - 1 &&
      AgentBefore(h.b - 2, cb, out))
    return true;
  // After the noun phrase: "of X" (agentive nouns), "by X", "carried out by X".
  int k = h.e;
  // A cue that ends in "with" or "for" names the one blamed after it: "the
  // responsibility lies with the Russian Federation", "a failure for
  // Russia"; a noun that ends in "on" too ("shame on Russia").
  if (IsWord(h.e - 1, "with") || IsWord(h.e - 1, "for") ||
      (def.pos == CuePos::kNoun && IsWord(h.e - 1, "on"))) {
    int a = h.e + IsWord(h.e, "the");
    int capital_end = 0;
    return StateOf(a, out) || CapitalOrgansAt(h.e, &capital_end, out);
  }
  // A cue that ends in "by" names the doer after it: "the war unleashed by
  // Russia", "cities destroyed by Russian missiles".
  if (IsWord(h.e - 1, "by")) return StateNamedAt(h.e, out) >= 0;
  // (A cue that ends in "of" has its "of" inside: "the work of X".)
  if (def.of_agent && (IsWord(k, "of") || IsWord(h.e - 1, "of"))) {
    // "the intransigence of our Russian colleagues": a delegation spoken
    // of as colleagues is its state.
    int a = IsWord(h.e - 1, "of") ? h.e : k + 1;
    if (IsWord(a, "the") || IsWord(a, "our")) ++a;
    // "the work of the Ukrainian nationalists": a bare demonym names the
    // state only with its organs ("the work of Russian agents").
    if (IsWord(h.e - 1, "of") && IsActor(a) && units_[a].ent >= 0 &&
        ents_[units_[a].ent].form == "demonym" && units_[a].span == ents_[units_[a].ent].span &&
        MatchList(a + 1, lex_.state_agent) <= a + 1)
      return false;
    if (StateOf(a, out)) return true;
  }
  // A wrong from its source: "such hypocrisy from Washington", "provocations
  // from the Russian side".
  // The same past "came from" in the clause: "the most unfair of all came
  // from our Ukrainian colleague".
  int from = -1;
  if (def.pos == CuePos::kNoun && IsWord(k, "from")) from = k;
  // A cue that ends in "from": "(the separatists received) weapons from
  // Russia", "(armed groups) directed from Moscow".
  if (IsWord(h.e - 1, "from")) from = h.e - 1;
  for (int v = h.e; from < 0 && v < ce && v < h.e + 6 && units_[v].kind == UK::kWord; ++v)
    if ((IsWord(v, "came") || IsWord(v, "comes") || IsWord(v, "come")) && IsWord(v + 1, "from"))
      from = v + 1;
  if (from >= 0 && StateNamedAt(from + 1 + IsWord(from + 1, "our"), out) >= 0) return true;
  // "Contrary to what Russia claims, ...": a cue that ends in "what" judges
  // the claim of the state (or its capital, or its representative) whose
  // report verb follows.
  if (IsWord(h.e - 1, "what")) {
    const int a = h.e + IsWord(h.e, "the");
    ActorRef st;
    int e = a + 1;
    if ((IsActor(a) && StateOf(a, &st)) || CapitalOrgansAt(a, &e, &st)) {
      // "what the Russian representative claims": past its representative.
      for (int steps = 0; steps < 2 && e < ce && units_[e].kind == UK::kWord &&
                          MatchList(e, lex_.report) < 0 && hit_at_[e] == -1;
           ++steps)
        ++e;
      while (e < ce && (IsAdverb(e) || InList(e, en_.perfect_auxiliaries))) ++e;
      if (e < ce && MatchList(e, lex_.report) > e) {
        *out = st;
        return true;
      }
    }
  }
  // An evaluative adjective: on a state's organs ("the self-proclaimed Kyiv
  // authorities"), or on a conduct noun whose "of X" is the doer ("the
  // dangerous stance of the Russian Federation", "illegal actions of X").
  if (def.pos == CuePos::kAdj) {
    // The noun it goes with, after adverbs and modifiers.
    int c = h.e;
    // (not past a state's organs of a modifier's shape: "the so-called
    // Government in Kyiv")
    while (c < ce && (IsAdverb(c) || ModifierShaped(c)) && MatchList(c, lex_.state_agent) < 0) ++c;
    if (!IsAdverb(h.b) && OrgansAfterAdjective(c, out)) return true;
    const int ne = MatchList(c, lex_.conduct_noun);
    if (ne > c && IsWord(ne, "of")) {
      int a = ne + 1;
      if (IsWord(a, "the")) ++a;
      if (StateOrCapitalAt(a, out)) return true;
    }
  }
  if (IsPunct(k, ',')) {
    // "the aggressor, the Russian delegation,". Not the subject of the
    // main clause after a fronted phrase ("In fighting terrorism, Ukraine
    // has shown restraint"): no verb group after the state.
    int a = k + 1;
    if (IsWord(a, "the")) ++a;
    int nx = a + 1;
    const int organs = MatchList(nx, lex_.state_agent);
    if (organs > nx) nx = organs;
    const bool subject = InList(nx, en_.perfect_auxiliaries) || MatchList(nx, lex_.copula) > nx ||
                         MatchList(nx, lex_.obligation) > nx || InList(nx, en_.continuation_verbs);
    if (!subject && StateOf(a, out)) return true;
  }
  for (int steps = 0; k < ce && steps < 10; ++k, ++steps) {
    // A comma inside coordinated modifiers goes on ("the illegal economic,
    // commercial and financial blockade that X has imposed").
    if (IsPunct(k, ',') && (ModifierShaped(k + 1) || IsWord(k + 1, "and")) && k > h.e &&
        (ModifierShaped(k - 1) || IsAdverb(k - 1)))
      continue;
    if (units_[k].kind == UK::kPunct) break;
    if (InList(k, en_.relative_pronouns)) {
      // A relative clause whose subject is the doer: "the illegal blockade
      // that the United States Government has imposed".
      int a = k + 1;
      if (IsWord(a, "the")) ++a;
      ActorRef st;
      if (!StateOf(a, &st)) break;
      int v = a + 1;
      const int se = MatchList(v, lex_.state_agent);
      if (se > 0) v = se;
      for (int steps = 0; steps < 3 && (IsAdverb(v) || MatchList(v, lex_.copula) == v + 1 ||
                                        InList(v, en_.perfect_auxiliaries));
           ++steps)
        ++v;
      if (v < ce && units_[v].kind == UK::kWord &&
          (MatchList(v, lex_.agent_participle) > 0 || MatchList(v, lex_.perpetration) > 0)) {
        *out = st;
        return true;
      }
      break;
    }
    int by = k;
    const int pe = MatchList(k, lex_.agent_participle);
    if (pe > 0) {
      by = pe;
    } else if (units_[k].kind == UK::kWord && k > h.e &&
               (units_[k].low.size() > 4 &&
                (units_[k].low.compare(units_[k].low.size() - 2, 2, "ed") == 0 ||
                 units_[k].low.compare(units_[k].low.size() - 2, 2, "en") == 0))) {
      // Another participle's agent: "the aggression condemned by Ukraine".
      break;
    }
    while (IsAdverb(by)) ++by;
    if (IsWord(by, "by")) {
      if (StateNamedAt(by + 1, out) >= 0) return true;  // "by agents of the Russian Federation"
      // "waged by the armed Houthi militias, supported by the Iranian
      // regime": the state behind the doers.
      int sponsored_end = 0;
      if (SponsoredPhrase(by + 1, ce, out, &sponsored_end)) return true;
      break;
    }
  }
  // "the aggressor, X": before the cue, "X, the aggressor".
  {
    int a = h.b - 1;
    if (IsWord(a, "the")) --a;
    if (IsPunct(a, ',') && StateOf(a - 1, out) && !AfterPlacePreposition(a - 1)) return true;
  }
  // A predicate: "Russia is the aggressor", "X's actions are illegal", "the
  // build-up ... has been a deliberate provocation", "is, however, morally
  // and humanly incomprehensible and unacceptable". Not for a phrase of
  // manner after a passive, which is said of the act, not of its subject
  // ("Ukraine was attacked in violation of international law").
  bool participle = false;
  bool article = false;
  int c = h.b - 1;
  for (int steps = 0; steps < 7 && c > cb; ++steps) {
    // "were an act of aggression", "is a form of blackmail".
    if (IsWord(c, "of") && c - 1 > cb && InList(c - 1, en_.kind_nouns)) {
      c -= 2;
      continue;
    }
    // "Ukraine was attacked, and the aggressor ...", "When Kuwait was
    // invaded, the aggressor ...": a noun phrase with its article after a
    // passive participle and "and" or a comma opens a new clause, no
    // predicate of the subject before.
    if (article && (IsWord(c, "and") || IsPunct(c, ','))) {
      int q = c - 1;
      if (IsPunct(q, ',') || IsWord(q, "and")) --q;
      if (q > cb && units_[q].kind == UK::kWord &&
          en_.IsParticipleShaped(internal::LowerWord(units_[q].low)))
        break;
    }
    // "Ukraine is fighting terrorism", "is combating propaganda": a verb
    // that acts against the wrong (english.json countering_verbs) is no
    // modifier of it; its subject does no wrong.
    if (CounteringForm(c)) return false;
    article |= InList(c, en_.articles);
    if (InList(c, en_.articles) || IsAdverb(c) || ModifierShaped(c) || IsPunct(c, ',') ||
        IsWord(c, "and") || InList(c, en_.premodifier_words) ||
        (IsPunct(c + 1, ',') && InList(c, en_.discourse_openers))) {
      participle |= ModifierShaped(c) && !IsAdverb(c);
      --c;
    } else {
      break;
    }
  }
  if (!(adjunct && participle) && c > cb && units_[c].kind == UK::kWord &&
      (MatchList(c, lex_.copula) == c + 1 || MatchList(c - 1, lex_.copula) == c + 1)) {
    if (MatchList(c - 1, lex_.copula) == c + 1) --c;
    int sb = c;
    while (sb > cb && (InList(sb - 1, en_.perfect_auxiliaries) || IsAdverb(sb - 1))) --sb;
    // "The Kyiv authorities are hypocritical": a capital or its organs.
    int capital_end = 0;
    if (CapitalOrgansAt(SubjectStart(cb, sb), &capital_end, out) && capital_end == sb) return true;
    // "Its actions are illegal": the state "its" stands for.
    const int subject = SubjectStart(cb, sb);
    // "Moscow's claims are baseless": a capital's possessive opening the
    // subject.
    {
      const int a = subject + IsWord(subject, "the");
      ActorRef capital;
      if (CapitalAt(a, &capital_end, &capital) && capital_end < sb &&
          (IsWord(capital_end, "'s") || GluedPossessive(capital_end - 1))) {
        *out = capital;
        return true;
      }
    }
    if (PossessedSubjectEnd(subject) == sb && AgentBefore(subject + 1, cb, out)) return true;
    // "The actions of Kyiv are unacceptable": a conduct noun of a capital.
    for (int a = subject; a + 2 < sb; ++a) {
      if (MatchList(a, lex_.conduct_noun) != a + 1 || !IsWord(a + 1, "of")) continue;
      if (CapitalOrgansAt(a + 2, &capital_end, out) && capital_end == sb) return true;
    }
    // "What we have seen from the Russian Federation is shocking": in a
    // pseudo-cleft, the state the seen conduct comes from.
    const bool what = IsWord(SubjectStart(cb, sb), "what");
    for (int a = cb; a < sb; ++a) {
      // The speaker's own "we" is who sees, not what is judged.
      if (!IsActor(a) || units_[a].low == "we" || units_[a].low == "i") continue;
      const bool source =
          what && (IsWord(a - 1, "from") || (IsWord(a - 1, "the") && IsWord(a - 2, "from")));
      if (!source && (AfterPlacePreposition(a) || InPrepositionalPhrase(a, cb))) continue;
      // "the actions of Russia": "of" only after a conduct noun, and not
      // after one whose "of" names the victim ("the blockade of Cuba").
      if (IsWord(a - 1, "of") || (IsWord(a - 1, "the") && IsWord(a - 2, "of"))) {
        const int of = IsWord(a - 1, "of") ? a - 1 : a - 2;
        if (of - 1 < cb || MatchList(of - 1, lex_.conduct_noun) != of ||
            InList(of - 1, en_.patient_of_nouns))
          continue;
      }
      if (StateOf(a, out)) return true;
    }
  }
  // The subject of a verb that commits the act: "Russia is waging
  // propaganda", "by using misinformation, intimidation and aggression".
  for (int v = h.b - 1; v >= cb && v >= h.b - 8; --v) {
    if (units_[v].kind == UK::kPunct && !IsPunct(v, ',')) break;
    if (units_[v].kind != UK::kWord) continue;
    // Or one that goes on with it: "Russia continues the creeping
    // annexation of our regions".
    int pe = MatchList(v, lex_.perpetration);
    if (pe < 0 && InList(v, en_.continuation_verbs) &&
        (InList(v + 1, en_.articles) || InList(v + 1, en_.agent_possessives)))
      pe = v + 1;
    if (pe < 0 || pe > h.b) continue;
    // A verb before "that" reports a finding, no act: "X has shown that
    // armed groups can be disarmed", "held that".
    if (IsWord(pe, "that")) continue;
    // The wrong must be the verb's object, not in a phrase after it:
    // "Ukraine has shown restraint in the face of these provocations".
    bool object = true;
    for (int k = pe; k < h.b && object; ++k)
      object = !(InList(k, en_.prepositions) && !IsWord(k, "of"));
    if (object && ClauseSubjectState(cb, v, out)) return true;
    break;
  }
  // A wrong on a territory whose occupier the lexicon knows: "the illegal
  // annexation of Crimea" (cues.json occupied_places), not when a "by"
  // names someone else.
  // A discourse adjective judges its noun there: "the so-called referendum
  // in Crimea", "the sham vote in the occupied Golan"; not a title ("the
  // self-proclaimed Prime Minister of Crimea": that person, not the
  // occupier).
  int place_prep = h.e;
  if (def.discourse && def.pos == CuePos::kAdj) {
    while (place_prep < ce && place_prep < h.e + 2 && units_[place_prep].kind == UK::kWord &&
           !InList(place_prep, en_.prepositions) && hit_at_[place_prep] == -1 &&
           !std::isupper(static_cast<unsigned char>(text_[units_[place_prep].span.begin])))
      ++place_prep;
  }
  if (def.discourse &&
      (IsWord(place_prep, "of") || IsWord(place_prep, "against") || IsWord(place_prep, "in"))) {
    int a = place_prep + 1;
    if (IsWord(a, "the")) ++a;
    if (IsActor(a)) ++a;  // "the Syrian Golan": the demonym names the victim
    for (const auto& place : lex_.occupied_places) {
      const int e = MatchWords(a, place.words, false);
      if (e < 0 || IsWord(e, "by") || IsWord(e, "'s")) continue;
      const Span span{units_[a].span.begin, units_[e - 1].span.end};
      *out = {ActorView{place.id, "government", text_.substr(span.begin, span.size()), span},
              "occupied-place", 0.7};
      return true;
    }
  }
  // A phrase of manner after an active verb: its subject did the act ("Iran
  // continues to supply weapons to the Houthis in violation of resolution
  // 2216").
  // "came to power through an unconstitutional coup": a judged noun after
  // "through" is a means of the clause's subject too.
  // Not after a verb of suffering ("Ukraine has suffered through an illegal
  // occupation").
  bool means =
      def.pos == CuePos::kAdj &&
      (IsWord(h.b - 1, "through") || (InList(h.b - 1, en_.articles) && IsWord(h.b - 2, "through")));
  for (int k = cb; k < h.b && means; ++k) means = !InList(k, en_.suffering_verbs);
  if ((adjunct || means) && def.pos == CuePos::kAdj && !PassiveBefore(cb, h.b)) {
    if (ClauseSubjectState(cb, h.b, out)) return true;
    // A capital or its organs as the subject of any verb: "Kyiv uses
    // aviation against residential areas", "The Kyiv regime has turned its
    // army against its own citizens".
    int capital_end = 0;
    const int subject = SubjectStart(cb, h.b);
    return CapitalOrgansAt(subject, &capital_end, out) && !AfterPlacePreposition(subject) &&
           capital_end < h.b && units_[capital_end].kind == UK::kWord &&
           !InList(capital_end, en_.prepositions) && !IsWord(capital_end, "'s");
  }
  return false;
}

// Whether the clause before `before` has a passive verb group: a form of
// "be" and then, past adverbs, a participle ("was attacked", "have been
// shelled"), "get" too ("got killed").
bool SentenceAnalyzer::PassiveBefore(int cb, int before) const {
  for (int k = cb; k < before; ++k) {
    if (!InList(k, en_.nominal_passive_be_forms) && !IsWord(k, "got") && !IsWord(k, "get"))
      continue;
    int v = k + 1;
    while (v < before && (IsAdverb(v) || IsWord(v, "been") || IsWord(v, "being"))) ++v;
    // "are preventing", "has been procuring": a progressive, not a passive.
    if (v < before && IsIngForm(v)) continue;
    if (v < before && ModifierShaped(v)) return true;
  }
  return false;
}

// Whether unit k is the -ing form of a verb that acts against its object
// (english.json countering_verbs: "fighting", "combating", "combatting",
// "preventing", "tackling").
bool SentenceAnalyzer::CounteringForm(int k) const {
  if (k < 0 || k >= n() || units_[k].kind != UK::kWord) return false;
  const std::string_view w = units_[k].low;
  if (w.size() < 6 || w.substr(w.size() - 3) != "ing") return false;
  std::string stem(w.substr(0, w.size() - 3));
  if (en_.countering_verbs.Contains(stem)) return true;
  if (en_.countering_verbs.Contains(stem + "e")) return true;
  // A doubled consonant: "combatting".
  return stem.size() > 3 && stem.back() == stem[stem.size() - 2] &&
         en_.countering_verbs.Contains(stem.substr(0, stem.size() - 1));
}

// "In denying the facts, Russia is unaware of ...", "By illegally annexing
// Crimea, Moscow has isolated itself": a wrong in a gerund after a
// preposition (english.json gerund_openers) that opens the clause (or
// follows "that,"), whose phrase ends at a comma, is done by the subject
// right after that comma: a state or a capital's organs, then neither a
// possessive nor a coordination ("By annexing Crimea, Russia and its
// allies"), nor the holder itself.
void SentenceAnalyzer::FrontedGerundDoer(DoerSearch* d) {
  const HitState& s = *d->s;
  if (!IsIngForm(s.h.b)) return;
  int p = s.h.b - 1;
  while (p > 0 && IsAdverb(p)) --p;
  if (!InList(p, en_.gerund_openers)) return;
  const int before = p - 1;
  if (!(p == SubjectStart(0, p + 1) || p == 0 || IsPunct(before, ',') ||
        (IsWord(before, "that") && p > 1)))
    return;
  int c = s.h.e;
  while (c < n() && c < s.h.e + 12 && !(units_[c].kind == UK::kPunct && !IsPunct(c, '-'))) ++c;
  if (!IsPunct(c, ',')) return;
  int a = c + 1 + IsWord(c + 1, "the");
  ActorRef st;
  int end = a + 1;
  if (!((IsActor(a) && ActorAt(a).kind == "government" && StateOf(a, &st)) ||
        CapitalOrgansAt(a, &end, &st)))
    return;
  if (IsWord(end, "'s") || IsWord(end, "and") || IsPunct(end, ',') || IsPunct(end, '-')) return;
  if (st.actor.id == d->holder.actor.id) return;
  // "By annexing Crimea, Russia would violate the Charter": a supposed act.
  int v = end;
  while (v < n() && IsAdverb(v)) ++v;
  if (IsWord(v, "would")) return;
  d->states.push_back(st);
}

// Whether unit k names a wrong: an evaluation cue ("aggression"), or a
// topic whose one word is one ("disinformation").
bool SentenceAnalyzer::NamesWrong(int k) const {
  if (hit_at_[k] >= 0) return FrameAt(k, CueFrame::kEvaluation);
  return TopicWrongCue(k) >= 0;
}

// The evaluation cue a topic unit's one word is ("Russian disinformation":
// the topic misinformation, and the cue "disinformation"), or -1.
int SentenceAnalyzer::TopicWrongCue(int k) const {
  if (units_[k].kind != UK::kTopic) return -1;
  const internal::WordInfo* w = lex_.words.Find(units_[k].low);
  if (!w || w->cues < 0) return -1;
  for (uint32_t pi : lex_.cue_buckets[w->cues]) {
    const auto& ph = lex_.phrases[pi];
    if (ph.words.size() == 1 && ph.words[0] == units_[k].low &&
        lex_.defs[ph.def].frame == CueFrame::kEvaluation)
      return static_cast<int>(ph.def);
  }
  return -1;
}

}  // namespace caucus::stance
