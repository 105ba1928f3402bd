#include "caucus/turns.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "../lib/turns/patterns.h"
#include "../lib/turns/turns.h"

namespace caucus {
namespace {

// A resolver without dictionaries: exact labels, case-insensitive.
std::optional<EntityRef> FakeResolve(std::string_view label) {
  static const std::map<std::string, EntityRef> kKnown = {
      {"iran", {"IRN", "government", "Iran"}},
      {"united states", {"USA", "government", "United States"}},
      {"united states of america", {"USA", "government", "United States"}},
      {"france", {"FRA", "government", "France"}},
      {"brazil", {"BRA", "government", "Brazil"}},
      {"russian federation", {"RUS", "government", "Russian Federation"}},
      {"kuwait", {"KWT", "government", "Kuwait"}},
      {"saudi arabia", {"SAU", "government", "Saudi Arabia"}},
      {"egypt", {"EGY", "government", "Egypt"}},
      {"kenya", {"KEN", "government", "Kenya"}},
      {"arab states", {"arab-group", "group", "Arab Group"}},
      {"arab group", {"arab-group", "group", "Arab Group"}},
      {"group of 77 and china", {"G-77", "group", "Group of 77"}},
      {"itu secretary-general", {"ITU", "body", "International Telecommunication Union"}},
      {"itu council", {"ITU", "body", "International Telecommunication Union"}},
      {"viet nam", {"VNM", "government", "Viet Nam"}},
      {"belgium", {"BEL", "government", "Belgium"}},
      {"dominican republic", {"DOM", "government", "Dominican Republic"}},
      {"bulgaria", {"BGR", "government", "Bulgaria"}},
      {"president of the french republic", {"FRA", "government", "France"}},
      {"bolivarian republic of venezuela", {"VEN", "government", "Venezuela"}},
  };
  std::string low(label);
  for (char& c : low) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  auto it = kKnown.find(low);
  if (it == kKnown.end()) return std::nullopt;
  return it->second;
}

std::string Slice(std::string_view text, Span s) {
  return std::string(text.substr(s.begin, s.size()));
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What a test expects of one turn; "*" in a field means "don't check".
struct Want {
  std::string speaker;
  std::string role;
  std::string entity;
  std::string starts_with;  // the turn's text begins with this
  std::string language = "*";
  std::vector<std::string> on_behalf_of = {"*"};
};

struct Case {
  const char* name;
  TurnFormat format;  // kAuto: also checks detection gives `detected`
  TurnFormat detected;
  std::string text;
  std::vector<Want> want;
};

// Spans must be sorted, non-overlapping, in range, trimmed, with notes inside.
void CheckInvariants(std::string_view text, const std::vector<Turn>& turns) {
  uint32_t last = 0;
  for (const Turn& t : turns) {
    EXPECT_LE(last, t.span.begin);
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_LE(t.span.end, text.size());
    EXPECT_FALSE(isspace(static_cast<unsigned char>(text[t.span.end - 1])));
    for (const Span& n : t.notes) EXPECT_TRUE(t.span.Contains(n)) << Slice(text, n);
    last = t.span.end;
  }
}

class TurnsFormatTest : public ::testing::TestWithParam<Case> {};

TEST_P(TurnsFormatTest, FindsSpeakersRolesAndEntities) {
  const Case& c = GetParam();
  if (c.format == TurnFormat::kAuto) EXPECT_EQ(DetectTurnFormat(c.text), c.detected);
  TurnOptions options;
  options.format = c.format;
  std::vector<Turn> turns = FindTurns(c.text, options, FakeResolve);
  CheckInvariants(c.text, turns);
  ASSERT_EQ(turns.size(), c.want.size());
  for (size_t i = 0; i < turns.size(); ++i) {
    const Turn& t = turns[i];
    const Want& w = c.want[i];
    SCOPED_TRACE("turn " + std::to_string(i) + ": " + Slice(c.text, t.span));
    EXPECT_EQ(t.speaker, w.speaker);
    EXPECT_EQ(t.role, w.role);
    EXPECT_EQ(t.entity, w.entity);
    EXPECT_EQ(Slice(c.text, t.span).substr(0, w.starts_with.size()), w.starts_with);
    if (w.language != "*") EXPECT_EQ(t.language, w.language);
    if (w.on_behalf_of != std::vector<std::string>{"*"}) EXPECT_EQ(t.on_behalf_of, w.on_behalf_of);
  }
}

const Case kCases[] = {
    {"cart",
     TurnFormat::kAuto,
     TurnFormat::kCart,
     "***\n"
     "This text is being provided in a rough draft format. Communication Access Realtime "
     "Translation (CART) is provided in order to facilitate communication accessibility.\n"
     "***\n\n"
     ">> CHAIRMAN: Good morning. Iran, you have the floor.\n\n"
     ">> IRAN: Thank you, Chairman. My delegation cannot accept paragraph 3.\n"
     "We support enhanced cooperation.\n\n"
     ">> UNITED STATES: We join the previous speakers. [inaudible] The IGF works.\n"
     ">> SAUDI ARABIA: Speaking on behalf of the Arab States, we agree with Iran.\n"
     ">> (No English.)\n"
     ">> CHAIRMAN COMMITTEE 4: Committee 4 agreed on IPv6 (?) text.\n"
     ">> ITU SECRETARY-GENERAL: Thank you. (Applause.)\n"
     ">> MODERATOR: We resume.\n"
     ">> Sorry, could you repeat the question?\n"
     "***\nThis text is being provided in a rough draft format.\n***\n",
     {{"CHAIRMAN", "chair", "", ">> CHAIRMAN: Good"},
      {"IRAN", "delegate", "IRN", ">> IRAN:", "", {}},
      {"UNITED STATES", "delegate", "USA", ">> UNITED STATES"},
      {"SAUDI ARABIA", "delegate", "SAU", ">> SAUDI", "", {"arab-group"}},
      {"", "unknown", "", ">> (No English.)"},
      {"CHAIRMAN COMMITTEE 4", "chair", "", ">> CHAIRMAN COMMITTEE 4"},
      {"ITU SECRETARY-GENERAL", "secretariat", "ITU", ">> ITU"},
      {"MODERATOR", "moderator", "", ">> MODERATOR"},
      {"", "unknown", "", ">> Sorry"}}},
    {"cart no space after >>",
     TurnFormat::kCart,
     TurnFormat::kCart,
     ">>IRAN: Thanks.\n>>BRAZIL:Thank you.\n",
     {{"IRAN", "delegate", "IRN", ">>IRAN"}, {"BRAZIL", "delegate", "BRA", ">>BRAZIL"}}},
    {"un verbatim",
     TurnFormat::kAuto,
     TurnFormat::kUnVerbatim,
     "The meeting was called to order at 3.05 p.m.\n\n"
     "The President (spoke in French): I give the floor to the representative of France.\n\n"
     "Mr. Levitte (France) (spoke in French): France supports the IGF.\n\n"
     "The Acting President: I now call on the representative of the United States.\n\n"
     "Ms. Rice (United States of America): We reject a single intergovernmental body.\n\n"
     "Mr. Al-Otaibi (Kuwait) (spoke in Arabic): I have the honour to speak on behalf of the "
     "Arab Group. We call for enhanced cooperation.\n\n"
     "President Ruto (Kenya): Kenya hosted the IGF.\n\n"
     "The meeting rose at 6.15 p.m.\n",
     {{"The President (spoke in French)", "chair", "", "The President", "French"},
      {"Mr. Levitte (France) (spoke in French)", "delegate", "FRA", "Mr. Levitte", "French"},
      {"The Acting President", "chair", "", "The Acting", ""},
      {"Ms. Rice (United States of America)", "delegate", "USA", "Ms. Rice", ""},
      {"Mr. Al-Otaibi (Kuwait) (spoke in Arabic)",
       "delegate",
       "KWT",
       "Mr. Al-Otaibi",
       "Arabic",
       {"arab-group"}},
      {"President Ruto (Kenya)", "delegate", "KEN", "President Ruto"}}},
    {"summary",
     TurnFormat::kAuto,
     TurnFormat::kSummary,
     "Summary record of the 3rd meeting\n\n"
     "1. The Chair invited the Commission to consider the report.\n\n"
     "2. The delegate of Brazil said that enhanced cooperation was needed.\n\n"
     "3. He also noted that the group had not agreed.\n\n"
     "4. The representative of the Russian Federation proposed an intergovernmental process.\n\n"
     "5. The representative of Egypt, speaking on behalf of the Group of 77 and China, said "
     "that developing countries were under-represented.\n\n"
     "6. Mr. Smith (United Kingdom) said that he shared the views of the United States.\n\n"
     "Agenda item 4\n\n"
     "7. The secretariat explained that the report was available.\n",
     {{"The Chair", "chair", "", "The Chair invited"},
      {"The delegate of Brazil", "delegate", "BRA", "The delegate of Brazil"},
      {"The representative of the Russian Federation", "delegate", "RUS",
       "The representative of the R"},
      {"The representative of Egypt",
       "delegate",
       "EGY",
       "The representative of Egypt",
       "",
       {"G-77"}},
      {"Mr. Smith (United Kingdom)", "unknown", "", "Mr. Smith"},
      {"The secretariat", "secretariat", "", "The secretariat"}}},
    {"script",
     TurnFormat::kAuto,
     TurnFormat::kScript,
     "Via Teleconference\n\n4:06 P.M. EDT\n\n"
     "MODERATOR:  Thank you, everyone, for joining.\n\n"
     "SENIOR ADMINISTRATION OFFICIAL:  Thanks.  The Internet has enabled extraordinary "
     "benefits.\n\n"
     "Q    Hello.  Why not the U.N. framework?\n\n"
     "SENIOR ADMINISTRATION OFFICIAL:  The Declaration remains open (inaudible).\n\n"
     "Q:  Thanks.  One more?\n\n"
     "MODERATOR:\nGreat, thanks.\n\n"
     "4:28 P.M. EDT\n",
     {{"MODERATOR", "moderator", "", "MODERATOR:"},
      {"SENIOR ADMINISTRATION OFFICIAL", "delegate", "", "SENIOR"},
      {"Q", "questioner", "", "Q    Hello"},
      {"SENIOR ADMINISTRATION OFFICIAL", "delegate", "", "SENIOR"},
      {"Q", "questioner", "", "Q:"},
      {"MODERATOR", "moderator", "", "MODERATOR:\nGreat, thanks."}}},
    {"parliament openings",
     TurnFormat::kAuto,
     TurnFormat::kParliament,
     "Management of the Internet\n"
     "The next item is the report by Mr Example on domain names .\n"
     "Mr President , the report asks for a firmer line with ICANN .\n"
     "We support the .eu domain .\n"
     "-- Mr President , I congratulate the rapporteur .\n"
     "I have asked to speak , Mr President , about the social Internet .\n"
     "Madam President , ladies and gentlemen , the digital divide matters .\n",
     {{"", "chair", "", "The next item"},
      {"", "delegate", "", "Mr President , the report"},
      {"", "delegate", "", "Mr President , I congratulate"},
      {"", "delegate", "", "Madam President"}}},
    {"parliament speaker lines",
     TurnFormat::kAuto,
     TurnFormat::kParliament,
     "President. – The next item is the report by Mr Example.\n\n"
     "Example (PSE), rapporteur. – Mr President, we support the .eu domain.\n\n"
     "Liikanen, Member of the Commission. – Mr President, the Commission agrees.\n",
     {{"President", "chair", "", "President. –"},
      {"Example (PSE), rapporteur", "delegate", "", "Example (PSE)"},
      {"Liikanen, Member of the Commission", "delegate", "", "Liikanen"}}},
    {"un labels wrapped by a column",
     TurnFormat::kAuto,
     TurnFormat::kUnVerbatim,
     "The President: I give the floor to the representative\nof Belgium.\n"
     "Mr. Pecsteen de Buytswerve (Belgium) (spoke in\nFrench): Belgium shares the view.\n"
     "Mr. Singer Weisinger (Dominican Republic)\n(spoke in Spanish): We support the text.\n"
     "Mr. Arias Lopez (Bolivarian Republic of\nVenezuela) (spoke\nin Spanish): We reject it.\n",
     {{"The President", "chair", "", "The President:"},
      {"Mr. Pecsteen de Buytswerve (Belgium) (spoke in French)", "delegate", "BEL",
       "Mr. Pecsteen de Buytswerve (Belgium) (spoke in\nFrench): Belgium", "French"},
      {"Mr. Singer Weisinger (Dominican Republic) (spoke in Spanish)", "delegate", "DOM",
       "Mr. Singer Weisinger", "Spanish"},
      {"Mr. Arias Lopez (Bolivarian Republic of Venezuela) (spoke in Spanish)", "delegate", "VEN",
       "Mr. Arias Lopez", "Spanish"}}},
    {"one labelled speech",
     TurnFormat::kAuto,
     TurnFormat::kUnVerbatim,
     "Mr. Delegate (Russian Federation) (spoke in Russian): We cannot support this draft. It "
     "ignores the views of the region.\n\nWe call on the Council to reconsider.\n",
     {{"Mr. Delegate (Russian Federation) (spoke in Russian)", "delegate", "RUS", "Mr. Delegate",
       "Russian"}}},
    {"one labelled speech after a heading",
     TurnFormat::kAuto,
     TurnFormat::kUnVerbatim,
     "Security Council, 8700th meeting\n\nMrs. Gueguen (France): France regrets the vote.\n",
     {{"Mrs. Gueguen (France)", "delegate", "FRA", "Mrs. Gueguen"}}},
    {"one label deep in prose is no transcript",
     TurnFormat::kAuto,
     TurnFormat::kNone,
     "The Council met on Friday.\nIt heard many speakers.\nSome were brief.\nOthers were "
     "not.\nMrs. Gueguen (France): France regrets the vote.\n",
     {}},
    {"the chair from the cover page",
     TurnFormat::kAuto,
     TurnFormat::kUnVerbatim,
     "Security Council\n\nPresident:\n\nMr. Dang. . . . . . . . . . . . .\n\n(Viet Nam)\n\n"
     "Members: Belgium Mr. X\n\n"
     "The President: I now give the floor to the representative of Belgium.\n"
     "Mr. X (Belgium): We welcome the draft.\n"
     "The President: I shall now make a statement in my capacity as the representative of Viet "
     "Nam.\nWe support the draft.\nI now resume my functions as President of the Council.\n"
     "In the absence of the President, Mr. Y (Bulgaria), Vice-President, took the Chair.\n"
     "The Acting President: I call on the next speaker.\n"
     "The President returned to the Chair.\n"
     "The Chair: The meeting is adjourned.\n",
     {{"The President", "chair", "VNM", "The President: I now give"},
      {"Mr. X (Belgium)", "delegate", "BEL", "Mr. X"},
      {"The President", "delegate", "VNM", "The President: I shall now make a statement"},
      {"The President", "chair", "VNM", "I now resume my functions"},
      {"The Acting President", "chair", "BGR", "The Acting President:"},
      {"The Chair", "chair", "VNM", "The Chair:"}}},
    {"the chair from its own words",
     TurnFormat::kAuto,
     TurnFormat::kUnVerbatim,
     "The President: Thank you. Before we proceed, I shall make a brief statement in my "
     "capacity as the representative of Viet Nam. We condemn the attack.\n"
     "Mr. X (Belgium): We agree.\n",
     {{"The President", "chair", "VNM", "The President: Thank you."},
      {"The President", "delegate", "VNM", "Before we proceed, I shall make"},
      {"Mr. X (Belgium)", "delegate", "BEL", "Mr. X"}}},
    {"address by a head of state",
     TurnFormat::kAuto,
     TurnFormat::kUnVerbatim,
     "Address by Mr. Emmanuel Example, President of the French Republic\n"
     "The Acting President: The Assembly will now hear an address by the President of the French "
     "Republic.\n"
     "Mr. Emmanuel Example, President of the French Republic, was escorted into the General "
     "Assembly Hall.\n"
     "President Example (spoke in French): We call for a global digital compact.\n",
     {{"The Acting President", "chair", "", "The Acting President:"},
      {"President Example (spoke in French)", "delegate", "FRA", "President Example", "French"}}},
    {"plain prose has no turns",
     TurnFormat::kAuto,
     TurnFormat::kNone,
     "Mr President,\nThe Internet has changed our lives. We support the IGF. The delegate of "
     "Brazil said nothing.\n",
     {}},
    {"forced format on other text finds nothing",
     TurnFormat::kCart,
     TurnFormat::kNone,
     "MODERATOR: Hello.\nQ: Hi.\n",
     {}},
};

INSTANTIATE_TEST_SUITE_P(Formats, TurnsFormatTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           std::string n = info.param.name;
                           for (char& c : n) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n;
                         });

// The cheap test before a record's turns are looked for: a label's colon
// after ")", "President" or "Chair", or a CART ">>".
TEST(TurnsLabels, MayHaveSpeakerLabels) {
  const struct {
    const char* text;
    bool may;
  } kCases[] = {
      {"Mr. Smith (Ghana): We support the text.", true},
      {"The President: I give the floor to Kenya.", true},
      {"Chair: The meeting is open.", true},
      {">> Thank you, Chair.", true},
      {"):", true},
      {":", false},
      {"", false},
      {"Note: the vote (on Monday) was close.", false},
      {"President Lula spoke; the Chair said nothing: a quiet day.", false},
      {"A > B and C >= D: no labels here.", false},
      {"Vice-President: open the meeting", true},
  };
  for (const auto& c : kCases) EXPECT_EQ(MayHaveSpeakerLabels(c.text), c.may) << c.text;
}

TEST(TurnsNotes, MarksStageDirectionsNotSpeech) {
  const std::string text =
      "We agree (Applause.) and [inaudible] then (?) and (No English.) (spoke in French) "
      "[Speaking in Arabic] (see annex) (France) [senior administration official] \\[Inaudible\\]";
  std::vector<Span> notes = FindNotes(text, {0, static_cast<uint32_t>(text.size())});
  std::vector<std::string> got;
  for (const Span& s : notes) got.push_back(Slice(text, s));
  EXPECT_EQ(got, (std::vector<std::string>{"(Applause.)", "[inaudible]", "(?)", "(No English.)",
                                           "(spoke in French)", "[Speaking in Arabic]",
                                           "\\[Inaudible\\]"}));
}

TEST(TurnsNotes, LanguageFromNoteInCart) {
  const std::string text = ">> CHAIRMAN: Thanks.\n>> IRAN: (Speaking in Farsi) Thank you.\n";
  std::vector<Turn> turns = FindTurns(text, {}, FakeResolve);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[1].language, "Farsi");
  EXPECT_EQ(turns[1].entity, "IRN");
}

TEST(TurnsCart, SeparatorEndsTurnAndChairOfBodyIsNotTheBody) {
  const std::string text =
      ">> ITU COUNCIL: hello\n>> CHAIR: closing.\n***\nThis text is a rough draft.\n";
  std::vector<Turn> turns = FindTurns(text, {}, FakeResolve);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[0].entity, "ITU");
  EXPECT_EQ(turns[0].role, "delegate");
  EXPECT_EQ(Slice(text, turns[1].span), ">> CHAIR: closing.");
}

TEST(TurnsResolver, BriefingOfficialsSpeakForTheGovernmentTheyNameAsWe) {
  const std::string text =
      "MODERATOR:  Thanks for joining.\n\n"
      "SENIOR ADMINISTRATION OFFICIAL:  Hello.\n\n"
      "Q    What about Russia?\n\n"
      "SENIOR ADMINISTRATION OFFICIAL:  The tools we,\nas the United States, have are many.\n";
  std::vector<Turn> turns = FindTurns(text, {}, FakeResolve);
  ASSERT_EQ(turns.size(), 4u);
  std::vector<std::string> got;
  for (const Turn& t : turns) got.push_back(t.entity);
  EXPECT_EQ(got, (std::vector<std::string>{"USA", "USA", "", "USA"}));
  // Two governments named as "we": each turn keeps its own, nobody else gets one.
  const std::string two =
      "MODERATOR:  Hi.\n\nOFFICIAL:  We, as Brazil, agree.\n\nOFFICIAL:  We, as France, do "
      "not.\n\nOFFICIAL:  Fine.\n";
  turns = FindTurns(two, {}, FakeResolve);
  got.clear();
  for (const Turn& t : turns) got.push_back(t.entity);
  EXPECT_EQ(got, (std::vector<std::string>{"", "BRA", "FRA", ""}));
}

TEST(TurnsResolver, EmptyResolverLinksNothing) {
  std::vector<Turn> turns = FindTurns(">> IRAN: a\n>> BRAZIL: b\n", {}, nullptr);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[0].entity, "");
  EXPECT_EQ(turns[0].normalized, "Iran");
  EXPECT_EQ(turns[0].role, "unknown");
}

TEST(TurnsResolver, UnresolvedGroupGetsASlug) {
  std::vector<Turn> turns =
      FindTurns(">> CHAIR: ok\n>> CHAD: I speak on behalf of the Sahel Alliance, and we agree.\n",
                {}, FakeResolve);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[1].on_behalf_of, std::vector<std::string>{"sahel-alliance"});
}

TEST(TurnsResolver, OnBehalfOfItselfIsNoGroup) {
  std::vector<Turn> turns = FindTurns(
      ">> CHAIR: ok\n>> KENYA: I speak on behalf of Kenya, and we agree.\n>> EGYPT: I speak on "
      "behalf of the Arab Group, and we agree.\n",
      {}, FakeResolve);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(turns[1].entity, "KEN");
  EXPECT_TRUE(turns[1].on_behalf_of.empty());
  EXPECT_EQ(turns[2].on_behalf_of, std::vector<std::string>{"arab-group"});
}

TEST(TurnsResolver, ThankingOnBehalfOfColleaguesIsNotOnBehalf) {
  std::vector<Turn> turns = FindTurns(
      ">> CHAIR: ok\n>> BRAZIL: Thank you. I thank you on behalf of colleagues in my region.\n", {},
      FakeResolve);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_TRUE(turns[1].on_behalf_of.empty());
}

TEST(TurnsNormalize, ShoutingLabelsAreTitleCased) {
  std::vector<Turn> turns = FindTurns(
      ">> UNITED STATES OF AMERICA: a\n>> ITU SECRETARY-GENERAL: b\n>> CÔTE D'IVOIRE: c\n", {},
      nullptr);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(turns[0].normalized, "United States of America");
  EXPECT_EQ(turns[1].normalized, "ITU Secretary-General");
  EXPECT_EQ(turns[2].normalized, "Côte d'Ivoire");
}

// The role words of dictionaries/english.json (label_chair_titles,
// label_role_prefixes, label_bureau_words, label_interpreter_words,
// label_moderators, label_secretariat_words): one CART label each.
TEST(TurnsRoles, LabelWordsFromEnglishJson) {
  const std::vector<std::pair<std::string, std::string>> kCases = {
      {"CHAIRMAN COMMITTEE 4", "chair"},
      {"VICE-CHAIRMAN", "chair"},
      {"CO-CHAIR", "chair"},
      {"THE ACTING PRESIDENT", "chair"},
      {"TEMPORARY CHAIRPERSON", "chair"},
      {"CHAIRS OF THE GROUPS", "unknown"},  // "CHAIR" needs a word end
      {"DIRECTOR, TSB", "secretariat"},
      {"BDT DIRECTOR", "secretariat"},
      {"DIRECTOR GENERAL", "unknown"},  // no bureau
      {"SECRETARY OF THE COMMISSION", "secretariat"},
      {"ARABIC INTERPRETER", "interpreter"},
      {"HOST", "moderator"},
      {"HOSTS", "unknown"},  // a whole label only
  };
  std::string text;
  for (const auto& [label, role] : kCases) text += ">> " + label + ": a few words.\n";
  TurnOptions cart;
  cart.format = TurnFormat::kCart;
  std::vector<Turn> turns = FindTurns(text, cart, nullptr);
  ASSERT_EQ(turns.size(), kCases.size());
  for (size_t i = 0; i < kCases.size(); ++i)
    EXPECT_EQ(turns[i].role, kCases[i].second) << kCases[i].first;
}

TEST(TurnAtTest, FindsContainingTurn) {
  std::vector<Turn> turns(3);
  turns[0].span = {10, 20};
  turns[1].span = {20, 30};
  turns[2].span = {40, 50};
  const struct {
    uint32_t offset;
    std::optional<size_t> want;
  } kCases[] = {{0, std::nullopt},  {10, 0}, {19, 0},           {20, 1}, {29, 1},
                {30, std::nullopt}, {45, 2}, {50, std::nullopt}};
  for (const auto& c : kCases) EXPECT_EQ(TurnAt(turns, c.offset), c.want) << c.offset;
  EXPECT_EQ(TurnAt({}, 5), std::nullopt);
}

TEST(TurnFormatNames, RoundTripAndRejectUnknown) {
  for (TurnFormat f :
       {TurnFormat::kAuto, TurnFormat::kNone, TurnFormat::kCart, TurnFormat::kUnVerbatim,
        TurnFormat::kSummary, TurnFormat::kScript, TurnFormat::kParliament}) {
    Result<TurnFormat> r = ParseTurnFormat(TurnFormatName(f));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, f);
  }
  Result<TurnFormat> bad = ParseTurnFormat("hansard");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("hansard"), std::string::npos);
}

TEST(TurnsStats, CountsResolvedAndUnresolved) {
  std::vector<Turn> turns =
      FindTurns(">> CHAIR: a\n>> IRAN: b\n>> NARNIA: c\n>> Q: d\n>>\n", {}, FakeResolve);
  TurnStats stats;
  stats.Add(turns);
  EXPECT_EQ(stats.documents, 1u);
  EXPECT_EQ(stats.turns, 5u);
  EXPECT_EQ(stats.resolved, 1u);
  // Every turn is counted once: NARNIA is unresolved, the chair's and the
  // questioner's turns are procedural, a bare >> has no label.
  EXPECT_EQ(stats.unresolved, 1u);
  EXPECT_EQ(stats.procedural, 2u);
  EXPECT_EQ(stats.unlabelled, 1u);
  EXPECT_EQ(stats.resolved + stats.unresolved + stats.procedural + stats.unlabelled, stats.turns);
}

// The fixtures in tests/data/transcripts: one per format, detected as such.
TEST(TurnsFixtures, EachFixtureIsDetectedAsItsFormat) {
  const std::pair<const char*, TurnFormat> kFiles[] = {
      {"cart-itu-council-wg.txt", TurnFormat::kCart},
      {"un-verbatim-general-assembly.txt", TurnFormat::kUnVerbatim},
      {"summary-cstd-session.txt", TurnFormat::kSummary},
      {"script-press-briefing.txt", TurnFormat::kScript},
      {"parliament-speaker-lines.txt", TurnFormat::kParliament},
      {"parliament-openings.txt", TurnFormat::kParliament},
  };
  for (const auto& [file, format] : kFiles) {
    SCOPED_TRACE(file);
    std::string text = ReadFile(std::string(CAUCUS_TEST_DATA) + "/transcripts/" + file);
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(DetectTurnFormat(text), format);
    std::vector<Turn> turns = FindTurns(text, {}, FakeResolve);
    EXPECT_GE(turns.size(), 5u);
    CheckInvariants(text, turns);
  }
}

// DetectLabelledTurnFormat (what `caucus stances` asks) gives the labelled
// formats exactly where DetectTurnFormat does, and kNone for every other.
TEST(TurnsFixtures, LabelledDetectionAgreesWithFullDetection) {
  const internal::EnglishWords& en = internal::ShippedEnglishWords();
  std::vector<std::string> texts;
  for (const Case& c : kCases) texts.push_back(c.text);
  for (const char* file :
       {"cart-itu-council-wg.txt", "un-verbatim-general-assembly.txt", "summary-cstd-session.txt",
        "script-press-briefing.txt", "parliament-speaker-lines.txt", "parliament-openings.txt"})
    texts.push_back(ReadFile(std::string(CAUCUS_TEST_DATA) + "/transcripts/" + file));
  int labelled = 0, other = 0;
  for (const std::string& text : texts) {
    const TurnFormat full = internal::DetectTurnFormat(text, en);
    const bool is_labelled = full == TurnFormat::kCart || full == TurnFormat::kUnVerbatim;
    (is_labelled ? labelled : other)++;
    EXPECT_EQ(internal::DetectLabelledTurnFormat(text, en), is_labelled ? full : TurnFormat::kNone)
        << text.substr(0, 80);
  }
  // Both kinds were tried.
  EXPECT_GE(labelled, 2);
  EXPECT_GE(other, 3);
}

// The real transcripts in ../shared/corpus, when present: never a crash, and
// the press call and the debate are found as what they are.
TEST(TurnsSharedCorpus, RealTranscripts) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(CAUCUS_SHARED_CORPUS) / "transcripts";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no shared corpus at " << dir;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string text = ReadFile(entry.path().string());
    std::vector<Turn> turns = FindTurns(text, {}, FakeResolve);
    CheckInvariants(text, turns);
    std::string name = entry.path().filename().string();
    if (name.rfind("whitehouse", 0) == 0) {
      EXPECT_EQ(DetectTurnFormat(text), TurnFormat::kScript);
      EXPECT_GE(turns.size(), 20u);
    } else if (name.find("_EN_debate") != std::string::npos) {
      EXPECT_EQ(DetectTurnFormat(text), TurnFormat::kParliament);
      EXPECT_GE(turns.size(), 8u);
    }
  }
}

}  // namespace
}  // namespace caucus

namespace caucus {
namespace {

// A record converted to text page by page keeps running heads and footers
// between the lines of a speech; they become notes of the turn, not words.
TEST(TurnsFurniture, PageHeadsAndFootersInsideATurnAreNotes) {
  std::string text = "The President: I give the floor to the representative of Belgium.\n\n";
  text += "Mr. X (Belgium): We support the text.\n";
  const char* const kPages[][3] = {
      {"S/PV.9999", "2/12", "99-00001 2/12"}, {"10/01/2020", "3/12", "99-00001 3/12"},
      {"S/PV.9999", "4/12", "99-00001 4/12"}, {"10/01/2020", "5/12", "99-00001 5/12"},
      {"S/PV.9999", "6/12", "99-00001 6/12"}, {"10/01/2020", "7/12", "99-00001 7/12"}};
  std::vector<std::string> furniture;
  for (const auto& page : kPages) {
    text += "It goes on across the page.\n\n";
    for (const char* line : page) {
      text += std::string(line) + "\n\n";
      furniture.push_back(line);
    }
    text += "And on.\n";
  }
  text += "The President: Thank you.\n";
  std::vector<Turn> turns = FindTurns(text, {}, FakeResolve);
  ASSERT_EQ(turns.size(), 3u);
  std::vector<std::string> notes;
  for (const Span& n : turns[1].notes) notes.push_back(Slice(text, n));
  EXPECT_EQ(notes, furniture);
  // A figure said once in a speech is no furniture.
  EXPECT_TRUE(turns[0].notes.empty());
}

// `head` padded with 'x' (or 'X') to `code_points` UTF-8 characters.
std::string Padded(std::string head, size_t code_points, char pad) {
  size_t n = 0;
  for (char c : head) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return head + std::string(code_points - n, pad);
}

// A Bureau director's name runs at most 60 characters (counted as
// characters, not bytes) before "Bureau"; a longer one is no speaker.
TEST(TurnsSummary, DirectorNameOfAtMostSixtyCharacters) {
  TurnOptions summary;
  summary.format = TurnFormat::kSummary;
  for (size_t n : {59u, 60u, 61u, 62u}) {
    // "Télé..." and its trailing space: n characters of the pattern's run.
    const std::string name = Padded("Télé", n - 1, 'x') + " ";
    const std::string label = "The Director of the " + name + "Bureau";
    const std::string text = "1. " + label + " said that the report was ready.\n";
    std::vector<Turn> turns = FindTurns(text, summary, nullptr);
    SCOPED_TRACE(n);
    if (n <= 61) {
      ASSERT_EQ(turns.size(), 1u);
      EXPECT_EQ(turns[0].speaker, label);
      EXPECT_EQ(turns[0].role, "secretariat");
    } else {
      EXPECT_TRUE(turns.empty());
    }
  }
}

// A press-briefing label runs at most 71 characters before its colon.
TEST(TurnsScript, LabelOfAtMostSeventyOneCharacters) {
  TurnOptions script;
  script.format = TurnFormat::kScript;
  for (size_t n : {70u, 71u, 72u}) {
    const std::string label = Padded("SENIOR OFFICIAL É", n, 'X');
    const std::string text = "MODERATOR:  Welcome.\n\n" + label + ":  Thanks.\n";
    std::vector<Turn> turns = FindTurns(text, script, nullptr);
    SCOPED_TRACE(n);
    ASSERT_EQ(turns.size(), n <= 71 ? 2u : 1u);
    if (n <= 71) EXPECT_EQ(turns[1].speaker, label);
  }
}

// Runs of names are bounded by word counts: a UN label takes a title, a
// name and at most five more words; a summary record's "Mr. X" at most
// three more; a speaker's "we, as the X" at most five more; a chair's "in
// my capacity as the representative of X" at most six more.
TEST(TurnsNames, UnLabelTakesAtMostFiveMoreWords) {
  TurnOptions un;
  un.format = TurnFormat::kUnVerbatim;
  std::vector<Turn> turns = FindTurns(
      "Mr. Alpha Beta Gamma\nDelta Epsilon Zeta (France): We support the text.\n\n"
      "Mr. Alpha Beta Gamma Delta Epsilon Zeta Eta (France): We object.\n",
      un, nullptr);
  ASSERT_EQ(turns.size(), 1u);
  EXPECT_EQ(turns[0].speaker, "Mr. Alpha Beta Gamma Delta Epsilon Zeta (France)");
}

TEST(TurnsNames, SummaryPersonTakesAtMostThreeMoreWords) {
  TurnOptions summary;
  summary.format = TurnFormat::kSummary;
  std::vector<Turn> turns = FindTurns(
      "1. Mr. Alpha Beta Gamma Delta (France) said that the text was ready.\n\n"
      "2. Mr. Alpha Beta Gamma Delta Epsilon (France) said that it was not.\n",
      summary, nullptr);
  ASSERT_EQ(turns.size(), 1u);
  EXPECT_EQ(turns[0].speaker, "Mr. Alpha Beta Gamma Delta (France)");
}

// The names FindTurns asks a resolver about.
std::vector<std::string> NamesAsked(const std::string& text, TurnFormat format) {
  std::vector<std::string> asked;
  TurnOptions options;
  options.format = format;
  FindTurns(text, options, [&asked](std::string_view label) -> std::optional<EntityRef> {
    asked.emplace_back(label);
    return std::nullopt;
  });
  return asked;
}

bool Has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

TEST(TurnsNames, SelfIdentificationTakesAtMostFiveMoreWords) {
  const std::vector<std::string> asked = NamesAsked(
      "MODERATOR:  Welcome.\n\n"
      "SENIOR OFFICIAL:  We, as the Alpha Beta Gamma Delta Epsilon Zeta Eta, agree.\n",
      TurnFormat::kScript);
  EXPECT_TRUE(Has(asked, "Alpha Beta Gamma Delta Epsilon Zeta"));
  EXPECT_FALSE(Has(asked, "Alpha Beta Gamma Delta Epsilon Zeta Eta"));
}

TEST(TurnsNames, ChairsCountryTakesAtMostSixMoreWords) {
  const std::vector<std::string> asked = NamesAsked(
      "The President: I shall now make a statement in my capacity as the representative of "
      "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta.\n\n"
      "Mr. Smith (France): Thank you.\n",
      TurnFormat::kUnVerbatim);
  EXPECT_TRUE(Has(asked, "Alpha Beta Gamma Delta Epsilon Zeta Eta"));
  EXPECT_FALSE(Has(asked, "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta"));
}

// The turn patterns are compiled when first used (patterns.h, LazyRE2):
// once, to the same RE2, with the options the finder relies on.
TEST(TurnsPatterns, LazyPatternCompilesOnceOnFirstUse) {
  const turns::LazyRE2 label("(\\p{Lu}\\p{L}*):");
  const RE2& first = label;
  const RE2& again = label.get();
  EXPECT_EQ(&first, &again);
  ASSERT_TRUE(first.ok());
  std::string name;
  EXPECT_TRUE(RE2::FullMatch("Émile:", label, &name));
  EXPECT_EQ(name, "Émile");
  EXPECT_FALSE(RE2::FullMatch("émile:", label));
  // A bad pattern is reported by ok(), not logged.
  const turns::LazyRE2 bad("(unclosed");
  EXPECT_FALSE(bad.get().ok());
}

}  // namespace
}  // namespace caucus
