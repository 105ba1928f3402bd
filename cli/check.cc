// caucus check: CI rules over documents -> findings (human, JSONL, SARIF, GitHub).
#include "caucus/check.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "caucus/entities.h"
#include "tool.h"

namespace caucus::cli {
namespace {

int CheckMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "check",
    "CI rules over a corpus: findings with file:line:col as text, JSONL, SARIF or GitHub "
    "annotations",
    "caucus check [--rules FILE] [OPTIONS] [FILE|DIR...]\n"
    "       caucus check --init [--rules FILE]",
    "  caucus check --init                       # writes a starter caucus-rules.json\n"
    "  caucus check --rules caucus-rules.json -r docs/\n"
    "  caucus check --rules caucus-rules.json -r docs/ --format sarif > caucus.sarif\n"
    "  caucus check --rules caucus-rules.json -r docs/ --format github --fail-on warning\n"
    "  caucus check --rules caucus-rules.json -r docs/ --write-baseline baseline.jsonl "
    "--fail-on none\n"
    "  caucus check --rules caucus-rules.json -r docs/ --baseline baseline.jsonl\n"
    "The rules file format is described in docs/CHECK.md.\n"
    "Exit status: 0 no failing findings, 1 findings at or above --fail-on, 2 errors.\n",
    CheckMain,
});

// `caucus check --init`: writes the starter rules, never over a file.
int WriteStarterRules(const std::string& path) {
  std::ifstream existing(path);
  if (existing) return UsageError("check", path + ": already exists; not overwritten");
  std::ofstream f(path, std::ios::binary);
  std::string_view rules = StarterRules();
  f.write(rules.data(), static_cast<std::streamsize>(rules.size()));
  f.close();
  if (!f) return UsageError("check", path + ": cannot write");
  ReportError("check", "wrote " + path +
                           ": a starter rules file; edit it (docs/CHECK.md), then run caucus check "
                           "--rules " +
                           path + " -r DIR");
  return 0;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return !f.bad();
}

int CheckMain(const std::vector<std::string>& args) {
  CommonArgs common;
  std::string rules_path = "caucus-rules.json", format = "table", color = "auto";
  std::string fail_on = "error", baseline_path, write_baseline;
  bool init = false;
  po::options_description desc("options");
  desc.add_options()("rules", po::value<std::string>(&rules_path)->default_value(rules_path),
                     "rules file (JSON; docs/CHECK.md)")(
      "init", po::bool_switch(&init), "write a starter rules file to --rules, and exit");
  AddFormatOption(&desc, &format, "table",
                  "table (file:line:col: severity: message, for reading), jsonl, sarif, github");
  AddColorOption(&desc, &color);
  desc.add_options()("fail-on", po::value<std::string>(&fail_on)->default_value(fail_on),
                     "exit 1 on findings at or above: error, warning, suggestion, none")(
      "baseline", po::value<std::string>(&baseline_path),
      "accept the findings of an earlier run (its JSONL or SARIF output)")(
      "write-baseline", po::value<std::string>(&write_baseline),
      "write every finding of this run as JSONL to FILE");
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("check"), desc, args, &common, &code)) return code;

  if (init) return WriteStarterRules(rules_path);
  CheckReportOptions report;
  report.version = CAUCUS_VERSION;
  if (!CheckChoice("check", "--format", &format, {"table", "jsonl", "sarif", "github"},
                   {{"human", "table"}, {"text", "table"}, {"json", "jsonl"}}) ||
      !CheckChoice("check", "--fail-on", &fail_on, {"error", "warning", "suggestion", "none"}) ||
      !CheckChoice("check", "--color", &color, {"auto", "always", "never"}))
    return 2;
  ParseCheckFormat(format, &report.format);
  report.fail_none = fail_on == "none";
  if (!report.fail_none) ParseSeverity(fail_on, &report.fail_on);
  report.color = UseColor(color);
  // GitHub and SARIF want paths relative to the repository.
  char cwd[4096];
  if (getcwd(cwd, sizeof cwd)) report.cwd = cwd;
  const char* workspace = std::getenv("GITHUB_WORKSPACE");
  report.workspace = workspace && *workspace == '/' ? workspace : report.cwd;

  std::string rules_text;
  if (!ReadFile(rules_path, &rules_text)) {
    std::string why = errno == ENOENT ? "no rules file" : std::strerror(errno);
    return UsageError("check", rules_path + ": " + why +
                                   " (pass --rules FILE, or write a starter one with caucus check "
                                   "--init; the format is in docs/CHECK.md)");
  }
  // Layers the rules read are added as `caucus stances` would add them; the
  // dictionaries load only if a document lacks a layer a rule needs, or a
  // rule asks them about acronyms.
  auto annotator = MakeAnnotator(common);
  if (!annotator.ok()) return UsageError("check", annotator.status().message());
  const Annotator& a = **annotator;
  CheckOptions check_options;
  Result<std::unique_ptr<Checker>> checker = Checker::Create(rules_text, rules_path, check_options);
  if (!checker.ok()) return UsageError("check", checker.status().message());
  if ((*checker)->needs_known_acronyms()) {
    Result<const Recognizer*> rec = a.recognizer();
    if (!rec.ok()) return UsageError("check", rec.status().message());
    // Dictionary::Lookup normalises and scans; a set of the surface forms is
    // what an acronym check needs, built once.
    auto known = std::make_shared<std::unordered_set<std::string>>();
    for (const DictEntry& e : (*rec)->dictionary().entries()) {
      known->insert(e.id);
      for (const Alias& al : e.aliases) known->insert(al.text);
    }
    check_options.known_acronym = [known](std::string_view acronym) {
      return known->count(std::string(acronym)) > 0;
    };
    checker = Checker::Create(rules_text, rules_path, std::move(check_options));
    if (!checker.ok()) return UsageError("check", checker.status().message());
  }
  const uint32_t layers = ((*checker)->needs_entities() ? kEntitiesLayer : 0) |
                          ((*checker)->needs_stances() ? kStancesLayer : 0);

  std::unordered_set<std::string> baseline;
  if (!baseline_path.empty()) {
    std::string content;
    if (!ReadFile(baseline_path, &content))
      return UsageError("check", baseline_path + ": cannot read the baseline");
    Result<std::unordered_set<std::string>> b = ParseBaseline(content, baseline_path);
    if (!b.ok()) return UsageError("check", b.status().message());
    baseline = std::move(*b);
    report.baseline = &baseline;
  }
  std::ofstream baseline_out;
  if (!write_baseline.empty()) {
    baseline_out.open(write_baseline, std::ios::binary | std::ios::trunc);
    if (!baseline_out) return UsageError("check", write_baseline + ": cannot write the baseline");
  }

  FindingReporter reporter(report, (*checker)->rules());
  const Checker& c = **checker;
  RunOptions run = MakeRunOptions("check", common);
  WriteStdout(reporter.Begin());
  std::string text;
  bool bad_output = false;
  RunSummary run_summary;
  int rc = RunFilter(
      run,
      [&c, &a, layers](const Origin&, Document& doc, std::string* out) {
        Status added = a.Annotate(&doc, layers);
        if (!added.ok()) return added;
        Result<std::vector<Finding>> f = c.Check(doc);
        if (!f.ok()) return f.status();
        for (const Finding& x : *f) {
          AppendFindingJson(x, out);
          out->push_back('\n');
        }
        return Status::Ok();
      },
      &run_summary,
      [&](std::string_view chunk) {
        // Findings travel from the workers as JSONL (the baseline format).
        if (baseline_out.is_open()) baseline_out << chunk;
        text.clear();
        if (!reporter.AddJsonLines(chunk, &text).ok()) bad_output = true;
        return WriteStdout(text);
      });
  const bool output_open = WriteStdout(reporter.End()) && FlushStdout();
  if (baseline_out.is_open()) {
    baseline_out.close();
    if (!baseline_out) rc = UsageError("check", write_baseline + ": write error");
  }
  // After the output closed (`| head`) the counts depend on how far the run
  // got: no summary then.
  if (report.format == CheckFormat::kHuman && output_open && !run_summary.output_closed &&
      (reporter.total() || reporter.baselined()))
    ReportError("check", reporter.Summary());
  if (bad_output) rc = UsageError("check", "internal error: a finding could not be decoded");
  if (rc != 0) return 2;
  return reporter.failing() > 0 ? 1 : 0;
}

}  // namespace
}  // namespace caucus::cli
