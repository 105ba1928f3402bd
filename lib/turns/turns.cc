// Speaker turns: the cues a format parser found (formats.cc) become turns
// with a role, an entity, the groups spoken for and notes; then the chair
// (chair.cc), page furniture (notes.cc) and speakers who name themselves.
// The public functions of caucus/turns.h.
#include "turns/turns.h"

#include <algorithm>

#include "caucus/entities.h"
#include "turns/parts.h"
#include "turns/patterns.h"

namespace caucus::turns {
namespace {

// Groups named at the start of a turn's speech: "speaking on behalf of the
// Arab States", "On behalf of the African Group, I ...".
std::vector<std::string> OnBehalfOf(std::string_view text, uint32_t speech, uint32_t end,
                                    const SpeakerResolver& resolve) {
  std::vector<std::string> out;
  const Patterns& re = P();
  uint32_t window = std::min<uint32_t>(end, speech + 400);
  std::string_view g[1];
  uint32_t from = speech;
  while (from < window && Match(re.behalf, text, from, window, RE2::UNANCHORED, g, 1)) {
    uint32_t at = Off(text, g[0]);
    uint32_t name_begin = at + static_cast<uint32_t>(g[0].size());
    from = name_begin;
    // The clause before "on behalf of" must be about speaking, or the phrase
    // must open a sentence: "thank him on behalf of colleagues" is not it.
    uint32_t sb = at;
    while (sb > speech && text[sb - 1] != '.' && text[sb - 1] != '\n' && text[sb - 1] != ':') --sb;
    std::string_view before = text.substr(sb, at - sb);
    if (!Trim(before).empty() && !Contains(before, re.behalf_verb)) continue;
    uint32_t e = name_begin;
    int words = 0;
    while (e < window && text[e] != ',' && text[e] != '.' && text[e] != ';' && text[e] != ':' &&
           text[e] != '\n' && text[e] != '(') {
      if (text[e] == ' ') {
        ++words;
        std::string_view next = text.substr(e + 1, 6);
        if (words >= 8 || next.substr(0, 2) == "I " || next.substr(0, 5) == "said " ||
            next.substr(0, 3) == "we ") {
          break;
        }
      }
      ++e;
    }
    std::string_view name = Trim(text.substr(name_begin, e - name_begin));
    if (name.empty()) continue;
    std::optional<EntityRef> r;
    if (resolve) r = resolve(name);
    std::string id = r ? r->id : Slug(name);
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

Turn MakeTurn(std::string_view text, const Cue& c, uint32_t end, const SpeakerResolver& resolve,
              const internal::EnglishWords& en) {
  Turn t;
  t.span = {c.begin, end};
  t.speaker = c.speaker;
  t.normalized = c.normalized.empty() ? Normalize(c.speaker, en) : c.normalized;
  t.language = c.language;
  std::string role = c.role.empty() ? RoleFromLabel(c.speaker, en) : c.role;
  bool may_resolve = c.resolve && resolve && role != "questioner" && role != "moderator" &&
                     role != "interpreter" && role != "unknown";
  if (may_resolve) {
    std::optional<EntityRef> r;
    const std::string& label = c.entity_label.empty() ? c.speaker : c.entity_label;
    if (!label.empty()) r = resolve(label);
    if (!r && !c.fallback_label.empty()) r = resolve(c.fallback_label);
    // A chair resolves only to a state ("PRESIDENT OF KENYA" is a delegate);
    // "CHAIR OF ITU COUNCIL" does not speak for the ITU.
    if (r && role == "chair") {
      if (r->kind == "government") {
        role = "delegate";
      } else {
        r.reset();
      }
    }
    if (r) {
      t.entity = r->id;
      t.entity_kind = r->kind;
      if (role.empty()) role = r->kind == "person" ? "unknown" : "delegate";
    }
  }
  t.role = role.empty() ? "unknown" : role;
  t.notes = internal::FindNotes(text, t.span, en);
  if (t.language.empty()) {
    for (const Span& n : t.notes) {
      t.language = LanguageOf(text.substr(n.begin, n.size()), en);
      if (!t.language.empty()) break;
    }
  }
  if (t.role != "chair" && t.role != "moderator" && t.role != "questioner") {
    t.on_behalf_of = OnBehalfOf(text, c.speech, end, resolve);
    // "I speak on behalf of the Kingdom of the Netherlands" in the
    // Netherlands' own turn names no group: the speaker speaks for itself.
    t.on_behalf_of.erase(std::remove(t.on_behalf_of.begin(), t.on_behalf_of.end(), t.entity),
                         t.on_behalf_of.end());
  }
  return t;
}

// The government a turn's speaker names as "we" in its own words, if any.
std::optional<EntityRef> SelfIdentified(std::string_view text, const Turn& t,
                                        const SpeakerResolver& resolve) {
  const RE2& re = P().self_id;
  std::string_view g[2];
  uint32_t from = t.span.begin;
  while (from < t.span.end && Match(re, text, from, t.span.end, RE2::UNANCHORED, g, 2)) {
    // The name and at most five words after it (see patterns.h).
    const std::string_view name = FirstWords(g[1], 5);
    from = Off(text, name) + static_cast<uint32_t>(name.size());
    std::string_view who = name;
    // Drop a trailing connector the name run took: "the United States and".
    for (std::string_view w : {" and", " the", " of"}) {
      if (who.size() > w.size() && who.substr(who.size() - w.size()) == w) {
        who.remove_suffix(w.size());
      }
    }
    std::optional<EntityRef> r = resolve(who);
    if (r && r->kind == "government") return r;
  }
  return std::nullopt;
}

// Speakers whose label names no entity ("SENIOR ADMINISTRATION OFFICIAL")
// may say who they are ("we, as the United States"). In a press briefing
// the officials and the moderator all speak for the host, so one such
// self-identification, if it is the only government named so, covers them.
void InferFromSelfIdentification(std::string_view text, TurnFormat f, std::vector<Turn>* turns,
                                 const SpeakerResolver& resolve) {
  if (!resolve) return;
  std::optional<EntityRef> host;
  bool conflict = false;
  for (Turn& t : *turns) {
    if (!t.entity.empty() || (t.role != "delegate" && t.role != "unknown")) continue;
    std::optional<EntityRef> r = SelfIdentified(text, t, resolve);
    if (!r) continue;
    t.entity = r->id;
    t.entity_kind = r->kind;
    if (t.role == "unknown" && !t.speaker.empty()) t.role = "delegate";
    if (host && host->id != r->id) conflict = true;
    host = r;
  }
  if (f != TurnFormat::kScript || !host || conflict) return;
  for (Turn& t : *turns) {
    if (!t.entity.empty() || (t.role != "delegate" && t.role != "moderator")) continue;
    t.entity = host->id;
    t.entity_kind = host->kind;
  }
}

}  // namespace
}  // namespace caucus::turns

namespace caucus::internal {

using turns::Cue;
using turns::InferFromSelfIdentification;
using turns::MakeTurn;
using turns::MarkPageFurniture;
using turns::Parse;
using turns::Parsed;
using turns::ResolveChair;
using turns::TrimEnd;

std::vector<Turn> FindTurns(std::string_view text, const TurnOptions& options,
                            const SpeakerResolver& resolve, const internal::EnglishWords& en) {
  std::vector<Turn> turns;
  if (text.size() >= UINT32_MAX) return turns;
  TurnFormat f = options.format == TurnFormat::kAuto ? DetectTurnFormat(text, en) : options.format;
  Parsed parsed = Parse(text, f, en);
  std::sort(parsed.stops.begin(), parsed.stops.end());
  const uint32_t n = static_cast<uint32_t>(text.size());
  for (size_t i = 0; i < parsed.cues.size(); ++i) {
    const Cue& c = parsed.cues[i];
    uint32_t end = n;
    if (i + 1 < parsed.cues.size())
      end = std::min(parsed.cues[i + 1].begin, parsed.cues[i + 1].boundary);
    auto stop = std::upper_bound(parsed.stops.begin(), parsed.stops.end(), c.speech);
    if (stop != parsed.stops.end() && *stop < end) end = *stop;
    end = TrimEnd(text, c.begin, end);
    turns.push_back(MakeTurn(text, c, end, resolve, en));
  }
  if (f == TurnFormat::kUnVerbatim) {
    ResolveChair(text, &turns, resolve, en);
    MarkPageFurniture(text, &turns);
  }
  InferFromSelfIdentification(text, f, &turns, resolve);
  return turns;
}

}  // namespace caucus::internal

namespace caucus {

std::string_view TurnFormatName(TurnFormat format) {
  switch (format) {
    case TurnFormat::kAuto:
      return "auto";
    case TurnFormat::kNone:
      return "none";
    case TurnFormat::kCart:
      return "cart";
    case TurnFormat::kUnVerbatim:
      return "un-verbatim";
    case TurnFormat::kSummary:
      return "summary";
    case TurnFormat::kScript:
      return "script";
    case TurnFormat::kParliament:
      return "parliament";
  }
  return "none";
}

Result<TurnFormat> ParseTurnFormat(std::string_view name) {
  for (TurnFormat f :
       {TurnFormat::kAuto, TurnFormat::kNone, TurnFormat::kCart, TurnFormat::kUnVerbatim,
        TurnFormat::kSummary, TurnFormat::kScript, TurnFormat::kParliament}) {
    if (name == TurnFormatName(f)) return f;
  }
  return Status::InvalidInput("unknown turn format \"" + std::string(name) +
                              "\" (want auto, cart, un-verbatim, summary, script, parliament or "
                              "none)");
}

TurnFormat DetectTurnFormat(std::string_view text) {
  return internal::DetectTurnFormat(text, internal::ShippedEnglishWords());
}

std::vector<Turn> FindTurns(std::string_view text, const TurnOptions& options,
                            const SpeakerResolver& resolve) {
  return internal::FindTurns(text, options, resolve, internal::ShippedEnglishWords());
}

std::vector<Span> FindNotes(std::string_view text, Span span) {
  return internal::FindNotes(text, span, internal::ShippedEnglishWords());
}

bool MayHaveSpeakerLabels(std::string_view text) {
  // "):", "President:" or "Chair:": one pass over the colons (rarer than
  // the cues' first bytes), each looked at from its end.
  auto ends_with = [&text](size_t end, std::string_view s) {
    return end >= s.size() && text.compare(end - s.size(), s.size(), s) == 0;
  };
  for (size_t p = text.find(':'); p != std::string_view::npos; p = text.find(':', p + 1)) {
    if (ends_with(p, ")") || ends_with(p, "President") || ends_with(p, "Chair")) return true;
  }
  return text.find(">>") != std::string_view::npos;
}

Status TurnWordsStatus() { return internal::ShippedEnglishWordsStatus(); }

std::optional<size_t> TurnAt(const std::vector<Turn>& turns, uint32_t offset) {
  auto it = std::upper_bound(turns.begin(), turns.end(), offset,
                             [](uint32_t o, const Turn& t) { return o < t.span.begin; });
  if (it == turns.begin()) return std::nullopt;
  --it;
  if (offset >= it->span.end) return std::nullopt;
  return static_cast<size_t>(it - turns.begin());
}

SpeakerResolver RecognizerResolver(const Recognizer& recognizer) {
  return [&recognizer](std::string_view label) -> std::optional<EntityRef> {
    static const char* const kRank[] = {"government", "group", "body", "person"};
    auto rank = [](const std::string& kind) {
      for (int i = 0; i < 4; ++i) {
        if (kind == kRank[i]) return i;
      }
      return -1;
    };
    const std::vector<Entity> found = recognizer.Find(label);
    const Entity* best = nullptr;
    for (const Entity& e : found) {
      if (rank(e.kind) < 0) continue;
      if (!best || e.span.size() > best->span.size() ||
          (e.span.size() == best->span.size() && rank(e.kind) < rank(best->kind))) {
        best = &e;
      }
    }
    if (!best) return std::nullopt;
    return EntityRef{best->id, best->kind, best->name};
  };
}

void TurnStats::Add(const std::vector<Turn>& ts) {
  ++documents;
  turns += ts.size();
  for (const Turn& t : ts) {
    if (!t.entity.empty()) {
      ++resolved;
    } else if (t.speaker.empty()) {
      ++unlabelled;
    } else if (t.role == "chair" || t.role == "moderator" || t.role == "questioner" ||
               t.role == "interpreter") {
      ++procedural;
    } else {
      ++unresolved;
    }
  }
}

}  // namespace caucus
