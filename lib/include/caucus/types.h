// Plain in-memory forms of the record layers (docs/FORMAT.md). The library's
// algorithms work on these; record.h converts them to and from JSON.
//
// All spans are [begin, end) in UTF-8 bytes of the document text.
#ifndef CAUCUS_TYPES_H_
#define CAUCUS_TYPES_H_

#include <cstdint>
#include <string>
#include <vector>

namespace caucus {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span& o) const { return begin == o.begin && end == o.end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
};

struct Sentence {
  Span span;
  uint32_t paragraph = 0;  // index of the paragraph this sentence belongs to
};

struct Paragraph {
  Span span;
};

struct Token {
  Span span;
};

// One recognised mention. kind is one of: government, body, event,
// instrument, person, group, topic.
struct Entity {
  Span span;
  std::string text;  // the bytes of the span, as written
  std::string kind;
  std::string id;    // ISO alpha-3 for governments; short name for bodies; slug otherwise
  std::string name;  // canonical name
  std::string form;  // how it matched: "name", "alias", "acronym", "demonym", "defined", "rule"
  // For people with a role: "Secretary-General" and the body the role links to ("ITU").
  std::string role;
  std::string org;
  // Bodies: the stakeholder sector ("intergovernmental", "government",
  // "private-sector", "civil-society", "technical-community", "academia").
  std::string sector;
  // The country (ISO alpha-3) of a national body, or of a people ("form": "people").
  std::string country;
  // How sure the link is, in (0, 1]: below 1 for weak forms, spelling
  // variants, back-references and names whose time does not fit the document.
  double score = 1;
};

struct AcronymDef {
  std::string short_form;
  std::string long_form;
  Span span;       // of the short form
  Span long_span;  // of the long form
  double confidence = 0;
  bool defined = true;  // false: used in the text but never defined (no long form)
};

struct Turn {
  Span span;
  std::string speaker;     // raw label, as written
  std::string normalized;  // normalised speaker ("Iran", "Mr. Levitte")
  std::string role;    // chair, delegate, secretariat, moderator, interpreter, questioner, unknown
  std::string entity;  // id of the entity the speaker stands for, empty if unknown
  std::string entity_kind;                // kind of that entity
  std::vector<std::string> on_behalf_of;  // ids of groups announced at the start of the turn
  std::string language;                   // "French" from "(spoke in French)", empty if not stated
  std::vector<Span> notes;                // stage directions / transcription notes inside the turn
};

struct StanceActor {
  std::string id;
  std::string kind;
  std::string text;
  Span span;
};

struct StanceTarget {
  std::string text;
  std::string topic;   // topic id, if linked
  std::string entity;  // entity id, if linked (written as "id"): a state criticised, a body, an
                       // instrument, another actor's position
  std::string kind;    // the kind of that entity (government, body, ...), when known
  Span span;
};

struct Stance {
  StanceActor actor;
  std::string polarity;  // support, oppose, neutral
  std::string act;       // propose, call-for, support, reject, ...
  StanceTarget target;
  Span span;  // evidence
  uint32_t sentence = 0;
  std::string modality;  // asserted, negated, hedged, reported
  double score = 0;
  std::string via;  // optional: "on-behalf-of", "supported-by", "turn" ... how the actor was found
};

}  // namespace caucus

#endif  // CAUCUS_TYPES_H_
