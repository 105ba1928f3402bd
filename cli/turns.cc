// caucus turns: meeting transcripts -> speaker turns (the "turns" layer).
#include "caucus/turns.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "caucus/entities.h"
#include "caucus/show.h"
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
    "  caucus turns --format table wtpf-day1.txt\n"
    "  caucus turns -r transcripts/ --jobs 2 > turns.jsonl\n"
    "  caucus turns --transcript-format un-verbatim A-68-PV12.txt | jq -c '.turns[] | [.speaker, "
    ".entity]'\n"
    "  caucus read -r corpus/ | caucus turns --summary > /dev/null\n",
    TurnsMain,
});

std::string Count(uint64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "2 documents (cart 1, un-verbatim 1), 40 turns: 18 speakers resolved,
// 2 unresolved, 5 chair or moderator, 15 without a speaker label"
std::string TurnSummary(const TurnStats& s, const std::string& by_format) {
  std::string out = Count(s.documents, "document", "documents") + " (" + by_format + "), " +
                    Count(s.turns, "turn", "turns") + ": " +
                    Count(s.resolved, "speaker resolved", "speakers resolved") + ", " +
                    std::to_string(s.unresolved) + " unresolved";
  if (s.procedural) out += ", " + std::to_string(s.procedural) + " chair, moderator or other role";
  if (s.unlabelled) out += ", " + std::to_string(s.unlabelled) + " without a speaker label";
  return out;
}

int TurnsMain(const std::vector<std::string>& args) {
  CommonArgs common;
  std::string transcript = "auto", format = "jsonl", color;
  bool summary = false;
  po::options_description desc("options");
  AddCommonOptions(&desc, &common, true);
  AddFormatOption(&desc, &format, "jsonl",
                  "jsonl (records), or table (for reading: speaker → entity and the turn's start)");
  AddColorOption(&desc, &color);
  desc.add_options()(
      "transcript-format", po::value<std::string>(&transcript)->default_value("auto"),
      "transcript format: auto (detected per document), cart, un-verbatim, summary, script, "
      "parliament, none")(
      "summary", po::bool_switch(&summary),
      "print documents, turns and speakers resolved / unresolved on stderr (always done for "
      "more than one document)");
  int code = 0;
  if (!ParseToolArgs(*FindTool("turns"), desc, args, &common, &code)) return code;
  // The transcript format was --format before --format meant the output
  // format everywhere; its values still work there.
  static const std::vector<std::string> kTranscripts = {
      "auto", "cart", "un-verbatim", "summary", "script", "parliament", "none"};
  if (format != "auto" &&
      std::find(kTranscripts.begin(), kTranscripts.end(), format) != kTranscripts.end()) {
    transcript = format;
    format = "jsonl";
  }
  if (format != "jsonl" && format != "table") {
    ReportError("turns", "invalid value '" + format +
                             "' for --format: expected jsonl, table (the transcript format is "
                             "--transcript-format: " +
                             "auto, cart, un-verbatim, summary, script, parliament, none)");
    return 2;
  }
  if (!CheckChoice("turns", "--transcript-format", &transcript, kTranscripts) ||
      !CheckChoice("turns", "--color", &color, {"auto", "always", "never"}))
    return 2;
  Result<TurnFormat> turn_format = ParseTurnFormat(transcript);
  if (!turn_format.ok()) return UsageError("turns", turn_format.status().message());
  ShowOptions show;
  show.color = UseColor(color);

  if (Status words = TurnWordsStatus(); !words.ok()) {
    ReportError("turns", words.message());
    return 2;
  }
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
        options.format = *turn_format;
        if (options.format == TurnFormat::kAuto) options.format = DetectTurnFormat(doc.text());
        std::vector<Turn> turns = FindTurns(doc.text(), options, resolve);
        if (format == "table") {
          AppendTurnView(doc, turns, show, out);
        } else {
          doc.SetLayer("turns", TurnsJson(turns));
          doc.AppendJsonLine(out);
        }
        std::lock_guard<std::mutex> lock(mu);
        stats.Add(turns);
        ++formats[std::string(TurnFormatName(options.format))];
        return Status::Ok();
      },
      &run_summary);
  // After the output closed (`| head`) the counts depend on how far the run
  // got: no summary then.
  if (!run_summary.output_closed && (summary || stats.documents > 1)) {
    std::string by_format;
    for (const auto& [name, n] : formats) {
      by_format += (by_format.empty() ? "" : ", ") + name + " " + std::to_string(n);
    }
    ReportError("turns", TurnSummary(stats, by_format));
  }
  HintTableFormat("turns", format);
  return rc;
}

}  // namespace
}  // namespace caucus::cli
