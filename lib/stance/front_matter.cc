// The document pass for front matter: the leading metadata block holds no
// stances; its Author / Speaker line may name the document speaker.
#include <nlohmann/json.hpp>

#include "stance/doc_text.h"
#include "stance/document.h"
#include "stance/entity_index.h"
#include "word_match.h"

namespace caucus::stance {

namespace {

// "# Key: value" -> key (lower-cased) and value offsets; false otherwise.
bool KeyLine(std::string_view text, size_t b, size_t e, std::string* key, size_t* vb) {
  if (e - b < 4 || text[b] != '#' || text[b + 1] != ' ') return false;
  size_t k = b + 2;
  if (!IsAlpha(static_cast<unsigned char>(text[k]))) return false;
  size_t colon = k;
  while (colon < e && colon - k <= 40 && text[colon] != ':') {
    unsigned char c = static_cast<unsigned char>(text[colon]);
    if (!(IsAlpha(c) || c == '/' || c == ' ' || c == '-' || c == '_' || (c >= '0' && c <= '9')))
      return false;
    ++colon;
  }
  if (colon >= e || text[colon] != ':') return false;
  *key = Lower(text.substr(k, colon - k));
  *vb = colon + 1;
  while (*vb < e && text[*vb] == ' ') ++*vb;
  return true;
}

}  // namespace

uint32_t FrontMatterEnd(std::string_view text) {
  size_t p = 0;
  // A byte-order mark is not text.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") p = 3;
  size_t e = LineEnd(text, p);
  if (TrimLine(text.substr(p, e - p)) == "---") {
    // YAML front matter: up to the closing "---" (or "...") line.
    size_t q = e + 1;
    while (q < text.size()) {
      size_t qe = LineEnd(text, q);
      std::string_view l = TrimLine(text.substr(q, qe - q));
      if (l == "---" || l == "...") return static_cast<uint32_t>(std::min(qe + 1, text.size()));
      q = qe + 1;
    }
    return 0;
  }
  std::string key;
  size_t vb = 0;
  if (!KeyLine(text, p, e, &key, &vb)) return 0;
  int keys = 0;
  size_t q = p;
  while (q < text.size() && text[q] == '#') {
    size_t qe = LineEnd(text, q);
    std::string_view l = TrimLine(text.substr(q, qe - q));
    if (l == "# ---" || l == "#---") return static_cast<uint32_t>(std::min(qe + 1, text.size()));
    if (KeyLine(text, q, qe, &key, &vb)) ++keys;
    q = qe + 1;
  }
  return keys >= 2 ? static_cast<uint32_t>(std::min(q, text.size())) : 0;
}

DocSpeaker SpeakerFromId(const std::string& id, const std::string& kind, const EntityIds& ids) {
  DocSpeaker s;
  s.id = id;
  s.kind = kind;
  if (const Entity* e = ids.FirstActor(id)) {
    if (s.kind.empty()) s.kind = e->kind;
    s.name = e->name;
    // An executive office speaks for its government ("White House" -> USA).
    if (e->kind == "body" && IsGovernmentId(e->org))
      return SpeakerFromId(e->org, "government", ids);
  }
  if (s.kind.empty()) s.kind = IsGovernmentId(id) ? "government" : "body";
  if (s.name.empty()) s.name = id;
  return s;
}

DocSpeaker SpeakerFromId(const std::string& id, const std::string& kind,
                         const std::vector<Entity>& ents) {
  return SpeakerFromId(id, kind, EntityIds(ents));
}

std::optional<DocSpeaker> FindDocSpeaker(const internal::EnglishWords& en, const Document& doc,
                                         const std::vector<Entity>& ents) {
  std::string_view meta = doc.Raw("meta");
  if (!meta.empty()) {
    nlohmann::json m = nlohmann::json::parse(meta.begin(), meta.end(), nullptr, false);
    if (m.is_object() && m.contains("speaker")) {
      const nlohmann::json& s = m["speaker"];
      if (s.is_string() && !s.get<std::string>().empty())
        return SpeakerFromId(s.get<std::string>(), "", ents);
      if (s.is_object() && s.contains("id") && s["id"].is_string()) {
        std::string kind = s.value("kind", std::string());
        if (kind != "government" && kind != "body") kind.clear();
        return SpeakerFromId(s["id"].get<std::string>(), kind, ents);
      }
    }
  }
  std::string_view text = doc.text();
  uint32_t body = FrontMatterEnd(text);
  size_t p = 0;
  while (p < body) {
    size_t e = std::min<size_t>(LineEnd(text, p), body);
    std::string key;
    size_t vb = 0;
    if (KeyLine(text, p, e, &key, &vb) && en.speaker_keys.Contains(std::string_view(key))) {
      size_t v = vb;
      // "The", "Government of", ...: each prefix and a space, in order.
      for (const std::string& pre : en.speaker_prefixes.words()) {
        if (text.substr(v, pre.size()) == pre && v + pre.size() < text.size() &&
            text[v + pre.size()] == ' ')
          v += pre.size() + 1;
      }
      // What may follow the speaker's name: the end of the line, a
      // parenthesis, or a list separator.
      auto ends_value = [&](size_t x) {
        while (x < e && text[x] == ' ') ++x;
        return x >= e || text[x] == '(' || text[x] == ';' || text[x] == ',' || text[x] == '\r';
      };
      for (const Entity& ent : ents) {
        if (ent.span.begin == v && (ent.kind == "government" || ent.kind == "body") &&
            ent.span.end <= e && ends_value(ent.span.end)) {
          DocSpeaker s;
          s.id = ent.id;
          s.kind = ent.kind;
          s.name = ent.name;
          return s;
        }
      }
      // "Government of BRA": an ISO 3166 alpha-3 code.
      if (v > vb && v + 3 <= e && IsUpper(static_cast<unsigned char>(text[v])) &&
          IsUpper(static_cast<unsigned char>(text[v + 1])) &&
          IsUpper(static_cast<unsigned char>(text[v + 2])) && ends_value(v + 3) &&
          text.substr(vb, v - vb).find("overnment") != std::string_view::npos) {
        return SpeakerFromId(std::string(text.substr(v, 3)), "government", ents);
      }
    }
    p = e + 1;
  }
  return std::nullopt;
}

}  // namespace caucus::stance
