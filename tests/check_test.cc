#include "caucus/check.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "caucus/acronyms.h"

namespace caucus {
namespace {

std::unique_ptr<Checker> MakeChecker(const std::string& rules, CheckOptions options = {}) {
  Result<std::unique_ptr<Checker>> c = Checker::Create(rules, "rules.json", std::move(options));
  EXPECT_TRUE(c.ok()) << c.status().message();
  return c.ok() ? std::move(*c) : nullptr;
}

std::vector<Finding> CheckText(const Checker& c, const std::string& text,
                               const std::string& id = "d") {
  Document doc = Document::FromText(id, text);
  Result<std::vector<Finding>> f = c.Check(doc);
  EXPECT_TRUE(f.ok()) << f.status().message();
  return f.ok() ? *f : std::vector<Finding>{};
}

std::string Rules(const std::string& one_rule, const std::string& extra = "") {
  return "{\"version\": 1," + extra + "\"rules\": [" + one_rule + "]}";
}

// What a finding says, compactly: "line:col match".
std::vector<std::string> Brief(const std::vector<Finding>& v) {
  std::vector<std::string> out;
  for (const Finding& f : v)
    out.push_back(std::to_string(f.line) + ":" + std::to_string(f.column) + " " + f.match);
  return out;
}

struct RuleCase {
  const char* name;
  std::string rule;
  std::string text;
  std::vector<std::string> want;  // Brief() of the findings
};

void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.name; }

class CheckRuleTest : public testing::TestWithParam<RuleCase> {};

TEST_P(CheckRuleTest, Findings) {
  const RuleCase& c = GetParam();
  auto checker = MakeChecker(Rules(c.rule, "\"well_known\": [\"UN\"],"));
  ASSERT_TRUE(checker);
  EXPECT_EQ(Brief(CheckText(*checker, c.text)), c.want) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    CheckRules, CheckRuleTest,
    testing::Values(
        RuleCase{"existence_token",
                 R"({"id":"e","type":"existence","tokens":["Internet takeover"]})",
                 "No Internet takeover.\nAn Internet\ntakeover again; internet takeover.",
                 {"1:4 Internet takeover", "2:4 Internet takeover"}},
        RuleCase{"existence_ignore_case",
                 R"({"id":"e","type":"existence","tokens":["kill switch"],"ignore_case":true})",
                 "A Kill Switch, a killswitch, a kill switchboard.",
                 {"1:3 Kill Switch"}},
        RuleCase{"existence_pattern",
                 R"({"id":"e","type":"existence","patterns":["\\bWCIT-\\d+\\b"]})",
                 "At WCIT-12 and WCIT.",
                 {"1:4 WCIT-12"}},
        RuleCase{"existence_ignores_code_and_urls",
                 R"({"id":"e","type":"existence","tokens":["foo"]})",
                 "`foo` and https://x.org/foo and\n```\nfoo\n```\nfoo",
                 {"5:1 foo"}},
        RuleCase{"existence_ignore_nothing",
                 R"({"id":"e","type":"existence","tokens":["foo"],"ignore":[]})",
                 "`foo` foo",
                 {"1:2 foo", "1:7 foo"}},
        RuleCase{
            "substitution_swap",
            R"({"id":"s","type":"substitution","swap":{"multi-stakeholder":"multistakeholder"}})",
            "A Multi-stakeholder and multistakeholder and multi-stakeholder model.",
            {"1:3 Multi-stakeholder", "1:46 multi-stakeholder"}},
        RuleCase{"substitution_terms_capitalisation",
                 R"({"id":"s","type":"substitution","terms":["ITU-T Study Group"]})",
                 "ITU-T Study Group 17, ITU-T study group 2, itu-t Study\nGroup 3.",
                 {"1:23 ITU-T study group", "1:44 itu-t Study Group"}},
        RuleCase{"substitution_line_break_in_term_is_fine",
                 R"({"id":"s","type":"substitution","terms":["ITU-T Study Group"]})",
                 "The ITU-T Study\nGroup met.",
                 {}},
        RuleCase{"occurrence_max",
                 R"({"id":"o","type":"occurrence","tokens":["IGF"],"max":2})",
                 "IGF IGF\nIGF IGF",
                 {"2:1 IGF"}},
        RuleCase{"occurrence_min",
                 R"({"id":"o","type":"occurrence","tokens":["Tunis Agenda"],"min":1})",
                 "Nothing about it.",
                 {"1:1 "}},
        RuleCase{"occurrence_within_limits",
                 R"({"id":"o","type":"occurrence","tokens":["IGF"],"min":1,"max":2})",
                 "IGF and IGF.",
                 {}},
        RuleCase{"acronym_defined_first",
                 R"({"id":"a","type":"acronym"})",
                 "The Commission on Science and Technology for Development (CSTD) met. The CSTD "
                 "agreed.",
                 {}},
        RuleCase{"acronym_used_before_definition",
                 R"({"id":"a","type":"acronym"})",
                 "The CSTD met.\n\nLater, the Commission on Science and Technology for "
                 "Development (CSTD) agreed.",
                 {"1:5 CSTD"}},
        RuleCase{"acronym_never_defined_plural_and_well_known",
                 R"({"id":"a","type":"acronym","exceptions":["ITU"]})",
                 "The UN, the ITU and many NGOs; NGOs again.",
                 {"1:26 NGO"}},
        RuleCase{"acronym_long_form_after",
                 R"({"id":"a","type":"acronym"})",
                 "WSIS (World Summit on the Information Society) and WSIS.",
                 {}},
        RuleCase{"acronym_line_break_in_long_form",
                 R"({"id":"a","type":"acronym"})",
                 "The Internet Corporation for Assigned\nNames and Numbers (ICANN) met.",
                 {}},
        RuleCase{"acronym_in_code_link_url_ignored",
                 R"({"id":"a","type":"acronym"})",
                 "See `MAG`, [the XYZ page](https://x.org/ABC), <https://QQQ.org> and\n"
                 "```\nRRR\n```\nhttp://example.org/ZZZ.",
                 {}},
        RuleCase{"acronym_caps_heading_and_roman_numerals_ignored",
                 R"({"id":"a","type":"acronym"})",
                 "RUSSIAN FEDERATION\n\nPart II and Chapter IV.",
                 {}},
        RuleCase{"acronym_initials_must_match",
                 R"({"id":"a","type":"acronym"})",
                 "Some random words (ABC).",
                 {"1:20 ABC"}}),
    [](const testing::TestParamInfo<RuleCase>& i) { return std::string(i.param.name); });

TEST(CheckEntityTest, EntityFormRequiresStyleName) {
  std::string rules = Rules(
      R"({"id":"names","type":"entity-form","kind":"government","require":{"RUS":"Russian Federation"}})");
  CheckOptions opt;
  opt.entities = [](const Document& d) -> Result<std::vector<Entity>> {
    std::vector<Entity> v;
    const std::string& t = d.text();
    auto add = [&](const std::string& s, const std::string& form) {
      size_t p = t.find(s);
      Entity e;
      e.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + s.size())};
      e.text = s;
      e.kind = "government";
      e.id = "RUS";
      e.form = form;
      v.push_back(e);
    };
    add("Russia ", "alias");
    add("the Russian Federation", "name");
    add("Russian delegates", "demonym");
    return v;
  };
  auto c = MakeChecker(rules, opt);
  auto f = CheckText(*c, "Russia spoke; the Russian Federation agreed; Russian delegates left.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].match, "Russia");
  EXPECT_EQ(f[0].message, "Write \"Russian Federation\", not \"Russia\"");
  EXPECT_TRUE(c->needs_entities());
}

TEST(CheckEntityTest, ExistenceByEntityIdUsesTheLayer) {
  auto c = MakeChecker(Rules(R"({"id":"e","type":"existence","entities":[{"id":"WCIT"}]})"));
  Document doc = Document::FromText("d", "At WCIT-12 in Dubai.");
  doc.SetLayer("entities",
               R"([{"span":[3,10],"text":"WCIT-12","kind":"event","id":"WCIT","name":"WCIT"}])");
  Result<std::vector<Finding>> f = c->Check(doc);
  ASSERT_TRUE(f.ok()) << f.status().message();
  ASSERT_EQ(f->size(), 1u);
  EXPECT_EQ((*f)[0].match, "WCIT-12");
  EXPECT_EQ((*f)[0].column, 4u);
}

TEST(CheckEntityTest, AcronymRuleSkipsNamesWrittenInCapitals) {
  auto c = MakeChecker(Rules(R"({"id":"a","type":"acronym"})"));
  Document doc = Document::FromText("d", "IRAN asked the ICANN Board about IP addresses.");
  doc.SetLayer(
      "entities",
      R"([{"span":[0,4],"text":"IRAN","kind":"government","id":"IRN","name":"Iran","form":"name"},)"
      R"({"span":[15,26],"text":"ICANN Board","kind":"body","id":"ICANN Board","name":"ICANN Board","form":"name"},)"
      R"({"span":[33,45],"text":"IP addresses","kind":"topic","id":"ip-addresses","name":"IP addresses","form":"name"}])");
  Result<std::vector<Finding>> f = c->Check(doc);
  ASSERT_TRUE(f.ok()) << f.status().message();
  // "IRAN" is a name in capitals; "ICANN" and "IP" are acronyms inside names.
  EXPECT_EQ(Brief(*f), (std::vector<std::string>{"1:16 ICANN", "1:34 IP"}));
}

TEST(CheckEntityTest, UnknownBody) {
  CheckOptions opt;
  opt.known_acronym = [](std::string_view a) { return a == "ITU" || a == "IGF"; };
  auto c = MakeChecker(Rules(R"({"id":"u","type":"unknown-body","exceptions":["PDF"]})",
                             "\"well_known\": [\"UN\"],"),
                       opt);
  auto f =
      CheckText(*c,
                "The ITU, the UN, the IGF and the XQZB met; the Global Forum on Cyber Expertise "
                "(GFCE) too. A PDF. XQZB again.");
  EXPECT_EQ(Brief(f), std::vector<std::string>{"1:34 XQZB"});
  EXPECT_NE(f[0].message.find("no dictionary or definition knows it"), std::string::npos);
}

TEST(CheckEntityTest, OneFindingPerTokenAndNoTimeZones) {
  CheckOptions opt;
  opt.known_acronym = [](std::string_view a) { return a == "ITU"; };
  auto c = MakeChecker(R"({"version": 1, "rules": [
      {"id": "a", "type": "acronym"}, {"id": "u", "type": "unknown-body"}]})",
                       opt);
  auto f = CheckText(*c,
                     "We meet at 10:00 EST, 9 a.m. (CET), 3pm PST, 15h00 GMT and UTC+2. The ITU "
                     "and the XQZB met. The Only Real Body (TORB) too.");
  // XQZB is undefined and unknown: the acronym rule reports it, once.
  ASSERT_EQ(Brief(f), (std::vector<std::string>{"1:71 ITU", "1:83 XQZB"}));
  EXPECT_EQ(f[0].rule, "a");
  EXPECT_EQ(f[1].rule, "a");
}

TEST(CheckReportTest, WorkspacePath) {
  struct Case {
    const char* file;
    const char* workspace;
    const char* cwd;
    const char* want;
  } cases[] = {
      {"/ws/docs/a.md", "/ws", "/elsewhere", "docs/a.md"},
      {"docs/a.md", "/ws", "/ws", "docs/a.md"},
      {"a.md", "/ws", "/ws/docs", "docs/a.md"},
      {"./docs/../docs/a.md", "/ws/", "/ws", "docs/a.md"},
      {"/other/a.md", "/ws", "/ws", "/other/a.md"},  // outside: unchanged
      {"/wsx/a.md", "/ws", "/ws", "/wsx/a.md"},      // a prefix of a name is not a directory
      {"docs/a.md", "", "/ws", "docs/a.md"},         // no workspace
  };
  for (const Case& c : cases)
    EXPECT_EQ(WorkspacePath(c.file, c.workspace, c.cwd), c.want) << c.file;
}

TEST(CheckReportTest, StarterRulesParse) {
  auto c = MakeChecker(std::string(StarterRules()));
  ASSERT_TRUE(c);
  EXPECT_GE(c->rules().size(), 5u);
  for (const RuleInfo& r : c->rules()) EXPECT_FALSE(r.description.empty()) << r.id;
}

TEST(CheckReportTest, SummaryPlurals) {
  FindingReporter rep(CheckReportOptions{}, {});
  std::string out;
  Finding f;
  f.rule = "r";
  f.fingerprint = "0";
  rep.Add(f, &out);
  EXPECT_EQ(rep.Summary(), "1 finding (0 errors, 1 warning, 0 suggestions)");
  rep.Add(f, &out);
  EXPECT_EQ(rep.Summary(), "2 findings (0 errors, 2 warnings, 0 suggestions)");
}

TEST(CheckStanceTest, SummaryContradictsBody) {
  CheckOptions opt;
  opt.stances = [](const Document& d) -> Result<std::vector<Stance>> {
    const std::string& t = d.text();
    std::vector<Stance> v;
    auto add = [&](const std::string& evidence, const std::string& polarity) {
      Stance s;
      size_t p = t.find(evidence);
      if (p == std::string::npos) return;
      s.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + evidence.size())};
      s.actor.id = "RUS";
      s.actor.kind = "government";
      s.polarity = polarity;
      s.target.topic = "intergovernmental-control";
      v.push_back(s);
    };
    add("Russia backs a UN body", "support");
    add("Russia rejected a UN body", "oppose");
    add("Russia wants a UN body", "support");
    return v;
  };
  auto c = MakeChecker(Rules(R"({"id":"st","type":"stance","severity":"error"})"), opt);
  std::string text =
      "# Report\n\n## Summary\n\nRussia backs a UN body.\n\n## Debate\n\nRussia rejected a UN "
      "body. Russia wants a UN body.\n";
  auto f = CheckText(*c, text);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].line, 9u);
  EXPECT_EQ(f[0].severity, Severity::kError);
  EXPECT_EQ(f[0].message,
            "the summary (line 5) says RUS supports intergovernmental-control, but here RUS "
            "opposes it");
  // Without a Summary heading, the first paragraph (after the title) is the summary.
  auto g = CheckText(*c,
                     "# Report\n\nRussia backs a UN body.\n\nRussia rejected a UN body.\n"
                     "Russia wants a UN body.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].line, 5u);
  // Agreement is no finding.
  EXPECT_TRUE(CheckText(*c, "Russia backs a UN body.\n\nRussia wants a UN body.").empty());
}

TEST(CheckFingerprintTest, StableWhenALineIsInsertedAbove) {
  auto c = MakeChecker(
      Rules(R"({"id":"s","type":"substitution","swap":{"multi-stakeholder":"multistakeholder"}})"));
  std::string body = "A multi-stakeholder model.\nAnother multi-stakeholder one.\n";
  auto before = CheckText(*c, body, "doc.md");
  auto after = CheckText(*c, "A new first line.\n\n" + body, "doc.md");
  ASSERT_EQ(before.size(), 2u);
  ASSERT_EQ(after.size(), 2u);
  EXPECT_EQ(before[0].fingerprint, after[0].fingerprint);
  EXPECT_EQ(before[1].fingerprint, after[1].fingerprint);
  EXPECT_NE(before[0].fingerprint, before[1].fingerprint);  // identical matches differ by index
  EXPECT_EQ(after[0].line, 3u);
  // Another document with the same text gets other fingerprints.
  auto other = CheckText(*c, body, "other.md");
  EXPECT_NE(other[0].fingerprint, before[0].fingerprint);
}

TEST(CheckPositionTest, ColumnsCountCharactersSpansCountBytes) {
  auto c = MakeChecker(Rules(R"({"id":"e","type":"existence","tokens":["ITU"]})"));
  auto f = CheckText(*c, "Ça été l’ITU.\nITU");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].line, 1u);
  EXPECT_EQ(f[0].column, 10u);
  EXPECT_EQ(f[0].end_column, 13u);
  EXPECT_EQ(f[0].span.begin, 14u);  // "Ç", "é" two bytes, "’" three
  EXPECT_EQ(f[1].line, 2u);
  EXPECT_EQ(f[1].column, 1u);
}

struct BadRules {
  const char* name;
  std::string text;
  std::string want;  // substring of the message
};

void PrintTo(const BadRules& c, std::ostream* os) { *os << c.name; }

class CheckBadRulesTest : public testing::TestWithParam<BadRules> {};

TEST_P(CheckBadRulesTest, NamesFileAndLine) {
  Result<std::unique_ptr<Checker>> c = Checker::Create(GetParam().text, "r.json", {});
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find(GetParam().want), std::string::npos) << c.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    CheckErrors, CheckBadRulesTest,
    testing::Values(
        BadRules{"syntax", "{\n\"rules\": [\n{\"id\": \"a\",,}\n]}", "r.json:3: invalid JSON"},
        BadRules{"bad_regex",
                 "{\"rules\": [\n {\"id\": \"a\", \"type\": \"existence\",\n  \"patterns\": "
                 "[\"ok\",\n \"(unclosed\"]}]}",
                 "r.json:4: rule \"a\": bad pattern"},
        BadRules{"unknown_type", "{\"rules\": [\n{\"id\": \"a\",\n \"type\": \"nope\"}]}",
                 "r.json:3: rule \"a\": unknown type \"nope\""},
        BadRules{"unknown_field",
                 "{\"rules\": [{\"id\": \"a\", \"type\": \"acronym\",\n\"max\": 3}]}",
                 "r.json:2: rule \"a\": unknown field \"max\""},
        BadRules{"duplicate_id",
                 "{\"rules\": "
                 "[{\"id\":\"a\",\"type\":\"stance\"},\n{\"id\":\"a\",\"type\":\"stance\"}]}",
                 "r.json:2: duplicate rule id"},
        BadRules{"bad_severity",
                 "{\"rules\": [{\"id\":\"a\",\"type\":\"stance\",\"severity\":\"fatal\"}]}",
                 "r.json:1: rule \"a\": \"severity\" must be"},
        BadRules{"empty_match",
                 "{\"rules\": [{\"id\":\"a\",\"type\":\"existence\",\"patterns\":[\"x*\"]}]}",
                 "matches empty text"},
        BadRules{"no_rules", "{\"version\": 1}", "no \"rules\" array"},
        BadRules{"occurrence_needs_limit",
                 "{\"rules\": [{\"id\":\"a\",\"type\":\"occurrence\",\"tokens\":[\"x\"]}]}",
                 "needs \"min\" or \"max\""}),
    [](const testing::TestParamInfo<BadRules>& i) { return std::string(i.param.name); });

// Acronym rules read their definitions with FindAcronymDefinitions, the
// finder of `caucus acronyms`, so a definition that tool finds is one here.
TEST(CheckAcronymTest, DefinitionsAreThoseOfTheAcronymsTool) {
  struct Case {
    const char* text;
    const char* defined;  // what FindAcronymDefinitions finds ("" for nothing)
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"The Commission on Science and Technology for Development (CSTD) met. The CSTD agreed.",
       "CSTD",
       {}},
      {"IGF (Internet Governance Forum) met. The IGF agreed.", "IGF", {}},
      // Not a "Long Form (LF)" parenthesis, but a definition all the same.
      {"The World Summit on the Information Society (hereinafter \"WSIS\") met. WSIS ended.",
       "WSIS",
       {}},
      {"The WSIS met before the World Summit on the Information Society (WSIS) was named.",
       "WSIS",
       {"1:5 WSIS"}},
      {"Some random words (ABC). ABC again.", "", {"1:20 ABC"}},
  };
  auto c = MakeChecker(Rules(R"({"id":"a","type":"acronym"})"));
  for (const Case& k : cases) {
    std::string defined;
    for (const AcronymDef& d : FindAcronymDefinitions(k.text)) defined += d.short_form;
    EXPECT_EQ(defined, k.defined) << k.text;
    EXPECT_EQ(Brief(CheckText(*c, k.text)), k.want) << k.text;
  }
}

// A rule that needs a layer the document lacks, with no provider to compute
// it, is an error: never a silent pass (a false green in CI).
TEST(CheckLayerTest, MissingLayerWithoutProviderIsAnError) {
  struct Case {
    const char* name;
    std::string rule;
    const char* want;  // in the error message
  };
  const Case cases[] = {
      {"stance", R"({"id":"st","type":"stance"})", "no \"stances\" layer, which rule \"st\" needs"},
      {"entity_form", R"({"id":"ef","type":"entity-form","require":{"RUS":"Russian Federation"}})",
       "no \"entities\" layer, which rule \"ef\" needs"},
      {"existence_by_entity", R"({"id":"ex","type":"existence","entities":[{"id":"WCIT"}]})",
       "no \"entities\" layer, which rule \"ex\" needs"},
  };
  for (const Case& k : cases) {
    auto c = MakeChecker(Rules(k.rule));
    Result<std::vector<Finding>> f = c->Check(Document::FromText("d", "Russia backs a UN body."));
    ASSERT_FALSE(f.ok()) << k.name;
    EXPECT_NE(f.status().message().find(k.want), std::string::npos)
        << k.name << ": " << f.status().message();
  }
  // Text rules and acronym rules need no layer.
  auto c = MakeChecker(Rules(R"({"id":"a","type":"acronym"})"));
  EXPECT_EQ(Brief(CheckText(*c, "The XQZB met.")), std::vector<std::string>{"1:5 XQZB"});
  EXPECT_TRUE(c->needs_entities());  // read when given, to tell names from acronyms
  EXPECT_FALSE(c->needs_stances());
}

Finding Sample(Severity s = Severity::kWarning) {
  Finding f;
  f.rule = "r1";
  f.severity = s;
  f.message = "Use \"x\" instead of \"y\"\x1b[31m";
  f.file = "docs/a b.md";
  f.doc = "docs/a b.md";
  f.line = 3;
  f.column = 5;
  f.end_line = 3;
  f.end_column = 8;
  f.span = {40, 43};
  f.match = "y";
  f.fingerprint = "0123456789abcdef";
  return f;
}

TEST(CheckReportTest, JsonRoundTrip) {
  std::string s;
  AppendFindingJson(Sample(), &s);
  Result<Finding> f = ParseFindingJson(s);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->message, Sample().message);
  EXPECT_EQ(f->span.end, 43u);
  EXPECT_EQ(f->fingerprint, "0123456789abcdef");
}

TEST(CheckReportTest, HumanStripsControlsAndColours) {
  FindingReporter plain({CheckFormat::kHuman}, {});
  std::string out;
  plain.Add(Sample(), &out);
  EXPECT_EQ(out, "docs/a b.md:3:5: warning: Use \"x\" instead of \"y\" [r1]\n");
  CheckReportOptions o;
  o.color = true;
  FindingReporter color(o, {});
  out.clear();
  color.Add(Sample(), &out);
  EXPECT_NE(out.find("\033[1;33mwarning"), std::string::npos);
  EXPECT_EQ(out.find("\033[31m"), std::string::npos);  // the document's own sequence is gone
}

TEST(CheckReportTest, GithubEscaping) {
  EXPECT_EQ(GithubEscapeData("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
  EXPECT_EQ(GithubEscapeProperty("a:b,c%"), "a%3Ab%2Cc%25");
  CheckReportOptions o;
  o.format = CheckFormat::kGithub;
  FindingReporter r(o, {});
  std::string out;
  Finding f = Sample(Severity::kSuggestion);
  f.file = "x,y:z.md";
  f.message = "line1\nline2";
  r.Add(f, &out);
  EXPECT_EQ(out,
            "::notice file=x%2Cy%3Az.md,line=3,endLine=3,col=5,endColumn=8,title=r1::line1%0Aline2 "
            "[r1]\n");
}

TEST(CheckReportTest, SarifIsOneValidDocument) {
  CheckReportOptions o;
  o.format = CheckFormat::kSarif;
  o.version = "9.9";
  FindingReporter r(o, {{"r1", "existence", Severity::kWarning, "desc"}});
  std::string out = r.Begin();
  r.Add(Sample(), &out);
  r.Add(Sample(Severity::kSuggestion), &out);
  out += r.End();
  nlohmann::json j = nlohmann::json::parse(out);
  EXPECT_EQ(j["version"], "2.1.0");
  auto& run = j["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["rules"][0]["id"], "r1");
  ASSERT_EQ(run["results"].size(), 2u);
  auto& res = run["results"][1];
  EXPECT_EQ(res["level"], "note");
  EXPECT_EQ(res["ruleIndex"], 0);
  auto& loc = res["locations"][0]["physicalLocation"];
  EXPECT_EQ(loc["artifactLocation"]["uri"], "docs/a%20b.md");
  EXPECT_EQ(loc["region"]["byteOffset"], 40);
  EXPECT_EQ(loc["region"]["byteLength"], 3);
  EXPECT_EQ(res["partialFingerprints"]["caucusFingerprint/v1"], "0123456789abcdef");
}

TEST(CheckReportTest, BaselineFiltersAndFailOn) {
  std::string jsonl;
  AppendFindingJson(Sample(), &jsonl);
  jsonl += "\n";
  Result<std::unordered_set<std::string>> b = ParseBaseline(jsonl, "b.jsonl");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->count("0123456789abcdef"), 1u);
  CheckReportOptions o;
  o.format = CheckFormat::kJsonl;
  o.fail_on = Severity::kWarning;
  o.baseline = &*b;
  FindingReporter r(o, {});
  std::string out;
  r.Add(Sample(Severity::kError), &out);  // same fingerprint: in the baseline
  Finding fresh = Sample(Severity::kSuggestion);
  fresh.fingerprint = "ffffffffffffffff";
  r.Add(fresh, &out);
  EXPECT_EQ(r.baselined(), 1u);
  EXPECT_EQ(r.total(), 1u);
  EXPECT_EQ(r.failing(), 0u);  // a suggestion is below --fail-on warning
  Finding worse = fresh;
  worse.severity = Severity::kWarning;
  r.Add(worse, &out);
  EXPECT_EQ(r.failing(), 1u);

  // A SARIF baseline gives the same fingerprints.
  CheckReportOptions so;
  so.format = CheckFormat::kSarif;
  FindingReporter s(so, {});
  std::string sarif = s.Begin();
  s.Add(Sample(), &sarif);
  sarif += s.End();
  Result<std::unordered_set<std::string>> sb = ParseBaseline(sarif, "b.sarif");
  ASSERT_TRUE(sb.ok());
  EXPECT_EQ(*sb, *b);
  EXPECT_FALSE(ParseBaseline("{oops\n", "b.jsonl").ok());
}

}  // namespace
}  // namespace caucus
