// Criticism of states in Security Council debate (issue #13): a paraphrase
// study. The sentences of this file were written by the caucus helper of
// session 14 for these tests (none is taken from any corpus); every
// expectation was written before the rules ran on its sentence. For each
// criticism construction the rules handle (a wrong's verb with a state as
// subject, an evaluation noun on a state's act, "so-called", condemning a
// state's act, demanding that a state stop or withdraw, accusing it of
// lying, judging its veto, a by-phrase agent, a passive, a possessive, a
// demonym adjective, a state's organs, a capital), the rows vary the verb,
// noun or adjective, tense and aspect ("has been -ing", "continues to",
// "keeps", "persists in"), voice, nominalisation and the form of the actor
// ("the authorities of X", "X's leadership", "the regime in <capital>", a
// capital) across many conflicts. The NEGATIVES are as many: the state as
// victim, praise, denial, hedging, questions, conditions, another state's
// words reported, two states. Only the states the speaker criticises are
// compared (as the UNSCon benchmark scores them), through
// stance_test::RunStatesTable.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stance_test_util.h"

namespace caucus {
namespace {

// The entities the entities layer finds in these sentences (every
// occurrence at word boundaries, longest first).
const stance_test::E kParaphraseEntities[] = {
    {"Democratic People's Republic of Korea", "government", "PRK", "", "name"},
    {"Democratic Republic of the Congo", "government", "COD", "", "name"},
    {"Syrian Arab Republic", "government", "SYR", "", "name"},
    {"Russian Federation", "government", "RUS", "", "name"},
    {"Islamic Republic of Iran", "government", "IRN", "", "name"},
    {"United Kingdom", "government", "GBR", "", "name"},
    {"Security Council", "body", "UNSC", "", "name"},
    {"United Nations", "body", "UN", "", "name"},
    {"European Union", "body", "EU", "", "name"},
    {"United States", "government", "USA", "", "alias"},
    {"Saudi Arabia", "government", "SAU", "", "name"},
    {"North Korea", "government", "PRK", "", "alias"},
    {"South Sudan", "government", "SSD", "", "name"},
    {"South Sudanese", "government", "SSD", "", "demonym"},
    {"North Korean", "government", "PRK", "", "demonym"},
    {"Azerbaijani", "government", "AZE", "", "demonym"},
    {"Azerbaijan", "government", "AZE", "", "name"},
    {"Venezuelan", "government", "VEN", "", "demonym"},
    {"Venezuela", "government", "VEN", "", "name"},
    {"Belarusian", "government", "BLR", "", "demonym"},
    {"Ethiopian", "government", "ETH", "", "demonym"},
    {"Ethiopia", "government", "ETH", "", "name"},
    {"Ukrainian", "government", "UKR", "", "demonym"},
    {"Palestinian", "government", "PSE", "", "demonym"},
    {"Palestine", "government", "PSE", "", "name"},
    {"Armenian", "government", "ARM", "", "demonym"},
    {"Armenia", "government", "ARM", "", "name"},
    {"Eritrean", "government", "ERI", "", "demonym"},
    {"Eritrea", "government", "ERI", "", "name"},
    {"Georgian", "government", "GEO", "", "demonym"},
    {"Georgia", "government", "GEO", "", "name"},
    {"Sudanese", "government", "SDN", "", "demonym"},
    {"American", "government", "USA", "", "demonym"},
    {"Myanmar", "government", "MMR", "", "name"},
    {"Belarus", "government", "BLR", "", "name"},
    {"Lebanon", "government", "LBN", "", "name"},
    {"Iranian", "government", "IRN", "", "demonym"},
    {"Israeli", "government", "ISR", "", "demonym"},
    {"Russian", "government", "RUS", "", "demonym"},
    {"Ukraine", "government", "UKR", "", "name"},
    {"Chinese", "government", "CHN", "", "demonym"},
    {"British", "government", "GBR", "", "demonym"},
    {"Rwandan", "government", "RWA", "", "demonym"},
    {"Rwanda", "government", "RWA", "", "name"},
    {"Israel", "government", "ISR", "", "name"},
    {"Russia", "government", "RUS", "", "alias"},
    {"Syrian", "government", "SYR", "", "demonym"},
    {"Turkey", "government", "TUR", "", "alias"},
    {"Turkish", "government", "TUR", "", "demonym"},
    {"France", "government", "FRA", "", "name"},
    {"French", "government", "FRA", "", "demonym"},
    {"Sudan", "government", "SDN", "", "name"},
    {"Syria", "government", "SYR", "", "alias"},
    {"Yemen", "government", "YEM", "", "name"},
    {"China", "government", "CHN", "", "name"},
    {"Japan", "government", "JPN", "", "name"},
    {"Libya", "government", "LBY", "", "name"},
    {"Cuba", "government", "CUB", "", "name"},
    {"DPRK", "government", "PRK", "", "alias"},
    {"OPCW", "body", "OPCW", "", "alias"},
    {"Iran", "government", "IRN", "", "name"},
    {"Mali", "government", "MLI", "", "name"},
    {"Kremlin", "body", "Kremlin", "RUS", "alias"},
    {"Assad", "person", "bashar-al-assad", "SYR", "weak"},
    {"Maduro", "person", "nicolas-maduro", "VEN", "weak"},
    {"Putin", "person", "vladimir-putin", "RUS", "weak"},
    {"Lukashenko", "person", "alexander-lukashenko", "BLR", "weak"},
    {"Estonia", "government", "EST", "", "name"},
};

using Case = stance_test::ProbeCase;

void RunTable(const std::vector<Case>& cases) {
  stance_test::RunStatesTable(kParaphraseEntities, cases);
}

// A wrong's verb with the state as subject: synonyms of violating and
// defying, in several tenses and aspects.
TEST(StanceCriticismParaphrase, BreachVerbsPositives) {
  RunTable({
      {"FRA", "Iran has violated its safeguards obligations once again.", "IRN"},
      {"GBR", "The DPRK continues to flout resolution after resolution of this Council.", "PRK"},
      {"USA", "Syria has flouted the Chemical Weapons Convention for years.", "SYR"},
      {"UKR", "Russia keeps flouting the ceasefire it signed in Minsk.", "RUS"},
      {"FRA", "Myanmar has trampled on the most basic rights of the Rohingya.", "MMR"},
      {"ETH", "Eritrea has breached the Algiers Agreement repeatedly.", "ERI"},
      {"GEO", "The Russian Federation has been breaching the ceasefire agreement since 2008.",
       "RUS"},
      {"ERI", "Ethiopia continues to contravene the ruling of the Boundary Commission.", "ETH"},
      {"ARM", "Azerbaijan has disregarded every call of the co-chairs.", "AZE"},
      {"AZE", "Armenia persists in violating the ceasefire along the line of contact.", "ARM"},
      {"JPN", "North Korea is violating the sanctions regime on a daily basis.", "PRK"},
      {"USA", "Venezuela has ignored the ruling of its own Supreme Court.", "VEN"},
      {"SSD", "Sudan has reneged on its commitments under the Comprehensive Peace Agreement.",
       "SDN"},
      {"GBR", "Iran has gone back on its word.", "IRN"},
      {"FRA", "Syria has defied the Council for six years.", "SYR"},
      {"LBN", "Israel violates our airspace almost every day.", "ISR"},
      {"PSE", "Israel continues to violate international humanitarian law with impunity.", "ISR"},
      {"UKR", "The Russian Federation has broken its commitments under the Budapest Memorandum.",
       "RUS"},
      {"CHN", "The United States has violated the sovereignty of a neighbouring State.", "USA"},
      {"IRN", "The United States has flagrantly violated resolution 2231.", "USA"},
      {"SYR", "Turkey has violated the sovereignty of my country.", "TUR"},
      {"RUS", "Georgia blatantly violated the ceasefire in August 2008.", "GEO"},
      {"KOR", "The DPRK has repeatedly breached its obligations under the resolutions.", "PRK"},
      {"USA", "Russia has repeatedly violated the Intermediate-Range Nuclear Forces Treaty.",
       "RUS"},
      {"COD", "Rwanda continues to violate the territorial integrity of my country.", "RWA"},
      {"FRA", "Belarus has violated the most basic norms of international aviation.", "BLR"},
      {"ESP", "Venezuela keeps violating the rights of its own citizens.", "VEN"},
      {"NLD", "Myanmar has failed to comply with the provisional measures of the Court.", "MMR"},
  });
}

// Verbs of war on another state or its people.
TEST(StanceCriticismParaphrase, WarVerbsPositives) {
  RunTable({
      {"UKR", "Russia has annexed Crimea in defiance of the Charter.", "RUS"},
      {"GEO", "Russia has occupied twenty per cent of our territory since 2008.", "RUS"},
      {"UKR", "Russia continues to occupy parts of the Donetsk and Luhansk regions.", "RUS"},
      {"PSE", "Israel continues to occupy the West Bank and East Jerusalem.", "ISR"},
      {"AZE", "Armenia occupied seven districts around Nagorno-Karabakh.", "ARM"},
      {"GBR", "The Syrian regime has bombarded eastern Aleppo for weeks.", "SYR"},
      {"FRA", "Syria has been shelling residential areas of Idlib.", "SYR"},
      {"USA", "The Assad regime has besieged Madaya and starved its inhabitants.", "SYR"},
      {"UKR", "Russia has shelled Kharkiv again this morning.", "RUS"},
      {"GBR", "Russia has bombed hospitals and schools in Aleppo.", "RUS"},
      {"SAU", "Iran has fired missiles at our cities through its proxies.", "IRN"},
      {"EST", "Russia invaded Georgia in 2008 and Ukraine in 2014.", "RUS"},
      {"ERI", "Ethiopia has invaded our sovereign territory.", "ETH"},
      {"ARM", "Azerbaijan attacked the sovereign territory of Armenia in September.", "AZE"},
      {"YEM", "The Houthis, armed by Iran, have seized the capital.", "IRN"},
      {"UKR", "Russian troops have seized the Zaporizhzhia nuclear power plant.", "RUS"},
      {"FRA", "Russian forces have seized the airport in Simferopol.", "RUS"},
      {"LTU", "The Russian Federation has seized Ukrainian vessels in the Kerch Strait.", "RUS"},
      {"GBR", "The Syrian regime has dropped barrel bombs on civilians.", "SYR"},
      {"USA", "Syria used chemical weapons against its own people.", "SYR"},
      {"FRA", "Myanmar's military has burned entire villages in Rakhine State.", "MMR"},
      {"SDN", "South Sudan has bombed our territory near the border.", "SSD"},
      {"GBR", "Russia has deported thousands of Ukrainian children.", "RUS"},
      {"UKR", "Russia is starving the civilian population of Mariupol.", "RUS"},
      {"ISR", "Iran has been arming Hizbullah with precision missiles.", "IRN"},
      {"USA", "Iran continues to supply weapons to the Houthis.", "IRN"},
      {"GBR", "Russia has launched a full-scale invasion of its neighbour.", "RUS"},
      {"UKR", "Russia has been waging an undeclared war against my country since 2014.", "RUS"},
  });
}

// Verbs of subversion and obstruction.
TEST(StanceCriticismParaphrase, SubversionVerbsPositives) {
  RunTable({
      {"UKR", "Russia has orchestrated the unrest in the east of my country.", "RUS"},
      {"GEO", "Moscow instigated the separatist conflict in Abkhazia.", "RUS"},
      {"COD", "Rwanda is fomenting rebellion in the eastern provinces.", "RWA"},
      {"BHR", "Iran continues to foment sectarian strife in the region.", "IRN"},
      {"USA", "Russia has undermined the work of the OPCW at every turn.", "RUS"},
      {"FRA", "Iran is undermining the stability of the whole region.", "IRN"},
      {"GBR", "The Syrian regime has obstructed humanitarian access for months.", "SYR"},
      {"USA", "Syria continues to obstruct the work of the investigators.", "SYR"},
      {"FRA", "Russia has sabotaged every attempt at a ceasefire.", "RUS"},
      {"UKR", "Russia has destabilized the situation in Donbas.", "RUS"},
      {"MDA", "Russia is destabilising the region through its troops in Transnistria.", "RUS"},
      {"USA", "Russia has interfered in the internal affairs of its neighbours.", "RUS"},
      {"VEN", "The United States continues to meddle in our internal affairs.", "USA"},
      {"CUB", "The United States has imposed an illegal blockade on my country.", "USA"},
      {"IRN", "The United States has imposed unilateral sanctions on my people.", "USA"},
      {"GBR", "Iran has threatened shipping in the Strait of Hormuz.", "IRN"},
      {"JPN", "North Korea continues to threaten its neighbours with nuclear weapons.", "PRK"},
      {"FRA", "Myanmar has persecuted the Rohingya for decades.", "MMR"},
      {"USA", "Venezuela has repressed peaceful protesters in Caracas.", "VEN"},
      {"GBR", "Belarus has jailed journalists and opposition leaders.", "BLR"},
      {"CAN", "Iran has executed protesters after sham trials.", "IRN"},
      {"USA", "China has detained hundreds of thousands of Uighurs.", "CHN"},
      {"GBR", "Russia has weaponized food and energy.", "RUS"},
      {"EST", "Russia is using energy as a weapon against Europe.", "RUS"},
      {"UKR", "Russia has escalated the situation in the Sea of Azov.", "RUS"},
      {"GBR", "Iran has fuelled the conflict in Yemen.", "IRN"},
      {"FRA", "Russia has propped up the Assad regime for years.", "RUS"},
  });
}

// Lies, fabrication and distortion.
TEST(StanceCriticismParaphrase, LiesPositives) {
  RunTable({
      {"GBR", "Russia has fabricated evidence to blame others for the attack.", "RUS"},
      {"UKR", "Russia continues to distort the facts about the downing of flight MH17.", "RUS"},
      {"USA", "Syria has falsified its declaration to the OPCW.", "SYR"},
      {"FRA", "Russia has misled the Council about its troops in Crimea.", "RUS"},
      {"GBR", "Russia continues to lie about its involvement in eastern Ukraine.", "RUS"},
      {"USA", "Iran has deceived the inspectors for years.", "IRN"},
      {"UKR", "Russia keeps denying its presence in Donbas.", "RUS"},
      {"LTU", "Russia denies the obvious.", "RUS"},
      {"GBR", "Russia's claims are baseless.", "RUS"},
      {"USA", "The Syrian regime's version of events is simply not credible.", "SYR"},
      {"FRA", "The DPRK's statement is full of lies.", "PRK"},
      {"UKR", "Russia is spreading disinformation about biological laboratories.", "RUS"},
      {"POL", "Russian propaganda has poisoned the debate.", "RUS"},
      {"EST", "The Russian disinformation campaign targets our elections.", "RUS"},
      {"GBR", "Russia has rewritten history to justify its war.", "RUS"},
      {"USA", "Iran has covered up the shooting down of the airliner.", "IRN"},
      {"UKR", "Russia is conducting a propaganda campaign against my country.", "RUS"},
      {"ARM", "Azerbaijan has manipulated the facts about the blockade.", "AZE"},
      {"AZE", "Armenia has distorted the history of the region.", "ARM"},
      {"ISR", "Iran is spreading lies about my country.", "IRN"},
      {"GBR", "The accusations levelled by Russia are groundless.", "RUS"},
  });
}

// A passive with "by" naming the state.
TEST(StanceCriticismParaphrase, PassivePositives) {
  RunTable({
      {"UKR", "Crimea was illegally annexed by Russia in 2014.", "RUS"},
      {"GEO", "Twenty per cent of our territory is occupied by Russia.", "RUS"},
      {"FRA", "The hospital was bombed by Syrian aircraft.", "SYR"},
      {"GBR", "The convoy was attacked by Syrian and Russian aircraft.", "RUS; SYR"},
      {"USA", "The ceasefire has been violated by Russia hundreds of times.", "RUS"},
      {"ETH", "The agreement was breached by Eritrea.", "ERI"},
      {"UKR", "Mariupol has been besieged by Russian forces for weeks.", "RUS"},
      {"GBR", "The town has been shelled by Russian artillery.", "RUS"},
      {"PSE", "Our land has been occupied by Israel since 1967.", "ISR"},
      {"SYR", "Our northern territory has been invaded by Turkey.", "TUR"},
      {"COD", "The rebels are armed and financed by Rwanda.", "RWA"},
      {"UKR", "The separatists are trained, armed and directed by Moscow.", "RUS"},
      {"USA", "The attacks were carried out by the Syrian regime.", "SYR"},
      {"GBR", "The war was unleashed by Russia.", "RUS"},
      {"UKR", "Whole towns have been destroyed by Russian missiles.", "RUS"},
      {"FRA", "The resolution has been flouted by the DPRK for a decade.", "PRK"},
      {"JPN", "These sanctions have been evaded by North Korea through ship-to-ship transfers.",
       "PRK"},
      {"GBR", "The inspectors were obstructed by the Syrian authorities.", "SYR"},
      {"ARM", "The corridor has been blockaded by Azerbaijan since December.", "AZE"},
  });
}

// A possessive or "of X" on an evaluation noun or a nominalised wrong.
TEST(StanceCriticismParaphrase, PossessivePositives) {
  RunTable({
      {"UKR", "Russia's aggression against my country continues.", "RUS"},
      {"GEO", "Russia's occupation of Abkhazia and South Ossetia must end.", "RUS"},
      {"PSE", "Israel's occupation is the root cause of the conflict.", "ISR"},
      {"USA", "Iran's violations of the nuclear deal are well documented.", "IRN"},
      {"JPN", "North Korea's provocations threaten the whole region.", "PRK"},
      {"FRA", "Syria's repeated violations of the Convention cannot go unanswered.", "SYR"},
      {"UKR", "Russia's illegal annexation of Crimea will never be recognized.", "RUS"},
      {"AZE", "Armenia's occupation of our territories lasted nearly thirty years.", "ARM"},
      {"ARM", "Azerbaijan's aggression against Armenia is unprovoked.", "AZE"},
      {"SYR", "Turkey's incursion into our territory is a violation of the Charter.", "TUR"},
      {"GBR", "The aggression of the Russian Federation against Ukraine continues.", "RUS"},
      {"ERI", "The occupation of our sovereign territory by Ethiopia continues.", "ETH"},
      {"USA", "Iran's interference in the affairs of its neighbours must stop.", "IRN"},
      {"FRA", "Russia's disregard for international law is deeply troubling.", "RUS"},
      {"GBR", "The DPRK's defiance of the Council is unacceptable.", "PRK"},
      {"CAN", "Myanmar's persecution of the Rohingya amounts to ethnic cleansing.", "MMR"},
      {"USA", "Venezuela's repression of its own people has caused an exodus.", "VEN"},
      {"UKR", "Russia's refusal to withdraw its troops is a violation of the agreement.", "RUS"},
      {"GBR", "Syria's failure to declare its stockpile is a breach of its obligations.", "SYR"},
      {"LTU", "The Russian Federation's hybrid war against its neighbours must be stopped.", "RUS"},
      {"IRN",
       "The United States' withdrawal from the agreement was a violation of resolution 2231.",
       "USA"},
      {"SDN", "South Sudan's support for the rebels violates the agreement.", "SSD"},
      {"FRA", "Iran's support for terrorist groups destabilizes the region.", "IRN"},
      {"SAU", "Iran's backing of the Houthis prolongs the war in Yemen.", "IRN"},
  });
}

// A demonym before the conduct noun.
TEST(StanceCriticismParaphrase, DemonymPositives) {
  RunTable({
      {"UKR", "Russian aggression has cost thousands of lives.", "RUS"},
      {"PSE", "The Israeli occupation has lasted more than half a century.", "ISR"},
      {"SAU", "Iranian provocations in the Gulf must stop.", "IRN"},
      {"GEO", "The Russian occupation of our regions continues.", "RUS"},
      {"LBN", "Israeli violations of resolution 1701 continue daily.", "ISR"},
      {"GBR", "The Syrian bombardment of Idlib has killed hundreds.", "SYR"},
      {"USA", "Russian air strikes have hit hospitals in Idlib.", "RUS"},
      {"UKR", "Russian shelling has destroyed the water supply of the city.", "RUS"},
      {"AZE", "The Armenian occupation of our lands ended in 2020.", "ARM"},
      {"ARM", "Azerbaijani attacks on our villages have displaced thousands.", "AZE"},
      {"ERI", "The Ethiopian occupation of Badme violates the ruling.", "ETH"},
      {"SDN", "The South Sudanese incursion into Heglig was an act of aggression.", "SSD"},
      {"FRA", "Russian disinformation is poisoning public debate in Africa.", "RUS"},
      {"USA", "Iranian interference in Iraq undermines its sovereignty.", "IRN"},
      {"GBR", "The Russian invasion has caused a humanitarian catastrophe.", "RUS"},
      {"PSE", "Israeli settlement expansion is illegal under international law.", "ISR"},
      {"COD", "Rwandan troops are fighting alongside the rebels on our soil.", "RWA"},
      {"SYR", "The Turkish aggression against the north of my country continues.", "TUR"},
  });
}

// "so-called", "sham", "self-proclaimed" and the like, with the state
// named.
TEST(StanceCriticismParaphrase, SoCalledPositives) {
  RunTable({
      {"UKR", "The so-called referendum organized by Russia has no legal effect.", "RUS"},
      {"GEO", "Russia's recognition of the so-called independence of Abkhazia is null and void.",
       "RUS"},
      {"GBR", "The sham referendums staged by Russia will never be recognized.", "RUS"},
      {"USA", "The so-called elections held by the Syrian regime are a farce.", "SYR"},
      {"UKR", "The self-proclaimed authorities installed by Russia have no legitimacy.", "RUS"},
      {"FRA", "Russia's so-called special military operation is a war of aggression.", "RUS"},
      {"CAN", "The Belarusian authorities held a sham election in August.", "BLR"},
      {"USA", "The Venezuelan regime held a sham election.", "VEN"},
      {"GBR", "Myanmar's military staged a coup in February.", "MMR"},
      {"UKR", "Russia's puppet regimes in Donetsk and Luhansk are illegitimate.", "RUS"},
  });
}

// The speaker condemns the state's act.
TEST(StanceCriticismParaphrase, CondemnPositives) {
  RunTable({
      {"FRA", "We condemn Russia's aggression against Ukraine.", "RUS"},
      {"GBR", "We condemn in the strongest terms the DPRK's missile launches.", "PRK"},
      {"USA", "We strongly condemn the Syrian regime's use of chemical weapons.", "SYR"},
      {"LBN", "We condemn Israel's repeated violations of our sovereignty.", "ISR"},
      {"JPN", "Japan condemns North Korea's nuclear test.", "PRK"},
      {"UKR", "We condemn the Russian shelling of Kharkiv.", "RUS"},
      {"SAU", "We condemn Iran's attacks on oil facilities.", "IRN"},
      {"ARM", "Armenia condemns the Azerbaijani attack on our sovereign territory.", "AZE"},
      {"CAN", "We deplore Myanmar's persecution of the Rohingya.", "MMR"},
      {"FRA", "We denounce the Iranian regime's crackdown on protesters.", "IRN"},
      {"GBR", "We deplore Russia's attempts to annex Ukrainian territory.", "RUS"},
      {"USA", "We reject Russia's illegal annexation of Crimea.", "RUS"},
      {"GEO", "Georgia condemns Russia's recognition of the occupied regions.", "RUS"},
      {"UKR", "We condemn Russia's destruction of the Kakhovka dam.", "RUS"},
      {"ETH", "We condemn Eritrea's incursion into our territory.", "ERI"},
      {"SDN", "The Sudan condemns the South Sudanese occupation of Heglig.", "SSD"},
      {"FRA", "We condemn the Belarusian regime's forced landing of the aircraft.", "BLR"},
      {"ESP", "We condemn Venezuela's persecution of the opposition.", "VEN"},
  });
}

// Demands that the state stop, withdraw, cease, halt, end or release.
TEST(StanceCriticismParaphrase, DemandPositives) {
  RunTable({
      {"UKR", "Russia must withdraw its troops from our territory.", "RUS"},
      {"GEO", "We demand that Russia withdraw its forces from the occupied regions.", "RUS"},
      {"FRA", "We call on Russia to cease its attacks immediately.", "RUS"},
      {"GBR", "The DPRK must stop its missile launches.", "PRK"},
      {"USA", "Iran must cease its support for the Houthis.", "IRN"},
      {"PSE", "Israel must end its occupation.", "ISR"},
      {"LBN", "We demand that Israel halt its violations of our airspace.", "ISR"},
      {"SYR", "Turkey must withdraw its forces from the north of my country.", "TUR"},
      {"ETH", "Eritrea must withdraw from our territory.", "ERI"},
      {"ARM", "Azerbaijan must lift the blockade of the Lachin corridor.", "AZE"},
      {"AZE", "Armenia must stop its provocations on the border.", "ARM"},
      {"CAN", "We demand that Myanmar release all political prisoners.", "MMR"},
      {"GBR", "Belarus must release all those detained for political reasons.", "BLR"},
      {"USA", "Venezuela must free the political prisoners.", "VEN"},
      {"COD", "Rwanda must end its support for the rebels.", "RWA"},
      {"FRA", "Syria must put an end to the bombardment of Idlib.", "SYR"},
      {"JPN", "North Korea must abandon its nuclear programme.", "PRK"},
      {"UKR", "Moscow must pull back its troops from the border.", "RUS"},
      {"GBR", "The Syrian regime must stop bombing hospitals.", "SYR"},
      {"USA", "Russia must desist from its threats against its neighbours.", "RUS"},
      {"FRA", "We urge Iran to refrain from further escalation.", "IRN"},
      {"DEU", "Russia must immediately cease hostilities and withdraw.", "RUS"},
  });
}

// The veto judged.
TEST(StanceCriticismParaphrase, VetoPositives) {
  RunTable({
      {"USA", "Russia's veto today is shameful.", "RUS"},
      {"GBR", "Russia has abused its veto to shield the Syrian regime.", "RUS"},
      {"FRA", "The Russian veto is a disgrace.", "RUS"},
      {"USA", "China's veto is deplorable.", "CHN"},
      {"GBR", "Russia's veto of this resolution is indefensible.", "RUS"},
      {"UKR", "Russia has cynically vetoed a resolution on its own aggression.", "RUS"},
      {"FRA", "Russia has shamelessly vetoed the draft resolution once again.", "RUS"},
      {"USA", "Russia has abused its power of veto to protect its ally.", "RUS"},
  });
}

// A state's organs or its leadership, the regime in its capital, the
// capital itself.
TEST(StanceCriticismParaphrase, ActorFormsPositives) {
  RunTable({
      {"USA", "The Syrian authorities have blocked aid convoys to Madaya.", "SYR"},
      {"GBR", "The authorities of Belarus continue to repress peaceful protesters.", "BLR"},
      {"FRA", "The Iranian leadership has violated the nuclear agreement.", "IRN"},
      {"UKR", "The Kremlin has violated the Minsk agreements.", "RUS"},
      {"USA", "The regime in Damascus continues to bomb its own people.", "SYR"},
      {"GBR", "The regime in Tehran is arming the Houthis.", "IRN"},
      {"UKR", "Moscow has violated every agreement it signed.", "RUS"},
      {"SAU", "Tehran continues to destabilise the region.", "IRN"},
      {"USA", "Damascus has used chemical weapons again.", "SYR"},
      {"KOR", "Pyongyang has violated the resolutions of this Council.", "PRK"},
      {"ARM", "Baku has violated the ceasefire.", "AZE"},
      {"AZE", "Yerevan continues to violate the trilateral statement.", "ARM"},
      {"FRA", "The Syrian Government has bombed schools and hospitals.", "SYR"},
      {"GBR", "The Government of Myanmar has persecuted the Rohingya.", "MMR"},
      {"USA", "The Russian military has shelled civilian neighbourhoods.", "RUS"},
      {"CAN", "The Myanmar military has burned villages in Rakhine.", "MMR"},
      {"UKR", "The Russian leadership has chosen the path of war.", "RUS"},
      {"GBR", "The Assad regime has violated the ceasefire.", "SYR"},
      {"FRA", "The Maduro regime has repressed the opposition.", "VEN"},
      {"USA", "The North Korean regime continues to violate Council resolutions.", "PRK"},
      {"ETH", "The Eritrean regime has destabilized the Horn of Africa.", "ERI"},
  });
}

// An evaluative predicate on the state's conduct.
TEST(StanceCriticismParaphrase, EvaluativePredicatePositives) {
  RunTable({
      {"FRA", "Russia's actions are illegal.", "RUS"},
      {"GBR", "The DPRK's behaviour is reckless and dangerous.", "PRK"},
      {"USA", "Iran's conduct in the region is unacceptable.", "IRN"},
      {"UKR", "Russia's statement is outrageous.", "RUS"},
      {"AZE", "Armenia's position is unacceptable.", "ARM"},
      {"ARM", "Azerbaijan's blockade of the corridor is inhumane and illegal.", "AZE"},
      {"PSE", "Israel's policies are a flagrant violation of international law.", "ISR"},
      {"LBN", "Israel's overflights are a violation of resolution 1701.", "ISR"},
      {"GBR", "Syria's attacks on hospitals are war crimes.", "SYR"},
      {"USA", "Russia's bombing of civilians is a war crime.", "RUS"},
      {"FRA", "Myanmar's treatment of the Rohingya is ethnic cleansing.", "MMR"},
      {"GEO", "Russia's borderization policy is illegal.", "RUS"},
      {"SYR", "Turkey's presence on our territory is illegal.", "TUR"},
      {"ERI", "Ethiopia's continued presence in Badme is illegal.", "ETH"},
      {"IRN", "The United States' policy of maximum pressure is illegal.", "USA"},
      {"VEN", "The United States' sanctions are illegal and inhumane.", "USA"},
      {"CHN", "The United States' behaviour is irresponsible.", "USA"},
      {"UKR", "Russia is responsible for this tragedy.", "RUS"},
      {"GBR", "Russia bears full responsibility for the escalation.", "RUS"},
      {"USA", "The responsibility for this crisis lies with Damascus.", "SYR"},
  });
}

// Refusals, failures and duties not met.
TEST(StanceCriticismParaphrase, RefusalPositives) {
  RunTable({
      {"FRA", "Iran has refused to cooperate with the inspectors.", "IRN"},
      {"GBR", "Syria has failed to declare its entire chemical weapons programme.", "SYR"},
      {"USA", "Russia has refused to withdraw its forces.", "RUS"},
      {"UKR", "Russia has not implemented a single provision of the agreement.", "RUS"},
      {"ETH", "Eritrea has not withdrawn its troops from our territory.", "ERI"},
      {"JPN", "The DPRK has not complied with its obligations.", "PRK"},
      {"ARM", "Azerbaijan has yet to implement the order of the Court.", "AZE"},
      {"CAN", "Myanmar has done nothing to stop the violence against the Rohingya.", "MMR"},
      {"GBR", "Russia has not lifted a finger to stop the separatists.", "RUS"},
      {"FRA", "Syria does not honour its commitments.", "SYR"},
  });
}

// Tense, aspect and modality around a wrong: "persists in", "keeps",
// "has been -ing", "continues to", "never stopped", "once again".
TEST(StanceCriticismParaphrase, AspectPositives) {
  RunTable({
      {"UKR", "Russia persists in its aggression against my country.", "RUS"},
      {"GBR", "The DPRK keeps launching ballistic missiles over Japan.", "PRK"},
      {"USA", "Syria has been bombing civilian areas for years.", "SYR"},
      {"LBN", "Israel has once again violated our sovereignty.", "ISR"},
      {"ERI", "Ethiopia still occupies our sovereign territory.", "ETH"},
      {"ARM", "Azerbaijan goes on violating the ceasefire.", "AZE"},
      {"UKR", "Russia is still shelling our cities every night.", "RUS"},
      {"JPN", "North Korea has been developing nuclear weapons in breach of its obligations.",
       "PRK"},
      {"PSE", "Israel continues its illegal settlement activity.", "ISR"},
      {"USA", "Venezuela has continued to persecute journalists.", "VEN"},
      {"GBR", "Russia is continuing its brutal assault on Ukrainian cities.", "RUS"},
      {"COD", "Rwanda has continued to back the rebels despite its commitments.", "RWA"},
      {"SYR", "Turkey continues to occupy parts of northern Syria.", "TUR"},
  });
}

// Verbs and phrases of diplomatic blame beyond the development meetings.
TEST(StanceCriticismParaphrase, BlameVocabularyPositives) {
  RunTable({
      {"FRA", "Syria has stonewalled the investigators for months.", "SYR"},
      {"GBR", "Russia has whitewashed the crimes of the Syrian regime.", "RUS"},
      {"USA", "Iran has subverted the political process in Lebanon.", "IRN"},
      {"UKR", "Russia has trampled the sovereignty of its neighbour.", "RUS"},
      {"GBR", "The DPRK has thumbed its nose at the Security Council.", "PRK"},
      {"FRA", "Russia has ridden roughshod over the Charter.", "RUS"},
      {"USA", "Iran has bankrolled terrorist groups across the region.", "IRN"},
      {"SAU", "Iran finances and arms the Houthi militias.", "IRN"},
      {"ISR", "Iran is harbouring terrorists on its soil.", "IRN"},
      {"GBR", "Russia has shielded the Syrian regime from accountability.", "RUS"},
      {"UKR", "Russian forces have razed entire villages.", "RUS"},
      {"FRA", "The Syrian regime has pounded Eastern Ghouta for weeks.", "SYR"},
      {"GBR", "Russia has laid siege to Mariupol.", "RUS"},
      {"PSE", "Israel has demolished hundreds of Palestinian homes.", "ISR"},
      {"PSE", "Israel has confiscated Palestinian land to expand its settlements.", "ISR"},
      {"USA", "The Myanmar military has massacred civilians in Sagaing.", "MMR"},
      {"CAN", "Iran has brutally cracked down on peaceful protesters.", "IRN"},
      {"GBR", "Belarus has silenced independent media.", "BLR"},
      {"USA", "Venezuela has muzzled the free press.", "VEN"},
      {"FRA", "Russia has coerced its neighbours with energy blackmail.", "RUS"},
      {"UKR", "Russia has slandered my country in this Chamber.", "RUS"},
      {"ARM", "Azerbaijan has ethnically cleansed Nagorno-Karabakh.", "AZE"},
      {"USA", "Iran has smuggled weapons to the Houthis in violation of the embargo.", "IRN"},
      {"GBR", "Russia has militarized Crimea.", "RUS"},
      {"JPN", "China has militarized the artificial islands in the South China Sea.", "CHN"},
      {"ESP", "Venezuela has rigged the presidential election.", "VEN"},
      {"FRA", "Syria has blocked humanitarian convoys from reaching Douma.", "SYR"},
      {"GBR", "Russia has paralysed the Council with its veto.", "RUS"},
      {"USA", "Russia has held the Council hostage.", "RUS"},
      {"UKR", "Russia has abducted Ukrainian children.", "RUS"},
      {"LTU", "Belarus has instrumentalized migrants against its neighbours.", "BLR"},
  });
}

// Evaluation nouns and adjectives beyond the development meetings.
TEST(StanceCriticismParaphrase, EvaluationVocabularyPositives) {
  RunTable({
      {"USA", "Russia's belligerence threatens the whole of Europe.", "RUS"},
      {"GBR", "Iran's duplicity has undermined every negotiation.", "IRN"},
      {"UKR", "Russia's cynicism knows no bounds.", "RUS"},
      {"FRA", "The Syrian regime's barbarity shocks the conscience of humanity.", "SYR"},
      {"USA", "The DPRK's belligerent rhetoric is dangerous.", "PRK"},
      {"GBR", "Russia's wanton destruction of Ukrainian cities must be condemned.", "RUS"},
      {"FRA", "Israel's disproportionate use of force has killed thousands of civilians.", "ISR"},
      {"CAN", "Iran's crackdown on women and girls is abhorrent.", "IRN"},
      {"USA", "Myanmar's atrocities against the Rohingya demand accountability.", "MMR"},
      {"UKR", "Russia's war crimes in Bucha will not go unpunished.", "RUS"},
      {"GBR", "The Syrian regime's crimes against humanity are well documented.", "SYR"},
      {"ARM", "Azerbaijan's ethnic cleansing of Nagorno-Karabakh is complete.", "AZE"},
      {"FRA", "Russia's blackmail over grain exports is unacceptable.", "RUS"},
      {"USA", "China's coercion of its neighbours is a threat to regional stability.", "CHN"},
      {"GBR", "Iran's hostage diplomacy must end.", "IRN"},
      {"LTU", "Russia's nuclear blackmail is irresponsible.", "RUS"},
      {"USA", "The Russian Federation's intransigence has blocked any progress.", "RUS"},
      {"FRA", "The DPRK's reckless launches violate the resolutions.", "PRK"},
      {"GBR", "Russia's indiscriminate attacks on civilians are war crimes.", "RUS"},
      {"PSE", "Israel's collective punishment of Gaza is illegal.", "ISR"},
      {"UKR", "Russia's nuclear threats are irresponsible and dangerous.", "RUS"},
      {"GEO", "Russia's creeping annexation of our territory continues.", "RUS"},
      {"JPN", "North Korea's abductions of Japanese nationals remain unresolved.", "PRK"},
      {"USA", "Iran's malign activities across the region must be countered.", "IRN"},
      {"GBR", "Russia's hybrid attacks on its neighbours are unacceptable.", "RUS"},
  });
}

// Nominalised wrongs after a possessive: "X's flouting of".
TEST(StanceCriticismParaphrase, NominalisationPositives) {
  RunTable({
      {"GBR", "The DPRK's flouting of Council resolutions must have consequences.", "PRK"},
      {"FRA", "Iran's breach of its commitments is deeply worrying.", "IRN"},
      {"UKR", "Russia's seizure of the plant endangers the whole continent.", "RUS"},
      {"USA", "Syria's obstruction of humanitarian access has cost lives.", "SYR"},
      {"GBR", "Russia's bombardment of Kyiv has killed dozens of civilians.", "RUS"},
      {"PSE", "Israel's blockade of Gaza is collective punishment.", "ISR"},
      {"GEO", "Russia's militarization of the occupied regions is a threat to security.", "RUS"},
      {"FRA", "Russia's shelling of the Zaporizhzhia plant is reckless.", "RUS"},
      {"UKR", "Russia's deportation of Ukrainian children is a war crime.", "RUS"},
      {"ERI", "Ethiopia's refusal to accept the ruling is the cause of the stalemate.", "ETH"},
      {"ARM", "Azerbaijan's blockade of the Lachin corridor has created a humanitarian crisis.",
       "AZE"},
      {"GBR", "Myanmar's persecution of the Rohingya has forced a million people to flee.", "MMR"},
      {"USA", "Russia's weaponization of food is unconscionable.", "RUS"},
      {"FRA", "Belarus's instrumentalization of migrants is a hybrid attack.", "BLR"},
      {"LBN", "Israel's violation of our airspace is a breach of resolution 1701.", "ISR"},
  });
}

// NEGATIVES. The state is the victim of the wrong.
TEST(StanceCriticismParaphrase, VictimNegatives) {
  RunTable({
      {"FRA", "Ukraine has been attacked in violation of the Charter.", ""},
      {"GBR", "Syria's civilians have suffered terribly for a decade.", ""},
      {"USA", "The people of Myanmar deserve peace and justice.", ""},
      {"CHN", "Georgia has lost control of part of its territory.", ""},
      {"FRA", "Armenia has received thousands of refugees from Nagorno-Karabakh.", ""},
      {"GBR", "Yemen faces the worst humanitarian crisis in the world.", ""},
      {"USA", "Ukrainian cities have been shelled for months.", ""},
      {"JPN", "Lebanon has been hit hard by the economic crisis.", ""},
      {"IRL", "Sudan is facing famine in several regions.", ""},
      {"NOR", "Palestinian children are paying the highest price.", ""},
      {"MEX", "Ethiopia has endured a devastating conflict in Tigray.", ""},
      {"BRA", "Eritrea has suffered from years of isolation.", ""},
      {"GBR", "Ukraine's sovereignty and territorial integrity must be respected.", ""},
      {"FRA", "We stand with Ukraine in the face of this aggression.", ""},
      {"USA", "The Syrian people have been besieged and starved.", ""},
      {"IND", "Venezuela is confronting a severe economic crisis.", ""},
      {"KEN", "Somalia has been targeted by terrorist groups for years.", ""},
      {"CHE", "Libya's institutions have been weakened by years of conflict.", ""},
      {"GHA", "Mali has been attacked by terrorist groups in the north.", ""},
      {"USA", "Israel has the right to defend itself against terrorist attacks.", ""},
      {"GBR", "Azerbaijani civilians were killed by landmines left behind.", ""},
      {"FRA", "Ukrainian grain exports have been blocked in the Black Sea.", ""},
      {"CHN", "Iran's economy has been devastated by sanctions.", ""},
      {"RUS", "The people of Donbas have been shelled for eight years.", ""},
  });
}

// Praise, thanks and welcome.
TEST(StanceCriticismParaphrase, PraiseNegatives) {
  RunTable({
      {"FRA", "We welcome Ethiopia's commitment to the peace process.", ""},
      {"GBR", "We commend Armenia and Azerbaijan for their engagement in the talks.", ""},
      {"USA", "We thank Jordan and Lebanon for hosting millions of refugees.", ""},
      {"CHN", "We appreciate Iran's cooperation with the Agency.", ""},
      {"JPN", "We welcome Sudan's decision to open new humanitarian corridors.", ""},
      {"NOR", "Israel's decision to open the crossing is a positive step.", ""},
      {"FRA", "The DPRK's participation in the talks is encouraging.", ""},
      {"GBR", "Russia's role in the grain deal was constructive.", ""},
      {"BRA", "We welcome the release of prisoners by Venezuela.", ""},
      {"IND", "Myanmar has taken steps to allow humanitarian access.", ""},
      {"CHE", "Syria has granted the inspectors access to the sites.", ""},
      {"KEN", "Eritrea has engaged constructively with its neighbours.", ""},
      {"USA", "We applaud Georgia's restraint.", ""},
      {"FRA", "Ukraine has shown remarkable courage.", ""},
      {"GBR", "China has played a constructive role in the negotiations.", ""},
      {"RUS", "The United States has honoured its commitments under the treaty.", ""},
      {"ETH", "Eritrea has withdrawn its forces from the border, as agreed.", ""},
      {"ARM", "We welcome the Azerbaijani decision to reopen the road.", ""},
      {"JPN", "We appreciate the DPRK's return to the negotiating table.", ""},
      {"SAU", "We welcome Iran's commitment to good-neighbourly relations.", ""},
      {"USA", "Turkey has generously hosted nearly four million refugees.", ""},
      {"FRA", "We thank Rwanda for its contribution to peacekeeping.", ""},
  });
}

// Denials: the speaker says the state has done no wrong.
TEST(StanceCriticismParaphrase, DenialNegatives) {
  RunTable({
      {"CHN", "Iran has not violated the nuclear agreement.", ""},
      {"RUS", "Syria has never used chemical weapons.", ""},
      {"VEN", "Cuba has never interfered in the affairs of its neighbours.", ""},
      {"BLR", "Russia has not annexed anyone.", ""},
      {"IRN", "Syria has not obstructed the work of the inspectors.", ""},
      {"RUS", "There is no Russian aggression in Ukraine.", ""},
      {"CHN", "There is no evidence that Iran supplied the weapons.", ""},
      {"SYR", "Russia did not bomb the hospital.", ""},
      {"RUS", "Iran has fully complied with its obligations under the agreement.", ""},
      {"PRK", "The DPRK has never threatened any State.", ""},
      {"ERI", "Eritrea has no troops in Ethiopia.", ""},
      {"RWA", "Rwanda does not support any armed group in the Congo.", ""},
      {"AZE", "Azerbaijan has not blocked the road.", ""},
      {"ARM", "Armenia has not violated the ceasefire.", ""},
      {"ISR", "Israel has not targeted civilians.", ""},
      {"VEN", "Venezuela has not repressed anyone.", ""},
      {"RUS", "Nobody has occupied Crimea.", ""},
      {"CHN", "China has never sought hegemony.", ""},
      {"SDN", "The Sudan has not bombed any refugee camp.", ""},
      {"MMR", "Myanmar has not persecuted any community.", ""},
      {"CHN", "It is not true that the DPRK has violated the resolutions.", ""},
  });
}

// Hedges, questions and conditions.
TEST(StanceCriticismParaphrase, HedgeQuestionConditionNegatives) {
  RunTable({
      {"CHN", "If Iran violates the agreement, the Council will have to act.", ""},
      {"BRA", "Should Russia withdraw its troops, the talks could resume.", ""},
      {"IND", "Has Syria used chemical weapons?", ""},
      {"IDN", "Did Israel violate the ceasefire?", ""},
      {"CHE", "Whether Eritrea has withdrawn its troops remains unclear.", ""},
      {"KEN", "We do not know who attacked the convoy.", ""},
      {"ZAF", "It is too early to say whether Russia violated the agreement.", ""},
      {"BRA", "Iran may have acted in self-defence.", ""},
      {"MEX", "The investigation will determine whether Syria bears responsibility.", ""},
      {"CHN", "The facts about the incident involving the DPRK are still being established.", ""},
      {"IND", "Allegations that Rwanda supports the rebels must be investigated.", ""},
      {"GAB", "Any violation of the ceasefire, by any party, must be investigated.", ""},
      {"BRA", "We are not in a position to attribute the attack to Iran.", ""},
      {"ZAF", "If Armenia and Azerbaijan fail to agree, the conflict may resume.", ""},
      {"NOR", "Were Israel to annex the West Bank, it would violate international law.", ""},
      {"CHN", "Who is responsible for the explosion is not yet known.", ""},
      {"KAZ", "Did Turkey really invade Syria?", ""},
      {"IND", "We will wait for the results of the inquiry before drawing conclusions about Syria.",
       ""},
      {"BRA", "If the DPRK conducts another test, the region will suffer.", ""},
      {"CHE", "It remains to be seen whether Myanmar will implement the measures.", ""},
  });
}

// Another state's words reported keep their own holder.
TEST(StanceCriticismParaphrase, ReportedNegatives) {
  RunTable({
      {"CHN", "The United States claims that Iran has violated the agreement.", ""},
      {"RUS", "Some delegations allege that Syria used chemical weapons.", ""},
      {"IND", "Ukraine accuses Russia of shelling the plant.", ""},
      {"BRA", "Azerbaijan says that Armenia violated the ceasefire.", ""},
      {"ZAF", "Armenia maintains that Azerbaijan blocked the corridor.", ""},
      {"CHN", "According to Israel, Iran is arming Hizbullah.", ""},
      {"KEN", "Ethiopia has accused Eritrea of occupying its territory.", ""},
      {"IND", "Sudan says that South Sudan supports the rebels.", ""},
      {"BRA", "The Congo accuses Rwanda of backing the rebels.", ""},
      {"CHN", "Georgia claims that Russia occupies its territory.", ""},
      {"MEX", "Venezuela alleges that the United States is meddling in its affairs.", ""},
      {"IDN", "Iran says that Israel has attacked its facilities.", ""},
      {"ZAF", "The Syrian representative said that Turkey had invaded its territory.", ""},
      {"CHN", "Several Western delegations claimed that Russia had bombed hospitals.", ""},
      {"IND", "Myanmar rejects the accusation that it persecutes the Rohingya.", ""},
      {"KAZ", "The Ukrainian delegation asserted that Russia had violated the agreement.", ""},
      {"BRA", "Japan has said that the DPRK violated the resolutions.", ""},
      {"GAB", "Lebanon reports that Israel violated its airspace.", ""},
  });
}

// Two states: only the doer is criticised, never the victim.
TEST(StanceCriticismParaphrase, TwoStatesPositives) {
  RunTable({
      {"FRA", "Russia has attacked Ukraine without provocation.", "RUS"},
      {"ARM", "Azerbaijan has attacked Armenia with the support of Turkey.", "AZE"},
      {"ETH", "Eritrea has occupied parts of Ethiopia.", "ERI"},
      {"COD", "Rwanda has sent troops into the Democratic Republic of the Congo.", "RWA"},
      {"SDN", "South Sudan has supported rebels fighting the Sudan.", "SSD"},
  });
}

// Neutral descriptions, the speaker's own country and the Council.
TEST(StanceCriticismParaphrase, NeutralNegatives) {
  RunTable({
      {"FRA", "Russia voted against the draft resolution.", ""},
      {"GBR", "China abstained in the vote.", ""},
      {"USA", "Iran and the United States held talks in Oman.", ""},
      {"JPN", "North Korea conducted a test last week, according to press reports.", ""},
      {"CHE", "Armenia and Azerbaijan signed a trilateral statement in November 2020.", ""},
      {"BRA", "Ethiopia and Eritrea signed a peace agreement in 2018.", ""},
      {"IND", "Syria acceded to the Chemical Weapons Convention in 2013.", ""},
      {"MEX", "Israel and Lebanon agreed on their maritime boundary.", ""},
      {"NOR", "Sudan and South Sudan share a long border.", ""},
      {"KEN", "The Council visited Myanmar in 2018.", ""},
      {"GBR", "The United Kingdom has violated no resolution of this Council.", ""},
      {"USA", "The United States supports the Syrian people.", ""},
      {"FRA", "France withdrew its troops from Mali in 2022.", ""},
      {"RUS", "Russia will continue to defend its interests.", ""},
      {"CHN", "China opposes any attempt to politicize humanitarian issues.", ""},
      {"UKR", "Ukraine will never accept the occupation of its territory.", ""},
      {"IRN", "Iran reserves its right to respond.", ""},
      {"SYR", "Syria will defend its sovereignty.", ""},
      {"ISR", "Israel will do whatever is necessary to protect its citizens.", ""},
      {"AZE", "Azerbaijan has restored its sovereignty over its territories.", ""},
      {"GBR", "The Council must act to prevent further violations.", ""},
      {"FRA", "All parties must respect the ceasefire.", ""},
      {"USA", "We call on all sides to exercise restraint.", ""},
      {"CHN", "The parties should resolve their differences through dialogue.", ""},
      {"KEN", "Violations of the ceasefire have been reported on both sides.", ""},
      {"IND", "The humanitarian situation in Yemen continues to deteriorate.", ""},
      {"BRA", "The occupation of the embassy lasted two days.", ""},
      {"CHE", "The annexation issue was discussed at length in Geneva.", ""},
      {"NOR", "The conflict between Ethiopia and Eritrea ended in 2018.", ""},
      {"MEX", "The siege of Sarajevo lasted nearly four years.", ""},
  });
}

// A state as the holder of a wrong it condemns, or the target of a call to
// do good.
TEST(StanceCriticismParaphrase, CallsForGoodNegatives) {
  RunTable({
      {"FRA", "We call on Iran to return to full compliance with its commitments.", ""},
      {"GBR", "We encourage Armenia and Azerbaijan to continue their dialogue.", ""},
      {"USA", "We urge Ethiopia to allow humanitarian access to Tigray.", ""},
      {"CHN", "We call on the DPRK to resume dialogue.", ""},
      {"JPN", "We invite Myanmar to cooperate with the special envoy.", ""},
      {"NOR", "We encourage Israel and the Palestinians to resume negotiations.", ""},
      {"KEN", "We call on Sudan and South Sudan to implement their agreements.", ""},
      {"BRA", "We hope that Venezuela will hold free elections.", ""},
      {"IND", "We urge Syria to continue its cooperation with the OPCW.", ""},
      {"CHE", "We ask Rwanda to use its influence with the rebels.", ""},
      {"GBR", "We invite Georgia to continue its reforms.", ""},
      {"FRA", "We call on Eritrea to engage with the Human Rights Council.", ""},
      {"USA", "We encourage China to play a constructive role.", ""},
      {"IRL", "We ask Russia to support the humanitarian resolution.", ""},
  });
}

// Hedged or qualified evaluations that judge nobody, and the evaluation of
// a non-state.
TEST(StanceCriticismParaphrase, NonStateNegatives) {
  RunTable({
      {"FRA", "The attack on the convoy was a war crime, whoever committed it.", ""},
      {"GBR", "Terrorist groups have seized several towns in the north of Mali.", ""},
      {"USA", "Al-Shabaab continues to attack civilians in Somalia.", ""},
      {"CHN", "The so-called Islamic State has committed atrocities in Syria.", ""},
      {"RUS", "Terrorists have shelled the Russian embassy in Damascus.", ""},
      {"JPN", "Pirates have seized several vessels off the coast of Yemen.", ""},
      {"IND", "Unidentified gunmen attacked the United Nations compound.", ""},
      {"KEN", "Armed groups continue to violate the ceasefire in Libya.", ""},
      {"BRA", "The Houthis have attacked commercial shipping in the Red Sea.", ""},
      {"NOR", "Smugglers exploit migrants on the route through Libya.", ""},
      {"MEX", "Criminal gangs have besieged neighbourhoods of the capital.", ""},
      {"CHE", "The illegal exploitation of natural resources fuels the conflict in the Congo.", ""},
      {"GBR", "Hamas fired rockets at Israeli towns.", ""},
      {"FRA", "The M23 has seized Goma.", ""},
  });
}

// NEGATIVES with the same vocabulary: the subject is no state, the state
// is the victim or the object, the verb is negated or the wrong condemned
// in general.
TEST(StanceCriticismParaphrase, SameVocabularyNegatives) {
  RunTable({
      {"FRA", "Terrorist groups have stonewalled every attempt at negotiation.", ""},
      {"GBR", "Nobody should whitewash the crimes committed in Syria.", ""},
      {"USA", "Extremists seek to subvert the political process in Lebanon.", ""},
      {"UKR", "Ukraine has never trampled on the rights of its minorities.", ""},
      {"CHN", "No State should thumb its nose at the Security Council.", ""},
      {"BRA", "The Council must not allow anyone to ride roughshod over the Charter.", ""},
      {"IND", "Criminal networks bankroll terrorist groups across the region.", ""},
      {"SAU", "We will not allow terrorists to harbour on our soil.", ""},
      {"KEN", "No State should shield perpetrators from accountability.", ""},
      {"MEX", "Floods have razed entire villages in Pakistan.", ""},
      {"CHE", "The storm pounded the coast for days.", ""},
      {"IDN", "Armed groups have laid siege to several towns in the Sahel.", ""},
      {"NOR", "The authorities demolished the old market to build a hospital.", ""},
      {"JPN", "Gangs have massacred civilians in Haiti.", ""},
      {"GAB", "Security forces must not crack down on peaceful protesters.", ""},
      {"ZAF", "Journalists must never be silenced.", ""},
      {"BRA", "Any attempt to muzzle the free press must be rejected.", ""},
      {"IND", "No country should coerce its neighbours.", ""},
      {"FRA", "Ethnic cleansing must never happen again anywhere.", ""},
      {"USA", "Smugglers move weapons across the Gulf of Aden.", ""},
      {"CHN", "The militarization of outer space must be prevented.", ""},
      {"GHA", "Elections must never be rigged.", ""},
      {"IRL", "Humanitarian convoys must not be blocked by any party.", ""},
      {"NOR", "The veto should not be used to paralyse the Council.", ""},
      {"KEN", "No party should hold the peace process hostage.", ""},
      {"CHE", "Children must never be abducted or recruited.", ""},
      {"ECU", "Migrants must never be instrumentalized.", ""},
      {"MLT", "Belligerent rhetoric from any side is dangerous.", ""},
      {"ALB", "Duplicity has no place in diplomacy.", ""},
      {"BRA", "The wanton destruction of cultural heritage is a crime.", ""},
      {"IND", "The disproportionate use of force is prohibited.", ""},
      {"CHN", "Crimes against humanity must be punished wherever they occur.", ""},
      {"KAZ", "Blackmail has no place in international relations.", ""},
      {"MEX", "Hostage diplomacy must end everywhere.", ""},
      {"CHE", "Nuclear blackmail is unacceptable from any State.", ""},
      {"FRA", "Collective punishment is prohibited under international humanitarian law.", ""},
      {"GBR", "Abductions of civilians by armed groups must stop.", ""},
      {"USA", "The flouting of Council resolutions must have consequences.", ""},
      {"JPN", "The seizure of vessels by pirates threatens navigation.", ""},
      {"NOR", "Obstruction of humanitarian access is a violation of international law.", ""},
  });
}

// NEGATIVES: a state as the object or victim of the same vocabulary.
TEST(StanceCriticismParaphrase, StateAsObjectNegatives) {
  RunTable({
      {"FRA", "Terrorists have attacked Mali's army in the north.", ""},
      {"GBR", "Pirates seized a Japanese vessel off the coast of Somalia.", ""},
      {"USA", "Ukraine's grain was blockaded in its ports for months.", ""},
      {"CHN", "Syria's sovereignty has been trampled for years.", ""},
      {"KEN", "Eritrea's territory has been occupied in the past.", ""},
      {"IND", "Lebanon's airspace must be respected by all.", ""},
      {"BRA", "Palestinian homes have been demolished.", ""},
      {"MEX", "Venezuelan migrants face discrimination in the region.", ""},
      {"IRL", "Iranian women are bravely demanding their rights.", ""},
      {"CHE", "Armenian refugees need urgent assistance.", ""},
      {"NOR", "Rohingya refugees in Bangladesh need more support.", ""},
      {"GHA", "Georgian citizens living near the line are suffering.", ""},
      {"ECU", "Sudanese civilians are fleeing the fighting in Darfur.", ""},
      {"MLT", "Yemeni children are dying of hunger.", ""},
      {"ALB", "Ukrainian children have been deported and must be returned.", ""},
      {"GAB", "Ethiopian refugees have crossed into the Sudan.", ""},
      {"JPN", "Japanese nationals were abducted decades ago.", ""},
      {"IDN", "The Azerbaijani population of the region was displaced in the 1990s.", ""},
      {"CHN", "Russian diplomats were expelled from several capitals.", ""},
      {"ZAF", "Israeli hostages must be released immediately.", ""},
  });
}

// NEGATIVES: the same constructions where the speaker speaks of itself or
// of a good act, or the evaluation is of no state.
TEST(StanceCriticismParaphrase, SameConstructionNegatives) {
  RunTable({
      {"FRA", "France's commitment to international law is unwavering.", ""},
      {"GBR", "Russia's participation in the talks would be welcome.", ""},
      {"USA", "Iran's compliance with the agreement must be verified.", ""},
      {"UKR", "Ukraine's counteroffensive has liberated several villages.", ""},
      {"JPN", "North Korea's economy is in a difficult situation.", ""},
      {"CHN", "Syria's reconstruction requires international support.", ""},
      {"IND", "Ethiopia's transition deserves the support of the Council.", ""},
      {"BRA", "Venezuela's dialogue with the opposition is welcome.", ""},
      {"KEN", "Sudan's people aspire to a civilian government.", ""},
      {"NOR", "Myanmar's neighbours have a role to play.", ""},
      {"MEX", "Israel's security concerns are legitimate.", ""},
      {"CHE", "Armenia's humanitarian needs are considerable.", ""},
      {"GHA", "Azerbaijan's demining efforts deserve support.", ""},
      {"ECU", "Georgia's European aspirations are its own choice.", ""},
      {"IDN", "The Russian proposal deserves careful consideration.", ""},
      {"IRL", "The Iranian delegation has engaged constructively.", ""},
      {"ALB", "The Syrian delegation has submitted its report.", ""},
      {"MLT", "The Israeli and Palestinian negotiators met in Cairo.", ""},
      {"GAB", "The Chinese initiative for peace merits attention.", ""},
      {"ZAF", "The American delegation has proposed amendments.", ""},
      {"KAZ", "The Turkish mediation made the grain deal possible.", ""},
      {"IND", "The Eritrean delegation took part in the talks.", ""},
      {"FRA", "We welcome the Sudanese authorities' decision to extend the ceasefire.", ""},
      {"USA", "The Armenian Government has engaged in the talks in good faith.", ""},
  });
}

// NEGATIVES: demands of a good act of a state, and the speaker's own
// demands of the Council.
TEST(StanceCriticismParaphrase, DemandNegatives) {
  RunTable({
      {"FRA", "Iran must return to the negotiating table.", ""},
      {"GBR", "Myanmar must allow the special envoy to visit.", ""},
      {"USA", "Ethiopia must ensure humanitarian access to all regions.", ""},
      {"CHN", "The DPRK should resume its dialogue with the United States.", ""},
      {"JPN", "North Korea must engage in dialogue.", ""},
      {"NOR", "Israel must facilitate the entry of humanitarian aid.", ""},
      {"KEN", "Sudan must protect its civilians.", ""},
      {"BRA", "Venezuela must hold free and fair elections.", ""},
      {"IND", "Syria must cooperate fully with the OPCW.", ""},
      {"MEX", "Armenia and Azerbaijan must sign the peace treaty.", ""},
      {"CHE", "The Council must stop the war in Sudan.", ""},
      {"IRL", "We must end the suffering of the people of Gaza.", ""},
      {"GHA", "The international community must halt the flow of arms to Libya.", ""},
      {"ECU", "All parties must cease hostilities.", ""},
      {"ALB", "We demand the release of all hostages held by Hamas.", ""},
      {"MLT", "The fighting in Khartoum must stop.", ""},
      {"GAB", "The violence against civilians in Darfur must end.", ""},
      {"ZAF", "Georgia must continue its cooperation with the mission.", ""},
      {"KAZ", "Eritrea and Ethiopia must implement the peace agreement.", ""},
      {"IDN", "Israel must respect the status quo at the holy sites.", ""},
  });
}

// NEGATIVES: a veto reported, or the speaker's own vote explained.
TEST(StanceCriticismParaphrase, VetoNegatives) {
  RunTable({
      {"FRA", "Russia has vetoed the draft resolution.", ""},
      {"GBR", "China and Russia vetoed the text.", ""},
      {"RUS", "We vetoed the draft because it was unbalanced.", ""},
      {"USA", "The United States vetoed the draft resolution.", ""},
      {"CHN", "China voted against the text, which was unbalanced.", ""},
      {"IND", "The veto was cast by one permanent member.", ""},
      {"BRA", "The use of the veto should be explained to the General Assembly.", ""},
      {"MEX", "We support limiting the use of the veto in cases of mass atrocities.", ""},
  });
}

// NEGATIVES for the words added by this study: the state holds a meeting,
// suffers a blockade, is the victim of cruelty, shelters refugees, funds
// aid, or is only mentioned near the word.
TEST(StanceCriticismParaphrase, NewVocabularyNegatives) {
  RunTable({
      {"FRA", "Georgia held free and fair elections last year.", ""},
      {"GBR", "Ukraine held a referendum on its independence in 1991.", ""},
      {"USA", "Armenia held talks with Azerbaijan in Washington.", ""},
      {"CHN", "The Iranian authorities held a meeting with the Agency.", ""},
      {"IND", "Ethiopia held elections despite the conflict.", ""},
      {"BRA", "The blockade of Ukrainian ports threatened food security worldwide.", ""},
      {"KEN", "The blockade of Gaza must be lifted.", ""},
      {"NOR", "The people of Armenia suffered under the blockade.", ""},
      {"MEX", "Qatar overcame the blockade imposed on it in 2017.", ""},
      {"IRL", "The Syrian people have endured unspeakable cruelty.", ""},
      {"CHE", "The brutality of the conflict in Sudan is shocking.", ""},
      {"GHA", "We condemn the barbaric terrorist attack against the Russian people.", ""},
      {"ECU", "The heinous attack on the Iranian embassy must be investigated.", ""},
      {"ALB", "The cruel fate of the Rohingya people weighs on our conscience.", ""},
      {"MLT", "Ukrainian civilians face inhumane conditions in occupied territories.", ""},
      {"GAB", "Turkey has sheltered millions of Syrian refugees.", ""},
      {"ZAF", "Jordan shelters more refugees per capita than any other country.", ""},
      {"KAZ", "Japan has funded programmes to reintegrate former militants.", ""},
      {"IDN", "Norway has financed the disarmament of former rebels.", ""},
      {"CHN", "China has funded the fight against terrorists in the Sahel.", ""},
      {"FRA", "Russia has killed terrorists in Syria, it says.", ""},
      {"IND", "Iran has fought against terrorists in Iraq.", ""},
      {"BRA", "Israel has demolished a terrorist tunnel, according to its army.", ""},
      {"KEN", "The Syrian Government has demolished no homes, its representative insisted.", ""},
      {"MEX", "Venezuela has confiscated drugs worth millions of dollars.", ""},
      {"NOR", "The Iranian authorities seized a large quantity of narcotics.", ""},
      {"CHE", "Armenia has massacred no one, its delegation said.", ""},
      {"IRL", "Myanmar has not silenced any journalist, according to its Government.", ""},
      {"GHA", "A minute of silence was observed for the victims in Ukraine.", ""},
      {"ECU", "The silence of the Council on Yemen is deafening.", ""},
      {"ALB", "The Israeli hostages were slaughtered by Hamas.", ""},
      {"MLT", "Armenian civilians were massacred in 1915.", ""},
      {"GAB", "Syrian towns have been pounded for years.", ""},
      {"ZAF", "Ukraine's sovereignty has been trampled.", ""},
      {"KAZ", "Georgia's territory has been militarized by others.", ""},
      {"IDN", "We will not coerce any State into joining the initiative.", ""},
      {"BRA", "Venezuela has not fabricated anything.", ""},
      {"KEN", "The fabricated claims against Eritrea must be withdrawn.", ""},
      {"NOR", "Some reports allege that Ethiopia used drones in Tigray.", ""},
      {"MEX", "Several delegations allege that Rwanda supports the rebels.", ""},
      {"CHE", "The panel reports that Iran supplied the missiles.", ""},
      {"IRL", "Human rights groups allege that Belarus tortured detainees.", ""},
      {"GHA", "The Sudan persists in its efforts to reach a ceasefire.", ""},
      {"ECU", "Ethiopia persists in seeking a peaceful settlement.", ""},
      {"ALB", "Georgia continues in implementing its reforms.", ""},
      {"MLT", "Azerbaijan's demining in the liberated areas goes on.", ""},
      {"GAB", "Ukraine goes on defending itself with courage.", ""},
      {"ZAF", "Eritrea's arrogance is a word we do not use.", ""},
  });
}

// More NEGATIVES of the kinds above: the speaker's praise, reported views,
// questions, conditions, the state as victim, in other conflicts.
TEST(StanceCriticismParaphrase, MoreNegatives) {
  RunTable({
      {"FRA", "Does Iran intend to comply with its obligations?", ""},
      {"GBR", "Will Russia allow the inspectors to visit the plant?", ""},
      {"USA", "Why has the DPRK refused every offer of dialogue?", ""},
      {"CHN", "If the United States imposes new sanctions, the talks will collapse.", ""},
      {"IND", "Should Ethiopia and Eritrea disagree, the Council may be seized of the matter.", ""},
      {"BRA", "Were Azerbaijan to attack, the region would be plunged into war.", ""},
      {"KEN", "Unless Sudan and South Sudan agree on Abyei, tensions will rise.", ""},
      {"NOR", "It is alleged that Myanmar has burned villages in Rakhine.", ""},
      {"MEX", "Reports suggest that Iran has supplied drones to Russia.", ""},
      {"CHE", "There are allegations that Rwanda supports the M23.", ""},
      {"IRL", "The Ukrainian representative said that Russia had violated the agreement.", ""},
      {"GHA", "Azerbaijan has accused Armenia of planting mines.", ""},
      {"ECU", "Israel accuses Iran of arming Hizbullah.", ""},
      {"ALB", "The Russian representative claimed that Ukraine had shelled the plant.", ""},
      {"MLT", "The Syrian delegation alleged that Israel had struck Damascus airport.", ""},
      {"GAB", "Eritrea has alleged that Ethiopia violated the border.", ""},
      {"ZAF", "Venezuela claims that the United States is meddling in its affairs.", ""},
      {"KAZ", "China says that the United States has interfered in its internal affairs.", ""},
      {"IDN", "Iran maintains that Israel carried out the attack.", ""},
      {"CHN", "Georgia has asked the Council to discuss the situation in Abkhazia.", ""},
      {"IND", "Myanmar has requested assistance from its neighbours.", ""},
      {"BRA", "Yemen has welcomed the truce.", ""},
      {"KEN", "Libya has agreed to hold elections next year.", ""},
      {"NOR", "Syria has allowed the convoys to reach Douma.", ""},
      {"MEX", "Israel has released hundreds of Palestinian prisoners.", ""},
      {"CHE", "Russia has released the detained sailors.", ""},
      {"IRL", "The DPRK has released the American citizen.", ""},
      {"GHA", "Iran has freed the crew of the tanker.", ""},
      {"ECU", "Ethiopia has withdrawn its troops from the disputed area, as agreed.", ""},
      {"ALB", "Belarus has ended its cooperation with the mission.", ""},
      {"MLT", "Turkey has opened its border to refugees.", ""},
      {"GAB", "Armenia has recognized the territorial integrity of Azerbaijan.", ""},
      {"ZAF", "The United States and Cuba have restored diplomatic relations.", ""},
      {"KAZ", "Saudi Arabia and Iran have restored their relations.", ""},
      {"IDN", "Sudan has ratified the Convention against Torture.", ""},
      {"CHN", "Syria has joined the Chemical Weapons Convention.", ""},
      {"IND", "The Venezuelan people have suffered greatly under sanctions.", ""},
      {"BRA", "Cuba has endured an embargo for more than sixty years.", ""},
      {"KEN", "Georgian villages near the line have lost their farmland.", ""},
      {"NOR", "Lebanon has been struck by a devastating explosion.", ""},
      {"MEX", "Mali has faced repeated attacks by terrorist groups.", ""},
      {"CHE", "Yemeni civilians have been killed by landmines.", ""},
      {"IRL", "Palestinian farmers have lost access to their land.", ""},
      {"GHA", "Sudanese refugees have poured into Chad.", ""},
      {"ECU", "Ukrainian grain must reach the countries that need it.", ""},
      {"ALB", "We stand in solidarity with the people of Iran.", ""},
      {"MLT", "We stand with the people of Myanmar in their struggle.", ""},
      {"GAB", "Our thoughts are with the victims of the earthquake in Turkey and Syria.", ""},
      {"ZAF", "We express our condolences to the Government of Iran.", ""},
      {"KAZ", "We commend the Government of Sudan for its cooperation.", ""},
  });
}

// Longer sentences of the register: fronted phrases, appositions, relative
// clauses, coordinated wrongs, a subject far from its verb.
TEST(StanceCriticismParaphrase, LongSentencePositives) {
  RunTable({
      {"GBR",
       "For the third time this year, the Syrian regime, backed by its allies, has used "
       "chlorine against civilians in opposition-held areas.",
       "SYR"},
      {"USA",
       "In the past week alone, Russia has launched more than a hundred missiles at "
       "Ukrainian cities, killing dozens of civilians.",
       "RUS"},
      {"JPN",
       "Since the beginning of this year, the DPRK, in flagrant disregard of the resolutions "
       "of this Council, has launched over thirty ballistic missiles.",
       "PRK"},
      {"UKR",
       "Russia, which claims to be fighting Nazis, has destroyed entire cities and deported "
       "hundreds of thousands of our citizens.",
       "RUS"},
      {"PSE",
       "Every single day, the occupying Power, Israel, demolishes Palestinian homes and "
       "confiscates Palestinian land in flagrant violation of international law.",
       "ISR"},
      {"LBN",
       "Once again, and in clear violation of resolution 1701, Israeli warplanes have "
       "violated Lebanese airspace.",
       "ISR"},
      {"AZE",
       "For almost thirty years, Armenia kept our territories under occupation and expelled "
       "their Azerbaijani population.",
       "ARM"},
      {"ERI",
       "In total disregard of the final and binding ruling of the Boundary Commission, "
       "Ethiopia continues to occupy sovereign Eritrean territory.",
       "ETH"},
      {"ETH",
       "Rather than engage in dialogue, Eritrea has chosen to destabilize the region by "
       "arming and training rebel groups.",
       "ERI"},
      {"SDN",
       "Not content with hosting the rebels, South Sudan has provided them with weapons and "
       "logistical support.",
       "SSD"},
      {"USA",
       "The Maduro regime, having lost the election, has resorted to violence against "
       "peaceful protesters.",
       "VEN"},
      {"GBR",
       "It is deeply regrettable that Russia has once again chosen to block the Council "
       "from acting.",
       "RUS"},
      {"FRA", "It is clear that the Syrian regime bears responsibility for this chemical attack.",
       "SYR"},
      {"USA", "Let us be clear: it was the Russian Federation that shot down the aircraft.", "RUS"},
      {"GBR",
       "Iran, through its Revolutionary Guards, has supplied the Houthis with ballistic "
       "missiles in violation of the arms embargo.",
       "IRN"},
  });
}

// NEGATIVES of the same length and structure.
TEST(StanceCriticismParaphrase, LongSentenceNegatives) {
  RunTable({
      {"FRA",
       "Despite the difficulties, Iran has continued to cooperate with the inspectors and "
       "has provided access to the sites they requested.",
       ""},
      {"GBR",
       "For the third time this year, the people of Syria have been subjected to chemical "
       "attacks by an unidentified party.",
       ""},
      {"USA",
       "In the past week alone, Ukraine has received hundreds of tonnes of humanitarian aid "
       "from its partners.",
       ""},
      {"JPN",
       "Since the beginning of this year, the DPRK has participated in two rounds of talks "
       "with its neighbours.",
       ""},
      {"UKR",
       "Ukraine, which has lost thousands of its citizens, remains committed to a just and "
       "lasting peace.",
       ""},
      {"GEO",
       "Moreover, Georgia continues to implement its commitments under the agreement of "
       "12 August 2008.",
       ""},
      {"PSE",
       "Every single day, Palestinian families wait for news of their loved ones held in "
       "detention.",
       ""},
      {"LBN",
       "Once again, and in full respect of resolution 1701, the Lebanese army has deployed "
       "in the south.",
       ""},
      {"ARM",
       "For nine months now, Armenia has received refugees from Nagorno-Karabakh and has "
       "provided them with shelter.",
       ""},
      {"AZE", "For almost thirty years, Azerbaijan kept its commitment to a peaceful settlement.",
       ""},
      {"ERI",
       "In full respect of the ruling of the Boundary Commission, Eritrea has withdrawn from "
       "the disputed area.",
       ""},
      {"ETH",
       "Rather than resort to force, Ethiopia has chosen to engage in dialogue with all its "
       "neighbours.",
       ""},
      {"COD",
       "According to the Group of Experts, Rwanda has cooperated with the investigation into "
       "the massacre.",
       ""},
      {"SDN",
       "Not content with hosting refugees, South Sudan has also provided them with land to "
       "cultivate.",
       ""},
      {"USA", "The Venezuelan people, having suffered for years, deserve free and fair elections.",
       ""},
      {"GBR", "It is deeply regrettable that the Council has once again failed to act on Syria.",
       ""},
      {"FRA", "It is not yet clear whether the Syrian regime bears responsibility for this attack.",
       ""},
      {"USA",
       "Let us be clear: the aircraft was shot down over eastern Ukraine, and the "
       "investigation must establish by whom.",
       ""},
      {"CAN",
       "The people of Myanmar, who have suffered so much since the coup, deserve our "
       "support.",
       ""},
      {"GBR",
       "Iran, through its Foreign Minister, has expressed its readiness to resume the "
       "negotiations.",
       ""},
  });
}

// The progressive of wrongs whose participle after "be" is a passive ("is
// deporting", not "were deported").
TEST(StanceCriticismParaphrase, ProgressivePositives) {
  RunTable({
      {"UKR", "Russia is deporting Ukrainian children to its territory.", "RUS"},
      {"FRA", "Iran is expelling the inspectors of the Agency.", "IRN"},
      {"ARM", "Azerbaijan is blockading the only road to Armenia.", "AZE"},
      {"USA", "The Syrian regime is besieging Madaya and starving its people.", "SYR"},
      {"PSE", "Israel is demolishing Palestinian homes in East Jerusalem.", "ISR"},
      {"UKR", "Russia is destroying our cities one by one.", "RUS"},
      {"ARM", "Azerbaijan is depriving thousands of people of food and medicine.", "AZE"},
      {"GBR", "Russia is confiscating Ukrainian land and property in the occupied areas.", "RUS"},
      {"CAN", "Belarus is silencing the independent press.", "BLR"},
      {"FRA", "The military junta in Myanmar has bombed villages and schools.", "MMR"},
      {"GBR", "Russian forces have destroyed hospitals and schools in Mariupol.", "RUS"},
      {"AZE", "Armenia expelled the entire Azerbaijani population of the region.", "ARM"},
  });
}

// NEGATIVES with the same verbs: no state does it, or the state suffers it.
TEST(StanceCriticismParaphrase, ProgressiveNegatives) {
  RunTable({
      {"FRA", "The earthquake destroyed entire towns in Turkey and Syria.", ""},
      {"GBR", "The floods deprived thousands of people of shelter in Libya.", ""},
      {"USA", "Ukrainian cities are being destroyed every day.", ""},
      {"CHN", "Ukraine is burning, and the Council must act.", ""},
      {"IND", "The besieging forces withdrew from the town last week.", ""},
      {"BRA", "Palestinian families are being expelled from their homes.", ""},
      {"KEN", "Syria has destroyed its declared chemical weapons stockpile.", ""},
      {"NOR", "Armenian refugees were deprived of their property.", ""},
      {"MEX", "Russian diplomats were expelled from several European capitals.", ""},
      {"CHE", "Terrorists are destroying the cultural heritage of Mali.", ""},
      {"IRL", "Drought is depriving millions of Somalis of food.", ""},
      {"GHA", "Gangs are besieging neighbourhoods of Port-au-Prince.", ""},
  });
}

// "according to": a body or a source of evidence is the speaker's ground;
// a state or its representative holds its own report; hearsay, nobody.
TEST(StanceCriticismParaphrase, AccordingToPositives) {
  RunTable({
      {"COD", "According to the Group of Experts, Rwanda has armed and financed the rebels.",
       "RWA"},
      {"FRA", "According to the OPCW, Syria used sarin in Khan Shaykhun.", "SYR"},
      {"UKR",
       "According to our intelligence data, Russian special services have infiltrated the "
       "eastern regions to destabilize the situation.",
       "RUS"},
      {"GBR", "According to the investigators, Russia has fabricated the evidence.", "RUS"},
      {"USA", "According to the Panel of Experts, the DPRK has evaded sanctions.", "PRK"},
  });
}

TEST(StanceCriticismParaphrase, AccordingToNegatives) {
  RunTable({
      {"CHN", "According to reports, Rwanda has armed the rebels.", ""},
      {"GBR", "According to the Russian representative, Ukraine has shelled the plant.", ""},
      {"IND", "According to Azerbaijan, Armenia has violated the ceasefire.", ""},
      {"BRA", "According to some media, Iran has supplied drones to the Houthis.", ""},
      {"ZAF", "According to Eritrea, Ethiopia continues to occupy its territory.", ""},
  });
}

// A third round: rarer verbs of blame (torpedo, scuttle, hijack, jam,
// amass troops, encroach, intrude ...).
TEST(StanceCriticismParaphrase, RarerVerbsPositives) {
  RunTable({
      {"UKR", "Russia has torpedoed every peace initiative.", "RUS"},
      {"FRA", "Iran has derailed the negotiations in Vienna.", "IRN"},
      {"GBR", "Russia has scuttled the grain deal.", "RUS"},
      {"USA", "Syria continues to impede humanitarian access.", "SYR"},
      {"JPN", "North Korea is jeopardizing the security of the entire region.", "PRK"},
      {"GBR", "Russia has endangered the safety of the Zaporizhzhia plant.", "RUS"},
      {"FRA", "Iran has exacerbated the conflict in Yemen.", "IRN"},
      {"ARM", "Azerbaijan has inflamed tensions along the border.", "AZE"},
      {"PSE", "Israel continues to entrench its occupation.", "ISR"},
      {"PSE", "Israel is colonizing the West Bank.", "ISR"},
      {"USA", "Russia has poisoned opposition figures with nerve agents.", "RUS"},
      {"GBR", "Russia has hacked the computer systems of the OPCW.", "RUS"},
      {"USA", "Iran has hijacked commercial vessels in the Gulf.", "IRN"},
      {"FRA", "Russia has interfered in elections across Europe.", "RUS"},
      {"LTU", "Russia has jammed GPS signals over the Baltic.", "RUS"},
      {"UKR", "Russia has stolen Ukrainian grain and exported it.", "RUS"},
      {"USA", "Russia has amassed troops on the border of Ukraine.", "RUS"},
      {"GBR", "Russia is concentrating troops near the Ukrainian border.", "RUS"},
      {"FRA", "Russia has brandished its nuclear arsenal.", "RUS"},
      {"GBR", "Myanmar has disenfranchised the Rohingya.", "MMR"},
      {"CAN", "Iran has plundered the wealth of its own people.", "IRN"},
      {"USA", "Venezuela has extorted businesses and jailed their owners.", "VEN"},
      {"FRA", "Russia has encroached on the sovereignty of Moldova.", "RUS"},
      {"UKR", "Russia has kidnapped the mayor of Melitopol.", "RUS"},
      {"GBR", "Russia has assassinated dissidents on foreign soil.", "RUS"},
      {"USA", "China has intimidated its neighbours in the South China Sea.", "CHN"},
      {"PHL", "China has harassed our fishermen and rammed our vessels.", "CHN"},
      {"JPN", "China has intruded into our territorial waters.", "CHN"},
      {"USA", "Iran has attacked tankers in the Gulf of Oman.", "IRN"},
      {"SAU", "Iran has launched drones against Saudi oil facilities.", "IRN"},
      {"ISR", "Hizbullah, armed by Iran, fires rockets at our towns.", "IRN"},
      {"KOR", "North Korea has blown up the liaison office.", "PRK"},
      {"USA", "North Korea has stolen hundreds of millions of dollars in cryptocurrency.", "PRK"},
      {"GBR", "Russia has manipulated the energy market.", "RUS"},
      {"FRA", "Russia has spread lies about biological laboratories in Ukraine.", "RUS"},
      {"USA", "Russia has abused its position as a permanent member.", "RUS"},
  });
}

// NEGATIVES with the same verbs: no state does it, a harm is blocked, the
// object is nobody, or the state suffers it.
TEST(StanceCriticismParaphrase, RarerVerbsNegatives) {
  RunTable({
      {"CHN", "Nobody should torpedo the peace process.", ""},
      {"BRA", "The talks were derailed by the escalation.", ""},
      {"IND", "Extremists have hijacked the protest movement.", ""},
      {"KEN", "The storm endangered the lives of thousands.", ""},
      {"MEX", "Climate change has exacerbated the conflict in the Sahel.", ""},
      {"NOR", "Floods have inflamed tensions between herders and farmers.", ""},
      {"CHE", "The ship was hijacked by pirates off Somalia.", ""},
      {"IRL", "Landmines have been planted along the road by unknown actors.", ""},
      {"GHA", "Russia has concentrated its efforts on diplomacy.", ""},
      {"ECU", "China has encroached on no one.", ""},
      {"ALB", "Iran has amassed a large stock of grain for the winter.", ""},
      {"MLT", "Ukraine has mined its own coast to defend itself.", ""},
      {"ZAF", "Venezuela's oil wealth has been plundered by corrupt elites.", ""},
      {"KAZ", "Georgia has thwarted an attempted coup.", ""},
      {"IDN", "Azerbaijan's diplomats have worked to defuse tensions.", ""},
      {"CHN", "The Ukrainian grain was exported through the corridor.", ""},
      {"IND", "Japan has intruded on nobody's waters.", ""},
      {"BRA", "Iran's tankers were attacked in the Red Sea.", ""},
      {"KEN", "Israel's towns were hit by rockets fired from Lebanon.", ""},
  });
}

// A fourth round: actor forms (a leader's war, "the Putin regime", "the
// Iranian side", capitals' proxies, occupiers and invaders) and nominal
// blame.
TEST(StanceCriticismParaphrase, ActorFormsMorePositives) {
  RunTable({
      {"UKR", "Putin's war has killed tens of thousands.", "RUS"},
      {"GBR", "The Kremlin's war of choice has devastated Ukraine.", "RUS"},
      {"USA", "The Putin regime has crushed all dissent.", "RUS"},
      {"LTU", "The Lukashenko regime has turned Belarus into a launch pad for aggression.", "BLR"},
      {"USA", "Beijing has militarized the South China Sea.", "CHN"},
      {"TWN", "Beijing continues to intimidate its neighbours with military drills.", "CHN"},
      {"SAU", "Tehran's proxies have attacked shipping in the Red Sea.", "IRN"},
      {"USA", "Pyongyang's reckless provocations must stop.", "PRK"},
      {"FRA", "The Iranian side has breached its commitments.", "IRN"},
      {"AZE", "The Armenian side has violated the ceasefire once again.", "ARM"},
      {"ARM", "The Azerbaijani side opened fire on our positions.", "AZE"},
      {"GBR", "The Russian Federation's war machine continues to target civilians.", "RUS"},
      {"UKR", "The Russian occupiers have looted museums in Kherson.", "RUS"},
      {"UKR", "Russian invaders have tortured civilians in Bucha.", "RUS"},
      {"PSE", "Israeli settlers, protected by the occupying army, have attacked our villages.",
       "ISR"},
      {"USA", "Iranian-backed militias have attacked our forces in Iraq.", "IRN"},
      {"GBR", "Russian mercenaries of the Wagner Group have committed atrocities in Mali.", "RUS"},
      {"FRA", "Moscow's mercenaries have plundered the Central African Republic.", "RUS"},
      {"USA", "Russia's actions in Ukraine amount to genocide.", "RUS"},
      {"UKR", "Russia's so-called referendums are a travesty.", "RUS"},
      {"GBR", "Russia's brazen disregard for the Charter is unacceptable.", "RUS"},
      {"FRA", "The DPRK's nuclear blackmail is unacceptable.", "PRK"},
      {"USA", "China's aggressive behaviour in the Taiwan Strait is destabilizing.", "CHN"},
      {"GEO", "Russia's creeping occupation continues.", "RUS"},
      {"USA", "Iran's destabilizing activities threaten the region.", "IRN"},
      {"FRA", "Syria's chemical weapons programme violates the Convention.", "SYR"},
      {"UKR", "Russia's nuclear threats are unacceptable.", "RUS"},
      {"USA", "Venezuela's sham elections fooled no one.", "VEN"},
      {"PSE", "Israel's apartheid regime must be dismantled.", "ISR"},
  });
}

// NEGATIVES with the same actor forms and words.
TEST(StanceCriticismParaphrase, ActorFormsMoreNegatives) {
  RunTable({
      {"GBR", "The regime's barrel bombs have killed thousands of Syrians.", ""},
      {"CHN", "Putin's visit to Beijing was productive.", ""},
      {"IND", "The Kremlin has announced new talks.", ""},
      {"BRA", "Beijing hosted the summit of the BRICS.", ""},
      {"ZAF", "Tehran has welcomed the agreement.", ""},
      {"KEN", "The Iranian side has presented new proposals.", ""},
      {"MEX", "The Armenian side has agreed to the talks.", ""},
      {"NOR", "Russian speakers in Estonia have their own schools.", ""},
      {"CHE", "The Russian Federation's delegation has asked for the floor.", ""},
      {"IRL", "Pyongyang's residents face food shortages.", ""},
      {"GHA", "Putin's remarks were widely reported.", ""},
      {"FRA", "The earthquake devastated Turkey and Syria.", ""},
      {"GBR", "We are devastated by the news from Ukraine.", ""},
      {"USA", "The Armenian genocide was committed in 1915.", ""},
      {"CHN", "Rwanda suffered a genocide in 1994.", ""},
      {"IND", "The police crushed the protests in Georgia, according to reports.", ""},
      {"BRA", "The Genocide Convention binds every State, including Myanmar.", ""},
      {"KEN",
       "The Ukrainian army crushed the last resistance in the town, the Russian representative "
       "said.",
       ""},
  });
}

// Known gaps: the expectations written first that the rules do not meet
// (what they give today in the comment); a rule that meets one moves it
// back to its table above.
TEST(StanceCriticismParaphrase, DISABLED_KnownGaps) {
  RunTable({
      // today: "" (thwart is no cue: its object is mostly a harm blocked,
      // "in order to thwart any attempt to destabilize")
      {"ETH", "Eritrea has thwarted every effort at reconciliation.", "ERI"},
      // today: ""
      {"UKR", "Russia has mined the Black Sea.", "RUS"},
      // today: "" (divert is no cue: an entry with aid as its object word
      // did not match here)
      {"USA", "The Syrian regime has diverted humanitarian aid to its supporters.", "SYR"},
      // today: ""
      {"GEO", "Russia is creeping further into Georgian territory every year.", "RUS"},
      // today: "PRK"
      {"GAB", "North Korea has stolen the show at the games.", ""},
      // today: ""
      {"FRA",
       "Despite the repeated appeals of this Council, Iran has continued to enrich uranium far "
       "beyond the limits set by the agreement and has obstructed the inspectors.",
       "IRN"},
      // today: ""
      {"GEO",
       "Moreover, the Russian Federation continues to install barbed wire fences and other "
       "artificial barriers along the occupation line.",
       "RUS"},
      // today: ""
      {"ARM",
       "For nine months now, Azerbaijan has kept the Lachin corridor closed, depriving 120,000 "
       "people of food and medicine.",
       "AZE"},
      // today: ""
      {"COD",
       "According to the Group of Experts, Rwanda has not only supported the M23 but has also "
       "deployed its own troops on Congolese soil.",
       "RWA"},
      // today: ""
      {"CAN",
       "The military junta in Myanmar, which seized power in a coup, continues to bomb villages "
       "and schools.",
       "MMR"},
      // today: ""
      {"YEM", "The militias are supplied with missiles by Iran.", "IRN"},
      // today: ""
      {"FRA", "Iran persists in enriching uranium beyond the agreed limits.", "IRN"},
      // today: ""
      {"GEO", "Russia has never stopped violating the ceasefire agreement of 2008.", "RUS"},
      // today: ""
      {"FRA", "Myanmar's military keeps attacking villages from the air.", "MMR"},
      // today: ""
      {"GEO", "Russia has moved the occupation line deeper into Georgian territory.", "RUS"},
      // today: ""
      {"USA", "Iran's enrichment of uranium to sixty per cent has no civilian justification.",
       "IRN"},
      // today: "RUS; SYR" (the sponsorship sieve names the state whose
      // support the clause names, as docs/STANCES.md says; this row counted
      // the main doer only)
      {"GBR", "Syria, with Russian support, has bombarded Idlib.", "SYR"},
      // today: ""
      {"USA", "Iran has supplied drones to Russia for use against Ukraine.", "IRN"},
      // today: ""
      {"SYR", "Israel has struck targets in Syria repeatedly.", "ISR"},
      // today: ""
      {"GEO", "Russia has recognized the occupied regions of Georgia.", "RUS"},
      // today: "RUS"
      {"UKR", "Belarus has allowed Russia to attack Ukraine from its territory.", "BLR"},
      // today: "RUS" (a speaker's "must not" is a call against its
      // predicate, whose object, the victim, keeps the link)
      {"CHN", "We must not demonize Russia or any other country.", ""},
      // today: "IRN"
      {"IND", "No one should vilify Iran for defending itself.", ""},
  });
}

}  // namespace
}  // namespace caucus
