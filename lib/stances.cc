// The public stance API (caucus/stances.h): loading the lexicon, and a
// document's stances. The engine is in lib/stance/; docs/STANCES.md gives
// its passes in order.
#include "caucus/stances.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

#include "caucus/dictionary.h"
#include "caucus/entities.h"
#include "caucus/segment.h"
#include "caucus/turns.h"
#include "stance/document.h"
#include "stance/engine.h"
#include "stance/entity_index.h"
#include "stance/first_person.h"

namespace caucus {

StanceFinder::StanceFinder() : impl_(std::make_unique<Impl>()) {}
StanceFinder::~StanceFinder() = default;

size_t StanceFinder::cue_count() const { return impl_->lex.phrases.size(); }
const std::string& StanceFinder::default_speaker() const { return impl_->speaker; }

Result<std::unique_ptr<StanceFinder>> StanceFinder::FromJson(const std::vector<std::string>& jsons,
                                                             const std::vector<std::string>& names,
                                                             double min_score) {
  std::unique_ptr<StanceFinder> f(new StanceFinder());
  for (size_t i = 0; i < jsons.size(); ++i) {
    Status st = f->impl_->lex.Add(jsons[i], i < names.size() ? names[i] : "cues");
    if (!st.ok()) return st;
  }
  f->impl_->lex.Finish();
  f->impl_->min_score = min_score;
  return f;
}

namespace {
Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

Result<std::unique_ptr<StanceFinder>> StanceFinder::Create(const StanceOptions& options) {
  std::vector<std::string> jsons, names;
  std::string path =
      options.cues_file.empty() ? DefaultDictDir() + "/cues.json" : options.cues_file;
  auto main = ReadFile(path);
  if (!main.ok()) return main.status();
  jsons.push_back(std::move(*main));
  names.push_back(path);
  for (const std::string& u : options.user_files) {
    auto t = ReadFile(u);
    if (!t.ok()) return t.status();
    // Only cue lexicons extend the finder; entity dictionaries are skipped.
    if (t->find("\"cue\"") == std::string::npos) continue;
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
  return impl_->Find(text, sentences, entities);
}

namespace {

// Stances spoken in the first person inside transcript turns: "My delegation
// cannot support this text" in a turn of IRAN is Iran's stance. The
// first-person subject ("my delegation", "we") is given to the finder as an
// actor entity of the turn's entity, so the cue lexicon, negation and hedging
// apply as for any named actor; groups the speaker announced ("on behalf of
// the Arab States") take the same stance.
Result<std::vector<Stance>> FindWithTurns(const Document& doc, const StanceFinder& finder,
                                          const std::vector<Sentence>& sents,
                                          const std::vector<Entity>& all_ents,
                                          const Recognizer* recognizer) {
  // A body named inside a longer name ("ITU" in "ITU Council") is not an
  // actor of its own: the longer name is.
  std::vector<Entity> outer;
  const bool nested = std::any_of(all_ents.begin(), all_ents.end(),
                                  [](const Entity& e) { return e.form == "nested"; });
  if (nested) {
    for (const Entity& e : all_ents)
      if (e.form != "nested") outer.push_back(e);
  }
  const std::vector<Entity>& ents = nested ? outer : all_ents;
  bool have_turns = false;
  auto turns = GetTurns(doc, &have_turns);
  if (!turns.ok()) return turns.status();
  if (!have_turns || turns->empty()) {
    // A document-level speaker (meta.speaker, front matter) speaks in the first person.
    std::optional<stance::DocSpeaker> speaker = stance::FindDocSpeaker(doc, ents);
    // The entities layer leaves the header out: its names ("Author/org: The
    // White House") are found here, when a recognizer is at hand.
    if (!speaker && recognizer) {
      const uint32_t header = ContextOf(doc).body_begin;
      if (header > 0) {
        const std::vector<Entity> hents = recognizer->Find(doc.text().substr(0, header));
        speaker = stance::FindDocSpeaker(doc, hents);
        // An executive office speaks for its government ("White House" -> USA).
        if (speaker && speaker->kind == "body") {
          const stance::DocSpeaker folded = stance::SpeakerFromId(speaker->id, "body", hents);
          if (folded.kind == "government") {
            speaker->id = folded.id;
            speaker->kind = folded.kind;
            speaker->name = folded.name;
          }
        }
      }
    }
    if (!speaker && !finder.default_speaker().empty())
      speaker = stance::SpeakerFromId(finder.default_speaker(), "", ents);
    // First-person subjects inside attributed quotations are the quoted speaker's.
    std::vector<Span> quoted;
    std::vector<Entity> qents;
    std::vector<stance::QuoteHolder> holders;
    const std::vector<Entity>& use =
        stance::AddQuoteSpeakers(doc.text(), sents, ents, &quoted, &qents, &holders) ? qents : ents;
    // A parliamentary debate read without turns: speakers for the
    // Commission, the Council or a committee.
    std::vector<stance::DocSpeaker> speakers;
    std::vector<int> per_sentence;
    // Else the holders of attributed quotations speak inside them ("'This
    // treaty is a threat to the open Internet,' said X of ORG").
    const bool debate =
        !speaker &&
        (stance::ParliamentSpeakers(doc.text(), sents, ents, &speakers, &per_sentence) ||
         stance::QuoteSpeakers(sents, holders, &speakers, &per_sentence));
    std::vector<Stance> found =
        speaker  ? stance::FindWithSpeaker(doc.text(), *speaker, finder, sents, use)
        : debate ? stance::FindWithSpeakers(doc.text(), speakers, per_sentence, finder, sents, use)
                 : finder.Find(doc.text(), sents, use);
    stance::MarkQuoteStances(quoted, &found);
    stance::EchoedViews(doc.text(), sents, ents, &found);
    return found;
  }
  const std::string& text = doc.text();
  stance::EntityOverlaps ent_overlaps(ents);
  std::vector<Entity> mentions;                   // first-person subjects of turns
  std::vector<std::pair<Span, size_t>> subjects;  // first-person subject span, turn index
  for (const Sentence& s : sents) {
    std::optional<size_t> t = TurnAt(*turns, s.span.begin);
    // A chair's lines are procedure ("I call on the representative of ..."):
    // only its national statement, a turn of its own, speaks for its country.
    if (!t || (*turns)[*t].entity.empty() || (*turns)[*t].role == "chair") continue;
    std::optional<internal::FirstPersonCue> cue = internal::FindFirstPersonStance(text, s.span);
    if (!cue || cue->subject.size() == 0) continue;
    if (ent_overlaps.Any(cue->subject)) continue;
    const Turn& turn = (*turns)[*t];
    Entity e;
    e.span = cue->subject;
    e.text = text.substr(e.span.begin, e.span.size());
    e.kind = turn.entity_kind.empty() ? "government" : turn.entity_kind;
    e.id = turn.entity;
    e.name = turn.normalized;
    e.form = "turn";
    mentions.push_back(std::move(e));
    subjects.emplace_back(cue->subject, *t);
  }
  if (subjects.empty()) return finder.Find(text, sents, ents);
  std::vector<Stance> found =
      finder.Find(text, sents, stance::MergeBySpan(ents, std::move(mentions)));
  std::vector<Stance> out;
  for (Stance& st : found) {
    const std::pair<Span, size_t>* subject = nullptr;
    for (const auto& sub : subjects) {
      if (sub.first == st.actor.span) subject = &sub;
    }
    if (!subject) {
      out.push_back(std::move(st));
      continue;
    }
    st.via = "turn";
    const Turn& turn = (*turns)[subject->second];
    Stance base = st;
    out.push_back(std::move(st));
    for (const std::string& group : turn.on_behalf_of) {
      Stance g = base;
      g.actor.id = group;
      g.actor.kind = "group";
      g.via = "on-behalf-of";
      out.push_back(std::move(g));
    }
  }
  return out;
}

}  // namespace

Result<std::vector<Stance>> EnsureStances(const Document& doc, const Recognizer* recognizer,
                                          const StanceFinder& finder, bool* computed) {
  bool found = false;
  auto s = GetStances(doc, &found);
  if (found) {
    *computed = false;
    return s;
  }
  *computed = true;
  bool sc = false;
  auto sents = EnsureSentences(doc, &sc);
  if (!sents.ok()) return sents.status();
  bool ec = false;
  bool have = false;
  auto ents = GetEntities(doc, &have);  // `form` tells demonyms (DemoteDemonyms)
  if (!ents.ok()) return ents.status();
  if (!have) {
    if (!recognizer) return Status::InvalidInput("no \"entities\" layer and no recognizer");
    ents = EnsureEntities(doc, *recognizer, &ec);
    if (!ents.ok()) return ents.status();
  }
  return FindWithTurns(doc, finder, *sents, *ents, recognizer);
}

Status AddStances(Document* doc, const Recognizer* recognizer, const StanceFinder& finder) {
  bool sc = false;
  auto sents = EnsureSentences(*doc, &sc);
  if (!sents.ok()) return sents.status();
  bool have = false;
  auto ents = GetEntities(*doc, &have);  // `form` tells demonyms
  if (!ents.ok()) return ents.status();
  if (!have) {
    if (!recognizer) return Status::InvalidInput("no \"entities\" layer and no recognizer");
    bool ec = false;
    ents = EnsureEntities(*doc, *recognizer, &ec);
    if (!ents.ok()) return ents.status();
  }
  auto found = FindWithTurns(*doc, finder, *sents, *ents, recognizer);
  if (!found.ok()) return found.status();
  std::vector<Stance>& st = *found;
  if (sc) doc->SetLayer("sentences", SentencesJson(*sents));
  if (!have) doc->SetLayer("entities", EntitiesJson(*ents));
  doc->SetLayer("stances", StancesJson(st));
  return Status::Ok();
}

}  // namespace caucus
