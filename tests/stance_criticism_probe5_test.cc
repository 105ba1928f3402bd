// Criticism of states in Security Council debate (issue #13), a fifth set of
// probes written to generalise beyond the development meetings to any
// conflict debate (Ukraine, Syria, Yemen, Sudan, the DPRK, Israel and
// Palestine, Georgia): proxies a state backs, responsibility and failure,
// capitals and pejorative names for a government, denials and lies,
// violations the speaker asserts of a state named before, purpose
// infinitives, sanctions and consequences. About half are NEGATIVES:
// reported facts, praise and welcome, requests to a party, victims, neutral
// descriptions, the speaker's own country, hedged or indirect statements,
// another state's words reported. Sentences written for these tests; every
// expectation was written before the rules ran on its sentence. Only the
// states the speaker criticises are compared (as the UNSCon benchmark
// scores them), through stance_test::RunStatesTable.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stance_test_util.h"

namespace caucus {
namespace {

// The entities the entities layer finds in these sentences (every
// occurrence at word boundaries, longest first).
const stance_test::E kProbe5Entities[] = {
    {"Democratic People's Republic of Korea", "government", "PRK", "", "name"},
    {"Organization for Security and Cooperation in Europe", "body", "OSCE", "", "name"},
    {"International Criminal Court", "body", "ICC", "", "name"},
    {"Syrian Arab Republic", "government", "SYR", "", "name"},
    {"Russian Federation", "government", "RUS", "", "name"},
    {"European Union", "body", "EU", "", "name"},
    {"Security Council", "body", "UNSC", "", "name"},
    {"United Nations", "body", "UN", "", "name"},
    {"United States", "government", "USA", "", "alias"},
    {"South Sudan", "government", "SSD", "", "name"},
    {"North Korea", "government", "PRK", "", "alias"},
    {"Ukrainian", "government", "UKR", "", "demonym"},
    {"Palestinian", "government", "PSE", "", "demonym"},
    {"Georgia", "government", "GEO", "", "name"},
    {"Eritrea", "government", "ERI", "", "name"},
    {"Iranian", "government", "IRN", "", "demonym"},
    {"Israeli", "government", "ISR", "", "demonym"},
    {"Russian", "government", "RUS", "", "demonym"},
    {"Ukraine", "government", "UKR", "", "name"},
    {"Israel", "government", "ISR", "", "name"},
    {"Jordan", "government", "JOR", "", "name"},
    {"Russia", "government", "RUS", "", "alias"},
    {"Syrian", "government", "SYR", "", "demonym"},
    {"Turkey", "government", "TUR", "", "alias"},
    {"France", "government", "FRA", "", "name"},
    {"Sudan", "government", "SDN", "", "name"},
    {"Syria", "government", "SYR", "", "alias"},
    {"Yemen", "government", "YEM", "", "name"},
    {"Kremlin", "body", "Kremlin", "RUS", "alias"},
    {"Assad", "person", "bashar-al-assad", "SYR", "weak"},
    {"China", "government", "CHN", "", "name"},
    {"Japan", "government", "JPN", "", "name"},
    {"DPRK", "government", "PRK", "", "alias"},
    {"OPCW", "body", "OPCW", "", "alias"},
    {"OSCE", "body", "OSCE", "", "alias"},
    {"Iran", "government", "IRN", "", "name"},
    {"Mali", "government", "MLI", "", "name"},
};

using Case = stance_test::ProbeCase;

void RunTable(const std::vector<Case>& cases) {
  stance_test::RunStatesTable(kProbe5Entities, cases);
}

// Armed groups a state backs, arms, directs or sends: the state is
// criticised, and never said to support them as its own stance.
TEST(StanceCriticismProbe5, ProxiesPositives) {
  RunTable({
      {"GBR", "Russian-backed separatists are holding the military observers hostage.", "RUS"},
      {"USA", "Armed groups loyal to Damascus have shelled the camp again.", "SYR"},
      {"GBR", "Militias sponsored by Tehran have attacked the port.", "IRN"},
      {"UKR", "Weapons and fighters keep flowing across the border from Russia.", "RUS"},
      {"AUS", "These militias are armed, financed and directed by Moscow.", "RUS"},
      {"FRA", "Iranian-backed rebels have seized the capital of Yemen.", "IRN"},
      {"UKR", "Russian saboteurs are destabilizing the east of Ukraine.", "RUS"},
      {"USA", "Russia continues to arm, fund and train the separatists.", "RUS"},
      {"GBR", "Moscow-backed militants have seized government buildings in a dozen towns.", "RUS"},
      {"UKR", "Russian mercenaries and saboteurs have crossed our border.", "RUS"},
  });
}

TEST(StanceCriticismProbe5, ProxiesNegatives) {
  RunTable({
      {"RUS", "We have no influence over the self-defence forces.", ""},
      {"FRA", "The separatists are holding the observers hostage.", ""},
      {"CHN", "Many countries have supported the Ukrainian Government's efforts at dialogue.", ""},
      {"USA", "We support the Government of Ukraine in its efforts to restore order.", ""},
      {"ARG", "Humanitarian aid is flowing across the border from Turkey.", ""},
      {"FRA", "Refugees continue to cross the border into Russia.", ""},
      {"LUX", "Ukrainian soldiers crossed the border into Russia to escape the shelling.", ""},
      {"NGA", "The armed groups in the east have refused to lay down their weapons.", ""},
      {"GBR", "Ukrainian forces, backed by the support of their people, have restored order.", ""},
  });
}

// A state bears responsibility, has failed, does nothing, refuses.
TEST(StanceCriticismProbe5, ResponsibilityAndFailurePositives) {
  RunTable({
      {"GBR", "Russia bears full responsibility for the escalation in the east.", "RUS"},
      {"FRA", "The Syrian authorities have failed to protect their own people.", "SYR"},
      {"USA", "Moscow has done nothing to stop the flow of fighters and weapons.", "RUS"},
      {"GBR", "Russia has not lifted a finger to secure the release of the observers.", "RUS"},
      {"KOR", "The DPRK refuses to engage in any meaningful dialogue.", "PRK"},
      {"UKR", "Russia has failed to honour a single commitment it made in Geneva.", "RUS"},
      {"JOR", "Israel has ignored every call of the international community.", "ISR"},
      {"FRA", "The Syrian regime has systematically obstructed humanitarian access.", "SYR"},
      {"USA", "Russia has consistently blocked every attempt by the Council to act.", "RUS"},
      {"GBR", "Russia has yet to take a single step to de-escalate.", "RUS"},
      {"FRA", "Damascus continues to flout its obligations under resolution 2139.", "SYR"},
      {"GBR", "Sudan has refused to cooperate with the International Criminal Court.", "SDN"},
      {"USA", "Russia has not withdrawn its troops from the border, despite its promises.", "RUS"},
      {"AUS", "Russia has not used its influence to rein in the armed groups.", "RUS"},
  });
}

TEST(StanceCriticismProbe5, ResponsibilityAndFailureNegatives) {
  RunTable({
      {"CHN", "All parties bear responsibility for protecting civilians.", ""},
      {"RWA", "The Government of South Sudan has the primary responsibility to protect its people.",
       ""},
      {"LUX", "Ukraine has taken responsibility for organizing the elections.", ""},
      {"JPN", "Japan has done everything in its power to help the victims.", ""},
      {"NGA", "The humanitarian appeal for Yemen has failed to attract enough funding.", ""},
      {"CHL", "Syria has not yet received the aid it was promised.", ""},
      {"USA", "We have failed the people of Syria.", ""},
      {"NZL", "The Council has failed to act on Syria for three years.", ""},
      {"RUS", "The Russian Federation has done everything to de-escalate the situation.", ""},
      {"UKR", "Ukraine refuses to give up hope of a peaceful settlement.", ""},
  });
}

// A government named by its capital, by its rulers there, or by a
// pejorative name.
TEST(StanceCriticismProbe5, CapitalsAndPejorativesPositives) {
  RunTable({
      {"RUS", "The Kyiv authorities have launched a punitive operation against their own citizens.",
       "UKR"},
      {"RUS", "The junta in Kyiv is waging war on the people of the south-east.", "UKR"},
      {"RUS", "The self-proclaimed authorities in Kiev are ignoring the Geneva agreement.", "UKR"},
      {"USA", "The regime in Damascus continues to drop barrel bombs on civilians.", "SYR"},
      {"JPN", "Pyongyang's provocations threaten peace and stability in the region.", "PRK"},
      {"RUS", "Washington has openly encouraged the extremists on the Maidan.", "USA"},
      {"GBR", "The Kremlin has annexed Crimea in defiance of international law.", "RUS"},
      {"RUS", "Kiev's so-called anti-terrorist operation is a crime against its own people.",
       "UKR"},
      {"KOR", "North Korea's reckless missile launches violate Security Council resolutions.",
       "PRK"},
      {"USA", "The regime in Tehran is the leading sponsor of terrorism in the region.", "IRN"},
      {"FRA", "The Assad regime has starved entire towns into submission.", "SYR"},
  });
}

TEST(StanceCriticismProbe5, CapitalsAndPejorativesNegatives) {
  RunTable({
      {"GBR", "I have just returned from Kyiv, where I met the new Government.", ""},
      {"NGA",
       "The talks in Geneva brought together Russia, Ukraine, the United States and the "
       "European Union.",
       ""},
      {"CHL", "Thousands gathered in Moscow to call for peace.", ""},
      {"ARG", "The bombings in Damascus killed dozens of civilians.", ""},
      {"FRA", "Our embassy in Kyiv remains open.", ""},
      {"JOR", "The delegation travelled from Damascus to Beirut on Monday.", ""},
      {"CHN", "We welcome the contacts between Moscow and Kyiv.", ""},
      {"USA", "The new authorities in Kyiv have shown remarkable restraint.", ""},
      {"NGA", "Damascus is the main victim of terrorism, its representative said.", ""},
      {"CHL", "Moscow is the largest city in Europe.", ""},
  });
}

// A state's claims, denials and version of events called false.
TEST(StanceCriticismProbe5, DenialsAndLiesPositives) {
  RunTable({
      {"GBR", "Moscow's claims are baseless.", "RUS"},
      {"FRA", "Contrary to what Russia claims, its soldiers are operating inside Ukraine.", "RUS"},
      {"GBR", "The Russian Federation continues to deny the obvious.", "RUS"},
      {"USA", "The Syrian regime's denials are not credible.", "SYR"},
      {"GBR", "The Russian argument does not stand up to scrutiny.", "RUS"},
      {"UKR", "What we heard from the Russian representative today was pure propaganda.", "RUS"},
      {"USA", "Russia's allegations against the Ukrainian Government are a fabrication.", "RUS"},
      {"UKR", "The Russian Federation keeps spreading lies about Ukraine.", "RUS"},
      {"GBR", "Russia tells the Council one thing and does the opposite on the ground.", "RUS"},
      {"GBR", "Russia tells the world one thing and does another.", "RUS"},
      {"FRA", "The representative of the Russian Federation has once again distorted the facts.",
       "RUS"},
  });
}

TEST(StanceCriticismProbe5, DenialsAndLiesNegatives) {
  RunTable({
      {"CHN", "We take note of the statement by the representative of Iran.", ""},
      {"NGA", "Ukraine has denied any involvement in the attack.", ""},
      {"LUX", "The reports of chemical weapons use in Syria must be investigated.", ""},
      {"RUS", "The allegations against Russia are baseless.", ""},
      {"ARG", "Israel has rejected the findings of the report.", ""},
      {"USA", "Russia said that it would respect the results of the vote.", ""},
      {"USA", "Our figures stand up to scrutiny.", ""},
      {"GBR", "Contrary to what Moscow says, the referendum was a sham.", "RUS"},
      {"FRA", "Contrary to what some claim, the sanctions are working.", ""},
      {"CHL", "Contrary to what we expected, the talks in Geneva failed.", ""},
  });
}

// A violation the speaker asserts, of a state named in the same or the
// previous sentence: attacks, shelling, annexation, occupation.
TEST(StanceCriticismProbe5, ViolationsPositives) {
  RunTable({
      {"GBR", "Russia has deployed troops in Crimea. Such actions violate international law.",
       "RUS"},
      {"RUS", "The shelling of residential areas by Ukrainian forces must stop.", "UKR"},
      {"RUS", "The shelling of Donetsk by the Ukrainian army has killed dozens of civilians.",
       "UKR"},
      {"JOR",
       "Israel has expanded its settlements. This is a flagrant breach of the Fourth Geneva "
       "Convention.",
       "ISR"},
      {"JPN",
       "The DPRK launched another ballistic missile. This is a clear violation of resolution "
       "1874.",
       "PRK"},
      {"FRA", "The annexation of Crimea by Russia is illegal and illegitimate.", "RUS"},
      {"USA", "The presence of Russian troops on Ukrainian soil violates its sovereignty.", "RUS"},
      {"GBR", "Syrian government aircraft bombed a market in Aleppo yesterday.", "SYR"},
      {"JOR", "Israel's blockade of Gaza amounts to collective punishment.", "ISR"},
      {"LTU", "Russia's military build-up along the border is deeply destabilizing.", "RUS"},
      {"GEO", "Russia continues to occupy twenty per cent of Georgia's territory.", "RUS"},
      {"UKR", "The deployment of Russian troops along our border threatens the whole region.",
       "RUS"},
      {"USA", "Russia invaded Georgia in 2008 and now it is doing the same in Ukraine.", "RUS"},
  });
}

TEST(StanceCriticismProbe5, ViolationsNegatives) {
  RunTable({
      {"CHN", "Any use of force in violation of the Charter is unacceptable.", ""},
      {"NGA",
       "Violations of international humanitarian law must be investigated wherever they "
       "occur.",
       ""},
      {"CHL", "Ukraine's sovereignty and territorial integrity must be respected.", ""},
      {"ARG", "The shelling killed twelve civilians in Donetsk yesterday.", ""},
      {"LUX", "Ukrainian forces have withdrawn from the airport.", ""},
      {"RWA", "The Syrian army has regained control of the town.", ""},
      {"FRA", "The withdrawal of Russian troops from the border has eased tensions.", ""},
      {"GEO", "Georgia has fully complied with the ceasefire agreement.", ""},
      {"KOR", "Japan and the Republic of Korea conducted joint exercises last month.", ""},
      {"CHN", "Iran has signed the agreement. This is a welcome step.", ""},
      {"RWA", "The Council adopted the resolution. This is a clear signal to all parties.", ""},
      {"FRA", "Japan has sent experts. That is unacceptable to some.", ""},
  });
}

// A purpose infinitive gives the act its aim: propping up, intimidating,
// blackmailing.
TEST(StanceCriticismProbe5, PurposePositives) {
  RunTable({
      {"GBR", "Russia sent troops into Crimea to prop up an illegal referendum.", "RUS"},
      {"UKR", "Moscow massed troops on the border to intimidate Ukraine.", "RUS"},
      {"LTU", "Russia is using the gas supply to blackmail its neighbours.", "RUS"},
      {"KOR", "The DPRK conducted the test to threaten its neighbours.", "PRK"},
  });
}

TEST(StanceCriticismProbe5, PurposeNegatives) {
  RunTable({
      {"FRA", "France sent troops to Mali to help its Government fight terrorists.", ""},
      {"USA", "Jordan opened its borders to give refuge to those fleeing the war.", ""},
      {"CHN", "Ukraine sent negotiators to Geneva to find a peaceful solution.", ""},
      {"NGA", "Japan has sent experts to help clear the mines.", ""},
      {"ARG", "Russia sent a convoy of trucks to deliver aid, with the consent of Ukraine.", ""},
      {"NGA", "Jordan has sent aid to Syria to help the refugees.", ""},
      {"CHL", "Now the Syrian authorities must use force to restore order, some say.", ""},
  });
}

// Sanctions and consequences a state will bear.
TEST(StanceCriticismProbe5, ConsequencesPositives) {
  RunTable({
      {"GBR", "Russia must pay a price for its actions.", "RUS"},
      {"FRA", "Syria will be held accountable for these crimes.", "SYR"},
      {"USA", "If Russia continues down this path, it will face further isolation and costs.",
       "RUS"},
      {"JPN", "There must be consequences for the DPRK's repeated violations.", "PRK"},
      {"USA", "We have imposed sanctions on Russia for its annexation of Crimea.", "RUS"},
      {"GBR", "The Assad regime must be held to account.", "SYR"},
  });
}

TEST(StanceCriticismProbe5, ConsequencesNegatives) {
  RunTable({
      {"FRA", "Those responsible must be held accountable.", ""},
      {"CHN", "The sanctions on Iran should be lifted as soon as possible.", ""},
      {"NZL", "The Council must consider the consequences of its decisions.", ""},
      {"RUS", "Sanctions alone will not solve the crisis in Ukraine.", ""},
      {"NGA", "Ukraine has paid a heavy price for the conflict.", ""},
      {"GBR", "Russia will face the consequences of its choices.", "RUS"},
      {"FRA", "If the regime persists in its brutality, it will pay a heavy price.", ""},
      {"CHN", "Ukraine faces serious consequences from the conflict.", ""},
      {"ARG", "Those responsible will face the consequences.", ""},
      {"NZL", "We will bear the costs of the humanitarian operation.", ""},
  });
}

// Requests, welcomes, rights, victims, reports, solidarity, the speaker's
// own country, hedges: none criticises a state.
TEST(StanceCriticismProbe5, GeneralNegatives) {
  RunTable({
      {"CHN", "We call on all parties to exercise maximum restraint.", ""},
      {"GBR", "We welcome Ukraine's decision to hold early presidential elections.", ""},
      {"CHL", "We welcome the Russian Federation's decision to pull back its troops.", ""},
      {"USA", "Israel has the right to defend itself.", ""},
      {"JOR", "The people of Syria have suffered far too long.", ""},
      {"NGA", "The representative of Russia said that his country had no troops in the region.",
       ""},
      {"LUX",
       "The Government of Ukraine has invited observers from the Organization for Security and "
       "Cooperation in Europe.",
       ""},
      {"FRA", "We call on Russia to engage in direct talks with Ukraine.", ""},
      {"AUS", "We encourage the Syrian Government to cooperate fully with the OPCW.", ""},
      {"ARG", "We thank the Russian Federation for convening this meeting.", ""},
      {"CHN", "China has always respected the sovereignty of all countries.", ""},
      {"KOR", "Russia and Ukraine are neighbours bound by a long history.", ""},
      {"GBR", "We stand in solidarity with the people of Ukraine.", ""},
      {"LTU", "Ukraine deserves our full support.", ""},
      {"FRA", "The Iranian delegation has engaged constructively in the talks.", ""},
      {"USA", "We appreciate the restraint shown by the Ukrainian Government.", ""},
      {"RWA", "The situation in eastern Ukraine remains extremely tense.", ""},
      {"NGA", "Russia is a permanent member of the Security Council.", ""},
      {"RUS", "Our country has never sent a single soldier across the border.", ""},
      {"JOR", "Jordan allowed the refugees to enter its territory.", ""},
      {"RUS", "The Russian Federation has been accused of many things in this Chamber.", ""},
      {"USA", "The United States has been unfairly blamed for the crisis.", ""},
      {"CHL", "We hope that Russia will play a constructive role.", ""},
      {"ARG", "We urge Moscow and Kyiv to resume their dialogue.", ""},
      {"CHN", "Russia has legitimate interests in Ukraine, which must be taken into account.", ""},
      {"JOR", "Syria's neighbours have borne the brunt of the refugee crisis.", ""},
      {"NGA", "If the reports are confirmed, the use of such weapons would be a war crime.", ""},
      {"CHL", "We have heard reports that troops crossed the border during the night.", ""},
      {"LUX", "The Palestinian people have lived under occupation for decades.", ""},
      {"JPN", "Japan will continue to work closely with China and the Republic of Korea.", ""},
      {"GBR", "Yemen is the poorest country in the Arab world.", ""},
  });
}

// Russia's view of the West and of Kyiv in the same debates: the speaker
// criticises the states it names, not the victims.
TEST(StanceCriticismProbe5, CounterAccusationsPositives) {
  RunTable({
      {"RUS", "The United States openly supported the unconstitutional seizure of power in Kyiv.",
       "USA"},
      {"RUS", "It was the United States that orchestrated the events on the Maidan.", "USA"},
      {"RUS", "The Ukrainian army is using heavy weapons against its own people.", "UKR"},
      {"RUS", "Kyiv has ignored every one of its commitments under the Geneva statement.", "UKR"},
      {"IRN", "The United States bears responsibility for the chaos in the region.", "USA"},
  });
}

// A capital or a state's body as the subject of a verb whose object is
// armed groups (the speaker's accusation), or of a verb of support for a
// plan (no criticism).
TEST(StanceCriticismProbe5, CapitalAndBodySubjects) {
  RunTable({
      {"USA", "Moscow continues to support the separatists in the east.", "RUS"},
      {"SAU", "Tehran backs the rebels with money and weapons.", "IRN"},
      {"GBR", "The Kremlin supports the separatists politically and militarily.", "RUS"},
      {"GBR", "The separatists seized the airport with Russian support.", "RUS"},
      {"CHN", "Moscow supports the peace plan put forward by the chairmanship.", ""},
      {"FRA", "In Moscow, the foreign minister supports the plan.", ""},
      {"USA", "Kyiv welcomes the deployment of the monitors.", ""},
      {"USA", "The militants shelled the checkpoint with the support of Moscow.", "RUS"},
      {"FRA", "Ukraine has restored order in the east with European support.", ""},
      {"GBR", "Ukrainian forces retook the airport with the support of the local population.", ""},
  });
}

// A cleft names the doer ("It is X that ..."); responsibility for a rise
// in tension.
TEST(StanceCriticismProbe5, CleftsAndResponsibility) {
  RunTable({
      {"GBR", "It is Russia that is fuelling this conflict.", "RUS"},
      {"USA", "It is the Syrian regime that bears the blame for the sieges.", "SYR"},
      {"UKR", "It is Moscow that has armed the separatists.", "RUS"},
      {"GBR", "The Russian Federation is responsible for the rise in tensions.", "RUS"},
      {"FRA", "It is Ukraine that has suffered the consequences of the conflict.", ""},
      {"LUX", "It is Ukraine that is the victim of this crisis.", ""},
      {"CHN", "It is the Council that must find a solution.", ""},
      {"NGA", "The Government is responsible for the protection of civilians.", ""},
  });
}

// Sieges, expulsions, non-cooperation, a state's standing: other theatres.
TEST(StanceCriticismProbe5, SiegesAndStanding) {
  RunTable({
      {"USA", "Syrian government forces have besieged the old city for more than a year.", "SYR"},
      {"GBR", "Sudan has expelled the human rights observers.", "SDN"},
      {"FRA", "Eritrea has not cooperated with the Monitoring Group.", "ERI"},
      {"USA", "Russia's conduct is unworthy of a permanent member of the Council.", "RUS"},
      {"GBR", "With this veto, Russia has isolated itself.", "RUS"},
      {"JOR", "The besieged areas of Syria need food and medicine.", ""},
      {"CHN", "People in besieged towns are starving.", ""},
      {"NGA", "Ukraine has cooperated fully with the monitoring mission.", ""},
      {"RUS", "We have not cooperated with the so-called investigation.", ""},
      {"CHL", "Sudan and South Sudan have agreed to cooperate with the mission.", ""},
  });
}

// A vote reported is a fact of the meeting; judged in the content of a
// negative evaluation it is the speaker's criticism.
TEST(StanceCriticismProbe5, VotesJudged) {
  RunTable({
      {"GBR", "It is regrettable that Russia vetoed the draft resolution.", "RUS"},
      {"FRA", "It is deplorable that the Russian Federation has once again vetoed the text.",
       "RUS"},
      {"CHL", "We note that Russia vetoed the text.", ""},
      {"NGA", "Russia and China vetoed the draft resolution.", ""},
      {"LUX", "It is regrettable that the draft resolution was vetoed.", ""},
  });
}

// A state that lets armed groups through.
TEST(StanceCriticismProbe5, LettingArmedGroupsThrough) {
  RunTable({
      {"SYR", "Turkey has allowed militants to cross into Syria by the thousands.", "TUR"},
      {"CHN", "We will not allow extremists to derail the political process.", ""},
  });
}

// Known gaps: the expectations written first that the rules do not meet
// yet (what they give today in the comment); a rule that meets one moves
// it back to its table above.
TEST(StanceCriticismProbe5, DISABLED_KnownGaps) {
  RunTable({
      // today: ""
      {"FRA", "The separatists seized the town with Russian support.", "RUS"},
      // today: ""
      {"USA", "Heavy weapons continue to cross into Ukraine from the Russian Federation.", "RUS"},
      // today: ""
      {"LTU", "The so-called self-defence units are in fact Russian soldiers without insignia.",
       "RUS"},
      // today: ""
      {"USA", "Foreign fighters backed by Iran are fighting alongside the regime forces.", "IRN"},
      // today: ""
      {"GBR", "The separatists could not hold out for a week without Moscow's backing.", "RUS"},
      // today: ""
      {"SYR", "Tel Aviv continues its aggression against the Palestinian people.", "ISR"},
      // today: ""
      {"USA", "Russia's version of events simply does not stand up to scrutiny.", "RUS"},
      // (stance_criticism_test.cc holds a claim's content and its predicate
      // as the claimant's: "Russia's claim that ... is false" gives none.)
      // today: ""
      {"JPN", "The DPRK's claim that the launch was a peaceful satellite is a lie.", "PRK"},
      // (stance_criticism_test.cc holds a claim's content and its predicate
      // as the claimant's: "Russia's claim that ... is false" gives none.)
      // today: ""
      {"UKR", "Russia's claim that it has no troops in Crimea is an outright lie.", "RUS"},
      // today: ""
      {"USA", "Iran has sent fighters to Syria to keep the regime in power.", "IRN"},
      // today: ""
      {"SYR", "Turkey has allowed thousands of terrorists to cross into Syria.", "TUR"},
      // today: ""
      {"IRQ", "Syria lets the extremists move freely across its border.", "SYR"},
  });
}

}  // namespace
}  // namespace caucus
