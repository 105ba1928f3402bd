// CI checks over documents: a JSON rules file (docs/CHECK.md) compiled into a
// Checker, findings with file:line:col and a stable fingerprint, and writers
// for human text, JSONL, SARIF 2.1.0 and GitHub Actions annotations.
//
//   Result<std::unique_ptr<Checker>> c = Checker::Create(rules_text, "rules.json", {});
//   Result<std::vector<Finding>> f = (*c)->Check(doc);           // thread-safe
//
//   FindingReporter rep(report_options, (*c)->rules());
//   out += rep.Begin(); rep.Add(finding, &out); out += rep.End();
//
// The checker never reads files: rules arrive as text, and the layers rules
// read (entities, stances) come from the document or from the providers in
// CheckOptions, so the caller decides how they are computed (the CLI adds them
// with the Annotator, as `caucus stances` would) and the tests can feed them
// directly. Acronym definitions come from the document's "acronyms" layer,
// else from FindAcronymDefinitions, the finder `caucus acronyms` uses.
#ifndef CAUCUS_CHECK_H_
#define CAUCUS_CHECK_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "caucus/record.h"
#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

// Ordered: a finding fails the run when its severity >= the --fail-on level.
enum class Severity : uint8_t { kSuggestion = 0, kWarning = 1, kError = 2 };

std::string_view SeverityName(Severity s);  // "suggestion", "warning", "error"
bool ParseSeverity(std::string_view name, Severity* out);

// One rule as the rules file declares it, for listings (SARIF tool.driver.rules).
struct RuleInfo {
  std::string id;
  std::string
      type;  // existence, substitution, occurrence, acronym, unknown-body, entity-form, stance
  Severity severity = Severity::kWarning;
  std::string description;  // the rule's "description", or one derived from its type
};

struct Finding {
  std::string rule;
  Severity severity = Severity::kWarning;
  std::string message;
  std::string file;  // meta.path of the document, else its id
  std::string doc;   // document id
  // 1-based; columns count code points. end_line/end_column point just past
  // the last character (SARIF's convention).
  uint32_t line = 1, column = 1, end_line = 1, end_column = 1;
  Span span;          // bytes of the document text
  std::string match;  // the matched text ("" for whole-document findings)
  // Hash of rule, document id, match and the match's index among identical
  // matches of the rule in the document: line numbers are not part of it, so
  // edits elsewhere in the file leave it unchanged.
  std::string fingerprint;
};

// Where layers come from when the document does not carry them. Each is
// called on worker threads and must be thread-safe. An unset provider means
// "only what the document has": a document without the layer is then an
// error for entity and stance rules (never a silent pass), and acronym
// rules do without entities.
struct CheckOptions {
  std::function<Result<std::vector<Entity>>(const Document&)> entities;
  std::function<Result<std::vector<Stance>>(const Document&)> stances;
  // Whether a dictionary knows this acronym (for "unknown-body" rules).
  std::function<bool(std::string_view acronym)> known_acronym;
};

class Checker {
 public:
  // Compiles a rules file. `rules_name` is used in messages, which name the
  // line of the offending value: "rules.json:12: rule "x": bad pattern: ...".
  static Result<std::unique_ptr<Checker>> Create(std::string_view rules_json,
                                                 std::string_view rules_name, CheckOptions options);
  ~Checker();

  const std::vector<RuleInfo>& rules() const;
  // Some rule reads entities: entity rules, and acronym rules, which tell a
  // name in capitals ("IRAN") from an acronym by them.
  bool needs_entities() const;
  bool needs_stances() const;         // some rule reads stances
  bool needs_known_acronyms() const;  // some rule asks the dictionaries

  // Runs every rule over the document; findings sorted by span, then rule.
  // Fails if a layer the rules need is malformed, or missing with no
  // provider, or its provider fails. Thread-safe.
  Result<std::vector<Finding>> Check(const Document& doc) const;

 private:
  Checker();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A starter rules file for `caucus check --init`: version 1, a few rules of
// each common type, each with a "description" that says what it does and
// how to change it (JSON has no comments). Parses with Checker::Create.
std::string_view StarterRules();

// The file a document's findings are reported against: meta.path, else the id.
std::string FindingFile(const Document& doc);

// One finding as a JSON object (no newline): the JSONL output and baseline format.
void AppendFindingJson(const Finding& f, std::string* out);
Result<Finding> ParseFindingJson(std::string_view line);

// Fingerprints from a baseline file: the JSONL or SARIF output of an earlier run.
Result<std::unordered_set<std::string>> ParseBaseline(std::string_view content,
                                                      std::string_view name);

enum class CheckFormat { kHuman, kJsonl, kSarif, kGithub };
bool ParseCheckFormat(std::string_view name, CheckFormat* out);

struct CheckReportOptions {
  CheckFormat format = CheckFormat::kHuman;
  // Paths in GitHub annotations and SARIF are made relative to `workspace`
  // (an absolute directory: GITHUB_WORKSPACE, else the current directory);
  // relative input paths are taken from `cwd`. Empty: paths as they are.
  std::string workspace;
  std::string cwd;
  bool color = false;  // ANSI colours in human output
  // Findings below this level are shown but do not fail; kNone: nothing fails.
  Severity fail_on = Severity::kError;
  bool fail_none = false;
  const std::unordered_set<std::string>* baseline = nullptr;  // not owned
  std::string version;                                        // tool version for SARIF
};

// `file` relative to the absolute directory `workspace` ("docs/a.md"), with
// a relative `file` taken from `cwd` first; `file` unchanged when it is not
// inside `workspace` or `workspace` is empty. "." and ".." components are
// resolved lexically.
std::string WorkspacePath(std::string_view file, std::string_view workspace, std::string_view cwd);

// Formats findings and keeps the counts the exit status is decided on.
// Findings whose fingerprint is in the baseline are counted but do not fail:
// the baseline holds what is known and accepted. SARIF lists them with
// "baselineState": "unchanged" and an accepted external suppression (new
// findings get "baselineState": "new"), so code scanning keeps their alerts
// dismissed; the other formats leave them out. Not thread-safe.
class FindingReporter {
 public:
  FindingReporter(CheckReportOptions options, std::vector<RuleInfo> rules);
  std::string Begin();
  void Add(const Finding& f, std::string* out);
  // Add() for each finding of a JSONL chunk (AppendFindingJson lines).
  Status AddJsonLines(std::string_view chunk, std::string* out);
  std::string End();
  // Findings at or above fail_on that are not in the baseline.
  uint64_t failing() const { return failing_; }
  uint64_t total() const { return total_; }
  uint64_t baselined() const { return baselined_; }
  uint64_t count(Severity s) const { return by_severity_[static_cast<int>(s)]; }
  // "3 findings (1 error, 2 warnings, 0 suggestions), 4 in the baseline"
  std::string Summary() const;

 private:
  void AppendSarifResult(const Finding& f, bool baselined, std::string* out);

  CheckReportOptions options_;
  std::vector<RuleInfo> rules_;
  bool first_result_ = true;
  uint64_t failing_ = 0, total_ = 0, baselined_ = 0;
  uint64_t by_severity_[3] = {0, 0, 0};
};

// Escaping for GitHub workflow commands: data escapes % \r \n; property
// values also escape : and ,.
std::string GithubEscapeData(std::string_view s);
std::string GithubEscapeProperty(std::string_view s);

}  // namespace caucus

#endif  // CAUCUS_CHECK_H_
