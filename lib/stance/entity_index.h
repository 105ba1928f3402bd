// Internal: entity lists in span order for the stance engine, and overlap
// queries on them. Not part of the public API.
#ifndef CAUCUS_LIB_STANCE_ENTITY_INDEX_H_
#define CAUCUS_LIB_STANCE_ENTITY_INDEX_H_

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "caucus/entity_view.h"
#include "caucus/types.h"

namespace caucus::internal {
struct Lexicon;
struct EnglishWords;
class WordList;
}  // namespace caucus::internal

namespace caucus::stance {

// Sorts entities by span (begin, then end), as std::sort with that order
// does.
void SortBySpan(std::vector<EntityView>* ents);

// `ents` followed by `added`, sorted as SortBySpan sorts: each entity is
// copied or moved once, straight to its place.
std::vector<EntityView> MergeBySpan(const std::vector<EntityView>& ents,
                                    std::vector<EntityView> added);

// The checks on a mention's neighbours that both target linkers make
// (LinkSpan on text, SentenceAnalyzer::LinkTarget on units), on the text:
// - AfterSidePrefix: the mention starting at `begin` follows a side prefix
//   and a hyphen ("the anti-Russian campaign", `side_prefixes`);
// - BeforePlaceSuffix: the mention ending at `end` is glued by a hyphen to
//   a word of `words` ("a U.S.-based body", `place_compound_words`);
// - AfterFirstHalf: the mention starting at `begin` follows a capitalised
//   first half and a hyphen ("the Sino-Japanese war"), one side of a pair
//   (the caller checks that the mention is a government's).
bool AfterSidePrefix(std::string_view text, const internal::WordList& side_prefixes,
                     uint32_t begin);
bool BeforePlaceSuffix(std::string_view text, const internal::WordList& words, uint32_t end);
bool AfterFirstHalf(std::string_view text, uint32_t begin);

// Whether a mention or target of `kind` and `id` is a body or a bloc of
// states (english.json political_groups): a party whose conduct a stance
// can be on, linked as a state is.
bool PartyBody(const internal::EnglishWords& en, std::string_view kind, std::string_view id);

// Links a target to the entities inside its span (`ents` sorted by span, of
// `text`): `topic` the first topic, `entity` and `kind` the first other
// entity whose id is not `self` (the stance's own actor).
// An entity links only if it starts before `entity_before` (the head of a
// long target); topics anywhere in the span. A government joined to another
// by a hyphen ("the Israeli-Palestinian crisis") links neither, nor one
// after a side prefix (`en.side_prefixes`: "the anti-Russian campaign"). An
// opposition (`entity_before` given) links no government after a preposition
// of its victim or scene (`en.victim_prepositions`: "attacks on Israeli
// cities are unacceptable"), a support none after one of a hostile act or
// a scene (`en.hostile_prepositions`: "stabilize the situation in Libya").
void LinkSpan(const std::vector<EntityView>& ents, std::string_view text,
              const internal::EnglishWords& en, std::string_view self, StanceTarget* t,
              uint32_t entity_before = UINT32_MAX);

// A target that links an instrument and no topic carries the instrument's
// topic (Lexicon::InstrumentTopic: "we support the Paris Agreement" links
// paris-agreement and environment).
void CarryInstrumentTopic(const internal::Lexicon& lex, StanceTarget* t);

// Whether a span overlaps any of a list of entities, by binary search over
// their spans sorted by start with the largest end so far. Built on the
// first query.
class EntityOverlaps {
 public:
  explicit EntityOverlaps(const std::vector<EntityView>& ents) : ents_(ents) {}
  bool Any(Span s);

 private:
  const std::vector<EntityView>& ents_;
  bool built_ = false;
  std::vector<uint32_t> begins_;   // sorted
  std::vector<uint32_t> max_end_;  // max_end_[i]: the largest end among the first i + 1
};

// A set of spans, for the per-stance test "is the actor one of these
// mentions?": a sorted copy searched by binary search.
class SpanSet {
 public:
  explicit SpanSet(const std::vector<Span>& spans);
  bool Contains(Span s) const;

 private:
  std::vector<uint64_t> keys_;  // begin << 32 | end, sorted
};

// Whether a person entity speaks for its `org`: it has one, and its role is
// held now ("former", "ex-", "retired", "late" roles speak for nobody).
bool SpeaksForOrg(const EntityView& person);

// Entities by id, for the lookups the document passes make per stance or
// per quotation. The first few lookups scan the list; then a map is built in
// one pass over it, so the work stays linear in the number of entities
// whatever the number of lookups. `ents` must outlive it, unchanged.
class EntityIds {
 public:
  // `lex` says which ids are governments' (its governments dictionaries).
  EntityIds(const std::vector<EntityView>& ents, const internal::Lexicon& lex)
      : ents_(ents), lex_(lex) {}
  // Whether `id` is a government's (an id of the governments dictionaries;
  // "ITU" and "NSA" are bodies' although they look like ISO codes).
  bool IsGovernment(std::string_view id) const;
  // The first government or body with this id, or null.
  const EntityView* FirstActor(std::string_view id) const { return At(id, &Slots::first_actor); }
  // The last body with this id that is a government's office (its org a
  // government's id: "White House" -> USA), or null.
  const EntityView* LastOffice(std::string_view id) const { return At(id, &Slots::last_office); }
  // The first person with this id that speaks for its org, or null.
  const EntityView* FirstSpeakingPerson(std::string_view id) const {
    return At(id, &Slots::first_person);
  }

 private:
  struct Slots {
    int32_t first_actor = -1, last_office = -1, first_person = -1;
  };
  const EntityView* At(std::string_view id, int32_t Slots::*slot) const;
  bool IsOffice(const EntityView& e) const;
  static constexpr int kScansBeforeMap = 4;
  const std::vector<EntityView>& ents_;
  const internal::Lexicon& lex_;
  mutable int scans_ = 0;
  mutable bool built_ = false;
  mutable std::unordered_map<std::string_view, Slots> by_id_;
};

}  // namespace caucus::stance

#endif  // CAUCUS_LIB_STANCE_ENTITY_INDEX_H_
