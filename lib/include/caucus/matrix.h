// The actor x target stance matrix: counts of support / oppose / neutral
// stances per (actor, topic) over a corpus, for `caucus matrix`.
//
//   StanceMatrix m({});
//   m.Add(doc.id(), stances);          // in document order
//   std::string out = m.Format("tsv");
//
// The target key is the stance's topic, else the entity it targets, else ""
// (unlinked; kept only with include_unlinked). Output is sorted by actor id,
// then target: deterministic whatever the input order of equal keys.
#ifndef CAUCUS_MATRIX_H_
#define CAUCUS_MATRIX_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

struct MatrixOptions {
  bool include_unlinked = false;  // count stances with no topic or entity under ""
  double min_score = 0.0;         // ignore stances scoring below this
  bool asserted_only = false;     // ignore negated / hedged / reported stances
};

struct MatrixCell {
  std::string actor_kind;
  std::string target_kind;  // "topic", "entity" or "" (unlinked)
  uint64_t support = 0, oppose = 0, neutral = 0;
  uint64_t documents = 0;
  std::string last_doc;  // for counting documents
};

class StanceMatrix {
 public:
  explicit StanceMatrix(MatrixOptions options) : options_(std::move(options)) {}
  void Add(std::string_view doc_id, const std::vector<Stance>& stances);
  // "jsonl" (one object per cell), "tsv" (with a header) or "markdown" (a
  // pivot table: actors as rows, targets as columns, cells "+S -O"). Fails on
  // an unknown format.
  Result<std::string> Format(std::string_view format) const;
  const std::map<std::pair<std::string, std::string>, MatrixCell>& cells() const { return cells_; }

 private:
  MatrixOptions options_;
  std::map<std::pair<std::string, std::string>, MatrixCell> cells_;  // (actor, target)
};

}  // namespace caucus

#endif  // CAUCUS_MATRIX_H_
