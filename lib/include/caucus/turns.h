// Speaker turns in meeting transcripts: who holds the floor, from where to
// where, for whom they speak, and which parts are stage directions.
//
//   TurnOptions options;                       // format auto-detected
//   std::vector<Turn> turns = FindTurns(text, options, resolve);
//
// `resolve` maps a speaker label ("IRAN", "France", "ITU SECRETARY-GENERAL")
// to the entity it stands for; tests pass a lambda, the CLI builds one from
// the entity Recognizer. It may be empty (no entities are linked then).
//
// Spans are [begin, end) UTF-8 byte offsets into `text`. All functions are
// thread-safe and never fail: text that is not a transcript gives no turns.
#ifndef CAUCUS_TURNS_H_
#define CAUCUS_TURNS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

// What a speaker label resolves to. kind is an entity kind (government, body,
// person, group, ...).
struct EntityRef {
  std::string id;
  std::string kind;
  std::string name;
};

// Returns the entity a label names, or nullopt. Must be thread-safe if
// FindTurns is called from several threads with the same resolver.
using SpeakerResolver = std::function<std::optional<EntityRef>(std::string_view label)>;

class Recognizer;
// A resolver backed by the entity recognizer: the entity that covers most of
// the label (a government before a group, body or person when they tie);
// topics, events and instruments never speak. `recognizer` must outlive it.
SpeakerResolver RecognizerResolver(const Recognizer& recognizer);

enum class TurnFormat {
  kAuto,        // detect per document (DetectTurnFormat)
  kNone,        // not a transcript: no turns
  kCart,        // real-time captioning: ">> IRAN:", bare ">>"
  kUnVerbatim,  // "Mr. Levitte (France) (spoke in French):", "The President:"
  kSummary,     // "The delegate of Brazil said that ..."
  kScript,      // press briefings: "MODERATOR:", "Q", "Q:"
  kParliament,  // "Mr President, ..." openings, "Name (PPE-DE). –" speaker lines
};

// "auto", "cart", "un-verbatim", "summary", "script", "parliament", "none".
std::string_view TurnFormatName(TurnFormat format);
Result<TurnFormat> ParseTurnFormat(std::string_view name);

struct TurnOptions {
  TurnFormat format = TurnFormat::kAuto;
};

// The format whose speaker cues the text has most of, or kNone when no
// format has enough cues to be sure (a single "Mr President," opening, as in
// a UN General Debate speech, is not a transcript).
TurnFormat DetectTurnFormat(std::string_view text);

// A cheap test (a few memmem scans) for speaker labels of the CART and UN
// verbatim kinds (">>", "):", "President:", "Chair:"): false means
// DetectTurnFormat would find no such transcript, so tools that add turns
// only when they are missing can skip the text.
bool MayHaveSpeakerLabels(std::string_view text);

// Finds the turns, in text order, non-overlapping. Text before the first
// speaker cue (headers, CART disclaimers) belongs to no turn; a turn ends
// where the next begins, or at a "***" separator line. A turn's span starts
// at its speaker label (or opening words when there is no label) and ends at
// its last non-space byte. Unresolved speakers keep an empty entity.
std::vector<Turn> FindTurns(std::string_view text, const TurnOptions& options,
                            const SpeakerResolver& resolve);

// Whether the English words of the speaker-label rules (english.json in
// DefaultDictDir(): title abbreviations, role words, label acronyms) loaded;
// they are read once, on first use. Without them FindTurns would title-case
// every label and miss roles, so a tool checks this first and reports the
// message, which names the file.
Status TurnWordsStatus();

// Index of the turn whose span contains `offset`, or nullopt.
// REQUIRES: turns sorted by span and non-overlapping (as FindTurns returns).
std::optional<size_t> TurnAt(const std::vector<Turn>& turns, uint32_t offset);

// Stage directions and transcription notes in [span): "(Applause.)",
// "(No English.)", "[inaudible]", "(?)", "(spoke in French)". Sorted.
std::vector<Span> FindNotes(std::string_view text, Span span);

// Counts for the end-of-run summary.
struct TurnStats {
  uint64_t documents = 0;
  uint64_t turns = 0;
  uint64_t resolved = 0;    // turns with an entity
  uint64_t unresolved = 0;  // turns with a speaker label but no entity
  uint64_t procedural = 0;  // chair, moderator, questioner or interpreter, no entity
  uint64_t unlabelled = 0;  // turns without a speaker label
  void Add(const std::vector<Turn>& turns);
};

}  // namespace caucus

#endif  // CAUCUS_TURNS_H_
