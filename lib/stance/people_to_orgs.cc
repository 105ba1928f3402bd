// The post pass that gives the stances of people and executive offices to
// the organisation or government they speak for.
#include <algorithm>

#include "stance/doc_text.h"
#include "stance/document.h"

namespace caucus::stance {

void FoldPeopleToOrgs(const std::vector<Entity>& ents, std::vector<Stance>* stances) {
  std::vector<char> folded(stances->size(), 0);
  bool changed = false;
  // Gives stance i to `to`, saying how (unless it already says).
  auto fold = [&](size_t i, const DocSpeaker& to, const char* via) {
    Stance& st = (*stances)[i];
    st.actor.id = to.id;
    st.actor.kind = to.kind;
    if (st.via.empty()) st.via = via;
    folded[i] = 1;
    changed = true;
  };
  for (size_t i = 0; i < stances->size(); ++i) {
    Stance& st = (*stances)[i];
    auto it = std::lower_bound(ents.begin(), ents.end(), st.actor.span.begin,
                               [](const Entity& e, uint32_t p) { return e.span.begin < p; });
    if (std::string_view(st.actor.kind) == "body") {
      // An executive office ("the White House", "the Kremlin") speaks for its
      // government: the body's `org` is the government's id.
      const Entity* office = nullptr;
      for (auto b = it; b != ents.end() && b->span.begin == st.actor.span.begin; ++b) {
        if (std::string_view(b->kind) == "body" && b->id == st.actor.id && IsGovernmentId(b->org))
          office = &*b;
      }
      if (!office) {
        for (const Entity& e : ents)
          if (std::string_view(e.kind) == "body" && e.id == st.actor.id && IsGovernmentId(e.org))
            office = &e;
      }
      if (!office) continue;
      fold(i, SpeakerFromId(office->org, "government", ents), "office");
      continue;
    }
    if (std::string_view(st.actor.kind) != "person") continue;
    const Entity* person = nullptr;
    if (it != ents.end() && it->span == st.actor.span && std::string_view(it->kind) == "person")
      person = &*it;
    if (!person) {
      // A coreferent pronoun: the actor's id names the person.
      for (const Entity& e : ents) {
        if (std::string_view(e.kind) == "person" && e.id == st.actor.id && SpeaksForOrg(e)) {
          person = &e;
          break;
        }
      }
    }
    if (!person || !SpeaksForOrg(*person)) continue;
    fold(i, SpeakerFromId(person->org, "", ents), "role");
  }
  if (!changed) return;
  // Stances not folded first, then folded ones that repeat none of them.
  std::vector<Stance> out;
  for (size_t i = 0; i < stances->size(); ++i)
    if (!folded[i]) out.push_back(std::move((*stances)[i]));
  for (size_t i = 0; i < stances->size(); ++i) {
    if (!folded[i]) continue;
    Stance& st = (*stances)[i];
    bool dup = false;
    for (const Stance& o : out) {
      dup |= o.sentence == st.sentence && o.actor.id == st.actor.id && o.polarity == st.polarity &&
             o.span.Overlaps(st.span);
    }
    if (!dup) out.push_back(std::move(st));
  }
  *stances = std::move(out);
}

}  // namespace caucus::stance
