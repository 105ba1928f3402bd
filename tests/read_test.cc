#include "caucus/read.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace caucus {
namespace {

using std::string_literals::operator""s;

struct DecodeCase {
  const char* name;
  std::string path;
  std::string bytes;
  std::string encoding;  // forced, or empty
  std::string want_text;
  std::string want_encoding;
};

TEST(ReadTest, EncodingTable) {
  const DecodeCase cases[] = {
      {"plain UTF-8", "a.txt", "Touré spoke.\n", "", "Touré spoke.\n", "UTF-8"},
      {"UTF-8 BOM stripped", "a.txt", "\xEF\xBB\xBFHello", "", "Hello", "UTF-8"},
      {"UTF-16LE BOM", "a.txt", "\xFF\xFEH\0i\0 \0\xE9\0\n\0"s, "", "Hi é\n", "UTF-16LE"},
      {"UTF-16BE BOM", "a.txt", "\xFE\xFF\0H\0i\x04\x20"s, "", "HiР", "UTF-16BE"},
      {"UTF-16LE surrogate pair", "a.txt", "\xFF\xFE\x3D\xD8\x00\xDE"s, "", "\xF0\x9F\x98\x80",
       "UTF-16LE"},
      {"UTF-32LE BOM", "a.txt", "\xFF\xFE\0\0A\0\0\0\xE9\0\0\0"s, "", "Aé", "UTF-32LE"},
      {"UTF-32BE BOM", "a.txt", "\0\0\xFE\xFF\0\0\0A\0\0\x04\x1F"s, "", "AП", "UTF-32BE"},
      {"UTF-16LE without BOM", "a.txt", "G\0e\0n\0e\0v\0a\0"s, "", "Geneva", "UTF-16LE"},
      {"windows-1252 detected", "a.txt",
       "The d\xE9l\xE9gation of C\xF4te d'Ivoire said \x93no\x94 \x96 the r\xE9sum\xE9 of the "
       "s\xE9\x61nce was d\xE9j\xE0 vu for the Pr\xE9sident of the Assembl\xE9\x65.\n",
       "",
       "The délégation of Côte d'Ivoire said “no” – the résumé of the séance was déjà vu for "
       "the Président of the Assemblée.\n",
       "windows-1252"},
      {"KOI8-R detected", "a.txt",
       // "Россия и Китай поддержали предложение о межправительственном органе."
       "\xf2\xcf\xd3\xd3\xc9\xd1 \xc9 \xeb\xc9\xd4\xc1\xca "
       "\xd0\xcf\xc4\xc4\xc5\xd2\xd6\xc1\xcc\xc9 "
       "\xd0\xd2\xc5\xc4\xcc\xcf\xd6\xc5\xce\xc9\xc5 \xcf \xcd\xc5\xd6\xd0\xd2\xc1\xd7\xc9\xd4\xc5"
       "\xcc\xd8\xd3\xd4\xd7\xc5\xce\xce\xcf\xcd \xcf\xd2\xc7\xc1\xce\xc5.",
       "", "Россия и Китай поддержали предложение о межправительственном органе.", "KOI8-R"},
      {"windows-1251 detected", "a.txt",
       "\xd0\xee\xf1\xf1\xe8\xff \xe8 \xca\xe8\xf2\xe0\xe9 \xef\xee\xe4\xe4\xe5\xf0\xe6\xe0\xeb"
       "\xe8 \xef\xf0\xe5\xe4\xeb\xee\xe6\xe5\xed\xe8\xe5 \xee \xec\xe5\xe6\xef\xf0\xe0\xe2\xe8"
       "\xf2\xe5\xeb\xfc\xf1\xf2\xe2\xe5\xed\xed\xee\xec \xee\xf0\xe3\xe0\xed\xe5.",
       "", "Россия и Китай поддержали предложение о межправительственном органе.", "windows-1251"},
      {"forced ISO-8859-15", "a.txt", "Prix: 5 \xA4", "ISO-8859-15", "Prix: 5 €", "ISO-8859-15"},
      {"forced windows-1252", "a.txt", "\x93Hi\x94", "windows-1252", "“Hi”", "windows-1252"},
      {"forced UTF-16LE keeps no BOM", "a.txt", "\xFF\xFEO\0K\0"s, "UTF-16LE", "OK", "UTF-16LE"},
      {"empty", "a.txt", "", "", "", "UTF-8"},
  };
  for (const DecodeCase& c : cases) {
    ReadOptions opt;
    opt.encoding = c.encoding;
    Result<DecodedText> d = DecodeDocument(c.path, c.bytes, opt);
    ASSERT_TRUE(d.ok()) << c.name << ": " << d.status().message();
    EXPECT_EQ(d->text, c.want_text) << c.name;
    EXPECT_EQ(d->encoding, c.want_encoding) << c.name;
    EXPECT_EQ(d->format, "text") << c.name;
  }
}

struct ErrorCase {
  const char* name;
  std::string bytes;
  std::string encoding;
  std::string want_in_message;
  uint64_t want_line;
};

TEST(ReadTest, ErrorTable) {
  const ErrorCase cases[] = {
      {"NUL byte", "line one\nline\0two"s, "", "NUL byte at byte 13", 2},
      {"control bytes", "a\x01\x02\x03\x04 b\x05\x06", "", "control byte 0x01 at byte 1", 1},
      {"damaged UTF-8", "Touré spoke.\nIt was \xFF bad.\nEnd.", "", "invalid UTF-8 at byte 21", 2},
      {"truncated UTF-8 among good", "Genève\nZürich\n\xC3", "", "invalid UTF-8 at byte 16", 3},
      {"unknown converter", "text", "no-such-charset-x", "unknown encoding 'no-such-charset-x'", 0},
      {"invalid in forced UTF-8", "ok\nok\n\xC3\x28", "UTF-8", "byte 6 is not valid UTF-8", 3},
      {"NUL in UTF-16", "\xFF\xFEH\0\n\0\0\0"s, "", "NUL character", 2},
      {"unpaired surrogate in UTF-16", "\xFF\xFE\x41\0\n\0\x3D\xD8\x41\0"s, "", "not valid UTF-16",
       2},
  };
  for (const ErrorCase& c : cases) {
    ReadOptions opt;
    opt.encoding = c.encoding;
    uint64_t line = 99;
    Result<DecodedText> d = DecodeDocument("x.txt", c.bytes, opt, &line);
    ASSERT_FALSE(d.ok()) << c.name;
    EXPECT_NE(d.status().message().find(c.want_in_message), std::string::npos)
        << c.name << ": " << d.status().message();
    EXPECT_EQ(line, c.want_line) << c.name;
  }
}

// CheckHead decides on the first bytes what DecodeDocument would decide on
// the whole file about NUL bytes, and says whether a later NUL is binary too.
TEST(ReadTest, CheckHeadTable) {
  struct Case {
    const char* name;
    std::string head;
    std::string encoding;
    std::string want_error;  // empty: ok
    uint64_t want_line;
    bool want_nul_means_binary;
  };
  const Case cases[] = {
      {"text", "The ITU met.\n", "", "", 0, true},
      {"empty", "", "", "", 0, true},
      {"zeros (/dev/zero, a sparse file)", std::string(4096, '\0'), "",
       "binary data: NUL byte at byte 0 (not a text file)", 1, false},
      {"NUL on line 2", "one\ntw\0o"s, "", "binary data: NUL byte at byte 6", 2, false},
      {"NUL after a UTF-8 BOM",
       "\xEF\xBB\xBF"
       "a\0"s,
       "", "binary data: NUL byte at byte 1", 1, false},
      {"UTF-16LE BOM", "\xFF\xFEH\0i\0"s, "", "", 0, false},
      {"UTF-16BE BOM", "\xFE\xFF\0H\0i"s, "", "", 0, false},
      {"UTF-32BE BOM", "\0\0\xFE\xFF\0\0\0A"s, "", "", 0, false},
      {"UTF-16LE without BOM", "G\0e\0n\0e\0v\0a\0"s, "", "", 0, false},
      {"forced encoding", "G\0\0\0"s, "UTF-32LE", "", 0, false},
      {"PDF", "%PDF-1.7\n\0\0\0"s, "", "", 0, false},
      {"ZIP (DOCX, ODT)", "PK\x03\x04\0\0"s, "", "", 0, false},
  };
  for (const Case& c : cases) {
    ReadOptions opt;
    opt.encoding = c.encoding;
    uint64_t line = 99;
    bool nul_means_binary = !c.want_nul_means_binary;
    Status st = CheckHead(c.head, opt, &line, &nul_means_binary);
    if (c.want_error.empty()) {
      EXPECT_TRUE(st.ok()) << c.name << ": " << st.message();
    } else {
      EXPECT_EQ(st.message().substr(0, c.want_error.size()), c.want_error) << c.name;
      EXPECT_TRUE(IsBinaryData(st)) << c.name;
    }
    EXPECT_EQ(line, c.want_line) << c.name;
    if (st.ok()) EXPECT_EQ(nul_means_binary, c.want_nul_means_binary) << c.name;
    // What CheckHead refuses, DecodeDocument refuses the same way.
    if (!st.ok()) {
      uint64_t decode_line = 0;
      Result<DecodedText> d = DecodeDocument("x.txt", c.head, opt, &decode_line);
      ASSERT_FALSE(d.ok()) << c.name;
      EXPECT_EQ(d.status().message(), st.message()) << c.name;
      EXPECT_EQ(decode_line, line) << c.name;
    }
  }
  EXPECT_FALSE(IsBinaryData(Status::InvalidInput("invalid UTF-8 at byte 3")));
  EXPECT_FALSE(IsBinaryData(Status::Ok()));
}

TEST(ReadTest, FormatByExtensionAndContent) {
  struct {
    const char* path;
    const char* bytes;
    const char* format;
    const char* want_format;
  } cases[] = {
      {"a.html", "<p>x</p>", "auto", "html"},
      {"a.HTM", "<p>x</p>", "auto", "html"},
      {"a.md", "# Title\n", "auto", "markdown"},
      {"a.markdown", "# Title\n", "auto", "markdown"},
      {"a.txt", "plain", "auto", "text"},
      {"noext", "  <!DOCTYPE html><p>x</p>", "auto", "html"},
      {"noext", "<HTML><body>x</body></HTML>", "auto", "html"},
      {"noext", "<p>not sniffed</p>", "auto", "text"},
      {"a.html", "<p>x</p>", "text", "text"},
      {"a.txt", "<p>x</p>", "html", "html"},
  };
  for (const auto& c : cases) {
    ReadOptions opt;
    opt.format = c.format;
    Result<DecodedText> d = DecodeDocument(c.path, c.bytes, opt);
    ASSERT_TRUE(d.ok()) << c.path;
    EXPECT_EQ(d->format, c.want_format) << c.path << " " << c.bytes;
  }
  ReadOptions opt;
  opt.format = "pdf";
  EXPECT_FALSE(DecodeDocument("a.txt", "x", opt).ok());
  // Markdown is kept as its source.
  Result<DecodedText> md = DecodeDocument("a.md", "# Title\n\n*Bold* &amp; <b>x</b>\n", {});
  ASSERT_TRUE(md.ok());
  EXPECT_EQ(md->text, "# Title\n\n*Bold* &amp; <b>x</b>\n");
}

TEST(ReadTest, HtmlCharsetDeclared) {
  const std::string html =
      "<html><head><meta charset=\"iso-8859-15\"><title>Prix</title></head>"
      "<body><p>5 \xA4 pour la d\xE9l\xE9gation</p></body></html>";
  Result<DecodedText> d = DecodeDocument("p.html", html, {});
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->text, "Prix\n\n5 € pour la délégation\n");
  EXPECT_EQ(d->encoding, "ISO-8859-15");
}

TEST(ReadTest, HtmlTable) {
  struct {
    const char* name;
    const char* html;
    const char* want;
  } cases[] = {
      {"tags out", "<b>Bold</b> and <i>italic</i>", "Bold and italic\n"},
      {"title first", "<html><head><title> The  ITU </title></head><body><p>Body.</p></body>",
       "The ITU\n\nBody.\n"},
      {"script style head dropped",
       "<head><style>p{color:red}</style><script>var a='<p>';</script></head>"
       "<body>Text<script type=\"x\">alert(1)</script> here</body>",
       "Text here\n"},
      {"named entities", "&amp; &lt;&gt; &quot;q&quot; &eacute;t&eacute; &rsquo;s &mdash; &euro;5",
       "& <> \"q\" été ’s — €5\n"},
      {"nbsp collapses", "a&nbsp;&nbsp; b", "a b\n"},
      {"numeric entities", "&#65;&#x42;&#x1F600; &#146; &#0;",
       "AB\xF0\x9F\x98\x80 ’ \xEF\xBF\xBD\n"},
      {"unknown entity kept", "AT&T &bogus; &", "AT&T &bogus; &\n"},
      {"paragraphs", "<p>One\n   two</p><p>Three</p>", "One two\n\nThree\n"},
      {"br and li", "a<br>b<ul><li>c</li><li>d</li></ul>e", "a\nb\n\nc\nd\n\ne\n"},
      {"headings and divs", "<h1>Head</h1><div>Body <span>text</span></div>",
       "Head\n\nBody text\n"},
      {"table rows", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc\n"},
      {"blockquote hr section article",
       "<section>S</section><hr><div>A</div><blockquote>Q</blockquote>", "S\n\nA\n\nQ\n"},
      {"pre keeps whitespace", "<pre>x  y\n  z</pre>after", "x  y\n  z\n\nafter\n"},
      {"comments and doctype", "<!DOCTYPE html><!-- <p>no</p> -->Yes", "Yes\n"},
      {"attributes with >", "<a title=\"a>b\" href='x'>link</a>", "link\n"},
      {"literal less-than", "1 < 2 and 3 > 2", "1 < 2 and 3 > 2\n"},
      {"unclosed head ends at body tag", "<head><title>T</title><p>Body", "T\n\nBody\n"},
      {"empty", "", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(HtmlToText(c.html), c.want) << c.name;
  }
}

// Main-content extraction: clutter around and inside the content root is
// dropped, the root's own text is kept.
TEST(ReadTest, HtmlMainContent) {
  struct {
    const char* name;
    const char* html;
    const char* want;
  } cases[] = {
      {"main over the rest",
       "<body><nav>Menu France</nav><main><p>Kept.</p></main><footer>Foot</footer></body>",
       "Kept.\n"},
      {"role=main", "<body><div>Side</div><div role=\"main\"><p>Kept.</p></div></body>", "Kept.\n"},
      {"the longest article without main",
       "<body><article><p>Short.</p></article><article><p>The longer article text.</p></article>"
       "</body>",
       "The longer article text.\n"},
      {"page header and footer dropped, an article's kept",
       "<body><header>Site</header><article><header><h1>Title</h1></header><p>Text.</p>"
       "<footer>By us.</footer></article><footer>Site foot</footer></body>",
       "Title\n\nText.\n\nBy us.\n"},
      {"aside, form, button, dialog dropped",
       "<body><p>A</p><aside>x</aside><form>Search <input></form><button>OK</button>"
       "<dialog>d</dialog><p>B</p></body>",
       "A\n\nB\n"},
      {"roles dropped",
       "<body><div role=\"navigation\">n</div><div role=\"banner\">b</div><p>A</p>"
       "<div role=\"contentinfo\">c</div></body>",
       "A\n"},
      {"hidden dropped", "<body><p>A</p><p hidden>h</p><span aria-hidden=\"true\">x</span></body>",
       "A\n"},
      {"clutter by id and class words",
       "<body><div id=\"cookie-banner\">c</div><div class=\"site_nav\">n</div>"
       "<div class=\"Share-Bar\">s</div><p>A</p><ul class=\"menu\"><li>m</li></ul></body>",
       "A\n"},
      {"a class word inside a longer word is not clutter",
       "<body><div class=\"navigator-notes\">Kept.</div><div class=\"mainMenu\">Also.</div>"
       "</body>",
       "Kept.\n\nAlso.\n"},
      {"a root named like clutter is still read", "<body class=\"has-sidebar\"><p>A</p></body>",
       "A\n"},
      {"all clutter: read it rather than lose it", "<body><nav>Only a menu</nav></body>",
       "Only a menu\n"},
      {"misnested and unclosed tags as a browser reads them",
       "<p>One<p>Two <b>bold <i>both</b> italic</i><p>Three",
       "One\n\nTwo bold both italic\n\nThree\n"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(HtmlToText(c.html), c.want) << c.name;
  }
}

TEST(ReadTest, IdFromPath) {
  EXPECT_EQ(IdFromPath("./a/b.txt"), "a/b.txt");
  EXPECT_EQ(IdFromPath("././x"), "x");
  EXPECT_EQ(IdFromPath("/abs/x"), "/abs/x");
}

}  // namespace
}  // namespace caucus
