#include "caucus/stances.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace caucus {
namespace {

// Entities the tests hand to the finder, so the algorithm is tested without
// the entity dictionaries: every occurrence of `text` at word boundaries.
struct E {
  const char* text;
  const char* kind;
  const char* id;
};

const E kEntities[] = {
    {"Russian Federation", "government", "RUS"},
    {"RUSSIAN FEDERATION", "government", "RUS"},
    {"Russia", "government", "RUS"},
    {"United States", "government", "USA"},
    {"US", "government", "USA"},
    {"Sweden", "government", "SWE"},
    {"Brazil", "government", "BRA"},
    {"Iran", "government", "IRN"},
    {"China", "government", "CHN"},
    {"CHINA", "government", "CHN"},
    {"India", "government", "IND"},
    {"Egypt", "government", "EGY"},
    {"EGYPT", "government", "EGY"},
    {"Japan", "government", "JPN"},
    {"Canada", "government", "CAN"},
    {"Norway", "government", "NOR"},
    {"Kenya", "government", "KEN"},
    {"Switzerland", "government", "CHE"},
    {"Tanzania", "government", "TZA"},
    {"Saudi Arabia", "government", "SAU"},
    {"SAUDI ARABIA", "government", "SAU"},
    {"EU", "body", "EU"},
    {"ITU", "body", "ITU"},
    {"IGF", "body", "IGF"},
    {"G-77/China", "group", "G-77"},
    {"governments", "group", "governments"},
    {"civil society", "group", "civil-society"},
    {"developing countries", "group", "developing-countries"},
    {"multistakeholder model", "topic", "multistakeholder-model"},
    {"single intergovernmental body", "topic", "intergovernmental-control"},
    {"capacity building", "topic", "capacity-building"},
    {"net neutrality", "topic", "net-neutrality"},
    {"ITRs", "instrument", "ITRs"},
};

bool WordChar(char c) { return isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '/'; }

std::vector<Entity> FindEntities(const std::string& text) {
  std::vector<Entity> out;
  std::vector<char> used(text.size(), 0);
  for (const E& e : kEntities) {
    std::string t = e.text;
    for (size_t p = text.find(t); p != std::string::npos; p = text.find(t, p + 1)) {
      size_t q = p + t.size();
      if ((p > 0 && WordChar(text[p - 1])) || (q < text.size() && WordChar(text[q]))) continue;
      if (std::any_of(used.begin() + p, used.begin() + q, [](char c) { return c; })) continue;
      std::fill(used.begin() + p, used.begin() + q, 1);
      Entity en;
      en.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(q)};
      en.text = t;
      en.kind = e.kind;
      en.id = e.id;
      out.push_back(en);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Entity& a, const Entity& b) { return a.span.begin < b.span.begin; });
  return out;
}

// Sentences end at ". " or at the end; a blank line starts a paragraph.
std::vector<Sentence> Split(const std::string& text) {
  std::vector<Sentence> out;
  uint32_t para = 0, start = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    bool end =
        i == text.size() ||
        (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'));
    bool blank = i + 1 < text.size() && text[i] == '\n' && text[i + 1] == '\n';
    if (end || blank) {
      uint32_t e = end && i < text.size() ? i + 1 : i;
      while (start < e && isspace(static_cast<unsigned char>(text[start]))) ++start;
      if (start < e) out.push_back({{start, e}, para});
      start = e;
      if (blank) ++para;
    }
  }
  return out;
}

const StanceFinder& Finder() {
  static std::unique_ptr<StanceFinder> f = [] {
    StanceOptions o;
    o.cues_file = std::string(CAUCUS_DICTDIR) + "/cues.json";
    auto r = StanceFinder::Create(o);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return std::move(*r);
  }();
  return *f;
}

std::vector<Stance> Find(const std::string& text) {
  return Finder().Find(text, Split(text), FindEntities(text));
}

// "ACTOR polarity" for each stance, sorted: compact to compare in tables.
std::string Summary(const std::vector<Stance>& v) {
  std::vector<std::string> parts;
  for (const Stance& s : v) parts.push_back(s.actor.id + " " + s.polarity);
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

const Stance* ByActor(const std::vector<Stance>& v, const std::string& id) {
  for (const Stance& s : v)
    if (s.actor.id == id) return &s;
  return nullptr;
}

struct Case {
  const char* text;
  const char* want;  // Summary()
};

TEST(StancesTest, ActorsPolarityTable) {
  const Case cases[] = {
      // Subject and coordination.
      {"Russia supported the proposal for net neutrality.", "RUS support"},
      {"The United States and Sweden call for net neutrality.", "SWE support, USA support"},
      {"Brazil opposed the ITRs.", "BRA oppose"},
      // Supported by / opposed by / while.
      {"Norway, supported by Japan and the EU, but opposed by India and Kenya, proposed capacity "
       "building.",
       "EU support, IND oppose, JPN support, KEN oppose, NOR support"},
      {"Brazil, supported by India and Egypt, proposed capacity building, while the US opposed it.",
       "BRA support, EGY support, IND support, USA oppose"},
      {"The proposal was opposed by the US and Sweden.", "SWE oppose, USA oppose"},
      {"Supported by SAUDI ARABIA and EGYPT, CHINA proposed a new text.",
       "CHN support, EGY support, SAU support"},
      // Speaking for others.
      {"Sweden, for the EU, supported capacity building.", "EU support, SWE support"},
      {"Tanzania, on behalf of the G-77/China, called for capacity building.",
       "G-77 support, TZA support"},
      // Relative clauses and appositions.
      {"The United States and Sweden were among several governments who intervened to call for "
       "openness.",
       "SWE support, USA support, several-governments support"},
      {"Brazil, which had proposed capacity building, spoke.", "BRA support"},
      // Nominal and adjectival cues.
      {"Russia's proposal for a single intergovernmental body was discussed.", "RUS support"},
      {"The US opposition to the ITRs was clear.", "USA oppose"},
      {"The most impassioned defense of the multistakeholder model came from the delegate from "
       "Iran.",
       "IRN support"},
      {"Many governments spoke favorably of the multistakeholder model.",
       "many-governments support"},
      {"Some governments pushed back on the idea of using IGF as a forum.",
       "some-governments oppose"},
      {"Egypt is in favour of net neutrality.", "EGY support"},
      // Negation and hedging.
      {"India did not support the proposal.", "IND oppose"},
      {"Kenya could not accept the ITRs.", "KEN oppose"},
      {"Japan did not oppose the text.", "JPN neutral"},
      // Reported speech: the government, not the person.
      {"The US ambassador said the US could not sign the ITRs.", "USA oppose"},
      // Treaty acts.
      {"Kenya signed the ITRs.", "KEN support"},
      {"The United States refused to sign the ITRs.", "USA oppose"},
      // Collective actors.
      {"In Geneva, civil society opposed the ITRs.", "civil-society oppose"},
      {"Most developing countries rejected the proposal.", "most-developing-countries oppose"},
      // Inverted target: resisting a move away from X supports X.
      {"Many governments clearly resisted any move away from the current multistakeholder model.",
       "many-governments support"},
      // No actor, no stance.
      {"There was a general level of support for continuing discussions.", ""},
      {"The weather was fine and everybody went back to the hotel.", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Summary(Find(c.text)), c.want) << c.text;
  }
}

TEST(StancesTest, ModalityTable) {
  const struct {
    const char* text;
    const char* actor;
    const char* modality;
  } cases[] = {
      {"India did not support the proposal.", "IND", "negated"},
      {"Brazil appeared to champion a greater role for the ITU.", "BRA", "hedged"},
      {"Japan would consider supporting the text.", "JPN", "hedged"},
      {"Russia said that it supports a single intergovernmental body.", "RUS", "reported"},
      {"Russia supports a single intergovernmental body.", "RUS", "asserted"},
      {"The United States refused to sign the ITRs.", "USA", "asserted"},
  };
  for (const auto& c : cases) {
    auto v = Find(c.text);
    const Stance* s = ByActor(v, c.actor);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->modality, c.modality) << c.text;
  }
}

TEST(StancesTest, SeedSentenceTargetsAndEvidence) {
  std::string text =
      "The debate was wide-ranging, with Russia clearly calling for a single intergovernmental "
      "body dispensing top-down international Internet policy, while many governments clearly "
      "resisted any move away from the current multistakeholder model.";
  auto v = Find(text);
  ASSERT_EQ(v.size(), 2u);
  const Stance* r = ByActor(v, "RUS");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->polarity, "support");
  EXPECT_EQ(r->act, "call-for");
  EXPECT_EQ(r->target.topic, "intergovernmental-control");
  EXPECT_EQ(r->target.text,
            "a single intergovernmental body dispensing top-down international Internet policy");
  EXPECT_EQ(text.substr(r->actor.span.begin, r->actor.span.size()), "Russia");
  EXPECT_TRUE(r->span.Contains(r->actor.span));
  EXPECT_TRUE(r->span.Contains(r->target.span));
  EXPECT_EQ(r->sentence, 0u);
  const Stance* g = ByActor(v, "many-governments");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->actor.kind, "group");
  EXPECT_EQ(g->act, "resist");
  EXPECT_EQ(g->polarity, "support");
  EXPECT_EQ(g->target.topic, "multistakeholder-model");
}

TEST(StancesTest, WhileClauseResolvesIt) {
  auto v = Find(
      "The US, supported by the EU and Japan, opposed consideration of net neutrality, "
      "whereas India and China supported it.");
  EXPECT_EQ(Summary(v), "CHN support, EU oppose, IND support, JPN oppose, USA oppose");
  const Stance* c = ByActor(v, "CHN");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->target.topic, "net-neutrality");
  const Stance* eu = ByActor(v, "EU");
  ASSERT_NE(eu, nullptr);
  EXPECT_EQ(eu->via, "supported-by");
}

TEST(StancesTest, AcrossSentencesInParagraph) {
  std::string text =
      "Much of the debate centered around a proposal made by Brazil to introduce a new opinion. "
      "In deliberations, Brazil clarified that it intended its proposal to highlight capacity "
      "building. The delegation also supported net neutrality.\n\nIt rained.";
  auto v = Find(text);
  for (const Stance& s : v) EXPECT_EQ(s.actor.id, "BRA") << s.act << " " << s.target.text;
  ASSERT_GE(v.size(), 3u);
  bool capacity = false;
  for (const Stance& s : v) capacity |= s.target.topic == "capacity-building";
  EXPECT_TRUE(capacity);
}

TEST(StancesTest, NoCueNoWork) {
  EXPECT_TRUE(Find("Governments from around the world gathered in Geneva.").empty());
  EXPECT_TRUE(Finder().Find("", {}, {}).empty());
}

TEST(StancesTest, LexiconErrors) {
  EXPECT_FALSE(StanceFinder::FromJson({"{"}, {"x.json"}).ok());
  EXPECT_FALSE(StanceFinder::FromJson({R"({"kind":"government","entries":[]})"}, {"x"}).ok());
  auto bad = StanceFinder::FromJson({R"({"kind":"cue","cues":[{"cue":"x","polarity":"maybe"}]})"},
                                    {"x.json"});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("x.json"), std::string::npos);
  auto ok = StanceFinder::FromJson(
      {R"({"kind":"cue","entries":[],"cues":[{"cue":"applaud|cheer","pos":"verb","polarity":"support","act":"welcome"}]})"},
      {"u.json"});
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  std::string t = "Russia cheered net neutrality.";
  auto v = (*ok)->Find(t, Split(t), FindEntities(t));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].act, "welcome");
}

TEST(StancesTest, Deterministic) {
  std::string text =
      "Brazil, supported by India and Egypt, proposed capacity building, while the US opposed it. "
      "Many governments spoke favorably of the multistakeholder model.";
  auto a = Find(text), b = Find(text);
  EXPECT_EQ(StancesJson(a), StancesJson(b));
}

}  // namespace
}  // namespace caucus
