// The debate pass: parliamentary debates read without a turns layer, and the
// turns that speak for a body (the Commission, the Council, a committee).
#include <algorithm>

#include "caucus/turns.h"
#include "cues.h"
#include "stance/doc_text.h"
#include "stance/document.h"
#include "stance/entity_index.h"
#include "word_match.h"

namespace caucus::stance {

namespace {

// The first government or body entity (or the org of a person with one)
// whose span lies in [b, e), or nullptr.
const EntityView* FirstActorIn(const std::vector<EntityView>& ents, uint32_t b, uint32_t e) {
  auto it = std::lower_bound(ents.begin(), ents.end(), b,
                             [](const EntityView& x, uint32_t pos) { return x.span.begin < pos; });
  for (; it != ents.end() && it->span.begin < e; ++it) {
    if (it->span.end > e) continue;
    if (it->kind == "government" || it->kind == "body") return &*it;
    if (it->kind == "person" && SpeaksForOrg(*it)) return &*it;
  }
  return nullptr;
}

DocSpeaker SpeakerOf(const EntityView& e, const EntityIds& ids) {
  if (e.kind == "person") return SpeakerFromId(e.org, "", ids);
  return SpeakerFromId(e.id, e.kind, ids);
}

// Occurrences of `needle` in text[b, e).
int CountIn(std::string_view text, uint32_t b, uint32_t e, std::string_view needle) {
  int n = 0;
  std::string_view t = text.substr(b, e - b);
  for (size_t p = t.find(needle); p != std::string_view::npos; p = t.find(needle, p + 1)) ++n;
  return n;
}

// The actor named right after "on behalf of (the)" at the start of a turn
// when the speaker announces for whom they speak: the phrase opens a
// sentence after at most an address ("Mr President, on behalf of the
// Commission, I ...") or follows a verb of speaking ("I speak on behalf of").
const EntityView* BehalfActor(const internal::EnglishWords& en, std::string_view text,
                              const std::vector<EntityView>& ents, uint32_t b, uint32_t e) {
  e = std::min<uint32_t>(e, b + 400);
  std::string_view t = text.substr(b, e - b);
  for (size_t p = t.find("on behalf of"); p != std::string_view::npos;
       p = t.find("on behalf of", p + 1)) {
    size_t sb = p;
    while (sb > 0 && t[sb - 1] != '.' && t[sb - 1] != '\n' && t[sb - 1] != '!') --sb;
    std::vector<Word> w =
        Words(text, {b + static_cast<uint32_t>(sb), b + static_cast<uint32_t>(p)});
    bool ok = !w.empty() && In(w.back().low, {"speak", "speaking", "speaks", "spoke"});
    if (!ok) {
      ok = true;
      for (const Word& x : w) ok &= en.debate_address_words.Contains(x.low);
    }
    if (!ok) continue;
    uint32_t nb = b + static_cast<uint32_t>(p) + 13;
    if (text.substr(nb, 4) == "the ") nb += 4;
    const EntityView* a = FirstActorIn(ents, nb, std::min<uint32_t>(e, nb + 120));
    if (a && a->span.begin == nb) return a;
  }
  return nullptr;
}

// A line that opens a member's turn by addressing the chair: "Mr President
// ,", "-- Madam President:", "Mr President-in-Office ,", "Mr Commissioner ,".
// Whether `pre` is a chair title and a space ("Mr ").
bool IsTitle(const internal::EnglishWords& en, std::string_view pre) {
  for (const std::string& title : en.chair_titles.words())
    if (pre.size() == title.size() + 1 && pre.back() == ' ' && pre.substr(0, title.size()) == title)
      return true;
  return false;
}

bool AddressOpening(const internal::EnglishWords& en, std::string_view line) {
  while (!line.empty() && (line.front() == '-' || line.front() == ' ')) line.remove_prefix(1);
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (line.substr(0, dash.size()) == dash) line.remove_prefix(dash.size());
  }
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  for (const std::string& t : en.chair_titles.words()) {
    if (line.size() <= t.size() || line.substr(0, t.size()) != t || line[t.size()] != ' ') continue;
    std::string_view rest = line.substr(t.size() + 1);
    for (std::string_view who : {"President-in-Office", "President", "Commissioner"}) {
      if (rest.substr(0, who.size()) != who) continue;
      size_t q = who.size();
      while (q < rest.size() && rest[q] == ' ') ++q;
      if (q >= rest.size() || rest[q] == ',' || rest[q] == ':' || rest[q] == '!' ||
          rest[q] == '.' || rest[q] == '\r')
        return true;
    }
  }
  return false;
}

// Turns of a debate, found line by line without the transcript parser's
// regular expressions: a chair's line ("The next item is", "The debate is
// closed", "President. - "), a labelled speaker ("Name (GROUP). - ...",
// "Liikanen, Member of the Commission. - ...") or an address to the chair
// opens a turn, which runs to the next one. `speaker` holds the label.
std::vector<Turn> DebateTurns(const internal::EnglishWords& en, std::string_view text) {
  std::vector<Turn> turns;
  const uint32_t body = FrontMatterEnd(text);
  size_t b = body;
  while (b < text.size()) {
    size_t e = LineEnd(text, b);
    std::string_view line = text.substr(b, e - b);
    Turn t;
    bool opens = false;
    size_t lab = line.substr(0, 160).find(". \xE2\x80\x93 ");
    if (lab == std::string_view::npos) lab = line.substr(0, 160).find(".\xE2\x80\x93 ");
    if (line.rfind("The next item is", 0) == 0 || line.rfind("The debate is closed", 0) == 0 ||
        line.rfind("The vote will take place", 0) == 0) {
      t.role = "chair";
      opens = true;
    } else if (lab != std::string_view::npos && !line.empty() && IsUpper(line[0])) {
      t.speaker = std::string(line.substr(0, lab));
      t.role = t.speaker == "President" || t.speaker == "The President" ? "chair" : "delegate";
      opens = true;
    } else if (AddressOpening(en, line)) {
      t.role = "delegate";
      opens = true;
    }
    if (opens) {
      if (!turns.empty()) turns.back().span.end = static_cast<uint32_t>(b);
      t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(text.size())};
      turns.push_back(std::move(t));
    }
    b = e + 1;
  }
  return turns;
}

}  // namespace

bool ParliamentSpeakers(const internal::Lexicon& lex, std::string_view text,
                        const std::vector<Sentence>& sents, const std::vector<EntityView>& ents,
                        std::vector<DocSpeaker>* speakers, std::vector<int>* per_sentence) {
  const internal::EnglishWords& en = lex.english;
  // Cheap gate: a debate opens at least two turns by addressing its chair at
  // the start of a line ("Mr President ,", "-- Madam President:"), or has
  // at least two speaker labels ("Name (GROUP). - "). Wrapped prose has
  // lines that start with "President" too: the address word is needed.
  int openings = 0;
  for (size_t p = text.find("President"); p != std::string_view::npos && openings < 2;
       p = text.find("President", p + 9)) {
    size_t b = p;
    while (b > 0 && p - b <= 14 && text[b - 1] != '\n') --b;
    if (b > 0 && text[b - 1] != '\n') continue;
    std::string_view pre = text.substr(b, p - b);
    while (!pre.empty() && (pre.front() == '-' || pre.front() == ' ')) pre.remove_prefix(1);
    if (pre.substr(0, 3) == "\xE2\x80\x93" || pre.substr(0, 3) == "\xE2\x80\x94") {
      pre.remove_prefix(3);
      while (!pre.empty() && pre.front() == ' ') pre.remove_prefix(1);
    }
    const size_t after = p + 9;
    size_t q = after;
    while (q < text.size() && text[q] == ' ') ++q;
    const bool punct = q < text.size() && (text[q] == ',' || text[q] == ':' || text[q] == '!' ||
                                           text[q] == '.' || text[q] == '\n');
    if (punct && IsTitle(en, pre)) ++openings;
  }
  // A label: ". - " within 160 bytes of a line start that is a capital
  // ("Carraro (PSE), rapporteur. - ", "Liikanen, Member of the Commission. - ").
  for (size_t p = text.find(". \xE2\x80\x93 "); p != std::string_view::npos && openings < 2;
       p = text.find(". \xE2\x80\x93 ", p + 5)) {
    size_t b = p;
    while (b > 0 && p - b < 160 && text[b - 1] != '\n') --b;
    if ((b == 0 || text[b - 1] == '\n') && IsUpper(static_cast<unsigned char>(text[b]))) ++openings;
  }
  if (openings < 2) return false;
  const EntityIds ids(ents, lex);
  std::vector<Turn> turns = DebateTurns(en, text);
  std::vector<int> turn_speaker(turns.size(), -1);
  auto add = [&](size_t i, const EntityView& e) {
    DocSpeaker s = SpeakerOf(e, ids);
    s.official = true;
    speakers->push_back(s);
    turn_speaker[i] = static_cast<int>(speakers->size()) - 1;
  };
  const EntityView* rapporteur_for = nullptr;  // the committee of the report just announced
  for (size_t i = 0; i < turns.size(); ++i) {
    const Turn& t = turns[i];
    if (t.role == "chair") {
      // "The next item is the report by Mr X, on behalf of the Committee on ...":
      // the rapporteur speaks first, for the committee.
      rapporteur_for = nullptr;
      // The announcement is the chair's line ("President. - The next item is ...").
      const uint32_t se =
          std::min<uint32_t>(t.span.end, static_cast<uint32_t>(LineEnd(text, t.span.begin)));
      std::string_view head = text.substr(t.span.begin, se - t.span.begin);
      size_t r = head.find("report");
      size_t ob = head.find("on behalf of");
      if (r != std::string_view::npos && ob != std::string_view::npos && r < ob) {
        uint32_t nb = t.span.begin + static_cast<uint32_t>(ob) + 13;
        if (text.substr(nb, 4) == "the ") nb += 4;
        const EntityView* c = FirstActorIn(ents, nb, se);
        if (c && c->span.begin == nb && c->kind == "body") rapporteur_for = c;
      }
      continue;
    }
    // A speaker label: "Liikanen, Member of the Commission. -", "X, President-in-Office of
    // the Council. -".
    if (!t.speaker.empty()) {
      uint32_t le = std::min<uint32_t>(t.span.end, t.span.begin + t.speaker.size());
      if (const EntityView* a = FirstActorIn(ents, t.span.begin, le)) {
        add(i, *a);
        rapporteur_for = nullptr;
        continue;
      }
    }
    if (const EntityView* a = BehalfActor(en, text, ents, t.span.begin, t.span.end)) {
      add(i, *a);
      rapporteur_for = nullptr;
      continue;
    }
    if (rapporteur_for) {
      add(i, *rapporteur_for);
      rapporteur_for = nullptr;
      continue;
    }
    // The Commission's reply: speaks of "the Commission" and of "Parliament's
    // report" or thanks the House for the debate, and never of a Commissioner
    // (members address or name the Commissioner).
    if (CountIn(text, t.span.begin, t.span.end, "Commissioner") > 0) continue;
    if (CountIn(text, t.span.begin, t.span.end, "the Commission ") +
            CountIn(text, t.span.begin, t.span.end, "The Commission ") <
        2)
      continue;
    bool reply = false;
    for (const std::string& phrase : en.commission_reply_phrases.words())
      reply |= CountIn(text, t.span.begin, t.span.end, phrase) > 0;
    if (!reply) continue;
    // The first mention of the Commission in the turn (entities sorted by span).
    auto e = std::lower_bound(ents.begin(), ents.end(), t.span.begin,
                              [](const EntityView& x, uint32_t pos) { return x.span.begin < pos; });
    for (; e != ents.end() && e->span.begin <= t.span.end; ++e) {
      if (e->id == "European Commission" && e->span.end <= t.span.end) {
        add(i, *e);
        break;
      }
    }
  }
  if (speakers->empty()) return false;
  per_sentence->assign(sents.size(), -1);
  for (size_t si = 0; si < sents.size(); ++si) {
    std::optional<size_t> t = TurnAt(turns, sents[si].span.begin);
    if (t) (*per_sentence)[si] = turn_speaker[*t];
  }
  return true;
}

}  // namespace caucus::stance
