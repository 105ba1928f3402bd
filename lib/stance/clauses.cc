// The clause-structure pass: clause boundaries, and the markers that
// structure a subject ("supported by", "on behalf of", "along with").
#include "stance/sentence.h"

namespace caucus::stance {

// "supported by", "opposed by", "with the support of": structure markers.
int SentenceAnalyzer::RoleMarker(int i, int* role) const {
  int j = i;
  if (IsWord(j, "but") || IsWord(j, "and")) ++j;
  if (IsAdverb(j)) ++j;
  // Every marker starts at word j with one of these letters.
  if (!WordStartsWithOneOf(j, "sbjocw")) return -1;
  // Tested in the order written, but each group only when the word that
  // all its forms share is there.
  if (IsWord(j + 1, "by")) {
    static constexpr std::string_view kSupp[] = {"supported", "backed", "seconded", "joined"};
    static constexpr std::string_view kOpp[] = {"opposed", "challenged", "contradicted"};
    for (std::string_view w : kSupp) {
      if (IsWord(j, w)) {
        *role = 1;
        return j + 2;
      }
    }
    for (std::string_view w : kOpp) {
      if (IsWord(j, w)) {
        *role = 2;
        return j + 2;
      }
    }
  }
  if (IsWord(j, "with")) {
    int e = MatchStr(j, {"with", "the", "support", "of"});
    if (e < 0) e = MatchStr(j, {"with", "support", "from"});
    if (e < 0) e = MatchStr(j, {"with", "the", "backing", "of"});
    if (e > 0) {
      *role = 1;
      return e;
    }
  }
  // MatchStr fails unless its first word is there: test that inline first.
  int e = IsWord(j, "objected") ? MatchStr(j, {"objected", "to", "by"}) : -1;
  if (e > 0) {
    *role = 2;
    return e;
  }
  return -1;
}

int SentenceAnalyzer::BehalfMarker(int i) const {
  int j = i;
  if (IsWord(j, "also")) ++j;
  // Every marker starts at word j with one of these letters.
  if (!WordStartsWithOneOf(j, "sorf")) return -1;
  if (IsWord(j, "speaking")) {
    int e = MatchStr(j + 1, {"on", "behalf", "of"});
    if (e > 0) return e;
    if (IsWord(j + 1, "for")) return j + 2;
  }
  // Called for every word of a subject: MatchStr only where its first word is.
  if (IsWord(j, "on")) {
    int e = MatchStr(j, {"on", "behalf", "of"});
    if (e > 0) return e;
    e = MatchStr(j, {"on", "behalf"});
    if (e > 0) return e;
  }
  if (IsWord(j, "onbehalf")) {
    int e = MatchStr(j, {"onbehalf", "of"});
    if (e > 0) return e;
  }
  if (IsWord(j, "representing")) return j + 1;
  if (IsWord(j, "for")) {
    // "Sweden, for the EU," — only between an actor and an actor.
    int prev = i - 1;
    if (IsPunct(prev, ',')) --prev;
    int nx = j + 1;
    if (IsWord(nx, "the")) ++nx;
    if (IsActor(prev) && IsActor(nx)) return j + 1;
  }
  return -1;
}

int SentenceAnalyzer::WithMarker(int i) const {
  // Every marker starts at word i with one of these letters.
  if (!WordStartsWithOneOf(i, "atw")) return -1;
  // Called for every word of a subject: MatchStr only where its first word is.
  int e = IsWord(i, "along") ? MatchStr(i, {"along", "with"}) : -1;
  if (e < 0 && IsWord(i, "together")) e = MatchStr(i, {"together", "with"});
  if (e < 0 && IsWord(i, "as")) e = MatchStr(i, {"as", "well", "as"});
  // A bare "with" marks a co-subject only after a comma, a bracket or an
  // actor ("CHINA, with SAUDI ARABIA, proposed", "Brazil with India
  // proposed"); after a verb its actors are objects ("working with
  // governments ... to promote").
  if (e < 0 && IsWord(i, "with") && (i == 0 || units_[i - 1].kind != UK::kWord || IsActor(i - 1)))
    e = i + 1;
  if (e < 0) return -1;
  int nx = IsWord(e, "the") ? e + 1 : e;
  return IsActor(nx) ? e : -1;
}

void SentenceAnalyzer::FindClauses() {
  boundary_.assign(units_.size(), 0);
  for (int i = 0; i < n(); ++i) {
    const Unit& u = units_[i];
    if (u.kind == UK::kPunct) {
      if (u.low == ";" || u.low == ":") boundary_[i] = 1;
      continue;
    }
    if (u.kind != UK::kWord) continue;
    // The word's lexicon entry says whether it is in the list.
    if (u.info.clause_conjunction) {
      boundary_[i] = 1;
      // A fronted subordinate clause ends at its first comma: "While Ukraine
      // has shown restraint, the separatists backed by Russia have seized
      // ...": the main clause's subject is not Ukraine.
      // (english.json concessive_conjunctions; "Because I defend, as
      // President, the interests of my country, ..." has asides.)
      bool fronted = InList(i, en_.concessive_conjunctions);
      for (int k = 0; k < i && fronted; ++k) fronted = units_[k].kind == UK::kPunct;
      for (int k = i + 2; fronted && k < n(); ++k) {
        if (IsPunct(k, ';') || IsPunct(k, ':')) break;
        if (IsPunct(k, ',')) {
          boundary_[k] = 1;
          break;
        }
      }
    } else if (IsWord(i, "but")) {
      // "..., but Malaysia disagreed" splits; "considered but could not" does not.
      int role = 0;
      int nx = IsWord(i + 1, "the") ? i + 2 : i + 1;
      bool subject_follows = IsActor(nx) || IsWord(nx, "it") || IsWord(nx, "they") ||
                             IsWord(nx, "he") || IsWord(nx, "she") || IsWord(nx, "others");
      if (RoleMarker(i, &role) < 0 && (IsPunct(i - 1, ',') || subject_follows)) boundary_[i] = 1;
    } else if (IsWord(i, "and") && i > 0 && i + 2 < n() &&
               (units_[i + 1].low == "we" || units_[i + 1].low == "i") &&
               units_[i + 2].kind == UK::kWord && !IsWord(i + 2, "and") && !IsWord(i + 2, "or") &&
               !InList(i + 2, en_.prepositions)) {
      // "We reject X and we reaffirm our support for Y": a new clause with
      // its own first-person subject, not a list ("Brazil and we agree"
      // keeps "we" in the subject only before a verb of its own).
      boundary_[i] = IsActor(i - 1) ? 0 : 1;
    }
  }
}

int SentenceAnalyzer::ClauseStart(int i) const {
  for (int k = i - 1; k >= 0; --k)
    if (boundary_[k]) return k + 1;
  return 0;
}

int SentenceAnalyzer::ClauseEnd(int i) const {
  for (int k = i; k < n(); ++k)
    if (boundary_[k]) return k;
  return n();
}

}  // namespace caucus::stance
