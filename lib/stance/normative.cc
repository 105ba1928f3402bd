// Normative and evaluative statements ("we must", "is unacceptable") that a
// document speaker's sentences hold.
#include "stance/normative.h"

#include <algorithm>

#include "stance/doc_text.h"
#include "word_match.h"

namespace caucus::stance {
namespace {

using internal::EnglishWords;

// The verb a modal at w[i] governs, skipping "not", adverbs and "be"-less
// glue ("we must also, therefore, act"); -1 if none within three words.
int ModalVerb(const EnglishWords& en, const WordRange& w, size_t i) {
  for (size_t k = i + 1; k < w.size() && k <= i + 4; ++k) {
    LowerWord y = w[k].low;
    if (en.modal_glue.Contains(y) || (y.size() > 3 && y.ends_with("ly"))) continue;
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

// A modal at w[i] ("we must", "should not"): returns whether it makes a
// statement (then sets polarity and act), false for rhetoric, capacity and
// contrast, where the next marker decides.
bool ModalStatement(const EnglishWords& en, const WordRange& w, size_t i, std::string* polarity,
                    std::string* act) {
  LowerWord x = w[i].low;
  // Putative "should" after an evaluation: "it is gratifying that the
  // report should agree".
  if (x == "should" && w.size() > 2 && w[0].low == "it" && In(w[1].low, {"is", "was"}) &&
      std::any_of(w.begin() + 2, w.begin() + i, [](const Word& y) { return y.low == "that"; }))
    return false;
  bool neg_next = i + 1 < w.size() && In(w[i + 1].low, {"not", "never"});
  // "must not just / only be X" is contrast ("... but must become Y"),
  // not a negated call: the next marker decides.
  if (neg_next && i + 2 < w.size() && In(w[i + 2].low, {"just", "only", "merely", "simply"}))
    return false;
  bool negated = neg_next || In(x, {"cannot", "mustn't", "shouldn't"});
  int v = ModalVerb(en, w, i);
  // Rhetoric, not a position: "I must admit", "we cannot ignore",
  // "we must not forget", "should come as no surprise", "must be outraged".
  if (v >= 0 && RhetoricalVerb(en, w, v)) return false;
  // A statement of capacity: "governments cannot achieve it alone".
  if (negated && std::any_of(w.begin() + i, w.end(), [&](const Word& y) {
        return y.low == "alone" ||
               (y.low == "own" && &y > &w[i] + 1 &&
                en.possessive_determiners.Contains((&y - 1)->low) && (&y - 2)->low == "on");
      }))
    return false;
  // A call is support even for a countering verb ("we must avoid a
  // collective defeat"); inaction negated is a call to act ("we cannot
  // remain on the sidelines", "we should not avoid the problem").
  bool inaction = v >= 0 && en.inaction_verbs.Contains(w[v].low);
  // A call to pull out or drop is against its object: "the ITU should
  // stay out of it", "the government must withdraw its proposal".
  bool withdraw = v >= 0 && ((In(w[v].low, {"stay", "keep"}) &&
                              v + 1 < static_cast<int>(w.size()) && w[v + 1].low == "out") ||
                             en.withdrawal_verbs.Contains(w[v].low));
  *act = "call-for";
  if (withdraw) {
    *polarity = negated ? "support" : "oppose";
  } else {
    *polarity = negated && !inaction ? "oppose" : "support";
  }
  return true;
}

// An evaluation or a call without a modal at w[i]: "it is necessary", "the
// time has come", "is a threat to", "is dangerous", "unacceptable", "grave
// concern".
bool Evaluation(const EnglishWords& en, const WordRange& w, size_t i, std::string* polarity,
                std::string* act) {
  LowerWord x = w[i].low;
  if (x == "it" && i + 2 < w.size() && In(w[i + 1].low, {"is", "was"}) &&
      en.necessity_adjectives.Contains(w[i + 2].low) &&
      // "it is necessary to say": rhetoric.
      !(i + 4 < w.size() && w[i + 3].low == "to" &&
        RhetoricalVerb(en, w, static_cast<int>(i + 4)))) {
    *polarity = "support";
    *act = "call-for";
    return true;
  }
  if (x == "time" && i + 2 < w.size() &&
      ((w[i + 1].low == "has" && w[i + 2].low == "come") ||
       (w[i + 1].low == "is" && w[i + 2].low == "ripe"))) {
    *polarity = "support";
    *act = "call-for";
    return true;
  }
  // "X is a threat to the open Internet", "a dangerous proposal".
  if ((x == "threat" && i > 0 && In(w[i - 1].low, {"a", "serious", "real", "grave", "direct"}) &&
       i + 1 < w.size() && w[i + 1].low == "to") ||
      (x == "dangerous" && i > 0 &&
       (en.evaluation_be_forms.Contains(w[i - 1].low) ||
        (i > 1 && In(w[i - 1].low, {"very", "extremely", "particularly", "too"}) &&
         en.evaluation_be_forms.Contains(w[i - 2].low))))) {
    *polarity = "oppose";
    *act = "criticise";
    return true;
  }
  if (en.condemning_adjectives.Contains(x)) {
    *polarity = "oppose";
    *act = "criticise";
    return true;
  }
  if (x == "concern" && i > 0 && In(w[i - 1].low, {"grave", "serious", "deep", "great"})) {
    *polarity = "oppose";
    *act = "concern";
    return true;
  }
  return false;
}

}  // namespace

// A normative or evaluative statement in a sentence: returns the marker's
// first word index and sets polarity/act; -1 if none.
int NormativeMarker(const internal::EnglishWords& en, const WordRange& w, std::string* polarity,
                    std::string* act) {
  for (size_t i = 0; i < w.size(); ++i) {
    LowerWord x = w[i].low;
    // Tested on every word of a speaker's sentences: most words start no
    // marker, and are turned away with one test.
    if (!en.normative_starts.Contains(x)) continue;
    // A denied belief governs what follows: "I do not think it is necessary".
    if (x == "not" && i + 1 < w.size() && In(w[i + 1].low, {"think", "believe"})) return -1;
    if (en.normative_modals.Contains(x)) {
      if (ModalStatement(en, w, i, polarity, act)) return static_cast<int>(i);
      continue;
    }
    if (Evaluation(en, w, i, polarity, act)) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace caucus::stance
