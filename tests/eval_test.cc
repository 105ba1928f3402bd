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

}  // namespace
}  // namespace caucus
