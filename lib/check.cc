// The check engine: runs compiled rules (check_rules.cc) over one document
// and turns matches into findings with positions and fingerprints.
#include "caucus/check.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "caucus/acronyms.h"
#include "caucus/front_matter.h"
#include "check_internal.h"
#include "word_reader.h"

namespace caucus {

using check_internal::kIgnoreCode;
using check_internal::kIgnoreLinks;
using check_internal::kIgnoreUrls;
using check_internal::Rule;
using check_internal::RuleSet;
using check_internal::RuleType;

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kSuggestion:
      return "suggestion";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

bool ParseSeverity(std::string_view name, Severity* out) {
  if (name == "error") {
    *out = Severity::kError;
  } else if (name == "warning") {
    *out = Severity::kWarning;
  } else if (name == "suggestion") {
    *out = Severity::kSuggestion;
  } else {
    return false;
  }
  return true;
}

namespace {

// Words and their boundaries are word_reader.h's: non-ASCII characters are
// word characters ("ÉTATS" is not the acronym "TATS"), typographic
// punctuation is not (“ITU” and "ITU—the" hold the acronym "ITU").
using internal::IsAlnumByte;
using internal::IsWordCharAt;
using internal::IsWordCharBefore;
inline bool IsUpper(char c) { return internal::IsUpperByte(c); }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string CollapseSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// ---- regions a rule may ignore ---------------------------------------------

struct Masks {
  std::vector<Span> code, urls, links;
};

void AddUrlAt(std::string_view t, size_t begin, std::vector<Span>* out) {
  size_t e = begin;
  while (e < t.size() && !std::isspace(static_cast<unsigned char>(t[e])) && t[e] != '<' &&
         t[e] != '>' && t[e] != '"' && t[e] != ')' && t[e] != ']')
    ++e;
  while (e > begin && std::strchr(".,;:!?'", t[e - 1])) --e;
  if (e > begin) out->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(e)});
}

void Normalize(std::vector<Span>* v) {
  std::sort(v->begin(), v->end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (const Span& s : *v) {
    if (!merged.empty() && s.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  v->swap(merged);
}

Masks ComputeMasks(std::string_view t) {
  Masks m;
  // Fenced blocks: ``` or ~~~ at the start of a line to the matching fence.
  size_t pos = 0;
  while (pos < t.size()) {
    size_t eol = t.find('\n', pos);
    if (eol == std::string_view::npos) eol = t.size();
    size_t i = pos;
    while (i < eol && i - pos < 4 && t[i] == ' ') ++i;
    if (i + 3 <= eol && (t.compare(i, 3, "```") == 0 || t.compare(i, 3, "~~~") == 0)) {
      char fence = t[i];
      size_t n = 0;
      while (i + n < eol && t[i + n] == fence) ++n;
      size_t close = eol;
      size_t end = t.size();
      while (close < t.size()) {
        size_t ls = close + 1;
        size_t le = t.find('\n', ls);
        if (le == std::string_view::npos) le = t.size();
        size_t j = ls;
        while (j < le && j - ls < 4 && t[j] == ' ') ++j;
        size_t k = 0;
        while (j + k < le && t[j + k] == fence) ++k;
        if (k >= n) {
          end = le;
          break;
        }
        close = le;
      }
      m.code.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(end)});
      pos = end + 1;
      continue;
    }
    pos = eol + 1;
  }
  Normalize(&m.code);
  // Inline code: a run of N backticks to the next run of exactly N.
  std::vector<Span> inline_code;
  for (size_t i = t.find('`'); i != std::string_view::npos; i = t.find('`', i)) {
    size_t n = 0;
    while (i + n < t.size() && t[i + n] == '`') ++n;
    size_t j = i + n;
    size_t close = std::string_view::npos;
    while ((j = t.find('`', j)) != std::string_view::npos) {
      size_t k = 0;
      while (j + k < t.size() && t[j + k] == '`') ++k;
      if (k == n) {
        close = j;
        break;
      }
      j += k;
    }
    if (close == std::string_view::npos || t.substr(i, close - i).find("\n\n") != t.npos) {
      i += n;
      continue;
    }
    inline_code.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(close + n)});
    i = close + n;
  }
  m.code.insert(m.code.end(), inline_code.begin(), inline_code.end());
  Normalize(&m.code);
  // URLs: scheme://... and www....
  for (size_t i = t.find("://"); i != std::string_view::npos; i = t.find("://", i + 3)) {
    size_t b = i;
    while (b > 0 &&
           (IsAlnumByte(t[b - 1]) || t[b - 1] == '+' || t[b - 1] == '.' || t[b - 1] == '-'))
      --b;
    if (b < i) AddUrlAt(t, b, &m.urls);
  }
  for (size_t i = t.find("www."); i != std::string_view::npos; i = t.find("www.", i + 4)) {
    if (!IsWordCharBefore(t, i)) AddUrlAt(t, i, &m.urls);
  }
  // Markdown links [text](target): the target is a URL; the whole is a link.
  for (size_t i = t.find("]("); i != std::string_view::npos; i = t.find("](", i + 2)) {
    size_t close = t.find(')', i + 2);
    if (close == std::string_view::npos || t.substr(i, close - i).find('\n') != t.npos) continue;
    size_t limit = i > 1000 ? i - 1000 : 0;
    size_t open = i;
    while (open > limit && t[open - 1] != '[' && t.compare(open - 1 > 0 ? open - 2 : 0, 2, "\n\n"))
      --open;
    if (open == 0 || t[open - 1] != '[') continue;
    m.urls.push_back({static_cast<uint32_t>(i + 1), static_cast<uint32_t>(close + 1)});
    m.links.push_back({static_cast<uint32_t>(open - 1), static_cast<uint32_t>(close + 1)});
  }
  Normalize(&m.urls);
  Normalize(&m.links);
  return m;
}

bool Overlaps(const std::vector<Span>& v, Span s) {
  // First region ending after s.begin.
  auto it = std::upper_bound(v.begin(), v.end(), s.begin,
                             [](uint32_t b, const Span& r) { return b < r.end; });
  return it != v.end() && it->begin < std::max(s.end, s.begin + 1);
}

// ---- acronyms ----------------------------------------------------------------

struct AcronymToken {
  Span span;       // without a plural "s"
  std::string sf;  // the acronym
};

bool IsRoman(std::string_view s) {
  return s.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

// Whether the word before b (or after e) on the same line is written in
// capitals too: then the text is a heading or a shouted name, not an acronym.
bool NeighbourIsCaps(std::string_view t, size_t b, size_t e) {
  auto caps_word = [&](size_t ws, size_t we) {
    if (we - ws < 2) return false;
    int upper = 0;
    for (size_t k = ws; k < we; ++k) {
      if (IsLower(t[k])) return false;
      if (IsUpper(t[k])) ++upper;
    }
    return upper >= 2;
  };
  size_t p = b;
  while (p > 0 && t[p - 1] == ' ') --p;
  if (p < b && IsWordCharBefore(t, p)) {
    size_t ws = p;
    while (ws > 0 && (IsWordCharBefore(t, ws) || t[ws - 1] == '-')) --ws;
    if (caps_word(ws, p)) return true;
  }
  size_t n = e;
  while (n < t.size() && t[n] == ' ') ++n;
  if (n > e && IsWordCharAt(t, n)) {
    size_t we = n;
    while (we < t.size() && (IsWordCharAt(t, we) || t[we] == '-')) ++we;
    if (caps_word(n, we)) return true;
  }
  return false;
}

// A time zone, not an acronym: capitals right after a clock time ("10:00
// EST", "9 a.m. (CET)", "15h00 GMT") or followed by an offset ("UTC+2").
bool IsTimeZoneUse(std::string_view t, size_t b, size_t e) {
  if (e + 1 < t.size() && (t[e] == '+' || t[e] == '-') && IsDigit(t[e + 1])) return true;
  size_t p = b;
  while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '(')) --p;
  if (p == b) return false;
  // "a.m." / "pm" before the zone.
  size_t q = p;
  if (q > 0 && t[q - 1] == '.') --q;
  if (q > 0 && (t[q - 1] == 'm' || t[q - 1] == 'M')) {
    size_t r = q - 1;
    if (r > 0 && t[r - 1] == '.') --r;
    if (r > 0 && std::strchr("apAP", t[r - 1])) {
      r -= 1;
      while (r > 0 && t[r - 1] == ' ') --r;
      return r > 0 && IsDigit(t[r - 1]);
    }
  }
  // "10:00", "10.30", "15h00".
  return p >= 4 && IsDigit(t[p - 1]) && IsDigit(t[p - 2]) && std::strchr(":.h", t[p - 3]) &&
         IsDigit(t[p - 4]);
}

// A word in capitals that opens a line and ends with ':' is a label
// ("PUBLISHED:", a transcript's "IRAN:"), not an acronym.
bool IsLabel(std::string_view t, size_t b, size_t e) {
  if (e >= t.size() || t[e] != ':') return false;
  size_t p = b;
  while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t' || t[p - 1] == '>')) --p;
  return p == 0 || t[p - 1] == '\n';
}

// Words made of capitals and digits ("CSTD", "ITU-T", "G77", "NGOs"): at
// least two capitals, starting with one; a plural "s" is dropped.
std::vector<AcronymToken> FindAcronymTokens(std::string_view t, uint32_t min_len,
                                            uint32_t max_len) {
  std::vector<AcronymToken> out;
  size_t i = 0;
  const size_t n = t.size();
  while (i < n) {
    if (!IsUpper(t[i]) || (i > 0 && (IsWordCharBefore(t, i) || t[i - 1] == '-' || t[i - 1] == '_' ||
                                     t[i - 1] == '&'))) {
      ++i;
      continue;
    }
    size_t j = i;
    int upper = 0, lower = 0;
    while (j < n) {
      char c = t[j];
      if (IsUpper(c)) {
        ++upper;
      } else if (IsLower(c)) {
        ++lower;
      } else if (IsDigit(c)) {
      } else if ((c == '-' || c == '&') && j + 1 < n && IsAlnumByte(t[j + 1]) && j > i) {
      } else {
        break;
      }
      ++j;
    }
    size_t end = j;
    if (end < n && (IsWordCharAt(t, end) || t[end] == '_')) {
      i = end;
      continue;
    }
    size_t core = end;
    if (lower == 1 && t[end - 1] == 's') {
      --core;
      lower = 0;
    }
    std::string_view sf = t.substr(i, core - i);
    if (lower == 0 && upper >= 2 && sf.size() >= min_len && sf.size() <= max_len &&
        sf.back() != '-' && !IsRoman(sf) && !NeighbourIsCaps(t, i, end) && !IsLabel(t, i, end)) {
      out.push_back({{static_cast<uint32_t>(i), static_cast<uint32_t>(core)}, std::string(sf)});
    }
    i = end;
  }
  return out;
}

// ---- positions -----------------------------------------------------------------

class LineIndex {
 public:
  explicit LineIndex(std::string_view t) : t_(t) {
    starts_.push_back(0);
    for (size_t i = t.find('\n'); i != std::string_view::npos; i = t.find('\n', i + 1))
      starts_.push_back(static_cast<uint32_t>(i + 1));
  }
  // 1-based line and column (in code points).
  std::pair<uint32_t, uint32_t> At(uint32_t off) const {
    off = std::min<uint32_t>(off, static_cast<uint32_t>(t_.size()));
    auto it = std::upper_bound(starts_.begin(), starts_.end(), off);
    uint32_t line = static_cast<uint32_t>(it - starts_.begin());
    uint32_t col = 1;
    for (uint32_t i = starts_[line - 1]; i < off; ++i) {
      if ((static_cast<unsigned char>(t_[i]) & 0xC0) != 0x80) ++col;
    }
    return {line, col};
  }

 private:
  std::string_view t_;
  std::vector<uint32_t> starts_;
};

uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string Hex64(uint64_t v) {
  static const char kHex[] = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[i] = kHex[v & 15];
  return s;
}

std::string Expand(std::string_view tmpl, const std::map<std::string, std::string>& vars) {
  std::string out;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{') {
      size_t close = tmpl.find('}', i);
      if (close != std::string_view::npos) {
        auto it = vars.find(std::string(tmpl.substr(i + 1, close - i - 1)));
        if (it != vars.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out.push_back(tmpl[i]);
  }
  return out;
}

// ---- the summary of a document ----------------------------------------------

struct Line {
  size_t begin, end;  // without the newline
  bool blank;
};

std::vector<Line> SplitLines(std::string_view t) {
  std::vector<Line> v;
  size_t pos = 0;
  while (pos <= t.size()) {
    size_t eol = t.find('\n', pos);
    if (eol == std::string_view::npos) eol = t.size();
    std::string_view l = t.substr(pos, eol - pos);
    v.push_back({pos, eol, l.find_first_not_of(" \t\r") == std::string_view::npos});
    if (eol == t.size()) break;
    pos = eol + 1;
  }
  return v;
}

// The text of a heading line, or "" if the line is not one: a Markdown
// heading, or a short line standing alone between blank lines that does not
// end like a sentence.
std::string HeadingText(std::string_view t, const std::vector<Line>& lines, size_t i) {
  const Line& l = lines[i];
  if (l.blank) return "";
  std::string_view s = t.substr(l.begin, l.end - l.begin);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t'))
    s.remove_suffix(1);
  bool markdown = !s.empty() && s.front() == '#';
  if (!markdown) {
    bool alone = (i == 0 || lines[i - 1].blank) && (i + 1 >= lines.size() || lines[i + 1].blank);
    if (!alone || s.size() > 80 || s.empty() || std::strchr(".!?,;\"", s.back())) return "";
  }
  while (!s.empty() && (s.front() == '#' || s.front() == ' ' || s.front() == '*'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ':' || s.back() == '*' || s.back() == ' ')) s.remove_suffix(1);
  return s.empty() ? std::string(" ") : AsciiLower(s);
}

Span SummarySpan(std::string_view t) {
  std::vector<Line> lines = SplitLines(t);
  auto trimmed = [&](size_t b, size_t e) {
    while (b < e && std::isspace(static_cast<unsigned char>(t[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(t[e - 1]))) --e;
    return Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string h = HeadingText(t, lines, i);
    if (h != "summary" && h != "abstract" && h != "executive summary") continue;
    size_t end = t.size();
    bool content = false;
    for (size_t j = i + 1; j < lines.size(); ++j) {
      if (!content) {
        content = !lines[j].blank;
        continue;
      }
      if (!HeadingText(t, lines, j).empty()) {
        end = lines[j].begin;
        break;
      }
    }
    return trimmed(lines[i].end, end);
  }
  // No such section: the first paragraph that is not a title.
  size_t i = 0;
  while (i < lines.size()) {
    while (i < lines.size() && lines[i].blank) ++i;
    if (i >= lines.size()) break;
    size_t j = i;
    while (j < lines.size() && !lines[j].blank) ++j;
    bool title = j == i + 1 && !HeadingText(t, lines, i).empty();
    if (!title) return trimmed(lines[i].begin, lines[j - 1].end);
    i = j;
  }
  return Span{0, 0};
}

// An entity overlapping s, found by binary search (entities sorted by begin;
// mentions do not nest, so the neighbours of s are the only candidates).
const Entity* EntityAt(const std::vector<Entity>& v, Span s) {
  auto it = std::upper_bound(v.begin(), v.end(), s.begin,
                             [](uint32_t b, const Entity& e) { return b < e.span.begin; });
  if (it != v.begin() && std::prev(it)->span.Overlaps(s)) return &*std::prev(it);
  if (it != v.end() && it->span.Overlaps(s)) return &*it;
  return nullptr;
}

// A layer a rule cannot do without is neither in the document nor provided:
// an error, not a silent pass.
Status MissingLayer(std::string_view layer, std::string_view rule) {
  return Status::InvalidInput("no \"" + std::string(layer) + "\" layer, which rule \"" +
                              std::string(rule) + "\" needs (run `caucus " + std::string(layer) +
                              "` first)");
}

// A raw finding before positions and fingerprints.
struct Hit {
  size_t rule;
  Span span;
  std::string match;
  std::string message;
};

}  // namespace

struct Checker::Impl {
  RuleSet set;
  std::vector<RuleInfo> infos;
  CheckOptions options;
  bool entities = false, stances = false, known = false, acronyms = false;
  std::string entities_rule, stances_rule;  // the first rule that needs the layer
  uint8_t ignore_bits = 0;
};

Checker::Checker() : impl_(new Impl) {}
Checker::~Checker() = default;

Result<std::unique_ptr<Checker>> Checker::Create(std::string_view rules_json,
                                                 std::string_view rules_name,
                                                 CheckOptions options) {
  Result<RuleSet> set = check_internal::ParseRules(rules_json, rules_name);
  if (!set.ok()) return set.status();
  std::unique_ptr<Checker> c(new Checker);
  c->impl_->set = std::move(*set);
  c->impl_->options = std::move(options);
  for (const Rule& r : c->impl_->set.rules) {
    c->impl_->infos.push_back(r.info);
    c->impl_->ignore_bits |= r.ignore;
    switch (r.type) {
      case RuleType::kExistence:
      case RuleType::kOccurrence:
      case RuleType::kEntityForm:
        if (r.type == RuleType::kEntityForm || !r.entities.empty()) {
          if (!c->impl_->entities) c->impl_->entities_rule = r.info.id;
          c->impl_->entities = true;
        }
        break;
      case RuleType::kUnknownBody:
        c->impl_->known = true;
        c->impl_->acronyms = true;
        break;
      case RuleType::kAcronym:
        c->impl_->acronyms = true;
        break;
      case RuleType::kStance:
        if (!c->impl_->stances) c->impl_->stances_rule = r.info.id;
        c->impl_->stances = true;
        break;
      case RuleType::kSubstitution:
        break;
    }
  }
  return c;
}

const std::vector<RuleInfo>& Checker::rules() const { return impl_->infos; }
bool Checker::needs_entities() const { return impl_->entities || impl_->acronyms; }
bool Checker::needs_stances() const { return impl_->stances; }
bool Checker::needs_known_acronyms() const { return impl_->known; }

std::string FindingFile(const Document& doc) {
  std::string_view meta = doc.Raw("meta");
  if (!meta.empty() && meta.find("\"path\"") != std::string_view::npos) {
    try {
      nlohmann::json m = nlohmann::json::parse(meta.begin(), meta.end());
      if (m.is_object() && m.contains("path") && m["path"].is_string())
        return m["path"].get<std::string>();
    } catch (const nlohmann::json::exception&) {
    }
  }
  return doc.id();
}

Result<std::vector<Finding>> Checker::Check(const Document& doc) const {
  const Impl& im = *impl_;
  std::string_view t = doc.text();
  std::vector<Hit> hits;

  Masks masks;
  if (im.ignore_bits) masks = ComputeMasks(t);
  auto masked = [&](const Rule& r, Span s) {
    return ((r.ignore & kIgnoreCode) && Overlaps(masks.code, s)) ||
           ((r.ignore & kIgnoreUrls) && Overlaps(masks.urls, s)) ||
           ((r.ignore & kIgnoreLinks) && Overlaps(masks.links, s));
  };

  std::vector<Entity> entities;
  // Acronym rules read entities too, to tell "IRAN", a name in capitals, from
  // an acronym; they can do without, entity rules cannot.
  if (im.entities || im.acronyms) {
    bool found = false;
    Result<std::vector<Entity>> e = GetEntities(doc, &found);
    if (!e.ok()) return e.status();
    if (!found && im.options.entities) {
      e = im.options.entities(doc);
    } else if (!found && im.entities) {
      return MissingLayer("entities", im.entities_rule);
    }
    if (!e.ok()) return e.status();
    entities = std::move(*e);
    std::stable_sort(entities.begin(), entities.end(),
                     [](const Entity& a, const Entity& b) { return a.span.begin < b.span.begin; });
  }
  std::vector<AcronymDef> defs;
  if (im.acronyms) {
    bool found = false;
    Result<std::vector<AcronymDef>> a = GetAcronyms(doc, &found);
    if (!a.ok()) return a.status();
    defs = found ? std::move(*a) : FindAcronymDefinitions(t);
  }
  std::unique_ptr<LineIndex> lines;
  auto line_of = [&](uint32_t off) {
    if (!lines) lines = std::make_unique<LineIndex>(t);
    return lines->At(off).first;
  };

  // All matches of a rule's text matcher and entity selectors, in text order.
  // The text matches of all rules are found together, on first need.
  std::unique_ptr<check_internal::TextMatches> text_matches;
  auto collect = [&](size_t ri, const Rule& r, std::vector<std::pair<Span, size_t>>* out) {
    if (!r.matcher.alts.empty()) {
      if (!text_matches) text_matches = std::make_unique<check_internal::TextMatches>(im.set, t);
      text_matches->ForRule(ri, out);
      out->erase(
          std::remove_if(out->begin(), out->end(),
                         [&](const std::pair<Span, size_t>& m) { return masked(r, m.first); }),
          out->end());
    }
    if (!r.entities.empty()) {
      for (const Entity& e : entities) {
        for (const auto& sel : r.entities) {
          if (sel.Matches(e) && !masked(r, e.span)) {
            out->push_back({e.span, SIZE_MAX});
            break;
          }
        }
      }
      std::sort(out->begin(), out->end(),
                [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    }
  };

  for (size_t ri = 0; ri < im.set.rules.size(); ++ri) {
    const Rule& r = im.set.rules[ri];
    switch (r.type) {
      case RuleType::kExistence: {
        std::vector<std::pair<Span, size_t>> ms;
        collect(ri, r, &ms);
        for (const auto& [s, which] : ms) {
          std::string match = CollapseSpace(t.substr(s.begin, s.size()));
          std::string msg =
              Expand(r.message.empty() ? "Avoid \"{match}\"" : r.message, {{"match", match}});
          hits.push_back({ri, s, match, msg});
        }
        break;
      }
      case RuleType::kSubstitution: {
        std::vector<std::pair<Span, size_t>> ms;
        collect(ri, r, &ms);
        for (const auto& [s, which] : ms) {
          std::string_view raw = t.substr(s.begin, s.size());
          const std::string& want = r.matcher.alts[which].replacement;
          if (raw == want) continue;
          std::string match = CollapseSpace(raw);
          if (match == want) continue;  // a line break inside the term is not a misspelling
          std::string msg =
              Expand(r.message.empty() ? "Use \"{expected}\" instead of \"{match}\"" : r.message,
                     {{"match", match}, {"expected", want}});
          hits.push_back({ri, s, match, msg});
        }
        break;
      }
      case RuleType::kOccurrence: {
        std::vector<std::pair<Span, size_t>> ms;
        collect(ri, r, &ms);
        int64_t count = static_cast<int64_t>(ms.size());
        if (r.max >= 0 && count > r.max) {
          Span s = ms[static_cast<size_t>(r.max)].first;
          std::string match = CollapseSpace(t.substr(s.begin, s.size()));
          std::string msg = Expand(
              r.message.empty() ? "\"{match}\" appears {count} times; at most {limit} allowed"
                                : r.message,
              {{"match", match},
               {"count", std::to_string(count)},
               {"limit", std::to_string(r.max)}});
          hits.push_back({ri, s, match, msg});
        }
        if (r.min >= 0 && count < r.min) {
          std::string msg = Expand(
              r.message.empty() ? "found {count} occurrence(s) where at least {limit} are required"
                                : r.message,
              {{"match", ""}, {"count", std::to_string(count)}, {"limit", std::to_string(r.min)}});
          hits.push_back({ri, Span{0, 0}, "", msg});
        }
        break;
      }
      case RuleType::kAcronym:
      case RuleType::kUnknownBody: {
        std::unordered_map<std::string, uint32_t> first_def;
        for (const AcronymDef& d : defs) {
          auto it = first_def.find(d.short_form);
          uint32_t at =
              std::min(d.span.begin, d.long_span.size() ? d.long_span.begin : d.span.begin);
          if (it == first_def.end() || at < it->second) first_def[d.short_form] = at;
        }
        std::unordered_set<std::string> seen;
        for (const AcronymToken& tok : FindAcronymTokens(t, r.min_length, r.max_length)) {
          if (!seen.insert(tok.sf).second) continue;  // only the first use matters
          if (r.exceptions.count(tok.sf) || im.set.well_known.count(tok.sf)) continue;
          if (IsTimeZoneUse(t, tok.span.begin, tok.span.end)) continue;
          if (masked(r, tok.span)) {
            seen.erase(tok.sf);  // a use inside code or a link does not count
            continue;
          }
          auto def = first_def.find(tok.sf);
          if (r.type == RuleType::kAcronym) {
            // A name written in capitals that the recogniser read as a name
            // ("IRAN", "ITALIAN") is no acronym; an acronym inside a longer
            // name ("IP addresses", "ICANN Board") still is one.
            const Entity* e = EntityAt(entities, tok.span);
            if (e && e->span.Contains(tok.span) && (e->form == "name" || e->form == "demonym") &&
                std::none_of(e->text.begin(), e->text.end(), IsLower))
              continue;
            if (def != first_def.end() && def->second <= tok.span.begin) continue;
            std::string msg;
            if (def == first_def.end()) {
              msg =
                  "\"{match}\" is used but never defined; write the long form with \"({match})\" "
                  "at its first use";
            } else {
              msg = "\"{match}\" is used before its definition on line " +
                    std::to_string(line_of(def->second));
            }
            hits.push_back({ri, tok.span, tok.sf,
                            Expand(r.message.empty() ? msg : r.message, {{"match", tok.sf}})});
          } else {
            if (def != first_def.end()) continue;
            if (im.options.known_acronym && im.options.known_acronym(tok.sf)) continue;
            if (EntityAt(entities, tok.span)) continue;
            hits.push_back(
                {ri, tok.span, tok.sf,
                 Expand(r.message.empty() ? "\"{match}\" looks like the name of a body, but no "
                                            "dictionary or definition knows it"
                                          : r.message,
                        {{"match", tok.sf}})});
          }
        }
        break;
      }
      case RuleType::kEntityForm: {
        for (const Entity& e : entities) {
          if (!r.kind.empty() && r.kind != e.kind) continue;
          auto it = r.require.find(e.id);
          if (it == r.require.end() || r.ignore_forms.count(e.form) || masked(r, e.span)) continue;
          std::string written = CollapseSpace(t.substr(e.span.begin, e.span.size()));
          std::string norm = AsciiLower(written);
          if (norm.rfind("the ", 0) == 0) norm = norm.substr(4);
          std::string want = AsciiLower(it->second);
          if (want.rfind("the ", 0) == 0) want = want.substr(4);
          if (norm == want || r.allow.count(written)) continue;
          hits.push_back(
              {ri, e.span, written,
               Expand(r.message.empty() ? "Write \"{expected}\", not \"{match}\"" : r.message,
                      {{"match", written}, {"expected", it->second}})});
        }
        break;
      }
      case RuleType::kStance:
        break;  // below, once the summary is known
    }
  }

  // Stance rules: the summary (a section headed Summary/Abstract, else the
  // first paragraph) against the rest of the document.
  bool any_stance_rule = false;
  for (const Rule& r : im.set.rules) any_stance_rule |= r.type == RuleType::kStance;
  if (any_stance_rule) {
    bool found = false;
    Result<std::vector<Stance>> st = GetStances(doc, &found);
    if (!st.ok()) return st.status();
    if (!found && !im.options.stances) return MissingLayer("stances", im.stances_rule);
    if (!found) st = im.options.stances(doc);
    if (!st.ok()) return st.status();
    Span summary = SummarySpan(t);
    auto key = [](const Stance& s) {
      std::string actor = s.actor.id.empty() ? AsciiLower(s.actor.text) : s.actor.id;
      std::string target = !s.target.topic.empty()    ? s.target.topic
                           : !s.target.entity.empty() ? s.target.entity
                                                      : AsciiLower(CollapseSpace(s.target.text));
      return actor + "\x1f" + target;
    };
    std::map<std::string, const Stance*> said;  // in the summary, first wins
    for (const Stance& s : *st) {
      if (summary.Contains(s.span) && (s.polarity == "support" || s.polarity == "oppose"))
        said.emplace(key(s), &s);
    }
    for (size_t ri = 0; ri < im.set.rules.size() && !said.empty(); ++ri) {
      const Rule& r = im.set.rules[ri];
      if (r.type != RuleType::kStance) continue;
      for (const Stance& s : *st) {
        if (summary.Overlaps(s.span) || (s.polarity != "support" && s.polarity != "oppose"))
          continue;
        auto it = said.find(key(s));
        if (it == said.end() || it->second->polarity == s.polarity) continue;
        const Stance& sum = *it->second;
        std::string actor = sum.actor.id.empty() ? sum.actor.text : sum.actor.id;
        std::string topic =
            !sum.target.topic.empty() ? sum.target.topic : CollapseSpace(sum.target.text);
        std::string verb_sum = sum.polarity == "support" ? "supports" : "opposes";
        std::string verb_body = s.polarity == "support" ? "supports" : "opposes";
        std::string match = CollapseSpace(t.substr(s.span.begin, s.span.size()));
        std::string msg = Expand(
            r.message.empty() ? "the summary (line {line}) says {actor} {summary_verb} {topic}, "
                                "but here {actor} {body_verb} it"
                              : r.message,
            {{"actor", actor},
             {"topic", topic},
             {"summary_verb", verb_sum},
             {"body_verb", verb_body},
             {"line", std::to_string(line_of(sum.span.begin))},
             {"match", match}});
        hits.push_back({ri, s.span, actor + " " + verb_body + " " + topic, msg});
      }
    }
  }

  // A header or front matter is not checked (meta.header; docs/FORMAT.md).
  if (const uint32_t body = BodyStart(doc); body > 0) {
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [body](const Hit& h) {
                                return h.span.end > h.span.begin && h.span.end <= body;
                              }),
               hits.end());
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.rule < b.rule;
  });
  // One finding per token: an acronym that is both undefined and unknown is
  // reported by the acronym rule, whose fix (a definition) also answers the
  // unknown-body rule.
  auto type_of = [&](const Hit& h) { return im.set.rules[h.rule].type; };
  std::vector<Hit> kept;
  kept.reserve(hits.size());
  for (size_t i = 0; i < hits.size(); ++i) {
    bool shadowed = false;
    if (type_of(hits[i]) == RuleType::kUnknownBody) {
      // Hits are sorted by start: those at the same start are neighbours.
      for (size_t j = i; j > 0 && hits[j - 1].span.begin == hits[i].span.begin; --j) {
        shadowed |= hits[j - 1].span == hits[i].span && type_of(hits[j - 1]) == RuleType::kAcronym;
      }
      for (size_t j = i + 1; j < hits.size() && hits[j].span.begin == hits[i].span.begin; ++j) {
        shadowed |= hits[j].span == hits[i].span && type_of(hits[j]) == RuleType::kAcronym;
      }
    }
    if (!shadowed) kept.push_back(std::move(hits[i]));
  }
  hits.swap(kept);
  std::vector<Finding> out;
  out.reserve(hits.size());
  if (hits.empty()) return out;
  if (!lines) lines = std::make_unique<LineIndex>(t);
  std::string file = FindingFile(doc);
  std::unordered_map<std::string, uint32_t> occurrence;
  for (Hit& h : hits) {
    const Rule& r = im.set.rules[h.rule];
    Finding f;
    f.rule = r.info.id;
    f.severity = r.info.severity;
    f.message = std::move(h.message);
    f.file = file;
    f.doc = doc.id();
    f.span = h.span;
    std::tie(f.line, f.column) = lines->At(h.span.begin);
    std::tie(f.end_line, f.end_column) = lines->At(h.span.end);
    std::string k = f.rule + '\x1f' + h.match;
    uint32_t index = occurrence[k]++;
    uint64_t fp =
        Fnv1a("caucus-check/v1\x1f" + doc.id() + '\x1f' + k + '\x1f' + std::to_string(index));
    f.fingerprint = Hex64(fp);
    f.match = std::move(h.match);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace caucus
