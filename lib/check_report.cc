// Writing findings (human, JSONL, SARIF 2.1.0, GitHub annotations) and
// reading them back (baselines). nlohmann/json is used only to read; writing
// goes through JsonWriter, so document text is escaped in one place.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "caucus/check.h"
#include "caucus/io.h"
#include "caucus/json.h"

namespace caucus {
namespace {

using json = nlohmann::json;

constexpr char kFingerprintKey[] = "caucusFingerprint/v1";

std::string_view SarifLevel(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kSuggestion:
      return "note";
  }
  return "warning";
}

std::string_view GithubCommand(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kSuggestion:
      return "notice";
  }
  return "warning";
}

// A path as a relative URI reference: bytes outside the unreserved set and
// "/" are percent-encoded (":" too, so "a:b" is not read as a scheme).
std::string PathToUri(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  if (path.substr(0, 2) == "./") path.remove_prefix(2);
  std::string out;
  for (unsigned char c : path) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~' || c == '/') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::string Escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

// Splits a path into its components, resolving "." and ".." lexically.
std::vector<std::string> Components(std::string_view path) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    std::string_view c = path.substr(i, j - i);
    if (c == "..") {
      if (!out.empty()) out.pop_back();
    } else if (!c.empty() && c != ".") {
      out.emplace_back(c);
    }
    i = j + 1;
  }
  return out;
}

}  // namespace

std::string WorkspacePath(std::string_view file, std::string_view workspace, std::string_view cwd) {
  if (workspace.empty() || workspace[0] != '/' || file.empty()) return std::string(file);
  std::string abs = file[0] == '/' ? std::string(file) : std::string(cwd) + "/" + std::string(file);
  if (abs[0] != '/') return std::string(file);
  std::vector<std::string> f = Components(abs), w = Components(workspace);
  if (f.size() <= w.size() || !std::equal(w.begin(), w.end(), f.begin())) return std::string(file);
  std::string out;
  for (size_t i = w.size(); i < f.size(); ++i) out += (out.empty() ? "" : "/") + f[i];
  return out;
}

namespace {

std::string Plural(uint64_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

std::string GithubEscapeData(std::string_view s) { return Escape(s, false); }
std::string GithubEscapeProperty(std::string_view s) { return Escape(s, true); }

bool ParseCheckFormat(std::string_view name, CheckFormat* out) {
  if (name == "table" || name == "human" || name == "text") {
    *out = CheckFormat::kHuman;
  } else if (name == "jsonl" || name == "json") {
    *out = CheckFormat::kJsonl;
  } else if (name == "sarif") {
    *out = CheckFormat::kSarif;
  } else if (name == "github") {
    *out = CheckFormat::kGithub;
  } else {
    return false;
  }
  return true;
}

void AppendFindingJson(const Finding& f, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("rule").String(f.rule);
  w.Key("severity").String(SeverityName(f.severity));
  w.Key("message").String(f.message);
  w.Key("file").String(f.file);
  w.Key("doc").String(f.doc);
  w.Key("line").UInt(f.line);
  w.Key("column").UInt(f.column);
  w.Key("end_line").UInt(f.end_line);
  w.Key("end_column").UInt(f.end_column);
  w.Key("span").SpanValue(f.span);
  w.Key("match").String(f.match);
  w.Key("fingerprint").String(f.fingerprint);
  w.EndObject();
}

Result<Finding> ParseFindingJson(std::string_view line) {
  try {
    json j = json::parse(line.begin(), line.end());
    if (!j.is_object()) return Status::InvalidInput("a finding must be a JSON object");
    Finding f;
    auto str = [&](const char* k) {
      return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
    };
    auto num = [&](const char* k) {
      return j.contains(k) && j[k].is_number_unsigned() ? j[k].get<uint32_t>() : 0u;
    };
    f.rule = str("rule");
    if (!ParseSeverity(str("severity"), &f.severity))
      return Status::InvalidInput("finding without a valid \"severity\"");
    f.message = str("message");
    f.file = str("file");
    f.doc = str("doc");
    f.line = num("line");
    f.column = num("column");
    f.end_line = num("end_line");
    f.end_column = num("end_column");
    if (j.contains("span") && j["span"].is_array() && j["span"].size() == 2 &&
        j["span"][0].is_number_unsigned() && j["span"][1].is_number_unsigned()) {
      f.span = {j["span"][0].get<uint32_t>(), j["span"][1].get<uint32_t>()};
    }
    f.match = str("match");
    f.fingerprint = str("fingerprint");
    if (f.rule.empty() || f.fingerprint.empty())
      return Status::InvalidInput("finding without \"rule\" or \"fingerprint\"");
    return f;
  } catch (const json::exception& e) {
    return Status::InvalidInput(std::string("malformed JSON: ") + e.what());
  }
}

Result<std::unordered_set<std::string>> ParseBaseline(std::string_view content,
                                                      std::string_view name) {
  std::unordered_set<std::string> fps;
  size_t first = content.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return fps;  // an empty baseline accepts nothing
  // SARIF: one JSON object with "runs".
  if (content.find("\"runs\"") != std::string_view::npos) {
    try {
      json j = json::parse(content.begin(), content.end());
      if (j.is_object() && j.contains("runs") && j["runs"].is_array()) {
        for (const json& run : j["runs"]) {
          if (!run.is_object() || !run.contains("results") || !run["results"].is_array()) continue;
          for (const json& r : run["results"]) {
            if (r.is_object() && r.contains("partialFingerprints") &&
                r["partialFingerprints"].is_object() &&
                r["partialFingerprints"].contains(kFingerprintKey) &&
                r["partialFingerprints"][kFingerprintKey].is_string()) {
              fps.insert(r["partialFingerprints"][kFingerprintKey].get<std::string>());
            }
          }
        }
        return fps;
      }
    } catch (const json::exception&) {
      // Not one JSON document: read it as JSONL below.
    }
  }
  size_t pos = 0;
  uint64_t line_no = 0;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Result<Finding> f = ParseFindingJson(line);
    if (!f.ok()) {
      return Status::InvalidInput(std::string(name) + ":" + std::to_string(line_no) + ": " +
                                  f.status().message() +
                                  " (a baseline is the JSONL or SARIF output of caucus check)");
    }
    fps.insert(f->fingerprint);
  }
  return fps;
}

FindingReporter::FindingReporter(CheckReportOptions options, std::vector<RuleInfo> rules)
    : options_(std::move(options)), rules_(std::move(rules)) {}

std::string FindingReporter::Begin() {
  if (options_.format != CheckFormat::kSarif) return "";
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("$schema").String("https://json.schemastore.org/sarif-2.1.0.json");
  w.Key("version").String("2.1.0");
  w.Key("runs").BeginArray().BeginObject();
  w.Key("tool").BeginObject().Key("driver").BeginObject();
  w.Key("name").String("caucus");
  w.Key("version").String(options_.version);
  w.Key("informationUri").String("https://github.com/caucus/caucus/blob/main/docs/CHECK.md");
  w.Key("rules").BeginArray();
  for (const RuleInfo& r : rules_) {
    w.BeginObject();
    w.Key("id").String(r.id);
    w.Key("shortDescription").BeginObject().Key("text").String(r.description).EndObject();
    w.Key("defaultConfiguration").BeginObject().Key("level").String(SarifLevel(r.severity));
    w.EndObject();
    w.Key("properties").BeginObject().Key("type").String(r.type).EndObject();
    w.EndObject();
  }
  w.EndArray().EndObject().EndObject();
  // Columns count code points, not SARIF's default UTF-16 code units.
  w.Key("columnKind").String("unicodeCodePoints");
  if (!options_.workspace.empty()) {
    std::string root = "file://" + PathToUri(options_.workspace);
    if (root.back() != '/') root.push_back('/');
    w.Key("originalUriBaseIds").BeginObject().Key("%SRCROOT%").BeginObject();
    w.Key("uri").String(root).EndObject().EndObject();
  }
  // The writer's open containers are closed by hand in End(); results stream.
  out += ",\"results\":[";
  return out;
}

void FindingReporter::Add(const Finding& f, std::string* out) {
  const bool baselined = options_.baseline && options_.baseline->count(f.fingerprint);
  if (baselined) {
    ++baselined_;
    // Code scanning keeps a suppressed result's alert dismissed; a result
    // left out would close it, and reopen it when it comes back.
    if (options_.format == CheckFormat::kSarif) AppendSarifResult(f, true, out);
    return;
  }
  ++total_;
  ++by_severity_[static_cast<int>(f.severity)];
  if (!options_.fail_none && f.severity >= options_.fail_on) ++failing_;
  switch (options_.format) {
    case CheckFormat::kJsonl:
      AppendFindingJson(f, out);
      out->push_back('\n');
      break;
    case CheckFormat::kHuman: {
      std::string where = StripControls(f.file) + ":" + std::to_string(f.line) + ":" +
                          std::to_string(f.column) + ":";
      std::string sev(SeverityName(f.severity));
      std::string msg = StripControls(f.message);
      for (char& c : msg) {
        if (c == '\n') c = ' ';
      }
      if (options_.color) {
        const char* col = f.severity == Severity::kError     ? "\033[1;31m"
                          : f.severity == Severity::kWarning ? "\033[1;33m"
                                                             : "\033[1;36m";
        *out += "\033[1m" + where + "\033[0m " + col + sev + ":\033[0m " + msg + " \033[2m[" +
                StripControls(f.rule) + "]\033[0m\n";
      } else {
        *out += where + " " + sev + ": " + msg + " [" + StripControls(f.rule) + "]\n";
      }
      break;
    }
    case CheckFormat::kGithub:
      *out += "::";
      *out += GithubCommand(f.severity);
      *out += " file=" +
              GithubEscapeProperty(
                  StripControls(WorkspacePath(f.file, options_.workspace, options_.cwd))) +
              ",line=" + std::to_string(f.line) + ",endLine=" + std::to_string(f.end_line) +
              ",col=" + std::to_string(f.column) + ",endColumn=" + std::to_string(f.end_column) +
              ",title=" + GithubEscapeProperty(StripControls(f.rule)) +
              "::" + GithubEscapeData(StripControls(f.message) + " [" + f.rule + "]") + "\n";
      break;
    case CheckFormat::kSarif:
      AppendSarifResult(f, false, out);
      break;
  }
}

void FindingReporter::AppendSarifResult(const Finding& f, bool baselined, std::string* out) {
  if (!first_result_) out->push_back(',');
  first_result_ = false;
  size_t index = 0;
  while (index < rules_.size() && rules_[index].id != f.rule) ++index;
  const std::string path = WorkspacePath(f.file, options_.workspace, options_.cwd);
  JsonWriter w(out);
  w.BeginObject();
  w.Key("ruleId").String(f.rule);
  if (index < rules_.size()) w.Key("ruleIndex").UInt(index);
  w.Key("level").String(SarifLevel(f.severity));
  w.Key("message").BeginObject().Key("text").String(f.message).EndObject();
  w.Key("locations").BeginArray().BeginObject();
  w.Key("physicalLocation").BeginObject();
  w.Key("artifactLocation").BeginObject().Key("uri").String(PathToUri(path));
  if (!options_.workspace.empty() && path.empty() == false && path[0] != '/')
    w.Key("uriBaseId").String("%SRCROOT%");
  w.EndObject();
  w.Key("region").BeginObject();
  w.Key("startLine").UInt(f.line);
  w.Key("startColumn").UInt(f.column);
  w.Key("endLine").UInt(f.end_line);
  w.Key("endColumn").UInt(f.end_column);
  w.Key("byteOffset").UInt(f.span.begin);
  w.Key("byteLength").UInt(f.span.size());
  w.EndObject().EndObject().EndObject().EndArray();
  w.Key("partialFingerprints").BeginObject().Key(kFingerprintKey).String(f.fingerprint);
  w.EndObject();
  if (options_.baseline) w.Key("baselineState").String(baselined ? "unchanged" : "new");
  if (baselined) {
    w.Key("suppressions").BeginArray().BeginObject();
    w.Key("kind").String("external").Key("status").String("accepted");
    w.Key("justification").String("in the baseline (caucus check --baseline)");
    w.EndObject().EndArray();
  }
  w.EndObject();
  out->push_back('\n');
}

Status FindingReporter::AddJsonLines(std::string_view chunk, std::string* out) {
  Status status;
  for (size_t pos = 0; pos < chunk.size();) {
    size_t eol = chunk.find('\n', pos);
    if (eol == std::string_view::npos) eol = chunk.size();
    std::string_view line = chunk.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty()) continue;
    Result<Finding> f = ParseFindingJson(line);
    if (!f.ok()) {
      status = f.status();
      continue;
    }
    Add(*f, out);
  }
  return status;
}

std::string FindingReporter::Summary() const {
  std::string s = Plural(total_, "finding") + " (" + Plural(count(Severity::kError), "error") +
                  ", " + Plural(count(Severity::kWarning), "warning") + ", " +
                  Plural(count(Severity::kSuggestion), "suggestion") + ")";
  if (baselined_) s += ", " + std::to_string(baselined_) + " in the baseline";
  return s;
}

std::string FindingReporter::End() {
  if (options_.format != CheckFormat::kSarif) return "";
  return "]}]}\n";
}

}  // namespace caucus
