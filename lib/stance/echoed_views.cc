// The echoed-views pass: "Similar views were expressed by A and B".
#include <algorithm>
#include <cmath>

#include "stance/doc_text.h"
#include "stance/document.h"
#include "word_match.h"

namespace caucus::stance {

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

}  // namespace caucus::stance
