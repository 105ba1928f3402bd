// The focus of a criticism (issue #13): the state a holder is criticising,
// carried to the next sentences that criticise without naming it. In a
// Security Council speech the state is often "its", "their", "that",
// "such conduct" once the speaker has named it:
//
//   "Russia has annexed Crimea. Its actions are a threat to the region."
//   "Russia has annexed Crimea. That constitutes a grave threat to peace."
//   "Russia has annexed Crimea. We reject their so-called referendum."
//
// The focus is the state the holder criticised last (CriticismPass keeps
// it), within one or two sentences, with no praise of it since, and only
// when that sentence criticised one state: a back-reference with two
// candidate states, or a pronoun whose nearest antecedent is another state,
// links to nothing (a wrong link is worse than a missing one). Stances
// linked so say `via: discourse` (new ones) or keep theirs (linked targets).
// docs/STANCES.md, "Criticism".
#include <algorithm>
#include <cctype>
#include <cmath>

#include "stance/doc_text.h"
#include "stance/sentence.h"

namespace caucus::stance {

// Whether `holder` criticised one state (last_criticised_) in one of the
// `window` sentences before this one and *distance sentences back.
bool SentenceAnalyzer::FocusState(std::string_view holder, uint32_t window,
                                  uint32_t* distance) const {
  if (last_criticised_.empty() || focus_ambiguous_ || last_criticised_holder_ != holder ||
      sidx_ <= last_criticised_sentence_ || sidx_ > last_criticised_sentence_ + window)
    return false;
  *distance = sidx_ - last_criticised_sentence_;
  return true;
}

// Where a back-reference to a state's conduct that opens at unit k ends, or
// -1: a demonstrative or "its" / "their", at most three modifiers, then a
// conduct noun (cues.json conduct_noun: "these actions", "such conduct",
// "its behaviour") or, after "its" / "their", a wrong ("its illegal
// annexation", "their so-called referendum"); in the sentence right after
// the criticism (`distance` 1), "the" and an act noun its evidence names too
// (FocusActNoun: "the veto", "the referendum").
int SentenceAnalyzer::FocusPhraseEnd(int k, int end, uint32_t distance) const {
  const bool possessive = InList(k, en_.agent_possessives);
  const bool definite = IsWord(k, "the") && distance == 1;
  if (!possessive && !definite && !InList(k, en_.demonstratives)) return -1;
  int m = k + 1;
  bool judged = false;  // an evaluative modifier: "so-called", "illegal"
  for (int steps = 0; steps < 4 && m < end; ++steps) {
    if (MatchList(m, lex_.conduct_noun) > m || (distance == 1 && FocusActNoun(m))) break;
    const bool evaluation = FrameAt(m, CueFrame::kEvaluation);
    if (!(IsAdverb(m) || IsPunct(m, '-') || ModifierShaped(m) || InList(m, en_.premodifier_words) ||
          evaluation))
      break;
    judged |= evaluation;
    ++m;
  }
  if (definite) return m < end && FocusActNoun(m) ? m + 1 : -1;
  const int c = MatchList(m, lex_.conduct_noun);
  if (c > m && c <= end) return c;
  // "that referendum", "this veto": an act noun the criticism right before
  // names.
  if (distance == 1 && m < end && FocusActNoun(m)) return m + 1;
  // After "its" / "their", a wrong, or any noun an evaluative modifier
  // judges ("their so-called referendum").
  if (possessive && m < end && units_[m].kind == UK::kWord && !IsActor(m) &&
      (judged || FrameAt(m, CueFrame::kEvaluation) || NamesWrong(m)))
    return m + 1;
  return -1;
}

// Whether unit m is an act noun (english.json focus_act_nouns) whose first
// five letters open a word of the focus criticism's evidence ("veto" in
// "vetoed", "annexation" in "annexed").
bool SentenceAnalyzer::FocusActNoun(int m) const {
  if (m < 0 || m >= n() || units_[m].kind != UK::kWord || !InList(m, en_.focus_act_nouns) ||
      last_criticised_span_.end > text_.size())
    return false;
  const std::string_view w = units_[m].low;
  const std::string_view stem = w.substr(0, std::min<size_t>(w.size(), 5));
  const std::string_view ev =
      text_.substr(last_criticised_span_.begin, last_criticised_span_.size());
  for (size_t p = 0; p + stem.size() <= ev.size(); ++p) {
    if (p > 0 && (std::isalnum(static_cast<unsigned char>(ev[p - 1])) || ev[p - 1] == '-'))
      continue;
    size_t i = 0;
    while (i < stem.size() && std::tolower(static_cast<unsigned char>(ev[p + i])) ==
                                  static_cast<unsigned char>(stem[i]))
      ++i;
    if (i == stem.size()) return true;
  }
  return false;
}

// Where the subject that a back-reference phrase ends at unit e goes on
// to: past a short modifier of at most three words with no actor, cue,
// negation or punctuation ("The veto cast today", "the referendum held in
// Crimea"), when a verb group (an auxiliary, a copula or a fault link verb)
// follows it; else e.
int SentenceAnalyzer::FocusSubjectTail(int e, int end) const {
  for (int j = e; j < end && j < e + 4; ++j) {
    if (InList(j, en_.perfect_auxiliaries) || MatchList(j, lex_.copula) > j ||
        InList(j, en_.fault_link_verbs))
      return j;
    if (units_[j].kind != UK::kWord || IsActor(j) || hit_at_[j] >= 0 || NegationAt(j) ||
        InList(j, en_.relative_pronouns))
      return e;
  }
  return e;
}

// Whether the sentence before this one has a state other than `state` as
// the subject of a clause (a verb of english.json clause_subject_verbs
// right after it, not a passive's): "Russia has annexed Crimea, but
// Ukraine has shown restraint. Its ..." has two near antecedents, so "its"
// / "it" / a bare "that" links to neither.
bool SentenceAnalyzer::OtherSubjectStateBefore(std::string_view state) const {
  if (para_->prev_begin == UINT32_MAX || para_->prev_begin >= sent_.begin) return false;
  auto it = std::lower_bound(ents_.begin(), ents_.end(), para_->prev_begin,
                             [](const EntityView& e, uint32_t p) { return e.span.begin < p; });
  std::vector<Word> next;
  for (; it != ents_.end() && it->span.end < sent_.begin; ++it) {
    if (it->kind != "government" || it->id == state) continue;
    WordsInto(text_, Span{it->span.end, sent_.begin}, &next, 3);
    if (next.empty() || !en_.clause_subject_verbs.Contains(next[0].low)) continue;
    // Not the subject of a passive, which suffers the act: "Ukraine is
    // being subjected to an operation orchestrated by Russia. That ...".
    size_t p = 1;
    bool be = en_.nominal_passive_be_forms.Contains(next[0].low);
    if (p < next.size() && (next[p].low == "been" || next[p].low == "being")) {
      be = true;
      ++p;
    }
    if (!(be && p < next.size() && en_.IsParticipleShaped(next[p].low))) return true;
  }
  return false;
}

// Whether "its" / "their" at unit k stands for the focus state, which was
// criticised `distance` sentences back: its antecedent among the actors
// (Coref) is that state, or it has none and the focus is near ("its": two
// sentences, "their", which as often means armed groups: one).
bool SentenceAnalyzer::FocusPossessive(int k, uint32_t distance) const {
  if (OtherSubjectStateBefore(last_criticised_)) return false;
  std::vector<ActorRef> refs;
  int e = 0;
  // ("We condemn its annexation": the speaker's "we" is no antecedent;
  // english.json first_person_pronouns.)
  auto first_person = [&](const ActorRef& r) {
    return en_.first_person_pronouns.Contains(
        internal::LowerWord(text_.substr(r.actor.span.begin, r.actor.span.size())));
  };
  if (Coref(k, &e, &refs) && !refs.empty() && !(refs.size() == 1 && first_person(refs[0]))) {
    for (const ActorRef& r : refs) {
      ActorRef st;
      if (r.actor.kind != "government" || !StateOfRef(r, &st) || st.actor.id != last_criticised_)
        return false;
    }
    return true;
  }
  if (IsWord(k, "their") && ArmedGroupsInFocus(k)) return false;
  return distance <= (IsWord(k, "its") ? 2u : 1u);  // "their", "it": one
}

// Whether the clause before the evaluation cue `cue` has as its subject a
// back-reference to the conduct of the state `holder` is criticising
// (FocusPhraseEnd: "Their conduct", "Such steps", "its latest moves"),
// then a copula and modifiers only ("Their conduct is utterly
// unacceptable").
bool SentenceAnalyzer::FocusSubject(int cb, int cue, const ActorRef& holder) const {
  uint32_t distance = 0;
  if (!FocusState(holder.actor.id, 2, &distance)) return false;
  const int k = SubjectStart(cb, cue);
  const int e = FocusPhraseEnd(k, cue, distance);
  if (e < 0) return false;
  if (InList(k, en_.agent_possessives) && !FocusPossessive(k, distance)) return false;
  return PredicateLeadsTo(FocusSubjectTail(e, cue), cue);
}

// Whether armed groups (english.json armed_group_nouns) are named in the
// focus criticism's evidence or in this sentence before unit k: a plural
// pronoun may stand for them rather than the state ("Russia continues to
// arm the separatists. Their attacks ..."; "They have seized ...").
bool SentenceAnalyzer::ArmedGroupsInFocus(int k) const {
  for (int u = 0; u < k && u < n(); ++u)
    if (InList(u, en_.armed_group_nouns)) return true;
  if (last_criticised_span_.end > text_.size() || last_criticised_span_.size() == 0) return false;
  for (const Word& w : Words(text_, last_criticised_span_))
    if (en_.armed_group_nouns.Contains(w.low)) return true;
  return false;
}

// A pronoun's antecedent that another state is than the one the speech is
// criticising: an actor found by coreference outside this sentence, not the
// subject that opens the sentence before, while the focus (of any holder,
// within two sentences) is another state. "That country masses troops on
// the border of Ukraine. It also arms the separatists": "it" is no
// Ukraine. Such a doer is dropped; the discourse sieves may find the
// focus.
bool SentenceAnalyzer::ForeignPronounAntecedent(const ActorRef& a) const {
  if (a.via != "coreference" || a.actor.kind != "government" || sent_.Contains(a.actor.span) ||
      a.actor.span.size() == 0)
    return false;
  if (last_criticised_.empty() || focus_ambiguous_ || sidx_ <= last_criticised_sentence_ ||
      sidx_ > last_criticised_sentence_ + 2 || a.actor.id == last_criticised_)
    return false;
  // The subject opening the previous sentence stays the antecedent
  // ("Ukraine has shown restraint. It has ...").
  if (para_->prev_begin != UINT32_MAX && a.actor.span.begin >= para_->prev_begin) {
    std::string_view lead = text_.substr(para_->prev_begin, a.actor.span.begin - para_->prev_begin);
    while (!lead.empty() && (lead.back() == ' ' || lead.back() == '\n')) lead.remove_suffix(1);
    if (lead.empty() || lead == "The" || lead == "the") return false;
  }
  return true;
}

// The holder's oppose stances of this sentence whose target links nothing
// and opens with a back-reference to a state's conduct ("Its actions are a
// threat", "Such conduct is unacceptable", "We reject their so-called
// referendum") link to the focus state: a demonstrative phrase within two
// sentences, "its" / "their" as FocusPossessive says. Not when the phrase
// goes on with "of" or "by" (which name the doer: "these actions by the
// separatists"), nor for what the holder reports. ("We condemn it":
// ObjectBackReference.)
void SentenceAnalyzer::FocusBackReference(std::vector<Stance>* out, size_t first) {
  uint32_t distance = 0;
  if (!FocusState(last_criticised_holder_, 2, &distance)) return;
  bool linked = false;
  // The stance's target links the focus state; the first one linked is
  // the focus's new evidence.
  auto link = [&](Stance& o) {
    o.target.entity = last_criticised_;
    o.target.kind = "government";
    if (!linked) last_criticised_span_ = o.span;
    linked = true;
  };
  for (size_t i = first; i < out->size(); ++i) {
    Stance& o = (*out)[i];
    if (o.sentence != sidx_ || o.polarity != "oppose" || o.actor.id != last_criticised_holder_ ||
        !o.target.entity.empty() || !o.target.topic.empty())
      continue;
    // Asserted, or a refusal to accept ("We will never recognise that
    // referendum").
    if (o.modality != "asserted" &&
        !(o.modality == "negated" && en_.accepting_acts.Contains(internal::LowerWord(o.act))))
      continue;
    int b = UnitAt(o.target.span.begin);
    if (b < 0 || units_[b].span.begin != o.target.span.begin) continue;
    // A target without its determiner ("accept that referendum" ->
    // "referendum").
    if (b > 0 && (InList(b - 1, en_.demonstratives) || InList(b - 1, en_.agent_possessives)) &&
        units_[b - 1].span.begin >= o.span.begin)
      --b;
    // "We urge it to withdraw its forces": a demand whose addressee is
    // "it", which stands for the focus state (FocusPossessive).
    if (IsWord(b, "it") && IsWord(b + 1, "to") && o.act == "demand") {
      if (FocusPossessive(b, distance)) link(o);
      continue;
    }
    const int e = FocusPhraseEnd(b, n(), distance);
    if (e < 0 || units_[e - 1].span.end > o.target.span.end) continue;
    // "these actions by the separatists", "those attacks of the armed
    // groups" name another doer ("its annexation of Crimea" its object).
    if (e < n() && units_[e].span.begin < o.target.span.end &&
        (IsWord(e, "by") || (IsWord(e, "of") && !InList(b, en_.agent_possessives) &&
                             (IsActor(e + 1) || IsActor(e + 2)))))
      continue;
    if (InList(b, en_.agent_possessives) && !FocusPossessive(b, distance)) continue;
    link(o);
  }
  // The holder goes on criticising that state: the focus moves here.
  if (linked) last_criticised_sentence_ = sidx_;
}

// "Russia keeps pouring weapons into the east. This must stop.": a bare
// "this" / "that" (or a back-reference phrase: "These actions must stop")
// as the subject of a stop verb under a duty, right after the holder
// criticised one state, is a demand on that state.
void SentenceAnalyzer::FocusStopDoer(DoerSearch* d) {
  const HitState& s = *d->s;
  if (s.def.frame != CueFrame::kStop) return;
  uint32_t distance = 0;
  if (!FocusState(d->holder.actor.id, 2, &distance)) return;
  const int k = SubjectStart(s.cb, s.h.b);
  int e = -1;
  if ((IsWord(k, "this") || IsWord(k, "that")) && distance == 1) {
    e = k + 1;
  } else {
    e = FocusPhraseEnd(k, s.h.b, distance);
    if (e < 0 || (InList(k, en_.agent_possessives) && !FocusPossessive(k, distance))) return;
  }
  if (e < 0 || e >= s.h.b || !VerbGroupOnly(e, s.h.b)) return;
  d->states.push_back(DiscourseState());
  d->via = "discourse";
  d->from = s.cb;
}

// "Russia has annexed Crimea. That constitutes a grave threat to peace in
// the region.", "Its actions pose a threat to the whole region": a bare
// "that" or "this" (the sentence right after the speaker criticised one
// state), or a back-reference to a state's conduct (FocusPhraseEnd: "such
// conduct", "these steps", "its actions") as the subject of a fault noun
// (english.json fault_link_verbs, fault_nouns: "is a breach of", "poses a
// threat to", "represents a betrayal of") judges that state's act. Not
// negated, not a question, not under a modal ("That would be a breach"),
// not when the sentence already links the speaker's criticism to that
// state. The evaluative cues ("That is completely unacceptable") are
// FrameHit's.
void SentenceAnalyzer::DemonstrativeFault(const std::vector<Stance>& out, size_t first) {
  if (!speaker_ || rhetorical_ || n() < 4) return;
  uint32_t distance = 0;
  if (!FocusState(speaker_->id, 2, &distance)) return;
  if (IsPunct(n() - 1, '?')) return;
  // "That is a threat to peace, the Russian representative said.": another's
  // words.
  int report = -1;
  if (TrailingReport(0, &report) >= 0) return;
  const int k = SubjectStart(0, n());
  int v = k + 1;
  if (v >= n()) return;
  // "It was a flagrant breach of the Charter": "it" too, but only for a
  // violation (english.json violation_heads) and with no "that" after it
  // ("It is a violation of the agreement that ...": what follows).
  const bool it = IsWord(k, "it");
  if (!(IsWord(k, "that") || IsWord(k, "this") || it) || InList(v, en_.articles) ||
      (units_[v].kind == UK::kWord && !IsAdverb(v) && !InList(v, en_.fault_link_verbs) &&
       !InList(v, en_.perfect_auxiliaries))) {
    v = FocusPhraseEnd(k, n(), distance);
    if (v < 0) return;
    if (InList(k, en_.agent_possessives) ? !FocusPossessive(k, distance) : distance > 2) return;
    v = FocusSubjectTail(v, n());
  } else if (distance > 1 || OtherSubjectStateBefore(last_criticised_)) {
    // (Nor after a sentence with another state as a subject: "Russia has
    // annexed Crimea, but Ukraine has shown restraint. That is a threat.")
    return;
  }
  while (v < n() && (IsAdverb(v) || InList(v, en_.perfect_auxiliaries))) ++v;
  if (!InList(v, en_.fault_link_verbs)) return;
  // The fault noun: after an article, at most three modifiers.
  int a = v + 1;
  while (a < n() && IsAdverb(a)) ++a;
  if (!InList(a, en_.articles)) return;
  ++a;
  for (int steps = 0; steps < 3 && a < n() && !InList(a, en_.fault_nouns); ++steps) {
    if (units_[a].kind != UK::kWord || InList(a, en_.prepositions) || NegationAt(a) || IsActor(a))
      return;
    ++a;
  }
  if (!(a < n() && InList(a, en_.fault_nouns))) return;
  if (it) {
    if (!InList(a, en_.violation_heads)) return;
    for (int u = a + 1; u < n(); ++u)
      if (IsWord(u, "that") || IsWord(u, "which") || IsWord(u, "if") || IsWord(u, "when")) return;
  }
  for (int u = k; u < a; ++u)
    if (NegationAt(u)) return;
  // "Its actions are a threat to no one": praise.
  for (int u = a + 1; u < n(); ++u)
    if (InList(u, en_.negative_objects)) return;
  for (size_t i = first; i < out.size(); ++i)
    if (out[i].sentence == sidx_ && out[i].actor.id == speaker_->id &&
        out[i].target.entity == last_criticised_)
      return;
  for (const Stance& c : critiques_)
    if (c.actor.id == speaker_->id && c.target.entity == last_criticised_) return;
  int last = n() - 1;
  while (last > a && units_[last].kind == UK::kPunct) --last;
  AddSpeakerCritique({units_[a].span.begin, units_[last].span.end},
                     {units_[k].span.begin, units_[last].span.end}, "discourse",
                     0.5 * kDiscourseConf);
}

}  // namespace caucus::stance
