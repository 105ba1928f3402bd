// The document-speaker pass: first-person subjects of a speaker's sentences
// are mentions of the speaker; the speaker's normative sentences are its
// stances.
#include <algorithm>

#include "stance/doc_text.h"
#include "stance/document.h"
#include "stance/engine.h"
#include "stance/entity_index.h"
#include "stance/normative.h"
#include "word_match.h"

namespace caucus::stance {

namespace {

// The length of "we" or "I" before a contraction's apostrophe (' or ’):
// "we've", "we’re", "I’m" are one word of the word reader, and their
// subject is the pronoun. 0 for other words, and for "we'd" and "we'll",
// whose modal the sentence passes would not see in the one word.
size_t ContractedPronoun(LowerWord x) {
  size_t len = 0;
  if (x.size() >= 4 && x[0] == 'w' && x[1] == 'e') {
    len = 2;
  } else if (x.size() >= 3 && x[0] == 'i') {
    len = 1;
  } else {
    return 0;
  }
  std::string_view rest = x.raw().substr(len);
  if (rest[0] == '\'') {
    rest.remove_prefix(1);
  } else if (rest.substr(0, 3) == "\xE2\x80\x99") {
    rest.remove_prefix(3);
  } else {
    return 0;
  }
  const LowerWord tail(rest);
  return tail == "ve" || tail == "re" || tail == "m" ? len : 0;
}

// Whether the first person at w[i] is inside what someone else says or
// claims: "our critics say that we oppose reform", "they claim we support
// terrorism" (a verb of saying or claiming right before it, or before its
// "that", whose subject has no "we", "I", "me" or "as": "we have said that
// we", "let me say that we", "as I said, we" stay the speaker's).
bool ReportedFirstPerson(const internal::EnglishWords& en, std::string_view text, const Word* w,
                         size_t i) {
  if (i < 2) return false;
  size_t k = i - 1;
  if (w[k].low == "that") --k;
  const LowerWord v = w[k].low;
  if (!en.speech_verbs.Contains(v) && !en.they_report_verbs.Contains(v) &&
      !en.claim_verbs.Contains(v))
    return false;
  if (text[w[k].b] >= 'A' && text[w[k].b] <= 'Z') return false;  // "States that we ..."
  if (k == 0) return false;
  for (size_t f = k; f > 0 && k - f < 6; --f)
    if (In(w[f - 1].low, {"we", "i", "me", "as", "us"})) return false;
  return true;
}

// FirstPersonSubjects on the words w[0, n) of a sentence.
std::vector<Span> FirstPersonSubjectsIn(const internal::EnglishWords& en, std::string_view text,
                                        const Word* w, size_t n) {
  std::vector<Span> out;
  // The first letters of the words below: w, i, m, o.
  constexpr uint32_t kFirst =
      1u << ('w' - 'a') | 1u << ('i' - 'a') | 1u << ('m' - 'a') | 1u << ('o' - 'a');
  for (size_t i = 0; i < n; ++i) {
    LowerWord x = w[i].low;
    // Only "we", "i", "my", "our" and "let me" (or a contraction of the
    // first two) start a subject: most words are longer, or start with
    // another letter (a letter folds to a-z with 0x20 set, and nothing else
    // does).
    if (x.empty() || x.size() > 8) continue;
    const uint32_t first = (static_cast<unsigned char>(x.raw()[0]) | 0x20u) - 'a';
    if (first >= 26 || !((kFirst >> first) & 1)) continue;
    if (const size_t len = ContractedPronoun(x)) {
      // "We’ve", "I'm": the pronoun of a contraction.
      if (len == 2 || text[w[i].b] == 'I')
        out.push_back({w[i].b, static_cast<uint32_t>(w[i].b + len)});
      continue;
    }
    if (x.size() > 3) continue;
    if (x == "we") {
      if (ReportedFirstPerson(en, text, w, i)) continue;
      out.push_back({w[i].b, w[i].e});
    } else if (x == "me" && i > 0 && en.me_imperatives.Contains(w[i - 1].low)) {
      // "Let me stress the need for reform", "allow me to reiterate our
      // support": the speaker stresses it.
      out.push_back({w[i].b, w[i].e});
    } else if (x == "i" && text[w[i].b] == 'I') {
      // "Annex I", "World War I": a numeral, not the speaker.
      if (i > 0 && en.numeral_heads.Contains(w[i - 1].low)) continue;
      if (ReportedFirstPerson(en, text, w, i)) continue;
      out.push_back({w[i].b, w[i].e});
    } else if ((x == "my" || x == "our") && i + 1 < n &&
               en.speaker_first_person_nouns.Contains(w[i + 1].low)) {
      if (ReportedFirstPerson(en, text, w, i)) continue;
      out.push_back({w[i].b, w[i + 1].e});
      ++i;
    }
  }
  return out;
}

}  // namespace

std::vector<Span> FirstPersonSubjects(const internal::EnglishWords& en, std::string_view text,
                                      Span sentence) {
  sentence.end = std::min<uint32_t>(sentence.end, static_cast<uint32_t>(text.size()));
  if (sentence.begin >= sentence.end) return {};
  thread_local std::vector<Word> w;  // reused: called for every sentence
  WordsInto(text, sentence, &w);
  return FirstPersonSubjectsIn(en, text, w.data(), w.size());
}

namespace {

// The state whose capital is the whole of words [b, e), or opens them as a
// possessive ("Washington has paralysed the WTO's dispute settlement":
// "Washington"; "Moscow's policy is a threat"), written with a capital
// letter; "" if none. "The Paris attacks" name a place, not a state.
std::string_view CapitalStateOf(const internal::Lexicon& lex, std::string_view text,
                                const WordRange& w, size_t b, size_t e) {
  if (b >= e || e > w.size()) return {};
  const char first = text[w[b].b];
  if (first < 'A' || first > 'Z') return {};
  for (const auto& c : lex.capitals) {
    if (b + c.words.size() > e) continue;
    size_t k = 0;
    for (; k < c.words.size(); ++k) {
      const LowerWord y = w[b + k].low;
      const bool last = k + 1 == c.words.size();
      if (y == c.words[k]) continue;
      // "Moscow's", "Moscow’s": the possessive glued to the last word.
      if (last && b + k + 1 < e && (y.ends_with("'s") || y.ends_with("\xE2\x80\x99s")) &&
          LowerWord(y.raw().substr(0, y.size() - (y.ends_with("'s") ? 2 : 4))) == c.words[k])
        return c.id;
      break;
    }
    if (k == c.words.size() && b + k == e) return c.id;
  }
  return {};
}

// Only a government's or an official's statement: its normative claims are
// its positions; an organisation's blog argues more than it takes positions.
bool Normative(const DocSpeaker* sp) { return sp && (sp->kind == "government" || sp->official); }

// Whether the words before w[m] report someone else's words: a claim noun
// and "that" before the statement's target ("Russia's claim that Ukraine
// is illegitimate is false"), or a verb of claiming or saying ("Russia
// claims the Government is illegitimate", "They argue that sanctions are
// unacceptable") whose subject is not the speaker's "we" or "I". Not "as
// X said, ..." (an endorsement), "States" (a noun), or words the speaker
// makes its own ("said that we must ...").
bool ReportsSomeoneElse(const internal::EnglishWords& en, std::string_view text, const WordRange& w,
                        int m, size_t target_begin) {
  for (int k = 0; k < m; ++k) {
    const LowerWord x = w[k].low;
    // A claim's content, not the claim judged ("The argument that ... is
    // untenable" is about the argument: the claim opens the target).
    if (en.claim_nouns.Contains(x) && k + 1 < m && w[k + 1].low == "that" &&
        static_cast<size_t>(k) < target_begin) {
      // Past the content's own verb the statement judges the claim: "The
      // argument that X is intended to Y is untenable".
      int verbs = 0;
      for (int v = k + 2; v < m; ++v) verbs += en.evaluation_be_forms.Contains(w[v].low);
      if (verbs < 2) return true;
    }
    const bool claim = en.claim_verbs.Contains(x);
    const bool saying = en.speech_verbs.Contains(x) || en.they_report_verbs.Contains(x);
    if (!claim && !saying) continue;
    // Words the speaker makes its own: "... said that we, the Members, must".
    const int c = k + 1 < m && w[k + 1].low == "that" ? k + 2 : k + 1;
    if (c < m && In(w[c].low, {"we", "our", "us"})) continue;
    const char first = text[w[k].b];
    if (first >= 'A' && first <= 'Z') continue;
    // The speaker's own words ("we have said", "I would like to say"), or
    // an endorsement ("as X said").
    bool own_or_as = false;
    for (int f = k - 1; f >= 0 && f >= k - 4; --f) own_or_as |= In(w[f].low, {"we", "i", "as"});
    if (own_or_as) continue;
    return true;
  }
  return false;
}

// Where a report clause closing the sentence after its last comma starts
// in w ("The shelling must stop, Ukraine said.", "..., the Russian
// representative claimed.", "..., said the Ukrainian delegation."): the
// index of its first word, at most six words from the end, with a verb of
// english.json speech_verbs, they_report_verbs or claim_verbs, written in
// lower case, at either end of the clause; 0 when there is none. The
// speaker's own report ("..., as we have said", "..., we have stressed"),
// ending in such a verb, ends the statement too, with *own set.
size_t TrailingReportClause(const internal::EnglishWords& en, std::string_view text,
                            const WordRange& w, bool* own) {
  const size_t n = w.size();
  *own = false;
  auto report = [&](size_t k) {
    const LowerWord x = w[k].low;
    return !IsUpper(static_cast<unsigned char>(text[w[k].b])) &&
           (en.speech_verbs.Contains(x) || en.they_report_verbs.Contains(x) ||
            en.claim_verbs.Contains(x));
  };
  for (size_t b = n - 1; b >= 2 && b + 6 >= n; --b) {
    // (The usual gap, one byte, in one test.)
    const uint32_t g = w[b - 1].e, gn = w[b].b - w[b - 1].e;
    if (gn == 1 ? text[g] != ',' : text.substr(g, gn).find(',') == std::string_view::npos) continue;
    if (b + 1 >= n) return 0;
    if (In(w[b].low, {"as", "we", "i", "it"})) {
      *own = report(n - 1);
      return *own ? b : 0;
    }
    return report(n - 1) || report(b) ? b : 0;
  }
  return 0;
}

bool AnyNormative(const std::vector<DocSpeaker>& speakers) {
  for (const DocSpeaker& sp : speakers)
    if (Normative(&sp)) return true;
  return false;
}

}  // namespace

void AddSpeakerMentions(DocState* d) {
  if (d->speakers.empty()) return;
  // In turns only a government's sentences are read (their words kept for
  // AddSpeakerNorms): the turns pass found their first-person subjects.
  if (!d->turns.empty() && !AnyNormative(d->speakers)) return;
  const std::string_view text = d->text;
  const std::vector<Sentence>& sents = d->reading_sents();
  const uint32_t body = d->body();
  const std::vector<Span>& quotes = d->quoted_ranges();
  EntityOverlaps ent_overlaps(d->layer_ents());
  // A government's sentences are read twice (first-person subjects, then
  // normative statements): their words are kept.
  std::vector<Word>& words = d->speaker_words;
  d->speaker_word_range.assign(AnyNormative(d->speakers) ? sents.size() : 0, {0, 0});
  // About a word per six bytes of text: room for most documents' words, so
  // the vector rarely moves as it grows.
  if (AnyNormative(d->speakers)) words.reserve(text.size() / 6);
  for (size_t si = 0; si < sents.size(); ++si) {
    const Sentence& s = sents[si];
    if (s.span.end <= body) continue;
    const DocSpeaker* sp_at = d->SpeakerOf(si);
    if (!sp_at) continue;
    const DocSpeaker& speaker = *sp_at;
    const Span span{std::max(s.span.begin, body), s.span.end};
    const bool normative = Normative(sp_at);
    const uint32_t from = static_cast<uint32_t>(words.size());
    if (normative) {
      const Span clamped{span.begin,
                         std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()))};
      if (clamped.begin < clamped.end) AppendWords(text, clamped, &words);
      d->speaker_word_range[si] = {from, static_cast<uint32_t>(words.size())};
    }
    // A turn's first-person subjects are the turns pass's (document.cc).
    if (!d->turns.empty()) continue;
    const std::vector<Span> subjects =
        normative ? FirstPersonSubjectsIn(d->en, text, words.data() + from, words.size() - from)
                  : FirstPersonSubjects(d->en, text, span);
    for (const Span& sp : subjects) {
      if (InRanges(quotes, sp.begin)) continue;
      if (ent_overlaps.Any(sp)) continue;
      EntityView e;
      e.span = sp;
      e.text = text.substr(sp.begin, sp.size());
      e.kind = speaker.kind;
      e.id = speaker.id;
      e.name = speaker.name;
      e.form = "speaker";
      d->mentions.push_back(std::move(e));
      d->speaker_added.push_back(sp);
    }
  }
}

void AddSpeakerNorms(DocState* d) {
  if (d->speakers.empty()) return;
  const std::string_view text = d->text;
  const std::vector<Sentence>& sents = d->reading_sents();
  std::vector<Stance>& out = d->stances;
  const std::vector<Span>& added = d->speaker_added;
  const uint32_t body = d->body();
  const std::vector<Span>& quotes = d->quoted_ranges();
  std::vector<char> has_speaker(sents.size(), 0);
  const SpanSet mentions(added);
  for (Stance& st : out) {
    if (mentions.Contains(st.actor.span)) st.via = "speaker";
    const DocSpeaker* sp = st.sentence < sents.size() ? d->SpeakerOf(st.sentence) : nullptr;
    if (sp && st.actor.id == sp->id) has_speaker[st.sentence] = 1;
  }
  // Normative and evaluative sentences of the speaker: "The Council must be
  // reformed", "Such practices are unacceptable".
  // Others' stances in a sentence leave it to them, unless they all lie in
  // the subject of the speaker's statement ("the resolutions adopted by the
  // General Assembly must be implemented": the Assembly adopted them; the
  // call is the speaker's): where the last of them ends.
  std::vector<char> has_any(sents.size(), 0);
  std::vector<uint32_t> others_end(sents.size(), 0);
  for (const Stance& st : out)
    if (st.sentence < sents.size()) {
      has_any[st.sentence] = 1;
      others_end[st.sentence] =
          std::max({others_end[st.sentence], st.actor.span.end, st.target.span.end});
    }
  const bool any_normative = AnyNormative(d->speakers);
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
  // The speakers' names in the text ("Switzerland will host ..."), in text
  // order, for FindNormative's statements of the speaker's own doing.
  std::vector<std::pair<Span, std::string_view>> names;
  if (any_normative)
    for (const EntityView& e : d->layer_ents())
      for (const DocSpeaker& sp : d->speakers)
        if (e.id == sp.id) {
          names.push_back({e.span, e.id});
          break;
        }
  std::sort(names.begin(), names.end(),
            [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
  std::vector<Span> self;
  for (size_t i = 0; i < sents.size() && any_normative; ++i) {
    if (sents[i].span.begin >= footer.begin && sents[i].span.begin < footer.end) continue;
    if (sents[i].span.end <= body || has_speaker[i] || !Normative(d->SpeakerOf(i))) continue;
    const DocSpeaker& speaker = *d->SpeakerOf(i);
    const Span s{std::max(sents[i].span.begin, body), sents[i].span.end};
    const Span within = speaker.within;
    const bool quoted = within.begin < within.end;
    if (!quoted && InRanges(quotes, s.begin)) continue;
    std::string_view st = text.substr(s.begin, s.size());
    while (!st.empty() && (st.back() == ' ' || st.back() == '\n' || st.back() == '\r'))
      st.remove_suffix(1);
    if (st.empty() || st.back() == '?') continue;
    const auto range = d->speaker_word_range[i];
    const WordRange sentence(d->speaker_words.data() + range.first, range.second - range.first);
    self.clear();
    auto it = std::lower_bound(names.begin(), names.end(), s.begin,
                               [](const auto& a, uint32_t b) { return a.first.begin < b; });
    for (; it != names.end() && it->first.begin < s.end; ++it)
      if (it->second == speaker.id) self.push_back(it->first);
    const NormativeRoutes* routes = &Engine::Of(d->finder).normative_routes;
    NormativeStatement nm = FindNormative(d->en, text, sentence, &self, routes);
    if (nm.marker < 0) continue;
    // "The shelling must stop, Ukraine said.": the words before a closing
    // report clause are its subject's, reported (TrailingReportClause);
    // the speaker's own aside after them is no part of the statement.
    bool own_aside = false;
    const size_t report = quoted ? 0 : TrailingReportClause(d->en, text, sentence, &own_aside);
    const WordRange w(sentence.begin(), report > 0 ? report : sentence.size());
    if (report > 0) nm = FindNormative(d->en, text, w, &self, routes);
    const int m = nm.marker;
    if (m < 0) continue;
    if (has_any[i] && (nm.target_end > static_cast<size_t>(m) || others_end[i] > w[m].b)) continue;
    // Someone else's words reported in the speaker's sentence are theirs (a
    // quotation's holder reports its own).
    if (!quoted && ReportsSomeoneElse(d->en, text, w, m, nm.target_begin)) continue;
    // A quotation's holder speaks inside it; anyone else outside quotations.
    if (quoted ? (w[m].b < within.begin || w[m].b >= within.end) : InRanges(quotes, w[m].b))
      continue;
    // A conditional or a question word before the marker: no assertion.
    bool cond = false;
    // (Not the "what" of a cleft whose content follows the marker: "what is
    // needed is a renewed commitment".)
    for (int k = 0; k < m; ++k)
      cond |= In(w[k].low, {"if", "whether", "unless", "how", "what"}) &&
              !(k == 0 && w[0].low == "what" && nm.target_begin > static_cast<size_t>(m));
    if (cond) continue;
    Stance x;
    x.actor.id = speaker.id;
    x.actor.kind = speaker.kind;
    x.actor.text = speaker.name;
    x.actor.span = {s.begin, s.begin};
    x.polarity = nm.polarity;
    x.act = nm.act;
    if (nm.target_begin < nm.target_end && nm.target_end <= w.size()) {
      x.target.span = {w[nm.target_begin].b, w[nm.target_end - 1].e};
      x.target.text = std::string(text.substr(x.target.span.begin, x.target.span.size()));
      // What a statement opposes is the head of its target: "we must avoid
      // a defeat ... without a Security Council" does not oppose the
      // Council, nor "the delay in expanding developing countries' rights
      // is unacceptable" the developing countries.
      const size_t head = std::min(nm.target_begin + 3, nm.target_end) - 1;
      LinkSpan(d->layer_ents(), d->text, d->en, speaker.id, &x.target,
               nm.polarity == "oppose" ? w[head].e : UINT32_MAX);
      if (nm.polarity == "oppose" && x.target.entity.empty()) {
        const std::string_view state =
            CapitalStateOf(Engine::Of(d->finder).lex, text, w, nm.target_begin, nm.target_end);
        if (!state.empty() && state != speaker.id) {
          x.target.entity = std::string(state);
          x.target.kind = "government";
        }
      }
      // "The Security Council must be endowed with independent voices": a
      // call on a body whose predicate names nothing is about that body.
      if (x.act == "call-for" && x.polarity == "support" && x.target.entity.empty() &&
          x.target.topic.empty() && m > 0 && d->en.normative_modals.Contains(w[m].low)) {
        StanceTarget subject;
        subject.span = {w[0].b, w[m].b};
        LinkSpan(d->layer_ents(), d->text, d->en, speaker.id, &subject);
        if (subject.kind == "body") {
          x.target.entity = subject.entity;
          x.target.kind = subject.kind;
        }
      }
      // A passive call's subject that names nothing: its predicate's link.
      if (nm.link_end > nm.target_end && nm.link_end <= w.size() && x.target.entity.empty() &&
          x.target.topic.empty()) {
        StanceTarget predicate;
        predicate.span = {w[nm.target_end].b, w[nm.link_end - 1].e};
        LinkSpan(d->layer_ents(), d->text, d->en, speaker.id, &predicate,
                 nm.polarity == "oppose" ? predicate.span.begin : UINT32_MAX);
        x.target.entity = predicate.entity;
        x.target.kind = predicate.kind;
        x.target.topic = predicate.topic;
      }
      CarryInstrumentTopic(Engine::Of(d->finder).lex, &x.target);
    }
    // Nothing to say what the statement is about ("The streets are
    // dangerous" names no conduct): no stance.
    if (x.target.text.empty() && x.target.entity.empty() && x.target.topic.empty()) continue;
    x.span = {sentence.front().b, sentence.back().e};
    x.sentence = static_cast<uint32_t>(i);
    x.modality = "asserted";
    x.score = 0.5;
    x.via = d->turns.empty() ? "speaker" : "turn";
    if (report > 0 && !own_aside) {
      // The report clause's governments and bodies hold the statement,
      // each ("..., Ukraine and Moldova said"); one naming none ("...,
      // some said") leaves it nobody's.
      std::vector<const EntityView*> reporters;
      for (const EntityView& e : d->layer_ents())
        if (e.span.begin >= sentence[report].b && e.span.end <= sentence.back().e &&
            (e.kind == "government" || e.kind == "body") &&
            std::none_of(reporters.begin(), reporters.end(),
                         [&](const EntityView* r) { return r->id == e.id; }))
          reporters.push_back(&e);
      for (const EntityView* r : reporters) {
        Stance y = x;
        if (r->id != speaker.id) {
          y.actor.id = std::string(r->id);
          y.actor.kind = std::string(r->kind);
          y.actor.text = std::string(r->text);
          y.actor.span = r->span;
          y.modality = "reported";
          y.via = "report";
        }
        out.push_back(std::move(y));
      }
      continue;
    }
    out.push_back(std::move(x));
  }
  if (out.size() > found) SortBySentence(&out);
}

}  // namespace caucus::stance
