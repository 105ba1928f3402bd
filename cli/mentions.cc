// caucus mentions: one row per entity, turn or stance, as JSONL, TSV or CSV.
#include "caucus/mentions.h"

#include "caucus/entities.h"
#include "caucus/segment.h"
#include "tool.h"

namespace caucus::cli {
namespace {

int MentionsMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "mentions",
    "flatten entities, turns or stances to one row each (with their text): JSONL, TSV or CSV",
    "caucus mentions [OPTIONS] [FILE...]",
    "  caucus mentions report.txt\n"
    "  caucus entities -r corpus/ | caucus mentions --format tsv | mlr --itsv --opprint count -g "
    "id\n"
    "  caucus mentions --format csv corpus.jsonl > mentions.csv\n"
    "  caucus turns transcript.txt | caucus mentions --layer turns --format tsv\n"
    "  caucus mentions --layer stances --format tsv speech.txt | cut -f2,5,6,8,17\n"
    "  caucus mentions --sentence-text -r corpus/ | jq -r 'select(.id == \"ITU\") | "
    ".sentence_text'\n",
    MentionsMain,
});

int MentionsMain(const std::vector<std::string>& args) {
  CommonArgs common;
  std::string format = "jsonl", layer = "entities";
  bool sentence_text = false;
  po::options_description desc("options");
  AddFormatOption(&desc, &format, "jsonl", "jsonl, tsv or csv");
  desc.add_options()("layer", po::value<std::string>(&layer)->default_value("entities"),
                     "entities, turns or stances (a missing entities or stances layer is "
                     "computed)")("sentence-text", po::bool_switch(&sentence_text),
                                  "entity rows end with sentence_text, the sentence's text");
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("mentions"), desc, args, &common, &code)) return code;
  if (!CheckChoice("mentions", "--format", &format, {"jsonl", "tsv", "csv"}) ||
      !CheckChoice("mentions", "--layer", &layer, {"entities", "turns", "stances"}))
    return 2;
  const RowFormat f = format == "tsv"   ? RowFormat::kTsv
                      : format == "csv" ? RowFormat::kCsv
                                        : RowFormat::kJsonl;
  // Missing entities and stances layers are computed as `caucus entities`
  // and `caucus stances` compute them.
  auto annotator = MakeAnnotator(common);
  if (!annotator.ok()) return UsageError("mentions", annotator.status().message());
  const Annotator& a = **annotator;
  WriteStdout(layer == "entities" ? EntityRowsHeader(f, sentence_text)
              : layer == "turns"  ? TurnRowsHeader(f)
                                  : StanceRowsHeader(f));
  RunOptions run = MakeRunOptions("mentions", common);
  return RunFilter(run, [&](const Origin&, Document& doc, std::string* out) -> Status {
    if (layer == "turns") {
      bool found = false;
      auto turns = GetTurns(doc, &found);
      if (!turns.ok()) return turns.status();
      if (!found) return Status::InvalidInput("no \"turns\" layer (run caucus turns first)");
      AppendTurnRows(doc, *turns, f, out);
      return Status::Ok();
    }
    DocumentLayers layers;
    Status s = LoadLayers(&doc, a, layer == "stances", true, &layers);
    if (!s.ok()) return s;
    if (layer == "stances") {
      AppendStanceRows(doc, layers.stances, f, out);
    } else {
      AppendEntityRows(doc, layers.entities, layers.sentences, f, out, sentence_text);
    }
    return Status::Ok();
  });
}

}  // namespace
}  // namespace caucus::cli
