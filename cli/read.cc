// caucus read: files, directories, stdin -> one document record each.
#include "tool.h"

namespace caucus::cli {
namespace {

int ReadMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "read",
    "files, directories, stdin (text, Markdown, HTML, PDF, DOCX, ODT, JSONL) -> one document "
    "record each",
    "caucus read [OPTIONS] [FILE|DIR...]",
    "  caucus read report.txt\n"
    "  caucus read -r corpus/ > corpus.jsonl\n"
    "  curl -s https://example.org/page.html | caucus read --input-format html\n"
    "  caucus read --encoding windows-1252 old-statement.txt\n"
    "  caucus read S_PV.8700_E.pdf | jq '.pages | length'\n"
    "  caucus read -r records/ | caucus turns --summary > turns.jsonl\n",
    ReadMain,
});

int ReadMain(const std::vector<std::string>& args) {
  CommonArgs common;
  po::options_description desc("options");
  AddCommonOptions(&desc, &common, false);
  int code = 0;
  if (!ParseToolArgs(*FindTool("read"), desc, args, &common, &code)) return code;
  RunOptions run = MakeRunOptions("read", common);
  return RunFilter(run, [](const Origin&, Document& doc, std::string* out) {
    doc.AppendJsonLine(out);
    return Status::Ok();
  });
}

}  // namespace
}  // namespace caucus::cli
