// Internal: the turns finder with the English words passed in, so that a
// stance run, which has loaded dictionaries/english.json with its lexicon,
// does not read it a second time. The public functions of caucus/turns.h
// call these with ShippedEnglishWords(). Not part of the public API.
#ifndef CAUCUS_LIB_TURNS_TURNS_H_
#define CAUCUS_LIB_TURNS_TURNS_H_

#include <string_view>
#include <vector>

#include "caucus/turns.h"
#include "english_words.h"

namespace caucus::internal {

TurnFormat DetectTurnFormat(std::string_view text, const EnglishWords& en);
// The labelled formats only: kCart or kUnVerbatim when DetectTurnFormat
// would give it, else kNone (without counting the cues of the other formats).
TurnFormat DetectLabelledTurnFormat(std::string_view text, const EnglishWords& en);
std::vector<Turn> FindTurns(std::string_view text, const TurnOptions& options,
                            const SpeakerResolver& resolve, const EnglishWords& en);
std::vector<Span> FindNotes(std::string_view text, Span span, const EnglishWords& en);

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_TURNS_TURNS_H_
