// A claim the sentence calls false: "Russia's claim that the referendum was
// legitimate is a lie", "The assertion by Moscow that its troops are not
// there is false", "Claims that Ukraine threatens Russian speakers are
// baseless". The claim's content asserts nothing (no stance of the claimant
// on it, no criticism of a state it names); the falsity is the holder's
// criticism of the claimant.
#include <cctype>

#include "stance/sentence.h"

namespace caucus::stance {

// The claim called false in the clause [cb, ce): a claim noun (english.json
// claim_nouns) opening the clause's subject ("Russia's claim", "The
// assertion by Moscow", "Claims"), its "that" clause, then a copula and a
// word of english.json falsity_predicates that ends the clause ("... is a
// lie", "... are baseless", "... is simply false"; at most three words
// between, no negation, no supposing modal: "may be false"). The subject
// opens the clause: before the noun only its possessor, articles and
// modifiers, no cue and no predicate ("We note Russia's claim that the
// reports are false" calls nothing false).
bool SentenceAnalyzer::FalseClaimIn(int cb, int ce, FalseClaim* out) const {
  for (int t = cb + 1; t < ce; ++t) {
    if (!IsWord(t, "that")) continue;
    // The claim noun, right before "that" or before "by X" / "of X".
    int noun = t - 1;
    if (!InList(noun, en_.claim_nouns)) {
      noun = -1;
      for (int k = t - 1; k > cb && k >= t - 5; --k) {
        if ((IsWord(k, "by") || IsWord(k, "of")) && InList(k - 1, en_.claim_nouns)) {
          noun = k - 1;
          break;
        }
      }
      if (noun < 0) return false;
    }
    if (noun - cb > 6) return false;
    for (int k = cb; k < noun; ++k) {
      if (hit_at_[k] >= 0) return false;
      if (IsActor(k)) {
        // Not the speaker's own claim (english.json first_person_pronouns).
        if (InList(k, en_.first_person_pronouns)) return false;
        continue;
      }
      // A name, or any possessor ("Moscow's" opening the sentence).
      const bool name =
          units_[k].kind == UK::kWord &&
          ((k > cb && std::isupper(static_cast<unsigned char>(text_[units_[k].span.begin]))) ||
           IsWord(k + 1, "'s") || GluedPossessive(k));
      if (!(name || IsWord(k, "'s") || InList(k, en_.articles) || InList(k, en_.demonstratives) ||
            ModifierShaped(k) || IsAdverb(k) || IsPunct(k, '-')))
        return false;
    }
    // The predicate: a copula, a few words, a falsity word closing the clause.
    for (int c = t + 2; c < ce; ++c) {
      const int ve = units_[c].kind == UK::kWord ? MatchList(c, lex_.copula) : -1;
      if (ve <= c) continue;
      // "... may (well) be false", "could be a lie": only supposed
      // (english.json supposing_words).
      if (InList(c - 1, en_.supposing_words) ||
          (units_[c - 1].kind == UK::kWord && InList(c - 2, en_.supposing_words)))
        continue;
      int w = ve;
      bool negated = false;
      // (not past another copula: "that the vote was legitimate is a lie")
      for (int steps = 0; w < ce && steps < 3 && units_[w].kind == UK::kWord &&
                          !InList(w, en_.falsity_predicates) && MatchList(w, lex_.copula) < 0;
           ++steps)
        negated |= NegationAt(w++);
      if (negated || !InList(w, en_.falsity_predicates)) continue;
      const int after = w + 1;
      if (!(after >= ce || units_[after].kind == UK::kPunct || IsWord(after, "and") ||
            IsWord(after, "but")))
        continue;
      out->noun = noun;
      out->that = t;
      out->copula = c;
      out->word = w;
      return true;
    }
    return false;
  }
  return false;
}

// The state (or, failing one, nobody) whose claim the noun at `noun` is:
// a possessive or demonym before it ("Russia's claim", "Moscow's repeated
// assertions", "the Russian claim"), or "by X" / "of X" after it.
bool SentenceAnalyzer::ClaimantOf(int noun, ActorRef* out) const {
  int p = noun - 1;
  while (p >= 0 && (ModifierShaped(p) || IsAdverb(p))) --p;
  if (IsWord(p, "'s") && StateOrCapitalAt(p - 1, out)) return true;
  if (p >= 0 && units_[p].kind == UK::kWord && GluedPossessive(p) && StateOrCapitalAt(p, out))
    return true;  // "Moscow's"
  if (IsActor(p) && StateOf(p, out)) return true;
  if ((IsWord(noun + 1, "by") || IsWord(noun + 1, "of")) && StateNamedAt(noun + 2, out) >= 0)
    return true;
  return false;
}

// Whether the cue at unit b is inside the content of a claim its clause
// calls false ("Russia's claim that it supports the ceasefire is false"):
// it asserts nothing.
bool SentenceAnalyzer::InFalseClaim(int b) const {
  FalseClaim c;
  if (FalseClaimIn(ClauseStart(b), ClauseEnd(b), &c) && b > c.that && b < c.copula) return true;
  // "Russia falsely claims that it supports the ceasefire", "claims,
  // wrongly, that ..." (english.json falsity_adverbs before or after a
  // claim verb).
  const int k = ContentThatBefore(b);
  if (k < 1) return false;
  int v = k - 1;
  bool adverb = false;
  while (v > 0 && (IsPunct(v, ',') || InList(v, en_.falsity_adverbs))) {
    adverb |= InList(v, en_.falsity_adverbs);
    --v;
  }
  return InList(v, en_.claim_verbs) && (adverb || InList(v - 1, en_.falsity_adverbs));
}

// A falsity cue closing a claim called false: the holder's criticism of
// the claimant state (act criticise), the claim up to its predicate as the
// target; true when the cue is such a predicate (then it gives no other
// stance).
bool SentenceAnalyzer::ClaimCalledFalse(const HitState& s) {
  FalseClaim c;
  if (!FalseClaimIn(s.cb, s.ce, &c) || c.word != s.h.b) return false;
  ActorRef holder, claimant;
  std::string_view via;
  bool reported = false;
  if (!ClaimantOf(c.noun, &claimant) || !CriticismHolder(c.noun, &holder, &via, &reported))
    return true;
  int b = c.noun;
  while (b > s.cb && units_[b - 1].kind != UK::kPunct) --b;
  const Span target{units_[b].span.begin, units_[c.copula - 1].span.end};
  AddCriticism(holder, via, claimant, s.h, "criticise", target, reported ? "reported" : "asserted",
               claimant.conf);
  return true;
}

}  // namespace caucus::stance
