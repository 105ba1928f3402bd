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
    {"Gaza", "government", "PSE"},
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
    {"Climate action", "topic", "environment"},
    {"human rights", "topic", "human-rights-online"},
    {"Human rights", "topic", "human-rights-online"},
    {"freedom of expression", "topic", "freedom-of-expression"},
    {"digital divide", "topic", "digital-divide"},
    {"multistakeholder model", "topic", "multistakeholder-model"},
    {"sustainable development", "topic", "ict4d"},
    {"cybercrime", "topic", "cybercrime"},
    {"Cybercrime", "topic", "cybercrime"},
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

// Others' stances inside the subject of the speaker's call leave the call
// the speaker's: "the resolutions adopted by the General Assembly must be
// implemented" (the first stance of the speaker).
TEST(StanceTargets6, OthersInTheSubject) {
  RunTable({
      {"KEN", "The resolutions adopted by the General Assembly must be implemented.", "support",
       "The resolutions adopted by the General Assembly", "UNGA"},
      {"CHE", "The Paris Agreement, which Switzerland has ratified, must be implemented in full.",
       "support", "The Paris Agreement", "paris-agreement"},
      {"KEN", "The reforms proposed by the Secretary-General must be implemented without delay.",
       "support", "The reforms", "UN Secretary-General"},
      {"KEN", "Russia rejected the proposal and the Council must now act.", "none"},
  });
}

// "X must remain (be, become) Y" is a call on X; "efforts must be made to
// end X" is against X.
TEST(StanceTargets6, CallsOnWhatTheSubjectShouldBe) {
  RunTable({
      {"CHE", "The Internet must remain open, free and secure.", "support", "The Internet"},
      {"KEN", "Access to vaccines must be equitable.", "support", "Access to vaccines"},
      {"CHE", "The Security Council should become more representative.", "support",
       "The Security Council", "UNSC"},
      {"KEN", "Climate action should be a priority for all of us.", "support", "Climate action",
       "-", "environment"},
      {"CHE", "The United Nations must be able to respond to crises.", "support",
       "The United Nations", "UN"},
      {"KEN", "Our aim must be to strengthen the United Nations.", "support", "strengthen", "UN"},
      {"KEN", "Efforts must be made to close the digital divide.", "oppose", "the digital divide",
       "-", "digital-divide"},
      {"KEN", "Steps must be taken to end impunity.", "oppose", "impunity"},
      {"KEN", "Concerted efforts are urgently needed to end poverty.", "oppose", "poverty"},
      {"KEN", "Efforts are needed to strengthen the United Nations.", "support", "Efforts"},
      {"CHE", "It must be clear to all.", "none"},
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
      {"KEN", "We are concerned about Russia's proposed treaty.", "oppose",
       "Russia's proposed treaty", "-"},
      {"KEN", "We oppose the resolution proposed by Brazil.", "oppose", "the resolution", "-"},
      {"KEN", "We condemn Russia's attacks on Ukraine.", "oppose", "Russia's attacks", "RUS"},
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

// Positions General Debate speakers take, by theme: Security Council
// reform, the two-State solution, climate finance, the SDGs,
// multilateralism, nuclear disarmament, Internet governance, human rights,
// and sentences that take none.
TEST(StanceTargets6, SecurityCouncilReform) {
  RunTable({
      {"KEN", "We support the reform of the Security Council in both categories of membership.",
       "support", "the reform of the Security Council", "UNSC"},
      {"KEN",
       "Kenya supports the expansion of the Security Council to include permanent seats for "
       "Africa.",
       "support", "the expansion of the Security Council", "UNSC"},
      {"KEN", "The Security Council must be expanded in both categories.", "support",
       "The Security Council", "UNSC"},
      {"CHE", "The working methods of the Security Council should be improved.", "support",
       "The working methods of the Security Council", "UNSC"},
      {"KEN", "The Security Council must become more representative and accountable.", "support",
       "", "UNSC"},
      {"KEN", "The use of the veto in the face of mass atrocities is unacceptable.", "oppose",
       "The use of the veto"},
      {"KEN", "We call for the abolition of the veto.", "support", "the abolition of the veto"},
  });
}

TEST(StanceTargets6, TwoStateSolution) {
  RunTable({
      {"KEN", "We remain committed to the two-State solution.", "support",
       "the two-State solution"},
      {"KEN",
       "A two-State solution, with Israel and Palestine living side by side in peace, is the "
       "only way forward.",
       "support", "A two-State solution"},
      {"KEN", "The expansion of settlements in the occupied territories is illegal.", "oppose",
       "The expansion of settlements"},
      {"KEN", "We call on both parties to return to negotiations.", "support", "both parties"},
      {"CHE", "Humanitarian access to Gaza must be guaranteed.", "support",
       "Humanitarian access to Gaza"},
  });
}

TEST(StanceTargets6, ClimateAndDevelopment) {
  RunTable({
      {"KEN",
       "Developed countries must honour their pledge to mobilize 100 billion dollars a year in "
       "climate finance.",
       "support", "honour their pledge"},
      {"KEN", "We welcome the operationalization of the loss and damage fund.", "support",
       "the operationalization of the loss and damage fund"},
      {"KEN", "Climate action cannot be postponed any longer.", "support", "Climate action", "-",
       "environment"},
      {"KEN", "We are committed to achieving the Sustainable Development Goals.", "support",
       "achieving the Sustainable Development Goals", "SDGs"},
      {"KEN", "We cannot achieve the Sustainable Development Goals without adequate financing.",
       "support", "adequate financing"},
      {"CHE", "We cannot build lasting peace without respect for human rights.", "support",
       "respect for human rights", "-", "human-rights-online"},
      {"KEN", "The 2030 Agenda must be implemented in full.", "support", "The 2030 Agenda", "SDGs"},
      {"KEN", "The Sustainable Development Goals are our roadmap.", "none"},
  });
}

TEST(StanceTargets6, Multilateralism) {
  RunTable({
      {"CHE",
       "We reaffirm our firm commitment to multilateralism with the United Nations at its core.",
       "support", "our firm commitment to multilateralism", "UN"},
      {"KEN", "Unilateralism and protectionism threaten the international order.", "oppose",
       "Unilateralism and protectionism"},
      {"CHE", "The United Nations must be strengthened.", "support", "The United Nations", "UN"},
      {"KEN", "We reject unilateral coercive measures.", "oppose", "unilateral coercive measures"},
      {"KEN", "The embargo imposed on Cuba must be lifted.", "oppose", "The embargo"},
      {"KEN", "The international community must not abandon Haiti.", "support", "", "HTI"},
  });
}

TEST(StanceTargets6, NuclearDisarmament) {
  RunTable({
      {"CHE", "We call for a world free of nuclear weapons.", "support",
       "a world free of nuclear weapons"},
      {"KEN", "Kenya has ratified the Treaty on the Prohibition of Nuclear Weapons.", "support",
       "the Treaty on the Prohibition of Nuclear Weapons", "tpnw"},
      {"CHE", "We urge all States to join the Non-Proliferation Treaty.", "support", "all States",
       "npt"},
      {"CHE", "Nuclear disarmament remains our highest priority.", "support",
       "Nuclear disarmament"},
      {"CHE", "The Non-Proliferation Treaty must be universalized.", "support",
       "The Non-Proliferation Treaty", "npt"},
  });
}

TEST(StanceTargets6, InternetGovernance) {
  RunTable({
      {"CHE", "We support the multistakeholder model of Internet governance.", "support",
       "the multistakeholder model", "-", "multistakeholder-model"},
      {"CHE", "The mandate of the Internet Governance Forum should be renewed.", "support",
       "The mandate of the Internet Governance Forum", "IGF"},
      {"KEN", "The digital divide between North and South must be closed.", "oppose",
       "The digital divide", "-", "digital-divide"},
      {"KEN", "We welcome the adoption of the Global Digital Compact.", "support",
       "the adoption of the Global Digital Compact", "GDC", "digital-cooperation"},
      {"CHE", "We are proud to host the Internet Governance Forum.", "support",
       "the Internet Governance Forum", "IGF"},
      {"CHE", "Cybercrime poses a serious threat to our societies.", "oppose", "Cybercrime", "-",
       "cybercrime"},
  });
}

TEST(StanceTargets6, HumanRights) {
  RunTable({
      {"CHE", "Human rights are universal, indivisible and interdependent.", "support",
       "Human rights", "-", "human-rights-online"},
      {"CHE", "The right to self-determination is inalienable.", "support",
       "The right to self-determination"},
      {"CHE", "We will continue to defend freedom of expression online and offline.", "support",
       "freedom of expression", "-", "freedom-of-expression"},
      {"CHE", "The Human Rights Council plays an essential role in the promotion of human rights.",
       "support", "The Human Rights Council", "HRC"},
      {"CHE", "Switzerland is a candidate for a seat on the Human Rights Council.", "support",
       "a candidate for a seat", "HRC"},
      {"KEN", "Switzerland is a candidate for a seat on the Human Rights Council.", "none"},
      {"CHE", "Access to the Internet is not yet universal.", "none"},
      {"CHE", "Human rights must not be politicized.", "oppose", "not be politicized", "-", "-"},
  });
}

// "Allow me to reiterate our support for X" is the speaker's; "X has
// failed to act" criticises X.
TEST(StanceTargets6, OpenersAndFailures) {
  RunTable({
      {"KEN", "Allow me to reiterate our support for the two-State solution.", "support",
       "the two-State solution"},
      {"CHE", "Permit me to reaffirm our commitment to the Paris Agreement.", "support", "",
       "paris-agreement"},
      {"KEN", "The Security Council has failed to act.", "oppose", "The Security Council", "UNSC"},
      {"KEN", "The international community has failed the people of Haiti.", "oppose",
       "The international community"},
      {"KEN", "We invite all States to join the Treaty on the Prohibition of Nuclear Weapons.",
       "support", "all States", "tpnw"},
      {"CHE", "Reform of the Security Council is an imperative.", "support",
       "Reform of the Security Council", "UNSC"},
      {"CHE", "Dialogue is a necessity.", "support", "Dialogue"},
      {"CHE", "It is an imperative.", "none"},
      {"KEN", "We have a moral obligation to help refugees.", "support", "help refugees"},
      {"KEN", "Kenya bears a special responsibility to promote peace.", "support", "promote peace"},
      {"KEN", "We have a plan to build roads.", "none"},
      {"KEN", "Africa deserves a permanent seat on the Security Council.", "support", "Africa",
       "UNSC"},
      {"KEN", "The people of Palestine deserve a State of their own.", "support",
       "The people of Palestine", "PSE"},
      {"KEN", "The perpetrators deserve punishment.", "none"},
      {"KEN", "We have failed.", "none"},
      {"KEN", "All attempts at mediation have failed.", "none"},
      {"KEN", "The Security Council has never failed to respond.", "none"},
  });
}

TEST(StanceTargets6, NoPosition) {
  RunTable({
      {"KEN", "Let me now turn to the question of development.", "none"},
      {"KEN", "It is not for us to decide.", "none"},
      {"CHE", "The Assembly met in September.", "none"},
      {"CHE", "It should be recalled that the treaty entered into force in 1970.", "none"},
      {"KEN", "Many countries were slow to ratify the convention.", "none"},
  });
}

}  // namespace
}  // namespace caucus
