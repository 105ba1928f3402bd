// caucus report: one self-contained HTML file with SVG charts.
#include "caucus/report.h"

#include <cstdio>

#include "tool.h"

namespace caucus::cli {
namespace {

int ReportMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "report",
    "a self-contained HTML report (SVG charts, stance heat map, evidence) for a corpus",
    "caucus report [OPTIONS] [FILE...] > report.html",
    "  caucus report -r corpus/ -o report.html\n"
    "  caucus segment -r corpus/ | caucus entities | caucus stances | caucus report > r.html\n"
    "  caucus report --title 'WCIT-12 coverage' --top 25 news.jsonl -o wcit.html\n",
    ReportMain,
});

int ReportMain(const std::vector<std::string>& args) {
  CommonArgs common;
  ReportOptions options;
  std::string output;
  po::options_description desc("options");
  desc.add_options()("output,o", po::value<std::string>(&output),
                     "write the HTML here (default: stdout)")(
      "title", po::value<std::string>(&options.title)->default_value(options.title), "page title")(
      "top", po::value<size_t>(&options.top)->default_value(options.top), "bars per chart")(
      "actors", po::value<size_t>(&options.max_actors)->default_value(options.max_actors),
      "heat-map rows (actors with the most stances)")(
      "topics", po::value<size_t>(&options.max_topics)->default_value(options.max_topics),
      "heat-map columns (topics with the most stances)")(
      "evidence", po::value<size_t>(&options.max_evidence)->default_value(options.max_evidence),
      "evidence sentences kept per heat-map cell");
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("report"), desc, args, &common, &code)) return code;

  auto annotator = MakeAnnotator(common);
  if (!annotator.ok()) return UsageError("report", annotator.status().message());
  const Annotator& a = **annotator;
  ReportAccumulator acc(options.max_evidence);
  // Report data merges commutatively (evidence is kept in document-id order),
  // so workers add to one shared accumulator and the ordered sink is unused.
  int rc = RunFilter(
      MakeRunOptions("report", common),
      [&](const Origin&, Document& doc, std::string*) {
        DocumentLayers layers;
        Status s = LoadLayers(&doc, a, true, true, &layers);
        if (!s.ok()) return s;
        ReportData d;
        d.AddDocument(doc, layers, options.max_evidence);
        acc.Add(d);
        return Status::Ok();
      },
      nullptr, [](std::string_view) { return true; });
  std::string html = acc.Finish().Html(options);
  if (output.empty() || output == "-") {
    WriteStdout(html);
    FlushStdout();
    return rc;
  }
  FILE* f = fopen(output.c_str(), "wb");
  if (!f || fwrite(html.data(), 1, html.size(), f) != html.size() || fclose(f) != 0) {
    ReportError("report", output + ": cannot write");
    return 2;
  }
  return rc;
}

}  // namespace
}  // namespace caucus::cli
