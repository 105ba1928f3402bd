// Criticism (session 15): wrong oppose stances other helpers found, each
// fixed by a general rule and pinned here with its variants, most of them
// NEGATIVES: a speaker's denied call to treat a state harshly ("we must not
// demonize X": english.json countering_verbs), an idiom after a verb of wrongdoing ("stolen the
// show", a multi-word not_next veto in cues.json) and a verb of perpetration that takes a "that"
// clause ("has shown that ...": a finding, no act done). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stance_test_util.h"

namespace caucus {
namespace {

// The entities the entities layer finds in these sentences (every
// occurrence at word boundaries, longest first).
const stance_test::E kFix15Entities[] = {
    {"United Kingdom", "government", "GBR", "", "name"},
    {"Colombia", "government", "COL", "", "name"},
    {"Ukraine", "government", "UKR", "", "name"},
    {"Norway", "government", "NOR", "", "name"},
    {"Brazil", "government", "BRA", "", "name"},
    {"Russia", "government", "RUS", "", "alias"},
    {"Chile", "government", "CHL", "", "name"},
    {"Peru", "government", "PER", "", "name"},
};

using Case = stance_test::ProbeCase;

void RunTable(const std::vector<Case>& cases) {
  stance_test::RunStatesTable(kFix15Entities, cases);
}

// A speaker's call not to treat a state harshly is no criticism of it
// (countering_verbs denied: for the object); the call to do so, or not to
// let a state act, is.
TEST(StanceCriticismFix15, DeniedHarshTreatment) {
  RunTable({
      {"GBR", "We must not demonize Russia.", ""},
      {"GBR", "We must not isolate Russia.", ""},
      {"GBR", "We should not blame Ukraine.", ""},
      {"GBR", "We must not punish Russia.", ""},
      {"GBR", "We must not scapegoat Ukraine.", ""},
      {"GBR", "We should not vilify Russia.", ""},
      {"GBR", "We must isolate Russia.", "RUS"},
      {"GBR", "We must condemn Russia.", "RUS"},
      {"GBR", "We must not allow Russia to win.", "RUS"},
      {"GBR", "Russia demonizes Ukraine.", "RUS"},
  });
}

// "steal the show / limelight / spotlight" is an idiom, no theft; stealing
// goods or people stays a wrong.
TEST(StanceCriticismFix15, StolenIdioms) {
  RunTable({
      {"GBR", "Russia has stolen the show.", ""},
      {"GBR", "Norway has really stolen the show today.", ""},
      {"GBR", "Brazil stole the limelight at the summit.", ""},
      {"GBR", "Russia stole the spotlight.", ""},
      {"GBR", "Peru steals the headlines again.", ""},
      {"GBR", "Russia stole grain from Ukraine.", "RUS"},
      {"GBR", "Russia has stolen children.", "RUS"},
  });
}

// "show(n) that" reports what a state's record proves; "shown contempt"
// is conduct.
TEST(StanceCriticismFix15, ShownThatIsAFinding) {
  RunTable({
      {"CHL", "Colombia has shown that illegal armed groups can be disarmed through dialogue.", ""},
      {"CHL", "Peru has shown that illegal mining can be stopped.", ""},
      {"CHL", "Norway showed that aggression need not go unanswered.", ""},
      {"CHL", "Colombia shows that violent conflict can end.", ""},
      {"CHL", "Russia has shown contempt for international law.", "RUS"},
      {"CHL", "Russia has shown aggression against its neighbours.", "RUS"},
  });
}

}  // namespace
}  // namespace caucus
