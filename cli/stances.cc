// caucus stances: adds the "stances" layer (and the sentences and entities it
// needs, when missing).
#include "caucus/stances.h"

#include "caucus/large_pages.h"
#include "caucus/segment.h"
#include "caucus/show.h"
#include "tool.h"

namespace caucus::cli {

// The annotator of `caucus stances`, kept until the process exits.
const Annotator* kept_annotator = nullptr;

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
  // The lexicon, the header recognizer's index and each document's buffers
  // are fresh memory: in 2 MB pages, not thousands of 4 KB page faults.
  UseLargePageHeap();
  // The dictionaries load on first need: documents that carry an entities
  // layer never pay for them. The cue lexicon is loaded now, so that a broken
  // one is one error.
  auto annotator = MakeAnnotator(common, opt);
  if (!annotator.ok()) return UsageError("stances", annotator.status().message());
  const Annotator& a = **annotator;
  if (auto f = a.finder(); !f.ok()) return UsageError("stances", f.status().message());
  RunOptions run = MakeRunOptions("stances", common);
  int rc = RunFilter(run, [&](const Origin&, Document& doc, std::string* out) {
    Status st = a.AddStances(&doc);
    if (!st.ok()) return st;
    if (format != "table") {
      doc.AppendJsonLine(out);
      return Status::Ok();
    }
    bool found = false;
    auto stances = GetStances(doc, &found);
    if (!stances.ok()) return stances.status();
    bool computed = false;
    auto sentences = EnsureSentences(doc, &computed);
    if (!sentences.ok()) return sentences.status();
    AppendStanceView(doc, *stances, *sentences, show, out);
    return Status::Ok();
  });
  HintTableFormat("stances", format);
  // The process ends here: its dictionaries and lexicon are left to the
  // system rather than freed node by node (about 12M instructions). A
  // pointer with external linkage keeps them reachable, so a leak checker
  // does not report them (a local static's store may be optimised away).
  kept_annotator = annotator->release();
  return rc;
}

}  // namespace
}  // namespace caucus::cli
