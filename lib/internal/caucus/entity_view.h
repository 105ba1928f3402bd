// Entities as views: the fields of an Entity (caucus/types.h) as string
// views into strings that outlive them, for the stance engine, which reads a
// document's entities layer once per record and never changes it. Reading
// the layer into views of the record's line costs no allocation per field,
// and copying or dropping a view costs no string copy.
//
//   std::vector<Entity> owned;  // used only when the layer cannot be viewed
//   std::vector<EntityView> ents;
//   Status st = GetEntityViews(doc, &found, &owned, &ents);
//   // ents stay valid while doc's line (and `owned`) live unchanged
#ifndef CAUCUS_ENTITY_VIEW_H_
#define CAUCUS_ENTITY_VIEW_H_

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/record.h"
#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

// An Entity whose strings are views (see Entity for the fields).
struct EntityView {
  Span span;
  std::string_view text;
  std::string_view kind;
  std::string_view id;
  std::string_view name;
  std::string_view form;
  std::string_view role;
  std::string_view org;
  std::string_view sector;
  std::string_view country;
  double score = 1;

  EntityView() = default;
  // Views of e's strings: e must outlive the view, unchanged.
  explicit EntityView(const Entity& e)
      : span(e.span),
        text(e.text),
        kind(e.kind),
        id(e.id),
        name(e.name),
        form(e.form),
        role(e.role),
        org(e.org),
        sector(e.sector),
        country(e.country),
        score(e.score) {}
};

// Views of every entity of `ents`, in order; `ents` must outlive them.
inline std::vector<EntityView> Views(const std::vector<Entity>& ents) {
  return std::vector<EntityView>(ents.begin(), ents.end());
}

// Strings made for views (the name of a speaker an entity is made for), at
// addresses that do not move while the store lives.
class StringStore {
 public:
  std::string_view Keep(std::string s) { return kept_.emplace_back(std::move(s)); }

 private:
  std::deque<std::string> kept_;
};

// The entities layer of `doc` as GetEntities reads it (same values, same
// errors), as views into doc's line and text where the layer is as
// EntitiesJson writes it without escapes (the usual case), else into
// *owned, which GetEntities fills. The views stay valid while doc's line
// and text and *owned live unchanged.
Status GetEntityViews(const Document& doc, bool* found, std::vector<Entity>* owned,
                      std::vector<EntityView>* out);

}  // namespace caucus

#endif  // CAUCUS_ENTITY_VIEW_H_
