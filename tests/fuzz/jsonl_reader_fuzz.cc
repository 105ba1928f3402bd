// Fuzzes the record reader: Document::FromJsonLine and the JSON pieces under
// it (ScanJsonObject, UnescapeJsonString), then the typed layer getters on
// whatever parses. Beyond "no crash, no sanitizer report" it checks the
// contract of docs/FORMAT.md: a record that reads back writes out as a line
// that reads again to the same id, text and members (pass-through).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/json.h"
#include "caucus/record.h"

namespace {

void Check(bool ok) {
  if (!ok) abort();
}

void ReadLayers(const caucus::Document& d) {
  bool found = false;
  // Results are ignored: only crashes and out-of-range spans matter here.
  auto s = caucus::GetSentences(d, &found);
  if (s.ok()) {
    for (const auto& x : *s) Check(x.span.begin <= x.span.end && x.span.end <= d.text().size());
  }
  auto p = caucus::GetParagraphs(d, &found);
  auto e = caucus::GetEntities(d, &found);
  if (e.ok()) {
    for (const auto& x : *e) Check(x.span.end <= d.text().size());
    // What we read, we can write.
    std::string j = caucus::EntitiesJson(*e);
    Check(!j.empty());
  }
  auto a = caucus::GetAcronyms(d, &found);
  auto t = caucus::GetTurns(d, &found);
  auto st = caucus::GetStances(d, &found);
  if (st.ok()) Check(!caucus::StancesJson(*st).empty());
  (void)p;
  (void)a;
  (void)t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);

  std::vector<caucus::JsonMember> members;
  (void)caucus::ScanJsonObject(in, &members);

  std::string unescaped;
  if (caucus::UnescapeJsonString(in, &unescaped).ok()) {
    // Escaping what decoded must decode to the same bytes (when valid UTF-8,
    // which AppendJsonString requires).
    if (caucus::FindInvalidUtf8(unescaped) == std::string::npos) {
      std::string quoted, back;
      caucus::AppendJsonString(unescaped, &quoted);
      Check(caucus::UnescapeJsonString(std::string_view(quoted).substr(1, quoted.size() - 2), &back)
                .ok());
      Check(back == unescaped);
    }
  }

  caucus::Result<caucus::Document> d = caucus::Document::FromJsonLine(in);
  if (!d.ok()) return 0;
  Check(caucus::FindInvalidUtf8(d->text()) == std::string::npos);

  std::string line;
  d->AppendJsonLine(&line);
  Check(!line.empty() && line.back() == '\n');
  line.pop_back();
  caucus::Result<caucus::Document> again = caucus::Document::FromJsonLine(line);
  Check(again.ok());
  Check(again->text() == d->text());
  Check(again->id() == d->id());
  std::string line2;
  again->AppendJsonLine(&line2);
  line2.pop_back();
  Check(line2 == line);

  ReadLayers(*d);
  caucus::LineColumn(d->text(), static_cast<uint32_t>(size));
  return 0;
}
