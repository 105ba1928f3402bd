// The target pass: what a cue is about, cut from the words after it, linked
// to a topic or entity, and resolved when it is a pronoun ("opposed it").
#include "stance/entity_index.h"
#include "stance/sentence.h"

namespace caucus::stance {
namespace {

bool EndsWithIng(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

}  // namespace

// Start of the noun phrase ending before unit e, at most six units back and
// not before `lower`: back to a determiner, or to just after a preposition, a
// verb of being or "has" ("the imposition of arbitrary sanctions"; "has made
// a counterproposal" gives "a counterproposal").
int SentenceAnalyzer::NounPhraseStart(int e, int lower) const {
  int b = e;
  while (b > lower && e - b < 6 && units_[b - 1].kind != UK::kPunct) {
    --b;
    if (units_[b].kind == UK::kWord &&
        en_.noun_phrase_stops.Contains(internal::LowerWord(units_[b].low)))
      return b + 1;
    if (IsWord(b, "the") || IsWord(b, "a") || IsWord(b, "an")) break;
  }
  return b;
}

// Whether the demonym at unit i stands for the state itself: its organs
// follow ("the Indian government", "violence by Israeli forces", "Afghan
// security forces"), and no role noun after them makes them a person's
// ("a French government official").
bool SentenceAnalyzer::DemonymIsTheState(int i) const {
  const int oe = MatchList(i + 1, lex_.state_agent);
  return oe > i + 1 && !InList(oe, en_.holder_role_nouns);
}

bool SentenceAnalyzer::InGovernmentPair(int i) const {
  auto government = [&](int k) {
    return k >= 0 && k < static_cast<int>(units_.size()) && units_[k].ent >= 0 &&
           (units_[k].kind == UK::kActor || units_[k].kind == UK::kEntity) &&
           std::string_view(ents_[units_[k].ent].kind) == "government";
  };
  auto joined = [&](int a) {  // units a, a + 1, a + 2: government, joint, government
    return government(a) && government(a + 2) && (IsPunct(a + 1, '-') || IsPunct(a + 1, '/')) &&
           units_[a + 1].span.begin == units_[a].span.end &&
           units_[a + 2].span.begin == units_[a + 1].span.end;
  };
  // "the Sino-Japanese war", "the Russian-American agreement": a state after
  // a capitalised first half glued by a hyphen is one side of a pair whose
  // other side the entity layer may not name (the check LinkSpan makes).
  return government(i) &&
         (joined(i) || joined(i - 2) || stance::AfterFirstHalf(text_, units_[i].span.begin));
}

// The checks LinkSpan makes on the text (entity_index.cc).
bool SentenceAnalyzer::BeforePlaceSuffix(int i) const {
  return stance::BeforePlaceSuffix(text_, en_.place_compound_words, units_[i].span.end);
}

bool SentenceAnalyzer::AfterSidePrefix(int i) const {
  return stance::AfterSidePrefix(text_, en_.side_prefixes, units_[i].span.begin);
}

// Whether the topic at unit i is what a harm noun of the target (from unit
// b on) harms: "attacks on privacy", "threats to freedom of expression",
// "gaps in internet access" (up to three words between the preposition and
// the topic), "cybersecurity risks". The stance is on the harm, so the
// target does not link the topic; after "of" only a noun that is no risk
// noun harms it ("violations of privacy"; "the threat of censorship" names
// the harm itself). A topic that is a harm itself (english.json
// harm_topics) is never harmed.
bool SentenceAnalyzer::HarmedTopic(int i, int b) const {
  // A harm is no victim: "the gap between the digital haves and have-nots"
  // is the digital divide, "cybercrime threats" are cybercrime.
  if (en_.harm_topics.Contains(ents_[units_[i].ent].id)) return false;
  if (InList(i + 1, en_.victim_harm_nouns)) return true;
  for (int p = i - 1; p > b && p >= i - 4; --p) {
    if (units_[p].kind == UK::kPunct) return false;
    if (!InList(p, en_.prepositions)) continue;
    return InList(p - 1, en_.victim_harm_nouns) && p - 1 >= b &&
           !(IsWord(p, "of") && InList(p - 1, en_.risk_nouns));
  }
  return false;
}

// Whether the entity at unit i names where something happens ("any
// amendment at the UN meeting"): right after a venue preposition, or after
// one and an article.
bool SentenceAnalyzer::AtVenue(int i, int b) const {
  int p = i - 1;
  if (p > b && InList(p, en_.articles)) --p;
  return p >= b && InList(p, en_.venue_prepositions);
}

// Whether the government at unit i is the scene or the victim of what the
// target from unit b names: right after a preposition of
// `victim_prepositions`, past "the" ("the fighting in Sudan", "attacks on
// Israel"), as LinkSpan reads an opposing statement's subject; so is a body
// or bloc of states ("the attacks on NATO forces", Party).
bool SentenceAnalyzer::AtScene(int i, int b) const {
  const std::string_view kind = ents_[units_[i].ent].kind;
  if (!Party(kind, ents_[units_[i].ent].id)) return false;
  int p = i - 1;
  if (p > b && IsWord(p, "the")) --p;
  // (A body's preposition opening the target is the cue's own: "protested
  // against ITU's jurisdiction"; and only a hostile one: "the proposal for
  // ITU control" is on the ITU.)
  if (kind == "government") return p >= b && InList(p, en_.victim_prepositions);
  return p > b && InList(p, en_.hostile_prepositions);
}

// Whether the actor at unit i proposed what the target names: "Russia's
// proposed treaty" (a possessive before a proposer participle), "Egypt's
// draft resolution", "the amendment put forward by Egypt" (ProposerAt). An
// opposition to the proposal is no stance on its proposer.
bool SentenceAnalyzer::ProposesTarget(int i, int e) const {
  if (IsWord(i + 1, "'s") && i + 2 < e && InList(i + 2, en_.proposer_participles)) return true;
  return ProposerAt(i, e);
}

// Whether the actor at unit i shares the stance rather than being its
// target: "joined Russia in supporting the proposal".
bool SentenceAnalyzer::CoHolderAt(int i) const {
  return IsWord(i + 1, "in") && i + 2 < n() && hit_at_[i + 2] >= 0 &&
         EndsWithIng(units_[i + 2].low);
}

// Whether the state at unit i says whose office a former official held:
// "former Brazilian President X", "the former President of Brazil". A
// former official is a person, no longer the state: the target is the
// person's ("we demand the freedom of former Brazilian President X").
bool SentenceAnalyzer::FormerOfficeOf(int i) const {
  // ("the former Soviet Union", "the former Yugoslavia" name a state.) A
  // unit that took in a role noun ("Brazilian President", "President of
  // Brazil") is an office.
  if (IsWord(i - 1, "former"))
    return units_[i].ent >= 0 && (units_[i].span.size() > ents_[units_[i].ent].span.size() ||
                                  (std::string_view(ents_[units_[i].ent].form) == "demonym" &&
                                   InList(i + 1, en_.holder_role_nouns)));
  // "former President of", "former Prime Minister of": "former" at most
  // three words before "of".
  if (!IsWord(i - 1, "of")) return false;
  for (int k = i - 2; k >= 0 && k >= i - 4; --k) {
    if (units_[k].kind != UK::kWord) return false;
    if (IsWord(k, "former")) return true;
  }
  return false;
}

// Where a target's links end: at a relative clause ("a forum which the ITU
// resisted", "a treaty that is not supportive of X": what the clause names
// is not what the stance is on). `e` when there is none.
int SentenceAnalyzer::LinkEnd(int b, int e) const {
  for (int i = b + 1; i < e; ++i) {
    // "rejected claims that it supports censorship": the stance is on the
    // claim, not on what the claim is about.
    if (IsWord(i, "that") && InList(i - 1, en_.claim_nouns) && i - 1 <= b + 2) return i;
    // Not "of which" ("the system, of which the UN is the main pillar").
    if (InList(i, en_.relative_openers) && !InList(i - 1, en_.prepositions)) return i;
    // A "that" clause whose predicate is negated or harms ("a treaty that
    // is not supportive of X", "a treaty that would weaken X"); an
    // affirmative one describes what the stance is on ("an architecture
    // that is open and multistakeholder").
    if (IsWord(i, "that") && units_[i - 1].kind == UK::kWord) {
      for (int k = i + 1; k < e && k <= i + 3; ++k) {
        if (NegationAt(k) || InList(k, en_.harm_forms)) return i;
        if (!InList(k, en_.predicate_starts) && !InList(k, en_.predicate_prefixes) && !IsAdverb(k))
          break;
      }
    }
  }
  return e;
}

// Whether the target at unit k opens with the holder's own shortcoming:
// "its lack of interest", "their own failure to attend" (english.json
// self_fault_nouns after a possessive determiner).
bool SentenceAnalyzer::OwnFaultAt(int k) const {
  if (!InList(k, en_.possessive_determiners)) return false;
  return InList(k + 1 + IsWord(k + 1, "own"), en_.self_fault_nouns);
}

// The topic and the entity a target names: the first of each. Two states
// joined by a hyphen name their relation, not either's conduct: neither is
// the target's entity ("We condemn the Israeli-Palestinian violence"); nor
// is a state after "anti-" or "pro-" (english.json side_prefixes: "the
// anti-U.S. coalition"), nor one that says where something is from
// (place_compound_words: "a U.S.-based body"). A demonym
// after a preposition, a comma or a clause word modifies a noun deeper in
// the phrase or in another clause ("the passage of Ukrainian ships",
// "attacks on Ukrainian cities", "the draft's adoption, just as it has
// blocked Ukrainian ships"): the target is that noun's, not the state's,
// so the target links no entity from there on (unless the demonym's organs
// are the noun, DemonymIsTheState).
void SentenceAnalyzer::LinkTarget(int b, int e, StanceTarget* t, bool against) const {
  t->topic.clear();
  t->entity.clear();
  t->kind.clear();
  bool deep = false, modifier = false, between = false;
  for (int i = b; i < e; ++i) {
    // "the agreement reached between the United States and the Russian
    // Federation": the states after "between" are a pair.
    between |= IsWord(i, "between");
    deep |= InList(i, en_.prepositions) || IsPunct(i, ',') || InList(i, en_.embedded_clause_words);
    if (units_[i].kind == UK::kTopic && t->topic.empty() && !HarmedTopic(i, b))
      t->topic = ents_[units_[i].ent].id;
    if ((units_[i].kind == UK::kActor || units_[i].kind == UK::kEntity) && units_[i].ent >= 0 &&
        deep && t->entity.empty() && DemonymAdjective(ents_[units_[i].ent]) &&
        units_[i].span == ents_[units_[i].ent].span && !DemonymIsTheState(i))
      modifier = true;
    if ((units_[i].kind == UK::kActor || units_[i].kind == UK::kEntity) && t->entity.empty() &&
        units_[i].ent >= 0 && !modifier && !InGovernmentPair(i) && !AfterSidePrefix(i) &&
        !BeforePlaceSuffix(i) && !AtVenue(i, b) && !CoHolderAt(i) && !FormerOfficeOf(i) &&
        !(between && std::string_view(ents_[units_[i].ent].kind) == "government") &&
        !(deep && !against && en_.political_groups.Contains(ents_[units_[i].ent].id)) &&
        !(against && (AtScene(i, b) || ProposesTarget(i, e)))) {
      t->entity = ents_[units_[i].ent].id;
      t->kind = ents_[units_[i].ent].kind;
    }
  }
  // No entity: a state named by its capital where the target (or its
  // "that" clause) opens with it acting ("We demand that Kyiv end the
  // violence", "concern that the Kyiv authorities have resorted to force").
  ActorRef capital;
  int capital_end = 0;
  if (t->entity.empty() &&
      CapitalActsAt(b + (b < e && IsWord(b, "that")), &capital_end, &capital)) {
    t->entity = std::string(capital.actor.id);
    t->kind = "government";
  }
  CarryInstrumentTopic(lex_, t);
}

Target SentenceAnalyzer::MakeTarget(int from, int clause_end, int hit_index) {
  Target t;
  int words = 0;
  int end = clause_end;
  // A manner phrase after the cue is no part of what it is about:
  // "condemns in the strongest (possible) terms the attack", "rejects, in
  // no uncertain terms, X" (english.json manner_nouns; not "in terms of").
  {
    int k = from;
    while (k < clause_end && IsPunct(k, ',')) ++k;
    for (int j = k + 1; IsWord(k, "in") && j < clause_end && j <= k + 5; ++j) {
      if (units_[j].kind == UK::kPunct) break;
      if (!InList(j, en_.manner_nouns)) continue;
      if (IsWord(j + 1, "of")) break;
      int r = j + 1;
      while (r < clause_end && IsPunct(r, ',')) ++r;
      if (r < clause_end) from = r;
      break;
    }
  }
  // A cue in a relative clause ("Russia, which has long pushed for X,
  // will ..."): its target ends where the main clause resumes.
  bool in_relative = false;
  if (hit_index >= 0)
    for (int k = hits_[hit_index].b - 1; k >= 0 && k >= hits_[hit_index].b - 5; --k) {
      if (units_[k].kind == UK::kPunct) break;
      if (InList(k, en_.relative_openers)) in_relative = true;
    }
  // A cue in an infinitive after a possessed or determined noun ("India's
  // decision to support X has drawn ...", "its bid to create X was"): the
  // phrase is a subject, and its target ends at the predicate.
  bool in_subject_phrase = false;
  if (hit_index >= 0) {
    const int hb = hits_[hit_index].b;
    in_subject_phrase = hb >= 3 && IsWord(hb - 1, "to") && units_[hb - 2].kind == UK::kWord &&
                        (IsWord(hb - 3, "'s") || InList(hb - 3, en_.possessive_determiners) ||
                         InList(hb - 3, en_.articles));
  }
  for (int i = from; i < clause_end; ++i) {
    const Unit& u = units_[i];
    if (in_subject_phrase && i > from + 1 && InList(i, en_.predicate_starts) &&
        units_[i - 1].kind != UK::kPunct && !IsWord(i - 1, "to") && !IsSubjectPronoun(i - 1) &&
        !InList(i - 1, en_.predicate_prefixes)) {
      end = i;
      break;
    }
    if (u.kind == UK::kPunct) {
      char c = u.low[0];
      if (c == '(' || c == '.' || c == '!' || c == '?') {
        end = i;
        break;
      }
      // A closing quote at a comma: the attribution follows ('"...
      // neutral", said a spokeswoman', '"... network," the minister added').
      if (c == '"' && i > from && units_[i].span.begin == units_[i - 1].span.end &&
          (IsPunct(i - 1, ',') || IsPunct(i + 1, ','))) {
        end = i;
        break;
      }
      if (c == ',') {
        int r = 0;
        // ", will use ...": the main clause resumes after a relative one;
        // ", calling for ...", ", against the protests of ...": another
        // cue's phrase (a participle or a prepositional phrase; not a
        // list of verbs, "occupy buildings, shut down airports"); ",
        // drawing condemnation from X": any participle phrase but one that
        // continues the noun phrase (continuing_participles: ", including
        // X"; nor an adjective after another, "a historic, culminating
        // agreement").
        const bool prep = InList(i + 1, en_.prepositions) && !IsWord(i + 1, "to");
        const int nc = i + 1 + prep + (prep && InList(i + 2, en_.articles));
        if ((in_relative && InList(i + 1, en_.predicate_starts)) ||
            (nc < clause_end && hit_at_[nc] >= 0 && (prep || EndsWithIng(units_[nc].low))) ||
            (i + 1 < n() && units_[i + 1].kind == UK::kWord && EndsWithIng(units_[i + 1].low) &&
             !InList(i + 1, en_.continuing_participles) &&
             !(InList(i - 2, en_.articles) && ModifierShaped(i - 1)))) {
          end = i;
          break;
        }
        // ", as does Ukraine", ", as we have said": a comparison or an
        // aside with a subject of its own (not ", as the President of
        // Switzerland, ...": a role).
        if (IsWord(i + 1, "as") && i + 2 < clause_end &&
            (IsActor(i + 2) || IsSubjectPronoun(i + 2) || IsWord(i + 2, "do") ||
             IsWord(i + 2, "does") || IsWord(i + 2, "did") || IsWord(i + 2, "has") ||
             IsWord(i + 2, "have") || IsWord(i + 2, "is") || IsWord(i + 2, "are"))) {
          end = i;
          break;
        }
        if (IsWord(i + 1, "which") || IsWord(i + 1, "who") || IsWord(i + 1, "whom") ||
            IsWord(i + 1, "where") || RoleMarker(i + 1, &r) > 0 || BehalfMarker(i + 1) > 0) {
          end = i;
          break;
        }
        int nx = i + 1;
        if (IsWord(nx, "and") || IsWord(nx, "but")) ++nx;
        if (IsWord(nx, "the")) ++nx;
        // ", and others opposed it", ", there is no clarity", ", they
        // said": a new subject.
        if (IsActor(nx) || (nx > i + 1 && IsSubjectPronoun(nx)) ||
            ((IsWord(nx, "there") || IsWord(nx, "they") || IsWord(nx, "we") || IsWord(nx, "he") ||
              IsWord(nx, "she")) &&
             nx + 1 < n() && units_[nx + 1].kind == UK::kWord)) {
          end = i;
          break;
        }
      }
      continue;
    }
    if (IsWord(i, "and") || IsWord(i, "or") || IsWord(i, "but")) {
      // "with France backing it and Germany opposing it": a new subject
      // and its own participle cue.
      if (IsActor(i + 1) && i + 2 < n() && hit_at_[i + 2] >= 0 &&
          lex_.defs[hits_[hit_at_[i + 2]].def].pos == CuePos::kVerb &&
          EndsWithIng(units_[i + 2].low)) {
        end = i;
        break;
      }
      int nx = i + 1;
      for (int steps = 0; steps < 5 && IsPredicatePrefix(nx); ++steps) ++nx;
      if (nx < n() && hit_at_[nx] >= 0 && lex_.defs[hits_[hit_at_[nx]].def].pos == CuePos::kVerb &&
          lex_.defs[hits_[hit_at_[nx]].def].frame == CueFrame::kNone) {
        end = i;
        break;
      }
    }
    if (++words > 40) {
      end = i;
      break;
    }
  }
  // Leading "that" / "to" belong to the verb, not the target.
  int b = from;
  while (b < end && (IsWord(b, "that") || units_[b].kind == UK::kPunct)) ++b;
  while (end > b && units_[end - 1].kind == UK::kPunct && units_[end - 1].low != ")" &&
         units_[end - 1].low != "\"")
    --end;
  t.end_unit = end;
  if (end <= b) {
    uint32_t at = from < n() ? units_[std::min(from, n() - 1)].span.begin : sent_.end;
    if (from > 0) at = units_[from - 1].span.end;
    t.t.span = {at, at};
    return t;
  }
  t.t.span = {units_[b].span.begin, units_[end - 1].span.end};
  t.t.text = std::string(text_.substr(t.t.span.begin, t.t.span.size()));
  // Inverted targets: resisting "any move away from X" supports X.
  int k = b;
  while (k < end && (IsWord(k, "any") || IsWord(k, "a") || IsWord(k, "the") || IsWord(k, "an")))
    ++k;
  int inv = MatchList(k, lex_.inverter);
  // One modifier before the inverter: "a radical shift from X".
  if (inv <= 0 && k + 1 < end && units_[k].kind == UK::kWord && !InList(k, en_.prepositions))
    inv = MatchList(k + 1, lex_.inverter);
  int topic_from = b;
  if (inv > 0) {
    t.inverted = true;
    topic_from = inv;
  } else {
    // Support for action against something is against it: "supports
    // efforts to combat cybercrime", "committed to fighting cybercrime",
    // "measures against fraud".
    int c = k;
    if (InList(c, en_.action_nouns) && IsWord(c + 1, "against") && c + 2 < end) {
      t.inverted = true;
      topic_from = c + 2;
    } else {
      if (InList(c, en_.action_nouns) && IsWord(c + 1, "to")) c += 2;
      // After an article a countering form is a noun ("the fighting in
      // Sudan", "the combat operations" are combat, condemned) unless what
      // it counters follows: "the fight against disinformation", "the
      // countering of disinformation".
      const bool noun_use = c == k && k > b && c < end && InList(k - 1, en_.articles) &&
                            !IsWord(c + 1, "against") &&
                            !(EndsWithIng(units_[c].low) && IsWord(c + 1, "of"));
      if (c + 1 < end && units_[c].kind == UK::kWord && !noun_use &&
          en_.IsCounteringForm(units_[c].low)) {
        t.inverted = true;
        topic_from = c + 1;
      }
    }
    // A call on someone to act against something: "urged the government
    // to drop its plan", "asked the regulator to stop the auction" (an
    // addressee of at most two units, an actor or "the" and a role or
    // collective noun, then "to" and a countering or withdrawal verb) is
    // against the object; not "its obligation to refrain from", "the
    // decision to close".
    const bool addressee =
        IsActor(k) || (k > b && IsWord(k - 1, "the") &&
                       (MatchList(k, lex_.role_noun) > 0 || MatchList(k, lex_.collective) > 0));
    for (int j = k + 1; addressee && !t.inverted && j < end - 2 && j <= k + 2; ++j) {
      if (units_[j].kind == UK::kPunct || InList(j, en_.predicate_starts) ||
          InList(j, en_.predicate_prefixes) || (InList(j, en_.prepositions) && !IsWord(j, "to")))
        break;
      if (!IsWord(j, "to")) continue;
      // Not a cue of its own ("call on X to condemn Y": that cue's stance),
      // except a stop verb ("to stop", "to halt").
      const int x = hit_at_[j + 1];
      const CueDef* inner = x >= 0 ? &lex_.defs[hits_[x].def] : nullptr;
      if ((inner == nullptr || inner->frame == CueFrame::kStop) &&
          (en_.IsCounteringForm(units_[j + 1].low) || InList(j + 1, en_.withdrawal_verbs))) {
        t.inverted = t.addressee_call = true;
        topic_from = j + 2;
      } else if (inner != nullptr && inner->frame == CueFrame::kNone &&
                 inner->pos == CuePos::kVerb && !(IsActor(k) && ActorAt(k).kind == "body") &&
                 inner->act != "condemn" && inner->act != "criticise") {
        // "urged Brazil to reject the bill", "asked X to support Y": the
        // call is on what the verb is about, not on the addressee (but a
        // body's role may be the point: "call upon the Council to
        // approve"); against it when the verb opposes. (A call to condemn
        // or criticise is the criticism frames' to read.)
        t.inverted = t.addressee_call = inner->polarity == "oppose";
        topic_from = hits_[x].e;
      }
      break;
    }
  }
  // What a cue (or the action it calls for: "an end to the fighting in
  // Sudan") is against is not the state where it happens or that suffers
  // it; the criticism frames name their own doer.
  bool against = false;
  if (hit_index >= 0) {
    const CueDef& def = lex_.defs[hits_[hit_index].def];
    against = def.frame == CueFrame::kNone && (def.polarity == "oppose") != t.inverted;
  }
  LinkTarget(topic_from, LinkEnd(topic_from, end), &t.t, against);
  return t;
}

// Whether the cue is used as a noun without a light verb: a noun cue, or a
// verb cue after a possessive or determiner ("Russia's veto", "the US
// veto", "its veto").
bool SentenceAnalyzer::NominalWithoutLightVerb(const HitState& s) const {
  if (s.anchor != s.h.b) return false;
  if (s.def.pos == CuePos::kNoun) return true;
  auto determiner = [&](int k) {
    return IsWord(k, "'s") || InList(k, en_.articles) || InList(k, en_.demonstratives) ||
           InList(k, en_.agent_possessives);
  };
  const int k = s.h.b - 1;
  return determiner(k) || (IsActor(k) && determiner(k - 1));
}

// Where the predicate of the subject a nominal cue opens starts: "Russia's
// veto of the draft was regrettable" gives "was", so that the target is
// "the draft". `end` when the cue does not open its clause's subject (only
// determiners, possessors and modifiers before it), when a clause inside
// the phrase comes first ("a body where governments are equal"), or when
// the verb has a subject of its own ("the draft the US has tabled").
int SentenceAnalyzer::SubjectPredicateStart(const Hit& h, int cb, int end) const {
  auto in_phrase = [&](int k) {
    return IsActor(k) || IsWord(k, "'s") || IsPunct(k, '-') || IsAdverb(k) || ModifierShaped(k) ||
           InList(k, en_.articles) || InList(k, en_.demonstratives) ||
           InList(k, en_.agent_possessives);
  };
  // The phrase opens the clause, or follows a comma or an opening quote
  // after a fronted phrase ("At the UN in 2011, India's proposal for X
  // is ...").
  int k = SubjectStart(cb, h.b);
  while (k < h.b && in_phrase(k)) ++k;
  if (k < h.b) {
    int j = h.b - 1;
    while (j >= cb && in_phrase(j)) --j;
    if (!(j >= cb && (IsPunct(j, ',') || IsPunct(j, '"')))) return end;
  }
  for (int u = h.e; u < end; ++u) {
    if (units_[u].kind != UK::kWord) continue;
    if (InList(u, en_.embedded_clause_words)) return end;
    if (!InList(u, en_.predicate_starts)) continue;
    // "the text the US has circulated"; not "aggression against Ukraine has".
    if (IsWord(u - 1, "to") || IsSubjectPronoun(u - 1) ||
        (IsActor(u - 1) && !InList(u - 2, en_.prepositions)))
      return end;
    return u;
  }
  return end;
}

// "... while W supported it", "X disagreed": the target is what was said
// before — the previous cue's target in this sentence, the paragraph's last
// proposal, or the previous clause.
void SentenceAnalyzer::ResolveEmptyTarget(Target* t, int hit_index, int clause_b) {
  const Hit& h = hits_[hit_index];
  bool pronoun = t->t.text.empty();
  if (!pronoun) {
    int b = h.e;
    while (b < n() && units_[b].kind == UK::kPunct) ++b;
    int e = t->end_unit;
    if (e - b == 1) {
      pronoun |= InList(b, en_.pronoun_targets);
    } else if (e - b == 2 && (IsWord(b, "the") || IsWord(b, "this") || IsWord(b, "that"))) {
      pronoun |= InList(b + 1, en_.proposal_nouns);
    }
  }
  if (!pronoun) return;
  for (int k = hit_index - 1; k >= 0; --k) {
    if (!hit_targets_[k].t.text.empty() && hit_done_[k]) {
      Span keep = t->t.span;
      bool inv = t->inverted;
      *t = hit_targets_[k];
      t->inverted = inv;
      (void)keep;
      return;
    }
  }
  if (!para_->proposals.empty()) {
    const Proposal& p = para_->proposals.back();
    t->t.topic = p.target.topic;
    t->t.entity = p.actors.empty() ? p.target.entity : p.actors[0].actor.id;
    t->t.kind = p.actors.empty() ? p.target.kind : p.actors[0].actor.kind;
    if (t->t.text.empty()) {
      t->t.text = p.target.text;
      t->t.span = p.target.span;
    }
    return;
  }
  if (t->t.text.empty() && clause_b > 0) {
    // The previous clause: what its subject said.
    int pb = ClauseStart(clause_b - 1);
    int pe = clause_b - 1;
    while (pe > pb && units_[pe - 1].kind == UK::kPunct) --pe;
    if (pe > pb) {
      t->t.span = {units_[pb].span.begin, units_[pe - 1].span.end};
      t->t.text = std::string(text_.substr(t->t.span.begin, t->t.span.size()));
      for (int i = pb; i < pe; ++i) {
        if (IsActor(i)) {
          t->t.entity = ActorAt(i).id;
          t->t.kind = ActorAt(i).kind;
          break;
        }
      }
    }
  }
}

}  // namespace caucus::stance
