#include "caucus/front_matter.h"

#include <nlohmann/json.hpp>

#include "caucus/json.h"

namespace caucus {
namespace {

size_t LineEnd(std::string_view text, size_t b) {
  size_t e = text.find('\n', b);
  return e == std::string_view::npos ? text.size() : e;
}

std::string_view Trim(std::string_view l) {
  while (!l.empty() && (l.back() == ' ' || l.back() == '\t' || l.back() == '\r'))
    l.remove_suffix(1);
  while (!l.empty() && (l.front() == ' ' || l.front() == '\t')) l.remove_prefix(1);
  return l;
}

bool IsKeyChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
         c == ' ' || c == '-' || c == '_';
}

// "Key: value" at text[b, e) (after "# " in the corpus form): the
// lower-cased key, the trimmed value (quotes removed) and where it stands,
// into *f unless f is null (then only whether the line is one).
// Keys start with a letter and have at most 40 bytes.
bool KeyValue(std::string_view text, size_t b, size_t e, FrontMatterField* f) {
  const std::string_view line = text.substr(b, e - b);
  if (line.empty() || !((line[0] >= 'a' && line[0] <= 'z') || (line[0] >= 'A' && line[0] <= 'Z')))
    return false;
  size_t colon = 0;
  while (colon < line.size() && colon <= 40 && line[colon] != ':') {
    if (!IsKeyChar(static_cast<unsigned char>(line[colon]))) return false;
    ++colon;
  }
  if (colon >= line.size() || line[colon] != ':') return false;
  if (!f) return true;
  f->key.clear();
  for (char c : Trim(line.substr(0, colon))) f->key.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
  const std::string_view rest = line.substr(colon + 1);
  std::string_view v = Trim(rest);
  size_t vb = b + colon + 1 + static_cast<size_t>(v.data() - rest.data());
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    v = v.substr(1, v.size() - 2);
    ++vb;
  }
  f->value.assign(v);
  f->span = {static_cast<uint32_t>(vb), static_cast<uint32_t>(vb + v.size())};
  return true;
}

// The leading ISO 8601 date of a value: YYYY, YYYY-MM or YYYY-MM-DD.
std::string IsoPrefix(std::string_view v) {
  auto digits = [&v](size_t at, size_t n) {
    if (v.size() < at + n) return false;
    for (size_t k = at; k < at + n; ++k)
      if (v[k] < '0' || v[k] > '9') return false;
    return true;
  };
  if (!digits(0, 4)) return {};
  size_t n = 4;
  if (v.size() > 4 && v[4] == '-' && digits(5, 2)) {
    n = 7;
    if (v.size() > 7 && v[7] == '-' && digits(8, 2)) n = 10;
  }
  if (v.size() > n && v[n] >= '0' && v[n] <= '9') return {};
  return std::string(v.substr(0, n));
}

}  // namespace

namespace {

// ParseFrontMatter; with keep false, fm->fields holds as many fields as it
// would, all empty (FrontMatterEnd needs only their number and the end).
void ScanFrontMatter(std::string_view text, bool keep, FrontMatter* out) {
  FrontMatter& fm = *out;
  size_t p = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") p = 3;  // a byte-order mark is not text
  size_t e = LineEnd(text, p);
  FrontMatterField f;
  FrontMatterField* fp = keep ? &f : nullptr;
  if (Trim(text.substr(p, e - p)) == "---") {
    // YAML: up to the closing "---" or "..." line.
    for (size_t q = e + 1; q < text.size();) {
      const size_t qe = LineEnd(text, q);
      const std::string_view l = Trim(text.substr(q, qe - q));
      if (l == "---" || l == "...") {
        fm.end = static_cast<uint32_t>(std::min(qe + 1, text.size()));
        return;
      }
      const size_t lb = static_cast<size_t>(l.data() - text.data());
      if (KeyValue(text, lb, lb + l.size(), fp)) fm.fields.push_back(f);
      q = qe + 1;
    }
    fm.fields.clear();
    return;  // never closed: no front matter
  }
  // "# Key: value" lines.
  size_t q = p;
  while (q < text.size() && text[q] == '#') {
    const size_t qe = LineEnd(text, q);
    const std::string_view l = Trim(text.substr(q, qe - q));
    if (l == "# ---" || l == "#---") {
      if (!fm.fields.empty()) fm.end = static_cast<uint32_t>(std::min(qe + 1, text.size()));
      break;
    }
    if (l.size() > 2 && l[1] == ' ' && KeyValue(text, q + 2, q + l.size(), fp)) {
      fm.fields.push_back(f);
    } else if (q == p) {
      break;  // the first line must be a key line
    }
    q = qe + 1;
  }
  if (!fm.end && fm.fields.size() >= 2 && (q >= text.size() || text[q] != '#'))
    fm.end = static_cast<uint32_t>(std::min(q, text.size()));
  if (!fm.end) fm.fields.clear();
}

}  // namespace

FrontMatter ParseFrontMatter(std::string_view text) {
  FrontMatter fm;
  ScanFrontMatter(text, true, &fm);
  return fm;
}

// Without the fields' keys and values: called several times per document.
uint32_t FrontMatterEnd(std::string_view text) {
  FrontMatter fm;
  ScanFrontMatter(text, false, &fm);
  return fm.end;
}

std::string FrontMatterMetaMembers(std::string_view text) {
  const FrontMatter fm = ParseFrontMatter(text);
  if (!fm.end) return {};
  std::string out = ",\"header\":[0," + std::to_string(fm.end) + "]";
  auto add = [&out](const char* key, const std::string& v) {
    if (v.empty() || out.find(std::string("\"") + key + "\":") != std::string::npos) return;
    out += ",\"";
    out += key;
    out += "\":";
    AppendJsonString(v, &out);
  };
  for (const FrontMatterField& f : fm.fields) {
    if (f.key == "title") add("title", f.value);
    if (f.key == "date") add("date", IsoPrefix(f.value));
    if (f.key == "source") add("source", f.value);
    if (f.key == "author" || f.key == "author/org" || f.key == "by") add("author", f.value);
  }
  return out;
}

bool HeaderEndFromMeta(std::string_view meta, size_t text_size, uint32_t* end) {
  if (meta.find("\"header\"") == std::string_view::npos) return false;
  const nlohmann::json m = nlohmann::json::parse(meta.begin(), meta.end(), nullptr, false);
  if (!m.is_object()) return false;
  auto it = m.find("header");
  if (it == m.end() || !it->is_array() || it->size() != 2 || !(*it)[1].is_number_unsigned())
    return false;
  const uint64_t e = (*it)[1].get<uint64_t>();
  if (e > text_size) return false;
  *end = static_cast<uint32_t>(e);
  return true;
}

uint32_t BodyStart(const Document& doc) {
  uint32_t end = 0;
  if (HeaderEndFromMeta(doc.Raw("meta"), doc.text().size(), &end)) return end;
  return FrontMatterEnd(doc.text());
}

std::string MetaDate(std::string_view meta) {
  if (meta.find("\"date\"") == std::string_view::npos) return {};
  const nlohmann::json m = nlohmann::json::parse(meta.begin(), meta.end(), nullptr, false);
  if (!m.is_object()) return {};
  auto it = m.find("date");
  if (it == m.end() || !it->is_string()) return {};
  return IsoPrefix(it->get<std::string>());
}

}  // namespace caucus
