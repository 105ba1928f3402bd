#include "caucus/graph.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace caucus {
namespace {

using nlohmann::json;

Entity Ent(uint32_t b, uint32_t e, const char* kind, const char* id, const char* name) {
  Entity x;
  x.span = {b, e};
  x.kind = kind;
  x.id = id;
  x.name = name;
  return x;
}

Stance St(const char* actor, const char* polarity, const char* topic, const char* entity = "") {
  Stance s;
  s.actor.kind = "government";
  s.actor.id = actor;
  s.actor.text = actor;
  s.polarity = polarity;
  s.target.topic = topic;
  s.target.entity = entity;
  return s;
}

// Two sentences: [0,50) mentions RUS, ITU, RUS; [50,100) mentions ITU, USA.
DocumentLayers TwoSentences() {
  DocumentLayers l;
  l.sentences = {{{0, 50}, 0}, {{50, 100}, 0}};
  l.entities = {Ent(0, 6, "government", "RUS", "Russia"), Ent(10, 13, "body", "ITU", "ITU"),
                Ent(20, 26, "government", "RUS", "Russia"), Ent(60, 63, "body", "ITU", "ITU"),
                Ent(70, 73, "government", "USA", "United States")};
  return l;
}

json Json(const Graph& g, const GraphOptions& o) {
  std::string out;
  g.Write(GraphFormat::kJson, o, &out);
  return json::parse(out);
}

TEST(GraphTest, ComentionBySentenceAndDocument) {
  struct Case {
    bool document_window;
    std::vector<std::tuple<std::string, std::string, int>> want;
  } cases[] = {
      {false, {{"body:ITU", "government:RUS", 1}, {"body:ITU", "government:USA", 1}}},
      {true,
       {{"body:ITU", "government:RUS", 1},
        {"body:ITU", "government:USA", 1},
        {"government:RUS", "government:USA", 1}}},
  };
  for (const Case& c : cases) {
    GraphOptions o;
    o.document_window = c.document_window;
    Graph g;
    g.AddDocument(TwoSentences(), o);
    g.AddDocument(TwoSentences(), o);
    json j = Json(g, o);
    ASSERT_EQ(j["edges"].size(), c.want.size());
    for (size_t i = 0; i < c.want.size(); ++i) {
      EXPECT_EQ(j["edges"][i]["source"], std::get<0>(c.want[i]));
      EXPECT_EQ(j["edges"][i]["target"], std::get<1>(c.want[i]));
      EXPECT_EQ(j["edges"][i]["weight"], 2 * std::get<2>(c.want[i]));
    }
    EXPECT_EQ(j["nodes"][1]["id"], "government:RUS");
    EXPECT_EQ(j["nodes"][1]["weight"], 4);  // mentions
    EXPECT_EQ(j["nodes"][1]["documents"], 2);
    EXPECT_EQ(j["directed"], false);
  }
}

TEST(GraphTest, MinWeightDropsEdgesAndIsolatedNodes) {
  GraphOptions o;
  Graph g;
  DocumentLayers l = TwoSentences();
  g.AddDocument(l, o);
  l.entities.pop_back();  // second document without USA
  g.AddDocument(l, o);
  o.min_weight = 2;
  json j = Json(g, o);
  ASSERT_EQ(j["edges"].size(), 1u);
  EXPECT_EQ(j["edges"][0]["target"], "government:RUS");
  EXPECT_EQ(j["nodes"].size(), 2u);
  o.keep_isolated = true;
  EXPECT_EQ(Json(g, o)["nodes"].size(), 3u);
}

TEST(GraphTest, StanceNetworkIsDirectedPerPolarity) {
  GraphOptions o;
  o.network = GraphNetwork::kStance;
  DocumentLayers l;
  l.entities = {Ent(0, 6, "government", "RUS", "Russia"), Ent(10, 13, "body", "ICANN", "ICANN")};
  l.stances = {St("RUS", "support", "intergovernmental-control"),
               St("RUS", "support", "intergovernmental-control"), St("RUS", "oppose", "", "ICANN"),
               St("USA", "oppose", "intergovernmental-control"),
               St("USA", "neutral", "")};  // unlinked target: no edge
  Graph g;
  g.AddDocument(l, o);
  json j = Json(g, o);
  EXPECT_EQ(j["directed"], true);
  json want = json::parse(R"([
    {"source":"government:RUS","target":"body:ICANN","polarity":"oppose","weight":1},
    {"source":"government:RUS","target":"topic:intergovernmental-control","polarity":"support",
     "weight":2},
    {"source":"government:USA","target":"topic:intergovernmental-control","polarity":"oppose",
     "weight":1}])");
  EXPECT_EQ(j["edges"], want);
  EXPECT_EQ(j["nodes"][1]["label"], "Russia");
}

TEST(GraphTest, MergeIsOrderIndependent) {
  GraphOptions o;
  DocumentLayers a = TwoSentences(), b = TwoSentences();
  b.entities[0].name = "Russian Federation";
  Graph ga, gb, x, y;
  ga.AddDocument(a, o);
  gb.AddDocument(b, o);
  x.Merge(ga);
  x.Merge(gb);
  y.Merge(gb);
  y.Merge(ga);
  for (GraphFormat f : {GraphFormat::kDot, GraphFormat::kGraphml, GraphFormat::kJson}) {
    std::string sx, sy;
    x.Write(f, o, &sx);
    y.Write(f, o, &sy);
    EXPECT_EQ(sx, sy);
  }
}

TEST(GraphTest, LabelsAreEscaped) {
  struct Case {
    const char* in;
    const char* dot;
    const char* xml;
  } cases[] = {
      {"plain", "\"plain\"", "plain"},
      {"say \"hi\"", "\"say \\\"hi\\\"\"", "say &quot;hi&quot;"},
      {"a\\b", "\"a\\\\b\"", "a\\b"},
      {"<script>&'", "\"<script>&'\"", "&lt;script&gt;&amp;&apos;"},
      {"line\nbreak\x01", "\"line\\nbreak\x01\"", "line\nbreak "},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DotQuote(c.in), c.dot);
    EXPECT_EQ(XmlEscape(c.in), c.xml);
  }
  GraphOptions o;
  DocumentLayers l;
  l.sentences = {{{0, 50}, 0}};
  l.entities = {Ent(0, 3, "body", "X\"Y", "A \"quoted\" <b>name</b>"), Ent(5, 8, "body", "Z", "Z")};
  Graph g;
  g.AddDocument(l, o);
  std::string dot, xml;
  g.Write(GraphFormat::kDot, o, &dot);
  g.Write(GraphFormat::kGraphml, o, &xml);
  EXPECT_NE(dot.find("\"body:X\\\"Y\" [label=\"A \\\"quoted\\\" <b>name</b>\""), std::string::npos)
      << dot;
  EXPECT_NE(xml.find("<node id=\"body:X&quot;Y\"><data key=\"label\">A &quot;quoted&quot; "
                     "&lt;b&gt;name&lt;/b&gt;</data>"),
            std::string::npos)
      << xml;
  EXPECT_EQ(xml.find("<b>"), std::string::npos);
}

TEST(GraphTest, ParsesNames) {
  EXPECT_TRUE(ParseGraphNetwork("stance").ok());
  EXPECT_FALSE(ParseGraphNetwork("friends").ok());
  EXPECT_TRUE(ParseGraphFormat("graphml").ok());
  EXPECT_FALSE(ParseGraphFormat("gexf").ok());
}

}  // namespace
}  // namespace caucus
