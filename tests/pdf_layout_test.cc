// Reading order, page furniture, paragraphs and hyphenation from word boxes
// described here, so each rule is checked without a PDF or poppler.
#include "../lib/pdf_layout.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace caucus::internal {
namespace {

constexpr double kSize = 10;
constexpr double kChar = 6;  // a monospaced font: 0.6 em per character

// Lays the words of `line` from x, one box per word, spread to `width` when
// justify (a full line of a justified column).
void Words(PdfPage* page, double x, double top, const std::string& line, double width = 0,
           double size = kSize) {
  std::istringstream in(line);
  std::vector<std::string> ws;
  for (std::string w; in >> w;) ws.push_back(w);
  double natural = 0;
  for (const auto& w : ws) natural += w.size() * kChar * size / kSize;
  double space = kChar * size / kSize;
  if (width > 0 && ws.size() > 1) space = (width - natural) / (ws.size() - 1);
  for (const auto& w : ws) {
    double wd = w.size() * kChar * size / kSize;
    page->words.push_back({x, top, x + wd, top + size * 1.3, size, w});
    x += wd + space;
  }
}

PdfPage Letter() {
  PdfPage p;
  p.width = 612;
  p.height = 792;
  return p;
}

std::string Text(const std::vector<PdfPage>& pages) { return LayOutPages(pages).text; }

TEST(PdfLayout, OneColumnParagraphsByIndentAndGap) {
  PdfPage p = Letter();
  Words(&p, 90, 100, "Delegations met in Geneva to discuss the", 400);
  Words(&p, 72, 113, "future of the forum and agreed on a short", 400);
  Words(&p, 72, 126, "text.");
  Words(&p, 90, 139, "A second paragraph starts with an indent.");
  Words(&p, 72, 170, "After a gap a third one follows.");
  EXPECT_EQ(Text({p}),
            "Delegations met in Geneva to discuss the future of the forum and agreed on a short "
            "text.\n\nA second paragraph starts with an indent.\n\nAfter a gap a third one "
            "follows.");
}

TEST(PdfLayout, TwoColumnsReadLeftThenRight) {
  PdfPage p = Letter();
  const char* left[] = {"Left column line one of the text", "left column line two of the text",
                        "left column line three of text", "left column line four and end."};
  const char* right[] = {"Right column line one of text", "right column line two of the text",
                         "right column line three of it", "right column line four and end."};
  for (int i = 0; i < 4; ++i) {
    Words(&p, 60, 100 + 12.6 * i, left[i], i == 3 ? 0 : 240);
    Words(&p, 312, 100 + 12.6 * i, right[i], i == 3 ? 0 : 240);
  }
  EXPECT_EQ(Text({p}),
            "Left column line one of the text left column line two of the text left column "
            "line three of text left column line four and end.\n\nRight column line one of "
            "text right column line two of the text right column line three of it right "
            "column line four and end.");
}

TEST(PdfLayout, TitleAcrossColumnsEndsTheColumnsAboveIt) {
  PdfPage p = Letter();
  for (int i = 0; i < 3; ++i) {
    Words(&p, 60, 100 + 12.6 * i, "upper left words fill this line", 240);
    Words(&p, 312, 100 + 12.6 * i, "upper right words fill this line", 240);
  }
  Words(&p, 150, 160, "A Title Set Across Both Columns Of The Page");
  for (int i = 0; i < 3; ++i) {
    Words(&p, 60, 190 + 12.6 * i, "lower left words fill this line", 240);
    Words(&p, 312, 190 + 12.6 * i, "lower right words fill this line", 240);
  }
  const std::string t = Text({p});
  const size_t ul = t.find("upper left"), ur = t.find("upper right"), title = t.find("A Title"),
               ll = t.find("lower left"), lr = t.find("lower right");
  ASSERT_NE(lr, std::string::npos) << t;
  EXPECT_LT(ul, ur);
  EXPECT_LT(ur, title);
  EXPECT_LT(title, ll);
  EXPECT_LT(ll, lr);
}

TEST(PdfLayout, TableWithLeadersIsNotTwoColumns) {
  // A cover's member table: country, dot leaders, then the name at right.
  PdfPage p = Letter();
  const char* rows[][2] = {{"Belgium", "Mr. Alpha"},
                           {"China", "Mr. Beta"},
                           {"Estonia", "Mr. Gamma"},
                           {"France", "Mrs. Delta"},
                           {"Germany", "Mr. Epsilon"}};
  for (int i = 0; i < 5; ++i) {
    std::string cell = std::string(rows[i][0]) + ". . . . . . . . . . . . . . . . . . . . . .";
    Words(&p, 127, 250 + 13 * i, rows[i][0]);
    p.words.push_back({127 + 7.5 * 6, 250 + 13.0 * i, 380, 250 + 13.0 * i + 13, kSize,
                       ". . . . . . . . . . . . . . . . . . . . . ."});
    Words(&p, 392, 250 + 13 * i, rows[i][1]);
  }
  EXPECT_EQ(Text({p}),
            "Belgium Mr. Alpha\nChina Mr. Beta\nEstonia Mr. Gamma\nFrance Mrs. Delta\nGermany "
            "Mr. Epsilon");
}

TEST(PdfLayout, RunningHeadsFootersAndPageNumbersDropped) {
  std::vector<PdfPage> pages;
  const char* const kWord[] = {"", "alpha", "bravo", "charlie", "delta"};
  for (int n = 1; n <= 4; ++n) {
    PdfPage p = Letter();
    Words(&p, 60, 55, "S/PV.9999", 0, 8.5);
    Words(&p, 240, 54, "The situation in Ruritania");
    Words(&p, 500, 55, "10/01/2020", 0, 8.5);
    Words(&p, 60, 84, std::string("Body text of page ") + kWord[n] + " goes on and on here", 400);
    Words(&p, 60, 96.6, "and ends here.");
    Words(&p, 60, 717, std::to_string(n) + "/4", 0, 8.5);
    Words(&p, 516, 717, "99-00001", 0, 8.5);
    pages.push_back(std::move(p));
  }
  LaidOutText out = LayOutPages(pages);
  EXPECT_EQ(out.text.find("S/PV"), std::string::npos) << out.text;
  EXPECT_EQ(out.text.find("Ruritania"), std::string::npos) << out.text;
  EXPECT_EQ(out.text.find("10/01/2020"), std::string::npos) << out.text;
  EXPECT_EQ(out.text.find("99-00001"), std::string::npos) << out.text;
  EXPECT_EQ(out.text.find("/4"), std::string::npos) << out.text;
  ASSERT_EQ(out.pages.size(), 4u);
  for (int n = 1; n <= 4; ++n) {
    const auto& pg = out.pages[n - 1];
    EXPECT_EQ(pg.number, n);
    EXPECT_EQ(out.text.substr(pg.span.begin, pg.span.size()),
              std::string("Body text of page ") + kWord[n] + " goes on and on here and ends here.");
  }
}

TEST(PdfLayout, BodyRowsNearTheEdgeStay) {
  // Rows in the top band that differ from page to page are body text.
  std::vector<PdfPage> pages;
  for (int n = 0; n < 3; ++n) {
    PdfPage p = Letter();
    Words(&p, 60, 60, n == 0 ? "First words" : n == 1 ? "Other words" : "Third words");
    pages.push_back(std::move(p));
  }
  // One line per page: nothing says the paragraph runs on.
  EXPECT_EQ(Text(pages), "First words\n\nOther words\n\nThird words");
}

TEST(PdfLayout, ParagraphRunsOnIntoTheNextColumnAndPage) {
  PdfPage a = Letter(), b = Letter();
  for (int i = 0; i < 4; ++i) {
    Words(&a, 60, 100 + 12.6 * i, "words of the left column line", 240);
    Words(&a, 312, 100 + 12.6 * i, "words of the right column line", 240);
  }
  Words(&b, 60, 100, "continued on the next page", 240);
  Words(&b, 60, 112.6, "to its end.");
  LaidOutText out = LayOutPages({a, b});
  EXPECT_EQ(out.text.find("\n"), std::string::npos) << out.text;
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(out.text.substr(out.pages[1].span.begin, out.pages[1].span.size()),
            "continued on the next page to its end.");
  EXPECT_EQ(out.pages[0].span.end + 1, out.pages[1].span.begin);
}

struct HyphenCase {
  const char* name;
  std::string line1, line2, elsewhere, want;
};

class PdfHyphens : public ::testing::TestWithParam<HyphenCase> {};

TEST_P(PdfHyphens, JoinsWordsBrokenAtLineEnd) {
  const HyphenCase& c = GetParam();
  PdfPage p = Letter();
  Words(&p, 60, 100, c.line1, 400);
  Words(&p, 60, 113, c.line2);
  Words(&p, 78, 139, c.elsewhere);
  const std::string t = Text({p});
  EXPECT_EQ(t.substr(0, t.find("\n\n")), c.want);
}

INSTANTIATE_TEST_SUITE_P(
    All, PdfHyphens,
    ::testing::Values(
        HyphenCase{"soft", "The delegations continued their discus-", "sion of the text.",
                   "Nothing here.", "The delegations continued their discussion of the text."},
        HyphenCase{"compound_seen_elsewhere", "The draft was prepared by the co-", "penholders.",
                   "Both co-penholders spoke.", "The draft was prepared by the co-penholders."},
        HyphenCase{"capital_after", "Aid reached people through Al-", "Yarubiyah crossing.",
                   "Nothing here.", "Aid reached people through Al-Yarubiyah crossing."},
        HyphenCase{"digits", "The plan covers the years 2019-", "2020 and after.", "Nothing here.",
                   "The plan covers the years 2019-2020 and after."}),
    [](const ::testing::TestParamInfo<HyphenCase>& i) { return std::string(i.param.name); });

TEST(PdfLayout, EmptyPagesGiveNoSpan) {
  PdfPage a = Letter(), b = Letter(), c = Letter();
  Words(&a, 60, 100, "Page one.");
  Words(&c, 60, 100, "Page three.");
  LaidOutText out = LayOutPages({a, b, c});
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(out.pages[0].number, 1);
  EXPECT_EQ(out.pages[1].number, 3);
  EXPECT_EQ(out.text, "Page one.\n\nPage three.");
}

}  // namespace
}  // namespace caucus::internal
