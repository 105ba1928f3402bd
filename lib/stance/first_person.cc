// First-person speech that takes a position: the subject ("we", "my
// delegation") and a stance verb within a few words of it.
#include "stance/first_person.h"

#include <algorithm>
#include <vector>

#include "word_match.h"
#include "word_reader.h"

namespace caucus::internal {
namespace {

struct Word {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string low;     // ASCII lower-cased
  bool punct = false;  // a clause mark: , ; : ( ) and dashes
};

// The words of the shared reader (word_reader.h), folded, and the clause
// marks between them.
std::vector<Word> Words(std::string_view text, Span s) {
  std::vector<Word> out;
  uint32_t i = s.begin;
  while (i < s.end) {
    if (IsWordStart(text, i)) {
      bool fold = false;
      uint32_t j = static_cast<uint32_t>(WordEnd(text, i, s.end, s.end, &fold));
      if (j == i) j = i + 1;
      Word w{i, j, AsciiLowerCopy(text.substr(i, j - i)), false};
      size_t apos;
      while ((apos = w.low.find("\xE2\x80\x99")) != std::string::npos) w.low.replace(apos, 3, "'");
      out.push_back(std::move(w));
      i = j;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const int typo = TypoPunct(text, i);
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '!' ||
        c == '?') {
      out.push_back({i, i + 1, std::string(1, static_cast<char>(c)), true});
    } else if (typo == 0x93 || typo == 0x94) {
      out.push_back({i, i + 3, "-", true});
    }
    i += typo ? 3 : 1;
  }
  return out;
}

// Skips openers of the agreed-with actor: "the distinguished delegate of",
// "the statement made by", "what was said by".
size_t SkipToActor(const EnglishWords& en, const std::vector<Word>& w, size_t i) {
  while (i < w.size() && !w[i].punct && en.agree_with_openers.Contains(w[i].low)) ++i;
  return i;
}

// The first-person subject starting at word i ("we", "I", "my delegation"):
// sets *end to its last word; false if there is none.
bool FirstPersonSubjectAt(const EnglishWords& en, std::string_view text, const std::vector<Word>& w,
                          size_t i, size_t* end) {
  *end = i;
  if (w[i].punct) return false;
  const std::string& x = w[i].low;
  if (x == "we" || x == "i" || x == "we're" || x == "i'm") {
    // "I" in "Annex I" or "Article I" is a numeral, not the speaker.
    if (x == "i" && text[w[i].begin] != 'I') return false;
    return !(x == "i" && i > 0 && en.numeral_heads.Contains(w[i - 1].low));
  }
  if ((x == "my" || x == "our") && i + 1 < w.size() &&
      en.turn_first_person_nouns.Contains(w[i + 1].low)) {
    *end = i + 1;
    return true;
  }
  return false;
}

// Whether a cue phrase of the lexicon starts at w[v]: "condemn", "call on",
// "have serious reservations about" (the same cues as third-person text, and
// those a user adds with --dict). The finder then reads the sentence with
// the subject as its actor and decides polarity, act and modality.
bool CueAt(const Lexicon& lex, const std::vector<Word>& w, size_t v) {
  if (!lex.MayStartCue(w[v].low)) return false;
  const WordInfo* info = lex.words.Find(w[v].low);
  for (uint32_t pi : lex.cue_buckets[info->cues]) {
    const std::vector<std::string>& words = lex.phrases[pi].words;
    if (v + words.size() > w.size()) continue;
    size_t k = 0;
    while (k < words.size() && !w[v + k].punct && w[v + k].low == words[k]) ++k;
    if (k == words.size()) return true;
  }
  return false;
}

// The stance verb after a first-person subject w[i, subj_end]: within a few
// words, in the same clause; for a possessive subject ("my delegation"),
// anywhere in the sentence ("This text cannot be accepted by my
// delegation"). Sets *negated; returns the verb's index or -1.
int StanceVerbAfter(const Lexicon& lex, const std::vector<Word>& w, size_t i, size_t subj_end,
                    bool* negated) {
  const EnglishWords& en = lex.english;
  auto stance_verb = [&](size_t k) {
    return en.first_person_stance_verbs.Contains(w[k].low) || CueAt(lex, w, k);
  };
  size_t v = subj_end + 1;
  size_t fillers = 0;
  while (v < w.size() && !w[v].punct && fillers < 6 && !stance_verb(v)) {
    if (!en.first_person_fillers.Contains(w[v].low)) break;
    if (en.first_person_negations.Contains(w[v].low)) *negated = true;
    ++fillers;
    ++v;
  }
  if (v < w.size() && !w[v].punct && stance_verb(v)) return static_cast<int>(v);
  if (subj_end == i) return -1;
  // Anywhere in the sentence, only the listed verbs and passive participles:
  // a cue far from "my delegation" is seldom its position.
  for (size_t k = 0; k < w.size(); ++k) {
    if (k >= i && k <= subj_end) continue;
    if (en.first_person_negations.Contains(w[k].low)) *negated = true;
    if (en.first_person_stance_verbs.Contains(w[k].low) ||
        en.passive_stance_participles.Contains(w[k].low))
      return static_cast<int>(k);
  }
  return -1;
}

// The actor agreed with after verb w[v]: "agree with Iran", "support the
// proposal of Brazil", "join the previous speakers", "associate ourselves
// with the statement made by Egypt".
void AgreedWith(const EnglishWords& en, std::string_view text, const std::vector<Word>& w, size_t v,
                FirstPersonCue* cue) {
  size_t a = v + 1;
  while (a < w.size() && !w[a].punct && en.agree_reflexives.Contains(w[a].low)) ++a;
  if (a < w.size() && In(w[a].low, {"with", "to"})) ++a;
  if (!en.agree_verbs.Contains(w[v].low)) return;
  size_t k = SkipToActor(en, w, a);
  for (size_t m = a; m < std::min(w.size(), k + 3); ++m) {
    if (In(w[m].low, {"previous", "preceding", "other", "earlier"}) && m + 1 < w.size() &&
        In(w[m + 1].low, {"speaker", "speakers", "delegations", "delegates", "colleagues"})) {
      cue->previous_speakers = true;
      cue->agrees_with = {w[a].begin, w[m + 1].end};
      return;
    }
  }
  if (k >= w.size() || w[k].punct || !isupper(static_cast<unsigned char>(text[w[k].begin]))) return;
  size_t e = k;
  while (e + 1 < w.size() && !w[e + 1].punct &&
         (isupper(static_cast<unsigned char>(text[w[e + 1].begin])) ||
          In(w[e + 1].low, {"of", "the", "and"})) &&
         e - k < 6) {
    ++e;
  }
  while (e > k && In(w[e].low, {"of", "the", "and"})) --e;
  cue->agrees_with = {w[k].begin, w[e].end};
}

}  // namespace

std::optional<FirstPersonCue> FindFirstPersonStance(const Lexicon& lex, std::string_view text,
                                                    Span sentence) {
  const EnglishWords& en = lex.english;
  sentence.end = std::min<uint32_t>(sentence.end, static_cast<uint32_t>(text.size()));
  if (sentence.begin >= sentence.end) return std::nullopt;
  std::string_view s = TrimAsciiSpace(text.substr(sentence.begin, sentence.size()));
  // A question takes no position: "Can we agree with this?"
  if (!s.empty() && s.back() == '?') return std::nullopt;
  std::vector<Word> w = Words(text, sentence);
  for (size_t i = 0; i < w.size(); ++i) {
    size_t subj_end = i;  // last word of the subject
    if (!FirstPersonSubjectAt(en, text, w, i, &subj_end)) continue;
    bool negated = false;
    const int v = StanceVerbAfter(lex, w, i, subj_end, &negated);
    if (v < 0) continue;
    FirstPersonCue cue;
    cue.subject = {w[i].begin, w[subj_end].end};
    cue.form = AsciiLowerCopy(text.substr(cue.subject.begin, cue.subject.size()));
    cue.negated = negated;
    AgreedWith(en, text, w, static_cast<size_t>(v), &cue);
    return cue;
  }
  return std::nullopt;
}

}  // namespace caucus::internal
