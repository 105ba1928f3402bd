// The document scan for cue words, and the sentence passes over the
// sentences it keeps (StanceFinder::Impl::Find).
#include <algorithm>
#include <cstring>

#include "stance/document.h"
#include "stance/engine.h"
#include "stance/sentence.h"

namespace caucus {
namespace stance {
namespace {

// Whether text[at - 1] and text[at] are both in a run of letters and '-' (a
// scan word may go on there).
bool CutsScanRun(std::string_view text, size_t at) {
  return at > 0 && at < text.size() &&
         internal::IsScanWordChar(static_cast<unsigned char>(text[at - 1])) &&
         internal::IsScanWordChar(static_cast<unsigned char>(text[at]));
}

// Whether a word unit of sentence text[s) may be a cue's first word (a-z and
// '-' only, see Lexicon::scan_words_are_cue_words) without being the scan
// word at the same place: Lexicon::CueMayFollow then never saw it. A word
// unit starts at a scan word's first letter and ends where it does unless
// it is cut off: by an entity or the sentence starting or ending inside a
// run of letters and '-', by an entity the tokenizer cannot take (a lone
// byte is cut off), or before a '-' that does not join two words ("pro-"). A
// rare case, checked only for sentences the raw test turned away.
bool SentenceMayMissScan(std::string_view text, Span s, const std::vector<EntityView>& ents) {
  if (CutsScanRun(text, s.begin) || CutsScanRun(text, s.end)) return true;
  auto it = std::lower_bound(ents.begin(), ents.end(), s.begin,
                             [](const EntityView& e, uint32_t pos) { return e.span.begin < pos; });
  for (; it != ents.end() && it->span.begin < s.end; ++it) {
    const Span e = it->span;
    if (e.end > s.end || e.end <= e.begin) return true;
    if (CutsScanRun(text, e.begin) || CutsScanRun(text, e.end)) return true;
    if (e.begin > 0 && text[e.begin - 1] == '-') return true;
  }
  const size_t end = std::min<size_t>(s.end, text.size());
  for (size_t d = s.begin + 1; d < end; ++d) {
    const void* dash = std::memchr(text.data() + d, '-', end - d);
    if (!dash) break;
    d = static_cast<size_t>(static_cast<const char*>(dash) - text.data());
    if (internal::IsScanLetter(static_cast<unsigned char>(text[d - 1])) &&
        (d + 1 >= end || !IsAsciiAlnum(static_cast<unsigned char>(text[d + 1]))))
      return true;
  }
  return false;
}

}  // namespace
}  // namespace stance

std::vector<Stance> StanceFinder::Impl::FindInSentences(
    std::string_view text, const std::vector<Sentence>& sentences,
    const std::vector<EntityView>& entities, std::vector<std::string_view>* trace,
    const std::vector<SentenceSpeaker>* speakers, std::optional<uint32_t> known_body) const {
  std::vector<Stance> out;
  if (sentences.empty()) return out;
  // Room for a document's usual stances: growing moves each one (a dozen
  // strings) at every doubling.
  out.reserve(16);
  // Fast scan: mark sentences that contain a scan word (see ForEachScanWord)
  // that may start a cue. Only words of 1 to 31 bytes that pass the
  // cue_first filters (2-letter prefix and length, then with the last
  // letter) are folded and looked up.
  // A sentence is a candidate (kCandidate) when such a word of two bytes or
  // more is not preceded by a non-ASCII byte, as it always was (a one-letter
  // word, "a" of "a failure for", never made one). It is kept (kMayMatch) when such a
  // word, preceded by anything, starts a cue phrase whose further words may
  // follow it in the raw text (Lexicon::CueMayFollow): most candidates hold
  // the first word of a longer cue only ("in", "open", "call"), and are
  // turned away here instead of after tokenizing (MayHaveHit).
  enum : uint8_t { kCandidate = 1, kMayMatch = 2, kBoth = 3 };
  std::vector<uint8_t> marked(sentences.size(), 0);
  // The raw test is exact only for the shipped kind of lexicon and for
  // sentences in order without overlaps (see SentenceMayMissScan).
  bool raw_test = lex.scan_words_are_cue_words;
  for (size_t i = 0; i < sentences.size() && raw_test; ++i)
    raw_test = sentences[i].span.begin <= sentences[i].span.end &&
               (i == 0 || sentences[i - 1].span.end <= sentences[i].span.begin);
  const uint8_t first_mark = raw_test ? 0 : kMayMatch;
  size_t si = 0;
  const size_t n = text.size();
  internal::ForEachScanWord(text, [&](size_t p, size_t q) -> size_t {
    const size_t len = q - p;
    // The tests combined without branching: most words fail one, in no
    // predictable pattern. A one-letter word's second byte is 0 (the
    // prefix index of a one-letter word, CuePrefixIndex).
    char buf[32];
    buf[0] = static_cast<char>(text[p] | 0x20);
    buf[1] = len > 1 ? static_cast<char>(text[p + 1] | 0x20) : '\0';
    const bool ascii_before = p == 0 || static_cast<unsigned char>(text[p - 1]) < 0x80;
    const bool candidate =
        (len - 1 < 31) & (ascii_before | raw_test) &
        lex.cue_first.MayContain(internal::CuePrefixIndex(std::string_view(buf, 2)), len);
    if (!candidate || !lex.cue_first_end.MayContain(
                          internal::CuePrefixIndex(std::string_view(buf, 2)), text[q - 1], len))
      return q;
#if defined(__SSE2__)
    // The word's letters and dashes folded 16 at a time (a dash stays a dash).
    if (p + 32 <= n) {
      const __m128i fold = _mm_set1_epi8(0x20);
      for (size_t k = 0; k < len; k += 16)
        _mm_storeu_si128(
            reinterpret_cast<__m128i*>(buf + k),
            _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p + k)),
                         fold));
    } else
#endif
      for (size_t k = 2; k < len; ++k) buf[k] = static_cast<char>(text[p + k] | 0x20);
    const internal::WordInfo* w = lex.words.Find(std::string_view(buf, len));
    if (!w || w->cues < 0) return q;
    while (si < sentences.size() && sentences[si].span.end <= p) ++si;
    if (si >= sentences.size() || sentences[si].span.begin > p) return q;
    uint8_t& m = marked[si];
    m |= first_mark | (ascii_before && len > 1 ? kCandidate : 0);
    if (!(m & kMayMatch) && lex.CueMayFollow(w->cues, text, q)) m |= kMayMatch;
    if (m != kBoth) return q;
    // Further words of this sentence would only mark it again: resume at its
    // end, where no word may be in progress: if the end cuts a word (a run
    // with a letter before the end), after that word. text[q] ends this
    // word, so the look-back stops after it.
    size_t r = sentences[si].span.end;
    if (r <= q) return q;
    bool in_word = false;
    for (size_t j = r; j > q && internal::IsScanWordChar(static_cast<unsigned char>(text[j - 1]));
         --j)
      in_word |= internal::IsScanLetter(static_cast<unsigned char>(text[j - 1]));
    while (in_word && r < n && internal::IsScanWordChar(static_cast<unsigned char>(text[r]))) ++r;
    return r;
  });
  // A leading front-matter block ("# Source: ...", YAML) holds no stances.
  const uint32_t body = known_body ? *known_body : FrontMatterEnd(text);
  // Paragraph starts, for coreference bounds.
  stance::Arena arena;
  stance::SentenceAnalyzer analyzer(lex, text, entities, &arena);
  analyzer.set_trace(trace);
  stance::ParaState para;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].paragraph != para.para) {
      const uint32_t prev_para = para.para == UINT32_MAX ? UINT32_MAX : para.begin;
      para = stance::ParaState();
      para.para = sentences[i].paragraph;
      para.begin = sentences[i].span.begin;
      para.prev_para_begin = prev_para;
    }
    para.prev_begin =
        i > 0 && sentences[i - 1].paragraph == para.para ? sentences[i - 1].span.begin : UINT32_MAX;
    if (sentences[i].span.end <= body) continue;
    const Span span{std::max(sentences[i].span.begin, body), sentences[i].span.end};
    // A speech with an adversary reads its sentences without cue words too
    // (criticism_discourse.cc, AdversarySubject).
    // So does the sentence right after a criticism (criticism_focus.cc).
    if (!analyzer.has_adversary() && !analyzer.focus_after(static_cast<uint32_t>(i))) {
      if (!(marked[i] & kCandidate)) continue;
      if (!(marked[i] & kMayMatch) && !stance::SentenceMayMissScan(text, span, entities)) continue;
    }
    // The sentence's speaker, if any (criticism.cc).
    stance::ActorView speaker;
    const SentenceSpeaker* sp =
        speakers && i < speakers->size() && !(*speakers)[i].id.empty() ? &(*speakers)[i] : nullptr;
    if (sp) speaker = {sp->id, sp->kind, sp->name, {span.begin, span.begin}};
    analyzer.set_speaker(sp ? &speaker : nullptr, sp ? std::string_view(sp->via) : "");
    analyzer.Run(span, static_cast<uint32_t>(i), &para, &out);
  }
  return out;
}

}  // namespace caucus
