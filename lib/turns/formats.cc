// Transcript formats: detecting one, and each format's parser of speaker
// cues (CART ">> IRAN:", UN verbatim "Mr. Levitte (France):", summary
// records, press-briefing scripts, parliaments).
#include <algorithm>
#include <cctype>
#include <cstring>

#include "turns/parts.h"
#include "turns/patterns.h"
#include "turns/turns.h"

namespace caucus::turns {
namespace {

// What a pattern must start with, tested before calling it: each parser
// runs its patterns at every line or sentence start of every document
// (DetectTurnFormat tries them all), and most starts fail on the first
// byte. Every test below is implied by its pattern, so it only saves calls.

// The byte at p, or 0 at `end`.
unsigned char ByteAt(std::string_view text, uint32_t p, uint32_t end) {
  return p < end && p < text.size() ? static_cast<unsigned char>(text[p]) : 0;
}

// A byte that may start \p{Lu}: an ASCII capital or a multi-byte character.
bool MayStartUpper(unsigned char c) { return (c >= 'A' && c <= 'Z') || c >= 0x80; }

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

bool OneOf(unsigned char c, const char* set) { return c != 0 && std::strchr(set, c) != nullptr; }

// Whether un_note_line may match text[p, end): it names what happens ("The
// meeting rose", "The sitting was suspended"), who took or returned to the
// Chair or was escorted, or an address. Each alternative of the pattern
// starts with one of these words, or holds " was escorted ": a line of prose
// that merely starts with "The" is not tried.
bool MayBeUnNote(std::string_view text, uint32_t p, uint32_t end) {
  const std::string_view line = text.substr(p, end - p);
  for (std::string_view start : {"The meeting ", "The sitting ", "The President returned ",
                                 "In the absence of the President, ", "Address by "})
    if (line.substr(0, start.size()) == start) return true;
  return line.find(" was escorted ") != std::string_view::npos;
}

bool IsSeparator(std::string_view line) {
  line = Trim(line);
  if (line.size() < 3) return false;
  int stars = 0;
  for (char c : line) {
    if (c == '*') {
      ++stars;
    } else if (c != ' ') {
      return false;
    }
  }
  return stars >= 3;
}

Parsed ParseCart(std::string_view text, const internal::EnglishWords& en) {
  Parsed out;
  for (const Line& l : SplitLines(text)) {
    std::string_view line = text.substr(l.begin, l.end - l.begin);
    if (IsSeparator(line)) {
      out.stops.push_back(l.begin);
      continue;
    }
    uint32_t p = SkipSpaces(text, l.begin, l.end);
    if (p + 1 >= l.end + 1 || text.compare(p, 2, ">>") != 0) continue;
    Cue c;
    c.begin = p;
    uint32_t q = SkipSpaces(text, p + 2, l.end);
    std::string_view rest = text.substr(q, l.end - q);
    size_t colon = rest.find(':');
    if (colon != std::string_view::npos && colon <= 80 &&
        LooksLikeLabel(rest.substr(0, colon), en)) {
      c.speaker = std::string(Trim(rest.substr(0, colon)));
      c.speech = SkipSpaces(text, q + static_cast<uint32_t>(colon) + 1, l.end);
    } else {
      c.speech = q;  // a bare ">>": someone new, not named
      c.role = "unknown";
      c.resolve = false;
    }
    out.cues.push_back(std::move(c));
  }
  return out;
}

Parsed ParseUnVerbatim(std::string_view text, const internal::EnglishWords& en) {
  Parsed out;
  const Patterns& re = P();
  const std::vector<Line> lines = SplitLines(text);
  // "Address by Mr. Emmanuel Macron, President of the French Republic":
  // surname -> office, for the label that follows ("President Macron (spoke
  // in French):") and names no country.
  std::vector<std::pair<std::string, std::string>> addresses;
  uint32_t consumed = 0;  // end of the last label, which may wrap onto later lines
  for (size_t li = 0; li < lines.size(); ++li) {
    const Line& l = lines[li];
    uint32_t p = SkipSpaces(text, l.begin, l.end);
    if (p < consumed || p >= l.end) continue;
    std::string_view g[5];
    if (!MayStartUpper(ByteAt(text, p, l.end))) continue;  // a note or a label starts so
    if (MayBeUnNote(text, p, l.end) && MatchAt(re.un_note_line, text, p, l.end, g, 1)) {
      out.stops.push_back(p);
      std::string_view a[3];
      if (MatchAt(re.un_address, text, p, WithNewline(text, l), a, 3)) {
        addresses.emplace_back(std::string(LastWordOf(a[1])), Collapse(a[2]));
      }
      continue;
    }
    // A label may wrap onto the next two lines of the same paragraph.
    size_t last = li;
    while (last + 1 < lines.size() && last < li + 2 && lines[last + 1].end > lines[last + 1].begin)
      ++last;
    // A label ends with a colon on these lines, which most lines of prose
    // lack: the pattern is only tried where there is one.
    const uint32_t label_limit = WithNewline(text, lines[last]);
    if (std::memchr(text.data() + p, ':', label_limit - p) == nullptr) continue;
    // At most five words after a title's first one (group 2, see patterns.h).
    if (!MatchAt(re.un_label, text, p, label_limit, g, 5) || SpaceRuns(g[2]) > 5) continue;
    const uint32_t label_end = Off(text, g[0]) + static_cast<uint32_t>(g[0].size());
    consumed = label_end;
    Cue c;
    c.begin = p;
    c.speech = SkipSpaces(text, label_end, lines[last].end);
    if (c.speech == lines[last].end && last + 1 < lines.size()) {
      c.speech = SkipSpaces(text, label_end, lines[last + 1].end);
    }
    c.speaker = Collapse(text.substr(p, label_end - 1 - p));
    c.normalized = Collapse(g[1]);
    bool has_country = false;
    for (int i = 3; i <= 4; ++i) {
      if (g[i].data() == nullptr) continue;
      std::string_view lang[2];
      if (MatchAt(re.spoke_in, text, Off(text, g[i]), Off(text, g[i]) + g[i].size(), lang, 2)) {
        c.language = std::string(lang[1]);
      } else if (c.entity_label.empty()) {
        c.entity_label = Collapse(g[i]);
        has_country = true;
      }
    }
    std::string role = RoleFromLabel(c.normalized, en);
    // "President Rousseff" is a head of state, "The President" chairs.
    if (role == "chair" && c.normalized.substr(0, 4) != "The ") role = "";
    c.role = role;
    if (!has_country && role.empty()) {
      std::string_view surname = LastWordOf(c.normalized);
      for (auto it = addresses.rbegin(); it != addresses.rend(); ++it) {
        if (it->first == surname) {
          c.entity_label = it->second;
          c.fallback_label = c.normalized;
          break;
        }
      }
    }
    if (c.entity_label.empty()) c.entity_label = c.normalized;
    out.cues.push_back(std::move(c));
  }
  return out;
}

// Sentence starts: line starts (after a paragraph number "12.") and after
// sentence-final punctuation.
std::vector<uint32_t> SentenceStarts(std::string_view text, const internal::EnglishWords& en) {
  std::vector<uint32_t> starts;
  const uint32_t n = static_cast<uint32_t>(text.size());
  bool at_start = true;
  for (uint32_t i = 0; i < n; ++i) {
    char c = text[i];
    if (at_start && !IsSpace(c)) {
      uint32_t p = i;
      while (p < n && isdigit(static_cast<unsigned char>(text[p]))) ++p;
      if (p > i && p + 1 < n && (text[p] == '.' || text[p] == ')') && IsSpace(text[p + 1])) {
        p = SkipSpaces(text, p + 1, n);
      } else {
        p = i;
      }
      starts.push_back(p);
      at_start = false;
      i = p;  // the number's period does not start another sentence
      if (i >= n) break;
      c = text[i];
    }
    if (c == '\n') at_start = true;
    if ((c == '.' || c == '!' || c == '?') && i + 1 < n && IsSpace(text[i + 1]) &&
        !(c == '.' && IsTitleAbbrev(text, i, en))) {
      at_start = true;
    }
  }
  return starts;
}

uint32_t SentenceEnd(std::string_view text, uint32_t p, const internal::EnglishWords& en) {
  const uint32_t n = static_cast<uint32_t>(text.size());
  while (p < n) {
    char c = text[p];
    if ((c == '.' || c == '!' || c == '?' || c == ';') && (p + 1 >= n || IsSpace(text[p + 1])) &&
        !(c == '.' && IsTitleAbbrev(text, p, en))) {
      break;
    }
    if (c == '\n' && p + 1 < n && text[p + 1] == '\n') break;
    ++p;
  }
  return p;
}

Parsed ParseSummary(std::string_view text, const internal::EnglishWords& en) {
  Parsed out;
  const Patterns& re = P();
  for (uint32_t s : SentenceStarts(text, en)) {
    // The first letters of the three patterns' words; none of them ends a
    // sentence, so a sentence that starts with one runs past it.
    const unsigned char first = ByteAt(text, s, static_cast<uint32_t>(text.size()));
    if (!OneOf(first, "IRAFLTtSCMD")) continue;
    const uint32_t end = SentenceEnd(text, s, en);
    std::string_view g[3];
    Cue c;
    if (OneOf(first, "IRAFLTt") && MatchAt(re.summary_delegate, text, s, end, g, 3)) {
      std::string_view who = g[2];
      // Drop trailing connectors the greedy name run took ("Brazil and").
      for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (std::string_view w : {" of", " the", " and", " de", " du"}) {
          if (who.size() > w.size() && who.substr(who.size() - w.size()) == w) {
            who.remove_suffix(w.size());
            trimmed = true;
          }
        }
      }
      c.speaker = std::string(text.substr(s, Off(text, who) + who.size() - s));
      c.normalized = std::string(who);
      c.entity_label = std::string(who);
      c.role = "delegate";
    } else if (OneOf(first, "IRSCTt") && MatchAt(re.summary_role, text, s, end, g, 3) &&
               (g[2].data() == nullptr || CodePoints(g[2]) <= 61)) {
      c.speaker = std::string(g[0]);
      c.normalized = std::string(g[1]);
      c.normalized[0] = static_cast<char>(toupper(static_cast<unsigned char>(c.normalized[0])));
      c.role = RoleFromLabel(g[1], en);
      if (c.role.empty()) c.role = "secretariat";  // a Bureau director
      c.resolve = c.role == "secretariat";
    } else if (OneOf(first, "MD") && MatchAt(re.summary_person, text, s, end, g, 3) &&
               SpaceRuns(g[1]) <= 4) {  // "Mr. " and at most three words after the first
      c.speaker = std::string(g[0]);
      c.normalized = std::string(g[1]);
      c.entity_label = std::string(g[2]);
      c.fallback_label = std::string(g[1]);
    } else {
      continue;
    }
    uint32_t after = Off(text, g[0]) + static_cast<uint32_t>(g[0].size());
    if (!Contains(text.substr(after, end - after), re.reporting_verb)) continue;
    c.begin = s;
    c.speech = after;
    out.cues.push_back(std::move(c));
  }
  // A summarised turn ends with its paragraph unless the next one goes on
  // reporting the same speaker ("He also said ...").
  const std::vector<Line> lines = SplitLines(text);
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i - 1].end != lines[i - 1].begin) continue;
    uint32_t p = SkipSpaces(text, lines[i].begin, lines[i].end);
    if (p == lines[i].end) continue;
    const unsigned char first = ByteAt(text, p, lines[i].end);
    if (!(OneOf(first, "0123456789HSTIMFLAWR") &&
          MatchAt(re.summary_continuation, text, p, lines[i].end, nullptr, 0))) {
      out.stops.push_back(lines[i - 1].begin);
    }
  }
  return out;
}

Parsed ParseScript(std::string_view text, const internal::EnglishWords& en) {
  Parsed out;
  const Patterns& re = P();
  for (const Line& l : SplitLines(text)) {
    uint32_t p = SkipSpaces(text, l.begin, l.end);
    std::string_view g[2];
    const unsigned char first = ByteAt(text, p, l.end);
    if (!MayStartUpper(first) && !IsDigit(first)) continue;  // a label, Q or a clock
    if (IsDigit(first) && Match(re.clock_line, text, p, l.end, RE2::ANCHOR_BOTH, nullptr, 0)) {
      out.stops.push_back(p);  // "4:28 P.M. EDT" closes the call
      continue;
    }
    Cue c;
    const uint32_t le = WithNewline(text, l);
    if (first == 'Q' && MatchAt(re.script_q, text, p, le, g, 2)) {
      c.speaker = std::string(g[1]);
      c.normalized = "Q";
      c.role = "questioner";
      c.resolve = false;
    } else if (MayStartUpper(first) && MatchAt(re.script_label, text, p, le, g, 2) &&
               CodePoints(g[1]) <= 71 && !HasLower(g[1]) && LooksLikeLabel(g[1], en)) {
      c.speaker = std::string(Trim(g[1]));
    } else {
      continue;
    }
    c.begin = p;
    c.speech = SkipSpaces(text, Off(text, g[0]) + static_cast<uint32_t>(g[0].size()), l.end);
    out.cues.push_back(std::move(c));
  }
  return out;
}

Parsed ParseParliament(std::string_view text, const internal::EnglishWords& en) {
  Parsed out;
  const Patterns& re = P();
  for (const Line& l : SplitLines(text)) {
    uint32_t p = SkipSpaces(text, l.begin, l.end);
    if (p < l.end && text[p] == '#') continue;  // corpus header lines
    // A label, an opening ("-- Mr President", "Κύριε Πρόεδρε") or the chair.
    const unsigned char first = ByteAt(text, p, l.end);
    if (!MayStartUpper(first) && first != '-' && first != '.') continue;
    std::string_view g[2];
    Cue c;
    if (MatchAt(re.parl_speaker, text, p, l.end, g, 2) &&
        LooksLikeLabel(g[1].substr(0, g[1].find(',')), en)) {
      // "Carraro (PSE), rapporteur. –", "President. –", "Liikanen, Member of the Commission. –"
      std::string_view label = g[1];
      std::string_view name = label.substr(0, label.find_first_of(",("));
      c.speaker = std::string(label);
      c.normalized = std::string(Trim(name));
      std::string role = RoleFromLabel(name, en);
      c.role = role.empty() ? "delegate" : role;
      c.resolve = false;  // a member speaks for a political group, not a state
      c.begin = p;
      c.speech = SkipSpaces(text, Off(text, g[0]) + static_cast<uint32_t>(g[0].size()), l.end);
    } else if (MatchAt(re.parl_opening, text, p, WithNewline(text, l), g, 2)) {
      c.boundary = p;  // "-- Mr President": the dashes end the previous turn
      c.begin = Off(text, g[1]);
      c.speech = c.begin;
      c.role = "delegate";  // whoever addresses the President is a member, not the chair
      c.resolve = false;
    } else if (MatchAt(re.parl_chair, text, p, l.end, g, 1)) {
      c.begin = p;
      c.speech = p;
      c.normalized = "President";
      c.role = "chair";
      c.resolve = false;
    } else {
      continue;
    }
    out.cues.push_back(std::move(c));
  }
  return out;
}

}  // namespace

Parsed Parse(std::string_view text, TurnFormat f, const internal::EnglishWords& en) {
  switch (f) {
    case TurnFormat::kCart:
      return ParseCart(text, en);
    case TurnFormat::kUnVerbatim:
      return ParseUnVerbatim(text, en);
    case TurnFormat::kSummary:
      return ParseSummary(text, en);
    case TurnFormat::kScript:
      return ParseScript(text, en);
    case TurnFormat::kParliament:
      return ParseParliament(text, en);
    default:
      return {};
  }
}

int CountCues(std::string_view text, TurnFormat f, const internal::EnglishWords& en) {
  return static_cast<int>(Parse(text, f, en).cues.size());
}

}  // namespace caucus::turns

namespace caucus::internal {

using turns::CountCues;
using turns::Parse;
using turns::Parsed;

TurnFormat DetectLabelledTurnFormat(std::string_view text, const internal::EnglishWords& en) {
  // ">>" and UN labels are unambiguous. A CART cue opens a line with ">>":
  // a text without one has none.
  if (text.find(">>") != std::string_view::npos && CountCues(text, TurnFormat::kCart, en) >= 2)
    return TurnFormat::kCart;
  const Parsed un = Parse(text, TurnFormat::kUnVerbatim, en);
  if (un.cues.size() >= 2) return TurnFormat::kUnVerbatim;
  // One speech with its label, as per-speech corpora store them: the label
  // opens the document (after a heading line or two at most).
  if (un.cues.size() == 1 && un.cues[0].begin <= 600) {
    int lines_before = 0;
    for (uint32_t i = 0; i < un.cues[0].begin; ++i) {
      if (text[i] == '\n' && i > 0 && text[i - 1] != '\n') ++lines_before;
    }
    if (lines_before <= 2) return TurnFormat::kUnVerbatim;
  }
  return TurnFormat::kNone;
}

TurnFormat DetectTurnFormat(std::string_view text, const internal::EnglishWords& en) {
  // The labelled formats first; press-briefing labels are nearly as sure.
  // Parliamentary openings and summary sentences also occur inside the other
  // formats, so they only win when nothing stronger is there.
  if (const TurnFormat f = DetectLabelledTurnFormat(text, en); f != TurnFormat::kNone) return f;
  if (CountCues(text, TurnFormat::kScript, en) >= 2) return TurnFormat::kScript;
  int parl = CountCues(text, TurnFormat::kParliament, en);
  int summary = CountCues(text, TurnFormat::kSummary, en);
  if (parl >= 2 && parl >= summary) return TurnFormat::kParliament;
  if (summary >= 2) return TurnFormat::kSummary;
  return TurnFormat::kNone;
}

}  // namespace caucus::internal
