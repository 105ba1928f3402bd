// caucus stances: adds the "stances" layer (and the sentences and entities it
// needs, when missing).
#include "caucus/stances.h"

#include <memory>
#include <mutex>

#include "caucus/entities.h"
#include "caucus/show.h"
#include "tool.h"

namespace caucus::cli {
namespace {

int StancesMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "stances",
    "who supports, opposes or proposes what: actor, polarity, act, target, evidence",
    "caucus stances [OPTIONS] [FILE...]",
    "  caucus stances report.txt\n"
    "  caucus stances --format table speech.txt\n"
    "  caucus segment report.txt | caucus entities | caucus stances\n"
    "  caucus stances -r corpus/ | jq -c '.stances[] | [.actor.id, .polarity, .target.topic]'\n"
    "  caucus stances --dict my-cues.json --min-score 0.5 minutes.jsonl\n",
    StancesMain,
});

int StancesMain(const std::vector<std::string>& args) {
  CommonArgs common;
  StanceOptions opt;
  std::string format = "jsonl", color;
  po::options_description desc("options");
  desc.add_options()("cues", po::value<std::string>(&opt.cues_file),
                     "stance-cue lexicon (default: the shipped cues.json)")(
      "min-score", po::value<double>(&opt.min_score)->default_value(0.0),
      "drop stances scoring below this (0..1)")(
      "speaker", po::value<std::string>(&opt.speaker),
      "government or body id whose first-person speech documents are (when they declare none)");
  AddFormatOption(&desc, &format, "jsonl",
                  "jsonl (records), or table (for reading: actor → polarity/act → target and "
                  "the evidence sentence)");
  AddColorOption(&desc, &color);
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("stances"), desc, args, &common, &code)) return code;
  if (!CheckRange("stances", "--min-score", opt.min_score, 0, 1) ||
      !CheckChoice("stances", "--format", &format, {"jsonl", "table"}) ||
      !CheckChoice("stances", "--color", &color, {"auto", "always", "never"}))
    return 2;
  ShowOptions show;
  show.color = UseColor(color);
  opt.user_files = common.dicts;
  auto finder = StanceFinder::Create(opt);
  if (!finder.ok()) return UsageError("stances", finder.status().message());
  // The recognizer is built once, on first need: documents that carry an
  // entities layer never pay for the dictionaries.
  LazyRecognizer recognizer(common.dicts);
  RunOptions run = MakeRunOptions("stances", common);
  int rc = RunFilter(run, [&](const Origin&, Document& doc, std::string* out) {
    if (format != "table") return AddStancesAndWrite(&doc, &recognizer, **finder, out);
    std::string json;
    Status st = AddStancesAndWrite(&doc, &recognizer, **finder, &json);
    if (!st.ok()) return st;
    bool found = false;
    auto stances = GetStances(doc, &found);
    auto sentences = GetSentences(doc, &found);
    if (!stances.ok()) return stances.status();
    if (!sentences.ok()) return sentences.status();
    AppendStanceView(doc, *stances, *sentences, show, out);
    return Status::Ok();
  });
  HintTableFormat("stances", format);
  return rc;
}

}  // namespace
}  // namespace caucus::cli
