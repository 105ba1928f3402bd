// The stances layer of one document, for Annotator (lib/annotate.cc), the
// one public way to it.
#ifndef CAUCUS_STANCES_INTERNAL_H_
#define CAUCUS_STANCES_INTERNAL_H_

#include <cstdint>
#include <optional>

#include "caucus/entities.h"
#include "caucus/record.h"
#include "caucus/stances.h"
#include "caucus/status.h"

namespace caucus {

// Computes the missing sentences and entities (with `recognizer`, which may be
// null if the document has an entities layer) and the stances, with the
// document passes and the turns of a present "turns" layer, and stores
// "sentences", "entities" (if they were missing) and "stances" in doc.
// `body_begin`: ContextOf(*doc).body_begin when the caller has it.
Status AddStances(Document* doc, const Recognizer* recognizer, const StanceFinder& finder,
                  std::optional<uint32_t> body_begin = std::nullopt);

}  // namespace caucus

#endif  // CAUCUS_STANCES_INTERNAL_H_
