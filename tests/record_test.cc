// Reading the sentences, paragraphs and entities layers. These layers have a
// fast reader with a fallback to the general JSON parser for anything
// unusual; both must give the same values and messages, so the cases below
// cover the unusual shapes too.
#include "caucus/record.h"

#include <gtest/gtest.h>

#include <string>

namespace caucus {
namespace {

Document Doc(const std::string& layers) {
  auto d = Document::FromJsonLine(R"({"id":"d","text":"Brazil and C\u00f4te d'Ivoire agreed.")" +
                                  layers + "}");
  EXPECT_TRUE(d.ok()) << layers;
  return d.ok() ? *d : Document();
}

std::vector<Entity> Entities(const std::string& layer) {
  bool found = false;
  auto e = GetEntities(Doc(",\"entities\":" + layer), &found);
  EXPECT_TRUE(found);
  EXPECT_TRUE(e.ok()) << layer << ": " << e.status().message();
  return e.ok() ? *e : std::vector<Entity>();
}

std::string EntitiesError(const std::string& layer) {
  bool found = false;
  auto e = GetEntities(Doc(",\"entities\":" + layer), &found);
  EXPECT_FALSE(e.ok()) << layer;
  return e.ok() ? std::string() : e.status().message();
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

const char kItem0[] = "layer \"entities\" item 0: ";
const char kParseError[] = "layer \"entities\": [json.exception.parse_error";

TEST(RecordLayerTest, EntitiesPlain) {
  auto e =
      Entities(R"([{"span":[0,6],"text":"Brazil","kind":"government","id":"BRA","name":"Brazil"},)"
               R"({"span":[11,25],"kind":"government","id":"CIV","name":"C\u00f4te d'Ivoire",)"
               R"("form":"alias","role":"r","org":"o"}])");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].text, "Brazil");
  EXPECT_EQ(e[0].kind, "government");
  EXPECT_EQ(e[0].id, "BRA");
  EXPECT_EQ(e[0].form, "");
  EXPECT_EQ(e[1].span.begin, 11u);
  EXPECT_EQ(e[1].span.end, 25u);
  EXPECT_EQ(e[1].text, "C\xC3\xB4te d'Ivoire");
  EXPECT_EQ(e[1].name, "C\xC3\xB4te d'Ivoire");
  EXPECT_EQ(e[1].form, "alias");
  EXPECT_EQ(e[1].role, "r");
  EXPECT_EQ(e[1].org, "o");
}

TEST(RecordLayerTest, EntitiesUnusualShapes) {
  // Whitespace everywhere, unknown members of every type, non-string values
  // of string fields (read as empty), an escaped key, duplicate keys (the
  // last one wins), a non-ASCII string.
  auto e = Entities(
      " [ { \"x\" : { \"a\" : [ 1 , -2.5e3 , true , null , \"\\\"\" ] } , \"span\" : [ 0 , 6 ] ,"
      " \"kind\" : \"body\" , \"id\" : null , \"name\" : 7 , \"form\" : [ ] } ,\n"
      "{\"span\":[0,6],\"\\u006bind\":\"group\",\"kind\":\"person\",\"id\":\"a\",\"id\":\"b\"},"
      "{\"span\":[0,6],\"kind\":\"topic\",\"name\":\"\xC3\xA9t\xC3\xA9\"} ] ");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].kind, "body");
  EXPECT_EQ(e[0].id, "");
  EXPECT_EQ(e[0].name, "");
  EXPECT_EQ(e[0].form, "");
  EXPECT_EQ(e[1].kind, "person");
  EXPECT_EQ(e[1].id, "b");
  EXPECT_EQ(e[2].name, "\xC3\xA9t\xC3\xA9");
  EXPECT_TRUE(Entities("[]").empty());
  EXPECT_TRUE(Entities(" [ ] ").empty());
}

TEST(RecordLayerTest, EntitiesErrors) {
  EXPECT_EQ(EntitiesError(R"([{"kind":"body"}])"),
            "layer \"entities\" item 0: missing or bad \"span\" (must be [begin, end] within the "
            "text)");
  EXPECT_EQ(EntitiesError(R"([{"span":[0,6],"kind":"body"},{"span":[0,99],"kind":"body"}])"),
            "layer \"entities\" item 1: bad \"span\" [0, 99] (must be [begin, end] within the "
            "text of 33 bytes)");
  EXPECT_TRUE(StartsWith(EntitiesError(R"([{"span":[3,1],"kind":"body"}])"), kItem0));
  EXPECT_TRUE(StartsWith(EntitiesError(R"([{"span":[0,1.5],"kind":"body"}])"), kItem0));
  EXPECT_EQ(EntitiesError(R"([{"span":[0,6]}])"), "layer \"entities\" item 0: missing \"kind\"");
  EXPECT_EQ(EntitiesError(R"([{"span":[0,6],"kind":""}])"),
            "layer \"entities\" item 0: missing \"kind\"");
  EXPECT_TRUE(StartsWith(EntitiesError(R"([5])"), kItem0));
  EXPECT_EQ(EntitiesError(R"({"a":1})"), "layer \"entities\" is not an array");
  // Malformed JSON inside the layer: the parser's message.
  EXPECT_TRUE(StartsWith(EntitiesError(R"([{"span":[0,6],"kind":"body","x":01}])"), kParseError));
  EXPECT_TRUE(StartsWith(EntitiesError(R"([{"span":[0,6],"kind":"b\x"}])"), kParseError));
}

// A span that starts or ends inside a UTF-8 sequence would make tools write
// invalid UTF-8 ("C\xC3" for the "C\xC3\xB4" of "Côte", bytes 11-13 of the
// text): every layer refuses it, on the fast readers and the general one.
TEST(RecordLayerTest, SpansInsideACharacterAreRefused) {
  const std::string ends = "bad \"span\" [11, 13]: it ends inside a UTF-8 character";
  const std::string starts = "bad \"span\" [13, 16]: it starts inside a UTF-8 character";
  struct Case {
    std::string layer, json, want;
  };
  const Case cases[] = {
      {"entities", R"([{"span":[11,13],"text":"C","kind":"government","id":"CIV","name":"C"}])",
       ends},
      {"entities", R"([ {"span": [11, 13], "kind": "government"} ])", ends},
      {"entities", R"([{"span":[13,16],"kind":"government","x":1}])", starts},
      {"sentences", R"([{"span":[11,13],"paragraph":0}])", ends},
      {"sentences", R"([{"span": [13,16]}])", starts},
      {"paragraphs", R"([{"span":[11,13]}])", ends},
      {"turns", R"([{"span":[11,13],"speaker":"x"}])", ends},
      {"acronyms", R"([{"short":"C","span":[11,13]}])", ends},
      {"acronyms", R"([{"short":"C","span":[0,1],"long_span":[11,13]}])",
       "bad \"long_span\" [11, 13]: it ends inside a UTF-8 character"},
      {"stances", R"([{"span":[0,6],"actor":{"id":"CIV","span":[11,13]}}])",
       "bad actor \"span\" [11, 13]: it ends inside a UTF-8 character"},
      {"stances", R"([{"span":[0,6],"target":{"text":"x","span":[13,16]}}])",
       "bad target \"span\" [13, 16]: it starts inside a UTF-8 character"},
  };
  for (const Case& c : cases) {
    Document d = Doc(",\"" + c.layer + "\":" + c.json);
    bool found = false;
    Status st;
    if (c.layer == "entities") st = GetEntities(d, &found).status();
    if (c.layer == "sentences") st = GetSentences(d, &found).status();
    if (c.layer == "paragraphs") st = GetParagraphs(d, &found).status();
    if (c.layer == "turns") st = GetTurns(d, &found).status();
    if (c.layer == "acronyms") st = GetAcronyms(d, &found).status();
    if (c.layer == "stances") st = GetStances(d, &found).status();
    EXPECT_EQ(st.message().substr(0, st.message().find(" (spans")),
              "layer \"" + c.layer + "\" item 0: " + c.want)
        << c.json;
  }
  // On boundaries, including the end of the text, all is well.
  EXPECT_EQ(
      Entities(R"([{"span":[11,25],"kind":"government"},{"span":[33,33],"kind":"x"}])")[0].text,
      "C\xC3\xB4te d'Ivoire");
}

// An index member ("sentence" of a stance, "paragraph" of a sentence) must
// be a non-negative integer that fits: a float such as -1e39 has no unsigned
// value (converting it was undefined behaviour, found by jsonl_reader_fuzz).
TEST(RecordLayerTest, IndexMembersMustBeNonNegativeIntegers) {
  const std::string bad_sentence = "layer \"stances\" item 0: bad \"sentence\"";
  for (const char* v : {"-1e39", "-1", "1.5", "4294967296", "\"3\""}) {
    bool found = false;
    Status st =
        GetStances(Doc(std::string(",\"stances\":[{\"span\":[0,6],\"sentence\":") + v + "}]"),
                   &found)
            .status();
    EXPECT_EQ(st.message().substr(0, bad_sentence.size()), bad_sentence) << v;
  }
  bool found = false;
  auto ok = GetStances(Doc(",\"stances\":[{\"span\":[0,6],\"sentence\":4294967295}]"), &found);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ((*ok)[0].sentence, 4294967295u);
  // The general reader of sentences (a member the fast one does not know
  // sends it there).
  auto s =
      GetSentences(Doc(",\"sentences\":[{\"span\":[0,6],\"x\":[],\"paragraph\":-1e39}]"), &found);
  EXPECT_FALSE(s.ok());
  auto s2 = GetSentences(Doc(",\"sentences\":[{\"span\":[0,6],\"x\":[],\"paragraph\":2}]"), &found);
  ASSERT_TRUE(s2.ok());
  EXPECT_EQ((*s2)[0].paragraph, 2u);
}

// The fast reader scans strings 16 bytes at a time: what stops a scan (a
// quote, an escape, a non-ASCII or a control byte) may fall anywhere in or
// across those blocks.
TEST(RecordLayerTest, EntitiesStringsAtEveryOffset) {
  const std::pair<std::string, std::string> valid[] = {
      {"\\\"", "\""}, {"\\\\", "\\"}, {"\\u00e9", "\xC3\xA9"}, {"\xC3\xA9", "\xC3\xA9"}, {"", ""}};
  for (size_t k = 0; k < 40; ++k) {
    for (const auto& [raw, decoded] : valid) {
      const std::string pad(k, 'x'), tail(20, 'y');
      auto e = Entities(R"([{"span":[0,6],"kind":"body","id":"a","name":")" + pad + raw + tail +
                        R"("}])");
      ASSERT_EQ(e.size(), 1u) << k << " " << raw;
      EXPECT_EQ(e[0].name, pad + decoded + tail) << k << " " << raw;
      EXPECT_EQ(e[0].id, "a");
    }
    const std::string layer = R"(,"entities":[{"span":[0,6],"kind":"body","name":")" +
                              std::string(k, 'x') + "%" + R"(yyyy"}])";
    // A raw control character: refused by the layer's reader.
    std::string control = layer;
    control.replace(control.find('%'), 1, "\x01");
    bool found = false;
    EXPECT_FALSE(GetEntities(Doc(control), &found).ok()) << k;
    // Invalid UTF-8: refused with the record, before any layer is read.
    std::string invalid = layer;
    invalid.replace(invalid.find('%'), 1, "\xFF");
    auto d = Document::FromJsonLine(R"({"id":"d","text":"Brazil")" + invalid + "}");
    ASSERT_FALSE(d.ok()) << k;
    EXPECT_NE(d.status().message().find("invalid UTF-8 in \"entities\""), std::string::npos)
        << d.status().message();
  }
}

TEST(RecordLayerTest, EntitiesBriefSameCoreAndErrors) {
  const std::string layers[] = {
      R"([{"span":[0,6],"text":"Brazil","kind":"government","id":"BRA","name":"Brazil"},)"
      R"({"span":[11,25],"kind":"body","id":"x","name":"C\u00f4te","form":"alias","org":"o"}])",
      R"([{"span":[0,6],"kind":"body","name":5,"form":null,"role":[1,{"a":"b"}]}])",
      R"([{"span":[0,6],"kind":"body","name":"a","name":"b"}])",
      R"([{"span":[0,6],"kind":"body","name":"bad\x"}])",
      R"([{"span":[0,6],"kind":"body","org":01}])",
      R"([{"span":[0,6]}])",
  };
  for (const std::string& layer : layers) {
    Document d = Doc(",\"entities\":" + layer);
    bool f1 = false, f2 = false;
    auto full = GetEntities(d, &f1);
    auto brief = GetEntitiesBrief(d, &f2);
    EXPECT_EQ(f1, f2);
    ASSERT_EQ(full.ok(), brief.ok()) << layer;
    if (!full.ok()) {
      EXPECT_EQ(full.status().message(), brief.status().message());
      continue;
    }
    ASSERT_EQ(full->size(), brief->size());
    for (size_t i = 0; i < full->size(); ++i) {
      EXPECT_EQ((*full)[i].span, (*brief)[i].span);
      EXPECT_EQ((*full)[i].text, (*brief)[i].text);
      EXPECT_EQ((*full)[i].kind, (*brief)[i].kind);
      EXPECT_EQ((*full)[i].id, (*brief)[i].id);
    }
  }
}

TEST(RecordLayerTest, Sentences) {
  bool found = false;
  auto s = GetSentences(
      Doc(R"(,"sentences":[{"span":[0,10]},{"span":[11,33],"paragraph":3,"x":"y"}])"), &found);
  ASSERT_TRUE(found);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[0].paragraph, 0u);
  EXPECT_EQ((*s)[1].span.begin, 11u);
  EXPECT_EQ((*s)[1].paragraph, 3u);
  // A number that is not a plain integer still reads as nlohmann reads it.
  s = GetSentences(Doc(R"(,"sentences":[{"span":[0,10],"paragraph":2.0}])"), &found);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ((*s)[0].paragraph, 2u);
  s = GetSentences(Doc(R"(,"sentences":[{"span":[0,10],"paragraph":"2"}])"), &found);
  EXPECT_FALSE(s.ok());
  s = GetSentences(Doc(R"(,"paragraphs":[])"), &found);
  EXPECT_FALSE(found);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->empty());
}

TEST(RecordLayerTest, Paragraphs) {
  bool found = false;
  auto p = GetParagraphs(Doc(R"(,"paragraphs":[{"span":[0,33]}])"), &found);
  ASSERT_TRUE(found);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->size(), 1u);
  EXPECT_EQ((*p)[0].span.end, 33u);
  p = GetParagraphs(Doc(R"(,"paragraphs":[{"span":[0,34]}])"), &found);
  EXPECT_FALSE(p.ok());
}

}  // namespace
}  // namespace caucus
