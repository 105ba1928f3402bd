// The check rules' text matching (lib/check_match.cc) against RE2 itself:
// literals found through the shared index match exactly where RE2 matches
// their TokenPattern, and a rule's matches are those of one RE2 of its
// alternatives joined by '|', scanned leftmost-first, whatever other rules
// share the index. CHECK_MATCH_SEED=N runs the random cases with another seed.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "../lib/check_internal.h"

namespace caucus::check_internal {
namespace {

// Pieces of random text and phrases: word characters in both cases, the two
// characters RE2 folds to ASCII letters (long s, Kelvin sign), other letters
// with case (é É, σ Σ ς), RE2's white space and \v (which it is not), and
// punctuation.
const std::vector<std::string> kPieces = {
    "a",        "A",        "s",        "S",        "\xC5\xBF", "k", "K", "\xE2\x84\xAA",
    "\xC3\xA9", "\xC3\x89", "\xCF\x83", "\xCE\xA3", "\xCF\x82", "_", "1", " ",
    "  ",       "\t",       "\n",       "\v",       "\f",       ".", "-", "x"};

// s with control and non-ASCII bytes as \xNN, for messages.
std::string Show(const std::string& s) {
  std::string out = "'";
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      char b[8];
      snprintf(b, sizeof b, "\\x%02X", c);
      out += b;
    }
  }
  return out + "'";
}

std::string Random(std::mt19937* rng, size_t max_pieces) {
  std::string s;
  const size_t n = (*rng)() % (max_pieces + 1);
  for (size_t i = 0; i < n; ++i) s += kPieces[(*rng)() % kPieces.size()];
  return s;
}

RE2::Options Options() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

std::vector<size_t> Boundaries(const std::string& text) {
  std::vector<size_t> at;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) at.push_back(i);
  }
  return at;
}

TEST(CheckMatchTest, LiteralsMatchWhereRe2Matches) {
  std::mt19937 rng(getenv("CHECK_MATCH_SEED") ? atoi(getenv("CHECK_MATCH_SEED")) : 12345);
  int compared = 0, matched = 0;
  for (int trial = 0; trial < 50000; ++trial) {
    std::string phrase = Random(&rng, 4);
    const bool ignore_case = rng() % 2;
    LiteralIndex index;
    const int id = index.Add(phrase, ignore_case);
    std::string pattern = TokenPattern(phrase);
    if (ignore_case) pattern = "(?i:" + pattern + ")";
    RE2 re(pattern, Options());
    ASSERT_TRUE(re.ok()) << pattern;
    if (id < 0) {
      EXPECT_TRUE(re.Match("", 0, 0, RE2::ANCHOR_BOTH, nullptr, 0)) << Show(phrase);
      continue;
    }
    const std::string text = Random(&rng, 12);
    std::vector<std::pair<uint32_t, Span>> found;
    index.FindAll(text, &found);
    std::vector<Span> want;
    for (size_t at : Boundaries(text)) {
      re2::StringPiece m;
      const bool hit = re.Match(text, at, text.size(), RE2::ANCHOR_START, &m, 1);
      const size_t end = index.MatchAt(static_cast<size_t>(id), text, at);
      ++compared;
      ASSERT_EQ(hit, end != std::string::npos) << "phrase " << Show(phrase) << " ic " << ignore_case
                                               << " text " << Show(text) << " at " << at;
      if (hit) {
        ASSERT_EQ(end, at + m.size()) << "phrase " << Show(phrase) << " text " << Show(text);
        if (!m.empty()) want.push_back(Span{static_cast<uint32_t>(at), static_cast<uint32_t>(end)});
        ++matched;
      }
    }
    // FindAll finds every match: its candidates miss none.
    std::vector<Span> got;
    for (const auto& [lit, span] : found) got.push_back(span);
    std::sort(got.begin(), got.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    ASSERT_EQ(got.size(), want.size())
        << "phrase " << Show(phrase) << " ic " << ignore_case << " text " << Show(text);
    for (size_t k = 0; k < got.size(); ++k) {
      EXPECT_EQ(got[k].begin, want[k].begin);
      EXPECT_EQ(got[k].end, want[k].end);
    }
  }
  EXPECT_GT(matched, 3000) << compared;  // the alphabet is small enough to match often
}

// The old engine: one RE2 of the alternatives joined by '|', scanned for
// non-overlapping leftmost-first matches, empty matches skipped; the
// alternative of a match is the first that matches at its start.
std::vector<std::pair<Span, size_t>> OneRe2(const std::vector<std::string>& alts,
                                            const std::string& text) {
  std::string all;
  std::vector<std::unique_ptr<RE2>> each;
  for (const std::string& a : alts) {
    all += (all.empty() ? "" : "|") + std::string("(?:") + a + ")";
    each.push_back(std::make_unique<RE2>(a, Options()));
  }
  RE2 any(all, Options());
  std::vector<std::pair<Span, size_t>> out;
  re2::StringPiece m;
  size_t pos = 0;
  while (pos <= text.size() && any.Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t b = static_cast<size_t>(m.data() - text.data()), e = b + m.size();
    if (e == b) {
      pos = b + 1;
      continue;
    }
    size_t which = 0;
    while (which < each.size() &&
           !each[which]->Match(text, b, text.size(), RE2::ANCHOR_START, nullptr, 0))
      ++which;
    out.push_back({Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)}, which});
    pos = e;
  }
  return out;
}

TEST(CheckMatchTest, ManyRulesMatchAsOneRe2PerRule) {
  std::mt19937 rng(getenv("CHECK_MATCH_SEED") ? atoi(getenv("CHECK_MATCH_SEED")) : 777);
  const std::vector<std::string> words = {"a",        "a b", "b",   "ab", "A.",  "s",
                                          "\xC5\xBF", ".x",  "b a", "x",  "a-b", "\xC3\xA9"};
  const std::vector<std::string> patterns = {"a+",   "b|x", "[ab]{2}", "\\bx",
                                             "a+b*", "\\.", "(?i)S"};
  for (int trial = 0; trial < 300; ++trial) {
    // Rules of several alternatives each, sharing phrases. nlohmann writes
    // keys sorted: "patterns" before "tokens", so the patterns come first.
    nlohmann::json rules_list = nlohmann::json::array();
    std::vector<std::vector<std::string>> alts;  // each rule's RE2 patterns, in order
    const int rules = 1 + static_cast<int>(rng() % 12);
    for (int r = 0; r < rules; ++r) {
      const bool ic = rng() % 2;
      std::vector<std::string> tokens, pats, mine;
      const int n = 1 + static_cast<int>(rng() % 4);
      for (int k = 0; k < n; ++k) {
        if (rng() % 4 == 0) {
          pats.push_back(patterns[rng() % patterns.size()]);
        } else {
          tokens.push_back(words[rng() % words.size()]);
        }
      }
      for (const std::string& p : pats) mine.push_back(ic ? "(?i:" + p + ")" : p);
      for (const std::string& w : tokens) {
        mine.push_back(ic ? "(?i:" + TokenPattern(w) + ")" : TokenPattern(w));
      }
      alts.push_back(mine);
      nlohmann::json rule = {{"id", "r" + std::to_string(r)}, {"type", "existence"}};
      if (ic) rule["ignore_case"] = true;
      if (!tokens.empty()) rule["tokens"] = tokens;
      if (!pats.empty()) rule["patterns"] = pats;
      rules_list.push_back(rule);
    }
    const std::string rules_json = nlohmann::json({{"version", 1}, {"rules", rules_list}}).dump();
    Result<RuleSet> set = ParseRules(rules_json, "rules.json");
    ASSERT_TRUE(set.ok()) << set.status().message() << "\n" << rules_json;
    for (int t = 0; t < 5; ++t) {
      const std::string text = Random(&rng, 30);
      TextMatches matches(*set, text);
      for (int r = 0; r < rules; ++r) {
        std::vector<std::pair<Span, size_t>> got;
        matches.ForRule(static_cast<size_t>(r), &got);
        const auto want = OneRe2(alts[static_cast<size_t>(r)], text);
        ASSERT_EQ(got.size(), want.size())
            << rules_json << "\nrule " << r << " text '" << text << "'";
        for (size_t k = 0; k < got.size(); ++k) {
          EXPECT_EQ(got[k].first.begin, want[k].first.begin) << rules_json << " " << Show(text);
          EXPECT_EQ(got[k].first.end, want[k].first.end) << rules_json << " " << Show(text);
          EXPECT_EQ(got[k].second, want[k].second) << rules_json << " " << Show(text);
        }
      }
    }
  }
}

}  // namespace
}  // namespace caucus::check_internal
