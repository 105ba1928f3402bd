// The post pass that drops stances whose cue is not the actor asserting a
// position (the author's call on the actor, a habit, a purpose infinitive).
#include <algorithm>

#include "stance/doc_text.h"
#include "stance/document.h"
#include "word_match.h"

namespace caucus::stance {

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

}  // namespace caucus::stance
