// The public stance API (caucus/stances.h): loading the lexicon, and a
// document's stances. The engine is in lib/stance/; docs/STANCES.md gives
// its passes in order.
#include "caucus/stances.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "caucus/dictionary.h"
#include "caucus/entities.h"
#include "caucus/segment.h"
#include "caucus/turns.h"
#include "stance/document.h"
#include "stance/engine.h"
#include "stance/entity_index.h"
#include "stances_internal.h"

namespace caucus {

StanceFinder::StanceFinder() : impl_(std::make_unique<Impl>()) {}
StanceFinder::~StanceFinder() = default;

size_t StanceFinder::cue_count() const { return impl_->lex.phrases.size(); }
const std::string& StanceFinder::default_speaker() const { return impl_->speaker; }

namespace {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The English words file: next to the cue lexicon, else the shipped one.
std::string EnglishWordsFile(const std::string& cues_file) {
  const size_t slash = cues_file.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : cues_file.substr(0, slash);
  const std::string next = dir + "/english.json";
  if (std::ifstream(next).good()) return next;
  return DefaultDictDir() + "/english.json";
}

}  // namespace

Result<std::unique_ptr<StanceFinder>> StanceFinder::FromJson(const std::vector<std::string>& jsons,
                                                             const std::vector<std::string>& names,
                                                             double min_score) {
  std::unique_ptr<StanceFinder> f(new StanceFinder());
  internal::Lexicon& lex = f->impl_->lex;
  for (size_t i = 0; i < jsons.size(); ++i) {
    Status st = lex.Add(jsons[i], i < names.size() ? names[i] : "cues");
    if (!st.ok()) return st;
  }
  // Texts without a words file use the shipped English words.
  std::string words_name = "english words";
  if (!lex.has_english) {
    words_name = DefaultDictDir() + "/english.json";
    auto words = ReadFile(words_name);
    if (!words.ok()) return words.status();
    Status st = lex.Add(*words, words_name);
    if (!st.ok()) return st;
  }
  Status complete = lex.english.Finish(words_name);
  if (!complete.ok()) return complete;
  // Capitals for criticism ("Moscow must withdraw"), from the shipped
  // governments dictionary; without it, none.
  {
    const std::string gov = DefaultDictDir() + "/governments.json";
    auto text = ReadFile(gov);
    if (text.ok()) {
      Status st = lex.AddCapitals(*text, gov);
      if (!st.ok()) return st;
    }
  }
  // The topics of instruments ("the Paris Agreement": environment), from
  // the shipped topics dictionary; without it, none.
  {
    const std::string topics = DefaultDictDir() + "/topics.json";
    auto text = ReadFile(topics);
    if (text.ok()) {
      Status st = lex.AddInstrumentTopics(*text, topics);
      if (!st.ok()) return st;
    }
  }
  lex.Finish();
  f->impl_->normative_routes = stance::NormativeRoutes(lex.english);
  f->impl_->min_score = min_score;
  return f;
}

Result<std::unique_ptr<StanceFinder>> StanceFinder::Create(const StanceOptions& options) {
  std::vector<std::string> jsons, names;
  std::string path =
      options.cues_file.empty() ? DefaultDictDir() + "/cues.json" : options.cues_file;
  // The English words first, then the cue lexicon, then the user's files.
  for (const std::string& file : {EnglishWordsFile(path), path}) {
    auto text = ReadFile(file);
    if (!text.ok()) return text.status();
    jsons.push_back(std::move(*text));
    names.push_back(file);
  }
  for (const std::string& u : options.user_files) {
    auto t = ReadFile(u);
    if (!t.ok()) return t.status();
    // Only cue lexicons and words files extend the finder; entity
    // dictionaries are skipped.
    if (t->find("\"cue\"") == std::string::npos && t->find("\"words\"") == std::string::npos)
      continue;
    jsons.push_back(std::move(*t));
    names.push_back(u);
  }
  auto f = FromJson(jsons, names, options.min_score);
  if (f.ok()) (*f)->impl_->speaker = options.speaker;
  return f;
}

std::vector<Stance> StanceFinder::Find(std::string_view text,
                                       const std::vector<Sentence>& sentences,
                                       const std::vector<Entity>& entities) const {
  // The document passes without a document: the sentence and post passes.
  const std::vector<EntityView> views = Views(entities);
  stance::DocState d(*this, text, sentences, views);
  stance::RunDocPasses(&d);
  return std::move(d.stances);
}

namespace {

// The entities layer leaves a header out (meta.header), but a header line may
// say who speaks ("Author/org: The White House"). With a recognizer at hand
// and no meta.speaker, the header's names are found here, and the speaker
// they give is read by the stance passes as meta.speaker would be; an
// executive office speaks for its government.
std::optional<stance::DocSpeaker> HeaderSpeaker(const Document& doc, const Recognizer* recognizer,
                                                const StanceFinder& finder,
                                                std::optional<uint32_t> body_begin) {
  if (!recognizer) return std::nullopt;
  const uint32_t header = body_begin ? *body_begin : ContextOf(doc).body_begin;
  if (header == 0) return std::nullopt;
  const std::string_view raw = doc.Raw("meta");
  nlohmann::json meta = raw.empty() ? nlohmann::json::object()
                                    : nlohmann::json::parse(raw.begin(), raw.end(), nullptr, false);
  if (!meta.is_object() || meta.contains("speaker")) return std::nullopt;
  const std::vector<Entity> found = recognizer->Find(doc.text().substr(0, header));
  const std::vector<EntityView> hents = Views(found);
  std::optional<stance::DocSpeaker> speaker =
      stance::FindDocSpeaker(stance::LexiconOf(finder), doc, hents);
  if (!speaker) return std::nullopt;
  if (speaker->kind == "body") {
    const stance::DocSpeaker folded =
        stance::SpeakerFromId(speaker->id, "body", hents, stance::LexiconOf(finder));
    if (folded.kind == "government") speaker = folded;
  }
  return speaker;
}

// The document's stances from its sentences and entities.
Result<std::vector<Stance>> DocumentStances(const Document& doc, const Recognizer* recognizer,
                                            const StanceFinder& finder,
                                            const std::vector<Sentence>& sents,
                                            const std::vector<EntityView>& ents,
                                            std::optional<uint32_t> body_begin) {
  const std::optional<stance::DocSpeaker> header =
      HeaderSpeaker(doc, recognizer, finder, body_begin);
  return stance::FindDocumentStances(doc, finder, sents, ents, header ? &*header : nullptr);
}

}  // namespace

Status AddStances(Document* doc, const Recognizer* recognizer, const StanceFinder& finder,
                  std::optional<uint32_t> body_begin) {
  bool sc = false;
  auto sents = EnsureSentences(*doc, &sc);
  if (!sents.ok()) return sents.status();
  // The layer as views of the record's line (`form` tells demonyms); owned
  // holds the entities when they cannot be viewed there, or a recognizer
  // made them.
  bool have = false;
  std::vector<Entity> owned;
  std::vector<EntityView> ents;
  Status read = GetEntityViews(*doc, &have, &owned, &ents);
  if (!read.ok()) return read;
  std::string ents_layer;
  if (!have) {
    if (!recognizer) return Status::InvalidInput("no \"entities\" layer and no recognizer");
    bool ec = false;
    auto made = EnsureEntities(*doc, *recognizer, &ec);
    if (!made.ok()) return made.status();
    owned = std::move(*made);
    // The entities layer a recognizer made is written whole.
    ents_layer = EntitiesJson(owned);
    ents = Views(owned);
  }
  // The stance passes drop a body named inside a longer name ("ITU" in "ITU
  // Council", form "nested"): it is not an actor of its own, the longer name
  // is.
  ents.erase(std::remove_if(ents.begin(), ents.end(),
                            [](const EntityView& e) { return e.form == "nested"; }),
             ents.end());
  auto found = DocumentStances(*doc, recognizer, finder, *sents, ents, body_begin);
  if (!found.ok()) return found.status();
  std::vector<Stance>& st = *found;
  if (sc) doc->SetLayer("sentences", SentencesJson(*sents));
  if (!have) doc->SetLayer("entities", std::move(ents_layer));
  doc->SetLayer("stances", StancesJson(st));
  return Status::Ok();
}

}  // namespace caucus
