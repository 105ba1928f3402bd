// Reads caucus JSON Lines on stdin and, for each record, prints its id, the
// length of its text in bytes, the entities the shipped dictionaries find and
// the stances (actor polarity topic), computed as `caucus stances` computes
// them:
//
//   caucus_example [DICTDIR] < records.jsonl
//   a	17	IRN ITU
//   c	43	BRA multistakeholder-model	BRA support multistakeholder-model
//
// DICTDIR defaults to caucus::DefaultDictDir(). Bad lines are reported on
// stderr with their line number and make the exit status 2, as the tools do.
#include <caucus/annotate.h>
#include <caucus/record.h>

#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char** argv) {
  caucus::AnnotatorOptions options;
  if (argc > 1) options.dict_dir = argv[1];
  caucus::Result<std::unique_ptr<caucus::Annotator>> annotator = caucus::Annotator::Create(options);
  if (!annotator.ok()) {
    std::cerr << "caucus_example: " << annotator.status().message() << "\n";
    return 2;
  }
  int status = 0;
  std::string line;
  for (int line_no = 1; std::getline(std::cin, line); ++line_no) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    caucus::Result<caucus::Document> doc = caucus::Document::FromJsonLine(line);
    // The layers the record lacks are computed; those it has are kept.
    caucus::Status st =
        doc.ok() ? (*annotator)->Annotate(&*doc, caucus::kStancesLayer) : doc.status();
    bool found = false;
    std::vector<caucus::Entity> entities;
    std::vector<caucus::Stance> stances;
    if (st.ok()) {
      caucus::Result<std::vector<caucus::Entity>> e = caucus::GetEntities(*doc, &found);
      if (e.ok()) entities = std::move(*e);
      st = e.status();
    }
    if (st.ok()) {
      caucus::Result<std::vector<caucus::Stance>> s = caucus::GetStances(*doc, &found);
      if (s.ok()) stances = std::move(*s);
      st = s.status();
    }
    if (!st.ok()) {
      std::cerr << "caucus_example: <stdin>:" << line_no << ": " << st.message() << "\n";
      status = 2;
      continue;
    }
    std::cout << doc->id() << "\t" << doc->text().size() << "\t";
    const char* sep = "";
    for (const caucus::Entity& e : entities) {
      std::cout << sep << e.id;
      sep = " ";
    }
    sep = "\t";
    for (const caucus::Stance& s : stances) {
      std::cout << sep << s.actor.id << " " << s.polarity << " " << s.target.topic;
      sep = "; ";
    }
    std::cout << "\n";
  }
  return status;
}
