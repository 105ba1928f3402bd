// The entity dictionaries (dictionaries/*.json; format in dictionaries/README.md).
//
//   Result<Dictionary> d = Dictionary::Load(options);
//   const DictEntry* e = d->Find("government", "RUS");
//
// A Dictionary is immutable after Load and safe to share between threads.
#ifndef CAUCUS_DICTIONARY_H_
#define CAUCUS_DICTIONARY_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "caucus/status.h"

namespace caucus {

// One surface form of an entry, with the context rules that guard it.
struct Alias {
  std::string text;
  std::string form;             // "name", "alias", "demonym", "local" (UN-language name)
  bool case_sensitive = false;  // automatic for aliases with no lowercase letter
  bool weak = false;            // low-confidence form ("America", "Congo")
  bool variant = false;         // a known misspelling or variant ("Internet Corporation for
                                // Assigned Numbers and Names"): form "variant", a lower score
  bool people = false;          // a plural noun for the people ("Cubans"), from "people"
  bool not_next_capitalized = false;
  // Reject when the word just before, not the first of its sentence, starts
  // with a capital: "the Transitional Council" is a name the dictionary does
  // not know, not the bare "Council" of the EU.
  bool not_prev_capitalized = false;
  std::vector<std::string> not_next;  // lower-cased words that veto the match when next
  std::vector<std::string> not_prev;  // ... when previous
  // Ids of which one must be found elsewhere in the document ("Commission"
  // needs "EU" or "European Commission"); empty: no such condition.
  std::vector<std::string> requires_ids;
};

struct DictEntry {
  std::string kind;  // government, body, event, instrument, person, group, topic, block
  std::string id;
  std::string name;
  std::string type;    // free classification: "un-agency", "rir", "bloc", "stakeholder-group", ...
  std::string status;  // governments: un-member, observer, territory, ...
  std::string parent;  // parent body id
  std::string role;    // people: "Secretary-General"
  std::string org;     // people: body id the role belongs to
  std::string source;  // where the entry comes from
  std::string file;    // dictionary file it was loaded from
  // Bodies: the stakeholder sector (intergovernmental, government,
  // private-sector, civil-society, technical-community, academia) and, for a
  // national body, its country (ISO 3166-1 alpha-3).
  std::string sector;
  std::string country;
  // ISO 8601 dates ("YYYY", "YYYY-MM" or "YYYY-MM-DD") from "valid": when the
  // entity existed (a state's independence, a dissolved state's end). Empty: open.
  std::string valid_from;
  std::string valid_to;
  std::vector<std::string> members;  // blocs: government ids
  std::vector<Alias> aliases;        // includes the canonical name
};

// The stakeholder sectors a body may carry ("sector"), in the order the
// multistakeholder model lists them.
extern const char* const kSectors[6];
bool IsSector(std::string_view s);

// Word lists that steer the recognizer's rules, from dictionary files of
// kind "rules" (dictionaries/rules.json; a user file of that kind adds to
// them). All lower-cased.
struct EntityRules {
  // A demonym before one of these names people, not the state: "Chinese
  // citizens", "the Palestinian people".
  std::vector<std::string> people_nouns;
  // A demonym after one of these names people: "500 million Chinese", "many
  // Cubans" (numbers are recognised without a list).
  std::vector<std::string> people_before;
  // ... when the demonym is a noun: at the end, before a mark, or before
  // one of these ("500 million Chinese are online").
  std::vector<std::string> people_after;
  // "Russian-trained": a demonym joined by a hyphen to one of these words is
  // no mention of the state.
  std::vector<std::string> not_state_compounds;
  // Head nouns that refer back to the last fitting full name ("the Summit",
  // "the Forum"), each with the words that may stand for it in that name
  // ("WG" -> "working group").
  std::vector<std::pair<std::string, std::vector<std::string>>> back_references;
  // Heads that also refer back to these entity ids, whose names lack them:
  // "the Organization" is the United Nations in UN usage.
  std::vector<std::pair<std::string, std::vector<std::string>>> back_reference_ids;
};

struct DictionaryOptions {
  // Directory holding the shipped dictionaries; empty means DefaultDictDir().
  std::string dir;
  // Extra user dictionaries (--dict FILE), loaded after the shipped ones.
  std::vector<std::string> user_files;
  // Load only the shipped files whose name starts with one of these (e.g.
  // "governments"); empty means all *.json in dir.
  std::vector<std::string> only;
};

// A problem found by Validate: file, line (1-based, 0 if unknown) and message.
struct DictProblem {
  std::string file;
  int line = 0;
  std::string message;
};

class Dictionary {
 public:
  // Loads the dictionaries. Fails with "FILE:LINE: message" on unreadable
  // files, bad JSON or entries without id/name.
  static Result<Dictionary> Load(const DictionaryOptions& options);

  const std::vector<DictEntry>& entries() const { return entries_; }
  const DictEntry* Find(std::string_view kind, std::string_view id) const;
  // Entries (of any kind) with this id.
  std::vector<const DictEntry*> FindId(std::string_view id) const;
  // Entries that have `phrase` as a surface form (normalised as the matcher does).
  std::vector<const DictEntry*> Lookup(std::string_view phrase) const;
  // Duplicate ids within a kind, aliases claimed by two entries, empty aliases.
  std::vector<DictProblem> Validate() const;
  const std::vector<std::string>& files() const { return files_; }
  const EntityRules& rules() const { return rules_; }

 private:
  std::vector<DictEntry> entries_;
  EntityRules rules_;
  std::vector<std::string> files_;
  std::unordered_map<std::string, std::vector<size_t>> by_id_;
};

// Where the shipped dictionaries are: $CAUCUS_DICT_DIR, else
// <exe dir>/share/caucus (build tree), else <exe dir>/../share/caucus
// (installed tree), else the source tree's dictionaries/ (compiled in).
std::string DefaultDictDir();

// Normalises a phrase the way the matcher compares text: case folded (unless
// case_sensitive), typographic quotes and dashes folded to ASCII, whitespace
// runs to one space, a leading "the " removed.
std::string NormalizePhrase(std::string_view phrase, bool case_sensitive);

}  // namespace caucus

#endif  // CAUCUS_DICTIONARY_H_
