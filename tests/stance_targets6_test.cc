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
      {"KEN", "These commitments must be reflected in the work of the General Assembly.", "support",
       "These commitments", "UNGA"},
  });
}

// An instrument links its own id and carries the topic whose subject it is
// (topics.json `instruments`), unless the target names a topic itself;
// an instrument no topic lists carries none.
TEST(StanceTargets6, InstrumentsAndTheirTopics) {
  RunTable({
      {"CHE", "We support the Paris Agreement.", "support", "the Paris Agreement",
       "paris-agreement", "environment"},
      {"CHE", "We support the Paris Agreement and the fight against cybercrime.", "support",
       "the Paris Agreement", "paris-agreement", "cybercrime"},
      {"KEN", "The Global Digital Compact should be adopted.", "support",
       "The Global Digital Compact", "GDC", "digital-cooperation"},
      {"KEN", "We reaffirm our commitment to the Universal Declaration of Human Rights.", "support",
       "our commitment to the Universal Declaration", "UDHR", "-"},
      {"KEN", "We have ratified the Treaty on the Prohibition of Nuclear Weapons.", "support",
       "the Treaty", "tpnw", "-"},
  });
}

// "X's proposed Y" is X's proposal; "slow to adopt" is no refusal; a
// rejection of the misuse of a topic is against the misuse; "condemn in
// the strongest terms X"; "an end to the fighting in Sudan" is against the
// fighting; the speaker's own candidacy.
TEST(StanceTargets6, KnownGaps) {
  RunTable({
      {"KEN", "We welcome the Secretary-General's proposed New Agenda for Peace.", "support",
       "the Secretary-General's proposed", "UN Secretary-General"},
      {"KEN", "Some countries were slow to adopt the reforms.", "none"},
      {"KEN", "We reject the politicization of human rights.", "oppose",
       "the politicization of human rights", "-", "-"},
      {"CHE", "We oppose the weaponization of freedom of expression.", "oppose",
       "the weaponization", "-", "-"},
      {"CHE", "We defend human rights everywhere.", "support", "human rights", "-",
       "human-rights-online"},
      {"KEN", "Kenya condemns in the strongest terms the attack on the hospital.", "oppose",
       "the attack on the hospital"},
      {"KEN", "We condemn, in no uncertain terms, the coup in Haiti.", "oppose", "the coup"},
      {"CHE", "We support the reform in terms of its working methods.", "support",
       "the reform in terms of"},
      {"KEN", "We call for an end to the fighting in Sudan.", "oppose", "an end to the fighting",
       "-"},
      {"KEN", "We condemn the attacks on civilians in Ukraine.", "oppose", "the attacks", "-"},
      {"KEN", "We support the people of Sudan.", "support", "the people of Sudan", "SDN"},
      {"KEN",
       "I am pleased to announce our candidacy for a non-permanent seat on the Security Council "
       "for the term 2029-2030.",
       "support", "our candidacy for a non-permanent seat", "UNSC"},
      {"CHE", "Switzerland has presented its candidature to the Human Rights Council.", "support",
       "its candidature", "HRC"},
      {"KEN", "We count on your support for our candidature to the Human Rights Council.",
       "support", "our candidature"},
      {"KEN", "Brazil has presented its candidacy for the Human Rights Council.", "none"},
      {"KEN", "We have withdrawn our candidacy for the Human Rights Council.", "none"},
  });
}

}  // namespace
}  // namespace caucus
