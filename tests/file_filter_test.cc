#include "caucus/file_filter.h"

#include <gtest/gtest.h>

namespace caucus {
namespace {

TEST(FileFilterTest, GlobsAndTypes) {
  struct Case {
    std::vector<std::string> globs, types;
    const char* path;
    bool keep;
  } cases[] = {
      {{}, {}, "any/file.png", true},  // no filter keeps everything
      {{"*.md"}, {}, "notes/a.md", true},
      {{"*.md"}, {}, "notes/a.txt", false},
      {{"!SOURCE.txt"}, {}, "news/SOURCE.txt", false},
      {{"!SOURCE.txt"}, {}, "news/item.txt", true},
      {{"news/*"}, {}, "news/sub/item.txt", true},  // '*' crosses '/' in a path glob
      {{"news/*"}, {}, "blogs/item.txt", false},
      {{}, {"text"}, "a/B.TXT", true},  // extensions without case
      {{}, {"text"}, "a/data.csv", false},
      {{}, {"text", "markdown"}, "a/x.md", true},
      {{}, {"text"}, "a/noext", false},
      {{"*.txt", "*.md"}, {}, "x.md", true},
      {{"*.txt", "!SOURCE.txt"}, {"text"}, "SOURCE.txt", false},
      {{}, {"html"}, "page.htm", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FileFilter(c.globs, c.types).Keep(c.path), c.keep) << c.path;
  }
}

}  // namespace
}  // namespace caucus
