// Fuzzes stance finding on whole documents: the input is a JSONL record
// (whatever layers it carries are read, checked and used) or, if it is none,
// plain text. AddStances computes what is missing (sentences, entities) with
// the shipped dictionaries and cue lexicon. Checks the contract of
// stances.h and docs/FORMAT.md: a record is either refused with a message
// or written back as valid UTF-8 that reads again, with every stance's
// spans inside the text on code-point boundaries and its sentence index in
// range.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/entities.h"
#include "caucus/record.h"
#include "caucus/stances.h"
#include "fuzz_util.h"

namespace {

using caucus_fuzz::Check;
using caucus_fuzz::InText;

struct Tools {
  std::unique_ptr<caucus::Recognizer> recognizer;
  std::unique_ptr<caucus::StanceFinder> finder;
};

const Tools& GetTools() {
  static Tools* tools = [] {
    auto* t = new Tools;
    caucus::EntityOptions eo;
    eo.dictionaries.dir = CAUCUS_DICTDIR;
    auto r = caucus::Recognizer::Create(eo);
    caucus::StanceOptions so;
    so.cues_file = std::string(CAUCUS_DICTDIR) + "/cues.json";
    auto f = caucus::StanceFinder::Create(so);
    if (!r.ok() || !f.ok()) {
      fprintf(stderr, "stances_fuzz: %s%s\n", r.ok() ? "" : r.status().message().c_str(),
              f.ok() ? "" : f.status().message().c_str());
      abort();
    }
    t->recognizer = std::move(*r);
    t->finder = std::move(*f);
    return t;
  }();
  return *tools;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  GetTools();
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
  const Tools& tools = GetTools();
  caucus::Status st = caucus::AddStances(&doc, tools.recognizer.get(), *tools.finder);
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
