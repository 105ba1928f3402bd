// Criticism of states in Security Council and UN debate (issue #13), probes
// written to generalise beyond the two UNSCon development meetings. A third
// set after probe_test and probe2_test, weighted to NEGATIVES: a state as
// the victim or the scene, thanked, praised or supported, named neutrally, in
// another delegation's words, a question, a hypothetical or a denial, a
// resolution quoted, a non-state doer near a state, a host or mediator, a
// historical reference, the speaker's own state. The positives: conditional
// threats with a pronoun, doers named inside a group, "the aggressor" after a
// named state, pronouns across sentences, demands, verbs of accusation,
// evaluations, so-called and self-proclaimed, rhetorical questions, replies.
// Sentences written for these tests; every expectation was written before
// the rules ran on its sentence. Only the states criticised are compared
// (the UNSCon benchmark scores states per sentence, not acts).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stance_test_util.h"

namespace caucus {
namespace {

// The entities the entities layer finds in these sentences (every
// occurrence at word boundaries, longest first).
const stance_test::E kProbe3Entities[] = {
    {"Organization for Security and Cooperation in Europe", "body", "OSCE", "", "alias"},
    {"Democratic Republic of the Congo", "government", "COD", "", "name"},
    {"Central African Republic", "government", "CAF", "", "name"},
    {"Armenian population", "group", "people-ARM", "", "people"},
    {"Russian Federation", "government", "RUS", "", "name"},
    {"Ukrainian children", "group", "people-UKR", "", "people"},
    {"Republic of Korea", "government", "KOR", "", "name"},
    {"Sudanese refugees", "group", "people-SDN", "", "people"},
    {"smaller countries", "group", "small-states", "", "alias"},
    {"French nationals", "group", "people-FRA", "", "people"},
    {"Ukrainian people", "group", "people-UKR", "", "people"},
    {"President Putin", "person", "vladimir-putin", "RUS", "alias"},
    {"Syrian children", "group", "people-SYR", "", "people"},
    {"Syrian refugees", "group", "people-SYR", "", "people"},
    {"European Union", "body", "EU", "", "name"},
    {"Sudanese women", "group", "people-SDN", "", "people"},
    {"United Kingdom", "government", "GBR", "", "alias"},
    {"United Nations", "body", "UN", "", "name"},
    {"disinformation", "topic", "misinformation", "", "alias"},
    {"African Union", "body", "AU", "", "name"},
    {"United States", "government", "USA", "", "alias"},
    {"Saudi Arabia", "government", "SAU", "", "name"},
    {"Soviet Union", "government", "SUN", "", "name"},
    {"global South", "group", "developing-countries", "", "alias"},
    {"human rights", "topic", "human-rights-online", "", "alias"},
    {"Australians", "group", "people-AUS", "", "people"},
    {"Netherlands", "government", "NLD", "", "name"},
    {"Palestinian", "government", "PSE", "", "demonym"},
    {"Switzerland", "government", "CHE", "", "name"},
    {"Australian", "government", "AUS", "", "demonym"},
    {"Azerbaijan", "government", "AZE", "", "name"},
    {"Belarusian", "government", "BLR", "", "demonym"},
    {"Kazakhstan", "government", "KAZ", "", "name"},
    {"Australia", "government", "AUS", "", "name"},
    {"Lithuania", "government", "LTU", "", "name"},
    {"Malaysian", "government", "MYS", "", "demonym"},
    {"Ukrainian", "government", "UKR", "", "demonym"},
    {"Eritrean", "government", "ERI", "", "demonym"},
    {"Malaysia", "government", "MYS", "", "name"},
    {"Sudanese", "government", "SDN", "", "demonym"},
    {"Armenia", "government", "ARM", "", "name"},
    {"Belarus", "government", "BLR", "", "name"},
    {"Britain", "government", "GBR", "", "alias"},
    {"British", "government", "GBR", "", "demonym"},
    {"Chinese", "government", "CHN", "", "demonym"},
    {"Georgia", "government", "GEO", "", "name"},
    {"Germany", "government", "DEU", "", "name"},
    {"Iranian", "government", "IRN", "", "demonym"},
    {"Israeli", "government", "ISR", "", "demonym"},
    {"Kremlin", "body", "Kremlin", "RUS", "alias"},
    {"Lebanon", "government", "LBN", "", "name"},
    {"Moldova", "government", "MDA", "", "alias"},
    {"Myanmar", "government", "MMR", "", "name"},
    {"Nigeria", "government", "NGA", "", "name"},
    {"Russian", "government", "RUS", "", "demonym"},
    {"Syrians", "group", "people-SYR", "", "people"},
    {"Ukraine", "government", "UKR", "", "name"},
    {"Brazil", "government", "BRA", "", "name"},
    {"Europe", "body", "EU", "", "weak"},
    {"France", "government", "FRA", "", "name"},
    {"French", "government", "FRA", "", "demonym"},
    {"Israel", "government", "ISR", "", "name"},
    {"Jordan", "government", "JOR", "", "name"},
    {"Kosovo", "government", "XKX", "", "name"},
    {"Russia", "government", "RUS", "", "alias"},
    {"Rwanda", "government", "RWA", "", "name"},
    {"Serbia", "government", "SRB", "", "name"},
    {"Somali", "government", "SOM", "", "demonym"},
    {"Syrian", "government", "SYR", "", "demonym"},
    {"Turkey", "government", "TUR", "", "alias"},
    {"Assad", "person", "bashar-al-assad", "SYR", "weak"},
    {"China", "government", "CHN", "", "name"},
    {"Egypt", "government", "EGY", "", "name"},
    {"Haiti", "government", "HTI", "", "name"},
    {"India", "government", "IND", "", "name"},
    {"Italy", "government", "ITA", "", "name"},
    {"Japan", "government", "JPN", "", "name"},
    {"Kenya", "government", "KEN", "", "name"},
    {"Libya", "government", "LBY", "", "name"},
    {"Qatar", "government", "QAT", "", "name"},
    {"Syria", "government", "SYR", "", "alias"},
    {"Yemen", "government", "YEM", "", "name"},
    {"Chad", "government", "TCD", "", "name"},
    {"Cuba", "government", "CUB", "", "name"},
    {"DPRK", "government", "PRK", "", "alias"},
    {"IAEA", "body", "IAEA", "", "alias"},
    {"Iran", "government", "IRN", "", "name"},
    {"Iraq", "government", "IRQ", "", "name"},
    {"NATO", "body", "NATO", "", "alias"},
    {"OPCW", "body", "OPCW", "", "alias"},
    {"OSCE", "body", "OSCE", "", "alias"},
};

using Case = stance_test::ProbeCase;

std::string CriticisedStates(const std::string& speaker, const std::string& text) {
  return stance_test::CriticisedStates(kProbe3Entities, speaker, text);
}

void RunTable(const std::vector<Case>& cases) {
  stance_test::RunStatesTable(kProbe3Entities, cases);
}

// A state as the victim or the scene of a wrong is never criticised.
TEST(StanceCriticismProbe3, VictimsAreNoDoers) {
  RunTable({
      {"GBR", "We stand with Ukraine in the face of the aggression against it.", ""},
      {"GBR", "The aggression against Ukraine has caused immense suffering.", ""},
      {"FRA",
       "We reaffirm our support for the territorial integrity of Georgia within its "
       "internationally recognized borders.",
       ""},
      {"USA", "The occupied territories of Georgia remain closed to international monitors.", ""},
      {"GBR", "Attacks on Syrian civilians must stop.", ""},
      {"FRA",
       "Hospitals in Aleppo have been bombed again, and Syrian children are paying the price.", ""},
      {"USA", "Ukrainian cities have been shelled night after night.", ""},
      {"GBR", "The people of Ukraine have suffered enough from this war.", ""},
      {"EST", "Ukrainian grain exports were blocked for months.", ""},
      {"NOR", "More than a million Sudanese refugees have fled to Chad.", ""},
      {"FRA", "Israeli hostages held in Gaza must be released.", ""},
      {"USA", "The Ukrainian ports of Odesa and Mykolaiv were struck by missiles overnight.", ""},
      {"CHN", "Civilians in Lebanon have been caught in the crossfire.", ""},
      {"POL", "Ukraine is defending itself against an unprovoked war.", ""},
      {"LTU", "Georgia has suffered the occupation of twenty per cent of its territory since 2008.",
       ""},
      {"USA", "Ukraine has every right to defend itself under Article 51 of the Charter.", ""},
      {"FRA", "Sudanese women have been subjected to horrific sexual violence.", ""},
      {"GBR", "The Armenian population of Nagorno-Karabakh fled in a matter of days.", ""},
      {"GBR", "We salute the resilience of the Ukrainian people in the face of brutal attacks.",
       ""},
      {"USA", "The war against Ukraine has driven up food prices across Africa.", ""},
      {"FRA", "The destruction of Ukrainian infrastructure has left millions without heating.", ""},
  });
}

// Thanks, praise, welcome and support of a state criticise nobody.
TEST(StanceCriticismProbe3, PraiseAndThanks) {
  RunTable({
      {"USA", "We thank Qatar and Egypt for their tireless mediation.", ""},
      {"GBR", "We welcome Ukraine's readiness to engage in dialogue.", ""},
      {"FRA", "We commend Jordan for hosting so many Syrian refugees.", ""},
      {"RUS", "We appreciate China's balanced and constructive position.", ""},
      {"USA", "I wish to pay tribute to Kenya for its leadership of the mission.", ""},
      {"CHN", "We welcome the agreement reached between Iran and Saudi Arabia.", ""},
      {"JPN", "We are grateful to Turkey for facilitating the grain initiative.", ""},
      {"BRA", "Brazil welcomes the ceasefire announced by Azerbaijan and Armenia.", ""},
      {"GBR", "We support Ukraine's sovereignty, independence and territorial integrity.", ""},
      {"FRA", "France remains committed to the sovereignty of Lebanon.", ""},
      {"CHN", "China respects the sovereignty and territorial integrity of Syria.", ""},
      {"USA", "We stand firmly with the people of Ukraine as they defend their homeland.", ""},
      {"USA", "Ukraine's brave defenders have shown extraordinary courage.", ""},
      {"USA",
       "The United States and its allies will continue to provide Ukraine with the assistance it "
       "needs.",
       ""},
      {"RUS", "Russia and China have consistently called for a political settlement.", ""},
      {"GBR", "We call on Ukraine and its partners to continue cooperating with the IAEA.", ""},
      {"USA", "We encourage Kosovo and Serbia to continue the dialogue.", ""},
  });
}

// A state named neutrally: a situation, a crisis, its concerns, its delegation, its vote.
TEST(StanceCriticismProbe3, NeutralMentions) {
  RunTable({
      {"BRA", "The situation in Ukraine continues to deteriorate.", ""},
      {"IND", "The Ukrainian crisis has affected food and fuel prices across the global South.",
       ""},
      {"CHN", "Russia's legitimate security concerns should be taken seriously.", ""},
      {"KEN", "I thank the delegation of the Russian Federation for convening this meeting.", ""},
      {"MEX", "I now give the floor to the representative of Ukraine.", ""},
      {"BRA", "The crisis in Syria has lasted for more than a decade.", ""},
      {"IND", "Both Russia and Ukraine are important partners for India.", ""},
      {"ZAF",
       "The talks between Russia and Ukraine in Istanbul showed that a negotiated solution is "
       "possible.",
       ""},
      {"CHN", "The Iranian nuclear issue should be resolved through dialogue.", ""},
      {"IND", "The concerns expressed by Russia about the expansion of NATO deserve a hearing.",
       ""},
      {"CHN", "The United States and China bear a special responsibility for global stability.",
       ""},
      {"BRA",
       "Russia, as a permanent member, has a special responsibility for the maintenance of peace.",
       ""},
      {"GHA", "The Russian Federation voted against the draft resolution.", ""},
      {"CHN", "Some countries have politicized humanitarian issues.", ""},
      {"IND", "We call on all parties, including Russia and Ukraine, to exercise restraint.", ""},
      {"BRA",
       "Both Armenia and Azerbaijan should refrain from any action that could escalate tensions.",
       ""},
      {"CHN", "We call on Israel and Hamas to agree to an immediate ceasefire.", ""},
      {"IND", "India has abstained in the vote on the draft resolution.", ""},
  });
}

// Another delegation's words or claims, and a resolution quoted, are not the speaker's.
TEST(StanceCriticismProbe3, OthersWordsAndClaims) {
  RunTable({
      {"USA", "Russia claims that Ukraine has been shelling its own cities.", ""},
      {"GBR", "The Russian representative said that Ukraine had violated the ceasefire.", ""},
      {"CHN", "According to the Syrian Government, terrorists used chemical weapons in Idlib.", ""},
      {"FRA", "Moscow alleges that Kyiv is preparing a provocation.", ""},
      {"IND", "Some delegations have accused Iran of supplying drones.", ""},
      {"USA", "The Iranian delegation told the Council that Israel had attacked its embassy.", ""},
      {"GBR", "The Russian representative spoke of Ukrainian provocations.", ""},
      {"USA", "The Foreign Minister of Russia called the sanctions illegal.", ""},
      {"FRA", "The Syrian delegation blamed Israel for the strike on Damascus.", ""},
      {"FRA",
       "The Secretary-General has said that the attack on the hospital in Kyiv may amount to a war "
       "crime.",
       ""},
      {"GBR",
       "Resolution 2231 calls upon Iran not to undertake any activity related to ballistic "
       "missiles.",
       ""},
      {"USA",
       "Resolution 242 calls for the withdrawal of Israeli armed forces from territories occupied "
       "in the conflict.",
       ""},
      {"GBR", "The resolution demands that all parties cease hostilities.", ""},
  });
}

// Questions, hypotheticals and denials assert no wrong.
TEST(StanceCriticismProbe3, QuestionsHypotheticalsDenials) {
  RunTable({
      {"BRA", "Has the ceasefire been violated by Armenia or by Azerbaijan?", ""},
      {"CHN", "Did the Syrian Government use chemical weapons in Douma?", ""},
      {"IND", "Will Russia and Ukraine return to the negotiating table?", ""},
      {"USA", "If Iran were to enrich uranium to weapons grade, it would violate its commitments.",
       ""},
      {"FRA", "Any attack on the Zaporizhzhia plant, by whomever, would be a catastrophe.", ""},
      {"GBR", "Were the DPRK to conduct a seventh nuclear test, the Council would have to respond.",
       ""},
      {"JPN", "Should any party violate the truce, the mission will report it to the Council.", ""},
      {"RUS", "Russia has never attacked civilian infrastructure.", ""},
      {"CHN", "It is not true that China is supplying weapons to Russia.", ""},
      {"IRN", "Iran has not transferred any drones to Russia.", ""},
      {"USA", "There is no evidence that Ukraine shelled the plant.", ""},
      {"GBR", "We do not believe that Georgia provoked the conflict.", ""},
      {"FRA", "Whether Russia will honour the agreement remains to be seen.", ""},
  });
}

// A wrong done by a non-state group near a state's name criticises no state.
TEST(StanceCriticismProbe3, NonStateDoers) {
  RunTable({
      {"FRA", "We condemn the terrorist attack carried out by ISIL in Syria.", ""},
      {"RUS", "Terrorists in Idlib continue to shell Syrian army positions.", ""},
      {"USA", "Al-Shabaab continues to attack Somali civilians and African Union troops.", ""},
      {"GBR", "The Houthis have attacked commercial vessels off the coast of Yemen.", ""},
      {"FRA",
       "We condemn the attack by the M23 on the town of Sake in the Democratic Republic of the "
       "Congo.",
       ""},
      {"CHN", "Da'esh remains a threat in Iraq and Syria.", ""},
      {"KEN", "Boko Haram has abducted hundreds of girls in Nigeria.", ""},
      {"USA", "Hamas brutally attacked Israel on 7 October.", ""},
      {"GBR", "Criminal gangs in Haiti continue to terrorize the population.", ""},
  });
}

// Hosts and mediators, history, and the speaker's own state.
TEST(StanceCriticismProbe3, HostsHistoryAndSelf) {
  RunTable({
      {"USA", "We are grateful that Egypt hosted the talks in Sharm el-Sheikh.", ""},
      {"FRA", "The negotiations mediated by Qatar led to the release of several hostages.", ""},
      {"CHN", "Kazakhstan hosted the Astana talks on Syria.", ""},
      {"GBR", "The conference in Switzerland brought together more than ninety States.", ""},
      {"NOR", "Turkey and the United Nations brokered the Black Sea Grain Initiative.", ""},
      {"RUS", "In 1945, the Soviet Union and the United States fought together against fascism.",
       ""},
      {"FRA", "Germany and France, once enemies, built a lasting peace.", ""},
      {"USA", "The Marshall Plan helped rebuild Germany and Italy after the war.", ""},
      {"USA", "We acknowledge that the United States has made mistakes in the region.", ""},
      {"GBR", "The United Kingdom must do more to support refugees.", ""},
      {"DEU", "Germany recognizes its historical responsibility for the crimes of the past.", ""},
  });
}

// Threats under a condition, the state named or a pronoun for it.
TEST(StanceCriticismProbe3, ConditionalThreats) {
  RunTable({
      {"GBR",
       "Iran must return to full compliance. Should it fail to do so, we will not hesitate to act.",
       "IRN"},
      {"USA",
       "Russia has been warned. If it continues to attack the power grid, it will face further "
       "isolation.",
       "RUS"},
      {"GBR", "Should Moscow refuse to withdraw, further sanctions will follow.", "RUS"},
  });
}

// A state named inside a group or alliance that does the wrong.
TEST(StanceCriticismProbe3, DoersInGroups) {
  RunTable({
      {"RUS", "NATO countries, led by Washington, pump weapons into Ukraine.", "USA"},
      {"CHN",
       "Certain countries, the United States first among them, have imposed illegal unilateral "
       "sanctions on Syria.",
       "USA"},
  });
}

// "The aggressor" after a state named in the sentence before.
TEST(StanceCriticismProbe3, AggressorAnaphora) {
  RunTable({
      {"UKR",
       "Russia launched ninety missiles at our cities last night. The aggressor state continues "
       "its campaign of terror.",
       "RUS"},
      {"GEO",
       "The Russian Federation still occupies two regions of Georgia. The occupying Power ignores "
       "all its commitments.",
       "RUS"},
      {"AZE",
       "Armenia has planted mines across our territory. The aggressor must be held accountable.",
       "ARM"},
      {"UKR", "Russian forces shelled Kherson again. The aggressor knows no limits.", "RUS"},
  });
}

// A pronoun in a second sentence for the state named in the first.
TEST(StanceCriticismProbe3, PronounChains) {
  RunTable({
      {"GBR",
       "Let me turn to the DPRK. It has launched more than thirty ballistic missiles this year in "
       "violation of Council resolutions.",
       "PRK"},
      {"USA",
       "Iran is the main sponsor of the Houthis. It has supplied them with missiles and drones.",
       "IRN"},
      {"FRA", "Russia promised to respect the grain corridor. It then bombed the port of Odesa.",
       "RUS"},
      {"POL",
       "We have heard the Russian representative. His country has invaded a neighbour and now "
       "lectures us on international law.",
       "RUS"},
  });
}

// Demands on a state, named in the sentence or before.
TEST(StanceCriticismProbe3, DemandsOnAddressees) {
  RunTable({
      {"USA", "Russia must end this war. It must withdraw its forces.", "RUS"},
      {"UKR",
       "We demand that the Russian Federation immediately cease its attacks on our energy "
       "infrastructure.",
       "RUS"},
      {"JPN",
       "The DPRK must immediately abandon all its nuclear weapons and existing nuclear programmes.",
       "PRK"},
      {"USA", "We urge Rwanda to withdraw its troops and to end its support for the M23.", "RWA"},
      {"FRA", "Israel must stop the expansion of settlements in the West Bank.", "ISR"},
      {"CHN", "We urge the United States to lift its illegal blockade against Cuba.", "USA"},
  });
}

// Verbs of accusation of many kinds.
TEST(StanceCriticismProbe3, AccusationVerbs) {
  RunTable({
      {"GBR", "Russia has deliberately targeted Ukraine's energy grid ahead of the winter.", "RUS"},
      {"USA", "The Iranian regime has executed dozens of protesters after sham trials.", "IRN"},
      {"FRA", "Syria has obstructed the work of the OPCW inspectors for years.", "SYR"},
      {"GBR", "The DPRK has flouted Council resolutions with impunity.", "PRK"},
      {"USA", "Russia has weaponized food and energy.", "RUS"},
      {"CHN", "The United States has trampled on the sovereignty of other countries.", "USA"},
      {"RUS", "The Kyiv regime has been shelling residential areas of Donetsk.", "UKR"},
      {"UKR", "Russia has abducted thousands of Ukrainian children.", "RUS"},
      {"ARM", "Azerbaijan has blockaded the Lachin corridor for nine months.", "AZE"},
      {"USA", "The Sudanese Armed Forces have blocked humanitarian convoys to Darfur.", "SDN"},
      {"GBR", "Eritrean troops have looted homes and killed civilians in Tigray.", "ERI"},
      {"FRA", "Russia has deported Ukrainian civilians to its territory.", "RUS"},
      {"USA", "The Myanmar military has burned villages and displaced hundreds of thousands.",
       "MMR"},
      {"RUS", "The United States has meddled in the internal affairs of dozens of countries.",
       "USA"},
      {"SYR", "Israel has repeatedly violated Syrian airspace.", "ISR"},
      {"IRN", "The United States assassinated a senior Iranian official in Baghdad.", "USA"},
      {"GBR", "Russia has sabotaged every attempt at a negotiated peace.", "RUS"},
      {"POL", "Belarus has orchestrated a migration crisis on our border.", "BLR"},
      {"USA",
       "The DPRK has stolen hundreds of millions of dollars in cryptocurrency to fund its weapons "
       "programmes.",
       "PRK"},
      {"USA", "Moscow has tortured prisoners of war.", "RUS"},
      {"UKR", "Russian occupiers have looted museums in Kherson.", "RUS"},
      {"LTU", "Russia is waging a hybrid war against Europe.", "RUS"},
      {"CHN", "The United States is undermining the international trading system.", "USA"},
      {"RUS", "Britain has incited Kyiv to continue the war.", "GBR"},
      {"GBR", "Russia has lied to this Council repeatedly.", "RUS"},
      {"USA", "Iran is destabilizing the region through its proxies.", "IRN"},
      {"FRA", "The Syrian regime has dropped barrel bombs on Idlib.", "SYR"},
  });
}

// Evaluations, responsibility, and condemnations of a state's conduct.
TEST(StanceCriticismProbe3, EvaluationsAndCondemnations) {
  RunTable({
      {"USA", "Russia's brutal war has killed tens of thousands.", "RUS"},
      {"GBR", "Iran's reckless behaviour threatens shipping in the Red Sea.", "IRN"},
      {"FRA", "The DPRK's provocations are unacceptable.", "PRK"},
      {"CHN", "The hegemonic practices of the United States are deeply harmful.", "USA"},
      {"UKR", "The Russian invasion has brought death and destruction to our land.", "RUS"},
      {"USA", "Russia's nuclear threats are irresponsible.", "RUS"},
      {"GBR", "The complicity of Belarus in this war is clear.", "BLR"},
      {"ALB", "The Russian Federation's attacks on civilians are war crimes.", "RUS"},
      {"IRN", "Israel's occupation of Palestinian land is illegal.", "ISR"},
      {"USA", "Sadly, the DPRK has chosen provocation over diplomacy.", "PRK"},
      {"GBR", "Responsibility for this war lies squarely with the Kremlin.", "RUS"},
      {"FRA", "Russia alone bears responsibility for the suffering of the Ukrainian people.",
       "RUS"},
      {"USA",
       "Unfortunately, Iran continues to expand its nuclear programme without any credible "
       "civilian justification.",
       "IRN"},
      {"CHN", "The United States is the biggest source of instability in the Asia-Pacific.", "USA"},
      {"RUS", "Washington is responsible for the collapse of the arms control architecture.",
       "USA"},
      {"UKR", "Russia is a terrorist state.", "RUS"},
      {"USA", "The Kremlin is lying about its intentions.", "RUS"},
      {"FRA", "Iran's support for Hamas and Hezbollah fuels the conflict.", "IRN"},
      {"GBR",
       "We condemn the DPRK's latest satellite launch, which used ballistic missile technology.",
       "PRK"},
      {"USA", "We condemn in the strongest terms Russia's attacks on Ukrainian ports.", "RUS"},
      {"GBR", "We deplore Iran's continued detention of dual nationals.", "IRN"},
      {"CHN", "We firmly oppose the interference of the United States in China's internal affairs.",
       "USA"},
      {"RUS", "We reject London's attempts to rewrite history.", "GBR"},
      {"FRA", "We denounce the Russian disinformation campaign aimed at Africa.", "RUS"},
      {"USA", "Russia's veto today is shameful.", "RUS"},
  });
}

// So-called, self-proclaimed and staged.
TEST(StanceCriticismProbe3, SarcasmMarkers) {
  RunTable({
      {"UKR",
       "The so-called referendums staged by Russia in the occupied regions are null and void.",
       "RUS"},
      {"GBR", "Russia's so-called special military operation is an unprovoked war of aggression.",
       "RUS"},
      {"USA", "The self-proclaimed authorities installed by Moscow have no legitimacy.", "RUS"},
      {"RUS", "The so-called massacre in Bucha was staged by the Kyiv regime.", "UKR"},
  });
}

// Questions that accuse.
TEST(StanceCriticismProbe3, RhetoricalQuestions) {
  RunTable({
      {"USA", "How many more civilians must Russia kill before this Council acts?", "RUS"},
      {"GBR", "Why does Russia keep attacking grain storage facilities?", "RUS"},
  });
}

// Replies to another delegation's statement.
TEST(StanceCriticismProbe3, RepliesToDelegations) {
  RunTable({
      {"RUS",
       "The distinguished representative of the United States has once again resorted to lies.",
       "USA"},
      {"CHN", "The remarks of the Australian representative are full of prejudice.", "AUS"},
      {"IRN", "The claims made by the Israeli representative are baseless.", "ISR"},
      {"SYR", "The allegations of the French delegation are fabricated.", "FRA"},
      {"RUS", "Our British colleagues are misleading the Council.", "GBR"},
  });
}

// A second batch, written after the first run: the debates on eastern Ukraine
// and a downed airliner; condolences, calls for investigation and access,
// victims, calls on all parties.
TEST(StanceCriticismProbe3, AirlinerAndEasternUkraineNegatives) {
  RunTable({
      {"CHN",
       "China is shocked by the crash of the Malaysian airliner and expresses its condolences to "
       "the families of the victims.",
       ""},
      {"ARG",
       "We call for a full, thorough and independent international investigation into the downing "
       "of the aircraft.",
       ""},
      {"NGA", "Those responsible for this heinous act must be brought to justice.", ""},
      {"RWA", "We call on all parties to grant safe and unhindered access to the crash site.", ""},
      {"CHL", "We express our deepest condolences to the Netherlands, Malaysia and Australia.", ""},
      {"KOR",
       "The downing of the aircraft over eastern Ukraine is a tragedy that shocked the world.", ""},
      {"JOR", "We welcome the unilateral ceasefire declared by the Ukrainian authorities.", ""},
      {"LUX",
       "The International Civil Aviation Organization must be involved in the investigation.", ""},
      {"CHN", "The Ukrainian question should be settled through political means.", ""},
      {"CHD", "We urge the Government of Ukraine and the armed groups to resume dialogue.", ""},
      {"ARG",
       "The principle of non-intervention must be respected by all States, including those in the "
       "region.",
       ""},
      {"NLD", "Our citizens were on board the flight from Amsterdam to Kuala Lumpur.", ""},
      {"AUS", "Twenty-eight Australians were killed when the aircraft was shot down.", ""},
      {"MYS", "Malaysia lost forty-three of its citizens in this tragedy.", ""},
      {"FRA",
       "The Organization for Security and Cooperation in Europe monitors were taken hostage in "
       "Slovyansk.",
       ""},
      {"GBR",
       "The Ukrainian Government has shown remarkable restraint in the face of these provocations.",
       ""},
      {"USA",
       "President Poroshenko has offered a peace plan and an amnesty to those who lay down their "
       "arms.",
       ""},
      {"RUS",
       "Russia supports the call for an international investigation under the auspices of ICAO.",
       ""},
      {"UKR", "Ukraine is ready to cooperate fully with the international investigation.", ""},
      {"LTU", "Lithuania stands in solidarity with the people of the Netherlands.", ""},
      {"RUS",
       "We have repeatedly called on Kyiv to stop the military operation. Today we once again call "
       "for dialogue.",
       "UKR"},
      {"CHN", "The Chinese side has noted the statements made by the parties concerned.", ""},
  });
}

// The same debates: sponsors of armed groups, Kyiv's operation as Moscow speaks
// of it, duties not met, pronouns across sentences.
TEST(StanceCriticismProbe3, AirlinerAndEasternUkrainePositives) {
  RunTable({
      {"USA",
       "The separatists have obstructed access to the crash site and tampered with the evidence. "
       "Russia has armed and trained them.",
       "RUS"},
      {"GBR",
       "Russia must use its influence over the separatists to secure access to the site. Instead "
       "it continues to supply them with heavy weapons.",
       "RUS"},
      {"RUS",
       "The Kyiv authorities bear responsibility for this tragedy, since it happened in their "
       "airspace.",
       "UKR"},
      {"RUS",
       "The Ukrainian army continues its punitive operation against the population of the "
       "south-east.",
       "UKR"},
      {"RUS", "Kyiv uses aviation and heavy artillery against residential areas.", "UKR"},
      {"UKR", "Russia continues to send tanks and fighters across our border.", "RUS"},
      {"GBR", "Russia has done nothing to de-escalate the situation since the Geneva statement.",
       "RUS"},
      {"USA", "Russia has not implemented a single commitment it made in Geneva.", "RUS"},
      {"LTU", "Russia is waging an undeclared war against Ukraine through its proxies.", "RUS"},
      {"AUS", "We demand that Russia stop the flow of weapons and fighters into Ukraine.", "RUS"},
      {"NLD", "Russia must ensure that the separatists cooperate with the investigation.", ""},
      {"UKR", "The Russian side has again ignored our proposals for a ceasefire.", "RUS"},
      {"RUS", "The Kyiv regime has turned its army against its own citizens.", "UKR"},
      {"USA", "Russian propaganda has fuelled the violence in eastern Ukraine.", "RUS"},
      {"FRA", "Moscow has massed tens of thousands of troops on the border.", "RUS"},
  });
}

// A third batch, written while fixing the second's kinds: a capital's de facto
// rulers, forces used against civilians, doers loyal to a state, and near
// misses.
TEST(StanceCriticismProbe3, KyivAsTheDoer) {
  RunTable({
      {"RUS", "Those who seized power in Kyiv have unleashed a war against their own people.",
       "UKR"},
      {"RUS", "The radicals who seized power in Kyiv have banned the Russian language.", "UKR"},
      {"RUS", "We urge those who took power in Kyiv to stop the punitive operation.", "UKR"},
      {"RUS", "The Kyiv regime has turned its army against its own citizens.", "UKR"},
      {"RUS", "Kyiv uses aviation and heavy artillery against residential areas.", "UKR"},
      {"RUS",
       "The Ukrainian armed forces have used heavy weapons and aviation against residential areas.",
       "UKR"},
      {"GBR", "Russia condemned the violence against civilians.", ""},
      {"UKR", "The Ukrainian army defends civilians against attacks by the terrorists.", ""},
      {"USA", "The envoys who came to Kyiv last week met the President.", ""},
      {"FRA", "The people who took to the streets of Kyiv wanted a European future.", ""},
      {"RUS", "We condemn the crimes committed against civilians.", ""},
      {"GBR", "Ukraine protects its citizens against the terrorists.", ""},
      {"UKR", "Armed men loyal to Moscow have seized the buildings.", "RUS"},
      {"UKR", "Militias loyal to Russia continue to shell the city.", "RUS"},
      {"UKR", "The soldiers loyal to the Government have retaken the town.", ""},
      {"RUS", "Separatists loyal to Russia were attacked.", ""},
      {"UKR", "The Russian Federation is directly responsible for the death of our servicemen.",
       "RUS"},
  });
}

// A fourth batch, written before running: spring and summer 2014, the West and
// Ukraine on Russia, Russia on Kyiv and its backers, and the Council's
// even-handed members.
TEST(StanceCriticismProbe3, Spring2014Register) {
  RunTable({
      {"GBR", "Russia has failed to use its influence with the separatists.", "RUS"},
      {"USA", "Russia has not taken a single step to de-escalate the crisis.", "RUS"},
      {"FRA", "Russia's actions have fuelled the conflict in eastern Ukraine.", "RUS"},
      {"USA", "Russia has not lived up to the commitments it made in Geneva.", "RUS"},
      {"LTU", "Russian state media continue to spread lies about the events in Ukraine.", "RUS"},
      {"UKR", "The Russian Federation is directly responsible for the death of our servicemen.",
       "RUS"},
      {"USA", "Russia continues to destabilize eastern Ukraine.", "RUS"},
      {"RUS",
       "The Kyiv authorities have used the army against peaceful protesters in the south-east.",
       "UKR"},
      {"RUS", "Our Western partners have turned a blind eye to the crimes of the radicals in Kyiv.",
       ""},
      {"RUS", "Kyiv has not fulfilled a single provision of the Geneva statement.", "UKR"},
      {"RUS", "The Ukrainian authorities bear full responsibility for the tragedy in Odessa.",
       "UKR"},
      {"UKR", "Russian-backed terrorists continue to shell Ukrainian cities.", "RUS"},
      {"CHN",
       "China calls on all parties to exercise restraint and to resolve their differences through "
       "dialogue.",
       ""},
      {"NGA", "We deplore the loss of life in eastern Ukraine.", ""},
      {"ARG", "We reiterate the principle of the non-use of force in international relations.", ""},
      {"KOR",
       "The Republic of Korea supports the sovereignty, independence and territorial integrity of "
       "Ukraine.",
       ""},
      {"RWA",
       "We call on the Government of Ukraine and the Russian Federation to engage in dialogue.",
       ""},
      {"JOR", "The situation in eastern Ukraine is deteriorating by the day.", ""},
      {"CHL", "We condemn all acts of violence, whoever their perpetrators may be.", ""},
      {"LUX", "The Geneva statement of 17 April remains the basis for de-escalation.", ""},
      {"GBR", "We welcome the release of the OSCE observers.", ""},
      {"USA", "We commend Ukraine for its restraint.", ""},
  });
}

// Near misses of the words added for the probes, written with them.
TEST(StanceCriticismProbe3, NearMissesOfNewWords) {
  RunTable({
      {"GBR", "Ukraine holds talks with the families of the hostages.", ""},
      {"FRA", "The monitors were held hostage by the separatists.", ""},
      {"CHN", "The main source of instability in the region is terrorism.", ""},
      {"USA", "Ukraine is determined to end the war, not to prolong it.", ""},
      {"RUS", "The report of the Secretary-General is full of useful proposals.", ""},
      {"IND", "The collapse of the talks in Istanbul was regrettable.", ""},
      {"GBR", "Russia is holding the monitors hostage.", "RUS"},
      {"CHN", "The allegations of the French delegation are fabricated.", "FRA"},
      {"RUS", "The accusations against Russia are fabricated.", ""},
      {"GBR", "The refugees need help. Russia has supplied them with food.", ""},
      {"FRA", "Heavily armed separatists seized the building.", ""},
      {"RUS", "The United States has trained Ukrainian soldiers.", ""},
      {"GBR", "The separatists attacked the town. Russia supplied them with tanks.", "RUS"},
      {"GBR",
       "While Ukraine has shown restraint, the separatists backed by Russia have seized buildings.",
       "RUS"},
      {"USA", "Although Ukraine has offered talks, the separatists have attacked its checkpoints.",
       ""},
      {"GBR", "If Russia is serious about peace, it should stop arming the separatists.", "RUS"},
      {"FRA", "If the separatists attack, Ukraine must stop them.", ""},
      {"USA", "Russia has provided humanitarian aid to the people of Donbas.", ""},
      {"UKR", "Ukraine defends its cities against the separatists.", ""},
      {"GBR", "This is a destabilization orchestrated from Moscow.", "RUS"},
      {"RUS", "Kyiv has sent tanks and aircraft against the cities of the south-east.", "UKR"},
      {"GBR", "Russian forces have seized several administrative buildings.", "RUS"},
      {"FRA", "The monitors were taken hostage.", ""},
      {"UKR", "The saboteur who was about to seize the power plant was detained by our police.",
       ""},
      {"RUS", "The operation, which Ukraine launched in April, has killed hundreds of civilians.",
       "UKR"},
      {"GBR", "The weapons that Russia sent have killed civilians.", "RUS"},
      {"GBR", "The agreement that Russia signed has been violated.", ""},
      {"RUS",
       "The offensive, which Ukraine launched to free its territory, has killed many terrorists.",
       ""},
      {"RUS",
       "Instead of starting a national dialogue, as it promised in Geneva, Kyiv has shelled the "
       "cities.",
       "UKR"},
      {"GBR", "In April, as Ukraine had warned, the separatists seized the airport.", ""},
      {"GBR", "Ukraine launched an appeal for civilians.", ""},
      {"USA", "The United States launched a programme to destroy chemical weapons.", ""},
      {"FRA", "The DPRK fired two ballistic missiles into the Sea of Japan.", "PRK"},
      {"RUS", "The European Union, supported by France, has imposed unilateral sanctions.", ""},
      {"RUS", "NATO, led by Washington, pumps weapons into Ukraine.", "USA"},
  });
}

// A fifth batch, written before running: longer neutral sentences of the 2014
// debates that name the parties.
TEST(StanceCriticismProbe3, NeutralReportsOf2014) {
  RunTable({
      {"USA",
       "The Russian Federation has called for this meeting to discuss the humanitarian situation "
       "in eastern Ukraine.",
       ""},
      {"FRA",
       "Ukraine has the right to restore order on its territory, but it must do so in a "
       "proportionate manner.",
       ""},
      {"NLD", "The Netherlands will lead the identification of the victims.", ""},
      {"MYS",
       "Malaysia calls on the parties to the conflict to respect the ceasefire around the crash "
       "site.",
       ""},
      {"GBR", "The Government of Ukraine has proposed a peace plan, which we fully support.", ""},
      {"CHN",
       "Russia, as a neighbour of Ukraine, has an important role to play in resolving the crisis.",
       ""},
      {"AUS",
       "We note that the Russian Federation has supported the call for an international "
       "investigation.",
       ""},
      {"USA", "Yesterday the Russian Federation voted in favour of resolution 2166.", ""},
      {"LTU", "The Ukrainian Government has declared three days of mourning.", ""},
      {"FRA",
       "Russia and Ukraine signed the Geneva statement together with the United States and the "
       "European Union.",
       ""},
      {"GBR",
       "The Special Monitoring Mission, in which Russia also participates, must be given access.",
       ""},
      {"KOR",
       "Our thoughts are with the people of Ukraine and of Russia, who have both lost loved ones "
       "in this conflict.",
       ""},
      {"USA", "We recall that Ukraine voluntarily gave up its nuclear arsenal in 1994.", ""},
      {"GBR", "In Geneva, Russia committed to using its influence to disarm the illegal groups.",
       ""},
      {"FRA", "We are encouraged that Russia has pulled back some of its troops from the border.",
       ""},
      {"AUS", "The separatists have announced that they will hand over the flight recorders.", ""},
      {"CHN",
       "China has always maintained an objective and impartial position on the Ukrainian issue.",
       ""},
      {"RUS", "The Russian delegation has distributed a letter on the situation in Odessa.", ""},
      {"USA", "President Putin and President Poroshenko spoke by telephone yesterday.", ""},
      {"NGA",
       "Nigeria lost citizens of its own in the crash and shares the grief of the bereaved "
       "families.",
       ""},
  });
}

// A sixth batch, written before running: long sentences with fronted clauses,
// asides and coordination around the criticism.
TEST(StanceCriticismProbe3, LongSentencesOf2014) {
  RunTable({
      {"USA",
       "Despite its commitments in Geneva, and despite the appeals of the entire international "
       "community, Russia has continued to mass troops on Ukraine's border.",
       "RUS"},
      {"GBR",
       "While the Ukrainian Government has shown restraint, the armed groups backed by Russia have "
       "seized more buildings and taken more hostages.",
       "RUS"},
      {"FRA",
       "What we are witnessing in eastern Ukraine, with its masked men, its unmarked uniforms and "
       "its modern weapons, is a destabilization orchestrated from Moscow.",
       "RUS"},
      {"AUS",
       "Instead of using its considerable influence to rein in the separatists, Russia has "
       "provided them with tanks, artillery and air defence systems.",
       "RUS"},
      {"UKR",
       "For three months now, the Russian Federation, in violation of all its international "
       "obligations, has been sending mercenaries and weapons into the Donbas.",
       "RUS"},
      {"RUS",
       "Instead of starting a national dialogue, as it promised in Geneva, Kyiv has sent tanks and "
       "aircraft against the cities of the south-east.",
       "UKR"},
      {"RUS",
       "The so-called anti-terrorist operation, which the Kyiv authorities launched in April, has "
       "already killed hundreds of civilians.",
       "UKR"},
      {"LTU",
       "Russia, which claims to want peace, has done nothing to stop the flow of fighters and "
       "weapons across its border.",
       "RUS"},
  });
}

// Written with the first set (commit 2eda5a3), before any rule change, kept
// disabled and run once at the end with no rule changed afterwards: 22 of 30
// (all 13 negatives, 9 of 17 positives); the 8 that failed are the last
// rows of DISABLED_KnownGaps.
TEST(StanceCriticismProbe3, FinalSet) {
  RunTable({
      {"GBR", "Russia has once again attacked Ukraine's power stations in the dead of winter.",
       "RUS"},
      {"USA", "We welcome the Russian Federation's decision to extend the grain deal.", ""},
      {"FRA", "The regime in Damascus has used chemical weapons against its own people.", "SYR"},
      {"CHN", "We call on all parties in Myanmar to exercise restraint.", ""},
      {"IND", "The conflict in Ukraine has had serious consequences for the global South.", ""},
      {"USA", "Iran continues to arm the Houthis in violation of resolution 2216.", "IRN"},
      {"GBR",
       "The Iranian representative claimed that his country has never supplied weapons to Russia.",
       ""},
      {"JPN", "Japan strongly condemns the DPRK's ballistic missile launch over our territory.",
       "PRK"},
      {"FRA", "We pay tribute to Egypt and Qatar for their mediation efforts.", ""},
      {"USA", "Should Russia use a nuclear weapon, the consequences would be catastrophic.", ""},
      {"CHN", "The United States has abused its hegemony to bully smaller countries.", "USA"},
      {"BRA",
       "Brazil supports the territorial integrity of Ukraine and the legitimate security interests "
       "of all parties.",
       ""},
      {"USA",
       "The so-called elections organized by the Myanmar junta will be neither free nor fair.",
       "MMR"},
      {"GBR", "Al-Shabaab carried out another deadly attack in Mogadishu.", ""},
      {"CHN", "We hope that the United States and the DPRK will meet each other halfway.", ""},
      {"USA", "The Assad regime has detained and tortured tens of thousands of Syrians.", "SYR"},
      {"GBR", "We thank Switzerland for hosting the peace summit.", ""},
      {"FRA", "The Syrian refugees hosted by Lebanon need more international support.", ""},
      {"USA", "Russia's threats against Moldova are unacceptable.", "RUS"},
      {"POL",
       "Let me be clear about Belarus. Its regime has weaponized migrants against the European "
       "Union.",
       "BLR"},
      {"IND", "India abstained because we believe dialogue is the only way forward.", ""},
      {"KEN",
       "We condemn the attack on the United Nations peacekeepers in the Central African Republic.",
       ""},
  });
}

// Probes the rules still get wrong (what they should give).
TEST(StanceCriticismProbe3, DISABLED_KnownGaps) {
  RunTable({
      {"FRA",
       "The DPRK has conducted another ballistic missile launch. Should it persist, the Council "
       "must respond firmly.",
       "PRK"},
      {"AUS", "Should the Syrian regime use chemical weapons again, there will be consequences.",
       "SYR"},
      {"RUS", "The Western coalition, headed by the United States, has destroyed Raqqa.", "USA"},
      {"RUS", "The Anglo-Saxons, with London at the forefront, are sabotaging every peace effort.",
       "GBR"},
      {"IRN",
       "The Israeli regime and its backers in Washington bear full responsibility for these "
       "crimes.",
       "ISR; USA"},
      {"EST",
       "The Belarusian regime hosts Russian troops. It has allowed its territory to be used for "
       "attacks on Ukraine.",
       "BLR"},
      {"USA",
       "Consider the Syrian regime. For twelve years it has starved, gassed and bombed its own "
       "people.",
       "SYR"},
      {"GBR", "Our message to Russia is clear: withdraw your troops from Ukraine now.", "RUS"},
      {"FRA",
       "To the Iranian authorities we say: release the French nationals you are holding "
       "arbitrarily.",
       "IRN"},
      {"GBR", "We call on Belarus to stop facilitating Russia's aggression.", "BLR; RUS"},
      {"CHN", "Japan has dumped contaminated water into the Pacific Ocean.", "JPN"},
      {"FRA", "Russia has exploited the grain deal to blackmail the world.", "RUS"},
      {"GBR", "Iran has enriched uranium to levels with no credible civilian justification.",
       "IRN"},
      {"RUS",
       "The hypocrisy of our Western colleagues, above all the United States, is astounding.",
       "USA"},
      {"GBR", "It is the Russian Federation, and no one else, that is prolonging this war.", "RUS"},
      {"EST", "Russia is no partner for peace; it is an aggressor.", "RUS"},
      {"CHN",
       "The so-called rules-based order promoted by the United States serves only its own "
       "interests.",
       "USA"},
      {"RUS", "The so-called peace formula of Kyiv is nothing but an ultimatum.", "UKR"},
      {"RUS", "How can the United States speak of international law after bombing Belgrade?",
       "USA"},
      {"CHN",
       "Why does the United States continue to impose sanctions on countries that do not share its "
       "views?",
       "USA"},
      {"FRA", "What does Iran have to hide, when it continues to deny access to the inspectors?",
       "IRN"},
      {"AUS",
       "The separatists, backed by Russia, have removed bodies from the site without any regard "
       "for the dignity of the victims.",
       "RUS"},
      {"USA",
       "The missile that destroyed the plane was most likely fired from territory controlled by "
       "Russian-backed separatists.",
       "RUS"},
      {"RUS", "Why did the Ukrainian air traffic controllers send the plane over a war zone?",
       "UKR"},
      {"UKR",
       "The terrorists are supplied with weapons and mercenaries from the territory of the Russian "
       "Federation.",
       "RUS"},
      {"FRA", "The armed groups supported by Moscow are holding the monitors hostage.", "RUS"},
      {"USA", "Russia could end this war with one phone call. It has chosen not to.", "RUS"},
      {"GBR",
       "The Russian Federation has repeatedly said it wants de-escalation. Its actions tell a "
       "different story.",
       "RUS"},
      {"USA", "Russia has the power to stop this conflict, yet it has chosen to fuel it.", "RUS"},
      {"AUS",
       "There is mounting evidence that the separatists received the missile system from Russia.",
       "RUS"},
      {"GBR", "The observers were seized by armed men loyal to Moscow.", "RUS"},
      {"FRA", "Moscow has encouraged the separatists instead of restraining them.", "RUS"},
      {"RUS", "The United States has encouraged Kyiv to pursue its military operation.", "USA"},
      {"RUS",
       "The so-called anti-terrorist operation is being waged against the citizens of Ukraine.",
       "UKR"},
      {"USA",
       "If Russia is serious about peace, as its representative has told us today, it should stop "
       "arming the separatists.",
       "RUS"},
      {"GBR",
       "The evidence, including intercepted conversations and satellite images, points to a "
       "missile fired by the separatists with Russian support.",
       "RUS"},
      {"RUS", "The Kyiv regime, backed by its Western sponsors, continues to shell Donetsk.",
       "UKR"},
      {"UKR",
       "The aggressor has destroyed our dams and our cities. Russia must be held accountable.",
       "RUS"},
      {"RUS", "How can London lecture us on human rights after what it did in Iraq?", "GBR"},
      {"GBR",
       "The Ukrainian people have shown remarkable resilience in the face of Russia's relentless "
       "bombardment.",
       "RUS"},
      {"FRA", "Azerbaijan must reopen the Lachin corridor without delay.", "AZE"},
      {"EST", "Belarus continues to serve as a launchpad for Russian aggression.", "BLR; RUS"},
      {"RUS", "It was not Russia but the Western countries led by Washington that destroyed Libya.",
       "USA"},
      {"IRN", "The Israeli regime continues its genocidal campaign in Gaza.", "ISR"},
  });
}

}  // namespace
}  // namespace caucus
