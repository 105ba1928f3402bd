// The recognizer with the shipped dictionaries: country names in the six UN
// languages and table forms, former states, sectors and national bodies, and
// the rule passes (people, back-references, nesting, variants, territory
// qualifiers, dates, headers). Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "caucus/acronyms.h"
#include "caucus/entities.h"
#include "caucus/front_matter.h"

namespace caucus {
namespace {

class ShippedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    EntityOptions opt;
    opt.dictionaries.dir = CAUCUS_DICTDIR;
    auto r = Recognizer::Create(opt);
    ASSERT_TRUE(r.ok()) << r.status().message();
    rec_ = r->release();
  }
  static void TearDownTestSuite() { delete rec_; }

  static std::vector<Entity> Find(std::string_view text, const DocContext* ctx = nullptr) {
    return rec_->Find(text, nullptr, ctx);
  }
  // The government ids found in text, sorted, without repeats.
  static std::set<std::string> Governments(std::string_view text) {
    std::set<std::string> out;
    for (const Entity& e : Find(text))
      if (e.kind == "government") out.insert(e.id);
    return out;
  }
  // "kind:id:form@text" of every entity.
  static std::vector<std::string> All(std::string_view text, const DocContext* ctx = nullptr) {
    std::vector<std::string> out;
    for (const Entity& e : Find(text, ctx))
      out.push_back(e.kind + ":" + e.id + ":" + e.form + "@" + e.text);
    return out;
  }
  static Recognizer* rec_;
};
Recognizer* ShippedTest::rec_ = nullptr;

using S = std::set<std::string>;
using V = std::vector<std::string>;

// A name is read whole, never as a shorter name inside it; a country's name
// inside a territory's gives the territory or nothing.
TEST_F(ShippedTest, NeverAShorterCountryInside) {
  const std::pair<const char*, S> cases[] = {
      {"Papua Nueva Guinea", {"PNG"}},
      {"République démocratique du Congo", {"COD"}},
      {"Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", {"GBR"}},
      {"Reino Unido de Gran Bretaña e Irlanda del Norte", {"GBR"}},
      {"大不列颠及北爱尔兰联合王国", {"GBR"}},
      {"Northern Ireland", {"GBR"}},  // a weak form of GBR, never IRL
      {"N. Ireland", {"GBR"}},
      {"Ireland, Northern", {"GBR"}},
      {"Irlande du Nord", {"GBR"}},
      {"Korea, Dem. Rep.", {"PRK"}},
      {"Dem. People's Rep. of Korea", {"PRK"}},
      {"DPR of Korea", {"PRK"}},
      {"N. Korea", {"PRK"}},
      {"Korea, Rep.", {"KOR"}},
      {"Congo, Dem. Rep.", {"COD"}},
      {"Congo, Rep.", {"COG"}},
      {"Micronesia, Fed. Sts.", {"FSM"}},
      {"P. N. Guinea", {"PNG"}},
      {"Netherlands Antilles", {"ANT"}},
      {"US Virgin Isds", {"VIR"}},
      {"Dutch Guiana", {"SUR"}},
      {"British Guiana", {"GUY"}},
      {"US Minor Outlying Islands", {"UMI"}},
      {"Cayman Isds", {"CYM"}},
      {"Solomon Isds", {"SLB"}},
      {"Lao People's Dem. Rep.", {"LAO"}},
      {"Br. Indian Ocean Terr.", {"IOT"}},
      {"Estados Unidos Mexicanos", {"MEX"}},
      {"États-Unis du Mexique", {"MEX"}},
      {"الولايات المتحدة المكسيكية", {"MEX"}},
      {"阿曼苏丹国", {"OMN"}},
      {"Mexico City", {}},
      {"Guam (US)", {"GUM"}},
      {"Macao SAR (China)", {"MAC"}},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(Governments(text), want) << text;
}

// The UN names in the six languages, with Russian cases and Arabic proclitics.
TEST_F(ShippedTest, UnNamesInSixLanguages) {
  const std::pair<const char*, const char*> cases[] = {
      {"Российская Федерация", "RUS"},
      {"Российской Федерации", "RUS"},
      {"Российскую Федерацию", "RUS"},
      {"الاتحاد الروسي", "RUS"},
      {"للاتحاد الروسي", "RUS"},
      {"Корейская Народно-Демократическая Республика", "PRK"},
      {"Соединенных Штатов Америки", "USA"},
      {"République de Corée", "KOR"},
      {"Kazajstán", "KAZ"},
      {"Maurice", "MUS"},
      {"Nigéria", "NGA"},
      {"Fédération de Russie", "RUS"},
      {"Federación de Rusia", "RUS"},
      {"俄罗斯联邦", "RUS"},
      {"República Bolivariana de Venezuela", "VEN"},
      {"Соединенное Королевство Великобритании и Северной Ирландии", "GBR"},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(Governments(text), S{want}) << text;
  // A first name is not the country: "Maurice" before a surname, after a title.
  EXPECT_EQ(Governments("Maurice Williams and Mr Maurice spoke"), S{});
}

// CLDR names in German, Italian, Portuguese and Dutch and the endonyms, unless
// they are English words or names; single-island table forms.
TEST_F(ShippedTest, OtherLanguagesAndEndonyms) {
  const std::pair<const char*, S> cases[] = {
      {"Die Delegation aus Mexiko", {"MEX"}},
      {"Gabun und Kamerun", {"GAB", "CMR"}},
      {"gli Stati Uniti e il Regno Unito", {"USA", "GBR"}},
      {"os Países Baixos", {"NLD"}},
      {"Verenigde Staten", {"USA"}},
      {"Hrvatska", {"HRV"}},
      {"Polska i Česko", {"POL", "CZE"}},
      {"Christmas Isds", {"CXR"}},
      {"Norfolk Isds", {"NFK"}},
      // English words and names stay what they are.
      {"an island in Norfolk", {}},
      {"Cipro tablets", {}},
      {"the IRA and OMA", {}},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(Governments(text), want) << text;
}

// The constituent countries of the United Kingdom are weak forms of GBR;
// known misspellings of country names are case-sensitive variants.
TEST_F(ShippedTest, UkPartsAndMisspelledCountries) {
  // "id form score" of each entity.
  auto scored = [](std::string_view text) {
    std::vector<std::string> out;
    for (const Entity& e : Find(text))
      out.push_back(e.id + " " + e.form + " " + std::to_string(e.score).substr(0, 3));
    return out;
  };
  EXPECT_EQ(scored("They met in Oxford, England."), V{"GBR weak 0.6"});
  EXPECT_EQ(Governments("Scotland and Wales"), S{"GBR"});
  EXPECT_EQ(Governments("New England, New South Wales, the Church of England"), S{});
  EXPECT_EQ(All("delegates of the Phillipines and the Untied States"),
            (V{"government:PHL:variant@Phillipines", "government:USA:variant@Untied States"}));
  EXPECT_EQ(scored("Argentinia"), V{"ARG variant 0.7"});
  EXPECT_EQ(Governments("the knots were untied states the report"), S{});
  // Names of three words or more within a small edit distance, as body names.
  EXPECT_EQ(All("Antigua and Barbudda"), (V{"government:ATG:variant@Antigua and Barbudda"}));
  EXPECT_EQ(All("Wallis and Futunna"), (V{"government:WLF:variant@Wallis and Futunna"}));
  EXPECT_EQ(All("antigua and barbudda"), V{});  // not written as a name
  // The territory found, its sovereign in parentheses qualifies it.
  EXPECT_EQ(Governments("South Georgia and the South Sandwichs Islands (UK)"), S{"SGS"});
  // A real name one edit from another stays itself.
  EXPECT_EQ(All("the Republic of Zambia"), (V{"government:ZMB:alias@Republic of Zambia"}));
}

TEST_F(ShippedTest, FormerNamesAndDissolvedStates) {
  const std::pair<const char*, const char*> cases[] = {
      {"Zaire", "COD"},          {"Burma", "MMR"},        {"Swaziland", "SWZ"},
      {"Soviet Union", "SUN"},   {"the USSR", "SUN"},     {"Yugoslavia", "YUG"},
      {"Czechoslovakia", "CSK"}, {"East Germany", "DDR"}, {"Serbia and Montenegro", "SCG"},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(Governments(text), S{want}) << text;
}

// Demonyms for people are a group with the country, not the government.
TEST_F(ShippedTest, PeopleAreNotTheState) {
  EXPECT_EQ(All("500 million Chinese are online"), (V{"group:people-CHN:people@Chinese"}));
  EXPECT_EQ(All("Cubans cannot reach the site"), (V{"group:people-CUB:people@Cubans"}));
  // After a number a demonym is a people, unless it qualifies what is counted.
  EXPECT_EQ(All("There are 500 million Chinese online."), (V{"group:people-CHN:people@Chinese"}));
  EXPECT_EQ(All("60,000 Cuban troops"), (V{"government:CUB:demonym@Cuban"}));
  EXPECT_EQ(All("at 2am Malaysian time"), (V{"government:MYS:demonym@Malaysian"}));
  EXPECT_EQ(All("thousands of Brazilian bloggers"),
            (V{"group:people-BRA:people@Brazilian bloggers"}));
  EXPECT_EQ(All("the Palestinian people"), (V{"group:people-PSE:people@Palestinian people"}));
  EXPECT_EQ(All("a Russian-trained engineer from Mali"), (V{"government:MLI:name@Mali"}));
  EXPECT_EQ(All("the Russian proposal"), (V{"government:RUS:demonym@Russian"}));
  EXPECT_EQ(All("the Cuban delegation"), (V{"government:CUB:demonym@Cuban"}));
  EXPECT_EQ(All("Chinese authorities"), (V{"government:CHN:demonym@Chinese"}));
  EXPECT_EQ(All("a Russian national was detained"),
            (V{"group:people-RUS:people@Russian national"}));
  // A capitalised noun before another capitalised word is part of a name of
  // the state's organ, not its people.
  EXPECT_EQ(All("the Ukrainian National Guard"), (V{"government:UKR:demonym@Ukrainian"}));
  EXPECT_EQ(All("the Afghan National Army"), (V{"government:AFG:demonym@Afghan"}));
  // "the Russians" in a negotiation is the delegation.
  EXPECT_EQ(All("the Russians objected"), (V{"government:RUS:demonym@Russians"}));
  auto people = Find("millions of Cubans");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].country, "CUB");
  // A number of states is no bloc; a bloc is.
  EXPECT_EQ(All("a group of 20 nations and like-minded countries"), V{});
  EXPECT_EQ(All("the Group of 20"), (V{"group:G20:alias@Group of 20"}));
}

TEST_F(ShippedTest, SectorsAndNationalBodies) {
  struct Case {
    const char* text;
    const char* id;
    const char* sector;
    const char* country;
  };
  const Case cases[] = {
      {"Google", "Google", "private-sector", ""},
      {"NASSCOM", "NASSCOM", "private-sector", "IND"},
      {"COAI", "COAI", "private-sector", "IND"},
      {"IT for Change", "IT for Change", "civil-society", ""},
      {"the ITU", "ITU", "intergovernmental", ""},
      {"ICANN", "ICANN", "technical-community", ""},
      {"the Oxford Internet Institute", "OII", "academia", ""},
      {"the Department of Commerce", "US Department of Commerce", "government", "USA"},
      {"the State Department", "US State Department", "government", "USA"},
      {"India's Department of Telecommunications", "India DoT", "government", "IND"},
  };
  for (const Case& c : cases) {
    auto e = Find(c.text);
    ASSERT_EQ(e.size(), 1u) << c.text;
    EXPECT_EQ(e[0].id, c.id) << c.text;
    EXPECT_EQ(e[0].sector, c.sector) << c.text;
    EXPECT_EQ(e[0].country, c.country) << c.text;
  }
}

TEST_F(ShippedTest, BackReferences) {
  EXPECT_EQ(All("The World Summit on the Information Society met. The Summit agreed."),
            (V{"body:WSIS:name@World Summit on the Information Society",
               "body:WSIS:back-reference@Summit"}));
  EXPECT_EQ(All("The ITU Council met in June. Later the Council decided."),
            (V{"body:ITU:nested@ITU", "body:ITU Council:name@ITU Council",
               "body:ITU Council:back-reference@Council"}));
  EXPECT_EQ(
      All("The Working Group on Internet Governance reported; the WG met twice."),
      (V{"body:WGIG:name@Working Group on Internet Governance", "body:WGIG:back-reference@WG"}));
  EXPECT_EQ(All("the Department of Commerce said the Department would act"),
            (V{"body:US Department of Commerce:alias@Department of Commerce",
               "body:US Department of Commerce:back-reference@Department"}));
  EXPECT_EQ(All("the Internet Governance Forum opened; this Forum is new"),
            (V{"body:IGF:name@Internet Governance Forum", "body:IGF:back-reference@Forum"}));
  // Nothing before it fits: no link. More of a name follows: no back-reference.
  EXPECT_EQ(All("The Summit opened."), V{});
  EXPECT_EQ(All("The ITU met. The Council Working Group met."), (V{"body:ITU:alias@ITU"}));
  auto e = Find("the Internet Governance Forum; the Forum");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_DOUBLE_EQ(e[1].score, 0.8);
  // The last fitting name wins, whichever head is asked for.
  EXPECT_EQ(All("The Internet Governance Forum and the ITU Council met; the Forum and the "
                "Council spoke."),
            (V{"body:IGF:name@Internet Governance Forum", "body:ITU:nested@ITU",
               "body:ITU Council:name@ITU Council", "body:IGF:back-reference@Forum",
               "body:ITU Council:back-reference@Council"}));
}

// A name the document defines is an antecedent too, by its written words.
TEST_F(ShippedTest, BackReferenceToADefinedName) {
  const std::string text =
      "The Open Routing Working Group (ORWG) met in May. In June the WG published a report.";
  const std::vector<AcronymDef> defs = FindAcronymDefinitions(text);
  std::vector<std::string> got;
  for (const Entity& e : rec_->Find(text, &defs, nullptr))
    got.push_back(e.kind + ":" + e.id + ":" + e.form + "@" + e.text);
  EXPECT_EQ(got, (V{"body:ORWG:defined@Open Routing Working Group", "body:ORWG:defined@ORWG",
                    "body:ORWG:back-reference@WG"}));
}

TEST_F(ShippedTest, NestedBodies) {
  EXPECT_EQ(All("Secretary-General of the International Telecommunication Union"),
            (V{"body:ITU Secretary-General:alias@Secretary-General of the International "
               "Telecommunication Union",
               "body:ITU:nested@International Telecommunication Union"}));
  EXPECT_EQ(All("ITU-T and WCIT-12"), (V{"body:ITU-T:alias@ITU-T", "event:WCIT-12:alias@WCIT-12"}));
  // A national body's acronym inside another body's name is no mention.
  for (const auto& x : All("the RIPE NCC and the other registries"))
    EXPECT_EQ(x.find("Nigeria"), std::string::npos) << x;
}

TEST_F(ShippedTest, SpellingVariants) {
  auto e = Find("the Internet Corporation for Assigned Numbers and Names");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].id, "ICANN");
  EXPECT_EQ(e[0].form, "variant");
  EXPECT_DOUBLE_EQ(e[0].score, 0.7);
  EXPECT_EQ(All("the World Information Summit"), (V{"body:WSIS:variant@World Information Summit"}));
  EXPECT_EQ(All("the Tunis World Summit"), (V{"event:wsis-2005-tunis:variant@Tunis World Summit"}));
  // Within a small edit distance of a multi-word body name, written as a name.
  EXPECT_EQ(All("the International Telecomunication Union"),
            (V{"body:ITU:variant@International Telecomunication Union"}));
  EXPECT_EQ(All("the Internet Governence Forum"),
            (V{"body:IGF:variant@Internet Governence Forum"}));
  EXPECT_EQ(All("the international telecomunication union"), V{});
  EXPECT_EQ(All("the Internet Government Forum"), V{});  // "Government": two letters, short word
  // The first word misspelt: the name is found by its second.
  EXPECT_EQ(All("the Internatinal Telecommunication Union"),
            (V{"body:ITU:variant@Internatinal Telecommunication Union"}));
  // Inside a longer run of capitalised words, and at the very end of a text.
  EXPECT_EQ(All("Report Of The Internet Governence Forum"),
            (V{"body:IGF:variant@Internet Governence Forum"}));
  EXPECT_EQ(All("Internet Governence Forum"), (V{"body:IGF:variant@Internet Governence Forum"}));
  // Two words misspelt in a body name of four words or more: a variant, less
  // sure than one word.
  e = Find("Delegates of the Internet Corperation for Assigned Names and Numbres met.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].id, "ICANN");
  EXPECT_EQ(e[0].text, "Internet Corperation for Assigned Names and Numbres");
  EXPECT_EQ(e[0].form, "variant");
  EXPECT_DOUBLE_EQ(e[0].score, 0.6);
  EXPECT_EQ(All("a report of the World Sumit on the Informaton Society"),
            (V{"body:WSIS:variant@World Sumit on the Informaton Society"}));
  // Not in a name of three words, not in a word under five letters, not
  // three words, not written in lower case.
  EXPECT_EQ(All("the Internationl Telecomunication Union"), V{});
  EXPECT_EQ(All("the Internet Enginering Tusk Force"), V{});
  EXPECT_EQ(All("the Internet Coporation for Asigned Names and Numbres"), V{});
  EXPECT_EQ(All("the internet corperation for assigned names and numbres"), V{});
}

// A name several dated entries share: the document's date picks one.
TEST_F(ShippedTest, DatesChoose) {
  DocContext d2005, d2003, none;
  d2005.date = "2005-11-14";
  d2003.date = "2003-09";
  EXPECT_EQ(All("at PrepCon3", &d2005), (V{"event:wsis-tunis-prepcom-3:variant@PrepCon3"}));
  EXPECT_EQ(All("at PrepCom-3", &d2003), (V{"event:wsis-geneva-prepcom-3:alias@PrepCom-3"}));
  auto e = Find("at PrepCom-3", &none);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_DOUBLE_EQ(e[0].score, 0.5);
  // A state named before it existed: a lower score.
  DocContext d2009;
  d2009.date = "2009";
  e = Find("South Sudan", &d2009);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_DOUBLE_EQ(e[0].score, 0.5);
  EXPECT_DOUBLE_EQ(Find("South Sudan")[0].score, 1.0);
}

// A person's role and organisation hold in the term the entry gives: in a
// document dated outside it the person is named without them.
TEST_F(ShippedTest, RolesHoldInTheirTerm) {
  DocContext before, during, none;
  before.date = "2012-09-20";
  during.date = "2022-05";
  const std::string text = "Rajeev Chandrasekhar spoke.";
  auto e = Find(text, &before);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].id, "rajeev-chandrasekhar");
  EXPECT_EQ(e[0].org, "");
  EXPECT_EQ(e[0].role, "");
  EXPECT_EQ(Find(text, &during)[0].org, "MeitY");
  EXPECT_EQ(Find(text, &none)[0].org, "MeitY");
}

TEST_F(ShippedTest, HeaderIsNotAnalysed) {
  const std::string text = "# Title: CNN and the ITU\n# Date: 2012-12-14\n# ---\nThe ITU met.";
  DocContext ctx;
  ctx.body_begin = FrontMatterEnd(text);
  EXPECT_EQ(All(text, &ctx), (V{"body:ITU:alias@ITU"}));
  EXPECT_EQ(Find(text, &ctx)[0].span.begin, text.find("ITU met"));
}

// The sector filter keeps the bodies of the sectors asked for, other kinds all.
TEST(SectorsTest, FilterBodiesBySector) {
  EntityOptions opt;
  opt.dictionaries.dir = CAUCUS_DICTDIR;
  opt.sectors = {"intergovernmental", "government"};
  auto r = Recognizer::Create(opt);
  ASSERT_TRUE(r.ok());
  std::vector<std::string> got;
  for (const Entity& e : (*r)->Find("Google, the ITU, NASSCOM, Brazil and the FCC"))
    got.push_back(e.id);
  EXPECT_EQ(got, (std::vector<std::string>{"ITU", "BRA", "FCC"}));
}

struct FrontMatterCase {
  const char* name;
  const char* text;
  uint32_t end;
  const char* meta;
};

class FrontMatterTest : public ::testing::TestWithParam<FrontMatterCase> {};

TEST_P(FrontMatterTest, EndAndMeta) {
  const FrontMatterCase& c = GetParam();
  EXPECT_EQ(FrontMatterEnd(c.text), c.end);
  EXPECT_EQ(FrontMatterMetaMembers(c.text), c.meta);
}

// Each key line's value and where it stands, which the stance passes read the
// speaker from.
TEST(FrontMatterFieldsTest, KeysValuesAndSpans) {
  const std::string text = "# Source: x.org\n# Author/org:  \"The White House\" \n# ---\nBody";
  const FrontMatter fm = ParseFrontMatter(text);
  ASSERT_EQ(fm.fields.size(), 2u);
  EXPECT_EQ(fm.fields[1].key, "author/org");
  EXPECT_EQ(fm.fields[1].value, "The White House");
  EXPECT_EQ(fm.fields[1].span.begin, text.find("The White"));
  EXPECT_EQ(text.substr(fm.fields[1].span.begin, fm.fields[1].span.size()), "The White House");
  const std::string yaml = "\xEF\xBB\xBF---\n  speaker: Mali \r\n---\nBody";
  const FrontMatter y = ParseFrontMatter(yaml);
  ASSERT_EQ(y.fields.size(), 1u);
  EXPECT_EQ(y.fields[0].key, "speaker");
  EXPECT_EQ(yaml.substr(y.fields[0].span.begin, y.fields[0].span.size()), "Mali");
  EXPECT_EQ(y.end, yaml.find("Body"));
}

INSTANTIATE_TEST_SUITE_P(
    Forms, FrontMatterTest,
    ::testing::Values(
        FrontMatterCase{"corpus",
                        "# Source: x.org\n# Title: A title\n# Date: 2012-12-14 (updated)\n"
                        "# Author/org: The White House\n# ---\nBody",
                        98,
                        ",\"header\":[0,98],\"source\":\"x.org\",\"title\":\"A title\","
                        "\"date\":\"2012-12-14\",\"author\":\"The White House\""},
        FrontMatterCase{"yaml", "---\ntitle: \"Notes\"\ndate: 2005-11\nspeaker: BRA\n---\nBody", 50,
                        ",\"header\":[0,50],\"title\":\"Notes\",\"date\":\"2005-11\""},
        FrontMatterCase{"no_iso_date", "# Title: T\n# Date: November 2005\n# ---\nx", 39,
                        ",\"header\":[0,39],\"title\":\"T\""},
        FrontMatterCase{"unclosed_yaml", "---\ntitle: x\nbody", 0, ""},
        FrontMatterCase{"one_key_no_end", "# Title: x\nbody", 0, ""},
        FrontMatterCase{"markdown_heading", "# Heading\ntext", 0, ""},
        FrontMatterCase{"plain", "The ITU met.", 0, ""}),
    [](const ::testing::TestParamInfo<FrontMatterCase>& i) { return i.param.name; });

// Bodies of the UN system named in Security Council and General Assembly
// records are themselves, never a shorter name inside them ("the
// Peacebuilding Commission" in a text that names the EU is not the European
// Commission); "ICC" alone is the International Criminal Court only with its
// name in the document, and never the International Chamber of Commerce.
TEST_F(ShippedTest, UnSystemBodiesNotAShorterName) {
  EXPECT_EQ(All("The European Union spoke. The Peacebuilding Commission met."),
            (V{"body:EU:name@European Union", "body:PBC:alias@Peacebuilding Commission"}));
  EXPECT_EQ(All("The International Court of Justice ruled."),
            (V{"body:ICJ:name@International Court of Justice"}));
  EXPECT_EQ(All("The International Criminal Court sat. The ICC ruled."),
            (V{"body:International Criminal Court:name@International Criminal Court",
               "body:International Criminal Court:alias@ICC"}));
  EXPECT_EQ(All("The ICC ruled."), V{});
}

// Demonyms that are also other words: "Lao" is the state before a noun, not
// the language after "in" nor part of a name before a capital.
TEST_F(ShippedTest, DemonymsThatAreAlsoOtherWords) {
  EXPECT_EQ(Governments("The Lao government and Vanuatuan officials met."), (S{"LAO", "VUT"}));
  EXPECT_EQ(Governments("He spoke in Lao. Lao Tzu wrote."), S{});
  EXPECT_EQ(Governments("Belorussia and Byelorussia"), S{"BLR"});
}

// A body's name that ends a longer name is its head, not a mention
// ("Security Council" in the AU's "Peace and Security Council"), unless it is
// the longer one's parent (an ITU Plenipotentiary Conference of a year).
TEST_F(ShippedTest, NestedHeadIsNoMention) {
  EXPECT_EQ(All("The African Union Peace and Security Council met."),
            (V{"body:AU:nested@African Union",
               "body:AU PSC:alias@African Union Peace and Security Council"}));
  EXPECT_EQ(All("the 2018 Plenipotentiary Conference"),
            (V{"event:PP-18:alias@2018 Plenipotentiary Conference",
               "body:PP:nested@Plenipotentiary Conference"}));
  EXPECT_EQ(All("the Committee of the Security Council"), (V{"body:UNSC:alias@Security Council"}));
}

// "the Council" takes the fitting name just before it in the same paragraph,
// else the one the document names most.
TEST_F(ShippedTest, BackReferenceNearOrMostNamed) {
  const std::string record =
      "The Security Council met. We thank the Security Council. The Security Council acts. We "
      "welcome the African Union Peace and Security Council.\n\nThe Council must act.";
  V got = All(record);
  EXPECT_EQ(got.back(), "body:UNSC:back-reference@Council");
  got =
      All("The Security Council met. The Security Council acts. We are a member of the Human "
          "Rights Council. In the Council, we focus on rights.");
  EXPECT_EQ(got.back(), "body:HRC:back-reference@Council");
}

// Treaties and agreements UN debates invoke.
TEST_F(ShippedTest, InstrumentsOfUnDebates) {
  std::set<std::string> ids;
  for (const Entity& e : Find("Russia violated the Budapest Memorandum and the Minsk agreements; "
                              "we support the Paris Agreement, the JCPOA, the Arms Trade Treaty "
                              "and the Rome Statute."))
    ids.insert(e.id);
  EXPECT_EQ(ids, (S{"RUS", "budapest-memorandum", "minsk-agreements", "paris-agreement", "jcpoa",
                    "arms-trade-treaty", "rome-statute"}));
}

// UN resolutions by number: the Security Council's "N (YYYY)", the General
// Assembly's "S/N" (the Human Rights Council's after its name), lists of
// them, a draft's symbol "S/YYYY/N"; not the ITU's "Resolution 102 (Rev. Busan, 2014)", ECOSOC's
// "2006/46", or a year out of range.
TEST_F(ShippedTest, UnResolutionsByNumber) {
  auto ids = [](std::string_view text) {
    std::vector<std::string> out;
    for (const Entity& e : Find(text))
      if (e.form == "rule") out.push_back(e.id + "@" + e.text);
    return out;
  };
  EXPECT_EQ(ids("We voted for resolution 2504 (2020)."), (V{"S/RES/2504@resolution 2504 (2020)"}));
  EXPECT_EQ(
      ids("recalling resolutions 822 (1993), 853 (1993) and 884 (1993)"),
      (V{"S/RES/822@resolutions 822 (1993)", "S/RES/853@853 (1993)", "S/RES/884@884 (1993)"}));
  EXPECT_EQ(ids("General Assembly resolution 46/182 and Human Rights Council resolution 31/7"),
            (V{"A/RES/46/182@resolution 46/182", "A/HRC/RES/31/7@resolution 31/7"}));
  EXPECT_EQ(ids("Security Council resolution 1244 applies."), (V{"S/RES/1244@resolution 1244"}));
  EXPECT_EQ(
      ids("Russia vetoed the proposed resolution (S/2014/189) and draft resolution S/2020/24."),
      (V{"S/2014/189@resolution (S/2014/189)", "S/2020/24@resolution S/2020/24"}));
  EXPECT_EQ(ids("Resolution 102 (Rev. Busan, 2014), resolution 1244, resolution 2006/46, "
                "resolution 12 (1801)"),
            V{});
}

// A bare EU name ("Council", "Commission", "Parliament") after a
// capitalised word is part of a name the dictionary does not know; without
// a determiner it still yields to a fitting earlier name ("a more
// transparent Council" after the Security Council), and it is dropped when
// another fitting name comes later. In UN usage "the Organization" is the
// United Nations.
TEST_F(ShippedTest, BareInstitutionNamesAndTheOrganization) {
  EXPECT_EQ(All("The European Union met the Transitional Council and the Fisheries Commission."),
            (V{"body:EU:name@European Union"}));
  EXPECT_EQ(All("The European Union spoke. The Security Council met. We want a transparent "
                "Council."),
            (V{"body:EU:name@European Union", "body:UNSC:alias@Security Council",
               "body:UNSC:back-reference@Council"}));
  EXPECT_EQ(All("The European Union spoke. Council members met, and so did the Security Council."),
            (V{"body:EU:name@European Union", "body:UNSC:alias@Security Council"}));
  // With no other fitting name the EU's own reading stands.
  EXPECT_EQ(All("The European Union spoke. Council members met."),
            (V{"body:EU:name@European Union", "body:Council of the EU:alias@Council"}));
  // Sentence-initial capitals are no part of a name.
  EXPECT_EQ(All("The European Union spoke. Parliament voted."),
            (V{"body:EU:name@European Union", "body:European Parliament:alias@Parliament"}));
  EXPECT_EQ(All("The United Nations was founded in 1945. We serve the Organization."),
            (V{"body:UN:name@United Nations", "body:UN:back-reference@Organization"}));
  EXPECT_EQ(All("The United Nations and the World Trade Organization met. The Organization "
                "ruled."),
            (V{"body:UN:name@United Nations", "body:WTO:name@World Trade Organization",
               "body:WTO:back-reference@Organization"}));
}

}  // namespace
}  // namespace caucus
