// Demands, invitations, claims called false and criticism of bodies and
// groups of states in a speaker's own words (issue #13). Each sentence was
// written for these tests, its expected stances decided before running it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "caucus/entities.h"
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
    {"ITU", "body", "ITU"},
    {"Convention", "instrument", "convention"},
    {"Western countries", "group", "the-west"},
    {"Western partners", "group", "the-west"},
    {"West", "group", "the-west"},
    {"many governments", "group", "governments"},
};

// The stances in `text`: with a speaker, as that state's speech; without
// one, as a news report.
std::vector<Stance> StancesIn(const std::string& speaker, const std::string& text) {
  const auto found = stance_test::FindEntitiesIn(kDemandEntities, text);
  const auto sents = stance_test::Split(text);
  if (speaker.empty()) return stance_test::Finder().Find(text, sents, found);
  const std::vector<EntityView> ents = Views(found);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance_test::Lex());
  return stance::FindWithSpeaker(text, sp, stance_test::Finder(), sents, ents);
}

// The stances of `text` (only the speaker's when `own`), each as `show`
// gives it, joined by "; "; "none" when there are none.
template <typename Show>
std::string Listed(const std::string& speaker, const std::string& text, bool own, Show show) {
  std::string out;
  for (const Stance& s : StancesIn(speaker, text))
    if (!own || s.actor.id == speaker) out += (out.empty() ? "" : "; ") + show(s);
  return out.empty() ? "none" : out;
}

std::string LinkOf(const Stance& s) { return s.target.entity.empty() ? "-" : s.target.entity; }

// The speaker's stances, each "polarity act link" (link "-" when the
// target links no entity).
std::string SpeakerStances(const std::string& speaker, const std::string& text) {
  return Listed(speaker, text, true,
                [](const Stance& s) { return s.polarity + " " + s.act + " " + LinkOf(s); });
}

// Every stance of any actor, "ACTOR polarity link".
std::string AllStances(const std::string& speaker, const std::string& text) {
  return Listed(speaker, text, false,
                [](const Stance& s) { return s.actor.id + " " + s.polarity + " " + LinkOf(s); });
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
      {"GBR", "We demand a halt to the bombing of hospitals.", "oppose call-for -"},
      {"GBR", "We call for a stop to the violence against civilians.", "oppose call-for -"},
      // "cessation of" is no inverter: a named agreement follows it.
      {"GBR", "We support the cessation of hostilities agreement.", "support support -"},
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
      {"GBR", "I invite the members of the Council to proceed to the vote.", "none"},
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
      // Only supposed false: no criticism.
      {"GBR", "Russia's claim that the referendum was legitimate may be false.", "none"},
      {"GBR", "Russia's claim that the referendum was legitimate may well be a lie.", "none"},
      {"GBR", "Russia's claim that the referendum was legitimate could be false.", "none"},
  };
  RunRows(rows);
  // Nobody else gets a stance from the content of a claim called false.
  EXPECT_EQ(AllStances("GBR", "Russia's claim that it supports the ceasefire is a lie."),
            "GBR oppose RUS");
  // (An accusation in it stays the claimant's, reported.)
  EXPECT_EQ(AllStances("GBR", "Russia's claims that Ukraine is shelling Donetsk are baseless."),
            "RUS oppose UKR; GBR oppose RUS");
  EXPECT_EQ(AllStances("GBR", "Claims that Ukraine violated the ceasefire are false."), "none");
  // A claim verb called false by an adverb: the speaker accuses the
  // claimant, the content is no position of the claimant.
  EXPECT_EQ(AllStances("GBR", "Russia falsely claims that it supports the ceasefire."),
            "GBR oppose RUS");
  EXPECT_EQ(AllStances("GBR", "Moscow wrongly asserts that it backs the agreement."),
            "GBR oppose RUS");
  EXPECT_EQ(AllStances("GBR", "The Russian Federation claims, falsely, that it supports peace."),
            "none");
  EXPECT_EQ(AllStances("GBR", "Ukraine was falsely accused of aggression."), "none");
  EXPECT_EQ(AllStances("GBR", "It is falsely claimed that Ukraine supports the separatists."),
            "none");
  // Not called false: the claim stays the claimant's, reported.
  EXPECT_EQ(AllStances("GBR", "Russia claims that it supports the ceasefire."), "RUS support -");
}

// The speaker's stances, each "polarity act link/kind" ("-" when the target
// links nothing).
std::string SpeakerLinks(const std::string& speaker, const std::string& text) {
  return Listed(speaker, text, true, [](const Stance& s) {
    return s.polarity + " " + s.act + " " +
           (s.target.entity.empty() ? "-" : s.target.entity + "/" + s.target.kind);
  });
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
      {"GBR", "NATO has committed aggression against the city.", "oppose criticise NATO/body"},
      {"GBR", "NATO committed war crimes in the region.", "oppose criticise NATO/body"},
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
      // One who records a wrong does not do it.
      {"GBR", "The violations documented by the European Union are serious.", "none"},
      {"GBR", "The abuses reported by NATO are grave.", "none"},
      // Denied to each of a pair.
      {"GBR", "Neither NATO nor the European Union has violated the agreement.", "none"},
      {"GBR", "Neither Russia nor Ukraine has violated the agreement.", "none"},
  };
  for (const Row& r : rows) EXPECT_EQ(SpeakerLinks(r.speaker, r.text), r.want) << r.text;
  // A state in the object of the wrong is no doer: the body stays the doer.
  EXPECT_EQ(SpeakerLinks("GBR", "NATO has violated its commitments to the Russian Federation."),
            "oppose accuse NATO/body");
}

// A body or bloc that suffers the wrong or is its scene is no target, as a
// state is not ("the attacks on NATO forces", "sanctions against the
// European Union"); a body whose own act a stance opposes still is ("protested
// against ITU's jurisdiction"), and a seat on a body is membership.
TEST(StanceDemandsGroups, BodiesAsVictimsOrScene) {
  const std::vector<Row> rows = {
      {"GBR", "We condemn the attacks on NATO forces.", "oppose condemn -"},
      {"GBR", "Attacks on NATO must stop.", "oppose call-for -"},
      {"GBR", "We condemn the aggression against Western countries.", "oppose condemn -"},
      {"GBR", "We condemn the aggression against the European Union.", "oppose condemn -"},
      {"GBR", "The sanctions against the European Union are illegal.", "oppose criticise -"},
      {"GBR", "We support sanctions against the European Union.", "support support -"},
      {"GBR", "We protest against ITU's jurisdiction over these issues.",
       "oppose protest ITU/body"},
      {"GBR", "We welcome the support of the European Union.", "support welcome EU/body"},
      {"GBR", "We seek a seat on the Security Council.", "support call-for UNSC/body"},
      // Only a hostile preposition: a proposal for a body's control is on the body.
      {"GBR", "We reject the proposal for ITU control of the Internet.", "oppose reject ITU/body"},
      // Asking for the end of what a party did supports no party: the
      // agent of what is undone is no link; the agent of the undoing is.
      {"GBR", "We demand the lifting of the sanctions imposed by the European Union.",
       "support call-for -"},
      {"GBR", "We demand the release of the hostages held by NATO.", "support call-for -"},
      {"GBR", "We support the lifting of the sanctions imposed by Ukraine.", "support support -"},
      {"GBR", "We welcome the release of the hostages by Ukraine.",
       "support welcome UKR/government"},
      // What is asked of a party is no support of it; what it gives is.
      {"GBR", "We demand an explanation from NATO.", "support call-for -"},
      {"GBR", "We call for assistance from the European Union.", "support call-for -"},
      {"GBR", "We welcome the support from the European Union.", "support welcome EU/body"},
      // The end of a party's suffering supports no party.
      {"GBR", "We stress that putting an end to the suffering of the people of Iran is urgent.",
       "support stress -"},
  };
  for (const Row& r : rows) EXPECT_EQ(SpeakerLinks(r.speaker, r.text), r.want) << r.text;
  // Without a speaker, as a news report.
  EXPECT_EQ(SpeakerLinks("", "The European Union has protested against ITU's jurisdiction."),
            "none");
  EXPECT_EQ(AllStances("", "The European Union has protested against ITU's jurisdiction."),
            "EU oppose ITU");
}

// "The West", "Western countries", "our Western partners" are a group of
// states in the shipped dictionaries (groups.json the-west), not the West
// Bank or a compass point; criticised, it is the target (english.json
// political_groups); deep in a supported phrase it is no link.
TEST(StanceDemandsGroups, TheWest) {
  EntityOptions opt;
  opt.dictionaries.dir = CAUCUS_DICTDIR;
  auto r = Recognizer::Create(opt);
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto west = [&](const std::string& text) {
    std::string out;
    for (const Entity& e : (*r)->Find(text))
      if (e.id == "the-west") out += (out.empty() ? "" : "; ") + e.text;
    return out;
  };
  EXPECT_EQ(west("The West has imposed sanctions on us."), "West");
  EXPECT_EQ(west("Our Western partners have broken their word."), "Western partners");
  EXPECT_EQ(west("Western countries voted against it."), "Western countries");
  EXPECT_EQ(west("The situation in the West Bank is grave."), "");
  EXPECT_EQ(west("We welcome the West African initiative."), "");
  EXPECT_EQ(west("Fighting continues in the west of the country."), "");
  EXPECT_EQ(west("Trade with West Germany grew."), "");
  // The western part of a place, capitalised, is no group either.
  EXPECT_EQ(west("We condemn the shelling of the West of the city."), "");
  EXPECT_EQ(west("The West of Ukraine has been spared."), "");
  EXPECT_EQ(west("The West, of course, imposed them."), "West");

  const std::vector<Row> rows = {
      {"GBR", "Western countries have violated international law.", "oppose accuse the-west/group"},
      {"GBR", "Our Western partners have broken their promises.", "oppose accuse the-west/group"},
      {"GBR", "We condemn the unilateral sanctions of the West.", "oppose condemn the-west/group"},
      {"GBR", "We reject the attempts by Western countries to isolate us.",
       "oppose reject the-west/group"},
      // A collective is no party: "many governments" did no wrong the
      // speaker names.
      {"GBR", "Many governments have violated the rules.", "none"},
      // Deep in a supported phrase, no link.
      {"GBR", "We support the talks that Western countries have proposed.", "support support -"},
  };
  for (const Row& row : rows) EXPECT_EQ(SpeakerLinks(row.speaker, row.text), row.want) << row.text;
}

// The positions of "the West" that a speech describes are the speaker's
// account of its adversaries: no stance of the West. Without a speaker (a
// news report) the group holds its stance as any actor does.
TEST(StanceDemandsGroups, TheWestHoldsNoStanceInASpeech) {
  auto holders = [](const std::string& speaker, const std::string& text) {
    return Listed(speaker, text, false,
                  [](const Stance& s) { return s.actor.id + " " + s.polarity; });
  };
  EXPECT_EQ(holders("RUS", "The West insists that everyone respect the Convention."), "none");
  EXPECT_EQ(holders("RUS", "Western countries welcomed the resolution."), "none");
  EXPECT_EQ(holders("RUS", "The West calls on all States to uphold the Convention."), "none");
  EXPECT_EQ(holders("RUS", "Our Western partners have called for sanctions."), "none");
  EXPECT_EQ(holders("RUS", "Western countries have violated international law."), "RUS oppose");
  EXPECT_EQ(holders("", "Western countries support the Convention."), "the-west support");
  EXPECT_EQ(holders("", "Western countries welcomed the resolution."), "the-west support");
}

}  // namespace
}  // namespace caucus
