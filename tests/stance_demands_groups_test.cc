// Demands, invitations, claims called false and criticism of bodies and
// groups of states in a speaker's own words (issue #13). Each sentence was
// written for these tests, its expected stances decided before running it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "caucus/stances.h"
#include "stance_test_util.h"

namespace caucus {
namespace {

const stance_test::E kDemandEntities[] = {
    {"Russian Federation", "government", "RUS"},
    {"Russia", "government", "RUS"},
    {"Russian", "government", "RUS", "", "demonym"},
    {"Ukraine", "government", "UKR"},
    {"United Kingdom", "government", "GBR"},
    {"Iran", "government", "IRN"},
    {"Libya", "government", "LBY"},
    {"NATO", "body", "NATO"},
    {"European Union", "body", "EU"},
    {"Security Council", "body", "UNSC"},
    {"Council", "body", "UNSC"},
    {"Convention", "instrument", "convention"},
};

// The speaker's stances in `text`, each "polarity act link" (link "-" when
// the target links no entity), joined by "; "; "none" when there are none.
std::string SpeakerStances(const std::string& speaker, const std::string& text) {
  const auto found = stance_test::FindEntitiesIn(kDemandEntities, text);
  const std::vector<EntityView> ents = Views(found);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance_test::Lex());
  std::string out;
  for (const Stance& s :
       stance::FindWithSpeaker(text, sp, stance_test::Finder(), stance_test::Split(text), ents)) {
    if (s.actor.id != speaker) continue;
    out += (out.empty() ? "" : "; ") + s.polarity + " " + s.act + " " +
           (s.target.entity.empty() ? "-" : s.target.entity);
  }
  return out.empty() ? "none" : out;
}

// Every stance of any actor, "ACTOR polarity link", joined by "; ".
std::string AllStances(const std::string& speaker, const std::string& text) {
  const auto found = stance_test::FindEntitiesIn(kDemandEntities, text);
  const std::vector<EntityView> ents = Views(found);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance_test::Lex());
  std::string out;
  for (const Stance& s :
       stance::FindWithSpeaker(text, sp, stance_test::Finder(), stance_test::Split(text), ents))
    out += (out.empty() ? "" : "; ") + s.actor.id + " " + s.polarity + " " +
           (s.target.entity.empty() ? "-" : s.target.entity);
  return out.empty() ? "none" : out;
}

struct Row {
  const char* speaker;
  const char* text;
  const char* want;  // SpeakerStances()
};

void RunRows(const std::vector<Row>& rows) {
  for (const Row& r : rows) EXPECT_EQ(SpeakerStances(r.speaker, r.text), r.want) << r.text;
}

// A demand for a good thing is support of it: "we demand the release of
// all hostages" wants the release (before: oppose, target "the release").
// A demand to stop opposes the conduct ("an end to the shelling"), and a
// demand on a state to stop stays the speaker's demand against that state.
TEST(StanceDemandsGroups, DemandsForAGoodThing) {
  RunRows({
      {"GBR", "We demand the release of all hostages.", "support call-for -"},
      {"GBR", "We demand the immediate release of the detained journalists.", "support call-for -"},
      {"GBR", "We urge the unconditional release of the political prisoners.", "support urge -"},
      {"GBR", "We demand the safe return of the deported children.", "support call-for -"},
      {"GBR", "We demand the lifting of the blockade.", "support call-for -"},
      {"GBR", "We demand unhindered access for humanitarian workers.", "support call-for -"},
      {"GBR", "We demand that the parties release all detainees.", "support call-for -"},
      {"GBR", "We demand an end to the shelling of residential areas.", "oppose call-for -"},
      {"GBR", "We call for an end to the indiscriminate bombing.", "oppose call-for -"},
      // A demand on a state to stop or release is against that state.
      {"GBR", "We demand that Russia release the hostages.", "oppose demand RUS"},
      {"GBR", "We call on Iran to release the detained journalists.", "oppose demand IRN"},
      {"GBR", "We demand the withdrawal of Russian troops.", "oppose demand RUS"},
      {"GBR", "We call on Russia to cease its attacks on civilians.", "oppose demand RUS"},
      // A demand on nobody in particular to stop a conduct opposes it.
      {"GBR", "We demand that all parties cease the hostilities.", "oppose demand -"},
      {"GBR", "We urge everyone to stop the shelling.", "oppose demand -"},
  });
}

// An invitation to come, attend or follow procedure is no call ("we invite
// you to visit our country", "I invite all delegations to the reception",
// "we invite the Council to take note"); an invitation to take a position
// is ("we invite States to ratify the Convention").
TEST(StanceDemandsGroups, InvitationsAreNotCalls) {
  RunRows({
      {"GBR", "We invite you to visit our country.", "none"},
      {"GBR", "I invite all delegations to the reception.", "none"},
      {"GBR", "I invite all delegations to attend the reception this evening.", "none"},
      {"GBR", "We invite the Council to take note of the report.", "none"},
      {"GBR", "I invite the representative of Ukraine to take a seat at the Council table.",
       "none"},
      {"GBR", "We invite you to our national day celebration.", "none"},
      {"GBR", "We invited the members of the Council to come to Geneva.", "none"},
      {"GBR", "I invite all participants to take part in the side event.", "none"},
      {"GBR", "We invite all delegations to observe a minute of silence.", "none"},
      {"GBR", "We invite States to ratify the Convention.", "support urge convention"},
      {"GBR", "We invite all States to join the Convention without delay.",
       "support urge convention"},
      {"GBR", "We invite the Security Council to consider this matter urgently.",
       "support urge UNSC"},
      {"GBR", "We invite States parties to the Convention to ratify the amendment.",
       "support urge convention"},
      {"GBR", "We invite the parties to observe the ceasefire.", "support urge -"},
      {"GBR", "We invite the international community to address the root causes of the conflict.",
       "support urge -"},
  });
}

// A claim called false: the claim's content is no position of the claimant
// and no criticism of the speaker's (an accusation in it stays the
// claimant's, reported), and the speaker criticises the claimant state, the
// claim as the target.
TEST(StanceDemandsGroups, ClaimsCalledFalse) {
  const std::vector<Row> rows = {
      {"GBR", "Russia's claim that the referendum was legitimate is a lie.",
       "oppose criticise RUS"},
      {"GBR", "The assertion by Moscow that its troops are not there is false.",
       "oppose criticise RUS"},
      {"GBR", "Moscow's claim that it is protecting civilians is a blatant lie.",
       "oppose criticise RUS"},
      {"GBR", "Russia's claim that it supports the ceasefire is simply false.",
       "oppose criticise RUS"},
      {"GBR", "The Russian claim that Ukraine is shelling its own cities is absurd.",
       "oppose criticise RUS"},
      {"GBR", "Russia's allegations that Ukraine is developing biological weapons are baseless.",
       "oppose criticise RUS"},
      {"GBR", "The claims of the Russian Federation that it is defending civilians are lies.",
       "oppose criticise RUS"},
      {"GBR", "Claims that Ukraine threatens Russian speakers are baseless.", "none"},
      {"GBR", "The suggestion that Ukraine provoked the attack is nonsense.", "none"},
      // No claim called false.
      {"GBR", "We note Russia's claim that the reports are false.", "none"},
      {"GBR", "Russia's claim that the referendum was legitimate is not new.", "none"},
  };
  RunRows(rows);
  // Nobody else gets a stance from the content of a claim called false.
  EXPECT_EQ(AllStances("GBR", "Russia's claim that it supports the ceasefire is a lie."),
            "GBR oppose RUS");
  // (An accusation in it stays the claimant's, reported.)
  EXPECT_EQ(AllStances("GBR", "Russia's claims that Ukraine is shelling Donetsk are baseless."),
            "RUS oppose UKR; GBR oppose RUS");
  EXPECT_EQ(AllStances("GBR", "Claims that Ukraine violated the ceasefire are false."), "none");
  // Not called false: the claim stays the claimant's, reported.
  EXPECT_EQ(AllStances("GBR", "Russia claims that it supports the ceasefire."), "RUS support -");
}

// The speaker's stances, each "polarity act link/kind" ("-" when the target
// links nothing), joined by "; ".
std::string SpeakerLinks(const std::string& speaker, const std::string& text) {
  const auto found = stance_test::FindEntitiesIn(kDemandEntities, text);
  const std::vector<EntityView> ents = Views(found);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance_test::Lex());
  std::string out;
  for (const Stance& s :
       stance::FindWithSpeaker(text, sp, stance_test::Finder(), stance_test::Split(text), ents)) {
    if (s.actor.id != speaker) continue;
    out += (out.empty() ? "" : "; ") + s.polarity + " " + s.act + " " +
           (s.target.entity.empty() ? "-" : s.target.entity + "/" + s.target.kind);
  }
  return out.empty() ? "none" : out;
}

// Criticism of a body names the body (target.kind body): a wrong done by it
// ("NATO has violated its commitments"), an evaluation of its act ("the
// European Union has imposed illegal sanctions", "sanctions imposed by the
// European Union"). Not a body after a preposition, a body modifying a noun
// ("a Security Council member"), a negated or supposed wrong.
TEST(StanceDemandsGroups, CriticismOfBodies) {
  const std::vector<Row> rows = {
      {"GBR", "NATO has violated its commitments.", "oppose accuse NATO/body"},
      {"GBR", "NATO continues to violate its own promises.", "oppose accuse NATO/body"},
      {"GBR", "NATO bombed the city in violation of international law.", "oppose accuse NATO/body"},
      {"GBR", "The European Union has imposed illegal sanctions.", "oppose criticise EU/body"},
      {"GBR", "The illegal sanctions imposed by the European Union have hurt our farmers.",
       "oppose criticise EU/body"},
      {"GBR", "We condemn NATO's expansion.", "oppose condemn NATO/body"},
      {"GBR", "We condemn the illegal sanctions imposed by the European Union.",
       "oppose condemn EU/body"},
      {"GBR", "NATO's aggression against Libya was a crime.", "oppose criticise NATO/body"},
      // Not the body's wrong.
      {"GBR", "The European Union has adopted a new strategy.", "none"},
      {"GBR", "The European Union has violated nothing.", "none"},
      {"GBR", "If NATO were to violate the agreement, we would respond.", "none"},
      {"GBR", "These towns were classified by the Security Council as besieged.", "none"},
      {"GBR", "A Security Council member has chosen to play politics with aid.", "none"},
  };
  for (const Row& r : rows) EXPECT_EQ(SpeakerLinks(r.speaker, r.text), r.want) << r.text;
  // A state in the object of the wrong is no doer: the body stays the doer.
  EXPECT_EQ(SpeakerLinks("GBR", "NATO has violated its commitments to the Russian Federation."),
            "oppose accuse NATO/body");
}

}  // namespace
}  // namespace caucus
