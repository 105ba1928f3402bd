// caucus dict: list, validate, look up and export the dictionaries.
#include <iostream>
#include <set>

#include "caucus/dictionary.h"
#include "caucus/entities.h"
#include "caucus/json.h"
#include "tool.h"

namespace caucus::cli {
namespace {

int DictMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "dict",
    "list, validate, look up and export the dictionaries",
    "caucus dict list [--kind KIND] | validate [FILE...] | lookup PHRASE | explain TEXT |\n"
    "       export --phrases [--kind KIND]   (all take --dict FILE and --dir DIR)",
    "  caucus dict list --kind body | jq -r .id\n"
    "  caucus dict validate my-dictionary.json\n"
    "  caucus dict lookup \"Russian Federation\"\n"
    "  caucus dict explain \"The U.S. delegation and the ITU’s Secretary-General\"\n"
    "  caucus dict export --phrases > phrases.txt && rg -F -i -w -f phrases.txt corpus/\n",
    DictMain,
});

void EntryJson(const DictEntry& e, bool full, std::string* out) {
  JsonWriter w(out);
  w.BeginObject().Key("kind").String(e.kind).Key("id").String(e.id).Key("name").String(e.name);
  if (!e.type.empty()) w.Key("type").String(e.type);
  if (!e.status.empty()) w.Key("status").String(e.status);
  if (!e.parent.empty()) w.Key("parent").String(e.parent);
  if (!e.role.empty()) w.Key("role").String(e.role);
  if (!e.org.empty()) w.Key("org").String(e.org);
  if (!e.sector.empty()) w.Key("sector").String(e.sector);
  if (!e.country.empty()) w.Key("country").String(e.country);
  if (full) {
    w.Key("aliases").BeginArray();
    for (const Alias& a : e.aliases) {
      w.BeginObject().Key("text").String(a.text).Key("form").String(a.form);
      if (a.case_sensitive) w.Key("case_sensitive").Bool(true);
      w.EndObject();
    }
    w.EndArray();
    if (!e.members.empty()) {
      w.Key("members").BeginArray();
      for (const auto& m : e.members) w.String(m);
      w.EndArray();
    }
  } else {
    w.Key("aliases").UInt(e.aliases.size());
  }
  w.Key("source").String(e.source).Key("file").String(e.file);
  w.EndObject();
  out->push_back('\n');
}

int DictMain(const std::vector<std::string>& args) {
  std::vector<std::string> positional, dicts;
  std::string kind, dir;
  bool phrases = false, help = false;
  po::options_description desc("options");
  desc.add_options()("kind", po::value<std::string>(&kind), "only entries of this kind")(
      "dict", po::value<std::vector<std::string>>(&dicts)->composing(), "add a user dictionary")(
      "dir", po::value<std::string>(&dir), "dictionary directory (default: the shipped one)")(
      "phrases", po::bool_switch(&phrases), "export: one surface form per line")(
      "help,h", po::bool_switch(&help), "show this help");
  po::options_description all = desc;
  all.add_options()("args", po::value<std::vector<std::string>>(&positional), "");
  po::positional_options_description pos;
  pos.add("args", -1);
  const ToolInfo& tool = *FindTool("dict");
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return UsageError("dict", e.what());
  }
  if (help || positional.empty()) {
    std::cout << "caucus dict: " << tool.summary << "\n\nusage: " << tool.usage << "\n\n"
              << desc << "\nexamples:\n"
              << tool.examples;
    return help ? 0 : 2;
  }
  const std::string cmd = positional[0];
  DictionaryOptions opt;
  opt.dir = dir;
  opt.user_files = dicts;
  if (cmd == "validate") {
    for (size_t i = 1; i < positional.size(); ++i) opt.user_files.push_back(positional[i]);
  }
  auto d = Dictionary::Load(opt);
  if (!d.ok()) return UsageError("dict", d.status().message());
  std::string out;
  if (cmd == "list") {
    for (const DictEntry& e : d->entries()) {
      if (kind.empty() || e.kind == kind) EntryJson(e, false, &out);
    }
  } else if (cmd == "validate") {
    auto problems = d->Validate();
    for (const DictProblem& p : problems) {
      ReportError("dict", p.file + ":" + std::to_string(p.line) + ": " + p.message);
    }
    std::cerr << "caucus dict: " << d->entries().size() << " entries in " << d->files().size()
              << " files, " << problems.size() << " problem" << (problems.size() == 1 ? "" : "s")
              << "\n";
    return problems.empty() ? 0 : 1;
  } else if (cmd == "lookup") {
    if (positional.size() < 2) return UsageError("dict", "lookup needs a PHRASE");
    for (size_t i = 1; i < positional.size(); ++i) {
      auto found = d->Lookup(positional[i]);
      if (found.empty()) ReportError("dict", "no entry has the form \"" + positional[i] + "\"");
      for (const DictEntry* e : found) EntryJson(*e, true, &out);
    }
    if (out.empty()) return 1;
  } else if (cmd == "explain") {
    if (positional.size() < 2) return UsageError("dict", "explain needs a TEXT");
    EntityOptions eo;
    eo.dictionaries = opt;
    auto rec = Recognizer::Create(eo);
    if (!rec.ok()) return UsageError("dict", rec.status().message());
    for (size_t i = 1; i < positional.size(); ++i) {
      for (const Entity& e : (*rec)->Find(positional[i])) {
        out += "[" + std::to_string(e.span.begin) + "," + std::to_string(e.span.end) + ") \"" +
               StripControls(e.text) + "\" -> " + e.kind + " " + e.id + " (" + e.name + ") by " +
               e.form;
        if (!e.role.empty()) out += ", role " + e.role + " of " + e.org;
        const DictEntry* de = (*rec)->dictionary().Find(e.kind, e.id);
        if (de) out += "; " + de->file;
        out += "\n";
      }
    }
  } else if (cmd == "export") {
    if (!phrases) return UsageError("dict", "export needs --phrases");
    std::set<std::string> seen;
    for (const DictEntry& e : d->entries()) {
      if (e.kind == "block" || (!kind.empty() && e.kind != kind)) continue;
      for (const Alias& a : e.aliases) {
        if (a.text.find('\n') == std::string::npos && seen.insert(a.text).second) {
          out += a.text;
          out += '\n';
        }
      }
    }
  } else {
    return UsageError("dict",
                      "unknown subcommand '" + cmd + "' (list, validate, lookup, explain, export)");
  }
  WriteStdout(out);
  FlushStdout();
  return 0;
}

}  // namespace
}  // namespace caucus::cli
