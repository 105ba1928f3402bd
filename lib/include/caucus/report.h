// A self-contained HTML report over a corpus: bar charts of the top actors
// and bodies, the actor x topic stance heat map (topics by name as columns),
// stances over time on a real time axis (for documents with a date), the
// evidence behind each heat-map cell (polarity, act, modality, file:line), a
// table of documents, and a filter box. One file, inline CSS and SVG, one
// small inline script (the filter) allowed by its hash and nothing else: a
// Content Security Policy forbids other scripts and any load from anywhere,
// a second line of defence behind escaping. All document text is
// HTML-escaped.
//
//   ReportData data;
//   data.AddDocument(doc, layers);   // thread-safe via ReportAccumulator
//   std::string html = data.Html(options);
//
// Aggregation is commutative (counts, least names, and per cell the first
// evidence sentences in (document id, offset) order), so the report does not
// depend on --jobs or on the order documents arrive in.
#ifndef CAUCUS_REPORT_H_
#define CAUCUS_REPORT_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "caucus/record.h"
#include "caucus/stats.h"

namespace caucus {

struct ReportOptions {
  std::string title = "caucus report";
  size_t top = 15;           // bars per chart
  size_t max_actors = 20;    // heat-map rows
  size_t max_topics = 16;    // heat-map columns
  size_t max_evidence = 20;  // evidence sentences kept per cell
};

// The document's date as "YYYY", "YYYY-MM" or "YYYY-MM-DD": meta.date, else a
// top-level "date", else a date in the text's header lines (lines starting
// with "#" before the first other line: "14 December 2012", "December 14,
// 2012", "2012-12-14", else a year in parentheses, "(2013)"), else the first
// YYYY-MM in the id or meta.path, else a year standing alone there
// ("UNGD_BRA_68_2013.txt"). Empty if none.
std::string DocumentDate(const Document& doc);

// SHA-256 of data, base64-encoded (for a Content Security Policy hash).
std::string Sha256Base64(std::string_view data);

// HTML-escapes text for element content and quoted attribute values.
std::string HtmlEscape(std::string_view s);

class ReportData {
 public:
  struct Evidence {
    std::string document;
    uint32_t offset = 0;
    std::string polarity;
    std::string text;
    std::string act, modality;
    std::string file;   // meta.path, else the document id
    uint32_t line = 0;  // 1-based line of the evidence
    bool operator<(const Evidence& o) const {
      return std::tie(document, offset, polarity, text) <
             std::tie(o.document, o.offset, o.polarity, o.text);
    }
  };
  struct DocRow {
    std::string file, date;
    uint64_t entities = 0, support = 0, oppose = 0, neutral = 0;
    std::set<std::string> actors;  // names of the actors of its stances
  };
  struct Cell {
    uint64_t support = 0, oppose = 0, neutral = 0;
    std::set<Evidence> evidence;  // the first max_evidence, in order
    uint64_t total() const { return support + oppose + neutral; }
  };
  struct Named {
    std::string kind;
    std::string label;
    uint64_t count = 0;
  };
  struct Period {
    uint64_t documents = 0, support = 0, oppose = 0, neutral = 0;
  };

  // Adds a document; `layers` needs entities, stances and sentences.
  void AddDocument(const Document& doc, const DocumentLayers& layers, size_t max_evidence);
  void Merge(const ReportData& other, size_t max_evidence);
  std::string Html(const ReportOptions& options) const;

  uint64_t documents() const { return documents_; }

 private:
  uint64_t documents_ = 0, bytes_ = 0, dated_ = 0, stances_ = 0;
  std::map<std::string, Named> entities_;                      // "kind:id" -> mentions
  std::map<std::string, Named> actors_;                        // stance actor key -> stances
  std::map<std::string, Named> topics_;                        // topic key -> stances
  std::map<std::pair<std::string, std::string>, Cell> cells_;  // (actor, topic)
  std::map<std::string, Period> periods_;                      // "YYYY" or "YYYY-MM"
  std::map<std::string, DocRow> docs_;                         // document id -> row
};

// Collects per-document report data from worker threads. Thread-safe.
class ReportAccumulator {
 public:
  explicit ReportAccumulator(size_t max_evidence) : max_evidence_(max_evidence) {}
  void Add(const ReportData& d);
  ReportData Finish();

 private:
  size_t max_evidence_;
  std::mutex mu_;
  ReportData data_;
};

}  // namespace caucus

#endif  // CAUCUS_REPORT_H_
