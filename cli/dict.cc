// caucus dict: list, validate, look up and export the dictionaries.
#include <algorithm>
#include <iostream>
#include <set>

#include "caucus/dictionary.h"
#include "caucus/entities.h"
#include "caucus/json.h"
#include "caucus/stances.h"
#include "tool.h"

namespace caucus::cli {
namespace {

int DictMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "dict",
    "list, validate, look up and export the dictionaries",
    "caucus dict list [--kinds KINDS] | validate [FILE...] | lookup PHRASE | explain TEXT |\n"
    "       export --phrases [--kinds KINDS] [--case sensitive|insensitive]\n"
    "       (all take --dict FILE and --dir DIR)",
    "  caucus dict list --kinds body | jq -r .id\n"
    "  caucus dict validate my-dictionary.json\n"
    "  caucus dict lookup \"Russian Federation\"\n"
    "  caucus dict explain \"The U.S. delegation and the ITU’s Secretary-General\"\n"
    "  # ripgrep with the dictionaries: acronyms (\"US\") match case-sensitively\n"
    "  caucus dict export --phrases --case sensitive > cs.txt\n"
    "  caucus dict export --phrases --case insensitive > ci.txt\n"
    "  rg -F -w -f cs.txt corpus/; rg -F -w -i -f ci.txt corpus/\n",
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
  CommonArgs common;  // positional arguments only
  std::string kinds, dir;
  std::vector<std::string> dicts;
  bool phrases = false;
  std::string case_filter;
  po::options_description desc("options");
  desc.add_options()("kinds", po::value<std::string>(&kinds),
                     "list, export: only entries of these kinds (comma-separated: government,"
                     "body,event,instrument,person,group,topic,block)")(
      "dict", po::value<std::vector<std::string>>(&dicts)->composing(), "add a user dictionary")(
      "dir", po::value<std::string>(&dir), "dictionary directory (default: the shipped one)")(
      "phrases", po::bool_switch(&phrases), "export: one surface form per line")(
      "case", po::value<std::string>(&case_filter)->default_value("all"),
      "export: only the forms that match case-sensitively (sensitive: acronyms such as \"US\"), "
      "or the others (insensitive), or all");
  po::options_description hidden;
  hidden.add_options()("kind", po::value<std::string>(&kinds), "the old name of --kinds");
  const ToolInfo& tool = *FindTool("dict");
  int code = 0;
  if (!ParseToolArgs(tool, desc, args, &common, &code, &hidden)) return code;
  const std::vector<std::string>& positional = common.inputs;
  if (positional.empty()) {
    return UsageError("dict",
                      "which subcommand? list, validate, lookup, explain or export "
                      "(see: caucus dict --help)");
  }
  std::vector<std::string> kind_list = SplitComma(kinds);
  std::vector<std::string> known = EntityKinds();
  known.push_back("block");
  if (!CheckChoices("dict", "--kinds", kind_list, known) ||
      !CheckChoice("dict", "--case", &case_filter, {"all", "sensitive", "insensitive"}))
    return 2;
  auto wanted = [&](const std::string& k) {
    return kind_list.empty() || std::find(kind_list.begin(), kind_list.end(), k) != kind_list.end();
  };
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
      if (wanted(e.kind)) EntryJson(e, false, &out);
    }
  } else if (cmd == "validate") {
    auto problems = d->Validate();
    for (const DictProblem& p : problems) {
      ReportError("dict", p.file + ":" + std::to_string(p.line) + ": " + p.message);
    }
    // The stance lexicon (cues.json, english.json and the user's cue and
    // words files): the finder refuses it at the first bad entry, named by
    // file and index ("cues.json: cues[12]: ...").
    StanceOptions so;
    so.cues_file = (dir.empty() ? DefaultDictDir() : dir) + "/cues.json";
    so.user_files = opt.user_files;
    auto finder = StanceFinder::Create(so);
    size_t count = problems.size();
    if (!finder.ok()) {
      ReportError("dict", finder.status().message());
      ++count;
    }
    std::cerr << "caucus dict: " << d->entries().size() << " entries in " << d->files().size()
              << " files, " << count << " problem" << (count == 1 ? "" : "s") << "\n";
    return count == 0 ? 0 : 1;
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
      if ((kind_list.empty() && e.kind == "block") || !wanted(e.kind)) continue;
      for (const Alias& a : e.aliases) {
        if (case_filter != "all" && a.case_sensitive != (case_filter == "sensitive")) continue;
        if (a.text.find('\n') == std::string::npos && seen.insert(a.text).second) {
          out += a.text;
          out += '\n';
        }
      }
    }
  } else {
    std::string c = cmd;
    CheckChoice("dict", "subcommand", &c, {"list", "validate", "lookup", "explain", "export"});
    return 2;
  }
  WriteStdout(out);
  FlushStdout();
  return 0;
}

}  // namespace
}  // namespace caucus::cli
