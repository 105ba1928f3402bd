// Dictionary- and rule-based entity recognition and linking.
//
//   Result<std::unique_ptr<Recognizer>> r = Recognizer::Create(options);
//   std::vector<Entity> found = (*r)->Find(text);          // thread-safe
//
// Matching: phrases match at word boundaries, longest match wins, acronyms
// (aliases with no lowercase letter) are case-sensitive and names are not;
// whitespace and line breaks inside a phrase are normalised, typographic
// apostrophes and dashes fold to ASCII ("ITU’s" is ITU), letters compare
// without diacritics, and a word hyphenated across a line break matches the
// unbroken word. Then rules, in this order: acronyms the document defines,
// spelling variants of multi-word body names, people with roles,
// back-references ("the Summit"), demonyms that name a people rather than
// the state ("500 million Chinese"), territory qualifiers ("Guam (US)"),
// dates, and bodies named inside longer names ("ITU" in "ITU Council").
#ifndef CAUCUS_ENTITIES_H_
#define CAUCUS_ENTITIES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/dictionary.h"
#include "caucus/record.h"
#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

// What the recognizer may know about a document besides its text.
struct DocContext {
  // Where the body starts: text before it (a header or front matter, which
  // `caucus read` moves into meta) is not analysed.
  uint32_t body_begin = 0;
  // meta.date (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD), empty if unknown. A
  // name several dated entries share (the PrepCom-3 of either WSIS phase)
  // links to the one whose dates fit; a state named before it existed gets
  // a lower score.
  std::string date;
};

// The context of a document: the end of its header (meta.header, else the
// front matter found in the text) and meta.date.
DocContext ContextOf(const Document& doc);

struct EntityOptions {
  DictionaryOptions dictionaries;
  // Kinds to report (government, body, event, instrument, person, group,
  // topic); empty means all.
  std::vector<std::string> kinds;
  // Stakeholder sectors of the bodies to report (intergovernmental,
  // government, private-sector, civil-society, technical-community,
  // academia); empty means all. Other kinds are not filtered by it; a body
  // without a sector (an acronym the document defines) is reported only
  // when this is empty.
  std::vector<std::string> sectors;
  // Find people with a role by rule ("Dr. X, Secretary-General of the ITU").
  bool person_rules = true;
  // A text longer than this many bytes is matched a window of about this
  // size at a time, so that memory stays a few times the text's size; the
  // windows are cut where no token can cross and overlap by enough tokens
  // for every rule, so what is found does not depend on them. 0: 8 MB.
  size_t window_bytes = 0;
};

class Recognizer {
 public:
  static Result<std::unique_ptr<Recognizer>> Create(const EntityOptions& options);
  ~Recognizer();

  // Finds entities in text, sorted by span. `defs` are acronym definitions
  // found in the same document: a defined acronym becomes an entity even if
  // no dictionary has it, and later uses link to what its long form names.
  // Thread-safe.
  std::vector<Entity> Find(std::string_view text, const std::vector<AcronymDef>* defs = nullptr,
                           const DocContext* context = nullptr) const;
  // Appends to *out the "entities" layer of what Find finds, exactly as
  // EntitiesJson(Find(text, defs, context)) writes it, without building the
  // Entities. Thread-safe.
  void AppendJson(std::string_view text, const std::vector<AcronymDef>* defs, std::string* out,
                  const DocContext* context = nullptr) const;

  const Dictionary& dictionary() const;

 private:
  friend Status AppendWithEntities(Document* doc, const Recognizer& recognizer,
                                   bool find_definitions, std::string* out);
  Recognizer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Returns the document's entities: the "entities" layer if present, else
// computes them with `recognizer` exactly as AddEntities (and so `caucus
// entities`) would. Sets *computed when it had to compute.
Result<std::vector<Entity>> EnsureEntities(const Document& doc, const Recognizer& recognizer,
                                           bool* computed);

// The entities AddEntities would store, returned instead (a present
// "entities" layer is ignored; a present "acronyms" layer is used).
Result<std::vector<Entity>> ComputeEntities(const Document& doc, const Recognizer& recognizer,
                                            bool find_definitions = true);

// Computes the document's entities and stores them as its "entities" layer
// (replacing one it had): what `caucus entities` does to a record. Acronyms
// defined in the document become entities there; the definitions are its
// "acronyms" layer if it has one, else those FindAcronymDefinitions finds in
// its text (unless !find_definitions). Every tool that computes entities goes
// through here or EnsureEntities, so they agree on which mentions exist.
// Fails only if a present "acronyms" layer is malformed.
Status AddEntities(Document* doc, const Recognizer& recognizer, bool find_definitions = true);

// Appends the record AddEntities makes of `doc` as one JSON line, with a
// trailing newline: what AddEntities then Document::AppendJsonLine would
// write. The entities are written straight into *out rather than held as a
// layer and then copied (a text dense with names has a layer ten times its
// size). `doc` is left as it was, unless it had an "entities" layer (which
// is replaced, as AddEntities does).
Status AppendWithEntities(Document* doc, const Recognizer& recognizer, bool find_definitions,
                          std::string* out);

}  // namespace caucus

#endif  // CAUCUS_ENTITIES_H_
