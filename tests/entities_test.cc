#include "caucus/entities.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "../lib/matcher.h"

namespace caucus {
namespace {

// A small dictionary written for these tests, so they do not move when the
// shipped dictionaries grow.
const char kTestDict[] = R"({"kind": "government", "entries": [
  {"id": "RUS", "name": "Russian Federation", "aliases": ["Russia"], "demonyms": ["Russian"],
   "names": {"ru": "Россия", "zh": "俄罗斯"}, "source": "test"},
  {"id": "USA", "name": "United States", "aliases": ["US", "U.S.", "United States of America",
   {"text": "America", "weak": true}], "source": "test"},
  {"id": "TCD", "name": "Chad", "aliases": [{"text": "Chad", "not_next_capitalized": true}], "source": "test"},
  {"id": "GEO", "name": "Georgia", "aliases": [{"text": "Georgia", "not_next": ["tech"], "not_prev": ["atlanta"]}], "source": "test"},
  {"id": "TUR", "name": "Turkey", "aliases": [{"text": "Turkey", "case": "sensitive"}], "source": "test"},
  {"id": "NER", "name": "Niger", "source": "test"},
  {"id": "NGA", "name": "Nigeria", "source": "test"},
  {"id": "GIN", "name": "Guinea", "source": "test"},
  {"id": "GNB", "name": "Guinea-Bissau", "source": "test"},
  {"id": "PNG", "name": "Papua New Guinea", "source": "test"}
]})";

const char kTestBodies[] = R"({"kind": "body", "entries": [
  {"id": "ITU", "name": "International Telecommunication Union", "aliases": ["ITU"], "source": "test"},
  {"id": "ITU-T", "name": "ITU Telecommunication Standardization Sector", "aliases": ["ITU-T"], "parent": "ITU", "source": "test"},
  {"id": "CWG-Internet", "name": "Council Working Group on International Internet-related Public Policy Issues", "aliases": ["CWG-Internet"], "source": "test"},
  {"id": "RIPE NCC", "name": "RIPE Network Coordination Centre", "aliases": ["RIPE NCC"], "source": "test"},
  {"id": "CSTD", "name": "Commission on Science and Technology for Development", "aliases": ["CSTD"], "source": "test"},
  {"id": "EU", "name": "European Union", "aliases": ["EU"], "source": "test"},
  {"id": "European Commission", "name": "European Commission", "aliases": [
   {"text": "Commission", "case": "sensitive", "requires": ["EU", "European Commission"]}], "source": "test"},
  {"id": "European Parliament", "name": "European Parliament", "aliases": [
   {"text": "Parliament", "case": "sensitive", "requires": ["EU", "European Commission"], "not_prev": ["Indian"]}], "source": "test"}
]})";

const char kTestBlock[] = R"({"kind": "block", "entries": [
  {"id": "latin-america", "name": "Latin America", "source": "test"}
]})";

// ctest runs each test in its own process, two at a time: every process
// writes its dictionaries under its own directory.
std::string TestDir() { return ::testing::TempDir() + "/caucus-" + std::to_string(getpid()); }

// Writes `content` to dir/name, loads the dictionaries `opt` names (that
// file among them) and expects an error that holds dir/want.
void ExpectRefused(const DictionaryOptions& opt, const std::string& dir, const std::string& name,
                   const std::string& content, const std::string& want) {
  std::ofstream(dir + "/" + name) << content;
  auto d = Dictionary::Load(opt);
  ASSERT_FALSE(d.ok()) << content;
  EXPECT_NE(d.status().message().find(dir + "/" + want), std::string::npos) << d.status().message();
}

class EntitiesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = TestDir() + "/caucus-entities-test";
    system(("mkdir -p " + dir_).c_str());
    std::ofstream(dir_ + "/governments.json") << kTestDict;
    std::ofstream(dir_ + "/bodies.json") << kTestBodies;
    std::ofstream(dir_ + "/blockers.json") << kTestBlock;
    EntityOptions opt;
    opt.dictionaries.dir = dir_;
    auto r = Recognizer::Create(opt);
    ASSERT_TRUE(r.ok()) << r.status().message();
    rec_ = r->release();
  }
  static void TearDownTestSuite() { delete rec_; }

  // "ID@text" for each entity found.
  static std::vector<std::string> Ids(std::string_view text) {
    std::vector<std::string> out;
    for (const Entity& e : rec_->Find(text)) out.push_back(e.id + "@" + e.text);
    return out;
  }

  static std::string dir_;
  static Recognizer* rec_;
};
std::string EntitiesTest::dir_;
Recognizer* EntitiesTest::rec_ = nullptr;

using V = std::vector<std::string>;

TEST_F(EntitiesTest, NamesAliasesDemonyms) {
  EXPECT_EQ(Ids("Russia and the Russian Federation; RUSSIAN FEDERATION; the Russian delegate"),
            (V{"RUS@Russia", "RUS@Russian Federation", "RUS@RUSSIAN FEDERATION", "RUS@Russian"}));
}

TEST_F(EntitiesTest, AcronymsAreCaseSensitive) {
  EXPECT_EQ(Ids("Let us ask the US and the U.S. delegation"), (V{"USA@US", "USA@U.S."}));
  EXPECT_EQ(Ids("itu meets; ITU meets"), (V{"ITU@ITU"}));
}

TEST_F(EntitiesTest, LongestMatchWins) {
  EXPECT_EQ(Ids("the United States of America and ITU-T"),
            (V{"USA@United States of America", "ITU-T@ITU-T"}));
  EXPECT_EQ(Ids("Guinea-Bissau, Papua New Guinea and Guinea"),
            (V{"GNB@Guinea-Bissau", "PNG@Papua New Guinea", "GIN@Guinea"}));
  EXPECT_EQ(Ids("Niger and Nigeria"), (V{"NER@Niger", "NGA@Nigeria"}));
}

TEST_F(EntitiesTest, TypographyLineBreaksAndPossessives) {
  EXPECT_EQ(Ids("the ITU’s role"), (V{"ITU@ITU"}));
  EXPECT_EQ(Ids("the Russian\n   Federation"), (V{"RUS@Russian\n   Federation"}));
  EXPECT_EQ(Ids("RIPE\u00a0NCC"), (V{"RIPE NCC@RIPE\u00a0NCC"}));
  EXPECT_EQ(
      Ids("the Council Working Group on International Internet-\nrelated Public Policy Issues"),
      V{});  // a real hyphen at a line break is kept, so this must not be merged ...
  EXPECT_EQ(Ids("Rus-\nsia"), (V{"RUS@Rus-\nsia"}));  // ... but a broken word is rejoined
}

TEST_F(EntitiesTest, ContextRules) {
  EXPECT_EQ(Ids("Chad Hurley spoke; Chad voted"), (V{"TCD@Chad"}));
  EXPECT_EQ(Ids("Georgia Tech and Atlanta, Georgia but Georgia signed"), (V{"GEO@Georgia"}));
  EXPECT_EQ(Ids("roast turkey; Turkey objected"), (V{"TUR@Turkey"}));
  EXPECT_EQ(Ids("Latin America and America"), (V{"USA@America"}));
}

// A bare institution name needs its context elsewhere in the document.
TEST_F(EntitiesTest, AliasRequiresContext) {
  EXPECT_EQ(Ids("The Commission agreed with Parliament."), V{});
  EXPECT_EQ(Ids("The Commission agreed with Parliament on the EU budget."),
            (V{"European Commission@Commission", "European Parliament@Parliament", "EU@EU"}));
  // The conditional names do not vouch for each other (above); the full name does. A
  // lower-case word is no name, and "not_prev" still applies.
  EXPECT_EQ(Ids("The European Commission met. The commission and the Indian Parliament agreed. "
                "The Commission left."),
            (V{"European Commission@European Commission", "European Commission@Commission"}));
  // A dropped name leaves its words free: "Commission on Science and Technology" still wins.
  EXPECT_EQ(Ids("The Commission on Science and Technology for Development met."),
            (V{"CSTD@Commission on Science and Technology for Development"}));
}

TEST_F(EntitiesTest, UnLanguages) {
  EXPECT_EQ(Ids("Россия и 俄罗斯代表团"), (V{"RUS@Россия", "RUS@俄罗斯"}));
}

TEST_F(EntitiesTest, SpansAreUtf8Bytes) {
  std::string text = "Touré: Russia";
  auto e = rec_->Find(text);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].span.begin, 8u);  // "Touré: " is 8 bytes
  EXPECT_EQ(text.substr(e[0].span.begin, e[0].span.size()), "Russia");
  EXPECT_EQ(e[0].kind, "government");
  EXPECT_EQ(e[0].name, "Russian Federation");
}

TEST_F(EntitiesTest, DefinedAcronymsAndStems) {
  std::string text =
      "The Informal Experts Group (IEG) met. The IEG agreed. The CWG-Internet met; the CWG will "
      "report. The Commission on Science and Technology for Development (CSTD) too.";
  std::vector<AcronymDef> defs = {
      {"IEG", "Informal Experts Group", {28, 31}, {4, 26}, 0.9},
      {"CSTD", "Commission on Science and Technology for Development", {0, 0}, {0, 0}, 0.9}};
  std::vector<std::string> got;
  for (const Entity& e : rec_->Find(text, &defs)) got.push_back(e.id + "@" + e.text + "@" + e.kind);
  EXPECT_EQ(
      got, (V{"IEG@Informal Experts Group@body", "IEG@IEG@body", "IEG@IEG@body",
              "CWG-Internet@CWG-Internet@body", "CWG-Internet@CWG@body",
              "CSTD@Commission on Science and Technology for Development@body", "CSTD@CSTD@body"}));
}

TEST_F(EntitiesTest, PeopleWithRoles) {
  auto e = rec_->Find(
      "Dr. Hamadoun Touré, Secretary-General of the ITU, spoke. Later ITU "
      "Secretary-General Houlin Zhao replied.");
  std::vector<std::string> got;
  for (const Entity& x : e) got.push_back(x.kind + ":" + x.text + ":" + x.role + ":" + x.org);
  EXPECT_EQ(got, (V{"person:Hamadoun Touré:Secretary-General:ITU",
                    "body:ITU::", "body:ITU::", "person:Houlin Zhao:Secretary-General:ITU"}));
}

TEST_F(EntitiesTest, KindsFilter) {
  EntityOptions opt;
  opt.dictionaries.dir = dir_;
  opt.kinds = {"body"};
  auto r = Recognizer::Create(opt);
  ASSERT_TRUE(r.ok());
  auto e = (*r)->Find("Russia and the ITU");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].id, "ITU");
}

TEST(DictionaryTest, BadJsonNamesFileAndLine) {
  std::string dir = TestDir() + "/caucus-dict-bad";
  system(("mkdir -p " + dir).c_str());
  std::ofstream(dir + "/a.json") << "{\"kind\": \"body\",\n \"entries\": [\n {\"id\": \"X\",, }]}";
  DictionaryOptions opt;
  opt.dir = dir;
  auto d = Dictionary::Load(opt);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("a.json:3:"), std::string::npos) << d.status().message();
}

// Syntax nlohmann accepts and then refuses (a number out of double's range)
// threw out of Dictionary::Load (found by the dictionary fuzzer).
TEST(DictionaryTest, NumberOutOfRangeIsAnErrorNamingTheFile) {
  std::string dir = TestDir() + "/caucus-dict-huge-number";
  system(("mkdir -p " + dir).c_str());
  std::ofstream(dir + "/a.json") << "[{\"name\": \"Foo\", \"kind\": \"body\", \"x\": 1E99999}]";
  DictionaryOptions opt;
  opt.dir = dir;
  auto d = Dictionary::Load(opt);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("a.json: bad JSON:"), std::string::npos)
      << d.status().message();
}

// Dictionaries are parsed by JsonLite and read as nlohmann::json read them:
// of a repeated key the last counts, the names of an entry come in the order
// of their language codes (the first of two forms that fold alike keeps its
// label), and JSON that nlohmann::json refuses is refused with its message.
TEST(DictionaryTest, ReadAsNlohmannJsonReadIt) {
  std::string dir = TestDir() + "/caucus-dict-lite";
  system(("mkdir -p " + dir).c_str());
  std::ofstream(dir + "/a.json")
      << "{\"kind\": \"topic\", \"kind\": \"body\", \"entries\": [\n"
         "{\"id\": \"X\", \"name\": \"Xa\", \"name\": \"Xb\", \"names\": {\"fr\": [\"Xc\"], "
         "\"en\": \"Xd\", \"es\": \"Xe\", \"es\": [\"Xf\", \"Xg\"]}}]}";
  DictionaryOptions opt;
  opt.dir = dir;
  auto d = Dictionary::Load(opt);
  ASSERT_TRUE(d.ok()) << d.status().message();
  ASSERT_EQ(d->entries().size(), 1u);
  const DictEntry& e = d->entries()[0];
  EXPECT_EQ(e.kind, "body");
  EXPECT_EQ(e.name, "Xb");
  std::vector<std::string> forms;
  for (const Alias& a : e.aliases) forms.push_back(a.text + "/" + a.form);
  EXPECT_EQ(forms,
            (std::vector<std::string>{"Xb/name", "Xd/name", "Xf/local", "Xg/local", "Xc/local"}));
  struct Case {
    std::string content, want;
  };
  const Case cases[] = {
      // nlohmann::json's messages, as before.
      {"[{\"id\": \"X\", \"name\": \"X\", \"kind\": \"body\", \"n\": 01}]", "a.json:1: bad JSON:"},
      {"[{\"id\": \"X\", \"name\": \"X\xff\", \"kind\": \"body\"}]", "a.json:1: bad JSON:"},
      {"[{\"id\": \"X\", \"name\": \"X\\udc00\", \"kind\": \"body\"}]", "a.json:1: bad JSON:"},
      {"[{\"id\": \"X\", \"name\": \"X\\ud800\", \"kind\": \"body\"}]", "a.json:1: bad JSON:"},
      {"[\n{\"id\": \"X\", \"name\": \"X\", \"kind\": \"body\", \"n\": 1.}]",
       "a.json:2: bad JSON:"},
      // A flag that is not true or false threw out of Load.
      {"[{\"id\": \"X\", \"name\": \"X\", \"kind\": \"body\", \"aliases\": [{\"text\": \"Y\", "
       "\"weak\": \"yes\"}]}]",
       "a.json:1: entry \"X\": alias \"Y\": \"weak\" is neither true nor false"},
  };
  for (const Case& c : cases) ExpectRefused(opt, dir, "a.json", c.content, c.want);
}

TEST(DictionaryTest, EntryWithoutNameIsAnError) {
  std::string dir = TestDir() + "/caucus-dict-noname";
  system(("mkdir -p " + dir).c_str());
  std::ofstream(dir + "/a.json") << "{\"kind\": \"body\", \"entries\": [\n{\"id\": \"X\"}]}";
  DictionaryOptions opt;
  opt.dir = dir;
  auto d = Dictionary::Load(opt);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("a.json:2: entry \"X\" without \"name\""), std::string::npos)
      << d.status().message();
}

// A user dictionary that would make entities write what the format forbids,
// or that adds nothing, is refused with its file and line.
TEST(DictionaryTest, BadUserDictionariesAreRefused) {
  std::string dir = TestDir() + "/caucus-dict-user";
  system(("mkdir -p " + dir).c_str());
  struct Case {
    std::string name, content, want;
  };
  const Case cases[] = {
      {"planet.json",
       "{\"kind\": \"body\", \"entries\": [\n{\"id\": \"X\", \"name\": \"Xa\"},\n"
       "{\"id\": \"MARS\", \"name\": \"Mars\", \"kind\": \"planet\"}]}",
       "planet.json:3: entry \"MARS\": unknown kind \"planet\" (government, body, event, "
       "instrument, person, group, topic, block)"},
      {"filekind.json",
       "{\"kind\": \"planets\", \"entries\": [{\"id\": \"V\", \"name\": \"Venus\"}]}",
       "filekind.json:1: entry \"V\": unknown kind \"planets\""},
      {"array.json", "[]", "array.json:1: the dictionary has no entries"},
      {"noentries.json", "{\"kind\": \"body\", \"entries\": []}",
       "noentries.json:1: the dictionary has no entries"},
  };
  for (const Case& c : cases) {
    DictionaryOptions opt;
    opt.dir = CAUCUS_DICTDIR;
    opt.user_files = {dir + "/" + c.name};
    ExpectRefused(opt, dir, c.name, c.content, c.want);
  }
  // A cue file has no entries but cues: that is fine.
  std::ofstream(dir + "/cues.json") << "{\"kind\": \"cue\", \"entries\": [], \"cues\": []}";
  DictionaryOptions opt;
  opt.dir = CAUCUS_DICTDIR;
  opt.user_files = {dir + "/cues.json"};
  EXPECT_TRUE(Dictionary::Load(opt).ok());
}

TEST(DictionaryTest, ValidateFindsDuplicates) {
  std::string dir = TestDir() + "/caucus-dict-dup";
  system(("mkdir -p " + dir).c_str());
  std::ofstream(dir + "/a.json")
      << "{\"kind\": \"body\", \"entries\": [\n{\"id\": \"X\", \"name\": \"Xa\", \"source\": "
         "\"t\"},\n"
         "{\"id\": \"X\", \"name\": \"Xb\", \"source\": \"t\"},\n"
         "{\"id\": \"Y\", \"name\": \"Yy\", \"aliases\": [\"the xa\"], \"source\": \"t\"}]}";
  DictionaryOptions opt;
  opt.dir = dir;
  auto d = Dictionary::Load(opt);
  ASSERT_TRUE(d.ok()) << d.status().message();
  auto p = d->Validate();
  ASSERT_EQ(p.size(), 2u);
  EXPECT_NE(p[0].message.find("duplicate id \"X\""), std::string::npos);
  EXPECT_EQ(p[0].line, 3);
  EXPECT_NE(p[1].message.find("alias \"the xa\""), std::string::npos) << p[1].message;
  EXPECT_EQ(d->Lookup("XA").size(), 2u);  // the entry X (name) and Y (alias)
}

TEST(DictionaryTest, ShippedDictionariesValidate) {
  DictionaryOptions opt;
  opt.dir = CAUCUS_DICTDIR;
  auto d = Dictionary::Load(opt);
  ASSERT_TRUE(d.ok()) << d.status().message();
  auto problems = d->Validate();
  for (const auto& p : problems) ADD_FAILURE() << p.file << ":" << p.line << ": " << p.message;
  int governments = 0, bodies = 0;
  for (const DictEntry& e : d->entries()) {
    governments += e.kind == "government";
    bodies += e.kind == "body";
    EXPECT_FALSE(e.source.empty()) << e.kind << " " << e.id << " has no source note";
  }
  EXPECT_GE(governments, 249);
  EXPECT_GE(bodies, 150);
}

// AppendJson writes what EntitiesJson writes for Find's entities: dictionary
// matches (with their pre-written fields), defined acronyms and stems,
// people found by rule, dropped conditional names, escaped text.
TEST_F(EntitiesTest, AppendJsonIsEntitiesJsonOfFind) {
  std::vector<std::string> texts = {
      "",
      "no names here",
      "Russia and the \"Russian\" Federation\\ RUSSIAN FEDERATION; Россия и 俄罗斯",
      "Dr. Hamadoun Touré, Secretary-General of the ITU, spoke. Later ITU "
      "Secretary-General Houlin Zhao replied.",
      "The Commission agreed with Parliament on the EU budget. The Commission left.",
      "The Commission agreed with Parliament.",
      "The Informal Experts Group (IEG) met. The IEG agreed. The CWG-Internet met; the CWG will "
      "report. The Commission on Science and Technology for Development (CSTD) too.",
  };
  // More entities than AppendJson writes in one chunk (4096), with people
  // and escaped text on both sides of the chunks' ends.
  std::string many;
  for (int k = 0; k < 1500; ++k) {  // 6000 entities
    many += "Dr. Hamadoun Touré, Secretary-General of the ITU, met \"Russia\" and Kenya.\t";
  }
  texts.push_back(many);
  std::vector<AcronymDef> defs = {
      {"IEG", "Informal Experts Group", {28, 31}, {4, 26}, 0.9},
      {"CSTD", "Commission on Science and Technology for Development", {0, 0}, {0, 0}, 0.9},
      {"WSIS", "World Summit on the \"Information\" Society", {0, 0}, {0, 0}, 0.9}};
  for (const std::string& text : texts) {
    for (const std::vector<AcronymDef>* d : {static_cast<const std::vector<AcronymDef>*>(nullptr),
                                             static_cast<const std::vector<AcronymDef>*>(&defs)}) {
      std::string got = "prefix";
      rec_->AppendJson(text, d, &got);
      EXPECT_EQ(got, "prefix" + EntitiesJson(rec_->Find(text, d))) << text.substr(0, 200);
    }
  }
}

// `caucus entities` (AddEntities) and every tool that computes entities
// for itself (EnsureEntities: stances, stats, check, ...) find the same
// mentions: acronyms the document defines included, from its "acronyms"
// layer when it has one, else from its text.
TEST_F(EntitiesTest, EnsureEntitiesAgreesWithAddEntities) {
  const std::string text =
      "The Informal Experts Group (IEG) met in Russia. The IEG agreed with the ITU.";
  auto ids = [](const std::vector<Entity>& v) {
    std::vector<std::string> out;
    for (const Entity& e : v) out.push_back(e.id + "@" + e.text + "@" + e.form);
    return out;
  };
  const V want = {"IEG@Informal Experts Group@defined", "IEG@IEG@defined", "RUS@Russia@alias",
                  "IEG@IEG@defined", "ITU@ITU@alias"};
  struct Case {
    const char* name;
    const char* acronyms;  // the document's "acronyms" layer; null: none
    V want;
  };
  const Case cases[] = {
      {"found_in_text", nullptr, want},
      {"from_layer",
       R"([{"short":"IEG","long":"Informal Experts Group","span":[28,31],"long_span":[4,26]}])",
       want},
      {"empty_layer_wins", "[]", V{"RUS@Russia@alias", "ITU@ITU@alias"}},
  };
  for (const Case& c : cases) {
    Document doc = Document::FromText("d", text);
    if (c.acronyms) doc.SetLayer("acronyms", c.acronyms);
    bool computed = false;
    auto ensured = EnsureEntities(doc, *rec_, &computed);
    ASSERT_TRUE(ensured.ok()) << c.name << ": " << ensured.status().message();
    EXPECT_TRUE(computed) << c.name;
    ASSERT_TRUE(AddEntities(&doc, *rec_).ok()) << c.name;
    bool found = false;
    auto added = GetEntities(doc, &found);
    ASSERT_TRUE(added.ok() && found) << c.name;
    EXPECT_EQ(ids(*ensured), c.want) << c.name;
    EXPECT_EQ(ids(*added), c.want) << c.name;
    EXPECT_EQ(EntitiesJson(*ensured), std::string(doc.Raw("entities"))) << c.name;
  }
  // --no-defined: no definitions looked for in the text.
  Document doc = Document::FromText("d", text);
  ASSERT_TRUE(AddEntities(&doc, *rec_, false).ok());
  bool found = false;
  auto plain = GetEntities(doc, &found);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(ids(*plain), (V{"RUS@Russia@alias", "ITU@ITU@alias"}));
}

// `caucus entities` writes each record with AppendWithEntities, straight
// into the output: the same line as AddEntities then AppendJsonLine, for a
// record with other members after the text, with an "entities" layer
// already (replaced where it stands), from a JSON line or from text, and
// with or without definitions looked for.
TEST_F(EntitiesTest, AppendWithEntitiesWritesWhatAddEntitiesStores) {
  const std::string text =
      "The Informal Experts Group (IEG) met in Russia. The IEG agreed with the \"ITU\".";
  struct Case {
    const char* name;
    const char* line;  // null: a document from `text`
    bool find_definitions;
  };
  const Case cases[] = {
      {"from_text", nullptr, true},
      {"no_definitions", nullptr, false},
      {"members_after_text",
       R"({"id":"a","text":"Kenya met the ITU.","meta":{"date":"2005-11-16"},"turns":[]})", true},
      {"entities_present",
       R"({"id":"b","entities":[{"span":[0,1]}],"text":"Russia and Kenya (KEN) met.","x":1})",
       true},
      {"no_entities_found", R"({"id":"c","text":"nothing to see here"})", true},
  };
  for (const Case& c : cases) {
    auto make = [&]() {
      if (!c.line) return Document::FromText("d", text);
      auto d = Document::FromJsonLine(c.line);
      EXPECT_TRUE(d.ok()) << c.name;
      return *d;
    };
    Document a = make(), b = make();
    ASSERT_TRUE(AddEntities(&a, *rec_, c.find_definitions).ok()) << c.name;
    std::string want = "prefix\n", got = "prefix\n";
    a.AppendJsonLine(&want);
    ASSERT_TRUE(AppendWithEntities(&b, *rec_, c.find_definitions, &got).ok()) << c.name;
    EXPECT_EQ(got, want) << c.name;
    EXPECT_NE(got.find("\"entities\":["), std::string::npos) << c.name;
  }
  // A record without members.
  Document a, b;
  ASSERT_TRUE(AddEntities(&a, *rec_).ok());
  std::string want, got;
  a.AppendJsonLine(&want);
  ASSERT_TRUE(AppendWithEntities(&b, *rec_, true, &got).ok());
  EXPECT_EQ(got, want);
}

// The candidate scan tests MaybeFirst on every token, then MaybeNext on
// those that pass: together they must answer as MaybeStarts does.
TEST(MatcherTest, StartFilterInTwoStepsAgrees) {
  internal::StartFilter f;
  uint64_t x = 0x1234567;
  auto next = [&x] {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return x ^ (x >> 31);
  };
  std::vector<std::pair<uint64_t, uint64_t>> added;
  for (int k = 0; k < 300; ++k) {
    const uint64_t a = next(), b = next();
    f.Add(a, k % 3 != 0, b);
    added.emplace_back(a, b);
  }
  int passed = 0;
  for (int k = 0; k < 100000; ++k) {
    // Random tokens, and added first tokens with their own or a random next.
    const auto& [a0, b0] = added[k % added.size()];
    const uint64_t a = k % 2 ? next() : a0;
    const uint64_t b = k % 4 < 2 ? b0 : next();
    const bool has_next = k % 5 != 0;
    const bool want = f.MaybeStarts(a, has_next, b);
    ASSERT_EQ(f.MaybeFirst(a) && f.MaybeNext(a, has_next, b), want) << k;
    passed += want;
  }
  EXPECT_GT(passed, 1000);
  EXPECT_LT(passed, 100000);
}

TEST(MatcherTest, TokenizeFoldsTypography) {
  std::vector<internal::MatchToken> a, b;
  internal::Tokenize("ITU’s multi–stakeholder", &a);
  internal::Tokenize("itu's multi-stakeholder", &b);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].fold, b[i].fold) << i;
  EXPECT_NE(a[0].exact, b[0].exact);
}

// Spellings that differ only in diacritics, "ё" or the Arabic letter forms
// sources vary on fold to the same token; different letters do not.
TEST(MatcherTest, TokenizeFoldsDiacriticsAndLetterVariants) {
  struct Case {
    const char* a;
    const char* b;
    bool same;
  };
  const Case cases[] = {
      {"Perú", "Peru", true},
      {"Papúa", "PAPUA", true},
      {"Türkiye", "Turkiye", true},
      {"Côte", "Co\u0302te", true},  // precomposed and combining circumflex
      {"Nigéria", "Nigeria", true},
      {"Соединённое", "Соединенное", true},
      {"المتّحدة", "المتحدة", true},  // shadda
      {"أيرلندا", "ايرلندا", true},  // alef with hamza
      {"عُمان", "عمان", true},        // damma
      {"Niger", "Nigeria", false},
      {"Россия", "Россию", false},
      {"Øresund", "Oresund", false},  // no decomposition: kept
  };
  for (const Case& c : cases) {
    std::vector<internal::MatchToken> a, b;
    internal::Tokenize(c.a, &a);
    internal::Tokenize(c.b, &b);
    ASSERT_EQ(a.size(), 1u) << c.a;
    ASSERT_EQ(b.size(), 1u) << c.b;
    EXPECT_EQ(a[0].fold == b[0].fold, c.same) << c.a << " / " << c.b;
    EXPECT_EQ(internal::FoldToken(c.a) == internal::FoldToken(c.b), c.same) << c.a;
  }
}

// The tokenizer reads ASCII text 64 bytes at a time and hands words that
// cross a block, or touch a non-ASCII byte, to a byte-at-a-time path. Where a
// text starts relative to those blocks must not change its tokens.
TEST(MatcherTest, TokenizeIgnoresBlockAlignment) {
  const std::string body =
      "The CWG-Internet met; ITU’s Council (ITU-T) and the Multi-\n  stakeholder "
      "Advisory Group said: \u201cTouré\u201d, naïve café-\\n  style, \xC2\xADsoft, "
      "an extraordinarilylongwordthatrunspastsixtyfourbytesofasciiletters0123456789abcdefghij "
      "end-\n\tline 12.5% x\x01y \tzz";
  std::vector<internal::MatchToken> ref;
  internal::Tokenize(body, &ref);
  ASSERT_GT(ref.size(), 40u);
  for (size_t pad = 1; pad < 140; ++pad) {
    std::vector<internal::MatchToken> got;
    internal::Tokenize(std::string(pad, ' ') + body, &got);
    ASSERT_EQ(got.size(), ref.size()) << "pad " << pad;
    for (size_t i = 0; i < ref.size(); ++i) {
      EXPECT_EQ(got[i].begin, ref[i].begin + pad) << "pad " << pad << " token " << i;
      EXPECT_EQ(got[i].end, ref[i].end + pad) << "pad " << pad << " token " << i;
      EXPECT_EQ(got[i].fold, ref[i].fold) << "pad " << pad << " token " << i;
      EXPECT_EQ(got[i].exact, ref[i].exact) << "pad " << pad << " token " << i;
      EXPECT_EQ(got[i].word, ref[i].word) << "pad " << pad << " token " << i;
      EXPECT_EQ(got[i].upper, ref[i].upper) << "pad " << pad << " token " << i;
      EXPECT_EQ(got[i].lower, ref[i].lower) << "pad " << pad << " token " << i;
    }
  }
  // Spot checks on the reference: the rejoined line-break hyphenation and
  // the word with non-ASCII letters are single tokens.
  std::vector<internal::MatchToken> one;
  internal::Tokenize("multistakeholder", &one);
  const uint64_t joined = one[0].fold;
  internal::Tokenize("naïve", &one);
  const uint64_t naive = one[0].fold;
  bool saw_joined = false, saw_naive = false;
  for (const auto& t : ref) {
    saw_joined |= t.fold == joined;
    saw_naive |= t.fold == naive;
  }
  EXPECT_TRUE(saw_joined);
  EXPECT_TRUE(saw_naive);

  // A hyphen right after a word with non-ASCII letters, then a line break
  // that starts a new block: the word is still rejoined.
  internal::Tokenize("caféstyle", &one);
  const uint64_t cafestyle = one[0].fold;
  std::vector<internal::MatchToken> got;
  internal::Tokenize("café-\n  style and then enough plain ASCII words to fill a block of bytes",
                     &got);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].fold, cafestyle);
}

// Keys that differ only in their low 32 bits and start in the same probe
// chain (equal low 4 bits in a 16-slot table) used to share a tag under every
// seed, so the second Insert re-seeded forever. Both must be found, with
// their own values, while the table grows.
TEST(FlatMapTest, KeysDifferingOnlyInLowBitsShareAChain) {
  internal::FlatMap m;
  std::vector<uint64_t> keys;
  for (uint64_t k = 0; k < 40; ++k) keys.push_back(0x1234567800000001ULL + (k << 8));
  for (uint32_t i = 0; i < keys.size(); ++i) {
    bool inserted = false;
    ASSERT_NE(m.Insert(keys[i], i + 100, &inserted), nullptr);
    EXPECT_TRUE(inserted) << i;
  }
  for (uint32_t i = 0; i < keys.size(); ++i) {
    const uint32_t* v = m.Find(keys[i]);
    ASSERT_NE(v, nullptr) << i;
    EXPECT_EQ(*v, i + 100) << i;
  }
  bool inserted = true;
  EXPECT_EQ(*m.Insert(keys[3], 7, &inserted), 103u);
  EXPECT_FALSE(inserted);
}

}  // namespace
}  // namespace caucus
