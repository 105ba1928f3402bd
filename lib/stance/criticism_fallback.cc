// The fallback criticism pass (document pass "criticism-fallback", issue #13):
// a speaker's own sentence (a transcript turn's, or a speech's with a
// document speaker) that the rule passes left without a criticism of a
// state and without a reported stance, but whose words judge one state's
// conduct, gives the speaker's oppose stance toward that state: act
// criticise, modality asserted, `via: fallback`, score 0.5 to 0.6 (below the
// rule stances').
//
// Two tests, both from the dictionaries, not a list of sentence shapes:
// - a score: each word of negative evaluation adds its weight
//   (english.json fallback_strong_words 2, fallback_verbs 1.5 in any form,
//   fallback_words 1) unless it is negated or countered (a negation or a
//   word of countering among the five words before it in its phrase: "not
//   illegal", "without interference", "the fight against abuse"); words
//   that leave the evaluation unasserted, report others or praise take 3
//   off each (fallback_hedge_words, the hedge and report markers of
//   cues.json, fallback_praise_words), and so does an armed group that may
//   be the one judged (armed_group_nouns); a quotation mark takes 1. A
//   denial ("there is no evidence that", denial_verbs, doubt_heads) or a
//   question gives nothing. The net score must reach kThreshold.
// - the doer: exactly one state, not the speaker, shown by the sentence's
//   structure to do what is judged (ShownTheDoer): a possessive or demonym
//   on an evaluation ("Russia's aggression"), "by" or "of" after one, or
//   the subject of its clause (or its organs or conduct as the subject)
//   with a wrong predicated of it ("X has violated", "X's actions are
//   illegal"). A state after a preposition, an object, a victim, a state
//   that suffers and a scene are no doers.
#include <algorithm>
#include <cmath>
#include <string>

#include "cues.h"
#include "stance/document.h"
#include "stance/engine.h"
#include "stance/entity_index.h"

namespace caucus::stance {
namespace {

// The net score at which a sentence criticises.
constexpr double kThreshold = 1.0;
constexpr double kStrong = 2.0, kVerb = 1.5, kWeak = 1.0, kCut = 3.0, kQuoteCut = 1.0;

// Whether phrase p matches the words from k on.
bool PhraseAt(const std::vector<Word>& w, size_t k, const std::vector<std::string>& p) {
  if (p.empty() || k + p.size() > w.size()) return false;
  for (size_t i = 0; i < p.size(); ++i)
    if (!(w[k + i].low == p[i])) return false;
  return true;
}

bool AnyPhraseAt(const std::vector<Word>& w, size_t k, const internal::PhraseList& l) {
  for (const std::vector<std::string>& p : l.phrases)
    if (PhraseAt(w, k, p)) return true;
  return false;
}

// Whether the word is a negation of what follows.
bool IsNegation(const Word& w) {
  const LowerWord l = w.low;
  return l == "not" || l == "never" || l == "no" || l == "nor" || l == "neither" ||
         l == "nothing" || l == "none" || l == "nobody" || l == "without" || l == "hardly" ||
         l == "cannot" || l.ends_with("n't") || l.ends_with("n\xE2\x80\x99t");
}

// Whether a punctuation mark that ends a phrase stands between words i
// and i + 1.
bool BreakAfter(std::string_view text, const std::vector<Word>& w, size_t i) {
  for (uint32_t c = w[i].e; c < w[i + 1].b; ++c)
    if (text[c] == ',' || text[c] == ';' || text[c] == ':' || text[c] == '(') return true;
  return false;
}

// Whether the evaluation word at k is negated or countered: a negation
// among the five words before it within its phrase ("is not illegal",
// "without the interference and coercion", not "not only"), or a word of
// countering ("the fight against sexual abuse", "to prevent aggression",
// english.json countering_verbs and their -ing forms, not the condemning
// ones that are evaluation words themselves).
bool Negated(const internal::EnglishWords& en, std::string_view text, const std::vector<Word>& w,
             size_t k) {
  for (size_t j = k; j > 0 && k - j < 5; --j) {
    if (BreakAfter(text, w, j - 1)) return false;
    const Word& x = w[j - 1];
    if (IsNegation(x)) {
      if (x.low == "not" && j < w.size() && (w[j].low == "only" || w[j].low == "just")) continue;
      return true;
    }
    if (x.low == "against" || x.low == "fight" ||
        (en.fallback_countering_forms.Contains(x.low) && !en.fallback_words.Contains(x.low) &&
         !en.fallback_verb_forms.Contains(x.low)))
      return true;
  }
  return false;
}

// Whether word k denies or doubts what follows: a word of english.json
// denial_frames under a negation among the two words before it ("there is
// no evidence that", "we do not believe that"), or one of denial_verbs or
// doubt_heads.
bool DenialAt(const internal::EnglishWords& en, const std::vector<Word>& w, size_t k) {
  if (en.denial_verbs.Contains(w[k].low) || en.doubt_heads.Contains(w[k].low)) return true;
  // "It is false that X ...", "The suggestion that X ... is nonsense": the
  // wrong is a claim the sentence reports or denies.
  if (k + 1 < w.size() && w[k + 1].low == "that" &&
      (en.falsity_predicates.Contains(w[k].low) || en.claim_nouns.Contains(w[k].low)))
    return true;
  if (!en.denial_frames.Contains(w[k].low)) return false;
  for (size_t j = k; j > 0 && k - j < 2; --j)
    if (IsNegation(w[j - 1])) return true;
  return false;
}

// The weight of the evaluation phrase starting at word k (its length in
// *len), 0 when none.
double EvaluationAt(const internal::EnglishWords& en, const std::string_view text,
                    const std::vector<Word>& w, size_t k, size_t* len) {
  *len = 1;
  // Two- and three-word phrases ("war crimes", "double standards"), for
  // the few words that start one.
  if (k + 1 < w.size() && en.fallback_phrase_starts.Contains(w[k].low)) {
    std::string two = w[k].low.str() + " " + w[k + 1].low.str();
    if (en.fallback_strong_words.Contains(two)) return *len = 2, kStrong;
    if (en.fallback_words.Contains(two)) return *len = 2, kWeak;
    if (k + 2 < w.size()) {
      std::string three = two + " " + w[k + 2].low.str();
      if (en.fallback_strong_words.Contains(three)) return *len = 3, kStrong;
    }
  }
  (void)text;
  if (en.fallback_strong_words.Contains(w[k].low)) return kStrong;
  if (en.fallback_verb_forms.Contains(w[k].low)) return kVerb;
  if (en.fallback_words.Contains(w[k].low)) return kWeak;
  return 0;
}

// Whether a word is a determiner or modifier that may stand between a
// preposition and a state ("against the sovereign Ukrainian ...").
bool SkippableBeforeState(const internal::EnglishWords& en, const Word& w) {
  return en.articles.Contains(w.low) || en.possessive_determiners.Contains(w.low) ||
         en.compass_endings.Contains(w.low) || w.low == "eastern" || w.low == "western" ||
         w.low == "northern" || w.low == "southern" || w.low == "neighbouring" ||
         w.low == "neighboring" || w.low == "sovereign" || w.low == "brotherly" ||
         w.low == "fraternal" || w.low == "occupied" || w.low == "entire" || w.low == "all";
}

// The index of the first word at or after byte b.
size_t WordAt(const std::vector<Word>& w, uint32_t b) {
  return std::lower_bound(w.begin(), w.end(), b,
                          [](const Word& x, uint32_t p) { return x.b < p; }) -
         w.begin();
}

// The state a mention stands for: a government, or a person or government
// body with a government's id as its org; empty for others.
std::string_view StateOf(const EntityView& e, const EntityIds& ids) {
  if (e.kind == "government") return e.id;
  if ((e.kind == "body" && e.sector == "government") || (e.kind == "person" && SpeaksForOrg(e)))
    if (!e.org.empty() && ids.IsGovernment(e.org)) return e.org;
  return {};
}

// Whether a word may stand between a clause's start and its subject
// ("and", "but", "Today Russia", "Unfortunately, Russia").
bool ClauseGlue(const internal::EnglishWords& en, const Word& w) {
  return w.low == "and" || w.low == "but" || w.low == "yet" || w.low == "so" || w.low == "then" ||
         w.low == "since" || w.low == "when" || w.low == "today" || w.low == "now" ||
         w.low == "instead" || w.low == "however" || en.clause_conjunctions.Contains(w.low) ||
         en.relative_pronouns.Contains(w.low) || w.low.ends_with("ly");
}

// Whether the words from k on, within their phrase, predicate a wrong of
// what stands before k: a verb of wrongdoing ("has violated", "continues
// to destabilize"), or an evaluation within four words after a copula or a
// verb of perpetration or continuing ("is illegal", "constitutes a flagrant
// violation", "wages a brutal war", "continues its illegal ...").
bool PredicatesWrong(const internal::Lexicon& lex, std::string_view text,
                     const std::vector<Word>& w, size_t k) {
  const internal::EnglishWords& en = lex.english;
  for (size_t i = k; i < w.size() && i < k + 8; ++i) {
    if (i > k && BreakAfter(text, w, i - 1)) return false;
    // A demand or duty is no assertion that the wrong was done ("X must
    // allow ...").
    if (en.normative_modals.Contains(w[i].low)) return false;
    if (en.fallback_verb_forms.Contains(w[i].low)) {
      const Word& before = w[i - (i > k ? 1 : 0)];
      // A participle as a modifier ("the besieged areas"): read on.
      if (i > k &&
          (en.articles.Contains(before.low) || en.possessive_determiners.Contains(before.low)))
        continue;
      // A passive ("were tortured", "has been violated"): the subject
      // suffers it.
      if (i > k && (en.passive_be_forms.Contains(before.low) || before.low == "been" ||
                    before.low == "being" || before.low == "get" || before.low == "got"))
        return false;
      // A negated object ("has violated nothing", "no agreement").
      if (i + 1 < w.size() && en.negative_objects.Contains(w[i + 1].low)) return false;
      return !Negated(en, text, w, i);
    }
    size_t after = i + 1;  // past the verb's phrase ("embarked on")
    for (const internal::PhraseList* l : {&lex.copula, &lex.perpetration})
      for (const std::vector<std::string>& ph : l->phrases)
        if (PhraseAt(w, i, ph)) after = std::max(after, i + ph.size());
    if (after > i + 1 || AnyPhraseAt(w, i, lex.copula) || AnyPhraseAt(w, i, lex.perpetration) ||
        w[i].low.str().rfind("continu", 0) == 0) {
      for (size_t m = after; m < w.size() && m < after + 5; ++m) {
        if (BreakAfter(text, w, m - 1)) break;
        // A passive ("were tortured", "has been violated"): the subject
        // suffers it.
        if (en.passive_be_forms.Contains(w[m - 1].low) && en.fallback_verb_forms.Contains(w[m].low))
          return false;
        size_t len = 0;
        if (EvaluationAt(en, text, w, m, &len) > 0) return !Negated(en, text, w, m);
        // The subject suffers or is the scene: a passive ("was targeted
        // by", "was subjected to"), a victim ("is a victim of"), an
        // evaluation inside a phrase ("is sliding into a brutal war", "is
        // concerned by the brutal repression").
        if (en.IsParticipleShaped(w[m].low) ||
            (en.prepositions.Contains(w[m].low) && !(w[m].low == "to")) || w[m].low == "by" ||
            w[m].low == "with" || w[m].low == "for" || en.victim_nouns.Contains(w[m].low) ||
            w[m].low == "victim" || w[m].low == "target")
          return false;
      }
      return false;
    }
  }
  return false;
}

// Whether the mention (words [j, je)) is shown to be the doer of what the
// sentence judges: a possessive or demonym on an evaluation ("Russia's
// aggression", "Russian propaganda"); an agent after "by" with an
// evaluation just before ("the illegal blockade imposed by X"); "of" after
// an evaluation ("the aggression of X"); or the subject of its clause, or
// its organs or conduct as the subject ("the Syrian authorities", "the
// actions of X", "Iran's conduct"), with a wrong predicated of it
// (PredicatesWrong). Never a state after another preposition ("against
// Ukraine", "in Syria", "beyond Ukraine", "as Russia did"), an object
// ("visited Ukraine"), a possessive or demonym on what it has or suffers
// ("Ukraine's sovereignty", "Syrian civilians"), a state that suffers
// ("Lebanon has suffered") or the scene of what follows ("a country
// where").
bool ShownTheDoer(const internal::Lexicon& lex, std::string_view text, const std::vector<Word>& w,
                  const EntityView& e, size_t j, size_t je) {
  const internal::EnglishWords& en = lex.english;
  for (size_t k = je; k < w.size() && k < je + 4; ++k)
    if (en.suffering_verbs.Contains(w[k].low) || w[k].low == "where") return false;
  const bool possessive = j < w.size() && w[j].b == e.span.begin && w[j].e > e.span.end;
  // What stands before it, past determiners and modifiers.
  size_t p = j;
  for (int skipped = 0; p > 0 && skipped < 3 && SkippableBeforeState(en, w[p - 1]); ++skipped) --p;
  // The clause opens at it: the sentence's start, a punctuation mark or a
  // conjunction before it.
  bool opens = p == 0;
  if (p > 0) {
    const Word& prev = w[p - 1];
    if (prev.low == "by") {
      for (size_t m = p - 1; m > 0 && p - 1 - m < 8; --m) {
        if (BreakAfter(text, w, m - 1)) break;
        size_t len = 0;
        // A strong word or a wrong, not the words of a weaker judgement that
        // may be the speaker's own act ("we reject the draft submitted by").
        if (EvaluationAt(en, text, w, m - 1, &len) > kWeak) return !Negated(en, text, w, m - 1);
      }
      return false;
    }
    if (prev.low == "of" && !possessive) {
      // "the aggression of X"; not "the occupation of X", "the sovereignty
      // of X"; "the authorities of X" and "the actions of X" as a subject.
      if (p < 2) return false;
      const size_t h = p - 2;
      if (en.patient_of_nouns.Contains(w[h].low) || en.victim_harm_nouns.Contains(w[h].low))
        return false;
      size_t len = 0;
      if (EvaluationAt(en, text, w, h, &len) > 0) return !Negated(en, text, w, h);
      if (!(AnyPhraseAt(w, h, lex.state_agent) || AnyPhraseAt(w, h, lex.conduct_noun)))
        return false;
      size_t s = h;
      while (s > 0 && SkippableBeforeState(en, w[s - 1])) --s;
      const bool np_opens = s == 0 || ClauseGlue(en, w[s - 1]) || BreakAfter(text, w, s - 1);
      return np_opens && PredicatesWrong(lex, text, w, je);
    }
    if (prev.low != "of" &&
        (en.prepositions.Contains(prev.low) || AnyPhraseAt(w, p - 1, lex.place_preposition) ||
         en.victim_prepositions.Contains(prev.low) || prev.low == "among" || prev.low == "with" ||
         prev.low == "beyond" || prev.low == "as" || prev.low == "like" || prev.low == "unlike" ||
         prev.low == "for"))
      return false;
    opens = ClauseGlue(en, prev) || BreakAfter(text, w, p - 1);
  }
  // A possessive or a demonym: what it is said of, past one modifier
  // ("Ukraine's territorial integrity", "Russia's illegal annexation").
  size_t q = je;
  if (q < w.size() && (w[q].low == "'s" || w[q].low == "\xE2\x80\x99s")) ++q;
  const bool modifier = possessive || q > je || e.form == "demonym";
  if (!modifier) return opens && PredicatesWrong(lex, text, w, je);
  for (size_t k = q; k < w.size() && k < q + 2; ++k) {
    if (k == j) continue;
    const Word& h = w[k];
    size_t len = 0;
    if (EvaluationAt(en, text, w, k, &len) > 0) return !Negated(en, text, w, k);
    if (en.victim_nouns.Contains(h.low) || en.demonym_people_nouns.Contains(h.low) ||
        en.victim_harm_nouns.Contains(h.low))
      return false;
    size_t len2 = 0;
    if (AnyPhraseAt(w, k, lex.state_agent) || AnyPhraseAt(w, k, lex.conduct_noun)) {
      (void)len2;
      size_t end = k + 1;
      for (const auto* l : {&lex.state_agent, &lex.conduct_noun})
        for (const std::vector<std::string>& ph : l->phrases)
          if (PhraseAt(w, k, ph)) end = std::max(end, k + ph.size());
      return opens && PredicatesWrong(lex, text, w, end);
    }
  }
  return false;
}

}  // namespace

void FallbackCriticism(const internal::Lexicon& lex, std::string_view text,
                       const std::vector<Sentence>& sents, const std::vector<EntityView>& ents,
                       const std::vector<SentenceSpeaker>& speakers, std::vector<Stance>* stances) {
  if (speakers.empty()) return;
  const internal::EnglishWords& en = lex.english;
  // What the other passes gave each sentence: a criticism of a state by
  // its speaker, or anyone's reported stance.
  std::vector<char> taken(sents.size(), 0);
  for (const Stance& s : *stances) {
    if (s.sentence >= sents.size() || s.sentence >= speakers.size()) continue;
    const SentenceSpeaker& sp = speakers[s.sentence];
    if (s.modality == "reported" || s.via == "report") taken[s.sentence] = 1;
    if (s.actor.id == sp.id && s.polarity == "oppose" && !s.target.entity.empty() &&
        s.target.kind == "government")
      taken[s.sentence] = 1;
  }
  EntityIds ids(ents, lex);
  std::vector<Word> words;
  std::vector<Stance> added;
  for (size_t si = 0; si < sents.size() && si < speakers.size(); ++si) {
    const SentenceSpeaker& sp = speakers[si];
    if (sp.id.empty() || taken[si]) continue;
    const Span span = sents[si].span;
    // A state named in the sentence other than the speaker, first: most
    // sentences stop here.
    auto first = std::lower_bound(ents.begin(), ents.end(), span.begin,
                                  [](const EntityView& e, uint32_t p) { return e.span.begin < p; });
    bool any = false;
    for (auto it = first; it != ents.end() && it->span.begin < span.end && !any; ++it) {
      const std::string_view st = StateOf(*it, ids);
      any = !st.empty() && st != sp.id;
    }
    if (!any) continue;
    // A word of the evaluation lists, found by the fast scan of the cue
    // words (cues.h, ForEachScanWord) before any word is read: most
    // sentences stop here.
    const std::string_view st = text.substr(span.begin, span.size());
    bool negative = false;
    internal::ForEachScanWord(st, [&](size_t p, size_t q) -> size_t {
      if (!en.fallback_scan_words.Contains(LowerWord(st.substr(p, q - p)))) return q;
      negative = true;
      return st.size();
    });
    if (!negative) continue;
    WordsInto(text, span, &words);
    if (words.empty()) continue;
    // The evaluation words.
    double score = 0;
    std::vector<size_t> evals;
    for (size_t k = 0; k < words.size(); ++k) {
      size_t len = 1;
      const double wt = EvaluationAt(en, text, words, k, &len);
      if (wt <= 0) continue;
      if (!Negated(en, text, words, k)) {
        score += wt;
        evals.push_back(k);
      }
      k += len - 1;
    }
    if (score < kThreshold) continue;
    // A question asserts nothing.
    size_t last = span.end;
    while (last > span.begin && (text[last - 1] == ' ' || text[last - 1] == '\n' ||
                                 text[last - 1] == '"' || text[last - 1] == '\r'))
      --last;
    if (last > span.begin && text[last - 1] == '?') continue;
    // What takes weight off.
    for (size_t k = 0; k < words.size(); ++k) {
      const Word& x = words[k];
      if (DenialAt(en, words, k)) {
        score = 0;
        break;
      }
      if (en.fallback_hedge_words.Contains(x.low) || en.fallback_praise_words.Contains(x.low) ||
          AnyPhraseAt(words, k, lex.hedge) || AnyPhraseAt(words, k, lex.report))
        score -= kCut;
      else if (en.armed_group_nouns.Contains(x.low))
        score -= kCut;
    }
    for (uint32_t b = span.begin; b < span.end; ++b)
      if (text[b] == '"' || (static_cast<unsigned char>(text[b]) == 0xE2 && b + 2 < span.end &&
                             static_cast<unsigned char>(text[b + 1]) == 0x80 &&
                             (static_cast<unsigned char>(text[b + 2]) == 0x9C ||
                              static_cast<unsigned char>(text[b + 2]) == 0x9D))) {
        score -= kQuoteCut;
        break;
      }
    if (score < kThreshold) continue;
    // The one state that may be the doer.
    std::string_view state;
    const EntityView* mention = nullptr;
    bool two = false;
    for (auto it = first; it != ents.end() && it->span.begin < span.end && !two; ++it) {
      const std::string_view st = StateOf(*it, ids);
      if (st.empty() || st == sp.id) continue;
      const size_t j = WordAt(words, it->span.begin), je = WordAt(words, it->span.end);
      if (!ShownTheDoer(lex, text, words, *it, j, je)) continue;
      if (!state.empty() && st != state) two = true;
      if (!mention) mention = &*it;
      state = st;
    }
    if (two || !mention) continue;
    // The evaluation word nearest the state.
    size_t nearest = evals.front();
    const size_t mj = WordAt(words, mention->span.begin);
    for (size_t k : evals)
      if (std::labs(static_cast<long>(k) - static_cast<long>(mj)) <
          std::labs(static_cast<long>(nearest) - static_cast<long>(mj)))
        nearest = k;
    const Span ev{words[nearest].b, words[nearest].e};
    const Span target{std::min(ev.begin, mention->span.begin), std::max(ev.end, mention->span.end)};
    Stance s;
    s.actor.id = std::string(sp.id);
    s.actor.kind = std::string(sp.kind);
    s.actor.text = std::string(sp.name);
    s.actor.span = {span.begin, span.begin};
    s.polarity = "oppose";
    s.act = "criticise";
    s.target.span = target;
    s.target.text = std::string(text.substr(target.begin, target.size()));
    s.target.entity = std::string(state);
    s.target.kind = "government";
    s.span = target;
    s.sentence = static_cast<uint32_t>(si);
    s.modality = "asserted";
    s.via = "fallback";
    // Below the rule stances' scores: 0.5 at the threshold, up to 0.6.
    s.score = std::round(100 * std::min(0.6, 0.5 + 0.025 * (score - kThreshold))) / 100;
    added.push_back(std::move(s));
  }
  for (Stance& s : added) stances->push_back(std::move(s));
}

}  // namespace caucus::stance
