// Internal: normative and evaluative statements of a speaker ("we must act",
// "such practices are unacceptable"). Not part of the public API.
#ifndef CAUCUS_LIB_STANCE_NORMATIVE_H_
#define CAUCUS_LIB_STANCE_NORMATIVE_H_

#include <string>

#include "english_words.h"
#include "stance/doc_text.h"

namespace caucus::stance {

// A normative or evaluative statement in a sentence's words: returns the
// marker's first word index and sets polarity and act; -1 if none.
int NormativeMarker(const internal::EnglishWords& en, const WordRange& w, std::string* polarity,
                    std::string* act);

}  // namespace caucus::stance

#endif  // CAUCUS_LIB_STANCE_NORMATIVE_H_
