// caucus eval GOLD: precision, recall and F1 of entities and stances against
// a gold file (docs/EVAL.md).
#include "caucus/eval.h"

#include <fstream>
#include <sstream>

#include "tool.h"

namespace caucus::cli {
namespace {

int EvalMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "eval",
    "scores entities and stances against a gold file: precision, recall, F1 per kind",
    "caucus eval --gold GOLD.jsonl [OPTIONS] [FILE...]",
    "  caucus eval --gold tests/gold/dev.jsonl ../shared/corpus/seed/wtpf-2013-cdt.txt\n"
    "  caucus stances -r corpus/ | caucus eval --gold gold.jsonl --format json\n",
    EvalMain,
});

int EvalMain(const std::vector<std::string>& args) {
  CommonArgs common;
  std::string gold_path, format = "table";
  po::options_description desc("options");
  desc.add_options()("gold,g", po::value<std::string>(&gold_path), "gold annotations (JSONL)");
  AddFormatOption(&desc, &format, "table", "table (for reading) or json");
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("eval"), desc, args, &common, &code)) return code;
  if (gold_path.empty()) return UsageError("eval", "--gold FILE is required");
  if (!CheckChoice("eval", "--format", &format, {"table", "json"}, {{"text", "table"}})) return 2;
  std::ifstream in(gold_path, std::ios::binary);
  if (!in) return UsageError("eval", gold_path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  auto gold = ParseGold(ss.str(), gold_path);
  if (!gold.ok()) return UsageError("eval", gold.status().message());
  auto annotator = MakeAnnotator(common);
  if (!annotator.ok()) return UsageError("eval", annotator.status().message());
  const Annotator& a = **annotator;
  Evaluator ev(std::move(*gold));
  RunOptions run = MakeRunOptions("eval", common);
  // Workers add the missing layers as `caucus stances` would; the sink (in
  // input order, one thread) scores.
  int rc = RunFilter(
      run,
      [&a](const Origin&, Document& doc, std::string* out) {
        // A stances layer already there is what gets scored (another run's,
        // another system's, or one edited by hand); only a missing one is
        // computed, and the entities when they are missing.
        Status st = a.Annotate(&doc, kEntitiesLayer | kStancesLayer);
        if (!st.ok()) return st;
        doc.AppendJsonLine(out);
        return Status::Ok();
      },
      nullptr,
      [&](std::string_view chunk) {
        auto d = Document::FromJsonLine(chunk.substr(0, chunk.size() - 1));
        if (!d.ok()) return true;
        bool f1 = false, f2 = false;
        auto ents = GetEntities(*d, &f1);
        auto sts = GetStances(*d, &f2);
        if (!ents.ok() || !sts.ok()) return true;
        std::string w = ev.Add(d->id(), d->text().size(), *ents, *sts);
        if (!w.empty()) ReportError("eval", w);
        return true;
      });
  for (const std::string& m : ev.Missing()) ReportError("eval", "gold document not in input: " + m);
  WriteStdout(format == "json" ? ev.Json() : ev.Text());
  FlushStdout();
  return rc;
}

}  // namespace
}  // namespace caucus::cli
