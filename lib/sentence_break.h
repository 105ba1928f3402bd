// Sentence boundaries as ICU 72's sentence BreakIterator for "en@ss=standard"
// returns them (UAX #29 sentence rules, then CLDR's English abbreviation
// suppressions), computed directly on UTF-8 without ICU's rule engine.
//
//   std::vector<uint32_t> b;
//   Status st = SentenceBreaks(text, &b);  // byte offsets, ascending
//
// Internal to the library (segment.cc) and its tests.
#ifndef CAUCUS_SENTENCE_BREAK_H_
#define CAUCUS_SENTENCE_BREAK_H_

#include <unicode/brkiter.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "caucus/status.h"

namespace caucus {

// Appends to *out, in increasing order, every boundary after offset 0 that
// ICU's iterator returns for `text` (the last is text.size() unless the text
// is empty). Text that is not valid UTF-8 goes through ICU itself.
Status SentenceBreaks(std::string_view text, std::vector<uint32_t>* out);

// The same boundaries from ICU's iterator: the reference that
// SentenceBreaks is tested against.
Status IcuSentenceBreaks(std::string_view text, std::vector<uint32_t>* out);

enum class IcuBreakKind { kSentence, kWord };

// This thread's clone of ICU's English iterator of that kind (sentences with
// "en@ss=standard"); nullptr with *status set if ICU cannot make one.
icu::BreakIterator* ThreadIcuBreakIterator(IcuBreakKind kind, Status* status);

// Points `it` at UTF-8 `s` (which must outlive the iteration).
Status SetUtf8Text(icu::BreakIterator* it, std::string_view s);

// The hand-written engine alone; false (and nothing appended) if `text` is
// not valid UTF-8.
bool FastSentenceBreaks(std::string_view text, std::vector<uint32_t>* out);

}  // namespace caucus

#endif  // CAUCUS_SENTENCE_BREAK_H_
