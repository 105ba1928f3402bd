// Positioned words of PDF pages -> running text, the geometry half of
// reading a PDF (lib/pdf.cc is the poppler half). Kept apart from poppler so
// tests can lay out pages they describe word by word.
//
//   std::vector<internal::PdfPage> pages = ...;  // words with boxes, per page
//   internal::LaidOutText out = internal::LayOutPages(pages);
//
// What it does, in order (each step uses only geometry, never the words'
// meaning beyond digits and punctuation):
//   1. words -> rows: words whose boxes overlap vertically by half their
//      height share a row;
//   2. page furniture: rows at the top or bottom edge of a page (within 15%
//      of its height) whose text, digits aside, recurs at the edge of other
//      pages (running heads, document symbols, job numbers), that have a
//      part with digits that recurs so ("S/PV.8700" beside a title), or that
//      are a page number ("3", "3/12", "Page 3 of 12", "- 3 -"), are dropped
//      from the edge inwards, as far as white space sets them apart from the
//      body;
//   3. columns: a vertical strip near the middle of the text block that no
//      more than 5% of the rows cross, with justified text reaching it on the
//      left, splits the page into two columns, read left then right; a row
//      that crosses the strip (a title over both columns) ends the columns
//      above it;
//   4. paragraphs: a new paragraph where a line is indented past the one
//      before, where a gap of half a line or more opens, where the type size
//      changes, or after a short line that ends a sentence; a paragraph that
//      runs on into the next column or page is joined to it;
//   5. text: lines of a paragraph are joined with a space, a word broken by
//      a hyphen at a line end is joined (the hyphen kept when the document
//      writes that word with a hyphen elsewhere, or the second part starts
//      with a capital or digit), dot leaders ("Belgium . . . . Mr. X") become
//      a space, rows of a table (with leaders or wide gaps) stay lines of
//      their own; paragraphs are separated by a blank line.
#ifndef CAUCUS_PDF_LAYOUT_H_
#define CAUCUS_PDF_LAYOUT_H_

#include <string>
#include <vector>

#include "caucus/types.h"

namespace caucus::internal {

struct PdfWord {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // box in points, y grows downwards
  double size = 0;                        // font size in points (0: use the box height)
  std::string text;                       // UTF-8
};

struct PdfPage {
  double width = 0, height = 0;
  std::vector<PdfWord> words;  // any order
};

struct LaidOutText {
  std::string text;
  // One span per page with text, in page order; number is 1-based.
  struct Page {
    Span span;
    int number = 0;
  };
  std::vector<Page> pages;
};

LaidOutText LayOutPages(const std::vector<PdfPage>& pages);

}  // namespace caucus::internal

#endif  // CAUCUS_PDF_LAYOUT_H_
