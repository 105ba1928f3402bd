// Internal: the document passes of the stance engine, which sit around the
// sentence passes: front matter, the document speaker, quotations, debates,
// echoed views and the post passes. lib/stance/document.cc runs them in
// order; docs/STANCES.md has the table. Not part of the public API.
#ifndef CAUCUS_LIB_STANCE_DOCUMENT_H_
#define CAUCUS_LIB_STANCE_DOCUMENT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/entity_view.h"
#include "caucus/front_matter.h"
#include "caucus/record.h"
#include "caucus/stances.h"
#include "caucus/status.h"
#include "caucus/types.h"
#include "english_words.h"
#include "stance/doc_text.h"

namespace caucus::internal {
struct Lexicon;
}  // namespace caucus::internal

namespace caucus::stance {

// Who speaks in the first person throughout a document.
struct DocSpeaker {
  std::string id;
  std::string kind;  // government or body
  std::string name;
  // Speaks officially (the Commission or a committee in a debate): its
  // normative statements are positions, as a government's are.
  bool official = false;
  // When not empty, the speaker speaks only inside this span (a quotation
  // attributed to them): their normative sentences are read there only.
  Span within{0, 0};
};

// An attributed quotation and who holds it.
struct QuoteHolder {
  Span quote;
  DocSpeaker speaker;
};

// A speaker from an id; `kind` empty: the kind of an entity with that id in
// `ents`, else government for an id of `lex`'s governments dictionaries,
// else body.
DocSpeaker SpeakerFromId(std::string_view id, std::string_view kind,
                         const std::vector<EntityView>& ents, const internal::Lexicon& lex);
class EntityIds;
DocSpeaker SpeakerFromId(std::string_view id, std::string_view kind, const EntityIds& ids);

// The speaker a document declares: meta.speaker in the record ("ID" or
// {"id":..., "kind":...}), else a front-matter "Author", "Author/org",
// "Speaker", "Org" or "From" line whose value *is* a government or body ("The
// White House (Biden administration)", "Government of BRA (head of state)"),
// not a line that merely mentions one ("Jane Doe (The Hindu)", "European
// Parliament verbatim report; speakers are MEPs"). (After it and
// `--speaker`, SpeakerFromFileName.)
std::optional<DocSpeaker> FindDocSpeaker(const internal::Lexicon& lex, const Document& doc,
                                         const std::vector<EntityView>& ents);
// The state of a UN General Debate Corpus file name, "BRA_69_2014.txt" or
// "UNGD_BRA_69_2014.txt" (ISO 3166 alpha-3 code of a known government,
// session, year), in a record id that may be a path.
std::optional<DocSpeaker> SpeakerFromFileName(const internal::Lexicon& lex, std::string_view id,
                                              const std::vector<EntityView>& ents);

// People speak for the body or government their role links to: a stance of
// a person entity with an `org` ("Sunil Abraham", Executive Director of "CIS
// India") becomes the org's (actor text and span stay the person's, via
// "role"). A stance that then repeats another one is dropped.
void FoldPeopleToOrgs(const internal::Lexicon& lex, const std::vector<EntityView>& ents,
                      std::vector<Stance>* stances);

// Drops stances whose cue is not the actor asserting a position (only for
// third-person actors, judged on the words between the actor and the
// target): the author's call on the actor ("the W3C needs to embrace",
// "India should support"), a habit ("usually agrees"), a cue whose subject is
// a relative pronoun after the actor ("the appeal, which calls for"), a
// purpose infinitive after a noun ("a private sector network to support"), a
// generic claim about a class ("when private companies support").
void DropNonAssertions(const internal::EnglishWords& en, std::string_view text,
                       std::vector<Stance>* stances);

// First-person subjects in text[sentence) outside quotations: "we", "I",
// "my Government", "our delegation", "my country".
std::vector<Span> FirstPersonSubjects(const internal::EnglishWords& en, std::string_view text,
                                      Span sentence);

// Parliamentary debates (turns opened by "Mr President ,", "Name (GROUP). -"
// labels) read without a turns layer: the speakers that speak for a body.
// A labelled Commissioner or Council minister ("X, Member of the
// Commission. -") speaks for the Commission or the Council; a member
// announcing "on behalf of" a dictionary body or government speaks for it;
// the first member after the chair announces "the report by X, on behalf of
// the Committee on Y" is the rapporteur and speaks for the committee; an
// unlabelled reply that speaks of "the Commission" and of "Parliament's
// report" (or thanks the House "for this debate") and never of a
// "Commissioner" is the Commission's. Members speaking for themselves or for
// a political group the dictionary lacks speak for nobody. Returns false
// when the text is no debate or no turn has such a speaker; else fills
// `speakers` and `per_sentence` (an index into speakers, or -1).
bool ParliamentSpeakers(const internal::Lexicon& lex, std::string_view text,
                        const std::vector<Sentence>& sents, const std::vector<EntityView>& ents,
                        std::vector<DocSpeaker>* speakers, std::vector<int>* per_sentence);

// Quoted speakers: the first-person subjects ("we", "I", "our company")
// inside an attributed quotation are mentions of the quoted speaker's
// government or body: '"We are opposed to this," said X of ORG', 'X, role,
// ORG, said: "..."', '"..." — X, ORG', '"..." X said.' (next sentence). A
// person without an org (a journalist, an unknown) and no attribution give
// no mention. If there are such mentions, sets *out to `ents` plus them (form
// "quote"), sorted, puts their spans in `added` and returns true; else
// returns false and leaves *out alone (the caller keeps using `ents`). The
// strings the mentions' views need are kept in `strings`, which must outlive
// them. Every attributed quotation with its holder is appended to `holders`
// when it is not null.
bool AddQuoteSpeakers(const internal::Lexicon& lex, std::string_view text,
                      const std::vector<Sentence>& sents, const std::vector<EntityView>& ents,
                      std::vector<Span>* added, std::vector<EntityView>* out, StringStore* strings,
                      std::vector<QuoteHolder>* holders = nullptr);

// The quotation holders as speakers of the sentences their quotations are
// in (official, within the quotation): for FindWithSpeakers. False if none.
bool QuoteSpeakers(const std::vector<Sentence>& sents, const std::vector<QuoteHolder>& holders,
                   std::vector<DocSpeaker>* speakers, std::vector<int>* per_sentence);

// "Similar views have been expressed by A, B and C": the actors after "by"
// take the polarity, act and target of the last stance before the sentence
// (via "echo", score 0.8 of it).
void EchoedViews(const internal::Lexicon& lex, std::string_view text,
                 const std::vector<Sentence>& sents, const std::vector<EntityView>& ents,
                 std::vector<Stance>* stances);

// An oppose stance whose target names its topic only by a harm that the
// topic counters (english.json harm_topic_aliases: "We condemn the
// cyberattacks" opposes no cybersecurity, "Climate change is a threat"
// opposes no environment and climate policy) keeps its target text and
// loses the topic link; `ents` are the entities, by start.
void UnlinkHarmAliases(const internal::EnglishWords& en, const std::vector<EntityView>& ents,
                       std::vector<Stance>* stances);

// Sorts stances in evidence order, by sentence and then by evidence start,
// keeping the order of equals (a stable sort); a list already in that order,
// the usual case, is only checked.
void SortBySentence(std::vector<Stance>* stances);

// Stances whose actor is one of `added` get via "quote".
void MarkQuoteStances(const std::vector<Span>& added, std::vector<Stance>* stances);

// ---- the document passes (document.cc) ------------------------------------

// The English words of a finder's lexicon.
const internal::EnglishWords& EnglishOf(const StanceFinder& finder);
const internal::Lexicon& LexiconOf(const StanceFinder& finder);

// What the document passes read and decide, pass by pass.
struct DocState {
  DocState(const StanceFinder& f, std::string_view t, const std::vector<Sentence>& s,
           const std::vector<EntityView>& e)
      : finder(f), lex(LexiconOf(f)), en(EnglishOf(f)), text(t), sents(s), ents(e) {}
  const StanceFinder& finder;
  const internal::Lexicon& lex;      // the finder's dictionaries
  const internal::EnglishWords& en;  // their English words
  // The document, or null for StanceFinder::Find and the tests' entry points
  // (then the passes that need the record skip: turns, document speaker,
  // quotations, debates, echoed views).
  const Document* doc = nullptr;
  // The speaker to read as the record's meta.speaker, if not null
  // (FindDocumentStances).
  const DocSpeaker* meta_speaker = nullptr;
  std::string_view text;
  const std::vector<Sentence>& sents;
  const std::vector<EntityView>& ents;  // the entity layer

  // turns: a transcript's turns, and the first-person subjects found in them
  // (span, turn index), in text order.
  std::vector<Turn> turns;
  std::vector<std::pair<Span, size_t>> turn_subjects;
  // The sentences with those that open a turn started past its label
  // ("Mr. Delegate (Ukraine): "), so that no target or evidence takes in the
  // label; empty when no sentence moved.
  std::vector<Sentence> sents_past_labels;
  // The sentences the stance passes read.
  const std::vector<Sentence>& reading_sents() const {
    return sents_past_labels.empty() ? sents : sents_past_labels;
  }
  // document-speaker, debates: who speaks each sentence (speakers[per_sentence[i]],
  // none for -1 or when per_sentence is empty).
  std::optional<DocSpeaker> speaker;
  std::vector<DocSpeaker> speakers;
  std::vector<int> per_sentence;
  // quotations: first-person subjects in attributed quotations (their spans,
  // and the entity layer with them added), and every attributed quotation.
  std::vector<Span> quoted;
  std::vector<EntityView> quote_ents;
  bool has_quote_ents = false;
  StringStore quote_strings;  // the strings of quote_ents' mentions
  std::vector<QuoteHolder> holders;
  // speaker-mentions: first-person subjects of speakers (or of turns) as
  // entities of the speaker, in text order; their spans; the words of the
  // sentences of speakers whose normative statements count (sentence i's
  // in speaker_words[speaker_word_range[i].first, .second)).
  std::vector<EntityView> mentions;
  std::vector<Span> speaker_added;
  std::vector<Word> speaker_words;
  std::vector<std::pair<uint32_t, uint32_t>> speaker_word_range;
  // sentences: the entities the sentence passes saw (with the mentions).
  std::vector<EntityView> merged;
  const std::vector<EntityView>* sentence_ents = nullptr;
  std::vector<Stance> stances;
  std::vector<std::string_view>* trace = nullptr;
  Status status;  // a pass that fails (a bad "turns" layer) sets it; the rest are skipped

  // Where the text's front matter ends (FrontMatterEnd), found once: the
  // passes that skip it ask for it in turn.
  uint32_t body() const {
    if (!body_end) body_end = FrontMatterEnd(text);
    return *body_end;
  }
  mutable std::optional<uint32_t> body_end;
  // The text's quoted ranges (QuotedRanges), found once for the speaker
  // passes.
  const std::vector<Span>& quoted_ranges() const {
    if (!quoted_ranges_) quoted_ranges_ = QuotedRanges(text);
    return *quoted_ranges_;
  }
  mutable std::optional<std::vector<Span>> quoted_ranges_;

  // The entity layer with the quotation mentions, if any.
  const std::vector<EntityView>& layer_ents() const { return has_quote_ents ? quote_ents : ents; }
  // The speaker of sentence si, or null.
  const DocSpeaker* SpeakerOf(size_t si) const {
    const int k = si < per_sentence.size() ? per_sentence[si] : -1;
    return k >= 0 ? &speakers[k] : nullptr;
  }
};

// A document pass: reads and extends the state.
struct DocPass {
  std::string_view name;
  void (*run)(DocState* d);
};

// The document passes, in order (document.cc).
extern const DocPass kDocPasses[];
extern const size_t kDocPassCount;

// Runs every document pass over d.
void RunDocPasses(DocState* d);

// speaker.cc: the first-person subjects of speakers' sentences as mentions
// of the speaker (speaker-mentions), and the normative sentences of speakers
// (speaker-norms).
void AddSpeakerMentions(DocState* d);
void AddSpeakerNorms(DocState* d);

// The stances of a document: all passes (turns, speakers, quotations and
// echoes included). `sents` and `ents` are its sentences and entities.
// `meta_speaker`, when not null, is read as the record's meta.speaker would
// be ({"id":..., "kind":...}): the speaker a header line names.
Result<std::vector<Stance>> FindDocumentStances(const Document& doc, const StanceFinder& finder,
                                                const std::vector<Sentence>& sents,
                                                const std::vector<EntityView>& ents,
                                                const DocSpeaker* meta_speaker = nullptr);

// The stances of a document with a known speaker: first-person subjects are
// given to the finder as mentions of the speaker (via "speaker"), and the
// speaker's normative and evaluative sentences ("We must ...", "... is
// unacceptable") that name no other holder are the speaker's stance.
std::vector<Stance> FindWithSpeaker(std::string_view text, const DocSpeaker& speaker,
                                    const StanceFinder& finder, const std::vector<Sentence>& sents,
                                    const std::vector<EntityView>& ents);

// FindWithSpeaker with a speaker per sentence: sentence i is spoken by
// speakers[per_sentence[i]], or by nobody when that is -1.
std::vector<Stance> FindWithSpeakers(std::string_view text, const std::vector<DocSpeaker>& speakers,
                                     const std::vector<int>& per_sentence,
                                     const StanceFinder& finder, const std::vector<Sentence>& sents,
                                     const std::vector<EntityView>& ents);

// The sentence passes alone (no document or post pass), with the name of
// the sieve that found each stance's actor: for the sieve tests.
std::vector<Stance> FindTraced(const StanceFinder& finder, std::string_view text,
                               const std::vector<Sentence>& sents,
                               const std::vector<EntityView>& ents,
                               std::vector<std::string_view>* sieves);

}  // namespace caucus::stance

#endif  // CAUCUS_LIB_STANCE_DOCUMENT_H_
