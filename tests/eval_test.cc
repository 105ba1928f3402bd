#include "caucus/eval.h"

#include <gtest/gtest.h>

namespace caucus {
namespace {

TEST(EvalTest, ParseGoldErrors) {
  EXPECT_FALSE(ParseGold("{", "g").ok());
  EXPECT_FALSE(ParseGold(R"({"stances":[]})", "g").ok());
  auto bad = ParseGold(
      "\n"
      R"({"id":"x","stances":[{"actor":"A","polarity":"maybe","span":[0,1]}]})",
      "g");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("g:2:"), std::string::npos);
  auto ok =
      ParseGold(R"({"id":"x","entities":[{"span":[0,3],"kind":"government","id":"RUS"}]})", "g");
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE((*ok)[0].has_entities);
  EXPECT_FALSE((*ok)[0].has_stances);
}

TEST(EvalTest, MatchingTable) {
  auto gold = ParseGold(
      R"({"id":"d.txt","bytes":50,"entities":[{"span":[0,6],"kind":"government","id":"RUS"},{"span":[10,13],"kind":"body","id":"ITU"}],)"
      R"("stances":[{"actor":"RUS","polarity":"support","span":[0,20]},{"actor":"BRA","polarity":"oppose","span":[30,40]}]})",
      "g");
  ASSERT_TRUE(gold.ok());
  Evaluator ev(std::move(*gold));
  Entity rus;
  rus.span = {0, 6};
  rus.kind = "government";
  rus.id = "RUS";
  Entity wrong = rus;
  wrong.span = {20, 25};
  Stance s1;
  s1.actor.id = "RUS";
  s1.polarity = "support";
  s1.span = {5, 8};
  Stance s2 = s1;  // duplicate: a false positive
  Stance s3;
  s3.actor.id = "BRA";
  s3.polarity = "support";  // wrong polarity
  s3.span = {30, 40};
  EXPECT_EQ(ev.Add("x/other.txt", 50, {rus}, {s1}), "");
  EXPECT_EQ(ev.scored_documents(), 0u);
  EXPECT_NE(ev.Add("corpus/d.txt", 51, {rus, wrong}, {s1, s2, s3}), "");
  const auto& c = ev.counts();
  EXPECT_EQ(c.at("stances").tp, 1u);
  EXPECT_EQ(c.at("stances").fp, 2u);
  EXPECT_EQ(c.at("stances").fn, 1u);
  EXPECT_EQ(c.at("entities/government").tp, 1u);
  EXPECT_EQ(c.at("entities/government").fp, 1u);
  EXPECT_EQ(c.at("entities/body").fn, 1u);
  EXPECT_DOUBLE_EQ(c.at("stances").Precision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(c.at("stances").Recall(), 0.5);
  EXPECT_TRUE(ev.Missing().empty());
  EXPECT_NE(ev.Json().find("\"stances\""), std::string::npos);
}

TEST(EvalTest, ParseGoldTargets) {
  auto ok = ParseGold(
      R"({"id":"x","stances":[{"actor":"A","polarity":"oppose","span":[0,1],"target":{"id":"RUS"}},)"
      R"({"actor":"A","polarity":"support","span":[0,1],"target":{"topic":"privacy","text":"t"}},)"
      R"({"actor":"A","polarity":"support","span":[0,1]}]})",
      "g");
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  const auto& st = (*ok)[0].stances;
  EXPECT_EQ(st[0].target_id, "RUS");
  EXPECT_EQ(st[0].target_topic, "");
  EXPECT_EQ(st[1].target_topic, "privacy");
  EXPECT_TRUE(st[1].HasTarget());
  EXPECT_FALSE(st[2].HasTarget());
  for (
      const char* bad :
      {R"({"id":"x","stances":[{"actor":"A","polarity":"oppose","span":[0,1],"target":"RUS"}]})",
       R"({"id":"x","stances":[{"actor":"A","polarity":"oppose","span":[0,1],"target":{"id":7}}]})"}) {
    auto r = ParseGold(bad, "g");
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.status().message().find("target"), std::string::npos);
  }
}

// The stances+target row: one table of (gold target link, predicted target
// entity and topic) -> whether the pair counts as a match. The plain stances
// row matches all of them.
TEST(EvalTest, TargetRowTable) {
  struct Case {
    const char* gold_target;  // JSON fragment, "" = no target key
    const char* pred_entity;
    const char* pred_topic;
    bool match;
  } cases[] = {
      {"", "", "", true},                               // no gold link: actor+polarity suffice
      {"", "USA", "privacy", true},                     // any predicted link
      {R"({"id":"RUS"})", "RUS", "", true},             // same entity
      {R"({"id":"RUS"})", "UKR", "", false},            // another state
      {R"({"id":"RUS"})", "", "", false},               // no link predicted
      {R"({"id":"RUS"})", "", "RUS", false},            // a topic is not an entity
      {R"({"topic":"privacy"})", "", "privacy", true},  // same topic
      {R"({"topic":"privacy"})", "", "surveillance", false},         // another topic
      {R"({"topic":"privacy"})", "privacy", "", false},              // an entity is not a topic
      {R"({"id":"ITU","topic":"itrs-revision"})", "ITU", "", true},  // either suffices
      {R"({"id":"ITU","topic":"itrs-revision"})", "", "itrs-revision", true},  //
      {R"({"id":"ITU","topic":"itrs-revision"})", "WTO", "censorship", false},
  };
  for (const Case& c : cases) {
    std::string line =
        R"({"id":"d.txt","stances":[{"actor":"BRA","polarity":"oppose","span":[10,20])";
    if (*c.gold_target) line += std::string(R"(,"target":)") + c.gold_target;
    line += "}]}";
    auto gold = ParseGold(line, "g");
    ASSERT_TRUE(gold.ok()) << line;
    Evaluator ev(std::move(*gold));
    Stance s;
    s.actor.id = "BRA";
    s.polarity = "oppose";
    s.span = {12, 30};
    s.target.entity = c.pred_entity;
    s.target.topic = c.pred_topic;
    ev.Add("d.txt", 0, {}, {s});
    const auto& counts = ev.counts();
    EXPECT_EQ(counts.at("stances").tp, 1u) << line;
    EXPECT_EQ(counts.at("stances+target").tp, c.match ? 1u : 0u)
        << line << " " << c.pred_entity << "/" << c.pred_topic;
    EXPECT_EQ(counts.at("stances+target").fp, c.match ? 0u : 1u) << line;
    EXPECT_EQ(counts.at("stances+target").fn, c.match ? 0u : 1u) << line;
  }
}

}  // namespace
}  // namespace caucus
