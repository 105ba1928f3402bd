// Internal to the check module: the compiled form of a rules file, shared by
// check_rules.cc (parsing) and check.cc (matching). Not installed.
#ifndef CAUCUS_LIB_CHECK_INTERNAL_H_
#define CAUCUS_LIB_CHECK_INTERNAL_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "caucus/check.h"

namespace caucus::check_internal {

enum class RuleType {
  kExistence,
  kSubstitution,
  kOccurrence,
  kAcronym,
  kUnknownBody,
  kEntityForm,
  kStance
};

// Regions of a document a rule can ignore.
enum IgnoreBits : uint8_t { kIgnoreCode = 1, kIgnoreUrls = 2, kIgnoreLinks = 4 };

struct EntitySelector {
  std::string kind;  // empty: any
  std::string id;    // empty: any
  bool Matches(const Entity& e) const {
    return (kind.empty() || kind == e.kind) && (id.empty() || id == e.id);
  }
};

// A text matcher built from literal tokens and RE2 patterns: one combined
// RE2 finds the matches, then each alternative is tried anchored to tell
// which one matched (needed by substitution to pick the replacement).
struct TextMatcher {
  std::unique_ptr<RE2> any;                   // null if there is nothing to match
  std::vector<std::unique_ptr<RE2>> entries;  // anchored, one per alternative
  std::vector<std::string> replacements;      // substitution: parallel to entries
};

struct Rule {
  RuleInfo info;
  RuleType type = RuleType::kExistence;
  std::string message;  // template with {match} {expected} {count} {limit} ...
  uint8_t ignore = kIgnoreCode | kIgnoreUrls;

  TextMatcher matcher;
  std::vector<EntitySelector> entities;  // existence / occurrence

  // substitution "terms": preferred spellings matched case-insensitively.
  std::vector<std::string> terms;

  // occurrence
  int64_t min = -1;
  int64_t max = -1;

  // acronym / unknown-body
  std::unordered_set<std::string> exceptions;
  uint32_t min_length = 2;
  uint32_t max_length = 10;

  // entity-form: entity id -> the one allowed spelling; kind filter.
  std::map<std::string, std::string> require;
  std::string kind;
  std::unordered_set<std::string> allow;         // extra allowed spellings
  std::unordered_set<std::string> ignore_forms;  // entity forms not checked
};

struct RuleSet {
  std::vector<Rule> rules;
  std::unordered_set<std::string> well_known;  // acronyms that need no definition
};

// Parses and compiles a rules file; errors name rules_name:line.
Result<RuleSet> ParseRules(std::string_view text, std::string_view rules_name);

}  // namespace caucus::check_internal

#endif  // CAUCUS_LIB_CHECK_INTERNAL_H_
