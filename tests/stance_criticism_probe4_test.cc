// Criticism of states in Security Council debate (issue #13), a fourth set of
// probes written to generalise beyond the Ukraine-2014 development meetings:
// topics other than Crimea (an airliner shot down and the investigation,
// Gaza and Israel, Syria, the DPRK, Iran, Yemen, Libya, Mali, South Sudan,
// sanctions, vetoes, peacekeepers attacked). More than half are NEGATIVES: a
// state named as the nationality of victims, condolences and sympathy, thanks
// and welcome, a state as investigator, mediator, host or donor, a right of
// self-defence, the speaker defending itself, neutral reports, questions,
// calls on all parties, a call on a state to do a good thing (a request, as
// the UNSCon gold has it), another state's reported criticism. Positives:
// accusations and demands against a state, also indirect ones (the armed
// groups it arms, weapons it supplies, its influence over them, its
// responsibility), imperative demands, a state's past-tense claims (reported,
// its own). Sentences written for these tests; every expectation was written
// before the rules ran on its sentence. Only the states criticised are
// compared (the UNSCon benchmark scores states per sentence, not acts).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "stance_test_util.h"

namespace caucus {
namespace {

// The entities the entities layer finds in these sentences (every
// occurrence at word boundaries, longest first).
const stance_test::E kProbe4Entities[] = {
    {"International Civil Aviation Organization", "body", "ICAO", "", "name"},
    {"Democratic People's Republic of Korea", "government", "PRK", "", "name"},
    {"International Atomic Energy Agency", "body", "IAEA", "", "name"},
    {"Palestinian children", "group", "people-PSE", "", "people"},
    {"United Arab Emirates", "government", "ARE", "", "name"},
    {"Palestinian civilians", "group", "people-PSE", "", "people"},
    {"Russian Federation", "government", "RUS", "", "name"},
    {"Syrian refugees", "group", "people-SYR", "", "people"},
    {"Republic of Korea", "government", "KOR", "", "name"},
    {"Security Council", "body", "UNSC", "", "name"},
    {"Secretary-General", "person", "un-secretary-general", "UN", "alias"},
    {"United Kingdom", "government", "GBR", "", "alias"},
    {"United Nations", "body", "UN", "", "name"},
    {"United States", "government", "USA", "", "alias"},
    {"Saudi Arabia", "government", "SAU", "", "name"},
    {"North Korea", "government", "PRK", "", "alias"},
    {"South Sudanese", "government", "SSD", "", "demonym"},
    {"South Sudan", "government", "SSD", "", "name"},
    {"Netherlands", "government", "NLD", "", "name"},
    {"Bangladeshi", "government", "BGD", "", "demonym"},
    {"Palestinian", "government", "PSE", "", "demonym"},
    {"Australian", "government", "AUS", "", "demonym"},
    {"Australia", "government", "AUS", "", "name"},
    {"Malaysian", "government", "MYS", "", "demonym"},
    {"Ukrainian", "government", "UKR", "", "demonym"},
    {"Malaysia", "government", "MYS", "", "name"},
    {"Eritrea", "government", "ERI", "", "name"},
    {"Chadian", "government", "TCD", "", "demonym"},
    {"Iranian", "government", "IRN", "", "demonym"},
    {"Israeli", "government", "ISR", "", "demonym"},
    {"Lebanon", "government", "LBN", "", "name"},
    {"Russian", "government", "RUS", "", "demonym"},
    {"Ukraine", "government", "UKR", "", "name"},
    {"Israel", "government", "ISR", "", "name"},
    {"Jordan", "government", "JOR", "", "name"},
    {"Kuwait", "government", "KWT", "", "name"},
    {"Russia", "government", "RUS", "", "alias"},
    {"Rwanda", "government", "RWA", "", "name"},
    {"Syrian", "government", "SYR", "", "demonym"},
    {"Turkey", "government", "TUR", "", "alias"},
    {"Yemeni", "government", "YEM", "", "demonym"},
    {"Assad", "person", "bashar-al-assad", "SYR", "weak"},
    {"China", "government", "CHN", "", "name"},
    {"Dutch", "government", "NLD", "", "demonym"},
    {"Egypt", "government", "EGY", "", "name"},
    {"France", "government", "FRA", "", "name"},
    {"Japan", "government", "JPN", "", "name"},
    {"Libya", "government", "LBY", "", "name"},
    {"Qatar", "government", "QAT", "", "name"},
    {"Syria", "government", "SYR", "", "alias"},
    {"Yemen", "government", "YEM", "", "name"},
    {"DPRK", "government", "PRK", "", "alias"},
    {"IAEA", "body", "IAEA", "", "alias"},
    {"Iran", "government", "IRN", "", "name"},
    {"Mali", "government", "MLI", "", "name"},
    {"OPCW", "body", "OPCW", "", "alias"},
};

using Case = stance_test::ProbeCase;

std::string CriticisedStates(const std::string& speaker, const std::string& text) {
  return stance_test::CriticisedStates(kProbe4Entities, speaker, text);
}

void RunTable(const std::vector<Case>& cases) {
  stance_test::RunStatesTable(kProbe4Entities, cases);
}

// Every criticism of a state in the text, whoever holds it: "RUS>UKR
// reported", sorted, joined by "; ".
std::string AllCriticisms(const std::string& speaker, const std::string& text) {
  const std::vector<Stance> v = stance_test::SpeakerStances(kProbe4Entities, speaker, text);
  std::vector<std::string> out;
  for (const Stance& s : v) {
    if (s.polarity != "oppose" || s.target.kind != "government" || s.target.entity.empty())
      continue;
    std::string item = s.actor.id + ">" + s.target.entity + " " + s.modality;
    if (std::find(out.begin(), out.end(), item) == out.end()) out.push_back(item);
  }
  std::sort(out.begin(), out.end());
  std::string joined;
  for (const std::string& s : out) joined += (joined.empty() ? "" : "; ") + s;
  return joined;
}

// Rows whose `want` is AllCriticisms().
void RunAllTable(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(AllCriticisms(c.speaker, c.text), c.want) << c.text;
}

// The sentences (0-based) in which the speaker criticises a state: "0 1 4".
std::string CriticisedSentences(const std::string& speaker, const std::string& text) {
  const std::vector<Stance> v = stance_test::SpeakerStances(kProbe4Entities, speaker, text);
  std::vector<int> out;
  for (const Stance& s : v) {
    if (s.actor.id != speaker || s.polarity != "oppose" || s.target.kind != "government" ||
        s.target.entity.empty())
      continue;
    if (std::find(out.begin(), out.end(), static_cast<int>(s.sentence)) == out.end())
      out.push_back(static_cast<int>(s.sentence));
  }
  std::sort(out.begin(), out.end());
  std::string joined;
  for (int i : out) joined += (joined.empty() ? "" : " ") + std::to_string(i);
  return joined;
}

// The airliner: victims by nationality, condolences, the investigation and
// its hosts, access to the site asked of all, a crash reported with no doer.
TEST(StanceCriticismProbe4, AirlinerNegatives) {
  RunTable({
      {"MYS", "We mourn the 298 people who were on board the Malaysian airliner.", ""},
      {"NLD", "The Dutch victims and their families deserve the truth.", ""},
      {"AUS", "Australian families are grieving for their loved ones who died on the flight.", ""},
      {"GBR",
       "We extend our deepest condolences to the Governments and people of Malaysia, the "
       "Netherlands and Australia.",
       ""},
      {"FRA", "The Malaysian plane was shot down over eastern Ukraine on Thursday.", ""},
      {"CHN", "The aircraft crashed in an area where fighting has been intense.", ""},
      {"USA", "We welcome the decision of the Netherlands to lead the international investigation.",
       ""},
      {"JPN",
       "Ukraine has invited the International Civil Aviation Organization to take part in the "
       "investigation.",
       ""},
      {"FRA", "We call on Ukraine to ensure a full and independent investigation.", ""},
      {"KOR", "We call on all parties to grant safe and unfettered access to the crash site.", ""},
      {"CHL", "The Ukrainian authorities have declared a ceasefire around the crash site.", ""},
      {"NGA", "Malaysia has sent a team of experts to Kyiv to assist in the investigation.", ""},
      {"RWA", "The investigators must be given full access to the site without delay.", ""},
      {"ARG", "Those responsible must be identified by an impartial international inquiry.", ""},
      {"LUX",
       "The remains of the victims have been taken by train to Kharkiv and flown to the "
       "Netherlands.",
       ""},
      {"TCD", "Malaysia, Australia and the Netherlands lost many of their citizens.", ""},
      {"JOR", "Who fired the missile that destroyed the plane?", ""},
      {"USA", "Russia said that it would support an international investigation.", ""},
      // A call on a state to do a good thing is a request, not a demand on
      // it (the UNSCon gold: "It must allow observers access", "must put its
      // full weight behind" are no negative evaluation).
      {"GBR", "Russia must use its influence over the separatists to secure the crash site.", ""},
      {"NLD", "We call on the Russian Federation to use its influence to ensure access.", ""},
      {"AUS", "Russia must put its full weight behind the investigation.", ""},
      {"RUS", "Russia has nothing to do with this tragedy.", ""},
      {"RUS", "We have never supplied any air defence systems to the militia.", ""},
      {"GBR", "The Council observed a minute of silence in memory of the Malaysian victims.", ""},
      {"AUS", "Australia will work with Malaysia and the Netherlands to bring our people home.",
       ""},
  });
}

// Gaza and Israel: the victims on either side, condolences, mediation, a
// right of self-defence, calls on both or on all parties, a non-state doer.
TEST(StanceCriticismProbe4, GazaNegatives) {
  RunTable({
      {"FRA", "Israeli civilians live in fear of the rockets.", ""},
      {"JOR", "Palestinian children have been killed in their homes and in their schools.", ""},
      {"GBR", "We offer our condolences to the families of the Israeli and Palestinian victims.",
       ""},
      {"USA", "We welcome Egypt's efforts to broker a ceasefire.", ""},
      {"AUS", "Israel has the right to defend itself against rocket attacks.", ""},
      {"CHN", "Both Israel and the Palestinians must return to the negotiating table.", ""},
      {"RUS", "We call on all parties to protect civilians in Gaza.", ""},
      {"NGA", "The humanitarian situation in Gaza is catastrophic.", ""},
      {"LUX", "We condemn the rocket attacks by Hamas against Israeli towns.", ""},
      {"KOR", "Egypt has opened the Rafah crossing so that the wounded can be treated.", ""},
      {"ARG", "Qatar and Turkey have offered to host the talks.", ""},
      {"RWA", "The Palestinian Authority has accepted the Egyptian proposal.", ""},
      {"CHL", "Rockets fired from Gaza have reached Tel Aviv and Jerusalem.", ""},
      {"GBR",
       "We are deeply concerned by the growing number of Palestinian civilians killed in Gaza.",
       ""},
  });
}

// Syria: its people and refugees, hosts and donors, calls on all parties, a
// request to the Government to let aid through, neutral facts.
TEST(StanceCriticismProbe4, SyriaNegatives) {
  RunTable({
      {"JPN", "The people of Syria have endured unspeakable suffering.", ""},
      {"NZL", "Syrian refugees now number more than three million.", ""},
      {"USA", "We thank Jordan, Lebanon and Turkey for hosting millions of Syrian refugees.", ""},
      {"FRA",
       "The OPCW has confirmed that the declared chemical weapons have been removed from Syria.",
       ""},
      {"GBR", "Cross-border aid from Turkey and Jordan has reached two million people.", ""},
      {"CHN", "We call on all parties to the Syrian conflict to allow humanitarian access.", ""},
      {"AUS", "The Syrian Government must allow humanitarian convoys to reach the besieged areas.",
       ""},
      {"LUX", "Syria acceded to the Chemical Weapons Convention in 2013.", ""},
      {"ESP", "Kuwait has hosted three pledging conferences for the people of Syria.", ""},
      {"NZL", "Syrian children have lost years of schooling.", ""},
  });
}

// The DPRK, Iran, Yemen, Libya, Mali, South Sudan: victims, hosts, rights,
// welcomes and neutral reports.
TEST(StanceCriticismProbe4, OtherTheatresNegatives) {
  RunTable({
      {"USA", "The missile fell into the sea within Japan's exclusive economic zone.", ""},
      {"CHN", "We call for the early resumption of the six-party talks.", ""},
      {"RUS", "China has a constructive role to play in bringing the parties back to dialogue.",
       ""},
      {"FRA", "We welcome Iran's cooperation with the International Atomic Energy Agency.", ""},
      {"CHN", "Iran has the right to the peaceful use of nuclear energy.", ""},
      {"GBR", "We commend Mali for holding peaceful and credible elections.", ""},
      {"FRA", "France deployed troops to Mali at the request of its Government.", ""},
      {"RWA", "The people of South Sudan deserve peace after so much suffering.", ""},
      {"EGY", "Libya faces serious challenges in building its institutions.", ""},
      {"GBR", "We welcome Kuwait's offer to host the Yemeni talks.", ""},
      {"JOR",
       "Saudi Arabia and the United Arab Emirates have pledged humanitarian funding for Yemen.",
       ""},
      {"FRA", "Chadian peacekeepers were killed in an attack in northern Mali.", ""},
      {"NGA", "We pay tribute to the Bangladeshi peacekeepers who lost their lives.", ""},
      {"KOR", "The Republic of Korea stands ready to assist the victims of the floods.", ""},
  });
}

// Sanctions and votes reported, the Council's own acts, questions, the
// speaker defending itself.
TEST(StanceCriticismProbe4, VotesSanctionsAndSelf) {
  RunTable({
      {"NGA", "The sanctions committee will review its list next month.", ""},
      {"GBR", "We support the sanctions against the DPRK.", ""},
      {"CHN", "The sanctions imposed on Iran have hurt ordinary people.", ""},
      {"RUS", "We oppose the sanctions on Iran.", ""},
      {"CHN", "The Council should consider lifting the sanctions on Eritrea.", ""},
      {"CHN", "The unilateral sanctions imposed by the United States are illegal.", "USA"},
      {"ARG", "China abstained in the vote on the draft resolution.", ""},
      {"LUX", "The Council adopted resolution 2166 unanimously.", ""},
      {"USA", "The United States has always supported an independent investigation.", ""},
      {"RUS", "Russia has never interfered in the internal affairs of Ukraine.", ""},
      {"CHN", "Should the Council impose new sanctions on Iran?", ""},
      {"IDN", "Both Russia and Ukraine have a role in ensuring access to the site.", ""},
      // Questions put to the Council.
      {"JOR", "How many more children must die in Syria before the Council acts?", ""},
      {"EGY", "What is the Council going to do about the blockade of Gaza?", ""},
      {"MYS", "Who will hold the perpetrators of the Malaysian airliner disaster accountable?", ""},
      {"JOR", "Why does the Syrian regime continue to drop barrel bombs on its own people?", "SYR"},
      {"MYS", "We are grateful to Ukraine for its cooperation with our experts.", ""},
  });
}

// Another state's accusation is that state's, reported, never the speaker's.
TEST(StanceCriticismProbe4, ReportedCriticismKeepsItsActor) {
  RunAllTable({
      {"USA", "Russia alleged that Ukrainian fighter jets had shot down the airliner.",
       "RUS>UKR reported"},
      {"FRA", "Ukraine claimed that Russian forces had shelled its border posts.",
       "UKR>RUS reported"},
      {"GBR", "Syria claimed that the opposition had used the chemical weapons.", ""},
      {"CHN", "Israel alleged that Hamas had hidden rockets in the schools.", ""},
      {"MYS", "The Russian representative claimed that Ukraine had shot down the plane.",
       "RUS>UKR reported"},
      // A verb of accusation is the actor's own act, asserted as "condemned" is.
      {"USA", "Iran accused Saudi Arabia of bombing its embassy in Sanaa.", "IRN>SAU asserted"},
  });
}

// The airliner: accusations and demands against a state, direct and
// indirect.
TEST(StanceCriticismProbe4, AirlinerPositives) {
  RunTable({
      {"AUS", "The separatists who shot down the plane were armed and trained by Russia.", "RUS"},
      {"USA", "The missile was fired by the separatists with a launcher supplied by Russia.",
       "RUS"},
      {"NLD", "Russia bears responsibility for the downing of the airliner.", "RUS"},
      {"AUS", "Russia has a special responsibility to rein in the separatists it arms.", "RUS"},
      {"USA", "The separatists Moscow arms and trains have denied the investigators access.",
       "RUS"},
      {"GBR",
       "Our message to Moscow is clear: stop arming the separatists and let the investigators "
       "work.",
       "RUS"},
      {"FRA", "Russian-backed separatists have blocked access to the crash site.", "RUS"},
      {"USA", "The weapons supplied by Russia have brought down a civilian airliner.", "RUS"},
  });
}

// Gaza, Syria, the DPRK, Iran and others: accusations, evaluations and
// demands against a state.
TEST(StanceCriticismProbe4, OtherTheatresPositives) {
  RunTable({
      {"JOR", "Israeli air strikes have killed hundreds of Palestinian civilians.", "ISR"},
      {"EGY", "We condemn Israel's disproportionate use of force in Gaza.", "ISR"},
      {"JOR", "Israel must stop its military operation in Gaza immediately.", "ISR"},
      {"MYS", "Israel must end its illegal blockade of Gaza.", "ISR"},
      {"USA", "The Syrian regime continues to drop barrel bombs on residential areas.", "SYR"},
      {"GBR", "The Assad regime has used chemical weapons against its own people.", "SYR"},
      {"FRA", "Damascus has obstructed cross-border aid for months.", "SYR"},
      {"JPN",
       "The DPRK has again launched ballistic missiles in flagrant violation of Security Council "
       "resolutions.",
       "PRK"},
      {"KOR", "North Korea's nuclear test is a grave threat to regional peace.", "PRK"},
      {"USA", "Pyongyang must abandon its nuclear weapons programme.", "PRK"},
      {"GBR", "Iran continues to supply weapons to the Houthis in violation of the arms embargo.",
       "IRN"},
      {"FRA", "Iran has failed to cooperate with the International Atomic Energy Agency.", "IRN"},
      {"USA", "The Houthis, armed by Iran, have fired missiles at Saudi cities.", "IRN"},
      {"GBR",
       "Weapons supplied by the United Arab Emirates continue to reach armed groups in Libya.",
       "ARE"},
      {"USA", "The Government of South Sudan bears responsibility for the attacks on the mission.",
       "SSD"},
      {"FRA", "The South Sudanese authorities must stop obstructing the peacekeepers.", "SSD"},
      {"USA", "Eritrea continues to arm and finance Al-Shabaab.", "ERI"},
      {"FRA", "By vetoing this text, Russia has once again shielded the Syrian regime.", "RUS"},
      {"GBR", "Our message to Damascus is clear: stop the barrel bombs now.", "SYR"},
      {"USA", "Our message to Pyongyang is simple: end the provocations and return to talks.",
       "PRK"},
      {"FRA",
       "Iran bears a heavy responsibility for the attacks carried out by its proxies in Yemen.",
       "IRN"},
  });
}

// Opposing a text a state proposed is no criticism of the state (the
// UNSCon gold and the records gold count none).
TEST(StanceCriticismProbe4, ProposersAreNotCriticised) {
  RunTable({
      {"USA", "We will vote against the amendment put forward by Egypt.", ""},
      {"GBR", "We reject the draft resolution submitted by the Russian Federation.", ""},
      {"FRA", "We will vote against the proposed Egyptian amendment.", ""},
      {"USA", "We cannot support Russia's draft.", ""},
      {"RUS",
       "We are concerned that the sponsors ignored the amendments proposed by Egypt and backed "
       "by many troop contributors.",
       ""},
      {"CHN", "China voted against the text tabled by the United Kingdom.", ""},
  });
}

// An imperative after a colon, addressed to a state, demands of it.
TEST(StanceCriticismProbe4, ImperativesAddressedToAState) {
  RunTable({
      {"GBR",
       "Our message to Moscow is clear: stop arming the separatists and let the investigators "
       "work.",
       "RUS"},
      {"GBR", "Our message to Damascus is clear: stop the barrel bombs now.", "SYR"},
      {"USA", "Our message to Pyongyang is simple: end the provocations and return to talks.",
       "PRK"},
      {"JOR", "We say to Israel: end the blockade of Gaza.", "ISR"},
      {"FRA", "To the authorities in Damascus we say: stop the sieges.", "SYR"},
      {"GBR", "Our message to Russia is clear: withdraw your troops from Ukraine now.", "RUS"},
      // Not a stop, not a state, or the speaker's own pledge.
      {"FRA", "Our message to the people of Syria is clear: we stand with you.", ""},
      {"CHN", "Our message to all parties is clear: stop the fighting.", ""},
      {"USA", "Our message to Ukraine is simple: we will not abandon you.", ""},
      {"NZL", "Let me say this to the Council: act now, before it is too late.", ""},
  });
}

// Weapons a state supplies, regimes it props up or shields, armed groups
// it arms (also before a relative clause's subject: "the separatists it
// arms"), and organs of the air and artillery.
TEST(StanceCriticismProbe4, WeaponsRegimesAndGroups) {
  RunTable({
      {"USA", "The weapons supplied by Russia have brought down a civilian airliner.", "RUS"},
      {"GBR", "The rockets were delivered by Iran through the port of Hodeidah.", "IRN"},
      {"FRA", "Missiles provided by Iran were fired at Riyadh.", "IRN"},
      {"USA", "Iran continues to prop up the Assad regime.", "IRN"},
      {"GBR", "Russia has propped up a regime that gasses its own people.", "RUS"},
      {"FRA", "By vetoing this text, Russia has once again shielded the Syrian regime.", "RUS"},
      {"USA", "Once again, Russia has chosen to shield the perpetrators.", "RUS"},
      {"USA", "Eritrea continues to arm and finance Al-Shabaab.", "ERI"},
      {"AUS", "Russia has a special responsibility to rein in the separatists it arms.", "RUS"},
      {"USA", "The separatists Moscow arms and trains have denied the investigators access.",
       "RUS"},
      {"GBR", "The militias that Iran funds have attacked the mission.", "IRN"},
      {"GBR", "The Russian sponsors of the separatists must answer for this crime.", "RUS"},
      {"USA", "The Iranian sponsors of the Houthis have supplied the missiles.", "IRN"},
      {"FRA", "Iran's support for Hezbollah destabilizes Lebanon.", "IRN"},
      {"GBR", "Rwanda continues to support the M23 rebels.", "RWA"},
      {"USA", "Iran backs the Houthis.", "IRN"},
      {"UKR", "Russia supports the separatists.", "RUS"},
      {"USA", "Syrian helicopters dropped barrel bombs on the market.", "SYR"},
      {"GBR", "Israeli artillery shelled the school where families had taken refuge.", "ISR"},
      {"RUS", "Ukrainian fighter jets shot down the airliner.", "UKR"},
      {"USA", "The separatists received weapons from Russia.", "RUS"},
      {"GBR",
       "The separatists have received a steady flow of weapons from Russia, including tanks and "
       "anti-aircraft systems.",
       "RUS"},
      {"FRA", "The rebels received heavy weapons and mercenaries from the Russian Federation.",
       "RUS"},
      {"AUS", "Russia bears a heavy responsibility.", "RUS"},
      {"LTU", "In our view, the Russian Federation bears a direct responsibility.", "RUS"},
      {"USA",
       "The monitors are being held hostage by separatists who take their orders from Moscow.",
       "RUS"},
      {"GBR", "These armed groups are directed from Moscow.", "RUS"},
      {"FRA", "The militants are controlled from Russia.", "RUS"},
      {"USA", "The separatists are acting on instructions from Moscow.", "RUS"},
      {"USA", "The separatists could not have operated such a system without help from Russia.",
       "RUS"},
      {"GBR", "The militias receive funding from the Russian Federation.", "RUS"},
      {"USA", "Heavy weapons have crossed the border from Russia in recent weeks.", "RUS"},
      {"GBR", "The missiles were smuggled from Iran through Oman.", "IRN"},
      {"FRA", "Tanks were moved from Russia into eastern Ukraine.", "RUS"},
      {"JOR", "Refugees crossed the border from Syria into Jordan.", ""},
      {"NZL", "The last chemical weapons were shipped from Syria for destruction.", ""},
      {"CHN", "Chemical weapons were moved from Syria to the port of Latakia.", ""},
      {"FRA", "Refugees have received help from Jordan.", ""},
      {"NGA", "The peacekeepers received training from France.", ""},
      {"GBR", "The armed men received orders from the Russian Federation.", "RUS"},
      {"USA", "Instead of using its influence, Russia has fuelled the unrest.", "RUS"},
      {"FRA", "Iran continues to fuel instability across the region.", "IRN"},
      {"NZL", "The peacekeepers acted on instructions from New York.", ""},
      {"JPN", "Japan has fuelled the economic recovery of the region.", ""},
      // Supplies, props and shields of another kind; aircraft as victims.
      {"CHN", "Groups of volunteers coordinated from Kyiv have distributed food.", ""},
      {"NGA", "The aid convoys are coordinated from Turkey.", ""},
      {"NGA", "Mali has received weapons from Libya's stockpiles through smugglers.", ""},
      {"CHL", "The separatists bought weapons from corrupt officers.", ""},
      {"KOR", "Ukraine bears the primary responsibility to protect its citizens.", ""},
      {"JOR", "The Council bears a heavy responsibility to act.", ""},
      {"JOR", "Humanitarian supplies provided by Turkey have reached Aleppo.", ""},
      {"KOR", "The equipment provided by Japan to the mission has saved lives.", ""},
      {"NGA", "Norway, a sponsor of the peace talks, has hosted the parties.", ""},
      {"RWA", "Japan's support of the peacekeepers is welcome.", ""},
      {"NGA", "Egypt supports the rebel leaders' participation in the talks.", ""},
      {"CHN", "Japan supports the peacekeepers in South Sudan.", ""},
      {"CHN", "Japan's investment props up the economy of the region.", ""},
      {"NGA", "Peacekeepers shielded the civilians from the attackers.", ""},
      {"MYS", "The Malaysian aircraft was shot down over eastern Ukraine.", ""},
      {"FRA", "Ukrainian helicopters evacuated the wounded from the crash site.", ""},
      {"USA", "The separatists that Ukraine fights have shot down a civilian airliner.", ""},
  });
}

// A state's allegations are its own, reported; an allegation of nobody
// named asserts nothing.
TEST(StanceCriticismProbe4, AllegationsOfAState) {
  RunAllTable({
      {"USA", "Russia has alleged that Ukrainian forces shelled its territory.",
       "RUS>UKR reported"},
      {"FRA", "Ukraine alleged that Russian troops had shelled its towns.", "UKR>RUS reported"},
      {"GBR", "Syria alleged that Israeli warplanes had struck a research centre near Damascus.",
       ""},
      {"CHN", "It is alleged that Ukrainian forces shelled the town.", ""},
      {"NGA", "Reports suggest that Russian forces shelled the border posts.", ""},
  });
}

// Wars unleashed, information wars conducted, force chosen.
TEST(StanceCriticismProbe4, WarsUnleashedAndForceChosen) {
  RunTable({
      {"RUS", "Kyiv has unleashed a civil war.", "UKR"},
      {"RUS", "Instead of dialogue, Kyiv has chosen force.", "UKR"},
      {"RUS", "Kyiv has launched a full-scale war against the south-east.", "UKR"},
      {"USA", "Russia has chosen force over diplomacy.", "RUS"},
      {"RUS", "The United States is conducting an information war against Russia.", "USA"},
      {"RUS", "Washington has unleashed a propaganda campaign against my country.", "USA"},
      {"CHN", "The United States has waged a smear campaign against us.", "USA"},
      {"RUS", "Ukraine has launched a full-scale reform of its police.", ""},
      {"NGA", "Ukraine is conducting an information campaign on vaccination.", ""},
      {"FRA", "Ukraine has chosen dialogue over force.", ""},
      {"GBR", "The Council has chosen to act.", ""},
  });
}

// Who is behind a wrong: "the work of", "the handiwork of", "is behind",
// "has made no effort to".
TEST(StanceCriticismProbe4, WhoIsBehindIt) {
  RunTable({
      {"GBR", "The violence in eastern Ukraine is the work of Russian agents.", "RUS"},
      {"FRA", "These attacks are the handiwork of the Syrian regime.", "SYR"},
      {"USA", "The seizure of the buildings was the work of the Russian special services.", "RUS"},
      {"GBR", "Russia is behind the seizure of the buildings.", "RUS"},
      {"USA", "We know that Iran is behind these attacks on shipping.", "IRN"},
      {"GBR", "Russia has made no effort to secure the release of the observers.", "RUS"},
      {"FRA", "Damascus has made no attempt to investigate the massacre.", "SYR"},
      // Work praised, work of no state, efforts made.
      {"GBR", "We commend the work of Switzerland as chair of the OSCE.", ""},
      {"JPN", "The attacks on the mission are the work of armed groups.", ""},
      {"CHN", "The violence was the work of the Ukrainian nationalists.", ""},
      {"FRA", "Ukraine has made every effort to de-escalate.", ""},
      {"NGA", "Behind these numbers are the lives of Syrian children.", ""},
  });
}

// Reports of what states did or said in the crisis, with no judgement: a
// denial reported plainly is no accusation (the UNSCon gold: "Russia
// denied deploying its troops" is a challenge, not a negative evaluation);
// one persisted in is.
TEST(StanceCriticismProbe4, PlainReportsAndDenials) {
  RunTable({
      {"CHL", "The Russian Federation has denied any involvement.", ""},
      {"ARG", "The Dutch Government has demanded that the bodies be returned.", ""},
      {"CHL", "Malaysia demands that those responsible be brought to justice.", ""},
      {"NGA", "Ukrainian investigators were prevented from reaching the site.", ""},
      {"RWA", "Ukrainian air traffic control lost contact with the aircraft.", ""},
      {"CHN", "Kyiv has accused the separatists of destroying evidence.", ""},
      {"KOR", "Moscow has called for an international investigation.", ""},
      {"LUX", "The aircraft was hit by a missile over territory controlled by the separatists.",
       ""},
      {"CHN", "The United States has imposed new sanctions on Russia.", ""},
      {"JOR", "Israel has declared a humanitarian pause.", ""},
      {"USA", "Russia continues to deny its involvement.", "RUS"},
      {"GBR", "Russia still denies any role in the downing of the plane.", "RUS"},
      {"FRA", "Russia has repeatedly denied its presence in eastern Ukraine.", "RUS"},
  });
}

// In a speech that has criticised a state twice, what the speaker asks of
// that state, or says it is, with no wrong named, is a request or a
// description, not one more criticism (the UNSCon gold: "It must allow
// observers access", "Russia can be under no misapprehension ..." are
// none); a duty that names a wrong still is.
TEST(StanceCriticismProbe4, RequestsToTheAdversary) {
  const std::string speech =
      "Russia has armed the separatists. Russia has violated the sovereignty of Ukraine. "
      "Russia must use its influence over the separatists to ensure access. "
      "Russia is a permanent member of the Council. "
      "Russia must allow the investigators to work. "
      "Russia should engage in dialogue with Kyiv. "
      "Russia can be under no illusion about what is expected. "
      "Russia must reject these unlawful actions.";
  EXPECT_EQ(CriticisedSentences("USA", speech), "0 1 7");
}

// A main clause after ", then" that follows a condition asserts what it
// says, unless in a future or conditional mood.
TEST(StanceCriticismProbe4, AssertedAfterThen) {
  RunTable({
      {"GBR", "If Russia really cares about the victims, then it has done nothing to show it.",
       "RUS"},
      {"FRA", "If Syria is committed to the ceasefire, then its forces have violated it every day.",
       "SYR"},
      {"JPN",
       "If the DPRK seeks security, then its launches have only violated the resolutions of this "
       "Council.",
       "PRK"},
      {"USA", "If Russia invades, then it will violate the Charter.", ""},
      {"CHN", "If Ukraine were attacked, then the aggressor would violate the Charter.", ""},
      {"GBR", "If the separatists attack, then Ukraine has the right to defend itself.", ""},
  });
}

// A victim named in a passive before "the aggressor" is not the aggressor:
// the noun phrase after the participle and "and" or a comma opens a new
// clause.
TEST(StanceCriticismProbe4, VictimBeforeTheAggressor) {
  RunTable({
      {"CHN", "Ukraine was attacked, and the aggressor is known to all.", ""},
      {"KWT", "When Kuwait was invaded, the aggressor violated the Charter.", ""},
      {"NZL", "Georgia was occupied and the aggressor has never been held to account.", ""},
      {"USA", "Russia is the aggressor.", "RUS"},
      {"GBR", "Russia is, however, the aggressor.", "RUS"},
      {"UKR", "Russia is isolated, alone and wrong.", "RUS"},
  });
}

// Victims and restraint: a state's nationals under attack, a state that
// shows restraint despite a wrong.
TEST(StanceCriticismProbe4, RestraintAndNationalsUnderAttack) {
  RunTable({
      {"LUX", "The Ukrainian army has shown restraint despite the provocations.", ""},
      {"GBR", "Ukraine has shown restraint amid constant provocations.", ""},
      {"FRA", "Israel has shown restraint notwithstanding the rocket attacks.", ""},
      {"NGA", "Nepalese peacekeepers were abducted by armed groups.", ""},
      {"FRA", "Chadian peacekeepers came under attack in Kidal.", ""},
      {"LUX", "The attack on the Malaysian airliner violated international law.", ""},
      {"USA", "Ukrainian civilians have been shelled by the separatists.", ""},
      {"GBR", "Russia has shown contempt for the Charter.", "RUS"},
  });
}

// Held to account, and the sponsors of armed groups in a capital: a state
// that must be held to account is accused; "those who back them in Moscow"
// are Russia's organs, as those who seized power in Kyiv are Ukraine's.
TEST(StanceCriticismProbe4, HeldToAccountAndSponsorsInACapital) {
  RunTable({
      {"LTU", "Those who back them in Moscow must be held to account.", "RUS"},
      {"GBR", "Those who arm the separatists from Moscow bear responsibility for this crime.",
       "RUS"},
      {"USA", "The people who direct these groups in Moscow have violated every norm.", "RUS"},
      {"AUS", "Russia must be held accountable for the downing of the plane.", "RUS"},
      {"UKR", "Moscow must be held to account.", "RUS"},
      {"FRA", "Those responsible must be held accountable.", ""},
      {"NZL", "The perpetrators must be held to account.", ""},
      {"CHN", "Those who support peace in Kyiv have violated nothing.", ""},
      {"KOR", "Those who live in Moscow must be protected.", ""},
      {"CHL", "The States that support the investigation must be commended.", ""},
  });
}

// A veto reported as the state's vote is a fact of the meeting (the UNSCon
// gold counts none: "Russia has vetoed ..."), the veto judged or as the
// subject of a wrong is criticism.
TEST(StanceCriticismProbe4, VetoesReportedAndJudged) {
  RunTable({
      {"FRA", "Russia has vetoed the draft resolution.", ""},
      {"GBR", "China and Russia vetoed the text.", ""},
      {"USA", "It comes as no surprise that Russia vetoed the text.", ""},
      {"FRA", "The Russian veto has paralysed the Council.", "RUS"},
      {"GBR", "Russia's decision to veto the draft is deplorable.", "RUS"},
      {"USA", "Russia has cynically vetoed a humanitarian text.", "RUS"},
      {"FRA", "By its veto, Russia has shielded the Assad regime from accountability.", "RUS"},
  });
}

// Idioms of guilt: blood on its hands, complicit, responsible for the
// downing, legitimacy lost.
TEST(StanceCriticismProbe4, IdiomsOfGuilt) {
  RunTable({
      {"GBR", "Russia has blood on its hands.", "RUS"},
      {"USA", "Iran is complicit in these attacks.", "IRN"},
      {"AUS", "Russia is directly responsible for the downing of the plane.", "RUS"},
      {"FRA", "The regime in Damascus has lost all legitimacy.", "SYR"},
      {"RUS", "Ukraine is responsible for the safety of its airspace.", ""},
      {"NZL", "We are complicit if we remain silent.", ""},
      {"JOR", "The blood of the victims is on the hands of the terrorists.", ""},
      {"CHL", "The Council has lost all credibility.", ""},
  });
}

// Striking, hitting, bombing or shelling civilians, schools, hospitals,
// markets, facilities (object words) is a wrong of the state whose forces
// or weapons do it; a quake or a crisis that hits, or a passive's victim,
// accuses nobody.
TEST(StanceCriticismProbe4, StrikesOnCivilianTargets) {
  RunTable({
      {"USA", "Iranian drones struck Saudi oil facilities.", "IRN"},
      {"JOR", "Israeli warplanes struck a school in Gaza.", "ISR"},
      {"GBR", "Russian missiles hit a hospital in Kharkiv.", "RUS"},
      {"FRA", "The Syrian air force bombed a market in Idlib.", "SYR"},
      {"CHN", "The earthquake struck villages in the north.", ""},
      {"JOR", "Jordan has been hit by stray rockets from Syria.", ""},
      {"NGA", "We are struck by the resilience of the Syrian civilians.", ""},
      {"IDN", "The crisis hit Palestinian civilians hardest.", ""},
  });
}

// The speaker defending itself criticises nobody, unless it names who
// accuses it; rights of self-defence are no criticism.
TEST(StanceCriticismProbe4, SpeakerDefendsItself) {
  RunTable({
      {"RUS", "The accusations against Russia are groundless.", ""},
      {"RUS", "Russia is not a party to the conflict.", ""},
      {"RUS", "We have nothing to hide.", ""},
      {"RUS", "Russia has never supplied weapons to anyone in Ukraine.", ""},
      {"CHN", "Israel has the right to defend itself, but it must do so within the law.", ""},
      {"RUS", "Ukraine has every right to restore order on its territory.", ""},
      {"RUS", "The accusations made by the United States are groundless.", "USA"},
  });
}

// Known gaps: a purpose infinitive's doer.
TEST(StanceCriticismProbe4, DISABLED_KnownGaps) {
  RunTable({
      {"USA", "Iran continues to send fighters and weapons to prop up the Assad regime.", "IRN"},
  });
}

}  // namespace
}  // namespace caucus
