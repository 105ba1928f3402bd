// Fuzzes the check rules parser and engine: the input is a rules file, then
// (after a line "---") a document's text. A rules file is either refused
// with "NAME:LINE: message" or compiled; then the rules run over the text
// (when it is valid UTF-8) and over a fixed document, and every finding must
// lie inside its text, on code-point boundaries, with positions that agree
// with its span, and write as JSON that reads back the same.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/check.h"
#include "caucus/record.h"
#include "fuzz_util.h"

namespace {

using caucus_fuzz::Check;
using caucus_fuzz::InText;

void Run(const caucus::Checker& checker, const std::string& text) {
  caucus::Document doc = caucus::Document::FromText("d", text);
  caucus::Result<std::vector<caucus::Finding>> found = checker.Check(doc);
  if (!found.ok()) return;  // a layer the rules need is missing or bad
  for (const caucus::Finding& f : *found) {
    Check(InText(text, f.span));
    Check(caucus::FindInvalidUtf8(f.message) == std::string::npos);
    const auto lc = caucus::LineColumn(text, f.span.begin);
    Check(lc.first == f.line && lc.second == f.column);
    std::string json;
    caucus::AppendFindingJson(f, &json);
    caucus::Result<caucus::Finding> back = caucus::ParseFindingJson(json);
    Check(back.ok() && back->fingerprint == f.fingerprint && back->span.begin == f.span.begin &&
          back->span.end == f.span.end && back->message == f.message);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t cut = in.find("\n---\n");
  std::string_view rules = in.substr(0, cut);
  std::string text =
      cut == std::string_view::npos ? std::string() : std::string(in.substr(cut + 5));
  caucus::Result<std::unique_ptr<caucus::Checker>> checker =
      caucus::Checker::Create(rules, "rules.json", {});
  if (!checker.ok()) {
    const std::string& m = checker.status().message();
    Check(m.rfind("rules.json:", 0) == 0);
    return 0;
  }
  if (caucus::FindInvalidUtf8(text) == std::string::npos) Run(**checker, text);
  Run(**checker,
      "# Summary\n\nThe ITU and the IGF (Internet Governance Forum) met.\n\nRussia supports "
      "multi-stakeholder  governance, see `ITU-T` and https://www.itu.int/ (CSTD).\n");
  return 0;
}
