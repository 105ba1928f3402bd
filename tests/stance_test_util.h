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

// The entities of `table` in text (FindEntities: of kEntities). With
// `hyphen_ends_names`, a hyphen or slash ends a name as in the entities
// layer ("Russian-backed" holds "Russian").
template <size_t N>
std::vector<Entity> FindEntitiesIn(const E (&table)[N], const std::string& text,
                                   bool hyphen_ends_names = false) {
  std::vector<Entity> out;
  std::vector<char> used(text.size(), 0);
  auto word = [&](char c) {
    return hyphen_ends_names ? isalnum(static_cast<unsigned char>(c)) != 0 : WordChar(c);
  };
  for (const E& e : table) {
    std::string t = e.text;
    for (size_t p = text.find(t); p != std::string::npos; p = text.find(t, p + 1)) {
      size_t q = p + t.size();
      if ((p > 0 && word(text[p - 1])) || (q < text.size() && word(text[q]))) continue;
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

// Every stance in `text` whose document speaker is the government
// `speaker`, with the entities of `table` as the entities layer finds them
// (a hyphen ends a name, as there).
template <size_t N>
std::vector<Stance> SpeakerStances(const E (&table)[N], const std::string& speaker,
                                   const std::string& text) {
  const std::vector<Entity> found = FindEntitiesIn(table, text, /*hyphen_ends_names=*/true);
  const std::vector<EntityView> ents = Views(found);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance::LexiconOf(Finder()));
  return stance::FindWithSpeaker(text, sp, Finder(), Split(text), ents);
}

// The criticisms of a government speaker in a text, with the entities of
// `table` as the entities layer finds them: "STATE act" for each oppose
// stance of the speaker whose target links to a government, the first per
// state (as bench/unscon_eval.py counts them), sorted, joined by "; ".
template <size_t N>
std::string Criticised(const E (&table)[N], const std::string& speaker, const std::string& text) {
  const std::vector<Stance> v = SpeakerStances(table, speaker, text);
  std::vector<std::string> out, seen;
  for (const Stance& s : v) {
    if (s.actor.id != speaker || s.polarity != "oppose" || s.target.kind != "government" ||
        s.target.entity.empty())
      continue;
    if (std::find(seen.begin(), seen.end(), s.target.entity) != seen.end()) continue;
    seen.push_back(s.target.entity);
    out.push_back(s.target.entity + " " + s.act);
  }
  std::sort(out.begin(), out.end());
  std::string joined;
  for (const std::string& s : out) joined += (joined.empty() ? "" : "; ") + s;
  return joined;
}

// A probe sentence with its speaker and the Criticised() it should give.
struct ProbeCase {
  const char* speaker;
  const char* text;
  const char* want;  // Criticised(); "" for none
};

template <size_t N>
void RunProbeTable(const E (&table)[N], const std::vector<ProbeCase>& cases) {
  for (const ProbeCase& c : cases)
    EXPECT_EQ(Criticised(table, c.speaker, c.text), c.want) << c.text;
}

// The states of Criticised(), without their acts: "RUS; UKR".
template <size_t N>
std::string CriticisedStates(const E (&table)[N], const std::string& speaker,
                             const std::string& text) {
  std::string all = Criticised(table, speaker, text), out;
  size_t at = 0;
  while (at < all.size()) {
    size_t end = all.find("; ", at);
    if (end == std::string::npos) end = all.size();
    std::string item = all.substr(at, end - at);
    out += (out.empty() ? "" : "; ") + item.substr(0, item.find(' '));
    at = end + 2;
  }
  return out;
}

// RunProbeTable on the states alone (CriticisedStates).
template <size_t N>
void RunStatesTable(const E (&table)[N], const std::vector<ProbeCase>& cases) {
  for (const ProbeCase& c : cases)
    EXPECT_EQ(CriticisedStates(table, c.speaker, c.text), c.want) << c.text;
}

// The first stance of the document speaker `speaker` (a government) in
// `text`, with the entities of `table` (tests/speaker_positions*_test.cc):
// its polarity ("none" if it has none), target text, link ("-" if none) and
// topic ("-" if none).
struct SpeakerFound {
  std::string polarity = "none";
  std::string target;
  std::string link;
  std::string topic;
};
template <size_t N>
SpeakerFound FirstSpeakerStance(const E (&table)[N], const std::string& speaker,
                                const std::string& text) {
  const auto found = FindEntitiesIn(table, text);
  const std::vector<EntityView> ents = Views(found);
  const auto sents = Split(text);
  const stance::DocSpeaker sp = stance::SpeakerFromId(speaker, "government", ents, Lex());
  for (const Stance& s : stance::FindWithSpeaker(text, sp, Finder(), sents, ents))
    if (s.actor.id == speaker)
      return {s.polarity, s.target.text, s.target.entity.empty() ? "-" : s.target.entity,
              s.target.topic.empty() ? "-" : s.target.topic};
  return {};
}

// A row of a speaker table: the polarity wanted ("support", "oppose" or
// "none"), and if given what the target starts with, its link and its topic
// ("-": none).
struct SpeakerCase {
  const char* speaker;
  const char* text;
  const char* want;
  const char* target = "";
  const char* link = "";
  const char* topic = "";
};
template <size_t N>
void RunSpeakerTable(const E (&table)[N], const std::vector<SpeakerCase>& cases) {
  for (const SpeakerCase& c : cases) {
    const SpeakerFound f = FirstSpeakerStance(table, c.speaker, c.text);
    EXPECT_EQ(f.polarity, c.want) << c.speaker << ": " << c.text;
    if (*c.target)
      EXPECT_EQ(f.target.substr(0, std::string(c.target).size()), c.target)
          << c.text << " -> target \"" << f.target << "\"";
    if (*c.link) EXPECT_EQ(f.link, c.link) << c.text;
    if (*c.topic) EXPECT_EQ(f.topic, c.topic) << c.text;
  }
}

}  // namespace caucus::stance_test

#endif  // CAUCUS_TESTS_STANCE_TEST_UTIL_H_
