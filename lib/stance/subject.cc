// The subject: the actor list before a predicate, with its "supported by",
// "opposed by" and "on behalf of" lists; actor lists after a preposition.
#include "stance/sentence.h"

namespace caucus::stance {

// The actors of a coordination ending at `last_actor`: "A, B and C".
std::vector<ActorRef> SentenceAnalyzer::ListAt(int last_actor, int stop_left) const {
  std::vector<ActorRef> out;
  int i = last_actor;
  while (i >= stop_left && IsActor(i)) {
    out.push_back({ActorAt(i), "", 1.0});
    int j = i - 1;
    if (IsWord(j, "the")) --j;
    if (IsWord(j, "and") || IsWord(j, "or")) --j;
    if (IsPunct(j, ',')) --j;
    if (IsWord(j, "the")) --j;
    if (j == i - 1 || !IsActor(j)) break;
    i = j;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// The actors listed from i on: "by the US, Sweden and Brazil".
std::vector<ActorRef> SentenceAnalyzer::ListAfter(int i, int e) const {
  std::vector<ActorRef> out;
  bool and_seen = false;
  for (int k = i; k < e; ++k) {
    if (IsActor(k)) {
      out.push_back({ActorAt(k), "", 1.0});
      if (and_seen) break;
      continue;
    }
    if (IsWord(k, "the")) continue;
    if (IsWord(k, "and") || IsWord(k, "or")) {
      and_seen = true;
      continue;
    }
    if (IsPunct(k, ',') && IsActor(k + 1 + (IsWord(k + 1, "the") ? 1 : 0))) continue;
    break;
  }
  return out;
}

// The state of the scan ParseSubject makes over the units before a
// predicate, unit by unit.
struct SentenceAnalyzer::SubjectScan {
  enum Role { kSubj, kWith, kSupp, kOpp };
  struct Item {
    int unit;
    Role role;
    int speaker;  // item index this one speaks for, or -1
    int seg;
  };
  int b = 0, e = 0;  // the region
  int first = 0;     // its first unit that is no punctuation
  std::vector<Item> items;
  Role role = kSubj;
  bool behalf = false, behalf_group = false, and_seen = false, skip = false, dirty = false,
       including = false, list_paren = false;
  int behalf_speaker = -1, behalf_count = 0, seg = 0, last_comma = -1, last_item_unit = -1,
      skip_from = 0, prep_list_end = -1;
  bool prefix = false;
};

// Subject structure of the region [b, e) before a predicate: the subject
// list nearest the predicate, its "supported by" / "opposed by" lists, and
// "for" / "on behalf of" groups attached to any of them.
SentenceAnalyzer::Parse SentenceAnalyzer::ParseSubject(int b, int e) const {
  SubjectScan s;
  s.b = b;
  s.e = e;
  s.first = b;
  while (s.first < e && units_[s.first].kind == UK::kPunct) ++s.first;
  for (int i = b; i < e; ++i) {
    if (s.skip) {
      if (IsPunct(i, ',') || IsPunct(i, ')')) {
        s.skip = false;
        s.last_comma = i;
      }
      continue;
    }
    const UK kind = units_[i].kind;
    if (kind == UK::kPunct) {
      ScanSubjectPunct(&s, i);
    } else if (kind == UK::kActor) {
      ScanSubjectActor(&s, i);
    } else if (kind != UK::kWord || !ScanSubjectWord(&s, &i)) {
      // A content word (or a topic / other entity).
      if (s.list_paren) continue;
      if (!s.items.empty()) s.dirty = true;
      s.role = SubjectScan::kSubj;
      s.behalf = false;
    }
  }
  return SubjectFromScan(s);
}

void SentenceAnalyzer::ScanSubjectPunct(SubjectScan* s, int i) const {
  const char c = units_[i].low[0];
  // A missed sentence break ("consulted by the DoT. We oppose"): what
  // precedes is no subject.
  if (c == '.' && i + 1 < s->e && units_[i + 1].kind != UK::kPunct &&
      text_[units_[i + 1].span.begin] >= 'A' && text_[units_[i + 1].span.begin] <= 'Z' &&
      i > s->b && units_[i - 1].kind == UK::kActor) {
    s->items.clear();
    s->role = SubjectScan::kSubj;
    s->behalf = false;
    s->and_seen = false;
    s->dirty = false;
    s->last_comma = i;
    return;
  }
  // "China, Russia, Saudi Arabia (maybe even Iran)": a bracket right
  // after a list item continues the list.
  if (c == '(' && i - 1 == s->last_item_unit) {
    s->list_paren = true;
    return;
  }
  if (c == ')' && s->list_paren) {
    s->list_paren = false;
    s->last_comma = i;
    return;
  }
  if (c == ',' || c == '(' || c == ')' || c == '-') {
    // ", and the EU" after "for Canada" starts a new subject.
    if (s->behalf &&
        (s->behalf_count == 0 || s->behalf_group || s->and_seen || IsWord(i + 1, "and"))) {
      s->behalf = false;
      s->and_seen = false;
    } else if (!s->behalf && s->role != SubjectScan::kSubj && s->and_seen) {
      s->role = SubjectScan::kSubj;
      s->and_seen = false;
    }
    s->last_comma = i;
  }
}

void SentenceAnalyzer::ScanSubjectActor(SubjectScan* s, int i) const {
  // "Dr. X, Secretary-General of the ITU,": an apposition, one actor.
  if (!s->items.empty() && ActorAt(s->items.back().unit).kind == "person" &&
      s->items.back().unit == i - 2 && IsPunct(i - 1, ',')) {
    return;
  }
  // "a statement to the WTPF emphasizing": objects of prepositions are
  // not subjects.
  // An article and one modifier may stand between ("with the new American
  // administration and we intend"), or a direction adjective alone
  // ("attacks in western Ukraine must stop", english.json compass_endings).
  int pv = i - 1;
  auto compass = [&](int k) {
    return InRange(k) && units_[k].kind == UK::kWord && units_[k].low.size() > 4 &&
           EndsWithOne(units_[k].low, en_.compass_endings);
  };
  if (InList(pv, en_.articles)) {
    --pv;
  } else if ((ModifierShaped(pv) || InList(pv, en_.premodifier_words)) &&
             InList(pv - 1, en_.articles)) {
    pv -= 2;
  } else if (compass(pv)) {
    pv -= 1 + InList(pv - 1, en_.articles);
  }
  bool prep = InList(pv, en_.prepositions);
  // "working with governments": "with" after a verb (see WithMarker).
  prep |= IsWord(pv, "with") && pv > 0 && units_[pv - 1].kind == UK::kWord &&
          !IsWord(pv - 1, "along") && !IsWord(pv - 1, "together");
  // ... and examples of a non-actor object of such a "with" ("worked with
  // partners from all over the world - including civil society, industry
  // and academia - to reaffirm"): up to ten units back, with no actor or
  // clause mark between.
  if (!prep && IsWord(pv, "including")) {
    for (int k = pv - 1; k > 0 && k >= pv - 10; --k) {
      if (IsActor(k) || (units_[k].kind == UK::kPunct && !IsPunct(k, ',') && !IsPunct(k, '-')))
        break;
      if (IsWord(k, "with") && units_[k - 1].kind == UK::kWord && !IsWord(k - 1, "along") &&
          !IsWord(k - 1, "together")) {
        prep = true;
        break;
      }
    }
  }
  // ... and so is the rest of an enumeration it starts ("working with
  // governments, the private sector and academia to promote"): actors
  // joined by commas up to an "and"/"or" and its actor.
  prep |= i <= s->prep_list_end;
  if (prep && !s->behalf) {
    if (!s->items.empty()) s->dirty = true;
    if (i > s->prep_list_end) {
      int j = i + 1, last = i;
      bool and_seen_here = false, comma_seen = false;
      while (j < s->e) {
        if (IsPunct(j, ',') || IsWord(j, "the")) {
          comma_seen |= IsPunct(j, ',') && !and_seen_here;
          ++j;
        } else if (IsWord(j, "and") || IsWord(j, "or")) {
          and_seen_here = true;
          ++j;
        } else if (IsActor(j)) {
          last = j++;
          if (and_seen_here) break;
        } else {
          break;
        }
      }
      // Three or more members: "with the US and we demanded" is no list.
      if (and_seen_here && comma_seen && last > i) s->prep_list_end = last;
    }
    return;
  }
  SubjectScan::Item it{i, s->role, -1, s->seg};
  if (s->behalf) {
    it.speaker = s->behalf_speaker;
    if (s->behalf_count == 0) {
      const std::string_view kind = ActorAt(i).kind;
      s->behalf_group = kind == "group" || kind == "body";
    }
    ++s->behalf_count;
    if (s->behalf_speaker >= 0) it.role = s->items[s->behalf_speaker].role;
  }
  if (s->dirty && !s->including) {
    it.seg = ++s->seg;
  }
  s->dirty = false;
  s->including = false;
  s->items.push_back(it);
  s->last_item_unit = i;
}

bool SentenceAnalyzer::ScanSubjectWord(SubjectScan* s, int* at) const {
  const int i = *at;
  const Unit& u = units_[i];
  int r = 0;
  int me = RoleMarker(i, &r);
  if (me > 0 && (units_[i].low != "and" || r != 0)) {
    s->role = r == 1 ? SubjectScan::kSupp : SubjectScan::kOpp;
    if (i == s->first) s->prefix = true;
    s->behalf = false;
    s->and_seen = false;
    *at = me - 1;
    return true;
  }
  me = BehalfMarker(i);
  if (me > 0 && !s->items.empty()) {
    s->behalf = true;
    s->behalf_speaker = static_cast<int>(s->items.size()) - 1;
    // The last item not itself on behalf of someone speaks.
    while (s->behalf_speaker >= 0 && s->items[s->behalf_speaker].speaker >= 0) --s->behalf_speaker;
    s->behalf_count = 0;
    s->behalf_group = false;
    s->and_seen = false;
    *at = me - 1;
    return true;
  }
  me = WithMarker(i);
  if (me > 0) {
    s->role = s->items.empty() ? SubjectScan::kSubj : SubjectScan::kWith;
    s->behalf = false;
    s->and_seen = false;
    *at = me - 1;
    return true;
  }
  if (u.low == "and" || u.low == "or") {
    s->and_seen = true;
    return true;
  }
  if (u.low == "the") return true;
  // "other allies including Australia", "countries like Ghana and Mali":
  // the examples belong to the list before them.
  if ((u.low == "including" || u.low == "like" || MatchStr(i, {"such", "as"}) > 0) &&
      !s->items.empty() && IsActor(i + 1 + (IsWord(i + 1, "as") ? 1 : 0))) {
    s->including = true;
    return true;
  }
  // An all-caps word in a list is an actor the dictionaries missed
  // ("MARSHALLISLANDS"), not a break in the list.
  if (u.span.size() >= 3 && IsPunct(i - 1, ',') &&
      std::all_of(text_.begin() + u.span.begin, text_.begin() + u.span.end,
                  [](char c) { return c >= 'A' && c <= 'Z'; }))
    return true;
  if ((u.low == "which" || u.low == "who" || u.low == "whom") && IsPunct(i - 1, ',')) {
    s->skip = true;
    s->skip_from = i + 1;
    return true;
  }
  return false;
}

// Whether only a few glue words (adverbs, auxiliaries, "appeared to") stand
// between the subject and the predicate, from unit `from` to the region's
// end; a parenthetical before `from` may intervene.
bool SentenceAnalyzer::SubjectGlueOk(const SubjectScan& s, int from) const {
  // "Russia's neighbours are concerned": the possessive names whose
  // neighbours (english.json possessed_others), not the subject.
  if (IsWord(from, "'s") && from + 1 < s.e && InList(from + 1, en_.possessed_others)) return false;
  int words = 0;
  for (int k = from; k < s.e; ++k) {
    if (units_[k].kind == UK::kActor) return false;
    if (units_[k].kind == UK::kPunct && units_[k].low != "\"") return false;
    // A determiner starts a new noun phrase: "..., this proposal raised".
    std::string_view w = units_[k].low;
    // ... but not a predicate noun: "Malaysia is (not) a signatory of", "X has
    // (always) been a strong advocate of", "will be a supporter of".
    const bool predicate =
        (w == "a" || w == "an") && k > 0 && InList(k - 1, en_.predicate_noun_verbs);
    if (en_.noun_phrase_determiners.Contains(w) && !predicate) return false;
    // "X pushed back on ..., and others urged": after a clause of X's own,
    // "others" is a new subject ("X, Y, and others urged" is one list).
    if (IsSubjectPronoun(k) && s.last_comma > s.last_item_unit + (IsWord(k, "others") ? 1 : 0))
      return false;
    ++words;
  }
  return words <= 6;
}

SentenceAnalyzer::Parse SentenceAnalyzer::SubjectFromScan(SubjectScan& s) const {
  using Item = SubjectScan::Item;
  std::vector<Item>& items = s.items;
  Parse p;
  // "Supported by A, B and C, X proposed": the list after the last comma is
  // the subject.
  if (s.prefix) {
    for (Item& it : items) {
      if (it.unit > s.last_comma && it.speaker < 0) it.role = SubjectScan::kSubj;
    }
    for (Item& it : items) {
      if (it.speaker >= 0) it.role = items[it.speaker].role;
    }
  }
  if (s.skip) {
    // The relative clause runs up to the predicate, so the predicate is
    // its own: "sanctions, which we reject" has the subject "we".
    for (int k = s.e - 1; k >= s.skip_from; --k) {
      if (!IsActor(k)) continue;
      p.subjects = {{ActorAt(k), "", 1.0}};
      p.subject_end = k + 1;
      p.ok = true;
      return p;
    }
  }
  int best_seg = -1;
  for (const Item& it : items) {
    if ((it.role == SubjectScan::kSubj || it.role == SubjectScan::kWith) && it.speaker < 0)
      best_seg = std::max(best_seg, it.seg);
  }
  if (best_seg < 0) return p;
  // Between the subject and the predicate only a few glue words may stand
  // (adverbs, auxiliaries, "appeared to"), unless a parenthetical intervenes.
  // The objects of "worked with A, B and C to promote" are part of the
  // predicate: the glue starts after them.
  const int glue_from =
      s.skip ? s.e : std::max({s.last_item_unit + 1, s.last_comma + 1, s.prep_list_end + 1});
  if (!SubjectGlueOk(s, glue_from)) return p;
  bool first_subject = true;
  for (size_t k = 0; k < items.size(); ++k) {
    const Item& it = items[k];
    const Item& head = it.speaker >= 0 ? items[it.speaker] : it;
    if (head.seg != best_seg && head.role != SubjectScan::kSupp && head.role != SubjectScan::kOpp)
      continue;
    ActorRef a{ActorAt(it.unit), "", 1.0};
    if (it.speaker >= 0) {
      a.via = "on-behalf-of";
      a.conf = 0.9;
    }
    switch (it.role) {
      case SubjectScan::kSubj:
      case SubjectScan::kWith:
        if (it.role == SubjectScan::kWith && !first_subject && a.via.empty()) a.via = "with";
        first_subject = false;
        p.subjects.push_back(a);
        p.subject_end = std::max(p.subject_end, it.unit + 1);
        break;
      case SubjectScan::kSupp:
        if (a.via.empty()) a.via = "supported-by";
        a.conf = 0.9;
        p.supporters.push_back(a);
        break;
      case SubjectScan::kOpp:
        if (a.via.empty()) a.via = "opposed-by";
        a.conf = 0.9;
        p.opposers.push_back(a);
        break;
    }
  }
  // "Dr. X, Secretary-General of the ITU,": an apposition names one person.
  for (size_t k = 1; k < p.subjects.size();) {
    if (p.subjects[k].actor.kind == "person" && p.subjects[k - 1].actor.kind == "person") {
      p.subjects.erase(p.subjects.begin() + k);
    } else {
      ++k;
    }
  }
  p.ok = !p.subjects.empty();
  return p;
}

}  // namespace caucus::stance
