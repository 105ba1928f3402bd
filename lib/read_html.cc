// HTML to text with a real HTML5 parser (gumbo, Debian's libgumbo-dev) and
// main-content extraction.
//
// Parsing follows the HTML5 algorithm, so what a browser would make of a
// saved page (unclosed <p>s, misnested tags, character references, a stray
// "<" in text) is what we read. Then, in order:
//   1. the content root: the first <main> (or role="main") element, else the
//      <article> with the most text, else <body>;
//   2. clutter below the root is dropped: nav, aside, form, menu, dialog,
//      button, select and non-text elements; header and footer unless they
//      belong to an article or section (a page banner is clutter, an
//      article's headline is not); elements whose role is navigation,
//      banner, contentinfo, complementary, search, menu, menubar, dialog or
//      alertdialog; hidden ones (hidden, aria-hidden="true"); and those whose
//      id or class names them as cookie or consent banners, menus, sidebars,
//      share bars, breadcrumbs, newsletters, ads or related-links lists;
//   3. text: block elements become paragraph breaks, br/li/tr line breaks,
//      cells spaces, white space collapses outside <pre>, and the <title>
//      comes first, followed by a blank line.
// If dropping clutter leaves no text, the whole root is read instead: a page
// that is all "sidebar" is better read than lost.
#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/read.h"

namespace caucus {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Collects text with paragraph structure: white space runs collapse to one
// space; breaks are applied lazily so none appear at the start or end.
class TextBuilder {
 public:
  // 1: line break, 2: paragraph break (blank line).
  void Break(int level) {
    pending_break_ = std::max(pending_break_, level);
    pending_space_ = false;
  }
  void Space() {
    if (!pending_break_ && !out_.empty()) pending_space_ = true;
  }
  void Text(std::string_view s, bool pre) {
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      // U+00A0 (&nbsp;) is a space in running text.
      if (!pre && c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
        Space();
        ++i;
        continue;
      }
      if (pre) {
        if (c == '\r') continue;
        Flush();
        out_.push_back(c);
        if (c == '\n') at_line_start_ = true;
        continue;
      }
      if (IsHtmlSpace(c)) {
        Space();
        continue;
      }
      Flush();
      out_.push_back(c);
    }
  }
  bool empty() const { return out_.empty(); }
  std::string Take() {
    while (!out_.empty() && IsHtmlSpace(out_.back())) out_.pop_back();
    if (!out_.empty()) out_.push_back('\n');
    return std::move(out_);
  }

 private:
  void Flush() {
    if (pending_break_ && !out_.empty()) {
      while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\t')) out_.pop_back();
      while (!out_.empty() && out_.back() == '\n') out_.pop_back();
      out_.append(pending_break_ == 2 ? "\n\n" : "\n");
      pending_space_ = false;
    } else if (pending_space_ && !at_line_start_) {
      out_.push_back(' ');
    }
    pending_break_ = 0;
    pending_space_ = false;
    at_line_start_ = false;
  }
  std::string out_;
  int pending_break_ = 0;
  bool pending_space_ = false;
  bool at_line_start_ = true;
};

int BreakLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_NOSCRIPT:
      return 2;
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_LEGEND:
      return 1;
    default:
      return 0;
  }
}

// Elements whose content is never text to read.
bool IsNonText(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
      return true;
    default:
      return false;
  }
}

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// Whether an id or class value names clutter: one of its words (split at
// spaces, '-' and '_') is a clutter word ("cookie-banner", "site_nav",
// "mainMenu" is read as "mainmenu" and does not count).
bool NamesClutter(std::string_view value) {
  static const char* const kWords[] = {
      "cookie",     "cookies", "consent",    "gdpr",        "nav",      "navbar",
      "navigation", "menu",    "breadcrumb", "breadcrumbs", "sidebar",  "share",
      "sharing",    "social",  "newsletter", "subscribe",   "advert",   "advertisement",
      "ads",        "promo",   "related",    "skip",        "skiplink", "masthead"};
  std::string v = Lower(value);
  size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && (v[i] == ' ' || v[i] == '-' || v[i] == '_')) ++i;
    size_t j = i;
    while (j < v.size() && v[j] != ' ' && v[j] != '-' && v[j] != '_') ++j;
    std::string_view w(v.data() + i, j - i);
    for (const char* k : kWords) {
      if (w == k) return true;
    }
    i = j;
  }
  return false;
}

bool IsClutterRole(std::string_view role) {
  static const char* const kRoles[] = {"navigation",    "banner", "contentinfo",
                                       "complementary", "search", "menu",
                                       "menubar",       "dialog", "alertdialog"};
  std::string r = Lower(role);
  for (const char* k : kRoles) {
    if (r == k) return true;
  }
  return false;
}

// The nearest ancestor of `node` that is an article, section, main or body.
GumboTag SectioningParent(const GumboNode* node) {
  for (const GumboNode* p = node->parent; p; p = p->parent) {
    if (p->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag t = p->v.element.tag;
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_MAIN ||
        t == GUMBO_TAG_BODY)
      return t;
  }
  return GUMBO_TAG_BODY;
}

bool IsClutter(const GumboNode* node) {
  const GumboElement& e = node->v.element;
  switch (e.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
      return true;
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: {
      GumboTag owner = SectioningParent(node);
      if (owner == GUMBO_TAG_BODY || owner == GUMBO_TAG_MAIN) return true;
      break;
    }
    case GUMBO_TAG_UNKNOWN: {
      // Tags newer than gumbo's table (<dialog>) arrive by name.
      GumboStringPiece name = e.original_tag;
      gumbo_tag_from_original_text(&name);
      if (Lower(std::string_view(name.data, name.length)) == "dialog") return true;
      break;
    }
    default:
      break;
  }
  if (gumbo_get_attribute(&e.attributes, "hidden")) return true;
  if (Lower(Attr(e, "aria-hidden")) == "true") return true;
  if (IsClutterRole(Attr(e, "role"))) return true;
  return NamesClutter(Attr(e, "id")) || NamesClutter(Attr(e, "class"));
}

void AppendText(const GumboNode* node, bool drop_clutter, int pre, TextBuilder* out) {
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
      out->Text(node->v.text.text, pre > 0);
      return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      break;
    default:
      return;  // comments, the document
  }
  const GumboElement& e = node->v.element;
  if (IsNonText(e.tag) || (drop_clutter && IsClutter(node))) return;
  if (e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_TEXTAREA || e.tag == GUMBO_TAG_LISTING) ++pre;
  if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) out->Space();
  const int level = BreakLevel(e.tag);
  if (level) out->Break(level);
  for (unsigned i = 0; i < e.children.length; ++i) {
    AppendText(static_cast<const GumboNode*>(e.children.data[i]), drop_clutter, pre, out);
  }
  if (level) out->Break(level);
  if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) out->Space();
}

// Bytes of text below node (white space included), for choosing an article.
size_t TextSize(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT) return strlen(node->v.text.text);
  if (node->type != GUMBO_NODE_ELEMENT) return 0;
  if (IsNonText(node->v.element.tag)) return 0;
  size_t n = 0;
  const GumboVector& c = node->v.element.children;
  for (unsigned i = 0; i < c.length; ++i) n += TextSize(static_cast<const GumboNode*>(c.data[i]));
  return n;
}

// Depth-first search for the first element satisfying pred.
template <typename Pred>
void FindAll(const GumboNode* node, const Pred& pred, std::vector<const GumboNode*>* out) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  if (pred(node)) out->push_back(node);
  const GumboVector& c = node->v.element.children;
  for (unsigned i = 0; i < c.length; ++i)
    FindAll(static_cast<const GumboNode*>(c.data[i]), pred, out);
}

const GumboNode* ContentRoot(const GumboNode* body) {
  std::vector<const GumboNode*> found;
  FindAll(
      body,
      [](const GumboNode* n) {
        return n->v.element.tag == GUMBO_TAG_MAIN || Lower(Attr(n->v.element, "role")) == "main";
      },
      &found);
  if (!found.empty()) return found.front();
  FindAll(
      body, [](const GumboNode* n) { return n->v.element.tag == GUMBO_TAG_ARTICLE; }, &found);
  const GumboNode* best = nullptr;
  size_t best_size = 0;
  for (const GumboNode* a : found) {
    size_t n = TextSize(a);
    if (n > best_size) {
      best = a;
      best_size = n;
    }
  }
  return best ? best : body;
}

const GumboNode* Child(const GumboNode* node, GumboTag tag) {
  if (!node || node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& c = node->v.element.children;
  for (unsigned i = 0; i < c.length; ++i) {
    const GumboNode* n = static_cast<const GumboNode*>(c.data[i]);
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag) return n;
  }
  return nullptr;
}

std::string TitleOf(const GumboNode* html) {
  const GumboNode* title = Child(Child(html, GUMBO_TAG_HEAD), GUMBO_TAG_TITLE);
  if (!title) return {};
  TextBuilder t;
  const GumboVector& c = title->v.element.children;
  for (unsigned i = 0; i < c.length; ++i) {
    const GumboNode* n = static_cast<const GumboNode*>(c.data[i]);
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE)
      t.Text(n->v.text.text, false);
  }
  std::string s = t.Take();
  if (!s.empty()) s.pop_back();  // its newline
  return s;
}

}  // namespace

std::string HtmlToText(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are recovered from; we never list them
  GumboOutput* parsed = gumbo_parse_with_options(&options, html.data(), html.size());
  std::string text;
  std::string title;
  if (parsed) {
    title = TitleOf(parsed->root);
    const GumboNode* body = Child(parsed->root, GUMBO_TAG_BODY);
    if (body) {
      // The root's own id or class never rules it out ("page has-sidebar").
      const GumboNode* root = ContentRoot(body);
      const GumboVector& kids = root->v.element.children;
      TextBuilder b;
      for (bool drop : {true, false}) {
        for (unsigned i = 0; i < kids.length; ++i)
          AppendText(static_cast<const GumboNode*>(kids.data[i]), drop, 0, &b);
        if (!b.empty()) break;
      }
      text = b.Take();
    }
    gumbo_destroy_output(&options, parsed);
  }
  if (title.empty()) return text;
  return text.empty() ? title + "\n" : title + "\n\n" + text;
}

}  // namespace caucus
