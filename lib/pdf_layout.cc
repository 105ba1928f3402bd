#include "pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace caucus::internal {
namespace {

// A run of words on one baseline: a whole row of the page, or the part of
// it in one column.
struct Line {
  std::vector<const PdfWord*> words;  // left to right
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;  // the words' largest font size
  double height() const { return y1 - y0; }
};

double SizeOf(const PdfWord& w) { return w.size > 0 ? w.size : std::max(1.0, w.y1 - w.y0); }

Line MakeLine(std::vector<const PdfWord*> words) {
  Line l;
  std::sort(words.begin(), words.end(),
            [](const PdfWord* a, const PdfWord* b) { return a->x0 < b->x0; });
  l.words = std::move(words);
  l.x0 = l.y0 = 1e18;
  l.x1 = l.y1 = -1e18;
  for (const PdfWord* w : l.words) {
    l.x0 = std::min(l.x0, w->x0);
    l.y0 = std::min(l.y0, w->y0);
    l.x1 = std::max(l.x1, w->x1);
    l.y1 = std::max(l.y1, w->y1);
    l.size = std::max(l.size, SizeOf(*w));
  }
  return l;
}

// ---- 1. rows ------------------------------------------------------------------

std::vector<Line> Rows(const PdfPage& page) {
  std::vector<const PdfWord*> words;
  for (const PdfWord& w : page.words) {
    if (w.text.empty() || w.x1 <= w.x0 || w.y1 <= w.y0) continue;
    words.push_back(&w);
  }
  std::sort(words.begin(), words.end(), [](const PdfWord* a, const PdfWord* b) {
    double ca = a->y0 + a->y1, cb = b->y0 + b->y1;
    return ca != cb ? ca < cb : a->x0 < b->x0;
  });
  // A row is measured by its first word's box, not by the union of its
  // words: a union grows with every word that leans out of it, and would
  // chain the offset lines of two columns into one row.
  std::vector<std::vector<const PdfWord*>> groups;
  double gy0 = 0, gy1 = 0;
  for (const PdfWord* w : words) {
    if (!groups.empty()) {
      double overlap = std::min(gy1, w->y1) - std::max(gy0, w->y0);
      double h = std::min(gy1 - gy0, w->y1 - w->y0);
      if (overlap >= 0.5 * h) {
        groups.back().push_back(w);
        continue;
      }
    }
    groups.push_back({w});
    gy0 = w->y0;
    gy1 = w->y1;
  }
  std::vector<Line> rows;
  rows.reserve(groups.size());
  for (auto& g : groups) rows.push_back(MakeLine(std::move(g)));
  return rows;
}

// ---- text of words ------------------------------------------------------------

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The words of a line as text: a space where the boxes are apart (poppler
// splits "S/PV.8700" into "S" and "/PV.8700" when the sizes differ).
std::string LineText(const Line& l) {
  std::string out;
  const PdfWord* prev = nullptr;
  for (const PdfWord* w : l.words) {
    if (prev && w->x0 - prev->x1 > 0.12 * std::min(SizeOf(*w), SizeOf(*prev))) out += ' ';
    out += w->text;
    prev = w;
  }
  return out;
}

// Dot leaders: four dots or more in a row, or two or more spaced out
// (". . ."); prose writes an ellipsis as "..." or "…".
size_t LeaderAt(const std::string& s, size_t i) {
  if (s[i] != '.') return 0;
  size_t j = i, dots = 0;
  bool spaced = false;
  while (j < s.size() && (s[j] == '.' || s[j] == ' ')) {
    if (s[j] == '.') {
      ++dots;
    } else if (j + 1 < s.size() && s[j + 1] == '.') {
      spaced = true;
    }
    ++j;
  }
  return dots >= 4 || (spaced && dots >= 2) ? j - i : 0;
}

// Dot leaders ("Belgium . . . . Mr. X") become one space.
std::string DropLeaders(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (size_t n = LeaderAt(s, i)) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (!out.empty() && i + n < s.size()) out += ' ';
      i += n;
      continue;
    }
    out += s[i++];
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool HasLeader(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (LeaderAt(s, i)) return true;
  }
  return false;
}

// ---- 2. page furniture ----------------------------------------------------------

// Parts of a row set apart by wide gaps: a head's "S/PV.8700", its title and
// its date.
std::vector<Line> Fragments(const Line& row) {
  std::vector<Line> out;
  std::vector<const PdfWord*> cur;
  const PdfWord* prev = nullptr;
  for (const PdfWord* w : row.words) {
    if (prev && w->x0 - prev->x1 > 2.0 * std::max(SizeOf(*w), SizeOf(*prev))) {
      out.push_back(MakeLine(std::move(cur)));
      cur.clear();
    }
    cur.push_back(w);
    prev = w;
  }
  if (!cur.empty()) out.push_back(MakeLine(std::move(cur)));
  return out;
}

// A fragment's text with digit runs as '#', letters lower-cased, spaces
// dropped: page 3's "20-00806 3/12" and page 4's "20-00806 4/12" agree.
std::string FurnitureKey(const Line& frag) {
  std::string s = LineText(frag), key;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (!IsSpaceByte(static_cast<char>(c))) {
      key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  return key;
}

bool IsPageNumberKey(const std::string& k) {
  static const char* const kForms[] = {
      "#",   "#/#",  "page#", "page#of#", "#of#", "-#-",
      "(#)", "[#]",  "p.#",   "pp.#",     "-#",   "\xE2\x80\x93#\xE2\x80\x93",
      "i",   "ii",   "iii",   "iv",       "v",    "vi",
      "vii", "viii", "ix",    "x",        "xi",   "xii"};
  for (const char* f : kForms) {
    if (k == f) return true;
  }
  return false;
}

bool InBand(const Line& row, const PdfPage& page, bool top) {
  const double band = 0.15 * page.height;
  return top ? row.y1 <= band : row.y0 >= page.height - band;
}

bool HasDigit(const std::string& key) { return key.find('#') != std::string::npos; }

// Removes running heads, footers and page numbers from each page's rows.
void DropFurniture(const std::vector<PdfPage>& pages, std::vector<std::vector<Line>>* rows) {
  // On how many pages each row and each fragment occurs at a page edge.
  std::unordered_map<std::string, int> rows_on, fragments_on;
  for (size_t p = 0; p < pages.size(); ++p) {
    std::unordered_set<std::string> row_keys, fragment_keys;
    for (const Line& row : (*rows)[p]) {
      if (!InBand(row, pages[p], true) && !InBand(row, pages[p], false)) continue;
      row_keys.insert(FurnitureKey(row));
      for (const Line& f : Fragments(row)) fragment_keys.insert(FurnitureKey(f));
    }
    for (const std::string& k : row_keys) ++rows_on[k];
    for (const std::string& k : fragment_keys) ++fragments_on[k];
  }
  const int n = static_cast<int>(pages.size());
  auto repeated = [&](const std::unordered_map<std::string, int>& on, const std::string& k) {
    auto it = on.find(k);
    return it != on.end() && it->second >= 2 && it->second * 10 >= n * 3;
  };
  for (size_t p = 0; p < pages.size(); ++p) {
    std::vector<Line>& page_rows = (*rows)[p];
    std::sort(page_rows.begin(), page_rows.end(),
              [](const Line& a, const Line& b) { return a.y0 < b.y0; });
    std::vector<bool> drop(page_rows.size(), false);
    // From each edge inwards, while rows are furniture; what is dropped ends
    // where white space sets it apart from the body (heads and footers stand
    // apart; body rows that happen to repeat do not).
    for (bool top : {true, false}) {
      const int count = static_cast<int>(page_rows.size());
      int last_apart = -1;  // rows [0, last_apart] from this edge may go
      for (int k = 0; k < count; ++k) {
        const int i = top ? k : count - 1 - k;
        const Line& row = page_rows[i];
        if (!InBand(row, pages[p], top) || drop[i]) break;
        const std::string row_key = FurnitureKey(row);
        bool furniture = repeated(rows_on, row_key) || IsPageNumberKey(row_key);
        if (!furniture) {
          // A head of parts (symbol, title, date): one part with digits
          // that recurs, or a page number, is enough.
          for (const Line& f : Fragments(row)) {
            const std::string key = FurnitureKey(f);
            if ((HasDigit(key) && repeated(fragments_on, key)) || IsPageNumberKey(key)) {
              furniture = true;
              break;
            }
          }
        }
        if (!furniture) break;
        const int next = top ? i + 1 : i - 1;
        double gap = 1e9;
        if (next >= 0 && next < count) {
          gap = top ? page_rows[next].y0 - row.y1 : row.y0 - page_rows[next].y1;
        }
        if (gap >= 0.8 * row.size) last_apart = k;
      }
      for (int k = 0; k <= last_apart; ++k) drop[top ? k : count - 1 - k] = true;
    }
    std::vector<Line> kept;
    for (size_t i = 0; i < page_rows.size(); ++i) {
      if (!drop[i]) kept.push_back(std::move(page_rows[i]));
    }
    page_rows = std::move(kept);
  }
}

// ---- 3. columns -------------------------------------------------------------------

struct Gutter {
  double x0 = 0, x1 = 0;
};

double MedianSize(const std::vector<Line>& rows) {
  std::vector<double> sizes;
  for (const Line& r : rows) {
    for (const PdfWord* w : r.words) sizes.push_back(SizeOf(*w));
  }
  if (sizes.empty()) return 10;
  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  return sizes[sizes.size() / 2];
}

// The strip between two columns, if the page has two.
std::optional<Gutter> FindGutter(const std::vector<Line>& rows) {
  if (rows.size() < 4) return std::nullopt;
  double lo = 1e18, hi = -1e18;
  for (const Line& r : rows) {
    lo = std::min(lo, r.x0);
    hi = std::max(hi, r.x1);
  }
  const double width = hi - lo;
  if (width <= 0) return std::nullopt;
  const int bins = static_cast<int>(std::ceil(width)) + 1;
  std::vector<int> cover(bins + 1, 0);  // difference array, then rows with ink per point
  for (const Line& r : rows) {
    for (const PdfWord* w : r.words) {
      int a = std::clamp(static_cast<int>(std::floor(w->x0 - lo)), 0, bins);
      int b = std::clamp(static_cast<int>(std::ceil(w->x1 - lo)), 0, bins);
      if (a < b) {
        ++cover[a];
        --cover[b];
      }
    }
  }
  for (int i = 1; i <= bins; ++i) cover[i] += cover[i - 1];
  const int threshold = static_cast<int>(rows.size() / 20);
  const double min_width = 0.8 * MedianSize(rows);
  const double center = lo + width / 2;
  // Among the empty strips near the middle, the one columns line up on: the
  // left column's lines end at its left side (justified or filled text),
  // the right column's start at its right side. Gaps between words of
  // justified lines that happen to line up on a short page do not.
  std::optional<Gutter> best;
  int best_score = 0, best_reaching = 0;
  int i = 0;
  while (i < bins) {
    if (cover[i] > threshold) {
      ++i;
      continue;
    }
    int j = i;
    while (j < bins && cover[j] <= threshold) ++j;
    Gutter g{lo + i, lo + j};
    const double mid = (g.x0 + g.x1) / 2;
    i = j;
    if (g.x1 - g.x0 < min_width || std::abs(mid - center) > 0.1 * width) continue;
    int reaching = 0, starting = 0;
    for (const Line& r : rows) {
      bool ends = false, starts = false;
      for (const PdfWord* w : r.words) {
        if (w->x1 <= g.x0 + 1 && w->x1 >= g.x0 - 2 * SizeOf(*w)) ends = true;
        if (w->x0 >= g.x1 - 1 && w->x0 <= g.x1 + 2 * SizeOf(*w)) starts = true;
      }
      reaching += ends;
      starting += starts;
    }
    if (reaching + starting > best_score) {
      best = g;
      best_score = reaching + starting;
      best_reaching = reaching;
    }
  }
  // Text on both sides, the left column reaching the strip in three rows.
  if (!best || best_reaching < 3 || best_score - best_reaching < 1) return std::nullopt;
  return best;
}

// A block is a run of lines read one after the other: a column between two
// spanning rows, or spanning rows.
struct Block {
  std::vector<Line> lines;
};

std::vector<Block> ReadingOrder(const std::vector<Line>& rows) {
  std::vector<Block> blocks;
  std::optional<Gutter> g = FindGutter(rows);
  if (!g) {
    if (!rows.empty()) blocks.push_back({rows});
    return blocks;
  }
  Block left, right, span;
  auto flush_columns = [&]() {
    if (!left.lines.empty()) blocks.push_back(std::move(left));
    if (!right.lines.empty()) blocks.push_back(std::move(right));
    left = Block();
    right = Block();
  };
  for (const Line& r : rows) {
    std::vector<const PdfWord*> l, rt;
    bool crosses = false;
    for (const PdfWord* w : r.words) {
      if (w->x1 <= g->x0 + 1) {
        l.push_back(w);
      } else if (w->x0 >= g->x1 - 1) {
        rt.push_back(w);
      } else {
        crosses = true;
      }
    }
    if (crosses) {
      flush_columns();
      span.lines.push_back(r);
      continue;
    }
    if (!span.lines.empty()) {
      blocks.push_back(std::move(span));
      span = Block();
    }
    if (!l.empty()) left.lines.push_back(MakeLine(std::move(l)));
    if (!rt.empty()) right.lines.push_back(MakeLine(std::move(rt)));
  }
  flush_columns();
  if (!span.lines.empty()) blocks.push_back(std::move(span));
  return blocks;
}

// ---- 4. paragraphs ------------------------------------------------------------

struct Para {
  std::vector<std::string> lines;
  std::vector<bool> table;  // the line is a table row: a line break before the next
  std::vector<int> page;    // 0-based page of each line
};

// The left edge of a block's lines.
double LeftEdge(const Block& b) {
  double x = 1e18;
  for (const Line& l : b.lines) x = std::min(x, l.x0);
  return x;
}

bool EndsSentence(const std::string& s) {
  if (s.empty()) return false;
  size_t i = s.size();
  // Closing quotes and brackets after the stop: .” .) ."
  while (i > 0) {
    unsigned char c = static_cast<unsigned char>(s[i - 1]);
    if (c == '"' || c == ')' || c == '\'') {
      --i;
    } else if (i >= 3 && static_cast<unsigned char>(s[i - 3]) == 0xE2 &&
               static_cast<unsigned char>(s[i - 2]) == 0x80 && (c == 0x9D || c == 0x99)) {  // ” ’
      i -= 3;
    } else {
      break;
    }
  }
  if (i == 0) return false;
  char c = s[i - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

// A row of a table set with dot leaders ("Belgium . . . . Mr. X"). Wide
// gaps alone do not make one: justified lines have them too.
bool IsTableRow(const std::string& raw) { return HasLeader(raw); }

struct LineInfo {
  const Line* line;
  std::string text;
  bool table;
};

// Appends the page's blocks to `paras`, joining the first paragraph to the
// last one when it runs on from the previous column or page.
void AddParagraphs(const std::vector<Block>& blocks, int page, std::vector<Para>* paras,
                   bool* last_open) {
  for (const Block& b : blocks) {
    if (b.lines.empty()) continue;
    const double left = LeftEdge(b);
    double right = -1e18;
    for (const Line& l : b.lines) right = std::max(right, l.x1);
    const double width = std::max(1.0, right - left);
    // The usual distance between baselines: a wider one opens a paragraph
    // even where the type sets no blank line (a list, then a speaker).
    std::vector<double> steps;
    for (size_t i = 1; i < b.lines.size(); ++i) {
      const double d = b.lines[i].y0 - b.lines[i - 1].y0;
      if (d > 0 && d < 3 * b.lines[i].size) steps.push_back(d);
    }
    // The fifth of the steps: most steps on a short page may be between
    // paragraphs.
    double pitch = 0;
    if (steps.size() >= 3) {
      std::nth_element(steps.begin(), steps.begin() + steps.size() / 5, steps.end());
      pitch = steps[steps.size() / 5];
    }
    const Line* prev = nullptr;
    bool prev_table = false;
    std::string prev_text;
    for (const Line& l : b.lines) {
      std::string raw = LineText(l);
      bool table = IsTableRow(raw);
      std::string text = DropLeaders(raw);
      if (text.empty()) continue;
      const double em = l.size;
      bool indented = l.x0 > left + 0.8 * em;
      bool new_para;
      if (!prev) {
        // The first line of a block continues the last paragraph when that
        // one was left open (no sentence end on a short line) and this line
        // is not indented.
        new_para = paras->empty() || !*last_open || indented || table || paras->back().table.back();
      } else {
        const double gap = l.y0 - prev->y1;
        const bool short_end = prev->x1 < right - 0.2 * width && EndsSentence(prev_text);
        new_para = (l.x0 > prev->x0 + 0.8 * em && !(table && prev_table)) ||
                   (pitch > 0 ? l.y0 - prev->y0 > 1.3 * pitch
                              : gap > 0.5 * std::max(l.size, prev->size)) ||
                   std::abs(l.size - prev->size) > 1.0 || short_end || (table && !prev_table);
      }
      if (new_para) paras->emplace_back();
      Para& p = paras->back();
      p.lines.push_back(text);
      p.table.push_back(table);
      p.page.push_back(page);
      prev = &l;
      prev_table = table;
      prev_text = text;
      // Left open: a full line (the column's justified width) without a
      // sentence end runs on into the next column or page.
      *last_open = !table && b.lines.size() >= 2 && l.x1 >= right - 1.5 * em &&
                   l.x0 - left < 0.5 * width && !EndsSentence(text);
    }
  }
}

// ---- 5. text ------------------------------------------------------------------

bool IsLetter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
bool IsLowerAscii(unsigned char c) { return c >= 'a' && c <= 'z'; }

// The word that ends s (letters and inner hyphens), lower-cased.
std::string LastWord(const std::string& s, size_t end) {
  size_t b = end;
  while (b > 0 && (IsLetter(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '-')) --b;
  std::string w = s.substr(b, end - b);
  for (char& c : w) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return w;
}

std::string FirstWord(const std::string& s) {
  size_t e = 0;
  while (e < s.size() && (IsLetter(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
  std::string w = s.substr(0, e);
  for (char& c : w) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return w;
}

// Every word of the document as written, lower-cased, to decide whether a
// line-end hyphen is part of the word.
std::unordered_set<std::string> Lexicon(const std::vector<Para>& paras) {
  std::unordered_set<std::string> words;
  for (const Para& p : paras) {
    for (const std::string& l : p.lines) {
      size_t i = 0;
      while (i < l.size()) {
        while (i < l.size() && !IsLetter(static_cast<unsigned char>(l[i]))) ++i;
        size_t b = i;
        while (i < l.size() && (IsLetter(static_cast<unsigned char>(l[i])) ||
                                (l[i] == '-' && i + 1 < l.size() &&
                                 IsLetter(static_cast<unsigned char>(l[i + 1])))))
          ++i;
        if (i > b) {
          std::string w = l.substr(b, i - b);
          for (char& c : w) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
          words.insert(std::move(w));
        }
      }
    }
  }
  return words;
}

// Appends `next` to `out` (which ends a line), mending a hyphenated word.
void JoinLine(std::string* out, const std::string& next,
              const std::unordered_set<std::string>& lexicon) {
  // A soft hyphen (U+00AD) at the end is always a break inside a word.
  if (out->size() >= 2 && static_cast<unsigned char>((*out)[out->size() - 2]) == 0xC2 &&
      static_cast<unsigned char>(out->back()) == 0xAD) {
    out->resize(out->size() - 2);
    *out += next;
    return;
  }
  const unsigned char before = out->size() >= 2 ? (*out)[out->size() - 2] : ' ';
  if (out->size() >= 2 && out->back() == '-' && (IsLetter(before) || isdigit(before)) &&
      !next.empty()) {
    const std::string head = LastWord(*out, out->size() - 1);
    const std::string tail = FirstWord(next);
    if (!head.empty() && !tail.empty() && IsLowerAscii(static_cast<unsigned char>(next[0]))) {
      const bool keep = lexicon.count(head + "-" + tail) > 0 && lexicon.count(head + tail) == 0;
      if (!keep) out->pop_back();
      *out += next;
      return;
    }
    *out += next;  // "Al-" + "Yarubiyah", "2019-" + "2020": the hyphen stays
    return;
  }
  *out += ' ';
  *out += next;
}

}  // namespace

LaidOutText LayOutPages(const std::vector<PdfPage>& pages) {
  std::vector<std::vector<Line>> rows(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) rows[p] = Rows(pages[p]);
  DropFurniture(pages, &rows);

  std::vector<Para> paras;
  bool last_open = false;
  for (size_t p = 0; p < pages.size(); ++p) {
    AddParagraphs(ReadingOrder(rows[p]), static_cast<int>(p), &paras, &last_open);
  }
  const std::unordered_set<std::string> lexicon = Lexicon(paras);

  LaidOutText out;
  for (const Para& para : paras) {
    if (!out.text.empty()) out.text += "\n\n";
    for (size_t i = 0; i < para.lines.size(); ++i) {
      const std::string& line = para.lines[i];
      if (i == 0) {
        out.text += line;
      } else if (para.table[i - 1]) {
        out.text += '\n';
        out.text += line;
      } else {
        JoinLine(&out.text, line, lexicon);
      }
      const uint32_t end = static_cast<uint32_t>(out.text.size());
      const uint32_t begin = end - static_cast<uint32_t>(line.size());
      const int number = para.page[i] + 1;
      if (out.pages.empty() || out.pages.back().number != number) {
        out.pages.push_back({{begin, end}, number});
      } else {
        out.pages.back().span.end = end;
      }
    }
  }
  return out;
}

}  // namespace caucus::internal
