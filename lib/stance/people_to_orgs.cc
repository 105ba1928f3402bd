// The post pass that gives the stances of people and executive offices to
// the organisation or government they speak for.
#include <algorithm>
#include <unordered_map>

#include "cues.h"
#include "stance/document.h"
#include "stance/entity_index.h"

namespace caucus::stance {
namespace {

// Stances not folded first, then folded ones that repeat none of them (same
// sentence, actor and polarity, overlapping evidence).
void DropRepeatedFolds(const std::vector<char>& folded, std::vector<Stance>* stances) {
  std::vector<Stance> out;
  // For each sentence, the stances of `out` in it: a fold is compared with
  // those only.
  std::unordered_map<uint32_t, std::vector<size_t>> in_sentence;
  for (size_t i = 0; i < stances->size(); ++i) {
    if (folded[i]) continue;
    in_sentence[(*stances)[i].sentence].push_back(out.size());
    out.push_back(std::move((*stances)[i]));
  }
  for (size_t i = 0; i < stances->size(); ++i) {
    if (!folded[i]) continue;
    Stance& st = (*stances)[i];
    std::vector<size_t>& same = in_sentence[st.sentence];
    bool dup = false;
    for (size_t k : same) {
      const Stance& o = out[k];
      dup |= o.actor.id == st.actor.id && o.polarity == st.polarity && o.span.Overlaps(st.span);
    }
    if (dup) continue;
    same.push_back(out.size());
    out.push_back(std::move(st));
  }
  *stances = std::move(out);
}

}  // namespace

void FoldPeopleToOrgs(const internal::Lexicon& lex, const std::vector<EntityView>& ents,
                      std::vector<Stance>* stances) {
  std::vector<char> folded(stances->size(), 0);
  bool changed = false;
  // Entities by id, built on the first lookup: no stance scans every entity.
  const EntityIds ids(ents, lex);
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
                               [](const EntityView& e, uint32_t p) { return e.span.begin < p; });
    if (std::string_view(st.actor.kind) == "body") {
      // An executive office ("the White House", "the Kremlin") speaks for its
      // government: the body's `org` is the government's id.
      const EntityView* office = nullptr;
      for (auto b = it; b != ents.end() && b->span.begin == st.actor.span.begin; ++b) {
        if (std::string_view(b->kind) == "body" && b->id == st.actor.id && ids.IsGovernment(b->org))
          office = &*b;
      }
      if (!office) office = ids.LastOffice(st.actor.id);
      if (!office) continue;
      fold(i, SpeakerFromId(office->org, "government", ids), "office");
      continue;
    }
    if (std::string_view(st.actor.kind) != "person") continue;
    const EntityView* person = nullptr;
    if (it != ents.end() && it->span == st.actor.span && std::string_view(it->kind) == "person")
      person = &*it;
    // A coreferent pronoun: the actor's id names the person.
    if (!person) person = ids.FirstSpeakingPerson(st.actor.id);
    if (!person || !SpeaksForOrg(*person)) continue;
    fold(i, SpeakerFromId(person->org, "", ids), "role");
  }
  if (changed) DropRepeatedFolds(folded, stances);
}

}  // namespace caucus::stance
