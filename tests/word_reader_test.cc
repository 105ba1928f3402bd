// The shared word reader (lib/word_reader.h): where words start and end.
#include "word_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "word_match.h"

namespace caucus::internal {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (const WordSpan& w : ReadWords(text, 0, text.size()))
    out.emplace_back(text.substr(w.begin, w.end - w.begin));
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> words;
};

TEST(WordReader, WordBoundaries) {
  const std::vector<Case> kCases = {
      {"We support it.", {"We", "support", "it"}},
      // Apostrophes: straight and typographic, inside a word only.
      {"We don't agree", {"We", "don't", "agree"}},
      {"We can\xE2\x80\x99t agree", {"We", "can\xE2\x80\x99t", "agree"}},
      {"'quoted' words", {"quoted", "words"}},
      {"\xE2\x80\x98single\xE2\x80\x99 quotes", {"single", "quotes"}},
      {"\xE2\x80\x9C"
       "double\xE2\x80\x9D quotes",
       {"double", "quotes"}},
      {"the delegates' view", {"the", "delegates", "view"}},
      // Hyphens join, dashes and a trailing hyphen do not.
      {"a co-sponsor of it", {"a", "co-sponsor", "of", "it"}},
      {"pre- and post-war", {"pre", "and", "post-war"}},
      {"yes\xE2\x80\x94no and a\xE2\x80\x93z", {"yes", "no", "and", "a", "z"}},
      {"now -- then", {"now", "then"}},
      // Non-ASCII letters are word characters.
      {"C\xC3\xB4te d'Ivoire", {"C\xC3\xB4te", "d'Ivoire"}},
      {"S\xC3\xA3o Tom\xC3\xA9 and Pr\xC3\xADncipe",
       {"S\xC3\xA3o", "Tom\xC3\xA9", "and", "Pr\xC3\xADncipe"}},
      // CJK text without spaces is one word up to ASCII punctuation or a
      // space.
      {"\xE6\x88\x91\xE4\xBB\xAC\xE6\x94\xAF\xE6\x8C\x81, ok \xE5\x8F\x82\xE5\x8A\xA0.",
       {"\xE6\x88\x91\xE4\xBB\xAC\xE6\x94\xAF\xE6\x8C\x81", "ok", "\xE5\x8F\x82\xE5\x8A\xA0"}},
      // Digits, and punctuation between them.
      {"in 2013, 3.5 per cent and 10:00",
       {"in", "2013", "3", "5", "per", "cent", "and", "10", "00"}},
      // Abbreviation dots stay in ("U.S."), a sentence's dot does not.
      {"the U.S. and E.U. said", {"the", "U.S", "and", "E.U", "said"}},
      {"end.Next", {"end", "Next"}},
      {"(Kenya) [note] a/b x_y", {"Kenya", "note", "a", "b", "x", "y"}},
      {"", {}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Words(c.text), c.words) << c.text;
}

// The boundary predicates `caucus check` uses: is the character at / right
// before a position a word character? Text is "|"-marked at the position.
TEST(WordReader, WordCharAtAndBefore) {
  struct Boundary {
    const char* text;
    bool before, at;
  };
  const std::vector<Boundary> kCases = {
      {"|ITU", false, true},
      {"the |ITU", false, true},
      {"x|ITU", true, true},
      {"9|ITU", true, true},
      {"_|ITU", false, true},
      {"-|ITU", false, true},
      // Typographic punctuation is no word character, before or at.
      {"\xE2\x80\x9C|ITU\xE2\x80\x9D", false, true},
      {"ITU|\xE2\x80\x9D", true, false},
      {"ITU|\xE2\x80\x94the", true, false},
      {"a\xE2\x80\x93|b", false, true},
      {"can\xE2\x80\x99|t", false, true},
      {"\xE2\x80\xA6|x", false, true},
      // Other non-ASCII characters are word characters: 2, 3 and 4 bytes.
      {"\xC3\x89|TATS", true, true},
      {"ITU|\xC3\xA9", true, true},
      {"\xE5\x8F\x82|x", true, true},
      {"\xF0\x9F\x98\x80|x", true, true},
      // E2 80 that is not typographic punctuation (U+2011 hyphen) is a word
      // character, as IsWordStart has it.
      {"\xE2\x80\x91|x", true, true},
      {"ITU|", true, false},
  };
  for (const Boundary& c : kCases) {
    std::string text = c.text;
    const size_t p = text.find('|');
    ASSERT_NE(p, std::string::npos) << c.text;
    text.erase(p, 1);
    EXPECT_EQ(IsWordCharBefore(text, p), c.before) << c.text;
    EXPECT_EQ(IsWordCharAt(text, p), c.at) << c.text;
  }
}

TEST(WordReader, FoldIsSetForCapitalsAndTypographicApostrophes) {
  struct FoldCase {
    const char* text;
    bool fold;
  };
  for (const FoldCase& c : std::vector<FoldCase>{{"support", false},
                                                 {"Support", true},
                                                 {"verylongwordwithoutcapitalsX", true},
                                                 {"can\xE2\x80\x99t", true},
                                                 {"can't", false},
                                                 {"c\xC3\xB4te", false}}) {
    std::string_view t = c.text;
    bool fold = false;
    EXPECT_EQ(WordEnd(t, 0, t.size(), t.size(), &fold), t.size()) << c.text;
    EXPECT_EQ(fold, c.fold) << c.text;
  }
}

TEST(WordReader, StopsAtTheLimit) {
  // A caller's limit (the next entity) ends the word there.
  std::string_view t = "Kenyan delegation";
  bool fold = false;
  EXPECT_EQ(WordEnd(t, 0, t.size(), 5, &fold), 5u);
}

TEST(WordReader, Possessive) {
  EXPECT_EQ(PossessiveAt("'s view", 0, 7), 2u);
  EXPECT_EQ(PossessiveAt("\xE2\x80\x99s view", 0, 9), 4u);
  EXPECT_EQ(PossessiveAt("'sake", 0, 5), 0u);
  EXPECT_EQ(PossessiveAt("'t", 0, 2), 0u);
}

}  // namespace
}  // namespace caucus::internal

namespace caucus::internal {
namespace {

// WordList::Contains gives, for a long list (hash-indexed) as for a short
// one (scanned), what comparing the word with each listed word gives: a
// text word in any case through LowerWord, the exact bytes otherwise.
TEST(WordListTest, ContainsAsAComparisonWithEachWord) {
  const std::vector<std::string> words = {"hamper",    "hampers",    "hampered",   "hampering",
                                          "worsen",    "worsens",    "worsened",   "worsening",
                                          "undermine", "undermines", "undermined", "erode",
                                          "eroded",    "",           "ab",         "Title"};
  const std::vector<std::string> probes = {
      "hamper",    "HAMPERED",   "Hampering", "hampere",   "hamperd", "worsens", "wORSENED",
      "worsenign", "undermined", "undermine", "underminr", "erode",   "ERODE",   "ab",
      "aB",        "",           "Title",     "title",     "TITLE",   "x",       "erodes"};
  for (size_t n : {size_t{3}, size_t{8}, size_t{9}, words.size()}) {
    WordList list;
    for (size_t k = 0; k < n; ++k) list.Add(words[k]);
    for (const std::string& p : probes) {
      SCOPED_TRACE(std::to_string(n) + " words, probe '" + p + "'");
      bool lower = false, exact = false;
      for (size_t k = 0; k < n; ++k) {
        lower |= !words[k].empty() && LowerWord(p) == words[k];
        exact |= !words[k].empty() && std::string_view(p) == words[k];
      }
      EXPECT_EQ(list.Contains(LowerWord(p)), lower);
      EXPECT_EQ(list.Contains(std::string_view(p)), exact);
    }
  }
  // Known answers, so the comparison above cannot pass by both being wrong.
  WordList all;
  for (const std::string& w : words) all.Add(w);
  EXPECT_TRUE(all.Contains(LowerWord("UNDERMINES")));
  EXPECT_FALSE(all.Contains(std::string_view("UNDERMINES")));
  EXPECT_FALSE(all.Contains(LowerWord("Title")));  // the list's word has a capital
  EXPECT_TRUE(all.Contains(std::string_view("Title")));
  EXPECT_FALSE(all.Contains(LowerWord("")));
}

}  // namespace
}  // namespace caucus::internal
