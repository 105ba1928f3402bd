// The document passes in order (kDocPasses): who speaks where (turns,
// document speaker, quotations, debates), the sentence passes with those
// speakers' first-person subjects as their mentions, the post passes, the
// speakers' normative sentences, and echoed views.
#include "stance/document.h"

#include <algorithm>

#include "caucus/turns.h"
#include "stance/engine.h"
#include "stance/entity_index.h"
#include "stance/first_person.h"

namespace caucus::stance {
namespace {

// The turn that speaks for its entity at byte `pos`: one with an entity, not
// the chair's. A chair's lines are procedure ("I call on the representative
// of ..."): only its national statement, a turn of its own, speaks for its
// country.
std::optional<size_t> SpeakingTurn(const std::vector<Turn>& turns, uint32_t pos) {
  std::optional<size_t> t = TurnAt(turns, pos);
  if (!t || turns[*t].entity.empty() || turns[*t].role == "chair") return std::nullopt;
  return t;
}

// The kind of the entity a turn speaks for: a government unless it says.
std::string_view TurnKind(const Turn& turn) {
  return turn.entity_kind.empty() ? std::string_view("government") : turn.entity_kind;
}

// Where a turn's words begin: past its label and colon ("Mr. Delegate
// (Ukraine):") and a stage direction right after it ("(spoke in French)").
// The turn's start when its text does not begin with the label as written
// and a colon.
uint32_t SpeechStart(std::string_view text, const Turn& turn) {
  uint32_t pos = turn.span.begin;
  if (turn.speaker.empty() || text.substr(pos, turn.speaker.size()) != turn.speaker) return pos;
  pos += static_cast<uint32_t>(turn.speaker.size());
  auto skip_blanks = [&] {
    while (pos < turn.span.end && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\t'))
      ++pos;
  };
  // A label that is the sentence's subject ("The representative of Brazil
  // said that ...") stays.
  if (pos >= turn.span.end || text[pos] != ':') return turn.span.begin;
  ++pos;
  skip_blanks();
  for (const Span& note : turn.notes) {
    if (note.begin != pos) continue;
    pos = note.end;
    skip_blanks();
  }
  return std::min(pos, turn.span.end);
}

// The sentences with those that open a turn started past the turn's label;
// empty when none moves.
std::vector<Sentence> SentencesPastLabels(std::string_view text, const std::vector<Sentence>& sents,
                                          const std::vector<Turn>& turns) {
  std::vector<Sentence> out;
  size_t t = 0;
  for (size_t i = 0; i < sents.size(); ++i) {
    const Span s = sents[i].span;
    while (t < turns.size() && turns[t].span.end <= s.begin) ++t;
    if (t == turns.size()) break;
    if (s.begin > turns[t].span.begin || s.end <= turns[t].span.begin) continue;
    const uint32_t start = SpeechStart(text, turns[t]);
    if (start <= s.begin || start >= s.end) continue;
    if (out.empty()) out = sents;
    out[i].span.begin = start;
  }
  return out;
}

// Transcript turns (a "turns" layer): a first-person sentence in a turn
// speaks for the turn's entity ("My delegation cannot support this text" in
// a turn of IRAN is Iran's). Its subject becomes a mention of that entity,
// so the cue lexicon, negation and hedging apply as for any named actor.
void TurnsPass(DocState* d) {
  if (!d->doc) return;
  bool have_turns = false;
  auto turns = GetTurns(*d->doc, &have_turns);
  if (!turns.ok()) {
    d->status = turns.status();
    return;
  }
  if (!have_turns || turns->empty()) return;
  d->turns = std::move(*turns);
  d->sents_past_labels = SentencesPastLabels(d->text, d->sents, d->turns);
  const std::string_view text = d->text;
  EntityOverlaps ent_overlaps(d->ents);
  for (const Sentence& s : d->sents) {
    std::optional<size_t> t = SpeakingTurn(d->turns, s.span.begin);
    if (!t) continue;
    const Turn& turn = d->turns[*t];
    // Every first-person subject of the sentence: "we have implemented the
    // plan, and we defend our independence" has two.
    Span rest = s.span;
    while (rest.begin < rest.end) {
      std::optional<internal::FirstPersonCue> cue =
          internal::FindFirstPersonStance(Engine::Of(d->finder).lex, text, rest);
      if (!cue || cue->subject.size() == 0) break;
      rest.begin = cue->subject.end;
      if (ent_overlaps.Any(cue->subject)) continue;
      EntityView e;
      e.span = cue->subject;
      e.text = text.substr(e.span.begin, e.span.size());
      e.kind = TurnKind(turn);
      e.id = turn.entity;
      e.name = turn.normalized;
      e.form = "turn";
      d->mentions.push_back(std::move(e));
      d->turn_subjects.emplace_back(cue->subject, *t);
    }
  }
}

// Without turns: a speech or an official statement is first-person
// throughout; its speaker is meta.speaker, a front-matter line, or the
// --speaker default.
//
// With turns: each sentence's speaker is its turn's entity (SpeakingTurn).
// A government's turn is its speech, whose normative and evaluative
// sentences ("such acts are a breach of international law") are its own as
// a speech's are its speaker's (speaker.cc, AddSpeakerNorms); first-person
// subjects of turns are TurnsPass's.
void DocumentSpeakerPass(DocState* d) {
  if (!d->doc) return;
  if (!d->turns.empty()) {
    d->per_sentence.assign(d->sents.size(), -1);
    for (size_t si = 0; si < d->sents.size(); ++si) {
      std::optional<size_t> t = SpeakingTurn(d->turns, d->sents[si].span.begin);
      if (!t) continue;
      const Turn& turn = d->turns[*t];
      const DocSpeaker sp{turn.entity, std::string(TurnKind(turn)), turn.normalized};
      auto same = [&](const DocSpeaker& x) {
        return x.id == sp.id && x.kind == sp.kind && x.name == sp.name;
      };
      auto it = std::find_if(d->speakers.begin(), d->speakers.end(), same);
      if (it == d->speakers.end()) it = d->speakers.insert(it, sp);
      d->per_sentence[si] = static_cast<int>(it - d->speakers.begin());
    }
    return;
  }
  if (const DocSpeaker* meta = d->meta_speaker) {
    // As FindDocSpeaker reads {"id":..., "kind":...} in meta.speaker.
    const bool kind = meta->kind == "government" || meta->kind == "body";
    d->speaker = SpeakerFromId(meta->id, kind ? meta->kind : "", d->ents, d->lex);
  } else {
    d->speaker = FindDocSpeaker(d->lex, *d->doc, d->ents);
  }
  if (!d->speaker && !d->finder.default_speaker().empty())
    d->speaker = SpeakerFromId(d->finder.default_speaker(), "", d->ents, d->lex);
  if (!d->speaker) d->speaker = SpeakerFromFileName(d->lex, d->doc->id(), d->ents);
  if (!d->speaker) return;
  d->speakers = {*d->speaker};
  d->per_sentence.assign(d->sents.size(), 0);
}

// First-person subjects inside attributed quotations are the quoted
// speaker's.
void QuotationsPass(DocState* d) {
  if (!d->doc || !d->turns.empty()) return;
  d->has_quote_ents = AddQuoteSpeakers(d->lex, d->text, d->sents, d->ents, &d->quoted,
                                       &d->quote_ents, &d->quote_strings, &d->holders);
}

// Without a document speaker: a parliamentary debate read without turns
// gives speakers for the Commission, the Council or a committee; else the
// holders of attributed quotations speak inside them.
void DebatesPass(DocState* d) {
  if (!d->doc || !d->turns.empty() || d->speaker) return;
  if (!ParliamentSpeakers(d->lex, d->text, d->sents, d->ents, &d->speakers, &d->per_sentence))
    QuoteSpeakers(d->sents, d->holders, &d->speakers, &d->per_sentence);
}

// The sentence passes (sentence.h), with the mentions the passes above
// added to the entity layer.
void SentencesPass(DocState* d) {
  const std::vector<EntityView>* ents = &d->layer_ents();
  if (!d->mentions.empty()) {
    d->merged = MergeBySpan(*ents, std::move(d->mentions));
    ents = &d->merged;
  }
  d->sentence_ents = ents;
  // Who asserts each sentence, for criticism of states (criticism.cc): a
  // turn's entity (DocumentSpeakerPass), or a government or an official
  // speaking in its own voice (not a quotation's holder).
  std::vector<SentenceSpeaker> asserts;
  if (!d->per_sentence.empty()) asserts.resize(d->sents.size());
  const bool turns = !d->turns.empty();
  for (size_t si = 0; si < asserts.size(); ++si) {
    const DocSpeaker* sp = d->SpeakerOf(si);
    if (!sp) continue;
    if (!turns && (!(std::string_view(sp->kind) == "government" || sp->official) ||
                   sp->within.begin < sp->within.end))
      continue;
    asserts[si] = {sp->id, sp->kind, sp->name, turns ? "turn" : "speaker"};
  }
  d->stances =
      Engine::Of(d->finder).FindInSentences(d->text, d->reading_sents(), *ents, d->trace,
                                            asserts.empty() ? nullptr : &asserts, d->body());
}

void PeopleToOrgsPass(DocState* d) { FoldPeopleToOrgs(d->lex, *d->sentence_ents, &d->stances); }

void NonAssertionsPass(DocState* d) { DropNonAssertions(d->en, d->text, &d->stances); }

// Stances scoring below --min-score are dropped.
void ScoreFloorPass(DocState* d) {
  const double min_score = Engine::Of(d->finder).min_score;
  if (min_score <= 0) return;
  std::vector<Stance>& out = d->stances;
  out.erase(std::remove_if(out.begin(), out.end(),
                           [min_score](const Stance& s) { return s.score < min_score; }),
            out.end());
}

// Evidence order: by sentence, then by evidence start.
void OrderPass(DocState* d) { SortBySentence(&d->stances); }

// Stances of turn subjects say "via turn", and the groups the speaker
// announced ("on behalf of the Arab States") take the same stance.
void TurnMarksPass(DocState* d) {
  if (d->turn_subjects.empty()) return;
  // The subjects by span for binary search; of equal spans the last wins, as
  // in a scan.
  std::vector<std::pair<Span, size_t>> by_span = d->turn_subjects;
  auto key = [](Span s) { return (uint64_t{s.begin} << 32) | s.end; };
  std::stable_sort(by_span.begin(), by_span.end(),
                   [&](const auto& a, const auto& b) { return key(a.first) < key(b.first); });
  std::vector<Stance> out;
  for (Stance& st : d->stances) {
    const std::pair<Span, size_t>* subject = nullptr;
    auto it = std::upper_bound(by_span.begin(), by_span.end(), key(st.actor.span),
                               [&](uint64_t k, const auto& sub) { return k < key(sub.first); });
    if (it != by_span.begin() && std::prev(it)->first == st.actor.span) subject = &*std::prev(it);
    if (!subject) {
      out.push_back(std::move(st));
      continue;
    }
    st.via = "turn";
    const Turn& turn = d->turns[subject->second];
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
  d->stances = std::move(out);
}

void QuoteMarksPass(DocState* d) { MarkQuoteStances(d->quoted, &d->stances); }

void EchoedViewsPass(DocState* d) {
  if (!d->doc || !d->turns.empty()) return;
  EchoedViews(d->lex, d->text, d->sents, d->ents, &d->stances);
}

void HarmAliasesPass(DocState* d) {
  UnlinkHarmAliases(d->en, d->sentence_ents ? *d->sentence_ents : d->layer_ents(), &d->stances);
}

}  // namespace

void SortBySentence(std::vector<Stance>* stances) {
  auto before = [](const Stance& a, const Stance& b) {
    if (a.sentence != b.sentence) return a.sentence < b.sentence;
    return a.span.begin < b.span.begin;
  };
  // A stable sort of a sorted list leaves it as it is, but moves every
  // stance (a dozen strings) to a buffer and back.
  std::vector<Stance>& v = *stances;
  if (std::is_sorted(v.begin(), v.end(), before)) return;
  // As std::stable_sort orders them, with each stance moved once: the keys
  // (sentence, evidence start, position) sorted, then the stances taken in
  // their order.
  std::vector<std::pair<uint64_t, uint32_t>> keys(v.size());
  for (size_t i = 0; i < v.size(); ++i)
    keys[i] = {(uint64_t{v[i].sentence} << 32) | v[i].span.begin, static_cast<uint32_t>(i)};
  std::sort(keys.begin(), keys.end());
  std::vector<Stance> out;
  out.reserve(v.size());
  for (const auto& k : keys) out.push_back(std::move(v[k.second]));
  v = std::move(out);
}

// The document passes, in order. Each reads what the ones before it
// decided (DocState); a pass that does not apply to a document leaves it
// alone.
const DocPass kDocPasses[] = {
    // Who speaks where.
    {"turns", TurnsPass},
    {"document-speaker", DocumentSpeakerPass},
    {"quotations", QuotationsPass},
    {"debates", DebatesPass},
    {"speaker-mentions", AddSpeakerMentions},
    // The sentence passes (units, actor units, cues, clauses, cue stances).
    {"sentences", SentencesPass},
    // Post passes.
    {"people-to-orgs", PeopleToOrgsPass},
    {"non-assertions", NonAssertionsPass},
    {"score-floor", ScoreFloorPass},
    {"order", OrderPass},
    // What only a speaker's sentences say, and how first-person stances came.
    {"speaker-norms", AddSpeakerNorms},
    {"turn-marks", TurnMarksPass},
    {"quote-marks", QuoteMarksPass},
    {"echoed-views", EchoedViewsPass},
    {"harm-aliases", HarmAliasesPass},
};
const size_t kDocPassCount = std::size(kDocPasses);

void RunDocPasses(DocState* d) {
  for (const DocPass& pass : kDocPasses) {
    pass.run(d);
    if (!d->status.ok()) return;
  }
}

Result<std::vector<Stance>> FindDocumentStances(const Document& doc, const StanceFinder& finder,
                                                const std::vector<Sentence>& sents,
                                                const std::vector<EntityView>& ents,
                                                const DocSpeaker* meta_speaker) {
  DocState d(finder, doc.text(), sents, ents);
  d.doc = &doc;
  d.meta_speaker = meta_speaker;
  RunDocPasses(&d);
  if (!d.status.ok()) return d.status;
  return std::move(d.stances);
}

std::vector<Stance> FindWithSpeaker(std::string_view text, const DocSpeaker& speaker,
                                    const StanceFinder& finder, const std::vector<Sentence>& sents,
                                    const std::vector<EntityView>& ents) {
  return FindWithSpeakers(text, {speaker}, std::vector<int>(sents.size(), 0), finder, sents, ents);
}

std::vector<Stance> FindWithSpeakers(std::string_view text, const std::vector<DocSpeaker>& speakers,
                                     const std::vector<int>& per_sentence,
                                     const StanceFinder& finder, const std::vector<Sentence>& sents,
                                     const std::vector<EntityView>& ents) {
  DocState d(finder, text, sents, ents);
  d.speakers = speakers;
  d.per_sentence = per_sentence;
  RunDocPasses(&d);
  return std::move(d.stances);
}

const internal::EnglishWords& EnglishOf(const StanceFinder& finder) {
  return Engine::Of(finder).lex.english;
}

const internal::Lexicon& LexiconOf(const StanceFinder& finder) { return Engine::Of(finder).lex; }

std::vector<Stance> FindTraced(const StanceFinder& finder, std::string_view text,
                               const std::vector<Sentence>& sents,
                               const std::vector<EntityView>& ents,
                               std::vector<std::string_view>* sieves) {
  return Engine::Of(finder).FindInSentences(text, sents, ents, sieves);
}

}  // namespace caucus::stance
