#include "caucus/eval.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "caucus/json.h"

namespace caucus {
namespace {

using nlohmann::json;

bool ReadSpan(const json& j, Span* s) {
  if (!j.is_array() || j.size() != 2 || !j[0].is_number_unsigned() || !j[1].is_number_unsigned())
    return false;
  s->begin = j[0].get<uint32_t>();
  s->end = j[1].get<uint32_t>();
  return s->begin <= s->end;
}

// A gold stance's optional "target": {"id": ..., "topic": ...}.
bool ReadTarget(const json& a, GoldStance* s) {
  if (!a.contains("target")) return true;
  const json& t = a["target"];
  if (!t.is_object()) return false;
  for (const auto& [key, field] : {std::pair{"id", &s->target_id}, {"topic", &s->target_topic}}) {
    if (!t.contains(key)) continue;
    if (!t[key].is_string()) return false;
    *field = t[key].get<std::string>();
  }
  return true;
}

bool TargetAgrees(const GoldStance& g, const Stance& p) {
  if (!g.HasTarget()) return true;
  return (!g.target_id.empty() && p.target.entity == g.target_id) ||
         (!g.target_topic.empty() && p.target.topic == g.target_topic);
}

// One-to-one greedy matching of gold stances (in gold order) against
// predictions; `agree` is the extra condition beyond actor, polarity and
// overlapping evidence.
template <typename Agree>
void MatchStances(const std::vector<GoldStance>& gold, const std::vector<Stance>& pred, Agree agree,
                  PrfCounts* c) {
  std::vector<char> used(pred.size(), 0);
  for (const GoldStance& gs : gold) {
    bool hit = false;
    for (size_t k = 0; k < pred.size() && !hit; ++k) {
      const Stance& ps = pred[k];
      if (!used[k] && ps.actor.id == gs.actor && ps.polarity == gs.polarity &&
          ps.span.Overlaps(gs.span) && agree(gs, ps)) {
        used[k] = 1;
        hit = true;
      }
    }
    (hit ? c->tp : c->fn)++;
  }
  for (char u : used)
    if (!u) c->fp++;
}

std::string Fmt(double v) {
  char b[16];
  snprintf(b, sizeof b, "%.3f", v);
  return b;
}

}  // namespace

Result<std::vector<GoldDoc>> ParseGold(std::string_view text, const std::string& name) {
  std::vector<GoldDoc> out;
  size_t p = 0;
  int line_no = 0;
  while (p < text.size()) {
    size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(p, e - p);
    p = e + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::string where = name + ":" + std::to_string(line_no) + ": ";
    json j;
    try {
      j = json::parse(line.begin(), line.end());
    } catch (const json::exception& ex) {
      return Status::InvalidInput(where + "bad JSON: " + ex.what());
    }
    if (!j.is_object() || !j.contains("id") || !j["id"].is_string())
      return Status::InvalidInput(where + "needs a string \"id\"");
    GoldDoc g;
    g.id = j["id"].get<std::string>();
    g.bytes = j.value("bytes", uint64_t{0});
    if (j.contains("entities")) {
      if (!j["entities"].is_array())
        return Status::InvalidInput(where + "\"entities\" is not an array");
      g.has_entities = true;
      for (const json& a : j["entities"]) {
        Entity en;
        if (!a.is_object() || !ReadSpan(a.value("span", json()), &en.span) || !a.contains("kind") ||
            !a.contains("id"))
          return Status::InvalidInput(where + "entity needs span, kind and id");
        en.kind = a["kind"].get<std::string>();
        en.id = a["id"].get<std::string>();
        g.entities.push_back(std::move(en));
      }
    }
    if (j.contains("stances")) {
      if (!j["stances"].is_array())
        return Status::InvalidInput(where + "\"stances\" is not an array");
      g.has_stances = true;
      for (const json& a : j["stances"]) {
        GoldStance s;
        if (!a.is_object() || !ReadSpan(a.value("span", json()), &s.span) || !a.contains("actor") ||
            !a.contains("polarity"))
          return Status::InvalidInput(where + "stance needs actor, polarity and span");
        s.actor = a["actor"].get<std::string>();
        s.polarity = a["polarity"].get<std::string>();
        if (s.polarity != "support" && s.polarity != "oppose" && s.polarity != "neutral")
          return Status::InvalidInput(where + "polarity must be support, oppose or neutral");
        if (!ReadTarget(a, &s))
          return Status::InvalidInput(
              where + "stance target must be an object whose id and topic are strings");
        g.stances.push_back(std::move(s));
      }
    }
    out.push_back(std::move(g));
  }
  return out;
}

std::string Evaluator::Add(std::string_view doc_id, uint64_t text_bytes,
                           const std::vector<Entity>& entities,
                           const std::vector<Stance>& stances) {
  if (seen_.size() != gold_.size()) seen_.assign(gold_.size(), 0);
  const GoldDoc* g = nullptr;
  for (size_t i = 0; i < gold_.size(); ++i) {
    const std::string& gid = gold_[i].id;
    bool match = doc_id == gid ||
                 (doc_id.size() > gid.size() && doc_id.substr(doc_id.size() - gid.size()) == gid &&
                  doc_id[doc_id.size() - gid.size() - 1] == '/');
    if (match) {
      g = &gold_[i];
      seen_[i] = 1;
      break;
    }
  }
  if (!g) return "";
  ++scored_;
  std::string warning;
  if (g->bytes && g->bytes != text_bytes) {
    warning = std::string(doc_id) + ": text is " + std::to_string(text_bytes) +
              " bytes, the gold was made on " + std::to_string(g->bytes);
  }
  if (g->has_entities) {
    std::vector<char> used(entities.size(), 0);
    for (const Entity& ge : g->entities) {
      bool hit = false;
      for (size_t k = 0; k < entities.size() && !hit; ++k) {
        const Entity& pe = entities[k];
        if (!used[k] && pe.kind == ge.kind && pe.id == ge.id && pe.span.Overlaps(ge.span)) {
          used[k] = 1;
          hit = true;
        }
      }
      PrfCounts& c = counts_["entities/" + ge.kind];
      PrfCounts& all = counts_["entities"];
      (hit ? c.tp : c.fn)++;
      (hit ? all.tp : all.fn)++;
    }
    for (size_t k = 0; k < entities.size(); ++k) {
      if (used[k]) continue;
      counts_["entities/" + entities[k].kind].fp++;
      counts_["entities"].fp++;
    }
  }
  if (g->has_stances) {
    MatchStances(
        g->stances, stances, [](const GoldStance&, const Stance&) { return true; },
        &counts_["stances"]);
    MatchStances(g->stances, stances, TargetAgrees, &counts_["stances+target"]);
  }
  return warning;
}

std::vector<std::string> Evaluator::Missing() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < gold_.size(); ++i)
    if (seen_.size() != gold_.size() || !seen_[i]) out.push_back(gold_[i].id);
  return out;
}

std::string Evaluator::Text() const {
  std::string out = "layer                     gold  pred    tp  precision  recall     f1\n";
  for (const auto& [k, c] : counts_) {
    char line[160];
    snprintf(line, sizeof line, "%-24s %5llu %5llu %5llu  %9s  %6s  %5s\n", k.c_str(),
             static_cast<unsigned long long>(c.tp + c.fn),
             static_cast<unsigned long long>(c.tp + c.fp), static_cast<unsigned long long>(c.tp),
             Fmt(c.Precision()).c_str(), Fmt(c.Recall()).c_str(), Fmt(c.F1()).c_str());
    out += line;
  }
  out += "documents scored: " + std::to_string(scored_) + "\n";
  return out;
}

std::string Evaluator::Json() const {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("documents").UInt(scored_).Key("scores").BeginObject();
  for (const auto& [k, c] : counts_) {
    w.Key(k).BeginObject().Key("gold").UInt(c.tp + c.fn).Key("predicted").UInt(c.tp + c.fp);
    w.Key("tp").UInt(c.tp).Key("precision").Double(c.Precision()).Key("recall").Double(c.Recall());
    w.Key("f1").Double(c.F1()).EndObject();
  }
  w.EndObject().EndObject();
  out += "\n";
  return out;
}

}  // namespace caucus
