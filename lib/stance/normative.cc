// Normative and evaluative statements ("we must", "is unacceptable") that a
// document speaker's sentences hold.
#include "stance/normative.h"

#include <algorithm>

#include "stance/doc_text.h"
#include "word_match.h"

namespace caucus::stance {

namespace {

// The verb a modal at w[i] governs, skipping "not", adverbs and "be"-less
// glue ("we must also, therefore, act"); -1 if none within three words.
int ModalVerb(const WordRange& w, size_t i) {
  for (size_t k = i + 1; k < w.size() && k <= i + 4; ++k) {
    LowerWord y = w[k].low;
    if (In(y, {"not", "never", "also", "therefore", "however", "thus", "now", "all", "still",
               "first", "no", "longer", "simply", "continue", "to"}) ||
        (y.size() > 3 && y.ends_with("ly")))
      continue;
    return static_cast<int>(k);
  }
  return -1;
}

// Verbs of cognition, speech and feeling after a modal: rhetoric ("I must
// admit", "we cannot ignore", "must not forget", "should come as no
// surprise", "must be outraged / reminded").
bool RhetoricalVerb(const WordRange& w, int v) {
  LowerWord y = w[v].low;
  if (In(y, {"admit",    "confess", "say",    "tell",     "mention",      "note",    "recall",
             "remember", "forget",  "ignore", "overlook", "imagine",      "pretend", "hide",
             "deny",     "conceal", "come",   "thank",    "congratulate", "commend", "pay"}))
    return true;
  if (y == "be" && v + 1 < static_cast<int>(w.size()))
    return In(w[v + 1].low, {"outraged", "reminded", "surprised", "shocked", "saddened", "proud",
                             "grateful", "honest", "frank", "clear", "said", "noted", "aware",
                             "mindful", "recalled", "admitted"});
  return false;
}

}  // namespace

// A normative or evaluative statement in a sentence: returns the marker's
// first word index and sets polarity/act; -1 if none.
int NormativeMarker(const WordRange& w, std::string* polarity, std::string* act) {
  // Tested on every word of a speaker's sentences: sets with a cheap filter.
  static const WordSet kModals{"must", "should", "cannot", "mustn't", "shouldn't"};
  static const WordSet kCondemn{"unacceptable", "untenable",  "inadmissible",
                                "intolerable",  "deplorable", "heinous"};
  // The words the branches below start at: most words are none, and are
  // turned away with one test.
  static const WordSet kMarkerWords{
      "not",          "must",        "should",     "cannot",    "mustn't",      "shouldn't",
      "it",           "time",        "threat",     "dangerous", "unacceptable", "untenable",
      "inadmissible", "intolerable", "deplorable", "heinous",   "concern"};
  for (size_t i = 0; i < w.size(); ++i) {
    LowerWord x = w[i].low;
    if (!kMarkerWords.Contains(x)) continue;
    // A denied belief governs what follows: "I do not think it is necessary".
    if (x == "not" && i + 1 < w.size() && In(w[i + 1].low, {"think", "believe"})) return -1;
    if (kModals.Contains(x)) {
      // Putative "should" after an evaluation: "it is gratifying that the
      // report should agree".
      if (x == "should" && w.size() > 2 && w[0].low == "it" && In(w[1].low, {"is", "was"}) &&
          std::any_of(w.begin() + 2, w.begin() + i, [](const Word& y) { return y.low == "that"; }))
        continue;
      bool neg_next = i + 1 < w.size() && In(w[i + 1].low, {"not", "never"});
      // "must not just / only be X" is contrast ("... but must become Y"),
      // not a negated call: the next marker decides.
      if (neg_next && i + 2 < w.size() && In(w[i + 2].low, {"just", "only", "merely", "simply"}))
        continue;
      bool negated = neg_next || In(x, {"cannot", "mustn't", "shouldn't"});
      int v = ModalVerb(w, i);
      // Rhetoric, not a position: "I must admit", "we cannot ignore",
      // "we must not forget", "should come as no surprise", "must be outraged".
      if (v >= 0 && RhetoricalVerb(w, v)) continue;
      // A statement of capacity: "governments cannot achieve it alone".
      if (negated && std::any_of(w.begin() + i, w.end(), [&](const Word& y) {
            return y.low == "alone" ||
                   (y.low == "own" && &y > &w[i] + 1 &&
                    In((&y - 1)->low, {"its", "our", "their", "my", "his", "her"}) &&
                    (&y - 2)->low == "on");
          }))
        continue;
      // A call is support even for a countering verb ("we must avoid a
      // collective defeat"); inaction negated is a call to act ("we cannot
      // remain on the sidelines", "we should not avoid the problem").
      bool inaction =
          v >= 0 && In(w[v].low, {"remain", "stand", "sit", "look", "wait", "stay", "avoid"});
      // A call to pull out or drop is against its object: "the ITU should
      // stay out of it", "the government must withdraw its proposal".
      bool withdraw =
          v >= 0 && ((In(w[v].low, {"stay", "keep"}) && v + 1 < static_cast<int>(w.size()) &&
                      w[v + 1].low == "out") ||
                     In(w[v].low, {"withdraw", "abandon", "scrap", "drop", "refrain", "reject"}));
      if (withdraw) {
        *polarity = negated ? "support" : "oppose";
        *act = "call-for";
        return static_cast<int>(i);
      }
      *polarity = negated && !inaction ? "oppose" : "support";
      *act = "call-for";
      return static_cast<int>(i);
    }
    if (x == "it" && i + 2 < w.size() && In(w[i + 1].low, {"is", "was"}) &&
        In(w[i + 2].low, {"necessary", "essential", "imperative", "urgent", "vital", "crucial"}) &&
        // "it is necessary to say": rhetoric.
        !(i + 4 < w.size() && w[i + 3].low == "to" && RhetoricalVerb(w, static_cast<int>(i + 4)))) {
      *polarity = "support";
      *act = "call-for";
      return static_cast<int>(i);
    }
    if (x == "time" && i + 2 < w.size() &&
        ((w[i + 1].low == "has" && w[i + 2].low == "come") ||
         (w[i + 1].low == "is" && w[i + 2].low == "ripe"))) {
      *polarity = "support";
      *act = "call-for";
      return static_cast<int>(i);
    }
    // "X is a threat to the open Internet", "a dangerous proposal".
    if ((x == "threat" && i > 0 && In(w[i - 1].low, {"a", "serious", "real", "grave", "direct"}) &&
         i + 1 < w.size() && w[i + 1].low == "to") ||
        (x == "dangerous" && i > 0 &&
         (In(w[i - 1].low, {"is", "are", "was", "were", "be", "been"}) ||
          (i > 1 && In(w[i - 1].low, {"very", "extremely", "particularly", "too"}) &&
           In(w[i - 2].low, {"is", "are", "was", "were", "be", "been"}))))) {
      *polarity = "oppose";
      *act = "criticise";
      return static_cast<int>(i);
    }
    if (kCondemn.Contains(x)) {
      *polarity = "oppose";
      *act = "criticise";
      return static_cast<int>(i);
    }
    if (x == "concern" && i > 0 && In(w[i - 1].low, {"grave", "serious", "deep", "great"})) {
      *polarity = "oppose";
      *act = "concern";
      return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace caucus::stance
