// Criticism of a state the sentence does not name (issue #13,
// lib/stance/criticism_focus.cc): after a speaker criticises a state, the
// next sentence or two may judge it as "that", "this", "its actions",
// "their conduct", "such steps", or "it". Only the LAST sentence of each
// text is checked: which states the speaker criticises there. Negatives: a
// pronoun that stands for the speaker's own country, a body, a person, the
// Council or a resolution; two states in play; a criticism another state
// made (reported); praise since; a question, a negation, a modal; a
// distance beyond the window. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "caucus/stances.h"
#include "stance_test_util.h"

namespace caucus {
namespace {

const stance_test::E kCorefEntities[] = {
    {"Russian Federation", "government", "RUS"},
    {"United Kingdom", "government", "GBR"},
    {"Security Council", "body", "UNSC"},
    {"Secretary-General", "person", "un-sg", "", ""},
    {"Ukraine", "government", "UKR"},
    {"Ukrainian", "government", "UKR", "", "demonym"},
    {"Russia", "government", "RUS"},
    {"Russian", "government", "RUS", "", "demonym"},
    {"Belarus", "government", "BLR"},
    {"Israel", "government", "ISR"},
    {"DPRK", "government", "PRK"},
    {"Syrian", "government", "SYR", "", "demonym"},
    {"China", "government", "CHN"},
};

// The states `speaker` criticises in the last sentence of `text` (sorted,
// "; "-joined; "" for none).
std::string LastSentenceCriticised(const std::string& speaker, const std::string& text) {
  const std::vector<Entity> found =
      stance_test::FindEntitiesIn(kCorefEntities, text, /*hyphen_ends_names=*/true);
  const std::vector<EntityView> ents = Views(found);
  const auto sents = stance_test::Split(text);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance::LexiconOf(stance_test::Finder()));
  const uint32_t last = static_cast<uint32_t>(sents.size()) - 1;
  std::vector<std::string> out;
  for (const Stance& s : stance::FindWithSpeaker(text, sp, stance_test::Finder(), sents, ents)) {
    if (s.sentence != last || s.actor.id != speaker || s.polarity != "oppose" ||
        s.target.kind != "government" || s.target.entity.empty())
      continue;
    if (std::find(out.begin(), out.end(), s.target.entity) == out.end())
      out.push_back(s.target.entity);
  }
  std::sort(out.begin(), out.end());
  std::string joined;
  for (const std::string& s : out) joined += (joined.empty() ? "" : "; ") + s;
  return joined;
}

using Case = stance_test::ProbeCase;

void RunTable(const std::vector<Case>& cases) {
  for (const Case& c : cases)
    EXPECT_EQ(LastSentenceCriticised(c.speaker, c.text), c.want) << c.speaker << ": " << c.text;
}

// "that" / "this" as the subject of a fault noun right after a criticism.
TEST(StanceCriticismCoref, DemonstrativeFaultPositives) {
  RunTable({
      {"GBR",
       "Russia has annexed Crimea in defiance of international law. That constitutes a serious "
       "threat to peace in the region.",
       "RUS"},
      {"JPN",
       "The DPRK has launched yet another ballistic missile in violation of the resolutions. That "
       "poses a grave threat to "
       "the whole region.",
       "PRK"},
      {"FRA",
       "Russia continues to arm the separatists in the east. This is an affront to every "
       "member of this Council.",
       "RUS"},
  });
}

// A demonstrative or possessive phrase of conduct as the subject or the
// object of an oppose stance.
TEST(StanceCriticismCoref, ConductPhrasePositives) {
  RunTable({
      {"GBR", "Russia has annexed Crimea. Its actions are a threat to the whole region.", "RUS"},
      {"FRA",
       "Russia has illegally deployed its troops in Crimea. Such conduct poses a threat to "
       "international peace.",
       "RUS"},
      {"USA", "Russia has annexed Crimea. We reject their so-called referendum.", "RUS"},
      {"GBR", "Russia has annexed Crimea. We condemn its illegal annexation of the peninsula.",
       "RUS"},
      {"AUS", "Russia continues to violate the ceasefire. Their conduct is unacceptable.", "RUS"},
      {"LTU",
       "Russia is massing troops on the border with Ukraine. Its latest moves are deeply "
       "irresponsible.",
       "RUS"},
  });
}

// "it" after a sentence whose subject was the criticised state by a
// description: the state, not the one named in a phrase of place.
TEST(StanceCriticismCoref, PronounChainPositives) {
  RunTable({
      {"GBR",
       "Russia has annexed Crimea. That country continues to mass troops on the border of "
       "Ukraine. It also continues to arm the separatists.",
       "RUS"},
  });
}

// "the" and an act noun that the criticism right before names ("vetoed" ...
// "the veto"), as the subject of an evaluation or a fault noun.
TEST(StanceCriticismCoref, DefiniteActPositives) {
  RunTable({
      {"USA",
       "Russia has irresponsibly vetoed the draft resolution. The veto cast today is a disgrace.",
       "RUS"},
      {"GBR",
       "Russia organised an illegal referendum in Crimea. The referendum held on Sunday was "
       "illegal.",
       "RUS"},
  });
}

TEST(StanceCriticismCoref, DefiniteActNegatives) {
  RunTable({
      // The act noun is not the one criticised.
      {"GBR",
       "Russia has annexed Crimea in defiance of international law. The situation is dangerous.",
       ""},
      // Another state's act.
      {"USA",
       "Russia has irresponsibly vetoed the draft resolution. The vote of China was a setback.",
       ""},
      // Two sentences back.
      {"FRA",
       "Russia has irresponsibly vetoed the draft resolution. Many members spoke after the vote. "
       "The veto was a setback for the Council.",
       ""},
  });
}

// An aside between the sponsor's participle and "by" (a named state; it
// feeds the focus of the next sentence).
TEST(StanceCriticismCoref, SponsorAside) {
  RunTable({
      {"UKR",
       "Small groups of armed men, headed up, inter alia, by agents from the Russian Federation, "
       "have seized State buildings.",
       "RUS"},
      {"GBR", "Armed men, supported, in particular, by Russia, have seized the airport.", "RUS"},
      {"UKR",
       "Armed men, headed up, inter alia, by agents from the Russian Federation, have seized "
       "State buildings. Indeed, those are terrorist operations that have been carefully planned.",
       "RUS"},
      {"FRA", "Armed men, supported, in particular, by local residents, have seized the airport.",
       ""},
      {"NGA", "Ukrainian soldiers, welcomed, for example, by Russia, have left the airport.", ""},
  });
}

TEST(StanceCriticismCoref, Negatives) {
  RunTable({
      // Beyond the window.
      {"GBR",
       "Russia has annexed Crimea. The Council met on Monday. Members heard a briefing. The "
       "talks continued all night. That constitutes a serious threat to peace.",
       ""},
      // "its" is the speaker's own country.
      {"GBR",
       "Russia has annexed Crimea. The United Kingdom has responded with sanctions. Its measures "
       "are a threat to the Russian economy.",
       ""},
      // "its" is a body.
      {"USA",
       "Russia has vetoed the draft resolution. The Security Council has failed in its duty. Its "
       "silence is a disgrace.",
       ""},
      // A person's words.
      {"FRA",
       "Russia has annexed Crimea. The Secretary-General called the referendum illegal. His "
       "statement is a warning to all of us.",
       ""},
      // The Council's duty, a resolution's text.
      {"NGA", "Russia has annexed Crimea. The Council must act. That is its duty.", ""},
      {"CHL", "Russia vetoed the draft resolution today. Its text was a reminder of the Charter.",
       ""},
      // Two states criticised: "that" picks neither.
      {"GBR", "Russia and Belarus have violated the agreement. That constitutes a threat to peace.",
       ""},
      // "its" is the other state named as subject since.
      {"GBR",
       "Russia has annexed Crimea. Ukraine has deployed its army to the border. Its forces are a "
       "threat to the separatists.",
       ""},
      // Another state's accusation, reported: not the speaker's focus.
      {"CHN",
       "Ukraine accused Russia of violating its sovereignty. That is a threat to the region.", ""},
      // Praise of the state since.
      {"GBR",
       "Russia has annexed Crimea. We welcome Russia's decision to withdraw its troops from the "
       "border. Their presence there was a threat to the region.",
       ""},
      // A question, a negation, a modal.
      {"GBR", "Russia has annexed Crimea. Is that a threat to peace?", ""},
      {"GBR", "Russia has annexed Crimea. That is not a threat to our region alone.", ""},
      {"GBR", "Russia has annexed Crimea. That would be a threat to peace.", ""},
      // "their" for armed groups named since.
      {"UKR",
       "Russia has annexed Crimea. The separatists in Donetsk have seized the airport. Their "
       "actions are a threat to civilians.",
       ""},
  });
}

}  // namespace
}  // namespace caucus
