#include "caucus/report.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
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
    "cite{color:#57606a;font-size:.85em}.act{color:#57606a;font-size:.85em;margin-right:.3em}"
    "table.docs{border-collapse:collapse;font-size:.9em}table.docs td,table.docs th{border-bottom:"
    "1px solid #d0d7de;padding:.2em .6em;text-align:left}.filter input{font:inherit;width:24em;"
    "padding:.2em .4em}[hidden]{display:none!important}"
    ".legend span{display:inline-block;width:1.2em;height:"
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
  static const RE2 kYearInName("(?:^|[^0-9])((?:19|20)\\d\\d)(?:[^0-9]|$)");
  static const RE2 kDayMonthYear(
      "(?i)\\b([0-3]?\\d) (January|February|March|April|May|June|July|August|September|October|"
      "November|December),? ((?:19|20)\\d\\d)\\b");
  static const RE2 kMonthDayYear(
      "(?i)\\b(January|February|March|April|May|June|July|August|September|October|November|"
      "December) ([0-3]?\\d),? ((?:19|20)\\d\\d)\\b");
  static const RE2 kIsoInText("\\b((?:19|20)\\d\\d-(?:0[1-9]|1[0-2])-[0-3]\\d)\\b");
  static const RE2 kYearInParens("\\(((?:19|20)\\d\\d)\\)");
  std::string d = StringField(doc.Raw("meta"), "date");
  if (d.empty()) d = StringField(doc.Raw("date"), nullptr);
  std::string m;
  if (!d.empty() && RE2::PartialMatch(d, kIso, &m)) return m;
  // Header lines ("# Title: ... (2013)") at the top of the text.
  std::string_view text = doc.text();
  size_t end = 0;
  while (end < text.size() && text[end] == '#') {
    size_t nl = text.find('\n', end);
    end = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  if (end > 0) {
    re2::StringPiece header(text.data(), end);
    static const char* const kMonths[] = {"january",   "february", "march",    "april",
                                          "may",       "june",     "july",     "august",
                                          "september", "october",  "november", "december"};
    auto month_number = [&](std::string name) {
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (int i = 0; i < 12; ++i) {
        if (name == kMonths[i]) return i + 1;
      }
      return 0;
    };
    auto ymd = [](const std::string& y, int month, const std::string& day) {
      char buf[16];
      snprintf(buf, sizeof buf, "%s-%02d-%02d", y.c_str(), month, std::stoi(day));
      return std::string(buf);
    };
    std::string a, b, y;
    if (RE2::PartialMatch(header, kIsoInText, &m)) return m;
    if (RE2::PartialMatch(header, kDayMonthYear, &a, &b, &y)) return ymd(y, month_number(b), a);
    if (RE2::PartialMatch(header, kMonthDayYear, &a, &b, &y)) return ymd(y, month_number(a), b);
    if (RE2::PartialMatch(header, kYearInParens, &m)) return m;
  }
  for (const std::string& s : {doc.id(), StringField(doc.Raw("meta"), "path")}) {
    if (RE2::PartialMatch(s, kInName, &m)) return m;
  }
  for (const std::string& s : {doc.id(), StringField(doc.Raw("meta"), "path")}) {
    if (RE2::PartialMatch(s, kYearInName, &m)) return m;
  }
  return {};
}

namespace {

// FIPS 180-4.
std::array<uint8_t, 32> Sha256(std::string_view data) {
  static const uint32_t k[64] = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
      0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
      0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
      0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
      0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
      0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
      0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
      0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
      0xc67178f2};
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::string msg(data);
  const uint64_t bits = static_cast<uint64_t>(data.size()) * 8;
  msg.push_back('\x80');
  while (msg.size() % 64 != 56) msg.push_back('\0');
  for (int i = 7; i >= 0; --i) msg.push_back(static_cast<char>(bits >> (i * 8)));
  auto rotr = [](uint32_t x, int n) { return (x >> n) | (x << (32 - n)); };
  for (size_t off = 0; off < msg.size(); off += 64) {
    uint32_t w[64];
    for (int i = 0; i < 16; ++i) {
      const auto* p = reinterpret_cast<const uint8_t*>(msg.data() + off + i * 4);
      w[i] = (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
    }
    for (int i = 16; i < 64; ++i) {
      uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; ++i) {
      uint32_t t1 =
          hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
      uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
  }
  std::array<uint8_t, 32> out;
  for (int i = 0; i < 8; ++i) {
    for (int j = 0; j < 4; ++j) out[i * 4 + j] = static_cast<uint8_t>(h[i] >> (24 - j * 8));
  }
  return out;
}

}  // namespace

std::string Sha256Base64(std::string_view data) {
  static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::array<uint8_t, 32> d = Sha256(data);
  std::string out;
  for (size_t i = 0; i < d.size(); i += 3) {
    uint32_t v = uint32_t{d[i]} << 16;
    if (i + 1 < d.size()) v |= uint32_t{d[i + 1]} << 8;
    if (i + 2 < d.size()) v |= d[i + 2];
    out.push_back(kB64[(v >> 18) & 63]);
    out.push_back(kB64[(v >> 12) & 63]);
    out.push_back(i + 1 < d.size() ? kB64[(v >> 6) & 63] : '=');
    out.push_back(i + 2 < d.size() ? kB64[v & 63] : '=');
  }
  return out;
}

void ReportData::AddDocument(const Document& doc, const DocumentLayers& layers,
                             size_t max_evidence) {
  ++documents_;
  bytes_ += doc.text().size();
  std::string date = DocumentDate(doc);
  std::string period = date.substr(0, 7);
  DocRow& row = docs_[doc.id()];
  row.file = StringField(doc.Raw("meta"), "path");
  if (row.file.empty()) row.file = doc.id();
  row.date = date;
  row.entities += layers.entities.size();
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
  std::vector<uint32_t> line_starts = {0};  // for file:line of the evidence
  for (size_t i = 0; i < doc.text().size(); ++i) {
    if (doc.text()[i] == '\n') line_starts.push_back(static_cast<uint32_t>(i + 1));
  }
  for (const Stance& s : layers.stances) {
    ++stances_;
    AddPolarity(s.polarity, &row.support, &row.oppose, &row.neutral);
    std::string actor = ActorKey(s.actor);
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
    row.actors.insert(label);
    // Columns are topics; a target that is another actor or unlinked text
    // has none (it is in the document table and the stances' own records).
    const std::string& topic = s.target.topic;
    if (topic.empty()) continue;
    Named& t = topics_[topic];
    t.kind = "topic";
    ++t.count;
    Cell& c = cells_[{actor, topic}];
    AddPolarity(s.polarity, &c.support, &c.oppose, &c.neutral);
    Evidence ev{doc.id(), s.span.begin, s.polarity, EvidenceText(doc.text(), s, layers.sentences)};
    ev.act = s.act;
    ev.modality = s.modality;
    ev.file = row.file;
    ev.line = static_cast<uint32_t>(
        std::upper_bound(line_starts.begin(), line_starts.end(), s.span.begin) -
        line_starts.begin());
    c.evidence.insert(std::move(ev));
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
  for (const auto& [k, r] : o.docs_) {
    DocRow& m = docs_[k];
    m.file = r.file;
    m.date = r.date;
    m.entities += r.entities;
    m.support += r.support;
    m.oppose += r.oppose;
    m.neutral += r.neutral;
    m.actors.insert(r.actors.begin(), r.actors.end());
  }
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

namespace {

// The filter: hides document rows and evidence items that do not contain the
// typed text, and opens the evidence lists that still show something. The
// Content Security Policy allows exactly this script, by its hash.
// A link to "report.html#q=Sweden" opens with the filter set.
const char kFilterScript[] =
    "(function(){var box=document.getElementById('filter');"
    "function apply(){var q=box.value.toLowerCase();"
    "document.querySelectorAll('[data-filter]').forEach(function(el){"
    "el.hidden=q!==''&&el.textContent.toLowerCase().indexOf(q)<0;});"
    "document.querySelectorAll('details.cell').forEach(function(d){"
    "var shown=d.querySelectorAll('li[data-filter]:not([hidden])').length;"
    "d.hidden=q!==''&&shown===0;d.open=q!==''&&shown>0;});}"
    "box.addEventListener('input',apply);"
    "if(location.hash.indexOf('#q=')===0){box.value=decodeURIComponent(location.hash.slice(3));"
    "apply();}})();";

// "intergovernmental-control" -> "Intergovernmental control".
std::string Humanize(const std::string& id) {
  std::string out = id;
  for (char& c : out) {
    if (c == '-' || c == '_') c = ' ';
  }
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// Days since 1970-01-01 of "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the first of
// the year or month when the rest is missing).
int64_t DayNumber(const std::string& date) {
  int y = std::stoi(date.substr(0, 4));
  int m = date.size() >= 7 ? std::stoi(date.substr(5, 2)) : 1;
  int d = date.size() >= 10 ? std::stoi(date.substr(8, 2)) : 1;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::string ReportData::Html(const ReportOptions& options) const {
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing may load from anywhere, and the only script is the filter: the
  // report is data.
  h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
       "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" +
       Sha256Base64(kFilterScript) + "'\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>" + HtmlEscape(options.title) + "</title>\n<style>" + kStyle + "</style>\n";
  h += "</head>\n<body>\n<h1>" + HtmlEscape(options.title) + "</h1>\n";
  h += "<p class=\"summary\">" + std::to_string(documents_) +
       (documents_ == 1 ? " document, " : " documents, ") +
       (bytes_ >= 1048576 ? Num(bytes_ / 1048576.0) + " MB" : Num(bytes_ / 1024.0) + " KB") +
       " of text, " + std::to_string(stances_) + (stances_ == 1 ? " stance, " : " stances, ") +
       std::to_string(dated_) + " dated.</p>\n";
  h += "<p class=\"filter\"><label for=\"filter\">Filter evidence and documents:</label> <input "
       "id=\"filter\" type=\"search\" placeholder=\"an actor, a topic, a word, a file\" "
       "autocomplete=\"off\"></p>\n";

  // Heat map: actors (rows) by topics (columns), both by name.
  h += "<h2 id=\"heatmap\">Stances: actor &#215; topic</h2>\n";
  std::map<std::string, Named> linked;
  for (const auto& [k, c] : cells_) {
    Named& n = linked[k.first];
    n.label = actors_.at(k.first).label;
    n.count += c.total();
  }
  auto actors = TopByCount(linked, options.max_actors, [](const std::string&) { return true; });
  auto topics = TopByCount(topics_, options.max_topics, [](const std::string&) { return true; });
  auto actor_label = [&](size_t i) {
    const Named& a = actors[i]->second;
    return a.label.empty() ? actors[i]->first.substr(actors[i]->first.find(':') + 1) : a.label;
  };
  auto topic_label = [&](size_t j) {
    auto e = entities_.find("topic:" + topics[j]->first);
    return e != entities_.end() && !e->second.label.empty() ? e->second.label
                                                            : Humanize(topics[j]->first);
  };
  std::vector<std::pair<std::string, const Cell*>> shown;  // anchor, cell, in display order
  if (actors.empty() || topics.empty()) {
    h += "<p class=\"none\">No stances with a linked topic.</p>\n";
  } else {
    size_t longest = 0;
    for (size_t i = 0; i < actors.size(); ++i) longest = std::max(longest, actor_label(i).size());
    const int left = static_cast<int>(std::min<size_t>(longest, 44)) * 8 + 16;
    const int top = 190, cw = 44, ch = 26;
    int w = left + cw * static_cast<int>(topics.size()) + 200;  // room for slanted heads
    int hh = top + ch * static_cast<int>(actors.size()) + 10;
    h += "<p class=\"legend\">Rows: actors; columns: topics. Colour: net stance (support &#8722;"
         " oppose) / all stances; number: stances. Click a cell for its evidence.<span "
         "style=\"background:#cf222e\"></span>oppose<span style=\"background:#eaeef2\"></span>"
         "mixed / neutral<span style=\"background:#1a7f37\"></span>support</p>\n";
    h += "<svg class=\"heatmap\" role=\"img\" aria-label=\"actor by topic stance heat map\" "
         "width=\"" +
         std::to_string(w) + "\" height=\"" + std::to_string(hh) + "\" viewBox=\"0 0 " +
         std::to_string(w) + " " + std::to_string(hh) + "\">\n";
    for (size_t j = 0; j < topics.size(); ++j) {
      int x = left + static_cast<int>(j) * cw + cw / 2;
      h += "<text class=\"head\" transform=\"translate(" + std::to_string(x) + "," +
           std::to_string(top - 6) + ") rotate(-45)\"><title>" + HtmlEscape(topic_label(j)) +
           "</title>" + HtmlEscape(Clip(topic_label(j), 34)) + "</text>\n";
    }
    for (size_t i = 0; i < actors.size(); ++i) {
      int y = top + static_cast<int>(i) * ch;
      h += "<text class=\"head\" x=\"" + std::to_string(left - 6) + "\" y=\"" +
           std::to_string(y + 17) + "\" text-anchor=\"end\"><title>" + HtmlEscape(actor_label(i)) +
           "</title>" + HtmlEscape(Clip(actor_label(i), 44)) + "</text>\n";
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
        std::string label = actor_label(i) + " on " + topic_label(j) + ": " +
                            std::to_string(c.support) + " support, " + std::to_string(c.oppose) +
                            " oppose, " + std::to_string(c.neutral) + " neutral";
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

  // Timeline: bars at their dates on a real time axis, ticks at years.
  h += "<h2 id=\"time\">Stances over time</h2>\n";
  if (periods_.empty()) {
    h += "<p class=\"none\">No document has a date (meta.date, a \"date\" field, a date in its "
         "header lines, or a year or YYYY-MM in its id or path).</p>\n";
  } else {
    // Months when the dates span a few years, else years.
    int y0 = std::stoi(periods_.begin()->first.substr(0, 4));
    int y1 = std::stoi(periods_.rbegin()->first.substr(0, 4));
    const bool by_year = y1 - y0 > 3;
    std::map<std::string, Period> buckets;
    for (const auto& [k, p] : periods_) {
      Period& b = buckets[by_year || k.size() < 7 ? k.substr(0, 4) : k];
      b.documents += p.documents;
      b.support += p.support;
      b.oppose += p.oppose;
      b.neutral += p.neutral;
    }
    uint64_t max = 1;
    for (const auto& [k, p] : buckets) max = std::max(max, p.support + p.oppose + p.neutral);
    const int64_t d0 = DayNumber(std::to_string(y0)), d1 = DayNumber(std::to_string(y1 + 1));
    const int plot = 900, left = 56, ph = 180;
    auto x_of = [&](int64_t day) {
      return left + static_cast<double>(day - d0) / static_cast<double>(d1 - d0) * plot;
    };
    const double bw =
        std::max(3.0, std::min(40.0, plot / ((by_year ? 1.0 : 12.0) * (y1 - y0 + 1)) - 2));
    int w = left + plot + 20, hh = ph + 60;
    h += "<p class=\"legend\">Stances per " + std::string(by_year ? "year" : "month") +
         " in dated documents, on a time axis.<span style=\"background:#1a7f37\"></span>support"
         "<span style=\"background:#cf222e\"></span>oppose<span style=\"background:#afb8c1\">"
         "</span>neutral</p>\n";
    h += "<svg class=\"timeline\" role=\"img\" aria-label=\"stances over time\" width=\"" +
         std::to_string(w) + "\" height=\"" + std::to_string(hh) + "\" viewBox=\"0 0 " +
         std::to_string(w) + " " + std::to_string(hh) + "\">\n";
    // The value axis: 0 and the maximum, labelled as stances.
    h += "<line x1=\"" + std::to_string(left - 4) + "\" y1=\"10\" x2=\"" +
         std::to_string(left - 4) + "\" y2=\"" + std::to_string(ph + 10) +
         "\" stroke=\"#afb8c1\"/><text x=\"" + std::to_string(left - 8) +
         "\" y=\"16\" text-anchor=\"end\">" + std::to_string(max) + "</text><text x=\"" +
         std::to_string(left - 8) + "\" y=\"" + std::to_string(ph + 10) +
         "\" text-anchor=\"end\">0</text><text transform=\"translate(14," +
         std::to_string(ph / 2 + 30) + ") rotate(-90)\">stances</text>\n";
    // The time axis with a tick and label per year.
    h += "<line x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(ph + 10) + "\" x2=\"" +
         std::to_string(left + plot) + "\" y2=\"" + std::to_string(ph + 10) +
         "\" stroke=\"#afb8c1\"/>\n";
    const int step = std::max(1, (y1 - y0 + 1) / 12);
    for (int y = y0; y <= y1 + 1; y += step) {
      double x = x_of(DayNumber(std::to_string(y)));
      h += "<line x1=\"" + Num(x) + "\" y1=\"" + std::to_string(ph + 10) + "\" x2=\"" + Num(x) +
           "\" y2=\"" + std::to_string(ph + 16) + "\" stroke=\"#57606a\"/>";
      if (y <= y1) {
        h += "<text class=\"year\" x=\"" + Num(x + 2) + "\" y=\"" + std::to_string(ph + 30) +
             "\">" + std::to_string(y) + "</text>";
      }
      h += "\n";
    }
    for (const auto& [k, p] : buckets) {
      // A year's bar spans the year; a month's sits at the month.
      double x = x_of(DayNumber(k));
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
          h += "<rect x=\"" + Num(x + 1) + "\" y=\"" + Num(y) + "\" width=\"" + Num(bw) +
               "\" height=\"" + Num(bh) + "\" fill=\"" + color + "\"/>";
        }
      }
      h += "</g>\n";
    }
    h += "</svg>\n";
  }

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

  // Evidence.
  h += "<h2 id=\"evidence\">Evidence behind each cell</h2>\n";
  if (shown.empty()) h += "<p class=\"none\">No stances.</p>\n";
  for (size_t i = 0; i < actors.size(); ++i) {
    for (size_t j = 0; j < topics.size(); ++j) {
      auto it = cells_.find({actors[i]->first, topics[j]->first});
      if (it == cells_.end()) continue;
      const Cell& c = it->second;
      h += "<details class=\"cell\" id=\"cell-" + std::to_string(i) + "-" + std::to_string(j) +
           "\"><summary>" + HtmlEscape(actor_label(i)) + " &#8212; " + HtmlEscape(topic_label(j)) +
           ": <span class=\"support\">" + std::to_string(c.support) +
           " support</span>, <span class=\"oppose\">" + std::to_string(c.oppose) +
           " oppose</span>, <span class=\"neutral\">" + std::to_string(c.neutral) +
           " neutral</span></summary>\n<ol class=\"evidence\">\n";
      for (const Evidence& e : c.evidence) {
        std::string pol =
            e.polarity == "support" || e.polarity == "oppose" ? e.polarity : "neutral";
        h += "<li data-filter><span class=\"pol " + pol + "\">" + HtmlEscape(e.polarity) +
             "</span> <span class=\"act\">" + HtmlEscape(e.act) +
             (e.modality.empty() || e.modality == "asserted" ? "" : ", " + HtmlEscape(e.modality)) +
             "</span> " + HtmlEscape(e.text) + " <cite>" + HtmlEscape(e.file) + ":" +
             std::to_string(e.line) + "</cite><span hidden>" + HtmlEscape(actor_label(i)) + " " +
             HtmlEscape(topic_label(j)) + "</span></li>\n";
      }
      if (c.total() > c.evidence.size()) {
        h += "<li class=\"none\">and " + std::to_string(c.total() - c.evidence.size()) +
             " more</li>\n";
      }
      h += "</ol></details>\n";
    }
  }

  // Documents.
  h += "<h2 id=\"documents\">Documents</h2>\n";
  if (docs_.empty()) {
    h += "<p class=\"none\">No documents.</p>\n";
  } else {
    h += "<table class=\"docs\"><thead><tr><th>document</th><th>date</th><th>actors</th>"
         "<th>mentions</th>"
         "<th>stances</th><th class=\"support\">support</th><th class=\"oppose\">oppose</th>"
         "<th class=\"neutral\">neutral</th></tr></thead><tbody>\n";
    for (const auto& [id, r] : docs_) {
      std::string names;
      size_t n = 0;
      for (const std::string& a : r.actors) {
        if (n++ == 8) {
          names += ", …";
          break;
        }
        names += (names.empty() ? "" : ", ") + a;
      }
      h += "<tr data-filter><td>" + HtmlEscape(r.file) + "</td><td>" + HtmlEscape(r.date) +
           "</td><td>" + HtmlEscape(names) + "</td><td>" + std::to_string(r.entities) +
           "</td><td>" + std::to_string(r.support + r.oppose + r.neutral) + "</td><td>" +
           std::to_string(r.support) + "</td><td>" + std::to_string(r.oppose) + "</td><td>" +
           std::to_string(r.neutral) + "</td></tr>\n";
    }
    h += "</tbody></table>\n";
  }
  h += "<footer>Made by caucus report. Document text is shown as data; nothing in this file "
       "loads from the network, and its one script is the filter.</footer>\n";
  h += "<script>" + std::string(kFilterScript) + "</script>\n</body>\n</html>\n";
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
