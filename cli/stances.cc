// caucus stances: adds the "stances" layer (and the sentences and entities it
// needs, when missing).
#include "caucus/stances.h"

#include "tool.h"

namespace caucus::cli {
namespace {

int StancesMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "stances",
    "who supports, opposes or proposes what: actor, polarity, act, target, evidence",
    "caucus stances [OPTIONS] [FILE...]",
    "  caucus stances report.txt\n"
    "  caucus segment report.txt | caucus entities | caucus stances\n"
    "  caucus stances -r corpus/ | jq -c '.stances[] | [.actor.id, .polarity, .target.topic]'\n"
    "  caucus stances --dict my-cues.json --min-score 0.5 minutes.jsonl\n",
    StancesMain,
});

int StancesMain(const std::vector<std::string>& args) {
  CommonArgs common;
  StanceOptions opt;
  po::options_description desc("options");
  desc.add_options()("cues", po::value<std::string>(&opt.cues_file),
                     "stance-cue lexicon (default: the shipped cues.json)")(
      "min-score", po::value<double>(&opt.min_score)->default_value(0.0),
      "drop stances scoring below this (0..1)")(
      "speaker", po::value<std::string>(&opt.speaker),
      "government or body id whose first-person speech documents are (when they declare none)");
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("stances"), desc, args, &common, &code)) return code;
  // The dictionaries load on first need: documents that carry an entities
  // layer never pay for them. The cue lexicon is loaded now, so that a broken
  // one is one error.
  auto annotator = MakeAnnotator(common, opt);
  if (!annotator.ok()) return UsageError("stances", annotator.status().message());
  const Annotator& a = **annotator;
  if (auto f = a.finder(); !f.ok()) return UsageError("stances", f.status().message());
  RunOptions run = MakeRunOptions("stances", common);
  return RunFilter(run, [&a](const Origin&, Document& doc, std::string* out) {
    Status st = a.AddStances(&doc);
    if (!st.ok()) return st;
    doc.AppendJsonLine(out);
    return Status::Ok();
  });
}

}  // namespace
}  // namespace caucus::cli
