// The echoed-views pass: "Similar views were expressed by A and B".
#include <algorithm>
#include <cmath>

#include "cues.h"
#include "stance/doc_text.h"
#include "stance/document.h"
#include "stance/entity_index.h"
#include "word_match.h"

namespace caucus::stance {
namespace {

using internal::EnglishWords;
using internal::WordList;

// Does t contain one of the words (lower case, ASCII) in any case?
bool ContainsFolded(std::string_view t, const WordList& words) {
  for (size_t p = 0; p < t.size(); ++p) {
    const char c = static_cast<char>(t[p] | 0x20);
    for (std::string_view v : words.words()) {
      if (v[0] != c || p + v.size() > t.size()) continue;
      size_t k = 1;
      while (k < v.size() && static_cast<char>(t[p + k] | 0x20) == v[k]) ++k;
      if (k == v.size()) return true;
    }
  }
  return false;
}

// Most sentences hold no "by" or none of the echo verbs: the raw text is
// checked before it is cut into words.
bool HasEchoVerb(const EnglishWords& en, std::string_view text, Span sp) {
  std::string_view t = text.substr(sp.begin, sp.size());
  // "by" is needed too (any case): a fast find first.
  if (t.find("by") == std::string_view::npos && t.find("BY") == std::string_view::npos &&
      t.find("By") == std::string_view::npos && t.find("bY") == std::string_view::npos)
    return false;
  return ContainsFolded(t, en.echo_view_nouns) && ContainsFolded(t, en.echo_verbs);
}

// The first bytes of the echo_similar words, for LeadMayEcho: most words
// start with none of them. An empty word would match any: then all pass.
struct FirstBytes {
  bool is[256] = {};
  explicit FirstBytes(const WordList& words) {
    for (std::string_view s : words.words()) {
      if (s.empty()) std::fill(std::begin(is), std::end(is), true);
      if (!s.empty()) is[static_cast<unsigned char>(s[0])] = true;
    }
  }
};

// An exact prefilter for the lead test below: one of the first three words
// (as AppendWords cuts them) must be a kSimilar word. AppendWords starts a
// word at an ASCII letter or digit whose previous byte in the span is no
// letter or digit and does not join it to a word: a ' or - joins when a
// letter or digit precedes it and a letter follows.
bool LeadMayEcho(const EnglishWords& en, const FirstBytes& similar_first, std::string_view text,
                 Span sp) {
  const size_t end = std::min<size_t>(sp.end, text.size());
  int starts = 0;
  for (size_t p = sp.begin; p < end && starts < 3; ++p) {
    const unsigned char c = static_cast<unsigned char>(text[p]);
    if (!kAlnumByte.is[c]) continue;
    if (p > sp.begin) {
      const unsigned char d = static_cast<unsigned char>(text[p - 1]);
      if (kAlnumByte.is[d]) continue;
      if ((d == '\'' || d == '-') && p - 1 > sp.begin &&
          kAlnumByte.is[static_cast<unsigned char>(text[p - 2])] && IsAlpha(c))
        continue;
    }
    // The rest of the run of letters and digits starts no word: the loop
    // goes on after it.
    size_t run = p + 1;
    while (run < end && kAlnumByte.is[static_cast<unsigned char>(text[run])]) ++run;
    // The word's first bytes (up to four), lower-cased, are those of an
    // echo_similar word.
    if (similar_first.is[static_cast<unsigned char>(AsciiLower(text[p]))]) {
      for (const std::string& s : en.echo_similar.words()) {
        const size_t k = std::min<size_t>(s.size(), 4);
        if (p + k > end) continue;
        size_t m = 0;
        while (m < k && AsciiLower(text[p + m]) == s[m]) ++m;
        if (m == k) return true;
      }
    }
    ++starts;
    p = run - 1;
  }
  return false;
}

// The index of "by" in "Similar views have been expressed (in varying
// degrees) by ...", the view among the first four words; 0 if the sentence
// is no echo.
size_t EchoBy(const EnglishWords& en, const FirstBytes& similar_first, std::string_view text,
              Span sentence, std::vector<Word>* lead) {
  if (!LeadMayEcho(en, similar_first, text, sentence)) return 0;
  WordsInto(text, sentence, lead, 4);
  bool view = false;
  for (size_t k = 1; k < lead->size() && !view; ++k)
    view =
        en.echo_similar.Contains((*lead)[k - 1].low) && en.echo_view_nouns.Contains((*lead)[k].low);
  if (!view || !HasEchoVerb(en, text, sentence)) return 0;
  WordsInto(text, sentence, lead);
  const std::vector<Word>& w = *lead;
  for (size_t k = 1; k + 2 < w.size() && k < 4; ++k) {
    if (!en.echo_view_nouns.Contains(w[k].low) || !en.echo_similar.Contains(w[k - 1].low)) continue;
    for (size_t v = k + 1; v < w.size() && v < k + 5; ++v) {
      if (!en.echo_verbs.Contains(w[v].low)) continue;
      for (size_t b = v + 1; b < w.size() && b < v + 6; ++b)
        if (w[b].low == "by") return b;
    }
  }
  return 0;
}
// The view echoed in sentence si: the last stance before it ("similar views"
// are those just reported). By binary search when `stances` is in sentence
// order, as the passes before leave it.
const Stance* EchoedStance(const std::vector<Stance>& stances, bool in_order, size_t si) {
  if (in_order) {
    auto it = std::lower_bound(stances.begin(), stances.end(), si,
                               [](const Stance& st, size_t s) { return st.sentence < s; });
    return it == stances.begin() ? nullptr : &*std::prev(it);
  }
  const Stance* prev = nullptr;
  for (const Stance& st : stances)
    if (st.sentence < si && (!prev || st.sentence >= prev->sentence)) prev = &st;
  return prev;
}

// Whether the view `prev` is recent enough to be echoed in sentence si: in
// its paragraph or the one before, or the text from the start of the
// paragraph before still names its target (entity or topic); else the text
// has moved on (or the view echoed was not found).
bool StillRecent(const std::vector<Sentence>& sents, const std::vector<EntityView>& ents,
                 const Stance& prev, size_t si) {
  const uint32_t para = sents[si].paragraph;
  if (sents[prev.sentence].paragraph + 1 >= para) return true;
  size_t from = si;
  while (from > 0 && sents[from - 1].paragraph + 1 >= para) --from;
  const Span recent{sents[from].span.begin, sents[si].span.begin};
  const std::string& want = !prev.target.entity.empty() ? prev.target.entity : prev.target.topic;
  if (want.empty()) return false;
  auto e = std::lower_bound(ents.begin(), ents.end(), recent.begin,
                            [](const EntityView& x, uint32_t pos) { return x.span.begin < pos; });
  for (; e != ents.end() && e->span.begin <= recent.end; ++e)
    if (e->id == want && e->span.end <= recent.end) return true;
  return false;
}

// The actors listed after "by" (from `pos`, to the sentence's end) take the
// view: "by the COAI, the IAMAI and the FICCI".
void AddEchoes(std::string_view text, const std::vector<EntityView>& ents, const EntityIds& ids,
               const Stance& prev, Span sentence, size_t si, uint32_t pos,
               std::vector<Stance>* add) {
  auto it = std::lower_bound(ents.begin(), ents.end(), pos,
                             [](const EntityView& x, uint32_t p) { return x.span.begin < p; });
  for (; it != ents.end() && it->span.begin <= sentence.end; ++it) {
    const EntityView& e = *it;
    if (e.span.begin < pos || e.span.end > sentence.end) continue;
    std::string_view gap = text.substr(pos, e.span.begin - pos);
    std::vector<Word> gw = Words(text, {pos, e.span.begin});
    bool glue = gap.find_first_not_of(" ,\n") == std::string_view::npos ||
                std::all_of(gw.begin(), gw.end(), [](const Word& x) {
                  return In(x.low, {"the", "and", "or"});
                });
    if (!glue) break;
    pos = e.span.end;
    std::string id(e.id), kind(e.kind);
    if (e.kind == "person") {
      if (!SpeaksForOrg(e)) continue;
      DocSpeaker org = SpeakerFromId(e.org, "", ids);
      id = org.id;
      kind = org.kind;
    } else if (e.kind != "government" && e.kind != "body" && e.kind != "group") {
      continue;
    }
    Stance x = prev;
    x.actor.id = id;
    x.actor.kind = kind;
    x.actor.text = e.text;
    x.actor.span = e.span;
    x.span = sentence;
    x.sentence = static_cast<uint32_t>(si);
    x.modality = "asserted";
    x.score = std::round(prev.score * 80.0) / 100.0;
    x.via = "echo";
    add->push_back(std::move(x));
  }
}

}  // namespace

void EchoedViews(const internal::Lexicon& lex, std::string_view text,
                 const std::vector<Sentence>& sents, const std::vector<EntityView>& ents,
                 std::vector<Stance>* stances) {
  const bool in_order =
      std::is_sorted(stances->begin(), stances->end(),
                     [](const Stance& a, const Stance& b) { return a.sentence < b.sentence; });
  std::vector<Stance> add;
  const internal::EnglishWords& en = lex.english;
  const EntityIds ids(ents, lex);
  std::vector<Word> w;
  const FirstBytes similar_first(en.echo_similar);
  for (size_t si = 0; si < sents.size(); ++si) {
    const size_t by = EchoBy(en, similar_first, text, sents[si].span, &w);
    if (!by) continue;
    const Stance* prev = EchoedStance(*stances, in_order, si);
    if (!prev || prev->polarity == "neutral") continue;
    if (prev->sentence >= sents.size() || !StillRecent(sents, ents, *prev, si)) continue;
    AddEchoes(text, ents, ids, *prev, sents[si].span, si, w[by].e, &add);
  }
  if (add.empty()) return;
  stances->insert(stances->end(), add.begin(), add.end());
  SortBySentence(stances);
}
}  // namespace caucus::stance
