#include "tool.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <thread>
#include <typeinfo>

#include "caucus/suggest.h"

namespace caucus::cli {
namespace {
std::vector<ToolInfo>& Registry() {
  static std::vector<ToolInfo> tools;
  return tools;
}

// A byte count with an optional K, M or G suffix (powers of 1024): "512M".
bool ParseByteSize(const std::string& s, uint64_t* out) {
  size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits > 12) return false;
  uint64_t v = std::stoull(s.substr(0, digits));
  std::string unit = s.substr(digits);
  if (unit == "K" || unit == "k") {
    v <<= 10;
  } else if (unit == "M" || unit == "m") {
    v <<= 20;
  } else if (unit == "G" || unit == "g") {
    v <<= 30;
  } else if (!unit.empty()) {
    return false;
  }
  *out = v;
  return v > 0;
}

}  // namespace

Registrar::Registrar(ToolInfo info) {
  auto& r = Registry();
  r.push_back(std::move(info));
  std::sort(r.begin(), r.end(),
            [](const ToolInfo& a, const ToolInfo& b) { return a.name < b.name; });
}

const std::vector<ToolInfo>& Tools() { return Registry(); }

const ToolInfo* FindTool(const std::string& name) {
  for (const ToolInfo& t : Registry()) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

void AddCommonOptions(po::options_description* desc, CommonArgs* c, bool with_dict) {
  desc->add_options()("recursive,r", po::bool_switch(&c->recursive),
                      "read directories recursively (symbolic links to directories are not "
                      "followed)")("follow", po::bool_switch(&c->follow),
                                   "with -r: follow symbolic links to directories")(
      "max-record-bytes", po::value<std::string>(&c->max_record_bytes),
      "largest record read: one JSONL line or one plain file (K, M, G suffixes; default 1G)")(
      "strict", po::bool_switch(&c->strict), "stop at the first bad record")(
      "jobs,j", po::value<int>(&c->jobs)->default_value(1),
      "worker threads (0 = all cores); output order is kept")(
      "input-format", po::value<std::string>(&c->format)->default_value("auto"),
      "how to read non-JSONL files: auto, text, markdown, html, pdf, docx, odt")(
      "encoding", po::value<std::string>(&c->encoding),
      "source encoding of text files (default: detect)")(
      "glob", po::value<std::vector<std::string>>(&c->globs)->composing(),
      "-r reads only files matching GLOB ('*.md'; '!GLOB' excludes); repeatable")(
      "type", po::value<std::vector<std::string>>(&c->types)->composing(),
      "-r reads only files of these types: text, markdown, html, jsonl, pdf, docx, odt; "
      "repeatable");
  if (with_dict) {
    desc->add_options()("dict", po::value<std::vector<std::string>>(&c->dicts)->composing(),
                        "add a user dictionary (JSON); repeatable");
  }
}

namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& x : v) out += (out.empty() ? "" : ", ") + x;
  return out;
}

std::string DidYouMean(const std::string& word, const std::vector<std::string>& names) {
  std::string best = ClosestName(word, names);
  return best.empty() ? "" : "; did you mean '" + best + "'?";
}

// The long option names of desc, "--name".
std::vector<std::string> LongNames(const po::options_description& desc) {
  std::vector<std::string> names;
  for (const auto& o : desc.options()) {
    if (!o->long_name().empty()) names.push_back("--" + o->long_name());
  }
  return names;
}

// One wording for Boost.ProgramOptions errors.
std::string UsageMessage(const po::error& e, const po::options_description& all) {
  if (const auto* u = dynamic_cast<const po::unknown_option*>(&e)) {
    std::string name = u->get_option_name();
    return "unknown option '" + name + "'" + DidYouMean(name, LongNames(all));
  }
  if (const auto* v = dynamic_cast<const po::validation_error*>(&e)) {
    // "the argument ('abc') for option '--jobs' is invalid"
    std::string what = v->what(), value;
    size_t b = what.find("('"), end = what.find("')");
    if (b != std::string::npos && end != std::string::npos && end > b)
      value = what.substr(b + 2, end - b - 2);
    return "invalid value '" + value + "' for " + v->get_option_name();
  }
  return e.what();
}

}  // namespace

bool ParseToolArgs(const ToolInfo& tool, const po::options_description& desc,
                   const std::vector<std::string>& args, CommonArgs* common, int* exit_code,
                   const po::options_description* hidden) {
  bool help = false, version = false;
  po::options_description shown = desc;
  shown.add_options()("help,h", po::bool_switch(&help), "show this help")(
      "version", po::bool_switch(&version), "print the version and exit");
  po::options_description all = shown;
  if (hidden) all.add(*hidden);
  all.add_options()("input", po::value<std::vector<std::string>>(&common->inputs), "input files");
  po::positional_options_description pos;
  pos.add("input", -1);
  try {
    po::variables_map vm;
    po::parsed_options parsed = po::command_line_parser(args).options(all).positional(pos).run();
    po::store(parsed, vm);
    po::notify(vm);
    // Boost reads "-1" as a huge unsigned number; no count here is negative.
    for (const po::option& o : parsed.options) {
      if (o.value.empty() || o.value[0].empty() || o.value[0][0] != '-' || !vm.count(o.string_key))
        continue;
      const std::type_info& t = vm[o.string_key].value().type();
      if (t == typeid(uint64_t) || t == typeid(size_t) || t == typeid(unsigned)) {
        *exit_code = UsageError(tool.name, "invalid value '" + o.value[0] + "' for --" +
                                               o.string_key + ": expected 0 or more");
        return false;
      }
    }
  } catch (const po::error& e) {
    *exit_code =
        UsageError(tool.name, UsageMessage(e, shown) + " (see: caucus " + tool.name + " --help)");
    return false;
  }
  if (help) {
    std::cout << "caucus " << tool.name << ": " << tool.summary << "\n\nusage: " << tool.usage
              << "\n\n"
              << shown;
    if (!tool.examples.empty()) std::cout << "\nexamples:\n" << tool.examples;
    *exit_code = 0;
    return false;
  }
  if (version) {
    std::cout << "caucus " CAUCUS_VERSION "\n";
    *exit_code = 0;
    return false;
  }
  uint64_t size = 0;
  if (!common->max_record_bytes.empty() && !ParseByteSize(common->max_record_bytes, &size)) {
    *exit_code =
        UsageError(tool.name, "--max-record-bytes takes a size such as 65536, 512M or 2G, not '" +
                                  common->max_record_bytes + "'");
    return false;
  }
  if (common->jobs == 0) common->jobs = std::max(1u, std::thread::hardware_concurrency());
  if (common->jobs < 0) {
    *exit_code = UsageError(tool.name, "invalid value '" + std::to_string(common->jobs) +
                                           "' for --jobs: expected 0 (all cores) or more");
    return false;
  }
  if (!CheckChoice(tool.name, "--input-format", &common->format,
                   {"auto", "text", "markdown", "html", "pdf", "docx", "odt"})) {
    *exit_code = 2;
    return false;
  }
  std::vector<std::string> types, type_names;
  for (const std::string& t : common->types) {
    for (const std::string& one : SplitComma(t)) types.push_back(one);
  }
  for (const FileType& t : FileTypes()) type_names.push_back(t.name);
  if (!CheckChoices(tool.name, "--type", types, type_names)) {
    *exit_code = 2;
    return false;
  }
  common->types = types;
  return true;
}

const std::vector<std::string>& EntityKinds() {
  static const std::vector<std::string> kinds = {"government", "body",  "event", "instrument",
                                                 "person",     "group", "topic"};
  return kinds;
}

void AddFormatOption(po::options_description* desc, std::string* format,
                     const std::string& default_value, const std::string& help) {
  desc->add_options()("format,f", po::value<std::string>(format)->default_value(default_value),
                      help.c_str());
}

void AddColorOption(po::options_description* desc, std::string* color) {
  desc->add_options()("color", po::value<std::string>(color)->default_value("auto"),
                      "colour the table format: auto (on a terminal), always, never");
}

bool CheckChoice(const std::string& tool, const std::string& flag, std::string* value,
                 const std::vector<std::string>& choices,
                 const std::vector<std::pair<std::string, std::string>>& aliases) {
  for (const auto& [from, to] : aliases) {
    if (*value == from) *value = to;
  }
  if (std::find(choices.begin(), choices.end(), *value) != choices.end()) return true;
  ReportError(tool, "invalid value '" + *value + "' for " + flag + ": expected " + Join(choices) +
                        DidYouMean(*value, choices));
  return false;
}

bool CheckChoices(const std::string& tool, const std::string& flag,
                  const std::vector<std::string>& values, const std::vector<std::string>& choices) {
  for (std::string v : values) {
    if (!CheckChoice(tool, flag, &v, choices)) return false;
  }
  return true;
}

bool CheckRange(const std::string& tool, const std::string& flag, double value, double lo,
                double hi) {
  if (value >= lo && value <= hi) return true;
  auto num = [](double d) {
    std::ostringstream os;
    os << d;
    return os.str();
  };
  ReportError(tool, "invalid value '" + num(value) + "' for " + flag + ": expected a number from " +
                        num(lo) + " to " + num(hi));
  return false;
}

bool UseColor(const std::string& color) {
  if (color == "always") return true;
  if (color == "never") return false;
  const char* term = std::getenv("TERM");
  return isatty(1) && !std::getenv("NO_COLOR") && !(term && std::string(term) == "dumb");
}

void HintTableFormat(const std::string& tool, const std::string& format) {
  if (format == "jsonl" && isatty(1) && isatty(2)) {
    ReportError(tool, "wrote JSON Lines to a terminal; --format table shows them for reading");
  }
}

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

RunOptions MakeRunOptions(const std::string& tool, const CommonArgs& c) {
  RunOptions o;
  o.tool = tool;
  o.inputs = c.inputs;
  o.recursive = c.recursive;
  o.follow = c.follow;
  if (!c.max_record_bytes.empty()) ParseByteSize(c.max_record_bytes, &o.max_record_bytes);
  o.strict = c.strict;
  o.jobs = c.jobs;
  o.progress = true;
  o.read.format = c.format;
  o.read.encoding = c.encoding;
  o.walk_filter = FileFilter(c.globs, c.types);
  return o;
}

Result<std::unique_ptr<Annotator>> MakeAnnotator(const CommonArgs& common,
                                                 const StanceOptions& stances) {
  AnnotatorOptions options;
  options.user_files = common.dicts;
  options.stances = stances;
  return Annotator::Create(options);
}

int UsageError(const std::string& tool, const std::string& message) {
  ReportError(tool, message);
  return 2;
}

}  // namespace caucus::cli
