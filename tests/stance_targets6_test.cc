// Targets and polarity of a speaker's positions in whole speeches (targets
// part 6): passive calls on their subject ("the Paris Agreement must be
// implemented"), instruments and their topics, "X's proposed Y", "slow to",
// what a rejection of misuse is against, "condemn in the strongest terms
// X", the scene of what an end is called to, own candidacies, and more
// sentences of the kinds General Debate speakers use. Each sentence was
// written for these tests, its expected stance (and the start of its
// target, its link and topic where given) decided before running it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stance_test_util.h"

namespace caucus {
namespace {

const stance_test::E kEntities[] = {
    {"Switzerland", "government", "CHE"},
    {"Kenya", "government", "KEN"},
    {"Brazil", "government", "BRA"},
    {"Sudan", "government", "SDN"},
    {"Israel", "government", "ISR"},
    {"Palestine", "government", "PSE"},
    {"Russia", "government", "RUS"},
    {"Ukraine", "government", "UKR"},
    {"Cuba", "government", "CUB"},
    {"Haiti", "government", "HTI"},
    {"United Nations Framework Convention on Climate Change", "body", "UNFCCC"},
    {"United Nations", "body", "UN"},
    {"Security Council", "body", "UNSC"},
    {"Human Rights Council", "body", "HRC"},
    {"General Assembly", "body", "UNGA"},
    {"Secretary-General", "body", "UN Secretary-General"},
    {"Internet Governance Forum", "body", "IGF"},
    {"Paris Agreement", "instrument", "paris-agreement"},
    {"Global Digital Compact", "instrument", "GDC"},
    {"Sustainable Development Goals", "instrument", "SDGs"},
    {"2030 Agenda", "instrument", "SDGs"},
    {"Treaty on the Prohibition of Nuclear Weapons", "instrument", "tpnw"},
    {"Non-Proliferation Treaty", "instrument", "npt"},
    {"Universal Declaration of Human Rights", "instrument", "UDHR"},
    {"climate change", "topic", "environment"},
    {"climate action", "topic", "environment"},
    {"human rights", "topic", "human-rights-online"},
    {"freedom of expression", "topic", "freedom-of-expression"},
    {"digital divide", "topic", "digital-divide"},
    {"multistakeholder model", "topic", "multistakeholder-model"},
    {"sustainable development", "topic", "ict4d"},
    {"cybercrime", "topic", "cybercrime"},
};

using Case = stance_test::SpeakerCase;

void RunTable(const std::vector<Case>& cases) { stance_test::RunSpeakerTable(kEntities, cases); }

// "X must (should) be <participle>": a call for X, the subject its target
// and link; a countering participle is against it; a participle whose
// complement is the call ("efforts must be made to X", "any solution must
// be based on X") keeps the predicate; "it must be noted" is none.
TEST(StanceTargets6, PassiveCallsOnTheSubject) {
  RunTable({
      {"CHE", "The Paris Agreement must be implemented in full.", "support", "The Paris Agreement",
       "paris-agreement"},
      {"KEN", "The Global Digital Compact should be adopted without delay.", "support",
       "The Global Digital Compact", "GDC"},
      {"CHE", "These resolutions must be respected.", "support", "These resolutions", "-"},
      {"KEN", "The Security Council must be reformed to reflect the world of today.", "support",
       "The Security Council", "UNSC"},
      {"KEN", "In our view, climate finance commitments must be honoured.", "support",
       "climate finance commitments"},
      {"CHE", "We believe that the Sustainable Development Goals must be achieved by 2030.",
       "support", "the Sustainable Development Goals", "SDGs"},
      {"KEN", "The conflict must be resolved through dialogue.", "support", "The conflict"},
      {"KEN", "The digital divide must be bridged.", "oppose", "The digital divide", "-",
       "digital-divide"},
      {"CHE", "The gains of the last decade must not be reversed.", "support", "The gains"},
      {"CHE", "The Non-Proliferation Treaty must not be undermined.", "support",
       "The Non-Proliferation Treaty", "npt"},
      {"KEN", "Any solution must be based on international law.", "support", "be based on"},
      {"KEN", "More must be done to protect civilians.", "support", "be done"},
      {"CHE", "Freedom of expression should not be decided by governments alone.", "none"},
      {"CHE", "It must be noted that the report was late.", "none"},
      {"CHE", "This cannot be achieved overnight.", "none"},
  });
}

}  // namespace
}  // namespace caucus
