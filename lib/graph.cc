#include "caucus/graph.h"

#include <algorithm>
#include <set>
#include <vector>

#include "caucus/json.h"

namespace caucus {
namespace {

std::string NodeKey(std::string_view kind, std::string_view id) {
  std::string k(kind);
  k += ':';
  k += id;
  return k;
}

void KeepLeast(const std::string& name, std::string* into) {
  if (name.empty()) return;
  if (into->empty() || name < *into) *into = name;
}

// Co-mention windows: for each window, the distinct node keys that start in it.
std::vector<std::set<std::string>> Windows(const DocumentLayers& layers, bool document_window) {
  std::vector<std::set<std::string>> out;
  if (document_window) {
    out.emplace_back();
    for (const Entity& e : layers.entities) out.back().insert(NodeKey(e.kind, e.id));
    return out;
  }
  std::vector<Sentence> sents = layers.sentences;
  std::sort(sents.begin(), sents.end(),
            [](const Sentence& a, const Sentence& b) { return a.span.begin < b.span.begin; });
  out.resize(sents.size());
  for (const Entity& e : layers.entities) {
    // The last sentence starting at or before the entity.
    auto it = std::upper_bound(sents.begin(), sents.end(), e.span.begin,
                               [](uint32_t b, const Sentence& s) { return b < s.span.begin; });
    if (it == sents.begin()) continue;
    --it;
    if (e.span.begin >= it->span.end) continue;  // between sentences
    out[it - sents.begin()].insert(NodeKey(e.kind, e.id));
  }
  return out;
}

std::string PolarityColor(const std::string& p) {
  if (p == "support") return "#1a7f37";
  if (p == "oppose") return "#cf222e";
  return "#6e7781";
}

bool XmlAllowed(uint32_t c) { return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20; }

}  // namespace

Result<GraphNetwork> ParseGraphNetwork(std::string_view s) {
  if (s == "comention" || s == "co-mention" || s == "mentions") return GraphNetwork::kComention;
  if (s == "stance" || s == "stances") return GraphNetwork::kStance;
  return Status::InvalidInput("unknown network '" + std::string(s) +
                              "' (known: comention, stance)");
}

Result<GraphFormat> ParseGraphFormat(std::string_view s) {
  if (s == "dot") return GraphFormat::kDot;
  if (s == "graphml") return GraphFormat::kGraphml;
  if (s == "json") return GraphFormat::kJson;
  return Status::InvalidInput("unknown format '" + std::string(s) +
                              "' (known: dot, graphml, json)");
}

std::string DotQuote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      continue;
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // C0 controls other than tab and line breaks are not allowed in XML 1.0.
        if (c < 0x80 && !XmlAllowed(c)) {
          out += ' ';
        } else {
          out += ch;
        }
    }
  }
  return out;
}

void Graph::AddDocument(const DocumentLayers& layers, const GraphOptions& options) {
  std::set<std::string> seen;  // nodes in this document, for documents counts
  if (options.network == GraphNetwork::kComention) {
    for (const Entity& e : layers.entities) {
      std::string k = NodeKey(e.kind, e.id);
      Node& n = nodes_[k];
      n.kind = e.kind;
      n.id = e.id;
      KeepLeast(e.name.empty() ? e.text : e.name, &n.label);
      ++n.weight;
      seen.insert(k);
    }
    for (const auto& w : Windows(layers, options.document_window)) {
      for (auto a = w.begin(); a != w.end(); ++a) {
        for (auto b = std::next(a); b != w.end(); ++b) ++edges_[{*a, *b, ""}];
      }
    }
  } else {
    for (const Stance& s : layers.stances) {
      std::string actor_id = s.actor.id.empty() ? s.actor.text : s.actor.id;
      std::string target_kind, target_id, target_label;
      if (!s.target.topic.empty()) {
        target_kind = "topic";
        target_id = s.target.topic;
      } else if (!s.target.entity.empty()) {
        target_id = s.target.entity;
        target_kind = "entity";
        for (const Entity& e : layers.entities) {
          if (e.id == target_id) {
            target_kind = e.kind;
            target_label = e.name;
            break;
          }
        }
      } else {
        continue;  // an unlinked target is no node
      }
      std::string a = NodeKey(s.actor.kind, actor_id), t = NodeKey(target_kind, target_id);
      Node& an = nodes_[a];
      an.kind = s.actor.kind;
      an.id = actor_id;
      std::string actor_label = s.actor.text;
      for (const Entity& e : layers.entities) {
        if (!s.actor.id.empty() && e.id == s.actor.id && e.kind == s.actor.kind) {
          actor_label = e.name;
          break;
        }
      }
      KeepLeast(actor_label, &an.label);
      ++an.weight;
      Node& tn = nodes_[t];
      tn.kind = target_kind;
      tn.id = target_id;
      KeepLeast(target_label.empty() ? target_id : target_label, &tn.label);
      ++tn.weight;
      seen.insert(a);
      seen.insert(t);
      ++edges_[{a, t, s.polarity}];
    }
  }
  for (const std::string& k : seen) ++nodes_[k].documents;
}

void Graph::Merge(const Graph& other) {
  for (const auto& [k, n] : other.nodes_) {
    Node& m = nodes_[k];
    m.kind = n.kind;
    m.id = n.id;
    KeepLeast(n.label, &m.label);
    m.weight += n.weight;
    m.documents += n.documents;
  }
  for (const auto& [k, w] : other.edges_) edges_[k] += w;
}

void Graph::Write(GraphFormat format, const GraphOptions& options, std::string* out) const {
  bool directed = options.network == GraphNetwork::kStance;
  std::vector<std::pair<const EdgeKey*, uint64_t>> edges;
  std::set<std::string> linked;
  for (const auto& [k, w] : edges_) {
    if (w < options.min_weight) continue;
    edges.emplace_back(&k, w);
    linked.insert(std::get<0>(k));
    linked.insert(std::get<1>(k));
  }
  std::vector<const std::pair<const std::string, Node>*> nodes;
  for (const auto& kv : nodes_) {
    if (options.keep_isolated || linked.count(kv.first)) nodes.push_back(&kv);
  }
  const char* network = directed ? "stance" : "comention";
  if (format == GraphFormat::kJson) {
    JsonWriter w(out);
    w.BeginObject().Key("network").String(network).Key("directed").Bool(directed);
    w.Key("window").String(directed ? "" : (options.document_window ? "document" : "sentence"));
    w.Key("nodes").BeginArray();
    for (const auto* kv : nodes) {
      const Node& n = kv->second;
      w.BeginObject().Key("id").String(kv->first).Key("kind").String(n.kind);
      w.Key("entity").String(n.id).Key("label").String(n.label);
      w.Key("weight").UInt(n.weight).Key("documents").UInt(n.documents).EndObject();
    }
    w.EndArray().Key("edges").BeginArray();
    for (const auto& [k, weight] : edges) {
      w.BeginObject().Key("source").String(std::get<0>(*k)).Key("target").String(std::get<1>(*k));
      if (directed) w.Key("polarity").String(std::get<2>(*k));
      w.Key("weight").UInt(weight).EndObject();
    }
    w.EndArray().EndObject();
    out->push_back('\n');
    return;
  }
  if (format == GraphFormat::kDot) {
    *out += directed ? "digraph caucus {\n" : "graph caucus {\n";
    *out += "  graph [label=" + DotQuote(network) + "];\n  node [shape=box];\n";
    for (const auto* kv : nodes) {
      const Node& n = kv->second;
      *out += "  " + DotQuote(kv->first) + " [label=" + DotQuote(n.label.empty() ? n.id : n.label) +
              ", kind=" + DotQuote(n.kind) + ", weight=" + std::to_string(n.weight) + "];\n";
    }
    for (const auto& [k, weight] : edges) {
      *out += "  " + DotQuote(std::get<0>(*k)) + (directed ? " -> " : " -- ") +
              DotQuote(std::get<1>(*k)) + " [weight=" + std::to_string(weight);
      if (directed) {
        *out += ", polarity=" + DotQuote(std::get<2>(*k)) +
                ", color=" + DotQuote(PolarityColor(std::get<2>(*k)));
      }
      *out += ", label=" + DotQuote(std::to_string(weight)) + "];\n";
    }
    *out += "}\n";
    return;
  }
  *out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
      "  <key id=\"nweight\" for=\"node\" attr.name=\"weight\" attr.type=\"long\"/>\n"
      "  <key id=\"ndocs\" for=\"node\" attr.name=\"documents\" attr.type=\"long\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n";
  if (directed) {
    *out += "  <key id=\"polarity\" for=\"edge\" attr.name=\"polarity\" attr.type=\"string\"/>\n";
  }
  *out += std::string("  <graph id=\"") + network + "\" edgedefault=\"" +
          (directed ? "directed" : "undirected") + "\">\n";
  for (const auto* kv : nodes) {
    const Node& n = kv->second;
    *out += "    <node id=\"" + XmlEscape(kv->first) + "\"><data key=\"label\">" +
            XmlEscape(n.label.empty() ? n.id : n.label) + "</data><data key=\"kind\">" +
            XmlEscape(n.kind) + "</data><data key=\"nweight\">" + std::to_string(n.weight) +
            "</data><data key=\"ndocs\">" + std::to_string(n.documents) + "</data></node>\n";
  }
  size_t i = 0;
  for (const auto& [k, weight] : edges) {
    *out += "    <edge id=\"e" + std::to_string(i++) + "\" source=\"" + XmlEscape(std::get<0>(*k)) +
            "\" target=\"" + XmlEscape(std::get<1>(*k)) + "\"><data key=\"weight\">" +
            std::to_string(weight) + "</data>";
    if (directed) *out += "<data key=\"polarity\">" + XmlEscape(std::get<2>(*k)) + "</data>";
    *out += "</edge>\n";
  }
  *out += "  </graph>\n</graphml>\n";
}

void GraphAccumulator::Add(const Graph& g) {
  std::lock_guard<std::mutex> lock(mu_);
  graph_.Merge(g);
}

Graph GraphAccumulator::Finish() {
  std::lock_guard<std::mutex> lock(mu_);
  Graph out = std::move(graph_);
  graph_ = Graph();
  return out;
}

}  // namespace caucus
