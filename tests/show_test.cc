#include "caucus/show.h"

#include <gtest/gtest.h>

namespace caucus {
namespace {

Document Doc(const std::string& text) {
  Document d = Document::FromText("d.txt", text);
  return d;
}

Entity Ent(uint32_t b, uint32_t e, const char* kind, const char* id, const char* name) {
  Entity x;
  x.span = {b, e};
  x.kind = kind;
  x.id = id;
  x.name = name;
  return x;
}

TEST(ShowTest, FlatTextRemovesControlsAndCollapsesSpace) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"plain text", "plain text"},
      {"  two\n\nlines \t here  ", "two lines here"},
      {"a\033[31mred\033[0m b", "ared b"},         // CSI colours
      {"t\033]0;title\007x", "tx"},                // OSC title, BEL-terminated
      {"t\033]8;;http://x\033\\link", "tlink"},    // OSC, ST-terminated
      {"bell\x07 nul-ish\x01", "bell? nul-ish?"},  // C0 controls shown as '?'
      {"c1\xC2\x9B"
       "x",
       "c1?x"},                                  // a C1 control (CSI)
      {"rtl\xE2\x80\xAEgnp.exe", "rtlgnp.exe"},  // bidi override dropped
      {"Côte d’Ivoire", "Côte d’Ivoire"},        // other UTF-8 kept
  };
  for (const Case& c : cases) {
    std::string in = c.in;
    EXPECT_EQ(FlatText(in, {0, static_cast<uint32_t>(in.size())}), c.want) << c.in;
  }
}

TEST(ShowTest, EntityViewGroupsMentionsBySentence) {
  std::string text = "The ITU met.\nRussia and Brazil spoke.";
  Document d = Doc(text);
  std::vector<Sentence> sents = {{{0, 12}, 0}, {{13, 37}, 0}};
  std::vector<Entity> ents = {Ent(4, 7, "body", "ITU", "International Telecommunication Union"),
                              Ent(13, 19, "government", "RUS", "Russian Federation"),
                              Ent(24, 30, "government", "BRA", "Brazil")};
  std::string out;
  AppendEntityView(d, ents, sents, {}, &out);
  EXPECT_EQ(out,
            "d.txt:1:5: body ITU  International Telecommunication Union\n"
            "    The ITU met.\n"
            "\n"
            "d.txt:2:1: government RUS  Russian Federation\n"
            "d.txt:2:12: government BRA  Brazil\n"
            "    Russia and Brazil spoke.\n"
            "\n");
  ShowOptions color;
  color.color = true;
  out.clear();
  AppendEntityView(d, {ents[0]}, sents, color, &out);
  EXPECT_EQ(out,
            "\033[35md.txt\033[0m:\033[32m1:5\033[0m: body \033[1mITU\033[0m  International "
            "Telecommunication Union\n"
            "    The \033[1;31mITU\033[0m met.\n\n");
}

TEST(ShowTest, LongSentencesAreCutAroundTheHighlight) {
  std::string text = std::string(300, 'a') + " ITU " + std::string(300, 'b');
  Document d = Doc(text);
  std::vector<Sentence> sents = {{{0, static_cast<uint32_t>(text.size())}, 0}};
  ShowOptions opt;
  opt.width = 40;
  std::string out;
  AppendEntityView(d, {Ent(301, 304, "body", "ITU", "ITU")}, sents, opt, &out);
  std::string line = out.substr(out.find("\n    ") + 5);
  line = line.substr(0, line.find('\n'));
  // A third of the width before the highlight, the rest after it.
  EXPECT_EQ(line, "…" + std::string(12, 'a') + " ITU " + std::string(23, 'b') + "…");
}

TEST(ShowTest, StanceViewShowsActorPolarityActTarget) {
  std::string text = "Sweden rejected the proposal.";
  Document d = Doc(text);
  Stance s;
  s.actor = {"SWE", "government", "Sweden", {0, 6}};
  s.polarity = "oppose";
  s.act = "reject";
  s.target.text = "the proposal";
  s.target.span = {16, 28};
  s.span = {0, 28};
  s.sentence = 0;
  s.modality = "asserted";
  s.score = 0.85;
  std::string out;
  AppendStanceView(d, {s}, {{{0, 29}, 0}}, {}, &out);
  EXPECT_EQ(out,
            "d.txt:1:1: SWE → oppose/reject → \"the proposal\"  (asserted, 0.85)\n"
            "    Sweden rejected the proposal.\n\n");
}

}  // namespace
}  // namespace caucus
