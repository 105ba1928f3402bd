// caucus matrix: actor x topic table of support / oppose / neutral counts.
#include "caucus/matrix.h"

#include "tool.h"

namespace caucus::cli {
namespace {

int MatrixMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "matrix",
    "actor x topic stance matrix (support / oppose / neutral counts) over a corpus",
    "caucus matrix [OPTIONS] [FILE...]",
    "  caucus matrix -r corpus/ --format markdown\n"
    "  caucus stances -r corpus/ | caucus matrix --format tsv | sort -t$'\\t' -k8nr\n"
    "  caucus matrix --asserted-only --min-score 0.6 minutes.jsonl\n",
    MatrixMain,
});

// Fields travel from worker threads to the aggregating sink as one TSV line
// per stance; tabs and newlines cannot occur in ids.
std::string Clean(const std::string& s) {
  std::string o;
  for (char c : s) o += (c == '\t' || c == '\n') ? ' ' : c;
  return o;
}

int MatrixMain(const std::vector<std::string>& args) {
  CommonArgs common;
  MatrixOptions mopt;
  std::string format = "jsonl";
  po::options_description desc("options");
  AddFormatOption(&desc, &format, "jsonl", "jsonl, tsv or markdown");
  desc.add_options()("unlinked", po::bool_switch(&mopt.include_unlinked),
                     "also count stances whose target links to no topic or entity (as \"\")")(
      "asserted-only", po::bool_switch(&mopt.asserted_only),
      "count only asserted stances (not negated, hedged or reported)")(
      "min-score", po::value<double>(&mopt.min_score)->default_value(0.0),
      "count only stances scoring at least this");
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("matrix"), desc, args, &common, &code)) return code;
  if (!CheckChoice("matrix", "--format", &format, {"jsonl", "tsv", "markdown"}) ||
      !CheckRange("matrix", "--min-score", mopt.min_score, 0, 1))
    return 2;
  auto annotator = MakeAnnotator(common);
  if (!annotator.ok()) return UsageError("matrix", annotator.status().message());
  const Annotator& a = **annotator;
  StanceMatrix matrix(mopt);
  RunOptions run = MakeRunOptions("matrix", common);
  int rc = RunFilter(
      run,
      [&](const Origin&, Document& doc, std::string* out) {
        // The stances `caucus stances` would add, read back from the record.
        Status added = a.Annotate(&doc, kStancesLayer);
        if (!added.ok()) return added;
        bool found = false;
        auto st = GetStances(doc, &found);
        if (!st.ok()) return st.status();
        *out += "D\t" + Clean(doc.id()) + "\n";
        for (const Stance& s : *st) {
          *out += Clean(s.actor.id) + "\t" + Clean(s.actor.kind) + "\t" + Clean(s.target.topic) +
                  "\t" + Clean(s.target.entity) + "\t" + s.polarity + "\t" + s.modality + "\t" +
                  std::to_string(s.score) + "\n";
        }
        return Status::Ok();
      },
      nullptr,
      [&](std::string_view chunk) {
        std::string id;
        std::vector<Stance> v;
        size_t p = 0;
        while (p < chunk.size()) {
          size_t e = chunk.find('\n', p);
          std::string_view line = chunk.substr(p, e - p);
          p = e + 1;
          std::vector<std::string> f;
          size_t q = 0;
          while (true) {
            size_t t = line.find('\t', q);
            f.emplace_back(line.substr(q, t == std::string_view::npos ? t : t - q));
            if (t == std::string_view::npos) break;
            q = t + 1;
          }
          if (f[0] == "D" && f.size() == 2) {
            id = f[1];
          } else if (f.size() == 7) {
            Stance s;
            s.actor.id = f[0];
            s.actor.kind = f[1];
            s.target.topic = f[2];
            s.target.entity = f[3];
            s.polarity = f[4];
            s.modality = f[5];
            s.score = std::stod(f[6]);
            v.push_back(std::move(s));
          }
        }
        matrix.Add(id, v);
        return true;
      });
  auto text = matrix.Format(format);
  if (!text.ok()) return UsageError("matrix", text.status().message());
  WriteStdout(*text);
  FlushStdout();
  return rc;
}

}  // namespace
}  // namespace caucus::cli
