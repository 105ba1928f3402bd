#include "caucus/json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <vector>

#include "caucus/record.h"

namespace caucus {
namespace {

TEST(JsonTest, EscapeRoundTrip) {
  const std::string cases[] = {"",
                               "plain",
                               "quote \" and \\ backslash",
                               "line\nbreak\ttab",
                               "ctrl \x01 \x1f",
                               "Россия 俄罗斯 ’"};
  for (const std::string& s : cases) {
    std::string quoted;
    AppendJsonString(s, &quoted);
    ASSERT_GE(quoted.size(), 2u);
    std::string back;
    ASSERT_TRUE(
        UnescapeJsonString(std::string_view(quoted).substr(1, quoted.size() - 2), &back).ok());
    EXPECT_EQ(back, s);
  }
}

TEST(JsonTest, UnescapeUnicode) {
  std::string out;
  ASSERT_TRUE(UnescapeJsonString("\\u00e9\\ud83d\\ude00", &out).ok());
  EXPECT_EQ(out, "\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_FALSE(UnescapeJsonString("\\ud83d", &out).ok());
  EXPECT_FALSE(UnescapeJsonString("\\x", &out).ok());
  EXPECT_FALSE(UnescapeJsonString("a\x01", &out).ok());
}

TEST(JsonTest, UnescapeLongPlainRuns) {
  // Plain runs are scanned 8 bytes at a time; positions stay exact.
  const std::string plain(37, 'x');
  std::string out;
  ASSERT_TRUE(UnescapeJsonString(plain + "\\n" + plain + "\\u00e9", &out).ok());
  EXPECT_EQ(out, plain + "\n" + plain + "\xC3\xA9");
  EXPECT_EQ(UnescapeJsonString(plain + "\x01" + plain, &out).message(),
            "raw control character in string at byte 37");
  EXPECT_EQ(UnescapeJsonString(plain + "\\t" + plain + "\x1f", &out).message(),
            "raw control character in string at byte 76");
  EXPECT_EQ(UnescapeJsonString(plain + "\\", &out).message(), "bad escape at byte 37");
}

TEST(JsonTest, DoubleAsPrintf) {
  // Hundredths have a fast path; everything must print as "%.4g" does.
  std::vector<double> values = {0.0,   -0.0, 1.0,   -1.0,  1e-12, 0.999999,  1.0000001,      100.0,
                                0.125, 2.5,  1e300, 0.015, 0.005, 0.7 * 0.9, 0.6 * 0.8 * 0.7};
  for (int k = 0; k <= 100; ++k) {
    values.push_back(k / 100.0);
    values.push_back(std::round(k * 1.0) / 100.0);
    values.push_back(k * 0.01);
    values.push_back(k / 100.0 + 1e-7);
  }
  for (double w : {1.0, 0.9, 0.8, 0.7, 0.6, 0.4})
    for (double m : {1.0, 0.9, 0.7, 0.6})
      for (double c : {1.0, 0.9, 0.8, 0.7, 0.6})
        values.push_back(std::round(w * m * c * 100) / 100);
  for (double v : values) {
    std::string out;
    JsonWriter(&out).Double(v);
    char buf[32];
    snprintf(buf, sizeof buf, "%.4g", v);
    EXPECT_EQ(out, buf) << v;
  }
}

TEST(JsonTest, ScanObject) {
  std::vector<JsonMember> m;
  ASSERT_TRUE(
      ScanJsonObject(R"( {"a": 1, "b": [1, {"c": "]"}], "t": "x\"y", "n": null} )", &m).ok());
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].key, "a");
  EXPECT_EQ(m[0].raw, "1");
  EXPECT_EQ(m[1].raw, R"([1, {"c": "]"}])");
  EXPECT_EQ(m[2].raw, R"("x\"y")");
  EXPECT_EQ(m[3].raw, "null");
}

TEST(JsonTest, ScanRejectsMalformed) {
  std::vector<JsonMember> m;
  const char* bad[] = {"",           "[1]",        "{",           "{\"a\"}",     "{\"a\":}",
                       "{\"a\":1,}", "{\"a\":[1}", "{\"a\":\"x}", "{\"a\":1} x", "{\"a\":tru}"};
  for (const char* b : bad) EXPECT_FALSE(ScanJsonObject(b, &m).ok()) << b;
}

TEST(JsonTest, WriterCommas) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("a").Int(1).Key("b").BeginArray().UInt(2).String("x").EndArray();
  w.Key("s").SpanValue({3, 5}).Key("n").Null().EndObject();
  EXPECT_EQ(out, R"({"a":1,"b":[2,"x"],"s":[3,5],"n":null})");
}

TEST(RecordTest, PassThroughUnknownFields) {
  auto d = Document::FromJsonLine(R"({"id":"a","x":{"keep":[1,2]},"text":"Hi \u00e9"})");
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->text(), "Hi \xC3\xA9");
  d->SetLayer("entities", "[]");
  std::string out;
  d->AppendJsonLine(&out);
  EXPECT_EQ(out, "{\"id\":\"a\",\"x\":{\"keep\":[1,2]},\"text\":\"Hi \\u00e9\",\"entities\":[]}\n");
}

TEST(RecordTest, Errors) {
  EXPECT_FALSE(Document::FromJsonLine(R"({"id":"a"})").ok());
  EXPECT_FALSE(Document::FromJsonLine(R"({"text":5})").ok());
  EXPECT_FALSE(Document::FromJsonLine("{\"text\":\"\xff\"}").ok());
  EXPECT_FALSE(Document::FromJsonLine("not json").ok());
}

TEST(RecordTest, Utf8Validation) {
  EXPECT_EQ(FindInvalidUtf8("abc"), std::string::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xC3\xA9"), std::string::npos);
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xC3"), 10u);
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);  // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xC0\x80"), 0u);      // overlong
}

TEST(RecordTest, LayerSpansChecked) {
  auto d = Document::FromJsonLine(R"({"text":"abc","sentences":[{"span":[0,9]}]})");
  ASSERT_TRUE(d.ok());
  bool found = false;
  auto s = GetSentences(*d, &found);
  EXPECT_TRUE(found);
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace caucus
