// Errors as values at the library boundary.
//
//   caucus::Status s = DoThing();
//   if (!s.ok()) std::cerr << s.message();
//
//   caucus::Result<int> r = Parse(...);
//   if (!r.ok()) return r.status();
//   int v = *r;
//
// Dependencies' own error models (nlohmann exceptions, ICU UErrorCode, RE2 ok())
// are converted to Status where they are used; no exception crosses a public header.
#ifndef CAUCUS_STATUS_H_
#define CAUCUS_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace caucus {

class [[nodiscard]] Status {
 public:
  enum class Code : uint8_t { kOk = 0, kInvalidInput, kNotFound, kIoError, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or an error. REQUIRES: ok() before operator* / value().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace caucus

#endif  // CAUCUS_STATUS_H_
