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

}  // namespace
}  // namespace caucus::internal
