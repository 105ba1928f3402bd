// A long text is matched a window at a time (EntityOptions::window_bytes):
// what is found must not depend on the windows. Tiny windows on the test data
// and the shared corpus, and on a text made to cross every rule that looks
// beyond one match (context words, conditions on other matches, document
// names from definitions and stems, people), give what one window gives.
#include <dirent.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "caucus/acronyms.h"
#include "caucus/entities.h"

namespace caucus {
namespace {

std::unique_ptr<Recognizer> Make(size_t window_bytes) {
  EntityOptions opt;
  opt.dictionaries.dir = CAUCUS_DICTDIR;
  opt.window_bytes = window_bytes;
  auto r = Recognizer::Create(opt);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? std::move(*r) : nullptr;
}

std::vector<std::string> Described(const std::vector<Entity>& v) {
  std::vector<std::string> out;
  for (const Entity& e : v) {
    out.push_back(std::to_string(e.span.begin) + "-" + std::to_string(e.span.end) + " " + e.kind +
                  " " + e.id + " " + e.name + " " + e.form + " " + e.role + " " + e.org);
  }
  return out;
}

void Collect(const std::string& dir, std::vector<std::string>* files) {
  DIR* d = opendir(dir.c_str());
  if (!d) return;
  while (struct dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name[0] == '.') continue;
    std::string path = dir + "/" + name;
    struct stat st;
    if (stat(path.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      Collect(path, files);
    } else if (name.size() > 4 && name.substr(name.size() - 4) == ".txt") {
      files->push_back(path);
    }
  }
  closedir(d);
}

// Runs over the hyphenation, conditions, definitions, stems, people, variants,
// back-references, demonyms, territory qualifiers and nested names that reach
// across a window.
const char kCrossing[] =
    "The Commission on Science and Technology for Development (CSTD) met. The European "
    "Commission and the Council spoke. Dr. Hamadoun Touré, Secretary-General of the ITU, said "
    "the multi-\nstakeholder model works. ITU Secretary-General Houlin Zhao agreed. The "
    "CWG-Internet "
    "met; the CWG reported. Georgia Tech is not Georgia. The CSTD and the Commission agreed. "
    "Chad Hurley and Chad spoke for the Republic of Korea, the U.S. and Russia. Guam (US) and "
    "500 million Chinese citizens were named at the World Summit on the Information Society; "
    "the Summit agreed.\n\n";

TEST(EntitiesWindowTest, WindowsDoNotChangeWhatIsFound) {
  auto whole = Make(0);
  ASSERT_TRUE(whole);
  std::vector<std::string> files;
  Collect(CAUCUS_TEST_DATA, &files);
  Collect(CAUCUS_SHARED_CORPUS, &files);
  std::vector<std::string> texts;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (FindInvalidUtf8(ss.str()) == std::string::npos) texts.push_back(ss.str());
  }
  std::string crossing;
  for (int i = 0; i < 40; ++i) crossing += kCrossing;
  // Words of kilobytes: a window's margin of bytes then holds few tokens, and
  // it must grow until it holds the tokens the rules read ("A B C, Chair of
  // the Internet Governance Forum" is a person of three long names).
  std::string long_words;
  for (int i = 0; i < 6; ++i) {
    for (char c : {'A', 'B', 'C'}) long_words += std::string(1, c) + std::string(2500, 'x') + " ";
    long_words.pop_back();
    long_words += ", Chair of the Internet Governance Forum, spoke. ICANN President ";
    for (char c : {'D', 'E', 'F'}) long_words += std::string(1, c) + std::string(2500, 'y') + " ";
    long_words += "agreed.\n";
  }
  const std::vector<std::string> made = {crossing, long_words};
  texts.insert(texts.begin(), made.begin(), made.end());
  // The long words are people's names, on both sides of a body.
  size_t long_people = 0;
  for (const Entity& e : whole->Find(long_words, nullptr)) long_people += e.kind == "person";
  ASSERT_EQ(long_people, 12u);
  size_t compared = 0, entities = 0;
  for (size_t window : {64, 300, 4096}) {
    auto windowed = Make(window);
    ASSERT_TRUE(windowed);
    for (const std::string& text : texts) {
      // Windows of 64 bytes retokenize kilobytes of margin each: the made
      // texts only.
      if (window == 64 && text != made[0] && text != made[1]) break;
      std::vector<AcronymDef> defs = FindAcronymDefinitions(text);
      const auto want = Described(whole->Find(text, &defs));
      ASSERT_EQ(Described(windowed->Find(text, &defs)), want)
          << "window " << window << ", text of " << text.size() << " bytes";
      std::string a, b;
      whole->AppendJson(text, &defs, &a);
      windowed->AppendJson(text, &defs, &b);
      ASSERT_EQ(a, b);
      ++compared;
      entities += want.size();
    }
  }
  EXPECT_GT(entities, 1000u) << compared << " texts";
}

}  // namespace
}  // namespace caucus
