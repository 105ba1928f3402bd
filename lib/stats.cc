#include "caucus/stats.h"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <thread>
#include <unordered_set>

#include "caucus/json.h"
#include "caucus/segment.h"

namespace caucus {
namespace {

using nlohmann::json;

constexpr std::string_view kDimNames[kStatsDimCount] = {"corpus", "kind",  "entity",   "document",
                                                        "actor",  "topic", "polarity", "stance"};
constexpr char kSep = '\x1f';
constexpr std::string_view kPartialTag = "caucus-stats/1";

// Key fields per dimension, as they are named in the output.
const std::vector<std::vector<const char*>>& KeyNames() {
  static const std::vector<std::vector<const char*>> k = {
      {},                                            // corpus
      {"kind"},                                      // kind
      {"kind", "id"},                                // entity
      {"id"},                                        // document
      {"kind", "id"},                                // actor
      {"topic"},                                     // topic
      {"polarity"},                                  // polarity
      {"actor_kind", "actor", "polarity", "topic"},  // stance
  };
  return k;
}

std::vector<std::string> SplitKey(std::string_view k) {
  std::vector<std::string> out;
  size_t start = 1;
  for (size_t i = 1; i < k.size(); ++i) {
    if (k[i] == kSep) {
      out.emplace_back(k.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// The count rows of a dimension are ranked by.
uint64_t MainCount(StatsDim d, const StatsCounts& c) {
  switch (d) {
    case StatsDim::kKind:
    case StatsDim::kEntity:
      return c.mentions;
    case StatsDim::kDocument:
    case StatsDim::kCorpus:
      return 0;  // documents are listed by id
    default:
      return c.stances;
  }
}

// The topic a stance is about: its linked topic, else the entity it targets,
// else "" (unlinked).
std::string TopicKey(const Stance& s) {
  if (!s.target.topic.empty()) return s.target.topic;
  if (!s.target.entity.empty()) return "entity:" + s.target.entity;
  return std::string();
}

std::string ActorId(const StanceActor& a) { return a.id.empty() ? a.text : a.id; }

void AddPolarity(const std::string& p, StatsCounts* c) {
  ++c->stances;
  if (p == "support") {
    ++c->support;
  } else if (p == "oppose") {
    ++c->oppose;
  } else if (p == "neutral") {
    ++c->neutral;
  }
}

void KeepLeastName(const std::string& name, std::string* into) {
  if (name.empty()) return;
  if (into->empty() || name < *into) *into = name;
}

void WriteCounts(StatsDim d, const StatsCounts& c, JsonWriter* w) {
  switch (d) {
    case StatsDim::kCorpus:
      w->Key("documents").UInt(c.documents).Key("bytes").UInt(c.bytes);
      w->Key("entities").UInt(c.entities).Key("stances").UInt(c.stances);
      break;
    case StatsDim::kDocument:
      w->Key("bytes").UInt(c.bytes).Key("entities").UInt(c.entities).Key("stances").UInt(c.stances);
      // A duplicate id shows as documents > 1 rather than vanishing.
      if (c.documents != 1) w->Key("documents").UInt(c.documents);
      break;
    case StatsDim::kKind:
    case StatsDim::kEntity:
      w->Key("mentions").UInt(c.mentions).Key("documents").UInt(c.documents);
      break;
    case StatsDim::kActor:
    case StatsDim::kTopic:
      w->Key("stances").UInt(c.stances).Key("support").UInt(c.support);
      w->Key("oppose").UInt(c.oppose).Key("neutral").UInt(c.neutral);
      w->Key("documents").UInt(c.documents);
      break;
    case StatsDim::kPolarity:
    case StatsDim::kStance:
      w->Key("stances").UInt(c.stances).Key("documents").UInt(c.documents);
      break;
  }
}

std::string TsvField(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
  }
  return out;
}

uint64_t GetU(const json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || !it->is_number_unsigned()) return 0;
  return it->get<uint64_t>();
}

}  // namespace

std::string_view StatsDimName(StatsDim d) { return kDimNames[static_cast<int>(d)]; }

Result<StatsDims> ParseStatsDims(const std::vector<std::string>& words) {
  StatsDims dims = 0;
  for (const std::string& w : words) {
    size_t start = 0;
    while (start <= w.size()) {
      size_t comma = w.find(',', start);
      if (comma == std::string::npos) comma = w.size();
      std::string word = w.substr(start, comma - start);
      start = comma + 1;
      if (word.empty()) continue;
      if (word == "all") {
        dims |= kAllStatsDims;
        continue;
      }
      bool known = false;
      for (int i = 0; i < kStatsDimCount; ++i) {
        if (word == kDimNames[i]) {
          dims |= 1u << i;
          known = true;
        }
      }
      if (!known) {
        return Status::InvalidInput("unknown --by value '" + word +
                                    "' (known: corpus, kind, entity, document, actor, topic, "
                                    "polarity, stance, all)");
      }
    }
  }
  if (dims == 0) dims = kAllStatsDims;
  return dims;
}

bool NeedsStances(StatsDims dims) {
  return HasDim(dims, StatsDim::kActor) || HasDim(dims, StatsDim::kTopic) ||
         HasDim(dims, StatsDim::kPolarity) || HasDim(dims, StatsDim::kStance) ||
         HasDim(dims, StatsDim::kCorpus) || HasDim(dims, StatsDim::kDocument);
}

void StatsCounts::Add(const StatsCounts& o) {
  mentions += o.mentions;
  documents += o.documents;
  bytes += o.bytes;
  entities += o.entities;
  stances += o.stances;
  support += o.support;
  oppose += o.oppose;
  neutral += o.neutral;
  KeepLeastName(o.name, &name);
}

StatsCounts& StatsTable::Cell(StatsDim dim, std::initializer_list<std::string_view> key) {
  std::string k(1, static_cast<char>(dim));
  for (std::string_view f : key) {
    k.append(f);
    k.push_back(kSep);
  }
  return cells_[k];
}

void StatsTable::AddDocument(std::string_view id, uint64_t bytes,
                             const std::vector<Entity>& entities,
                             const std::vector<Stance>* stances, StatsDims dims) {
  // Count this document's cells apart first so that each key gets
  // documents=1 however often the document mentions it.
  StatsTable doc;
  uint64_t n_stances = stances ? stances->size() : 0;
  if (HasDim(dims, StatsDim::kCorpus)) {
    StatsCounts& c = doc.Cell(StatsDim::kCorpus, {});
    c.bytes = bytes;
    c.entities = entities.size();
    c.stances = n_stances;
  }
  if (HasDim(dims, StatsDim::kDocument)) {
    StatsCounts& c = doc.Cell(StatsDim::kDocument, {id});
    c.bytes = bytes;
    c.entities = entities.size();
    c.stances = n_stances;
  }
  for (const Entity& e : entities) {
    if (HasDim(dims, StatsDim::kKind)) ++doc.Cell(StatsDim::kKind, {e.kind}).mentions;
    if (HasDim(dims, StatsDim::kEntity)) {
      StatsCounts& c = doc.Cell(StatsDim::kEntity, {e.kind, e.id});
      ++c.mentions;
      KeepLeastName(e.name.empty() ? e.text : e.name, &c.name);
    }
  }
  if (stances) {
    for (const Stance& s : *stances) {
      std::string actor = ActorId(s.actor);
      std::string topic = TopicKey(s);
      if (HasDim(dims, StatsDim::kActor)) {
        StatsCounts& c = doc.Cell(StatsDim::kActor, {s.actor.kind, actor});
        AddPolarity(s.polarity, &c);
        // Prefer the dictionary's name for the actor when the document has it.
        std::string name = s.actor.text;
        for (const Entity& e : entities) {
          if (!s.actor.id.empty() && e.id == s.actor.id && e.kind == s.actor.kind &&
              !e.name.empty()) {
            name = e.name;
            break;
          }
        }
        KeepLeastName(name, &c.name);
      }
      if (HasDim(dims, StatsDim::kTopic))
        AddPolarity(s.polarity, &doc.Cell(StatsDim::kTopic, {topic}));
      if (HasDim(dims, StatsDim::kPolarity)) ++doc.Cell(StatsDim::kPolarity, {s.polarity}).stances;
      if (HasDim(dims, StatsDim::kStance)) {
        ++doc.Cell(StatsDim::kStance, {s.actor.kind, actor, s.polarity, topic}).stances;
      }
    }
  }
  for (auto& [k, c] : doc.cells_) {
    c.documents = 1;
    cells_[k].Add(c);
  }
}

void StatsTable::Merge(const StatsTable& other) {
  for (const auto& [k, c] : other.cells_) cells_[k].Add(c);
}

std::vector<StatsTable::Row> StatsTable::SortedRows(const StatsOptions& options,
                                                    bool for_partial) const {
  std::vector<Row> rows;
  rows.reserve(cells_.size());
  static const StatsCounts kEmpty;
  bool has_corpus = false;
  for (const auto& [k, c] : cells_) {
    StatsDim d = static_cast<StatsDim>(k[0]);
    if (!HasDim(options.dims, d)) continue;
    if (d == StatsDim::kCorpus) has_corpus = true;
    rows.push_back({d, SplitKey(k), &c});
  }
  // An empty corpus still has a corpus row, so an empty partial merges to
  // the same output as an empty run.
  if (!has_corpus && HasDim(options.dims, StatsDim::kCorpus) && !for_partial) {
    rows.push_back({StatsDim::kCorpus, {}, &kEmpty});
  }
  std::sort(rows.begin(), rows.end(), [for_partial](const Row& a, const Row& b) {
    if (a.dim != b.dim) return a.dim < b.dim;
    if (!for_partial) {
      uint64_t ca = MainCount(a.dim, *a.counts), cb = MainCount(b.dim, *b.counts);
      if (ca != cb) return ca > cb;
    }
    return a.key < b.key;
  });
  if (options.top > 0 && !for_partial) {
    std::vector<Row> cut;
    int dim = -1;
    uint64_t n = 0;
    for (Row& r : rows) {
      if (static_cast<int>(r.dim) != dim) {
        dim = static_cast<int>(r.dim);
        n = 0;
      }
      if (r.dim == StatsDim::kCorpus || n++ < options.top) cut.push_back(std::move(r));
    }
    rows.swap(cut);
  }
  return rows;
}

void StatsTable::AppendJsonl(const StatsOptions& options, std::string* out) const {
  for (const Row& r : SortedRows(options, false)) {
    JsonWriter w(out);
    w.BeginObject().Key("by").String(StatsDimName(r.dim));
    const auto& names = KeyNames()[static_cast<int>(r.dim)];
    for (size_t i = 0; i < names.size() && i < r.key.size(); ++i) {
      w.Key(names[i]).String(r.key[i]);
      if (i == names.size() - 1 && !r.counts->name.empty()) w.Key("name").String(r.counts->name);
    }
    WriteCounts(r.dim, *r.counts, &w);
    w.EndObject();
    out->push_back('\n');
  }
}

void StatsTable::AppendTsv(const StatsOptions& options, std::string* out) const {
  out->append(
      "by\tkind\tid\tname\tpolarity\ttopic\tmentions\tstances\tsupport\toppose\tneutral\t"
      "documents\tbytes\tentities\n");
  for (const Row& r : SortedRows(options, false)) {
    // Map each dimension's key onto the fixed columns.
    std::string kind, id, polarity, topic;
    const auto& k = r.key;
    switch (r.dim) {
      case StatsDim::kKind:
        kind = k[0];
        break;
      case StatsDim::kEntity:
      case StatsDim::kActor:
        kind = k[0];
        id = k[1];
        break;
      case StatsDim::kDocument:
        id = k[0];
        break;
      case StatsDim::kTopic:
        topic = k[0];
        break;
      case StatsDim::kPolarity:
        polarity = k[0];
        break;
      case StatsDim::kStance:
        kind = k[0];
        id = k[1];
        polarity = k[2];
        topic = k[3];
        break;
      case StatsDim::kCorpus:
        break;
    }
    const StatsCounts& c = *r.counts;
    std::string name = c.name;
    std::string line = std::string(StatsDimName(r.dim));
    for (const std::string* f :
         std::initializer_list<const std::string*>{&kind, &id, &name, &polarity, &topic}) {
      line += '\t';
      line += TsvField(*f);
    }
    for (uint64_t v : {c.mentions, c.stances, c.support, c.oppose, c.neutral, c.documents, c.bytes,
                       c.entities}) {
      line += '\t';
      line += std::to_string(v);
    }
    out->append(line);
    out->push_back('\n');
  }
}

void StatsTable::AppendPartial(std::string* out) const {
  StatsOptions all;
  for (const Row& r : SortedRows(all, true)) {
    const StatsCounts& c = *r.counts;
    JsonWriter w(out);
    w.BeginObject().Key("partial").String(kPartialTag).Key("by").String(StatsDimName(r.dim));
    w.Key("key").BeginArray();
    for (const std::string& f : r.key) w.String(f);
    w.EndArray();
    // Zero counters are left out; a missing counter reads back as zero.
    const std::pair<const char*, uint64_t> fields[] = {
        {"mentions", c.mentions}, {"documents", c.documents}, {"bytes", c.bytes},
        {"entities", c.entities}, {"stances", c.stances},     {"support", c.support},
        {"oppose", c.oppose},     {"neutral", c.neutral}};
    for (const auto& [name, v] : fields) {
      if (v != 0) w.Key(name).UInt(v);
    }
    if (!c.name.empty()) w.Key("name").String(c.name);
    w.EndObject();
    out->push_back('\n');
  }
}

Status StatsTable::MergePartialLine(std::string_view line) {
  if (line.find_first_not_of(" \t\r\n") == std::string_view::npos) return Status::Ok();
  json j;
  try {
    j = json::parse(line.begin(), line.end());
  } catch (const json::exception& e) {
    return Status::InvalidInput(std::string("malformed JSON: ") + e.what());
  }
  if (!j.is_object() || j.value("partial", std::string()) != kPartialTag) {
    return Status::InvalidInput("not a stats partial (make partials with: caucus stats --partial)");
  }
  std::string by = j.value("by", std::string());
  int dim = -1;
  for (int i = 0; i < kStatsDimCount; ++i) {
    if (by == kDimNames[i]) dim = i;
  }
  if (dim < 0) return Status::InvalidInput("unknown \"by\": " + by);
  auto key = j.find("key");
  if (key == j.end() || !key->is_array() || key->size() != KeyNames()[dim].size()) {
    return Status::InvalidInput("\"key\" must be an array of " +
                                std::to_string(KeyNames()[dim].size()) + " strings for " + by);
  }
  std::string k(1, static_cast<char>(dim));
  for (const json& f : *key) {
    if (!f.is_string()) return Status::InvalidInput("\"key\" must hold strings");
    k += f.get<std::string>();
    k.push_back(kSep);
  }
  StatsCounts c;
  c.mentions = GetU(j, "mentions");
  c.documents = GetU(j, "documents");
  c.bytes = GetU(j, "bytes");
  c.entities = GetU(j, "entities");
  c.stances = GetU(j, "stances");
  c.support = GetU(j, "support");
  c.oppose = GetU(j, "oppose");
  c.neutral = GetU(j, "neutral");
  c.name = j.value("name", std::string());
  cells_[k].Add(c);
  return Status::Ok();
}

void StatsAccumulator::Add(const StatsTable& t) {
  // Spread threads over shards so workers rarely wait on each other.
  size_t shard = std::hash<std::thread::id>()(std::this_thread::get_id()) % kShards;
  std::lock_guard<std::mutex> lock(mu_[shard]);
  tables_[shard].Merge(t);
}

StatsTable StatsAccumulator::Finish() {
  StatsTable out;
  for (int i = 0; i < kShards; ++i) {
    std::lock_guard<std::mutex> lock(mu_[i]);
    out.Merge(tables_[i]);
    tables_[i] = StatsTable();
  }
  return out;
}

uint64_t MergePartialStream(std::istream& in, StatsTable* table, bool strict,
                            const std::function<void(uint64_t line, const Status&)>& on_error) {
  std::string line;
  uint64_t n = 0, bad = 0;
  while (std::getline(in, line)) {
    ++n;
    Status st = table->MergePartialLine(line);
    if (!st.ok()) {
      ++bad;
      if (on_error) on_error(n, st);
      if (strict) break;
    }
  }
  return bad;
}

}  // namespace caucus
