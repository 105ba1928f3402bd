#include "../lib/json_lite.h"

#include <gtest/gtest.h>

#include <string>

namespace caucus::internal {
namespace {

using Type = JsonLite::Type;

TEST(JsonLite, ParsesValuesKeysAndEscapes) {
  const std::string text =
      "\xEF\xBB\xBF{\"kind\": \"cue\", \"n\": -1.5e1, \"ok\": true, \"no\": null,\n"
      " \"list\": [\"a\", \"q\\\"uote\", \"\\u00e9\\ud83d\\ude00\", []], \"empty\": {}}";
  JsonLite doc;
  ASSERT_TRUE(doc.Parse(text).ok());
  const JsonLite::Node* root = doc.root();
  ASSERT_EQ(root->type, Type::kObject);
  EXPECT_EQ(doc.Find(root, "kind")->str, "cue");
  EXPECT_EQ(doc.Find(root, "n")->number, -15.0);
  EXPECT_TRUE(doc.Find(root, "ok")->boolean);
  EXPECT_EQ(doc.Find(root, "no")->type, Type::kNull);
  EXPECT_EQ(doc.Find(root, "missing"), nullptr);
  const JsonLite::Node* list = doc.Find(root, "list");
  std::vector<std::string> got;
  for (const JsonLite::Node* n = doc.First(list); n; n = doc.Next(n))
    got.push_back(n->type == Type::kString ? std::string(n->str) : "[]");
  EXPECT_EQ(got, (std::vector<std::string>{"a", "q\"uote", "\xC3\xA9\xF0\x9F\x98\x80", "[]"}));
  EXPECT_EQ(doc.First(doc.Find(root, "empty")), nullptr);
}

TEST(JsonLite, ErrorsNameTheLine) {
  const struct {
    const char* text;
    const char* message;
  } kCases[] = {
      {"{\"a\": 1,\n \"b\" 2}", "line 2: expected ':'"},
      {"[1, 2", "line 1: expected ',' or ']'"},
      {"{\"a\": \"open}", "line 1: unterminated string"},
      {"{\"a\": tru}", "line 1: unexpected character"},
      {"{} x", "line 1: unexpected text after the JSON value"},
      {"\"bad \\x\"", "line 1: bad escape in string"},
      {"", "line 1: unexpected end of text"},
  };
  for (const auto& c : kCases) {
    JsonLite doc;
    Status st = doc.Parse(c.text);
    ASSERT_FALSE(st.ok()) << c.text;
    EXPECT_EQ(st.message(), c.message) << c.text;
  }
  // What nlohmann::json refuses (the dictionaries' loader relies on it).
  for (const char* bad : {"01", "1.", ".5", "+1", "-", "1e", "1E99999", "\"\xff\"", "\"\xc0\xaf\"",
                          "\"\xed\xa0\x80\"", "\"\\udc00\"", "\"\\ud800\"", "\"\\ud800x\""}) {
    JsonLite doc;
    EXPECT_FALSE(doc.Parse(bad).ok()) << bad;
  }
  for (const char* good : {"0", "-0.5e+3", "1E-99999", "\"\xc3\xa9\"", "\"\\u0000\""}) {
    JsonLite doc;
    EXPECT_TRUE(doc.Parse(good).ok()) << good;
  }
  std::string deep(100, '[');
  JsonLite doc;
  EXPECT_FALSE(doc.Parse(deep).ok());
}

TEST(JsonLiteTest, FileErrorNamesFileAndLine) {
  // The form of the tools' messages about a file: FILE:LINE: bad JSON: ...
  JsonLite doc;
  ASSERT_FALSE(doc.Parse("{\n  \"cues\": [1,,\n]}").ok());
  EXPECT_EQ(doc.FileError("d/cues.json").message(),
            "d/cues.json:2: bad JSON: unexpected character");
}

}  // namespace
}  // namespace caucus::internal
