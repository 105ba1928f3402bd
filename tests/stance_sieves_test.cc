// The actor sieves of the stance engine (lib/stance/actor_sieves.cc), each
// alone: a sentence where that sieve, and no earlier one, finds who holds
// the stance, with the whole stance it gives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "stance_test_util.h"

namespace caucus {
namespace {

using stance_test::FindEntities;
using stance_test::Finder;
using stance_test::Split;

struct Traced {
  std::vector<Stance> stances;
  std::vector<std::string_view> sieves;
};

Traced Trace(const std::string& text) {
  Traced t;
  t.stances = stance::FindTraced(Finder(), text, Split(text), Views(FindEntities(text)), &t.sieves);
  return t;
}

struct SieveCase {
  const char* sieve;
  const char* text;
  // The stance of `actor` the sieve finds.
  const char* actor;
  const char* polarity;
  const char* act;
  const char* target;  // its text
  const char* via;
};

TEST(StanceSieves, EachSieveAlone) {
  const SieveCase kCases[] = {
      {"holder-after", "The plan drew criticism from Brazil and India.", "BRA", "oppose",
       "criticise", "The plan", ""},
      {"possessive", "Russia's proposal for a single intergovernmental body was discussed.", "RUS",
       "support", "propose", "a single intergovernmental body", ""},
      {"by-phrase", "The proposal made by Brazil for capacity building was welcomed.", "BRA",
       "support", "propose", "made by Brazil for capacity building was welcomed", ""},
      {"passive", "The proposal was opposed by the US and Sweden.", "SWE", "oppose", "oppose",
       "The proposal", "passive"},
      {"relative-clause", "Kenya was among several countries which called for capacity building.",
       "KEN", "support", "call-for", "capacity building", ""},
      {"subject", "Norway, supported by Japan, proposed capacity building.", "JPN", "support",
       "propose", "capacity building", "supported-by"},
      {"pronoun", "Brazil spoke first. It rejected the ITRs.", "BRA", "oppose", "reject",
       "the ITRs", "coreference"},
      {"shared-subject",
       "Egypt proposed capacity building in the least developed regions and rejected the ITRs.",
       "EGY", "oppose", "reject", "the ITRs", ""},
      {"proposer",
       "Russia proposed a new treaty. The revised text appeared to support state control.", "RUS",
       "support", "support", "state control", "coreference"},
  };
  for (const SieveCase& c : kCases) {
    SCOPED_TRACE(std::string(c.sieve) + ": " + c.text);
    Traced t = Trace(c.text);
    ASSERT_EQ(t.stances.size(), t.sieves.size());
    const Stance* found = nullptr;
    for (size_t i = 0; i < t.stances.size(); ++i)
      if (t.stances[i].actor.id == c.actor && t.sieves[i] == c.sieve) found = &t.stances[i];
    std::string got;
    for (size_t i = 0; i < t.stances.size(); ++i)
      got += std::string(t.sieves[i]) + ": " + t.stances[i].actor.id + " " + t.stances[i].polarity +
             "; ";
    ASSERT_NE(found, nullptr) << "got " << got;
    EXPECT_EQ(found->polarity, c.polarity);
    EXPECT_EQ(found->act, c.act);
    EXPECT_EQ(found->target.text, c.target);
    EXPECT_EQ(found->via, c.via);
  }
}

}  // namespace
}  // namespace caucus
