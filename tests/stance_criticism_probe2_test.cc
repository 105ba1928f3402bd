// Criticism of states in long sentences as delivered in the Security Council
// (issue #13): fronted adverbials and clauses, appositions, asides, relative
// clauses, coordinated verbs, pronouns across sentences, replies to other
// delegations ("the representative of X"), Russia and China on Western states,
// and the conflicts in Sudan, the DRC and Rwanda, Ethiopia and Eritrea,
// Myanmar, Venezuela and Nicaragua; negatives (victims, the speaker's own
// state, rejected claims, hypotheticals, praise) must give nothing. Sentences
// written for these tests; each expectation was written before the rules ran
// on the sentence (one revised after, marked).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "caucus/stances.h"
#include "stance_test_util.h"

namespace caucus {
namespace {

// The entities the entities layer finds in these sentences (every
// occurrence at word boundaries, longest first).
const stance_test::E kProbe2Entities[] = {
    {"Republic of Korea", "government", "KOR", "", "name"},
    {"Climate change", "topic", "environment", "", "alias"},
    {"Democratic Republic of the Congo", "government", "COD", "", "name"},
    {"Central African Republic", "government", "CAF", "", "name"},
    {"Ukrainian journalists", "group", "people-UKR", "", "people"},
    {"Venezuelan people", "group", "people-VEN", "", "people"},
    {"Security Council", "body", "UNSC", "", "alias"},
    {"Somali National", "group", "people-SOM", "", "people"},
    {"European Union", "body", "EU", "", "name"},
    {"United Kingdom", "government", "GBR", "", "alias"},
    {"United States", "government", "USA", "", "alias"},
    {"human rights", "topic", "human-rights-online", "", "alias"},
    {"universities", "group", "academia", "", "alias"},
    {"South Sudan", "government", "SSD", "", "name"},
    {"Bangladesh", "government", "BGD", "", "name"},
    {"Nicaraguan", "government", "NIC", "", "demonym"},
    {"Yugoslavia", "government", "YUG", "", "name"},
    {"Hong Kong", "government", "HKG", "", "name"},
    {"Nicaragua", "government", "NIC", "", "name"},
    {"Ukrainian", "government", "UKR", "", "demonym"},
    {"Venezuela", "government", "VEN", "", "name"},
    {"companies", "group", "private-sector", "", "weak"},
    {"American", "government", "USA", "", "weak"},
    {"Eritrean", "government", "ERI", "", "demonym"},
    {"Ethiopia", "government", "ETH", "", "name"},
    {"Japanese", "government", "JPN", "", "demonym"},
    {"Sudanese", "government", "SDN", "", "demonym"},
    {"Thailand", "government", "THA", "", "name"},
    {"Belarus", "government", "BLR", "", "name"},
    {"British", "government", "GBR", "", "demonym"},
    {"Chinese", "government", "CHN", "", "demonym"},
    {"Eritrea", "government", "ERI", "", "name"},
    {"Myanmar", "government", "MMR", "", "name"},
    {"Russian", "government", "RUS", "", "demonym"},
    {"Rwandan", "government", "RWA", "", "demonym"},
    {"Somalia", "government", "SOM", "", "name"},
    {"Ukraine", "government", "UKR", "", "name"},
    {"Europe", "body", "EU", "", "weak"},
    {"Maduro", "person", "nicolas-maduro", "VEN", "weak"},
    {"Norway", "government", "NOR", "", "name"},
    {"Russia", "government", "RUS", "", "alias"},
    {"Rwanda", "government", "RWA", "", "name"},
    {"China", "government", "CHN", "", "name"},
    {"OPCW", "body", "OPCW", "", "alias"},
    {"Haiti", "government", "HTI", "", "name"},
    {"Kenya", "government", "KEN", "", "name"},
    {"Libya", "government", "LBY", "", "name"},
    {"Nepal", "government", "NPL", "", "name"},
    {"Qatar", "government", "QAT", "", "name"},
    {"Sudan", "government", "SDN", "", "name"},
    {"Syria", "government", "SYR", "", "alias"},
    {"Yemen", "government", "YEM", "", "name"},
    {"DPRK", "government", "PRK", "", "alias"},
    {"Iran", "government", "IRN", "", "name"},
    {"Iraq", "government", "IRQ", "", "name"},
    {"Mali", "government", "MLI", "", "name"},
    {"NATO", "body", "NATO", "", "alias"},
};

using Case = stance_test::ProbeCase;

std::string Criticised(const std::string& speaker, const std::string& text) {
  return stance_test::Criticised(kProbe2Entities, speaker, text);
}

void RunTable(const std::vector<Case>& cases) {
  stance_test::RunProbeTable(kProbe2Entities, cases);
}

// A first set: fronted adverbials, appositions, relative clauses, replies to delegations, criticism
// of Western states and of states in African conflicts, and negatives.
TEST(StanceCriticismProbe2, FirstSetComplexSentences) {
  RunTable({
      {"RUS",
       "For years, while claiming to defend democracy, the United States has armed and financed "
       "radical groups in Syria.",
       "USA accuse"},
      {"CHN",
       "Regrettably, the United States, which claims to champion human rights, has imposed "
       "unilateral sanctions that harm ordinary people.",
       "USA criticise"},
      {"RUS", "The representative of the United Kingdom has once again distorted the facts.",
       "GBR accuse"},
      {"RUS",
       "My colleague from the United States spoke of democracy, but it was his country that bombed "
       "Yugoslavia for 78 days.",
       "USA accuse"},
      {"CHN",
       "The United States and its allies not only ignored the Council but also launched strikes "
       "without any authorization.",
       "USA accuse"},
      {"GBR",
       "In blatant disregard of its obligations, Russia has once again blocked the Council from "
       "acting.",
       "RUS accuse"},
      {"FRA",
       "Rwanda must withdraw its troops from the territory of the Democratic Republic of the Congo "
       "and end its support for the M23.",
       "RWA demand"},
      {"USA", "We condemn Rwanda's support for the M23, which has captured Goma.", "RWA condemn"},
      {"GBR",
       "The Myanmar military, which seized power in a coup, continues to bomb villages and "
       "schools.",
       "MMR accuse"},
      {"USA",
       "Ethiopia's government, having promised a ceasefire, has continued to block aid to Tigray.",
       "ETH accuse"},
      {"GBR",
       "The Nicaraguan Government has stripped hundreds of its citizens of their nationality.",
       "NIC accuse"},
      {"RUS",
       "Ukraine's armed forces shelled Donetsk yesterday, and they keep targeting civilians.",
       "UKR accuse"},
      {"CHN", "The United Kingdom should stop meddling in Hong Kong affairs.", "GBR demand"},
      {"RUS", "Russia vetoed nothing; it was the United States that blocked the draft resolution.",
       "USA accuse"},
      {"RUS",
       "Western delegations accuse Syria of using chemical weapons, but no evidence has been "
       "presented.",
       ""},
      {"SDN", "The people of Sudan, who have suffered for too long, deserve peace.", ""},
      {"KEN", "Somalia has made remarkable progress in building its security forces.", ""},
      {"USA", "If Rwanda were to withdraw its forces, we would welcome it.", ""},
      {"GBR", "We commend Ethiopia and the Tigray authorities for signing the Pretoria agreement.",
       ""},
      {"CHN",
       "China has always respected the sovereignty of all States, and it will continue to do so.",
       ""},
      {"RUS", "Russia has never attacked civilians, whatever our Western colleagues may claim.",
       ""},
      {"FRA", "Civilians in Goma, who have fled the fighting, need urgent assistance.", ""},
      {"USA", "We thank Kenya, which has offered to lead the multinational mission in Haiti.", ""},
      {"GBR", "Myanmar's neighbours, including Thailand and Bangladesh, host many refugees.", ""},
      {"CHN", "We call on the United States and the DPRK to resume dialogue.", ""},
      {"USA",
       "Let me turn to Iran. Its continued supply of drones to Russia violates resolution 2231.",
       "IRN accuse"},
      {"CHN",
       "Some Western countries, the United Kingdom among them, have politicized humanitarian "
       "issues.",
       "GBR accuse"},
  });
}

// A second set: replies to other delegations, Russia and China on the West, Sudan, the DRC and
// Rwanda, Ethiopia and Eritrea, Myanmar, Venezuela, Nicaragua, and negatives.
TEST(StanceCriticismProbe2, SecondSetRepliesAndConflicts) {
  RunTable({
      {"CHN",
       "The distinguished representative of the United Kingdom made groundless accusations against "
       "China.",
       "GBR accuse"},
      {"CHN",
       "The United States has repeatedly abused its dominant position to suppress Chinese "
       "companies.",
       "USA accuse"},
      {"RUS",
       "NATO's eastward expansion, pushed by the United States, has undermined security in Europe.",
       "USA accuse"},
      {"GBR",
       "Russia claims to want peace. Yet it continues to bomb Ukrainian ports and grain silos.",
       "RUS accuse"},
      {"USA",
       "The Sudanese Armed Forces have bombed markets in Darfur, and the Rapid Support Forces have "
       "looted hospitals.",
       "SDN accuse"},
      {"FRA", "Rwandan troops, fighting alongside the M23, have occupied parts of North Kivu.",
       "RWA accuse"},
      {"USA",
       "Nicaragua's Government continues to persecute the Catholic Church and to shut down "
       "independent media.",
       "NIC accuse"},
      {"FRA",
       "We urge the Rwandan authorities to withdraw their forces and cease all support to the M23.",
       "RWA demand"},
      {"CHN",
       "The United Kingdom must stop interfering in the internal affairs of other countries.",
       "GBR demand"},
      {"RUS", "The representative of Ukraine accused Russia of war crimes, which is absurd.",
       "UKR criticise"},
      {"CHN", "China firmly opposes any attempt to smear its image.", ""},
      {"USA", "We will hold accountable anyone who attacks our forces.", ""},
      {"FRA", "Sudan's civilians have been caught in the crossfire for too long.", ""},
      {"GBR", "Should the junta choose dialogue, we would welcome it.", ""},
      {"KEN", "We salute Somalia's courage in fighting Al-Shabaab.", ""},
      {"USA", "We commend Rwanda's contribution to peacekeeping in the Central African Republic.",
       ""},
      {"RUS", "Russia has always supported the territorial integrity of Syria.", ""},
      {"CHN", "We note the statement made by the representative of the United States.", ""},
      {"MOZ",
       "The people of the Democratic Republic of the Congo have suffered from decades of conflict.",
       ""},
      {"USA", "Venezuela's neighbours have received millions of refugees.", ""},
      {"GBR", "Some have claimed that Ukraine shelled its own cities; those claims are false.", ""},
      {"RUS", "Washington and London bear direct responsibility for the destruction of Libya.",
       "GBR accuse; USA accuse"},
  });
}

// A third set: pronouns across the sentences of one speech, "not only", relative clauses and
// asides, and negatives.
TEST(StanceCriticismProbe2, ThirdSetPronounChains) {
  RunTable({
      {"FRA",
       "The Myanmar junta promised to implement the five-point consensus. It has done nothing of "
       "the sort.",
       "MMR criticise"},
      {"USA", "Russia, which holds a permanent seat on this Council, has invaded its neighbour.",
       "RUS accuse"},
      {"GBR",
       "Not only has Russia violated the Charter, it has also attacked the very foundations of "
       "this Organization.",
       "RUS accuse"},
      {"FRA",
       "In Darfur, where the Rapid Support Forces are besieging El Fasher, the Sudanese army has "
       "also bombed civilian areas.",
       "SDN accuse"},
      {"GBR",
       "Eritrea, whose troops were never supposed to be in Tigray, has refused to withdraw them.",
       "ERI criticise"},
      {"CHN",
       "As for the remarks made by the representative of the United States, they are full of lies "
       "and prejudice.",
       "USA criticise"},
      {"GBR", "The Taliban have banned girls from secondary school.", ""},
      {"FRA", "Al-Shabaab carried out a deadly attack in Mogadishu.", ""},
      {"USA",
       "We are grateful to the Somali National Army, which has fought bravely against Al-Shabaab.",
       ""},
      {"RUS",
       "The representative of Ukraine said that we are responsible for the famine; we reject this "
       "outright.",
       ""},
      {"CHN", "We hope that the United States will play a constructive role.", ""},
      {"USA", "Even if Russia withdraws tomorrow, the damage will take decades to repair.", ""},
      {"KEN", "Ethiopia and Kenya have long cooperated in the fight against terrorism.", ""},
      {"GBR",
       "We pay tribute to the peacekeepers from Nepal and Bangladesh who lost their lives in Mali.",
       ""},
      {"RUS", "We thank China for its balanced position.", ""},
      {"CHN",
       "Some countries claim that China is militarizing the South China Sea; nothing could be "
       "further from the truth.",
       ""},
      {"USA", "Should Iran return to full compliance, we are prepared to do the same.", ""},
      {"GBR", "Ukraine has every right to defend itself against Russian aggression.",
       "RUS criticise"},
      {"RUS", "The American delegation keeps repeating the same falsehoods about our country.",
       "USA accuse"},
  });
}

// A fourth set, written last and run once: no rule was changed for it.
TEST(StanceCriticismProbe2, FourthSetUntuned) {
  RunTable({
      {"RUS",
       "Over the past decade, the United States and its allies have destabilized entire regions, "
       "from Iraq to Libya, under the pretext of promoting democracy.",
       "USA accuse"},
      {"CHN", "We urge the United States to stop its provocations in the Taiwan Strait.",
       "USA demand"},
      {"GBR",
       "Russia has weaponized energy supplies, and it has done so deliberately to punish Europe.",
       "RUS accuse"},
      {"USA",
       "The Sudanese Armed Forces, which claim to protect civilians, have bombed a market in "
       "Omdurman.",
       "SDN accuse"},
      {"USA",
       "The Eritrean forces have not withdrawn from Tigray, and they continue to commit abuses.",
       "ERI criticise"},
      {"CAN",
       "Venezuela's security forces have arrested hundreds of protesters since the election.",
       "VEN accuse"},
      {"RUS",
       "The representative of the United States distorted the facts about the situation in Syria.",
       "USA accuse"},
      {"USA",
       "Iran, having armed the Houthis for years, now bears responsibility for their attacks on "
       "shipping.",
       "IRN accuse"},
      {"FRA",
       "The DPRK, in defiance of the Council, has launched yet another intercontinental ballistic "
       "missile.",
       "PRK criticise"},
      {"RUS", "Ukraine must stop shelling the Zaporizhzhia nuclear power plant.", "UKR demand"},
      {"KEN", "Somalia has bravely confronted Al-Shabaab for many years.", ""},
      {"RUS", "We do not blame the people of Ukraine; they are victims of the regime's policies.",
       ""},
      {"USA", "Ethiopia and Eritrea signed a peace agreement in 2018.", ""},
      {"GBR", "We welcome the release of political prisoners by the Government of Venezuela.", ""},
      {"CHN", "China has never invaded another country, and it never will.", ""},
      {"FRA", "If Russia attacked a NATO member, the response would be immediate.", ""},
      {"USA",
       "We thank the Government of Rwanda for its contribution to peacekeeping in South Sudan.",
       ""},
      {"RUS", "Some claim that Russia is bombing hospitals; these claims are lies.", ""},
      {"GBR", "The children of Sudan deserve a future free from fear.", ""},
      {"CHN", "We hope that the United Kingdom and China can strengthen cooperation.", ""},
  });
}

// Near misses of the object_words cues (arming armed groups, jailing critics, imposing unilateral
// sanctions, releasing prisoners): objects that are no wrong, passives, praise.
TEST(StanceCriticismProbe2, NearMissesOfObjectWords) {
  RunTable({
      {"USA", "Norway has funded programmes to disarm the militias in South Sudan.", ""},
      {"FRA", "Heavily armed militants attacked a village in Ituri.", ""},
      {"USA", "Iran funds the Houthis and arms Hezbollah.", "IRN accuse"},
      {"RUS", "The United States sponsors terrorists in Syria under the guise of fighting them.",
       "USA accuse"},
      {"GBR", "Rwanda has not financed the rebels, according to its Government.", ""},
      {"CHN", "We have never harboured extremists on our territory.", ""},
      {"USA", "We thank Qatar, which has funded humanitarian aid for former militants.", ""},
      {"FRA", "The Government of the Sudan has armed and equipped the Janjaweed militias.",
       "SDN accuse"},
      {"FRA", "The police arrested terrorists who had attacked the church.", ""},
      {"USA", "Ukraine has detained Russian soldiers as prisoners of war.", ""},
      {"GBR", "We urge Nicaragua to release the opposition leaders it has detained.", "NIC demand"},
      {"USA", "The Security Council imposed sanctions on Al-Shabaab leaders.", ""},
      {"CHN", "The European Union imposed illegal unilateral sanctions on my country.", ""},
      {"KEN", "Somalia arrested Al-Shabaab militants in Mogadishu.", ""},
      {"USA", "Russia released fifty Ukrainian prisoners yesterday.", ""},
      {"GBR", "We welcome that Belarus has released some political prisoners.", ""},
      {"FRA", "Iran must release all the foreign nationals it has arbitrarily detained.",
       "IRN demand"},
  });
}

// A continuation verb before a gerund ("keeps violating", "continues
// spreading"): the subject does the wrong; not a defence, support or stop.
TEST(StanceCriticismProbe2, ContinuationGerunds) {
  RunTable({
      {"GBR", "Russia keeps violating the ceasefire.", "RUS accuse"},
      {"GBR", "Russia continues violating the ceasefire.", "RUS accuse"},
      {"GBR", "Russia keeps on violating the ceasefire.", "RUS accuse"},
      {"RUS", "The United States keeps spreading lies.", "USA accuse"},
      {"FRA", "Ukraine keeps defending its cities.", ""},
      {"USA", "We keep supporting Ukraine.", ""},
      {"GBR", "Russia stopped shelling the city last week.", ""},
      {"KEN", "Somalia continues fighting Al-Shabaab.", ""},
  });
}

// Creating, provoking or fuelling a crisis, chaos or tensions (object_words):
// the state that does it is accused; a war, a conflict or climate change as
// the subject, a passive or an institution created to address a crisis is
// none.
TEST(StanceCriticismProbe2, CausingCrises) {
  RunTable({
      {"CHN", "The United States created the current crisis.", "USA accuse"},
      {"CHN", "It was the United States that created this crisis.", "USA accuse"},
      {"RUS", "The West provoked the crisis in Ukraine.", ""},
      {"RUS", "Washington has fuelled the conflict by pumping weapons into Ukraine.", "USA accuse"},
      {"GBR", "Russia is stoking tensions in the Balkans.", "RUS accuse"},
      {"FRA", "The war in Ukraine has triggered a global food crisis.", ""},
      {"USA", "The conflict in Sudan has created the worst displacement crisis in the world.", ""},
      {"GBR", "Climate change has fuelled conflict in the Sahel.", ""},
      {"KEN", "Kenya has created a task force to address the crisis.", ""},
      {"USA", "We must not create new tensions on the Korean peninsula.", ""},
      {"RUS", "The crisis in Libya was created by the NATO bombing.", ""},
  });
}

// "Its" / "their" opening a subject whose noun is the state's conduct or
// organs, with a phrase of place after it ("Its supply of drones to Russia
// violates ..."): the state named before; not a victim's cities or people,
// nor a body's credibility.
TEST(StanceCriticismProbe2, PossessivePronounSubjects) {
  RunTable({
      {"USA", "Iran's continued supply of drones to Russia violates resolution 2231.",
       "IRN accuse"},
      {"USA", "Let me turn to Iran. Its supply of drones to Russia violates resolution 2231.",
       "IRN accuse"},
      {"USA", "Let me turn to Iran. Its forces have attacked shipping in the Red Sea.",
       "IRN accuse"},
      {"USA", "Let me turn to Iran. Its attacks on shipping are unacceptable.", "IRN criticise"},
      {"USA", "Let me turn to Iran. It has attacked shipping in the Red Sea.", "IRN accuse"},
      {"GBR", "Ukraine is a sovereign State. Its cities on the Black Sea are under attack.", ""},
      {"USA", "We stand with Ukraine. Its people in Kharkiv are suffering.", ""},
      {"GBR", "Russia has invaded its neighbour. Its troops in the south have shelled villages.",
       "RUS accuse"},
      {"FRA", "The Council should act. Its credibility in the region is at stake.", ""},
      {"USA", "Iran has armed the Houthis. Their attacks on shipping violate international law.",
       "IRN accuse"},
  });
}

// Capitals coordinated as the subject of a wrong: each state is accused.
TEST(StanceCriticismProbe2, CoordinatedCapitals) {
  RunTable({
      {"RUS", "Washington and London bear direct responsibility for the destruction of Libya.",
       "GBR accuse; USA accuse"},
      {"RUS", "Washington, London and Paris have violated the agreement.",
       "FRA accuse; GBR accuse; USA accuse"},
      {"RUS", "Washington has violated the agreement.", "USA accuse"},
      {"GBR", "Moscow and Minsk have violated the agreement.", "BLR accuse; RUS accuse"},
      {"FRA", "Paris and Berlin have worked hard for peace.", ""},
  });
}

// A participle after "has" / "have" is the verb, not the adjective ("has
// politicized humanitarian issues"); a state picked out of a group
// ("including", "among them", "notably") is the doer.
TEST(StanceCriticismProbe2, PerfectParticiplesAndPickedOutStates) {
  RunTable({
      {"CHN", "The United Kingdom has politicized humanitarian issues.", "GBR accuse"},
      {"CHN",
       "Some Western countries, including the United Kingdom, have politicized humanitarian "
       "issues.",
       "GBR accuse"},
      {"RUS", "Some Western countries, including the United Kingdom, have violated the agreement.",
       "GBR accuse"},
      {"RUS", "Some Western countries, the United Kingdom among them, have violated the agreement.",
       "GBR accuse"},
      {"RUS", "Several delegations, notably the United States, have distorted the facts.",
       "USA accuse"},
      {"CHN", "The report is biased and politicized.", ""},
      {"RUS", "The United States has politicised the work of the OPCW.", "USA accuse"},
      {"CHN", "The United Kingdom has always been biased against China.", "GBR criticise"},
  });
}

// What the rules do not cover yet, with the criticism each should give: kept as
// a record of the gaps (run with --gtest_also_run_disabled_tests).
TEST(StanceCriticismProbe2, DISABLED_KnownGaps) {
  RunTable({
      // A veto reported as the state's vote accuses nobody (session 11,
      // english.json vote_verbs); the accusation is the second sentence's,
      // a purpose infinitive after "did so" with a wrong whose object is a
      // crime.
      {"GBR",
       "Russia vetoed the resolution today. It did so to shield its own crimes from scrutiny.",
       "RUS accuse"},
      {"RUS",
       "NATO countries, led by Washington, continue to pump weapons into Ukraine, prolonging the "
       "conflict.",
       "USA accuse"},
      {"RUS", "The so-called coalition led by the United States has destroyed the city of Raqqa.",
       "USA accuse"},
      {"RUS",
       "We demand that the United States explain why its biological laboratories operate in "
       "Ukraine.",
       "USA demand"},
      {"RUS",
       "The delegation of the United States, as usual, has resorted to lies and insinuations.",
       "USA accuse"},
      {"RUS",
       "Our British colleagues, who like to lecture others about international law, forget that "
       "their country invaded Iraq.",
       "GBR accuse"},
      {"RUS",
       "The United States is not only supplying weapons to Kyiv but also sharing intelligence for "
       "strikes on Russian cities.",
       "USA accuse"},
      {"CHN",
       "It is the United States that withdrew from the nuclear deal and thus created the current "
       "crisis.",
       "USA accuse"},
      {"USA",
       "The Eritrean Defence Forces, which remain in Tigray, have committed serious abuses against "
       "civilians.",
       "ERI accuse"},
      {"GBR",
       "Since the coup, the Myanmar military has killed thousands of civilians and displaced over "
       "a million people.",
       "MMR accuse"},
      {"USA",
       "The Maduro regime, rather than respecting the will of the Venezuelan people, has unleashed "
       "a wave of repression.",
       "VEN accuse"},
      {"GBR",
       "We call on the Government of Ethiopia to allow independent investigators into Amhara.",
       "ETH demand"},
      {"RUS", "We demand that the British side provide access to our citizens.", "GBR demand"},
      {"USA",
       "Iran, through its proxies in Yemen, has attacked commercial shipping in the Red Sea.",
       "IRN accuse"},
      {"GBR",
       "Let me now turn to Iran. It continues to enrich uranium far beyond any civilian need.",
       "IRN accuse"},
      {"USA",
       "The DPRK launched another ballistic missile last week. This was its twelfth launch this "
       "year, in flagrant violation of Council resolutions.",
       "PRK criticise"},
      {"RUS",
       "The United States speaks of a rules-based order. But whose rules are these? They are rules "
       "written in Washington to serve its interests.",
       "USA criticise"},
      {"CHN",
       "The United Kingdom, a former colonial Power, has no right to lecture others on human "
       "rights.",
       "GBR criticise"},
      {"RUS",
       "Kyiv, with the blessing of its Western sponsors, has turned civilian buildings into firing "
       "positions.",
       "UKR accuse"},
      {"USA",
       "Not content with destroying Mariupol, Russian forces have now turned their guns on Odesa.",
       "RUS accuse"},
      {"USA",
       "As the Council knows, Rwanda has deployed thousands of its soldiers inside the eastern "
       "Democratic Republic of the Congo.",
       "RWA accuse"},
      {"RUS",
       "My colleague from the United Kingdom spoke at length about Ukraine; he preferred not to "
       "mention the shelling of Donetsk by Ukrainian forces.",
       "UKR accuse"},
      {"USA",
       "Venezuela's National Electoral Council, controlled by Maduro loyalists, declared him the "
       "winner without any evidence.",
       "VEN criticise"},
      {"CHN",
       "The United States, by imposing sanctions on Chinese entities, has seriously undermined the "
       "normal trade between our two countries.",
       "USA criticise"},
      {"RUS",
       "The British delegation, which never misses a chance to accuse Russia, has once again "
       "resorted to baseless allegations.",
       "GBR accuse"},
      {"RUS",
       "Instead of fulfilling its obligations under the Minsk agreements, Kyiv chose to shell the "
       "cities of Donbas.",
       "UKR accuse"},
      {"FRA", "Rwanda continues to support the M23, despite the commitments it made in Luanda.",
       "RWA accuse"},
      {"GBR",
       "For more than three years, the Myanmar military has waged a brutal campaign against its "
       "own people.",
       "MMR accuse"},
      {"USA",
       "The Ortega-Murillo Government has expelled priests and confiscated the property of "
       "universities.",
       "NIC accuse"},
      {"CHN", "The remarks of the Japanese representative are groundless and irresponsible.",
       "JPN criticise"},
      {"GBR",
       "Not only has Iran supplied drones to Russia, it has also helped Russia to build a factory "
       "to produce them.",
       "IRN accuse"},
      {"RUS", "We categorically reject the accusations made by the Ukrainian delegation.",
       "UKR criticise"},
      {"USA", "Let me address Russia directly. Your forces have killed thousands of civilians.",
       "RUS accuse"},
      {"GBR", "Kenya has sponsored a resolution against terrorists in the region.", ""},
      {"GBR", "Russia imposed illegal sanctions on Ukrainian journalists.", "RUS accuse"},
      {"USA", "Protesters who were arrested by Venezuela's security forces remain detained.",
       "VEN accuse"},
      {"USA",
       "We call on the junta in Myanmar to free Aung San Suu Kyi and all those unjustly "
       "imprisoned.",
       "MMR demand"},
      {"GBR", "Russia has resumed shelling Kharkiv.", "RUS accuse"},
      {"CHN",
       "The deployment of THAAD by the United States in the Republic of Korea has created tensions "
       "in the region.",
       "USA accuse"},
      {"RUS", "Washington and its allies have violated the agreement.", "USA accuse"},
  });
}

}  // namespace
}  // namespace caucus
