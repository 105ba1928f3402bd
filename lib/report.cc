#include "caucus/report.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>
#include <vector>

namespace caucus {
namespace {

using nlohmann::json;

void KeepLeast(const std::string& name, std::string* into) {
  if (name.empty()) return;
  if (into->empty() || name < *into) *into = name;
}

std::string StringField(std::string_view raw, const char* key) {
  if (raw.empty()) return {};
  try {
    json j = json::parse(raw.begin(), raw.end());
    if (!key) return j.is_string() ? j.get<std::string>() : std::string();
    if (j.is_object()) {
      auto it = j.find(key);
      if (it != j.end() && it->is_string()) return it->get<std::string>();
    }
  } catch (const json::exception&) {
  }
  return {};
}

// Cuts s to at most n bytes on a UTF-8 boundary, marking the cut.
std::string Clip(std::string_view s, size_t n) {
  if (s.size() <= n) return std::string(s);
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "\xE2\x80\xA6";
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The evidence shown for a stance: its sentence, else its own span.
std::string EvidenceText(const std::string& text, const Stance& s,
                         const std::vector<Sentence>& sentences) {
  Span span = s.span;
  if (s.sentence < sentences.size() && sentences[s.sentence].span.Contains(s.span)) {
    span = sentences[s.sentence].span;
  } else {
    for (const Sentence& sent : sentences) {
      if (sent.span.begin <= s.span.begin && s.span.begin < sent.span.end) {
        span = sent.span;
        break;
      }
    }
  }
  if (span.end > text.size() || span.begin >= span.end) return s.target.text;
  return Clip(Collapse(std::string_view(text).substr(span.begin, span.size())), 700);
}

std::string ActorKey(const StanceActor& a) { return a.kind + ":" + (a.id.empty() ? a.text : a.id); }

std::string TopicKey(const Stance& s) {
  if (!s.target.topic.empty()) return s.target.topic;
  if (!s.target.entity.empty()) return s.target.entity;
  return std::string();
}

void AddPolarity(const std::string& p, uint64_t* support, uint64_t* oppose, uint64_t* neutral) {
  if (p == "support") {
    ++*support;
  } else if (p == "oppose") {
    ++*oppose;
  } else {
    ++*neutral;
  }
}

void TrimEvidence(std::set<ReportData::Evidence>* e, size_t max) {
  while (e->size() > max) e->erase(std::prev(e->end()));
}

std::string Num(double v) {
  char buf[32];
  snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Diverging colour for net stance in [-1, 1]: red (oppose), grey, green (support).
std::string NetColor(double net) {
  struct Rgb {
    double r, g, b;
  };
  const Rgb red{207, 34, 46}, mid{234, 238, 242}, green{26, 127, 55};
  const Rgb& to = net < 0 ? red : green;
  double t = std::min(1.0, std::fabs(net));
  char buf[8];
  snprintf(buf, sizeof buf, "#%02x%02x%02x", static_cast<int>(mid.r + (to.r - mid.r) * t),
           static_cast<int>(mid.g + (to.g - mid.g) * t),
           static_cast<int>(mid.b + (to.b - mid.b) * t));
  return buf;
}

template <typename Map>
std::vector<typename Map::const_iterator> TopByCount(const Map& m, size_t n,
                                                     std::function<bool(const std::string&)> keep) {
  std::vector<typename Map::const_iterator> v;
  for (auto it = m.begin(); it != m.end(); ++it) {
    if (keep(it->first)) v.push_back(it);
  }
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a->second.count > b->second.count; });
  if (v.size() > n) v.resize(n);
  return v;
}

std::string BarChart(const std::vector<std::pair<std::string, uint64_t>>& bars,
                     const std::string& color, const std::string& aria) {
  if (bars.empty()) return "<p class=\"none\">None found.</p>\n";
  const int label_w = 260, bar_w = 420, row_h = 22;
  uint64_t max = 1;
  for (const auto& b : bars) max = std::max(max, b.second);
  int h = static_cast<int>(bars.size()) * row_h + 8;
  std::string s = "<svg class=\"chart\" role=\"img\" aria-label=\"" + HtmlEscape(aria) +
                  "\" width=\"" + std::to_string(label_w + bar_w + 60) + "\" height=\"" +
                  std::to_string(h) + "\" viewBox=\"0 0 " + std::to_string(label_w + bar_w + 60) +
                  " " + std::to_string(h) + "\">\n";
  for (size_t i = 0; i < bars.size(); ++i) {
    int y = static_cast<int>(i) * row_h + 4;
    double w = static_cast<double>(bars[i].second) / max * bar_w;
    s += "<g><title>" + HtmlEscape(bars[i].first) + ": " + std::to_string(bars[i].second) +
         "</title><text x=\"" + std::to_string(label_w - 6) + "\" y=\"" + std::to_string(y + 15) +
         "\" text-anchor=\"end\">" + HtmlEscape(Clip(bars[i].first, 34)) + "</text><rect x=\"" +
         std::to_string(label_w) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" + Num(w) +
         "\" height=\"16\" fill=\"" + color + "\"/><text x=\"" + Num(label_w + w + 4) + "\" y=\"" +
         std::to_string(y + 15) + "\">" + std::to_string(bars[i].second) + "</text></g>\n";
  }
  return s + "</svg>\n";
}

const char kStyle[] =
    "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2em auto;"
    "max-width:1100px;padding:0 1em;color:#1f2328;background:#fff}"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px "
    "solid #d0d7de;padding-bottom:.2em}.summary{color:#57606a}.none{color:#57606a;font-style:"
    "italic}svg text{font-size:12px;fill:#1f2328}svg .head{font-weight:600}.charts{display:flex;"
    "flex-wrap:wrap;gap:2em}details{margin:.3em 0;border:1px solid #d0d7de;border-radius:4px;"
    "padding:.3em .6em}details:target{outline:2px solid #0969da}summary{cursor:pointer}"
    "ol.evidence li{margin:.3em 0}.pol{display:inline-block;min-width:4.5em;font-size:.85em;"
    "font-weight:600}.support{color:#1a7f37}.oppose{color:#cf222e}.neutral{color:#6e7781}"
    "cite{color:#57606a;font-size:.85em}.legend span{display:inline-block;width:1.2em;height:"
    ".9em;vertical-align:middle;margin:0 .3em 0 1em}footer{margin-top:3em;color:#57606a;"
    "font-size:.85em}";

}  // namespace

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\0':
        out += "\xEF\xBF\xBD";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string DocumentDate(const Document& doc) {
  static const RE2 kIso("^((?:19|20)\\d\\d-(?:0[1-9]|1[0-2])(?:-[0-3]\\d)?)");
  static const RE2 kInName("((?:19|20)\\d\\d-(?:0[1-9]|1[0-2]))(?:[^0-9]|$)");
  std::string d = StringField(doc.Raw("meta"), "date");
  if (d.empty()) d = StringField(doc.Raw("date"), nullptr);
  std::string m;
  if (!d.empty() && RE2::PartialMatch(d, kIso, &m)) return m;
  for (const std::string& s : {doc.id(), StringField(doc.Raw("meta"), "path")}) {
    if (RE2::PartialMatch(s, kInName, &m)) return m;
  }
  return {};
}

void ReportData::AddDocument(const Document& doc, const DocumentLayers& layers,
                             size_t max_evidence) {
  ++documents_;
  bytes_ += doc.text().size();
  std::string date = DocumentDate(doc);
  std::string period = date.substr(0, 7);
  if (!period.empty()) {
    ++dated_;
    ++periods_[period].documents;
  }
  for (const Entity& e : layers.entities) {
    Named& n = entities_[e.kind + ":" + e.id];
    n.kind = e.kind;
    KeepLeast(e.name.empty() ? e.text : e.name, &n.label);
    ++n.count;
  }
  for (const Stance& s : layers.stances) {
    ++stances_;
    std::string actor = ActorKey(s.actor), topic = TopicKey(s);
    Named& a = actors_[actor];
    a.kind = s.actor.kind;
    std::string label = s.actor.text;
    for (const Entity& e : layers.entities) {
      if (!s.actor.id.empty() && e.id == s.actor.id && e.kind == s.actor.kind && !e.name.empty()) {
        label = e.name;
        break;
      }
    }
    KeepLeast(label, &a.label);
    ++a.count;
    if (topic.empty()) continue;  // an unlinked target has no column
    Named& t = topics_[topic];
    t.kind = "topic";
    t.label = topic;
    ++t.count;
    Cell& c = cells_[{actor, topic}];
    AddPolarity(s.polarity, &c.support, &c.oppose, &c.neutral);
    c.evidence.insert(
        {doc.id(), s.span.begin, s.polarity, EvidenceText(doc.text(), s, layers.sentences)});
    TrimEvidence(&c.evidence, max_evidence);
    if (!period.empty()) {
      Period& p = periods_[period];
      AddPolarity(s.polarity, &p.support, &p.oppose, &p.neutral);
    }
  }
}

void ReportData::Merge(const ReportData& o, size_t max_evidence) {
  documents_ += o.documents_;
  bytes_ += o.bytes_;
  dated_ += o.dated_;
  stances_ += o.stances_;
  auto merge_named = [](std::map<std::string, Named>* into,
                        const std::map<std::string, Named>& from) {
    for (const auto& [k, n] : from) {
      Named& m = (*into)[k];
      m.kind = n.kind;
      KeepLeast(n.label, &m.label);
      m.count += n.count;
    }
  };
  merge_named(&entities_, o.entities_);
  merge_named(&actors_, o.actors_);
  merge_named(&topics_, o.topics_);
  for (const auto& [k, c] : o.cells_) {
    Cell& m = cells_[k];
    m.support += c.support;
    m.oppose += c.oppose;
    m.neutral += c.neutral;
    m.evidence.insert(c.evidence.begin(), c.evidence.end());
    TrimEvidence(&m.evidence, max_evidence);
  }
  for (const auto& [k, p] : o.periods_) {
    Period& m = periods_[k];
    m.documents += p.documents;
    m.support += p.support;
    m.oppose += p.oppose;
    m.neutral += p.neutral;
  }
}

std::string ReportData::Html(const ReportOptions& options) const {
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  // No script may run and nothing may load from anywhere: the report is data.
  h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
       "style-src 'unsafe-inline'; img-src data:\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>" + HtmlEscape(options.title) + "</title>\n<style>" + kStyle + "</style>\n";
  h += "</head>\n<body>\n<h1>" + HtmlEscape(options.title) + "</h1>\n";
  h += "<p class=\"summary\">" + std::to_string(documents_) + " documents, " +
       (bytes_ >= 1048576 ? Num(bytes_ / 1048576.0) + " MB" : Num(bytes_ / 1024.0) + " KB") +
       " of text, " + std::to_string(stances_) + " stances, " + std::to_string(dated_) +
       " dated documents.</p>\n";

  // Bar charts.
  auto bars_of = [&](std::function<bool(const std::string&)> keep) {
    std::vector<std::pair<std::string, uint64_t>> bars;
    for (auto it : TopByCount(entities_, options.top, keep)) {
      bars.emplace_back(it->second.label.empty() ? it->first : it->second.label, it->second.count);
    }
    return bars;
  };
  auto starts = [](const char* p) {
    return [p](const std::string& k) { return k.rfind(p, 0) == 0; };
  };
  h += "<h2 id=\"actors\">Top actors and bodies</h2>\n<div class=\"charts\">\n<div><h3>Governments"
       " and groups (mentions)</h3>\n";
  h += BarChart(bars_of([](const std::string& k) {
                  return k.rfind("government:", 0) == 0 || k.rfind("group:", 0) == 0;
                }),
                "#0969da", "top governments and groups by mentions");
  h += "</div>\n<div><h3>Bodies (mentions)</h3>\n";
  h += BarChart(bars_of(starts("body:")), "#8250df", "top bodies by mentions");
  h += "</div>\n</div>\n";

  // Heat map.
  h += "<h2 id=\"heatmap\">Stances: actor &#215; topic</h2>\n";
  // Rows: the actors with the most stances on a linked topic (an actor whose
  // targets are all unlinked would be an empty row).
  std::map<std::string, Named> linked;
  for (const auto& [k, c] : cells_) {
    Named& n = linked[k.first];
    n.label = actors_.at(k.first).label;
    n.count += c.total();
  }
  auto actors = TopByCount(linked, options.max_actors, [](const std::string&) { return true; });
  auto topics = TopByCount(topics_, options.max_topics, [](const std::string&) { return true; });
  std::vector<std::pair<std::string, const Cell*>> shown;  // anchor, cell, in display order
  if (actors.empty() || topics.empty()) {
    h += "<p class=\"none\">No stances with a linked topic.</p>\n";
  } else {
    const int left = 230, top = 150, cw = 44, ch = 26;
    int w = left + cw * static_cast<int>(topics.size()) + 170;  // room for slanted heads
    int hh = top + ch * static_cast<int>(actors.size()) + 10;
    h += "<p class=\"legend\">Cell colour: net stance (support &#8722; oppose) / all stances;"
         " number: stances. Click a cell for its evidence.<span style=\"background:#cf222e\">"
         "</span>oppose<span style=\"background:#eaeef2\"></span>mixed / neutral<span "
         "style=\"background:#1a7f37\"></span>support</p>\n";
    h += "<svg class=\"heatmap\" role=\"img\" aria-label=\"actor by topic stance heat map\" "
         "width=\"" +
         std::to_string(w) + "\" height=\"" + std::to_string(hh) + "\" viewBox=\"0 0 " +
         std::to_string(w) + " " + std::to_string(hh) + "\">\n";
    for (size_t j = 0; j < topics.size(); ++j) {
      int x = left + static_cast<int>(j) * cw + cw / 2;
      h += "<text class=\"head\" transform=\"translate(" + std::to_string(x) + "," +
           std::to_string(top - 6) + ") rotate(-50)\">" +
           HtmlEscape(Clip(topics[j]->second.label, 28)) + "</text>\n";
    }
    for (size_t i = 0; i < actors.size(); ++i) {
      int y = top + static_cast<int>(i) * ch;
      const Named& a = actors[i]->second;
      h += "<text class=\"head\" x=\"" + std::to_string(left - 6) + "\" y=\"" +
           std::to_string(y + 17) + "\" text-anchor=\"end\">" +
           HtmlEscape(Clip(a.label.empty() ? actors[i]->first : a.label, 26)) + "</text>\n";
      for (size_t j = 0; j < topics.size(); ++j) {
        auto it = cells_.find({actors[i]->first, topics[j]->first});
        int x = left + static_cast<int>(j) * cw;
        if (it == cells_.end()) {
          h += "<rect x=\"" + std::to_string(x + 1) + "\" y=\"" + std::to_string(y + 1) +
               "\" width=\"" + std::to_string(cw - 2) + "\" height=\"" + std::to_string(ch - 2) +
               "\" fill=\"#ffffff\" stroke=\"#eaeef2\"/>\n";
          continue;
        }
        const Cell& c = it->second;
        double net = (static_cast<double>(c.support) - static_cast<double>(c.oppose)) /
                     static_cast<double>(c.total());
        std::string anchor = "cell-" + std::to_string(i) + "-" + std::to_string(j);
        shown.emplace_back(anchor, &c);
        std::string label = (a.label.empty() ? actors[i]->first : a.label) + " on " +
                            topics[j]->second.label + ": " + std::to_string(c.support) +
                            " support, " + std::to_string(c.oppose) + " oppose, " +
                            std::to_string(c.neutral) + " neutral";
        h += "<a href=\"#" + anchor + "\"><title>" + HtmlEscape(label) + "</title><rect x=\"" +
             std::to_string(x + 1) + "\" y=\"" + std::to_string(y + 1) + "\" width=\"" +
             std::to_string(cw - 2) + "\" height=\"" + std::to_string(ch - 2) + "\" fill=\"" +
             NetColor(net) + "\"/><text x=\"" + std::to_string(x + cw / 2) + "\" y=\"" +
             std::to_string(y + 17) + "\" text-anchor=\"middle\"" +
             (std::fabs(net) > 0.6 ? " style=\"fill:#fff\"" : "") + ">" +
             std::to_string(c.total()) + "</text></a>\n";
      }
    }
    h += "</svg>\n";
  }

  // Timeline.
  h += "<h2 id=\"time\">Stances over time</h2>\n";
  if (periods_.empty()) {
    h += "<p class=\"none\">No document has a date (meta.date, a \"date\" field, or YYYY-MM in its"
         " id or path).</p>\n";
  } else {
    // Months when the dates span a few years, else years.
    std::map<std::string, Period> buckets;
    int y0 = std::stoi(periods_.begin()->first.substr(0, 4));
    int y1 = std::stoi(periods_.rbegin()->first.substr(0, 4));
    bool by_year = y1 - y0 > 3;
    for (const auto& [k, p] : periods_) {
      Period& b = buckets[by_year ? k.substr(0, 4) : k];
      b.documents += p.documents;
      b.support += p.support;
      b.oppose += p.oppose;
      b.neutral += p.neutral;
    }
    uint64_t max = 1;
    for (const auto& [k, p] : buckets) max = std::max(max, p.support + p.oppose + p.neutral);
    const int bw = std::max(14, std::min(48, 900 / static_cast<int>(buckets.size()))), ph = 180;
    int w = 50 + bw * static_cast<int>(buckets.size()) + 10, hh = ph + 80;
    h += "<p class=\"legend\">Stances per " + std::string(by_year ? "year" : "month") +
         " in dated documents.<span style=\"background:#1a7f37\"></span>support<span "
         "style=\"background:#cf222e\"></span>oppose<span style=\"background:#afb8c1\"></span>"
         "neutral</p>\n";
    h += "<svg class=\"timeline\" role=\"img\" aria-label=\"stances over time\" width=\"" +
         std::to_string(w) + "\" height=\"" + std::to_string(hh) + "\" viewBox=\"0 0 " +
         std::to_string(w) + " " + std::to_string(hh) + "\">\n";
    h += "<text x=\"4\" y=\"14\">" + std::to_string(max) +
         "</text><line x1=\"48\" y1=\"10\" "
         "x2=\"48\" y2=\"" +
         std::to_string(ph + 10) + "\" stroke=\"#afb8c1\"/>\n";
    int i = 0;
    for (const auto& [k, p] : buckets) {
      int x = 50 + i++ * bw;
      double y = ph + 10;
      h += "<g><title>" + HtmlEscape(k) + ": " + std::to_string(p.documents) + " documents, " +
           std::to_string(p.support) + " support, " + std::to_string(p.oppose) + " oppose, " +
           std::to_string(p.neutral) + " neutral</title>";
      for (auto [v, color] :
           {std::make_pair(p.support, "#1a7f37"), std::make_pair(p.oppose, "#cf222e"),
            std::make_pair(p.neutral, "#afb8c1")}) {
        double bh = static_cast<double>(v) / max * ph;
        y -= bh;
        if (v > 0) {
          h += "<rect x=\"" + std::to_string(x + 2) + "\" y=\"" + Num(y) + "\" width=\"" +
               std::to_string(bw - 4) + "\" height=\"" + Num(bh) + "\" fill=\"" + color + "\"/>";
        }
      }
      h += "<text transform=\"translate(" + std::to_string(x + bw / 2 + 4) + "," +
           std::to_string(ph + 16) + ") rotate(60)\">" + HtmlEscape(k) + "</text></g>\n";
    }
    h += "</svg>\n";
  }

  // Evidence.
  h += "<h2 id=\"evidence\">Evidence behind each cell</h2>\n";
  if (shown.empty()) h += "<p class=\"none\">No stances.</p>\n";
  for (size_t i = 0; i < actors.size(); ++i) {
    for (size_t j = 0; j < topics.size(); ++j) {
      auto it = cells_.find({actors[i]->first, topics[j]->first});
      if (it == cells_.end()) continue;
      const Cell& c = it->second;
      const Named& a = actors[i]->second;
      h += "<details id=\"cell-" + std::to_string(i) + "-" + std::to_string(j) + "\"><summary>" +
           HtmlEscape(a.label.empty() ? actors[i]->first : a.label) + " &#8212; " +
           HtmlEscape(topics[j]->second.label) + ": <span class=\"support\">" +
           std::to_string(c.support) + " support</span>, <span class=\"oppose\">" +
           std::to_string(c.oppose) + " oppose</span>, <span class=\"neutral\">" +
           std::to_string(c.neutral) + " neutral</span></summary>\n<ol class=\"evidence\">\n";
      for (const Evidence& e : c.evidence) {
        std::string pol =
            e.polarity == "support" || e.polarity == "oppose" ? e.polarity : "neutral";
        h += "<li><span class=\"pol " + pol + "\">" + HtmlEscape(e.polarity) + "</span> " +
             HtmlEscape(e.text) + " <cite>" + HtmlEscape(e.document) + " @" +
             std::to_string(e.offset) + "</cite></li>\n";
      }
      if (c.total() > c.evidence.size()) {
        h += "<li class=\"none\">and " + std::to_string(c.total() - c.evidence.size()) +
             " more</li>\n";
      }
      h += "</ol></details>\n";
    }
  }
  h += "<footer>Made by caucus report. Document text is shown as data; nothing in this file "
       "runs or loads from the network.</footer>\n</body>\n</html>\n";
  return h;
}

void ReportAccumulator::Add(const ReportData& d) {
  std::lock_guard<std::mutex> lock(mu_);
  data_.Merge(d, max_evidence_);
}

ReportData ReportAccumulator::Finish() {
  std::lock_guard<std::mutex> lock(mu_);
  ReportData out = std::move(data_);
  data_ = ReportData();
  return out;
}

}  // namespace caucus
