// The stance lexicon's internals: the word-set filter and table, and the text
// scan for cue words (checked against a byte-by-byte reference).
#include "../lib/cues.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

namespace caucus::internal {
namespace {

using Words = std::vector<std::pair<size_t, size_t>>;

// The scan as a plain byte loop: runs of letters and '-', from the first letter.
Words ReferenceScan(std::string_view t) {
  Words out;
  size_t p = 0;
  while (p < t.size()) {
    if (!IsScanLetter(static_cast<unsigned char>(t[p]))) {
      ++p;
      continue;
    }
    size_t q = p + 1;
    while (q < t.size() && IsScanWordChar(static_cast<unsigned char>(t[q]))) ++q;
    out.emplace_back(p, q);
    p = q;
  }
  return out;
}

Words Scan(std::string_view t) {
  Words out;
  ForEachScanWord(t, [&out](size_t b, size_t e) {
    out.emplace_back(b, e);
    return e;
  });
  return out;
}

TEST(CueScanTest, ClassifiesBytes) {
  for (int c = 0; c < 256; ++c) {
    uint64_t v = static_cast<uint64_t>(c) << 24;  // byte 3
    uint64_t letters = 0, words = 0;
    ClassifyScanBytes(v, &letters, &words);
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    EXPECT_EQ(letters, letter ? 8u : 0u) << c;
    EXPECT_EQ(words, letter || c == '-' ? 8u : 0u) << c;
  }
}

TEST(CueScanTest, ClassifiesAlnumBytes) {
  for (int c = 0; c < 256; ++c) {
    for (int at : {0, 5, 7}) {
      uint64_t v = static_cast<uint64_t>(c) << (8 * at);
      uint64_t alnum = 0, upper = 0;
      ClassifyAlnumBytes(v, &alnum, &upper);
      bool up = c >= 'A' && c <= 'Z';
      bool an = up || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      // The other seven bytes are 0: neither.
      EXPECT_EQ(alnum, an ? 1u << at : 0u) << c;
      EXPECT_EQ(upper, up ? 1u << at : 0u) << c;
    }
  }
  uint64_t alnum = 0, upper = 0;
  ClassifyAlnumBytes(0x615A3920E9412D7AULL, &alnum, &upper);  // "z-A\xE9 9Za" backwards
  EXPECT_EQ(alnum, 0xE5u);
  EXPECT_EQ(upper, 0x44u);
}

#if defined(__SSE2__)
TEST(CueScanTest, ClassifiesAlnumBytes16AsEightAtATime) {
  // Every byte value at every position, among other bytes of every class.
  const char others[] = {'a', 'Q', '5', ' ', '-', '\xE2', '\x80', '@', '[', '`', '{', '/', ':'};
  for (int c = 0; c < 256; ++c) {
    for (int at = 0; at < 16; ++at) {
      char block[16];
      for (int k = 0; k < 16; ++k) block[k] = others[(c + 3 * k) % sizeof(others)];
      block[at] = static_cast<char>(c);
      uint32_t alnum16 = 0, upper16 = 0;
      ClassifyAlnumBytes16(block, &alnum16, &upper16);
      uint64_t a0, u0, a1, u1;
      ClassifyAlnumBytes(LoadLittleEndian64(block), &a0, &u0);
      ClassifyAlnumBytes(LoadLittleEndian64(block + 8), &a1, &u1);
      EXPECT_EQ(alnum16, a0 | (a1 << 8)) << c << " at " << at;
      EXPECT_EQ(upper16, u0 | (u1 << 8)) << c << " at " << at;
    }
  }
}
#endif

TEST(CueScanTest, MatchesByteLoop) {
  EXPECT_EQ(Scan(""), Words());
  EXPECT_EQ(Scan("In favour of -x --, a-b-"), ReferenceScan("In favour of -x --, a-b-"));
  std::mt19937 rng(7);
  const std::string alphabet[] = {"a", "Z", "-", " ", ".", "7", "\xC3\xA9", "\xE2\x80\x99", "\n"};
  for (int round = 0; round < 3000; ++round) {
    std::string t;
    size_t len = rng() % 300;
    // Long runs of letters or dashes too, to cross 64-byte blocks.
    int bias = rng() % 4;
    while (t.size() < len) t += alphabet[bias == 0 ? rng() % 3 : rng() % 9];
    ASSERT_EQ(Scan(t), ReferenceScan(t)) << t;
  }
}

TEST(CueScanTest, SkipsAhead) {
  // Resuming later: the scan restarts at the given position.
  std::string t(200, 'a');
  for (size_t i = 5; i < t.size(); i += 6) t[i] = ' ';
  Words out;
  ForEachScanWord(t, [&out](size_t b, size_t e) {
    out.emplace_back(b, e);
    return b == 0 ? 101 : e;  // skip to just after the word boundary at 101
  });
  Words want = {{0, 5}};
  for (auto w : ReferenceScan(std::string_view(t).substr(101)))
    want.emplace_back(w.first + 101, w.second + 101);
  EXPECT_EQ(out, want);
}

TEST(PrefixLengthFilterTest, NecessaryCondition) {
  PrefixLengthFilter f;
  for (const char* w : {"in", "support", "supports", "x", "a-very-long-word-of-thirty-five-b"})
    f.Add(w);
  EXPECT_TRUE(f.MayContain("in"));
  EXPECT_TRUE(f.MayContain("support"));
  EXPECT_TRUE(f.MayContain("suxxxxx"));  // same prefix and length: a false positive
  EXPECT_FALSE(f.MayContain("int"));
  EXPECT_FALSE(f.MayContain("supported"));
  EXPECT_TRUE(f.MayContain("x"));
  EXPECT_TRUE(f.MayContain("a-very-long-word-of-thirty-five-bytes-and-more"));
}

TEST(WordTableTest, FindsExactly) {
  std::unordered_map<std::string, WordInfo> words;
  for (int i = 0; i < 500; ++i) words["w" + std::to_string(i)].cues = i;
  words["in"].lists = 3;
  WordTable t;
  t.Build(words);
  for (int i = 0; i < 500; ++i) {
    const WordInfo* w = t.Find("w" + std::to_string(i));
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->cues, i);
  }
  EXPECT_EQ(t.Find("in")->lists, 3u);
  EXPECT_EQ(t.Find("w500"), nullptr);
  EXPECT_EQ(t.Find("i"), nullptr);
  EXPECT_EQ(t.Find(""), nullptr);
}

// CueRestMayFollow(text, after the first word, phrase, 1).
bool RestMayFollow(std::string_view text, std::vector<std::string> phrase) {
  return CueRestMayFollow(text, phrase[0].size(), phrase, 1,
                          ShippedEnglishWords().skippable_adverbs);
}

TEST(CueRestMayFollowTest, NeverRejectsAMatch) {
  const std::vector<std::string> in_favour = {"in", "favour", "of"};
  EXPECT_TRUE(RestMayFollow("in favour of", in_favour));
  EXPECT_TRUE(RestMayFollow("in   Favour\nOF the plan", in_favour));
  EXPECT_TRUE(RestMayFollow("in FAVOUR of.", in_favour));  // cue at the sentence end
  // One adverb may come before each later word.
  EXPECT_TRUE(RestMayFollow("in wholly favour of", in_favour));
  EXPECT_TRUE(RestMayFollow("in favour also of", in_favour));
  EXPECT_TRUE(RestMayFollow("in Strongly favour Firmly of", in_favour));
  EXPECT_TRUE(RestMayFollow("stood firmly by", {"stood", "by"}));
  EXPECT_TRUE(RestMayFollow("stood firmly by.", {"stood", "by"}));
  // An adverb that is the phrase's word is the word.
  EXPECT_TRUE(RestMayFollow("come out once", {"come", "out", "once"}));
  // Typographic apostrophes fold to '.
  const std::vector<std::string> council = {"heed", "council's", "call"};
  EXPECT_TRUE(RestMayFollow("heed Council\xE2\x80\x99s call", council));
  EXPECT_TRUE(RestMayFollow("heed council\xE2\x80\x98s call", council));
  EXPECT_TRUE(RestMayFollow("heed council's call", council));
  EXPECT_TRUE(RestMayFollow("heed now council\xE2\x80\x99s call", council));
  // Not plain enough to tell what the word after "in" is: kept.
  EXPECT_TRUE(RestMayFollow("in \xC3\xA9t\xC3\xA9 favour of", in_favour));
  EXPECT_TRUE(RestMayFollow("in U.S favour of", in_favour));
  EXPECT_TRUE(RestMayFollow("in so-called favour of", in_favour));
  EXPECT_TRUE(RestMayFollow("in " + std::string(40, 'x') + "ly favour of", in_favour));
}

TEST(CueRestMayFollowTest, RejectsWhatCannotMatch) {
  const std::vector<std::string> in_favour = {"in", "favour", "of"};
  EXPECT_FALSE(RestMayFollow("in Geneva, delegates met", in_favour));
  EXPECT_FALSE(RestMayFollow("in favour", in_favour));  // the text ends
  EXPECT_FALSE(RestMayFollow("in favour.", in_favour));
  EXPECT_FALSE(RestMayFollow("in favourable terms", in_favour));
  EXPECT_FALSE(RestMayFollow("in favour, of", in_favour));
  EXPECT_FALSE(RestMayFollow("in the favour of", in_favour));  // "the" is no adverb
  EXPECT_FALSE(RestMayFollow("in 2020 favour of", in_favour));
  EXPECT_FALSE(RestMayFollow("in strongly, favour of", in_favour));
  EXPECT_FALSE(RestMayFollow("in strongly firmly favour of", in_favour));  // one adverb only
  EXPECT_FALSE(
      RestMayFollow("in \xE2\x80\x9C"
                    "favour\xE2\x80\x9D of",
                    in_favour));
  EXPECT_FALSE(RestMayFollow("heed council call", {"heed", "council's", "call"}));
}

}  // namespace
}  // namespace caucus::internal
