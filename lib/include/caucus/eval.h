// Scoring predicted entities and stances against a gold file (docs/EVAL.md).
//
//   auto gold = ParseGold(jsonl_text, "gold.jsonl");
//   Evaluator ev(std::move(*gold));
//   ev.Add(doc.id(), text.size(), entities, stances);   // per document
//   std::string report = ev.Text();
//
// An entity matches a gold entity with the same kind and id and an
// overlapping span; a stance matches a gold stance with the same actor id and
// polarity and an overlapping evidence span. The "stances+target" row also
// needs the gold's target link when the gold gives one (the same target.id,
// the predicted target's entity, or the same target.topic). Matching is
// one-to-one, greedy in document order. Layers a gold line does not list are
// not scored.
#ifndef CAUCUS_EVAL_H_
#define CAUCUS_EVAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

struct GoldStance {
  std::string actor;
  std::string polarity;
  Span span;
  // The gold's target link, empty when it gives none: an entity id (a state,
  // body, instrument ...) and/or a topic id. Either one matching suffices.
  std::string target_id;
  std::string target_topic;
  bool HasTarget() const { return !target_id.empty() || !target_topic.empty(); }
};

struct GoldDoc {
  std::string id;
  uint64_t bytes = 0;  // text length the offsets refer to; 0 = unchecked
  bool has_entities = false, has_stances = false;
  std::vector<Entity> entities;  // span, kind, id
  std::vector<GoldStance> stances;
};

// Parses gold JSONL. Fails with "NAME:LINE: message".
Result<std::vector<GoldDoc>> ParseGold(std::string_view jsonl, const std::string& name);

struct PrfCounts {
  uint64_t tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double Recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

class Evaluator {
 public:
  explicit Evaluator(std::vector<GoldDoc> gold) : gold_(std::move(gold)) {}
  // Scores one document if the gold has it (by id, or by the gold id being a
  // path suffix of the document id). Returns a warning ("" if none), e.g. a
  // text length that differs from the gold's.
  std::string Add(std::string_view doc_id, uint64_t text_bytes, const std::vector<Entity>& entities,
                  const std::vector<Stance>& stances);
  // Gold documents never seen.
  std::vector<std::string> Missing() const;
  // Keys: "entities/<kind>", "entities" (all kinds), "stances",
  // "stances+target" (as "stances", and the target link must agree).
  const std::map<std::string, PrfCounts>& counts() const { return counts_; }
  std::string Text() const;
  std::string Json() const;
  uint64_t scored_documents() const { return scored_; }

 private:
  std::vector<GoldDoc> gold_;
  std::vector<char> seen_;
  std::map<std::string, PrfCounts> counts_;
  uint64_t scored_ = 0;
};

}  // namespace caucus

#endif  // CAUCUS_EVAL_H_
