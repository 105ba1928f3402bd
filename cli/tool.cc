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
                      "read directories recursively")("strict", po::bool_switch(&c->strict),
                                                      "stop at the first bad record")(
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
  return true;
}

RunOptions MakeRunOptions(const std::string& tool, const CommonArgs& c) {
  RunOptions o;
  o.tool = tool;
  o.inputs = c.inputs;
  o.recursive = c.recursive;
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
  // Without an entities layer the recognizer finds them; with one, it is
  // still needed for a document with a header, whose names the layer leaves
  // out (the header may say who speaks).
  const bool need = !doc->Has("entities") || ContextOf(*doc).body_begin > 0;
  const Recognizer* rec = need ? recognizer->Get() : nullptr;
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
