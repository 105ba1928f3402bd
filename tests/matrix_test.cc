#include "caucus/matrix.h"

#include <gtest/gtest.h>

namespace caucus {
namespace {

Stance S(const char* actor, const char* polarity, const char* topic, const char* entity = "",
         const char* modality = "asserted") {
  Stance s;
  s.actor.id = actor;
  s.actor.kind = "government";
  s.polarity = polarity;
  s.target.topic = topic;
  s.target.entity = entity;
  s.modality = modality;
  s.score = 1;
  return s;
}

TEST(MatrixTest, CountsAndOrder) {
  StanceMatrix m({});
  m.Add("a", {S("RUS", "support", "igc"), S("BRA", "oppose", "msm"), S("RUS", "support", "igc")});
  m.Add("b", {S("RUS", "oppose", "igc"), S("USA", "support", "", "IGF"), S("X", "support", "")});
  auto out = m.Format("tsv");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out,
            "actor\tactor_kind\ttarget\ttarget_kind\tsupport\toppose\tneutral\ttotal\tdocuments\n"
            "BRA\tgovernment\tmsm\ttopic\t0\t1\t0\t1\t1\n"
            "RUS\tgovernment\tigc\ttopic\t2\t1\t0\t3\t2\n"
            "USA\tgovernment\tIGF\tentity\t1\t0\t0\t1\t1\n");
}

TEST(MatrixTest, OptionsAndFormats) {
  MatrixOptions o;
  o.include_unlinked = true;
  o.asserted_only = true;
  StanceMatrix m(o);
  m.Add("a", {S("X", "support", ""), S("Y", "support", "t", "", "hedged")});
  EXPECT_EQ(m.cells().size(), 1u);
  auto md = m.Format("markdown");
  ASSERT_TRUE(md.ok());
  EXPECT_EQ(*md, "| actor | (unlinked) |\n|---|---|\n| X | +1 |\n");
  auto j = m.Format("jsonl");
  ASSERT_TRUE(j.ok());
  EXPECT_NE(j->find("\"target_kind\":\"\""), std::string::npos);
  EXPECT_FALSE(m.Format("xml").ok());
}

}  // namespace
}  // namespace caucus
