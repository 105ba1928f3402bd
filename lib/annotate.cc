#include "caucus/annotate.h"

#include <mutex>
#include <utility>

#include "caucus/entities.h"
#include "caucus/segment.h"
#include "caucus/turns.h"
#include "stance/document.h"
#include "stances_internal.h"
#include "turns/turns.h"

namespace caucus {

struct Annotator::Impl {
  EntityOptions entity_options;
  StanceOptions stance_options;
  mutable std::once_flag entities_once, stances_once;
  mutable Result<std::unique_ptr<Recognizer>> recognizer = Status::Internal("not loaded");
  mutable Result<std::unique_ptr<StanceFinder>> finder = Status::Internal("not loaded");
};

Annotator::Annotator() : impl_(std::make_unique<Impl>()) {}
Annotator::~Annotator() = default;

Result<std::unique_ptr<Annotator>> Annotator::Create(const AnnotatorOptions& options) {
  std::unique_ptr<Annotator> a(new Annotator());
  a->impl_->entity_options.dictionaries.user_files = options.user_files;
  a->impl_->stance_options = options.stances;
  a->impl_->stance_options.user_files = options.user_files;
  if (!options.dict_dir.empty()) {
    a->impl_->entity_options.dictionaries.dir = options.dict_dir;
    if (options.stances.cues_file.empty())
      a->impl_->stance_options.cues_file = options.dict_dir + "/cues.json";
  }
  if (!options.user_files.empty()) {
    auto r = a->recognizer();
    if (!r.ok()) return r.status();
  }
  if (!options.user_files.empty() || !options.stances.cues_file.empty()) {
    auto f = a->finder();
    if (!f.ok()) return f.status();
  }
  return a;
}

Result<const Recognizer*> Annotator::recognizer() const {
  const Impl& im = *impl_;
  std::call_once(im.entities_once,
                 [&im] { im.recognizer = Recognizer::Create(im.entity_options); });
  if (!im.recognizer.ok()) return im.recognizer.status();
  return static_cast<const Recognizer*>(im.recognizer->get());
}

Result<const StanceFinder*> Annotator::finder() const {
  const Impl& im = *impl_;
  std::call_once(im.stances_once, [&im] { im.finder = StanceFinder::Create(im.stance_options); });
  if (!im.finder.ok()) return im.finder.status();
  return static_cast<const StanceFinder*>(im.finder->get());
}

Status Annotator::AddStances(Document* doc) const {
  auto finder = this->finder();
  if (!finder.ok()) return finder.status();
  // A meeting record read straight from its file (`caucus stances
  // record.pdf`) gets its turns here, so first-person stances reach the
  // speaker; `caucus turns` upstream would have added them. Only the
  // labelled formats: a debate or a one-speech document without labels does
  // better with the document passes (speaker, debates) than with turns.
  // The turn rules read the English words the finder loaded with its
  // lexicon (english.json is read once).
  if (!doc->Has("turns") && MayHaveSpeakerLabels(doc->text())) {
    const internal::EnglishWords& en = stance::EnglishOf(**finder);
    const TurnFormat format = internal::DetectLabelledTurnFormat(doc->text(), en);
    if (format == TurnFormat::kCart || format == TurnFormat::kUnVerbatim) {
      auto names = recognizer();
      if (!names.ok()) return names.status();
      TurnOptions options;
      options.format = format;
      doc->SetLayer("turns", TurnsJson(internal::FindTurns(doc->text(), options,
                                                           RecognizerResolver(**names), en)));
    }
  }
  // The recognizer for a document without an entities layer, or with a
  // header, whose names the layer leaves out (the header may say who speaks).
  // Where the header ends is found once, for this and for the header's
  // names.
  const Recognizer* rec = nullptr;
  const uint32_t body_begin = ContextOf(*doc).body_begin;
  if (!doc->Has("entities") || body_begin > 0) {
    auto r = recognizer();
    if (!r.ok()) return r.status();
    rec = *r;
  }
  return caucus::AddStances(doc, rec, **finder, body_begin);
}

Status Annotator::Annotate(Document* doc, uint32_t layers) const {
  if ((layers & kStancesLayer) && !doc->Has("stances")) {
    Status st = AddStances(doc);  // adds the entities too
    if (!st.ok()) return st;
  }
  if ((layers & kEntitiesLayer) && !doc->Has("entities")) {
    auto r = recognizer();
    if (!r.ok()) return r.status();
    return AddEntities(doc, **r);
  }
  return Status::Ok();
}

Status LoadLayers(Document* doc, const Annotator& annotator, bool need_stances, bool need_sentences,
                  DocumentLayers* out) {
  Status st = annotator.Annotate(doc, kEntitiesLayer | (need_stances ? kStancesLayer : 0));
  if (!st.ok()) return st;
  bool found = false;
  auto ents = GetEntities(*doc, &found);
  if (!ents.ok()) return ents.status();
  out->entities = std::move(*ents);
  if (need_stances) {
    auto stances = GetStances(*doc, &found);
    if (!stances.ok()) return stances.status();
    out->stances = std::move(*stances);
  }
  if (need_sentences) {
    bool computed = false;
    auto s = EnsureSentences(*doc, &computed);
    if (!s.ok()) return s.status();
    out->sentences = std::move(*s);
  }
  return Status::Ok();
}

}  // namespace caucus
