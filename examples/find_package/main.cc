// Reads caucus JSON Lines on stdin and, for each record, prints its id, the
// length of its text in bytes and the entities the shipped dictionaries find:
//
//   caucus_example [DICTDIR] < records.jsonl
//   a	17	IRN ITU
//
// DICTDIR defaults to caucus::DefaultDictDir(). Bad lines are reported on
// stderr with their line number and make the exit status 2, as the tools do.
#include <caucus/entities.h>
#include <caucus/record.h>

#include <iostream>
#include <memory>
#include <string>

int main(int argc, char** argv) {
  caucus::EntityOptions options;
  if (argc > 1) options.dictionaries.dir = argv[1];
  caucus::Result<std::unique_ptr<caucus::Recognizer>> recognizer =
      caucus::Recognizer::Create(options);
  if (!recognizer.ok()) {
    std::cerr << "caucus_example: " << recognizer.status().message() << "\n";
    return 2;
  }
  int status = 0;
  std::string line;
  for (int line_no = 1; std::getline(std::cin, line); ++line_no) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    caucus::Result<caucus::Document> doc = caucus::Document::FromJsonLine(line);
    if (!doc.ok()) {
      std::cerr << "caucus_example: <stdin>:" << line_no << ": " << doc.status().message() << "\n";
      status = 2;
      continue;
    }
    std::cout << doc->id() << "\t" << doc->text().size() << "\t";
    const char* sep = "";
    for (const caucus::Entity& e : (*recognizer)->Find(doc->text())) {
      std::cout << sep << e.id;
      sep = " ";
    }
    std::cout << "\n";
  }
  return status;
}
