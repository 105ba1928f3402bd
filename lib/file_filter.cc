#include "caucus/file_filter.h"

#include <fnmatch.h>

#include <algorithm>

namespace caucus {
namespace {

bool GlobMatches(const std::string& glob, std::string_view path) {
  std::string subject(path);
  if (glob.find('/') == std::string::npos) {
    size_t slash = subject.rfind('/');
    if (slash != std::string::npos) subject = subject.substr(slash + 1);
  }
  return fnmatch(glob.c_str(), subject.c_str(), 0) == 0;
}

std::string LowerExtension(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return ext;
}

}  // namespace

const std::vector<FileType>& FileTypes() {
  static const std::vector<FileType> types = {{"text", {"txt", "text"}},
                                              {"markdown", {"md", "markdown"}},
                                              {"html", {"html", "htm", "xhtml"}},
                                              {"jsonl", {"jsonl", "ndjson", "json"}},
                                              {"pdf", {"pdf"}},
                                              {"docx", {"docx"}},
                                              {"odt", {"odt"}}};
  return types;
}

FileFilter::FileFilter(std::vector<std::string> globs, const std::vector<std::string>& types) {
  for (std::string& g : globs) {
    if (!g.empty() && g[0] == '!') {
      exclude_.push_back(g.substr(1));
    } else if (!g.empty()) {
      include_.push_back(std::move(g));
    }
  }
  for (const FileType& t : FileTypes()) {
    if (std::find(types.begin(), types.end(), t.name) != types.end())
      extensions_.insert(extensions_.end(), t.extensions.begin(), t.extensions.end());
  }
}

bool FileFilter::Keep(std::string_view path) const {
  if (!include_.empty() && std::none_of(include_.begin(), include_.end(),
                                        [&](const std::string& g) { return GlobMatches(g, path); }))
    return false;
  if (!extensions_.empty() &&
      std::find(extensions_.begin(), extensions_.end(), LowerExtension(path)) == extensions_.end())
    return false;
  return std::none_of(exclude_.begin(), exclude_.end(),
                      [&](const std::string& g) { return GlobMatches(g, path); });
}

}  // namespace caucus
