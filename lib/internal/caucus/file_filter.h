// Which files a directory walk (-r) reads, chosen as in ripgrep:
//
//   --glob '*.md' --glob '!SOURCE.txt'   only Markdown files, never SOURCE.txt
//   --type text --type markdown          files with those types' extensions
//
// A glob without '/' matches a file's name; one with '/' matches its path
// below the directory being walked, where '*' also crosses '/'. A glob
// starting with '!' excludes. With positive globs a file must match one of
// them; with types it must have one of their extensions (case-insensitive);
// then no negative glob may match it. Files named on the command line are
// always read.
#ifndef CAUCUS_FILE_FILTER_H_
#define CAUCUS_FILE_FILTER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace caucus {

struct FileType {
  std::string name;                     // "markdown"
  std::vector<std::string> extensions;  // {"md", "markdown"}
};

// The types --type knows: text, markdown, html, jsonl, pdf, docx, odt.
const std::vector<FileType>& FileTypes();

class FileFilter {
 public:
  FileFilter() = default;  // keeps everything
  // `types` must be names from FileTypes() (the CLI checks them).
  FileFilter(std::vector<std::string> globs, const std::vector<std::string>& types);
  // `path` is the file's path below the walked directory ("sub/a.txt").
  bool Keep(std::string_view path) const;
  bool empty() const { return include_.empty() && exclude_.empty() && extensions_.empty(); }

 private:
  std::vector<std::string> include_, exclude_, extensions_;
};

}  // namespace caucus

#endif  // CAUCUS_FILE_FILTER_H_
