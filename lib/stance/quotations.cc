// The quotation pass: the first person inside an attributed quotation is the
// quoted speaker's government or body.
#include <algorithm>
#include <map>

#include "cues.h"
#include "stance/doc_text.h"
#include "stance/document.h"
#include "stance/entity_index.h"
#include "word_match.h"

namespace caucus::stance {

namespace {

using internal::EnglishWords;

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

// Whether `en` names the holder (set *found, true), names none (*found null,
// true), or the search goes on (false).
bool HolderAt(const EnglishWords& words, std::string_view text, const EntityView& en, uint32_t e,
              const EntityView** found, bool* person_only) {
  // "India's critics said": a possessive names the holder only through a
  // role ("Brazil's delegate", "the ITU's spokesperson").
  // Only the first two words are looked at (the second after an "s").
  thread_local std::vector<Word> after;  // reused: one cut per entity
  WordsInto(text, {en.span.end, std::min<uint32_t>(e + 40, text.size())}, &after, 2);
  if (!after.empty() && after[0].low == "s") after.erase(after.begin());
  if (en.span.end + 1 < text.size() && text.substr(en.span.end, 2) == "'s" && !after.empty() &&
      !words.holder_role_nouns.Contains(after[0].low)) {
    *person_only = true;
    *found = nullptr;
    return true;
  }
  if (en.kind == "government" || en.kind == "body") {
    *found = &en;
    return true;
  }
  if (en.kind == "person") {
    if (SpeaksForOrg(en)) {
      *found = &en;
      return true;
    }
    *person_only = true;
  }
  return false;
}

// The quotation mentions added so far, by position: appended in quotation
// order, they are looked up by the later quotations' attributions.
struct AddedMentions {
  const std::vector<EntityView>* all = nullptr;  // the entities and, after them, the mentions
  std::multimap<uint32_t, size_t> by_begin;      // span begin -> index in *all
};

// The holder an attribution names in [b, e): the first government or body,
// or the org of the first person that has one, among the entities `ents`
// (sorted by span) and then the mentions added so far. A person without an
// org before any organisation (a journalist, an unknown) names no holder.
const EntityView* HolderIn(const EnglishWords& words, std::string_view text,
                           const std::vector<EntityView>& ents, const AddedMentions& added,
                           uint32_t b, uint32_t e, bool* person_only) {
  const EntityView* found = nullptr;
  auto it = std::lower_bound(ents.begin(), ents.end(), b,
                             [](const EntityView& x, uint32_t pos) { return x.span.begin < pos; });
  for (; it != ents.end() && it->span.begin <= e; ++it) {
    if (it->span.end > e) continue;
    if (HolderAt(words, text, *it, e, &found, person_only)) return found;
  }
  if (added.by_begin.empty()) return nullptr;
  // The added mentions in [b, e), in the order they were added.
  std::vector<size_t> in;
  for (auto m = added.by_begin.lower_bound(b); m != added.by_begin.end() && m->first <= e; ++m)
    if ((*added.all)[m->second].span.end <= e) in.push_back(m->second);
  std::sort(in.begin(), in.end());
  for (size_t k : in)
    if (HolderAt(words, text, (*added.all)[k], e, &found, person_only)) return found;
  return nullptr;
}

// The quotations of a document and their holders, one after the other:
// the first-person subjects inside an attributed quotation become mentions
// of its holder.
class QuoteScan {
 public:
  QuoteScan(const internal::Lexicon& lex, std::string_view text, const std::vector<Sentence>& sents,
            const std::vector<EntityView>& ents, StringStore* strings)
      : en_(lex.english),
        text_(text),
        sents_(sents),
        ents_(ents),
        ent_overlaps_(ents),
        ids_(ents, lex),
        strings_(strings) {
    // Sentences in text order without overlap (the usual case) are searched
    // by binary search (SentenceOf).
    for (size_t i = 0; i < sents.size() && ordered_; ++i)
      ordered_ = sents[i].span.begin <= sents[i].span.end &&
                 (i == 0 || sents[i - 1].span.end <= sents[i].span.begin);
  }

  // The sentence holding pos: by binary search when they are in order (at
  // most one holds pos, the last that begins at or before it), else the
  // first that holds it; -1 if none.
  int SentenceOf(uint32_t pos) const {
    if (ordered_) {
      auto it = std::upper_bound(sents_.begin(), sents_.end(), pos,
                                 [](uint32_t p, const Sentence& s) { return p < s.span.begin; });
      if (it == sents_.begin() || pos >= std::prev(it)->span.end) return -1;
      return static_cast<int>(std::prev(it) - sents_.begin());
    }
    for (size_t i = 0; i < sents_.size(); ++i)
      if (sents_[i].span.begin <= pos && pos < sents_[i].span.end) return static_cast<int>(i);
    return -1;
  }

  // After the quotation: '"...," said X of ORG' / '"...," X, role, ORG, said'
  // / '"...," X says.' / '"..." — X, ORG'; sc is the sentence the quotation
  // ends in.
  const EntityView* HolderAfter(Span q, int sc, bool* person_only) const {
    uint32_t ae = sents_[sc].span.end;
    uint32_t ab = q.end;
    std::string_view rest = text_.substr(ab, ae - ab);
    size_t nb = rest.find_first_not_of(" \t\r\n.,");
    if (nb == std::string_view::npos && static_cast<size_t>(sc) + 1 < sents_.size()) {
      // The attribution is the next sentence: "X said." / "— X, ORG".
      ab = sents_[sc + 1].span.begin;
      ae = sents_[sc + 1].span.end;
    }
    // Words past w[16] are never looked at (nor is their count, beyond 17).
    thread_local std::vector<Word> w;  // reused: one cut per quotation
    WordsInto(text_, {ab, ae}, &w, 17);
    if (w.empty()) return nullptr;
    std::string_view lead = text_.substr(ab, std::min<size_t>(ae - ab, 12));
    size_t lb = lead.find_first_not_of(" \t\r\n,");
    bool dash = lb != std::string_view::npos && (lead.substr(lb).rfind("\xE2\x80\x94", 0) == 0 ||
                                                 lead.substr(lb).rfind("\xE2\x80\x93", 0) == 0 ||
                                                 lead.substr(lb).rfind("-", 0) == 0);
    if (SpeechVerb(w[0].low) || (w.size() > 1 && w[0].low == "according" && w[1].low == "to")) {
      // "said X of ORG": the words after the verb up to a new clause.
      size_t k = w[0].low == "according" ? 2 : 1;
      size_t end = k;
      while (end < w.size() && end < k + 14 && !Stops(w[end])) ++end;
      return end > k ? HolderIn(w[k].b, w[end - 1].e, person_only) : nullptr;
    }
    // "X, role of ORG, said" / "— X, ORG": the words before the verb.
    size_t v = 0;
    while (v < w.size() && v < 16 && !SpeechVerb(w[v].low)) ++v;
    bool verb = v < w.size() && v < 16;
    if (!verb && !dash) return nullptr;
    size_t end = verb ? v : std::min<size_t>(w.size(), 14);
    size_t x = 0;
    while (x < end && !(x > 0 && Stops(w[x]))) ++x;
    return x > 0 ? HolderIn(w[0].b, w[x - 1].e, person_only) : nullptr;
  }

  // Before the quotation: 'X, president, ORG, said: "..."'; so is the
  // sentence the quotation opens in.
  const EntityView* HolderBefore(Span q, int so, bool* person_only) const {
    uint32_t bb = sents_[so].span.begin;
    std::string_view before = text_.substr(bb, q.begin - bb);
    while (!before.empty() && (before.back() == ' ' || before.back() == '\n'))
      before.remove_suffix(1);
    // Without the colon or comma the words are not looked at: cut only then.
    if (before.empty() || (before.back() != ':' && before.back() != ',')) return nullptr;
    thread_local std::vector<Word> p;  // reused: one cut per quotation
    WordsInto(text_, {bb, q.begin}, &p);
    // The verb may have a complement: 'X told the meeting on Thursday, "..."'.
    size_t v = p.size();
    for (size_t k = p.size(); k > 0 && k + 8 > p.size(); --k) {
      if (SpeechVerb(p[k - 1].low)) {
        v = k - 1;
        break;
      }
    }
    if (v >= p.size()) return nullptr;
    size_t from = v > 16 ? v - 16 : 0;
    return HolderIn(p[from].b, p[v].b, person_only);
  }

  // The first-person subjects in quotation q (sentences so to sc) become
  // mentions of `holder`; the quotation and its holder go to `holders`.
  void AddMentions(const EntityView& holder, Span q, int so, int sc, std::vector<Span>* added,
                   std::vector<QuoteHolder>* holders) {
    EntityView base;
    if (holder.kind == "person") {
      DocSpeaker org = SpeakerFromId(holder.org, "", ids_);
      base.id = strings_->Keep(std::move(org.id));
      base.kind = strings_->Keep(std::move(org.kind));
      base.name = strings_->Keep(std::move(org.name));
    } else {
      base.id = holder.id;
      base.kind = holder.kind;
      base.name = holder.name;
      base.org = holder.org;
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
      Span in{std::max(sents_[s].span.begin, q.begin), std::min(sents_[s].span.end, q.end)};
      for (const Span& sp : FirstPersonSubjects(en_, text_, in)) {
        if (ent_overlaps_.Any(sp)) continue;
        EntityView e = base;
        e.span = sp;
        e.text = text_.substr(sp.begin, sp.size());
        // The entities are copied (they are large) only when a first mention is added.
        if (!added_mentions_.all) {
          // Room for the mentions to come, so that the copy is not copied again.
          all_.reserve(ents_.size() + ents_.size() / 8 + 16);
          all_.assign(ents_.begin(), ents_.end());
          added_mentions_.all = &all_;
        }
        added_mentions_.by_begin.emplace(e.span.begin, all_.size());
        all_.push_back(std::move(e));
        added->push_back(sp);
      }
    }
  }

  // The entities with the mentions, sorted; false if there are none.
  bool TakeEntities(std::vector<EntityView>* out) {
    if (!added_mentions_.all) return false;
    SortBySpan(&all_);
    *out = std::move(all_);
    return true;
  }

 private:
  bool SpeechVerb(LowerWord w) const { return en_.speech_verbs.Contains(w); }
  // Attribution words stop at a new clause: "said X, who ...", "adding".
  bool Stops(const Word& w) const {
    return en_.attribution_stops.Contains(w.low) || (w.low.size() > 4 && w.low.ends_with("ing"));
  }
  const EntityView* HolderIn(uint32_t b, uint32_t e, bool* person_only) const {
    return stance::HolderIn(en_, text_, ents_, added_mentions_, b, e, person_only);
  }

  const EnglishWords& en_;
  std::string_view text_;
  const std::vector<Sentence>& sents_;
  const std::vector<EntityView>& ents_;
  bool ordered_ = true;
  EntityOverlaps ent_overlaps_;
  const EntityIds ids_;
  StringStore* strings_;         // the strings of the mentions' views
  std::vector<EntityView> all_;  // ents_ and the mentions, once there is one
  AddedMentions added_mentions_;
};

}  // namespace

bool AddQuoteSpeakers(const internal::Lexicon& lex, std::string_view text,
                      const std::vector<Sentence>& sents, const std::vector<EntityView>& ents,
                      std::vector<Span>* added, std::vector<EntityView>* out, StringStore* strings,
                      std::vector<QuoteHolder>* holders) {
  const std::vector<Span> quotes = AttributableQuotes(text);
  if (quotes.empty()) return false;
  QuoteScan scan(lex, text, sents, ents, strings);
  for (const Span& q : quotes) {
    if (q.size() < 4) continue;
    const int sc = scan.SentenceOf(q.end - 1);
    const int so = scan.SentenceOf(q.begin);
    if (sc < 0 || so < 0) continue;
    bool person_only = false;
    const EntityView* holder = scan.HolderAfter(q, sc, &person_only);
    if (!holder && !person_only) holder = scan.HolderBefore(q, so, &person_only);
    if (holder) scan.AddMentions(*holder, q, so, sc, added, holders);
  }
  return scan.TakeEntities(out);
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
  if (added.empty()) return;
  const SpanSet quoted(added);
  for (Stance& st : *stances)
    if (quoted.Contains(st.actor.span)) {
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

}  // namespace caucus::stance
