#include "caucus/segment.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace caucus {
namespace {

std::vector<std::string> SentenceTexts(const std::string& text) {
  Result<Segmentation> seg = Segment(text, {});
  EXPECT_TRUE(seg.ok()) << seg.status().message();
  std::vector<std::string> out;
  if (!seg.ok()) return out;
  for (const Sentence& s : seg->sentences) out.push_back(text.substr(s.span.begin, s.span.size()));
  return out;
}

struct SentenceCase {
  const char* name;
  std::string text;
  std::vector<std::string> want;
};

TEST(SegmentTest, SentenceTable) {
  const SentenceCase cases[] = {
      {"title before name",
       "Dr. Hamadoun Touré, Secretary-General of the ITU, spoke.",
       {"Dr. Hamadoun Touré, Secretary-General of the ITU, spoke."}},
      {"U.S. inside and at the start",
       "The U.S. delegation objected. The EU agreed.",
       {"The U.S. delegation objected.", "The EU agreed."}},
      {"U.S. ends a sentence before a starter",
       "The treaty was not signed by the U.S. The EU agreed.",
       {"The treaty was not signed by the U.S.", "The EU agreed."}},
      {"U.K. before a name", "The U.K. Government disagreed.", {"The U.K. Government disagreed."}},
      {"No. before a number", "See No. 5 of the report.", {"See No. 5 of the report."}},
      {"No. before a number then a capital",
       "See No. 5 Annex B. It was adopted.",
       {"See No. 5 Annex B.", "It was adopted."}},
      {"e.g. before a capital",
       "Some states, e.g. Brazil, agreed.",
       {"Some states, e.g. Brazil, agreed."}},
      {"i.e. and cf.",
       "One body, i.e. The ITU, cf. Art. 3, decides.",
       {"One body, i.e. The ITU, cf. Art. 3, decides."}},
      {"initial in a name",
       "Hamadoun I. Touré opened the session. Delegates applauded.",
       {"Hamadoun I. Touré opened the session.", "Delegates applauded."}},
      {"H.E. and Amb.",
       "H.E. Mr. Li and Amb. Smith met St. Peter. Then they left.",
       {"H.E. Mr. Li and Amb. Smith met St. Peter.", "Then they left."}},
      {"month before a day",
       "It ended on Dec. 14 in Dubai. Russia left.",
       {"It ended on Dec. 14 in Dubai.", "Russia left."}},
      {"etc. then a capital",
       "Names, numbers, etc. The list is long.",
       {"Names, numbers, etc.", "The list is long."}},
      {"etc. then lowercase",
       "Names, numbers, etc. are managed by IANA.",
       {"Names, numbers, etc. are managed by IANA."}},
      {"Inc. then lowercase",
       "Verisign Inc. runs the root zone.",
       {"Verisign Inc. runs the root zone."}},
      {"question then lowercase",
       "\"Why now?\" he asked. Nobody knew.",
       {"\"Why now?\" he asked.", "Nobody knew."}},
      {"exclamation", "It failed! The delegates left.", {"It failed!", "The delegates left."}},
      {"no final punctuation",
       "The meeting ended without agreement",
       {"The meeting ended without agreement"}},
      {"trailing spaces trimmed", "  One.   Two.  \n", {"One.", "Two."}},
      {"Unicode text",
       "Россия выступила против. Китай поддержал.",
       {"Россия выступила против.", "Китай поддержал."}},
      {"Unicode names",
       "Le délégué de la Côte d’Ivoire a parlé. L’UIT a répondu.",
       {"Le délégué de la Côte d’Ivoire a parlé.", "L’UIT a répondu."}},
      {"CRLF line ends",
       "First sentence.\r\nSecond sentence.\r\n\r\nNew paragraph.\r\n",
       {"First sentence.", "Second sentence.", "New paragraph."}},
      {"hard-wrapped prose",
       "The delegate of Brazil said that the\nInternet must remain open. He\nadded more.",
       {"The delegate of Brazil said that the\nInternet must remain open.", "He\nadded more."}},
      {"heading line",
       "Governments divided\nThe conference split over the treaty text, with many states refusing "
       "to sign.",
       {"Governments divided",
        "The conference split over the treaty text, with many states refusing to sign."}},
      {"a name wrapped across lines",
       "This is also why our country\nlooks forward to becoming a member of the Human\nRights "
       "Council "
       "and to working towards the fulfilment of its long and difficult mandate.",
       {"This is also why our country\nlooks forward to becoming a member of the Human\nRights "
        "Council and to working towards the fulfilment of its long and difficult mandate."}},
      {"short title-case lines stay headings",
       "Tenth plenary meeting\nGeneral Debate\nThe President opened the meeting of the Assembly at "
       "ten in the morning.",
       {"Tenth plenary meeting", "General Debate",
        "The President opened the meeting of the Assembly at ten in the morning."}},
      {"header block",
       "# Title: WTPF outcome\n# Date: 2013-05\n# ---\nBody text here.",
       {"# Title: WTPF outcome", "# Date: 2013-05", "Body text here."}},
      {"list items",
       "Points:\n- first point\n- second point",
       {"Points:", "- first point", "- second point"}},
      {"paragraph breaks without punctuation",
       "Heading\n\nBody one. Body two.",
       {"Heading", "Body one.", "Body two."}},
      {"blank line with spaces", "One.\n \t \nTwo.", {"One.", "Two."}},
      {"empty", "", {}},
      {"only whitespace", " \n\n \t", {}},
  };
  for (const SentenceCase& c : cases) {
    EXPECT_EQ(SentenceTexts(c.text), c.want) << c.name;
  }
}

TEST(SegmentTest, ParagraphsAndIndexes) {
  const std::string text = "  First para. Still first.\n\n\nSecond para\nwraps here.\n \nThird.";
  Result<Segmentation> seg = Segment(text, {});
  ASSERT_TRUE(seg.ok());
  ASSERT_EQ(seg->paragraphs.size(), 3u);
  EXPECT_EQ(text.substr(seg->paragraphs[0].span.begin, seg->paragraphs[0].span.size()),
            "First para. Still first.");
  EXPECT_EQ(text.substr(seg->paragraphs[1].span.begin, seg->paragraphs[1].span.size()),
            "Second para\nwraps here.");
  EXPECT_EQ(text.substr(seg->paragraphs[2].span.begin, seg->paragraphs[2].span.size()), "Third.");
  ASSERT_EQ(seg->sentences.size(), 4u);
  EXPECT_EQ(seg->sentences[0].paragraph, 0u);
  EXPECT_EQ(seg->sentences[1].paragraph, 0u);
  EXPECT_EQ(seg->sentences[2].paragraph, 1u);
  EXPECT_EQ(seg->sentences[3].paragraph, 2u);
  for (const Sentence& s : seg->sentences) {
    EXPECT_TRUE(seg->paragraphs[s.paragraph].span.Contains(s.span));
  }
  EXPECT_TRUE(seg->tokens.empty());
}

TEST(SegmentTest, SpansAreUtf8Bytes) {
  const std::string text = "Touré spoke. Россия agreed.";
  Result<Segmentation> seg = Segment(text, {});
  ASSERT_TRUE(seg.ok());
  ASSERT_EQ(seg->sentences.size(), 2u);
  EXPECT_EQ(seg->sentences[0].span, (Span{0, 13}));  // "é" is two bytes
  EXPECT_EQ(seg->sentences[1].span, (Span{14, static_cast<uint32_t>(text.size())}));
}

TEST(SegmentTest, Tokens) {
  const std::string text = "The ITU’s WTPF-13 met, in Genève.\n";
  SegmentOptions opt;
  opt.tokens = true;
  Result<Segmentation> seg = Segment(text, opt);
  ASSERT_TRUE(seg.ok());
  std::vector<std::string> got;
  for (const Token& t : seg->tokens) got.push_back(text.substr(t.span.begin, t.span.size()));
  const std::vector<std::string> want = {"The", "ITU’s", "WTPF", "-",      "13",
                                         "met", ",",     "in",   "Genève", "."};
  EXPECT_EQ(got, want);
}

TEST(SegmentTest, ThreadsGiveTheSameResult) {
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += "Dr. Touré spoke in Geneva. The U.S. delegation objected, e.g. on Art. 3.\n\n";
  }
  Result<Segmentation> want = Segment(text, {});
  ASSERT_TRUE(want.ok());
  std::vector<bool> same(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      bool ok = true;
      for (int k = 0; k < 20; ++k) {
        Result<Segmentation> got = Segment(text, {});
        ok = ok && got.ok() && got->sentences.size() == want->sentences.size();
        for (size_t i = 0; ok && i < want->sentences.size(); ++i) {
          ok = got->sentences[i].span == want->sentences[i].span;
        }
      }
      same[t] = ok;
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_TRUE(same[t]) << "thread " << t;
  EXPECT_EQ(want->sentences.size(), 400u);
}

TEST(SegmentTest, EnsureSentencesUsesLayerOrComputes) {
  Document doc = Document::FromText("d", "One. Two.");
  bool computed = false;
  Result<std::vector<Sentence>> s = EnsureSentences(doc, &computed);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(computed);
  EXPECT_EQ(s->size(), 2u);
  doc.SetLayer("sentences", R"([{"span":[0,9],"paragraph":0}])");
  s = EnsureSentences(doc, &computed);
  ASSERT_TRUE(s.ok());
  EXPECT_FALSE(computed);
  ASSERT_EQ(s->size(), 1u);
  EXPECT_EQ((*s)[0].span, (Span{0, 9}));
}

}  // namespace
}  // namespace caucus
