// The post pass that drops stances whose cue is not the actor asserting a
// position (the author's call on the actor, a habit, a purpose infinitive).
// Each test reads the words between the actor and the target (`r`).
#include <algorithm>

#include "stance/doc_text.h"
#include "stance/document.h"
#include "word_match.h"

namespace caucus::stance {
namespace {

using internal::EnglishWords;

// A call to explain, understand or reassure is no policy position: "seeks to
// explain the treaty", "asked to clarify its view" (any actor).
bool CallToExplain(const EnglishWords& en, std::string_view text, const Stance& st) {
  if (st.act != "call-for" || st.target.span.size() == 0) return false;
  thread_local std::vector<Word> t;        // reused: one cut per stance
  WordsInto(text, st.target.span, &t, 2);  // the first two words are read
  return t.size() >= 2 && t[0].low == "to" && en.explain_verbs.Contains(t[1].low);
}

// The cue is in a relative clause with a subject of its own: "Cuba has
// endured a blockade, which the majority of states demanded be lifted".
bool RelativeClauseOwnSubject(const EnglishWords& en, std::string_view text, const Stance& st,
                              const std::vector<Word>& r) {
  for (size_t k = 1; k + 2 < r.size() && k < 30; ++k) {
    if (!In(r[k].low, {"which", "whom", "that"}) ||
        !en.relative_subject_determiners.Contains(r[k + 1].low))
      continue;
    std::string_view before = text.substr(r[k - 1].e, r[k].b - r[k - 1].e);
    std::string_view after = text.substr(r[k].e, st.target.span.begin - r[k].e);
    if (before.find(',') != std::string_view::npos && after.find(',') == std::string_view::npos)
      return true;
  }
  return false;
}

// The author's call on a third party, not the party's position: "the W3C
// needs to embrace", "India should support", "Brazil must propose"; not a
// nominal cue of the actor's own ("India must withdraw its proposal").
bool AuthorsCall(const std::vector<Word>& r) {
  bool possessive = false;
  for (const Word& y : r) possessive |= In(y.low, {"its", "their", "his", "her"});
  for (size_t k = 0; k + 1 < r.size() && !possessive; ++k) {
    LowerWord y = r[k].low;
    if (In(y, {"must", "should", "ought"}) ||
        (In(y, {"need", "needs", "has", "have"}) && r[k + 1].low == "to"))
      return true;
  }
  return false;
}

// A habit, not a position: "the ITU usually agrees decisions by consensus".
bool Habit(const EnglishWords& en, const std::vector<Word>& r) {
  for (const Word& y : r)
    if (en.habit_adverbs.Contains(y.low)) return true;
  return false;
}

// The cue's subject is a relative pronoun after the actor: "calls on all
// States to support the appeal, which calls for ...", "sanctions, which we
// reject"; not a relative clause inside the subject ("Russia and its
// supporters, which include ..., want") nor one on a class the actors are in
// ("Russia and the UAE among countries which signed").
bool RelativePronounSubject(const EnglishWords& en, std::string_view text, const Stance& st,
                            const std::vector<Word>& r) {
  for (size_t k = r.size() > 4 ? r.size() - 4 : 1; k < r.size(); ++k) {
    if (k == 0 || !In(r[k].low, {"which", "whom"})) continue;
    // A comma closes the relative clause before the cue.
    if (text.substr(r[k].e, st.target.span.begin - r[k].e).find(',') != std::string_view::npos)
      continue;
    if (!en.class_nouns.Contains(r[k - 1].low)) return true;
  }
  return false;
}

// A purpose infinitive after a noun the actor modifies: "a private sector
// network to support the work of the EU".
bool PurposeInfinitive(const EnglishWords& en, const std::vector<Word>& r) {
  return r.size() >= 3 && r[1].low == "to" && !en.to_complement_heads.Contains(r[0].low) &&
         !(r[0].low.size() > 3 &&
           (r[0].low.back() == 's' || r[0].low.ends_with("ed") || r[0].low.ends_with("ly")));
}

// A generic present-tense claim about a class: "when private companies support ...".
bool GenericClaim(std::string_view text, const Stance& st) {
  if (st.actor.kind != "group") return false;
  std::vector<Word> before =
      Words(text, {st.actor.span.begin > 24 ? st.actor.span.begin - 24 : 0, st.actor.span.begin});
  return !before.empty() && In(before.back().low, {"when", "whenever"});
}

// An act forced on the actor, its cue right after "to" and a word of
// coercion at most three words before it: "forcing us to adopt emergency
// measures", "we were forced to accept the terms" (english.json
// coercion_words). Any actor, the speaker too.
bool CoercedAct(const EnglishWords& en, std::string_view text, const Stance& st) {
  if (st.target.span.size() == 0 || st.span.begin >= st.target.span.begin) return false;
  const uint32_t from = st.span.begin > 24 ? st.span.begin - 24 : 0;
  thread_local std::vector<Word> r;  // reused: one cut per stance
  WordsInto(text, {from, st.target.span.begin}, &r);
  if (r.size() < 3 || r[r.size() - 2].low != "to") return false;
  for (size_t k = r.size() - 2; k > 0 && r.size() - 2 - k < 3; --k)
    if (en.coercion_words.Contains(r[k - 1].low)) return true;
  return false;
}

bool NonAssertion(const EnglishWords& en, std::string_view text, const Stance& st) {
  if (CallToExplain(en, text, st)) return true;
  if (CoercedAct(en, text, st)) return true;
  // First person (the document speaker, a turn) and list roles keep their stance.
  if (!st.via.empty() && st.via != "coreference" && st.via != "role" && st.via != "office")
    return false;
  if (st.actor.span.size() == 0 || st.target.span.size() == 0) return false;
  if (st.target.span.begin <= st.actor.span.end) return false;
  // First person (a speaker's "we", marked as such only later) is no third party.
  thread_local std::vector<Word> a;       // reused: one cut per stance
  WordsInto(text, st.actor.span, &a, 1);  // its first word is read
  if (!a.empty() && In(a[0].low, {"we", "i", "my", "our"})) return false;
  thread_local std::vector<Word> r;  // reused: one cut per stance
  WordsInto(text, {st.actor.span.end, st.target.span.begin}, &r);
  if (RelativeClauseOwnSubject(en, text, st, r)) return true;
  if (r.empty() || r.size() > 12) return false;
  return AuthorsCall(r) || Habit(en, r) || RelativePronounSubject(en, text, st, r) ||
         PurposeInfinitive(en, r) || GenericClaim(text, st);
}

}  // namespace

void DropNonAssertions(const internal::EnglishWords& en, std::string_view text,
                       std::vector<Stance>* stances) {
  stances->erase(std::remove_if(stances->begin(), stances->end(),
                                [&](const Stance& st) { return NonAssertion(en, text, st); }),
                 stances->end());
}

}  // namespace caucus::stance
