// Networks over a corpus: who is mentioned with whom (co-mention, in the same
// sentence or the same document), and who supports or opposes what (actor ->
// target topic or entity, one edge per polarity). Written as DOT, GraphML or
// JSON with weights, in a deterministic order.
//
//   Graph g;
//   g.AddDocument(layers, options);   // per document; Merge() is commutative
//   std::string out;
//   g.Write(GraphFormat::kDot, options, &out);
//
// Node ids are "KIND:ID" ("government:RUS", "topic:ipv6"); labels are the
// least non-empty canonical name seen, so the output does not depend on the
// order documents arrive in.
#ifndef CAUCUS_GRAPH_H_
#define CAUCUS_GRAPH_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

#include "caucus/stats.h"
#include "caucus/status.h"

namespace caucus {

enum class GraphNetwork { kComention, kStance };
enum class GraphFormat { kDot, kGraphml, kJson };

struct GraphOptions {
  GraphNetwork network = GraphNetwork::kComention;
  // Co-mention window: false = same sentence, true = same document.
  bool document_window = false;
  // Edges lighter than this are left out, and so are nodes left without an
  // edge unless keep_isolated.
  uint64_t min_weight = 1;
  bool keep_isolated = false;
};

Result<GraphNetwork> ParseGraphNetwork(std::string_view s);  // "comention" | "stance"
Result<GraphFormat> ParseGraphFormat(std::string_view s);    // "dot" | "graphml" | "json"

class Graph {
 public:
  struct Node {
    std::string kind;
    std::string id;
    std::string label;
    uint64_t weight = 0;     // mentions (co-mention) or stances it takes part in
    uint64_t documents = 0;  // documents it appears in
  };
  // (source, target, polarity); co-mention edges have source < target and an
  // empty polarity.
  using EdgeKey = std::tuple<std::string, std::string, std::string>;

  // Adds one document. Co-mention needs layers.entities (and
  // layers.sentences for the sentence window); stance needs layers.stances.
  void AddDocument(const DocumentLayers& layers, const GraphOptions& options);
  void Merge(const Graph& other);

  void Write(GraphFormat format, const GraphOptions& options, std::string* out) const;

  const std::map<std::string, Node>& nodes() const { return nodes_; }
  const std::map<EdgeKey, uint64_t>& edges() const { return edges_; }

 private:
  std::map<std::string, Node> nodes_;
  std::map<EdgeKey, uint64_t> edges_;
};

// Collects per-document graphs from worker threads. Thread-safe.
class GraphAccumulator {
 public:
  void Add(const Graph& g);
  Graph Finish();

 private:
  std::mutex mu_;
  Graph graph_;
};

// Escaping for the output formats, exposed for tests.
std::string DotQuote(std::string_view s);   // with the quotes
std::string XmlEscape(std::string_view s);  // text and attribute values

}  // namespace caucus

#endif  // CAUCUS_GRAPH_H_
