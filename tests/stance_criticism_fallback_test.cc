// The fallback criticism pass (lib/stance/criticism_fallback.cc, issue #13):
// a speaker's sentence whose words judge one state's conduct, which no rule
// pass read as a criticism, gives the speaker's oppose stance toward that
// state (via "fallback"). Sentences written for these tests in the register
// of UN debate about many conflicts; most are NEGATIVES: victims and
// scenes, two states, the speaker itself, praise, hedges, questions,
// negations, reported words, conditions, denials, passives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stance_test_util.h"

namespace caucus {
namespace {

const stance_test::E kFallbackEntities[] = {
    {"Democratic People's Republic of Korea", "government", "PRK", "", "name"},
    {"Russian Federation", "government", "RUS", "", "name"},
    {"United States", "government", "USA", "", "alias"},
    {"Ukrainian", "government", "UKR", "", "demonym"},
    {"Afghanistan", "government", "AFG", "", "name"},
    {"Bangladesh", "government", "BGD", "", "name"},
    {"Venezuela", "government", "VEN", "", "name"},
    {"Argentina", "government", "ARG", "", "name"},
    {"Sudanese", "government", "SDN", "", "demonym"},
    {"Myanmar", "government", "MMR", "", "name"},
    {"Lebanon", "government", "LBN", "", "name"},
    {"Ecuador", "government", "ECU", "", "name"},
    {"Iranian", "government", "IRN", "", "demonym"},
    {"Russian", "government", "RUS", "", "demonym"},
    {"Ukraine", "government", "UKR", "", "name"},
    {"Syrian", "government", "SYR", "", "demonym"},
    {"Jordan", "government", "JOR", "", "name"},
    {"Russia", "government", "RUS", "", "alias"},
    {"France", "government", "FRA", "", "name"},
    {"Israel", "government", "ISR", "", "name"},
    {"Sudan", "government", "SDN", "", "name"},
    {"Qatar", "government", "QAT", "", "name"},
    {"Yemen", "government", "YEM", "", "name"},
    {"Syria", "government", "SYR", "", "alias"},
    {"Iran", "government", "IRN", "", "name"},
    {"DPRK", "government", "PRK", "", "alias"},
    {"Assad", "person", "bashar-al-assad", "SYR", "weak"},
};

// The states the fallback alone criticises in `text` for `speaker` (every
// sentence the speaker's, no rule stance before it), joined by "; ".
std::string Fallback(const std::string& speaker, const std::string& text) {
  const std::vector<Entity> found =
      stance_test::FindEntitiesIn(kFallbackEntities, text, /*hyphen_ends_names=*/true);
  const std::vector<EntityView> ents = Views(found);
  const std::vector<Sentence> sents = stance_test::Split(text);
  const std::vector<SentenceSpeaker> speakers(
      sents.size(), SentenceSpeaker{speaker, "government", speaker, "turn"});
  std::vector<Stance> out;
  stance::FallbackCriticism(stance_test::Lex(), text, sents, ents, speakers, &out);
  std::string joined;
  for (const Stance& s : out) {
    EXPECT_EQ(s.actor.id, speaker) << text;
    EXPECT_EQ(s.polarity, "oppose") << text;
    EXPECT_EQ(s.act, "criticise") << text;
    EXPECT_EQ(s.modality, "asserted") << text;
    EXPECT_EQ(s.via, "fallback") << text;
    EXPECT_EQ(s.target.kind, "government") << text;
    EXPECT_GE(s.score, 0.5) << text;
    EXPECT_LE(s.score, 0.6) << text;
    joined += (joined.empty() ? "" : "; ") + s.target.entity;
  }
  return joined;
}

struct Case {
  const char* speaker;
  const char* text;
  const char* want;  // the states criticised, "" for none
};

void RunTable(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Fallback(c.speaker, c.text), c.want) << c.text;
}

TEST(StanceCriticismFallback, Positives) {
  RunTable({
      {"FRA", "The actions of the Syrian authorities are barbaric.", "SYR"},
      {"QAT", "The atrocities of the Assad regime are well documented.", "SYR"},
      {"GBR", "Russia's aggression against Ukraine must end.", "RUS"},
      {"USA", "Iranian propaganda spreads lies across the region.", "IRN"},
      {"JPN", "The DPRK has repeatedly violated the resolutions of the Council.", "PRK"},
      {"DEU", "The Sudanese authorities continue their brutal repression.", "SDN"},
      {"POL", "The Russian special services embarked on operations to seize power.", "RUS"},
      {"ISR", "Iran's conduct is reckless and destabilizing.", "IRN"},
      {"CAN", "The illegal blockade imposed by the United States hurts the people.", "USA"},
  });
}

TEST(StanceCriticismFallback, VictimsScenesAndObjectsAreNoDoers) {
  RunTable({
      {"FRA",
       "We condemn the illegal attacks against Ukraine and the violation of Ukraine's "
       "sovereignty.",
       ""},
      {"DEU",
       "The brutal aggression against Syria's civilians by terrorist groups is unacceptable.", ""},
      {"KEN", "The brutal siege of Sudan's cities has caused suffering among Sudanese civilians.",
       ""},
      {"FRA", "Lebanon has suffered the brutal consequences of an illegal war.", ""},
      {"DEU", "Afghanistan remains a country where brutal violence and illegal trafficking thrive.",
       ""},
      {"KEN", "Jordan is a victim of the brutal war next door.", ""},
      {"PER", "Ecuador was targeted by illegal fishing fleets last year.", ""},
      {"BRA", "Argentina was subjected to illegal interference in its internal affairs.", ""},
      {"EGY", "Sudan is sliding into a brutal civil war between two generals.", ""},
      {"FRA", "The annexation goes beyond Ukraine.", ""},
      {"FRA", "The minister visited eastern Ukraine amid brutal violence and propaganda.", ""},
      {"IND", "Bangladesh continues to host refugees who fled atrocities.", ""},
      {"EGY", "The occupation of Syria and the illegal settlements are unacceptable.", ""},
  });
}

TEST(StanceCriticismFallback, TwoStatesOrTheSpeakerItself) {
  RunTable({
      {"USA", "Russia has violated the ceasefire, and Ukraine has violated it too.", ""},
      {"RUS", "The Russian Federation has never violated anything, and its actions are lawful.",
       ""},
      {"RUS", "Russia has illegally annexed nothing.", ""},
  });
}

TEST(StanceCriticismFallback, PraiseHedgesQuestionsConditionsReports) {
  RunTable({
      {"FRA", "We welcome the constructive efforts of Qatar to end the illegal violence.", ""},
      {"CHN", "If Israel were to violate the agreement, that would be illegal.", ""},
      {"JPN", "Has the DPRK not violated the resolutions again?", ""},
      {"RUS", "The representative of Ukraine claimed that Russia had violated the agreement.", ""},
      {"SYR", "Some delegations alleged that the Syrian authorities had committed atrocities.", ""},
      {"BRA", "There is no evidence that Venezuela committed illegal acts of aggression.", ""},
      {"DEU", "France is deeply concerned by the brutal repression in Iran.", ""},
      {"USA", "Russia denies that its troops have invaded Ukraine.", ""},
      {"CHL", "Qatar continues its tireless mediation to end the illegal siege.", ""},
      {"GHA", "Sudan remains committed to the fight against illegal mining.", ""},
      {"USA", "Russia may have violated the agreement.", ""},
      {"GBR", "The Syrian authorities say that the \"illegal\" strikes were lawful.", ""},
  });
}

TEST(StanceCriticismFallback, NegatedOrCounteredEvaluations) {
  RunTable({
      {"AUS", "Ukraine must be allowed to prepare without interference and coercion.", ""},
      {"RUS", "Russia is not an aggressor.", ""},
      {"FRA", "France voted for the text prepared by the United States against sexual abuse.", ""},
  });
}

TEST(StanceCriticismFallback, PassivesDemandsClaimsAndNegatedObjects) {
  RunTable({
      {"SWE", "Ukrainian citizens were tortured in the region.", ""},
      {"NOR", "The agreement that Russia signed has been violated.", ""},
      {"NOR", "Russia has violated nothing.", ""},
      {"NOR", "Russia has violated no agreement.", ""},
      {"NOR", "Ukraine has done nothing to provoke this aggression.", ""},
      {"USA", "Syria must allow convoys to reach the besieged areas.", ""},
      {"NOR", "It is false that Ukraine shelled the city.", ""},
      {"NOR", "The suggestion that Ukraine provoked the attack is nonsense.", ""},
      {"NOR", "Russia stopped shelling the city last week.", ""},
      {"GBR", "We reject the draft resolution submitted by the Russian Federation.", ""},
      {"NOR", "The mediator condemned the attack by Russian forces.", ""},
  });
}

// Sentences written after the thresholds were set, in other theatres.
TEST(StanceCriticismFallback, OtherTheatresNegatives) {
  RunTable({
      {"SWE", "We must all refrain from illegal actions that escalate tensions.", ""},
      {"IRL", "Ukraine's resilience in the face of brutal aggression is remarkable.", ""},
      {"EGY", "Sudan has become a hub for illegal migration and smuggling.", ""},
      {"GHA", "Yemen was once again struck by brutal terrorist attacks last week.", ""},
      {"POL", "Ukraine's territory remains under illegal occupation.", ""},
      {"EST", "Are the Russian troops a threat to the region?", ""},
      {"QAT", "Syria has suffered the illegal and brutal occupation of its cities.", ""},
      {"BRA", "Israel and Qatar must both refrain from provocative steps.", ""},
      {"DEU", "The reports of atrocities in Sudan demand an independent investigation.", ""},
      {"KEN", "Yemen needs support to counter the brutal attacks of the Houthis.", ""},
  });
}

// Through the document passes: the fallback adds a stance only where no
// rule criticised a state for the speaker.
TEST(StanceCriticismFallback, OnlyWhereNoRuleCriticised) {
  auto run = [](const std::string& speaker, const std::string& text) {
    const std::vector<Entity> found =
        stance_test::FindEntitiesIn(kFallbackEntities, text, /*hyphen_ends_names=*/true);
    const std::vector<EntityView> ents = Views(found);
    const stance::DocSpeaker sp =
        stance::SpeakerFromId(speaker, "government", ents, stance_test::Lex());
    return stance::FindWithSpeaker(text, sp, stance_test::Finder(), stance_test::Split(text), ents);
  };
  int fallback = 0, rule = 0;
  for (const Stance& s : run("JPN", "The DPRK continues its flagrant provocations.")) {
    if (s.target.entity != "PRK" || s.polarity != "oppose") continue;
    (s.via == "fallback" ? fallback : rule) += 1;
  }
  EXPECT_EQ(rule, 1);
  EXPECT_EQ(fallback, 0);
  fallback = 0;
  for (const Stance& s : run("FRA", "The actions of the Syrian authorities are barbaric."))
    if (s.target.entity == "SYR" && s.polarity == "oppose" && s.via == "fallback") ++fallback;
  EXPECT_LE(fallback, 1);
}

}  // namespace
}  // namespace caucus
