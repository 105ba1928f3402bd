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

// Subject structure of the region [b, e) before a predicate: the subject
// list nearest the predicate, its "supported by" / "opposed by" lists, and
// "for" / "on behalf of" groups attached to any of them.
SentenceAnalyzer::Parse SentenceAnalyzer::ParseSubject(int b, int e) const {
  enum Role { kSubj, kWith, kSupp, kOpp };
  struct Item {
    int unit;
    Role role;
    int speaker;  // item index this one speaks for, or -1
    int seg;
  };
  std::vector<Item> items;
  Role role = kSubj;
  bool behalf = false, behalf_group = false, and_seen = false, skip = false, dirty = false,
       including = false, list_paren = false;
  int behalf_speaker = -1, behalf_count = 0, seg = 0, last_comma = -1, last_item_unit = -1,
      skip_from = 0, prep_list_end = -1;
  bool prefix = false;
  int first = b;
  while (first < e && units_[first].kind == UK::kPunct) ++first;
  for (int i = b; i < e; ++i) {
    const Unit& u = units_[i];
    if (skip) {
      if (IsPunct(i, ',') || IsPunct(i, ')')) {
        skip = false;
        last_comma = i;
      }
      continue;
    }
    if (u.kind == UK::kPunct) {
      char c = u.low[0];
      // A missed sentence break ("consulted by the DoT. We oppose"): what
      // precedes is no subject.
      if (c == '.' && i + 1 < e && units_[i + 1].kind != UK::kPunct &&
          text_[units_[i + 1].span.begin] >= 'A' && text_[units_[i + 1].span.begin] <= 'Z' &&
          i > b && units_[i - 1].kind == UK::kActor) {
        items.clear();
        role = kSubj;
        behalf = false;
        and_seen = false;
        dirty = false;
        last_comma = i;
        continue;
      }
      // "China, Russia, Saudi Arabia (maybe even Iran)": a bracket right
      // after a list item continues the list.
      if (c == '(' && i - 1 == last_item_unit) {
        list_paren = true;
        continue;
      }
      if (c == ')' && list_paren) {
        list_paren = false;
        last_comma = i;
        continue;
      }
      if (c == ',' || c == '(' || c == ')' || c == '-') {
        // ", and the EU" after "for Canada" starts a new subject.
        if (behalf && (behalf_count == 0 || behalf_group || and_seen || IsWord(i + 1, "and"))) {
          behalf = false;
          and_seen = false;
        } else if (!behalf && role != kSubj && and_seen) {
          role = kSubj;
          and_seen = false;
        }
        last_comma = i;
      }
      continue;
    }
    if (u.kind == UK::kActor) {
      // "Dr. X, Secretary-General of the ITU,": an apposition, one actor.
      if (!items.empty() && ActorAt(items.back().unit).kind == "person" &&
          items.back().unit == i - 2 && IsPunct(i - 1, ',')) {
        continue;
      }
      // "a statement to the WTPF emphasizing": objects of prepositions are
      // not subjects.
      int pv = IsWord(i - 1, "the") ? i - 2 : i - 1;
      static constexpr std::string_view kPrep[] = {
          "to",      "of",     "in",      "at",      "from",  "on",   "into",   "about",  "than",
          "between", "toward", "towards", "against", "under", "over", "within", "through"};
      bool prep = false;
      for (std::string_view w : kPrep) prep |= IsWord(pv, w);
      // "working with governments": "with" after a verb (see WithMarker).
      prep |= IsWord(pv, "with") && pv > 0 && units_[pv - 1].kind == UK::kWord &&
              !IsWord(pv - 1, "along") && !IsWord(pv - 1, "together");
      // ... and so is the rest of an enumeration it starts ("working with
      // governments, the private sector and academia to promote"): actors
      // joined by commas up to an "and"/"or" and its actor.
      prep |= i <= prep_list_end;
      if (prep && !behalf) {
        if (!items.empty()) dirty = true;
        if (i > prep_list_end) {
          int j = i + 1, last = i;
          bool and_seen_here = false, comma_seen = false;
          while (j < e) {
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
          if (and_seen_here && comma_seen && last > i) prep_list_end = last;
        }
        continue;
      }
      Item it{i, role, -1, seg};
      if (behalf) {
        it.speaker = behalf_speaker;
        if (behalf_count == 0) {
          behalf_group = actors_[u.actor].kind == "group" || actors_[u.actor].kind == "body";
        }
        ++behalf_count;
        if (behalf_speaker >= 0) it.role = items[behalf_speaker].role;
      }
      if (dirty && !including) {
        it.seg = ++seg;
      }
      dirty = false;
      including = false;
      items.push_back(it);
      last_item_unit = i;
      continue;
    }
    if (u.kind == UK::kWord) {
      int r = 0;
      int me = RoleMarker(i, &r);
      if (me > 0 && (units_[i].low != "and" || r != 0)) {
        role = r == 1 ? kSupp : kOpp;
        if (i == first) prefix = true;
        behalf = false;
        and_seen = false;
        i = me - 1;
        continue;
      }
      me = BehalfMarker(i);
      if (me > 0 && !items.empty()) {
        behalf = true;
        behalf_speaker = static_cast<int>(items.size()) - 1;
        // The last item not itself on behalf of someone speaks.
        while (behalf_speaker >= 0 && items[behalf_speaker].speaker >= 0) --behalf_speaker;
        behalf_count = 0;
        behalf_group = false;
        and_seen = false;
        i = me - 1;
        continue;
      }
      me = WithMarker(i);
      if (me > 0) {
        role = items.empty() ? kSubj : kWith;
        behalf = false;
        and_seen = false;
        i = me - 1;
        continue;
      }
      if (u.low == "and" || u.low == "or") {
        and_seen = true;
        continue;
      }
      if (u.low == "the") continue;
      // "other allies including Australia", "countries like Ghana and Mali":
      // the examples belong to the list before them.
      if ((u.low == "including" || u.low == "like" || MatchStr(i, {"such", "as"}) > 0) &&
          !items.empty() && IsActor(i + 1 + (IsWord(i + 1, "as") ? 1 : 0))) {
        including = true;
        continue;
      }
      // An all-caps word in a list is an actor the dictionaries missed
      // ("MARSHALLISLANDS"), not a break in the list.
      if (u.span.size() >= 3 && IsPunct(i - 1, ',') &&
          std::all_of(text_.begin() + u.span.begin, text_.begin() + u.span.end,
                      [](char c) { return c >= 'A' && c <= 'Z'; }))
        continue;
      if ((u.low == "which" || u.low == "who" || u.low == "whom") && IsPunct(i - 1, ',')) {
        skip = true;
        skip_from = i + 1;
        continue;
      }
    }
    // A content word (or a topic / other entity).
    if (list_paren) continue;
    if (!items.empty()) dirty = true;
    role = kSubj;
    behalf = false;
  }
  Parse p;
  // "Supported by A, B and C, X proposed": the list after the last comma is
  // the subject.
  if (prefix) {
    for (Item& it : items) {
      if (it.unit > last_comma && it.speaker < 0) it.role = kSubj;
    }
    for (Item& it : items) {
      if (it.speaker >= 0) it.role = items[it.speaker].role;
    }
  }
  if (skip) {
    // The relative clause runs up to the predicate, so the predicate is
    // its own: "sanctions, which we reject" has the subject "we".
    for (int k = e - 1; k >= skip_from; --k) {
      if (!IsActor(k)) continue;
      p.subjects = {{ActorAt(k), "", 1.0}};
      p.subject_end = k + 1;
      p.ok = true;
      return p;
    }
  }
  int best_seg = -1;
  for (const Item& it : items) {
    if ((it.role == kSubj || it.role == kWith) && it.speaker < 0)
      best_seg = std::max(best_seg, it.seg);
  }
  if (best_seg < 0) return p;
  // Between the subject and the predicate only a few glue words may stand
  // (adverbs, auxiliaries, "appeared to"), unless a parenthetical intervenes.
  int glue_from = std::max(last_item_unit + 1, last_comma + 1);
  if (skip) glue_from = e;
  int words = 0;
  for (int k = glue_from; k < e; ++k) {
    if (units_[k].kind == UK::kActor) return p;
    if (units_[k].kind == UK::kPunct && units_[k].low != "\"") return p;
    // A determiner starts a new noun phrase: "..., this proposal raised".
    std::string_view w = units_[k].low;
    // ... but not a predicate noun: "Malaysia is (not) a signatory of".
    const bool predicate = (w == "a" || w == "an") &&
                           (IsWord(k - 1, "is") || IsWord(k - 1, "was") || IsWord(k - 1, "not") ||
                            IsWord(k - 1, "remains") || IsWord(k - 1, "became"));
    if ((w == "this" || w == "the" || w == "a" || w == "an" || w == "these" || w == "those" ||
         w == "its" || w == "their") &&
        !predicate)
      return p;
    // "X pushed back on ..., and others urged": after a clause of X's own,
    // "others" is a new subject ("X, Y, and others urged" is one list).
    if (IsSubjectPronoun(k) && last_comma > last_item_unit + (IsWord(k, "others") ? 1 : 0))
      return p;
    ++words;
  }
  if (words > 6) return p;
  bool first_subject = true;
  for (size_t k = 0; k < items.size(); ++k) {
    const Item& it = items[k];
    const Item& head = it.speaker >= 0 ? items[it.speaker] : it;
    if (head.seg != best_seg && head.role != kSupp && head.role != kOpp) continue;
    ActorRef a{ActorAt(it.unit), "", 1.0};
    if (it.speaker >= 0) {
      a.via = "on-behalf-of";
      a.conf = 0.9;
    }
    switch (it.role) {
      case kSubj:
      case kWith:
        if (it.role == kWith && !first_subject && a.via.empty()) a.via = "with";
        first_subject = false;
        p.subjects.push_back(a);
        p.subject_end = std::max(p.subject_end, it.unit + 1);
        break;
      case kSupp:
        if (a.via.empty()) a.via = "supported-by";
        a.conf = 0.9;
        p.supporters.push_back(a);
        break;
      case kOpp:
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
