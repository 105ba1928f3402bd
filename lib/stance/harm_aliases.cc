// Post pass harm-aliases: a topic named by a harm it counters.
#include <algorithm>
#include <string>

#include "english_words.h"
#include "stance/document.h"

namespace caucus::stance {

namespace {

// The mention's words lower-cased, with runs of white space as one space
// ("Climate\nchange" -> "climate change").
std::string Folded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(internal::AsciiLower(c));
  }
  return out;
}

}  // namespace

void UnlinkHarmAliases(const internal::EnglishWords& en, const std::vector<EntityView>& ents,
                       std::vector<Stance>* stances) {
  if (en.harm_topic_aliases.empty()) return;
  for (Stance& s : *stances) {
    if (s.polarity != "oppose" || s.target.topic.empty()) continue;
    const Span span = s.target.span;
    if (span.begin >= span.end) continue;
    // The target's mentions of its topic: all harm aliases, or the link stays
    // (an instrument's topic, "threats to privacy and to cybersecurity").
    bool any = false, all_harms = true;
    auto it = std::lower_bound(ents.begin(), ents.end(), span.begin,
                               [](const EntityView& e, uint32_t p) { return e.span.begin < p; });
    for (; it != ents.end() && it->span.begin < span.end && all_harms; ++it) {
      if (it->span.end > span.end || it->kind != "topic" || it->id != s.target.topic) continue;
      any = true;
      all_harms = en.harm_topic_aliases.Contains(Folded(it->text));
    }
    if (any && all_harms) s.target.topic.clear();
  }
}

}  // namespace caucus::stance
