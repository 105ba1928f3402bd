// Precision, recall and F1 of caucus's acronym definitions on the Ab3P
// MED1250 gold set; the matching rule is in acronyms_eval.h.
//
//   acronyms_eval [MED1250_labeled.utf8.txt] [--errors]
#include "acronyms_eval.h"

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
  std::string path = CAUCUS_SHARED_CORPUS "/data/ab3p_med1250/MED1250_labeled.utf8.txt";
  bool show_errors = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--errors") == 0) {
      show_errors = true;
    } else {
      path = argv[i];
    }
  }
  auto docs = caucus::bench::LoadMed1250(path);
  if (!docs.ok()) {
    std::fprintf(stderr, "acronyms_eval: %s\n", docs.status().message().c_str());
    return 2;
  }
  size_t gold = 0;
  for (const auto& d : *docs) gold += d.gold.size();
  std::printf("%s: %zu documents, %zu distinct gold (SF, LF) pairs\n", path.c_str(), docs->size(),
              gold);
  std::printf(
      "rule: distinct pairs per document; SF exact, LF equal up to ASCII case and "
      "whitespace\n");
  std::printf("%-15s %6s %6s %6s %9s %7s %7s\n", "min-confidence", "tp", "fp", "fn", "precision",
              "recall", "F1");
  for (double t : {0.0, 0.5, 0.6, 0.7, 0.8, 0.9}) {
    caucus::bench::EvalScore s = caucus::bench::ScoreMed1250(*docs, t);
    std::printf("%-15.2f %6zu %6zu %6zu %9.3f %7.3f %7.3f\n", t, s.tp, s.fp, s.fn, s.Precision(),
                s.Recall(), s.F1());
  }
  if (show_errors) {
    std::vector<std::string> errors;
    caucus::bench::ScoreMed1250(*docs, 0.0, &errors);
    for (const std::string& e : errors) std::printf("%s\n", e.c_str());
  }
  return 0;
}
