// caucus mentions: one row per entity (or per turn), as JSONL, TSV or CSV.
#include "caucus/mentions.h"

#include "caucus/entities.h"
#include "caucus/segment.h"
#include "tool.h"

namespace caucus::cli {
namespace {

int MentionsMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "mentions",
    "flatten entities (or turns) to one row each: JSONL, TSV or CSV",
    "caucus mentions [OPTIONS] [FILE...]",
    "  caucus mentions report.txt\n"
    "  caucus entities -r corpus/ | caucus mentions --format tsv | mlr --itsv --opprint count -g "
    "id\n"
    "  caucus mentions --format csv corpus.jsonl > mentions.csv\n"
    "  caucus turns transcript.txt | caucus mentions --layer turns --format tsv\n",
    MentionsMain,
});

int MentionsMain(const std::vector<std::string>& args) {
  CommonArgs common;
  std::string format = "jsonl", layer = "entities";
  po::options_description desc("options");
  desc.add_options()("format", po::value<std::string>(&format)->default_value("jsonl"),
                     "jsonl, tsv or csv")(
      "layer", po::value<std::string>(&layer)->default_value("entities"), "entities or turns");
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("mentions"), desc, args, &common, &code)) return code;
  RowFormat f;
  if (format == "jsonl") {
    f = RowFormat::kJsonl;
  } else if (format == "tsv") {
    f = RowFormat::kTsv;
  } else if (format == "csv") {
    f = RowFormat::kCsv;
  } else {
    return UsageError("mentions", "unknown --format '" + format + "' (jsonl, tsv, csv)");
  }
  if (layer != "entities" && layer != "turns") {
    return UsageError("mentions", "unknown --layer '" + layer + "' (entities, turns)");
  }
  std::unique_ptr<Recognizer> recognizer;
  if (layer == "entities") {
    EntityOptions opt;
    opt.dictionaries.user_files = common.dicts;
    auto rec = Recognizer::Create(opt);
    if (!rec.ok()) return UsageError("mentions", rec.status().message());
    recognizer = std::move(*rec);
  }
  WriteStdout(layer == "entities" ? EntityRowsHeader(f) : TurnRowsHeader(f));
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
    bool computed = false;
    auto ents = EnsureEntities(doc, *recognizer, &computed);
    if (!ents.ok()) return ents.status();
    auto sents = EnsureSentences(doc, &computed);
    if (!sents.ok()) return sents.status();
    AppendEntityRows(doc, *ents, *sents, f, out);
    return Status::Ok();
  });
}

}  // namespace
}  // namespace caucus::cli
