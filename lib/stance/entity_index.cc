// Entity lists in span order, and overlap queries on them.
#include "stance/entity_index.h"

#include <algorithm>
#include <string>

#include "cues.h"
#include "stance/doc_text.h"
#include "word_match.h"

namespace caucus::stance {

namespace {

bool IsGovernmentMention(const EntityView& e) { return std::string_view(e.kind) == "government"; }

// Whether a government mention is one of two joined by a hyphen or a slash
// ("the Israeli-Palestinian crisis", "US-China relations"): the pair names a
// relation, not either state's conduct ("ITU-WHO" names two bodies, no pair
// of states). The entities are sorted by span; a gap of one byte between two
// government mentions is such a joint.
bool InDyad(const std::vector<EntityView>& ents, std::vector<EntityView>::const_iterator it) {
  if (!IsGovernmentMention(*it)) return false;
  auto joined = [](const EntityView& a, const EntityView& b) {
    return IsGovernmentMention(a) && IsGovernmentMention(b) && a.span.end + 1 == b.span.begin;
  };
  if (it != ents.begin() && joined(*(it - 1), *it)) return true;
  return it + 1 != ents.end() && joined(*it, *(it + 1));
}

// The word that ends before `pos` (past spaces), or past it the one before
// when it is "the"; empty at a punctuation mark.
std::string_view WordBefore(std::string_view text, uint32_t pos, bool past_the) {
  uint32_t e = std::min<uint32_t>(pos, static_cast<uint32_t>(text.size()));
  while (e > 0 && text[e - 1] == ' ') --e;
  uint32_t b = e;
  while (b > 0 && IsAlpha(static_cast<unsigned char>(text[b - 1]))) --b;
  const std::string_view w = text.substr(b, e - b);
  if (past_the && b > 0 && w.size() == 3 && (w == "the" || w == "The"))
    return WordBefore(text, b, false);
  return w;
}

bool SpanLess(const EntityView& a, const EntityView& b) {
  return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
}

// The positions of the entities of `first` then `second` in span order;
// false if two spans are equal (then the order is std::sort's own).
bool SpanOrder(const std::vector<EntityView>& first, const std::vector<EntityView>& second,
               std::vector<std::pair<uint64_t, uint32_t>>* keys) {
  const size_t n = first.size();
  keys->resize(n + second.size());
  auto key = [](const EntityView& e) { return (uint64_t{e.span.begin} << 32) | e.span.end; };
  for (size_t i = 0; i < n; ++i) (*keys)[i] = {key(first[i]), static_cast<uint32_t>(i)};
  for (size_t i = 0; i < second.size(); ++i)
    (*keys)[n + i] = {key(second[i]), static_cast<uint32_t>(n + i)};
  std::sort(keys->begin(), keys->end());
  for (size_t i = 1; i < keys->size(); ++i)
    if ((*keys)[i].first == (*keys)[i - 1].first) return false;
  return true;
}

}  // namespace

bool PartyBody(const internal::EnglishWords& en, std::string_view kind, std::string_view id) {
  return kind == "body" || (kind == "group" && en.political_groups.Contains(id));
}

bool AfterSidePrefix(std::string_view text, const internal::WordList& side_prefixes,
                     uint32_t begin) {
  if (begin < 2 || begin > text.size() || text[begin - 1] != '-') return false;
  uint32_t w = begin - 1;
  while (w > 0 && IsAlpha(static_cast<unsigned char>(text[w - 1]))) --w;
  return w < begin - 1 &&
         side_prefixes.Contains(internal::LowerWord(text.substr(w, begin - 1 - w)));
}

bool BeforePlaceSuffix(std::string_view text, const internal::WordList& words, uint32_t end) {
  if (end + 1 >= text.size() || text[end] != '-') return false;
  uint32_t w = end + 1;
  while (w < text.size() && IsAlpha(static_cast<unsigned char>(text[w]))) ++w;
  return w > end + 1 && words.Contains(internal::LowerWord(text.substr(end + 1, w - end - 1)));
}

bool AfterFirstHalf(std::string_view text, uint32_t begin) {
  if (begin < 2 || begin > text.size() || text[begin - 1] != '-') return false;
  uint32_t w = begin - 1;
  while (w > 0 && IsAlpha(static_cast<unsigned char>(text[w - 1]))) --w;
  return w < begin - 1 && IsUpper(static_cast<unsigned char>(text[w]));
}

void SortBySpan(std::vector<EntityView>* ents) {
  std::vector<EntityView>& v = *ents;
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
  std::vector<EntityView> out;
  out.reserve(v.size());
  for (const auto& k : keys) out.push_back(std::move(v[k.second]));
  v = std::move(out);
}

std::vector<EntityView> MergeBySpan(const std::vector<EntityView>& ents,
                                    std::vector<EntityView> added) {
  std::vector<std::pair<uint64_t, uint32_t>> keys;
  std::vector<EntityView> out;
  if (!SpanOrder(ents, added, &keys)) {
    out = ents;
    for (EntityView& e : added) out.push_back(std::move(e));
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

namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Whether the topic mention `e` is what a harm noun harms, in a span from
// `lower` on ("cybersecurity risks", "attacks on privacy", "gaps in
// access"): as SentenceAnalyzer::HarmedTopic, on the text.
bool HarmedTopicText(std::string_view text, const internal::EnglishWords& en, const EntityView& e,
                     uint32_t lower) {
  if (en.harm_topics.Contains(internal::LowerWord(std::string_view(e.id)))) return false;
  const uint32_t size = static_cast<uint32_t>(text.size());
  uint32_t p = e.span.end;
  while (p < size && IsSpaceByte(text[p])) ++p;
  uint32_t q = p;
  while (q < size && IsAlpha(static_cast<unsigned char>(text[q]))) ++q;
  if (q > p && en.victim_harm_nouns.Contains(internal::LowerWord(text.substr(p, q - p))))
    return true;
  // Back over at most four words to a preposition after a harm noun.
  auto word_before = [&](uint32_t end, uint32_t* begin) {
    while (end > lower && IsSpaceByte(text[end - 1])) --end;
    uint32_t b = end;
    while (b > lower && IsAlpha(static_cast<unsigned char>(text[b - 1]))) --b;
    *begin = b;
    return text.substr(b, end - b);
  };
  uint32_t at = e.span.begin;
  for (int words = 0; words < 4; ++words) {
    uint32_t b = 0;
    const std::string_view w = word_before(at, &b);
    if (w.empty()) return false;
    if (en.prepositions.Contains(internal::LowerWord(w))) {
      uint32_t hb = 0;
      const internal::LowerWord head(word_before(b, &hb));
      return en.victim_harm_nouns.Contains(head) && !(w == "of" && en.risk_nouns.Contains(head));
    }
    at = b;
  }
  return false;
}

// Whether the state mention ending at `end` is the subject of a passive
// with no agent ("that Ukraine was not invited", "that Syria has been
// excluded"): what suffers the act, not what does it, so an opposing
// statement does not link it from the start of its "that" clause ("It is
// regrettable that Ukraine was not invited"). With "by" after the
// participle the doer is named instead.
bool PassiveSubjectText(std::string_view text, const internal::EnglishWords& en, uint32_t end) {
  std::vector<Word> w;
  WordsInto(text, Span{end, static_cast<uint32_t>(text.size())}, &w, 7);
  bool be = false;
  for (size_t k = 0; k < w.size() && k < 6; ++k) {
    const LowerWord x = w[k].low;
    if (en.predicate_auxiliaries.Contains(x) || x == "not" || x == "never" || x == "also" ||
        x == "yet")
      continue;
    if (en.nominal_passive_be_forms.Contains(x) || x == "be" || x == "being") {
      be = true;
      continue;
    }
    if (!be || !en.IsParticipleShaped(x)) return false;
    return !(k + 1 < w.size() && w[k + 1].low == "by");
  }
  return false;
}

// Whether a preposition, a comma or a clause word stands in text[from, at)
// (english.json prepositions, embedded_clause_words): what follows is deep
// in the phrase, not its head.
bool DeepInText(std::string_view text, const internal::EnglishWords& en, uint32_t from,
                uint32_t at) {
  if (text.substr(from, at - from).find(',') != std::string_view::npos) return true;
  for (const Word& w : Words(text, Span{from, at}))
    if (en.prepositions.Contains(w.low) || en.embedded_clause_words.Contains(w.low)) return true;
  return false;
}

// Whether entity e opens span, past one word and "the": a preposition
// there is the cue's own ("protested against ITU's jurisdiction", "pushed
// back on the EU"), not one of a phrase in the target.
bool OpensSpan(std::string_view text, Span span, const EntityView& e) {
  if (e.span.begin <= span.begin) return true;
  std::string_view lead = text.substr(span.begin, e.span.begin - span.begin);
  while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
  if (lead.size() > 4 && (lead.substr(lead.size() - 4) == " the")) lead.remove_suffix(4);
  return lead.find(' ') == std::string_view::npos;
}

// Whether the word before entity e (past "the") makes it no link of a
// target on span: a state after "that" as the subject of an agentless
// passive in an opposing statement ("regrettable that Ukraine was not
// invited", PassiveSubjectText); a state after a victim preposition in an
// opposing statement or a hostile one in a supported phrase; a body or bloc
// of states after a hostile preposition inside an opposed target ("attacks
// on NATO must stop"; not "protested against ITU's jurisdiction", where
// "against" is the cue's, OpensSpan; only a hostile preposition: "the
// proposal for ITU control" is on the ITU).
bool BarredByWordBefore(std::string_view text, const internal::EnglishWords& en, Span span,
                        const EntityView& e, bool oppose) {
  const bool state = IsGovernmentMention(e);
  if (!state && !(oppose && PartyBody(en, e.kind, e.id))) return false;
  const internal::LowerWord before(WordBefore(text, e.span.begin, /*past_the=*/true));
  if (state) {
    if (oppose && before == "that" && PassiveSubjectText(text, en, e.span.end)) return true;
    return (oppose ? en.victim_prepositions : en.hostile_prepositions).Contains(before);
  }
  return !OpensSpan(text, span, e) && en.hostile_prepositions.Contains(before);
}

}  // namespace

void LinkSpan(const std::vector<EntityView>& ents, std::string_view text,
              const internal::EnglishWords& en, std::string_view self, StanceTarget* t,
              uint32_t entity_before) {
  const bool oppose = entity_before != UINT32_MAX;
  Span span = t->span;
  // A quotation closed at a comma: its attribution follows ('... platform,"
  // the minister says'), and names no target.
  for (uint32_t p = span.begin; p + 1 < span.end; ++p) {
    if ((text[p] == ',' && text[p + 1] == '"') || (text[p] == '"' && text[p + 1] == ',')) {
      span.end = p;
      break;
    }
  }
  auto it = std::lower_bound(ents.begin(), ents.end(), span.begin,
                             [](const EntityView& e, uint32_t pos) { return e.span.begin < pos; });
  for (; it != ents.end() && it->span.begin < span.end; ++it) {
    if (it->span.end > span.end) continue;
    if (it->kind == "topic") {
      if (t->topic.empty() && !HarmedTopicText(text, en, *it, span.begin)) t->topic = it->id;
    } else if (t->entity.empty() && it->id != self && it->span.begin < entity_before &&
               !InDyad(ents, it) && !AfterSidePrefix(text, en.side_prefixes, it->span.begin) &&
               !(IsGovernmentMention(*it) && AfterFirstHalf(text, it->span.begin)) &&
               !BeforePlaceSuffix(text, en.place_compound_words, it->span.end) &&
               // A party of states deep in a supported phrase is none of it
               // ("the models that the West has used").
               !(!oppose && en.political_groups.Contains(it->id) &&
                 DeepInText(text, en, span.begin, it->span.begin)) &&
               !BarredByWordBefore(text, en, span, *it, oppose)) {
      t->entity = it->id;
      t->kind = it->kind;
    }
  }
}

void CarryInstrumentTopic(const internal::Lexicon& lex, StanceTarget* t) {
  if (t->topic.empty() && t->kind == "instrument" && !t->entity.empty())
    t->topic = std::string(lex.InstrumentTopic(t->entity));
}

bool EntityOverlaps::Any(Span s) {
  if (!built_) {
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    spans.reserve(ents_.size());
    for (const EntityView& e : ents_) spans.emplace_back(e.span.begin, e.span.end);
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

SpanSet::SpanSet(const std::vector<Span>& spans) {
  keys_.reserve(spans.size());
  for (const Span& s : spans) keys_.push_back((uint64_t{s.begin} << 32) | s.end);
  std::sort(keys_.begin(), keys_.end());
}

bool SpanSet::Contains(Span s) const {
  return std::binary_search(keys_.begin(), keys_.end(), (uint64_t{s.begin} << 32) | s.end);
}

bool SpeaksForOrg(const EntityView& person) {
  if (person.org.empty()) return false;
  std::string r(person.role);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return r.rfind("former", 0) != 0 && r.rfind("ex-", 0) != 0 && r.rfind("retired", 0) != 0 &&
         r.rfind("late ", 0) != 0;
}

namespace {

// Whether entity e fills a slot for its id, and for the "last" slot whether a
// later one replaces it.
// (Kinds compared as views: inline, where std::string == "literal" is a
// library call with a strlen; these run for every entity of a document.)
bool IsActorEntity(const EntityView& e) {
  const std::string_view kind = e.kind;
  return kind == "government" || kind == "body";
}
bool IsSpeakingPerson(const EntityView& e) {
  return std::string_view(e.kind) == "person" && SpeaksForOrg(e);
}

}  // namespace

bool EntityIds::IsGovernment(std::string_view id) const { return lex_.IsGovernment(id); }

bool EntityIds::IsOffice(const EntityView& e) const {
  return std::string_view(e.kind) == "body" && IsGovernment(e.org);
}

const EntityView* EntityIds::At(std::string_view id, int32_t Slots::*slot) const {
  // A document with few lookups is served by scans: building the map costs
  // about as much as a few of them.
  if (!built_ && ++scans_ <= kScansBeforeMap) {
    const EntityView* found = nullptr;
    for (const EntityView& e : ents_) {
      if (e.id != id) continue;
      if (slot == &Slots::first_actor && IsActorEntity(e)) return &e;
      if (slot == &Slots::first_person && IsSpeakingPerson(e)) return &e;
      if (slot == &Slots::last_office && IsOffice(e)) found = &e;
    }
    return found;
  }
  if (!built_) {
    by_id_.reserve(ents_.size());
    for (size_t i = 0; i < ents_.size(); ++i) {
      const EntityView& e = ents_[i];
      Slots& s = by_id_[e.id];
      const int32_t k = static_cast<int32_t>(i);
      if (s.first_actor < 0 && IsActorEntity(e)) s.first_actor = k;
      if (IsOffice(e)) s.last_office = k;
      if (s.first_person < 0 && IsSpeakingPerson(e)) s.first_person = k;
    }
    built_ = true;
  }
  auto it = by_id_.find(id);
  if (it == by_id_.end() || it->second.*slot < 0) return nullptr;
  return &ents_[it->second.*slot];
}

}  // namespace caucus::stance
