// caucus stats: corpus counts, mergeable for map/reduce.
#include "caucus/stats.h"

#include <fstream>
#include <iostream>

#include "tool.h"

namespace caucus::cli {
namespace {

int StatsMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "stats",
    "corpus counts per entity, kind, document, actor, topic, polarity (mergeable partials)",
    "caucus stats [OPTIONS] [FILE...]\n"
    "       caucus stats --partial [OPTIONS] [FILE...] > part.jsonl\n"
    "       caucus stats --merge [OPTIONS] [PART...]",
    "  caucus stats corpus.jsonl\n"
    "  caucus stats --by entity --top 20 --format tsv corpus.jsonl\n"
    "  caucus entities -r corpus/ | caucus stats --by actor,topic\n"
    "  # map/reduce: partials merge to exactly the single-process result\n"
    "  parallel --pipe -N 50 --keep-order 'caucus entities | caucus stats --partial' \\\n"
    "    < corpus.jsonl | caucus stats --merge\n",
    StatsMain,
});

int MergeMain(const std::vector<std::string>& inputs, bool strict, const StatsOptions& options,
              bool partial, const std::string& format) {
  StatsTable table;
  uint64_t bad = 0;
  std::vector<std::string> files = inputs.empty() ? std::vector<std::string>{"-"} : inputs;
  for (const std::string& f : files) {
    std::string name = f == "-" ? "<stdin>" : f;
    std::ifstream file;
    if (f != "-") {
      file.open(f, std::ios::binary);
      if (!file) {
        ReportError("stats", name + ": cannot open");
        ++bad;
        if (strict) return 2;
        continue;
      }
    }
    std::istream& in = f == "-" ? std::cin : file;
    bad += MergePartialStream(in, &table, strict, [&](uint64_t line, const Status& st) {
      ReportError("stats", name + ":" + std::to_string(line) + ": " + st.message());
    });
    if (strict && bad > 0) return 2;
  }
  std::string out;
  if (partial) {
    table.AppendPartial(&out);
  } else if (format == "tsv") {
    table.AppendTsv(options, &out);
  } else {
    table.AppendJsonl(options, &out);
  }
  WriteStdout(out);
  FlushStdout();
  return bad > 0 ? 2 : 0;
}

int StatsMain(const std::vector<std::string>& args) {
  CommonArgs common;
  std::vector<std::string> by;
  std::string format = "jsonl";
  bool partial = false, merge = false;
  StatsOptions options;
  po::options_description desc("options");
  desc.add_options()(
      "by", po::value<std::vector<std::string>>(&by)->composing(),
      "what to count by: corpus, kind, entity, document, actor, topic, polarity, stance, all "
      "(comma-separated or repeated; default all)")(
      "top", po::value<uint64_t>(&options.top)->default_value(0),
      "at most N rows per grouping (0 = all)")("partial", po::bool_switch(&partial),
                                               "write a mergeable partial instead of the report")(
      "merge", po::bool_switch(&merge),
      "inputs are partials: merge them (with --partial: "
      "write the merged partial, for tree-shaped reduces)");
  AddFormatOption(&desc, &format, "jsonl", "jsonl or tsv");
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("stats"), desc, args, &common, &code)) return code;
  if (!CheckChoice("stats", "--format", &format, {"jsonl", "tsv"})) return 2;
  auto dims = ParseStatsDims(by);
  if (!dims.ok()) return UsageError("stats", dims.status().message());
  options.dims = *dims;
  if (merge) return MergeMain(common.inputs, common.strict, options, partial, format);

  auto annotator = MakeAnnotator(common);
  if (!annotator.ok()) return UsageError("stats", annotator.status().message());
  const Annotator& a = **annotator;
  bool need_stances = NeedsStances(options.dims);
  StatsAccumulator acc;
  RunOptions run = MakeRunOptions("stats", common);
  // Documents add to a shared commutative table, so nothing goes through the
  // ordered sink: per-document output is empty.
  int rc = RunFilter(
      run,
      [&](const Origin&, Document& doc, std::string*) {
        DocumentLayers layers;
        Status s = LoadLayers(&doc, a, need_stances, false, &layers);
        if (!s.ok()) return s;
        StatsTable t;
        t.AddDocument(doc.id(), doc.text().size(), layers.entities,
                      need_stances ? &layers.stances : nullptr, options.dims);
        acc.Add(t);
        return Status::Ok();
      },
      nullptr, [](std::string_view) { return true; });
  StatsTable table = acc.Finish();
  std::string out;
  if (partial) {
    table.AppendPartial(&out);
  } else if (format == "tsv") {
    table.AppendTsv(options, &out);
  } else {
    table.AppendJsonl(options, &out);
  }
  WriteStdout(out);
  FlushStdout();
  return rc;
}

}  // namespace
}  // namespace caucus::cli
