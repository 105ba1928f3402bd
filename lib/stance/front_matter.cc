// The document pass for front matter: the leading metadata block holds no
// stances; its Author / Speaker line may name the document speaker. The
// header is parsed by caucus/front_matter.h, the parser `caucus read` uses.
#include "caucus/front_matter.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cues.h"
#include "stance/doc_text.h"
#include "stance/document.h"
#include "stance/entity_index.h"
#include "word_match.h"

namespace caucus::stance {

DocSpeaker SpeakerFromId(std::string_view id, std::string_view kind, const EntityIds& ids) {
  DocSpeaker s;
  s.id = id;
  s.kind = kind;
  if (const EntityView* e = ids.FirstActor(id)) {
    if (s.kind.empty()) s.kind = e->kind;
    s.name = e->name;
    // An executive office speaks for its government ("White House" -> USA).
    if (e->kind == "body" && ids.IsGovernment(e->org))
      return SpeakerFromId(e->org, "government", ids);
  }
  if (s.kind.empty()) s.kind = ids.IsGovernment(id) ? "government" : "body";
  if (s.name.empty()) s.name = id;
  return s;
}

DocSpeaker SpeakerFromId(std::string_view id, std::string_view kind,
                         const std::vector<EntityView>& ents, const internal::Lexicon& lex) {
  return SpeakerFromId(id, kind, EntityIds(ents, lex));
}

std::optional<DocSpeaker> FindDocSpeaker(const internal::Lexicon& lex, const Document& doc,
                                         const std::vector<EntityView>& ents) {
  const internal::EnglishWords& en = lex.english;
  std::string_view meta = doc.Raw("meta");
  if (!meta.empty()) {
    nlohmann::json m = nlohmann::json::parse(meta.begin(), meta.end(), nullptr, false);
    if (m.is_object() && m.contains("speaker")) {
      const nlohmann::json& s = m["speaker"];
      if (s.is_string() && !s.get<std::string>().empty())
        return SpeakerFromId(s.get<std::string>(), "", ents, lex);
      if (s.is_object() && s.contains("id") && s["id"].is_string()) {
        std::string kind = s.value("kind", std::string());
        if (kind != "government" && kind != "body") kind.clear();
        return SpeakerFromId(s["id"].get<std::string>(), kind, ents, lex);
      }
    }
  }
  // The header's key lines, as `caucus read` parses them.
  std::string_view text = doc.text();
  for (const FrontMatterField& f : ParseFrontMatter(text).fields) {
    if (!en.speaker_keys.Contains(std::string_view(f.key))) continue;
    const size_t vb = f.span.begin, e = f.span.end;
    size_t v = vb;
    // "The", "Government of", ...: each prefix and a space, in order.
    for (const std::string& pre : en.speaker_prefixes.words()) {
      if (text.substr(v, pre.size()) == pre && v + pre.size() < e && text[v + pre.size()] == ' ')
        v += pre.size() + 1;
    }
    // What may follow the speaker's name: the end of the value, a
    // parenthesis, or a list separator.
    auto ends_value = [&](size_t x) {
      while (x < e && text[x] == ' ') ++x;
      return x >= e || text[x] == '(' || text[x] == ';' || text[x] == ',';
    };
    for (const EntityView& ent : ents) {
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
      return SpeakerFromId(std::string(text.substr(v, 3)), "government", ents, lex);
    }
  }
  return std::nullopt;
}

// The UN General Debate Corpus names each statement by its state's ISO
// 3166 alpha-3 code, the session and the year: "BRA_69_2014.txt" (and this
// project's corpus "UNGD_BRA_69_2014.txt"). Only a code governments.json
// knows is taken.
std::optional<DocSpeaker> SpeakerFromFileName(const internal::Lexicon& lex, std::string_view id,
                                              const std::vector<EntityView>& ents) {
  const size_t slash = id.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? id : id.substr(slash + 1);
  if (name.size() > 4 && name.substr(name.size() - 4) == ".txt") name.remove_suffix(4);
  if (name.substr(0, 5) == "UNGD_") name.remove_prefix(5);
  auto digits = [](std::string_view d) {
    return !d.empty() &&
           std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  // CODE_SESSION_YEAR: three capitals, one to three digits, four digits.
  if (name.size() < 10 || name[3] != '_') return std::nullopt;
  const std::string_view code = name.substr(0, 3);
  if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return std::nullopt;
  const size_t second = name.find('_', 4);
  if (second == std::string_view::npos || second - 4 > 3 || !digits(name.substr(4, second - 4)) ||
      name.size() - second - 1 != 4 || !digits(name.substr(second + 1)))
    return std::nullopt;
  if (!EntityIds(ents, lex).IsGovernment(code)) return std::nullopt;
  return SpeakerFromId(code, "government", ents, lex);
}

}  // namespace caucus::stance
