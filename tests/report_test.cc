#include "caucus/report.h"

#include <gtest/gtest.h>

namespace caucus {
namespace {

Document Doc(const std::string& line) {
  auto d = Document::FromJsonLine(line);
  EXPECT_TRUE(d.ok()) << d.status().message();
  return d.ok() ? std::move(*d) : Document();
}

TEST(ReportTest, DocumentDate) {
  struct Case {
    const char* line;
    const char* want;
  } cases[] = {
      {R"({"id":"a","text":"x","meta":{"date":"2013-05-14"}})", "2013-05-14"},
      {R"({"id":"a","text":"x","date":"2012-12"})", "2012-12"},
      {R"({"id":"news/dailymail_2012-06-22_russia.txt","text":"x"})", "2012-06"},
      {R"({"id":"a","text":"x","meta":{"path":"corpus/itu_2014-10-20.txt"}})", "2014-10"},
      {R"({"id":"a","text":"x","meta":{"date":"May 2013"}})", ""},
      {R"({"id":"report-2013-13","text":"x"})", "2013"},  // no month 13: the year
      {R"({"id":"ungd/UNGD_BRA_68_2013.txt","text":"x"})", "2013"},
      {R"({"id":"a","text":"# Title: a speech, session 68 (2013)\n# ---\nText 1999."})", "2013"},
      {R"({"id":"a","text":"# Delivered on 24 September 2013 in New York\nText"})", "2013-09-24"},
      {R"({"id":"a","text":"# September 4, 2012\nText"})", "2012-09-04"},
      {R"({"id":"a","text":"# Posted 2014-10-20\nText"})", "2014-10-20"},
      {R"({"id":"a","text":"Not a header: 24 September 2013\n"})", ""},
      {R"({"id":"a_2010","text":"# 2012-01-05\n","meta":{"date":"2011-02"}})", "2011-02"},
      {R"({"id":"1234567","text":"x"})", ""},
      {R"({"id":"a","text":"x"})", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(DocumentDate(Doc(c.line)), c.want) << c.line;
}

TEST(ReportTest, Sha256Base64) {
  // FIPS 180-2 test vectors, base64.
  EXPECT_EQ(Sha256Base64(""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  EXPECT_EQ(Sha256Base64("abc"), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  EXPECT_EQ(Sha256Base64("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE=");
}

TEST(ReportTest, HtmlEscape) {
  EXPECT_EQ(HtmlEscape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  EXPECT_EQ(HtmlEscape("Genève"), "Genève");
}

DocumentLayers Layers(const Document& d, const char* actor, const char* polarity) {
  DocumentLayers l;
  Entity e;
  e.span = {0, 6};
  e.kind = "government";
  e.id = actor;
  e.name = std::string(actor) == "RUS" ? "Russia" : "Sweden";
  l.entities.push_back(e);
  Stance s;
  s.actor = {actor, "government", "x", {0, 6}};
  s.polarity = polarity;
  s.target.topic = "intergovernmental-control";
  s.span = {0, 10};
  l.stances.push_back(s);
  l.sentences.push_back({{0, static_cast<uint32_t>(d.text().size())}, 0});
  return l;
}

TEST(ReportTest, EscapesDocumentTextAndLoadsNothing) {
  Document d =
      Doc(R"({"id":"x<b>2013-05","text":"Russia <script>alert(1)</script> called for it."})");
  ReportData r;
  r.AddDocument(d, Layers(d, "RUS", "support"), 20);
  std::string html = r.Html({});
  // One script, the filter, at the end; none from the document.
  size_t script = html.find("<script");
  ASSERT_NE(script, std::string::npos);
  EXPECT_EQ(html.find("<script", script + 1), std::string::npos);
  EXPECT_EQ(html.substr(script, 27), "<script>(function(){var box");
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("Russia &lt;script&gt;alert(1)&lt;/script&gt; called for it."),
            std::string::npos);
  EXPECT_NE(html.find("x&lt;b&gt;2013-05"), std::string::npos);
  EXPECT_EQ(html.find("http:"), std::string::npos);
  EXPECT_EQ(html.find("https:"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(html.find("<details class=\"cell\" id=\"cell-0-0\">"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#cell-0-0\">"), std::string::npos);
  EXPECT_NE(html.find(">2013</text>"), std::string::npos);  // the timeline's year tick
  EXPECT_NE(html.find("<cite>x&lt;b&gt;2013-05:1</cite>"), std::string::npos);   // file:line
  EXPECT_NE(html.find(">Intergovernmental control</text>"), std::string::npos);  // by name
}

TEST(ReportTest, SectionsSayWhenThereIsNothing) {
  ReportData r;
  std::string html = r.Html({});
  EXPECT_NE(html.find("No stances with a linked topic."), std::string::npos);
  EXPECT_NE(html.find("No document has a date"), std::string::npos);
}

TEST(ReportTest, OrderIndependentAndEvidenceBounded) {
  std::vector<Document> docs;
  for (int i = 0; i < 6; ++i) {
    docs.push_back(Doc("{\"id\":\"d" + std::to_string(i) + "_2012-0" + std::to_string(i + 1) +
                       "\",\"text\":\"Russia said thing " + std::to_string(i) + ".\"}"));
  }
  auto build = [&](const std::vector<int>& order) {
    ReportData all;
    for (int i : order) {
      ReportData one;
      one.AddDocument(docs[i], Layers(docs[i], i % 2 ? "SWE" : "RUS", i % 3 ? "support" : "oppose"),
                      2);
      all.Merge(one, 2);
    }
    return all.Html({});
  };
  std::string a = build({0, 1, 2, 3, 4, 5}), b = build({5, 3, 1, 4, 2, 0});
  EXPECT_EQ(a, b);
  // RUS has documents 0, 2, 4: two evidence sentences kept (d0, d2), one more counted.
  EXPECT_NE(a.find("Russia said thing 0."), std::string::npos);
  EXPECT_NE(a.find("Russia said thing 2."), std::string::npos);
  EXPECT_EQ(a.find("Russia said thing 4."), std::string::npos);
  EXPECT_NE(a.find("and 1 more"), std::string::npos);
}

}  // namespace
}  // namespace caucus
