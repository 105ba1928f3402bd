// caucus acronyms: adds an "acronyms" layer of definitions ("long form (SF)",
// "SF (long form)") and, unless --no-undefined, acronyms used but never defined.
#include "caucus/acronyms.h"

#include "caucus/front_matter.h"
#include "tool.h"

namespace caucus::cli {
namespace {

int AcronymsMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "acronyms",
    "acronym definitions in the text, and acronyms used but never defined",
    "caucus acronyms [OPTIONS] [FILE|DIR...]",
    "  caucus acronyms statement.txt\n"
    "  caucus acronyms --no-undefined --min-confidence 0.7 report.txt | jq '.acronyms'\n"
    "  caucus read -r corpus/ | caucus acronyms | jq -c '.acronyms[] | select(.defined == "
    "false) | .short'\n",
    AcronymsMain,
});

int AcronymsMain(const std::vector<std::string>& args) {
  CommonArgs common;
  AcronymOptions options;
  bool undefined = false, no_undefined = false;
  po::options_description desc("options");
  desc.add_options()("undefined", po::bool_switch(&undefined),
                     "also list acronyms used but never defined, with \"long\": null and "
                     "\"defined\": false (the default)")(
      "no-undefined", po::bool_switch(&no_undefined), "list definitions only")(
      "min-confidence", po::value<double>(&options.min_confidence)->default_value(0.0),
      "drop acronyms with a confidence below this, in [0,1]");
  AddCommonOptions(&desc, &common, false);
  int code = 0;
  if (!ParseToolArgs(*FindTool("acronyms"), desc, args, &common, &code)) return code;
  if (!CheckRange("acronyms", "--min-confidence", options.min_confidence, 0, 1)) return 2;
  if (undefined && no_undefined)
    return UsageError("acronyms", "--undefined and --no-undefined contradict each other");
  options.undefined = !no_undefined;
  RunOptions run = MakeRunOptions("acronyms", common);
  return RunFilter(run, [&options](const Origin&, Document& doc, std::string* out) {
    // A header or front matter is not analysed (docs/FORMAT.md, meta.header).
    doc.SetLayer("acronyms",
                 AcronymsJson(FindAcronymsInBody(doc.text(), BodyStart(doc), &options)));
    doc.AppendJsonLine(out);
    return Status::Ok();
  });
}

}  // namespace
}  // namespace caucus::cli
