#include "caucus/read.h"

#include <cstring>

#include "caucus/record.h"

namespace caucus {

// Minimal version: UTF-8 only. (Encoding detection and HTML come next.)
Result<DecodedText> DecodeDocument(std::string_view path, std::string_view bytes,
                                   const ReadOptions& options) {
  (void)path;
  (void)options;
  DecodedText out;
  const void* nul = memchr(bytes.data(), 0, bytes.size());
  if (nul) {
    return Status::InvalidInput("binary data (NUL byte at byte " +
                                std::to_string(static_cast<const char*>(nul) - bytes.data()) + ")");
  }
  size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos) {
    return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(bad));
  }
  if (bytes.size() >= 3 && memcmp(bytes.data(), "\xEF\xBB\xBF", 3) == 0) bytes.remove_prefix(3);
  out.text = std::string(bytes);
  out.format = "text";
  out.encoding = "UTF-8";
  return out;
}

std::string HtmlToText(std::string_view html) { return std::string(html); }

std::string IdFromPath(std::string_view path) {
  while (path.size() > 2 && path.substr(0, 2) == "./") path.remove_prefix(2);
  return std::string(path);
}

}  // namespace caucus
