// The document record (docs/FORMAT.md): one JSON object per line with "id",
// "text" and any number of layers. A Document keeps every top-level member it
// was read with, as raw JSON, in order, so tools pass through what they do not
// understand byte for byte; a tool replaces or appends only its own layers.
//
//   Result<Document> d = Document::FromJsonLine(line);
//   d->SetLayer("entities", json);   // replaces or appends
//   std::string out; d->AppendJsonLine(&out);
#ifndef CAUCUS_RECORD_H_
#define CAUCUS_RECORD_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "caucus/status.h"
#include "caucus/types.h"

namespace caucus {

class Document {
 public:
  Document() = default;
  // A new document from plain text. `path` goes to meta.path (omitted if empty).
  static Document FromText(std::string id, std::string text, std::string_view path = {});
  // Parses one JSONL line. Fails if the line is not an object, has no string
  // "text", or the text is not valid UTF-8. A missing "id" is left empty.
  static Result<Document> FromJsonLine(std::string_view line);
  // The same, keeping `line` itself: members are read from it in place
  // instead of being copied out (the input path of every tool).
  static Result<Document> TakeJsonLine(std::string line);

  const std::string& id() const { return id_; }
  const std::string& text() const { return text_; }
  void set_id(std::string id);

  // Raw JSON of a top-level member, or empty if absent.
  std::string_view Raw(std::string_view key) const;
  bool Has(std::string_view key) const { return !Raw(key).empty(); }
  // Replaces the member's value (raw JSON) or appends it at the end.
  void SetLayer(std::string_view key, std::string raw_json);
  void EraseLayer(std::string_view key);

  // Appends the record as one JSON line, with a trailing newline.
  void AppendJsonLine(std::string* out) const;

 private:
  // A top-level member. Its raw JSON value is `owned`, or, for members read
  // from a line and not replaced since, line_[off, off + len), or, for the
  // "text" of a document made from text, text_ written as a JSON string when
  // needed (a second copy of a large text cost as much memory as the text).
  struct Member {
    std::string key;
    std::string owned;
    size_t off = 0;
    size_t len = 0;
    bool in_line = false;
    bool is_text = false;
  };
  std::string_view RawOf(const Member& m) const;

  std::string id_;
  std::string text_;
  std::string line_;  // the JSON line the document was read from, if any
  std::vector<Member> members_;
  mutable std::string quoted_text_;  // text_ as JSON, once Raw("text") asked for it
};

// Typed access to layers. Each Get* fails with a message naming the layer and
// the problem if the layer is present but malformed (bad spans included);
// an absent layer gives found=false and an empty vector.
Result<std::vector<Sentence>> GetSentences(const Document& doc, bool* found);
Result<std::vector<Paragraph>> GetParagraphs(const Document& doc, bool* found);
Result<std::vector<Entity>> GetEntities(const Document& doc, bool* found);
// GetEntities for callers that do not use `form` (stance finding): it may be
// left empty. The layer is checked exactly as by GetEntities, with the same
// errors.
Result<std::vector<Entity>> GetEntitiesBrief(const Document& doc, bool* found);
Result<std::vector<AcronymDef>> GetAcronyms(const Document& doc, bool* found);
Result<std::vector<Turn>> GetTurns(const Document& doc, bool* found);
Result<std::vector<Stance>> GetStances(const Document& doc, bool* found);

std::string SentencesJson(const std::vector<Sentence>& v);
std::string ParagraphsJson(const std::vector<Paragraph>& v);
std::string TokensJson(const std::vector<Token>& v);
std::string EntitiesJson(const std::vector<Entity>& v);
std::string AcronymsJson(const std::vector<AcronymDef>& v);
std::string TurnsJson(const std::vector<Turn>& v);
std::string StancesJson(const std::vector<Stance>& v);

// UTF-8 helpers. Returns the byte offset of the first invalid sequence, or
// npos if s is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);

// 1-based line and column (in code points) of a byte offset.
std::pair<uint32_t, uint32_t> LineColumn(std::string_view text, uint32_t offset);

}  // namespace caucus

#endif  // CAUCUS_RECORD_H_
