// caucus segment: adds "paragraphs" and "sentences" layers (and "tokens").
#include "caucus/segment.h"

#include "tool.h"

namespace caucus::cli {
namespace {

int SegmentMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "segment",
    "paragraphs and sentences (ICU, with abbreviation handling), optional tokens",
    "caucus segment [OPTIONS] [FILE|DIR...]",
    "  caucus segment report.txt\n"
    "  caucus read -r corpus/ | caucus segment --jobs 2 > segmented.jsonl\n"
    "  caucus segment --tokens statement.txt | jq '.tokens | length'\n",
    SegmentMain,
});

int SegmentMain(const std::vector<std::string>& args) {
  CommonArgs common;
  SegmentOptions options;
  po::options_description desc("options");
  desc.add_options()("tokens", po::bool_switch(&options.tokens),
                     "also add a \"tokens\" layer of word spans [[begin,end],...] "
                     "(punctuation kept, whitespace dropped)");
  AddCommonOptions(&desc, &common, false);
  int code = 0;
  if (!ParseToolArgs(*FindTool("segment"), desc, args, &common, &code)) return code;
  RunOptions run = MakeRunOptions("segment", common);
  return RunFilter(run, [&options](const Origin&, Document& doc, std::string* out) {
    Result<Segmentation> seg = Segment(doc.text(), options);
    if (!seg.ok()) return seg.status();
    doc.SetLayer("paragraphs", ParagraphsJson(seg->paragraphs));
    doc.SetLayer("sentences", SentencesJson(seg->sentences));
    if (options.tokens) doc.SetLayer("tokens", TokensJson(seg->tokens));
    doc.AppendJsonLine(out);
    return Status::Ok();
  });
}

}  // namespace
}  // namespace caucus::cli
