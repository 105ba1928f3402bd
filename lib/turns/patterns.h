// Internal: the regular expressions of the turns finder (lib/turns/), by
// format, each compiled once, when first used. Not part of the public API.
#ifndef CAUCUS_LIB_TURNS_PATTERNS_H_
#define CAUCUS_LIB_TURNS_PATTERNS_H_

#include <re2/re2.h>

#include <memory>
#include <mutex>

namespace caucus::turns {

// A pattern compiled on first use (thread-safe), then kept: a document
// that is no transcript asks for a few patterns only (the labelled formats'
// detection), and compiling all of them cost `caucus stances` 183M
// instructions at start-up, whatever it read. Converts to the RE2.
class LazyRE2 {
 public:
  explicit LazyRE2(const char* pattern) : pattern_(pattern) {}
  const RE2& get() const {
    std::call_once(once_, [this] {
      RE2::Options o;
      o.set_log_errors(false);
      re_ = std::make_unique<RE2>(pattern_, o);
    });
    return *re_;
  }
  operator const RE2&() const { return get(); }  // NOLINT: used as the RE2 it stands for

 private:
  const char* pattern_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

// The patterns, each compiled when first used; RE2 matching is thread-safe. Runs of words
// and of name characters are written with * and bounded by the code that
// reads the match (un_label, summary_role, summary_person, script_label,
// chair_national, self_id): a bounded repetition compiles one copy of its
// Unicode classes per repetition, the bulk of these patterns' compile time.
// Each such run is followed by a character it cannot hold (or ends the
// pattern), so the match takes the same words and the bound only rejects
// it or cuts it short (parts.h: SpaceRuns, FirstWords, CodePoints).
struct Patterns {
  // UN verbatim record labels: name, then up to two parentheticals, then a
  // colon. A column may wrap the label over two or three lines ("Mr. Singer
  // Weisinger (Dominican Republic)\n(spoke in Spanish):"), so a space may be
  // a line break; a country may hold parentheses ("(Venezuela (Bolivarian
  // Republic of))").
  LazyRE2 un_label{
      "((?:The(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)(?:(?:Acting|Temporary|Interim)(?:[ \\t]+|[ "
      "\\t]*\\r?\\n[ "
      "\\t]*))?(?:President|Vice-President|Chair|Chairman|Chairperson|Chairwoman|Co-Chair|"
      "Secretary-General|Deputy Secretary-General|Rapporteur))|"
      "(?:(?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame|Lord|Sheikh|Sheikha|Archbishop|Cardinal|Prince|"
      "Princess|King|Queen|President|Prime Minister|Vice-President|Minister|Ambassador|Judge|"
      "Baroness|Monsignor|Emir)\\.?[ \\t]+\\p{Lu}[\\p{L}'’.-]*((?:(?:[ \\t]+|[ \\t]*\\r?\\n[ "
      "\\t]*)(?:\\p{Lu}[\\p{L}'’.-]*|bin|ben|al|de|da|del|van|von|der|le|la|el))*)))"
      "(?:(?:[ \\t]+|[ \\t]*\\r?\\n[ "
      "\\t]*)\\(([^()]{1,80}(?:\\([^()\\n]{1,40}\\)[^()]{0,20})?)\\))?"
      "(?:(?:[ \\t]+|[ \\t]*\\r?\\n[ "
      "\\t]*)\\(([^()]{1,80}(?:\\([^()\\n]{1,40}\\)[^()]{0,20})?)\\))?:"};
  LazyRE2 spoke_in{
      "(?i)(?:spoke|speaking|speaks|spoken|interpretation|interpreted)(?:\\s+(?:in|from))?\\s+"
      "(\\p{L}+)"};
  // Summary records: "The representative of the Russian Federation proposed".
  LazyRE2 summary_delegate{
      "(?:(?:In reply|Responding|Replying|In response|Also|Further|Lastly|Finally)[^,.\\n]{0,40}, "
      ")?[Tt]he (delegates?|delegations?|representatives?|observers?|spokesperson|"
      "head of (?:the )?delegation|minister|ambassador) (?:of|from|for) (?:the )?"
      "(\\p{Lu}[\\p{L}'’.-]*(?:[ \\n](?:\\p{Lu}[\\p{L}'’.-]*|of|the|and|de|du|d’|d'))*)"};
  // A Bureau director's name runs at most 60 characters before "Bureau":
  // group 2 holds the name, and ParseSummary checks its length. Written
  // here as a shortest run of any length, because a bounded repetition of a
  // Unicode class ("[\p{L} -]{0,60}?") compiles into one copy of the class
  // per repetition, which made this pattern half of the patterns' compile
  // time. Anchored at a sentence start, the pattern can take only one path
  // to "Director of the", so the shortest run is the same either way and the
  // bound only rejects it (script_label likewise, 70 characters).
  LazyRE2 summary_role{
      "(?:(?:In reply|Responding|Replying|In response|Summing up|Concluding)[^,.\\n]{0,40}, )?"
      "[Tt]he (Chair|Chairman|Chairperson|Chairwoman|Acting Chair|Vice-Chair|President|"
      "Moderator|Facilitator|Secretary-General|Deputy Secretary-General|Secretariat|"
      "secretariat|Legal Adviser|Executive Secretary|Rapporteur|Director of the "
      "(\\p{Lu}[\\p{L} -]*?)(?:Bureau|Office|Division))"};
  LazyRE2 summary_person{
      "((?:Mr|Mrs|Ms|Miss|Dr)\\.? \\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*) "
      "\\(([^()\\n]{2,60})\\)(?: \\([^()\\n]{2,60}\\))?"};
  LazyRE2 reporting_verb{
      "\\b(?:said|stated|noted|proposed|suggested|expressed|asked|welcomed|supported|opposed|"
      "recalled|emphasi[sz]ed|stressed|pointed out|believed|considered|indicated|explained|"
      "agreed|disagreed|requested|urged|called|reiterated|underlined|questioned|objected|"
      "recommended|informed|added|remarked|observed|announced|thanked|drew attention|"
      "highlighted|acknowledged|wondered|felt|shared|echoed|endorsed|reserved|associated|"
      "introduced|presented|replied|responded|clarified|wished|preferred|insisted|"
      "maintained|rejected|favou?red|confirmed|concurred|argued|cautioned|warned|took the "
      "floor|raised|hoped|invited|reported|described|queried|sought|would|could|did not|was|"
      "were|had|has|have)\\b"};
  LazyRE2 summary_continuation{
      "(?:\\d+\\.\\s+)?(?:He|She|They|His|Her|Their|Its|It|The delegation|That delegation|"
      "The speaker|In (?:his|her|its|their) view|Moreover|Furthermore|In addition|Finally|Lastly|"
      "Also|Turning to|With regard to|Regarding)\\b"};
  // Press briefings: an upper-case label, or Q. The label (group 1) is at
  // most 71 characters, which ParseScript checks (see summary_role).
  LazyRE2 script_label{"(\\p{Lu}[\\p{Lu}0-9 .,'’&/()\\[\\]\\\\-]*?):(?:[ \\t\\x{00A0}]|\\r?\\n|$)"};
  LazyRE2 clock_line{"\\d{1,2}:\\d{2} ?[AaPp]\\.? ?[Mm]\\.?(?: [A-Z]{2,4})?[ \\t]*"};
  LazyRE2 script_q{
      "(Q|QUESTION)(?::[ \\t\\x{00A0}]*|\\.[ \\t\\x{00A0}]+|[ \\t\\x{00A0}]{2,}|\\t|\\r?\\n|$)"};
  // Parliaments.
  LazyRE2 parl_speaker{"(\\p{Lu}[^\\n.–—:]{0,150}?)\\. ?(?:–|—|-{1,2}) "};
  LazyRE2 parl_opening{
      "(?:(?:--|–|—|\\.)[ \\t]*)?((?:Mr|Mister|Madam|Madame|Mrs|Ms)\\.? "
      "(?:President-in-Office|President|Chairman|Chair|Commissioner|Speaker)|"
      "Signor(?:a)? President[ea]|Monsieur le Président|Madame la Présidente|Herr Präsident|"
      "Frau Präsidentin|Señora? President[ea]|Senhora? President[ea]|Κύριε Πρόεδρε|"
      "Arvoisa puhemies|Herr talman|Fru talman|Mijnheer de Voorzitter|Hr\\. formand)"
      "(?:[ \\t]*[,!.:;]|[ \\t]*\\r?\\n|[ \\t]*$)"};
  LazyRE2 parl_chair{
      "(?:The next item is|The debate is closed|The vote will take place|"
      "L ?['’] ?ordine del giorno reca|La discussione è chiusa|La votazione (?:si svolgerà|avrà "
      "luogo))"};
  // Stage directions and transcription notes, by what they say.
  LazyRE2 note_words{
      "(?i)(?:applause|laughter|laughs|chuckles|inaudible|indiscernible|unintelligible|"
      "no english|no interpretation|no audio|gavel|pause|silence|off[ -]?mic|microphone|"
      "mic (?:off|not on)|speaking(?: in)? \\p{L}+|spoke in|speaks in|spoken in|"
      "interpretation|interpreted|crosstalk|cross talk|overlapping|audio|technical|break|recess|"
      "end of (?:session|meeting|transcript)|session ends|meeting (?:ends|adjourned)|adjourned|"
      "video|music|sic|phonetic|garbled|background noise|captioner|standing by|no sound|"
      "silence|lost connection|connection lost|\\?+|\\*+)[.!]?"};
  LazyRE2 un_note_line{
      "(?:The meeting (?:rose|was called to order|was suspended|resumed|was resumed|began|ended|"
      "adjourned)|The sitting (?:was|is) (?:suspended|closed|opened|resumed)|"
      "In the absence of the President, [^\\n]{1,200}?took the Chair|"
      "The President returned to the Chair|\\p{Lu}[^\\n]{0,200}? was escorted (?:into|from) the|"
      "Address by )[^\\n]*"};
  // General Assembly headings before an address: "Address by Mr. Emmanuel
  // Macron, President of the French Republic". Group 1 the name, 2 the office.
  LazyRE2 un_address{"Address by ([^,\\n]{3,80}), ([^\\n]{3,160}?)\\.?[ \\t]*(?:\\r?\\n|$)"};
  // Who presides: the cover's "President: Mr. Dang . . . . (Viet Nam)" (dot
  // leaders and line breaks between, as PDF converters leave them), and the
  // record's "In the absence of the President, Mr. X (Country),
  // Vice-President, took the Chair."
  LazyRE2 un_presiding{
      "(?:^|\\n)[ \\t]*(?:President|Chair|Chairman|Chairperson|Chairwoman)[ \\t]*:[ \\t]*"
      "(?:\\r?\\n[ \\t]*)*(?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame|H\\.E)\\.?[ \\t]+[^\\n(]{1,80}?"
      "[ \\t.\\r\\n]*\\(([^()\\n]{2,60})\\)"};
  LazyRE2 un_acting{
      "In the absence of the President, (?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame)\\.? [^()\\n]{1,80}?"
      " \\(([^()\\n]{2,60})\\), (?:a )?Vice-(?:President|Chair)"};
  // The chair speaking for its own country: "I shall now make a statement in
  // my capacity as the representative of Viet Nam", and its return to the
  // chair: "I now resume my functions as President of the Council".
  LazyRE2 chair_national{
      "(?i)\\bin my (?:national )?capacity as (?:the )?(?:representative|minister[^,.\\n]{0,40}?|"
      "president|head of (?:the )?delegation|ambassador) of (?:the )?"
      "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|the|and))*)"};
  LazyRE2 chair_resume{"(?i)\\bresume my (?:functions|duties) as (?:the )?(?:President|Chair)"};
  // "on behalf of the Arab States"
  LazyRE2 behalf{"(?i)\\bon behalf of (?:the )?"};
  // A speaker naming who "we" are: "we, as the United States, have to",
  // "my country, Brazil, believes", "I speak for Kenya".
  LazyRE2 self_id{
      "\\b(?:(?:[Ww]e|[Uu]s|I),?\\s+as\\s+(?:the\\s+)?|(?:[Mm]y|[Oo]ur)\\s+(?:country|delegation|"
      "government|Government),?\\s+(?:the\\s+)?|(?:[Ww]e|I)\\s+(?:speak|am\\s+speaking|are\\s+"
      "speaking)\\s+(?:here\\s+)?(?:for|on\\s+behalf\\s+of)\\s+(?:the\\s+)?)"
      "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|of|the|and))*)"};
  LazyRE2 behalf_verb{
      "(?i)\\b(?:speak|speaking|spoke|speaks|floor|statement|honou?r|deliver|"
      "delivering|intervention|make|making|present|presenting)\\b"};
};

inline const Patterns& P() {
  static const Patterns* p = new Patterns();
  return *p;
}

}  // namespace caucus::turns

#endif  // CAUCUS_LIB_TURNS_PATTERNS_H_
