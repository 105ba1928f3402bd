// More kinds of a speaker's positions in whole speeches (issue #13 part 6):
// "X has our full support", "we join X in calling for Y", "we have no
// hesitation in supporting X", "reform is long overdue / can no longer be
// postponed", "X cannot be achieved without Y", "X is never justified",
// "force cannot solve the conflict", "X is at the heart of our policy",
// "what is needed is X", "nor can there be any justification for X", "we
// will never abandon our commitment to X", a relative clause inside a
// subject, "one of the greatest threats", "accept this and end X". Each
// sentence was written for these tests, its expected stance (and the start
// of its target, where given) decided before running it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "caucus/stances.h"
#include "stance_test_util.h"

namespace caucus {
namespace {

const stance_test::E kEntities[] = {
    {"Switzerland", "government", "CHE"},
    {"Kenya", "government", "KEN"},
    {"Russia", "government", "RUS"},
    {"China", "government", "CHN"},
    {"Haiti", "government", "HTI"},
    {"African Union", "body", "AU"},
    {"United Nations", "body", "UN"},
    {"Security Council", "body", "UNSC"},
    {"Secretary-General", "body", "UN Secretary-General"},
};

using Case = stance_test::SpeakerCase;

stance_test::SpeakerFound SpeakerStance(const std::string& speaker, const std::string& text) {
  return stance_test::FirstSpeakerStance(kEntities, speaker, text);
}

void RunTable(const std::vector<Case>& cases) { stance_test::RunSpeakerTable(kEntities, cases); }

// "X has (enjoys) our full support", "X can count (rely) on our
// solidarity": the speaker supports X; "our continued support" is the
// speaker's, not the subject's.
TEST(SpeakerPositions2, HasOurSupport) {
  RunTable({
      {"CHE", "The Secretary-General's reform agenda has our full support.", "support",
       "The Secretary-General's reform agenda", "UN Secretary-General"},
      {"KEN", "The people of Haiti can rely on our solidarity.", "support", "The people of Haiti"},
      {"CHE", "This initiative enjoys our strong backing.", "support", "This initiative"},
      {"CHE", "The African Union can count on our continued support in Somalia.", "support"},
      {"CHE", "We have our own programmes.", "none"},
      {"CHE", "The proposal does not have our support.", "none"},
      {"CHE", "This question has our full attention.", "none"},
  });
}

// "We join X in calling for Y": the joiner's stance on Y; "we have no
// hesitation in supporting X": support, the "no" denies the hesitation.
TEST(SpeakerPositions2, JoinAndNoHesitation) {
  RunTable({
      {"CHE", "We join the Secretary-General in calling for a global ceasefire.", "support",
       "a global ceasefire"},
      {"CHE", "Switzerland joins the African Union in condemning the coup.", "oppose", "the coup"},
      {"KEN", "Kenya joins many other delegations in welcoming the agreement.", "support",
       "the agreement"},
      {"CHE", "We have no hesitation in supporting the peace plan of the African Union.", "support",
       "the peace plan", "AU"},
      {"CHE", "Switzerland has no hesitation in condemning these attacks.", "oppose",
       "these attacks"},
      {"KEN", "We had no difficulty in endorsing the declaration.", "support", "the declaration"},
      {"CHE", "Russia joined China in blocking the resolution.", "none"},
  });
}

// "X is (long) overdue", "X cannot wait", "X can no longer be postponed /
// must not be delayed": a call for X; "we cannot wait for ..." is no stance
// on the speaker.
TEST(SpeakerPositions2, NoDelay) {
  RunTable({
      {"CHE", "Security Council reform is long overdue.", "support", "Security Council reform",
       "UNSC"},
      {"CHE", "Reform of the Security Council has long been overdue.", "support",
       "Reform of the Security Council", "UNSC"},
      {"CHE", "The reform of the Security Council can no longer be postponed.", "support",
       "The reform of the Security Council", "UNSC"},
      {"KEN", "Climate action cannot wait.", "support", "Climate action"},
      {"KEN", "Debt relief for the poorest countries must not be delayed any further.", "support",
       "Debt relief"},
      {"KEN", "We cannot wait for the next crisis.", "none"},
      {"KEN", "The meeting was not postponed.", "none"},
  });
}

// "X cannot be achieved without Y", "X is not possible / impossible without
// Y": support of Y; with no "without", no stance ("peace cannot be
// achieved through war" is no call against peace).
TEST(SpeakerPositions2, NeededWithout) {
  RunTable({
      {"KEN", "Sustainable development cannot be achieved without peace.", "support", "peace"},
      {"CHE", "Lasting peace is not possible without justice.", "support", "justice"},
      {"CHE", "Development is impossible without security.", "support", "security"},
      {"KEN", "Prosperity can never be sustained without the rule of law, in our view.", "support",
       "the rule of law"},
      {"CHE", "Peace cannot be achieved through war.", "none"},
      {"CHE", "Peace cannot be achieved by force alone.", "none"},
  });
}

// Approval denied ("is never justified", "cannot be tolerated") and "X
// cannot (will never) solve Y" oppose the subject; not a name ("the United
// Nations cannot solve every problem"), nor the speaker, nor capacity.
TEST(SpeakerPositions2, NeverJustifiedNoSolution) {
  RunTable({
      {"CHE", "The use of force to settle disputes is never justified.", "oppose",
       "The use of force"},
      {"CHE", "Terrorism can never be justified.", "oppose", "Terrorism"},
      {"KEN", "Attacks on humanitarian workers cannot be tolerated.", "oppose",
       "Attacks on humanitarian workers"},
      {"CHE", "This cannot be justified.", "none"},
      {"CHE", "Such concerns are justified.", "none"},
      {"CHE", "Military force cannot solve the conflict.", "oppose", "Military force"},
      {"KEN", "Sanctions will never resolve the crisis.", "oppose", "Sanctions"},
      {"CHE", "Walls and fences will not solve the problem of migration.", "oppose",
       "Walls and fences"},
      {"CHE", "No country can solve these problems alone.", "none"},
      {"CHE", "The United Nations cannot solve every problem.", "none"},
      {"CHE", "We cannot solve this problem without the support of partners.", "none"},
      {"CHE", "The talks did not settle the dispute.", "none"},
  });
}

// "X is (lies, remains) at the heart (core, top) of our policy": support of
// X; not at the heart of something not the speaker's.
TEST(SpeakerPositions2, AtTheHeart) {
  RunTable({
      {"CHE", "The promotion of gender equality is at the heart of our foreign policy.", "support",
       "The promotion of gender equality"},
      {"CHE", "Climate action remains at the top of Switzerland's agenda.", "support",
       "Climate action"},
      {"KEN", "Human rights lie at the core of my Government's priorities.", "support",
       "Human rights"},
      {"CHE", "Corruption is at the heart of the crisis.", "none"},
      {"CHE", "The Security Council is at the heart of their strategy.", "none"},
  });
}

// "What is needed (essential) is X": a call for X; "what is clear is ..."
// is none.
TEST(SpeakerPositions2, WhatIsNeeded) {
  RunTable({
      {"CHE", "What is needed is a renewed commitment to multilateralism.", "support",
       "a renewed commitment"},
      {"KEN", "What is essential is that all States comply with their obligations.", "support",
       "that all States comply"},
      {"CHE", "What is urgently needed is humanitarian access.", "support", "humanitarian access"},
      {"CHE", "What is clear is that the crisis will last.", "none"},
  });
}

// "Nor can there be any justification for X", "there cannot be any excuse
// for X": against X, as "there is no justification for X".
TEST(SpeakerPositions2, AnyJustificationDenied) {
  RunTable({
      {"CHE", "Nor can there be any justification for the targeting of civilians.", "oppose",
       "the targeting of civilians"},
      {"KEN", "There cannot be any excuse for inaction.", "oppose", "inaction"},
      {"CHE", "There can never be any justification for torture.", "oppose", "torture"},
      {"CHE", "There is hardly any room for optimism.", "none"},
  });
}

// A denied withdrawal keeps a commitment: "we will never abandon our
// commitment to X" supports X; someone else's abandoning is no stance.
TEST(SpeakerPositions2, CommitmentNotRenounced) {
  RunTable({
      {"CHE", "Switzerland will not renounce its commitment to neutrality.", "support",
       "neutrality"},
      {"KEN", "We will never abandon our commitment to the two-State solution.", "support",
       "the two-State solution"},
      {"CHE", "We shall not relinquish our attachment to the principles of the Charter.", "support",
       "the principles"},
      {"CHE", "Some have abandoned their commitment to multilateralism.", "none"},
  });
}

// A relative clause between commas inside the subject ("X, whose effects
// ..., is a threat"), and "one of the greatest threats": against X.
TEST(SpeakerPositions2, ThreatSubjects) {
  RunTable({
      {"KEN", "Climate change, whose effects are felt everywhere, is a threat to our existence.",
       "oppose", "Climate change"},
      {"CHE", "Cybercrime, which knows no borders, poses a serious danger to our economies.",
       "oppose", "Cybercrime"},
      {"KEN",
       "The blockade, some of whose effects are irreversible, remains the main obstacle to our "
       "development.",
       "oppose", "The blockade"},
      {"CHE",
       "Terrorism constitutes one of the most serious threats to international peace and security.",
       "oppose", "Terrorism"},
      {"KEN", "Organized crime remains one of the main obstacles to development.", "oppose",
       "Organized crime"},
      {"KEN", "Our country is one of the victims of the crisis.", "none"},
  });
}

// "X must accept this and end Y": the second verb says what is called for.
TEST(SpeakerPositions2, SecondVerbAfterPronoun) {
  RunTable({
      {"CHE", "The parties must accept this and end the hostilities.", "oppose", "the hostilities"},
      {"KEN", "Everyone should acknowledge it and drop the double standards.", "oppose",
       "the double standards"},
      {"CHE", "The donors must recognize this and respect their pledges.", "support",
       "respect their pledges"},
  });
}

// Cues: "stand (firmly) behind", "subscribe to".
TEST(SpeakerPositions2, StandBehindSubscribe) {
  RunTable({
      {"CHE", "We stand firmly behind the Secretary-General.", "support", "the Secretary-General",
       "UN Secretary-General"},
      {"CHE",
       "Switzerland subscribes to the principle of common but differentiated responsibilities.",
       "support", "the principle"},
      {"KEN", "We fully subscribe to the views expressed by the African Union.", "support",
       "the views"},
      {"CHE", "We stand behind our record.", "none"},
      {"KEN", "Kenya will remain a firm supporter of the African Union.", "support",
       "the African Union"},
      {"CHE", "We are strong advocates of disarmament.", "support", "disarmament"},
  });
}

// "X must come to an end", "X must be brought to an end", "it is time to
// put an end to X", "we must bring a halt to X": against X.
TEST(SpeakerPositions2, PutAnEndTo) {
  RunTable({
      {"KEN", "The embargo imposed on our neighbour must come to an end.", "oppose", "The embargo"},
      {"CHE", "This war must be brought to an end.", "oppose", "This war"},
      {"CHE", "The time has come to put an end to the arms race.", "oppose", "the arms race"},
      {"KEN", "We must bring a halt to the destruction of our forests.", "oppose",
       "the destruction"},
      {"CHE", "Such talks cannot come to an end without an agreement.", "none"},
  });
}

// Harm as a noun after a verb of causing ("X has caused enormous damage to
// Y") and failure adjectives of fairness ("X is unfair to Y"): against X.
TEST(SpeakerPositions2, CausedHarmUnfair) {
  RunTable({
      {"KEN", "The blockade has caused enormous damage to our economy.", "oppose", "The blockade"},
      {"CHE", "Unilateral measures inflict great harm on the most vulnerable.", "oppose",
       "Unilateral measures"},
      {"KEN", "The current international financial architecture is unfair to developing countries.",
       "oppose", "The current international financial architecture"},
      {"CHE", "The present distribution of seats is unjust.", "oppose", "The present distribution"},
      {"CHE", "The reforms were carried out without causing harm to the poor.", "none"},
      {"CHE", "We have done much harm to ourselves.", "none"},
  });
}

// "We take (use) this opportunity to reaffirm our support for X": the
// speaker's support of X.
TEST(SpeakerPositions2, TakeThisOpportunity) {
  RunTable({
      {"KEN", "We take this opportunity to reaffirm our support for the work of the African Union.",
       "support", "our support for the work", "AU"},
      {"CHE", "I would like to take this opportunity to welcome the peace agreement.", "support",
       "the peace agreement"},
      {"KEN", "Kenya uses this occasion to condemn the recent attacks.", "oppose",
       "the recent attacks"},
  });
}

// A passive of harm names its victim first: against the agent after "by"
// ("trust is being eroded by X"); none without one (before, "trust is
// being eroded" opposed "trust is being").
TEST(SpeakerPositions2, HarmedBy) {
  RunTable({
      {"CHE", "Confidence in the system is being eroded by repeated violations of the rules.",
       "oppose", "repeated violations"},
      {"KEN", "Our economy has been severely damaged by the unilateral sanctions.", "oppose",
       "the unilateral sanctions"},
      {"CHE", "The work of the Security Council was paralysed, mainly by the use of the veto.",
       "oppose", "the use of the veto"},
      {"CHE", "Trust is being eroded.", "none"},
      {"KEN", "Our recovery has been hampered by a lack of investment.", "support", "investment"},
      {"KEN", "Our farmers were hurt by it.", "none"},
  });
}

// An act forced on the actor is no position: "forcing us to adopt X",
// "we were forced to accept X".
TEST(SpeakerPositions2, ForcedActs) {
  RunTable({
      {"KEN", "The drought is forcing us to adopt emergency rationing.", "none"},
      {"CHE", "We were forced to accept the terms of the loan.", "none"},
      {"KEN", "The crisis has forced our Government to endorse painful cuts.", "none"},
      {"CHE", "We feel compelled to condemn these attacks.", "oppose", "these attacks"},
  });
}

// What the speaker (its people, its economy) suffers from it opposes; a
// courtesy "we welcome you" is no stance.
TEST(SpeakerPositions2, SufferedFrom) {
  RunTable({
      {"KEN", "Our people have suffered greatly from the effects of the blockade.", "oppose",
       "the effects of the blockade"},
      {"CHE", "We continue to suffer under unilateral sanctions.", "oppose",
       "unilateral sanctions"},
      {"KEN", "Kenya has suffered from terrorism for decades.", "oppose", "terrorism"},
      {"CHE", "Many countries suffer from debt.", "none"},
      {"CHE", "We have not suffered from the crisis.", "none"},
      {"KEN", "We welcome you, Mr. President, to this high office.", "none"},
  });
}

// A first person inside what someone else says or claims is no position
// of the speaker: "our critics say that we oppose reform"; "we have said
// that we support X", "let me say that we support X" are.
TEST(SpeakerPositions2, ReportedFirstPerson) {
  RunTable({
      {"KEN", "Our critics say that we oppose reform.", "none"},
      {"CHE", "Some claim we support the armed groups.", "none"},
      {"KEN", "They allege that my Government rejects the plan.", "none"},
      {"KEN", "We have said many times that we support the peace plan.", "support",
       "the peace plan"},
      {"CHE", "Let me say that we welcome the agreement.", "support", "the agreement"},
  });
}

// "X is a scourge (a stain, a crime)": against X, as "X is a threat";
// "we must understand X" is rhetoric.
TEST(SpeakerPositions2, ScourgeStainCrime) {
  RunTable({
      {"KEN", "Terrorism is a scourge that threatens us all.", "oppose", "Terrorism"},
      {"CHE", "The failure of the Security Council to act is a stain on our conscience.", "oppose",
       "The failure of the Security Council", "-"},
      {"KEN", "The blockade is a crime against the people of our neighbour.", "oppose",
       "The blockade"},
      {"KEN", "Corruption remains the scourge of our societies.", "oppose", "Corruption"},
      {"CHE", "It is a crime to attack hospitals.", "none"},
      {"CHE", "Those who advocate isolation must understand that the world has changed.", "none"},
  });
}

// "X is a step in the right direction", "there is an urgent need to X",
// "we are encouraged that X", "we place great emphasis on X".
TEST(SpeakerPositions2, RightDirectionAndNeeds) {
  RunTable({
      {"KEN", "The peace agreement is a step in the right direction.", "support",
       "The peace agreement"},
      {"CHE", "The decision of the Security Council was an important step in the right direction.",
       "support", "The decision of the Security Council"},
      {"CHE", "This is a step in the right direction.", "none"},
      {"KEN", "There is an urgent need to reform the global financial system.", "support",
       "to reform the global financial system"},
      {"CHE", "There remains a need for greater cooperation.", "support", "greater cooperation"},
      {"CHE", "There is no need to panic.", "none"},
      {"KEN", "We are encouraged that the parties have agreed to a ceasefire.", "support",
       "the parties have agreed"},
      {"KEN", "Kenya places great emphasis on the role of youth.", "support", "the role of youth"},
  });
}

// "..., while X threatens Y": the subject starts after "while"; "this
// injustice must be corrected": against it; "we will not relent in our
// fight against X": two negations, against X.
TEST(SpeakerPositions2, WhileCorrectedRelent) {
  RunTable({
      {"KEN", "Conflicts displace millions, while drought threatens the livelihoods of farmers.",
       "oppose", "drought"},
      {"KEN", "This historical injustice must be corrected.", "oppose",
       "This historical injustice"},
      {"CHE", "Such imbalances should be redressed without delay.", "oppose", "Such imbalances"},
      {"KEN", "We will not relent in our fight against terrorism.", "oppose", "terrorism"},
      {"CHE", "Switzerland will not falter in its support for the Court.", "support"},
  });
}

// A second predicate after "and" shares the subject of the first, not the
// holder of a cue inside the first one's target ("the Secretary-General's
// proposal").
TEST(SpeakerPositions2, SharedSubjectPastEmbeddedCue) {
  const std::string text =
      "The United Nations is here. We support the Secretary-General's proposal for a stimulus "
      "and call for the reform of the development banks.";
  const auto found = stance_test::FindEntitiesIn(kEntities, text);
  const std::vector<EntityView> ents = Views(found);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId("KEN", "government", ents, stance_test::Lex());
  std::string got;
  for (const Stance& s :
       stance::FindWithSpeaker(text, sp, stance_test::Finder(), stance_test::Split(text), ents))
    if (s.act == "call-for") got += s.actor.id + ";";
  EXPECT_EQ(got, "KEN;");
}

// "X is not an option; it is a necessity": a correction, for X; "X is
// not an option" alone is against X.
TEST(SpeakerPositions2, NotAnOptionButANecessity) {
  RunTable({
      {"CHE", "Reform of the Security Council is not an option; it is a necessity.", "support",
       "Reform of the Security Council", "UNSC"},
      {"KEN", "Climate action is not an option but an obligation.", "support", "Climate action"},
      {"CHE", "Dialogue is not a choice, it is imperative.", "none"},
      {"CHE", "Isolation is not an option.", "oppose", "Isolation"},
  });
}

// "X must not be left behind (marginalized, forgotten)": a call for X.
TEST(SpeakerPositions2, NotLeftBehind) {
  RunTable({
      {"KEN", "Developing countries must not be left behind in the digital revolution.", "support",
       "Developing countries"},
      {"CHE", "The people of Haiti should not be forgotten.", "support", "The people of Haiti",
       "HTI"},
      {"KEN", "Africa can no longer be marginalized in global decision-making.", "none"},
      {"CHE", "No one should be left behind.", "none"},
      {"CHE", "The victims must never be forgotten.", "support", "The victims"},
  });
}

}  // namespace
}  // namespace caucus
