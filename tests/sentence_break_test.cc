#include "../lib/sentence_break.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace caucus {
namespace {

std::vector<uint32_t> Fast(const std::string& s) {
  std::vector<uint32_t> out;
  EXPECT_TRUE(FastSentenceBreaks(s, &out)) << s;
  return out;
}

std::vector<uint32_t> Icu(const std::string& s) {
  std::vector<uint32_t> out;
  Status st = IcuSentenceBreaks(s, &out);
  EXPECT_TRUE(st.ok()) << st.message();
  return out;
}

std::string Escaped(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  return out;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (c >> 18));
    *out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

TEST(SentenceBreakTest, Examples) {
  const std::string cases[] = {
      "",
      "One.",
      "One. Two.",
      "Mr. Smith went to Washington. He left.",
      "The U.S. The EU. Ph.D. Smith. S.A. and U.S.A. are here.",
      "etc. and so on. e.g. This. a.m. Then",
      "He said \"Stop.\" Then he left.",
      "Is it? Yes! (Really.) 3.14 is pi. a.b.c",
      "line\rbreak\r\nand\xE2\x80\xA8"
      "sep\xC2\x85"
      "next\xE2\x80\xA9para",
      "\xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82\xE4\xB8\xAD\xEF\xBC\x9F\xE5\x95\x8A",
      "\xCC\x81. A\xCC\x81.B \xE2\x80\xA9\xCC\x81.A",
  };
  for (const std::string& s : cases) EXPECT_EQ(Fast(s), Icu(s)) << Escaped(s);
}

TEST(SentenceBreakTest, InvalidUtf8GoesThroughIcu) {
  const std::string bad = "One. \xFF Two. \xC0\xAF Three.\xED\xA0\x80 Four.";
  std::vector<uint32_t> fast;
  EXPECT_FALSE(FastSentenceBreaks(bad, &fast));
  EXPECT_TRUE(fast.empty());
  std::vector<uint32_t> got;
  ASSERT_TRUE(SentenceBreaks(bad, &got).ok());
  EXPECT_EQ(got, Icu(bad));
}

// Random strings over the characters the rules care about, the English
// exceptions and their neighbours, and random code points: the hand-written
// engine must give exactly ICU's boundaries. CAUCUS_SENTENCE_FUZZ=N runs N
// strings instead of the default, CAUCUS_SENTENCE_FUZZ_SEED=S another seed.
TEST(SentenceBreakTest, RandomStringsMatchIcu) {
  static const char* const kPieces[] = {
      ".", ".", ".", "?", "!", ";", ":", ",", "'", "\"", "(", ")", "[", "]", "{", "}", " ", " ",
      " ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f", "0", "7", "42", "a", "b", "x", "z", "A", "B",
      "S", "T", "U", "D", "The", "the", "he", "It", "-", "/", "%", "&", "*", "#",
      // The English exceptions and parts of them.
      "U.S.", "U.S", "U.", "U.S.A.", "U.S.C.", "Mr.", "MR.", "Mrs.", "Ms.", "e.g.", "E.g.", "E.G.",
      "I.e.", "No. 5", "Dr.", "Ph.D.", "Ph.", "S.A.", "S.A.R.", "S.p.A.", "S.", "S.E.", "Etc.",
      "etc.", "p.m.", "a.m.", "P.M.", "A.M.", "Hon.B.A.", "Hon.", "Lt.Cdr.", "Lt.", "Jan.", "vs.",
      "VS.", "pp.", "Prof.", "M.I.T.", "M.", "I.", "Q.", "Z.", "Inc.", "Co.",
      // Quotes and closers.
      "\xE2\x80\x99",  // ’
      "\xE2\x80\x9D",  // ”
      "\xE2\x80\x9C",  // “
      "\xE2\x80\x98",  // ‘
      "\xC2\xBB",      // »
      "\xC2\xAB",      // «
      // Separators and spaces.
      "\xC2\x85",      // NEL
      "\xE2\x80\xA8",  // LINE SEPARATOR
      "\xE2\x80\xA9",  // PARAGRAPH SEPARATOR
      "\xC2\xA0",      // NBSP
      "\xE3\x80\x80",  // IDEOGRAPHIC SPACE
      // Letters and digits.
      "\xC3\xA9",          // é
      "\xC3\x89",          // É
      "\xD0\x96",          // Ж
      "\xD0\xB6",          // ж
      "\xE4\xB8\xAD",      // 中
      "\xC3\x9F",          // ß
      "\xC7\x85",          // ǅ (title case)
      "\xC2\xAA",          // ª
      "\xCA\xB0",          // ʰ
      "\xD9\xA1",          // Arabic-Indic one
      "\xF0\x9D\x90\x80",  // MATHEMATICAL BOLD CAPITAL A
      "\xF0\x9D\x90\x9A",  // MATHEMATICAL BOLD SMALL A
      "\xF0\x9F\x98\x80",  // emoji
      // Terminators.
      "\xE3\x80\x82",      // 。
      "\xEF\xBC\x9F",      // ？
      "\xEF\xBC\x81",      // ！
      "\xEF\xBC\x8E",      // ．
      "\xE2\x80\xA6",      // …
      "\xE2\x80\xA4",      // ONE DOT LEADER
      "\xE2\x80\xBC",      // ‼
      "\xE0\xA5\xA4",      // DEVANAGARI DANDA
      "\xF0\x91\x81\x87",  // BRAHMI DANDA
      "\xC2\xBF",          // ¿
      // SContinue.
      "\xE2\x80\x93",  // –
      "\xE2\x80\x94",  // —
      "\xEF\xBC\x8C",  // ，
      "\xE3\x80\x81",  // 、
      // Extend and Format.
      "\xCC\x81",          // COMBINING ACUTE
      "\xE2\x80\x8D",      // ZWJ
      "\xC2\xAD",          // SOFT HYPHEN
      "\xEF\xBB\xBF",      // BOM
      "\xE2\x80\x8B",      // ZERO WIDTH SPACE
      "\xF3\xA0\x80\x81",  // LANGUAGE TAG
  };
  const size_t npieces = sizeof(kPieces) / sizeof(kPieces[0]);
  long iterations = 200000;
  if (const char* env = std::getenv("CAUCUS_SENTENCE_FUZZ")) iterations = std::atol(env);
  uint64_t seed = 20261128;
  if (const char* env = std::getenv("CAUCUS_SENTENCE_FUZZ_SEED"))
    seed = std::strtoull(env, nullptr, 10);
  std::mt19937_64 rng(seed);
  long mismatches = 0;
  std::string s;
  for (long it = 0; it < iterations && mismatches < 10; ++it) {
    s.clear();
    const int len = 1 + static_cast<int>(rng() % 24);
    for (int k = 0; k < len; ++k) {
      uint64_t r = rng();
      if (r % 16 == 0) {
        // Any code point below U+30000 but the surrogates.
        char32_t c = static_cast<char32_t>((r >> 8) % 0x30000);
        if (c >= 0xD800 && c <= 0xDFFF) c = 0x2E;
        AppendUtf8(c, &s);
      } else if (r % 16 == 1) {
        AppendUtf8(static_cast<char32_t>((r >> 8) % 0x80), &s);
      } else {
        s += kPieces[(r >> 8) % npieces];
      }
    }
    std::vector<uint32_t> fast = Fast(s);
    std::vector<uint32_t> icu = Icu(s);
    if (fast != icu) {
      ++mismatches;
      ADD_FAILURE() << "text \"" << Escaped(s) << "\"\n fast " << testing::PrintToString(fast)
                    << "\n icu  " << testing::PrintToString(icu);
    }
  }
  EXPECT_EQ(mismatches, 0);
}

}  // namespace
}  // namespace caucus
