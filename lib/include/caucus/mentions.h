// Flattening layers to one row per annotation, for jq, Miller and
// spreadsheets: entities (one row per entity mention), turns (one row per
// speaker turn) or stances (one row per stance), as JSONL, TSV or CSV.
// Rows carry the text they are about (the mention, the stance's evidence),
// cut from the document by byte spans, so a jq user never has to slice
// `.text` (jq slices strings by code points, not bytes).
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
std::string StanceRowsHeader(RowFormat format);
// With `sentence_text`, entity rows end with the text of their sentence.
std::string EntityRowsHeader(RowFormat format, bool sentence_text);

// Appends one row per entity: doc, kind, id, name, text, span, line, column
// (1-based, in characters), sentence (index, or -1 if outside every sentence).
// With `sentence_text`, also sentence_text: the text of that sentence ("" for
// -1).
void AppendEntityRows(const Document& doc, const std::vector<Entity>& entities,
                      const std::vector<Sentence>& sentences, RowFormat format, std::string* out,
                      bool sentence_text = false);

// Appends one row per turn: doc, speaker, normalized, role, entity, kind,
// span, line, column, bytes (length of the turn), words.
void AppendTurnRows(const Document& doc, const std::vector<Turn>& turns, RowFormat format,
                    std::string* out);

// Appends one row per stance: doc, actor (id), actor_kind, actor_text,
// polarity, act, target (text), topic, entity (the target's), modality,
// score, span (of the evidence), line, column (of the evidence), sentence,
// evidence (the evidence text, the bytes of span).
void AppendStanceRows(const Document& doc, const std::vector<Stance>& stances, RowFormat format,
                      std::string* out);

}  // namespace caucus

#endif  // CAUCUS_MENTIONS_H_
