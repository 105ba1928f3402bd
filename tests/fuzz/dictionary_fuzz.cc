// Fuzzes user dictionaries (--dict FILE): the input is a dictionary file,
// loaded after a small fixed shipped dictionary. A file is either refused
// with "FILE:LINE: message" or loaded; then every entry has a known kind, an
// id and a name, Validate and Lookup run, and a Recognizer built from it
// finds entities (of a kind the record format allows, with spans inside the
// text) in a text made of the dictionary's own names.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/dictionary.h"
#include "caucus/entities.h"
#include "caucus/record.h"
#include "fuzz_util.h"

namespace {

using caucus_fuzz::Check;
using caucus_fuzz::KnownKind;

// A directory with one small shipped dictionary, and the path the fuzz
// input is written to.
struct Files {
  std::string dir, user;
};

const Files& GetFiles() {
  static Files* f = [] {
    auto* files = new Files;
    char tmpl[] = "/tmp/caucus-dictfuzz-XXXXXX";
    if (!mkdtemp(tmpl)) abort();
    files->dir = tmpl;
    std::ofstream(files->dir + "/bodies.json")
        << R"({"kind": "body", "source": "fuzz", "entries": [)"
        << R"({"id": "ITU", "name": "International Telecommunication Union", "aliases": ["ITU"]}]})";
    files->user = files->dir + "/user.json.in";
    return files;
  }();
  return *f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Files& files = GetFiles();
  {
    std::ofstream out(files.user, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  caucus::EntityOptions options;
  options.dictionaries.dir = files.dir;
  options.dictionaries.user_files = {files.user};
  caucus::Result<caucus::Dictionary> dict = caucus::Dictionary::Load(options.dictionaries);
  if (!dict.ok()) {
    Check(dict.status().message().rfind(files.dir + "/", 0) == 0);
    return 0;
  }
  std::string text;
  for (const caucus::DictEntry& e : dict->entries()) {
    Check(KnownKind(e.kind, true) && !e.id.empty() && !e.name.empty());
    if (text.size() < 4096) text += "The " + e.name + " and " + e.id + " met. ";
  }
  (void)dict->Validate();
  if (!dict->entries().empty()) (void)dict->Lookup(dict->entries().back().name);
  auto recognizer = caucus::Recognizer::Create(options);
  Check(recognizer.ok());
  if (caucus::FindInvalidUtf8(text) != std::string::npos) return 0;
  for (const caucus::Entity& e : (*recognizer)->Find(text)) {
    Check(KnownKind(e.kind, false) && !e.id.empty());
    Check(e.span.begin <= e.span.end && e.span.end <= text.size());
  }
  return 0;
}
