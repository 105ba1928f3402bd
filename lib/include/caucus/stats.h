// Corpus aggregates that merge exactly: counts per entity, kind, document,
// actor, topic, polarity and actor x polarity x topic.
//
//   StatsTable total;
//   StatsTable one;
//   one.AddDocument(doc.id(), doc.text().size(), entities, &stances, dims);
//   total.Merge(one);                 // commutative and associative
//   std::string out;
//   total.AppendJsonl(options, &out);  // or AppendPartial() for map/reduce
//
// Every cell is a sum of integers (a document contributes documents=1 to each
// key it has), and a display name is the least non-empty name seen, so merging
// partial tables in any grouping and any order gives the same table as one
// pass over the whole corpus; rendering sorts, so the bytes are the same too.
// That is what lets `caucus stats --partial` run under GNU parallel, Hadoop
// Streaming or Spark and `caucus stats --merge` reduce the parts.
#ifndef CAUCUS_STATS_H_
#define CAUCUS_STATS_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "caucus/record.h"
#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

// The groupings. Names on the command line and in the output are the
// lower-case words: corpus, kind, entity, document, actor, topic, polarity,
// stance.
enum class StatsDim : uint8_t {
  kCorpus = 0,
  kKind,
  kEntity,
  kDocument,
  kActor,
  kTopic,
  kPolarity,
  kStance,
};
constexpr int kStatsDimCount = 8;

// A set of dimensions as a bit mask (bit i is StatsDim i).
using StatsDims = uint32_t;
constexpr StatsDims kAllStatsDims = (1u << kStatsDimCount) - 1;
inline StatsDims DimBit(StatsDim d) { return 1u << static_cast<int>(d); }
inline bool HasDim(StatsDims s, StatsDim d) { return (s & DimBit(d)) != 0; }

std::string_view StatsDimName(StatsDim d);
// Parses "entity,kind" (commas or repeated values); "all" means every
// dimension. Fails naming the unknown word.
Result<StatsDims> ParseStatsDims(const std::vector<std::string>& words);
// True if any of the dims needs the stances layer.
bool NeedsStances(StatsDims dims);

struct StatsOptions {
  StatsDims dims = kAllStatsDims;
  // Final output only: at most this many rows per dimension (0 = all). The
  // corpus row is never cut. Partials are never cut (cutting is not mergeable).
  uint64_t top = 0;
};

// One cell. Which counters a dimension fills is listed in docs/SCALING.md.
struct StatsCounts {
  uint64_t mentions = 0;   // entity mentions
  uint64_t documents = 0;  // documents that have the key
  uint64_t bytes = 0;      // text bytes (corpus, document)
  uint64_t entities = 0;   // entity mentions in the document(s) (corpus, document)
  uint64_t stances = 0;
  uint64_t support = 0;
  uint64_t oppose = 0;
  uint64_t neutral = 0;
  std::string name;  // display name: the least non-empty one seen

  void Add(const StatsCounts& o);
};

class StatsTable {
 public:
  // Adds one document. `stances` may be null when the dims need none.
  void AddDocument(std::string_view id, uint64_t bytes, const std::vector<Entity>& entities,
                   const std::vector<Stance>* stances, StatsDims dims);

  // Adds another table's counts to this one.
  void Merge(const StatsTable& other);

  // Parses one line of a partial (AppendPartial) and adds it. Blank lines
  // are ignored. Fails on lines that are not caucus stats partial rows.
  Status MergePartialLine(std::string_view line);

  // A lossless, mergeable form: one JSON line per cell, each marked
  // "partial":"caucus-stats/1", in sorted order.
  void AppendPartial(std::string* out) const;

  // The final report, one JSON object per line: the corpus row first, then
  // each requested dimension in the order of StatsDim, rows sorted by their
  // main count (descending) then key.
  void AppendJsonl(const StatsOptions& options, std::string* out) const;
  // The same rows as TSV with one header line and a fixed set of columns.
  void AppendTsv(const StatsOptions& options, std::string* out) const;

  size_t size() const { return cells_.size(); }

 private:
  struct Row {
    StatsDim dim;
    std::vector<std::string> key;
    const StatsCounts* counts;
  };
  std::vector<Row> SortedRows(const StatsOptions& options, bool for_partial) const;
  StatsCounts& Cell(StatsDim dim, std::initializer_list<std::string_view> key);

  // Key: the dim as one byte, then the key fields each followed by '\x1f'.
  std::unordered_map<std::string, StatsCounts> cells_;
};

// Collects per-document tables from worker threads. Merging is commutative,
// so the result does not depend on which thread adds what. Thread-safe.
class StatsAccumulator {
 public:
  void Add(const StatsTable& t);
  // Merges everything added so far into one table. Call after the workers end.
  StatsTable Finish();

 private:
  static constexpr int kShards = 16;
  std::mutex mu_[kShards];
  StatsTable tables_[kShards];
};

// Reads stats partial lines from `in` into `table`. A bad line is passed to
// `on_error` with its 1-based line number and skipped; with `strict` reading
// stops there. Returns the number of bad lines.
uint64_t MergePartialStream(std::istream& in, StatsTable* table, bool strict,
                            const std::function<void(uint64_t line, const Status&)>& on_error);

// The layers of one document that the aggregates read (see LoadLayers in
// caucus/annotate.h).
struct DocumentLayers {
  std::vector<Entity> entities;
  std::vector<Stance> stances;
  std::vector<Sentence> sentences;
};

}  // namespace caucus

#endif  // CAUCUS_STATS_H_
