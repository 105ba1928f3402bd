#include "cues.h"

#include <algorithm>
#include <cstdint>

#include "json_lite.h"
#include "word_match.h"

namespace caucus::internal {
namespace {

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(FoldWord(s.substr(i, j - i)));
    i = j;
  }
  return out;
}

std::vector<std::string> SplitAlternatives(const std::string& w) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = w.find('|', i);
    std::string part = w.substr(i, j == std::string::npos ? std::string::npos : j - i);
    if (!part.empty()) out.push_back(part);
    if (j == std::string::npos) break;
    i = j + 1;
  }
  return out;
}

// All word sequences a pattern like "express|voice concern|concerns about"
// stands for, the first word optionally inflected: every choice of one
// alternative per word, the first word's choice varying slowest. Each
// sequence is built once, in room reserved for it (the lexicon expands to
// tens of thousands of them at start-up).
std::vector<std::vector<std::string>> Expand(const std::string& pattern, CuePos pos, bool inflect) {
  const std::vector<std::string> words = SplitWords(pattern);
  std::vector<std::vector<std::string>> alts(words.size());
  size_t count = 1;
  for (size_t k = 0; k < words.size(); ++k) {
    for (std::string& a : SplitAlternatives(words[k])) {
      if (k == 0 && inflect) {
        for (std::string& f : Inflect(a, pos)) alts[k].push_back(std::move(f));
      } else {
        alts[k].push_back(std::move(a));
      }
    }
    count *= alts[k].size();
  }
  std::vector<std::vector<std::string>> out;
  if (count == 0) return out;
  out.reserve(count);
  std::vector<size_t> choice(words.size(), 0);  // an odometer, the last word fastest
  while (true) {
    std::vector<std::string>& phrase = out.emplace_back();
    phrase.reserve(words.size());
    for (size_t k = 0; k < words.size(); ++k) phrase.push_back(alts[k][choice[k]]);
    size_t k = words.size();
    while (k > 0 && ++choice[k - 1] == alts[k - 1].size()) choice[--k] = 0;
    if (k == 0) break;
  }
  return out;
}

using Node = JsonLite::Node;
using Type = JsonLite::Type;

Status ReadList(const JsonLite& doc, const Node* markers, const char* key, const std::string& name,
                PhraseList* out) {
  const Node* list = doc.Find(markers, key);
  if (!list) return Status::Ok();
  if (list->type != Type::kArray)
    return Status::InvalidInput(name + ": markers." + key + " is not an array");
  for (const Node* p = doc.First(list); p; p = doc.Next(p)) {
    if (p->type != Type::kString)
      return Status::InvalidInput(name + ": markers." + key + " has a non-string");
    std::vector<std::string> w = SplitWords(p->str);
    if (!w.empty()) out->phrases.push_back(std::move(w));
  }
  return Status::Ok();
}

// The string member `key` of a cue entry, or `fallback`; false if the member
// is there and no string.
bool StringField(const JsonLite& doc, const Node* c, std::string_view key, std::string fallback,
                 std::string* out) {
  const Node* v = doc.Find(c, key);
  if (!v) {
    *out = std::move(fallback);
    return true;
  }
  if (v->type != Type::kString) return false;
  *out = std::string(v->str);
  return true;
}

bool BoolField(const JsonLite& doc, const Node* c, std::string_view key, bool fallback) {
  const Node* v = doc.Find(c, key);
  return v && v->type == Type::kBool ? v->boolean : fallback;
}

// The folded strings of the array member `key` (other values are skipped).
std::vector<std::string> WordsField(const JsonLite& doc, const Node* c, std::string_view key) {
  std::vector<std::string> out;
  const Node* v = doc.Find(c, key);
  if (!v || v->type != Type::kArray) return out;
  for (const Node* w = doc.First(v); w; w = doc.Next(w))
    if (w->type == Type::kString) out.push_back(FoldWord(w->str));
  return out;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool IsSpaceByte(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool IsAlnumByte(unsigned char c) { return (c >= '0' && c <= '9') || IsScanLetter(c); }

// The length of the text at r that folds (FoldWord) to `w`, or 0 if none
// does.
size_t FoldedPrefix(std::string_view text, size_t r, std::string_view w) {
  size_t i = r;
  for (char c : w) {
    if (i >= text.size()) return 0;
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (c == '\'') {
      if (b == '\'') {
        ++i;
      } else if (b == 0xE2 && i + 2 < text.size() &&
                 static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(text[i + 2]) == 0x99 ||
                  static_cast<unsigned char>(text[i + 2]) == 0x98)) {
        i += 3;
      } else {
        return 0;
      }
      continue;
    }
    if (c >= 'a' && c <= 'z' ? (b | 0x20) != static_cast<unsigned char>(c)
                             : b != static_cast<unsigned char>(c))
      return 0;
    ++i;
  }
  return i - r;
}

}  // namespace

std::string FoldWord(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + 32));
    } else if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(w[i + 2]) == 0x99 ||
                static_cast<unsigned char>(w[i + 2]) == 0x98)) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

namespace {

// The word unit after a position, as far as CueRestMayFollow needs it.
struct NextUnit {
  size_t r = 0;  // its first byte: the next that is not white space (text.size(): none)
  enum { kNoAdverb, kAdverb, kUnknown } adverb = kNoAdverb;
  size_t after = 0;  // kAdverb: the first byte of the unit after it
};

NextUnit NextUnitAt(std::string_view text, size_t pos, const WordList& adverbs) {
  NextUnit u;
  size_t r = pos;
  while (r < text.size() && IsSpaceByte(static_cast<unsigned char>(text[r]))) ++r;
  u.r = r;
  if (r >= text.size()) return u;
  const unsigned char c = static_cast<unsigned char>(text[r]);
  if (c >= 0x80) {
    // Typographic quotes, dashes and the ellipsis are punctuation units (or
    // the possessive 's); anything else may start any word.
    if (c != 0xE2 || r + 2 >= text.size() || static_cast<unsigned char>(text[r + 1]) != 0x80) {
      u.adverb = NextUnit::kUnknown;
    } else {
      const unsigned char t = static_cast<unsigned char>(text[r + 2]);
      if (!(t == 0x9C || t == 0x9D || t == 0x93 || t == 0x94 || t == 0x98 || t == 0x99 ||
            t == 0xA6))
        u.adverb = NextUnit::kUnknown;
    }
    return u;
  }
  if (!IsAlnumByte(c)) return u;  // punctuation, or the possessive 's
  size_t e = r;
  while (e < text.size() && IsAlnumByte(static_cast<unsigned char>(text[e]))) ++e;
  if (e < text.size()) {
    // The tokenizer may take the word on past an apostrophe, '-' or '.'
    // before a word start, or past a non-ASCII byte: not plain.
    const unsigned char d = static_cast<unsigned char>(text[e]);
    if (d >= 0x80 || ((d == '\'' || d == '-' || d == '.') && e + 1 < text.size() &&
                      (IsAlnumByte(static_cast<unsigned char>(text[e + 1])) ||
                       static_cast<unsigned char>(text[e + 1]) >= 0x80))) {
      u.adverb = NextUnit::kUnknown;
      return u;
    }
  }
  char buf[32];
  if (e - r > sizeof buf) {  // a long "-ly" word: an adverb
    u.adverb = NextUnit::kUnknown;
    return u;
  }
  for (size_t i = r; i < e; ++i) buf[i - r] = AsciiLower(text[i]);
  if (!IsAdverbWord(std::string_view(buf, e - r), adverbs)) return u;
  u.adverb = NextUnit::kAdverb;
  size_t a = e;
  while (a < text.size() && IsSpaceByte(static_cast<unsigned char>(text[a]))) ++a;
  u.after = a;
  return u;
}

// The units after positions of one text, each read once by NextUnitAt
// while the last few are kept: the phrases of a bucket that share a second
// word all ask for the unit after it.
class NextUnits {
 public:
  NextUnits(std::string_view text, const WordList& adverbs) : text_(text), adverbs_(adverbs) {}
  std::string_view text() const { return text_; }
  NextUnit At(size_t pos) {
    Seen& s = seen_[pos % kKept];
    if (s.pos != pos) s = {pos, NextUnitAt(text_, pos, adverbs_)};
    return s.unit;
  }

 private:
  struct Seen {
    size_t pos = SIZE_MAX;
    NextUnit unit;
  };
  static constexpr size_t kKept = 4;
  std::string_view text_;
  const WordList& adverbs_;
  Seen seen_[kKept];
};

bool RestMayFollow(NextUnits* units, size_t pos, const std::vector<std::string>& words, size_t k);

// Whether words[k] (and the rest) may match at unit u: the unit is words[k]
// (the text there folds to it, and the unit ends where the folded text does),
// or it is an adverb and words[k] comes next. (MatchWords skips no adverb
// that is words[k] itself; not telling that apart only keeps more.)
bool MayMatchAt(NextUnits* units, const NextUnit& u, const std::vector<std::string>& words,
                size_t k) {
  const std::string_view text = units->text();
  const std::string& w = words[k];
  if (size_t n = FoldedPrefix(text, u.r, w); n > 0 && RestMayFollow(units, u.r + n, words, k + 1))
    return true;
  if (u.adverb == NextUnit::kUnknown) return true;
  if (u.adverb == NextUnit::kNoAdverb) return false;
  const size_t n = FoldedPrefix(text, u.after, w);
  return n > 0 && RestMayFollow(units, u.after + n, words, k + 1);
}

// CueRestMayFollow with the units after positions kept in *units.
bool RestMayFollow(NextUnits* units, size_t pos, const std::vector<std::string>& words, size_t k) {
  if (k >= words.size()) return true;
  const NextUnit u = units->At(pos);
  if (u.r >= units->text().size()) return false;
  return MayMatchAt(units, u, words, k);
}

// Whether some phrase of the trie below `node` (its words from the edges on)
// may match at unit u: MayMatchAt for each of them, with the words the
// phrases share read once.
bool TrieMayMatchAt(NextUnits* units, const NextUnit& u, const Lexicon& lex, uint32_t node);

// RestMayFollow for the phrases below `node`.
bool TrieRestMayFollow(NextUnits* units, size_t pos, const Lexicon& lex, uint32_t node) {
  if (lex.follow_nodes[node].end) return true;
  const NextUnit u = units->At(pos);
  if (u.r >= units->text().size()) return false;
  return TrieMayMatchAt(units, u, lex, node);
}

bool TrieMayMatchAt(NextUnits* units, const NextUnit& u, const Lexicon& lex, uint32_t node) {
  const Lexicon::FollowNode& nd = lex.follow_nodes[node];
  if (nd.count == 0) return false;
  // MayMatchAt says yes for any word where the unit is not plain.
  if (u.adverb == NextUnit::kUnknown) return true;
  const std::string_view text = units->text();
  // A folded word can be a prefix of the text only if the classes of their
  // first bytes are equal (FoldedFirstClass; 0xFF is no byte's class).
  const uint8_t here = FoldedFirstClass(static_cast<unsigned char>(text[u.r]));
  const uint8_t after = u.adverb == NextUnit::kAdverb && u.after < text.size()
                            ? FoldedFirstClass(static_cast<unsigned char>(text[u.after]))
                            : 0xFF;
  for (uint32_t k = nd.first; k < nd.first + nd.count; ++k) {
    const Lexicon::FollowEdge& e = lex.follow_edges[k];
    const std::string_view w(lex.follow_words.data() + e.off, e.len);
    if (e.first_class == here) {
      if (const size_t n = FoldedPrefix(text, u.r, w);
          n > 0 && TrieRestMayFollow(units, u.r + n, lex, e.node))
        return true;
    }
    if (e.first_class == after) {
      if (const size_t n = FoldedPrefix(text, u.after, w);
          n > 0 && TrieRestMayFollow(units, u.after + n, lex, e.node))
        return true;
    }
  }
  return false;
}

}  // namespace

bool CueRestMayFollow(std::string_view text, size_t pos, const std::vector<std::string>& words,
                      size_t k, const WordList& adverbs) {
  NextUnits units(text, adverbs);
  return RestMayFollow(&units, pos, words, k);
}

namespace {

// Whether a second word of a phrase whose first word ends at q may follow,
// by the first bytes alone: false only when neither the next word's first
// byte nor the first byte of the word after it (after a skippable adverb)
// has a class of `classes` (Lexicon::bucket_second_classes), or no word
// follows; then CueMayFollow's loop over the second words would match
// none. Reads the next word as NextUnitAt does, and says true (read on)
// wherever that would not be plain (NextUnit::kUnknown, punctuation).
bool SecondMayFollow(uint32_t classes, std::string_view text, size_t q) {
  const size_t n = text.size();
  size_t r = q;
  while (r < n && IsSpaceByte(static_cast<unsigned char>(text[r]))) ++r;
  if (r >= n) return false;
  const unsigned char c = static_cast<unsigned char>(text[r]);
  if (!IsAlnumByte(c) || (classes & SecondClassBit(FoldedFirstClass(c)))) return true;
  // Only after an adverb: the word ends at e, the next one starts at a.
  size_t e = r;
  while (e < n && IsAlnumByte(static_cast<unsigned char>(text[e]))) ++e;
  if (e < n) {
    const unsigned char d = static_cast<unsigned char>(text[e]);
    if (d >= 0x80 || ((d == '\'' || d == '-' || d == '.') && e + 1 < n &&
                      (IsAlnumByte(static_cast<unsigned char>(text[e + 1])) ||
                       static_cast<unsigned char>(text[e + 1]) >= 0x80)))
      return true;
  }
  if (e - r > 32) return true;  // NextUnitAt's long word
  size_t a = e;
  while (a < n && IsSpaceByte(static_cast<unsigned char>(text[a]))) ++a;
  return a < n && (classes & SecondClassBit(FoldedFirstClass(static_cast<unsigned char>(text[a]))));
}

}  // namespace

bool Lexicon::CueMayFollow(int32_t bucket, std::string_view text, size_t q) const {
  if (bucket_has_single[bucket]) return true;
  if (!SecondMayFollow(bucket_second_classes[bucket], text, q)) return false;
  NextUnits units(text, english.skippable_adverbs);
  const NextUnit u = units.At(q);
  if (u.r >= text.size()) return false;
  // Whether some phrase of the bucket MayMatchAt from its second word on,
  // read down the bucket's trie of words.
  return TrieMayMatchAt(&units, u, *this, bucket_follow_root[bucket]);
}

std::vector<std::string> Inflect(const std::string& b, CuePos pos) {
  std::vector<std::string> f = {b};
  if (b.empty()) return f;
  char last = b.back();
  if (pos == CuePos::kNoun) {
    f.push_back(b + "s");
    f.push_back(b + "es");
    return f;
  }
  if (pos != CuePos::kVerb) return f;
  f.push_back(b + "s");
  f.push_back(b + "es");
  f.push_back(b + "ed");
  f.push_back(b + "ing");
  if (last == 'e') {
    f.push_back(b + "d");
    f.push_back(b.substr(0, b.size() - 1) + "ing");
  }
  if (last == 'y' && b.size() > 1 && !IsVowel(b[b.size() - 2])) {
    std::string stem = b.substr(0, b.size() - 1);
    f.push_back(stem + "ies");
    f.push_back(stem + "ied");
  }
  // Consonant doubling ("prefer" -> "preferred"): harmless when wrong.
  if (b.size() > 2 && !IsVowel(last) && last != 'w' && last != 'x' && last != 'y' &&
      IsVowel(b[b.size() - 2]) && !IsVowel(b[b.size() - 3])) {
    f.push_back(b + last + "ed");
    f.push_back(b + last + "ing");
  }
  return f;
}

namespace {

// One entry of "cues" (at index n) into *d and its expanded phrases.
Status ReadCue(const JsonLite& doc, const Node* c, const std::string& where, CueDef* d,
               std::vector<std::vector<std::string>>* phrases) {
  const Node* cue = doc.Find(c, "cue");
  if (c->type != Type::kObject || !cue || cue->type != Type::kString) {
    return Status::InvalidInput(where + ": needs a string \"cue\"");
  }
  d->phrase = std::string(cue->str);
  // "ask|ask for" reads as "ask|ask" then "for": `|` separates one
  // word's alternatives. A repeated alternative is that mistake.
  // So is a word that is an alternative of one slot and of the next:
  // "waging war|wars|a war" reads as "waging", "war|wars|a", "war".
  std::vector<std::string> prev_alts;
  for (const std::string& slot : SplitWords(d->phrase)) {
    std::vector<std::string> alts = SplitAlternatives(slot);
    std::sort(alts.begin(), alts.end());
    auto dup = std::adjacent_find(alts.begin(), alts.end());
    if (dup != alts.end()) {
      return Status::InvalidInput(where + ": \"" + d->phrase + "\" repeats \"" + *dup +
                                  "\" in one word's alternatives (`|` joins single words; "
                                  "write phrases of different lengths as separate cues)");
    }
    for (const std::string& a : alts) {
      if (std::binary_search(prev_alts.begin(), prev_alts.end(), a))
        return Status::InvalidInput(where + ": \"" + d->phrase + "\" has \"" + a +
                                    "\" in two neighbouring words' alternatives (`|` joins "
                                    "single words; write phrases of different lengths as "
                                    "separate cues)");
    }
    prev_alts = std::move(alts);
  }
  std::string pos;
  if (!StringField(doc, c, "pos", "verb", &pos))
    return Status::InvalidInput(where + ": \"pos\" must be verb, noun or adj");
  if (pos == "verb") {
    d->pos = CuePos::kVerb;
  } else if (pos == "noun") {
    d->pos = CuePos::kNoun;
  } else if (pos == "adj") {
    d->pos = CuePos::kAdj;
  } else {
    return Status::InvalidInput(where + ": \"pos\" must be verb, noun or adj");
  }
  if (!StringField(doc, c, "polarity", "", &d->polarity) ||
      (d->polarity != "support" && d->polarity != "oppose" && d->polarity != "neutral")) {
    return Status::InvalidInput(where + ": \"polarity\" must be support, oppose or neutral");
  }
  if (!StringField(doc, c, "act", d->polarity, &d->act))
    return Status::InvalidInput(where + ": \"act\" must be a string");
  const Node* weight = doc.Find(c, "weight");
  if (weight && weight->type != Type::kNumber)
    return Status::InvalidInput(where + ": \"weight\" must be in (0, 1]");
  d->weight = weight ? weight->number : 1.0;
  if (d->weight <= 0 || d->weight > 1) {
    return Status::InvalidInput(where + ": \"weight\" must be in (0, 1]");
  }
  for (const std::string& veto : WordsField(doc, c, "not_next"))
    if (std::vector<std::string> w = SplitWords(veto); !w.empty())
      d->not_next.push_back(std::move(w));
  d->prev = WordsField(doc, c, "prev");
  d->not_prev = WordsField(doc, c, "not_prev");
  d->subject_words = WordsField(doc, c, "subject_words");
  d->object_words = WordsField(doc, c, "object_words");
  d->holder_after = BoolField(doc, c, "holder_after", false);
  d->object_to = BoolField(doc, c, "object_to", false);
  d->normative = BoolField(doc, c, "normative", false);
  std::string frame;
  if (!StringField(doc, c, "frame", "", &frame))
    return Status::InvalidInput(where + ": \"frame\" must be evaluation, wrongdoing or stop");
  if (frame == "evaluation") {
    d->frame = CueFrame::kEvaluation;
  } else if (frame == "wrongdoing") {
    d->frame = CueFrame::kWrongdoing;
  } else if (frame == "stop") {
    d->frame = CueFrame::kStop;
  } else if (!frame.empty()) {
    return Status::InvalidInput(where + ": \"frame\" must be evaluation, wrongdoing or stop");
  }
  if (d->frame != CueFrame::kNone && d->polarity != "oppose")
    return Status::InvalidInput(where + ": a \"frame\" cue must have polarity oppose");
  d->of_agent = BoolField(doc, c, "of_agent", false);
  d->needs_agent = BoolField(doc, c, "needs_agent", false);
  d->addressee = BoolField(doc, c, "addressee", false);
  d->accuses = BoolField(doc, c, "accuses", false);
  d->discourse = BoolField(doc, c, "discourse", false);
  d->when_negated = BoolField(doc, c, "when_negated", false);
  if (d->when_negated && d->frame != CueFrame::kWrongdoing)
    return Status::InvalidInput(where + ": \"when_negated\" needs \"frame\": \"wrongdoing\"");
  if ((d->of_agent || d->needs_agent || d->discourse) && d->frame != CueFrame::kEvaluation)
    return Status::InvalidInput(where +
                                ": \"of_agent\", \"needs_agent\" and \"discourse\" need "
                                "\"frame\": \"evaluation\"");
  if ((d->addressee || d->accuses) && d->pos != CuePos::kVerb)
    return Status::InvalidInput(where + ": \"addressee\" and \"accuses\" need \"pos\": \"verb\"");
  *phrases = Expand(d->phrase, d->pos, BoolField(doc, c, "inflect", true));
  return Status::Ok();
}

// The "entries" array of a dictionary file `name`, parsed into *doc.
Status ParseEntries(std::string_view json_text, const std::string& name, JsonLite* doc,
                    const Node** entries) {
  if (!doc->Parse(json_text).ok()) return doc->FileError(name);
  *entries = doc->root() ? doc->Find(doc->root(), "entries") : nullptr;
  if (!*entries || (*entries)->type != Type::kArray)
    return Status::InvalidInput(name + ": needs an \"entries\" array");
  return Status::Ok();
}

}  // namespace

Status Lexicon::AddCapitals(std::string_view json_text, const std::string& name) {
  JsonLite doc;
  const Node* entries = nullptr;
  if (Status st = ParseEntries(json_text, name, &doc, &entries); !st.ok()) return st;
  for (const Node* e = doc.First(entries); e; e = doc.Next(e)) {
    std::string type, capital, id;
    if (StringField(doc, e, "id", "", &id) && !id.empty()) government_ids.push_back(id);
    if (!StringField(doc, e, "type", "", &type) || type != "state") continue;
    if (!StringField(doc, e, "capital", "", &capital) || capital.empty()) continue;
    if (!StringField(doc, e, "id", "", &id) || id.empty()) continue;
    AddCapital(id, capital);
    // Other spellings and former names: "Kiev" (the UN's spelling until 2019).
    if (const Node* forms = doc.Find(e, "capital_forms"); forms && forms->type == Type::kArray)
      for (const Node* f = doc.First(forms); f; f = doc.Next(f))
        if (f->type == Type::kString) AddCapital(id, f->str);
  }
  std::sort(government_ids.begin(), government_ids.end());
  government_ids.erase(std::unique(government_ids.begin(), government_ids.end()),
                       government_ids.end());
  return Status::Ok();
}

Status Lexicon::AddInstrumentTopics(std::string_view json_text, const std::string& name) {
  JsonLite doc;
  const Node* entries = nullptr;
  if (Status st = ParseEntries(json_text, name, &doc, &entries); !st.ok()) return st;
  for (const Node* e = doc.First(entries); e; e = doc.Next(e)) {
    std::string id;
    const Node* ins = doc.Find(e, "instruments");
    if (!ins || ins->type != Type::kArray || !StringField(doc, e, "id", "", &id) || id.empty())
      continue;
    for (const Node* i = doc.First(ins); i; i = doc.Next(i))
      if (i->type == Type::kString && !i->str.empty())
        instrument_topics.emplace_back(std::string(i->str), id);
  }
  std::sort(instrument_topics.begin(), instrument_topics.end());
  return Status::Ok();
}

std::string_view Lexicon::InstrumentTopic(std::string_view id) const {
  auto it = std::lower_bound(
      instrument_topics.begin(), instrument_topics.end(), id,
      [](const std::pair<std::string, std::string>& a, std::string_view b) { return a.first < b; });
  return it != instrument_topics.end() && it->first == id ? std::string_view(it->second)
                                                          : std::string_view();
}

bool Lexicon::IsGovernment(std::string_view id) const {
  if (id.size() != 3 ||
      !std::all_of(id.begin(), id.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  return government_ids.empty() ||
         std::binary_search(government_ids.begin(), government_ids.end(), id);
}

void Lexicon::AddCapital(const std::string& id, std::string_view name) {
  Capital c = PlaceWords(id, name);
  if (c.words.empty()) return;
  // After the capitals of the same first word: their order is kept.
  const auto at = std::upper_bound(
      capitals_by_first.begin(), capitals_by_first.end(), std::string_view(c.words[0]),
      [](std::string_view w, const std::pair<std::string, uint32_t>& e) { return w < e.first; });
  capitals_by_first.insert(at, {c.words[0], static_cast<uint32_t>(capitals.size())});
  capitals.push_back(std::move(c));
}

Lexicon::Capital Lexicon::PlaceWords(const std::string& id, std::string_view name) {
  Capital c;
  c.id = id;
  std::string word;
  for (char ch : name.substr(0, name.find(','))) {
    if (ch == ' ') {
      if (!word.empty()) c.words.push_back(std::move(word));
      word.clear();
    } else {
      word += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
  }
  if (!word.empty()) c.words.push_back(std::move(word));
  return c;
}

Status Lexicon::Add(std::string_view json_text, const std::string& name) {
  JsonLite doc;
  if (!doc.Parse(json_text).ok()) return doc.FileError(name);
  const Node* j = doc.root();
  if (j->type != Type::kObject)
    return Status::InvalidInput(name + ": cue lexicon must be a JSON object");
  std::string kind;
  if (!StringField(doc, j, "kind", "", &kind)) kind.clear();
  if (kind == "words") {
    has_english = true;
    return english.Add(doc, j, name);
  }
  if (kind != "cue") {
    return Status::InvalidInput(name +
                                ": not a cue lexicon (\"kind\" must be \"cue\" or \"words\")");
  }
  if (const Node* cues = doc.Find(j, "cues")) {
    if (cues->type != Type::kArray)
      return Status::InvalidInput(name + ": \"cues\" is not an array");
    size_t n = 0;
    for (const Node* c = doc.First(cues); c; c = doc.Next(c)) {
      CueDef d;
      std::vector<std::vector<std::string>> expanded;
      Status st = ReadCue(doc, c, name + ": cues[" + std::to_string(n++) + "]", &d, &expanded);
      if (!st.ok()) return st;
      uint32_t id = static_cast<uint32_t>(defs.size());
      for (auto& words : expanded) {
        if (!words.empty()) phrases.push_back({std::move(words), id});
      }
      defs.push_back(std::move(d));
    }
  }
  if (const Node* places = doc.Find(j, "occupied_places")) {
    if (places->type != Type::kArray)
      return Status::InvalidInput(name + ": \"occupied_places\" is not an array");
    size_t n = 0;
    for (const Node* p = doc.First(places); p; p = doc.Next(p), ++n) {
      std::string place, by;
      if (p->type != Type::kObject || !StringField(doc, p, "place", "", &place) ||
          !StringField(doc, p, "by", "", &by) || place.empty() || by.empty())
        return Status::InvalidInput(name + ": occupied_places[" + std::to_string(n) +
                                    "] needs \"place\" and \"by\" strings");
      Capital c = PlaceWords(by, place);
      if (!c.words.empty()) occupied_places.push_back(std::move(c));
    }
  }
  if (const Node* markers = doc.Find(j, "markers")) {
    if (markers->type != Type::kObject)
      return Status::InvalidInput(name + ": \"markers\" is not an object");
    struct {
      const char* key;
      PhraseList* list;
    } lists[] = {{"negation", &negation},
                 {"refusal", &refusal},
                 {"hedge", &hedge},
                 {"report", &report},
                 {"inverter", &inverter},
                 {"quantifier", &quantifier},
                 {"collective", &collective},
                 {"role_noun", &role_noun},
                 {"coref_government", &coref_government},
                 {"coref_body", &coref_body},
                 {"coref_group", &coref_group},
                 {"light_verb", &light_verb},
                 {"cessation", &cessation},
                 {"perpetration", &perpetration},
                 {"state_agent", &state_agent},
                 {"obligation", &obligation},
                 {"irony", &irony},
                 {"conduct_noun", &conduct_noun},
                 {"agent_participle", &agent_participle},
                 {"copula", &copula},
                 {"place_preposition", &place_preposition},
                 {"scene_preposition", &scene_preposition},
                 {"stance_prefix", &stance_prefix}};
    for (auto& l : lists) {
      Status st = ReadList(doc, markers, l.key, name, l.list);
      if (!st.ok()) return st;
    }
  }
  return Status::Ok();
}

void WordTable::Build(const std::unordered_map<std::string, WordInfo>& words) {
  size_t cap = 16;
  while (cap < words.size() * 4) cap *= 2;
  slots_.assign(cap, Slot());
  mask_ = cap - 1;
  pool_.clear();
  filter_.Clear();
  for (const auto& [w, info] : words) {
    const uint64_t h = Hash(w);
    size_t i = h & mask_;
    while (slots_[i].tag != 0) i = (i + 1) & mask_;
    slots_[i].tag = Tag(h);
    slots_[i].off = static_cast<uint32_t>(pool_.size());
    slots_[i].len = static_cast<uint32_t>(w.size());
    slots_[i].info = info;
    pool_ += w;
    if (!w.empty()) filter_.Add(w);
  }
}

void Lexicon::Finish() {
  cue_first.Clear();
  cue_first_end.Clear();
  std::unordered_map<std::string, WordInfo> info;
  cue_buckets.clear();
  for (uint32_t i = 0; i < phrases.size(); ++i) {
    WordInfo& w = info[phrases[i].words[0]];
    if (w.cues < 0) {
      w.cues = static_cast<int32_t>(cue_buckets.size());
      cue_buckets.emplace_back();
    }
    cue_buckets[w.cues].push_back(i);
  }
  for (auto& bucket : cue_buckets) {
    std::stable_sort(bucket.begin(), bucket.end(), [this](uint32_t a, uint32_t b) {
      return phrases[a].words.size() > phrases[b].words.size();
    });
  }
  for (const auto& [w, unused] : info) {
    cue_first.Add(w);
    if (!w.empty()) cue_first_end.Add(w);
  }
  bucket_has_single.assign(cue_buckets.size(), 0);
  bucket_seconds.assign(cue_buckets.size(), {});
  bucket_second_firsts.assign(cue_buckets.size(), {});
  bucket_second_classes.assign(cue_buckets.size(), 0);
  scan_words_are_cue_words = true;
  for (const CuePhrase& p : phrases) {
    const int32_t b = info[p.words[0]].cues;
    if (p.words.size() == 1) {
      bucket_has_single[b] = 1;
    } else if (std::find(bucket_seconds[b].begin(), bucket_seconds[b].end(), p.words[1]) ==
               bucket_seconds[b].end()) {
      bucket_seconds[b].push_back(p.words[1]);
      bucket_second_firsts[b].push_back(
          p.words[1].empty() ? 0xFF : FoldedFirstClass(static_cast<unsigned char>(p.words[1][0])));
      if (!p.words[1].empty())
        bucket_second_classes[b] |= SecondClassBit(bucket_second_firsts[b].back());
    }
    const std::string& w = p.words[0];
    bool plain = !w.empty() && w.size() <= 31 && w[0] >= 'a' && w[0] <= 'z';
    for (char c : w) plain &= (c >= 'a' && c <= 'z') || c == '-';
    scan_words_are_cue_words &= plain;
  }
  auto by_len = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return a.size() > b.size();
  };
  for (auto [from, to] : {std::pair{&english.invitation_complements, &invitation_complements},
                          std::pair{&english.neutral_refusals, &neutral_refusals}}) {
    to->phrases.clear();
    for (const std::string& p : from->words())
      if (std::vector<std::string> w = SplitWords(p); !w.empty())
        to->phrases.push_back(std::move(w));
  }
  uint32_t bit = 1;
  marker_phrases.clear();
  for (PhraseList* l : {&negation,
                        &refusal,
                        &hedge,
                        &report,
                        &inverter,
                        &quantifier,
                        &collective,
                        &role_noun,
                        &coref_government,
                        &coref_body,
                        &coref_group,
                        &light_verb,
                        &cessation,
                        &perpetration,
                        &state_agent,
                        &obligation,
                        &irony,
                        &conduct_noun,
                        &agent_participle,
                        &copula,
                        &place_preposition,
                        &scene_preposition,
                        &stance_prefix,
                        &invitation_complements,
                        &neutral_refusals}) {
    std::stable_sort(l->phrases.begin(), l->phrases.end(), by_len);
    l->bit = bit;
    bit <<= 1;
    for (uint32_t k = 0; k < l->phrases.size(); ++k) {
      WordInfo& w = info[l->phrases[k][0]];
      w.lists |= l->bit;
      if (w.markers < 0) {
        w.markers = static_cast<int32_t>(marker_phrases.size());
        marker_phrases.emplace_back();
      }
      const std::vector<std::string>& ph = l->phrases[k];
      marker_phrases[w.markers].push_back({l->bit, k, ph.size() > 1 ? WordKey(ph[1]) : 0});
    }
  }
  for (const std::string& a : english.skippable_adverbs.words()) info[a].adverb = true;
  for (const std::string& c : english.clause_conjunctions.words())
    if (!c.empty()) info[c].clause_conjunction = true;
  phrase_second_key.assign(phrases.size(), 0);
  for (size_t k = 0; k < phrases.size(); ++k)
    if (phrases[k].words.size() > 1) phrase_second_key[k] = WordKey(phrases[k].words[1]);
  // The large buckets' phrases by second word (an id per distinct word).
  std::unordered_map<std::string, int32_t> second_ids;
  bucket_index_of.assign(cue_buckets.size(), -1);
  bucket_index.clear();
  for (size_t b = 0; b < cue_buckets.size(); ++b) {
    if (cue_buckets[b].size() <= kIndexedBucket) continue;
    BucketIndex x;
    for (uint32_t k = 0; k < cue_buckets[b].size(); ++k) {
      const std::vector<std::string>& w = phrases[cue_buckets[b][k]].words;
      if (w.size() == 1) {
        x.singles.push_back(k);
        continue;
      }
      const auto [it, added] = second_ids.emplace(w[1], static_cast<int32_t>(second_ids.size()));
      if (added) info[w[1]].second = it->second;
      x.by_second.emplace_back(it->second, k);
    }
    std::sort(x.by_second.begin(), x.by_second.end());
    for (const std::string& w : bucket_seconds[b]) x.seconds.push_back(second_ids.at(w));
    bucket_index_of[b] = static_cast<int32_t>(bucket_index.size());
    bucket_index.push_back(std::move(x));
  }
  BuildFollowTries();
  words.Build(info);
  light_verb_bases.clear();
  for (const auto& lv : light_verb.phrases) {
    if (lv.size() != 1) continue;
    const std::string& base = lv[0];
    light_verb_bases.push_back({base.substr(0, base.size() - (base.back() == 'e')), base.size()});
  }
}

void Lexicon::BuildFollowTries() {
  follow_nodes.clear();
  follow_edges.clear();
  follow_words.clear();
  bucket_follow_root.assign(cue_buckets.size(), 0);
  // One bucket's trie at a time, its nodes numbered as they are made, each
  // with its children in a list (a large bucket's root, with hundreds of
  // children, also by a map); then laid out with each node's children side
  // by side.
  struct Building {
    std::string_view word;  // of the edge into it
    bool end = false;
    uint32_t first = 0, last = 0, next = 0;  // children and next sibling; 0: none
  };
  std::vector<Building> t;
  std::unordered_map<std::string_view, uint32_t> root_kids;
  for (size_t b = 0; b < cue_buckets.size(); ++b) {
    t.assign(1, Building());
    // CueMayFollow says yes for a bucket with a one-word phrase before it
    // reads the trie: such a bucket's is its root alone.
    if (bucket_has_single[b]) {
      bucket_follow_root[b] = static_cast<uint32_t>(follow_nodes.size());
      follow_nodes.emplace_back();
      continue;
    }
    const bool large = cue_buckets[b].size() > kIndexedBucket;
    if (large) root_kids.clear();
    for (uint32_t pi : cue_buckets[b]) {
      const std::vector<std::string>& w = phrases[pi].words;
      uint32_t at = 0;
      for (size_t k = 1; k < w.size(); ++k) {
        uint32_t next = 0;
        if (at == 0 && large) {
          const auto it = root_kids.find(w[k]);
          if (it != root_kids.end()) next = it->second;
        } else {
          for (uint32_t c = t[at].first; c != 0 && next == 0; c = t[c].next)
            if (t[c].word == w[k]) next = c;
        }
        if (next == 0) {
          next = static_cast<uint32_t>(t.size());
          Building n;
          n.word = w[k];
          t.push_back(n);
          if (t[at].first == 0) {
            t[at].first = next;
          } else {
            t[t[at].last].next = next;
          }
          t[at].last = next;
          if (at == 0 && large) root_kids.emplace(w[k], next);
        }
        at = next;
      }
      t[at].end = true;
    }
    // Node i of t is follow_nodes[base + i].
    const uint32_t base = static_cast<uint32_t>(follow_nodes.size());
    bucket_follow_root[b] = base;
    for (const Building& n : t) {
      FollowNode f;
      f.end = n.end;
      f.first = static_cast<uint32_t>(follow_edges.size());
      for (uint32_t c = n.first; c != 0; c = t[c].next) {
        const std::string_view word = t[c].word;
        FollowEdge e;
        e.off = static_cast<uint32_t>(follow_words.size());
        e.len = static_cast<uint32_t>(word.size());
        e.first_class = word.empty() ? 0xFF : FoldedFirstClass(static_cast<unsigned char>(word[0]));
        e.node = base + c;
        follow_words += word;
        follow_edges.push_back(e);
        ++f.count;
      }
      follow_nodes.push_back(f);
    }
  }
}

}  // namespace caucus::internal
