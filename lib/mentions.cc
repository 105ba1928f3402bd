#include "caucus/mentions.h"

#include "caucus/json.h"
#include "text_locator.h"

namespace caucus {
namespace {

// A TSV field: tabs and line breaks become spaces so a row stays one line.
void TsvField(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
void CsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

// The bytes of span in text, clamped to it.
std::string_view Slice(std::string_view text, Span span) {
  if (span.begin > text.size() || span.end < span.begin) return {};
  return text.substr(span.begin, std::min<size_t>(span.end, text.size()) - span.begin);
}

class Row {
 public:
  Row(RowFormat f, std::string* out) : f_(f), out_(out), w_(out) {
    if (f_ == RowFormat::kJsonl) w_.BeginObject();
  }
  Row& Str(const char* key, std::string_view v) {
    if (f_ == RowFormat::kJsonl) {
      w_.Key(key).String(v);
      return *this;
    }
    Sep();
    if (f_ == RowFormat::kTsv) {
      TsvField(v, out_);
    } else {
      CsvField(v, out_);
    }
    return *this;
  }
  Row& Num(const char* key, int64_t v) {
    if (f_ == RowFormat::kJsonl) {
      w_.Key(key).Int(v);
      return *this;
    }
    Sep();
    out_->append(std::to_string(v));
    return *this;
  }
  Row& Dbl(const char* key, double v) {
    if (f_ == RowFormat::kJsonl) {
      w_.Key(key).Double(v);
      return *this;
    }
    Sep();
    JsonWriter(out_).Double(v);  // the same digits as in JSONL
    return *this;
  }
  Row& SpanField(const Span& s) {
    if (f_ == RowFormat::kJsonl) {
      w_.Key("span").SpanValue(s);
      return *this;
    }
    Num("start", s.begin);
    return Num("end", s.end);
  }
  void End() {
    if (f_ == RowFormat::kJsonl) w_.EndObject();
    out_->push_back('\n');
  }

 private:
  void Sep() {
    if (!first_) out_->push_back(f_ == RowFormat::kTsv ? '\t' : ',');
    first_ = false;
  }
  RowFormat f_;
  std::string* out_;
  JsonWriter w_;
  bool first_ = true;
};

std::string Header(RowFormat f, const char* const* cols, size_t n) {
  if (f == RowFormat::kJsonl) return {};
  std::string h;
  for (size_t i = 0; i < n; ++i) {
    if (i) h.push_back(f == RowFormat::kTsv ? '\t' : ',');
    h += cols[i];
  }
  return h + "\n";
}

}  // namespace

std::string EntityRowsHeader(RowFormat format) { return EntityRowsHeader(format, false); }

std::string EntityRowsHeader(RowFormat format, bool sentence_text) {
  static const char* const kCols[] = {"doc", "kind", "id",     "name",     "text",         "start",
                                      "end", "line", "column", "sentence", "sentence_text"};
  return Header(format, kCols, sizeof kCols / sizeof kCols[0] - (sentence_text ? 0 : 1));
}

std::string StanceRowsHeader(RowFormat format) {
  static const char* const kCols[] = {"doc",      "actor",   "actor_kind", "actor_text", "polarity",
                                      "act",      "target",  "topic",      "entity",     "modality",
                                      "score",    "start",   "end",        "line",       "column",
                                      "sentence", "evidence"};
  return Header(format, kCols, sizeof kCols / sizeof kCols[0]);
}

std::string TurnRowsHeader(RowFormat format) {
  static const char* const kCols[] = {"doc",    "speaker", "normalized", "role",
                                      "entity", "kind",    "start",      "end",
                                      "line",   "column",  "bytes",      "words"};
  return Header(format, kCols, sizeof kCols / sizeof kCols[0]);
}

void AppendEntityRows(const Document& doc, const std::vector<Entity>& entities,
                      const std::vector<Sentence>& sentences, RowFormat format, std::string* out,
                      bool sentence_text) {
  TextLocator loc(doc.text());
  size_t s = 0;
  for (const Entity& e : entities) {
    while (s < sentences.size() && sentences[s].span.end <= e.span.begin) ++s;
    int64_t sentence = -1;
    if (s < sentences.size() && sentences[s].span.begin <= e.span.begin)
      sentence = static_cast<int64_t>(s);
    auto [line, col] = loc.At(e.span.begin);
    Row r(format, out);
    r.Str("doc", doc.id()).Str("kind", e.kind).Str("id", e.id).Str("name", e.name);
    r.Str("text", e.text).SpanField(e.span).Num("line", line).Num("column", col);
    r.Num("sentence", sentence);
    if (sentence_text) {
      r.Str("sentence_text",
            sentence < 0 ? std::string_view() : Slice(doc.text(), sentences[s].span));
    }
    r.End();
  }
}

void AppendTurnRows(const Document& doc, const std::vector<Turn>& turns, RowFormat format,
                    std::string* out) {
  TextLocator loc(doc.text());
  for (const Turn& t : turns) {
    auto [line, col] = loc.At(t.span.begin);
    std::string_view body = std::string_view(doc.text()).substr(t.span.begin, t.span.size());
    int64_t words = 0;
    bool in = false;
    for (char c : body) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (!space && !in) ++words;
      in = !space;
    }
    Row r(format, out);
    r.Str("doc", doc.id()).Str("speaker", t.speaker).Str("normalized", t.normalized);
    r.Str("role", t.role).Str("entity", t.entity).Str("kind", t.entity_kind).SpanField(t.span);
    r.Num("line", line).Num("column", col).Num("bytes", t.span.size()).Num("words", words);
    r.End();
  }
}

void AppendStanceRows(const Document& doc, const std::vector<Stance>& stances, RowFormat format,
                      std::string* out) {
  TextLocator loc(doc.text());
  for (const Stance& s : stances) {
    auto [line, col] = loc.At(s.span.begin);
    Row r(format, out);
    r.Str("doc", doc.id()).Str("actor", s.actor.id).Str("actor_kind", s.actor.kind);
    r.Str("actor_text", s.actor.text).Str("polarity", s.polarity).Str("act", s.act);
    r.Str("target", s.target.text).Str("topic", s.target.topic).Str("entity", s.target.entity);
    r.Str("modality", s.modality).Dbl("score", s.score).SpanField(s.span);
    r.Num("line", line).Num("column", col).Num("sentence", s.sentence);
    r.Str("evidence", Slice(doc.text(), s.span));
    r.End();
  }
}

}  // namespace caucus
