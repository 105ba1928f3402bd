// Criticism of a state the sentence does not name (issue #13,
// lib/stance/criticism_focus.cc): after a speaker criticises a state, the
// next sentence or two may judge it as "that", "this", "its actions",
// "their conduct", "such steps", or "it". Only the LAST sentence of each
// text is checked: which states the speaker criticises there. Negatives: a
// pronoun that stands for the speaker's own country, a body, a person, the
// Council or a resolution; two states in play; a criticism another state
// made (reported); praise since; a question, a negation, a modal; a
// distance beyond the window. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "caucus/stances.h"
#include "stance_test_util.h"

namespace caucus {
namespace {

const stance_test::E kCorefEntities[] = {
    {"Russian Federation", "government", "RUS"},
    {"United Kingdom", "government", "GBR"},
    {"Security Council", "body", "UNSC"},
    {"Verkhovna Rada", "body", "Verkhovna Rada", "UKR"},
    {"Secretary-General", "person", "un-sg", "", ""},
    {"Ukraine", "government", "UKR"},
    {"Ukrainian", "government", "UKR", "", "demonym"},
    {"Russia", "government", "RUS"},
    {"Russian", "government", "RUS", "", "demonym"},
    {"Belarus", "government", "BLR"},
    {"Israel", "government", "ISR"},
    {"DPRK", "government", "PRK"},
    {"Syrian", "government", "SYR", "", "demonym"},
    {"China", "government", "CHN"},
};

// The states `speaker` criticises in the last sentence of `text` (sorted,
// "; "-joined; "" for none).
std::string LastSentenceCriticised(const std::string& speaker, const std::string& text) {
  const std::vector<Entity> found =
      stance_test::FindEntitiesIn(kCorefEntities, text, /*hyphen_ends_names=*/true);
  const std::vector<EntityView> ents = Views(found);
  const auto sents = stance_test::Split(text);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance::LexiconOf(stance_test::Finder()));
  const uint32_t last = static_cast<uint32_t>(sents.size()) - 1;
  std::vector<std::string> out;
  for (const Stance& s : stance::FindWithSpeaker(text, sp, stance_test::Finder(), sents, ents)) {
    if (s.sentence != last || s.actor.id != speaker || s.polarity != "oppose" ||
        s.target.kind != "government" || s.target.entity.empty())
      continue;
    if (std::find(out.begin(), out.end(), s.target.entity) == out.end())
      out.push_back(s.target.entity);
  }
  std::sort(out.begin(), out.end());
  std::string joined;
  for (const std::string& s : out) joined += (joined.empty() ? "" : "; ") + s;
  return joined;
}

using Case = stance_test::ProbeCase;

void RunTable(const std::vector<Case>& cases) {
  for (const Case& c : cases)
    EXPECT_EQ(LastSentenceCriticised(c.speaker, c.text), c.want) << c.speaker << ": " << c.text;
}

// "that" / "this" as the subject of a fault noun right after a criticism.
TEST(StanceCriticismCoref, DemonstrativeFaultPositives) {
  RunTable({
      {"GBR",
       "Russia has annexed Crimea in defiance of international law. That constitutes a serious "
       "threat to peace in the region.",
       "RUS"},
      {"JPN",
       "The DPRK has launched yet another ballistic missile in violation of the resolutions. That "
       "poses a grave threat to "
       "the whole region.",
       "PRK"},
      {"FRA",
       "Russia continues to arm the separatists in the east. This is an affront to every "
       "member of this Council.",
       "RUS"},
  });
}

// "It" for the act, only before a violation and no "that" clause.
TEST(StanceCriticismCoref, ItIsAViolation) {
  RunTable({
      {"AUS", "Russia has annexed Crimea. It was a flagrant breach of the Charter.", "RUS"},
      {"AUS",
       "Russia has annexed Crimea. It is a violation of the Charter that no State can "
       "accept.",
       ""},
      {"GBR", "Russia has annexed Crimea. It is a threat to peace.", ""},
      {"GBR", "The Council met today. It is a clear violation of international law.", ""},
  });
}

// A demonstrative or possessive phrase of conduct as the subject or the
// object of an oppose stance.
TEST(StanceCriticismCoref, ConductPhrasePositives) {
  RunTable({
      {"GBR", "Russia has annexed Crimea. Its actions are a threat to the whole region.", "RUS"},
      {"FRA",
       "Russia has illegally deployed its troops in Crimea. Such conduct poses a threat to "
       "international peace.",
       "RUS"},
      {"USA", "Russia has annexed Crimea. We reject their so-called referendum.", "RUS"},
      {"GBR", "Russia has annexed Crimea. We condemn its illegal annexation of the peninsula.",
       "RUS"},
      {"AUS", "Russia continues to violate the ceasefire. Their conduct is unacceptable.", "RUS"},
      {"LTU",
       "Russia is massing troops on the border with Ukraine. Its latest moves are deeply "
       "irresponsible.",
       "RUS"},
  });
}

// "it" after a sentence whose subject was the criticised state by a
// description: the state, not the one named in a phrase of place.
TEST(StanceCriticismCoref, PronounChainPositives) {
  RunTable({
      {"GBR",
       "Russia has annexed Crimea. That country continues to mass troops on the border of "
       "Ukraine. It also continues to arm the separatists.",
       "RUS"},
  });
}

// A stop verb with "this" / "that" or a back-reference phrase as its
// subject, under a duty: a demand on the state just criticised; a refusal
// to accept "that referendum" the criticism right before named.
TEST(StanceCriticismCoref, StopAndRefusal) {
  RunTable({
      {"LTU", "Russia is pouring weapons and fighters into eastern Ukraine. This must stop.",
       "RUS"},
      {"USA", "Russia keeps sending weapons to the separatists. These deliveries must stop.",
       "RUS"},
      {"GBR",
       "Russia organised the sham referendum in Crimea. We will never accept that referendum.",
       "RUS"},
      // No criticism before; two sentences back; the other party named.
      {"GBR", "The violence in the east continues. This must stop.", ""},
      {"USA", "Russia has annexed Crimea. The Council met on Monday. This must stop.", ""},
      {"FRA", "Ukraine has shown great restraint. This must continue.", ""},
      {"GBR", "Russia has annexed Crimea. Ukraine must stop the violence.", "UKR"},
  });
}

// "We urge it to withdraw": a demand on "it", the state just criticised;
// "our neighbour" as the subject of a wrong.
TEST(StanceCriticismCoref, AddresseeAndNeighbour) {
  RunTable({
      {"USA", "Russia has annexed Crimea. We urge it to withdraw its forces.", "RUS"},
      // Another state as a clause's subject right before: "it" / "its" may
      // be either.
      {"GBR",
       "Russia has annexed Crimea, but Ukraine has shown restraint. We urge it to withdraw its "
       "forces from the east.",
       ""},
      {"FRA",
       "Russia has annexed Crimea, while Belarus has stayed silent. Its conduct is deplorable.",
       ""},
      {"USA",
       "Russia has annexed Crimea, but Ukraine has shown restraint. Its actions are a threat to no "
       "one.",
       ""},
      {"GBR", "Russia has annexed Crimea from Ukraine. Its actions are a threat to peace.", "RUS"},
      // "as does Ukraine" compares, it is no target.
      {"GBR", "Russia has annexed Crimea. We condemn it, as does Ukraine.", "RUS"},
      {"UKR", "Russia has annexed Crimea. Our northern neighbour continues to arm the separatists.",
       "RUS"},
      // "it" is the Council; "them" the separatists; too far; no criticism.
      {"USA", "Russia has annexed Crimea. The Council must act, and we urge it to do so.", ""},
      {"GBR", "Russia arms the separatists. We urge them to lay down their weapons.", ""},
      {"USA",
       "Russia has annexed Crimea. The Council met on Monday. Today we urge it to withdraw its "
       "forces.",
       ""},
      {"UKR", "Our neighbour continues to arm the separatists.", ""},
  });
}

// "That is not true" refutes what the state (or its delegation) opening
// the sentence before said.
TEST(StanceCriticismCoref, Refutation) {
  RunTable({
      {"GBR",
       "The Russian representative said that Ukraine had provoked the crisis. That is simply not "
       "true.",
       "RUS"},
      {"UKR",
       "The Russian Federation claims that its troops are not in Ukraine. This is absolutely "
       "false.",
       "RUS"},
      {"USA",
       "The representative of the Russian Federation said that the elections were illegitimate. "
       "That is not true.",
       "RUS"},
      {"RUS", "The representative of Ukraine said that Russia had sent troops. That is not true.",
       "UKR"},
      // Agreement; a person's words; no report; the speaker's own words.
      {"GBR", "Ukraine said that it would hold elections in May. That is true.", ""},
      {"GBR", "The Secretary-General said that the situation was grave. That is not true.", ""},
      {"FRA", "The Russian Federation has sent observers to the region. That is not true.", ""},
      {"RUS",
       "The Russian Federation has said that it will respect the results. That is not true of "
       "the others.",
       ""},
      // A supposition.
      {"GBR", "Russia has annexed Crimea. That would be a breach of the Charter if it were true.",
       ""},
      {"GBR", "Russia has annexed Crimea. That is unacceptable, and if it continues, we will act.",
       "RUS"},
      // The speaker's own criticism is no claim to refute.
      {"GBR", "Russia has annexed Crimea. That is simply not true.", ""},
      {"USA", "Russia keeps violating the ceasefire. That is not true.", ""},
  });
}

// A report clause closing the sentence ("..., the Russian representative
// said.") holds the criticism before it: not the speaker's.
TEST(StanceCriticismCoref, TrailingReporter) {
  RunTable({
      {"GBR", "Ukraine has violated the agreement, the Russian representative said.", ""},
      {"GBR", "The President came to power through a coup, the representative of Russia claimed.",
       ""},
      {"FRA", "There was a coup in Ukraine, Russia said.", ""},
      {"GBR", "Russia has violated the agreement, as we have said many times.", "RUS"},
      {"GBR", "Russia has violated the agreement, we have noted, and continues to do so.", "RUS"},
      {"GBR",
       "Thousands of Russian troops are massed near the border, the Ukrainian representative "
       "claimed, but this is false.",
       ""},
      // Nor a back-reference the speaker quotes another state for.
      {"GBR",
       "Russia has annexed Crimea. That is a threat to peace, the Russian representative said.",
       ""},
      {"USA",
       "Russia has annexed Crimea. It is a violation of international law, the Russian "
       "representative said.",
       ""},
  });
}

// "Such illegal acts by the separatists": a by-phrase names another doer
// than the state criticised just before.
TEST(StanceCriticismCoref, DemonstrativeWithOtherDoer) {
  RunTable({
      {"GBR", "Russia has annexed Crimea. Such illegal acts by the separatists must stop.", ""},
      {"FRA", "Russia has annexed Crimea. These illegal seizures by armed men are unacceptable.",
       ""},
      {"GBR", "Russia has annexed Crimea. Such illegal acts must stop.", "RUS"},
      // "Their" two sentences on stands for the people named between.
      {"GBR",
       "Russia has annexed Crimea. The Crimean Tatars have suffered greatly. Their so-called "
       "leaders have been arrested.",
       ""},
  });
}

// "the" and an act noun that the criticism right before names ("vetoed" ...
// "the veto"), as the subject of an evaluation or a fault noun.
TEST(StanceCriticismCoref, DefiniteActPositives) {
  RunTable({
      {"USA",
       "Russia has irresponsibly vetoed the draft resolution. The veto cast today is a disgrace.",
       "RUS"},
      {"GBR",
       "Russia organised an illegal referendum in Crimea. The referendum held on Sunday was "
       "illegal.",
       "RUS"},
  });
}

TEST(StanceCriticismCoref, DefiniteActNegatives) {
  RunTable({
      // The act noun is not the one criticised.
      {"GBR",
       "Russia has annexed Crimea in defiance of international law. The situation is dangerous.",
       ""},
      // Another state's act.
      {"USA",
       "Russia has irresponsibly vetoed the draft resolution. The vote of China was a setback.",
       ""},
      // Two sentences back.
      {"FRA",
       "Russia has irresponsibly vetoed the draft resolution. Many members spoke after the vote. "
       "The veto was a setback for the Council.",
       ""},
  });
}

// An aside between the sponsor's participle and "by" (a named state; it
// feeds the focus of the next sentence).
TEST(StanceCriticismCoref, SponsorAside) {
  RunTable({
      {"UKR",
       "Small groups of armed men, headed up, inter alia, by agents from the Russian Federation, "
       "have seized State buildings.",
       "RUS"},
      {"GBR", "Armed men, supported, in particular, by Russia, have seized the airport.", "RUS"},
      {"UKR",
       "Armed men, headed up, inter alia, by agents from the Russian Federation, have seized "
       "State buildings. Indeed, those are terrorist operations that have been carefully planned.",
       "RUS"},
      {"FRA", "Armed men, supported, in particular, by local residents, have seized the airport.",
       ""},
      {"NGA", "Ukrainian soldiers, welcomed, for example, by Russia, have left the airport.", ""},
  });
}

// A wrong in a fronted gerund is done by the subject after its comma.
TEST(StanceCriticismCoref, FrontedGerund) {
  RunTable({
      {"FRA", "In denying the facts, Russia is ignoring the existence of the Internet.", "RUS"},
      {"GBR", "By illegally annexing Crimea, Russia has isolated itself.", "RUS"},
      {"USA",
       "It seems to us that, in denying the obvious, the Russian Federation shows contempt for "
       "this Council.",
       "RUS"},
      // The speaker's own state; coordinated subjects (left to the other
      // rules: nothing); no wrong.
      {"RUS", "By annexing Crimea, Russia has answered the call of its people.", ""},
      {"GBR", "By annexing Crimea, Russia and its allies have changed the map.", ""},
      {"CHL", "In protecting its citizens, Ukraine has shown great restraint.", ""},
      // A supposed act.
      {"GBR", "By annexing Crimea, Russia would only isolate itself.", ""},
      // "embark on" as a verb of doing before a purpose infinitive.
      {"UKR", "Russia embarked on a campaign to destabilize Ukraine.", "RUS"},
      {"NGA", "Ukraine has embarked on reforms to fight corruption.", ""},
  });
}

// Fighting a wrong is no wrong; a state after a fronted phrase is the main
// clause's subject, not an apposition of the wrong.
TEST(StanceCriticismCoref, CounteringNegatives) {
  RunTable({
      {"FRA", "Ukraine is fighting terrorism.", ""},
      {"GBR", "Ukraine is combating propaganda with facts.", ""},
      {"USA", "In fighting terrorism, Ukraine has shown restraint.", ""},
      {"AUS", "Despite the aggression, Ukraine has shown restraint.", ""},
      {"LTU", "While combating terrorism, Ukraine has respected human rights.", ""},
      // Still: the wrong's own doer.
      {"GBR", "Ukraine is countering Russian disinformation.", "RUS"},
      {"UKR", "We must stop the aggressor, the Russian Federation, present in this Chamber.",
       "RUS"},
  });
}

// Weapons with a modifier sent across the border or to armed groups.
TEST(StanceCriticismCoref, ModifiedWeapons) {
  RunTable({
      {"USA", "Russia continues to send heavy weapons across the border.", "RUS"},
      {"USA", "Russia has supplied sophisticated weapons to the separatists.", "RUS"},
      {"GBR", "Russia keeps delivering military equipment to the rebels.", "RUS"},
      {"FRA", "The European Union will send humanitarian aid to eastern Ukraine.", ""},
      {"CHN", "France has delivered modern weapons to its army.", ""},
      {"GBR", "We will not supply lethal weapons to Ukraine.", ""},
      // Letting weapons or fighters cross a border.
      {"USA", "Russia continues to allow weapons and fighters to cross its border.", "RUS"},
      {"GBR", "Moscow has allowed mercenaries to pour into eastern Ukraine.", "RUS"},
      {"FRA", "Ukraine will not allow weapons to enter its territory.", ""},
      {"CHN", "Turkey has allowed humanitarian aid to cross the border.", ""},
      // None crossed.
      {"GBR", "No weapons have crossed the border from Russia, according to the monitors.", ""},
      {"FRA", "The monitors saw no heavy weapons crossing the border from Russia.", ""},
      {"USA", "Heavy weapons continue to cross the border from Russia.", "RUS"},
      // Mercenaries and provocateurs that nobody says are there.
      {"GBR", "The Russian Federation has never used mercenaries.", ""},
      {"FRA", "There are no Russian mercenaries in Ukraine.", ""},
      {"USA", "There is no evidence of Russian provocateurs in Kharkiv.", ""},
      {"GBR", "Russian mercenaries are fighting in the east.", "RUS"},
  });
}

// A judged means after "through" is the clause subject's.
TEST(StanceCriticismCoref, ThroughMeans) {
  RunTable({
      {"RUS", "The new authorities in Kyiv came to power through an unconstitutional coup.", "UKR"},
      {"USA", "Russia seized Crimea through an illegal referendum.", "RUS"},
      {"GBR", "Ukraine was attacked through illegal means.", ""},
      {"FRA", "Ukraine will hold elections through a legitimate process.", ""},
      {"GBR", "Ukraine has suffered through an illegal occupation.", ""},
  });
}

// A quantity as the partitive head of a state's organs.
TEST(StanceCriticismCoref, QuantityOfOrgans) {
  RunTable({
      {"USA", "Thousands of Russian troops continue to mass on the border.", "RUS"},
      {"GBR", "Tens of thousands of Russian troops continue to mass on the border.", "RUS"},
      {"FRA", "Thousands of Ukrainian citizens continue to flee the violence.", ""},
  });
}

// Pejorative nouns for a state's agents, and a war called undeclared or
// hybrid.
TEST(StanceCriticismCoref, AgentsAndHybridWar) {
  RunTable({
      {"USA", "Russian provocateurs have been identified in Donetsk.", "RUS"},
      {"GBR", "Mercenaries from Russia have entered the region.", "RUS"},
      {"UKR", "The Russian Federation continues its undeclared war against Ukraine.", "RUS"},
      {"FRA", "The mercenaries were paid by unknown sponsors.", ""},
      {"CHN", "Hybrid warfare is a new challenge for all States.", ""},
      {"RUS", "Ukraine has hired foreign mercenaries.", ""},
  });
}

// A state's parliament (dictionaries/bodies.json: the Verkhovna Rada, org
// UKR) stands for its state.
TEST(StanceCriticismCoref, Parliament) {
  RunTable({
      {"RUS", "The Verkhovna Rada has adopted draconian laws against the Russian language.", "UKR"},
      {"UKR", "The Verkhovna Rada has adopted a law on local elections.", ""},
  });
}

TEST(StanceCriticismCoref, Negatives) {
  RunTable({
      // Beyond the window.
      {"GBR",
       "Russia has annexed Crimea. The Council met on Monday. Members heard a briefing. The "
       "talks continued all night. That constitutes a serious threat to peace.",
       ""},
      // "its" is the speaker's own country.
      {"GBR",
       "Russia has annexed Crimea. The United Kingdom has responded with sanctions. Its measures "
       "are a threat to the Russian economy.",
       ""},
      // "its" is a body.
      {"USA",
       "Russia has vetoed the draft resolution. The Security Council has failed in its duty. Its "
       "silence is a disgrace.",
       ""},
      // A person's words.
      {"FRA",
       "Russia has annexed Crimea. The Secretary-General called the referendum illegal. His "
       "statement is a warning to all of us.",
       ""},
      // The Council's duty, a resolution's text.
      {"NGA", "Russia has annexed Crimea. The Council must act. That is its duty.", ""},
      {"CHL", "Russia vetoed the draft resolution today. Its text was a reminder of the Charter.",
       ""},
      // Two states criticised: "that" picks neither.
      {"GBR", "Russia and Belarus have violated the agreement. That constitutes a threat to peace.",
       ""},
      // "its" is the other state named as subject since.
      {"GBR",
       "Russia has annexed Crimea. Ukraine has deployed its army to the border. Its forces are a "
       "threat to the separatists.",
       ""},
      // Another state's accusation, reported: not the speaker's focus.
      {"CHN",
       "Ukraine accused Russia of violating its sovereignty. That is a threat to the region.", ""},
      // Praise of the state since.
      {"GBR",
       "Russia has annexed Crimea. We welcome Russia's decision to withdraw its troops from the "
       "border. Their presence there was a threat to the region.",
       ""},
      // A question, a negation, a modal.
      {"GBR", "Russia has annexed Crimea. Is that a threat to peace?", ""},
      {"GBR", "Russia has annexed Crimea. That is not a threat to our region alone.", ""},
      {"GBR", "Russia has annexed Crimea. That would be a threat to peace.", ""},
      // "their" for armed groups named in the criticism itself.
      {"GBR", "Russia continues to arm the separatists. Their actions are a threat to the region.",
       ""},
      // "their" for armed groups named since.
      {"UKR",
       "Russia has annexed Crimea. The separatists in Donetsk have seized the airport. Their "
       "actions are a threat to civilians.",
       ""},
  });
}

}  // namespace
}  // namespace caucus
