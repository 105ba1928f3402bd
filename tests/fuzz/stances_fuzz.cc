// Fuzzes stance finding on whole documents: the input is a JSONL record
// (whatever layers it carries are read, checked and used) or, if it is none,
// plain text. Annotator::AddStances, as `caucus stances`, computes what is
// missing (sentences, entities, turns) with the shipped dictionaries and cues. Checks the contract
// of stances.h and docs/FORMAT.md: a record is either refused with a message or written back as
// valid UTF-8 that reads again, with every stance's spans inside the text on code-point boundaries
// and its sentence index in range.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/annotate.h"
#include "caucus/record.h"
#include "caucus/stances.h"
#include "fuzz_util.h"

namespace {

using caucus_fuzz::Check;
using caucus_fuzz::InText;

// The annotator of `caucus stances`, over the shipped dictionaries and cues.
const caucus::Annotator& GetAnnotator() {
  static std::unique_ptr<caucus::Annotator> annotator = [] {
    caucus::AnnotatorOptions options;
    options.dict_dir = CAUCUS_DICTDIR;
    auto created = caucus::Annotator::Create(options);
    if (!created.ok()) {
      fprintf(stderr, "stances_fuzz: %s\n", created.status().message().c_str());
      abort();
    }
    return std::move(*created);
  }();
  return *annotator;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  GetAnnotator();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  caucus::Result<caucus::Document> parsed = caucus::Document::FromJsonLine(in);
  caucus::Document doc;
  if (parsed.ok()) {
    doc = std::move(*parsed);
  } else {
    if (caucus::FindInvalidUtf8(in) != std::string_view::npos) return 0;
    doc = caucus::Document::FromText("d", std::string(in));
  }
  caucus::Status st = GetAnnotator().AddStances(&doc);
  if (!st.ok()) {
    Check(!st.message().empty());
    return 0;
  }
  std::string line;
  doc.AppendJsonLine(&line);
  Check(caucus::FindInvalidUtf8(line) == std::string::npos);
  line.pop_back();
  caucus::Result<caucus::Document> again = caucus::Document::FromJsonLine(line);
  Check(again.ok());
  bool found = false;
  auto stances = caucus::GetStances(*again, &found);
  Check(stances.ok() && found);
  bool have_sentences = false;
  auto sentences = caucus::GetSentences(*again, &have_sentences);
  Check(sentences.ok() && have_sentences);
  const std::string& text = again->text();
  for (const caucus::Stance& s : *stances) {
    Check(InText(text, s.span) && InText(text, s.actor.span) && InText(text, s.target.span));
    Check(s.polarity == "support" || s.polarity == "oppose" || s.polarity == "neutral");
    Check(sentences->empty() || s.sentence < sentences->size());
  }
  return 0;
}
