#include "aggregate.h"

#include <mutex>

#include "caucus/entities.h"
#include "caucus/segment.h"
#include "caucus/stances.h"

namespace caucus::cli {

Status MakeLayerProviders(const CommonArgs& common, bool stances, std::shared_ptr<void>* keep,
                          LayerProviders* out) {
  // The dictionaries and the cue lexicon load on first use, so a corpus that
  // carries its own layers never pays for them.
  struct Lazy {
    EntityOptions entity_options;
    StanceOptions stance_options;
    std::once_flag entities_once, stances_once;
    Result<std::unique_ptr<Recognizer>> recognizer = Status::Internal("not loaded");
    Result<std::unique_ptr<StanceFinder>> finder = Status::Internal("not loaded");
    const Result<std::unique_ptr<Recognizer>>& Rec() {
      std::call_once(entities_once, [&] { recognizer = Recognizer::Create(entity_options); });
      return recognizer;
    }
    const Result<std::unique_ptr<StanceFinder>>& Finder() {
      std::call_once(stances_once, [&] { finder = StanceFinder::Create(stance_options); });
      return finder;
    }
  };
  auto lazy = std::make_shared<Lazy>();
  lazy->entity_options.dictionaries.user_files = common.dicts;
  lazy->stance_options.user_files = common.dicts;
  *keep = lazy;
  *out = LayerProviders();
  out->entities = [lazy](const Document& doc) -> Result<std::vector<Entity>> {
    const auto& rec = lazy->Rec();
    if (!rec.ok()) return rec.status();
    bool computed = false;
    return EnsureEntities(doc, **rec, &computed);
  };
  if (stances) {
    out->stances = [lazy](const Document& doc,
                          const std::vector<Entity>& entities) -> Result<std::vector<Stance>> {
      const auto& finder = lazy->Finder();
      if (!finder.ok()) return finder.status();
      bool computed = false;
      auto sentences = EnsureSentences(doc, &computed);
      if (!sentences.ok()) return sentences.status();
      return (*finder)->Find(doc.text(), *sentences, entities);
    };
  }
  // A user dictionary is checked up front so that a bad --dict is one usage
  // error, not one error per document.
  if (!common.dicts.empty()) {
    if (!lazy->Rec().ok()) return lazy->Rec().status();
    if (stances && !lazy->Finder().ok()) return lazy->Finder().status();
  }
  return Status::Ok();
}

}  // namespace caucus::cli
