// Internal: the stance-cue lexicon (dictionaries/cues.json) compiled for
// matching over lower-cased word units. Not part of the public API.
#ifndef CAUCUS_LIB_CUES_H_
#define CAUCUS_LIB_CUES_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "caucus/status.h"
#include "english_words.h"
#include "word_reader.h"

namespace caucus::internal {

enum class CuePos : uint8_t { kVerb, kNoun, kAdj };

// What a criticism cue (issue #13) says about a state's conduct; the holder
// is whoever asserts the sentence (its speaker, or the actor reporting it),
// and the target links to the state that does the act. docs/STANCES.md,
// "Criticism".
enum class CueFrame : uint8_t {
  kNone,
  // An evaluative noun, adjective or adverb on an act: "aggression",
  // "illegal", "so-called", "illegally". The state is the act's agent.
  kEvaluation,
  // A verb of wrongdoing: "violated", "annexed", "blocked". The state is its
  // subject (or the holder of a passive's by-phrase).
  kWrongdoing,
  // A verb of stopping in a demand: "must withdraw", "call on X to cease".
  // The state is the one told to stop.
  kStop,
};

struct CueDef {
  std::string phrase;  // as written in the lexicon, for messages
  CuePos pos = CuePos::kVerb;
  std::string polarity;  // support, oppose, neutral
  std::string act;
  double weight = 1.0;
  // Lower-cased words, or phrases of several ("the show" after "stolen",
  // split into their words at load), that veto the cue when next.
  std::vector<std::vector<std::string>> not_next;
  std::vector<std::string> prev;      // if set, the cue needs one of these words just before
  std::vector<std::string> not_prev;  // lower-cased words that veto the cue when just before
  // If set, the cue counts only when one of these lower-cased words stands
  // in the twelve units before it, up to a sentence or clause mark: the
  // subject of a passive ("separatists ... are armed by Russia").
  std::vector<std::string> subject_words;
  // If set, the cue counts only when one of these lower-cased words stands
  // in the eight units after it, up to a clause mark: the object of an
  // active verb ("the United States armed and financed radical groups").
  std::vector<std::string> object_words;
  // The holder follows the cue ("drew criticism from X", "unacceptable to X").
  bool holder_after = false;
  // The cue counts only before an object and "to": "asked the CWG to open",
  // not "asked whether" or "when asked to".
  bool object_to = false;
  // The cue takes a clause and counts only when the clause is normative
  // ("stressed that openness is required", not "stressed that the talks
  // were useful"), or holds a cue of its own, which is then the stance.
  bool normative = false;
  // Criticism (issue #13): see CueFrame. A frame cue gives the stance of
  // the sentence's speaker, never of its grammatical subject.
  CueFrame frame = CueFrame::kNone;
  // kEvaluation nouns whose "of X" names the agent ("the aggression of X"),
  // not the object ("the annexation of Crimea").
  bool of_agent = false;
  // kEvaluation: evaluates only when a state does the act ("the Russian
  // veto"); with no agent named, no stance.
  bool needs_agent = false;
  // A cue that takes an addressee and an infinitive ("call on X to",
  // "urge X to", "demand that X"): the infinitive says what is asked.
  bool addressee = false;
  // An act of a state that its subject's stance describes and the speaker
  // holds against it ("Russia blocked the draft": Russia opposes the draft,
  // and a speaker who says so accuses Russia).
  bool accuses = false;
  // kEvaluation: with no agent named, the state the holder criticised in
  // the last sentences ("... the so-called referendum").
  bool discourse = false;
  // kWrongdoing: a duty the state is said not to meet ("Russia has not
  // implemented the agreement"); the cue criticises only when negated.
  bool when_negated = false;
};

// One expanded surface form of a cue: lower-cased words.
struct CuePhrase {
  std::vector<std::string> words;
  uint32_t def = 0;
};

// A list of marker phrases (negation, hedge, ...), each lower-cased words,
// longest first. `bit` is the list's bit in WordInfo::lists: the one-probe
// reject for words that start none of its phrases.
struct PhraseList {
  std::vector<std::vector<std::string>> phrases;
  uint32_t bit = 0;
};

// Index of a lower-cased, non-empty word's 2-letter prefix (27 x 27: a-z and
// anything else).
// Byte -> its letter index (a-z: 0-25, any other byte: 26), by table: the
// prefix is taken for every word of a text.
struct CueLetterIndex {
  uint8_t ix[256] = {};
  constexpr CueLetterIndex() {
    for (int c = 0; c < 256; ++c) ix[c] = (c >= 'a' && c <= 'z') ? c - 'a' : 26;
  }
};
inline constexpr CueLetterIndex kCueLetterIndex;
inline int CuePrefixIndex(std::string_view w) {
  auto ix = [](char c) { return kCueLetterIndex.ix[static_cast<unsigned char>(c)]; };
  return ix(w[0]) * 27 + (w.size() > 1 ? ix(w[1]) : 26);
}

// A cheap necessary condition for membership in a set of words, checked
// before hashing: for each 2-letter prefix, the lengths of the set's words
// with that prefix (bit 31 stands for 31 and more). Rejects most words of a
// text, including most of those that share a prefix with a member.
class PrefixLengthFilter {
 public:
  void Clear() { std::fill(std::begin(bits_), std::end(bits_), 0u); }
  void Add(std::string_view w) { bits_[CuePrefixIndex(w)] |= LengthBit(w.size()); }
  bool MayContain(std::string_view w) const { return MayContain(CuePrefixIndex(w), w.size()); }
  bool MayContain(int prefix_index, size_t length) const {
    return (bits_[prefix_index] & LengthBit(length)) != 0;
  }

 private:
  static uint32_t LengthBit(size_t n) { return 1u << (n < 31 ? n : 31); }
  uint32_t bits_[27 * 27] = {};
};

// A second cheap test for the words a PrefixLengthFilter lets through: a
// bit per (2-letter prefix, last letter, length), hashed into 64K bits. The
// last letter tells most of the text's words that share a prefix and a
// length with a member ("internet", "united", "there") from the members.
class PrefixEndFilter {
 public:
  void Clear() { std::fill(std::begin(bits_), std::end(bits_), uint64_t{0}); }
  void Add(std::string_view w) {
    const size_t b = Bit(CuePrefixIndex(w), w.back(), w.size());
    bits_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  // `last` is the word's last byte, in any case.
  bool MayContain(int prefix_index, char last, size_t length) const {
    const size_t b = Bit(prefix_index, last, length);
    return (bits_[b >> 6] >> (b & 63)) & 1;
  }

 private:
  static size_t Bit(int prefix_index, char last, size_t length) {
    const uint64_t key = (static_cast<uint64_t>(prefix_index) * 27 +
                          kCueLetterIndex.ix[static_cast<unsigned char>(last | 0x20)]) *
                             32 +
                         (length < 31 ? length : 31);
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 48);
  }
  uint64_t bits_[65536 / 64] = {};
};

// What the analysis needs to know about one lower-cased word, found with a
// single hash probe per word: which marker lists have a phrase starting with
// it, and the cue phrases that do.
struct WordInfo {
  uint32_t lists = 0;    // bit set of PhraseList::bit
  int32_t cues = -1;     // index into Lexicon::cue_buckets, or -1
  int32_t markers = -1;  // index into Lexicon::marker_phrases, or -1
  // One of english.skippable_adverbs ("also", "again"): with the "-ly" rule,
  // IsAdverbWord, from the probe the word's entry takes anyway.
  bool adverb = false;
  // One of english.clause_conjunctions ("whereas", "while"): FindClauses
  // reads it here instead of searching the list for every word.
  bool clause_conjunction = false;
  // The word as the second word of the phrases of large cue buckets: its
  // id in Lexicon::BucketIndex::by_second, or -1.
  int32_t second = -1;
};

// A marker phrase, by list and position in the list.
struct MarkerPhrase {
  uint32_t list_bit = 0;
  uint32_t phrase = 0;  // index into that PhraseList::phrases
  // Lexicon::WordKey of the phrase's second word, 0 for a one-word phrase:
  // MatchList compares it with the next unit's before reading the phrase.
  uint32_t second_key = 0;
};

// Lower-cased word -> WordInfo, looked up by string_view without building a
// std::string (which std::unordered_map needs in C++17). Open addressing with
// linear probing at a load factor of at most 1/4; read-only once built. Slots
// are small and carry 32 hash bits, so a probe touches one cache line and a
// miss rarely compares bytes.
class WordTable {
 public:
  // Whether p[0, w.size()) is w, in loads that stay inside both: 8 bytes at
  // a time (the last 8 overlapping), or the first and last 4 bytes, or the
  // first, middle and last byte of a shorter word, which together cover
  // every byte (a memcmp call costs more for short words, and a byte loop
  // more than these loads).
  static bool SameBytes(const char* p, std::string_view w) {
    const size_t n = w.size();
    const char* q = w.data();
    auto load8 = [](const char* x) {
      uint64_t v;
      std::memcpy(&v, x, 8);
      return v;
    };
    auto load4 = [](const char* x) {
      uint32_t v;
      std::memcpy(&v, x, 4);
      return v;
    };
    if (n >= 8) {
      for (size_t k = 0; k + 8 < n; k += 8)
        if (load8(p + k) != load8(q + k)) return false;
      return load8(p + n - 8) == load8(q + n - 8);
    }
    if (n >= 4) return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
    return n == 0 || (p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1]);
  }
  void Build(const std::unordered_map<std::string, WordInfo>& words);
  [[gnu::always_inline]] const WordInfo* Find(std::string_view w) const {
    if (w.empty() || !filter_.MayContain(w)) return nullptr;
    const uint64_t h = Hash(w);
    const uint32_t tag = Tag(h);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.tag == 0) return nullptr;
      if (s.tag == tag && s.len == w.size() && SameBytes(pool_.data() + s.off, w)) return &s.info;
    }
  }

 private:
  // WordHash without case folding (word_match.h).
  static uint64_t Hash(std::string_view w) { return WordHash</*kFold=*/false>(w); }
  static uint32_t Tag(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1; }  // never 0
  struct Slot {
    uint32_t tag = 0;  // 0: empty
    uint32_t off = 0;  // key bytes in pool_
    uint32_t len = 0;
    WordInfo info;
  };
  std::vector<Slot> slots_;
  std::string pool_;
  size_t mask_ = 0;
  PrefixLengthFilter filter_;  // of all keys
};

// The key of Lexicon::capitals_by_first's search: an entry's word, or the
// word looked for.
inline std::string_view FirstOf(const std::pair<std::string, uint32_t>& e) { return e.first; }
inline std::string_view FirstOf(std::string_view w) { return w; }

struct Lexicon {
  std::vector<CueDef> defs;
  std::vector<CuePhrase> phrases;
  // Phrase indices grouped by first word, longest phrase first; a word's
  // WordInfo::cues names its group.
  std::vector<std::vector<uint32_t>> cue_buckets;
  PhraseList negation, refusal, hedge, report, inverter, quantifier, collective, role_noun,
      coref_government, coref_body, coref_group, light_verb, cessation;
  // The inflected light verbs FindAnchor reads: the one-word phrases of
  // light_verb, each as its stem (without a final "e") and its length
  // (Finish).
  struct LightVerbBase {
    std::string stem;
    size_t size;
  };
  std::vector<LightVerbBase> light_verb_bases;
  // Criticism (issue #13): verbs whose subject does the wrong named in their
  // object ("wage", "commit", "use"); nouns through which a state acts
  // ("troops", "authorities"); what makes a subject's act a duty ("must",
  // "is obliged to"); irony before a cue ("so ardently"); nouns of conduct
  // whose "of X" is the doer ("the actions of", "use of"); participles
  // before an agent's "by" ("carried out by"); verbs of being before a
  // predicate ("is", "constitutes"); prepositions after which a state is a
  // place or an object ("in", "against"); the narrower ones after which it
  // is where a wrong happens or whom it hits ("the violence in Syria",
  // "attacks against Ukraine"), not its doer; prefixes that make a demonym
  // the target or the cause of a modifier ("anti-Ukrainian").
  PhraseList perpetration, state_agent, obligation, irony, conduct_noun, agent_participle, copula,
      place_preposition, scene_preposition, stance_prefix;
  // The phrases of english.json invitation_complements, split into words
  // once (Finish): what follows "invite X to" when the invitation is to
  // come or follow procedure ("take note", "proceed to the vote").
  PhraseList invitation_complements;
  // The phrases of english.json neutral_refusals, split into words once
  // (Finish): acts a refusal of is no wrong ("vote", "take part").
  PhraseList neutral_refusals;
  // For each word that starts marker phrases (WordInfo::markers), those
  // phrases, each list's in its order (longest first).
  std::vector<std::vector<MarkerPhrase>> marker_phrases;
  // Every word that starts a cue or marker phrase.
  WordTable words;
  // The English words of the rules (dictionaries/english.json).
  EnglishWords english;
  // Whether a words file was added.
  bool has_english = false;
  // Capitals that may stand for their government ("Moscow must withdraw"):
  // the lower-cased words of each state's `capital` in
  // dictionaries/governments.json (the part before a comma:
  // "Washington, D.C." -> washington) and its "capital_forms" ("Kiev"),
  // with the state's id.
  struct Capital {
    std::vector<std::string> words;
    std::string id;
  };
  std::vector<Capital> capitals;
  // The capitals by first word: (words[0], index into capitals), sorted by
  // word, those of one word in the order of `capitals` (AddCapital).
  std::vector<std::pair<std::string, uint32_t>> capitals_by_first;
  // The entries of capitals_by_first whose word is w: [first, second), their
  // indices into `capitals` in the order of `capitals`, the only capitals a
  // phrase starting with the word w can match, for a loop that takes the
  // first match.
  std::pair<const std::pair<std::string, uint32_t>*, const std::pair<std::string, uint32_t>*>
  CapitalsStartingWith(std::string_view w) const {
    const auto r =
        std::equal_range(capitals_by_first.begin(), capitals_by_first.end(), w,
                         [](const auto& a, const auto& b) { return FirstOf(a) < FirstOf(b); });
    return {capitals_by_first.data() + (r.first - capitals_by_first.begin()),
            capitals_by_first.data() + (r.second - capitals_by_first.begin())};
  }
  // The ids of every entry of the governments dictionaries, sorted: an
  // `org` of three capital letters may be a body's ("NSA", "ITU"), not a
  // state's.
  std::vector<std::string> government_ids;
  // Whether `id` is a government's: one of government_ids, or, when no
  // governments dictionary was read, any three capital letters.
  bool IsGovernment(std::string_view id) const;
  // Territories whose annexation or occupation is known to be one state's
  // ("occupied_places" in cues.json: Crimea -> RUS, the Golan -> ISR): the
  // doer of "the illegal annexation of Crimea" when none is named.
  std::vector<Capital> occupied_places;
  // The topic of each instrument whose subject a topic is: an entry of
  // dictionaries/topics.json lists them as `instruments` ("environment":
  // the Paris Agreement). Sorted by instrument id.
  std::vector<std::pair<std::string, std::string>> instrument_topics;
  // Adds the `instruments` of a topics dictionary's entries.
  Status AddInstrumentTopics(std::string_view json_text, const std::string& name);
  // The topic of the instrument `id`, or "" if none.
  std::string_view InstrumentTopic(std::string_view id) const;
  // Adds the capitals of a governments dictionary's states (entries of
  // "type": "state" with a "capital").
  Status AddCapitals(std::string_view json_text, const std::string& name);
  // Adds one capital name ("Kyiv", "Washington, D.C.": the part before a
  // comma) of the state `id`.
  void AddCapital(const std::string& id, std::string_view name);
  // The lower-cased words of a place name (the part before a comma) with
  // a state's id.
  static Capital PlaceWords(const std::string& id, std::string_view name);

  // Adds one lexicon JSON text: a cue lexicon ("kind": "cue", the shipped
  // cues.json or a user extension) or a words file ("kind": "words",
  // english.json or an extension). `name` labels messages. Later files add
  // cues and words; they never remove.
  Status Add(std::string_view json_text, const std::string& name);
  // Sorts and indexes the phrases; call after the last Add.
  void Finish();
  // True if `word` (lower-cased) may start a cue.
  bool MayStartCue(std::string_view word) const {
    if (word.empty() || !cue_first.MayContain(word)) return false;
    const WordInfo* w = words.Find(word);
    return w && w->cues >= 0;
  }

  // The first words of cues, for a test that rejects most words without
  // hashing.
  PrefixLengthFilter cue_first;
  // The same words by prefix, last letter and length.
  PrefixEndFilter cue_first_end;

  // For each cue bucket: whether it holds a one-word phrase.
  std::vector<char> bucket_has_single;
  // For each cue bucket: its phrases' distinct second words, and the
  // FoldedFirstClass of each one's first byte (0xFF for an empty word).
  std::vector<std::vector<std::string>> bucket_seconds;
  std::vector<std::vector<uint8_t>> bucket_second_firsts;
  // For each cue bucket: the SecondClassBit of each of its second words'
  // FoldedFirstClass, or-ed: CueMayFollow's first, cheap test.
  std::vector<uint32_t> bucket_second_classes;
  // For CueMayFollow: each cue bucket's phrases past their first word as a
  // trie of words, so that the phrases that share their next words ("in the
  // face of", "in the name of") read them once. A node's children are
  // follow_edges[first, first + count); `end`: a phrase ends there.
  struct FollowNode {
    bool end = false;
    uint32_t first = 0, count = 0;
  };
  struct FollowEdge {
    uint32_t off = 0;  // the word: follow_words[off, off + len)
    uint32_t len = 0;
    uint8_t first_class = 0xFF;  // FoldedFirstClass of its first byte; 0xFF for an empty word
    uint32_t node = 0;
  };
  std::vector<FollowNode> follow_nodes;
  std::vector<FollowEdge> follow_edges;
  std::string follow_words;
  std::vector<uint32_t> bucket_follow_root;  // per cue bucket: its trie's root
  // The phrases of a large cue bucket by second word: most of a bucket such
  // as "provide" (a thousand phrases) cannot follow the words after it, and
  // a match tries only those that may. by_second holds (the second word's
  // WordInfo::second, the phrase's position in the bucket), sorted;
  // singles the positions of its one-word phrases.
  struct BucketIndex {
    std::vector<std::pair<int32_t, uint32_t>> by_second;
    std::vector<uint32_t> singles;
    std::vector<int32_t> seconds;  // the ids of bucket_seconds[its bucket], in order
  };
  // Per phrase: WordKey of its second word, or 0 for a one-word phrase (the
  // quick test of ForEachCuePhrase for the buckets not indexed).
  std::vector<uint32_t> phrase_second_key;
  // A non-empty word's length and first byte, never 0; 0 for "".
  static uint32_t WordKey(std::string_view w) {
    return w.empty() ? 0
                     : (static_cast<uint32_t>(w.size()) << 8 | static_cast<unsigned char>(w[0]));
  }
  static constexpr size_t kIndexedBucket = 8;  // buckets of more phrases are indexed
  std::vector<int32_t> bucket_index_of;        // per cue bucket: into bucket_index, or -1
  std::vector<BucketIndex> bucket_index;
  // Whether every cue's first word is 1 to 31 bytes of a-z and '-' starting
  // with a letter: then a word unit that is a cue's first word is exactly a
  // scan word (see ForEachScanWord), barring the cases StanceFinder checks,
  // and CueMayFollow may be used to turn sentences away before tokenizing.
  bool scan_words_are_cue_words = false;

  // Whether some cue phrase of bucket `bucket` may match at a word unit that
  // is text[p, q): false only if MatchWords (with adverb skipping) can match
  // none of them there (see CueRestMayFollow).
  bool CueMayFollow(int32_t bucket, std::string_view text, size_t q) const;
  // Lays out follow_nodes and follow_edges from the cue buckets (Finish).
  void BuildFollowTries();
};

// The class of byte b that CueMayFollow compares a word's first byte with
// the text's by: an ASCII letter's lower case; one class (0x80) for the
// apostrophe and the non-ASCII bytes (the typographic apostrophes fold to
// '); any other byte itself. A folded word can be a prefix of the text at p
// only if the classes of its first byte and of text[p] are equal.
inline uint8_t FoldedFirstClass(unsigned char b) {
  const unsigned char lower = b | 0x20;
  if (lower >= 'a' && lower <= 'z') return lower;
  return b == '\'' || b >= 0x80 ? 0x80 : b;
}

// A bit for a FoldedFirstClass: one per letter, one for 0x80, and one that
// every other class shares (so a set of them may say yes wrongly, never no).
inline uint32_t SecondClassBit(uint8_t cls) {
  if (cls >= 'a' && cls <= 'z') return 1u << (cls - 'a');
  return cls == 0x80 ? 1u << 26 : 1u << 27;
}

// The raw-text test behind Lexicon::CueMayFollow: whether words[k..] may be
// the word units that follow a word unit ending at `pos`, as the stance
// tokenizer cuts and folds them (ASCII lower case, typographic apostrophes
// as '), an adverb word (IsAdverbWord with `adverbs`) allowed before each. Conservative:
// true whenever the text is not plain enough to tell. Assumes no entity and
// no sentence end cuts a run of letters and '-' (the caller checks).
bool CueRestMayFollow(std::string_view text, size_t pos, const std::vector<std::string>& words,
                      size_t k, const WordList& adverbs);

// ---- the text scan for cue words ---------------------------------------------
//
// StanceFinder first scans a document's whole text for words that may start a
// cue. A scan word is a maximal run of ASCII letters and '-', from the run's
// first letter (a run of dashes only is no word). Scanning byte by byte costs
// about two branch mispredictions per word, so ForEachScanWord classifies 64
// bytes at a time with 64-bit arithmetic (SWAR) and then walks the runs with
// bit operations: one branch per word, mostly predictable.

// LoadLittleEndian64 and ClassifyAlnumBytes: word_reader.h.

inline bool IsScanLetter(unsigned char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}
inline bool IsScanWordChar(unsigned char c) { return IsScanLetter(c) || c == '-'; }

// Bit i of *letters / *word_chars: byte i of the 8 bytes in v (little-endian
// order) is an ASCII letter / a letter or '-'.
inline void ClassifyScanBytes(uint64_t v, uint64_t* letters, uint64_t* word_chars) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const uint64_t low7 = (v | 0x20 * kOnes) & ~kHigh;      // letters lower-cased, high bit cleared
  const uint64_t ge_a = low7 + (0x80 - 'a') * kOnes;      // high bit: >= 'a'
  const uint64_t gt_z = low7 + (0x80 - 'z' - 1) * kOnes;  // high bit: > 'z'
  const uint64_t letter = ge_a & ~gt_z & ~v & kHigh;      // ~v: the byte was ASCII
  const uint64_t x = v ^ ('-' * kOnes);
  const uint64_t nonzero = (((x & ~kHigh) + ~kHigh) | x) & kHigh;
  const uint64_t dash = ~nonzero & kHigh;
  // Gathers the 8 high bits into the low byte.
  constexpr uint64_t kGather = 0x0102040810204080ULL;
  *letters = ((letter >> 7) * kGather) >> 56;
  *word_chars = (((letter | dash) >> 7) * kGather) >> 56;
}

// Calls f(begin, end) for each scan word of text, in order. f returns where
// to go on: `end`, or a later position to skip text, which must not be inside
// a word (the scan restarts there as if a non-word byte preceded it).
template <typename F>
void ForEachScanWord(std::string_view text, F&& f) {
  const char* s = text.data();
  const size_t n = text.size();
  size_t base = 0;
  bool carry = false;  // the byte before `base` is part of a run already seen
  while (base < n) {
    // Classify the block [base, base + 64), zero-padded at the end of text.
    char padded[64];
    const char* block = s + base;
    if (n - base < 64) {
      std::fill(std::begin(padded), std::end(padded), '\0');
      std::copy(s + base, s + n, padded);
      block = padded;
    }
    uint64_t letters = 0, words = 0;
#if defined(__SSE2__)
    for (int k = 0; k < 4; ++k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * k));
      const __m128i l = BytesInRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
      const __m128i w = _mm_or_si128(l, _mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
      letters |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(l))) << (16 * k);
      words |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(w))) << (16 * k);
    }
#else
    for (int k = 0; k < 8; ++k) {
      uint64_t l, w;
      ClassifyScanBytes(LoadLittleEndian64(block + 8 * k), &l, &w);
      letters |= l << (8 * k);
      words |= w << (8 * k);
    }
#endif
    uint64_t starts = words & ~((words << 1) | (carry ? 1 : 0));  // run starts
    size_t next = base + 64;
    carry = (words >> 63) != 0;
    while (starts != 0) {
      const int b = __builtin_ctzll(starts);
      starts &= starts - 1;
      const size_t run = base + b;
      const uint64_t after = ~words >> b;  // non-word bytes from the run on
      size_t end = after != 0 ? run + __builtin_ctzll(after) : base + 64;
      // A run that reaches the block's end may go on past it.
      if (after == 0)
        while (end < n && IsScanWordChar(static_cast<unsigned char>(s[end]))) ++end;
      size_t word = run;
      if (!((letters >> b) & 1)) {
        // The run starts with dashes: the word starts at its first letter.
        while (word < end && !IsScanLetter(static_cast<unsigned char>(s[word]))) ++word;
      }
      size_t resume = end;
      if (word < end) resume = f(word, end);
      if (resume > end || end > base + 64) {
        // Skipped ahead, or the run went past this block: restart after it.
        next = resume;
        carry = false;
        break;
      }
    }
    base = next;
  }
}

// Regular inflections of an English verb (or plural of a noun); over-generation
// is harmless because non-words never occur in text.
std::vector<std::string> Inflect(const std::string& base, CuePos pos);

// Lower-cases ASCII letters and folds the typographic apostrophe to '.
std::string FoldWord(std::string_view w);

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_CUES_H_
