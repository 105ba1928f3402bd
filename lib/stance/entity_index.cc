// Entity lists in span order, and overlap queries on them.
#include "stance/entity_index.h"

#include <algorithm>

namespace caucus::stance {

namespace {

bool SpanLess(const Entity& a, const Entity& b) {
  return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
}

// The positions of the entities of `first` then `second` in span order;
// false if two spans are equal (then the order is std::sort's own).
bool SpanOrder(const std::vector<Entity>& first, const std::vector<Entity>& second,
               std::vector<std::pair<uint64_t, uint32_t>>* keys) {
  const size_t n = first.size();
  keys->resize(n + second.size());
  auto key = [](const Entity& e) { return (uint64_t{e.span.begin} << 32) | e.span.end; };
  for (size_t i = 0; i < n; ++i) (*keys)[i] = {key(first[i]), static_cast<uint32_t>(i)};
  for (size_t i = 0; i < second.size(); ++i)
    (*keys)[n + i] = {key(second[i]), static_cast<uint32_t>(n + i)};
  std::sort(keys->begin(), keys->end());
  for (size_t i = 1; i < keys->size(); ++i)
    if ((*keys)[i].first == (*keys)[i - 1].first) return false;
  return true;
}

}  // namespace

void SortBySpan(std::vector<Entity>* ents) {
  std::vector<Entity>& v = *ents;
  // Sort positions, not the (large) entities; without two equal spans the
  // order is unique, so each entity is moved once to its place.
  std::vector<std::pair<uint64_t, uint32_t>> keys;
  if (!SpanOrder(v, {}, &keys)) {
    std::sort(v.begin(), v.end(), SpanLess);
    return;
  }
  bool identity = true;
  for (size_t i = 0; i < keys.size(); ++i) identity &= keys[i].second == i;
  if (identity) return;
  std::vector<Entity> out;
  out.reserve(v.size());
  for (const auto& k : keys) out.push_back(std::move(v[k.second]));
  v = std::move(out);
}

std::vector<Entity> MergeBySpan(const std::vector<Entity>& ents, std::vector<Entity> added) {
  std::vector<std::pair<uint64_t, uint32_t>> keys;
  std::vector<Entity> out;
  if (!SpanOrder(ents, added, &keys)) {
    out = ents;
    for (Entity& e : added) out.push_back(std::move(e));
    std::sort(out.begin(), out.end(), SpanLess);
    return out;
  }
  out.reserve(keys.size());
  const size_t n = ents.size();
  for (const auto& k : keys) {
    if (k.second < n)
      out.push_back(ents[k.second]);
    else
      out.push_back(std::move(added[k.second - n]));
  }
  return out;
}

bool EntityOverlaps::Any(Span s) {
  if (!built_) {
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    spans.reserve(ents_.size());
    for (const Entity& e : ents_) spans.emplace_back(e.span.begin, e.span.end);
    std::sort(spans.begin(), spans.end());
    begins_.reserve(spans.size());
    max_end_.reserve(spans.size());
    for (const auto& [b, e] : spans) {
      begins_.push_back(b);
      max_end_.push_back(max_end_.empty() ? e : std::max(max_end_.back(), e));
    }
    built_ = true;
  }
  // Entities that start before s ends; one of them overlaps s if it ends after s begins.
  const size_t k = static_cast<size_t>(std::lower_bound(begins_.begin(), begins_.end(), s.end) -
                                       begins_.begin());
  return k > 0 && max_end_[k - 1] > s.begin;
}

}  // namespace caucus::stance
