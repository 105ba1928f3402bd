// Internal: entity lists in span order for the stance engine, and overlap
// queries on them. Not part of the public API.
#ifndef CAUCUS_LIB_STANCE_ENTITY_INDEX_H_
#define CAUCUS_LIB_STANCE_ENTITY_INDEX_H_

#include <cstdint>
#include <vector>

#include "caucus/types.h"

namespace caucus::stance {

// Sorts entities by span (begin, then end), as std::sort with that order
// does.
void SortBySpan(std::vector<Entity>* ents);

// `ents` followed by `added`, sorted as SortBySpan sorts: each entity is
// copied or moved once, straight to its place.
std::vector<Entity> MergeBySpan(const std::vector<Entity>& ents, std::vector<Entity> added);

// Whether a span overlaps any of a list of entities, by binary search over
// their spans sorted by start with the largest end so far. Built on the
// first query.
class EntityOverlaps {
 public:
  explicit EntityOverlaps(const std::vector<Entity>& ents) : ents_(ents) {}
  bool Any(Span s);

 private:
  const std::vector<Entity>& ents_;
  bool built_ = false;
  std::vector<uint32_t> begins_;   // sorted
  std::vector<uint32_t> max_end_;  // max_end_[i]: the largest end among the first i + 1
};

}  // namespace caucus::stance

#endif  // CAUCUS_LIB_STANCE_ENTITY_INDEX_H_
