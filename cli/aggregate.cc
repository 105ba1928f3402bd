#include "aggregate.h"

#include <mutex>

#include "caucus/entities.h"

namespace caucus::cli {

Status MakeLayerProviders(const CommonArgs& common, bool stances, std::shared_ptr<void>* keep,
                          LayerProviders* out) {
  (void)stances;  // stance detection is wired in when the stances module lands
  EntityOptions opt;
  opt.dictionaries.user_files = common.dicts;
  // The dictionaries load on first use, so a corpus that carries its own
  // entities layer never pays for them.
  struct Lazy {
    EntityOptions options;
    std::once_flag once;
    Result<std::unique_ptr<Recognizer>> recognizer = Status::Internal("not loaded");
  };
  auto lazy = std::make_shared<Lazy>();
  lazy->options = opt;
  *keep = lazy;
  *out = LayerProviders();
  out->entities = [lazy](const Document& doc) -> Result<std::vector<Entity>> {
    std::call_once(lazy->once, [&] { lazy->recognizer = Recognizer::Create(lazy->options); });
    if (!lazy->recognizer.ok()) return lazy->recognizer.status();
    bool computed = false;
    return EnsureEntities(doc, **lazy->recognizer, &computed);
  };
  // A user dictionary is checked up front so that a bad --dict is one usage
  // error, not one error per document.
  if (!common.dicts.empty()) {
    std::call_once(lazy->once, [&] { lazy->recognizer = Recognizer::Create(lazy->options); });
    if (!lazy->recognizer.ok()) return lazy->recognizer.status();
  }
  return Status::Ok();
}

}  // namespace caucus::cli
