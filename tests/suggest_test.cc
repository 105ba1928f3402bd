#include "caucus/suggest.h"

#include <gtest/gtest.h>

namespace caucus {
namespace {

TEST(SuggestTest, EditDistance) {
  struct Case {
    const char* a;
    const char* b;
    size_t want;
  } cases[] = {
      {"", "", 0},
      {"kinds", "kinds", 0},
      {"knids", "kinds", 1},
      {"entitis", "entities", 1},
      {"tsb", "tsv", 1},
      {"", "abc", 3},
      {"abc", "", 3},
      {"jsonl", "json", 1},
      {"sarif", "github", 6},
  };
  for (const Case& c : cases) EXPECT_EQ(EditDistance(c.a, c.b), c.want) << c.a << " " << c.b;
}

TEST(SuggestTest, ClosestName) {
  const std::vector<std::string> tools = {"acronyms", "check",   "dict",     "entities", "eval",
                                          "graph",    "matrix",  "mentions", "read",     "report",
                                          "segment",  "stances", "stats",    "turns"};
  const std::vector<std::string> kinds = {"government", "body",  "event", "instrument",
                                          "person",     "group", "topic"};
  struct Case {
    const char* word;
    const std::vector<std::string>* names;
    const char* want;
  } cases[] = {
      {"entitis", &tools, "entities"},
      {"stance", &tools, "stances"},  // singular of a plural name
      {"segmnet", &tools, "segment"},
      {"bodies", &kinds, "body"},  // plural of a name
      {"governments", &kinds, "government"},
      {"topc", &kinds, "topic"},
      {"xyzzy", &tools, ""},
      {"entities", &tools, ""},         // a name is not misspelt
      {"instr", &kinds, "instrument"},  // the only name with this prefix
      {"re", &tools, ""},               // too short to guess from a prefix
      {"", &tools, ""},
  };
  for (const Case& c : cases) EXPECT_EQ(ClosestName(c.word, *c.names), c.want) << c.word;
}

}  // namespace
}  // namespace caucus
