// caucus entities: recognise and link governments, bodies, events,
// instruments, people, groups and topics.
#include "caucus/entities.h"

#include <algorithm>
#include <sstream>

#include "caucus/acronyms.h"
#include "caucus/front_matter.h"
#include "tool.h"

namespace caucus::cli {
namespace {

int EntitiesMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "entities",
    "recognise and link governments, bodies, events, instruments, people, groups, topics",
    "caucus entities [OPTIONS] [FILE...]",
    "  caucus entities report.txt\n"
    "  caucus segment -r corpus/ | caucus entities -j 2 > annotated.jsonl\n"
    "  caucus entities --kinds government,body statement.txt | jq -c '.entities[] | [.id, .text]'\n"
    "  caucus entities --kinds body --sectors intergovernmental,government news.txt\n"
    "  caucus entities --dict my-bodies.json minutes.txt\n",
    EntitiesMain,
});

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

int EntitiesMain(const std::vector<std::string>& args) {
  CommonArgs common;
  std::string kinds, sectors;
  bool no_people = false, no_defined = false;
  po::options_description desc("options");
  desc.add_options()("kinds", po::value<std::string>(&kinds),
                     "report only these kinds (comma-separated: government,body,event,"
                     "instrument,person,group,topic)")(
      "sectors", po::value<std::string>(&sectors),
      "report only bodies of these stakeholder sectors (comma-separated: intergovernmental,"
      "government,private-sector,civil-society,technical-community,academia); other kinds "
      "are not filtered")(
      "no-person-rules", po::bool_switch(&no_people),
      "do not find people by role patterns (dictionary people are still found)")(
      "no-defined", po::bool_switch(&no_defined),
      "do not look for acronym definitions in the text (faster); an \"acronyms\" layer "
      "in the input is still used");
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("entities"), desc, args, &common, &code)) return code;
  EntityOptions opt;
  opt.dictionaries.user_files = common.dicts;
  opt.kinds = SplitComma(kinds);
  static const char* const kKnown[] = {"government", "body",  "event", "instrument",
                                       "person",     "group", "topic"};
  for (const std::string& k : opt.kinds) {
    if (std::find(std::begin(kKnown), std::end(kKnown), k) == std::end(kKnown)) {
      return UsageError("entities", "unknown kind '" + k + "' in --kinds");
    }
  }
  opt.sectors = SplitComma(sectors);
  for (const std::string& k : opt.sectors) {
    if (!IsSector(k)) return UsageError("entities", "unknown sector '" + k + "' in --sectors");
  }
  opt.person_rules = !no_people;
  auto rec = Recognizer::Create(opt);
  if (!rec.ok()) return UsageError("entities", rec.status().message());
  const Recognizer& recognizer = **rec;
  RunOptions run = MakeRunOptions("entities", common);
  return RunFilter(run, [&](const Origin&, Document& doc, std::string* out) {
    // Acronyms defined in the document become entities there: from the
    // "acronyms" layer if present, else found in the text.
    bool have_defs = false;
    auto defs = GetAcronyms(doc, &have_defs);
    if (!defs.ok()) return defs.status();
    if (!have_defs && !no_defined) {
      *defs = FindAcronymsInBody(doc.text(), BodyStart(doc), nullptr);
      have_defs = true;
    }
    std::string layer;
    const DocContext ctx = ContextOf(doc);
    recognizer.AppendJson(doc.text(), have_defs ? &*defs : nullptr, &layer, &ctx);
    doc.SetLayer("entities", std::move(layer));
    doc.AppendJsonLine(out);
    return Status::Ok();
  });
}

}  // namespace
}  // namespace caucus::cli
