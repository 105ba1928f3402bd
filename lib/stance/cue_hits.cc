// The cue pass: cue phrases of the lexicon matched on the word units, with
// their vetoes (not_next, prev, not_prev, object_to).
#include "stance/sentence.h"

namespace caucus::stance {

void SentenceAnalyzer::FindHits() {
  hit_at_.assign(units_.size(), -1);
  // A capitalised cue word after a word, in a sentence of mostly
  // lower-case words, is part of a name ("the Task Force to Promote Open
  // Standards"), no cue; a headline in title case keeps its cues. The count
  // is made once, for the first such word.
  int mostly_lower = -1;
  auto in_name = [&](int i) {
    auto upper = [&](int k) {
      return k >= 0 && k < n() && units_[k].kind != UK::kPunct &&
             internal::IsUpperByte(text_[units_[k].span.begin]);
    };
    // Within a run of capitals: a capitalised word before or after it
    // ("said that Opposed by X, ..." is a clause opener, a cue).
    if (i == 0 || units_[i - 1].kind != UK::kWord || !upper(i) || !(upper(i - 1) || upper(i + 1)))
      return false;
    if (mostly_lower < 0) {
      int lower = 0, upper = 0;
      for (const Unit& u : units_) {
        if (u.kind != UK::kWord) continue;
        (internal::IsUpperByte(text_[u.span.begin]) ? upper : lower) += 1;
      }
      mostly_lower = lower > upper;
    }
    return mostly_lower == 1;
  };
  // The hits that start at unit i; returns the unit the search goes on at
  // (past a hit's phrase).
  auto hits_at = [&](int i) -> int {
    if (units_[i].kind == UK::kTopic) {
      // A topic that names a wrong ("Russian disinformation continues"):
      // its evaluation cue, for the criticism frames (criticism_agent.cc).
      const int d = TopicWrongCue(i);
      if (d >= 0) {
        Hit h;
        h.b = i;
        h.e = i + 1;
        h.def = static_cast<uint32_t>(d);
        hits_.push_back(h);
        hit_at_[i] = static_cast<int>(hits_.size() - 1);
      }
      return i + 1;
    }
    if (units_[i].kind != UK::kWord || units_[i].info.cues < 0 || in_name(i) || QuotedWord(i))
      return i + 1;
    int next = i + 1;
    ForEachCuePhrase(i, [&](uint32_t pi) {
      const auto& ph = lex_.phrases[pi];
      int e = MatchRest(i, ph.words, true);
      if (e < 0) return false;
      const CueDef& d = lex_.defs[ph.def];
      bool veto = false;
      // A veto word, or a phrase of several words ("the show" after
      // "stolen": an idiom, no wrong).
      for (const std::vector<std::string>& words : d.not_next) {
        bool all = true;
        for (size_t j = 0; all && j < words.size(); ++j)
          all = IsWord(e + static_cast<int>(j), words[j]);
        veto |= all;
      }
      if (!d.prev.empty()) {
        bool ok = false;
        for (const auto& w : d.prev) ok |= IsWord(i - 1, w);
        // A demonym between one of those words and the cue ("the Russian
        // attacks", "these Israeli attacks").
        // A role after the demonym ("the Syrian representative attacks it")
        // makes the cue a verb.
        if (!ok && i > 1 && IsActor(i - 1) && units_[i - 1].ent >= 0 &&
            ents_[units_[i - 1].ent].form == "demonym" &&
            units_[i - 1].span == ents_[units_[i - 1].ent].span)
          for (const auto& w : d.prev) ok |= IsWord(i - 2, w);
        veto |= !ok;
      }
      for (const auto& w : d.not_prev) veto |= IsWord(i - 1, w);
      if (!d.subject_words.empty() && !veto) {
        bool ok = false;
        for (int k = i - 1; k >= 0 && k >= i - 12 && !ok; --k) {
          if (units_[k].kind == UK::kPunct && !IsPunct(k, ',')) break;
          for (const auto& w : d.subject_words) ok |= IsWord(k, w);
          // "No weapons have crossed the border from Russia", "saw no heavy
          // weapons crossing ...": none did.
          if (ok && (IsWord(k - 1, "no") || (IsWord(k - 2, "no") && !IsWord(k - 1, "doubt") &&
                                             units_[k - 1].kind == UK::kWord))) {
            ok = false;
            break;
          }
        }
        veto = !ok;
      }
      if (!d.object_words.empty() && !veto) {
        bool ok = false;
        for (int k = e; k < n() && k < e + 8 && !ok; ++k) {
          if (units_[k].kind == UK::kPunct || InList(k, en_.object_scan_stops)) break;
          for (const auto& w : d.object_words) ok |= IsWord(k, w);
          // "shielded the Syrian regime": an actor unit that folds a role
          // noun, by its last word.
          if (!ok && IsActor(k)) {
            const std::string_view t = text_.substr(units_[k].span.begin, units_[k].span.size());
            const size_t sp = t.find_last_of(' ');
            if (sp != std::string_view::npos) {
              const internal::LowerWord last(t.substr(sp + 1));
              for (const auto& w : d.object_words) ok |= last.str() == w;
            }
          }
          // "The separatists have tampered with the evidence. Russia has
          // armed them": "them" for object words named just before.
          if (k == e && IsWord(k, "them")) ok = ObjectWordBefore(i, d.object_words);
        }
        // "the separatists (that) it arms", "the militias Tehran funds": the
        // object before a relative clause's subject.
        if (!ok) ok = RelativeObjectBefore(i, d.object_words);
        veto = !ok;
      }
      // "has not implemented": a cue only under negation ("call on X to
      // respect the law" is no cue of it).
      if (d.when_negated && !veto) veto = !NegationJustBefore(i);
      if (d.object_to && !veto) {
        // An object of one to six units, without punctuation, then "to".
        int k = e;
        while (k < n() && k - e <= 6 && units_[k].kind != UK::kPunct && !IsWord(k, "to")) {
          veto |= units_[k].kind == UK::kWord &&
                  en_.object_to_vetoes.Contains(internal::LowerWord(units_[k].low));
          ++k;
        }
        veto |= !(k > e && IsWord(k, "to"));
      }
      if (veto) return false;
      Hit h;
      h.b = i;
      h.e = e;
      h.def = ph.def;
      int role = 0;
      int rb = i;
      if (IsAdverb(i - 1)) --rb;
      if (IsWord(rb - 1, "but") || IsWord(rb - 1, "and")) --rb;
      // "X, supported by Y," and sentence-initial "Supported by Y, X ...".
      if (RoleMarker(rb, &role) > 0 && (rb == 0 || IsPunct(rb - 1, ',') || IsPunct(rb - 1, '(') ||
                                        units_[rb].low == "but" || units_[rb].low == "with")) {
        h.role = true;
      }
      if (RoleMarker(i, &role) > 0 && units_[i].low == "with") h.role = true;
      hits_.push_back(h);
      for (int k = i; k < e; ++k) hit_at_[k] = k == i ? static_cast<int>(hits_.size() - 1) : -2;
      next = e;
      return true;
    });
    return next;
  };
  if (units_merged_) {
    for (int i = 0; i < n();) i = hits_at(i);
    return;
  }
  // Only the units Tokenize noted can start a hit, the cue candidates and
  // the topics: taken in unit order, those inside a hit skipped. The
  // candidates before the first where MayHaveHit matched a phrase start
  // none (hits_at would only step past them).
  const std::vector<int>& c = cue_candidates_;
  const std::vector<int>& t = topic_units_;
  size_t ci = first_hit_candidate_, ti = 0;
  int from = 0;
  while (ci < c.size() || ti < t.size()) {
    const int i = ti == t.size() || (ci < c.size() && c[ci] < t[ti]) ? c[ci++] : t[ti++];
    if (i >= from) from = hits_at(i);
  }
}

// Whether the cue at unit i is the verb of a relative clause on one of
// `words`: the word, an optional relative pronoun, then the clause's
// subject (an actor, a state pronoun or a capitalised name) right before
// the cue ("the separatists it arms", "the militias that Tehran funds").
bool SentenceAnalyzer::RelativeObjectBefore(int i, const std::vector<std::string>& words) const {
  const int subj = i - 1;
  if (subj < 1) return false;
  const bool subject = IsActor(subj) || InList(subj, en_.state_pronouns) ||
                       (units_[subj].kind == UK::kWord && !units_[subj].low.empty() &&
                        std::isupper(static_cast<unsigned char>(text_[units_[subj].span.begin])));
  if (!subject) return false;
  int o = subj - 1;
  if (IsWord(o, "that") || IsWord(o, "which") || IsWord(o, "whom")) --o;
  if (o < 0 || units_[o].kind != UK::kWord) return false;
  for (const auto& w : words)
    if (IsWord(o, w)) return true;
  return false;
}

// Whether the word at unit i stands alone in quotation marks, a word
// mentioned, not used ('words such as "encourage," "explore" and
// "promote"').
bool SentenceAnalyzer::QuotedWord(int i) const {
  auto glued = [&](int a, int b) {
    return a >= 0 && b < n() && units_[a].span.end == units_[b].span.begin;
  };
  if (!IsPunct(i - 1, '"') || !glued(i - 1, i)) return false;
  if (IsPunct(i + 1, '"') && glued(i, i + 1)) return true;
  return (IsPunct(i + 1, ',') || IsPunct(i + 1, '.')) && glued(i, i + 1) && IsPunct(i + 2, '"') &&
         glued(i + 1, i + 2);
}

// Whether one of `words` stands before unit i in this sentence or in the
// previous sentence of the paragraph, the antecedent of a "them" after the
// cue at i. A word scan of one sentence, only for such a "them".
bool SentenceAnalyzer::ObjectWordBefore(int i, const std::vector<std::string>& words) const {
  for (int k = 0; k < i; ++k)
    for (const auto& w : words)
      if (IsWord(k, w)) return true;
  if (para_ == nullptr || para_->prev_begin == UINT32_MAX || para_->prev_begin >= sent_.begin)
    return false;
  const std::string_view prev = text_.substr(para_->prev_begin, sent_.begin - para_->prev_begin);
  size_t p = 0;
  while (p < prev.size()) {
    while (p < prev.size() && !std::isalpha(static_cast<unsigned char>(prev[p]))) ++p;
    size_t q = p;
    while (q < prev.size() && std::isalpha(static_cast<unsigned char>(prev[q]))) ++q;
    if (q > p) {
      const internal::LowerWord word(prev.substr(p, q - p));
      for (const auto& w : words)
        if (word == w) return true;
    }
    p = q;
  }
  return false;
}

}  // namespace caucus::stance
