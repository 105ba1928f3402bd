// The actor search for one cue, and the sentence passes in their order
// (SentenceAnalyzer::Run).
#include "stance/sentence.h"

namespace caucus::stance {
namespace {

const char* Flip(const std::string& polarity) {
  if (polarity == "support") return "oppose";
  if (polarity == "oppose") return "support";
  return "neutral";
}

}  // namespace

void SentenceAnalyzer::AnalyseHit(int hi, std::vector<Stance>* out) {
  const Hit& h = hits_[hi];
  const CueDef& def = lex_.defs[h.def];
  const int cb = ClauseStart(h.b), ce = ClauseEnd(h.b);
  // A cue inside an earlier verbal cue's target is what that actor wants
  // ("called for the ITU to support ..."), not a stance of its own.
  // After a nominal cue only an infinitive or gerund is nested ("its
  // proposal to highlight"); a finite verb is the clause's own predicate.
  std::string_view hw = units_[h.b].low;
  const bool non_finite =
      IsWord(h.b - 1, "to") || IsWord(h.b - 1, "for") || IsWord(h.b - 1, "of") ||
      (hw.size() > 4 && hw.compare(hw.size() - 3, 3, "ing") == 0 && !def.holder_after);
  // Except a passive with its own holder: "a proposal that was widely
  // criticised by activists".
  const bool passive_by = [&] {
    int k = h.b - 1;
    while (IsAdverb(k)) --k;
    int by = h.e;
    if (IsAdverb(by)) ++by;
    return def.pos == CuePos::kVerb &&
           (IsWord(k, "was") || IsWord(k, "were") || IsWord(k, "is") || IsWord(k, "are") ||
            IsWord(k, "been")) &&
           IsWord(by, "by") && !ListAfter(by + 1, ce).empty();
  }();
  // Or a cue with its own holder: "reaffirmed the U.S. endorsement of",
  // "welcomed Russia's proposal for", "India's decision to support X has
  // drawn applause from civil society".
  const bool own_holder = (def.pos == CuePos::kNoun &&
                           (IsActor(h.b - 1) || (IsWord(h.b - 1, "'s") && IsActor(h.b - 2)))) ||
                          (def.holder_after && !ListAfter(h.e, ce).empty());
  for (int k = 0; k < hi && !passive_by && !own_holder; ++k) {
    if (!hit_done_[k] || hits_[k].role) continue;
    bool noun = lex_.defs[hits_[k].def].pos == CuePos::kNoun;
    if ((!noun || non_finite) && hit_targets_[k].end_unit > h.b && hits_[k].e <= h.b &&
        ClauseStart(hits_[k].b) == cb)
      return;
  }
  Target target = MakeTarget(h.e, ce, hi);
  std::vector<ActorRef> actors;
  Parse parse;
  int anchor = h.b;
  bool ceased = false;
  // Nominal use with a light verb: "expressed support for", "put forward a
  // proposal for": the light verb's subject holds the stance.
  {
    int k = h.b - 1;
    int steps = 0;
    while (k >= cb && steps < 4 && units_[k].kind == UK::kWord &&
           (IsWord(k, "a") || IsWord(k, "an") || IsWord(k, "the") || IsWord(k, "its") ||
            IsWord(k, "their") || IsWord(k, "his") || IsWord(k, "her") || IsWord(k, "our") ||
            IsWord(k, "my") || IsAdverb(k) || IsWord(k, "strong") || IsWord(k, "full") ||
            IsWord(k, "firm") || IsWord(k, "clear") || IsWord(k, "new") || IsWord(k, "general") ||
            IsWord(k, "broad") || IsWord(k, "substantial") || IsWord(k, "considerable") ||
            IsWord(k, "unequivocal") || IsWord(k, "wholehearted") || IsWord(k, "unwavering") ||
            IsWord(k, "solid") || IsWord(k, "renewed") || IsWord(k, "continued") ||
            IsWord(k, "explicit") || IsWord(k, "vocal"))) {
      --k;
      ++steps;
    }
    for (int lb = std::max(cb, k - 1); lb <= k; ++lb) {
      int le = MatchList(lb, lex_.light_verb);
      if (le < 0) {
        // Inflected light verbs: "expressed", "voiced", "made".
        if (lb >= 0 && units_[lb].kind == UK::kWord) {
          std::string_view w = units_[lb].low;
          for (const auto& lv : lex_.light_verb.phrases) {
            if (lv.size() != 1) continue;
            const std::string& base = lv[0];
            if (w.size() > base.size() &&
                w.compare(0, base.size() - (base.back() == 'e'), base, 0,
                          base.size() - (base.back() == 'e')) == 0 &&
                (w.size() - base.size() <= 3))
              le = lb + 1;
          }
          if (w == "made" || w == "gave" || w == "lent" || w == "put" || w == "showed" ||
              w == "shown" || w == "given")
            le = lb + 1;
          // "civil society groups have apprehensions about", "X has
          // reservations on": "have" holds an objection, not support ("the
          // plan has the support of", "has support from" name the holder
          // after the cue).
          if ((w == "have" || w == "has" || w == "had" || w == "having") &&
              def.polarity == "oppose" && !IsWord(h.e, "from") && !IsWord(h.e, "by") &&
              !IsWord(h.e, "of"))
            le = lb + 1;
        }
      }
      if (le == k + 1 && lb < h.b) {
        anchor = lb;
        break;
      }
    }
    // A stance given up: "withdrew its support for", "dropped its
    // proposal", "abandoned its opposition to" reads as negated. The cue
    // must be a noun there ("pull back" is no cessation of "back"), and a
    // modal or "to" before the verb makes it a demand on a holder who still
    // holds the stance ("India must withdraw its proposal", "urged the EU
    // to drop its support").
    const bool noun_here = def.pos == CuePos::kNoun || k < h.b - 1;
    for (int lb = std::max(cb, k - 1); lb <= k && noun_here && !ceased; ++lb) {
      if (lb < 0 || units_[lb].kind != UK::kWord || MatchList(lb, lex_.cessation) != k + 1)
        continue;
      static const internal::WordSet kDemand{"to",  "must", "should", "will",  "would", "could",
                                             "can", "may",  "might",  "shall", "need"};
      const int p = lb - 1;
      ceased = !(p >= 0 && units_[p].kind == UK::kWord &&
                 kDemand.Contains(internal::LowerWord(units_[p].low)));
      // "refused to drop its support": a refusal to give it up (see below).
      for (int r = std::max(cb, lb - 3); r < lb && !ceased; ++r)
        ceased = units_[r].kind == UK::kWord && MatchList(r, lex_.refusal) == lb;
    }
  }
  // The holder follows the cue: "the plan drew criticism from civil society",
  // "is unacceptable to most countries"; the target is the clause subject.
  if (def.holder_after && anchor == h.b && !HolderAfter(h, cb, ce, &actors, &target)) return;
  const bool nominal_use = def.pos == CuePos::kNoun || anchor != h.b;
  // Possessive: "Russia's proposal", "the US opposition to", "its proposal".
  if (actors.empty()) {
    int k = h.b - 1;
    if (IsWord(k, "'s")) --k;
    // "the Russia-led proposals", "a US-drafted text".
    if (nominal_use && IsPunct(k - 1, '-') && IsActor(k - 2) &&
        (IsWord(k, "led") || IsWord(k, "drafted") || IsWord(k, "sponsored") ||
         IsWord(k, "authored") || IsWord(k, "proposed")))
      k -= 2;
    if (IsActor(k) && (nominal_use || IsWord(h.b - 1, "'s"))) {
      actors.push_back({ActorAt(k), "", 1.0});
    } else if (IsWord(h.b - 1, "its") || IsWord(h.b - 1, "their") || IsWord(h.b - 1, "his") ||
               IsWord(h.b - 1, "her")) {
      if (anchor == h.b || def.pos == CuePos::kNoun) {
        int e;
        Coref(h.b - 1, &e, &actors);
      }
    }
  }
  // "proposal made by Brazil", "support from the US", "defense of X came from Iran".
  if (actors.empty() && nominal_use && anchor == h.b) {
    int k = h.e;
    static constexpr std::string_view kMade[] = {"made",      "put",       "tabled",
                                                 "submitted", "presented", "introduced",
                                                 "advanced",  "floated",   "forward"};
    for (int s = 0; s < 2; ++s) {
      bool skipped = false;
      for (std::string_view m : kMade) {
        if (IsWord(k, m)) {
          ++k;
          skipped = true;
        }
      }
      if (!skipped) break;
    }
    if (IsWord(k, "by") || IsWord(k, "from")) {
      actors = ListAfter(k + 1, ce);
    }
    // The cue as the subject of a passive: "A proposal for a new treaty has
    // been put forward by a group of Arab states"; the target is what lies
    // between.
    for (int i = h.e + 1; actors.empty() && i + 1 < ce && i < h.e + 25; ++i) {
      if (units_[i].kind == UK::kPunct) break;
      if (!(IsWord(i, "was") || IsWord(i, "were") || IsWord(i, "been") || IsWord(i, "is") ||
            IsWord(i, "are")))
        continue;
      int m = i + 1;
      while (IsAdverb(m)) ++m;
      bool made = false;
      for (std::string_view w : kMade) {
        if (IsWord(m, w)) {
          ++m;
          made = true;
        }
      }
      if (!made || !IsWord(m, "by")) continue;
      ++m;
      // "by a group of Arab states", "by a coalition of".
      if ((IsWord(m, "a") || IsWord(m, "an")) && IsActor(m + 1)) ++m;
      if ((IsWord(m, "a") || IsWord(m, "an")) &&
          (IsWord(m + 1, "group") || IsWord(m + 1, "coalition") || IsWord(m + 1, "bloc")) &&
          IsWord(m + 2, "of"))
        m += 3;
      actors = ListAfter(m, ce);
      if (actors.empty()) break;
      for (auto& a : actors) a.via = "passive";
      int e = i;
      while (e > h.e && (IsWord(e - 1, "has") || IsWord(e - 1, "have") || IsWord(e - 1, "had") ||
                         units_[e - 1].kind == UK::kPunct))
        --e;
      if (e > h.e) {
        target.t.span = {units_[h.e].span.begin, units_[e - 1].span.end};
        target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
        target.end_unit = e;
        LinkTarget(h.e, e, &target.t);
      }
    }
    if (!actors.empty()) {
    } else {
      for (int i = h.e; i + 1 < ce; ++i) {
        if ((IsWord(i, "came") || IsWord(i, "comes") || IsWord(i, "come")) &&
            IsWord(i + 1, "from")) {
          int a = i + 2;
          if (IsWord(a, "the")) ++a;
          actors = ListAfter(a, ce);
          if (!actors.empty())
            target.t.span.end = std::min(target.t.span.end, units_[i].span.begin);
          break;
        }
      }
      if (!actors.empty()) {
        // Re-trim the target to end before "came from".
        int e = target.end_unit;
        for (int i = h.e; i < e; ++i) {
          if (IsWord(i, "came") || IsWord(i, "comes") || IsWord(i, "come")) e = i;
        }
        while (e > h.e && units_[e - 1].kind == UK::kPunct) --e;
        if (e > h.e) {
          int b = h.e;
          target.t.span = {units_[b].span.begin, units_[e - 1].span.end};
          target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
          target.end_unit = e;
          LinkTarget(b, e, &target.t);
        }
      }
    }
  }
  bool passive = false;
  if (actors.empty() && def.pos == CuePos::kVerb && anchor == h.b) {
    // Passive: "the proposal was opposed by the US".
    int k = h.b - 1;
    while (IsAdverb(k) || IsWord(k, "not")) --k;
    // Reduced passive: "the plan, co-signed by Russia", "a proposal widely
    // criticised by activists", "put forward by a group of states".
    const bool reduced = ReducedPassive(h, k);
    if (reduced || IsBeForm(k)) {
      std::string_view w = units_[h.b].low;
      if (reduced || (w.size() > 2 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                                       w.compare(w.size() - 2, 2, "en") == 0))) {
        passive = true;
        int by = h.e;
        if (IsAdverb(by)) ++by;
        if (IsWord(by, "by")) {
          actors = ListAfter(by + 1, ce);
          for (auto& a : actors) a.via = "passive";
          // The target is the subject of the passive clause; in a relative
          // clause ("a proposal that was criticised by"), the noun phrase
          // before "that", after any earlier cue.
          int sb = cb;
          if (IsWord(k - 1, "that") || IsWord(k - 1, "which")) {
            for (int p = 0; p < hi; ++p)
              if (hits_[p].e <= k - 1) sb = std::max(sb, hits_[p].e);
            --k;
            while (k > sb && units_[k - 1].kind == UK::kPunct) --k;
          } else if (reduced && !AnyBeForm(std::max(cb, h.b - 3), h.b)) {
            // (Not a full passive with a word between: "was first proposed
            // by", "has long been promoted by".)
            // "has made a counterproposal co-signed by Canada": the noun
            // phrase the participle follows.
            ++k;
            static const internal::WordSet kWhen{"long",      "later",      "first",   "already",
                                                 "also",      "previously", "once",    "since",
                                                 "initially", "originally", "jointly", "recently"};
            while (k > cb && (units_[k - 1].kind == UK::kPunct ||
                              (units_[k - 1].kind == UK::kWord &&
                               kWhen.Contains(internal::LowerWord(units_[k - 1].low)))))
              --k;
            sb = NounPhraseStart(k, cb);
          }
          while (sb < k && units_[sb].kind == UK::kPunct) ++sb;
          if (k > sb) {
            target.t.span = {units_[sb].span.begin, units_[k - 1].span.end};
            target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
            LinkTarget(sb, k, &target.t);
          }
        }
      }
    }
  }
  if (actors.empty() && !passive && (def.pos != CuePos::kNoun || anchor != h.b)) {
    // Relative clause: "several governments who intervened to call for".
    int k = anchor - 1;
    int glue = 0;
    while (k >= cb && glue < 6 && units_[k].kind == UK::kWord && !IsWord(k, "who") &&
           !IsWord(k, "which") && !IsWord(k, "that")) {
      --k;
      ++glue;
    }
    if (IsWord(k, "who") || IsWord(k, "which") || (IsWord(k, "that") && IsActor(k - 1))) {
      int a = k - 1;
      if (IsPunct(a, ',')) --a;
      if (IsActor(a)) {
        actors = ListAt(a, cb);
        // "A and B were among several governments who ...": A and B too.
        int m = a - (IsActor(a) ? 1 : 0);
        while (m >= cb && units_[m].kind == UK::kWord && !IsWord(m, "among") && a - m < 4) --m;
        if (IsWord(m, "among")) {
          int s = m - 1;
          while (s >= cb && (IsWord(s, "were") || IsWord(s, "are") || IsWord(s, "was") ||
                             IsWord(s, "is") || IsAdverb(s)))
            --s;
          if (IsActor(s)) {
            std::vector<ActorRef> more = ListAt(s, cb);
            more.insert(more.end(), actors.begin(), actors.end());
            actors = std::move(more);
          }
        }
      }
    }
  }
  if (actors.empty() && !passive && (def.pos != CuePos::kNoun || anchor != h.b)) {
    parse = ParseSubject(cb, anchor);
    if (parse.ok && anchor == h.b && hw.size() > 4 && hw.compare(hw.size() - 3, 3, "ing") == 0) {
      // A gerund takes its subject only when adjacent: "Russia clearly
      // calling for", not "IXPs, the IPv6 transition, and supporting".
      for (int k = parse.subject_end; k < anchor; ++k) {
        static constexpr std::string_view kAux[] = {
            "not",       "would", "could", "might", "may",     "will",      "be",
            "been",      "was",   "were",  "is",    "are",     "consider",  "continue",
            "continued", "keep",  "kept",  "began", "started", "considered"};
        bool ok = IsAdverb(k) || IsWord(k, "always") || IsWord(k, "still");
        for (std::string_view a : kAux) ok |= IsWord(k, a);
        // The perfect progressive: "has (always) been supporting".
        ok |= (IsWord(k, "has") || IsWord(k, "have") || IsWord(k, "had")) &&
              (IsWord(k + 1, "been") || IsWord(k + 2, "been"));
        // "A joined partners in welcoming ...": the joiner's stance.
        if (IsWord(anchor - 1, "in") && (IsWord(k, "joined") || IsWord(k, "joins") ||
                                         IsWord(k, "join") || IsWord(k, "joining")))
          break;
        if (!ok) parse = Parse();
      }
    }
    if (parse.ok) actors = parse.subjects;
    // "Iran praised the ITU and spoke in favour of": an actor inside the
    // previous predicate's target is its object; the predicates share the
    // subject.
    int k = anchor - 1;
    while (IsAdverb(k)) --k;
    if (parse.ok && (IsWord(k, "and") || IsWord(k, "but"))) {
      for (int p = hi - 1; p >= 0; --p) {
        if (!hit_done_[p] || hits_[p].role || ClauseStart(hits_[p].b) != cb) continue;
        const Span ts = hit_targets_[p].t.span;
        bool inside = std::all_of(parse.subjects.begin(), parse.subjects.end(),
                                  [&](const ActorRef& a) { return ts.Contains(a.actor.span); });
        // Not when that target is a clause with its own subject: "urge all
        // parties to cease fire and support", "hope that all countries will
        // respect ... and uphold".
        static const internal::WordSet kClausal{"to",    "that",  "will", "would", "should",
                                                "must",  "shall", "can",  "could", "may",
                                                "might", "is",    "are",  "was",   "were"};
        for (int u = hits_[p].e; u < k && inside; ++u)
          inside = !(units_[u].kind == UK::kWord &&
                     kClausal.Contains(internal::LowerWord(units_[u].low)));
        if (inside && !hit_actors_[p].empty()) {
          actors = hit_actors_[p];
          parse = Parse();
          parse.subject_end = k;  // negation is looked for after the "and"
        }
        break;
      }
    }
  }
  if (actors.empty() && !passive && (def.pos != CuePos::kNoun || anchor != h.b)) {
    // Pronoun or definite description: "it intended", "the delegation said".
    int k = anchor - 1;
    int glue = 0, coref_end = 0;
    while (k >= cb && glue < 5 && units_[k].kind == UK::kWord && !Coref(k, &coref_end, &actors)) {
      --k;
      ++glue;
    }
    if (!actors.empty()) {
      // A "the delegation" phrase must not swallow the cue.
      bool copula = false;
      for (int i = k + 1; i < anchor; ++i) copula |= IsWord(i, "is") || IsWord(i, "was");
      if (copula && (IsWord(k, "it"))) actors.clear();
    }
  }
  if (actors.empty() && !passive && (def.pos != CuePos::kNoun || anchor != h.b)) {
    // Coordinated predicates share the subject: "proposed X and rejected Y",
    // "opposed X and therefore cannot fail to defend Y".
    int k = anchor - 1;
    for (int steps = 0; steps < 5 && IsPredicatePrefix(k); ++steps) --k;
    auto gerund = [this](int u) {
      std::string_view w = units_[u].low;
      return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
    };
    if (IsWord(k, "and") || IsWord(k, "but") || IsPunct(k, ',')) {
      for (int p = hi - 1; p >= 0; --p) {
        if (hit_done_[p] && !hit_actors_[p].empty() && ClauseStart(hits_[p].b) == cb &&
            gerund(hits_[p].b) == gerund(h.b)) {
          actors = hit_actors_[p];
          parse.subject_end = k;  // the first predicate's negation is its own
          break;
        }
      }
    }
  }
  if (actors.empty() && !passive) {
    // "The initial proposal ... appeared to champion": the proposer's stance.
    int k = cb;
    while (k < h.b && (units_[k].kind == UK::kPunct || IsWord(k, "the") || IsWord(k, "this") ||
                       IsWord(k, "its") || IsWord(k, "initial") || IsWord(k, "revised") ||
                       IsWord(k, "original") || IsWord(k, "new") || IsWord(k, "draft")))
      ++k;
    if ((IsWord(k, "proposal") || IsWord(k, "draft") || IsWord(k, "text")) && k < h.b &&
        !para_->proposals.empty() && def.pos != CuePos::kNoun) {
      actors = para_->proposals.back().actors;
      for (auto& a : actors) {
        a.via = "coreference";
        a.conf = 0.6;
      }
    }
  }
  // "X insists he is against Y": the content clause's cue is X's stance,
  // not "insist" (only bare "insist", which takes a clause).
  // Without a cue of its own the clause is a call ("insist that the ITRs
  // cover telephony only", "insists a role is vital", "insists the treaty
  // should apply"), unless it is a plain claim: an indicative "is", "was",
  // "has", "will" ... and nothing normative ("insists the talks were about
  // trade", "insisted it had not been consulted").
  if ((def.act == "insist" && def.phrase == "insist") || def.normative) {
    for (size_t j = hi + 1; j < hits_.size(); ++j)
      if (!hits_[j].role && hits_[j].b >= h.e && hits_[j].b < target.end_unit) return;
    static const internal::WordSet kNormative{
        "must",          "should",     "shall",     "need",    "needs",  "needed",
        "vital",         "essential",  "necessary", "crucial", "urgent", "required",
        "indispensable", "imperative", "important", "ought",   "be"};
    static const internal::WordSet kIndicative{"is",  "are",  "was",   "were", "has", "have",
                                               "had", "will", "would", "does", "did", "can"};
    bool normative = false, claim = false;
    for (int k = h.e; k < target.end_unit && k < n(); ++k) {
      if (units_[k].kind != UK::kWord) continue;
      const internal::LowerWord x(units_[k].low);
      // "be" is normative only as a subjunctive ("that the text be changed").
      if (x == "be") {
        normative |= !IsWord(k - 1, "to") && !IsWord(k - 1, "will") && !IsWord(k - 1, "would") &&
                     !IsWord(k - 1, "can") && !IsWord(k - 1, "could") && !IsWord(k - 1, "may") &&
                     !IsWord(k - 1, "might") && !IsWord(k - 1, "not");
      } else {
        normative |= kNormative.Contains(x);
      }
      claim |= kIndicative.Contains(x);
    }
    if (claim && !normative) return;
    if (def.normative && !normative) return;
  }
  // "the imposition of arbitrary sanctions, which we reject": the target is
  // the noun phrase the relative clause hangs on.
  if ((target.t.text.empty() || IsPunct(h.e, ',')) && parse.ok && parse.subject_end >= 3 &&
      (IsWord(parse.subject_end - 2, "which") || IsWord(parse.subject_end - 2, "that")) &&
      IsPunct(parse.subject_end - 3, ',')) {
    const int e = parse.subject_end - 3;
    const int b = NounPhraseStart(e, cb);
    if (b < e) {
      target.t.span = {units_[b].span.begin, units_[e - 1].span.end};
      target.t.text = std::string(text_.substr(target.t.span.begin, target.t.span.size()));
      target.antecedent = true;
      LinkTarget(b, e, &target.t);
    }
  }
  if (target.t.text.empty() || target.t.text.size() < 16) ResolveEmptyTarget(&target, hi, cb);
  hit_actors_[hi] = actors;
  hit_targets_[hi] = target;
  hit_done_[hi] = 1;
  if (actors.empty() && parse.supporters.empty() && parse.opposers.empty()) return;
  if (Conditional(cb, anchor)) return;

  bool negated = false, refused = false;
  int scan_b = parse.subject_end >= 0 ? parse.subject_end : cb;
  std::string modality =
      Modality(std::max(scan_b, anchor - 7 < cb ? cb : anchor - 7), anchor, &negated, &refused);
  if (anchor != h.b && modality == "asserted") {
    // "no support for", "expressed no support".
    for (int k = anchor; k < h.b; ++k)
      if (IsWord(k, "no")) modality = "negated", negated = true;
  }
  if (ceased) {
    // Giving up a stance negates it; not giving it up ("did not withdraw
    // its support", "refused to drop its support") keeps it.
    if (refused) {
      refused = false;
      negated = false;
    } else {
      negated = !negated;
    }
    modality = negated ? "negated" : "asserted";
  }
  std::string polarity = def.polarity;
  if (refused || negated) {
    // "did not support", "refused to endorse" -> oppose; "did not oppose" ->
    // neutral: not objecting is not support.
    polarity = def.polarity == "support" ? "oppose" : "neutral";
  }
  if (target.inverted && polarity != "neutral") polarity = Flip(polarity);
  Span cue_span{units_[h.b].span.begin, units_[h.e - 1].span.end};
  CueDef d = def;
  if (refused && def.polarity == "support" && d.act.rfind("refuse", 0) != 0)
    d.act = "refuse-to-" + def.act;
  for (const ActorRef& a : actors) Emit(a, polarity, d, target, cue_span, modality, out);
  for (const ActorRef& a : parse.supporters) Emit(a, polarity, d, target, cue_span, modality, out);
  std::string opp = polarity == "neutral" ? "oppose" : Flip(polarity);
  for (const ActorRef& a : parse.opposers) Emit(a, opp, d, target, cue_span, modality, out);
  if (d.act == "propose" || d.act == "call-for") {
    para_->proposals.push_back({actors, target.t});
  }
  for (const ActorRef& a : actors) {
    if (a.actor.kind == "group") {
      para_->last_collective = actors;
      break;
    }
  }
}

// A cue whose holder follows it ("drew criticism from X"): the actors listed
// after the cue, and as target the subject of the verb before it ("found",
// "drew", "is"), after a "that". False when either is missing.
bool SentenceAnalyzer::HolderAfter(const Hit& h, int cb, int ce, std::vector<ActorRef>* actors,
                                   Target* target) {
  static const char* const kGlue[] = {"a",     "an",     "the",         "much",   "some",
                                      "wide",  "broad",  "widespread",  "strong", "considerable",
                                      "heavy", "sharp",  "substantial", "firm",   "growing",
                                      "no",    "little", "scant",       "not",    "equally"};
  static const char* const kVerbs[] = {
      "drew",      "draw",     "draws", "drawn",  "received", "receive", "receives", "found",
      "find",      "finds",    "met",   "meet",   "meets",    "faced",   "face",     "faces",
      "attracted", "attracts", "won",   "wins",   "gained",   "gains",   "garnered", "enjoys",
      "enjoyed",   "enjoy",    "is",    "was",    "are",      "were",    "be",       "been",
      "remains",   "remained", "seems", "seemed", "has",      "had",     "have",     "got"};
  int v = h.b - 1;
  auto in = [this](int k, const char* const* b, const char* const* e) {
    for (const char* const* w = b; w != e; ++w)
      if (IsWord(k, *w)) return true;
    return false;
  };
  while (v > cb && (IsAdverb(v) || in(v, std::begin(kGlue), std::end(kGlue)))) --v;
  if (v < cb || !in(v, std::begin(kVerbs), std::end(kVerbs))) return false;
  int sb = cb;
  for (int k = cb; k < v; ++k)
    if (IsWord(k, "that")) sb = k + 1;
  while (sb < v && units_[sb].kind == UK::kPunct) ++sb;
  int se = v;
  while (se > sb && (IsAdverb(se - 1) || IsWord(se - 1, "has") || IsWord(se - 1, "have") ||
                     IsWord(se - 1, "had") || units_[se - 1].kind == UK::kPunct))
    --se;
  if (se <= sb) return false;
  *actors = ListAfter(h.e, ce);
  if (actors->empty()) return false;
  target->t.span = {units_[sb].span.begin, units_[se - 1].span.end};
  target->t.text = std::string(text_.substr(target->t.span.begin, target->t.span.size()));
  LinkTarget(sb, se, &target->t);
  return true;
}

// A participle cue followed by "by" and an actor, not itself after an actor
// (that would be an active verb): "the plan, co-signed by Russia".
bool SentenceAnalyzer::ReducedPassive(const Hit& h, int before) const {
  if (IsActor(before)) return false;
  std::string_view w = units_[h.b].low;
  bool participle = (w.size() > 3 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                                      w.compare(w.size() - 2, 2, "en") == 0)) ||
                    w == "put" || w == "made" || w == "led" || w == "sought";
  if (!participle) return false;
  int by = h.e;
  if (IsAdverb(by)) ++by;
  if (!IsWord(by, "by")) return false;
  int a = by + 1;
  if (IsWord(a, "the")) ++a;
  return IsActor(a);
}

// "CHINA, supported by EGYPT, stressed ...": the main verb is no cue, but the
// supporters and opposers still take a position on what the subject said.
void SentenceAnalyzer::RoleOnlyClause(int cb, int ce, std::vector<Stance>* out) {
  // The main verb: the first word after the subject structure.
  Parse p;
  int verb = -1;
  for (int e = cb + 1; e <= ce; ++e) {
    if (e < ce && units_[e].kind != UK::kWord) continue;
    if (e < ce) {
      int r = 0;
      if (RoleMarker(e, &r) > 0 || BehalfMarker(e) > 0 || IsWord(e, "the") || IsWord(e, "and") ||
          WithMarker(e) > 0)
        continue;
      if (e > cb && units_[e - 1].kind == UK::kWord && !IsPunct(e - 1, ',')) {
        int r2 = 0;
        int mb = e - 1;
        if (IsWord(mb, "by")) continue;
        (void)r2;
      }
    }
    Parse q = ParseSubject(cb, e);
    if (q.ok && (!q.supporters.empty() || !q.opposers.empty())) {
      p = q;
      verb = e;
      break;
    }
  }
  if (verb < 0 || verb > ce) return;
  CueDef d;
  d.weight = 0.8;
  Span cue_span =
      verb < ce ? units_[verb].span : Span{units_[ce - 1].span.end, units_[ce - 1].span.end};
  Target t = verb < ce ? MakeTarget(verb + 1, ce, -1) : Target();
  if (verb >= ce) t.t.span = cue_span;
  if (!p.subjects.empty()) t.t.entity = p.subjects[0].actor.id;
  d.polarity = "support";
  d.act = "support";
  for (const ActorRef& a : p.supporters) Emit(a, "support", d, t, cue_span, "asserted", out);
  d.polarity = "oppose";
  d.act = "oppose";
  for (const ActorRef& a : p.opposers) Emit(a, "oppose", d, t, cue_span, "asserted", out);
}

void SentenceAnalyzer::Run(Span sentence, uint32_t sentence_index, ParaState* para,
                           std::vector<Stance>* out) {
  sent_ = sentence;
  sidx_ = sentence_index;
  para_ = para;
  units_.clear();
  cue_candidates_.clear();
  actors_.clear();
  hits_.clear();
  words_looked_up_ = false;
  Tokenize(sentence);
  if (!MayHaveHit()) return;
  LookUpWords();
  MergeCollectives();
  AbsorbRoleNouns();
  DemoteDemonyms();
  FindHits();
  if (hits_.empty()) return;
  // A question asserts no stance: "Will Russia support the text?"
  if (IsPunct(n() - 1, '?') || (IsPunct(n() - 1, '"') && IsPunct(n() - 2, '?'))) return;
  FindClauses();
  hit_actors_.assign(hits_.size(), {});
  hit_targets_.assign(hits_.size(), {});
  hit_done_.assign(hits_.size(), 0);
  std::vector<char> clause_has_cue(units_.size() + 1, 0);
  std::vector<char> clause_has_role(units_.size() + 1, 0);
  for (size_t hi = 0; hi < hits_.size(); ++hi) {
    int cb = ClauseStart(hits_[hi].b);
    if (hits_[hi].role) {
      clause_has_role[cb] = 1;
      hit_done_[hi] = 0;
      continue;
    }
    size_t before = out->size();
    AnalyseHit(static_cast<int>(hi), out);
    if (out->size() > before || !hit_actors_[hi].empty()) clause_has_cue[cb] = 1;
  }
  for (int cb = 0; cb < n(); ++cb) {
    if (clause_has_role[cb] && !clause_has_cue[cb]) RoleOnlyClause(cb, ClauseEnd(cb), out);
  }
}

}  // namespace caucus::stance
