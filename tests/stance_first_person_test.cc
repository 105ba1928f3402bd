// The first-person cue of the turns pass (lib/stance/first_person.cc).
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "../lib/stance/first_person.h"
#include "stance_test_util.h"

namespace caucus::internal {
namespace {

using stance_test::Lex;

std::string Slice(std::string_view text, Span s) {
  return std::string(text.substr(s.begin, s.size()));
}

struct FirstPersonCase {
  std::string sentence;
  bool stance;
  std::string subject;
  bool negated;
  std::string agrees_with;
  bool previous_speakers;
};

TEST(StanceFirstPerson, FindsFirstPersonStances) {
  const FirstPersonCase kCases[] = {
      {"We support the proposal.", true, "We", false, "", false},
      {"My delegation cannot accept this text.", true, "My delegation", true, "", false},
      {"My country believes that the ITU has a role.", true, "My country", false, "", false},
      {"Our government is strongly opposed to a new treaty.", true, "Our government", false, "",
       false},
      {"We cannot accept paragraph 3.", true, "We", true, "", false},
      {"We join the previous speakers in thanking the secretariat.", true, "We", false,
       "the previous speakers", true},
      {"I agree with Iran.", true, "I", false, "Iran", false},
      {"I fully agree with the distinguished delegate of Saudi Arabia on this.", true, "I", false,
       "Saudi Arabia", false},
      {"We associate ourselves with the statement made by the Russian Federation.", true, "We",
       false, "Russian Federation", false},
      {"We would like to propose an amendment.", true, "We", false, "", false},
      {"This text cannot be accepted by my delegation.", true, "my delegation", true, "", false},
      // Cues of the lexicon (dictionaries/cues.json), not only the listed
      // verbs: "condemn", "applaud", "call on", a cue after fillers.
      {"We condemn the shelling of the power plant.", true, "We", false, "", false},
      {"My delegation condemns these attacks.", true, "My delegation", false, "", false},
      {"We applaud the mediators.", true, "We", false, "", false},
      {"We would not call on the parties to withdraw.", true, "We", true, "", false},
      // A cue far from "we" is not the speaker's position.
      {"We thank the Chair, who condemned the attacks.", false, "", false, "", false},
      {"I thank the Chair for giving me the floor.", false, "", false, "", false},
      {"They support the proposal.", false, "", false, "", false},
      {"Do we support this?", false, "", false, "", false},
      {"Annex I supports the text.", false, "", false, "", false},
      {"Protocol I supports the text.", false, "", false, "", false},
      {"The delegate of Brazil said that it supported the text.", false, "", false, "", false},
      {"I give the floor to Iran.", false, "", false, "", false},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.sentence);
    std::optional<FirstPersonCue> cue =
        FindFirstPersonStance(Lex(), c.sentence, Span{0, static_cast<uint32_t>(c.sentence.size())});
    EXPECT_EQ(IsFirstPersonStance(Lex(), c.sentence), c.stance);
    ASSERT_EQ(cue.has_value(), c.stance);
    if (!cue) continue;
    EXPECT_EQ(Slice(c.sentence, cue->subject), c.subject);
    EXPECT_EQ(cue->negated, c.negated);
    EXPECT_EQ(Slice(c.sentence, cue->agrees_with), c.agrees_with);
    EXPECT_EQ(cue->previous_speakers, c.previous_speakers);
  }
}

TEST(StanceFirstPerson, SpansAreDocumentOffsets) {
  const std::string text = ">> IRAN: Thank you. We support the text.";
  Span sentence{20, static_cast<uint32_t>(text.size())};
  std::optional<FirstPersonCue> cue = FindFirstPersonStance(Lex(), text, sentence);
  ASSERT_TRUE(cue);
  EXPECT_EQ(cue->subject.begin, 20u);
  EXPECT_EQ(cue->form, "we");
}

}  // namespace
}  // namespace caucus::internal
