// Document-level stance rules: front matter, the document speaker and its
// first-person and normative speech. docs/STANCES.md gives the decisions.
#include "stance_rules.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

#include "caucus/turns.h"
#include "cues.h"
#include "word_match.h"

namespace caucus::internal {
namespace {

bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (IsUpper(static_cast<unsigned char>(c))) c = static_cast<char>(c + 32);
  return out;
}

// "# Key: value" -> key (lower-cased) and value offsets; false otherwise.
bool KeyLine(std::string_view text, size_t b, size_t e, std::string* key, size_t* vb) {
  if (e - b < 4 || text[b] != '#' || text[b + 1] != ' ') return false;
  size_t k = b + 2;
  if (!IsAlpha(static_cast<unsigned char>(text[k]))) return false;
  size_t colon = k;
  while (colon < e && colon - k <= 40 && text[colon] != ':') {
    unsigned char c = static_cast<unsigned char>(text[colon]);
    if (!(IsAlpha(c) || c == '/' || c == ' ' || c == '-' || c == '_' || (c >= '0' && c <= '9')))
      return false;
    ++colon;
  }
  if (colon >= e || text[colon] != ':') return false;
  *key = Lower(text.substr(k, colon - k));
  *vb = colon + 1;
  while (*vb < e && text[*vb] == ' ') ++*vb;
  return true;
}

size_t LineEnd(std::string_view text, size_t b) {
  size_t e = text.find('\n', b);
  return e == std::string_view::npos ? text.size() : e;
}

std::string_view TrimLine(std::string_view l) {
  while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.remove_suffix(1);
  return l;
}

// The first position >= from of byte c in text, or text.size().
size_t FindByte(std::string_view text, char c, size_t from) {
  if (from >= text.size()) return text.size();
  const void* r = std::memchr(text.data() + from, c, text.size() - from);
  return r ? static_cast<size_t>(static_cast<const char*>(r) - text.data()) : text.size();
}

// Whether text[b, e) holds a blank line ("\n\n").
bool HasBlankLine(std::string_view text, size_t b, size_t e) {
  while (b + 1 < e) {
    const void* nl = std::memchr(text.data() + b, '\n', e - b - 1);
    if (!nl) return false;
    const size_t x = static_cast<size_t>(static_cast<const char*>(nl) - text.data());
    if (text[x + 1] == '\n') return true;
    b = x + 1;
  }
  return false;
}

// Quoted stretches: “...” and "..." pairs, reset at a blank line. The marks
// are found with memchr; a blank line matters only inside an open pair.
std::vector<Span> QuotedRanges(std::string_view text) {
  std::vector<Span> out;
  const size_t npos = std::string_view::npos;
  size_t open = npos;
  size_t next_quote = FindByte(text, '"', 0);
  size_t next_e2 = FindByte(text, '\xE2', 0);
  while (true) {
    const size_t p = std::min(next_quote, next_e2);
    if (p >= text.size()) break;
    if (p == next_quote)
      next_quote = FindByte(text, '"', p + 1);
    else
      next_e2 = FindByte(text, '\xE2', p + 1);
    if (text[p] == '"') {
      if (open != npos && HasBlankLine(text, open + 1, p)) open = npos;
      if (open == npos) {
        open = p;
      } else {
        out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(p + 1)});
        open = npos;
      }
    } else if (p + 2 < text.size() && static_cast<unsigned char>(text[p + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(text[p + 2]);
      if (d == 0x9C) {
        open = p;
      } else if (d == 0x9D && open != npos && !HasBlankLine(text, open + 1, p)) {
        out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(p + 3)});
        open = npos;
      } else if (d == 0x9D) {
        open = npos;
      }
    }
  }
  return out;
}

bool InRanges(const std::vector<Span>& r, uint32_t pos) {
  auto it = std::upper_bound(r.begin(), r.end(), pos,
                             [](uint32_t p, const Span& s) { return p < s.begin; });
  return it != r.begin() && std::prev(it)->end > pos;
}

struct Word {
  uint32_t b, e;
  LowerWord low;  // text[b, e) seen lower-cased
};

// A sentence's words inside a longer vector of them, read in place.
class WordRange {
 public:
  WordRange(const Word* b, size_t n) : b_(b), n_(n) {}
  size_t size() const { return n_; }
  const Word& operator[](size_t i) const { return b_[i]; }
  const Word* begin() const { return b_; }
  const Word* end() const { return b_ + n_; }
  const Word& front() const { return b_[0]; }
  const Word& back() const { return b_[n_ - 1]; }

 private:
  const Word* b_;
  size_t n_;
};

// ASCII letters and digits: the bytes words are made of.
struct AlnumTable {
  bool is[256] = {};
  constexpr AlnumTable() {
    for (int c = 0; c < 256; ++c)
      is[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
};
constexpr AlnumTable kAlnum;

// Appends the words of text[s), at most max_words of them, to *w. Runs of
// letters and digits are classified eight bytes at a time (a byte loop
// mispredicts its exit at every word end).
void AppendWords(std::string_view text, Span s, std::vector<Word>* w,
                 size_t max_words = static_cast<size_t>(-1)) {
  const size_t end = s.end;
  auto alnum8 = [&](size_t at) {
    uint64_t alnum, upper;
    internal::ClassifyAlnumBytes(internal::LoadLittleEndian64(text.data() + at), &alnum, &upper);
    return alnum;
  };
  size_t p = s.begin;
  for (size_t added = 0; added < max_words; ++added) {
    // To the next word start.
    while (p + 8 <= end) {
      const uint64_t alnum = alnum8(p);
      if (alnum != 0) {
        p += static_cast<size_t>(__builtin_ctzll(alnum));
        break;
      }
      p += 8;
    }
    while (p < end && !kAlnum.is[static_cast<unsigned char>(text[p])]) ++p;
    if (p >= end) break;
    size_t q = p + 1;
    while (q < end) {
      if (q + 8 <= end) {
        const uint64_t alnum = alnum8(q);
        if (alnum == 0xFF) {
          q += 8;
          continue;
        }
        q += static_cast<size_t>(__builtin_ctzll(~alnum));  // a byte that is no letter or digit
      } else if (kAlnum.is[static_cast<unsigned char>(text[q])]) {
        ++q;
        continue;
      }
      const unsigned char d = static_cast<unsigned char>(text[q]);
      if ((d == '\'' || d == '-') && q + 1 < end &&
          IsAlpha(static_cast<unsigned char>(text[q + 1])))
        ++q;
      else
        break;
    }
    w->push_back(
        {static_cast<uint32_t>(p), static_cast<uint32_t>(q), LowerWord(text.substr(p, q - p))});
    p = q;
  }
}

// The words of text[s), at most max_words of them, into *w (cleared first).
void WordsInto(std::string_view text, Span s, std::vector<Word>* w,
               size_t max_words = static_cast<size_t>(-1)) {
  w->clear();
  AppendWords(text, s, w, max_words);
}

std::vector<Word> Words(std::string_view text, Span s) {
  std::vector<Word> w;
  w.reserve(s.size() / 5 + 1);
  WordsInto(text, s, &w);
  return w;
}

// The verb a modal at w[i] governs, skipping "not", adverbs and "be"-less
// glue ("we must also, therefore, act"); -1 if none within three words.
int ModalVerb(const WordRange& w, size_t i) {
  for (size_t k = i + 1; k < w.size() && k <= i + 4; ++k) {
    LowerWord y = w[k].low;
    if (In(y, {"not", "never", "also", "therefore", "however", "thus", "now", "all", "still",
               "first", "no", "longer", "simply", "continue", "to"}) ||
        (y.size() > 3 && y.ends_with("ly")))
      continue;
    return static_cast<int>(k);
  }
  return -1;
}

// Verbs of cognition, speech and feeling after a modal: rhetoric ("I must
// admit", "we cannot ignore", "must not forget", "should come as no
// surprise", "must be outraged / reminded").
bool RhetoricalVerb(const WordRange& w, int v) {
  LowerWord y = w[v].low;
  if (In(y, {"admit",    "confess", "say",    "tell",     "mention",      "note",    "recall",
             "remember", "forget",  "ignore", "overlook", "imagine",      "pretend", "hide",
             "deny",     "conceal", "come",   "thank",    "congratulate", "commend", "pay"}))
    return true;
  if (y == "be" && v + 1 < static_cast<int>(w.size()))
    return In(w[v + 1].low, {"outraged", "reminded", "surprised", "shocked", "saddened", "proud",
                             "grateful", "honest", "frank", "clear", "said", "noted", "aware",
                             "mindful", "recalled", "admitted"});
  return false;
}

// A normative or evaluative statement in a sentence: returns the marker's
// first word index and sets polarity/act; -1 if none.
int NormativeMarker(const WordRange& w, std::string* polarity, std::string* act) {
  // Tested on every word of a speaker's sentences: sets with a cheap filter.
  static const WordSet kModals{"must", "should", "cannot", "mustn't", "shouldn't"};
  static const WordSet kCondemn{"unacceptable", "untenable",  "inadmissible",
                                "intolerable",  "deplorable", "heinous"};
  // The words the branches below start at: most words are none, and are
  // turned away with one test.
  static const WordSet kMarkerWords{
      "not",          "must",        "should",     "cannot",    "mustn't",      "shouldn't",
      "it",           "time",        "threat",     "dangerous", "unacceptable", "untenable",
      "inadmissible", "intolerable", "deplorable", "heinous",   "concern"};
  for (size_t i = 0; i < w.size(); ++i) {
    LowerWord x = w[i].low;
    if (!kMarkerWords.Contains(x)) continue;
    // A denied belief governs what follows: "I do not think it is necessary".
    if (x == "not" && i + 1 < w.size() && In(w[i + 1].low, {"think", "believe"})) return -1;
    if (kModals.Contains(x)) {
      // Putative "should" after an evaluation: "it is gratifying that the
      // report should agree".
      if (x == "should" && w.size() > 2 && w[0].low == "it" && In(w[1].low, {"is", "was"}) &&
          std::any_of(w.begin() + 2, w.begin() + i, [](const Word& y) { return y.low == "that"; }))
        continue;
      bool neg_next = i + 1 < w.size() && In(w[i + 1].low, {"not", "never"});
      // "must not just / only be X" is contrast ("... but must become Y"),
      // not a negated call: the next marker decides.
      if (neg_next && i + 2 < w.size() && In(w[i + 2].low, {"just", "only", "merely", "simply"}))
        continue;
      bool negated = neg_next || In(x, {"cannot", "mustn't", "shouldn't"});
      int v = ModalVerb(w, i);
      // Rhetoric, not a position: "I must admit", "we cannot ignore",
      // "we must not forget", "should come as no surprise", "must be outraged".
      if (v >= 0 && RhetoricalVerb(w, v)) continue;
      // A statement of capacity: "governments cannot achieve it alone".
      if (negated && std::any_of(w.begin() + i, w.end(), [&](const Word& y) {
            return y.low == "alone" ||
                   (y.low == "own" && &y > &w[i] + 1 &&
                    In((&y - 1)->low, {"its", "our", "their", "my", "his", "her"}) &&
                    (&y - 2)->low == "on");
          }))
        continue;
      // A call is support even for a countering verb ("we must avoid a
      // collective defeat"); inaction negated is a call to act ("we cannot
      // remain on the sidelines", "we should not avoid the problem").
      bool inaction =
          v >= 0 && In(w[v].low, {"remain", "stand", "sit", "look", "wait", "stay", "avoid"});
      // A call to pull out or drop is against its object: "the ITU should
      // stay out of it", "the government must withdraw its proposal".
      bool withdraw =
          v >= 0 && ((In(w[v].low, {"stay", "keep"}) && v + 1 < static_cast<int>(w.size()) &&
                      w[v + 1].low == "out") ||
                     In(w[v].low, {"withdraw", "abandon", "scrap", "drop", "refrain", "reject"}));
      if (withdraw) {
        *polarity = negated ? "support" : "oppose";
        *act = "call-for";
        return static_cast<int>(i);
      }
      *polarity = negated && !inaction ? "oppose" : "support";
      *act = "call-for";
      return static_cast<int>(i);
    }
    if (x == "it" && i + 2 < w.size() && In(w[i + 1].low, {"is", "was"}) &&
        In(w[i + 2].low, {"necessary", "essential", "imperative", "urgent", "vital", "crucial"}) &&
        // "it is necessary to say": rhetoric.
        !(i + 4 < w.size() && w[i + 3].low == "to" && RhetoricalVerb(w, static_cast<int>(i + 4)))) {
      *polarity = "support";
      *act = "call-for";
      return static_cast<int>(i);
    }
    if (x == "time" && i + 2 < w.size() &&
        ((w[i + 1].low == "has" && w[i + 2].low == "come") ||
         (w[i + 1].low == "is" && w[i + 2].low == "ripe"))) {
      *polarity = "support";
      *act = "call-for";
      return static_cast<int>(i);
    }
    // "X is a threat to the open Internet", "a dangerous proposal".
    if ((x == "threat" && i > 0 && In(w[i - 1].low, {"a", "serious", "real", "grave", "direct"}) &&
         i + 1 < w.size() && w[i + 1].low == "to") ||
        (x == "dangerous" && i > 0 &&
         (In(w[i - 1].low, {"is", "are", "was", "were", "be", "been"}) ||
          (i > 1 && In(w[i - 1].low, {"very", "extremely", "particularly", "too"}) &&
           In(w[i - 2].low, {"is", "are", "was", "were", "be", "been"}))))) {
      *polarity = "oppose";
      *act = "criticise";
      return static_cast<int>(i);
    }
    if (kCondemn.Contains(x)) {
      *polarity = "oppose";
      *act = "criticise";
      return static_cast<int>(i);
    }
    if (x == "concern" && i > 0 && In(w[i - 1].low, {"grave", "serious", "deep", "great"})) {
      *polarity = "oppose";
      *act = "concern";
      return static_cast<int>(i);
    }
  }
  return -1;
}

// An ISO alpha-3 code: the `org` of a body that is a government's office.
// A person speaks for their org only while they hold the role: "former NSA
// contractor", "ex-minister" and "retired" roles speak for nobody.
bool SpeaksForOrg(const Entity& person) {
  if (person.org.empty()) return false;
  std::string r = Lower(person.role);
  return r.rfind("former", 0) != 0 && r.rfind("ex-", 0) != 0 && r.rfind("retired", 0) != 0 &&
         r.rfind("late ", 0) != 0;
}

bool IsGovernmentId(const std::string& id) {
  return id.size() == 3 && std::all_of(id.begin(), id.end(), [](char c) {
           return IsUpper(static_cast<unsigned char>(c));
         });
}

}  // namespace

DocSpeaker SpeakerFromId(const std::string& id, const std::string& kind,
                         const std::vector<Entity>& ents) {
  DocSpeaker s;
  s.id = id;
  s.kind = kind;
  for (const Entity& e : ents) {
    if (e.id == id && (e.kind == "government" || e.kind == "body")) {
      if (s.kind.empty()) s.kind = e.kind;
      s.name = e.name;
      // An executive office speaks for its government ("White House" -> USA).
      if (e.kind == "body" && IsGovernmentId(e.org))
        return SpeakerFromId(e.org, "government", ents);
      break;
    }
  }
  if (s.kind.empty()) {
    bool iso3 = id.size() == 3 && std::all_of(id.begin(), id.end(), [](char c) {
                  return IsUpper(static_cast<unsigned char>(c));
                });
    s.kind = iso3 ? "government" : "body";
  }
  if (s.name.empty()) s.name = id;
  return s;
}

namespace {

bool SpanLess(const Entity& a, const Entity& b) {
  return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
}

// The positions of the entities of `first` then `second` in span order;
// false if two spans are equal (then the order is std::sort's own).
bool SpanOrder(const std::vector<Entity>& first, const std::vector<Entity>& second,
               std::vector<std::pair<uint64_t, uint32_t>>* keys) {
  const size_t n = first.size();
  keys->resize(n + second.size());
  auto key = [](const Entity& e) { return (uint64_t{e.span.begin} << 32) | e.span.end; };
  for (size_t i = 0; i < n; ++i) (*keys)[i] = {key(first[i]), static_cast<uint32_t>(i)};
  for (size_t i = 0; i < second.size(); ++i)
    (*keys)[n + i] = {key(second[i]), static_cast<uint32_t>(n + i)};
  std::sort(keys->begin(), keys->end());
  for (size_t i = 1; i < keys->size(); ++i)
    if ((*keys)[i].first == (*keys)[i - 1].first) return false;
  return true;
}

}  // namespace

void SortBySpan(std::vector<Entity>* ents) {
  std::vector<Entity>& v = *ents;
  // Sort positions, not the (large) entities; without two equal spans the
  // order is unique, so each entity is moved once to its place.
  std::vector<std::pair<uint64_t, uint32_t>> keys;
  if (!SpanOrder(v, {}, &keys)) {
    std::sort(v.begin(), v.end(), SpanLess);
    return;
  }
  bool identity = true;
  for (size_t i = 0; i < keys.size(); ++i) identity &= keys[i].second == i;
  if (identity) return;
  std::vector<Entity> out;
  out.reserve(v.size());
  for (const auto& k : keys) out.push_back(std::move(v[k.second]));
  v = std::move(out);
}

std::vector<Entity> MergeBySpan(const std::vector<Entity>& ents, std::vector<Entity> added) {
  std::vector<std::pair<uint64_t, uint32_t>> keys;
  std::vector<Entity> out;
  if (!SpanOrder(ents, added, &keys)) {
    out = ents;
    for (Entity& e : added) out.push_back(std::move(e));
    std::sort(out.begin(), out.end(), SpanLess);
    return out;
  }
  out.reserve(keys.size());
  const size_t n = ents.size();
  for (const auto& k : keys) {
    if (k.second < n)
      out.push_back(ents[k.second]);
    else
      out.push_back(std::move(added[k.second - n]));
  }
  return out;
}

bool EntityOverlaps::Any(Span s) {
  if (!built_) {
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    spans.reserve(ents_.size());
    for (const Entity& e : ents_) spans.emplace_back(e.span.begin, e.span.end);
    std::sort(spans.begin(), spans.end());
    begins_.reserve(spans.size());
    max_end_.reserve(spans.size());
    for (const auto& [b, e] : spans) {
      begins_.push_back(b);
      max_end_.push_back(max_end_.empty() ? e : std::max(max_end_.back(), e));
    }
    built_ = true;
  }
  // Entities that start before s ends; one of them overlaps s if it ends after s begins.
  const size_t k = static_cast<size_t>(std::lower_bound(begins_.begin(), begins_.end(), s.end) -
                                       begins_.begin());
  return k > 0 && max_end_[k - 1] > s.begin;
}

uint32_t FrontMatterEnd(std::string_view text) {
  size_t p = 0;
  // A byte-order mark is not text.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") p = 3;
  size_t e = LineEnd(text, p);
  if (TrimLine(text.substr(p, e - p)) == "---") {
    // YAML front matter: up to the closing "---" (or "...") line.
    size_t q = e + 1;
    while (q < text.size()) {
      size_t qe = LineEnd(text, q);
      std::string_view l = TrimLine(text.substr(q, qe - q));
      if (l == "---" || l == "...") return static_cast<uint32_t>(std::min(qe + 1, text.size()));
      q = qe + 1;
    }
    return 0;
  }
  std::string key;
  size_t vb = 0;
  if (!KeyLine(text, p, e, &key, &vb)) return 0;
  int keys = 0;
  size_t q = p;
  while (q < text.size() && text[q] == '#') {
    size_t qe = LineEnd(text, q);
    std::string_view l = TrimLine(text.substr(q, qe - q));
    if (l == "# ---" || l == "#---") return static_cast<uint32_t>(std::min(qe + 1, text.size()));
    if (KeyLine(text, q, qe, &key, &vb)) ++keys;
    q = qe + 1;
  }
  return keys >= 2 ? static_cast<uint32_t>(std::min(q, text.size())) : 0;
}

std::optional<DocSpeaker> FindDocSpeaker(const Document& doc, const std::vector<Entity>& ents) {
  std::string_view meta = doc.Raw("meta");
  if (!meta.empty()) {
    nlohmann::json m = nlohmann::json::parse(meta.begin(), meta.end(), nullptr, false);
    if (m.is_object() && m.contains("speaker")) {
      const nlohmann::json& s = m["speaker"];
      if (s.is_string() && !s.get<std::string>().empty())
        return SpeakerFromId(s.get<std::string>(), "", ents);
      if (s.is_object() && s.contains("id") && s["id"].is_string()) {
        std::string kind = s.value("kind", std::string());
        if (kind != "government" && kind != "body") kind.clear();
        return SpeakerFromId(s["id"].get<std::string>(), kind, ents);
      }
    }
  }
  std::string_view text = doc.text();
  uint32_t body = FrontMatterEnd(text);
  size_t p = 0;
  while (p < body) {
    size_t e = std::min<size_t>(LineEnd(text, p), body);
    std::string key;
    size_t vb = 0;
    if (KeyLine(text, p, e, &key, &vb) && In(key, {"author", "author/org", "speaker", "org",
                                                   "organization", "organisation", "from", "by"})) {
      size_t v = vb;
      for (const char* pre : {"The ", "the ", "Government of ", "government of ", "Office of the ",
                              "Statement by ", "Statement by the "}) {
        std::string_view ps(pre);
        if (text.substr(v, ps.size()) == ps) v += ps.size();
      }
      // What may follow the speaker's name: the end of the line, a
      // parenthesis, or a list separator.
      auto ends_value = [&](size_t x) {
        while (x < e && text[x] == ' ') ++x;
        return x >= e || text[x] == '(' || text[x] == ';' || text[x] == ',' || text[x] == '\r';
      };
      for (const Entity& en : ents) {
        if (en.span.begin == v && (en.kind == "government" || en.kind == "body") &&
            en.span.end <= e && ends_value(en.span.end)) {
          DocSpeaker s;
          s.id = en.id;
          s.kind = en.kind;
          s.name = en.name;
          return s;
        }
      }
      // "Government of BRA": an ISO 3166 alpha-3 code.
      if (v > vb && v + 3 <= e && IsUpper(static_cast<unsigned char>(text[v])) &&
          IsUpper(static_cast<unsigned char>(text[v + 1])) &&
          IsUpper(static_cast<unsigned char>(text[v + 2])) && ends_value(v + 3) &&
          text.substr(vb, v - vb).find("overnment") != std::string_view::npos) {
        return SpeakerFromId(std::string(text.substr(v, 3)), "government", ents);
      }
    }
    p = e + 1;
  }
  return std::nullopt;
}

void FoldPeopleToOrgs(const std::vector<Entity>& ents, std::vector<Stance>* stances) {
  std::vector<char> folded(stances->size(), 0);
  bool changed = false;
  // Gives stance i to `to`, saying how (unless it already says).
  auto fold = [&](size_t i, const DocSpeaker& to, const char* via) {
    Stance& st = (*stances)[i];
    st.actor.id = to.id;
    st.actor.kind = to.kind;
    if (st.via.empty()) st.via = via;
    folded[i] = 1;
    changed = true;
  };
  for (size_t i = 0; i < stances->size(); ++i) {
    Stance& st = (*stances)[i];
    auto it = std::lower_bound(ents.begin(), ents.end(), st.actor.span.begin,
                               [](const Entity& e, uint32_t p) { return e.span.begin < p; });
    if (std::string_view(st.actor.kind) == "body") {
      // An executive office ("the White House", "the Kremlin") speaks for its
      // government: the body's `org` is the government's id.
      const Entity* office = nullptr;
      for (auto b = it; b != ents.end() && b->span.begin == st.actor.span.begin; ++b) {
        if (std::string_view(b->kind) == "body" && b->id == st.actor.id && IsGovernmentId(b->org))
          office = &*b;
      }
      if (!office) {
        for (const Entity& e : ents)
          if (std::string_view(e.kind) == "body" && e.id == st.actor.id && IsGovernmentId(e.org))
            office = &e;
      }
      if (!office) continue;
      fold(i, SpeakerFromId(office->org, "government", ents), "office");
      continue;
    }
    if (std::string_view(st.actor.kind) != "person") continue;
    const Entity* person = nullptr;
    if (it != ents.end() && it->span == st.actor.span && std::string_view(it->kind) == "person")
      person = &*it;
    if (!person) {
      // A coreferent pronoun: the actor's id names the person.
      for (const Entity& e : ents) {
        if (std::string_view(e.kind) == "person" && e.id == st.actor.id && SpeaksForOrg(e)) {
          person = &e;
          break;
        }
      }
    }
    if (!person || !SpeaksForOrg(*person)) continue;
    fold(i, SpeakerFromId(person->org, "", ents), "role");
  }
  if (!changed) return;
  // Stances not folded first, then folded ones that repeat none of them.
  std::vector<Stance> out;
  for (size_t i = 0; i < stances->size(); ++i)
    if (!folded[i]) out.push_back(std::move((*stances)[i]));
  for (size_t i = 0; i < stances->size(); ++i) {
    if (!folded[i]) continue;
    Stance& st = (*stances)[i];
    bool dup = false;
    for (const Stance& o : out) {
      dup |= o.sentence == st.sentence && o.actor.id == st.actor.id && o.polarity == st.polarity &&
             o.span.Overlaps(st.span);
    }
    if (!dup) out.push_back(std::move(st));
  }
  *stances = std::move(out);
}

void DropNonAssertions(std::string_view text, std::vector<Stance>* stances) {
  auto drop = [&](const Stance& st) {
    // A call to explain, understand or reassure is no policy position:
    // "seeks to explain the treaty", "asked to clarify its view" (any actor).
    if (st.act == "call-for" && st.target.span.size() > 0) {
      thread_local std::vector<Word> t;  // reused: one cut per stance
      WordsInto(text, st.target.span, &t);
      if (t.size() >= 2 && t[0].low == "to" &&
          In(t[1].low,
             {"explain",   "understand", "clarify",  "describe", "answer",  "learn",  "know",
              "assess",    "reassure",   "convince", "persuade", "justify", "show",   "demonstrate",
              "highlight", "discuss",    "consider", "study",    "examine", "review", "respond",
              "placate",   "calm",       "explore",  "find",     "see",     "hear",   "listen",
              "inform",    "educate",    "present"}))
        return true;
    }
    // First person (the document speaker, a turn) and list roles keep their stance.
    if (!st.via.empty() && st.via != "coreference" && st.via != "role" && st.via != "office")
      return false;
    if (st.actor.span.size() == 0 || st.target.span.size() == 0) return false;
    if (st.target.span.begin <= st.actor.span.end) return false;
    // First person (a speaker's "we", marked as such only later) is no third party.
    thread_local std::vector<Word> a;  // reused: one cut per stance
    WordsInto(text, st.actor.span, &a);
    if (!a.empty() && In(a[0].low, {"we", "i", "my", "our"})) return false;
    thread_local std::vector<Word> r;  // reused: one cut per stance
    WordsInto(text, {st.actor.span.end, st.target.span.begin}, &r);
    // The cue is in a relative clause with a subject of its own: "Cuba has
    // endured a blockade, which the majority of states demanded be lifted".
    for (size_t k = 1; k + 2 < r.size() && k < 30; ++k) {
      if (!In(r[k].low, {"which", "whom", "that"}) ||
          !In(r[k + 1].low, {"the", "a", "an", "many", "most", "some", "all", "several", "other"}))
        continue;
      std::string_view before = text.substr(r[k - 1].e, r[k].b - r[k - 1].e);
      std::string_view after = text.substr(r[k].e, st.target.span.begin - r[k].e);
      if (before.find(',') != std::string_view::npos && after.find(',') == std::string_view::npos)
        return true;
    }
    if (r.empty() || r.size() > 12) return false;
    // The author's call on a third party, not the party's position: "the W3C
    // needs to embrace", "India should support", "Brazil must propose"; not a
    // nominal cue of the actor's own ("India must withdraw its proposal").
    bool possessive = false;
    for (const Word& y : r) possessive |= In(y.low, {"its", "their", "his", "her"});
    for (size_t k = 0; k + 1 < r.size() && !possessive; ++k) {
      LowerWord y = r[k].low;
      if (In(y, {"must", "should", "ought"}) ||
          (In(y, {"need", "needs", "has", "have"}) && r[k + 1].low == "to"))
        return true;
    }
    // A habit, not a position: "the ITU usually agrees decisions by consensus".
    for (const Word& y : r) {
      if (In(y.low, {"usually", "generally", "typically", "normally", "often", "traditionally",
                     "routinely", "sometimes", "rarely", "seldom"}))
        return true;
    }
    // The cue's subject is a relative pronoun after the actor: "calls on all
    // States to support the appeal, which calls for ...", "sanctions, which we
    // reject"; not a relative clause inside the subject ("Russia and its
    // supporters, which include ..., want") nor one on a class the actors are
    // in ("Russia and the UAE among countries which signed").
    for (size_t k = r.size() > 4 ? r.size() - 4 : 1; k < r.size(); ++k) {
      if (k == 0 || !In(r[k].low, {"which", "whom"})) continue;
      // A comma closes the relative clause before the cue.
      if (text.substr(r[k].e, st.target.span.begin - r[k].e).find(',') != std::string_view::npos)
        continue;
      if (!In(r[k - 1].low, {"countries", "states", "governments", "nations", "members",
                             "delegations", "parties", "those", "others", "ones"}))
        return true;
    }
    // A purpose infinitive after a noun the actor modifies: "a private sector
    // network to support the work of the EU".
    if (r.size() >= 3 && r[1].low == "to" &&
        !In(r[0].low,
            {"want",     "seek",     "agree",  "plan",    "need",      "hope",     "try",
             "continue", "decide",   "intend", "wish",    "aim",       "promise",  "vow",
             "pledge",   "refuse",   "fail",   "attempt", "threaten",  "offer",    "prefer",
             "expect",   "begin",    "start",  "choose",  "decline",   "move",     "work",
             "ready",    "able",     "unable", "willing", "unwilling", "likely",   "set",
             "going",    "prepared", "about",  "due",     "keen",      "eager",    "determined",
             "expected", "also",     "not",    "never",   "still",     "now",      "then",
             "yet",      "used",     "tend",   "appear",  "seem",      "continues"}) &&
        !(r[0].low.size() > 3 &&
          (r[0].low.back() == 's' || r[0].low.ends_with("ed") || r[0].low.ends_with("ly"))))
      return true;
    // A generic present-tense claim about a class: "when private companies support ...".
    if (st.actor.kind == "group") {
      std::vector<Word> before = Words(
          text, {st.actor.span.begin > 24 ? st.actor.span.begin - 24 : 0, st.actor.span.begin});
      if (!before.empty() && In(before.back().low, {"when", "whenever"})) return true;
    }
    return false;
  };
  stances->erase(std::remove_if(stances->begin(), stances->end(), drop), stances->end());
}

namespace {

// FirstPersonSubjects on the words w[0, n) of a sentence.
std::vector<Span> FirstPersonSubjectsIn(std::string_view text, const Word* w, size_t n) {
  std::vector<Span> out;
  for (size_t i = 0; i < n; ++i) {
    LowerWord x = w[i].low;
    // Only "we", "i", "my" and "our" start a subject: most words are longer.
    if (x.size() > 3) continue;
    if (x == "we") {
      out.push_back({w[i].b, w[i].e});
    } else if (x == "i" && text[w[i].b] == 'I') {
      // "Annex I", "World War I": a numeral, not the speaker.
      if (i > 0 &&
          In(w[i - 1].low, {"annex", "article",  "chapter", "part",      "section",    "appendix",
                            "phase", "title",    "volume",  "schedule",  "resolution", "category",
                            "class", "war",      "group",   "committee", "commission", "sector",
                            "study", "protocol", "stage",   "level",     "tier"}))
        continue;
      out.push_back({w[i].b, w[i].e});
    } else if ((x == "my" || x == "our") && i + 1 < n &&
               In(w[i + 1].low, {"government", "delegation", "country", "administration", "nation",
                                 "state", "governments", "delegations", "countries", "nations"})) {
      out.push_back({w[i].b, w[i + 1].e});
      ++i;
    }
  }
  return out;
}

}  // namespace

std::vector<Span> FirstPersonSubjects(std::string_view text, Span sentence) {
  sentence.end = std::min<uint32_t>(sentence.end, static_cast<uint32_t>(text.size()));
  if (sentence.begin >= sentence.end) return {};
  thread_local std::vector<Word> w;  // reused: called for every sentence
  WordsInto(text, sentence, &w);
  return FirstPersonSubjectsIn(text, w.data(), w.size());
}

std::vector<Stance> FindWithSpeaker(std::string_view text, const DocSpeaker& speaker,
                                    const StanceFinder& finder, const std::vector<Sentence>& sents,
                                    const std::vector<Entity>& ents) {
  return FindWithSpeakers(text, {speaker}, std::vector<int>(sents.size(), 0), finder, sents, ents);
}

std::vector<Stance> FindWithSpeakers(std::string_view text, const std::vector<DocSpeaker>& speakers,
                                     const std::vector<int>& per_sentence,
                                     const StanceFinder& finder, const std::vector<Sentence>& sents,
                                     const std::vector<Entity>& ents) {
  const uint32_t body = FrontMatterEnd(text);
  const std::vector<Span> quotes = QuotedRanges(text);
  EntityOverlaps ent_overlaps(ents);
  std::vector<Entity> mentions;  // of the speaker, in text order
  std::vector<Span> added;
  // A government's sentences are read twice (first-person subjects, then
  // normative statements): their words are kept, sentence i's in
  // words[word_range[i].first, word_range[i].second).
  // Only a government's or an official's statement: its normative claims are
  // its positions; an organisation's blog argues more than it takes positions.
  auto speaker_of = [&](size_t si) -> const DocSpeaker* {
    const int k = si < per_sentence.size() ? per_sentence[si] : -1;
    return k >= 0 ? &speakers[k] : nullptr;
  };
  auto normative_at = [&](size_t si) {
    const DocSpeaker* sp = speaker_of(si);
    return sp && (sp->kind == "government" || sp->official);
  };
  bool any_normative = false;
  for (const DocSpeaker& sp : speakers) any_normative |= sp.kind == "government" || sp.official;
  std::vector<Word> words;
  std::vector<std::pair<uint32_t, uint32_t>> word_range(any_normative ? sents.size() : 0);
  for (size_t si = 0; si < sents.size(); ++si) {
    const Sentence& s = sents[si];
    if (s.span.end <= body) continue;
    const DocSpeaker* sp_at = speaker_of(si);
    if (!sp_at) continue;
    const DocSpeaker& speaker = *sp_at;
    const bool normative = normative_at(si);
    const Span span{std::max(s.span.begin, body), s.span.end};
    std::vector<Span> subjects;
    if (normative) {
      const uint32_t from = static_cast<uint32_t>(words.size());
      const Span clamped{span.begin,
                         std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()))};
      if (clamped.begin < clamped.end) AppendWords(text, clamped, &words);
      word_range[si] = {from, static_cast<uint32_t>(words.size())};
      subjects = FirstPersonSubjectsIn(text, words.data() + from, words.size() - from);
    } else {
      subjects = FirstPersonSubjects(text, span);
    }
    for (const Span& sp : subjects) {
      if (InRanges(quotes, sp.begin)) continue;
      if (ent_overlaps.Any(sp)) continue;
      Entity e;
      e.span = sp;
      e.text = std::string(text.substr(sp.begin, sp.size()));
      e.kind = speaker.kind;
      e.id = speaker.id;
      e.name = speaker.name;
      e.form = "speaker";
      mentions.push_back(std::move(e));
      added.push_back(sp);
    }
  }
  std::vector<Stance> out = added.empty()
                                ? finder.Find(text, sents, ents)
                                : finder.Find(text, sents, MergeBySpan(ents, std::move(mentions)));
  std::vector<char> has_speaker(sents.size(), 0);
  for (Stance& st : out) {
    if (std::find(added.begin(), added.end(), st.actor.span) != added.end()) st.via = "speaker";
    const DocSpeaker* sp = st.sentence < sents.size() ? speaker_of(st.sentence) : nullptr;
    if (sp && st.actor.id == sp->id) has_speaker[st.sentence] = 1;
  }
  // Normative and evaluative sentences of the speaker: "The Council must be
  // reformed", "Such practices are unacceptable".
  std::vector<char> has_any(sents.size(), 0);
  for (const Stance& st : out)
    if (st.sentence < sents.size()) has_any[st.sentence] = 1;
  size_t found = out.size();
  // The UN verbatim record's footer ("This record contains the text of
  // speeches ... Corrections should be submitted ...") is no speech.
  Span footer{0, 0};
  if (any_normative) {
    const size_t f = text.find("This record contains the text of speeches");
    if (f != std::string_view::npos) {
      size_t fe = text.find("\n\n", f);
      if (fe == std::string_view::npos) fe = text.size();
      footer = {static_cast<uint32_t>(f), static_cast<uint32_t>(fe)};
    }
  }
  for (size_t i = 0; i < sents.size() && any_normative; ++i) {
    if (sents[i].span.begin >= footer.begin && sents[i].span.begin < footer.end) continue;
    if (sents[i].span.end <= body || has_speaker[i] || has_any[i] || !normative_at(i)) continue;
    const DocSpeaker& speaker = *speaker_of(i);
    const Span s{std::max(sents[i].span.begin, body), sents[i].span.end};
    const Span within = speaker.within;
    const bool quoted = within.begin < within.end;
    if (!quoted && InRanges(quotes, s.begin)) continue;
    std::string_view st = text.substr(s.begin, s.size());
    while (!st.empty() && (st.back() == ' ' || st.back() == '\n' || st.back() == '\r'))
      st.remove_suffix(1);
    if (st.empty() || st.back() == '?') continue;
    const WordRange w(words.data() + word_range[i].first,
                      word_range[i].second - word_range[i].first);
    std::string polarity, act;
    int m = NormativeMarker(w, &polarity, &act);
    if (m < 0) continue;
    // A quotation's holder speaks inside it; anyone else outside quotations.
    if (quoted ? (w[m].b < within.begin || w[m].b >= within.end) : InRanges(quotes, w[m].b))
      continue;
    // A conditional or a question word before the marker: no assertion.
    bool cond = false;
    for (int k = 0; k < m; ++k) cond |= In(w[k].low, {"if", "whether", "unless", "how", "what"});
    if (cond) continue;
    Stance x;
    x.actor.id = speaker.id;
    x.actor.kind = speaker.kind;
    x.actor.text = speaker.name;
    x.actor.span = {s.begin, s.begin};
    x.polarity = polarity;
    x.act = act;
    size_t tb = static_cast<size_t>(m) + 1;
    if (tb < w.size()) {
      x.target.span = {w[tb].b, w.back().e};
      x.target.text = std::string(text.substr(x.target.span.begin, x.target.span.size()));
    }
    x.span = {w.front().b, w.back().e};
    x.sentence = static_cast<uint32_t>(i);
    x.modality = "asserted";
    x.score = 0.5;
    x.via = "speaker";
    out.push_back(std::move(x));
  }
  if (out.size() > found) {
    std::stable_sort(out.begin(), out.end(), [](const Stance& a, const Stance& b) {
      if (a.sentence != b.sentence) return a.sentence < b.sentence;
      return a.span.begin < b.span.begin;
    });
  }
  return out;
}

}  // namespace caucus::internal

namespace caucus::internal {
namespace {

// Quotations for attribution: QuotedRanges plus '...' pairs whose closing
// mark follows sentence punctuation ("'Our name was misused,' X said").
std::vector<Span> AttributableQuotes(std::string_view text) {
  std::vector<Span> out = QuotedRanges(text);
  size_t open = std::string_view::npos;
  size_t scanned = 0;  // text[open + 1, scanned) holds no blank line
  for (size_t p = FindByte(text, '\'', 0); p < text.size(); p = FindByte(text, '\'', p + 1)) {
    // A blank line since the opening mark resets it.
    if (open != std::string_view::npos) {
      if (HasBlankLine(text, scanned, p))
        open = std::string_view::npos;
      else
        scanned = p;
    }
    bool starts = (p == 0 || text[p - 1] == ' ' || text[p - 1] == '\n') && p + 1 < text.size() &&
                  IsAlpha(static_cast<unsigned char>(text[p + 1]));
    bool closes = p > 0 && (text[p - 1] == ',' || text[p - 1] == '.' || text[p - 1] == '!' ||
                            text[p - 1] == '?');
    if (open == std::string_view::npos && starts) {
      open = p;
      scanned = p + 1;
    } else if (open != std::string_view::npos && closes) {
      out.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(p + 1)});
      open = std::string_view::npos;
    }
  }
  std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return out;
}

bool SpeechVerb(LowerWord w) {
  static const WordSet kVerbs{"said",      "says",     "say",        "told",      "added",
                              "adds",      "stated",   "states",     "noted",     "notes",
                              "explained", "explains", "insisted",   "insists",   "argued",
                              "argues",    "warned",   "warns",      "declared",  "declares",
                              "stressed",  "stresses", "remarked",   "commented", "wrote",
                              "writes",    "observed", "emphasised", "emphasized"};
  return kVerbs.Contains(w);
}

// The holder an attribution names in [b, e): the first government or body,
// or the org of the first person that has one. A person without an org
// before any organisation (a journalist, an unknown) names no holder.
const Entity* HolderIn(std::string_view text, const std::vector<Entity>& ents, uint32_t b,
                       uint32_t e, bool* person_only) {
  for (const Entity& en : ents) {
    if (en.span.begin < b || en.span.end > e) continue;
    // "India's critics said": a possessive names the holder only through a
    // role ("Brazil's delegate", "the ITU's spokesperson").
    // Only the first two words are looked at (the second after an "s").
    thread_local std::vector<Word> after;  // reused: one cut per entity
    WordsInto(text, {en.span.end, std::min<uint32_t>(e + 40, text.size())}, &after, 2);
    if (!after.empty() && after[0].low == "s") after.erase(after.begin());
    if (en.span.end + 1 < text.size() && text.substr(en.span.end, 2) == "'s" && !after.empty() &&
        !In(after[0].low,
            {"minister",   "delegate",     "delegation",    "ambassador",  "representative",
             "president",  "spokesperson", "spokesman",     "spokeswoman", "official",
             "officials",  "envoy",        "secretary",     "chief",       "head",
             "director",   "chair",        "chairman",      "ceo",         "negotiator",
             "government", "ministry",     "foreign",       "prime",       "team",
             "mission",    "office",       "deputy",        "senior",      "top",
             "permanent",  "telecom",      "communications"})) {
      *person_only = true;
      return nullptr;
    }
    if (en.kind == "government" || en.kind == "body") return &en;
    if (en.kind == "person") {
      if (SpeaksForOrg(en)) return &en;
      *person_only = true;
    }
  }
  return nullptr;
}

}  // namespace

bool AddQuoteSpeakers(std::string_view text, const std::vector<Sentence>& sents,
                      const std::vector<Entity>& ents, std::vector<Span>* added,
                      std::vector<Entity>* out, std::vector<QuoteHolder>* holders) {
  // `ents` is copied (entities are large) only when a first mention is added.
  std::vector<Entity> all;
  const std::vector<Entity>* cur = &ents;
  const std::vector<Span> quotes = AttributableQuotes(text);
  if (quotes.empty()) return false;
  EntityOverlaps ent_overlaps(ents);
  // Sentences in text order without overlap (the usual case) are searched
  // by binary search: at most one holds pos, the last that begins at or
  // before it. Otherwise the first that holds pos, by a linear scan.
  bool ordered = true;
  for (size_t i = 0; i < sents.size() && ordered; ++i)
    ordered = sents[i].span.begin <= sents[i].span.end &&
              (i == 0 || sents[i - 1].span.end <= sents[i].span.begin);
  auto sentence_of = [&](uint32_t pos) -> int {
    if (ordered) {
      auto it = std::upper_bound(sents.begin(), sents.end(), pos,
                                 [](uint32_t p, const Sentence& s) { return p < s.span.begin; });
      if (it == sents.begin() || pos >= std::prev(it)->span.end) return -1;
      return static_cast<int>(std::prev(it) - sents.begin());
    }
    for (size_t i = 0; i < sents.size(); ++i)
      if (sents[i].span.begin <= pos && pos < sents[i].span.end) return static_cast<int>(i);
    return -1;
  };
  // Attribution words stop at a new clause: "said X, who ...", "adding".
  auto stops = [](const Word& w) {
    return In(w.low, {"who", "which", "that", "when", "while", "after", "before", "because", "as",
                      "and", "but", "in", "at", "on", "during"}) ||
           (w.low.size() > 4 && w.low.ends_with("ing"));
  };
  for (const Span& q : quotes) {
    if (q.size() < 4) continue;
    const Entity* holder = nullptr;
    bool person_only = false;
    int sc = sentence_of(q.end - 1);
    int so = sentence_of(q.begin);
    if (sc < 0 || so < 0) continue;
    // After the quotation: '"...," said X of ORG' / '"...," X, role, ORG, said'
    // / '"...," X says.' / '"..." — X, ORG'.
    uint32_t ae = sents[sc].span.end;
    uint32_t ab = q.end;
    std::string_view rest = text.substr(ab, ae - ab);
    size_t nb = rest.find_first_not_of(" \t\r\n.,");
    if (nb == std::string_view::npos && static_cast<size_t>(sc) + 1 < sents.size()) {
      // The attribution is the next sentence: "X said." / "— X, ORG".
      ab = sents[sc + 1].span.begin;
      ae = sents[sc + 1].span.end;
    }
    // Words past w[16] are never looked at (nor is their count, beyond 17).
    thread_local std::vector<Word> w;  // reused: one cut per quotation
    WordsInto(text, {ab, ae}, &w, 17);
    std::string_view lead = text.substr(ab, std::min<size_t>(ae - ab, 12));
    size_t lb = lead.find_first_not_of(" \t\r\n,");
    bool dash = lb != std::string_view::npos && (lead.substr(lb).rfind("\xE2\x80\x94", 0) == 0 ||
                                                 lead.substr(lb).rfind("\xE2\x80\x93", 0) == 0 ||
                                                 lead.substr(lb).rfind("-", 0) == 0);
    if (!w.empty()) {
      if (SpeechVerb(w[0].low) || (w.size() > 1 && w[0].low == "according" && w[1].low == "to")) {
        // "said X of ORG": the words after the verb up to a new clause.
        size_t k = w[0].low == "according" ? 2 : 1;
        size_t end = k;
        while (end < w.size() && end < k + 14 && !stops(w[end])) ++end;
        if (end > k) holder = HolderIn(text, *cur, w[k].b, w[end - 1].e, &person_only);
      } else {
        // "X, role of ORG, said" / "— X, ORG": the words before the verb.
        size_t v = 0;
        while (v < w.size() && v < 16 && !SpeechVerb(w[v].low)) ++v;
        bool verb = v < w.size() && v < 16;
        if (verb || dash) {
          size_t end = verb ? v : std::min<size_t>(w.size(), 14);
          size_t x = 0;
          while (x < end && !(x > 0 && stops(w[x]))) ++x;
          if (x > 0) holder = HolderIn(text, *cur, w[0].b, w[x - 1].e, &person_only);
        }
      }
    }
    // Before the quotation: 'X, president, ORG, said: "..."'.
    if (!holder && !person_only) {
      uint32_t bb = sents[so].span.begin;
      std::string_view before = text.substr(bb, q.begin - bb);
      while (!before.empty() && (before.back() == ' ' || before.back() == '\n'))
        before.remove_suffix(1);
      bool colon = !before.empty() && (before.back() == ':' || before.back() == ',');
      // Without the colon or comma the words are not looked at: cut only then.
      thread_local std::vector<Word> p;  // reused: one cut per quotation
      if (colon)
        WordsInto(text, {bb, q.begin}, &p);
      else
        p.clear();
      // The verb may have a complement: 'X told the meeting on Thursday, "..."'.
      size_t v = p.size();
      for (size_t k = p.size(); k > 0 && k + 8 > p.size(); --k) {
        if (SpeechVerb(p[k - 1].low)) {
          v = k - 1;
          break;
        }
      }
      if (colon && v < p.size()) {
        size_t from = v > 16 ? v - 16 : 0;
        holder = HolderIn(text, *cur, p[from].b, p[v].b, &person_only);
      }
    }
    if (!holder) continue;
    Entity base;
    if (holder->kind == "person") {
      DocSpeaker org = SpeakerFromId(holder->org, "", ents);
      base.id = org.id;
      base.kind = org.kind;
      base.name = org.name;
    } else {
      base.id = holder->id;
      base.kind = holder->kind;
      base.name = holder->name;
      base.org = holder->org;
    }
    base.form = "quote";
    if (holders && !base.id.empty()) {
      DocSpeaker sp;
      sp.id = base.id;
      sp.kind = base.kind;
      sp.name = base.name;
      sp.official = true;
      sp.within = q;
      holders->push_back({q, std::move(sp)});
    }
    for (int s = so; s <= sc; ++s) {
      Span in{std::max(sents[s].span.begin, q.begin), std::min(sents[s].span.end, q.end)};
      for (const Span& sp : FirstPersonSubjects(text, in)) {
        if (ent_overlaps.Any(sp)) continue;
        Entity e = base;
        e.span = sp;
        e.text = std::string(text.substr(sp.begin, sp.size()));
        if (cur != &all) {
          all = ents;
          cur = &all;
        }
        all.push_back(std::move(e));
        added->push_back(sp);
      }
    }
  }
  if (cur != &all) return false;
  SortBySpan(&all);
  *out = std::move(all);
  return true;
}

bool QuoteSpeakers(const std::vector<Sentence>& sents, const std::vector<QuoteHolder>& holders,
                   std::vector<DocSpeaker>* speakers, std::vector<int>* per_sentence) {
  if (holders.empty()) return false;
  per_sentence->assign(sents.size(), -1);
  size_t si = 0;
  for (const QuoteHolder& h : holders) {
    speakers->push_back(h.speaker);
    const int k = static_cast<int>(speakers->size()) - 1;
    while (si < sents.size() && sents[si].span.end <= h.quote.begin) ++si;
    for (size_t j = si; j < sents.size() && sents[j].span.begin < h.quote.end; ++j)
      if ((*per_sentence)[j] < 0) (*per_sentence)[j] = k;
  }
  return true;
}

void MarkQuoteStances(const std::vector<Span>& added, std::vector<Stance>* stances) {
  for (Stance& st : *stances)
    if (std::find(added.begin(), added.end(), st.actor.span) != added.end()) {
      st.via = "quote";
      // The target ends with the quotation: '... the treaty," said X'.
      const std::string& t = st.target.text;
      size_t cut = std::string::npos;
      for (const char* mark : {"\"", "\xE2\x80\x9D", ",'", ".'"}) cut = std::min(cut, t.find(mark));
      while (cut != std::string::npos && cut > 0 && (t[cut - 1] == ',' || t[cut - 1] == '.')) --cut;
      if (cut != std::string::npos && cut > 0) {
        st.target.span.end = st.target.span.begin + static_cast<uint32_t>(cut);
        st.target.text.resize(cut);
      }
    }
}

}  // namespace caucus::internal

namespace caucus::internal {

void EchoedViews(std::string_view text, const std::vector<Sentence>& sents,
                 const std::vector<Entity>& ents, std::vector<Stance>* stances) {
  std::vector<Stance> add;
  // Most sentences hold no "by" or none of the echo verbs: check the raw
  // text before cutting it into words.
  // Does t contain one of the words (lower case, ASCII) in any case?
  auto contains_ci = [](std::string_view t, std::initializer_list<std::string_view> words) {
    for (size_t p = 0; p < t.size(); ++p) {
      const char c = static_cast<char>(t[p] | 0x20);
      for (std::string_view v : words) {
        if (v[0] != c || p + v.size() > t.size()) continue;
        size_t k = 1;
        while (k < v.size() && static_cast<char>(t[p + k] | 0x20) == v[k]) ++k;
        if (k == v.size()) return true;
      }
    }
    return false;
  };
  auto has_echo_verb = [&](Span sp) {
    std::string_view t = text.substr(sp.begin, sp.size());
    // "by" is needed too (any case): a fast find first.
    if (t.find("by") == std::string_view::npos && t.find("BY") == std::string_view::npos &&
        t.find("By") == std::string_view::npos && t.find("bY") == std::string_view::npos)
      return false;
    return contains_ci(t, {"view", "concern", "position", "sentiment", "opinion", "reservation"}) &&
           contains_ci(t, {"expressed", "echoed", "voiced", "shared", "aired", "held"});
  };
  // An exact prefilter for the lead test below: one of the first three words
  // (as AppendWords cuts them) must be a kSimilar word.
  // AppendWords starts a word at an ASCII letter or digit whose previous byte
  // in the span is no letter or digit and does not join it to a word: a '
  // or - joins when a letter or digit precedes it and a letter follows.
  auto lead_may_echo = [&](Span sp) {
    const size_t end = std::min<size_t>(sp.end, text.size());
    int starts = 0;
    for (size_t p = sp.begin; p < end && starts < 3; ++p) {
      const unsigned char c = static_cast<unsigned char>(text[p]);
      if (!kAlnum.is[c]) continue;
      if (p > sp.begin) {
        const unsigned char d = static_cast<unsigned char>(text[p - 1]);
        if (kAlnum.is[d]) continue;
        if ((d == '\'' || d == '-') && p - 1 > sp.begin &&
            kAlnum.is[static_cast<unsigned char>(text[p - 2])] && IsAlpha(c))
          continue;
      }
      // The word's first four bytes, lower-cased, are those of a kSimilar
      // word: all have four letters or more.
      if (p + 4 <= end) {
        char b4[4];
        for (int k = 0; k < 4; ++k) b4[k] = AsciiLower(text[p + k]);
        const std::string_view h(b4, 4);
        if (h == "simi" || h == "same" || h == "such" || h == "thes" || h == "thos") return true;
      }
      ++starts;
    }
    return false;
  };
  std::vector<Word> lead;
  for (size_t si = 0; si < sents.size(); ++si) {
    // The view ("similar views") is among the first four words: look at
    // those before searching the sentence.
    static const WordSet kSimilar{"similar", "same", "such", "these", "those"};
    static const WordSet kViews{"views",     "view",       "concerns", "position",
                                "positions", "sentiments", "opinions", "reservations"};
    if (!lead_may_echo(sents[si].span)) continue;
    WordsInto(text, sents[si].span, &lead, 4);
    bool view = false;
    for (size_t k = 1; k < lead.size() && !view; ++k)
      view = kSimilar.Contains(lead[k - 1].low) && kViews.Contains(lead[k].low);
    if (!view) continue;
    if (!has_echo_verb(sents[si].span)) continue;
    std::vector<Word> w = Words(text, sents[si].span);
    size_t by = 0;
    for (size_t k = 1; k + 2 < w.size() && k < 4 && !by; ++k) {
      if (!In(w[k].low, {"views", "view", "concerns", "position", "positions", "sentiments",
                         "opinions", "reservations"}) ||
          !In(w[k - 1].low, {"similar", "same", "such", "these", "those"}))
        continue;
      for (size_t v = k + 1; v < w.size() && v < k + 5 && !by; ++v) {
        if (!In(w[v].low, {"expressed", "echoed", "voiced", "shared", "aired", "held"})) continue;
        for (size_t b = v + 1; b < w.size() && b < v + 6; ++b) {
          if (w[b].low == "by") {
            by = b;
            break;
          }
        }
      }
    }
    if (!by) continue;
    // The view echoed: the last stance before this sentence.
    const Stance* prev = nullptr;
    for (const Stance& st : *stances)
      if (st.sentence < si && (!prev || st.sentence >= prev->sentence)) prev = &st;
    if (!prev || prev->polarity == "neutral") continue;
    // "Similar views" are those just reported, in this paragraph or the one
    // before. A stance further back is echoed only if that stretch of text
    // still names its target (entity or topic); else the text has moved on
    // to something else (or the view echoed was not found): nothing copied.
    if (prev->sentence >= sents.size()) continue;
    const uint32_t para = sents[si].paragraph;
    if (sents[prev->sentence].paragraph + 1 < para) {
      size_t from = si;
      while (from > 0 && sents[from - 1].paragraph + 1 >= para) --from;
      const Span recent{sents[from].span.begin, sents[si].span.begin};
      const std::string& want =
          !prev->target.entity.empty() ? prev->target.entity : prev->target.topic;
      bool named = false;
      for (const Entity& e : ents)
        named |= !want.empty() && e.id == want && e.span.begin >= recent.begin &&
                 e.span.end <= recent.end;
      if (!named) continue;
    }
    // The actors listed after "by": "by the COAI, the IAMAI and the FICCI".
    uint32_t pos = w[by].e;
    for (const Entity& e : ents) {
      if (e.span.begin < pos || e.span.end > sents[si].span.end) continue;
      std::string_view gap = text.substr(pos, e.span.begin - pos);
      std::vector<Word> gw = Words(text, {pos, e.span.begin});
      bool glue = gap.find_first_not_of(" ,\n") == std::string_view::npos ||
                  std::all_of(gw.begin(), gw.end(), [](const Word& x) {
                    return In(x.low, {"the", "and", "or"});
                  });
      if (!glue) break;
      pos = e.span.end;
      std::string id = e.id, kind = e.kind;
      if (e.kind == "person") {
        if (!SpeaksForOrg(e)) continue;
        DocSpeaker org = SpeakerFromId(e.org, "", ents);
        id = org.id;
        kind = org.kind;
      } else if (e.kind != "government" && e.kind != "body" && e.kind != "group") {
        continue;
      }
      Stance x = *prev;
      x.actor.id = id;
      x.actor.kind = kind;
      x.actor.text = e.text;
      x.actor.span = e.span;
      x.span = sents[si].span;
      x.sentence = static_cast<uint32_t>(si);
      x.modality = "asserted";
      x.score = std::round(prev->score * 80.0) / 100.0;
      x.via = "echo";
      add.push_back(std::move(x));
    }
  }
  if (add.empty()) return;
  stances->insert(stances->end(), add.begin(), add.end());
  std::stable_sort(stances->begin(), stances->end(), [](const Stance& a, const Stance& b) {
    if (a.sentence != b.sentence) return a.sentence < b.sentence;
    return a.span.begin < b.span.begin;
  });
}

}  // namespace caucus::internal

namespace caucus::internal {
namespace {

// The first government or body entity (or the org of a person with one)
// whose span lies in [b, e), or nullptr.
const Entity* FirstActorIn(const std::vector<Entity>& ents, uint32_t b, uint32_t e) {
  auto it = std::lower_bound(ents.begin(), ents.end(), b,
                             [](const Entity& x, uint32_t pos) { return x.span.begin < pos; });
  for (; it != ents.end() && it->span.begin < e; ++it) {
    if (it->span.end > e) continue;
    if (it->kind == "government" || it->kind == "body") return &*it;
    if (it->kind == "person" && SpeaksForOrg(*it)) return &*it;
  }
  return nullptr;
}

DocSpeaker SpeakerOf(const Entity& e, const std::vector<Entity>& ents) {
  if (e.kind == "person") return SpeakerFromId(e.org, "", ents);
  return SpeakerFromId(e.id, e.kind, ents);
}

// Occurrences of `needle` in text[b, e).
int CountIn(std::string_view text, uint32_t b, uint32_t e, std::string_view needle) {
  int n = 0;
  std::string_view t = text.substr(b, e - b);
  for (size_t p = t.find(needle); p != std::string_view::npos; p = t.find(needle, p + 1)) ++n;
  return n;
}

// The actor named right after "on behalf of (the)" at the start of a turn
// when the speaker announces for whom they speak: the phrase opens a
// sentence after at most an address ("Mr President, on behalf of the
// Commission, I ...") or follows a verb of speaking ("I speak on behalf of").
const Entity* BehalfActor(std::string_view text, const std::vector<Entity>& ents, uint32_t b,
                          uint32_t e) {
  e = std::min<uint32_t>(e, b + 400);
  std::string_view t = text.substr(b, e - b);
  for (size_t p = t.find("on behalf of"); p != std::string_view::npos;
       p = t.find("on behalf of", p + 1)) {
    size_t sb = p;
    while (sb > 0 && t[sb - 1] != '.' && t[sb - 1] != '\n' && t[sb - 1] != '!') --sb;
    std::vector<Word> w =
        Words(text, {b + static_cast<uint32_t>(sb), b + static_cast<uint32_t>(p)});
    bool ok = !w.empty() && In(w.back().low, {"speak", "speaking", "speaks", "spoke"});
    if (!ok) {
      ok = true;
      for (const Word& x : w)
        ok &= In(x.low,
                 {"mr", "mrs", "madam", "president", "commissioner", "ladies", "and", "gentlemen",
                  "in", "office", "i", "would", "like", "to", "firstly", "first", "of", "all"});
    }
    if (!ok) continue;
    uint32_t nb = b + static_cast<uint32_t>(p) + 13;
    if (text.substr(nb, 4) == "the ") nb += 4;
    const Entity* a = FirstActorIn(ents, nb, std::min<uint32_t>(e, nb + 120));
    if (a && a->span.begin == nb) return a;
  }
  return nullptr;
}

// A line that opens a member's turn by addressing the chair: "Mr President
// ,", "-- Madam President:", "Mr President-in-Office ,", "Mr Commissioner ,".
bool AddressOpening(std::string_view line) {
  while (!line.empty() && (line.front() == '-' || line.front() == ' ')) line.remove_prefix(1);
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (line.substr(0, dash.size()) == dash) line.remove_prefix(dash.size());
  }
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  for (std::string_view title : {"Mr ", "Mr. ", "Madam ", "Mrs ", "Madame ", "Mister "}) {
    if (line.substr(0, title.size()) != title) continue;
    std::string_view rest = line.substr(title.size());
    for (std::string_view who : {"President-in-Office", "President", "Commissioner"}) {
      if (rest.substr(0, who.size()) != who) continue;
      size_t q = who.size();
      while (q < rest.size() && rest[q] == ' ') ++q;
      if (q >= rest.size() || rest[q] == ',' || rest[q] == ':' || rest[q] == '!' ||
          rest[q] == '.' || rest[q] == '\r')
        return true;
    }
  }
  return false;
}

// Turns of a debate, found line by line without the transcript parser's
// regular expressions: a chair's line ("The next item is", "The debate is
// closed", "President. - "), a labelled speaker ("Name (GROUP). - ...",
// "Liikanen, Member of the Commission. - ...") or an address to the chair
// opens a turn, which runs to the next one. `speaker` holds the label.
std::vector<Turn> DebateTurns(std::string_view text) {
  std::vector<Turn> turns;
  const uint32_t body = FrontMatterEnd(text);
  size_t b = body;
  while (b < text.size()) {
    size_t e = LineEnd(text, b);
    std::string_view line = text.substr(b, e - b);
    Turn t;
    bool opens = false;
    size_t lab = line.substr(0, 160).find(". \xE2\x80\x93 ");
    if (lab == std::string_view::npos) lab = line.substr(0, 160).find(".\xE2\x80\x93 ");
    if (line.rfind("The next item is", 0) == 0 || line.rfind("The debate is closed", 0) == 0 ||
        line.rfind("The vote will take place", 0) == 0) {
      t.role = "chair";
      opens = true;
    } else if (lab != std::string_view::npos && !line.empty() && IsUpper(line[0])) {
      t.speaker = std::string(line.substr(0, lab));
      t.role = t.speaker == "President" || t.speaker == "The President" ? "chair" : "delegate";
      opens = true;
    } else if (AddressOpening(line)) {
      t.role = "delegate";
      opens = true;
    }
    if (opens) {
      if (!turns.empty()) turns.back().span.end = static_cast<uint32_t>(b);
      t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(text.size())};
      turns.push_back(std::move(t));
    }
    b = e + 1;
  }
  return turns;
}

}  // namespace

bool ParliamentSpeakers(std::string_view text, const std::vector<Sentence>& sents,
                        const std::vector<Entity>& ents, std::vector<DocSpeaker>* speakers,
                        std::vector<int>* per_sentence) {
  // Cheap gate: a debate opens at least two turns by addressing its chair at
  // the start of a line ("Mr President ,", "-- Madam President:"), or has
  // at least two speaker labels ("Name (GROUP). - "). Wrapped prose has
  // lines that start with "President" too: the address word is needed.
  int openings = 0;
  for (size_t p = text.find("President"); p != std::string_view::npos && openings < 2;
       p = text.find("President", p + 9)) {
    size_t b = p;
    while (b > 0 && p - b <= 14 && text[b - 1] != '\n') --b;
    if (b > 0 && text[b - 1] != '\n') continue;
    std::string_view pre = text.substr(b, p - b);
    while (!pre.empty() && (pre.front() == '-' || pre.front() == ' ')) pre.remove_prefix(1);
    if (pre.substr(0, 3) == "\xE2\x80\x93" || pre.substr(0, 3) == "\xE2\x80\x94") {
      pre.remove_prefix(3);
      while (!pre.empty() && pre.front() == ' ') pre.remove_prefix(1);
    }
    const size_t after = p + 9;
    size_t q = after;
    while (q < text.size() && text[q] == ' ') ++q;
    const bool punct = q < text.size() && (text[q] == ',' || text[q] == ':' || text[q] == '!' ||
                                           text[q] == '.' || text[q] == '\n');
    if (punct && (pre == "Mr " || pre == "Mr. " || pre == "Madam " || pre == "Mrs " ||
                  pre == "Madame " || pre == "Mister "))
      ++openings;
  }
  // A label: ". - " within 160 bytes of a line start that is a capital
  // ("Carraro (PSE), rapporteur. - ", "Liikanen, Member of the Commission. - ").
  for (size_t p = text.find(". \xE2\x80\x93 "); p != std::string_view::npos && openings < 2;
       p = text.find(". \xE2\x80\x93 ", p + 5)) {
    size_t b = p;
    while (b > 0 && p - b < 160 && text[b - 1] != '\n') --b;
    if ((b == 0 || text[b - 1] == '\n') && IsUpper(static_cast<unsigned char>(text[b]))) ++openings;
  }
  if (openings < 2) return false;
  std::vector<Turn> turns = DebateTurns(text);
  std::vector<int> turn_speaker(turns.size(), -1);
  auto add = [&](size_t i, const Entity& e) {
    DocSpeaker s = SpeakerOf(e, ents);
    s.official = true;
    speakers->push_back(s);
    turn_speaker[i] = static_cast<int>(speakers->size()) - 1;
  };
  const Entity* rapporteur_for = nullptr;  // the committee of the report just announced
  for (size_t i = 0; i < turns.size(); ++i) {
    const Turn& t = turns[i];
    if (t.role == "chair") {
      // "The next item is the report by Mr X, on behalf of the Committee on ...":
      // the rapporteur speaks first, for the committee.
      rapporteur_for = nullptr;
      // The announcement is the chair's line ("President. - The next item is ...").
      const uint32_t se =
          std::min<uint32_t>(t.span.end, static_cast<uint32_t>(LineEnd(text, t.span.begin)));
      std::string_view head = text.substr(t.span.begin, se - t.span.begin);
      size_t r = head.find("report");
      size_t ob = head.find("on behalf of");
      if (r != std::string_view::npos && ob != std::string_view::npos && r < ob) {
        uint32_t nb = t.span.begin + static_cast<uint32_t>(ob) + 13;
        if (text.substr(nb, 4) == "the ") nb += 4;
        const Entity* c = FirstActorIn(ents, nb, se);
        if (c && c->span.begin == nb && c->kind == "body") rapporteur_for = c;
      }
      continue;
    }
    // A speaker label: "Liikanen, Member of the Commission. -", "X, President-in-Office of
    // the Council. -".
    if (!t.speaker.empty()) {
      uint32_t le = std::min<uint32_t>(t.span.end, t.span.begin + t.speaker.size());
      if (const Entity* a = FirstActorIn(ents, t.span.begin, le)) {
        add(i, *a);
        rapporteur_for = nullptr;
        continue;
      }
    }
    if (const Entity* a = BehalfActor(text, ents, t.span.begin, t.span.end)) {
      add(i, *a);
      rapporteur_for = nullptr;
      continue;
    }
    if (rapporteur_for) {
      add(i, *rapporteur_for);
      rapporteur_for = nullptr;
      continue;
    }
    // The Commission's reply: speaks of "the Commission" and of "Parliament's
    // report" or thanks the House for the debate, and never of a Commissioner
    // (members address or name the Commissioner).
    if (CountIn(text, t.span.begin, t.span.end, "Commissioner") > 0) continue;
    if (CountIn(text, t.span.begin, t.span.end, "the Commission ") +
            CountIn(text, t.span.begin, t.span.end, "The Commission ") <
        2)
      continue;
    bool reply = CountIn(text, t.span.begin, t.span.end, "Parliament 's report") +
                     CountIn(text, t.span.begin, t.span.end, "Parliament's report") +
                     CountIn(text, t.span.begin, t.span.end, "Parliament 's resolution") +
                     CountIn(text, t.span.begin, t.span.end, "Parliament's resolution") +
                     CountIn(text, t.span.begin, t.span.end, "parliamentary report") +
                     CountIn(text, t.span.begin, t.span.end, "for this debate") >
                 0;
    if (!reply) continue;
    const Entity* com = nullptr;
    for (const Entity& e : ents)
      if (e.id == "European Commission" && e.span.begin >= t.span.begin &&
          e.span.end <= t.span.end) {
        com = &e;
        break;
      }
    if (com) add(i, *com);
  }
  if (speakers->empty()) return false;
  per_sentence->assign(sents.size(), -1);
  for (size_t si = 0; si < sents.size(); ++si) {
    std::optional<size_t> t = TurnAt(turns, sents[si].span.begin);
    if (t) (*per_sentence)[si] = turn_speaker[*t];
  }
  return true;
}

}  // namespace caucus::internal
