// Normative and evaluative statements ("we must", "is unacceptable") that a
// document speaker's sentences hold.
#include "stance/normative.h"

#include <algorithm>
#include <cctype>

#include "stance/doc_text.h"
#include "word_match.h"

namespace caucus::stance {

bool MarkBetween(std::string_view text, const WordRange& w, size_t k);
bool SpeakerWord(const internal::EnglishWords& en, const WordRange& w, size_t k,
                 const std::vector<Span>* self);

namespace {

using internal::EnglishWords;

// An adverb in -ly ("also, therefore, firmly"), stepped over between a verb
// and what it governs.
bool IsLyAdverb(LowerWord y) { return y.size() > 3 && y.ends_with("ly"); }

// An adverb that may stand inside a verb group: a skippable one ("also",
// "therefore", "now") or one in -ly ("urgently").
bool VerbGroupAdverb(const EnglishWords& en, LowerWord y) {
  return en.skippable_adverbs.Contains(y) || IsLyAdverb(y);
}

// The verb a modal at w[i] governs, skipping "not", adverbs and "be"-less
// glue ("we must also, therefore, act"); -1 if none within three words.
int ModalVerb(const EnglishWords& en, const WordRange& w, size_t i) {
  for (size_t k = i + 1; k < w.size() && k <= i + 4; ++k) {
    LowerWord y = w[k].low;
    if (en.modal_glue.Contains(y) || IsLyAdverb(y)) continue;
    return static_cast<int>(k);
  }
  return -1;
}

// Verbs of cognition, speech and feeling after a modal: rhetoric ("I must
// admit", "we cannot ignore", "must not forget", "should come as no
// surprise", "must be outraged / reminded").
bool RhetoricalVerb(const EnglishWords& en, const WordRange& w, int v) {
  LowerWord y = w[v].low;
  if (en.rhetorical_verbs.Contains(y)) return true;
  if (y == "be" && v + 1 < static_cast<int>(w.size()))
    return en.rhetorical_be_complements.Contains(w[v + 1].low);
  return false;
}

// Sets a statement's polarity, act and target words [b, e); returns true.
bool Statement(const char* polarity, const char* act, size_t b, size_t e, NormativeStatement* n) {
  n->polarity = polarity;
  n->act = act;
  n->target_begin = b;
  n->target_end = e;
  n->link_end = 0;
  return true;
}

// A countering verb at w[v] calls against its object ("avoid a new arms
// race"); negated, for it ("must not stop the reforms"). False if it has no
// object.
bool CallAgainstObject(const WordRange& w, int v, bool negated, NormativeStatement* n) {
  if (v + 1 >= static_cast<int>(w.size())) return false;
  n->polarity = negated ? "support" : "oppose";
  n->target_begin = static_cast<size_t>(v) + 1;
  return true;
}

bool HoldsAccountable(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n);
bool EvaluableSubject(const EnglishWords& en, const WordRange& w, size_t b, size_t e);
bool EvaluableSubject(const EnglishWords& en, const WordRange& w, size_t b, size_t e);
size_t SubjectBefore(const EnglishWords& en, const WordRange& w, size_t j);
bool CallThrough(const EnglishWords& en, const WordRange& w, size_t to, NormativeStatement* n);
bool NegatedGroupBefore(const EnglishWords& en, const WordRange& w, size_t j, size_t* start,
                        bool* modal = nullptr);

// Whether a word of [b, e) after the first word of the sentence starts with
// a capital letter: a name ("the United Nations", "Russia").
bool NamesSomeone(std::string_view text, const WordRange& w, size_t b, size_t e) {
  for (size_t k = std::max<size_t>(b, 1); k < e; ++k)
    if (std::isupper(static_cast<unsigned char>(text[w[k].b]))) return true;
  return false;
}

// The subject before w[j] as a statement about it ("Security Council reform
// cannot wait": for it), or false if it is no subject the speaker can
// evaluate ("we cannot wait").
bool OnTheSubject(const EnglishWords& en, const WordRange& w, size_t j, const char* polarity,
                  const char* act, NormativeStatement* n) {
  const size_t b = SubjectBefore(en, w, j);
  if (b >= j || !EvaluableSubject(en, w, b, j)) return false;
  return Statement(polarity, act, b, j, n);
}

// "Peace cannot be achieved without justice", "development is not
// possible (is impossible) without peace", the attainment or its denial
// before w[from]: support of what follows the "without" of the clause, up
// to a comma. False if no "without" follows.
bool NeededWithout(std::string_view text, const WordRange& w, size_t from, NormativeStatement* n) {
  for (size_t k = from + 1; k + 1 < w.size() && k < from + 6; ++k) {
    if (MarkBetween(text, w, k)) return false;
    if (w[k].low != "without") continue;
    size_t e = k + 2;
    while (e < w.size() && !MarkBetween(text, w, e)) ++e;
    return Statement("support", "support", k + 1, e, n);
  }
  return false;
}

bool EvaluableClauseSubject(const EnglishWords& en, std::string_view text, const WordRange& w,
                            size_t j, size_t* b);

// Whether the participle `x` after "must be" calls for its subject to be
// overcome: countering_participles and the participles of countering_verbs
// ("closed", "bridged", "tackled"). ("The conflict must be resolved" is a
// call for its resolution: support.)
bool CounteringParticiple(const EnglishWords& en, LowerWord x) {
  if (en.countering_participles.Contains(x)) return true;
  if (x.size() < 5 || !x.ends_with("ed")) return false;
  const std::string_view r = x.raw();
  return en.countering_verbs.Contains(LowerWord(r.substr(0, r.size() - 1))) ||
         en.countering_verbs.Contains(LowerWord(r.substr(0, r.size() - 2)));
}

// A passive call whose participle is at w[p], after the modal at w[i] and
// "be": "the Paris Agreement must be implemented in full", "these
// resolutions must be respected", "the conflict must be resolved" (support
// of the subject), "the digital
// divide must be bridged" (against it), "the NPT must not be undermined" (a
// harm denied: for it).
// False for a participle whose complement is the call (english.json
// complement_participles: "efforts must be made to X"), for a word that is
// no participle ("must be open") and for a subject the speaker cannot
// evaluate ("it must be noted").
bool PassiveOnSubject(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                      size_t p, bool negated, NormativeStatement* n) {
  const LowerWord x = w[p].low;
  if (en.complement_participles.Contains(x)) return false;
  if (!en.IsParticipleShaped(x)) return false;
  size_t b;
  if (!EvaluableClauseSubject(en, text, w, i, &b)) return false;
  // ", and such responsibility must be fulfilled": the conjunction opens
  // the clause.
  if (b + 1 < i && In(w[b].low, {"and", "but", "or", "yet"})) ++b;
  // Denied, only a harm or a countering verb says what the call is about
  // ("human rights must not be politicized", "X should not be decided by
  // Y but by Z" leave the subject alone).
  const bool countering = CounteringParticiple(en, x);
  if (negated && !countering && !en.harm_forms.Contains(x)) return false;
  if (!negated && !countering && en.harm_forms.Contains(x)) return false;
  Statement(countering && !negated ? "oppose" : "support", "call-for", b, i, n);
  // What the predicate names links when the subject names nothing ("these
  // trends must be reflected in the work of the G20"), up to a clause mark.
  size_t e = p + 1;
  while (e < w.size() && !MarkBetween(text, w, e)) ++e;
  n->link_end = e;
  return true;
}

// A call on what the subject should be, its copula at w[v] after the modal
// at w[i] (english.json copula_calls): "the Internet must remain open",
// "access to vaccines must be equitable": support of the subject, the
// predicate's link when the subject names nothing. Not before "to" ("the
// aim must be to X": the predicate says what is called for) nor a
// participle (PassiveOnSubject and complement_participles decide), nor a
// subject the speaker cannot evaluate ("it must be clear").
bool CopulaOnSubject(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                     size_t v, NormativeStatement* n) {
  if (v + 1 >= w.size() || MarkBetween(text, w, v + 1)) return false;
  const LowerWord x = w[v + 1].low;
  // ("the ITU should remain out of it": a call to pull out, below.)
  if (x == "to" || x == "out" || en.irregular_participles.Contains(x) ||
      (x.size() > 4 && (x.ends_with("ed") || x.ends_with("en"))))
    return false;
  size_t b;
  if (!EvaluableClauseSubject(en, text, w, i, &b)) return false;
  if (b + 1 < i && In(w[b].low, {"and", "but", "or", "yet"})) ++b;
  Statement("support", "call-for", b, i, n);
  size_t e = v + 1;
  while (e < w.size() && !MarkBetween(text, w, e)) ++e;
  n->link_end = e;
  return true;
}

// A modal at w[i] ("we must", "should not"): returns whether it makes a
// statement (then sets polarity and act), false for rhetoric, capacity and
// contrast, where the next marker decides.
bool ModalStatement(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                    NormativeStatement* n) {
  LowerWord x = w[i].low;
  // Putative "should" after an evaluation: "it is gratifying that the
  // report should agree".
  if (x == "should" && w.size() > 2 && w[0].low == "it" && In(w[1].low, {"is", "was"}) &&
      std::any_of(w.begin() + 2, w.begin() + i, [](const Word& y) { return y.low == "that"; }))
    return false;
  // "Should it fail to respond, ...": an inverted condition, no call.
  if (x == "should" && i == 0) return false;
  // "the principles that should govern relations": a restrictive relative
  // clause describes its noun ("That should be our goal", at the start, is
  // a call; ", which must be governed by ..." says what should be).
  if (i >= 2 && In(w[i - 1].low, {"that", "who"})) return false;
  bool neg_next = i + 1 < w.size() && In(w[i + 1].low, {"not", "never"});
  // "must not just / only be X" is contrast ("... but must become Y"),
  // not a negated call: the next marker decides.
  if (neg_next && i + 2 < w.size() && In(w[i + 2].low, {"just", "only", "merely", "simply"}))
    return false;
  bool negated = neg_next || In(x, {"cannot", "mustn't", "shouldn't"});
  // A subject that is no one negates the call: "nobody should support the
  // annexation", "no country should blame Georgia" (english.json
  // negative_objects: "nobody", "none"; "no" before a one-word noun).
  if (i >= 1 && (en.negative_objects.Contains(w[i - 1].low) || (i >= 2 && w[i - 2].low == "no")))
    negated = !negated;
  int v = ModalVerb(en, w, i);
  // "The Council should have acted", "the MDGs should have focused more on
  // the poorest": what was not done, a criticism of the subject.
  if (x == "should" && !negated && v > 0 && w[v].low == "have" &&
      v + 1 < static_cast<int>(w.size()) && i > 0) {
    n->polarity = "oppose";
    n->act = "criticise";
    n->target_begin = 0;
    n->target_end = i;
    return true;
  }
  // Double negation: "cannot (possibly) fail to defend" calls to defend.
  if (negated && v >= 0 && en.failure_verbs.Contains(w[v].low)) {
    negated = false;
    v = ModalVerb(en, w, static_cast<size_t>(v));
  }
  // "The West must recognise this and abandon its ambitions": a verb whose
  // object is a pronoun, then "and" and a second verb: the second says what
  // is called for.
  bool second_verb = false;
  if (v >= 0 && static_cast<size_t>(v) + 3 < w.size() && w[v + 2].low == "and" &&
      (en.demonstratives.Contains(w[v + 1].low) || en.dummy_subjects.Contains(w[v + 1].low))) {
    v = ModalVerb(en, w, static_cast<size_t>(v) + 2);
    second_verb = v >= 0;
  }
  // The participle after "be" (over one adverb): "cannot (possibly) be
  // achieved", "can never be justified".
  size_t be_part = w.size();
  if (v >= 0 && w[v].low == "be" && static_cast<size_t>(v) + 1 < w.size()) {
    be_part = static_cast<size_t>(v) + 1;
    if (be_part + 1 < w.size() && IsLyAdverb(w[be_part].low)) ++be_part;
  }
  // "There cannot be any excuse for X": the denied justification decides
  // (Futility), not the modal.
  if (v >= 0 && w[v].low == "be" && static_cast<size_t>(v) + 2 < w.size() &&
      In(w[v + 1].low, {"any", "no"}) && en.unjustified_nouns.Contains(w[v + 2].low))
    return false;
  if (negated && v >= 0) {
    // "Security Council reform cannot wait", "action can no longer be
    // delayed": a call for the subject (english.json delay_words).
    if (en.delay_words.Contains(w[v].low) ||
        (be_part < w.size() && en.delay_words.Contains(w[be_part].low))) {
      if (x == "cannot" || x == "must" || x == "should")
        return OnTheSubject(en, w, i, "support", "call-for", n);
    }
    // "We cannot achieve the goals without adequate financing", "we
    // cannot build peace without justice": for what is needed, as the
    // passive below.
    // (english.json attainment_words; not "we cannot solve it without
    // partners", a statement of capacity.)
    if (x == "cannot" && en.attainment_words.Contains(w[v].low) &&
        NeededWithout(text, w, static_cast<size_t>(v), n))
      return true;
    // "Peace cannot be achieved without justice": for what is needed;
    // with nothing after "without" no stance ("peace cannot be achieved by
    // force" is no call against achieving it).
    if (be_part < w.size() && en.attainment_words.Contains(w[be_part].low))
      return NeededWithout(text, w, be_part, n);
    // "Developing countries must not be left behind", "Africa should not be
    // marginalized": for the subject; "no one should be left behind" names
    // no one.
    if (be_part < w.size() && en.neglect_participles.Contains(w[be_part].low) &&
        (w[be_part].low != "left" || (be_part + 1 < w.size() && w[be_part + 1].low == "behind"))) {
      const size_t b = SubjectBefore(en, w, i);
      if (b < i && (w[b].low == "no" || en.negative_objects.Contains(w[b].low))) return false;
      return OnTheSubject(en, w, i, "support", "call-for", n);
    }
    // "Terrorism can never be justified", "such acts cannot be tolerated":
    // against the subject.
    if (be_part < w.size() && en.approval_participles.Contains(w[be_part].low))
      return OnTheSubject(en, w, i, "oppose", "reject", n);
    // "Military force cannot solve the conflict": the subject is no
    // solution, when it names no actor ("the United Nations cannot solve
    // every problem"); "we cannot solve it" is capacity: no stance.
    if (en.solution_verbs.Contains(w[v].low)) {
      const size_t b = SubjectBefore(en, w, i);
      if (NamesSomeone(text, w, b, i)) return false;
      return OnTheSubject(en, w, i, "oppose", "reject", n);
    }
  }
  // "The embargo must come to an end", "the war must be brought to an
  // end": against the subject (english.json end_reaching_verbs).
  {
    size_t c = v >= 0 && w[v].low == "be" ? static_cast<size_t>(v) + 1 : static_cast<size_t>(v);
    if (v >= 0 && x != "cannot" && c + 3 < w.size() && en.end_reaching_verbs.Contains(w[c].low) &&
        w[c + 1].low == "to" && en.articles.Contains(w[c + 2].low) &&
        en.countering_verbs.Contains(w[c + 3].low))
      return OnTheSubject(en, w, i, negated ? "support" : "oppose", "call-for", n);
  }
  // Rhetoric, not a position: "I must admit", "we cannot ignore",
  // "we must not forget", "should come as no surprise", "must be outraged".
  if (v >= 0 && RhetoricalVerb(en, w, v)) return false;
  // "The international community must hold India accountable": whoever is
  // to hold them, the statement blames the one held (as "we hold X
  // responsible" does), not a call in the held one's favour.
  if (!negated && v >= 0 && en.holding_verbs.Contains(w[v].low)) {
    NormativeStatement held;
    if (HoldsAccountable(en, w, static_cast<size_t>(v), &held)) {
      *n = held;
      return true;
    }
  }
  // "We cannot remain indifferent to X" is against X (NotIndifferent).
  if (negated && v >= 0 && v + 1 < static_cast<int>(w.size()) &&
      en.indifference_adjectives.Contains(w[v + 1].low))
    return false;
  // A statement of capacity: "governments cannot achieve it alone",
  // "no country alone can", "developing countries alone cannot".
  if (negated && std::any_of(w.begin() + (i >= 2 ? i - 2 : 0), w.end(), [&](const Word& y) {
        return y.low == "alone" ||
               (y.low == "own" && &y > &w[i] + 1 &&
                en.possessive_determiners.Contains((&y - 1)->low) && (&y - 2)->low == "on");
      }))
    return false;
  // Inaction negated is a call to act ("we cannot remain on the
  // sidelines", "we should not avoid the problem").
  // "we must not lose sight of X", "X must not be overlooked" call for
  // attention to X, as inaction does.
  bool inaction =
      v >= 0 &&
      en.IsInactionForm(w[v].low, v + 1 < static_cast<int>(w.size()) ? w[v + 1].low : LowerWord());
  n->act = "call-for";
  n->target_begin = i + 1;
  n->target_end = w.size();
  const bool can_not = x == "cannot";
  // "The use of force cannot be the answer", "war must never be an
  // option": against the subject, as "X is not an option" is.
  if (negated && v >= 0 && w[v].low == "be") {
    size_t o = static_cast<size_t>(v) + 1;
    if (o < w.size() && en.articles.Contains(w[o].low)) ++o;
    if (o < w.size() && en.option_nouns.Contains(w[o].low)) {
      const size_t b = SubjectBefore(en, w, i);
      if (b >= i || !EvaluableSubject(en, w, b, i)) return false;
      return Statement("oppose", "reject", b, i, n);
    }
  }
  // "Such acts must be condemned": against the subject. "Cannot be
  // stopped" says what is possible, not what should be.
  // The participle, after an adverb: "must be firmly condemned".
  int part = v + 1;
  if (v >= 0 && part + 1 < static_cast<int>(w.size()) && IsLyAdverb(w[part].low)) ++part;
  if (v >= 0 && w[v].low == "be" && part < static_cast<int>(w.size()) &&
      en.countering_participles.Contains(w[part].low)) {
    // ("We should not be ashamed of ...": no stance on the speaker)
    if (can_not || i == 0 || !EvaluableSubject(en, w, 0, i)) return false;
    n->polarity = negated ? "support" : "oppose";
    n->target_begin = 0;
    n->target_end = i;
    return true;
  }
  // A passive call is about its subject: "the Paris Agreement must be
  // implemented in full" (not "it cannot be implemented overnight", a
  // statement of what is possible).
  if (v >= 0 && !can_not && w[v].low == "be" && part < static_cast<int>(w.size()) &&
      PassiveOnSubject(en, text, w, i, static_cast<size_t>(part), negated, n))
    return true;
  // So is a call on what the subject should be: "the Internet must remain
  // open and free", "access to vaccines must be equitable", "education
  // should be a priority".
  if (v >= 0 && !can_not && !negated && en.copula_calls.Contains(w[v].low) &&
      CopulaOnSubject(en, text, w, i, static_cast<size_t>(v), n))
    return true;
  // A countering verb calls against its object: "we must avoid a new arms
  // race", "we should fight poverty"; "must not stop the reforms" is for
  // them. "We cannot prevent every attack" says what is possible.
  // "must fight to uphold the Charter": a verb of effort, not countering.
  // No object: "the killing of civilians must stop (immediately)", "this
  // war must end" are against the subject; "the reforms must not stop" for
  // it.
  if (v >= 0 && !can_not && en.ceasing_verbs.Contains(w[v].low) &&
      std::all_of(w.begin() + v + 1, w.end(),
                  [&](const Word& y) { return en.empty_call_tails.Contains(y.low); })) {
    const size_t b = SubjectBefore(en, w, i);
    if (b >= i || !EvaluableSubject(en, w, b, i)) return false;
    return Statement(negated ? "support" : "oppose", "call-for", b, i, n);
  }
  if (v >= 0 && en.countering_verbs.Contains(w[v].low) && !(negated && inaction) &&
      !(v + 1 < static_cast<int>(w.size()) && w[v + 1].low == "to"))
    return !can_not && CallAgainstObject(w, v, negated, n);
  // A call to pull out or drop is against its object: "the ITU should
  // stay out of it", "the government must withdraw its proposal".
  bool withdraw = v >= 0 && ((In(w[v].low, {"stay", "keep"}) &&
                              v + 1 < static_cast<int>(w.size()) && w[v + 1].low == "out") ||
                             en.withdrawal_verbs.Contains(w[v].low));
  if (withdraw) {
    n->polarity = negated ? "support" : "oppose";
  } else {
    n->polarity = negated && !inaction ? "oppose" : "support";
  }
  // The second verb's call is about its object ("accept this and drop the
  // double standards": the double standards).
  if (second_verb) n->target_begin = static_cast<size_t>(v) + (withdraw ? 1 : 0);
  // Inaction negated before what it would let happen is against that:
  // "we cannot look on and wait for the violence to spread", "we cannot
  // stand idly by while civilians are killed" (not support of looking on).
  if (negated && inaction) {
    // Right after the inaction phrase ("look on and wait for", "stand idly
    // by while"), not after an object ("lose sight of X when dealing").
    for (size_t k = static_cast<size_t>(v) + 1; k + 1 < w.size() && k <= static_cast<size_t>(v) + 4;
         ++k) {
      if (en.inaction_complements.Contains(w[k].low)) {
        n->polarity = "oppose";
        n->target_begin = k + 1;
        break;
      }
      if (!en.inaction_particles.Contains(w[k].low) && !en.inaction_verbs.Contains(w[k].low)) break;
    }
  }
  return true;
}

// An exhortation at w[i] ("let us work together", "let us not repeat the
// errors of the past", "let us fight poverty") at the start of a clause.
bool Exhortation(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  if (i > 0 && !en.discourse_openers.Contains(w[i - 1].low)) return false;
  size_t k = i + 1;
  if (w[i].low == "let") {
    if (k >= w.size() || w[k].low != "us") return false;
    ++k;
  }
  const bool negated = k < w.size() && In(w[k].low, {"not", "never"});
  // The verb, after "not" and adverbs: ModalVerb from the word before it.
  const int v = ModalVerb(en, w, k - 1);
  if (v < 0 || RhetoricalVerb(en, w, v)) return false;
  n->act = "call-for";
  n->target_end = w.size();
  if (en.countering_verbs.Contains(w[v].low)) return CallAgainstObject(w, v, negated, n);
  n->polarity = negated ? "oppose" : "support";
  n->target_begin = static_cast<size_t>(v);
  return true;
}

// "We need a stronger United Nations", "the world needs action", "complex
// problems require innovative solutions": a call for what is needed; "we
// need not fear", "we need to remember", "the needs of" and "people in need
// of aid" (a description) are not.
bool Need(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  if (i == 0 || i + 1 >= w.size()) return false;
  const LowerWord x = w[i].low;
  // "(Much) more needs to be done to protect the oceans": a call for what
  // is to be done.
  if (In(x, {"need", "needs"}) && i + 4 < w.size() && w[i + 1].low == "to" &&
      w[i + 2].low == "be" && w[i + 3].low == "done" &&
      In(w[i - 1].low, {"more", "much", "lot", "work", "everything"}) &&
      !(i >= 2 && In(w[i - 2].low, {"nothing", "no"}))) {
    const size_t b = w[i + 4].low == "to" ? i + 5 : i + 4;
    return b < w.size() && Statement("support", "call-for", b, w.size(), n);
  }
  // "Our oceans are in urgent need of multilateral action", "the
  // Organization is in need of reform": a call for the action; "people in
  // need of food aid" describes them.
  if (x == "need" && w[i + 1].low == "of" && i + 2 < w.size()) {
    size_t in = i - 1;
    while (in > 0 && in + 3 > i && w[in].low != "in") --in;
    if (w[in].low != "in") return false;
    for (size_t k = i + 2; k < w.size() && k < i + 6; ++k)
      if (en.action_nouns.Contains(w[k].low) || en.need_of_objects.Contains(w[k].low))
        return Statement("support", "call-for", i + 2, w.size(), n);
    return false;
  }
  // "Let me underscore the need to establish X", "we recognize the urgent
  // need for X", "we are convinced of the need to X": the speaker's call for
  // X. Not "some delegations stressed the need", "we question the need",
  // "there is no need to".
  size_t a = i - 1;  // the article of "the (urgent) need"
  if (!en.articles.Contains(w[a].low) && a > 0) --a;
  if (x == "need" && In(w[i + 1].low, {"to", "for"}) && i + 2 < w.size() &&
      en.articles.Contains(w[a].low)) {
    // "There is an urgent need to reform X": the speaker's own statement.
    bool speaker = a >= 2 && w[0].low == "there" &&
                   std::all_of(w.begin() + 1, w.begin() + a, [&](const Word& y) {
                     return en.evaluation_be_forms.Contains(y.low) ||
                            In(y.low, {"remains", "still", "also", "therefore", "clearly"});
                   });
    for (size_t k = 0; k < a; ++k) {
      const LowerWord y = w[k].low;
      if (en.first_person_negations.Contains(y) || en.need_doubt_verbs.Contains(y)) return false;
      speaker |= In(y, {"we", "i", "me", "us"});
    }
    // From "to" ("the need to combat X" is then against X, as "we need to
    // combat X" is), or after "for".
    const size_t b = w[i + 1].low == "to" ? i + 1 : i + 2;
    return speaker && Statement("support", "call-for", b, w.size(), n);
  }
  // "we therefore need", "the world urgently needs": one adverb may stand
  // between the subject and "need".
  size_t s = i - 1;
  if (s > 0 && VerbGroupAdverb(en, w[s].low)) --s;
  const LowerWord prev = w[s].low;
  n->polarity = "support";
  n->act = "call-for";
  n->target_end = w.size();
  if (In(x, {"require", "requires"})) {
    if (en.articles.Contains(prev) || en.possessive_determiners.Contains(prev) ||
        en.prepositions.Contains(prev) || en.prepositions.Contains(w[i + 1].low))
      return false;
  } else if (!en.need_subjects.Contains(prev) &&
             !(en.need_to_subjects.Contains(prev) && w[i + 1].low == "to")) {
    return false;
  }
  if (In(w[i + 1].low, {"not", "no"})) return false;
  if (w[i + 1].low == "to" && i + 2 < w.size() && RhetoricalVerb(en, w, static_cast<int>(i + 2)))
    return false;
  n->target_begin = i + 1;
  return true;
}

// "We can (and must) do (a lot / much / far) more to X": a call for X.
bool CanDoMore(const WordRange& w, size_t i, NormativeStatement* n) {
  if (i == 0 || !In(w[i - 1].low, {"we", "all", "everyone", "together"})) return false;
  size_t k = i + 1;
  if (k + 2 < w.size() && w[k].low == "and" && In(w[k + 1].low, {"must", "should"})) k += 2;
  if (k >= w.size() || w[k].low != "do") return false;
  ++k;
  if (k + 1 < w.size() && w[k].low == "a" && w[k + 1].low == "lot") k += 2;
  if (k < w.size() && In(w[k].low, {"much", "far", "so"})) ++k;
  if (k + 1 >= w.size() || !In(w[k].low, {"more", "better"}) || w[k + 1].low != "to") return false;
  return k + 2 < w.size() && Statement("support", "call-for", k + 2, w.size(), n);
}

// Adjectives of a call ("necessary", "essential", "important", "needed").
bool CallAdjective(const EnglishWords& en, LowerWord x) {
  return en.necessity_adjectives.Contains(x) || en.importance_adjectives.Contains(x);
}

// Where the subject of a predicate at w[j] begins: after the last subject
// opener ("the lesson is that cooperation is essential", "that is why the
// role of the UN is crucial"); j (none) inside a relative clause ("where
// they are needed", "whose role is essential").
size_t SubjectBefore(const EnglishWords& en, const WordRange& w, size_t j) {
  size_t subject = 0;
  for (size_t k = 0; k < j; ++k) {
    if (en.subject_openers.Contains(w[k].low)) subject = k + 1;
    if (en.relative_openers.Contains(w[k].low)) return j;
  }
  return subject;
}

// SubjectBefore, stepping over a relative clause set off by commas inside
// the subject ("climate change, whose effects are felt everywhere, is a
// threat"; the relative word within three words of the first comma, "some
// of whose effects"): it is part of the subject, not a clause of its own.
size_t SubjectBeforeIn(const EnglishWords& en, std::string_view text, const WordRange& w,
                       size_t j) {
  size_t subject = 0;
  for (size_t k = 0; k < j; ++k) {
    if (en.subject_openers.Contains(w[k].low)) subject = k + 1;
    if (!en.relative_openers.Contains(w[k].low)) continue;
    size_t c = k;  // the comma opening the clause: before one of the last three words
    while (c > 0 && k - c < 3 && !MarkBetween(text, w, c)) --c;
    if (c == 0 || !MarkBetween(text, w, c)) return j;
    size_t close = k + 1;
    while (close <= j && close < w.size() && !MarkBetween(text, w, close)) ++close;
    if (close > j || close >= w.size()) return j;
    k = close - 1;
  }
  return subject;
}

// A statement for the subject of a predicate whose verb is at w[j] and whose
// marker is at w[i] (act `act`): none if a negation stands between them or
// there is no subject (SubjectBefore).
bool ForTheSubject(const EnglishWords& en, const WordRange& w, size_t j, size_t i, const char* act,
                   NormativeStatement* n) {
  for (size_t k = j + 1; k < i; ++k)
    if (In(w[k].low, {"not", "never", "no"})) return false;
  const size_t subject = SubjectBefore(en, w, j);
  if (subject >= j) return false;
  return Statement("support", act, subject, j, n);
}

// "Dialogue is essential", "reforms are therefore needed", "the role of the
// United Nations is so crucial": a call for the subject. Not negated ("is
// not essential"), not "it is" (Evaluation reads that).
bool SubjectIsNeeded(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                     NormativeStatement* n) {
  if (i < 2) return false;
  // "What is needed (urgently needed) is a renewed commitment", "what is
  // essential is that all States comply": a call for what follows.
  if (w[0].low == "what" && i + 2 < w.size() && en.evaluation_be_forms.Contains(w[i + 1].low) &&
      en.evaluation_be_forms.Contains(w[1].low) && i <= 3)
    return CallThrough(en, w, i + 2, n);
  // "Reform has long been overdue": the subject is before "has".
  if (w[i - 1].low == "been" && i >= 3) {
    size_t h = i - 2;
    if ((en.degree_adverbs.Contains(w[h].low) || IsLyAdverb(w[h].low)) && h > 1) --h;
    if (In(w[h].low, {"has", "have", "had"}) && !In(w[h - 1].low, {"not", "never", "it"}))
      return ForTheSubject(en, w, h, i, "call-for", n);
  }
  size_t j = i - 1;
  // "Reform of the Council is an imperative": the adjective as a noun.
  if (j > 1 && In(w[j].low, {"a", "an"})) --j;
  if (en.modal_glue.Contains(w[j].low) || en.skippable_adverbs.Contains(w[j].low) ||
      en.degree_adverbs.Contains(w[j].low) || IsLyAdverb(w[j].low))
    --j;
  // "X remains (will remain) indispensable": "remain" as the copula.
  const bool remains = In(w[j].low, {"remains", "remain"});
  if (j == 0 || (!en.evaluation_be_forms.Contains(w[j].low) && !remains)) return false;
  // "X remains relevant (valid)": praise only after "remain".
  if (!remains && en.enduring_adjectives.Contains(w[i].low)) return false;
  if (remains && j > 1 && en.predicate_auxiliaries.Contains(w[j - 1].low)) --j;
  if (In(w[j - 1].low, {"not", "never", "it"})) return false;
  // Predicative: "key partners" is no call; a clause may go on after a
  // comma or a semicolon ("a reform will be required, a process that ...").
  if (i + 1 < w.size()) {
    const LowerWord next = w[i + 1].low;
    const std::string_view gap = text.substr(w[i].e, w[i + 1].b - w[i].e);
    if (gap.find_first_of(",;:(") == std::string_view::npos && !en.prepositions.Contains(next) &&
        !en.conjunct_starts.Contains(next) && !en.predicate_continuations.Contains(next))
      return false;
  }
  // "Human rights are universal and indivisible": praise, not a call.
  return ForTheSubject(en, w, j, i,
                       en.affirmed_adjectives.Contains(w[i].low) ? "support" : "call-for", n);
}

// "The treaty was an important step", "the Court plays a crucial role",
// "the IGF remains a key platform", "mediation is another important means",
// "freedom of expression is a cornerstone of democracy": praise of the
// subject. Not negated, not of "it" ("it is an important step to ..." is
// about what follows).
bool SubjectIsPraised(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  if (i < 2) return false;
  size_t k;
  // "X is a step (an important step) in the right direction".
  const bool right_direction = i + 4 < w.size() && w[i + 1].low == "in" && w[i + 2].low == "the" &&
                               w[i + 3].low == "right" && w[i + 4].low == "direction";
  if (right_direction && en.praise_determiners.Contains(w[i - 1].low) && i >= 2) {
    k = i - 1;
  } else if (en.praise_adjectives.Contains(w[i - 1].low)) {
    if (i < 3) return false;
    k = i - 2;
  } else if (i >= 4 && en.praise_adjectives.Contains(w[i - 2].low) &&
             !en.praise_determiners.Contains(w[i - 1].low) &&
             !en.praise_verbs.Contains(w[i - 1].low)) {
    k = i - 3;  // one modifier between: "the appropriate legal framework"
  } else if (en.self_praising_nouns.Contains(w[i].low) &&
             en.praise_determiners.Contains(w[i - 1].low)) {
    k = i - 1;  // "is a cornerstone of", "remains the bedrock of"
  } else {
    return false;
  }
  if (en.praise_determiners.Contains(w[k].low)) {
    if (k == 0) return false;
    --k;
  }
  // "We view the adoption of the treaty as a historic milestone", "we
  // regard X as an important step": the speaker's appraisal of the object.
  if (w[k].low == "as" && k >= 2) {
    for (size_t v = k - 1; v > 0 && v + 24 > k; --v) {
      if (!en.appraisal_verbs.Contains(w[v].low)) continue;
      if (!In(w[v - 1].low, {"we", "i"}) || v + 1 >= k) return false;
      return Statement("support", "support", v + 1, k, n);
    }
    return false;
  }
  if (!en.praise_verbs.Contains(w[k].low)) return false;
  // "can play", "will remain": the verb's modal is part of the predicate.
  size_t j = k;
  if (j > 0 && en.predicate_auxiliaries.Contains(w[j - 1].low)) --j;
  if (j == 0 || In(w[j - 1].low, {"not", "never"}) || en.dummy_subjects.Contains(w[j - 1].low))
    return false;
  // A form of "be" inside the subject is a clause before it, not a noun
  // phrase ("there is a need to strengthen ..., and the United Nations
  // remains the best forum"): say nothing.
  for (size_t k = SubjectBefore(en, w, j); k < j; ++k)
    if (en.evaluation_be_forms.Contains(w[k].low)) return false;
  return ForTheSubject(en, w, j, i, "support", n);
}

// "The partnership is of paramount importance", "dialogue remains of the
// utmost importance": a call for the subject, as SubjectIsNeeded.
bool SubjectIsOfImportance(const EnglishWords& en, const WordRange& w, size_t i,
                           NormativeStatement* n) {
  if (i < 4 || !en.importance_degrees.Contains(w[i - 1].low)) return false;
  size_t k = i - 2;
  if (w[k].low == "the") --k;  // "of the utmost importance"
  if (w[k].low != "of" || k < 2) return false;
  size_t j = k - 1;
  if (!en.evaluation_be_forms.Contains(w[j].low) && !In(w[j].low, {"remains", "remain"}))
    return false;
  if (j > 0 && en.predicate_auxiliaries.Contains(w[j - 1].low)) --j;
  if (j == 0 || In(w[j - 1].low, {"not", "never"}) || en.dummy_subjects.Contains(w[j - 1].low))
    return false;
  return ForTheSubject(en, w, j, i, "call-for", n);
}

// A call for action against something is against it: "we need determined
// action to close the digital divide", "we must take urgent steps to end
// impunity", "concerted efforts against cybercrime are needed". Turns a
// support call into an oppose call of what the action counters; leaves
// other calls as they are.
void CallForActionAgainst(const EnglishWords& en, const WordRange& w, NormativeStatement* n) {
  const size_t end = std::min(n->target_end, w.size());
  size_t k = n->target_begin;
  if (k < end && en.action_light_verbs.Contains(w[k].low)) {
    ++k;
    if (k < end && In(w[k].low, {"up"})) ++k;  // "step up", "scale up"
  }
  // "to put an end to the arms race", "bring a halt to X": a countering
  // verb used as a noun after an article and before "to".
  for (size_t e = k; e + 3 < end && e < k + 4; ++e)
    if (en.articles.Contains(w[e].low) && en.countering_verbs.Contains(w[e + 1].low) &&
        w[e + 2].low == "to") {
      n->polarity = "oppose";
      n->target_begin = e + 3;
      return;
    }
  // "Efforts must be made (steps must be taken) to end impunity": the
  // passive of a light verb (complement_participles) before "to" and a
  // countering verb.
  if (k + 4 < end && w[k].low == "be" && en.complement_participles.Contains(w[k + 1].low) &&
      w[k + 2].low == "to" && en.countering_verbs.Contains(w[k + 3].low)) {
    n->polarity = "oppose";
    n->target_begin = k + 4;
    return;
  }
  // The action noun, after at most three determiners and adjectives.
  size_t a = k;
  while (a < end && a < k + 4 && !en.action_nouns.Contains(w[a].low) && w[a].low != "to" &&
         !en.countering_verbs.Contains(w[a].low))
    ++a;
  if (a >= end) return;
  size_t v;
  // "Greater efforts are urgently needed to combat climate change": the
  // subject is the action, and its aim follows the predicate.
  if (en.action_nouns.Contains(w[a].low) && a + 1 == end && end <= w.size()) {
    size_t k = end;
    while (k < w.size() && k < end + 4 &&
           (en.evaluation_be_forms.Contains(w[k].low) || IsLyAdverb(w[k].low) ||
            en.skippable_adverbs.Contains(w[k].low) || CallAdjective(en, w[k].low)))
      ++k;
    if (k > end && k + 2 < w.size() && w[k].low == "to" &&
        en.countering_verbs.Contains(w[k + 1].low)) {
      n->polarity = "oppose";
      n->target_begin = k + 2;
      n->target_end = w.size();
      n->link_end = 0;
      return;
    }
  }
  if (en.action_nouns.Contains(w[a].low)) {
    if (a + 2 < end && w[a + 1].low == "against") {
      n->polarity = "oppose";
      n->target_begin = a + 2;
      return;
    }
    if (a + 1 >= end || w[a + 1].low != "to") return;
    v = a + 2;
  } else if (a == k && a > 0 && w[a].low == "to") {
    // "we need to close the gap"; at the start of the sentence "to" opens a
    // purpose ("To overcome such stalemates, a reform will be required").
    v = a + 1;
  } else {
    return;
  }
  if (v + 1 >= end || !en.countering_verbs.Contains(w[v].low)) return;
  n->polarity = "oppose";
  n->target_begin = v + 1;
}

// "We hold the Russian Federation fully responsible for ...", "we hold
// Russia to account", "those
// responsible must be held accountable" is not it: the verb "hold" with its
// object and then "responsible / accountable / liable" blames the object.
bool HoldsResponsible(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  size_t subject = i - (i > 0 ? 1 : 0);
  if (subject > 0 && en.predicate_auxiliaries.Contains(w[subject].low))
    --subject;  // "we will hold"
  if (i == 0 || !In(w[subject].low, {"we", "i"})) return false;
  return HoldsAccountable(en, w, i, n);
}

// The holding verb at i with its object and a blame adjective ("hold Russia
// responsible", "hold those responsible accountable"): against the object.
bool HoldsAccountable(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  for (size_t k = i + 2; k < w.size() && k <= i + 8; ++k) {
    if (!en.blame_adjectives.Contains(w[k].low)) continue;
    // "hold those responsible accountable": the first is the object's.
    if (k + 1 < w.size() && en.blame_adjectives.Contains(w[k + 1].low)) continue;
    size_t e = k;
    // "hold Russia to account".
    if (w[k].low == "account") {
      if (w[k - 1].low != "to") continue;
      --e;
    }
    if (IsLyAdverb(w[e - 1].low) || en.skippable_adverbs.Contains(w[e - 1].low)) --e;
    if (e <= i + 1) return false;
    // The object is one noun phrase: "hold talks with Russia on responsible
    // fishing" holds no one responsible.
    for (size_t o = i + 1; o < e; ++o)
      if (en.prepositions.Contains(w[o].low) || In(w[o].low, {"with", "for", "by"})) return false;
    return Statement("oppose", "accuse", i + 1, e, n);
  }
  return false;
}

// Whether words [b, e) name something the speaker can evaluate: not a
// pronoun ("it", "they", "we", "this"), not ending in an article, a
// demonstrative, a preposition ("the threatened species" has no subject
// before "threatened") or a conjunction.
bool EvaluableSubject(const EnglishWords& en, const WordRange& w, size_t b, size_t e) {
  if (b >= e) return false;
  const LowerWord first = w[b].low;
  if (In(first, {"we", "i", "you", "us", "our", "nothing", "none", "nobody", "what"})) return false;
  if (e - b == 1 && (en.dummy_subjects.Contains(first) || en.state_pronouns.Contains(first) ||
                     en.person_pronouns.Contains(first) || en.demonstratives.Contains(first) ||
                     en.relative_pronouns.Contains(first)))
    return false;
  // "Digital capital dictates ..., exploits data and threatens freedom": a
  // verb after "and" has its subject further back than a clause can tell.
  // "Now it threatens ...": a pronoun after an adverb is still a pronoun.
  const LowerWord last = w[e - 1].low;
  if (en.dummy_subjects.Contains(last) || en.state_pronouns.Contains(last) ||
      en.person_pronouns.Contains(last) || In(last, {"we", "i", "you"}))
    return false;
  return !en.articles.Contains(last) && !en.demonstratives.Contains(last) &&
         !en.prepositions.Contains(last) && !In(last, {"and", "or", "but", "nor"});
}

// The subject of a clause whose predicate starts at w[j], words [b, j): from
// SubjectBefore, or after the last comma, semicolon or colon ("instead of
// leading to peace, every military intervention has worsened ..."), or
// before an inserted phrase; j if none, or if the clause is what someone
// else says ("they claim that sanctions have hampered ...": theirs, not the
// speaker's).
size_t ClauseSubject(const EnglishWords& en, std::string_view text, const WordRange& w, size_t j) {
  size_t b = SubjectBeforeIn(en, text, w, j);
  if (b >= j) return j;
  if (b >= 2 && w[b - 1].low == "that" &&
      (en.speech_verbs.Contains(w[b - 2].low) || en.claim_verbs.Contains(w[b - 2].low)))
    return j;
  // The clause marks between the subject's words: the subject starts after
  // the last one, unless a mark right before the predicate closes an
  // inserted phrase ("the erosion of global institutions, including the
  // United Nations, poses ..."): then before the phrase.
  size_t marks[3] = {b, b, b};  // the word indices after the last three marks
  for (size_t k = b + 1; k <= j && k < w.size(); ++k) {
    if (text.substr(w[k - 1].e, w[k].b - w[k - 1].e).find_first_of(",;:") == std::string_view::npos)
      continue;
    marks[0] = marks[1];
    marks[1] = marks[2];
    marks[2] = k;
  }
  if (marks[2] != j) return marks[2];
  return marks[1] == b ? j : marks[0];
}

// Whether the subject of the clause whose predicate starts at w[j]
// (ClauseSubject, words [*b, j)) is one the speaker can evaluate
// (EvaluableSubject).
bool EvaluableClauseSubject(const EnglishWords& en, std::string_view text, const WordRange& w,
                            size_t j, size_t* b) {
  *b = ClauseSubject(en, text, w, j);
  return EvaluableSubject(en, w, *b, j);
}

// A statement about the subject of a predicate of harm or fault starting at
// w[j]: against it, or for what it says is lacking ("the lack of trust has
// hampered progress", "the absence of a settlement is a threat to peace").
bool AgainstTheSubject(const EnglishWords& en, std::string_view text, const WordRange& w, size_t j,
                       NormativeStatement* n) {
  size_t b;
  if (!EvaluableClauseSubject(en, text, w, j, &b)) return false;
  size_t d = b;
  if (en.articles.Contains(w[d].low)) ++d;
  if (d + 2 < j && en.deficiency_nouns.Contains(w[d].low) && w[d + 1].low == "of")
    return Statement("support", "support", d + 2, j, n);
  return Statement("oppose", "criticise", b, j, n);
}

// Steps back from w[j] over the auxiliaries and adverbs of a predicate
// ("has further undermined", "may have hampered", "continues to pose",
// "is fuelling"): returns where the predicate starts, or 0 (no room for a
// subject) if a negation stands in it or an infinitive's "to" begins it.
// `*be` tells whether a form of "be" is among them.
size_t PredicateStart(const EnglishWords& en, const WordRange& w, size_t j, bool* be) {
  *be = false;
  while (j > 0) {
    const LowerWord y = w[j - 1].low;
    if (In(y, {"not", "never", "no"})) return 0;
    if (en.evaluation_be_forms.Contains(y)) {
      *be = true;
    } else if (y == "to") {
      if (j < 2 || !en.continuation_verbs.Contains(w[j - 2].low)) return 0;
      --j;  // "continues to undermine"
    } else if (!en.predicate_auxiliaries.Contains(y) && !en.skippable_adverbs.Contains(y) &&
               !IsLyAdverb(y)) {
      break;
    }
    --j;
  }
  return j;
}

// "Every military intervention has worsened those conflicts", "cybercrime
// threatens our economies", "the lack of trust has hampered progress": the
// speaker opposes what does harm (AgainstTheSubject). Not passive ("trust
// was undermined by ..." names the victim first), not negated, not after
// "to" ("efforts to undermine").
bool SubjectDoesHarm(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                     NormativeStatement* n) {
  bool be;
  const size_t j = PredicateStart(en, w, i, &be);
  if (j == 0) return false;
  // A passive ("trust was undermined", "is being eroded") names the victim
  // first: against its agent ("... by the repeated violations"), after at
  // most two adverbs; none without one.
  const bool being = i > 0 && w[i - 1].low == "being";
  if ((be || being) && !w[i].low.ends_with("ing")) {
    size_t k = i + 1;
    while (k < w.size() && k < i + 3 && IsLyAdverb(w[k].low)) ++k;
    if (k + 1 >= w.size() || w[k].low != "by" || en.person_pronouns.Contains(w[k + 1].low) ||
        en.state_pronouns.Contains(w[k + 1].low) || en.relative_pronouns.Contains(w[k + 1].low) ||
        In(w[k + 1].low, {"us", "them"}))
      return false;
    size_t e = k + 2;
    while (e < w.size() && !MarkBetween(text, w, e)) ++e;
    // "hampered by a lack of funding": for what is lacking.
    size_t d = k + 1;
    if (en.articles.Contains(w[d].low)) ++d;
    if (d + 2 < e && en.deficiency_nouns.Contains(w[d].low) && w[d + 1].low == "of")
      return Statement("support", "support", d + 2, e, n);
    return Statement("oppose", "criticise", k + 1, e, n);
  }
  if (be != w[i].low.ends_with("ing")) return false;           // a participle
  if (i + 1 < w.size() && w[i + 1].low == "by") return false;  // "cost, exacerbated by X,"
  // A harm noun as the object of a verb of causing, after at most one
  // adjective: "the blockade has caused enormous damage to our economy".
  for (size_t c = i; c > 0 && i - c < 2 && j == i; --c)
    if (en.causing_verbs.Contains(w[c - 1].low)) {
      // Not a participle or gerund of its own ("carried out without
      // causing harm"): a finite verb, or "is causing".
      bool be2;
      const size_t cj = PredicateStart(en, w, c - 1, &be2);
      if (cj == 0 || be2 != w[c - 1].low.ends_with("ing")) return false;
      return AgainstTheSubject(en, text, w, cj, n);
    }
  // Right after a verb of its own the word is that verb's object: "Russia
  // has poured fuel on the fire".
  if (j == i && i > 0 &&
      (w[i - 1].low.ends_with("ed") || en.irregular_participles.Contains(w[i - 1].low)))
    return false;
  return AgainstTheSubject(en, text, w, j, n);
}

// "More attention to prevention would help to avoid such violations", "a
// stronger commitment can help", "exchanges with scientists allow us to make
// the right decisions": support of the subject for what it would do (a
// modal before the verb) or does for us ("allow us", "help us").
bool SubjectHelps(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                  NormativeStatement* n) {
  bool be;
  const size_t j = PredicateStart(en, w, i, &be);
  if (j == 0 || be) return false;
  const bool modal = std::any_of(w.begin() + j, w.begin() + i, [](const Word& y) {
    return In(y.low, {"can", "could", "would", "will", "may", "might"});
  });
  // "States would help when needed": help with nothing named.
  if (i + 1 >= w.size() || In(w[i + 1].low, {"when", "if", "as", "where", "while", "because"}))
    return false;
  if (!modal && w[i + 1].low != "us") return false;
  if (!modal && w[i].low.ends_with("ed")) return false;  // "it helped us": a report
  size_t b;
  if (!EvaluableClauseSubject(en, text, w, j, &b)) return false;
  return Statement("support", "support", b, j, n);
}

// "Such meddling is a breach of international law", "cybercrime poses a
// serious threat to our economies", "the occupation remains the main
// obstacle to peace": against the subject (AgainstTheSubject). Without a
// subject ("a threat to peace"), nothing: what follows "threat to" is what
// is threatened, never what is opposed.
bool SubjectIsAtFault(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                      NormativeStatement* n) {
  // The link verb, over at most three determiners and adjectives.
  size_t k = i;
  while (k > 0 && k + 4 > i && !en.fault_link_verbs.Contains(w[k - 1].low)) {
    const LowerWord y = w[k - 1].low;
    // "is one of the greatest threats to peace": "one of" before the rest.
    if (y == "of" && k >= 3 && w[k - 2].low == "one" &&
        en.fault_link_verbs.Contains(w[k - 3].low)) {
      k -= 2;
      break;
    }
    // ("held accountable for their crimes": the noun is another verb's)
    if (In(y, {"not", "no", "never", "and", "or", "for", "with", "by"}) ||
        en.prepositions.Contains(y))
      return false;
    --k;
  }
  if (k == 0 || !en.fault_link_verbs.Contains(w[k - 1].low)) return false;
  bool be;
  const size_t j = PredicateStart(en, w, k - 1, &be);
  if (j == 0) return false;
  return AgainstTheSubject(en, text, w, j, n);
}

// A failure said of a subject, its verb at w[i] (english.json
// failing_forms): "the Security Council has failed to act", "the
// international community has failed the people of Syria": against the
// subject (act criticise), as harm is. Not negated ("has never failed"),
// not the speaker ("we have failed", EvaluableSubject), not without "to"
// or an object ("all attempts have failed" reports an outcome), not a
// passive.
bool SubjectFailed(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                   NormativeStatement* n) {
  if (i + 1 >= w.size() || MarkBetween(text, w, i + 1)) return false;
  bool be = false;
  const size_t j = PredicateStart(en, w, i, &be);
  if (j == 0 || be) return false;
  // A subject that names someone or opens with an article ("the talks");
  // not a bare plural ("donors have failed to contribute": no one's
  // record in particular).
  size_t b;
  if (!EvaluableClauseSubject(en, text, w, j, &b) ||
      (!NamesSomeone(text, w, b, j) && !en.articles.Contains(w[b].low)))
    return false;
  return AgainstTheSubject(en, text, w, j, n);
}

// A way out (w[i] an option noun): "unilateralism is not an option" and
// "force is no solution" oppose the subject; "the only solution is dialogue"
// and "dialogue is the only way forward" support it; "there is no
// alternative to multilateralism" supports what follows; "there is no
// military solution" opposes a military solution.
bool WayOut(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
            NormativeStatement* n) {
  // The words before the noun: at most two modifiers, then an article.
  size_t k = i;
  while (k > 0 && k + 3 > i && !en.articles.Contains(w[k - 1].low) &&
         !In(w[k - 1].low, {"no", "not", "only"}) && !en.best_way_words.Contains(w[k - 1].low) &&
         !en.fault_link_verbs.Contains(w[k - 1].low))
    --k;
  const size_t modifiers = k;  // first modifier (== i if none)
  // "the only way", and "the best / surest way" (english.json best_way_words).
  if (k > 0 && (w[k - 1].low == "only" || en.best_way_words.Contains(w[k - 1].low))) {
    --k;
    if (k == 0 || w[k - 1].low != "the") return false;
    --k;
    // "The only solution is (through) dialogue".
    size_t v = i + 1;
    if (v < w.size() && In(w[v].low, {"forward", "out", "left"})) ++v;
    if (k > 0 && (en.evaluation_be_forms.Contains(w[k - 1].low) ||
                  In(w[k - 1].low, {"remains", "remain"}))) {
      // "Dialogue is (remains) the only way forward". Not from inside a
      // relative clause of the subject ("the cooperation that has
      // prevailed ... remains the only path": no subject found).
      bool be;
      const size_t j = PredicateStart(en, w, k - 1, &be);
      size_t b;
      if (j == 0 || !EvaluableClauseSubject(en, text, w, j, &b)) return false;
      if (en.predicate_starts.Contains(w[b].low)) return false;
      return Statement("support", "support", b, j, n);
    }
    if (v >= w.size() || !In(w[v].low, {"is", "remains", "lies"})) return false;
    ++v;
    if (v < w.size() && In(w[v].low, {"through", "by", "in", "that"})) ++v;
    if (v >= w.size()) return false;
    return Statement("support", "support", v, w.size(), n);
  }
  if (k > 0 && en.articles.Contains(w[k - 1].low)) --k;
  if (k == 0 || !In(w[k - 1].low, {"no", "not"})) return false;
  --k;
  if (k == 0 || !en.evaluation_be_forms.Contains(w[k - 1].low)) return false;
  bool be;
  const size_t j = PredicateStart(en, w, k - 1, &be);
  if (j == 0) return false;
  if (w[j - 1].low == "there") {
    if (w[i].low == "alternative" && i + 2 < w.size() && w[i + 1].low == "to")
      return Statement("support", "support", i + 2, w.size(), n);
    if (modifiers == i) return false;  // "there is no solution": to nothing named
    return Statement("oppose", "reject", modifiers, i + 1, n);
  }
  size_t b;
  if (!EvaluableClauseSubject(en, text, w, j, &b)) return false;
  // "Reform is not an option; it is a necessity", "... not an option but an
  // obligation": a correction, for the subject (english.json duty_nouns,
  // necessity_adjectives).
  for (size_t c = i + 1; c < w.size() && c < i + 6; ++c)
    if (en.duty_nouns.Contains(w[c].low) || CallAdjective(en, w[c].low))
      return Statement("support", "call-for", b, j, n);
  return Statement("oppose", "reject", b, j, n);
}

// "We cannot remain indifferent to the suffering", "the world must not
// stay silent about these crimes": the speaker opposes what follows.
bool NotIndifferent(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  if (i < 2 || !In(w[i - 1].low, {"remain", "stay", "be", "keep"})) return false;
  bool negated = false;
  for (size_t k = i - 1; k > 0 && k + 4 > i; --k)
    negated |= en.first_person_negations.Contains(w[k - 1].low) || w[k - 1].low == "nor";
  if (!negated || i + 2 >= w.size()) return false;
  size_t t = i + 1;
  if (In(w[t].low, {"to", "about", "on", "towards", "toward"})) {
    ++t;
  } else if (t + 3 < w.size() && w[t].low == "in" && w[t + 1].low == "the" &&
             w[t + 2].low == "face" && w[t + 3].low == "of") {
    t += 4;
  } else {
    return false;
  }
  if (t >= w.size()) return false;
  return Statement("oppose", "concern", t, w.size(), n);
}

// "We have witnessed the complete breakdown of the rule of law", "we
// continue to see extensive abuses": what the speaker says it witnesses,
// when that is a wrong (english.json witness_verbs, witnessed_wrongs), it
// opposes. Not negated ("we have not seen", "we have seen no ...").
bool WitnessedWrong(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  bool first_person = false;
  for (size_t k = i; k > 0 && i - k < 4 && !first_person; --k) {
    const LowerWord y = w[k - 1].low;
    if (In(y, {"we", "i"})) {
      first_person = true;
    } else if (en.first_person_negations.Contains(y)) {
      return false;
    }
  }
  if (!first_person || i + 1 >= w.size() || en.negative_objects.Contains(w[i + 1].low))
    return false;
  for (size_t k = i + 1; k < w.size() && k <= i + 8; ++k)
    if (en.witnessed_wrongs.Contains(w[k].low))
      return Statement("oppose", "criticise", i + 1, w.size(), n);
  return false;
}

// The first "to" at or after w[b], within ten words; w.size() if none.
size_t NextTo(const WordRange& w, size_t b) {
  for (size_t t = b; t < w.size() && t < b + 10; ++t)
    if (w[t].low == "to") return t;
  return w.size();
}

// A call whose content starts at w[to] ("to", "that" or what follows):
// support what is to be done (the target starts at w[to]); against the
// object of a countering verb ("it is necessary to prevent the killing", "it
// is imperative that we end the disparity").
bool CallThrough(const EnglishWords& en, const WordRange& w, size_t to, NormativeStatement* n) {
  if (to >= w.size()) return false;
  Statement("support", "call-for", to, w.size(), n);
  if (!In(w[to].low, {"to", "that"})) return true;
  size_t v = to + 1;
  if (w[to].low == "that") ++v;
  // "It is time for some to abandon their approach": a call to drop it
  // is against it, as one to counter it is.
  if (v + 1 < w.size() &&
      (en.countering_verbs.Contains(w[v].low) || en.withdrawal_verbs.Contains(w[v].low))) {
    n->polarity = "oppose";
    n->target_begin = v + 1;
  }
  return true;
}

// An evaluation or a call without a modal at w[i]: "it is necessary", "the
// time has come", "is a threat to", "is dangerous", "unacceptable", "grave
// concern".
bool Evaluation(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  LowerWord x = w[i].low;
  std::string* polarity = &n->polarity;
  std::string* act = &n->act;
  n->target_begin = i + 1;
  n->target_end = w.size();
  // "We consider (deem, find) it essential to X": as "it is essential to X"
  // (english.json finding_verbs).
  const bool found_it = x == "it" && i > 0 && i + 2 < w.size() &&
                        en.finding_verbs.Contains(w[i - 1].low) && CallAdjective(en, w[i + 1].low);
  if (x == "it" && i + 2 < w.size() && (In(w[i + 1].low, {"is", "was"}) || found_it)) {
    // "it is (therefore, also, absolutely) necessary".
    size_t a = found_it ? i + 1 : i + 2;
    if (a + 1 < w.size() && (en.modal_glue.Contains(w[a].low) || IsLyAdverb(w[a].low))) ++a;
    if (CallAdjective(en, w[a].low) &&
        // "it is necessary to say": rhetoric.
        !(a + 2 < w.size() && w[a + 1].low == "to" &&
          RhetoricalVerb(en, w, static_cast<int>(a + 2)))) {
      const size_t to = a + 1 < w.size() && In(w[a + 1].low, {"upon", "on"})
                            ? NextTo(w, a + 2)  // "incumbent upon X to"
                            : a + 1;
      return CallThrough(en, w, to, n);
    }
    // "It is the responsibility of the international community to protect
    // civilians", "it is our shared duty to end impunity".
    size_t d = a;
    if (d < w.size() && In(w[d].low, {"the", "our", "a"})) ++d;
    if (d + 1 < w.size() && !en.duty_nouns.Contains(w[d].low)) ++d;  // "shared"
    if (d + 2 < w.size() && d > a && en.duty_nouns.Contains(w[d].low)) {
      const size_t to = NextTo(w, d + 1);
      if (to < w.size()) return CallThrough(en, w, to, n);
    }
  }
  if (x == "time" && i >= 2 && i + 2 < w.size()) {
    // "It is (high / about) time (for us) to X", "it is high time that X":
    // a call for X; "it is time for me to conclude" (a verb with nothing
    // after it) says nothing.
    size_t be = i - 1;
    if (In(w[be].low, {"high", "about"})) --be;
    if (be >= 1 && In(w[be].low, {"is", "was"}) && w[be - 1].low == "it") {
      const size_t to = w[i + 1].low == "that" ? i + 1 : NextTo(w, i + 1);
      if (to + 2 >= w.size() || to > i + 5) return false;
      if (w[to].low == "to" && RhetoricalVerb(en, w, static_cast<int>(to + 1))) return false;
      return CallThrough(en, w, to, n);
    }
  }
  if (x == "time" && i + 3 < w.size() && w[i + 1].low == "for" && i > 0 && w[i - 1].low == "the") {
    // "The time for action has come": a call for it; "the time for half
    // measures is over / has passed": against them.
    for (size_t v = i + 3; v + 1 < w.size() && v < i + 6; ++v) {
      if (In(w[v].low, {"has", "is"}) && w[v + 1].low == "come")
        return Statement("support", "call-for", i + 2, v, n);
      if ((w[v].low == "is" && In(w[v + 1].low, {"over", "past", "gone"})) ||
          (w[v].low == "has" && In(w[v + 1].low, {"passed", "gone", "ended"})))
        return Statement("oppose", "reject", i + 2, v, n);
    }
    return false;
  }
  if (x == "time" && i + 2 < w.size()) {
    // "The time has (also, now) come (for us) to X", "the time is ripe":
    // a call for X, from its "to" when there is one.
    size_t v = i + 2;
    if (v + 1 < w.size() && w[i + 1].low == "has" && VerbGroupAdverb(en, w[v].low)) ++v;
    if ((w[i + 1].low == "has" && w[v].low == "come") ||
        (w[i + 1].low == "is" && w[i + 2].low == "ripe")) {
      const size_t to = NextTo(w, v + 1);
      if (to + 1 < w.size() && to < v + 5) return CallThrough(en, w, to, n);
      *polarity = "support";
      *act = "call-for";
      return true;
    }
  }
  // "X is dangerous", "is very dangerous": about the subject.
  if (x == "dangerous" && i > 0) {
    size_t be = i - 1;
    if (be > 0 && In(w[be].low, {"very", "extremely", "particularly", "too"})) --be;
    if (!en.evaluation_be_forms.Contains(w[be].low)) return false;
    *polarity = "oppose";
    *act = "criticise";
    const size_t sb = be > 0 ? SubjectBefore(en, w, be) : be;
    n->target_begin = sb < be ? sb : 0;
    n->target_end = be;
    return true;
  }
  const bool predicative = en.predicative_condemning_adjectives.Contains(x);
  if (en.condemning_adjectives.Contains(x) || en.failing_adjectives.Contains(x) || predicative) {
    // "Such acts are unjustifiable", "unilateral sanctions are
    // unacceptable to the people of Cuba", "such measures are
    // counterproductive": about the subject; "it is unacceptable that ...",
    // "it is counterproductive to ..." are about what follows.
    const bool after_be = i >= 2 && en.evaluation_be_forms.Contains(w[i - 1].low);
    const bool of_subject = after_be && !en.dummy_subjects.Contains(w[i - 2].low);
    // "the illegal use of X": no evaluation of what follows; "we find it
    // regrettable that ...", "consider it unacceptable that ..." are said
    // of the clause after.
    const bool found_it = i >= 2 && w[i - 1].low == "it" &&
                          In(w[i - 2].low, {"find", "finds", "found", "consider", "considers"});
    if (predicative && !after_be && !found_it) return false;
    if (en.failing_adjectives.Contains(x) &&
        (!after_be || en.predicate_auxiliaries.Contains(w[i - 2].low) || w[0].low == "without"))
      return false;  // "a counterproductive step", "without reform, it will be
                     // unsustainable": no evaluation said here
    *polarity = "oppose";
    *act = "criticise";
    if (of_subject) {
      // After an opener ("I would like to stress that the use of such
      // weapons is unacceptable"); from the start when the subject holds a
      // relative clause ("Placing X over us - where we have no voice - is").
      const size_t sb = SubjectBefore(en, w, i - 1);
      // A predicative adjective in a relative clause ("the use of force
      // in any way that is inconsistent with the Charter", "measures that
      // are not authorized ..., or are inconsistent with ...") says what
      // its noun is, not what the speaker opposes.
      if (predicative && (sb >= i - 1 || en.predicate_starts.Contains(w[sb].low) ||
                          en.relative_pronouns.Contains(w[i - 2].low)))
        return false;
      n->target_begin = sb < i - 1 ? sb : 0;
      n->target_end = i - 1;
    }
    return true;
  }
  // "X is of concern to us", "X remains a matter (source, cause) of
  // (great) concern": about the subject, when there is one.
  if (x == "concern" && i >= 2 &&
      (In(w[i - 1].low, {"of", "for"}) ||
       (i >= 3 && In(w[i - 2].low, {"of", "for"}) &&
        In(w[i - 1].low, {"grave", "serious", "deep", "great", "particular", "growing"})))) {
    size_t j = i - 1;
    while (j > 0 && i - j < 6 && !en.evaluation_be_forms.Contains(w[j].low) &&
           !In(w[j].low, {"remains", "remain"}))
      --j;
    const bool be =
        en.evaluation_be_forms.Contains(w[j].low) || In(w[j].low, {"remains", "remain"});
    if (be && j > 1 && en.predicate_auxiliaries.Contains(w[j - 1].low)) --j;
    const size_t sb = be && j > 0 ? SubjectBefore(en, w, j) : j;
    if (sb < j && EvaluableSubject(en, w, sb, j) && w[sb].low != "there")
      return Statement("oppose", "concern", sb, j, n);
    // No subject here (", which is a source of grave concern"): the
    // intensified form below reads it as before.
  }
  if (x == "concern" && i > 0 && In(w[i - 1].low, {"grave", "serious", "deep", "great"})) {
    // Nothing after it: "X is a source (a matter) of grave concern", "X is
    // of grave concern" is about the subject; without one, about nothing.
    if (i + 1 >= w.size()) {
      size_t j = i - 1;
      while (j > 0 && i - j < 6 && !en.evaluation_be_forms.Contains(w[j].low)) --j;
      if (j == 0 || !en.evaluation_be_forms.Contains(w[j].low) ||
          en.dummy_subjects.Contains(w[j - 1].low))
        return false;
      const size_t sb = SubjectBefore(en, w, j);
      if (sb >= j) return false;
      n->target_begin = sb;
      n->target_end = j;
    }
    *polarity = "oppose";
    *act = "concern";
    return true;
  }
  return false;
}

}  // namespace

// Whether w[k] stands for the speaker as a subject: "we", "I", "my country"
// ("our Government") or a word inside one of the speaker's names `self`
// ("Switzerland", "Switzerland's").
bool SpeakerWord(const EnglishWords& en, const WordRange& w, size_t k,
                 const std::vector<Span>* self) {
  const LowerWord x = w[k].low;
  if (x == "we" || (x == "i" && w[k].e - w[k].b == 1)) return true;
  if (k > 0 && In(w[k - 1].low, {"my", "our"}) && en.speaker_first_person_nouns.Contains(x))
    return true;
  if (self)
    for (const Span& s : *self)
      if (w[k].b >= s.begin && w[k].b < s.end) return true;
  return false;
}

// Whether a comma, semicolon or colon stands between w[k - 1] and w[k].
bool MarkBetween(std::string_view text, const WordRange& w, size_t k) {
  return text.substr(w[k - 1].e, w[k].b - w[k - 1].e).find_first_of(",;:") !=
         std::string_view::npos;
}

// Whether a negation stands in words [b, e) ("we will not host", "have
// never contributed").
bool NegatedIn(const EnglishWords& en, const WordRange& w, size_t b, size_t e) {
  for (size_t k = b; k < e && k < w.size(); ++k)
    if (en.first_person_negations.Contains(w[k].low)) return true;
  return false;
}

// The words [b, e) of what a contribution or commitment is to, up to the
// predicate of the clause ("our commitment to multilateralism remains
// unwavering": "multilateralism").
size_t ObjectEnd(const EnglishWords& en, const WordRange& w, size_t b) {
  for (size_t k = b + 1; k < w.size(); ++k)
    if (en.predicate_starts.Contains(w[k].low)) return k;
  return w.size();
}

// Whether the object starting at w[b] is a remark or a debate ("some
// thoughts", "this open debate"): sharing or contributing to it is rhetoric.
bool RemarkObject(const EnglishWords& en, const WordRange& w, size_t b) {
  for (size_t j = b; j < w.size() && j < b + 4; ++j)
    if (en.pledge_remarks.Contains(w[j].low)) return true;
  return false;
}

// The speaker's own contribution, with its pledge verb at w[i]: "we will
// contribute to the fund", "Switzerland will host the Forum", "the Forum,
// which Switzerland will host in Geneva, ...", "we are working to ensure
// that ...", "Estonia wishes to share its experience": support of what it
// goes to. Not negated, not "I would like to share some thoughts".
bool Pledge(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
            const std::vector<Span>* self, NormativeStatement* n) {
  size_t k = i;
  bool glued = false;
  while (k > 0 && i - k < 8 &&
         (en.pledge_glue.Contains(w[k - 1].low) || IsLyAdverb(w[k - 1].low))) {
    glued |= !IsLyAdverb(w[k - 1].low);
    --k;
  }
  if (!glued || k == 0 || !SpeakerWord(en, w, k - 1, self)) return false;
  if (NegatedIn(en, w, k, i)) return false;
  // "The Forum, which Switzerland will host": what the relative clause's
  // noun names, from the clause's start.
  size_t s = k - 1;
  while (s > 0 && SpeakerWord(en, w, s - 1, self)) --s;
  if (s > 0 && en.relative_pronouns.Contains(w[s - 1].low)) {
    size_t b = s - 1;  // the relative pronoun; its noun ends before it
    while (b > 0 && (b == s - 1 || !MarkBetween(text, w, b))) --b;
    if (b + 1 >= s) return false;
    return Statement("support", "commit", b, s - 1, n);
  }
  size_t b = i + 1;
  while (b < w.size() && (IsLyAdverb(w[b].low) || In(w[b].low, {"to", "with", "in"}))) ++b;
  if (b >= w.size()) return false;
  if (RemarkObject(en, w, b)) return false;
  return Statement("support", "commit", b, w.size(), n);
}

// Pride in what the speaker did or does, with the pride adjective at w[i]:
// "we were proud to set the foundations for X", "Ghana is proud to host X",
// "we are pleased to have joined X": support of X. Not "I am proud to stand
// here", "pleased to inform the Assembly", "proud to say that".
bool Pride(const EnglishWords& en, const WordRange& w, size_t i, const std::vector<Span>* self,
           NormativeStatement* n) {
  size_t k = i;
  while (k > 0 && i - k < 3 && IsLyAdverb(w[k - 1].low)) --k;
  if (k < 2) return false;
  if (!en.evaluation_be_forms.Contains(w[k - 1].low) &&
      !In(w[k - 1].low, {"am", "remain", "remains"}))
    return false;
  size_t subj = k - 2;
  while (subj > 0 && (IsLyAdverb(w[subj].low) || In(w[subj].low, {"have", "has", "will"}))) --subj;
  if (!SpeakerWord(en, w, subj, self) || NegatedIn(en, w, subj, i)) return false;
  size_t v = i + 1;
  if (v >= w.size() || w[v].low != "to") return false;
  ++v;
  while (v < w.size() && In(w[v].low, {"have", "be", "able", "to", "also", "now", "once", "again"}))
    ++v;
  while (v < w.size() && IsLyAdverb(w[v].low)) ++v;
  if (v + 1 >= w.size()) return false;
  const LowerWord verb = w[v].low;
  if (en.ceremonial_verbs.Contains(verb) || en.rhetorical_verbs.Contains(verb) ||
      en.explain_verbs.Contains(verb) || en.speech_verbs.Contains(verb))
    return false;
  // "I am glad to be here", "proud to say": no more than the verb.
  size_t b = v + 1;
  while (b < w.size() && (IsLyAdverb(w[b].low) || In(w[b].low, {"to", "in", "with"}))) ++b;
  if (b >= w.size() || RemarkObject(en, w, b)) return false;
  return Statement("support", "commit", b, w.size(), n);
}

// The speaker's commitment, with the devotion noun at w[i] and "to" after
// it: "we reaffirm our commitment to X", "our attachment to X remains",
// "my country's commitment to X", "Switzerland confirms its commitment to
// X", "we have a clear commitment to X": support of X. Not "their
// commitment", not negated.
bool Devotion(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
              const std::vector<Span>* self, NormativeStatement* n) {
  if (i + 2 >= w.size() || w[i + 1].low != "to") return false;
  size_t d = i;
  while (d > 0 && i - d < 4 && !en.possessive_determiners.Contains(w[d - 1].low) &&
         !In(w[d - 1].low, {"a", "an", "the", "of", "to"}) && !MarkBetween(text, w, d) &&
         !w[d - 1].low.ends_with("'s") && !w[d - 1].low.ends_with("\xE2\x80\x99s"))
    --d;
  if (d == 0) return false;
  const LowerWord det = w[d - 1].low;
  // "We will never abandon our commitment to X", "Kenya will not renounce
  // its commitment": a denied withdrawal keeps the commitment.
  const bool renounced = d >= 2 && en.withdrawal_verbs.Contains(w[d - 2].low);
  bool own = false;
  if (In(det, {"our", "my"})) {
    own = true;
  } else if (det.ends_with("'s") || det.ends_with("\xE2\x80\x99s")) {
    // "my country's commitment", "Switzerland's commitment".
    own = SpeakerWord(en, w, d - 1, self) || (d >= 2 && In(w[d - 2].low, {"my", "our"}));
  } else if (In(det, {"its", "a", "an"}) && d >= 2) {
    // "Switzerland confirms its commitment", "we have a clear commitment":
    // the speaker two or three words before.
    for (size_t k = d - 1; k > 0 && d - 1 - k < (renounced ? 5 : 3) && !own; --k)
      own = SpeakerWord(en, w, k - 1, self);
  }
  if (!own || NegatedIn(en, w, 0, i) != renounced) return false;
  return Statement("support", "commit", i + 2, ObjectEnd(en, w, i + 2), n);
}

// The speaker's own candidacy, its noun at w[i] (english.json
// candidacy_nouns): "our candidacy for a non-permanent seat on the
// Security Council", "Kenya's candidature to the Human Rights Council",
// "Switzerland has presented its candidacy": the speaker supports it, the
// candidacy its target (from the determiner to a clause mark or the
// predicate). Not another's ("their candidacy", "Brazil's candidacy" in a
// Kenyan speech), not withdrawn or denied ("we have withdrawn our
// candidacy", withdrawal_verbs).
bool OwnCandidacy(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                  const std::vector<Span>* self, NormativeStatement* n) {
  if (i == 0) return false;
  // The determiner, before at most one modifier ("our joint candidacy").
  size_t d = i;
  if (d >= 2 && !In(w[d - 1].low, {"our", "my", "its", "a", "an", "the"}) &&
      !w[d - 1].low.ends_with("'s") && !w[d - 1].low.ends_with("\xE2\x80\x99s") &&
      !MarkBetween(text, w, d - 1))
    --d;
  const LowerWord det = w[d - 1].low;
  bool own = false;
  if (In(det, {"our", "my"})) {
    own = true;
  } else if (det.ends_with("'s") || det.ends_with("\xE2\x80\x99s")) {
    own = SpeakerWord(en, w, d - 1, self) || (d >= 2 && In(w[d - 2].low, {"my", "our"}));
  } else if (det == "its" ||
             ((det == "a" || det == "an") && i + 1 < w.size() && In(w[i + 1].low, {"for", "to"}))) {
    // "Switzerland has presented its candidacy", "Kenya is a candidate
    // for a seat on the Council": the speaker within three words before.
    for (size_t k = d - 1; k > 0 && d - 1 - k < 3 && !own; --k)
      own = SpeakerWord(en, w, k - 1, self);
  }
  if (!own || NegatedIn(en, w, 0, i)) return false;
  // A withdrawal verb in any form ("withdrawn", "abandoning") before it.
  for (size_t k = d >= 4 ? d - 4 : 0; k + 1 < d; ++k)
    for (const std::string& v : en.withdrawal_verbs.words())
      if (w[k].low.size() >= v.size() && LowerWord(w[k].low.raw().substr(0, v.size())) == v)
        return false;
  size_t e = i + 1;
  while (e < w.size() && !MarkBetween(text, w, e) && !en.predicate_starts.Contains(w[e].low)) ++e;
  return Statement("support", "support", d - 1, e, n);
}

// What is to be done, with the task noun at w[i]: "the next step is to take
// action on X", "our priority is to strengthen X", "the main challenge of
// the negotiations will be to reach agreement": a call for it. Not past
// ("the first step was to recall"), not another's ("their goal is to"),
// not a named body's mandate ("the task of the Commission is to review").
// The speaker's own priority may be a noun phrase ("our priority will be
// the protection of civilians", "the priorities of our term are climate
// and security"; english.json priority_nouns): support of it, not "our aim
// is clear" (plain_predicates).
bool Task(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
          const std::vector<Span>* self, NormativeStatement* n) {
  // The determiner: "the", "our", "my", over up to three modifiers.
  size_t d = i;
  while (d > 0 && i - d < 3 && !In(w[d - 1].low, {"the", "our", "my"}) &&
         !en.possessive_determiners.Contains(w[d - 1].low) && !en.articles.Contains(w[d - 1].low))
    --d;
  if (d == 0 || !In(w[d - 1].low, {"the", "our", "my"})) return false;
  // The predicate: a present or future form of "be", within six words.
  size_t v = i + 1;
  for (; v < w.size() && v < i + 9; ++v) {
    const LowerWord y = w[v].low;
    if (In(y, {"is", "are", "remains", "remain", "be"})) break;
    // "The task of the Commission": a named body's mandate.
    if (In(y, {"of", "for"}) && v + 2 < w.size() && en.articles.Contains(w[v + 1].low) &&
        std::isupper(static_cast<unsigned char>(text[w[v + 2].b])))
      return false;
    if (In(y, {"was", "were", "had", "has"})) return false;
  }
  if (v + 2 >= w.size() || !In(w[v].low, {"is", "are", "remains", "remain", "be"})) return false;
  if (w[v].low == "be" && !In(w[v - 1].low, {"will", "must", "should", "shall"})) return false;
  if (NegatedIn(en, w, i, v + 1)) return false;
  if (w[v + 1].low != "to") {
    if (!en.priority_nouns.Contains(w[i].low)) return false;
    // Whose: "our", "my", the speaker's name ("my Government's",
    // "Switzerland's"), or "the priorities of our / my ...".
    bool own = In(w[d - 1].low, {"our", "my"});
    for (size_t k = d; k < i && !own; ++k) own = SpeakerWord(en, w, k, self);
    if (!own && i + 2 < w.size() && w[i + 1].low == "of") own = In(w[i + 2].low, {"our", "my"});
    if (!own) return false;
    size_t b = v + 1;
    while (b < w.size() && IsLyAdverb(w[b].low)) ++b;
    if (b + 1 >= w.size() || en.plain_predicates.Contains(w[b].low) ||
        (w[b].low == "the" && en.plain_predicates.Contains(w[b + 1].low)))
      return false;
    return Statement("support", "support", b, w.size(), n);
  }
  const LowerWord verb = w[v + 2].low;
  if (en.ceremonial_verbs.Contains(verb) || en.rhetorical_verbs.Contains(verb) ||
      en.explain_verbs.Contains(verb) || en.speech_verbs.Contains(verb))
    return false;
  return Statement("support", "call-for", v + 2, w.size(), n);
}

// "Estonia feels the responsibility to do more", "we feel a duty to protect
// refugees", with the feeling verb at w[i] after the speaker: support of
// what the duty is to.
bool FeltDuty(const EnglishWords& en, const WordRange& w, size_t i, const std::vector<Span>* self,
              NormativeStatement* n) {
  size_t k = i;
  while (k > 0 && i - k < 3 && (IsLyAdverb(w[k - 1].low) || en.pledge_glue.Contains(w[k - 1].low)))
    --k;
  if (k == 0 || !SpeakerWord(en, w, k - 1, self) || NegatedIn(en, w, k, i)) return false;
  size_t j = i + 1;
  while (j < w.size() && j < i + 4 && !en.duty_nouns.Contains(w[j].low)) ++j;
  if (j + 2 >= w.size() || !en.duty_nouns.Contains(w[j].low) || w[j + 1].low != "to") return false;
  return Statement("support", "commit", j + 2, w.size(), n);
}

// "There is no point in setting easy targets", "it makes no sense to impose
// sanctions that ...", "little use in building walls", with the futility
// noun at w[i]: against what follows. Not "at no point in the talks", not
// "no sense of urgency", not what someone claims ("they claim there is no
// point in ...").
bool Futility(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  if (i == 0 || i + 2 >= w.size()) return false;
  // "Nor can there ever be any justification for X", "there cannot be any
  // excuse for X": "any" after a negation of the clause is "no".
  bool denied_any = false;
  if (w[i - 1].low == "any")
    for (size_t k = i - 1; k > 0 && i - k < 6 && !denied_any; --k)
      denied_any = en.first_person_negations.Contains(w[k - 1].low) || w[k - 1].low == "nor";
  if (!denied_any && !In(w[i - 1].low, {"no", "little"})) return false;
  // "There is no justification (excuse, place, room) for X", "there can be
  // no question of X" (english.json unjustified_nouns): against X.
  if (en.unjustified_nouns.Contains(w[i].low)) {
    if ((w[i - 1].low != "no" && !denied_any) || !In(w[i + 1].low, {"for", "of"})) return false;
  } else if (denied_any || !In(w[i + 1].low, {"in", "to"})) {
    return false;
  }
  if (i >= 2 && en.prepositions.Contains(w[i - 2].low)) return false;
  for (size_t k = 0; k + 1 < i; ++k)
    if (en.claim_verbs.Contains(w[k].low) || en.speech_verbs.Contains(w[k].low)) return false;
  return Statement("oppose", "criticise", i + 2, w.size(), n);
}

// "Aiming high is the least we can do", "honouring our pledges is the least
// we owe to future generations", with the minimum word at w[i]: support of
// the subject. Not "it is the least we can do" (what "it" is is said
// elsewhere), not "the least of our problems".
bool MinimumDue(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  size_t a = i - (i > 0 && w[i - 1].low == "very" ? 1 : 0);
  if (a < 3 || w[a - 1].low != "the") return false;
  const size_t j = a - 2;  // the form of "be"
  if (!en.evaluation_be_forms.Contains(w[j].low) && !In(w[j].low, {"remains"})) return false;
  bool due = false;
  for (size_t k = i + 1; k < w.size() && k < i + 6 && !due; ++k)
    due = en.minimum_due_verbs.Contains(w[k].low);
  if (!due) return false;
  const size_t subject = SubjectBefore(en, w, j);
  if (subject >= j || (subject + 1 == j && (en.dummy_subjects.Contains(w[subject].low) ||
                                            en.demonstratives.Contains(w[subject].low))))
    return false;
  return ForTheSubject(en, w, j, i, "support", n);
}

// "The peace agreement deserves the support of the international
// community", "these brave women deserve our full support", with the
// deserving verb at w[i]: support of the subject. Not negated, not a
// pronoun or "nobody" ("nobody deserves our support more than ...").
bool Deserved(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  if (i == 0) return false;
  bool deserved = false;
  for (size_t k = i + 1; k < w.size() && k <= i + 4 && !deserved; ++k)
    deserved = en.deserved_nouns.Contains(w[k].low);
  if (!deserved) return false;
  size_t j = i;
  while (j > 0 && (IsLyAdverb(w[j - 1].low) || en.predicate_auxiliaries.Contains(w[j - 1].low) ||
                   en.skippable_adverbs.Contains(w[j - 1].low)))
    --j;
  if (j == 0 || NegatedIn(en, w, j > 0 ? j - 1 : 0, i)) return false;
  const size_t b = SubjectBefore(en, w, j);
  if (b >= j || !EvaluableSubject(en, w, b, j)) return false;
  Statement("support", "support", b, j, n);
  // What is deserved links when the subject names nothing ("Africa
  // deserves a permanent seat on the Security Council").
  n->link_end = w.size();
  return true;
}

// "There can be no (lasting) peace without justice", "no development
// without security", with "without" at w[i]: support of what follows it, up
// to a comma, when what is denied is a good (english.json valued_goods).
// Not "there is no day without news of attacks", not "without reform,
// there can be no progress".
bool NoneWithout(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                 NormativeStatement* n) {
  if (i + 1 >= w.size()) return false;
  // "Without reform, there can be no progress", "without addressing the
  // root causes, there can be no durable peace": support of what is before
  // the comma, when the clause after it denies a good.
  if (i == 0) {
    size_t c = i + 1;
    while (c < w.size() && c < i + 12 && !MarkBetween(text, w, c)) ++c;
    if (c + 3 >= w.size() || c >= i + 12 || w[c].low != "there") return false;
    size_t no = c + 1;
    while (no < w.size() && no < c + 4 &&
           In(w[no].low, {"is", "can", "will", "could", "would", "shall", "be"}))
      ++no;
    if (no == c + 1 || no + 1 >= w.size() || w[no].low != "no") return false;
    bool good = false;
    // "no just and Charter-based peace": up to five words before the good.
    for (size_t k = no + 1; k < w.size() && k < no + 7 && !good; ++k)
      good = en.valued_goods.Contains(w[k].low);
    return good && Statement("support", "support", i + 1, c, n);
  }
  // "Lasting peace is not possible (cannot be built) without justice".
  size_t a = i;
  while (a > 0 && i - a < 3 && !en.attainment_words.Contains(w[a - 1].low)) --a;
  size_t start;
  if (a > 0 && en.attainment_words.Contains(w[a - 1].low) &&
      NegatedGroupBefore(en, w, a - 1, &start) && start > 0)
    return NeededWithout(text, w, a - 1, n);
  size_t p = i;
  while (p > 0 && i - p < 8 && w[p - 1].low != "no" && !MarkBetween(text, w, p)) --p;
  if (p == 0 || w[p - 1].low != "no" || MarkBetween(text, w, p)) return false;
  const size_t no = p - 1;
  // At a clause start ("No X without Y", "..., and no X without Y") or after
  // "there can be", "there is", "there will be".
  bool opens = no == 0 || MarkBetween(text, w, no) || w[no - 1].low == "and";
  if (!opens && w[0].low == "there") {
    opens = no >= 2;
    for (size_t k = 1; k < no && opens; ++k)
      opens = In(w[k].low, {"is", "can", "will", "could", "would", "shall", "be"});
  }
  if (!opens) return false;
  bool good = false;
  for (size_t k = no + 1; k < i && !good; ++k) good = en.valued_goods.Contains(w[k].low);
  if (!good) return false;
  size_t e = i + 1;
  while (e < w.size() && !MarkBetween(text, w, e)) ++e;
  return Statement("support", "support", i + 1, e, n);
}

// "Only through inclusive dialogue can a settlement be reached", "only by
// working together will we overcome X", with "only" at w[i] opening the
// sentence: support of the means. Not "only then can we".
bool OnlyThrough(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  if (i != 0 || i + 3 >= w.size() || !en.means_prepositions.Contains(w[i + 1].low)) return false;
  for (size_t k = i + 3; k + 1 < w.size() && k < i + 40; ++k)
    if (In(w[k].low, {"can", "will", "could", "shall", "would", "may", "is", "are", "do", "does"}))
      return Statement("support", "support", i + 2, k, n);
  return false;
}

// The speaker's expectation of others, with the expecting verb at w[i]:
// "we (fully) expect the nuclear-weapon States to honour their
// obligations" calls for what is to be done (CallThrough: against the
// object of "end", "withdraw" ...). Only after the speaker, with an object
// of one to six words before "to" and a duty after it (english.json
// expected_duties): "we expect growth to slow" is a forecast.
bool Expectation(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                 const std::vector<Span>* self, NormativeStatement* n) {
  size_t k = i;
  while (k > 0 && i - k < 2 && IsLyAdverb(w[k - 1].low)) --k;
  if (k == 0 || !SpeakerWord(en, w, k - 1, self) || NegatedIn(en, w, k - 1, i)) return false;
  size_t to = i + 1;
  while (to < w.size() && to < i + 8 && w[to].low != "to" && !MarkBetween(text, w, to)) ++to;
  if (to == i + 1 || to + 2 >= w.size() || w[to].low != "to") return false;
  if (!en.expected_duties.Contains(w[to + 1].low)) return false;
  return CallThrough(en, w, to, n);
}

namespace {

// Whether a negation stands among the (at most four) words before w[j]
// that belong to its verb group: "can no longer", "is never", "will not".
bool NegatedGroupBefore(const EnglishWords& en, const WordRange& w, size_t j, size_t* start,
                        bool* modal) {
  bool negated = false;
  size_t k = j;
  while (k > 0 && j - k < 4) {
    const LowerWord y = w[k - 1].low;
    // What can or will be, not what was: "can no longer", "will never".
    if (modal && In(y, {"can", "cannot", "can't", "will", "won't", "would", "could", "shall"}))
      *modal = true;
    if (en.first_person_negations.Contains(y) || y == "longer") {
      negated |= y != "longer";
    } else if (!en.predicate_auxiliaries.Contains(y) && !en.evaluation_be_forms.Contains(y) &&
               !en.skippable_adverbs.Contains(y) && !IsLyAdverb(y) && y != "any") {
      break;
    }
    --k;
  }
  *start = k;
  return negated;
}

// Delay, approval and solution denied without a normative modal, with the
// word at w[i]: "Security Council reform can no longer be postponed"
// (delay_words: for the subject), "the use of force is never justified"
// (approval_participles: against it), "confrontation will never solve any
// problem" (solution_verbs, a subject that names no actor: against it).
bool DeniedOfSubject(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                     NormativeStatement* n) {
  size_t start;
  bool modal = false;
  if (i == 0 || !NegatedGroupBefore(en, w, i, &start, &modal) || start == 0) return false;
  if (en.approval_participles.Contains(w[i].low))
    return OnTheSubject(en, w, start, "oppose", "reject", n);
  // Delay and solution denied say what can be, not what was ("the meeting
  // was not postponed", "the talks did not settle the dispute").
  if (!modal) return false;
  if (en.delay_words.Contains(w[i].low))
    return OnTheSubject(en, w, start, "support", "call-for", n);
  if (en.solution_verbs.Contains(w[i].low) &&
      !NamesSomeone(text, w, SubjectBefore(en, w, start), start))
    return OnTheSubject(en, w, start, "oppose", "reject", n);
  return false;
}

// "Development is impossible without peace" (english.json
// unattainable_words), with the adjective at w[i] after a form of "be":
// support of what is needed.
bool ImpossibleWithout(const EnglishWords& en, std::string_view text, const WordRange& w, size_t i,
                       NormativeStatement* n) {
  if (i < 2 || !en.evaluation_be_forms.Contains(w[i - 1].low)) return false;
  return NeededWithout(text, w, i, n);
}

// "Gender equality is (lies) at the heart of our foreign policy", "climate
// action remains at the top of Kenya's agenda", with the core noun at w[i]:
// support of the subject, when what it is at the heart of is the
// speaker's (english.json core_nouns).
bool AtTheHeart(const EnglishWords& en, const WordRange& w, size_t i, const std::vector<Span>* self,
                NormativeStatement* n) {
  if (i < 4 || i + 2 >= w.size() || w[i - 1].low != "the" || w[i - 2].low != "at" ||
      w[i + 1].low != "of")
    return false;
  size_t j = i - 3;
  if (IsLyAdverb(w[j].low) && j > 0) --j;
  if (!en.evaluation_be_forms.Contains(w[j].low) &&
      !In(w[j].low, {"remains", "remain", "lies", "lie", "stands", "stand"}))
    return false;
  bool own = false;
  for (size_t k = i + 2; k < w.size() && k < i + 5 && !own; ++k)
    own = In(w[k].low, {"our", "my"}) || SpeakerWord(en, w, k, self);
  if (!own) return false;
  if (j > 0 && en.predicate_auxiliaries.Contains(w[j - 1].low)) --j;
  if (j == 0 || In(w[j - 1].low, {"not", "never"})) return false;
  return OnTheSubject(en, w, j, "support", "support", n);
}

// "The Secretary-General's initiative has our full support", "the people of
// Haiti can count on our solidarity", with the deserved noun at w[i] after
// "our" or "my": support of the subject (english.json holding_support_verbs,
// backing_nouns).
bool Backed(const EnglishWords& en, const WordRange& w, size_t i, NormativeStatement* n) {
  size_t k = i;
  while (k > 0 && i - k < 3 && !In(w[k - 1].low, {"our", "my"})) --k;
  if (k < 3 || !In(w[k - 1].low, {"our", "my"})) return false;
  size_t v = k - 2;
  if (w[v].low == "on" && v > 0) --v;  // "count on", "rely on"
  if (!en.holding_support_verbs.Contains(w[v].low)) return false;
  size_t j = v;
  while (j > 0 && (en.predicate_auxiliaries.Contains(w[j - 1].low) ||
                   en.skippable_adverbs.Contains(w[j - 1].low) || IsLyAdverb(w[j - 1].low)))
    --j;
  if (j == 0 || NegatedIn(en, w, j - 1, i)) return false;
  return OnTheSubject(en, w, j, "support", "support", n);
}

// What the speaker suffers from: "our people have suffered greatly from
// the blockade", "we continue to suffer under unilateral sanctions", with
// the suffering verb at w[i] (english.json suffering_verbs) and "from" or
// "under" after it: against what follows. Only for the speaker's own ("we",
// "our people", "Kenya"); not negated.
bool SufferedFrom(const EnglishWords& en, const WordRange& w, size_t i,
                  const std::vector<Span>* self, NormativeStatement* n) {
  size_t p = i + 1;
  while (p < w.size() && p < i + 3 && IsLyAdverb(w[p].low)) ++p;
  if (p + 1 >= w.size() || !In(w[p].low, {"from", "under"})) return false;
  size_t k = i;
  while (k > 0 && i - k < 4 &&
         (en.predicate_auxiliaries.Contains(w[k - 1].low) ||
          en.skippable_adverbs.Contains(w[k - 1].low) || IsLyAdverb(w[k - 1].low) ||
          en.continuation_verbs.Contains(w[k - 1].low) || w[k - 1].low == "been"))
    --k;
  if (k == 0 || NegatedIn(en, w, k - 1, i)) return false;
  const bool own = SpeakerWord(en, w, k - 1, self) || (k >= 2 && In(w[k - 2].low, {"our", "my"})) ||
                   In(w[k - 1].low, {"us"});
  if (!own) return false;
  return Statement("oppose", "concern", p + 1, w.size(), n);
}

}  // namespace

namespace {

// The statements FindNormative reads at a word of en.normative_starts, by
// the first of the tests in RouteOf that the word passes.
enum NormativeRoute : uint8_t {
  kModal,
  kExhortation,
  kNeed,
  kCan,
  kNeeded,
  kPraised,
  kImportance,
  kHolding,
  kBenefit,
  kHarm,
  kFault,
  kOption,
  kIndifference,
  kWitness,
  kPledge,
  kPride,
  kDevotion,
  kMinimum,
  kFutility,
  kFeeling,
  kDeserving,
  kExpecting,
  kWithout,
  kOnly,
  kDenied,
  kUnattainable,
  kCore,
  kBacking,
  kSuffering,
  kFailing,
  kCandidacy,
  kEvaluation,
};

// FindNormative's chain of tests, in order (after a task or priority noun,
// Task): the word alone decides which statement is read at it. Computed
// once per word of normative_starts (NormativeRoutes).
NormativeRoute RouteOf(const EnglishWords& en, LowerWord x) {
  if (en.normative_modals.Contains(x)) return kModal;
  if (en.exhortation_verbs.Contains(x)) return kExhortation;
  if (en.need_verbs.Contains(x)) return kNeed;
  if (x == "can") return kCan;
  if (CallAdjective(en, x) || en.enduring_adjectives.Contains(x) ||
      en.affirmed_adjectives.Contains(x))
    return kNeeded;
  if (en.praise_nouns.Contains(x)) return kPraised;
  if (x == "importance") return kImportance;
  if (en.holding_verbs.Contains(x)) return kHolding;
  if (en.benefit_verbs.Contains(x)) return kBenefit;
  if (en.harm_forms.Contains(x)) return kHarm;
  if (en.fault_nouns.Contains(x)) return kFault;
  if (en.option_nouns.Contains(x)) return kOption;
  if (en.indifference_adjectives.Contains(x)) return kIndifference;
  if (en.witness_verbs.Contains(x)) return kWitness;
  if (en.pledge_verbs.Contains(x)) return kPledge;
  if (en.pride_adjectives.Contains(x)) return kPride;
  if (en.devotion_nouns.Contains(x)) return kDevotion;
  if (en.minimum_words.Contains(x)) return kMinimum;
  if (en.futility_nouns.Contains(x) || en.unjustified_nouns.Contains(x)) return kFutility;
  if (en.feeling_verbs.Contains(x)) return kFeeling;
  if (en.deserving_verbs.Contains(x)) return kDeserving;
  if (en.expecting_verbs.Contains(x)) return kExpecting;
  if (x == "without") return kWithout;
  if (x == "only") return kOnly;
  if (en.delay_words.Contains(x) || en.approval_participles.Contains(x) ||
      en.solution_verbs.Contains(x))
    return kDenied;
  if (en.unattainable_words.Contains(x)) return kUnattainable;
  if (en.core_nouns.Contains(x)) return kCore;
  if (en.backing_nouns.Contains(x)) return kBacking;
  if (en.suffering_verbs.Contains(x)) return kSuffering;
  if (en.failing_forms.Contains(x)) return kFailing;
  if (en.candidacy_nouns.Contains(x)) return kCandidacy;
  return kEvaluation;
}

}  // namespace

NormativeRoutes::NormativeRoutes(const EnglishWords& en) {
  for (const std::string& s : en.normative_starts.words()) {
    if (s.empty()) continue;
    words_.push_back(s);
    routes_.push_back(static_cast<uint8_t>(RouteOf(en, LowerWord(s))));
  }
  size_t n = 16;
  while (n < 4 * words_.size()) n *= 2;
  slots_.assign(n, 0);
  for (size_t k = 0; k < words_.size(); ++k) {
    size_t i = internal::WordHash</*kFold=*/true>(words_[k]) & (n - 1);
    while (slots_[i] != 0) i = (i + 1) & (n - 1);
    slots_[i] = static_cast<uint32_t>(k + 1);
  }
}

int NormativeRoutes::Find(LowerWord x) const {
  if (slots_.empty() || x.empty()) return -1;
  const size_t mask = slots_.size() - 1;
  for (size_t i = internal::WordHash</*kFold=*/true>(x.raw()) & mask;; i = (i + 1) & mask) {
    const uint32_t s = slots_[i];
    if (s == 0) return -1;
    if (x == words_[s - 1]) return routes_[s - 1];
  }
}

NormativeStatement FindNormative(const internal::EnglishWords& en, std::string_view text,
                                 const WordRange& w, const std::vector<Span>* self,
                                 const NormativeRoutes* routes) {
  NormativeStatement n;
  for (size_t i = 0; i < w.size(); ++i) {
    LowerWord x = w[i].low;
    // Tested on every word of a speaker's sentences: most words start no
    // marker, and are turned away with one test.
    if (!en.normative_starts.Contains(x)) continue;
    // A denied belief governs what follows: "I do not think it is necessary".
    if (x == "not" && i + 1 < w.size() && In(w[i + 1].low, {"think", "believe"})) return n;
    // "The next step is to ...", "our priority is to ...": before the praise
    // of "a top priority".
    bool found = (en.task_nouns.Contains(x) || en.priority_nouns.Contains(x)) &&
                 Task(en, text, w, i, self, &n);
    if (!found) {
      int route = routes ? routes->Find(x) : -1;
      if (route < 0) route = RouteOf(en, x);
      switch (static_cast<NormativeRoute>(route)) {
        case kModal:
          found = ModalStatement(en, text, w, i, &n);
          break;
        case kExhortation:
          found = Exhortation(en, w, i, &n);
          break;
        case kNeed:
          found = Need(en, w, i, &n);
          break;
        case kCan:
          found = CanDoMore(w, i, &n);
          break;
        case kNeeded:
          found = SubjectIsNeeded(en, text, w, i, &n);
          break;
        case kPraised:
          found = SubjectIsPraised(en, w, i, &n);
          break;
        case kImportance:
          found = SubjectIsOfImportance(en, w, i, &n);
          break;
        case kHolding:
          found = HoldsResponsible(en, w, i, &n);
          break;
        case kBenefit:
          found = SubjectHelps(en, text, w, i, &n);
          break;
        case kHarm:
          found = SubjectDoesHarm(en, text, w, i, &n);
          break;
        case kFault:
          found = SubjectIsAtFault(en, text, w, i, &n);
          break;
        case kOption:
          found = WayOut(en, text, w, i, &n);
          break;
        case kIndifference:
          found = NotIndifferent(en, w, i, &n);
          break;
        case kWitness:
          found = WitnessedWrong(en, w, i, &n);
          break;
        case kPledge:
          found = Pledge(en, text, w, i, self, &n);
          break;
        case kPride:
          found = Pride(en, w, i, self, &n);
          break;
        case kDevotion:
          found = Devotion(en, text, w, i, self, &n);
          break;
        case kMinimum:
          found = MinimumDue(en, w, i, &n);
          break;
        case kFutility:
          found = Futility(en, w, i, &n);
          break;
        case kFeeling:
          found = FeltDuty(en, w, i, self, &n);
          break;
        case kDeserving:
          found = Deserved(en, w, i, &n);
          break;
        case kExpecting:
          found = Expectation(en, text, w, i, self, &n);
          break;
        case kWithout:
          found = NoneWithout(en, text, w, i, &n);
          break;
        case kOnly:
          found = OnlyThrough(en, w, i, &n);
          break;
        case kDenied:
          found = DeniedOfSubject(en, text, w, i, &n);
          break;
        case kUnattainable:
          found = ImpossibleWithout(en, text, w, i, &n);
          break;
        case kCore:
          found = AtTheHeart(en, w, i, self, &n);
          break;
        case kBacking:
          found = Backed(en, w, i, &n);
          break;
        case kSuffering:
          found = SufferedFrom(en, w, i, self, &n);
          break;
        case kFailing:
          found = SubjectFailed(en, text, w, i, &n);
          break;
        case kCandidacy:
          found = OwnCandidacy(en, text, w, i, self, &n);
          break;
        case kEvaluation:
          found = Evaluation(en, w, i, &n);
          break;
      }
    }
    // "We must act (now)": a call with nothing to call for says nothing a
    // matrix can show.
    if (found && n.act == "call-for" && n.target_begin < w.size() &&
        en.empty_call_verbs.Contains(w[n.target_begin].low) &&
        std::all_of(w.begin() + n.target_begin + 1, w.begin() + std::min(n.target_end, w.size()),
                    [&](const Word& y) { return en.empty_call_tails.Contains(y.low); }))
      return NormativeStatement();
    if (found) {
      n.marker = static_cast<int>(i);
      if (n.polarity == "support" && n.act == "call-for") CallForActionAgainst(en, w, &n);
      // "We cannot allow the United Nations to perish": against what it
      // would be allowed to do, not against the United Nations.
      if (n.polarity == "oppose" && n.target_begin < w.size() &&
          In(w[n.target_begin].low, {"allow", "permit"})) {
        const size_t to = NextTo(w, n.target_begin + 1);
        if (to + 1 < w.size()) n.target_begin = to + 1;
      }
      return n;
    }
  }
  return n;
}

}  // namespace caucus::stance
