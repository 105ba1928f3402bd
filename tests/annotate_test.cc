#include "caucus/annotate.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "caucus/record.h"

namespace caucus {
namespace {

const Annotator& Shared() {
  static const std::unique_ptr<Annotator> a = [] {
    AnnotatorOptions options;
    options.dict_dir = CAUCUS_DICTDIR;
    Result<std::unique_ptr<Annotator>> r = Annotator::Create(options);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return std::move(*r);
  }();
  return *a;
}

std::string Json(const Document& d) {
  std::string out;
  d.AppendJsonLine(&out);
  return out;
}

std::vector<Stance> StancesOf(const Document& d) {
  bool found = false;
  Result<std::vector<Stance>> s = GetStances(d, &found);
  EXPECT_TRUE(s.ok() && found) << Json(d);
  return s.ok() ? *s : std::vector<Stance>{};
}

// A speech whose first person is its declared speaker's: a document pass
// (the document speaker), not a sentence pass, gives its stance.
constexpr const char* kSpeech =
    "# Speaker: Government of Norway\n# ---\n\n"
    "We support the multistakeholder model of Internet governance.\n";

TEST(AnnotatorTest, AnnotateComputesWhatAddStancesStores) {
  Document a = Document::FromText("speech", kSpeech);
  Document b = a;
  ASSERT_TRUE(Shared().Annotate(&a, kStancesLayer).ok());
  ASSERT_TRUE(Shared().AddStances(&b).ok());
  EXPECT_EQ(Json(a), Json(b));
  EXPECT_TRUE(a.Has("sentences") && a.Has("entities"));
  std::vector<Stance> s = StancesOf(a);
  ASSERT_EQ(s.size(), 1u) << Json(a);
  EXPECT_EQ(s[0].actor.id, "NOR");
  EXPECT_EQ(s[0].polarity, "support");
  EXPECT_EQ(s[0].target.topic, "multistakeholder-model");
  EXPECT_EQ(s[0].via, "speaker");
}

// A UN General Debate Corpus file has no header: its name gives the
// speaker, after a header and meta.speaker.
TEST(AnnotatorTest, UngdFileNameGivesTheSpeaker) {
  const char* body = "We support the multistakeholder model of Internet governance.\n";
  Document a = Document::FromText("Session 69 - 2014/BRA_69_2014.txt", body);
  ASSERT_TRUE(Shared().AddStances(&a).ok());
  std::vector<Stance> s = StancesOf(a);
  ASSERT_EQ(s.size(), 1u) << Json(a);
  EXPECT_EQ(s[0].actor.id, "BRA");
  EXPECT_EQ(s[0].via, "speaker");
  Document b = Document::FromText("BRA_69_2014.txt", body);
  b.SetLayer("meta", R"({"speaker":"KEN"})");
  ASSERT_TRUE(Shared().AddStances(&b).ok());
  s = StancesOf(b);
  ASSERT_EQ(s.size(), 1u) << Json(b);
  EXPECT_EQ(s[0].actor.id, "KEN");
  Document c = Document::FromText("BRA_69_2014.txt", kSpeech);
  ASSERT_TRUE(Shared().AddStances(&c).ok());
  s = StancesOf(c);
  ASSERT_EQ(s.size(), 1u) << Json(c);
  EXPECT_EQ(s[0].actor.id, "NOR");
  Document d = Document::FromText("notes.txt", body);
  ASSERT_TRUE(Shared().AddStances(&d).ok());
  EXPECT_TRUE(StancesOf(d).empty()) << Json(d);
}

TEST(AnnotatorTest, DocumentPassesAreMoreThanTheSentencePasses) {
  // What stats, report and graph used to count: the finder's sentence passes
  // alone miss the speaker's stance.
  Document d = Document::FromText("speech", kSpeech);
  ASSERT_TRUE(Shared().Annotate(&d, kStancesLayer).ok());
  bool found = false;
  Result<std::vector<Sentence>> sents = GetSentences(d, &found);
  Result<std::vector<Entity>> ents = GetEntities(d, &found);
  ASSERT_TRUE(sents.ok() && ents.ok());
  Result<const StanceFinder*> finder = Shared().finder();
  ASSERT_TRUE(finder.ok());
  EXPECT_TRUE((*finder)->Find(d.text(), *sents, *ents).empty());
  EXPECT_EQ(StancesOf(d).size(), 1u);
}

TEST(AnnotatorTest, PresentLayersAreKept) {
  Document d = Document::FromText("speech", kSpeech);
  d.SetLayer("stances", "[]");
  ASSERT_TRUE(Shared().Annotate(&d, kStancesLayer | kEntitiesLayer).ok());
  EXPECT_TRUE(StancesOf(d).empty()) << "a present stances layer is not recomputed";
  EXPECT_TRUE(d.Has("entities"));
  // AddStances is `caucus stances`: it replaces the layer.
  ASSERT_TRUE(Shared().AddStances(&d).ok());
  EXPECT_EQ(StancesOf(d).size(), 1u);
}

TEST(AnnotatorTest, EntitiesAloneAddNoStances) {
  Document d = Document::FromText("t", "Iran and the ITU agreed.\n");
  ASSERT_TRUE(Shared().Annotate(&d, kEntitiesLayer).ok());
  EXPECT_TRUE(d.Has("entities"));
  EXPECT_FALSE(d.Has("stances"));
}

TEST(AnnotatorTest, LabelledTranscriptGetsItsTurns) {
  std::ifstream in(std::string(CAUCUS_TEST_DATA) + "/transcripts/un-verbatim-general-assembly.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  ASSERT_FALSE(ss.str().empty());
  Document d = Document::FromText("record", ss.str());
  ASSERT_TRUE(Shared().Annotate(&d, kStancesLayer).ok());
  EXPECT_TRUE(d.Has("turns"));
  int via_turn = 0;
  for (const Stance& s : StancesOf(d)) via_turn += s.via == "turn";
  EXPECT_GT(via_turn, 0) << Json(d);
}

TEST(AnnotatorTest, Errors) {
  struct Case {
    const char* name;
    const char* entities;  // a present layer, or null
    const char* dict_dir;  // null: the shipped dictionaries
    const char* want;      // in the message
  };
  const Case cases[] = {
      {"malformed entities layer", R"([{"span":[0,99999],"id":"X"}])", nullptr, "entities"},
      {"missing dictionary directory", nullptr, "/nonexistent/caucus-dicts", "/nonexistent"},
  };
  for (const Case& c : cases) {
    AnnotatorOptions options;
    options.dict_dir = c.dict_dir ? c.dict_dir : CAUCUS_DICTDIR;
    Result<std::unique_ptr<Annotator>> a = Annotator::Create(options);
    ASSERT_TRUE(a.ok()) << c.name << ": the dictionaries load on first need";
    Document d = Document::FromText("t", "Brazil supports the multistakeholder model.\n");
    if (c.entities) d.SetLayer("entities", c.entities);
    Status st = (*a)->Annotate(&d, kStancesLayer);
    EXPECT_FALSE(st.ok()) << c.name;
    EXPECT_NE(st.message().find(c.want), std::string::npos) << c.name << ": " << st.message();
    EXPECT_FALSE(d.Has("stances")) << c.name;
  }
}

}  // namespace
}  // namespace caucus
