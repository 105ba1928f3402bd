// caucus entities: recognise and link governments, bodies, events,
// instruments, people, groups and topics.
#include "caucus/entities.h"

#include "caucus/large_pages.h"
#include "caucus/segment.h"
#include "caucus/show.h"
#include "tool.h"

namespace caucus::cli {
namespace {

int EntitiesMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "entities",
    "recognise and link governments, bodies, events, instruments, people, groups, topics",
    "caucus entities [OPTIONS] [FILE...]",
    "  caucus entities report.txt\n"
    "  caucus entities --format table speech.txt\n"
    "  caucus segment -r corpus/ | caucus entities -j 2 > annotated.jsonl\n"
    "  caucus entities --kinds government,body statement.txt | jq -c '.entities[] | [.id, .text]'\n"
    "  caucus entities --kinds body --sectors intergovernmental,government news.txt\n"
    "  caucus entities --dict my-bodies.json minutes.txt\n",
    EntitiesMain,
});

int EntitiesMain(const std::vector<std::string>& args) {
  CommonArgs common;
  std::string kinds, sectors, format = "jsonl", color;
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
  AddFormatOption(&desc, &format, "jsonl",
                  "jsonl (records), or table (for reading: file:line:col and the sentence)");
  AddColorOption(&desc, &color);
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("entities"), desc, args, &common, &code)) return code;
  EntityOptions opt;
  opt.dictionaries.user_files = common.dicts;
  opt.kinds = SplitComma(kinds);
  static const std::vector<std::string> kSectorNames(std::begin(kSectors), std::end(kSectors));
  opt.sectors = SplitComma(sectors);
  if (!CheckChoices("entities", "--kinds", opt.kinds, EntityKinds()) ||
      !CheckChoices("entities", "--sectors", opt.sectors, kSectorNames) ||
      !CheckChoice("entities", "--format", &format, {"jsonl", "table"}) ||
      !CheckChoice("entities", "--color", &color, {"auto", "always", "never"}))
    return 2;
  ShowOptions show;
  show.color = UseColor(color);
  const bool table = format == "table";
  opt.person_rules = !no_people;
  // The dictionary index is about 10 MB of fresh memory: in 2 MB pages, not
  // 2,600 faults of 4 KB pages (30 ms of a short run on the bench machine).
  UseLargePageHeap();
  auto rec = Recognizer::Create(opt);
  if (!rec.ok()) return UsageError("entities", rec.status().message());
  const Recognizer& recognizer = **rec;
  RunOptions run = MakeRunOptions("entities", common);
  int rc = RunFilter(run, [&](const Origin&, Document& doc, std::string* out) {
    if (table) {
      auto entities = ComputeEntities(doc, recognizer, !no_defined);
      if (!entities.ok()) return entities.status();
      bool computed = false;
      auto sentences = EnsureSentences(doc, &computed);
      if (!sentences.ok()) return sentences.status();
      AppendEntityView(doc, *entities, *sentences, show, out);
      return Status::Ok();
    }
    return AppendWithEntities(&doc, recognizer, !no_defined, out);
  });
  HintTableFormat("entities", format);
  return rc;
}

}  // namespace
}  // namespace caucus::cli
