// One way to a document's layers, for every tool.
//
//   AnnotatorOptions options;                    // --dict files, cue lexicon
//   Result<std::unique_ptr<Annotator>> a = Annotator::Create(options);
//   Status st = (*a)->AddStances(&doc);          // what `caucus stances` does
//   st = (*a)->Annotate(&doc, kStancesLayer);    // what stats, report, ... do
//
// A layer the document carries is used as it is. A missing one is computed
// exactly as the tool that writes it computes it, and stored in the document:
// entities as `caucus entities` does (AddEntities), stances as `caucus
// stances` does (AddStances: sentences, entities and the turns of a
// labelled transcript first when missing, then the finder with its document
// passes: turns, the document speaker, quotations, debates, echoed views). The tools that
// read layers (stats, report, graph, matrix, check, eval) get them here and
// then read them back from the record, as if they had been piped after
// `caucus stances`; so `caucus stats F` counts what `caucus stances F |
// caucus stats` counts, to the last digit of every score.
#ifndef CAUCUS_ANNOTATE_H_
#define CAUCUS_ANNOTATE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "caucus/record.h"
#include "caucus/stances.h"
#include "caucus/stats.h"
#include "caucus/status.h"

namespace caucus {

class Recognizer;

struct AnnotatorOptions {
  // Directory of the shipped dictionaries and cues.json; empty means
  // DefaultDictDir() (a program outside caucus's own tree names it).
  std::string dict_dir;
  // Extra files (--dict): entity dictionaries and cue lexicons (each goes
  // where its "kind" says).
  std::vector<std::string> user_files;
  // The stance finder's options (cue lexicon, min_score, speaker); its
  // user_files are replaced by the ones above, and an empty cues_file means
  // dict_dir's cues.json.
  StanceOptions stances;
};

// Layers Annotate can add, as bits.
inline constexpr uint32_t kEntitiesLayer = 1;
inline constexpr uint32_t kStancesLayer = 2;  // and sentences and entities, when missing

class Annotator {
 public:
  // The entity dictionaries and the cue lexicon load on first need, so a
  // corpus that carries its layers never pays for them; files the user named
  // (user_files, stances.cues_file) are loaded here, so that a bad one is one
  // error for the run, not one per document.
  static Result<std::unique_ptr<Annotator>> Create(const AnnotatorOptions& options);
  ~Annotator();

  // Computes and stores the "stances" layer (replacing one the document had),
  // with "sentences", "entities" and (for a CART or UN verbatim transcript)
  // "turns" first if the document lacks them: the filter body of `caucus
  // stances`. Thread-safe.
  Status AddStances(Document* doc) const;

  // Adds to `doc` each layer of `layers` (k*Layer bits) that it lacks,
  // as AddEntities and AddStances would; a present layer is kept as it is.
  // Fails if the dictionaries cannot be loaded or a present layer the
  // computation reads is malformed. Thread-safe.
  Status Annotate(Document* doc, uint32_t layers) const;

  // The recognizer and the finder, loaded on first call (thread-safe); the
  // load error otherwise.
  Result<const Recognizer*> recognizer() const;
  Result<const StanceFinder*> finder() const;

 private:
  Annotator();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The layers a tool reads, after Annotate has added the missing ones:
// entities always, stances when `need_stances`, sentences (read, or computed
// without being stored) when `need_sentences`. Fails if a layer is malformed
// or cannot be computed.
Status LoadLayers(Document* doc, const Annotator& annotator, bool need_stances, bool need_sentences,
                  DocumentLayers* out);

}  // namespace caucus

#endif  // CAUCUS_ANNOTATE_H_
