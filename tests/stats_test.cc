#include "caucus/stats.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace caucus {
namespace {

using nlohmann::json;

Entity Ent(const char* kind, const char* id, const char* name = "") {
  Entity e;
  e.kind = kind;
  e.id = id;
  e.name = name;
  e.text = name;
  return e;
}

Stance St(const char* actor_kind, const char* actor, const char* polarity, const char* topic) {
  Stance s;
  s.actor.kind = actor_kind;
  s.actor.id = actor;
  s.actor.text = actor;
  s.polarity = polarity;
  s.target.topic = topic;
  return s;
}

struct Doc {
  std::string id;
  uint64_t bytes;
  std::vector<Entity> entities;
  std::vector<Stance> stances;
};

std::vector<Doc> Corpus() {
  return {
      {"a",
       100,
       {Ent("government", "RUS", "Russia"), Ent("government", "RUS", "Russia"),
        Ent("body", "ITU", "International Telecommunication Union")},
       {St("government", "RUS", "support", "intergovernmental-control")}},
      {"b",
       50,
       {Ent("government", "USA", "United States"), Ent("body", "ITU", "ITU")},
       {St("government", "USA", "oppose", "intergovernmental-control"),
        St("group", "some-governments", "oppose", "igf")}},
      {"c", 10, {}, {}},
      {"d",
       70,
       {Ent("government", "RUS", "Russian Federation"), Ent("topic", "ipv6", "IPv6")},
       {St("government", "RUS", "support", "intergovernmental-control"),
        St("government", "RUS", "neutral", "")}},
  };
}

StatsTable Table(const std::vector<Doc>& docs, size_t from, size_t to,
                 StatsDims dims = kAllStatsDims) {
  StatsTable t;
  for (size_t i = from; i < to; ++i) {
    t.AddDocument(docs[i].id, docs[i].bytes, docs[i].entities, &docs[i].stances, dims);
  }
  return t;
}

std::vector<json> Lines(const std::string& s) {
  std::vector<json> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) out.push_back(json::parse(line));
  return out;
}

json Find(const std::vector<json>& rows, const std::string& by, const std::string& field,
          const std::string& value) {
  for (const json& r : rows) {
    if (r["by"] == by && r.value(field, std::string()) == value) return r;
  }
  return json();
}

TEST(StatsTest, CountsPerDimension) {
  auto docs = Corpus();
  StatsTable t = Table(docs, 0, docs.size());
  std::string out;
  t.AppendJsonl({}, &out);
  auto rows = Lines(out);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0], json::parse(R"({"by":"corpus","documents":4,"bytes":230,"entities":7,
                                    "stances":5})"));
  struct Case {
    const char* by;
    const char* field;
    const char* value;
    const char* want;
  } cases[] = {
      {"kind", "kind", "government",
       R"({"by":"kind","kind":"government","mentions":4,"documents":3})"},
      {"entity", "id", "RUS",
       R"({"by":"entity","kind":"government","id":"RUS","name":"Russia","mentions":3,"documents":2})"},
      {"entity", "id", "ITU",
       R"({"by":"entity","kind":"body","id":"ITU","name":"ITU","mentions":2,"documents":2})"},
      {"document", "id", "c", R"({"by":"document","id":"c","bytes":10,"entities":0,"stances":0})"},
      {"actor", "id", "RUS",
       R"({"by":"actor","kind":"government","id":"RUS","name":"Russia","stances":3,"support":2,
           "oppose":0,"neutral":1,"documents":2})"},
      {"topic", "topic", "intergovernmental-control",
       R"({"by":"topic","topic":"intergovernmental-control","stances":3,"support":2,"oppose":1,
           "neutral":0,"documents":3})"},
      {"polarity", "polarity", "oppose",
       R"({"by":"polarity","polarity":"oppose","stances":2,"documents":1})"},
      {"stance", "actor", "USA",
       R"({"by":"stance","actor_kind":"government","actor":"USA","polarity":"oppose",
           "topic":"intergovernmental-control","stances":1,"documents":1})"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Find(rows, c.by, c.field, c.value), json::parse(c.want)) << c.by << " " << c.value;
  }
}

TEST(StatsTest, RowsSortedByCountThenKey) {
  auto docs = Corpus();
  std::string out;
  Table(docs, 0, docs.size()).AppendJsonl({}, &out);
  std::vector<std::string> entity_ids, dims;
  for (const json& r : Lines(out)) {
    if (dims.empty() || dims.back() != r["by"]) dims.push_back(r["by"]);
    if (r["by"] == "entity") entity_ids.push_back(r["id"]);
  }
  EXPECT_EQ(dims, (std::vector<std::string>{"corpus", "kind", "entity", "document", "actor",
                                            "topic", "polarity", "stance"}));
  EXPECT_EQ(entity_ids, (std::vector<std::string>{"RUS", "ITU", "USA", "ipv6"}));
}

TEST(StatsTest, ByAndTopSelectRows) {
  auto docs = Corpus();
  auto dims = ParseStatsDims({"entity,kind"});
  ASSERT_TRUE(dims.ok());
  StatsOptions o;
  o.dims = *dims;
  o.top = 1;
  std::string out;
  Table(docs, 0, docs.size(), *dims).AppendJsonl(o, &out);
  auto rows = Lines(out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["by"], "kind");
  EXPECT_EQ(rows[1]["id"], "RUS");
  EXPECT_FALSE(ParseStatsDims({"entity,colour"}).ok());
  EXPECT_EQ(*ParseStatsDims({}), kAllStatsDims);
  EXPECT_FALSE(NeedsStances(*dims));
}

// The map/reduce property: however the corpus is split, partials merged in
// any order give the single-pass output byte for byte.
TEST(StatsTest, PartialsMergeExactly) {
  auto docs = Corpus();
  std::string want;
  Table(docs, 0, docs.size()).AppendJsonl({}, &want);
  std::string want_tsv;
  Table(docs, 0, docs.size()).AppendTsv({}, &want_tsv);
  std::vector<std::vector<size_t>> splits = {
      {0, 4}, {0, 1, 4}, {0, 2, 4}, {0, 1, 2, 3, 4}, {0, 0, 3, 4}};
  for (const auto& cuts : splits) {
    std::vector<std::string> parts;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
      std::string p;
      Table(docs, cuts[i], cuts[i + 1]).AppendPartial(&p);
      parts.push_back(p);
    }
    for (bool reverse : {false, true}) {
      StatsTable merged;
      std::string all;
      for (size_t i = 0; i < parts.size(); ++i) all += parts[reverse ? parts.size() - 1 - i : i];
      std::istringstream in(all);
      EXPECT_EQ(MergePartialStream(in, &merged, false, nullptr), 0u);
      std::string got, got_tsv;
      merged.AppendJsonl({}, &got);
      merged.AppendTsv({}, &got_tsv);
      EXPECT_EQ(got, want);
      EXPECT_EQ(got_tsv, want_tsv);
      // A merged partial is itself a partial (tree-shaped reduce).
      std::string re;
      merged.AppendPartial(&re);
      StatsTable again;
      std::istringstream in2(re);
      EXPECT_EQ(MergePartialStream(in2, &again, false, nullptr), 0u);
      std::string got2;
      again.AppendJsonl({}, &got2);
      EXPECT_EQ(got2, want);
    }
  }
}

TEST(StatsTest, EmptyPartialMergesToEmptyRun) {
  StatsTable empty;
  std::string want, part;
  empty.AppendJsonl({}, &want);
  EXPECT_EQ(want, "{\"by\":\"corpus\",\"documents\":0,\"bytes\":0,\"entities\":0,\"stances\":0}\n");
  empty.AppendPartial(&part);
  StatsTable merged;
  std::istringstream in(part);
  EXPECT_EQ(MergePartialStream(in, &merged, false, nullptr), 0u);
  std::string got;
  merged.AppendJsonl({}, &got);
  EXPECT_EQ(got, want);
}

TEST(StatsTest, BadPartialLinesAreReported) {
  struct Case {
    const char* line;
    const char* message_part;
  } cases[] = {
      {"{oops", "malformed JSON"},
      {R"({"id":"x","text":"y"})", "not a stats partial"},
      {R"({"partial":"caucus-stats/1","by":"colour","key":[]})", "unknown \"by\""},
      {R"({"partial":"caucus-stats/1","by":"entity","key":["government"]})", "\"key\" must"},
  };
  for (const Case& c : cases) {
    StatsTable t;
    Status st = t.MergePartialLine(c.line);
    EXPECT_FALSE(st.ok()) << c.line;
    EXPECT_NE(st.message().find(c.message_part), std::string::npos) << st.message();
  }
  std::istringstream in(std::string("{oops\n\n") + "{\"partial\":\"caucus-stats/1\",\"by\":" +
                        "\"corpus\",\"key\":[],\"documents\":2}\nnope\n");
  StatsTable t;
  std::vector<uint64_t> bad_lines;
  EXPECT_EQ(MergePartialStream(in, &t, false,
                               [&](uint64_t line, const Status&) { bad_lines.push_back(line); }),
            2u);
  EXPECT_EQ(bad_lines, (std::vector<uint64_t>{1, 4}));
  std::string out;
  t.AppendJsonl({}, &out);
  EXPECT_EQ(Lines(out)[0]["documents"], 2);
}

TEST(StatsTest, TsvHasFixedColumnsAndNoStrayTabs) {
  std::vector<Doc> docs = {{"tab\there", 5, {Ent("body", "ITU", "I\tT\nU")}, {}}};
  std::string out;
  Table(docs, 0, 1).AppendTsv({}, &out);
  std::istringstream in(out);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 13) << line;
    ++n;
  }
  EXPECT_EQ(n, 5u);  // header, corpus, kind, entity, document
  EXPECT_NE(out.find("entity\tbody\tITU\tI T U\t"), std::string::npos) << out;
}

}  // namespace
}  // namespace caucus
