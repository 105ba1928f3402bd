// Evaluation of FindAcronymDefinitions against the Ab3P MED1250 gold set
// (1,250 MEDLINE titles and abstracts with hand-labelled "SF|LF" pairs).
// Shared by bench/acronyms_eval.cc and tests/acronyms_test.cc.
//
// File format (Ab3P_README.md): a PubMed id line, a title line, an abstract
// line, then gold pairs indented by two spaces ("  SF|LF") and comments
// starting with "//" ("//*  SF|LF" is a synonym, not in the gold standard).
// Lines may carry stray carriage returns, which count as spaces.
//
// Matching rule: per document, the distinct (SF, LF) pairs found are compared
// with the distinct gold pairs. A found pair is a true positive if a gold pair
// of the same document has the identical short form and the same long form
// up to ASCII case and runs of whitespace; every other found pair is a false
// positive and every gold pair not found a false negative. Undefined acronyms
// (no long form) are not scored.
#ifndef CAUCUS_BENCH_ACRONYMS_EVAL_H_
#define CAUCUS_BENCH_ACRONYMS_EVAL_H_

#include <cctype>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "caucus/acronyms.h"
#include "caucus/status.h"

namespace caucus::bench {

struct EvalDoc {
  std::string id;
  std::string text;                                    // title and abstract, one line each
  std::set<std::pair<std::string, std::string>> gold;  // normalised (SF, LF)
};

struct EvalScore {
  size_t tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Collapses whitespace runs to one space and trims; lowercases ASCII if `fold`.
inline std::string NormalizeForEval(const std::string& s, bool fold) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += fold ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : c;
  }
  return out;
}

inline Result<std::vector<EvalDoc>> LoadMed1250(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::vector<EvalDoc> docs;
  std::string line;
  bool after_blank = true;
  while (std::getline(in, line)) {
    for (char& c : line)
      if (c == '\r') c = ' ';
    std::string trimmed = NormalizeForEval(line, false);
    if (trimmed.empty()) {
      after_blank = true;
      continue;
    }
    bool digits = trimmed.find_first_not_of("0123456789") == std::string::npos;
    if (digits && (after_blank || docs.empty())) {
      docs.push_back({trimmed, "", {}});
    } else if (docs.empty() || line.rfind("//", 0) == 0) {
      // comment (or stray text before the first record)
    } else if (line.rfind("  ", 0) == 0 && line.find('|') != std::string::npos) {
      size_t bar = line.find('|');
      docs.back().gold.insert({NormalizeForEval(line.substr(0, bar), false),
                               NormalizeForEval(line.substr(bar + 1), true)});
    } else {
      if (!docs.back().text.empty()) docs.back().text += '\n';
      docs.back().text += line;
    }
    after_blank = false;
  }
  return docs;
}

// Scores the definitions with confidence >= min_confidence. If `errors` is
// given, appends "id\tFP|FN\tSF|LF" lines for inspection.
inline EvalScore ScoreMed1250(const std::vector<EvalDoc>& docs, double min_confidence,
                              std::vector<std::string>* errors = nullptr) {
  EvalScore s;
  for (const EvalDoc& d : docs) {
    std::set<std::pair<std::string, std::string>> found;
    for (const AcronymDef& a : FindAcronymDefinitions(d.text)) {
      if (a.confidence < min_confidence) continue;
      found.insert({NormalizeForEval(a.short_form, false), NormalizeForEval(a.long_form, true)});
    }
    for (const auto& p : found) {
      if (d.gold.count(p)) {
        ++s.tp;
      } else {
        ++s.fp;
        if (errors) errors->push_back(d.id + "\tFP\t" + p.first + "|" + p.second);
      }
    }
    for (const auto& g : d.gold) {
      if (!found.count(g)) {
        ++s.fn;
        if (errors) errors->push_back(d.id + "\tFN\t" + g.first + "|" + g.second);
      }
    }
  }
  return s;
}

}  // namespace caucus::bench

#endif  // CAUCUS_BENCH_ACRONYMS_EVAL_H_
