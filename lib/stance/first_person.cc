// First-person speech that takes a position: the subject ("we", "my
// delegation") and a stance verb within a few words of it.
#include "stance/first_person.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "word_match.h"

namespace caucus::internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Word {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string low;     // ASCII lower-cased
  bool punct = false;  // a clause mark: , ; : ( ) and dashes
};

std::vector<Word> Words(std::string_view text, Span s) {
  std::vector<Word> out;
  uint32_t i = s.begin;
  while (i < s.end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (isalnum(c) || c >= 0x80 || c == '\'') {
      uint32_t j = i;
      while (j < s.end) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        // Typographic apostrophe (U+2019) stays inside a word: "can’t".
        if (d == 0xE2 && j + 2 < s.end && static_cast<unsigned char>(text[j + 1]) == 0x80 &&
            static_cast<unsigned char>(text[j + 2]) == 0x99) {
          j += 3;
          continue;
        }
        if (d == 0xE2) break;  // other punctuation in U+2000..U+206F (dashes, quotes)
        if (!(isalnum(d) || d >= 0x80 || d == '\'' || d == '-')) break;
        ++j;
      }
      if (j == i) {
        i += 3;
        continue;
      }
      Word w{i, j, Lower(text.substr(i, j - i)), false};
      size_t apos;
      while ((apos = w.low.find("\xE2\x80\x99")) != std::string::npos) w.low.replace(apos, 3, "'");
      out.push_back(std::move(w));
      i = j;
    } else {
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '!' ||
          c == '?') {
        out.push_back({i, i + 1, std::string(1, static_cast<char>(c)), true});
      } else if (c == 0xE2 && i + 2 < s.end && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(text[i + 2]) == 0x93 ||
                  static_cast<unsigned char>(text[i + 2]) == 0x94)) {
        out.push_back({i, i + 3, "-", true});
        i += 3;
        continue;
      }
      ++i;
    }
  }
  return out;
}

bool IsStanceVerb(const std::string& w) {
  return In(w, {"support",   "supports",   "oppose",    "opposes",    "agree",        "agrees",
                "disagree",  "disagrees",  "welcome",   "welcomes",   "endorse",      "endorses",
                "favour",    "favor",      "reject",    "rejects",    "accept",       "accepts",
                "propose",   "proposes",   "call",      "calls",      "urge",         "urges",
                "insist",    "insists",    "share",     "shares",     "join",         "joins",
                "associate", "associates", "object",    "objects",    "prefer",       "prefers",
                "suggest",   "suggests",   "recommend", "recommends", "back",         "backs",
                "align",     "aligns",     "echo",      "echoes",     "second",       "seconds",
                "concur",    "concurs",    "reiterate", "reiterates", "believe",      "believes",
                "consider",  "considers",  "think",     "thinks",     "request",      "requests",
                "favours",   "favors",     "oppose",    "resist",     "resists",      "emphasize",
                "emphasise", "stress",     "stresses",  "underline",  "underlines",   "want",
                "wants",     "need",       "needs",     "endorsed",   "supported",    "opposed",
                "committed", "against",    "concerned", "convinced",  "reservations", "concerns",
                "objection", "objections", "prefers",   "proposed",   "welcomed",     "agreed",
                "rejected",  "accepted"});
}

// Words that may stand between a subject and its verb: "we would therefore
// strongly like to support", "my delegation cannot accept".
bool IsFiller(const std::string& w) {
  return In(w, {"would",    "will",         "can",
                "could",    "should",       "must",
                "shall",    "do",           "does",
                "did",      "not",          "also",
                "fully",    "strongly",     "therefore",
                "firmly",   "really",       "like",
                "to",       "wish",         "are",
                "is",       "am",           "have",
                "has",      "remain",       "remains",
                "very",     "continue",     "continues",
                "still",    "cannot",       "can't",
                "won't",    "don't",        "doesn't",
                "never",    "hereby",       "thus",
                "too",      "further",      "all",
                "both",     "certainly",    "clearly",
                "indeed",   "therefore",    "equally",
                "again",    "once",         "wholeheartedly",
                "entirely", "completely",   "in",
                "be",       "been",         "deeply",
                "highly",   "totally",      "just",
                "simply",   "particularly", "always",
                "once",     "not",          "'d",
                "'ll",      "we'd",         "i'd",
                "we'll",    "i'll",         "quite",
                "a",        "some",         "serious",
                "strong",   "absolutely",   "therefore",
                "however",  "hence",        "respectfully",
                "kindly",   "now",          "thus",
                "firmly",   "consistently"});
}

bool IsNegation(const std::string& w) {
  return In(w, {"not", "cannot", "can't", "won't", "don't", "doesn't", "never", "no", "didn't",
                "couldn't", "wouldn't", "shouldn't"});
}

// Skips openers of the agreed-with actor: "the distinguished delegate of",
// "the statement made by", "what was said by".
size_t SkipToActor(const std::vector<Word>& w, size_t i) {
  static const char* const kSkip[] = {"the",
                                      "distinguished",
                                      "honourable",
                                      "honorable",
                                      "delegate",
                                      "delegates",
                                      "delegation",
                                      "representative",
                                      "representatives",
                                      "colleague",
                                      "colleagues",
                                      "of",
                                      "from",
                                      "by",
                                      "statement",
                                      "statements",
                                      "made",
                                      "delivered",
                                      "proposal",
                                      "proposals",
                                      "comments",
                                      "comment",
                                      "views",
                                      "view",
                                      "expressed",
                                      "position",
                                      "what",
                                      "was",
                                      "said",
                                      "my",
                                      "our",
                                      "dear",
                                      "good",
                                      "friend",
                                      "friends",
                                      "esteemed",
                                      "intervention",
                                      "remarks",
                                      "point",
                                      "points",
                                      "raised",
                                      "ambassador"};
  while (i < w.size() && !w[i].punct &&
         std::any_of(std::begin(kSkip), std::end(kSkip),
                     [&](const char* s) { return w[i].low == s; })) {
    ++i;
  }
  return i;
}

}  // namespace

std::optional<FirstPersonCue> FindFirstPersonStance(std::string_view text, Span sentence) {
  sentence.end = std::min<uint32_t>(sentence.end, static_cast<uint32_t>(text.size()));
  if (sentence.begin >= sentence.end) return std::nullopt;
  std::string_view s = Trim(text.substr(sentence.begin, sentence.size()));
  // A question takes no position: "Can we agree with this?"
  if (!s.empty() && s.back() == '?') return std::nullopt;
  std::vector<Word> w = Words(text, sentence);

  for (size_t i = 0; i < w.size(); ++i) {
    size_t subj_end = i;  // last word of the subject
    if (w[i].punct) continue;
    if (w[i].low == "we" || w[i].low == "i" || w[i].low == "we're" || w[i].low == "i'm") {
      // "I" in "Annex I" or "Article I" is a numeral, not the speaker.
      if (w[i].low == "i" && text[w[i].begin] != 'I') continue;
      if (w[i].low == "i" && i > 0 &&
          In(w[i - 1].low, {"annex", "article", "chapter", "part", "section", "appendix", "phase",
                            "title", "volume", "schedule", "resolution", "category", "class", "war",
                            "group", "committee", "commission", "sector", "study"})) {
        continue;
      }
    } else if ((w[i].low == "my" || w[i].low == "our") && i + 1 < w.size() &&
               In(w[i + 1].low,
                  {"delegation", "country",      "government", "group",        "administration",
                   "ministry",   "state",        "nation",     "organization", "organisation",
                   "region",     "constituency", "party",      "union",        "member",
                   "members",    "states",       "countries",  "governments",  "delegations"})) {
      subj_end = i + 1;
    } else {
      continue;
    }
    FirstPersonCue cue;
    cue.subject = {w[i].begin, w[subj_end].end};
    cue.form = Lower(text.substr(cue.subject.begin, cue.subject.size()));
    bool possessive = subj_end > i;
    // The verb: within a few words of the subject, in the same clause.
    size_t v = subj_end + 1;
    size_t fillers = 0;
    bool negated = false;
    while (v < w.size() && !w[v].punct && fillers < 6 && !IsStanceVerb(w[v].low)) {
      if (!IsFiller(w[v].low)) break;
      if (IsNegation(w[v].low)) negated = true;
      ++fillers;
      ++v;
    }
    bool found = v < w.size() && !w[v].punct && IsStanceVerb(w[v].low);
    if (!found && possessive) {
      // "This text cannot be accepted by my delegation": a possessive subject
      // anywhere with a stance verb anywhere in the sentence.
      for (size_t k = 0; k < w.size(); ++k) {
        if (k >= i && k <= subj_end) continue;
        if (IsNegation(w[k].low)) negated = true;
        if (IsStanceVerb(w[k].low) ||
            In(w[k].low, {"accepted", "supported", "opposed", "rejected", "endorsed"})) {
          found = true;
          v = k;
          break;
        }
      }
    }
    if (!found) continue;
    cue.negated = negated;
    // The actor agreed with: "agree with Iran", "support the proposal of
    // Brazil", "join the previous speakers", "associate ourselves with the
    // statement made by Egypt".
    size_t a = v + 1;
    while (a < w.size() && !w[a].punct &&
           In(w[a].low, {"myself", "ourselves", "itself", "my", "delegation", "fully", "entirely",
                         "also", "completely", "wholeheartedly"})) {
      ++a;
    }
    if (a < w.size() && In(w[a].low, {"with", "to"})) ++a;
    if (In(w[v].low,
           {"agree",      "agrees",  "support", "supports", "join",    "joins",    "associate",
            "associates", "align",   "aligns",  "echo",     "echoes",  "second",   "seconds",
            "concur",     "concurs", "share",   "shares",   "endorse", "endorses", "back"})) {
      size_t k = SkipToActor(w, a);
      bool prev = false;
      for (size_t m = a; m < std::min(w.size(), k + 3); ++m) {
        if (In(w[m].low, {"previous", "preceding", "other", "earlier"}) && m + 1 < w.size() &&
            In(w[m + 1].low, {"speaker", "speakers", "delegations", "delegates", "colleagues"})) {
          prev = true;
          cue.agrees_with = {w[a].begin, w[m + 1].end};
          break;
        }
      }
      cue.previous_speakers = prev;
      if (!prev && k < w.size() && !w[k].punct &&
          isupper(static_cast<unsigned char>(text[w[k].begin]))) {
        size_t e = k;
        while (e + 1 < w.size() && !w[e + 1].punct &&
               (isupper(static_cast<unsigned char>(text[w[e + 1].begin])) ||
                In(w[e + 1].low, {"of", "the", "and"})) &&
               e - k < 6) {
          ++e;
        }
        while (e > k && In(w[e].low, {"of", "the", "and"})) --e;
        cue.agrees_with = {w[k].begin, w[e].end};
      }
    }
    return cue;
  }
  return std::nullopt;
}

}  // namespace caucus::internal
