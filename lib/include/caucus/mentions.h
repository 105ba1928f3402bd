// Flattening layers to one row per annotation, for jq, Miller and
// spreadsheets: entities (one row per entity mention) or turns (one row per
// speaker turn), as JSONL, TSV or CSV.
#ifndef CAUCUS_MENTIONS_H_
#define CAUCUS_MENTIONS_H_

#include <string>
#include <vector>

#include "caucus/record.h"
#include "caucus/types.h"

namespace caucus {

enum class RowFormat { kJsonl, kTsv, kCsv };

// The header line for TSV/CSV (empty for JSONL), with a trailing newline.
std::string EntityRowsHeader(RowFormat format);
std::string TurnRowsHeader(RowFormat format);

// Appends one row per entity: doc, kind, id, name, text, span, line, column
// (1-based, in characters), sentence (index, or -1 if outside every sentence).
void AppendEntityRows(const Document& doc, const std::vector<Entity>& entities,
                      const std::vector<Sentence>& sentences, RowFormat format, std::string* out);

// Appends one row per turn: doc, speaker, normalized, role, entity, kind,
// span, line, column, bytes (length of the turn), words.
void AppendTurnRows(const Document& doc, const std::vector<Turn>& turns, RowFormat format,
                    std::string* out);

}  // namespace caucus

#endif  // CAUCUS_MENTIONS_H_
