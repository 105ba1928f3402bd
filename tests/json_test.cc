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

// A byte-by-byte escaper to check the word-at-a-time ones against.
std::string SimpleQuote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out + "\"";
}

TEST(JsonTest, EscapeEveryLengthAndPosition) {
  // Every length up to 72 with one or two special bytes at every position:
  // covers the 16-byte, 8-byte, overlapping-tail and 4-byte paths.
  const unsigned char specials[] = {'"', '\\', '\n', 0x01, 0x1f, 0x7f, 0x20, 0x80, 0xff, 'a'};
  for (size_t n = 0; n <= 72; ++n) {
    for (size_t pos = 0; pos <= n; ++pos) {
      for (unsigned char sp : specials) {
        std::string s;
        for (size_t k = 0; k < n; ++k) s.push_back(static_cast<char>('A' + k % 26));
        if (pos < n) s[pos] = static_cast<char>(sp);
        if (n > 0) s[n - 1 - pos % n] = static_cast<char>(specials[(pos + n) % 10]);
        const std::string want = SimpleQuote(s);
        std::string got;
        AppendJsonString(s, &got);
        EXPECT_EQ(got, want);
        std::vector<char> buf(2 + (kMaxJsonStringGrowth + 1) * n);
        char* end = WriteJsonString(s, buf.data());
        EXPECT_EQ(std::string(buf.data(), end), want);
        EXPECT_EQ(JsonStringSize(s), want.size());
      }
    }
  }
}

TEST(JsonTest, EntitiesJsonLayout) {
  EXPECT_EQ(EntitiesJson({}), "[]");
  std::vector<Entity> v;
  std::string want = "[";
  for (uint32_t k = 0; k < 300; ++k) {
    Entity e;
    e.span = {k * 1000000u, 4294967295u - k};
    e.text = std::string(k % 37, k % 5 ? 'x' : '"');
    e.kind = k % 2 ? "body" : "person";
    e.id = std::string(k % 11, '\x01');
    e.name = "Name \\ " + std::to_string(k);
    if (k % 3) e.form = "acronym";
    if (k % 4 == 1) e.role = "Secretary-General\n";
    if (k % 4 == 1) e.org = "ITU";
    v.push_back(e);
    if (k) want += ",";
    want += "{\"span\":[" + std::to_string(e.span.begin) + "," + std::to_string(e.span.end) +
            "],\"text\":" + SimpleQuote(e.text) + ",\"kind\":" + SimpleQuote(e.kind) +
            ",\"id\":" + SimpleQuote(e.id) + ",\"name\":" + SimpleQuote(e.name);
    if (!e.form.empty()) want += ",\"form\":" + SimpleQuote(e.form);
    if (!e.role.empty()) want += ",\"role\":" + SimpleQuote(e.role);
    if (!e.org.empty()) want += ",\"org\":" + SimpleQuote(e.org);
    want += "}";
  }
  want += "]";
  EXPECT_EQ(EntitiesJson(v), want);
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

// The first invalid UTF-8 sequence, decoded one code point at a time
// (FindInvalidUtf8 as it was first written: the reference for the faster one).
size_t FirstInvalidUtf8Slowly(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + len > s.size()) return i;
    uint32_t cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

// Random strings of ASCII, escapes and UTF-8 pieces, valid and not, at
// every offset from the 16-byte blocks: FindInvalidUtf8 agrees with the
// reference, and UnescapeValidUtf8 with UnescapeJsonString followed by
// FindInvalidUtf8 (the two steps it fuses), result included.
TEST(JsonTest, UnescapeValidUtf8AgreesWithTheTwoSteps) {
  const char* pieces[] = {"a",
                          "plain text ",
                          "\\n",
                          "\\\"",
                          "\\\\",
                          "\\u00e9",
                          "\\ud83d\\ude00",
                          "\\ud83d",
                          "\\udc00",
                          "\\x",
                          "\\u12",
                          "\x01",
                          "\xC3\xA9",
                          "\xE2\x80\x99",
                          "\xF0\x9F\x98\x80",
                          "\xC3",
                          "\xE2\x80",
                          "\x80",
                          "\xC0\xAF",
                          "\xED\xA0\x80",
                          "\xF4\x90\x80\x80",
                          "\xF5\x80\x80\x80",
                          "\xFF",
                          "\xD0\x9C\xD0\xBE\xD1\x81",
                          "\xE4\xB8\xAD\xE6\x96\x87",
                          "\\/",
                          "\\t"};
  uint32_t seed = 777;
  auto next = [&seed]() {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  int valid = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s(next() % 20, 'x');
    const int n = static_cast<int>(next() % 12);
    for (int k = 0; k < n; ++k) {
      // Mostly well-formed pieces, so that many strings are valid.
      const size_t pick = next() % std::size(pieces);
      s += next() % 4 == 0 ? pieces[pick] : pieces[pick % 3 == 0 ? 12 : pick % 7];
      s += std::string(next() % 18, 'y');
    }
    SCOPED_TRACE(s);
    ASSERT_EQ(FindInvalidUtf8(s), FirstInvalidUtf8Slowly(s));
    std::string two, fused;
    const bool ok = UnescapeJsonString(s, &two).ok() && FindInvalidUtf8(two) == std::string::npos;
    ASSERT_EQ(UnescapeValidUtf8(s, &fused), ok);
    if (ok) {
      ASSERT_EQ(fused, two);
      ++valid;
    }
  }
  EXPECT_GT(valid, 2000);
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

// A nested value's end found one byte at a time, for the test below: the
// index after the bracket that closes the one at i, or npos.
size_t SkipNestedByteByByte(std::string_view s, size_t i) {
  std::string closers;
  bool in_string = false;
  for (size_t j = i; j < s.size(); ++j) {
    const char c = s[j];
    if (in_string) {
      if (c == '\\') {
        ++j;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      closers.push_back(c == '{' ? '}' : ']');
    } else if (c == '}' || c == ']') {
      if (closers.empty() || closers.back() != c) return std::string_view::npos;
      closers.pop_back();
      if (closers.empty()) return j + 1;
    }
  }
  return std::string_view::npos;
}

// Nested values whose strings hold brackets, quotes and backslashes (escaped)
// at every offset from the scanner's 16-byte blocks: the member ends where a
// byte-by-byte walk ends it, and a value cut short is refused.
TEST(JsonTest, ScanNestedValuesAcrossBlocks) {
  const char* pieces[] = {R"("a")",  R"("]")",    R"("\"")", R"("\\")", R"("\\\"]")", R"("x\\")",
                          R"("{[")", R"("}\"{")", "1",       "[]",      "{}",         R"("\\\\")"};
  uint32_t seed = 12345;
  auto next = [&seed]() {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  std::vector<JsonMember> m;
  for (int round = 0; round < 1500; ++round) {
    // A random nesting of arrays and objects over the pieces.
    std::string v;
    std::string closers;
    // Up to 48 items: values past the scanner's 64-byte blocks too.
    const int items = 1 + static_cast<int>(next() % 48);
    for (int k = 0; k < items; ++k) {
      if (!v.empty() && v.back() != '[' && v.back() != ':') v += ',';
      switch (next() % 4) {
        case 0:
          v += '[';
          closers += ']';
          break;
        case 1:
          v += "{\"k\":";
          closers += '}';
          break;
        default:
          v += pieces[next() % std::size(pieces)];
          if (!closers.empty() && closers.back() == '}') {
            v += '}';
            closers.pop_back();
          }
      }
    }
    while (!closers.empty()) {
      if (v.back() == ':' || v.back() == '[') v += "0";
      v += closers.back();
      closers.pop_back();
    }
    const std::string value = "[" + v + "]";
    const std::string pad(next() % 17, ' ');
    const std::string line = "{\"p\":\"" + pad + "\",\"v\":" + value + ",\"b\":1}";
    SCOPED_TRACE(line);
    ASSERT_NE(SkipNestedByteByByte(value, 0), std::string_view::npos);
    ASSERT_TRUE(ScanJsonObject(line, &m).ok());
    ASSERT_EQ(m.size(), 3u);
    EXPECT_EQ(m[1].raw, value);
    EXPECT_EQ(m[2].key, "b");
    // Cut inside the value: unterminated.
    const std::string cut = "{\"v\":" + value.substr(0, 1 + next() % (value.size() - 1));
    EXPECT_FALSE(ScanJsonObject(cut, &m).ok()) << cut;
  }
  // A closer that does not match, past the first blocks.
  const Status st = ScanJsonObject(R"({"v":[")" + std::string(40, 'x') + R"(", {"a": 1]]})", &m);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("mismatched bracket"), std::string::npos) << st.message();
  // A string left open, its quote past the first blocks: the message points at it.
  const std::string open =
      R"({"v":[")" + std::string(40, 'x') + R"(", "a", "abc)" + std::string(40, 'y');
  const Status unterminated = ScanJsonObject(open, &m);
  ASSERT_FALSE(unterminated.ok());
  EXPECT_NE(unterminated.message().find("unterminated string starting at byte " +
                                        std::to_string(open.rfind('"'))),
            std::string::npos)
      << unterminated.message();
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

// A document made from text keeps one copy of it and writes it as JSON when
// asked: the line, Raw("text") before and after the line, and a replaced
// "text" member all agree.
TEST(RecordTest, FromTextWritesItsTextWhenAsked) {
  const std::string text = "Tab\there, \"quoted\", back\\slash, \x01 and \xC3\xA9.";
  const std::string quoted = "\"Tab\\there, \\\"quoted\\\", back\\\\slash, \\u0001 and \xC3\xA9.\"";
  Document d = Document::FromText("a", text, "p.txt");
  std::string out;
  d.AppendJsonLine(&out);
  const std::string want = "{\"id\":\"a\",\"text\":" + quoted + ",\"meta\":{\"path\":\"p.txt\"}}\n";
  EXPECT_EQ(out, want);
  EXPECT_EQ(d.Raw("text"), quoted);
  out.clear();
  d.AppendJsonLine(&out);
  EXPECT_EQ(out, want);
  auto back = Document::FromJsonLine(std::string_view(out).substr(0, out.size() - 1));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->text(), text);
  d.SetLayer("text", "\"other\"");
  EXPECT_EQ(d.Raw("text"), "\"other\"");
}

TEST(RecordTest, Errors) {
  EXPECT_FALSE(Document::FromJsonLine(R"({"id":"a"})").ok());
  EXPECT_FALSE(Document::FromJsonLine(R"({"text":5})").ok());
  EXPECT_FALSE(Document::FromJsonLine("{\"text\":\"\xff\"}").ok());
  EXPECT_FALSE(Document::FromJsonLine("not json").ok());
}

// FORMAT.md: an id is a string or an integer (kept as written).
TEST(RecordTest, IdTypes) {
  struct Case {
    std::string id;    // the raw JSON value
    std::string want;  // the id read, or the error
    bool ok;
  };
  const Case cases[] = {
      {R"("a\"b")", "a\"b", true},
      {"17", "17", true},
      {"-3", "-3", true},
      {"[1,2]", "\"id\" must be a string or an integer, not an array", false},
      {R"({"a":1})", "\"id\" must be a string or an integer, not an object", false},
      {"true", "\"id\" must be a string or an integer, not a boolean", false},
      {"null", "\"id\" must be a string or an integer, not null", false},
      {"1.5", "\"id\" must be a string or an integer, not a number with a fraction or exponent",
       false},
      {"1e3", "\"id\" must be a string or an integer, not a number with a fraction or exponent",
       false},
  };
  for (const Case& c : cases) {
    auto d = Document::FromJsonLine(R"({"id":)" + c.id + R"(,"text":"x"})");
    ASSERT_EQ(d.ok(), c.ok) << c.id;
    EXPECT_EQ(c.ok ? d->id() : d.status().message(), c.want) << c.id;
  }
}

TEST(RecordTest, Utf8Validation) {
  EXPECT_EQ(FindInvalidUtf8("abc"), std::string::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xC3\xA9"), std::string::npos);
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xC3"), 10u);
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);  // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xC0\x80"), 0u);      // overlong
}

// Members other than "text" are written back as they came: invalid UTF-8 in
// an id, in meta or in a layer no tool reads would make the output invalid
// JSON (found by the stances fuzzer with an id of 0xFF bytes).
TEST(RecordTest, InvalidUtf8OutsideTheTextIsRefused) {
  struct Case {
    std::string line, want;
  };
  const Case cases[] = {
      {"{\"id\":\"\xff\xff\",\"text\":\"x\"}", "invalid UTF-8 in \"id\" at byte 7 of the record"},
      {"{\"id\":\"a\",\"text\":\"x\",\"meta\":{\"k\":\"\xC3\"}}",
       "invalid UTF-8 in \"meta\" at byte 34 of the record"},
      {"{\"id\":\"a\",\"text\":\"x\",\"extra\":[\"\xED\xA0\x80\"]}",
       "invalid UTF-8 in \"extra\" at byte 31 of the record"},
  };
  // A key is written back too.
  auto key = Document::FromJsonLine(
      "{\"id\":\"a\",\"text\":\"x\",\"k\xE3"
      "z\":1}");
  ASSERT_FALSE(key.ok());
  EXPECT_EQ(key.status().message(),
            "invalid UTF-8 in the key of the member whose value is at byte 27 of the record");
  for (const Case& c : cases) {
    auto d = Document::FromJsonLine(c.line);
    ASSERT_FALSE(d.ok()) << c.want;
    EXPECT_EQ(d.status().message(), c.want);
  }
  auto ok = Document::FromJsonLine(
      "{\"id\":\"C\xC3\xB4te\",\"text\":\"x\",\"meta\":{\"k\":\"\xE2\x80\x9C\"}}");
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(ok->id(), "C\xC3\xB4te");
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
