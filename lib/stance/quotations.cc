// The quotation pass: the first person inside an attributed quotation is the
// quoted speaker's government or body.
#include <algorithm>

#include "stance/doc_text.h"
#include "stance/document.h"
#include "stance/entity_index.h"
#include "word_match.h"

namespace caucus::stance {

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

}  // namespace caucus::stance
