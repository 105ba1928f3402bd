#include "json_lite.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <tuple>

#include "caucus/json.h"
#include "caucus/record.h"

namespace caucus::internal {
namespace {

constexpr int kMaxDepth = 64;

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Whether s is a number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
// (strtod also reads "01", "1.", ".5" and "+1").
bool JsonNumber(std::string_view s) {
  size_t i = 0;
  auto digits = [&] {
    const size_t from = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > from;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

}  // namespace

Status JsonLite::Fail(const char* what) const {
  const size_t at = std::min(p_, text_.size());
  const int line = 1 + static_cast<int>(std::count(text_.begin(), text_.begin() + at, '\n'));
  error_line_ = line;
  error_what_ = what;
  return Status::InvalidInput("line " + std::to_string(line) + ": " + what);
}

Status JsonLite::FileError(const std::string& file) const {
  return Status::InvalidInput(file + ":" + std::to_string(error_line_) +
                              ": bad JSON: " + error_what_);
}

void JsonLite::SkipSpace() {
  while (p_ < text_.size() &&
         (text_[p_] == ' ' || text_[p_] == '\n' || text_[p_] == '\t' || text_[p_] == '\r'))
    ++p_;
}

Status JsonLite::Parse(std::string_view text) {
  text_ = text;
  p_ = 0;
  nodes_.clear();
  unescaped_.clear();
  nodes_.reserve(text.size() / 8 + 1);
  // A byte-order mark is not JSON text.
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") p_ = 3;
  int32_t root = -1;
  Status st = Value(&root, 0);
  if (!st.ok()) return st;
  SkipSpace();
  if (p_ != text_.size()) return Fail("unexpected text after the JSON value");
  return Status::Ok();
}

Status JsonLite::String(std::string_view* out) {
  // At the opening quote.
  const size_t begin = ++p_;
  const char* quote =
      static_cast<const char*>(std::memchr(text_.data() + p_, '"', text_.size() - p_));
  if (!quote) return Fail("unterminated string");
  const size_t len = static_cast<size_t>(quote - (text_.data() + p_));
  if (!std::memchr(text_.data() + p_, '\\', len)) {
    // The common case: no escape.
    const size_t end = static_cast<size_t>(quote - text_.data());
    for (size_t i = begin; i < end; ++i)
      if (static_cast<unsigned char>(text_[i]) < 0x20) return Fail("control character in string");
    if (FindInvalidUtf8(text_.substr(begin, end - begin)) != std::string_view::npos)
      return Fail("invalid UTF-8 in string");
    *out = text_.substr(begin, end - begin);
    p_ = end + 1;
    return Status::Ok();
  }
  std::string s;
  while (true) {
    if (p_ >= text_.size()) return Fail("unterminated string");
    const char c = text_[p_++];
    if (c == '"') break;
    if (static_cast<unsigned char>(c) < 0x20) return Fail("control character in string");
    if (c != '\\') {
      s.push_back(c);
      continue;
    }
    if (p_ >= text_.size()) return Fail("unterminated string");
    const char e = text_[p_++];
    switch (e) {
      case '"':
      case '\\':
      case '/':
        s.push_back(e);
        break;
      case 'b':
        s.push_back('\b');
        break;
      case 'f':
        s.push_back('\f');
        break;
      case 'n':
        s.push_back('\n');
        break;
      case 'r':
        s.push_back('\r');
        break;
      case 't':
        s.push_back('\t');
        break;
      case 'u': {
        auto hex4 = [&](uint32_t* v) {
          if (p_ + 4 > text_.size()) return false;
          *v = 0;
          for (int k = 0; k < 4; ++k) {
            const int d = HexDigit(text_[p_ + k]);
            if (d < 0) return false;
            *v = *v * 16 + static_cast<uint32_t>(d);
          }
          p_ += 4;
          return true;
        };
        uint32_t cp = 0;
        if (!hex4(&cp)) return Fail("bad \\u escape");
        // A surrogate stands only in a pair, high then low.
        if (cp >= 0xDC00 && cp < 0xE000) return Fail("bad surrogate pair");
        if (cp >= 0xD800 && cp < 0xDC00) {
          if (text_.substr(p_, 2) != "\\u") return Fail("bad surrogate pair");
          p_ += 2;
          uint32_t lo = 0;
          if (!hex4(&lo) || lo < 0xDC00 || lo >= 0xE000) return Fail("bad surrogate pair");
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        AppendUtf8(cp, &s);
        break;
      }
      default:
        return Fail("bad escape in string");
    }
  }
  if (FindInvalidUtf8(text_.substr(begin, p_ - 1 - begin)) != std::string_view::npos)
    return Fail("invalid UTF-8 in string");
  unescaped_.push_back(std::move(s));
  *out = unescaped_.back();
  return Status::Ok();
}

Status JsonLite::Value(int32_t* out, int depth) {
  if (depth > kMaxDepth) return Fail("nested too deeply");
  SkipSpace();
  if (p_ >= text_.size()) return Fail("unexpected end of text");
  const int32_t self = static_cast<int32_t>(nodes_.size());
  nodes_.emplace_back();
  *out = self;
  const char c = text_[p_];
  if (c == '"') {
    std::string_view s;
    Status st = String(&s);
    if (!st.ok()) return st;
    nodes_[self].type = Type::kString;
    nodes_[self].str = s;
    return Status::Ok();
  }
  if (c == '{' || c == '[') {
    const bool object = c == '{';
    nodes_[self].type = object ? Type::kObject : Type::kArray;
    ++p_;
    SkipSpace();
    if (p_ < text_.size() && text_[p_] == (object ? '}' : ']')) {
      ++p_;
      return Status::Ok();
    }
    int32_t prev = -1;
    while (true) {
      std::string_view key;
      if (object) {
        SkipSpace();
        if (p_ >= text_.size() || text_[p_] != '"') return Fail("expected a string key");
        Status st = String(&key);
        if (!st.ok()) return st;
        SkipSpace();
        if (p_ >= text_.size() || text_[p_] != ':') return Fail("expected ':'");
        ++p_;
      }
      int32_t child = -1;
      Status st = Value(&child, depth + 1);
      if (!st.ok()) return st;
      nodes_[child].key = key;
      if (prev < 0) {
        nodes_[self].first = child;
      } else {
        nodes_[prev].next = child;
      }
      prev = child;
      SkipSpace();
      if (p_ < text_.size() && text_[p_] == ',') {
        ++p_;
        continue;
      }
      if (p_ < text_.size() && text_[p_] == (object ? '}' : ']')) {
        ++p_;
        return Status::Ok();
      }
      return Fail(object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
  }
  for (const auto& [lit, type, value] :
       {std::tuple<std::string_view, Type, bool>{"true", Type::kBool, true},
        {"false", Type::kBool, false},
        {"null", Type::kNull, false}}) {
    if (text_.substr(p_, lit.size()) == lit) {
      p_ += lit.size();
      nodes_[self].type = type;
      nodes_[self].boolean = value;
      return Status::Ok();
    }
  }
  if (c == '-' || (c >= '0' && c <= '9')) {
    // strtod needs a terminated string: copy the number's characters.
    size_t e = p_;
    while (e < text_.size() && std::strchr("+-0123456789.eE", text_[e]) != nullptr) ++e;
    const std::string num(text_.substr(p_, e - p_));
    char* end = nullptr;
    const double v = std::strtod(num.c_str(), &end);
    if (end != num.c_str() + num.size() || !JsonNumber(num) || !std::isfinite(v))
      return Fail("bad number");
    nodes_[self].type = Type::kNumber;
    nodes_[self].number = v;
    p_ = e;
    return Status::Ok();
  }
  return Fail("unexpected character");
}

const JsonLite::Node* JsonLite::Find(const Node* object, std::string_view key) const {
  if (!object || object->type != Type::kObject) return nullptr;
  for (const Node* n = First(object); n; n = Next(n))
    if (n->key == key) return n;
  return nullptr;
}

}  // namespace caucus::internal
