// caucus turns: meeting transcripts -> speaker turns (the "turns" layer).
#include "caucus/turns.h"

#include <map>
#include <mutex>

#include "caucus/entities.h"
#include "tool.h"

namespace caucus::cli {
namespace {

int TurnsMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "turns",
    "meeting transcripts -> speaker turns (>> IRAN:, Mr. Levitte (France):, The delegate of "
    "Brazil said), speaker -> government",
    "caucus turns [OPTIONS] [FILE|DIR...]",
    "  caucus turns wtpf-day1.txt\n"
    "  caucus turns -r transcripts/ --jobs 2 > turns.jsonl\n"
    "  caucus turns --format un-verbatim A-68-PV12.txt | jq -c '.turns[] | [.speaker, .entity]'\n"
    "  caucus read -r corpus/ | caucus turns --summary > /dev/null\n",
    TurnsMain,
});

int TurnsMain(const std::vector<std::string>& args) {
  CommonArgs common;
  std::string format_name;
  bool summary = false;
  po::options_description desc("options");
  AddCommonOptions(&desc, &common, true);
  desc.add_options()(
      "format", po::value<std::string>(&format_name)->default_value("auto"),
      "transcript format: auto (detected per document), cart, un-verbatim, summary, script, "
      "parliament, none")(
      "summary", po::bool_switch(&summary),
      "print documents, turns and speakers resolved / unresolved on stderr (always done for "
      "more than one document)");
  int code = 0;
  if (!ParseToolArgs(*FindTool("turns"), desc, args, &common, &code)) return code;
  Result<TurnFormat> format = ParseTurnFormat(format_name);
  if (!format.ok()) return UsageError("turns", format.status().message());

  EntityOptions entity_options;
  entity_options.dictionaries.user_files = common.dicts;
  Result<std::unique_ptr<Recognizer>> recognizer = Recognizer::Create(entity_options);
  if (!recognizer.ok()) {
    ReportError("turns", recognizer.status().message());
    return 2;
  }
  const SpeakerResolver resolve = RecognizerResolver(**recognizer);

  std::mutex mu;
  TurnStats stats;
  std::map<std::string, uint64_t> formats;  // detected format -> documents
  RunOptions run = MakeRunOptions("turns", common);
  RunSummary run_summary;
  int rc = RunFilter(
      run,
      [&](const Origin&, Document& doc, std::string* out) {
        TurnOptions options;
        options.format = *format;
        if (options.format == TurnFormat::kAuto) options.format = DetectTurnFormat(doc.text());
        std::vector<Turn> turns = FindTurns(doc.text(), options, resolve);
        doc.SetLayer("turns", TurnsJson(turns));
        doc.AppendJsonLine(out);
        std::lock_guard<std::mutex> lock(mu);
        stats.Add(turns);
        ++formats[std::string(TurnFormatName(options.format))];
        return Status::Ok();
      },
      &run_summary);
  if (summary || stats.documents > 1) {
    std::string by_format;
    for (const auto& [name, n] : formats) {
      by_format += (by_format.empty() ? "" : ", ") + name + " " + std::to_string(n);
    }
    ReportError("turns", std::to_string(stats.documents) +
                             (stats.documents == 1 ? " document (" : " documents (") + by_format +
                             "), " + std::to_string(stats.turns) + " turns, speakers " +
                             std::to_string(stats.resolved) + " resolved / " +
                             std::to_string(stats.unresolved) + " unresolved");
  }
  return rc;
}

}  // namespace
}  // namespace caucus::cli
