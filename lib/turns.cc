#include "caucus/turns.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <unordered_map>

#include "caucus/entities.h"
#include "english_words.h"
#include "matcher.h"
#include "turns_internal.h"
#include "word_match.h"

namespace caucus {
namespace {

// ---- small text helpers ------------------------------------------------------

struct Line {
  uint32_t begin = 0;
  uint32_t end = 0;  // excludes "\n" and a trailing "\r"
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  uint32_t b = 0;
  const uint32_t n = static_cast<uint32_t>(text.size());
  while (b <= n) {
    const void* nl = b < n ? memchr(text.data() + b, '\n', n - b) : nullptr;
    uint32_t e = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - text.data()) : n;
    uint32_t le = e;
    if (le > b && text[le - 1] == '\r') --le;
    lines.push_back({b, le});
    if (!nl) break;
    b = e + 1;
  }
  return lines;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

// Skips ASCII spaces and the UTF-8 no-break space.
uint32_t SkipSpaces(std::string_view text, uint32_t p, uint32_t end) {
  while (p < end) {
    if (IsSpace(text[p])) {
      ++p;
    } else if (p + 1 < end && static_cast<unsigned char>(text[p]) == 0xC2 &&
               static_cast<unsigned char>(text[p + 1]) == 0xA0) {
      p += 2;
    } else if (p + 2 < end && static_cast<unsigned char>(text[p]) == 0xEF &&
               static_cast<unsigned char>(text[p + 1]) == 0xBB &&
               static_cast<unsigned char>(text[p + 2]) == 0xBF) {
      p += 3;  // a byte order mark at the start of a file
    } else {
      break;
    }
  }
  return p;
}

// Moves `end` back over spaces, including no-break spaces (U+00A0), which
// transcripts converted from HTML are full of.
uint32_t TrimEnd(std::string_view text, uint32_t begin, uint32_t end) {
  while (end > begin) {
    if (IsSpace(text[end - 1])) {
      --end;
    } else if (end >= begin + 2 && static_cast<unsigned char>(text[end - 2]) == 0xC2 &&
               static_cast<unsigned char>(text[end - 1]) == 0xA0) {
      end -= 2;
    } else {
      break;
    }
  }
  return end;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return out;
}

bool HasLower(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    if (u_islower(c)) return true;
    i += U16_LENGTH(c);
  }
  return false;
}

uint32_t Off(std::string_view text, std::string_view part) {
  return static_cast<uint32_t>(part.data() - text.data());
}

// Words that stay upper case when a shouting label is title-cased: they are
// acronyms, not names ("ITU SECRETARY-GENERAL" -> "ITU Secretary-General").
bool KeepUpper(std::string_view w, const internal::EnglishWords& en) {
  if (en.label_acronyms.Contains(w)) return true;
  return std::any_of(w.begin(), w.end(),
                     [](char c) { return isdigit(static_cast<unsigned char>(c)); });
}

// "UNITED STATES" -> "United States"; labels already in mixed case are kept.
std::string Normalize(std::string_view label, const internal::EnglishWords& en) {
  label = Trim(label);
  if (HasLower(label)) return std::string(label);
  const internal::WordList& small_words = en.label_small_words;
  std::string out;
  size_t i = 0;
  bool first = true;
  while (i < label.size()) {
    size_t j = i;
    while (j < label.size() && label[j] != ' ') ++j;
    std::string_view w = label.substr(i, j - i);
    if (!out.empty()) out += ' ';
    bool small = !first && small_words.Contains(w);
    if (KeepUpper(w, en)) {
      out.append(w);
    } else {
      icu::UnicodeString u =
          icu::UnicodeString::fromUTF8(icu::StringPiece(w.data(), static_cast<int32_t>(w.size())));
      u.toLower();
      if (!small) {
        // Capitalise the first letter and any letter after a hyphen or a
        // period ("SECRETARY-GENERAL", "MR." stay readable).
        bool cap = true;
        // "D'IVOIRE" -> "d'Ivoire": an elided article stays small.
        if (u.length() > 2 && u.charAt(1) == '\'' && u_isalpha(u.charAt(0))) {
          if (first) u.setCharAt(0, static_cast<UChar>(u_toupper(u.charAt(0))));
          for (int32_t k = 2; k < u.length(); ++k) {
            if (u_isalpha(u.charAt(k))) {
              u.setCharAt(k, static_cast<UChar>(u_toupper(u.charAt(k))));
              break;
            }
          }
          cap = false;
        }
        for (int32_t k = 0; k < u.length(); ++k) {
          UChar c = u.charAt(k);
          if (cap && u_isalpha(c)) {
            u.setCharAt(k, static_cast<UChar>(u_toupper(c)));
            cap = false;
          } else if (c == '-') {
            cap = true;
          }
        }
      }
      std::string s;
      u.toUTF8String(s);
      out += s;
    }
    first = false;
    i = j;
    while (i < label.size() && label[i] == ' ') ++i;
  }
  return out;
}

// A slug for an unknown speaker group: the shared slug, without a leading "the".
std::string Slug(std::string_view s) {
  std::string out = internal::Slug(s);
  if (out.rfind("the-", 0) == 0) out.erase(0, 4);
  return out;
}

// ---- roles -------------------------------------------------------------------

bool HasWord(const std::string& upper, std::string_view word) {
  size_t p = 0;
  while ((p = upper.find(word, p)) != std::string::npos) {
    bool left = p == 0 || !isalpha(static_cast<unsigned char>(upper[p - 1]));
    size_t e = p + word.size();
    bool right = e >= upper.size() || !isalpha(static_cast<unsigned char>(upper[e]));
    if (left && right) return true;
    p = e;
  }
  return false;
}

// The role a label names by itself, or "" when only the entity can tell
// (a government speaks as a delegate).
std::string RoleFromLabel(std::string_view label, const internal::EnglishWords& en) {
  std::string u = Upper(Trim(label));
  auto has_any = [&](const internal::WordList& list) {
    for (const std::string& w : list.words())
      if (HasWord(u, w)) return true;
    return false;
  };
  if (en.label_questioners.Contains(u) || has_any(en.label_questioner_words)) return "questioner";
  if (has_any(en.label_interpreter_words)) return "interpreter";
  if (has_any(en.label_moderator_words) || en.label_moderators.Contains(u)) return "moderator";
  if (has_any(en.label_secretariat_words) ||
      (HasWord(u, "DIRECTOR") && has_any(en.label_bureau_words))) {
    return "secretariat";
  }
  // A title right after the label's start or its prefixes: "CHAIRMAN
  // COMMITTEE 4", "THE ACTING PRESIDENT", "VICE-CHAIR".
  std::string_view rest = u;
  for (const std::string& prefix : en.label_role_prefixes.words()) {
    if (rest.size() > prefix.size() && rest.substr(0, prefix.size()) == prefix &&
        (rest[prefix.size()] == ' ' || rest[prefix.size()] == '-'))
      rest.remove_prefix(prefix.size() + 1);
  }
  for (const std::string& chair : en.label_chair_titles.words()) {
    if (rest.substr(0, chair.size()) == chair &&
        (rest.size() == chair.size() || !isalpha(static_cast<unsigned char>(rest[chair.size()])))) {
      return "chair";
    }
  }
  if (has_any(en.label_delegate_words)) return "delegate";
  return "";
}

// ---- cues --------------------------------------------------------------------

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

// RE2 objects compiled once; RE2 matching is thread-safe.
struct Patterns {
  RE2::Options Opts() {
    RE2::Options o;
    o.set_log_errors(false);
    return o;
  }
  // UN verbatim record labels: name, then up to two parentheticals, then a
  // colon. A column may wrap the label over two or three lines ("Mr. Singer
  // Weisinger (Dominican Republic)\n(spoke in Spanish):"), so a space may be
  // a line break; a country may hold parentheses ("(Venezuela (Bolivarian
  // Republic of))").
  RE2 un_label{
      "((?:The(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)(?:(?:Acting|Temporary|Interim)(?:[ \\t]+|[ "
      "\\t]*\\r?\\n[ "
      "\\t]*))?(?:President|Vice-President|Chair|Chairman|Chairperson|Chairwoman|Co-Chair|"
      "Secretary-General|Deputy Secretary-General|Rapporteur))|"
      "(?:(?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame|Lord|Sheikh|Sheikha|Archbishop|Cardinal|Prince|"
      "Princess|King|Queen|President|Prime Minister|Vice-President|Minister|Ambassador|Judge|"
      "Baroness|Monsignor|Emir)\\.?[ \\t]+\\p{Lu}[\\p{L}'’.-]*(?:(?:[ \\t]+|[ \\t]*\\r?\\n[ "
      "\\t]*)(?:\\p{Lu}[\\p{L}'’.-]*|bin|ben|al|de|da|del|van|von|der|le|la|el)){0,5}))"
      "(?:(?:[ \\t]+|[ \\t]*\\r?\\n[ "
      "\\t]*)\\(([^()]{1,80}(?:\\([^()\\n]{1,40}\\)[^()]{0,20})?)\\))?"
      "(?:(?:[ \\t]+|[ \\t]*\\r?\\n[ "
      "\\t]*)\\(([^()]{1,80}(?:\\([^()\\n]{1,40}\\)[^()]{0,20})?)\\))?:",
      Opts()};
  RE2 spoke_in{
      "(?i)(?:spoke|speaking|speaks|spoken|interpretation|interpreted)(?:\\s+(?:in|from))?\\s+"
      "(\\p{L}+)",
      Opts()};
  // Summary records: "The representative of the Russian Federation proposed".
  RE2 summary_delegate{
      "(?:(?:In reply|Responding|Replying|In response|Also|Further|Lastly|Finally)[^,.\\n]{0,40}, "
      ")?[Tt]he (delegates?|delegations?|representatives?|observers?|spokesperson|"
      "head of (?:the )?delegation|minister|ambassador) (?:of|from|for) (?:the )?"
      "(\\p{Lu}[\\p{L}'’.-]*(?:[ \\n](?:\\p{Lu}[\\p{L}'’.-]*|of|the|and|de|du|d’|d'))*)",
      Opts()};
  RE2 summary_role{
      "(?:(?:In reply|Responding|Replying|In response|Summing up|Concluding)[^,.\\n]{0,40}, )?"
      "[Tt]he (Chair|Chairman|Chairperson|Chairwoman|Acting Chair|Vice-Chair|President|"
      "Moderator|Facilitator|Secretary-General|Deputy Secretary-General|Secretariat|"
      "secretariat|Legal Adviser|Executive Secretary|Rapporteur|Director of the "
      "\\p{Lu}[\\p{L} -]{0,60}?(?:Bureau|Office|Division))",
      Opts()};
  RE2 summary_person{
      "((?:Mr|Mrs|Ms|Miss|Dr)\\.? \\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}) "
      "\\(([^()\\n]{2,60})\\)(?: \\([^()\\n]{2,60}\\))?",
      Opts()};
  RE2 reporting_verb{
      "\\b(?:said|stated|noted|proposed|suggested|expressed|asked|welcomed|supported|opposed|"
      "recalled|emphasi[sz]ed|stressed|pointed out|believed|considered|indicated|explained|"
      "agreed|disagreed|requested|urged|called|reiterated|underlined|questioned|objected|"
      "recommended|informed|added|remarked|observed|announced|thanked|drew attention|"
      "highlighted|acknowledged|wondered|felt|shared|echoed|endorsed|reserved|associated|"
      "introduced|presented|replied|responded|clarified|wished|preferred|insisted|"
      "maintained|rejected|favou?red|confirmed|concurred|argued|cautioned|warned|took the "
      "floor|raised|hoped|invited|reported|described|queried|sought|would|could|did not|was|"
      "were|had|has|have)\\b",
      Opts()};
  RE2 summary_continuation{
      "(?:\\d+\\.\\s+)?(?:He|She|They|His|Her|Their|Its|It|The delegation|That delegation|"
      "The speaker|In (?:his|her|its|their) view|Moreover|Furthermore|In addition|Finally|Lastly|"
      "Also|Turning to|With regard to|Regarding)\\b",
      Opts()};
  // Press briefings: an upper-case label, or Q.
  RE2 script_label{"(\\p{Lu}[\\p{Lu}0-9 .,'’&/()\\[\\]\\\\-]{0,70}?):(?:[ \\t\\x{00A0}]|\\r?\\n|$)",
                   Opts()};
  RE2 clock_line{"\\d{1,2}:\\d{2} ?[AaPp]\\.? ?[Mm]\\.?(?: [A-Z]{2,4})?[ \\t]*", Opts()};
  RE2 script_q{
      "(Q|QUESTION)(?::[ \\t\\x{00A0}]*|\\.[ \\t\\x{00A0}]+|[ \\t\\x{00A0}]{2,}|\\t|\\r?\\n|$)",
      Opts()};
  // Parliaments.
  RE2 parl_speaker{"(\\p{Lu}[^\\n.–—:]{0,150}?)\\. ?(?:–|—|-{1,2}) ", Opts()};
  RE2 parl_opening{
      "(?:(?:--|–|—|\\.)[ \\t]*)?((?:Mr|Mister|Madam|Madame|Mrs|Ms)\\.? "
      "(?:President-in-Office|President|Chairman|Chair|Commissioner|Speaker)|"
      "Signor(?:a)? President[ea]|Monsieur le Président|Madame la Présidente|Herr Präsident|"
      "Frau Präsidentin|Señora? President[ea]|Senhora? President[ea]|Κύριε Πρόεδρε|"
      "Arvoisa puhemies|Herr talman|Fru talman|Mijnheer de Voorzitter|Hr\\. formand)"
      "(?:[ \\t]*[,!.:;]|[ \\t]*\\r?\\n|[ \\t]*$)",
      Opts()};
  RE2 parl_chair{
      "(?:The next item is|The debate is closed|The vote will take place|"
      "L ?['’] ?ordine del giorno reca|La discussione è chiusa|La votazione (?:si svolgerà|avrà "
      "luogo))",
      Opts()};
  // Stage directions and transcription notes, by what they say.
  RE2 note_words{
      "(?i)(?:applause|laughter|laughs|chuckles|inaudible|indiscernible|unintelligible|"
      "no english|no interpretation|no audio|gavel|pause|silence|off[ -]?mic|microphone|"
      "mic (?:off|not on)|speaking(?: in)? \\p{L}+|spoke in|speaks in|spoken in|"
      "interpretation|interpreted|crosstalk|cross talk|overlapping|audio|technical|break|recess|"
      "end of (?:session|meeting|transcript)|session ends|meeting (?:ends|adjourned)|adjourned|"
      "video|music|sic|phonetic|garbled|background noise|captioner|standing by|no sound|"
      "silence|lost connection|connection lost|\\?+|\\*+)[.!]?",
      Opts()};
  RE2 un_note_line{
      "(?:The meeting (?:rose|was called to order|was suspended|resumed|was resumed|began|ended|"
      "adjourned)|The sitting (?:was|is) (?:suspended|closed|opened|resumed)|"
      "In the absence of the President, [^\\n]{1,200}?took the Chair|"
      "The President returned to the Chair|\\p{Lu}[^\\n]{0,200}? was escorted (?:into|from) the|"
      "Address by )[^\\n]*",
      Opts()};
  // General Assembly headings before an address: "Address by Mr. Emmanuel
  // Macron, President of the French Republic". Group 1 the name, 2 the office.
  RE2 un_address{"Address by ([^,\\n]{3,80}), ([^\\n]{3,160}?)\\.?[ \\t]*(?:\\r?\\n|$)", Opts()};
  // Who presides: the cover's "President: Mr. Dang . . . . (Viet Nam)" (dot
  // leaders and line breaks between, as PDF converters leave them), and the
  // record's "In the absence of the President, Mr. X (Country),
  // Vice-President, took the Chair."
  RE2 un_presiding{
      "(?:^|\\n)[ \\t]*(?:President|Chair|Chairman|Chairperson|Chairwoman)[ \\t]*:[ \\t]*"
      "(?:\\r?\\n[ \\t]*)*(?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame|H\\.E)\\.?[ \\t]+[^\\n(]{1,80}?"
      "[ \\t.\\r\\n]*\\(([^()\\n]{2,60})\\)",
      Opts()};
  RE2 un_acting{
      "In the absence of the President, (?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame)\\.? [^()\\n]{1,80}?"
      " \\(([^()\\n]{2,60})\\), (?:a )?Vice-(?:President|Chair)",
      Opts()};
  // The chair speaking for its own country: "I shall now make a statement in
  // my capacity as the representative of Viet Nam", and its return to the
  // chair: "I now resume my functions as President of the Council".
  RE2 chair_national{
      "(?i)\\bin my (?:national )?capacity as (?:the )?(?:representative|minister[^,.\\n]{0,40}?|"
      "president|head of (?:the )?delegation|ambassador) of (?:the )?"
      "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|the|and)){0,6})",
      Opts()};
  RE2 chair_resume{"(?i)\\bresume my (?:functions|duties) as (?:the )?(?:President|Chair)", Opts()};
  // "on behalf of the Arab States"
  RE2 behalf{"(?i)\\bon behalf of (?:the )?", Opts()};
  // A speaker naming who "we" are: "we, as the United States, have to",
  // "my country, Brazil, believes", "I speak for Kenya".
  RE2 self_id{
      "\\b(?:(?:[Ww]e|[Uu]s|I),?\\s+as\\s+(?:the\\s+)?|(?:[Mm]y|[Oo]ur)\\s+(?:country|delegation|"
      "government|Government),?\\s+(?:the\\s+)?|(?:[Ww]e|I)\\s+(?:speak|am\\s+speaking|are\\s+"
      "speaking)\\s+(?:here\\s+)?(?:for|on\\s+behalf\\s+of)\\s+(?:the\\s+)?)"
      "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|of|the|and)){0,5})",
      Opts()};
  RE2 behalf_verb{
      "(?i)\\b(?:speak|speaking|spoke|speaks|floor|statement|honou?r|deliver|"
      "delivering|intervention|make|making|present|presenting)\\b",
      Opts()};
};

const Patterns& P() {
  static const Patterns* p = new Patterns();
  return *p;
}

// Matches `re` in text[begin, end) with `anchor`; fills up to n groups
// (unmatched groups get a null data()). Converts RE2's StringPiece so the
// rest of the file deals in std::string_view only.
bool Match(const RE2& re, std::string_view text, uint32_t begin, uint32_t end, RE2::Anchor anchor,
           std::string_view* groups, int n) {
  std::array<re2::StringPiece, 6> sp;
  re2::StringPiece t(text.data(), text.size());
  if (!re.Match(t, begin, end, anchor, sp.data(), n)) return false;
  for (int i = 0; i < n; ++i) groups[i] = std::string_view(sp[i].data(), sp[i].size());
  return true;
}

bool MatchAt(const RE2& re, std::string_view text, uint32_t begin, uint32_t end,
             std::string_view* groups, int n) {
  return Match(re, text, begin, end, RE2::ANCHOR_START, groups, n);
}

// The end of a line for matching: just past its newline, so patterns can
// say "label at the end of the line" with \n (RE2's $ only matches at the
// end of the whole text).
uint32_t WithNewline(std::string_view text, const Line& l) {
  uint32_t e = l.end;
  if (e < text.size() && text[e] == '\r') ++e;
  if (e < text.size() && text[e] == '\n') ++e;
  return e;
}

bool Contains(std::string_view s, const RE2& re) {
  return re.Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), RE2::UNANCHORED, nullptr, 0);
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

// A label is a speaker name if it is short and reads as a name or title:
// ">> IRAN:", ">> CHAIRMAN COMMITTEE 4:", not ">> So the question is:".
bool LooksLikeLabel(std::string_view label, const internal::EnglishWords& en) {
  label = Trim(label);
  if (label.empty() || label.size() > 80) return false;
  int words = 1;
  bool letter = false;
  for (char c : label) {
    if (c == ' ') ++words;
    if (isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
      letter = true;
  }
  if (!letter || words > 9) return false;
  if (!HasLower(label)) return true;
  // Mixed case: every word capitalised or a connector ("Markus Kummer",
  // "Delegate of Brazil").
  size_t i = 0;
  while (i < label.size()) {
    size_t j = label.find(' ', i);
    if (j == std::string_view::npos) j = label.size();
    std::string_view w = label.substr(i, j - i);
    bool ok = !w.empty() && (!HasLower(w.substr(0, 1)) || en.label_connectors.Contains(w));
    if (!ok) return false;
    i = j + 1;
  }
  return true;
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

// Runs of white space (a label wrapped over lines) as one space.
std::string Collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string_view LastWordOf(std::string_view s) {
  s = Trim(s);
  size_t sp = s.find_last_of(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
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
    std::string_view g[4];
    if (MatchAt(re.un_note_line, text, p, l.end, g, 1)) {
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
    if (!MatchAt(re.un_label, text, p, WithNewline(text, lines[last]), g, 4)) continue;
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
    for (int i = 2; i <= 3; ++i) {
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

// True if the period at text[dot] ends a title ("Mr.", "Dr.") rather than
// a sentence.
bool IsTitleAbbrev(std::string_view text, uint32_t dot, const internal::EnglishWords& en) {
  uint32_t b = dot;
  while (b > 0 && isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  std::string_view w = text.substr(b, dot - b);
  if (en.title_abbreviations.Contains(w)) return true;
  return w.size() == 1 && isupper(static_cast<unsigned char>(w[0]));  // initials: "J. Smith"
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
    const uint32_t end = SentenceEnd(text, s, en);
    std::string_view g[3];
    Cue c;
    if (MatchAt(re.summary_delegate, text, s, end, g, 3)) {
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
    } else if (MatchAt(re.summary_role, text, s, end, g, 2)) {
      c.speaker = std::string(g[0]);
      c.normalized = std::string(g[1]);
      c.normalized[0] = static_cast<char>(toupper(static_cast<unsigned char>(c.normalized[0])));
      c.role = RoleFromLabel(g[1], en);
      if (c.role.empty()) c.role = "secretariat";  // a Bureau director
      c.resolve = c.role == "secretariat";
    } else if (MatchAt(re.summary_person, text, s, end, g, 3)) {
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
    if (!MatchAt(re.summary_continuation, text, p, lines[i].end, nullptr, 0)) {
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
    if (Match(re.clock_line, text, p, l.end, RE2::ANCHOR_BOTH, nullptr, 0)) {
      out.stops.push_back(p);  // "4:28 P.M. EDT" closes the call
      continue;
    }
    Cue c;
    const uint32_t le = WithNewline(text, l);
    if (MatchAt(re.script_q, text, p, le, g, 2)) {
      c.speaker = std::string(g[1]);
      c.normalized = "Q";
      c.role = "questioner";
      c.resolve = false;
    } else if (MatchAt(re.script_label, text, p, le, g, 2) && !HasLower(g[1]) &&
               LooksLikeLabel(g[1], en)) {
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

// ---- notes, language, on behalf of -------------------------------------------

std::string LanguageOf(std::string_view note, const internal::EnglishWords& en) {
  std::string_view g[2];
  const RE2& re = P().spoke_in;
  if (!Match(re, note, 0, static_cast<uint32_t>(note.size()), RE2::UNANCHORED, g, 2)) return "";
  std::string lang(g[1]);
  std::string low = Lower(lang);
  if (en.language_non_names.Contains(low)) return low == "english" ? "English" : "";
  lang = Lower(lang);
  lang[0] = static_cast<char>(toupper(static_cast<unsigned char>(lang[0])));
  return lang;
}

// Groups named at the start of a turn's speech: "speaking on behalf of the
// Arab States", "On behalf of the African Group, I ...".
std::vector<std::string> OnBehalfOf(std::string_view text, uint32_t speech, uint32_t end,
                                    const SpeakerResolver& resolve) {
  std::vector<std::string> out;
  const Patterns& re = P();
  uint32_t window = std::min<uint32_t>(end, speech + 400);
  std::string_view g[1];
  uint32_t from = speech;
  while (from < window && Match(re.behalf, text, from, window, RE2::UNANCHORED, g, 1)) {
    uint32_t at = Off(text, g[0]);
    uint32_t name_begin = at + static_cast<uint32_t>(g[0].size());
    from = name_begin;
    // The clause before "on behalf of" must be about speaking, or the phrase
    // must open a sentence: "thank him on behalf of colleagues" is not it.
    uint32_t sb = at;
    while (sb > speech && text[sb - 1] != '.' && text[sb - 1] != '\n' && text[sb - 1] != ':') --sb;
    std::string_view before = text.substr(sb, at - sb);
    if (!Trim(before).empty() && !Contains(before, re.behalf_verb)) continue;
    uint32_t e = name_begin;
    int words = 0;
    while (e < window && text[e] != ',' && text[e] != '.' && text[e] != ';' && text[e] != ':' &&
           text[e] != '\n' && text[e] != '(') {
      if (text[e] == ' ') {
        ++words;
        std::string_view next = text.substr(e + 1, 6);
        if (words >= 8 || next.substr(0, 2) == "I " || next.substr(0, 5) == "said " ||
            next.substr(0, 3) == "we ") {
          break;
        }
      }
      ++e;
    }
    std::string_view name = Trim(text.substr(name_begin, e - name_begin));
    if (name.empty()) continue;
    std::optional<EntityRef> r;
    if (resolve) r = resolve(name);
    std::string id = r ? r->id : Slug(name);
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

Turn MakeTurn(std::string_view text, const Cue& c, uint32_t end, const SpeakerResolver& resolve,
              const internal::EnglishWords& en) {
  Turn t;
  t.span = {c.begin, end};
  t.speaker = c.speaker;
  t.normalized = c.normalized.empty() ? Normalize(c.speaker, en) : c.normalized;
  t.language = c.language;
  std::string role = c.role.empty() ? RoleFromLabel(c.speaker, en) : c.role;
  bool may_resolve = c.resolve && resolve && role != "questioner" && role != "moderator" &&
                     role != "interpreter" && role != "unknown";
  if (may_resolve) {
    std::optional<EntityRef> r;
    const std::string& label = c.entity_label.empty() ? c.speaker : c.entity_label;
    if (!label.empty()) r = resolve(label);
    if (!r && !c.fallback_label.empty()) r = resolve(c.fallback_label);
    // A chair resolves only to a state ("PRESIDENT OF KENYA" is a delegate);
    // "CHAIR OF ITU COUNCIL" does not speak for the ITU.
    if (r && role == "chair") {
      if (r->kind == "government") {
        role = "delegate";
      } else {
        r.reset();
      }
    }
    if (r) {
      t.entity = r->id;
      t.entity_kind = r->kind;
      if (role.empty()) role = r->kind == "person" ? "unknown" : "delegate";
    }
  }
  t.role = role.empty() ? "unknown" : role;
  t.notes = internal::FindNotes(text, t.span, en);
  if (t.language.empty()) {
    for (const Span& n : t.notes) {
      t.language = LanguageOf(text.substr(n.begin, n.size()), en);
      if (!t.language.empty()) break;
    }
  }
  if (t.role != "chair" && t.role != "moderator" && t.role != "questioner") {
    t.on_behalf_of = OnBehalfOf(text, c.speech, end, resolve);
  }
  return t;
}

int CountCues(std::string_view text, TurnFormat f, const internal::EnglishWords& en) {
  return static_cast<int>(Parse(text, f, en).cues.size());
}

// The government a turn's speaker names as "we" in its own words, if any.
std::optional<EntityRef> SelfIdentified(std::string_view text, const Turn& t,
                                        const SpeakerResolver& resolve) {
  const RE2& re = P().self_id;
  std::string_view g[2];
  uint32_t from = t.span.begin;
  while (from < t.span.end && Match(re, text, from, t.span.end, RE2::UNANCHORED, g, 2)) {
    from = Off(text, g[0]) + static_cast<uint32_t>(g[0].size());
    std::string_view who = g[1];
    // Drop a trailing connector the name run took: "the United States and".
    for (std::string_view w : {" and", " the", " of"}) {
      if (who.size() > w.size() && who.substr(who.size() - w.size()) == w) {
        who.remove_suffix(w.size());
      }
    }
    std::optional<EntityRef> r = resolve(who);
    if (r && r->kind == "government") return r;
  }
  return std::nullopt;
}

// Speakers whose label names no entity ("SENIOR ADMINISTRATION OFFICIAL")
// may say who they are ("we, as the United States"). In a press briefing
// the officials and the moderator all speak for the host, so one such
// self-identification, if it is the only government named so, covers them.
void InferFromSelfIdentification(std::string_view text, TurnFormat f, std::vector<Turn>* turns,
                                 const SpeakerResolver& resolve) {
  if (!resolve) return;
  std::optional<EntityRef> host;
  bool conflict = false;
  for (Turn& t : *turns) {
    if (!t.entity.empty() || (t.role != "delegate" && t.role != "unknown")) continue;
    std::optional<EntityRef> r = SelfIdentified(text, t, resolve);
    if (!r) continue;
    t.entity = r->id;
    t.entity_kind = r->kind;
    if (t.role == "unknown" && !t.speaker.empty()) t.role = "delegate";
    if (host && host->id != r->id) conflict = true;
    host = r;
  }
  if (f != TurnFormat::kScript || !host || conflict) return;
  for (Turn& t : *turns) {
    if (!t.entity.empty() || (t.role != "delegate" && t.role != "moderator")) continue;
    t.entity = host->id;
    t.entity_kind = host->kind;
  }
}

// ---- the chair ------------------------------------------------------------------

// Where the sentence holding `at` starts, not before `floor`: after a
// sentence stop, a label's colon or a line break.
uint32_t SentenceStartBefore(std::string_view text, uint32_t floor, uint32_t at,
                             const internal::EnglishWords& en) {
  uint32_t i = at;
  while (i > floor) {
    char c = text[i - 1];
    if (c == '\n' || c == ':' ||
        ((c == ' ' || c == '\t') && i >= floor + 2 &&
         (text[i - 2] == '.' || text[i - 2] == '?' || text[i - 2] == '!') &&
         !(text[i - 2] == '.' && IsTitleAbbrev(text, i - 2, en)))) {
      break;
    }
    --i;
  }
  return SkipSpaces(text, i, at);
}

// The government a name stands for. The name runs to its sentence's end at
// most: "Viet Nam. We support" is "Viet Nam".
std::optional<EntityRef> Government(const SpeakerResolver& resolve, std::string_view label) {
  std::string name = Collapse(label);
  for (size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1)) {
    if (dot + 1 == name.size() || name[dot + 1] == ' ') {
      name.resize(dot);
      break;
    }
  }
  std::optional<EntityRef> r = resolve(name);
  if (r && r->kind == "government") return r;
  return std::nullopt;
}

bool IsActingChair(std::string_view normalized) {
  return normalized.find("Acting") != std::string_view::npos ||
         normalized.find("Temporary") != std::string_view::npos ||
         normalized.find("Interim") != std::string_view::npos ||
         normalized.find("Vice-") != std::string_view::npos;
}

// Links "The President" / "The Chair" to the member presiding: the cover's
// "President: Mr. Dang ... (Viet Nam)", the record's "In the absence of the
// President, Mr. X (Country), Vice-President, took the Chair" for "The
// Acting President", or, failing both, the chair's own "in my capacity as
// the representative of Viet Nam". The role stays "chair". The part of a
// chair's turn spoken "in my capacity as the representative of X" (up to
// "I now resume my functions as President") becomes a turn of its own, a
// delegate's, for X: that is where the chair takes positions.
void ResolveChair(std::string_view text, std::vector<Turn>* turns, const SpeakerResolver& resolve,
                  const internal::EnglishWords& en) {
  if (!resolve || turns->empty()) return;
  const Patterns& re = P();
  std::string_view g[2];
  std::optional<EntityRef> president;
  if (Match(re.un_presiding, text, 0, (*turns)[0].span.begin, RE2::UNANCHORED, g, 2)) {
    president = Government(resolve, g[1]);
  }
  std::vector<std::pair<uint32_t, EntityRef>> acting;
  for (uint32_t from = 0;
       from < text.size() && Match(re.un_acting, text, from, static_cast<uint32_t>(text.size()),
                                   RE2::UNANCHORED, g, 2);) {
    from = Off(text, g[0]) + static_cast<uint32_t>(g[0].size());
    if (std::optional<EntityRef> r = Government(resolve, g[1])) acting.emplace_back(from, *r);
  }
  // The chair's national statements.
  struct National {
    size_t turn;
    uint32_t begin, end;  // the statement, from its sentence to the return to the chair
    EntityRef who;
  };
  std::vector<National> national;
  for (size_t i = 0; i < turns->size(); ++i) {
    const Turn& t = (*turns)[i];
    if (t.role != "chair") continue;
    if (!Match(re.chair_national, text, t.span.begin, t.span.end, RE2::UNANCHORED, g, 2)) continue;
    std::optional<EntityRef> who = Government(resolve, g[1]);
    if (!who) continue;
    const uint32_t at = Off(text, g[0]);
    National n{i, SentenceStartBefore(text, t.span.begin, at, en), t.span.end, *who};
    if (Match(re.chair_resume, text, at, t.span.end, RE2::UNANCHORED, g, 1)) {
      n.end = SentenceStartBefore(text, at, Off(text, g[0]), en);
    }
    national.push_back(n);
    if (!president && !IsActingChair(t.normalized)) president = *who;
  }
  for (Turn& t : *turns) {
    if (t.role != "chair" || !t.entity.empty()) continue;
    std::optional<EntityRef> who = president;
    if (IsActingChair(t.normalized)) {
      who.reset();
      for (const auto& [pos, r] : acting) {
        if (pos <= t.span.begin) who = r;
      }
    }
    if (!who) continue;
    t.entity = who->id;
    t.entity_kind = who->kind;
  }
  if (national.empty()) return;
  std::vector<Turn> out;
  size_t k = 0;
  for (size_t i = 0; i < turns->size(); ++i) {
    Turn& t = (*turns)[i];
    if (k >= national.size() || national[k].turn != i) {
      out.push_back(std::move(t));
      continue;
    }
    const National& n = national[k++];
    auto piece = [&](uint32_t b, uint32_t e, bool as_delegate) {
      e = TrimEnd(text, b, e);
      if (b >= e) return;
      Turn p = t;
      p.span = {b, e};
      p.notes = internal::FindNotes(text, p.span, en);
      if (as_delegate) {
        p.role = "delegate";
        p.entity = n.who.id;
        p.entity_kind = n.who.kind;
      }
      out.push_back(std::move(p));
    };
    // The label opens the chair's part, or the statement when it comes first.
    const uint32_t label_end = t.span.begin + static_cast<uint32_t>(t.speaker.size()) + 1;
    const bool statement_first = n.begin <= SkipSpaces(text, label_end, t.span.end);
    if (!statement_first) piece(t.span.begin, n.begin, false);
    piece(statement_first ? t.span.begin : n.begin, n.end, true);
    piece(n.end, t.span.end, false);
  }
  *turns = std::move(out);
}

// ---- page furniture ---------------------------------------------------------------

// A short line's text with digit runs as '#', letters lower-cased, spaces
// dropped: "20-00806 3/12" and "20-00806 4/12" agree.
std::string FurnitureKey(std::string_view line) {
  std::string key;
  for (char c : line) {
    if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (!IsSpace(c)) {
      key += static_cast<char>(tolower(static_cast<unsigned char>(c)));
    }
  }
  return key;
}

// Verbatim records converted to text page by page (pdftotext) keep each
// page's running head and footer as lines of their own in the middle of a
// speech: "S/PV.8700", "10/01/2020", "20-00806 3/12", "2/12". A short line
// with digits that recurs three times or more, digits aside, or a lone page
// number "n/m", is such a line; inside a turn it becomes a note, so it is
// marked as no one's words. (PDF read by caucus has none: read drops them.)
void MarkPageFurniture(std::string_view text, std::vector<Turn>* turns) {
  if (turns->empty()) return;
  const std::vector<Line> lines = SplitLines(text);
  std::unordered_map<std::string, int> count;
  std::vector<std::string> keys(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = Trim(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
    if (line.empty() || line.size() > 40) continue;
    keys[i] = FurnitureKey(line);
    if (keys[i].find('#') == std::string::npos) {
      keys[i].clear();
      continue;
    }
    ++count[keys[i]];
  }
  size_t t = 0;
  for (size_t i = 0; i < lines.size() && t < turns->size(); ++i) {
    if (keys[i].empty() || (count[keys[i]] < 3 && keys[i] != "#/#")) continue;
    const uint32_t b = SkipSpaces(text, lines[i].begin, lines[i].end);
    const uint32_t e = TrimEnd(text, b, lines[i].end);
    while (t < turns->size() && (*turns)[t].span.end < e) ++t;
    if (t >= turns->size()) break;
    Turn& turn = (*turns)[t];
    if (!turn.span.Contains({b, e}) || b == turn.span.begin) continue;
    turn.notes.push_back({b, e});
    std::sort(turn.notes.begin(), turn.notes.end(),
              [](const Span& x, const Span& y) { return x.begin < y.begin; });
  }
}

}  // namespace

// ---- public ------------------------------------------------------------------

std::string_view TurnFormatName(TurnFormat format) {
  switch (format) {
    case TurnFormat::kAuto:
      return "auto";
    case TurnFormat::kNone:
      return "none";
    case TurnFormat::kCart:
      return "cart";
    case TurnFormat::kUnVerbatim:
      return "un-verbatim";
    case TurnFormat::kSummary:
      return "summary";
    case TurnFormat::kScript:
      return "script";
    case TurnFormat::kParliament:
      return "parliament";
  }
  return "none";
}

Result<TurnFormat> ParseTurnFormat(std::string_view name) {
  for (TurnFormat f :
       {TurnFormat::kAuto, TurnFormat::kNone, TurnFormat::kCart, TurnFormat::kUnVerbatim,
        TurnFormat::kSummary, TurnFormat::kScript, TurnFormat::kParliament}) {
    if (name == TurnFormatName(f)) return f;
  }
  return Status::InvalidInput("unknown turn format \"" + std::string(name) +
                              "\" (want auto, cart, un-verbatim, summary, script, parliament or "
                              "none)");
}

namespace internal {

TurnFormat DetectTurnFormat(std::string_view text, const internal::EnglishWords& en) {
  // ">>" and UN labels are unambiguous; press-briefing labels nearly so.
  // Parliamentary openings and summary sentences also occur inside the other
  // formats, so they only win when nothing stronger is there.
  if (CountCues(text, TurnFormat::kCart, en) >= 2) return TurnFormat::kCart;
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
  if (CountCues(text, TurnFormat::kScript, en) >= 2) return TurnFormat::kScript;
  int parl = CountCues(text, TurnFormat::kParliament, en);
  int summary = CountCues(text, TurnFormat::kSummary, en);
  if (parl >= 2 && parl >= summary) return TurnFormat::kParliament;
  if (summary >= 2) return TurnFormat::kSummary;
  return TurnFormat::kNone;
}

std::vector<Turn> FindTurns(std::string_view text, const TurnOptions& options,
                            const SpeakerResolver& resolve, const internal::EnglishWords& en) {
  std::vector<Turn> turns;
  if (text.size() >= UINT32_MAX) return turns;
  TurnFormat f = options.format == TurnFormat::kAuto ? DetectTurnFormat(text, en) : options.format;
  Parsed parsed = Parse(text, f, en);
  std::sort(parsed.stops.begin(), parsed.stops.end());
  const uint32_t n = static_cast<uint32_t>(text.size());
  for (size_t i = 0; i < parsed.cues.size(); ++i) {
    const Cue& c = parsed.cues[i];
    uint32_t end = n;
    if (i + 1 < parsed.cues.size())
      end = std::min(parsed.cues[i + 1].begin, parsed.cues[i + 1].boundary);
    auto stop = std::upper_bound(parsed.stops.begin(), parsed.stops.end(), c.speech);
    if (stop != parsed.stops.end() && *stop < end) end = *stop;
    end = TrimEnd(text, c.begin, end);
    turns.push_back(MakeTurn(text, c, end, resolve, en));
  }
  if (f == TurnFormat::kUnVerbatim) {
    ResolveChair(text, &turns, resolve, en);
    MarkPageFurniture(text, &turns);
  }
  InferFromSelfIdentification(text, f, &turns, resolve);
  return turns;
}

std::vector<Span> FindNotes(std::string_view text, Span span, const internal::EnglishWords& en) {
  std::vector<Span> notes;
  const Patterns& re = P();
  span.end = std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
  for (uint32_t i = span.begin; i < span.end; ++i) {
    char open = text[i];
    if (open != '(' && open != '[') continue;
    char close = open == '(' ? ')' : ']';
    uint32_t limit = std::min<uint32_t>(span.end, i + 121);
    uint32_t j = i + 1;
    while (j < limit && text[j] != close && text[j] != open && text[j] != '\n') ++j;
    if (j >= limit || text[j] != close) continue;
    std::string_view inner = Trim(text.substr(i + 1, j - i - 1));
    // Markdown escapes a bracket as "\[" ... "\]".
    if (!inner.empty() && inner.back() == '\\') inner = Trim(inner.substr(0, inner.size() - 1));
    uint32_t b = i > span.begin && text[i - 1] == '\\' ? i - 1 : i;
    if (!inner.empty() && Match(re.note_words, inner, 0, static_cast<uint32_t>(inner.size()),
                                RE2::ANCHOR_BOTH, nullptr, 0)) {
      notes.push_back({b, j + 1});
    } else if (!inner.empty() && LanguageOf(inner, en).size() > 0 &&
               MatchAt(re.spoke_in, inner, 0, static_cast<uint32_t>(inner.size()), nullptr, 0)) {
      notes.push_back({b, j + 1});
    }
    i = j;
  }
  // Whole-line notes in verbatim records: "The meeting rose at 1.05 p.m."
  // Only the span's own lines are split, so a document costs linear time.
  uint32_t from = span.begin;
  while (from > 0 && text[from - 1] != '\n') --from;
  for (const Line& line : SplitLines(text.substr(from, span.end - from))) {
    Line l{line.begin + from, line.end + from};
    uint32_t p = SkipSpaces(text, std::max(l.begin, span.begin), l.end);
    std::string_view g[1];
    if (MatchAt(re.un_note_line, text, p, l.end, g, 1)) notes.push_back({p, l.end});
  }
  std::sort(notes.begin(), notes.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return notes;
}

}  // namespace internal

TurnFormat DetectTurnFormat(std::string_view text) {
  return internal::DetectTurnFormat(text, internal::ShippedEnglishWords());
}

std::vector<Turn> FindTurns(std::string_view text, const TurnOptions& options,
                            const SpeakerResolver& resolve) {
  return internal::FindTurns(text, options, resolve, internal::ShippedEnglishWords());
}

std::vector<Span> FindNotes(std::string_view text, Span span) {
  return internal::FindNotes(text, span, internal::ShippedEnglishWords());
}

bool MayHaveSpeakerLabels(std::string_view text) {
  for (std::string_view cue : {std::string_view("):"), std::string_view(">>"),
                               std::string_view("President:"), std::string_view("Chair:")}) {
    if (text.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

Status TurnWordsStatus() { return internal::ShippedEnglishWordsStatus(); }

std::optional<size_t> TurnAt(const std::vector<Turn>& turns, uint32_t offset) {
  auto it = std::upper_bound(turns.begin(), turns.end(), offset,
                             [](uint32_t o, const Turn& t) { return o < t.span.begin; });
  if (it == turns.begin()) return std::nullopt;
  --it;
  if (offset >= it->span.end) return std::nullopt;
  return static_cast<size_t>(it - turns.begin());
}

SpeakerResolver RecognizerResolver(const Recognizer& recognizer) {
  return [&recognizer](std::string_view label) -> std::optional<EntityRef> {
    static const char* const kRank[] = {"government", "group", "body", "person"};
    auto rank = [](const std::string& kind) {
      for (int i = 0; i < 4; ++i) {
        if (kind == kRank[i]) return i;
      }
      return -1;
    };
    const std::vector<Entity> found = recognizer.Find(label);
    const Entity* best = nullptr;
    for (const Entity& e : found) {
      if (rank(e.kind) < 0) continue;
      if (!best || e.span.size() > best->span.size() ||
          (e.span.size() == best->span.size() && rank(e.kind) < rank(best->kind))) {
        best = &e;
      }
    }
    if (!best) return std::nullopt;
    return EntityRef{best->id, best->kind, best->name};
  };
}

void TurnStats::Add(const std::vector<Turn>& ts) {
  ++documents;
  turns += ts.size();
  for (const Turn& t : ts) {
    if (!t.entity.empty()) {
      ++resolved;
    } else if (t.speaker.empty()) {
      ++unlabelled;
    } else if (t.role == "chair" || t.role == "moderator" || t.role == "questioner" ||
               t.role == "interpreter") {
      ++procedural;
    } else {
      ++unresolved;
    }
  }
}

}  // namespace caucus
