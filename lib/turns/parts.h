// Internal: what the files of the turns finder (lib/turns/) share: line
// and space helpers, the speaker cues a format parser finds, and the
// functions one file gives another. The pieces, in the order a document
// goes through them:
//   formats.cc  detecting the transcript format and parsing its speaker cues
//   labels.cc   a speaker label: its role, its normalized form, its language
//   turns.cc    cues -> turns: entities, on behalf of, self-identification;
//               the public functions of caucus/turns.h
//   chair.cc    who presides, and the chair's national statements
//   notes.cc    stage directions, transcription notes, page furniture
//   patterns.h  the regular expressions, compiled once
// Not part of the public API.
#ifndef CAUCUS_LIB_TURNS_PARTS_H_
#define CAUCUS_LIB_TURNS_PARTS_H_

#include <re2/re2.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/turns.h"
#include "english_words.h"
#include "word_match.h"

namespace caucus::turns {

// ---- text (text.cc) ----------------------------------------------------------

struct Line {
  uint32_t begin = 0;
  uint32_t end = 0;  // excludes "\n" and a trailing "\r"
};

std::vector<Line> SplitLines(std::string_view text);

inline bool IsSpace(char c) { return internal::IsAsciiSpace(c); }

// Skips ASCII spaces and the UTF-8 no-break space.
uint32_t SkipSpaces(std::string_view text, uint32_t p, uint32_t end);

// Moves `end` back over spaces, including no-break spaces (U+00A0), which
// transcripts converted from HTML are full of.
uint32_t TrimEnd(std::string_view text, uint32_t begin, uint32_t end);

inline std::string_view Trim(std::string_view s) { return internal::TrimAsciiSpace(s); }

std::string Upper(std::string_view s);

inline std::string Lower(std::string_view s) { return internal::AsciiLowerCopy(s); }

bool HasLower(std::string_view s);

inline uint32_t Off(std::string_view text, std::string_view part) {
  return static_cast<uint32_t>(part.data() - text.data());
}

// Runs of white space (a label wrapped over lines) as one space.
std::string Collapse(std::string_view s);

std::string_view LastWordOf(std::string_view s);

// Matches `re` in text[begin, end) with `anchor`; fills up to n groups
// (unmatched groups get a null data()). Converts RE2's StringPiece so the
// turns files deal in std::string_view only.
bool Match(const RE2& re, std::string_view text, uint32_t begin, uint32_t end, RE2::Anchor anchor,
           std::string_view* groups, int n);

bool MatchAt(const RE2& re, std::string_view text, uint32_t begin, uint32_t end,
             std::string_view* groups, int n);

// The end of a line for matching: just past its newline, so patterns can
// say "label at the end of the line" with \n (RE2's $ only matches at the
// end of the whole text).
uint32_t WithNewline(std::string_view text, const Line& l);

bool Contains(std::string_view s, const RE2& re);

// RE2 compiles every copy of a Unicode class that a bounded repetition
// makes ("(?:\s+\p{Lu}\p{L}*){0,5}": six copies of each class) on its own, at
// about a millisecond each, once per process. The turns patterns write such
// runs of words with * instead and apply the bound with these (see
// patterns.h); a word holds no white space, so each further word comes
// after one run of it.

// The number of runs of white space in `s` (IsSpace: the same bytes as
// RE2's \s, [\t\n\f\r ]).
inline int SpaceRuns(std::string_view s) {
  int runs = 0;
  bool in_space = false;
  for (char c : s) {
    const bool space = IsSpace(c);
    runs += space && !in_space;
    in_space = space;
  }
  return runs;
}

// `s` (a word, then runs of white space and words) cut to its first word
// and the k words after it.
inline std::string_view FirstWords(std::string_view s, int k) {
  int runs = 0;
  bool in_space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool space = IsSpace(c);
    if (space && !in_space && ++runs > k) return s.substr(0, i);
    in_space = space;
  }
  return s;
}

// The number of UTF-8 code points in `s` (bytes that do not continue one).
inline size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// ---- speaker cues (formats.cc) -----------------------------------------------

// Where a speaker takes the floor, as a format parser found it.
struct Cue {
  uint32_t boundary = UINT32_MAX;  // where the previous turn ends, if not at begin
  uint32_t begin = 0;              // turn start
  uint32_t speech = 0;             // where the words spoken start
  std::string speaker;             // raw label
  std::string normalized;
  std::string role;          // "" = decide from label and entity
  std::string entity_label;  // what to resolve; "" = the speaker label
  std::string fallback_label;
  std::string language;
  bool resolve = true;
};

struct Parsed {
  std::vector<Cue> cues;
  std::vector<uint32_t> stops;  // positions where a turn ends early
};

Parsed Parse(std::string_view text, TurnFormat f, const internal::EnglishWords& en);

int CountCues(std::string_view text, TurnFormat f, const internal::EnglishWords& en);

// ---- labels (labels.cc) ------------------------------------------------------

// "UNITED STATES" -> "United States"; labels already in mixed case are kept.
std::string Normalize(std::string_view label, const internal::EnglishWords& en);

// A slug for an unknown speaker group: the shared slug, without a leading "the".
std::string Slug(std::string_view s);

// The role a label names by itself, or "" when only the entity can tell
// (a government speaks as a delegate).
std::string RoleFromLabel(std::string_view label, const internal::EnglishWords& en);

// A label is a speaker name if it is short and reads as a name or title:
// ">> IRAN:", ">> CHAIRMAN COMMITTEE 4:", not ">> So the question is:".
bool LooksLikeLabel(std::string_view label, const internal::EnglishWords& en);

// True if the period at text[dot] ends a title ("Mr.", "Dr.") rather than
// a sentence.
bool IsTitleAbbrev(std::string_view text, uint32_t dot, const internal::EnglishWords& en);

// The language a note names ("spoke in French" -> "French"), or "".
std::string LanguageOf(std::string_view note, const internal::EnglishWords& en);

// ---- the chair (chair.cc), page furniture (notes.cc) ------------------------

// Links "The President" / "The Chair" to the member presiding: the cover's
// "President: Mr. Dang ... (Viet Nam)", the record's "In the absence of the
// President, Mr. X (Country), Vice-President, took the Chair" for "The
// Acting President", or, failing both, the chair's own "in my capacity as
// the representative of Viet Nam". The role stays "chair". The part of a
// chair's turn spoken "in my capacity as the representative of X" (up to
// "I now resume my functions as President") becomes a turn of its own, a
// delegate's, for X: that is where the chair takes positions.
void ResolveChair(std::string_view text, std::vector<Turn>* turns, const SpeakerResolver& resolve,
                  const internal::EnglishWords& en);

// Verbatim records converted to text page by page (pdftotext) keep each
// page's running head and footer as lines of their own in the middle of a
// speech: "S/PV.8700", "10/01/2020", "20-00806 3/12", "2/12". A short line
// with digits that recurs three times or more, digits aside, or a lone page
// number "n/m", is such a line; inside a turn it becomes a note, so it is
// marked as no one's words. (PDF read by caucus has none: read drops them.)
void MarkPageFurniture(std::string_view text, std::vector<Turn>* turns);

}  // namespace caucus::turns

#endif  // CAUCUS_LIB_TURNS_PARTS_H_
