#include "tool.h"

#include <algorithm>
#include <iostream>
#include <thread>

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
      "how to read non-JSONL files: auto, text, markdown, html")(
      "encoding", po::value<std::string>(&c->encoding),
      "source encoding of text files (default: detect)");
  if (with_dict) {
    desc->add_options()("dict", po::value<std::vector<std::string>>(&c->dicts)->composing(),
                        "add a user dictionary (JSON); repeatable");
  }
}

bool ParseToolArgs(const ToolInfo& tool, const po::options_description& desc,
                   const std::vector<std::string>& args, CommonArgs* common, int* exit_code) {
  bool help = false;
  po::options_description shown = desc;
  shown.add_options()("help,h", po::bool_switch(&help), "show this help");
  po::options_description all = shown;
  all.add_options()("input", po::value<std::vector<std::string>>(&common->inputs), "input files");
  po::positional_options_description pos;
  pos.add("input", -1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    *exit_code =
        UsageError(tool.name, std::string(e.what()) + " (see: caucus " + tool.name + " --help)");
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
  if (common->jobs == 0) common->jobs = std::max(1u, std::thread::hardware_concurrency());
  if (common->jobs < 0) {
    *exit_code = UsageError(tool.name, "--jobs must be 0 or more");
    return false;
  }
  uint64_t size = 0;
  if (!common->max_record_bytes.empty() && !ParseByteSize(common->max_record_bytes, &size)) {
    *exit_code =
        UsageError(tool.name, "--max-record-bytes takes a size such as 65536, 512M or 2G, not '" +
                                  common->max_record_bytes + "'");
    return false;
  }
  return true;
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
  return o;
}

LazyRecognizer::LazyRecognizer(const std::vector<std::string>& user_dicts) {
  options_.dictionaries.user_files = user_dicts;
}

const Recognizer* LazyRecognizer::Get() {
  std::call_once(once_, [this] {
    auto r = Recognizer::Create(options_);
    if (r.ok()) {
      recognizer_ = std::move(*r);
    } else {
      status_ = r.status();
    }
  });
  return recognizer_.get();
}

Status AddStancesAndWrite(Document* doc, LazyRecognizer* recognizer, const StanceFinder& finder,
                          std::string* out) {
  const Recognizer* rec = doc->Has("entities") ? nullptr : recognizer->Get();
  if (!doc->Has("entities") && !rec) return recognizer->status();
  Status st = AddStances(doc, rec, finder);
  if (!st.ok()) return st;
  doc->AppendJsonLine(out);
  return Status::Ok();
}

int UsageError(const std::string& tool, const std::string& message) {
  ReportError(tool, message);
  return 2;
}

}  // namespace caucus::cli
