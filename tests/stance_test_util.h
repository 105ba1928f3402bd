// Helpers of the stance tests: a small entity table instead of the entity
// dictionaries, a sentence splitter, and the shipped cue lexicon.
#ifndef CAUCUS_TESTS_STANCE_TEST_UTIL_H_
#define CAUCUS_TESTS_STANCE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "../lib/stance/engine.h"
#include "caucus/stances.h"

namespace caucus::stance_test {

// Entities the tests hand to the finder, so the algorithm is tested without
// the entity dictionaries: every occurrence of `text` at word boundaries.
struct E {
  const char* text;
  const char* kind;
  const char* id;
  const char* org = "";   // a person's or body's government, if any
  const char* form = "";  // "demonym" for "Russian", as the entities layer says
};

inline const E kEntities[] = {
    {"Russian Federation", "government", "RUS"},
    {"RUSSIAN FEDERATION", "government", "RUS"},
    {"Russia", "government", "RUS"},
    {"United States", "government", "USA"},
    {"US", "government", "USA"},
    {"Sweden", "government", "SWE"},
    {"Brazil", "government", "BRA"},
    {"Iran", "government", "IRN"},
    {"China", "government", "CHN"},
    {"CHINA", "government", "CHN"},
    {"India", "government", "IND"},
    {"Egypt", "government", "EGY"},
    {"EGYPT", "government", "EGY"},
    {"Japan", "government", "JPN"},
    {"Canada", "government", "CAN"},
    {"Norway", "government", "NOR"},
    {"Kenya", "government", "KEN"},
    {"Switzerland", "government", "CHE"},
    {"Tanzania", "government", "TZA"},
    {"Saudi Arabia", "government", "SAU"},
    {"SAUDI ARABIA", "government", "SAU"},
    {"EU", "body", "EU"},
    {"ITU", "body", "ITU"},
    {"IGF", "body", "IGF"},
    {"G-77/China", "group", "G-77"},
    {"governments", "group", "governments"},
    {"civil society", "group", "civil-society"},
    {"developing countries", "group", "developing-countries"},
    {"multistakeholder model", "topic", "multistakeholder-model"},
    {"single intergovernmental body", "topic", "intergovernmental-control"},
    {"capacity building", "topic", "capacity-building"},
    {"net neutrality", "topic", "net-neutrality"},
    {"ITRs", "instrument", "ITRs"},
    {"Ghana", "government", "GHA"},
    {"Mali", "government", "MLI"},
    {"Commission", "body", "European Commission"},
    {"Committee on Trade", "body", "INTA"},
};

inline bool WordChar(char c) {
  return isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '/';
}

// The entities of `table` in text (FindEntities: of kEntities).
template <size_t N>
std::vector<Entity> FindEntitiesIn(const E (&table)[N], const std::string& text) {
  std::vector<Entity> out;
  std::vector<char> used(text.size(), 0);
  for (const E& e : table) {
    std::string t = e.text;
    for (size_t p = text.find(t); p != std::string::npos; p = text.find(t, p + 1)) {
      size_t q = p + t.size();
      if ((p > 0 && WordChar(text[p - 1])) || (q < text.size() && WordChar(text[q]))) continue;
      if (std::any_of(used.begin() + p, used.begin() + q, [](char c) { return c; })) continue;
      std::fill(used.begin() + p, used.begin() + q, 1);
      Entity en;
      en.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(q)};
      en.text = t;
      en.kind = e.kind;
      en.id = e.id;
      en.org = e.org;
      en.form = e.form;
      out.push_back(en);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Entity& a, const Entity& b) { return a.span.begin < b.span.begin; });
  return out;
}

inline std::vector<Entity> FindEntities(const std::string& text) {
  return FindEntitiesIn(kEntities, text);
}

// Sentences end at ". " or at the end; a blank line starts a paragraph.
inline std::vector<Sentence> Split(const std::string& text) {
  std::vector<Sentence> out;
  uint32_t para = 0, start = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    bool end =
        i == text.size() ||
        (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'));
    bool blank = i + 1 < text.size() && text[i] == '\n' && text[i + 1] == '\n';
    if (end || blank) {
      uint32_t e = end && i < text.size() ? i + 1 : i;
      while (start < e && isspace(static_cast<unsigned char>(text[start]))) ++start;
      if (start < e) out.push_back({{start, e}, para});
      start = e;
      if (blank) ++para;
    }
  }
  return out;
}

inline const StanceFinder& Finder() {
  static std::unique_ptr<StanceFinder> f = [] {
    StanceOptions o;
    o.cues_file = std::string(CAUCUS_DICTDIR) + "/cues.json";
    auto r = StanceFinder::Create(o);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return std::move(*r);
  }();
  return *f;
}

// The shipped lexicon, and its English words.
inline const internal::Lexicon& Lex() { return stance::Engine::Of(Finder()).lex; }
inline const internal::EnglishWords& En() { return stance::EnglishOf(Finder()); }

}  // namespace caucus::stance_test

#endif  // CAUCUS_TESTS_STANCE_TEST_UTIL_H_
