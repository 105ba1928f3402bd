// Fuzzes speaker turns: FindTurns over arbitrary valid UTF-8 in every
// transcript format (the first byte picks one; the rest is the text), with
// the shipped dictionaries resolving speakers. Checks the contract of
// turns.h and docs/FORMAT.md: spans inside the text, on code-point
// boundaries, in order and not overlapping; notes inside their turn; the
// layer written as valid UTF-8 JSON that reads back to the same turns.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/entities.h"
#include "caucus/record.h"
#include "caucus/turns.h"
#include "fuzz_util.h"

namespace {

using caucus_fuzz::Check;
using caucus_fuzz::InText;

const caucus::Recognizer& GetRecognizer() { return caucus_fuzz::ShippedRecognizer("turns_fuzz"); }

constexpr caucus::TurnFormat kFormats[] = {
    caucus::TurnFormat::kAuto,       caucus::TurnFormat::kNone,    caucus::TurnFormat::kCart,
    caucus::TurnFormat::kUnVerbatim, caucus::TurnFormat::kSummary, caucus::TurnFormat::kScript,
    caucus::TurnFormat::kParliament};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  GetRecognizer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (caucus::FindInvalidUtf8(text) != std::string_view::npos) return 0;
  static const caucus::SpeakerResolver resolve = caucus::RecognizerResolver(GetRecognizer());
  caucus::TurnOptions options;
  options.format = kFormats[data[0] % (sizeof kFormats / sizeof kFormats[0])];
  std::vector<caucus::Turn> turns = caucus::FindTurns(text, options, resolve);
  uint32_t prev_end = 0;
  for (const caucus::Turn& t : turns) {
    Check(InText(text, t.span));
    Check(t.span.begin >= prev_end);
    prev_end = t.span.end;
    for (const caucus::Span& n : t.notes) Check(InText(text, n) && t.span.Contains(n));
    Check(caucus::FindInvalidUtf8(t.speaker) == std::string::npos);
  }
  // The layer reads back to the same spans and speakers.
  std::string layer = caucus::TurnsJson(turns);
  Check(caucus::FindInvalidUtf8(layer) == std::string::npos);
  caucus::Document doc = caucus::Document::FromText("d", std::string(text));
  doc.SetLayer("turns", layer);
  bool found = false;
  auto back = caucus::GetTurns(doc, &found);
  Check(back.ok() && found && back->size() == turns.size());
  for (size_t i = 0; i < turns.size(); ++i) {
    Check((*back)[i].span.begin == turns[i].span.begin && (*back)[i].span.end == turns[i].span.end);
    Check((*back)[i].speaker == turns[i].speaker && (*back)[i].entity == turns[i].entity);
  }
  if (options.format == caucus::TurnFormat::kAuto) (void)caucus::DetectTurnFormat(text);
  return 0;
}
