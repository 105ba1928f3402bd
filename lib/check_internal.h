// Internal to the check module: the compiled form of a rules file, shared by
// check_rules.cc (parsing) and check.cc (matching). Not installed.
#ifndef CAUCUS_LIB_CHECK_INTERNAL_H_
#define CAUCUS_LIB_CHECK_INTERNAL_H_

#include <re2/re2.h>
#include <re2/set.h>

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

// One alternative of a rule's text matcher: a literal phrase ("tokens",
// "terms", a plain "swap" key), found through the rule set's LiteralIndex, or
// an RE2 pattern ("patterns", a "regex" swap key).
struct Alternative {
  int literal = -1;         // index in RuleSet::literals, or -1 for a pattern
  std::unique_ptr<RE2> re;  // a pattern, compiled
  int set_index = -1;       // a pattern's index in RuleSet::patterns
  std::string replacement;  // substitution: the spelling to use
};

// A rule's text matcher. It matches as one RE2 of its alternatives joined by
// '|' would, scanning leftmost-first: at the leftmost position where any
// alternative matches, the first alternative in order that matches there.
struct TextMatcher {
  std::vector<Alternative> alts;
};

// The literal phrases of every rule, for finding them all in one pass over a
// document whatever their number. A literal matches as RE2 matches
// TokenPattern(phrase) (case-insensitively with ignore_case): its words in
// order with white space between them, at word boundaries where it starts or
// ends with a word character. Candidate positions come from hash tables keyed
// by the phrase's first word (case folded as RE2 folds it) or, for a phrase
// that starts with no ASCII word character, its first character; each
// candidate is then matched in place as RE2 would match it (one RE2 per
// phrase took hundreds of MB for 10^5 phrases).
class LiteralIndex {
 public:
  LiteralIndex();
  ~LiteralIndex();
  LiteralIndex(LiteralIndex&&) noexcept;
  LiteralIndex& operator=(LiteralIndex&&) noexcept;

  // Adds the literal (the same phrase and case twice is one literal);
  // returns its index, or -1 if it has no words (it would match empty text).
  int Add(std::string_view phrase, bool ignore_case);
  size_t size() const;
  // The end of literal i's match at text[at], or npos.
  size_t MatchAt(size_t i, std::string_view text, size_t at) const;

  // Every match of every literal in text: (literal, span), in no order.
  // Thread-safe.
  void FindAll(std::string_view text, std::vector<std::pair<uint32_t, Span>>* out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The RE2 pattern of a literal phrase: \b where it starts or ends with a word
// character, \s+ between its words.
std::string TokenPattern(std::string_view token);

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
  LiteralIndex literals;                       // the literals of every rule's text matcher
  // Which (rule, alternative) use each literal.
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> literal_users;
  // Every pattern alternative of every rule, to find in one pass the ones
  // that match somewhere in a document; null if it could not be built.
  std::unique_ptr<RE2::Set> patterns;
  size_t pattern_count = 0;  // patterns added to it
};

// The text matches of every rule in one document: literals found in one
// pass, patterns tried only where RuleSet::patterns says they match.
class TextMatches {
 public:
  TextMatches(const RuleSet& set, std::string_view text);
  // Rule r's matches, in text order, as its matcher's leftmost-first scan
  // finds them: (span, alternative). Empty matches are skipped.
  void ForRule(size_t r, std::vector<std::pair<Span, size_t>>* out) const;

 private:
  struct LiteralHit {
    uint32_t rule, alt;
    Span span;
  };
  const RuleSet& set_;
  std::string_view text_;
  std::vector<LiteralHit> hits_;     // sorted by rule, then span
  std::vector<bool> pattern_found_;  // by RuleSet::patterns index; empty: all may match
};

// Parses and compiles a rules file; errors name rules_name:line.
Result<RuleSet> ParseRules(std::string_view text, std::string_view rules_name);

}  // namespace caucus::check_internal

#endif  // CAUCUS_LIB_CHECK_INTERNAL_H_
