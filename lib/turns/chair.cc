// The chair of a UN verbatim record: the member presiding ("President: Mr.
// Dang ... (Viet Nam)", an acting president), and the chair's statements
// in its national capacity, which become turns of their own.
#include <algorithm>

#include "turns/parts.h"
#include "turns/patterns.h"
#include "turns/turns.h"

namespace caucus::turns {
namespace {

// Where the sentence holding `at` starts, not before `floor`: after a
// sentence stop, a label's colon or a line break.
uint32_t SentenceStartBefore(std::string_view text, uint32_t floor, uint32_t at,
                             const internal::EnglishWords& en) {
  uint32_t i = at;
  while (i > floor) {
    char c = text[i - 1];
    if (c == '\n' || c == ':' ||
        ((c == ' ' || c == '\t') && i >= floor + 2 &&
         (text[i - 2] == '.' || text[i - 2] == '?' || text[i - 2] == '!') &&
         !(text[i - 2] == '.' && IsTitleAbbrev(text, i - 2, en)))) {
      break;
    }
    --i;
  }
  return SkipSpaces(text, i, at);
}

// The government a name stands for. The name runs to its sentence's end at
// most: "Viet Nam. We support" is "Viet Nam".
std::optional<EntityRef> Government(const SpeakerResolver& resolve, std::string_view label) {
  std::string name = Collapse(label);
  for (size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1)) {
    if (dot + 1 == name.size() || name[dot + 1] == ' ') {
      name.resize(dot);
      break;
    }
  }
  std::optional<EntityRef> r = resolve(name);
  if (r && r->kind == "government") return r;
  return std::nullopt;
}

bool IsActingChair(std::string_view normalized) {
  return normalized.find("Acting") != std::string_view::npos ||
         normalized.find("Temporary") != std::string_view::npos ||
         normalized.find("Interim") != std::string_view::npos ||
         normalized.find("Vice-") != std::string_view::npos;
}

}  // namespace

void ResolveChair(std::string_view text, std::vector<Turn>* turns, const SpeakerResolver& resolve,
                  const internal::EnglishWords& en) {
  if (!resolve || turns->empty()) return;
  const Patterns& re = P();
  std::string_view g[2];
  std::optional<EntityRef> president;
  if (Match(re.un_presiding, text, 0, (*turns)[0].span.begin, RE2::UNANCHORED, g, 2)) {
    president = Government(resolve, g[1]);
  }
  std::vector<std::pair<uint32_t, EntityRef>> acting;
  for (uint32_t from = 0;
       from < text.size() && Match(re.un_acting, text, from, static_cast<uint32_t>(text.size()),
                                   RE2::UNANCHORED, g, 2);) {
    from = Off(text, g[0]) + static_cast<uint32_t>(g[0].size());
    if (std::optional<EntityRef> r = Government(resolve, g[1])) acting.emplace_back(from, *r);
  }
  // The chair's national statements.
  struct National {
    size_t turn;
    uint32_t begin, end;  // the statement, from its sentence to the return to the chair
    EntityRef who;
  };
  std::vector<National> national;
  for (size_t i = 0; i < turns->size(); ++i) {
    const Turn& t = (*turns)[i];
    if (t.role != "chair") continue;
    if (!Match(re.chair_national, text, t.span.begin, t.span.end, RE2::UNANCHORED, g, 2)) continue;
    // The country and at most six words after its first (see patterns.h).
    std::optional<EntityRef> who = Government(resolve, FirstWords(g[1], 6));
    if (!who) continue;
    const uint32_t at = Off(text, g[0]);
    National n{i, SentenceStartBefore(text, t.span.begin, at, en), t.span.end, *who};
    if (Match(re.chair_resume, text, at, t.span.end, RE2::UNANCHORED, g, 1)) {
      n.end = SentenceStartBefore(text, at, Off(text, g[0]), en);
    }
    national.push_back(n);
    if (!president && !IsActingChair(t.normalized)) president = *who;
  }
  for (Turn& t : *turns) {
    if (t.role != "chair" || !t.entity.empty()) continue;
    std::optional<EntityRef> who = president;
    if (IsActingChair(t.normalized)) {
      who.reset();
      for (const auto& [pos, r] : acting) {
        if (pos <= t.span.begin) who = r;
      }
    }
    if (!who) continue;
    t.entity = who->id;
    t.entity_kind = who->kind;
  }
  if (national.empty()) return;
  std::vector<Turn> out;
  size_t k = 0;
  for (size_t i = 0; i < turns->size(); ++i) {
    Turn& t = (*turns)[i];
    if (k >= national.size() || national[k].turn != i) {
      out.push_back(std::move(t));
      continue;
    }
    const National& n = national[k++];
    auto piece = [&](uint32_t b, uint32_t e, bool as_delegate) {
      e = TrimEnd(text, b, e);
      if (b >= e) return;
      Turn p = t;
      p.span = {b, e};
      p.notes = internal::FindNotes(text, p.span, en);
      if (as_delegate) {
        p.role = "delegate";
        p.entity = n.who.id;
        p.entity_kind = n.who.kind;
      }
      out.push_back(std::move(p));
    };
    // The label opens the chair's part, or the statement when it comes first.
    const uint32_t label_end = t.span.begin + static_cast<uint32_t>(t.speaker.size()) + 1;
    const bool statement_first = n.begin <= SkipSpaces(text, label_end, t.span.end);
    if (!statement_first) piece(t.span.begin, n.begin, false);
    piece(statement_first ? t.span.begin : n.begin, n.end, true);
    piece(n.end, t.span.end, false);
  }
  *turns = std::move(out);
}

}  // namespace caucus::turns
